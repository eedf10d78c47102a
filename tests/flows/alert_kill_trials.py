"""Kill trials of the store-then-alert instant: a real `cnht ingest` process SIGKILLs itself right after a
batch of new documents is committed to the store (`CNHT_CRASH_AT=after-store`), then a normal ingest runs.
Every stored document matching the saved search must then have been alerted exactly once.

    .venv/bin/python -m tests.flows.alert_kill_trials --trials 20     # prints the figures

Each trial publishes `--new` more articles on a growing loopback site (every one matches the saved
search), runs the killed ingest in its own process, then the recovering ingest in this one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from flows.crashpoint import CRASH_ENV
from search.alerts.models import SavedSearch
from search.alerts.state import AlertState
from search.records import SearchQuery
from tests.crawl.generated_site import FAST_SETTINGS, GeneratedSiteHandler, generated_source
from tests.loopback import serving

ATOM = "{http://www.w3.org/2005/Atom}"
SEARCH = SavedSearch(
    id="cnht", name="CNHT", query=SearchQuery(text='"cong nghiep ho tro"'), channels=["atom"]
)
MAX_PAGES = 5000


@dataclass
class Figures:
    trials: int = 0
    killed: int = 0  # ingest processes that died by SIGKILL at the crash point
    stored_by_killed_runs: int = 0  # documents committed by the killed processes
    documents: int = 0  # documents in the store at the end (all match the saved search)
    alerted: int = 0  # of them, alerted (an Atom entry)
    duplicates: int = 0  # Atom entries beyond the first for a document
    lost_per_trial: list[int] = field(default_factory=list)

    @property
    def lost(self) -> int:
        return self.documents - self.alerted

    def lines(self) -> list[str]:
        return [
            f"trials                      {self.trials}",
            f"ingests killed at the point {self.killed}",
            f"documents stored by them    {self.stored_by_killed_runs}",
            f"documents in the store      {self.documents}",
            f"alerted                     {self.alerted}",
            f"lost                        {self.lost}  (per trial: {self.lost_per_trial})",
            f"alerted twice               {self.duplicates}",
        ]


@contextmanager
def growing_site() -> Iterator[tuple[str, type[GeneratedSiteHandler]]]:
    handler = type("Growing", (GeneratedSiteHandler,), {"pages": 0, "per_list": 50, "article_kb": 1})
    with serving(handler) as base:
        yield base, handler


def write_sources(path: Path, base: str) -> Path:
    source = generated_source(base, pages=MAX_PAGES)
    data = {"settings": FAST_SETTINGS, "sources": [source.model_dump(mode="json", exclude_none=True)]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _store_ids(data_dir: Path) -> set[str]:
    from search.store import open_store

    if not (data_dir / "store.sqlite3").exists():
        return set()
    with open_store(data_dir, read_only=True) as store:
        return {d.id for d in store.iter_documents()}


def _atom_ids(data_dir: Path) -> Counter[str]:
    """Document ids of the Atom entries (the entry's link is the document URL: map through the store)."""
    from search.store import open_store

    path = data_dir / "alerts" / f"{SEARCH.id}.atom"
    if not path.exists():
        return Counter()
    urls = [
        link.get("href", "")
        for entry in ET.parse(path).getroot().iter(f"{ATOM}entry")
        for link in entry.iter(f"{ATOM}link")
    ]
    with open_store(data_dir, read_only=True) as store:
        return Counter(d.id for u in urls if (d := store.get(u)) is not None)


def killed_ingest(data_dir: Path, sources: Path) -> int:
    """Run `cnht ingest` in its own process group with the crash point armed; its return code. What it
    started (Prefect's local API server) outlives a SIGKILL as a crash leaves it: the group is ended."""
    env = {**os.environ, CRASH_ENV: "after-store"}
    command = [sys.executable, "-m", "flows.cli", "--data-dir", str(data_dir), "ingest"]
    log = data_dir.parent / "killed-ingest.log"
    with log.open("w") as err:
        proc = subprocess.Popen(
            [*command, "--sources", str(sources), "--json"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,
        )
        try:
            code = proc.wait(timeout=300)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    if code != -signal.SIGKILL:
        sys.stderr.write(log.read_text()[-2000:])
    return code


def recovering_ingest(data_dir: Path, sources: Path) -> None:
    from flows.ingest import ingest
    from flows.prefect_env import local_run_settings

    with local_run_settings():
        ingest(sources_file=sources, data_dir=data_dir, quiet=True, alert_stdout=False)


def run_trials(work: Path, trials: int, new_per_trial: int = 5, say=print) -> Figures:  # type: ignore[no-untyped-def]
    data_dir = work / "cnht-data"
    data_dir.mkdir(parents=True, exist_ok=True)
    with AlertState(data_dir) as state:
        state.add_search(SEARCH)
    figures = Figures()
    with growing_site() as (base, site):
        sources = write_sources(work / "sources.yaml", base)
        for trial in range(1, trials + 1):
            site.pages += new_per_trial
            before = _store_ids(data_dir)
            code = killed_ingest(data_dir, sources)
            stored = _store_ids(data_dir) - before
            figures.killed += code == -signal.SIGKILL
            figures.stored_by_killed_runs += len(stored)
            recovering_ingest(data_dir, sources)
            alerted = _atom_ids(data_dir)
            lost = len(_store_ids(data_dir) - set(alerted))
            figures.lost_per_trial.append(lost - sum(figures.lost_per_trial))
            figures.trials = trial
            say(f"trial {trial}: killed ingest exit {code}, {len(stored)} stored by it, {lost} lost so far")
    ids, alerted = _store_ids(data_dir), _atom_ids(data_dir)
    figures.documents = len(ids)
    figures.alerted = len(ids & set(alerted))
    figures.duplicates = sum(n - 1 for n in alerted.values() if n > 1)
    return figures


def main(argv: list[str] | None = None) -> None:
    import tempfile

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--new", type=int, default=5, help="articles published before each trial")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cnht-kill-") as tmp:
        figures = run_trials(Path(tmp), args.trials, args.new)
    print("\n".join(figures.lines()))


if __name__ == "__main__":
    main()
