"""The `reindex` flow: rebuild the full-text index from the store of record, with no network.

Deal records are merged again from scratch only when asked (`deals`) or when they are not current (new merge
rules, table layout or rate file): each write already merged the deals of what it stored.

Only the index is rebuilt. Saved searches, the alert outbox and the record of what was alerted live in
the alert state (`alerts.sqlite3`), which this flow never touches: no alert is sent again afterwards.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from prefect import flow
from pydantic import BaseModel

from flows.lock import writer_lock
from flows.tasks import reindex_task


class ReindexSummary(BaseModel):
    data_dir: str
    documents: int
    seconds: float = 0.0


def check_store(data_dir: Path) -> None:
    """A readable error when `data_dir` holds no store to reindex."""
    if os.environ.get("CNHT_ES_URL", "").strip():  # the documents live in Elasticsearch, not on disk
        return
    if not (Path(data_dir) / "store.sqlite3").exists():
        raise ValueError(
            f"no store in {data_dir}: run `cnht ingest` (or `cnht demo`) first, or pass --data-dir"
        )


@flow(name="reindex")
def reindex(data_dir: Path, progress: bool = False, deals: bool = False) -> ReindexSummary:
    """Rebuild the full-text index of `data_dir` from its store of record; with `deals`, merge every deal
    record again from scratch too (done anyway when the merge rules changed)."""
    started = time.monotonic()
    check_store(data_dir)
    with writer_lock(data_dir):  # one writer per data directory (flows/lock.py)
        documents = reindex_task(Path(data_dir), progress, deals)
    return ReindexSummary(
        data_dir=str(data_dir), documents=documents, seconds=round(time.monotonic() - started, 2)
    )
