"""The target of a stance: the party it is directed at, chosen among the article's names.

Rules (a learned ranker is future work; accuracy is in the stance model card): for
``deny``, the speaker of an earlier quote that accused this speaker (the accuser);
otherwise the first named party inside the quote's contents other than the speaker
(``the Castro regime`` -> the article's country), else the first in its sentence;
an appeal with no named addressee targets ``public``; ``none`` has no target.
"""

from __future__ import annotations

from collections.abc import Sequence

from stance.attribution.places import country
from stance.attribution.speaker import SpeakerResolver, name_mentions
from stance.metrics import normalise_name
from stance.schema import Quote, Span

_NOT_PARTIES = frozenset(
    """we we've our i i'm you they some during trying this that these those it there here what when
    while if but and holocaust islamic muslim christian do don't let please stop now today yes no""".split()
)
_STATE_WORDS = ("regime", "government", "junta", "authorities", "administration")


def _named_in(resolver: SpeakerResolver, text: str, span: Span, exclude: str) -> str | None:
    chunk = text[span.start : span.end]
    for mention in name_mentions(chunk):
        if mention.name.lower() in _NOT_PARTIES or mention.name.split()[0].lower() in _NOT_PARTIES:
            continue
        after = chunk[mention.end : mention.end + 20].lower()
        # "the Castro regime", "the Sudanese government": the state is the party.
        name = resolver.canonical(mention.name)
        if after.strip().startswith(_STATE_WORDS) and country(mention.name) is None:
            name = resolver.main_country or name
        if normalise_name(name) != exclude:
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
        if target is None and quote.stance == "propose":
            target = "public"  # an appeal with no named addressee
        quote.target = target
