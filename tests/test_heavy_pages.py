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


PROSE = (
    "Công ty TNHH Cơ khí Minh Phát khánh thành nhà xưởng thứ hai tại cụm công nghiệp, nâng công suất "
    "gia công chi tiết máy lên gấp đôi và tuyển thêm hai trăm lao động địa phương trong năm nay."
)


def test_chrome_named_blocks_go_but_an_article_in_a_widget_named_block_stays() -> None:
    html = (
        "<html><body><div class='mega-menu'><a href='/a'>Kinh tế</a><a href='/b'>Xã hội</a></div>"
        "<h1>Nhà xưởng mới ở cụm công nghiệp</h1><div class='elementor-widget-container'>"
        f"<p>{PROSE}</p><p>{PROSE.replace('hai trăm', 'ba trăm')}</p></div>"
        "<div class='box-doc-nhieu'><a href='/c'>Tin đọc nhiều</a></div>"
        "<div class='cmt_list'><div class='comment-item'>Bình luận của bạn đọc</div></div></body></html>"
    )
    doc = extract_document(html, url="https://bao.example.vn/tin/1.html")
    assert doc.kind == "article" and doc.title == "Nhà xưởng mới ở cụm công nghiệp"
    assert PROSE in doc.text
    assert not any(s in doc.text for s in ("Kinh tế", "Tin đọc nhiều", "Bình luận"))


def test_a_listing_of_plain_link_lists_in_heavy_chrome_stays_a_listing() -> None:
    items = "".join(f"<li><a href='/tin/{i}.html'>Tin số {i} về cụm công nghiệp</a></li>" for i in range(20))
    footer = f"<div id='bottom'><p>{PROSE}</p></div>"  # one long paragraph of chrome, unnamed
    html = f"<html><body><h1>Kinh tế</h1><ul class='list'>{items}</ul>{footer}</body></html>"
    assert extract_document(html, url="https://bao.example.vn/kinh-te/").kind == "listing"
