# Nexus in a container: build with the same Makefile target as everywhere (make dist), serve
# with nginx and the tested deploy/nginx.conf at http://localhost:8080/nexus/ (compose.yaml).
# Untested here (no Docker engine on our machines): each step mirrors a tested Makefile step.

FROM rust:1-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The public address: canonical URLs, sitemap, and (its path) the base the bundle is built for.
ARG SITE_URL=http://localhost:8080/nexus/
RUN make dist SITE_URL="$SITE_URL"

FROM debian:bookworm-slim
# Debian's nginx with the brotli_static module that deploy/nginx.conf uses (the same packages as
# scripts/nginx.sh installs for the tests; the nginx.org image has no brotli module). The module
# package enables itself in /etc/nginx/modules-enabled/, which Debian's nginx.conf includes.
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default \
 && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log
# deploy/nginx.conf is a server block for conf.d (it serves /var/www/nexus at /nexus/).
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/dist /var/www/nexus
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
