"""The stance training path and the baseline, on a handful of real articles."""

import torch

from stance.classify.baseline import BaselineClassifier
from stance.classify.model import StanceClassifier
from stance.classify.train import StanceSettings, labelled_pairs, train_stance
from stance.schema import LABELS


def test_train_save_load(small_train, dev_articles, tmp_path) -> None:
    clf, record = train_stance(small_train, dev_articles[:4], StanceSettings(epochs=2, seed=1))
    assert record["train_quotes"] > 20
    clf.to_disk(tmp_path / "stance")
    loaded = StanceClassifier.from_disk(tmp_path / "stance")
    pairs, _ = labelled_pairs(dev_articles[:2])
    a, b = clf.predict(pairs), loaded.predict(pairs)
    assert torch.allclose(a, b, atol=5e-3)  # weights are stored in float16
    assert torch.allclose(a.sum(-1), torch.ones(len(pairs)), atol=1e-4)


def test_baseline_round_trip_keeps_predictions(train_articles, dev_articles, tmp_path) -> None:
    pairs, labels = labelled_pairs(train_articles[:60])
    baseline = BaselineClassifier.fit(pairs, labels)
    baseline.to_disk(tmp_path / "baseline")
    loaded = BaselineClassifier.from_disk(tmp_path / "baseline")
    dev_pairs, _ = labelled_pairs(dev_articles[:5])
    assert torch.allclose(baseline.predict(dev_pairs), loaded.predict(dev_pairs), atol=1e-6)
    assert not list((tmp_path / "baseline").glob("*.pkl"))


def test_annotate_sets_stance_scores_and_target(train_articles) -> None:
    pairs, labels = labelled_pairs(train_articles[:60])
    baseline = BaselineClassifier.fit(pairs, labels)
    article = next(a for a in train_articles[60:] if len(a.quotes) > 2)
    quotes = [q for q in article.quotes]
    for q in quotes:
        q.stance = q.target = None
    from stance.segment import segment

    baseline.annotate([article.text], [segment(article.text)], [quotes])
    for q in quotes:
        assert q.stance in LABELS
        assert abs(sum(q.stance_scores.values()) - 1.0) < 1e-3
        assert q.target is None or q.stance != "none"
