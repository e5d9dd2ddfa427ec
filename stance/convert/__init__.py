"""Converters between stance JSONL and other formats, one module per format."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from stance.convert import citron, polnear, substrings
from stance.schema import Article, read_jsonl, write_jsonl


def _substrings(source: Path, texts: Path | None) -> Iterator[Article]:
    base = {a.id: a for a in read_jsonl(texts)} if texts else None
    return substrings.read(source, base)


def _jsonl(source: Path, texts: Path | None) -> Iterator[Article]:
    return read_jsonl(source)


def _citron(source: Path, texts: Path | None) -> Iterator[Article]:
    return citron.read(source)


def _polnear(source: Path, texts: Path | None) -> Iterator[Article]:
    return polnear.read(source)


CONVERTERS: dict[str, Callable[[Path, Path | None], Iterator[Article]]] = {
    "substrings": _substrings,
    "citron": _citron,
    "polnear": _polnear,
    "jsonl": _jsonl,
}


def convert(
    fmt: str,
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    texts: str | os.PathLike[str] | None = None,
    to: str = "jsonl",
) -> int:
    """Read ``source`` in format ``fmt`` and write it to ``output``; returns the article count."""
    if fmt not in CONVERTERS:
        raise ValueError(f"unknown input format {fmt!r}; choose from {', '.join(CONVERTERS)}")
    articles = CONVERTERS[fmt](Path(source), Path(texts) if texts else None)
    if to == "jsonl":
        return write_jsonl(output, articles)
    if to == "citron":
        return citron.write(articles, output)
    raise ValueError(f"unknown output format {to!r}; choose jsonl or citron")
