"""One deal, many reports: deal events found in several documents merged into one deal record.

Provincial papers re-publish the same announcement, and one article names a deal in its headline, lead and
body. Each deal event of a document (`Tags.events`; for documents tagged before events existed, and for a
pair of firms no event covers, `Tags.deals`) is one report (`reports_of`). Two reports are the same deal
when (`MERGE_RULES`, data)
- their parties are the same set once folded (accents, case, spacing: `fold_key`), counting only the
  parties of the types in `key_party_types` (firms) when a report names any, so "UBND tỉnh X cấp phép cho
  Foxconn" and "Foxconn đầu tư" are one project,
- their kinds are compatible (`compatible`: a licence and an investment report of one project are one deal),
- their provinces agree when both are known (`province_must_agree`: one firm's plants in two provinces
  are two deals), and
- their days (the event's own date, else the document's publication date) lie within `window_days` of the
  record's earliest report; undated reports join any record.

A record keeps every report as its evidence (earliest first), the earliest day as the announcement date,
the furthest status, and every distinct amount: two papers giving two amounts show both (`amounts`),
never an average; the chart and totals add up the first one reported. Its id is a hash of the merge key,
the announcement date and the province, so the same reports always give the same id: re-running ingest or
reextract never duplicates a deal, and a deal whose only report disappears disappears too. The stores
persist the records (search/embedded/deals.py, search/elastic/deals.py) and re-run `merge_reports` on the
reports of every merge key a write touches.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from search.query import fold_key
from search.records import DealAmount, DealParty, DealRecord, DealReport, DealRow, IndexedDocument

MERGE_RULES: dict = {
    "window_days": 45,
    # kinds reported of one event under different words; a kind not listed is compatible with itself only
    "compatible": [
        ["investment", "investment_licence", "investment_announcement"],
        ["mou", "cooperation"],
    ],
    # the party types that identify a deal; a report naming none of them is keyed by all its parties
    "key_party_types": ["firm"],
    # two reports naming two different provinces are two deals
    "province_must_agree": True,
}

# furthest wins when reports disagree on a deal's status
STATUS_ORDER = ["announced", "signed", "licensed", "started", "completed"]

# Converts an amount to its VND equivalent for a year, or None when no sourced rate is known
# (`search.fx.to_vnd`, rates with their sources in search/data/fx_rates.csv); a VND amount is itself.
ToVnd = Callable[[float, str, int], float | None]


def default_to_vnd(amount: float, currency: str, year: int) -> float | None:
    """`search.fx.to_vnd`: the VND equivalent at the rate of `year` in the rate file, or None."""
    from search.fx import to_vnd

    return to_vnd(amount, currency, year)


def rules_fingerprint(rules: dict = MERGE_RULES) -> str:
    """Changes when the rules change: stores rebuild their deal records then."""
    return hashlib.sha1(json.dumps(rules, sort_keys=True).encode()).hexdigest()[:12]


def report_day(row: DealRow | DealReport) -> str:
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


def key_parties(parties: list[DealParty], rules: dict = MERGE_RULES) -> list[str]:
    """The names that identify a deal: its parties of the key types, else all of them."""
    typed = [p.name for p in parties if p.type in rules["key_party_types"]]
    return typed or [p.name for p in parties]


def merge_key(report: DealReport, rules: dict = MERGE_RULES) -> str:
    """Reports that may be one deal share this key ("group|party|party", parties folded and sorted).

    >>> grantor = DealParty(name="UBND tỉnh Bắc Ninh", type="government")
    >>> r = DealReport(document_id="1", url="u", kind="investment_licence", sentence="s",
    ...                parties=[grantor, DealParty(name="Foxconn")])
    >>> merge_key(r)
    'investment|foxconn'
    """
    return "|".join([kind_group(report.kind, rules), *sorted(party_key(key_parties(report.parties, rules)))])


@functools.lru_cache(maxsize=1 << 16)
def _days_apart(a: str, b: str) -> int | None:
    if not a or not b:
        return None
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


class _Open:
    """A record being built."""

    def __init__(self, first: DealReport) -> None:
        self.reports: list[DealReport] = [first]
        self.day = first.day
        self.province = first.province

    def takes(self, report: DealReport, rules: dict) -> bool:
        apart = _days_apart(self.day, report.day)
        if apart is not None and apart > rules["window_days"]:
            return False
        return not (
            rules["province_must_agree"]
            and self.province
            and report.province
            and fold_key(self.province) != fold_key(report.province)
        )


def tiebreak(report: DealReport) -> str:
    """Orders two reports of one sentence (two events the tagger found in it) by what they say, so that
    the merge depends only on the set of reports, never on the order they are given in."""
    parties = "\x1d".join(f"{p.name}\x1c{p.type}\x1c{p.role or ''}" for p in report.parties)
    amount = "" if report.amount is None else repr(float(report.amount))
    fields = (report.kind, parties, amount, report.currency, report.province, report.date, report.status)
    return "\x1e".join(x or "" for x in fields)


def order_key(report: DealReport) -> str:
    """`merge_reports`' order of `report` as one string (stores keep it as a column): day (undated last),
    document, place, then `tiebreak`. It leaves out the sentence `merge_reports` also sorts by: in one
    stored document the place (start, end) gives the sentence."""
    return "\x1f".join(
        (
            report.day or "9999",
            report.document_id,
            f"{report.start:010d}",
            f"{report.end:010d}",
            tiebreak(report),
        )
    )


def deal_id(key: str, day: str, province: str | None) -> str:
    return hashlib.sha1(f"{key}|{day}|{fold_key(province or '')}".encode()).hexdigest()[:16]


def _record(key: str, reports: list[DealReport], to_vnd: ToVnd | None) -> DealRecord:
    first = reports[0]
    parties: dict[str, DealParty] = {}
    amounts: list[DealAmount] = []
    statuses = []
    for r in reports:
        for p in r.parties:
            parties.setdefault(fold_key(p.name), p)
        if r.amount is not None:
            amount = DealAmount(value=r.amount, currency=r.currency)
            if amount not in amounts:
                amounts.append(amount)
        if r.status in STATUS_ORDER:
            statuses.append(STATUS_ORDER.index(r.status))
    province = next((r.province for r in reports if r.province), None)
    day = first.day or None
    vnd = None
    if amounts and amounts[0].currency == "VND":
        vnd = float(amounts[0].value)
    elif amounts and amounts[0].currency and to_vnd is not None and day:  # a rate needs the deal's year
        vnd = to_vnd(float(amounts[0].value), amounts[0].currency, int(day[:4]))
    return DealRecord(
        id=deal_id(key, day or "", province),
        kind=first.kind,
        kinds=list(dict.fromkeys(r.kind for r in reports)),
        parties=list(parties.values()),
        status=STATUS_ORDER[max(statuses)] if statuses else None,
        date=day,
        province=province,
        province_keys=sorted({k for r in reports for k in r.province_keys}),
        amounts=amounts,
        amount_vnd=vnd,
        reports=reports,
    )


def merge_reports(
    reports: Iterable[DealReport], rules: dict = MERGE_RULES, to_vnd: ToVnd | None = default_to_vnd
) -> list[DealRecord]:
    """Deal records from reports, newest announcement first (then by id).

    The result depends only on the set of reports, not on their order: reports are taken earliest first
    (undated last; ties by document and place), and each joins the first open record of its merge key
    that takes it."""
    ordered = sorted(
        reports, key=lambda r: (r.day or "9999", r.document_id, r.start, r.end, r.sentence, tiebreak(r))
    )
    building: dict[str, list[_Open]] = defaultdict(list)
    for report in ordered:
        key = merge_key(report, rules)
        record = next((o for o in building[key] if o.takes(report, rules)), None)
        if record is None:
            building[key].append(_Open(report))
            continue
        if any(r.document_id == report.document_id and r.sentence == report.sentence for r in record.reports):
            continue  # the very same sentence found twice in one document
        record.reports.append(report)
        record.province = record.province or report.province
    records = [_record(key, o.reports, to_vnd) for key, opened in building.items() for o in opened]
    seen: dict[str, int] = {}
    for rec in records:  # two records with one id (same key, day and province): number the later ones
        n = seen.get(rec.id, 0)
        seen[rec.id] = n + 1
        if n:
            rec.id = hashlib.sha1(f"{rec.id}|{n}".encode()).hexdigest()[:16]
    records.sort(key=lambda r: (r.date or "", r.id), reverse=True)
    return records


# -- incremental merge --------------------------------------------------------------------------------------
#
# `merge_reports` is greedy: reports in order (day, undated last), each joining the first record of its key
# (creation order) that takes it. A write that adds or removes reports from day D on leaves alone every
# report before D (each is placed as before) and every record whose first day lies more than `window_days`
# before D: no dated report of D or later can join it. So only the reports from D on are placed again,
# against the records begun in the window before D (with their reports before D), and then the undated
# reports against every record of the key (frozen ones by their light state: first day, province; their
# reports are read only when one changes). `merge_reports` stays the specification: the property tests
# (tests/search/test_incremental_merge.py) compare both on random sequences of writes.

UNDATED = "~"  # `plan_merge`'s `since` when only undated reports changed: sorts after every date


@dataclass(frozen=True, slots=True)
class StoredReport:
    """What the incremental merge reads of a stored report (columns, no JSON)."""

    ref: int  # the store's handle of the report (a row id)
    order: str  # `order_key(report)`
    day: str  # `report.day`, "" when undated
    province: str | None
    document_id: str
    sentence: str  # the sentence or a digest of it: one document's repeats of a sentence count once
    deal_id: str | None  # the record it is in now; None: new, or left out as a repeat


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """What the incremental merge reads of a stored record."""

    id: str
    rank: int  # creation order among its key's records
    day: str  # first day ("" when undated)
    dated_province: str | None  # its province once its dated reports are in (before undated ones)


@dataclass
class Planned:
    """A record to (re)write: its reports are `refs`, after the dated reports of `extends` when set."""

    id: str
    rank: int
    day: str
    province: str | None
    dated_province: str | None
    refs: list[int]
    extends: str | None = None  # a stored record that keeps its dated reports and gains or loses undated ones


@dataclass
class MergePlan:
    write: list[Planned] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)  # records that vanished (or changed id)
    dropped: list[int] = field(default_factory=list)  # reports that were in a record and are now in none
    rerank: list[tuple[str, int]] = field(default_factory=list)  # unchanged records whose rank moved


class _State:
    """A record being placed into: light state only."""

    __slots__ = ("dated_province", "day", "extends", "held", "province", "rank", "refs", "seen")

    def __init__(
        self, day: str, province: str | None, rank: int | None, held: StoredRecord | None = None
    ) -> None:
        self.day, self.province, self.rank, self.held = day, province, rank, held
        self.dated_province = province if day else None  # its province once its dated reports are in
        self.refs: list[int] = []
        self.seen: set[tuple[str, str]] = set()
        self.extends: str | None = None

    def add(self, row: StoredReport) -> None:
        self.refs.append(row.ref)
        self.seen.add((row.document_id, row.sentence))
        self.province = self.province or row.province
        if row.day:
            self.dated_province = self.dated_province or row.province

    def takes(self, row: StoredReport, rules: dict) -> bool:
        apart = _days_apart(self.day, row.day)
        if apart is not None and apart > rules["window_days"]:
            return False
        return not (
            rules["province_must_agree"]
            and self.province
            and row.province
            and fold_key(self.province) != fold_key(row.province)
        )


def cutoff(since: str, rules: dict = MERGE_RULES) -> str:
    """The earliest first day of a record a report of day `since` (or later) may join; UNDATED: none."""
    if since == UNDATED:
        return UNDATED
    return (dt.date.fromisoformat(since[:10]) - dt.timedelta(days=rules["window_days"])).isoformat()


def _place(
    states: list[_State], row: StoredReport, rules: dict, dropped: list[StoredReport], start: int = 0
) -> None:
    state = next((states[i] for i in range(start, len(states)) if states[i].takes(row, rules)), None)
    if state is None:
        state = _State(row.day, row.province, None)
        state.add(row)
        states.append(state)
    elif (row.document_id, row.sentence) in state.seen:
        dropped.append(row)  # the very same sentence found twice in one document
    else:
        state.add(row)


def windows(changes: Iterable[str], rules: dict = MERGE_RULES) -> list[tuple[str, str, str, str]]:
    """The stretches of days a write whose dated reports changed on `changes` places again, as
    (low, first change, last change, high): the records begun from `low` (`cutoff` of the first change) are
    rebuilt, reports from the first change on are placed again, and placing stops, at the latest on `high`
    (twice the window after the last change), once the records still open are the stored ones. Changes whose
    stretches overlap share one.

    >>> windows(["2025-03-01", "2025-01-01", "2021-06-01"])  # doctest: +NORMALIZE_WHITESPACE
    [('2021-04-17', '2021-06-01', '2021-06-01', '2021-08-31'),
     ('2024-11-17', '2025-01-01', '2025-03-01', '2025-05-31')]
    """
    out: list[tuple[str, str, str, str]] = []
    span = dt.timedelta(days=2 * rules["window_days"] + 1)
    for day in sorted(set(changes)):
        low, high = cutoff(day, rules), (dt.date.fromisoformat(day[:10]) + span).isoformat()
        if out and low <= out[-1][3]:
            out[-1] = (out[-1][0], out[-1][1], day, high)
        else:
            out.append((low, day, day, high))
    return out


def _converged(
    building: list[_State],
    nxt: str,
    last: str,
    stored: tuple[list[StoredRecord], list[str]],
    members: dict[str, list[StoredReport]],
    touched: set[str] | frozenset[str],
    rules: dict,
) -> dict[int, str] | None:
    """After every report up to day `last` is placed: when the records a report of day `nxt` (or later) may
    join are the stored ones, with the same reports so far, every later report goes where it is now (the
    greedy merge sees the same state and the same reports). Returns {index in `building`: stored id} of
    those records then, else None."""
    bound = cutoff(nxt, rules)
    start = len(building)
    while start and building[start - 1].day >= bound:  # first days never fall along `building`
        start -= 1
    opened = range(start, len(building))
    dated, days = stored  # the dated stored records in creation order, and their first days
    held = dated[bisect.bisect_left(days, bound) : bisect.bisect_right(days, last)]
    if len(opened) != len(held):
        return None
    for i, r in zip(opened, held, strict=True):
        state = building[i]
        if r.id in touched or state.day != r.day:
            return None
        if state.refs != [row.ref for row in members[r.id] if row.day and row.day <= last]:
            return None
    return {i: r.id for i, r in zip(opened, held, strict=True)}


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=1)).isoformat()


def plan_merge(
    key: str,
    records: list[StoredRecord],
    rows: list[StoredReport],
    since: str | None,
    touched: set[str] | frozenset[str] = frozenset(),
    rules: dict = MERGE_RULES,
    changes: Iterable[str] | None = None,
) -> MergePlan | None:
    """What to write and delete so that the stored records of merge key `key` become `merge_reports` of its
    stored reports, after a write added or removed some of them (pure: the stores read and write).

    `since`: the earliest day of the reports added or removed (UNDATED when all of them are undated), or
    None to merge the key from scratch (every stored record is then replaced; `rows` holds every report).
    `records`: the key's stored records. `rows`: its current reports (those just added with deal_id None)
    of day >= `cutoff(since)`, every undated one, and the dated ones of the documents of undated reports.
    `touched`: records that lost a report. Returns None when a record would take an id another record of
    the key has (`merge_reports` numbers those; merge from scratch then, which numbers them the same way).

    `changes`: the days of the dated reports added or removed, to place again only near them: `rows` then
    holds the reports of the days of each of `windows(changes)` (low to high), every undated one and the
    dated ones of the documents of undated reports. Returns None too when placing does not come back to
    the stored records by a stretch's high day; the stores then give every row from `cutoff(since)`.
    """
    if not records and len(rows) == 1:  # the first report of its key (most keys have one): one record
        row = rows[0]
        first = Planned(deal_id(key, row.day, row.province), 0, row.day, row.province, None, [row.ref])
        first.dated_province = row.province if row.day else None
        return MergePlan(write=[first])
    scratch = since is None
    window = rules["window_days"]
    segments: list[tuple[str, str, str, str | None]]
    if since is None:
        segments = [("", "", "", None)]
    elif changes is not None:
        segments = list(windows(changes, rules))
    elif since == UNDATED:
        segments = []
    else:
        segments = [(cutoff(since, rules), since, since, None)]
    by_rank = sorted(records, key=lambda r: r.rank)
    dated = sorted((r for r in by_rank if r.day), key=lambda r: r.day)  # stable: creation order within a day
    days = [r.day for r in dated]
    ordered = sorted(rows, key=lambda x: x.order)
    row_days = [row.day or "9999" for row in ordered]
    members: dict[str, list[StoredReport]] = defaultdict(list)
    for row in ordered:
        if row.deal_id is not None:
            members[row.deal_id].append(row)
    dropped: list[StoredReport] = []
    placed: list[_State] = []  # records built by placing reports again, in creation order
    claimed: set[str] = set()  # stored records rebuilt by placing (or found unchanged: `kept`)
    kept: set[str] = set()
    for low, first, last, high in segments:
        building: list[_State] = []
        begun = bisect.bisect_left(days, low)
        for r in dated[begun : bisect.bisect_left(days, first)]:  # begun in the window before the change,
            state = _State(r.day, None, r.rank, r)  # as they stood on its eve
            for row in members[r.id]:
                if row.day and row.day < first:
                    state.add(row)
            building.append(state)
        todo = ordered[  # rows are in day order (undated last, as "9999")
            bisect.bisect_left(row_days, first) : bisect.bisect_right(
                row_days, "9998" if high is None else high
            )
        ]
        end: str | None = None
        same: dict[int, str] = {}
        first_open = 0  # records begun too long before the current day take no later dated report
        for i, row in enumerate(todo):
            while (
                first_open < len(building) and (_days_apart(building[first_open].day, row.day) or 0) > window
            ):
                first_open += 1
            _place(building, row, rules, dropped, first_open)
            if high is None or row.day < last:
                continue
            nxt = todo[i + 1].day if i + 1 < len(todo) else _next_day(high)
            if nxt == row.day:
                continue
            found = _converged(building, nxt, row.day, (dated, days), members, touched, rules)
            if found is not None:
                end, same = row.day, found
                break
        if high is not None and end is None:  # every report up to `high` placed: the last chance
            found = _converged(building, _next_day(high), high, (dated, days), members, touched, rules)
            if found is None:
                return None  # not back to the stored records within the stretch: the caller gives every row
            end, same = high, found
        stop = len(dated) if end is None else bisect.bisect_right(days, end)
        claimed.update(r.id for r in dated[begun:stop])
        kept.update(same.values())
        placed += [state for i, state in enumerate(building) if i not in same]
    # every record in creation order: the stored ones placing left alone (light state only; their reports
    # are read only if an undated report joins or leaves them), and the ones placing built
    everyone: list[_State] = []
    order: list[tuple[str, int, int]] = []
    for r in by_rank:
        if not r.day or (r.id in claimed and r.id not in kept):
            continue
        state = _State(r.day, r.dated_province, r.rank, r)
        state.extends = r.id
        state.seen = {(row.document_id, row.sentence) for row in members[r.id] if row.day}
        everyone.append(state)
        order.append((r.day, 0, r.rank))
    for i, state in enumerate(placed):
        everyone.append(state)
        order.append((state.day, 1, i))
    everyone = [everyone[i] for i in sorted(range(len(everyone)), key=order.__getitem__)]
    for row in ordered:
        if not row.day:
            _place(everyone, row, rules, dropped)
    last_rank = -1
    for state in everyone:  # ranks follow creation order: a record begun among older ones moves later ones
        if state.rank is None or state.rank <= last_rank:
            state.rank = last_rank + 1
        last_rank = state.rank
    ids: list[str] = []
    for state in everyone:
        held = state.held
        if (
            state.extends is not None
            and held is not None
            and held.id not in touched
            and state.refs == [row.ref for row in members[held.id] if not row.day]
        ):
            ids.append(held.id)  # left alone and the same undated reports as before: as it is
        else:
            ids.append(deal_id(key, state.day, state.province))
    if len(set(ids)) < len(ids):
        if not scratch:
            return None
        seen: dict[str, int] = {}
        for i, base in enumerate(ids):  # as merge_reports numbers them
            n = seen.get(base, 0)
            seen[base] = n + 1
            if n:
                ids[i] = hashlib.sha1(f"{base}|{n}".encode()).hexdigest()[:16]
    plan = MergePlan()
    old = {r.id: r for r in by_rank if not r.day or (r.id in claimed and r.id not in kept)}
    for state, new_id in zip(everyone, ids, strict=True):
        held = state.held
        rank = state.rank or 0
        if state.extends is not None and held is not None:
            before = [row.ref for row in members[held.id] if not row.day]
            if before == state.refs and held.id not in touched and new_id == held.id:
                if held.rank != rank:
                    plan.rerank.append((held.id, rank))
                continue
            if new_id != held.id:
                old[held.id] = held
            plan.write.append(
                Planned(new_id, rank, state.day, state.province, state.dated_province, state.refs, held.id)
            )
            continue
        prev = old.get(new_id)
        if prev is not None and new_id not in touched and [row.ref for row in members[new_id]] == state.refs:
            if prev.rank != rank:
                plan.rerank.append((new_id, rank))
            continue
        plan.write.append(Planned(new_id, rank, state.day, state.province, state.dated_province, state.refs))
    final = set(ids)
    plan.delete = [i for i in old if i not in final]
    plan.dropped = [row.ref for row in dropped if row.deal_id is not None]
    return plan


def build_record(
    key: str, reports: list[DealReport], record_id: str, to_vnd: ToVnd | None = default_to_vnd
) -> DealRecord:
    """The record of these reports (in the record's order) under the id `plan_merge` gave it."""
    record = _record(key, reports, to_vnd)
    record.id = record_id
    return record


# -- reports from stored documents -------------------------------------------------------------------------


def _marks(spans: Iterable[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the document inside [start, end), relative to start, sorted and without overlaps."""
    inside = sorted((max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start)
    out: list[tuple[int, int]] = []
    for s, e in inside:
        if e <= s:
            continue
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def reports_of(d: IndexedDocument) -> list[DealReport]:
    """The deal reports of one stored document: one per deal event, plus one per pair of firms
    (`Tags.deals`) in a sentence no event covers (documents tagged before events existed)."""
    from search.lookups import sorted_filing_keys

    doc = d.document
    tags = doc.tags
    text = doc.text or ""
    provinces = tuple(d.provinces)
    base = {
        "document_id": d.id,
        "url": doc.url,
        "title": doc.title,
        "source": d.source or doc.source,
        "published": doc.published,
    }
    out: list[DealReport] = []
    for ev in tags.events:
        if not ev.parties:
            continue
        spans = [(p.start, p.end) for p in ev.parties]
        spans += [(m.start, m.end) for m in tags.money if ev.amount is not None and m.amount == ev.amount]
        out.append(
            DealReport(
                **base,
                kind=ev.kind,
                parties=[DealParty(name=p.name, type=p.type, role=p.role) for p in ev.parties],
                amount=ev.amount,
                currency=(ev.currency or "").upper() or None,
                province=ev.province,
                province_keys=list(sorted_filing_keys(ev.province, provinces)),
                date=ev.date,
                status=ev.status,
                sentence=text[ev.start : ev.end],
                start=ev.start,
                end=ev.end,
                marks=_marks(spans, ev.start, ev.end),
            )
        )
    covered = [(ev.start, ev.end) for ev in tags.events]
    firms: list[tuple[str, int, int]] | None = None  # (folded name, start, end) of each firm mention
    for deal in tags.deals:
        if not deal.parties or any(s < deal.end and deal.start < e for s, e in covered):
            continue
        if firms is None:
            firms = [(fold_key(f.name), f.start, f.end) for f in tags.firms]
        names = {fold_key(p) for p in deal.parties}
        spans = [(s, e) for name, s, e in firms if name in names]
        spans += [(m.start, m.end) for m in tags.money if deal.amount is not None and m.amount == deal.amount]
        out.append(
            DealReport(
                **base,
                kind=deal.kind,
                parties=[DealParty(name=p) for p in deal.parties],
                amount=deal.amount,
                currency=(deal.currency or "").upper() or None,
                province=deal.province,
                province_keys=list(sorted_filing_keys(deal.province, provinces)),
                date=deal.date,
                sentence=text[deal.start : deal.end],
                start=deal.start,
                end=deal.end,
                marks=_marks(spans, deal.start, deal.end),
            )
        )
    return out


def merge_deals(rows: Iterable[DealRow], rules: dict = MERGE_RULES) -> list[DealRecord]:
    """Deal records from the report rows of `Store.deals`, newest announcement first.

    >>> a = DealRow(document_id="1", url="u1", kind="mou", parties=["Alpha", "Beta"], amount=5e9,
    ...             currency="VND", published="2025-03-02", sentence="s1")
    >>> b = a.model_copy(update={"document_id": "2", "url": "u2", "published": "2025-03-01"})
    >>> c = a.model_copy(update={"document_id": "3", "url": "u3", "published": "2025-09-01"})
    >>> [(r.date, len(r.reports), r.first_url) for r in merge_deals([a, b, c])]
    [('2025-09-01', 1, 'u3'), ('2025-03-01', 2, 'u2')]
    """
    reports = [
        DealReport(
            **row.model_dump(exclude={"parties"}),
            parties=[DealParty(name=p) for p in row.parties],
        )
        for row in rows
    ]
    return merge_reports(reports, rules)
