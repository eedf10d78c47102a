"""The incremental deal merge (`search.deal_merge.plan_merge`, issues 15 and 16) gives exactly the records of
the full merge (`merge_reports`, the specification) after any sequence of writes: documents added, written
again with other reports, emptied; dated and undated reports, provinces that agree or not (also spelt two
ways), one sentence found twice in a document, two events in one sentence, days inside and outside the
merge window. Checked through the pure function (an in-memory store applying its plans), on the embedded
store, and on OpenSearch (a few fixed sequences: its tests are slow)."""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import uuid
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.models import Deal, Tags
from search.deal_merge import (
    UNDATED,
    MergePlan,
    StoredRecord,
    StoredReport,
    build_record,
    cutoff,
    deal_id,
    merge_key,
    merge_reports,
    order_key,
    plan_merge,
    reports_of,
    windows,
)
from search.embedded import EmbeddedStore
from search.records import DealRecord, DealReport, DealsQuery, IndexedDocument
from tests.search.conftest import make_doc

SENTENCES = ["Alpha ký với Beta.", "Beta và Alpha hợp tác.", "Alpha đầu tư nhà máy.", "Gamma ký với Beta."]
TEXT = " ".join(SENTENCES + SENTENCES)  # every sentence twice: one document may report it twice
PARTIES = [["Alpha", "Beta"], ["beta", "ALPHA"], ["Alpha"], ["Gamma", "Beta"]]
KINDS = ["mou", "cooperation", "investment", "supply_contract"]
PROVINCES = [None, None, "Thành phố Hà Nội", "thanh pho ha noi", "Tỉnh Bắc Ninh"]
DAY0 = dt.date(2025, 1, 1)
SLOTS = 6  # documents written again and again


def span(sentence: int, occurrence: int) -> tuple[int, int]:
    start = TEXT.index(SENTENCES[sentence])
    if occurrence:
        start = TEXT.index(SENTENCES[sentence], start + 1)
    return start, start + len(SENTENCES[sentence])


def day(offset: int | None) -> str | None:
    return None if offset is None else (DAY0 + dt.timedelta(days=offset)).isoformat()


days = st.one_of(st.none(), st.integers(0, 160))  # 45-day windows, reports inside and outside them
deal = st.tuples(
    st.integers(0, len(SENTENCES) - 1),
    st.integers(0, 1),
    st.sampled_from(KINDS),
    st.sampled_from(range(len(PARTIES))),
    st.sampled_from(PROVINCES),
    st.one_of(st.none(), st.none(), st.integers(0, 160)),
    st.sampled_from([None, 5e9, 6e9]),
)
version = st.tuples(st.integers(0, SLOTS - 1), days, st.lists(deal, max_size=4))
batches = st.lists(st.lists(version, min_size=1, max_size=4), min_size=1, max_size=6)
# days over two years: changes far apart get stretches of their own
wide_days = st.one_of(st.none(), st.integers(0, 160), st.integers(0, 730))
wide_deal = st.tuples(
    st.integers(0, len(SENTENCES) - 1),
    st.integers(0, 1),
    st.sampled_from(KINDS),
    st.sampled_from(range(len(PARTIES))),
    st.sampled_from(PROVINCES),
    st.one_of(st.none(), wide_days),
    st.sampled_from([None, 5e9, 6e9]),
)
wide_version = st.tuples(st.integers(0, SLOTS - 1), wide_days, st.lists(wide_deal, max_size=4))


def document(slot: int, published: int | None, deals: list[tuple], n: int) -> IndexedDocument:
    tags = Tags(
        deals=[
            Deal(
                kind=kind,
                parties=PARTIES[p],
                amount=amount,
                currency="VND" if amount else None,
                province=province,
                date=day(date),
                start=span(s, o)[0],
                end=span(s, o)[1],
            )
            for s, o, kind, p, province, date, amount in deals
        ]
    )
    return make_doc(f"doc-{slot}", text=TEXT, published=day(published), tags=tags, body=f"{slot}|{n}|{deals}")


def spec(docs: dict[str, IndexedDocument]) -> dict[str, dict]:
    """What the full merge makes of every current document."""
    records = merge_reports([r for d in docs.values() for r in reports_of(d)])
    return {r.id: r.model_dump(mode="json") for r in records}


def dumped(records: list[DealRecord]) -> dict[str, dict]:
    out = {r.id: r.model_dump(mode="json") for r in records}
    assert len(out) == len(records)  # never two records under one id
    return out


class MemoryStore:
    """Reports and records kept in dicts, merged by applying `plan_merge`'s plans as the stores do (the
    rows each plan gets are the ones its docstring asks for, no more)."""

    def __init__(self, windowed: bool = False) -> None:
        self.windowed = windowed  # give `plan_merge` the days changed and only the rows near them
        self.window_plans = 0  # plans made from the rows near the changes alone
        self.reports: dict[int, DealReport] = {}
        self.keys: dict[int, str] = {}
        self.deal: dict[int, str | None] = {}
        self.of_doc: dict[str, list[int]] = {}
        self.records: dict[str, tuple[str, int, str, str | None, list[int]]] = {}
        self.next_ref = 0
        self.scratch_merges = 0

    def row(self, ref: int) -> StoredReport:
        r = self.reports[ref]
        return StoredReport(ref, order_key(r), r.day, r.province, r.document_id, r.sentence, self.deal[ref])

    def write(self, docs: list[IndexedDocument]) -> None:
        since: dict[str, str] = {}
        changes: dict[str, set[str]] = defaultdict(set)
        touched: dict[str, set[str]] = defaultdict(set)
        for d in {d.id: d for d in docs}.values():
            for ref in self.of_doc.pop(d.id, []):
                key, r = self.keys.pop(ref), self.reports.pop(ref)
                since[key] = min(since.get(key, UNDATED), r.day or UNDATED)
                if r.day:
                    changes[key].add(r.day)
                if (deal := self.deal.pop(ref)) is not None:
                    touched[key].add(deal)
            for r in reports_of(d):
                ref, self.next_ref = self.next_ref, self.next_ref + 1
                key = merge_key(r)
                self.reports[ref], self.keys[ref], self.deal[ref] = r, key, None
                self.of_doc.setdefault(d.id, []).append(ref)
                since[key] = min(since.get(key, UNDATED), r.day or UNDATED)
                if r.day:
                    changes[key].add(r.day)
        for key, start in since.items():
            held = [
                StoredRecord(i, rank, first, p)
                for i, (k, rank, first, p, _) in self.records.items()
                if k == key
            ]
            plan = None
            if self.windowed:
                days = sorted(changes[key])
                plan = plan_merge(key, held, self.near(key, days), start, touched[key], changes=days)
                self.window_plans += plan is not None
            if plan is None:
                plan = plan_merge(key, held, self.rows(key, start), start, touched[key])
            if plan is None:
                self.scratch_merges += 1
                plan = plan_merge(key, held, self.rows(key, None), None, touched[key])
            assert plan is not None
            written = {}
            for p in plan.write:
                kept = []
                if p.extends:
                    kept = [
                        r for r in self.records[p.extends][4] if r in self.reports and self.reports[r].day
                    ]
                written[p.id] = (key, p.rank, p.day, p.dated_province, [*kept, *p.refs])
            for i in [*plan.delete, *(p.extends for p in plan.write if p.extends)]:
                self.records.pop(i, None)
            self.records.update(written)
            for i, (_, _, _, _, refs) in written.items():
                for ref in refs:
                    self.deal[ref] = i
            for ref in plan.dropped:
                self.deal[ref] = None
            for i, rank in plan.rerank:
                k, _, first, p, refs = self.records[i]
                self.records[i] = (k, rank, first, p, refs)

    def rows(self, key: str, since: str | None) -> list[StoredReport]:
        refs = [ref for ref, k in self.keys.items() if k == key]
        if since is None:
            return [self.row(r) for r in refs]
        low = cutoff(since)
        out = [self.row(r) for r in refs if self.reports[r].day >= low or not self.reports[r].day]
        undated = {r.document_id for r in out if not r.day}
        return out + [
            self.row(r)
            for r in refs
            if self.reports[r].day and self.reports[r].day < low and self.reports[r].document_id in undated
        ]

    def near(self, key: str, days: list[str]) -> list[StoredReport]:
        """The rows `plan_merge` asks for with `changes`: those of each stretch's days, the undated ones and
        the other rows of the documents of undated ones."""
        refs = [ref for ref, k in self.keys.items() if k == key]
        spans = windows(days)
        out = [
            ref
            for ref in refs
            if not self.reports[ref].day
            or any(low <= self.reports[ref].day <= high for low, _, _, high in spans)
        ]
        undated = {self.reports[r].document_id for r in out if not self.reports[r].day}
        out += [r for r in refs if r not in out and self.reports[r].document_id in undated]
        return [self.row(r) for r in out]

    def built(self) -> list[DealRecord]:
        return [
            build_record(key, [self.reports[r] for r in refs], i)
            for i, (key, _, _, _, refs) in self.records.items()
        ]


def versions_of(batch: list[tuple], docs: dict[str, IndexedDocument], n: list[int]) -> list[IndexedDocument]:
    out = []
    for slot, published, deals in batch:
        n[0] += 1
        d = document(slot, published, deals, n[0])
        docs[d.id] = d
        out.append(d)
    return out


@settings(max_examples=150, deadline=None)
@given(batches)
def test_the_plans_give_the_full_merge_after_every_write(sequence: list[list[tuple]]) -> None:
    store, docs, n = MemoryStore(), {}, [0]
    for batch in sequence:
        store.write(versions_of(batch, docs, n))
        assert dumped(store.built()) == spec(docs)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(wide_version, min_size=1, max_size=4), min_size=1, max_size=6))
def test_plans_from_the_rows_near_the_changes_give_the_full_merge(sequence: list[list[tuple]]) -> None:
    """Given only the rows of the stretches around the days changed (`windows`), placing stops once the
    open records are the stored ones; the records are still the full merge's after every write."""
    store, docs, n = MemoryStore(windowed=True), {}, [0]
    for batch in sequence:
        store.write(versions_of(batch, docs, n))
        assert dumped(store.built()) == spec(docs)


def test_reports_before_the_window_of_the_change_are_not_read_again() -> None:
    """A report of the last day reads only the records begun in the window before it: the store hands
    `plan_merge` the reports of the last 45 days, and the plan writes one record."""
    store, docs = MemoryStore(), {}
    for i in range(40):  # one report every 50 days: 40 records (the window is 45 days)
        d = make_doc(f"w{i}", text=TEXT, published=day(i * 50), tags=Tags(deals=[
            Deal(kind="mou", parties=PARTIES[0], start=span(0, 0)[0], end=span(0, 0)[1])]))  # fmt: skip
        docs[d.id] = d
        store.write([d])
    last = make_doc("late", text=TEXT, published=day(39 * 50 + 3), tags=Tags(deals=[
        Deal(kind="mou", parties=PARTIES[1], start=span(1, 0)[0], end=span(1, 0)[1])]))  # fmt: skip
    docs[last.id] = last
    key = merge_key(reports_of(last)[0])
    read = store.rows(key, reports_of(last)[0].day)
    assert len(read) == 1  # the record begun 3 days before: its one report; 39 older records not read
    store.write([last])
    assert dumped(store.built()) == spec(docs)
    assert len(store.records) == 40


def test_a_new_record_whose_id_another_record_of_its_key_holds_asks_for_a_merge_from_scratch() -> None:
    """The greedy rules never give two records of one key the same id (a later record exists only because
    an earlier one's province differs); `merge_reports` would number them. An input where the id of a new
    record is held by an older one makes `plan_merge` return None: the stores then merge the key from
    scratch, which numbers ids as `merge_reports` does."""
    key = "mou|alpha|beta"
    clash = deal_id(key, "2025-06-01", None)
    held = [StoredRecord(clash, 0, "2025-01-01", None)]  # begun months before: frozen, kept as it is
    row = StoredReport(7, "2025-06-01\x1fd", "2025-06-01", None, "d", "s", None)
    assert plan_merge(key, held, [row], "2025-06-01") is None
    plan = plan_merge(key, [], [row], None)
    assert plan is not None and [p.id for p in plan.write] == [clash]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches)
def test_the_embedded_store_keeps_the_full_merge_after_every_write(sequence: list[list[tuple]]) -> None:
    docs: dict[str, IndexedDocument] = {}
    n = [0]
    with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(Path(tmp) / "data") as store:
        for batch in sequence:
            store.put_documents(versions_of(batch, docs, n))
            assert dumped(list(store.iter_deal_records(DealsQuery()))) == spec(docs)
        before = dumped(list(store.iter_deal_records(DealsQuery())))
        store.rebuild_deals()  # the merge from scratch (DEALS_SCHEMA changes): the same records
        assert dumped(list(store.iter_deal_records(DealsQuery()))) == before
        store.put_documents(versions_of(sequence[0], docs, n))  # and writes after a rebuild
        assert dumped(list(store.iter_deal_records(DealsQuery()))) == spec(docs)


def random_sequence(seed: int, batches: int = 6, days: int = 160) -> list[list[tuple]]:
    rng = random.Random(seed)

    def when() -> int | None:
        return None if rng.random() < 0.2 else rng.randint(0, days)

    return [
        [
            (
                rng.randrange(SLOTS),
                when(),
                [
                    (
                        rng.randrange(4),
                        rng.randrange(2),
                        rng.choice(KINDS),
                        rng.randrange(len(PARTIES)),
                        rng.choice(PROVINCES),
                        None if rng.random() < 0.7 else rng.randint(0, days),
                        rng.choice([None, 5e9, 6e9]),
                    )
                    for _ in range(rng.randint(0, 4))
                ],
            )
            for _ in range(rng.randint(1, 4))
        ]
        for _ in range(batches)
    ]


def test_opensearch_keeps_the_full_merge_after_every_write(search_engine_url: str) -> None:
    from search.elastic import open_store as open_elastic

    prefix = f"cnht-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    with open_elastic(search_engine_url, index_prefix=prefix) as store:
        try:
            for seed in range(3):
                docs: dict[str, IndexedDocument] = {}
                n = [seed * 1000]
                for batch in random_sequence(seed):
                    store.put_documents(versions_of(batch, docs, n))
                    assert dumped(list(store.iter_deal_records(DealsQuery()))) == spec(docs)
                store.put_documents([document(slot, 0, [], -1) for slot in range(SLOTS)])  # empty all
                assert list(store.iter_deal_records(DealsQuery())) == []
        finally:
            store.drop()


@pytest.mark.parametrize(("seed", "days"), [(seed, 160) for seed in range(8)] + [(s, 900) for s in range(8)])
def test_seeded_sequences_on_the_embedded_store(seed: int, days: int, tmp_path: Path) -> None:
    """Longer sequences than hypothesis draws, and the rebuild from scratch at the end; over 160 days (the
    changes' stretches overlap) and over 900 (they fall apart, placing stops between them)."""
    docs: dict[str, IndexedDocument] = {}
    n = [0]
    memory, near = MemoryStore(), MemoryStore(windowed=True)
    with EmbeddedStore(tmp_path / "data") as store:
        for batch in random_sequence(seed, batches=15, days=days):
            written = versions_of(batch, docs, n)
            store.put_documents(written)
            memory.write(written)
            near.write(written)
            want = spec(docs)
            assert dumped(list(store.iter_deal_records(DealsQuery()))) == want
            assert dumped(memory.built()) == want
            assert dumped(near.built()) == want
    assert near.window_plans > 0


def test_a_backfill_places_again_only_the_reports_near_its_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    """A backfill batch whose documents land all over the past: the embedded store hands `plan_merge` the
    reports of the stretches around the days written (not every report from the earliest one on), placing
    stops where the records are the stored ones again, and only the records that gained a report are
    written; the records are the full merge's."""
    from search.embedded import deals as deal_tables

    docs: dict[str, IndexedDocument] = {}

    def doc(name: str, offset: int, sentence: int) -> IndexedDocument:
        start, end = span(sentence, 0)
        tags = Tags(deals=[Deal(kind="mou", parties=PARTIES[0], start=start, end=end)])
        d = make_doc(name, text=TEXT, published=day(offset), tags=tags)
        docs[d.id] = d
        return d

    calls: list[tuple[int, MergePlan | None]] = []

    def spy(*args, **kwargs):
        plan = plan_merge(*args, **kwargs)
        calls.append((len(args[2]), plan))
        return plan

    with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(Path(tmp) / "data") as store:
        # one key, a report every 5 days for four years: 292 reports, records of 46 days
        store.put_documents([doc(f"old{i}", i * 5, 0) for i in range(292)])
        monkeypatch.setattr(deal_tables, "plan_merge", spy)
        backfill = [doc(f"new{i}", offset, 2) for i, offset in enumerate([102, 611, 1203])]
        store.put_documents(backfill)
        assert dumped(list(store.iter_deal_records(DealsQuery()))) == spec(docs)
    ((rows, plan),) = calls
    assert plan is not None
    assert rows < 3 * 30  # three stretches of about 137 days: about 27 reports each, not the 270 from day 102
    assert len(plan.write) == 3 and not plan.delete  # each new report joins a record; nothing else moves


def test_a_store_of_the_previous_deal_schema_is_rebuilt_with_the_columns_of_the_incremental_merge(
    tmp_path: Path,
) -> None:
    """A store written before DEALS_SCHEMA 4 has no day, order or record column on its reports: opening it
    rebuilds the deal tables, and later writes merge incrementally on them."""
    from search.embedded import deals as deal_tables

    docs: dict[str, IndexedDocument] = {}
    n = [0]
    sequence = random_sequence(3)
    with EmbeddedStore(tmp_path / "data") as store:
        store.put_documents(versions_of(sequence[0], docs, n))
        assert spec(docs)  # deals to lose
        c = store.docs.conn
        with c:  # the layout of DEALS_SCHEMA 3
            c.execute("DROP TABLE deal_reports")
            c.execute(
                "CREATE TABLE deal_reports (document_id TEXT NOT NULL, n INTEGER NOT NULL,"
                " merge_key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (document_id, n))"
            )
            c.execute("DELETE FROM deals")
        store.docs.set_meta(deal_tables.META_KEY, "3:" + deal_tables.fingerprint().split(":")[1])
    with EmbeddedStore(tmp_path / "data") as store:
        assert dumped(list(store.iter_deal_records(DealsQuery()))) == spec(docs)
        for batch in sequence[1:]:
            store.put_documents(versions_of(batch, docs, n))
            assert dumped(list(store.iter_deal_records(DealsQuery()))) == spec(docs)


def test_opensearch_reads_only_the_reports_in_the_window_of_a_change(search_engine_url: str) -> None:
    """One entry per report, with its day: a report of the last day makes OpenSearch read the entries of the
    45 days before it (the record begun 3 days earlier and the new report), not the key's 41 reports, and
    fetch the body of that one older report only. Counted by wrapping the store's own readers."""
    from search.elastic import open_store as open_elastic

    prefix = f"cnht-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    docs: dict[str, IndexedDocument] = {}
    with open_elastic(search_engine_url, index_prefix=prefix) as store:
        try:
            batch = []
            for i in range(40):  # one report every 50 days: 40 records of one key (the window is 45 days)
                mou = Deal(kind="mou", parties=PARTIES[0], start=span(0, 0)[0], end=span(0, 0)[1])
                d = make_doc(f"w{i}", text=TEXT, published=day(i * 50), tags=Tags(deals=[mou]))
                docs[d.id] = d
                batch.append(d)
            store.put_documents(batch)
            assert len(list(store.iter_deal_records(DealsQuery()))) == 40
            read: list[int] = []
            fetched: list[int] = []
            light, mget = store._light_rows, store.client.mget

            def counting_light(*args, **kwargs):  # type: ignore[no-untyped-def]
                rows = light(*args, **kwargs)
                read.append(len(rows))
                return rows

            def counting_mget(index, ids, *args, **kwargs):  # type: ignore[no-untyped-def]
                if index == store.deal_reports_index:
                    fetched.append(len(ids))
                return mget(index, ids, *args, **kwargs)

            store._light_rows, store.client.mget = counting_light, counting_mget  # type: ignore[method-assign]
            last = make_doc("late", text=TEXT, published=day(39 * 50 + 3), tags=Tags(deals=[
                Deal(kind="mou", parties=PARTIES[1], start=span(1, 0)[0], end=span(1, 0)[1])]))  # fmt: skip
            docs[last.id] = last
            store.put_documents([last])
            assert sum(read) == 2 and sum(fetched) == 1, (read, fetched)
            store._light_rows, store.client.mget = light, mget  # type: ignore[method-assign]
            assert dumped(list(store.iter_deal_records(DealsQuery()))) == spec(docs)
            read.clear()
            store.put_documents([last])  # the same reports again: nothing is merged
            assert read == []
        finally:
            store.drop()


def test_an_opensearch_store_of_the_previous_deal_schema_is_rebuilt_with_one_entry_per_report(
    search_engine_url: str,
) -> None:
    """A store written before DEALS_SCHEMA 4 kept one reports entry per document (merge keys and reports):
    opening it read-write rebuilds both deal indices, with one entry per report (its day and record), and
    later writes merge incrementally on them."""
    from search.deal_merge import rules_fingerprint
    from search.elastic import ElasticStore
    from search.elastic import open_store as open_elastic

    prefix = f"cnht-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    docs: dict[str, IndexedDocument] = {}
    n = [0]
    sequence = random_sequence(3)
    with open_elastic(search_engine_url, index_prefix=prefix) as store:
        try:
            store.put_documents(versions_of(sequence[0], docs, n))
            assert spec(docs)  # deals to lose
            client = store.client
            for alias in (store.deals_index, store.deal_reports_index):  # the layout of DEALS_SCHEMA 3
                client.delete_indices(client.indices(alias))
            keyword = {"type": "keyword"}
            old = {"cnht_deals": f"3:{rules_fingerprint()}"}
            client.create_index(store.deal_reports_index, {"mappings": {"dynamic": "strict", "_meta": old,
                "properties": {"id": keyword, "merge_keys": keyword,
                               "reports": {"type": "object", "enabled": False}}}}, None)  # fmt: skip
            client.create_index(
                store.deals_index, {"mappings": {"_meta": old, "properties": {"id": keyword}}}, None
            )
            with ElasticStore(client, index_prefix=prefix, owns_client=False) as reopened:
                assert dumped(list(reopened.iter_deal_records(DealsQuery()))) == spec(docs)
                reports = sum(len(reports_of(d)) for d in docs.values())
                entries = [
                    h["_source"] for h in reopened._scan(reopened.deal_reports_index, ["day", "deal_id"])
                ]
                assert len(entries) == reports and all("day" in e for e in entries)
                assert {e["deal_id"] for e in entries} >= set(spec(docs))
                for batch in sequence[1:]:
                    reopened.put_documents(versions_of(batch, docs, n))
                    assert dumped(list(reopened.iter_deal_records(DealsQuery()))) == spec(docs)
        finally:
            store.drop()
