"""What the learned stages share when training: seeds, cached encoder features,
length-bucketed batches, the optimiser and early stopping on dev."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import nn

from stance.encoder import PartiallyTunedEncoder, pad_batch, trainable_state


@dataclass
class TrainSettings:
    """What both learned stages are trained with; each stage sets its own defaults."""

    epochs: int = field(default=6, metadata={"help": "Most passes over the training data."})
    batch_size: int = field(default=16, metadata={"help": "Examples per step."})
    encoder_lr: float = field(default=1e-4, metadata={"help": "Learning rate of the tuned encoder layers."})
    head_lr: float = field(default=2e-3, metadata={"help": "Learning rate of the new head."})
    trainable_layers: int = field(default=2, metadata={"help": "Top encoder layers to tune (of 6)."})
    patience: int = field(default=2, metadata={"help": "Stop after this many epochs without dev gain."})
    seed: int = field(default=13, metadata={"help": "Random seed."})
    max_train_articles: int | None = field(default=None, metadata={"help": "Cap for quick runs."})

    def __post_init__(self) -> None:
        if self.epochs < 1 or self.batch_size < 1:
            raise ValueError("epochs and batch_size must be at least 1")


def fit(
    model: nn.Module,
    lengths: Sequence[int],
    settings: TrainSettings,
    batch_loss: Callable[[list[int]], torch.Tensor],
    dev_score: Callable[[], float],
    metric: str,
    log: Callable[[str], None],
) -> tuple[list[dict[str, Any]], int]:
    """The epoch loop: length-bucketed batches, AdamW with warm-up, gradient clipping,
    a dev score after each epoch, early stopping, and the best weights restored."""
    steps = settings.epochs * ((len(lengths) + settings.batch_size - 1) // settings.batch_size)
    opt, sched = optimiser(model, settings.encoder_lr, settings.head_lr, steps)
    stopper = EarlyStopping(settings.patience)
    rng = random.Random(settings.seed)
    history: list[dict[str, Any]] = []
    for epoch in range(settings.epochs):
        model.train()
        total, n = 0.0, 0
        for idx in bucketed(lengths, settings.batch_size, rng):
            loss = batch_loss(idx)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total, n = total + loss.item(), n + 1
        model.eval()
        value = dev_score()
        history.append({"epoch": epoch + 1, "train_loss": total / max(n, 1), f"dev_{metric}": value})
        log(f"epoch {epoch + 1}: train loss {total / max(n, 1):.4f}, dev {metric} {value:.4f}")
        if stopper.update(model, value, epoch + 1):
            break
    stopper.restore(model)
    model.eval()
    return history, stopper.best_epoch


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


@torch.no_grad()
def cache_features(
    encoder: PartiallyTunedEncoder, rows: Sequence[list[int]], batch_size: int = 64, progress: Callable | None = None
) -> list[torch.Tensor]:
    """Frozen-layer hidden states of every row, computed once (fp16 to halve memory)."""
    out: list[torch.Tensor | None] = [None] * len(rows)
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
    for b in range(0, len(order), batch_size):
        idx = order[b : b + batch_size]
        ids, mask = pad_batch([rows[i] for i in idx])
        hidden = encoder.frozen_features(ids, mask)
        for j, i in enumerate(idx):
            out[i] = hidden[j, : len(rows[i])].to(torch.float16).clone()
        if progress:
            progress(len(idx))
    return out  # type: ignore[return-value]


def bucketed(lengths: Sequence[int], batch_size: int, rng: random.Random) -> Iterator[list[int]]:
    """Shuffled batches of similar length, so little time goes to padding."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], rng.random()))
    batches = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(batches)
    yield from batches


def stack_features(features: Sequence[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Pad cached feature rows into a batch and its attention mask."""
    width = max(f.shape[0] for f in features)
    hidden = torch.zeros((len(features), width, features[0].shape[1]), dtype=torch.float32)
    mask = torch.zeros((len(features), width), dtype=torch.long)
    for i, f in enumerate(features):
        hidden[i, : f.shape[0]] = f.float()
        mask[i, : f.shape[0]] = 1
    return hidden, mask


def optimiser(model: nn.Module, encoder_lr: float, head_lr: float, steps: int, warmup: float = 0.1):
    """AdamW with a higher rate for the new head than for the tuned encoder layers,
    and linear warm-up then decay."""
    enc, head = [], []
    for name, p in model.named_parameters():
        if p.requires_grad:
            (enc if ".bert." in f".{name}" or name.startswith("encoder.") else head).append(p)
    opt = torch.optim.AdamW([{"params": enc, "lr": encoder_lr}, {"params": head, "lr": head_lr}], weight_decay=0.01)
    warm = max(1, int(steps * warmup))

    def factor(step: int) -> float:
        return step / warm if step < warm else max(0.0, (steps - step) / max(1, steps - warm))

    return opt, torch.optim.lr_scheduler.LambdaLR(opt, factor)


@dataclass
class EarlyStopping:
    """Keeps the best weights by a dev metric and says when to stop."""

    patience: int
    best: float = float("-inf")
    best_epoch: int = -1
    bad_epochs: int = 0
    state: dict[str, torch.Tensor] = field(default_factory=dict)

    def update(self, model: nn.Module, value: float, epoch: int) -> bool:
        """Record this epoch's value; True when training should stop."""
        if value > self.best:
            self.best, self.best_epoch, self.bad_epochs = value, epoch, 0
            self.state = {k: v.clone() for k, v in trainable_state(model).items()}
            return False
        self.bad_epochs += 1
        return self.bad_epochs >= self.patience

    def restore(self, model: nn.Module) -> None:
        if self.state:
            model.load_state_dict(self.state, strict=False)
