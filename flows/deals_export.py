"""Deals as files an analyst opens: CSV (UTF-8 with BOM, so Excel on Windows reads Vietnamese) and .xlsx
(a sheet of deals and a sheet of their evidence), with Vietnamese headers by default or English machine
headers; and amounts as readers expect them. The CLI (`cnht deals --csv/--xlsx`) and the API
(`/api/deals.csv`, `/api/deals.xlsx`) both write through here.

One row per deal record (`Store.iter_deal_records`, search/deal_merge.py): reports of one deal in several
papers are one row, with their count and the first source's URL. Amounts are numbers, in the currency's
base unit; a deal whose reports disagree on the amount has an empty amount cell and every amount listed in
`amounts`. Beside it, its VND equivalent at the rate of the deal's year (`search/fx.py`), with the rate
named as its status says ("tỷ giá bình quân 2021", "tỷ giá tháng 5/2024", "tỷ giá ngày 18/12/2025",
"tỷ giá ước tính 2026": `search.fx.rate_label`), or an empty cell and "không có tỷ giá" when that year or
currency has no rate. Rows are produced one deal at a time, so an export of every deal streams.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from search.deal_merge import report_day
from search.fx import Rate, conversion_basis, rate_label, to_vnd, year_of
from search.records import DealRecord, DealReport, DealRow

Headers = Literal["vi", "en"]

BOM = "\ufeff"

# (machine name, Vietnamese header) of each column of the deals sheet / CSV, in order
DEAL_COLUMNS: list[tuple[str, str]] = [
    ("date", "Ngày công bố"),
    ("kind", "Loại giao dịch"),
    ("parties", "Các bên"),
    ("amount", "Giá trị"),
    ("currency", "Đơn vị tiền"),
    ("amount_vnd", "Giá trị quy đổi (đồng)"),
    ("fx", "Tỷ giá quy đổi"),
    ("amounts", "Các giá trị được nêu"),
    ("province", "Tỉnh/thành"),
    ("reports", "Số bài đưa tin"),
    ("first_url", "Nguồn đầu tiên"),
    ("title", "Tiêu đề bài đầu tiên"),
    ("sentence", "Câu trích"),
    ("id", "Mã giao dịch"),
]

EVIDENCE_COLUMNS: list[tuple[str, str]] = [
    ("deal", "Giao dịch số"),
    ("date", "Ngày"),
    ("source", "Nguồn"),
    ("title", "Tiêu đề"),
    ("url", "Đường dẫn"),
    ("sentence", "Câu trích"),
]

KIND_LABELS = {
    "mou": "Ghi nhớ (MoU)",
    "supply_contract": "Hợp đồng cung ứng",
    "cooperation": "Hợp tác",
    "joint_venture": "Liên doanh",
    "acquisition": "Mua bán, sáp nhập",
    "investment": "Đầu tư",
    "investment_licence": "Cấp phép đầu tư",
    "investment_announcement": "Công bố đầu tư",
    "groundbreaking": "Khởi công",
    "inauguration": "Khánh thành, đi vào hoạt động",
}

UNKNOWN_PROVINCE = {"vi": "(không rõ)", "en": ""}


def deal_date(row: DealRow | DealReport) -> str:
    """The deal's own date, else its document's publication date (YYYY-MM-DD), else ""."""
    return report_day(row)


def _number(value: float | int | None) -> float | int | None:
    """An amount as a number cell: whole amounts as integers (no "1e+11" in a spreadsheet)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def deal_cells(record: DealRecord, headers: Headers = "vi") -> dict[str, Any]:
    """One deal record as {machine column name: cell value}."""
    first = record.reports[0]
    amount = record.amount
    vnd = vnd_equivalent(amount.value, amount.currency, record.date) if amount else None
    return {
        "date": record.date or "",
        "kind": KIND_LABELS.get(record.kind, record.kind) if headers == "vi" else record.kind,
        "parties": " ; ".join(p.name for p in record.parties),
        "amount": _number(amount.value) if amount else None,
        "currency": (amount.currency or "") if amount else "",
        "amount_vnd": _number(round(vnd.value)) if vnd and vnd.value is not None else None,
        "fx": (vnd.note(headers) if vnd else ""),
        "amounts": " ; ".join(amount_text(a.value, a.currency) for a in record.amounts),
        "province": record.province or UNKNOWN_PROVINCE[headers],
        "reports": len(record.reports),
        "first_url": record.first_url,
        "title": first.title or "",
        "sentence": " ".join(first.sentence.split()),
        "id": record.id,
    }


def evidence_cells(number: int, row: DealReport) -> dict[str, Any]:
    return {
        "deal": number,
        "date": deal_date(row),
        "source": row.source or "",
        "title": row.title or "",
        "url": row.url,
        "sentence": " ".join(row.sentence.split()),
    }


def _header(columns: list[tuple[str, str]], headers: Headers) -> list[str]:
    return [vi if headers == "vi" else name for name, vi in columns]


class _Line:
    """A file-like that keeps the last line csv.writer wrote."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> None:
        self.text += text


def iter_deals_csv(records: Iterable[DealRecord], headers: Headers = "vi") -> Iterator[str]:
    """The CSV of `records`, line by line (BOM first): what a streamed response sends."""
    line = _Line()
    writer = csv.writer(line, lineterminator="\n")
    writer.writerow(_header(DEAL_COLUMNS, headers))
    yield BOM + line.text
    for record in records:
        line.text = ""
        cells = deal_cells(record, headers)
        writer.writerow(["" if cells[name] is None else cells[name] for name, _ in DEAL_COLUMNS])
        yield line.text


def deals_csv(records: Iterable[DealRecord], headers: Headers = "vi") -> str:
    """CSV text of deal records: BOM, a header line, one line per deal.

    >>> deals_csv([]).splitlines()[0][:13] == BOM + "Ngày công bố"
    True
    >>> deals_csv([], headers="en").strip() == BOM + ",".join(n for n, _ in DEAL_COLUMNS)
    True
    """
    return "".join(iter_deals_csv(records, headers))


def deals_xlsx(records: Iterable[DealRecord], headers: Headers = "vi") -> bytes:
    """An .xlsx workbook: sheet 1 the deals (as the CSV), sheet 2 every report of each. Written in
    openpyxl's write-only mode, one row at a time."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    deals_sheet = book.create_sheet("Giao dịch" if headers == "vi" else "deals")
    evidence_sheet = book.create_sheet("Nguồn tin" if headers == "vi" else "evidence")
    for sheet in (deals_sheet, evidence_sheet):
        sheet.freeze_panes = "A2"
    deals_sheet.append(_header(DEAL_COLUMNS, headers))
    evidence_sheet.append(_header(EVIDENCE_COLUMNS, headers))
    for number, record in enumerate(records, start=1):
        cells = deal_cells(record, headers)
        deals_sheet.append([cells[name] for name, _ in DEAL_COLUMNS])
        for report in record.reports:
            cells = evidence_cells(number, report)
            evidence_sheet.append([cells[name] for name, _ in EVIDENCE_COLUMNS])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def amount_text(value: float | None, currency: str | None) -> str:
    """An amount as a reader expects it.

    >>> amount_text(4_507_000_000_000, "VND")
    '4.507 tỷ đồng'
    >>> amount_text(150_000_000, "USD")
    '150 triệu USD'
    >>> amount_text(None, None)
    '—'
    """
    if value is None:
        return "—"
    unit = "đồng" if currency == "VND" else (currency or "")
    for size, word in ((1e9, "tỷ"), (1e6, "triệu")):
        if abs(value) >= size:
            number = f"{value / size:,.3f}".rstrip("0").rstrip(".")
            return f"{number.replace(',', ' ').replace('.', ',').replace(' ', '.')} {word} {unit}".strip()
    return f"{value:,.0f} {unit}".replace(",", ".").strip()


@dataclass(frozen=True)
class VndEquivalent:
    """An amount in VND at the rate of `year` (None: no rate for that year/currency)."""

    value: float | None
    currency: str
    year: int | None
    basis: Rate | None = None  # the weakest row the conversion rests on (search/fx.py `conversion_basis`)

    def note(self, headers: Headers = "vi") -> str:
        """The rate used, for a cell: "tỷ giá bình quân 2021", "tỷ giá ngày 18/12/2025", "không có tỷ giá"
        (VND amounts need none: "")."""
        if self.currency == "VND":
            return ""
        if not self.currency:
            return "không rõ đơn vị tiền" if headers == "vi" else "no currency"
        if self.value is None:
            return "không có tỷ giá" if headers == "vi" else "no rate"
        assert self.basis is not None and self.year is not None  # a value has its rate
        return rate_label(self.basis, self.year, headers)


def vnd_equivalent(value: float | None, currency: str | None, day: str | None) -> VndEquivalent | None:
    """`value` of `currency` in VND at the rate of the year of `day` (ISO date); None if no value.

    >>> vnd_equivalent(500_000_000, "USD", "2021-05-04").value
    11579890000000.0
    >>> vnd_equivalent(500_000_000, "USD", "2030-01-02").note(), vnd_equivalent(5, None, "2021-01-01").note()
    ('không có tỷ giá', 'không rõ đơn vị tiền')
    >>> [vnd_equivalent(1, "USD", f"{y}-01-02").note() for y in (2021, 2025, 2026)]  # as each rate is
    ['tỷ giá bình quân 2021', 'tỷ giá ngày 18/12/2025', 'tỷ giá ước tính 2026']
    """
    if value is None:
        return None
    code = (currency or "").upper()
    year = year_of(day)
    vnd = to_vnd(value, code, year)
    return VndEquivalent(vnd, code, year, conversion_basis(code, year) if vnd is not None else None)


def vnd_equivalent_text(value: float | None, currency: str | None, day: str | None) -> str:
    """ "≈ 11.579,89 tỷ đồng (tỷ giá bình quân 2021)", "… (tỷ giá tháng 5/2024)", "không có tỷ giá năm 2030",
    or "" for VND or no amount.

    >>> vnd_equivalent_text(500_000_000, "USD", "2021-05-04")
    '≈ 11.579,89 tỷ đồng (tỷ giá bình quân 2021)'
    >>> vnd_equivalent_text(500_000_000, "USD", "2030-01-02"), vnd_equivalent_text(5, "USD", "")
    ('không có tỷ giá năm 2030', 'không có tỷ giá (không rõ năm)')
    >>> vnd_equivalent_text(500_000_000, "USD", "2024-01-02")
    '≈ 12.053,5 tỷ đồng (tỷ giá tháng 5/2024)'
    """
    vnd = vnd_equivalent(value, currency, day)
    if vnd is None or vnd.currency == "VND":
        return ""
    if not vnd.currency:
        return "không rõ đơn vị tiền"
    if vnd.value is None:
        return f"không có tỷ giá năm {vnd.year}" if vnd.year else "không có tỷ giá (không rõ năm)"
    return f"≈ {amount_text(vnd.value, 'VND')} ({vnd.note()})"
