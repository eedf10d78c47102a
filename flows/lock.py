"""One writer per data directory: a lock file (`DATA_DIR/cnht.lock`) held with `fcntl.flock` by every
command that writes the store, the archive or the alert outbox (ingest, backfill, reextract, reindex,
alerts send and the digests).

The operating system releases a `flock` when its holder dies, however it dies (SIGKILL, power loss of
the process, OOM): a crashed holder's lock is free again at once, and no stale pid file is ever
trusted. The file also holds one JSON line naming the holder (pid, command, since when), for the
refusal message. A second writer waits up to `wait` seconds (`--lock-wait`, env CNHT_LOCK_WAIT;
default 0: refuse at once) and then stops with `DataDirBusy`, one line naming the holder.

The lock is re-entrant within a process: the CLI takes it before Prefect starts (so a refusal is one
line, with no flow-run log) and the flow it runs takes it again, which a Prefect worker relies on.

A child process that writes the data directory (a source's crawl) inherits the lock's descriptor
(`held_descriptor`): a flock belongs to the open file, so the lock stays held while either process
lives, and a crawl orphaned by its killed parent never writes beside the next run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_FILE = "cnht.lock"
LOCK_WAIT_ENV = "CNHT_LOCK_WAIT"
POLL_SECONDS = 0.2


class DataDirBusy(RuntimeError):
    """Another process holds the data directory's writer lock."""


_guard = threading.Lock()
_held: dict[Path, list[int]] = {}  # lock path -> [file descriptor, depth] for the locks this process holds


def lock_wait() -> float:
    """Seconds a writer waits for the lock: CNHT_LOCK_WAIT (default 0, refuse at once)."""
    raw = os.environ.get(LOCK_WAIT_ENV, "").strip()
    try:
        return max(0.0, float(raw)) if raw else 0.0
    except ValueError as exc:
        raise ValueError(f"{LOCK_WAIT_ENV}={raw!r} is not a number of seconds") from exc


def command_line() -> str:
    """This process's command line, as the holder's description (`cnht ingest --sources x.yaml`)."""
    argv = [Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python", *sys.argv[1:]]
    text = " ".join(argv)
    return text if len(text) <= 200 else text[:199] + "…"


def holder(path: Path) -> dict[str, object]:
    """What the lock file says about its holder ({} while it is being written or unreadable)."""
    try:
        return json.loads(path.read_text(encoding="utf-8") or "{}")  # type: ignore[no-any-return]
    except (OSError, ValueError):
        return {}


def busy_message(data_dir: Path, info: dict[str, object], waited: float) -> str:
    """The one line of a refusal.

    >>> busy_message(Path("d"), {"pid": 42, "command": "cnht ingest --sources s.yaml", "since": "T"}, 0)
    'data directory d is in use by pid 42 (cnht ingest --sources s.yaml) since T: one writer at a time; wait for it, or give `cnht --lock-wait SECONDS ...` to wait'
    """  # noqa: E501
    who = f"pid {info['pid']} ({info.get('command', '?')})" if "pid" in info else "another process"
    since = f" since {info['since']}" if info.get("since") else ""
    after = f" after waiting {waited:g} s" if waited else ""
    hint = "try again later" if waited else "wait for it, or give `cnht --lock-wait SECONDS ...` to wait"
    return f"data directory {data_dir} is in use by {who}{since}{after}: one writer at a time; {hint}"


def held_descriptor(data_dir: Path | str) -> int | None:
    """The descriptor of `data_dir`'s lock when this process holds it (to hand to a child), else None."""
    path = (Path(data_dir) / LOCK_FILE).resolve()
    with _guard:
        held = _held.get(path)
    return held[0] if held else None


@contextlib.contextmanager
def writer_lock(
    data_dir: Path | str, command: str | None = None, wait: float | None = None
) -> Iterator[None]:
    """Hold `data_dir`'s writer lock for the block; wait up to `wait` s (None: `lock_wait()`) for it."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = (data_dir / LOCK_FILE).resolve()
    with _guard:
        if path in _held:
            _held[path][1] += 1
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _guard:
                _held[path][1] -= 1
        return
    wait = lock_wait() if wait is None else wait
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    started = time.monotonic()
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                waited = time.monotonic() - started
                if waited >= wait:
                    raise DataDirBusy(busy_message(data_dir, holder(path), round(waited))) from None
                time.sleep(min(POLL_SECONDS, wait - waited))
    except BaseException:
        os.close(fd)
        raise
    try:
        info = {
            "pid": os.getpid(),
            "command": command or command_line(),
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info, ensure_ascii=False).encode("utf-8"), 0)
        with _guard:
            _held[path] = [fd, 1]
        yield
    finally:
        with _guard:
            _held.pop(path, None)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing the descriptor releases the flock
