"""Guideline decisions applied to the classifier's output, on real quotes and the shipped model."""

from stance.classify.model import StanceClassifier
from stance.classify.rules import claims_own_act, declines_a_request, rejects_a_claim
from stance.schema import Quote, Span
from stance.segment import segment

from ..conftest import MODELS


def _quote(text: str, cue: str, content: str) -> Quote:
    c, q = text.index(cue), text.index(content)
    return Quote("indirect", [Span.of(text, q, q + len(content))], cue=Span.of(text, c, c + len(cue)))


def test_declining_a_request_is_not_a_denial(train_articles, dev_articles) -> None:
    # Every gold quote of train and dev that declines a request or offer is labelled none.
    declined = [(a, q) for a in train_articles + dev_articles for q in a.quotes if declines_a_request(q, a.text)]
    assert len(declined) >= 9 and all(q.stance == "none" for _, q in declined)
    text = (
        "The government rejected calls for an independent inquiry. It rejected reports that offers were made. "
        "The rebels dismissed the accusations as lies."
    )
    assert declines_a_request(_quote(text, "rejected", "calls for an independent inquiry"), text)
    assert not declines_a_request(_quote(text, "rejected", "reports that offers were made"), text)
    assert not declines_a_request(_quote(text, "dismissed", "the accusations as lies"), text)

    # The shipped classifier reads "rejected" as a denial; the rule makes these none.
    clf = StanceClassifier.from_disk(MODELS / "stance")
    article, quote = next((a, q) for a, q in declined if q.cue and q.cue.text == "refused")
    quote = Quote(quote.type, quote.contents, quote.cue, quote.sources, quote.speaker)
    clf.annotate([article.text], [segment(article.text)], [[quote]])
    assert quote.stance == "none" and quote.stance_scores["none"] == 1.0


def test_claiming_an_act_for_oneself_is_not_an_accusation(train_articles, dev_articles) -> None:
    claimed = [(a, q) for a in train_articles + dev_articles for q in a.quotes if claims_own_act(q, a.text)]
    assert len(claimed) >= 4 and all(q.stance == "none" for _, q in claimed)
    text = "Al-Qaida claimed responsibility for the bombing. The army claimed the rebels fired first."
    assert claims_own_act(_quote(text, "claimed", "responsibility for the bombing"), text)
    assert not claims_own_act(_quote(text, "claimed", "the rebels fired first"), text)
    # The shipped classifier calls these accusations; the rule makes them none.
    clf = StanceClassifier.from_disk(MODELS / "stance")
    article, gold = claimed[0]
    quote = Quote(gold.type, gold.contents, gold.cue, gold.sources, gold.speaker)
    clf.annotate([article.text], [segment(article.text)], [[quote]])
    assert quote.stance == "none"


def test_a_cue_that_names_the_act_decides(train_articles, dev_articles) -> None:
    from stance.classify.rules import named_act

    # The gold agrees with the cue on nearly every quote whose cue names an act.
    named = [(named_act(q), q.stance) for a in train_articles + dev_articles for q in a.quotes if named_act(q)]
    assert len(named) >= 400 and sum(act == gold for act, gold in named) / len(named) >= 0.98
    text = (
        "The African Union's Peace and Security Council will meet next week. Its chairman, Moussa Faki "
        "Mahamat, has proposed a ceasefire monitored by regional troops. The army denied the claim."
    )
    proposed = _quote(text, "proposed", "a ceasefire monitored by regional troops")
    assert named_act(proposed) == "propose"
    assert named_act(_quote(text, "denied", "the claim")) == "deny"
    assert named_act(_quote(text, "will meet", "next week")) is None
    # The model trained on train alone read this quote as none; whatever a model reads, the cue decides.
    from stance.classify.rules import LABELS, apply_rules

    proposed.stance, proposed.stance_scores = "none", {label: 0.05 for label in LABELS} | {"none": 0.8}
    apply_rules(proposed, text)
    assert proposed.stance == "propose" and proposed.stance_scores["propose"] == 1.0
    clf = StanceClassifier.from_disk(MODELS / "stance")
    clf.annotate([text], [segment(text)], [[proposed]])
    assert proposed.stance == "propose"


def test_rejecting_a_claim_is_a_denial(train_articles, dev_articles) -> None:
    rejected = [q for a in train_articles + dev_articles for q in a.quotes if rejects_a_claim(q, a.text)]
    assert len(rejected) >= 30 and all(q.stance == "deny" for q in rejected)
    text = (
        'The PDP dismissed the complaints as partisan attacks. The union says the allegation is "ridiculous". '
        'The ministry called the Amnesty report "fabricated". The minister rejected calls for an inquiry. '
        "He described negative media reports. The party rejected the new constitution."
    )
    assert rejects_a_claim(_quote(text, "says", 'the allegation is "ridiculous"'), text)
    assert rejects_a_claim(_quote(text, "called", 'the Amnesty report "fabricated"'), text)
    assert not rejects_a_claim(_quote(text, "described", "negative media reports"), text)
    assert not rejects_a_claim(_quote(text, "rejected", "the new constitution"), text)
    # The shipped classifier reads the judgement as condemnation; the rule makes it a denial.
    dismissed = _quote(text.replace("complaints", "allegations"), "dismissed", "the allegations as partisan attacks")
    clf = StanceClassifier.from_disk(MODELS / "stance")
    t = text.replace("complaints", "allegations")
    clf.annotate([t], [segment(t)], [[dismissed]])
    assert dismissed.stance == "deny"


def test_idioms_of_criticism_name_the_act() -> None:
    from stance.classify.rules import named_act

    text = "Gavin Williamson hit out at Labour. Labour hit back at the claims. The Taoiseach rounded on Sinn Féin."
    assert named_act(_quote(text, "hit out at", "Labour")) == "condemn"
    assert named_act(_quote(text, "rounded on", "Sinn Féin")) == "condemn"
    assert rejects_a_claim(_quote(text, "hit back at", "the claims"), text)
    # British and Commonwealth papers' "rubbished"; a statement rejected is a claim rejected
    text = "The NPP rubbished the statement issued by the NDC. Ali Rezaei termed the statement of the king as delirium."
    assert rejects_a_claim(_quote(text, "rubbished", "the statement issued by the NDC"), text)
    assert rejects_a_claim(_quote(text, "termed", "the statement of the king as delirium"), text)


def test_a_claim_or_remark_judged_false_is_denied_whatever_the_cue() -> None:
    text = (
        "According to the NPP, the NDC statement was not only ill-founded but baseless. "
        "The party denounced the allegations as baseless. Healy-Rae called the minister's comments an 'exaggeration'. "
        "Ms Mottley called Scott's comments hypocritical. The report contains false figures."
    )
    assert rejects_a_claim(
        _quote(text, "According to", "the NDC statement was not only ill-founded but baseless"), text
    )
    assert rejects_a_claim(_quote(text, "denounced", "the allegations as baseless"), text)
    assert rejects_a_claim(_quote(text, "called", "the minister's comments an 'exaggeration'"), text)
    # Remarks judged otherwise are condemned, and a claim noun that only holds falsehood is no denial.
    assert not rejects_a_claim(_quote(text, "called Scott", "Scott's comments hypocritical"), text)
    assert not rejects_a_claim(_quote(text, "contains", "The report contains false figures"), text)


def test_more_cues_name_the_act() -> None:
    from stance.classify.rules import named_act

    text = (
        "The minister refuted the claims. Malema attacked Ramaphosa's union. The mayor blasted an alderman. "
        "She decried the lies. Nick Tabuya challenged the NDC to address the lies. "
        "Mr Quinn's family challenged the outcome of the election."
    )
    assert named_act(_quote(text, "refuted", "the claims")) == "deny"
    assert named_act(_quote(text, "attacked", "Ramaphosa's union")) == "condemn"
    assert named_act(_quote(text, "blasted", "an alderman")) == "condemn"
    assert named_act(_quote(text, "decried", "the lies")) == "condemn"
    # A challenge to act is a proposal; a challenge to an outcome is left to the classifier.
    assert named_act(_quote(text, "challenged", "the NDC to address the lies"), text) == "propose"
    assert named_act(_quote(text, "challenged the outcome", "the outcome of the election"), text) is None


def test_charging_a_party_to_act_is_a_proposal_and_charging_it_with_a_crime_an_accusation() -> None:
    from stance.classify.rules import named_act

    cases = [
        ("The senator charged the electoral commission to publish the results.", "the electoral", "propose"),
        ("Prosecutors charged the former mayor with conspiracy to commit fraud.", "the former", "accuse"),
        ("The union charged that managers had failed to pay the workers.", "managers", "accuse"),
        ("Police were told to stand down, the lawyer charged.", "Police", "accuse"),
    ]
    for text, opening, label in cases:
        content = text[text.index(opening) : text.index(", the") if ", the" in text else -1]
        assert named_act(_quote(text, "charged", content), text) == label, text


def test_levelling_or_raising_an_accusation_names_the_act() -> None:
    # From outside batches 19 and 20 (all 3 such gold quotes accuse): the object names the
    # act, not the verb; raising a question or levelling a field names none.
    from stance.classify.rules import named_act

    text = (
        "The mayor leveled fresh allegations against the chief. She raised the charges with the board. "
        "He raised concerns about the budget. The council levelled the playing field."
    )
    assert named_act(_quote(text, "leveled", "fresh allegations against the chief"), text) == "accuse"
    assert named_act(_quote(text, "raised", "the charges with the board"), text) == "accuse"
    assert named_act(_quote(text, "raised concerns", "concerns about the budget"), text) is None
    assert named_act(_quote(text, "levelled", "the playing field"), text) is None


def test_a_claim_repudiated_disputed_or_rejected_in_own_words_is_denied() -> None:
    from stance.classify.rules import LABELS, apply_rules

    text = (
        "Singh repudiated the BJP's charge that he pushed MPs. Dow disputed the accusation. "
        "The party said the claims by the prime minister were untrue. "
        '"We categorically reject these allegations," the ministry said. "We reject calls to resign," she said. '
        "Ali contested the election."
    )
    assert rejects_a_claim(_quote(text, "repudiated", "the BJP's charge that he pushed MPs"), text)
    assert rejects_a_claim(_quote(text, "disputed", "the accusation"), text)
    assert rejects_a_claim(_quote(text, "said the", "the claims by the prime minister were untrue"), text)
    assert not rejects_a_claim(_quote(text, "contested", "the election"), text)

    def ruled(cue: str, content: str) -> str:
        quote = _quote(text, cue, content)
        quote.stance, quote.stance_scores = "condemn", {label: 0.2 for label in LABELS}
        apply_rules(quote, text)
        return quote.stance

    assert ruled("said.", '"We categorically reject these allegations,"') == "deny"
    # rejecting a request is not rejecting a claim
    assert ruled("she said", '"We reject calls to resign,"') == "condemn"
