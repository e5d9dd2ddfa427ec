"""The sentence splitter on the English Golden Rules and on news quotation cases."""

import json
from pathlib import Path

import pytest

from stance.segment import SentenceSplitter, segment

CASES_FILE = Path(__file__).parent / "data" / "segmentation_cases.jsonl"


def _cases(kind: str) -> list:
    """The English Golden Rules (Pragmatic Segmenter, as in pysbd's tests) and news cases
    that matter for quote attribution; scripts/bench_segment.py scores the same file."""
    out = []
    for line in CASES_FILE.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["kind"] != kind:
            continue
        marks = [pytest.mark.xfail(reason="needs semantics; pysbd fails it too", strict=True)]
        out.append(pytest.param(case["text"], case["sentences"], marks=marks if case.get("known_failure") else ()))
    return out


GOLDEN_RULES = _cases("golden_rules")
NEWS_CASES = _cases("news")


def _texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


@pytest.mark.parametrize(("text", "expected"), GOLDEN_RULES)
def test_golden_rules(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEWS_CASES)
def test_news_cases(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_spans_are_offsets_into_the_text() -> None:
    text = "  Mr. Smith said hello.  \n\n“Fine,” she said.  "
    spans = segment(text)
    assert [text[s.start : s.end] for s in spans] == [s.text for s in spans]
    assert [s.text for s in spans] == ["Mr. Smith said hello.", "“Fine,” she said."]


def test_empty_and_blank_text() -> None:
    assert segment("") == []
    assert segment(" \n\n \t") == []


def test_pipe_matches_call() -> None:
    texts = ["One. Two.", "Three!"]
    splitter = SentenceSplitter()
    assert list(splitter.pipe(texts)) == [splitter(t) for t in texts]
