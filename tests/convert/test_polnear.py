"""PolNeAR brat standoff, on small files written here (PolNeAR's own texts have no licence)."""

import pytest

from stance.convert import convert
from stance.convert.polnear import read
from stance.schema import FormatError, read_jsonl

TEXT = (
    "Axelrod calls on Dean to apologize.\n"
    "“My reaction, that was outrageous,” the strategist said in an interview. “He really\nshould.”\n"
    "The tweet was widely shared, according to reports.\n"
)


def _write(tmp_path, ann: str):
    (tmp_path / "test" / "text").mkdir(parents=True)
    (tmp_path / "test" / "attributions").mkdir()
    (tmp_path / "test" / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "test" / "attributions" / "doc1_ab12.ann").write_text(ann, encoding="utf-8")
    (tmp_path / "test" / "attributions" / "doc1_zz99.ann").write_text("", encoding="utf-8")  # a second annotator
    return tmp_path / "test"


def _at(s: str) -> tuple[int, int]:
    start = TEXT.index(s)
    return start, start + len(s)


def test_discontinuous_spans_newlines_and_no_source_events(tmp_path) -> None:
    c1 = _at("“My reaction, that was outrageous,”")
    c2 = _at("“He really\nshould.”")
    cue, src = _at("said in an interview"), _at("the strategist")
    calls, dean = _at("calls on Dean"), _at("to apologize")
    acc, rep = _at("according to"), _at("The tweet was widely shared")
    ann = "\n".join(
        [
            "T1\tSource 0 7\tAxelrod",
            f"T2\tCue {calls[0]} {calls[1]}\tcalls on Dean",
            f"T3\tContent {dean[0]} {dean[1]}\tto apologize",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            f"T9\tContent {c1[0]} {c1[1]};{c2[0]} {c2[1]}\t“My reaction …” “He really should.”",
            f"T10\tSource {src[0]} {src[1]}\tthe strategist",
            f"T11\tCue {cue[0]} {cue[1]}\tsaid in an interview",
            "E3\tAttribution:T12 Cue:T11 Source:T10 Content:T9",
            f"T20\tContent {rep[0]} {rep[1]}\tThe tweet was widely shared",
            f"T21\tCue {acc[0]} {acc[1]}\taccording to",
            "E4\tAttribution-no-source:T22 Cue:T21 Content:T20",
        ]
    )
    (article,) = read(_write(tmp_path, ann + "\n"))
    assert article.meta["annotation"] == "doc1_ab12.ann"
    first, second, third = article.quotes
    assert first.speaker == "Axelrod" and first.cue.text == "calls on Dean" and first.type == "indirect"
    assert [s.text for s in second.contents] == ["“My reaction, that was outrageous,”", "“He really\nshould.”"]
    assert second.type == "direct" and second.sources[0].text == "the strategist"
    assert third.sources == [] and third.speaker is None and third.cue.text == "according to"


def test_bad_offsets_name_file_and_line(tmp_path) -> None:
    folder = _write(tmp_path, "T1\tContent 5 99999\tx\nE1\tAttribution:T2 Content:T1\n")
    with pytest.raises(FormatError, match=r"doc1_ab12\.ann:1: offsets 5:99999"):
        list(read(folder))


def test_convert_command_writes_valid_jsonl(tmp_path) -> None:
    folder = _write(tmp_path, "T1\tContent 0 7\tAxelrod\nE1\tAttribution-no-source:T2 Content:T1\n")
    assert convert("polnear", folder, tmp_path / "out.jsonl") == 1
    (article,) = read_jsonl(tmp_path / "out.jsonl")
    assert article.quotes[0].contents[0].text == "Axelrod"


def test_covered_text_with_newlines_spills_onto_lines_that_are_skipped(tmp_path) -> None:
    start, end = _at("“He really\nshould.”")
    ann = f"T1\tContent {start} {end}\t“He really\nThe rest of the covered text\nE1\tAttribution-no-source:T2 Content:T1\n"
    (article,) = read(_write(tmp_path, ann))
    assert article.quotes[0].contents[0].text == "“He really\nshould.”"
