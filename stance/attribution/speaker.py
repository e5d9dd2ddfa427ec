"""Canonical speaker names for a whole article: ``he``, ``Mr Obama`` -> ``Barack Obama``.

Following ANNOTATION.md: the longest proper name the article uses for an entity,
without titles; pronouns take the most recent speaker or person named before
them; the US government and its officials are ``United States``; anonymous and
generic sources (``a source``, ``analysts``) are unknown (None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

PRONOUNS = frozenset("he she they we i it him her them his its their".split())
# Words that are titles or roles, not part of a name.
TITLES = frozenset(
    """mr mrs ms miss dr prof sir president vice prime minister secretary general gen lt col maj
    capt adm sgt gov governor sen senator rep representative ambassador spokesman spokeswoman
    spokesperson chairman chairwoman chair chief director deputy leader king queen prince
    princess sheikh judge justice attorney commander officer official officials envoy
    special rapporteur foreign defense defence interior state finance information
    opposition former acting assistant under of the a an u.s us rev father pope bishop
    archbishop mayor colonel major captain lieutenant sergeant admiral premier chancellor
    undersecretary high commissioner head press""".split()
)
GENERIC = frozenset(
    """source sources analyst analysts critic critics observer observers witness witnesses
    resident residents people some many others expert experts diplomat diplomats activist
    activists report reports media""".split()
)
US_ALIASES = frozenset({"u.s.", "us", "u.s", "united states", "washington", "america", "american", "the united states"})
# A run of capitalised words (with name particles); a word ending in a full stop
# ends the run unless it is an initial or a title ("Gbagbo. French" is two runs).
_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Jr)\.|[A-Z](?:[\w'’-]*[\w'’]|\.|))"
_CAP_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:{_WORD}|bin|al-?|el-?|de|da|van|von|der|le|la|du)(?=[ \t]+[A-Z]|$|\W))*")
_SENTENCE_END = re.compile(r"[.!?]\s")


@dataclass
class Mention:
    start: int
    end: int
    name: str


ORG_HEADS = frozenset(
    """department ministry party commission council government office agency court union army front
    movement nations organization organisation committee forces police service embassy bank fund
    alliance assembly parliament congress senate house board authority institute association group
    watch international administration command tribunal league coalition unit corporation company""".split()
)


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLES or word.lower() in TITLES


def _strip_titles(words: list[str]) -> list[str]:
    out = list(words)
    if out and out[-1].lower() in ORG_HEADS:
        # An institution keeps its full name: "State Department", "Foreign Ministry".
        while out and out[0].lower() in {"the", "a", "an"}:
            out.pop(0)
        return out
    # "Ivory Coast President Laurent Gbagbo": the name follows the last title.
    last_title = max((i for i, w in enumerate(out[:-1]) if _is_title(w) and w[:1].isupper()), default=-1)
    if last_title >= 0:
        out = out[last_title + 1 :]
    while out and (out[0].lower().rstrip(".") in TITLES or out[0].lower() in TITLES):
        out.pop(0)
    while out and out[-1].lower().rstrip(".") in {"said", "says"}:
        out.pop()
    return out


def _clean(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip(" ,.;:\"“”'’()"))
    return " ".join(name.split())


def name_mentions(text: str) -> list[Mention]:
    """Runs of capitalised words that look like names, titles removed."""
    out = []
    for m in _CAP_RUN.finditer(text):
        words = _strip_titles(m.group(0).split())
        while words and words[0][:1].islower():
            words.pop(0)
        while words and words[-1][:1].islower():
            words.pop()
        if not words:
            continue
        name = _clean(" ".join(words))
        if len(name) < 2 or name.lower() in PRONOUNS:
            continue
        # A capitalised word that only starts a sentence ("The", "Officials") is no name.
        if len(words) == 1 and _starts_sentence(text, m.start()) and words[0].lower() in _COMMON_STARTERS:
            continue
        start = text.find(words[0], m.start())
        out.append(Mention(start, start + len(name), name))
    return out


_COMMON_STARTERS = frozenset(
    """the a an this that these those he she it they we in on at for but and or so as after before
    while when if however meanwhile also officials police rebels critics analysts""".split()
)


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in '.!?"”\n:'


class SpeakerResolver:
    """Resolves source mentions of one article to canonical names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.mentions = name_mentions(text)
        self._names = sorted({m.name for m in self.mentions}, key=len, reverse=True)

    def canonical(self, name: str) -> str:
        """The longest name in the article that ends with, or contains, this one's words."""
        if name.lower() in US_ALIASES or name.lower().strip(". ") in US_ALIASES:
            return "United States"
        words = name.split()
        for longer in self._names:
            lw = longer.split()
            if len(lw) > len(words) and (lw[-len(words) :] == words or _contains(lw, words)):
                return longer
        return name

    def resolve(self, source: str | None, position: int, previous: Sequence[tuple[int, str | None]]) -> str | None:
        """The speaker for a source mention at ``position``; ``previous`` are (position, speaker) so far."""
        if source is None:
            return None
        words = source.split()
        lower = [w.lower().strip(",.") for w in words]
        if len(lower) == 1 and lower[0] in PRONOUNS:
            return self._antecedent(position, previous, plural=lower[0] in {"they", "we", "them", "their"})
        if any(w in US_ALIASES for w in lower) and not _has_name(words[1:]):
            return "United States"
        phrase = list(words)
        while phrase and phrase[0].lower() in {"the", "a", "an"}:
            phrase.pop(0)
        head = phrase[-1].strip(",.") if phrase else ""
        if head[:1].islower():
            return self._common_noun(phrase, head, previous)
        names = name_mentions(source)
        if not names:
            return None  # "analysts", "a source", "the government": unnamed
        # The last name in the mention is the head: "Zimbabwe opposition leader Nelson Chamisa".
        head = names[-1].name
        if head.lower() in US_ALIASES:
            return "United States"
        return self.canonical(head)

    def _common_noun(self, phrase: list[str], head: str, previous: Sequence[tuple[int, str | None]]) -> str | None:
        """ "The army" after "the Ivorian army" is that army; "analysts" is nobody."""
        if head.lower() in GENERIC:
            return None
        if len(phrase) <= 3 and any(w[:1].isupper() and not _is_title(w) for w in phrase[:-1]):
            return " ".join(phrase)  # "Ivorian army", as written
        for _, speaker in reversed(previous):
            if speaker and speaker.split()[-1].lower() == head.lower():
                return speaker
        return None

    def _antecedent(self, position: int, previous: Sequence[tuple[int, str | None]], plural: bool) -> str | None:
        recent = [s for p, s in previous if p < position and s]
        # A pronoun right after another quote most often continues its speaker.
        if recent:
            return recent[-1]
        before = [m for m in self.mentions if m.end <= position]
        persons = [m for m in before if len(m.name.split()) >= 2 or plural]
        pick = (persons or before)[-1] if (persons or before) else None
        return self.canonical(pick.name) if pick else None


def _contains(longer: list[str], words: list[str]) -> bool:
    n = len(words)
    return any(longer[i : i + n] == words for i in range(len(longer) - n + 1))


def _has_name(words: Sequence[str]) -> bool:
    return any(w[:1].isupper() and w.lower().strip(".,") not in TITLES for w in words)
