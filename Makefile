# The README's commands. Each target installs what it needs first (idempotent, fast when present).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

PUBLIC_URL ?= /
WASM := --target wasm32-unknown-unknown

.PHONY: serve dist test tools browser lint unit components e2e

## serve: preview with live reload on http://127.0.0.1:8080/
serve: tools
	trunk serve

## dist: release bundle in dist/, for the path given by PUBLIC_URL (default /)
dist: tools
	trunk build --release --offline --public-url "$(PUBLIC_URL)"

## test: formatting, lints, native tests and component tests in headless Chromium
test: tools browser lint unit components e2e

tools:
	@scripts/tools.sh build

browser:
	@scripts/tools.sh browser

lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings

unit:
	cargo test

components:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	WASM_BINDGEN_TEST_TIMEOUT=60 \
	cargo test $(WASM) --test components

## e2e: browser end-to-end suite: builds dist/ for /nexus/, serves it with nginx (deploy/nginx.conf)
e2e: tools browser
	scripts/e2e.sh
