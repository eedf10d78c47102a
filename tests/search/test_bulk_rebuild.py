"""The bulk rebuild of the embedded store's deal records (`reindex`, `rebuild_deals`: every report written,
then one merge from scratch, the tables' indexes made after their rows) gives the records the incremental
merge keeps after batch-by-batch writes, whatever order the documents came in (issue 16 item 4)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks.deals_corpus import deal_documents, deal_records
from benchmarks.search_bench import generate
from search.embedded import EmbeddedStore, backend
from search.embedded import deals as deal_tables
from search.records import DealsQuery, IndexedDocument

BATCH = 40
HOT = 6  # pairs of firms every generated deal is between: keys of many reports, several records each


def corpus() -> list[IndexedDocument]:
    """Deals told by one to three articles (events, amounts, provinces), and generated news whose deals
    are between a few pairs of firms over seven years (long merge keys, 45-day chains)."""
    docs = list(deal_documents(60))
    news = list(generate(160, 11))
    pairs = [[f"Công ty Nóng {i}", f"Tập đoàn Đối tác {i}"] for i in range(HOT)]
    for n, d in enumerate(news):
        for k, deal in enumerate(d.document.tags.deals):
            deal.parties = pairs[(n + k) % HOT][: len(deal.parties)]
    return docs + news


def put_in_batches(store: EmbeddedStore, docs: list[IndexedDocument]) -> None:
    for start in range(0, len(docs), BATCH):
        store.put_documents(docs[start : start + BATCH])


def records(store: EmbeddedStore) -> list[dict]:
    return sorted(
        (r.model_dump(mode="json") for r in store.iter_deal_records(DealsQuery())), key=lambda r: r["id"]
    )


def rows(store: EmbeddedStore) -> dict[str, list[tuple]]:
    """Every row of the deal tables (what later incremental merges read: ranks, report -> record)."""
    c = store.docs.conn
    return {
        "deals": [tuple(r) for r in c.execute("SELECT * FROM deals ORDER BY id")],
        "reports": [
            tuple(r)
            for r in c.execute(
                "SELECT document_id, n, merge_key, day, ord, province, sent, deal_id FROM deal_reports"
                " ORDER BY document_id, n"
            )
        ],
        **{
            table: sorted(tuple(r) for r in c.execute(f"SELECT * FROM {table}"))
            for table in deal_tables.CHILD_TABLES
        },
    }


def test_a_reindex_gives_the_records_of_the_incremental_merge_in_either_order(tmp_path: Path) -> None:
    docs = corpus()
    with (
        EmbeddedStore(tmp_path / "forward") as forward,
        EmbeddedStore(tmp_path / "backward") as backward,
    ):
        put_in_batches(forward, sorted(docs, key=lambda d: d.document.published or ""))
        put_in_batches(backward, sorted(docs, key=lambda d: d.document.published or "", reverse=True))
        incremental = records(forward)
        assert len(incremental) > 100
        assert any(len(r["reports"]) >= 3 for r in incremental)
        assert records(backward) == incremental
        before = rows(forward)
        assert rows(backward)["deals"] == before["deals"]

        assert forward.reindex() == len(docs)
        assert records(forward) == incremental
        assert rows(forward)["deals"] == before["deals"]
        assert rows(forward)["reports"] == before["reports"]
        for table in deal_tables.CHILD_TABLES:
            assert rows(forward)[table] == before[table]

        # later writes merge incrementally on the rebuilt tables as on the incremental ones
        later = [d.model_copy(update={"content_hash": d.content_hash + "x"}) for d in docs[::7]]
        for d in later:
            d.document.tags.deals = d.document.tags.deals[:1]
            d.document.tags.events = d.document.tags.events[:1]
        forward.put_documents(later)
        backward.put_documents(later)
        assert records(forward) == records(backward)


def test_a_rebuild_makes_every_index_of_the_deal_tables(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "data") as store:
        put_in_batches(store, list(deal_documents(20)))
        store.rebuild_deals()
        made = {r[0] for r in store.docs.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    wanted = {stmt.split("EXISTS ")[1].split()[0] for stmt in deal_tables.TABLES if "CREATE INDEX" in stmt}
    assert wanted <= made
    conn = sqlite3.connect(tmp_path / "data" / "store.sqlite3")
    plan = " ".join(
        str(r) for r in conn.execute("EXPLAIN QUERY PLAN SELECT id FROM deals WHERE merge_key = 'x'")
    )
    conn.close()
    assert "deals_key" in plan


@pytest.mark.parametrize("parallel", [False, True], ids=["one process", "second process"])
def test_a_reindex_keeps_current_deal_records_and_merges_them_again_when_asked_or_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parallel: bool
) -> None:
    """The deals each put merged in its own transaction are current: a reindex rebuilds the full-text index
    and keeps them. It merges them again from scratch when asked (`deals=True`) or when they are of other
    merge rules (the stored fingerprint differs). Records written as they are (`put_deal_records`, no
    report behind them) show which happened: a merge from scratch drops them."""
    if parallel:
        monkeypatch.setattr(backend, "PARALLEL_REINDEX", 1)
        monkeypatch.setattr(backend.os, "cpu_count", lambda: 2)
    docs = list(deal_documents(40))
    with EmbeddedStore(tmp_path / "data") as store:
        put_in_batches(store, docs)
        merged = records(store)
        stray = [r.model_copy(update={"id": f"stray{i}"}) for i, r in enumerate(deal_records(5, seed=77))]
        assert not {r.id for r in stray} & {r["id"] for r in merged}

        store.put_deal_records(stray)
        assert store.deals_current()
        assert store.reindex() == len(docs)
        assert {r.id for r in stray} <= {r["id"] for r in records(store)}  # kept: not merged again
        assert store.index.num_docs() == len(docs)

        assert store.reindex(deals=True) == len(docs)
        assert records(store) == merged

        store.put_deal_records(stray)
        store.docs.set_meta(deal_tables.META_KEY, "3:older-rules")
        assert not store.deals_current()
        assert store.reindex() == len(docs)
        assert records(store) == merged
        assert store.deals_current()
        assert store.index.num_docs() == len(docs)


def test_a_reindex_merging_the_deals_in_a_second_process_writes_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From `PARALLEL_REINDEX` documents on, the deal records are merged in another process while the index
    is built: the same records and rows, and the full-text index whole."""
    docs = corpus()
    with EmbeddedStore(tmp_path / "data") as store:
        put_in_batches(store, docs)
        want, before = records(store), rows(store)
        monkeypatch.setattr(backend, "PARALLEL_REINDEX", 1)
        monkeypatch.setattr(backend.os, "cpu_count", lambda: 2)  # the second process even on one core
        with store.docs.conn:
            store.docs.conn.execute("DELETE FROM deal_json")  # the rebuild must write them again
        assert store.reindex(deals=True) == len(docs)
        assert records(store) == want
        assert rows(store) == before
        assert store.index.num_docs() == len(docs)
        assert store.docs.not_indexed() == []
