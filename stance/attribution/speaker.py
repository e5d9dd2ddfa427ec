"""Canonical speaker names for a whole article: ``he``, ``Mr Obama`` -> ``Barack Obama``.

Following ANNOTATION.md and data/README.md: the longest proper name the article uses
for an entity, without titles; a capital, demonym or "the X government" stands for
its country; pronouns take the person last named (or the last speaker); anonymous
and generic sources (``a source``, ``analysts``, ``rebels``) are unknown (None). The
names themselves are found by ``stance.attribution.names``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from functools import cached_property

from stance.attribution.first_names import first_name_gender
from stance.attribution.names import (
    ACRONYM,
    ALIASES,
    ARABIC_ARTICLE,
    CONNECTORS,
    NAME_POSSESSIVE,
    NOT_AFTER_ABBREVIATION,
    NOT_PERSON,
    ORG_HEADS,
    PEOPLE_SUFFIXES,
    PERSON_PRONOUNS,
    PLACED_BY,
    PORTFOLIOS,
    POST_NOMINAL,
    PRONOUNS,
    TITLES,
    Mention,
    clean_name,
    is_org_word,
    is_title,
    joint_name,
    name_mentions,
    name_words,
    opens_sentence,
    person_tail,
    strip_titles,
)
from stance.attribution.places import CAPITAL_OF, country, is_other_name

GENERIC = frozenset(
    """source sources analyst analysts critic critics observer observers witness witnesses
    authorities eyewitness eyewitnesses resident residents people some many others expert experts diplomat diplomats activist
    activists report reports media rebels opposition protesters supporters police officials
    prosecutors prosecutor army soldiers troops villagers journalists lawyers members
    groups group parties party doctors students workers leaders""".split()
)
# "<country> government" and the like name the country (data/README.md, decision 19).
# Collective nouns an article ties to a named body by describing it so: head -> the
# stem to look for around the body's name.
DESCRIBED = {
    "rebels": "rebel",
    "group": "group",
    "opposition": "opposition",
    "militants": "militant",
    "insurgents": "insurgent",
    "movement": "movement",
    "coalition": "coalition",
    "watchdog": "watchdog",
}
STATE_HEADS = frozenset("government regime authorities junta administration leadership cabinet".split())
_NUMBER = re.compile(
    r"^(?:[\d,.-]+|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand)(?:-(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand))*)[,.]?$",
    re.I,
)
_ROLE = re.compile(
    r"\b((?:[Aa]ttorney [Gg]eneral|[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Ss]ecretary(?: of State)?|"
    r"[Ss]pokesman|[Ss]pokeswoman|[Aa]mbassador|[Oo]pposition [Ll]eader|[Ll]eader|[Gg]overnor|[Mm]inister|[Cc]hairman|"
    r"[Pp]rosecutor|[Jj]udge|[Cc]ommander|[Dd]irector|[Ee]nvoy|Taoiseach|Tánaiste|[Cc]hancellor|[Pp]remier|[Mm]ayor|"
    r"[Ss]peaker|[Ss]enator|[Cc]hief [Ee]xecutive|[Cc]hief [Mm]inister|[Cc]ommissioner))\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+)"
)
# A name after a title ends at a full stop after a word ("Cruz. We", "Kim Jong-un.\n\nIn"),
# not after an initial or an abbreviation ("George W. Bush", "Dr. Jane Smith").
_NAME_ENDS = re.compile(r"(?:(?<=[a-z]{3})|(?<=-[a-z]{2}))\.\s")


# Heads of descriptions that name a person's role: "the rebel spokesman", "Iran's
# foreign minister". The article usually names the holder once ("Foreign Minister
# Kamal Kharrazi"), and the description then refers to that person.
# Roles that speak for themselves: "the Vermont senator" is a person, never Vermont.
_OWN_VOICE = frozenset(
    """senator congressman congresswoman councilman councilwoman councillor lawmaker legislator attorney
    lawyer coach manager captain""".split()
)
ROLE_HEADS = (
    frozenset(
        """spokesman spokeswoman spokesperson aide assistant official minister ambassador envoy president leader chief
        director commander secretary governor chairman chairwoman negotiator adviser advisor representative
        prosecutor judge mayor premier general king queen monarch emir sultan taoiseach""".split()
    )
    # "the head of state", "the Head of Government", read as one word (``_OFFICE_PHRASES``)
    | {"head-of-state", "head-of-government"}
    | _OWN_VOICE
)
_LEGISLATORS = ("lawmaker", "legislator", "MP", "MLA", "MK", "deputy", "senator", "congressman", "congresswoman")
_ROLE_SYNONYMS = {
    "leader": ("leader", "president", "prime minister", "premier", "chairman"),
    "president": ("president", "leader"),
    "spokesman": ("spokesman", "spokesperson"),
    "spokeswoman": ("spokeswoman", "spokesperson"),
    "assistant": ("assistant", "adviser", "advisor", "aide"),
    # "The lawmaker insisted" after "opposition MP Shuaib Al-Muwaizri"
    "lawmaker": _LEGISLATORS,
    "legislator": _LEGISLATORS,
    "premier": ("premier", "prime minister"),
    # "the monarch", "the head of state": the article names the holder by title
    # ("King Gyanendra", "President Irfaan Ali"); a head of government is the premier.
    "monarch": ("monarch", "king", "queen", "emir", "sultan"),
    "head-of-state": ("head of state", "president", "king", "queen", "emir", "sultan"),
    "head-of-government": ("head of government", "prime minister", "premier", "chancellor"),
}
_MONARCHS = frozenset(_ROLE_SYNONYMS["monarch"])
# Between a document and its issuer: "a report released Tuesday by", not a clause of its
# own ("a statement rejecting accusations by Peker" is not Peker's).
_WORDS_TO_ISSUER = r"(?:(?![\w-]*ing\s)[\w-]+\s+){0,3}?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_OFFICE_PHRASES = re.compile(r"\b[Hh]ead\s+of\s+([Ss]tate|[Gg]overnment)\b")
# Documents speak for the body that issued them (data/README.md, decision 3).
DOCUMENTS = frozenset(
    "report statement letter accord agreement declaration document study survey communique estimates figures".split()
)
_REFLEXIVE = r"(?:him|her|it|them)sel(?:f|ves)"
# Nouns a name often qualifies ("Trump supporters chanted"): the name is then no subject.
_FOLLOWING_NOUNS = (
    "supporters|officials|aides|allies|advisers|advisors|lawyers|voters|fans|critics|opponents|loyalists|forces"
    "|troops|followers|staffers|backers|associates|administration|campaign"
)
# The verb right after a sentence's subject (an adverb or a reflexive may come between).
_PREDICATE = re.compile(
    rf",?\s+(?:(?:[a-z]+ly|often|also|{_REFLEXIVE})\s+){{0,2}}(?!(?:{_FOLLOWING_NOUNS})\b)(?:[a-z]+(?:ed|es|s)|had|said|told|went|came|took|made"
    r"|gave|spoke|wrote|met|led|held|became|began|left|sent|won|lost|ran|saw|knew|kept|stood|found|brought|thought"
    r"|got|put|set|will|would|could)\b"
)
# "The SNP's Westminster leader, Ian Blackford, ...": a description, then the name.
# "The party's leader, X, ...", "However, Government spokesperson, Gospel Kazako, has ...":
# a description, capitalised as a sentence's opening, that ends in a role.
_DESCRIPTION_THEN = re.compile(
    r"(?:(?:However|But|And|Meanwhile|Also|Yet),?\s+)?"
    r"(?:(?:The|A|An|Her|His|Their|Its)\s[^,.;:\"“”\n]{1,60}"
    rf"|(?:[A-Z][\w'’-]*\s+){{0,3}}(?i:{'|'.join(sorted(ROLE_HEADS))})),\s"
)
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an|who|whose)\s[^,.;:\"“”\n]{1,80}(?=,)")
# "Minority Leader Mitch McConnell", "Chelsea head coach Mauricio Pochettino": only titles
# and a body before the name.
_TITLES_ONLY = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|head|coach|manager|chief|deputy|former|acting|vice|assistant|leader|minister|secretary"
    r"|spokesman|spokeswoman|spokesperson|president|chairman|director)\s+)+"
)
_PARTY = r"(?:Democrat|Democratic|Republican|GOP|Labour|Labor|Tory|Conservative|Liberal Democrat|Liberal|Green|Greens)"
# Occupations news style names a person by once it has named them ("the broadcaster said").
_OCCUPATIONS = (
    "broadcaster|naturalist|singer|actor|actress|author|writer|novelist|poet|comedian|rapper|musician|filmmaker"
    "|artist|player|striker|midfielder|defender|goalkeeper|winger|veteran|billionaire|businessman|businesswoman"
    "|entrepreneur|scientist|primatologist|activist|campaigner|journalist|columnist|commentator|historian|academic"
)
_EPITHET = re.compile(
    rf"[Tt]he\s+(?:(?:[A-Z][\w.'’-]*\s+){{0,2}}(?:Democrat|Republican)|{_PARTY}\s+(?:{'|'.join(sorted(ROLE_HEADS))})"
    r"|(?:[a-z]+\s+)?\d+-year-old(?:\s+[a-z]+)?"
    rf"|(?:[a-z]+\s+)?(?:{_OCCUPATIONS})|(?:[A-Z][\w'’-]*\s+){{1,2}}international"
    r"|(?:[A-Z][\w'’-]*\s+){0,2}(?:MP|MSP|MLA|TD|MEP|MK))"
)
# "the Argentine said", "the Dutchman": one person of a nation, not the nation ("the
# Chinese", "the British" are, and so is a seat of government: "the Kremlin").
_ONE_OF_A_NATION = re.compile(r"[Tt]he\s+([A-Z][a-z]+(?<!ese)(?<!ish)(?<!ch)(?<!sh))")
_DETERMINERS = frozenset("the a an this that his her its their another one".split())
_VOICES = frozenset(
    """report reports statement letter spokesman spokeswoman spokesperson office officials official representative
    representatives spokesmen spokeswomen spokespeople lawyers attorneys campaign petition lawsuit suit complaint
    research article articles attorney lawyer account team""".split()
)


def _owner(phrase: list[str]) -> str | None:
    """The capitalised owner in a possessive phrase: "the U.S. State Department's" -> State Department."""
    for i in range(len(phrase) - 1, -1, -1):
        if re.search(r"['’]s$|s['’]$", phrase[i]) and phrase[i][:1].isupper():  # "Collins' petition" too
            j = i
            while j > 0 and phrase[j - 1][:1].isupper():
                j -= 1
            words = strip_titles([clean_name(w) for w in phrase[j : i + 1]])
            return " ".join(words) or None
    return None


_ROLE_OF_BODY = re.compile(
    r"(?i:the\s+)?(?:leader|president|head|chief|chairman|chairwoman|secretary-general)\s+of\s+.*?\b[A-Z]"
)  # of a body the article names: "the head of the court" is the court's
_ROLE_OF = re.compile(
    r"(.*?)\b(" + "|".join(sorted(ROLE_HEADS)) + r")\s+(to|for|of|in)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)$"
)
# Also a left quotation mark set for the apostrophe: "Hockey Canada‘s board".
_LOST_APOSTROPHE = re.compile(r"(?<=\w)[?‘](?=s\b)")
_OF_NAME = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*$")
_ONE_NAME = re.compile(r"[A-Z]\w*\s+(?:for|of)\s+[A-Z][\w\s]*?\sand\s+(?!the\b)[A-Z][\w\s]*$")
_ISSUED_IN_SOURCE = re.compile(
    rf"(?i:(?:\w+\s+){{0,4}}(?:{'|'.join(sorted(DOCUMENTS))})s?(?:\s+(?:issued|released|published|written|signed))?)"
    r"\s+by\s+((?:the\s+)?[A-Z].*)$"
)
_ACRONYM_OR = re.compile(
    r"((?:[A-Z][\w'’-]*\s+)(?:(?:of|for|and|the|on|in|[A-Z][\w'’-]*)\s+)*[A-Z][\w'’-]*),\s+or\s+"
    r"([A-Z](?:[A-Z]|-[A-Z]|\.[A-Z]){1,9}\.?)(?=[\s,.;)])"
)
_ISSUED_AFTER = re.compile(
    r"\s+(?:issued|released|published|written|signed|approved)\s+by\s+((?:the\s+)?[^.;:\"“”\n]{0,100}?[A-Z][\w'’-]*),?"
    r"\s+(?:said|says|stated|states|added|adds)\b"
)
# What follows a name's comma when it describes the name rather than lists another one.
_APPOSITION = re.compile(r"\s*(?:an?\s|the\s|one\s|who\s|whose\s|which\s|\d|[a-z])")


def _another_name(rest: str) -> bool:
    """Whether what follows a name's comma starts another person ("President Barack Obama,
    Mr. Steinberg"), not a description ("Paul Ryan, R-Wis.", "Dianne Feinstein, Democrat of
    California")."""
    words = rest.split()
    if not words or not words[0][:1].isupper():
        return False
    names = name_mentions(rest.strip())
    return is_title(words[0]) or (bool(names) and names[0].start == 0 and names[0].is_person)


_ALONG_WITH = r"(?:along|together)\s+with"
_LISTING = re.compile(rf"(?:\band|as well as|{_ALONG_WITH})\s+(?:the\s+)?[A-Z]")
_VOICE_OF = r"(?i:members?|officials?|representatives?|spokes(?:man|woman|person))\s+(?:of|for)\s+"
_CALLED_KINDS = frozenset(("party", "union"))
_CALLED_KIND = re.compile(
    r"\b(party|union)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)|([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(party|union)\b"
)
_ONE_VOICE_OF = re.compile(r"[Tt]he\s+(spokes(?:man|woman|person))\s+(?:of|for)\s")
_MEMBER_OF = re.compile(rf"{_VOICE_OF}(?:the\s+)?([A-Z].*)$")
_MEMBER_OF_KIND = re.compile(rf"(?i:an?\s+|the\s+)?{_VOICE_OF}the\s+([a-z]+)$")
_KIN_OF = re.compile(
    r"(?i:(?:the|a|an|his|her|their)\s+)?(?i:wife|husband|widow|son|daughter|mother|father|brother|sister|parents"
    r"|family|relatives)\s+of\s+(?:the\s+late\s+)?([A-Z].*)$"
)
# Not TITLES, which also holds roles and function words ("opposition", "the"): "the
# opposition CUF" is the party, not a Mr CUF.
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady".split())
_OBJECT_OF = re.compile(r"\b(?:of|for|to|by|with|from|at|against|on)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*$")


def _in_a_country_name(phrase: str, start: int, end: int) -> bool:
    """Whether the "and" at ``start:end`` is inside a country's name ("Trinidad and Tobago",
    "Saint Vincent and the Grenadines"), which joins no parties."""
    before = phrase[:start].rsplit(" ", 1)[-1]
    after = re.match(r"(?:the\s+)?[\w'’.-]+", phrase[end:])
    return after is not None and country(f"{before} and {after.group(0)}") is not None


def _joins_people(source: str) -> bool:
    """Whether an "and" in ``source`` joins speakers ("Bush and Prime Minister Blair"),
    not two offices of one person ("... (TNPF) President and Jaffna MP Gajendra
    Ponnambalam") or a portfolio ("Housing and Local Government Minister Zuraida Kamaruddin",
    "Minister for Science and Technology Chaudhry Fawad Hussain")."""
    return any(
        not is_title(m.group(1))
        and m.group(1).lower() not in _OFFICE_ADJECTIVES
        and not (
            m.group(1).lower() in PORTFOLIOS
            and (_PORTFOLIO_AND.match(source, m.end(1)) or m.group(2).lower() in PORTFOLIOS)
        )
        for m in _JOINED_CAPITAL.finditer(source)
    )


_OWNED_NAME = re.compile(r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)$")


def _country_owning(name: str, owned: re.Match[str]) -> str | None:
    """The country whose possessive opens ``name`` ("Turkey’s Gendarmerie General Command"),
    if a country's does; ``owned`` is ``_OWNED_NAME``'s match of it."""
    return country(re.sub(r"^[Tt]he\s+|['’]s?\s*$", "", name[: owned.start(1)].strip()))


class SpeakerResolver:
    """Resolves the source mentions of one article to canonical names."""

    def __init__(self, text: str) -> None:
        # "Uganda?s Lord?s Resistance Army": old VOA pages print "?" for an apostrophe
        # (data/README.md); read it as one (same length, so offsets hold).
        text = _LOST_APOSTROPHE.sub("'", text)
        self.text = text
        self.mentions = name_mentions(text)
        self._papers: list[tuple[int, str, str | None]] | None = None
        self._canonical: dict[str, str] = {}
        self._spelled: dict[str, str | None] = {}  # each lookup scans the whole text
        self._sentence_starts: list[int] | None = None
        self._leads: dict[str, str] = {}  # role -> the official a lead described (``_named_next``)
        self._open_subjects: set[int] = set()  # offsets of subjects being resolved (``_subject_named``)
        # Longest first; ties in text order, so results do not depend on hash seeds.
        self._names = sorted(dict.fromkeys(m.name for m in self.mentions), key=len, reverse=True)
        self._words = {name: name_words(name) for name in self._names}  # compared again and again
        # 'President Joko "Jokowi" Widodo': the name without its nickname, which stands
        # for it too (the name extractor sees "Joko" and "Widodo" apart).
        self._nicknames: dict[str, str] = {}
        for m in _NICKNAMED.finditer(text):
            if is_title(m.group(1)):
                continue
            full = f"{m.group(1)} {m.group(3)}"
            self._nicknames.setdefault(m.group(2), full)
            if full not in self._words:
                self._names = sorted([*self._names, full], key=len, reverse=True)
                self._words[full] = name_words(full)
        # "Robert Kyagulanyi Ssentamu alias Bobi Wine": the alias stands for the full name.
        for m in _ALIAS.finditer(text):
            full = " ".join(strip_titles(m.group(1).split()))
            if full in self._words and Mention(0, 0, full).is_person:
                self._nicknames.setdefault(m.group(2), full)
        self._genders: dict[str, str | None] | None = None
        self._by_word: dict[str, list[str]] | None = None  # ``_holding``
        self._word_matches: dict[str, tuple[re.Pattern[str], list[int], list[int]]] = {}  # ``_last_mention_before``
        # "Fianna Fáil leader Micheál Martin", "his Ennahdha party", "Plaid Cymru's leader":
        # names the article uses as a party or body, though they read like a person's.
        self._bodies = {m.name for m in self.mentions if _LEADS_OR_SEATS.match(text, m.end) and " and " not in m.name}
        countries: Counter[str] = Counter()
        forms: Counter[tuple[str, str]] = Counter()  # (country, another name the article writes)
        for m in self.mentions:
            if (c := country(m.name)) is not None:
                countries[c] += 1
                # another name, not its people ("Burmese") or initials ("UK"); the United
                # States is always the United States (decision 7)
                if c != "United States" and is_other_name(m.name):
                    forms[(c, m.name)] += 1
        lowered = text.lower()
        self._written: dict[str, str] = {}  # country -> the article's own name for it
        for (c, form), _ in forms.most_common():
            if c.lower() not in lowered:
                self._written.setdefault(c, form)
        if "britain" not in lowered and "Britain" not in self._written and _UK.search(text):
            self._written["Britain"] = "United Kingdom"  # "UK": the name its initials spell
        for word in re.findall(r"[A-Z][a-z]+", text):
            # "failed Malawians": a people in the plural names its country too
            if (c := country(word) or (country(word[:-1]) if word.endswith("s") else None)) is not None:
                countries[c] += 1
        # The country "the government" means: the one the article is most about.
        ranked = [c for c, _ in countries.most_common() if c != "United States"]
        self.main_country = self.as_written(ranked[0]) if ranked else None
        # "Social Democratic Front (SDF)": the acronym names the same party.
        self.acronyms = {
            m.group(2): " ".join(words)
            for m in ACRONYM.finditer(text)
            if (words := _without_owner(strip_titles(m.group(1).split())))
        }
        for m in _ACRONYM_SPELLED.finditer(text):
            # "the PKK (Kurdistan Workers Party)", "Freedom and Solidarity (SaS)", "General
            # Confederation of Labor -CGT-": defined the other way round, in mixed case or
            # between dashes (initials of another language: no spelling check)
            acronym, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            if m.group(1) and re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30) : m.start()]):
                continue  # "Republika Srpska (RS)" is ACRONYM's; a name before it is no acronym's
            words = _without_owner(name.split())
            # not "Leader of the Opposition (LoP)", an office
            office = not words or _heads_a_title(words[0]) or _heads_a_title(words[-1])
            if sum(c.isupper() for c in acronym) >= 2 and not is_title(acronym) and not office:
                self.acronyms.setdefault(acronym, " ".join(words))
        for m in _ACRONYM_OR.finditer(text):
            # "The United Nations World Health Organization, or W-H-O, ...": defined after
            # "or", when its letters are the initials the name ends with
            words = _without_owner(strip_titles(m.group(1).split()))
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if len(words) >= 2 and initials.endswith(m.group(2).replace("-", "").replace(".", "")):
                self.acronyms.setdefault(m.group(2), " ".join(words))
        for acronym, name in list(self.acronyms.items()):
            if " " in acronym:  # "(ANC NYTT)": "the NYTT" later
                self.acronyms.setdefault(acronym.split()[-1], name)
        # "Attorney General John Ashcroft" ... "the attorney general": roles name people.
        self.roles: dict[str, str] = {}
        for m in _ROLE.finditer(text):
            name = clean_name(_NAME_ENDS.split(m.group(2))[0])
            if Mention(0, 0, name).is_person or _surname(name):  # "President Duterte"
                self.roles[" ".join(m.group(1).lower().split()[-2:])] = name
                self.roles[m.group(1).lower().split()[-1]] = name

    def is_acronym(self, name: str) -> bool:
        if name in self.acronyms:
            return True
        if not (name.isupper() and 2 <= len(name) <= 8 and " " not in name):
            return False
        # "The MSP added": a title ("Member of the Scottish Parliament"), unless the article
        # spells out a body with those initials ("Michigan State Police").
        return name.lower() not in TITLES or self.expand_acronym(name) != name

    def expand_acronym(self, acronym: str) -> str:
        """ "MDC" -> "Movement for Democratic Change": defined in brackets, or a name in
        the article whose capitalised words' initials spell it."""
        if acronym in self.acronyms:
            return self.acronyms[acronym]
        letters = acronym.replace(".", "").replace("-", "")
        for name in self._names:
            words = name.split()
            # "UN Security Council" is the UNSC: an acronym inside a name counts whole.
            initials = "".join(w if w.isupper() else w[0] for w in words if w[:1].isupper())
            if len(words) >= 2 and (initials == letters or "".join(w[0] for w in words if w[:1].isupper()) == letters):
                return name
        for name in self._names:
            words = name.split()
            # "MOFA", "MoD": the initials of every word, "of" too ("Ministry of Foreign Affairs")
            if len(words) >= 3 and "".join(w[0] for w in words).upper() == letters.upper() and not letters.isdigit():
                return name
        if letters not in self._spelled:
            self._spelled[letters] = self._spelled_out(letters)
        if spelled := self._spelled[letters]:
            return spelled
        # "The RMT" where the article writes "RMT Union": the acronym's own longer name
        longer = [n for n in self._names if n.startswith(f"{acronym} ") and n.split()[-1].lower() in ORG_HEADS]
        return longer[-1] if len(longer) == 1 else acronym

    def _spelled_out(self, letters: str) -> str | None:
        """A run of capitals in the text whose words' initials spell ``letters``, with the
        capitalised words before it that open its name: "the Garda Representative
        Association’s" for GRA, "Chicago Fraternal Order of Police" out of "Chicago
        Fraternal Order of Police President John Catanzara" for FOP."""
        for m in _CAPITALISED_RUN.finditer(self.text):
            words = m.group(0).split()
            for i in range(len(words)):
                for j in range(i + 2, min(len(words), i + len(letters) + 3) + 1):
                    last = re.sub(r"['’]s$", "", words[j - 1])
                    if not (words[i][:1].isupper() and last[:1].isupper()):
                        continue
                    if _initials_spell([*words[i : j - 1], last], letters):
                        start = i
                        while start > 0 and words[start - 1][:1].isupper() and not _heads_a_title(words[start - 1]):
                            start -= 1
                        name = [*words[start : j - 1], last]
                        if _heads_a_title(name[0]) or _heads_a_title(name[-1]):
                            return None  # "Interior Cabinet Secretary" is an office, not a body's name
                        return None if start == 0 and words[0] in _COMMON_CAPITALS else " ".join(name)
        return None

    def canonical(self, name: str) -> str:
        """The longest name in the article that ends with, or contains, this one's words."""
        # Memoised: descriptions and pronouns ask for the same names again and again, and
        # each answer scans every name in the article (quadratic in a long one).
        if name not in self._canonical:
            self._canonical[name] = self._longest_name(name)
        return self._canonical[name]

    def _holding(self, word: str) -> list[str]:
        """The article's names, longest first, that hold ``word`` as a word or end in
        "-word" ("Tahir-ul-Qadri" for "Qadri"). ``_longest_name`` looks through these, not
        through every name: that made a long text quadratic."""
        if self._by_word is None:
            self._by_word = {}
            for name in self._names:
                words = self._words[name]
                last = words[-1] if words else ""
                for key in {*words, *(last[i + 1 :] for i, ch in enumerate(last) if ch == "-")}:
                    self._by_word.setdefault(key, []).append(name)
        return self._by_word.get(word, [])

    def _longest_name(self, name: str) -> str:
        if (c := country(name)) is not None:
            return c
        if name in self._nicknames:
            return self._nicknames[name]
        first, _, rest = name.partition(" ")
        if rest and first.lower() in ALIASES and (spelled := f"{ALIASES[first.lower()]} {rest}") in self._names:
            return self.canonical(spelled)  # "U-N Security Council" where the article also spells it out
        if (
            rest
            and first.isupper()
            and len(first) >= 3
            and (spelled := f"{self.expand_acronym(first)} {rest}") in self._names
            and spelled != name
        ):
            return self.canonical(spelled)  # "I-A-E-A Board of Governors", likewise
        words = name_words(name)
        if len(words) == 1 and name[:1].isupper() and name.lower() in ORG_HEADS:
            # "The Ministry confirmed" after "The Ministry of Interior ... condemned": a body
            # named by its kind alone is the one body of that kind the article names.
            bodies = {
                n
                for n in self._names
                if n != name
                and country(n) is None
                and (
                    (ws := self._words[n])[-1] == name
                    or (ws[0] == name and len(ws) > 2 and ws[1] in ("of", "for", "on"))
                )
            }
            if len(bodies) == 1:
                return bodies.pop()
        # Only a name that holds the first word can be picked below.
        holding = self._holding(words[0]) if words else []
        # "Obama" is "Barack Obama", not the event "Barack Obama Election Day" that also holds it.
        ends_a_person = any(
            (lw := self._words[longer])[-len(words) :] == words
            and len(lw) > len(words)
            and Mention(0, 0, longer).is_person
            for longer in holding
        )
        for longer in holding:
            lw = self._words[longer]
            suffix = lw[-len(words) :] == words
            contains = len(lw) > len(words) and (suffix or (_contains(lw, words) and not ends_a_person))
            prefix = lw[: len(lw) - len(words)] if lw[-len(words) :] == words else []
            owned = prefix and any(w.endswith(("'s", "’s")) and not NAME_POSSESSIVE.match(w + " ") for w in prefix)
            owner = re.sub(r"[’']s$", "", " ".join(prefix)) if owned else ""
            if owned and (
                Mention(0, 0, name).is_person
                or country(owner) is not None
                or (owner != name and self._person(Mention(0, 0, owner)))
            ):
                # "VOA's Heda Bayron" is Heda Bayron; "Ivory Coast's New Forces" New Forces;
                # "Odinga's Azimio" Azimio.
                continue
            if prefix and len(words) >= 2 and all(country(w) == w or (w.isupper() and country(w)) for w in prefix):
                # "Sunday Times" is not "UK Sunday Times": the country is context (but
                # "Australian Bureau of Meteorology" is the bureau's name).
                continue
            tail = lw[len(words) :] if lw[: len(words)] == words else []
            if tail and all(country(w) is not None for w in tail):
                continue  # "Human Rights Watch Uganda researcher X": a branch, not another name
            if contains and country(longer) is None and not any(w in CONNECTORS for w in lw[: -len(words)]):
                return longer
            if len(words) == 1 and lw[-1].endswith("-" + words[0]) and lw[-1][:1].isupper():
                return longer  # "Qadri" is "Tahir-ul-Qadri"
        return name

    def resolve(self, source: str | None, position: int, previous: Sequence[tuple[int, str | None]]) -> str | None:
        """The speaker for a source mention at ``position``; ``previous``: (position, speaker) so far."""
        if source and (unclosed := _UNCLOSED_BRACKET.search(source)) and unclosed.start() > 0:
            # "Donna Lasinski (D-Scio Twp", the tagger stopping inside the bracket: what it
            # holds (an affiliation, an acronym) is no part of who speaks.
            source = source[: unclosed.start()]
        if source and (aside := _DASH_ASIDE.search(source)) and aside.start() > 0:
            # "Sinn Fein deputy leader Michelle O'Neill - and Northern Ireland's last health
            # minister -": what the dashes add describes her; it names no second speaker.
            source = source[: aside.start()]
        speaker = self._resolve_source(source, position, previous)
        capital = _CAPITAL_ROLE.fullmatch(source.strip()) if source and speaker is None else None
        if capital and capital.group(1)[:1].isupper():
            # "the Spokesperson", "The Spokesman": a role capitalised in house style is
            # still the description it would be in lower case
            speaker = self._resolve_source(f"the {capital.group(1).lower()}", position, previous)
        if source and (named := self._named_after(source, position, speaker)):
            # "The general secretary of the Sri Lanka Podujana Peramuna (SLPP), Sagara
            # Kariyawasam, said": the tagger stopped at the role; the name follows it.
            speaker = named
        if source and (voice := _ONE_VOICE_OF.match(source.strip())):
            # "The spokesperson for the Foreign Ministry of Iran" after "Foreign Ministry
            # Spokesperson Nasser Kanaani": the one the article named so (its country aside).
            body = re.sub(r"^the\s+|\s+of\s+[A-Z][\w'’-]*$", "", source.strip()[voice.end() :]).split()
            speaker = self._role_holder([*body, voice.group(1)], position, named_person_ok=True) or speaker
        if (
            source
            and _FORMER.match(source.strip())
            and (speaker is None or self._holds_now(speaker))
            # "the former MP" after "a former MP, who acknowledged ...": that unnamed one
            and not re.search(rf"\b[Aa]n?\s+{re.escape(source.split(None, 1)[1])}\b", self.text[:position])
        ):
            # "the former premier", "the 81-year-old former parliamentary speaker", "The
            # ex-IGP": news names the person just spoken of by what they were, never the
            # office's present holder.
            speaker = self._person_heard_last(position, previous) or self._antecedent(
                "he", position, previous, any_gender=True
            )
        elif speaker is None and source and _DEFINITE_OFFICE.fullmatch(source.strip()):
            # '"...," Raila said. ... the former Prime Minister insisted': an office the
            # article gives no holder for is the person just heard, when one was.
            speaker = self._person_heard_last(position, previous)
        elif speaker and source and (described := _BODY_EPITHET.fullmatch(source.strip())):
            # "The UWP official", "the PA spokesman", "The Azimio leader": news names the
            # person it is quoting by the body they hold a role in, as it would say "he".
            holder = self._epithet_holder(speaker, described, position, previous)
            if (
                holder is None
                and described.group(2).lower() in _HELD_BY_ONE
                # "The Lipis Umno chief": the words before the role name a place and a
                # body, whatever their shape
                and (not self._person(Mention(0, 0, speaker)) or _words_of(speaker, described))
            ):
                # "The Plaid Cymru leader criticised" after "Rhun ap Iorwerth warned": a
                # body's leader or member is a person, never the body; with no holder
                # named, news means the person just spoken of.
                holder = self._antecedent("he", position, previous, any_gender=True)
            speaker = holder or speaker
        return self.as_written(speaker) if speaker else speaker

    def _holds_now(self, speaker: str) -> bool:
        """Whether ``speaker``, found for a description of a former office, is the office's
        present holder the article names ("Prime Minister Shehbaz Sharif" for "the former
        premier"), not a former holder ("former Prime Minister Raila Odinga")."""
        if not self._person(Mention(0, 0, speaker)):
            return False
        surname = re.escape(speaker.split()[-1])
        named = list(re.finditer(rf"\b{surname}\b", self.text))
        return bool(named) and not any(self._titled_former(m.start()) for m in named)

    def _titled_former(self, start: int) -> bool:
        """Whether the titles before the name at ``start`` open with "former" or "ex-"
        ("former Prime Minister Raila Odinga", "ex-president Zuma")."""
        for word in reversed(self.text[max(0, start - 80) : start].split()):
            if word.lower() == "former" or word.lower().startswith("ex-"):
                return True
            if not (word[:1].isupper() or is_title(word)):
                return False
        return False

    def _named_after(self, source: str, position: int, speaker: str | None) -> str | None:
        """The person named right after a ``source`` that describes a role ("the general
        secretary of the X", "X's third vice-president", "... Prince"), when ``source``
        itself resolved to no person (or, for a role of a body, to the body's name)."""
        words = source.split()
        last = words[-1].strip("(),") if words else ""
        role_of = _A_ROLE_OF.search(source)
        # the cheap tests of the text first: this runs for every source resolved
        if not (role_of or last.lower() in ROLE_HEADS or last.isupper() or is_title(last)):
            return None
        if speaker and not role_of and self._person(Mention(0, 0, speaker)):
            return None
        after = _NAMED_AFTER.match(self.text, position + len(source))
        if after is None:
            return None
        names = name_mentions(after.group(1))
        if len(names) == 1 and names[0].is_person and names[0].name == after.group(1).strip():
            return self.canonical(names[0].name)
        return None

    def _epithet_holder(
        self, body: str, described: re.Match[str], position: int, previous: Sequence[tuple[int, str | None]]
    ) -> str | None:
        """The person last heard, when ``described`` names a role in ``body`` and the
        article ties that person to the body or role; ``None`` otherwise."""
        earlier = [s for p, s in previous if p < position and s]
        if not earlier or not self._person(Mention(0, 0, earlier[-1])) or self._body_name(earlier[-1]):
            return None
        person = earlier[-1]
        head = described.group(2).lower()
        # the capitalised words of the description ("UWP", "Bangladesh Nationalist Party")
        marks = {w for w in described.group(1).split() if w not in {"The", "the"}}
        marks |= {a for a, name in self.acronyms.items() if name == body or a in marks}
        # "The Russian official": a people's adjective names its country
        spelled = {self.acronyms.get(w, w) for w in marks} | {c for w in marks if (c := country(w)) is not None}
        if body not in spelled and not set(body.split()) & (marks | spelled):
            return None  # the description found someone else than the body it names
        initials = "".join(w[0] for w in body.split() if w[:1].isupper())
        marks |= {w for w in body.split() if w[:1].isupper() and w.lower() not in CONNECTORS}
        if len(initials) > 1:
            marks.add(initials)  # "BNP secretary general Mirza Fakhrul Islam Alamgir"
        # "official" is whatever office the article gave the person
        heads = ROLE_HEADS if head == "official" else {head, *_ROLE_SYNONYMS.get(head, ())}
        mark = "|".join(re.escape(w) for w in sorted(marks))
        role = "|".join(sorted(heads))
        surname = re.escape(person.split()[-1])
        for m in re.finditer(rf"\b{surname}\b", self.text[:position]):
            before = self.text[max(0, m.start() - 90) : m.start()]
            after = self.text[m.end() : m.end() + 90]
            # "United Workers Party (UWP) Chairman, Therold Prudent", "Alberta Premier
            # Danielle Smith": the body or the role describes the name it stands before
            tied = re.search(
                rf"\b(?:{mark}|(?i:{role}))\b((?:[\s,()]+(?:[A-Z][\w'’.-]*|{_DESCRIBING}))*)[\s,]+$", before
            )
            if tied and not re.search(r"[.;:]\s", tied.group(1)):
                return person
            # "Nabil Abu Rudeineh, the official spokesman for Palestinian ...": an apposition
            if re.match(rf"(?:['’]s)?\s*,\s+[^,.;:]{{0,60}}?\b(?:{mark}|(?i:{role}))\b", after):
                return person
        return None

    @cached_property
    def _called(self) -> dict[str, set[str]]:
        """Names the article calls by a kind their own words do not hold: "main opposition
        party Chadema", "the GMB union" (only "the party" and "the union" ask)."""
        called: dict[str, set[str]] = {}
        for m in _CALLED_KIND.finditer(self.text):
            called.setdefault(m.group(1) or m.group(4), set()).add(m.group(2) or m.group(3))
        return called

    def as_written(self, name: str) -> str:
        """A country under the name the article writes it by ("Myanmar", "Côte d'Ivoire")
        where it never writes ours ("Burma", "Ivory Coast"): names as the article writes
        them in full (data/raw/BRIEF.md, decision 7)."""
        return self._written.get(name, name)

    def _resolve_source(
        self, source: str | None, position: int, previous: Sequence[tuple[int, str | None]]
    ) -> str | None:
        if not source:
            return None
        # A comma inside a number ("About 2,000 unionized workers") parts nothing.
        first, comma, rest = (
            (source[: c.start()], ",", source[c.end() :]) if (c := _PARTING_COMMA.search(source)) else (source, "", "")
        )
        first = re.sub(r"\s*\([^)]*\)", "", first).strip()  # "Roy Cooper (D), McCrory's opponent"
        if comma and not _LISTING.search(rest):
            names = name_mentions(first)
            named = len(names) == 1 and first.endswith(names[0].name)
            # One word is a name when the article completes it ("Rendell" is "Ed
            # Rendell") or it is a country or acronym, not "Proponents, including ...".
            if named and " " not in names[0].name:
                word = names[0].name
                named = self.canonical(word) != word or country(word) is not None or self.is_acronym(word)
            if named and (names[0].is_person or _APPOSITION.match(rest)) and not _another_name(rest):
                # "Alan Cole, an economist at the Tax Foundation's policy center", "Rendell,
                # a Clinton surrogate": the name, not the capitals around the apposition.
                return self._resolve(first, position, previous)
        if comma and first and (appositive := self._person_after_comma(first, rest)):
            # "the Minister of Information and Culture, Lai Mohammed": the person named.
            return appositive
        speaker = self._resolve(source, position, previous)
        if speaker is None and comma:
            # "Dr. Anthony Fauci, the nation's top infectious disease expert": a name with
            # an apposition is the name.
            offset = 0
            for part in _PARTING_COMMA.split(source):
                if part.strip() and (speaker := self._resolve(part.strip(), position + offset, previous)):
                    return speaker
                offset += len(part) + 1
        return speaker

    def _person_after_comma(self, described: str, rest: str) -> str | None:
        """The person ``rest`` names, when it is nothing but one person's name and
        ``described`` ends with a role or a name ("President Gnassingbe's spokesman, Pascal
        Bodjona", "the Minister of Information and Culture, Lai Mohammed")."""
        rest = rest.strip(" ,.")
        last = described.split()[-1]
        if not (last[:1].isupper() or last.lower() in ROLE_HEADS):
            return None  # "A Navy spokesman in the main oil city, Port Harcourt": a place
        names = name_mentions(rest)
        if (
            len(names) == 1
            and names[0].is_person
            and rest.endswith(names[0].name)
            and len(rest) - len(names[0].name) <= 12
        ):
            return self.canonical(names[0].name)
        return None

    def _resolve(self, source: str, position: int, previous: Sequence[tuple[int, str | None]]) -> str | None:
        if _ROLE_OF_BODY.match(source) and not any(m.is_person for m in name_mentions(source)):
            # "The leader of Burundi's main opposition FNL party said ... \n\nAgathon Rwasa
            # said": a lead describes the person the next paragraphs name.
            introduced = self._introduced_after(position)
            if introduced:
                return introduced
        owned_kind = _COUNTRYS_KIND.fullmatch(source)
        if owned_kind and country(owned_kind.group(1)) and owned_kind.group(3).lower() in _PLURAL_DESCRIBED:
            if named_kind := owned_kind.group(2):
                # "Ivory Coast's New Forces rebels": the rebels' name
                return self._resolve(named_kind.strip(), position + source.index(named_kind), previous)
            # "Ivory Coast's rebels say ...": the rebels the article names, as "the rebels"
            # would be; the country only says whose they are.
            return self._resolve(f"the {owned_kind.group(3).lower()}", position, previous)
        seat = _SEAT_FOR.match(source)
        if seat and not any(self._person(m) for m in name_mentions(source[seat.end(1) :])):
            # "The Liberal MLA for Kamloops – South Thompson": the seat is a place, and the
            # member is who the article calls so.
            return self._resolve(seat.group(1), position, previous)
        source = _DATELINE.sub("", source)  # "KAMPALA - Ugandan police": the dateline is no part
        acronym = re.search(r"\(([A-Z][A-Z-]{1,9})\)", source)
        after_acronym = _PERSON_AFTER_ACRONYM.search(source)
        if after_acronym and Mention(0, 0, after_acronym.group(1)).is_person:
            # "Chairman Pakistan Tehreek-e-Insaf (PTI) Imran Khan": the bracket ends the
            # body's name; the person's follows.
            return self.canonical(after_acronym.group(1))
        # "(IEC)", and "[PNP]" in papers that bracket initials so
        source = re.sub(r"\s*(?:\([^)]*\)|\[[^\]]*\])", "", source).strip()
        if source in _CAPITALISED_KINDS and not self._names_alone(source):
            # "Council said ...": house style for "the council", unless the article uses
            # the word alone as a name
            return self._resolve(f"the {source.lower()}", position, previous)
        source = _LOST_APOSTROPHE.sub("'", source)
        if represents := _REPRESENTATIVE_OF.fullmatch(source):
            # "her lawyers", "his barrister": who speaks for a person named earlier is
            # that person (ANNOTATION: an unnamed representative gets the name).
            return self._antecedent("he" if represents.group(1).lower() == "his" else "she", position, previous)
        if kin := _KIN_OF.match(source):
            # "The mother of Abdulkarriem Al-Faisal", "THE father of Jamie Dack": a relative
            # the article may name ("Eddie Dack"), never the person they are kin to.
            return self._relative_of(kin.group(1), position)
        member = _MEMBER_OF.match(source)
        of_kind = _MEMBER_OF_KIND.match(source)
        if of_kind and (kind := of_kind.group(1).lower()) in _BODY_KINDS:
            # "A spokesperson for the committee": the committee the article names.
            return self._common_noun([kind], kind, position, previous)
        if member:
            # "Members of the All India Bank Employees Association", "officials of the
            # UNHCR": an unnamed voice of a named body is that body.
            return self.resolve(member.group(1), position + member.start(1), previous)
        if (
            source.split()
            and source.split()[-1].lower() in DOCUMENTS
            and self.text.startswith(source, position)
            and (after := _ISSUED_AFTER.match(self.text, position + len(source)))
        ):
            # "A published statement approved by the political leader of the New Forces,
            # Guillaume Soro, said": the tagger's source stops at the document; its issuer
            # follows.
            return self.resolve(after.group(1), after.start(1), previous)
        issued = _ISSUED_IN_SOURCE.match(source)
        if issued:
            # "a report by the Organization for Security and Cooperation in Europe", "A
            # joint statement released by the U.S. and the European Union": the issuer.
            return self.resolve(issued.group(1), position + issued.start(1), previous)
        # Only a source of several words ending in a capital can be one; most are not
        # ("he", "officials"), and sparing them the parse keeps linking fast.
        words = source.split()
        named = name_mentions(source) if len(words) > 1 and words[-1][:1].isupper() else []
        if named and (titled := _TITLE_INSIDE.fullmatch(named[-1].name)) and is_title(titled.group(1)):
            # "Chicago Fraternal Order of Police President John Catanzara": the title inside
            # the name ends the body's name ("... of Police") and opens the person's.
            person = titled.group(2)
            if Mention(0, 0, person).is_person and source.rstrip(",. ").endswith(person):
                longest = self.canonical(person)
                return person if titled.group(1) in longest.split() else longest
        if (
            named
            and _PORTFOLIO_TITLE.match(source)
            and named[-1].is_person
            and source.rstrip(",. ").endswith(named[-1].name)
        ):
            # "Provincial Minister for Law, Parliamentary Affairs and Social Welfare, Raja
            # Basharat": the commas and "and" list one minister's portfolios, not speakers.
            return self.canonical(named[-1].name)
        if (
            named
            and source[: named[-1].start].strip().lower() not in {"", *_DETERMINERS}  # not "the Nevada Democrat"
            and POST_NOMINAL.sub("", source.rstrip(",. ")).endswith(named[-1].name)
            and "," not in source  # "A Navy spokesman in the main oil city, Port Harcourt"
            # "the government of President Mwai Kibaki", "a spokesman for Gen Nkunda": the
            # person is whose, not who
            and not _OBJECT_OF.search(source[: named[-1].start])
            and not _joins_people(source)
            and self._titled_person(source, named[-1])
        ):
            # "Sinn Féin's spokesperson on foreign affairs and defence Mr Carthy", "Social
            # Democratic Party (SDP) Vice President Milanka Opacic": a description that
            # ends in the person's name is that person, not the body.
            return self.canonical(named[-1].name)
        owned = _OWNED_NAME.match(source)
        if owned and name_mentions(owned.group(1)) and not NAME_POSSESSIVE.match(source):
            if _EVERY_STATES.fullmatch(owned.group(1)) and _country_owning(source, owned):
                # "Pakistan's Foreign Ministry": every state has one, so the name keeps its
                # country (the gold's 5 of 5).
                return re.sub(r"^[Tt]he\s+", "", clean_name(source))
            # "VOA's Heda Bayron", "Canada's Food Inspection Agency": the owner is context.
            return self.resolve(owned.group(1), position + owned.start(1), previous)
        if not words:
            return None
        if any(w in _ROLE_INITIALS and self.expand_acronym(w) == w for w in words):
            # "The Interior CS" after "Interior Cabinet Secretary Fred Matiangi": offices
            # papers write by their initials are the office.
            words = " ".join(_ROLE_INITIALS.get(w, w) for w in words).split()
            source = " ".join(words)
        if words[0].isupper() and len(words[0]) > 2 and words[0].lower() in _COMMON_OPENERS:
            # "THE father of ...", "COUNCILLORS have ...": a lead set in capitals
            words[0] = words[0].lower()
            source = " ".join(words)
        numbered = [i for i, w in enumerate(words) if w.lower() == "resolution"]
        if numbered and all(_NUMBER.match(w) for w in words[numbered[0] + 1 :]):
            # "Resolution sixteen-eighteen", "U.N. Resolution 1595": the resolution's number.
            words = [*words[: numbered[0]], "resolution"]
        if len(words) == 1 and words[0].lower().strip(",.") in PRONOUNS:
            return self._antecedent(words[0].lower().strip(",."), position, previous)
        if _OFFICE_PHRASES.search(source):
            source = _OFFICE_PHRASES.sub(lambda m: f"head-of-{m.group(1).lower()}", source)
            words = source.split()
        phrase = list(words)
        while phrase and phrase[0].lower() in {"the", "a", "an", "both"}:
            phrase.pop(0)
        if len(phrase) > 2 and phrase[0].lower() in _ABOUT and _NUMBER.match(phrase[1]):
            phrase = phrase[2:]  # "About 2,000 unionized workers" are no "About"
        if phrase and phrase[0].lower() in _QUANTIFIERS and len(phrase) > 1:
            phrase = phrase[1:]  # "Many Tamils", "Fourteen Nobel prizewinners", "Some supporters of"
        phrase = _without_setting(_without_base(phrase))
        if len(phrase) > 2 and [w.lower() for w in phrase[-2:]] == ["web", "site"]:
            phrase = phrase[:-2]  # "the Sudan Tribune Web site" is the Sudan Tribune's
        elif len(phrase) > 1 and phrase[-1].lower() == "website":
            phrase = phrase[:-1]
        if not phrase or (len(phrase) > 2 and phrase[0].lower() in _FOLLOWERS and phrase[1] == "of"):
            return None  # "supporters of the ruling party" do not speak for it
        if len(phrase) > 1 and phrase[-1].lower() in _BODY_VOICES and phrase[-2].lower() in _BODY_KINDS:
            # "The council members", "union leaders", "London city council members": unnamed
            # voices of a body are the body (ANNOTATION: officials get their affiliation).
            body = " ".join(phrase[:-1])
            # "Union leaders" opening a sentence: a kind alone is a description, not a name
            alone = len(phrase) == 2 or body[:1].islower()
            return self.resolve(f"the {body.lower()}" if alone else body, position, previous)
        joined = " ".join(phrase)
        one = _ONE_OF_A_NATION.fullmatch(source.strip())
        if one and (c := country(one.group(1))) and c != one.group(1) and one.group(1).lower() not in CAPITAL_OF:
            return self._antecedent("he", position, previous, any_gender=True)
        if (c := country(joined)) is not None:
            # "Colombo said" after "Commissioner Jimmy Colombo": a surname, not the capital
            surnamed = (
                n
                for n in self._names
                if len(phrase) == 1 and n.endswith(f" {joined}") and self._person(Mention(0, 0, n))
            )
            return next(surnamed, c)
        if joined in ("North", "South"):
            # "The North said" in news of the Koreas (or the Sudans) is the country.
            named = [c for c in (f"{joined} Korea", f"{joined} Sudan") if c in self.text]
            if len(named) == 1:
                return named[0]
        if joined.lower() in ALIASES:
            return ALIASES[joined.lower()]
        if self.is_acronym(joined):
            return self.expand_acronym(joined)
        if acronym and acronym.group(1) in self.acronyms and " and " not in joined:
            return self.acronyms[acronym.group(1)]
        ruled = _GOVERNMENT_OF.match(joined)
        if ruled:
            # "the government of President Mwai Kibaki", "the U.S. Government": the country.
            ruler = ruled.group(1) or ruled.group(2)
            if (c := country(ruler.removesuffix("'s").removesuffix("’s"))) is not None:
                return c
            led = self.resolve(ruler, position + joined.find(ruler), previous)
            if led and (c := self._led_country(led, "government")):
                return c
        role_of = _ROLE_OF.match(joined)
        if role_of:
            # "The U.S. ambassador to Kenya": the role is the head, the rest describes it.
            before, role, posted, rest = role_of.groups()
            described = before.split() + [w for w in rest.split() if w.lower() not in _DETERMINERS] + [role]
            holder = self._role_holder(described, position, named_person_ok=True)
            if holder:
                return holder
            if posted in ("to", "in") and (body := self._body_of(before.split())):
                return body  # unnamed, "the U.S. ambassador to Kenya" speaks for the United States
        holder = (
            self._role_holder(phrase, position)
            or self._named_next(phrase, position)
            or self._leads.get(_role_key(phrase))
        )
        if holder:
            return holder
        if _EPITHET.fullmatch(" ".join(words)):
            # "the New York Democrat said", "the 58-year-old says": news style names the
            # person just spoken of by party, state or age, as it would say "he".
            return self._antecedent("he", position, previous, any_gender=True)
        role = self.roles.get(joined.lower()) or (self.roles.get(phrase[-1].lower()) if len(phrase) <= 2 else None)
        if role and (joined[:1].islower() or (len(phrase) <= 2 and is_title(phrase[0]))):
            return self.canonical(role)
        if _ONE_NAME.match(joined) and " and the " not in joined:
            # "Organization for Security and Cooperation in Europe", "Coalition for Unity
            # and Democracy": after "X for/of Y", an "and" without "the" continues one name.
            return self.canonical(joined.rstrip(",. "))
        if " and " in f" {' '.join(phrase)} ":
            joint = self._joint(" ".join(phrase), position, previous)
            if joint:
                return joint
        head = phrase[-1].strip(",.")
        if head.lower() in DOCUMENTS:
            # "a report released Tuesday by Human Rights Watch": the issuer follows.
            after = self.text[position + len(source) : position + len(source) + 80]
            issuer = re.match(
                rf"\s+{_WORDS_TO_ISSUER}(?:by|from)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and))*)",
                after,
            )
            if issuer:
                words = issuer.group(1).split()
                while words and words[-1] in CONNECTORS:
                    words.pop()
                name = " ".join(words)
                return country(name) or ALIASES.get(name.lower()) or self.canonical(name)
        # "the Government" capitalised, as British papers write it, is still a description.
        lower = (head[:1].islower() and not ARABIC_ARTICLE.match(head)) or (
            len(phrase) == 1 and head.lower() in STATE_HEADS
        )
        alone = len(words) == 1 and len(phrase) == 1
        if lower or (len(phrase) == 1 and (head.lower() in GENERIC or (alone and self._common_plural(head)))):
            # Also "Critics say", "Rebels said": a capital only because a sentence starts.
            return self._common_noun(phrase, head.lower(), position, previous)
        names = name_mentions(source)
        if not names:
            # "May told MPs": a surname alone that is also a common word, where the
            # article gives the whole name ("Theresa May").
            full = self.canonical(head) if len(phrase) == 1 else head
            return full if full != head and self._person(Mention(0, 0, full)) else None
        name = names[-1].name
        if self.is_acronym(name) and len(names) == 1:
            return self.expand_acronym(name)  # "the opposition CUF" is the Civic United Front
        if len(names) > 1 and names[0].is_person and _BELONGS.match(source, names[0].end):
            name = names[0].name  # "Assistant Director Kenneth W. Kaiser of the FBI's ... Division"
        if (c := country(name)) is not None:
            return c
        full = self.canonical(name)
        if full.split()[-1].lower() in _OFFICES and not any(is_org_word(w) for w in full.split()):
            # "The First Minister", "the Housing Minister" that the article never puts
            # before a name: an office, not a speaker's name (and no antecedent for "he").
            return None
        return _masthead(full)

    def _titled_person(self, source: str, mention: Mention) -> bool:
        """Whether ``mention`` is a person's name: two words or more that read as one, or
        a surname after an honorific ("Mr Carthy")."""
        if mention.is_person:
            return True
        before = source[: mention.start].split()
        return bool(before) and before[-1].lower().strip(".") in _HONORIFICS and " " not in mention.name

    def _relative_of(self, kin: str, position: int) -> str | None:
        """A person with the same surname as ``kin`` but another first name, named in the
        article ("Jamie Dack" ... "Eddie Dack"); None when it names none."""
        names = name_mentions(kin)
        if not names or not names[-1].is_person:
            return None
        words = names[-1].name.split()
        relatives = [
            m
            for m in self.mentions
            if m.is_person and m.name.split()[-1] == words[-1] and m.name.split()[0] != words[0]
        ]
        return self.canonical(relatives[0].name) if relatives else None

    def _body_of(self, modifiers: list[str]) -> str | None:
        """The institution or country in front of a role: "Interior Ministry", "NATO",
        "Ivorian government" (-> Ivory Coast), "UN"."""
        words = [re.sub(r"[’']s$", "", w.strip(",.")) for w in modifiers if w.lower() not in _DETERMINERS]
        capitals = [w for w in words if w[:1].isupper() and not is_title(w)]
        if words and capitals == words[:1] and words[0].lower() in STATE_HEADS:
            capitals = []  # "Government officials": a capital only because the sentence starts
        lowered = {w.lower() for w in words}
        for w in words:
            if w[:1].isupper() and w.lower() in ALIASES:  # "U-N" is also a title word
                return ALIASES[w.lower()]
        nation = next((c for w in capitals if (c := country(w)) is not None), None)
        if nation and len(capitals) > 2 and capitals[-1].lower() in ORG_HEADS and country(capitals[-1]) is None:
            nation = None  # "Australian Rugby Union officials" speak for the union
        if "opposition" in lowered:
            nation = None  # "Zimbabwe's main opposition leader" does not speak for Zimbabwe
        if capitals and capitals[-1].lower() in ORG_HEADS | STATE_HEADS and not nation:
            # "Interior Ministry"; a title word inside a name the article writes stays
            # ("The Move Forward Party statement")
            named = " ".join(w for w in words if w[:1].isupper())
            return self.canonical(named if named in self._names else " ".join(capitals))
        if nation and (
            lowered & (STATE_HEADS | {"army", "military", "foreign", "defense", "defence"}) or len(words) == 1
        ):
            return nation
        if nation and len(capitals) == 1:
            return nation  # "senior U.S. intelligence officials": the affiliation (ANNOTATION.md)
        if len(capitals) == 1 and capitals[0].isupper() and len(capitals[0]) >= 2:
            return self.expand_acronym(capitals[0])  # "NATO", "MDC"
        if (
            len(capitals) == 1
            and capitals[0] in self._names
            and not self._person(Mention(0, 0, capitals[0]))
            and not capitals[0].endswith(PEOPLE_SUFFIXES)
            and capitals[0].lower() not in NOT_PERSON  # "City officials": a capital that opens a sentence
        ):
            # "Pentagon officials"; but "Palestinian" or "European officials", a people, not a country or
            # a body, are anonymous.
            return self.canonical(capitals[0])
        if (
            len(capitals) == 1
            and capitals[0].lower() not in NOT_PERSON  # "District officials": a capital only because a sentence starts
            and (full := self.canonical(capitals[0])) != capitals[0]
            and not self._person(Mention(0, 0, full))
        ):
            return full  # "A Samworth spokeswoman" after "Samworth Brothers"
        if "government" in lowered and not capitals:
            return self.main_country
        return None

    def _role_holder(self, phrase: list[str], position: int, named_person_ok: bool = False) -> str | None:
        """The person the article names in the role ``phrase`` describes, if it names one.

        Candidates are "<role> <Name>" anywhere in the text; the one whose preceding
        words share most with the description's modifiers wins, then the nearest
        before ``position``, then the nearest after.
        """
        head = phrase[-1].strip(",.").lower()
        if head not in ROLE_HEADS or (
            not named_person_ok and any(m.is_person for m in name_mentions(" ".join(phrase)))
        ):
            return None
        modifiers = [re.sub(r"[’']s$", "", w.strip(",.")) for w in phrase[:-1] if w.lower() not in _DETERMINERS]
        wanted = {w.lower() for w in modifiers if w}
        # A named body or nation in the description ("a NATO spokesman") must match.
        named = any(w[:1].isupper() for w in modifiers)
        heads = "|".join(re.escape(h) for h in _ROLE_SYNONYMS.get(head, (head,)))
        # "the Prime Minister" after "Belgian PM Bart De Wever": an office by its initials
        described = " ".join(w.lower() for w in phrase)
        initials = {i: o.lower().split() for i, o in _ROLE_INITIALS.items() if described.endswith(o.lower())}
        # No weekday: "Minister for Information Shibli Faraz Thursday termed"
        cap = rf"(?!{_WEEKDAY})[A-Z]"
        # What the office is of: "Minister for Information", "Leader of the Opposition (LoP)"
        of = (
            rf"(?:\s+(?:for|of|to)\s+(?:the\s+)?(?:{cap}[\w'’-]*(?:\s+{cap}[\w'’-]*)*|[a-z]+(?:\s+[a-z]+)?)"
            r"(?:\s+\([A-Za-z]{2,6}\))?\s*,?)?"
        )
        titles = "|".join([f"(?i:{heads})", *initials])
        # "Foreign Minister Kamal Kharrazi", "a spokesman for the FNL, Pasteur Hakimana"
        pattern = (
            rf"\b(?P<title>{titles}){of}\s*,?\s+(?P<held>(?:{cap}[\w'’.-]*\s+){{0,3}}(?:{cap}|(?:al|el)-)[\w'’-]+)"
        )
        best: tuple[int, int, int] | None = None
        found = None
        for m in re.finditer(pattern, self.text):
            # "Opposition leader Nelson Chamisa's party": the name ends at its possessive.
            held = _NAME_ENDS.split(re.split(r"['’]s\b", m.group("held"))[0])[0]
            name = clean_name(" ".join(person_tail(strip_titles(held.split()))))
            # a monarch goes by one name ("King Gyanendra")
            royal = m.group("title").lower() in _MONARCHS and len(name.split()) == 1
            if not name or not (royal or self._person(Mention(0, 0, name))):
                continue
            # "the information minister" is also "the minister of information, Name".
            before = re.findall(r"[\w'’-]+", self.text[max(0, m.start() - 60) : m.start()].lower())[-4:]
            before += re.findall(r"[\w'’-]+", self.text[m.start() : m.start("held")].lower())
            before += initials.get(m.group("title"), [])
            overlap = len(wanted & {re.sub(r"[’']s$", "", w) for w in before})
            if wanted and not overlap and (named or len(wanted) > 1):
                continue
            # the holder heard last: "Foreign Minister Nasser Bourita ... the Algerian Foreign
            # Minister, Sabri Boukadoum ... declared Nasser Bourita. The minister said"
            start = m.start()
            if start < position and (last := self._last_mention_before(name.split()[-1], position)) is not None:
                start = max(start, last)
            distance = position - start if start < position else 10**6 + start - position
            # "the president" is "President Moon Jae-in" before "leader Kim Jong-un", a synonym;
            # but "leader" is news's word for any head of a government or party ("the
            # opposition leader" may be "Prime Minister Nawaz Sharif")
            exact = int(
                head != "leader"
                and m.group("title").lower() == head
                and not _DEPUTY_BEFORE.search(self.text, max(0, m.start() - 8), m.start())
            )
            key = (overlap, exact, -int(distance >= 10**6), -distance)
            if best is None or key > best:
                best, found = key, name
        return self.canonical(found) if found else None

    def _last_mention_before(self, word: str, position: int) -> int | None:
        """Where ``word`` stands as a word last in the text before ``position`` (as a
        scan of the text up to ``position`` finds it). The matches over the whole text are
        found once per word: scanning up to each role for each holder made a long text
        quadratic (74 of 175 s on a 364,023-character one)."""
        if word not in self._word_matches:
            pattern = re.compile(rf"\b{re.escape(word)}\b")
            found = list(pattern.finditer(self.text))
            self._word_matches[word] = (pattern, [m.start() for m in found], [m.end() for m in found])
        pattern, starts, ends = self._word_matches[word]
        # The matches ending before ``position`` are the same in the cut text; one more may
        # end right at it, where the cut text ends and the whole one runs on ("Smithson").
        i = bisect.bisect_left(ends, position)
        resume = ends[i - 1] if i else 0
        at_end = pattern.match(self.text, position - len(word), position) if position - len(word) >= resume else None
        if at_end is not None:
            return at_end.start()
        return starts[i - 1] if i else None

    def _joint(self, phrase: str, position: int, previous: Sequence[tuple[int, str | None]]) -> str | None:
        # An "and" without "the" inside one name ("Organization for Security and
        # Cooperation", "Food and Agriculture Organization", "Assistant Secretary for South
        # and Central Asian Affairs") joins no parties, unless a name ends before it ("the
        # European Union and African Union").
        inside = [(m.start, m.end) for m in name_mentions(phrase) if " and " in m.name]
        pieces, last = [], 0
        for m in re.finditer(r",| and ", phrase):
            ends_name = phrase[: m.start()].rsplit(" ", 1)[-1].lower() in ORG_HEADS  # "European Union and"
            after_the = phrase.startswith("the ", m.end())
            one_name = (
                (any(lo < m.start() < hi for lo, hi in inside) or _OF_NAME.search(phrase, 0, m.start()))
                and not ends_name
                and not after_the
            ) or _in_a_country_name(phrase, m.start(), m.end())
            if m.group(0) == "," or not one_name:
                pieces.append(phrase[last : m.start()])
                last = m.end()
        pieces.append(phrase[last:])
        parts = [_THEIR_ROLE.sub("", re.sub(r"^(?:the|a|an)\s+", "", p.strip(" ,")), count=1) for p in pieces]
        # "the United States and its allies", "Kofi Annan and others": the named party leads.
        parts = [p for p in parts if p and not _HANGERS_ON.fullmatch(p)]
        if len(parts) == 1 and parts[0][:1].isupper() and parts[0] != phrase:
            return self.resolve(parts[0], position, previous)
        if len(parts) < 2 or any(not p[:1].isupper() for p in parts):
            return None
        names = [self.resolve(p, position, previous) for p in parts]
        if any(n is None for n in names):
            return None
        names = list(dict.fromkeys(names))  # "Deputy Prime Minister and Foreign Minister X" is X
        return joint_name(names)  # type: ignore[arg-type]

    def _described(self, phrase: list[str], head: str, position: int) -> str | None:
        """The body the article describes with this noun: "the rebels" after "the
        National Liberation Forces, a rebel group"; "the opposition" after "the
        opposition Coalition for Unity and Democracy". The best candidate shares most
        of the description's words, then is named nearest before ``position``."""
        stem = DESCRIBED[head]
        wanted = {w.lower().strip(",.") for w in phrase[:-1]} - _DETERMINERS
        best: tuple[int, int, int] | None = None
        found: Mention | None = None
        for m in self.mentions:
            words = m.name.split()
            body = (m.name.isupper() and len(m.name) >= 2) or any(w.lower() in ORG_HEADS for w in words)
            if self._person(m) or self._person(Mention(0, 0, " ".join(words[:2]))):
                continue
            loose = not body  # "the insurgent group al-Shabab": a one-word name described as a group
            if loose and (len(words) > 1 or head != "group"):
                continue
            if country(m.name) is not None:
                continue
            # "the rebel National Liberation Forces", "the opposition MDC", or an
            # apposition: "the Army of Islam, a militant group".
            # Within the name's clause: "a media watchdog, urging the European Union"
            # does not describe the Union.
            window = re.split(r"[.;:]", self.text[max(0, m.start - 40) : m.start])[-1]
            described, _, since = window.rpartition(",")
            if described and not set(re.findall(r"\w+", since.lower())) <= _NAMING:
                window = since  # but "The rebels, called New Forces" does
            before = re.findall(r"[\w'’-]+", window.lower())
            named_as = len(before)
            while before and before[-1] in _NAMING:
                before.pop()  # "the rebels, now known as the New Forces"
            before = before[-3:] if len(before) == named_as else before[-2:]
            after = self.text[m.end : m.end + 40]
            appositive = re.findall(r"[\w'’-]+", after.lower())[:4] if after[:2].strip()[:1] in {",", "("} else []
            around = before + appositive
            if not any(w.startswith(stem) for w in around):
                continue
            described = (bool(before) and before[-1].startswith(stem)) or any(w.startswith(stem) for w in appositive)
            if loose and not described:
                continue  # right before the name or in its apposition, not "the group said on Twitter"
            distance = position - m.start if m.start < position else 10**6 + m.start - position
            key = (len(wanted & set(around)), -int(distance >= 10**6), -distance)
            if best is None or key > best:
                best, found = key, m
        if found is None:
            return None
        # "two rebel groups known as UFDD and SCUD": both are meant.
        other = next((n for n in self.mentions if n.start > found.end), None)
        if other and re.fullmatch(r"\s+and\s+(?:the\s+)?", self.text[found.end : other.start]):
            words = other.name.split()
            if (other.name.isupper() and len(other.name) >= 2) or any(w.lower() in ORG_HEADS for w in words):
                return joint_name([self.canonical(found.name), self.canonical(other.name)])
        return self.canonical(" ".join(_without_owner(found.name.split())))  # not "Uganda's Lord's Resistance Army"

    def _common_noun(
        self, phrase: list[str], head: str, position: int, previous: Sequence[tuple[int, str | None]]
    ) -> str | None:
        """'The Vietnamese government' is Vietnam; 'the army' an earlier army; 'analysts' nobody."""
        if head in _KIN:
            return None  # "Keith Lamont Scott's wife" is not Keith Lamont Scott
        if head in _ARMED or head in _ARMED_VOICES:
            force = _armed_force(phrase)
            if force:
                return force
        if head in _ARMED and len(phrase) == 1:
            # "The army" after "the Sri Lankan army ..." is that army.
            for m in reversed(list(_NAMED_FORCE.finditer(self.text, 0, position))):
                nation = country(m.group(1))
                if nation == "United States":
                    return nation
                if nation and (force := _armed_force(m.group(0).split())):
                    return force
                if nation:
                    break
        modifiers = [w for w in phrase[:-1] if w[:1].isupper()]
        owner = _owner(phrase)
        leader = owner or (modifiers[-1] if modifiers else None)
        if (
            head in STATE_HEADS
            and leader
            and country(leader) is None
            and (c := self._led_country(self.canonical(leader), head))
        ):
            # "President Sirleaf's government", "the Kibaki government", "the Obama
            # administration": the country its leader leads (the gold's 3 of 4).
            return c
        if owner and head in _VOICES:
            # "the State Department's latest report", "Amnesty's spokesman": an unnamed
            # voice of a named body speaks for it.
            return country(owner) or self.canonical(owner)
        if head in _SENT_BY and len(phrase) == 2 and self.is_acronym(phrase[0]):
            # "O-S-C-E observers", "AU monitors": people a named body sent speak for it;
            # "International observers" are nobody's.
            return self.resolve(phrase[0], position, previous)
        if (head in ROLE_HEADS and head not in _OWN_VOICE) or head in DOCUMENTS or head == "officials":
            body = self._body_of(phrase[:-1])
            if body and head in ROLE_HEADS and (member := self._member_just_heard(phrase, position, previous)):
                return member  # '"...," Stoltenberg said. The NATO chief said ...'
            if body:
                return body  # "a NATO spokesman", "the Amnesty report": the body speaks
            kind = next((k for w in phrase[:-1] if (k := re.sub(r"['’]s$", "", w.lower())) in _BODY_KINDS), None)
            if kind and head in ROLE_HEADS | _VOICES:
                # "a company spokesman", "The company's attorney", "a union spokesperson":
                # the body of that kind the article is about.
                if kind in _COMPANIES:
                    named = self._body_just_named(position)
                    if named and country(named) is None:
                        return named
                    return self._common_noun([kind], kind, position, previous)
                return self._body_named_as(_KINDS_OF_BODY.get(kind, _PARTY_NAMES), position, previous)
        if head in _SPOKESPEOPLE and len(phrase) == 1:
            # "Khatibzadeh termed the statement delirium. Saudi effort ... has turned Riyadh
            # to ..., the spokesman said": the spokesman is who was just heard, not a body
            # named in what he says.
            heard = [s for s in self._heard_lately(position, previous) if s]
            if heard and _DEFINITE.match(self.text, position):
                return heard[-1]
            if body := self._body_just_named(position):
                return body  # 'The Met Office has issued a warning. "...," a spokesperson said.'
        if head in _STAND_INS and len(phrase) == 1 and _DEFINITE.match(self.text, position):
            # '"...," Dipowe said. ... "...," the official said': a definite official the
            # article never names in that role is the person just heard, unless who was
            # just heard is anonymous ("a senior official said ... the official added").
            if self._heard_lately(position, previous):
                return self._person_heard_last(position, previous)
            return self._antecedent("he", position, previous, any_gender=True)
        if head in _LAWSUIT_WORDS and _DEFINITE.match(self.text, position) and (filer := self._filer(position)):
            return filer  # "Gary Stevenson filed the lawsuit ... the lawsuit says"
        if head in _PAPERS and not modifiers and (issuer := self._issuer(head, phrase, position)):
            return issuer  # "The study" after "the Swisspeace Institute released a study"
        if (
            head in _PAPERS
            and _DEFINITE.match(self.text, position)
            and (author := self._quoted_in(head, position, previous))
        ):
            return author  # '"...," said the ministry in a statement. ... the statement said'
        if head in {"resolution", "statement"} and "Security Council" in self.text:
            return "United Nations Security Council"
        if head == "statement" and not modifiers and _DEFINITE.match(self.text, position):
            # "the statement added" with no issuer named: news quotes one statement at a
            # time, the one whose author it quoted last.
            heard = [s for at, s in previous if at < position]
            if heard and heard[-1]:
                return heard[-1]
        pairs = [" ".join(modifiers[i : i + 2]) for i in range(len(modifiers) - 1)]
        nation = next((c for w in pairs + modifiers if (c := country(w)) is not None), None)
        if head in STATE_HEADS or head in _AFFILIATED:
            if nation:
                return nation  # "the Sri Lankan government", "U.S. officials"
            if head == "administration" and not modifiers:
                return "United States"  # "the administration" in US news is Washington's
            if head in STATE_HEADS and not modifiers and head != "authorities":
                # "The government" is the article's main country; bare "authorities"
                # are anonymous (the gold's 7 of 7).
                return self.main_country
        if head == "media" and nation and "state" in (w.lower() for w in phrase):
            return " ".join(phrase)  # "Chinese state media", as written
        if head in _NAMED_PARTY and len(phrase) > 1 and phrase[-2][:1].isupper():
            # "Nelson Chamisa's Citizens Coalition for Change party", "the ruling ZANU-PF
            # party": the name before the word "party".
            joined = " ".join(phrase[:-1])
            named = name_mentions(joined)
            last = named[-1] if named else None
            # (not "Popular Will" taken for a person's name: the article calls it a party)
            if (
                last
                and last.end == len(joined.rstrip(",."))
                and country(last.name) is None
                and (not last.is_person or last.name in self._bodies)
            ):
                return self.expand_acronym(last.name) if self.is_acronym(last.name) else self.canonical(last.name)
        if head == "police" and modifiers and len(phrase) <= 3 and country(modifiers[-1]) != modifiers[-1]:
            # "Ugandan police", "Karachi police": a force named by its people or city, as
            # written (the gold's 3 of 3), like "the Ivorian army".
            return " ".join(w for w in phrase if w.lower() != "the")
        if head in GENERIC:
            # "the army" after "the Ivorian army" said something is that army; other
            # unnamed collectives ("Western journalists", "rebels") are nobody.
            for _, speaker in reversed(previous):
                if speaker and speaker.split()[-1].lower() == head:
                    return speaker
            if head in DESCRIBED and not modifiers and (body := self._described(phrase, head, position)):
                return body
            if head in {"group", "movement"} and len(phrase) == 1 and _DEFINITE.match(self.text, position):
                # "Hizbullah ... it said in a statement. The group also denied ...": the
                # body last heard, where the article never calls it "a group".
                return self._body_last_heard(head, position, previous)
            if head == "party" and all(
                w.lower() in _OPPOSITION_WORDS or (w.endswith(("'s", "’s")) and country(w[:-2])) for w in phrase[:-1]
            ):
                # "the party" after "The DA said": the party last heard or named; so is
                # "Nigeria's main opposition party" where the article names it.
                named = self._body_named_as(_PARTY_NAMES, position, previous, ahead={"party"})
                if named is None and _DEFINITE.match(self.text, position):
                    # "SYRIZA accused ... The main opposition party also claimed": a party
                    # whose name does not say it is one, the body last heard.
                    return self._body_last_heard(head, position, previous)
                return named
            return None
        run = [w for w in phrase[:-1] if w[:1].isupper() and not is_title(w) and w.lower() not in _QUANTIFIERS]
        described = [
            w.strip(",.") for w in phrase[:-1] if w.lower() not in _DETERMINERS and not re.search(r"[’']s$", w)
        ]
        named = [w for w in run if not (w.endswith(("'s", "’s")) and country(w[:-2]) is not None)]
        if named and named != run and head in ORG_HEADS | _OUTLETS and country(" ".join(named)) is None:
            return self.canonical(" ".join(named))  # "China's official Xinhua news agency" is Xinhua
        if len(run) >= 2 and country(" ".join(run)) is None:
            # "the Miami Herald newspaper" -> Miami Herald; a name that runs over titles and
            # connectors stays whole: "A United Nations High Commission on Refugees team";
            # capitals strewn over a phrase make no name.
            whole = next(
                (m.name for m in name_mentions(" ".join(phrase[:-1])) if set(run) <= set(m.name.split())), None
            )
            if whole or " ".join(run) in " ".join(phrase):
                return whole or clean_name(" ".join(run))
        if head in _INSTITUTIONS and run and not named and (body := self._named_institution(head, described)):
            return body  # "Togo's electoral commission" that the article also names
        if len(phrase) <= 3 and run and head.lower() in ORG_HEADS | _ARMED | _OUTLETS:
            # "Ivorian army", "Iraqi state television", as written; "Palestinian
            # negotiators" or "Aid agencies" are people, not a named body.
            return " ".join(phrase)
        if not _INDEFINITE.match(self.text, position):  # "A civilian court" is another court
            for _, speaker in reversed(previous):
                if speaker and speaker.split()[-1].lower() == head.lower():
                    return speaker
        if (
            head in _INSTITUTIONS
            and described
            and not run
            and all(w[:1].islower() and w.lower() not in CONNECTORS for w in described)
        ):
            # An institution the article describes but never names is called as written
            # ("the electoral commission" is "electoral commission"; ANNOTATION.md).
            return self._named_institution(head, described) or " ".join([*described, head])
        if head in DESCRIBED and not modifiers:
            return self._described(phrase, head, position)
        if head in {"newspaper", "paper", "daily"} and len(phrase) == 1:
            # "the newspaper" after "The New York Times reported ...": the paper named last.
            papers = [m for m in self.mentions if m.end <= position and m.name.split()[-1] in _MASTHEADS]
            if papers:
                # Not "Britain's Sunday Times" or "UK Sunday Times": the paper's own name.
                words = _without_owner(papers[-1].name.split())
                while len(words) > 2 and country(words[0]) is not None:
                    words = words[1:]
                return _masthead(self.canonical(" ".join(words)))
        if head in _KINDS_NAMED_ALONE and len(phrase) == 1:
            # "the board" is a body named as a board: "the IAEA Board of Governors"; "the
            # ministry" the PA Foreign Ministry.
            body = self._body_named_as(_KINDS_NAMED_ALONE[head], position, previous)
            if body is None and head == "union" and _DEFINITE.match(self.text, position):
                # "a consultation carried out by Unison. The union warned ...": unions are
                # often named without the word (Unison, GMB, Sintab, the RCN).
                body = (
                    self._body_named_as(_KINDS_NAMED_ALONE[head], len(self.text), [])
                    or self._body_last_heard(head, position, previous)
                    or self._body_named_around(position)
                )
            return body
        if head == "union" and all(w[:1].islower() for w in phrase[:-1]) and _DEFINITE.match(self.text, position):
            # "The teachers union" that the next sentence names ("The Sacramento City
            # Teachers Association spent three weeks ...")
            return self._common_noun([head], head, position, previous)
        if head in _BODY_NOUNS and len(phrase) == 1:
            # "The organization said ..." after Human Rights Watch spoke: the body last heard;
            # with none heard, the one named so ("Irish Nurses and Midwives Organisation").
            heard = self._body_last_heard(head, position, previous)
            if heard is None and head in _ORGANISATION:
                return self._body_named_as(_ORGANISATION, position, [])
            return heard
        return None

    def _person_heard_last(self, position: int, previous: Sequence[tuple[int, str | None]]) -> str | None:
        """The last speaker since the sentence before ``position``, if that is a person."""
        heard = self._heard_lately(position, previous)
        return heard[-1] if heard and heard[-1] and self._person(Mention(0, 0, heard[-1])) else None

    def _heard_lately(self, position: int, previous: Sequence[tuple[int, str | None]]) -> list[str | None]:
        """The speakers (None for an anonymous one) of quotes since the sentence before ``position``."""
        since = self._sentence_start(position, back=1)
        return [s for start, s in previous if start >= since]

    def _body_last_heard(self, head: str, position: int, previous: Sequence[tuple[int, str | None]]) -> str | None:
        """The speaker heard last before ``position`` that is a body, not a person or a country."""
        for at, speaker in reversed(previous):
            words = {w.lower() for w in (speaker or "").split()}
            if not speaker or at > position or country(speaker) is not None:
                continue
            if head in _COMPANIES and words & (ORG_HEADS - _COMPANIES - {"bank", "group"}):
                continue  # "the company" after Apple spoke is Apple, not the Commission before it
            if words & ORG_HEADS or not Mention(0, 0, speaker).is_person:
                return speaker
        return None

    def _body_named_as(
        self,
        kinds: set[str],
        position: int,
        previous: Sequence[tuple[int, str | None]],
        ahead: set[str] | None = None,
    ) -> str | None:
        """The body whose name (or the name its acronym stands for) holds one of ``kinds``:
        one named earlier in the same sentence ('"The DA will not stand for it," the party
        said'), else the last heard, else the last named before ``position``. In an
        article's first sentence, with nobody heard yet, the first named after whose name
        holds one of ``ahead``."""

        def named(mentions: Sequence[Mention], wanted: set[str]) -> str | None:
            for m in mentions:
                if self._person(m):
                    continue
                name = self._body_name_of(m.name)
                name = " ".join(_without_owner(name.split()))  # "Buhari's All Nigeria Peoples Party"
                if name.lower() in wanted:
                    continue  # "Union officials also say": the kind's word opening a sentence, no name
                if country(name) is None and (
                    {w.lower() for w in name.split()} & wanted
                    or any(m.name in self._called.get(kind, ()) for kind in wanted & _CALLED_KINDS)
                ):
                    return name
            return None

        before = [m for m in reversed(self.mentions) if m.end <= position]
        if in_sentence := named([m for m in before if m.start >= self._sentence_start(position)], kinds):
            return in_sentence
        for _, speaker in reversed(previous):
            if speaker and country(speaker) is None and {w.lower() for w in speaker.split()} & kinds:
                return speaker
        if ahead and self._sentence_start(position) == 0 and not previous:
            # "Nigeria's main opposition party has rejected ..." opening an article: the
            # party the next paragraphs name ("Buhari's All Nigeria Peoples Party").
            return named([m for m in self.mentions if m.start > position], ahead) or named(before, kinds)
        return named(before, kinds)

    def _member_just_heard(
        self, phrase: list[str], position: int, previous: Sequence[tuple[int, str | None]]
    ) -> str | None:
        """For a definite role of a named body ("The NATO chief", "The BNP leader"): the
        person who spoke last, when the article named them with that body ("NATO
        Secretary General Jens Stoltenberg")."""
        if not previous or not previous[-1][1] or not _DEFINITE.match(self.text, position):
            return None
        person = previous[-1][1]
        if not self._person(Mention(0, 0, person)):
            return None
        bodies = {re.sub(r"[’']s$", "", w) for w in phrase[:-1] if w[:1].isupper() and not is_title(w)}
        for body in list(bodies):
            if self.is_acronym(body):
                # "the PPP leader" after "Pakistan People's Party chief Bilawal Bhutto Zardari"
                spelled = self.expand_acronym(body).split()
                bodies |= {re.sub(r"[’']s$", "", w) for w in spelled if w[:1].isupper()}
        surname = person.split()[-1]
        for m in self.mentions:
            if m.start < position and m.name.split()[-1] == surname:
                # The body opens the mention's own noun phrase: "NATO Secretary General ...",
                # "Pakistan People's Party chief ..."
                titled: list[str] = []
                for w in reversed(self.text[max(0, m.start - 80) : m.start].split()):
                    if not (w[:1].isupper() or is_title(w)) or w[-1:] in ",.;:":
                        break
                    titled.append(re.sub(r"[’']s$", "", w))
                if set(titled) & bodies:
                    return person
        return None

    def _body_just_named(self, position: int) -> str | None:
        """The body or country named last in this sentence or the one before, outside
        quotations: whom an unnamed spokesperson speaks for."""
        since = self._sentence_start(position, back=1)
        for m in reversed(self.mentions):
            if m.end > position or m.start < since or self._quoted(m.start) or self._person(m):
                continue
            name = country(m.name) or ALIASES.get(m.name.lower()) or self.canonical(m.name)
            if (
                country(name) is not None
                or any(w.lower() in ORG_HEADS for w in name.split())
                or self.is_acronym(m.name)
            ):
                return self.expand_acronym(name) if self.is_acronym(name) else name
        return None

    def _body_name_of(self, name: str) -> str:
        """The name a body mention stands for: what its acronym spells out, else its longest form."""
        return self.expand_acronym(name) if self.is_acronym(name) else self.canonical(name)

    def _body_named_around(self, position: int) -> str | None:
        """A body named outside quotations in the sentence of ``position`` or the one
        before (the last one), else in the next two sentences (the first one, after this
        sentence, whose words are the quote's): for a body called by a kind its name does
        not hold. Not a person, a country, or a body of another kind (a council, a company)."""

        def fits(m: Mention) -> bool:
            if self._quoted(m.start) or self._person(m) or country(m.name) is not None:
                return False
            if re.search(r"\d", m.name) or re.search(
                rf"\b(?:in|at|from|across|near)\s+{re.escape(m.name)}\b", self.text
            ):
                return False  # "COP26", "in Glasgow": an event or a place
            if " " not in m.name and not self.is_acronym(m.name):
                # "What's happening?", "Workers in Glasgow walked out": a word capitalised only
                # where a sentence opens, or also written in lower case, is no name.
                word = re.escape(m.name)
                if m.name.lower() in _QUESTION_WORDS or re.search(rf"\b{word.lower()}\b", self.text):
                    return False
                if not re.search(rf"[a-z,]\s+{word}\b", self.text):
                    return False
            words = {w.lower().removesuffix("'s").removesuffix("’s") for w in m.name.split()}
            return not words & _OTHER_KINDS

        def opens_sentence(m: Mention) -> bool:
            # "GMB has this afternoon told ...", "The Royal College of Nursing (RCN) said":
            # a body named ahead must be the subject, not "a California superior court judge".
            return self.text[self._sentence_start(m.start) : m.start].strip() in ("", "The", "the")

        since = self._sentence_start(position, back=1)
        for m in reversed(self.mentions):
            if since <= m.start and m.end <= position and fits(m):
                return self._body_name_of(m.name)
        starts = self._starts()
        i = bisect.bisect_right(starts, position)
        if i >= len(starts):
            return None
        until = starts[i + 2] if i + 2 < len(starts) else len(self.text)
        for m in self.mentions:
            if starts[i] <= m.start < until and fits(m) and opens_sentence(m):
                return self._body_name_of(m.name)
        return None

    def _named_institution(self, head: str, described: list[str]) -> str | None:
        """The name the article gives an institution it also describes: "the election
        commission" is the Independent National Electoral Commission it names."""
        stems = {w[:5].lower() for w in described if w[:1].islower()}
        for m in self.mentions:
            words = [w.lower() for w in m.name.split()]
            if head in words and stems & {w[:5] for w in words if w != head} and not self._person(m):
                return self.canonical(m.name)
        return None

    def _issuer(self, noun: str, phrase: list[str], position: int) -> str | None:
        """Who issued the document the source at ``position`` (``phrase``, headed by
        ``noun``) names, or that it refers back to: the one last mentioned as ``noun`` (or,
        failing that, as any document): "Amnesty International has issued a report", "a
        study released Monday by the Swisspeace Institute", "a leaked NATO report". A
        source with "a" ("a statement") is a new document, never an earlier one."""
        if self._papers is None:
            self._papers = self._issued_papers()
        length = len(" ".join(phrase)) + (self.text.find(phrase[0], position) - position)
        if _INDEFINITE.match(self.text, position):
            own = [who for at, _, who in self._papers if position <= at < position + length]
            return own[0] if own else None
        # A bare "the report" on the way refers back too: only named issuers count.
        earlier = [(at, n, who) for at, n, who in self._papers if at < position + length and who]
        same = [e for e in earlier if e[1] == noun]
        last = (same or earlier or [None])[-1]
        return last[2] if last else None

    def _filer(self, position: int) -> str | None:
        """Who brought the lawsuit the article spoke of last before ``position``: "Ken
        Paxton filed a lawsuit", "Stevenson's lawsuit", "a suit brought by Fitzgerald"."""
        last = None
        for m in self.mentions:
            if m.end > position:
                break
            after = self.text[m.end : m.end + 80]
            files = _FILED.match(after) or _OWNS_SUIT.match(after)
            if (files or _FILED_BY.search(self.text, max(0, m.start - 60), m.start)) and country(m.name) is None:
                last = m
        return self.resolve(last.name, last.start, []) if last else None

    def _quoted_in(self, noun: str, position: int, previous: Sequence[tuple[int, str | None]]) -> str | None:
        """Who was quoted "in a statement" (``noun``) last before ``position``: the speaker
        of the quote nearest the last "in a statement" ("In an official statement,
        Debretsion said", '"...," said the ministry in its statement')."""
        last = None
        for m in re.finditer(rf"\b[Ii]n\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b", self.text):
            if m.end() > position:
                break
            last = m
        if last is None:
            return None
        # The quote nearest the phrase in its paragraph, up to the end of its sentence
        # (a quotation can open sentences before '..., said the ministry in a statement').
        start = self.text.rfind("\n\n", 0, last.start()) + 1
        end = self.text.find(". ", last.end())
        end = len(self.text) if end < 0 else end
        near = [(abs(at - last.start()), speaker) for at, speaker in previous if start <= at <= end]
        return min(near, key=lambda n: n[0])[1] if near else None

    def _issued_papers(self) -> list[tuple[int, str, str | None]]:
        papers: list[tuple[int, str, str | None]] = []
        for m in re.finditer(rf"\b({'|'.join(sorted(_PAPERS))})s?\b", self.text):
            noun, issuer = m.group(1), None
            by = _ISSUED_BY.match(self.text, m.end())
            if by:
                issuer = self._mention_at(by.start(1))
                named = _NAMED_BY.match(self.text, by.start(1))
                if issuer is None and named and " and " in named.group(0):
                    # "released by the U.S. and the European Union": issued jointly.
                    joint = self.resolve(named.group(0), named.start(), [])
                    issuer = joint if joint and " and " in joint else None
            after = _PAPER_ISSUED_BY.match(self.text, m.end())
            if issuer is None and after:
                issuer = self._mention_at(after.start(1))
            for k, mention in enumerate(self.mentions):
                if issuer or mention.end > m.start():
                    break
                gap = self.text[mention.end : m.start()]
                if _ISSUED.fullmatch(gap) or _NAMED_PAPER.fullmatch(gap):
                    issuer = self._mention_at(mention.start)
                    other = self.mentions[k - 1] if k else None
                    if (
                        issuer
                        and other
                        and re.fullmatch(r",?\s+and\s+(?:the\s+)?", self.text[other.end : mention.start])
                    ):
                        # "The United States and France issued a joint statement"
                        first = self._mention_at(other.start)
                        issuer = joint_name([first, issuer]) if first else issuer
            if issuer is None:
                issuer = self._subject_issuer(m.start())
            papers.append((m.start(), noun, issuer))
        return papers

    def _subject_issuer(self, paper: int) -> str | None:
        """ "The exile government, based in Dharamsala, released a statement": the subject
        of the clause that issued the document at ``paper``, when no name stands there."""
        start = self._sentence_start(paper)
        issued = _SUBJECT_ISSUED.fullmatch(self.text, start, paper)
        if issued is None or issued.group(1).split()[-1].lower() in DOCUMENTS:
            return None
        subject = self.resolve(issued.group(1), issued.start(1), [])
        apposition = issued.group(2)
        if apposition is None:
            return subject
        together = _TOGETHER.match(apposition)
        if together:
            other = self.resolve(apposition[together.end() :], issued.start(2) + together.end(), [])
            return joint_name([subject, other]) if subject and other else subject
        names = name_mentions(apposition)
        if len(names) == 1 and names[0].name == clean_name(apposition) and not self._person(names[0]):
            # "The human rights organization, Amnesty International, has issued": the name
            return self.resolve(apposition, issued.start(2), [])
        return subject

    def _mention_at(self, start: int) -> str | None:
        mention = next((m for m in self.mentions if m.start == start), None)
        if mention is None or self._person(mention) or _NUMBER.match(mention.name):
            return None  # people write articles and letters; only bodies are taken here
        owned = _OWNED_NAME.match(mention.name)
        if owned and _country_owning(mention.name, owned) and not _EVERY_STATES.fullmatch(owned.group(1)):
            # "Turkey’s Gendarmerie General Command issued": the country is context, as in
            # a source, unless every state has such a body ("Pakistan's Foreign Ministry")
            return self.canonical(owned.group(1))
        return country(mention.name) or ALIASES.get(mention.name.lower()) or self.canonical(mention.name)

    def _antecedent(
        self, pronoun: str, position: int, previous: Sequence[tuple[int, str | None]], any_gender: bool = False
    ) -> str | None:
        """The person or body ``pronoun`` stands for; ``any_gender``: resolve "he" as a news
        epithet is ("the 58-year-old"), whatever the person's sex."""
        wanted = None if any_gender else "m" if pronoun == "he" else "f" if pronoun == "she" else None
        earlier = [(p, s) for p, s in previous if p < position and s]
        last_quote = earlier[-1][0] if earlier else -1
        before = [m for m in self.mentions if m.end <= position and self._fits(m.name, wanted)]
        subject = self._subject(position) if pronoun in {"he", "she"} else None
        if (
            subject
            and subject[1] not in self._open_subjects
            and not _QUOTE_MARK.search(self.text, subject[1], position)
        ):
            named = self._subject_named(subject, previous)
            # "President Bush says he urges ...", "Mr. Powell presented tapes which he
            # said ...": the person the sentence (or the one before) names as its subject.
            titled = _TITLED_NAME.fullmatch(subject[0])
            if (
                titled
                and named
                and " and " not in named
                and self._person(Mention(0, 0, named))
                and self._fits(named, wanted)
            ):
                return named
            if named is None and _without_setting(subject[0].split())[-1].lower() in _ANONYMOUS:
                return None  # "An opposition supporter says ..., which he says ...": nobody named
        if pronoun in PERSON_PRONOUNS:
            # "He" most often continues the last speaker when that is a person (measured
            # better than taking the person named last: +1.7 points on dev); else the
            # person named since the last quote.
            # People named inside a quotation are talked about, not talking.
            fresh = [m for m in before if m.start > last_quote and self._person(m) and not self._quoted(m.start)]
            # "Wandera Ogalo is a member of the defense team. He told ...", "The SNP's
            # leader, Ian Blackford, went further. He said ...": a person introduced as
            # the subject of the sentence before is the one meant.
            recent = self._sentence_start(position, back=1)
            # '"Supply of what?" she asked.': the quotation before the pronoun is no
            # sentence that names anyone; the one before it is meant.
            for _ in range(2):
                if recent and _QUOTE_MARK.match(self.text, recent) and not self._quoted(recent):
                    recent = self._sentence_start(recent - 1)
            subjects = [m for m in fresh if m.start >= recent and self._is_subject(m)]
            if (
                not subjects
                and earlier
                and earlier[-1][1]
                and not self._person(Mention(0, 0, earlier[-1][1]))
                and _UNNAMED_VOICE.search(self.text, recent, position)
                and _OPENS_OR_CLOSES.search(self.text, max(0, position - 4), position)
            ):
                # "A NATO spokesman said the report was ... He also rejected": "he" is the
                # unnamed spokesman, who spoke for the body he was heard as.
                return earlier[-1][1]
            if subjects:
                return self.canonical(subjects[-1].name)
            if (
                earlier
                and Mention(0, 0, earlier[-1][1] or "").is_person
                and not self._body_name(earlier[-1][1] or "")
                and self._fits(earlier[-1][1], wanted)
            ):
                return earlier[-1][1]
            if fresh:
                return self.canonical(fresh[-1].name)
            # "she" is not a man the article calls Mr, or says "he" of.
            earlier = [(p, s) for p, s in earlier if self._fits(s, wanted)]
            # "he" is a person: an earlier speaker who is one, else the person named last,
            # and a body that spoke only when the article names no person at all.
            speakers = [s for _, s in earlier if s and not self._body_name(s)]
            if speakers:
                return speakers[-1]
            people = [m for m in before if self._person(m)]
            if people:
                return self.canonical(people[-1].name)
            return earlier[-1][1] if earlier else None
        if (
            pronoun == "it"
            and earlier
            and earlier[-1][1]
            and _AFTER_QUOTE.search(self.text, max(0, position - 3), position)
            and not self._person(Mention(0, 0, earlier[-1][1]))
        ):
            # '"...," the PN said. / "...," it said': "it" right after a quotation goes on
            # with the body heard last, as "he" goes on with the person.
            return earlier[-1][1]
        subject = self._subject(position) if pronoun in {"it", "they"} else None
        if subject is not None and subject[1] not in self._open_subjects:
            # "Serbia bitterly opposes the plan, which it says ...", "Aid agencies
            # expressed shock. They say ...": the subject of the pronoun's sentence, or
            # of the sentence before when the pronoun opens its own.
            named = self._subject_named(subject, previous)
            head = _without_setting(subject[0].split())[-1].lower()
            # "Aid agencies ... They say": unnamed people stay unnamed; an unresolved
            # name or body ("The company") falls back to the speakers so far.
            unnamed = named is None and (head == "opposition" or (head.endswith("s") and head not in ORG_HEADS))
            one_person = bool(named) and " and " not in named and self._person(Mention(0, 0, named))
            if (named and not one_person) or unnamed:
                return named  # an unresolved name falls back to the speakers so far
        if earlier:
            return earlier[-1][1]
        return self.canonical(before[-1].name) if before else None

    def _body_name(self, name: str) -> bool:
        """Whether ``name`` plainly names a country or a body (never "he" or "she")."""
        return (
            name in self._bodies
            or country(name) is not None
            or self.is_acronym(name)
            or any(is_org_word(w) for w in name.split())
            or name.split()[0].lower() == "the"
        )

    def _fits(self, name: str | None, wanted: str | None) -> bool:
        """Whether ``name`` may be the antecedent of a pronoun of gender ``wanted``."""
        return wanted is None or name is None or self._gender(name) in (None, wanted)

    def _gender(self, name: str) -> str | None:
        """ "m" or "f" where the article says so of this person: a title before a mention
        ("Mr", "Mrs", "Ms") or the pronoun right after "<name> said" ("Roxana Figueroa said
        she ..."); where it says neither or both, a first name given nearly always to one
        sex; else None. Each name is worked out once (``_fits`` asks for every mention)."""
        if self._genders is None:
            votes: dict[str, Counter[str]] = {}
            for m in self.mentions:
                if not self._person(m):
                    continue
                key = self.canonical(m.name)
                title = _GENDERED_TITLE.search(self.text, max(0, m.start - 12), m.start)
                said = _SAID_PRONOUN.match(self.text, m.end)
                for vote, weight in ((title and title.group(1), 3), (said and said.group(1), 1)):
                    if vote:
                        gender = "f" if vote.lower() in _FEMININE else "m"
                        votes.setdefault(key, Counter())[gender] += weight
            self._genders = {k: max(v, key=v.__getitem__) for k, v in votes.items() if len(v) == 1 or v["m"] != v["f"]}
        full = self.canonical(name)
        if full not in self._genders:
            self._genders[full] = first_name_gender(full) if Mention(0, 0, full).is_person else None
        return self._genders[full]

    def _quoted(self, position: int) -> bool:
        """Whether ``position`` is inside quotation marks opened in its paragraph."""
        paragraph = self.text.rfind("\n", 0, position) + 1
        return len(_QUOTE_MARK.findall(self.text, paragraph, position)) % 2 == 1

    def _starts(self) -> list[int]:
        """Where the article's sentences start (found once)."""
        if self._sentence_starts is None:
            self._sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(self.text)]
        return self._sentence_starts

    def _sentence_start(self, position: int, back: int = 0) -> int:
        """Where the sentence holding ``position`` starts (``back``: that many sentences earlier)."""
        i = bisect.bisect_right(self._starts(), position) - 1
        return self._starts()[max(0, i - back)]

    def _subject_named(self, subject: tuple[str, int], previous: Sequence[tuple[int, str | None]]) -> str | None:
        """Who a sentence's subject names. A pronoun or epithet can sit inside the very
        subject its antecedent is sought in ("Talking about the ratings and the jokes, the
        actress said"): resolving it would come back here, so ``_antecedent`` passes over
        a subject already being resolved."""
        self._open_subjects.add(subject[1])
        try:
            return self.resolve(subject[0], subject[1], previous)
        finally:
            self._open_subjects.discard(subject[1])

    def _subject(self, position: int) -> tuple[str, int] | None:
        """The noun phrase that opens the sentence ``position`` is in (or the one before,
        when ``position`` opens it), with its offset; None when it is a pronoun or no
        verb ends it within a few words."""
        # Sentence starts up to ``position`` (a boundary ending exactly there counts).
        starts = self._starts()[: bisect.bisect_right(self._starts(), position)]
        start = starts[-1]
        lead = _LEAD_WORDS.match(self.text, start)
        if (lead.end() if lead else start) >= position - 1 and len(starts) > 1:
            start = starts[-2]  # "They say ...", "But it says ...": the sentence before
            lead = _LEAD_WORDS.match(self.text, start)
        start = lead.end() if lead else start
        words: list[str] = []
        before_comma: list[str] | None = None
        for token in re.finditer(r"\S+", self.text[start : start + 200]):
            if not words and token.group(0)[:1] in '"“':
                return None  # '"Similar claims expose ...," the statement said': no subject
            word = token.group(0).strip(",;:\"“”'‘’")
            lower = word.lower()
            if not words and (lower in PRONOUNS or lower in _PREPOSITIONS):
                return None  # "For VOA, Gilbert da Costa reports ...": no plain subject
            if words and ((lower.endswith("ly") and lower not in _LY_NOUNS) or lower in _ADVERBS):
                continue  # "Serbia bitterly opposes", "Chinese media also released"
            if words and re.search(r"[.!?][\"”’]?$", token.group(0)) and not _ENDS_NAME.fullmatch(word + "."):
                return None  # the sentence ended without a verb
            if words and word[:1].islower() and (lower in _VERBS or (lower.endswith("ed") and len(lower) > 4)):
                if before_comma is None or " and " in " ".join(words):
                    return " ".join(words), start  # also "A, B and C announced"
                # "The Civic United Front, or CUF, is ...": the name before the apposition.
                return (" ".join(before_comma), start) if _ENDS_NAME.search(" ".join(before_comma)) else None
            if len(words) >= 20 or lower in {"who", "which", "that"}:
                return None
            if words and words[-1].endswith(",") and lower in PRONOUNS:
                return None  # "Still smarting from defeats, they promised ...": the pronoun is the subject
            words.append(token.group(0))
            if token.group(0).endswith(",") and before_comma is None:
                before_comma = [*words[:-1], token.group(0).rstrip(",")]
        return None

    def _common_plural(self, word: str) -> bool:
        """ "Attorneys said", "Albanians say": a plural capitalised only because the
        sentence starts (the article writes it in lower case elsewhere, or it is a people),
        not a surname like "Gates" that a longer name completes."""
        if not word.endswith("s") or self.canonical(word) != word or self.is_acronym(word) or country(word):
            return False
        singular = word[:-1]
        lowered = re.search(rf"\b{re.escape(singular.lower())}s?\b", self.text) is not None
        return lowered or country(singular) is not None  # "Albanians": a people, not a name

    def _led_country(self, leader: str, head: str) -> str | None:
        """The country a person's government or administration governs; None when
        ``leader`` is not a person."""
        if not self._person(Mention(0, 0, leader)):
            return None
        return self._country_led_by(leader) or ("United States" if head == "administration" else self.main_country)

    def _country_led_by(self, person: str) -> str | None:
        """The country named just before a person's title: "Kenyan President Mwai Kibaki"."""
        surname = re.escape(person.split()[-1])
        for m in re.finditer(rf"((?:[A-Z][\w'’.-]*\s+){{1,5}}){surname}\b", self.text):
            for word in reversed(m.group(1).split()):
                if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.", word):
                    break  # "... in Iraq. Obama": the sentence before
                if (c := country(re.sub(r"[’']s$", "", word))) is not None:
                    return c
        return None

    def _named_next(self, phrase: list[str], position: int) -> str | None:
        """ "Liberia's defense minister says ... \n\nDaniel Chea says": a lead that
        describes a national official whom the next paragraphs introduce by name; in the
        article's first sentence any office-holder ("The deputy prime minister has denied ...
        \n\nBut Oliver Dowden also said")."""
        head = phrase[-1].strip(",.").lower()
        national = bool(re.search(r"[’']s$", phrase[0])) and country(phrase[0][:-2]) is not None
        lead = self._sentence_start(position) == 0 and head not in _VOICES_OF_A_BODY
        if head not in ROLE_HEADS or not (national or lead):
            return None
        name = self._introduced_after(position)
        if name:
            self._leads[_role_key(phrase)] = name  # later "the information minister" is the same official
        return name

    def _introduced_after(self, position: int) -> str | None:
        """The person the paragraphs after ``position`` introduce by name as a sentence's
        subject, when that is their first mention."""
        for m in self.mentions:
            if m.start <= position or not (self._opens_sentence(m.start) or self._after_opening_phrase(m.start)):
                continue
            if m.start > position + _NEXT_NAMED:
                return None
            # "Micheál Martin", or "Dr Rowley": a surname with an honorific is a person
            titled = m.is_person or _HONORIFIC_BEFORE.search(self.text, max(0, m.start - 8), m.start)
            if titled or self._person(m):
                # The person is introduced after ``position``, though not always first as
                # a subject ("Records show Lorna Vaka asked ... Speaking in Parliament,
                # Vaka said"); one named before it is someone else.
                first = next(n for n in self.mentions if n.name.split()[-1] == m.name.split()[-1])
                if first.start > position:
                    return self.canonical(m.name)
                if titled:
                    return None
        return None

    def lead_speaker(self, position: int) -> str | None:
        """For a quotation with no cue at ``position``: the person the paragraph named as
        the subject of a verb just before it ('Asked about it, Bass shrugged. "She's
        entitled to her opinion."'), else None (the last speaker goes on)."""
        paragraph = self.text.rfind("\n", 0, position) + 1
        if _QUOTE_MARK.search(self.text, paragraph, position):
            return None
        for m in reversed(self.mentions):
            if m.start < paragraph or m.end > position:
                continue
            if self._person(m) and _PREDICATE.match(self.text, m.end):
                return self.canonical(m.name)
        return None

    def _is_subject(self, mention: Mention) -> bool:
        """Whether ``mention`` is the subject of its sentence: it opens the sentence (an
        apposition may follow it), or stands in commas after the description that does,
        and a verb follows."""
        opens = (
            self._opens_sentence(mention.start)
            # "Minority Leader Mitch McConnell disagreed." opens with its name too
            or _TITLES_ONLY.fullmatch(self.text, self._sentence_start(mention.start), mention.start)
            or self._after_opening_phrase(mention.start)
        )
        end = mention.end
        if end < len(self.text) and self.text[end] == ",":
            # "Travis Kelce, the Kansas City Chiefs tight end, laughed off ..."
            apposition = _APPOSITION_AFTER.match(self.text, end) if opens else None
            described = _DESCRIPTION_THEN.match(self.text, self._sentence_start(mention.start), mention.start)
            if apposition is not None:
                end = apposition.end()
            elif described is None or described.end() != mention.start:
                return False
        elif not opens:
            return False
        return _PREDICATE.match(self.text, end) is not None

    def _names_alone(self, word: str) -> bool:
        """Whether the article writes ``word`` capitalised mid-sentence with no name around
        it ("... told Parliament on Monday"), as the name of one body."""
        return any(
            m.name == word and not self._opens_sentence(m.start) and self.text[m.start - 4 : m.start] != "the "
            for m in self.mentions
        )

    def _after_opening_phrase(self, start: int) -> bool:
        """Whether a phrase of occasion, place or time and a comma open the sentence
        before ``start``, and nothing but titles stand between them and it ("In a statement
        released on Tuesday evening, Micheál Martin said", "Addressing the committee,
        councillor Harkin spoke")."""
        opening = _OPENING_PHRASE.match(self.text, self._sentence_start(start), start)
        # The titles may hold a body's initials: "INMO General Secretary Phil Ní Sheaghdha".
        titles = self.text[opening.end() : start].split() if opening else []
        return opening is not None and all(is_title(w) or self.is_acronym(w) for w in titles)

    def _opens_sentence(self, start: int) -> bool:
        before = self.text[max(0, start - 40) : start].rstrip()
        before = re.sub(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sheik|Sheikh|President|Minister)\.?\s*)+$", "", before).rstrip()
        before = _LEAD_WORDS_BEFORE.sub("", before).rstrip()  # "But Oliver Dowden also said"
        return opens_sentence(before, len(before))

    def _person(self, mention: Mention) -> bool:
        if mention.name in self._bodies:
            return False
        if mention.is_person:
            return True
        full = self.canonical(mention.name)
        return full != mention.name and Mention(0, 0, full).is_person


_NAMED_PARTY = frozenset("party movement group coalition alliance front".split())
# After a name, what only a party or body has: its leader, its party, its seats in a
# house followed by the member's name ("Fianna Fáil TD Éamon Ó Cuív"; not "John Smith MP").
_LEADS_OR_SEATS = re.compile(
    r"(?:['’]s)?\s+(?:party\b|(?:deputy\s+)?leader(?:ship)?\b|"
    r"(?:TDs?|MPs?|MSPs?|MSs?|MLAs?|MEPs?|councill?ors?|senators?)\s+[A-Z])"
)
_COMPANIES = frozenset("company firm corporation".split())
_BODY_NOUNS = frozenset("organization organisation agency newspaper body".split()) | _COMPANIES
_INSTITUTIONS = frozenset(
    "commission court tribunal committee panel council parliament ministry board assembly".split()
)
# A body called by its kind: the kinds its name may hold ("the panel" is a committee).
_KINDS_OF_BODY = {
    "court": {"court", "tribunal"},
    "board": {"board"},
    "commission": {"commission"},
    "council": {"council"},
    "committee": {"committee", "panel"},
    "panel": {"panel", "committee"},
    "ministry": {"ministry"},
    "department": {"department"},
    # "the union" after "the New York State Nurses Association", "AFSCME Local 88"
    "union": {"union", "association", "assn", "assn.", "federation", "guild", "brotherhood"},
    "embassy": {"embassy"},
    "observatory": {"observatory"},
}
# Kinds a body is called by only alone ("the district" after "the Oakland Unified School
# District", "the agency" after "the state Department of Education"): "District
# officials" are not the District Attorney's.
_KINDS_ALONE = {"district": {"district"}, "agency": {"agency", "department", "administration", "service"}}
_KINDS_NAMED_ALONE = {**_KINDS_OF_BODY, **_KINDS_ALONE}
_CAPITALISED_KINDS = frozenset(k.capitalize() for k in _KINDS_NAMED_ALONE)
_QUESTION_WORDS = frozenset("what why how who when where which".split())
# Words that make a body some other kind than a union: "the union" is not the council it
# strikes against or the company it accuses.
_OTHER_KINDS = frozenset(w for kind, words in _KINDS_OF_BODY.items() if kind != "union" for w in words) | frozenset(
    """company firm corporation party police government ministry school district city county office board
        hospital department agency sheriff""".split()
)
_BODY_KINDS = frozenset({"company", "firm", "party", *_KINDS_OF_BODY})
_ORGANISATION = frozenset({"organisation", "organization"})
_PARTY_NAMES = {"party", "alliance", "congress", "front", "movement", "league", "union"}
# "Nigeria's main opposition party": words that describe a party the article names (not
# "the ruling party", which an article often leaves unnamed beside a named opposition)
_OPPOSITION_WORDS = frozenset("main leading largest biggest opposition".split())
_MASTHEADS = frozenset(
    "Times Post Herald Journal Tribune Guardian Telegraph Independent Daily News Gazette Star Standard Observer "
    "Monitor Chronicle Mail Globe Nation Express".split()
)
_ARMED = frozenset({"army", "military"})
_OUTLETS = frozenset("television tv radio newspaper campaign".split())
_NAMED_FORCE = re.compile(r"\b(?:The\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:army|military)\b")
_ARMED_VOICES = frozenset("officers officer officials official authorities sources spokesman inquiry command".split())


def _armed_force(phrase: list[str]) -> str | None:
    """A country's army named by its demonym keeps that name as written ("the Israeli
    military", "French army officers" -> French army), as ANNOTATION.md has it for
    institutions; the US military is the United States, and "Chad's army" is Chad."""
    words = [w.strip(",.") for w in phrase if w.lower() not in _DETERMINERS]
    for i, word in enumerate(words):
        if word.lower() not in _ARMED:
            continue
        for k in (2, 1):
            if i - k < 0:
                continue
            demonym = " ".join(words[i - k : i])
            nation = country(demonym)
            if (
                nation
                and nation != "United States"
                and demonym.lower() != nation.lower()
                and demonym[-2:] not in {"'s", "’s"}
            ):
                return f"{demonym} {word.lower()}"
    return None


# Where a described speaker is or what they speak about: "witnesses in Voinjama", "a
# retired civil servant living in Rangoon", "a report on human rights in Iran". Only
# a government or officials "in Moscow" take the place as their affiliation.
_SETTING = frozenset("in into on about living based".split())
_NAMING = frozenset("called now known as named dubbed the a an".split())
# Documents whose issuer a bare "the report" refers back to, and how an issuer is named.
_PAPERS = frozenset("report study survey statement investigation".split())
# "the lawsuit says", "the plaintiff maintains": who brought it to court.
_LAWSUIT_WORDS = frozenset("lawsuit suit complaint petition pleading filing plaintiff".split())
_SUIT = r"(?:[\w-]+\s+){0,3}?(?:lawsuit|suit|complaint|petition)\b"
_FILED = re.compile(
    rf"\s+(?:has\s+|have\s+|had\s+)?(?:filed|brought|lodged)\s+(?:a|an|the|his|her|its|their)\s+{_SUIT}"
)
_OWNS_SUIT = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:lawsuit|suit|complaint|petition)\b")  # "Stevenson's lawsuit"
_FILED_BY = re.compile(r"\b(?:lawsuit|suit|complaint|petition)\s+(?:was\s+)?(?:filed|brought)\s+by\s+(?:the\s+)?$")
# "has issued a", "released its annual": the verb and article before a document's noun.
_ISSUES_A = (
    r"\s+(?:has\s+|have\s+)?(?:issued|released|published|presented|made public)\s+"
    r"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
)
# "the Ethiopian government released a": a named body's head noun may stand between.
# "Reporters Without Borders" in quotation marks, "on Thursday issued a": a closing mark
# and a day may stand between too.
_ISSUED = re.compile(
    r"[\"”’]?(?:,[^.;]{0,80},)?(?:\s+(?!(?:the|a|an|and|or|its|their|his|her|this|that)\s)[a-z][\w-]*){0,2}?"
    rf"(?:\s+on\s+{_WEEKDAY})?" + _ISSUES_A
)
# "a leaked NATO report", "Amnesty's annual report"; a determiner or "and" between them
# starts another phrase ("Qatar and used the statement").
_NAMED_PAPER = re.compile(
    r"(?:['’]s?)?\s+(?:(?!(?:the|a|an|and|or|its|their|his|her|this|that)\s)[a-z][\w-]*\s+){0,3}?"
)
# "the statement Hezbollah released": the issuer named after the document.
_PAPER_ISSUED_BY = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:the\s+)?([A-Z])[\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:had\s+|has\s+)?(?:issued|released|published)\b"
)
# "The exile government, based in Dharamsala, released a", "Robert Gates, along with
# Ehud Barak, issued a": a clause's subject, its apposition, and the document's article.
_SUBJECT_ISSUED = re.compile(
    r"(?:(?:But|And|Also|Meanwhile|However|Earlier),?\s+)?([^,;:\"“”]{3,80}?)(?:,\s*([^,.;]{1,80}),)?" + _ISSUES_A
)
_TOGETHER = re.compile(_ALONG_WITH + r"\s+")
_NAMED_BY = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w.'’-]*)*")
_ISSUED_BY = re.compile(rf",?\s+{_WORDS_TO_ISSUER}(?:by|from)\s+(?:the\s+)?(?:[A-Z][\w.]*[\s-]based\s+)?([A-Z])")
_EVERY_STATES = re.compile(
    r"(?:Foreign|Foreign Affairs|Defen[cs]e|Interior|Justice|Finance|Health|Information)\s+Ministry|Foreign Office"
    r"|News Agency"
)
_NICKNAMED = re.compile(
    r"\b([A-Z][\w'’-]+)\s+[\"“]([A-Z][\w'’.-]+)[\"”]\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b(?!\s*[\"”])"
)
_COUNTRYS_KIND = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.'’ -]*?)['’]s\s+((?:[A-Z][\w'’-]*\s+){1,4})?([a-z]+)")
_PLURAL_DESCRIBED = frozenset(k for k in DESCRIBED if k.endswith("s"))
_SEAT_FOR = re.compile(
    r"(.*?\b(?i:mla|mp|msp|ms|td|mpp|senator|councill?or|member|congress(?:wo)?man|assembly(?:wo)?man))"
    r"\s+for\s+[A-Z]"
)
_ALIAS = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),?\s+(?:alias|aka|a\.k\.a\.?|also\s+known\s+as)\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_TITLE_INSIDE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*?\s+([A-Z][\w-]*)\s+([A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*)")
_DATELINE = re.compile(r"^[A-Z]{3,}(?:[ ,]+[A-Z][A-Za-z.]*)*\s*[-–—]+\s+")
_UK = re.compile(r"\bU\.?K\.?(?![\w.])")
_SENTENCE_END = re.compile(rf"{NOT_AFTER_ABBREVIATION}[.!?][\"”’]?\s+|\n\s*")
# Roles that speak for a body rather than hold an office: "A Sudanese government official" is Sudan.
_ROLE_INITIALS = {
    "CS": "Cabinet Secretary",
    "PS": "Principal Secretary",
    "DP": "Deputy President",
    "PM": "Prime Minister",
    "CJ": "Chief Justice",
    "IGP": "Inspector General",
    "SG": "Secretary General",
}
# "DPP Presidential and Party Spokesperson Shadric Namalomba": two offices of one person
_OFFICE_ADJECTIVES = frozenset("presidential ministerial parliamentary executive".split())
# "Housing and Local Government Minister Zuraida Kamaruddin": an "and" inside a portfolio,
# whose title follows before the name.
_PORTFOLIO_AND = re.compile(r"\s+and\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Minister|Secretary|Commissioner)\s+[A-Z]")
# "Science and Technology"; "Roy McTaggart and his deputy Joey Hew"
_JOINED_CAPITAL = re.compile(r"(\S+)\s+(?:and|&)\s+(?:the\s+|(?:his|her|their)\s+[a-z]+\s+)?([A-Z][\w'’-]*)")
# A minister's title and the portfolios it lists ("Minister for Land Management,
# Cooperatives and Poverty Alleviation Balaram Adhikari").
_PORTFOLIO_TITLE = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}(?:Minister|Secretary|Commissioner)\s+(?:for|of)\s+[A-Z]")
_PERSON_AFTER_ACRONYM = re.compile(r"\([A-Z][A-Za-z-]{1,9}\)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)[\s,.]*$")
# "his deputy Joey Hew" names the deputy.
_THEIR_ROLE = re.compile(r"(?:his|her|their)\s+[a-z]+\s+(?=[A-Z])")
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
# Offices that end no one's name: "the First Minister", "the Housing Minister".
_OFFICES = frozenset("minister secretary president premier chancellor chairman chairwoman chairperson".split())
_REPRESENTATIVE_OF = re.compile(
    r"(his|her)\s+(?:[a-z]+\s+)?(?:lawyers?|attorneys?|barristers?|solicitors?|counsel|team|spokes(?:man|woman|person)"
    r"|office|aides?)",
    re.IGNORECASE,
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:of|for|and|the|on|[A-Z][\w'’.-]*))+")
_NAME_WORDS = r"[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))+"
# "the PKK (Kurdistan Workers Party)"; "Freedom and Solidarity (SaS)" (the all-capital
# forward form is ACRONYM's); "General Confederation of Labor -CGT-".
_ACRONYM_SPELLED = re.compile(
    rf"(?<![\w'’-])([A-Z]{{2,6}})\s+\(({_NAME_WORDS})\)"
    rf"|({_NAME_WORDS})\s+(?:\((?=[A-Z]+[a-z])|[-–]\s?(?=[A-Z]+[-–\s]))([A-Z][A-Za-z]{{1,8}})(?:\)|\s?[-–])"
)


def _heads_a_title(word: str) -> bool:
    """A title that ends an institution's name before it ("... of Police President John")."""
    # not "General", which opens as many bodies ("General Confederation of Labor") as it ends offices
    word = word.lower()
    return (word in ROLE_HEADS and word != "general") or word in _OFFICES or word in ("mr", "mrs", "ms", "dr")


_COMMON_CAPITALS = frozenset("The A An In On At But And".split())


def _initials_spell(words: list[str], acronym: str) -> bool:
    """Whether ``words`` spell ``acronym`` by their capitalised words' initials
    ("Garda Representative Association" is GRA) or by every word's ("Fraternal Order of
    Police" is FOP)."""
    letters = acronym.replace(".", "").replace("-", "")
    if sum(c.isupper() for c in letters) < 2:
        return False
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    every = "".join(w[0] for w in words)
    return letters.upper() in (capitals.upper(), every.upper())


# a pronoun opening its sentence or right after a quotation ('He also rejected', '"...," he said')
_OPENS_OR_CLOSES = re.compile(r"(?:^|[.!?]\s+|\n|[\"”’],?\s+)$")
# "A NATO spokesman said": a spokesman the article does not name
_UNNAMED_VOICE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w'’.-]+\s+){0,4}?spokes(?:man|woman|person)\b(?!\s*,?\s*[A-Z])"
)
# a pronoun right after a quotation's closing mark: '"...," it said'
_AFTER_QUOTE = re.compile(r"[\"”’]\s+$")
# " - and Northern Ireland's last health minister", " – and a former minister –"
_DASH_ASIDE = re.compile(
    r"\s+[-–—]\s+and\s+(?:[A-Z][\w.'’ -]*?['’]s\s+|(?:the|a|an|his|her)\s+)[a-z][^-–—]*(?:\s[-–—])?$"
)
# "Vice President Joseph R. Biden Jr.": the title is another office than "the president"
_DEPUTY_BEFORE = re.compile(r"\b(?:[Vv]ice|[Dd]eputy)[\s-]+$")
_UNCLOSED_BRACKET = re.compile(r"\s*\([^()]*$")
# "the former premier", "The ex-IGP", "the 81-year-old former ...", but not a former office
# of a named body ("the former Secretary General of the APC"), which its own rules resolve
_FORMER = re.compile(r"[Tt]he\s+(?:\d+-year-old\s+)?(?:former\s|ex-)(?!.*\b(?:of|for)\s+(?:the\s+)?[A-Z])")
_DEFINITE_OFFICE = re.compile(
    r"[Tt]he\s+(?:[\w'’.-]+\s+){0,3}(?i:minister|secretary|president|premier|chancellor|chair(?:man|woman|person)?"
    r"|spokes(?:man|woman|person)|head\s+of\s+(?:state|government)|leader|chief|chieftain|boss|governor|mayor)"
)
# roles one person holds in a body, unlike a spokesman or official, who speak for it
_HELD_BY_ONE = frozenset("leader member mp lawmaker chief boss chairman chairwoman".split())
# "The UWP official", "the PA spokesman", "The Bangladesh Nationalist Party leader"; not a
# possessive ("The First Minister’s spokesperson" speaks for the office)
_BODY_EPITHET = re.compile(
    r"[Tt]he\s+((?:[A-Z][\w.-]*\s+)+)(" + "|".join(sorted(ROLE_HEADS - _OWN_VOICE)) + r"|MP|MLA)"
    # "The Lipis MP from Umno": the body may follow the role
    r"(?:\s+from\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*))?"
)


def _words_of(name: str, described: re.Match[str]) -> bool:
    """Whether ``name`` is made of the capitalised words of a ``_BODY_EPITHET`` match."""
    return set(name.split()) <= set(f"{described.group(1)} {described.group(3) or ''}".split())


# words a description of a person may hold between a body's name and the person's
_DESCRIBING = (
    r"(?i:of|the|for|and|la|de|coalition|party|alliance|front|movement|general|secretary|deputy|chief|former|"
    r"opposition|ruling|main|senior|national|vice|acting|interim|" + "|".join(sorted(ROLE_HEADS)) + ")"
)
# "the general secretary of the Sri Lanka Podujana Peramuna": a role of a named body
_A_ROLE_OF = re.compile(r"\b(?i:" + "|".join(sorted(ROLE_HEADS)) + r")\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
# ", Mr Emmanuel Simh, said": a name in commas (a title before it is no part of it)
_NAMED_AFTER = re.compile(
    r"(?:\s*\([^)]{1,12}\))?,?\s+(?:(?:Mr|Mrs|Ms|Dr|Prince|Chief|Hon|Alhaji|Engr|Prof|Rev)\.?\s+)?((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s*(?:,|\s+(?:said|says|told|added|stated))"
)
_STAND_INS = frozenset("official lawmaker legislator politician".split())
_VOICES_OF_A_BODY = _SPOKESPEOPLE | frozenset("official aide assistant adviser advisor representative".split())
_LEAD = r"(?:But|And|Also|Meanwhile|However|Still|Yet|So|Now|Then|In addition)"
# "Moreover, it stated", "Specifically, they accused": a sentence adverb before a comma
# opens the sentence; it is never its subject.
_LEAD_ADVERB = (
    r"(?:[A-Z][a-z]+ly|Moreover|Furthermore|Besides|Likewise|Nevertheless|Nonetheless|Instead|Thus|Hence|"
    r"Therefore|Indeed|Again|Earlier|Later|Otherwise|Elsewhere|Overall|Separately|Meanwhile|Similarly),"
)
_LEAD_WORDS = re.compile(rf"(?:(?:{_LEAD},?|{_LEAD_ADVERB})\s+)+")
_LEAD_WORDS_BEFORE = re.compile(rf"(?<=[.!?\"”\n])(?:\s*\b(?:{_LEAD},?|{_LEAD_ADVERB}))+$")
# A subject that is only a name with its titles: "Opposition Member of Parliament Aggrey Awori".
_TITLED_NAME = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|of|the|bin|al-\w+|de|police|army|rebel|opposition|party|"
    + "|".join(sorted(ROLE_HEADS))
    + r")\s+)*[A-Z][\w.'’-]*"
)
_ANONYMOUS = frozenset("supporter official lawyer witness eyewitness resident member man woman officer".split())
_QUOTE_MARK = re.compile(r"[\"“”]")
_INDEFINITE = re.compile(r"(?i:an?)\s")  # "a statement", "A civilian court": a new one
_DEFINITE = re.compile(r"[Tt]he\s")  # "The NATO chief", "the spokesman": one already in the story
_PREPOSITIONS = frozenset(
    "in on at for after before during with without from by as since until despite according unlike like".split()
)
_LY_NOUNS = frozenset("family rally ally assembly supply italy july reply monopoly anomaly".split())
_ADVERBS = frozenset("also now still already again reportedly".split())
_ENDS_NAME = re.compile(r"[A-Z][\w.'’-]*$")
_VERBS = frozenset(
    """say says said has have had is are was were will would can could may might should must did does do
    claims claim denies deny accuses accuse urges urge calls call points opposes oppose remains remain wants want
    plans plan believes believe argues argue insists insist warns warn describes describe reports report
    expects expect hopes hope seeks seek blames blame rejects reject supports support continues continue
    appears appear notes note adds add agrees agree condemns condemn demands demand needs need finds find
    shows show holds hold gives give takes take makes make faces face fears fear considers consider
    heard told took made gave found saw held led won lost met left sent put set began became came went
    spoke wrote knew thought brought kept""".split()
)
_NEXT_NAMED = 600  # characters: about the next two paragraphs
_OPENING_PHRASE = re.compile(
    r"(?:In|At|On|During|After|Before|Following|Speaking|Addressing|Writing|Responding|Replying|Reacting"
    r"|Answering|Asked|Commenting|Briefing|Talking)\b[^.!?\"“”„\n]{0,250}(?:,|\s[–—])\s+"
)


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+$")
_GENDERED_TITLE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|Madam|Mme|Mister)\.?\s+$"
)
_FEMININE = frozenset("mrs ms miss dame lady queen princess madam mme she".split())
# "Roxana Figueroa said she ...", "Tony Abbott, who denied it, told reporters he ..."
_SAID_PRONOUN = re.compile(
    r"(?:,[^,.;\"“”]{1,60},)?\s+(?:\w+\s+)?(?:said|says|told\s+\w+|added|insisted|stated|explained)\s+(?:that\s+)?(he|she)\b"
)
_COMMON_OPENERS = frozenset("the a an this these those councillors officials police residents".split())
_KIN = frozenset("wife husband widow son daughter mother father brother sister cousin nephew niece family".split())
# Unnamed people who speak for the nation in front of them: "Italian prosecutors" -> Italy.
_SENT_BY = frozenset("observers monitors".split())
_AFFILIATED = frozenset(
    "officials leaders forces military army troops soldiers agencies prosecutors peacekeepers investigators".split()
)
_BELONGS = re.compile(r",?\s+(?:of|from|with|at)\s+(?:the\s+)?[A-Z]")
_HANGERS_ON = re.compile(
    r"(?:others|(?:its|his|her|their)\s+(?:[a-z]+\s+)?(?:allies|partners|supporters|leaders|members|officials))"
)
_CAPITAL_ROLE = re.compile(r"[Tt]he\s+((?i:" + "|".join(sorted(ROLE_HEADS)) + r"))")
_BODY_VOICES = frozenset("members leaders officials representatives".split())
_PARTING_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_ABOUT = frozenset("about around nearly almost over roughly approximately some".split())
_QUANTIFIERS = frozenset(
    "many some several few most all both one two three four five six seven eight nine ten dozens hundreds "
    "thousands eleven twelve thirteen fourteen fifteen twenty".split()
)
_GOVERNMENT_OF = re.compile(
    r"(?i:government|administration|regime)\s+of\s+(?:the\s+)?([A-Z].*)$|([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:Government|Administration)$"
)
_FOLLOWERS = frozenset("supporters followers sympathizers sympathisers fans relatives critics opponents".split())
_PLACED = STATE_HEADS | frozenset("officials official leaders".split())
_PUBLISHED = DOCUMENTS | frozenset("article articles story stories leak editorial column interview published".split())


def _without_base(phrase: list[str]) -> list[str]:
    """ "the New York City-based Committee to Protect Journalists": where a body sits is
    not part of its name."""
    based = next((i for i, w in enumerate(phrase) if w.lower().endswith(PLACED_BY)), None)
    if based is None or based == len(phrase) - 1:
        return phrase
    start = based
    while start > 0 and phrase[start - 1][:1].isupper():
        start -= 1
    return phrase[:start] + phrase[based + 1 :]


def _without_setting(phrase: list[str]) -> list[str]:
    for i in range(1, len(phrase) - 1):
        before = phrase[i - 1]
        # "Witnesses in Voinjama": capitalised only because the sentence starts.
        common = before[:1].islower() or (i == 1 and before.lower() in GENERIC)
        if phrase[i] not in _SETTING or not common or before in CONNECTORS:
            continue
        # "the spokesman in Colombo, Gordon Weiss" names him; "a spokesman in the main oil
        # city, Port Harcourt" only names the city.
        segments = " ".join(phrase[i + 1 :]).split(",")
        named_after = (
            len(segments) > 1
            and (len(segments) > 2 or segments[0][:1].isupper())
            and any(m.is_person for m in name_mentions(segments[-1]))
        )
        if before.strip(",.").lower() in _PLACED | _PUBLISHED or named_after:
            return phrase  # "officials in Moscow"; "an article in Techli"; "the spokesman in Colombo, Gordon Weiss"
        if phrase[i + 1] == "charge":
            return phrase  # "the man in charge of the operation Graeme Pearson"
        if not any(w[:1].isupper() for w in phrase[i + 1 :]):
            return phrase
        return phrase[:i]
    return phrase


def _masthead(name: str) -> str:
    """A newspaper named by one word keeps its article: "The Guardian", "The Telegraph"
    (as the gold writes them); "New York Times" has none."""
    return f"The {name}" if name in _MASTHEADS else name


def _surname(word: str) -> bool:
    """Whether one capitalised word after a title can be a person's surname."""
    return (
        " " not in word
        and word.istitle()
        and word.lower() not in NOT_PERSON | PRONOUNS
        and not is_title(word)
        and not is_org_word(word)
        and country(word) is None
    )


def _without_owner(words: list[str]) -> list[str]:
    """ "Uganda's Lord's Resistance Army (LRA)": the LRA is the Lord's Resistance Army;
    "Atiku Abubakar’s People’s Democratic Party (PDP)" the People's Democratic Party; and
    "the Democratic Alliance’s (DA)" the Democratic Alliance."""
    owners = [i for i, w in enumerate(words[:-1]) if re.search(r"[’']s$", w) and not NAME_POSSESSIVE.match(w + " ")]
    if owners:
        words = words[owners[-1] + 1 :]
    return [*words[:-1], re.sub(r"[’']s$", "", words[-1])] if words else words


def _role_key(phrase: list[str]) -> str:
    """ "Iraq's information minister", "The Information Minister" -> "information minister"."""
    return " ".join(w.lower().strip(",.") for w in phrase[-2:] if not re.search(r"[’']s$", w))


def _contains(longer: list[str], words: list[str]) -> bool:
    n = len(words)
    return any(longer[i : i + n] == words for i in range(len(longer) - n + 1))
