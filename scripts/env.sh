# Sourced by the other scripts: the pinned tools first on PATH, Trunk
# offline so it never downloads a tool, Chromium for the browser tests.
SLACALC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$SLACALC_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true
export CHROMEDRIVER=/usr/bin/chromedriver
