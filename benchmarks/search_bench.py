"""Search benchmark of the embedded backend (SQLite + tantivy), or of Elasticsearch, on generated documents.

    python -m benchmarks.search_bench [--docs 100000] [--seed 7] [--data-dir DIR] [--keep]
    CNHT_ES_URL=http://localhost:9200 python -m benchmarks.search_bench --docs 100000

With CNHT_ES_URL set, the same figures are measured on that Elasticsearch server, in indices under a
prefix of their own ("cnht-bench-<pid>"), deleted at the end unless --keep.

Prints: indexing docs/s (put_documents: SQLite store of record + tantivy, batches of 1,000; and a
`reindex` from SQLite alone), search p50/p95 over a fixed query mix (goal: p95 <= 50 ms), decision
lookup p50/p95, and the time to match 1,000 saved searches against a batch of 1,000 new documents.
Documents are ~1.5-2.5 KB of templated news and decision text with tags (firms, money, decision
numbers, deals) generated alongside, so the tagger's speed is not part of the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from extract.models import Deal, DecisionMeta, DecisionRef, Document, Firm, Money, Tags
from search.alerts.engine import match_all
from search.alerts.models import SavedSearch
from search.records import ALL_FACETS, IndexedDocument, SearchQuery, document_id
from search.store import Store, open_store

PROVINCES = [
    ("Hải Dương", "Thành phố Hải Phòng"),
    ("Hải Phòng", "Thành phố Hải Phòng"),
    ("Bắc Ninh", "Tỉnh Bắc Ninh"),
    ("Bắc Giang", "Tỉnh Bắc Ninh"),
    ("Quảng Ninh", "Tỉnh Quảng Ninh"),
    ("Thái Nguyên", "Tỉnh Thái Nguyên"),
    ("Vĩnh Phúc", "Tỉnh Phú Thọ"),
    ("Bình Dương", "Thành phố Hồ Chí Minh"),
    ("Đồng Nai", "Tỉnh Đồng Nai"),
    ("Hà Nam", "Tỉnh Ninh Bình"),
    ("Thái Bình", "Tỉnh Hưng Yên"),
    ("Nghệ An", "Tỉnh Nghệ An"),
    ("Đà Nẵng", "Thành phố Đà Nẵng"),
    ("Hà Nội", "Thành phố Hà Nội"),
]
FIRM_WORDS = [
    "Điện tử",
    "Cơ khí",
    "Linh kiện",
    "Khuôn mẫu",
    "Nhựa kỹ thuật",
    "Thép",
    "Đúc",
    "Bao bì",
    "Dệt may",
    "Ô tô",
    "Chính xác",
    "Công nghệ",
    "Vina",
    "Tân Phú",
    "Hòa Bình",
    "Minh Quang",
    "Sao Việt",
    "Đông Á",
]
FOREIGN = ["Samsung", "Foxconn", "LG Display", "Luxshare", "Canon", "Toyota", "Bosch", "Goertek", "Pegatron"]
SOURCES = [
    "baohaiduong",
    "baobacninh",
    "baoquangninh",
    "baocongthuong",
    "vnexpress",
    "hanoimoi",
    "bacninh-gov",
]
ISSUERS = [("UBND", "Ủy ban nhân dân tỉnh {p}"), ("BCT", "Bộ Công Thương"), ("TTg", "Thủ tướng Chính phủ")]
SENTENCES = [
    "Sáng {d}/{m}, tại {p}, {a} ký kết hợp đồng cung ứng linh kiện trị giá {money} với {b}.",
    "{a} đầu tư {money} xây dựng nhà máy sản xuất linh kiện điện tử tại khu công nghiệp ở {p}.",
    "Theo Quyết định số {qd} của {issuer}, tỉnh dành {money} hỗ trợ doanh nghiệp công nghiệp hỗ trợ.",
    "Sở Công Thương {p} tổ chức hội nghị kết nối cung cầu giữa doanh nghiệp FDI và doanh nghiệp trong nước.",
    "Tỷ lệ nội địa hóa ngành cơ khí chế tạo và điện tử của {p} tăng chậm so với kỳ vọng.",
    "Chương trình phát triển công nghiệp hỗ trợ giai đoạn 2021-2025 ưu tiên khuôn mẫu, nhựa kỹ thuật và "
    "linh kiện ô tô.",
    "Nhiều doanh nghiệp nhỏ và vừa gặp khó khăn về vốn, công nghệ và tiêu chuẩn chất lượng của tập đoàn đa "
    "quốc gia.",
    "Giá đồng và thép trên thị trường thế giới biến động mạnh, ảnh hưởng chi phí sản xuất của doanh nghiệp.",
    "{a} và {b} ký biên bản ghi nhớ hợp tác đào tạo kỹ sư và chuyển giao công nghệ tại {p}.",
    "Ban quản lý các khu công nghiệp {p} cho biết đã cấp mới giấy chứng nhận đầu tư cho nhiều dự án.",
]
FILLER = {
    "subj": [
        "Người dân",
        "Học sinh",
        "Du khách",
        "Nông dân",
        "Ngành y tế",
        "Công an huyện",
        "Hội phụ nữ",
        "Đoàn thanh niên",
        "Nhà trường",
        "Bệnh viện đa khoa",
        "Câu lạc bộ văn hóa",
        "Hợp tác xã",
    ],
    "verb": [
        "tham gia",
        "tổ chức",
        "triển khai",
        "hoàn thành",
        "chuẩn bị",
        "kiểm tra",
        "phát động",
        "đón nhận",
        "khánh thành",
        "tuyên truyền",
        "sửa chữa",
        "trao tặng",
    ],
    "obj": [
        "lễ hội truyền thống",
        "đợt tiêm chủng",
        "giải chạy việt dã",
        "công trình nước sạch",
        "mùa thu hoạch lúa",
        "chương trình từ thiện",
        "kỳ thi tốt nghiệp",
        "tuyến đường liên xã",
        "phong trào văn nghệ",
        "dự án nhà ở xã hội",
        "hội chợ nông sản",
        "chiến dịch vệ sinh môi trường",
    ],
    "when": [
        "trong tuần qua",
        "từ đầu năm",
        "dịp cuối năm",
        "sáng nay",
        "trong tháng này",
        "vào mùa mưa bão",
    ],
}
QUERY_MIX: list[SearchQuery] = [
    SearchQuery(text="công nghiệp hỗ trợ"),
    SearchQuery(text="cong nghiep ho tro"),
    SearchQuery(text='"công nghiệp hỗ trợ"'),
    SearchQuery(text='"cong nghiep ho tro" ky ket'),
    SearchQuery(text="linh kiện điện tử", province="hai duong"),
    SearchQuery(text="quyet dinh", kind="decision"),
    SearchQuery(text="dong thep"),
    SearchQuery(text="khuôn mẫu nhựa kỹ thuật", since=dt.date(2024, 1, 1)),
    SearchQuery(text="samsung", sort="date"),
    SearchQuery(text="hội nghị kết nối cung cầu", province="Bắc Ninh", sort="date"),
    SearchQuery(text="đầu tư nhà máy", min_amount=100e9),
    SearchQuery(firm="foxconn", year=2024),
    SearchQuery(text="noi dia hoa", facets=list(ALL_FACETS)),
    SearchQuery(province="hai phong", month="2024-05"),
    SearchQuery(text="chuyển giao công nghệ -đào", kind="article"),
    SearchQuery(decision="QĐ 26/2023"),
]


def _firm(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.3:
        name = rng.choice(FOREIGN) + rng.choice([" Việt Nam", " Vina", ""])
        return f"Công ty TNHH {name}", name
    name = " ".join(rng.sample(FIRM_WORDS, 2))
    form = rng.choice(["Công ty TNHH", "Công ty CP"])
    return f"{form} {name}", name


def _number(rng: random.Random, province: str) -> tuple[str, str, str]:
    code, issuer = rng.choice(ISSUERS)
    year = rng.randint(2015, 2025)
    num = rng.randint(1, 300)
    dtype = "QĐ" if rng.random() < 0.8 else "NQ"
    return f"{num}/{year}/{dtype}-{code}", issuer.format(p=province), dtype


def generate(n: int, seed: int, start: int = 0) -> Iterator[IndexedDocument]:
    """`n` documents; the same seed and index always give the same document."""
    for i in range(start, start + n):
        rng = random.Random(seed * 1_000_003 + i)
        province, current = rng.choice(PROVINCES)
        published = dt.datetime(2019, 1, 1, 6, tzinfo=dt.timezone(dt.timedelta(hours=7))) + dt.timedelta(
            minutes=rng.randint(0, 7 * 365 * 24 * 60)
        )
        parts: list[str] = []
        tags = Tags()
        offset = 0
        topical = rng.random() < 0.3  # a CNHT story; others are general local news with a CNHT aside
        for _ in range(rng.randint(10, 16)):
            if rng.random() > (0.6 if topical else 0.08):
                sentence = "{subj} {verb} {obj} tại {p} {when}.".format(
                    p=province, **{k: rng.choice(v) for k, v in FILLER.items()}
                )
                parts.append(sentence)
                offset += len(sentence) + 1
                continue
            (a_mention, a), (b_mention, b) = _firm(rng), _firm(rng)
            qd, issuer, _ = _number(rng, province)
            amount = rng.choice([rng.randint(1, 999) * 10**9, rng.randint(1, 500) * 10**6])
            money = f"{amount // 10**9} tỷ đồng" if amount >= 10**9 else f"{amount // 10**6} triệu đồng"
            template = rng.choice(SENTENCES)
            fields = {
                "d": published.day, "m": published.month, "p": province, "a": a_mention, "b": b_mention,
                "money": money, "qd": qd, "issuer": issuer,
            }  # fmt: skip
            sentence = template.format(**fields)
            for key, mention, name in (("{a}", a_mention, a), ("{b}", b_mention, b)):
                if key in template:
                    pos = offset + sentence.index(mention)
                    tags.firms.append(Firm(mention=mention, start=pos, end=pos + len(mention), name=name))
            if "{money}" in template:
                pos = offset + sentence.index(money)
                tags.money.append(
                    Money(mention=money, start=pos, end=pos + len(money), amount=amount, currency="VND")
                )
            if "{qd}" in template:
                pos = offset + sentence.index(qd)
                tags.decisions.append(DecisionRef(mention=qd, start=pos, end=pos + len(qd), number=qd))
            if template.startswith(("Sáng", "{a} đầu tư", "{a} và")):
                kind = (
                    "supply_contract"
                    if "hợp đồng" in template
                    else "investment"
                    if "đầu tư" in template
                    else "mou"
                )
                tags.deals.append(
                    Deal(
                        kind=kind,  # type: ignore[arg-type]
                        parties=[a] if kind == "investment" else [a, b],
                        amount=amount if "{money}" in template else None,
                        currency="VND" if "{money}" in template else None,
                        province=current,
                        date=published.date().isoformat(),
                        start=offset,
                        end=offset + len(sentence),
                    )
                )
            parts.append(sentence)
            offset += len(sentence) + 1
        text = " ".join(parts)
        is_decision = rng.random() < 0.1
        meta = None
        if is_decision:
            own, issuer, dtype = _number(rng, province)
            meta = DecisionMeta(
                number=own, doc_type="Quyết định" if dtype == "QĐ" else "Nghị quyết", issuer=issuer
            )
        url = f"https://{rng.choice(SOURCES)}.vn/tin/{i}.html"
        title = max(parts[:3], key=len)[:90]
        doc = Document(
            url=url,
            canonical_url=url,
            source=url.split("//")[1].split(".")[0],
            kind="decision" if is_decision else "article",
            title=title,
            lead=parts[0],
            text=text,
            published=published.isoformat(),
            decision=meta,
            tags=tags,
        )
        yield IndexedDocument(
            id=document_id(url),
            document=doc,
            source=doc.source,
            provinces=list(dict.fromkeys([province, current])),
            fetched_at=published.isoformat(),
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
        )


def _timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _pct(ms: list[float], p: float) -> float:
    ms = sorted(ms)
    return ms[min(len(ms) - 1, round(p / 100 * (len(ms) - 1)))]


def _report(label: str, ms: list[float]) -> None:
    print(f"{label:<34} p50 {_pct(ms, 50):7.1f} ms   p95 {_pct(ms, 95):7.1f} ms   ({len(ms)} runs)")


def saved_searches(n: int, seed: int) -> list[SavedSearch]:
    """Monitoring-style searches: a topic (word or phrase), mostly with a province, some with a firm,
    a decision number or an amount."""
    rng = random.Random(seed)
    topics = [
        '"công nghiệp hỗ trợ"', '"cong nghiep ho tro"', "linh kiện điện tử", '"khuôn mẫu"', "nhựa kỹ thuật",
        "ky ket hop dong", "nội địa hóa", "kết nối cung cầu", "đầu tư nhà máy", "chuyển giao công nghệ",
        "biên bản ghi nhớ", "giá đồng thép",
    ]  # fmt: skip
    out = []
    for i in range(n):
        q = SearchQuery(
            text=rng.choice(topics),
            province=rng.choice(PROVINCES)[0] if rng.random() < 0.8 else None,
            kind=rng.choice(["article", "decision"]) if rng.random() < 0.2 else None,
            firm=rng.choice(FOREIGN) if rng.random() < 0.15 else None,
            decision=f"QĐ {rng.randint(1, 300)}/{rng.randint(2015, 2025)}" if rng.random() < 0.05 else None,
            min_amount=100e9 if rng.random() < 0.1 else None,
        )
        out.append(SavedSearch(id=f"s{i}", name=f"search {i}", query=q))
    return out


def _open(data_dir: Path, es_url: str | None) -> Store:
    if not es_url:
        return open_store(data_dir, es_url=None)
    from search.elastic import open_store as open_elastic

    return open_elastic(es_url, index_prefix=f"cnht-bench-{os.getpid()}")


def run(n_docs: int, seed: int, data_dir: Path, es_url: str | None = None, keep: bool = False) -> None:
    where = f"Elasticsearch at {es_url}" if es_url else f"data in {data_dir}"
    backend = "Elasticsearch" if es_url else "SQLite + tantivy"
    print(f"{n_docs} generated documents, {where}")
    batch = 1000
    with _open(data_dir, es_url) as store:
        try:
            t0 = time.perf_counter()
            for start in range(0, n_docs, batch):
                store.put_documents(list(generate(min(batch, n_docs - start), seed, start)))
            put_s = time.perf_counter() - t0
            print(f"{f'put_documents ({backend})':<34} {n_docs / put_s:9.0f} docs/s   ({put_s:.1f} s)")
            t0 = time.perf_counter()
            store.reindex()
            re_s = time.perf_counter() - t0
            print(f"{'reindex from the store of record':<34} {n_docs / re_s:9.0f} docs/s   ({re_s:.1f} s)")
            if not es_url:
                size = sum(f.stat().st_size for f in (data_dir / "index").rglob("*") if f.is_file())
                print(f"{'index size':<34} {size / 2**20:9.0f} MiB")

            _search_bench(store, seed)
            _lookup_bench(store, seed, n_docs)
            _alert_bench(store, seed, n_docs)
        finally:
            if es_url and not keep:
                store.drop()  # type: ignore[attr-defined]


def _search_bench(store: Store, seed: int) -> None:
    for q in QUERY_MIX:  # warm-up
        store.search(q)
    ms: list[float] = []
    per_query: list[tuple[float, str]] = []
    for q in QUERY_MIX:
        runs = _timed(lambda q=q: store.search(q), 20)
        ms += runs
        per_query.append((_pct(runs, 95), q.model_dump_json(exclude_defaults=True)))
    _report(f"search, mix of {len(QUERY_MIX)} queries", ms)
    worst = max(per_query)
    print(f"{'  slowest query (p95)':<34} {worst[0]:7.1f} ms   {worst[1]}")


def _lookup_bench(store: Store, seed: int, n_docs: int) -> None:
    rng = random.Random(seed)
    numbers = []
    for d in generate(200, seed, start=rng.randint(0, max(0, n_docs - 200))):
        if d.document.tags.decisions:
            n = d.document.tags.decisions[0].number
            num, year, rest = n.split("/", 2)
            dtype = rest.split("-")[0]
            numbers += [n, n.lower().replace("đ", "d"), f"{dtype} {num}/{year}", n.replace("-", " - ")]
    store.decision(numbers[0])
    _report(
        f"decision lookup, {len(numbers)} spellings",
        [_timed(lambda n=n: store.decision(n), 1)[0] for n in numbers],
    )


def _alert_bench(store: Store, seed: int, n_docs: int) -> None:
    searches = saved_searches(1000, seed)
    new = list(generate(1000, seed + 1, start=n_docs))
    store.put_documents(new)
    ids = [d.id for d in new]
    t0 = time.perf_counter()
    hits = sum(len(h) for h in match_all(store, searches, ids))
    seconds = time.perf_counter() - t0
    per_search = seconds * 1000 / len(searches)
    label = "alert matching, 1000 searches"
    print(f"{label:<34} {seconds:9.2f} s for 1000 new docs ({per_search:.1f} ms/search, {hits} alerts)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents to generate (default 100000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, help="where to build the store (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the temp data dir")
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="cnht-search-bench-")) / "data"
    try:
        run(args.docs, args.seed, data_dir, os.environ.get("CNHT_ES_URL", "").strip() or None, args.keep)
    finally:
        if args.data_dir is None and not args.keep:
            shutil.rmtree(data_dir.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
