"""An analyst on the deals page, in a real browser: types a minimum as people write it ("100 tỷ"), then
downloads the CSV and the .xlsx and opens them as a spreadsheet would (csv module, openpyxl). The
Vietnamese must come back intact and the amounts as numbers, the same deals in both files."""

from __future__ import annotations

import csv
import io
import re
import unicodedata

from openpyxl import load_workbook
from playwright.sync_api import Page

VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
NUMBER_COLUMNS = ("Giá trị", "Giá trị quy đổi (đồng)")


def _download(page: Page, link: str) -> tuple[str, bytes]:
    with page.expect_download() as info:
        page.get_by_role("link", name=link).click()
    download = info.value
    with open(download.path(), "rb") as f:
        return download.suggested_filename, f.read()


def test_deals_csv_and_xlsx_downloaded_from_the_page_read_back_vietnamese_and_numeric(page: Page) -> None:
    page.goto("/deals")
    page.get_by_label("Giá trị tối thiểu").fill("100 tỷ")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url(re.compile(r"min_amount=100"))
    assert page.locator("p.total").inner_text().startswith(tuple("0123456789"))
    assert "từ 100 tỷ đồng trở lên" in page.locator("p.total").inner_text()
    shown = page.locator("table.deals tbody tr").count()
    assert shown > 0
    table_text = unicodedata.normalize("NFC", page.locator("table.deals").inner_text())

    name, raw = _download(page, "Tải CSV")
    assert name == "cnht-deals.csv" and raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and len(rows) == shown  # one row per deal record, as the table (one page here)
    header = next(csv.reader(io.StringIO(text)))
    assert header[:3] == ["Ngày công bố", "Loại giao dịch", "Các bên"]
    for r in rows:
        for column in ("Các bên", "Câu trích", "Loại giao dịch"):
            assert unicodedata.is_normalized("NFC", r[column]), (column, r[column])
        for party in r["Các bên"].split(" ; "):  # the page's own names
            assert " ".join(party.split()) in " ".join(table_text.split()), party
        for column in NUMBER_COLUMNS:
            if r[column]:
                float(r[column])  # a number, not "120 tỷ đồng"
        assert r["Giá trị"] or r["Các giá trị được nêu"] or not r["Đơn vị tiền"]
    assert any(VIETNAMESE.search(r["Các bên"] + r["Câu trích"]) for r in rows)

    name, raw = _download(page, "Tải Excel (.xlsx)")
    assert name == "cnht-deals.xlsx"
    book = load_workbook(io.BytesIO(raw))
    deals, evidence = book["Giao dịch"], book["Nguồn tin"]
    sheet_rows = list(deals.iter_rows(values_only=True))
    assert list(sheet_rows[0]) == header
    assert len(sheet_rows) - 1 == len(rows)
    for cells, r in zip(sheet_rows[1:], rows, strict=True):
        record = dict(zip(header, cells, strict=True))
        assert record["Các bên"] == r["Các bên"] and record["Câu trích"] == r["Câu trích"]
        for column in NUMBER_COLUMNS:
            value = record[column]
            assert value is None or isinstance(value, int | float), (column, value)
            assert (value is None) == (r[column] == ""), column
            if value is not None:
                assert float(r[column]) == value
        assert isinstance(record["Số bài đưa tin"], int)
    assert evidence.max_row - 1 == shown
