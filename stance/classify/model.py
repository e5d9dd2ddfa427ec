"""The stance stage: each quote -> accuse / deny / condemn / propose / none, with the
probability of every label and a target."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch
from torch import nn

from stance.classify.inputs import label_quotes
from stance.classify.target import TargetRanker, assign_targets
from stance.encoder import (
    PartiallyTunedEncoder,
    length_batches,
    load_tokenizer,
    load_trainable,
    pad_batch,
    save_trainable,
)
from stance.model_folder import WEIGHTS_FILE, read_config, write_config
from stance.runtime import NetworkStage
from stance.schema import LABELS, Quote, Span

MAX_LENGTH = 128


class StanceNet(nn.Module):
    """Encoder, mean pooling (as all-MiniLM was trained), one linear layer."""

    def __init__(self, trainable_layers: int = 2, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = PartiallyTunedEncoder(trainable_layers)
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(self.encoder.hidden_size, len(LABELS))

    def pool(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        m = mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)

    def from_features(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.dropout(self.pool(self.encoder.top(hidden, mask), mask)))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.dropout(self.pool(self.encoder(input_ids, attention_mask), attention_mask)))


def encode_pairs(tokenizer, pairs: Sequence[tuple[str, str]]) -> list[list[int]]:
    if not pairs:
        return []
    enc = tokenizer([a for a, _ in pairs], [b for _, b in pairs], truncation="longest_first", max_length=MAX_LENGTH)
    return enc["input_ids"]


class StanceClassifier(NetworkStage):
    """Labels quotes. ``predict`` gives probabilities; ``annotate`` sets them on quotes."""

    name = "stance"
    input_names = ("input_ids", "attention_mask")

    def __init__(self, model: StanceNet | None = None, config: dict[str, Any] | None = None) -> None:
        self.config = {"trainable_layers": 2, "temperature": 1.0, **(config or {})}
        self.model = model or StanceNet(self.config["trainable_layers"])
        self.model.eval()
        self.tokenizer = load_tokenizer()
        self.target_ranker: TargetRanker | None = None
        NetworkStage.__init__(self)

    @torch.no_grad()
    def predict(self, pairs: Sequence[tuple[str, str]]) -> torch.Tensor:
        """Label probabilities (rows in input order, columns in LABELS order)."""
        rows = encode_pairs(self.tokenizer, pairs)
        out = torch.zeros((len(rows), len(LABELS)))
        for idx in length_batches([len(r) for r in rows], self.batch_tokens):
            ids, mask = pad_batch([rows[i] for i in idx])
            device = self.device
            logits = self.forward(ids.to(device), mask.to(device)) / self.config["temperature"]
            out[idx] = torch.softmax(logits, dim=-1).cpu()
        return out

    def annotate(
        self, texts: Sequence[str], sentences: Sequence[Sequence[Span]], quotes: Sequence[list[Quote]]
    ) -> None:
        """Set stance, stance_scores and target on every quote of every article."""
        label_quotes(self.predict, texts, sentences, quotes)
        for text, sents, qs in zip(texts, sentences, quotes, strict=True):
            assign_targets(text, sents, qs, self.target_ranker)

    def to_disk(self, path: str | os.PathLike[str], extra: dict[str, Any] | None = None) -> None:
        path = Path(path)
        write_config(path, {"name": "stance", "version": 1, "labels": list(LABELS), **self.config, **(extra or {})})
        save_trainable(self.model, path / WEIGHTS_FILE)
        if self.target_ranker is not None:
            self.target_ranker.to_disk(path)

    @classmethod
    def from_disk(cls, path: str | os.PathLike[str]) -> StanceClassifier:
        path = Path(path)
        config = read_config(path, "stance")
        if config.get("labels") != list(LABELS):
            raise ValueError(f"{path}: labels {config.get('labels')} differ from this version's {list(LABELS)}")
        model = StanceNet(config.get("trainable_layers", 2))
        load_trainable(model, path / WEIGHTS_FILE)
        keep = {k: config[k] for k in ("trainable_layers", "temperature") if k in config}
        clf = cls(model, keep)
        clf.target_ranker = TargetRanker.from_disk(path)
        return clf
