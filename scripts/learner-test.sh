#!/usr/bin/env bash
# A learner's repository, end to end, with no toolchain: a temporary git repository holding only
# a README (the seed-shape fixture); `nexus init` in it; the build command taken from the
# workflow it wrote and run as the workflow would, with PATH holding the release `nexus` and the
# system's basic tools only (no cargo, rustc, trunk, node or chromium); `_site` served by nginx
# under /alx-project-nexus/ as GitHub Pages would; then tests/learner/ (Playwright) walks it.
#   scripts/learner-test.sh [playwright args…]      (make learner-test builds target/cli/nexus)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

NEXUS=$PWD/target/cli/nexus
[ -x "$NEXUS" ] || { echo "learner-test: $NEXUS is missing: run make release" >&2; exit 1; }
WORK=$PWD/.tmp/learner
rm -rf "$WORK" && mkdir -p "$WORK/bin"
REPO=$WORK/alx-project-nexus
mkdir -p "$REPO"
cp tests/fixtures/readme/seed-shape.md "$REPO/README.md"

# The basic tools a runner has, and nexus; nothing that builds Rust or runs JavaScript.
ln -s "$NEXUS" "$WORK/bin/nexus"
for tool in bash sh env git cat ls mkdir rm cp mv sed grep tar gzip sha256sum; do
  ln -s "$(command -v "$tool")" "$WORK/bin/$tool"
done
bare() { env -i HOME="$WORK" PATH="$WORK/bin" "$@"; }
for tool in cargo rustc trunk node npm chromium wasm-bindgen; do
  if bare bash -c "command -v $tool" >/dev/null; then echo "learner-test: $tool is on the bare PATH" >&2; exit 1; fi
done

cd "$REPO"
bare git init -q -b main
bare git remote add origin https://github.com/learner/alx-project-nexus.git
echo "\$ nexus init"
bare nexus init
WORKFLOW=.github/workflows/nexus.yml
[ -f "$WORKFLOW" ] || { echo "learner-test: nexus init wrote no $WORKFLOW" >&2; exit 1; }

# The workflow's own build command, with the address actions/configure-pages would give.
BUILD=$(sed -n 's/^ *run: *\(nexus build .*\)$/\1/p' "$WORKFLOW")
[ -n "$BUILD" ] || { echo "learner-test: no 'run: nexus build …' line in $WORKFLOW" >&2; exit 1; }
BUILD=${BUILD//'${{ steps.pages.outputs.base_url }}'/https://learner.github.io/alx-project-nexus}
echo "\$ $BUILD"
bare bash -c "$BUILD"
[ -f _site/index.html ] && [ -f _site/404.html ] && [ -f _site/.nojekyll ] \
  || { echo "learner-test: _site is incomplete" >&2; exit 1; }
cd - >/dev/null

. scripts/nginx.sh
nginx_serve "$REPO/_site" learner alx-project-nexus
LEARNER_SITE="$REPO/_site" E2E_BASE_URL=$NGINX_URL playwright test -c playwright.learner.config.ts "$@"
