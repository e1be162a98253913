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

FROM nginx:1.27-bookworm
# deploy/nginx.conf is a server block for conf.d (it serves /var/www/nexus at /nexus/).
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/dist /var/www/nexus
EXPOSE 80
