"""Proof that the deployment checks fail when a rule is broken.

deploy/check.sh runs this after it rendered the real files, with their paths in the environment:

    DEPLOY_ROOT  DEPLOY_COMPOSE  DEPLOY_DEV  DEPLOY_PROD  DEPLOY_K8S_MODELS

Each test takes the good rendered output (docker-compose config, kustomize build of dev and prod),
breaks one rule in a copy, feeds it to the same check functions deploy/check_deploy.py runs, and
asserts that the check of that rule fails, naming the fault. The good output passes first
(test_the_real_files_pass), so a failure below is the fault's doing.
"""

import copy
import io
import json
import os
import sys
import unittest

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_deploy as cd  # noqa: E402
import k8s_schemas  # noqa: E402

ENV = ("DEPLOY_ROOT", "DEPLOY_COMPOSE", "DEPLOY_DEV", "DEPLOY_PROD", "DEPLOY_K8S_MODELS")

APPS = "app Deployments have probes, resources, non-root read-only pods"
IMAGES = "every image and operator-managed version is pinned"
POLICIES = "network policies"
SCHEMA = "validates against the Kubernetes 1.33 API schema"
STORES = "stores only its app reaches"


@unittest.skipUnless(all(os.environ.get(v, "-") != "-" for v in ENV), "run by deploy/check.sh (needs the rendered files)")
class BrokenManifests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = os.environ["DEPLOY_ROOT"]
        with open(os.environ["DEPLOY_COMPOSE"], encoding="utf-8") as stream:
            cls.compose = yaml.safe_load(stream)
        cls.overlays = {name: cd.load_all(os.environ[f"DEPLOY_{name.upper()}"]) for name in ("dev", "prod")}
        cls.schemas = k8s_schemas.Schemas(os.environ["DEPLOY_K8S_MODELS"], os.path.join(cls.root, "deploy/schemas"))
        cls.app_names = cd.apps(cls.root)
        with open(os.path.join(cls.root, cd.REALM), encoding="utf-8") as stream:
            cls.realm_text = stream.read()
        cls.templates = cd.templates(cls.root)

    # -- running the checks ------------------------------------------------------------------

    def run_compose(self, compose):
        report = cd.Report(out=io.StringIO())
        cd.check_compose(report, self.root, compose, self.app_names)
        return report

    def run_overlay(self, name, docs):
        report = cd.Report(out=io.StringIO())
        rendered = cd.Rendered(name, docs)
        cd.check_schemas(report, rendered, self.schemas)
        cd.check_overlay(report, self.root, rendered, self.app_names, self.compose["services"], self.templates, self.realm_text)
        return report

    def assert_fails(self, report, check, fault):
        """The check whose name contains `check` failed, with a problem containing `fault`."""
        failed = {name: problems for name, problems in report.failures.items() if check in name}
        self.assertTrue(failed, f"no failed check named like {check!r}; failures: {report.failures}")
        problems = [p for found in failed.values() for p in found]
        self.assertTrue(any(fault in p for p in problems), f"{check!r} failed without naming {fault!r}: {problems}")

    def overlay(self, name="dev"):
        return copy.deepcopy(self.overlays[name])

    @staticmethod
    def find(docs, kind, name):
        return next(d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name)

    def app_container(self, docs, app="gateway"):
        return self.find(docs, "Deployment", app)["spec"]["template"]["spec"]["containers"][0]

    # -- the good files ----------------------------------------------------------------------

    def test_the_real_files_pass(self):
        self.assertEqual({}, self.run_compose(copy.deepcopy(self.compose)).failures)
        for name in ("dev", "prod"):
            self.assertEqual({}, self.run_overlay(name, self.overlay(name)).failures, name)

    # -- Deployments -------------------------------------------------------------------------

    def test_a_missing_readiness_probe_fails(self):
        for name in ("dev", "prod"):
            docs = self.overlay(name)
            del self.app_container(docs, "tender-service")["readinessProbe"]
            self.assert_fails(self.run_overlay(name, docs), APPS, "tender-service: readinessProbe")

    def test_a_missing_memory_limit_fails(self):
        docs = self.overlay()
        del self.app_container(docs, "search-service")["resources"]["limits"]
        self.assert_fails(self.run_overlay("dev", docs), APPS, "search-service: no resources.limits.memory")

    def test_running_as_root_fails(self):
        docs = self.overlay()
        self.find(docs, "Deployment", "gateway")["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] = False
        self.app_container(docs)["securityContext"]["runAsNonRoot"] = False
        self.assert_fails(self.run_overlay("dev", docs), APPS, "gateway: runAsNonRoot is not set")

    def test_a_writable_root_file_system_fails(self):
        docs = self.overlay("prod")
        self.app_container(docs, "consortium-service")["securityContext"]["readOnlyRootFilesystem"] = False
        self.assert_fails(self.run_overlay("prod", docs), APPS, "consortium-service: root filesystem is not read-only")

    def test_a_latest_or_untagged_image_fails(self):
        docs = self.overlay()
        self.app_container(docs)["image"] = "ess-market/gateway:latest"
        self.find(docs, "StatefulSet", "mongodb")["spec"]["template"]["spec"]["containers"][0]["image"] = "mongo"
        report = self.run_overlay("dev", docs)
        self.assert_fails(report, IMAGES, "'ess-market/gateway:latest' is not pinned")
        self.assert_fails(report, IMAGES, "'mongo' has no tag")

    # -- NetworkPolicies ---------------------------------------------------------------------

    def test_a_deleted_network_policy_fails(self):
        for name, fault in (("services-from-gateway-and-services", "gateway may not reach Deployment/supplier-service"),
                            ("gateway-from-ingress-controller", "no NetworkPolicy admits the ingress controller to the gateway"),
                            ("default-deny-ingress", "no default deny")):
            docs = [d for d in self.overlay() if not (d["kind"] == "NetworkPolicy" and d["metadata"]["name"] == name)]
            self.assert_fails(self.run_overlay("dev", docs), POLICIES, fault)

    def test_a_store_open_to_the_gateway_fails(self):
        docs = self.overlay("prod")
        policy = self.find(docs, "NetworkPolicy", "mongodb-from-services-and-members")
        policy["spec"]["ingress"][0]["from"].append({"podSelector": {"matchLabels": {"app.kubernetes.io/name": "gateway"}}})
        self.assert_fails(self.run_overlay("prod", docs), POLICIES, "Deployment/gateway may reach the store MongoDBCommunity/mongodb")

    def test_redis_open_to_another_app_or_closed_to_the_gateway_fails(self):
        docs = self.overlay("prod")
        self.find(docs, "NetworkPolicy", "redis-from-gateway")["spec"]["ingress"][0]["from"].append(
            {"podSelector": {"matchLabels": {"app.kubernetes.io/component": "service"}}})
        self.assert_fails(self.run_overlay("prod", docs), POLICIES, "Deployment/tender-service may reach the store Deployment/redis")
        docs = [d for d in self.overlay("prod") if d["metadata"]["name"] != "redis-from-gateway"]
        self.assert_fails(self.run_overlay("prod", docs), POLICIES, "Deployment/gateway may not reach its store Deployment/redis")

    # -- Redis for the gateways' rate limits (prod) ------------------------------------------

    def test_prod_gateways_without_shared_rate_limits_fail(self):
        docs = self.overlay("prod")
        container = self.app_container(docs)
        container["env"] = [e for e in container["env"] if e["name"] != "RATE_LIMIT_REDIS_URL"]
        self.assert_fails(self.run_overlay("prod", docs), "share their rate limits", "no RATE_LIMIT_REDIS_URL")
        docs = self.overlay("prod")
        next(e for e in self.app_container(docs)["env"] if e["name"] == "RATE_LIMIT_REDIS_URL")["value"] = "redis://cache:6379"
        self.assert_fails(self.run_overlay("prod", docs), "share their rate limits", "names no Redis Service port")

    def test_a_writable_or_unprobed_redis_fails(self):
        docs = self.overlay("prod")
        redis = self.find(docs, "Deployment", "redis")["spec"]["template"]["spec"]["containers"][0]
        redis["securityContext"]["readOnlyRootFilesystem"] = False
        del redis["readinessProbe"]
        del redis["resources"]["limits"]
        report = self.run_overlay("prod", docs)
        for fault in ("root filesystem is not read-only", "no readinessProbe", "no memory limit"):
            self.assert_fails(report, "other Deployments hardened like the apps", f"Deployment/redis/redis: {fault}")

    # -- schema ------------------------------------------------------------------------------

    def test_an_unknown_field_fails_the_schema(self):
        docs = self.overlay()
        self.app_container(docs)["readinesProbe"] = self.app_container(docs).pop("readinessProbe")
        self.assert_fails(self.run_overlay("dev", docs), SCHEMA, "'readinesProbe' was unexpected")

    def test_a_wrong_type_fails_the_schema(self):
        docs = self.overlay("prod")
        self.find(docs, "Service", "gateway")["spec"]["ports"][0]["port"] = "http"
        self.app_container(docs, "supplier-service")["env"][0]["value"] = 8081
        report = self.run_overlay("prod", docs)
        self.assert_fails(report, SCHEMA, "Service/gateway: $.spec.ports[0].port: 'http' is not of type 'integer'")
        self.assert_fails(report, SCHEMA, "Deployment/supplier-service: $.spec.template.spec.containers[0].env[0].value: 8081 is not of type 'string'")

    def test_a_missing_required_field_fails_the_schema(self):
        docs = self.overlay()
        del self.find(docs, "Deployment", "gateway")["spec"]["selector"]
        self.assert_fails(self.run_overlay("dev", docs), SCHEMA, "'selector' is a required property")

    def test_a_custom_resource_is_checked_against_its_crd(self):
        docs = self.overlay("prod")
        self.find(docs, "MongoDBCommunity", "mongodb")["spec"]["memebers"] = 3
        self.assert_fails(self.run_overlay("prod", docs), SCHEMA, "MongoDBCommunity/mongodb: $.spec: Additional properties are not allowed ('memebers'")

    def test_an_unknown_kind_fails_the_schema(self):
        docs = self.overlay()
        docs.append({"apiVersion": "example.org/v1", "kind": "Widget", "metadata": {"name": "w", "namespace": "ess-market-dev"}})
        self.assert_fails(self.run_overlay("dev", docs), SCHEMA, "no schema for example.org/v1 Widget")

    def test_a_quantity_may_be_a_number_but_not_a_list(self):
        docs = self.overlay()
        self.app_container(docs)["resources"]["requests"]["cpu"] = 1
        self.assertEqual({}, self.run_overlay("dev", docs).failures)
        self.app_container(docs)["resources"]["requests"]["cpu"] = ["1"]
        self.assert_fails(self.run_overlay("dev", docs), SCHEMA, "requests.cpu")

    # -- realm file --------------------------------------------------------------------------

    def test_a_copied_realm_file_fails(self):
        compose = copy.deepcopy(self.compose)
        volumes = compose["services"]["keycloak"]["volumes"]
        for i, volume in enumerate(volumes):
            if isinstance(volume, dict) and "marketplace-realm.json" in volume.get("source", ""):
                volume["source"] = os.path.join(self.root, "deploy/marketplace-realm.json")
            elif isinstance(volume, str) and "marketplace-realm.json" in volume:
                volumes[i] = os.path.join(self.root, "deploy/marketplace-realm.json") + ":" + volume.split(":", 1)[1]
        self.assert_fails(self.run_compose(compose), "compose: Keycloak imports the realm file", "is not mounted")
        docs = self.overlay()
        self.find(docs, "ConfigMap", "keycloak-realm")["data"]["marketplace-realm.json"] = self.realm_text.replace(
            '"bruteForceProtected": true', '"bruteForceProtected": false')
        self.assert_fails(self.run_overlay("dev", docs), "Keycloak imports the realm file", "byte for byte")

    def test_a_realm_placeholder_keycloak_is_not_given_fails(self):
        compose = copy.deepcopy(self.compose)
        del compose["services"]["keycloak"]["environment"]["GATEWAY_CLIENT_SECRET"]
        self.assert_fails(self.run_compose(compose), "compose: Keycloak imports the realm file", "GATEWAY_CLIENT_SECRET is not set")
        for name in ("dev", "prod"):
            docs = self.overlay(name)
            keycloak = next(d for d in docs if d["kind"] in ("StatefulSet", "Keycloak") and d["metadata"]["name"] == "keycloak")
            spec = keycloak["spec"]["template"]["spec"] if name == "dev" else keycloak["spec"]["unsupported"]["podTemplate"]["spec"]
            container = spec["containers"][0]
            container["env"] = [e for e in container["env"] if e["name"] != "SEARCH_SERVICE_CLIENT_SECRET"]
            self.assert_fails(self.run_overlay(name, docs), "placeholders set", "SEARCH_SERVICE_CLIENT_SECRET is not set")

    def test_a_web_origin_other_than_the_gateway_host_fails(self):
        docs = self.overlay("prod")
        container = self.find(docs, "Keycloak", "keycloak")["spec"]["unsupported"]["podTemplate"]["spec"]["containers"][0]
        next(e for e in container["env"] if e["name"] == "ESS_MARKET_WEB_ORIGIN")["value"] = "https://elsewhere.example"
        self.assert_fails(self.run_overlay("prod", docs), "placeholders set", "is not the gateway's Ingress host")

    def prod_realm_fails(self, realm, fault):
        docs = self.overlay("prod")
        self.find(docs, "ConfigMap", "keycloak-realm")["data"]["marketplace-realm.json"] = json.dumps(realm)
        self.assert_fails(self.run_overlay("prod", docs), "k8s prod: the realm holds no user", fault)

    def test_a_prod_realm_with_a_user_fails(self):
        realm = json.loads(self.realm_text)
        realm["users"].append({"username": "admin", "enabled": True,
                               "credentials": [{"type": "password", "value": "changed-later"}]})
        self.prod_realm_fails(realm, "holds the user 'admin'")

    def test_a_prod_realm_with_a_dev_secret_fails(self):
        realm = json.loads(self.realm_text)
        next(c for c in realm["clients"] if c["clientId"] == "supplier-service")["secret"] = "supplier-service-dev-secret"
        self.prod_realm_fails(realm, "holds a -dev-secret")

    def test_a_prod_realm_with_a_password_grant_client_fails(self):
        realm = json.loads(self.realm_text)
        next(c for c in realm["clients"] if c["clientId"] == "marketplace-gateway")["directAccessGrantsEnabled"] = True
        self.prod_realm_fails(realm, "client 'marketplace-gateway' allows the password grant")

    def test_the_local_part_in_a_prod_config_map_fails(self):
        docs = self.overlay("prod")
        with open(os.path.join(self.root, "devstack/src/main/resources/keycloak/marketplace-local.json"), encoding="utf-8") as stream:
            self.find(docs, "ConfigMap", "keycloak-realm")["data"]["marketplace-local.json"] = stream.read()
        report = self.run_overlay("prod", docs)
        for fault in ("holds the user 'fournisseur1'", "holds a -dev-secret", "client 'marketplace-test' allows the password grant"):
            self.assert_fails(report, "k8s prod: the realm holds no user", fault)

    # -- compose -----------------------------------------------------------------------------

    def test_a_compose_service_without_health_check_fails(self):
        compose = copy.deepcopy(self.compose)
        del compose["services"]["elasticsearch"]["healthcheck"]
        self.assert_fails(self.run_compose(compose), "compose: every service has a health check", "elasticsearch: no healthcheck")

    def test_an_unpinned_compose_image_fails(self):
        compose = copy.deepcopy(self.compose)
        compose["services"]["mongodb"]["image"] = "mongo:latest"
        compose["services"]["keycloak"]["image"] = "quay.io/keycloak/keycloak"
        report = self.run_compose(compose)
        self.assert_fails(report, "compose: every image is pinned", "service mongodb: image 'mongo:latest' is not pinned")
        self.assert_fails(report, "compose: every image is pinned", "service keycloak: image 'quay.io/keycloak/keycloak' has no tag")

    def test_a_dependency_without_health_condition_fails(self):
        compose = copy.deepcopy(self.compose)
        compose["services"]["gateway"]["depends_on"] = {d: {"condition": "service_started"} for d in compose["services"]["gateway"]["depends_on"]}
        self.assert_fails(self.run_compose(compose), "compose: every dependency waits for a healthy service", "gateway ->")


    def test_compose_without_the_demo_data_loader_fails(self):
        compose = copy.deepcopy(self.compose)
        del compose["services"]["demo-data"]
        self.assert_fails(self.run_compose(compose), "loads the demo data", "0 services mount deploy/docker/load-demo-data.sh")
        compose = copy.deepcopy(self.compose)
        compose["services"]["demo-data"]["restart"] = "on-failure"
        del compose["services"]["demo-data"]["depends_on"]["tender-service"]
        report = self.run_compose(compose)
        self.assert_fails(report, "loads the demo data", "a one-shot must not be restarted")
        self.assert_fails(report, "loads the demo data", "does not wait for tender-service")


class StrictSchemaConversion(unittest.TestCase):
    """The CRD conversion alone (no downloaded models needed)."""

    def test_objects_with_properties_admit_no_other_field_unless_preserved(self):
        schema = k8s_schemas.crd_schema({"type": "object", "properties": {
            "a": {"type": "object", "properties": {"b": {"type": "string"}}},
            "open": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
            "port": {"x-kubernetes-int-or-string": True}}})
        self.assertIs(schema["additionalProperties"], False)
        self.assertIs(schema["properties"]["a"]["additionalProperties"], False)
        self.assertNotIn("additionalProperties", schema["properties"]["open"])
        self.assertEqual(["integer", "string"], schema["properties"]["port"]["type"])

    def test_nulls_count_as_unset(self):
        self.assertEqual({"a": {"c": [1]}}, k8s_schemas.without_nulls({"a": {"b": None, "c": [1]}, "d": None}))


if __name__ == "__main__":
    unittest.main()
