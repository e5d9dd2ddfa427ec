"""Gold spans -> BIO tags -> decoded spans must give the gold spans back."""

import torch

from stance.attribution.component import Attributor
from stance.attribution.link import (
    link,
    quote_type,
    source_after_cue,
    source_before_cue,
    source_before_relative,
    to_quotes,
)
from stance.attribution.tagger import (
    TAG_ID,
    TAGS,
    TaggedSpan,
    Window,
    char_roles,
    decode,
    encode_windows,
    gold_tags,
    viterbi,
)
from stance.encoder import load_tokenizer
from stance.schema import Quote, Span
from stance.segment import segment


def _tagged(text: str, piece: str, role: str, last: bool = False) -> TaggedSpan:
    """What the tagger would output for ``piece`` of ``text`` (its last occurrence if ``last``)."""
    start = text.rindex(piece) if last else text.index(piece)
    return TaggedSpan(role, start, start + len(piece), 0.9)


def _linked(text: str, pieces: list[tuple[str, str]]) -> list[Quote]:
    """The quotes linked from these tagged pieces of ``text``, each found after the one before."""
    spans, at = [], 0
    for piece, role in pieces:
        start = text.index(piece, at)
        spans.append(TaggedSpan(role, start, start + len(piece), 0.9))
        at = start + len(piece)
    return [q for q, _ in to_quotes(text, link(text, segment(text), spans))]


def test_gold_tags_decode_back_to_gold_spans(train_articles) -> None:
    tokenizer = load_tokenizer()
    checked = 0
    for article in [a for a in train_articles if a.quotes][:10]:
        role, span_id = char_roles(article)
        windows = [Window(s.start, s.end) for s in segment(article.text)]
        decoded = []
        for enc in encode_windows(tokenizer, article.text, windows):
            tags = gold_tags(enc, role, span_id)
            probs = torch.zeros((len(tags), len(TAGS)))
            for k, t in enumerate(tags):
                probs[k, t if t >= 0 else TAG_ID["O"]] = 1.0
            decoded.extend(decode(enc, probs, article.text))
        cues = {(q.cue.start, q.cue.end) for q in article.quotes if q.cue}
        got = {(s.start, s.end) for s in decoded if s.role == "CUE"}
        # Cues are words: every gold cue outside another quote's content comes back exactly.
        inside = {c for c in cues if any(s.start <= c[0] < s.end for q in article.quotes for s in q.contents)}
        assert cues - inside <= got
        checked += 1
    assert checked == 10


def test_viterbi_never_starts_an_entity_with_inside() -> None:
    log_probs = torch.log(torch.full((3, len(TAGS)), 1e-3))
    log_probs[:, TAG_ID["I-CUE"]] = 0.0  # argmax alone would give I-CUE I-CUE I-CUE
    path = [TAGS[i] for i in viterbi(log_probs)]
    assert path[0] != "I-CUE"


def test_link_groups_an_interrupted_quotation() -> None:
    text = '"We will win," he said, "and we will govern."'
    spans = [
        TaggedSpan("CONTENT", 0, 14, 0.9),
        TaggedSpan("SOURCE", 15, 17, 0.9),
        TaggedSpan("CUE", 18, 22, 0.9),
        TaggedSpan("CONTENT", 24, 46, 0.9),
    ]
    ((quote, continues),) = to_quotes(text, link(text, segment(text), spans))
    assert not continues
    assert [s.text for s in quote.contents] == ['"We will win,"', '"and we will govern."']
    assert quote.cue.text == "said" and quote.sources[0].text == "he"
    assert quote.type == "direct"


def test_quote_types() -> None:
    text = 'He called it "a sham" and said the vote was rigged.'
    assert quote_type(text, [Span.of(text, 13, 21)]) == "direct"
    assert quote_type(text, [Span.of(text, 10, 21)]) == "mixed"
    assert quote_type(text, [Span.of(text, 35, 50)]) == "indirect"


def test_viterbi_finds_the_best_valid_sequence() -> None:
    import itertools

    import numpy as np

    from stance.attribution.tagger import _ALLOWED, _START_OK

    rng = np.random.default_rng(0)
    for _ in range(40):
        n = int(rng.integers(1, 5))
        log_probs = np.log(rng.dirichlet(np.full(len(TAGS), 0.3), size=n))
        valid = [
            seq
            for seq in itertools.product(range(len(TAGS)), repeat=n)
            if _START_OK[seq[0]] and all(_ALLOWED[a, b] for a, b in itertools.pairwise(seq))
        ]
        best = max(valid, key=lambda seq: sum(log_probs[k, t] for k, t in enumerate(seq)))
        assert tuple(viterbi(log_probs)) == best


def test_link_options_follow_a_corpus_conventions() -> None:
    from stance.attribution.link import LinkOptions

    text = "Officials said that the talks failed. He denied it. Talks, he added, stalled."
    spans = [
        TaggedSpan("SOURCE", 0, 9, 0.9),
        TaggedSpan("CUE", 10, 14, 0.9),
        TaggedSpan("CONTENT", 15, 37, 0.9),
        TaggedSpan("SOURCE", 38, 40, 0.9),
        TaggedSpan("CUE", 41, 47, 0.9),
        TaggedSpan("CONTENT", 48, 50, 0.9),
        TaggedSpan("SOURCE", 59, 61, 0.9),
        TaggedSpan("CUE", 62, 67, 0.9),
        TaggedSpan("CONTENT", 69, 77, 0.9),
    ]
    ours = [q.contents[0].text for q, _ in to_quotes(text, link(text, segment(text), spans))]
    # "that" and the stop go; a one-word content stays right after its cue, not elsewhere.
    assert ours == ["the talks failed", "it"]
    polnear = LinkOptions(trim_that=False, trim_final_stop=False, min_reported_words=1)
    theirs = [q.contents[0].text for q, _ in to_quotes(text, link(text, segment(text), spans, polnear), polnear)]
    assert theirs == ["that the talks failed.", "it", "stalled."]
    assert LinkOptions.from_dict(polnear.to_dict() | {"unknown": 1}) == polnear


def test_a_paragraph_break_ends_a_quote() -> None:
    text = '"We will win," he said.\n\n"The vote was fair."'
    spans = [
        TaggedSpan("CONTENT", 0, 14, 0.9),
        TaggedSpan("SOURCE", 15, 17, 0.9),
        TaggedSpan("CUE", 18, 22, 0.9),
        TaggedSpan("CONTENT", 25, 46, 0.9),
    ]
    (first, _), (second, continues) = to_quotes(text, link(text, segment(text), spans))
    assert [s.text for s in first.contents] == ['"We will win,"']
    assert second.cue is None and continues and second.contents[0].text == '"The vote was fair."'


def test_a_quotation_whose_middle_the_tagger_lost_is_one_content() -> None:
    text = '"Prices rose. Wages fell. People are angry," she said.'
    spans = [
        TaggedSpan("CONTENT", 0, 13, 0.9),  # the middle sentence is not tagged
        TaggedSpan("CONTENT", 26, 44, 0.9),
        TaggedSpan("SOURCE", 45, 48, 0.9),
        TaggedSpan("CUE", 49, 53, 0.9),
    ]
    ((quote, _),) = to_quotes(text, link(text, segment(text), spans))
    assert [s.text for s in quote.contents] == ['"Prices rose. Wages fell. People are angry,"']
    assert quote.type == "direct"


def test_a_quotation_without_a_cue_continues_the_quote_before_it() -> None:
    text = '"This is baseless," Musharraf said. "We stand by it." The talks, officials said, would resume next week.'
    spans = [
        _tagged(text, '"This is baseless,"', "CONTENT"),
        _tagged(text, "Musharraf", "SOURCE"),
        _tagged(text, "said", "CUE"),
        _tagged(text, '"We stand by it."', "CONTENT"),
        _tagged(text, "officials", "SOURCE"),
        _tagged(text, "said", "CUE", last=True),
        _tagged(text, "would resume next week", "CONTENT"),
    ]
    (first, _), (second, _) = to_quotes(text, link(text, segment(text), spans))
    assert [c.text for c in first.contents] == ['"This is baseless,"', '"We stand by it."']
    assert second.sources[0].text == "officials"


def test_pieces_are_not_joined_across_a_sentence_end() -> None:
    text = 'He called them "villains." "They bombed us," he said.'
    spans = [
        _tagged(text, "called", "CUE"),
        _tagged(text, 'them "villains."', "CONTENT"),
        _tagged(text, '"They bombed us,"', "CONTENT"),
        _tagged(text, "he", "SOURCE", last=True),
        _tagged(text, "said", "CUE"),
    ]
    quotes = [q for q, _ in to_quotes(text, link(text, segment(text), spans))]
    assert [[c.text for c in q.contents] for q in quotes] == [['them "villains."'], ['"They bombed us,"']]


def test_a_source_cut_after_a_connector_runs_on_over_the_name() -> None:
    text = "A special court in The Hague found him guilty of war crimes."
    spans = [
        _tagged(text, "A special court in", "SOURCE"),
        _tagged(text, "found", "CUE"),
        _tagged(text, "him guilty of war crimes", "CONTENT"),
    ]
    ((quote, _),) = to_quotes(text, link(text, segment(text), spans))
    assert quote.sources[0].text == "A special court in The Hague"


def test_a_source_apposition_is_not_content() -> None:
    text = "According to Oleksandr Kubrakov, Ukraine's infrastructure minister, exports fell by a third in August."
    spans = [
        _tagged(text, "According to", "CUE"),
        _tagged(text, "Oleksandr Kubrakov", "SOURCE"),
        _tagged(text, "Ukraine's infrastructure minister, exports fell by a third in August.", "CONTENT"),
    ]
    ((quote, _),) = to_quotes(text, link(text, segment(text), spans))
    assert quote.contents[0].text == "exports fell by a third in August"
    # A description that is not a role stays: it is what was said.
    text = "According to police, the suspect, a local man, fled the scene on foot."
    spans = [
        _tagged(text, "According to", "CUE"),
        _tagged(text, "police", "SOURCE"),
        _tagged(text, "the suspect, a local man, fled the scene on foot.", "CONTENT"),
    ]
    ((quote, _),) = to_quotes(text, link(text, segment(text), spans))
    assert quote.contents[0].text == "the suspect, a local man, fled the scene on foot"


def test_a_quotation_runs_to_its_closing_mark_or_its_paragraph_end() -> None:
    text = (
        '"This is baseless," he said. "There is no such thing. Pakistan has said so many times. '
        'And we stand by it."\n\n"I am pleased. I thank China for its statement.\n\n"Next paragraph," he said.'
    )
    spans = [
        _tagged(text, '"This is baseless,"', "CONTENT"),
        _tagged(text, "he", "SOURCE"),
        _tagged(text, "said", "CUE"),
        _tagged(text, '"There is no such thing.', "CONTENT"),
        _tagged(text, "Pakistan", "SOURCE"),  # an attribution quoted inside the quotation
        _tagged(text, "has said", "CUE"),
        _tagged(text, "And we stand by it.", "CONTENT"),
        _tagged(text, '"I am pleased.', "CONTENT"),
        _tagged(text, '"Next paragraph,"', "CONTENT"),
        _tagged(text, "he", "SOURCE", last=True),
        _tagged(text, "said", "CUE", last=True),
    ]
    quotes = [q for q, _ in to_quotes(text, link(text, segment(text), spans))]
    assert [s.text for s in quotes[0].contents] == [
        '"This is baseless,"',
        '"There is no such thing. Pakistan has said so many times. And we stand by it."',
    ]
    # A paragraph that opens a quotation and never closes it: the whole paragraph.
    assert quotes[1].contents[0].text == '"I am pleased. I thank China for its statement.'
    assert len(quotes) == 3


def test_a_completed_source_stops_at_its_sentence_end() -> None:
    from stance.attribution.link import _complete_name

    text = "Kenneth Kaiser of the FBI's Criminal Division.\n\nThe FBI's Corruption Program targets bribes."
    cut = _tagged(text, "Kenneth Kaiser of the", "SOURCE")
    nxt = _tagged(text, "The FBI's Corruption Program", "SOURCE")
    done = _complete_name(text, cut, [cut.start, nxt.start])
    assert text[done.start : done.end] == "Kenneth Kaiser of the FBI's Criminal Division"


def test_a_quotation_after_a_lead_in_with_a_colon_takes_its_cue_and_source() -> None:
    text = (
        "Rice spoke in Berlin.\n\nState Department spokesman Sean McCormack offered this comment:\n\n"
        '"The ceasefire is the foundation for peace."\n\nHere is Tony Snow:\n\n"We will wait."\n\n'
        '"Then we act."'
    )
    spans = [
        _tagged(text, "State Department spokesman Sean McCormack", "SOURCE"),
        _tagged(text, "offered", "CUE"),
        _tagged(text, '"The ceasefire is the foundation for peace."', "CONTENT"),
        _tagged(text, "Tony Snow", "SOURCE"),
        _tagged(text, '"We will wait."', "CONTENT"),
        _tagged(text, '"Then we act."', "CONTENT"),
    ]
    (first, cont1), (second, cont2), (third, cont3) = to_quotes(text, link(text, segment(text), spans))
    assert first.cue.text == "offered" and first.sources[0].text.endswith("Sean McCormack") and not cont1
    # A lead-in without a reporting verb gives its source only (decision 20: cue null).
    assert second.cue is None and second.sources[0].text == "Tony Snow" and not cont2
    # A quotation paragraph after the quotation goes on with the same speaker.
    assert third.cue is None and not third.sources and cont3


def test_a_document_the_speaker_spoke_in_is_not_the_source() -> None:
    text = 'The exile government, in a statement, said Chinese troops "opened fire on monks."'
    spans = [
        _tagged(text, "The exile government", "SOURCE"),
        _tagged(text, "a statement", "SOURCE"),
        _tagged(text, "said", "CUE"),
        _tagged(text, 'Chinese troops "opened fire on monks."', "CONTENT"),
    ]
    ((quote, _),) = to_quotes(text, link(text, segment(text), spans))
    assert quote.sources[0].text == "The exile government"


def _quote_with_cue(text: str, content: str, cue: str) -> Quote:
    start, at = text.index(content), text.index(cue)
    return Quote(
        type="indirect",
        contents=[Span.of(text, start, start + len(content))],
        cue=Span.of(text, at, at + len(cue)),
    )


def _assert_sources_found(find, text: str, cases: list[tuple[str, str, str | None]]) -> None:
    """``find`` gives each (content, cue) quote of ``text`` the source expected, or none."""
    for content, cue, source in cases:
        found = find(text, _quote_with_cue(text, content, cue))
        assert [s.text for s in found] == ([source] if source else []), (cue, found)


def test_a_source_the_tagger_missed_right_after_the_cue() -> None:
    text = (
        '"The Council expresses its conviction," said the statement. The plot claims are being denied '
        "by both the U.S. Government and the Khartoum government. The talks will resume, said Tuesday's "
        "report. She was identified by the FBI as an operative. The army declared the winner of the vote."
    )
    cases = [
        ('"The Council expresses its conviction,"', "said", "the statement"),
        ("The plot claims", "denied", "the U.S. Government and the Khartoum government"),
        ("She", "identified", "the FBI"),
        # Only an inverted reporting verb takes a noun phrase without "by".
        ("The army", "declared", None),
    ]
    _assert_sources_found(source_after_cue, text, cases)
    # a long title and name in one
    text = (
        "Russia must stop threatening its neighbors, said Estonian Ministry of Foreign Affairs Undersecretary "
        "Rein Tammsaar while expressing solidarity."
    )
    source = "Estonian Ministry of Foreign Affairs Undersecretary Rein Tammsaar"
    _assert_sources_found(source_after_cue, text, [("Russia must stop threatening its neighbors", "said", source)])


def test_a_source_the_tagger_missed_before_a_relative_clause() -> None:
    text = (
        "The plan faces opposition from the Chamber of Commerce, which argues that it backfires. The charge arose "
        "from an Australian-made documentary which said he lied. A declaration signed by opposition leader "
        "Andry Rajoelina which also stated the army backed him. Lisa McPherson, who was claimed to be a member, died."
    )
    cases = [
        ("it backfires", "argues", "the Chamber of Commerce"),
        ("he lied", "said", "an Australian-made documentary"),
        ("the army backed him", "stated", "Andry Rajoelina"),
        # A passive relative clause names no speaker.
        ("to be a member", "claimed", None),
    ]
    _assert_sources_found(source_before_relative, text, cases)


def test_a_source_the_tagger_missed_is_the_subject_of_the_cue() -> None:
    text = (
        "Milinkevich demands new elections. Saied, 65, claims those detained were terrorists. "
        "Householder has also pleaded not guilty. Iraq's president has ordered the rebels to leave. "
        "Asked why nurses should trust him, Little again took aim at the union, calling its actions wrong. "
        "Instead of appealing, the Justice Department took the step of suing the judges, accusing them of overreach. "
        "The United Nations on Tuesday condemned the attack, describing it as a war crime. "
        "The UN imposed sanctions on four Sudanese accused of crimes. He faced protests by his supporters, "
        "who are calling on him to quit, saying the deal is unfair. Lithuania’s alleged methods were condemned. "
        "Lawyers for the Smith family argue the deal was unfair."
    )
    cases = [
        ("new elections", "demands", "Milinkevich"),
        ("those detained were terrorists", "claims", "Saied"),
        ("not guilty", "pleaded", "Householder"),
        ("the rebels to leave", "ordered", "Iraq's president"),
        ("its actions wrong", "calling", "Little"),
        ("them of overreach", "accusing", "the Justice Department"),
        ("it as a war crime", "describing", "The United Nations"),
        # a participle after its noun is passive; a relative clause's participle is its own
        ("of crimes", "accused", None),
        ("the deal is unfair", "saying", None),
        # an owner is no subject
        ("methods", "alleged", None),
        # "family" is no adverb between a subject and its verb
        ("the deal was unfair", "argue", None),
    ]
    _assert_sources_found(source_before_cue, text, cases)


def test_a_wire_services_anonymous_source_read_as_contents_is_a_source() -> None:
    text = "China is preparing export controls, three people familiar with the matter told Reuters on Monday."
    spans = [
        TaggedSpan("CONTENT", 0, text.index(" familiar") + len(" familiar with the"), 0.7),
        TaggedSpan("CUE", text.index("told"), text.index("told") + 4, 0.9),
    ]
    quotes = [q for q, _ in to_quotes(text, link(text, segment(text), spans))]
    assert [(q.contents[0].text, [s.text for s in q.sources]) for q in quotes] == [
        ("China is preparing export controls", ["three people familiar with the matter"])
    ]


def test_an_anonymous_source_the_tagger_cut_short_runs_on() -> None:
    text = "Chelsea agreed a fee, according to people close to the negotiations, though talks go on."
    quotes = _linked(text, [("Chelsea agreed a fee", "CONTENT"), ("according to", "CUE"), ("people", "SOURCE")])
    assert [s.text for s in quotes[0].sources] == ["people close to the negotiations"]


def test_a_relative_clause_about_the_source_is_no_content() -> None:
    text = "The rules are strict, according to two of the people, who asked not to be identified."
    quotes = _linked(
        text,
        [
            ("The rules are strict", "CONTENT"),
            ("according to", "CUE"),
            ("two of the people", "SOURCE"),
            ("who asked not to be identified", "CONTENT"),
        ],
    )
    assert [q.contents[0].text for q in quotes] == ["The rules are strict"]


def test_a_description_before_a_source_read_as_contents_joins_the_source() -> None:
    text = 'The charity said more research was needed. Its head of research, Dr. Richard Oakley, said: "See a GP."'
    quotes = _linked(
        text,
        [
            ("The charity", "SOURCE"),
            ("said", "CUE"),
            ("more research was needed", "CONTENT"),
            ("Its head of research,", "CONTENT"),
            ("Dr. Richard Oakley", "SOURCE"),
            ("said", "CUE"),
            ('"See a GP."', "CONTENT"),
        ],
    )
    assert [([c.text for c in q.contents], [s.text for s in q.sources]) for q in quotes] == [
        (["more research was needed"], ["The charity"]),
        (['"See a GP."'], ["Its head of research, Dr. Richard Oakley"]),
    ]


def test_a_participle_cue_takes_its_main_clauses_subject() -> None:
    text = (
        "Elon Musk, the billionaire owner of the social media platform, attacked the British government on Monday, "
        'claiming "war is coming", a post ministers condemned.'
    )
    quotes = _linked(
        text,
        [
            ("Elon Musk", "SOURCE"),
            ("attacked", "CUE"),
            ("the British government", "CONTENT"),
            ("claiming", "CUE"),
            ('"war is coming"', "CONTENT"),
            ("ministers", "SOURCE"),
        ],
    )
    assert [(q.cue.text, [s.text for s in q.sources]) for q in quotes] == [
        ("attacked", ["Elon Musk"]),
        ("claiming", ["Elon Musk"]),
    ]


def test_two_sources_either_side_of_a_full_stop_stay_two() -> None:
    text = (
        '"The ministry knew for days," said Senator Okiya Omtatah. Nakhumicha denied the claim. '
        '"We will go on," said Mr. McCormack. He added that the talks would resume.'
    )
    quotes = _linked(
        text,
        [
            ('"The ministry knew for days,"', "CONTENT"),
            ("said", "CUE"),
            ("Senator Okiya Omtatah", "SOURCE"),
            ("Nakhumicha", "SOURCE"),
            ("denied", "CUE"),
            ("the claim", "CONTENT"),
            ('"We will go on,"', "CONTENT"),
            ("said", "CUE"),
            ("Mr. McCormack", "SOURCE"),
            ("He", "SOURCE"),
            ("added", "CUE"),
            ("the talks would resume", "CONTENT"),
        ],
    )
    assert [[s.text for s in q.sources] for q in quotes] == [
        ["Senator Okiya Omtatah"],
        ["Nakhumicha"],
        ["Mr. McCormack"],
        ["He"],
    ]


def test_a_cue_in_a_sense_that_reports_no_speech_makes_no_quote() -> None:
    text = (
        "The police denied the five access to a doctor. Millions were condemned to poverty, the report says. "
        "The minister called off a planned visit to the hospital. The army denied the village was shelled."
    )
    spans = []
    for source, cue, content in (
        ("The police", "denied", "the five access to a doctor"),
        ("Millions", "condemned", "to poverty"),
        ("The minister", "called off", "a planned visit to the hospital"),
        ("The army", "denied", "the village was shelled"),
    ):
        at = text.index(source)
        for piece, role in ((source, "SOURCE"), (cue, "CUE"), (content, "CONTENT")):
            start = text.index(piece, at)
            spans.append(TaggedSpan(role, start, start + len(piece), 0.9))
    quotes = [q for q, _ in to_quotes(text, link(text, segment(text), sorted(spans, key=lambda s: s.start)))]
    # Refused, doomed and cancelled are not said; a denial of a claim is.
    assert [q.contents[0].text for q in quotes] == ["the village was shelled"]


def test_a_source_cut_inside_a_name_is_read_to_the_names_end() -> None:
    text = (
        "Nigeria's main armed group - the Movement for the Emancipation of the Niger Delta - says it will "
        "free the hostages. The United States said the vote was fair. The Electoral Commission of South "
        "Africa (IEC) said it was aware of the complaint."
    )
    spans = [
        _tagged(text, "Nigeria's main armed group - the Movement", "SOURCE"),
        _tagged(text, "says", "CUE"),
        _tagged(text, "it will free the hostages", "CONTENT"),
        _tagged(text, "The United", "SOURCE"),
        _tagged(text, "said", "CUE"),
        _tagged(text, "the vote was fair", "CONTENT"),
        _tagged(text, "The Electoral Commission of South Africa (IEC", "SOURCE"),
        _tagged(text, "said", "CUE", last=True),
        _tagged(text, "it was aware of the complaint", "CONTENT"),
    ]
    quotes = [q for q, _ in to_quotes(text, link(text, segment(text), spans))]
    assert [q.sources[0].text for q in quotes] == [
        "Nigeria's main armed group - the Movement for the Emancipation of the Niger Delta",
        "The United States",
        "The Electoral Commission of South Africa (IEC)",
    ]
    # cut at an apostrophe inside a name
    text = "Assistant Commissioner Perou N’Dranou said the contingent acted properly."
    spans = [
        _tagged(text, "Assistant Commissioner Perou N’", "SOURCE"),
        _tagged(text, "said", "CUE"),
        _tagged(text, "the contingent acted properly", "CONTENT"),
    ]
    quotes = [q for q, _ in to_quotes(text, link(text, segment(text), spans))]
    assert quotes[0].sources[0].text == "Assistant Commissioner Perou N’Dranou"
    # a name with initials runs over its "in", but a plain "in" ends a name
    text = (
        "The United Nations Mission in South Sudan (UNMISS) said the attack was a war crime. "
        "The United Nations in Geneva said the talks would resume."
    )
    spans = [
        _tagged(text, "The United Nations Mission", "SOURCE"),
        _tagged(text, "said", "CUE"),
        _tagged(text, "the attack was a war crime", "CONTENT"),
        _tagged(text, "The United Nations", "SOURCE", last=True),
        _tagged(text, "said", "CUE", last=True),
        _tagged(text, "the talks would resume", "CONTENT"),
    ]
    quotes = [q for q, _ in to_quotes(text, link(text, segment(text), spans))]
    assert [q.sources[0].text for q in quotes] == [
        "The United Nations Mission in South Sudan (UNMISS)",
        "The United Nations",
    ]


def test_a_cue_another_content_follows_is_that_contents() -> None:
    text = "Lloyd Austin warned that China's drills are provocative and urged Beijing to resume talks."
    spans = [
        _tagged(text, "Lloyd Austin", "SOURCE"),
        _tagged(text, "warned", "CUE"),
        _tagged(text, "China's drills are provocative", "CONTENT"),
        _tagged(text, "urged", "CUE"),
        _tagged(text, "Beijing to resume talks", "CONTENT"),
    ]
    quotes = [q for q, _ in to_quotes(text, link(text, segment(text), spans))]
    assert [(q.cue.text, q.contents[0].text) for q in quotes if q.cue] == [
        ("warned", "China's drills are provocative"),
        ("urged", "Beijing to resume talks"),
    ]


def test_a_quotation_running_over_paragraphs_belongs_to_whoever_ends_it() -> None:
    text = (
        "Sergey Lavrov answered at length.\n\n“We have heard these threats before. They do not frighten us.\n\n"
        "“So my answer is simple: let them try,” Lavrov said."
    )
    spans = []
    for piece, role in (
        ("“We have heard these threats before. They do not frighten us.", "CONTENT"),
        ("“So my answer is simple: let them try,”", "CONTENT"),
        ("Lavrov", "SOURCE"),
        ("said", "CUE"),
    ):
        start = text.index(piece, text.index("“"))
        spans.append(TaggedSpan(role, start, start + len(piece), 0.9))
    quotes = Attributor().quotes(text, segment(text), spans)
    assert [(q.cue.text if q.cue else None, q.speaker) for q in quotes] == [
        (None, "Sergey Lavrov"),
        ("said", "Sergey Lavrov"),
    ]
