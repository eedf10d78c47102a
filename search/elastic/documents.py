"""IndexedDocument <-> Elasticsearch `_source` (pure functions).

The `_source` holds the fields the mapping indexes (see `mapping.docs_mappings`), computed here with the
same rules as the embedded backend (search.query: province keys, decision keys, folded keys, amount
buckets; search.lookups: deal province keys), plus `record`: the whole IndexedDocument as JSON, which is
what `get`, lookups and `reindex` read back. Text is NFC-normalised, so NFD input is found like NFC.
"""

from __future__ import annotations

from typing import Any

from search.highlight import highlights
from search.query import (
    VN_TZ,
    amount_bucket,
    fold_key,
    indexed_decision_keys,
    nfc,
    province_keys,
    vn_wall_time,
)
from search.records import IndexedDocument, SearchHit

# fields a search hit reads (the record and the lead stay on the server)
HIT_FIELDS = ["id", "url", "title", "kind", "source", "published_raw", "province_name", "text"]
BATCH_HIT_FIELDS = [f for f in HIT_FIELDS if f != "text"]  # alert batches read each text once, not per hit


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def published_fields(published: str | None) -> dict[str, Any]:
    """The date (with the Vietnamese offset), year and month of a publication date, when it parses.

    >>> published_fields("2024-04-30T23:30:00Z")
    {'published': '2024-05-01T06:30:00+07:00', 'year': '2024', 'month': '2024-05'}
    >>> published_fields("2024-05-01"), published_fields("không rõ")
    ({'published': '2024-05-01T00:00:00+07:00', 'year': '2024', 'month': '2024-05'}, {})
    """
    local = vn_wall_time(published)
    if local is None or not 1 <= local.year <= 9999:
        return {}
    return {
        "published": local.replace(tzinfo=VN_TZ).isoformat(),
        "year": f"{local.year:04d}",
        "month": f"{local.year:04d}-{local.month:02d}",
    }


def decision_fields(d: IndexedDocument) -> dict[str, list[str]]:
    """Full and partial keys of every number the document cites or is, and the keys of its own number.

    >>> from tests.search.conftest import make_doc
    >>> decision_fields(make_doc("x", decisions=["26/2023/QĐ-UBND"], own_number="1080/QĐ-BCT"))
    {'decision_number': ['26/2023/qd-ubnd', '1080/qd-bct'], 'decision_partial': ['26/2023/qd', '1080/qd'], \
'decision_own': ['1080/qd-bct', '1080/qd']}
    """
    doc = d.document
    own = doc.decision.number if doc.decision and doc.decision.number else None
    numbers = [ref.number for ref in doc.tags.decisions] + ([own] if own else [])
    keys = [indexed_decision_keys(n) for n in numbers if n]
    return {
        "decision_number": _unique([k[0] for k in keys]),
        "decision_partial": _unique([k[1] or "" for k in keys]),
        "decision_own": _unique(list(indexed_decision_keys(own))) if own else [],  # type: ignore[arg-type]
    }


def money_fields(d: IndexedDocument) -> dict[str, Any]:
    """Every amount with its currency (nested: the range filter and the currency hit the same amount),
    and the facet buckets of the VND amounts."""
    money = [{"amount": float(m.amount), "currency": m.currency.upper()} for m in d.document.tags.money]
    buckets = _unique([amount_bucket(m["amount"]) for m in money if m["currency"] == "VND"])
    return {"money": money, "amount_bucket": buckets}


def to_source(
    d: IndexedDocument, *, urls: list[str], stored_at: str, copy_of: str | None = None
) -> dict[str, Any]:
    """The `_source` of the documents index for one document (version and content hash included).
    `copy_of`: the index a reindex copies the document into (writers leave it out)."""
    doc, tags = d.document, d.document.tags
    meta = doc.decision
    names = _unique([nfc(n) for n in d.provinces])
    firms = _unique([nfc(f.name) for f in tags.firms] + [nfc(p) for deal in tags.deals for p in deal.parties])
    source: dict[str, Any] = {
        "id": d.id,
        "url": doc.url,
        "urls": _unique([u.strip() for u in urls]),
        "kind": doc.kind,
        "source": d.source or doc.source,
        "title": nfc(doc.title or "") or None,
        "lead": nfc(doc.lead or "") or None,
        "text": nfc(doc.text or "") or None,
        "attachments": [nfc(a.text) for a in doc.attachment_texts if a.text] or None,
        "published_raw": doc.published,
        "province": _unique([k for n in d.provinces for k in province_keys(n)]),
        "province_name": names,
        **decision_fields(d),
        "issuer": nfc(meta.issuer) if meta and meta.issuer else None,
        "doc_type": fold_key(meta.doc_type) if meta and meta.doc_type else None,
        "doc_type_name": nfc(meta.doc_type) if meta and meta.doc_type else None,
        "firm": [f for f in firms if f.strip()],
        **money_fields(d),
        "content_hash": d.content_hash,
        "version": d.version,
        "fetched_at": d.fetched_at,
        "stored_at": stored_at,
        "reindex_copy": copy_of,
        "record": d.model_dump(mode="json"),
    }
    source.update(published_fields(doc.published))
    return source


def from_source(source: dict[str, Any]) -> IndexedDocument:
    """The stored document back from a `_source` (or from a versions-index `_source`)."""
    return IndexedDocument.model_validate(source["record"])


def to_hit(hit: dict[str, Any], terms: list[str], *, by_date: bool, text: str | None = None) -> SearchHit:
    """A SearchHit from one hit of the search response; highlights computed by search.highlight from
    the hit's text (or `text`, when the caller already holds it)."""
    src = hit["_source"]
    body = text if text is not None else src.get("text") or ""
    marked = highlights(body, terms) or highlights(src.get("title") or "", terms)
    score = hit.get("_score")
    return SearchHit.model_construct(
        id=src["id"],
        url=src["url"],
        title=src.get("title"),
        kind=src["kind"],
        source=src.get("source"),
        published=src.get("published_raw"),
        provinces=list(src.get("province_name") or []),
        score=float(score) if score is not None and not by_date else 0.0,
        highlights=marked,
    )
