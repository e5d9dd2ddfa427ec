"""The label, evaluate, train and convert commands end to end, through typer's runner."""

import json

import pytest
from typer.testing import CliRunner

from stance.cli import app
from tests.conftest import ANNOTATED, MODELS, ROOT

runner = CliRunner()


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    for command in ("label", "evaluate", "compare", "train", "convert", "validate"):
        assert command in result.output


def test_label_the_samples(tmp_path) -> None:
    out = tmp_path / "demo.jsonl"
    result = runner.invoke(app, ["label", str(ROOT / "data" / "samples"), "-o", str(out), "--model", str(MODELS)])
    assert result.exit_code == 0, result.output
    articles = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(articles) == 4
    quotes = [q for a in articles for q in a["quotes"]]
    assert quotes, "the shipped models found no quote in four news articles"
    for a in articles:
        for q in a["quotes"]:
            for span in q["contents"]:
                assert a["text"][span["start"] : span["end"]] == span["text"]
            assert q["stance"] in ("accuse", "deny", "condemn", "propose", "none")


def test_label_reports_missing_input(tmp_path) -> None:
    result = runner.invoke(app, ["label", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1


def test_label_to_parquet_with_two_workers(tmp_path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "demo.parquet"
    args = ["label", str(ROOT / "data" / "samples"), "-o", str(out), "--model", str(MODELS)]
    result = runner.invoke(app, [*args, "--format", "parquet", "--workers", "2"])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 4 and sum(len(q) for q in table.column("quotes").to_pylist()) > 0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--format", "csv"], "--format must be one of jsonl, parquet"),
        (["--backend", "spark"], "--backend must be one of local, ray"),
        (["--runtime", "tensorrt"], "unknown runtime 'tensorrt'"),
        (["--device", "cuda", "--workers", "2"], "--workers and --backend ray run on CPU"),
        (["--device", "cuda", "--runtime", "onnx"], "runs on the torch runtime"),
    ],
)
def test_label_refuses_bad_options(tmp_path, options, message) -> None:
    args = ["label", str(ROOT / "data" / "samples"), "-o", str(tmp_path / "o.jsonl"), "--model", str(MODELS)]
    result = runner.invoke(app, [*args, *options])
    assert result.exit_code == 1 and message in " ".join(result.output.split())


def test_evaluate_writes_json_and_report(tmp_path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join((ANNOTATED / "dev.jsonl").read_text().splitlines()[:4]) + "\n")
    metrics, report = tmp_path / "m.json", tmp_path / "r.html"
    args = ["evaluate", str(gold), "--model", str(MODELS), "--json", str(metrics), "--report", str(report)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    m = json.loads(metrics.read_text())
    assert 0.0 <= m["quote_f@0.5"] <= 1.0 and "stance_macro_f" in m
    page = report.read_text()
    assert "<img" in page and "data:image/png;base64," in page


def test_evaluate_prediction_file_against_itself_is_perfect(tmp_path) -> None:
    gold = ANNOTATED / "dev.jsonl"
    result = runner.invoke(app, ["evaluate", str(gold), "--pred", str(gold), "--json", str(tmp_path / "m.json")])
    assert result.exit_code == 0, result.output
    m = json.loads((tmp_path / "m.json").read_text())
    assert m["quote_f@0.5"] == 1.0 and m["stance_macro_f"] == 1.0 and m["speaker_acc"] == 1.0


def test_train_baseline_command(tmp_path) -> None:
    out = tmp_path / "baseline"
    args = ["train", "stance", "--model", "baseline", "--train", str(ANNOTATED / "train.jsonl")]
    args += ["--dev", str(ANNOTATED / "dev.jsonl"), "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (out / "config.json").exists() and (out / "README.md").exists()
    assert "macro" in (out / "README.md").read_text()


def test_convert_substrings(tmp_path) -> None:
    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps({"id": "a", "text": "Rebels denied the charges on Monday."}) + "\n")
    ann = tmp_path / "ann.jsonl"
    quote = {"type": "indirect", "contents": ["the charges"], "cue": "denied", "sources": ["Rebels"], "stance": "deny"}
    ann.write_text(json.dumps({"id": "a", "quotes": [quote]}) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["convert", "substrings", str(ann), "--texts", str(texts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (article,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert article["quotes"][0]["cue"] == {"start": 7, "end": 13, "text": "denied"}


def test_a_card_for_a_users_own_data_describes_that_data_not_ours(tmp_path) -> None:
    own = tmp_path / "own.jsonl"
    own.write_text("".join(open(ANNOTATED / "dev.jsonl", encoding="utf-8").readlines()[:20]), encoding="utf-8")
    out = tmp_path / "baseline"
    args = ["train", "stance", "--model", "baseline", "--train", str(own), "--dev", str(own), "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    card = (out / "README.md").read_text()
    assert "VOA" not in card and str(own) in card
    assert "none given" in card and "`None`" not in card


def _first_lines(path, start: int, stop: int, into) -> None:
    into.write_text("".join(open(path, encoding="utf-8").readlines()[start:stop]), encoding="utf-8")


def test_train_on_several_files_trains_on_all_of_them(tmp_path) -> None:
    a, b, out = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "baseline"
    _first_lines(ANNOTATED / "dev.jsonl", 0, 12, a)
    _first_lines(ANNOTATED / "dev.jsonl", 12, 20, b)
    args = ["train", "stance", "--model", "baseline", "--train", str(a), "--train", str(b)]
    result = runner.invoke(app, [*args, "--dev", str(a), "-o", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads((out / "config.json").read_text())["training"]
    quotes = sum(len(json.loads(line)["quotes"]) for f in (a, b) for line in f.read_text().splitlines())
    assert record["train_quotes"] == quotes and record["data"]["train"] == [str(a), str(b)]
    card = (out / "README.md").read_text()
    assert f"`{a}`, `{b}`" in card


def test_train_stops_before_training_on_an_article_given_twice(tmp_path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _first_lines(ANNOTATED / "dev.jsonl", 0, 3, a)
    _first_lines(ANNOTATED / "dev.jsonl", 2, 5, b)
    args = ["train", "stance", "--model", "baseline", "--train", str(a), "--train", str(b), "--dev", str(a)]
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    dup = json.loads(b.read_text().splitlines()[0])["id"]
    assert f"{b}:1: article id {dup!r} is also in {a}" in result.output
    assert not (tmp_path / "out").exists()


def test_train_names_the_file_and_line_of_a_bad_record(tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    _first_lines(ANNOTATED / "dev.jsonl", 0, 2, bad)
    bad.write_text(bad.read_text() + '{"id": "x", "text": "Short.", "quotes": [{"type": "direct"}]}\n')
    args = ["train", "stance", "--model", "baseline", "--train", str(bad), "--dev", str(ANNOTATED / "dev.jsonl")]
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"{bad}:3:" in result.output


def test_the_card_of_our_corpus_counts_the_synthetic_articles_it_was_given(tmp_path) -> None:
    data = tmp_path / "data" / "annotated"
    data.mkdir(parents=True)
    train, synthetic, beats = data / "train.jsonl", data / "synthetic.jsonl", data / "synthetic-beats.jsonl"
    _first_lines(ANNOTATED / "train.jsonl", 0, 12, train)
    _first_lines(ANNOTATED / "synthetic.jsonl", 0, 3, synthetic)
    _first_lines(ANNOTATED / "synthetic-beats.jsonl", 0, 2, beats)
    out = tmp_path / "baseline"
    args = ["train", "stance", "--model", "baseline", "--train", str(train), "--train", str(synthetic)]
    result = runner.invoke(app, [*args, "--train", str(beats), "--dev", str(train), "-o", str(out)])
    assert result.exit_code == 0, result.output
    card = (out / "README.md").read_text()
    assert "VOA" in card and "Also trained on 5 synthetic articles" in card and "synthetic-beats.jsonl" in card


def test_compare_prediction_files(tmp_path) -> None:
    gold = tmp_path / "gold.jsonl"
    _first_lines(ANNOTATED / "dev.jsonl", 0, 12, gold)
    worse = tmp_path / "worse.jsonl"
    records = [json.loads(line) for line in gold.read_text().splitlines()]
    for r in records:
        r["quotes"] = r["quotes"][::2]  # half the quotes missed
    worse.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "cmp.json"
    args = ["compare", str(gold), str(gold), str(worse), "--name", "gold", "--name", "worse"]
    result = runner.invoke(app, [*args, "--samples", "200", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "worse" in result.output and "*" in result.output
    cmp = json.loads(out.read_text())
    quotes = next(d for d in cmp["differences"] if d["metric"] == "quote_f@0.5")
    assert cmp["reference"] == "gold" and quotes["delta"] < 0 and quotes["clear"] and quotes["high"] < 0


def test_compare_stance_models_on_gold_quotes(tmp_path) -> None:
    gold = tmp_path / "gold.jsonl"
    _first_lines(ANNOTATED / "dev.jsonl", 0, 4, gold)
    out = tmp_path / "cmp.json"
    args = ["compare", str(gold), str(MODELS / "stance"), str(MODELS / "stance-baseline"), "--gold-quotes"]
    result = runner.invoke(app, [*args, "--samples", "50", "--json", str(out)])
    assert result.exit_code == 0, result.output
    cmp = json.loads(out.read_text())
    assert {d["metric"] for d in cmp["differences"]} == {"stance_macro_f", "stance_acc", "stance_event_f", "target_acc"}
    assert 0.0 < cmp["values"][str(MODELS / "stance")]["stance_acc"] <= 1.0


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--name", "only-one"], "1 --name given for 2 runs"),
        (["--name", "a", "--name", "a"], "two runs have the same name"),
    ],
)
def test_compare_rejects_bad_names(tmp_path, extra, message) -> None:
    gold = ANNOTATED / "dev.jsonl"
    result = runner.invoke(app, ["compare", str(gold), str(gold), str(gold), *extra])
    assert result.exit_code == 1 and message in " ".join(result.output.split())


def test_compare_says_a_folder_is_no_model(tmp_path) -> None:
    gold = ANNOTATED / "dev.jsonl"
    result = runner.invoke(app, ["compare", str(gold), str(gold), str(tmp_path)])
    assert result.exit_code == 1 and "neither a pipeline folder" in " ".join(result.output.split())
