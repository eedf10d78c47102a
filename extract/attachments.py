"""Attachment bytes (PDF, DOCX, legacy DOC) -> `AttachmentText`: the text a legal document's file carries.

The file type is sniffed from the bytes first (magic numbers), then from the declared content type, then
from the URL's suffix, so a PDF served as `application/octet-stream` from `download.aspx?id=7` is still
read as a PDF, and an HTML error page served as `application/pdf` is reported, not parsed.

Nothing here raises on bad input: every failure becomes `AttachmentText.error`, a short reason a person can
act on ("scanned PDF: no text layer", "encrypted PDF", "legacy .doc: no extractor", "not a PDF: ...").

    >>> attachment_text(b"<html>404</html>", "https://x.gov.vn/a.pdf").error
    "not a PDF: starts with b'<html>404</html>'"
    >>> sniff_type(b"%PDF-1.7 ...", "https://x.gov.vn/download?id=1")
    'pdf'
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import zipfile
from urllib.parse import urlsplit

from lxml import etree

from extract.models import AttachmentText, MediaType

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File Binary: Word 97-2003, encrypted OOXML
PDF_MAGIC_WINDOW = 1024  # the PDF spec lets "%PDF-" start anywhere in the first 1 KB
MAX_DOCX_XML_BYTES = 64 * 1024 * 1024  # refuse zip bombs: uncompressed size of word/document.xml

CONTENT_TYPES: dict[str, MediaType] = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/msword": "doc",
    "application/vnd.ms-word": "doc",
}
SUFFIXES: dict[str, MediaType] = {".pdf": "pdf", ".docx": "docx", ".doc": "doc"}

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)

logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-xref chatter; failures are reported anyway


def sniff_type(body: bytes, url: str = "", content_type: str | None = None) -> MediaType:
    """Magic bytes first, then content type, then URL suffix.

    >>> sniff_type(b"PK\\x03\\x04...", "https://x.gov.vn/vb.pdf")  # bytes win over the suffix
    'docx'
    >>> sniff_type(b"", "https://x.gov.vn/VB.DOC?download=1")
    'doc'
    >>> sniff_type(b"", "https://x.gov.vn/f", "application/msword; charset=binary")
    'doc'
    >>> sniff_type(b"GIF89a", "https://x.gov.vn/anh.gif", "image/gif")
    'other'
    """
    if PDF_MAGIC in body[:PDF_MAGIC_WINDOW]:
        return "pdf"
    if body.startswith(ZIP_MAGIC):
        return "docx" if _is_docx_zip(body) else "other"
    if body.startswith(OLE_MAGIC):
        return "doc"
    if content_type:
        declared = CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())
        if declared:
            return declared
    path = urlsplit(url).path.lower()
    for suffix, media_type in SUFFIXES.items():
        if path.endswith(suffix):
            return media_type
    return "other"


def _is_docx_zip(body: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return True  # a damaged zip that was announced as a Word file: let the DOCX reader say what is wrong


def clean_text(text: str) -> str:
    """NFC, no NULs, no trailing spaces, at most one blank line in a row.

    >>> clean_text("Quye\\u0302\\u0301t \\x00đi\\u0323nh  \\n\\n\\n\\nSo\\u0302\\u0301")
    'Quyết định\\n\\nSố'
    """
    text = unicodedata.normalize("NFC", text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n"))
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def _preview(body: bytes) -> str:
    return f"starts with {body[:16]!r}"


def pdf_text(body: bytes, url: str) -> AttachmentText:
    """Text layer of a PDF with pypdf; pages joined by a blank line."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    if PDF_MAGIC not in body[:PDF_MAGIC_WINDOW]:
        return AttachmentText(url=url, media_type="pdf", error=f"not a PDF: {_preview(body)}")
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):  # an owner-only password still opens
            return AttachmentText(url=url, media_type="pdf", error="encrypted PDF")
        pages = len(reader.pages)
        texts = [page.extract_text() or "" for page in reader.pages]
    except (FileNotDecryptedError, DependencyError):
        return AttachmentText(url=url, media_type="pdf", error="encrypted PDF")
    except (PdfReadError, Exception) as exc:  # pypdf raises many types on damaged files; none may escape
        return AttachmentText(
            url=url, media_type="pdf", error=f"corrupt PDF: {type(exc).__name__}: {exc}"[:300]
        )
    text = clean_text("\n\n".join(texts))
    if not text:
        return AttachmentText(url=url, media_type="pdf", pages=pages, error="scanned PDF: no text layer")
    return AttachmentText(url=url, media_type="pdf", text=text, pages=pages)


def _paragraph_text(paragraph: etree._Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def docx_text(body: bytes, url: str) -> AttachmentText:
    """Paragraphs of word/document.xml (tables included, in reading order), one per line."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                return AttachmentText(url=url, media_type="docx", error="DOCX too large to read")
            root = etree.fromstring(archive.read(info), _XML_PARSER)
            pages = _docx_pages(archive)
    except KeyError:
        return AttachmentText(url=url, media_type="docx", error="not a DOCX: no word/document.xml")
    except zipfile.BadZipFile as exc:
        reason = "corrupt DOCX" if body.startswith(ZIP_MAGIC) else "not a DOCX"
        return AttachmentText(url=url, media_type="docx", error=f"{reason}: {exc}")
    except (etree.XMLSyntaxError, Exception) as exc:  # damaged members, bad XML: report, never raise
        return AttachmentText(
            url=url, media_type="docx", error=f"corrupt DOCX: {type(exc).__name__}: {exc}"[:300]
        )
    paragraphs = [_paragraph_text(p) for p in root.iter(f"{_W}p")]
    text = clean_text("\n".join(paragraphs))
    if not text:
        return AttachmentText(url=url, media_type="docx", pages=pages, error="DOCX has no text")
    return AttachmentText(url=url, media_type="docx", text=text, pages=pages)


def _docx_pages(archive: zipfile.ZipFile) -> int | None:
    """Page count Word saved in docProps/app.xml, when it did (it is a hint, not a layout)."""
    try:
        root = etree.fromstring(archive.read("docProps/app.xml"), _XML_PARSER)
        value = root.findtext(f"{_EP}Pages")
        return int(value) if value and value.strip().isdigit() else None
    except Exception:  # optional member; a bad one only costs the page count
        return None


def doc_text(body: bytes, url: str) -> AttachmentText:
    """Legacy Word 97-2003: no extractor ships with cnht, so say so (and spot encrypted OOXML)."""
    if body.startswith(OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in body:
        return AttachmentText(url=url, media_type="doc", error="encrypted Office document")
    if not body.startswith(OLE_MAGIC):
        return AttachmentText(url=url, media_type="doc", error=f"not a DOC: {_preview(body)}")
    return AttachmentText(url=url, media_type="doc", error="legacy .doc: no extractor")


def attachment_text(body: bytes, url: str, content_type: str | None = None) -> AttachmentText:
    """The text of one attachment, or the reason there is none. Never raises.

    >>> attachment_text(b"", "https://x.gov.vn/vb.pdf").error
    'empty file'
    >>> attachment_text(b"GIF89a...", "https://x.gov.vn/anh.gif").error
    "not a PDF, DOCX or DOC: starts with b'GIF89a...'"
    """
    media_type = sniff_type(body, url, content_type)
    if not body:
        return AttachmentText(url=url, media_type=media_type, error="empty file")
    if media_type == "pdf":
        return pdf_text(body, url)
    if media_type == "docx":
        return docx_text(body, url)
    if media_type == "doc":
        return doc_text(body, url)
    return AttachmentText(url=url, media_type="other", error=f"not a PDF, DOCX or DOC: {_preview(body)}")
