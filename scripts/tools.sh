#!/usr/bin/env bash
# Installs what the Makefile targets need, skipping whatever is already present, so a warm
# machine spends seconds here and a fresh Debian machine with Rust still gets everything.
#   scripts/tools.sh build    wasm32 target, trunk 0.21, matching wasm-bindgen-cli, npm tools
#   scripts/tools.sh browser  Debian's chromium and chromium-driver (for tests)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

trunk_tool() {
  if trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then return; fi
  say "installing trunk 0.21 (about 12 minutes on a fresh machine)"
  # No LTO and more codegen units: trunk is a build tool, compile time matters more than speed.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version '^0.21' --locked
}

wasm_bindgen_tool() {
  # Must equal the wasm-bindgen crate in Cargo.lock, or trunk and the test runner refuse it.
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$want" ]; then return; fi
  say "installing wasm-bindgen-cli $want (about 9 minutes on a fresh machine)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$want"
}

npm_tools() {
  # wasm-opt 132 from npm's binaryen (Debian's 108 breaks Leptos 0.8 bundles), Playwright, axe.
  if [ -x node_modules/.bin/wasm-opt ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then return; fi
  say "installing npm tools (binaryen, playwright, axe-core)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
}

browser() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  say "installing Debian's chromium and chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
}

case "${1:-}" in
  build) wasm_target; trunk_tool; wasm_bindgen_tool; npm_tools ;;
  browser) browser ;;
  *) echo "usage: $0 build|browser" >&2; exit 2 ;;
esac
