"""``stance validate``: check annotated JSONL files against the format."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from stance.cli.app import app
from stance.validate import validate_file


@app.command("validate")
def validate_cli(
    paths: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="JSONL files to check."),
    max_errors: int = typer.Option(50, help="Print at most this many problems per file."),
) -> None:
    """Check JSONL article files: JSON syntax, offsets inside the text,
    text[start:end] equal to each span's text, and labels from the label set.
    Every problem is printed as FILE:LINE: FIELD: MESSAGE; the exit code is 1 if
    any file has one.

    Example: stance validate data/annotated/*.jsonl
    """
    console = Console(stderr=True, soft_wrap=True)
    bad = 0
    for path in paths:
        report = validate_file(path)
        for finding in report.findings[:max_errors]:
            console.print(str(finding), markup=False, highlight=False)
        if len(report.findings) > max_errors:
            console.print(f"{path}: ... and {len(report.findings) - max_errors} more", markup=False)
        status = "ok" if report.ok else f"{len(report.findings)} problem(s)"
        console.print(f"{path}: {report.articles} articles, {report.quotes} quotes: {status}", markup=False)
        bad += not report.ok
    raise typer.Exit(1 if bad else 0)
