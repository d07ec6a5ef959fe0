# CreditCity: two commands for a newcomer on Debian.
#   make site   installs what is missing, builds creditcity (release) and builds Content/ into Output/
#   make test   installs what is missing and runs the whole test suite
SWIFT ?= swift
BUILD_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev libsqlite3-dev pkg-config
TEST_PACKAGES = nodejs chromium chromium-driver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CREDITCITY = .build/release/creditcity

.PHONY: site test deps test-deps build check clean

## Debian packages the build links against: the system libcmark-gfm, and SQLite for the state
## database (<state>/state.sqlite, through GRDB).
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -f /usr/include/cmark-gfm-core-extensions.h ] \
		|| ! pkg-config --exists sqlite3 2>/dev/null; then \
		echo "installing $(BUILD_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(BUILD_PACKAGES); \
	fi

## What the tests run besides: node (search.js's tokenizer against the build's), chromium (the search
## page in a headless browser) and chromium-driver with python's selenium (serve's live reload in a
## browser).
test-deps: deps
	@if ! command -v node >/dev/null || ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		echo "installing $(TEST_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(TEST_PACKAGES); \
	fi
	@python3 -c 'import selenium' 2>/dev/null || python3 -m pip install -q selenium

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
