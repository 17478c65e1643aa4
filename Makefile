# The two quick-start commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ARTICLE ?=

.PHONY: run test lint bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/reader $(ARTICLE)

test: $(VENV)/.installed-dev
	$(BIN)/ruff check reader tests benchmarks evaluation docs
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check reader tests benchmarks evaluation docs
	$(BIN)/ruff format --check reader tests benchmarks evaluation docs
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

eval: $(VENV)/.installed
	$(BIN)/python evaluation/run.py

# BENCH_RUNS=1 make bench: one run of each (quicker, no medians); tmux is needed for the TUI ones.
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_analysis.py
	$(BIN)/python benchmarks/bench_links.py
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_tui.py
	$(BIN)/python benchmarks/bench_frogmouth.py
