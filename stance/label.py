"""Batch labelling that survives crashes: ``stance label`` as a library function.

Output is appended one whole batch at a time with a single write and fsync, so a
crash or ``kill -9`` leaves only complete lines (and a torn tail, should the disk
ever leave one, is cut on resume). Good records go to ``OUT``, bad ones to
``OUT.errors.jsonl``, each in input order; ``resume`` counts what both files hold
and skips that many good and bad records, so the finished files are the same bytes
as an uninterrupted run's.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from stance.pipeline import Pipeline
from stance.readers import BadRecord, Record, read_inputs
from stance.schema import Article, dumps


@dataclass
class LabelSummary:
    articles: int = 0
    skipped: int = 0  # already in OUT from an earlier run
    errors: int = 0
    quotes: int = 0
    stances: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def errors_path(out: Path) -> Path:
    return out.with_name(out.name.removesuffix(".jsonl") + ".errors.jsonl")


def _complete_lines(path: Path) -> int:
    """Lines in ``path``, after cutting a torn last line if there is one."""
    if not path.exists():
        return 0
    with open(path, "rb+") as fh:
        data = fh.read()
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            fh.truncate(cut)
            data = data[:cut]
    return data.count(b"\n")


def _append(fd: int, lines: list[str]) -> None:
    if not lines:
        return
    payload = "".join(line + "\n" for line in lines).encode("utf-8")
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _skip(records: Iterable[Record | BadRecord], good: int, bad: int) -> Iterator[Record | BadRecord]:
    for rec in records:
        if isinstance(rec, BadRecord):
            if bad:
                bad -= 1
                continue
        elif good:
            good -= 1
            continue
        yield rec


def _with_unique_ids(records: Iterable[Record | BadRecord], seen: set[str]) -> Iterator[Record | BadRecord]:
    for rec in records:
        if isinstance(rec, Record):
            if rec.id in seen:
                yield BadRecord(rec.source, rec.line, f"duplicate id {rec.id!r}", rec.id)
                continue
            seen.add(rec.id)
        yield rec


def label_files(
    inputs: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    pipeline: Pipeline,
    *,
    batch_size: int = 32,
    resume: bool = False,
    on_batch: Callable[[int], None] | None = None,
) -> LabelSummary:
    """Label every record of ``inputs`` into ``output``; see the module docstring."""
    out = Path(output)
    err = errors_path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    summary = LabelSummary()
    started = time.time()
    done_good = done_bad = 0
    if resume:
        done_good, done_bad = _complete_lines(out), _complete_lines(err)
    else:
        for path in (out, err):
            path.unlink(missing_ok=True)
    summary.skipped = done_good
    # The same duplicate check as the first run, then skip what that run wrote.
    records = _skip(_with_unique_ids(read_inputs(inputs), set()), done_good, done_bad)
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    out_fd, err_fd = os.open(out, flags, 0o644), os.open(err, flags, 0o644)
    try:
        batch: list[Record] = []
        bad: list[BadRecord] = []
        for rec in records:
            if isinstance(rec, BadRecord):
                bad.append(rec)
            else:
                batch.append(rec)
            if len(batch) >= batch_size:
                _flush(pipeline, batch, bad, out_fd, err_fd, summary, on_batch)
                batch, bad = [], []
        _flush(pipeline, batch, bad, out_fd, err_fd, summary, on_batch)
    finally:
        os.close(out_fd)
        os.close(err_fd)
    if err.exists() and err.stat().st_size == 0:
        err.unlink()
    summary.seconds = time.time() - started
    return summary


def _flush(
    pipeline: Pipeline,
    batch: list[Record],
    bad: list[BadRecord],
    out_fd: int,
    err_fd: int,
    summary: LabelSummary,
    on_batch: Callable[[int], None] | None,
) -> None:
    # Errors first: a crash between the two writes then re-labels the good records
    # on resume instead of losing them.
    _append(err_fd, [json.dumps(b.to_dict(), ensure_ascii=False) for b in bad])
    summary.errors += len(bad)
    labelled: list[Article] = pipeline.process([r.to_article() for r in batch]) if batch else []
    _append(out_fd, [dumps(a) for a in labelled])
    for article in labelled:
        summary.articles += 1
        summary.quotes += len(article.quotes)
        summary.stances.update(q.stance for q in article.quotes if q.stance)
    if on_batch:
        on_batch(len(batch) + len(bad))
