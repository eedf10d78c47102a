"""Attachment text: PDFs and DOCX files built here, byte by byte, then read back by extract/attachments.py.

The PDFs use a Type0 font with Identity-H encoding and a ToUnicode map (as PDFs printed from Word on
Vietnamese government machines do), so Vietnamese text survives; the image-only, encrypted and damaged
files are the failure cases met on legal portals.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader, PdfWriter

from crawlers.sample_site.make_attachments import DOCS, build_pdf
from extract import attachment_text
from extract.attachments import sniff_type
from extract.models import AttachmentText, Document

URL = "https://sct.bacninh.gov.vn/vanban/files/qd-18-2023.pdf"


# --- PDF builders ------------------------------------------------------------------------------------


def _assemble(objects: list[bytes]) -> bytes:
    """Objects numbered from 1 (1 = catalog) into a PDF with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


def _stream(data: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream"


def text_pdf(pages: list[list[str]], *, decompose: bool = False) -> bytes:
    """A PDF whose pages show `pages` (lines of Unicode text) through a ToUnicode-mapped Type0 font.

    With `decompose`, the ToUnicode map gives each accented letter as NFD (base + combining marks), as
    some PDF producers do."""
    chars = sorted({ch for page in pages for line in page for ch in line})
    cid = {ch: i + 1 for i, ch in enumerate(chars)}

    def utf16_hex(ch: str) -> str:
        text = unicodedata.normalize("NFD", ch) if decompose else ch
        return text.encode("utf-16-be").hex().upper()

    bfchar = "\n".join(f"<{cid[ch]:04X}> <{utf16_hex(ch)}>" for ch in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchar}\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    ).encode()
    n_pages = len(pages)
    first_page = 7  # objects 1-6: catalog, pages, font, CID font, descriptor, ToUnicode
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ArialMT /Encoding /Identity-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialMT "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 5 0 R /DW 500 /CIDToGIDMap /Identity >>",
        b"<< /Type /FontDescriptor /FontName /ArialMT /Flags 32 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        _stream(cmap),
    ]
    for i, lines in enumerate(pages):
        ops = ["BT /F1 11 Tf 15 TL 56 786 Td"]
        ops += ["<" + "".join(f"{cid[ch]:04X}" for ch in line) + "> Tj T*" for line in lines]
        ops.append("ET")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {first_page + 2 * i + 1} 0 R >>".encode()
        )
        objects.append(_stream("\n".join(ops).encode()))
    return _assemble(objects)


def image_only_pdf(n_pages: int = 2) -> bytes:
    """A 'scanned' PDF: every page draws one grey image and has no text at all."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode(),
        _stream(
            bytes([0x20, 0x80, 0xC0, 0xFF]),
            " /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
        ),
    ]
    for i in range(n_pages):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /XObject << /Im1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(_stream(b"q 483 0 0 730 56 56 cm /Im1 Do Q"))
    return _assemble(objects)


def encrypted(pdf: bytes, user_password: str, owner_password: str = "chu-so-huu") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- DOCX builder ------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _runs(text: str) -> str:
    """A paragraph's runs: '\\t' becomes <w:tab/>, '\\n' a <w:br/>, the text is split over two runs."""
    parts = []
    for piece in text.replace("\t", "\x00tab\x00").replace("\n", "\x00br\x00").split("\x00"):
        if piece == "tab":
            parts.append("<w:r><w:tab/></w:r>")
        elif piece == "br":
            parts.append("<w:r><w:br/></w:r>")
        elif piece:
            half = len(piece) // 2
            for chunk in (piece[:half], piece[half:]):
                if chunk:
                    parts.append(
                        f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>'
                    )
    return "".join(parts)


def docx(paragraphs: list[str], table: list[list[str]] | None = None, pages: int | None = 3) -> bytes:
    """A minimal but valid Word document: body paragraphs, then an optional table, then docProps."""
    body = "".join(f"<w:p>{_runs(p)}</w:p>" for p in paragraphs)
    if table:
        rows = "".join(
            "<w:tr>" + "".join(f"<w:tc><w:p>{_runs(cell)}</w:p></w:tc>" for cell in row) + "</w:tr>"
            for row in table
        )
        body += f"<w:tbl>{rows}</w:tbl>"
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )
    app = (
        '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns='
        '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        + (f"<Pages>{pages}</Pages>" if pages is not None else "")
        + "</Properties>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", document.encode("utf-8"))
        archive.writestr("docProps/app.xml", app.encode("utf-8"))
    return out.getvalue()


# --- PDF behaviour -----------------------------------------------------------------------------------

DECISION_LINES = [
    "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
    "Số: 18/2023/QĐ-UBND",
    "QUYẾT ĐỊNH",
    "Ban hành Quy định quản lý Chương trình phát triển công nghiệp hỗ trợ",
]


def test_text_pdf_gives_its_vietnamese_text_and_page_count():
    result = attachment_text(text_pdf([DECISION_LINES, ["Tổng kinh phí: 45 tỷ đồng."]]), URL)
    assert result.error is None
    assert result.media_type == "pdf"
    assert result.pages == 2
    for line in [*DECISION_LINES, "Tổng kinh phí: 45 tỷ đồng."]:
        assert line in result.text


def test_pdf_whose_text_map_is_decomposed_comes_back_nfc():
    result = attachment_text(text_pdf([DECISION_LINES], decompose=True), URL)
    assert unicodedata.is_normalized("NFC", result.text)
    assert "Số: 18/2023/QĐ-UBND" in result.text


def test_sample_site_attachment_pdf_is_read():
    doc = DOCS[0]
    result = attachment_text(build_pdf(doc), URL, "application/pdf")
    assert result.pages == 1
    assert "So: 18/2023/QD-UBND" in result.text
    assert "45 ty dong" in result.text


def test_image_only_pdf_is_reported_as_scanned_with_its_pages():
    result = attachment_text(image_only_pdf(3), URL)
    assert result == AttachmentText(url=URL, media_type="pdf", pages=3, error="scanned PDF: no text layer")


def test_pdf_encrypted_with_a_user_password_is_reported():
    result = attachment_text(encrypted(text_pdf([DECISION_LINES]), user_password="mat-khau"), URL)
    assert result.media_type == "pdf"
    assert result.text == ""
    assert result.error == "encrypted PDF"


def test_pdf_with_only_an_owner_password_is_still_read():
    result = attachment_text(encrypted(text_pdf([DECISION_LINES]), user_password=""), URL)
    assert result.error is None
    assert "Số: 18/2023/QĐ-UBND" in result.text


def test_truncated_pdf_gives_a_reason_not_an_exception():
    whole = text_pdf([DECISION_LINES])
    result = attachment_text(whole[: len(whole) // 3], URL)
    assert result.media_type == "pdf"
    assert result.text == ""
    assert result.error is not None and result.error.startswith("corrupt PDF: ")


@pytest.mark.parametrize(
    "body",
    [
        b"%PDF-1.4\n" + bytes(range(256)) * 8,
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
        b"%PDF-",
    ],
    ids=["garbage-after-header", "dangling-references", "header-only"],
)
def test_damaged_pdfs_never_raise(body):
    result = attachment_text(body, URL)
    assert result.media_type == "pdf"
    assert result.text == ""
    assert result.error


def test_html_error_page_served_as_pdf_is_not_a_pdf():
    result = attachment_text(b"<!DOCTYPE html><html><body>404</body></html>", URL, "application/pdf")
    assert result.media_type == "pdf"
    assert result.error is not None and result.error.startswith("not a PDF: ")


# --- DOCX and DOC ------------------------------------------------------------------------------------


def test_docx_paragraphs_tables_tabs_and_breaks_are_read_in_order():
    body = docx(
        ["ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Số:\t25/2024/QĐ-UBND", "Điều 1.\nPhạm vi điều chỉnh"],
        table=[["Nội dung", "Kinh phí"], ["Đào tạo nhân lực", "2,5 tỷ đồng"]],
        pages=4,
    )
    result = attachment_text(body, "https://x.gov.vn/qd-25.docx")
    assert result.error is None
    assert result.media_type == "docx"
    assert result.pages == 4
    assert result.text.splitlines() == [
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
        "Số:\t25/2024/QĐ-UBND",
        "Điều 1.",
        "Phạm vi điều chỉnh",
        "Nội dung",
        "Kinh phí",
        "Đào tạo nhân lực",
        "2,5 tỷ đồng",
    ]


def test_docx_in_nfd_comes_back_nfc():
    nfd = unicodedata.normalize("NFD", "Quyết định số 25/2024/QĐ-UBND của Ủy ban nhân dân tỉnh")
    result = attachment_text(docx([nfd], pages=None), "https://x.gov.vn/f.docx")
    assert result.text == unicodedata.normalize("NFC", nfd)
    assert result.pages is None


def test_docx_without_text_says_so():
    result = attachment_text(docx([""]), "https://x.gov.vn/f.docx")
    assert result.text == ""
    assert result.error == "DOCX has no text"


def test_damaged_docx_gives_a_reason():
    whole = docx(["Điều 1. Phạm vi điều chỉnh"] * 50)
    result = attachment_text(whole[: len(whole) // 2], "https://x.gov.vn/f.docx")
    assert result.media_type == "docx"
    assert result.text == ""
    assert result.error is not None and result.error.startswith("corrupt DOCX: ")


def test_docx_with_broken_xml_gives_a_reason():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", b"<w:document><w:body><w:p>")
    result = attachment_text(out.getvalue(), "https://x.gov.vn/f.docx")
    assert result.media_type == "docx"
    assert result.error is not None and result.error.startswith("corrupt DOCX: ")


def test_legacy_doc_is_an_honest_error():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(512)
    result = attachment_text(ole, "https://x.gov.vn/download.aspx?id=9", "application/octet-stream")
    assert result == AttachmentText(
        url="https://x.gov.vn/download.aspx?id=9", media_type="doc", error="legacy .doc: no extractor"
    )


def test_password_protected_word_file_is_reported_as_encrypted():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    result = attachment_text(ole, "https://x.gov.vn/f.docx")
    assert result.error == "encrypted Office document"


def test_empty_body_is_reported():
    assert attachment_text(b"", URL).error == "empty file"


# --- type sniffing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "url", "content_type", "expected"),
    [
        (b"%PDF-1.5 ...", "https://x.gov.vn/download.aspx?id=7", "application/octet-stream", "pdf"),
        (b"\r\n\r\n%PDF-1.5 ...", "https://x.gov.vn/f", None, "pdf"),  # junk before the header
        (b"%PDF-1.5 ...", "https://x.gov.vn/f.docx", "application/msword", "pdf"),  # bytes win
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "https://x.gov.vn/f.pdf", "application/pdf", "doc"),
        (b"<html>", "https://x.gov.vn/f", "application/pdf", "pdf"),  # then the content type
        (b"<html>", "https://x.gov.vn/f.DOCX", "text/html", "docx"),  # then the suffix
        (b"<html>", "https://x.gov.vn/f.docx?x=1", None, "docx"),
        (b"<html>", "https://x.gov.vn/f.html", "text/html", "other"),
    ],
)
def test_type_is_sniffed_from_bytes_then_content_type_then_suffix(body, url, content_type, expected):
    assert sniff_type(body, url, content_type) == expected


def test_docx_bytes_behind_a_pdf_url_are_read_as_docx():
    result = attachment_text(docx(["Kế hoạch 215/KH-UBND"]), "https://x.gov.vn/f.pdf", "application/pdf")
    assert result.media_type == "docx"
    assert result.text == "Kế hoạch 215/KH-UBND"


def test_other_zip_files_are_not_taken_for_docx():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    result = attachment_text(out.getvalue(), "https://x.gov.vn/bieu-mau.xlsx")
    assert result.media_type == "other"
    assert result.error is not None and result.error.startswith("not a PDF, DOCX or DOC")


def test_document_carries_attachment_texts_in_its_json():
    text = attachment_text(text_pdf([DECISION_LINES]), URL)
    document = Document(url=URL, canonical_url=URL, kind="decision", attachment_texts=[text])
    dumped = document.model_dump(mode="json")
    assert dumped["attachment_texts"][0]["media_type"] == "pdf"
    assert "QĐ-UBND" in dumped["attachment_texts"][0]["text"]
    assert Document.model_validate(dumped) == document
    assert Document(url=URL, canonical_url=URL, kind="article").attachment_texts == []
