"""Attributions embedded as "what X called ...", which the one-layer tagger cannot nest."""

from stance.attribution.component import Attributor
from stance.attribution.embedded import embedded_quotes
from stance.schema import Quote, Span
from stance.segment import segment


def _found(text: str) -> list[tuple[str, str, str, str]]:
    return [(q.type, q.sources[0].text, q.cue.text, q.contents[0].text) for q in embedded_quotes(text, [])]


def test_what_someone_called_something() -> None:
    text = (
        'The government cannot protect civilians living among what he called "terrorists" -- a reference '
        "to the rebels. Troops took the town after what they say was a fierce gun battle this week. "
        "He denounced what he called scurrilous propaganda distributed by the government. "
        'The poll escaped what it called Mr. Wade\'s electoral "bulimia." Results came late.'
    )
    assert _found(text) == [
        ("direct", "he", "called", '"terrorists"'),
        ("indirect", "they", "say", "was a fierce gun battle this week"),
        # A name given is a noun phrase: it ends where a participle begins.
        ("indirect", "he", "called", "scurrilous propaganda"),
        ("mixed", "it", "called", 'Mr. Wade\'s electoral "bulimia."'),
    ]


def test_a_pronoun_reporting_inside_a_relative_clause_and_quoted_as_saying() -> None:
    text = (
        "Sudan is ready to fight rebels it says are backed by Chad. Opposition supporters reject the "
        "results, which he says were false, and march. Press reports quoted Defense Minister Daniel "
        "Chea as saying his forces were in control of Voinjama, a northern town. Mr. Rainsy denounced "
        "what he said was widespread fraud."
    )
    assert _found(text) == [
        ("indirect", "it", "says", "are backed by Chad"),
        ("indirect", "he", "says", "were false"),
        (
            "indirect",
            "Defense Minister Daniel Chea",
            "saying",
            "his forces were in control of Voinjama, a northern town",
        ),
        # "what he said was": one quote, though both patterns match it.
        ("indirect", "he", "said", "was widespread fraud"),
    ]


def test_no_source_no_contents_or_a_cue_already_found_is_no_new_quote() -> None:
    text = "That is what is called a trap. Listen to what she says -- if you can. It is what they call fraud."
    cue = text.index("call fraud")
    found = [
        Quote(
            type="indirect",
            contents=[Span.of(text, cue + 5, cue + 10)],
            cue=Span.of(text, cue, cue + 4),
            sources=[Span.of(text, cue - 5, cue - 1)],
        )
    ]
    assert embedded_quotes(text, found) == []


def test_the_shipped_attributor_nests_them_inside_a_quote() -> None:
    text = (
        "A government spokesman, Lakshman Hulugalle, said the government can not be responsible for the "
        'safety of civilians still living among what he called "terrorists."'
    )
    quotes = Attributor.from_disk("models/attribution").predict([text], [segment(text)])[0]
    nested = [q for q in quotes if q.contents[0].text == '"terrorists."']
    assert len(nested) == 1 and nested[0].speaker == "Lakshman Hulugalle"
    outer = [q for q in quotes if q is not nested[0] and q.start <= nested[0].start and nested[0].end <= q.end]
    assert outer, [q.contents for q in quotes]


def test_any_text_gives_well_formed_quotes() -> None:
    import random

    rng = random.Random(3)
    words = 'what he said called says " “ ” the Mr. U.S. , . ; \n which it are is — -'.split(" ")
    assert embedded_quotes("It is what they say", []) == []  # the text ends after the cue
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "\n"]) for _ in range(rng.randrange(1, 30)))
        for q in embedded_quotes(text, []):
            for span in [*q.contents, *q.sources, q.cue]:
                assert span is not None and span.end > span.start and text[span.start : span.end] == span.text


def test_idioms_of_criticism_are_quotes_aimed_at_a_noun_phrase() -> None:
    text = (
        "Gavin Williamson hit out at Jeremy Corbyn's party after the defeat. Labour has hit back at the claims. "
        "Leo Varadkar spoke on the Troubles. The Taoiseach also rounded on Sinn Féin over its past. "
        "Frans Timmermans took aim at the Council of the EU."
    )
    assert _found(text) == [
        ("indirect", "Gavin Williamson", "hit out at", "Jeremy Corbyn's party"),
        ("indirect", "Labour", "hit back at", "the claims"),
        ("indirect", "The Taoiseach", "rounded on", "Sinn Féin"),
        ("indirect", "Frans Timmermans", "took aim at", "the Council of the EU"),
    ]
    # A cue the tagger already found ("lashed out") is not found twice.
    lashed = "The minister lashed out at the press."
    cue = lashed.index("lashed out")
    tagged = Quote("indirect", [Span.of(lashed, 30, 39)], cue=Span.of(lashed, cue, cue + len("lashed out")))
    assert embedded_quotes(lashed, [tagged]) == []
