"""The attribution stage: article + sentences -> quotes with cue, sources and speaker."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch

from stance.attribution.embedded import embedded_quotes
from stance.attribution.link import LinkOptions, link, opens_unclosed, to_quotes
from stance.attribution.reported import CONTINUING, in_article, is_reported_chain, reported_contents, sentences_within
from stance.attribution.speaker import SpeakerResolver
from stance.attribution.tagger import TAGS, TaggedSpan, TaggerModel, decode, encode_windows, windows
from stance.encoder import length_batches, load_tokenizer, load_trainable, pad_batch, save_trainable
from stance.model_folder import WEIGHTS_FILE, read_config, write_config
from stance.quotemarks import model_view
from stance.runtime import NetworkStage
from stance.schema import Quote, Span

TAGGER_INPUTS = ("input_ids", "attention_mask", "shapes")


class Attributor(NetworkStage):
    """Finds quotes and their speakers. ``__call__`` one article, ``pipe`` many."""

    name = "attribution"
    input_names = TAGGER_INPUTS

    def __init__(self, model: TaggerModel | None = None, config: dict[str, Any] | None = None) -> None:
        self.config = {"trainable_layers": 2, **(config or {})}
        self.model = model or TaggerModel(self.config["trainable_layers"])
        self.model.eval()
        self.tokenizer = load_tokenizer()
        NetworkStage.__init__(self)

    @property
    def link_options(self) -> LinkOptions:
        return LinkOptions.from_dict(self.config.get("link"))

    @link_options.setter
    def link_options(self, options: LinkOptions) -> None:
        self.config["link"] = options.to_dict()

    # ------------------------------------------------------------------ predict
    @torch.no_grad()
    def tag(self, texts: Sequence[str], sentences: Sequence[Sequence[Span]]) -> list[list[TaggedSpan]]:
        """Tagged spans of each text; windows from all texts are batched together."""
        texts = [model_view(t) for t in texts]
        encoded, owner = [], []
        for i, (text, sents) in enumerate(zip(texts, sentences, strict=True)):
            for enc in encode_windows(self.tokenizer, text, windows(text, sents)):
                encoded.append(enc)
                owner.append(i)
        out: list[list[TaggedSpan]] = [[] for _ in texts]
        lengths = [len(enc["input_ids"]) for enc in encoded]
        for idx in length_batches(lengths, self.batch_tokens):
            ids, mask = pad_batch([encoded[k]["input_ids"] for k in idx])
            shapes, _ = pad_batch([encoded[k]["shapes"] for k in idx])
            device = self.device
            logits = self.forward(ids.to(device), mask.to(device), shapes.to(device))
            probs = torch.softmax(logits, dim=-1).cpu().numpy()
            for row, k in enumerate(idx):
                out[owner[k]].extend(decode(encoded[k], probs[row], texts[owner[k]]))
        for spans in out:
            spans.sort(key=lambda s: s.start)
        return out

    def _linked(self, text: str, sentences: Sequence[Span], spans: Sequence[TaggedSpan]) -> list[Quote]:
        """Tagged spans linked into quotes, without speakers (a chain's speaker is resolved
        in its article, not in the content it was found in)."""
        options = self.link_options
        view = model_view(text)
        found = [q for q, _ in to_quotes(view, link(view, sentences, spans, options), options, subjects=False)]
        if view is not text:
            for quote in found:
                quote.reread(text)
        return found

    def quotes(self, text: str, sentences: Sequence[Span], spans: Sequence[TaggedSpan]) -> list[Quote]:
        """Link tagged spans into quotes and resolve their speakers."""
        resolver = SpeakerResolver(text)
        quotes: list[Quote] = []
        history: list[tuple[int, str | None]] = []
        options = self.link_options
        view = model_view(text)  # linked as tagged; the spans keep the original's marks
        linked = [
            (q, continues, False) for q, continues in to_quotes(view, link(view, sentences, spans, options), options)
        ]
        linked += [(q, False, True) for q in embedded_quotes(view, [q for q, _, _ in linked])]
        linked.sort(key=lambda item: item[0].start)
        speaking = None  # a paragraph that goes on continues the last tagged quote, not an embedded one
        for quote, continues, embedded in linked:
            if view is not text:
                quote.reread(text)
            if continues:
                quote.speaker = resolver.lead_speaker(quote.start) or speaking
            else:
                source = quote.sources[0].text if quote.sources else None
                position = quote.sources[0].start if quote.sources else quote.start
                quote.speaker = resolver.resolve(source, position, history)
            if not embedded:
                speaking = quote.speaker
            history.append((quote.start, quote.speaker))
            quotes.append(quote)
        _run_on_speakers(view, quotes)
        return quotes

    def predict(self, texts: Sequence[str], sentences: Sequence[Sequence[Span]]) -> list[list[Quote]]:
        tagged = self.tag(texts, sentences)
        found = [self.quotes(t, s, sp) for t, s, sp in zip(texts, sentences, tagged, strict=True)]
        self.add_reported(texts, sentences, found)
        return found

    def add_reported(self, texts: Sequence[str], sentences: Sequence[Sequence[Span]], found: list[list[Quote]]) -> None:
        """Tag the reported contents of ``found`` once more, as text of their own, and add
        the attributions chained inside them (``stance.attribution.reported``)."""
        contents, owners, clipped = [], [], []
        for i, (sents, quotes) in enumerate(zip(sentences, found, strict=True)):
            for content in reported_contents(quotes):
                contents.append(content)
                owners.append(i)
                clipped.append(sentences_within(sents, content))
        if not contents:
            return
        tagged = self.tag([c.text for c in contents], clipped)
        added: dict[int, list[Quote]] = {}
        unresolved: list[tuple[int, Quote]] = []
        for content, i, sents, spans in zip(contents, owners, clipped, tagged, strict=True):
            for inner in self._linked(content.text, sents, spans):
                quote = in_article(inner, texts[i], content.start)
                if not is_reported_chain(quote, found[i] + added.get(i, [])):
                    continue
                added.setdefault(i, []).append(quote)
                if quote.cue is not None and quote.cue.text.lower() in CONTINUING:
                    outer = next(q for q in found[i] if content in q.contents)
                    quote.sources, quote.speaker = list(outer.sources), outer.speaker
                else:
                    unresolved.append((i, quote))
        resolvers: dict[int, SpeakerResolver] = {}
        for i, quote in unresolved:
            if i not in resolvers:
                resolvers[i] = SpeakerResolver(texts[i])
            source = quote.sources[0]
            history = [(q.start, q.speaker) for q in found[i] if q.start < quote.start]
            quote.speaker = resolvers[i].resolve(source.text, source.start, history)
        for i, extra in added.items():
            found[i][:] = sorted(found[i] + extra, key=lambda q: q.start)

    # ------------------------------------------------------------------ disk
    def to_disk(self, path: str | os.PathLike[str], extra: dict[str, Any] | None = None) -> None:
        path = Path(path)
        write_config(path, {"name": "attribution", "version": 1, "tags": list(TAGS), **self.config, **(extra or {})})
        save_trainable(self.model, path / WEIGHTS_FILE)

    @classmethod
    def from_disk(cls, path: str | os.PathLike[str]) -> Attributor:
        path = Path(path)
        config = read_config(path, "attribution")
        if config.get("tags") != list(TAGS):
            raise ValueError(f"{path}: tag set {config.get('tags')} does not match this version's {list(TAGS)}")
        model = TaggerModel(config.get("trainable_layers", 2))
        load_trainable(model, path / WEIGHTS_FILE)
        keep = {k: config[k] for k in ("trainable_layers", "link") if k in config}
        return cls(model, keep)


def _run_on_speakers(text: str, quotes: list[Quote]) -> None:
    """A quotation that opens a paragraph and runs on into the next one belongs to whoever
    ends it: '“We have heard these threats ...\n\n“So my answer is simple,” Lavrov said.'
    gives the unclosed paragraphs before it Lavrov, not the speaker before them."""
    for i in range(len(quotes) - 2, -1, -1):
        quote, after = quotes[i], quotes[i + 1]
        if quote.cue is not None or quote.sources or after.speaker is None:
            continue
        piece = quote.contents[-1]
        between = text[piece.end : after.start]
        if (
            opens_unclosed(text[quote.contents[0].start : piece.end])
            and "\n" in between
            and not between.strip()
            and text[after.start : after.start + 1] in '"“'
        ):
            quote.speaker = after.speaker
