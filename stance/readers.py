"""Streaming readers for the inputs users label: text files, folders, JSONL, Citron JSON.

Readers never stop at a bad record: they yield a ``BadRecord`` naming the file,
line and reason, and go on, so one broken line cannot lose a million good ones.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stance.schema import Article

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
PARQUET_SUFFIXES = (".parquet",)
READABLE = TEXT_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES + PARQUET_SUFFIXES
# A record longer than this is refused rather than run: one 50 MB "article" is a
# broken export, and would hold up the batch it lands in.
MAX_TEXT_CHARS = 1_000_000


@dataclass(slots=True)
class Record:
    """One input article, with where it came from."""

    id: str
    text: str
    source: str
    line: int
    meta: dict[str, Any] = field(default_factory=dict)

    def to_article(self) -> Article:
        return Article(id=self.id, text=self.text, meta=dict(self.meta))


@dataclass(slots=True)
class BadRecord:
    """An input that could not be read (``stage`` "read"; ``line`` is 0 for a whole
    file), or a good one the pipeline failed on (``stage`` "label")."""

    source: str
    line: int
    reason: str
    id: str | None = None
    stage: str = "read"

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.source, "line": self.line, "id": self.id, "reason": self.reason, "stage": self.stage}


def expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files to read: each file as given, each folder's readable files recursively, sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in READABLE and not child.name.startswith("."):
                    yield child
        else:
            yield path


def read_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Record | BadRecord]:
    """Every record of every input, in order, streaming."""
    for path in expand(paths):
        suffix = path.suffix.lower()
        if not path.exists():
            yield BadRecord(str(path), 0, "no such file")
        elif suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path)
        elif suffix in JSON_SUFFIXES:
            yield _read_citron(path)
        elif suffix in PARQUET_SUFFIXES:
            yield from _read_parquet(path)
        else:
            yield _read_text(path)


def _checked_text(text: Any, source: str, line: int, rid: str | None) -> BadRecord | None:
    if not isinstance(text, str):
        return BadRecord(source, line, "missing or non-string 'text' field", rid)
    if not text.strip():
        return BadRecord(source, line, "empty text", rid)
    if len(text) > MAX_TEXT_CHARS:
        return BadRecord(source, line, f"text of {len(text):,} characters exceeds {MAX_TEXT_CHARS:,}", rid)
    if "\x00" in text:
        return BadRecord(source, line, "text contains NUL bytes (binary data?)", rid)
    return None


def _read_text(path: Path) -> Record | BadRecord:
    try:
        data = path.read_bytes()
    except OSError as err:
        return BadRecord(str(path), 0, f"cannot read: {err.strerror}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return BadRecord(str(path), 0, f"not UTF-8 (byte {err.start}): binary file?")
    bad = _checked_text(text, str(path), 0, path.stem)
    return bad or Record(path.stem, text, str(path), 0)


def _read_jsonl(path: Path) -> Iterator[Record | BadRecord]:
    source = str(path)
    try:
        fh = open(path, "rb")
    except OSError as err:
        yield BadRecord(source, 0, f"cannot read: {err.strerror}")
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield BadRecord(source, lineno, f"not UTF-8 (byte {err.start})")
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                yield BadRecord(source, lineno, f"invalid JSON: {err.msg} at column {err.colno}")
                continue
            yield _from_object(obj, source, lineno, default_id=f"{path.stem}-{lineno}")


def _from_object(obj: Any, source: str, line: int, default_id: str) -> Record | BadRecord:
    if not isinstance(obj, dict):
        return BadRecord(source, line, "a record must be a JSON object")
    rid = obj.get("id", default_id)
    if not isinstance(rid, str | int) or isinstance(rid, bool) or rid == "":
        return BadRecord(source, line, "'id' must be a non-empty string or integer")
    bad = _checked_text(obj.get("text"), source, line, str(rid))
    if bad:
        return bad
    meta = {k: v for k, v in obj.items() if k not in ("id", "text", "quotes")}
    return Record(str(rid), obj["text"], source, line, meta)


def _read_citron(path: Path) -> Record | BadRecord:
    """A Citron document (one JSON object with ``text``); its id is the file stem."""
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return BadRecord(str(path), 0, f"cannot read as JSON: {err}")
    if isinstance(obj, dict):
        obj = {"id": obj.get("id", path.stem), **{k: v for k, v in obj.items() if k != "id"}}
    return _from_object(obj, str(path), 0, default_id=path.stem)


def _read_parquet(path: Path) -> Iterator[Record | BadRecord]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield BadRecord(str(path), 0, "reading Parquet needs pyarrow: pip install 'stance[parquet]'")
        return
    try:
        parquet = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises several unrelated types for a broken file
        yield BadRecord(str(path), 0, f"cannot read as Parquet: {err}")
        return
    row = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for obj in batch.to_pylist():
            row += 1
            yield _from_object(obj, str(path), row, default_id=f"{path.stem}-{row}")
