import json

from typer.testing import CliRunner

from stance.cli import app

runner = CliRunner()
TEXT = "Pyongyang denies the attack on Sony."


def _good() -> dict:
    return {
        "id": "a",
        "text": TEXT,
        "quotes": [
            {
                "type": "indirect",
                "contents": [{"start": 17, "end": 35, "text": "the attack on Sony"}],
                "cue": {"start": 10, "end": 16, "text": "denies"},
                "sources": [{"start": 0, "end": 9, "text": "Pyongyang"}],
                "speaker": "North Korea",
                "stance": "deny",
                "target": "United States",
            }
        ],
    }


def test_valid_file_passes(tmp_path) -> None:
    path = tmp_path / "ok.jsonl"
    path.write_text(json.dumps(_good()) + "\n")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 articles, 1 quotes: ok" in result.output


def test_every_error_is_reported_with_file_and_line(tmp_path) -> None:
    bad_offsets = _good()
    bad_offsets["id"] = "b"
    bad_offsets["quotes"][0]["cue"]["start"] = 11
    bad_label = _good()
    bad_label["id"] = "c"
    bad_label["quotes"][0]["stance"] = "blame"
    path = tmp_path / "bad.jsonl"
    lines = [json.dumps(_good()), "{broken", json.dumps(bad_offsets), json.dumps(bad_label), json.dumps(_good())]
    path.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    out = result.output
    assert f"{path}:2: invalid JSON" in out
    assert f"{path}:3: quotes[0].cue:" in out
    assert f"{path}:4: quotes[0].stance: 'blame' is not one of" in out
    assert f"{path}:5: id: duplicate id 'a'" in out


def test_non_utf8_file_is_an_error_not_a_crash(tmp_path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(json.dumps(_good()).encode() + b"\n" + b'{"id": "x", "text": "caf\xe9"}\n')
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "not UTF-8" in result.output
