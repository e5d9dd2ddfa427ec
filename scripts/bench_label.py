"""Throughput of the shipped pipeline: articles/s, quotes/s and peak memory.

    python scripts/bench_label.py [--articles 2000] [--batch-size 32] [--model models]

Labels the test split's texts, repeated until --articles, through the same code
path as ``stance label`` (streaming, batched across articles, written to a JSONL
file), and reports wall time after the models are loaded.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default=str(ROOT / "models"))
    parser.add_argument("--source", default=str(ROOT / "data" / "annotated" / "test.jsonl"))
    args = parser.parse_args()

    import torch

    from stance.label import label_files
    from stance.pipeline import Pipeline

    texts = [json.loads(line)["text"] for line in open(args.source, encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in.jsonl"
        with open(inputs, "w", encoding="utf-8") as fh:
            for i in range(args.articles):
                fh.write(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)]}) + "\n")
        chars = sum(len(texts[i % len(texts)]) for i in range(args.articles))
        started = time.time()
        pipeline = Pipeline.from_disk(args.model)
        loaded = time.time()
        summary = label_files([inputs], Path(tmp) / "out.jsonl", pipeline, batch_size=args.batch_size)
        seconds = time.time() - loaded
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"device: cpu, torch threads: {torch.get_num_threads()}, batch size {args.batch_size}")
    print(f"model load: {loaded - started:.1f} s")
    print(f"articles: {summary.articles} ({chars / summary.articles:.0f} characters on average)")
    print(f"articles/s: {summary.articles / seconds:.2f}")
    print(f"quotes/s: {summary.quotes / seconds:.2f}")
    print(f"peak RSS: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
