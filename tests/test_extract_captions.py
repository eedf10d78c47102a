"""Image captions are kept out of the main text and listed in Document.captions, whatever the CMS markup."""

from __future__ import annotations

import html as html_lib
import unicodedata

import pytest
from lxml import html as lxml_html

from crawlers.sample_site import SITE_ROOT
from extract import extract_document
from tests.test_page_extract import CONTENT, load

URL = "https://baobacgiang.vn/kinh-te/bac-giang-thu-hut-fdi-123.html"
PARAS = [
    "Trong 6 tháng đầu năm, tỉnh Bắc Giang thu hút 1,2 tỷ USD vốn đầu tư trực tiếp nước ngoài, trong "
    "đó phần lớn là các dự án sản xuất linh kiện điện tử, cơ khí chính xác và công nghiệp hỗ trợ tại "
    "các khu công nghiệp.",
    "Theo Ban Quản lý các khu công nghiệp tỉnh, nhiều nhà đầu tư Hàn Quốc, Nhật Bản và Trung Quốc đã "
    "mở rộng nhà xưởng, tuyển dụng thêm hàng nghìn lao động, đồng thời tăng tỷ lệ mua linh kiện từ "
    "doanh nghiệp trong nước.",
    "Sở Công Thương cho biết trong thời gian tới sẽ tổ chức các hội nghị kết nối cung cầu để doanh "
    "nghiệp địa phương tham gia sâu hơn vào chuỗi cung ứng của các tập đoàn đa quốc gia. Nguồn: Sở "
    "Công Thương Bắc Giang",
]


def article(figure: str) -> str:
    p = [f"<p>{html_lib.escape(x)}</p>" for x in PARAS]
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<meta property="og:type" content="article"><title>Bắc Giang thu hút FDI</title></head>
<body><h1>Bắc Giang thu hút 1,2 tỷ USD vốn FDI</h1><div class="content">
{p[0]}{figure}{p[1]}{p[2]}</div></body></html>"""


@pytest.mark.parametrize(
    ("figure", "caption"),
    [
        (
            '<figure><img src="a.jpg"><figcaption>Dây chuyền sản xuất tại KCN Quang Châu. Ảnh: T.L'
            "</figcaption></figure>",
            "Dây chuyền sản xuất tại KCN Quang Châu. Ảnh: T.L",
        ),
        (
            '<table class="image center"><tr><td><img src="a.jpg"></td></tr>'
            '<tr><td class="image_desc">Công nhân lắp ráp linh kiện điện tử.</td></tr></table>',
            "Công nhân lắp ráp linh kiện điện tử.",
        ),
        (
            '<div class="VCSortableInPreviewMode"><img src="a.jpg"><div class="PhotoCMS_Caption">'
            "<p>Lãnh đạo tỉnh thăm nhà máy.</p></div></div>",
            "Lãnh đạo tỉnh thăm nhà máy.",
        ),
        (
            '<p style="text-align:center"><img src="a.jpg"></p><p style="text-align:center">'
            "<em>Lãnh đạo tỉnh thăm dây chuyền sản xuất. (Ảnh: TTXVN)</em></p>",
            "Lãnh đạo tỉnh thăm dây chuyền sản xuất. (Ảnh: TTXVN)",
        ),
        ('<p><img src="a.jpg"></p><p>Ảnh minh hoạ</p>', "Ảnh minh hoạ"),
        (
            '<p><img src="a.jpg"></p><p class="chuthich">Toàn cảnh KCN Vân Trung</p>',
            "Toàn cảnh KCN Vân Trung",
        ),
    ],
    ids=[
        "figcaption",
        "table-image-desc",
        "photocms",
        "credit-after-image",
        "credit-only-old-tone",
        "chuthich",
    ],
)
def test_caption_is_listed_and_kept_out_of_the_text(figure: str, caption: str) -> None:
    doc = extract_document(article(figure), URL)
    assert doc.kind == "article"
    assert doc.captions == [caption]
    assert caption not in doc.text
    assert all(" ".join(p.split()) in doc.text for p in PARAS)


def test_body_paragraphs_that_mention_photos_or_sources_stay_in_the_text() -> None:
    figure = "<p>Hình ảnh sản phẩm được giới thiệu tại hội chợ: linh kiện, khuôn mẫu, chi tiết nhựa.</p>"
    doc = extract_document(article(figure), URL)
    assert doc.captions == []
    assert "Hình ảnh sản phẩm được giới thiệu tại hội chợ" in doc.text
    assert "Nguồn: Sở Công Thương Bắc Giang" in doc.text


@pytest.mark.parametrize("page", CONTENT, ids=lambda p: p["path"].rsplit("/", 1)[-1][:40])
def test_sample_site_figcaptions_are_captions_not_text(page: dict) -> None:
    raw = (SITE_ROOT / page["path"].lstrip("/")).read_text(encoding="utf-8")
    tree = lxml_html.document_fromstring(raw)
    want = [" ".join(f.text_content().split()) for f in tree.iter("figcaption")]
    doc = load(page["path"])
    want = [unicodedata.normalize("NFC", w) for w in want]
    assert doc.captions == want
    assert not any(w in doc.text for w in want)


def test_a_short_body_ending_with_a_photo_credit_keeps_its_text() -> None:
    html = (
        "<html><head><title>Tin ngắn</title></head><body><h1>Khởi công nhà máy linh kiện</h1>"
        "<div class='content'><p>Sáng 12/5, Công ty TNHH Linh kiện A khởi công nhà máy tại KCN Quế Võ.</p>"
        "<p>Tổng vốn đầu tư 500 tỷ đồng.</p><p>Ảnh: Hoàng Hà</p></div></body></html>"
    )
    doc = extract_document(html, url="https://example.vn/tin-ngan.html")
    assert "Công ty TNHH Linh kiện A khởi công" in doc.text and "500 tỷ đồng" in doc.text
    assert doc.captions == ["Ảnh: Hoàng Hà"] and "Hoàng Hà" not in doc.text
