# CreditCity: two commands for a newcomer on Debian.
#   make site   installs what is missing, builds creditcity (release) and builds Content/ into Output/
#   make test   installs what is missing and runs the whole test suite
SWIFT ?= swift
APT_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CREDITCITY = .build/release/creditcity

.PHONY: site test deps build check clean

## Debian packages the build links against (the system libcmark-gfm).
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build -c release --product creditcity

site: build
	$(CREDITCITY) build

check: build
	$(CREDITCITY) check

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build Output/* .creditcity
	git checkout -- Output/README.md
