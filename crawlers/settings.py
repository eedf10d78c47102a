"""Scrapy settings for cnht: polite by default. Per-source overrides live in the sources file."""

BOT_NAME = "cnht"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# Who we are. Set CNHT_CONTACT (an e-mail or URL) so site operators can reach the person running the crawl.
USER_AGENT = "cnht/0.1 (supporting-industry news monitor; +https://github.com/cnht/cnht)"

# Politeness: obey robots.txt, adapt to the server's latency, few parallel requests per site.
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 1.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Scrapy starts CONCURRENT_ITEMS asyncio tasks for every response's callback output (100 by default). The
# spider yields only a few requests and never items, so 8 is plenty; it cut the crawl's CPU by about 20 %.
CONCURRENT_ITEMS = 8
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 5.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Robustness: retries with backoff on 429/5xx/timeouts, bounded response sizes.
RETRY_ENABLED = True
RETRY_TIMES = 3
CNHT_RETRY_AFTER_MAX = 120.0  # honour a server's Retry-After up to this many seconds; longer: not retried
CNHT_RETRY_BACKOFF_BASE = 1.0  # otherwise wait 1, 2, 4 ... s before a retry
CNHT_RETRY_BACKOFF_MAX = 60.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024

# Every response goes into the raw archive before any callback parses it. 585 sits after
# HttpCompressionMiddleware (590: bodies are decoded) and RedirectMiddleware (600: we store the final
# answer), and before RetryMiddleware (550: a 500 that is retried is still archived).
# PoliteRetryMiddleware replaces Scrapy's RetryMiddleware at the same place, waiting before each retry;
# RedirectLoopMiddleware sees 3xx answers just before RedirectMiddleware does. AttachmentOffsiteMiddleware
# lets attachment files on a source's `attachment_domains` through and refuses other hosts with a reason.
DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.ArchiveMiddleware": 585,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.PoliteRetryMiddleware": 550,
    "crawlers.middlewares.RedirectLoopMiddleware": 610,
    "crawlers.middlewares.AttachmentOffsiteMiddleware": 45,  # just before Scrapy's OffsiteMiddleware (50)
}

CNHT_WARC_GZIP_LEVEL = 1  # see crawlers/archive.py

# Resuming after a crash or kill -9 needs no JOBDIR: what was fetched is in the archive, whose seen-set the
# next run skips, and discovery runs again. Scrapy's JOBDIR is not safe under SIGKILL: its requests.seen
# keeps URLs whose queued requests died with the process, and those pages are then never fetched (measured
# with the test in tests/crawl/test_kill_and_resume.py: killed after 671 of 2,000 pages, the resumed run
# with JOBDIR fetched none of the other 1,329). Leave JOBDIR unset.

# Only http(s) is ever fetched. The spider drops links of other schemes before any request is made
# (crawlers.urls.link_refused); this is the second fence: with no handler for file:, ftp:, s3: or data:,
# Scrapy itself cannot read the crawling machine's disk or other stores, whatever asks it to.
DOWNLOAD_HANDLERS = {"file": None, "ftp": None, "s3": None, "data": None}

TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
