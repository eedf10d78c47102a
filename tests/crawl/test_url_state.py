"""The archive keeps each URL's latest state: validators for conditional GETs and when its body changed."""

from __future__ import annotations

from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from crawlers.archive import RawArchive


def _fetch(archive: RawArchive, status: int, body: bytes, headers: list[tuple[str, str]]) -> None:
    writer = archive.writer("t", run_id="r")
    writer.write(
        url="http://a.vn/rss",
        final_url="http://a.vn/rss",
        source="s",
        role="feed",
        status=status,
        headers=headers,
        body=body,
    )
    writer.close()


def test_304_keeps_the_validators_and_a_new_body_moves_last_change(tmp_path: Path) -> None:
    with RawArchive(tmp_path) as archive:
        _fetch(
            archive,
            200,
            b"<rss>1</rss>",
            [("ETag", '"a"'), ("Last-Modified", "Mon, 17 Nov 2025 08:00:00 GMT")],
        )
        archive.db.execute("UPDATE url_state SET last_change = 'first', last_fetch = 'first'")
        _fetch(archive, 304, b"", [])
        after_304 = archive.url_state("http://a.vn/rss")
        _fetch(archive, 200, b"<rss>1</rss>", [("ETag", '"a"')])
        same_body = archive.url_state("http://a.vn/rss")
        _fetch(archive, 200, b"<rss>2</rss>", [("ETag", '"b"')])
        new_body = archive.url_state("http://a.vn/rss")
        assert archive.validators("s") == {"http://a.vn/rss": ('"b"', None)}
        assert archive.validators("other") == {}
    assert after_304 is not None and same_body is not None and new_body is not None
    assert (after_304["etag"], after_304["last_status"], after_304["last_change"]) == ('"a"', 304, "first")
    assert after_304["last_modified"] == "Mon, 17 Nov 2025 08:00:00 GMT"
    assert after_304["last_fetch"] != "first"
    assert (same_body["last_status"], same_body["last_change"]) == (200, "first")
    assert new_body["last_change"] not in ("first", None)


def test_index_names_the_charset_the_body_is_in_and_the_warc_keeps_the_header(tmp_path: Path) -> None:
    body = "<p>Công nghiệp hỗ trợ</p>".encode()
    with RawArchive(tmp_path) as archive:
        writer = archive.writer("t")
        page = writer.write(
            url="http://a.vn/1",
            final_url="http://a.vn/1",
            source="s",
            role="page",
            status=200,
            headers=[("Content-Type", "text/html; charset=windows-1258")],
            body=body,
        )
        writer.close()
        assert page.content_type == "text/html; charset=utf-8"
        assert archive.pages()[0].content_type == "text/html; charset=utf-8"
    with open(tmp_path / page.warc_file, "rb") as fh:  # the WARC keeps the header as it was received
        (record,) = list(ArchiveIterator(fh))
        assert record.http_headers.get_header("Content-Type") == "text/html; charset=windows-1258"


def test_pages_answered_not_now_are_asked_again_next_run(tmp_path: Path) -> None:
    with RawArchive(tmp_path) as archive:
        writer = archive.writer("t")
        for status in (200, 404, 408, 429, 500, 503):
            writer.write(
                url=f"http://a.vn/{status}",
                final_url=f"http://a.vn/{status}",
                source="s",
                role="page",
                status=status,
                headers=[],
                body=b"x",
            )
        writer.close()
        assert archive.seen_urls("s") == {"http://a.vn/200", "http://a.vn/404"}
