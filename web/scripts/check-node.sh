#!/bin/sh
# Runs before npm so that a machine without Node, or with one too old, gets a message saying
# what to install instead of a cryptic npm/vite failure. Plain sh: Node may be missing.
need=20
if ! command -v node >/dev/null 2>&1; then
  echo "ERROR: Node.js $need or newer is needed to build web/ (none found on the PATH)." >&2
  echo "Install it, e.g. 'apt-get install nodejs npm' (Debian/Ubuntu) or from https://nodejs.org/." >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)
if [ -z "$major" ] || [ "$major" -lt "$need" ]; then
  echo "ERROR: Node.js $need or newer is needed to build web/ (found $(node -v 2>/dev/null))." >&2
  echo "Install a newer one, e.g. 'apt-get install nodejs npm' from a recent Debian, or from https://nodejs.org/." >&2
  exit 1
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "ERROR: npm is needed to build web/ (Node.js $(node -v) found, npm not)." >&2
  echo "Install it, e.g. 'apt-get install npm'." >&2
  exit 1
fi
