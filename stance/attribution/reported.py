"""Attributions reported inside another quote's contents: "Officials say [Seoul declared
the talks over]", "Human Rights Watch [accused Rwanda of aiding the rebels], saying
[officials had armed the mutiny]".

The tagger has one layer of tags, so it marks the outer report and not the chain inside
it. Read on its own, a reported content is a sentence like any other, and the same tagger
finds the attribution in it. Only chains with a core reporting verb and a source
are kept: inside another report, "claim", "call", "deny" or "condemn" are as often nouns
or other senses ("the claim that", "denied them access") as speech.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stance.attribution.link import OPENING
from stance.schema import Quote, Span

# The reporting verbs of the annotation brief that report speech in every sense.
_VERBS = frozenset(
    """say says said saying tell tells told telling add adds added adding state states stated stating
    note notes noted noting announce announces announced announcing declare declares declared declaring
    accuse accuses accused accusing charge charges charged charging allege alleges alleged alleging
    blame blames blamed blaming urge urges urged urging ask asks asked asking demand demands demanded
    demanding warn warns warned warning insist insists insisted insisting argue argues argued arguing
    acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting confirm confirms
    confirmed confirming report reports reported reporting vow vows vowed vowing pledge pledges pledged
    pledging promise promises promised promising threaten threatens threatened threatening testify
    testifies testified testifying write writes wrote writing conclude concludes concluded concluding
    assure assures assured assuring""".split()
)
# "urged the opposition to provide the details adding that he would ...": these participles
# go on with the subject of the report they sit in, whatever the tagger takes for theirs
# (4 of 4 such chains on outside batches 8-14 belong to the outer speaker; none in the corpus).
CONTINUING = frozenset({"adding", "noting"})
# A reported content this short holds no attribution of its own.
_MIN_WORDS = 4


def reported_contents(quotes: Sequence[Quote]) -> list[Span]:
    """The contents in which to look for a reported chain: reported (not quoted) speech
    with one of the verbs a kept chain needs (the others are not worth tagging again)."""
    return [
        c
        for q in quotes
        if q.type != "direct"
        for c in q.contents
        if c.text[:1] not in OPENING
        and len(c.text.split()) >= _MIN_WORDS
        and any(w in _VERBS for w in re.findall(r"[a-z]+", c.text.lower()))
    ]


def sentences_within(sentences: Sequence[Span], span: Span) -> list[Span]:
    """The sentences of the article clipped to ``span``, with offsets relative to it."""
    out = []
    for s in sentences:
        lo, hi = max(s.start, span.start), min(s.end, span.end)
        if lo < hi:
            out.append(Span.of(span.text, lo - span.start, hi - span.start))
    return out or [Span.of(span.text, 0, len(span.text))]


def in_article(quote: Quote, text: str, offset: int) -> Quote:
    """A quote found in a content span, with offsets moved into the article."""

    def move(s: Span) -> Span:
        return Span.of(text, s.start + offset, s.end + offset)

    return Quote(
        type=quote.type,
        contents=[move(c) for c in quote.contents],
        cue=move(quote.cue) if quote.cue else None,
        sources=[move(s) for s in quote.sources],
        confidence=quote.confidence,
    )


def is_reported_chain(quote: Quote, existing: Sequence[Quote]) -> bool:
    """A chain worth keeping: a core reporting verb, a source, and not a quote already found."""
    if quote.cue is None or not quote.sources:
        return False
    if re.sub(r"[^a-z]", "", quote.cue.text.lower()) not in _VERBS:
        return False
    return not any(abs(quote.start - q.start) < 3 and abs(quote.end - q.end) < 3 for q in existing)
