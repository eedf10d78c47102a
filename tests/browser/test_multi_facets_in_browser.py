"""In Chromium, at a desktop and a phone size: choosing two years and a second document kind from the
facets of the search page, then removing one year by its chip. The page fits the screen and has no
accessibility violation of serious or critical impact (axe-core) with several values chosen."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import ARTIFACTS
from tests.browser.test_layout_and_a11y import SIZES, _serious_violations


def _facet(page: Page, label: str):
    heading = page.locator("h3", has_text=re.compile(f"^{label}"))
    return page.locator("aside.facets section").filter(has=heading)


def _query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


@pytest.mark.parametrize("size", SIZES)
def test_choosing_several_years_and_kinds_from_the_facets(page: Page, axe_source: str, size: str) -> None:
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    page.goto("/?q=cong+nghiep")
    years = _facet(page, "Năm")
    years.get_by_role("link", name="2023", exact=True).click()
    page.wait_for_url(re.compile(r"year=2023"))
    _facet(page, "Năm").get_by_role("link", name="2025", exact=True).click()
    page.wait_for_url(re.compile(r"year=2023&year=2025"))
    assert _facet(page, "Năm").locator('a[aria-current="true"]').count() == 2
    for year in ("2023", "2025"):  # a chosen value says so to a screen reader too
        assert _facet(page, "Năm").get_by_role("link", name=f"{year} (đang chọn, bấm để bỏ)").is_visible()
    kinds = _facet(page, "Loại tài liệu")
    kinds.get_by_role("link", name="Văn bản", exact=True).click()
    page.wait_for_url(re.compile(r"kind=decision"))
    _facet(page, "Loại tài liệu").get_by_role("link", name="Tin bài", exact=True).click()
    page.wait_for_url(re.compile(r"kind=article"))
    chosen = _query(page)
    assert chosen["year"] == ["2023", "2025"] and sorted(chosen["kind"]) == ["article", "decision"]
    chips = page.locator("p.chips span.chip").all_inner_texts()
    assert {"Năm: 2023 ✕", "Năm: 2025 ✕", "Loại: Văn bản ✕", "Loại: Tin bài ✕"} <= {c.strip() for c in chips}
    dates = page.locator("ol.hits div.meta").all_inner_texts()
    assert dates and all(d[:4] in ("2023", "2025") for d in dates), dates
    total = int(page.locator("p.total").inner_text().split()[0])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"multi-facets-{size}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the search page scrolls sideways by {overflow} px at {width} px"
    violations = _serious_violations(page, axe_source)
    assert not violations, json.dumps(violations, ensure_ascii=False, indent=1)
    page.get_by_role("link", name="Bỏ bộ lọc Năm").first.click()  # the chip of 2023
    page.wait_for_url(lambda url: "year=2023" not in url)
    assert _query(page)["year"] == ["2025"]
    assert int(page.locator("p.total").inner_text().split()[0]) < total
