"""Batch labelling that survives crashes: ``stance label`` as a library function.

Output is appended one whole batch at a time with a single write and fsync, so a
crash or ``kill -9`` leaves only complete lines (and a torn tail, should the disk
ever leave one, is cut on resume). Good records go to ``OUT``, bad ones to
``OUT.errors.jsonl``, each in input order; ``resume`` counts what both files hold
and skips that many good and bad records, so the finished files are the same bytes
as an uninterrupted run's.

An article the pipeline itself fails on (a bug it trips, not bad input) goes to
``OUT.errors.jsonl`` too, with ``"stage": "label"`` and the error, and the run goes
on: one such article in a million must not stop the other 999,999, nor stop every
``--resume`` at the same place. Only when every article of a batch of several fails
alone is the fault taken to be the run's (a broken model, no memory), and the run stops.

Reading, ordering and writing always happen here, in one process; only the model
work moves: in this process, in ``workers`` local processes, or on Ray Data
(``backend="ray"``, see ``stance.label_ray``). All three write the same bytes.
With ``fmt="parquet"`` the JSONL is a staging file (``OUT.partial.jsonl``) that is
converted to Parquet, atomically, once every record is done.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
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


FORMATS = ("jsonl", "parquet")
BACKENDS = ("local", "ray")


def errors_path(out: Path) -> Path:
    return out.with_name(out.name.removesuffix(".jsonl").removesuffix(".parquet") + ".errors.jsonl")


def staging_path(out: Path) -> Path:
    """Where a Parquet run keeps its resumable JSONL until the end."""
    return out.with_name(out.name.removesuffix(".parquet") + ".partial.jsonl")


@dataclass
class LabelledBatch:
    """What the model side returns for one batch: output lines and their tallies, and
    the records the pipeline failed on."""

    lines: list[str]
    quotes: int
    stances: Counter[str]
    failed: list[BadRecord] = field(default_factory=list)


def failure_reason(error: Exception) -> str:
    return f"the pipeline failed on this article ({type(error).__name__}: {error}); please report it with the record"


def failed_record(record: Record, reason: str) -> BadRecord:
    return BadRecord(record.source, record.line, reason, record.id, stage="label")


def label_batch(pipeline: Pipeline, batch: list[Record]) -> LabelledBatch:
    results = pipeline.process_each([r.to_article() for r in batch]) if batch else []
    labelled = [r for r in results if isinstance(r, Article)]
    failed = [
        failed_record(rec, failure_reason(r)) for rec, r in zip(batch, results, strict=True) if isinstance(r, Exception)
    ]
    stances = Counter(q.stance for a in labelled for q in a.quotes if q.stance)
    return LabelledBatch([dumps(a) for a in labelled], sum(len(a.quotes) for a in labelled), stances, failed)


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


def _failed_ids(path: Path) -> tuple[int, set[str]]:
    """Lines of the errors file, and the ids of the good records among them that the
    pipeline failed on."""
    if not path.exists():
        return 0, set()
    lines = _complete_lines(path)
    with open(path, encoding="utf-8") as fh:
        entries = [json.loads(line) for line in fh if line.strip()]
    return lines, {str(e["id"]) for e in entries if e.get("stage") == "label"}


def _append(fd: int, lines: list[str]) -> None:
    if not lines:
        return
    payload = "".join(line + "\n" for line in lines).encode("utf-8")
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _skip(records: Iterable[Record | BadRecord], good: int, bad: int, failed: set[str]) -> Iterator[Record | BadRecord]:
    """What an earlier run left: records after the first ``good`` labelled and ``bad``
    unreadable ones, less those the pipeline failed on (by id, since ids of good records
    are unique: counted, they would shift when a run stopped between its two writes)."""
    for rec in records:
        if isinstance(rec, BadRecord):
            if bad:
                bad -= 1
                continue
        elif rec.id in failed:
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
    batch_size: int = 128,
    resume: bool = False,
    workers: int = 1,
    backend: str = "local",
    fmt: str = "jsonl",
    on_batch: Callable[[int], None] | None = None,
    on_skip: Callable[[int], None] | None = None,
) -> LabelSummary:
    """Label every record of ``inputs`` into ``output``; see the module docstring.

    ``on_batch(n)`` is called after each batch with the records it consumed, and
    ``on_skip(n)`` once, on resume, with the records an earlier run already wrote.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    final = Path(output)
    out = staging_path(final) if fmt == "parquet" else final
    err = errors_path(final)
    out.parent.mkdir(parents=True, exist_ok=True)
    summary = LabelSummary()
    started = time.time()
    if fmt == "parquet" and resume and final.exists() and not out.exists():
        summary.skipped = _parquet_rows(final)  # finished earlier: nothing left to do
        if on_skip:
            on_skip(summary.skipped)
        return summary
    done_good = done_bad = 0
    failed: set[str] = set()
    if resume:
        done_good = _complete_lines(out)
        errors, failed = _failed_ids(err)
        done_bad = errors - len(failed)
    else:
        for path in (out, err, final):
            path.unlink(missing_ok=True)
    summary.skipped = done_good
    if on_skip and (done_good or done_bad or failed):
        on_skip(done_good + done_bad + len(failed))
    # The same duplicate check as the first run, then skip what that run wrote.
    records = _skip(_with_unique_ids(read_inputs(inputs), set()), done_good, done_bad, failed)
    if backend == "ray":
        from stance.label_ray import ray_labelled

        labelled = ray_labelled(_batches(records, batch_size), pipeline, workers=workers, batch_size=batch_size)
    elif workers > 1:
        labelled = _pool_labelled(_batches(records, batch_size), pipeline, workers)
    else:
        labelled = ((bad, label_batch(pipeline, good), len(good)) for good, bad in _batches(records, batch_size))
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    out_fd, err_fd = os.open(out, flags, 0o644), os.open(err, flags, 0o644)
    try:
        for bad, result, n_good in labelled:
            # Errors first: a crash between the two writes then re-labels the good
            # records on resume instead of losing them.
            _append(err_fd, [json.dumps(b.to_dict(), ensure_ascii=False) for b in [*bad, *result.failed]])
            _append(out_fd, result.lines)
            summary.errors += len(bad) + len(result.failed)
            summary.articles += len(result.lines)
            summary.quotes += result.quotes
            summary.stances.update(result.stances)
            if on_batch:
                on_batch(n_good + len(bad))
    finally:
        os.close(out_fd)
        os.close(err_fd)
    if err.exists() and err.stat().st_size == 0:
        err.unlink()
    if fmt == "parquet":
        from stance.parquet import jsonl_to_parquet

        jsonl_to_parquet(out, final)
        out.unlink()
    summary.seconds = time.time() - started
    return summary


Batch = tuple[list[Record], list[BadRecord]]


def _batches(records: Iterable[Record | BadRecord], batch_size: int) -> Iterator[Batch]:
    """Good records in batches of ``batch_size``, each with the bad ones read among them."""
    good: list[Record] = []
    bad: list[BadRecord] = []
    for rec in records:
        if isinstance(rec, BadRecord):
            bad.append(rec)
        else:
            good.append(rec)
        if len(good) >= batch_size:
            yield good, bad
            good, bad = [], []
    if good or bad:
        yield good, bad


# ---------------------------------------------------------------- worker processes
_worker: Pipeline | None = None


def _start_worker(source: tuple[Path, tuple[str, ...]], runtime: str, threads: int) -> None:
    import torch

    global _worker
    torch.set_num_threads(threads)  # before loading, so ONNX Runtime sessions take it too
    _worker = Pipeline.from_disk(*source).use_runtime(runtime)


def _work(batch: list[Record]) -> LabelledBatch:
    assert _worker is not None
    return label_batch(_worker, batch)


def _pool_labelled(
    batches: Iterator[Batch], pipeline: Pipeline, workers: int
) -> Iterator[tuple[list[BadRecord], LabelledBatch, int]]:
    """Batches labelled by ``workers`` processes, yielded in input order.

    At most two batches per worker are in flight, so memory stays flat however
    long the input is.
    """
    if pipeline.source is None:
        raise ValueError("--workers needs a pipeline loaded from a folder (Pipeline.from_disk)")
    threads = max(1, (os.cpu_count() or 1) // workers)
    # Spawned, not forked: torch and ONNX Runtime thread pools do not survive a fork.
    context = multiprocessing.get_context("spawn")
    # Only the recipe travels: each worker loads the models itself.
    recipe = (pipeline.source, pipeline.runtime, threads)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=recipe) as pool:
        pending: deque[tuple[list[BadRecord], Future[LabelledBatch], int]] = deque()
        for good, bad in batches:
            pending.append((bad, pool.submit(_work, good), len(good)))
            if len(pending) >= 2 * workers:
                b, fut, n = pending.popleft()
                yield b, fut.result(), n
        while pending:
            b, fut, n = pending.popleft()
            yield b, fut.result(), n


def _parquet_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows
