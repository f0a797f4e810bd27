# minutebook: `make demo` runs the main job on the bundled example packs, `make test` runs the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
CORPUS := $(SHARED)/corpus
STAMP := $(VENV)/.installed

.PHONY: setup test test-fast eval demo bench lint examples fuzz clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Everyday work: every test but those that start Prefect, Dask, a browser or a subprocess, read a 2,000-page file or
# render the eval generator's documents (marked `slow`), property tests with fewer examples, bytecode kept between
# runs (test PDFs rendered from HTML are kept in .pytest_cache, so only the first run renders them), one test file
# per worker on two workers (pytest-xdist: ~18 s against ~25 s in one process on an idle 2-core machine; it costs
# more CPU, so on a loaded machine one process, `make test-fast XDIST=`, can be the quicker).
XDIST ?= -n 2 --dist loadfile
test-fast: $(STAMP)
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -q -m "not slow" --hypothesis-profile=quick $(XDIST)

lint: $(STAMP)
	$(BIN)/ruff check minutebook tests bench eval examples

# Score every PDF with a gold file (whole corpus, then the real PDFs alone) against the floors in eval/floors.json.
eval: $(STAMP)
	$(BIN)/python eval/check_floors.py $(CORPUS)

demo: $(STAMP)
	$(BIN)/minutebook ingest examples/*.pdf --db archive.db --council "Example Borough Council"
	$(BIN)/minutebook serve --db archive.db --port 8001 --pdf-dir examples

# Re-render the bundled example packs (fictional councils) from their HTML sources.
examples: $(STAMP)
	$(BIN)/python examples/make_examples.py

bench: $(STAMP)
	$(BIN)/python -m bench

# Byte-level mutants of the real PDFs (CI runs a few hundred in `make test`; this runs thousands).
fuzz: $(STAMP)
	MINUTEBOOK_MUTANTS=$${MINUTEBOOK_MUTANTS:-3000} $(BIN)/python -m pytest -q tests/test_mutants.py

clean:
	rm -rf $(VENV) archive.db archive.db-wal archive.db-shm
