"""Scores of predicted articles against gold ones. Needs only the schema.

Definitions (also in the README):
- Quotes are matched one to one, greedily by descending overlap, where overlap is
  the characters two quotes' contents share over the characters either covers.
  ``quote_f@0.5`` counts a match when overlap >= 0.5.
- Cue, source and content spans: ``exact`` counts a predicted span right when a gold
  span of the same kind in the same article has the same offsets (one to one);
  ``token`` gives partial credit: precision is the share of predicted tokens inside a
  gold span of that kind, recall the share of gold tokens inside a predicted one.
- Speaker, stance and target are scored on quotes matched at overlap >= 0.5.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stance.schema import LABELS, Article, Quote, Span

THRESHOLDS = (0.3, 0.5, 0.8)
MATCH_AT = 0.5
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass
class PRF:
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def _chars(quote: Quote) -> set[int]:
    return {i for s in quote.contents for i in range(s.start, s.end)}


def overlap(a: Quote, b: Quote) -> float:
    ca, cb = _chars(a), _chars(b)
    union = len(ca | cb)
    return len(ca & cb) / union if union else 0.0


def match_quotes(gold: Sequence[Quote], pred: Sequence[Quote], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs with overlap >= threshold, best first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.end > p.start and p.end > g.start:
                ov = overlap(g, p)
                if ov >= threshold and ov > 0:
                    pairs.append((ov, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _spans(quotes: Iterable[Quote], kind: str) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for q in quotes:
        if kind == "cue":
            spans: list[Span] = [q.cue] if q.cue else []
        elif kind == "source":
            spans = q.sources
        else:
            spans = q.contents
        out.update((s.start, s.end) for s in spans)
    return out


def _token_set(text: str, spans: set[tuple[int, int]]) -> set[int]:
    starts = set()
    for start, end in spans:
        starts.update(start + m.start() for m in _TOKEN.finditer(text[start:end]))
    return starts


def span_scores(text: str, gold: Sequence[Quote], pred: Sequence[Quote], kind: str) -> tuple[PRF, PRF]:
    """(exact, token-overlap) PRF for one article and one span kind."""
    g, p = _spans(gold, kind), _spans(pred, kind)
    exact = PRF(len(g & p), len(p - g), len(g - p))
    gt, pt = _token_set(text, g), _token_set(text, p)
    token = PRF(len(gt & pt), len(pt - gt), len(gt - pt))
    return exact, token


@functools.lru_cache(maxsize=1 << 16)  # the target stage asks for the same few names millions of times in a long text
def normalise_name(name: str | None) -> str:
    """Case, full stops, spacing and apostrophe style do not make another name:
    "U.S. Army" is "US Army", "People’s" is "People's"."""
    return " ".join((name or "").lower().replace(".", "").replace("’", "'").replace("‘", "'").split())


# --------------------------------------------------------------------------- stance


def classification_scores(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = LABELS) -> dict[str, float]:
    """Per-label P/R/F1, macro-F1 over ``labels`` and accuracy, flat keys."""
    out: dict[str, float] = {}
    f1s = []
    for label in labels:
        prf = PRF()
        for g, p in zip(gold, pred, strict=True):
            prf.tp += g == label and p == label
            prf.fp += g != label and p == label
            prf.fn += g == label and p != label
        out[f"stance_p_{label}"] = prf.p
        out[f"stance_r_{label}"] = prf.r
        out[f"stance_f_{label}"] = prf.f
        out[f"stance_support_{label}"] = prf.tp + prf.fn
        f1s.append(prf.f)
    out["stance_macro_f"] = sum(f1s) / len(f1s) if f1s else 0.0
    out["stance_acc"] = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    out["stance_n"] = float(len(gold))
    return out


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = LABELS) -> list[list[int]]:
    """Rows gold, columns predicted, in ``labels`` order."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred, strict=True):
        if g in index and p in index:
            matrix[index[g]][index[p]] += 1
    return matrix


def expected_calibration_error(confidences: Sequence[float], correct: Sequence[bool], bins: int = 10) -> float:
    """ECE with equal-width confidence bins."""
    if not confidences:
        return 0.0
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(confidences) if lo < c <= hi or (b == 0 and c == 0.0)]
        if idx:
            acc = sum(correct[i] for i in idx) / len(idx)
            conf = sum(confidences[i] for i in idx) / len(idx)
            total += len(idx) / len(confidences) * abs(acc - conf)
    return total


# --------------------------------------------------------------------------- all


@dataclass
class StancePair:
    """A matched quote's gold and predicted stance, for tables and plots."""

    article_id: str
    gold: str
    pred: str
    confidence: float
    gold_target: str | None
    pred_target: str | None


@dataclass
class ArticleScore:
    """One article's counts, which ``summarise`` adds up over articles."""

    quotes: dict[float, PRF]
    spans: dict[tuple[str, str], PRF]
    speaker_right: int
    speaker_total: int
    events: PRF
    pairs: list[StancePair]


def score_article(gold: Article, pred: Article | None) -> ArticleScore:
    """The counts of one article; a missing prediction counts as an article with no quotes."""
    pq = pred.quotes if pred else []
    quotes = {}
    for t in THRESHOLDS:
        matched = match_quotes(gold.quotes, pq, t)
        quotes[t] = PRF(len(matched), len(pq) - len(matched), len(gold.quotes) - len(matched))
    spans = {}
    for kind in ("cue", "source", "content"):
        spans[(kind, "exact")], spans[(kind, "token")] = span_scores(gold.text, gold.quotes, pq, kind)
    speaker_right = speaker_total = hits = 0
    pairs: list[StancePair] = []
    for gi, pi in match_quotes(gold.quotes, pq, MATCH_AT):
        g, p = gold.quotes[gi], pq[pi]
        speaker_total += 1
        same_speaker = normalise_name(g.speaker) == normalise_name(p.speaker)
        speaker_right += same_speaker
        if g.stance is not None and p.stance is not None:
            conf = (p.stance_scores or {}).get(p.stance, p.confidence if p.confidence is not None else 1.0)
            pairs.append(StancePair(gold.id, g.stance, p.stance, conf, g.target, p.target))
        if g.stance not in (None, "none") and same_speaker and g.stance == p.stance:
            hits += 1
    gold_events = sum(q.stance not in (None, "none") for q in gold.quotes)
    pred_events = sum(q.stance not in (None, "none") for q in pq)
    events = PRF(hits, pred_events - hits, gold_events - hits)
    return ArticleScore(quotes, spans, speaker_right, speaker_total, events, pairs)


def score(
    gold_articles: Sequence[Article], pred_articles: Sequence[Article]
) -> tuple[dict[str, float], list[StancePair]]:
    """All metrics over articles paired by id; articles missing a prediction count as empty."""
    preds = {a.id: a for a in pred_articles}
    return summarise([score_article(gold, preds.get(gold.id)) for gold in gold_articles])


def summarise(scores: Sequence[ArticleScore]) -> tuple[dict[str, float], list[StancePair]]:
    """The metrics of articles' counts taken together, and their stance pairs."""
    quote_prf = {t: PRF() for t in THRESHOLDS}
    spans = {(kind, how): PRF() for kind in ("cue", "source", "content") for how in ("exact", "token")}
    speaker_right = speaker_total = 0
    event = PRF()
    pairs: list[StancePair] = []
    for one in scores:
        for t, prf in one.quotes.items():
            quote_prf[t].add(prf)
        for key, prf in one.spans.items():
            spans[key].add(prf)
        speaker_right += one.speaker_right
        speaker_total += one.speaker_total
        event.add(one.events)
        pairs.extend(one.pairs)
    out: dict[str, float] = {}
    for t, prf in quote_prf.items():
        out[f"quote_p@{t}"], out[f"quote_r@{t}"], out[f"quote_f@{t}"] = prf.p, prf.r, prf.f
    for (kind, how), prf in spans.items():
        out[f"{kind}_{how}_p"], out[f"{kind}_{how}_r"], out[f"{kind}_{how}_f"] = prf.p, prf.r, prf.f
    out["speaker_acc"] = speaker_right / speaker_total if speaker_total else 0.0
    out["speaker_n"] = float(speaker_total)
    out["stance_event_p"], out["stance_event_r"], out["stance_event_f"] = event.p, event.r, event.f
    if pairs:
        out.update(stance_summary(pairs))
    return out, pairs


def stance_summary(pairs: Sequence[StancePair]) -> dict[str, float]:
    gold = [p.gold for p in pairs]
    pred = [p.pred for p in pairs]
    out = classification_scores(gold, pred)
    out["stance_ece"] = expected_calibration_error(
        [p.confidence for p in pairs], [g == q for g, q in zip(gold, pred, strict=False)]
    )
    targeted = [p for p in pairs if p.gold != "none"]
    out["target_acc"] = (
        sum(normalise_name(p.gold_target) == normalise_name(p.pred_target) for p in targeted) / len(targeted)
        if targeted
        else 0.0
    )
    out["target_n"] = float(len(targeted))
    return out


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa of two label sequences."""
    n = len(a)
    if n == 0:
        return math.nan
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0
