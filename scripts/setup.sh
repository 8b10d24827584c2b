#!/usr/bin/env bash
# Installs everything slacalc needs to build, serve and test, at pinned
# versions. Idempotent: each step checks what is there and does nothing when
# it already matches, so a warm run takes a few seconds. Sourced or run by
# scripts/serve.sh and scripts/test.sh; safe to run by hand.
#
# Cold, on a fresh machine, this takes about 25 minutes: trunk,
# wasm-bindgen-cli and wasm-split-cli are compiled from crates.io (no prebuilt binaries may be
# downloaded here), and Chromium comes from Debian.
set -euo pipefail

TRUNK_VERSION=0.21.14
# wasm-split-cli: splits the release wasm by route (scripts/postbuild.mjs).
WASM_SPLIT_VERSION=0.2.4
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"

# The compiler and the wasm target come from rust-toolchain.toml.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi

installed_version() { "$1" --version 2>/dev/null | awk '{ print $2 }' || true; }

if [ "$(installed_version trunk)" != "$TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (compiles from source, about 10 minutes)"
  cargo install trunk --locked --version "=$TRUNK_VERSION"
fi

if [ "$(installed_version wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ] ||
   [ "$(installed_version wasm-bindgen-test-runner)" != "$WASM_BINDGEN_VERSION" ]; then
  # Without --locked: its lockfile does not resolve against this registry.
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (compiles from source, about 6 minutes)"
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

# It has no --version; cargo's list of installed crates says which one is there.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "installing wasm-split-cli $WASM_SPLIT_VERSION (compiles from source, about 4 minutes)"
  cargo install wasm_split_cli_support --locked --version "=$WASM_SPLIT_VERSION" --features build-binary
fi

# Browser tests and end-to-end tests drive Debian's Chromium.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "installing Debian's chromium and chromium-driver"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# wasm-opt (npm binaryen) and playwright-core, exactly as package-lock.json
# says; the stamp records which lockfile node_modules was installed from.
LOCK_SUM=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.slacalc-lock 2>/dev/null)" != "$LOCK_SUM" ]; then
  log "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$LOCK_SUM" > node_modules/.slacalc-lock
fi

# Trunk runs offline, so every crate must already be in the cargo cache.
cargo fetch --quiet

log "ready: $(rustc --version), trunk $(installed_version trunk), wasm-bindgen $WASM_BINDGEN_VERSION, wasm-split-cli $WASM_SPLIT_VERSION, $(node_modules/.bin/wasm-opt --version), $(chromium --version 2>/dev/null)"
