"""No page can stall or exhaust the extract stage. Each page is extracted in a worker process within a
time and a memory budget (flows/stages/extract_pool.py), after a size and depth check: a page over any of
them is recorded as failed with the budget it broke, and the pages after it are still stored.

The pages are real pages written into a real archive (its own writer), extracted by the real stage into a
real store. What makes them costly is their shape, as issue 11 found it: many short paragraphs (1.3 MB take
about 5 s here), 100,000 nested divs, 20 MB of markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.archive import RawArchive
from flows.stages.extract import ExtractReport, extract_archived
from flows.stages.extract_pool import Budget
from search.store import open_store

HTML = [("Content-Type", "text/html; charset=utf-8")]
ARTICLE = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title></head><body>"
    "<article><h1>{title}</h1><p>Ngày 12/03/2025, doanh nghiệp công nghiệp hỗ trợ tỉnh Bắc Ninh ký kết hợp "
    "đồng cung ứng linh kiện điện tử với các tập đoàn đa quốc gia, mở rộng nhà xưởng trong khu công "
    "nghiệp.</p><p>{text}</p></article></body></html>"
)
PARAGRAPH = "<p>Đoạn {i}: doanh nghiệp công nghiệp hỗ trợ ký kết hợp đồng cung ứng linh kiện.</p>"


def article(title: str, text: str = "Sở Công Thương cho biết sản lượng tăng 12% so với cùng kỳ.") -> bytes:
    return ARTICLE.format(title=title, text=text).encode("utf-8")


def slow_page(paragraphs: int = 10_000) -> bytes:
    """About 1.3 MB of short paragraphs: some 5 s of extraction and tagging here."""
    body = "".join(PARAGRAPH.format(i=i) for i in range(paragraphs))
    return article("Trang rất dài", body)


def archive_pages(data_dir: Path, pages: dict[str, bytes]) -> None:
    with RawArchive(data_dir / "archive") as archive:
        writer = archive.writer("budget-test", run_id="run-1")
        for url, body in pages.items():
            writer.write(
                url=url, final_url=url, source="tin", role="page", status=200, headers=HTML, body=body
            )
        writer.close()


def run_extract(data_dir: Path, budget: Budget) -> tuple[ExtractReport, dict[str, str], set[str]]:
    with open_store(data_dir) as store:
        report = extract_archived(data_dir, store, {}, run_id="run-1", budget=budget)
        stored = {d.document.url for d in store.iter_documents()}
    with RawArchive(data_dir / "archive") as archive:
        errors = {e["url"]: e["reason"] for e in archive.errors() if e["stage"] == "extract"}
    return report, errors, stored


def test_page_over_the_time_budget_is_failed_with_the_budget_and_the_run_goes_on(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    pages = {
        "http://a.vn/tin/truoc.html": article("Tin trước"),
        "http://a.vn/tin/dai.html": slow_page(),
        "http://a.vn/tin/sau.html": article("Tin sau"),
    }
    archive_pages(data_dir, pages)
    report, errors, stored = run_extract(data_dir, Budget(seconds=1.0))

    assert report.failed == {"extraction over time budget: 1 s": 1}
    assert errors == {"http://a.vn/tin/dai.html": "extraction over time budget: 1 s"}
    assert stored == {"http://a.vn/tin/truoc.html", "http://a.vn/tin/sau.html"}


def test_page_over_the_memory_budget_is_failed_with_the_budget(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    # 7.8 MB of 170,000 short paragraphs: parsing alone needs more than a 160 MB worker (~100 MB in use)
    big = article("Trang nặng", "<p>Đoạn văn công nghiệp hỗ trợ.</p>" * 170_000)
    pages = {"http://a.vn/tin/lon.html": big, "http://a.vn/tin/sau.html": article("Tin sau")}
    archive_pages(data_dir, pages)
    report, errors, stored = run_extract(data_dir, Budget(memory_mb=160, seconds=60))

    assert errors == {"http://a.vn/tin/lon.html": "extraction over memory budget: 160 MB"}
    assert report.failed == {"extraction over memory budget: 160 MB": 1}
    assert stored == {"http://a.vn/tin/sau.html"}


def test_article_in_100k_nested_divs_is_failed_as_too_deeply_nested_not_skipped_silently(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "cnht-data"
    depth = 100_000
    nested = article("Tin lồng sâu").replace(b"<article>", b"<div>" * depth + b"<article>")
    nested = nested.replace(b"</article>", b"</article>" + b"</div>" * depth)
    archive_pages(data_dir, {"http://a.vn/tin/long.html": nested, "http://a.vn/tin/sau.html": article("Sau")})
    report, errors, stored = run_extract(data_dir, Budget())

    reason = "too deeply nested for extraction: more than 255 nested elements"
    assert errors == {"http://a.vn/tin/long.html": reason}
    assert report.failed == {reason: 1} and report.skipped == {}
    assert stored == {"http://a.vn/tin/sau.html"}


def test_page_over_the_extractor_size_cap_is_failed_as_too_large(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    huge = article("Trang khổng lồ", "x" * (20 * 1024 * 1024))
    archive_pages(
        data_dir, {"http://a.vn/tin/khong-lo.html": huge, "http://a.vn/tin/sau.html": article("Sau")}
    )
    report, errors, stored = run_extract(data_dir, Budget())

    reason = "too large for extraction: 20 MB > 8 MB"
    assert errors == {"http://a.vn/tin/khong-lo.html": reason}
    assert report.failed == {reason: 1}
    assert stored == {"http://a.vn/tin/sau.html"}


@pytest.mark.parametrize("workers", [2, 0])
def test_any_number_of_workers_stores_the_same_documents_as_one(tmp_path: Path, workers: int) -> None:
    pages = {f"http://a.vn/tin/{i}.html": article(f"Tin số {i}", f"Nội dung {i} " * 40) for i in range(12)}
    results = []
    for n in (1, workers):
        data_dir = tmp_path / f"w{n}"
        archive_pages(data_dir, pages)
        with open_store(data_dir) as store:
            extract_archived(data_dir, store, {}, run_id="run-1", budget=Budget(workers=n))
            results.append(sorted((d.id, d.content_hash) for d in store.iter_documents()))
    assert len(results[0]) == 12
    assert results[0] == results[1]
