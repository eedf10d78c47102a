"""When discovery says a page changed: the dates feeds, sitemaps and listings announce, against our last
fetch, and against a crawl's date floor.

A feed item's `<updated>`/`<atom:updated>`/`<pubDate>`, a sitemap's `<lastmod>` or `<news:publication_date>`,
or a dated listing item's date later than the last time we fetched the page means the site re-published
it: the spider asks for it again, conditionally.
"""

from __future__ import annotations

import datetime as dt
from email.utils import parsedate_to_datetime

from extract.dates import parse_vn_datetime

# Vietnamese sites publish in Asia/Ho_Chi_Minh; a date or datetime without an offset is read there.
VN_TZ = dt.timezone(dt.timedelta(hours=7))


def announced_time(text: str | None) -> dt.datetime | None:
    """A feed or sitemap date as an aware datetime; None when absent or unreadable.

    RFC 822 (RSS `pubDate`) and ISO 8601 / W3C datetime (Atom, sitemaps) are read. A date without a time
    is read as the *end* of that day in Vietnam: a page changed that day after our fetch must not be
    missed, and the cost of the doubt is one refetch (`changed_since_fetch` remembers what it acted on).

    >>> announced_time("Tue, 17 Jun 2025 09:00:00 +0700").isoformat()
    '2025-06-17T09:00:00+07:00'
    >>> announced_time("2025-03-20T15:30:00Z").isoformat()
    '2025-03-20T15:30:00+00:00'
    >>> announced_time("2025-03-20").isoformat()
    '2025-03-20T23:59:59+07:00'
    >>> announced_time("2025-03-20T15:30:00").isoformat()  # no offset: Vietnam time
    '2025-03-20T15:30:00+07:00'
    >>> announced_time("hôm qua") is None, announced_time("") is None, announced_time(None) is None
    (True, True, True)
    """
    if not text or not text.strip():
        return None
    value = " ".join(text.split())
    if len(value) == 10 and value[4] == "-":
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return None
        return dt.datetime.combine(day, dt.time(23, 59, 59), VN_TZ)
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=VN_TZ)


def latest_announced(texts: list[str]) -> dt.datetime | None:
    """The latest readable date among an item's dates (published, updated ...).

    >>> latest_announced(["Mon, 01 Jan 2024 00:00:00 +0000", "2024-02-01T00:00:00Z", "?"]).isoformat()
    '2024-02-01T00:00:00+00:00'
    >>> latest_announced([]) is None
    True
    """
    times = [t for t in map(announced_time, texts) if t is not None]
    return max(times) if times else None


def changed_since_fetch(
    announced: dt.datetime | None, last_fetch: str | None, acted_on: str | None = None
) -> bool:
    """Whether a page announced as changed at `announced` needs fetching again after `last_fetch` (ISO),
    given `acted_on` (ISO), the announced date our latest refetch was already made for.

    The announced date must be later than both. A date without a time reads as the end of its day, and a
    feed that labels Vietnam time as GMT announces up to 7 h ahead: compared with our fetch alone, such a
    date would ask for the page on every run until it passes. Compared with what we acted on too, each
    announcement costs one refetch, and only a later one costs another.

    >>> changed_since_fetch(announced_time("2026-01-02T00:00:00Z"), "2026-01-01T00:00:00+00:00")
    True
    >>> changed_since_fetch(announced_time("2025-12-31T00:00:00Z"), "2026-01-01T00:00:00+00:00")
    False
    >>> changed_since_fetch(None, "2026-01-01T00:00:00+00:00")  # no date announced
    False
    >>> changed_since_fetch(announced_time("2026-01-02"), None)  # never fetched: not a refetch
    False
    >>> today = announced_time("2026-01-02")  # 23:59:59 in Vietnam, after our fetch at 10:00
    >>> changed_since_fetch(today, "2026-01-02T03:00:00+00:00", acted_on=today.isoformat())  # acted on
    False
    >>> changed_since_fetch(announced_time("2026-01-03"), "2026-01-02T03:00:00+00:00", today.isoformat())
    True
    """
    if announced is None or not last_fetch:
        return False
    fetched = _aware(last_fetch)
    if fetched is None or announced <= fetched:
        return False
    done = _aware(acted_on) if acted_on else None
    return done is None or announced > done


def _aware(iso: str) -> dt.datetime | None:
    """An ISO datetime as stored in the archive (UTC when it carries no offset); None if unreadable."""
    try:
        value = dt.datetime.fromisoformat(iso)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def listing_time(text: str | None) -> dt.datetime | None:
    """A listing item's date text as Vietnamese pages write it, as an aware datetime; None if unreadable.

    Like `announced_time`, the doubt goes to "later": a date alone is the end of that day in Vietnam, and
    a time written to the minute (no seconds) is the end of that minute.

    >>> listing_time("Thứ Hai, 12/05/2025 - 08:30").isoformat()
    '2025-05-12T08:30:59+07:00'
    >>> listing_time("12/05/2025 08:30:15").isoformat()
    '2025-05-12T08:30:15+07:00'
    >>> listing_time("12/05/2025").isoformat(), listing_time("ngày 12 tháng 5 năm 2025").isoformat()
    ('2025-05-12T23:59:59+07:00', '2025-05-12T23:59:59+07:00')
    >>> listing_time("2025-05-12T01:30:00Z").isoformat(), listing_time("Mới") is None
    ('2025-05-12T01:30:00+00:00', True)
    """
    if not text or not text.strip():
        return None
    value = parse_vn_datetime(" ".join(text.split()))
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time(23, 59, 59), VN_TZ)
    if value.tzinfo is not None:
        return value
    if value.second == 0:  # most listings write minutes only
        value = value.replace(second=59)
    return value.replace(tzinfo=VN_TZ)


def before_floor(announced: dt.datetime | None, floor: dt.date | None) -> bool:
    """Whether a date discovery announced is before a crawl's date floor (a day, in Vietnam time).
    Undated entries are never before it: a missing date is not an old one.

    >>> floor = dt.date(2025, 1, 1)
    >>> before_floor(announced_time("2024-12-31"), floor), before_floor(announced_time("2025-01-01"), floor)
    (True, False)
    >>> before_floor(announced_time("2024-12-31T17:30:00Z"), floor)  # 00:30 on 1 January in Vietnam
    False
    >>> before_floor(None, floor), before_floor(announced_time("2020-01-01"), None)
    (False, False)
    """
    if announced is None or floor is None:
        return False
    return announced < dt.datetime.combine(floor, dt.time(0, 0), VN_TZ)
