"""The target of a stance: the party it is directed at, chosen among candidates.

Candidates are the names in the quote's contents and sentence, the other speakers of
the article, its main country, ``public`` and "none identified" (null). A logistic
regression over a few features of each candidate (where it is mentioned, whether it
is the speaker or accused the speaker earlier, the stance label) picks one; it is
fitted on the gold quotes of the training split and stored as JSON next to the
stance model. Without a fitted ranker the rule pick (the first feature) is used:
for ``deny`` the earlier accuser, else the first named party in the contents, else
in the sentence, and ``public`` for an appeal to nobody named.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from stance.attribution.places import country
from stance.attribution.speaker import ORG_HEADS, Mention, SpeakerResolver, name_mentions
from stance.metrics import normalise_name
from stance.schema import LABELS, Article, Quote, Span

RANKER_FILE = "target_ranker.json"
_NOT_PARTIES = frozenset(
    """we we've our i i'm you they some during trying this that these those it there here what when
    while if but and holocaust islamic muslim christian do don't let please stop now today yes no""".split()
)
_STATE_WORDS = ("regime", "government", "junta", "authorities", "administration")
_BASE = (
    "bias",
    "rule_pick",
    "is_none",
    "is_public",
    "in_content",
    "first_in_content",
    "in_sentence",
    "in_previous_sentence",
    "is_speaker",
    "other_speaker",
    "accuser",
    "main_country",
    "is_country",
    "is_person",
    "is_org",
    "mentions",
)
_CROSSED = ("is_none", "is_public", "in_content", "other_speaker", "main_country", "accuser")
FEATURES = _BASE + tuple(f"{label}_x_{f}" for label in LABELS if label != "none" for f in _CROSSED)


def _names(resolver: SpeakerResolver, text: str, span: Span) -> list[str]:
    """Canonical party names mentioned in a span, in order."""
    chunk = text[span.start : span.end]
    out = []
    for mention in name_mentions(chunk):
        if mention.name.lower() in _NOT_PARTIES or mention.name.split()[0].lower() in _NOT_PARTIES:
            continue
        after = chunk[mention.end : mention.end + 20].lower().strip()
        name = country(mention.name) or resolver.canonical(mention.name)
        if after.startswith(_STATE_WORDS) and country(mention.name) is None and resolver.main_country:
            name = resolver.main_country  # "the Castro regime"
        out.append(name)
    return out


class _Context:
    """What the features of one quote's candidates need, computed once."""

    def __init__(
        self, resolver: SpeakerResolver, text: str, sentences: Sequence[Span], quotes: Sequence[Quote], i: int
    ):
        q = quotes[i]
        self.quote = q
        self.speaker = normalise_name(q.speaker)
        self.in_content = [normalise_name(n) for s in q.contents for n in _names(resolver, text, s)]
        k = next((j for j, s in enumerate(sentences) if s.start <= q.start < s.end), None)
        self.in_sentence = [normalise_name(n) for n in _names(resolver, text, sentences[k])] if k is not None else []
        self.in_previous = [normalise_name(n) for n in _names(resolver, text, sentences[k - 1])] if k else []
        self.others = {
            normalise_name(o.speaker) for o in quotes if o.speaker and normalise_name(o.speaker) != self.speaker
        }
        self.accusers = {
            normalise_name(o.speaker)
            for o in quotes[:i]
            if o.stance == "accuse" and o.speaker and normalise_name(o.target) == self.speaker
        }
        self.main = normalise_name(resolver.main_country)
        self.counts: dict[str, int] = {}
        for m in resolver.mentions:
            key = normalise_name(country(m.name) or resolver.canonical(m.name))
            self.counts[key] = self.counts.get(key, 0) + 1
        self.rule = _rule(self, resolver, text, sentences, quotes, i)
        names = [self.rule, None, "public", resolver.main_country]
        names += [n for s in q.contents for n in _names(resolver, text, s)]
        if k is not None:
            names += _names(resolver, text, sentences[k]) + (_names(resolver, text, sentences[k - 1]) if k else [])
        names += [o.speaker for o in quotes if o.speaker]
        seen: dict[str, str | None] = {}
        for n in names:
            if n is None or normalise_name(n) != self.speaker:
                seen.setdefault(normalise_name(n), n)
        self.candidates = list(seen.values())

    def features(self, cand: str | None) -> np.ndarray:
        f = dict.fromkeys(FEATURES, 0.0)
        f["bias"] = 1.0
        key = normalise_name(cand)
        f["rule_pick"] = float(key == normalise_name(self.rule))
        f["is_none"] = float(cand is None)
        f["is_public"] = float(key == "public")
        if cand is not None and key != "public":
            f["in_content"] = float(key in self.in_content)
            f["first_in_content"] = float(bool(self.in_content) and self.in_content[0] == key)
            f["in_sentence"] = float(key in self.in_sentence)
            f["in_previous_sentence"] = float(key in self.in_previous)
            f["is_speaker"] = float(key == self.speaker)
            f["other_speaker"] = float(key in self.others)
            f["accuser"] = float(key in self.accusers)
            f["main_country"] = float(key == self.main)
            f["is_country"] = float(country(cand) is not None)
            f["is_person"] = float(Mention(0, 0, cand).is_person)
            f["is_org"] = float(any(w.lower() in ORG_HEADS for w in cand.split()))
            f["mentions"] = math.log1p(self.counts.get(key, 0))
        label = self.quote.stance
        if label in LABELS and label != "none":
            for name in _CROSSED:
                f[f"{label}_x_{name}"] = f[name]
        return np.array([f[k] for k in FEATURES])


def _rule(
    ctx: _Context, resolver: SpeakerResolver, text: str, sentences: Sequence[Span], quotes: Sequence[Quote], i: int
) -> str | None:
    q = quotes[i]
    if q.stance == "deny":
        for earlier in reversed(quotes[:i]):
            if earlier.stance == "accuse" and normalise_name(earlier.target) == ctx.speaker and earlier.speaker:
                return earlier.speaker
    for names in ([n for s in q.contents for n in _names(resolver, text, s)], ctx.in_sentence):
        for n in names:
            if normalise_name(n) != ctx.speaker:
                return n
    return "public" if q.stance == "propose" else None


class TargetRanker:
    def __init__(self, weights: np.ndarray) -> None:
        self.weights = weights

    @classmethod
    def fit(cls, articles: Sequence[Article], c: float = 1.0) -> TargetRanker:
        """Fit on gold quotes with a stance other than none, gold speakers and labels."""
        from sklearn.linear_model import LogisticRegression

        rows, labels = [], []
        for article in articles:
            resolver = SpeakerResolver(article.text)
            from stance.segment import segment

            sentences = segment(article.text)
            for i, q in enumerate(article.quotes):
                if q.stance in (None, "none"):
                    continue
                ctx = _Context(resolver, article.text, sentences, article.quotes, i)
                gold = normalise_name(q.target)
                for cand in ctx.candidates:
                    rows.append(ctx.features(cand))
                    labels.append(int(normalise_name(cand) == gold))
        model = LogisticRegression(C=c, max_iter=3000, fit_intercept=False)
        model.fit(np.array(rows), np.array(labels))
        return cls(model.coef_[0].astype(np.float64))

    def choose(self, ctx: _Context) -> str | None:
        scores = [float(ctx.features(c) @ self.weights) for c in ctx.candidates]
        return ctx.candidates[int(np.argmax(scores))]

    def to_disk(self, folder: str | os.PathLike[str]) -> None:
        payload = {"features": list(FEATURES), "weights": [round(float(w), 6) for w in self.weights]}
        (Path(folder) / RANKER_FILE).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, folder: str | os.PathLike[str]) -> TargetRanker | None:
        path = Path(folder) / RANKER_FILE
        if not path.exists():
            return None
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload["features"] != list(FEATURES):
            raise ValueError(f"{path}: its features differ from this version's; retrain the stance model")
        return cls(np.array(payload["weights"], dtype=np.float64))


def assign_targets(
    text: str, sentences: Sequence[Span], quotes: Sequence[Quote], ranker: TargetRanker | None = None
) -> None:
    """Set ``target`` on quotes whose ``stance`` is set (in order: a deny can look back)."""
    resolver = SpeakerResolver(text)
    for i, quote in enumerate(quotes):
        if quote.stance in (None, "none"):
            quote.target = None
            continue
        ctx = _Context(resolver, text, sentences, quotes, i)
        quote.target = ranker.choose(ctx) if ranker else ctx.rule
