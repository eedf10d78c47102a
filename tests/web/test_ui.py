"""The server-rendered web UI: every page answers with Vietnamese content, search is accent-insensitive
with safe highlights, tagged spans are marked in the text, user input is escaped."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from flows.web.render import safe_highlight
from search.store import open_store
from tests.web.conftest import TOKEN


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/", ["Tìm kiếm", "kết quả", "Tỉnh/thành", "Loại tài liệu", "Năm"]),
        ("/?q=cong+nghiep+ho+tro", ["kết quả", "Cơ quan ban hành", "Loại văn bản", "<b>"]),
        (
            "/decisions/18/2023/QD-UBND",
            ["Văn bản 18/2023/QĐ-UBND", "Tệp đính kèm", "Căn cứ ban hành", "Tài liệu trích dẫn"],
        ),
        ("/decisions", ["Cơ sở dữ liệu văn bản", "18/2023/QĐ-UBND", "Cơ quan ban hành", "Tình trạng"]),
        ("/deals", ["Thương vụ giữa doanh nghiệp", "Tải CSV", "<svg", "Giá trị đầu tư công bố"]),
        ("/alerts", ["Cảnh báo đã lưu", "cnht.atom"]),
        ("/api", ["API HTTP", "/api/search", "/api/deals.csv", "Authorization: Bearer"]),
        ("/status", ["Tình trạng thu thập theo nguồn", "haiduong-news", "bacninh-vanban", "HTTP 404"]),
    ],
)
def test_every_page_answers_200_with_its_vietnamese_content(
    client: TestClient, url: str, expected: list[str]
) -> None:
    res = client.get(url)
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/html")
    for text in expected:
        assert text in res.text, text


def test_pages_load_nothing_from_another_site_and_no_script(client: TestClient) -> None:
    for url in ("/", "/deals", "/alerts", "/status", "/api", "/decisions/18/2023/QD-UBND"):
        html = client.get(url).text
        assert "<script" not in html
        assert not re.search(r'(src|href)="(https?:)?//(?!127\.0\.0\.1)', html.split("<main>")[0])
    assert client.get("/static/style.css").status_code == 200


def test_unaccented_search_shows_accented_documents_with_highlighted_words(client: TestClient) -> None:
    html = client.get("/", params={"q": "cong nghiep ho tro"}).text
    assert "công nghiệp hỗ trợ" in html.lower()
    assert re.search(r"<b>(công|Công|nghiệp|hỗ|trợ)</b>", html)


def test_facet_link_filters_the_search(client: TestClient) -> None:
    html = client.get("/", params={"q": "cong nghiep"}).text
    link = re.search(r'href="(/\?[^"]*kind=decision[^"]*)"', html)
    assert link is not None
    filtered = client.get(link.group(1).replace("&amp;", "&")).text
    assert "Văn bản" in filtered and "Tin bài ·" not in filtered


def test_query_box_input_is_escaped(client: TestClient) -> None:
    html = client.get("/", params={"q": '<script>alert("x")</script>'}).text
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_highlight_keeps_only_the_index_bold_tags() -> None:
    assert safe_highlight('<b>A</b> <i>x</i> <img src=x onerror="y">') == (
        '<b>A</b> &lt;i&gt;x&lt;/i&gt; &lt;img src=x onerror="y"&gt;'
    )
    assert safe_highlight("<b>cut") == "<b>cut</b>"


def test_document_page_marks_a_firm_and_a_decision_number(client: TestClient, web_data: Path) -> None:
    with open_store(web_data, read_only=True) as store:
        doc = next(d for d in store.iter_documents() if d.document.tags.firms and d.document.tags.decisions)
    firm, ref = doc.document.tags.firms[0], doc.document.tags.decisions[0]
    html = client.get(f"/documents/{doc.id}").text
    assert re.search(rf'<mark class="tag tag-firm"[^>]*>{re.escape(firm.mention)}</mark>', html)
    assert f'<a href="/decisions/{quote(ref.number, safe="/")}">' in html
    assert 'class="tag tag-money"' in html or not doc.document.tags.money
    assert "Ngày đăng" in html and "Nguồn" in html


def test_unknown_document_and_decision_pages_are_404_in_vietnamese(client: TestClient) -> None:
    res = client.get("/documents/nope")
    assert res.status_code == 404 and "Không tìm thấy" in res.text
    assert client.get("/decisions/999/1999/QD-UBND").status_code == 404


def test_deals_page_filters_and_links_the_same_filters_to_csv(client: TestClient) -> None:
    every = client.get("/deals").text.count("<tr>")
    html = client.get("/deals", params={"min_amount": "100000000000", "firm": ""}).text
    assert html.count("<tr>") < every
    assert 'href="/api/deals.csv?min_amount=100000000000"' in html
    assert client.get("/deals", params={"min_amount": "lots"}).status_code == 400


def test_serve_help_has_an_example_and_runs_uvicorn_with_the_app(monkeypatch, tmp_path: Path) -> None:
    import uvicorn

    from flows.cli import cli

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    help_text = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "Example:" in help_text and "--token" in help_text
    res = CliRunner().invoke(
        cli, ["--data-dir", str(tmp_path), "serve", "--port", "8123"], env={"CNHT_API_TOKEN": "abc"}
    )
    assert res.exit_code == 0, res.output
    app, kw = calls[0]
    assert kw["port"] == 8123 and kw["host"] == "127.0.0.1"
    assert app.state.settings.token == "abc"


def test_alerts_form_needs_the_token_then_adds_and_removes_a_saved_search(client: TestClient) -> None:
    fields = {"id": "form-check", "q": "linh kien", "province": "Hải Phòng"}
    wrong = client.post("/alerts", data={**fields, "token": "wrong"})
    assert wrong.status_code == 401 and "Token không đúng" in wrong.text
    added = client.post("/alerts", data={**fields, "token": TOKEN})
    assert added.status_code == 200 and added.url.path == "/alerts"
    assert "Đã lưu tìm kiếm" in added.text and "province=Hải Phòng" in added.text
    again = client.post("/alerts", data={**fields, "token": TOKEN})
    assert again.status_code == 409 and "linh kien" in again.text  # the fields as typed are kept
    unconfirmed = client.post("/alerts/form-check/delete", data={"token": TOKEN})
    assert unconfirmed.url.path == "/alerts/form-check/delete" and "Xóa cảnh báo" in unconfirmed.text
    assert "form-check" in [s["id"] for s in client.get("/api/alerts").json()]  # not without confirming
    deleted = client.post("/alerts/form-check/delete", data={"token": TOKEN, "confirm": "yes"})
    assert deleted.status_code == 200 and "Đã xóa tìm kiếm" in deleted.text
    assert "form-check" not in [s["id"] for s in client.get("/api/alerts").json()]


def test_alerts_form_is_hidden_and_refused_without_a_configured_token(web_data: Path) -> None:
    from flows.web import create_app

    client = TestClient(create_app(web_data, None))
    assert 'action="/alerts"' not in client.get("/alerts").text
    assert client.post("/alerts", data={"id": "x", "token": ""}).status_code == 403


def test_alerts_form_sets_a_webhook_shows_its_generated_secret_once_and_lists_the_channels(
    client: TestClient,
) -> None:
    fields = {
        "id": "form-hook",
        "q": "ky ket",
        "webhook_url": "https://hooks.example.vn/x",
        "digest": "daily",
    }
    res = client.post("/alerts", data={**fields, "token": TOKEN})
    assert res.status_code == 201
    secret = re.search(r"Khóa bí mật webhook[^<]*<code>([0-9a-f]{32})</code>", res.text)
    assert secret is not None
    later = client.get("/alerts").text
    assert secret.group(1) not in later
    assert "hooks.example.vn" not in later and "webhook: địa chỉ ẩn" in later and "gộp theo ngày" in later
    stored = client.get("/api/alerts/form-hook").json()
    assert stored["channels"] == ["atom", "webhook"] and stored["digest"] == "daily"
    confirm = {"token": TOKEN, "confirm": "yes"}
    assert client.post("/alerts/form-hook/delete", data=confirm).status_code == 200


def test_alerts_form_sets_e_mail_and_refuses_a_digest_without_a_channel(client: TestClient) -> None:
    fields = {"id": "form-mail", "q": "", "decision": "QĐ 26/2023", "email": "a@example.vn, b@example.vn"}
    added = client.post(
        "/alerts", data={**fields, "smtp": "mail.example.vn:25", "starttls": "on", "token": TOKEN}
    )
    assert added.status_code == 200 and "e-mail: 2 người nhận" in added.text
    assert "a@example.vn" not in added.text  # recipients are not shown on a page
    email = client.get("/api/alerts/form-mail", headers={"Authorization": f"Bearer {TOKEN}"}).json()["email"]
    assert email["to"] == ["a@example.vn", "b@example.vn"] and email["starttls"] is True
    client.post("/alerts/form-mail/delete", data={"token": TOKEN, "confirm": "yes"})
    refused = client.post("/alerts", data={"id": "form-digest", "q": "x", "digest": "hourly", "token": TOKEN})
    assert refused.status_code == 400 and "digest applies to the webhook and e-mail" in refused.text


def test_alerts_page_lists_the_latest_alerts_of_each_saved_search(client: TestClient, web_data: Path) -> None:
    from flows.web.feeds import recent_alerts

    total, entries = recent_alerts(web_data, "cnht")
    assert total > 0 and entries
    html = client.get("/alerts").text
    assert "Cảnh báo gần đây" in html and f"({total} cảnh báo" in html
    assert all(e.title in html for e in entries)


def test_the_register_lists_decisions_newest_first_and_filters_them(client: TestClient) -> None:
    every = client.get("/decisions").text
    numbers = re.findall(r'<td data-label="Số hiệu"><a href="/decisions/[^"]+">([^<]+)</a>', every)
    assert "27/2025/QĐ-UBND" in numbers and "18/2023/QĐ-UBND" in numbers
    assert numbers.index("27/2025/QĐ-UBND") < numbers.index("18/2023/QĐ-UBND")  # newest first
    plans = client.get("/decisions", params={"doc_type": "Kế hoạch"}).text
    assert "215/KH-UBND" in plans and "18/2023/QĐ-UBND" not in plans
    assert "2023" in client.get("/decisions", params={"year": "2023"}).text
    assert "18/2023/QĐ-UBND" not in client.get("/decisions", params={"year": "2024"}).text


def test_the_relations_panel_reads_both_directions(client: TestClient) -> None:
    amending = client.get("/decisions/27/2025/QD-UBND").text
    assert "Sửa đổi, bổ sung</th>" in amending and 'href="/decisions/18/2023/Q%C4%90-UBND"' in amending
    amended = client.get("/decisions/18/2023/QD-UBND").text
    assert "Được sửa đổi, bổ sung bởi</th>" in amended


def test_cited_documents_show_type_issuer_and_date(client: TestClient) -> None:
    text = client.get("/decisions/27/2025/QD-UBND").text
    assert "Nghị định số 111/2015/NĐ-CP ngày 03/11/2015" in " ".join(text.split())


def test_a_decision_hit_links_to_its_register_page_with_number_and_type(client: TestClient) -> None:
    text = client.get("/", params={"q": "sua doi bo sung", "kind": "decision"}).text
    assert 'href="/decisions/27/2025/Q%C4%90-UBND"' in text and "Quyết định số 27/2025/QĐ-UBND" in text


def test_a_date_bounded_search_without_accents_shows_its_bounds_as_removable_chips(
    client: TestClient,
) -> None:
    res = client.get("/", params={"q": "cong nghiep ho tro", "since": "2025-01-01", "until": "2025-12-31"})
    assert res.status_code == 200
    assert 'type="date" name="since" value="2025-01-01"' in res.text  # visible, not a hidden field
    assert "Từ ngày: 2025-01-01" in res.text and "Đến ngày: 2025-12-31" in res.text
    dates = re.findall(r'<div class="meta">(\d{4}-\d{2}-\d{2})', res.text)
    assert dates and all("2025-01-01" <= d <= "2025-12-31" for d in dates)
    assert 'href="/?q=cong+nghiep+ho+tro&amp;until=2025-12-31"' in res.text  # the chip that drops `since`


def test_an_invalid_date_says_so_in_vietnamese_and_can_be_removed(client: TestClient) -> None:
    res = client.get("/", params={"q": "ho tro", "since": "2024-02-30"})
    assert res.status_code == 400
    assert "Từ ngày không hợp lệ" in res.text and "day is out of range" not in res.text
    assert 'href="/?q=ho+tro"' in res.text  # one click back to a working search
    bad = client.get("/", params={"year": "abc", "offset": "x"})
    assert bad.status_code == 400 and "invalid literal" not in bad.text


def test_search_results_export_as_csv_and_json_with_the_same_filters(client: TestClient) -> None:
    import csv
    import io

    params = {"q": "cong nghiep ho tro", "kind": "decision"}
    page_text = client.get("/", params=params).text
    total = int(re.search(r'<p class="total">(\d+) kết quả', page_text).group(1))
    csv_link = re.search(r'href="(/api/search\.csv[^"]+)"', page_text).group(1).replace("&amp;", "&")
    res = client.get(csv_link)
    assert res.status_code == 200 and res.text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(res.text.removeprefix("\ufeff"))))
    assert len(rows) == total and all(r["kind"] == "decision" for r in rows)
    json_link = re.search(r'href="(/api/search\?[^"]+)"', page_text).group(1).replace("&amp;", "&")
    assert client.get(json_link).json()["total"] == total


def test_save_as_alert_fills_the_alert_form_with_the_search(client: TestClient) -> None:
    page_text = client.get("/", params={"q": "linh kien", "province": "Hải Phòng"}).text
    link = re.search(r'href="(/alerts\?[^"]+)">Lưu thành cảnh báo', page_text).group(1).replace("&amp;", "&")
    form = client.get(link).text
    assert 'name="q" value="linh kien"' in form and 'name="province" value="Hải Phòng"' in form


def test_deals_table_links_each_deal_to_its_page_with_the_timeline_of_its_reports(client: TestClient) -> None:
    deals = client.get("/api/deals").json()["deals"]
    deal = max(deals, key=lambda d: len(d["reports"]))
    assert f'href="/deals/{deal["id"]}"' in client.get("/deals").text
    html = client.get(f"/deals/{deal['id']}").text
    for p in deal["parties"]:
        assert html.count(p["name"]) >= 2  # in the title and in the list of parties, with its type
    assert "Doanh nghiệp" in html and "Dòng thời gian đưa tin" in html
    assert html.count("<blockquote>") == len(deal["reports"])
    assert 'class="tag tag-deal"' in html  # the deal's words are marked in each sentence
    for r in deal["reports"]:
        assert f'href="/documents/{r["document_id"]}"' in html
    assert client.get(f"/api/deals/{deal['id']}").json() == deal


def test_unknown_deal_is_404_in_vietnamese(client: TestClient) -> None:
    res = client.get("/deals/0000000000000000")
    assert res.status_code == 404 and "Không tìm thấy thương vụ" in res.text
    assert client.get("/api/deals/0000000000000000").status_code == 404


def test_deals_summary_counts_every_deal_not_a_page(client: TestClient) -> None:
    every = client.get("/api/deals").json()
    one = client.get("/api/deals", params={"limit": 1}).json()
    assert one["total"] == every["total"] and len(one["deals"]) == 1
    summary = client.get("/api/deals/summary").json()
    assert summary["total"] == every["total"]
    with_amount = [d for d in every["deals"] if d["amounts"]]
    assert summary["with_amount"] == len(with_amount)
