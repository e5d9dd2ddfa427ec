"""Compare runs on the same gold articles, with paired bootstrap confidence intervals.

A difference of 0.005 on 40 articles may be one quote. To say whether one model beats
another, every run is scored on the same resamples of the gold articles (drawn with
replacement, whole articles at a time, since an article's quotes share a speaker, a
style and an annotator), and the interval of the differences is reported. The metrics
are those of ``stance.metrics``: each is a function of counts that add up over
articles, so a resample's score is its articles' counts summed (no rescoring).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from stance.metrics import MATCH_AT, ArticleScore, normalise_name, score_article
from stance.schema import LABELS, Article

# The headline metrics: (key in ``stance.metrics.score``'s output, name in tables).
METRICS = (
    (f"quote_f@{MATCH_AT}", f"quote F1@{MATCH_AT}"),
    ("source_exact_f", "source exact F1"),
    ("content_exact_f", "content exact F1"),
    ("speaker_acc", "speaker accuracy"),
    ("stance_macro_f", "stance macro-F1"),
    ("stance_acc", "stance accuracy"),
    ("stance_event_f", "stance events F1"),
    ("target_acc", "target accuracy"),
)
# What a run on gold quotes can differ in: the quotes and speakers are the gold ones.
STANCE_METRICS = ("stance_macro_f", "stance_acc", "stance_event_f", "target_acc")
_K = len(LABELS)
# Columns of an article's count vector.
_QUOTE, _SOURCE, _CONTENT, _SPEAKER, _EVENT, _CONFUSION = 0, 3, 6, 9, 11, 14
_TARGET = _CONFUSION + _K * _K
_WIDTH = _TARGET + 2


def counts(score: ArticleScore) -> np.ndarray:
    """The counts every headline metric is computed from, for one article."""
    v = np.zeros(_WIDTH)
    for at, prf in (
        (_QUOTE, score.quotes[MATCH_AT]),
        (_SOURCE, score.spans[("source", "exact")]),
        (_CONTENT, score.spans[("content", "exact")]),
        (_EVENT, score.events),
    ):
        v[at : at + 3] = prf.tp, prf.fp, prf.fn
    v[_SPEAKER : _SPEAKER + 2] = score.speaker_right, score.speaker_total
    index = {label: i for i, label in enumerate(LABELS)}
    for pair in score.pairs:
        if pair.gold in index and pair.pred in index:
            v[_CONFUSION + index[pair.gold] * _K + index[pair.pred]] += 1
        if pair.gold != "none":
            v[_TARGET] += normalise_name(pair.gold_target) == normalise_name(pair.pred_target)
            v[_TARGET + 1] += 1
    return v


def _f1(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    # 2PR/(P+R) written with counts: the same number, and 0 where there is no hit.
    denominator = 2 * tp + fp + fn
    return np.divide(2 * tp, denominator, out=np.zeros_like(tp), where=denominator > 0)


def _ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.divide(a, b, out=np.zeros_like(a), where=b > 0)


def metrics_of(totals: np.ndarray) -> dict[str, np.ndarray]:
    """Headline metrics of summed count vectors (one row per resample)."""
    t = np.atleast_2d(totals)
    confusion = t[:, _CONFUSION:_TARGET].reshape(-1, _K, _K)
    tp = np.diagonal(confusion, axis1=1, axis2=2)
    gold_n, pred_n = confusion.sum(axis=2), confusion.sum(axis=1)
    return {
        f"quote_f@{MATCH_AT}": _f1(*t[:, _QUOTE : _QUOTE + 3].T),
        "source_exact_f": _f1(*t[:, _SOURCE : _SOURCE + 3].T),
        "content_exact_f": _f1(*t[:, _CONTENT : _CONTENT + 3].T),
        "speaker_acc": _ratio(t[:, _SPEAKER], t[:, _SPEAKER + 1]),
        "stance_macro_f": _f1(tp, pred_n - tp, gold_n - tp).mean(axis=1),
        "stance_acc": _ratio(tp.sum(axis=1), confusion.sum(axis=(1, 2))),
        "stance_event_f": _f1(*t[:, _EVENT : _EVENT + 3].T),
        "target_acc": _ratio(t[:, _TARGET], t[:, _TARGET + 1]),
    }


@dataclass
class Difference:
    """One metric of one run against the reference run."""

    metric: str
    run: str
    reference_value: float
    value: float
    delta: float
    low: float  # the confidence interval of ``delta``
    high: float
    better: float  # the share of resamples in which the run scores above the reference

    @property
    def clear(self) -> bool:
        """Whether the interval leaves out zero."""
        return self.low > 0 or self.high < 0


@dataclass
class Comparison:
    reference: str
    values: dict[str, dict[str, float]]  # run -> metric -> value on the gold articles
    differences: list[Difference]
    articles: int
    samples: int
    level: float

    def to_dict(self) -> dict:
        return {
            "reference": self.reference,
            "articles": self.articles,
            "samples": self.samples,
            "level": self.level,
            "values": self.values,
            "differences": [d.__dict__ | {"clear": d.clear} for d in self.differences],
        }


def compare(
    gold: Sequence[Article],
    runs: Mapping[str, Sequence[Article]],
    *,
    samples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
    metrics: Sequence[str] | None = None,
) -> Comparison:
    """Every run against the first (the reference), on the same resamples of ``gold``.

    Predictions are paired with gold articles by id; a gold article a run has no
    prediction for counts as one in which it found nothing, as in ``stance evaluate``.
    ``metrics`` (keys of ``METRICS``) limits the differences; by default every one.
    """
    keys = [k for k, _ in METRICS] if metrics is None else list(metrics)
    if unknown := set(keys) - {k for k, _ in METRICS}:
        raise ValueError(f"no such metric: {', '.join(sorted(unknown))}")
    if len(runs) < 2:
        raise ValueError("compare needs at least two runs")
    if not gold:
        raise ValueError("no gold articles to compare on")
    if samples < 1 or not 0 < level < 1:
        raise ValueError("samples must be at least 1 and the level between 0 and 1")
    matrices = {}
    for name, pred in runs.items():
        by_id = {a.id: a for a in pred}
        if not any(a.id in by_id for a in gold):
            raise ValueError(f"run {name!r} shares no article id with the gold articles")
        matrices[name] = np.stack([counts(score_article(a, by_id.get(a.id))) for a in gold])
    rng = np.random.default_rng(seed)
    n = len(gold)
    # How often each article is drawn in each resample: the same draws for every run.
    draws = rng.multinomial(n, np.full(n, 1.0 / n), size=samples).astype(float)
    values = {name: {k: float(v[0]) for k, v in metrics_of(m.sum(axis=0)).items()} for name, m in matrices.items()}
    resampled = {name: metrics_of(draws @ m) for name, m in matrices.items()}
    reference, *others = list(runs)
    tail = (1 - level) / 2
    differences = []
    for name in others:
        for key in keys:
            delta = resampled[name][key] - resampled[reference][key]
            low, high = np.quantile(delta, [tail, 1 - tail])
            differences.append(
                Difference(
                    key,
                    name,
                    values[reference][key],
                    values[name][key],
                    values[name][key] - values[reference][key],
                    float(low),
                    float(high),
                    float(np.mean(delta > 0)),
                )
            )
    return Comparison(reference, values, differences, n, samples, level)
