"""The typer application every command registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="stance",
    help="Who said what, and what they did with it: quotes, speakers and stance in news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
