import json

import pytest

from stance.convert.substrings import read, resolve_article, to_substrings
from stance.schema import FormatError, check

TEXT = (
    '"We want proper result to be announced," he added. "We will pursue all means." '
    "The commission said the results were final. The opposition said the results were rigged."
)


def _quote(**kw) -> dict:
    base = {"type": "direct", "contents": [], "cue": None, "sources": [], "speaker": None, "stance": "none"}
    return {**base, **kw}


def test_offsets_are_computed_and_checked() -> None:
    obj = {
        "id": "z",
        "text": TEXT,
        "quotes": [
            _quote(
                contents=['"We want proper result to be announced,"', '"We will pursue all means."'],
                cue="added",
                sources=["he"],
                speaker="Nelson Chamisa",
            )
        ],
    }
    article = resolve_article(obj, None)
    assert check(article.to_dict()) == []
    q = article.quotes[0]
    assert [TEXT[s.start : s.end] for s in q.contents] == obj["quotes"][0]["contents"]
    assert q.sources[0].start == TEXT.index(" he ") + 1  # whole word, not inside "the"


def test_ambiguous_content_needs_context() -> None:
    obj = {"id": "z", "text": TEXT, "quotes": [_quote(type="indirect", contents=["the results were"])]}
    with pytest.raises(ValueError, match="occurs 2 times"):
        resolve_article(obj, None)
    obj["quotes"][0]["contents"] = ["opposition said [[the results were rigged]]"]
    article = resolve_article(obj, None)
    assert article.quotes[0].contents[0].text == "the results were rigged"


def test_cue_and_source_take_the_occurrence_nearest_the_content() -> None:
    obj = {
        "id": "z",
        "text": TEXT,
        "quotes": [
            _quote(
                type="indirect",
                contents=["opposition said [[the results were rigged]]"],
                cue="said",
                sources=["The opposition"],
            )
        ],
    }
    q = resolve_article(obj, None).quotes[0]
    assert q.cue.start == TEXT.rindex("said")


def test_missing_string_names_file_line_and_field(tmp_path) -> None:
    path = tmp_path / "ann.jsonl"
    good = {"id": "a", "text": TEXT, "quotes": []}
    bad = {"id": "b", "text": TEXT, "quotes": [_quote(contents=["not in the text"])]}
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    with pytest.raises(FormatError, match=r"ann\.jsonl:2: article b: quotes\[0\]\.contents\[0\]"):
        list(read(path))


def test_round_trip_through_substrings(train_articles) -> None:
    for article in train_articles[:20]:
        obj = {**to_substrings(article), "text": article.text}
        back = resolve_article(obj, None)
        assert [q.contents for q in back.quotes] == [q.contents for q in article.quotes]
