"""Where a stage's network runs on CPU: eager PyTorch, or ONNX Runtime in fp32 or int8.

The learned stages call ``stage.forward(*tensors)``; ``use_runtime`` swaps that
callable for an ONNX Runtime session exported from the same weights at load time
(nothing extra is stored in a model folder, so a model folder stays the only truth).
``scripts/bench_label.py`` measures each runtime's speed and ``stance evaluate
--runtime`` its metrics against fp32 PyTorch.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import torch
from torch import nn

from stance.encoder import CPU_BATCH_TOKENS, GPU_BATCH_TOKENS

# PyTorch is the default: on 2 cores fp32 ONNX Runtime gained only 1.4-4.6% over it
# (2,000 articles) for ~2.5 s of export at load time, and int8 (+19% with the tagger
# quantised) moves some metrics by more than 0.005, so both are opt-in (README, Speed).
RUNTIMES = ("torch", "onnx", "onnx-int8")

Forward = Callable[..., torch.Tensor]


def onnx_available() -> bool:
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def check_runtime(name: str) -> None:
    if name not in RUNTIMES:
        raise ValueError(f"unknown runtime {name!r}; choose one of {', '.join(RUNTIMES)}")
    if name != "torch" and not onnx_available():
        raise ValueError(f"runtime {name!r} needs ONNX Runtime: pip install -e '.[onnx]'")


def parse_runtimes(spec: str, stages: Sequence[str]) -> dict[str, str]:
    """One runtime for every stage, or ``stage=runtime,...`` (the others: torch).

    >>> parse_runtimes("attribution=onnx-int8", ["attribution", "stance"])
    {'attribution': 'onnx-int8', 'stance': 'torch'}
    """
    if "=" not in spec:
        chosen = dict.fromkeys(stages, spec)
    else:
        chosen = dict.fromkeys(stages, "torch")
        for part in spec.split(","):
            stage, _, name = part.partition("=")
            if stage.strip() not in chosen:
                raise ValueError(f"runtime for unknown stage {stage.strip()!r}; stages: {', '.join(stages)}")
            chosen[stage.strip()] = name.strip()
    for name in chosen.values():
        check_runtime(name)
    return chosen


class OnnxForward:
    """An ONNX Runtime session standing in for ``module.forward`` (tensors in, tensor out)."""

    def __init__(
        self,
        module: nn.Module,
        example: Sequence[torch.Tensor],
        names: Sequence[str],
        *,
        quantize: bool = False,
        threads: int | None = None,
    ) -> None:
        import onnxruntime as ort

        self.names = list(names)
        module = module.eval().cpu()
        buffer = io.BytesIO()
        dynamic = {name: {0: "batch", 1: "length"} for name in self.names}
        with torch.no_grad():
            torch.onnx.export(
                module,
                tuple(example),
                buffer,
                input_names=self.names,
                output_names=["logits"],
                dynamic_axes=dynamic,
                opset_version=17,
                dynamo=False,
            )
        model_bytes = buffer.getvalue()
        if quantize:
            model_bytes = _quantize(model_bytes)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or torch.get_num_threads()
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(model_bytes, options, providers=["CPUExecutionProvider"])

    def __call__(self, *tensors: torch.Tensor) -> torch.Tensor:
        feed = {name: t.cpu().numpy() for name, t in zip(self.names, tensors, strict=True)}
        return torch.from_numpy(self.session.run(None, feed)[0])


def _quantize(model_bytes: bytes) -> bytes:
    """Dynamic int8, per-channel scales, feed-forward weights only.

    Measured on dev with the tagger: quantising every weight product moved content
    exact F1 by -0.007; the feed-forward products alone (two thirds of the FLOPs)
    stay within 0.005 on every metric. The stance network loses ~0.017 macro-F1
    either way, so it keeps fp32.
    """
    import logging

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    graph = onnx.load_from_string(model_bytes).graph
    weights = {init.name for init in graph.initializer}
    # Products with a stored weight matrix outside attention: the FFN's two layers.
    nodes = [
        n.name
        for n in graph.node
        if n.op_type == "MatMul" and any(i in weights for i in n.input) and "attention" not in n.name
    ]
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        src.write_bytes(model_bytes)
        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.ERROR)  # the quantiser's "consider pre-processing" notice
        try:
            quantize_dynamic(
                src,
                dst,
                weight_type=QuantType.QInt8,
                per_channel=True,
                nodes_to_quantize=nodes,
                extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
            )
        finally:
            root.setLevel(level)
        return dst.read_bytes()


def onnx_forward(module: nn.Module, example: Sequence[torch.Tensor], names: Sequence[str], runtime: str) -> Forward:
    """The callable a stage should use for ``runtime`` (one of ``RUNTIMES``)."""
    check_runtime(runtime)
    if runtime == "torch":
        return module
    # Export warnings (tracer notes on the mask arithmetic) are not the user's concern.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        forward = OnnxForward(module, example, names, quantize=runtime == "onnx-int8")
    # The session holds its own copy of the weights: free PyTorch's (the module is
    # unusable afterwards; load the model again to change runtime) and hand the
    # export's scratch memory back to the system, which keeps peak RSS down.
    module.to("meta")
    _trim_heap()
    return forward


def _trim_heap() -> None:
    import contextlib
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class NetworkStage:
    """What the learned stages share about where their network runs.

    A stage sets ``model`` (whose ``encoder`` reports its device) and
    ``input_names`` (the tensors ``forward`` takes: token ids first, then masks
    or features of the same shape), then calls ``NetworkStage.__init__``.
    """

    model: nn.Module
    input_names: tuple[str, ...]

    def __init__(self) -> None:
        self.forward: Forward = self.model
        self.runtime = "torch"
        self.batch_tokens = CPU_BATCH_TOKENS

    @property
    def device(self) -> torch.device:
        return self.model.encoder.device if self.runtime == "torch" else torch.device("cpu")

    def to_device(self, device: str) -> None:
        """Run the PyTorch network on ``device`` ("cuda"); a GPU wants big batches."""
        if self.runtime != "torch":
            raise ValueError(f"--device {device} needs the torch runtime, not {self.runtime}")
        self.model.to(device)
        self.batch_tokens = GPU_BATCH_TOKENS if device != "cpu" else CPU_BATCH_TOKENS

    def use_runtime(self, runtime: str) -> None:
        """Run the network with ``runtime`` (one of ``RUNTIMES``) from now on."""
        if self.runtime != "torch":
            raise ValueError(f"already running on {self.runtime}; load the model again to change runtime")
        ids = torch.full((2, 12), 1000)
        example = (ids, *(torch.ones_like(ids) for _ in self.input_names[1:]))
        self.forward = onnx_forward(self.model, example, self.input_names, runtime)
        self.runtime = runtime
