"""The Elasticsearch write plan decides new/changed/unchanged exactly as the embedded store does."""

from __future__ import annotations

from pathlib import Path

import pytest
from elasticsearch import helpers

from search.elastic.documents import to_source
from search.elastic.plan import Copied, Stored, archive_actions, bulk_actions, catchup_actions, plan_put
from search.highlight import highlight
from search.records import IndexedDocument, PutResult
from search.store import open_store
from tests.search.conftest import base_docs, make_doc

A1 = make_doc("bai", title="A", text="một")
A2 = make_doc("bai", title="B", text="hai")
B1 = make_doc("khac", title="C", text="ba")
A1_OTHER_URL = make_doc("bai", title="A", text="một", url="https://example.vn/bai?utm_source=rss")

SEQUENCES = {
    "new then unchanged": [[A1, B1], [A1, B1]],
    "changed": [[A1], [A2]],
    "changed and back": [[A1], [A2], [A1]],
    "same id twice in one batch": [[A1, A2]],
    "unchanged then changed in one batch": [[A1], [A1, A2]],
    "changed then unchanged in one batch": [[A1], [A2, A2]],
    "new url only": [[A1], [A1_OTHER_URL]],
}


class PlanStore:
    """Applies plans to a dict, as the bulk requests would apply them to the index."""

    def __init__(self) -> None:
        self.current: dict[str, Stored] = {}
        self.archived: list[IndexedDocument] = []

    def put(self, docs: list[IndexedDocument]) -> PutResult:
        plan = plan_put(docs, self.current)
        for doc_id, w in plan.writes.items():
            seq = self.current[doc_id].seq_no + 1 if doc_id in self.current else 0
            self.current[doc_id] = Stored(doc=w.doc, urls=w.urls, seq_no=seq, primary_term=1)
        self.archived += plan.archive
        return PutResult(new=plan.new, changed=plan.changed, unchanged=plan.unchanged)


@pytest.mark.parametrize("name", list(SEQUENCES))
def test_plan_gives_the_embedded_outcome_versions_and_urls(tmp_path: Path, name: str) -> None:
    planned = PlanStore()
    with open_store(tmp_path / "data") as embedded:
        for batch in SEQUENCES[name]:
            assert planned.put(batch) == embedded.put_documents(batch), name
        for doc_id, stored in planned.current.items():
            got = embedded.get(doc_id)
            assert stored.doc == got
            assert all(embedded.get(url).id == doc_id for url in stored.urls)
            assert [v.version for v in embedded.versions(doc_id)] == [
                *(v.version for v in planned.archived if v.id == doc_id),
                stored.doc.version,
            ]


def test_unchanged_documents_are_not_written_again() -> None:
    stored = Stored(doc=A1, urls=["https://example.vn/bai"], seq_no=3, primary_term=2)
    assert plan_put([A1], {A1.id: stored}).writes == {}


def _expanded(actions: list[dict]) -> list[tuple[dict, dict | None]]:
    return [helpers.expand_action(a) for a in actions]


def test_bulk_actions_create_new_ids_and_guard_known_ones_with_their_sequence_number() -> None:
    known = Stored(doc=A1, urls=["https://example.vn/bai"], seq_no=7, primary_term=2)
    plan = plan_put([A2, B1], {A1.id: known})

    def source(d: IndexedDocument, urls: list[str], at: str) -> dict:
        return to_source(d, urls=urls, stored_at=at)

    by_id = {
        head[next(iter(head))]["_id"]: (head, body)
        for head, body in _expanded(bulk_actions(plan, "docs", source, "t"))
    }
    head, body = by_id[B1.id]
    assert head == {"create": {"_id": B1.id, "_index": "docs"}} and body["version"] == 1
    head, body = by_id[A1.id]
    assert head == {"index": {"_id": A1.id, "_index": "docs", "if_seq_no": 7, "if_primary_term": 2}}
    assert body["version"] == 2 and body["title"] == "B" and body["content_hash"] == A2.content_hash


def test_a_new_url_of_an_unchanged_document_is_a_guarded_partial_update() -> None:
    known = Stored(doc=A1, urls=["https://example.vn/bai"], seq_no=7, primary_term=2)
    plan = plan_put([A1_OTHER_URL], {A1.id: known})
    assert plan.unchanged == [A1.id]
    ((head, body),) = _expanded(bulk_actions(plan, "docs", None, "t"))
    assert head == {"update": {"_id": A1.id, "_index": "docs", "if_seq_no": 7, "if_primary_term": 2}}
    # the update also clears the reindex mark: a reindex's catch-up must not overwrite the new URL
    urls = ["https://example.vn/bai", "https://example.vn/bai?utm_source=rss"]
    assert body == {"doc": {"urls": urls, "reindex_copy": None}}


def test_superseded_versions_are_archived_create_only_under_id_and_version() -> None:
    known = Stored(doc=A1, urls=[], seq_no=0, primary_term=1)
    ((head, body),) = _expanded(archive_actions(plan_put([A2], {A1.id: known}), "versions", "t"))
    assert head == {"create": {"_id": f"{A1.id}-1", "_index": "versions"}}
    assert body["version"] == 1 and body["record"]["document"]["title"] == "A"


# -- reindex catch-up (issue 6: a v2 from the old index overwrote a v3 written after the switch; issue 13:
# telling copies from writes by `stored_at` failed within one second, so copies are marked instead) ------

BEFORE = AFTER = "2026-01-01T10:00:00+00:00"  # one clock second: times decide nothing
V2 = A2.model_copy(update={"version": 2})
V3 = make_doc("bai", title="C", text="ba").model_copy(update={"version": 3})
URL = "https://example.vn/bai"


def _catchup(copies: list[Copied], existing: dict[str, Stored]) -> list[tuple[dict, dict | None]]:
    def source(d: IndexedDocument, urls: list[str], at: str) -> dict:
        return to_source(d, urls=urls, stored_at=at, copy_of="new")

    actions, _ = catchup_actions(copies, existing, "new", source)
    return _expanded(actions)


def test_catch_up_never_overwrites_a_version_written_after_the_switch() -> None:
    after_switch = Stored(doc=V3, urls=[URL], seq_no=4, primary_term=1, stored_at=AFTER)
    actions, skipped = catchup_actions([Copied(V2, [URL], BEFORE)], {V2.id: after_switch}, "new", None)
    assert actions == [] and skipped == [V2.id]
    # even when the writer planned on the first pass's copy and its record version is the lower one
    lower = Stored(doc=V2, urls=[URL], seq_no=4, primary_term=1, stored_at=AFTER)
    assert catchup_actions([Copied(V3, [URL], BEFORE)], {V3.id: lower}, "new", None)[0] == []


def test_catch_up_replaces_the_first_pass_copy_guarded_by_its_sequence_number() -> None:
    first_pass = Stored(doc=A1, urls=[URL], seq_no=7, primary_term=2, stored_at=AFTER, copied=True)
    ((head, body),) = _catchup([Copied(V2, [URL, f"{URL}?p=1"], BEFORE)], {A1.id: first_pass})
    assert head == {"index": {"_id": A1.id, "_index": "new", "if_seq_no": 7, "if_primary_term": 2}}
    assert body["version"] == 2 and body["title"] == "B" and body["stored_at"] == BEFORE
    assert body["urls"] == [URL, f"{URL}?p=1"] and body["reindex_copy"] == "new"


def test_catch_up_creates_ids_the_new_index_lacks_and_leaves_identical_copies() -> None:
    same = Stored(doc=V2, urls=[URL], seq_no=1, primary_term=1, stored_at=BEFORE, copied=True)
    ((head, body),) = _catchup([Copied(B1, [URL], BEFORE), Copied(V2, [URL], BEFORE)], {V2.id: same})
    assert head == {"create": {"_id": B1.id, "_index": "new"}} and body["version"] == 1


# -- highlights (computed client-side for Elasticsearch hits) ----------------------------------------------


def test_highlight_marks_folded_matches_with_original_accents() -> None:
    text = base_docs()["qd"].document.text
    snippet = highlight(text, ["quyet", "dinh", "26", "2023"])
    assert "<b>Quyết</b> <b>định</b> số <b>26</b>/<b>2023</b>/QĐ-UBND" in snippet
    assert "<b>đồng</b>" in highlight(base_docs()["copper"].document.text, ["dong"])


def test_highlight_picks_the_window_with_most_matches() -> None:
    text = "thép " + "x " * 300 + "đồng đồng đồng kết thúc"
    snippet = highlight(text, ["dong", "thep"], max_chars=60)
    assert snippet.count("<b>đồng</b>") == 3 and "thép" not in snippet and len(snippet) < 120
