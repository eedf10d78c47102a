"""Crawl throughput on loopback: a 2,000-page generated site, with the raw archive on and, in the same run,
with the archive middleware disabled (parse-only baseline).

    python -m benchmarks.crawl_throughput [--pages 2000] [--runs 3] [--article-kb 32] [--gzip-level 1 3]

Each crawl is one `python -m crawlers.run` process, as in production. pages/s counts pages handed to the
spider per second of crawl (Scrapy's engine start to close; interpreter start-up is shown apart as wall
time). The archive's size is that of its WARC files and SQLite index after one archived crawl. Pages per
CPU second of the crawl process (start-up included) is printed too: it moves less than pages/s when other
work shares the machine. Several `--gzip-level`s are crawled in turn within each run, so their medians
compare under the same load. The 1-minute load average (`os.getloadavg`, as `uptime` shows it) is printed
after each crawl: on a shared machine, read every figure next to it.
"""

from __future__ import annotations

import argparse
import os
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


def _load() -> str:
    """The 1-, 5- and 15-minute load averages, as `uptime` prints them."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3, help="crawls of each kind; the median is reported")
    parser.add_argument("--article-kb", type=int, default=32, help="HTML size of each article page")
    parser.add_argument(
        "--gzip-level",
        type=int,
        nargs="+",
        default=[defaults.CNHT_WARC_GZIP_LEVEL],
        help="of WARC records; several levels are each crawled in every run",
    )
    args = parser.parse_args(argv)

    kinds: dict[str, dict[str, object]] = {
        f"archive gzip {level}": {"CNHT_WARC_GZIP_LEVEL": level} for level in args.gzip_level
    }
    kinds["parse-only"] = PARSE_ONLY
    rates: dict[str, list[float]] = {kind: [] for kind in kinds}
    cpu_rates: dict[str, list[float]] = {kind: [] for kind in kinds}
    sizes: dict[str, int] = {}
    with serve_generated_site(pages=args.pages, article_kb=args.article_kb) as base:
        print(f"{args.pages} pages of ~{args.article_kb} KB on {base}, {args.runs} run(s) of each crawl")
        print(f"  {os.cpu_count()} CPU(s), load average before the first crawl: {_load()}")
        for run in range(1, args.runs + 1):
            for kind, extra in kinds.items():
                report, size, cpu = _crawl(base, args.pages, extra)
                rate = report.pages_parsed / report.crawl_seconds
                rates[kind].append(rate)
                cpu_rates[kind].append(report.pages_parsed / cpu)
                sizes[kind] = size
                print(
                    f"  run {run} {kind:<15} {rate:7.1f} pages/s  crawl {report.crawl_seconds:5.2f} s"
                    f"  wall {report.seconds:5.2f} s  CPU {cpu:5.2f} s  requests {report.requests}"
                    f"  load {_load()}"
                )
    baseline = statistics.median(rates["parse-only"])
    for kind in kinds:
        rate, per_cpu = statistics.median(rates[kind]), statistics.median(cpu_rates[kind])
        line = f"median {kind:<15} {rate:7.1f} pages/s  {per_cpu:6.1f} pages per CPU second"
        if kind != "parse-only":
            cost = 100 * (1 - rate / baseline)
            line += f"  archive {sizes[kind] / 1e6:6.1f} MB (WARC + index), costs {cost:.0f} % of parse-only"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
