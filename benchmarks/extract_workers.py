"""The extract stage in this process (workers=0, no budget) against worker processes (1 and 2 workers, each
page under the time and memory budget), on the same archived pages, in the same run.

Run: `python -m benchmarks.extract_workers [--copies N] [--runs N]`.

The pages are the stored ones (sample site and evaluation set), each archived `--copies` times under its own
URL. Each run extracts a fresh copy of that archive into a fresh store; modes are interleaved and the
median of `--runs` runs is printed, with the load average: absolute times on shared machines are noisy,
ratios within one run are what to read. Wall time is what the budget costs (pipes, pickling, one fork
server); the main process's CPU time shows the work moved out of it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.tagging import load_pages
from crawlers.archive import RawArchive
from flows.stages.extract import extract_archived
from flows.stages.extract_pool import Budget
from search.store import open_store

HTML = [("Content-Type", "text/html; charset=utf-8")]


def build_archive(root: Path, copies: int) -> int:
    pages = load_pages()
    with RawArchive(root / "archive") as archive:
        writer = archive.writer("bench", run_id="bench")
        for n in range(copies):
            for url, html in pages:
                copy = f"{url}?copy={n}"
                body = html.encode("utf-8")
                writer.write(
                    url=copy, final_url=copy, source="bench", role="page", status=200, headers=HTML, body=body
                )
        writer.close()
    return len(pages) * copies


def one_run(pristine: Path, workers: int) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory(prefix="cnht-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        shutil.copytree(pristine / "archive", data_dir / "archive")
        cpu, wall = time.process_time(), time.perf_counter()
        with open_store(data_dir) as store:
            report = extract_archived(data_dir, store, {}, budget=Budget(workers=workers))
        return time.perf_counter() - wall, time.process_time() - cpu, len(report.stored_new)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cnht-bench-archive-") as tmp:
        pristine = Path(tmp)
        pages = build_archive(pristine, args.copies)
        modes = [0, 1, 2]
        one_run(pristine, 1)  # start the fork server once, outside the timings
        walls: dict[int, list[float]] = {m: [] for m in modes}
        cpus: dict[int, list[float]] = {m: [] for m in modes}
        stored: dict[int, int] = {}
        for _ in range(args.runs):
            for mode in modes:  # interleaved
                wall, cpu, n = one_run(pristine, mode)
                walls[mode].append(wall)
                cpus[mode].append(cpu)
                stored[mode] = n
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}; {os.cpu_count()} CPUs")
    print(f"{pages} archived pages, medians of {args.runs} interleaved runs")
    base = statistics.median(walls[0])
    for mode in modes:
        wall, cpu = statistics.median(walls[mode]), statistics.median(cpus[mode])
        label = "in process (workers=0)" if mode == 0 else f"workers={mode}"
        print(
            f"  {label:<23} wall {wall:6.2f} s ({pages / wall:5.1f} pages/s, x{wall / base:.2f})"
            f"  main-process CPU {cpu:6.2f} s  stored {stored[mode]}"
        )


if __name__ == "__main__":
    main()
