"""The web UI in a real browser (headless Chromium) against a real `cnht serve`: what a researcher, an
analyst and a monitor do there, with clicks and typing, as they would."""

from __future__ import annotations

import csv
import io
import re
import unicodedata

import httpx
from playwright.sync_api import Page, expect

from tests.browser.conftest import TOKEN

HIGHLIGHT_BACKGROUND = "rgb(255, 241, 168)"  # .snippet b in style.css: the stylesheet is applied


def _fold(text: str) -> str:
    """Lower case without accents (đ -> d): what the search must match."""
    nfd = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in nfd if not unicodedata.combining(c))


def _search(page: Page, words: str) -> None:
    page.goto("/")
    page.get_by_label("Từ khóa").fill(words)
    page.get_by_role("button", name="Tìm kiếm").click()
    page.wait_for_url(re.compile(r"/\?q="))


def test_unaccented_query_shows_accented_results_with_highlighted_words(page: Page) -> None:
    _search(page, "cong nghiep ho tro")
    expect(page.locator("p.total")).to_contain_text("kết quả")
    hits = page.locator("ol.hits > li")
    assert hits.count() >= 5
    marked = page.locator("p.snippet b").all_inner_texts()
    assert marked, "no highlighted word"
    assert any(word != _fold(word) for word in marked), marked  # accented words: "công", "nghiệp", ...
    assert {_fold(w) for w in marked} <= {"cong", "nghiep", "ho", "tro"}
    assert "công nghiệp hỗ trợ" in page.locator("ol.hits").inner_text().lower()
    style = page.locator("p.snippet b").first.evaluate("b => getComputedStyle(b).backgroundColor")
    assert style == HIGHLIGHT_BACKGROUND


def test_a_facet_narrows_the_results_to_decisions(page: Page) -> None:
    _search(page, "cong nghiep")
    every = int(page.locator("p.total").inner_text().split()[0])
    kinds = page.locator("aside.facets section", has=page.get_by_role("heading", name="Loại tài liệu"))
    kinds.get_by_role("link", name="Văn bản", exact=True).click()
    page.wait_for_url(re.compile(r"kind=decision"))
    narrowed = int(page.locator("p.total").inner_text().split()[0])
    assert 0 < narrowed < every
    metas = page.locator("ol.hits > li .meta").all_inner_texts()
    assert metas and all("· Văn bản ·" in m for m in metas), metas
    expect(page.locator("aside.facets li.active")).to_contain_text("Văn bản")


def test_decision_page_shows_metadata_cited_acts_and_the_news_that_mention_it(page: Page) -> None:
    _search(page, "18/2023/QD-UBND")
    hit = page.locator("ol.hits > li", has=page.locator("a.title[href^='/decisions/18/2023/']")).first
    expect(hit.locator(".decision-meta")).to_contain_text("18/2023/QĐ-UBND")  # number, type, status shown
    hit.locator("a.title").click()  # a decision's hit opens its register page
    expect(page.locator("h1")).to_have_text("Văn bản 18/2023/QĐ-UBND")
    meta = page.locator("table.meta")
    expect(meta.locator("tr", has_text="Số hiệu")).to_contain_text("18/2023/QĐ-UBND")
    expect(meta.locator("tr", has_text="Cơ quan ban hành")).not_to_contain_text("—")
    expect(page.get_by_role("heading", name="Tệp đính kèm", exact=True)).to_be_visible()
    assert page.locator("ul.cited li").count() >= 1  # the acts it cites, each a link to its own page
    expect(page.get_by_role("heading", name=re.compile(r"^Tài liệu trích dẫn văn bản này"))).to_be_visible()
    citing = page.locator("ol.hits > li")
    assert citing.count() >= 1
    title = citing.first.locator("a.title").inner_text()
    citing.first.locator("a.title").click()
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".text mark.tag-decision a[href^='/decisions/18/2023/']").first).to_be_visible()


def test_deals_filter_then_csv_export_has_the_filtered_rows(page: Page) -> None:
    page.goto("/deals")
    every = page.locator("table.deals tbody tr").count()
    assert every > 0
    expect(page.get_by_role("img", name="Giá trị đầu tư công bố theo tỉnh và tháng (VND)")).to_be_visible()
    page.get_by_label("Giá trị tối thiểu").fill("100000000000")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url(re.compile(r"min_amount=100000000000"))
    shown = page.locator("table.deals tbody tr").count()
    assert 0 < shown < every
    with page.expect_download() as info:
        page.get_by_role("link", name="Tải CSV").click()
    download = info.value
    assert download.suggested_filename == "cnht-deals.csv"
    text = open(download.path(), encoding="utf-8").read()  # noqa: SIM115
    assert text.startswith("\ufeff")  # Excel on Windows reads the Vietnamese right
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert len(rows) == shown  # one row per deal (the page shows up to 50; the export every matching one)
    assert all(r["Câu trích"] and r["Nguồn đầu tiên"] for r in rows)
    assert all(
        float(r["Giá trị"] if r["Đơn vị tiền"] == "VND" else r["Giá trị quy đổi (đồng)"]) >= 100_000_000_000
        for r in rows
        if r["Giá trị"]
    )


def test_creating_alerts_in_the_form_lists_them_with_their_channels(page: Page, server: str) -> None:
    page.goto("/alerts")
    expect(page.get_by_role("heading", name="Cảnh báo đã lưu")).to_be_visible()
    page.get_by_label("Mã (chữ, số, - _ .)").fill("browser-hp")
    page.get_by_label("Từ khóa").fill("linh kien")
    page.get_by_label("Tỉnh/thành").fill("Hải Phòng")
    page.locator("form.alert-form").get_by_label("Token").fill("wrong")
    page.get_by_role("button", name="Lưu").click()
    expect(page.locator("p.error")).to_contain_text("Token không đúng")
    page.locator("form.alert-form").get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Lưu").click()
    expect(page.locator("p.ok")).to_contain_text("browser-hp")
    expect(page.locator("#alert-browser-hp")).to_contain_text("province=Hải Phòng")

    page.get_by_label("Mã (chữ, số, - _ .)").fill("browser-hook")
    page.get_by_label("Từ khóa").fill("ky ket")
    page.get_by_label("URL").fill("https://hooks.example.vn/cnht")
    page.get_by_label("Webhook và e-mail").select_option("daily")
    page.locator("form.alert-form").get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Lưu").click()
    secret = page.locator("p.secret code").inner_text()
    assert re.fullmatch(r"[0-9a-f]{32}", secret)
    expect(page.locator("#alert-browser-hook")).to_contain_text("webhook: địa chỉ ẩn")  # no recipient shown
    assert "hooks.example.vn" not in page.locator("#alert-browser-hook").inner_text()
    expect(page.locator("#alert-browser-hook")).to_contain_text("gộp theo ngày")

    saved = {s["id"]: s for s in httpx.get(f"{server}/api/alerts", trust_env=False).json()}
    assert saved["browser-hp"]["query"]["province"] == "Hải Phòng"
    assert saved["browser-hook"]["channels"] == ["atom", "webhook"]
    page.goto("/alerts")
    assert secret not in page.content()
    expect(page.locator("section.recent").first).to_be_visible()  # the demo search's latest alerts


def test_status_page_shows_every_source_and_its_errors(page: Page) -> None:
    page.goto("/")
    page.get_by_role("link", name="Tình trạng").click()
    expect(page.get_by_role("heading", name="Tình trạng thu thập theo nguồn")).to_be_visible()
    rows = page.locator("table.status tbody tr").all_inner_texts()
    for source in ("haiduong-news", "quangninh-news", "hcm-news", "bacninh-vanban"):
        assert any(source in r for r in rows), source
    expect(page.locator("table.status tr", has_text="hcm-news")).to_contain_text("HTTP 404")
