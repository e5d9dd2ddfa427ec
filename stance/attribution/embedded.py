"""Attributions embedded in a sentence: "what X called ...", "rebels it says are backed
by Chad". The tagger has one layer, so it cannot mark "terrorists" as a quote inside
another quote's contents ("the government cannot protect civilians living among what he
called "terrorists""), and it often misses these short characterisations at the top
level too. They follow fixed constructions, so rules find them: the source and cue come
after "what" (or a relative pronoun), the contents run to the closing quotation mark when
a quotation is inside, else to the clause's end.

So do the idioms British, Irish and Commonwealth papers report criticism with, which the
corpus (mostly VOA) almost never uses: "Gavin Williamson hit out at Jeremy Corbyn's party",
"Labour hit back at the claims", "The Taoiseach rounded on Sinn Féin", "took aim at the
Council". The contents are the noun phrase after the idiom.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stance.attribution.link import QUOTE_MARKS
from stance.attribution.names import NOT_AFTER_ABBREVIATION
from stance.schema import Quote, Span

_OPENS = '"“'
_CLOSES = '"”'

# "what he called", "what the opposition calls", "what they say", "what it described as",
# "what the government has termed".
_WHAT = re.compile(
    r"\b[Ww]hat\s+(?P<source>(?:he|she|it|they|(?:the|its|his|her|their)\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|(?!(?:is|was|has|does|this)\b)[a-z]{3,}s))"
    r"(?:\s+(?:has|have|had|also|repeatedly|once))*"
    r"\s+(?P<cue>calls|called|call|describes|described|describe|terms|termed|term|labels|labelled|labeled|dubbed"
    r"|says|said|say|claims|claimed|claim|alleges|alleged|allege)(?:\s+as)?\s+"
)
# "rebels it says are backed by Chad", "results, which he says were false": a pronoun
# and a reporting verb inside a relative clause, the contents starting at its verb.
_RELATIVE = re.compile(
    r"(?<=[a-z,])\s+(?:(?:which|who|that)\s+)?(?P<source>he|she|it|they)\s+"
    r"(?P<cue>says|said|say|claims|claimed|claim|alleges|alleged|allege)\s+"
    r"(?=(?:is|are|was|were|had|have|has|will|would|could|can|may|might)\b)"
)
# "press reports quoted Defense Minister Daniel Chea as saying his forces ...": the
# contents are the rest of the sentence.
_AS_SAYING = re.compile(
    r"\bquoted\s+(?P<source>(?:the\s+|a\s+)?[A-Z]?[^.;:,\n]{1,80}?)\s+as\s+(?P<cue>saying)\s+(?:that\s+)?"
)
# "Gavin Williamson hit out at", "The Taoiseach also rounded on", "Labour has hit back at".
_IDIOM = re.compile(
    r"(?P<source>\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*"
    r"|[Tt]he\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}))"
    r"(?:\s+(?:has|have|had|also|again|sharply|angrily|then|today|yesterday))*"
    r"\s+(?P<cue>(?:hit|hits|hitting)\s+(?:out|back)\s+(?:at|against)|(?:lashed|lashes|lashing)\s+out\s+(?:at|against)"
    r"|(?:took|takes|take|taking)\s+aim\s+at|(?:rounded|rounds|rounding)\s+on|(?:laid|lays|laying)\s+into)\s+"
)
# What the idiom is aimed at ends where the noun phrase does: "Jeremy Corbyn's party | after ...".
_TARGET_END = re.compile(
    r"\s(?:over|for|during|amid|after|before|as|in|on|with|while|because|that|which|who|and\s+(?:said|called|accused|urged))\b"
)
_LAST_STOP = re.compile(rf".*{NOT_AFTER_ABBREVIATION}[.!?]\s+")
_SENTENCE_END = re.compile(rf"{NOT_AFTER_ABBREVIATION}[.!?](?=\s|$)|\n")
# The clause ends at punctuation, a dash or a line break; what something is called is a
# noun phrase, which also ends where a relative clause, an infinitive or a participle
# ("propaganda distributed by ...") begins.
_CLAUSE_END = re.compile(
    rf"{NOT_AFTER_ABBREVIATION}[.!?](?=\s|$)|[,;:](?=\s|$)|(?<=[.!?][\"”])(?=\s|$)|\s[-–—]{{1,2}}\s|\n"
)
_PHRASE_END = re.compile(r"\s(?:that|which|who|whom|where|when|to|because|after|before|while|[a-z]{3,}ed)\b")
_NAMING = frozenset(
    "calls called call describes described describe terms termed term labels labelled labeled dubbed".split()
)


def embedded_quotes(text: str, found: Sequence[Quote]) -> list[Quote]:
    """Quotes of the "what X called ..." form that ``found`` does not already hold
    (same cue), with contents, cue and source; the speaker is left to the resolver."""
    cues = {(q.cue.start, q.cue.end) for q in found if q.cue}
    out = []
    matches = sorted(
        [*_WHAT.finditer(text), *_RELATIVE.finditer(text), *_AS_SAYING.finditer(text), *_IDIOM.finditer(text)],
        key=lambda m: m.start("cue"),
    )
    for m in matches:
        if (m.start("cue"), m.end("cue")) in cues:
            continue
        if m.re is _IDIOM and any(a < m.end("cue") and m.start("cue") < b for a, b in cues):
            continue  # the tagger found it ("lashed out" as the cue of "lashed out at")
        cues.add((m.start("cue"), m.end("cue")))  # "what he said was ...": one quote, not two
        start = m.end()
        if start >= len(text) or not (text[start].isalnum() or text[start] in _OPENS):
            continue  # "what she says -- if you listen": no contents follow
        if m.group("cue") == "saying":
            sentence = _SENTENCE_END.search(text, start)
            end: int | None = sentence.start() if sentence else len(text)
        elif m.re is _IDIOM:
            end = _aimed_at_end(text, start)
        else:
            end = _content_end(text, start, m.group("cue") in _NAMING)
        if end is None or end - start < 3:
            continue
        content = Span.of(text, start, end)
        quoted = content.text[:1] in _OPENS and content.text[-1:] in _CLOSES
        kind = "direct" if quoted else "mixed" if any(c in QUOTE_MARKS for c in content.text) else "indirect"
        source_start = m.start("source")
        if m.re is _IDIOM and (stop := _LAST_STOP.search(m.group("source"))):
            source_start += stop.end()  # "... on the Troubles. The Tánaiste also rounded on"
        out.append(
            Quote(
                type=kind,
                contents=[content],
                cue=Span.of(text, m.start("cue"), m.end("cue")),
                sources=[Span.of(text, source_start, m.end("source"))],
                confidence=0.5,
            )
        )
    return out


def _aimed_at_end(text: str, start: int) -> int | None:
    """Where the noun phrase an idiom of criticism is aimed at, starting at ``start``, ends."""
    end = _content_end(text, start, naming=False)
    if end is None:
        return None
    phrase = _TARGET_END.search(text, start + 1, end)
    return phrase.start() if phrase else end


def _content_end(text: str, start: int, naming: bool) -> int | None:
    """Where the contents starting at ``start`` end: a quotation they open with ends at
    its closing mark; otherwise the clause (for a name given, the noun phrase) ends them,
    quoted words inside included."""
    clause = _CLAUSE_END.search(text, start)
    limit = clause.start() if clause else len(text)
    if text[start] in _OPENS:
        closing = next((i for i in range(start + 1, min(len(text), start + 400)) if text[i] in _CLOSES), None)
        return closing + 1 if closing is not None else None
    if naming:
        phrase = _PHRASE_END.search(text, start + 1, limit)
        if phrase:
            limit = phrase.start()
    # A quotation inside runs to its closing mark even past a comma within it.
    marks = [i for i in range(start, limit) if text[i] in QUOTE_MARKS]
    if len(marks) % 2 == 1:
        closing = next((i for i in range(limit, min(len(text), limit + 300)) if text[i] in _CLOSES), None)
        if closing is None:
            return None
        limit = closing + 1
    return limit if limit - start <= 200 else None
