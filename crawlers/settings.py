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
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 5.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Robustness: retries with backoff on 429/5xx/timeouts, bounded response sizes.
RETRY_ENABLED = True
RETRY_TIMES = 3
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024

# Every response goes into the raw archive before any callback parses it. 585 sits after
# HttpCompressionMiddleware (590: bodies are decoded) and RedirectMiddleware (600: we store the final
# answer), and before RetryMiddleware (550: a 500 that is retried is still archived).
DOWNLOADER_MIDDLEWARES = {"crawlers.middlewares.ArchiveMiddleware": 585}

TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
