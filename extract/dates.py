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
