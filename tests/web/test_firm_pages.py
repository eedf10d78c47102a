"""Firm pages (/firms/{name}) linked from the deals table and the document page, and the deals filters
taking amounts as people type them ("100 tỷ", "500 triệu USD") on the demo's real ingest."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import unquote

from fastapi.testclient import TestClient

from flows.web.ui_firms import gazetteer_aliases
from search.query import fold_key

PARTY_LINK = re.compile(r'<a href="(/firms/[^"]+)">([^<]+)</a>')


def test_every_party_in_the_deals_table_links_to_its_firm_page_which_lists_that_deal(
    client: TestClient,
) -> None:
    html = client.get("/deals").text
    links = PARTY_LINK.findall(html)
    assert links, "the demo's deals table names no party"
    href, name = links[0]
    assert fold_key(unquote(href.removeprefix("/firms/"))) == fold_key(unescape(name))
    page = client.get(href)
    assert page.status_code == 200, page.text[:300]
    text = page.text
    assert f"<h1>{name}</h1>" in text and "Tên khác" in text and "Tài liệu nhắc đến" in text
    own = re.search(r"<h2>Thương vụ</h2>(.*?)<h2>", text, re.S)
    assert own and f'href="{href}"' in own.group(1)  # the firm is a party of every deal listed
    assert re.search(r'<a href="/documents/[0-9a-f]{16}">', own.group(1))


def test_the_document_page_links_its_firms_and_deal_parties(client: TestClient) -> None:
    deals = client.get("/api/deals", params={"limit": 1}).json()["deals"]
    doc = client.get(f"/documents/{deals[0]['reports'][0]['document_id']}").text
    assert "<h2>Doanh nghiệp</h2>" in doc
    firms = [p["name"] for p in deals[0]["parties"] if p["type"] == "firm"]
    assert firms
    for party in firms:
        assert any(fold_key(unescape(n)) == fold_key(party) for _, n in PARTY_LINK.findall(doc)), party


def test_an_unknown_firm_is_a_vietnamese_404(client: TestClient) -> None:
    res = client.get("/firms/Không Có Doanh Nghiệp Này Xyz")
    assert res.status_code == 404 and "Không có thương vụ hay tài liệu nào" in res.text


def test_gazetteer_aliases_are_the_other_names_filed_under_the_canonical_name() -> None:
    assert "SEV" in gazetteer_aliases("Samsung Electronics")
    assert "Samsung Electronics" not in gazetteer_aliases("Samsung Electronics")


def test_deals_filters_take_amounts_as_typed_and_say_which_minimum_applies(client: TestClient) -> None:
    every = client.get("/api/deals", params={"limit": 1000}).json()["total"]
    typed = client.get("/api/deals", params={"min_amount": "100 tỷ", "limit": 1000}).json()
    raw = client.get("/api/deals", params={"min_amount": "100000000000", "limit": 1000}).json()
    assert 0 < typed["total"] == raw["total"] < every
    html = client.get("/deals", params={"min_amount": "100 tỷ"}).text
    assert "từ 100 tỷ đồng trở lên" in html
    hint = re.search(r'<p class="hint" id="min-amount-hint">(.*?)</p>', html, re.S)
    assert (
        hint
        and "các năm 2010–2026: bình quân năm cho các năm 2010–2021" in hint.group(1)
        and "một ngày hoặc một tháng cho các năm 2022–2025, tỷ giá ước tính cho năm 2026" in hint.group(1)
    )
    assert "năm không có tỷ giá chỉ so các thương vụ cùng đơn vị tiền" in hint.group(1)
    assert 'href="/api/deals.csv?min_amount=100+t%E1%BB%B7"' in html
    bad = client.get("/api/deals", params={"min_amount": "nhiều tiền"})  # refused by the schema's pattern
    assert bad.status_code == 422 and "min_amount" in bad.text
    page = client.get("/deals", params={"min_amount": "500 triệu bitcoin"})
    assert page.status_code == 400 and "Không biết đơn vị tiền “bitcoin”" in page.text
