"""Strict schema validation of rendered Kubernetes manifests, offline (what kubeconform -strict does).

Core API (Kubernetes 1.33, the version of the kubectl that deploy/check.sh uses): the models of the
npm package @kubernetes/client-node 1.3.0, which are generated from the Kubernetes 1.33.0 OpenAPI
spec ("OpenAPI spec version: v1.33.0" in every model file; its README's compatibility table maps
1.2.x-1.3.x to 1.33). check.sh fetches the package with npm, checks its SHA-256 and passes the folder
dist/gen/models. Each model file holds the fields (JSON name, type, format) as a JSON array
(attributeTypeMap) and its .d.ts marks the optional ones with "?": this module turns them into one
JSON Schema (draft 2020-12) with additionalProperties false everywhere, so an unknown or misspelt
field fails, as it does on an API server with kubectl's default --validate=strict.

What the generated models lose, and how it is put back:
  - resource.Quantity becomes "string"; the API also takes a number there (cpu: 2). QUANTITY lists
    the Quantity fields (from the OpenAPI definitions); an unlisted Quantity field given a bare
    number would fail here, a false alarm in the safe direction: quote it.
  - null: the API treats a null field as unset, so nulls are dropped before validation.
Not checked (as with kubeconform): formats, enums and the API server's own validation (names,
ranges, immutability, cross-field rules).

Custom resources: deploy/schemas/*.yaml, each the openAPIV3Schema of one CRD version copied from the
operator's repository (source and version in the file). Kinds named in UNVALIDATED have no schema
here; the check prints a note for them instead of pretending. Any other kind without a schema fails.
"""

import glob
import json
import os
import re

import jsonschema
import yaml

# (model, JSON field) of type resource.Quantity in the 1.33 OpenAPI spec, the ones a manifest sets.
QUANTITY = {
    ("V1ResourceRequirements", "limits"), ("V1ResourceRequirements", "requests"),
    ("V1VolumeResourceRequirements", "limits"), ("V1VolumeResourceRequirements", "requests"),
    ("V1EmptyDirVolumeSource", "sizeLimit"), ("V1PodSpec", "overhead"),
    ("V2MetricTarget", "value"), ("V2MetricTarget", "averageValue"),
    ("V1LimitRangeItem", "default"), ("V1LimitRangeItem", "defaultRequest"), ("V1LimitRangeItem", "max"),
    ("V1LimitRangeItem", "min"), ("V1LimitRangeItem", "maxLimitRequestRatio"),
    ("V1ResourceQuotaSpec", "hard"), ("V1PersistentVolumeSpec", "capacity"),
}
QUANTITY_SCHEMA = {"type": ["string", "number"]}

# Custom resources the overlays use whose CRD schema could not be obtained from a registry or copied
# at a sensible size; the check names them in a note. Keep in sync with k8s/README.md.
UNVALIDATED = {
    ("elasticsearch.k8s.elastic.co/v1", "Elasticsearch"):
        "ECK 3.2.0's CRD is 1.5 MB (elastic/cloud-on-k8s config/crds), on no registry this check reaches",
    ("k8s.keycloak.org/v2alpha1", "Keycloak"):
        "the Keycloak Operator 26.7.3 CRD (keycloak-k8s-resources) is not on a registry this check reaches "
        "(org.keycloak:keycloak-operator is not on Maven Central)",
}


def _model_fields(models_dir):
    """model name -> (list of (json name, ts type, format), set of required json names)."""
    models = {}
    for path in glob.glob(os.path.join(models_dir, "*.js")):
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
        match = re.search(r"\.attributeTypeMap = (\[.*?\]);", text, re.S)
        if not match:
            continue  # ObjectSerializer, index, enums
        name = os.path.basename(path)[:-3]
        attributes = json.loads(match.group(1))
        required = set()
        declaration = path[:-3] + ".d.ts"
        if os.path.exists(declaration):
            with open(declaration, encoding="utf-8") as stream:
                mandatory = set(re.findall(r"^\s+'([^']+)':", stream.read(), re.M))
            required = {a["baseName"] for a in attributes if a["name"] in mandatory}
        models[name] = ([(a["baseName"], a["type"], a["format"]) for a in attributes], required)
    return models


def _type_schema(ts_type, fmt, models):
    ts_type = ts_type.strip()
    if ts_type in ("string", "Date", "V1MicroTime"):  # MicroTime: a timestamp string with no model file
        return {"type": "string"}
    if ts_type == "number":
        return {"type": "number"} if fmt in ("double", "float") else {"type": "integer"}
    if ts_type == "boolean":
        return {"type": "boolean"}
    if ts_type == "any":
        return {}
    if ts_type == "IntOrString":
        return {"type": ["integer", "string"]}
    match = re.fullmatch(r"Array<(.+)>", ts_type)
    if match:
        return {"type": "array", "items": _type_schema(match.group(1), fmt, models)}
    match = re.fullmatch(r"\{ \[key: string\]: (.+); \}", ts_type)
    if match:
        return {"type": "object", "additionalProperties": _type_schema(match.group(1), fmt, models)}
    if ts_type in models:
        return {"$ref": f"#/$defs/{ts_type}"}
    raise ValueError(f"unknown type {ts_type!r} in the client-node models")


def core_definitions(models_dir):
    """JSON Schema $defs for every model of the Kubernetes API (strict: additionalProperties false)."""
    models = _model_fields(models_dir)
    if not models:
        raise ValueError(f"no client-node models in {models_dir}")
    definitions = {}
    for name, (fields, required) in models.items():
        properties = {}
        for field, ts_type, fmt in fields:
            schema = _type_schema(ts_type, fmt, models)
            if (name, field) in QUANTITY:
                schema = ({"type": "object", "additionalProperties": QUANTITY_SCHEMA}
                          if schema.get("type") == "object" else QUANTITY_SCHEMA)
            properties[field] = schema
        definitions[name] = {"type": "object", "properties": properties, "additionalProperties": False}
        if required:
            definitions[name]["required"] = sorted(required)
    return definitions


def core_model(definitions, api_version, kind):
    """The client-node model of a built-in kind: <Group><Version><Kind> where the generator had to
    tell groups apart (EventsV1Event), else <Version><Kind> (V1Deployment, V2HorizontalPodAutoscaler)."""
    group, _, version = api_version.rpartition("/")
    version = version[:1].upper() + version[1:]
    prefix = (group.split(".")[0] or "core").capitalize()
    for candidate in (f"{prefix}{version}{kind}", f"{version}{kind}"):
        if "kind" in definitions.get(candidate, {}).get("properties", {}):
            return candidate
    return None


def crd_schema(schema):
    """A CRD's openAPIV3Schema as strict JSON Schema: objects with properties admit no other field
    unless x-kubernetes-preserve-unknown-fields says so (what the API server's pruning and strict
    field validation do); int-or-string and nullable become JSON Schema types."""
    if isinstance(schema, list):
        return [crd_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: crd_schema(v) for k, v in schema.items() if not k.startswith("x-kubernetes-") and k not in ("nullable", "description")}
    if schema.get("x-kubernetes-int-or-string"):
        out["type"] = ["integer", "string"]
    if schema.get("nullable") and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    if (schema.get("type") == "object" and "properties" in schema and "additionalProperties" not in schema
            and not schema.get("x-kubernetes-preserve-unknown-fields")):
        out["additionalProperties"] = False
    return out


def without_nulls(value):
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


class Schemas:
    """Validators by (apiVersion, kind): built-in kinds from the client-node models, custom
    resources from deploy/schemas/*.yaml."""

    def __init__(self, models_dir, crd_dir):
        self.definitions = core_definitions(models_dir)
        self.crds = {}  # (apiVersion, kind) -> (schema, source)
        for path in sorted(glob.glob(os.path.join(crd_dir, "*.yaml"))):
            with open(path, encoding="utf-8") as stream:
                doc = yaml.safe_load(stream)
            schema = crd_schema(doc["openAPIV3Schema"])
            # metadata is "type: object" in a CRD; the API server checks it as ObjectMeta.
            schema.setdefault("properties", {})["metadata"] = {"$ref": "#/$defs/V1ObjectMeta"}
            self.crds[(doc["apiVersion"], doc["kind"])] = (schema, os.path.basename(path))
        self._validators = {}

    def validator(self, api_version, kind):
        key = (api_version, kind)
        if key not in self._validators:
            model = core_model(self.definitions, api_version, kind)
            if key in self.crds:
                root = dict(self.crds[key][0])
            elif model:
                root = {"$ref": f"#/$defs/{model}"}
            else:
                root = None
            if root is not None:
                root["$defs"] = self.definitions
                root = jsonschema.Draft202012Validator(root)
            self._validators[key] = root
        return self._validators[key]

    def problems(self, doc, limit=8):
        """Why the API server would reject this document's shape ([] when it validates); None when
        the kind is one of UNVALIDATED."""
        api_version, kind = doc.get("apiVersion"), doc.get("kind")
        where = f"{kind}/{(doc.get('metadata') or {}).get('name')}"
        if (api_version, kind) in UNVALIDATED:
            return None
        validator = self.validator(api_version, kind)
        if validator is None:
            return [f"{where}: no schema for {api_version} {kind} (neither Kubernetes 1.33 nor deploy/schemas/)"]
        errors = sorted(validator.iter_errors(without_nulls(doc)), key=lambda e: list(map(str, e.absolute_path)))
        found = [f"{where}: {error.json_path}: {error.message}" for error in errors[:limit]]
        if len(errors) > limit:
            found.append(f"{where}: and {len(errors) - limit} more")
        return found
