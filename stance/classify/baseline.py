"""The baseline every stance report compares against: TF-IDF + logistic regression
over the same inputs as the transformer. Saved as JSON + safetensors, never pickled."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from stance.classify.inputs import label_quotes
from stance.classify.target import TargetRanker, assign_targets
from stance.model_folder import WEIGHTS_FILE, read_config, write_config
from stance.schema import LABELS, Quote, Span

VOCAB_FILE = "vocabulary.json"


def _joined(pairs: Sequence[tuple[str, str]]) -> list[str]:
    return [f"{a} [SEP] {b}" for a, b in pairs]


class BaselineClassifier:
    """Same interface as StanceClassifier: ``predict(pairs)`` and ``annotate(...)``."""

    name = "stance-baseline"

    def __init__(self, vectorizer: Any, model: Any) -> None:
        self.vectorizer = vectorizer
        self.model = model
        self.target_ranker: TargetRanker | None = None

    @classmethod
    def fit(cls, pairs: Sequence[tuple[str, str]], labels: Sequence[int], seed: int = 13, c: float = 4.0):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
        x = vectorizer.fit_transform(_joined(pairs))
        model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=seed)
        model.fit(x, [LABELS[i] for i in labels])
        return cls(vectorizer, model)

    def predict(self, pairs: Sequence[tuple[str, str]]) -> torch.Tensor:
        if not pairs:
            return torch.zeros((0, len(LABELS)))
        probs = self.model.predict_proba(self.vectorizer.transform(_joined(pairs)))
        order = [list(self.model.classes_).index(label) if label in self.model.classes_ else -1 for label in LABELS]
        out = np.zeros((len(pairs), len(LABELS)))
        for j, k in enumerate(order):
            if k >= 0:
                out[:, j] = probs[:, k]
        return torch.tensor(out, dtype=torch.float32)

    def annotate(
        self, texts: Sequence[str], sentences: Sequence[Sequence[Span]], quotes: Sequence[list[Quote]]
    ) -> None:
        label_quotes(self.predict, texts, sentences, quotes)
        for text, sents, qs in zip(texts, sentences, quotes, strict=True):
            assign_targets(text, sents, qs, self.target_ranker)

    def to_disk(self, path: str | os.PathLike[str], extra: dict[str, Any] | None = None) -> None:
        from safetensors.numpy import save_file

        path = Path(path)
        params = self.vectorizer.get_params()
        write_config(
            path,
            {
                "name": self.name,
                "version": 1,
                "labels": list(LABELS),
                "classes": [str(c) for c in self.model.classes_],
                "ngram_range": list(params["ngram_range"]),
                "sublinear_tf": params["sublinear_tf"],
                **(extra or {}),
            },
        )
        vocab = {term: int(i) for term, i in self.vectorizer.vocabulary_.items()}
        (path / VOCAB_FILE).write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
        save_file(
            # safetensors writes raw buffers: a Fortran-ordered coef_ would come back scrambled.
            {
                "idf": np.ascontiguousarray(self.vectorizer.idf_),
                "coef": np.ascontiguousarray(self.model.coef_),
                "intercept": np.ascontiguousarray(self.model.intercept_),
            },
            str(path / WEIGHTS_FILE),
        )
        if self.target_ranker is not None:
            self.target_ranker.to_disk(path)

    @classmethod
    def from_disk(cls, path: str | os.PathLike[str]) -> BaselineClassifier:
        from safetensors.numpy import load_file
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        path = Path(path)
        config = read_config(path, cls.name)
        arrays = load_file(str(path / WEIGHTS_FILE))
        vocab = json.loads((path / VOCAB_FILE).read_text(encoding="utf-8"))
        vectorizer = TfidfVectorizer(ngram_range=tuple(config["ngram_range"]), sublinear_tf=config["sublinear_tf"])
        vectorizer.vocabulary_ = vocab
        vectorizer.idf_ = arrays["idf"]
        model = LogisticRegression()
        model.classes_ = np.array(config["classes"])
        model.coef_ = arrays["coef"]
        model.intercept_ = arrays["intercept"]
        clf = cls(vectorizer, model)
        clf.target_ranker = TargetRanker.from_disk(path)
        return clf
