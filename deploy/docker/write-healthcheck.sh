#!/bin/sh
# Writes the container health check of one ESS Market app. The Dockerfile runs it at image build
# time; deploy/check.sh runs it on every app's application.yml to prove it finds the right port.
#
#   write-healthcheck.sh APPLICATION_YML OUTPUT
#
# The probe port is the app's own default, read from its application.yml, and stays overridable
# at run time by the variable the app itself reads: MANAGEMENT_PORT for an app that serves its
# probes on a management port (the gateway), SERVER_PORT for the others. The check is a real
# HTTP request to /actuator/health/{readiness|liveness} with curl (see the Dockerfile for why curl).
set -eu

yml=$1
out=$2

port_default() {
  # ${NAME:1234} in the YAML -> 1234 (the first one; empty when absent)
  sed -n "s/.*[\$]{$1:\([0-9][0-9]*\)}.*/\1/p" "$yml" | head -n 1
}

management=$(port_default MANAGEMENT_PORT)
server=$(port_default SERVER_PORT)
if [ -n "$management" ]; then
  variable=MANAGEMENT_PORT port=$management
elif [ -n "$server" ]; then
  variable=SERVER_PORT port=$server
else
  echo "write-healthcheck.sh: $yml has neither \${MANAGEMENT_PORT:<port>} nor \${SERVER_PORT:<port>}" >&2
  exit 1
fi

cat > "$out" <<EOF
#!/bin/sh
# Container health check, generated at image build time from application.yml.
# Usage: healthcheck [readiness|liveness]   (default: readiness)
exec curl --fail --silent --show-error --output /dev/null --max-time 4 \\
  "http://127.0.0.1:\${$variable:-$port}/actuator/health/\${1:-readiness}"
EOF
chmod 0755 "$out"
