"""`tag_deals`' clause gate (`_may_hold_deal`) and its per-rule cue skips change no deal.

The gate is proved by hand, rule by rule, in `_may_hold_deal`'s docstring; a rule that gains a word without
its cue would silently lose deals. This test is the net: every evaluation sentence is tagged once, the
arguments `tag_text` gives `tag_deals` are recorded, and `tag_deals` is run on each with the gate on and with
it off (`DEAL_GATE`, what `CNHT_DEAL_GATE=off` sets): the deals must be the same. About a minute.
"""

from __future__ import annotations

from typing import Any

import pytest

import extract.tag
from extract import tag_text
from extract.evaluate import SENTENCES, load_jsonl
from extract.tag import deals


def _deal_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple[Any, ...]]]:
    """(sentence id, `tag_deals` arguments) of every call `tag_text` makes over the evaluation set."""
    calls: list[tuple[str, tuple[Any, ...]]] = []
    row_id = ""

    def recorded(*args: Any) -> list:
        calls.append((row_id, args))
        return deals.tag_deals(*args)

    monkeypatch.setattr(extract.tag, "tag_deals", recorded)  # the name tag_text calls
    for row in load_jsonl(SENTENCES):
        row_id = row["id"]
        tag_text(row["text"], row.get("published"))
    monkeypatch.undo()
    return calls


def test_the_gate_changes_no_deal(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _deal_calls(monkeypatch)
    assert len(calls) > 10_000  # every sentence was read

    def dumped(gate: bool) -> list[list[dict]]:
        monkeypatch.setattr(deals, "DEAL_GATE", gate)
        return [[d.model_dump(mode="json") for d in deals.tag_deals(*args)] for _, args in calls]

    on, off = dumped(True), dumped(False)
    assert sum(map(len, off)) > 1_000  # the rules found deals to compare
    differ = [(rid, a, b) for (rid, _), a, b in zip(calls, on, off, strict=True) if a != b]
    assert not differ, (
        f"{len(differ)} sentences differ, first {differ[0][0]}: gated {differ[0][1]} != {differ[0][2]}"
    )
