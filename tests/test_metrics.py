import pytest

from stance.metrics import PRF, classification_scores, cohen_kappa, expected_calibration_error, match_quotes, score
from stance.schema import Article, Quote, Span

TEXT = "0123456789" * 10


def _q(start: int, end: int, stance: str = "none", speaker: str = "A") -> Quote:
    return Quote("indirect", [Span.of(TEXT, start, end)], speaker=speaker, stance=stance)


def test_matching_is_one_to_one() -> None:
    gold = [_q(0, 20)]
    pred = [_q(0, 18), _q(2, 20)]
    assert len(match_quotes(gold, pred, 0.5)) == 1


def test_thresholds() -> None:
    gold = [_q(0, 10)]
    assert match_quotes(gold, [_q(0, 6)], 0.5) == [(0, 0)]
    assert match_quotes(gold, [_q(0, 6)], 0.8) == []


def test_score_known_values() -> None:
    gold = [Article("a", TEXT, [_q(0, 10, "accuse"), _q(20, 30, "deny"), _q(40, 50, "none")])]
    pred = [Article("a", TEXT, [_q(0, 10, "accuse"), _q(20, 30, "none", speaker="B"), _q(60, 70)])]
    m, pairs = score(gold, pred)
    assert m["quote_p@0.5"] == pytest.approx(2 / 3) and m["quote_r@0.5"] == pytest.approx(2 / 3)
    assert m["speaker_acc"] == pytest.approx(0.5)
    assert m["stance_acc"] == pytest.approx(0.5)
    assert m["stance_event_p"] == pytest.approx(1.0) and m["stance_event_r"] == pytest.approx(0.5)
    assert len(pairs) == 2


def test_missing_prediction_counts_as_empty() -> None:
    gold = [Article("a", TEXT, [_q(0, 10)]), Article("b", TEXT, [_q(0, 10)])]
    m, _ = score(gold, [Article("a", TEXT, [_q(0, 10)])])
    assert m["quote_r@0.5"] == pytest.approx(0.5) and m["quote_p@0.5"] == pytest.approx(1.0)


def test_classification_and_kappa() -> None:
    gold = ["accuse", "accuse", "none", "deny"]
    pred = ["accuse", "none", "none", "deny"]
    m = classification_scores(gold, pred)
    assert m["stance_f_accuse"] == pytest.approx(2 / 3)
    assert m["stance_f_none"] == pytest.approx(2 / 3)
    assert m["stance_acc"] == pytest.approx(0.75)
    assert cohen_kappa(gold, gold) == pytest.approx(1.0)
    assert cohen_kappa(["a", "b"], ["b", "a"]) == pytest.approx(-1.0)


def test_prf_and_ece() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.p == pytest.approx(0.75) and prf.r == pytest.approx(0.6)
    assert expected_calibration_error([1.0, 1.0], [True, False]) == pytest.approx(0.5)


def test_speaker_names_match_whatever_the_apostrophe_and_full_stops() -> None:
    from stance.metrics import normalise_name

    assert normalise_name("Cameroon People’s Democratic Movement") == normalise_name(
        "Cameroon People's Democratic Movement"
    )
    assert normalise_name("U.S. Army") == normalise_name("US  army")
    assert normalise_name("Lord's Resistance Army") != normalise_name("Lords Resistance Army")
