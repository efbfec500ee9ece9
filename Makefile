# Maarifa — the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
NODE_INSTALLED := node_modules/.installed

.PHONY: run test install lint check messages clean

run: $(INSTALLED)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py serve 127.0.0.1:8000

test: $(INSTALLED) $(NODE_INSTALLED)
	$(PY) -m pytest $(PYTEST_ARGS)

install: $(INSTALLED)

$(INSTALLED): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit("Maarifa needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $@

# axe-core, injected into pages by the browser tests. Optional: without npm the
# browser tests say so and are skipped (or fail, in CI).
$(NODE_INSTALLED): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --silent --no-audit --no-fund && touch $@; \
	else echo "npm not found: accessibility checks will not run"; fi

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .

check: $(INSTALLED)
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

# Re-extract the catalogues (needs GNU gettext) and compile them.
messages: $(INSTALLED)
	$(PY) manage.py makemessages --all --no-obsolete --ignore=.venv --ignore=node_modules --ignore=tests
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) node_modules var
