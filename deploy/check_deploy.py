#!/usr/bin/env python3
"""Static checks of ESS Market's deployment files, on what the tools render.

Called by deploy/check.sh, which renders the inputs first (no Docker engine, no cluster):

    check_deploy.py ROOT COMPOSE_RESOLVED DEV_RENDERED PROD_RENDERED [K8S_MODELS]

  ROOT               the repository (or a copy of it)
  COMPOSE_RESOLVED   output of `docker-compose config` (anchors merged, variables resolved)
  DEV_RENDERED       output of `kustomize build k8s/overlays/dev`
  PROD_RENDERED      output of `kustomize build k8s/overlays/prod`
  K8S_MODELS         dist/gen/models of @kubernetes/client-node 1.3.0 (Kubernetes 1.33 API), for
                     the schema validation (deploy/k8s_schemas.py); "-" or absent: that check fails

Any of the rendered inputs may be "-" (the tool failed, reported by check.sh): its checks are skipped.
Prints one line per check ("ok" or "FAIL ...", plus "note" lines that do not fail) and exits
non-zero when any check failed. Needs PyYAML, and python3-jsonschema for the schema check.

The check_* functions take parsed documents and a Report, so deploy/test_check_deploy.py feeds them
broken copies of the real files and asserts which check fails.
"""

import glob
import json
import os
import re
import sys
from urllib.parse import urlsplit

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import k8s_schemas  # noqa: E402 - beside this file

REALM = "devstack/src/main/resources/keycloak/marketplace-realm.json"
# Keycloak replaces ${VAR} and ${VAR:default} in a realm file it imports with the environment's values,
# and leaves an unset one as it is (a client secret would then be the placeholder's public text).
REALM_PLACEHOLDER = re.compile(r"\$\{([A-Z][A-Z0-9_]*)(:[^}]*)?\}")
PLATFORM_DEFAULTS = "platform/src/main/resources/org/essmarket/platform/platform-defaults.yml"
# Variables an app container may get without a ${...} placeholder in the app's configuration.
# Addresses as a browser (or a mail reader) sees them, not ones the app calls: localhost is right there.
BROWSER_VIEW = {"KEYCLOAK_ISSUER_URI", "CORS_ALLOWED_ORIGINS", "WEB_APP_ORIGIN"}

ENV_WITHOUT_PLACEHOLDER = {"JDK_JAVA_OPTIONS"}
PLACEHOLDER_VALUE = re.compile(r"^<REPLACE[^>]*>$")
NON_SECRET_TEMPLATE_KEYS = {"username", "roles"}
EXACT_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


class Report:
    def __init__(self, out=sys.stdout):
        self.passed = 0
        self.failed = 0
        self.failures = {}  # check name -> problems, for the tests
        self.notes = []
        self.out = out

    def check(self, name, problems):
        """One check: passes when problems (a list of strings) is empty."""
        problems = [p for p in problems if p]
        if problems:
            self.failed += 1
            self.failures[name] = problems
            print(f"FAIL {name}", file=self.out)
            for problem in problems:
                print(f"       - {problem}", file=self.out)
        else:
            self.passed += 1
            print(f"ok   {name}", file=self.out)

    def note(self, text):
        self.notes.append(text)
        print(f"note {text}", file=self.out)


# ---------------------------------------------------------------------------------------------
# helpers


def load_all(path):
    with open(path, encoding="utf-8") as stream:
        return [doc for doc in yaml.safe_load_all(stream) if doc]


def image_problem(ref, where):
    """None when the image reference names an exact version (a tag other than latest, or a digest)."""
    if not isinstance(ref, str) or not ref.strip():
        return f"{where}: no image"
    ref = ref.strip()
    if "$" in ref:
        return f"{where}: image {ref!r} depends on a variable"
    if "@sha256:" in ref:
        return None
    last = ref.rsplit("/", 1)[-1]
    if ":" not in last:
        return f"{where}: image {ref!r} has no tag (means :latest)"
    tag = last.split(":", 1)[1]
    if tag in ("latest", "") or tag.endswith("-latest"):
        return f"{where}: image {ref!r} is not pinned (tag {tag!r})"
    return None


def apps(root):
    """The Spring Boot apps: modules with src/main/resources/application.yml."""
    found = sorted(os.path.basename(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(p)))))
                   for p in glob.glob(os.path.join(root, "*/src/main/resources/application.yml")))
    return found


def placeholders(root, app):
    names = set()
    for path in (os.path.join(root, app, "src/main/resources/application.yml"), os.path.join(root, PLATFORM_DEFAULTS)):
        with open(path, encoding="utf-8") as stream:
            names |= set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)[:}]", stream.read()))
    return names


def must_set(root, app):
    """Variables whose default points at this machine (127.0.0.1, localhost) or derives from the
    public issuer: inside a container that would be the app itself, so a deployment must set them."""
    names = set()
    for path in (os.path.join(root, app, "src/main/resources/application.yml"), os.path.join(root, PLATFORM_DEFAULTS)):
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
        for match in re.finditer(r"\$\{([A-Z][A-Z0-9_]*):", text):
            depth, end = 1, match.end()
            while end < len(text) and depth:
                depth += {"{": 1, "}": -1}.get(text[end], 0)
                end += 1
            if re.search(r"127\.0\.0\.1|localhost|issuer-uri", text[match.end():end - 1]):
                names.add(match.group(1))
    return names


def default_port(root, app, variable):
    with open(os.path.join(root, app, "src/main/resources/application.yml"), encoding="utf-8") as stream:
        match = re.search(r"\$\{" + variable + r":(\d+)\}", stream.read())
    return int(match.group(1)) if match else None


def pod_spec(doc):
    kind = doc.get("kind")
    if kind in ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"):
        return doc.get("spec", {}).get("template", {}).get("spec", {})
    if kind == "CronJob":
        return doc.get("spec", {}).get("jobTemplate", {}).get("spec", {}).get("template", {}).get("spec", {})
    if kind == "Pod":
        return doc.get("spec", {})
    return None


def pod_labels(doc):
    return doc.get("spec", {}).get("template", {}).get("metadata", {}).get("labels", {}) or {}


def all_containers(spec):
    return (spec.get("initContainers") or []) + (spec.get("containers") or [])


def env_of(container):
    return {e["name"]: e for e in container.get("env") or []}


def matches(selector, labels):
    """Label selector (matchLabels / matchExpressions / plain map) against a label map."""
    if selector is None:
        return False
    if "matchLabels" not in selector and "matchExpressions" not in selector:
        selector = {"matchLabels": selector}
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions") or []:
        key, operator, values = expression["key"], expression["operator"], expression.get("values") or []
        if operator == "In" and labels.get(key) not in values:
            return False
        if operator == "NotIn" and labels.get(key) in values:
            return False
        if operator == "Exists" and key not in labels:
            return False
        if operator == "DoesNotExist" and key in labels:
            return False
    return True


class Rendered:
    """One rendered overlay, indexed, with the pods the operators will create."""

    def __init__(self, name, docs):
        self.name = name
        self.docs = docs
        self.by_kind = {}
        for doc in docs:
            self.by_kind.setdefault(doc["kind"], {})[doc["metadata"]["name"]] = doc
        # (description, labels, ports) of every pod this overlay makes, directly or via an operator
        self.pods = []
        for doc in docs:
            if pod_spec(doc) is not None and doc["kind"] != "Pod":
                ports = {p.get("name"): p.get("containerPort") for c in all_containers(pod_spec(doc)) for p in c.get("ports") or []}
                self.pods.append((f"{doc['kind']}/{doc['metadata']['name']}", pod_labels(doc), ports))
        self.operator_services = {}
        self.operator_secrets = {}
        for mongo in self.get("MongoDBCommunity").values():
            name = mongo["metadata"]["name"]
            self.pods.append((f"MongoDBCommunity/{name}", {"app": f"{name}-svc"}, {"mongodb": 27017}))
            self.operator_services[f"{name}-svc"] = {27017}
            for user in mongo["spec"].get("users") or []:
                secret = user.get("connectionStringSecretName") or f"{name}-{user.get('db', 'admin')}-{user['name']}"
                self.operator_secrets[secret] = {"connectionString.standard", "connectionString.standardSrv", "username", "password"}
        for es in self.get("Elasticsearch").values():
            name = es["metadata"]["name"]
            self.pods.append((f"Elasticsearch/{name}", {"elasticsearch.k8s.elastic.co/cluster-name": name,
                                                         "common.k8s.elastic.co/type": "elasticsearch"}, {"https": 9200, "transport": 9300}))
            self.operator_services[f"{name}-es-http"] = {9200}
        for kc in self.get("Keycloak").values():
            name = kc["metadata"]["name"]
            self.pods.append((f"Keycloak/{name}", {"app": "keycloak", "app.kubernetes.io/managed-by": "keycloak-operator",
                                                    "app.kubernetes.io/instance": name, "app.kubernetes.io/component": "server"},
                              {"http": 8080, "https": 8443, "management": 9000}))
            self.operator_services[f"{name}-service"] = {8080, 8443}
            self.operator_secrets[f"{name}-initial-admin"] = {"username", "password"}

    def get(self, kind):
        return self.by_kind.get(kind, {})

    def pods_matching(self, selector):
        return [pod for pod in self.pods if matches(selector, pod[1])]

    def service_ports(self, name):
        """Ports of a Service of this overlay (rendered, or created by an operator), or None."""
        service = self.get("Service").get(name)
        if service:
            return {p["port"] for p in service["spec"].get("ports") or []} | {p.get("name") for p in service["spec"].get("ports") or []}
        return self.operator_services.get(name)


def templates(root):
    """Secrets that k8s/secrets/*.template.yaml describe: name -> keys."""
    found = {}
    for path in sorted(glob.glob(os.path.join(root, "k8s/secrets/*.template.yaml"))):
        try:
            docs = load_all(path)
        except yaml.YAMLError:
            continue  # reported by the YAML check
        for doc in docs:
            data = dict(doc.get("stringData") or {}) | dict(doc.get("data") or {})
            found[doc["metadata"]["name"]] = set(data)
    return found


# ---------------------------------------------------------------------------------------------
# Dockerfile


def check_dockerfile(report, root, app_names):
    path = os.path.join(root, "Dockerfile")
    with open(path, encoding="utf-8") as stream:
        text = stream.read()
    lines = [line.strip() for line in text.replace("\\\n", " ").splitlines() if line.strip() and not line.strip().startswith("#")]
    stages, problems, final_stage = [], [], []
    for line in lines:
        words = line.split()
        if words[0].upper() == "FROM":
            args = [w for w in words[1:] if not w.startswith("--")]
            ref = args[0]
            if ref not in stages:
                problems.append(image_problem(ref, "Dockerfile FROM"))
            if len(args) >= 3 and args[1].upper() == "AS":
                stages.append(args[2])
            final_stage = []
        final_stage.append(line)
    report.check("Dockerfile: every FROM image is pinned", problems)

    final = "\n".join(final_stage)
    problems = []
    user = re.findall(r"^USER\s+(\S+)", final, re.M)
    if not user:
        problems.append("the runtime stage sets no USER")
    elif not re.match(r"^[1-9]\d*(:\d+)?$", user[-1]):
        problems.append(f"runtime USER {user[-1]!r} is not a numeric non-root uid (runAsNonRoot cannot verify names)")
    healthcheck = re.findall(r"^HEALTHCHECK\s+(.*)$", final, re.M)
    if not healthcheck or "NONE" in healthcheck[-1].split():
        problems.append("the runtime stage has no HEALTHCHECK")
    first_runtime = final_stage[0] if final_stage else ""
    if "-jre" not in first_runtime:
        problems.append(f"the runtime stage is not a JRE image: {first_runtime}")
    if "-Djarmode=tools" not in text or not re.search(r"extract\s+--layers\s+--launcher", text):
        problems.append("no Spring Boot layer extraction (java -Djarmode=tools -jar app.jar extract --layers --launcher)")
    if "MaxRAMPercentage" not in text:
        problems.append("no container-aware heap setting (-XX:MaxRAMPercentage)")
    if not re.search(r"^ARG MODULE$", text, re.M):
        problems.append("no ARG MODULE")
    report.check("Dockerfile: layered jar, non-root numeric USER, HEALTHCHECK, JRE runtime, container-aware JVM", problems)

    problems = []
    case = re.search(r'case "\$\{MODULE:-\}" in\s*\\?\s*([a-z|-]+)\)', text)
    pl = re.search(r"-pl\s+([a-z,-]+)", text)
    loop = re.search(r"for app in ([a-z -]+);", text)
    for label, found in (("MODULE check", case and case.group(1).split("|")),
                         ("-pl list", pl and pl.group(1).split(",")),
                         ("jar copy loop", loop and loop.group(1).split())):
        if not found:
            problems.append(f"cannot find the {label}")
        elif sorted(found) != app_names:
            problems.append(f"{label} names {sorted(found)}, the apps are {app_names}")
    report.check("Dockerfile: builds exactly the apps of the reactor", problems)


# ---------------------------------------------------------------------------------------------
# docker-compose.yml


def published(port):
    """(host_ip, published, target) of a resolved ports entry (string or long form)."""
    if isinstance(port, dict):
        return port.get("host_ip"), str(port.get("published")), int(str(port.get("target")).split("/")[0])
    parts = str(port).split("/")[0].split(":")
    if len(parts) == 3:
        return parts[0], parts[1], int(parts[2])
    if len(parts) == 2:
        return None, parts[0], int(parts[1])
    return None, None, int(parts[0])


def volume_entry(volume):
    """(type, source, target) of a resolved volumes entry: Compose v1 prints strings, v2 mappings."""
    if isinstance(volume, dict):
        return volume.get("type"), volume.get("source", ""), volume.get("target", "")
    parts = str(volume).split(":")
    source, target = (parts[0], parts[1]) if len(parts) > 1 else ("", parts[0])
    return ("bind" if source.startswith(("/", ".")) else "volume"), source, target


def required_realm_variables(realm_text):
    """The variables of the realm's placeholders without a default: Keycloak must be given each."""
    return sorted({name for name, default in REALM_PLACEHOLDER.findall(realm_text) if not default})


def realm_fit_for_production(where, realm_text):
    """Problems that make a realm file unfit for production: people's accounts (service accounts of
    clients, without credentials, are part of their client), public development secrets, clients that
    take passwords (the password grant)."""
    try:
        realm = json.loads(realm_text)
    except ValueError as error:
        return [f"{where}: not JSON ({error})"]
    problems = []
    for user in realm.get("users") or []:
        if not user.get("serviceAccountClientId") or user.get("credentials"):
            problems.append(f"{where}: holds the user {user.get('username')!r} (people sign up; demo users belong to marketplace-local.json)")
    if "-dev-secret" in realm_text:
        problems.append(f"{where}: holds a -dev-secret (client secrets come from the environment)")
    for client in realm.get("clients") or []:
        if client.get("directAccessGrantsEnabled"):
            problems.append(f"{where}: client {client.get('clientId')!r} allows the password grant (directAccessGrantsEnabled)")
    return problems


def check_compose(report, root, compose, app_names):
    services = compose.get("services") or {}
    report.check("compose: every service has a health check", [
        f"{name}: no healthcheck" for name, service in services.items()
        if not service.get("healthcheck") or service["healthcheck"].get("disable")
        or service["healthcheck"].get("test") in (["NONE"], "NONE")])
    report.check("compose: every image is pinned", [
        image_problem(service.get("image"), f"service {name}") for name, service in services.items()])
    report.check("compose: every dependency waits for a healthy service", [
        f"{name} -> {dep}: condition {cond.get('condition') if isinstance(cond, dict) else None!r}"
        for name, service in services.items()
        for dep, cond in (service.get("depends_on") or {}).items()
        if not isinstance(cond, dict) or cond.get("condition") != "service_healthy"]
        + [f"{name}: depends_on is a list (no health condition)" for name, service in services.items()
           if isinstance(service.get("depends_on"), list)])
    report.check("compose: ports are published on 127.0.0.1 only", [
        f"{name}: {port}" for name, service in services.items() for port in service.get("ports") or []
        if published(port)[0] != "127.0.0.1"])
    named = set(compose.get("volumes") or {})
    report.check("compose: MongoDB, Elasticsearch and Keycloak keep their data in named volumes", [
        f"{name}: no named volume" for name in ("mongodb", "elasticsearch", "keycloak")
        if not any(volume_entry(v)[0] == "volume" and volume_entry(v)[1] in named
                   for v in services.get(name, {}).get("volumes") or [])])

    problems = []
    for app in app_names:
        service = services.get(app)
        if not service:
            problems.append(f"no service {app}")
            continue
        if (service.get("build") or {}).get("args", {}).get("MODULE") != app:
            problems.append(f"{app}: build.args.MODULE is not {app}")
        if not str(service.get("image", "")).startswith(f"ess-market/{app}:"):
            problems.append(f"{app}: image {service.get('image')!r} is not ess-market/{app}:<tag>")
        env = service.get("environment") or {}
        targets = {published(p)[2] for p in service.get("ports") or []}
        for variable in ("SERVER_PORT", "MANAGEMENT_PORT"):
            if variable in env and int(env[variable]) not in targets:
                problems.append(f"{app}: {variable}={env[variable]} is not a published container port {sorted(targets)}")
        if app == "gateway":
            for target in app_names:
                if target == "gateway":
                    continue
                variable = target.upper().replace("-", "_") + "_URL"
                url = urlsplit(env.get(variable, ""))
                port = (services.get(target, {}).get("environment") or {}).get("SERVER_PORT")
                if url.hostname != target or str(url.port) != str(port):
                    problems.append(f"gateway: {variable}={env.get(variable)!r} is not http://{target}:{port}")
        for variable in env:
            # SPRING_* bind by Spring's relaxed binding (e.g. SPRING_MAIL_HOST), as in the k8s check.
            if variable not in placeholders(root, app) and variable not in ENV_WITHOUT_PLACEHOLDER \
                    and not variable.startswith("SPRING_"):
                problems.append(f"{app}: {variable} is set but {app}'s application.yml and platform-defaults.yml read no ${{{variable}}}")
        for variable in sorted(must_set(root, app) - set(env)):
            problems.append(f"{app}: {variable} is not set, and its default points at the container itself (localhost or the public issuer)")
        for variable, value in env.items():
            host = urlsplit(str(value)).hostname if "://" in str(value) else None
            if host in ("localhost", "127.0.0.1") and variable not in BROWSER_VIEW:
                problems.append(f"{app}: {variable}={value} calls the container itself")
    report.check("compose: the apps get the variables their application.yml reads, with consistent ports and URLs", problems)

    problems = []
    keycloak = services.get("keycloak", {})
    kc_env = keycloak.get("environment") or {}
    hostname = kc_env.get("KC_HOSTNAME", "")
    command = keycloak.get("command") or []
    if "--import-realm" not in command:
        problems.append("keycloak: no --import-realm")
    realm = os.path.realpath(os.path.join(root, REALM))
    mounts = [volume_entry(v) for v in keycloak.get("volumes") or []]
    if not any(kind == "bind" and os.path.realpath(os.path.join(root, source)) == realm
               and target.startswith("/opt/keycloak/data/import/") for kind, source, target in mounts):
        problems.append(f"keycloak: {REALM} is not mounted into /opt/keycloak/data/import/")
    with open(realm, encoding="utf-8") as stream:
        for variable in required_realm_variables(stream.read()):
            if not kc_env.get(variable):
                problems.append(f"keycloak: {variable} is not set, and the realm file's placeholder needs it")
    for app in app_names:
        env = services.get(app, {}).get("environment") or {}
        if env.get("KEYCLOAK_ISSUER_URI") != hostname.rstrip("/") + "/realms/marketplace":
            problems.append(f"{app}: KEYCLOAK_ISSUER_URI={env.get('KEYCLOAK_ISSUER_URI')!r} is not KC_HOSTNAME ({hostname!r}) + /realms/marketplace")
        for variable, endpoint in (("KEYCLOAK_JWK_SET_URI", "certs"), ("KEYCLOAK_TOKEN_URI", "token")):
            url = urlsplit(env.get(variable, ""))
            if url.hostname != "keycloak" or url.port != 8080 or url.path != f"/realms/marketplace/protocol/openid-connect/{endpoint}":
                problems.append(f"{app}: {variable}={env.get(variable)!r} is not the in-network keycloak:8080 {endpoint} endpoint")
    mongo = services.get("mongodb", {})
    if "--replSet" not in (mongo.get("command") or []) or "rs.initiate" not in str(mongo.get("healthcheck", {}).get("test")):
        problems.append("mongodb: not a replica set initiated by its health check")
    es_env = services.get("elasticsearch", {}).get("environment") or {}
    if es_env.get("xpack.security.enabled") != "false" or es_env.get("discovery.type") != "single-node" \
            or "-Xmx" not in str(es_env.get("ES_JAVA_OPTS")) or not services.get("elasticsearch", {}).get("mem_limit"):
        problems.append("elasticsearch: not single-node, security off, heap and memory limited")
    report.check("compose: Keycloak imports the realm file, issuer = KC_HOSTNAME, keys and tokens fetched in-network; stores configured", problems)
    check_compose_demo_data(report, root, services)
    return services


DEMO_DATA_SCRIPT = "deploy/docker/load-demo-data.sh"
DEMO_DATA_IMPORTS = "devstack/src/main/java/org/essmarket/devstack/cli/DemoDataImport.java"
DEMO_USERS = "devstack/src/main/java/org/essmarket/devstack/DemoUsers.java"


def check_compose_demo_data(report, root, services):
    """A one-shot service runs deploy/docker/load-demo-data.sh once everything it calls is healthy,
    and that script imports what ./marketplace up imports (DemoDataImport's services and paths) and
    makes the demo suppliers members of the structures they act for in DemoUsers."""
    problems = []
    script = os.path.realpath(os.path.join(root, DEMO_DATA_SCRIPT))
    loaders = [(name, service) for name, service in services.items()
               if any(kind == "bind" and os.path.realpath(os.path.join(root, source)) == script
                      for kind, source, _ in map(volume_entry, service.get("volumes") or []))]
    if len(loaders) != 1:
        problems.append(f"{len(loaders)} services mount {DEMO_DATA_SCRIPT}, expected one (the demo data loader)")
    for name, service in loaders:
        target = next(t for kind, s, t in map(volume_entry, service.get("volumes") or [])
                      if os.path.realpath(os.path.join(root, s)) == script)
        if target not in (service.get("entrypoint") or []) + (service.get("command") or []):
            problems.append(f"{name}: does not run {target}")
        if str(service.get("restart", "no")) != "no":
            problems.append(f"{name}: restart {service.get('restart')!r}: a one-shot must not be restarted")
        env = service.get("environment") or {}
        keycloak = next((s.get("environment", {}).get("KEYCLOAK_TOKEN_URI") for s in services.values()
                         if "KEYCLOAK_TOKEN_URI" in (s.get("environment") or {}) and s is not service), None)
        if env.get("KEYCLOAK_TOKEN_URI") != keycloak:
            problems.append(f"{name}: KEYCLOAK_TOKEN_URI={env.get('KEYCLOAK_TOKEN_URI')!r} is not the apps' {keycloak!r}")
        for app in ("supplier-service", "tender-service"):
            variable = app.upper().replace("-", "_") + "_URL"
            port = (services.get(app, {}).get("environment") or {}).get("SERVER_PORT")
            if env.get(variable) != f"http://{app}:{port}":
                problems.append(f"{name}: {variable}={env.get(variable)!r} is not http://{app}:{port}")
            if app not in (service.get("depends_on") or {}):
                problems.append(f"{name}: does not wait for {app}")
        if "keycloak" not in (service.get("depends_on") or {}):
            problems.append(f"{name}: does not wait for keycloak")
    with open(os.path.join(root, DEMO_DATA_IMPORTS), encoding="utf-8") as stream:
        imports = re.findall(r'new DemoDataImport\(issuer, "([a-z-]+)", port, "([^"]+)", "([^"]+)"', stream.read())
    if not imports:
        problems.append(f"cannot find the imports in {DEMO_DATA_IMPORTS}")
    with open(script, encoding="utf-8") as stream:
        script_text = stream.read()
    loads = re.findall(r'^load ([a-z-]+) "\$[A-Z_]+" (\S+) (\S+) ', script_text, re.M)
    if sorted(loads) != sorted(imports):
        problems.append(f"{DEMO_DATA_SCRIPT} loads {loads}, ./marketplace up imports {imports}")
    with open(os.path.join(root, DEMO_USERS), encoding="utf-8") as stream:
        suppliers = re.findall(r'new DemoUser\("([^"]+)", "([^"]+)", "supplier",\s*"(\d{14})"\)', stream.read())
    if not suppliers:
        problems.append(f"cannot find the demo suppliers and their SIRETs in {DEMO_USERS}")
    members = re.findall(r'^member (\S+) (\S+) (\d{14})$', script_text, re.M)
    if sorted(members) != sorted(suppliers):
        problems.append(f"{DEMO_DATA_SCRIPT} makes members {members}, ./marketplace up {suppliers}")
    report.check("compose: a one-shot service loads the demo data as ./marketplace up does, once the apps are healthy", problems)


# ---------------------------------------------------------------------------------------------
# Kubernetes


def check_overlay(report, root, rendered, app_names, compose_services, secret_templates, realm_text):
    o = rendered.name
    deployments = rendered.get("Deployment")
    hpas = rendered.get("HorizontalPodAutoscaler")
    problems = []
    namespaces = {d["metadata"].get("namespace") for d in rendered.docs if d["kind"] != "Namespace"}
    if len(namespaces) != 1 or None in namespaces:
        problems.append(f"resources are in namespaces {sorted(map(str, namespaces))}")
    report.check(f"k8s {o}: every resource in the overlay's namespace", problems)

    # images and versions
    problems = []
    for doc in rendered.docs:
        spec = pod_spec(doc)
        if spec is not None:
            for container in all_containers(spec):
                problems.append(image_problem(container.get("image"), f"{doc['kind']}/{doc['metadata']['name']}/{container.get('name')}"))
    for kind in ("Elasticsearch", "MongoDBCommunity"):
        for name, doc in rendered.get(kind).items():
            if not EXACT_VERSION.match(str(doc["spec"].get("version", ""))):
                problems.append(f"{kind}/{name}: spec.version {doc['spec'].get('version')!r} is not an exact version")
    for name, doc in rendered.get("Keycloak").items():
        problems.append(image_problem(doc["spec"].get("image"), f"Keycloak/{name} spec.image"))
    report.check(f"k8s {o}: every image and operator-managed version is pinned", problems)

    # same versions as docker-compose.yml
    problems = []
    wanted = {"mongodb": compose_services.get("mongodb", {}).get("image"),
              "elasticsearch": compose_services.get("elasticsearch", {}).get("image"),
              "keycloak": compose_services.get("keycloak", {}).get("image")}
    versions = {store: (image or "").rsplit(":", 1)[-1] for store, image in wanted.items()}
    for name, doc in rendered.get("StatefulSet").items():
        image = doc["spec"]["template"]["spec"]["containers"][0]["image"]
        if name in wanted and image != wanted[name]:
            problems.append(f"StatefulSet/{name} runs {image}, docker-compose.yml {wanted[name]}")
    for doc in rendered.get("MongoDBCommunity").values():
        if str(doc["spec"].get("version")) != versions["mongodb"]:
            problems.append(f"MongoDBCommunity version {doc['spec'].get('version')} != compose {versions['mongodb']}")
    for doc in rendered.get("Elasticsearch").values():
        if str(doc["spec"].get("version")) != versions["elasticsearch"]:
            problems.append(f"Elasticsearch version {doc['spec'].get('version')} != compose {versions['elasticsearch']}")
    for doc in rendered.get("Keycloak").values():
        if doc["spec"].get("image") != wanted["keycloak"]:
            problems.append(f"Keycloak image {doc['spec'].get('image')} != compose {wanted['keycloak']}")
    report.check(f"k8s {o}: MongoDB, Elasticsearch and Keycloak versions equal docker-compose.yml's", problems)

    # the apps
    problems = []
    for app in app_names:
        doc = deployments.get(app)
        if not doc:
            problems.append(f"no Deployment {app}")
            continue
        spec = doc["spec"]["template"]["spec"]
        containers = spec.get("containers") or []
        container = next((c for c in containers if c.get("name") == "app"), None)
        if container is None or len(containers) != 1:
            problems.append(f"{app}: expected one container named app")
            continue
        where = f"{app}"
        if f"/{app}:" not in container.get("image", "") and not container.get("image", "").startswith(f"{app}:"):
            problems.append(f"{where}: image {container.get('image')} is not the {app} image")
        ports = {p.get("name"): p.get("containerPort") for p in container.get("ports") or []}
        probe_port = "management" if default_port(root, app, "MANAGEMENT_PORT") else "http"
        for probe, path in (("startupProbe", "/actuator/health/"), ("livenessProbe", "/actuator/health/liveness"),
                            ("readinessProbe", "/actuator/health/readiness")):
            get = (container.get(probe) or {}).get("httpGet") or {}
            if not get.get("path", "").startswith(path) or get.get("port") != probe_port:
                problems.append(f"{where}: {probe} is not an HTTP GET {path}... on port {probe_port!r}: {get}")
        env = env_of(container)
        for variable, port_name in (("SERVER_PORT", "http"), ("MANAGEMENT_PORT", "management")):
            if variable in env and int(env[variable].get("value", -1)) != ports.get(port_name):
                problems.append(f"{where}: {variable}={env[variable].get('value')} but port {port_name} is {ports.get(port_name)}")
        if probe_port == "management" and "MANAGEMENT_PORT" not in env:
            problems.append(f"{where}: serves probes on a management port but MANAGEMENT_PORT is not set")
        pod_security = spec.get("securityContext") or {}
        security = container.get("securityContext") or {}
        if not (pod_security.get("runAsNonRoot") or security.get("runAsNonRoot")):
            problems.append(f"{where}: runAsNonRoot is not set")
        if (security.get("runAsUser", pod_security.get("runAsUser")) or 0) == 0:
            problems.append(f"{where}: no non-zero runAsUser")
        if security.get("readOnlyRootFilesystem") is not True:
            problems.append(f"{where}: root filesystem is not read-only")
        if security.get("allowPrivilegeEscalation") is not False:
            problems.append(f"{where}: allowPrivilegeEscalation is not false")
        if "ALL" not in ((security.get("capabilities") or {}).get("drop") or []):
            problems.append(f"{where}: capabilities are not all dropped")
        volumes = {v["name"]: v for v in spec.get("volumes") or []}
        tmp = [m for m in container.get("volumeMounts") or [] if m.get("mountPath") == "/tmp"]
        if not tmp or "emptyDir" not in volumes.get(tmp[0]["name"], {}):
            problems.append(f"{where}: /tmp is not an emptyDir")
        resources = container.get("resources") or {}
        for part, keys in (("requests", ("cpu", "memory")), ("limits", ("memory",))):
            for key in keys:
                if key not in (resources.get(part) or {}):
                    problems.append(f"{where}: no resources.{part}.{key}")
        for variable in env:
            if variable not in placeholders(root, app) and variable not in ENV_WITHOUT_PLACEHOLDER:
                if variable.startswith("SPRING_"):
                    report.note(f"k8s {o}: {app} gets {variable}, bound by Spring's relaxed binding (no ${{{variable}}} in application.yml)")
                else:
                    problems.append(f"{where}: {variable} is set but {app}'s application.yml and platform-defaults.yml read no ${{{variable}}}")
        given = set(env)
        for source in container.get("envFrom") or []:
            ref = source.get("configMapRef") or {}
            config = rendered.get("ConfigMap").get(ref.get("name"))
            for variable in (config or {}).get("data") or {}:
                given.add(variable)
                if variable not in placeholders(root, app):
                    problems.append(f"{where}: ConfigMap {ref.get('name')} sets {variable}, which {app} does not read")
        for variable in sorted(must_set(root, app) - given):
            problems.append(f"{where}: {variable} is not set, and its default points at the pod itself (localhost or the public issuer)")
    report.check(f"k8s {o}: app Deployments have probes, resources, non-root read-only pods, an emptyDir /tmp, known variables", problems)

    # Services and Ingress
    problems = []
    for name, service in rendered.get("Service").items():
        pods = rendered.pods_matching(service["spec"].get("selector") or {})
        if not pods:
            problems.append(f"Service/{name}: its selector matches no pod")
        for port in service["spec"].get("ports") or []:
            target = port.get("targetPort", port.get("port"))
            if pods and not any(target in pod[2] or target in pod[2].values() for pod in pods):
                problems.append(f"Service/{name}: targetPort {target!r} is no port of {pods[0][0]}")
    for name, ingress in rendered.get("Ingress").items():
        for rule in ingress["spec"].get("rules") or []:
            for path in (rule.get("http") or {}).get("paths") or []:
                backend = path["backend"]["service"]
                port = backend["port"].get("name") or backend["port"].get("number")
                ports = rendered.service_ports(backend["name"])
                if ports is None:
                    problems.append(f"Ingress/{name}: {rule.get('host')}{path['path']} -> unknown Service {backend['name']}")
                elif port not in ports:
                    problems.append(f"Ingress/{name}: {rule.get('host')}{path['path']} -> {backend['name']} has no port {port!r}")
    report.check(f"k8s {o}: Services select pods with those ports; Ingress backends exist", problems)

    # in-cluster addresses the apps use
    problems = []
    for app in app_names:
        doc = deployments.get(app)
        if not doc:
            continue
        env = env_of(doc["spec"]["template"]["spec"]["containers"][0])
        config = {}
        for source in doc["spec"]["template"]["spec"]["containers"][0].get("envFrom") or []:
            config |= (rendered.get("ConfigMap").get((source.get("configMapRef") or {}).get("name")) or {}).get("data") or {}
        urls = {k: v.get("value") for k, v in env.items() if k.endswith(("_URL", "_URIS")) and v.get("value")}
        urls["KEYCLOAK_JWK_SET_URI"] = config.get("KEYCLOAK_JWK_SET_URI")
        urls["KEYCLOAK_TOKEN_URI"] = config.get("KEYCLOAK_TOKEN_URI")
        for variable, value in urls.items():
            for one in str(value).split(","):
                url = urlsplit(one.strip())
                ports = rendered.service_ports(url.hostname or "")
                if ports is None or url.port not in ports:
                    problems.append(f"{app}: {variable}={one!r} names no Service port of this overlay")
    report.check(f"k8s {o}: URLs the apps call name Services (or operator Services) of the overlay", problems)

    # references to Secrets and ConfigMaps
    problems = []
    rendered_secrets = {name: set((doc.get("data") or {}) | (doc.get("stringData") or {})) for name, doc in rendered.get("Secret").items()}

    def secret_has(name, key, where):
        for source, keys in (("rendered", rendered_secrets.get(name)), ("created by an operator", rendered.operator_secrets.get(name)),
                             ("k8s/secrets template", secret_templates.get(name))):
            if keys is not None:
                if key is not None and key not in keys:
                    problems.append(f"{where}: Secret {name} ({source}) has no key {key!r}")
                return
        problems.append(f"{where}: Secret {name} is neither rendered, nor created by an operator, nor a k8s/secrets template")

    for doc in rendered.docs:
        spec = pod_spec(doc)
        where = f"{doc['kind']}/{doc['metadata']['name']}"
        if spec is None:
            continue
        for container in all_containers(spec):
            for e in container.get("env") or []:
                ref = (e.get("valueFrom") or {}).get("secretKeyRef")
                if ref and not ref.get("optional"):
                    secret_has(ref["name"], ref["key"], where)
                ref = (e.get("valueFrom") or {}).get("configMapKeyRef")
                if ref and ref["key"] not in (rendered.get("ConfigMap").get(ref["name"]) or {}).get("data", {}):
                    problems.append(f"{where}: ConfigMap {ref['name']} key {ref['key']} is not rendered")
            for source in container.get("envFrom") or []:
                if "configMapRef" in source and source["configMapRef"]["name"] not in rendered.get("ConfigMap"):
                    problems.append(f"{where}: ConfigMap {source['configMapRef']['name']} is not rendered")
                if "secretRef" in source:
                    secret_has(source["secretRef"]["name"], None, where)
        for volume in spec.get("volumes") or []:
            if "configMap" in volume and volume["configMap"]["name"] not in rendered.get("ConfigMap"):
                problems.append(f"{where}: volume ConfigMap {volume['configMap']['name']} is not rendered")
            if "secret" in volume:
                secret_has(volume["secret"]["secretName"], None, where)
    for name, doc in rendered.get("MongoDBCommunity").items():
        for user in doc["spec"].get("users") or []:
            ref = user["passwordSecretRef"]
            secret_has(ref["name"], ref.get("key", "password"), f"MongoDBCommunity/{name} user {user['name']}")
    for name, doc in rendered.get("Elasticsearch").items():
        auth = doc["spec"].get("auth") or {}
        for role in auth.get("roles") or []:
            secret_has(role["secretName"], "roles.yml", f"Elasticsearch/{name} roles")
        for realm in auth.get("fileRealm") or []:
            secret_has(realm["secretName"], "username", f"Elasticsearch/{name} fileRealm")
            secret_has(realm["secretName"], "password", f"Elasticsearch/{name} fileRealm")
    for name, doc in rendered.get("Keycloak").items():
        spec = doc["spec"]
        db = spec.get("db") or {}
        for part in ("usernameSecret", "passwordSecret"):
            if part in db:
                secret_has(db[part]["name"], db[part]["key"], f"Keycloak/{name} db.{part}")
        admin = ((spec.get("bootstrapAdmin") or {}).get("user") or {}).get("secret")
        if admin:
            secret_has(admin, "username", f"Keycloak/{name} bootstrapAdmin")
            secret_has(admin, "password", f"Keycloak/{name} bootstrapAdmin")
        template = ((spec.get("unsupported") or {}).get("podTemplate") or {}).get("spec") or {}
        for volume in template.get("volumes") or []:
            if "configMap" in volume and volume["configMap"]["name"] not in rendered.get("ConfigMap"):
                problems.append(f"Keycloak/{name}: volume ConfigMap {volume['configMap']['name']} is not rendered")
    for name, ingress in rendered.get("Ingress").items():
        for tls in ingress["spec"].get("tls") or []:
            secret_has(tls["secretName"], "tls.crt", f"Ingress/{name} tls")
    report.check(f"k8s {o}: every Secret and ConfigMap referenced exists (rendered, operator-made, or a template)", problems)

    # replicas, autoscaling, disruption budgets
    problems = []
    hpa_targets = {doc["spec"]["scaleTargetRef"]["name"]: doc for doc in hpas.values()}
    for name, doc in hpas.items():
        target = doc["spec"]["scaleTargetRef"]
        if target.get("kind") != "Deployment" or target.get("name") not in deployments:
            problems.append(f"HorizontalPodAutoscaler/{name}: target {target} is not a Deployment of the overlay")
        elif "replicas" in deployments[target["name"]]["spec"]:
            problems.append(f"Deployment/{target['name']}: sets replicas although an autoscaler owns its count")
    for name, doc in rendered.get("PodDisruptionBudget").items():
        if not rendered.pods_matching(doc["spec"].get("selector")):
            problems.append(f"PodDisruptionBudget/{name}: its selector matches no pod")
    if o == "dev":
        if hpas:
            problems.append(f"dev has autoscalers: {sorted(hpas)}")
        for name, doc in list(deployments.items()) + list(rendered.get("StatefulSet").items()):
            if doc["spec"].get("replicas", 1) != 1:
                problems.append(f"{doc['kind']}/{name}: {doc['spec'].get('replicas')} replicas in dev")
        for store in ("mongodb", "elasticsearch", "keycloak"):
            if store not in rendered.get("StatefulSet"):
                problems.append(f"dev: no StatefulSet {store}")
    if o == "prod":
        if sorted(hpa_targets) != ["gateway", "search-service"]:
            problems.append(f"prod autoscales {sorted(hpa_targets)}, expected gateway and search-service")
        for app in app_names:
            doc = deployments.get(app)
            if not doc:
                continue
            count = hpa_targets[app]["spec"]["minReplicas"] if app in hpa_targets else doc["spec"].get("replicas", 1)
            if count < 3:
                problems.append(f"{app}: {count} replicas (or minReplicas) in prod, expected 3")
        for kind, field in (("MongoDBCommunity", "members"), ("Keycloak", "instances")):
            if not rendered.get(kind):
                problems.append(f"prod: no {kind}")
            for name, doc in rendered.get(kind).items():
                if doc["spec"].get(field) != 3:
                    problems.append(f"{kind}/{name}: {field}={doc['spec'].get(field)}, expected 3")
        if not rendered.get("Elasticsearch"):
            problems.append("prod: no Elasticsearch")
        for name, doc in rendered.get("Elasticsearch").items():
            nodes = sum(n.get("count", 0) for n in doc["spec"].get("nodeSets") or [])
            if nodes != 3:
                problems.append(f"Elasticsearch/{name}: {nodes} nodes, expected 3")
        if rendered.get("StatefulSet"):
            problems.append(f"prod runs plain StatefulSets {sorted(rendered.get('StatefulSet'))} instead of operators")
    for app in app_names:
        if not any(matches(doc["spec"]["selector"], pod_labels(deployments[app]))
                   for doc in rendered.get("PodDisruptionBudget").values() if app in deployments):
            problems.append(f"{app}: no PodDisruptionBudget")
    report.check(f"k8s {o}: replicas, autoscalers and disruption budgets as intended", problems)

    # network policies
    problems = []
    policies = rendered.get("NetworkPolicy")
    if not any(p["spec"].get("podSelector") == {} and "Ingress" in p["spec"].get("policyTypes", []) and not p["spec"].get("ingress")
               for p in policies.values()):
        problems.append("no default deny of incoming traffic")
    for name, policy in policies.items():
        if not rendered.pods_matching(policy["spec"].get("podSelector")):
            problems.append(f"NetworkPolicy/{name}: its podSelector matches no pod")
        for rule in policy["spec"].get("ingress") or []:
            for peer in rule.get("from") or []:
                if "podSelector" in peer and "namespaceSelector" not in peer and not rendered.pods_matching(peer["podSelector"]):
                    problems.append(f"NetworkPolicy/{name}: a from.podSelector matches no pod: {peer['podSelector']}")

    def allowed(source_labels, target_labels, port):
        for policy in policies.values():
            if not matches(policy["spec"].get("podSelector"), target_labels):
                continue
            for rule in policy["spec"].get("ingress") or []:
                ports = [p.get("port") for p in rule.get("ports") or []]
                if ports and not any(p == port or (isinstance(p, str) and port in (p,)) for p in ports):
                    continue
                for peer in rule.get("from") or []:
                    if "podSelector" in peer and "namespaceSelector" not in peer and matches(peer["podSelector"], source_labels):
                        return True
        return False

    pods = {pod[0]: pod for pod in rendered.pods}

    def labels_of(prefix):
        found = [pod for key, pod in pods.items() if key.endswith("/" + prefix) or key == prefix]
        return found[0] if found else None

    gateway = labels_of("gateway")
    services = [labels_of(app) for app in app_names if app != "gateway"]
    # The gateway is the way in: a policy must admit the ingress controller's namespace to it.
    if gateway and not any(
            matches(policy["spec"].get("podSelector"), gateway[1])
            and any("namespaceSelector" in peer and "podSelector" not in peer
                    and "monitoring" not in str(peer["namespaceSelector"])
                    for rule in policy["spec"].get("ingress") or [] for peer in rule.get("from") or [])
            for policy in policies.values()):
        problems.append("no NetworkPolicy admits the ingress controller to the gateway")
    for service in services:
        if gateway and service and not allowed(gateway[1], service[1], "http"):
            problems.append(f"gateway may not reach {service[0]}")
    # Each store: its port and the apps whose store it is; every other app must not reach it.
    owners = {"mongodb": (27017, [a for a in app_names if a != "gateway"]), "elasticsearch": (9200, ["search-service"]),
              "redis": (6379, ["gateway"])}
    for store in rendered.pods:
        if store[0].split("/")[1] not in owners:
            continue
        store_port, owned_by = owners[store[0].split("/")[1]]
        for app in app_names:
            client = labels_of(app)
            if not client:
                continue
            may = allowed(client[1], store[1], store_port)
            if app in owned_by and not may:
                problems.append(f"{client[0]} may not reach its store {store[0]}")
            if app not in owned_by and may:
                problems.append(f"{client[0]} may reach the store {store[0]}, which is not its store")
    report.check(f"k8s {o}: network policies: default deny, gateway -> services, each store reachable only from its apps", problems)

    # Other Deployments (the stores an overlay runs itself as Deployments: prod's Redis) are held to
    # the apps' hardening: probes, memory limit, non-root, read-only root, no privilege escalation.
    problems = []
    for name, doc in deployments.items():
        if name in app_names:
            continue
        spec = doc["spec"]["template"]["spec"]
        pod_security = spec.get("securityContext") or {}
        for container in all_containers(spec):
            where = f"Deployment/{name}/{container.get('name')}"
            security = container.get("securityContext") or {}
            for probe in ("livenessProbe", "readinessProbe"):
                if not container.get(probe) and container in (spec.get("containers") or []):
                    problems.append(f"{where}: no {probe}")
            resources = container.get("resources") or {}
            if "memory" not in (resources.get("limits") or {}) or not (resources.get("requests") or {}):
                problems.append(f"{where}: no memory limit or no requests")
            if not (pod_security.get("runAsNonRoot") or security.get("runAsNonRoot")):
                problems.append(f"{where}: runAsNonRoot is not set")
            if security.get("readOnlyRootFilesystem") is not True:
                problems.append(f"{where}: root filesystem is not read-only")
            if security.get("allowPrivilegeEscalation") is not False:
                problems.append(f"{where}: allowPrivilegeEscalation is not false")
    # Several gateways share their rate limits through Redis (RATE_LIMIT_REDIS_URL); one counts alone.
    gateway_doc = deployments.get("gateway")
    if gateway_doc:
        redis_url = (env_of(gateway_doc["spec"]["template"]["spec"]["containers"][0]).get("RATE_LIMIT_REDIS_URL") or {}).get("value")
        gateway_hpa = hpa_targets.get("gateway")
        several = (gateway_hpa["spec"].get("minReplicas", 1) if gateway_hpa else gateway_doc["spec"].get("replicas", 1)) > 1
        if several and not redis_url:
            problems.append("several gateway replicas but no RATE_LIMIT_REDIS_URL: each would allow the whole rate limit")
        if redis_url:
            url = urlsplit(redis_url)
            ports = rendered.service_ports(url.hostname or "")
            if url.scheme not in ("redis", "rediss") or ports is None or (url.port or 6379) not in ports:
                problems.append(f"gateway: RATE_LIMIT_REDIS_URL={redis_url!r} names no Redis Service port of this overlay")
    report.check(f"k8s {o}: other Deployments hardened like the apps; several gateways share their rate limits in Redis", problems)

    # Keycloak: realm, issuer, hostnames
    problems = []
    realm_maps = rendered.get("ConfigMap").get("keycloak-realm")
    if not realm_maps or (realm_maps.get("data") or {}).get("marketplace-realm.json") != realm_text:
        problems.append(f"ConfigMap keycloak-realm does not hold {REALM} byte for byte")
    hostname, args, mounts_realm, keycloak_env = None, [], False, {}
    statefulset = rendered.get("StatefulSet").get("keycloak")
    if statefulset:
        container = statefulset["spec"]["template"]["spec"]["containers"][0]
        hostname = (env_of(container).get("KC_HOSTNAME") or {}).get("value")
        args = container.get("args") or []
        volumes = {v["name"]: v for v in statefulset["spec"]["template"]["spec"].get("volumes") or []}
        mounts = container.get("volumeMounts") or []
        keycloak_env = env_of(container)
    for doc in rendered.get("Keycloak").values():
        hostname = (doc["spec"].get("hostname") or {}).get("hostname")
        template = ((doc["spec"].get("unsupported") or {}).get("podTemplate") or {}).get("spec") or {}
        container = (template.get("containers") or [{}])[0]
        args = container.get("args") or []
        volumes = {v["name"]: v for v in template.get("volumes") or []}
        mounts = container.get("volumeMounts") or []
        keycloak_env = env_of(container)
    if hostname is None:
        problems.append("no Keycloak (StatefulSet keycloak or Keycloak resource) with a hostname")
    else:
        mounts_realm = any(m.get("mountPath", "").startswith("/opt/keycloak/data/import/")
                           and (volumes.get(m["name"], {}).get("configMap") or {}).get("name") == "keycloak-realm" for m in mounts)
        if not mounts_realm:
            problems.append("Keycloak does not mount the keycloak-realm ConfigMap into /opt/keycloak/data/import/")
        if "--import-realm" not in args:
            problems.append("Keycloak is not started with --import-realm")
        issuer = (rendered.get("ConfigMap").get(next((n for n in rendered.get("ConfigMap") if n.startswith("ess-market-config")), ""), {})
                  .get("data") or {}).get("KEYCLOAK_ISSUER_URI")
        if issuer != hostname.rstrip("/") + "/realms/marketplace":
            problems.append(f"KEYCLOAK_ISSUER_URI={issuer!r} is not Keycloak's hostname ({hostname!r}) + /realms/marketplace")
        hosts = {rule.get("host") for ingress in rendered.get("Ingress").values() for rule in ingress["spec"].get("rules") or []
                 if any(p["backend"]["service"]["name"] == "keycloak-service" for p in (rule.get("http") or {}).get("paths") or [])}
        if hosts != {urlsplit(hostname).hostname}:
            problems.append(f"the Ingress serves Keycloak on {sorted(map(str, hosts))}, its hostname is {urlsplit(hostname).hostname}")
        tls_hosts = {h for ingress in rendered.get("Ingress").values() for tls in ingress["spec"].get("tls") or [] for h in tls.get("hosts") or []}
        scheme = urlsplit(hostname).scheme
        if (scheme == "https") != bool(tls_hosts):
            problems.append(f"Keycloak's hostname is {scheme} but the Ingress {'has' if tls_hosts else 'has no'} TLS")
        for variable in required_realm_variables(realm_text):
            if variable not in keycloak_env:
                problems.append(f"Keycloak: {variable} is not set, and the realm file's placeholder needs it")
        origin = (keycloak_env.get("ESS_MARKET_WEB_ORIGIN") or {}).get("value")
        gateway_hosts = {rule.get("host") for ingress in rendered.get("Ingress").values() for rule in ingress["spec"].get("rules") or []
                         if any(p["backend"]["service"]["name"] == "gateway" for p in (rule.get("http") or {}).get("paths") or [])}
        if origin and urlsplit(origin).hostname not in gateway_hosts:
            problems.append(f"Keycloak: ESS_MARKET_WEB_ORIGIN={origin!r} is not the gateway's Ingress host {sorted(map(str, gateway_hosts))}")
    report.check(f"k8s {o}: Keycloak imports the realm file with its placeholders set; issuer = Keycloak hostname = Ingress host", problems)

    if o == "prod":
        problems = []
        for name, config_map in rendered.get("ConfigMap").items():
            for key, text in (config_map.get("data") or {}).items():
                if key.endswith(".json"):
                    problems += realm_fit_for_production(f"ConfigMap/{name} {key}", text)
        report.check("k8s prod: the realm holds no user, no -dev-secret and no password-grant client", problems)

    if o == "prod":
        problems = []
        for name, keys in rendered_secrets.items():
            for key in keys:
                if re.search(r"pass|secret|token|key$|crt$", key, re.I):
                    problems.append(f"Secret/{name} carries {key!r}: prod secrets come from k8s/secrets templates, not from the repository")
        report.check("k8s prod: no credentials rendered from the repository", problems)


def check_schemas(report, rendered, schemas):
    """Every rendered resource against the Kubernetes 1.33 API schema, or its CRD's (strict)."""
    problems, unvalidated = [], set()
    if schemas is None:
        problems.append("no Kubernetes API schemas (deploy/check.sh fetches @kubernetes/client-node 1.3.0; see above)")
    else:
        for doc in rendered.docs:
            found = schemas.problems(doc)
            if found is None:
                unvalidated.add((doc.get("apiVersion"), doc.get("kind")))
            else:
                problems += found
    report.check(f"k8s {rendered.name}: every resource validates against the Kubernetes 1.33 API schema "
                 f"or its CRD schema (strict: unknown fields fail)", problems)
    for api_version, kind in sorted(unvalidated):
        report.note(f"k8s {rendered.name}: {kind} ({api_version}) NOT schema-validated: {k8s_schemas.UNVALIDATED[(api_version, kind)]}")


def check_secret_templates(report, root):
    problems = []
    paths = sorted(glob.glob(os.path.join(root, "k8s/secrets/*.template.yaml")))
    if not paths:
        problems.append("no k8s/secrets/*.template.yaml")
    for path in paths:
        try:
            docs = load_all(path)
        except yaml.YAMLError as error:
            problems.append(f"{os.path.basename(path)}: {error}")
            continue
        for doc in docs:
            if doc.get("kind") != "Secret":
                problems.append(f"{path}: not a Secret")
                continue
            for key, value in (doc.get("stringData") or {}).items():
                if key not in NON_SECRET_TEMPLATE_KEYS and not PLACEHOLDER_VALUE.match(str(value)):
                    problems.append(f"{os.path.basename(path)}: {key} holds a value, not a <REPLACE: ...> placeholder")
            if doc.get("data"):
                problems.append(f"{os.path.basename(path)}: has base64 data (templates use stringData placeholders)")
    report.check("k8s secrets: templates hold placeholders only", problems)


def check_kustomize_files(report, root):
    """Everything a kustomization loads lies below it (kustomize's default load restrictor), the realm
    file included: it has a kustomization of its own beside it."""
    problems = []
    realm_kustomization = os.path.join(os.path.dirname(os.path.join(root, REALM)), "kustomization.yaml")
    for path in sorted(glob.glob(os.path.join(root, "k8s/**/kustomization.yaml"), recursive=True)) + [realm_kustomization]:
        directory = os.path.dirname(os.path.realpath(path))
        with open(path, encoding="utf-8") as stream:
            kustomization = yaml.safe_load(stream) or {}
        loaded = []
        for generator in (kustomization.get("configMapGenerator") or []) + (kustomization.get("secretGenerator") or []):
            loaded += [f.split("=", 1)[-1] for f in generator.get("files") or []]
            loaded += generator.get("envs") or []
        loaded += [p["path"] for p in kustomization.get("patches") or [] if "path" in p]
        loaded += [r for r in kustomization.get("resources") or [] if os.path.isfile(os.path.join(directory, r))]
        for item in loaded:
            target = os.path.realpath(os.path.join(directory, item))
            if not target.startswith(directory + os.sep):
                problems.append(f"{os.path.relpath(path, root)} loads {item}, outside its folder")
            elif not os.path.exists(target):
                problems.append(f"{os.path.relpath(path, root)} loads {item}, which does not exist")
    report.check("k8s: every kustomization loads files from its own folder only (no --load-restrictor needed)", problems)


def guarded(report, name, action):
    """Runs a group of checks; an unexpected error in it fails that group instead of ending the run."""
    try:
        return action()
    except Exception as error:  # noqa: BLE001 - any error is a failed check here
        report.check(f"{name} ran to the end", [f"{type(error).__name__}: {error}"])
        return None


def main():
    root, compose_path, dev_path, prod_path = sys.argv[1:5]
    models = sys.argv[5] if len(sys.argv) > 5 else "-"
    report = Report()
    schemas = None
    if models != "-":
        schemas = guarded(report, "loading the Kubernetes API schemas",
                          lambda: k8s_schemas.Schemas(models, os.path.join(root, "deploy/schemas")))
    problems = []
    for path in [os.path.join(root, "docker-compose.yml")] + sorted(
            glob.glob(os.path.join(root, "k8s/**/*.yaml"), recursive=True) + glob.glob(os.path.join(root, "k8s/**/*.yml"), recursive=True)):
        try:
            load_all(path)
        except (OSError, yaml.YAMLError) as error:
            problems.append(f"{os.path.relpath(path, root)}: {error}")
    report.check("YAML: docker-compose.yml and every file under k8s/ parse", problems)
    app_names = apps(root)
    report.check("the reactor's apps are the five expected ones",
                 [] if app_names == sorted(["gateway", "supplier-service", "tender-service", "consortium-service", "search-service"])
                 else [f"found {app_names}"])
    with open(os.path.join(root, REALM), encoding="utf-8") as stream:
        realm_text = stream.read()
    guarded(report, "Dockerfile checks", lambda: check_dockerfile(report, root, app_names))
    if compose_path == "-":
        # Compose rejected the file (reported above): its checks are skipped, and the overlays are
        # compared with the image references of the raw file (literal there).
        report.note("compose: not resolved by Compose (see above); its checks are skipped")
        compose_services = guarded(report, "compose: the raw file parses", lambda: yaml.safe_load(
            open(os.path.join(root, "docker-compose.yml"), encoding="utf-8")).get("services") or {}) or {}
    else:
        with open(compose_path, encoding="utf-8") as stream:
            compose = yaml.safe_load(stream)
        compose_services = guarded(report, "compose checks", lambda: check_compose(report, root, compose, app_names)) or {}
    secret_templates = templates(root)
    guarded(report, "secret template checks", lambda: check_secret_templates(report, root))
    guarded(report, "kustomization file checks", lambda: check_kustomize_files(report, root))
    for name, path in (("dev", dev_path), ("prod", prod_path)):
        if path == "-":
            report.note(f"k8s {name}: not rendered (kustomize failed or is missing, see above); its checks are skipped")
            continue
        rendered = guarded(report, f"k8s {name}: the rendered manifests parse", lambda: Rendered(name, load_all(path)))
        if rendered is None:
            continue
        guarded(report, f"k8s {name} schema checks", lambda: check_schemas(report, rendered, schemas))
        guarded(report, f"k8s {name} checks", lambda: check_overlay(
            report, root, rendered, app_names, compose_services, secret_templates, realm_text))
    print(f"deploy-manifests: {report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
