# Sourced by ./marketplace and .ci/run: sets JAVA_HOME to a JDK 21 or newer, or explains what is missing.
# Looks at JAVA_HOME, the java on the PATH, then the usual install folders.

jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print v[1] }'
}

find_jdk() {
  on_path="" candidate="" major=""
  if command -v java >/dev/null 2>&1; then
    on_path=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  for candidate in "${JAVA_HOME:-}" "$on_path" /usr/lib/jvm/* /opt/java/* /opt/jdk* \
      "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(find_jdk); then
  echo "ESS Market needs a JDK 21 or newer, and none was found (looked at JAVA_HOME, the java on the PATH," >&2
  echo "/usr/lib/jvm, /opt/java). Install one (e.g. apt-get install openjdk-21-jdk-headless, or Temurin 21)" >&2
  echo "and/or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
