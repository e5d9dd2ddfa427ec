"""The data model and its JSON format: the one place both live.

Mirrors ``ANNOTATION.md``: an article is one JSON object with its ``text`` and a
list of ``quotes``. Quote parts are Citron-compatible character spans
(``start``/``end`` are Python ``str`` indices, end exclusive, ``text`` the covered
substring); ``speaker``, ``stance``, ``target`` and ``confidence`` are ours.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LABELS: tuple[str, ...] = ("accuse", "deny", "condemn", "propose", "none")
QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")

# Keys an article object may carry besides the ones the data model owns. They are
# kept verbatim so provenance (url, outlet, licence) survives a round trip.
_ARTICLE_KEYS = ("id", "text", "quotes")


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of an article's text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> Span:
        return cls(start=obj["start"], end=obj["end"], text=obj["text"])

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def overlap(self, other: Span) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


def gap(start: int, end: int, lo: int, hi: int) -> int:
    """Characters between the span ``start:end`` and the range ``lo:hi`` (0 if they touch or overlap)."""
    if end <= lo:
        return lo - end
    if start >= hi:
        return start - hi
    return 0


@dataclass(slots=True)
class Quote:
    """One attributed statement: what was said, by whom, and what it does."""

    type: str
    contents: list[Span]
    cue: Span | None = None
    sources: list[Span] = field(default_factory=list)
    speaker: str | None = None
    stance: str | None = None
    target: str | None = None
    # Predictions only: the model's confidence in the quote, and the probability
    # of each stance label.
    confidence: float | None = None
    stance_scores: dict[str, float] | None = None

    @property
    def start(self) -> int:
        return min(s.start for s in self.contents)

    @property
    def end(self) -> int:
        return max(s.end for s in self.contents)

    def reread(self, text: str) -> None:
        """Read every span again from ``text``: the same article with other characters
        at the same offsets (another quotation style)."""
        self.contents = [Span.of(text, s.start, s.end) for s in self.contents]
        self.sources = [Span.of(text, s.start, s.end) for s in self.sources]
        self.cue = Span.of(text, self.cue.start, self.cue.end) if self.cue else None

    def to_dict(self) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "type": self.type,
            "contents": [s.to_dict() for s in self.contents],
            "cue": self.cue.to_dict() if self.cue else None,
            "sources": [s.to_dict() for s in self.sources],
            "speaker": self.speaker,
            "stance": self.stance,
            "target": self.target,
        }
        if self.confidence is not None:
            obj["confidence"] = self.confidence
        if self.stance_scores is not None:
            obj["stance_scores"] = self.stance_scores
        return obj

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> Quote:
        cue = obj.get("cue")
        return cls(
            type=obj["type"],
            contents=[Span.from_dict(s) for s in obj["contents"]],
            cue=Span.from_dict(cue) if cue else None,
            sources=[Span.from_dict(s) for s in obj.get("sources") or []],
            speaker=obj.get("speaker"),
            stance=obj.get("stance"),
            target=obj.get("target"),
            confidence=obj.get("confidence"),
            stance_scores=obj.get("stance_scores"),
        )


@dataclass(slots=True)
class Article:
    """An article's text, its quotes, and whatever provenance came with it."""

    id: str
    text: str
    quotes: list[Quote] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obj: dict[str, Any] = {"id": self.id}
        obj.update(self.meta)
        obj["text"] = self.text
        obj["quotes"] = [q.to_dict() for q in self.quotes]
        return obj

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> Article:
        meta = {k: v for k, v in obj.items() if k not in _ARTICLE_KEYS}
        return cls(
            id=str(obj["id"]),
            text=obj["text"],
            quotes=[Quote.from_dict(q) for q in obj.get("quotes") or []],
            meta=meta,
        )


# --------------------------------------------------------------------------- checks


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a record; ``field`` is a JSON path like ``quotes[2].cue``."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class FormatError(ValueError):
    """A record that cannot be read, with where it came from."""

    def __init__(self, path: str | os.PathLike[str], line: int, problem: Problem | str):
        self.path = str(path)
        self.line = line
        self.problem = problem if isinstance(problem, Problem) else Problem("", problem)
        super().__init__(f"{self.path}:{line}: {self.problem}")


def _check_span(obj: Any, text: str, where: str) -> list[Problem]:
    if not isinstance(obj, dict):
        return [Problem(where, "must be an object with start, end, text")]
    missing = [k for k in ("start", "end", "text") if k not in obj]
    if missing:
        return [Problem(where, f"missing {', '.join(missing)}")]
    start, end, span_text = obj["start"], obj["end"], obj["text"]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return [Problem(where, "start and end must be integers")]
    if not isinstance(span_text, str):
        return [Problem(where, "text must be a string")]
    if not 0 <= start < end <= len(text):
        return [Problem(where, f"offsets {start}:{end} outside the text (length {len(text)}) or empty")]
    if text[start:end] != span_text:
        return [Problem(where, f"text {span_text!r} != text[{start}:{end}] {text[start:end]!r}")]
    return []


def _check_quote(obj: Any, text: str, where: str) -> list[Problem]:
    if not isinstance(obj, dict):
        return [Problem(where, "must be an object")]
    problems: list[Problem] = []
    if obj.get("type") not in QUOTE_TYPES:
        problems.append(Problem(f"{where}.type", f"{obj.get('type')!r} is not one of {', '.join(QUOTE_TYPES)}"))
    contents = obj.get("contents")
    if not isinstance(contents, list) or not contents:
        problems.append(Problem(f"{where}.contents", "must be a non-empty list of spans"))
    else:
        for i, span in enumerate(contents):
            problems += _check_span(span, text, f"{where}.contents[{i}]")
    if obj.get("cue") is not None:
        problems += _check_span(obj["cue"], text, f"{where}.cue")
    sources = obj.get("sources", [])
    if not isinstance(sources, list):
        problems.append(Problem(f"{where}.sources", "must be a list of spans"))
    else:
        for i, span in enumerate(sources):
            problems += _check_span(span, text, f"{where}.sources[{i}]")
    stance = obj.get("stance")
    if stance is not None and stance not in LABELS:
        problems.append(Problem(f"{where}.stance", f"{stance!r} is not one of {', '.join(LABELS)}"))
    for key in ("speaker", "target"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            problems.append(Problem(f"{where}.{key}", "must be a string or null"))
    if stance == "none" and obj.get("target") is not None:
        problems.append(Problem(f"{where}.target", "must be null when stance is 'none'"))
    conf = obj.get("confidence")
    if conf is not None and not (isinstance(conf, int | float) and 0.0 <= conf <= 1.0):
        problems.append(Problem(f"{where}.confidence", "must be a number in [0, 1]"))
    return problems


def check(obj: Any) -> list[Problem]:
    """Every problem with one article object, as parsed from JSON (empty if valid)."""
    if not isinstance(obj, dict):
        return [Problem("", "an article must be a JSON object")]
    problems: list[Problem] = []
    if not isinstance(obj.get("id"), str | int) or obj.get("id") == "":
        problems.append(Problem("id", "missing or not a string"))
    text = obj.get("text")
    if not isinstance(text, str):
        return [*problems, Problem("text", "missing or not a string")]
    quotes = obj.get("quotes", [])
    if not isinstance(quotes, list):
        return [*problems, Problem("quotes", "must be a list")]
    for i, quote in enumerate(quotes):
        problems += _check_quote(quote, text, f"quotes[{i}]")
    return problems


# --------------------------------------------------------------------------- JSONL


def parse_line(line: str, path: str | os.PathLike[str], lineno: int) -> Article:
    """One JSONL line to an Article, or a FormatError naming file, line and field."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise FormatError(path, lineno, f"invalid JSON: {err.msg} at column {err.colno}") from None
    problems = check(obj)
    if problems:
        raise FormatError(path, lineno, problems[0])
    return Article.from_dict(obj)


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[Article]:
    """Stream the articles of a JSONL file; blank lines are skipped."""
    for _, article in read_numbered(path):
        yield article


def read_numbered(path: str | os.PathLike[str]) -> Iterator[tuple[int, Article]]:
    """``read_jsonl`` with each article's line number, for errors found after parsing."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                yield lineno, parse_line(line, path, lineno)


# Characters that str.splitlines() and some JSONL tools treat as line breaks; escaped
# so one article is always one line (found by the fuzz test of stance label).
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}
_LINE_BREAK_RE = re.compile("[\u2028\u2029\x85]")  # json.dumps already escapes the C0 controls


def dumps(article: Article) -> str:
    """The JSONL line of an article, without the newline."""
    line = json.dumps(article.to_dict(), ensure_ascii=False)
    return _LINE_BREAK_RE.sub(lambda m: _LINE_BREAKS[m.group(0)], line)


def write_jsonl(path: str | os.PathLike[str], articles: Iterable[Article]) -> int:
    """Write articles atomically: the file appears whole or not at all."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for article in articles:
                fh.write(dumps(article) + "\n")
                count += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
