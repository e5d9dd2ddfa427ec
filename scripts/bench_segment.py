"""Sentence splitter benchmark: accuracy on the Golden Rules and news cases, and MB/s
on real news text, for stance's splitter, pysbd and blingfire on the same inputs.

    python scripts/bench_segment.py [--corpus ../shared/corpus/news.jsonl] [--mb 1]

Accuracy is the share of cases whose sentences come out exactly right (whitespace
trimmed). Speed is measured on the corpus texts repeated to at least --mb MB.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "segmentation_cases.jsonl"


def splitters() -> dict[str, Callable[[str], list[str]]]:
    from stance.segment import segment

    out: dict[str, Callable[[str], list[str]]] = {"stance": lambda t: [s.text for s in segment(t)]}
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        out["pysbd"] = lambda t: [s.strip() for s in seg.segment(t) if s.strip()]
    except ImportError:
        pass
    try:
        import blingfire

        out["blingfire"] = lambda t: [s.strip() for s in blingfire.text_to_sentences(t).split("\n") if s.strip()]
    except ImportError:
        pass
    return out


def accuracy(split: Callable[[str], list[str]], kind: str) -> tuple[int, int]:
    right = total = 0
    for line in CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["kind"] == kind:
            total += 1
            right += split(case["text"]) == case["sentences"]
    return right, total


def speed(split: Callable[[str], list[str]], texts: list[str]) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    started = time.perf_counter()
    for t in texts:
        split(t)
    return size / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news.jsonl"))
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in open(args.corpus, encoding="utf-8")]
    base = list(texts)
    while sum(len(t) for t in texts) < args.mb * 1e6:
        texts += base
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{'splitter':<10} {'golden rules':>13} {'news cases':>11} {'MB/s':>8}   (speed on {size:.2f} MB)")
    for name, split in splitters().items():
        g, gt = accuracy(split, "golden_rules")
        n, nt = accuracy(split, "news")
        print(f"{name:<10} {g:>6}/{gt:<6} {n:>5}/{nt:<5} {speed(split, texts):>8.2f}")


if __name__ == "__main__":
    main()
