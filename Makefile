# CreditCity: two commands for a newcomer on Debian.
#   make site   installs what is missing, builds creditcity (release) and builds Content/ into Output/
#   make test   installs what is missing and runs the whole test suite
SWIFT ?= swift
BUILD_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev zlib1g-dev pkg-config
TEST_PACKAGES = nodejs chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CREDITCITY = .build/release/creditcity

.PHONY: site test deps test-deps build check clean

## Debian packages the build links against: the system libcmark-gfm, libxml2 (workbooks) and zlib (ZIPFoundation).
deps:
	@if ! pkg-config --exists libcmark-gfm libxml-2.0 zlib 2>/dev/null || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "installing $(BUILD_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(BUILD_PACKAGES); \
	fi

## What the search tests run besides: node (search.js's tokenizer against the build's) and chromium
## (the search page in a headless browser).
test-deps: deps
	@if ! command -v node >/dev/null || ! command -v chromium >/dev/null; then \
		echo "installing $(TEST_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(TEST_PACKAGES); \
	fi

build: deps
	$(SWIFT) build -c release --product creditcity

site: build
	$(CREDITCITY) build

check: build
	$(CREDITCITY) check

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@# The feeds of the example site against their JSON Schemas (scripts/validate-feeds.py, docs/feeds.md),
	@# and every page of it through html5lib's strict HTML5 parser (scripts/check-html.py, docs/site.md).
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	bin="$$($(SWIFT) build --show-bin-path)/creditcity"; \
	"$$bin" build --output "$$tmp/Output" --state "$$tmp/state" --as-of 2026-11-22 2>/dev/null; \
	python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema; \
	python3 scripts/validate-feeds.py "$$tmp/Output/feeds"; \
	python3 -c 'import html5lib' 2>/dev/null || python3 -m pip install -q html5lib; \
	python3 scripts/check-html.py "$$tmp/Output"

clean:
	rm -rf .build Output/* .creditcity
	git checkout -- Output/README.md
