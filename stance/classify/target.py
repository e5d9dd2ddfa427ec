"""The target of a stance: the party it is directed at, chosen among the article's names.

Rules (measured in the stance model card): for ``accuse``, ``condemn`` and
``propose``, the first named party inside the quote's contents other than the
speaker, else the first in its sentence outside the speaker's mention; for
``deny``, the speaker of an earlier quote that targeted this speaker (the accuser),
else the same rule. ``none`` has no target.
"""

from __future__ import annotations

from collections.abc import Sequence

from stance.attribution.speaker import SpeakerResolver, name_mentions
from stance.metrics import normalise_name
from stance.schema import Quote, Span


def _named_in(resolver: SpeakerResolver, text: str, span: Span, exclude: str) -> str | None:
    for mention in name_mentions(text[span.start : span.end]):
        name = resolver.canonical(mention.name)
        if normalise_name(name) != exclude and mention.name.lower() not in {"i", "we"}:
            return name
    return None


def assign_targets(text: str, sentences: Sequence[Span], quotes: Sequence[Quote]) -> None:
    """Set ``target`` on quotes whose ``stance`` is set."""
    resolver = SpeakerResolver(text)
    for i, quote in enumerate(quotes):
        if quote.stance in (None, "none"):
            quote.target = None
            continue
        speaker = normalise_name(quote.speaker)
        target = None
        if quote.stance == "deny":
            for earlier in reversed(quotes[:i]):
                if earlier.stance == "accuse" and normalise_name(earlier.target) == speaker and earlier.speaker:
                    target = earlier.speaker
                    break
        for span in quote.contents:
            target = target or _named_in(resolver, text, span, speaker)
        if target is None:
            sentence = next((s for s in sentences if s.start <= quote.start < s.end), None)
            if sentence is not None:
                target = _named_in(resolver, text, sentence, speaker)
        quote.target = target
