"""Build data/annotated/{train,dev,test}.jsonl from the reviewed substring annotations.

    python scripts/build_corpus.py [--corpus ../shared/corpus/news.jsonl]

Resolves every annotation against the raw texts (../shared/corpus/news.jsonl and the
extension texts collected into data/raw/extension/; offsets computed and checked by
code), groups near-duplicate stories so no story lands in two splits, and splits
70/15/15 by article with a fixed seed, stratified by outlet. Each article keeps its
url, outlet and licence. Rewrites the split files atomically.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from pathlib import Path

from stance.convert.substrings import read as read_substrings
from stance.schema import Article, read_jsonl, write_jsonl

ROOT = Path(__file__).resolve().parent.parent
SPLITS = {"train": 0.70, "dev": 0.15, "test": 0.15}
SEED = 2026
# Cosine similarity of TF-IDF vectors above which two texts count as one story.
SAME_STORY = 0.35


def story_groups(articles: list[Article]) -> list[list[int]]:
    """Indices of articles grouped by story (union of pairs above SAME_STORY)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1)
    x = vec.fit_transform([a.text for a in articles])
    sim = (x @ x.T).toarray()
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if sim[i, j] >= SAME_STORY:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        groups[find(i)].append(i)
    return list(groups.values())


def _outlet_class(outlet: str) -> str:
    # Strata: editorials, VOA news (all services), Wikinews, US government releases.
    if "editorial" in outlet:
        return "voa-editorial"
    if "Voice of America" in outlet or "USAGM" in outlet:
        return "voa-news"
    if "Wikinews" in outlet:
        return "wikinews"
    return "us-government"


def split(articles: list[Article], seed: int = SEED) -> dict[str, list[Article]]:
    """Assign whole story groups to splits, per outlet class, closest to 70/15/15."""
    rng = random.Random(seed)
    groups = story_groups(articles)
    by_class: dict[str, list[list[int]]] = defaultdict(list)
    for g in groups:
        by_class[_outlet_class(str(articles[g[0]].meta.get("outlet", "")))].append(g)
    out: dict[str, list[int]] = {name: [] for name in SPLITS}
    for cls in sorted(by_class):
        cls_groups = by_class[cls]
        rng.shuffle(cls_groups)
        total = sum(len(g) for g in cls_groups)
        counts = dict.fromkeys(SPLITS, 0)
        for g in sorted(cls_groups, key=len, reverse=True):
            # The split furthest below its share takes the group.
            name = max(SPLITS, key=lambda s: SPLITS[s] * total - counts[s])
            out[name].extend(g)
            counts[name] += len(g)
    return {name: [articles[i] for i in sorted(idx, key=lambda i: articles[i].id)] for name, idx in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news.jsonl"))
    parser.add_argument("--extension", default=str(ROOT / "data" / "raw" / "extension"))
    parser.add_argument("--annotations", default=str(ROOT / "data" / "raw" / "reviewed"))
    parser.add_argument("--out", default=str(ROOT / "data" / "annotated"))
    args = parser.parse_args()
    texts = {a.id: a for a in read_jsonl(args.corpus)}
    for path in sorted(Path(args.extension).glob("*.jsonl")):
        texts.update((a.id, a) for a in read_jsonl(path))
    articles: list[Article] = []
    annotation_files = sorted(Path(args.annotations).glob("batch*.jsonl")) + sorted(
        Path(args.annotations).glob("ext*.jsonl")
    )
    for path in annotation_files:
        articles.extend(read_substrings(path, texts))
    ids = [a.id for a in articles]
    if len(ids) != len(set(ids)):
        raise SystemExit("an article is annotated twice across the annotation files")
    parts = split(articles)
    for name, part in parts.items():
        n = write_jsonl(Path(args.out) / f"{name}.jsonl", part)
        print(f"{name}: {n} articles, {sum(len(a.quotes) for a in part)} quotes")


if __name__ == "__main__":
    main()
