"""The archived copy of a document's page as fetched, from the WARC archive, served inert.

`/documents/{id}/archived` is an ordinary UI page (when and from where the copy was fetched) framing
`/documents/{id}/archived/page` in `<iframe sandbox>`. That inner answer is the archived HTML passed
through `flows.web.safe_html.inert_html` and served with `ARCHIVE_HEADERS`: a Content-Security-Policy
allowing no script and no fetch but `data:` images, `nosniff`, no referrer. Three layers, each enough
alone to keep scripts from running and requests from leaving.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from extract.page import ExtractionError, decode_html
from flows.web.api import StoreDep
from flows.web.archived import MAX_BODY_BYTES, archived_copy
from flows.web.deps import settings
from flows.web.safe_html import ARCHIVE_HEADERS, inert_html
from flows.web.ui import page

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
NOTE_PAGE = "<!DOCTYPE html><html lang='vi'><meta charset='utf-8'><title>Bản lưu</title>"


def _not_found(request: Request, doc_id: str) -> HTMLResponse:
    return page(request, "error.html", 404, title="Không tìm thấy", message=f"Không có tài liệu {doc_id!r}.")


@router.get("/documents/{doc_id}/archived")
def archived_page(doc_id: str, request: Request, store: StoreDep) -> HTMLResponse:
    """When and from where the page was fetched, and the copy itself in a sandboxed frame."""
    found = store.get(doc_id)
    if found is None:
        return _not_found(request, doc_id)
    copy = archived_copy(settings(request).data_dir, found)
    problem = None
    if copy is None:
        problem = "Không có bản lưu của trang này trong kho lưu trữ (thư mục archive)."
    elif len(copy.body) > MAX_BODY_BYTES:
        problem = f"Bản lưu quá lớn để hiển thị ({len(copy.body) // 1_048_576} MB)."
    return page(
        request,
        "archived.html",
        404 if copy is None else 200,
        doc=found,
        record=copy.record if copy else None,
        problem=problem,
    )


@router.get("/documents/{doc_id}/archived/page")
def archived_page_inert(doc_id: str, request: Request, store: StoreDep) -> Response:
    """The archived HTML, inert, under a policy that forbids scripts and every outbound request."""
    found = store.get(doc_id)
    copy = archived_copy(settings(request).data_dir, found) if found is not None else None
    if copy is None or len(copy.body) > MAX_BODY_BYTES:
        html = f"{NOTE_PAGE}<p>Không có bản lưu để hiển thị.</p>"
        return HTMLResponse(html, 404, headers=ARCHIVE_HEADERS)
    try:
        text = decode_html(copy.body, copy.record.content_type)
    except ExtractionError as exc:  # a PDF or another file that is no page
        kind = str(exc).removeprefix("not HTML: ")
        html = f"{NOTE_PAGE}<p>Bản lưu không phải trang HTML ({kind}).</p>"
        return HTMLResponse(html, 200, headers=ARCHIVE_HEADERS)
    return HTMLResponse(inert_html(text, copy.record.final_url), headers=ARCHIVE_HEADERS)
