"""The charset a text body is really in, whatever its headers or `<meta>` claim.

Vietnamese sites misdeclare often: a portal moved to UTF-8 but still sends `charset=windows-1258`, or an
old page in windows-1258 is served as `utf-8`. The archive keeps the headers exactly as received (WARC);
its index records the content type with the charset that actually decodes the body, so extraction reads
readable Vietnamese instead of mojibake.
"""

from __future__ import annotations

import codecs
import re

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom")
VIETNAMESE_LEGACY = "cp1258"  # windows-1258, the legacy Windows code page of Vietnamese sites


def _codec(name: str | None) -> str | None:
    """Python's name of a charset label, or None if unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _decodes(body: bytes, codec: str) -> bool:
    try:
        body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def declared_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*([^;\s]+)", content_type, re.I)
    return match.group(1).strip("\"'") if match else None


def effective_charset(body: bytes, content_type: str | None) -> str:
    """UTF-8 when the body is valid UTF-8; else a declared charset that decodes it; else windows-1258.

    Valid UTF-8 with non-ASCII bytes is almost never a legacy encoding by accident, so it wins over any
    declaration. A body that is not UTF-8 is read with the header's or the `<meta>` charset when that
    decodes it strictly, and with the Vietnamese Windows code page otherwise.
    """
    if _decodes(body, "utf-8"):
        return "utf-8"
    meta = _CHARSET.search(body[:4096])
    for label in (declared_charset(content_type), meta.group(1).decode("ascii") if meta else None):
        codec = _codec(label)
        if codec and codec not in ("utf-8", "ascii") and _decodes(body, codec):
            return codec
    return VIETNAMESE_LEGACY


def indexed_content_type(content_type: str | None, body: bytes) -> str | None:
    """`content_type` with its charset corrected to the one the body is in; other types unchanged.

    >>> indexed_content_type("text/html; charset=utf-8", "Công".encode("cp1258"))
    'text/html; charset=cp1258'
    >>> indexed_content_type("text/html; charset=windows-1258", "Công nghiệp".encode())
    'text/html; charset=utf-8'
    >>> indexed_content_type("text/html; charset=utf-8", "Công".encode())
    'text/html; charset=utf-8'
    >>> indexed_content_type("application/pdf", b"%PDF-1.4 \\xff")
    'application/pdf'
    """
    if not content_type or not content_type.lower().startswith(_TEXT_TYPES) or body.isascii():
        return content_type
    actual = effective_charset(body, content_type)
    if _codec(declared_charset(content_type)) == _codec(actual):
        return content_type
    mime = content_type.split(";", 1)[0].strip()
    return f"{mime}; charset={actual}"
