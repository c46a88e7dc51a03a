# Sitrep: the two commands are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///sitrep.db

.PHONY: demo test install install-dev lint typecheck bench lock clean

# Debian's python3 needs python3-venv for `-m venv`; install it when missing and we are root.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); [ "$$(id -u)" = 0 ] && \
	  (apt-get update -qq && apt-get install -y -qq python3-venv) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/sitrep demo --db $(DB)

test: install-dev
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/pytest

bench: install-dev
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/geoparse.py
	$(BIN)/python bench/analysis_speed.py
	$(BIN)/python bench/events.py
	$(BIN)/python bench/pipeline_speed.py

# Re-pin dependencies after changing pyproject.toml.
lock: | $(BIN)/python
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev -o requirements-dev.lock

clean:
	rm -rf $(VENV) sitrep.db sitrep.db-wal sitrep.db-shm .pytest_cache .mypy_cache .ruff_cache
