"""Citron's JSON format (one file per document) to and from stance articles.

Citron quotes have ``cue``, ``sources`` and ``contents`` character spans (plus optional
``coreferences`` and ``confidence``); reading fills ``type`` from the quotation marks
in the contents and ``speaker`` from the sources and coreferences, and leaves
``stance`` unset. Writing keeps Citron's keys and adds ours (type, speaker, stance,
target), which Citron ignores.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from stance.attribution.link import quote_type
from stance.attribution.speaker import SpeakerResolver
from stance.schema import Article, FormatError, Quote, Span, check


def _span(obj: Any) -> Span | None:
    return Span.from_dict(obj) if isinstance(obj, dict) else None


def read(path: str | os.PathLike[str]) -> Iterator[Article]:
    """Every Citron JSON file in ``path`` (a file or a folder, recursively, sorted)."""
    root = Path(path)
    files = sorted(root.rglob("*.json")) if root.is_dir() else [root]
    for file in files:
        try:
            obj = json.loads(file.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise FormatError(file, 0, f"not a Citron JSON document: {err}") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise FormatError(file, 0, "a Citron document is an object with 'text' and 'quotes'")
        text = obj["text"]
        resolver = SpeakerResolver(text)
        quotes, history = [], []
        for q in obj.get("quotes") or []:
            contents = [s for s in map(_span, q.get("contents") or []) if s]
            sources = [s for s in map(_span, q.get("sources") or []) if s]
            mentions = sources + [s for s in map(_span, q.get("coreferences") or []) if s]
            named = [m for m in mentions if m.text[:1].isupper() and m.text.lower() not in ("he", "she", "they", "it")]
            pick = max(named, key=lambda m: len(m.text)) if named else (sources[0] if sources else None)
            speaker = resolver.resolve(pick.text, pick.start, history) if pick else None
            quote = Quote(
                type=quote_type(text, contents) if contents else "indirect",
                contents=contents,
                cue=_span(q.get("cue")),
                sources=sources,
                speaker=speaker,
                confidence=q.get("confidence") if isinstance(q.get("confidence"), int | float) else None,
            )
            history.append((quote.start if contents else 0, speaker))
            quotes.append(quote)
        article = Article(id=str(obj.get("id", file.stem)), text=text, quotes=quotes)
        problems = check(article.to_dict())
        if problems:
            raise FormatError(file, 0, problems[0])
        yield article


def write(articles: Iterable[Article], folder: str | os.PathLike[str]) -> int:
    """One ``<id>.json`` Citron document per article; returns how many."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for article in articles:
        doc = {"id": article.id, "text": article.text, "quotes": [_quote(q) for q in article.quotes]}
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in article.id)
        tmp = out / f".{safe}.json.tmp"
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(out / f"{safe}.json")
        count += 1
    return count


def _quote(q: Quote) -> dict[str, Any]:
    obj = q.to_dict()
    if q.confidence is None:
        obj.pop("confidence", None)
    return obj
