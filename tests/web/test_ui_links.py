"""Only http(s) URLs ever become links in the UI: a `javascript:`, `data:` or `vbscript:` attachment or
document URL on a decision page is shown as text (stored XSS, issue 11)."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from flows.web import create_app
from tests.web.hostile_links import HOSTILE, NUMBER, SAFE, hostile_decision

HREF = re.compile(r'href="([^"]*)"')


def _external_hrefs(html: str) -> list[str]:
    return [h for h in HREF.findall(html) if not h.startswith("/")]


def test_script_attachment_links_on_a_decision_page_are_never_rendered_as_links(tmp_path: Path) -> None:
    client = TestClient(create_app(hostile_decision(tmp_path), None))
    page = client.get(f"/decisions/{NUMBER}")
    assert page.status_code == 200
    hrefs = _external_hrefs(page.text)
    assert hrefs == [SAFE]  # the one http(s) attachment is a link; nothing else external is
    assert "vbscript:msgbox(1)" in page.text  # the others are shown, as text
    doc_id = re.search(r'href="/documents/([0-9a-f]+)"', page.text)
    assert doc_id is not None
    document = client.get(f"/documents/{doc_id.group(1)}")
    assert document.status_code == 200
    assert _external_hrefs(document.text) == []  # its own URL is a script too: text, not a link
    for hostile in HOSTILE:
        assert f'href="{hostile.strip()}' not in page.text
