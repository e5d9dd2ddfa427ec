"""Training picks the linker's conventions on dev: with tagged spans that keep a
reported content's leading "that" and one-word contents, as PolNeAR's gold does, the
conventions that keep them win; on our own dev the defaults stay."""

from stance.attribution.component import Attributor
from stance.attribution.link import LinkOptions
from stance.attribution.tagger import TaggedSpan
from stance.attribution.train import tune_link_options
from stance.schema import Article, Quote, Span


def _polnear_like() -> tuple[list[Article], list[list[TaggedSpan]]]:
    text = (
        "The minister said that the talks had failed. Rebel leaders replied, curtly, no. "
        "Analysts said that the army would respond within days."
    )
    s = lambda a, last=False: Span.of(  # noqa: E731
        text, (k := text.rindex(a) if last else text.index(a)), k + len(a)
    )
    quotes = [
        Quote("indirect", [s("that the talks had failed")], s("said"), [s("The minister")]),
        Quote("indirect", [s("no")], s("replied"), [s("Rebel leaders")]),
        Quote("indirect", [s("that the army would respond within days")], s("said", last=True), [s("Analysts")]),
    ]
    tagged = [
        TaggedSpan(role, span.start, span.end, 1.0)
        for q in quotes
        for role, spans in (("CONTENT", q.contents), ("CUE", [q.cue]), ("SOURCE", q.sources))
        for span in spans
    ]
    return [Article("polnear-like", text, quotes)], [sorted(tagged, key=lambda t: t.start)]


def test_conventions_are_chosen_on_dev_and_saved(dev_articles, tmp_path) -> None:
    attributor = Attributor.from_disk("models/attribution")
    assert tune_link_options(attributor, dev_articles[:8]) == LinkOptions()  # our own conventions
    dev, tagged = _polnear_like()
    chosen = tune_link_options(attributor, dev, tagged=tagged)
    assert chosen.trim_that is False and chosen.min_reported_words == 1
    attributor.to_disk(tmp_path / "m")
    assert Attributor.from_disk(tmp_path / "m").link_options == chosen
