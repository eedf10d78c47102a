"""Site rules (CSS selectors from the sources registry) on a page shaped so that generic extraction gets
the title, date, lead and body wrong: a logo in the <h1>, a "latest news" sidebar with dated items before
the article, the title and sapo in unclassed divs, body lines in <div>s, a related box and a long notice."""

from __future__ import annotations

import unicodedata

import pytest

from extract import extract_document
from extract.site_rules import SelectorError

URL = "https://sct.thainguyen.gov.vn/tin-tuc/ket-noi-doanh-nghiep-cnht-1234.html"
TITLE = "Kết nối doanh nghiệp công nghiệp hỗ trợ với tập đoàn đa quốc gia"
LEAD = (
    "Hơn 120 doanh nghiệp công nghiệp hỗ trợ đã tham dự hội nghị kết nối với các tập đoàn đa quốc gia do "
    "Sở Công Thương tổ chức."
)
BODY = [
    "Sở Công Thương tỉnh Thái Nguyên vừa tổ chức hội nghị kết nối doanh nghiệp công nghiệp hỗ trợ với các "
    "tập đoàn đa quốc gia, thu hút hơn 120 doanh nghiệp tham dự.",
    "Tại hội nghị, Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên giới thiệu nhu cầu mua sắm linh "
    "kiện, vật tư năm 2024 với tổng giá trị khoảng 1,2 tỷ USD.",
    "Ông Nguyễn Văn Bình, Giám đốc Sở Công Thương, cho biết tỉnh sẽ tiếp tục hỗ trợ doanh nghiệp nâng cao "
    "năng lực sản xuất, đáp ứng tiêu chuẩn của các nhà sản xuất toàn cầu.",
]
RELATED = (
    "Tin liên quan: Thái Nguyên thu hút 500 triệu USD vốn FDI vào khu công nghiệp Yên Bình trong quý I, tạo "
    "việc làm cho hàng nghìn lao động địa phương, nhiều dự án sản xuất linh kiện điện tử mở rộng quy mô."
)
NOTICE = (
    "Thông báo: Cổng thông tin điện tử đang nâng cấp hệ thống, một số chức năng tra cứu hồ sơ trực tuyến, "
    "đăng ký tài khoản, nộp hồ sơ và thanh toán phí, lệ phí sẽ tạm dừng hoạt động từ ngày 15/3 đến hết ngày "
    "20/3. Trong thời gian này, tổ chức, cá nhân có nhu cầu vui lòng liên hệ trực tiếp Bộ phận một cửa của "
    "Sở để được hướng dẫn, hỗ trợ giải quyết thủ tục hành chính theo quy định."
)
SIDEBAR = "".join(
    f'<li><a href="/tin/{i}.html">Tin mới số {i}</a> <span class="time">10/01/2025 09:0{i}</span></li>'
    for i in range(5)
)
RULES = {
    "title": "div.chi-tiet > .tieu-de",
    "lead": ".mo-dau",
    "body": ".noi-dung",
    "published": ".post-info",
    "remove": ".box-lienquan, .thong-bao",
}


def page(published_html: str = '<div class="post-info">Đăng lúc 08:30, 12/03/2024</div>') -> str:
    body = "".join(f'<div class="noidung-dong">{x}</div>' for x in BODY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Cổng thông tin Sở Công Thương Thái Nguyên</title></head>
<body><div class="top"><h1 class="logo">SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN</h1></div>
<div class="sidebar"><h3>Tin mới</h3><ul>{SIDEBAR}</ul></div>
<div class="chi-tiet"><div class="tieu-de">{TITLE}</div>
{published_html}
<div class="mo-dau"><b>{LEAD}</b></div>
<div class="noi-dung">{body}<script>var x = "không phải nội dung";</script></div>
<div class="box-lienquan"><p>{RELATED}</p></div>
</div>
<div class="thong-bao"><p>{NOTICE}</p><p>{NOTICE}</p></div>
<div class="footer">Bản quyền thuộc Sở Công Thương</div></body></html>"""


def test_without_rules_generic_extraction_gets_this_page_wrong():
    doc = extract_document(page(), URL)
    assert doc.title != TITLE  # the logo in the <h1>
    assert doc.published != "2024-03-12T08:30:00+07:00"  # the sidebar's first item
    assert NOTICE in doc.text  # the related box ("box-lienquan") is dropped as chrome by its name


def test_rules_give_title_lead_body_and_date():
    doc = extract_document(page(), URL, selectors=RULES)
    assert doc.kind == "article"
    assert doc.title == TITLE
    assert doc.lead == LEAD
    assert doc.published == "2024-03-12T08:30:00+07:00"
    assert doc.text.split("\n") == [LEAD, *BODY]
    assert doc.tags.firms and doc.tags.money  # tagged like any article


def test_remove_drops_nodes_before_generic_extraction():
    doc = extract_document(page(), URL, selectors={"remove": ".box-lienquan, .thong-bao, .sidebar"})
    assert RELATED not in doc.text
    assert NOTICE not in doc.text
    assert all(line in doc.text for line in BODY)
    assert doc.published != "2025-01-10T09:00:00+07:00"  # the sidebar's dates are gone with it


def test_selector_that_matches_nothing_leaves_the_field_to_generic_extraction():
    generic = extract_document(page(), URL)
    doc = extract_document(page(), URL, selectors={"title": ".tieu-de-cu", "body": "#noi-dung-cu"})
    assert (doc.title, doc.text, doc.kind) == (generic.title, generic.text, generic.kind)


def test_published_selector_prefers_a_machine_readable_datetime():
    html = page('<time class="post-info" datetime="2024-03-12T01:30:00Z">Thứ Ba, 12/3</time>')
    doc = extract_document(html, URL, selectors={"published": ".post-info"})
    assert doc.published == "2024-03-12T08:30:00+07:00"


def test_published_selector_without_a_date_falls_back_to_generic_dates():
    generic = extract_document(page(), URL)
    doc = extract_document(page(), URL, selectors={"published": ".tieu-de"})
    assert doc.published == generic.published


def test_rules_apply_to_an_nfd_page():
    doc = extract_document(unicodedata.normalize("NFD", page()), URL, selectors=RULES)
    assert doc.title == TITLE
    assert doc.text.split("\n") == [LEAD, *BODY]


@pytest.mark.parametrize(
    ("selectors", "message"),
    [
        ({"headline": "h1"}, "unknown selector key 'headline'"),
        ({"title": "h1[["}, "invalid CSS selector for title"),
        ({"body": "  "}, "empty CSS selector for body"),
    ],
)
def test_bad_rules_raise_a_selector_error_naming_the_key(selectors, message):
    with pytest.raises(SelectorError, match=message):
        extract_document(page(), URL, selectors=selectors)
    assert issubclass(SelectorError, ValueError)
