"""Throughput of ``stance label``: articles/s, quotes/s and peak memory, per path.

    python scripts/bench_label.py [--articles 2000] [--batch-size 32] [--paths plain,fast,fast-2w]

Labels the texts of data/annotated (all 407, in turn, repeated until --articles),
through ``label_files`` (the code behind ``stance label``: streaming, batched across
articles, written to JSONL with fsync). Each path runs in its own subprocess so that
its peak RSS is its own; time is measured after the models are loaded (and, for
worker processes, includes their start-up). Paths:

- ``plain``: PyTorch fp32 with the batching ``stance label`` used before it was tuned
  (32 articles a batch, model batches of up to 4,096 tokens): the unoptimised path;
- ``torch``: PyTorch fp32 as ``stance label`` runs by default (128 articles a batch,
  1,024-token model batches);
- ``onnx``: the same on ONNX Runtime fp32 (``--runtime onnx``: the same metrics);
- ``int8``: ``--runtime attribution=onnx-int8,stance=onnx`` (int8 tagger);
- ``torch-2w``: ``torch`` with ``--workers 2`` (one thread each).

Also checks that every path labelled the same number of articles.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# name: (runtime, workers, articles per batch or None for --batch-size, model batch tokens)
PATHS = {
    "plain": ("torch", 1, 32, 4096),
    "torch": ("torch", 1, None, None),
    "onnx": ("onnx", 1, None, None),
    "int8": ("attribution=onnx-int8,stance=onnx", 1, None, None),
    "torch-2w": ("torch", 2, None, None),
}


def run_one(args: argparse.Namespace) -> None:
    """One path, in this process; prints a JSON line."""
    import torch

    from stance.label import label_files
    from stance.pipeline import Pipeline

    runtime, workers, batch_size, batch_tokens = PATHS[args.one]
    started = time.time()
    pipeline = Pipeline.from_disk(args.model, load=workers == 1)
    if workers == 1:
        pipeline.use_runtime(runtime)
    else:
        pipeline.runtime = runtime  # each worker applies it after loading
    if batch_tokens and pipeline.attributor and pipeline.stance:
        pipeline.attributor.batch_tokens = pipeline.stance.batch_tokens = batch_tokens
    batch_size = batch_size or args.batch_size
    loaded = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        summary = label_files([args.inputs], Path(tmp) / "out.jsonl", pipeline, batch_size=batch_size, workers=workers)
    seconds = time.time() - loaded
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report = {
        "path": args.one,
        "runtime": runtime,
        "workers": workers,
        "batch_size": batch_size,
        "torch_threads": torch.get_num_threads(),
        "load_s": round(loaded - started, 1),
        "articles": summary.articles,
        "quotes": summary.quotes,
        "seconds": round(seconds, 1),
        "articles_per_s": round(summary.articles / seconds, 2),
        "quotes_per_s": round(summary.quotes / seconds, 1),
        "peak_rss_mib": round(own),
        "peak_worker_rss_mib": round(children) if workers > 1 else None,
    }
    print(json.dumps(report))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--model", default=str(ROOT / "models"))
    parser.add_argument(
        "--source",
        nargs="+",
        default=[str(ROOT / "data" / "annotated" / f"{s}.jsonl") for s in ("train", "dev", "test")],
    )
    parser.add_argument("--paths", default=",".join(PATHS), help=f"comma-separated, from {', '.join(PATHS)}")
    parser.add_argument("--json", help="also write the reports to this file")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--inputs", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args)
        return

    texts = [json.loads(line)["text"] for path in args.source for line in open(path, encoding="utf-8")]
    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in.jsonl"
        with open(inputs, "w", encoding="utf-8") as fh:
            for i in range(args.articles):
                fh.write(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)]}) + "\n")
        chars = sum(len(texts[i % len(texts)]) for i in range(args.articles))
        print(
            f"{args.articles} articles ({chars / args.articles:.0f} characters on average), batch size {args.batch_size}"
        )
        for name in args.paths.split(","):
            cmd = [sys.executable, __file__, "--one", name, "--inputs", str(inputs), "--model", args.model]
            cmd += ["--batch-size", str(args.batch_size)]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            report = json.loads(out.strip().splitlines()[-1])
            reports.append(report)
            print(json.dumps(report), flush=True)
    if len({r["articles"] for r in reports}) > 1:
        raise SystemExit("paths labelled different numbers of articles")
    print("\n| path | runtime | workers | batch | articles/s | quotes/s | peak RSS (MiB) |")
    print("|---|---|---|---|---|---|---|")
    for r in reports:
        rss = f"{r['peak_rss_mib']}" + (f" + {r['peak_worker_rss_mib']} per worker" if r["peak_worker_rss_mib"] else "")
        row = [r["path"], r["runtime"], r["workers"], r["batch_size"], r["articles_per_s"], r["quotes_per_s"], rss]
        print("| " + " | ".join(map(str, row)) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps(reports, indent=2) + "\n")


if __name__ == "__main__":
    main()
