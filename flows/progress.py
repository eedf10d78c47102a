"""Progress on stderr for long work (crawl, extraction, reindex), shown only when the caller asks.

Flows take `progress: bool`: the CLI passes True, deployments leave it False (a worker's log is no
terminal). On a terminal a bar is redrawn in place; elsewhere click prints the label once and the end.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import click

Update = Callable[[int, int], None]  # (done, total)


def _noop(done: int, total: int) -> None:
    return None


@contextlib.contextmanager
def bar(label: str, total: int, enabled: bool) -> Iterator[Update]:
    """A progress bar of `total` steps on stderr; yields `update(done, total)` (a no-op when disabled)."""
    if not enabled or total <= 0:
        yield _noop
        return
    with click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True) as shown:

        def update(done: int, total: int) -> None:
            shown.update(max(0, min(done, total) - shown.pos))

        yield update


def count_line(label: str, count: int, seconds: float) -> str:
    """The crawl counter's text.

    >>> count_line("crawling hcm-news", 42, 12.34)
    'crawling hcm-news: 42 response(s) archived, 12 s'
    """
    return f"{label}: {count} response(s) archived, {seconds:.0f} s"


@contextlib.contextmanager
def archive_counter(data_dir: Path, run_id: str, label: str, enabled: bool) -> Iterator[None]:
    """While the body runs, count the responses a crawl (run `run_id`) has archived so far, once a second.

    A crawl runs in its own process and does not know how many pages it will find, so this is a counter,
    not a bar: redrawn in place on a terminal, one line at the end elsewhere.
    """
    if not enabled:
        yield
        return
    from crawlers.archive import RawArchive

    stop = threading.Event()
    started = time.monotonic()
    tty = sys.stderr.isatty()

    def watch() -> None:
        count = 0
        with RawArchive(Path(data_dir) / "archive") as archive:  # opened and used in this thread only
            while True:
                stopping = stop.wait(1.0)
                for _ in range(5 if stopping else 1):  # the last count is the one printed: insist
                    try:
                        count = archive.count(run_id=run_id)
                        break
                    except Exception:  # a busy index now and then: try again
                        time.sleep(0.2)
                line = count_line(label, count, time.monotonic() - started)
                if stopping:
                    click.echo(("\r" if tty else "") + line, err=True)
                    return
                if tty:
                    click.echo("\r" + line, nl=False, err=True)

    thread = threading.Thread(target=watch, name="cnht-crawl-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
