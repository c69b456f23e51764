#!/bin/sh
# docker-compose.yml's one-shot "demo-data" service: loads the demo data once, as ./marketplace up
# does on an empty platform (devstack LocalPlatform.up / DemoDataImport): for supplier-service (the
# real SIAE structures and ESAT sites) and then tender-service (demo tenders from DECP and BOAMP
# data), when the service's public list is empty, a service token (client credentials, the public
# <service>-dev-secret) and POST to its /internal/seed/... endpoint, whose streamed progress is shown
# every 10 %. The imports themselves are idempotent ("already present"), so a second run after a
# partial one only adds what is missing; an existing list is left alone. Runs in the supplier-service
# image (sh and curl are there, see k8s/README.md "Images"). Then each demo supplier is made a member
# of the real imported SIAE structure it acts for (README "Demo logins"; devstack DemoUsers and
# DemoMemberships): its Keycloak id (sub) from the userinfo of its own token (the realm's
# password-grant test client of the realm's local part), POST /internal/seed/demo-members as
# supplier-service; idempotent, so every run does it. Exits non-zero on any failure.
#
# First of all, the realm's local part (devstack marketplace-local.json: the demo users and the test
# clients, which the base realm Keycloak imported at its first start does not hold) is added with
# Keycloak's partial import, as the master realm's administrator. The file skips what exists, so
# every run does it (devstack LocalRealmPart says why a partial import and not a second import file).
#
# Needs: KEYCLOAK_TOKEN_URI, KEYCLOAK_ADMIN_USERNAME, KEYCLOAK_ADMIN_PASSWORD, REALM_LOCAL_PART (the
# file), SUPPLIER_SERVICE_URL, TENDER_SERVICE_URL.
set -eu

keycloak=${KEYCLOAK_TOKEN_URI%%/realms/*}
admin_token=$(curl -fsS "$keycloak/realms/master/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
    --data-urlencode username="$KEYCLOAK_ADMIN_USERNAME" --data-urlencode password="$KEYCLOAK_ADMIN_PASSWORD" \
    | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
[ -n "$admin_token" ] || { echo "no administrator token from $keycloak (KEYCLOAK_ADMIN_USERNAME)" >&2; exit 1; }
curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $admin_token" -H "Content-Type: application/json" \
    --data-binary @"$REALM_LOCAL_PART" "$keycloak/admin/realms/marketplace/partialImport"
echo "Demo users and test clients: in the realm"

token() {
  curl -fsS "$KEYCLOAK_TOKEN_URI" -d grant_type=client_credentials -d client_id="$1" -d client_secret="$1-dev-secret" \
    | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p'
}

# member USERNAME PASSWORD SIRET
member() {
  user_token=$(curl -fsS "$KEYCLOAK_TOKEN_URI" -d grant_type=password -d client_id=marketplace-test \
      -d client_secret=marketplace-test-dev-secret -d scope=openid --data-urlencode username="$1" \
      --data-urlencode password="$2" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
  [ -n "$user_token" ] || { echo "no token for the demo user $1 from $KEYCLOAK_TOKEN_URI" >&2; return 1; }
  sub=$(curl -fsS -H "Authorization: Bearer $user_token" "${KEYCLOAK_TOKEN_URI%/token}/userinfo" \
      | sed -n 's/.*"sub" *: *"\([^"]*\)".*/\1/p')
  [ -n "$sub" ] || { echo "no Keycloak id (sub) for the demo user $1" >&2; return 1; }
  answer=$(curl -sS -X POST -H "Authorization: Bearer $(token supplier-service)" -H "Content-Type: application/json" \
      -d "{\"siret\": \"$3\", \"userId\": \"$sub\"}" -w '\n%{http_code}' "$SUPPLIER_SERVICE_URL/internal/seed/demo-members")
  [ "$(printf '%s' "$answer" | tail -n 1)" = 200 ] \
    || { echo "supplier-service did not make $1 a member of $3: $answer" >&2; return 1; }
  name=$(printf '%s' "$answer" | sed -n 's/.*"legalName" *: *"\([^"]*\)".*/\1/p')
  case "$answer" in *'"added":true'*) already="" ;; *) already=", already" ;; esac
  echo "  $1 acts for $name (SIRET $3)$already"
}

# load SERVICE BASE_URL PUBLIC_LIST IMPORT_PATH WHAT
load() {
  list=$(curl -fsS "$2$3?size=1")
  if ! printf '%s' "$list" | grep -q '"totalElements":0'; then
    echo "$5: already there, nothing to import"
    return 0
  fi
  echo "No $5 yet: importing them from real open data"
  bearer=$(token "$1")
  [ -n "$bearer" ] || { echo "no service token for $1 from $KEYCLOAK_TOKEN_URI" >&2; return 1; }
  # -N: print the streamed lines as they come; the import may stream for up to 15 minutes. sh has
  # no pipefail: a failed curl says so in the stream, and awk turns that into the exit status.
  { curl -fsS -N --max-time 1200 -X POST -H "Authorization: Bearer $bearer" "$2$4" || echo "import-failed $?"; } \
    | awk -v what="$5" '/^import-failed / { print "  the import of " what " failed (curl exit " $2 ")"; failed = 1; next }
                        /^progress [0-9]+\/[0-9]+$/ { split($2, n, "/"); tenth = int(n[1] * 10 / n[2]);
                                                      if (tenth != last) { print "  importing " what ": " $2; last = tenth }; next }
                        { print "  " $0 }
                        END { exit failed }'
}

load supplier-service "$SUPPLIER_SERVICE_URL" /api/v1/suppliers /internal/seed/structures "SIAE structures and ESAT sites"
load tender-service "$TENDER_SERVICE_URL" /api/v1/tenders /internal/seed/tenders "demo tenders"
echo "Demo suppliers: members of the SIAE structures they act for"
member fournisseur1 fournisseur1-demo 38367939600028
member fournisseur2 fournisseur2-demo 45038562000023
# The health check's mark (a one-shot has nothing else to report): the demo data is in.
touch /tmp/demo-data-loaded
echo "Demo data loaded."
