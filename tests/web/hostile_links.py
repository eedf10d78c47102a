"""A data directory holding a decision whose attachment links are scripts (stored XSS attempts), for the
web tests and the real-browser test of the same page."""

from __future__ import annotations

from pathlib import Path

from extract.models import DecisionMeta
from search.store import open_store
from tests.search.conftest import make_doc

NUMBER = "26/2023/QĐ-UBND"
SAFE = "https://vanban.example.vn/files/qd-26-2023.pdf"
HOSTILE = [
    "javascript:void(window.__pwned='javascript')",
    " JaVaScRiPt:void(window.__pwned='mixed case')",
    "java\tscript:void(window.__pwned='tab')",
    "data:text/html,<script>window.opener.__pwned='data'</script>",
    "vbscript:msgbox(1)",
]


def hostile_decision(data_dir: Path) -> Path:
    meta = DecisionMeta(number=NUMBER, attachments=[*HOSTILE, SAFE])
    doc = make_doc(
        "qd-26-2023",
        title="Quyết định 26/2023/QĐ-UBND về phát triển công nghiệp hỗ trợ",
        text="Quyết định số 26/2023/QĐ-UBND ban hành chương trình phát triển công nghiệp hỗ trợ.",
        kind="decision",
        meta=meta,
        url="javascript:void(window.__pwned='url')",
        decisions=[NUMBER],
    )
    with open_store(data_dir) as store:
        store.put_documents([doc])
    return data_dir
