"""The benchmarks' per-round ratio: each round's two methods read as a pair, so that a machine that changes
speed between rounds moves both sides alike (benchmarks/extraction.py)."""

from __future__ import annotations

from benchmarks.extraction import Timing, round_ratios


def test_each_rounds_ratio_is_the_baselines_seconds_over_the_methods_in_that_round() -> None:
    ours, base = Timing(), Timing()
    ours.seconds = [1.0, 2.0, 0.5]  # the second round ran on a machine twice as slow, for both
    base.seconds = [20.0, 40.0, 9.0]
    assert round_ratios(ours, base) == [20.0, 20.0, 18.0]
