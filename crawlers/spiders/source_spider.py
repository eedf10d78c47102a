"""One generic spider for every declared source: discovery as data, fetching as Scrapy does it.

The spider only discovers and fetches. It never parses an article: the archive middleware stores each
response, and the extraction stage reads the archive later, so a better extractor never needs a re-crawl.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from crawlers.archive import RawArchive
from crawlers.sources import Source
from crawlers.urls import canonicalize


class SourceSpider(scrapy.Spider):
    name = "source"

    def __init__(self, source: str | Source, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source = source if isinstance(source, Source) else Source.model_validate_json(source)
        self.source_id = self.source.id
        self.allowed_domains = self.source.domains()
        self._pattern = re.compile(self.source.article_pattern) if self.source.article_pattern else None
        self._seen: set[str] = set()

    # -- start ---------------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        data_dir = Path(self.settings.get("CNHT_DATA_DIR", "cnht-data"))
        with RawArchive(data_dir / "archive") as archive:
            self._seen = archive.seen_urls(self.source_id)
        discovery = self.source.discovery
        callback = {"feed": self.parse_feed, "sitemap": self.parse_sitemap, "listing": self.parse_listing}
        for url in discovery.urls:
            yield Request(
                url,
                callback=callback[discovery.type],
                errback=self.on_error,
                meta={"cnht_role": discovery.type, "cnht_listing_page": 1},
                dont_filter=True,
            )

    # -- discovery -----------------------------------------------------------------------------------

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """RSS 2.0 `<item><link>` and Atom `<entry><link href>`."""
        selector = response.selector
        selector.remove_namespaces()
        links = selector.xpath(
            "//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href"
        ).getall()
        if not links:
            self._record_error(response.url, "feed has no items (empty or malformed feed)")
        yield from self._pages(response, links)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """`<urlset>` pages, and `<sitemapindex>` children followed recursively."""
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # lxml raises several kinds on broken XML
            self._record_error(response.url, f"sitemap is not valid XML: {exc}")
            return
        locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
        if sitemap.type == "sitemapindex":
            for loc in locs:
                yield response.follow(
                    loc, callback=self.parse_sitemap, errback=self.on_error, meta={"cnht_role": "sitemap"}
                )
            return
        if not locs:
            self._record_error(response.url, "sitemap lists no URLs")
        yield from self._pages(response, locs)

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """Article links by the source's CSS selector; the next page while under `max_pages`."""
        discovery = self.source.discovery
        links = response.css(discovery.links or "a::attr(href)").getall()
        if not links:
            self._record_error(response.url, f"listing page has no links matching {discovery.links!r}")
        yield from self._pages(response, links)
        page_no = response.meta.get("cnht_listing_page", 1)
        if discovery.next_page and page_no < discovery.max_pages:
            next_url = response.css(discovery.next_page).get()
            if next_url:
                yield response.follow(
                    next_url,
                    callback=self.parse_listing,
                    errback=self.on_error,
                    meta={"cnht_role": "listing", "cnht_listing_page": page_no + 1},
                )

    def _pages(self, response: Response, links: list[str]) -> Iterator[Request]:
        stats = self.crawler.stats
        for link in links:
            url = canonicalize(response.urljoin(link.strip()))
            if self._pattern is not None and not self._pattern.search(url):
                continue
            if url in self._seen:
                if stats is not None:
                    stats.inc_value("cnht/pages_already_archived")
                continue
            yield Request(url, callback=self.parse_page, errback=self.on_error, meta={"cnht_role": "page"})

    # -- pages ---------------------------------------------------------------------------------------

    def parse_page(self, response: Response) -> None:
        """Nothing to do: the archive middleware has stored the page; extraction happens later."""
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("cnht/pages_fetched")

    # -- errors --------------------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(HttpError):
            reason = f"HTTP {failure.value.response.status}"
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self._record_error(request.url, reason)

    def _record_error(self, url: str, reason: str) -> None:
        self.logger.warning("%s: %s", url, reason)
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("cnht/errors")
        data_dir = Path(self.settings.get("CNHT_DATA_DIR", "cnht-data"))
        with RawArchive(data_dir / "archive") as archive:
            archive.record_error(
                "crawl", reason, source=self.source_id, url=url, run_id=self.settings.get("CNHT_RUN_ID")
            )
