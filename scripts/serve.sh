#!/usr/bin/env bash
# Serves the app with hot reload on http://127.0.0.1:${PORT:-8080}/.
# Installs what it lacks first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/env.sh
bash scripts/setup.sh
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
