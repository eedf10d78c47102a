"""A generated corpus of deal reports: documents whose tags carry deal events directly (no crawling, no
tagging), for the deals benchmark (benchmarks/deals_bench.py) and the volume tests.

`deal_documents(n_deals)` gives about 1.5 documents per deal: every deal has one to three reports in
papers of different sources, a few days apart (so they merge into one deal), with the same or a
conflicting amount; one deal in five names no province. Announcement dates are spread over
`FIRST_DAY`..`LAST_DAY`, so a chart over every deal covers each month of that range.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator

from extract.models import DealEvent, Document, Firm, Money, Party, Tags
from search.records import DealParty, DealRecord, DealReport, IndexedDocument, document_id

FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
PROVINCES = [
    "Tỉnh Bắc Ninh",
    "Thành phố Hải Phòng",
    "Thành phố Hà Nội",
    "Tỉnh Thái Nguyên",
    "Tỉnh Quảng Ninh",
    "Thành phố Hồ Chí Minh",
    "Tỉnh Đồng Nai",
    "Tỉnh Phú Thọ",
    "Tỉnh Hưng Yên",
    "Tỉnh Ninh Bình",
]
SOURCES = ["baobacninh", "baohaiphong", "baoquangninh", "baocongthuong", "vnexpress", "baodautu"]
WORDS = [
    "Alpha",
    "Bình Minh",
    "Cơ khí",
    "Điện tử",
    "Hòa Phát",
    "Linh kiện",
    "Sao Việt",
    "Thép",
    "Nhựa",
    "Đông Á",
]
KINDS = [
    "mou",
    "supply_contract",
    "investment_licence",
    "investment_announcement",
    "groundbreaking",
    "cooperation",
]
STATUS = {
    "mou": "signed",
    "supply_contract": "signed",
    "cooperation": "signed",
    "investment_licence": "licensed",
    "investment_announcement": "announced",
    "groundbreaking": "started",
}


def firm_name(i: int) -> str:
    return f"{WORDS[i % len(WORDS)]} {WORDS[(i // len(WORDS)) % len(WORDS)]} {i}"


def _sentence(
    day: dt.date, kind: str, a: str, b: str | None, amount: float | None, currency: str, province: str | None
) -> tuple[str, str]:
    """(the sentence telling one deal, how it writes the amount)."""
    parts = [f"Ngày {day.day}/{day.month}/{day.year}, Công ty CP {a}"]
    verb = {"investment_licence": "được cấp phép đầu tư dự án", "groundbreaking": "khởi công nhà máy"}
    parts.append(f" {verb.get(kind, 'ký kết hợp tác')}")
    if b:
        parts.append(f" với Công ty TNHH {b}")
    money_text = ""
    if amount is not None:
        money_text = f"{amount / 1e9:g} tỷ đồng" if currency == "VND" else f"{amount / 1e6:g} triệu USD"
        parts.append(f", tổng vốn {money_text}")
    if province:
        parts.append(f" tại {province}")
    return "".join(parts) + ".", money_text


def _report(
    slug: str, day: dt.date, source: str, kind: str, a: str, b: str | None, amount: float | None,
    currency: str, province: str | None,
) -> IndexedDocument:  # fmt: skip
    """One article reporting one deal event, with the spans of its parties and amount."""
    sentence, money_text = _sentence(day, kind, a, b, amount, currency, province)
    text = sentence + " Đây là một trong các dự án công nghiệp hỗ trợ của địa phương."
    a_at = sentence.index(a)
    parties = [Party(name=a, type="firm", role="investor", start=a_at, end=a_at + len(a))]
    firms = [Firm(mention=a, name=a, legal_form="Công ty CP", start=a_at, end=a_at + len(a))]
    if b:
        b_at = sentence.index(b)
        parties.append(Party(name=b, type="firm", role="partner", start=b_at, end=b_at + len(b)))
        firms.append(Firm(mention=b, name=b, legal_form="Công ty TNHH", start=b_at, end=b_at + len(b)))
    money = []
    if amount is not None:
        m_at = sentence.index(money_text)
        money.append(
            Money(
                mention=money_text, start=m_at, end=m_at + len(money_text), amount=amount, currency=currency
            )
        )
    event = DealEvent(
        kind=kind,  # type: ignore[arg-type]
        parties=parties,
        amount=amount,
        currency=currency if amount is not None else None,
        province=province,
        date=day.isoformat(),
        status=STATUS[kind],  # type: ignore[arg-type]
        start=0,
        end=len(sentence),
    )
    url = f"https://{source}.example.vn/{slug}.html"
    doc = Document(
        url=url,
        canonical_url=url,
        source=source,
        kind="article",
        title=f"{a}: {kind}",
        text=text,
        published=f"{day.isoformat()}T08:00:00+07:00",
        tags=Tags(firms=firms, money=money, events=[event]),
    )
    return IndexedDocument(
        id=document_id(url),
        document=doc,
        source=source,
        provinces=[province] if province else [],
        fetched_at=f"{day.isoformat()}T09:00:00+07:00",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def _deals(n_deals: int, seed: int) -> Iterator[tuple]:
    """(i, reports) per deal: each report (slug, day, source, kind, a, b, amount, currency, province)."""
    rng = random.Random(seed)
    span = (LAST_DAY - FIRST_DAY).days
    for i in range(n_deals):
        offset = 0 if i == 0 else span if i == n_deals - 1 else rng.randrange(span)
        day = FIRST_DAY + dt.timedelta(days=offset)
        kind = KINDS[i % len(KINDS)]
        a = firm_name(2 * i)
        b = (
            None
            if kind in ("investment_licence", "investment_announcement", "groundbreaking")
            else firm_name(2 * i + 1)
        )
        currency = "USD" if i % 7 == 0 else "VND"
        amount = None if i % 5 == 4 else float(rng.randrange(1, 500)) * (1e6 if currency == "USD" else 1e9)
        province = None if i % 5 == 3 else PROVINCES[i % len(PROVINCES)]
        copies = 1 + (i % 4 == 0) + (i % 8 == 0)  # 1, 2 or 3 papers
        reports = []
        for c in range(copies):
            later = min(day + dt.timedelta(days=c * 2), LAST_DAY) if c else day
            told = amount * 1.1 if amount is not None and c == 2 else amount  # a third paper's other figure
            source = SOURCES[(i + c) % len(SOURCES)]
            reports.append((f"deal-{i}-{c}", later, source, kind, a, b, told, currency, province))
        yield i, reports


def deal_documents(n_deals: int, seed: int = 15) -> Iterator[IndexedDocument]:
    """The reports of `n_deals` deals (about 1.5 documents each), the first deal on FIRST_DAY and the
    last on LAST_DAY, the others spread between them."""
    for _, reports in _deals(n_deals, seed):
        for report in reports:
            yield _report(*report)


def deal_records(n_deals: int, seed: int = 15) -> Iterator[DealRecord]:
    """The deal records `deal_documents(n_deals, seed)` merge into (same ids, reports and amounts), built
    directly: no documents, no tagging, no merge search (a volume test writes 50,000 of them in seconds
    with `put_deal_records`). tests/search/test_deal_records.py checks they equal the real merge's."""
    from search.deal_merge import _marks, _record, default_to_vnd, merge_key
    from search.lookups import province_filing_keys

    keys: dict[str | None, list[str]] = {}  # province -> the keys it is filed under (a slow rule, few values)
    for _, reports in _deals(n_deals, seed):
        built = []
        for slug, day, source, kind, a, b, amount, currency, province in reports:
            sentence, money_text = _sentence(day, kind, a, b, amount, currency, province)
            url = f"https://{source}.example.vn/{slug}.html"
            spans = [(sentence.index(a), sentence.index(a) + len(a))]
            parties = [DealParty.model_construct(name=a, type="firm", role="investor")]
            if b:
                spans.append((sentence.index(b), sentence.index(b) + len(b)))
                parties.append(DealParty.model_construct(name=b, type="firm", role="partner"))
            if money_text:
                spans.append((sentence.index(money_text), sentence.index(money_text) + len(money_text)))
            built.append(
                DealReport.model_construct(
                    document_id=document_id(url), url=url, title=f"{a}: {kind}", source=source,
                    published=f"{day.isoformat()}T08:00:00+07:00", kind=kind, parties=parties,
                    amount=amount, currency=currency if amount is not None else None, province=province,
                    province_keys=keys.get(province) or keys.setdefault(province, sorted(
                        province_filing_keys(province, [province] if province else []))),
                    date=day.isoformat(), status=STATUS[kind], sentence=sentence, start=0, end=len(sentence),
                    marks=_marks(spans, 0, len(sentence)),
                )
            )  # fmt: skip
        yield _record(merge_key(built[0]), built, default_to_vnd)


def filler_documents(n: int, seed: int = 16) -> Iterator[IndexedDocument]:
    """`n` articles without deals (a store holds many more documents than deals)."""
    rng = random.Random(seed)
    span = (LAST_DAY - FIRST_DAY).days
    for i in range(n):
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(span))
        url = f"https://{SOURCES[i % len(SOURCES)]}.example.vn/tin-{i}.html"
        text = (
            f"Hội nghị kết nối cung cầu công nghiệp hỗ trợ lần thứ {i} thu hút nhiều doanh nghiệp tham gia."
        )
        yield IndexedDocument(
            id=document_id(url),
            document=Document(
                url=url,
                canonical_url=url,
                source=SOURCES[i % len(SOURCES)],
                kind="article",
                title=f"Kết nối cung cầu {i}",
                text=text,
                published=f"{day.isoformat()}T08:00:00+07:00",
            ),
            source=SOURCES[i % len(SOURCES)],
            fetched_at=f"{day.isoformat()}T09:00:00+07:00",
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
        )
