"""A body that is not text is recorded as `not HTML: <what it is>` whatever its Content-Type says, and never
stored as an article (issue 11, item 9: a ZIP served as text/html became a document with a garbled title).

The rule's examples (extract/sniff.py), then a real crawl of a site that serves binary files as text/html
and a real extract stage over its archive."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest

from extract.page import ExtractionError, decode_html
from extract.sniff import binary_kind
from tests.crawl.hostile_server import article, to_cp1258

HTML = "text/html; charset=utf-8"
SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "RETRY_TIMES": 0}


def a_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", article())
    return buffer.getvalue()


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)
TEXT_EXAMPLES = {
    "utf-8 HTML": article().encode("utf-8"),
    "windows-1258 HTML": to_cp1258(article(meta_charset="windows-1258")),
    "UTF-16 HTML with its BOM": article().encode("utf-16"),
    "HTML with a UTF-8 BOM": b"\xef\xbb\xbf" + article().encode("utf-8"),
    "plain text with tabs and form feeds": "Điều 1.\tBan hành\x0cĐiều 2.\r\n".encode() * 50,
}
BINARY_EXAMPLES = {
    "ZIP archive (or DOCX/XLSX/ODT)": a_zip(),
    "PDF document": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    "gzip data": gzip.compress(article().encode()),
    "PNG image": PNG,
    "JPEG image": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "legacy Office document (DOC/XLS/PPT)": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
    "binary data (NUL bytes)": article().encode()[:100] + b"\x00\x00\x01\x02" + article().encode()[100:],
    "binary data (27 % control characters)": b"<html>" + b"\x01\x02\x03 abcdefg" * 100 + b"</html>",
}


@pytest.mark.parametrize("name", list(TEXT_EXAMPLES))
def test_text_bodies_are_text(name: str) -> None:
    assert binary_kind(TEXT_EXAMPLES[name]) is None


@pytest.mark.parametrize("kind", list(BINARY_EXAMPLES))
def test_binary_bodies_are_named(kind: str) -> None:
    assert binary_kind(BINARY_EXAMPLES[kind]) == kind


def test_decoding_a_binary_body_as_html_is_refused_with_what_it_is() -> None:
    with pytest.raises(ExtractionError, match=r"^not HTML: ZIP archive"):
        decode_html(a_zip(), "text/html")
