"""Which writes a `put_documents` batch needs, given what the index holds (pure; same rules as embedded).

Same id and content hash: unchanged (only new URLs are added). New id: version 1. Same id, other content
hash: changed, version + 1, the superseded version archived. An id twice in one batch is treated as two
puts in order (its first state is what counts for new/changed/unchanged, as in the embedded store).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from search.records import IndexedDocument


@dataclass(frozen=True)
class Stored:
    """What the documents index holds for an id, with the sequence number for optimistic concurrency."""

    doc: IndexedDocument
    urls: list[str]
    seq_no: int
    primary_term: int
    stored_at: str | None = None  # when it was written (the newest first when URLs are shared)
    copied: bool = False  # written by a reindex's copy, not by a writer (reindex catch-up)


@dataclass
class Write:
    """The final state of one id after the batch: a create (new id) or a conditional index/update."""

    doc: IndexedDocument
    urls: list[str]
    stored: Stored | None  # None: create; else index (content changed) or update (URLs only)
    content_changed: bool


@dataclass
class PutPlan:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    writes: dict[str, Write] = field(default_factory=dict)
    archive: list[IndexedDocument] = field(default_factory=list)  # superseded versions, oldest first


def _urls(d: IndexedDocument) -> list[str]:
    return [u.strip() for u in (d.document.url, d.document.canonical_url) if u and u.strip()]


def plan_put(docs: list[IndexedDocument], existing: dict[str, Stored]) -> PutPlan:
    """The outcome and the writes of storing `docs` over `existing` (by id).

    >>> from tests.search.conftest import make_doc
    >>> a, b = make_doc("bai", title="A", text="một"), make_doc("bai", title="B", text="hai")
    >>> p = plan_put([a, b], {})
    >>> p.new == [a.id], p.changed, p.writes[a.id].doc.version, [v.version for v in p.archive]
    (True, [], 2, [1])
    >>> again = plan_put([b], {b.id: Stored(p.writes[a.id].doc, [], 7, 1)})
    >>> again.unchanged == [b.id], again.writes[b.id].content_changed
    (True, False)
    """
    out = PutPlan()
    current: dict[str, tuple[IndexedDocument, list[str]]] = {
        i: (s.doc, list(s.urls)) for i, s in existing.items()
    }
    for d in docs:
        before = current.get(d.id)
        urls = list(dict.fromkeys([*(before[1] if before else []), *_urls(d)]))
        if before is not None and before[0].content_hash == d.content_hash:
            if d.id not in out.new and d.id not in out.changed and d.id not in out.unchanged:
                out.unchanged.append(d.id)
            current[d.id] = (before[0], urls)
            _keep(out, d.id, before[0], urls, existing, content_changed=False)
            continue
        if before is None:
            version = 1
            out.new.append(d.id)
        else:
            version = before[0].version + 1
            out.archive.append(before[0])
            if d.id not in out.new and d.id not in out.changed:
                out.changed.append(d.id)
            if d.id in out.unchanged:
                out.unchanged.remove(d.id)
        stored = d.model_copy(update={"version": version})
        current[d.id] = (stored, urls)
        _keep(out, d.id, stored, urls, existing, content_changed=True)
    return out


def _keep(
    out: PutPlan,
    doc_id: str,
    doc: IndexedDocument,
    urls: list[str],
    existing: dict[str, Stored],
    *,
    content_changed: bool,
) -> None:
    stored = existing.get(doc_id)
    earlier = out.writes.get(doc_id)
    changed = content_changed or (earlier is not None and earlier.content_changed)
    if stored is not None and not changed and urls == stored.urls:
        out.writes.pop(doc_id, None)  # nothing to write at all
        return
    out.writes[doc_id] = Write(doc=doc, urls=urls, stored=stored, content_changed=changed)


def bulk_actions(plan: PutPlan, index: str, source: Any, stored_at: str) -> list[dict[str, Any]]:
    """`helpers.bulk` actions of the plan's writes: create for new ids; for known ids a full index (content
    changed) or a partial update of `urls`, both only if the document is still at the sequence number
    read (`if_seq_no`/`if_primary_term`: a concurrent writer makes it fail with 409 instead of losing a
    version). `source(doc, urls, stored_at)` builds the `_source`."""
    actions: list[dict[str, Any]] = []
    for doc_id, w in plan.writes.items():
        base: dict[str, Any] = {"_index": index, "_id": doc_id}
        if w.stored is None:
            actions.append({**base, "_op_type": "create", "_source": source(w.doc, w.urls, stored_at)})
            continue
        base.update(if_seq_no=w.stored.seq_no, if_primary_term=w.stored.primary_term)
        if w.content_changed:
            actions.append({**base, "_op_type": "index", "_source": source(w.doc, w.urls, stored_at)})
        else:
            # a writer's update: the document is no longer a reindex's copy (see catchup_actions)
            actions.append({**base, "_op_type": "update", "doc": {"urls": w.urls, "reindex_copy": None}})
    return actions


def archive_actions(plan: PutPlan, index: str, superseded_at: str) -> list[dict[str, Any]]:
    """Create-only actions of the superseded versions (`<id>-<version>`: writing one twice is a no-op 409)."""
    return [
        {
            "_op_type": "create",
            "_index": index,
            "_id": f"{d.id}-{d.version}",
            "_source": {
                "id": d.id,
                "version": d.version,
                "content_hash": d.content_hash,
                "superseded_at": superseded_at,
                "record": d.model_dump(mode="json"),
            },
        }
        for d in plan.archive
    ]


@dataclass(frozen=True)
class Copied:
    """A document as the old index holds it during a reindex catch-up: the record, its URLs, `stored_at`."""

    doc: IndexedDocument
    urls: list[str]
    stored_at: str


def catchup_actions(
    copies: list[Copied], existing: dict[str, Stored], index: str, source: Any
) -> tuple[list[dict[str, Any]], list[str]]:
    """Bulk actions copying what was written to the old index while a reindex built the new one (the old
    index's operations after the sequence numbers read before the copy), never over what a writer stored
    in the new index since the alias switch.

    The new index holds either a reindex's copy of an id (`copied`: its `reindex_copy` is set) or a
    writer's put after the switch (writers never set it, and a URL-only update clears it): the latter is
    the latest state, even when its record version is lower than the old index's (it was planned on the
    first pass's copy), so the id is skipped (returned second). No clock decides (`stored_at` has the
    precision and the skew of the writers' clocks). Otherwise the old state replaces the copy: `create`
    for an id the new index lacks, `index` for a different record or URLs, guarded by the sequence number read
    (`if_seq_no`/`if_primary_term`), so a writer that changes the id between the read and the write makes
    the action fail with 409 (the caller reads it and plans it again). Identical copies are left alone.
    Record versions do not decide (nor does external versioning, whose `_version` drifts above the record
    version with every URL-only update).

    >>> from tests.search.conftest import make_doc
    >>> v2 = make_doc("bai", text="hai").model_copy(update={"version": 2})
    >>> v3 = make_doc("bai", text="ba").model_copy(update={"version": 3})
    >>> later = Stored(v2, ["u"], 9, 1, stored_at="2026-01-01T10:00:00Z")
    >>> catchup_actions([Copied(v3, ["u"], "2026-01-01T10:00:00Z")], {v2.id: later}, "new", None)
    ([], ['29219a62d7caafc7'])
    """
    actions: list[dict[str, Any]] = []
    skipped: list[str] = []
    for c in copies:
        have = existing.get(c.doc.id)
        base: dict[str, Any] = {"_index": index, "_id": c.doc.id}
        if have is None:
            actions.append({**base, "_op_type": "create", "_source": source(c.doc, c.urls, c.stored_at)})
        elif not have.copied or (have.doc == c.doc and have.urls == c.urls):
            skipped.append(c.doc.id)
        else:
            guard = {"if_seq_no": have.seq_no, "if_primary_term": have.primary_term}
            actions.append(
                {**base, **guard, "_op_type": "index", "_source": source(c.doc, c.urls, c.stored_at)}
            )
    return actions, skipped
