"""Grouped index commits of the embedded store (issue 16 item 4): consecutive `put_documents` share one
tantivy commit; searches in the same process see every put at once, other processes within
`COMMIT_SECONDS`, and nothing stored is lost when the process dies before the commit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.search_bench import generate
from search.embedded import EmbeddedStore
from search.embedded import backend as embedded_backend
from search.embedded.fulltext import FullTextIndex
from search.records import IndexedDocument, SearchQuery

ALL = SearchQuery(limit=1)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="module")
def docs() -> list[IndexedDocument]:
    return list(generate(90, 11))


def indexed_total(data_dir: Path) -> int:
    """Documents a reader of the index sees, through an index object of its own (no store, no registry
    entry of its own: what another process sees)."""
    index = FullTextIndex(data_dir / "index", read_only=True)
    index._index.reload()
    return index._index.searcher().num_docs


def test_a_lone_put_commits_at_once(data_dir: Path, docs: list[IndexedDocument]) -> None:
    with EmbeddedStore(data_dir) as store:
        store.put_documents(docs[:30])
        assert store.index.uncommitted == 0 and store.docs.not_indexed() == []
        assert indexed_total(data_dir) == 30


def test_puts_in_quick_succession_share_a_commit_and_searches_see_them(
    data_dir: Path, docs: list[IndexedDocument]
) -> None:
    with EmbeddedStore(data_dir) as store:
        store.index.commit_seconds = 60.0
        store.put_documents(docs[:30])  # the first put of a run commits (no put before it)
        store.put_documents(docs[30:60])
        store.put_documents(docs[60:])
        assert store.index.uncommitted == 60
        assert len(store.docs.not_indexed()) == 60  # flagged until the commit
        assert indexed_total(data_dir) == 30
        # a reader of this process, on the same directory, sees them: its search commits them first
        with EmbeddedStore(data_dir, read_only=True) as reader:
            assert reader.search(ALL).total == 90
        assert store.index.uncommitted == 0 and store.docs.not_indexed() == []
        store.put_documents([docs[0].model_copy(update={"content_hash": "changed"})])
        assert store.index.uncommitted == 1
        assert store.search(ALL).total == 90  # the store's own search too, the changed one replaced
        assert store.index.uncommitted == 0


def test_the_group_commits_at_its_size(data_dir: Path, docs: list[IndexedDocument]) -> None:
    with EmbeddedStore(data_dir) as store:
        store.index.commit_seconds, store.index.commit_docs = 60.0, 50
        store.put_documents(docs[:30])
        store.put_documents(docs[30:60])
        assert store.index.uncommitted == 30
        store.put_documents(docs[60:])
        assert store.index.uncommitted == 0 and indexed_total(data_dir) == 90


def test_a_timer_commits_a_group_no_put_follows(data_dir: Path, docs: list[IndexedDocument]) -> None:
    with EmbeddedStore(data_dir) as store:
        store.index.commit_seconds = 0.5
        store.put_documents(docs[:30])
        store.put_documents(docs[30:])
        assert store.index.uncommitted == 60
        deadline = time.monotonic() + 20
        while store.index.uncommitted and time.monotonic() < deadline:
            time.sleep(0.05)
        assert store.index.uncommitted == 0 and store.docs.not_indexed() == []
        assert indexed_total(data_dir) == 90


def test_closing_commits(data_dir: Path, docs: list[IndexedDocument]) -> None:
    with EmbeddedStore(data_dir) as store:
        store.index.commit_seconds = 60.0
        store.put_documents(docs[:30])
        store.put_documents(docs[30:])
        assert indexed_total(data_dir) == 30
    assert indexed_total(data_dir) == 90
    with EmbeddedStore(data_dir) as store:
        assert store.docs.not_indexed() == []


def test_a_failed_put_keeps_the_group_before_it(
    data_dir: Path, docs: list[IndexedDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    with EmbeddedStore(data_dir) as store:
        store.index.commit_seconds = 60.0
        store.put_documents(docs[:30])
        store.put_documents(docs[30:60])
        assert store.index.uncommitted == 30

        def fail(*_a: object, **_k: object) -> None:
            raise RuntimeError("deal records failed")

        monkeypatch.setattr(embedded_backend.deal_tables, "update", fail)
        with pytest.raises(RuntimeError):
            store.put_documents(docs[60:])
        monkeypatch.undo()
        # the index rolled the group back and indexed the stored documents again; the failed put's
        # documents were never stored (its transaction rolled back) nor indexed
        assert store.index.uncommitted == 0 and store.docs.not_indexed() == []
        assert indexed_total(data_dir) == 60 and store.count() == 60
        assert store.search(ALL).total == 60


def test_a_second_store_of_the_process_writes_without_waiting_for_the_first(
    data_dir: Path, docs: list[IndexedDocument]
) -> None:
    with EmbeddedStore(data_dir) as first, EmbeddedStore(data_dir) as second:
        first.index.commit_seconds = second.index.commit_seconds = 60.0
        first.put_documents(docs[:30])
        first.put_documents(docs[30:60])
        assert first.index.uncommitted == 30  # its writer holds the index lock
        started = time.monotonic()
        second.put_documents(docs[60:])  # commits the first store's group, then takes the writer
        assert time.monotonic() - started < 10
        assert first.index.uncommitted == 0 and second.search(ALL).total == 90


WRITER = """
import os, signal, sys
from pathlib import Path
from benchmarks.search_bench import generate
from search.embedded import EmbeddedStore

docs = list(generate(90, 11))
store = EmbeddedStore(Path(sys.argv[1]))
store.index.commit_seconds = 600.0
for start in range(0, 90, 30):
    store.put_documents(docs[start : start + 30])
assert store.index.uncommitted == 60
if sys.argv[2] == "kill":
    os.kill(os.getpid(), signal.SIGKILL)
# else: the process ends without closing the store
"""


def _writer(data_dir: Path, how: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    return subprocess.run([sys.executable, "-c", WRITER, str(data_dir), how], env=env, timeout=300)


def test_a_process_killed_before_the_commit_loses_nothing(data_dir: Path) -> None:
    assert _writer(data_dir, "kill").returncode == -signal.SIGKILL
    assert indexed_total(data_dir) == 30  # the first put's commit only
    with EmbeddedStore(data_dir, read_only=True) as reader:
        assert reader.count() == 90 and reader.search(ALL).total == 30
    with EmbeddedStore(data_dir) as store:  # the next open indexes what is stored and not indexed
        assert store.docs.not_indexed() == []
        assert store.search(ALL).total == 90
        assert store.search(SearchQuery(text="công nghiệp", limit=1)).total > 0


def test_a_process_that_ends_without_closing_commits_at_exit(data_dir: Path) -> None:
    assert _writer(data_dir, "exit").returncode == 0
    assert indexed_total(data_dir) == 90
    with EmbeddedStore(data_dir, read_only=True) as reader:
        assert reader.search(ALL).total == 90
