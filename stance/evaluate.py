"""``stance evaluate`` as a library function: predict (optionally) and score."""

from __future__ import annotations

import copy
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from stance.metrics import StancePair, score
from stance.pipeline import PIPELINE_FILE, Pipeline, load_stance_stage
from stance.schema import Article, read_jsonl


@dataclass
class Evaluation:
    metrics: dict[str, float]
    pairs: list[StancePair]
    gold: list[Article]
    pred: list[Article]


def predict_with_gold_quotes(pipeline: Pipeline, gold: Sequence[Article]) -> list[Article]:
    """Stance alone, on the gold quotes with their gold speakers: the stage in isolation."""
    if pipeline.stance is None:
        raise ValueError("the model has no stance stage to evaluate on gold quotes")
    pred = []
    for article in gold:
        a = copy.deepcopy(article)
        for q in a.quotes:
            q.stance = q.target = None
        pred.append(a)
    texts = [a.text for a in pred]
    sentences = [pipeline.segmenter(t) for t in texts]
    pipeline.stance.annotate(texts, sentences, [a.quotes for a in pred])
    return pred


def _predict(
    pipeline: Pipeline, gold: Sequence[Article], gold_path: str | os.PathLike[str], batch_size: int
) -> list[Article]:
    """The pipeline's articles for the gold texts. An article it fails on stops the run
    (a score without it would mislead) with an error naming it, so the bug can be reported."""
    inputs = [Article(a.id, a.text, [], dict(a.meta)) for a in gold]
    pred: list[Article] = []
    for start in range(0, len(inputs), batch_size):
        for n, result in enumerate(pipeline.process_each(inputs[start : start + batch_size]), start + 1):
            if isinstance(result, Exception):
                raise RuntimeError(
                    f"{gold_path}: article {n} ({inputs[n - 1].id!r}): the pipeline failed on it "
                    f"({type(result).__name__}: {result}); please report it with this article"
                ) from result
            pred.append(result)
    return pred


def predict(
    model: str | os.PathLike[str],
    gold: Sequence[Article],
    gold_path: str | os.PathLike[str],
    *,
    gold_quotes: bool = False,
    batch_size: int = 128,
) -> list[Article]:
    """What a model folder predicts for the gold articles: a pipeline folder as it is,
    a stance model folder inside the default pipeline (the shipped one, or
    ``$STANCE_MODELS``); with ``gold_quotes``, the stance stage alone on the gold quotes."""
    folder = Path(model)
    if (folder / PIPELINE_FILE).exists():
        pipeline = Pipeline.from_disk(folder)
    elif (folder / "config.json").exists():
        pipeline = Pipeline.from_disk()
        pipeline.stance = load_stance_stage(folder)
    else:
        raise FileNotFoundError(
            f"{folder} is neither a pipeline folder (no {PIPELINE_FILE}) nor a model folder (no config.json)"
        )
    if gold_quotes:
        return predict_with_gold_quotes(pipeline, gold)
    return _predict(pipeline, gold, gold_path, batch_size)


def evaluate(
    gold_path: str | os.PathLike[str],
    *,
    pred_path: str | os.PathLike[str] | None = None,
    pipeline: Pipeline | None = None,
    gold_quotes: bool = False,
    batch_size: int = 128,
) -> Evaluation:
    """Score predictions read from ``pred_path``, or made by ``pipeline``, against gold."""
    gold = list(read_jsonl(gold_path))
    if pred_path is not None:
        pred = list(read_jsonl(pred_path))
        known = {a.id for a in gold}
        missing = known - {a.id for a in pred}
        if len(missing) == len(known) and known:
            raise ValueError(f"{pred_path} shares no article id with {gold_path}")
    elif pipeline is not None:
        if gold_quotes:
            pred = predict_with_gold_quotes(pipeline, gold)
        else:
            pred = _predict(pipeline, gold, gold_path, batch_size)
    else:
        raise ValueError("give predictions (--pred) or a model to predict with (--model)")
    metrics, pairs = score(gold, pred)
    return Evaluation(metrics, pairs, gold, pred)


def write_predictions(evaluation: Evaluation, path: str | os.PathLike[str]) -> None:
    from stance.schema import write_jsonl

    write_jsonl(Path(path), evaluation.pred)
