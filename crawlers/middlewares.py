"""Downloader middlewares: the raw archive (every response stored before the spider sees it), retries that
honour Retry-After (pausing the whole site) and back off, redirect loops ended at their first repeat
with a reason, and attachments on other hosts let through or refused with one."""

from __future__ import annotations

import datetime as dt
import time
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from crawlers.archive import DEFAULT_GZIP_LEVEL, ArchiveWriter, RawArchive, Role, is_final
from crawlers.urls import canonicalize, host_in_domains


def request_role(request: Request) -> Role:
    role = request.meta.get("cnht_role")
    if role:
        return role
    return "robots" if request.url.endswith("/robots.txt") else "page"


class ArchiveMiddleware:
    """Stores each response (status, headers, decoded body) and adds its record id to `response.meta`."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.archive: RawArchive | None = None
        self.writer: ArchiveWriter | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        return cls(crawler)

    def spider_opened(self, spider: scrapy.Spider) -> None:
        data_dir = Path(self.crawler.settings.get("CNHT_DATA_DIR", "cnht-data"))
        self.archive = RawArchive(data_dir / "archive")
        self.writer = self.archive.writer(
            spider.name + "-" + getattr(spider, "source_id", "x"),
            run_id=self.crawler.settings.get("CNHT_RUN_ID"),
            gzip_level=self.crawler.settings.getint("CNHT_WARC_GZIP_LEVEL", DEFAULT_GZIP_LEVEL),
        )

    def spider_closed(self, spider: scrapy.Spider) -> None:
        if self.writer is not None:
            self.writer.close()
        if self.archive is not None:
            self.archive.close()

    def process_response(
        self, request: Request, response: Response, spider: scrapy.Spider | None = None
    ) -> Any:
        if self.writer is None:
            return response
        original = request.meta.get("redirect_urls", [request.url])[0]
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, values in response.headers.items()
            for v in values
        ]
        record = self.writer.write(
            url=canonicalize(original),
            final_url=response.url,
            source=getattr(self.crawler.spider, "source_id", "?"),
            role=request_role(request),
            status=response.status,
            headers=headers,
            body=response.body,
            via=request.meta.get("cnht_via"),
            announced=request.meta.get("cnht_announced"),
        )
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("cnht/archived")
            stats.inc_value(f"cnht/archived/{record.role}")
            outcome = page_outcome(record.role, record.status, record.sha256, request.meta)
            if outcome is not None:
                stats.inc_value(f"cnht/{outcome}")
        request.meta["cnht_record_id"] = record.id
        return response


def page_outcome(role: Role, status: int, sha256: str, meta: dict[str, Any]) -> str | None:
    """What an archived page or attachment answer counts as in crawl health, None for other answers.

    A page asked for the first time is `pages_new` once its answer is final (it joins the seen-set). A page
    asked for again because discovery announced a change (`cnht_refetch_of` holds the hash of the body
    we had) is `pages_changed` when the new 200 body differs, else `pages_unchanged` (304 or same bytes).

    >>> page_outcome("page", 200, "h1", {}), page_outcome("page", 503, "h1", {})
    ('pages_new', None)
    >>> again = {"cnht_refetch_of": "h1"}
    >>> [page_outcome("page", s, h, again) for s, h in [(200, "h2"), (200, "h1"), (304, "")]]
    ['pages_changed', 'pages_unchanged', 'pages_unchanged']
    >>> page_outcome("attachment", 200, "h", {}), page_outcome("feed", 200, "h", {})
    ('attachments_new', None)
    """
    if role not in ("page", "attachment"):
        return None
    previous = meta.get("cnht_refetch_of")
    if previous is not None:
        if status == 304 or (status == 200 and sha256 == previous):
            return "pages_unchanged"
        return "pages_changed" if status == 200 else None
    if not is_final(status):
        return None
    return "pages_new" if role == "page" else "attachments_new"


def retry_after_seconds(value: bytes | str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or an HTTP date); None if unreadable.

    >>> retry_after_seconds(b"7")
    7.0
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:10 GMT", dt.datetime(2015, 10, 21, 7, 28, tzinfo=dt.UTC))
    10.0
    >>> retry_after_seconds("soon") is None
    True
    """
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())


async def _sleep(seconds: float) -> None:
    from twisted.internet import reactor  # here, not at import: importing it installs a default reactor

    if seconds > 0:
        await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))  # type: ignore[arg-type]


def pause_download_slot(
    crawler: Crawler, request: Request, seconds: float, paused_until: dict[str, float]
) -> bool:
    """Send no request of `request`'s download slot (its host, by default) for `seconds`.

    Scrapy has no public way to do this (scrapy/scrapy#3849, #6660: Retry-After and per-slot throttling
    are still under discussion). A slot whose `latercall` is set sends nothing until the call fires; this
    sets it, and the call resumes the slot's queue as the downloader's own delay does. A pause is only
    ever lengthened (`paused_until`: slot key -> monotonic time). Returns False when there is no slot.
    """
    engine = crawler.engine
    downloader = getattr(engine, "downloader", None) if engine is not None else None
    if downloader is None:
        return False
    key = downloader.get_slot_key(request)
    slot = downloader.slots.get(key)
    if slot is None:
        return False
    until = time.monotonic() + seconds
    if paused_until.get(key, 0.0) >= until:
        return True
    if slot.latercall is not None:
        slot.latercall.cancel()
    paused_until[key] = until
    slot.latercall = call_later(seconds, downloader._latercall, slot)
    return True


class PoliteRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, but waiting before each retry.

    When the server sends Retry-After (429, 503), the whole site waits: every request to that host is held
    for that long (up to `CNHT_RETRY_AFTER_MAX` seconds; a longer wait is not retried, and the reason says
    so), not only the request that got the answer. Otherwise the request alone waits an exponential
    backoff from `CNHT_RETRY_BACKOFF_BASE` seconds, capped at `CNHT_RETRY_BACKOFF_MAX`."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.retry_after_max = settings.getfloat("CNHT_RETRY_AFTER_MAX", 120.0)
        self.backoff_base = settings.getfloat("CNHT_RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("CNHT_RETRY_BACKOFF_MAX", 60.0)
        self.paused_until: dict[str, float] = {}  # download slot -> end of its Retry-After pause

    def _backoff(self, request: Request) -> float:
        return min(self.backoff_max, self.backoff_base * 2 ** request.meta.get("retry_times", 0))

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: scrapy.Spider | None = None
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is not None and wait > self.retry_after_max:
            request.meta["cnht_reason"] = (
                f"Retry-After {wait:.0f} s is beyond the {self.retry_after_max:.0f} s bound, not retried"
            )
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        if wait is not None and pause_download_slot(self.crawler, request, wait, self.paused_until):
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("cnht/domain_paused")
            return retry  # queued behind the pause with every other request to the site
        await _sleep(self._backoff(request) if wait is None else wait)
        return retry

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception, spider: scrapy.Spider | None = None
    ) -> Request | Response | None:
        retry = super().process_exception(request, exception)
        if isinstance(retry, Request):
            await _sleep(self._backoff(request))
        return retry


class RedirectLoopMiddleware:
    """Ends a redirect that leads back to a URL of its own chain, with the chain as the reason.

    Scrapy's RedirectMiddleware would hand the repeated URL to the scheduler, whose dupefilter drops it
    without a word. Sits just before it (order 610 > 600) so it sees the 3xx response first.
    """

    def process_response(
        self, request: Request, response: Response, spider: scrapy.Spider | None = None
    ) -> Response:
        location = response.headers.get(b"Location")
        if not (300 <= response.status < 400 and location):
            return response
        target = canonicalize(urljoin(request.url, location.decode("latin-1")))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in {canonicalize(u) for u in chain}:
            raise IgnoreRequest("redirect loop: " + " -> ".join([*chain, target]))
        return response


def attachment_host_refused(host: str, allowed: list[str], attachment_domains: list[str]) -> str | None:
    """The reason an attachment on `host` is not fetched, None when it may be. An empty `allowed` list
    allows every host, as Scrapy's offsite filter does.

    >>> attachment_host_refused("cdn.tinh.gov.vn", ["tinh.gov.vn"], []) is None
    True
    >>> attachment_host_refused("files.cdn.vn", ["tinh.gov.vn"], ["cdn.vn"]) is None
    True
    >>> attachment_host_refused("ads.example.com", ["tinh.gov.vn"], ["cdn.vn"])
    'offsite attachment: ads.example.com not in allowed_domains/attachment_domains'
    """
    if not allowed or host_in_domains(host, allowed) or host_in_domains(host, attachment_domains):
        return None
    return f"offsite attachment: {host or '(no host)'} not in allowed_domains/attachment_domains"


class AttachmentOffsiteMiddleware:
    """Attachment files may live on another host (a portal's CDN or file server): the source lists those
    in `attachment_domains`. Attachment requests carry `allow_offsite`, so Scrapy's OffsiteMiddleware
    (which drops what it filters with one debug line) lets them all through; this middleware, just
    before it (order 45 < 50), refuses hosts in neither list with an IgnoreRequest whose message is the
    reason the spider's errback records. A redirect keeps the request's meta, so its target is checked
    too. robots.txt requests to attachment hosts are let through Scrapy's filter as well: without that,
    the host's robots.txt is never read and everything on it counts as allowed."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AttachmentOffsiteMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: scrapy.Spider | None = None) -> None:
        spider = self.crawler.spider
        attachment_domains = list(getattr(spider, "attachment_domains", None) or [])
        host = urlsplit(request.url).hostname or ""
        if request.meta.get("dont_obey_robotstxt") and request.url.endswith("/robots.txt"):
            if attachment_domains and host_in_domains(host, attachment_domains):
                request.meta["allow_offsite"] = True
            return
        if request.meta.get("cnht_role") != "attachment":
            return
        allowed = list(getattr(spider, "allowed_domains", None) or [])
        reason = attachment_host_refused(host, allowed, attachment_domains)
        if reason is not None:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("cnht/offsite_attachments")
            raise IgnoreRequest(reason)
