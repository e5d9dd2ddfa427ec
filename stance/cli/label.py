"""``stance label``: run the pipeline over files, folders or JSONL, streaming."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from stance.cli.app import app


def _count_records(paths: list[Path]) -> int | None:
    """A cheap total for the progress bar: lines of JSONL inputs, one per other file."""
    from stance.readers import JSONL_SUFFIXES, expand

    total = 0
    for path in expand(paths):
        if path.suffix.lower() in JSONL_SUFFIXES:
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        elif path.suffix.lower() == ".parquet":
            try:
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows  # the footer, not the data
            except Exception:  # unreadable: the reader reports it as a bad record
                total += 1
        else:
            total += 1
    return total


@app.command("label")
def label_cli(
    inputs: list[Path] = typer.Argument(..., help="Text files, folders (recursive), JSONL or Citron JSON files."),
    output: Path = typer.Option(..., "-o", "--output", help="Output file, one article per input article."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, or parquet (written when the run completes)."),
    model: Path | None = typer.Option(None, "--model", help="Pipeline folder (default: the shipped models/)."),
    batch_size: int = typer.Option(
        128,
        "--batch-size",
        min=1,
        help="Articles per model batch (larger batches pad less: 32 -> 9.2, 128 -> 11.7 articles/s).",
    ),
    resume: bool = typer.Option(False, "--resume", help="Continue a run that was interrupted."),
    device: str = typer.Option("cpu", "--device", help="cpu or cuda."),
    runtime: str = typer.Option(
        "torch",
        "--runtime",
        help="CPU runtime: torch, onnx (ONNX Runtime fp32), onnx-int8, or per stage: attribution=onnx-int8.",
    ),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes on this machine (or Ray actors)."),
    backend: str = typer.Option("local", "--backend", help="local, or ray (Ray Data; RAY_ADDRESS picks the cluster)."),
    show: int = typer.Option(5, "--show", help="Print a table of this many quotes at the end (0: none)."),
) -> None:
    """Find quotes, speakers and stance in articles and write JSONL.

    Bad records (invalid UTF-8 or JSON, missing text, empty or huge texts, duplicate
    ids) go to OUT.errors.jsonl with file, line and reason; every good record is
    still labelled. So does an article the pipeline fails on ("stage": "label", with
    the error): the run goes on without it. Exit code 0 if all records were labelled,
    2 if some failed.

    Examples:
      stance label data/samples/ -o labelled.jsonl
      stance label corpus.jsonl -o out.jsonl --batch-size 64
      stance label corpus.jsonl -o out.jsonl --resume
      stance label corpus.parquet -o out.parquet --format parquet --workers 2
      RAY_ADDRESS=ray://head:10001 stance label corpus.jsonl -o out.jsonl --backend ray --workers 16
    """
    from stance.label import BACKENDS, FORMATS, errors_path, label_files
    from stance.pipeline import Pipeline
    from stance.runtime import parse_runtimes

    console = Console(stderr=True, soft_wrap=True)
    missing = [p for p in inputs if not p.exists()]
    if missing:
        console.print(f"error: no such file or folder: {', '.join(map(str, missing))}", markup=False)
        raise typer.Exit(1)
    for name, value, allowed in (("--format", fmt, FORMATS), ("--backend", backend, BACKENDS)):
        if value not in allowed:
            console.print(f"error: {name} must be one of {', '.join(allowed)}, not {value!r}", markup=False)
            raise typer.Exit(1)
    try:
        parse_runtimes(runtime, ["attribution", "stance"])
    except ValueError as err:
        console.print(f"error: --runtime: {err}", markup=False)
        raise typer.Exit(1) from None
    remote = workers > 1 or backend == "ray"  # the models load in each worker, not here
    if remote and device != "cpu":
        console.print("error: --device cuda runs in this process; --workers and --backend ray run on CPU", markup=False)
        raise typer.Exit(1)
    pipeline = Pipeline.from_disk(model, load=not remote)
    if device != "cpu":
        if runtime != "torch":
            console.print(f"error: --device {device} runs on the torch runtime, not {runtime}", markup=False)
            raise typer.Exit(1)
        pipeline.to_device(device)
    elif remote:
        pipeline.runtime = runtime  # applied by each worker after it loads the models
    else:
        pipeline.use_runtime(runtime)
    total = _count_records(inputs)
    columns = [TextColumn("labelling"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}")]
    with Progress(*columns, TimeRemainingColumn(), console=console, transient=False) as progress:
        task = progress.add_task("label", total=total, rate="")

        def advance(n: int) -> None:
            t = progress.tasks[0]
            rate = f"{t.speed:.1f} articles/s" if t.speed else ""
            progress.update(task, advance=n, rate=rate)

        def skip(n: int) -> None:
            progress.reset(task, completed=n, rate="")  # a resumed run starts where the last stopped

        summary = label_files(
            inputs,
            output,
            pipeline,
            batch_size=batch_size,
            resume=resume,
            workers=workers,
            backend=backend,
            fmt=fmt,
            on_batch=advance,
            on_skip=skip,
        )
    console.print(
        f"{summary.articles} articles labelled ({summary.skipped} already done), {summary.quotes} quotes, "
        f"{summary.errors} errors in {summary.seconds:.1f}s ({summary.rate:.1f} articles/s)",
        markup=False,
    )
    if summary.stances:
        console.print("stance counts: " + ", ".join(f"{k} {v}" for k, v in summary.stances.most_common()), markup=False)
    if show and fmt == "jsonl":
        _print_sample(output, show)
    if summary.errors:
        console.print(f"{summary.errors} records not labelled: see {errors_path(output)}", markup=False)
        raise typer.Exit(2)


def _print_sample(output: Path, n: int) -> None:
    from stance.schema import read_jsonl

    table = Table(title=f"First {n} quotes in {output}")
    table.add_column("article", max_width=28, no_wrap=True, overflow="ellipsis")
    for col in ("speaker", "stance", "target"):
        table.add_column(col, max_width=24, overflow="fold")
    table.add_column("quote", overflow="fold")
    shown = 0
    for article in read_jsonl(output):
        for q in article.quotes:
            text = " … ".join(s.text for s in q.contents)
            table.add_row(article.id, q.speaker or "?", q.stance or "", q.target or "", text[:100])
            shown += 1
            if shown >= n:
                break
        if shown >= n:
            break
    console = Console()
    if not console.is_terminal:
        console = Console(width=150)  # piped or logged: no need to squeeze into 80 columns
    console.print(table)
