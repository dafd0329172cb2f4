# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv run test test-fast lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

# Analyse the bundled examples into the default store and show what came out.
# The Aleppo report carries no date of its own: it was published on 2016-12-14.
run: $(STAMP)
	$(BIN)/dyad ingest examples/aleppo-2016-12.txt --published 2016-12-14 --db dyad.db
	$(BIN)/dyad ingest examples/wikinews.jsonl --db dyad.db --summary

# The whole suite, the slow group (real model, full pipeline) included.
test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) dyad.db dyad.db-wal dyad.db-shm .pytest_cache
