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


class TripsOn:
    """A user's stance stage with a bug: it raises on any batch holding ``word``. Stands
    in for a bug of ours that no known article trips any more (the resolver's recursion
    on 2 of PolNeAR's articles was one)."""

    def __init__(self, word: str) -> None:
        self.word = word

    def annotate(self, texts, sentences, quotes) -> None:
        if any(self.word in t for t in texts):
            raise RecursionError("maximum recursion depth exceeded")


def word_only_in(texts: list[str], i: int) -> str:
    """A word of ``texts[i]`` that no other text holds, for ``TripsOn``."""
    others = [t for j, t in enumerate(texts) if j != i]
    return next(w for w in texts[i].split() if len(w) > 5 and not any(w in t for t in others))
