#!/usr/bin/env bash
# The engine's `due` benchmark compiled to wasm and run in headless
# Chromium, next to the same cases natively. Prints ns per `due` for each
# and the ratio. Usage: scripts/bench-wasm.sh [iterations per case]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/env.sh
ITERATIONS=${1:-1000000}
OUT=target/bench-wasm
# The bench profile (opt-level 3) writes to target/*/release.
cargo build --quiet --profile bench --target wasm32-unknown-unknown -p slacalc-bench --lib
wasm-bindgen --target web --no-typescript --out-dir "$OUT" target/wasm32-unknown-unknown/release/slacalc_bench.wasm
cargo build --quiet --profile bench -p slacalc-bench --example native
node e2e/bench-wasm.mjs "$OUT" "$ITERATIONS" > "$OUT/wasm.tsv"
target/release/examples/native "$ITERATIONS" > "$OUT/native.tsv"
printf '%-22s %12s %12s %8s\n' case "native ns" "wasm ns" ratio
join -t $'\t' "$OUT/native.tsv" "$OUT/wasm.tsv" | awk -F '\t' '{ printf "%-22s %12.1f %12.1f %8.2f\n", $1, $2, $3, $3 / $2 }'
