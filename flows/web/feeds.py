"""The latest alerts of a saved search for the alerts page, read from its Atom feed file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ATOM = "{http://www.w3.org/2005/Atom}"
RECENT = 5


@dataclass(frozen=True)
class FeedEntry:
    title: str
    url: str | None
    published: str | None  # ISO 8601 as in the feed


def feed_entries(xml: bytes | str, limit: int = RECENT) -> tuple[int, list[FeedEntry]]:
    """(number of entries, the first `limit` of them) of an Atom feed, in feed order (newest first).

    >>> feed = ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Ký kết</title>'
    ...         '<link rel="alternate" href="http://a.vn/1"/><published>2025-05-20</published></entry></feed>')
    >>> feed_entries(feed)
    (1, [FeedEntry(title='Ký kết', url='http://a.vn/1', published='2025-05-20')])
    """
    entries = ET.fromstring(xml).findall(f"{ATOM}entry")
    out = []
    for e in entries[:limit]:
        link = e.find(f"{ATOM}link")
        out.append(
            FeedEntry(
                title=(e.findtext(f"{ATOM}title") or "").strip() or "(không có tiêu đề)",
                url=link.get("href") if link is not None else None,
                published=e.findtext(f"{ATOM}published") or e.findtext(f"{ATOM}updated"),
            )
        )
    return len(entries), out


def recent_alerts(data_dir: Path, search_id: str, limit: int = RECENT) -> tuple[int, list[FeedEntry]]:
    """The feed's entries of a saved search; (0, []) while it has none or the file is unreadable."""
    path = data_dir / "alerts" / f"{search_id}.atom"
    try:
        return feed_entries(path.read_bytes(), limit)
    except (OSError, ET.ParseError):
        return 0, []
