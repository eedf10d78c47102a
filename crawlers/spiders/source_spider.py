"""One generic spider for every declared source: discovery as data, fetching as Scrapy does it.

The spider only discovers and fetches. It never extracts an article: the archive middleware stores each
response, and the extraction stage reads the archive later, so a better extractor never needs a re-crawl.
Two things it does read in pages: on decision sources, the attachment links of each page (PDF, DOC, DOCX,
found by `extract.decision.attachments`), which it fetches and archives with the role "attachment". Each
file asked for stays in the archive's attachment queue until it is settled, so one whose fetch failed below
HTTP, or that a killed run never fetched, is asked for again by the next run.

A page already archived is asked for again only when discovery announces it changed (a feed item's
`<updated>`/`<pubDate>`, a sitemap's `<lastmod>`/`<news:publication_date>` or a dated listing item's date
later than our last fetch and than the date our last refetch was made for: each announcement costs one
refetch), and then conditionally, with the validators of our last 200: a 304 keeps what we have, a 200
with other bytes is a new record that extraction stores as a new version of the same document. With a
date floor (`CNHT_SINCE`), sitemap entries and child sitemaps dated before it are skipped, and listing
pagination stops at it.

A sitemap source may name a site's robots.txt instead of its sitemaps: each sitemap of its `Sitemap:` lines
is then read (index or urlset). Gzipped sitemap files (`sitemap.xml.gz`) are opened under the crawl's
download size cap.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from lxml import html as lxml_html
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    NotSupported,
    ResponseDataLossError,
)
from scrapy.http import Request, Response, TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure
from twisted.web.client import ResponseNeverReceived

from crawlers.archive import RawArchive, UrlState
from crawlers.freshness import before_floor, changed_since_fetch, latest_announced, listing_time
from crawlers.listing import listing_links
from crawlers.sitemaps import GzipSitemapError, SitemapError, gunzipped, read_sitemap, sitemaps_in_robots
from crawlers.sources import Source
from crawlers.urls import canonicalize, host_in_domains, is_robots_url, link_refused
from extract.dates import parse_vn_date_iso
from extract.decision import attachments

# A discovered link and the date discovery announced for it (None: no date given).
Link = tuple[str, dt.datetime | None]

DROPPED_STAT = "cnht/dropped/"  # + reason: links never requested (crawlers.urls.link_refused)
# The error, in words, when `start` failed before any request (Scrapy then closes the spider with the reason
# "start_error"): the crawl's report carries it, and `flows.stages.crawl` fails the crawl with it.
START_FAILED_STAT = "cnht/start_failed"

# Error kinds (`error_kind`) that refuse an attachment file for a reason the next run would meet again:
# the file leaves the attachment queue. Timeouts, refused connections, truncated bodies and 5xx stay.
REFUSED_FOR_GOOD = frozenset({"offsite attachment", "robots.txt", "size cap", "decompression bomb"})


class SourceSpider(scrapy.Spider):
    name = "source"

    def __init__(self, source: str | Source, since: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._since_arg = since  # ISO date floor for listing pagination; else the CNHT_SINCE setting
        self.source = source if isinstance(source, Source) else Source.model_validate_json(source)
        self.source_id = self.source.id
        self.allowed_domains = self.source.domains()
        self.attachment_domains = list(self.source.attachment_domains)  # see AttachmentOffsiteMiddleware
        self._pattern = re.compile(self.source.article_pattern) if self.source.article_pattern else None
        self._seen: set[str] = set()
        self._validators: dict[str, tuple[str | None, str | None]] = {}
        self._states: dict[str, UrlState] = {}
        self._archive_handle: RawArchive | None = None

    @property
    def archive(self) -> RawArchive:
        """The archive index, opened once per crawl (errors and 304s look it up often), closed in `closed`."""
        if self._archive_handle is None:
            data_dir = Path(self.settings.get("CNHT_DATA_DIR", "cnht-data"))
            self._archive_handle = RawArchive(data_dir / "archive")
        return self._archive_handle

    def closed(self, reason: str) -> None:
        if self._archive_handle is not None:
            self._archive_handle.close()
            self._archive_handle = None

    # -- start ---------------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        try:
            self.since()  # a malformed date floor fails the crawl now, not in a callback
            self._seen = self.archive.seen_urls(self.source_id)
            self._validators = self.archive.validators(self.source_id)
            self._states = self.archive.url_states(self.source_id)
        except Exception as exc:
            if self.crawler.stats is not None:
                self.crawler.stats.set_value(START_FAILED_STAT, f"{type(exc).__name__}: {exc}")
            raise
        discovery = self.source.discovery
        callback = {"feed": self.parse_feed, "sitemap": self.parse_sitemap, "listing": self.parse_listing}
        for url in discovery.urls:
            if discovery.type == "sitemap" and is_robots_url(url):
                yield self._discovery_request(url, self.parse_robots, "robots", dont_filter=True, obey=False)
            else:
                yield self._discovery_request(url, callback[discovery.type], discovery.type, dont_filter=True)
        if self.source.kind == "decisions":  # files asked for before and not settled: busy, failed, killed
            queued = self.archive.unsettled_attachments(self.source_id)  # archives older than the queue
            queued.update(self.archive.queued_attachments(self.source_id))
            for url, via in queued.items():
                if self._dropped(url, []):  # queued by a run before http(s) was enforced: never fetched
                    self.archive.settle_attachment(self.source_id, url)
                    continue
                yield self._attachment_request(url, via)

    def _discovery_request(
        self,
        url: str,
        callback: Any,
        role: str,
        page_no: int = 1,
        dont_filter: bool = False,
        obey: bool = True,
    ) -> Request:
        """A feed, sitemap, listing or robots.txt request, conditional when the last answer carried
        validators. `obey=False` only for robots.txt itself, which is always allowed (RFC 9309, 2.2.2):
        Scrapy's default parser (Protego) knows it, but with the standard library's (`ROBOTSTXT_PARSER`
        = PythonRobotParser) a robots.txt saying `Disallow: /` would refuse itself to discovery."""
        headers = {}
        etag, last_modified = self._validators.get(canonicalize(url), (None, None))
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        meta = {"cnht_role": role, "cnht_listing_page": page_no, "handle_httpstatus_list": [304]}
        if not obey:
            meta["dont_obey_robotstxt"] = True
        return Request(
            url, callback=callback, errback=self.on_error, headers=headers, meta=meta, dont_filter=dont_filter
        )

    def _current(self, response: Response) -> Response | None:
        """The discovery response to parse. A 304 is answered with the body of the last 200 in the archive:
        its links are parsed again (the seen-set skips those stored), so links a killed run never fetched
        are not lost behind an unchanged page, and a listing's next pages are still walked."""
        if response.status != 304:
            return response
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("cnht/unchanged")
        url = canonicalize(response.request.url if response.request else response.url)
        last = self.archive.last_ok(url)
        body = self.archive.read_body(last) if last else None
        if last is None or body is None:
            self._record_error(response.url, "unchanged: 304 Not Modified, but no earlier answer is archived")
            return None
        headers = {"Content-Type": last.content_type} if last.content_type else {}
        cls = responsetypes.from_args(headers=headers, url=response.url, body=body)
        return cls(url=response.url, status=200, headers=headers, body=body, request=response.request)

    # -- discovery -----------------------------------------------------------------------------------

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """RSS 2.0 `<item><link>` and Atom `<entry><link href>`; a broken feed's readable links too."""
        current = self._current(response)
        if current is None:
            return
        response = current
        self._check_xml(response.url, response.body, "feed")
        selector = response.selector
        selector.remove_namespaces()  # atom:updated, dc:date ... become updated, date ...
        links: list[Link] = []
        for item in selector.xpath("//item"):
            link = item.xpath("link/text()").get()
            if link:
                dates = item.xpath("updated/text() | pubDate/text() | date/text() | modified/text()")
                links.append((link, latest_announced(dates.getall())))
        for entry in selector.xpath("//entry"):
            link = entry.xpath("link[not(@rel) or @rel='alternate']/@href").get()
            if link:
                links.append(
                    (link, latest_announced(entry.xpath("updated/text() | published/text()").getall()))
                )
        if not links:
            self._record_error(response.url, "empty discovery: the feed has no items")
        yield from self._pages(response, links)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """Each sitemap a robots.txt lists in its `Sitemap:` lines, read as any sitemap is (index or
        urlset, gzipped or not). A listed sitemap on a host outside `allowed_domains` is recorded as an
        error, not dropped unseen by Scrapy's offsite filter."""
        current = self._current(response)
        if current is None:
            return
        response = current
        urls = sitemaps_in_robots(response.body, response.url)
        if not urls:
            self._record_error(response.url, "empty discovery: robots.txt lists no sitemap")
        for url in urls:
            if self._dropped(url, []):
                continue
            host = urlsplit(url).hostname or ""
            if self.allowed_domains and not host_in_domains(host, self.allowed_domains):
                self._record_error(url, f"offsite sitemap: {host or '(no host)'} not in allowed_domains")
                continue
            yield self._discovery_request(url, self.parse_sitemap, "sitemap")

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """`<urlset>` pages, and `<sitemapindex>` children followed recursively; a gzipped file is opened
        first, under the download size cap. With a date floor (`since`), entries and child sitemaps that
        announce a date before it are skipped; undated ones are kept."""
        current = self._current(response)
        if current is None:
            return
        response = current
        maxsize = response.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
        try:
            body = gunzipped(response.body, maxsize)
        except GzipSitemapError as exc:
            self._record_error(response.url, str(exc))
            return
        self._check_xml(response.url, body, "sitemap")
        try:
            kind, entries = read_sitemap(body)
        except SitemapError as exc:
            self._record_error(response.url, f"malformed XML: sitemap unreadable: {exc}")
            return
        floor = self.since()
        kept = [entry for entry in entries if not before_floor(entry.announced, floor)]
        if len(kept) < len(entries) and self.crawler.stats is not None:
            self.crawler.stats.inc_value("cnht/skipped_before_since", len(entries) - len(kept))
        if kind == "sitemapindex":
            for entry in kept:
                url = response.urljoin(entry.loc)
                if not self._dropped(url):
                    yield self._discovery_request(url, self.parse_sitemap, "sitemap")
            return
        if not entries:
            self._record_error(response.url, "empty discovery: the sitemap lists no URLs")
        yield from self._pages(response, [(entry.loc, entry.announced) for entry in kept])

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """Article links by the source's CSS selector, each with its item's date when the source declares
        `dates` (a date later than our last fetch asks for an archived page again, as a feed's does);
        the next page while under `max_pages`."""
        current = self._current(response)
        if current is None:
            return
        response = current
        discovery = self.source.discovery
        links = listing_links(response.selector.root, discovery.links or "a::attr(href)", discovery.dates)
        if not links:
            self._record_error(response.url, f"empty discovery: no links matching {discovery.links!r}")
        yield from self._pages(response, [(link, listing_time(date)) for link, date in links])
        page_no = response.meta.get("cnht_listing_page", 1)
        if discovery.next_page and page_no < discovery.max_pages:
            if self._all_items_before_floor(response):
                if self.crawler.stats is not None:
                    self.crawler.stats.inc_value("cnht/listing_stopped_at_since")
                return
            next_url = response.css(discovery.next_page).get()
            if next_url and not self._dropped(url := response.urljoin(next_url)):
                yield self._discovery_request(url, self.parse_listing, "listing", page_no + 1)

    def since(self) -> dt.date | None:
        """The date floor of discovery (listing pagination, sitemap entries and child sitemaps): the `since`
        argument, else the CNHT_SINCE setting."""
        value = self._since_arg or self.settings.get("CNHT_SINCE")
        if not value:
            return None
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError as exc:
            raise ValueError(f"the date floor {value!r} is not a date YYYY-MM-DD ({exc})") from None

    def _all_items_before_floor(self, response: Response) -> bool:
        """True when the listing page has dated items (`discovery.dates`) and all are older than the
        floor. Undated or unparseable items never stop pagination: a missing date is not an old one."""
        floor, selector = self.since(), self.source.discovery.dates
        if floor is None or not selector:
            return False
        texts = [t for t in response.css(selector).getall() if t.strip()]
        dates = [parse_vn_date_iso(" ".join(t.split())) for t in texts]
        if not dates or any(d is None for d in dates):
            return False
        return all(dt.date.fromisoformat(d) < floor for d in dates if d)

    def _check_xml(self, url: str, body: bytes, what: str) -> None:
        """Records a feed or sitemap that is not well-formed XML; lxml's recovering parse goes on after."""
        try:
            etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError as exc:
            self._record_error(url, f"malformed XML: {what} is not well-formed: {exc}")

    def _pages(self, response: Response, links: list[Link]) -> Iterator[Request]:
        stats = self.crawler.stats
        for link, announced in links:
            try:
                url = canonicalize(response.urljoin(link.strip()))
            except ValueError:  # e.g. "http://[::1" : no URL at all
                self._count_dropped("unparseable URL")
                continue
            if self._dropped(url):
                continue
            if self._pattern is not None and not self._pattern.search(url):
                continue
            if url in self._seen:
                state = self._states.get(url)
                if state is not None and changed_since_fetch(
                    announced, state.last_confirmed or state.last_fetch, state.announced
                ):
                    yield self._refetch_request(url, state, announced)
                elif stats is not None:
                    stats.inc_value("cnht/pages_already_archived")
                continue
            yield Request(url, callback=self.parse_page, errback=self.on_error, meta={"cnht_role": "page"})

    def _refetch_request(self, url: str, state: UrlState, announced: dt.datetime | None = None) -> Request:
        """An archived page asked for again, with the validators of its last 200: a 304 keeps it. The
        announced date goes along (`cnht_announced`): a final answer records it as acted on."""
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("cnht/pages_refetched")
        meta = {
            "cnht_role": "page",
            "cnht_refetch_of": state.sha256 or "",
            "cnht_announced": announced.isoformat() if announced else None,
            "handle_httpstatus_list": [304],
        }
        return Request(url, callback=self.parse_page, errback=self.on_error, headers=headers, meta=meta)

    # -- pages ---------------------------------------------------------------------------------------

    def parse_page(self, response: Response) -> Iterator[Request]:
        """The archive middleware has stored the page; extraction happens later. On decision sources, the
        page's attachment files are asked for (once: archived ones are in the seen-set)."""
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("cnht/pages_fetched")
        if self.source.kind != "decisions" or response.status != 200:
            return
        if not isinstance(response, TextResponse) or not response.body.strip():
            return
        try:
            tree = lxml_html.fromstring(response.text)
        except (etree.ParserError, ValueError):
            return  # not HTML after all: extraction records what it makes of it
        page_url = canonicalize(response.meta.get("redirect_urls", [response.url])[0])
        for link in attachments(tree, response.url):
            url = canonicalize(link)
            if url not in self._seen and not self._dropped(url, []):  # hosts: AttachmentOffsiteMiddleware
                yield self._attachment_request(url, page_url)

    def _attachment_request(self, url: str, via: str | None) -> Request:
        """An attachment file's request. Scrapy's offsite filter lets it through (`allow_offsite`), and
        drops no file silently: AttachmentOffsiteMiddleware refuses hosts outside `allowed_domains` and
        `attachment_domains`, redirect targets included, with a reason the errback records.

        The file joins the archive's attachment queue until a final answer is archived or it is refused
        for good (`on_error`); each run's `start` asks again for what is still queued."""
        self._seen.add(url)
        self.archive.queue_attachment(self.source_id, url, via)
        meta = {"cnht_role": "attachment", "cnht_via": via, "allow_offsite": True}
        return Request(url, callback=self.parse_attachment, errback=self.on_error, meta=meta)

    def parse_attachment(self, response: Response) -> None:
        """Nothing to do: the archive middleware has stored the file; extraction reads its text."""

    # -- links not asked for -------------------------------------------------------------------------

    def _dropped(self, url: str, domains: list[str] | None = None) -> bool:
        """True when `url` is not to be requested (`crawlers.urls.link_refused`: a scheme other than
        http(s), no host, a host outside `domains`, by default the source's allowed hosts), counted by
        reason in crawl health's `links_dropped`. A link of another scheme is logged too: it may be an
        attempt to read the crawling machine's own files."""
        reason = link_refused(url, self.allowed_domains if domains is None else domains)
        if reason is None:
            return False
        if reason.startswith("scheme"):
            self.logger.warning("%s: not fetched (%s): only http(s) is fetched", url[:200], reason)
        self._count_dropped(reason)
        return True

    def _count_dropped(self, reason: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"{DROPPED_STAT}{reason}")

    # -- errors --------------------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        url = request.meta.get("redirect_urls", [request.url])[0]  # the URL asked for, as in the archive
        maxsize = self.settings.getint("DOWNLOAD_MAXSIZE")
        reason = failure_reason(failure, request, maxsize)
        self._record_error(url, reason)
        if request.meta.get("cnht_role") == "attachment" and error_kind(reason) in REFUSED_FOR_GOOD:
            self.archive.settle_attachment(self.source_id, canonicalize(url))

    def _record_error(self, url: str, reason: str) -> None:
        self.logger.warning("%s: %s", url, reason)
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("cnht/errors")
            self.crawler.stats.inc_value(f"cnht/errors/{error_kind(reason)}")
        self.archive.record_error(
            "crawl", reason, source=self.source_id, url=url, run_id=self.settings.get("CNHT_RUN_ID")
        )


def error_kind(reason: str) -> str:
    """What crawl health counts: the reason up to its colon or parenthesis.

    >>> error_kind("HTTP 429 (Retry-After 3600 s is beyond the 120 s bound, not retried)")
    'HTTP 429'
    >>> error_kind("size cap: Expected to receive 20971546 bytes ...")
    'size cap'
    """
    return reason.split(":", 1)[0].split(" (", 1)[0].strip()


def failure_reason(failure: Failure, request: Request, maxsize: int = 0) -> str:
    """`kind: detail` for a failed request; the kind (first word) is what crawl health counts."""
    message = failure.getErrorMessage()
    if failure.check(HttpError):
        extra = request.meta.get("cnht_reason")
        return f"HTTP {failure.value.response.status}" + (f" ({extra})" if extra else "")
    if failure.check(DownloadTimeoutError):
        return f"timeout: {message}"
    if failure.check(DownloadCancelledError) or "download max size" in message:
        limit = request.meta.get("download_maxsize", maxsize)
        return f"size cap: {message or f'the body grew beyond the download max size ({limit} B)'}"
    if failure.check(ResponseDataLossError):
        return "truncated: the connection closed before the whole body arrived (Content-Length or chunks)"
    if failure.check(DownloadFailedError, DownloadConnectionRefusedError, CannotResolveHostError):
        return connection_reason(failure.value)
    if failure.check(NotSupported) and "scheme" in message:  # DOWNLOAD_HANDLERS: only http(s)
        scheme = urlsplit(request.url).scheme.lower() or "(none)"
        return f"scheme {scheme}: not fetched, only http(s) is"
    if failure.check(IgnoreRequest):
        if message.startswith("Filtered offsite request"):  # a redirect to a host outside allowed_domains
            return f"offsite redirect: {message}"
        if "during decompression" in message:
            return f"decompression bomb: {message}"
        if "robots.txt" in message:
            return "robots.txt: forbidden by the site's robots.txt"
        if message.startswith(("redirect loop", "offsite attachment")):
            return message
        if "max redirections" in message:
            chain = " -> ".join([*request.meta.get("redirect_urls", []), request.url])
            return f"redirect: too many redirects: {chain}"
    return f"{failure.type.__name__}: {message}" if failure.type else message


def connection_reason(error: BaseException) -> str:
    """One line for a connection that failed below HTTP, in words, instead of Twisted's failure list
    (`DownloadFailedError: [<twisted.python.failure.Failure twisted.internet.error.ConnectionDone ...>]`).

    >>> from twisted.internet.error import ConnectionDone, ConnectionLost
    >>> from twisted.python.failure import Failure
    >>> from twisted.web.client import ResponseFailed
    >>> def wrapped(cause):
    ...     try:
    ...         raise DownloadFailedError(str(cause)) from cause
    ...     except DownloadFailedError as exc:
    ...         return exc
    >>> connection_reason(wrapped(ResponseNeverReceived([Failure(ConnectionDone())])))
    'connection closed: the server closed the connection before sending a response'
    >>> connection_reason(wrapped(ResponseFailed([Failure(ConnectionLost())])))
    'connection closed: the server closed the connection before the response ended'
    >>> connection_reason(DownloadConnectionRefusedError("Connection was refused by other side: 111"))
    'connection refused: nothing listens at that address and port'
    """
    if isinstance(error, DownloadConnectionRefusedError):
        return "connection refused: nothing listens at that address and port"
    if isinstance(error, CannotResolveHostError):
        return f"DNS: cannot resolve the host name ({error})"
    cause = error.__cause__
    reasons = getattr(cause, "reasons", None) or []
    names = {type(r.value).__name__ for r in reasons if hasattr(r, "value")}
    text = str(error)
    closed = names & {"ConnectionDone", "ConnectionLost", "ConnectionAborted", "_DataLoss"} or any(
        word in text for word in ("ConnectionDone", "ConnectionLost", "ConnectionAborted")
    )
    if closed:
        if isinstance(cause, ResponseNeverReceived) or "ResponseNeverReceived" in text:
            return "connection closed: the server closed the connection before sending a response"
        return "connection closed: the server closed the connection before the response ended"
    detail = "; ".join(sorted({r.getErrorMessage() for r in reasons if hasattr(r, "getErrorMessage")}))
    return f"connection failed: {detail or text}"
