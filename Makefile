# Heard: `make run` serves the demo; `make test` runs the whole suite. Both set everything up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
PORT ?= 5000
PG_TEST_URL ?= postgresql://postgres@127.0.0.1:5432/test
CHROMIUM ?= /usr/bin/chromium
ESPEAK ?= espeak-ng
# gunicorn.conf.py: the longest address gunicorn reads (limit_request_line 8190, its maximum) and the worker that
# answers a longer one with Heard's page instead of gunicorn's bare 414.
# Access-log lines without invite, resume or receipt codes or invitation and reset tokens (TRUST.md, private at rest).
GUNICORN_LOGGER := --logger-class participation.ops.gunicorn_logger.AccessLogger

.PHONY: run test setup install assets translations migrate demo browser-deps speech-deps test-sqlite test-postgres lint clean bench

setup: install assets translations

install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Heard needs Python 3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

# The stylesheets keep only the classes the templates, Python and script use (build.mjs), so those rebuild them too.
assets: participation/static/build/manifest.json
participation/static/build/manifest.json: package.json package-lock.json $(wildcard participation/static/src/*) participation/static/build.mjs \
		$(shell find templates -name '*.html') $(shell find participation -name '*.py' -not -path '*/__pycache__/*')
	npm ci --no-audit --no-fund --loglevel=error
	npm run --silent build

translations: install
	$(FLASK) translate compile >/dev/null

migrate: setup
	$(FLASK) db upgrade

demo: migrate
	$(FLASK) demo load
	@if command -v $(ESPEAK) >/dev/null; then \
		echo "Making read-aloud audio for the demo (flask audio make; only what is missing)..."; \
		$(FLASK) audio make; \
	else \
		echo "No read-aloud audio for the demo: espeak-ng is not installed (make speech-deps as root, or apt-get install espeak-ng)."; \
	fi

run: speech-deps demo
	@echo ""
	@echo "Heard is running at http://127.0.0.1:$(PORT)"
	@echo "  The demo survey a young person answers:  http://127.0.0.1:$(PORT)/s/demo"
	@echo "  The same survey fixed to one age band:   http://127.0.0.1:$(PORT)/s/demo?band=4-7 (or 8-11, 12-17, care-leavers, parents-carers)"
	@echo "  Choose a language at the top of any page, or add ?lang=cy, pl, ro, ar, ur, ps, prs, ti, ckb, sq or vi."
	@echo "  Staff sign in at:                        http://127.0.0.1:$(PORT)/staff/sign-in"
	@echo "    password for every demo account:       heard-demo-2026"
	@echo "    organisation admin     admin@northshire.example"
	@echo "    participation worker   worker@northshire.example"
	@echo "    safeguarding lead      safeguarding@northshire.example"
	@echo "    board member           board@northshire.example"
	@echo "    platform admin         platform@heard.example"
	@echo "  (The demo does not ask for an authenticator code; set REQUIRE_MFA=1 to try that too.)"
	@echo "Stop with Ctrl+C."
	@echo ""
	HEARD_DEMO=1 HEARD_INSECURE_COOKIES=1 HEARD_BASE_URL=http://127.0.0.1:$(PORT) $(BIN)/gunicorn --config gunicorn.conf.py --bind 127.0.0.1:$(PORT) --workers 2 --threads 4 \
		--access-logfile - $(GUNICORN_LOGGER) wsgi:app

browser-deps:
	@if [ -x "$(CHROMIUM)" ] && ldconfig -p | grep -q libharfbuzz-subset && fc-list | grep -q "Noto Sans Ethiopic"; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's Chromium for the browser tests, HarfBuzz-Subset for PDFs and the Noto fonts phones have (apt-get install chromium libharfbuzz-subset0 fonts-noto-core)..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libharfbuzz-subset0 fonts-noto-core >/dev/null; \
	elif [ -x "$(CHROMIUM)" ]; then \
		echo "Without root, nothing was installed: for smaller PDFs install 'libharfbuzz-subset0'; for the font tests (Tigrinya, Urdu, Pashto and Sorani as phones show them) install 'fonts-noto-core'."; \
	else \
		echo "Browser tests need Chromium at $(CHROMIUM): install the Debian package 'chromium' (as root: apt-get install chromium)."; \
		if [ "$$CI" = "true" ]; then exit 1; fi; \
	fi

# espeak-ng reads every question, hint and answer aloud (participation/audio). Without it Heard still works, with no
# audio: so outside CI a missing espeak-ng is a message, and the tests that need it skip.
speech-deps:
	@if command -v $(ESPEAK) >/dev/null; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's espeak-ng for read-aloud audio (apt-get install espeak-ng)..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng >/dev/null; \
	else \
		echo "Read-aloud audio needs espeak-ng: install the Debian package 'espeak-ng' (as root: apt-get install espeak-ng)."; \
		if [ "$$CI" = "true" ]; then exit 1; fi; \
	fi

test-sqlite: setup browser-deps speech-deps
	$(BIN)/python -m pytest

test-postgres: setup speech-deps
	@if $(BIN)/python -c "import psycopg, sys; psycopg.connect('$(PG_TEST_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		TEST_DATABASE_URL='$(PG_TEST_URL)' $(BIN)/python -m pytest -m "not browser"; \
	elif [ "$$CI" = "true" ]; then \
		echo "PostgreSQL is required in CI but $(PG_TEST_URL) is not reachable."; exit 1; \
	else \
		echo "Skipping the PostgreSQL pass: $(PG_TEST_URL) is not reachable (set PG_TEST_URL to point at one)."; \
	fi

test: lint test-sqlite test-postgres

# The walls the tools keep (README, "Walls kept by tools"): lint and format, strict types on participation/, and the
# import contracts in pyproject.toml.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: demo browser-deps
	$(BIN)/python bench/page_weight.py
	$(BIN)/python bench/slow_3g.py
	$(BIN)/python bench/question_page_time.py
	$(BIN)/python bench/submissions.py
	$(BIN)/python bench/invite_codes.py
	$(BIN)/python bench/board_pack.py
	$(BIN)/python bench/comments_page.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/multi_node.py
	$(BIN)/python bench/read_aloud.py
	$(BIN)/python bench/sentiment.py

clean:
	rm -rf $(VENV) node_modules participation/static/build .pytest_cache
