"""The target of a stance: the party it is directed at, chosen among candidates.

Candidates are every party the article names (canonical names), parties named together
("Iran and Syria"), the group descriptions near the quote ("rebels", "the international
community"), the other speakers, the main country, ``public`` and "none identified"
(null). A conditional logit (a softmax over one quote's candidates) over features of
each candidate picks one: where it is mentioned (first in the contents, opening them,
right after the cue, after "by", how many sentences away), what it is (person, body,
country, group, joint) and who answers whom (the earlier accuser of the speaker, someone
who denies elsewhere in the article), crossed with the stance label. It is fitted on the
gold quotes of the training split and stored as JSON next to the stance model. Without a
fitted ranker the rule pick is used: for ``deny`` the earlier accuser, else the first
named party in the contents, else in the sentence, and ``public`` for an appeal to
nobody named.
"""

from __future__ import annotations

import bisect
import copy
import json
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from stance.attribution.names import ORG_HEADS, PEOPLE_SUFFIXES, Mention, joint_name
from stance.attribution.places import country
from stance.attribution.speaker import SpeakerResolver
from stance.metrics import normalise_name
from stance.schema import LABELS, Article, Quote, Span

RANKER_FILE = "target_ranker.json"
# Whose words a quote answers: wider than the claims of ``stance.classify.rules`` (a
# condemnation answers remarks and rhetoric too).
_WORDS_SAID = (
    r"(?:claims?|accusations?|allegations?|charges?|statements?|remarks?|comments?|assertions?|reports?|words"
    r"|utterances?|rhetoric|narrative|propaganda|lies)"
)
# "Duterte's accusation", "Morocco's false and ill-intended statements"
_CLAIM_OF = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_WORDS_SAID}\b", re.I)
# "the claims by Deputy President", "statements made by", "statement of Saudi King"
_CLAIM_BY = re.compile(
    rf"\b{_WORDS_SAID}\s+(?:\w+\s+)?(?:made\s+|issued\s+|levelled\s+|leveled\s+)?(?:by|of|from)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$",
    re.I,
)
_NOT_PARTIES = frozenset(
    """we we've our i i'm you they some during trying this that these those it there here what when
    while if but and holocaust islamic muslim christian do don't let please stop now today yes no""".split()
)
_STATE_WORDS = ("regime", "government", "junta", "authorities", "administration")
# Unnamed parties that stances are often directed at (ANNOTATION.md: "the act itself
# (`attackers`) when a condemned act has no identified party"): the gold target is the
# description without its article, so these are candidates as written.
GROUPS = (
    "international community",
    "security forces",
    "death squads",
    "opposition parties",
    "ruling party",
    "aid agencies",
    "attackers",
    "opposition",
    "police",
    "rebels",
    "terrorists",
    "militants",
    "insurgents",
    "militias",
    "army",
    "military",
    "authorities",
    "protesters",
    "demonstrators",
    "civilians",
    "prosecutors",
    "tribunal",
    "gunmen",
    "troops",
    "soldiers",
    "media",
    "journalists",
    "reporters",
    "critics",
    "activists",
    "separatists",
    "extremists",
    "kidnappers",
    "perpetrators",
    "detainees",
    "world",
)
_NEAR = 8  # sentences
_JOINED = re.compile(r"(?:['’]s)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_GROUP_RE = re.compile(r"\b(" + "|".join(re.escape(g) for g in GROUPS) + r")\b")
# "urged Iran to", "called on the government to", "accused the army of": the party right
# after the cue is the one the act is aimed at.
_AFTER_CUE = re.compile(r"^\s*(?:on|upon|to|at|against|with)?\s*(?:the\s+)?$", re.IGNORECASE)
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
    "is_group",
    "mentions",
    "distance",
    "far",
    "cue_object",
    "after_by",
    "after_against",
    "possessive",
    "denier",
    "blamer",
    "content_start",
    "is_joint",
    "people_addressed",
    "claimant",
)
_CROSSED = (
    "claimant",
    "is_none",
    "is_public",
    "in_content",
    "other_speaker",
    "main_country",
    "accuser",
    "is_group",
    "cue_object",
    "after_by",
    "distance",
    "denier",
    "blamer",
    "content_start",
)
FEATURES = _BASE + tuple(f"{label}_x_{f}" for label in LABELS if label != "none" for f in _CROSSED)


@dataclass
class _Party:
    """One mention of a possible target: where it is and the canonical name it stands for."""

    start: int
    end: int
    name: str
    group: bool = False


# Roles and governments written out rather than named: "the mayor", "the government".
_ROLES = (
    "president|prime minister|mayor|governor|minister|chancellor|premier|king|leader|government|regime|administration"
    "|taoiseach|pm|parliamentarian|lawmaker|legislator|senator|speaker|chairman|chairperson|commissioner|ambassador"
)
# "the Taoiseach", "the Grenada PM", "The Prime Minister": the office may be capitalised
# and named for its country.
_ROLE_WORD = re.compile(rf"(?i:{_ROLES})")
_ROLE_RE = re.compile(rf"\b(?:the|The)\s+((?:[a-z]+\s+|[A-Z][\w'’-]+\s+)?(?i:{_ROLES}))\b")
_OPENING_PERSON = re.compile(r"[\W]*(?:he|she|him|her)\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|He|She)\b")
_PEOPLE_ADJECTIVE = re.compile(rf"[A-Z][a-z]+(?:{'|'.join(PEOPLE_SUFFIXES)})|Democratic|Republican")


def _parties(resolver: SpeakerResolver, text: str) -> list[_Party]:
    """Every named party, role written out and group description in the article, in text order."""
    out = []
    mid_sentence, lower = _word_cases(text)
    for mention in resolver.mentions:  # the article's name mentions, found once
        if mention.name.lower() in _NOT_PARTIES or mention.name.split()[0].lower() in _NOT_PARTIES:
            continue
        if " " not in mention.name and mention.name not in mid_sentence and mention.name.lower() in lower:
            # '“Not 90, not 95 ...”', '“Instead of remaining ...': capitalised only where a
            # sentence or quotation opens, and written in lower case too: a word, not a name
            continue
        after = text[mention.end : mention.end + 20].lower().strip()
        if (
            _PEOPLE_ADJECTIVE.fullmatch(mention.name)
            and country(mention.name) is None
            and text[mention.end : mention.end + 2].strip()[:1].islower()
        ):
            continue  # "millions of European consumers": no party, least of all the European Commission
        # "The Iranians must hear ...": a people named in the plural stands for its country.
        plural = mention.name.endswith("s") and " " not in mention.name and country(mention.name[:-1])
        # "the UK Government", "the Guyana Government": the country (ANNOTATION.md).
        *ruler, head = mention.name.split()
        governed = head.lower() in _STATE_WORDS and ruler and country(" ".join(ruler))
        name = country(mention.name) or plural or governed or resolver.canonical(mention.name)
        if resolver.is_acronym(name):
            name = resolver.expand_acronym(name)  # "CPDM": the name it stands for, as speakers are
        if after.startswith(_STATE_WORDS) and country(mention.name) is None and resolver.main_country:
            name = resolver.main_country  # "the Castro regime"
        name = resolver.as_written(name)  # "Myanmar" where the article never writes "Burma"
        if _ROLE_WORD.fullmatch(mention.name.split()[-1]) and not Mention(0, 0, name).is_person:
            # "the Grenada PM", "the Taoiseach": the person the article names in that office.
            holder = resolver.resolve(mention.name, mention.start, [])
            if holder and (Mention(0, 0, holder).is_person or country(holder) is not None):
                name = holder
        if _ROLE_OF_BODY.fullmatch(name) is None and (body := _body_in(name)):
            name = resolver.as_written(country(body) or body)  # "BJP MPs", "Anglo-Australian BHP": the body
        out.append(_Party(mention.start, mention.end, name))
        if _ROLE_OF_BODY.fullmatch(mention.name) and (body := _body_in(mention.name)):
            # "National Organiser of the National Democratic Congress": the body is a party too.
            at = mention.start + mention.name.rindex(body)
            out.append(_Party(at, at + len(body), resolver.as_written(country(body) or resolver.canonical(body))))
    taken = [(p.start, p.end) for p in out]
    for m in _ROLE_RE.finditer(text):
        # "the mayor had failed the city", "the government": the person the article names
        # in that role, the country the government governs (5-fold CV 724 -> 749 of 1,582).
        if any(s <= m.start(1) < e for s, e in taken):
            continue
        holder = resolver.resolve(m.group(1), m.start(1), [])
        if holder and (Mention(0, 0, holder).is_person or country(holder) is not None):
            out.append(_Party(m.start(1), m.end(1), holder))
            taken.append((m.start(1), m.end(1)))
    for m in _GROUP_RE.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            out.append(_Party(m.start(), m.end(), m.group(1), group=True))
    return sorted(out, key=lambda p: p.start)


_MEMBERS = frozenset(
    "mps members leaders officials lawmakers legislators supporters activists ministers councillors".split()
)
_HOLDS_A_ROLE = re.compile(
    rf"(?i:{_ROLES}|organi[sz]er|secretary|spokes(?:man|woman|person)|chair(?:man|woman|person)?|director|head|member|chief)"
)
_ROLE_OF_BODY = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)$")


# What may stand before a word that opens a sentence or quotation.
_OPENED_BY = ".!?\n\"“”‘’'(:—"
# Words as a word boundary cuts them ("Labour" in "Labour's"), and joined by an apostrophe
# or hyphen ("We’re", "Al-Sadr"), as a mention may be either.
_WORDS = (re.compile(r"[^\W\d_]+"), re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)+"))


def _word_cases(text: str) -> tuple[set[str], set[str]]:
    """The words ``text`` capitalises where no sentence or quotation opens, and the words
    it writes in lower case."""
    mid_sentence, lower = set(), set()
    for pattern in _WORDS:
        for m in pattern.finditer(text):
            word = m.group(0)
            if word[0].islower():
                lower.add(word)
            elif text[max(0, m.start() - 20) : m.start()].rstrip()[-1:] not in ("", *_OPENED_BY):
                mid_sentence.add(word)
    return mid_sentence, lower


def _body_in(name: str) -> str | None:
    """The body a name's words hold besides the whole: "X of the Body", "Body MPs",
    "Anglo-Australian Body"."""
    words = name.split()
    if len(words) < 2:
        return None
    if (role := _ROLE_OF_BODY.fullmatch(name)) and _HOLDS_A_ROLE.search(name[: role.start(1)]):
        return role.group(1)
    if words[-1].lower() in _MEMBERS:
        return " ".join(words[:-1])
    first = words[0].split("-")[-1]
    if len(words) == 2 and words[1].isupper() and country(first) not in (None, first):
        return words[1]  # a people's adjective before initials: "Anglo-Australian BHP"
    return None


_PEOPLE = re.compile(
    r"[\W]*(?:all\s+|the\s+|fellow\s+|ordinary\s+)?(?:(?:[A-Z][\w’'-]*\s+){1,2}(?:people|citizens|residents|voters)"
    r"|citizens|people|the\s+public|public|persons|everyone|everybody|residents|voters|members\s+of\s+the\s+public"
    r"|(?P<people>(?:[A-Z][\w’'-]*\s+)?[A-Z][\w’'-]+))\b(?:\s+\w+){0,8}?\s+(?:to|not\s+to)\s+\w"
)
_CALM = re.compile(r"[\W]*(?:calm|restraint|peace|unity|dialogue)\b", re.IGNORECASE)


def _addresses_people(content: str) -> bool:
    """Whether an appeal's contents open with a people or everyone ("Barbadians to vote")."""
    if _CALM.match(content):
        return True
    m = _PEOPLE.match(content)
    if m is None:
        return False
    people = m.group("people")
    if people is None:
        return True
    last = people.split()[-1]
    return last.endswith(("ans", "ese", "is", "ers")) and (country(last[:-1]) or country(last)) is not None


def _inside(party: _Party, span: Span) -> bool:
    return span.start <= party.start and party.end <= span.end


class _Article:
    """What every quote of one article shares: its parties and sentences."""

    def __init__(self, text: str, sentences: Sequence[Span]) -> None:
        self.text = text
        self.resolver = SpeakerResolver(text)
        self.sentences = list(sentences)
        self.parties = _parties(self.resolver, text)
        self.starts = [s.start for s in self.sentences]
        self.sentence_of = [max(0, bisect.bisect_right(self.starts, p.start) - 1) for p in self.parties]
        self.party_starts = [p.start for p in self.parties]
        # Parties by sentence, and the sentences naming each party: each quote looks up
        # its own neighbourhood instead of scanning every party of the article, which
        # made a long text quadratic (a 364,023-character one took 158 s).
        self.by_sentence: dict[int, list[int]] = {}
        self.named_in: dict[str, list[int]] = {}
        self.counts: dict[str, int] = {}
        for n, (p, j) in enumerate(zip(self.parties, self.sentence_of, strict=True)):
            key = normalise_name(p.name)
            self.counts[key] = self.counts.get(key, 0) + 1
            self.by_sentence.setdefault(j, []).append(n)
            if not self.named_in.get(key) or self.named_in[key][-1] != j:
                self.named_in.setdefault(key, []).append(j)
        # People named, in text order, for "he"/"she" in contents (found once, not per quote).
        people = {p.name for p in self.parties if not p.group and Mention(0, 0, p.name).is_person}
        self.people = [p for p in self.parties if p.name in people]
        self.people_ends = [p.end for p in self.people]

    def person_before(self, position: int, not_key: str) -> str | None:
        """The person named last before ``position`` whose name is not ``not_key``."""
        for j in range(bisect.bisect_right(self.people_ends, position) - 1, -1, -1):
            if normalise_name(self.people[j].name) != not_key:
                return self.people[j].name
        return None

    def parties_inside(self, span: Span) -> list[int]:
        """Indices of the parties named inside ``span``."""
        lo, hi = bisect.bisect_left(self.party_starts, span.start), bisect.bisect_right(self.party_starts, span.end)
        return [n for n in range(lo, hi) if _inside(self.parties[n], span)]

    def distance(self, key: str, sentence: int) -> int | None:
        """Sentences from ``sentence`` to the nearest one naming the party ``key``."""
        named = self.named_in.get(key)
        if not named:
            return None
        at = bisect.bisect_left(named, sentence)
        return min(abs(named[j] - sentence) for j in (at - 1, at) if 0 <= j < len(named))

    def sentence_index(self, position: int) -> int | None:
        k = bisect.bisect_right(self.starts, position) - 1
        return k if 0 <= k < len(self.sentences) and position < self.sentences[k].end else None


class _Context:
    """What the features of one quote's candidates need, computed once."""

    def __init__(self, article: _Article, quotes: Sequence[Quote], i: int):
        text, q = article.text, quotes[i]
        self.quote = q
        self.speaker = normalise_name(q.speaker)
        k = article.sentence_index(q.start)
        self.k = k
        sentences = article.sentences
        parties = article.parties
        content = [parties[n] for n in sorted({n for s in q.contents for n in article.parties_inside(s)})]
        in_sentence = [p for p in (parties[n] for n in article.by_sentence.get(k, [])) if _inside(p, sentences[k])]
        previous = (
            [p for p in (parties[n] for n in article.by_sentence.get(k - 1, [])) if _inside(p, sentences[k - 1])]
            if k
            else []
        )
        # Parties named far from the quote are almost never its target (14 of 1,582 gold
        # targets on train and dev lie more than 8 sentences away), and weighing every party
        # of a long article for every quote costs quadratic time.
        here = k if k is not None else 0
        near = sorted(n for j in range(here - _NEAR, here + _NEAR + 1) for n in article.by_sentence.get(j, []))
        named = [parties[n] for n in near if not parties[n].group]
        # "Iran and Syria, in particular, to act": parties named together are one target.
        joint_content = _joint_parties(text, [p for p in content if not p.group])
        joint_sentence = _joint_parties(text, [p for p in in_sentence if not p.group])
        self.joints = {normalise_name(n) for n in joint_content + joint_sentence}
        self.content_names = [p.name for p in content if not p.group]
        # "He made the rules, and then he broke them": a third person the contents speak
        # of is the person named last before the quote who is not its speaker.
        if not self.content_names and any(_THIRD_PERSON.search(text, c.start, c.end) for c in q.contents):
            person = article.person_before(q.start, self.speaker)
            self.content_names = [person] if person else []
        # "accused him of spreading a false story", "he was taking advantage of the Ceann
        # Comhairle": contents that open with a third person speak of the person named
        # last before the quote who is not its speaker, whoever else they name.
        opening = min(q.contents, key=lambda c: c.start) if q.contents else None
        self.pronoun_ref = None
        if opening and _OPENING_PERSON.match(text, opening.start):
            self.pronoun_ref = article.person_before(q.start, self.speaker)
            if self.pronoun_ref and self.pronoun_ref not in self.content_names:
                self.content_names.append(self.pronoun_ref)
        self.sentence_names = [p.name for p in in_sentence if not p.group]
        self.in_content = [normalise_name(n) for n in self.content_names + joint_content]
        self.groups = {normalise_name(p.name) for p in content + in_sentence if p.group}
        self.in_sentence = [normalise_name(n) for n in [p.name for p in in_sentence if not p.group] + joint_sentence]
        self.in_previous = [normalise_name(p.name) for p in previous if not p.group]
        self.others = {
            normalise_name(o.speaker) for o in quotes if o.speaker and normalise_name(o.speaker) != self.speaker
        }
        self.accusers = {
            normalise_name(o.speaker)
            for o in quotes[:i]
            if o.stance == "accuse" and o.speaker and normalise_name(o.target) == self.speaker
        }
        # Who answers whom: the accused often denies in another quote, and a denial
        # answers someone who accused or condemned (stances are labelled before targets).
        self.deniers = {normalise_name(o.speaker) for j, o in enumerate(quotes) if j != i and o.stance == "deny"}
        self.blamers = {
            normalise_name(o.speaker) for j, o in enumerate(quotes) if j != i and o.stance in ("accuse", "condemn")
        }
        self.main = normalise_name(article.resolver.main_country)
        self.counts = article.counts
        # "accused President Bush of ...", "Taleban are protecting ...": the party the
        # contents open with is the one acted on or spoken of.
        self.content_start = {
            normalise_name(p.name)
            for p in content
            if opening and _inside(p, opening) and len(text[opening.start : p.start].split()) <= 2
        } | ({normalise_name(self.pronoun_ref)} if self.pronoun_ref else set())
        self.cue_object: set[str] = set()
        self.after_by: set[str] = set()
        self.after_against: set[str] = set()
        self.possessive: set[str] = set()
        # "Duterte's accusations", "the claims by Deputy President William Ruto": whose
        # claim a denial rejects, or whose words a condemnation is of.
        self.claimant: set[str] = set()
        for p in content + in_sentence:
            key = normalise_name(p.name)
            before = text[max(0, p.start - 12) : p.start].lower().split()
            before = [w for w in before if w not in ("the", "a", "an")]
            if before and before[-1] in ("by", "from"):
                self.after_by.add(key)
            if before and before[-1] in ("against", "on", "at"):
                self.after_against.add(key)
            if text[p.end : p.end + 2] in ("'s", "’s"):
                self.possessive.add(key)
            if _CLAIM_OF.match(text, p.end) or _CLAIM_BY.search(text[max(0, p.start - 60) : p.start]):
                self.claimant.add(key)
            if q.cue and 0 <= p.start - q.cue.end <= 16 and _AFTER_CUE.match(text[q.cue.end : p.start]):
                self.cue_object.add(key)
        # "urged Barbadians to vote", "called on all Guyanese to", "called for calm": an
        # appeal to a people or to everyone is to the public (ANNOTATION.md).
        self.to_people = bool(opening) and _addresses_people(text[opening.start : opening.end])
        self.rule = _rule(self, quotes, i)
        names = [self.rule, None, "public", article.resolver.main_country]
        names += [p.name for p in content + in_sentence + previous] + joint_content + joint_sentence
        names += [o.speaker for o in quotes if o.speaker]
        names += [p.name for p in named]
        seen: dict[str, str | None] = {}
        for n in names:
            if n is None or normalise_name(n) != self.speaker:
                seen.setdefault(normalise_name(n), n)
        self.candidates = list(seen.values())
        # Sentence distance from the quote to each candidate's nearest mention.
        self.distance = {key: d for key in seen if (d := article.distance(key, here)) is not None}

    def features(self, cand: str | None) -> np.ndarray:
        f = dict.fromkeys(FEATURES, 0.0)
        f["bias"] = 1.0
        key = normalise_name(cand)
        f["rule_pick"] = float(key == normalise_name(self.rule))
        f["is_none"] = float(cand is None)
        f["is_public"] = float(key == "public")
        f["people_addressed"] = float(key == "public" and self.to_people)
        if cand is not None and key != "public":
            f["in_content"] = float(key in self.in_content or key in self.groups)
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
            f["is_group"] = float(key in self.groups)
            f["mentions"] = math.log1p(self.counts.get(key, 0))
            d = self.distance.get(key)
            f["far"] = float(d is None)
            f["distance"] = math.log1p(d) if d is not None else 0.0
            f["cue_object"] = float(key in self.cue_object)
            f["after_by"] = float(key in self.after_by)
            f["after_against"] = float(key in self.after_against)
            f["possessive"] = float(key in self.possessive)
            f["denier"] = float(key in self.deniers)
            f["blamer"] = float(key in self.blamers)
            f["content_start"] = float(key in self.content_start)
            f["is_joint"] = float(key in self.joints)
            f["claimant"] = float(key in self.claimant)
        label = self.quote.stance
        if label in LABELS and label != "none":
            for name in _CROSSED:
                f[f"{label}_x_{name}"] = f[name]
        return np.array([f[k] for k in FEATURES])


def _joint_parties(text: str, parties: Sequence[_Party]) -> list[str]:
    """ "A and B", "A, B and C": runs of parties the text joins with commas and "and"."""
    joints: list[str] = []
    run: list[_Party] = []
    for p in [*parties, None]:
        if p is not None and run and _JOINED.fullmatch(text[run[-1].end : p.start]):
            run.append(p)
            continue
        names = list(dict.fromkeys(q.name for q in run))
        # "Bosnia and Herzegovina": a name that holds the next one is one party, not two
        names = [n for n in names if not any(n != o and re.search(rf"\b{re.escape(n)}\b", o) for o in names)]
        if len(names) > 1 and " and " in text[run[0].start : run[-1].end]:
            joints.append(joint_name(names))
        run = [p] if p is not None else []
    return joints


def _rule(ctx: _Context, quotes: Sequence[Quote], i: int) -> str | None:
    q = quotes[i]
    if q.stance == "deny":
        for earlier in reversed(quotes[:i]):
            if earlier.stance == "accuse" and normalise_name(earlier.target) == ctx.speaker and earlier.speaker:
                return earlier.speaker
    for names in (ctx.content_names, ctx.sentence_names):
        for n in names:
            if normalise_name(n) != ctx.speaker:
                return n
    return "public" if q.stance == "propose" else None


class TargetRanker:
    def __init__(self, weights: np.ndarray) -> None:
        self.weights = weights

    @classmethod
    def fit(cls, articles: Sequence[Article], l2: float = 1e-3, rounds: int = 3) -> TargetRanker:
        """Fit on gold quotes with a stance other than none, gold speakers and labels.

        A conditional logit: one softmax over each quote's candidates, so the weights
        learn which candidate wins against the others of the same quote. In 5-fold
        cross-validation over train and dev it chose 0.443 of targets right, against
        0.435 for a logistic regression that scores each candidate alone (0.457 with the
        opening and joint-party features). The features that look back at
        earlier targets see what the ranker itself chose, as at prediction time, not the
        gold targets: so each round refits on the history the previous round's ranker
        produces (the first on the rule's).
        """
        from stance.segment import segment

        prepared = [(_Article(a.text, segment(a.text)), a) for a in articles]
        ranker: TargetRanker | None = None
        for _ in range(rounds):
            choices: list[tuple[np.ndarray, int]] = []
            for shared, article in prepared:
                quotes = [copy.copy(q) for q in article.quotes]
                for i, q in enumerate(quotes):
                    q.target = None
                    if q.stance in (None, "none"):
                        continue
                    ctx = _Context(shared, quotes, i)
                    gold = normalise_name(article.quotes[i].target)
                    keys = [normalise_name(c) for c in ctx.candidates]
                    if gold in keys:  # a gold target no candidate names teaches nothing here
                        choices.append((np.array([ctx.features(c) for c in ctx.candidates]), keys.index(gold)))
                    q.target = ranker.choose(ctx) if ranker else ctx.rule
            ranker = cls(_conditional_logit(choices, l2))
        assert ranker is not None
        return ranker

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


def _conditional_logit(choices: Sequence[tuple[np.ndarray, int]], l2: float) -> np.ndarray:
    """Weights maximising the mean log-probability of each gold candidate under a
    softmax over its quote's candidates (rows: one per candidate), with an L2 penalty
    (full-batch L-BFGS)."""
    import torch

    rows_gold = [(torch.from_numpy(rows), gold) for rows, gold in choices]
    weights = torch.zeros(len(FEATURES), dtype=torch.float64, requires_grad=True)
    optimiser = torch.optim.LBFGS([weights], max_iter=500, line_search_fn="strong_wolfe")

    def loss() -> torch.Tensor:
        optimiser.zero_grad()
        nll = torch.stack([-torch.log_softmax(rows @ weights, 0)[gold] for rows, gold in rows_gold]).mean()
        total = nll + l2 * (weights**2).sum()
        total.backward()
        return total

    optimiser.step(loss)
    return weights.detach().numpy().astype(np.float64)


def assign_targets(
    text: str, sentences: Sequence[Span], quotes: Sequence[Quote], ranker: TargetRanker | None = None
) -> None:
    """Set ``target`` on quotes whose ``stance`` is set (in order: a deny can look back)."""
    article = _Article(text, sentences)
    for i, quote in enumerate(quotes):
        if quote.stance in (None, "none"):
            quote.target = None
            continue
        ctx = _Context(article, quotes, i)
        quote.target = ranker.choose(ctx) if ranker else ctx.rule
