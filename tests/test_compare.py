"""Paired bootstrap comparison of runs: the counts it sums must give the scores
``stance evaluate`` gives, and its intervals must see a real difference and no
difference where there is none. Real gold data, changed in known ways."""

import copy

import pytest

from stance.compare import METRICS, compare
from stance.metrics import score
from stance.schema import read_jsonl
from tests.conftest import ANNOTATED


@pytest.fixture(scope="module")
def gold():
    return list(read_jsonl(ANNOTATED / "dev.jsonl"))[:30]


def _worse(gold):
    """Gold with every third quote dropped, and speakers, targets and stances changed."""
    out = []
    for a in copy.deepcopy(gold):
        a.quotes = [q for i, q in enumerate(a.quotes) if i % 3 != 1]
        for i, q in enumerate(a.quotes):
            if i % 4 == 0:
                q.speaker = "Somebody Else"
            if i % 4 == 1:
                q.target = None if q.target else "Somebody Else"
            if i % 2 == 0 and q.stance is not None:
                q.stance = "none" if q.stance != "none" else "accuse"
        out.append(a)
    return out


def test_values_are_the_scores_stance_evaluate_gives(gold) -> None:
    worse = _worse(gold)
    result = compare(gold, {"gold": gold, "worse": worse}, samples=10)
    expected, _ = score(gold, worse)
    for key, _ in METRICS:
        assert result.values["worse"][key] == pytest.approx(expected[key], abs=1e-12), key
        assert result.values["gold"][key] == pytest.approx(1.0), key


def test_a_real_difference_is_clear_and_none_is_not(gold) -> None:
    worse = _worse(gold)
    result = compare(gold, {"a": worse, "same": copy.deepcopy(worse), "gold": gold}, samples=300)
    by = {(d.run, d.metric): d for d in result.differences}
    for key, _ in METRICS:
        same = by[("same", key)]
        assert same.delta == 0 and same.low == 0 and same.high == 0 and not same.clear
        better = by[("gold", key)]
        assert better.delta > 0 and better.clear and better.low > 0 and better.better == 1.0
        assert better.low <= better.delta <= better.high


def test_intervals_narrow_with_more_articles_and_repeat_with_the_seed(gold) -> None:
    worse = _worse(gold)
    few = compare(gold[:6], {"w": worse, "g": gold}, samples=300, seed=1)
    many = compare(gold, {"w": worse, "g": gold}, samples=300, seed=1)
    again = compare(gold, {"w": worse, "g": gold}, samples=300, seed=1)
    few_w = {d.metric: d.high - d.low for d in few.differences}
    many_w = {d.metric: d.high - d.low for d in many.differences}
    assert many_w["stance_macro_f"] < few_w["stance_macro_f"]
    assert [d.low for d in many.differences] == [d.low for d in again.differences]


def test_bad_calls_say_what_is_wrong(gold) -> None:
    with pytest.raises(ValueError, match="at least two runs"):
        compare(gold, {"only": gold})
    other = copy.deepcopy(gold)
    for a in other:
        a.id = "x-" + a.id
    with pytest.raises(ValueError, match="shares no article id"):
        compare(gold, {"gold": gold, "other": other})
    with pytest.raises(ValueError, match="no such metric: nonsense"):
        compare(gold, {"a": gold, "b": gold}, metrics=["nonsense"])
