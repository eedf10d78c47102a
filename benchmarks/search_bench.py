"""Search benchmark of the embedded backend (SQLite + tantivy), or of Elasticsearch, on generated documents.

    python -m benchmarks.search_bench [--docs 100000] [--baseline main] [--rounds 3] [--phases ...]
    python -m benchmarks.search_bench --reindex DATA_DIR [--rounds 3] [--reindex-deals]   # reindex of a store
    CNHT_ES_URL=http://localhost:9200 python -m benchmarks.search_bench --docs 100000 --phases search

Phases (all by default):
- index: `put_documents` in batches of the ingest flow's size (flows/stages/extract.py, 200), then
  `reindex` from the store of record; docs/s on the wall clock and per CPU second (all threads), and the
  whole size on disk: SQLite file + WAL + tantivy index. --deals-off adds a run of the new code with
  the deal-record hook of `put_documents` switched off (what the deal records cost).
- alerts: on a store of --alert-base documents, --alert-new new ones; CPU time of matching alone
  (the store's `match_deferred`, snippets left to the alerted hits, as `deliver_new` runs it; and
  `match_batch`, every hit with its snippets) and of the path the ingest flow runs, `deliver_new` (match,
  record in the outbox, send to the Atom and stdout channels, mark sent); ms per new document and, for
  delivery (deliver_new minus matching), ms per alert. For each --searches count.
- search: search p50/p95 over a fixed query mix (goal: p95 <= 50 ms) and decision lookups, on a store
  of --docs documents (the new code only; with CNHT_ES_URL, on that server, in indices under a prefix of
  their own, "cnht-bench-<pid>", deleted at the end unless --keep).

With --baseline REF, the index and alerts phases also run on the code of git REF (exported to a temp
dir), each round in fresh processes, old and new interleaved; medians with min-max of --rounds rounds,
and the load average before and after. The baseline's alert path is slow: it runs on --baseline-new
documents and only up to --baseline-max-searches saved searches.

Documents are templated news and decision text of 3,000-8,000 characters (real articles' main text
weighs 3-8 KB) with tags (firms, money, decision numbers, deals) generated alongside, so the tagger's
speed is not part of the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from extract.models import Deal, DecisionMeta, DecisionRef, Document, Firm, Money, Tags
from flows.stages.extract import BATCH as INGEST_BATCH  # documents per put_documents in the ingest flow
from search.alerts.models import SavedSearch
from search.records import ALL_FACETS, IndexedDocument, SearchQuery, document_id
from search.store import Store, open_store

REPO = Path(__file__).resolve().parent.parent

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
TEXT_CHARS = (3000, 8000)  # body text length range: a real provincial article's main text is 3-8 KB
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
        target = rng.randint(TEXT_CHARS[0], TEXT_CHARS[1])  # characters of body text, like real articles
        while offset < target:
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


# -- measuring --------------------------------------------------------------------------------------------


def _clock() -> tuple[float, float]:
    """(CPU seconds of this process, all its threads, and of its children waited for: `reindex` merges the
    deal records in a second process; wall seconds)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime, time.perf_counter()


def _since(t0: tuple[float, float]) -> dict[str, float]:
    cpu, wall = _clock()
    return {"cpu": cpu - t0[0], "wall": wall - t0[1]}


def load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def disk_usage(data_dir: Path) -> dict[str, int]:
    """Bytes on disk of the store of record (SQLite file, WAL and shared memory) and of the index."""
    parts = {"sqlite": 0, "wal": 0, "index": 0}
    for f in data_dir.rglob("*"):
        if not f.is_file():
            continue
        name = f.name
        key = "index" if "index" in f.relative_to(data_dir).parts[0] else None
        if key is None and name.startswith("store.sqlite3"):
            key = "wal" if name.endswith(("-wal", "-shm")) else "sqlite"
        if key:
            parts[key] += f.stat().st_size
    return parts


def _spread(values: list[float], digits: int = 1) -> str:
    """Median (min-max)."""
    med = statistics.median(values)
    return f"{med:9.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


# -- phases, each run in a worker process (this file, on the code of the tree under test) ----------------


def phase_index(n_docs: int, seed: int, data_dir: Path, es_url: str | None = None) -> dict:
    """Store `n_docs` in batches of the ingest flow's size, then rebuild the index from the store."""
    out: dict = {"docs": n_docs, "batch": INGEST_BATCH}
    with _open(data_dir, es_url) as store:
        put = {"cpu": 0.0, "wall": 0.0}
        for start in range(0, n_docs, INGEST_BATCH):
            batch = list(generate(min(INGEST_BATCH, n_docs - start), seed, start))
            t0 = _clock()
            store.put_documents(batch)
            for k, v in _since(t0).items():
                put[k] += v
        out["put"] = put
        t0 = _clock()
        store.reindex()
        out["reindex"] = _since(t0)
    if not es_url:
        out["disk"] = disk_usage(data_dir)
    return out


def reindex_existing(data_dir: Path, rounds: int, deals: bool = False) -> None:
    """`reindex` of an existing embedded store (e.g. one of 100,000 documents built by an earlier run
    with --keep), `rounds` times; the first open of a store whose index has an older schema rebuilds it
    (the upgrade path), timed as well. The deal records are kept (they are current), or with `deals`
    merged again from scratch (`cnht reindex --deals`, and what new merge rules cost)."""
    from search.embedded import EmbeddedStore

    before = disk_usage(data_dir)
    what = "deal records merged again from scratch" if deals else "deal records kept"
    print(f"reindex of the store in {data_dir} ({what}); load before: {load()}")
    t0 = _clock()
    with EmbeddedStore(data_dir) as store:
        opened = _since(t0)
        n = store.count()
        print(
            f"  open (rebuilds an index of an older schema): {opened['wall']:.1f} s, "
            f"{opened['cpu']:.1f} CPU s"
        )
        walls, cpus = [], []
        for r in range(rounds):
            t0 = _clock()
            assert store.reindex(deals=deals) == n
            took = _since(t0)
            walls.append(n / took["wall"])
            cpus.append(n / took["cpu"])
            print(
                f"  round {r + 1}: {n:,} documents in {took['wall']:.1f} s ({took['cpu']:.1f} CPU s, all "
                f"threads): {walls[-1]:,.0f} docs/s, {cpus[-1]:,.0f} per CPU s; load {load()}",
                flush=True,
            )
    after = disk_usage(data_dir)
    print(
        f"reindex {n:,} documents, median (min-max) of {rounds}: {_spread(walls)} docs/s wall, "
        f"{_spread(cpus)} docs per CPU s"
    )
    for name, d in (("before", before), ("after", after)):
        print(
            f"  on disk {name}: {sum(d.values()) / 2**20:,.0f} MiB (SQLite {d['sqlite'] / 2**20:,.0f}, "
            f"WAL {d['wal'] / 2**20:,.0f}, tantivy index {d['index'] / 2**20:,.0f})"
        )
    print(f"load after: {load()}")


def phase_floor(n_docs: int, seed: int, data_dir: Path) -> dict:
    """The floor under `put_documents`: tantivy alone indexing the same documents with the same schema
    and analyzers, prebuilt, one writer and commit per ingest batch as `put_documents` does (no SQLite,
    no Python work per document). Needs the current code's `FullTextIndex`."""
    import tantivy

    from search.embedded.fulltext import (
        FOLD_ANALYZER,
        WRITER_HEAP,
        FullTextIndex,
        build_schema,
        fold_analyzer,
    )

    maker = FullTextIndex.in_memory([])
    docs = [maker._to_tantivy(json.loads(d.model_dump_json())) for d in generate(n_docs, seed)]
    data_dir.mkdir(parents=True)
    index = tantivy.Index(build_schema(), path=str(data_dir))
    index.register_tokenizer(FOLD_ANALYZER, fold_analyzer())
    t0 = _clock()
    for start in range(0, n_docs, INGEST_BATCH):
        writer = index.writer(heap_size=WRITER_HEAP, num_threads=1)
        for d in docs[start : start + INGEST_BATCH]:
            writer.add_document(d)
        writer.commit()
        writer.wait_merging_threads()
    return {"docs": n_docs, "put": _since(t0)}


def phase_alerts(
    n_base: int, n_new: int, n_searches: int, seed: int, data_dir: Path, deliver_too: bool = True
) -> dict:
    """On a store of `n_base` documents: store `n_new` more, then time matching alone (the store's
    match_batch, what `match_all` calls) and the whole alert path the ingest flow runs (`deliver_new`:
    match, record, send to the Atom and stdout channels, mark sent), on fresh alert state each."""
    from search.alerts import AlertState, AtomFeedChannel, StdoutChannel, deliver_new
    from search.alerts.engine import match_all

    searches = saved_searches(n_searches, seed)
    with open_store(data_dir, es_url=None) as store:
        for start in range(0, n_base, 1000):
            store.put_documents(list(generate(min(1000, n_base - start), seed, start)))
        new = list(generate(n_new, seed + 1, start=n_base))
        store.put_documents(new)
        ids = [d.id for d in new]
        t0 = _clock()
        hits = sum(len(h) for h in match_all(store, searches, ids))
        snippets = _since(t0)  # every hit with its snippets (match_batch)
        match = snippets
        if hasattr(store, "match_deferred"):  # what deliver_new runs: snippets only for the alerted hits
            t0 = _clock()
            store.match_deferred([s.query for s in searches], list(dict.fromkeys(ids)))
            match = _since(t0)
        if not deliver_too:
            return {"new": n_new, "searches": n_searches, "hits": hits, "alerts": 0, "pending": 0,
                    "match": match, "snippets": snippets}  # fmt: skip
        alerts_dir = data_dir.parent / "alerts-state"
        with AlertState(alerts_dir) as state, open(os.devnull, "w") as devnull:
            for s in searches:
                state.add_search(s)
            channels = {"atom": AtomFeedChannel(alerts_dir), "stdout": StdoutChannel(devnull)}
            t0 = _clock()
            sent = deliver_new(store, state, ids, channels)  # type: ignore[arg-type]
            deliver = _since(t0)
            pending = len(state.pending())
    return {"new": n_new, "searches": n_searches, "hits": hits, "alerts": len(sent), "pending": pending,
            "match": match, "snippets": snippets, "deliver": deliver}  # fmt: skip


def _worker(args: argparse.Namespace) -> None:
    data_dir = Path(args.data_dir)
    if args.deals_off:  # the same code with the deal-record hook of `put_documents` switched off
        from search.embedded import deals

        deals.update = lambda *_a, **_k: None  # type: ignore[assignment]
    if args.worker == "index":
        result = phase_index(args.docs, args.seed, data_dir)
    elif args.worker == "floor":
        result = phase_floor(args.docs, args.seed, data_dir)
    else:
        result = phase_alerts(
            args.alert_base, args.alert_new, args.searches, args.seed, data_dir, not args.match_only
        )
    result["code"] = str(Path(sys.modules[open_store.__module__].__file__ or "").parent.parent)
    print("RESULT " + json.dumps(result), flush=True)


def _run_worker(tree: Path, phase: str, extra: list[str], tmp: Path) -> dict:
    """This benchmark file, in a fresh process, importing `search`, `extract` ... from `tree`."""
    data_dir = Path(tempfile.mkdtemp(prefix="run-", dir=tmp)) / "data"
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        phase,
        "--data-dir",
        str(data_dir),
        *extra,
    ]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=False)
    shutil.rmtree(data_dir.parent, ignore_errors=True)
    lines = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{phase} worker on {tree} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1][len("RESULT ") :])


def export_tree(ref: str, into: Path) -> Path:
    """The repository at git `ref`, exported (no .git) under `into`: the baseline code."""
    tree = into / f"baseline-{ref.replace('/', '_')}"
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", ref], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def compare(args: argparse.Namespace, tmp: Path) -> None:
    """Old (git `--baseline`) and new code, the same phases on the same documents, interleaved rounds."""
    trees = {"new": REPO}
    if args.baseline:
        trees = {f"old ({args.baseline})": export_tree(args.baseline, tmp), **trees}
    sample = list(generate(200, args.seed))
    chars = statistics.mean(len(d.document.text) for d in sample)
    size = statistics.mean(len(d.document.text.encode()) for d in sample)
    print(
        f"documents: body text {chars:,.0f} characters ({size / 1024:.1f} KB UTF-8) on average, "
        f"{TEXT_CHARS[0]:,}-{TEXT_CHARS[1]:,} characters; stored in batches of {INGEST_BATCH} "
        f"(flows/stages/extract.py); {args.rounds} rounds, trees interleaved; load before: {load()}"
    )
    if "index" in args.phases:
        variants = [(name, tree, []) for name, tree in trees.items()]
        if args.deals_off:
            variants.append(("new, deal hook off", REPO, ["--deals-off"]))
        rows: dict[str, list[dict]] = {name: [] for name, _, _ in variants}
        floor: list[dict] = []
        for r in range(args.rounds):
            floor.append(_run_worker(REPO, "floor", ["--docs", str(args.docs)], tmp))
            for name, tree, flags in variants:
                x = _run_worker(tree, "index", ["--docs", str(args.docs), *flags], tmp)
                rows[name].append(x)
                n, put, re = args.docs, x["put"], x["reindex"]
                print(
                    f"  round {r + 1} {name}: put {n / put['wall']:.0f} docs/s "
                    f"({n / put['cpu']:.0f} per CPU s), reindex {n / re['wall']:.0f} docs/s "
                    f"({n / re['cpu']:.0f} per CPU s); load {load()}",
                    flush=True,
                )
        print(f"\nindexing {args.docs:,} documents: median (min-max) of {args.rounds} rounds")
        print(f"{'code':<24}{'put docs/s wall':>24}{'put docs/CPU s':>24}{'reindex docs/s':>24}"
              f"{'reindex docs/CPU s':>24}{'on disk MiB (sqlite+wal / index)':>36}")  # fmt: skip
        for name, runs in rows.items():
            n = args.docs
            disk = runs[-1]["disk"]
            cells = [
                _spread([n / x["put"]["wall"] for x in runs]),
                _spread([n / x["put"]["cpu"] for x in runs]),
                _spread([n / x["reindex"]["wall"] for x in runs]),
                _spread([n / x["reindex"]["cpu"] for x in runs]),
            ]
            total = sum(disk.values()) / 2**20
            store_mib, index_mib = (disk["sqlite"] + disk["wal"]) / 2**20, disk["index"] / 2**20
            parts = f"{total:.0f} ({store_mib:.0f} / {index_mib:.0f})"
            print(f"{name:<24}" + "".join(f"{c:>24}" for c in cells) + f"{parts:>36}")
        n = args.docs
        cells = [
            _spread([n / x["put"]["wall"] for x in floor]),
            _spread([n / x["put"]["cpu"] for x in floor]),
        ]
        print(f"{'tantivy alone (floor)':<24}" + "".join(f"{c:>24}" for c in cells))
        print("  floor: the same tantivy documents prebuilt, one writer and commit per batch, nothing else")
    if "alerts" in args.phases:
        for n_searches in args.searches:
            rows = {name: [] for name in trees}
            for _ in range(args.rounds):
                for name, tree in trees.items():
                    new = args.alert_new if name == "new" else args.baseline_new
                    if name != "new" and n_searches > args.baseline_max_searches:
                        continue
                    extra = ["--alert-base", str(args.alert_base), "--alert-new", str(new),
                             "--searches", str(n_searches)]  # fmt: skip
                    extra += ["--match-only"] if args.match_only else []
                    rows[name].append(_run_worker(tree, "alerts", extra, tmp))
            print(f"\nalerts: {n_searches:,} saved searches, store of {args.alert_base:,} + new documents; "
                  f"CPU time, median (min-max) of the rounds; load {load()}")  # fmt: skip
            print(f"{'code':<24}{'new docs':>9}{'alerts':>8}{'match ms/doc':>22}{'+ all snippets ms/doc':>24}"
                  f"{'deliver_new ms/doc':>22}{'delivery ms/alert':>22}")  # fmt: skip
            for name, runs in rows.items():
                if not runs:
                    print(f"{name:<24}  (skipped: above --baseline-max-searches)")
                    continue
                new, alerts = runs[0]["new"], runs[0]["alerts"]
                match = [x["match"]["cpu"] * 1000 / new for x in runs]
                snippets = [x.get("snippets", x["match"])["cpu"] * 1000 / new for x in runs]
                nothing = {"cpu": float("nan")}  # --match-only
                whole = [x.get("deliver", nothing)["cpu"] * 1000 / new for x in runs]
                per_alert = [
                    (x.get("deliver", nothing)["cpu"] - x["match"]["cpu"]) * 1000 / max(1, x["alerts"])
                    for x in runs
                ]
                print(f"{name:<24}{new:>9}{alerts:>8}{_spread(match):>22}{_spread(snippets):>24}"
                      f"{_spread(whole):>22}{_spread(per_alert, 3):>22}")  # fmt: skip
            print("  match: what deliver_new runs (new code: snippets deferred to the alerted hits); "
                  "+ all snippets: match_batch, every hit with its snippets (the old match)")  # fmt: skip
    print(f"\nload after: {load()}")


def run(n_docs: int, seed: int, data_dir: Path, es_url: str | None = None, keep: bool = False) -> None:
    """Index, search and decision lookup figures on one store (the new code only)."""
    where = f"Elasticsearch at {es_url}" if es_url else f"data in {data_dir}"
    print(f"\n{n_docs:,} generated documents, {where}; load {load()}")
    try:
        result = phase_index(n_docs, seed, data_dir, es_url)
        print(f"{'put_documents':<34} {n_docs / result['put']['wall']:9.0f} docs/s   "
              f"({result['put']['wall']:.1f} s, {result['put']['cpu']:.1f} CPU s)")  # fmt: skip
        print(f"{'reindex from the store of record':<34} {n_docs / result['reindex']['wall']:9.0f} docs/s   "
              f"({result['reindex']['wall']:.1f} s, {result['reindex']['cpu']:.1f} CPU s)")  # fmt: skip
        if "disk" in result:
            d = result["disk"]
            print(f"{'on disk':<34} {sum(d.values()) / 2**20:9.0f} MiB   (SQLite {d['sqlite'] / 2**20:.0f}, "
                  f"WAL {d['wal'] / 2**20:.0f}, tantivy index {d['index'] / 2**20:.0f})")  # fmt: skip
        with _open(data_dir, es_url) as store:
            try:
                _search_bench(store, seed)
                _lookup_bench(store, seed, n_docs)
            finally:
                if es_url and not keep:
                    store.drop()  # type: ignore[attr-defined]
    finally:
        print(f"load after: {load()}")


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents to generate (default 100000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, help="where to build the store (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the temp data dir")
    parser.add_argument("--baseline", help="git ref of the code to compare with, e.g. main (default: none)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each comparison (median; default 3)")
    parser.add_argument(
        "--phases", default="index,alerts,search", help="of index,alerts,search (default: all)"
    )
    parser.add_argument("--searches", default="1000,10000", help="saved-search counts (default 1000,10000)")
    parser.add_argument("--alert-base", type=int, default=10_000, help="documents stored before (10000)")
    parser.add_argument("--alert-new", type=int, default=1000, help="new documents alerted on (1000)")
    parser.add_argument(
        "--match-only", action="store_true", help="alerts phase: time matching only, not deliver_new"
    )
    parser.add_argument("--baseline-new", type=int, default=100, help="new documents for the baseline (100)")
    parser.add_argument(
        "--baseline-max-searches", type=int, default=1000, help="skip the baseline above this many (1000)"
    )
    parser.add_argument(
        "--reindex",
        type=Path,
        metavar="DATA_DIR",
        help="only time `reindex` of this existing store (--rounds)",
    )
    parser.add_argument(
        "--reindex-deals",
        action="store_true",
        help="with --reindex: merge the deal records again from scratch too (cnht reindex --deals)",
    )
    parser.add_argument(
        "--deals-off",
        action="store_true",
        help="index phase: also run the new code with the deal-record hook of put_documents switched off",
    )
    parser.add_argument("--worker", choices=("index", "floor", "alerts"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        args.searches = int(args.searches.split(",")[0])
        _worker(args)
        return
    if args.reindex:
        reindex_existing(args.reindex, args.rounds, args.reindex_deals)
        return
    args.phases = {p.strip() for p in args.phases.split(",")}
    args.searches = [int(x) for x in args.searches.split(",") if x.strip()]
    es_url = os.environ.get("CNHT_ES_URL", "").strip() or None
    tmp = Path(tempfile.mkdtemp(prefix="cnht-search-bench-"))
    data_dir = args.data_dir or tmp / "data"
    try:
        if not es_url and args.phases & {"index", "alerts"}:
            compare(args, tmp)
        if "search" in args.phases:
            run(args.docs, args.seed, data_dir, es_url, args.keep)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
