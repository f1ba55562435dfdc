# Intervisiewijzer — every target installs what it needs first, so a fresh clone needs nothing else.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP_INSTALL := $(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
# make serve rebuilds only the page you saved (about two seconds at 100 werkvormen, see BENCHMARKS.md); restart it to refresh overviews and search.
SERVE_OPTIES := --dirty --no-strict
# The full suite in two processes, one test file per process at a time (tests of one file share their fixtures),
# the longest files first (tests/conftest.py).
PARALLEL := -n 2 --dist loadfile --no-loadscope-reorder

.PHONY: serve build nginx check test test-snel lint pakketten pdf offline urls benchmark belasting lighthouse clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-installed: requirements.txt constraints.txt | $(BIN)/python
	$(PIP_INSTALL) -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements-test.txt $(VENV)/.site-installed
	$(PIP_INSTALL) -r requirements-test.txt
	touch $@

## serve: install and serve the site with live reload at http://127.0.0.1:8000
serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve $(SERVE_OPTIES) --dev-addr 127.0.0.1:8000

## build: build the site into site/ (strict: any warning fails), with the offline zip inside it for the page
## "Offline gebruiken" (macros/offlinepagina.py): what you publish is the folder site/
OFFLINE_DOWNLOAD := download/intervisiewijzer-offline.zip
build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict
	MAP=$$(mktemp -d) && $(MAKE) --no-print-directory offline OFFLINE_MAP="$$MAP/site" OFFLINE_ZIP=$(abspath site/$(OFFLINE_DOWNLOAD)) && rm -rf "$$MAP"

## nginx: build the site and serve it with the configuration from deploy/ (headers, CSP, redirects) at http://127.0.0.1:8080
NGINX_POORT ?= 8080
nginx: build pakketten
	$(BIN)/python -m scripts.nginx serveer --site site --poort $(NGINX_POORT)

## check: validate all content in seconds, without building
check: $(VENV)/.site-installed
	$(BIN)/python -m macros.check docs

## lint: ruff and mypy over the Python code
lint: $(VENV)/.test-installed
	$(BIN)/ruff check macros tests benchmarks scripts
	$(BIN)/ruff format --check macros tests benchmarks scripts
	$(BIN)/mypy

## pakketten: from Debian (never a downloaded browser): Chromium for the browser tests and PDFs, nginx to serve
## the site as a server would (make nginx, the tests), wrk for the load test, zbarimg to read QR codes, and
## pdftoppm and pdftotext (poppler) to read printouts in the print tests
DEBIAN_PAKKETTEN := chromium nginx wrk zbar-tools poppler-utils
DEBIAN_COMMANDOS := chromium /usr/sbin/nginx wrk zbarimg pdftoppm pdftotext
pakketten:
	@( for commando in $(DEBIAN_COMMANDOS); do command -v $$commando >/dev/null || exit 1; done ) || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $(DEBIAN_PAKKETTEN); }

## offline: a zip of the site that works unpacked and opened from disk (file://), for locked-down networks
OFFLINE_MAP ?= site-offline
OFFLINE_ZIP ?= intervisiewijzer-offline.zip
offline: $(VENV)/.site-installed
	OFFLINE=true $(BIN)/mkdocs build --strict --site-dir $(abspath $(OFFLINE_MAP))
	rm -f $(OFFLINE_ZIP)
	mkdir -p $(dir $(abspath $(OFFLINE_ZIP)))
	cd $(OFFLINE_MAP) && $(abspath $(BIN))/python -m zipfile -c $(abspath $(OFFLINE_ZIP)) .
	@echo "Klaar: $(OFFLINE_ZIP) (pak uit en open index.html)"

## pdf: a PDF of every werkvorm, its role cards and the team folder, in site/pdf/
pdf: $(VENV)/.test-installed pakketten
	$(BIN)/python scripts/pdf.py

## test: install everything, then lint and run every test (in random order)
test: $(VENV)/.test-installed pakketten lint
	$(BIN)/python -m pytest $(PARALLEL)

## test-snel: the tests that need no browser and no site build, for the inner loop (seconds)
test-snel: $(VENV)/.test-installed
	$(BIN)/python -m pytest -m "not traag" -q $(PARALLEL)

## urls: add the addresses of new pages to data/gepubliceerde-urls.txt and check that all old ones still work
urls: $(VENV)/.site-installed
	$(BIN)/python -m scripts.urls

## benchmark: measure build time and site size for growing libraries; writes BENCHMARKS.md
benchmark: $(VENV)/.test-installed pakketten
	$(BIN)/python benchmarks/schaal.py

## belasting: a short load test (wrk, 127.0.0.1 only, a few seconds per address) against the site behind nginx;
## writes requests per second and p99 latency to BENCHMARKS.md
belasting: $(VENV)/.test-installed pakketten
	$(BIN)/python benchmarks/belasting.py

node_modules/.bin/lighthouse: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

## lighthouse: Lighthouse scores (mobile, median of 3) in Debian's Chromium; fails below 100/100/100/95; writes BENCHMARKS.md
lighthouse: $(VENV)/.test-installed pakketten node_modules/.bin/lighthouse
	$(BIN)/python benchmarks/lighthouse.py

clean:
	rm -rf site site-offline intervisiewijzer-offline.zip .pytest_cache
