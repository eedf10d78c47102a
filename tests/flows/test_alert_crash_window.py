"""No crash window loses an alert: an ingest killed right after committing a batch to the store, before
anything queued it for alerts, has its documents alerted by the next run, each exactly once.

The trials run real `cnht ingest` processes (SIGKILLed by themselves at the crash point). The suite runs
`CNHT_KILL_TRIALS` of them (default 3); `python -m tests.flows.alert_kill_trials --trials 20` prints
the figures of a longer series.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.flows.alert_kill_trials import run_trials


def test_an_ingest_killed_between_storing_and_queueing_loses_no_alert(tmp_path: Path) -> None:
    trials = int(os.environ.get("CNHT_KILL_TRIALS", "3"))
    figures = run_trials(tmp_path, trials, new_per_trial=4, say=lambda line: None)
    print("\n".join(figures.lines()))
    assert figures.killed == trials  # every trial died exactly at the crash point ...
    assert figures.stored_by_killed_runs == 4 * trials  # ... after committing its new documents
    assert figures.documents == 4 * trials
    assert figures.lost == 0 and figures.lost_per_trial == [0] * trials
    assert figures.duplicates == 0
