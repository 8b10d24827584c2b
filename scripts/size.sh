#!/usr/bin/env bash
# Builds the release app and prints what a browser downloads: the wasm and
# the JS glue (app-<id>/: the main wasm and every route's split and chunk),
# raw and gzip (-9), plus their sum (e2e/size.test.mjs says what each route
# fetches). Figures go into
# docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/env.sh
[ "${SKIP_BUILD:-0}" = 1 ] || trunk build --release >/dev/null
total_raw=0 total_gz=0
printf '%-40s %10s %10s\n' file raw gzip
for f in dist/*.wasm dist/app-*/*.wasm dist/*.js dist/app-*/*.js dist/*.css dist/index.html; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "$(basename "$f" | sed -E 's/-[0-9a-f]{8,}//')" "$raw" "$gz"
done
printf '%-40s %10d %10d\n' total "$total_raw" "$total_gz"
