"""The CLI runs flows as plain calls unless a Prefect API is configured: no server start for a second of
work, and the stage tasks keep the retries their Prefect tasks declare."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows import prefect_env
from flows.prefect_env import StageTask, run_flow, stage_task


def _cli(args: list[str], prefect_home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "CNHT_PREFECT")}
    env.update({"PREFECT_HOME": str(prefect_home), **extra})
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args], env=env, capture_output=True, text=True, timeout=300
    )


def _prefect_files(prefect_home: Path) -> list[str]:
    return sorted(p.name for p in prefect_home.rglob("*.db*")) if prefect_home.exists() else []


def test_alerts_send_runs_without_starting_a_prefect_server(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert (
        _cli(["--data-dir", str(data), "alerts", "add", "hp", "cong nghiep"], tmp_path / "p0").returncode == 0
    )
    home = tmp_path / "prefect-home"
    done = _cli(["--data-dir", str(data), "alerts", "send"], home)
    assert done.returncode == 0, done.stderr
    assert "0 alert(s) sent" in done.stdout
    assert _prefect_files(home) == []  # the ephemeral API would have created its database here


def test_cnht_prefect_1_runs_the_same_command_under_prefect(tmp_path: Path) -> None:
    """The other side of the test above: asked for, the flow runs under Prefect's own API."""
    data = tmp_path / "data"
    assert (
        _cli(["--data-dir", str(data), "alerts", "add", "hp", "cong nghiep"], tmp_path / "p0").returncode == 0
    )
    home = tmp_path / "prefect-home"
    done = _cli(["--data-dir", str(data), "alerts", "send"], home, CNHT_PREFECT="1")
    assert done.returncode == 0, done.stderr
    assert _prefect_files(home) != []


def test_a_plain_stage_retries_as_its_prefect_task_declares() -> None:
    calls: list[int] = []
    waits: list[float] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise OSError("disk busy")
        return "done"

    from prefect import task

    stage = StageTask(task(retries=2, retry_delay_seconds=[1, 4])(flaky), sleep=waits.append)
    token = prefect_env._PLAIN.set(True)
    try:
        assert stage() == "done"
    finally:
        prefect_env._PLAIN.reset(token)
    assert (len(calls), waits) == (3, [1.0, 4.0])


def test_a_plain_stage_gives_up_after_its_retries() -> None:
    from prefect import task

    def broken() -> None:
        raise OSError("disk full")

    stage = StageTask(task(retries=1, retry_delay_seconds=0)(broken), sleep=lambda _s: None)
    token = prefect_env._PLAIN.set(True)
    try:
        with pytest.raises(OSError, match="disk full"):
            stage()
    finally:
        prefect_env._PLAIN.reset(token)


@stage_task(retries=0)
def _double(x: int) -> int:
    return 2 * x


def test_run_flow_calls_the_flow_body_and_its_stages_without_prefect(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect import flow

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("CNHT_PREFECT", raising=False)
    seen: list[bool] = []

    @flow
    def twice_then_submit(x: int) -> int:
        seen.append(prefect_env.plain_run())
        return _double(x) + _double.submit(x).result()

    assert run_flow(twice_then_submit, x=3) == 12
    assert seen == [True]
    assert not prefect_env.plain_run()  # the plain mode ends with the run
