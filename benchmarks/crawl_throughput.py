"""Crawl throughput on loopback: a 2,000-page generated site, with the raw archive on and, in the same run,
with the archive middleware disabled (parse-only baseline).

    python -m benchmarks.crawl_throughput [--pages 2000] [--runs 3] [--article-kb 32] [--gzip-level 3]

Each crawl is one `python -m crawlers.run` process, as in production. pages/s counts pages handed to the
spider per second of crawl (Scrapy's engine start to close; interpreter start-up is shown apart as wall
time). The archive's size is that of its WARC files and SQLite index after one archived crawl. Pages per
CPU second of the crawl process (start-up included) is printed too: it moves less than pages/s when other
work shares the machine.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
from pathlib import Path

from crawlers import settings as defaults
from flows.stages.crawl import CrawlReport, crawl_source
from tests.crawl.generated_site import FAST_SETTINGS, generated_source, serve_generated_site

PARSE_ONLY = {
    "DOWNLOADER_MIDDLEWARES": {
        **defaults.DOWNLOADER_MIDDLEWARES,
        "crawlers.middlewares.ArchiveMiddleware": None,
    }
}


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _crawl(base: str, pages: int, extra: dict[str, object]) -> tuple[CrawlReport, int, float]:
    """One crawl: its report, the archive's size in bytes and the crawl process's CPU seconds."""
    with tempfile.TemporaryDirectory(prefix="cnht-bench-") as tmp:
        data_dir = Path(tmp)
        cpu = _children_cpu()
        report = crawl_source(
            generated_source(base, pages=pages), data_dir, "bench", {**FAST_SETTINGS, **extra}
        )
        if report.pages_parsed != pages or report.errors:
            raise SystemExit(f"crawl incomplete: {report.pages_parsed}/{pages} pages, {report.errors} errors")
        return report, _size(data_dir / "archive"), _children_cpu() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3, help="crawls of each kind; the median is reported")
    parser.add_argument("--article-kb", type=int, default=32, help="HTML size of each article page")
    parser.add_argument(
        "--gzip-level", type=int, default=defaults.CNHT_WARC_GZIP_LEVEL, help="of WARC records"
    )
    args = parser.parse_args(argv)

    rates: dict[str, list[float]] = {"archive": [], "parse-only": []}
    cpu_rates: dict[str, list[float]] = {"archive": [], "parse-only": []}
    archive_bytes = 0
    with serve_generated_site(pages=args.pages, article_kb=args.article_kb) as base:
        print(
            f"{args.pages} pages of ~{args.article_kb} KB on {base}, {args.runs} run(s) of each crawl,"
            f" WARC gzip level {args.gzip_level}"
        )
        for run in range(1, args.runs + 1):
            archived = {"CNHT_WARC_GZIP_LEVEL": args.gzip_level}
            for kind, extra in (("archive", archived), ("parse-only", PARSE_ONLY)):
                report, size, cpu = _crawl(base, args.pages, extra)
                rate = report.pages_parsed / report.crawl_seconds
                rates[kind].append(rate)
                cpu_rates[kind].append(report.pages_parsed / cpu)
                if kind == "archive":
                    archive_bytes = size
                print(
                    f"  run {run} {kind:<10} {rate:7.1f} pages/s  crawl {report.crawl_seconds:5.2f} s"
                    f"  wall {report.seconds:5.2f} s  CPU {cpu:5.2f} s  requests {report.requests}"
                )
    archive, baseline = statistics.median(rates["archive"]), statistics.median(rates["parse-only"])
    print(f"median with archive   {archive:7.1f} pages/s")
    cost = 100 * (1 - archive / baseline)
    print(f"median parse-only     {baseline:7.1f} pages/s  (the archive costs {cost:.0f} %)")
    cpu_archive, cpu_baseline = (
        statistics.median(cpu_rates["archive"]),
        statistics.median(cpu_rates["parse-only"]),
    )
    print(f"per CPU second        {cpu_archive:7.1f} pages with archive, {cpu_baseline:.1f} parse-only")
    print(f"archive size          {archive_bytes / 1e6:7.1f} MB for {args.pages} pages (WARC + index)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
