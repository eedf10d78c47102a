"""Page extraction on every page of the bundled sample site, checked against its manifest."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
import yaml

from crawlers.sample_site import EXPECTED_FILE, SITE_ROOT
from extract import Document, extract_document
from extract.page import decode_html

BASE = "http://127.0.0.1:8765"
with open(EXPECTED_FILE, encoding="utf-8") as _fh:
    PAGES = [p for p in yaml.safe_load(_fh)["pages"] if p["kind"] in ("article", "decision", "listing")]
CONTENT = [p for p in PAGES if p["kind"] in ("article", "decision")]


def load(path: str) -> Document:
    raw = (SITE_ROOT / path.lstrip("/")).read_bytes().replace(b"{{BASE}}", BASE.encode())
    return extract_document(decode_html(raw, "text/html"), url=BASE + path)


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {p["path"]: load(p["path"]) for p in PAGES}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p["path"].rsplit("/", 1)[-1][:40])
def test_page_kind_is_recognised(page: dict[str, Any], documents: dict[str, Document]) -> None:
    assert documents[page["path"]].kind == page["kind"]


@pytest.mark.parametrize("page", CONTENT, ids=lambda p: p["path"].rsplit("/", 1)[-1][:40])
def test_title_and_published_time_in_vietnam_time(
    page: dict[str, Any], documents: dict[str, Document]
) -> None:
    doc = documents[page["path"]]
    assert doc.title == page["title"]
    assert doc.published == page["published"]


@pytest.mark.parametrize("page", [p for p in CONTENT if p.get("lead")], ids=lambda p: p["path"][-40:])
def test_lead_is_kept_as_the_first_paragraph(page: dict[str, Any], documents: dict[str, Document]) -> None:
    doc = documents[page["path"]]
    assert doc.lead == page["lead"]
    assert doc.text.startswith(page["lead"])


@pytest.mark.parametrize("page", CONTENT, ids=lambda p: p["path"].rsplit("/", 1)[-1][:40])
def test_text_is_nfc_without_related_article_boxes(
    page: dict[str, Any], documents: dict[str, Document]
) -> None:
    text = documents[page["path"]].text
    assert unicodedata.is_normalized("NFC", text)
    for box_heading in ("Tin liên quan", "Tin cùng chuyên mục", "Đọc nhiều"):
        assert box_heading not in text


@pytest.mark.parametrize(
    "page", [p for p in CONTENT if p["kind"] == "decision"], ids=lambda p: p["path"][-40:]
)
def test_decision_metadata_is_the_pages_own(page: dict[str, Any], documents: dict[str, Document]) -> None:
    meta = documents[page["path"]].decision
    want = page["decision_meta"]
    assert meta is not None
    got = meta.model_dump()
    for field in ("number", "doc_type", "issuer", "signer", "issued", "effective", "status"):
        assert got[field] == want[field], field
    assert BASE + want["attachment"] in meta.attachments


def test_news_pages_have_no_decision_metadata(documents: dict[str, Document]) -> None:
    assert all(documents[p["path"]].decision is None for p in CONTENT if p["kind"] == "article")


def test_canonical_url_comes_from_rel_canonical_and_drops_tracking(documents: dict[str, Document]) -> None:
    (page,) = [p for p in CONTENT if p.get("tracking_duplicate_url")]
    doc = extract_document(
        decode_html((SITE_ROOT / page["path"].lstrip("/")).read_bytes().replace(b"{{BASE}}", BASE.encode())),
        url=BASE + page["tracking_duplicate_url"],
    )
    assert doc.canonical_url == BASE + page["path"]
    assert doc.url == BASE + page["tracking_duplicate_url"]


def test_nfd_page_extracts_like_nfc(documents: dict[str, Document]) -> None:
    (page,) = [p for p in CONTENT if p.get("nfd")]
    raw = (SITE_ROOT / page["path"].lstrip("/")).read_text(encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", raw)  # the fixture really is NFD
    nfc_html = unicodedata.normalize("NFC", raw).replace("{{BASE}}", BASE)
    from_nfc = extract_document(nfc_html, url=BASE + page["path"])
    from_nfd = documents[page["path"]]
    assert from_nfd.model_dump() == from_nfc.model_dump()


def _scores(found: set[Any], wanted: set[Any], totals: list[int]) -> None:
    totals[0] += len(found & wanted)
    totals[1] += len(found)
    totals[2] += len(wanted)


def test_first_version_tagging_floors_on_the_sample_site(documents: dict[str, Document]) -> None:
    """Precision/recall over the manifest, pinned at what the taggers measure (issue 5 raised them)."""
    totals: dict[str, list[int]] = {k: [0, 0, 0] for k in ("decisions", "money", "firms", "provinces")}
    for page in CONTENT:
        tags = documents[page["path"]].tags
        _scores({d.number for d in tags.decisions}, set(page["decisions"]), totals["decisions"])
        _scores(
            {(m.amount, m.currency) for m in tags.money}, {tuple(m) for m in page["money"]}, totals["money"]
        )
        # the mentions that write their legal form (a bare mention of the firm, by its name or a short one
        # such as "Orbitek" of "Công nghệ Orbitek", carries its form; the manifest lists what the page writes)
        written = {
            f.mention
            for f in tags.firms
            if f.legal_form and f.mention != f.name and not f.name.endswith(f.mention)
        }
        _scores(written, set(page["firms"]), totals["firms"])
        _scores(
            {p.name for p in tags.provinces},
            {_province_name(p) for p in page["provinces"]},
            totals["provinces"],
        )
    floors = {"decisions": (1.0, 1.0), "money": (0.97, 1.0), "firms": (1.0, 1.0), "provinces": (1.0, 1.0)}
    for kind, (tp, found, wanted) in totals.items():
        precision, recall = tp / max(found, 1), tp / max(wanted, 1)
        p_floor, r_floor = floors[kind]
        assert precision >= p_floor and recall >= r_floor, f"{kind}: P={precision:.2f} R={recall:.2f}"


def _province_name(written: str) -> str:
    from extract.tag.places import province_table

    surface, _current, _rx = province_table()
    return surface.get(written, written)


def test_trafilatura_reads_the_parsed_tree_as_it_reads_the_html_string() -> None:
    """extract/page.py parses each page once and hands the tree to trafilatura; pin that this gives what
    trafilatura makes of the HTML string (a trafilatura upgrade that changes it fails here)."""
    import trafilatura

    from extract.page import parse_html

    options: dict[str, Any] = {
        "with_metadata": True,
        "include_comments": False,
        "include_tables": True,
        "date_extraction_params": {"extensive_search": False, "original_date": True},
    }
    for page in PAGES:
        raw = (SITE_ROOT / page["path"].lstrip("/")).read_bytes().replace(b"{{BASE}}", BASE.encode())
        html = unicodedata.normalize("NFC", decode_html(raw, "text/html"))
        from_string = trafilatura.bare_extraction(html, url=BASE + page["path"], **options)
        from_tree = trafilatura.bare_extraction(parse_html(html), url=BASE + page["path"], **options)
        for field in ("title", "text", "date", "author"):
            assert getattr(from_tree, field) == getattr(from_string, field), (page["path"], field)
