"""stance: quotes, speakers and stance in news articles."""

__version__ = "0.1.0"


def load(path=None):
    """The default pipeline (or the one saved at ``path``): ``stance.load()("text")``."""
    from stance.pipeline import load as _load

    return _load(path)
