"""Markdown tables of the annotated corpus for the data card.

python scripts/corpus_stats.py [data/annotated]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from stance.schema import LABELS, QUOTE_TYPES, read_jsonl


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "data/annotated")
    rows = []
    outlets: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for split in ("train", "dev", "test"):
        articles = list(read_jsonl(root / f"{split}.jsonl"))
        c: Counter[str] = Counter()
        for a in articles:
            outlets[str(a.meta.get("outlet"))] += 1
            c["articles"] += 1
            for q in a.quotes:
                c["quotes"] += 1
                c[str(q.stance)] += 1
                c[q.type] += 1
        total.update(c)
        rows.append((split, c))
    rows.append(("total", total))
    cols = ["articles", "quotes", *LABELS, *QUOTE_TYPES]
    print("| split | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for name, c in rows:
        print(f"| {name} | " + " | ".join(str(c[k]) for k in cols) + " |")
    print()
    print("| outlet | articles |")
    print("|---|---:|")
    for outlet, n in outlets.most_common():
        print(f"| {outlet} | {n} |")


if __name__ == "__main__":
    main()
