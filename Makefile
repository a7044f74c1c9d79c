# khabar: two commands do all set-up.  `make dataset` builds dist/, `make test` runs the tests.
# Needs only Python 3.11+ and make; everything else is installed from the lock file (uv.lock).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.khabar-synced

# Prefect runs on its embedded temporary server with its state inside the project.
export PREFECT_HOME := $(CURDIR)/.state/prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_LOGGING_LEVEL := WARNING
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 180
export HF_HOME := $(CURDIR)/.state/huggingface
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
unexport PREFECT_API_URL

.PHONY: dataset test lint validate schema check-dist bench eval train-ner quoted-terms agreement clean

$(STAMP): pyproject.toml uv.lock
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "khabar needs Python 3.11+")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.8
	$(BIN)/uv sync --frozen --quiet
	touch $@

## dataset: install, then build dist/ from seeds/ with the Prefect flow
dataset: $(STAMP)
	$(BIN)/khabar build --seeds seeds --out dist

## test: install, then lint, check the schema files, and run the test suite
test: $(STAMP) lint
	$(BIN)/khabar schema --check
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## validate: check seeds/ as a contributor's pull request is checked
validate: $(STAMP)
	$(BIN)/khabar validate --seeds seeds

## check-dist: re-check the committed dist/ (Frictionless, spans, card)
check-dist: $(STAMP)
	$(BIN)/khabar validate dist

schema: $(STAMP)
	$(BIN)/khabar schema

## eval: quality figures (segmentation, NER, quotes) on the shared reference data
eval: $(STAMP)
	$(BIN)/python benchmarks/eval_segmentation.py
	$(BIN)/python benchmarks/eval_ner.py
	$(BIN)/python benchmarks/eval_ner_news.py --split dev
	$(BIN)/python benchmarks/eval_ner_news.py --split check
	$(BIN)/python benchmarks/eval_ner_news.py --gold benchmarks/gold/snn_ner_2.jsonl --split dev
	$(BIN)/python benchmarks/eval_ner_news.py --gold benchmarks/gold/snn_ner_2.jsonl --split check
	$(BIN)/python benchmarks/eval_quotes.py
	$(BIN)/python benchmarks/eval_quotes.py --gold benchmarks/gold/snn_quotes_3.jsonl
	$(BIN)/python benchmarks/eval_quotes.py --gold benchmarks/gold/snn_quotes_5.jsonl --split check
	$(BIN)/python benchmarks/eval_quotes.py --gold benchmarks/gold/snn_quotes_6.jsonl --split check
	$(BIN)/python benchmarks/eval_quotes.py --gold benchmarks/gold/snn_quotes_7.jsonl --split check
	$(BIN)/python benchmarks/eval_quotes.py --gold benchmarks/gold/snn_quotes_8.jsonl --split check
	$(BIN)/python benchmarks/eval_quotes.py --gold benchmarks/gold/snn_quotes_9.jsonl --split check
	$(BIN)/python benchmarks/eval_quotes.py --gold benchmarks/gold/snn_quotes_10.jsonl --split check
	$(BIN)/python benchmarks/eval_quotes.py --gold benchmarks/gold/outlets_quotes.jsonl --texts benchmarks/gold/outlets --split check

## bench: speed and memory figures
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_ner_speed.py

## train-ner: retrain the NER model from ../shared/data (Prefect flow)
train-ner: $(STAMP)
	$(BIN)/python flows/train_ner.py

## quoted-terms: relearn the words outlets quote alone by convention (SaudiNewsNet)
quoted-terms: $(STAMP)
	$(BIN)/python -m khabar.quoted_terms

## agreement: relearn the gender verbs of saying take with each word (SaudiNewsNet)
agreement: $(STAMP)
	$(BIN)/python -m khabar.agreement

clean:
	rm -rf .state .pytest_cache .ruff_cache
