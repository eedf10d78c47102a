"""The JSON API over a data directory the real pipeline filled: search, documents, decisions, deals,
alerts (token-protected writes), Atom feeds, errors, and the OpenAPI schema."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from flows.deals_export import KIND_LABELS as DEAL_KIND_LABELS
from flows.web import create_app
from tests.web.conftest import FEED_ID

ACCENTED_B = re.compile(r"<b>[^<]*[^\x00-\x7f][^<]*</b>")


def test_unaccented_query_finds_accented_documents_with_highlights(client: TestClient) -> None:
    res = client.get("/api/search", params={"q": "cong nghiep ho tro", "limit": 5})
    assert res.status_code == 200
    body = res.json()
    assert body["total"] >= 5
    assert any("công nghiệp hỗ trợ" in (hit["title"] or "").lower() for hit in body["hits"])
    assert any(ACCENTED_B.search(h) for hit in body["hits"] for h in hit["highlights"])
    assert {"province", "kind", "year", "issuer", "doc_type"} <= set(body["facets"])


def test_search_filters_narrow_the_results(client: TestClient) -> None:
    every = client.get("/api/search", params={"q": "cong nghiep"}).json()["total"]
    decisions = client.get("/api/search", params={"q": "cong nghiep", "kind": "decision", "limit": 50}).json()
    assert 0 < decisions["total"] < every
    assert {hit["kind"] for hit in decisions["hits"]} == {"decision"}


def test_document_by_id_and_unknown_id_is_a_json_404(client: TestClient) -> None:
    hit = client.get("/api/search", params={"q": "ky ket", "limit": 1}).json()["hits"][0]
    doc = client.get(f"/api/documents/{hit['id']}").json()
    assert doc["id"] == hit["id"] and doc["document"]["text"]
    missing = client.get("/api/documents/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["error"]


def test_decision_lookup_unaccented_returns_the_decision_and_citing_documents(client: TestClient) -> None:
    res = client.get("/api/decisions/18/2023/QD-UBND")
    assert res.status_code == 200
    found = res.json()
    assert found["numbers"] == ["18/2023/QĐ-UBND"]
    assert found["decisions"][0]["document"]["decision"]["number"] == "18/2023/QĐ-UBND"
    assert found["total_citing"] >= 1 and found["citing"]


def test_decision_lookup_errors_are_readable_json(client: TestClient) -> None:
    assert client.get("/api/decisions/not-a-number").status_code == 404
    assert "not a decision number" in client.get("/api/decisions/not-a-number").json()["error"]
    assert client.get("/api/decisions/999/1999/QD-UBND").status_code == 404


def test_invalid_parameter_is_a_422_with_a_readable_message(client: TestClient) -> None:
    res = client.get("/api/search", params={"limit": "many"})
    assert res.status_code == 422
    assert res.json()["error"].startswith("query.limit:")


def _csv_rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")  # the BOM Excel on Windows needs to read UTF-8
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_deals_as_json_and_as_csv_one_row_per_deal(client: TestClient) -> None:
    deals = client.get("/api/deals").json()
    assert deals["total"] == len(deals["deals"]) >= 1
    for url in ("/api/deals.csv?headers=en", "/api/deals?format=csv"):
        res = client.get(url)
        assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
    english = client.get("/api/deals.csv", params={"headers": "en"}).text
    assert english.splitlines()[0].removeprefix("\ufeff").startswith("date,kind,parties,amount,currency")
    rows = _csv_rows(english)
    assert len(rows) == deals["total"]  # one row per deal
    assert [int(row["reports"]) for row in rows] == [len(d["reports"]) for d in deals["deals"]]
    assert [row["id"] for row in rows] == [d["id"] for d in deals["deals"]]
    assert all(row["sentence"] and row["first_url"] for row in rows)


def test_deals_csv_has_vietnamese_headers_and_labels_by_default(client: TestClient) -> None:
    rows = _csv_rows(client.get("/api/deals.csv").text)
    assert rows and {"Ngày công bố", "Các bên", "Giá trị", "Tỉnh/thành", "Số bài đưa tin"} <= set(rows[0])
    assert all(row["Loại giao dịch"] in DEAL_KIND_LABELS.values() for row in rows)
    assert all(row["Tỉnh/thành"] for row in rows)  # an unknown province is a visible bucket, not a blank


def test_deals_xlsx_reads_back_with_vietnamese_text_and_numeric_amounts(client: TestClient) -> None:
    from openpyxl import load_workbook

    res = client.get("/api/deals.xlsx")
    assert res.status_code == 200 and res.headers["content-type"].startswith("application/vnd.openxml")
    book = load_workbook(io.BytesIO(res.content))
    deals_sheet, evidence = book["Giao dịch"], book["Nguồn tin"]
    header = [c.value for c in deals_sheet[1]]
    assert header[:3] == ["Ngày công bố", "Loại giao dịch", "Các bên"]
    amounts = [row[header.index("Giá trị")] for row in deals_sheet.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(a, int | float) for a in amounts)
    assert all(a is None or isinstance(a, int | float) for a in amounts)
    counts = [
        row[header.index("Số bài đưa tin")] for row in deals_sheet.iter_rows(min_row=2, values_only=True)
    ]
    deals = client.get("/api/deals").json()
    assert len(counts) == deals["total"]
    assert evidence.max_row - 1 == sum(counts) == sum(len(d["reports"]) for d in deals["deals"])
    parties = " ".join(str(row[2]) for row in deals_sheet.iter_rows(min_row=2, values_only=True))
    assert any(ch in parties for ch in "ăâđêôơư")  # Vietnamese letters survive the round trip


def test_deals_csv_follows_the_filters(client: TestClient) -> None:
    every = _csv_rows(client.get("/api/deals.csv", params={"headers": "en"}).text)
    big = _csv_rows(
        client.get("/api/deals.csv", params={"min_amount": 100_000_000_000, "headers": "en"}).text
    )
    assert 0 < len(big) < len(every)
    # a minimum in đồng compares VND equivalents (a USD deal at its year's rate, estimated or not, says which)
    assert all(row["amount_vnd"] and float(row["amount_vnd"]) >= 100_000_000_000 for row in big)


def test_alert_writes_need_the_token_then_create_list_and_delete(client: TestClient, auth) -> None:
    new = {"id": "hp", "name": "Hải Phòng", "query": {"text": "linh kien", "province": "Hải Phòng"}}
    missing = client.post("/api/alerts", json=new)
    assert missing.status_code == 401 and "Bearer" in missing.json()["error"]
    wrong = client.post("/api/alerts", json=new, headers={"Authorization": "Bearer wrong"})
    assert wrong.status_code == 401
    created = client.post("/api/alerts", json=new, headers=auth)
    assert created.status_code == 201 and created.json()["channels"] == ["atom"]
    assert client.post("/api/alerts", json=new, headers=auth).status_code == 409
    assert "hp" in [s["id"] for s in client.get("/api/alerts").json()]
    assert client.delete("/api/alerts/hp").status_code == 401
    assert client.delete("/api/alerts/hp", headers=auth).status_code == 204
    assert "hp" not in [s["id"] for s in client.get("/api/alerts").json()]
    assert client.delete("/api/alerts/hp", headers=auth).status_code == 404


def test_bad_alert_body_is_a_readable_422(client: TestClient, auth) -> None:
    res = client.post("/api/alerts", json={"id": "no spaces!", "query": {}}, headers=auth)
    assert res.status_code == 422 and res.json()["error"].startswith("id:")


def test_write_endpoints_are_disabled_without_a_configured_token(web_data: Path) -> None:
    client = TestClient(create_app(web_data, None))
    res = client.post(
        "/api/alerts", json={"id": "x", "query": {"text": "a"}}, headers={"Authorization": "Bearer "}
    )
    assert res.status_code == 403 and "--token" in res.json()["error"]
    assert client.delete("/api/alerts/x").status_code == 403
    assert client.get("/api/alerts").status_code == 200


def test_atom_feed_of_a_saved_search_is_served(client: TestClient) -> None:
    res = client.get(f"/feeds/{FEED_ID}.atom")
    assert res.status_code == 200 and res.headers["content-type"].startswith("application/atom+xml")
    entries = ET.fromstring(res.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert entries
    assert client.get("/feeds/unknown.atom").status_code == 404
    assert client.get("/feeds/..%2Fstore.atom").status_code == 404


def test_health_counts_documents_and_saved_searches(client: TestClient) -> None:
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["documents"] > 10 and health["saved_searches"] >= 1


def test_status_lists_crawl_health_per_source(client: TestClient) -> None:
    rows = {row["source"]: row for row in client.get("/api/status").json()}
    assert {"haiduong-news", "quangninh-news", "hcm-news", "bacninh-vanban"} <= set(rows)
    assert all(row["ok"] and row["pages_new"] > 0 for row in rows.values())
    assert rows["hcm-news"]["errors_by_kind"] == {"HTTP 404": 1}


def test_without_a_store_the_api_answers_503_naming_the_fix(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path, None))
    res = client.get("/api/search")
    assert res.status_code == 503 and "cnht demo" in res.json()["error"]
    assert client.get("/api/health").json()["status"] == "no store"
    assert client.get("/").status_code == 503


def _example_request(path: str, method: str, known: dict[str, str]) -> tuple[str, dict[str, Any] | None]:
    url = re.sub(r"\{(\w+)(:path)?\}", lambda m: known[m.group(1)], path)
    body = {"query": {"text": "cong nghiep"}} if method in ("post", "put") else None
    if method == "post":
        body = {"id": known["search_id"], **(body or {})}
    return url, body


def test_every_api_route_in_the_openapi_schema_answers_without_a_server_error(
    client: TestClient, auth
) -> None:
    schema = client.get("/openapi.json").json()
    doc_id = client.get("/api/search", params={"limit": 1}).json()["hits"][0]["id"]
    deal_id = client.get("/api/deals", params={"limit": 1}).json()["deals"][0]["id"]
    known = {"doc_id": doc_id, "number": "18/2023/QD-UBND", "search_id": "openapi-check", "deal_id": deal_id}
    order = {"post": 0, "get": 1, "put": 2, "delete": 3}  # the saved search exists from POST to DELETE
    calls = [
        (order[method], path, method)
        for path, ops in schema["paths"].items()
        if path.startswith("/api/")
        for method in ops
    ]
    assert len(calls) >= 8
    for _, path, method in sorted(calls):
        url, body = _example_request(path, method, known)
        res = client.request(method.upper(), url, json=body, headers=auth)
        assert res.status_code < 500, (method, url, res.text)
        assert res.status_code in (200, 201, 204), (method, url, res.text)


@pytest.mark.parametrize(
    ("url", "params"),
    [("/api/search", {"q": "ho tro", "provnce": "Hải Phòng"}), ("/api/deals", {"frim": "alpha"})],
)
def test_an_unknown_query_parameter_is_refused_by_name(client: TestClient, url: str, params: dict) -> None:
    res = client.get(url, params=params)
    typo = next(k for k in params if k not in ("q",))
    assert res.status_code == 422 and typo in res.json()["error"]


def test_an_unknown_json_field_of_a_saved_search_is_refused_by_name(client: TestClient, auth) -> None:
    body = {"id": "typo", "query": {"text": "linh kien", "provnce": "Hải Phòng"}}
    res = client.post("/api/alerts", json=body, headers=auth)
    assert res.status_code == 422 and "provnce" in res.json()["error"]
    assert "typo" not in [s["id"] for s in client.get("/api/alerts", headers=auth).json()]


@pytest.mark.parametrize(
    ("method", "url", "allow"),
    [
        ("post", "/api/search", "GET"),
        ("delete", "/api/deals", "GET"),
        ("patch", "/api/alerts", "GET, POST"),
        ("put", "/", "GET"),
        ("post", "/decisions", "GET"),
    ],
)
def test_a_405_names_the_methods_the_path_takes(
    client: TestClient, method: str, url: str, allow: str
) -> None:
    res = client.request(method.upper(), url)
    assert res.status_code == 405 and res.headers["allow"] == allow
