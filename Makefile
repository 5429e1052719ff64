# ukraine-peace-map. The two commands a newcomer needs (see README.md):
#   make serve   preview the widget at http://127.0.0.1:8080 (installs what it needs)
#   make test    every test: native, in-browser (wasm) and end-to-end (installs what it needs)
# Others: make data (rebuild data/ from sources), make bench, make fuzz.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT ?= 120

.PHONY: setup serve build test test-native test-browser test-e2e test-engines data data-check bench fuzz clean

setup:
	bash scripts/setup.sh

# SERVE_PORT: another port for the preview (its test starts one on a free port).
SERVE_PORT ?= 8080
serve: setup
	trunk serve --address 127.0.0.1 --port $(SERVE_PORT) --dist target/serve

build: setup
	trunk build --release
	bash scripts/sizes.sh dist

test: setup test-native data-check test-browser test-e2e test-engines

test-native:
	@[ -d ../shared/data/occupied ] || echo "note: ../shared is absent: the checks against the DeepStateMap reference and the article's quotes are SKIPPED"
	cargo test --workspace

# The browser tests: wasm-bindgen-test in headless Chromium (webdriver.json sets its flags).
test-browser:
	cargo test --target wasm32-unknown-unknown --test browser

test-e2e: build
	node --test --test-concurrency=1 tests/e2e/

# A smoke subset in Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver under Xvfb),
# over W3C WebDriver, on test-e2e's build. A missing engine fails here, never skips.
test-engines: build
	UPM_ENGINES=required node --test --test-concurrency=1 tests/engines/

data:
	cargo run --release -p prepare-data

# Regenerates data/ into target/data-check and requires it to equal what is committed.
data-check:
	rm -rf target/data-check
	cargo run --release -q -p prepare-data -- --out target/data-check --lines data/lines
	cd data && for f in regions.geojson context.geojson cities.json occupied/*.geojson changes/*.geojson; do cmp $$f ../target/data-check/$$f; done
	[ "$$(ls data/occupied data/changes | wc -l)" = "$$(ls target/data-check/occupied target/data-check/changes | wc -l)" ]
	@echo "data-check: data/ is reproducible from its sources"

bench: build
	node bench/run.mjs

# Property-based fuzzing of the loaders: FUZZ_CASES cases per property, at most
# FUZZ_SECONDS. A failure is saved in tests/fuzz.proptest-regressions (commit it).
fuzz:
	FUZZ_CASES=$${FUZZ_CASES:-30000} timeout $${FUZZ_SECONDS:-900} cargo test --test fuzz -- --nocapture

clean:
	rm -rf dist target/data-check test-results
