"""Decisions of the annotation guidelines that the classifier does not learn from the few
examples the corpus has of them, applied to its output.

Declining a request is not a denial (data/raw/BRIEF.md, decisions 8 and 24): "rejected
calls for an inquiry", "turned down a government offer" are ``none``. The gold labels all
9 such quotes of train and dev ``none``; the shipped classifier, reading "rejected" or
"dismissed", gives 6 of them deny, condemn or accuse, 5 of the 8 it was trained on
included.

Rejecting a claim is a denial (ANNOTATION.md, "deny"; decisions 8 and 22): "dismissed the
report as a witch hunt", "rejected accusations that ...", "called the Amnesty report
'fabricated'", "the charges were groundless", "rubbished the statement". The gold labels all 31 quotes of
train and dev this applies to deny (and the 12 of test, the 5 of 42 newer articles from
other outlets and the 2 "rubbished"/"termed the statement" of a later batch, and the 4 of outside
batches 8-14 that "ill-founded", "an 'exaggeration'" and "denounced the allegations as
baseless" added); the classifier reads the judgement in them ("ludicrous", "partisan
attacks") as condemn in news it was not trained on. Comments and remarks are claims only
when judged false: "called the comments 'hypocritical'" condemns (3 of 3 gold).
Repudiating, disputing or contesting a claim ("repudiated the BJP's charge", "disputed the
accusation") is rejecting it (6 gold quotes of the corpus and batches 8-14, all deny), as is
a claim judged false with its owner in between ("the claims by the prime minister were
untrue", 4 of 4) and a speaker rejecting one in its own words ('"We categorically reject
these allegations," the ministry said': 5 of 5 on batches 8-14, when no cue names an act).

Claiming an act for oneself is not an accusation (decision 24): "claimed responsibility
for the bombing" is ``none``. The gold labels all 4 such quotes of train and dev ``none``;
the classifier gave every one of them accuse.

A cue that names the act decides the label (ANNOTATION.md, "Stance"): accused, charged,
blamed, alleged -> accuse; denied, refuted, rebutted -> deny; condemned, denounced,
criticised, slammed, deplored, hit out at, lashed out at, took aim at, rounded on,
attacked, blasted, decried, lambasted, berated, rebuked -> condemn; urged, called for /
on, proposed, offered, appealed, demanded, challenged or dared someone to act ->
propose. The gold agrees on 437 of the 441 such quotes of train and dev (a denial and
three offers are not). The cues added from outside batches 8-14 (refuted, attacked,
blasted, decried, "challenged X to ...") have 41 gold quotes there and in the corpus,
every one labelled as its cue says; the classifier had 18 of them wrong.
The classifier already gets nearly all of them on dev (85 of 86); the rule keeps it so on
wordings the corpus lacks ("has proposed a ceasefire" was read as none). An accusation
named by its object is one too: "leveled the accusations against Frey", "raised the
allegations", "levelled treason charges" (3 gold quotes of outside batches 19 and 20, all
accuse; the classifier read 2 of them as none).
"""

from __future__ import annotations

import re

from stance.schema import LABELS, Quote

_DECLINING = re.compile(r"(?:reject|refus|dismiss|turn(?:s|ed|ing)?\s+down|den(?:y|ies|ied|ying))", re.IGNORECASE)
_REQUEST = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|our|this|that|these|those)\s+)?"
    r"(?:(?!(?:that|of|which|by|to)\b)[\w'’-]+\s+){0,2}?"
    r"(?:calls?|demands?|requests?|offers?|proposals?|appeals?|pleas?|invitations?|ultimatums?|bids?)\b",
    re.IGNORECASE,
)


# A claim named as such: "the allegation", "Amnesty's allegations", "these reports",
# "the opposition leader's claims". Not a request ("calls", "suggestions").
_CLAIM_WORDS = (
    r"claims?|allegations?|accusations?|charges?|reports?|assertions?|rumou?rs?|stor(?:y|ies)|statements?|narratives?"
)
_DETERMINED = r"(?:(?:the|these|those|such|his|her|their|its|our|this|that|any|all|a|an|recent|new|latest|[\w.'’-]+['’]s)\s+){0,3}"
_A_CLAIM = _DETERMINED + rf"(?:[\w-]+\s+)?(?:{_CLAIM_WORDS})\b"
# Words that are a claim only when judged false: "called the comments 'incorrect'" denies,
# "called the comments 'hypocritical'" condemns.
_SAID_WORDS = _DETERMINED + rf"(?:[\w-]+\s+)?(?:{_CLAIM_WORDS}|comments?|remarks?|complaints?|tirades?|posts?)\b"
_REJECTING = re.compile(
    r"(?:reject|dismiss|refut|rebut|repudiat|disput|contest|rubbish|brush(?:es|ed|ing)?\s+(?:aside|off)|hit(?:s|ting)?\s+back)",
    re.IGNORECASE,
)
_CALLING = re.compile(r"(?:call|describ|label|brand|term|characteri[sz])", re.IGNORECASE)
_CLAIM = re.compile(_A_CLAIM, re.IGNORECASE)
_JUDGED_CLAIM = re.compile(_A_CLAIM + r"\s+(?:as\s+)?\S", re.IGNORECASE)  # "the report 'nonsense'"
_FALSE = (
    r"(?:false|baseless|untrue|ridiculous|ludicrous|nonsense|absurd|unfounded|fabricat\w*|lies|a lie|propaganda|"
    r"malicious|misleading|wrong|incorrect|groundless|fake|without (?:any )?(?:merit|basis|foundation)|ill-founded|"
    r"falsehoods?|inaccura\w*|mischaracteri\w*|exaggerat\w*|rubbish|smears?|slander\w*|defamatory|disinformation|"
    r"misinformation|unsubstantiated|fabrications?)"
)
# "the allegations are baseless", "the NDC statement was not only ill-founded", "the
# allegations as baseless", "the minister's comments an 'exaggeration'".
_CLAIM_IS_FALSE = re.compile(
    _SAID_WORDS
    # "the claims by the prime minister were untrue": whose claim it is may come between
    + r"(?:\s+(?:by|of|from|made\s+by|against)(?:\s+[\w.'’-]+){1,6}?(?=\s+(?:is|are|was|were)\s))?"
    + r"\s+(?:(?:is|are|was|were)\s+(?:\w+\s+){0,3}[\"“‘']?|as\s+(?:an?\s+)?(?:\w+\s+){0,2}[\"“‘']?|(?:an?\s+)?[\"“‘'])"
    + _FALSE,
    re.IGNORECASE,
)

# '"We categorically reject these allegations," he said': the speaker rejects a claim in
# its own words, whatever the cue.
_WE_REJECT = re.compile(
    r"\b(?:we|I)\s+(?:\w+ly\s+|also\s+)?(?:reject|deny|refute|dismiss|repudiate)\s+" + _A_CLAIM,
    re.IGNORECASE,
)
_CLAIMING = re.compile(r"claim", re.IGNORECASE)
_CREDIT = re.compile(r"(?:(?:the|full|sole)\s+)?(?:responsibility|credit)\b", re.IGNORECASE)


def _cue_and_opening(quote: Quote, text: str, cue: re.Pattern[str], opening: re.Pattern[str]) -> bool:
    """Whether the quote's cue matches ``cue`` and its contents open with ``opening``."""
    if quote.cue is None or not quote.contents or not cue.match(quote.cue.text):
        return False
    first = min(quote.contents, key=lambda c: c.start)
    return opening.match(text, first.start, first.end) is not None


def declines_a_request(quote: Quote, text: str) -> bool:
    """Whether the quote's cue declines and its contents open with a request or offer."""
    return _cue_and_opening(quote, text, _DECLINING, _REQUEST)


def rejects_a_claim(quote: Quote, text: str) -> bool:
    """Whether the quote rejects or dismisses a claim ("dismissed the report as lies",
    "called the charges 'fabricated'", "the allegations are baseless")."""
    if _cue_and_opening(quote, text, _REJECTING, _CLAIM) or _cue_and_opening(quote, text, _CALLING, _JUDGED_CLAIM):
        return True
    first = min(quote.contents, key=lambda c: c.start) if quote.contents else None
    if first is None:
        return False
    opening = text[first.start : first.end].lstrip("\"“‘' ")
    return _CLAIM_IS_FALSE.match(opening) is not None


def rejects_in_own_words(quote: Quote) -> bool:
    """Whether the contents say the speaker rejects a claim ("We reject these allegations")."""
    return any(_WE_REJECT.search(c.text) for c in quote.contents)


def claims_own_act(quote: Quote, text: str) -> bool:
    """Whether the quote claims responsibility or credit ("claimed responsibility for ...")."""
    return _cue_and_opening(quote, text, _CLAIMING, _CREDIT)


_NAMED_ACTS = (
    ("accuse", re.compile(r"(?:accus|blam|alleg|charg)", re.IGNORECASE)),
    ("deny", re.compile(r"(?:den(?:y|ies|ied|ying)$|refut|rebut)", re.IGNORECASE)),
    (
        "condemn",
        re.compile(
            r"(?:condemn|denounc|critici[sz]|slam|deplor|hit(?:s|ting)?\s+out|lash(?:ed|es|ing)?\s+out"
            r"|t(?:ook|akes?|aking)\s+aim|round(?:ed|s|ing)?\s+on|la(?:id|ys|ying)\s+into"
            r"|attack|blast|decr(?:y|ie)|lambast|berat|rebuk|chastis|castigat|assail|excoriat)",
            re.IGNORECASE,
        ),
    ),
    ("propose", re.compile(r"(?:urg|call(?:s|ed|ing)?\s+(?:for|on|upon)\b|propos|offer|appeal|demand)", re.IGNORECASE)),
)


# "challenged the NDC to address the lies", "dared Duque to present": a challenge to act.
_CHALLENGING = re.compile(r"(?:challeng|dar(?:e|ed|es|ing)\b)", re.IGNORECASE)
_TO_ACT = re.compile(r"(?:[^\s.;:]+\s+){0,12}?to\s+(?!the\b|a\b|an\b|be\b)[a-z]+", re.IGNORECASE)
# West African papers' "charged the government to open a dialogue" is an urging, not a charge: a
# party, then "to" and a verb. "Charged him with conspiracy to commit fraud" and "charged that
# managers had failed to pay" (a verb before the "to") stay accusations.
_CHARGING = re.compile(r"charg(?:e|ed|es|ing)$", re.IGNORECASE)
_TOLD_TO_ACT = re.compile(
    r"(?:(?!(?:with|that|had|has|have|is|was|were|are|would|could|will|did|does|do)\b|(?-i:[a-z]+ed\b))[^\s.;:]+\s+){1,8}?"
    r"to\s+(?!the\b|a\b|an\b|be\b)[a-z]+",
    re.IGNORECASE,
)


# "leveled the accusations against Frey", "raised the allegations", "levelled treason
# charges": the act is named by its object, not the verb.
_LEVELLING = re.compile(
    r"(?:levell?(?:ed|ing|s)?|rais(?:e|ed|es|ing)|repeat(?:ed|s|ing)?|renew(?:ed|s|ing)?|voic(?:e|ed|es|ing))$",
    re.IGNORECASE,
)
_AN_ACCUSATION = re.compile(_DETERMINED + r"(?:[\w-]+\s+)?(?:accusations?|allegations?|charges?)\b", re.IGNORECASE)


def _object_follows_cue(quote: Quote, text: str) -> bool:
    """Whether the contents start right after the cue, as its object ("charged the party to ..."),
    not in a clause before it ('"...," he charged')."""
    first = min(quote.contents, key=lambda c: c.start)
    return quote.cue is not None and first.start >= quote.cue.end and not text[quote.cue.end : first.start].strip()


def named_act(quote: Quote, text: str | None = None) -> str | None:
    """The label the quote's cue names, if it names one ("accused" -> accuse); with the
    article's ``text``, also a challenge or charge to act ("challenged the NDC to address ...",
    "charged the commission to publish ...")."""
    if quote.cue is None:
        return None
    if text is not None and (
        _cue_and_opening(quote, text, _CHALLENGING, _TO_ACT)
        or (_cue_and_opening(quote, text, _CHARGING, _TOLD_TO_ACT) and _object_follows_cue(quote, text))
    ):
        return "propose"
    if text is not None and _cue_and_opening(quote, text, _LEVELLING, _AN_ACCUSATION):
        return "accuse"
    return next((label for label, cue in _NAMED_ACTS if cue.match(quote.cue.text)), None)


def apply_rules(quote: Quote, text: str) -> None:
    """Correct ``quote.stance`` (and its scores) where a guideline decides it."""
    if quote.stance_scores is None:
        return
    if declines_a_request(quote, text) or claims_own_act(quote, text):
        decided: str | None = "none"
    elif rejects_a_claim(quote, text):
        decided = "deny"
    else:
        decided = named_act(quote, text) or ("deny" if rejects_in_own_words(quote) else None)
    if decided is not None and decided != quote.stance:
        quote.stance = decided
        quote.stance_scores = {label: float(label == decided) for label in LABELS}
