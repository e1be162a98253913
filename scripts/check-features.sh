#!/usr/bin/env bash
# One renderer, two builds, never both: the browser build (wasm32) must enable leptos's `csr` and
# not `ssr`, the native build (the `nexus` command's render) `ssr` and not `csr` — with both on,
# tachys drops event handlers in the browser (leptos-rs/leptos#4586). Cargo.toml keeps them apart
# with target-specific dependencies; this reads the resolved feature trees to prove it.
set -euo pipefail
cd "$(dirname "$0")/.."

features() { # target-args… → the features of the leptos crates enabled in that build, one a line
  cargo tree --workspace -e features --prefix none "$@" 2>/dev/null \
    | sed -nE 's/^(leptos|leptos_router|leptos_meta|tachys) feature "([a-z_-]+)".*/\1\/\2/p' | sort -u
}

fail=0
check() { # name, features, must-have, must-not-have
  if ! grep -qx "$3" <<<"$2"; then echo "check-features: the $1 build lacks $3" >&2; fail=1; fi
  if grep -qx "$4" <<<"$2"; then echo "check-features: the $1 build enables $4" >&2; fail=1; fi
}
wasm=$(features --target wasm32-unknown-unknown)
native=$(features)
check "browser (wasm32)" "$wasm" leptos/csr leptos/ssr
check "browser (wasm32)" "$wasm" leptos/csr tachys/ssr
check "native" "$native" leptos/ssr leptos/csr
check "native" "$native" leptos_router/ssr leptos_router/csr
[ "$fail" = 0 ] && echo "check-features: wasm32 has leptos/csr only, native has leptos/ssr only"
exit "$fail"
