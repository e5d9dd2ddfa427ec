"""``stance label --backend ray``: the model work runs on Ray Data.

The driver (this process) reads the inputs, checks them and writes the output
exactly as a local run does, so ``--resume``, the error file and the bytes written
are the same. Good records travel to Ray in chunks of ``CHUNK_BATCHES`` batches;
each chunk is one ``map_batches`` job over an actor pool whose actors hold the
loaded models. ``ray.init()`` joins the cluster named by ``RAY_ADDRESS`` (for
example ``ray://head:10001``) or starts a local Ray instance; the model folder must
be readable at the same path on every node.
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from stance.label import Batch, LabelledBatch, failed_record, failure_reason
from stance.pipeline import Pipeline
from stance.readers import BadRecord, Record
from stance.schema import Article, dumps

# Each chunk starts a fresh actor pool (models load again), so chunks are large;
# they bound the driver's memory to this many batches of texts.
CHUNK_BATCHES = 500


class RayLabeller:
    """A Ray Data actor: loads the pipeline once, then labels batches of rows."""

    def __init__(self, source: tuple[str, tuple[str, ...]], runtime: str, threads: int) -> None:
        import torch

        torch.set_num_threads(threads)
        self.pipeline = Pipeline.from_disk(Path(source[0]), source[1]).use_runtime(runtime)

    def __call__(self, rows: dict[str, Any]) -> dict[str, list[Any]]:
        records = [
            Record(str(i), str(t), "", 0, json.loads(m))
            for i, t, m in zip(rows["id"], rows["text"], rows["meta"], strict=True)
        ]
        results = self.pipeline.process_each([r.to_article() for r in records])
        articles = [r if isinstance(r, Article) else None for r in results]
        return {
            "seq": list(rows["seq"]),
            "line": [dumps(a) if a else "" for a in articles],
            "failed": [failure_reason(r) if isinstance(r, Exception) else "" for r in results],
            "quotes": [len(a.quotes) if a else 0 for a in articles],
            "stances": [json.dumps(Counter(q.stance for q in a.quotes if q.stance) if a else {}) for a in articles],
        }


def ray_labelled(
    batches: Iterator[Batch], pipeline: Pipeline, *, workers: int, batch_size: int
) -> Iterator[tuple[list[BadRecord], LabelledBatch, int]]:
    """Batches labelled on Ray Data, yielded in input order."""
    try:
        import ray
    except ImportError as err:
        raise RuntimeError("--backend ray needs Ray: pip install 'stance[ray]'") from err
    if pipeline.source is None:
        raise ValueError("--backend ray needs a pipeline loaded from a folder (Pipeline.from_disk)")
    if not ray.is_initialized():
        ray.init(
            address=os.environ.get("RAY_ADDRESS"),
            log_to_driver=False,
            include_dashboard=False,
            logging_level=logging.WARNING,
        )
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # per-job INFO lines would bury the progress bar
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    path, exclude = pipeline.source
    threads = max(1, int(ray.cluster_resources().get("CPU", 1)) // max(1, workers))
    args = ((str(path.resolve()), exclude), pipeline.runtime, threads)
    while chunk := list(islice(batches, CHUNK_BATCHES)):
        rows = [
            {"seq": k, "id": r.id, "text": r.text, "meta": json.dumps(r.meta)}
            for k, r in enumerate(r for good, _ in chunk for r in good)
        ]
        results: list[dict[str, Any]] = []
        if rows:
            dataset = ray.data.from_items(rows).map_batches(
                RayLabeller,
                fn_constructor_args=args,
                batch_size=batch_size,
                compute=ray.data.ActorPoolStrategy(size=workers),
                num_cpus=1,  # threads are set by the actor; whole-node requests can starve the reader
                batch_format="numpy",
            )
            results = sorted(dataset.iter_rows(), key=lambda row: int(row["seq"]))
        at = 0
        for good, bad in chunk:
            mine = results[at : at + len(good)]
            at += len(good)
            stances: Counter[str] = Counter()
            for row in mine:
                stances.update(json.loads(row["stances"]))
            lines = [str(row["line"]) for row in mine if not row["failed"]]
            failed = [
                failed_record(rec, str(row["failed"])) for rec, row in zip(good, mine, strict=True) if row["failed"]
            ]
            yield bad, LabelledBatch(lines, sum(int(row["quotes"]) for row in mine), stances, failed), len(good)
