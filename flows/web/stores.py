"""One read-only store per server process, shared by every request instead of opened per request.

An ingest may write meanwhile: SQLite (WAL) shows each new statement the last commit, and the tantivy
index reloads its searcher before each search, so new documents appear without a restart. When the
files are replaced (`cnht reindex` swaps the index directory; a data dir deleted and rebuilt), their
identity (device, inode) changes and the next request opens them again. A store is closed only once
no request uses it any more.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from search.store import Store, elasticsearch_url, open_store

STORE_FILE = "store.sqlite3"
INDEX_DIR = "index"

FileIds = tuple[tuple[int, int], ...]
Identity = FileIds | tuple[str, str]


def file_ids(data_dir: Path) -> FileIds | None:
    """(device, inode) of the store file and of the index directory; None while there is no store."""
    try:
        found = [os.stat(data_dir / name) for name in (STORE_FILE, INDEX_DIR)]
    except FileNotFoundError:
        return None
    return tuple((s.st_dev, s.st_ino) for s in found)


def store_identity(data_dir: Path) -> Identity | None:
    """What the store is: the Elasticsearch URL when one is configured (CNHT_ES_URL), else the identity
    of the embedded store's files (None while there are none)."""
    url = elasticsearch_url()
    return ("elasticsearch", url) if url else file_ids(data_dir)


@dataclass(eq=False)
class Lease:
    """One opening of the store and the number of requests using it."""

    store: Store
    ids: Identity
    users: int = 0
    retired: bool = False


class SharedStore:
    """The store under `data_dir`, opened read-only on first use and kept open.

    `acquire()`/`release()` (or `lease()`) bracket one request; `open_count` says how often the files
    were opened (tests use it to show that requests share one store).
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._lock = threading.Lock()
        self._current: Lease | None = None
        self.open_count = 0

    def acquire(self) -> Lease:
        """The shared store, counted as in use until `release` (FileNotFoundError while there is none)."""
        ids = store_identity(self.data_dir)
        if ids is None:
            if (self.data_dir / STORE_FILE).exists():
                raise FileNotFoundError(f"no search index under {self.data_dir}: run `cnht reindex`")
            raise FileNotFoundError(f"no store in {self.data_dir}")
        with self._lock:
            current = self._current
            if current is None or current.ids != ids:
                fresh = Lease(open_store(self.data_dir, read_only=True), ids)  # may raise: nothing changes
                self.open_count += 1
                if current is not None:
                    self._retire(current)
                self._current = current = fresh
            current.users += 1
            return current

    def release(self, opened: Lease) -> None:
        with self._lock:
            opened.users -= 1
            if opened.retired and opened.users == 0:
                opened.store.close()

    def _retire(self, opened: Lease) -> None:
        opened.retired = True
        if opened.users == 0:
            opened.store.close()

    @contextmanager
    def lease(self) -> Iterator[Store]:
        """The shared store for the time of one request (FileNotFoundError while there is none)."""
        opened = self.acquire()
        try:
            yield opened.store
        finally:
            self.release(opened)

    def close(self) -> None:
        """Close the store once the requests still using it are done (the app's shutdown)."""
        with self._lock:
            if self._current is not None:
                self._retire(self._current)
                self._current = None
