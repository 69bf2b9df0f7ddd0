PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared

.PHONY: demo test install bench clean browsers

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,explore,serve,dask]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg demo

# Debian's Chromium for the explorer's browser tests (Playwright drives it; no browser
# is ever downloaded). Installing needs root, as in CI.
browsers:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null)

test: $(STAMP) browsers
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
