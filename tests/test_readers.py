import json

from stance.readers import MAX_TEXT_CHARS, BadRecord, Record, read_inputs


def test_reads_text_files_folders_jsonl_and_citron(tmp_path) -> None:
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "a.txt").write_text("First article. He said so.", encoding="utf-8")
    (tmp_path / "docs" / "sub" / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "docs" / "notes.md").write_text("not an input", encoding="utf-8")
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text(
        json.dumps({"id": "c1", "text": "Third.", "url": "u"}) + "\n\n" + json.dumps({"text": "No id."}) + "\n"
    )
    citron = tmp_path / "d.json"
    citron.write_text(json.dumps({"text": "Citron doc.", "quotes": []}))
    records = list(read_inputs([tmp_path / "docs", jsonl, citron]))
    assert all(isinstance(r, Record) for r in records)
    assert [r.id for r in records] == ["a", "b", "c1", "c-3", "d"]
    assert records[2].meta == {"url": "u"} and records[2].line == 1


def test_bad_records_are_reported_and_reading_goes_on(tmp_path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": "Fine."}).encode(),
        b"{broken json",
        json.dumps({"id": "t"}).encode(),
        json.dumps({"id": "e", "text": "  "}).encode(),
        b'{"id": "latin", "text": "caf\xe9"}',
        json.dumps({"id": "big", "text": "x" * (MAX_TEXT_CHARS + 1)}).encode(),
        json.dumps(["not", "an", "object"]).encode(),
        json.dumps({"id": "ok2", "text": "Also fine."}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)))
    out = list(read_inputs([path, binary, tmp_path / "missing.txt"]))
    good = [r.id for r in out if isinstance(r, Record)]
    bad = [(r.line, r.reason) for r in out if isinstance(r, BadRecord)]
    assert good == ["ok1", "ok2"]
    reasons = " | ".join(reason for _, reason in bad)
    assert [line for line, _ in bad][:6] == [2, 3, 4, 5, 6, 7]
    for expected in ("invalid JSON", "'text'", "empty text", "not UTF-8", "exceeds", "JSON object", "no such file"):
        assert expected in reasons
