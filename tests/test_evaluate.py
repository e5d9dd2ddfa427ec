"""stance evaluate with a model: an article the pipeline fails on is named in the error."""

import pytest

from stance.evaluate import evaluate
from stance.pipeline import Pipeline
from stance.schema import read_jsonl, write_jsonl
from tests.conftest import ANNOTATED, TripsOn, word_only_in


def test_the_article_the_pipeline_fails_on_is_named(tmp_path) -> None:
    gold = list(read_jsonl(ANNOTATED / "dev.jsonl"))[:6]
    path = tmp_path / "gold.jsonl"
    write_jsonl(path, gold)
    word = word_only_in([a.text for a in gold], 4)
    with pytest.raises(RuntimeError, match=rf"article 5 \('{gold[4].id}'\).*RecursionError"):
        evaluate(path, pipeline=Pipeline(None, TripsOn(word)))
    # Without the bug the same pipeline scores the file.
    assert evaluate(path, pipeline=Pipeline(None, TripsOn("\x00"))).metrics["quote_f@0.5"] == 0.0
