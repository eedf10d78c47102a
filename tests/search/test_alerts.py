"""Saved searches alert exactly once per (search, document, channel)."""

from __future__ import annotations

import html
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from search.alerts import (
    Alert,
    AlertState,
    AtomFeedChannel,
    SavedSearch,
    StdoutChannel,
    deliver_new,
    delivery_id,
    resend_pending,
)
from search.alerts.engine import make_alert, matches
from search.alerts.state import ALERTS_FILE, MIGRATIONS
from search.records import SearchQuery
from search.sqlite_util import connect, migrate
from tests.search.conftest import make_doc

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def state(data_dir: Path) -> Iterator[AlertState]:
    with AlertState(data_dir) as st:
        st.add_search(
            SavedSearch(id="cnht", name="Công nghiệp hỗ trợ", query=SearchQuery(text='"cong nghiep ho tro"'))
        )
        st.add_search(SavedSearch(id="hd", name="Hải Dương", query=SearchQuery(province="hai duong")))
        yield st


@pytest.fixture
def out() -> io.StringIO:
    return io.StringIO()


@pytest.fixture
def channels(data_dir: Path, out: io.StringIO) -> dict:
    return {"atom": AtomFeedChannel(data_dir), "stdout": StdoutChannel(out)}


def feed_entries(data_dir: Path, search_id: str) -> list[ET.Element]:
    root = ET.parse(data_dir / "alerts" / f"{search_id}.atom").getroot()
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}id") and root.findtext(f"{ATOM}title") and root.findtext(f"{ATOM}updated")
    return root.findall(f"{ATOM}entry")


def test_saved_search_crud(data_dir: Path) -> None:
    with AlertState(data_dir) as st:
        s = SavedSearch(id="thep", name="Thép", query=SearchQuery(text="thép", kind="article"))
        st.add_search(s)
        assert st.get_search("thep") == s
        assert [x.id for x in st.list_searches()] == ["thep"]
        assert s.channels == ["atom", "stdout"]
        assert st.remove_search("thep") is True
        assert st.remove_search("thep") is False
        assert st.get_search("thep") is None
    with pytest.raises(ValueError):
        SavedSearch(id="../etc", name="x", query=SearchQuery())


def test_deliver_new_then_nothing_twice(store, state, channels, corpus, data_dir, out) -> None:
    new_ids = [d.id for d in corpus.values()]
    first = deliver_new(store, state, new_ids, channels)
    got = sorted((a.search_id, a.document_id) for a in first)
    assert got == sorted(
        [("cnht", corpus["qd"].id), ("cnht", corpus["early_morning"].id), ("hd", corpus["qd"].id)]
    )
    assert all(a.delivery_id == delivery_id(a.search_id, a.document_id) for a in first)
    assert len(out.getvalue().splitlines()) == 3

    assert deliver_new(store, state, new_ids, channels) == []
    assert len(out.getvalue().splitlines()) == 3

    entries = feed_entries(data_dir, "cnht")
    assert len(entries) == 2
    assert {e.findtext(f"{ATOM}id") for e in entries} == {
        f"urn:cnht:alert:{delivery_id('cnht', corpus['qd'].id)}",
        f"urn:cnht:alert:{delivery_id('cnht', corpus['early_morning'].id)}",
    }
    assert len(feed_entries(data_dir, "hd")) == 1
    assert state.pending() == []


def test_alert_content(store, state, channels, corpus, data_dir, out) -> None:
    (alert,) = deliver_new(store, state, [corpus["early_morning"].id], channels)
    assert alert.search_name == "Công nghiệp hỗ trợ"
    assert alert.url == corpus["early_morning"].document.url
    assert alert.title == corpus["early_morning"].document.title
    assert any("<b>công</b> <b>nghiệp</b> <b>hỗ</b> <b>trợ</b>" in m for m in alert.matched)
    line = out.getvalue().strip()
    assert line.startswith("[alert Công nghiệp hỗ trợ] 2024-05-01 Hội chợ") and line.endswith(alert.url)
    (entry,) = feed_entries(data_dir, "cnht")
    link = entry.find(f"{ATOM}link")
    assert link.get("href") == alert.url
    assert entry.findtext(f"{ATOM}published") == "2024-05-01T06:00:00+07:00"
    assert entry.find(f"{ATOM}summary").get("type") == "html"
    assert "<b>công</b>" in entry.findtext(f"{ATOM}summary")


def test_only_new_ids_are_considered(store, state, channels, corpus) -> None:
    assert deliver_new(store, state, [corpus["bac_ninh"].id, corpus["copper"].id], channels) == []
    assert deliver_new(store, state, [], channels) == []


def test_new_document_later_alerts_once(store, state, channels, data_dir) -> None:
    deliver_new(store, state, [d.id for d in store.iter_documents()], channels)
    fresh = make_doc(
        "moi",
        title="Hải Dương khởi công khu công nghiệp hỗ trợ",
        text="Dự án công nghiệp hỗ trợ mới.",
        provinces=["Hải Dương"],
        published="2024-06-01T08:00:00+07:00",
    )
    result = store.put_documents([fresh])
    delivered = deliver_new(store, state, result.new, channels)
    assert sorted(a.search_id for a in delivered) == ["cnht", "hd"]
    entries = feed_entries(data_dir, "cnht")
    assert len(entries) == 3
    # newest first
    assert entries[0].findtext(f"{ATOM}id") == f"urn:cnht:alert:{delivery_id('cnht', fresh.id)}"
    # re-putting the same document yields no new ids, hence no alert
    assert store.put_documents([fresh]).new == []


def test_recorded_but_unsent_is_resent_exactly_once(store, state, channels, corpus, data_dir, out) -> None:
    search = state.get_search("hd")
    (hit,) = matches(store, search, [corpus["qd"].id])
    alert = make_alert(search, hit)
    assert state.record(alert, search.channels) == ["atom", "stdout"]  # crash here: nothing sent
    assert len(state.pending()) == 2

    resent = resend_pending(state, channels)
    assert [a.delivery_id for a in resent] == [alert.delivery_id]
    assert len(out.getvalue().splitlines()) == 1
    assert len(feed_entries(data_dir, "hd")) == 1
    assert state.status("hd", corpus["qd"].id, "atom") == "sent"

    assert resend_pending(state, channels) == []
    later = deliver_new(store, state, [corpus["qd"].id], channels)
    assert [a.search_id for a in later] == ["cnht"]  # "hd" was already delivered by resend_pending
    assert len(feed_entries(data_dir, "hd")) == 1
    assert out.getvalue().count("[alert Hải Dương]") == 1


def test_failing_channel_stays_pending(store, state, corpus, data_dir, out) -> None:
    class Broken:
        def send(self, alert: Alert) -> None:
            raise ConnectionError("smtp down")

    flaky = {"atom": AtomFeedChannel(data_dir), "stdout": Broken()}
    delivered = deliver_new(store, state, [corpus["qd"].id], flaky)
    assert sorted(a.search_id for a in delivered) == ["cnht", "hd"]  # atom went out
    assert sorted((a.search_id, ch) for a, ch in state.pending()) == [("cnht", "stdout"), ("hd", "stdout")]

    fixed = {"atom": AtomFeedChannel(data_dir), "stdout": StdoutChannel(out)}
    assert len(resend_pending(state, fixed)) == 2
    assert len(out.getvalue().splitlines()) == 2
    assert state.pending() == []
    assert len(feed_entries(data_dir, "hd")) == 1


def test_atom_channel_is_idempotent_and_valid(data_dir: Path) -> None:
    channel = AtomFeedChannel(data_dir)
    a = Alert(
        search_id="s",
        search_name="Tìm <đồng> & thép",
        document_id="d1",
        url="https://example.vn/a?x=1&y=2",
        title="Giá <đồng> & thép",
        published="2024-05-01",
        matched=["Giá <b>đồng</b> &amp; thép"],
        delivery_id=delivery_id("s", "d1"),
    )
    channel.send(a)
    channel.send(a)
    entries = feed_entries(data_dir, "s")
    assert len(entries) == 1
    assert entries[0].findtext(f"{ATOM}title") == "Giá <đồng> & thép"
    assert entries[0].find(f"{ATOM}published") is None  # a bare date is not an Atom date-time
    assert not list((data_dir / "alerts").glob("*.tmp"))


def test_search_restricted_to_its_own_ids(store, state, channels, corpus) -> None:
    state.add_search(
        SavedSearch(
            id="only", name="Chỉ một", query=SearchQuery(ids=[corpus["copper"].id]), channels=["stdout"]
        )
    )
    delivered = deliver_new(store, state, [corpus["copper"].id, corpus["bac_ninh"].id], channels)
    assert [(a.search_id, a.document_id) for a in delivered] == [("only", corpus["copper"].id)]


def test_stdout_is_at_least_once_across_a_crash_between_print_and_mark(
    store, state, channels, corpus, out
) -> None:
    """The documented window: a line printed just before a crash is printed again once, never more;
    the Atom feed, keyed by delivery id, still holds the alert once."""
    search = state.get_search("hd")
    (hit,) = matches(store, search, [corpus["qd"].id])
    alert = make_alert(search, hit)
    state.record(alert, search.channels)
    channels["stdout"].send(alert)  # printed, then the process dies before mark_sent
    channels["atom"].send(alert)
    assert len(resend_pending(state, channels)) == 1
    assert resend_pending(state, channels) == []
    assert out.getvalue().count("[alert Hải Dương]") == 2
    assert len(feed_entries(Path(channels["atom"].dir).parent, "hd")) == 1


# -- batched delivery (issue 16): one ledger transaction per batch, each feed written once ----------------


def _many_searches(state: AlertState, n: int) -> None:
    for i in range(n):
        state.add_search(SavedSearch(id=f"s{i}", name=f"S {i}", query=SearchQuery(text="cong nghiep")))


def test_deliver_new_commits_a_few_times_whatever_the_number_of_alerts(
    store, state, channels, corpus
) -> None:
    _many_searches(state, 30)
    commits: list[str] = []
    state.conn.set_trace_callback(lambda sql: commits.append(sql) if sql.strip() == "COMMIT" else None)
    sent = deliver_new(store, state, [d.id for d in corpus.values()], channels)
    state.conn.set_trace_callback(None)
    assert len(sent) == 30 * 3 + 3  # 30 searches x 3 documents, and the fixture's 3 alerts
    assert state.pending() == []
    # queue, record the batch, mark the Atom batch, mark stdout per 100 lines, dequeue
    assert len(commits) <= 6, len(commits)


def test_each_atom_feed_is_written_once_per_run(store, state, channels, corpus, monkeypatch) -> None:
    _many_searches(state, 3)
    written: list[str] = []
    write = AtomFeedChannel._write

    def counting(self, path: Path, alert: Alert, entries: list) -> None:
        written.append(path.name)
        write(self, path, alert, entries)

    monkeypatch.setattr(AtomFeedChannel, "_write", counting)
    deliver_new(store, state, [d.id for d in corpus.values()], channels)
    assert sorted(written) == ["cnht.atom", "hd.atom", "s0.atom", "s1.atom", "s2.atom"]
    assert all(len(feed_entries(Path(channels["atom"].dir).parent, f"s{i}")) == 3 for i in range(3))


def test_a_feed_that_cannot_be_written_keeps_only_its_alerts_pending(
    store, state, channels, corpus, data_dir
) -> None:
    (data_dir / "alerts" / "hd.atom").mkdir(parents=True)  # unreadable as a feed: that feed fails
    sent = deliver_new(store, state, [d.id for d in corpus.values()], channels)
    assert len(sent) == 3  # stdout still delivered every alert
    assert [(a.search_id, ch) for a, ch in state.pending()] == [("hd", "atom")]
    assert len(feed_entries(data_dir, "cnht")) == 2
    (data_dir / "alerts" / "hd.atom").rmdir()
    assert [a.search_id for a in resend_pending(state, channels)] == ["hd"]
    assert len(feed_entries(data_dir, "hd")) == 1 and state.pending() == []


def test_a_failed_step_inside_a_batch_rolls_back_alone(state) -> None:
    from search.sqlite_util import transaction

    with state.batch():
        state.queue(["kept"])
        with pytest.raises(RuntimeError), transaction(state.conn):
            state.conn.execute("INSERT INTO to_evaluate (document_id, queued_at) VALUES ('lost', 'now')")
            raise RuntimeError("this step fails")
        state.queue(["also-kept"])
    assert state.queued() == ["kept", "also-kept"]


def _reference_entry(alert: Alert) -> ET.Element:
    """An entry built with ElementTree, as the channel built every entry before it wrote text."""
    from search.alerts.channels import _rfc3339, entry_id

    entry = ET.Element(f"{ATOM}entry")
    for tag, text, attrs in [
        ("id", entry_id(alert.delivery_id), {}),
        ("title", alert.title or alert.url, {}),
        ("link", None, {"rel": "alternate", "href": alert.url}),
        ("updated", _rfc3339(alert.alerted_at), {}),
        ("published", _rfc3339(alert.published), {}),
        ("summary", None, {"type": "html"}),
        ("category", None, {"term": alert.search_id}),
    ]:
        if tag == "published" and text is None:
            continue
        ET.SubElement(entry, f"{ATOM}{tag}", attrs).text = text
    summary = " … ".join(alert.matched)
    summary += "<br/>why: " + html.escape(alert.reasons.summary())
    summary += "<br/>also on: " + " ".join(html.escape(u) for u in alert.other_sources)
    entry.find(f"{ATOM}summary").text = summary  # type: ignore[union-attr]
    return entry


def test_the_feed_written_as_text_is_the_xml_elementtree_writes(data_dir: Path) -> None:
    """The channel writes feeds without ElementTree's serialiser (issue 16, the slowest part of a
    delivery); the XML is the same, compared in canonical form, with every character that needs escaping,
    and an entry the channel did not write (a foreign element) is kept as it was."""
    from search.alerts.channels import feed_element
    from search.alerts.models import MatchReasons

    alerts = [
        Alert(
            search_id="s",
            search_name='Tìm "đồng" & <thép>\tmới',
            document_id=f"d{i}",
            url=f'https://example.vn/a?x={i}&y="2"',
            title=f"Giá <đồng> & thép\nsố {i}" if i else "",
            published=f"2024-05-0{i + 1}T08:00:00+07:00" if i != 1 else "2024-05-02",
            matched=[f"Giá <b>đồng</b> &amp; thép {i}", "khác"],
            delivery_id=delivery_id("s", f"d{i}"),
            alerted_at=f"2024-06-0{i + 1}T01:00:00+00:00",
            reasons=MatchReasons(terms=["đồng & thép"], firms=["Công ty <A>"]),
            other_sources=[f"https://b.vn/x?i={i}&j=1"],
        )
        for i in range(3)
    ]
    foreign = ET.Element(f"{ATOM}entry")
    ET.SubElement(foreign, f"{ATOM}id").text = "urn:other:1"
    ET.SubElement(foreign, f"{ATOM}updated").text = "2024-01-01T00:00:00+00:00"
    ET.SubElement(foreign, "{urn:x}note", {"{urn:x}kind": "a & b"}).text = "kept <as> is"
    path = data_dir / "alerts" / "s.atom"
    path.parent.mkdir(parents=True)
    path.write_bytes(ET.tostring(feed_element("s", alerts[0].search_name, [foreign]), xml_declaration=True))

    channel = AtomFeedChannel(data_dir)
    assert channel.send_batch(alerts) == [None, None, None]

    expected = [_reference_entry(a) for a in reversed(alerts)] + [foreign]
    reference = ET.tostring(feed_element("s", alerts[0].search_name, expected), encoding="unicode")
    written = path.read_text(encoding="utf-8")
    assert written.startswith("<?xml version='1.0' encoding='utf-8'?>\n")
    assert ET.canonicalize(written, strip_text=True) == ET.canonicalize(reference, strip_text=True)
    assert feed_entries(data_dir, "s")[0].findtext(f"{ATOM}title") == "Giá <đồng> & thép\nsố 2"


def test_a_ledger_of_the_old_schema_keeps_its_pending_and_sent_rows_once_upgraded(
    store, corpus, data_dir, out
) -> None:
    """A ledger written before the alerts table (schema 5: the alert's JSON in every channel row)
    opened by this code: what was sent stays sent, what was pending is delivered once, with the
    alert as it was recorded, and the history gets its title."""
    hd = SavedSearch(id="hd", name="Hải Dương", query=SearchQuery(province="hai duong"))
    cnht = SavedSearch(id="cnht", name="CNHT", query=SearchQuery(text='"cong nghiep ho tro"'))
    doc = corpus["qd"].id
    a_hd = make_alert(hd, matches(store, hd, [doc])[0]).model_copy(
        update={"alerted_at": "2026-01-02T03:04:05+00:00"}
    )
    a_cnht = make_alert(cnht, matches(store, cnht, [doc])[0])
    old = connect(data_dir / ALERTS_FILE)
    migrate(old, [m for m in MIGRATIONS if m[0] <= 5])
    for s in (hd, cnht):
        old.execute(
            "INSERT INTO saved_searches VALUES (?, ?, ?, ?)",
            (s.id, s.name, s.model_dump_json(), s.created_at),
        )
    rows = [  # (alert, channel, status, attempts, last_error), as the old code wrote them
        (a_hd, "atom", "sent", 1, None),
        (a_hd, "stdout", "recorded", 1, "broken pipe"),
        (a_cnht, "atom", "recorded", 0, None),
        (a_cnht, "stdout", "recorded", 0, None),
    ]
    for alert, channel, status, attempts, error in rows:
        old.execute(
            "INSERT INTO outbox (search_id, document_id, channel, delivery_id, status, alert_json,"
            " recorded_at, sent_at, attempts, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                alert.search_id,
                alert.document_id,
                channel,
                alert.delivery_id,
                status,
                alert.model_dump_json(),
                "2026-01-02T03:04:05+00:00",
                "2026-01-02T03:04:06+00:00" if status == "sent" else None,
                attempts,
                error,
            ),
        )
    old.close()

    with AlertState(data_dir) as state:
        columns = {r[1] for r in state.conn.execute("PRAGMA table_info(outbox)")}
        assert "alert_json" not in columns
        assert state.conn.execute("SELECT COUNT(*) FROM alerts").fetchone()[0] == 2
        assert state.pending() == [(a_hd, "stdout"), (a_cnht, "atom"), (a_cnht, "stdout")]
        assert state.failures() == [(a_hd, "stdout", 1, "broken pipe")]
        assert state.status("hd", doc, "atom") == "sent"

        channels = {"atom": AtomFeedChannel(data_dir), "stdout": StdoutChannel(out)}
        resent = resend_pending(state, channels)
        assert sorted(a.delivery_id for a in resent) == sorted([a_hd.delivery_id, a_cnht.delivery_id])
        assert state.pending() == []
        assert not (data_dir / "alerts" / "hd.atom").exists()  # its Atom row was sent before: not again
        assert [e.findtext(f"{ATOM}id") for e in feed_entries(data_dir, "cnht")] == [
            f"urn:cnht:alert:{a_cnht.delivery_id}"
        ]
        assert deliver_new(store, state, [doc], channels) == []  # every row existed: nothing twice
        assert len(out.getvalue().splitlines()) == 2
        assert {(d.search_id, d.channel, d.title) for d in state.history()} == {
            ("hd", "stdout", a_hd.title),
            ("cnht", "atom", a_cnht.title),
            ("cnht", "stdout", a_cnht.title),
        }


def test_removing_a_search_drops_its_unsent_alerts_and_keeps_the_sent_ones(store, state, corpus) -> None:
    hd, cnht = state.get_search("hd"), state.get_search("cnht")
    (sent,) = [make_alert(hd, h) for h in matches(store, hd, [corpus["qd"].id])]
    (unsent,) = [make_alert(cnht, h) for h in matches(store, cnht, [corpus["qd"].id])]
    state.record_many([(sent, ["atom", "stdout"]), (unsent, ["atom"])])
    assert state.mark_sent("hd", sent.document_id, "atom")

    assert state.remove_search("hd") and state.remove_search("cnht")
    kept = state.conn.execute("SELECT search_id, document_id FROM alerts").fetchall()
    assert [tuple(r) for r in kept] == [("hd", sent.document_id)]  # the sent row's alert stays, as history
    assert state.status("hd", sent.document_id, "atom") == "sent"
    assert state.status("hd", sent.document_id, "stdout") is None
    assert state.pending() == []
