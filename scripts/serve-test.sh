#!/usr/bin/env bash
# The development server as a newcomer uses it (`make serve`): copies the project to
# .tmp/serve-test (so the test can edit public/portfolio.json without touching the real one),
# starts `trunk serve` there on a free port with the shared target dir, runs the Playwright specs
# of tests/serve/ against it, and stops trunk afterwards, also on failure or interruption.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

COPY=$PWD/.tmp/serve-test
rm -rf "$COPY" && mkdir -p "$COPY"
cp -r Cargo.toml Cargo.lock Trunk.toml index.html .cargo src benches crates public style "$COPY"/
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

# The same target dir as the other builds: only the app itself is compiled again.
( cd "$COPY" && CARGO_TARGET_DIR="$PWD/../../target" exec trunk serve --offline --port "$PORT" ) \
  >"$COPY/trunk.log" 2>&1 &
TRUNK=$!
trap 'kill $TRUNK 2>/dev/null || true; wait $TRUNK 2>/dev/null || true' EXIT

URL="http://127.0.0.1:$PORT/"
echo "[serve-test] waiting for trunk serve on $URL (first build of the debug app)"
# Ready once index.html names the app (node's fetch: no curl needed).
ready() { node -e 'fetch(process.argv[1]).then(r=>r.text()).then(t=>process.exit(/rel="?nexus-app/.test(t)?0:1),()=>process.exit(1))' "$URL"; }
for _ in $(seq 1 600); do
  if ready; then break; fi
  if ! kill -0 $TRUNK 2>/dev/null; then cat "$COPY/trunk.log" >&2; exit 1; fi
  sleep 1
done
ready || { tail -30 "$COPY/trunk.log" >&2; exit 1; }

SERVE_URL=$URL SERVE_PROJECT=$COPY playwright test -c playwright.serve.config.ts "$@"
