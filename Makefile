# IMPACT hub. `make` alone lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Where the site says it is (the admin login, absolute links, the API): where make run serves.
BASE_URL ?= http://$(HOST):$(PORT)
# Test processes (pytest-xdist): one per logical CPU unless set.
TEST_WORKERS ?= logical

.DEFAULT_GOAL := help
.PHONY: audit help install run test test-elasticsearch lint check-deploy clean bench messages search-engine

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# Reinstall only when the dependencies change.
$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing the hub and its dependencies into $(VENV) ..."
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

# Interface translations, compiled with Babel (no GNU gettext needed).
PO_FILES := $(wildcard locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po $(VENV)/.installed
	@$(BIN)/pybabel -q compile -i $< -o $@

install: $(VENV)/.installed $(MO_FILES) ## Create .venv, install the hub and compile its translations

messages: install ## Update locale/*/django.po from the code (needs GNU gettext)
	$(PY) manage.py makemessages -l de -l es -l it -l pl -l el -l sl -l cs -l sk -l hu --ignore=".venv/*" --ignore=".venv-es7/*" --ignore="bench/*" --ignore="tests/*" --no-obsolete

# The worker runs in a session of its own, so that Ctrl-C reaches only make, this shell
# and the site, and the worker gets one TERM from the trap: it finishes the task in hand,
# then exits. It does not reload on code changes (a reload would cut a task short).
run: install ## Serve the site with demo content and its background worker on http://127.0.0.1:8000 (HOST, PORT; SQLite, no server needed)
	@.ci/system-packages pdf
	$(PY) manage.py migrate --noinput
	BASE_URL=$(BASE_URL) $(PY) manage.py seed_demo
	BASE_URL=$(BASE_URL) $(PY) manage.py demo_admin
	@echo "Serving on $(BASE_URL)/, with the background worker (manage.py db_worker) beside it"
	@BASE_URL=$(BASE_URL) setsid $(PY) manage.py db_worker --no-reload & worker=$$!; \
	BASE_URL=$(BASE_URL) $(PY) manage.py runserver $(HOST):$(PORT) & server=$$!; \
	trap 'kill $$server $$worker 2>/dev/null; wait' EXIT; trap 'exit 130' INT TERM; \
	wait $$server

test: install ## Run the whole test suite on every core (PostgreSQL when DATABASE_URL is set, else SQLite)
	@.ci/system-packages chromium pdf java
	$(PY) -m pytest -n $(TEST_WORKERS)

# The search suite once more through Wagtail's Elasticsearch 7 backend with a 7.13
# client, which (unlike the 8 and 9 clients) talks to OpenSearch; in a venv of its own.
# The warning filter: that client calls a urllib3 method urllib3 deprecates.
ES7_VENV := .venv-es7
$(ES7_VENV)/.installed: pyproject.toml
	@test -x $(ES7_VENV)/bin/python || $(PYTHON) -m venv $(ES7_VENV)
	@echo "Installing the hub with an Elasticsearch 7.13 client into $(ES7_VENV) ..."
	@$(ES7_VENV)/bin/python -m pip install --quiet --upgrade pip
	@$(ES7_VENV)/bin/python -m pip install --quiet -e ".[dev]" "elasticsearch>=7.13,<7.14"
	@touch $@

test-elasticsearch: $(ES7_VENV)/.installed $(MO_FILES) ## The search suite with the elasticsearch client (7.x) against OpenSearch (SEARCH_URL)
	HUB_TEST_ENGINES=elasticsearch $(ES7_VENV)/bin/python -m pytest -n $(TEST_WORKERS) tests/search \
		-W "ignore:HTTPResponse.getheaders:DeprecationWarning"

lint: install ## ruff, the import contracts (.importlinter), migrations in sync with the models, Django's system checks
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py check

check-deploy: install ## Django's deploy checks under production settings (needs the documented variables)
	DJANGO_SETTINGS_MODULE=hub.settings.production $(PY) manage.py check --deploy --fail-level WARNING

audit: install ## Fail when a dependency lacks a fix out for longer than the patch window (asks PyPI)
	$(PY) manage.py audit_patches

clean: ## Remove the virtualenv, the SQLite database and collected files
	rm -rf $(VENV) $(ES7_VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles

search-engine: ## Start a single-node OpenSearch on 127.0.0.1:9250 in the background (built with Maven)
	opensearch/start 9250
	@echo "Use it with SEARCH_BACKEND=opensearch SEARCH_URL=http://127.0.0.1:9250; stop it with: opensearch/start stop"

bench: install ## Benchmarks under production settings with gunicorn; figures as ratios to a baseline
	@.ci/system-packages wrk redis postgresql java pdf
	$(PY) bench/run.py
