"""``stance evaluate``: score a model or a prediction file on gold articles."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from stance.cli.app import app
from stance.schema import LABELS


@app.command("evaluate")
def evaluate_cli(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSONL (e.g. data/annotated/test.jsonl)."),
    pred: Path | None = typer.Option(None, "--pred", exists=True, dir_okay=False, help="Predictions JSONL."),
    model: Path | None = typer.Option(None, "--model", help="Pipeline folder to predict with (default: models/)."),
    stance_model: Path | None = typer.Option(
        None, "--stance-model", help="Use this stance model folder instead of the pipeline's (e.g. a baseline)."
    ),
    gold_quotes: bool = typer.Option(False, "--gold-quotes", help="Run the stance stage alone, on the gold quotes."),
    json_path: Path | None = typer.Option(None, "--json", help="Write all metrics to this JSON file."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the predictions to this JSONL file."),
    report: Path | None = typer.Option(None, "--report", help="Write an HTML report with plots to this file."),
    batch_size: int = typer.Option(128, help="Articles per batch when predicting."),
    runtime: str = typer.Option(
        "torch",
        "--runtime",
        help="Predict on torch (the reference), onnx, onnx-int8 or per stage, to check a fast path.",
    ),
) -> None:
    """Score quotes, speakers and stance against gold annotations and print tables.

    Quotes are matched one to one by character overlap of their contents; quote F1
    is reported at overlap 0.3, 0.5 and 0.8; cue, source and content spans with
    exact and token-overlap P/R/F1 (Citron's definitions); speaker accuracy, stance
    per-label P/R/F1, macro-F1, accuracy, calibration error and target accuracy on
    quotes matched at 0.5.

    Examples:
      stance evaluate data/annotated/test.jsonl --model models
      stance evaluate data/annotated/test.jsonl --gold-quotes --json stance.json
      stance evaluate data/annotated/test.jsonl --pred predictions.jsonl --report report.html
      stance evaluate data/annotated/dev.jsonl --runtime attribution=onnx-int8
    """
    from stance.evaluate import evaluate, write_predictions
    from stance.pipeline import Pipeline, load_stance_stage

    console = Console()
    pipeline = None
    if pred is None:
        pipeline = Pipeline.from_disk(model)
        if stance_model is not None:
            pipeline.stance = load_stance_stage(stance_model)
    try:
        if pipeline is not None:
            pipeline.use_runtime(runtime)
        result = evaluate(gold, pred_path=pred, pipeline=pipeline, gold_quotes=gold_quotes, batch_size=batch_size)
    except ValueError as err:
        Console(stderr=True).print(f"error: {err}", markup=False)
        raise typer.Exit(1) from None
    m = result.metrics
    if not gold_quotes:
        console.print(_quote_table(m))
    if "stance_macro_f" in m:
        console.print(_stance_table(m))
        console.print(_confusion_table(result))
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(m, indent=2) + "\n", encoding="utf-8")
    if output:
        write_predictions(result, output)
    if report:
        from stance.report import write_report

        write_report(result, report, title=f"stance evaluate {gold.name}")
        console.print(f"report written to {report}")


def _quote_table(m: dict[str, float]) -> Table:
    table = Table(title="Quotes and attribution")
    for col in ("", "P", "R", "F1"):
        table.add_column(col, justify="right" if col else "left")
    for t in (0.3, 0.5, 0.8):
        table.add_row(f"quote @{t}", *(f"{m[f'quote_{k}@{t}']:.3f}" for k in "prf"))
    for kind in ("cue", "source", "content"):
        for how in ("exact", "token"):
            table.add_row(f"{kind} ({how})", *(f"{m[f'{kind}_{how}_{k}']:.3f}" for k in "prf"))
    table.add_row("speaker accuracy", "", "", f"{m['speaker_acc']:.3f}")
    table.add_row("stance events", *(f"{m[f'stance_event_{k}']:.3f}" for k in "prf"))
    return table


def _stance_table(m: dict[str, float]) -> Table:
    table = Table(title=f"Stance ({int(m['stance_n'])} matched quotes)")
    for col in ("label", "P", "R", "F1", "support"):
        table.add_column(col, justify="left" if col == "label" else "right")
    for label in LABELS:
        table.add_row(
            label, *(f"{m[f'stance_{k}_{label}']:.3f}" for k in "prf"), str(int(m[f"stance_support_{label}"]))
        )
    table.add_row("macro", "", "", f"{m['stance_macro_f']:.3f}", "")
    table.add_row("accuracy", "", "", f"{m['stance_acc']:.3f}", "")
    table.add_row("calibration error", "", "", f"{m['stance_ece']:.3f}", "")
    table.add_row("target accuracy", "", "", f"{m['target_acc']:.3f}", str(int(m["target_n"])))
    return table


def _confusion_table(result) -> Table:
    from stance.metrics import confusion

    matrix = confusion([p.gold for p in result.pairs], [p.pred for p in result.pairs])
    table = Table(title="Confusion (rows gold, columns predicted)")
    table.add_column("")
    for label in LABELS:
        table.add_column(label, justify="right")
    for label, row in zip(LABELS, matrix, strict=True):
        table.add_row(label, *map(str, row))
    return table
