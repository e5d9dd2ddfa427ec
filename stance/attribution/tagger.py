"""The learned part of attribution: a token tagger for CONTENT, CUE and SOURCE spans.

PolNeAR's univocal scheme as BIO tags over sentence windows, on top of the
partially tuned encoder. Gold spans are painted contents first, so a nested
attribution inside another quote's content is not tagged (a known limit: the
outer quote wins).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from stance.encoder import PartiallyTunedEncoder
from stance.schema import Article, Span

ROLES = ("CONTENT", "CUE", "SOURCE")
TAGS = ("O", *tuple(f"{p}-{r}" for r in ROLES for p in ("B", "I")))
TAG_ID = {t: i for i, t in enumerate(TAGS)}
MAX_LENGTH = 128


@dataclass
class Window:
    """A run of text the tagger sees at once: one sentence or a piece of a long one."""

    start: int
    end: int


def windows(text: str, sentences: Sequence[Span]) -> list[Window]:
    """One window per sentence. Packing a paragraph's sentences into one window was
    measured worse on dev (quote F1@0.5 0.698 vs 0.736 after 5 epochs)."""
    return [Window(s.start, s.end) for s in sentences]


@dataclass
class TaggedSpan:
    role: str
    start: int
    end: int
    score: float


# Token shapes from the original text. The encoder is uncased, so capitals (names,
# the usual sources) and quotation marks reach the tuned layers through these.
SHAPES = ("pad", "lower", "Capital", "UPPER", "digit", "quote", "punct", "piece")
_QUOTE_CHARS = "\"“”'‘’"


def token_shape(text: str, start: int, end: int, prev_end: int) -> int:
    if start < 0:
        return 0
    piece = text[start:end]
    if start == prev_end and start > 0 and text[start - 1].isalnum() and piece[:1].isalnum():
        return 7
    if piece[:1] in _QUOTE_CHARS:
        return 5
    if piece[:1].isdigit():
        return 4
    if piece[:1].isupper():
        return 3 if len(piece) > 1 and piece.isupper() else 2
    if piece[:1].isalpha():
        return 1
    return 6


class TaggerModel(nn.Module):
    def __init__(self, trainable_layers: int = 2, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = PartiallyTunedEncoder(trainable_layers)
        self.dropout = nn.Dropout(dropout)
        self.shape = nn.Embedding(len(SHAPES), self.encoder.hidden_size)
        nn.init.zeros_(self.shape.weight)  # starts as the plain encoder
        self.head = nn.Linear(self.encoder.hidden_size, len(TAGS))

    def from_features(self, hidden: torch.Tensor, attention_mask: torch.Tensor, shapes: torch.Tensor) -> torch.Tensor:
        hidden = hidden + self.shape(shapes)
        return self.head(self.dropout(self.encoder.top(hidden, attention_mask)))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, shapes: torch.Tensor) -> torch.Tensor:
        return self.from_features(self.encoder.frozen_features(input_ids, attention_mask), attention_mask, shapes)


def char_roles(article: Article) -> tuple[list[int], list[int]]:
    """Per character: the role index+1 (0 = none) and an id of the span it belongs to."""
    n = len(article.text)
    role = [0] * n
    span_id = [-1] * n
    next_id = 0

    def paint(span: Span, r: int) -> None:
        nonlocal next_id
        for i in range(span.start, span.end):
            if role[i] == 0:
                role[i] = r
                span_id[i] = next_id
        next_id += 1

    for q in article.quotes:
        for s in q.contents:
            paint(s, 1)
    for q in article.quotes:
        if q.cue:
            paint(q.cue, 2)
        for s in q.sources:
            paint(s, 3)
    return role, span_id


def encode_windows(tokenizer, text: str, windows: Sequence[Window]) -> list[dict]:
    """Tokenise windows (long ones split), keeping each token's character offsets in ``text``."""
    if not windows:
        return []
    pieces = tokenizer(
        [text[w.start : w.end] for w in windows],
        truncation=True,
        max_length=MAX_LENGTH,
        return_overflowing_tokens=True,
        return_offsets_mapping=True,
        stride=0,
    )
    out = []
    for k, ids in enumerate(pieces["input_ids"]):
        w = windows[pieces["overflow_to_sample_mapping"][k]]
        offsets = [(s + w.start, e + w.start) if e > s else (-1, -1) for s, e in pieces["offset_mapping"][k]]
        shapes, prev_end = [], -1
        for s, e in offsets:
            shapes.append(token_shape(text, s, e, prev_end))
            prev_end = e if s >= 0 else prev_end
        out.append({"input_ids": ids, "offsets": offsets, "shapes": shapes})
    return out


def gold_tags(encoded: dict, role: list[int], span_id: list[int]) -> list[int]:
    tags = []
    prev_span = -2
    for s, _ in encoded["offsets"]:
        if s < 0:
            tags.append(-100)
            prev_span = -2
            continue
        r = role[s]
        if r == 0:
            tags.append(TAG_ID["O"])
            prev_span = -2
            continue
        name = ROLES[r - 1]
        tags.append(TAG_ID[("I-" if span_id[s] == prev_span else "B-") + name])
        prev_span = span_id[s]
    return tags


def _allowed() -> np.ndarray:
    """allowed[i, j]: tag j may follow tag i (I-X only continues B-X or I-X)."""
    allowed = np.ones((len(TAGS), len(TAGS)), dtype=bool)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            for i, prev in enumerate(TAGS):
                allowed[i, j] = prev[2:] == tag[2:]
    return allowed


_ALLOWED = _allowed()
_START_OK = np.array([not t.startswith("I-") for t in TAGS])
_PENALTY = np.where(_ALLOWED, 0.0, -np.inf)
_START_PENALTY = np.where(_START_OK, 0.0, -np.inf)


def viterbi(log_probs: np.ndarray | torch.Tensor) -> list[int]:
    """The most probable tag sequence that is valid BIO."""
    log_probs = np.asarray(log_probs, dtype=np.float64)
    n = log_probs.shape[0]
    if n == 0:
        return []
    # Most windows' best tags already form valid BIO, and then they are the answer.
    best = log_probs.argmax(1)
    if _START_OK[best[0]] and _ALLOWED[best[:-1], best[1:]].all():
        return best.tolist()
    score = log_probs[0] + _START_PENALTY
    back = np.empty((n - 1, len(TAGS)), dtype=np.int64)
    for k in range(1, n):
        total = score[:, None] + _PENALTY
        back[k - 1] = total.argmax(0)
        score = total[back[k - 1], np.arange(len(TAGS))] + log_probs[k]
    path = [int(score.argmax())]
    for bp in back[::-1]:
        path.append(int(bp[path[-1]]))
    return path[::-1]


def decode(encoded: dict, probs: np.ndarray | torch.Tensor, text: str) -> list[TaggedSpan]:
    """BIO tags (Viterbi over valid sequences) to character spans snapped to whole words."""
    probs = np.asarray(probs)
    spans: list[TaggedSpan] = []
    current: list = []  # [role, start, end, scores]
    real = [k for k, (s, _) in enumerate(encoded["offsets"]) if s >= 0]
    best = [0] * len(encoded["offsets"])
    if real:
        for k, tag in zip(real, viterbi(np.log(probs[real] + 1e-9)), strict=True):
            best[k] = tag
    for k, (s, e) in enumerate(encoded["offsets"]):
        if s < 0:
            continue
        tag = TAGS[best[k]]
        if tag == "O":
            if current:
                spans.append(_close(current))
                current = []
            continue
        prefix, role = tag.split("-")
        # A new span of the same role right after the last one (across "?" in
        # "Rwanda?s" or a word piece) is the same span.
        continues = current and current[0] == role and (prefix == "I" or _adjacent(text, current[2], s))
        if continues:
            current[2] = e
            current[3].append(float(probs[k, best[k]]))
        else:
            if current:
                spans.append(_close(current))
            current = [role, s, e, [float(probs[k, best[k]])]]
    if current:
        spans.append(_close(current))
    return [_snap(sp, text) for sp in spans]


def _adjacent(text: str, prev_end: int, start: int) -> bool:
    return start - prev_end <= 1 and not text[prev_end:start].strip()


def _close(current: list) -> TaggedSpan:
    role, s, e, scores = current
    return TaggedSpan(role, s, e, sum(scores) / len(scores))


def _snap(span: TaggedSpan, text: str) -> TaggedSpan:
    start, end = span.start, span.end
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return TaggedSpan(span.role, start, end, span.score)
