"""``stance convert``: other annotation formats to and from stance JSONL."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from stance.cli.app import app
from stance.convert import CONVERTERS, convert
from stance.schema import FormatError


@app.command("convert")
def convert_cli(
    fmt: str = typer.Argument(..., help=f"Input format: {', '.join(CONVERTERS)}."),
    source: Path = typer.Argument(..., exists=True, help="Input file or folder."),
    output: Path = typer.Option(..., "-o", "--output", help="Output JSONL (or folder, with --to citron)."),
    texts: Path | None = typer.Option(
        None,
        "--texts",
        exists=True,
        dir_okay=False,
        help="substrings: JSONL of the articles the annotations refer to by id.",
    ),
    to: str = typer.Option("jsonl", "--to", help="Output format: jsonl, or citron (one Citron JSON file per article)."),
) -> None:
    """Convert annotations to stance JSONL (or stance JSONL to Citron JSON).

    Examples:
      stance convert substrings ann.jsonl --texts corpus.jsonl -o gold.jsonl
      stance convert polnear PolNeAR/data/test -o polnear-test.jsonl
      stance convert citron citron_dir/ -o gold.jsonl
      stance convert jsonl gold.jsonl --to citron -o citron_dir/
    """
    console = Console(stderr=True, soft_wrap=True)
    try:
        count = convert(fmt, source, output, texts=texts, to=to)
    except (FormatError, ValueError, OSError) as err:
        console.print(f"error: {err}", markup=False)
        raise typer.Exit(1) from None
    console.print(f"wrote {count} articles to {output}", markup=False)
