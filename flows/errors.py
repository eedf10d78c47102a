"""The causes a command can die of that are not the input's fault, in words: a full disk, a store that is
locked or corrupt, an Elasticsearch server that cannot be reached. `cause_in_words` turns one into the
single line the CLI prints (exit code 1), `permanent` tells a task retry it would fail the same way.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

DISK_FULL = (
    "disk full: no space left on the device{where}; free some space and run the command again "
    "(what was stored before is kept, and the next run resumes)"
)


def _in_module(exc: BaseException, prefix: str) -> bool:
    return any(c.__module__.startswith(prefix) for c in type(exc).__mro__)


def _chain(exc: BaseException) -> list[BaseException]:
    """`exc` and the exceptions it was raised from or during, outermost first."""
    out: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        out.append(current)
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return out


def cause_in_words(exc: BaseException) -> str | None:
    """One line naming the cause and the fix, or None when `exc` is none of these causes.

    >>> cause_in_words(OSError(errno.ENOSPC, "No space left on device", "/d/archive/x.warc.gz"))
    'disk full: no space left on the device (writing /d/archive/x.warc.gz); free some space and run the command again (what was stored before is kept, and the next run resumes)'
    >>> cause_in_words(sqlite3.OperationalError("database is locked"))
    'store unavailable: a database of the data directory is locked by another program (database is locked); wait for it to finish, or stop it, and run the command again'
    >>> cause_in_words(sqlite3.DatabaseError("file is not a database"))
    'store unavailable: a database of the data directory is corrupt (file is not a database); restore it from a backup, or move store.sqlite3 away and run `cnht reextract` to rebuild the documents from the archive'
    """  # noqa: E501
    for e in _chain(exc):
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
            return DISK_FULL.format(where=f" (writing {e.filename})" if e.filename else "")
        if isinstance(e, sqlite3.Error):
            text = str(e)
            low = text.lower()
            if "disk is full" in low:
                return DISK_FULL.format(where="")
            if "locked" in low or "busy" in low:
                return (
                    "store unavailable: a database of the data directory is locked by another program "
                    f"({text}); wait for it to finish, or stop it, and run the command again"
                )
            if "not a database" in low or "malformed" in low or "corrupt" in low:
                return (
                    f"store unavailable: a database of the data directory is corrupt ({text}); restore it "
                    "from a backup, or move store.sqlite3 away and run `cnht reextract` to rebuild the "
                    "documents from the archive"
                )
            return f"store unavailable: {text}"
        if _in_module(e, "search.elastic") and isinstance(e, ConnectionError):
            return str(e)  # already one line naming the URL and the fix
        if _in_module(e, "elastic_transport") or _in_module(e, "elasticsearch"):
            detail = " ".join(str(getattr(e, "message", "") or e).split())[:300]
            return (
                f"Elasticsearch unavailable: {type(e).__name__}: {detail}; check that the server at "
                "CNHT_ES_URL is up, or unset CNHT_ES_URL to use the embedded store"
            )
    return None


def permanent(exc: BaseException) -> bool:
    """Whether retrying the same step soon would fail the same way (a full disk, a corrupt store, the
    data directory held by another writer), so a task should not wait to try again."""
    from flows.lock import DataDirBusy

    for e in _chain(exc):
        if isinstance(e, DataDirBusy):
            return True
        line = cause_in_words(e)
        if line is not None and (line.startswith("disk full") or "is corrupt" in line):
            return True
    return False


def retry_condition(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect `retry_condition_fn`: retry unless the failure is `permanent`."""
    try:
        state.result()
    except BaseException as exc:
        return not permanent(exc)
    return True
