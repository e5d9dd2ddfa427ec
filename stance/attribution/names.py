"""What a name looks like in news text: runs of capitalised words, the titles and
roles around them, and the words that are never part of one.

``name_mentions`` finds the names an article uses ("Zimbabwean opposition leader Nelson
Chamisa" -> "Nelson Chamisa"); ``SpeakerResolver`` (``stance.attribution.speaker``) turns
sources into the canonical names these mentions give.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from stance.attribution.places import country

PRONOUNS = frozenset("he she they we i it him her them his its their".split())
PERSON_PRONOUNS = frozenset("he she him her his i".split())
# Words that are titles or roles, not part of a name.
TITLES = frozenset(
    """mr mrs ms miss dr prof sir president vice prime minister secretary general gen lt col maj
    capt adm sgt gov governor commandant prosecutor sen senator rep representative ambassador spokesman spokeswoman
    spokesperson chairman chairwoman chair chief director deputy leader king queen prince
    princess sheikh sheik shiekh imam cleric judge justice attorney commander officer official officials envoy
    special rapporteur foreign defense defence interior state finance information
    opposition former acting assistant under of the a an rev father pope bishop
    archbishop mayor colonel major captain lieutenant sergeant admiral premier chancellor
    undersecretary high commissioner head press affairs political public economic relations
    national adviser advisor counsel spokesmen minister's president's secretary-general
    chairperson reporter correspondent pm mp mps mep executive ceo cfo coo cto founder co-founder economist councilman councilwoman councillor councilor congressman
    congresswoman assemblyman assemblywoman alderman sheriff professor lawmaker legislator councilmember
    coach manager defender midfielder striker forward goalkeeper winger skipper quarterback analyst candidate nominee
    whip speaker cabinet shadow clr cllr councillors superintendent supt inspector insp constable detective det
    taoiseach tánaiste tanaiste td tds msp msps mla mlas alhaji alhaja hajiya acp dcp dsp igp
    u.n. u-n mullah mallam datuk dato datin seri mk mks trustee campaigner pro tem administrator ag coun
    marshal member supervisor supervisors couns cllrs hon honourable honorable cs ps lawyer alderwoman barrister vp guide""".split()
)
ORG_HEADS = frozenset(
    """department ministry party commission council government office agency court union army front
    movement nations organization organisation committee force forces police service embassy bank fund
    alliance assembly parliament congress senate house board authority institute association group
    watch international administration command tribunal league coalition unit corporation company
    network federation centre center foundation mission bureau taskforce directorate division borders
    society cross crescent school university college academy community convention conference church
    brothers bros inc ltd plc llc corp limited holdings partners industries airlines airways motors
    technologies pharmaceuticals labs observatory partnership forum initiative platform consortium caucus
    secretariat team fighters assn prosecution channel confederation trust""".split()
)


def is_org_word(word: str) -> bool:
    """Whether ``word`` is the head of a body's name, in the singular or the plural
    ("Congress of South African Trade Unions", "Federation of Pilots Associations"); "Banks"
    is a surname more often than banks are named."""
    word = word.lower().strip(".,")
    return word in ORG_HEADS or (word.endswith("s") and word[:-1] in ORG_HEADS and word != "banks")


# Words of place and media names: "Middle East", "New York", "Miami Herald" are nobody's name.
NOT_PERSON = frozenset(
    """east west north south northern southern eastern western central new york city university college airport
    street province region
    river island islands sea ocean gulf valley mountains times herald post news journal tribune
    daily weekly radio television tv agency district county state states republic kingdom
    coast hills square prison camp without independence christmas easter thanksgiving
    bay lake peninsula strait harbour harbor avenue road stadium shoal reef atoll""".split()
)
_STANDING = frozenset(("opposition", "ruling"))
_STARTERS = frozenset(
    """here's here’s there's there’s the a an this that these those in on at for but and or so as after before while when if however
    meanwhile also yet still then now thus since although though because according with by from to
    nobody everyone everybody anyone anybody someone somebody nothing none every each most
    tonight yesterday tomorrow my our your his her its their unlike like many some several few both nor neither
    either instead how why not""".split()
)
# "Monday", "December 20": capitalised, but nobody.
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today""".split()
)
CONNECTORS = frozenset("of for and to the under on".split())
# A party label or description news writes before a person's name, not part of it.
_EPITHETS = frozenset(
    """democrat democratic republican gop libertarian labour labor tory conservative liberal greens green rival
    activist candidate
    incumbent challenger billionaire businessman businesswoman actor actress singer rapper comedian author novelist
    pundit host anchor columnist crooked olympian olympians champion""".split()
)
# Heads of a government's name, before which a party label is not part of it either.
_GOVERNMENTS = frozenset("government executive administration".split())
# How a people's name ends ("Palestinian", "European", "Sudanese", "British"): an adjective or
# a people, not a person's first name or a body.
PEOPLE_SUFFIXES = ("ian", "ean", "ese", "ish")
# A body's base or sponsor written before its name, not part of it.
PLACED_BY = (
    "-based",
    "-led",
    "-backed",
    "-owned",
    "-run",
    "-funded",
    "-controlled",
    "-aligned",
    "-allied",
    "-inspired",
    "-linked",
)
_PLURAL_TITLES = frozenset("senator representative minister president ambassador governor judge general".split())
# Words that name a minister's portfolio: "Foreign Ministry of Iran", "Housing and Local
# Government Minister".
PORTFOLIOS = frozenset(
    """foreign interior defense defence finance information home justice housing health education trade industry
    science technology culture sport energy environment agriculture transport communications planning works
    tourism commerce security water lands""".split()
)
_HONORIFIC_PAIRS = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan")})
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds
    thousands dozens millions""".split()
)
_CONTRACTED_I = re.compile(r"I['’](?:ve|d|ll|m)")
# Members' titles written after a party's name: "Sinn Féin TD", "Alliance MLA".
_TRAILING_TITLES = frozenset("td tds mp mps ms msp msps mla mlas mep meps mk am qc kc".split())
# "Shadric Namalomba MP": letters after a name say what its bearer sits in
POST_NOMINAL = re.compile(r"\s+(?:" + "|".join(w.upper() for w in sorted(_TRAILING_TITLES)) + r")$")
# bodies known by a number: a TV channel, a union's local
_NUMBERED_BODIES = frozenset("Channel Local".split())
_NUMBERED = re.compile(r"[ \t]+(\d{1,5})\b(?![.,]\d)")
_NAME_SUFFIXES = frozenset("jr sr jnr snr ii iii iv".split())
# Countries and capitals that are also first names: "Chad Wolf", "Jordan Bardella", "Sofia Coppola".
_PLACE_FIRST_NAMES = frozenset("chad jordan georgia israel india kenya sofia santiago paris victoria lima".split())
_NAME_ADJECTIVES = frozenset("national special public economic political high general".split())
# A full stop after an initial or a short title does not end a sentence or a phrase:
# "U.S. policy", "Mr. Wade". Lookbehinds for regular expressions that split on stops.
NOT_AFTER_ABBREVIATION = r"(?<!\b[A-Z])(?<!\bMrs)(?<!\b(?:Mr|Ms|Dr|St|Jr|Lt))(?<!\b(?:Gen|Sen|Rep|Gov|Col|Sgt))"
AFTER_ABBREVIATION = r"(?:(?<=\b[A-Z])|(?<=\bMrs)|(?<=\b(?:Mr|Ms|Dr|St|Jr|Lt))|(?<=\b(?:Gen|Sen|Rep|Gov|Col|Sgt)))"
# "Lord's Resistance Army", "People's Liberation Army": the possessive is part of the name.
# Members in the plural that end bodies' names ("National Union of Public Workers"); no
# first name is one of them.
MEMBERS_PLURAL = frozenset(
    "Women Children Workers Martyrs Farmers Citizens Patrolmen Policemen Firefighters Teachers Nurses Officers"
    " Employees Journalists Veterans".split()
)
NAME_POSSESSIVE = re.compile(rf"(?:the\s+)?(?:Lord|People|{'|'.join(sorted(MEMBERS_PLURAL))})['’]s?\s")
_OWNER = re.compile(r"(.+?)['’]s\s+(?=[A-Z])")
_PERSON_OF = re.compile(r"(.+?)\s+(?:of|for)\s+(?:the\s+)?([A-Z].*)$")
# A run right after "<Capitalised> of|for|on (the)": "Minister of | Education Marietta
# Yannakou", "Liberation Tigers of | Tamil Eelam".
# Also "Director of Information and | Publicity Tafadzwa Mugwadi": a portfolio of two.
_AFTER_NAME_OF = re.compile(
    r"([A-Z][\w'’.-]*)[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?"
    # "Minister for Land Management, Cooperatives and | Poverty Alleviation Balaram Adhikari"
    r"(?:(?:(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*,[ \t]+)*(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*,?[ \t]+and[ \t]+)?$"
)
# "Labour councillors for | Sudbury Trevor Cresswell": a title's ward, then the person.
_AFTER_TITLE_FOR = re.compile(
    r"\b((?i:councillors?|councilors?|mps?|msps?|mlas?|tds?|senators?))[ \t]+for[ \t]+"
    # "the Liberal MLA for Kamloops – South Thompson": a riding named with a dash
    r"(?:[A-Z][\w'’-]*[ \t]*[–—-][ \t]*)?$"
)
# A run of capitalised words (with name particles); a word ending in a full stop
# ends the run unless it is an initial or a title ("Gbagbo. French" is two runs).
# Arabic names keep their lower-case article: "al-Sahhaf", "el-Nasr", "bin Laden".
# Capitals beyond ASCII: "Halldór Ásgrímsson", "Łukasz", "Šefčovič".
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_WORD = (
    r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.[A-Z](?=[ \t])|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Jr)\.|(?:al|el|ad|ar|as|ash|at|az)[-–][A-Z][\w'’–-]*[\w'’]"
    rf"|\d[{_UPPER}][\w'’-]*|[{_UPPER}](?:[\w'’–-]*[\w'’]|\.|))"
)
# Some papers set the hyphen of "Al-Sarraj" as an en dash ("Fayez Al–Sarraj").
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az)[-–][A-Z]")
ARTICLE_PREFIX = re.compile(r"^(?:al|el|Al|El)[-–](?=[A-Z])")
# "ap" and "ab": Welsh, "son of" ("Rhun ap Iorwerth").
_PARTICLE = r"(?:bin|ibn|al-?|el-?|de|da|dos|del|di|van|von|der|den|ten|ter|le|la|du|ya|wa|ap|ab|d['’][A-Z][\w'’-]*)"
PARTICLES = frozenset("bin ibn de da dos del di van von der den ten ter le la du ya wa ap ab".split())


def name_words(name: str) -> list[str]:
    """A name's words as compared with another's: "Mutlaq" is "Saleh al-Mutlaq", and a
    particle capitalised because it opens a sentence ("Van der Berg said") is the same
    particle as in "Hans van der Berg"."""
    return [w.lower() if w.lower() in PARTICLES else ARTICLE_PREFIX.sub("", w).replace("–", "-") for w in name.split()]


# "Social Democratic Front (SDF)": a name and the acronym defined for it; also a body's
# within its parent's, "National Youth Task Team (ANC NYTT)".
ACRONYM = re.compile(
    r"((?:St\.\s+)?(?:[A-Z][\w'’-]+\s+)(?:(?:of|for|and|the|in|on|to|[A-Z][\w'’-]+)\s+)*[A-Z][\w'’-]+)\s+\(([A-Z][A-Z-]{1,9}(?: [A-Z][A-Z-]{1,9})?)\)"
)
ALIASES = {
    "un": "United Nations",
    "u.n.": "United Nations",
    "u-n": "United Nations",
    "u.n": "United Nations",
    "eu": "European Union",
    "au": "African Union",
    "e.u.": "European Union",
}
_CAP_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:{_WORD}|{_PARTICLE})(?=[ \t]+[{_UPPER}]|$|\W))*")
# "Citizens for a Better Los Angeles", "Partnership for a Drug-Free America".
# "Citizens for Tax Justice", "Physicians for Human Rights", "Americans for Prosperity".
_PEOPLE_FOR = re.compile(r"[A-Z][a-z]+s[ \t]+(?:for|against)[ \t]+[A-Z]")
_FOR_A = re.compile(r"[ \t]for[ \t]+an?[ \t]")
_ORG_RUN = re.compile(
    rf"{_WORD}(?:[ \t]+(?:{_WORD}|{_PARTICLE}|of|for[ \t]+an?|for|and|to|the|under|on)(?=[ \t]+[{_UPPER}]|$|\W))*"
)


@dataclass
class Mention:
    start: int
    end: int
    name: str
    # The tail of a longer name the run could not hold ("Nuclear Weapons" in "Treaty on
    # the Non-Proliferation of Nuclear Weapons"): a name, but nobody's.
    tail: bool = False

    @property
    def is_person(self) -> bool:
        words = self.name.split()
        return (
            not self.tail
            and len(words) >= 2
            and words[0][:1].isupper()  # "death squads" is nobody's name
            and not any(is_org_word(w) or w.lower().strip(".,") in NOT_PERSON for w in words)
            and not any(w.lower().strip(".,") in TITLES for w in words[:-1])
            # a title's abbreviation opens a name, never ends one: "Hun Sen", "Amartya Sen"
            # are people, "Foreign Minister" is not
            and not (
                words[-1].lower().strip(",") in TITLES
                and (
                    len(words[-1]) > 3
                    or words[-1].endswith(".")
                    or words[-1].isupper()
                    or words[-1].lower() in _TRAILING_TITLES
                )
            )
            # "EU Withdrawal", "UN Nikki Haley": an acronym is a body's, not a person's
            and not any(_acronym(w) for w in words)  # but "KM Nurul Huda" has initials
            and country(self.name) is None
            and not any(w in CONNECTORS for w in words)
            # "Maine's Democratic": a possessive inside a name ends a person's name
            and not any(w.endswith(("'s", "’s")) for w in words[:-1])
            # "Sudanese Presidential": a nationality, not a first name ("Chad" may be one)
            and not any(w.endswith(PEOPLE_SUFFIXES) and country(w) for w in words)
            # "Pakistan Tehreek-e-Insaf": a party named for its country
            and not (country(words[0]) and words[0].lower() not in _PLACE_FIRST_NAMES)
        )


def is_title(word: str) -> bool:
    word = word.lower().rstrip(".,")
    # "Major-General", "President-elect", "Vice-President"; "Senators Grassley and Leahy"
    return (
        word in TITLES
        or (word.endswith("s") and word[:-1] in _PLURAL_TITLES)
        or ("-" in word and all(part in TITLES | {"elect", "ex"} for part in word.split("-")))
        # "Councilor-at-Large", "Member-at-Large"
        or ("-at-" in word and word.split("-")[0] in TITLES | {"member", "delegate"})
    )


def strip_titles(words: list[str]) -> list[str]:
    out = list(words)
    while out and out[0].lower().rstrip(".,") in _STARTERS:
        out.pop(0)
    if len(out) > 3 and (out[0].lower(), out[1].lower()) in _HONORIFIC_PAIRS:
        out = out[2:]  # "Tan Sri Muhyiddin Yassin" ("Tan" and "Sri" alone open names)
    if len(out) > 2 and is_org_word(out[0]) and out[1] in ("of", "for", "on"):
        return out  # "Ministry of Foreign Affairs", "Department of Homeland Security"
    head = next((i for i in range(1, len(out) - 2) if is_org_word(out[i]) and out[i + 1] in ("of", "for", "on")), None)
    if head is not None and all(
        w[:1].isupper() and (not is_title(w) or w.lower() in PORTFOLIOS or w.lower() in _NAME_ADJECTIVES)
        for w in out[:head]
    ):
        # "Canadian Union of Public Employees" ("Public" is also a title word), "Foreign
        # Ministry of Iran", "General Confederation of Labor"; not "Governor Central Bank
        # of Nigeria Godwin Emefiele"
        return out
    if out and out[-1].lower() in ORG_HEADS:
        # An institution keeps its name ("Pakistan's Foreign Ministry"), without a
        # U.S. prefix: "State Department" (but "American Civil Liberties Union"), and
        # without the standing papers give a party: "Opposition Nepali Congress (NC)".
        while len(out) > 2 and (
            (country(out[0]) == "United States" and out[0] != "American") or out[0].lower() in _STANDING
        ):
            out.pop(0)
        return out
    # "Ivory Coast President Laurent Gbagbo": the name follows the last title; but an
    # adjective before an institution's head is part of its name ("National League for
    # Democracy", "Kenya National Commission on Human Rights"). Before no head it is not:
    # keeping "National" in "Trump National Doral" or "Political" in a headline written
    # in capitals made them names that "Trump" and "Garner" resolved to (PolNeAR articles).
    institution = [i for i, w in enumerate(out) if w.lower() in ORG_HEADS]

    def named_by(i: int) -> bool:
        return out[i].lower() in _NAME_ADJECTIVES and bool(institution) and institution[-1] > i

    # "Martin Luther King Jr.": a title word before nothing but a suffix ends the name.
    named = len(out)
    while named > 1 and out[named - 1].lower().rstrip(".,") in _NAME_SUFFIXES:
        named -= 1
    last_title = max(
        # "Bernard A. Friedman": a middle initial, not the article "A"
        (
            i
            for i, w in enumerate(out[: named - 1])
            if is_title(w) and w[:1].isupper() and not named_by(i) and not (w == "A." and i > 0)
        ),
        default=-1,
    )
    if last_title >= 0:
        out = out[last_title + 1 :]
    while out and is_title(out[0]) and not (last_title < 0 and named_by(0)):
        out.pop(0)
    while out and out[-1].lower().rstrip(".") in {"said", "says"}:
        out.pop()
    while len(out) > 2 and out[-1].lower() in _TRAILING_TITLES:
        out.pop()  # "Sinn Féin TD" is the party's member, speaking for it as a source would
    return out


def clean_name(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip(" ,.;:\"“”'’()"))
    return " ".join(name.split())


def name_mentions(text: str) -> list[Mention]:
    """Runs of capitalised words that look like names; titles removed."""
    out = []
    # "May told MPs" after "Theresa May has said": the surname, not the month.
    may_is_named = any(_first_name(m.group(1)) for m in _NAMED_MAY.finditer(text))
    for m in _CAP_RUN.finditer(text):
        org = _ORG_RUN.match(text, m.start())
        # "Committee to Protect Journalists", "Union of Forces for Democracy": names of
        # institutions run over lower-case connectors.
        span_text, base = m.group(0), m.start()
        # "Martin Griffiths and Red Cross President Mirjana Spoljaric": a person before
        # "and" is not the start of an institution's name.
        # "The National Emergency Crisis and Disasters Management Authority": an adjective
        # that names institutions opens one.
        before_and = m.group(0).split()
        kept = strip_titles(before_and)
        person_and = (
            text.startswith(" and ", m.end())
            and Mention(0, 0, " ".join(kept)).is_person
            and not (len(kept) < len(before_and) and before_and[-len(kept) - 1].lower() in _NAME_ADJECTIVES)
        )
        if (
            org
            and org.end() > m.end()
            and not person_and
            and (
                any(w.lower() in ORG_HEADS for w in org.group(0).split())
                or _FOR_A.search(org.group(0))
                or _PEOPLE_FOR.match(org.group(0))
            )
        ):
            span_text = org.group(0).rstrip()
            # "between the New York State Nurses Association and the New York City Hospital
            # Alliance": after an institution's head word, "and the" opens another name.
            joined = next(
                (j for j in re.finditer(r"(\S+)\s+and\s+the\s", span_text) if j.group(1).lower() in ORG_HEADS), None
            )
            if joined:
                span_text = span_text[: joined.end(1)]
            while span_text.split()[-1] in CONNECTORS:
                span_text = span_text.rsplit(" ", 1)[0]
            member = _PERSON_OF.match(span_text)
            person = strip_titles(member.group(1).split()) if member else []
            if member and Mention(0, 0, " ".join(person)).is_person:
                # "Morgan Tsvangirai of the Movement for Democratic Change": a person
                # and the body they belong to, not one name.
                start = text.find(person[0], m.start())
                out.append(Mention(start, start + len(" ".join(person)), clean_name(" ".join(person))))
                body = member.group(2)
                start = m.start() + member.start(2)
                out.append(Mention(start, start + len(body), clean_name(body)))
                continue
            if member and not person and is_org_word(member.group(2).split()[-1]):
                # "a Spokesperson of the People Power Party": a role, then the body's name.
                body = member.group(2)
                start = m.start() + member.start(2)
                out.append(Mention(start, start + len(body), clean_name(body)))
                continue
        if _headline(span_text):
            continue
        owner = _OWNER.match(span_text)
        person = strip_titles(owner.group(1).split()) if owner else []
        owned = strip_titles(span_text[owner.end() :].split()) if owner else []
        if (
            owner
            and person
            and (Mention(0, 0, " ".join(person)).is_person or Mention(0, 0, " ".join(owned)).is_person)
            and not NAME_POSSESSIVE.search(owner.group(0))
        ):
            # "Nelson Chamisa's Citizens Coalition for Change", "The SNP's Stewart Maxwell":
            # the owner and what or who is theirs, two names.
            start = text.find(person[0], base)
            out.append(Mention(start, start + len(" ".join(person)), clean_name(" ".join(person))))
            span_text, base = span_text[owner.end() :], base + owner.end()
        words = strip_titles(span_text.split())
        based = [i for i, w in enumerate(words[:-1]) if w.lower().endswith(PLACED_BY)]
        # "Paris-based Reporters Without Borders", "NATO-led International Security Assistance Force"
        words = words[based[-1] + 1 :] if based else words
        while words and words[0][:1].islower() and not ARABIC_ARTICLE.match(words[0]):
            words.pop(0)
        if not words:
            continue
        while len(words) > 1 and (
            (words[-1].lower().strip(".,") in TIME_WORDS and not (words[-1] == "May" and _first_name(words[-2])))
            or words[-1] in CONNECTORS | {"Web", "I", "The"}
        ):
            # "in Washington Thursday", "Senate Republicans on Tuesday", "the Sudan Tribune Web
            # site", "On Northern Ireland I want"; but "Theresa May" is a name.
            words.pop()
        words = person_tail(words)
        labelled = [
            i
            for i, w in enumerate(words[:-2])
            if w.lower() in _EPITHETS and Mention(0, 0, " ".join(words[i + 1 :])).is_person
        ]
        if labelled:
            # "Republican Donald Trump", "Democrat Hillary Clinton", "activist Angela Davis",
            # "Rank-and-file California Democrat Tony Cárdenas"
            words = words[labelled[0] + 1 :]
        elif len(words) >= 2 and words[0].lower() in _RANKING and words[1].lower() in _EPITHETS:
            words = words[1:]  # "Top Labour councillor Anne Western": the party, not "Top Labour"
        elif len(words) > 2 and words[0].lower() in _EPITHETS and words[-1].lower() in _GOVERNMENTS:
            words = words[1:]  # "the Labour Welsh Government": the party that runs it is no part of its name
        if (
            len(words) >= 2
            and _GERUND.fullmatch(words[0])
            and words[0].lower() not in _ING_NAMES
            and opens_sentence(text, text.find(words[0], base))
            and _ends_another_name(text, words[1:], text.find(words[0], base))
        ):
            words = words[1:]  # "Injecting Clinton's marital troubles into the campaign ...", not "Downing Street"
        elif (
            len(words) >= 3
            and _GERUND.fullmatch(words[0])
            and words[1] in CONNECTORS
            and opens_sentence(text, text.find(words[0], base))
        ):
            # "Accusing the Congress of spreading rumours": a verb opening the sentence, then
            # its object; not one name running over "the"
            words = words[2:]
        tail = False
        after = _AFTER_NAME_OF.search(text, max(0, base - 60), base) or _AFTER_TITLE_FOR.search(
            text, max(0, base - 60), base
        )
        run_words = span_text.split()
        # "Spokesman on National Security Peter Bunting": "National" opens the portfolio,
        # though strip_titles took it for a title.
        opened = run_words[: len(run_words) - len(words)]
        if after and (
            words[0] == run_words[0]
            or (run_words[len(opened) :] == words and all(w.lower() in _NAME_ADJECTIVES for w in opened))
        ):
            if is_title(after.group(1)) and len(words) >= 3:
                # The portfolio or place of the title, then the person: "Minister of
                # Education Marietta Yannakou", "High Commissioner for Human Rights Louise Arbour".
                words = words[-3:] if len(words) >= 4 and len(words[-2]) <= 2 else words[-2:]
            else:
                tail = True
        members = [i for i, w in enumerate(words[:-2]) if w in MEMBERS_PLURAL]
        # a run in a body's name: after one ("National Union of | Public Workers") or holding "of"
        of_body = members and (after or _OF_INSIDE.search(span_text, 0, span_text.rfind(words[members[-1]])))
        if of_body and Mention(0, 0, " ".join(person := strip_titles(words[members[-1] + 1 :]))).is_person:
            # "General Secretary of the National Union of Public Workers Delcia Burke": the
            # body's name ends with its members; the person follows.
            words = person
        named_may = may_is_named and not re.match(r"\s*\d", text[m.end() :])
        while words and words[0].lower().strip(".,") in TIME_WORDS and words[-1].lower() not in NOT_PERSON:
            if words == ["May"] and named_may:
                break  # "May told MPs" after "Theresa May"
            words = words[1:]  # "On Sunday Trump said", but "Sunday Times"
        name = clean_name(" ".join(words))
        if len(name) < 2 or name.lower() in PRONOUNS | _NUMBER_WORDS or _CONTRACTED_I.fullmatch(name):
            continue  # "Six responded that ...": a number, not a name
        start = text.find(words[0], base)
        if words[-1] in _NUMBERED_BODIES and (numbered := _NUMBERED.match(text, start + len(name))):
            name = f"{name} {numbered.group(1)}"  # "Channel 13", "SEIU Local 1021"
        out.append(Mention(start, start + len(name), name, tail))
    return _drop_overlaps(out)


# "General Secretary of the National Union of Public Workers Delcia Burke": "of" inside a run
_OF_INSIDE = re.compile(r"\s(?:of|for)\s")
_NAMED_MAY = re.compile(r"\b([A-Z][a-z]+)\s+May\b(?!\s*\d)")


def _first_name(word: str) -> bool:
    """Whether ``word`` can be a first name before a surname that is also a month."""
    low = word.lower().strip(".,")
    return (
        word[:1].isupper()
        and low not in TIME_WORDS | _STARTERS | TITLES | CONNECTORS | NOT_PERSON
        and not is_org_word(word)
        and country(word) is None
    )


# Words a name does not hold capitalised, but a headline in title case does: "Clinton
# Campaign Reportedly Scrambling For Black Voter Turnout In Florida" is no one's name, and
# "Clinton" must not resolve to it.
_HEADLINE_WORDS = frozenset(
    """To For In By After With Will Is Are Has Have From At As On Over Into About Says Calls Slams
    Hammers Blasts Rips Urges Warns Vows Asks Wants Accuses Denies Defends Praises Attacks Tells""".split()
)


def _headline(run: str) -> bool:
    words = run.split()
    return (
        len(words) >= 4
        and any(w in _HEADLINE_WORDS for w in words[1:])
        and not any(w.lower() in ORG_HEADS for w in words)
    )


# A capitalised gerund that opens a sentence is no first name (first names in -ing are few).
_GERUND = re.compile(r"[A-Z][a-z]{3,}ing")
_ING_NAMES = frozenset("sterling channing manning fleming harding browning pickering".split())
# Words that rank a party's member before the party's name: "Top Labour councillor"
_RANKING = frozenset("top senior leading veteran prominent".split())


def _ends_another_name(text: str, words: list[str], at: int) -> bool:
    """Whether ``words`` end another capitalised name elsewhere ("Hillary Clinton")."""
    pattern = rf"\b(?!{_GERUND.pattern}\b)[A-Z][\w'’-]+\s+{re.escape(clean_name(' '.join(words)))}\b"
    return any(m.start() != at for m in re.finditer(pattern, text))


def opens_sentence(text: str, start: int) -> bool:
    """Whether nothing but a sentence end or a quotation mark comes before ``start``."""
    before = text[max(0, start - 40) : start].rstrip()
    return not before or before[-1] in '.!?\n"”'


def person_tail(words: list[str]) -> list[str]:
    """'Europe Julie Finley', 'United Nations Susan Rice': a place or body before a
    person's name belongs to a title ("Ambassador to the ..."), not to the name."""
    if len(words) < 3:
        return words
    tail = words[-2:]
    if re.fullmatch(r"[A-Z]\.?", words[-3]):  # an initial: "George W. Bush", not "UN Nikki Haley"
        tail = words[-3:]
    head = words[: len(words) - len(tail)]
    if not head or head[-1].lower() in CONNECTORS or any(w in ("a", "an") for w in head):
        return words  # "International Committee of the Red Cross", "Committee for a Responsible Federal Budget"
    acronyms = [i for i, w in enumerate(words[:-2]) if _acronym(w)]
    if acronyms and Mention(0, 0, " ".join(words[acronyms[-1] + 1 :])).is_person:
        return words[acronyms[-1] + 1 :]  # "chair of the AU Mahmoud Ali Youssouf"
    placey = any(
        country(w)
        or is_org_word(w)
        or w.lower() in NOT_PERSON
        or w in ("Nations", "Europe", "Africa", "Asia")
        or _acronym(w)  # "UN Nikki Haley"
        for w in head
    )
    tail_ok = all(
        w[:1].isupper() and not is_org_word(w) and w.lower() not in NOT_PERSON and not country(w) for w in tail
    )
    if placey and tail_ok:
        # A name of three words after the body: "Nepali Congress Gagan Kumar Thapa".
        places = [i for i, w in enumerate(head) if is_org_word(w) or country(w) or _acronym(w)]
        longer = words[places[-1] + 1 :] if places else []
        if (
            len(longer) == 3
            and all(w[:1].isupper() and not is_org_word(w) and not country(w) for w in longer)
            and Mention(0, 0, " ".join(longer)).is_person
        ):
            return longer
        return tail
    return words


def _acronym(word: str) -> bool:
    """An acronym of a body or place ("EU", "NATO", "UN"), not a person's initials ("KM")."""
    return (
        word.isupper()
        and "." not in word
        and word.lower() not in _NAME_SUFFIXES  # "George Bush III"
        and (len(word) >= 3 or word.lower() in ALIASES or country(word) is not None)
    )


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for m in mentions:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def joint_name(names: Sequence[str]) -> str:
    """Joint speakers as ANNOTATION.md writes them: "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
