"""The benchmarks' per-round ratio: each round's two methods read as a pair, so that a machine that changes
speed between rounds moves both sides alike (benchmarks/extraction.py)."""

from __future__ import annotations

from benchmarks.extraction import Timing, interleaved_slices, round_ratios


def test_each_rounds_ratio_is_the_baselines_seconds_over_the_methods_in_that_round() -> None:
    ours, base = Timing(), Timing()
    ours.seconds = [1.0, 2.0, 0.5]  # the second round ran on a machine twice as slow, for both
    base.seconds = [20.0, 40.0, 9.0]
    assert round_ratios(ours, base) == [20.0, 20.0, 18.0]


def test_sliced_rounds_give_every_method_every_item_once_a_round_taking_turns_slice_by_slice() -> None:
    calls: list[tuple[str, int]] = []
    methods = {"ours": lambda i: calls.append(("ours", i)), "base": lambda i: calls.append(("base", i))}
    timings = interleaved_slices(methods, list(range(10)), runs=2, slices=3)
    assert [len(t.seconds) for t in timings.values()] == [2, 2]
    for name in methods:
        assert sorted(i for n, i in calls if n == name) == sorted(list(range(10)) * 2)
    # slices of 4, 4 and 2 items; the first method of a slice alternates slice by slice and round by round
    firsts = [calls[k][0] for k in (0, 8, 16, 20, 28, 36)]
    assert firsts == ["ours", "base", "ours", "base", "ours", "base"]
