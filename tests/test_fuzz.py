"""A bounded coverage-guided fuzz run (atheris, libFuzzer) of `tag_text` and `extract_document` on inputs
shaped like Vietnamese pages (tests/fuzz/targets.py). Each run is a subprocess bounded in runs and time;
libFuzzer's per-input `-timeout` turns an input that never returns into a failure with the input saved,
and an outer timeout bounds the process, so a hang fails the test instead of stalling the suite.

While `tag_text` still loops forever on "Sở Lao động-Thương binh và Xã hội tỉnh Bắc Ninh" (issue 11, item
1; fixed in extract/tag/firms.py on the tag-firms-deals branch), a timeout from the fuzz run is an expected
failure, and the report quotes the input it found. Once the loop is fixed, a timeout fails the test."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

KNOWN_LOOP = "Sở Lao động-Thương binh và Xã hội tỉnh Bắc Ninh"
PER_INPUT_SECONDS = 10
BOUNDS = {"tag": (20_000, 10), "extract": (3_000, 15)}  # runs, seconds


def tagger_loops_on_the_known_input() -> bool:
    code = "import sys; from extract import tag_text; tag_text(sys.argv[1])"
    try:
        subprocess.run([sys.executable, "-c", code, KNOWN_LOOP], timeout=PER_INPUT_SECONDS, check=True)
    except subprocess.TimeoutExpired:
        return True
    return False


def seed_corpus(folder: Path) -> Path:
    """Eight fixed random inputs of 600 bytes: each decodes to a sentence of a few dozen tokens."""
    folder.mkdir()
    rng = random.Random(11)
    for i in range(8):
        (folder / f"seed-{i}").write_bytes(rng.randbytes(600))
    return folder


@pytest.mark.parametrize("target", sorted(BOUNDS))
def test_bounded_fuzz_run_finds_no_crash_and_no_hang(target: str, tmp_path: Path) -> None:
    runs, seconds = BOUNDS[target]
    artifacts = tmp_path / "artifacts"
    artifacts.mkdir()
    command = [
        sys.executable,
        "-m",
        "tests.fuzz.targets",
        target,
        f"-runs={runs}",
        f"-max_total_time={seconds}",
        f"-timeout={PER_INPUT_SECONDS}",
        "-max_len=2048",
        "-len_control=0",
        "-seed=1",
        f"-artifact_prefix={artifacts}/",
        str(seed_corpus(tmp_path / "corpus")),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + PER_INPUT_SECONDS + 60, check=False
    )
    if done.returncode == 0:
        assert "Done" in done.stderr
        return
    found = sorted(artifacts.iterdir())
    shown = [
        subprocess.run(
            [sys.executable, "-m", "tests.fuzz.targets", "show", target, str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        ).stdout.strip()[:500]
        for path in found
    ]
    summary = next((line for line in done.stderr.splitlines() if "ERROR: libFuzzer" in line), "")
    if "timeout" in summary and tagger_loops_on_the_known_input():
        pytest.xfail(f"known tagger loop (issue 11, item 1) found by fuzzing: {shown}")
    pytest.fail(f"{summary or done.stderr[-2000:]}\ninputs: {shown}")
