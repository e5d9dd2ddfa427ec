"""Thousands of random and broken records: no crash, and nothing good is lost.

The pipeline here is the sentence splitter alone (a real stage): what is under test
is reading, error reporting and writing, which do not depend on the models."""

import json
import random

from stance.label import errors_path, label_files
from stance.pipeline import Pipeline
from stance.schema import check

ALPHABET = "abc XYZ.,;:!?\"“”'‘’—-\n\t\u00e9\u4e2d\U0001f600\u200b\u2028"


def _text(rng: random.Random) -> str:
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 300)))
    return text + "\x00" if rng.random() < 0.1 else text  # NUL: binary junk, refused


def _record(rng: random.Random, i: int) -> tuple[bytes, bool]:
    """One JSONL line and whether it must be labelled."""
    kind = rng.randrange(12)
    if kind == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 80))).replace(b"\n", b" "), False
    if kind == 1:
        return b'{"id": "x' + str(i).encode() + b'", "text": "unterminated', False
    if kind == 2:
        return json.dumps({"id": f"r{i}"}).encode(), False
    if kind == 3:
        return json.dumps({"id": f"r{i}", "text": rng.choice([None, 5, ["a"], {"b": 1}])}).encode(), False
    if kind == 4:
        return json.dumps({"id": f"r{i}", "text": " \n\t "}).encode(), False
    if kind == 5:
        return json.dumps([1, 2, 3]).encode(), False
    if kind == 6:
        return json.dumps({"id": "dup", "text": "A duplicate. It says so."}).encode(), None  # first one counts
    text = _text(rng)
    good = bool(text.strip()) and "\x00" not in text
    return json.dumps({"id": f"r{i}", "text": text, "meta": rng.random()}).encode(), good


def test_fuzzed_input_never_crashes_or_loses_good_records(tmp_path) -> None:
    rng = random.Random(20261127)
    lines, expected = [], []
    seen_dup = False
    for i in range(3000):
        line, good = _record(rng, i)
        if good is None:
            good, seen_dup = not seen_dup, True
        lines.append(line)
        if good:
            expected.append(json.loads(line)["id"])
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    summary = label_files([path], out, Pipeline(None, None), batch_size=64)
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [a["id"] for a in written] == expected
    assert all(check(a) == [] for a in written)
    errors = errors_path(out).read_text(encoding="utf-8").splitlines()
    assert summary.articles == len(expected)
    records = [ln for ln in lines if ln.decode("utf-8", "replace").strip()]  # blank lines are skipped
    assert summary.errors == len(errors) == len(records) - len(expected)
    assert all({"file", "line", "reason"} <= set(json.loads(e)) for e in errors)
