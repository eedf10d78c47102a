"""Dates and times as Vietnamese pages write them, normalised to ISO 8601 in Asia/Ho_Chi_Minh (+07:00)."""

from __future__ import annotations

import datetime as dt
import re

VN_TZ = dt.timezone(dt.timedelta(hours=7), "Asia/Ho_Chi_Minh")

# "12/12/2024 - 08:30", "Thứ năm, 12/12/2024 08:30", "20/05/2025 09:15", "04-8-2023", "12/03/2024 08:30:05"
_DMY = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?!\d)"
    r"(?:\D{0,4}?(?P<H>\d{1,2})[:hg](?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
# "15:45 ngày 20/05/2024", "Cập nhật lúc 08:30, 12/03/2024": the time written before the date
_HM_DMY = re.compile(
    r"(?<!\d)(?P<H>\d{1,2})[:hg](?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d)\D{0,12}?"
    r"(?<!\d)(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?!\d)"
)
_PM = re.compile(r"\b(?:PM|pm|CH)\b")
# "18 tháng 4 năm 2025" (legal documents)
_LONG = re.compile(r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")


def to_vn_iso(value: dt.datetime | dt.date) -> str:
    """ISO 8601 in +07:00; a naive datetime is taken to be Vietnam time, a date means its midnight.

    >>> to_vn_iso(dt.datetime(2024, 3, 12, 1, 30, tzinfo=dt.UTC))
    '2024-03-12T08:30:00+07:00'
    >>> to_vn_iso(dt.date(2023, 8, 4))
    '2023-08-04T00:00:00+07:00'
    """
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    value = value.replace(tzinfo=VN_TZ) if value.tzinfo is None else value.astimezone(VN_TZ)
    return value.replace(microsecond=0).isoformat()


def parse_iso(text: str) -> dt.datetime | dt.date | None:
    """ISO dates and date-times (`2024-03-12`, `2024-03-12T08:30:00+07:00`, trailing `Z`)."""
    text = text.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_vn_datetime(text: str) -> dt.datetime | dt.date | None:
    """The first day-month-year (with an optional time) in `text`, as Vietnamese pages write it.

    >>> parse_vn_datetime("Thứ năm, 12/12/2024 - 08:30")
    datetime.datetime(2024, 12, 12, 8, 30)
    >>> parse_vn_datetime("Bắc Ninh, ngày 18 tháng 4 năm 2025")
    datetime.date(2025, 4, 18)
    >>> parse_vn_datetime("04/8/2023")
    datetime.date(2023, 8, 4)
    >>> parse_vn_datetime("31/02/2024") is None
    True
    >>> parse_vn_datetime("Cập nhật: 15:45 ngày 20/05/2024")
    datetime.datetime(2024, 5, 20, 15, 45)
    """
    iso = parse_iso(text)
    if iso is not None:
        return iso
    for pattern in (_DMY, _LONG):
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        if not parts.get("H"):
            before = _HM_DMY.search(text)
            if before:
                parts = before.groupdict()
        elif int(parts["H"]) < 12 and _PM.search(text, match.end("M")):
            parts = {**parts, "H": str(int(parts["H"]) + 12)}
        try:
            day = dt.date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
            if parts.get("H"):
                return dt.datetime(
                    day.year, day.month, day.day, int(parts["H"]), int(parts["M"]), int(parts.get("S") or 0)
                )
            return day
        except ValueError:
            return None
    return None


def parse_vn_date_iso(text: str) -> str | None:
    """`parse_vn_datetime` reduced to an ISO date (`2023-08-04`), or None."""
    value = parse_vn_datetime(text)
    if value is None:
        return None
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


# --- datelines: the place and date a plain text or an article body opens with -------------------------
# "Bắc Giang, ngày 12/3/2025", "(Ngày 12/3/2025)", "BẮC NINH - Ngày 12-3-2025", "Hà Nội, 12/3/2025 (ĐT) -",
# "TP.HCM, ngày 5 tháng 3 năm 2025", "Hà Nam, ngày mười hai tháng Ba năm 2025". A weekday is no place: a
# site's header bar shows today's date ("Thứ Tư, ngày 12/3/2025"), not the article's.
_MONTH_WORDS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7}
_UNITS |= {"tám": 8, "chín": 9}
_UP = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
_PLACE = rf"(?!Thứ\b|THỨ\b|Chủ nhật|CHỦ NHẬT)[{_UP}][\w.]*(?:[ -][{_UP}][\w.]*){{0,4}}"
_WORD_NUM = r"[a-zA-Zà-ỹÀ-Ỹ]+(?: [a-zà-ỹ]+){0,2}"
_DATE_ANY = (
    r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*(?:năm|,|/)\s*(?P<y2>(?:19|20)\d{2})"
    rf"|(?:mùng |mồng )?(?P<dw>{_WORD_NUM}|\d{{1,2}})\s+tháng\s+(?P<mw>{_WORD_NUM}|\d{{1,2}})\s+năm\s+"
    r"(?P<yw>(?:19|20)\d{2}))(?!\d)"
)
_DATELINE = re.compile(
    r"^\s*(?:\(\s*[^()\n]{1,30}\)\s*[-–—:]\s*)?"  # "(Baotinh) - " before the dateline
    rf"(?:(?P<paren>\(\s*)?[Nn]gày\s+|(?P<place>{_PLACE})\s*(?:,|[-–—])\s*(?:[Nn]gày\s+|NGÀY\s+)?)"
    rf"{_DATE_ANY}(?P<tail>\s*(?:\)|[-–—]|$))?"
)
DATELINE_LINES = 3  # a dateline opens the text: only its first lines are read


def _day_in_words(words: str) -> int | None:
    """'mười hai' -> 12, 'hai mươi mốt' -> 21, '5' -> 5."""
    if words.isdigit():
        return int(words)
    parts = words.lower().split()
    if parts[:1] == ["mười"]:
        tens, rest = 10, parts[1:]
    elif len(parts) >= 2 and parts[1] == "mươi" and parts[0] in _UNITS:
        tens, rest = _UNITS[parts[0]] * 10, parts[2:]
    else:
        tens, rest = 0, parts
    if len(rest) > 1 or (rest and rest[0] not in _UNITS):
        return None
    return tens + (_UNITS[rest[0]] if rest else 0) or None


def dateline_date(line: str) -> dt.date | None:
    """The date of a dateline at the start of `line`, or None.

    >>> dateline_date("Bắc Giang, ngày 12/3/2025 - Sáng nay, tỉnh tổ chức hội nghị")
    datetime.date(2025, 3, 12)
    >>> dateline_date("(Ngày 12/3/2025)"), dateline_date("BẮC NINH - Ngày 12-3-2025")
    (datetime.date(2025, 3, 12), datetime.date(2025, 3, 12))
    >>> dateline_date("Hà Nam, ngày mười hai tháng Ba năm 2025")
    datetime.date(2025, 3, 12)
    >>> dateline_date("Thứ Tư, ngày 12/3/2025") is None
    True
    >>> dateline_date("Ngày 12/3/2025, UBND tỉnh ban hành Quyết định số 5/QĐ-UBND") is None
    True
    """
    m = _DATELINE.match(line)
    if m is None or (m["paren"] and not (m["tail"] or "").strip().startswith(")")):
        return None
    if not m["place"] and m["tail"] is None:
        return None  # "Ngày 12/3/2025, UBND tỉnh ...": the lead's event date, not a dateline
    g = m.groupdict()
    if g["y"] or g["y2"]:
        day, month, year = int(g["d"] or g["d2"]), int(g["m"] or g["m2"]), int(g["y"] or g["y2"])
    else:
        month_w = g["mw"].lower()
        day_n = _day_in_words(g["dw"])
        month_n = int(month_w) if month_w.isdigit() else _MONTH_WORDS.get(month_w)
        if day_n is None or month_n is None:
            return None
        day, month, year = day_n, month_n, int(g["yw"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dateline_in_text(text: str) -> dt.date | None:
    """The dateline date among the first lines of a plain text (a title line may come first)."""
    lines = [line for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        found = dateline_date(line)
        if found is not None:
            return found
    return None
