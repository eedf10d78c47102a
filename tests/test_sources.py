"""The sources registry: valid files load, invalid ones fail with a message naming the bad field."""

from __future__ import annotations

import pytest

from crawlers.sample_site import SOURCES_FILE
from crawlers.sources import SourcesError, load_sources, parse_sources

VALID = """
sources:
  - id: tin-a
    name: Tin A
    province: Hải Dương
    kind: news
    discovery: {type: feed, urls: ["{base}/rss.xml"]}
"""


def test_sample_registry_loads_with_base_substituted() -> None:
    registry = load_sources(SOURCES_FILE, {"base": "http://127.0.0.1:9"})
    assert {s.id for s in registry.sources} == {
        "haiduong-news",
        "quangninh-news",
        "hcm-news",
        "bacninh-vanban",
    }
    assert all(u.startswith("http://127.0.0.1:9/") for s in registry.sources for u in s.discovery.urls)
    assert {s.discovery.type for s in registry.sources} == {"feed", "sitemap", "listing"}


def test_allowed_domains_default_to_start_url_hosts() -> None:
    source = parse_sources(VALID, variables={"base": "https://tin-a.example.vn"}).sources[0]
    assert source.domains() == ["tin-a.example.vn"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("kind: news", "kind: blog"), "source 'tin-a': kind"),
        (("type: feed", "type: listing"), "needs `links`"),
        (("id: tin-a", "id: Tin A!"), "source 'Tin A!': id"),
        (("province: Hải Dương", "provnce: Hải Dương"), "provnce"),
        (('urls: ["{base}/rss.xml"]', "urls: []"), "discovery.urls"),
        (("kind: news", "kind: news\n    selectors: {headline: h1}"), "source 'tin-a': selectors.headline"),
        (("kind: news", "kind: news\n    selectors: {body: 'div['}"), "selectors: Value error, invalid CSS"),
        (("kind: news", "kind: news\n    selectors: {title: ''}"), "source 'tin-a': selectors"),
        (("kind: news", "kind: news\n    selectors: [h1]"), "source 'tin-a': selectors"),
        (
            ("kind: news", "kind: news\n    attachment_domains: [cdn.tin-a.vn]"),
            "source 'tin-a': attachment_domains: Value error, only `kind: decisions` sources fetch",
        ),
        (
            ("kind: news", "kind: decisions\n    attachment_domains: ['https://cdn.tin-a.vn/files/']"),
            "attachment_domains: Value error, 'https://cdn.tin-a.vn/files/' is not a domain: write the host"
            " alone, e.g. 'cdn.tin-a.vn'",
        ),
        (
            ("kind: news", "kind: decisions\n    attachment_domains: ['cdn.tin-a.vn:8080']"),
            "is not a domain: write the host alone, e.g. 'cdn.tin-a.vn'",
        ),
        (
            ("kind: news", "kind: decisions\n    attachment_domains: cdn.vn"),
            "attachment_domains: Input should",
        ),
        (
            ('urls: ["{base}/rss.xml"]', 'urls: ["https://tin-a.vn/robots.txt"]'),
            "source 'tin-a': discovery.urls: Value error, 'https://tin-a.vn/robots.txt': a robots.txt is read"
            " for its sitemaps: use `type: sitemap`",
        ),
        (
            (
                '{type: feed, urls: ["{base}/rss.xml"]}',
                '{type: sitemap, urls: ["https://tin-a.vn/tin/robots.txt"]}',
            ),
            "discovery.urls: Value error, 'https://tin-a.vn/tin/robots.txt': robots.txt is read at a site's"
            " root only: write 'https://tin-a.vn/robots.txt'",
        ),
    ],
)
def test_invalid_source_error_names_the_field(change: tuple[str, str], message: str) -> None:
    with pytest.raises(SourcesError) as info:
        parse_sources(VALID.replace(*change), origin="x.yaml")
    assert message in str(info.value)
    assert str(info.value).startswith("x.yaml: ")


def test_duplicate_ids_are_refused() -> None:
    doubled = VALID + VALID.split("sources:\n", 1)[1]
    with pytest.raises(SourcesError, match="duplicate source id"):
        parse_sources(doubled)


def test_missing_file_and_bad_yaml_are_readable_errors(tmp_path) -> None:
    with pytest.raises(SourcesError, match="cannot read sources file"):
        load_sources(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources: [", encoding="utf-8")
    with pytest.raises(SourcesError, match="not valid YAML"):
        load_sources(bad)


def test_site_selectors_load_with_the_five_keys() -> None:
    rules = (
        "kind: news\n    selectors: {title: h1.title, lead: p.sapo, body: div.detail, published: span.date,"
    )
    rules += " remove: '.ads, .related'}"
    source = parse_sources(VALID.replace("kind: news", rules)).sources[0]
    assert source.selectors == {
        "title": "h1.title",
        "lead": "p.sapo",
        "body": "div.detail",
        "published": "span.date",
        "remove": ".ads, .related",
    }
    assert parse_sources(VALID).sources[0].selectors is None


def test_attachment_domains_load_lower_cased_on_decision_sources() -> None:
    declared = "kind: decisions\n    attachment_domains: [CDN.Tin-A.vn, files.example.com.vn]"
    source = parse_sources(VALID.replace("kind: news", declared)).sources[0]
    assert source.attachment_domains == ["cdn.tin-a.vn", "files.example.com.vn"]
    assert parse_sources(VALID).sources[0].attachment_domains == []


def test_a_sitemap_source_may_name_the_robots_txt_that_lists_its_sitemaps() -> None:
    declared = '{type: sitemap, urls: ["{base}/robots.txt", "{base}/news-sitemap.xml.gz"]}'
    text = VALID.replace('{type: feed, urls: ["{base}/rss.xml"]}', declared)
    source = parse_sources(text, variables={"base": "https://tin-a.example.vn"}).sources[0]
    assert source.discovery.urls == [
        "https://tin-a.example.vn/robots.txt",
        "https://tin-a.example.vn/news-sitemap.xml.gz",
    ]
    assert source.domains() == ["tin-a.example.vn"]
