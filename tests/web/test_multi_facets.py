"""Several years, kinds and document types at once on the search page: repeated in the URL, any value of
a facet matches (OR) and every facet must match (AND), one removable chip per value, the same filters in
the CSV and JSON exports and in the API, and said when "save as alert" cannot keep them."""

from __future__ import annotations

import csv
import html as html_lib
import io
import re

from fastapi.testclient import TestClient


def _total(page: str) -> int:
    return int(re.search(r'<p class="total">(\d+) kết quả', page).group(1))


def _hrefs(page: str, pattern: str) -> list[str]:
    return [html_lib.unescape(h) for h in re.findall(rf'href="({pattern}[^"]*)"', page)]


def _dates(page: str) -> list[str]:
    return re.findall(r'<div class="meta">(\d{4})-\d{2}-\d{2}', page)


def test_two_years_match_either_and_each_is_a_removable_chip(client: TestClient) -> None:
    one = {y: _total(client.get("/", params={"year": y}).text) for y in ("2023", "2024", "2025")}
    assert all(one.values()), one  # the sample site has documents in each of these years
    res = client.get("/?year=2023&year=2025&sort=date")
    assert res.status_code == 200
    assert _total(res.text) == one["2023"] + one["2025"]
    assert _dates(res.text) and set(_dates(res.text)) <= {"2023", "2025"}
    assert "Năm: 2023" in res.text and "Năm: 2025" in res.text
    chips = _hrefs(res.text, r"/\?")
    assert "/?year=2025&sort=date" in chips and "/?year=2023&sort=date" in chips  # each drops only itself
    # the year facet still offers 2024, with its own count, and its link adds it to the two chosen
    add = re.search(r'<li><a href="([^"]*)"><span class="box" aria-hidden="true">☐</span> 2024</a>', res.text)
    assert add is not None
    assert html_lib.unescape(add.group(1)) == "/?year=2023&year=2025&year=2024&sort=date"
    chosen = r'<li class="active"><a href="([^"]*)" aria-current="true">.*? 2023<span[^>]*> \(đang chọn'
    remove = re.search(chosen + r".*?</a> <span class=\"count\">(\d+)", res.text)
    assert remove and html_lib.unescape(remove.group(1)) == "/?year=2025&sort=date"
    assert int(remove.group(2)) == one["2023"]


def test_a_type_typed_without_accents_is_the_facet_value_it_spells(client: TestClient) -> None:
    res = client.get("/", params={"doc_type": "quyet dinh"}).text
    assert re.search(r'<li class="active"><a href="/" aria-current="true">.*? Quyết định<span', res)
    assert "quyet dinh</a>" not in res  # not listed twice


def test_types_and_kinds_combine_any_within_and_all_across_facets(client: TestClient) -> None:
    def total(query: str) -> int:
        return _total(client.get("/?" + query).text)

    plans, decisions = total("doc_type=K%E1%BA%BF+ho%E1%BA%A1ch"), total("doc_type=quyet+dinh")
    assert plans and decisions
    assert total("doc_type=K%E1%BA%BF+ho%E1%BA%A1ch&doc_type=quyet+dinh") == plans + decisions
    both_kinds = total("kind=article&kind=decision")
    assert both_kinds == total("kind=article") + total("kind=decision")
    by_year = {y: total(f"doc_type=quyet+dinh&year={y}") for y in ("2023", "2024", "2025")}
    assert total("doc_type=quyet+dinh&year=2023&year=2025") == by_year["2023"] + by_year["2025"]
    assert total("doc_type=quyet+dinh&year=2023&year=2025&kind=article") == 0  # AND across facets


def test_exports_and_the_api_take_the_same_repeated_filters(client: TestClient) -> None:
    page = client.get("/?q=cong+nghiep&year=2023&year=2025&kind=decision&kind=article").text
    total = _total(page)
    assert total > 0
    csv_link = _hrefs(page, r"/api/search\.csv")[0]
    assert "year=2023&year=2025" in csv_link and "kind=decision&kind=article" in csv_link
    rows = list(csv.DictReader(io.StringIO(client.get(csv_link).text.removeprefix("\ufeff"))))
    assert len(rows) == total and {r["published"][:4] for r in rows} <= {"2023", "2025"}
    json_link = _hrefs(page, r"/api/search\?")[0]
    found = client.get(json_link).json()
    assert found["total"] == total and set(found["facets"]["year"]) <= {"2023", "2025"}
    api = client.get("/api/search", params=[("year", "2023"), ("year", "2025"), ("limit", "0")]).json()
    one = [
        client.get("/api/search", params={"year": y, "limit": 0}).json()["total"] for y in ("2023", "2025")
    ]
    assert api["total"] == sum(one)
    assert client.get("/api/search", params=[("kind", "decision"), ("kind", "nope")]).status_code == 422


def test_save_as_alert_keeps_one_kind_and_says_which_filters_an_alert_cannot_hold(client: TestClient) -> None:
    page = client.get("/?q=linh+kien&kind=decision&year=2023&year=2025").text
    link = _hrefs(page, r"/alerts\?")[0]
    assert link == "/alerts?q=linh+kien&kind=decision#add"
    assert "cảnh báo không giữ bộ lọc: Năm" in page
    two_kinds = client.get("/?q=linh+kien&kind=decision&kind=article").text
    assert _hrefs(two_kinds, r"/alerts\?")[0] == "/alerts?q=linh+kien#add"
    assert "cảnh báo không giữ bộ lọc: Loại" in two_kinds
    assert "không giữ" not in client.get("/?q=linh+kien&kind=decision").text


def test_a_wrong_kind_or_year_among_several_is_named_in_vietnamese(client: TestClient) -> None:
    res = client.get("/?kind=decision&kind=tin")
    assert res.status_code == 400 and "Loại tài liệu không hợp lệ: “tin”" in res.text
    assert "Input should be" not in res.text
    res = client.get("/?year=2024&year=20x4")
    assert res.status_code == 400 and "Năm không hợp lệ: “20x4”" in res.text
    chips = _hrefs(res.text, r"/\?")
    assert "/?year=2024" in chips  # the wrong value is one click away from a working search
    many = client.get("/?" + "&".join(f"year={y}" for y in range(2000, 2030)))
    assert many.status_code == 400 and "tối đa 20" in many.text


def test_the_api_schema_states_the_limit_on_repeated_filters_it_enforces(client: TestClient) -> None:
    params = {
        p["name"]: p["schema"]
        for p in client.get("/openapi.json").json()["paths"]["/api/search"]["get"]["parameters"]
    }
    assert all(params[name].get("maxItems") == 20 for name in ("kind", "year", "doc_type"))
    res = client.get("/api/search?" + "&".join(f"year={y}" for y in range(2000, 2021)))
    assert res.status_code == 422
    assert client.get("/api/search?" + "&".join(f"year={y}" for y in range(2000, 2020))).status_code == 200
