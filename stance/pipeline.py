"""The pipeline: sentence splitter -> attribution -> stance, loaded from a folder.

A pipeline folder holds ``pipeline.json`` naming the folder of each learned stage
(``{"attribution": "attribution", "stance": "stance"}``) and those folders. The
shipped default is the repository's ``models/``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from stance.attribution.component import Attributor
from stance.classify.baseline import BaselineClassifier
from stance.classify.model import StanceClassifier
from stance.model_folder import read_config
from stance.runtime import parse_runtimes
from stance.schema import Article, Quote, Span
from stance.segment import SentenceSplitter

PIPELINE_FILE = "pipeline.json"
DEFAULT_MODELS = Path(__file__).resolve().parent.parent / "models"


class StanceStage(Protocol):
    def annotate(self, texts: list[str], sentences: list[list[Span]], quotes: list[list[Quote]]) -> None: ...


def default_models_path() -> Path:
    """``$STANCE_MODELS`` if set, else the models folder shipped beside the package."""
    return Path(os.environ.get("STANCE_MODELS", DEFAULT_MODELS))


def load_stance_stage(path: Path) -> StanceStage:
    """A stance model folder of either kind (transformer or baseline)."""
    name = json.loads((path / "config.json").read_text(encoding="utf-8")).get("name")
    if name == BaselineClassifier.name:
        return BaselineClassifier.from_disk(path)
    read_config(path, "stance")
    return StanceClassifier.from_disk(path)


class Pipeline:
    """``pipeline(text)`` labels one article; ``pipeline.pipe(articles)`` streams many in batches."""

    def __init__(self, attributor: Attributor | None, stance: StanceStage | None) -> None:
        self.segmenter = SentenceSplitter()
        self.attributor = attributor
        self.stance = stance
        # How to build this pipeline again in another process (``stance label --workers``).
        self.source: tuple[Path, tuple[str, ...]] | None = None
        self.runtime = "torch"

    @property
    def stages(self) -> list[str]:
        return ["segment"] + (["attribution"] if self.attributor else []) + (["stance"] if self.stance else [])

    @classmethod
    def from_disk(
        cls, path: str | os.PathLike[str] | None = None, exclude: Iterable[str] = (), *, load: bool = True
    ) -> Pipeline:
        """The pipeline saved at ``path`` (default: the shipped models). With
        ``load=False`` only the folder is checked and remembered, for runs whose
        models load elsewhere (``stance label --workers`` or ``--backend ray``)."""
        path = Path(path) if path is not None else default_models_path()
        spec_path = path / PIPELINE_FILE
        if not spec_path.exists():
            raise FileNotFoundError(
                f"{path} is not a pipeline folder (no {PIPELINE_FILE}); train one with `make train` "
                "or point --model at the shipped models/ folder"
            )
        spec: dict[str, Any] = json.loads(spec_path.read_text(encoding="utf-8"))
        attributor = stance = None
        if not load:
            exclude = ("attribution", "stance", *exclude)
        if spec.get("attribution") and "attribution" not in exclude:
            attributor = Attributor.from_disk(path / spec["attribution"])
        if spec.get("stance") and "stance" not in exclude:
            stance = load_stance_stage(path / spec["stance"])
        pipeline = cls(attributor, stance)
        pipeline.source = (path, tuple(exclude) if load else ())
        return pipeline

    def use_runtime(self, runtime: str) -> Pipeline:
        """Run the learned stages on ``runtime``: ``torch``, ``onnx``, ``onnx-int8``
        or per stage, ``attribution=onnx-int8,stance=onnx`` (see ``stance.runtime``).
        Returns the pipeline."""
        learned = {"attribution": self.attributor, "stance": self.stance}
        learned = {name: stage for name, stage in learned.items() if hasattr(stage, "use_runtime")}
        for name, choice in parse_runtimes(runtime, list(learned)).items():
            learned[name].use_runtime(choice)
        self.runtime = runtime
        return self

    def to_device(self, device: str) -> Pipeline:
        """Move the learned networks to ``device`` (PyTorch runtime only). Returns the pipeline."""
        for stage in (self.attributor, self.stance):
            if hasattr(stage, "to_device"):
                stage.to_device(device)
        return self

    @property
    def runtimes(self) -> dict[str, str]:
        """Which runtime each learned stage runs on, for logs and benchmark reports."""
        found = {"attribution": self.attributor, "stance": self.stance}
        return {name: getattr(stage, "runtime", "scikit-learn") for name, stage in found.items() if stage is not None}

    def __call__(self, text: str, id: str = "text") -> Article:
        return next(self.pipe([Article(id=id, text=text)]))

    def pipe(self, articles: Iterable[Article], batch_size: int = 128) -> Iterator[Article]:
        """Label articles in input order; the models see batches drawn from many articles."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self.process(batch)
                batch = []
        if batch:
            yield from self.process(batch)

    def process_each(self, batch: list[Article]) -> list[Article | Exception]:
        """``process``, giving back for each article that makes it raise the error instead.

        The batch runs whole; only when that raises does each article run alone, so an
        article that trips a bug costs only itself. When every article of a batch of
        several fails alone, the first error is raised: the run is broken, not the articles
        (a model that will not load, no memory).
        """
        try:
            return list(self.process(batch))
        except Exception as error:
            if len(batch) == 1:
                return [error]
            first = error
        results: list[Article | Exception] = []
        for article in batch:
            try:
                results.append(self.process([article])[0])
            except Exception as error:
                results.append(error)
        if all(isinstance(r, Exception) for r in results):
            raise first
        return results

    def process(self, batch: list[Article]) -> list[Article]:
        texts = [a.text for a in batch]
        sentences = [self.segmenter(t) for t in texts]
        if self.attributor is not None:
            found = self.attributor.predict(texts, sentences)
            for article, quotes in zip(batch, found, strict=True):
                article.quotes = quotes
        if self.stance is not None:
            self.stance.annotate(texts, sentences, [a.quotes for a in batch])
        return batch


def load(path: str | os.PathLike[str] | None = None) -> Pipeline:
    """The shipped default pipeline, or the one saved at ``path``."""
    return Pipeline.from_disk(path)
