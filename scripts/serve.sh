#!/usr/bin/env bash
# Serves the app on http://127.0.0.1:${PORT:-8080}/.
#   scripts/serve.sh            development: trunk serve, hot reload (debug build,
#                               no prerendered pages, no CSP)
#   scripts/serve.sh --static   the release build exactly as a static host serves
#                               it: per-route prerendered HTML, .br/.gz, the CSP
#                               header (e2e/static-server.mjs, docs/DEPLOYING.md)
# Installs what it lacks first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/env.sh
bash scripts/setup.sh
if [ "${1:-}" = "--static" ]; then
  trunk build --release
  exec node e2e/static-server.mjs dist "${PORT:-8080}"
fi
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
