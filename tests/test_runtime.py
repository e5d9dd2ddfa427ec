"""ONNX Runtime paths: fp32 must match PyTorch, int8 must stay close, names are checked."""

import pytest
import torch

from stance.classify.inputs import model_inputs
from stance.pipeline import Pipeline
from stance.runtime import check_runtime, parse_runtimes
from tests.conftest import MODELS


@pytest.fixture(scope="module")
def articles(dev_articles):
    return [a for a in dev_articles if a.quotes][:6]


def test_unknown_runtime_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown runtime 'tensorrt'"):
        check_runtime("tensorrt")
    with pytest.raises(ValueError, match="unknown stage 'parser'"):
        parse_runtimes("parser=onnx", ["attribution", "stance"])


def test_runtime_specs() -> None:
    stages = ["attribution", "stance"]
    assert parse_runtimes("torch", stages) == {"attribution": "torch", "stance": "torch"}
    assert parse_runtimes("attribution=onnx-int8", stages) == {"attribution": "onnx-int8", "stance": "torch"}


@pytest.mark.slow
def test_onnx_fp32_matches_torch_and_int8_stays_close(articles) -> None:
    torch_pipe = Pipeline.from_disk(MODELS)
    texts = [a.text for a in articles]
    sentences = [torch_pipe.segmenter(t) for t in texts]
    pairs = [p for a, s in zip(articles, sentences, strict=True) for p in model_inputs(a.text, s, a.quotes)]
    expected_probs = torch_pipe.stance.predict(pairs)
    expected_tags = torch_pipe.attributor.tag(texts, sentences)

    onnx_pipe = Pipeline.from_disk(MODELS).use_runtime("onnx")
    assert onnx_pipe.runtimes == {"attribution": "onnx", "stance": "onnx"}
    assert torch.allclose(onnx_pipe.stance.predict(pairs), expected_probs, atol=1e-4)
    onnx_tags = onnx_pipe.attributor.tag(texts, sentences)
    assert [[(s.role, s.start, s.end) for s in spans] for spans in onnx_tags] == [
        [(s.role, s.start, s.end) for s in spans] for spans in expected_tags
    ]
    flat = [
        (a.score, b.score) for x, y in zip(onnx_tags, expected_tags, strict=True) for a, b in zip(x, y, strict=True)
    ]
    assert all(abs(a - b) < 1e-4 for a, b in flat)

    with pytest.raises(ValueError, match="needs the torch runtime"):
        onnx_pipe.to_device("cpu")  # its PyTorch weights were freed for the session

    fast = Pipeline.from_disk(MODELS).use_runtime("attribution=onnx-int8,stance=onnx")
    assert fast.runtimes == {"attribution": "onnx-int8", "stance": "onnx"}
    int8_tags = fast.attributor.tag(texts, sentences)
    key = [{(s.role, s.start, s.end) for s in spans} for spans in expected_tags]
    got = [{(s.role, s.start, s.end) for s in spans} for spans in int8_tags]
    same = sum(len(k & g) for k, g in zip(key, got, strict=True))
    assert same / sum(len(k) for k in key) > 0.95, "int8 tagger drifted from fp32"
