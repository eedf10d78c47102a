"""Shared test corpus: Vietnamese documents built here, stored in a tmp_path."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from extract.models import Deal, DecisionMeta, DecisionRef, Document, Firm, Money, Tags
from search.records import IndexedDocument, document_id
from search.store import Store, open_store

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
    tags: Tags | None = None,
    meta: DecisionMeta | None = None,
) -> IndexedDocument:
    canonical = canonical_url or f"https://example.vn/{slug}"
    if tags is None:
        tags = Tags(
            decisions=[DecisionRef(mention=n, start=0, end=len(n), number=n) for n in decisions or []]
        )
    doc = Document(
        url=url or canonical,
        canonical_url=canonical,
        source=source,
        kind=kind,
        title=title,
        lead=lead,
        text=text,
        published=published,
        decision=meta or (DecisionMeta(number=own_number) if own_number else None),
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


@pytest.fixture(autouse=True)
def _embedded_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """CNHT_ES_URL selects the backend of `open_store`: these tests pin embedded behaviour (SQLite layout,
    alert faults), so they never follow it. The contract suite reads it at import, for its second half."""
    monkeypatch.delenv("CNHT_ES_URL", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, corpus: dict[str, IndexedDocument]) -> Iterator[Store]:
    """The embedded store holding `corpus` (the contract suite overrides this per backend)."""
    with open_store(data_dir) as s:
        s.put_documents(list(corpus.values()))
        yield s


@pytest.fixture
def corpus() -> dict[str, IndexedDocument]:
    return base_docs()


def base_docs() -> dict[str, IndexedDocument]:
    """Five articles and decisions: accents and đ, NFD-free, old and current province names, dates."""
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


# -- a corpus with decision metadata, firms, amounts and deals (issue 6 queries) ---------------------------


def _span(text: str, mention: str) -> dict:
    start = text.index(mention)
    return {"mention": mention, "start": start, "end": start + len(mention)}


def _ref(text: str, mention: str, number: str) -> DecisionRef:
    return DecisionRef(**_span(text, mention), number=number)


def _money(text: str, mention: str, amount: float, currency: str = "VND") -> Money:
    return Money(**_span(text, mention), amount=amount, currency=currency)


def _deal(text: str, sentence: str, **kw) -> Deal:
    start = text.index(sentence)
    return Deal(start=start, end=start + len(sentence), **kw)


DEC_TEXT = "Quyết định số 26/2023/QĐ-UBND về phát triển công nghiệp hỗ trợ, kinh phí 12 tỷ đồng."
CITE_TEXT = (
    "Thực hiện Quyết định 26/2023/qđ-ubnd của UBND tỉnh Hải Dương, nhiều doanh nghiệp được hỗ trợ. "
    "Ngày 11/12/2024, Công ty TNHH Alpha Việt ký kết hợp đồng cung ứng linh kiện trị giá 120 tỷ đồng "
    "với Công ty CP Beta. Đây là hợp đồng lớn nhất năm."
)
CITE2_TEXT = "Theo QĐ số 26/2023/QĐ - UBND, tỉnh rà soát danh mục. Văn bản 126/2023/QĐ-UBND không liên quan."
USD_TEXT = "Tập đoàn Gamma đầu tư 5 triệu USD xây nhà máy linh kiện tại Bắc Ninh. Dự án khởi công tháng 3."
OTHER_TEXT = "Văn bản 126/2023/QĐ-UBND quy định danh mục sản phẩm cơ khí trọng điểm."


def rich_docs() -> dict[str, IndexedDocument]:
    """Two decisions numbered 26/2023 (UBND, BCT), two documents citing 26/2023/QĐ-UBND, one with a
    VND supply contract, one with a USD investment, and one citing only 126/2023/QĐ-UBND."""
    docs = {
        "dec": make_doc(
            "qd-26-2023",
            title="Quyết định 26/2023/QĐ-UBND",
            text=DEC_TEXT,
            kind="decision",
            source="haiduong-gov",
            provinces=["Hải Dương", "Thành phố Hải Phòng"],
            published="2023-08-04T09:00:00+07:00",
            meta=DecisionMeta(
                number="26/2023/QĐ-UBND", doc_type="Quyết định", issuer="Ủy ban nhân dân tỉnh Hải Dương"
            ),
            tags=Tags(
                decisions=[_ref(DEC_TEXT, "26/2023/QĐ-UBND", "26/2023/QĐ-UBND")],
                money=[_money(DEC_TEXT, "12 tỷ đồng", 12e9)],
            ),
        ),
        "dec_bct": make_doc(
            "qd-26-2023-bct",
            title="Quyết định 26/2023/QĐ-BCT",
            text="Bộ Công Thương ban hành danh mục sản phẩm công nghiệp hỗ trợ ưu tiên.",
            kind="decision",
            source="moit",
            published="2023-02-10T09:00:00+07:00",
            meta=DecisionMeta(number="26/2023/QĐ-BCT", doc_type="Quyết định", issuer="Bộ Công Thương"),
        ),
        "cite": make_doc(
            "hd-ho-tro",
            title="Hải Dương hỗ trợ doanh nghiệp",
            text=CITE_TEXT,
            source="baohaiduong",
            provinces=["Hải Dương", "Thành phố Hải Phòng"],
            published="2024-12-12T08:00:00+07:00",
            tags=Tags(
                firms=[
                    Firm(
                        **_span(CITE_TEXT, "Công ty TNHH Alpha Việt"),
                        name="Alpha Việt",
                        legal_form="Công ty TNHH",
                    ),
                    Firm(**_span(CITE_TEXT, "Công ty CP Beta"), name="Beta", legal_form="Công ty CP"),
                ],
                decisions=[_ref(CITE_TEXT, "26/2023/qđ-ubnd", "26/2023/QĐ-UBND")],
                money=[_money(CITE_TEXT, "120 tỷ đồng", 120e9)],
                deals=[
                    _deal(
                        CITE_TEXT,
                        "Ngày 11/12/2024, Công ty TNHH Alpha Việt ký kết hợp đồng cung ứng linh kiện trị giá "
                        "120 tỷ đồng với Công ty CP Beta.",
                        kind="supply_contract",
                        parties=["Alpha Việt", "Beta"],
                        amount=120_000_000_000,
                        currency="VND",
                        province="Thành phố Hải Phòng",
                        date="2024-12-11",
                    )
                ],
            ),
        ),
        "cite2": make_doc(
            "ra-soat",
            title="Rà soát danh mục",
            text=CITE2_TEXT,
            source="baohaiduong",
            provinces=["Hải Dương"],
            published="2024-01-20T08:00:00+07:00",
            tags=Tags(
                decisions=[
                    _ref(CITE2_TEXT, "26/2023/QĐ - UBND", "26/2023/QĐ - UBND"),  # an older, uncanonical tag
                    _ref(CITE2_TEXT, "126/2023/QĐ-UBND", "126/2023/QĐ-UBND"),
                ]
            ),
        ),
        "usd": make_doc(
            "gamma-bac-ninh",
            title="Gamma đầu tư nhà máy",
            text=USD_TEXT,
            source="baobacninh",
            provinces=["Bắc Ninh"],
            published="2025-03-05T08:00:00+07:00",
            tags=Tags(
                firms=[Firm(**_span(USD_TEXT, "Tập đoàn Gamma"), name="Gamma", legal_form="Tập đoàn")],
                money=[_money(USD_TEXT, "5 triệu USD", 5e6, "USD")],
                deals=[
                    _deal(
                        USD_TEXT,
                        "Tập đoàn Gamma đầu tư 5 triệu USD xây nhà máy linh kiện tại Bắc Ninh.",
                        kind="investment",
                        parties=["Gamma"],
                        amount=5_000_000,
                        currency="USD",
                        province="Tỉnh Bắc Ninh",
                        date="2025-03-05",
                    )
                ],
            ),
        ),
        "other": make_doc(
            "qd-126",
            title="Danh mục sản phẩm cơ khí",
            text=OTHER_TEXT,
            source="baohaiduong",
            published="2023-09-01T08:00:00+07:00",
            tags=Tags(decisions=[_ref(OTHER_TEXT, "126/2023/QĐ-UBND", "126/2023/QĐ-UBND")]),
        ),
    }
    return docs


# -- a webhook receiver ------------------------------------------------------------------------------------

SECRET = "s3cret"


@dataclass
class Receiver:
    """A webhook endpoint on 127.0.0.1 that deduplicates by delivery id, as the README tells receivers to."""

    url: str
    status: int = 200
    delay: float = 0.0
    requests: list[dict] = field(default_factory=list)

    @property
    def distinct(self) -> set[str]:
        return {r["delivery_id"] for r in self.requests if r["status"] == 200}


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            time.sleep(rec.delay)
            expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
            payload = json.loads(body)
            rec.requests.append(
                {
                    "delivery_id": self.headers["X-Cnht-Delivery"],
                    "signed": hmac.compare_digest(self.headers["X-Cnht-Signature"], expected),
                    "payload": payload,
                    "status": rec.status,
                }
            )
            assert payload["delivery_id"] == self.headers["X-Cnht-Delivery"]
            self.send_response(rec.status)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    rec.url = f"http://127.0.0.1:{server.server_address[1]}/hook?x=1"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield rec
    server.shutdown()
    server.server_close()


@pytest.fixture(params=["embedded", "elasticsearch"])
def deal_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store on each backend: embedded on disk, or an index prefix of its own on the test
    session's OpenSearch node (dropped afterwards)."""
    if request.param == "embedded":
        with open_store(tmp_path / "data") as embedded:
            yield embedded
        return
    from search.elastic import open_store as open_elastic

    url = request.getfixturevalue("search_engine_url")
    with open_elastic(url, index_prefix=f"cnht-test-{os.getpid()}-{uuid.uuid4().hex[:12]}") as s:
        try:
            yield s
        finally:
            s.drop()
