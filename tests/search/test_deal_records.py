"""Persisted deal records (issue 15), on both backends: one deal however many papers report it, kept up to
date by every write, complete at any volume (pages, totals and the chart from the store's aggregations)."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.deals_corpus import FIRST_DAY, LAST_DAY, deal_documents, deal_records
from extract.models import DealEvent, Money, Party, Tags
from search.embedded import EmbeddedStore
from search.records import DealRecord, DealsQuery, IndexedDocument
from search.store import Store
from tests.search.conftest import _deal, make_doc

RUN_ID = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"


@pytest.fixture(params=["embedded", "elasticsearch"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "embedded":
        with EmbeddedStore(tmp_path / "data") as embedded:
            yield embedded
        return
    from search.elastic import open_store as open_elastic

    url = request.getfixturevalue("search_engine_url")
    with open_elastic(url, index_prefix=f"cnht-test-{RUN_ID}-{uuid.uuid4().hex[:8]}") as s:
        try:
            yield s
        finally:
            s.drop()


def party(text: str, name: str, type_: str = "firm", role: str | None = None) -> Party:
    start = text.index(name)
    return Party(name=name, type=type_, role=role, start=start, end=start + len(name))  # type: ignore[arg-type]


def report(
    slug: str,
    published: str,
    sentence: str,
    parties: list[tuple[str, str]],
    *,
    kind: str = "mou",
    amount: float | None = None,
    currency: str = "VND",
    money_text: str | None = None,
    province: str | None = None,
    status: str | None = "signed",
    source: str = "baohaiduong",
    extra: str = " Tin liên quan: hội chợ công nghiệp hỗ trợ.",
) -> IndexedDocument:
    """An article whose tags hold one deal event told in `sentence` (the first sentence of its text)."""
    text = sentence + extra
    money = []
    if money_text:
        at = text.index(money_text)
        money = [
            Money(mention=money_text, start=at, end=at + len(money_text), amount=amount, currency=currency)
        ]
    event = DealEvent(
        kind=kind,  # type: ignore[arg-type]
        parties=[party(text, name, type_) for name, type_ in parties],
        amount=amount,
        currency=currency if amount is not None else None,
        province=province,
        status=status,  # type: ignore[arg-type]
        start=0,
        end=len(sentence),
    )
    return make_doc(
        slug,
        title=sentence[:40],
        text=text,
        source=source,
        provinces=[province] if province else [],
        published=published,
        tags=Tags(events=[event], money=money),
    )


MOU = "Công ty Hanwha Aero ký biên bản ghi nhớ với Công ty Cơ khí Đông Anh, tổng vốn 500 tỷ đồng."
MOU_B = "Cơ khí Đông Anh và HANWHA AERO đã ký kết hợp tác, giá trị 600 tỷ đồng."
PARTIES = [("Hanwha Aero", "firm"), ("Cơ khí Đông Anh", "firm")]
PARTIES_B = [("HANWHA AERO", "firm"), ("Cơ khí Đông Anh", "firm")]


def five_papers() -> list[IndexedDocument]:
    """One MoU told by five papers over a week, one of them with another amount."""
    docs = [
        report(f"mou-{i}", f"2025-04-0{i + 2}T08:00:00+07:00", MOU, PARTIES, amount=500e9,
               money_text="500 tỷ đồng", province="Thành phố Hà Nội", source=f"bao{i}")
        for i in range(4)
    ]  # fmt: skip
    docs.append(
        report("mou-other-words", "2025-04-01T09:00:00+07:00", MOU_B, PARTIES_B, kind="cooperation",
               amount=600e9, money_text="600 tỷ đồng", source="baokhac")
    )  # fmt: skip
    return docs


def test_one_deal_told_by_five_papers_is_one_record_with_every_report(store: Store) -> None:
    docs = five_papers()
    store.put_documents(docs)
    page = store.deal_records(DealsQuery())
    assert page.total == 1
    [deal] = page.deals
    assert sorted(r.document_id for r in deal.reports) == sorted(d.id for d in docs)
    assert deal.date == "2025-04-01" and deal.reports[0].document_id == docs[-1].id  # earliest first
    assert deal.kinds == ["cooperation", "mou"] and deal.status == "signed"
    assert deal.province == "Thành phố Hà Nội"  # the report that names one; the others name none
    assert [(a.value, a.currency) for a in deal.amounts] == [(600e9, "VND"), (500e9, "VND")]
    assert deal.amount is None  # two amounts: both shown, none claimed, never averaged
    assert {p.name for p in deal.parties} == {"HANWHA AERO", "Cơ khí Đông Anh"}
    # the evidence keeps each sentence and where the deal's words are in it
    first = deal.reports[0]
    assert first.sentence == MOU_B
    assert [first.sentence[s:e] for s, e in first.marks] == ["Cơ khí Đông Anh", "HANWHA AERO", "600 tỷ đồng"]
    assert store.deal(deal.id) == deal


def test_rewriting_the_same_documents_never_duplicates_a_deal_and_keeps_its_id(store: Store) -> None:
    docs = five_papers()
    store.put_documents(docs)
    [before] = store.deal_records(DealsQuery()).deals
    store.put_documents(docs)  # ingest again: unchanged
    edited = [d.model_copy(update={"content_hash": d.content_hash[::-1]}) for d in docs]
    store.put_documents(edited)  # reextract: every document changed, same events
    store.reindex()
    after = store.deal_records(DealsQuery())
    assert after.total == 1 and after.deals[0].id == before.id
    assert len(after.deals[0].reports) == len(docs)


def test_a_deal_goes_when_its_only_report_goes_and_stays_while_another_reports_it(store: Store) -> None:
    docs = five_papers()
    lone = report("lone", "2025-06-01T08:00:00+07:00", "Công ty Gamma ký hợp đồng với Công ty Delta.",
                  [("Gamma", "firm"), ("Delta", "firm")], kind="supply_contract")  # fmt: skip
    store.put_documents([*docs, lone])
    assert store.deal_records(DealsQuery()).total == 2
    lone_id = store.deal_records(DealsQuery(firm="gamma")).deals[0].id
    # re-extracted without the event (the tagger no longer sees a deal there)
    store.put_documents([make_doc("lone", title="Gamma", text="Công ty Gamma tuyển dụng.", body="v2")])
    assert store.deal(lone_id) is None and store.deal_records(DealsQuery(firm="gamma")).total == 0
    # one of the five papers changes its story: the deal keeps the other four
    store.put_documents([make_doc("mou-0", title="Khác", text="Bài đã sửa, không còn thương vụ.", body="v2")])
    [deal] = store.deal_records(DealsQuery()).deals
    assert len(deal.reports) == 4 and docs[0].id not in {r.document_id for r in deal.reports}
    assert store.deal_records(DealsQuery()).total == 1


def test_filters_on_deal_records(store: Store) -> None:
    licence_text = "UBND tỉnh Bắc Ninh trao giấy chứng nhận đầu tư cho Công ty Foxconn, vốn 1,5 tỷ USD."
    docs = [
        *five_papers(),
        report("licence", "2025-05-10T08:00:00+07:00", licence_text,
               [("UBND tỉnh Bắc Ninh", "government"), ("Foxconn", "firm")], kind="investment_licence",
               amount=1.5e9, currency="USD", money_text="1,5 tỷ USD", province="Tỉnh Bắc Ninh",
               status="licensed"),
        report("announce", "2025-05-20T08:00:00+07:00", "Foxconn công bố đầu tư 1,5 tỷ USD.",
               [("Foxconn", "firm")], kind="investment_announcement", amount=1.5e9, currency="USD",
               money_text="1,5 tỷ USD", status="announced"),
    ]  # fmt: skip
    store.put_documents(docs)

    def firms(**kw: object) -> list[str]:
        return sorted(
            "+".join(sorted(p.name for p in d.parties if p.type == "firm"))
            for d in store.deal_records(DealsQuery(**kw)).deals  # type: ignore[arg-type]
        )

    # the licence and the announcement of one project merge, its grantor is kept as a typed party
    [foxconn] = store.deal_records(DealsQuery(firm="foxconn")).deals
    assert len(foxconn.reports) == 2 and foxconn.status == "licensed"
    assert {(p.name, p.type) for p in foxconn.parties} == {
        ("UBND tỉnh Bắc Ninh", "government"),
        ("Foxconn", "firm"),
    }
    assert firms(kind="investment") == ["Foxconn"] == firms(kind="investment_licence")
    assert firms(kind="mou") == ["Cơ khí Đông Anh+HANWHA AERO"] == firms(firm="co khi", counterparty="hanwha")
    assert firms(firm="hanwha", counterparty="hanwha") == []
    assert firms(firm="dong anh") == ["Cơ khí Đông Anh+HANWHA AERO"] and firms(firm="anh co") == []
    assert firms(province="bac ninh") == ["Foxconn"] and firms(province="hai duong") == []
    # its announced amount: 600 tỷ; Foxconn's 1,5 tỷ USD of 2025 at that year's (one day's) rate: ≈ 37.700 tỷ
    assert firms(min_amount=550e9) == ["Cơ khí Đông Anh+HANWHA AERO", "Foxconn"]
    assert firms(min_amount=1e9, currency="USD") == ["Foxconn"]
    assert firms(since=dt.date(2025, 5, 1)) == ["Foxconn"] and firms(until=dt.date(2025, 4, 30)) == [
        "Cơ khí Đông Anh+HANWHA AERO"
    ]


def test_a_deal_naming_no_province_is_under_no_province_and_in_the_unknown_bucket(store: Store) -> None:
    text = "Công ty E ký hợp đồng cung ứng với Công ty F trị giá 20 tỷ đồng."
    doc = report("no-province", "2025-02-01T08:00:00+07:00", text, [("E", "firm"), ("F", "firm")],
                 kind="supply_contract", amount=20e9, money_text="20 tỷ đồng")  # fmt: skip
    doc = doc.model_copy(update={"provinces": ["Tỉnh Bắc Ninh", "Hải Dương"]})  # the article names two
    store.put_documents([doc])
    for province in ("bac ninh", "hai duong", "hai phong"):
        assert store.deal_records(DealsQuery(province=province)).total == 0, province
    [bucket] = store.deal_summary(DealsQuery()).buckets[:1]
    assert (bucket.currency, bucket.month, bucket.province, bucket.amount) == ("VND", "2025-02", None, 20e9)


def test_documents_tagged_before_events_still_give_deal_records(store: Store) -> None:
    text = "Ngày 11/12/2024, Công ty TNHH Alpha Việt ký hợp đồng với Công ty CP Beta."
    doc = make_doc("old-tags", title="Cũ", text=text, published="2024-12-12T08:00:00+07:00",
                   tags=Tags(deals=[_deal(text, text, kind="supply_contract", parties=["Alpha Việt", "Beta"],
                                          date="2024-12-11")]))  # fmt: skip
    store.put_documents([doc])
    [deal] = store.deal_records(DealsQuery(firm="alpha viet", counterparty="beta")).deals
    assert deal.date == "2024-12-11" and [r.document_id for r in deal.reports] == [doc.id]


N_DEALS = 1_200  # over the 1,000 rows the deals page used to stop at; the benchmark runs 50,000


def test_pages_totals_and_chart_cover_every_deal_of_a_large_corpus(store: Store) -> None:
    """Issue 15: on 5,453 deals the chart stopped at 1,000 rows and covered 2024-08..2025-12 of a
    2019-2025 range. Pages, totals and the chart now come from the store over every matching deal."""
    docs = list(deal_documents(N_DEALS))
    for start in range(0, len(docs), 500):
        store.put_documents(docs[start : start + 500])
    first = store.deal_records(DealsQuery(limit=50))
    assert first.total == N_DEALS and len(first.deals) == 50
    last = store.deal_records(DealsQuery(limit=50, offset=N_DEALS - 30))
    assert len(last.deals) == 30 and last.deals[-1].date == FIRST_DAY.isoformat()
    every = list(store.iter_deal_records(DealsQuery()))
    assert len(every) == N_DEALS == len({d.id for d in every})
    assert [d.id for d in every[:50]] == [d.id for d in first.deals]
    assert [d.date for d in every] == sorted((d.date for d in every), reverse=True)

    summary = store.deal_summary(DealsQuery())
    assert summary.total == N_DEALS
    assert (summary.first_day, summary.last_day) == (FIRST_DAY.isoformat(), LAST_DAY.isoformat())
    months = {b.month for b in summary.buckets if b.currency == "VND"} | {
        b.month for b in summary.buckets if b.currency == "USD"
    }
    assert min(months) == FIRST_DAY.isoformat()[:7] and max(months) == LAST_DAY.isoformat()[:7]
    for currency in ("VND", "USD"):  # the chart's buckets add up to the totals of every deal
        got = sum(b.amount for b in summary.buckets if b.currency == currency)
        assert got == pytest.approx(summary.totals[currency])
        want = sum(
            float(d.amounts[0].value) for d in every if d.amounts and d.amounts[0].currency == currency
        )
        assert got == pytest.approx(want)
    assert any(b.province is None for b in summary.buckets)  # deals naming no province: the unknown bucket
    filtered = store.deal_summary(DealsQuery(province="bac ninh"))
    assert 0 < filtered.total < N_DEALS and all(b.province == "Tỉnh Bắc Ninh" for b in filtered.buckets)


def test_deal_records_are_rebuilt_when_the_merge_rules_change(tmp_path: Path) -> None:
    """Records persisted under other rules (or an older schema) are merged again when the store opens."""
    from search.embedded import deals as deal_tables

    with EmbeddedStore(tmp_path / "data") as store:
        store.put_documents(five_papers())
        [deal] = store.deal_records(DealsQuery()).deals
        store.docs.conn.execute("DELETE FROM deals")  # as if the rules had filed them otherwise
        store.docs.set_meta(deal_tables.META_KEY, "0:older-rules")
        assert store.deal_records(DealsQuery()).total == 0
    with EmbeddedStore(tmp_path / "data") as store:
        assert [d.id for d in store.deal_records(DealsQuery()).deals] == [deal.id]


def test_the_summary_follows_every_write(store: Store) -> None:
    docs = five_papers()
    store.put_documents(docs[:1])
    assert store.deal_summary(DealsQuery()).totals == {"VND": 500e9}
    store.put_documents(docs[1:])  # an earlier report with another amount: it is now the announced one
    assert store.deal_summary(DealsQuery()).totals == {"VND": 600e9}
    store.put_documents([make_doc("mou-other-words", title="Khác", text="Không còn thương vụ.", body="v2")])
    assert store.deal_summary(DealsQuery()).totals == {"VND": 500e9}


def test_generated_deal_records_are_what_the_merge_makes_of_the_generated_documents() -> None:
    """The volume test writes `deal_records` directly: they must be the records the stores would build."""
    from search.deal_merge import merge_reports, reports_of

    merged = merge_reports([r for d in deal_documents(400) for r in reports_of(d)])
    generated = list(deal_records(400))
    assert len(generated) == 400 and any(len(d.reports) == 3 and len(d.amounts) == 2 for d in generated)
    by_id = {d.id: d.model_dump(mode="json") for d in merged}
    assert {d.id: d.model_dump(mode="json") for d in generated} == by_id


CORPUS_DEALS = 50_000  # the "Done when": a 50,000-deal corpus whose chart covers its whole range


@pytest.fixture(scope="module")
def corpus() -> list[DealRecord]:
    return list(deal_records(CORPUS_DEALS))


def months(first: dt.date, last: dt.date) -> list[str]:
    """Every month from `first`'s to `last`'s, as "YYYY-MM"."""
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def test_a_50000_deal_corpus_has_a_chart_over_its_whole_date_range(store: Store, corpus: list) -> None:
    """Issue 15 "Done when": the chart and totals of 50,000 deals are the store's aggregations over every
    deal: the months run from the first deal's to the last one's, and the buckets add up to the total."""
    started, cpu = time.monotonic(), time.process_time()
    assert store.put_deal_records(corpus) == CORPUS_DEALS
    written = time.monotonic() - started
    summary = store.deal_summary(DealsQuery())
    assert summary.total == CORPUS_DEALS
    assert (summary.first_day, summary.last_day) == (FIRST_DAY.isoformat(), LAST_DAY.isoformat())
    charted = [b for b in summary.buckets if b.currency != "VND≈"]
    assert sorted({b.month for b in charted}) == months(FIRST_DAY, LAST_DAY)  # 84 months, none missing
    without_amount = sum(1 for d in corpus if not d.amounts)
    assert 0 < without_amount < CORPUS_DEALS
    assert sum(b.deals for b in charted) == summary.with_amount == CORPUS_DEALS - without_amount
    for currency in ("VND", "USD"):
        firsts = [d.amounts[0] for d in corpus if d.amounts]
        want = sum(float(a.value) for a in firsts if a.currency == currency)
        got = sum(b.amount for b in charted if b.currency == currency)
        assert got == pytest.approx(want, rel=1e-9) == pytest.approx(summary.totals[currency], rel=1e-9)
    assert {b.province for b in charted} >= {None, "Tỉnh Bắc Ninh"}  # the unknown province is a bucket
    last = store.deal_records(DealsQuery(limit=50, offset=CORPUS_DEALS - 50))
    assert last.total == CORPUS_DEALS and len(last.deals) == 50
    assert last.deals[-1].date == FIRST_DAY.isoformat()
    print(
        f"\n{type(store).__name__}: {CORPUS_DEALS} deals written in {written:.1f} s, summary and pages in "
        f"{time.monotonic() - started - written:.1f} s (test CPU {time.process_time() - cpu:.1f} s, "
        f"load {os.getloadavg()[0]:.1f})"
    )


def test_readers_see_the_whole_deal_index_while_it_is_rebuilt(store: Store, tmp_path: Path) -> None:
    """`rebuild_deals` (a reindex, new merge rules) builds the new records beside the ones readers use
    and swaps them in at once: a reader in another connection sees every deal at every moment, never an
    empty or half-built index (OpenSearch used to delete the indices and fill them again)."""
    docs = list(deal_documents(300))
    for start in range(0, len(docs), 250):
        store.put_documents(docs[start : start + 250])
    whole = store.deal_summary(DealsQuery())
    assert whole.total == 300
    reader = open_reader(store)
    seen: list[tuple[int, int]] = []
    failed: list[BaseException] = []

    def rebuild() -> None:
        try:
            store.rebuild_deals()
        except BaseException as exc:
            failed.append(exc)

    worker = threading.Thread(target=rebuild)
    worker.start()
    try:
        while worker.is_alive() or not seen:
            page = reader.deal_records(DealsQuery(limit=5))
            seen.append((page.total, reader.deal_summary(DealsQuery()).total))
    finally:
        worker.join()
        reader.close()
    assert not failed, failed
    assert set(seen) == {(300, 300)}, sorted(set(seen))
    assert store.deal_summary(DealsQuery()) == whole
    if not isinstance(store, EmbeddedStore):  # the engine's rebuild takes seconds: reads did overlap it
        assert len(seen) > 3, seen


def open_reader(store: Store) -> Store:
    """Another connection to the same store, read-only (another process's view)."""
    if isinstance(store, EmbeddedStore):
        return EmbeddedStore(store.data_dir, read_only=True)
    from search.elastic import ElasticStore

    assert isinstance(store, ElasticStore)
    return ElasticStore(store.client, index_prefix=store.names.prefix, read_only=True, owns_client=False)


def test_opensearch_deal_indices_of_an_older_store_become_aliases_on_rebuild(search_engine_url: str) -> None:
    """A store made before the swap had plain indices named like the aliases: the first rebuild replaces
    them in the same `_aliases` request that adds the aliases, and keeps every deal."""
    from search.elastic import deals as deal_index
    from search.elastic import open_store as open_elastic

    with open_elastic(search_engine_url, index_prefix=f"cnht-test-{RUN_ID}-{uuid.uuid4().hex[:8]}") as s:
        try:
            s.put_documents(five_papers())
            for alias in (s.deals_index, s.deal_reports_index):  # back to an older store's layout
                s.client.delete_indices(s.client.indices(alias))
            s.client.create_index(s.deals_index, deal_index.deals_body(), None)
            s.client.create_index(s.deal_reports_index, deal_index.reports_body(), None)
            assert s.deal_records(DealsQuery()).total == 0
            assert s.rebuild_deals() == 1
            for alias in (s.deals_index, s.deal_reports_index):
                (behind,) = s.client.indices(alias)
                assert behind != alias and list(s.client.get_alias(alias)) == [behind]
            assert s.deal_records(DealsQuery()).total == 1
            s.rebuild_deals()  # and again: one index behind each alias, the previous one deleted
            assert len(s.client.indices(f"{s.deals_index}-*")) == 1
            assert s.deal_records(DealsQuery()).total == 1
        finally:
            s.drop()


def test_opensearch_documents_no_longer_carry_the_nested_deals_field(search_engine_url: str) -> None:
    """Deals are read from the deal indices only (pages, API, exports, firm pages; alerts search documents
    by their text and fields, none of them `deals`): the documents index neither maps nor stores the old
    nested `deals` objects, and the deals of the documents are still found as records."""
    from search.elastic import open_store as open_elastic

    with open_elastic(search_engine_url, index_prefix=f"cnht-test-{RUN_ID}-{uuid.uuid4().hex[:8]}") as s:
        try:
            papers = five_papers()
            s.put_documents(papers)
            (index,) = s.client.indices(s.names.docs)
            properties = s.client.get_mapping(index)[index]["mappings"]["properties"]
            assert "deals" not in properties and "money" in properties
            sources = [h["_source"] for h in s._scan(s.names.docs, ["*"])]
            assert len(sources) == len(papers) and all("deals" not in src for src in sources)
            assert s.deal_records(DealsQuery(firm="hanwha")).total == 1
        finally:
            s.drop()


def test_a_writer_during_an_opensearch_rebuild_loses_no_deal(search_engine_url: str) -> None:
    """`rebuild_deals` builds new deal indices beside the live ones and swaps the aliases; a writer in
    another connection keeps putting documents meanwhile (its deals go to the live, old indices). After the
    swap every deal it wrote is in the new indices (the rebuild files again what the documents' change feed
    shows), and the records are exactly those of a merge from scratch of every document."""
    from search.deal_merge import merge_reports, reports_of
    from search.elastic import ElasticStore
    from search.elastic import open_store as open_elastic

    every = list(deal_documents(400))
    want = {r.id for r in merge_reports([r for d in every for r in reports_of(d)])}
    base, late = every[: len(every) * 3 // 4], every[len(every) * 3 // 4 :]
    with open_elastic(search_engine_url, index_prefix=f"cnht-test-{RUN_ID}-{uuid.uuid4().hex[:8]}") as s:
        try:
            for start in range(0, len(base), 250):
                s.put_documents(base[start : start + 250])
            failed: list[BaseException] = []
            overlapped = 0

            def rebuild() -> None:
                try:
                    s.rebuild_deals()
                except BaseException as exc:
                    failed.append(exc)

            writer = ElasticStore(s.client, index_prefix=s.names.prefix, owns_client=False)
            worker = threading.Thread(target=rebuild)
            worker.start()
            try:
                for start in range(0, len(late), 10):
                    writer.put_documents(late[start : start + 10])
                    overlapped += worker.is_alive()  # this write ended while the rebuild was running
            finally:
                worker.join()
                writer.close()
            assert not failed, failed
            assert overlapped >= 2, overlapped  # writes really happened during the rebuild
            got = {d.id for d in s.iter_deal_records(DealsQuery())}
            assert got == want, (len(got - want), len(want - got))
            s.rebuild_deals()  # and a rebuild with no writer gives the very same records
            assert {d.id for d in s.iter_deal_records(DealsQuery())} == want
        finally:
            s.drop()


def test_a_rebuild_swaps_the_deal_indices_only_between_two_deal_updates(search_engine_url: str) -> None:
    """The race the test above met now and then, forced step by step. A rebuild has built new deal indices;
    the writer files one report of a deal (in the old indices, readers' still), then a second report of the
    same deal, and while it reads the first one's entry the rebuild comes to swap the aliases. Before the
    deal lease (search/elastic/lease.py) the swap went ahead in the middle of that update, and a merge that
    read across it could leave a record no merge from scratch makes, or fail on an entry gone (1 run in 7,
    then 1 in ~10 after `DealsRaced`). Now the swap waits for the writer's update to end, files the writer's
    documents from the change feed after it, and the records are exactly those of a merge from scratch."""
    from search.deal_merge import merge_key, merge_reports, reports_of
    from search.elastic import ElasticStore
    from search.elastic import open_store as open_elastic

    every = list(deal_documents(160))
    base, late = every[:120], every[120:]
    first, second = next(
        (a, b)
        for a, b in itertools.pairwise(late)
        if {merge_key(r) for r in reports_of(a)} & {merge_key(r) for r in reports_of(b)}
    )
    want = {r.id for r in merge_reports([r for d in [*base, first, second] for r in reports_of(d)])}
    built, reading, swapped = (threading.Event() for _ in range(3))
    swapped_mid_update: list[bool] = []

    def step(event: threading.Event) -> None:
        assert event.wait(120), "the other side never came"

    class Rebuilder(ElasticStore):
        def _build_deals(self, reports: str, deals: str) -> None:
            super()._build_deals(reports, deals)  # from the documents there before the writer's
            built.set()
            step(reading)  # come to swap once the writer is reading its entries

        def _swap_deal_aliases(self, new: dict[str, str]) -> list[str]:
            swapped.set()
            return super()._swap_deal_aliases(new)

    class Reading:
        """The writer's connection: its first read of entry bodies gives the rebuild a second to swap."""

        def __init__(self, client: object) -> None:
            self.client, self.armed = client, False

        def __getattr__(self, name: str) -> object:
            return getattr(self.client, name)

        def mget(self, index: str, ids: list[str], source: list[str]) -> dict:
            if self.armed and index.endswith("deal-reports"):
                self.armed = False
                reading.set()
                swapped_mid_update.append(swapped.wait(1.0))  # the rebuild waits for the lease instead
            return self.client.mget(index, ids, source)

    with open_elastic(search_engine_url, index_prefix=f"cnht-test-{RUN_ID}-{uuid.uuid4().hex[:8]}") as s:
        try:
            s.put_documents(base)
            rebuilder = Rebuilder(s.client, index_prefix=s.names.prefix, owns_client=False)
            connection = Reading(s.client)
            writer = ElasticStore(connection, index_prefix=s.names.prefix, owns_client=False)
            failed: list[BaseException] = []

            def rebuild() -> None:
                try:
                    rebuilder.rebuild_deals()
                except BaseException as exc:
                    failed.append(exc)

            worker = threading.Thread(target=rebuild)
            worker.start()
            try:
                step(built)
                writer.put_documents([first])  # all in the old indices
                connection.armed = True
                writer.put_documents([second])  # the rebuild comes to swap in the middle of its update
            finally:
                reading.set()
                worker.join()
                writer.close()
                rebuilder.close()
            assert swapped_mid_update == [False]  # the writer did read while the rebuild waited to swap
            assert swapped.is_set()
            assert not failed, failed
            assert {d.id for d in s.iter_deal_records(DealsQuery())} == want
        finally:
            s.drop()


def test_opensearch_deep_pages_read_from_the_far_end_are_the_same_pages(search_engine_url: str) -> None:
    """A page past half of the matching deals is read from the other end (reversed sort, small `from`):
    every page, filtered or not, holds the same deals in the same order as the whole list read forwards,
    up to a short last page and an empty one past the end."""
    from search.elastic import deals as deal_index
    from search.elastic import open_store as open_elastic

    n = deal_index.REVERSE_AFTER * 2 + 500
    with open_elastic(search_engine_url, index_prefix=f"cnht-test-{RUN_ID}-{uuid.uuid4().hex[:8]}") as s:
        try:
            s.put_deal_records(deal_records(n))
            for q in (DealsQuery(), DealsQuery(since=dt.date(2020, 1, 1))):
                every = [d.id for d in s.iter_deal_records(q)]
                total = len(every)
                assert deal_index.REVERSE_AFTER * 2 < total <= n and (q.since or total == n)
                for offset in (
                    0,
                    deal_index.REVERSE_AFTER,
                    total // 2 - 7,
                    total // 2 + 3,
                    total - 50,
                    total - 20,
                ):
                    page = s.deal_records(q.model_copy(update={"offset": offset, "limit": 50}))
                    assert page.total == total
                    assert [d.id for d in page.deals] == every[offset : offset + 50], offset
                assert s.deal_records(q.model_copy(update={"offset": total, "limit": 50})).deals == []
        finally:
            s.drop()


def test_opensearch_chart_buckets_read_in_several_pages_are_the_same(
    search_engine_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chart's buckets come in composite pages, and a page shorter than the page size is the last:
    read 7 at a time (many pages, the last one short or full), the summary is the one read in one page."""
    from search.elastic import deals as deal_index
    from search.elastic import open_store as open_elastic

    with open_elastic(search_engine_url, index_prefix=f"cnht-test-{RUN_ID}-{uuid.uuid4().hex[:8]}") as s:
        try:
            s.put_deal_records(deal_records(600))
            for q in (DealsQuery(), DealsQuery(kind="mou"), DealsQuery(min_amount=1e11)):
                whole = s.deal_summary(q)
                assert len(whole.buckets) > 3 * 7
                for page in (7, len([b for b in whole.buckets if b.currency != "VND≈"])):
                    monkeypatch.setattr(deal_index, "BUCKETS_PAGE", page)
                    assert s.deal_summary(q) == whole, page
                monkeypatch.undo()
        finally:
            s.drop()
