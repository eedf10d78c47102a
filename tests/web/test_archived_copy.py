"""The archived copy of a page, as fetched, read from the WARC archive: linked from the document and
decision pages, framed in `<iframe sandbox>`, and served inert (no script, no event handler, no URL that
fetches, a Content-Security-Policy that forbids both anyway)."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flows.web import create_app
from flows.web.safe_html import inert_css, inert_html
from tests.web.hostile_archive import TEXT, TITLE, hostile_archive

OUTSIDE = "http://outside.example:8081"
FOLDED = r'<details class="attachment"><summary>(.*?)</summary>\s*<pre[^>]*>(.*?)</pre>'  # title, text


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[TestClient, str]:
    data_dir = tmp_path / "cnht-data"
    doc_id = hostile_archive(data_dir, OUTSIDE)
    return TestClient(create_app(data_dir, None)), doc_id


def test_the_document_and_decision_pages_link_the_archived_copy_of_their_page(client: TestClient) -> None:
    decision = client.get("/decisions/18/2023/QD-UBND").text
    doc_id = re.search(r'href="/documents/([0-9a-f]+)/archived"', decision).group(1)
    assert f'href="/documents/{doc_id}/archived"' in client.get(f"/documents/{doc_id}").text
    framing = client.get(f"/documents/{doc_id}/archived")
    assert framing.status_code == 200
    assert f'<iframe class="archived" src="/documents/{doc_id}/archived/page" sandbox=""' in framing.text
    assert "Thu thập lúc" in framing.text and ".warc.gz" in framing.text
    copy = client.get(f"/documents/{doc_id}/archived/page")
    assert copy.status_code == 200
    assert "18/2023/QĐ-UBND" in copy.text  # the page as fetched, not the extracted text
    assert "<table" in copy.text  # its metadata table, as the portal laid it out


def test_the_archived_copy_is_served_under_a_policy_forbidding_scripts_and_fetches(
    hostile: tuple[TestClient, str],
) -> None:
    client, doc_id = hostile
    res = client.get(f"/documents/{doc_id}/archived/page")
    policy = res.headers["content-security-policy"]
    for directive in ("default-src 'none'", "img-src data:", "form-action 'none'", "base-uri 'none'"):
        assert directive in policy
    assert policy.rstrip().endswith("sandbox") and "script-src" not in policy
    assert res.headers["x-content-type-options"] == "nosniff"
    assert res.headers["referrer-policy"] == "no-referrer"


def test_a_hostile_archived_page_keeps_its_text_and_loses_everything_that_runs_or_fetches(
    hostile: tuple[TestClient, str],
) -> None:
    client, doc_id = hostile
    html = client.get(f"/documents/{doc_id}/archived/page").text
    assert TITLE in html and TEXT in html and "ô bảng" in html and "[ảnh: ảnh ngoài]" in html
    assert "outside.example" not in html  # no URL of the other server, anywhere
    assert "color: #123456" in html  # inline style kept, its url() and @import gone
    lowered = html.lower()
    for gone in ("<script", "onerror", "onload", "onmouseover", "javascript:", "<iframe", "<object", "<embed",
                 "<base", "http-equiv", "<link", "@import", "srcset", "formaction", "action=", "poster",
                 "<svg", "<video", "<audio", "background="):  # fmt: skip
        assert gone not in lowered, gone
    assert re.findall(r"\b(?:src|href)=", html) == []
    assert "Liên kết gốc (không mở): https://vanban.example.vn/tin/khac.html" in html  # where it led


def test_no_archived_copy_is_a_404_in_vietnamese(hostile: tuple[TestClient, str]) -> None:
    client, _ = hostile
    assert "Không có tài liệu" in client.get("/documents/0000000000000000/archived").text
    assert client.get("/documents/0000000000000000/archived/page").status_code == 404


def test_a_document_whose_page_is_not_archived_says_so(tmp_path: Path) -> None:
    from search.store import open_store
    from tests.search.conftest import make_doc

    doc = make_doc("khong-luu", title="Không lưu", text="Văn bản.")
    with open_store(tmp_path) as store:
        store.put_documents([doc])
    client = TestClient(create_app(tmp_path, None))
    res = client.get(f"/documents/{doc.id}/archived")
    assert res.status_code == 404 and "Không có bản lưu" in res.text and "<iframe" not in res.text


@pytest.mark.parametrize(
    "css",
    [
        "a{background:url(http://e.example/x)}",
        "a{background:URL( 'http://e.example/x' )}",
        "@import 'http://e.example/a.css';",
        "@IMPORT url(http://e.example/a.css) screen;",
        "a{background:u\\72l(http://e.example/x)}",
        "a{background:\\75rl(http://e.example/x)}",
        "a{behavior:url(x.htc)}",
        "a{-moz-binding:url(http://e.example/x.xml#b)}",
        "a{width:expression(alert(1))}",
        "a{background:url(http://e.example/x",
        "@font-face{font-family:x;src:url(http://e.example/f.woff)}",
        'a{background-image:image-set("http://e.example/x.png" 1x)}',
        'a{background-image:-webkit-image-set("http://e.example/x.png" 1x)}',
        'a{background-image:image("http://e.example/x.png")}',
    ],
)
def test_css_keeps_no_way_to_fetch(css: str) -> None:
    out = inert_css(css)
    assert "e.example" not in out and "expression" not in out and "\\" not in out


def test_data_images_are_the_only_images_kept() -> None:
    pixel = "data:image/png;base64,iVBORw0KGgo="
    out = inert_html(f'<p><img src="{pixel}" alt="a"><img src="data:text/html,<script>" alt="b"></p>')
    assert f'src="{pixel}"' in out and "data:text" not in out and "[ảnh: b]" in out


def test_attachment_text_is_readable_folded_on_the_decision_and_document_pages(client: TestClient) -> None:
    decision = client.get("/decisions/18/2023/QD-UBND").text
    doc_id = re.search(r'href="/documents/([0-9a-f]+)/archived"', decision).group(1)
    stored = client.get(f"/api/documents/{doc_id}").json()["document"]["attachment_texts"]
    readable = [a for a in stored if a["text"]]
    assert readable, "the sample decision's PDF attachment has text"
    first_line = readable[0]["text"].strip().splitlines()[0]
    for page in (decision, client.get(f"/documents/{doc_id}").text):
        assert "<h2>Nội dung tệp đính kèm</h2>" in page
        folded = re.search(FOLDED, page, re.S)
        assert folded and readable[0]["url"].rsplit("/", 1)[-1] in folded.group(1)
        assert html_lib.escape(first_line, quote=False) in folded.group(2)
