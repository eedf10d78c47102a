"""A page and the same page wrapped in 150-400 KB of chrome (benchmarks/heavy_pages.py: a paper's, a
portal's and a listing's menus, ~200 related links, scripts, ads, comments, login notices, a footer with
the paper's licence number) give the same document: same kind, text, title, lead, dates and tags."""

from __future__ import annotations

import pytest

from benchmarks.extraction import learn_templates, site_of
from benchmarks.heavy_pages import HeavyPage, heavy_corpus
from extract import Document, extract_document

CORPUS = heavy_corpus()


@pytest.fixture(scope="module")
def extracted() -> dict[str, tuple[Document, Document]]:
    return {
        p.url: (extract_document(p.light, url=p.url), extract_document(p.heavy, url=p.url)) for p in CORPUS
    }


def test_corpus_has_every_template_at_real_weight() -> None:
    assert {p.template for p in CORPUS} == {"paper", "portal", "listing"}
    assert all(150_000 <= len(p.heavy) <= 400_000 for p in CORPUS)
    assert sum(p.heavy.count("<a ") for p in CORPUS) / len(CORPUS) >= 200  # related links, menus


@pytest.mark.parametrize("page", CORPUS, ids=lambda p: p.url.rsplit("/", 1)[-1][:40])
def test_heavy_page_gives_the_light_page_document(
    page: HeavyPage, extracted: dict[str, tuple[Document, Document]]
) -> None:
    light, heavy = extracted[page.url]
    assert light.kind == page.kind  # listings stay listings, articles do not become decisions
    assert heavy.kind == light.kind
    assert heavy.text == light.text
    assert (heavy.title, heavy.lead, heavy.published, heavy.updated) == (
        light.title,
        light.lead,
        light.published,
        light.updated,
    )
    assert heavy.tags == light.tags
    assert heavy.captions == light.captions
    assert (heavy.decision and heavy.decision.number) == (light.decision and light.decision.number)


def test_a_paper_licence_number_in_an_unnamed_footer_does_not_make_a_decision(
    extracted: dict[str, tuple[Document, Document]],
) -> None:
    papers = [p for p in CORPUS if p.template == "paper" and '<div id="bottom">' in p.heavy]
    assert papers and all("Giấy phép số: " in p.heavy for p in papers)
    for page in papers:
        assert extracted[page.url][1].kind == "article"


def test_learnt_site_templates_keep_heavy_and_light_alike_and_take_no_body_text() -> None:
    """Each sample site's template learnt from its own pages, light from light and heavy from heavy, as
    the extract stage learns it from a source's archive: the documents stay equal, and the templates take
    nothing from the sample site's bodies ("Căn cứ ...", "Nơi nhận:" and metadata rows repeat on every
    decision of the portal, and stay)."""
    light_t = learn_templates([(p.url, p.light) for p in CORPUS])
    heavy_t = learn_templates([(p.url, p.heavy) for p in CORPUS])
    assert all(t.lines for t in heavy_t.values())
    for page in CORPUS:
        plain = extract_document(page.light, url=page.url)
        light = extract_document(page.light, url=page.url, template=light_t[site_of(page.url)])
        heavy = extract_document(page.heavy, url=page.url, template=heavy_t[site_of(page.url)])
        assert (light.kind, light.text, light.decision) == (plain.kind, plain.text, plain.decision), page.url
        assert (heavy.kind, heavy.text, heavy.tags) == (light.kind, light.text, light.tags), page.url
