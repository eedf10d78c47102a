"""URL canonicalisation: one article is one URL, whatever tracking parameters a link carried."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only say where a click came from. Everything else is kept: on many Vietnamese
# portals the query string *is* the page identity (`?ItemID=1234`, `?id=...`).
TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "zarsrc", "zalo_", "_ga", "mc_", "ref_src")
TRACKING_EXACT = frozenset({"fbclid", "gclid", "zarsrc", "ref", "source", "cmpid", "itm_source"})


def is_tracking_param(name: str) -> bool:
    lower = name.lower()
    return lower in TRACKING_EXACT or lower.startswith(TRACKING_PREFIXES)


def canonicalize(url: str) -> str:
    """Strip tracking parameters and the fragment, lower-case scheme and host, sort the rest.

    >>> canonicalize("HTTP://Example.VN/tin/a.html?utm_source=zalo&utm_medium=social#top")
    'http://example.vn/tin/a.html'
    >>> canonicalize("http://example.vn/doc.aspx?ItemID=12&fbclid=x&b=2")
    'http://example.vn/doc.aspx?ItemID=12&b=2'
    """
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    query.sort()
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))


def host_in_domains(host: str, domains: list[str]) -> bool:
    """Whether `host` is one of `domains` or a subdomain of one, as Scrapy's offsite filter reads
    `allowed_domains`.

    >>> domains = ["hanoi.gov.vn"]
    >>> host_in_domains("files.hanoi.gov.vn", domains), host_in_domains("HANOI.gov.vn", domains)
    (True, True)
    >>> host_in_domains("nothanoi.gov.vn", domains), host_in_domains("", domains)
    (False, False)
    """
    host = host.lower().rstrip(".")
    return bool(host) and any(host == d or host.endswith("." + d) for d in (x.lower() for x in domains))


def is_robots_url(url: str) -> bool:
    """Whether `url` names a robots.txt file (at any depth: `robots_url_problem` says where it may be).

    >>> is_robots_url("https://a.vn/robots.txt"), is_robots_url("https://a.vn/tin/robots.txt?x=1")
    (True, True)
    >>> is_robots_url("https://a.vn/sitemap.xml"), is_robots_url("https://a.vn/robots.txt.html")
    (False, False)
    """
    return urlsplit(url.strip()).path.rsplit("/", 1)[-1].lower() == "robots.txt"


def robots_url_problem(url: str) -> str | None:
    """What is wrong with a robots.txt URL given as discovery, None when nothing is. A site's robots.txt
    sits at its root (RFC 9309, 2.3): one elsewhere is no crawler's robots.txt.

    >>> robots_url_problem("https://a.vn/robots.txt") is None
    True
    >>> robots_url_problem("https://a.vn/tin/robots.txt")
    "robots.txt is read at a site's root only: write 'https://a.vn/robots.txt'"
    >>> robots_url_problem("https://a.vn/robots.txt?v=2")
    "robots.txt is read at a site's root only: write 'https://a.vn/robots.txt'"
    """
    parts = urlsplit(url.strip())
    if parts.path == "/robots.txt" and not parts.query:
        return None
    return f"robots.txt is read at a site's root only: write '{parts.scheme}://{parts.netloc}/robots.txt'"


FETCHED_SCHEMES = ("http", "https")  # the only schemes the crawler ever asks for


def link_refused(url: str, domains: list[str]) -> str | None:
    """Why a discovered link is not requested, None when it may be: a scheme other than http(s) (a
    `file:` link would read the crawling machine's own disk), no host, or a host outside `domains`
    (the source's allowed hosts; an empty list allows every host). The reason is what crawl health
    counts under `links_dropped`.

    >>> link_refused("https://tin.a.vn/x.html", ["a.vn"]) is None
    True
    >>> [link_refused(u, ["a.vn"]) for u in ("file:///etc/passwd", "FILE://a.vn/p", "javascript:x()")]
    ['scheme file', 'scheme file', 'scheme javascript']
    >>> link_refused("//a.vn/x", ["a.vn"]), link_refused("http:///x", ["a.vn"])
    ('scheme (none)', 'no host')
    >>> link_refused("https://other.vn/x.html", ["a.vn"]), link_refused("https://other.vn/x", [])
    ('offsite host', None)
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in FETCHED_SCHEMES:
        return f"scheme {scheme or '(none)'}"
    try:
        host = parts.hostname or ""
    except ValueError:  # an unbalanced "[" in the netloc
        return "no host"
    if not host:
        return "no host"
    if domains and not host_in_domains(host, domains):
        return "offsite host"
    return None
