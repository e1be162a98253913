#!/usr/bin/env bash
# Browser end-to-end tests against the real server: builds the release bundle for /nexus/, serves
# it with nginx using deploy/nginx.conf, runs the Playwright suite (tests/e2e/) in Debian's
# chromium, and stops nginx afterwards, also when a step fails or the run is interrupted.
#   scripts/e2e.sh [playwright args…]     e.g. scripts/e2e.sh -g "filters"
#   E2E_SKIP_BUILD=1 scripts/e2e.sh       reuse dist/ as it is (it must be built for /nexus/)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The public address the route files' canonical URLs, sitemap and robots.txt name; its path is
# the base the bundle is built for (tests/e2e/deploy.spec.ts reads it back).
export E2E_SITE_URL=${E2E_SITE_URL:-https://nexus.example/nexus/}
if [ "${E2E_SKIP_BUILD:-}" != 1 ]; then
  make --no-print-directory dist SITE_URL="$E2E_SITE_URL"
fi
grep -q '<base href=/nexus/>\|<base href="/nexus/">' dist/index.html \
  || { echo "dist/ is not built for /nexus/: run make dist SITE_URL=$E2E_SITE_URL" >&2; exit 1; }

# Portfolios imported from the project's own README fixtures (tests/e2e/imported.spec.ts), and
# a site of each: the bundle with its portfolio.json and its route files rendered from it
# (tests/e2e/render-agreement.spec.ts).
mkdir -p .tmp/e2e-imported
rm -rf .tmp/e2e-sites
for readme in seed-shape headings-and-tables projects-and-extras overview-with-a-list; do
  cargo run --quiet -p nexus -- import "tests/fixtures/readme/$readme.md" \
    -o ".tmp/e2e-imported/$readme.json" --force 2>/dev/null
  cargo run --quiet -p nexus -- build ".tmp/e2e-imported/$readme.json" --bundle .tmp/bundle \
    --site-url "$E2E_SITE_URL" -o ".tmp/e2e-sites/$readme" >/dev/null
done

. scripts/nginx.sh
nginx_serve "$PWD/dist" e2e

E2E_BASE_URL=$NGINX_URL playwright test "$@"
