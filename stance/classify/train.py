"""Training the stance classifier (and its TF-IDF baseline) on gold quotes."""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

import torch
from torch import nn

from stance.classify.inputs import model_inputs
from stance.classify.model import StanceClassifier, StanceNet, encode_pairs
from stance.metrics import classification_scores
from stance.schema import LABELS, Article
from stance.segment import segment
from stance.training import TrainSettings, cache_features, fit, set_seed, stack_features


@dataclass
class StanceSettings(TrainSettings):
    """Settings of ``stance train stance``; saved in the model's config."""

    epochs: int = field(default=8, metadata={"help": "Most passes over the training quotes."})
    trainable_layers: int = field(default=4, metadata={"help": "Top encoder layers to tune (of 6)."})
    patience: int = field(default=3, metadata={"help": "Stop after this many epochs without dev gain."})


def labelled_pairs(articles: Sequence[Article], as_read: bool = True) -> tuple[list[tuple[str, str]], list[int]]:
    """Model inputs and label ids of every gold quote that has a stance (``as_read``: see
    ``model_inputs``; training reads the marks as written, dev as at prediction time)."""
    pairs, labels = [], []
    for a in articles:
        quotes = [q for q in a.quotes if q.stance in LABELS]
        pairs.extend(model_inputs(a.text, segment(a.text), quotes, as_read=as_read))
        labels.extend(LABELS.index(q.stance) for q in quotes)  # type: ignore[arg-type]
    return pairs, labels


def class_weights(labels: Sequence[int]) -> torch.Tensor:
    """Inverse square-root frequency, normalised to mean 1: rare labels count more,
    without the instability of full inverse weighting on tiny classes."""
    counts = Counter(labels)
    w = torch.tensor([1.0 / math.sqrt(max(counts.get(i, 0), 1)) for i in range(len(LABELS))])
    return w * len(LABELS) / w.sum()


def evaluate_pairs(clf: StanceClassifier, pairs: Sequence[tuple[str, str]], labels: Sequence[int]) -> dict[str, float]:
    probs = clf.predict(pairs)
    pred = [LABELS[i] for i in probs.argmax(-1).tolist()]
    return classification_scores([LABELS[i] for i in labels], pred)


def fit_temperature(clf: StanceClassifier, pairs: Sequence[tuple[str, str]], labels: Sequence[int]) -> float:
    """The softmax temperature minimising dev log-loss (better-calibrated probabilities)."""
    clf.config["temperature"] = 1.0
    probs = clf.predict(pairs).clamp(min=1e-9)
    logits = probs.log()
    target = torch.tensor(labels)
    best, best_t = float("inf"), 1.0
    for t in [0.5 + 0.1 * k for k in range(26)]:
        loss = float(nn.functional.cross_entropy(logits / t, target))
        if loss < best:
            best, best_t = loss, t
    return round(best_t, 2)


def train_stance(
    train: Sequence[Article],
    dev: Sequence[Article],
    settings: StanceSettings,
    log: Callable[[str], None] = lambda _: None,
) -> tuple[StanceClassifier, dict[str, object]]:
    set_seed(settings.seed)
    if settings.max_train_articles:
        train = list(train)[: settings.max_train_articles]
    started = time.time()
    model = StanceNet(settings.trainable_layers)
    clf = StanceClassifier(model, {"trainable_layers": settings.trainable_layers})
    pairs, labels = labelled_pairs(train, as_read=False)
    dev_pairs, dev_labels = labelled_pairs(dev)
    if not pairs:
        raise ValueError("no training quote has a stance label")
    rows = encode_pairs(clf.tokenizer, pairs)
    log(f"{len(train)} articles -> {len(rows)} quotes {dict(Counter(LABELS[i] for i in labels))}")
    features = cache_features(model.encoder, rows)
    loss_fn = nn.CrossEntropyLoss(weight=class_weights(labels))

    def batch_loss(idx: list[int]) -> torch.Tensor:
        hidden, mask = stack_features([features[i] for i in idx])
        return loss_fn(model.from_features(hidden, mask), torch.tensor([labels[i] for i in idx]))

    def dev_score() -> float:
        return evaluate_pairs(clf, dev_pairs, dev_labels)["stance_macro_f"] if dev_pairs else 0.0

    history, best_epoch = fit(model, [len(r) for r in rows], settings, batch_loss, dev_score, "macro_f", log)
    if dev_pairs:
        clf.config["temperature"] = fit_temperature(clf, dev_pairs, dev_labels)
    record = {
        "settings": asdict(settings),
        "train_articles": len(train),
        "train_quotes": len(rows),
        "dev_quotes": len(dev_pairs),
        "best_epoch": best_epoch,
        "temperature": clf.config["temperature"],
        "history": history,
        "train_seconds": round(time.time() - started, 1),
    }
    return clf, record
