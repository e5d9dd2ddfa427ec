# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed
DATA = data/annotated
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1

.PHONY: demo test lint train train-attribution train-stance train-baseline evaluate data bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

## demo: install, then label the sample articles with the shipped models
demo: $(STAMP)
	$(BIN)/stance label data/samples -o runs/demo.jsonl --show 20

## test: install, lint, run the test suite
test: $(STAMP)
	$(BIN)/ruff check stance tests scripts
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check stance tests scripts
	$(BIN)/ruff format --check stance tests scripts

## data: rebuild data/annotated from the reviewed annotations and ../shared/corpus, and the synthetic training articles
data: $(STAMP)
	$(BIN)/python scripts/build_corpus.py
	$(BIN)/stance convert substrings data/raw/synthetic/annotations.jsonl --texts data/raw/synthetic/texts.jsonl -o $(DATA)/synthetic.jsonl
	$(BIN)/stance convert substrings data/raw/synthetic-beats/annotations.jsonl --texts data/raw/synthetic-beats/texts.jsonl -o $(DATA)/synthetic-beats.jsonl
	$(BIN)/stance validate $(DATA)/train.jsonl $(DATA)/dev.jsonl $(DATA)/test.jsonl $(DATA)/synthetic.jsonl $(DATA)/synthetic-beats.jsonl

## train: reproduce every shipped model from data/annotated
train: train-attribution train-stance train-baseline

train-attribution: $(STAMP)
	$(BIN)/stance train attribution --train $(DATA)/train.jsonl --train $(DATA)/synthetic.jsonl --train $(DATA)/synthetic-beats.jsonl --dev $(DATA)/dev.jsonl --test $(DATA)/test.jsonl -o models/attribution

# The stance stage trains on the first round of synthetic articles only: the second round
# (synthetic-beats) left it no better on other outlets' news (development log, "Stance").
train-stance: $(STAMP)
	$(BIN)/stance train stance --train $(DATA)/train.jsonl --train $(DATA)/synthetic.jsonl --dev $(DATA)/dev.jsonl --test $(DATA)/test.jsonl -o models/stance

train-baseline: $(STAMP)
	$(BIN)/stance train stance --model baseline --train $(DATA)/train.jsonl --train $(DATA)/synthetic.jsonl --dev $(DATA)/dev.jsonl --test $(DATA)/test.jsonl -o models/stance-baseline

## evaluate: score the shipped pipeline on the test split (end to end, then stance on gold quotes)
evaluate: $(STAMP)
	mkdir -p runs
	$(BIN)/stance evaluate $(DATA)/test.jsonl --model models --json runs/test-end-to-end.json --report runs/test-report.html
	$(BIN)/stance evaluate $(DATA)/test.jsonl --model models --gold-quotes --json runs/test-stance.json
	$(BIN)/stance evaluate $(DATA)/test.jsonl --model models --gold-quotes --stance-model models/stance-baseline --json runs/test-stance-baseline.json

## bench: sentence splitter accuracy and speed against pysbd and blingfire
bench: $(STAMP)
	$(BIN)/python scripts/bench_segment.py

clean:
	rm -rf runs .pytest_cache .ruff_cache
