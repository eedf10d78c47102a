"""One deal, many reports: deal rows found in several documents merged into one deal record.

Provincial papers re-publish the same announcement, and one article names a deal in its headline, lead and
body. Two reports are the same deal when
- their parties are the same set once folded (accents, case, spacing: `fold_key`),
- their kinds are compatible (`MERGE_RULES["compatible"]`: a licence and an investment report of one
  project are one deal), and
- their dates (the deal's own date, else the document's publication date) lie within
  `MERGE_RULES["window_days"]` of the record's earliest report; undated reports join any record.

A record keeps every report as its evidence, the earliest date as the announcement date, and every
distinct amount: two papers giving two amounts show both (`amounts`), never an average. The merge runs
over the rows a query returns, so re-running ingest or reextract never duplicates a deal, and a deal whose
only report disappears from the store disappears here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pydantic import BaseModel, Field

from search.query import fold_key
from search.records import DealRow

MERGE_RULES: dict = {
    "window_days": 45,
    # kinds reported of one event under different words; a kind not listed is compatible with itself only
    "compatible": [
        ["investment", "investment_licence", "investment_announcement"],
        ["mou", "cooperation"],
    ],
}


class Amount(BaseModel):
    value: float | int
    currency: str | None = None


class DealRecord(BaseModel):
    kind: str
    parties: list[str]
    date: str | None = None  # earliest report's date (ISO), the announcement date
    province: str | None = None  # the first report's province that names one
    amounts: list[Amount] = Field(default_factory=list)  # every distinct amount reported
    reports: list[DealRow] = Field(default_factory=list)  # the evidence, earliest first

    @property
    def amount(self) -> Amount | None:
        """The amount when every report that gives one agrees, else None (see `amounts`)."""
        return self.amounts[0] if len(self.amounts) == 1 else None

    @property
    def first_url(self) -> str:
        return self.reports[0].url


def report_day(row: DealRow) -> str:
    """The deal's own date, else its document's publication date (YYYY-MM-DD), else ""."""
    return row.date or (row.published or "")[:10]


def kind_group(kind: str, rules: dict = MERGE_RULES) -> str:
    """The name of the group of kinds `kind` merges with.

    >>> kind_group("investment_licence"), kind_group("cooperation"), kind_group("groundbreaking")
    ('investment', 'mou', 'groundbreaking')
    """
    for group in rules["compatible"]:
        if kind in group:
            return group[0]
    return kind


def party_key(parties: Iterable[str]) -> frozenset[str]:
    """Parties as a set of folded names: order, accents and case do not tell two deals apart.

    >>> party_key(["Công ty Alpha", "BETA"]) == party_key(["beta", "Cong ty alpha"])
    True
    """
    return frozenset(fold_key(p) for p in parties)


def _days_apart(a: str, b: str) -> int | None:
    if not a or not b:
        return None
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


def merge_deals(rows: Iterable[DealRow], rules: dict = MERGE_RULES) -> list[DealRecord]:
    """Deal records from report rows, newest announcement first.

    >>> a = DealRow(document_id="1", url="u1", kind="mou", parties=["Alpha", "Beta"], amount=5e9,
    ...             currency="VND", published="2025-03-02", sentence="s1")
    >>> b = a.model_copy(update={"document_id": "2", "url": "u2", "published": "2025-03-01"})
    >>> c = a.model_copy(update={"document_id": "3", "url": "u3", "published": "2025-09-01"})
    >>> [(r.date, len(r.reports), r.first_url) for r in merge_deals([a, b, c])]
    [('2025-09-01', 1, 'u3'), ('2025-03-01', 2, 'u2')]
    """
    ordered = sorted(rows, key=lambda r: report_day(r) or "9999")  # earliest first, undated last
    records: list[DealRecord] = []
    open_by_key: dict[tuple[str, frozenset[str]], list[DealRecord]] = {}
    for row in ordered:
        key = (kind_group(row.kind, rules), party_key(row.parties))
        day = report_day(row)
        record = next(
            (
                r
                for r in open_by_key.get(key, [])
                if (apart := _days_apart(r.date or "", day)) is None or apart <= rules["window_days"]
            ),
            None,
        )
        if record is None:
            record = DealRecord(kind=row.kind, parties=list(row.parties), date=day or None)
            records.append(record)
            open_by_key.setdefault(key, []).append(record)
        if any(r.document_id == row.document_id and r.sentence == row.sentence for r in record.reports):
            continue  # the very same sentence found twice in one document
        record.reports.append(row)
        record.province = record.province or row.province
        if row.amount is not None:
            amount = Amount(value=row.amount, currency=row.currency)
            if amount not in record.amounts:
                record.amounts.append(amount)
    records.sort(key=lambda r: r.date or "", reverse=True)
    return records
