"""Legal document numbers: 26/2023/QĐ-UBND, 1080/QĐ-BCT, 1135/TTg-CN, 73-NQ/TW, 24/2018/QH14 ..."""

from __future__ import annotations

import functools
import re

from extract.models import DecisionRef
from extract.tag._common import _DATE_BODY, date_from_match, load, published_year

_CODE = r"[A-Za-zĐđ]{1,8}\d{0,2}"
_DASH = r"\s*[-–]\s*"
_SLASH = r"\s*/\s*"
NUMBER_RE = re.compile(
    rf"(?<![\w/.,-])(?P<num>\d{{1,5}})"
    rf"(?:"
    rf"(?:{_SLASH}(?P<year>(?:19|20)\d{{2}}))?{_SLASH}(?P<codes>{_CODE}(?:{_DASH}{_CODE}){{0,3}})"
    rf"|{_DASH}(?P<type2>{_CODE}){_SLASH}(?P<iss2>{_CODE})"
    rf")(?![\w/])"
)
_TRAILING_DATE = re.compile(rf"[\s,]*(?:\(|ban hành\s+|được ban hành\s+|vào\s+)?ngày\s+{_DATE_BODY}")


@functools.cache
def _tables() -> tuple[dict, dict, dict, re.Pattern[str]]:
    data = load("decisions.json")
    return data["doc_types"], data["issuers"], data["ascii_fix"], re.compile(data["law_code"]["pattern"])


def canonical_code(code: str) -> str:
    """'qd' -> 'QĐ', 'ttg' -> 'TTg', 'Hdnd' -> 'HĐND'."""
    _, _, fix, _ = _tables()
    up = code.upper()
    return fix.get(up, up)


def _expand(code: str) -> str | None:
    _, issuers, _, law = _tables()
    if code in issuers:
        return issuers[code]
    if law.fullmatch(code):
        return "Quốc hội"
    return None


def parse_number(m: re.Match[str]) -> tuple[str, str | None, str | None] | None:
    """(canonical number, doc_type, issuer) or None when the codes are not a known document code."""
    doc_types, issuers, _, law = _tables()
    num = m.group("num")
    if m.group("type2"):
        dtype, iss = canonical_code(m.group("type2")), canonical_code(m.group("iss2"))
        if dtype not in doc_types:
            return None
        return f"{num}-{dtype}/{iss}", doc_types[dtype], _expand(iss)
    codes = [canonical_code(c) for c in re.split(_DASH, m.group("codes"))]
    year = m.group("year")
    key = f"{num}/{year}/" if year else f"{num}/"
    key += "-".join(codes)
    first = codes[0]
    if law.fullmatch(first):
        return key, "Luật", "Quốc hội"
    if first in doc_types and len(codes) > 1:
        return key, doc_types[first], _expand(codes[1])
    if first in issuers and len(codes) > 1 and not year:
        return key, "Công văn", issuers[first]
    return None


def canonical_number(written: str) -> str:
    """One key per legal number, whatever the spelling; text that is not a known number comes back trimmed.

    >>> canonical_number("26/2023/qđ - ubnd"), canonical_number("1135/ttg-cn"), canonical_number("73-nq/tw")
    ('26/2023/QĐ-UBND', '1135/TTg-CN', '73-NQ/TW')
    """
    written = " ".join(written.split()).replace("Ð", "Đ").replace("ð", "đ")
    m = NUMBER_RE.fullmatch(written)
    parsed = parse_number(m) if m else None
    return parsed[0] if parsed else written


def tag_decisions(text: str, published: str | None = None) -> list[DecisionRef]:
    out: list[DecisionRef] = []
    for m in NUMBER_RE.finditer(text):
        parsed = parse_number(m)
        if parsed is None:
            continue
        number, doc_type, issuer = parsed
        year = int(m.group("year")) if m.group("year") else None
        date = None
        dm = _TRAILING_DATE.match(text, m.end())
        if dm:
            date = date_from_match(dm, year or published_year(published))
            if date and year is None:
                year = int(date[:4])
        out.append(
            DecisionRef(
                mention=m.group(),
                start=m.start(),
                end=m.end(),
                number=number,
                doc_type=doc_type,
                issuer=issuer,
                year=year,
                date=date,
            )
        )
    return out
