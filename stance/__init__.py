"""stance: quotes, speakers and stance in news articles."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stance.pipeline import Pipeline

__version__ = "0.1.0"


def load(path: str | os.PathLike[str] | None = None) -> Pipeline:
    """The default pipeline (or the one saved at ``path``): ``stance.load()("text")``.

    Imported lazily so that ``import stance`` stays light (no torch)."""
    from stance.pipeline import load as _load

    return _load(path)
