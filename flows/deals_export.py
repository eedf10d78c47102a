"""Deals as CSV (what `cnht deals --csv` and `/api/deals.csv` print) and amounts as readers expect them."""

from __future__ import annotations

import csv
import io
from typing import Any

from search.records import DealRow

DEAL_COLUMNS = ["date", "kind", "parties", "amount", "currency", "province", "title", "url", "sentence"]


def deal_date(row: DealRow) -> str:
    """The deal's own date, else its document's publication date (YYYY-MM-DD), else ""."""
    return row.date or (row.published or "")[:10]


def deal_csv_row(row: DealRow) -> dict[str, Any]:
    return {
        "date": deal_date(row),
        "kind": row.kind,
        "parties": " ; ".join(row.parties),
        "amount": row.amount,
        "currency": row.currency,
        "province": row.province,
        "title": row.title,
        "url": row.url,
        "sentence": row.sentence,
    }


def deals_csv(rows: list[DealRow]) -> str:
    """UTF-8 CSV text with a header line.

    >>> deals_csv([]).strip()
    'date,kind,parties,amount,currency,province,title,url,sentence'
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=DEAL_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(deal_csv_row(r) for r in rows)
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
