#!/usr/bin/env bash
# Browser end-to-end tests against the real server: builds the release bundle for /nexus/, serves
# it with nginx using deploy/nginx.conf, runs the Playwright suite (tests/e2e/) in Debian's
# chromium, and stops nginx afterwards, also when a step fails or the run is interrupted.
#   scripts/e2e.sh [playwright args…]     e.g. scripts/e2e.sh -g "filters"
#   E2E_SKIP_BUILD=1 scripts/e2e.sh       reuse dist/ as it is (it must be built for /nexus/)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[e2e]\033[0m %s\n' "$*"; }

NGINX=$(command -v nginx || true)
[ -n "$NGINX" ] || NGINX=/usr/sbin/nginx
if [ ! -x "$NGINX" ]; then
  say "installing Debian's nginx"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx
fi
MIME_TYPES=/etc/nginx/mime.types

# The public address the route files' canonical URLs, sitemap and robots.txt name; its path is
# the base the bundle is built for (tests/e2e/deploy.spec.ts reads it back).
export E2E_SITE_URL=${E2E_SITE_URL:-https://nexus.example/nexus/}
if [ "${E2E_SKIP_BUILD:-}" != 1 ]; then
  make --no-print-directory dist SITE_URL="$E2E_SITE_URL"
fi
grep -q '<base href=/nexus/>\|<base href="/nexus/">' dist/index.html \
  || { echo "dist/ is not built for /nexus/: run make dist PUBLIC_URL=/nexus/" >&2; exit 1; }

# A free loopback port, unless one is given.
PORT=${E2E_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}

# The test wrapper: a top-level nginx.conf of its own (pid, logs, temp files in .tmp/) that
# includes deploy/nginx.conf with only the listen port and the root path changed.
RUN=$PWD/.tmp/e2e-nginx
rm -rf "$RUN"
mkdir -p "$RUN/www" "$RUN/temp"
ln -s "$PWD/dist" "$RUN/www/nexus"
sed -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$PORT;|" \
    -e '/^\s*listen \[::\]:80;/d' \
    -e "s|^\(\s*\)root /var/www;|\1root $RUN/www;|" \
    deploy/nginx.conf >"$RUN/nexus.conf"
grep -q "listen 127.0.0.1:$PORT;" "$RUN/nexus.conf" && grep -q "root $RUN/www;" "$RUN/nexus.conf" \
  || { echo "deploy/nginx.conf no longer has 'listen 80;' and 'root /var/www;' lines" >&2; exit 1; }
cat >"$RUN/nginx.conf" <<CONF
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/error.log warn;
events { worker_connections 256; }
http {
    include $MIME_TYPES;
    default_type application/octet-stream;
    sendfile on;
    access_log $RUN/access.log;
    client_body_temp_path $RUN/temp/body;
    proxy_temp_path $RUN/temp/proxy;
    fastcgi_temp_path $RUN/temp/fastcgi;
    uwsgi_temp_path $RUN/temp/uwsgi;
    scgi_temp_path $RUN/temp/scgi;
    include $RUN/nexus.conf;
}
CONF

stop_nginx() {
  if [ -s "$RUN/nginx.pid" ]; then
    "$NGINX" -p "$RUN" -c "$RUN/nginx.conf" -e "$RUN/error.log" -s quit 2>/dev/null \
      || kill "$(cat "$RUN/nginx.pid")" 2>/dev/null || true
    for _ in $(seq 50); do [ -e "$RUN/nginx.pid" ] || break; sleep 0.1; done
  fi
}
trap stop_nginx EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$NGINX" -p "$RUN" -c "$RUN/nginx.conf" -e "$RUN/error.log" -t -q
"$NGINX" -p "$RUN" -c "$RUN/nginx.conf" -e "$RUN/error.log"
BASE_URL="http://127.0.0.1:$PORT/nexus/"   # nginx listens once the command above returns
say "nginx serves dist/ at $BASE_URL"

E2E_BASE_URL=$BASE_URL playwright test "$@"
