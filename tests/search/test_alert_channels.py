"""Webhook, e-mail and digest channels; why an alert matched; delivery across kill -9."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from extract.models import DecisionMeta, DecisionRef, Firm, Money, Tags
from search.alerts import (
    AlertState,
    AtomFeedChannel,
    EmailChannel,
    EmailTarget,
    SavedSearch,
    WebhookChannel,
    WebhookTarget,
    check_target,
    deliver_new,
    delivery_id,
    resend_pending,
)
from search.alerts.engine import digest_period
from search.alerts.push import open_connection, resolve_target
from search.alerts.state import backoff_seconds
from search.records import SearchQuery
from search.store import open_store
from tests.search.conftest import SECRET, Receiver, make_doc

ROOT = Path(__file__).resolve().parents[2]
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def state(data_dir: Path) -> Iterator[AlertState]:
    with AlertState(data_dir) as st:
        yield st


def hook_search(receiver: Receiver, search_id: str = "hook", **kw) -> SavedSearch:
    kw.setdefault("query", SearchQuery(text='"cong nghiep ho tro"'))
    kw.setdefault("channels", ["webhook"])
    target = WebhookTarget(url=receiver.url, secret=SECRET, allow_private=True)
    return SavedSearch(id=search_id, name="Công nghiệp hỗ trợ", webhook=target, **kw)


def fast_webhook(state: AlertState, **kw) -> dict:
    return {"webhook": WebhookChannel(state.get_search, timeout=kw.pop("timeout", 2.0), backoff=0.01, **kw)}


# -- webhook -------------------------------------------------------------------------------------------


def test_webhook_posts_signed_json_with_the_delivery_id(store, state, receiver, corpus) -> None:
    state.add_search(hook_search(receiver))
    sent = deliver_new(store, state, [corpus["early_morning"].id], fast_webhook(state))
    assert [a.document_id for a in sent] == [corpus["early_morning"].id]
    (req,) = receiver.requests
    assert req["signed"] is True
    assert req["delivery_id"] == delivery_id("hook", corpus["early_morning"].id)
    alert = req["payload"]["alert"]
    assert req["payload"]["type"] == "alert" and alert["url"] == corpus["early_morning"].document.url
    assert alert["reasons"]["terms"] == ["cong nghiep ho tro"]
    assert state.pending() == []


def test_webhook_signature_uses_the_searchs_own_secret(store, state, receiver, corpus) -> None:
    search = hook_search(receiver)
    search.webhook.secret = "another"
    state.add_search(search)
    deliver_new(store, state, [corpus["early_morning"].id], fast_webhook(state))
    assert [r["signed"] for r in receiver.requests] == [False]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",
        "http://localhost/x",
        "http://10.1.2.3/x",
        "http://169.254.169.254/",
        "http://[::1]/",
    ],
)
def test_webhook_to_private_or_loopback_address_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="refused"):
        check_target(url, allow_private=False)
    check_target(url, allow_private=True)


def test_refused_target_is_never_contacted_and_reported(store, state, receiver, corpus) -> None:
    search = hook_search(receiver)
    search.webhook.allow_private = False
    state.add_search(search)
    assert deliver_new(store, state, [corpus["early_morning"].id], fast_webhook(state)) == []
    assert receiver.requests == []
    ((_, channel, attempts, error),) = state.failures()
    assert channel == "webhook" and attempts == 1 and "refused" in error


def test_webhook_500_is_retried_with_backoff_then_reported(store, state, receiver, corpus) -> None:
    receiver.status = 500
    state.add_search(hook_search(receiver))
    channels = fast_webhook(state, retries=2)
    assert deliver_new(store, state, [corpus["early_morning"].id], channels) == []
    assert len(receiver.requests) == 3  # first try + 2 retries
    ((_, channel, attempts, error),) = state.failures()
    assert channel == "webhook" and attempts == 1 and "HTTP 500" in error and "3 attempt" in error
    receiver.status = 200  # the endpoint recovers: a run within the backoff leaves it waiting ...
    assert resend_pending(state, fast_webhook(state)) == [] and len(receiver.requests) == 3
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=backoff_seconds(1) + 1)
    assert len(resend_pending(state, fast_webhook(state), now=later)) == 1  # ... one after it delivers
    assert len(receiver.distinct) == 1 and state.failures() == [] and state.pending() == []


def test_a_dead_endpoint_costs_one_round_of_retries_per_run(store, state, receiver, corpus) -> None:
    receiver.status = 500
    state.add_search(hook_search(receiver, query=SearchQuery(text="công nghiệp")))  # 3 documents match
    assert deliver_new(store, state, [d.id for d in corpus.values()], fast_webhook(state, retries=2)) == []
    assert len(receiver.requests) == 3  # the first alert's attempts only
    errors = sorted(f[3] for f in state.failures())
    assert len(errors) == 3 and sum("not tried" in e for e in errors) == 2
    receiver.status = 200
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=backoff_seconds(1) + 1)
    assert len(resend_pending(state, fast_webhook(state), now=later)) == 3  # a run after the backoff


def test_webhook_timeout_is_retried_then_reported(store, state, receiver, corpus) -> None:
    receiver.delay = 0.6
    state.add_search(hook_search(receiver))
    assert (
        deliver_new(store, state, [corpus["early_morning"].id], fast_webhook(state, retries=1, timeout=0.2))
        == []
    )
    ((_, _, _, error),) = state.failures()
    assert "2 attempt" in error and "timed out" in error
    deadline = time.monotonic() + 5
    while len(receiver.requests) < 2 and time.monotonic() < deadline:  # the slow handler finishes late
        time.sleep(0.05)
    assert len(receiver.requests) == 2


def test_webhook_is_sent_to_the_address_that_was_checked() -> None:
    """No second DNS lookup between the private-address check and the connection (DNS rebinding)."""
    seen: list[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            seen.append((self.headers["Host"], self.path))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        # a name that does not resolve here: only the pinned address can reach the server
        conn = open_connection(f"http://hooks.invalid:{port}/cnht?x=1", "127.0.0.1", timeout=5)
        conn.request("POST", "/cnht?x=1", body=b"{}")
        assert conn.getresponse().status == 204
        conn.close()
    finally:
        server.shutdown()
        server.server_close()
    assert seen == [(f"hooks.invalid:{port}", "/cnht?x=1")]
    assert check_target("http://127.0.0.1/x", allow_private=True) is None  # allowed: by name as given


def fake_resolver(monkeypatch: pytest.MonkeyPatch, name: str, addresses: list[str]) -> None:
    """`name` resolves to `addresses`, in that order; every other name as before."""
    real = socket.getaddrinfo

    def getaddrinfo(host: str, port: int, *args: object, **kw: object) -> list:
        if host != name:
            return real(host, port, *args, **kw)
        family = {4: socket.AF_INET, 6: socket.AF_INET6}
        return [
            (family[ipaddress.ip_address(a).version], socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (a, port))
            for a in addresses
        ]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_webhook_refused_when_any_resolved_address_is_private(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_resolver(monkeypatch, "hooks.example.vn", ["93.184.216.34", "10.0.0.5"])
    with pytest.raises(ValueError, match=r"non-public address 10\.0\.0\.5: refused"):
        resolve_target("https://hooks.example.vn/cnht", allow_private=False)
    with pytest.raises(ValueError, match="refused"):
        check_target("https://hooks.example.vn/cnht", allow_private=False)
    fake_resolver(monkeypatch, "hooks.example.vn", ["93.184.216.34", "2606:2800:220:1::1", "93.184.216.34"])
    assert resolve_target("https://hooks.example.vn/cnht", allow_private=False) == [
        "93.184.216.34",
        "2606:2800:220:1::1",
    ]


def test_webhook_tries_each_resolved_address_until_one_answers(
    monkeypatch: pytest.MonkeyPatch, store, state, receiver, corpus
) -> None:
    """The first address refuses the connection (nothing listens on 127.0.0.2), the second answers."""
    port = int(receiver.url.split(":")[2].split("/")[0])
    fake_resolver(monkeypatch, "hooks.test", ["127.0.0.2", "127.0.0.1"])
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.2", port), 2).close()
    search = hook_search(receiver)
    search.webhook.url = receiver.url.replace("127.0.0.1", "hooks.test")
    state.add_search(search)
    delivered = deliver_new(store, state, [corpus["early_morning"].id], fast_webhook(state, retries=0))
    assert len(delivered) == 1 and state.failures() == []
    assert len(receiver.requests) == 1
    with pytest.raises(ValueError, match=r"non-public address 127\.0\.0\.2"):  # the same name, not allowed
        resolve_target(search.webhook.url, allow_private=False)


def test_webhook_4xx_is_not_retried(store, state, receiver, corpus) -> None:
    receiver.status = 404
    state.add_search(hook_search(receiver))
    deliver_new(store, state, [corpus["early_morning"].id], fast_webhook(state, retries=3))
    assert len(receiver.requests) == 1
    assert "HTTP 404" in state.failures()[0][3]


def test_webhook_target_must_be_http() -> None:
    with pytest.raises(ValueError):
        WebhookTarget(url="ftp://example.vn/x", secret="x")


# -- e-mail --------------------------------------------------------------------------------------------


@pytest.fixture
def smtp_server() -> Iterator[tuple[str, list]]:
    from aiosmtpd.controller import Controller

    received: list = []

    class Handler:
        async def handle_DATA(self, server, session, envelope) -> str:
            received.append(envelope)
            return "250 OK"

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    yield f"127.0.0.1:{port}", received
    controller.stop()


def test_email_is_sent_through_smtp_with_why_it_matched(store, state, corpus, smtp_server) -> None:
    smtp, received = smtp_server
    state.add_search(
        SavedSearch(
            id="mail",
            name="Hải Dương",
            query=SearchQuery(province="hai duong"),
            channels=["email"],
            email=EmailTarget(to=["analyst@example.vn"], smtp=smtp),
        )
    )
    sent = deliver_new(store, state, [corpus["qd"].id, corpus["copper"].id], {})  # default channels
    assert [a.document_id for a in sent] == [corpus["qd"].id]
    (envelope,) = received
    assert envelope.rcpt_tos == ["analyst@example.vn"]
    msg = message_from_bytes(envelope.content, policy=policy.default)
    assert msg["Message-ID"] == f"<{delivery_id('mail', corpus['qd'].id)}@cnht>"
    assert msg["Subject"].startswith("[cnht] Hải Dương: Quyết định ban hành")
    body = msg.get_content()
    assert corpus["qd"].document.url in body and "why: provinces: Hải Dương" in body


def test_email_to_a_dead_server_is_reported(store, state, corpus) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    state.add_search(
        SavedSearch(
            id="mail",
            name="x",
            query=SearchQuery(province="hai duong"),
            channels=["email"],
            email=EmailTarget(to=["a@example.vn"], smtp=f"127.0.0.1:{port}"),
        )
    )
    channels = {"email": EmailChannel(state.get_search, retries=1, backoff=0.01, timeout=1)}
    assert deliver_new(store, state, [corpus["qd"].id], channels) == []
    assert "email via" in state.failures()[0][3]


def test_email_target_validation() -> None:
    with pytest.raises(ValueError):
        EmailTarget(to=["nobody"], smtp="localhost:25")
    with pytest.raises(ValueError):
        EmailTarget(to=["a@b.vn"], smtp="localhost")


# -- digests -------------------------------------------------------------------------------------------


def test_hourly_digest_sends_one_message_per_period(store, state, receiver, corpus) -> None:
    state.add_search(hook_search(receiver, query=SearchQuery(text="công nghiệp"), digest="hourly"))
    channels = fast_webhook(state)
    ids = [d.id for d in corpus.values()]
    assert deliver_new(store, state, ids, channels) == []  # recorded, not sent
    assert receiver.requests == [] and len(state.pending()) == 3
    _, end = digest_period(state.pending()[0][0].alerted_at, "hourly")
    assert resend_pending(state, channels, now=end - dt.timedelta(seconds=1)) == []  # hour not over
    later = end + dt.timedelta(minutes=1)
    assert len(resend_pending(state, channels, now=later)) == 3
    (req,) = receiver.requests
    digest = req["payload"]["digest"]
    assert req["payload"]["type"] == "digest" and req["signed"]
    assert req["delivery_id"] == digest["digest_id"]
    assert sorted(a["document_id"] for a in digest["alerts"]) == sorted(
        [corpus["qd"].id, corpus["bac_ninh"].id, corpus["early_morning"].id]
    )
    assert resend_pending(state, channels, now=later) == [] and len(receiver.requests) == 1


def test_digest_periods_follow_vietnamese_time() -> None:
    assert digest_period("2024-05-01T17:30:00+00:00", "daily") == (
        "2024-05-02",
        dt.datetime(2024, 5, 3, tzinfo=dt.timezone(dt.timedelta(hours=7))),
    )
    assert digest_period("2024-05-01T17:30:00+00:00", "hourly")[0] == "2024-05-02T00"


def test_daily_digest_waits_for_the_day_to_end(store, state, receiver, corpus) -> None:
    state.add_search(hook_search(receiver, digest="daily"))
    channels = fast_webhook(state)
    deliver_new(store, state, [corpus["qd"].id], channels)
    ((alert, _),) = state.pending()
    _, end = digest_period(alert.alerted_at, "daily")
    assert resend_pending(state, channels, now=end - dt.timedelta(seconds=1)) == []
    assert receiver.requests == []
    assert [a.document_id for a in resend_pending(state, channels, now=end)] == [corpus["qd"].id]
    assert len(receiver.requests) == 1


# -- why an alert matched ------------------------------------------------------------------------------

WHY_TEXT = "Công ty TNHH Alpha nhận hỗ trợ 120 tỷ đồng theo Quyết định 26/2023/QĐ-UBND về công nghiệp hỗ trợ."


def test_alert_says_which_terms_numbers_firms_amounts_and_provinces_hit(store, state, receiver) -> None:
    t = WHY_TEXT
    doc = make_doc(
        "why",
        title="Alpha nhận hỗ trợ",
        text=t,
        provinces=["Hải Dương", "Thành phố Hải Phòng"],
        published="2024-06-01T08:00:00+07:00",
        meta=DecisionMeta(number=None),
        tags=Tags(
            firms=[Firm(mention="Công ty TNHH Alpha", start=0, end=18, name="Alpha")],
            money=[
                Money(
                    mention="120 tỷ đồng",
                    start=t.index("120"),
                    end=t.index("120") + 11,
                    amount=12e10,
                    currency="VND",
                )
            ],
            decisions=[
                DecisionRef(
                    mention="26/2023/QĐ-UBND",
                    start=t.index("26/"),
                    end=t.index("26/") + 15,
                    number="26/2023/QĐ-UBND",
                )
            ],
        ),
    )
    store.put_documents([doc])
    query = SearchQuery(text="alpha hỗ trợ", decision="QĐ 26/2023", min_amount=1e11, province="hai duong")
    state.add_search(hook_search(receiver, query=query))
    (alert,) = deliver_new(store, state, [doc.id], fast_webhook(state))
    r = alert.reasons
    assert r.terms == ["alpha", "hỗ", "trợ"]
    assert r.decisions == ["26/2023/QĐ-UBND"] and r.firms == ["Alpha"] and r.amounts == ["120 tỷ đồng"]
    assert r.provinces == ["Hải Dương"]
    assert r.summary().startswith("terms: alpha, hỗ, trợ; decisions: 26/2023/QĐ-UBND; firms: Alpha")
    assert receiver.requests[0]["payload"]["alert"]["reasons"]["amounts"] == ["120 tỷ đồng"]


# -- kill -9 -------------------------------------------------------------------------------------------


def _run_worker_until(data_dir: Path, point: str, ids: list[str]) -> None:
    """Start a delivering process, wait until it reaches `point`, then kill -9 it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.search.alert_worker", str(data_dir), point, *ids],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "worker never reached the kill point"
        assert proc.stdout.readline().strip() == point
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()


@pytest.mark.parametrize("point", ["recorded", "sent", "marked", "batch-marked"])
def test_kill_9_while_delivering_then_restart_delivers_everything_once(
    data_dir: Path, corpus, receiver: Receiver, point: str
) -> None:
    with open_store(data_dir) as s, AlertState(data_dir) as st:
        s.put_documents(list(corpus.values()))
        st.add_search(hook_search(receiver, "cnht", channels=["atom", "webhook"]))
        st.add_search(
            hook_search(receiver, "hd", channels=["atom", "webhook"], query=SearchQuery(province="hai duong"))
        )
    ids = [d.id for d in corpus.values()]
    _run_worker_until(data_dir, point, ids)
    if point == "batch-marked":  # killed inside the batch: feeds written, their rows' marks rolled back
        with AlertState(data_dir) as st:
            assert sorted((a.search_id, ch) for a, ch in st.pending() if ch == "atom") == [
                ("cnht", "atom"),
                ("cnht", "atom"),
                ("hd", "atom"),
            ]
        assert (data_dir / "alerts" / "cnht.atom").exists() and (data_dir / "alerts" / "hd.atom").exists()

    with open_store(data_dir) as s, AlertState(data_dir) as st:  # restart: the next run has no new ids
        channels = {"atom": AtomFeedChannel(data_dir), **fast_webhook(st)}
        resend_pending(st, channels)
        deliver_new(s, st, [], channels)
        assert st.pending() == [] and st.queued() == []

    expected = {
        delivery_id("cnht", corpus["qd"].id),
        delivery_id("cnht", corpus["early_morning"].id),
        delivery_id("hd", corpus["qd"].id),
    }
    assert receiver.distinct == expected
    assert all(r["signed"] for r in receiver.requests)
    # the receiver saw the killed send again only when the kill came between sending and marking
    assert len(receiver.requests) == len(expected) + (1 if point == "sent" else 0)
    atom_ids = []
    for search_id in ("cnht", "hd"):
        root = ET.parse(data_dir / "alerts" / f"{search_id}.atom").getroot()
        atom_ids += [e.findtext(f"{ATOM}id") for e in root.findall(f"{ATOM}entry")]
    assert sorted(atom_ids) == sorted(f"urn:cnht:alert:{i}" for i in expected)


def test_documents_queued_by_a_crashed_run_are_evaluated_by_the_next(store, state, receiver, corpus) -> None:
    state.add_search(hook_search(receiver))
    state.queue([corpus["early_morning"].id])  # a run died after queueing, before recording
    sent = deliver_new(store, state, [], fast_webhook(state))
    assert [a.document_id for a in sent] == [corpus["early_morning"].id]
    assert state.queued() == []


# -- syndicated copies ---------------------------------------------------------------------------------

STORY = "Ba doanh nghiệp Quảng Ninh ký kết cung ứng linh kiện cho nhà máy FDI tại KCN Sông Khoai"


def _copy(site: str, published: str, title: str = STORY):
    return make_doc(
        f"{site}-ky-ket",
        canonical_url=f"https://{site}.vn/ky-ket",
        title=title,
        text="Các doanh nghiệp công nghiệp hỗ trợ ký kết biên bản ghi nhớ.",
        source=site,
        published=published,
    )


def test_a_story_on_several_sites_alerts_once_with_its_other_sources(
    store, state, receiver, data_dir
) -> None:
    original = _copy("baoquangninh", "2024-12-11T08:00:00+07:00")
    copies = [
        _copy("congthuong", "2024-12-11T10:00:00+07:00"),
        _copy("vneconomy", "2024-12-12T07:00:00+07:00"),
    ]
    store.put_documents([copies[0], original, copies[1]])
    state.add_search(hook_search(receiver, channels=["atom", "webhook"]))
    channels = {"atom": AtomFeedChannel(data_dir), **fast_webhook(state)}
    (alert,) = deliver_new(store, state, [copies[0].id, original.id, copies[1].id], channels)
    assert alert.document_id == original.id  # the earliest copy
    assert alert.other_sources == [copies[0].document.url, copies[1].document.url]
    assert receiver.requests[0]["payload"]["alert"]["other_sources"] == alert.other_sources
    (entry,) = ET.parse(data_dir / "alerts" / "hook.atom").getroot().findall(f"{ATOM}entry")
    assert "also on: https://congthuong.vn/ky-ket" in entry.findtext(f"{ATOM}summary")

    late = _copy("baodautu", "2024-12-13T07:00:00+07:00")  # another copy, in a later batch
    store.put_documents([late])
    assert deliver_new(store, state, [late.id], channels) == []
    assert len(receiver.requests) == 1


def test_different_stories_or_short_titles_alert_separately(store, state, receiver) -> None:
    docs = [
        _copy("a", "2024-12-11T08:00:00+07:00"),
        _copy("b", "2024-12-11T08:00:00+07:00", title=STORY.replace("Ba", "Bốn")),
        _copy("c", "2024-12-11T08:00:00+07:00", title="Tin công nghiệp hỗ trợ"),
        _copy("d", "2024-12-11T08:00:00+07:00", title="Tin công nghiệp hỗ trợ"),
    ]
    store.put_documents(docs)
    state.add_search(hook_search(receiver))
    sent = deliver_new(store, state, [d.id for d in docs], fast_webhook(state))
    assert sorted(a.document_id for a in sent) == sorted(d.id for d in docs)
    assert all(a.other_sources == [] for a in sent)
