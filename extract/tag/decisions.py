"""Legal document numbers: 26/2023/QĐ-UBND, 1080/QĐ-BCT, 1135/TTg-CN, 73-NQ/TW, 24/2018/QH14, 2310/VPCP-V.I,
lower-case and spaced variants, and government URL slugs (Quyet-dinh-26-2023-QD-UBND-...).

The date that goes with a number: "... số X ngày 04/8/2023" (or "(ngày ...)", "cùng ngày ..." shared by the
numbers listed before it), or the opening date of an issuing clause ("Ngày 12/3/2024, UBND tỉnh ban hành
Quyết định số X"); a missing year comes from the publication date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from extract.models import DecisionRef
from extract.normalize import fold
from extract.tag._common import (
    _DATE_BODY,
    ENGLISH_MONTH_NAMES,
    ENGLISH_MONTHS,
    UPPER,
    date_from_match,
    load,
    published_year,
)

# "V.I" in 2310/VPCP-V.I; "&TM" in 45/SCT-QLCN&TM
_CODE = r"[A-Za-zĐđ]{1,8}\d{0,2}(?:&[A-Za-zĐđ]{1,4})?(?:\.[A-Z]{1,3}\b)?"
_DASH = r"\s*[-–]\s*"
_SLASH = r"\s*/\s*"
_CODE_SEP = r"\s*[-–/]\s*"  # 183/2010/TTLT/BTC-BNN: a joint circular's issuers after a slash
NUMBER_RE = re.compile(
    rf"(?P<num>\d(?<![\w/.,-]\d)\d{{0,4}})"  # a digit first (re scans for it in C), then the look-behind
    rf"(?:"
    # (no word in title case after the first code: "31/2021/NĐ-CP - Quy định chi tiết ..." ends at CP; nor a
    # lower-case word after a spaced en dash, a clause's dash: "31/2021/NĐ-CP – quy định chi tiết ...". A
    # spaced hyphen may still join lower-case codes: "26/2023/qđ - ubnd")
    rf"(?:{_SLASH}(?P<year>(?:19|20)\d{{2}}))?{_SLASH}"
    rf"(?P<codes>{_CODE}(?:{_CODE_SEP}(?![A-ZĐ][a-zđ]{{2}}|(?<=– )[a-zđ]){_CODE}){{0,3}})"
    rf"|{_DASH}(?P<type2>{_CODE}){_SLASH}(?P<iss2>{_CODE})"
    # (a metadata table's cells run together: "Số hiệu:87/2019/QĐ-TTgNgày ban hành:14/05/2019")
    rf")(?!(?!Ngày |Loại |Nơi |Người |Cơ quan )[\w/])"
)
# Government URL slugs: Quyet-dinh-26-2023-QD-UBND-..., Nghi-quyet-115-NQ-CP-2020 (codes are upper-case there)
_SLUG_CODE = r"[A-Z][A-Za-z]{0,7}\d{0,2}"
SLUG_RE = re.compile(
    r"(?=[qntckld])(?<![\w-])(?:Quyet|Nghi|Thong|Cong|Chi|Ke|Luat|Ket|Chuong|De)-?(?:dinh|quyet|tu|van|dien|thi|hoach|bao|luan"
    r"|trinh|an)?-(?P<num>\d{1,5})(?:-(?P<year>(?:19|20)\d{2}))?"
    rf"-(?P<codes>{_SLUG_CODE}(?:-{_SLUG_CODE}){{0,2}})(?![A-Za-z\d])",
    re.IGNORECASE,
)
# "-" then a digit, which every slug holds: scanned for "-" in C, where SLUG_RE (IGNORECASE, a look-behind
# first) is tried at every letter
_DASH_DIGIT = re.compile(r"-\d")
# (after a paper's dateline: "(QNP) - Ngày 18/9, UBND tỉnh ... ban hành Quyết định số ...")
_LEADING_DATE = re.compile(
    rf"^\s*(?:\([^()]{{1,20}}\)\s*[-–]\s*)?(?:(?:Trước đó|Sau đó|Tiếp đó|Trước đây),\s*)?(?:[Nn]gày\s+)?"
    rf"{_DATE_BODY}\s*,(?P<between>[^.;]*)$"
)
# The issuer or the signing may stand between a number and its date: "Nghị quyết số 115/NQ-CP của Chính phủ
# ngày 6/8/2020", "Quyết định 1080/QĐ-BCT ký ngày 18/4/2025", "... được Thủ tướng ký ngày 18/01/2017", "Quyết
# định số 612/QĐ-BCT mà Bộ Công Thương ký ngày 3/3/2025", "... do Chủ tịch UBND tỉnh X ký ngày ...", "Luật
# ... số 59/2020/QH14 được Quốc hội thông qua ngày 17 tháng 6 năm 2020".
_ISSUER_WORD = (
    rf"(?:[{UPPER}][\w&.-]*|tỉnh|thành|phố|huyện|thị|xã|nhân|dân|chính|phủ|thường|trực|vụ|trung|ương|nhà"
    r"|nước|quốc|hội|ban|chấp|hành|tướng|bộ|sở|tịch"
    # the lower-case words of ministries' names: "được Bộ Kế hoạch và Đầu tư ký ban hành ngày 9/9", "Bộ Tài
    # nguyên và Môi trường", "Bộ Khoa học và Công nghệ", "Bộ Giao thông vận tải", "Bộ Y tế"
    r"|và|hoạch|tư|nguyên|trường|động|binh|thông|vận|tải|học|nghệ|nghiệp|thôn|dựng|pháp|tế|giao|dục|đào"
    r"|tạo|hóa|hoá|thể|thao|lịch|tin|truyền)(?!\w)"
)
_WHO = rf"{_ISSUER_WORD}(?:\s+{_ISSUER_WORD}){{0,9}}"
_TRAILING_DATE = re.compile(
    # (an aside before the clause: "Quyết định 15/2024/QĐ-UBND (thay thế Quyết định ...) được UBND tỉnh ban
    # hành hôm 2/4/2024")
    r"(?:\s*\([^()\n]{1,80}\)(?=\s+(?:được|do|mà|của|đã)\s))?"
    rf"[\s,]*(?:(?:của|do|mà)\s+{_WHO}\s*,?\s*)?"
    rf"(?:(?:được\s+{_WHO}\s+)?(?:đã\s+)?(?P<same_signed>cùng\s+)?(?:ký|cấp|ban hành|thông qua)\s+"
    r"(?:vào\s+)?)?"
    # "(ngày 9/8/2022)" or "(9/8/2022)": a date in brackets ("(ban hành ngày 9/12/2021)", "(phát hành ngày
    # ...)", "(ký ngày ...)": with the issuing verb)
    r"(?:\((?:(?:(?:ban hành|phát hành|ký)\s+)?(?:ngày|hôm)\s+|(?=\d))"
    r"|(?:ban hành\s+|được ban hành\s+|vào\s+|(?P<same>cùng)\s+)?(?:ngày|hôm)\s+)"
    rf"{_DATE_BODY}"
)


# English copy of a legal text: "Decree No. 95/2012/ND-CP of November 12, 2012", "Decision No. 2427/QD-TTg
# dated December 22, 2011", "Law No. 60/2010/QH12 dated 17 November 2010"
# an English date, month first or day first ("November 12, 2012", "17 November 2010"), read by `_english_date`
_ENGLISH_DATE = (
    rf"(?:(?P<month>{ENGLISH_MONTH_NAMES})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{ENGLISH_MONTH_NAMES}),?\s+(?P<year2>\d{{4}}))"
)
_ENGLISH_DATE_AFTER = re.compile(
    # ("..., which the board passed on March 2, 2022": a relative clause telling its passing)
    r",?\s+(?:dated|of|issued on|signed on|promulgated on"
    r"|which [^.;,]{0,40}?(?:passed|approved|adopted|issued|signed) on)\s+"
    rf"{_ENGLISH_DATE}(?!\d)"
)


# An English clause opening with its date: "On March 3, 2025, the provincial People's Committee issued Notice
# 41/TB-UBND", "On 12 June 2024 the ministry signed Decision ...": the number the clause's verb issues
_ENGLISH_LEADING_DATE = re.compile(rf"^\s*(?:On\s+)?{_ENGLISH_DATE},?(?P<between>\s[^.;]*)$")
_ENGLISH_ISSUING_VERB = re.compile(r"\b(?:issued|signed|approved|adopted|passed|promulgated)\b")
_ENGLISH_CITING = re.compile(r"\b(?:implementing|under|guiding|amending|replacing|following|of|to)\b")


def _english_date(m: re.Match[str]) -> str | None:
    """The ISO date of a match with groups month/day/year (or month2/day2/year2): "March 3, 2025"."""
    month = m.group("month") or m.group("month2")
    day, year = int(m.group("day") or m.group("day2")), int(m.group("year") or m.group("year2"))
    try:
        return dt.date(year, ENGLISH_MONTHS.index(month) + 1, day).isoformat()
    except ValueError:
        return None


def _english_date_after(text: str, end: int) -> str | None:
    """The date English copy writes after a legal number ("... No. 95/2012/ND-CP of November 12, 2012")."""
    m = _ENGLISH_DATE_AFTER.match(text, end)
    return _english_date(m) if m else None


@functools.cache
def _tables() -> tuple[dict, dict, dict, re.Pattern[str]]:
    data = load("decisions.json")
    return data["doc_types"], data["issuers"], data["ascii_fix"], re.compile(data["law_code"]["pattern"])


@functools.cache
def _not_documents() -> frozenset[str]:
    return frozenset(load("decisions.json")["not_documents"]["codes"])


def _court_number(codes: list[str]) -> str | None:
    """The type of a court's number by its codes: a judgment ("07/2025/KDTM-PT": "Bản án") or a court's
    decision ("09/2025/QĐST-KDTM": "Quyết định"), else None (decisions.json "court")."""
    court = load("decisions.json")["court"]
    if len(codes) != 2:
        return None
    if codes[0] in court["cases"] and codes[1] in court["instances"]:
        return "Bản án"
    if codes[0] in court["decisions"] and codes[1] in court["cases"]:
        return "Quyết định"
    return None


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


def _acronym(code: str) -> bool:
    """An agency or unit code as written in a letter's number: capitals ("TCT", "QLCN&TM", "V.I")."""
    letters = code.replace("&", "").replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def parse_number(m: re.Match[str], typed: bool = False) -> tuple[str, str | None, str | None] | None:
    """(canonical number, doc_type, issuer) or None when the codes are not a known document code.

    An official letter's number may start with any unit's code ("1234/TCT-CS", "45/SCT-QLCN&TM"): codes
    written in capitals, at least two of them, or one after a written type (`typed`: "Công văn 285/CCTTHC").
    """
    doc_types, issuers, _, law = _tables()
    num = m.group("num")
    if m.group("type2"):
        dtype, iss = canonical_code(m.group("type2")), canonical_code(m.group("iss2"))
        if dtype not in doc_types:
            return None
        return f"{num}-{dtype}/{iss}", doc_types[dtype], _expand(iss)
    parts = re.split(r"\s*([-–/])\s*", m.group("codes"))
    raw, seps = parts[::2], ["-" if sep == "–" else sep for sep in parts[1::2]]
    codes = [canonical_code(c) for c in raw]
    year = m.group("year")
    key = f"{num}/{year}/" if year else f"{num}/"
    key += codes[0] + "".join(sep + code for sep, code in zip(seps, codes[1:], strict=True))
    first = codes[0]
    if first in _not_documents():
        return None  # a licence's number ("123/GP-BTTTT"), not a document's
    if law.fullmatch(first):
        return key, "Luật", "Quốc hội"
    if (court := _court_number(codes)) is not None:
        return key, court, load("decisions.json")["court"]["issuer"]
    if first in doc_types and len(codes) > 1:
        return key, doc_types[first], _expand(codes[1])
    if first in issuers and len(codes) > 1 and not year:
        return key, "Công văn", issuers[first]
    if not year and first not in doc_types and (len(codes) > 1 or typed) and all(map(_acronym, raw)):
        return key, "Công văn", _expand(first)
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
    if _DASH_DIGIT.search(text) is None:
        return out  # every slug holds "-" then its number's first digit: a text without one holds no slug
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


OBJECT_CHARS = 60  # longest text between an issuing verb and the number it issues
# "ban hành", "ký", "phê duyệt"; a licence "cấp", and "có Quyết định số ..." (the body has issued it)
_ISSUING_VERB = re.compile(r"\b(?:ban hành|ký|phê duyệt|cấp|có|thông qua)\b")
_CITING = re.compile(r"\b(?:thực hiện|triển khai|theo|căn cứ|của|hướng dẫn|sửa đổi|thay thế)\b")


def _leading_date(text: str, start: int, default_year: int | None) -> str | None:
    """'Ngày 12/3/2024, UBND tỉnh ban hành Quyết định số ...': the clause's opening date is the issue date.

    The clause starts at a line break, or at the last '.'/';' when the text wraps lines inside a sentence
    (text from PDF attachments: "Ngày 12/3/2024, UBND tỉnh\nBắc Ninh ban hành ...").
    """
    sentence = max(text.rfind(c, 0, start) for c in ".;") + 1
    line = max(text.rfind("\n", 0, start) + 1, sentence)
    for clause_start in dict.fromkeys((line, sentence)):
        lm = _LEADING_DATE.match(text[clause_start:start].replace("\n", " "))
        verbs = list(_ISSUING_VERB.finditer(lm.group("between"))) if lm else []
        # the number must be the verb's object ("ban hành Quyết định số X"), not a document the issued one
        # carries out ("ban hành kế hoạch thực hiện Nghị quyết số X": X keeps its own date)
        if lm and verbs and len(lm.group("between")) < 120:
            tail = lm.group("between")[verbs[-1].end() :]
            if len(tail) <= OBJECT_CHARS and not _CITING.search(tail):
                return date_from_match(lm, default_year)
        em = _ENGLISH_LEADING_DATE.match(text[clause_start:start].replace("\n", " "))
        verbs = list(_ENGLISH_ISSUING_VERB.finditer(em.group("between"))) if em else []
        if em and verbs and len(em.group("between")) < 120:  # "On March 3, 2025, the X issued Notice ..."
            tail = em.group("between")[verbs[-1].end() :]
            if len(tail) <= OBJECT_CHARS and not _ENGLISH_CITING.search(tail):
                return _english_date(em)
    return None


# A legal header: "Số: 12/2024/QĐ-UBND" and, on the next line or in the next cell, "Bắc Ninh, ngày 5 tháng 3
# năm 2024" (or that line first, when the header's columns were read in the other order).
# the label of a metadata block's own number ("Số hiệu: 1584/QĐ-TTg Loại văn bản: ... Ngày ban hành: ..."):
# its "Ngày ban hành" is the number's date, the block's fields in any order, cells or not
_BLOCK_LABEL_WORDS = r"Số\s*(?:hiệu|ký hiệu)|Official number|Document number"
_HEADER_LABEL = re.compile(
    # (a header flattened into one line: "... Hạnh phúc --------------- Số: 2117/QĐ-TTg Hà Nội, ngày ...")
    rf"(?:^|[\n|·]|-{{3,}})\s*(?:Số|{_BLOCK_LABEL_WORDS})[\s:|]*$",
    re.IGNORECASE,
)
_BLOCK_LABEL = re.compile(rf"(?:{_BLOCK_LABEL_WORDS})[\s:|]*$", re.IGNORECASE)
_NEXT_BLOCK = re.compile(_BLOCK_LABEL_WORDS, re.IGNORECASE)
# a portal's metadata table: "| Số hiệu | 19/2025/NQ-HĐND | ... | Ngày ban hành | 09/07/2025 |"
_ISSUED_CELL = re.compile(
    rf"(?:Ngày ban hành|Ngày ký|Ban hành ngày|Issuing date|Issued date|Date of issue)[\s|:]*(?:[Nn]gày\s+)?"
    rf"{_DATE_BODY}",
    re.IGNORECASE,
)
_PLACE_DATE = rf"(?:[^\W\d][^\n|·,;.:]{{0,40}},\s*)?[Nn]gày\s+{_DATE_BODY}"
_HEADER_DATE_AFTER = re.compile(rf"\s*[|·:\n]?\s*{_PLACE_DATE}")
# an official letter's subject line between the two ("Số: 4620/BKHĐT-QLKKT / V/v ... / Hà Nội, ngày 14 tháng 6
# năm 2024"): the date line ends its line (not a body's "Ngày 2/3/2026, Công ty đã ký ...")
_HEADER_DATE_AFTER_SUBJECT = re.compile(
    rf"[ \t]*\n[ \t]*V/v\b[^\n]{{0,200}}\n(?:[ \t]*\n)*[ \t]*{_PLACE_DATE}[ \t]*(?:\n|$)"
)
_HEADER_DATE_BEFORE = re.compile(rf"{_PLACE_DATE}\s*[|·\n]\s*$")


def _header_date(text: str, start: int, end: int, default_year: int | None) -> str | None:
    """The place-and-date line next to a "Số: ..." header line, or the "Ngày ban hành" cell of the metadata
    table whose "Số hiệu" cell holds the number: the document's own date."""
    if not _HEADER_LABEL.search(text, max(0, start - 30), start):
        return None
    cell = _ISSUED_CELL.search(text, end, end + 300)
    block = (
        cell is not None
        and _BLOCK_LABEL.search(text, max(0, start - 30), start) is not None
        and not _NEXT_BLOCK.search(text, end, cell.start())
    )
    if cell and ("|" in text[end : cell.start()] or block) and cell.group("y2" if cell.group("d2") else "y"):
        return date_from_match(cell, default_year)
    after = _HEADER_DATE_AFTER.match(text, end) or _HEADER_DATE_AFTER_SUBJECT.match(text, end)
    if after and after.group("y2" if after.group("d2") else "y"):
        return date_from_match(after, default_year)
    label = max(text.rfind(c, 0, start) for c in "\n|·")
    before = _HEADER_DATE_BEFORE.search(text, max(0, label - 80), label + 1) if label > 0 else None
    if before and before.group("y2" if before.group("d2") else "y"):
        return date_from_match(before, default_year)
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


_YEAR_AFTER = re.compile(r"[\s_-]+(?:năm[\s_-]+)?(?P<y>(?:19|20)\d{2})(?![\d/])")
_TYPE_BEFORE = re.compile(r"(?:[Vv]ăn bản|[Cc]ông văn)\s+(?:số\s*)?$")


def _ref(text: str, m: re.Match[str], parsed: tuple, written: str | None, date: str | None) -> DecisionRef:
    number, doc_type, issuer = parsed
    year = int(m.group("year")) if m.group("year") else None
    if year is None:
        after = _YEAR_AFTER.match(text, m.end())  # "Quyết định 1080/QĐ-BCT năm 2024 phê duyệt ..."
        if after and text[m.end() : after.start("y")].strip() in ("năm", ""):
            year = int(after.group("y"))
    if date and year is None:
        year = int(date[:4])
    return DecisionRef(
        mention=text[m.start("num") : m.end()],
        start=m.start("num"),
        end=m.end(),
        number=number,
        doc_type=written or doc_type,  # "Nghị quyết số 202/2025/QH15" is no "Luật"
        issuer=issuer,
        year=year,
        date=date,
    )


_LIST_SEP = re.compile(r"\s*(?:,|và)\s*(?:số\s*)?")
_BARE_LIST = re.compile(r"(?:(?<=\bsố )|(?<=\bsố))(?P<nums>\d{1,5}(?:\s*(?:,|và)\s*\d{1,5})*)\s*(?:,|và)\s*$")


def _dated(ref: DecisionRef, date: str) -> DecisionRef:
    """`ref` with a date written after it (its year too, when the number has none)."""
    return ref.model_copy(update={"date": date, "year": ref.year or int(date[:4])})


def _share_date(text: str, out: list[DecisionRef], start: int, date: str | None) -> None:
    """Numbers listed just before `start` with only "," or "và" between them and no date of their own take
    the date written after the list's last number."""
    if date is None:
        return
    end = start
    for i in range(len(out) - 1, -1, -1):
        prev = out[i]
        if prev.date is not None or not _LIST_SEP.fullmatch(text[prev.end : end]):
            return
        out[i] = _dated(prev, date)
        end = prev.start


def _listed_before(text: str, m: re.Match[str], date: str | None) -> list[DecisionRef]:
    """ "Quyết định số 1123, 1124 và 1125/QĐ-UBND": the bare numbers listed before a full one share its year
    and codes (and its date)."""
    if m.group("codes") is None:
        return []
    lm = _BARE_LIST.search(text, max(0, m.start("num") - 60), m.start("num"))
    if lm is None:
        return []
    suffix = text[m.end("num") : m.end()]
    refs = []
    for n in re.finditer(r"\d{1,5}", lm.group("nums")):
        full = NUMBER_RE.fullmatch(n.group() + suffix)
        parsed = parse_number(full) if full else None
        if parsed is None:
            continue
        start = lm.start("nums") + n.start()
        year = int(full.group("year")) if full.group("year") else (int(date[:4]) if date else None)
        refs.append(
            DecisionRef(
                mention=n.group(),
                start=start,
                end=start + len(n.group()),
                number=parsed[0],
                doc_type=_written_type(text, lm.start("nums")) or parsed[1],
                issuer=parsed[2],
                year=year,
                date=date,
            )
        )
    return refs


def tag_decisions(text: str, published: str | None = None) -> list[DecisionRef]:
    out: list[DecisionRef] = []
    lowered: str | None = None  # the text in lower case, made when a date in capitals follows a number
    for m in NUMBER_RE.finditer(text):
        written = _written_type(text, m.start())
        typed = bool(written or _TYPE_BEFORE.search(text, max(0, m.start() - 20), m.start()))
        parsed = parse_number(m) or (parse_number(m, typed=True) if typed else None)
        if parsed is None:
            continue
        year = int(m.group("year")) if m.group("year") else None
        default_year = year or published_year(published)
        date = None
        dm = _TRAILING_DATE.match(text, m.end())
        if dm is None and text.startswith((" NGÀY ", " Ngày "), m.end()):
            # a title in capitals: "SỐ 17/2008/QĐ-BTNMT NGÀY 04 THÁNG 9 NĂM 2008"
            if lowered is None:
                lowered = text.lower()
                lowered = lowered if len(lowered) == len(text) else ""  # (offsets must stay the text's)
            dm = _TRAILING_DATE.match(lowered, m.end()) if lowered else None
        if dm:
            date = date_from_match(dm, default_year)
            if date is not None and (dm.group("same") or dm.group("same_signed")):
                # "Quyết định A, B và C cùng ngày 20/5/2024", "... cùng ký ngày 30/5": the listed numbers
                # share it
                for i, prev in enumerate(out):
                    if prev.date is None and re.fullmatch(r"[\w\s,/.\-–Đđ]*", text[prev.end : m.start()]):
                        out[i] = _dated(prev, date)
            else:  # "Quyết định số 1123/QĐ-UBND và 1124/QĐ-UBND ngày 6/6/2025": one date after a list
                _share_date(text, out, m.start(), date)
        else:
            date = (
                _header_date(text, m.start(), m.end(), default_year)
                or _leading_date(text, m.start(), default_year)
                or _english_date_after(text, m.end())
            )
        out += _listed_before(text, m, date)
        out.append(_ref(text, m, parsed, written, date))
    taken = [(d.start, d.end) for d in out]
    for extra in (_slug_numbers(text), _typed_loose_numbers(text, published)):
        found = [d for d in extra if not any(d.start < e and s < d.end for s, e in taken)]
        out += found
        taken += [(d.start, d.end) for d in found]
    return _dated_again(sorted(out, key=lambda d: d.start))


def _dated_again(refs: list[DecisionRef]) -> list[DecisionRef]:
    """A number the text dates once and cites again without a date keeps its date there: one document has
    one date of issue ("Căn cứ Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 ...; Nghị định số 205/2025/NĐ-CP
    ... sửa đổi ... Nghị định số 111/2015/NĐ-CP;": the second mention of 111/2015/NĐ-CP is of 3/11/2015)."""
    dated: dict[str, str] = {}
    for d in refs:
        if d.date is not None:
            dated.setdefault(d.number, d.date)
    if not dated:
        return refs
    return [_dated(d, dated[d.number]) if d.date is None and d.number in dated else d for d in refs]


# Numbers written loosely after a document type, as titles, tags and URL slugs write them: "quyet dinh so 18
# 2020 qd ttg", "quyết định số 307qđ ttg", "công văn số 4021vpcp cn", "cong-van-538-qlcl-qlvbcc-2019",
# "THÔNG TƯ15/2017/TT-BCT", "Nghị định 15/2020" (a decree is always the Government's: 15/2020/NĐ-CP).
# Matched on the folded text (same length as the NFC text, so offsets carry over).
_LOOSE_TOKEN = re.compile(r"[\s_/-]*(?P<t>[a-z]{1,8}\d{0,2}(?:&[a-z]{1,4})?)(?![a-z])")
# A folded Vietnamese syllable (onset, vowels, final): a lower-case token of this shape is a word of the title
# ("phe duyet"), one of another shape an agency code ("ubdt", "qlcl", "bgddt").
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_NOT_CODES = frozenset({"ky", "ly", "my", "va", "ve", "so", "cua", "tai", "nam", "ngay", "theo"})


@functools.cache
def _typed_loose_rx() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {fold(n): n for n in _tables()[0].values()} | {"van ban": "Công văn"}
    alt = "|".join(r"[\s_-]+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True))
    rx = re.compile(
        rf"(?<![a-z])(?P<type>{alt})[\s_-]*(?:so[\s_-]*:?[\s_-]*)?"
        rf"(?<![\d/])(?P<num>\d{{1,5}})(?:[\s_/-]+(?P<year>(?:19|20)\d{{2}}))?(?![\d])"
    )
    return rx, {re.sub(r"\s+", " ", k): v for k, v in names.items()}


def _search_phrase(text: str, at: int) -> bool:
    """The line holding `at` is in lower case, with no accent and no punctuation ("download phap luat thong
    tu 14 2024 tt bct ...", "nghi quyet so 45 nq cp"): a search phrase or a tag a page lists, which cites no
    document."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return _PHRASE.fullmatch(text, start, len(text) if end < 0 else end) is not None


_PHRASE = re.compile(r"[a-z\d ]+")


def _loose_code_ok(folded: str, written: str, first: bool) -> bool:
    doc_types, issuers, _, law = _tables()
    code = canonical_code(folded)
    if code in doc_types or code in issuers or law.fullmatch(code):
        return True
    if folded in _NOT_CODES or len(folded) < 2:
        return False
    return _acronym(written) or not _SYLLABLE.fullmatch(folded)


def _typed_loose_numbers(text: str, published: str | None) -> list[DecisionRef]:
    folded = fold(text)
    if len(folded) != len(text):
        return []
    rx, names = _typed_loose_rx()
    out: list[DecisionRef] = []
    for m in rx.finditer(folded):
        if _search_phrase(text, m.start()):
            continue
        codes: list[tuple[str, int]] = []
        pos = m.end()
        joined = None  # "26/2023/QĐ-UBND QUY ĐỊNH": once codes are joined by "-" or "/", a space ends them
        while len(codes) < 4:
            tm = _LOOSE_TOKEN.match(folded, pos)
            if not tm or not _loose_code_ok(tm.group("t"), text[tm.start("t") : tm.end("t")], not codes):
                break
            sep = folded[pos : tm.start("t")]
            if joined is None and sep.strip():
                joined = True
            elif joined and (not sep.strip() or sep != sep.strip()):
                break
            codes.append((canonical_code(tm.group("t")), tm.end()))
            pos = tm.end()
        doc_name = names[re.sub(r"[\s_-]+", " ", m.group("type"))]
        year = m.group("year")
        if not codes and doc_name == "Nghị định" and year:
            codes, end = [("NĐ", m.end()), ("CP", m.end())], m.end()
        if not codes:
            continue
        end = codes[-1][1]
        written = f"{m.group('num')}/{year}/" if year else f"{m.group('num')}/"
        written += "-".join(c for c, _ in codes)
        nm = NUMBER_RE.fullmatch(written)
        single_ok = len(codes) > 1 or doc_name == "Công văn"
        parsed = parse_number(nm, typed=single_ok) if nm else None
        if parsed is None:
            continue
        after = _YEAR_AFTER.match(text, end)
        ref_year = int(year) if year else int(after.group("y")) if after else None
        dm = _TRAILING_DATE.match(text, end)
        date = date_from_match(dm, ref_year or published_year(published)) if dm else None
        out.append(
            DecisionRef(
                mention=text[m.start("num") : end],
                start=m.start("num"),
                end=end,
                number=parsed[0],
                doc_type=doc_name,
                issuer=parsed[2],
                year=ref_year or (int(date[:4]) if date else None),
                date=date,
            )
        )
    return out
