"""Run one source's crawl in this process: `python -m crawlers.run --source-json ... --data-dir ...`.

Twisted's reactor cannot be restarted inside one process, so the ingest flow starts one of these
processes per source. The crawl's figures are written as JSON to `--stats-out`.

With `--parent-pid`, the crawl stops (gracefully: what it fetched stays archived) once that process is
gone, so a flow killed with SIGKILL leaves no crawl running on behind it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawlers.sources import Source
from crawlers.spiders.source_spider import DROPPED_STAT, START_FAILED_STAT, SourceSpider

STAT_KEYS = {
    "requests": "downloader/request_count",
    "responses": "downloader/response_count",
    "archived": "cnht/archived",
    "pages_fetched": "cnht/pages_new",  # pages archived with a final answer (not 5xx, 408 or 429)
    "pages_already_archived": "cnht/pages_already_archived",
    "pages_refetched": "cnht/pages_refetched",  # archived pages asked for again: discovery announced a change
    "pages_changed": "cnht/pages_changed",  # ... answered with a different body: a new record
    "pages_unchanged": "cnht/pages_unchanged",  # ... answered 304 or with the same bytes
    "attachments_fetched": "cnht/attachments_new",  # attachment files archived with a final answer
    "unchanged": "cnht/unchanged",  # discovery pages answered 304 Not Modified
    "skipped_before_since": "cnht/skipped_before_since",  # sitemap entries and children before the floor
    "listing_stopped_at_since": "cnht/listing_stopped_at_since",  # listings whose next page was not followed
    "offsite_attachments": "cnht/offsite_attachments",  # attachment links refused: host not allowed
    "pages_parsed": "cnht/pages_fetched",  # page callbacks run (equals pages_fetched when archiving)
    "errors": "cnht/errors",
    "retries": "retry/count",
    "robots_forbidden": "robotstxt/forbidden",
}


def links_dropped(raw: dict[str, Any]) -> dict[str, int]:
    """Links discovered and never requested, by reason: the spider's own drops (a scheme other than
    http(s), no host, an offsite host), a redirect to an offsite host (Scrapy's offsite filter) and pages
    robots.txt forbids.

    >>> links_dropped({"cnht/dropped/scheme file": 2, "offsite/filtered": 1, "robotstxt/forbidden": 3})
    {'scheme file': 2, 'offsite redirect': 1, 'robots': 3}
    """
    dropped = {k.removeprefix(DROPPED_STAT): int(v) for k, v in raw.items() if k.startswith(DROPPED_STAT)}
    for reason, key in (("offsite redirect", "offsite/filtered"), ("robots", "robotstxt/forbidden")):
        if raw.get(key):
            dropped[reason] = int(raw[key])
    return dropped


def crawl_settings(source: Source, data_dir: Path, run_id: str, overrides: dict[str, object]) -> Settings:
    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    contact = os.environ.get("CNHT_CONTACT")
    if contact:
        settings.set(
            "USER_AGENT", settings.get("USER_AGENT").rstrip(")") + f"; {contact})", priority="project"
        )
    settings.setdict({**overrides, **source.settings}, priority="cmdline")
    settings.set("CNHT_DATA_DIR", str(data_dir), priority="cmdline")
    settings.set("CNHT_RUN_ID", run_id, priority="cmdline")
    return settings


PARENT_CHECK_SECONDS = 1.0


def watch_parent(process: CrawlerProcess, parent_pid: int) -> None:
    """Stop the crawl once `parent_pid` is no longer this process's parent (it died: we were re-parented).
    Checked every PARENT_CHECK_SECONDS on the reactor, so the stop is Scrapy's own graceful one."""
    from twisted.internet import task  # here, not at import: CrawlerProcess has installed the reactor

    def check() -> None:
        if os.getppid() != parent_pid:
            loop.stop()
            process.stop()
            with contextlib.suppress(OSError):  # stderr was a pipe to the dead flow
                print(f"the flow (pid {parent_pid}) is gone: stopping this crawl", file=sys.stderr)

    loop = task.LoopingCall(check)
    loop.start(PARENT_CHECK_SECONDS, now=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source-json", required=True, help="the Source record as JSON")
    parser.add_argument("--settings-json", default="{}", help="Scrapy setting overrides as JSON")
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--run-id", required=True)
    parser.add_argument("--stats-out", required=True, type=Path)
    parser.add_argument("--parent-pid", type=int, help="stop when this process is gone (the flow's)")
    args = parser.parse_args(argv)

    source = Source.model_validate_json(args.source_json)
    settings = crawl_settings(source, args.data_dir, args.run_id, json.loads(args.settings_json))
    process = CrawlerProcess(settings)  # LOG_INSTALL_ROOT_HANDLER defaults to True
    crawler = process.create_crawler(SourceSpider)
    process.crawl(crawler, source=source)
    if args.parent_pid:
        watch_parent(process, args.parent_pid)
    process.start()
    raw = crawler.stats.get_stats() if crawler.stats else {}
    stats: dict[str, object] = {name: int(raw.get(key, 0)) for name, key in STAT_KEYS.items()}
    stats["finish_reason"] = raw.get("finish_reason", "unknown")
    stats["crawl_seconds"] = round(float(raw.get("elapsed_time_seconds", 0.0)), 3)  # engine start to close
    stats["errors_by_kind"] = {
        key.removeprefix("cnht/errors/"): int(value)
        for key, value in raw.items()
        if key.startswith("cnht/errors/")
    }
    stats["links_dropped"] = links_dropped(raw)
    if raw.get(START_FAILED_STAT):
        stats["start_error"] = str(raw[START_FAILED_STAT])
    args.stats_out.write_text(json.dumps(stats), encoding="utf-8")
    if "finish_reason" not in raw:  # the engine never ran: a bad setting, a middleware that failed to load
        print(f"crawl of {source.id} did not start (see the error above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
