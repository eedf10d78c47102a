"""Downloader middlewares: the raw archive (every response stored before the spider sees it), retries that
honour Retry-After and back off, and redirect loops ended at their first repeat with a reason."""

from __future__ import annotations

import datetime as dt
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from crawlers.archive import DEFAULT_GZIP_LEVEL, ArchiveWriter, RawArchive, Role, is_final
from crawlers.urls import canonicalize


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
        )
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("cnht/archived")
            stats.inc_value(f"cnht/archived/{record.role}")
            if record.role == "page" and is_final(record.status):
                stats.inc_value("cnht/pages_new")  # joins the seen-set: not asked for again
        request.meta["cnht_record_id"] = record.id
        return response


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


class PoliteRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, but waiting before each retry: the server's Retry-After when it sends one
    (up to `CNHT_RETRY_AFTER_MAX` seconds; a longer wait is not retried, and the reason says so), else an
    exponential backoff from `CNHT_RETRY_BACKOFF_BASE` seconds, capped at `CNHT_RETRY_BACKOFF_MAX`."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.retry_after_max = settings.getfloat("CNHT_RETRY_AFTER_MAX", 120.0)
        self.backoff_base = settings.getfloat("CNHT_RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("CNHT_RETRY_BACKOFF_MAX", 60.0)

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
