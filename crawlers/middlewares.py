"""Downloader middleware that writes every response into the raw archive before the spider sees it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response

from crawlers.archive import ArchiveWriter, RawArchive, Role
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
        )

    def spider_closed(self, spider: scrapy.Spider) -> None:
        if self.writer is not None:
            self.writer.close()
        if self.archive is not None:
            self.archive.close()

    def process_response(self, request: Request, response: Response, spider: scrapy.Spider) -> Any:
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
            source=getattr(spider, "source_id", "?"),
            role=request_role(request),
            status=response.status,
            headers=headers,
            body=response.body,
        )
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("cnht/archived")
            stats.inc_value(f"cnht/archived/{record.role}")
        request.meta["cnht_record_id"] = record.id
        return response
