# Serves a bundle with the real deploy/nginx.conf on a loopback port, for the e2e suite and the
# benchmark. Sourced, not run:  . scripts/nginx.sh; nginx_serve DIST NAME [MOUNT]
# installs Debian's nginx and its brotli_static module if missing, starts it with a wrapper
# config of its own (pid, logs and
# temp files in .tmp/NAME-nginx, the worker's user; only the listen port and the root path of
# deploy/nginx.conf change, and its /nexus/ becomes /MOUNT/ when one is given), serves DIST under
# /nexus/ (or /MOUNT/), sets NGINX_URL, and stops nginx when the shell exits, also on failure or
# interruption.

nginx_serve() {
  local dist=$1 name=$2 mount=${3:-nexus}
  NGINX=$(command -v nginx || true)
  [ -n "$NGINX" ] || NGINX=/usr/sbin/nginx
  # deploy/nginx.conf says `brotli_static on;`: the module is a package of its own.
  local brotli=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
  if [ ! -x "$NGINX" ] || [ ! -f "$brotli" ]; then
    echo "[nginx] installing Debian's nginx and libnginx-mod-http-brotli-static"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static
  fi
  # A free loopback port, unless one is given.
  local port=${NGINX_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
  NGINX_RUN=$PWD/.tmp/$name-nginx
  rm -rf "$NGINX_RUN"
  mkdir -p "$NGINX_RUN/www" "$NGINX_RUN/temp"
  ln -s "$dist" "$NGINX_RUN/www/$mount"
  sed -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$port;|" \
      -e "s|/nexus\b|/$mount|g" \
      -e '/^\s*listen \[::\]:80;/d' \
      -e "s|^\(\s*\)root /var/www;|\1root $NGINX_RUN/www;|" \
      deploy/nginx.conf >"$NGINX_RUN/nexus.conf"
  grep -q "listen 127.0.0.1:$port;" "$NGINX_RUN/nexus.conf" && grep -q "root $NGINX_RUN/www;" "$NGINX_RUN/nexus.conf" \
    || { echo "deploy/nginx.conf no longer has 'listen 80;' and 'root /var/www;' lines" >&2; return 1; }
  # Started as root, nginx runs its worker as "nobody", which cannot read a checkout under a
  # private directory (mktemp -d is mode 0700): the worker keeps the starting user instead.
  local user=""
  [ "$(id -u)" != 0 ] || user="user root;"
  # The module by its absolute path: with -p below, a relative one would resolve in NGINX_RUN.
  cat >"$NGINX_RUN/nginx.conf" <<CONF
load_module $brotli;
$user
worker_processes 1;
pid $NGINX_RUN/nginx.pid;
error_log $NGINX_RUN/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log $NGINX_RUN/access.log;
    client_body_temp_path $NGINX_RUN/temp/body;
    proxy_temp_path $NGINX_RUN/temp/proxy;
    fastcgi_temp_path $NGINX_RUN/temp/fastcgi;
    uwsgi_temp_path $NGINX_RUN/temp/uwsgi;
    scgi_temp_path $NGINX_RUN/temp/scgi;
    include $NGINX_RUN/nexus.conf;
}
CONF
  trap nginx_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  "$NGINX" -p "$NGINX_RUN" -c "$NGINX_RUN/nginx.conf" -e "$NGINX_RUN/error.log" -t -q
  "$NGINX" -p "$NGINX_RUN" -c "$NGINX_RUN/nginx.conf" -e "$NGINX_RUN/error.log"
  NGINX_URL="http://127.0.0.1:$port/$mount/"   # nginx listens once the command above returns
  echo "[nginx] serves $dist at $NGINX_URL"
}

nginx_stop() {
  if [ -s "$NGINX_RUN/nginx.pid" ]; then
    "$NGINX" -p "$NGINX_RUN" -c "$NGINX_RUN/nginx.conf" -e "$NGINX_RUN/error.log" -s quit 2>/dev/null \
      || kill "$(cat "$NGINX_RUN/nginx.pid")" 2>/dev/null || true
    for _ in $(seq 50); do [ -e "$NGINX_RUN/nginx.pid" ] || break; sleep 0.1; done
  fi
}
