"""From tagged spans to quotes: which contents, cue and sources belong together.

Rules over the tagger's output, in reading order:
- content pieces separated only by white space (a quotation running over several
  sentences) are one span, and so are two pieces of one quotation whose middle the
  tagger lost; a paragraph break ends a span;
- a content takes the nearest cue in its sentence(s), else in a neighbouring sentence
  of its paragraph (a quotation looks back first, reported speech ahead); two quoted
  contents sharing one cue (``"A," he said, "B."``) are one quote;
- the source is the source span nearest the cue, in the same sentence; with none
  tagged, the noun phrase right after a passive cue's "by" or an inverted reporting verb
  ('"...," said the statement'), else the subject of the cue's clause ("Saied, 65,
  claims"; a participle's sentence subject: "Little took aim at the union, calling");
- a quotation opening its paragraph after a lead-in that ends in a colon takes the
  lead-in's cue and source ("McCormack offered this comment:");
- a quoted content with no cue or source nearby continues the previous speaker
  (a paragraph of quotation standing on its own); an unquoted one with no cue is
  dropped as a likely false alarm, and so is a short unquoted one not right after
  its cue;
- a cue in a sense that reports no speech ("denied them access", "condemned to
  poverty", "called off a visit") makes no quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from stance.attribution.names import (
    ACRONYM,
    AFTER_ABBREVIATION,
    NOT_AFTER_ABBREVIATION,
    PARTICLES,
    TIME_WORDS,
    name_mentions,
)
from stance.attribution.speaker import ROLE_HEADS
from stance.attribution.tagger import TaggedSpan
from stance.schema import Quote, Span, gap

_IN_DOCUMENT = re.compile(r"\b(?:in|through)\s+$")
OPENING = "\"“”'‘"
CLOSING = "\"”“'’"
QUOTE_MARKS = '"“”'


@dataclass(frozen=True)
class LinkOptions:
    """Conventions of the corpus a model was trained on, which differ between corpora.

    Ours (ANNOTATION.md) drop a reported content's leading "that" and final stop, and
    the defaults follow them; PolNeAR keeps both and has many one-word contents.
    Training picks them on dev (``tune_link_options``) and saves them in the model's
    config, so a model trained on another corpus links by that corpus's rules.
    """

    trim_that: bool = True
    trim_final_stop: bool = True
    # Shorter unquoted contents are dropped as fragments (+0.015 F1 on our dev).
    min_reported_words: int = 3
    merge_same_sentence: bool = True
    # A paragraph break ends a quote: a quotation standing in its own paragraph is a
    # quote of its own (cue null), not more content of the previous one, and takes no
    # cue from the paragraph before (+0.020 quote F1@0.5 on dev).
    paragraphs: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any] | None) -> LinkOptions:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (values or {}).items() if k in known})

    @classmethod
    def grid(cls) -> list[LinkOptions]:
        return [
            cls(that, stop, words, merge, paragraphs)
            for that in (True, False)
            for stop in (True, False)
            for words in (3, 1)
            for merge in (True, False)
            for paragraphs in (True, False)
        ]


DEFAULT_LINK = LinkOptions()


@dataclass
class Draft:
    contents: list[TaggedSpan]
    cue: TaggedSpan | None = None
    sources: list[TaggedSpan] = field(default_factory=list)
    continues_previous: bool = False


def quote_type(text: str, contents: Sequence[Span]) -> str:
    """direct if every content is inside quotation marks, mixed if one holds some, else indirect."""
    inside = [(s.text[:1] in OPENING and s.text[-1:] in CLOSING + ",") or opens_unclosed(s.text) for s in contents]
    if all(inside):
        return "direct"
    if any(ch in QUOTE_MARKS for s in contents for ch in s.text):
        return "mixed"
    return "indirect"


def opens_unclosed(span_text: str) -> bool:
    # A paragraph that opens a quotation and never closes it.
    return span_text[:1] in '"“' and sum(span_text.count(c) for c in QUOTE_MARKS) % 2 == 1


def _paragraph_break(text: str, start: int, end: int) -> bool:
    return "\n" in text[start:end]


def _merge_contiguous(
    text: str, starts: list[int], contents: list[TaggedSpan], paragraphs: bool = True
) -> list[TaggedSpan]:
    """A quotation running on into the next sentence window is one span: pieces in
    adjacent sentences, only white space apart, the first not closing a quotation."""
    merged: list[TaggedSpan] = []
    for span in contents:
        last = merged[-1] if merged else None
        if (
            last is not None
            and not text[last.end : span.start].strip()
            and not (paragraphs and _paragraph_break(text, last.end, span.start))
            and _sentence_of(starts, last.start) != _sentence_of(starts, span.start)
            and text[last.end - 1 : last.end] not in CLOSING
        ) or (last is not None and _closes_open_quotation(text, last, span)):
            merged[-1] = TaggedSpan("CONTENT", last.start, span.end, (last.score + span.score) / 2)
        else:
            merged.append(span)
    return merged


def _closes_open_quotation(text: str, opened: TaggedSpan, closing: TaggedSpan) -> bool:
    """A quotation the tagger lost in the middle: one piece opens it, a later piece of
    the same paragraph closes it, and nothing between holds a quotation mark. Joining
    them measured +0.010 quote F1@0.5 on dev."""
    between = text[opened.end : closing.start]
    piece = text[closing.start : closing.end]
    return (
        opens_unclosed(text[opened.start : opened.end])
        and not _paragraph_break(text, opened.end, closing.start)
        and not any(c in QUOTE_MARKS for c in between)
        and piece[-1:] in '"”'
        and sum(piece.count(c) for c in QUOTE_MARKS) % 2 == 1
    )


def _run_to_close(text: str, contents: list[TaggedSpan]) -> list[TaggedSpan]:
    """A quotation that opens in one sentence and closes sentences later is one content,
    even where the tagger, which reads a sentence at a time, left the later sentences
    untagged or tagged an attribution quoted inside it ("Pakistan has said ..."). It runs
    to its closing mark in the paragraph; one that opens a paragraph and never closes
    runs to the paragraph's end (the next paragraph continues it)."""
    out: list[TaggedSpan] = []
    for span in contents:
        if out and span.start < out[-1].end:
            last = out[-1]
            out[-1] = TaggedSpan(last.role, last.start, max(last.end, span.end), last.score)
            continue
        if opens_unclosed(text[span.start : span.end]):
            newline = text.find("\n", span.end)
            paragraph_end = len(text) if newline < 0 else newline
            close = min((k for c in '"”' if (k := text.find(c, span.end, paragraph_end)) >= 0), default=-1)
            if close >= 0:
                span = TaggedSpan(span.role, span.start, close + 1, span.score)
            elif not text[text.rfind("\n", 0, span.start) + 1 : span.start].strip():
                span = TaggedSpan(span.role, span.start, len(text[:paragraph_end].rstrip()), span.score)
        out.append(span)
    return out


def _sentence_of(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


# A full stop between two pieces: "said Senator Okiya Omtatah. Nakhumicha denied ..."
_STOP_BETWEEN = re.compile(rf"{NOT_AFTER_ABBREVIATION}[.?!][\"”]?\s+")


def _sentence_end(text: str, end: int, next_start: int) -> bool:
    if end > 0 and text[end - 1] in '.?!"”' and text[end:next_start].isspace():
        return True
    return end > 1 and text[end - 1].islower() and _STOP_BETWEEN.fullmatch(text, end, next_start) is not None


def _merge_close(text: str, spans: list[TaggedSpan], max_gap: int) -> list[TaggedSpan]:
    """Join same-role pieces split by a stray character ("Rwanda?s"), but never across a
    sentence end: 'his administration "villains." "They targeted ..."' are two contents
    (+0.014 content exact F1 on dev, +0.008 on train)."""
    merged: list[TaggedSpan] = []
    for span in spans:
        if merged and span.start - merged[-1].end <= max_gap and not _sentence_end(text, merged[-1].end, span.start):
            last = merged[-1]
            merged[-1] = TaggedSpan(last.role, last.start, span.end, (last.score + span.score) / 2)
        else:
            merged.append(span)
    return merged


def _merge_same_sentence(
    text: str, starts: list[int], contents: list[TaggedSpan], blockers: Sequence[TaggedSpan]
) -> list[TaggedSpan]:
    """Content pieces of one sentence with no cue or source between them are one content."""
    merged: list[TaggedSpan] = []
    for span in contents:
        if merged:
            last = merged[-1]
            same = _sentence_of(starts, last.start) == _sentence_of(starts, span.start)
            blocked = any(last.end <= b.start and b.end <= span.start for b in blockers)
            quoted = content_text_is_quoted(text, last) and content_text_is_quoted(text, span)
            # Merging a sentence's unblocked pieces costs a little on gold spans (two
            # reported contents in one sentence) but repairs the tagger's fragments:
            # measured +0.024 quote F1@0.5 on dev predictions.
            if same and not blocked and not quoted:
                merged[-1] = TaggedSpan("CONTENT", last.start, span.end, (last.score + span.score) / 2)
                continue
        merged.append(span)
    return merged


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})


def _substantial(text: str, span: TaggedSpan, min_words: int = 3) -> bool:
    words = text[span.start : span.end].split()
    if span.role == "SOURCE":
        return any(w.lower() not in _DETERMINERS for w in words)
    if span.role == "CONTENT":
        # One- and two-word reported contents exist ("denied [the charge]") but most
        # predicted ones are fragments: dropping them measured +0.015 F1 on dev.
        return len(words) >= min_words or content_text_is_quoted(text, span)
    return True


def _right_after_cue(content: TaggedSpan, cues: Sequence[TaggedSpan]) -> bool:
    # "denied the charge", "rejected the report": a short content straight after its
    # cue is rarely a fragment (+0.005 quote F1@0.5 on dev, +0.012 on train).
    return any(0 <= content.start - cue.end <= 1 for cue in cues)


# A name cut off after one of these lower-case connectors goes on after it.
_DANGLING = re.compile(r"\s(?:in|for|of|and|on|the)$")
# The name runs within its sentence: no line break, and a word ending in a full stop
# other than an initial or abbreviation ("Division.") ends it.
_NAME_RUN = re.compile(
    r"[ \t]*(?:the[ \t]+)?[A-Z](?:[\w'’-]|\.(?=\w))*\.?(?:(?<![a-z]{3}\.)[ \t]+(?:[A-Z](?:[\w'’-]|\.(?=\w))*\.?|of|for|and|the|in))*"
    r"(?:[ \t]+\([A-Z][A-Z-]+\))?"
)


def _complete_name(text: str, source: TaggedSpan, other_starts: Sequence[int]) -> TaggedSpan:
    """A source cut off after a connector ("A special court in", "the Food and") runs on
    over the name that follows, up to the next cue or content: "A special court in The
    Hague" (+0.011 source exact F1 on dev)."""
    if not _DANGLING.search(text[source.start : source.end]):
        return source
    m = _NAME_RUN.match(text, source.end)
    if not m or not m.group(0).strip():
        return source
    k = bisect.bisect_left(other_starts, source.end)  # the next span after this one
    end = min(m.end(), other_starts[k]) if k < len(other_starts) else m.end()
    run = re.sub(r"(?<=[a-z]{3})\.$", "", text[source.start : end].rstrip())  # a sentence's full stop
    while len(run) > source.end - source.start and (dangling := _DANGLING.search(run)):
        run = run[: dangling.start()].rstrip()  # a connector left at the end is not part of the name
    return TaggedSpan(source.role, source.start, source.start + max(len(run), source.end - source.start), source.score)


# "According to Oleksandr Kubrakov, Ukraine's infrastructure minister, exports fell": the
# apposition describes the source and belongs to neither span (ANNOTATION.md). Only a
# description headed by a role noun is cut, so "the suspect, a local man, fled" stays whole.
_APPOSITION = re.compile(
    r"(?:the|a|an|[A-Z][\w.'’-]*['’]s)\s+(?:[\w.'’-]+\s+){0,6}?(?:"
    + "|".join(sorted(ROLE_HEADS | {"head", "analyst", "professor", "expert", "economist", "researcher", "lawyer"}))
    + r")(?:\s+(?:of|for|at|to|in)\s+[^,;.]{1,60})?,\s+"
)


# Nothing but space and one comma between a source and the content after it (matched in
# place: slicing the text from every source to every content was quadratic in a long text).
_COMMA_GAP = re.compile(r"\s*,?\s*")


def _drop_apposition(text: str, content: TaggedSpan, sources: Sequence[TaggedSpan]) -> TaggedSpan:
    """A content that starts right after a source's comma loses the source's apposition."""
    if not any(s.end <= content.start and _COMMA_GAP.fullmatch(text, s.end, content.start) for s in sources):
        return content
    m = _APPOSITION.match(text, content.start, content.end)
    if not m or content.end - m.end() < 10:
        return content
    return TaggedSpan(content.role, m.end(), content.end, content.score)


_PARTICIPLE_CUE = re.compile(r"[A-Za-z]+ing(?:\s+(?:on|for|to|that))?")
_RELATIVE_OPENING = re.compile(r"(?:who|whom|whose|which)\b")
# Wire services' anonymous sources, which the tagger (trained on VOA and Wikinews) reads
# as contents: "..., three people familiar with the matter told Reuters".
_IN_THE_KNOW = r"(?:familiar|briefed|close|with\s+knowledge)\b"
_ANONYMOUS = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|several|many|some|\d+|a|the|other)\s+)*"
    rf"(?:people|persons|sources|officials|diplomats|executives|insiders)\s+{_IN_THE_KNOW}"
    r"[^,.;:!?\"“”\n]{0,50}?(?=\s+(?:said|say|says|told|tell)\b)"
)


# "Its head of research, Dr. Richard Oakley, said": a description before a tagged
# source, which the tagger may read as contents.
_DESCRIPTION = re.compile(r"(?:The|A|An|Its|His|Her|Their)\s[^\"“”\n]{1,60},")


def _described_sources(text: str, spans: Sequence[TaggedSpan]) -> list[TaggedSpan]:
    """A tagged content that is only such a description, right before a tagged source,
    joins that source."""
    out: list[TaggedSpan] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            span.role == "SOURCE"
            and last is not None
            and last.role == "CONTENT"
            and 0 <= span.start - last.end <= 1
            and _DESCRIPTION.fullmatch(text, last.start, last.end)
        ):
            out[-1] = TaggedSpan("SOURCE", last.start, span.end, span.score)
            continue
        out.append(span)
    return out


# "according to people | close to the negotiations": the rest of a source the tagger cut short.
_FAMILIAR = re.compile(rf"\s+{_IN_THE_KNOW}[^,.;:!?\"“”\n]{{0,50}}?(?=\s*[,.;:!?\"“”\n]|$)")


def _anonymous_sources(text: str, spans: Sequence[TaggedSpan]) -> list[TaggedSpan]:
    """Tagged contents that hold such a source right before a cue: the source, and the
    rest of the content without it; a tagged source cut short before "close to ...": the
    whole source."""
    out: list[TaggedSpan] = []
    for span in spans:
        if span.role == "SOURCE" and (rest := _FAMILIAR.match(text, span.end)):
            out.append(TaggedSpan("SOURCE", span.start, rest.end(), span.score))
            continue
        m = _ANONYMOUS.search(text, max(0, span.start - 30), span.end + 60) if span.role == "CONTENT" else None
        if m is None or not (m.start() < span.end and span.start < m.end()):
            out.append(span)
            continue
        if m.start() > span.start and text[span.start : m.start()].strip(" ,"):
            out.append(
                TaggedSpan(
                    "CONTENT", span.start, span.start + len(text[span.start : m.start()].rstrip(" ,")), span.score
                )
            )
        out.append(TaggedSpan("SOURCE", m.start(), m.end(), span.score))
    return out


def link(
    text: str, sentences: Sequence[Span], spans: Sequence[TaggedSpan], options: LinkOptions = DEFAULT_LINK
) -> list[Draft]:
    """Group tagged spans into draft quotes (speakers are resolved later)."""
    starts = [s.start for s in sentences] or [0]
    spans = _described_sources(text, _anonymous_sources(text, spans))
    by_role = {
        r: sorted((s for s in spans if s.role == r), key=lambda s: s.start) for r in ("CONTENT", "CUE", "SOURCE")
    }
    cues = _merge_close(text, by_role["CUE"], 1)
    starts_after = sorted(s.start for s in spans)
    sources = [
        _complete_name(text, s, starts_after) for s in _merge_close(text, by_role["SOURCE"], 2) if _substantial(text, s)
    ]
    contents = _merge_contiguous(text, starts, _merge_close(text, by_role["CONTENT"], 1), options.paragraphs)
    contents = _run_to_close(text, contents)
    if options.merge_same_sentence:
        contents = _merge_same_sentence(text, starts, contents, cues + sources)
    contents = [c for c in contents if _substantial(text, c, options.min_reported_words) or _right_after_cue(c, cues)]
    contents = [_drop_apposition(text, c, sources) for c in contents]
    # "according to two of the people, who asked not to be identified": a relative clause
    # about the source is no content (no gold content of any split opens so).
    contents = [c for c in contents if not _RELATIVE_OPENING.match(text, c.start)]
    by_sentence: dict[int, list[TaggedSpan]] = {}
    for cue in cues:
        by_sentence.setdefault(_sentence_of(starts, cue.start), []).append(cue)

    drafts: list[Draft] = []
    for content in contents:
        first, last = _sentence_of(starts, content.start), _sentence_of(starts, max(content.start, content.end - 1))
        # A cue inside the content belongs to an attribution it quotes, not to it.
        candidates = [c for k in range(first, last + 1) for c in by_sentence.get(k, []) if not _inside(c, content)]
        if not candidates:
            # A quotation with no cue of its own continues the one before it in the
            # paragraph (ANNOTATION.md), so it looks back first (+0.007 quote F1@0.5 on
            # dev, +0.008 on train); reported speech looks ahead first ("..., he said").
            before, after = by_sentence.get(first - 1, []), by_sentence.get(last + 1, [])
            candidates = (before or after) if content_text_is_quoted(text, content) else (after or before)
            if options.paragraphs:
                candidates = [
                    c
                    for c in candidates
                    if not _paragraph_break(text, min(c.end, content.end), max(c.start, content.start))
                ]
        # "X warned that A and urged B": a cue that another content follows is that
        # content's, and only taken when no other is near.
        cue = min(
            candidates,
            key=lambda c: (
                _opens_other(text, c, content, contents),
                gap(c.start, c.end, content.start, content.end),
                c.start,
            ),
            default=None,
        )
        if cue is None:
            quoted = content_text_is_quoted(text, content)
            if not quoted:
                continue
            lead = _lead_in(text, starts, first, content, by_sentence, sources, contents)
            if lead is not None:
                drafts.append(lead)
                continue
            drafts.append(Draft([content], continues_previous=True))
            continue
        previous = drafts[-1] if drafts else None
        same_paragraph = previous is not None and not (
            options.paragraphs and _paragraph_break(text, previous.contents[-1].end, content.start)
        )
        if previous and previous.cue is cue and same_paragraph and content_text_is_quoted(text, content):
            previous.contents.append(content)
            continue
        k = _sentence_of(starts, cue.start)
        near = [s for s in sources if _sentence_of(starts, s.start) == k and not _inside(s, content)]
        # "X said in a statement": the statement is how X spoke, not another source.
        named = [s for s in near if not _IN_DOCUMENT.search(text[max(0, s.start - 12) : s.start])]
        near = named or near
        if _PARTICIPLE_CUE.fullmatch(text[cue.start : cue.end]) and text[: cue.start].rstrip().endswith(","):
            # "Musk attacked the government, claiming that ... in a post ministers
            # condemned": a participle's speaker is its main clause's subject, before it.
            near = [s for s in near if s.end <= cue.start] or near
        source = min(near, key=lambda s: (gap(s.start, s.end, cue.start, cue.end), s.start), default=None)
        drafts.append(Draft([content], cue, [source] if source else []))
    return drafts


def _lead_in(
    text: str,
    starts: list[int],
    first: int,
    content: TaggedSpan,
    by_sentence: dict[int, list[TaggedSpan]],
    sources: Sequence[TaggedSpan],
    contents: Sequence[TaggedSpan],
) -> Draft | None:
    """A quotation opening its paragraph after a lead-in that ends in a colon ("Tom Casey
    offered this comment:", "Here's Tony Snow:") takes the lead-in's cue and source
    (ANNOTATION decision 20), unless the lead-in has a content of its own."""
    if first == 0 or not _paragraph_break(text, starts[first - 1], content.start):
        return None
    if not text[: content.start].rstrip().endswith(":"):
        return None
    lo, hi = starts[first - 1], content.start
    if any(lo <= c.start < hi for c in contents):
        return None
    cues = by_sentence.get(first - 1, [])
    near = [s for s in sources if lo <= s.start < hi]
    if not near:
        return None
    cue = cues[-1] if cues else None
    anchor = cue or near[-1]
    source = min(near, key=lambda s: (gap(s.start, s.end, anchor.start, anchor.end), s.start))
    return Draft([content], cue, [source])


def _opens_other(text: str, cue: TaggedSpan, content: TaggedSpan, contents: Sequence[TaggedSpan]) -> bool:
    return any(
        other is not content and 0 <= other.start - cue.end <= 6 and text[cue.end : other.start].strip() in ("", "that")
        for other in contents
    )


def _inside(span: TaggedSpan, container: TaggedSpan) -> bool:
    return container.start <= span.start and span.end <= container.end


def content_text_is_quoted(text: str, span: TaggedSpan) -> bool:
    return text[span.start : span.start + 1] in '"“' or text[span.end - 1 : span.end] in '"”'


_LEADING = ("that ", "whether ")


def _trim_reported(text: str, span: TaggedSpan, options: LinkOptions = DEFAULT_LINK) -> Span:
    """Reported (unquoted) content without a leading "that" or the final stop, as annotated."""
    start, end = span.start, span.end
    if text[start : start + 1] in '"“':
        return Span.of(text, start, end)
    for word in _LEADING if options.trim_that else ():
        if text[start:end].lower().startswith(word) and end - start > len(word) + 3:
            start += len(word)
    while (
        options.trim_final_stop
        and end > start + 1
        and text[end - 1] in ".,;: "
        and text[end - 2 : end - 1] not in '"”'
        and text[end - 3 : end - 2] != "."
    ):
        end -= 1
    return Span.of(text, start, end)


def to_quotes(
    text: str, drafts: Sequence[Draft], options: LinkOptions = DEFAULT_LINK, subjects: bool = True
) -> list[tuple[Quote, bool]]:
    """Drafts to Quotes (no speaker yet) with their continuation flag. ``subjects``: a cue
    with no source takes its clause's subject; not inside a content, where a chain
    needs a tagged source ("allegations he threatened to ..." is no quote)."""
    out = []
    for d in drafts:
        if d.cue and _not_speech(text[d.cue.start : d.cue.end], text[d.contents[0].start : d.contents[0].end]):
            continue
        contents = [_trim_reported(text, c, options) for c in d.contents]
        scores = [c.score for c in d.contents] + ([d.cue.score] if d.cue else [])
        quote = Quote(
            type=quote_type(text, contents),
            contents=contents,
            cue=Span.of(text, d.cue.start, d.cue.end) if d.cue else None,
            sources=[Span.of(text, s.start, s.end) for s in d.sources],
            confidence=round(sum(scores) / len(scores), 4),
        )
        if quote.cue and not quote.sources and not d.continues_previous:
            # one the tagger did not mark
            quote.sources = (
                source_after_cue(text, quote)
                or source_before_relative(text, quote)
                or (source_before_cue(text, quote) if subjects else [])
            )
        quote.sources = [_completed_name(text, s, quote) for s in quote.sources]
        out.append((quote, d.continues_previous))
    return out


_NAME_GOES_ON = re.compile(r"[ \t]+(?:of|for|on|and|the|[A-Z])")


def _completed_name(text: str, source: Span, quote: Quote) -> Span:
    """A source the tagger cut inside a name, read to the name's end: "the Movement" in
    "the Movement for the Emancipation of the Niger Delta said", never into the cue or
    the contents; "The Electoral Commission of South Africa (IEC" to its bracket's end."""
    if source.text.count("(") > source.text.count(")") and text[source.end : source.end + 1] == ")":
        return Span.of(text, source.start, source.end + 1)
    if not source.text or not source.text.split()[-1][:1].isupper():
        return source
    # "Perou N’" of "Perou N’Dranou": cut at the apostrophe inside a name
    inside = source.text[-1] in "'’" and text[source.end : source.end + 1].isupper()
    at_in = text.startswith(" in ", source.end)
    goes_on = inside or _NAME_GOES_ON.match(text, source.end) is not None
    if not (at_in or goes_on):
        return source  # most sources: nothing after them could continue a name
    limit = min([p.start for p in [*quote.contents, quote.cue] if p and p.start >= source.end], default=len(text))
    end = min(limit, source.end + 120)
    if at_in and (defined := ACRONYM.match(text, source.start, end)) and source.end < defined.end():
        # "The United Nations Mission | in South Sudan (UNMISS)": a name the article gives
        # initials runs over its "in" to the bracket's end.
        return Span.of(text, source.start, defined.end())
    if not goes_on:
        return source
    window = text[source.start : end]
    cut = next((m for m in name_mentions(window) if m.start < len(source.text) < m.end), None)
    return Span.of(text, source.start, source.start + cut.end) if cut else source


# Reporting verbs in a sense that reports no speech: "denied them access to a doctor"
# (refused), "condemned to poverty" (doomed), "called off a visit" (cancelled). No gold
# quote of train, dev or test has these shapes.
_REFUSED = re.compile(r"^(?:\S+\s+){0,12}?(?:access|permission|entry|visas?|bail|passage)\b", re.IGNORECASE)


def _not_speech(cue: str, content: str) -> bool:
    cue = cue.lower()
    return (
        (cue.startswith("den") and bool(_REFUSED.match(content)))
        or (cue.startswith("condemn") and content.lower().startswith("to "))
        or cue.startswith(("called off", "calling off", "calls off"))
    )


# A source the tagger did not mark, named right after the cue: "... said the statement",
# "says an investigation submitted to ...", "identified by the FBI", "denied by both the
# U.S. Government and the Khartoum government".
# "U.S.", "Mr." keep their full stops inside a noun phrase and do not end it.
# Up to 90 characters: "said Estonian Ministry of Foreign Affairs Undersecretary Rein Tammsaar".
_NP_CHAR = rf"(?:[^,.;:!?\"“”\n]|{AFTER_ABBREVIATION}\.)"
_AFTER_CUE = re.compile(
    r"\s+(?:(?P<by>by)\s+(?:both\s+)?)?"
    rf"(?P<source>(?:the|an?)\s+{_NP_CHAR}{{1,90}}?|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    rf"[A-Z]{_NP_CHAR}{{0,90}}?)"
    rf"(?=\s*[,;:!?\"“”]|{NOT_AFTER_ABBREVIATION}\.(?:\s|$)|\s+(?:on|in|at|that|which|who|as|to|for|from|after|before|when|while|during|last|this"
    r"|[a-z]+ed)\b)"
)
# Verbs a writer inverts: '"...," said the statement'.
_INVERTED = frozenset(
    "said says say added adds asked asks continued explained noted wrote writes stated states insisted argued".split()
)


# "the Chamber of Commerce, which argues that ...", "an Australian-made documentary
# which said ...": the noun phrase a relative clause hangs on.
_RELATIVE_BEFORE = re.compile(r",?\s+(?:which|who)\s+(?:(?:[a-z]+ly|also|now|still)\s+)?$")
_NP_OPENERS = frozenset("the a an his her its their".split())


def source_before_relative(text: str, quote: Quote) -> list[Span]:
    """The noun phrase before "which"/"who" that opens the cue's clause: back to the
    nearest determiner within a few words, or else the capitalised name before it."""
    if quote.cue is None:
        return []
    window = max(0, quote.cue.start - 120)
    rel = _RELATIVE_BEFORE.search(text, window, quote.cue.start)
    if rel is None:
        return []
    words = list(re.finditer(r"[^\s,;:.!?\"“”()]+(?:\.(?=\S))?", text[window : rel.start()]))[-7:]
    start = next((w for w in reversed(words) if w.group(0).lower() in _NP_OPENERS), None)
    if start is None:
        run = []
        for w in reversed(words):
            if not (w.group(0)[:1].isupper() or (run and w.group(0)[:1].isdigit())):
                break
            run.append(w)
        if not run:
            return []
        start = run[-1]
    # Only words in between: a comma or full stop in them means another clause.
    if re.search(r"[,;:.!?\"“”]", text[window + start.start() : rel.start()].replace("U.S.", "US")):
        return []
    return [Span.of(text, window + start.start(), rel.start())]


def source_after_cue(text: str, quote: Quote) -> list[Span]:
    """The source right after the cue of a quote that has none: after "by" for a
    passive cue, or any noun phrase when the contents come before the cue (an inverted
    "..., said the statement")."""
    if quote.cue is None:
        return []
    m = _AFTER_CUE.match(text, quote.cue.end)
    inverted = quote.start < quote.cue.start and quote.cue.text.lower() in _INVERTED
    if m is None or not (m.group("by") or inverted):
        return []
    return [Span.of(text, m.start("source"), m.end("source"))]


# What may stand between a subject and its verb: an apposition ("Saied, 65, claims"),
# auxiliaries and adverbs ("Householder has also pleaded", "Little again took aim"); not
# "was" or "is", whose subject is the one accused or denied.
_TO_VERB = re.compile(
    r"(?:,[ \t]+[^,;:\"“”()\n]{1,40},)?"
    r"(?:[ \t]+(?:has|have|had|will|would|also|again|now|still|then|later|too"
    r"|(?!(?:family|ally|rally|assembly|supply|monopoly)\b)[a-z]+ly))*[ \t]+$"
)
_STOPS_SUBJECT = frozenset(
    "has have had will would is are was were also again now still then later too on in at of for to from by "
    "with after before during over under since who which that".split()
)
_CLAUSE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n|:\s+|\s[—–]\s+)(?:(?:And|But|However|Meanwhile|Yet),?\s+)?(?=\S)")
_SUBJECT_PRONOUNS = frozenset("he she they".split())
# Words after which a capitalised run is an object, not a subject: "accused of attacking Ford".
_OBJECT_AFTER = frozenset("of to by with for against at in on from into about the a an than".split())
_NAME_WORD = re.compile(r"[A-Z][\w'’.]*(?:-(?:[A-Z][\w'’.]*|[a-z]{1,3}(?=-)))*")
_NAME_PARTICLE = PARTICLES | {"of", "for", "the", "al"}
# Capitalised openers that are no subject; days and months are not either (``TIME_WORDS``).
_NOT_SUBJECT = frozenset(
    "The A An In On At After As When While If It This That There Instead Asked Meanwhile Earlier Later Also".split()
)
_WORD_TOKEN = re.compile(r"[^\s,;:!?\"“”()]+")
_PASSIVE_AFTER = re.compile(r"\s+(?:of|by)\b")
_COMMA_BEFORE = re.compile(r",\s*$")
_COMMA = re.compile(r",\s+")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which)\b")


def _not_subject(word: str) -> bool:
    return word in _NOT_SUBJECT or word.lower() in TIME_WORDS


def _clause_start(text: str, pos: int) -> int:
    lo = max(0, pos - 300)
    return max((m.end() for m in _CLAUSE_START.finditer(text, lo, pos)), default=lo)


def _name_ending(text: str, lo: int, end: int) -> Span | None:
    """A pronoun or capitalised name (titles and all) that ends at ``end``, not an object."""
    words = list(_WORD_TOKEN.finditer(text, lo, end))
    if not words or words[-1].end() != end:
        return None
    if words[-1].group(0).lower() in _SUBJECT_PRONOUNS:
        return Span.of(text, words[-1].start(), end)
    if not _NAME_WORD.fullmatch(words[-1].group(0)) or words[-1].group(0).endswith(("'s", "’s")):
        return None  # "Lithuania’s alleged methods": an owner, not a subject
    i = len(words) - 1
    while i > 0 and text[words[i - 1].end() : words[i].start()].strip() == "":
        w = words[i - 1].group(0)
        if not (_NAME_WORD.fullmatch(w) or w in _NAME_PARTICLE):
            break
        i -= 1
    while words[i].group(0) in _NAME_PARTICLE:
        i += 1
    joined = i > 0 and text[words[i - 1].end() : words[i].start()].strip() == ""
    if _not_subject(words[i].group(0)) or (joined and words[i - 1].group(0).lower() in _OBJECT_AFTER):
        return None
    return Span.of(text, words[i].start(), end)


def _opening_subject(text: str, pos: int, limit: int) -> Span | None:
    """The subject opening a clause at ``pos``: a pronoun, a name, or a determiner's noun
    phrase up to the first auxiliary, adverb or preposition ("The government on Tuesday
    sought", "A former assistant police chief is suing")."""
    words = list(_WORD_TOKEN.finditer(text, pos, limit))[:7]
    if not words or words[0].start() != pos:
        return None
    first = words[0].group(0)
    if first.lower() in _SUBJECT_PRONOUNS:
        return Span.of(text, pos, words[0].end())
    # "Iraq's president" opens a noun phrase as "the" does
    determiner = first.lower() in ("the", "a", "an") or (first.endswith(("'s", "’s")) and first[:1].isupper())
    k = 1 if determiner else 0
    end = None
    named = determiner and len(words) > 1 and _NAME_WORD.fullmatch(words[1].group(0)) is not None
    for w in words[k:]:
        token = w.group(0)
        if named and not (_NAME_WORD.fullmatch(token) or token in _NAME_PARTICLE):
            break  # "the Justice Department took ...": the name ends the phrase
        if (
            token.lower() in _STOPS_SUBJECT
            or (token.endswith(("ed", "ly")) and token[:1].islower())  # not "The United Nations"
            or (not determiner and not token[:1].isupper())
        ):
            break
        if not determiner and not (_NAME_WORD.fullmatch(token) or token in _NAME_PARTICLE):
            return None
        end = w.end()
    if end is None or (not determiner and _not_subject(first)) or end >= limit:
        return None
    if determiner and end == words[-1].end() and len(words) == 7:
        return None  # no verb in sight: not a subject we can bound
    return Span.of(text, pos, end)


def source_before_cue(text: str, quote: Quote) -> list[Span]:
    """The subject of the cue's clause, for a quote whose source the tagger did not mark:
    right before the verb ("Milinkevich demands", "Saied, 65, claims", "Householder has
    also pleaded"), or opening the sentence when the cue is a participle after a comma
    ("Asked why ..., Little again took aim at the NZNO, calling its actions ...")."""
    if quote.cue is None or quote.start < quote.cue.start:
        return []
    lo = _clause_start(text, quote.cue.start)
    to_verb = _TO_VERB.search(text, lo, quote.cue.start)
    # "four Sudanese accused of crimes": a participle after its noun is passive
    passive = _PASSIVE_AFTER.match(text, quote.cue.end) is not None
    if to_verb is not None and not passive:
        subject = _name_ending(text, lo, to_verb.start())
        if subject is None:
            opening = _opening_subject(text, lo, quote.cue.start)
            subject = opening if opening is not None and opening.end == to_verb.start() else None
        if subject is not None:
            return [subject]
    if not (quote.cue.text.lower().endswith("ing") and _COMMA_BEFORE.search(text, lo, quote.cue.start)):
        return []
    if _RELATIVE_CLAUSE.search(text, lo, quote.cue.start):
        return []  # "his supporters, who are calling on him ..., saying": the relative's
    # the first clause part that opens with a subject: not "Asked why ...," or
    # "Instead of appealing the order,"
    for pos in [lo] + [m.end() for m in _COMMA.finditer(text, lo, quote.cue.start)]:
        subject = _opening_subject(text, pos, quote.cue.start)
        if subject is not None:
            return [subject]
    return []
