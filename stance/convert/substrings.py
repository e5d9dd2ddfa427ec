"""Annotations written as literal substrings, resolved to checked character offsets.

People annotate by copying text, not by counting characters. In this format a
quote names its parts by the exact words they cover::

    {"id": "voa-x", "quotes": [{"type": "direct",
      "contents": ["\\"We want proper result to be announced,\\""],
      "cue": "added", "sources": ["he"], "speaker": "Nelson Chamisa",
      "stance": "none", "target": null}]}

A string that occurs more than once is disambiguated by context written around
it with the span itself in double brackets: ``"results [[were]] higher"``.
Contents are found in order, each after the one before; the cue and sources are
the occurrences nearest to the contents. Anything that cannot be resolved
exactly is an error naming the file, line and field: offsets are never guessed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from stance.schema import Article, FormatError, Problem, Quote, Span, check, gap


@dataclass(frozen=True, slots=True)
class _Needle:
    whole: str  # the string to find, brackets removed
    offset: int  # where the span starts inside ``whole``
    length: int
    has_context: bool


def _parse(raw: str) -> _Needle:
    if "[[" in raw:
        left, _, rest = raw.partition("[[")
        inner, sep, right = rest.partition("]]")
        if not sep or not inner:
            raise ValueError(f"bad [[...]] marker in {raw!r}")
        return _Needle(left + inner + right, len(left), len(inner), True)
    return _Needle(raw, 0, len(raw), False)


def _occurrences(text: str, needle: _Needle) -> list[Span]:
    """Where the needle occurs on word boundaries: "he" is not the end of "the"."""
    spans = []
    i = text.find(needle.whole)
    while i != -1:
        j = i + len(needle.whole)
        left_ok = not (needle.whole[:1].isalnum() and i > 0 and text[i - 1].isalnum())
        right_ok = not (needle.whole[-1:].isalnum() and j < len(text) and text[j].isalnum())
        if left_ok and right_ok:
            start = i + needle.offset
            spans.append(Span.of(text, start, start + needle.length))
        i = text.find(needle.whole, i + 1)
    return spans


def _find_content(text: str, raw: str, after: int | None) -> Span:
    needle = _parse(raw)
    found = _occurrences(text, needle)
    if not found:
        raise ValueError(f"{raw!r} is not in the text")
    if after is not None:
        later = [s for s in found if s.start >= after]
        if not later:
            raise ValueError(f"{raw!r} does not occur after the previous content span")
        return later[0]
    if len(found) > 1:
        raise ValueError(f"{raw!r} occurs {len(found)} times; add context around it with [[ ]]")
    return found[0]


def _find_near(text: str, raw: str, lo: int, hi: int) -> Span:
    found = _occurrences(text, _parse(raw))
    if not found:
        raise ValueError(f"{raw!r} is not in the text")
    return min(found, key=lambda s: (gap(s.start, s.end, lo, hi), s.start))


def resolve_quote(text: str, obj: Mapping[str, Any], where: str) -> Quote:
    """One substring-annotated quote to a Quote with offsets; ValueError names the field."""
    contents: list[Span] = []
    for i, raw in enumerate(obj.get("contents") or []):
        try:
            contents.append(_find_content(text, raw, contents[-1].end if contents else None))
        except ValueError as err:
            raise ValueError(f"{where}.contents[{i}]: {err}") from None
    if not contents:
        raise ValueError(f"{where}.contents: at least one content string is needed")
    lo, hi = contents[0].start, contents[-1].end
    cue = None
    if obj.get("cue"):
        try:
            cue = _find_near(text, obj["cue"], lo, hi)
        except ValueError as err:
            raise ValueError(f"{where}.cue: {err}") from None
    sources = []
    for i, raw in enumerate(obj.get("sources") or []):
        try:
            sources.append(_find_near(text, raw, lo, hi))
        except ValueError as err:
            raise ValueError(f"{where}.sources[{i}]: {err}") from None
    return Quote(
        type=obj.get("type", ""),
        contents=contents,
        cue=cue,
        sources=sources,
        speaker=obj.get("speaker"),
        stance=obj.get("stance"),
        target=obj.get("target"),
    )


def resolve_article(obj: Mapping[str, Any], base: Article | None) -> Article:
    """An annotation object (with its own ``text`` or a ``base`` article) to an Article."""
    if base is None and not isinstance(obj.get("text"), str):
        raise ValueError("no text: give the article's text or a --texts file holding its id")
    text = obj["text"] if isinstance(obj.get("text"), str) else base.text  # type: ignore[union-attr]
    quotes = [resolve_quote(text, q, f"quotes[{i}]") for i, q in enumerate(obj.get("quotes") or [])]
    meta = dict(base.meta) if base else {}
    meta.update({k: v for k, v in obj.items() if k not in ("id", "text", "quotes")})
    article = Article(id=str(obj["id"]), text=text, quotes=quotes, meta=meta)
    problems = check(article.to_dict())
    if problems:
        raise ValueError(str(problems[0]))
    return article


def read(path: str | os.PathLike[str], texts: Mapping[str, Article] | None = None) -> Iterator[Article]:
    """Resolve every line of a substring-annotation JSONL file."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise FormatError(path, lineno, f"invalid JSON: {err.msg} at column {err.colno}") from None
            if not isinstance(obj, dict) or "id" not in obj:
                raise FormatError(path, lineno, Problem("id", "missing"))
            base = (texts or {}).get(str(obj["id"]))
            try:
                yield resolve_article(obj, base)
            except ValueError as err:
                raise FormatError(path, lineno, f"article {obj['id']}: {err}") from None


def _unresolve_span(text: str, span: Span) -> str:
    if text.count(span.text) == 1:
        return span.text
    # Widen by whole characters until the string is unique.
    for pad in range(1, len(text)):
        lo, hi = max(0, span.start - pad), min(len(text), span.end + pad)
        # Context must end on word edges: needles match whole words only.
        while lo > 0 and text[lo - 1].isalnum() and text[lo].isalnum():
            lo -= 1
        while hi < len(text) and text[hi - 1].isalnum() and text[hi].isalnum():
            hi += 1
        whole = text[lo:hi]
        if text.count(whole) == 1:
            return f"{text[lo : span.start]}[[{span.text}]]{text[span.end : hi]}"
    return span.text


def to_substrings(article: Article) -> dict[str, Any]:
    """The inverse of ``resolve_article``: an article as substring annotations."""
    text = article.text
    quotes = []
    for q in article.quotes:
        quotes.append(
            {
                "type": q.type,
                "contents": [_unresolve_span(text, q.contents[0])] + [s.text for s in q.contents[1:]],
                "cue": q.cue.text if q.cue else None,
                "sources": [s.text for s in q.sources],
                "speaker": q.speaker,
                "stance": q.stance,
                "target": q.target,
            }
        )
    return {"id": article.id, "quotes": quotes}
