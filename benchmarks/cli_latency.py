"""How long `cnht reindex`, `cnht alerts send` and `cnht search` take on the demo data, beside the same
work done in-process, and beside the same commands run under Prefect's ephemeral API (`CNHT_PREFECT=1`,
how every command ran before plain runs).

    python -m benchmarks.cli_latency [--runs 5]

The demo data is built once by `cnht demo` in a temporary folder. Each command is a fresh process, as a
user runs it: its wall time includes interpreter start and imports. "in-process" is the command's own work
(`store.reindex()`, `resend_pending`, `store.search`) timed inside this process on the same data. The three
ways are interleaved within each run, so they share the machine's load; medians, min-max and the 1-minute
load average are printed. Each process gets its own `PREFECT_HOME`, so a Prefect run starts its API cold,
as a first command of the day does. CPU seconds of each process are printed too: they move less with load.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

COMMANDS: dict[str, list[str]] = {
    "reindex": ["reindex"],
    "alerts send": ["alerts", "send"],
    "search": ["search", "cong nghiep ho tro"],
}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cli_seconds(data_dir: Path, args: list[str], prefect: bool, home: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `cnht` process."""
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "CNHT_PREFECT")}
    env["PREFECT_HOME"] = str(home)
    if prefect:
        env["CNHT_PREFECT"] = "1"
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(
        [sys.executable, "-m", "flows.cli", "--data-dir", str(data_dir), *args],
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started, _children_cpu() - cpu


def _in_process(data_dir: Path) -> dict[str, Callable[[], object]]:
    from flows.tasks import alert_channels
    from search.alerts.engine import resend_pending
    from search.alerts.state import AlertState
    from search.records import SearchQuery
    from search.store import open_store

    def reindex() -> object:
        with open_store(data_dir) as store:
            return store.reindex()

    def send() -> object:
        with AlertState(data_dir) as state:
            return resend_pending(state, alert_channels(data_dir, stdout=False))

    def search() -> object:
        with open_store(data_dir, read_only=True) as store:
            return store.search(SearchQuery(text="cong nghiep ho tro"))

    return {"reindex": reindex, "alerts send": send, "search": search}


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _fmt(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} s ({min(values):.2f}-{max(values):.2f})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--prefect-runs", type=int, default=3, help="runs of the Prefect way (slow)")
    parser.add_argument("--port", type=int, default=8799, help="port of the demo's sample site")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cnht-cli-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        print("building the demo data (cnht demo) ...", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "flows.cli",
                "--data-dir",
                str(data_dir),
                "demo",
                "--port",
                str(args.port),
            ],
            check=True,
            capture_output=True,
        )
        work = _in_process(data_dir)
        times: dict[tuple[str, str], list[float]] = {}
        loads: list[float] = []
        for run in range(args.runs):
            for name, cli_args in COMMANDS.items():
                home = Path(tmp) / f"prefect-{run}-{name.replace(' ', '-')}"
                wall, cpu = _cli_seconds(data_dir, cli_args, False, home)
                times.setdefault((name, "cnht"), []).append(wall)
                times.setdefault((name, "cnht cpu"), []).append(cpu)
                times.setdefault((name, "in-process"), []).append(_timed(work[name]))
                if run < args.prefect_runs and name != "search":  # search never ran a flow
                    wall, cpu = _cli_seconds(data_dir, cli_args, True, home)
                    times.setdefault((name, "CNHT_PREFECT=1"), []).append(wall)
                    times.setdefault((name, "prefect cpu"), []).append(cpu)
            loads.append(os.getloadavg()[0])
            print(f"  run {run + 1}/{args.runs} done, load average {loads[-1]:.1f}", flush=True)

    print(f"\ncommand latency on the demo data, median (min-max) of {args.runs} runs, wall clock")
    header = ["cnht (plain run)", "its CPU time", "same work in-process", "under Prefect (before)", "its CPU"]
    print(f"{'command':<14}" + "".join(f"{h:<24}" for h in header))
    for name in COMMANDS:
        keys = ["cnht", "cnht cpu", "in-process", "CNHT_PREFECT=1", "prefect cpu"]
        cells = [_fmt(times[(name, k)]) if times.get((name, k)) else "-" for k in keys]
        print(f"{name:<14}" + "".join(f"{c:<24}" for c in cells))
    print(f"load average during the runs: {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
