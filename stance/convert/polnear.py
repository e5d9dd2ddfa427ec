"""PolNeAR (brat standoff) to stance articles, for measuring attribution on PolNeAR.

A PolNeAR split folder holds ``text/<article>.txt`` and
``attributions/<article>_<annotator>.ann``. In the ``.ann`` files, ``T`` lines are
spans (``T3<TAB>Content 192 227;309 405<TAB>covered text``: discontinuous pieces
joined by ``;``) and ``E`` lines tie them into one attribution
(``E3<TAB>Attribution:T12 Cue:T11 Source:T10 Content:T9``; ``Attribution-no-source``
events have no Source). Offsets are taken from the ``T`` lines and the covered text is
re-read from the ``.txt`` file, so covered text with newlines (which brat flattens)
cannot go wrong. Where an article has several annotators, the first file in sorted
order is used. PolNeAR has no licence for its texts: convert it locally, never commit it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from stance.attribution.link import quote_type
from stance.attribution.speaker import SpeakerResolver
from stance.schema import Article, FormatError, Quote, Span

_ANNOTATION_LINE = re.compile(r"^[TE]\d+\t")


def _spans(text: str, offsets: str, path: Path, lineno: int) -> list[Span]:
    spans = []
    for piece in offsets.split(";"):
        try:
            start, end = (int(x) for x in piece.split())
        except ValueError:
            raise FormatError(path, lineno, f"bad offsets {piece!r}") from None
        if not 0 <= start < end <= len(text):
            raise FormatError(path, lineno, f"offsets {start}:{end} outside the text (length {len(text)})")
        # brat spans may include surrounding white space; a span is its words.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(Span.of(text, start, end))
    return spans


def read_ann(text: str, path: Path) -> list[Quote]:
    """The attributions of one ``.ann`` file as quotes (speaker resolved, no stance)."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    events: list[tuple[int, dict[str, str]]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not _ANNOTATION_LINE.match(line):
            continue  # a continuation of covered text that held a newline, or a note
        fields = line.split("\t")
        if line[0] == "T":
            kind, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = (kind, _spans(text, offsets, path, lineno))
        else:
            roles = dict(part.split(":", 1) for part in fields[1].split() if ":" in part)
            events.append((lineno, roles))
    resolver = SpeakerResolver(text)
    quotes: list[Quote] = []
    history: list[tuple[int, str | None]] = []
    for lineno, roles in events:
        if "Content" not in roles:
            continue
        try:
            contents = spans[roles["Content"]][1]
            cue = spans[roles["Cue"]][1] if "Cue" in roles else []
            sources = spans[roles["Source"]][1] if "Source" in roles else []
        except KeyError as err:
            raise FormatError(path, lineno, f"event refers to unknown span {err.args[0]}") from None
        if not contents:
            continue
        source = sources[0] if sources else None
        speaker = resolver.resolve(source.text, source.start, history) if source else None
        quote = Quote(quote_type(text, contents), contents, cue[0] if cue else None, sources[:1], speaker)
        history.append((quote.start, speaker))
        quotes.append(quote)
    return sorted(quotes, key=lambda q: q.start)


def read(folder: str | os.PathLike[str]) -> Iterator[Article]:
    """Every article of a PolNeAR split folder (``text/`` and ``attributions/``)."""
    root = Path(folder)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FormatError(root, 0, "a PolNeAR split folder needs text/ and attributions/ sub-folders")
    for txt in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(f"{txt.stem}_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        yield Article(id=txt.stem, text=text, quotes=read_ann(text, anns[0]), meta={"annotation": anns[0].name})
