"""What a response body really is, whatever its Content-Type says: text, or a named kind of binary data.

A site may serve a ZIP, a PDF or an image as `text/html`; decoded as text, its bytes make a garbled
"article". Extraction asks `binary_kind` first and records such a body as `not HTML: <kind>`.

The rule, in order, over the first `SNIFF_BYTES` of the body:
1. a known file signature (magic bytes at offset 0) names the format;
2. a UTF-16 or UTF-32 byte-order mark means text (those encodings are full of NUL bytes);
3. a NUL byte means binary data: no HTML page in an 8-bit or UTF-8 encoding has one;
4. more than `CONTROL_SHARE` of C0 control bytes (tab, LF, FF and CR excepted) means binary data. VISCII
   puts six rare capital letters there, far below that share.
"""

from __future__ import annotations

SNIFF_BYTES = 65536
CONTROL_SHARE = 0.05

# (signature at offset 0, what the body is). Longer signatures first where one extends another.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/ODT)"),
    (b"PK\x05\x06", "ZIP archive (empty)"),
    (b"%PDF-", "PDF document"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document (DOC/XLS/PPT)"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "ICO image"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\x00asm", "WebAssembly module"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
)
TEXT_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")
_ALLOWED_CONTROLS = frozenset(b"\t\n\x0c\r")
_CONTROLS = bytes(b for b in range(32) if b not in _ALLOWED_CONTROLS) + b"\x7f"


def _riff_kind(head: bytes) -> str | None:
    if head[:4] != b"RIFF" or len(head) < 12:
        return None
    form = head[8:12]
    return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}.get(form, "RIFF media")


def _iso_media_kind(head: bytes) -> str | None:
    if head[4:8] != b"ftyp":
        return None
    brand = head[8:12]
    if brand in (b"avif", b"avis"):
        return "AVIF image"
    if brand in (b"heic", b"heix", b"mif1"):
        return "HEIC image"
    return "MP4/QuickTime media"


def binary_kind(body: bytes) -> str | None:
    """What `body` is when it is not text, None when it is text (HTML, XML, plain text, in any charset).

    >>> binary_kind(b"<!DOCTYPE html><html><body><p>C\\xc3\\xb4ng nghi\\xe1\\xbb\\x87p</p></body></html>")
    >>> binary_kind(b"PK\\x03\\x04\\x14\\x00\\x06\\x00word/document.xml")
    'ZIP archive (or DOCX/XLSX/ODT)'
    >>> binary_kind(b"%PDF-1.7\\n%\\xe2\\xe3\\xcf\\xd3"), binary_kind(b"\\x1f\\x8b\\x08\\x00")
    ('PDF document', 'gzip data')
    >>> binary_kind(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    'PNG image'
    >>> binary_kind(b"RIFF\\x10\\x00\\x00\\x00WEBPVP8 ")
    'WebP image'
    >>> binary_kind("<html>tiếng Việt</html>".encode("utf-16"))  # BOM: text, NUL bytes and all
    >>> binary_kind(b"<html><body>abc\\x00def</body></html>")
    'binary data (NUL bytes)'
    >>> binary_kind(b"<p>" + bytes(range(1, 9)) * 20 + b"</p>")
    'binary data (96 % control characters)'
    >>> binary_kind(b"") is None
    True
    """
    head = body[:SNIFF_BYTES]
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            return kind
    special = _riff_kind(head) or _iso_media_kind(head)
    if special is not None:
        return special
    if head.startswith(TEXT_BOMS):
        return None
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    if not head:
        return None
    controls = len(head) - len(head.translate(None, _CONTROLS))
    share = controls / len(head)
    if share > CONTROL_SHARE:
        return f"binary data ({share:.0%} control characters)".replace("%", " %")
    return None
