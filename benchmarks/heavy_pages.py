"""A benchmark corpus at real weight: the sample site's pages wrapped in the chrome real pages carry.

Real Vietnamese provincial papers and government portals serve 150-400 KB per page, most of it around the
article: a mega-menu, some 200 related links in boxes (related, same section, most read, newest), inline
scripts and styles, ad slots, a comments block with a login notice, a poll, and a long footer with the
paper's licence number. This module writes such pages around the sample site's own article, decision and
listing bodies (crawlers/sample_site/site), deterministically (one seed per URL), with every string made
up here: no real site's HTML and no sentence from a real page.

Three templates, chosen by the page's kind and source:
- `paper`: a provincial paper's article page (news sources);
- `portal`: a government portal's legal-document page (the decisions source and its registers);
- `listing`: a paper's section page (news listing pages).

    >>> pages = heavy_corpus()
    >>> len(pages) == len(sample_pages()) and all(150_000 <= len(p.heavy) <= 400_000 for p in pages)
    True
    >>> heavy_corpus()[0].heavy == pages[0].heavy  # deterministic
    True

Run `python -m benchmarks.heavy_pages OUT_DIR` to write the corpus to disk (for profiling by hand).
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from crawlers.sample_site import EXPECTED_FILE, SITE_ROOT

BASE = "http://127.0.0.1:8765"
MIN_BYTES, MAX_BYTES = 150_000, 390_000

_SECTIONS = [
    "Thời sự",
    "Chính trị",
    "Kinh tế",
    "Xã hội",
    "Pháp luật",
    "Văn hóa",
    "Giáo dục",
    "Y tế",
    "Thể thao",
    "Quốc tế",
    "Nông nghiệp",
    "Du lịch",
    "Bạn đọc",
    "Multimedia",
    "Video",
    "Podcast",
    "E-magazine",
]
_SUBSECTIONS = [
    "Đầu tư",
    "Doanh nghiệp",
    "Thị trường",
    "Tài chính",
    "Bất động sản",
    "Khởi nghiệp",
    "Giao thông",
    "Đô thị",
    "Môi trường",
    "Lao động",
    "An ninh",
    "Tòa án",
    "Văn nghệ",
    "Di sản",
    "Bóng đá",
    "Sức khỏe",
    "Tuyển sinh",
    "Khoa học",
    "Chuyển đổi số",
    "Xây dựng Đảng",
    "Nông thôn mới",
    "Người tốt việc tốt",
]
_PLACES = [
    "Thanh Miện",
    "Ninh Giang",
    "Gia Lộc",
    "Tứ Kỳ",
    "Cẩm Giàng",
    "Bình Giang",
    "Kim Thành",
    "Thanh Hà",
    "Nam Sách",
    "Chí Linh",
    "Kinh Môn",
    "Đông Triều",
    "Uông Bí",
    "Cẩm Phả",
    "Tiên Du",
    "Quế Võ",
    "Yên Phong",
]
_SUBJECTS = [
    "Nông dân",
    "Học sinh",
    "Đoàn viên thanh niên",
    "Cựu chiến binh",
    "Hội phụ nữ",
    "Trường tiểu học",
    "Bệnh viện đa khoa",
    "Câu lạc bộ dưỡng sinh",
    "Hợp tác xã",
    "Công an xã",
    "Đội tuyển bóng chuyền",
    "Nhà văn hóa thôn",
    "Làng nghề gốm",
    "Chợ đầu mối",
    "Trạm y tế",
]
_ACTIONS = [
    "ra quân dọn vệ sinh môi trường",
    "tổ chức lễ hội truyền thống",
    "đón nhận bằng khen",
    "khánh thành công trình mới",
    "tập huấn phòng cháy chữa cháy",
    "trao quà cho hộ khó khăn",
    "giành giải nhất hội thi",
    "chuẩn bị cho mùa thu hoạch",
    "ứng dụng công nghệ vào sản xuất",
    "tổ chức giải chạy việt dã",
    "tiếp nhận thiết bị y tế",
    "phát động phong trào thi đua",
]
_TAILS = [
    "",
    " năm nay",
    " dịp cuối tuần",
    " trước mùa mưa bão",
    " sau ba năm chuẩn bị",
    " với hàng trăm người tham gia",
]
_COMMENT_NAMES = ["Minh Anh", "Bạn đọc Tuấn", "Hoàng Lan", "Nguyễn Hùng", "Thu Trang", "Đức Long", "Mai Hoa"]
_COMMENT_PHRASES = [
    "Bài viết rất hay và bổ ích",
    "mong tòa soạn tiếp tục theo dõi vấn đề này",
    "ở quê tôi cũng có tình trạng tương tự nhưng chưa được giải quyết",
    "đề nghị chính quyền địa phương sớm vào cuộc",
    "cảm ơn phóng viên đã phản ánh kịp thời",
    "tôi đã đọc đi đọc lại nhiều lần",
    "hy vọng sẽ có thêm nhiều bài viết như thế này",
    "người dân chúng tôi rất phấn khởi khi nghe tin",
    "không biết bao giờ thì triển khai trên thực tế",
]
_DOC_TYPES = [
    ("Quyết định", "QĐ-UBND"),
    ("Kế hoạch", "KH-UBND"),
    ("Công văn", "UBND-KT"),
    ("Chỉ thị", "CT-UBND"),
]
_DOC_TOPICS = [
    "về việc phê duyệt danh mục dự án",
    "ban hành quy chế phối hợp",
    "về công tác phòng, chống thiên tai",
    "triển khai chương trình chuyển đổi số",
    "về việc điều chỉnh quy hoạch sử dụng đất",
    "về công tác cải cách hành chính",
    "tổ chức kỳ thi tuyển công chức",
    "về việc kiện toàn ban chỉ đạo",
]


@dataclass(frozen=True)
class HeavyPage:
    url: str
    kind: str  # the kind the sample site's manifest gives the page
    template: str  # paper, portal or listing
    light: str  # the page as shipped
    heavy: str  # the same page wrapped in chrome


def sample_pages() -> list[tuple[str, str, str, str]]:
    """(url, html, kind, source) of every article, decision and listing page of the sample site."""
    with open(EXPECTED_FILE, encoding="utf-8") as fh:
        manifest = yaml.safe_load(fh)["pages"]
    out = []
    for page in manifest:
        if page["kind"] not in ("article", "decision", "listing"):
            continue
        raw = (SITE_ROOT / page["path"].lstrip("/")).read_text(encoding="utf-8").replace("{{BASE}}", BASE)
        out.append((BASE + page["path"], raw, page["kind"], page["source"]))
    return out


def _headline(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_PLACES)} {rng.choice(_ACTIONS)}{rng.choice(_TAILS)}"


def _slug(rng: random.Random) -> str:
    return "-".join(
        rng.choice(["tin", "moi", "xa", "huyen", "le", "hoi", "dan", "sinh", "nam"]) for _ in range(6)
    )


_ICON = (
    '<svg class="ic" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path d="M{0} {1}l{2} {3}'
    'h-{4}v{5}z"/></svg>'
)


def _link(rng: random.Random, host_path: str) -> str:
    title = _headline(rng)
    href = f"{host_path}/{_slug(rng)}-{rng.randrange(100000, 999999)}.html"
    icon = _ICON.format(*(rng.randrange(24) for _ in range(6)))
    return (
        f'<a class="link-news" data-medium="Item-{rng.randrange(99)}" data-id="{rng.randrange(10**7)}" '
        f'href="{href}" title="{title}">{icon}<span class="txt">{title}</span></a>'
    )


def _thumb(rng: random.Random, root: str) -> str:
    img = f"/img/{rng.randrange(2019, 2026)}/{rng.randrange(1, 13):02d}/{rng.randrange(10**6)}"
    return (
        f'<div class="thumb-art"><a class="thumb thumb-5x3" href="{root}/{_slug(rng)}.html"><picture>'
        f'<source data-srcset="{img}-w300.webp 1x, {img}-w600.webp 2x" type="image/webp">'
        '<img class="lazy" loading="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
        f'data-src="{img}.jpg" '
        'alt="" width="300" height="180"></picture></a></div>'
    )


def _menu(rng: random.Random, root: str) -> str:
    items = []
    for section in _SECTIONS:
        subs = rng.sample(_SUBSECTIONS, 6)
        sub_html = "".join(f'<li><a href="{root}/{_slug(rng)}">{s}</a></li>' for s in subs)
        items.append(
            f'<li class="menu-item has-sub"><a href="{root}/{_slug(rng)}">{section}</a>'
            f'<ul class="sub-menu">{sub_html}</ul></li>'
        )
    return f'<nav class="main-nav mega-menu" id="menu"><ul class="menu-lv1">{"".join(items)}</ul></nav>'


def _link_box(rng: random.Random, root: str, heading: str, cls: str, n: int, teasers: bool = False) -> str:
    items = []
    for _ in range(n):
        if teasers:
            teaser = f"{_headline(rng)}, {_headline(rng).lower()}."
            items.append(
                f'<div class="box-item item-news"><div class="inner">{_thumb(rng, root)}<div class="info">'
                f'<h3 class="box-title title-news">{_link(rng, root)}</h3><p class="box-sapo">{teaser}</p>'
                f'<div class="meta"><span class="cat">{rng.choice(_SUBSECTIONS)}</span></div>'
                "</div></div></div>"
            )
        else:
            items.append(
                f'<li class="item-news item-{rng.randrange(99)}"><div class="inner">{_thumb(rng, root)}'
                f'<h3 class="title-news">{_link(rng, root)}</h3></div></li>'
            )
    inner = "".join(items) if teasers else f"<ul>{''.join(items)}</ul>"
    return f'<div class="{cls}"><div class="box-heading"><h3>{heading}</h3></div>{inner}</div>'


def _ad(rng: random.Random, slot: str) -> str:
    return (
        f'<div class="ads-banner ad-slot" id="adsense-{slot}-{rng.randrange(1000)}">'
        f'<span class="ad-label">Quảng cáo</span><a href="https://ads.example.vn/click?id={rng.randrange(10**9)}">'
        f'<img src="https://ads.example.vn/b/{rng.randrange(10**6)}.gif" width="300" height="250" '
        'alt="Quảng cáo"></a>'
        f'<script>window.adq=window.adq||[];adq.push({{slot:"{slot}",z:{rng.randrange(10**6)}}});</script></div>'
    )


def _comments(rng: random.Random) -> str:
    items = []
    for _ in range(rng.randrange(6, 14)):
        phrases = rng.sample(_COMMENT_PHRASES, rng.randrange(1, 4))
        items.append(
            f'<li class="comment-item"><div class="comment-author">{rng.choice(_COMMENT_NAMES)}</div>'
            f'<div class="comment-time">{rng.randrange(1, 23)} giờ trước</div>'
            f'<p class="comment-content">{", ".join(phrases).capitalize()}.</p>'
            f'<a class="comment-reply" href="#">Trả lời</a> <a class="comment-like" href="#">Thích</a></li>'
        )
    return (
        '<section class="comment-box" id="comments"><h3 class="comment-title">Ý kiến bạn đọc</h3>'
        '<div class="login-notice">Bạn cần đăng nhập để gửi bình luận. '
        '<a href="/dang-nhap">Đăng nhập</a></div>'
        '<form class="comment-form"><textarea placeholder="Nhập bình luận của bạn"></textarea>'
        f'<button type="submit">Gửi bình luận</button></form><ul class="comment-list">{"".join(items)}</ul>'
        '<div class="login-notice">Bạn cần đăng nhập để thích bình luận.</div></section>'
    )


def _footer(rng: random.Random, name: str, org: str, licence: str) -> str:
    """The site's footer; on half the pages in <div>s no class names as a footer, as many CMSs write it,
    with the paper's licence number on a line of its own ("Giấy phép số: 123/GP-BTTTT ...")."""
    named = rng.random() < 0.5
    outer = (
        ('<footer class="site-footer" id="footer">', "</footer>")
        if named
        else ('<div id="bottom">', "</div>")
    )
    menu_cls, info_cls = ("footer-menu", "footer-info") if named else ("bottom-links", "bottom-text")
    links = "".join(f'<li><a href="/{_slug(rng)}">{s}</a></li>' for s in _SECTIONS)
    return (
        f'{outer[0]}<div class="{menu_cls}"><ul>{links}</ul></div>'
        f'<div class="{info_cls}"><p><strong>{name}</strong></p><p>{licence}.</p>'
        f"<p>Cơ quan chủ quản: {org}. Tổng biên tập: Nguyễn Văn Bình. "
        "Phó Tổng biên tập: Trần Thị Hạnh, "
        "Lê Quang Tùng. Tòa soạn: số 99 đường Trần Hưng Đạo, thành phố tỉnh lỵ. Điện thoại: 0220 3800 000. "
        "Đường dây nóng: 0912 000 000. Thư điện tử: toasoan@example.vn. "
        "Ghi rõ nguồn khi phát hành lại thông tin "
        "từ trang này; không sao chép khi chưa có sự đồng ý bằng văn bản của tòa soạn.</p>"
        f"<p>Bản quyền © {rng.randrange(2015, 2026)} {name}. Thiết kế bởi Trung tâm Dữ liệu tỉnh.</p>"
        '<div class="visitor-counter">Lượt truy cập: <b>'
        f"{rng.randrange(10**6, 10**8):,}</b> · Đang trực tuyến: <b>{rng.randrange(50, 900)}</b>"
        f"</div></div>{outer[1]}"
    )


def _script(rng: random.Random, size: int) -> str:
    """Inline JavaScript of about `size` bytes: a config object and handler functions, as CMSs emit."""
    parts = ["<script>window.__CMS_STATE__={menus:["]
    total = 0
    while total < size:
        name = _slug(rng).replace("-", "_")
        chunk = (
            f'{{id:{rng.randrange(10**6)},name:"{name}",href:"/{_slug(rng)}",order:{rng.randrange(99)}}},'
            f"function {name}(e){{var t=document.querySelectorAll('.{name}');for(var i=0;i<t.length;i++)"
            f"{{t[i].classList.toggle('open',e&&e.keyCode==={rng.randrange(9, 99)});}}return t.length;}};"
        )
        parts.append(chunk)
        total += len(chunk)
    parts.append("]};</script>")
    return "".join(parts)


def _style(rng: random.Random, rules: int) -> str:
    body = "".join(
        f".{_slug(rng)}{{margin:{rng.randrange(20)}px;padding:{rng.randrange(20)}px;color:#{rng.randrange(16**6):06x}}}"
        for _ in range(rules)
    )
    return f"<style>{body}</style>"


def _portal_widgets(rng: random.Random, root: str) -> str:
    docs = []
    for _ in range(rng.randrange(25, 40)):
        doc_type, code = rng.choice(_DOC_TYPES)
        number = f"{rng.randrange(10, 4000)}/{code}"
        docs.append(
            f'<li><a href="{root}/van-ban/{_slug(rng)}.html">'
            f"{doc_type} {number} {rng.choice(_DOC_TOPICS)}</a></li>"
        )
    return (
        '<div class="related-documents widget"><h3>Văn bản liên quan</h3>'
        f"<ul>{''.join(docs)}</ul></div>"
        '<div class="widget poll"><h3>Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về chất lượng dịch vụ công'
        ' trực tuyến?</p><label><input type="radio" name="p"> Tốt</label><label><input type="radio" name="p">'
        " Bình thường</label><button>Biểu quyết</button></div>"
    )


def _chrome(
    rng: random.Random, template: str, url: str, target: int, light_size: int
) -> tuple[str, str, str]:
    """(head, top, bottom) chrome for one page; the inline script pads the page to `target` bytes.

    The site-wide parts (top bar, menu, login notices, footer) are drawn from the site's own seed, so
    every page of a site shares them as real sites do; related boxes, comments and ads vary by page."""
    root = url.split("/", 4)
    host = "/".join(root[:3])
    site = random.Random(zlib.crc32("/".join(root[:4]).encode("utf-8")))
    if template == "portal":
        name, org = "Cổng thông tin điện tử tỉnh", "Ủy ban nhân dân tỉnh"
        licence = (
            f"Giấy phép số: {site.randrange(10, 99)}/GP-TTĐT ngày {site.randrange(1, 28)}/"
            f"{site.randrange(1, 12)}/2020 của Sở Thông tin và Truyền thông"
        )
    else:
        name, org = "Báo điện tử tỉnh", "Tỉnh ủy"
        licence = (
            f"Giấy phép số: {site.randrange(100, 999)}/GP-BTTTT ngày {site.randrange(1, 28)}/"
            f"{site.randrange(1, 12)}/2021 của Bộ Thông tin và Truyền thông"
        )
    top = [
        '<div class="top-bar"><span class="today">Thứ hai, ngày 1/12/2025</span>'
        '<div class="weather">Hà Nội 24°C</div><a class="login-link" href="/dang-nhap">Đăng nhập</a> | '
        '<a href="/dang-ky">Đăng ký</a></div>',
        f'<header class="header"><a class="logo" href="{host}/"><img src="/logo.png" alt="{name}"></a>'
        '<form class="search-form" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm">'
        "<button>Tìm</button>"
        "</form></header>",
        _menu(site, host),
        _ad(rng, "top"),
    ]
    if template == "portal":
        top.append(
            '<div class="login-notice">Đăng nhập để tải văn bản gốc và nhận thông báo văn bản mới. '
            '<a href="/dang-nhap">Đăng nhập</a></div>'
        )
    bottom = []
    if template == "paper":
        bottom += [
            _link_box(
                rng, host, "Tin liên quan", "related-news box-related", rng.randrange(8, 14), teasers=True
            ),
            _comments(rng),
            _link_box(rng, host, "Tin cùng chuyên mục", "box-category", rng.randrange(30, 50)),
        ]
    elif template == "portal":
        bottom.append(_portal_widgets(rng, host))
        bottom.append(
            '<div class="login-notice">Bạn cần đăng nhập để xem toàn văn và lịch sử hiệu lực '
            "của văn bản.</div>"
        )
    bottom += [
        _ad(rng, "middle"),
        '<aside class="sidebar">',
        _link_box(rng, host, "Đọc nhiều", "box-most-read", rng.randrange(20, 30)),
        _ad(rng, "right"),
        _link_box(rng, host, "Tin mới", "box-latest", rng.randrange(40, 60)),
        _link_box(rng, host, "Tiêu điểm", "box-focus", rng.randrange(10, 16), teasers=True),
        _link_box(rng, host, "Sự kiện nổi bật", "box-events", rng.randrange(30, 45)),
        "</aside>",
        _ad(rng, "bottom"),
        _footer(site, name, org, licence),
        '<div class="login-notice popup-login" style="display:none">Phiên đăng nhập đã hết hạn. '
        "Vui lòng đăng nhập lại.</div>",
    ]
    head = [
        '<meta name="google-site-verification" content="x-0000">',
        _style(rng, rng.randrange(250, 450)),
        '<script async src="https://www.googletagmanager.example/gtag.js"></script>',
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        "gtag('js',new Date());gtag('config','G-000000');</script>",
    ]
    # more boxes of links until about 70% of the target: real pages' weight is mostly markup
    more = []
    while light_size + sum(map(len, head + top + bottom + more)) < target * 0.7:
        more.append(
            _link_box(rng, host, rng.choice(_SUBSECTIONS), "box-category box-more", rng.randrange(8, 16))
        )
    bottom[-2:-2] = more
    so_far = light_size + sum(map(len, head + top + bottom))
    head.append(_script(rng, max(0, (target - so_far) * 2 // 3)))
    bottom.append(_script(rng, max(0, (target - so_far) // 3)))
    return "".join(head), "".join(top), "".join(bottom)


_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
_BODY_START = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


def template_for(kind: str, source: str) -> str:
    if source.endswith("vanban"):
        return "portal"
    return "listing" if kind == "listing" else "paper"


def wrap(html: str, url: str, template: str) -> str:
    """`html` with chrome of `template` added in its head, before and after its body: same content."""
    rng = random.Random(zlib.crc32(url.encode("utf-8")))
    target = rng.randrange(MIN_BYTES + 10_000, MAX_BYTES)
    head, top, bottom = _chrome(rng, template, url, target, len(html.encode("utf-8")))
    html = _HEAD_END.sub(lambda m: head + m.group(), html, count=1)
    html = _BODY_START.sub(lambda m: m.group() + top, html, count=1)
    return _BODY_END.sub(lambda m: bottom + m.group(), html, count=1)


def heavy_corpus() -> list[HeavyPage]:
    """Every sample page as shipped and wrapped, with its expected kind."""
    out = []
    for url, html, kind, source in sample_pages():
        template = template_for(kind, source)
        out.append(HeavyPage(url, kind, template, html, wrap(html, url, template)))
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "heavy-pages")
    out.mkdir(parents=True, exist_ok=True)
    for page in heavy_corpus():
        name = page.url.split("/", 3)[3].replace("/", "__")
        (out / name).write_text(page.heavy, encoding="utf-8")
    print(f"wrote {len(heavy_corpus())} pages to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
