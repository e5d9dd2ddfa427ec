"""``stance train``: train the attribution or stance stage from annotated JSONL."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from stance.cli.app import app


class Stage(StrEnum):
    attribution = "attribution"
    stance = "stance"


class Kind(StrEnum):
    transformer = "transformer"
    baseline = "baseline"


@app.command("train")
def train_cli(
    stage: Stage = typer.Argument(..., help="Which stage to train: attribution or stance."),
    train: list[Path] = typer.Option(
        ..., "--train", exists=True, dir_okay=False, help="Training JSONL; repeat it to train on several files."
    ),
    dev: Path = typer.Option(..., "--dev", exists=True, dir_okay=False, help="Dev JSONL (early stopping)."),
    output: Path = typer.Option(..., "--output", "-o", help="Model folder to write."),
    test: Path | None = typer.Option(None, "--test", exists=True, dir_okay=False, help="Test JSONL for the card."),
    model: Kind = typer.Option(Kind.transformer, "--model", help="stance only: transformer or baseline."),
    epochs: int | None = typer.Option(None, "--epochs", min=1, help="Most epochs (default per stage)."),
    batch_size: int = typer.Option(16, "--batch-size", min=1),
    trainable_layers: int | None = typer.Option(
        None, "--trainable-layers", min=1, max=6, help="Top encoder layers to tune (default per stage)."
    ),
    encoder_lr: float | None = typer.Option(None, "--encoder-lr", help="Learning rate of the tuned encoder layers."),
    head_lr: float | None = typer.Option(None, "--head-lr", help="Learning rate of the new head."),
    seed: int = typer.Option(13, "--seed"),
    max_train_articles: int | None = typer.Option(None, "--max-train-articles", help="Cap for quick runs."),
) -> None:
    """Train a pipeline stage on annotated articles and write a model folder with a card.

    Examples:
      stance train attribution --train data/annotated/train.jsonl --dev data/annotated/dev.jsonl -o models/attribution
      stance train stance --train data/annotated/train.jsonl --dev data/annotated/dev.jsonl -o models/stance
      stance train stance --model baseline --train ... --dev ... -o models/stance-baseline
      stance train stance --train ours.jsonl --train data/annotated/train.jsonl --dev ours-dev.jsonl -o my-stance
    """
    from stance.schema import FormatError
    from stance.train import train_attribution_model, train_stance_model

    console = Console(stderr=True, soft_wrap=True)

    def log(msg: str) -> None:
        console.print(msg, markup=False)

    try:  # a FormatError comes only from reading the data files, before training starts
        if stage is Stage.attribution:
            from stance.attribution.train import AttributionSettings

            a_settings = AttributionSettings(batch_size=batch_size, seed=seed, max_train_articles=max_train_articles)
            _override(
                a_settings, epochs=epochs, encoder_lr=encoder_lr, head_lr=head_lr, trainable_layers=trainable_layers
            )
            record = train_attribution_model(train, dev, output, a_settings, test, log=log)
            headline = f"dev quote F1@0.5 {record['metrics']['dev']['quote_f@0.5']:.3f}"
        else:
            from stance.classify.train import StanceSettings

            s_settings = StanceSettings(batch_size=batch_size, seed=seed, max_train_articles=max_train_articles)
            _override(
                s_settings, epochs=epochs, encoder_lr=encoder_lr, head_lr=head_lr, trainable_layers=trainable_layers
            )
            record = train_stance_model(train, dev, output, s_settings, test, baseline=model is Kind.baseline, log=log)
            headline = f"dev macro-F1 {record['metrics']['dev']['stance_macro_f']:.3f}"
    except FormatError as err:
        log(f"error: {err}")
        raise typer.Exit(1) from None
    log(f"saved to {output} ({headline}; {record['train_seconds']} s)")


def _override(settings, **values) -> None:
    for key, value in values.items():
        if value is not None:
            setattr(settings, key, value)
