"""CNHT relevance: a score per document from the term set in extract/data/relevance.yaml; nothing dropped."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest

from crawlers.sample_site import SITE_ROOT
from extract.models import Document
from extract.page import decode_html, extract_document
from extract.relevance import TermSet, load_terms, relevance_score, term_counts


def sample_document(page: dict[str, Any]) -> Document:
    body = (SITE_ROOT / page["path"].lstrip("/")).read_bytes()
    return extract_document(decode_html(body), url="http://127.0.0.1:8765" + page["path"])


@pytest.fixture(scope="module")
def scored(expected: dict[str, Any]) -> dict[str, tuple[Document, dict[str, Any]]]:
    pages = [p for p in expected["pages"] if p["kind"] in ("article", "decision")]
    return {p["path"]: (sample_document(p), p) for p in pages}


def test_the_off_topic_sample_page_scores_clearly_below_every_cnht_article(scored) -> None:
    off = [doc.relevance for doc, page in scored.values() if page.get("off_topic")]
    on = [
        doc.relevance
        for doc, page in scored.values()
        if page["kind"] == "article" and not page.get("off_topic")
    ]
    assert len(off) == 1 and len(on) >= 10
    assert off[0] is not None and all(r is not None for r in on)
    assert off[0] < 0.1 and min(on) >= 0.5  # type: ignore[type-var]


def test_articles_and_decisions_carry_a_score_and_nothing_is_dropped_for_low_relevance(scored) -> None:
    for doc, page in scored.values():
        assert doc.kind == page["kind"] and doc.relevance is not None and 0 <= doc.relevance < 1
    off_topic = next(doc for doc, page in scored.values() if page.get("off_topic"))
    assert off_topic.kind == "article" and off_topic.title and off_topic.text  # still a full document


def test_listing_pages_have_no_score(expected: dict[str, Any]) -> None:
    listing = next(p for p in expected["pages"] if p["kind"] == "listing")
    assert sample_document(listing).relevance is None


def test_relevance_is_additive_to_the_document_json() -> None:
    dumped = Document(url="u", canonical_url="u", kind="other").model_dump(mode="json")
    keys = list(dumped)
    assert keys.index("relevance") > keys.index("tags")  # appended after the original fields
    assert dumped["relevance"] is None
    assert Document.model_validate({k: v for k, v in dumped.items() if k != "relevance"}).relevance is None


def test_matching_ignores_accents_case_old_tone_marks_and_nfd() -> None:
    forms = ["Nội địa hoá linh kiện", "nội địa hóa LINH KIỆN", "noi dia hoa linh kien"]
    forms.append(unicodedata.normalize("NFD", forms[0]))
    assert len({relevance_score(None, f) for f in forms}) == 1
    assert term_counts(forms[-1]) == {"nội địa hóa": 1, "linh kiện, phụ tùng": 1}


def test_the_decree_and_its_successors_count_in_any_spelling() -> None:
    text = "Theo Nghị định số 111/2015/ND-CP, Nghị định 205/2025/NĐ-CP và Nghị quyết 115/NQ-CP"
    assert term_counts(text) == {"Nghị định 111/2015/NĐ-CP và văn bản sửa đổi, hướng dẫn": 3}


def test_more_and_title_mentions_score_higher_with_diminishing_returns() -> None:
    once = relevance_score(None, "công nghiệp hỗ trợ")
    twice = relevance_score(None, "công nghiệp hỗ trợ, công nghiệp hỗ trợ")
    thrice = relevance_score(None, "công nghiệp hỗ trợ, công nghiệp hỗ trợ, công nghiệp hỗ trợ")
    titled = relevance_score("Công nghiệp hỗ trợ", "công nghiệp hỗ trợ")
    assert 0 < once < twice < thrice < 1 and twice - once > thrice - twice
    assert titled > once


def test_weights_are_data(tmp_path: Path) -> None:
    custom = tmp_path / "terms.yaml"
    custom.write_text(
        "scale: 1.0\ngroups:\n  - {name: lễ hội, weight: 5, terms: [lễ hội]}\n", encoding="utf-8"
    )
    terms: TermSet = load_terms(custom)
    assert relevance_score(None, "Lễ hội mùa xuân", terms) == 0.993
    assert relevance_score(None, "công nghiệp hỗ trợ", terms) == 0.0
