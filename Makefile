# The README's commands. Each target installs what it needs first (idempotent, fast when present).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

# The public address of the site, e.g. https://me.github.io/nexus/ : its path is the base the
# site is served under; canonical URLs, link previews, sitemap.xml and robots.txt use it.
SITE_URL ?= http://localhost/
# The web app's release bundle: content-independent and relocatable (built for ./), as the
# `nexus` binary carries it.
BUNDLE := .tmp/bundle
WASM := --target wasm32-unknown-unknown

.PHONY: serve bundle dist release learner-test serve-cli-test test tools browser lint unit components e2e validate serve-test import corpus

## serve: preview with live reload on http://127.0.0.1:8080/
serve: tools
	trunk serve

## bundle: the web app's release bundle in .tmp/bundle, built for ./ (nexus build sets the base):
## trunk, its JS glue minified (scripts/minify-glue.mjs: trunk's minifier fails on it), its
## render-blocking stylesheets joined into one file (scripts/bundle-css.mjs)
bundle: tools
	trunk build --release --offline --public-url ./ --dist "$(BUNDLE)"
	node scripts/minify-glue.mjs "$(BUNDLE)"
	node scripts/bundle-css.mjs "$(BUNDLE)"

## dist: the site of public/portfolio.json in dist/ for SITE_URL, as a learner's `nexus build`
## makes it (with the bundle above): one HTML file per route holding its page rendered natively
## by the app's own components (no browser runs), 404.html, sitemap.xml, robots.txt, embed.html,
## and file.gz and file.br beside each file for nginx
dist: bundle
	rm -rf dist
	cargo run --quiet -p nexus -- build public/portfolio.json --bundle "$(BUNDLE)" \
	  --site-url "$(SITE_URL)" -o dist --precompress

## release: the `nexus` binary with the bundle inside it (target/cli/nexus): it needs nothing
## else to build a site (nexus build, nexus serve)
release: bundle
	NEXUS_BUNDLE="$(CURDIR)/$(BUNDLE)" cargo build --profile cli -p nexus
	@ls -l target/cli/nexus

## test: formatting, lints, content check, the app bundle (which the serve tests use), native
## tests (nexus-core, nexus, the native render), the importer's corpus score, component tests in
## headless Chromium, the end-to-end suite against nginx, nexus serve in Chromium, and a
## learner's repository built by the release nexus with no toolchain
test: tools browser lint validate bundle unit corpus components serve-test e2e serve-cli-test learner-test

tools:
	@scripts/tools.sh build

browser:
	@scripts/tools.sh browser

## lint: formatting; the leptos features of each build (csr in wasm32 only, ssr natively only:
## scripts/check-features.sh); the core, the CLI and the web app's native render natively; the
## core and the web app for wasm32
lint:
	cargo fmt --all --check
	scripts/check-features.sh
	scripts/actionlint.sh
	cargo clippy -p nexus-core -p nexus --all-targets -- -D warnings
	cargo clippy -p nexus-web --lib --test render -- -D warnings
	cargo clippy -p nexus-core --lib $(WASM) -- -D warnings
	cargo clippy -p nexus-web -p nexus-import-worker --all-targets $(WASM) -- -D warnings

## validate: check public/portfolio.json; one line per problem (path: message), exit 1 if any
validate:
	cargo run --quiet -p nexus -- validate public/portfolio.json

## import: README=path/to/README.md writes public/portfolio.json from a learning-portfolio
## README (refuses to overwrite it unless FORCE=1), validates it and prints the report
import:
	@test -n "$(README)" || { echo "usage: make import README=path/to/README.md [FORCE=1]" >&2; exit 2; }
	cargo run --quiet -p nexus -- import "$(README)" -o public/portfolio.json $(if $(FORCE),--force,)
	cargo run --quiet -p nexus -- validate public/portfolio.json

## corpus: imports every README of ../shared/corpus and its batch-2/ (when present; a line says it is skipped
## otherwise), prints one row per file (held-out files: CORPUS_SHOW_HELDOUT=1), the figures per batch,
## for the work and held-out parts and in total against the expected/ labels, and fails
## below the targets (crates/cli/tests/corpus.rs)
corpus:
	cargo test --quiet -p nexus --test corpus -- --ignored --nocapture

## unit: nexus-core's unit, property and fixture tests, the nexus command as a process, and the
## web app's native render (tests/render.rs)
unit:
	cargo test -p nexus-core -p nexus
	cargo test -p nexus-web --test render

components:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	WASM_BINDGEN_TEST_TIMEOUT=60 \
	cargo test $(WASM) -p nexus-web --test components

## serve-test: `trunk serve` on a copy of the project; an edit of portfolio.json must show on the
## live reload (tests/serve/, Playwright)
serve-test: tools browser
	scripts/serve-test.sh

## serve-cli-test: `nexus serve` on a copy of a fixture README: an edit reloads the page, a broken
## edit shows the problem and keeps the last good site, the fix recovers (tests/serve-cli/,
## Playwright; needs `make bundle` first)
serve-cli-test: tools browser
	scripts/serve-cli-test.sh

## learner-test: a learner's repository with only a README: nexus init, then the workflow's
## build command with the release nexus and no toolchain on PATH, served by nginx under
## /alx-project-nexus/, walked by Playwright (scripts/learner-test.sh, tests/learner/)
learner-test: release browser
	scripts/learner-test.sh

## e2e: browser end-to-end suite: builds dist/ for /nexus/, serves it with nginx (deploy/nginx.conf)
e2e: tools browser
	scripts/e2e.sh
