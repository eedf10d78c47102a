"""Delivery channels: an Atom 1.0 feed per saved search, and one line per alert on stdout."""

from __future__ import annotations

import datetime as dt
import functools
import html
import os
import re
import sys
import tempfile
import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple, Protocol, TextIO, runtime_checkable

from search.alerts.models import Alert
from search.sqlite_util import utc_now

ATOM_NS = "http://www.w3.org/2005/Atom"
MAX_FEED_ENTRIES = 1000
_A = f"{{{ATOM_NS}}}"

ET.register_namespace("", ATOM_NS)


@runtime_checkable
class Channel(Protocol):
    def send(self, alert: Alert) -> None:
        """Deliver one alert. Raise on failure: the outbox row then stays 'recorded' for a retry."""
        ...


@runtime_checkable
class BatchChannel(Channel, Protocol):
    """A channel that delivers many alerts in one call (the engine then marks them sent together).

    `batch_size`: alerts per call at most (None: all of a run). A crash after a call and before the
    alerts are marked sent redelivers that call's alerts on the next run, so a channel that is not
    idempotent keeps it small."""

    batch_size: int | None

    def send_batch(self, alerts: list[Alert]) -> list[Exception | None]:
        """Deliver `alerts`; per alert, None when delivered or the exception that stopped it."""
        ...


def entry_id(delivery_id: str) -> str:
    return f"urn:cnht:alert:{delivery_id}"


@functools.lru_cache(maxsize=4096)
def _rfc3339(value: str | None) -> str | None:
    """A full ISO date-time with offset, as Atom requires, or None."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return None
    return parsed.isoformat()


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, _A + tag, attrs)
    if text is not None:
        el.text = text
    return el


def feed_element(
    search_id: str, name: str, entries: list[ET.Element], updated: str | None = None
) -> ET.Element:
    """The <feed> of a saved search with `entries` (none: a valid empty feed, updated `updated`)."""
    feed = ET.Element(_A + "feed")
    _sub(feed, "id", f"urn:cnht:search:{search_id}")
    _sub(feed, "title", name)
    newest = max((e.findtext(_A + "updated") or "" for e in entries), default="")
    _sub(feed, "updated", newest or _rfc3339(updated) or utc_now())
    author = _sub(feed, "author")
    _sub(author, "name", "cnht")
    _sub(feed, "generator", "cnht")
    feed.extend(entries)
    ET.indent(feed)
    return feed


def empty_feed(search_id: str, name: str, updated: str | None = None) -> bytes:
    """The Atom document of a saved search that has alerted nothing yet."""
    return feed_bytes(search_id, name, [], updated)


# -- the feed written as text: the same XML as `feed_element` serialised by ElementTree (a test compares
# their canonical forms), without ElementTree's serialiser, which cost more than everything else in
# delivering an alert (issue 16)


_ATTR_SPECIAL = re.compile(r'[&<>"\r\n\t]')
_ATTR_ESCAPES = [
    ("&", "&amp;"),
    ("<", "&lt;"),
    (">", "&gt;"),
    ('"', "&quot;"),
    ("\r", "&#13;"),
    ("\n", "&#10;"),
]
_ATTR_ESCAPES += [("\t", "&#09;")]


def _text(value: str) -> str:
    """Character data escaped as ElementTree escapes it. (Three `in` tests: a regex search of a
    Vietnamese snippet cost 3 us, these 0.25.)"""
    if "&" not in value and "<" not in value and ">" not in value:
        return value
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html(value: str) -> str:
    """`html.escape`, with nothing to do most of the time."""
    if "&" not in value and "<" not in value and ">" not in value and '"' not in value and "'" not in value:
        return value
    return html.escape(value)


def _attr(value: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    if _ATTR_SPECIAL.search(value) is None:
        return value
    for char, entity in _ATTR_ESCAPES:
        value = value.replace(char, entity)
    return value


def _element(tag: str, text: str | None = None, depth: int = 1, **attrs: str) -> str:
    pad = "  " * depth
    at = "".join([f' {k}="{_attr(v)}"' for k, v in attrs.items()]) if attrs else ""
    if not text:
        return f"{pad}<{tag}{at} />\n"
    return f"{pad}<{tag}{at}>{_text(text)}</{tag}>\n"


class FeedEntry(NamedTuple):
    """One <entry> of a feed, as XML text (indented, one level in) with what the feed sorts it by."""

    id: str
    sort_key: tuple[str, str]  # (updated, published)
    xml: str


def _alert_entry(alert: Alert) -> FeedEntry:
    key = entry_id(alert.delivery_id)
    updated = _rfc3339(alert.alerted_at) or utc_now()
    published = _rfc3339(alert.published)
    summary = " … ".join(alert.matched) if alert.matched else (alert.title or alert.url)
    why = alert.reasons.summary()
    if why:
        summary += f"<br/>why: {_html(why)}"
    if alert.other_sources:
        summary += "<br/>also on: " + " ".join([_html(u) for u in alert.other_sources])
    title = alert.title or alert.url
    xml = "".join(  # what `_element` writes, one f-string each: this runs once per alert
        (
            f"  <entry>\n    <id>{_text(key)}</id>\n",
            f"    <title>{_text(title)}</title>\n" if title else "    <title />\n",
            f'    <link rel="alternate" href="{_attr(alert.url)}" />\n',
            f"    <updated>{updated}</updated>\n",  # dates written by isoformat: nothing to escape
            f"    <published>{published}</published>\n" if published else "",
            f'    <summary type="html">{_text(summary)}</summary>\n'
            if summary
            else '    <summary type="html" />\n',
            f'    <category term="{_attr(alert.search_id)}" />\n  </entry>\n',
        )
    )
    return FeedEntry(key, (updated, published or ""), xml)


def _parsed_entry(entry: ET.Element) -> FeedEntry:
    """An <entry> read back from a feed file, written out again as `_alert_entry` writes it."""
    sort_key = (entry.findtext(_A + "updated") or "", entry.findtext(_A + "published") or "")
    parts = ["  <entry>\n"]
    for child in entry:
        if not child.tag.startswith(_A) or len(child) or any(k.startswith("{") for k in child.attrib):
            break  # not written by cnht: ElementTree writes it as it is, below
        parts.append(_element(child.tag[len(_A) :], child.text, 2, **child.attrib))
    else:
        parts.append("  </entry>\n")
        return FeedEntry(entry.findtext(_A + "id") or "", sort_key, "".join(parts))
    ET.indent(entry, level=1)
    entry.tail = None
    xml = ET.tostring(entry, encoding="unicode")
    return FeedEntry(entry.findtext(_A + "id") or "", sort_key, f"  {xml}\n")


def feed_bytes(search_id: str, name: str, entries: list[FeedEntry], updated: str | None = None) -> bytes:
    """The Atom document of a saved search with `entries` (in the order given), UTF-8."""
    newest = max((e.sort_key[0] for e in entries), default="")
    head = "".join(
        (
            "<?xml version='1.0' encoding='utf-8'?>\n",
            f'<feed xmlns="{ATOM_NS}">\n',
            _element("id", f"urn:cnht:search:{search_id}"),
            _element("title", name),
            _element("updated", newest or _rfc3339(updated) or utc_now()),
            "  <author>\n",
            _element("name", "cnht", 2),
            "  </author>\n",
            _element("generator", "cnht"),
        )
    )
    return (head + "".join(e.xml for e in entries) + "</feed>").encode("utf-8")


class AtomFeedChannel:
    """Keeps `DATA_DIR/alerts/<search_id>.atom`: one entry per delivery_id, newest first, written atomically.

    Re-sending an alert whose delivery_id is already in the feed changes nothing, so the channel is
    idempotent and a crash between send and mark-sent cannot duplicate an entry."""

    batch_size = None  # idempotent: all of a run's alerts at once, each feed read and written once

    def __init__(self, data_dir: Path | str) -> None:
        self.dir = Path(data_dir) / "alerts"
        self._lock = threading.Lock()

    def feed_path(self, search_id: str) -> Path:
        return self.dir / f"{search_id}.atom"

    def send(self, alert: Alert) -> None:
        self._add([alert])

    def send_batch(self, alerts: list[Alert]) -> list[Exception | None]:
        """`send` for many alerts: each feed is read, extended and written (fsynced) once."""
        feeds: dict[str, list[int]] = {}
        for i, alert in enumerate(alerts):
            feeds.setdefault(alert.search_id, []).append(i)
        out: list[Exception | None] = [None] * len(alerts)
        for positions in feeds.values():
            try:
                self._add([alerts[i] for i in positions])
            except Exception as exc:  # this feed's alerts stay pending; the other feeds go on
                for i in positions:
                    out[i] = exc
        return out

    def _add(self, alerts: list[Alert]) -> None:
        """Add the alerts (all of one saved search) not in the feed yet, and write the feed once."""
        path = self.feed_path(alerts[0].search_id)
        with self._lock:
            entries = self._read_entries(path)
            ids = {e.id for e in entries}
            last = None
            for alert in alerts:
                key = entry_id(alert.delivery_id)
                if key in ids:
                    continue
                ids.add(key)
                entries.append(_alert_entry(alert))
                last = alert
            if last is None:
                return
            entries.sort(key=lambda e: e.sort_key, reverse=True)
            self._write(path, last, entries[:MAX_FEED_ENTRIES])

    def create(self, search_id: str, name: str) -> None:
        """Write the saved search's feed with no entry yet, unless it exists: a feed reader subscribed
        right after the search was saved gets a valid, empty feed, not a 404."""
        path = self.feed_path(search_id)
        with self._lock:
            if not path.exists():
                self._write_feed(path, search_id, name, [])

    @staticmethod
    def _read_entries(path: Path) -> list[FeedEntry]:
        if not path.exists():
            return []
        root = ET.parse(path).getroot()
        return [_parsed_entry(e) for e in root.findall(_A + "entry")]

    def _write(self, path: Path, alert: Alert, entries: list[FeedEntry]) -> None:
        self._write_feed(path, alert.search_id, alert.search_name, entries)

    def _write_feed(self, path: Path, search_id: str, name: str, entries: list[FeedEntry]) -> None:
        data = feed_bytes(search_id, name, entries)
        self.dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=self.dir)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class StdoutChannel:
    """Prints one line per alert: `[alert <search name>] <published> <title> <url>`.

    At-least-once, by design: a line cannot be printed and recorded atomically, so a crash after the
    print and before the outbox rows are marked sent prints those lines once more on the next run (the
    engine marks every `batch_size` lines: at most that many per crash). The alternative, marking
    before printing, would lose lines instead. Use the Atom feed (keyed by delivery id) or a webhook
    (delivery id header) where a duplicate matters."""

    batch_size = 100  # lines printed, then marked sent together: at most this many reprinted per crash

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    def send(self, alert: Alert) -> None:
        self.send_batch([alert])

    def send_batch(self, alerts: list[Alert]) -> list[Exception | None]:
        """One write and one flush for all the lines."""
        stream = self._stream if self._stream is not None else sys.stdout
        stream.write("".join(self.line(a) + "\n" for a in alerts))
        stream.flush()
        return [None] * len(alerts)

    @staticmethod
    def line(alert: Alert) -> str:
        published = (alert.published or "")[:10] or "-"
        title = " ".join((alert.title or "(no title)").split())
        return f"[alert {alert.search_name}] {published} {title} {alert.url}"
