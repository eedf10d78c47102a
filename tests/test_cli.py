"""The `cnht` commands as a user runs them: real processes, real output."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path
from typing import Any

import pytest

from crawlers.sample_site import SITE_ROOT
from extract import extract_document, tag_text
from extract.page import decode_html
from tests.test_cli_errors import run_cnht


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    port = str(free_port())
    first = run_cnht("--data-dir", str(data_dir), "demo", "--port", port)
    second = run_cnht("--data-dir", str(data_dir), "demo", "--port", port, "--web-port", "8123")
    return {"dir": data_dir, "first": first, "second": second}


def test_demo_crawls_stores_tags_searches_and_alerts(demo_runs) -> None:
    first = demo_runs["first"]
    assert first.returncode == 0, first.stderr
    out = first.stdout
    assert "pages fetched        23 new" in out
    assert "documents stored     22 new" in out
    assert re.search(r"entities found  .*\bdeals [1-9]", out)  # (new tag kinds may come first)
    assert "[alert Công nghiệp hỗ trợ]" in out
    # the example query is typed without accents; the hits show the original accents
    assert "match(es)" in out and "[công] [nghiệp] [hỗ] [trợ]" in out.lower()
    assert (demo_runs["dir"] / "alerts" / "cnht-demo.atom").exists()
    assert "serve --port 8000  ->  http://127.0.0.1:8000/" in out  # ends by saying where the web UI will be


def test_demo_second_run_fetches_nothing_and_alerts_nothing(demo_runs) -> None:
    second = demo_runs["second"]
    assert second.returncode == 0, second.stderr
    assert "pages fetched        0 new" in second.stdout
    assert "alerts delivered     0" in second.stdout
    assert "[alert " not in second.stdout
    assert "serve --port 8123  ->  http://127.0.0.1:8123/" in second.stdout  # --web-port reaches the hint


def test_search_json_filters_and_show(demo_runs) -> None:
    data = ["--data-dir", str(demo_runs["dir"])]
    proc = run_cnht(*data, "search", "quyet dinh", "--kind", "decision", "--province", "bac ninh", "--json")
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)
    assert results["total"] >= 5 and all(h["kind"] == "decision" for h in results["hits"])
    assert any(
        "<b>Quyết</b>" in s or "<b>quyết</b>" in s.lower() for h in results["hits"] for s in h["highlights"]
    )
    shown = run_cnht(*data, "show", results["hits"][0]["id"])
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    assert doc["id"] == results["hits"][0]["id"] and doc["document"]["decision"]["number"]
    by_url = json.loads(run_cnht(*data, "show", doc["document"]["url"]).stdout)
    assert by_url["id"] == doc["id"]


def test_extract_prints_the_document_json_of_the_public_api(tmp_path: Path) -> None:
    page = next((SITE_ROOT / "vanban" / "van-ban").glob("quyet-dinh-18-2023-*.html"))
    proc = run_cnht("extract", str(page), "--url", "http://example.vn/van-ban/qd-18.html")
    assert proc.returncode == 0, proc.stderr
    printed = json.loads(proc.stdout)
    api = extract_document(decode_html(page.read_bytes()), url="http://example.vn/van-ban/qd-18.html")
    assert printed == api.model_dump(mode="json")
    assert printed["kind"] == "decision" and printed["decision"]["number"] == "18/2023/QĐ-UBND"


def test_tag_prints_the_tags_json_of_the_public_api() -> None:
    text = (
        "Ngày 11/3, Công ty TNHH Điện tử Hanam Việt Nam ký kết biên bản ghi nhớ với Công ty CP Cơ khí "
        "Thành Đạt và Công ty TNHH Nhựa Phú Lâm tại tỉnh Hải Dương, tổng giá trị 4.507 tỷ đồng, theo "
        "Quyết định số 26/2023/QĐ-UBND ngày 04/8/2023."
    )
    proc = run_cnht("tag", "--published", "2024-03-12", stdin=text)
    assert proc.returncode == 0, proc.stderr
    printed = json.loads(proc.stdout)
    assert printed == tag_text(text, published="2024-03-12").model_dump(mode="json")
    assert [m["amount"] for m in printed["money"]] == [4507000000000]
    assert printed["provinces"][0]["current"] == "Thành phố Hải Phòng"
    assert len(printed["deals"]) == 2  # one signer, two counterparts


def test_tag_dates_a_text_by_its_dateline_when_no_date_is_given_and_says_so() -> None:
    text = (
        "Bắc Giang, ngày 12/3/2025\n"
        "Ngày 5/3, Công ty CP Cơ khí Hà Phong ký hợp đồng với Công ty TNHH Kim Lộc."
    )
    proc = run_cnht("tag", stdin=text)
    assert proc.returncode == 0, proc.stderr
    assert "published 2025-03-12 (from the dateline)" in proc.stderr
    assert json.loads(proc.stdout) == tag_text(text, published="2025-03-12").model_dump(mode="json")
    assert json.loads(proc.stdout)["deals"][0]["date"] == "2025-03-05"  # the year came from it


def test_search_filters_by_issuer_year_and_counts_every_facet(demo_runs) -> None:
    data = ["--data-dir", str(demo_runs["dir"])]
    proc = run_cnht(
        *data, "search", "", "--issuer", "ubnd tinh bac ninh", "--year", "2025", "--facets", "--json"
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)
    assert results["total"] == 3  # the sample portal's three 2025 documents of the People's Committee
    assert results["facets"]["year"] == {"2025": 3}
    assert set(results["facets"]) >= {"issuer", "doc_type", "firm", "amount", "month"}
    text = run_cnht(*data, "search", "", "--kind", "decision", "--facets")
    assert "issuer    UBND tỉnh Bắc Ninh (5), HĐND tỉnh Bắc Ninh (1)" in text.stdout
