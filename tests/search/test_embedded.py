"""Embedded backend specifics: SQLite layout, versions, persistence, index rebuild, read-only mode."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.search_bench import generate
from extract.models import AttachmentText
from search.embedded import EmbeddedStore
from search.embedded.docstore import DocumentStore
from search.records import SearchQuery
from search.store import Store, open_store
from tests.search.conftest import make_doc


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def hit_ids(store: Store, **kw) -> list[str]:
    return [h.id for h in store.search(SearchQuery(limit=50, **kw)).hits]


def test_open_store_returns_a_store(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        assert isinstance(store, Store) and isinstance(store, EmbeddedStore)
    assert (data_dir / "store.sqlite3").exists()
    assert (data_dir / "index" / "meta.json").exists()


def test_sqlite_layout_and_migrations(data_dir: Path, corpus) -> None:
    with open_store(data_dir) as store:
        store.put_documents(list(corpus.values()))
    conn = sqlite3.connect(data_dir / "store.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "document_versions", "url_aliases", "schema_migrations"} <= tables
    assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")] == [1, 2, 3]
    row = conn.execute(
        "SELECT url, kind, version, indexed FROM documents WHERE id = ?", (corpus["qd"].id,)
    ).fetchone()
    assert row == ("https://example.vn/qd-26?utm_source=rss", "decision", 1, 1)
    conn.close()
    with open_store(data_dir) as store:  # migrations are not applied twice
        assert store.count() == len(corpus)


def test_earlier_versions_are_kept(data_dir: Path) -> None:
    v1 = make_doc("bai", title="Bản tin một", text="Nội dung đầu tiên")
    v2 = make_doc("bai", title="Bản tin hai", text="Nội dung thứ hai")
    v3 = make_doc("bai", title="Bản tin ba", text="Nội dung thứ ba")
    with open_store(data_dir) as store:
        assert store.put_documents([v1]).new == [v1.id]
        assert store.put_documents([v2]).changed == [v1.id]
        assert store.put_documents([v2]).unchanged == [v1.id]
        assert store.put_documents([v3]).changed == [v1.id]
        versions = store.versions(v1.id)
        assert [(v.version, v.document.title) for v in versions] == [
            (1, "Bản tin một"),
            (2, "Bản tin hai"),
            (3, "Bản tin ba"),
        ]
        assert store.count() == 1
        assert hit_ids(store, text="thứ ba") == [v1.id]
        assert hit_ids(store, text="thứ hai") == []
        assert store.search(SearchQuery(text="nội dung")).total == 1


def test_old_url_alias_still_resolves(data_dir: Path) -> None:
    first = make_doc("bai", url="https://m.example.vn/bai", title="A", text="x")
    second = make_doc("bai", url="https://example.vn/bai?ref=home", title="B", text="y")
    with open_store(data_dir) as store:
        store.put_documents([first])
        store.put_documents([second])
        for url in ("https://m.example.vn/bai", "https://example.vn/bai?ref=home", "https://example.vn/bai"):
            assert store.get(url).document.title == "B"


def test_same_id_twice_in_one_batch(data_dir: Path) -> None:
    a = make_doc("bai", title="A", text="một")
    b = make_doc("bai", title="B", text="hai")
    with open_store(data_dir) as store:
        result = store.put_documents([a, b])
        assert result.new == [a.id] and result.changed == [] and result.unchanged == []
        assert store.get(a.id).version == 2
        assert store.search(SearchQuery()).total == 1
        assert hit_ids(store, text="hai") == [a.id]


def test_persistence_across_reopen(data_dir: Path, corpus) -> None:
    with open_store(data_dir) as store:
        store.put_documents(list(corpus.values()))
    with open_store(data_dir) as store:
        assert store.count() == len(corpus)
        assert hit_ids(store, text="quyet dinh 26/2023") == [corpus["qd"].id]
        assert store.get("https://example.vn/qd-26").id == corpus["qd"].id


def test_reindex_after_deleting_the_index_dir(data_dir: Path, corpus) -> None:
    q = SearchQuery(text="cong nghiep ho tro", province="hai phong", limit=50)
    with open_store(data_dir) as store:
        store.put_documents(list(corpus.values()))
        before = store.search(q)
        assert before.total == 2
        shutil.rmtree(data_dir / "index")
        assert store.reindex() == len(corpus)
        after = store.search(q)
        assert [h.id for h in after.hits] == [h.id for h in before.hits]
        assert after.facets == before.facets
        assert not (data_dir / "index.new").exists() and not (data_dir / "index.old").exists()


KILL_MIDWAY = """
import os, signal, sys
from pathlib import Path
from search.embedded import EmbeddedStore

def progress(done: int, total: int) -> None:
    if done >= 500:  # halfway through building the new index next to the old one
        os.kill(os.getpid(), signal.SIGKILL)

EmbeddedStore(Path(sys.argv[1])).reindex(progress=progress)
"""


def test_a_reindex_killed_midway_leaves_the_old_index_answering_and_the_next_one_starts_over(
    data_dir: Path,
) -> None:
    docs = list(generate(1200, 5))
    q = SearchQuery(text="công nghiệp", limit=20, facets=["province"])
    with open_store(data_dir) as store:
        for start in range(0, len(docs), 400):
            store.put_documents(docs[start : start + 400])
        before = store.search(q)
    assert before.total > 20
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    killed = subprocess.run([sys.executable, "-c", KILL_MIDWAY, str(data_dir)], env=env, timeout=300)
    assert killed.returncode == -signal.SIGKILL
    assert (data_dir / "index.new").exists()  # killed while it built
    with EmbeddedStore(data_dir, read_only=True) as reader:
        assert reader.search(q) == before
    with open_store(data_dir) as store:
        assert store.search(q) == before
        assert store.reindex() == len(docs)
        after = store.search(q)
        assert [h.id for h in after.hits] == [h.id for h in before.hits]
        assert after.total == before.total and after.facets == before.facets
    assert not (data_dir / "index.new").exists() and not (data_dir / "index.old").exists()


def test_missing_index_is_rebuilt_on_open(data_dir: Path, corpus) -> None:
    with open_store(data_dir) as store:
        store.put_documents(list(corpus.values()))
    shutil.rmtree(data_dir / "index")
    with open_store(data_dir) as store:
        assert store.search(SearchQuery()).total == len(corpus)


def test_documents_stored_but_not_indexed_are_indexed_on_open(data_dir: Path, corpus) -> None:
    with open_store(data_dir):
        pass
    # simulate a crash between the SQLite commit and the index commit
    docs = DocumentStore(data_dir / "store.sqlite3")
    docs.put([corpus["copper"]])
    docs.close()
    with open_store(data_dir) as store:
        assert hit_ids(store, text="đồng thế giới") == [corpus["copper"].id]


def test_read_only_store(data_dir: Path, corpus) -> None:
    with open_store(data_dir) as store:
        store.put_documents(list(corpus.values()))
    with open_store(data_dir, read_only=True) as ro:
        assert ro.count() == len(corpus)
        assert hit_ids(ro, text="linh kiện điện tử") == [corpus["qd"].id]
        with pytest.raises(PermissionError):
            ro.put_documents([corpus["qd"]])
        # a writer elsewhere commits; the read-only store sees it on the next search
        with open_store(data_dir) as writer:
            extra = make_doc("moi", title="Tin mới", text="Khu công nghiệp mới ở Thái Bình")
            writer.put_documents([extra])
        assert hit_ids(ro, text="thai binh") == [extra.id]


def test_read_only_without_data_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        open_store(tmp_path / "nothing", read_only=True)


def test_find_by_decision_number(data_dir: Path, corpus) -> None:
    citing = make_doc("trich-dan", title="Triển khai", text="Thực hiện QĐ 26", decisions=["26/2023/QĐ-UBND"])
    with open_store(data_dir) as store:
        store.put_documents([*corpus.values(), citing])
        found = {d.id for d in store.find_by_decision("26/2023/qd-ubnd")}
        assert found == {corpus["qd"].id, citing.id}
        assert store.find_by_decision("1/2020/QĐ-TTg") == []


def test_unparseable_published_is_tolerated(data_dir: Path) -> None:
    odd = make_doc("odd", title="Không rõ ngày", text="nội dung", published="hôm qua")
    with open_store(data_dir) as store:
        store.put_documents([odd])
        res = store.search(SearchQuery(sort="date"))
        assert [h.id for h in res.hits] == [odd.id] and res.hits[0].published == "hôm qua"
        assert store.search(SearchQuery(since=dt.date(2020, 1, 1))).total == 0


def test_put_waits_for_another_writer(data_dir: Path) -> None:
    import threading

    import tantivy

    with open_store(data_dir) as store:
        other = tantivy.Index.open(str(data_dir / "index"))
        held = other.writer(heap_size=15_000_000, num_threads=1)  # e.g. another process indexing
        release = threading.Timer(0.3, held.wait_merging_threads)
        release.start()
        doc = make_doc("cho", title="Chờ khóa", text="ghi sau khi khóa được nhả")
        assert store.put_documents([doc]).new == [doc.id]
        release.join()
        assert hit_ids(store, text="khoa duoc nha") == [doc.id]


def test_the_index_reads_the_same_from_a_new_document_as_from_its_stored_json() -> None:
    """`put_documents` indexes `index_record` (a partial dump), `reindex` the stored JSON: every field the
    index reads must be in the partial dump, or a reindex would change what is found."""
    from search.embedded.fulltext import FullTextIndex, index_record
    from tests.search.conftest import rich_docs

    maker = FullTextIndex.in_memory([])
    docs = list(rich_docs().values())
    docs[0].document.attachment_texts = [
        AttachmentText(url="https://example.vn/a.pdf", media_type="pdf", text="Danh mục khuôn mẫu")
    ]
    assert any(d.document.tags.deals for d in docs) and any(d.document.decision for d in docs)
    for d in docs:
        whole = json.loads(d.model_dump_json())
        assert maker._to_tantivy(index_record(d)).to_dict() == maker._to_tantivy(whole).to_dict()


def test_exact_accents_rank_first_from_the_opening_and_the_whole_body_is_matched(data_dir: Path) -> None:
    from search.embedded.fulltext import EXACT_CHARS

    filler = "Nội dung khác của bài viết. " * (EXACT_CHARS // 20)
    early = make_doc("som", title="Tin một", text="Giá đồng tăng mạnh. " + filler)
    plain = make_doc("khong-dau", title="Tin hai", text="Gia dong tang manh. " + filler)
    late = make_doc("muon", title="Tin ba", text=filler + "Giá đồng ở cuối bài.")
    with open_store(data_dir) as store:
        store.put_documents([early, plain, late])
        assert set(hit_ids(store, text='"giá đồng"')) == {early.id, plain.id, late.id}
        assert hit_ids(store, text='"giá đồng"')[0] == early.id
        assert hit_ids(store, text='"gia dong"')[0] == plain.id
        assert hit_ids(store, text='"ở cuối bài"') == [late.id]


def test_an_index_of_an_older_schema_is_rebuilt_on_the_first_read_write_open(data_dir: Path, corpus) -> None:
    from search.embedded.backend import _SCHEMA_KEY
    from search.embedded.fulltext import SCHEMA_VERSION

    with open_store(data_dir) as store:
        store.put_documents(list(corpus.values()))
        store.docs.set_meta(_SCHEMA_KEY, str(SCHEMA_VERSION - 1))  # as an index built by older code
    stamp = (data_dir / "index" / "meta.json").stat().st_mtime_ns
    with pytest.raises(RuntimeError, match="outdated"):
        EmbeddedStore(data_dir, read_only=True)
    with open_store(data_dir) as store:
        assert store.docs.get_meta(_SCHEMA_KEY) == str(SCHEMA_VERSION)
        assert (data_dir / "index" / "meta.json").stat().st_mtime_ns != stamp
        assert store.search(SearchQuery()).total == len(corpus)
        assert hit_ids(store, text="gia dong the gioi")[0] == corpus["dong_plain"].id
    with EmbeddedStore(data_dir, read_only=True) as store:
        assert store.search(SearchQuery()).total == len(corpus)


def test_put_pauses_the_cycle_collector_and_gives_it_back_as_it_was(data_dir: Path) -> None:
    """The cycle collector is off while a batch is written (its full passes over everything the process
    holds cost up to a fifth of a put) and back as it was afterwards: on, off, and on after a failed put."""
    import gc

    from search.embedded import deals

    seen: list[bool] = []
    update = deals.update

    def spying(*args: object, **kwargs: object) -> None:
        seen.append(gc.isenabled())
        update(*args, **kwargs)  # type: ignore[arg-type]

    assert gc.isenabled()
    with EmbeddedStore(data_dir) as store, pytest.MonkeyPatch.context() as mp:
        mp.setattr(deals, "update", spying)
        store.put_documents([make_doc("a", title="Một", text="một")])
        assert seen == [False] and gc.isenabled()
        gc.disable()
        try:
            store.put_documents([make_doc("b", title="Hai", text="hai")])
            assert seen == [False, False] and not gc.isenabled()  # the caller's choice is kept
        finally:
            gc.enable()

        def failing(*_a: object, **_k: object) -> None:
            raise RuntimeError("deal tables locked")

        mp.setattr(deals, "update", failing)
        with pytest.raises(RuntimeError):
            store.put_documents([make_doc("c", title="Ba", text="ba")])
        assert gc.isenabled()
        assert [h.id for h in store.search(SearchQuery(text="hai")).hits] == [make_doc("b").id]
