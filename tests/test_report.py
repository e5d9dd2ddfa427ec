"""The HTML evaluation report, rendered in headless Chromium when it is installed."""

import copy
import shutil
import subprocess

import pytest

from stance.evaluate import Evaluation
from stance.metrics import score
from stance.report import write_report
from stance.schema import read_jsonl
from tests.conftest import ANNOTATED


def _evaluation() -> Evaluation:
    gold = [a for a in read_jsonl(ANNOTATED / "dev.jsonl") if len(a.quotes) > 1][:3]
    pred = copy.deepcopy(gold)
    pred[0].quotes[0].stance = "deny" if pred[0].quotes[0].stance != "deny" else "accuse"  # one error
    del pred[1].quotes[0]  # one miss
    metrics, pairs = score(gold, pred)
    return Evaluation(metrics, pairs, gold, pred)


def test_report_is_self_contained_and_marks_errors(tmp_path) -> None:
    path = tmp_path / "report.html"
    write_report(_evaluation(), path)
    page = path.read_text()
    assert page.count("data:image/png;base64,") == 2  # confusion matrix and calibration
    assert "ERROR stance: gold" in page and "missed:" in page
    assert "http://" not in page and "https://" not in page.split("<h2>Articles</h2>")[0]


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_report_renders_in_headless_chromium(tmp_path) -> None:
    path = tmp_path / "report.html"
    write_report(_evaluation(), path)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    flags += [
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        ["chromium", *flags, "--dump-dom", path.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert dom.count("<img") == 2 and "<mark" in dom and "Articles" in dom
    shot = tmp_path / "report.png"
    subprocess.run(
        ["chromium", *flags, "--window-size=1200,1600", f"--screenshot={shot}", path.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.stat().st_size > 10_000
