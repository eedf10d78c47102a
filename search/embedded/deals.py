"""Deal records of the embedded store: tables in store.sqlite3, written in the transaction that writes the
documents (`DocumentStore.put`), queried with SQL (filters, pages, GROUP BY for the chart and totals).

Tables (created here, not by the document store's migrations, and rebuilt from the documents whenever
`search.deal_merge.rules_fingerprint()` or `DEALS_SCHEMA` changes):
  deal_reports    one row per report: (document_id, n) -> merge key, JSON, and what the incremental
                  merge reads without the JSON (`search.deal_merge.plan_merge`): day, order, province,
                  sentence digest, and the record it is in
  deals           one row per deal record: the filterable columns (small rows: scans and GROUP BY read
                  only these), and its rank (creation order in its merge key) and province from dated
                  reports for the incremental merge
  deal_json       (deal_id, JSON of the record)
  deal_parties    (deal_id, pos, folded name): firm / counterparty filters
  deal_provinces  (deal_id, key): the province filter (keys as in search.lookups.province_filing_keys)
  deal_documents  (deal_id, document_id): the deals a document reports
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from search.deal_merge import (
    MERGE_RULES,
    UNDATED,
    MergePlan,
    StoredRecord,
    StoredReport,
    ToVnd,
    build_record,
    cutoff,
    default_to_vnd,
    merge_key,
    order_key,
    plan_merge,
    reports_of,
    windows,
)
from search.deal_merge import rules_fingerprint as _rules_fingerprint
from search.fx import rates_fingerprint, vnd_floors
from search.lookups import wanted_provinces
from search.query import fold_key
from search.records import (
    DealBucket,
    DealPage,
    DealRecord,
    DealReport,
    DealsQuery,
    DealSummary,
    IndexedDocument,
)

DEALS_SCHEMA = (
    4  # 3: amount_vnd from sourced rates (search/fx.py), none without a deal year; 4: incremental merge
)
META_KEY = "deals_fingerprint"
SQL_VARS = 500
PAGE_BATCH = 500  # deals read per query when streaming every deal (exports)

TABLES = [
    """CREATE TABLE IF NOT EXISTS deal_reports (
        document_id TEXT NOT NULL, n INTEGER NOT NULL, merge_key TEXT NOT NULL, json TEXT NOT NULL,
        day TEXT NOT NULL, ord TEXT NOT NULL, province TEXT, sent TEXT NOT NULL, deal_id TEXT,
        PRIMARY KEY (document_id, n))""",
    "CREATE INDEX IF NOT EXISTS deal_reports_key_day ON deal_reports (merge_key, day)",
    "CREATE INDEX IF NOT EXISTS deal_reports_deal ON deal_reports (deal_id)",
    """CREATE TABLE IF NOT EXISTS deals (
        id TEXT PRIMARY KEY, merge_key TEXT NOT NULL, kind TEXT NOT NULL, kind_group TEXT NOT NULL,
        kinds TEXT NOT NULL, announced TEXT NOT NULL, month TEXT NOT NULL, province TEXT,
        amount REAL, currency TEXT, amount_vnd REAL, status TEXT, parties INTEGER NOT NULL,
        reports INTEGER NOT NULL, rank INTEGER, dated_province TEXT)""",
    "CREATE TABLE IF NOT EXISTS deal_json (deal_id TEXT PRIMARY KEY, json TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS deals_order ON deals (announced DESC, id DESC)",
    "CREATE INDEX IF NOT EXISTS deals_key ON deals (merge_key)",
    # the chart's GROUP BY reads this index alone when no filter needs another column
    """CREATE INDEX IF NOT EXISTS deals_by_bucket
        ON deals (currency, month, province, amount, amount_vnd, announced)""",
    """CREATE TABLE IF NOT EXISTS deal_parties (
        deal_id TEXT NOT NULL, pos INTEGER NOT NULL, folded TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS deal_parties_deal ON deal_parties (deal_id)",
    "CREATE INDEX IF NOT EXISTS deal_parties_name ON deal_parties (folded, deal_id)",
    "CREATE TABLE IF NOT EXISTS deal_provinces (deal_id TEXT NOT NULL, key TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS deal_provinces_key ON deal_provinces (key, deal_id)",
    "CREATE INDEX IF NOT EXISTS deal_provinces_deal ON deal_provinces (deal_id)",
    "CREATE TABLE IF NOT EXISTS deal_documents (deal_id TEXT NOT NULL, document_id TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS deal_documents_doc ON deal_documents (document_id)",
    "CREATE INDEX IF NOT EXISTS deal_documents_deal ON deal_documents (deal_id)",
]
CHILD_TABLES = ("deal_parties", "deal_provinces", "deal_documents", "deal_json")


def fingerprint(rules: dict = MERGE_RULES) -> str:
    """Schema, merge rules and rate file: a change of any rebuilds the deal tables (records keep
    amount_vnd)."""
    return f"{DEALS_SCHEMA}:{_rules_fingerprint(rules)}:{rates_fingerprint()}"


def has_tables(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='deals'").fetchone())


def create_tables(c: sqlite3.Connection) -> None:
    for stmt in TABLES:
        c.execute(stmt)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), SQL_VARS):
        yield items[start : start + SQL_VARS]


# -- writes (inside the caller's transaction) ---------------------------------------------------------------

REPORT_COLUMNS = "document_id, n, merge_key, json, day, ord, province, sent"
LIGHT = "rowid, ord, day, province, document_id, sent, deal_id"  # a `StoredReport`, in this order


def _report_row(doc_id: str, n: int, key: str, report: DealReport, body: str) -> tuple:
    sent = hashlib.blake2b(report.sentence.encode(), digest_size=8).hexdigest()
    return (doc_id, n, key, body, report.day, order_key(report), report.province, sent)


def _insert_reports(c: sqlite3.Connection, rows: list[tuple]) -> None:
    c.executemany(f"INSERT INTO deal_reports ({REPORT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def update(
    c: sqlite3.Connection,
    docs: Iterable[IndexedDocument],
    rules: dict = MERGE_RULES,
    to_vnd: ToVnd | None = default_to_vnd,
) -> None:
    """Replace the reports of `docs` (their current versions) and merge again, incrementally, the merge keys
    whose reports changed: a document written again with the same reports changes nothing."""
    docs = list({d.id: d for d in docs}.values())
    ids = [d.id for d in docs]
    old: dict[str, list[tuple]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in c.execute(
            "SELECT document_id, merge_key, json, day, deal_id FROM deal_reports"
            f" WHERE document_id IN ({marks}) ORDER BY document_id, n",
            chunk,
        ):
            old.setdefault(row[0], []).append(row[1:])
    since: dict[str, str] = {}
    changes: dict[str, set[str]] = {}  # key -> days of the dated reports added or removed
    touched: dict[str, set[str]] = {}
    gone: list[str] = []
    rows: list[tuple] = []
    reports: dict[tuple[str, int], DealReport] = {}
    for d in docs:
        found = [(merge_key(r, rules), r, r.model_dump_json()) for r in reports_of(d)]
        before = old.get(d.id, [])
        if [(k, body) for k, _, body in found] == [(k, body) for k, body, _, _ in before]:
            continue  # the same reports: nothing to merge
        gone.append(d.id)
        for key, _, day, deal in before:
            since[key] = min(since.get(key, UNDATED), day or UNDATED)
            changes.setdefault(key, set()).update([day] if day else [])
            if deal:
                touched.setdefault(key, set()).add(deal)
        for n, (key, report, body) in enumerate(found):
            since[key] = min(since.get(key, UNDATED), report.day or UNDATED)
            changes.setdefault(key, set()).update([report.day] if report.day else [])
            rows.append(_report_row(d.id, n, key, report, body))
            reports[d.id, n] = report
    for chunk in _chunks(gone):
        c.execute(f"DELETE FROM deal_reports WHERE document_id IN ({','.join('?' * len(chunk))})", chunk)
    _insert_reports(c, rows)
    # the rows just written, as `plan_merge` reads them, and their reports (not read back from JSON)
    at: dict[tuple[str, int], int] = {}
    for chunk in _chunks(gone):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT document_id, n, rowid FROM deal_reports WHERE document_id IN ({marks})"
        at.update(((doc, n), ref) for doc, n, ref in c.execute(sql, chunk))
    fresh: dict[str, list[StoredReport]] = {}
    known: dict[int, DealReport] = {}
    for doc, n, key, _, day, order, province, sent in rows:
        ref = at[doc, n]
        fresh.setdefault(key, []).append(StoredReport(ref, order, day, province, doc, sent, None))
        known[ref] = reports[doc, n]
    merge_keys(c, since, touched, rules, to_vnd, fresh, known, changes)


def _held(c: sqlite3.Connection, keys: list[str]) -> dict[str, list[tuple[str, int | None, str, str | None]]]:
    out: dict[str, list] = {}
    for chunk in _chunks(keys):
        marks = ",".join("?" * len(chunk))
        for key, *rest in c.execute(
            f"SELECT merge_key, id, rank, announced, dated_province FROM deals WHERE merge_key IN ({marks})",
            chunk,
        ):
            out.setdefault(key, []).append(tuple(rest))
    return out


def _light(c: sqlite3.Connection, sql: str, args: list[Any]) -> list[StoredReport]:
    return [StoredReport(*r) for r in c.execute(f"SELECT {LIGHT} FROM deal_reports WHERE {sql}", args)]


def _rows_of(c: sqlite3.Connection, key: str, since: str | None) -> list[StoredReport]:
    """The reports `plan_merge` needs of `key` (see its docstring)."""
    if since is None:
        return _light(c, "merge_key = ?", [key])
    low = cutoff(since)
    rows = _light(c, "merge_key = ? AND (day >= ? OR day = '')", [key, low])
    undated = sorted({r.document_id for r in rows if not r.day})
    for chunk in _chunks(undated):  # their documents' dated reports in older records: a repeat counts once
        marks = ",".join("?" * len(chunk))
        rows += _light(
            c, f"merge_key = ? AND day <> '' AND day < ? AND document_id IN ({marks})", [key, low, *chunk]
        )
    return rows


def _rows_near(c: sqlite3.Connection, key: str, days: set[str]) -> list[StoredReport]:
    """The reports `plan_merge` needs of `key` with `changes=days`: those of the days of each stretch of
    `windows(days)`, the undated ones, and the other reports of the documents of undated ones."""
    rows: list[StoredReport] = []
    for low, _, _, high in windows(days):
        rows += _light(c, "merge_key = ? AND day BETWEEN ? AND ?", [key, low, high])
    rows += _light(c, "merge_key = ? AND day = ''", [key])
    undated = sorted({r.document_id for r in rows if not r.day})
    have = {r.ref for r in rows}
    for chunk in _chunks(undated):
        marks = ",".join("?" * len(chunk))
        more = _light(c, f"merge_key = ? AND day <> '' AND document_id IN ({marks})", [key, *chunk])
        rows += [r for r in more if r.ref not in have]
    return rows


def merge_keys(
    c: sqlite3.Connection,
    since: dict[str, str | None],
    touched: dict[str, set[str]],
    rules: dict = MERGE_RULES,
    to_vnd: ToVnd | None = default_to_vnd,
    fresh: dict[str, list[StoredReport]] | None = None,
    known: dict[int, DealReport] | None = None,
    changes: dict[str, set[str]] | None = None,
    *,
    empty: bool = False,
) -> None:
    """Bring the records of these merge keys up to date with their reports: key -> the earliest day of the
    reports added or removed (`plan_merge`'s `since`; None: from scratch), key -> records that lost one.
    `fresh`: key -> the rows just written (a key with no record yet has no other row: nothing is read),
    `known`: their reports by row id. `changes`: key -> the days of the dated reports added or removed:
    only the reports near them are read and placed again, unless placing does not settle there. `empty`:
    the deal tables hold no record of these keys (a rebuild): nothing to delete before writing."""
    keys = sorted(since)
    held = {} if empty else _held(c, keys)
    whole: dict[str, list[StoredReport]] = {}  # keys merged from scratch: every row, one query per chunk
    for chunk in _chunks([k for k in keys if since[k] is None]):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT merge_key, {LIGHT} FROM deal_reports WHERE merge_key IN ({marks})"
        for key, *row in c.execute(sql, chunk):
            whole.setdefault(key, []).append(StoredReport(*row))
    plans: list[tuple[str, MergePlan]] = []
    for key in keys:
        records = held.get(key, [])
        start = since[key]
        if any(rank is None for _, rank, _, _ in records):
            start = None  # records written as they are (`put_records`): replaced by what the reports make
        stored = [StoredRecord(i, rank or 0, day, p) for i, rank, day, p in records]
        if since[key] is None:
            rows = whole.get(key, [])
        elif not records and fresh is not None:
            rows = fresh.get(key, [])
        elif start is not None and start != UNDATED and changes is not None and key in changes:
            days = changes[key]
            plan = plan_merge(
                key, stored, _rows_near(c, key, days), start, touched.get(key, set()), rules, days
            )
            if plan is not None:
                plans.append((key, plan))
                continue
            rows = _rows_of(c, key, start)
        else:
            rows = _rows_of(c, key, start)
        plan = plan_merge(key, stored, rows, start, touched.get(key, set()), rules)
        if plan is None:
            plan = plan_merge(key, stored, _rows_of(c, key, None), None, touched.get(key, set()), rules)
        assert plan is not None  # from scratch, ids are numbered as merge_reports does
        plans.append((key, plan))
    _apply(c, plans, rules, to_vnd, known or {}, empty=empty)


def _apply(
    c: sqlite3.Connection,
    plans: list[tuple[str, MergePlan]],
    rules: dict,
    to_vnd: ToVnd | None,
    known: dict[int, DealReport],
    *,
    empty: bool = False,
) -> None:
    extended = [p.extends for _, plan in plans for p in plan.write if p.extends]
    dated: dict[str, list[int]] = {}
    for chunk in _chunks(extended):
        marks = ",".join("?" * len(chunk))
        for deal, ref in c.execute(
            f"SELECT deal_id, rowid FROM deal_reports WHERE deal_id IN ({marks}) AND day <> '' ORDER BY ord",
            chunk,
        ):
            dated.setdefault(deal, []).append(ref)
    members = {
        (key, p.id): [*dated.get(p.extends or "", []), *p.refs] for key, plan in plans for p in plan.write
    }
    refs = sorted({r for m in members.values() for r in m if r not in known})
    bodies: dict[int, DealReport] = dict(known)
    for start in range(0, len(refs), SQL_VARS):
        chunk = refs[start : start + SQL_VARS]
        marks = ",".join("?" * len(chunk))
        for ref, body in c.execute(f"SELECT rowid, json FROM deal_reports WHERE rowid IN ({marks})", chunk):
            bodies[ref] = DealReport.model_validate_json(body)
    records: list[DealRecord] = []
    keys: list[str] = []
    state: dict[str, tuple[int, str | None]] = {}
    for key, plan in plans:
        for p in plan.write:
            records.append(build_record(key, [bodies[r] for r in members[key, p.id]], p.id, to_vnd))
            keys.append(key)
            state[p.id] = (p.rank, p.dated_province)
    stale = [i for _, plan in plans for i in plan.delete]
    stale += [p.id for _, plan in plans for p in plan.write] + extended
    if not empty:
        _delete(c, list(dict.fromkeys(stale)))
    _insert(c, records, rules, state, keys)
    c.executemany(
        "UPDATE deal_reports SET deal_id = ? WHERE rowid = ?",
        [(deal, ref) for (_, deal), m in members.items() for ref in m],
    )
    c.executemany(
        "UPDATE deal_reports SET deal_id = NULL WHERE rowid = ?",
        [(r,) for _, plan in plans for r in plan.dropped],
    )
    c.executemany(
        "UPDATE deals SET rank = ? WHERE id = ?", [(rank, i) for _, plan in plans for i, rank in plan.rerank]
    )


def _delete(c: sqlite3.Connection, deal_ids: list[str]) -> None:
    for chunk in _chunks(deal_ids):
        marks = ",".join("?" * len(chunk))
        c.execute(f"DELETE FROM deals WHERE id IN ({marks})", chunk)
        for table in CHILD_TABLES:
            c.execute(f"DELETE FROM {table} WHERE deal_id IN ({marks})", chunk)


def _insert(
    c: sqlite3.Connection,
    records: list[DealRecord],
    rules: dict,
    state: dict[str, tuple[int, str | None]] | None = None,
    keys: list[str] | None = None,
) -> None:
    """`state`: id -> (rank, province from dated reports) of records merged from stored reports; without
    it (generated records, no reports behind them) both stay NULL. `keys`: each record's merge key when
    the caller knows it (else computed from its first report)."""
    state = state or {}
    deals, parties, provinces, documents, bodies = [], [], [], [], []
    for i, r in enumerate(records):
        first = r.announced_amount
        rank, dated_province = state.get(r.id, (None, None))
        key = keys[i] if keys is not None else merge_key(r.reports[0], rules)
        deals.append(
            (
                r.id, key, r.kind, key.split("|")[0],
                "|" + "|".join(r.kinds) + "|", r.date or "", (r.date or "")[:7], r.province,
                float(first.value) if first else None, first.currency if first else None, r.amount_vnd,
                r.status, len(r.parties), len(r.reports), rank, dated_province,
            )
        )  # fmt: skip
        bodies.append((r.id, r.model_dump_json()))
        parties += [(r.id, i, fold_key(p.name)) for i, p in enumerate(r.parties)]
        provinces += [(r.id, k) for k in r.province_keys]
        documents += [(r.id, d) for d in dict.fromkeys(rep.document_id for rep in r.reports)]
    c.executemany(f"INSERT OR REPLACE INTO deals VALUES ({','.join('?' * 16)})", deals)
    c.executemany("INSERT OR REPLACE INTO deal_json (deal_id, json) VALUES (?, ?)", bodies)
    c.executemany("INSERT INTO deal_parties (deal_id, pos, folded) VALUES (?, ?, ?)", parties)
    c.executemany("INSERT INTO deal_provinces (deal_id, key) VALUES (?, ?)", provinces)
    c.executemany("INSERT INTO deal_documents (deal_id, document_id) VALUES (?, ?)", documents)


def put_records(c: sqlite3.Connection, records: Iterable[DealRecord], rules: dict = MERGE_RULES) -> int:
    """Write deal records as they are, replacing records of the same ids (generated corpora: no reports are
    filed behind them, so the next write of their merge keys or a rebuild replaces them)."""
    n = 0
    batch: list[DealRecord] = []
    for r in records:
        batch.append(r)
        if len(batch) >= PAGE_BATCH * 4:
            _delete(c, [b.id for b in batch])
            _insert(c, batch, rules)
            n, batch = n + len(batch), []
    _delete(c, [b.id for b in batch])
    _insert(c, batch, rules)
    return n + len(batch)


def rebuild(
    c: sqlite3.Connection,
    docs: Iterable[IndexedDocument],
    rules: dict = MERGE_RULES,
    to_vnd: ToVnd | None = default_to_vnd,
) -> int:
    """Drop every deal and report, then merge the reports of `docs` (every current document) again."""
    for table in ("deal_reports", "deals", *CHILD_TABLES):
        c.execute(f"DROP TABLE IF EXISTS {table}")
    c.execute("DROP TABLE IF EXISTS deal_json")
    # Tables first, indexes once their rows are in (one sorted build instead of an update per row); only
    # the (merge_key, day) index the merge reads by is made before it.
    indexes = [stmt for stmt in TABLES if stmt.startswith("CREATE INDEX")]
    for stmt in TABLES:
        if stmt not in indexes:
            c.execute(stmt)
    batch: list[tuple] = []
    for d in docs:
        for n, report in enumerate(reports_of(d)):
            batch.append(_report_row(d.id, n, merge_key(report, rules), report, report.model_dump_json()))
        if len(batch) >= 5000:
            _insert_reports(c, batch)
            batch = []
    _insert_reports(c, batch)
    by_key = [stmt for stmt in indexes if "deal_reports_key_day" in stmt]
    for stmt in by_key:
        c.execute(stmt)
    keys = [r[0] for r in c.execute("SELECT DISTINCT merge_key FROM deal_reports ORDER BY merge_key")]
    for start in range(0, len(keys), SQL_VARS):
        merge_keys(c, dict.fromkeys(keys[start : start + SQL_VARS]), {}, rules, to_vnd, empty=True)
    for stmt in indexes:
        if stmt not in by_key:
            c.execute(stmt)
    c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (META_KEY, fingerprint(rules)))
    return c.execute("SELECT COUNT(*) FROM deals").fetchone()[0]


# -- reads ---------------------------------------------------------------------------------------------------


def _where(q: DealsQuery) -> tuple[str, list[Any]]:
    """SQL conditions on `deals d` for every filter of `q` (on deal records: the
    announcement date, the announced amount, the record's parties and provinces)."""
    conds: list[str] = []
    args: list[Any] = []
    if q.kind:
        conds.append("(d.kind_group = ? OR d.kinds LIKE ?)")
        args += [q.kind, f"%|{q.kind}|%"]
    firm = fold_key(q.firm) if q.firm else ""
    other = fold_key(q.counterparty) if q.counterparty else ""
    if firm and other:
        conds.append(
            "d.id IN (SELECT a.deal_id FROM deal_parties a JOIN deal_parties b"
            " ON a.deal_id = b.deal_id AND a.pos <> b.pos"
            " WHERE ' ' || a.folded || ' ' LIKE ? AND ' ' || b.folded || ' ' LIKE ?)"
        )
        args += [f"% {firm} %", f"% {other} %"]
    elif firm or other:
        conds.append("d.id IN (SELECT deal_id FROM deal_parties WHERE ' ' || folded || ' ' LIKE ?)")
        args.append(f"% {firm or other} %")
        if other:
            conds.append("d.parties >= 2")
    elif q.firm or q.counterparty:  # words with no letter or digit: nothing matches
        conds.append("0")
    if q.party is not None:
        conds.append("d.id IN (SELECT deal_id FROM deal_parties WHERE folded = ?)")
        args.append(fold_key(q.party) or "\u0000")  # no letter or digit: no party has that name
    if q.province:
        keys = sorted(wanted_provinces(q.province))
        if keys:
            marks = ",".join("?" * len(keys))
            conds.append(f"d.id IN (SELECT deal_id FROM deal_provinces WHERE key IN ({marks}))")
            args += keys
        else:
            conds.append("0")
    if q.min_amount is not None:  # search.fx.meets_minimum: same currency as is, else VND at the year's rate
        code = q.currency.upper()
        floors = vnd_floors(q.min_amount, code)
        same = "(d.currency = ? AND d.amount >= ?)"
        args += [code, q.min_amount]
        if floors:
            cases = " ".join("WHEN ? THEN ?" for _ in floors)
            conds.append(f"({same} OR d.amount_vnd >= CASE substr(d.announced, 1, 4) {cases} END)")
            args += [v for year, floor in floors.items() for v in (str(year), floor)]
        else:
            conds.append(same)
    if q.min_vnd is not None:
        conds.append("d.amount_vnd >= ?")
        args.append(q.min_vnd)
    if q.since:
        conds.append("d.announced >= ?")
        args.append(q.since.isoformat())
    if q.until:
        conds.append("d.announced <> '' AND d.announced <= ?")
        args.append(q.until.isoformat())
    return (" WHERE " + " AND ".join(conds)) if conds else "", args


def page(conn: sqlite3.Connection, q: DealsQuery) -> DealPage:
    where, args = _where(q)
    total = conn.execute(f"SELECT COUNT(*) FROM deals d{where}", args).fetchone()[0]
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT d.id FROM deals d{where} ORDER BY d.announced DESC, d.id DESC LIMIT ? OFFSET ?",
            [*args, max(q.limit, 0), max(q.offset, 0)],
        )
    ]
    return DealPage(total=total, offset=q.offset, limit=q.limit, deals=_records(conn, ids))


def _records(conn: sqlite3.Connection, ids: list[str]) -> list[DealRecord]:
    """The records of these deals, in this order."""
    found: dict[str, str] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        found.update(conn.execute(f"SELECT deal_id, json FROM deal_json WHERE deal_id IN ({marks})", chunk))
    return [DealRecord.model_validate_json(found[i]) for i in ids if i in found]


def iterate(conn: sqlite3.Connection, q: DealsQuery) -> Iterator[DealRecord]:
    """Every deal matching `q` (offset and limit ignored), newest first, read PAGE_BATCH at a time by
    keyset (announced, id): memory does not grow with the number of deals."""
    where, args = _where(q)
    joiner = " AND " if where else " WHERE "
    after: tuple[str, str] | None = None
    while True:
        extra, more = "", []
        if after is not None:
            extra = joiner + "(d.announced < ? OR (d.announced = ? AND d.id < ?))"
            more = [after[0], after[0], after[1]]
        rows = conn.execute(
            f"SELECT announced, id FROM deals d{where}{extra} ORDER BY d.announced DESC, d.id DESC LIMIT ?",
            [*args, *more, PAGE_BATCH],
        ).fetchall()
        if not rows:
            return
        yield from _records(conn, [r[1] for r in rows])
        after = (rows[-1][0], rows[-1][1])


def summary(conn: sqlite3.Connection, q: DealsQuery) -> DealSummary:
    """One GROUP BY (currency, month, province) over every matching deal; the totals, the VND-equivalent
    buckets and the bounds are added up from its few thousand groups."""
    where, args = _where(q)
    groups = conn.execute(
        "SELECT d.currency, d.month, d.province, COUNT(*), COUNT(d.amount), SUM(d.amount),"
        " COUNT(d.amount_vnd), SUM(d.amount_vnd), MIN(NULLIF(d.announced, '')), MAX(d.announced)"
        f" FROM deals d{where} GROUP BY d.currency, d.month, d.province",
        args,
    ).fetchall()
    out = DealSummary(total=sum(g[3] for g in groups), with_amount=sum(g[4] for g in groups))
    days = [g[8] for g in groups if g[8]]
    out.first_day = min(days, default=None)
    out.last_day = max((g[9] for g in groups if g[9]), default=None)
    vnd: dict[tuple[str, str | None], list[float]] = {}
    for currency, month, province, _, n_amount, amount, n_vnd, amount_vnd, _, _ in groups:
        if currency and n_amount:
            out.totals[currency] = out.totals.get(currency, 0.0) + amount
            if month:
                out.buckets.append(
                    DealBucket(
                        currency=currency, month=month, province=province, amount=amount, deals=n_amount
                    )
                )
        if n_vnd and month:
            acc = vnd.setdefault((month, province), [0.0, 0])
            acc[0] += amount_vnd
            acc[1] += n_vnd
    out.buckets.sort(key=lambda b: (b.currency, b.month, b.province or ""))
    out.totals = dict(sorted(out.totals.items()))
    out.buckets += [
        DealBucket(currency="VND≈", month=m, province=p, amount=v[0], deals=int(v[1]))
        for (m, p), v in sorted(vnd.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
    ]
    return out


def get(conn: sqlite3.Connection, deal_id: str) -> DealRecord | None:
    row = conn.execute("SELECT json FROM deal_json WHERE deal_id = ?", (deal_id,)).fetchone()
    return DealRecord.model_validate_json(row[0]) if row else None


def of_document(conn: sqlite3.Connection, document_id: str) -> list[str]:
    """Ids of the deals a document reports."""
    return [
        r[0] for r in conn.execute("SELECT deal_id FROM deal_documents WHERE document_id = ?", (document_id,))
    ]
