# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Build tests/eval/pages/*.html and tests/eval/pages.jsonl: hand-written pages in four shapes.

Run `python -m tests.eval.build_pages` to regenerate. Shapes: provincial news (date only in a visible date
line, sapo paragraph, photo caption, related-news box, a legal date in the body), ministry news (meta
published time, sapo in a heading, "Bài liên quan" box, author line), legal portal (header "Số: ...",
metadata table, body citing other numbers first) and listing pages (category, paginated, document register,
one with long teasers). Expected values are written here, not read back from the extractor.
"""

from __future__ import annotations

import html
import json
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "pages"

MENU = "".join(
    f'<li><a href="/{s}/">{t}</a></li>'
    for s, t in [
        ("thoi-su", "Thời sự"),
        ("kinh-te", "Kinh tế"),
        ("xa-hoi", "Xã hội"),
        ("phap-luat", "Pháp luật"),
        ("van-hoa", "Văn hóa"),
        ("the-thao", "Thể thao"),
    ]
)
RELATED = [
    ("Khởi công cầu vượt nút giao quốc lộ 5", "/giao-thong/khoi-cong-cau-vuot-123.html"),
    ("Giá vàng hôm nay tăng mạnh", "/thi-truong/gia-vang-456.html"),
    ("Lễ hội hoa đào đón khách cuối tuần", "/van-hoa/le-hoi-hoa-dao-789.html"),
]


def _related(heading: str) -> str:
    items = "".join(f'<li><a href="{u}">{html.escape(t)}</a></li>' for t, u in RELATED)
    return f'<div class="related-news"><h3>{heading}</h3><ul>{items}</ul></div>'


def provincial(p: dict[str, Any]) -> str:
    body = "".join(f"<p>{html.escape(x)}</p>" for x in p["paras"][:2])
    body += (
        f'<figure class="image"><img src="/img/{p["slug"]}.jpg" alt="{html.escape(p["caption"])}">'
        f"<figcaption>{html.escape(p['caption'])} Ảnh: T.L</figcaption></figure>"
    )
    body += "".join(f"<p>{html.escape(x)}</p>" for x in p["paras"][2:])
    lead_html = (
        f'<p class="detail-sapo">{html.escape(p["lead"])}</p>'
        if p.get("lead_class", True)
        else f'<div class="box-tomtat"><strong>{html.escape(p["lead"])}</strong></div>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(p["title"])} - Báo {p["paper"]}</title>
<link rel="canonical" href="{p["url"]}"></head>
<body><header><a class="logo" href="/">Báo {p["paper"]}</a><ul class="menu">{MENU}</ul></header>
<main><div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/kinh-te/">Kinh tế</a></div>
<article class="detail"><h1 class="detail-title">{html.escape(p["title"])}</h1>
<div class="{p.get("date_class", "detail-date")}">{p["date_line"]}</div>
{lead_html}<div class="detail-content">{body}</div>
<p class="author"><strong>{p["author"]}</strong></p></article>
{_related("Tin liên quan")}
<div class="most-read"><h3>Đọc nhiều</h3><ul><li><a href="/a.html">Thời tiết cuối tuần có mưa rào</a></li>
<li><a href="/b.html">Tuyển sinh lớp 10 năm học mới</a></li></ul></div></main>
<footer><p>Cơ quan chủ quản: Tỉnh ủy. Giấy phép số 123/GP-BTTTT.</p><p>© Bản quyền thuộc Báo {p["paper"]}.</p>
</footer></body></html>"""


def ministry(p: dict[str, Any]) -> str:
    body = "".join(f"<p>{html.escape(x)}</p>" for x in p["paras"])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(p["title"])}</title>
<meta property="og:title" content="{html.escape(p["title"])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{p["published"]}">
<link rel="canonical" href="{p["url"]}"></head>
<body><div class="top-bar"><ul class="nav">{MENU}</ul></div>
<div class="content"><h1 class="title-detail">{html.escape(p["title"])}</h1>
<div class="post-meta"><span class="time">{p["date_line"]}</span></div>
<h2 class="sapo">{html.escape(p["lead"])}</h2>
<div class="news-body">{body}
<table class="image-box"><tr><td><img src="/img/{p["slug"]}.jpg"></td></tr>
<tr><td class="caption">{html.escape(p["caption"])}</td></tr></table>
<p style="text-align:right"><strong>{p["author"]}</strong></p></div>
<div class="box-lienquan"><h4>Bài liên quan</h4>{_related("Cùng chuyên mục")}</div></div>
<div class="footer">Cổng thông tin điện tử. Địa chỉ: 54 Hai Bà Trưng, Hà Nội.</div></body></html>"""


def legal(p: dict[str, Any]) -> str:
    cites = "".join(f"<p><i>{html.escape(c)}</i></p>" for c in p["cites"])
    body = "".join(f"<p>{html.escape(x)}</p>" for x in p["paras"])
    meta = "".join(f"<tr><th>{k}</th><td>{html.escape(v)}</td></tr>" for k, v in p["meta"])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(p["number"])} - Văn bản</title></head>
<body><div class="portal-header">HỆ THỐNG VĂN BẢN<ul class="nav"><li><a href="/vb/">Văn bản mới</a></li>
<li><a href="/tra-cuu/">Tra cứu</a></li><li><a href="/huong-dan/">Hướng dẫn</a></li></ul></div>
<div class="page"><h1 class="doc-title">{html.escape(p["title"])}</h1>
<table class="doc-meta">{meta}</table>
<div class="doc-content"><table><tr><td><b>{p["issuer_head"]}<br>Số: {p["number"]}</b></td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br><i>{p["place_date"]}</i></td></tr>
</table><p style="text-align:center"><b>{p["doc_type_upper"]}</b></p>
<p style="text-align:center"><b>{html.escape(p["title"])}</b></p>{cites}{body}</div>
<div class="attachments"><a href="/files/{p["slug"]}.pdf">Tải văn bản (PDF)</a></div></div>
<div class="portal-footer"><p>Cơ quan chủ quản: Văn phòng UBND tỉnh.</p></div></body></html>"""


def listing(p: dict[str, Any]) -> str:
    items = "".join(
        f'<div class="story"><h3><a href="{u}">{html.escape(t)}</a></h3>'
        f'<span class="time">{d}</span><p class="sapo">{html.escape(s)}</p></div>'
        for t, u, d, s in p["items"]
    )
    pager = '<div class="pager"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a></div>'
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(p["title"])}</title></head>
<body><ul class="menu">{MENU}</ul><h1 class="cat-title">{html.escape(p["title"])}</h1>
<div class="list-news">{items}</div>{pager}<footer>Báo điện tử tỉnh.</footer></body></html>"""


def register(p: dict[str, Any]) -> str:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/vb/{i}.html">{html.escape(t)}</a></td><td>{d}</td></tr>'
        for i, (n, t, d) in enumerate(p["items"])
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(p["title"])}</title></head>
<body><ul class="menu">{MENU}</ul><h1>{html.escape(p["title"])}</h1>
<table class="doc-list"><tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>{rows}</table>
<div class="pager"><a href="?p=2">Trang sau</a></div></body></html>"""


CAPTION = {"provincial": "{caption} Ảnh: T.L", "ministry": "{caption}"}  # as each shape renders it
BOXES = ["Tin liên quan", "Đọc nhiều", "Bài liên quan", "Ảnh: T.L"]  # never in the main text
RENDER = {
    "provincial": provincial,
    "ministry": ministry,
    "legal": legal,
    "listing": listing,
    "register": register,
}


def build() -> list[dict[str, Any]]:
    from tests.eval.page_texts import LEGAL, LISTINGS, NEWS
    from tests.eval.page_texts_8 import LEGAL_8, NEWS_8
    from tests.eval.page_texts_10 import NEWS_10

    OUT.mkdir(exist_ok=True)
    rows = []
    for p in NEWS + LEGAL + LISTINGS + NEWS_8 + LEGAL_8 + NEWS_10:
        doc = RENDER[p["shape"]](p)
        if p.get("nfd"):
            doc = unicodedata.normalize("NFD", doc)
        (OUT / f"{p['slug']}.html").write_text(doc, encoding="utf-8")
        row = {"file": f"pages/{p['slug']}.html", "url": p["url"], "shape": p["shape"], "kind": p["kind"]}
        if p["kind"] != "listing":
            row |= {
                "title": p["title"],
                "published": p["published"],
                "lead": p.get("lead"),
                "must_contain": p.get("must_contain", []),
                "must_not_contain": [*p.get("must_not_contain", []), *BOXES],
            }
        if p["shape"] == "legal":
            row["cited"] = p["cited"]  # gold: documents the preamble cites
        if p["shape"] in CAPTION:  # gold: the photo caption, kept out of the text
            row["captions"] = [CAPTION[p["shape"]].format(caption=p["caption"])]
            row["updated"] = p["updated"]
        if "batch" in p:  # written blind (page_texts_8.py, page_texts_10.py)
            row["batch"] = p["batch"]
        if "tags" in p:  # gold: every sentence field over the page's main text
            row["tags"] = p["tags"]
        rows.append(row)
    return rows


def main() -> None:
    rows = build()
    with (HERE / "pages.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} pages -> {OUT}")


if __name__ == "__main__":
    main()
