import json

import pytest

from stance.schema import LABELS, Article, FormatError, Quote, Span, check, parse_line, read_jsonl, write_jsonl

TEXT = '"We are confident," said Mark Stroh. Pyongyang denies the attack.'


def _article() -> Article:
    q = Quote(
        type="direct",
        contents=[Span.of(TEXT, 0, 19)],
        cue=Span.of(TEXT, 20, 24),
        sources=[Span.of(TEXT, 25, 35)],
        speaker="Mark Stroh",
        stance="accuse",
        target="North Korea",
        confidence=0.9,
        stance_scores=dict.fromkeys(LABELS, 0.2),
    )
    return Article("a1", TEXT, [q], {"url": "https://example.org/a1", "outlet": "Example"})


def test_round_trip_is_lossless(tmp_path) -> None:
    article = _article()
    path = tmp_path / "a.jsonl"
    write_jsonl(path, [article])
    (back,) = list(read_jsonl(path))
    assert back == article
    assert json.loads(path.read_text())["url"] == "https://example.org/a1"


def test_spans_must_match_the_text() -> None:
    obj = _article().to_dict()
    obj["quotes"][0]["cue"]["text"] = "says"
    (problem,) = check(obj)
    assert problem.field == "quotes[0].cue" and "said" in problem.message


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda o: o["quotes"][0].update(stance="blame"), "quotes[0].stance"),
        (lambda o: o["quotes"][0].update(type="quoted"), "quotes[0].type"),
        (lambda o: o["quotes"][0]["contents"][0].update(end=10_000), "quotes[0].contents[0]"),
        (lambda o: o["quotes"][0].update(contents=[]), "quotes[0].contents"),
        (lambda o: o["quotes"][0].update(stance="none"), "quotes[0].target"),
        (lambda o: o.pop("text"), "text"),
        (lambda o: o["quotes"][0]["sources"][0].update(start="25"), "quotes[0].sources[0]"),
    ],
)
def test_each_kind_of_error_names_its_field(mutate, field) -> None:
    obj = _article().to_dict()
    mutate(obj)
    assert field in [p.field for p in check(obj)]


def test_parse_line_reports_file_and_line() -> None:
    with pytest.raises(FormatError, match=r"f\.jsonl:7: invalid JSON"):
        parse_line("{not json", "f.jsonl", 7)


def test_write_is_atomic_on_failure(tmp_path) -> None:
    path = tmp_path / "out.jsonl"
    write_jsonl(path, [_article()])

    def broken():
        yield _article()
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_jsonl(path, broken())
    assert len(path.read_text().splitlines()) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
