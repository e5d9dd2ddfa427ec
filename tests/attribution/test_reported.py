"""Attributions chained inside another quote's reported contents, found by a second pass of
the shipped tagger over those contents."""

from stance.attribution.component import Attributor
from stance.attribution.reported import is_reported_chain, reported_contents, sentences_within
from stance.schema import Quote, Span
from stance.segment import segment

from ..conftest import MODELS


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span.of(text, start, start + len(piece))


def test_which_contents_are_read_again_and_which_chains_are_kept() -> None:
    text = (
        'Officials say Seoul declared the talks over. "We will go," he said. The claim that he lied was false. '
        "Critics say the vote was rigged by the party."
    )
    reported = Quote("indirect", [_span(text, "Seoul declared the talks over")], cue=_span(text, "say"))
    quoted = Quote("direct", [_span(text, '"We will go,"')], cue=_span(text, "said"))
    short = Quote("indirect", [_span(text, "he lied")], cue=_span(text, "claim"))
    no_verb = Quote("indirect", [_span(text, "the vote was rigged by the party")], cue=_span(text, "say"))
    # Only reported speech long enough to hold an attribution, and with a reporting verb
    # a kept chain needs, is read again ...
    kept = reported_contents([reported, quoted, short, no_verb])
    assert [c.text for c in kept] == ["Seoul declared the talks over"]
    # ... with the article's sentences clipped to it.
    content = reported.contents[0]
    assert [s.text for s in sentences_within(segment(text), content)] == [content.text]
    chain = Quote(
        "indirect", [_span(text, "the talks over")], cue=_span(text, "declared"), sources=[_span(text, "Seoul")]
    )
    assert is_reported_chain(chain, [reported])
    # A verb that is as often a noun or another sense, no source, or a quote already found: not kept.
    noun = Quote("indirect", [_span(text, "he lied")], cue=_span(text, "claim"), sources=[_span(text, "The")])
    assert not is_reported_chain(noun, [reported])
    assert not is_reported_chain(Quote("indirect", chain.contents, cue=chain.cue), [reported])
    assert not is_reported_chain(chain, [reported, chain])


def test_the_shipped_attributor_finds_a_chain_inside_a_report(dev_articles) -> None:
    article = next(a for a in dev_articles if a.id == "voa-north-korea-rejects-accusation-it-sank-south")
    attributor = Attributor.from_disk(MODELS / "attribution")
    quotes = attributor.predict([article.text], [segment(article.text)])[0]
    chains = [q for q in quotes if q.cue and q.cue.text == "declared"]
    assert chains and chains[0].contents[0].text.startswith("Seoul will take")
    assert chains[0].speaker == "Lee Myung-bak"
    # The outer report that holds it is still there.
    assert any(q.start < chains[0].start and chains[0].end <= q.end for q in quotes)


def test_adding_inside_a_report_goes_on_with_the_reports_speaker() -> None:
    # The tagger reads "the opposition" as the source of "adding"; the participle goes on
    # with whoever did the urging.
    text = (
        "Minister Kofi Mensah urged the opposition to provide him with the relevant details adding that he "
        "himself will lodge a complaint with the police."
    )
    attributor = Attributor.from_disk(MODELS / "attribution")
    quotes = attributor.predict([text], [segment(text)])[0]
    adding = [q for q in quotes if q.cue and q.cue.text == "adding"]
    assert adding and adding[0].speaker == "Kofi Mensah"
    assert [s.text for s in adding[0].sources] == ["Minister Kofi Mensah"]
