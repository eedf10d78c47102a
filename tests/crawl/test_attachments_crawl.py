"""Decision sources: the spider follows a decision page's attachment links (role "attachment", archived
like any response, size cap and errors recorded with their reason), and extraction attaches the text of
each archived file to the decision. A file that only arrives on a later run still reaches its decision."""

from __future__ import annotations

import socket
from pathlib import Path

from crawlers.archive import RawArchive
from crawlers.sample_site import SOURCES_FILE
from crawlers.sources import Discovery, Source, load_sources
from flows.stages.crawl import crawl_source
from flows.stages.extract import extract_archived
from search.store import open_store
from tests.crawl.decision_portal import HUGE_BYTES, serve_portal

SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "LOG_LEVEL": "WARNING",
    "RETRY_TIMES": 0,
    "DOWNLOAD_MAXSIZE": HUGE_BYTES // 2,
    "DOWNLOAD_WARNSIZE": 0,
}


def _portal_source(base: str, kind: str = "decisions") -> Source:
    return Source(
        id="portal",
        name="portal",
        province="Bắc Ninh",
        kind=kind,  # type: ignore[arg-type]
        discovery=Discovery(type="listing", urls=[base + "/vanban/index.html"], links="a.doc::attr(href)"),
    )


def test_attachments_are_archived_with_errors_recorded_and_their_text_joins_the_decision(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_portal() as portal:
        source = _portal_source(portal.base)
        first = crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        with open_store(data_dir) as store:
            extracted_1 = extract_archived(data_dir, store, {"portal": source}, run_id="run-1")
            doc_18 = store.get(portal.base + "/vanban/qd-18.html")
            doc_27 = store.get(portal.base + "/vanban/qd-27.html")
        with RawArchive(data_dir / "archive") as archive:
            records = {(r.url.removeprefix(portal.base), r.role, r.status, r.via) for r in archive.pages()}
            errors = {e["url"].removeprefix(portal.base): e["reason"] for e in archive.errors()}

        portal.flaky_ok = True  # the busy file answers on the next run
        second = crawl_source(source, data_dir, "run-2", SETTINGS, timeout=60)
        with open_store(data_dir) as store:
            extracted_2 = extract_archived(data_dir, store, {"portal": source}, run_id="run-2")
            doc_27_later = store.get(portal.base + "/vanban/qd-27.html")
            count = store.count()
        hits = dict(portal.hits)

    page_18 = portal.base + "/vanban/qd-18.html"
    assert (first.pages_fetched, first.attachments_fetched) == (2, 2)  # qd-18.pdf and the 404
    assert ("/files/qd-18.pdf", "attachment", 200, page_18) in records
    assert ("/files/missing.pdf", "attachment", 404, page_18) in records
    assert errors["/files/missing.pdf"] == "HTTP 404"
    assert errors["/files/huge.pdf"].startswith("size cap:")
    assert errors["/files/qd-27.pdf?download=1"] == "HTTP 503"
    assert len(extracted_1.stored_new) == 2

    assert doc_18 is not None and doc_18.document.kind == "decision"
    texts = doc_18.document.attachment_texts
    assert [t.url.removeprefix(portal.base) for t in texts] == ["/files/qd-18.pdf"]  # only what was archived
    assert texts[0].media_type == "pdf" and texts[0].error is None and "18/2023/QD-UBND" in texts[0].text
    assert doc_27 is not None and doc_27.document.attachment_texts == []

    # run 2: the pages are not asked for again, only the attachment that failed with a 5xx
    assert (second.pages_fetched, second.attachments_fetched) == (0, 1)
    assert hits["/vanban/qd-18.html"] == 1 and hits["/files/qd-18.pdf"] == 1 and hits["/files/qd-27.pdf"] == 2
    assert (extracted_2.stored_new, extracted_2.stored_changed) == ([], [doc_27.id])  # its page again
    assert count == 2
    assert doc_27_later is not None and doc_27_later.version == 2
    (late,) = doc_27_later.document.attachment_texts
    assert late.media_type == "pdf" and "1452/QD-UBND" in late.text  # served as octet-stream, sniffed


def test_news_sources_do_not_follow_attachment_links(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_portal() as portal:
        report = crawl_source(
            _portal_source(portal.base, kind="news"), data_dir, "run-1", SETTINGS, timeout=60
        )
        hits = dict(portal.hits)
    assert (report.pages_fetched, report.attachments_fetched) == (2, 0)
    assert not any(path.startswith("/files/") for path in hits)


def test_sample_decision_portal_ends_with_the_pdf_text_in_the_store(tmp_path: Path, sample_base: str) -> None:
    data_dir = tmp_path / "cnht-data"
    registry = load_sources(SOURCES_FILE, {"base": sample_base})
    source = next(s for s in registry.sources if s.kind == "decisions")
    report = crawl_source(source, data_dir, "run-1", registry.settings, timeout=120)
    with open_store(data_dir) as store:
        extract_archived(data_dir, store, {source.id: source}, run_id="run-1")
        decisions = [d for d in store.iter_documents() if d.document.kind == "decision"]
    assert report.attachments_fetched == 6 and len(decisions) == 6
    for decision in decisions:
        (attached,) = decision.document.attachment_texts
        assert attached.error is None and attached.media_type == "pdf"
        number = (decision.document.decision.number or "") if decision.document.decision else ""
        assert number.replace("Đ", "D") in attached.text  # the PDFs carry the number, unaccented


def _closed_port() -> int:
    """A loopback port nothing listens on: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_attachment_whose_fetch_failed_below_http_is_fetched_on_the_next_run(tmp_path: Path) -> None:
    """The file's page is archived (in the seen-set, never parsed again) while the file itself got no
    answer at all: the attachment queue asks for it again next run, and its text reaches the decision."""
    data_dir = tmp_path / "cnht-data"
    with serve_portal() as portal:
        source = _portal_source(portal.base)
        portal.flaky_ok = True
        portal.moved_to = f"http://127.0.0.1:{_closed_port()}/qd-27.pdf"  # connection refused
        first = crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        with RawArchive(data_dir / "archive") as archive:
            errors = {e["url"].removeprefix(portal.base): e["reason"] for e in archive.errors()}
            queued_1 = [url.removeprefix(portal.base) for url in archive.queued_attachments("portal")]

        portal.moved_to = None  # served on the next run
        second = crawl_source(source, data_dir, "run-2", SETTINGS, timeout=60)
        with open_store(data_dir) as store:
            extract_archived(data_dir, store, {"portal": source}, run_id="run-2")
            doc_27 = store.get(portal.base + "/vanban/qd-27.html")
        hits = dict(portal.hits)
        with RawArchive(data_dir / "archive") as archive:
            run_2 = [(r.url.removeprefix(portal.base), r.status) for r in archive.pages(run_id="run-2")]
            queued_2 = archive.queued_attachments("portal")

    assert errors["/files/qd-27.pdf?download=1"].startswith("connection refused: ")
    assert first.attachments_fetched == 2  # qd-18.pdf and the 404; huge.pdf hit the size cap
    assert queued_1 == ["/files/qd-27.pdf?download=1"]  # 200, 404 and size cap are settled
    assert (second.pages_fetched, second.attachments_fetched) == (0, 1)
    assert ("/files/qd-27.pdf?download=1", 200) in run_2 and queued_2 == {}
    assert hits["/files/qd-27.pdf"] == 2 and hits["/files/huge.pdf"] == 1 and hits["/vanban/qd-27.html"] == 1
    assert doc_27 is not None
    (attached,) = doc_27.document.attachment_texts
    assert attached.error is None and "1452/QD-UBND" in attached.text
