"""Evaluate saved searches against newly stored documents and deliver each alert exactly once per channel.

Order per (search, document, channel): record the outbox row, send, mark sent. `resend_pending`
delivers rows left 'recorded' by a crash or a failing channel, and the digests whose period is over.
The new document ids themselves are queued in the alert state before evaluation, so a crash before
their rows were recorded is evaluated again by the next `deliver_new` (even with no new ids).

Copies of one story on several sites (same title, see `story_key`) alert once per saved search: with
the earliest copy, the others listed in `Alert.other_sources`; copies arriving later do not alert.

The Atom channel is idempotent by delivery_id, and webhook/e-mail messages carry the delivery id for
the receiver to deduplicate, so every channel is exactly-once to a deduplicating receiver across a
crash between send and mark-sent; stdout is at-least-once in that window.

Channels named "webhook" and "email" are built from the alert state when the caller does not pass
them: their targets are per saved search (`SavedSearch.webhook`, `SavedSearch.email`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import weakref
from collections import defaultdict
from dataclasses import dataclass

from extract.tag.decisions import canonical_number
from search.alerts.channels import BatchChannel, Channel
from search.alerts.models import Alert, Digest, MatchReasons, SavedSearch, delivery_id
from search.alerts.push import EmailChannel, NotTried, WebhookChannel
from search.alerts.state import AlertState
from search.gc_pause import cycle_collection_paused
from search.query import (
    decision_keys,
    indexed_decision_keys,
    name_tokens,
    parse_query,
    province_keys,
    tokenize_folded,
)
from search.records import BatchMatches, IndexedDocument, SearchHit
from search.sqlite_util import utc_now
from search.store import Store

log = logging.getLogger(__name__)

DIGEST_CHANNELS = ("webhook", "email")  # channels a saved search's `digest` setting applies to
VN_TZ = dt.timezone(dt.timedelta(hours=7))


_PUSH: weakref.WeakKeyDictionary[AlertState, dict[str, Channel]] = weakref.WeakKeyDictionary()


def push_channels(state: AlertState) -> dict[str, Channel]:
    """Webhook and e-mail channels reading their targets from `state`; the same ones for the life of
    `state` (one run), so an endpoint that gave up is not retried again by every call of the run."""
    if state not in _PUSH:
        _PUSH[state] = {"webhook": WebhookChannel(state.get_search), "email": EmailChannel(state.get_search)}
    return _PUSH[state]


def _with_defaults(state: AlertState, channels: dict[str, Channel]) -> dict[str, Channel]:
    return {**push_channels(state), **channels}


@dataclass(frozen=True)
class _SearchFacts:
    """What `match_reasons` needs of a saved search, worked out once per run."""

    terms: list[str]  # the query's clauses as typed
    matched: list[str]  # what an alert without snippets lists as matched
    full_keys: frozenset[str]  # keys of the decision numbers asked for (filter and query words)
    partial_keys: frozenset[str]  # their partial keys (number/year/type, issuer left out)
    words: list[tuple[str, ...]]  # firm filter and query words, folded as firm names are
    amounts: tuple[str, float, float] | None  # (currency, low, high) of an amount filter
    provinces: frozenset[str] | None  # keys of the province filter


@dataclass(frozen=True)
class _DocFacts:
    """What `match_reasons` needs of a document, worked out once per run."""

    decisions: list[tuple[str, str, str | None]]  # (canonical number, full key, partial key)
    firms: list[str]  # each name once
    firm_runs: dict[tuple[str, ...], set[int]]  # every run of consecutive folded words -> names having it
    money: list[tuple[str, float, str]]  # (currency, amount, as written)
    provinces: list[tuple[str, frozenset[str]]]  # (name, keys)


def _search_facts(search: SavedSearch) -> _SearchFacts:
    q = search.query
    parsed = parse_query(q.text)
    terms = [c.raw for c in parsed.must]
    asked = [decision_keys(q.decision)] if q.decision else []
    asked += [decision_keys(c.raw) for c in parsed.must]
    amounts = None
    if q.min_amount is not None or q.max_amount is not None:
        low = q.min_amount if q.min_amount is not None else float("-inf")
        high = q.max_amount if q.max_amount is not None else float("inf")
        amounts = (q.currency.upper(), low, high)
    return _SearchFacts(
        terms=terms,
        matched=parsed.terms(),
        full_keys=frozenset(k.full for k in asked if k.full),
        partial_keys=frozenset(k.partial for k in asked if k.partial),
        words=[w for w in map(name_tokens, [q.firm] if q.firm else []) if w]
        + [w for w in map(name_tokens, terms) if w],
        amounts=amounts,
        provinces=frozenset(province_keys(q.province)) if q.province else None,
    )


def _doc_facts(doc: IndexedDocument) -> _DocFacts:
    d, tags = doc.document, doc.document.tags
    own = [d.decision.number] if d.decision and d.decision.number else []
    numbers = dict.fromkeys([*own, *(r.number for r in tags.decisions)])
    firms = list(dict.fromkeys(f.name for f in tags.firms))
    runs: dict[tuple[str, ...], set[int]] = {}
    for i, name in enumerate(firms):
        words = name_tokens(name)
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                runs.setdefault(words[start:end], set()).add(i)
    return _DocFacts(
        decisions=[(canonical_number(n), *indexed_decision_keys(n)) for n in numbers],
        firms=firms,
        firm_runs=runs,
        money=[(m.currency.upper(), m.amount, m.mention) for m in tags.money],
        provinces=[(p, frozenset(province_keys(p))) for p in doc.provinces],
    )


def _reasons(s: _SearchFacts, d: _DocFacts | None) -> MatchReasons:
    """The reasons, validated once from the lists (pydantic's `model_construct` costs more: 6 vs 2 us)."""
    decisions: list[str] = []
    firms: list[str] = []
    amounts: list[str] = []
    provinces: list[str] = []
    if d is not None:
        for canonical, full, partial in d.decisions:
            hit = full in s.full_keys or partial in s.partial_keys  # the keys in them are never empty
            if hit and canonical not in decisions:
                decisions.append(canonical)
        hit_firms = [d.firm_runs[w] for w in s.words if w in d.firm_runs]  # `names_matching`, by lookup
        if hit_firms:
            firms = [d.firms[i] for i in sorted(set().union(*hit_firms))]
        if s.amounts is not None:
            currency, low, high = s.amounts
            amounts = list(
                dict.fromkeys(
                    mention for cur, amount, mention in d.money if cur == currency and low <= amount <= high
                )
            )
        if s.provinces is not None:
            provinces = [p for p, keys in d.provinces if s.provinces & keys]
    return MatchReasons(terms=s.terms, decisions=decisions, firms=firms, amounts=amounts, provinces=provinces)


def match_reasons(search: SavedSearch, doc: IndexedDocument | None) -> MatchReasons:
    """What in `doc` hit the saved search: its words, decision numbers, firms, amounts and provinces."""
    return _reasons(_search_facts(search), _doc_facts(doc) if doc is not None else None)


STORY_MIN_TITLE_WORDS = 8  # shorter titles ("Thông báo", "Tin vắn") are too common to name one story


def story_key(hit: SearchHit) -> str | None:
    """Copies of one story on several sites share their title: its folded words, when long enough."""
    words = tokenize_folded(hit.title or "")
    return " ".join(words) if len(words) >= STORY_MIN_TITLE_WORDS else None


def _stories(hits: list[SearchHit], keys: dict[str, str | None] | None = None) -> list[list[SearchHit]]:
    """Hits grouped by story, each group earliest published first (the original before its copies).
    `keys` caches `story_key` by document id across the saved searches of a run."""
    keys = {} if keys is None else keys
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        if hit.id not in keys:
            keys[hit.id] = story_key(hit)
        groups.setdefault(keys[hit.id] or f"\x00{hit.id}", []).append(hit)
    return [sorted(g, key=lambda h: (h.published or "9999", h.id)) for g in groups.values()]


class AlertMaker:
    """`make_alert` for the alerts of one run: what depends only on the saved search, or only on the
    document, is worked out once (not once per alert)."""

    def __init__(self, alerted_at: str | None = None) -> None:
        self._searches: dict[str, _SearchFacts] = {}
        self._docs: dict[str, _DocFacts] = {}
        self._at = alerted_at  # one time for the alerts of a run (None: each alert's own)

    def __call__(
        self,
        search: SavedSearch,
        hit: SearchHit,
        doc: IndexedDocument | None = None,
        other_sources: list[str] | None = None,
    ) -> Alert:
        facts = self._searches.get(search.id)
        if facts is None:
            facts = self._searches[search.id] = _search_facts(search)
        doc_facts = None
        if doc is not None:
            doc_facts = self._docs.get(doc.id)
            if doc_facts is None:
                doc_facts = self._docs[doc.id] = _doc_facts(doc)
        return Alert(
            search_id=search.id,
            search_name=search.name,
            document_id=hit.id,
            url=hit.url,
            title=hit.title,
            published=hit.published,
            matched=hit.highlights or facts.matched,
            delivery_id=delivery_id(search.id, hit.id),
            reasons=_reasons(facts, doc_facts),
            other_sources=other_sources or [],
            alerted_at=self._at or utc_now(),
        )


def make_alert(
    search: SavedSearch,
    hit: SearchHit,
    doc: IndexedDocument | None = None,
    other_sources: list[str] | None = None,
) -> Alert:
    return AlertMaker()(search, hit, doc, other_sources)


def _failed(state: AlertState, alert: Alert, channel_name: str, exc: BaseException) -> None:
    log.error("alert %s via %s failed: %s", alert.delivery_id, channel_name, exc)
    state.mark_failed(
        alert.search_id,
        alert.document_id,
        channel_name,
        str(exc) or repr(exc),
        attempted=not isinstance(exc, NotTried),
    )


def _send(state: AlertState, alert: Alert, channel_name: str, channels: dict[str, Channel]) -> bool:
    channel = channels.get(channel_name)
    if channel is None:
        log.warning(
            "saved search %s: no channel %r configured, alert kept pending", alert.search_id, channel_name
        )
        return False
    try:
        channel.send(alert)
    except Exception as exc:
        _failed(state, alert, channel_name, exc)
        return False
    return state.mark_sent(alert.search_id, alert.document_id, channel_name)


def is_held(held: set[tuple[str, str | None]], search_id: str, channel_name: str) -> bool:
    """Whether `AlertState.held` keeps this saved search's channel from sending now."""
    return (search_id, None) in held or (search_id, channel_name) in held


def _deliver(
    state: AlertState,
    jobs: list[tuple[Alert, str]],
    channels: dict[str, Channel],
    now: dt.datetime | None = None,
) -> set[str]:
    """Send each (alert, channel name) recorded in the outbox and mark it sent (or failed); returns the
    delivery ids sent now on some channel. A `BatchChannel` (Atom, stdout) gets up to its `batch_size`
    alerts per call, then they are marked in one transaction; other channels (webhook, e-mail) one
    alert at a time, each marked as soon as it is sent.

    Rows of a paused or disabled saved search, and of a push channel still waiting out its backoff
    after failed attempts (`AlertState.held` at `now`), stay recorded for a later run."""
    sent: set[str] = set()
    held = state.held(now)
    by_channel: dict[str, list[Alert]] = {}
    for alert, name in jobs:
        if not is_held(held, alert.search_id, name):
            by_channel.setdefault(name, []).append(alert)
    for name, alerts in by_channel.items():
        channel = channels.get(name)
        if not isinstance(channel, BatchChannel):
            sent.update(a.delivery_id for a in alerts if _send(state, a, name, channels))
            continue
        size = channel.batch_size or len(alerts)
        for start in range(0, len(alerts), size):
            chunk = alerts[start : start + size]
            try:
                errors = channel.send_batch(chunk)
            except Exception as exc:
                errors = [exc] * len(chunk)
            with state.batch():
                done = [a for a, error in zip(chunk, errors, strict=True) if error is None]
                marked = state.mark_sent_many(
                    [(a.search_id, a.document_id, name) for a in done],
                    {(a.search_id, a.document_id): a.title for a in done},
                )
                sent.update(a.delivery_id for a, m in zip(done, marked, strict=True) if m)
                for alert, error in zip(chunk, errors, strict=True):
                    if error is not None:
                        _failed(state, alert, name, error)
    return sent


def matches(store: Store, search: SavedSearch, new_ids: list[str]) -> list[SearchHit]:
    """The hits of a saved search among `new_ids` (intersected with the search's own ids, if any)."""
    ids = list(dict.fromkeys(new_ids))
    if search.query.ids is not None:
        allowed = set(search.query.ids)
        ids = [i for i in ids if i in allowed]
    if not ids:
        return []
    q = search.query.model_copy(update={"ids": ids, "limit": len(ids), "offset": 0, "facets": []})
    return store.search(q).hits


def match_all(store: Store, searches: list[SavedSearch], new_ids: list[str]) -> list[list[SearchHit]]:
    """The hits of every saved search among `new_ids`, in one pass over the batch."""
    ids = list(dict.fromkeys(new_ids))
    if not ids or not searches:
        return [[] for _ in searches]
    return store.match_batch([s.query for s in searches], ids)


def match_deferred(store: Store, searches: list[SavedSearch], new_ids: list[str]) -> BatchMatches:
    """`match_all` with the snippets made only for the hits alerted on (`BatchMatches.highlight`)."""
    ids = list(dict.fromkeys(new_ids))
    if not ids or not searches:
        return BatchMatches(hits=[[] for _ in searches], highlight=lambda _i, hit: hit)
    return store.match_deferred([s.query for s in searches], ids)


def _is_digest(search: SavedSearch | None, channel_name: str) -> bool:
    return search is not None and search.digest is not None and channel_name in DIGEST_CHANNELS


def deliver_new(
    store: Store, state: AlertState, new_ids: list[str], channels: dict[str, Channel]
) -> list[Alert]:
    """Run every saved search over `new_ids` (and ids queued by an interrupted run); record, send and mark
    each hit. Digest channels only record: `resend_pending` sends them when their period is over.
    Returns the alerts sent now on at least one channel.

    The story claims and outbox rows of the whole batch are written in one transaction, before anything
    is sent (a crash before its commit leaves the ids queued: the next run evaluates them again)."""
    with cycle_collection_paused():
        return _deliver_new(store, state, new_ids, channels)


def _deliver_new(
    store: Store, state: AlertState, new_ids: list[str], channels: dict[str, Channel]
) -> list[Alert]:
    channels = _with_defaults(state, channels)
    state.queue(list(dict.fromkeys(new_ids)))
    ids = state.queued()
    if not ids:
        return []
    stopped = {sid for sid, channel in state.held() if channel is None}
    searches = [s for s in state.list_searches() if s.id not in stopped]  # paused: no alert at all
    recorded = {(a.search_id, a.document_id, ch): a for a, ch in state.pending()}  # as first recorded
    docs: dict[str, IndexedDocument | None] = {}
    keys: dict[str, str | None] = {}
    alerts: list[Alert] = []
    todo: list[tuple[SavedSearch, Alert]] = []
    jobs: list[tuple[Alert, str]] = []
    make = AlertMaker(utc_now())
    with state.batch():
        found = match_deferred(store, searches, ids)
        for i, (search, hits) in enumerate(zip(searches, found.hits, strict=True)):
            stories = _stories(hits, keys)
            claims = [(keys[s[0].id], s[0].id) for s in stories if keys[s[0].id] is not None]
            owners = state.claim_stories(search.id, claims) if claims else {}  # type: ignore[arg-type]
            for story in stories:
                hit, key = story[0], keys[story[0].id]
                if key is not None:
                    owner = owners[key]
                    if owner not in {h.id for h in story}:
                        continue  # the story alerted from an earlier batch: its copies do not alert again
                    hit = next(h for h in story if h.id == owner)
                if hit.id not in docs:
                    docs[hit.id] = store.get(hit.id)
                others = [h.url for h in story if h is not hit]
                alert = make(search, found.highlight(i, hit), docs[hit.id], others)
                alerts.append(alert)
                todo.append((search, alert))
        unsent = state.record_many([(alert, search.channels) for search, alert in todo])
        for (search, alert), names in zip(todo, unsent, strict=True):
            for channel_name in names:
                if not _is_digest(search, channel_name):
                    jobs.append(
                        (recorded.get((search.id, alert.document_id, channel_name), alert), channel_name)
                    )
    sent = _deliver(state, jobs, channels)
    state.dequeue(ids)
    return [a for a in alerts if a.delivery_id in sent]


def resend_pending(
    state: AlertState, channels: dict[str, Channel], now: dt.datetime | None = None
) -> list[Alert]:
    """Send every outbox row recorded but not sent, and every digest whose period ended before `now`.
    Returns the alerts sent now (one per search/document)."""
    channels = _with_defaults(state, channels)
    searches = {s.id: s for s in state.list_searches()}
    jobs = [(a, ch) for a, ch in state.pending() if not _is_digest(searches.get(a.search_id), ch)]
    sent = _deliver(state, jobs, channels, now)
    delivered: dict[str, Alert] = {}
    for alert, _channel in jobs:
        if alert.delivery_id in sent:
            delivered.setdefault(alert.delivery_id, alert)
    for alert in deliver_digests(state, channels, now):
        delivered.setdefault(alert.delivery_id, alert)
    return list(delivered.values())


def digest_period(alerted_at: str, every: str) -> tuple[str, dt.datetime]:
    """(period key, end of the period) of an alert time, in Vietnamese time."""
    at = dt.datetime.fromisoformat(alerted_at)
    at = (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone(VN_TZ)
    if every == "hourly":
        start = at.replace(minute=0, second=0, microsecond=0)
        return start.strftime("%Y-%m-%dT%H"), start + dt.timedelta(hours=1)
    start = at.replace(hour=0, minute=0, second=0, microsecond=0)
    return start.strftime("%Y-%m-%d"), start + dt.timedelta(days=1)


def deliver_digests(
    state: AlertState, channels: dict[str, Channel], now: dt.datetime | None = None
) -> list[Alert]:
    """Send one message per (digest search, channel, finished period) with the period's pending alerts."""
    now = now or dt.datetime.now(dt.UTC)
    channels = _with_defaults(state, channels)
    searches = {s.id: s for s in state.list_searches()}
    held = state.held(now)
    groups: dict[tuple[str, str, str], list[Alert]] = defaultdict(list)
    for alert, channel_name in state.pending():
        search = searches.get(alert.search_id)
        if search is None or not _is_digest(search, channel_name) or is_held(held, search.id, channel_name):
            continue
        period, end = digest_period(alert.alerted_at, search.digest or "daily")
        if end <= now:
            groups[(alert.search_id, channel_name, period)].append(alert)
    sent: list[Alert] = []
    for (search_id, channel_name, period), alerts in sorted(groups.items()):
        alerts.sort(key=lambda a: (a.alerted_at, a.delivery_id))
        key = "|".join([search_id, channel_name, period, *(a.delivery_id for a in alerts)])
        digest = Digest(
            digest_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
            search_id=search_id,
            search_name=searches[search_id].name,
            period=period,
            alerts=alerts,
        )
        channel = channels.get(channel_name)
        send_digest = getattr(channel, "send_digest", None)
        if send_digest is None:
            log.warning("saved search %s: channel %r cannot send digests", search_id, channel_name)
            continue
        try:
            send_digest(digest)
        except Exception as exc:
            log.error("digest %s via %s failed: %s", digest.digest_id, channel_name, exc)
            tried = not isinstance(exc, NotTried)
            with state.batch():  # one message: one attempt in the history and in the count of failures
                for i, a in enumerate(alerts):
                    error = str(exc) or repr(exc)
                    state.mark_failed(
                        a.search_id, a.document_id, channel_name, error, attempted=tried and i == 0
                    )
            continue
        marked = state.mark_sent_many([(a.search_id, a.document_id, channel_name) for a in alerts])
        sent += [a for a, m in zip(alerts, marked, strict=True) if m]
    return sent
