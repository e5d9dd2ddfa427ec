"""Batch labelling: bad records, resume after kill -9, byte-identical output."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from stance.label import errors_path, label_files
from stance.pipeline import Pipeline
from tests.conftest import ANNOTATED, MODELS, TripsOn, word_only_in


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_disk(MODELS)


def _inputs(tmp_path, n: int = 24):
    rows = [json.loads(line) for line in (ANNOTATED / "dev.jsonl").read_text().splitlines()[:n]]
    path = tmp_path / "in.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
    return path, rows


def test_bad_records_are_logged_and_good_ones_labelled(tmp_path, pipeline) -> None:
    path, rows = _inputs(tmp_path, 6)
    with open(path, "ab") as fh:
        fh.write(b"{oops\n")
        fh.write(json.dumps({"id": rows[0]["id"], "text": "A duplicate id."}).encode() + b"\n")
        fh.write(json.dumps({"id": "no-text"}).encode() + b"\n")
        fh.write(b'{"id": "bin", "text": "\xff\xfe"}\n')
    out = tmp_path / "out.jsonl"
    summary = label_files([path], out, pipeline, batch_size=4)
    assert summary.articles == 6 and summary.errors == 4
    labelled = [json.loads(line) for line in out.read_text().splitlines()]
    assert [a["id"] for a in labelled] == [r["id"] for r in rows]
    assert all(a["text"] == r["text"] for a, r in zip(labelled, rows, strict=True))
    errors = [json.loads(line) for line in errors_path(out).read_text().splitlines()]
    assert [e["line"] for e in errors] == [7, 8, 9, 10]
    assert "duplicate id" in errors[1]["reason"]


def _run(args, env) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "stance.cli", "label", *args]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_kill_at_random_points_and_resume_gives_identical_bytes(tmp_path) -> None:
    path, _ = _inputs(tmp_path, 24)
    env = {**os.environ, "STANCE_MODELS": str(MODELS)}
    # The resume logic does not depend on the runtime; torch starts fastest.
    common = ["--batch-size", "2", "--show", "0", "--runtime", "torch"]
    full = tmp_path / "full.jsonl"
    assert _run([str(path), "-o", str(full), *common], env).wait() == 0
    expected = full.read_bytes()

    out = tmp_path / "partial.jsonl"
    rng = random.Random(7)
    kills = 0
    for _ in range(3):
        lines_before = out.read_bytes().count(b"\n") if out.exists() else 0
        proc = _run([str(path), "-o", str(out), "--resume", *common], env)
        # Wait until this run has written something, then kill it a random moment later.
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") > lines_before:
                break
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 1.5))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        partial = out.read_bytes()
        assert partial.endswith(b"\n"), "a torn line was left behind"
        assert expected.startswith(partial)
    assert kills >= 2 and 0 < out.read_bytes().count(b"\n") < 24
    # Even a torn tail (a crash inside a write) is cut and redone on resume.
    out.write_bytes(out.read_bytes() + b'{"id": "torn')
    assert _run([str(path), "-o", str(out), "--resume", *common], env).wait() == 0
    assert out.read_bytes() == expected


def test_an_article_the_pipeline_fails_on_is_logged_and_the_run_goes_on(tmp_path, pipeline) -> None:
    path, rows = _inputs(tmp_path, 10)
    word = word_only_in([r["text"] for r in rows], 5)
    tripped = [rows[5]["id"]]
    buggy = Pipeline(pipeline.attributor, TripsOn(word))
    out = tmp_path / "out.jsonl"
    summary = label_files([path], out, buggy, batch_size=4)
    assert summary.errors == len(tripped) and summary.articles == 10 - len(tripped)
    labelled = [json.loads(line) for line in out.read_text().splitlines()]
    assert [a["id"] for a in labelled] == [r["id"] for r in rows if r["id"] not in tripped]
    assert all(a["quotes"] for a in labelled)  # the attribution stage ran on the others
    errors = [json.loads(line) for line in errors_path(out).read_text().splitlines()]
    assert [e["id"] for e in errors] == tripped
    assert all(e["stage"] == "label" and "RecursionError" in e["reason"] for e in errors)
    expected = out.read_bytes(), errors_path(out).read_bytes()

    # Stopped between its two writes (errors written, the batch's labels not): resume
    # skips the failed article by id and labels the rest of that batch again.
    done = 5 // 4 * 4  # the batches before the failed article's
    out.write_bytes(b"".join(line + b"\n" for line in expected[0].splitlines()[:done]))
    resumed = label_files([path], out, buggy, batch_size=4, resume=True)
    assert resumed.skipped == done and resumed.articles == 10 - done - 1
    assert (out.read_bytes(), errors_path(out).read_bytes()) == expected


def test_a_run_whose_every_article_fails_stops_with_the_error(tmp_path, pipeline) -> None:
    path, _ = _inputs(tmp_path, 4)
    broken = Pipeline(None, TripsOn(""))  # every text holds the empty string
    with pytest.raises(RecursionError):
        label_files([path], tmp_path / "out.jsonl", broken, batch_size=4)
