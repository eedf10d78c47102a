"""The raw archive keeps every response readable after the process that wrote it is gone."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from crawlers.archive import RawArchive


def _write(archive: RawArchive, url: str, status: int, body: bytes, role: str = "page") -> int:
    writer = archive.writer("test", run_id="r1")
    page = writer.write(
        url=url,
        final_url=url,
        source="s",
        role=role,
        status=status,  # type: ignore[arg-type]
        headers=[("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
        body=body,
    )
    writer.close()
    return page.id


def test_body_round_trips_through_warc_and_index(tmp_path: Path) -> None:
    with RawArchive(tmp_path) as archive:
        _write(archive, "http://a.vn/1.html", 200, "Quyết định số 26/2023/QĐ-UBND".encode())
    with RawArchive(tmp_path) as reopened:  # a new process would see the same
        (page,) = reopened.pending_pages("v1")
        assert reopened.read_body(page).decode() == "Quyết định số 26/2023/QĐ-UBND"
        assert page.status == 200 and page.content_type == "text/html; charset=utf-8"


def test_warc_files_are_standard_and_drop_transfer_encoding(tmp_path: Path) -> None:
    with RawArchive(tmp_path) as archive:
        _write(archive, "http://a.vn/1.html", 200, b"<html>x</html>")
    (warc,) = (tmp_path / "warc").glob("*.warc.gz")
    with open(warc, "rb") as fh:
        records = [
            (r.rec_type, r.http_headers.get_header("Content-Encoding"), r.content_stream().read())
            for r in ArchiveIterator(fh)
        ]
    assert records == [("response", None, b"<html>x</html>")]


def test_server_errors_are_not_final_so_pages_are_asked_again(tmp_path: Path) -> None:
    with RawArchive(tmp_path) as archive:
        _write(archive, "http://a.vn/ok.html", 200, b"ok")
        _write(archive, "http://a.vn/gone.html", 404, b"nf")
        _write(archive, "http://a.vn/down.html", 503, b"busy")
        _write(archive, "http://a.vn/rss", 200, b"<rss/>", role="feed")
        assert archive.seen_urls() == {"http://a.vn/ok.html", "http://a.vn/gone.html"}


def test_pending_pages_are_the_newest_record_per_url_not_yet_extracted(tmp_path: Path) -> None:
    with RawArchive(tmp_path) as archive:
        _write(archive, "http://a.vn/1.html", 200, b"v1")
        newest = _write(archive, "http://a.vn/1.html", 200, b"v2")
        other = _write(archive, "http://a.vn/2.html", 200, b"x")
        assert [p.id for p in archive.pending_pages("ex-1")] == [newest, other]
        archive.mark_extracted([(newest, "stored", None, "d1")], "ex-1")
        assert [p.id for p in archive.pending_pages("ex-1")] == [other]
        assert [p.id for p in archive.pending_pages("ex-2")] == [newest, other]  # a new extractor redoes all


def test_warc_payload_digest_is_the_index_sha256_and_checks_out(tmp_path: Path) -> None:
    import base64

    with RawArchive(tmp_path) as archive:
        _write(archive, "http://a.vn/1.html", 200, "Công nghiệp hỗ trợ".encode())
        (page,) = archive.pages()
    (warc,) = (tmp_path / "warc").glob("*.warc.gz")
    with open(warc, "rb") as fh:
        (record,) = list(ArchiveIterator(fh, check_digests=True))
        label = record.rec_headers.get_header("WARC-Payload-Digest")
        record.content_stream().read()
        assert record.digest_checker.passed is True and not record.digest_checker.problems
    assert label == "sha256:" + base64.b32encode(bytes.fromhex(page.sha256)).decode()


def test_a_304_is_no_page_to_extract_and_an_attachment_makes_its_page_pending_again(tmp_path: Path) -> None:
    with RawArchive(tmp_path) as archive:
        page = _write(archive, "http://a.vn/qd.html", 200, b"<a href='qd.pdf'>")
        archive.mark_extracted([(page, "stored", None, "d1")], "ex-1")
        _write(archive, "http://a.vn/qd.html", 304, b"")  # re-asked, not modified
        assert archive.pending_pages("ex-1") == []
        writer = archive.writer("test", run_id="r2")
        attachment = writer.write(
            url="http://a.vn/qd.pdf",
            final_url="http://a.vn/qd.pdf",
            source="s",
            role="attachment",
            status=200,
            headers=[("Content-Type", "application/pdf")],
            body=b"%PDF-1.4",
            via="http://a.vn/qd.html",
        )
        writer.close()
        assert [p.id for p in archive.pending_pages("ex-1")] == [page]  # its document gains the text
        assert [a.id for a in archive.pending_attachments("ex-1")] == [attachment.id]
        archive.mark_extracted([(attachment.id, "stored", None, "d1")], "ex-1")
        assert archive.pending_pages("ex-1") == [] and archive.pending_attachments("ex-1") == []


def test_an_archive_from_before_the_via_column_is_migrated_in_place(tmp_path: Path) -> None:
    import sqlite3

    with RawArchive(tmp_path) as archive:
        _write(archive, "http://a.vn/1.html", 200, b"x")
    db = sqlite3.connect(tmp_path / "index.sqlite3")
    db.execute("ALTER TABLE records DROP COLUMN via")  # as written by the previous version
    db.commit()
    db.close()
    with RawArchive(tmp_path) as reopened:
        (page,) = reopened.pages()
        assert page.via is None and page.url == "http://a.vn/1.html"


def test_count_matches_the_records_listed_by_run_and_role(tmp_path: Path) -> None:
    with RawArchive(tmp_path) as archive:
        _write(archive, "http://a.vn/1.html", 200, b"a")  # run r1
        _write(archive, "http://a.vn/rss", 200, b"<rss/>", role="feed")
        other = archive.writer("test", run_id="r2")
        for n in range(3):
            other.write(
                url=f"http://a.vn/{n}.pdf",
                final_url=f"http://a.vn/{n}.pdf",
                source="s",
                role="attachment",
                status=200,
                headers=[],
                body=b"%PDF",
            )
        other.close()
        cases = [
            (None, None),
            ("r1", None),
            ("r2", None),
            (None, "feed"),
            ("r2", "attachment"),
            ("r2", "page"),
        ]
        counts = [archive.count(run_id=run, role=role) for run, role in cases]
        listed = [
            sum(1 for p in archive.pages(run_id=run) if role is None or p.role == role) for run, role in cases
        ]
        assert counts == listed == [5, 2, 3, 1, 3, 0]
        assert archive.count(run_id="no-such-run") == 0


def test_an_archive_from_before_the_announced_column_is_migrated_in_place(tmp_path: Path) -> None:
    import sqlite3

    with RawArchive(tmp_path) as archive:
        _write(archive, "http://a.vn/1.html", 200, b"x")
    db = sqlite3.connect(tmp_path / "index.sqlite3")
    db.execute("ALTER TABLE url_state DROP COLUMN announced")  # as written by the previous version
    db.commit()
    db.close()
    with RawArchive(tmp_path) as reopened:
        state = reopened.url_states("s")["http://a.vn/1.html"]
        assert state.announced is None and state.last_status == 200


def test_a_final_answer_to_a_refetch_remembers_the_announced_date_and_a_server_error_does_not(
    tmp_path: Path,
) -> None:
    with RawArchive(tmp_path) as archive:
        writer = archive.writer("test", run_id="r1")
        for url, status, announced in [
            ("http://a.vn/1.html", 200, None),  # first fetch: nothing acted on yet
            ("http://a.vn/2.html", 304, "2026-01-02T23:59:59+07:00"),
            ("http://a.vn/3.html", 503, "2026-01-02T23:59:59+07:00"),
        ]:
            writer.write(
                url=url,
                final_url=url,
                source="s",
                role="page",
                status=status,
                headers=[],
                body=b"x",
                announced=announced,
            )
        writer.close()
        states = archive.url_states("s")
    assert [states[f"http://a.vn/{n}.html"].announced for n in (1, 2, 3)] == [
        None,
        "2026-01-02T23:59:59+07:00",
        None,
    ]


def test_attachments_stay_queued_until_a_final_answer_is_archived(tmp_path: Path) -> None:
    with RawArchive(tmp_path) as archive:
        for name in ("ok", "gone", "busy", "never"):
            archive.queue_attachment("s", f"http://a.vn/{name}.pdf", "http://a.vn/qd.html")
        archive.queue_attachment("other", "http://a.vn/ok.pdf", None)  # another source's queue
        _write(archive, "http://a.vn/ok.pdf", 200, b"%PDF", role="attachment")
        _write(archive, "http://a.vn/gone.pdf", 404, b"nf", role="attachment")
        _write(archive, "http://a.vn/busy.pdf", 503, b"busy", role="attachment")
        assert archive.queued_attachments("s") == {
            "http://a.vn/busy.pdf": "http://a.vn/qd.html",
            "http://a.vn/never.pdf": "http://a.vn/qd.html",
        }
        archive.settle_attachment("s", "http://a.vn/never.pdf")  # refused for good (offsite, size cap)
        assert list(archive.queued_attachments("s")) == ["http://a.vn/busy.pdf"]
        assert archive.queued_attachments("other") == {"http://a.vn/ok.pdf": None}


def _open_archive_at_once(root: str, barrier: Any, answers: Any) -> None:
    barrier.wait()
    try:
        with RawArchive(Path(root)) as archive:
            archive.seen_urls("s")
    except Exception as exc:  # reported to the parent, which names it
        answers.put(f"{type(exc).__name__}: {exc}")
    else:
        answers.put("opened")


def test_crawl_processes_opening_a_new_archive_together_all_open_it(tmp_path: Path) -> None:
    """The first run's crawl processes (one per source) create the archive's index together. Switching a new
    database to WAL mode fails at once with "database is locked" while another connection holds it (no busy
    wait), and a crawl whose archive failed to open fetched nothing: 38 of 400 opens failed so before
    `use_wal` waited for the switch."""
    ctx = mp.get_context("fork")
    answers = ctx.Queue()
    failed = []
    for round_no in range(25):
        root = tmp_path / f"r{round_no}" / "archive"
        barrier = ctx.Barrier(4)
        args = (str(root), barrier, answers)
        procs = [ctx.Process(target=_open_archive_at_once, args=args) for _ in range(4)]
        for proc in procs:
            proc.start()
        got = [answers.get(timeout=60) for _ in procs]
        for proc in procs:
            proc.join(60)
        failed += [answer for answer in got if answer != "opened"]
    assert failed == []
