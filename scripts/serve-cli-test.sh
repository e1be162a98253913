#!/usr/bin/env bash
# `nexus serve` as an author uses it: builds the nexus binary, starts `nexus serve` on a copy of
# a fixture README (so the specs can edit it) on a free port with the app bundle of
# .tmp/bundle (`make bundle`), runs the Playwright specs of tests/serve-cli/ against it, and
# stops the server afterwards, also on failure or interruption.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if [ ! -f .tmp/bundle/index.html ]; then
  echo "[serve-cli-test] no app bundle in .tmp/bundle: run \`make bundle\` first" >&2
  exit 2
fi
cargo build -p nexus

WORK=$PWD/.tmp/serve-cli-test
rm -rf "$WORK" && mkdir -p "$WORK"
cp tests/fixtures/readme/seed-shape.md "$WORK/README.md"
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

target/debug/nexus serve "$WORK/README.md" --port "$PORT" --bundle .tmp/bundle \
  >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT

URL="http://127.0.0.1:$PORT/"
echo "[serve-cli-test] waiting for nexus serve on $URL"
ready() { node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$URL"; }
for _ in $(seq 1 100); do
  if ready; then break; fi
  if ! kill -0 $SERVER 2>/dev/null; then cat "$WORK/serve.log" >&2; exit 1; fi
  sleep 0.2
done
ready || { cat "$WORK/serve.log" >&2; exit 1; }

status=0
SERVE_CLI_URL=$URL SERVE_CLI_README=$WORK/README.md \
  playwright test -c playwright.serve-cli.config.ts "$@" || status=$?
echo "[serve-cli-test] nexus serve's output:"
sed 's/^/  /' "$WORK/serve.log"
exit $status
