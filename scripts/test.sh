#!/usr/bin/env bash
# Runs every test slacalc has, cheapest first; any failure fails the run.
#   1. formatting and lints (host and wasm)
#   2. native tests of the engine and the CLI
#   3. browser tests (wasm-bindgen-test in headless Chromium)
#   4. end-to-end tests of the release build (playwright-core, node --test)
# Installs what it lacks first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/env.sh
bash scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
WASM=(--target wasm32-unknown-unknown)

step "format"
cargo fmt --all --check

step "lint (host: engine, state, CLI, benchmarks)"
cargo clippy -p slacalc-i18n -p slacalc-engine -p slacalc-state -p slacalc-cli -p slacalc-bench --all-targets -- -D warnings
# Every public item of the engine and the state layer is documented
# (deny(missing_docs)), and the docs' links resolve.
RUSTDOCFLAGS="-D warnings" cargo doc -p slacalc-i18n -p slacalc-engine -p slacalc-state --no-deps --quiet

step "lint (wasm: app, engine, state, benchmarks)"
cargo clippy -p slacalc-app --all-targets "${WASM[@]}" -- -D warnings
# The engine's test-only dependencies (proptest) are native-only.
cargo clippy -p slacalc-engine -p slacalc-state -p slacalc-bench --lib "${WASM[@]}" -- -D warnings

step "native tests (engine, state and CLI)"
cargo test-engine

step "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test -p slacalc-app "${WASM[@]}"

step "release build"
trunk build --release

step "end-to-end tests (playwright-core in headless Chromium)"
node --test --test-reporter=spec e2e/
