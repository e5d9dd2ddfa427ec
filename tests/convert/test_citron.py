import json

from stance.convert import convert
from stance.schema import read_jsonl


def test_citron_round_trip(tmp_path) -> None:
    text = '"When I use a word," Humpty Dumpty said, "it means just what I choose it to mean." He smiled.'
    doc = {
        "text": text,
        "quotes": [
            {
                "cue": {"start": 36, "end": 40, "text": "said"},
                "sources": [{"start": 22, "end": 35, "text": "Humpty Dumpty"}],
                "contents": [
                    {"start": 0, "end": 21, "text": '"When I use a word,"'},
                    {"start": 42, "end": 84, "text": '"it means just what I choose it to mean."'},
                ],
            }
        ],
    }
    for span in [doc["quotes"][0]["cue"], *doc["quotes"][0]["sources"], *doc["quotes"][0]["contents"]]:
        span["start"] = text.index(span["text"])
        span["end"] = span["start"] + len(span["text"])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "humpty.json").write_text(json.dumps(doc))
    assert convert("citron", tmp_path / "in", tmp_path / "a.jsonl") == 1
    (article,) = read_jsonl(tmp_path / "a.jsonl")
    (quote,) = article.quotes
    assert article.id == "humpty" and quote.type == "direct" and quote.speaker == "Humpty Dumpty"
    assert convert("jsonl", tmp_path / "a.jsonl", tmp_path / "out", to="citron") == 1
    back = json.loads((tmp_path / "out" / "humpty.json").read_text())
    assert back["quotes"][0]["contents"] == doc["quotes"][0]["contents"]
    assert back["quotes"][0]["cue"] == doc["quotes"][0]["cue"]
