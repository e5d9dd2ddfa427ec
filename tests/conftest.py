"""Shared fixtures: real annotated articles from data/annotated (small slices)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stance.schema import Article, read_jsonl

ROOT = Path(__file__).resolve().parent.parent
ANNOTATED = ROOT / "data" / "annotated"
MODELS = ROOT / "models"


@pytest.fixture(scope="session")
def train_articles() -> list[Article]:
    return list(read_jsonl(ANNOTATED / "train.jsonl"))


@pytest.fixture(scope="session")
def dev_articles() -> list[Article]:
    return list(read_jsonl(ANNOTATED / "dev.jsonl"))


@pytest.fixture(scope="session")
def small_train(train_articles: list[Article]) -> list[Article]:
    """Articles with quotes of every stance label, for training tiny models."""
    return [a for a in train_articles if a.quotes][:12]
