"""Every way of running ``stance label`` writes the same articles: worker processes,
Ray Data, and Parquet output (including a Parquet run that is resumed)."""

import json

import pytest

from stance.label import label_files, staging_path
from stance.parquet import jsonl_to_parquet
from stance.pipeline import Pipeline
from tests.conftest import ANNOTATED, MODELS


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_disk(MODELS)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    path = tmp_path_factory.mktemp("in") / "in.jsonl"
    rows = [json.loads(line) for line in (ANNOTATED / "dev.jsonl").read_text().splitlines()[:10]]
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "outlet": r.get("outlet", "x")}) + "\n")
        fh.write("{broken\n")  # a bad record in the middle of the stream
        fh.write(json.dumps({"id": "late", "text": rows[0]["text"]}) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(inputs, pipeline, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("ref") / "out.jsonl"
    summary = label_files([inputs], out, pipeline, batch_size=3)
    assert summary.articles == 11 and summary.errors == 1
    return out.read_bytes()


@pytest.mark.slow
def test_worker_processes_write_the_same_bytes(inputs, pipeline, reference, tmp_path) -> None:
    out = tmp_path / "out.jsonl"
    summary = label_files([inputs], out, pipeline, batch_size=3, workers=2)
    assert summary.articles == 11 and summary.errors == 1 and summary.quotes > 0
    assert out.read_bytes() == reference


@pytest.mark.slow
def test_ray_backend_writes_the_same_bytes(inputs, pipeline, reference, tmp_path) -> None:
    ray = pytest.importorskip("ray")
    out = tmp_path / "out.jsonl"
    try:
        summary = label_files([inputs], out, pipeline, batch_size=3, workers=1, backend="ray")
    finally:
        ray.shutdown()
    assert summary.articles == 11 and summary.errors == 1
    assert out.read_bytes() == reference


def _parquet_articles(path) -> list[dict]:
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    out = []
    for row in rows:
        meta = json.loads(row.pop("meta") or "{}")
        for quote in row["quotes"]:
            for key in ("confidence", "stance_scores"):
                if quote[key] is None:
                    del quote[key]
        out.append({"id": row["id"], **meta, "text": row["text"], "quotes": row["quotes"]})
    return out


def test_parquet_output_holds_the_jsonl_articles(inputs, pipeline, reference, tmp_path) -> None:
    out = tmp_path / "out.parquet"
    summary = label_files([inputs], out, pipeline, batch_size=3, fmt="parquet")
    assert summary.articles == 11
    assert not staging_path(out).exists(), "the staging JSONL is removed once Parquet is written"
    expected = [json.loads(line) for line in reference.decode().splitlines()]
    assert _parquet_articles(out) == expected
    assert (tmp_path / "out.errors.jsonl").exists()


def test_an_interrupted_parquet_run_resumes_from_its_staging_file(inputs, pipeline, reference, tmp_path) -> None:
    out = tmp_path / "out.parquet"
    # What a run killed after four articles leaves: a staging file, no Parquet yet.
    staging_path(out).write_bytes(b"".join(reference.splitlines(keepends=True)[:4]))
    skipped: list[int] = []
    summary = label_files([inputs], out, pipeline, batch_size=3, fmt="parquet", resume=True, on_skip=skipped.append)
    assert summary.skipped == 4 and summary.articles == 7
    assert skipped == [4], "the progress bar is told what the earlier run did"
    expected = [json.loads(line) for line in reference.decode().splitlines()]
    assert _parquet_articles(out) == expected
    # Resuming a finished Parquet run does nothing and keeps the file.
    again = label_files([inputs], out, pipeline, batch_size=3, fmt="parquet", resume=True, on_skip=skipped.append)
    assert again.articles == 0 and again.skipped == 11 and skipped == [4, 11]
    assert _parquet_articles(out) == expected


def test_parquet_conversion_is_atomic(tmp_path) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": "a", "text": "x", "quotes": []}\n{not json\n')
    dst = tmp_path / "out.parquet"
    with pytest.raises(Exception):  # noqa: B017 - the reader's own error type is tested elsewhere
        jsonl_to_parquet(src, dst)
    assert not dst.exists()
