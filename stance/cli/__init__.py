"""The ``stance`` command line: one module per command, each a thin wrapper."""

from stance.cli import compare, convert, evaluate, label, train, validate  # noqa: F401  (registers commands)
from stance.cli.app import app


def main() -> None:
    app()
