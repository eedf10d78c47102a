"""`put_documents` of two checkouts, A against B, interleaved: `benchmarks/profile_put.py` (this tree's)
run in a new process on each tree's code in turn (after a warm-up of WARMUP documents), A B A B ..., for
each document size and with the deal-record hook on and off; medians (min-max) of docs per CPU second (all
threads) and per wall second, the ratio A/B pair by pair, and the load average.

    python -m benchmarks.put_ab --base /path/to/other/checkout [--runs 3] [--docs 3000]
                                [--chars 800-1200,5000-6000]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
WARMUP = 600  # documents stored untimed first in each process (one-time costs of a fresh interpreter)
RATE = re.compile(r"([\d,]+) docs per CPU s, ([\d,]+) docs/s wall")


def run(tree: Path, docs: int, chars: str, deals_off: bool) -> tuple[float, float]:
    cmd = [sys.executable, str(HERE / "benchmarks" / "profile_put.py"), "--docs", str(docs), "--no-profile"]
    cmd += ["--warmup", str(WARMUP)]
    cmd += ["--chars", chars] + (["--deals-off"] if deals_off else [])
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=True).stdout
    found = RATE.search(out)
    if found is None:
        raise RuntimeError(f"no figure in: {out}")
    return float(found[1].replace(",", "")), float(found[2].replace(",", ""))


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):,.0f} ({min(values):,.0f}-{max(values):,.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="checkout B (A: this one)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--docs", type=int, default=3_000)
    parser.add_argument("--chars", default="800-1200,5000-6000")
    args = parser.parse_args()
    trees = {"A": HERE, "B": args.base.resolve()}
    print(f"A {trees['A']}, B {trees['B']}: {args.docs:,} documents, {args.runs} runs each, interleaved")
    print(f"{'chars':>10} {'deals':>5} {'':2} {'docs per CPU s':>22} {'docs/s wall':>22} {'A/B CPU':>8}"
          f" {'A/B wall':>9} {'load':>10}")  # fmt: skip
    for chars in args.chars.split(","):
        for deals_off in (False, True):
            got: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
            loads = [os.getloadavg()[0]]
            for _ in range(args.runs):
                for name in ("A", "B"):
                    got[name].append(run(trees[name], args.docs, chars, deals_off))
                loads.append(os.getloadavg()[0])
            cpu_ratio = [a[0] / b[0] for a, b in zip(got["A"], got["B"], strict=True)]
            wall_ratio = [a[1] / b[1] for a, b in zip(got["A"], got["B"], strict=True)]
            for name in ("A", "B"):
                ratios = (
                    f" {statistics.median(cpu_ratio):8.2f} {statistics.median(wall_ratio):9.2f}"
                    if name == "A"
                    else f" {'':8} {'':9}"
                )
                print(
                    f"{chars:>10} {'off' if deals_off else 'on':>5} {name:2}"
                    f" {spread([r[0] for r in got[name]]):>22} {spread([r[1] for r in got[name]]):>22}"
                    f"{ratios} {min(loads):4.1f}-{max(loads):.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
