"""Legal document numbers: 26/2023/QĐ-UBND, 1080/QĐ-BCT, 1135/TTg-CN, 73-NQ/TW, 24/2018/QH14, 2310/VPCP-V.I,
lower-case and spaced variants, and government URL slugs (Quyet-dinh-26-2023-QD-UBND-...).

The date that goes with a number: "... số X ngày 04/8/2023" (or "(ngày ...)", "cùng ngày ..." shared by the
numbers listed before it), or the opening date of an issuing clause ("Ngày 12/3/2024, UBND tỉnh ban hành
Quyết định số X"); a missing year comes from the publication date.
"""

from __future__ import annotations

import functools
import re

from extract.models import DecisionRef
from extract.tag._common import _DATE_BODY, date_from_match, load, published_year

_CODE = r"[A-Za-zĐđ]{1,8}\d{0,2}(?:\.[A-Z]{1,3}\b)?"  # "V.I" in 2310/VPCP-V.I
_DASH = r"\s*[-–]\s*"
_SLASH = r"\s*/\s*"
NUMBER_RE = re.compile(
    rf"(?<![\w/.,-])(?P<num>\d{{1,5}})"
    rf"(?:"
    rf"(?:{_SLASH}(?P<year>(?:19|20)\d{{2}}))?{_SLASH}(?P<codes>{_CODE}(?:{_DASH}{_CODE}){{0,3}})"
    rf"|{_DASH}(?P<type2>{_CODE}){_SLASH}(?P<iss2>{_CODE})"
    rf")(?![\w/])"
)
# Government URL slugs: Quyet-dinh-26-2023-QD-UBND-..., Nghi-quyet-115-NQ-CP-2020 (codes are upper-case there)
_SLUG_CODE = r"[A-Z][A-Za-z]{0,7}\d{0,2}"
SLUG_RE = re.compile(
    r"(?<![\w-])(?:Quyet|Nghi|Thong|Cong|Chi|Ke|Luat|Ket|Chuong|De)-?(?:dinh|quyet|tu|van|dien|thi|hoach|bao|luan"
    r"|trinh|an)?-(?P<num>\d{1,5})(?:-(?P<year>(?:19|20)\d{2}))?"
    rf"-(?P<codes>{_SLUG_CODE}(?:-{_SLUG_CODE}){{0,2}})(?![A-Za-z\d])",
    re.IGNORECASE,
)
_LEADING_DATE = re.compile(rf"^\s*(?:[Nn]gày\s+)?{_DATE_BODY}\s*,(?P<between>[^.;]*)$")
_TRAILING_DATE = re.compile(
    rf"[\s,]*(?:\(|ban hành\s+|được ban hành\s+|vào\s+|(?P<same>cùng)\s+)?ngày\s+{_DATE_BODY}"
)


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


def _slug_numbers(text: str) -> list[DecisionRef]:
    out: list[DecisionRef] = []
    for m in SLUG_RE.finditer(text):
        codes = m.group("codes").split("-")
        while codes and not codes[-1].isupper() and canonical_code(codes[-1]) not in _tables()[1]:
            codes.pop()  # trailing title words that happen to be capitalised
        if len(codes) < 2:
            continue
        written = f"{m.group('num')}/{m.group('year')}/" if m.group("year") else f"{m.group('num')}/"
        written += "-".join(codes)
        nm = NUMBER_RE.fullmatch(written)
        parsed = parse_number(nm) if nm else None
        if parsed:
            year = int(m.group("year")) if m.group("year") else None
            out.append(
                DecisionRef(
                    mention=m.group(),
                    start=m.start(),
                    end=m.end(),
                    number=parsed[0],
                    doc_type=parsed[1],
                    issuer=parsed[2],
                    year=year,
                )
            )
    return out


def _leading_date(text: str, start: int, default_year: int | None) -> str | None:
    """'Ngày 12/3/2024, UBND tỉnh ban hành Quyết định số ...': the clause's opening date is the issue date."""
    clause_start = max(text.rfind(c, 0, start) for c in ".;\n") + 1
    lm = _LEADING_DATE.match(text[clause_start:start])
    if (
        lm
        and re.search(r"\b(?:ban hành|ký|phê duyệt)\b", lm.group("between"))
        and len(lm.group("between")) < 120
    ):
        return date_from_match(lm, default_year)
    return None


@functools.cache
def _written_type_rx() -> re.Pattern[str]:
    names = set(_tables()[0].values()) | {"Hiến pháp", "Bộ luật", "Luật"}
    return re.compile(
        rf"(?<!\w)(?P<t>{'|'.join(sorted(map(re.escape, names), key=len, reverse=True))})\s+(?:số\s*)?$"
    )


def _written_type(text: str, start: int) -> str | None:
    """The document type written right before a number ("Nghị quyết số ..."), as the data names it.

    >>> _written_type("theo Nghị quyết số ", 19), _written_type("văn bản số ", 11)
    ('Nghị quyết', None)
    """
    m = _written_type_rx().search(text, max(0, start - 40), start)
    return m.group("t") if m else None


def tag_decisions(text: str, published: str | None = None) -> list[DecisionRef]:
    out: list[DecisionRef] = []
    for m in NUMBER_RE.finditer(text):
        parsed = parse_number(m)
        if parsed is None:
            continue
        number, doc_type, issuer = parsed
        doc_type = _written_type(text, m.start()) or doc_type  # "Nghị quyết số 202/2025/QH15" is no "Luật"
        year = int(m.group("year")) if m.group("year") else None
        date = None
        dm = _TRAILING_DATE.match(text, m.end())
        if dm:
            date = date_from_match(dm, year or published_year(published))
            if dm.group("same"):  # "Quyết định A, B và C cùng ngày 20/5/2024": the listed numbers share it
                for i, prev in enumerate(out):
                    if prev.date is None and re.fullmatch(r"[\w\s,/.\-–Đđ]*", text[prev.end : m.start()]):
                        out[i] = prev.model_copy(update={"date": date, "year": prev.year or int(date[:4])})
        else:
            date = _leading_date(text, m.start(), year or published_year(published))
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
    taken = [(d.start, d.end) for d in out]
    out += [d for d in _slug_numbers(text) if not any(d.start < e and s < d.end for s, e in taken)]
    return sorted(out, key=lambda d: d.start)
