"""Every shipped annotated file loads through the project's reader and validator."""

from collections import Counter

import pytest

from stance.schema import LABELS, read_jsonl
from stance.validate import validate_file
from tests.conftest import ANNOTATED

SPLITS = ("train", "dev", "test")


def test_every_split_validates() -> None:
    for split in SPLITS:
        report = validate_file(ANNOTATED / f"{split}.jsonl")
        assert report.ok, [str(f) for f in report.findings[:5]]
        assert report.articles > 0


def test_corpus_size_labels_and_provenance() -> None:
    ids: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    for split in SPLITS:
        for article in read_jsonl(ANNOTATED / f"{split}.jsonl"):
            ids[article.id] += 1
            assert article.meta.get("url", "").startswith("https://")
            assert article.meta.get("licence")
            labels.update(q.stance for q in article.quotes)
    assert max(ids.values()) == 1, "an article is in two splits"
    assert set(labels) == set(LABELS)
    assert all(labels[label] >= 150 for label in LABELS if label != "none"), labels


def test_splits_are_roughly_70_15_15() -> None:
    sizes = {s: sum(1 for _ in read_jsonl(ANNOTATED / f"{s}.jsonl")) for s in SPLITS}
    total = sum(sizes.values())
    assert abs(sizes["train"] / total - 0.70) < 0.03
    assert abs(sizes["test"] / total - 0.15) < 0.03


def test_no_story_spans_two_splits() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    articles = [(s, a.text) for s in SPLITS for a in read_jsonl(ANNOTATED / f"{s}.jsonl")]
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([t for _, t in articles])
    sim = (vectors @ vectors.T).toarray()
    splits = [s for s, _ in articles]
    cross = max(sim[i, j] for i in range(len(articles)) for j in range(i + 1, len(articles)) if splits[i] != splits[j])
    assert cross < 0.35  # scripts/build_corpus.py groups stories at this similarity


# Two rounds of synthetic articles, each built from its raw folder (data/README.md).
SYNTHETIC = ("synthetic", "synthetic-beats")


@pytest.mark.parametrize("name", SYNTHETIC)
def test_synthetic_training_data_validates_and_is_built_from_its_raw_files(tmp_path, name: str) -> None:
    from stance.convert import convert

    built, raw = ANNOTATED / f"{name}.jsonl", ANNOTATED.parent / "raw" / name
    report = validate_file(built)
    assert report.ok, [str(f) for f in report.findings[:5]]
    rebuilt = tmp_path / f"{name}.jsonl"
    convert("substrings", raw / "annotations.jsonl", rebuilt, texts=raw / "texts.jsonl")
    assert rebuilt.read_bytes() == built.read_bytes()


@pytest.mark.parametrize("name", SYNTHETIC)
def test_synthetic_articles_are_marked_as_such_and_never_in_a_real_split(name: str) -> None:
    real = {a.id for s in SPLITS for a in read_jsonl(ANNOTATED / f"{s}.jsonl")}
    other = {a.id for n in SYNTHETIC if n != name for a in read_jsonl(ANNOTATED / f"{n}.jsonl")}
    labels: Counter[str] = Counter()
    for article in read_jsonl(ANNOTATED / f"{name}.jsonl"):
        assert article.id.startswith("syn-") and article.id not in real and article.id not in other
        assert article.meta["url"] == f"synthetic:{article.id}" and article.meta["outlet"].startswith("synthetic")
        labels.update(q.stance for q in article.quotes)
    assert set(labels) == set(LABELS)
