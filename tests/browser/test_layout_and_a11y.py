"""Every page at a desktop (1366x768) and a phone (390x844) size: no horizontal scrolling, the search
button on screen, results before facets on a phone, readable chart labels, and no accessibility violation
of serious or critical impact by axe-core (the npm package, installed by the test set-up from
tests/browser/package.json). Screenshots go to test-artifacts/browser/layout-<size>-<page>.png."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import ARTIFACTS

SIZES = {"desktop": (1366, 768), "phone": (390, 844)}
PAGES = {
    "search": "/?q=cong+nghiep+ho+tro",
    "home": "/",
    "register": "/decisions",
    "decision": "/decisions/18/2023/QD-UBND",
    "deals": "/deals",
    "alerts": "/alerts",
    "status": "/status",
}


def _document_url(page: Page) -> str:
    page.goto("/?q=ky+ket")
    return page.locator("ol.hits a.title").first.get_attribute("href") or "/"


def _deal_url(page: Page) -> str:
    page.goto("/deals")
    return page.locator("table.deals tbody a[href^='/deals/']").first.get_attribute("href") or "/deals"


def _firm_url(page: Page) -> str:
    page.goto("/deals")
    return page.locator("table.deals a[href^='/firms/']").first.get_attribute("href") or "/"


def _serious_violations(page: Page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", [*PAGES, "document", "deal", "firm"])
def test_page_fits_the_screen_and_has_no_serious_accessibility_violation(
    page: Page, axe_source: str, size: str, name: str
) -> None:
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    found = {"document": _document_url, "deal": _deal_url, "firm": _firm_url}
    page.goto(found[name](page) if name in found else PAGES[name])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"layout-{size}-{name}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{name} scrolls sideways by {overflow} px at {width} px"
    violations = _serious_violations(page, axe_source)
    assert not violations, json.dumps(violations, ensure_ascii=False, indent=1)


def test_on_a_phone_the_search_button_is_on_screen_and_results_come_before_facets(page: Page) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(PAGES["search"])
    button = page.get_by_role("button", name="Tìm kiếm").bounding_box()
    assert button and button["x"] >= 0 and button["x"] + button["width"] <= 390
    results = page.locator("section.results").bounding_box()
    facets = page.locator("aside.facets").bounding_box()
    assert results and facets and results["y"] < facets["y"]


def test_chart_labels_are_readable_on_a_phone(page: Page) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/deals")
    sizes = page.evaluate(
        "[...document.querySelectorAll('svg.chart text')].map(t => t.getBoundingClientRect().height)"
    )
    assert sizes and min(sizes) >= 9, f"smallest chart label {min(sizes):.1f} px high"
