"""Shared test corpus: Vietnamese documents built here, stored in a tmp_path."""

from __future__ import annotations

import hashlib

import pytest

from extract.models import DecisionMeta, DecisionRef, Document, Tags
from search.records import IndexedDocument, document_id

QD = "Quyết định số 26/2023/QĐ-UBND"


def make_doc(
    slug: str,
    *,
    title: str | None = None,
    text: str = "",
    lead: str | None = None,
    kind: str = "article",
    source: str | None = "baohaiduong",
    provinces: list[str] | None = None,
    published: str | None = None,
    url: str | None = None,
    canonical_url: str | None = None,
    decisions: list[str] | None = None,
    own_number: str | None = None,
    body: str | None = None,
) -> IndexedDocument:
    canonical = canonical_url or f"https://example.vn/{slug}"
    tags = Tags(decisions=[DecisionRef(mention=n, start=0, end=len(n), number=n) for n in decisions or []])
    doc = Document(
        url=url or canonical,
        canonical_url=canonical,
        source=source,
        kind=kind,
        title=title,
        lead=lead,
        text=text,
        published=published,
        decision=DecisionMeta(number=own_number) if own_number else None,
        tags=tags,
    )
    raw = body if body is not None else f"{title}|{text}|{published}"
    return IndexedDocument(
        id=document_id(canonical),
        document=doc,
        source=source,
        provinces=provinces or [],
        fetched_at="2024-06-01T10:00:00+07:00",
        content_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
    )


@pytest.fixture
def corpus() -> dict[str, IndexedDocument]:
    return {
        "qd": make_doc(
            "qd-26",
            title="Quyết định ban hành chương trình phát triển công nghiệp hỗ trợ tỉnh Hải Dương",
            lead="UBND tỉnh Hải Dương ban hành chương trình phát triển công nghiệp hỗ trợ.",
            text=(
                "UBND tỉnh Hải Dương ban hành chương trình phát triển công nghiệp hỗ trợ. "
                f"Theo {QD} ngày 04/8/2023, tỉnh dành 12 tỷ đồng hỗ trợ doanh nghiệp "
                "sản xuất linh kiện điện tử và cơ khí chế tạo."
            ),
            kind="decision",
            source="haiduong-gov",
            provinces=["Hải Dương", "Thành phố Hải Phòng"],
            published="2023-08-04T09:00:00+07:00",
            url="https://example.vn/qd-26?utm_source=rss",
            decisions=["26/2023/QĐ-UBND"],
            own_number="26/2023/QĐ-UBND",
        ),
        "bac_ninh": make_doc(
            "bac-ninh-linh-kien",
            title="Bắc Ninh thu hút doanh nghiệp linh kiện",
            text=(
                "Các doanh nghiệp công nghiệp tại Bắc Ninh đầu tư nhà máy linh kiện; "
                "chính sách hỗ trợ vốn vay được mở rộng cho doanh nghiệp nhỏ."
            ),
            source="baobacninh",
            provinces=["Bắc Ninh"],
            published="2024-03-15T08:30:00+07:00",
        ),
        "copper": make_doc(
            "gia-dong",
            title="Thị trường kim loại",
            text="Giá đồng trên thị trường thế giới tăng mạnh trong quý hai.",
            source="baocongthuong",
            provinces=["Hà Nội"],
            published="2024-05-02T07:00:00+07:00",
        ),
        "dong_plain": make_doc(
            "gia-dong-khong-dau",
            title="Thi truong kim loai",
            text="Gia dong tren thi truong the gioi tang manh trong quy hai.",
            source="baocongthuong",
            provinces=["Hà Nội"],
            published="2024-05-01T07:00:00+07:00",
        ),
        "early_morning": make_doc(
            "sang-som",
            title="Hội chợ công nghiệp hỗ trợ khai mạc sáng sớm",
            text="Hội chợ công nghiệp hỗ trợ khai mạc tại Hải Phòng lúc 6 giờ sáng.",
            source="baohaiphong",
            provinces=["Thành phố Hải Phòng"],
            published="2024-05-01T06:00:00+07:00",  # still 30 April in UTC
        ),
    }
