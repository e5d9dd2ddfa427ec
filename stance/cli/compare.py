"""``stance compare``: two or more runs on the same gold articles, with bootstrap intervals."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from stance.cli.app import app


@app.command("compare")
def compare_cli(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSONL (e.g. data/annotated/test.jsonl)."),
    runs: list[Path] = typer.Argument(
        ...,
        exists=True,
        help="Two or more runs: prediction JSONL files, pipeline folders or stance model folders. The first is the reference.",
    ),
    names: list[str] = typer.Option([], "--name", help="A name for each run, in order (default: its path)."),
    gold_quotes: bool = typer.Option(
        False, "--gold-quotes", help="Model folders run their stance stage alone, on the gold quotes."
    ),
    samples: int = typer.Option(1000, "--samples", help="Bootstrap resamples of the gold articles."),
    level: float = typer.Option(0.95, "--level", help="Confidence level of the intervals."),
    seed: int = typer.Option(0, "--seed", help="Seed of the resampling."),
    json_path: Path | None = typer.Option(None, "--json", help="Write the values and differences to this JSON file."),
    batch_size: int = typer.Option(128, help="Articles per batch when predicting."),
) -> None:
    """Score runs on the same gold articles and say which differences are more than chance.

    Each run is scored as `stance evaluate` scores it. Every run after the first is
    compared with the first on the same bootstrap resamples of the gold articles (whole
    articles, drawn with replacement): the table gives each difference, its confidence
    interval and the share of resamples in which the run scores higher. A difference
    whose interval leaves out zero is marked *.

    A folder holding pipeline.json is a pipeline; any other folder is a stance model,
    run inside the shipped pipeline (set STANCE_MODELS for another).

    Examples:
      stance compare data/annotated/test.jsonl models runs/my-pipeline
      stance compare data/annotated/test.jsonl models/stance models/stance-baseline --gold-quotes
      stance compare data/annotated/test.jsonl old.jsonl new.jsonl --name before --name after --json cmp.json
    """
    from stance.compare import STANCE_METRICS, compare
    from stance.evaluate import predict
    from stance.schema import read_jsonl

    err = Console(stderr=True)
    if names and len(names) != len(runs):
        err.print(f"error: {len(names)} --name given for {len(runs)} runs", markup=False)
        raise typer.Exit(1)
    labels = names or [str(r) for r in runs]
    if len(set(labels)) != len(labels):
        err.print("error: two runs have the same name; tell them apart with --name", markup=False)
        raise typer.Exit(1)
    try:
        gold_articles = list(read_jsonl(gold))
        predicted = {}
        for label, run in zip(labels, runs, strict=True):
            if run.is_dir():
                predicted[label] = predict(run, gold_articles, gold, gold_quotes=gold_quotes, batch_size=batch_size)
            else:
                predicted[label] = list(read_jsonl(run))
        result = compare(
            gold_articles,
            predicted,
            samples=samples,
            level=level,
            seed=seed,
            metrics=STANCE_METRICS if gold_quotes else None,
        )
    except (ValueError, FileNotFoundError) as e:
        err.print(f"error: {e}", markup=False)
        raise typer.Exit(1) from None
    Console().print(_table(result))
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")


def _table(result) -> Table:
    from stance.compare import METRICS

    others = [name for name in result.values if name != result.reference]
    table = Table(
        title=f"{result.articles} articles, {result.samples} resamples, {result.level:.0%} intervals "
        f"(* the interval leaves out 0)"
    )
    table.add_column("metric")
    table.add_column(result.reference, justify="right")
    for name in others:
        table.add_column(name, justify="right")
        table.add_column("difference", justify="right")
        table.add_column("interval", justify="right")
        table.add_column("higher in", justify="right")
    by_key = {(d.metric, d.run): d for d in result.differences}
    for key, title in METRICS:
        if (key, others[0]) not in by_key:
            continue
        row = [title, f"{result.values[result.reference][key]:.3f}"]
        for name in others:
            d = by_key[(key, name)]
            row += [
                f"{d.value:.3f}",
                f"{d.delta:+.3f}{' *' if d.clear else '  '}",
                f"[{d.low:+.3f}, {d.high:+.3f}]",
                f"{d.better:.0%}",
            ]
        table.add_row(*row)
    return table
