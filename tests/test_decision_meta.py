"""A legal document's own number comes from its metadata table or its "Số:" header, never from the body."""

from __future__ import annotations

import pytest

from extract import extract_document

BODY = (
    "<div class='content'><p>Căn cứ Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ về phát triển "
    "công nghiệp hỗ trợ; căn cứ Quyết định số 1080/QĐ-BCT ngày 18/4/2025 của Bộ Công Thương;</p>"
    "<p>Điều 1. Ban hành kèm theo Quyết định này Quy định hỗ trợ doanh nghiệp công nghiệp hỗ trợ trên "
    "địa bàn tỉnh, áp dụng cho doanh nghiệp nhỏ và vừa sản xuất linh kiện, phụ tùng.</p></div>"
)


def page(head: str, table: str = "") -> str:
    return f"<html lang='vi'><body><h1>Quyết định về công nghiệp hỗ trợ</h1>{head}{table}{BODY}</body></html>"


def test_own_number_from_the_metadata_table_in_canonical_form() -> None:
    table = (
        "<table><tr><th>Số hiệu</th><td>1135/ttg-cn</td><th>Loại văn bản</th><td>Công văn</td></tr>"
        "<tr><th>Ngày ban hành:</th><td>04/8/2023</td><th>Tình trạng hiệu lực</th><td>Còn hiệu lực</td></tr>"
        "</table>"
    )
    doc = extract_document(page("", table), url="http://vb.example.vn/cv-1135.html")
    assert doc.kind == "decision" and doc.decision is not None
    assert (doc.decision.number, doc.decision.doc_type) == ("1135/TTg-CN", "Công văn")
    assert (doc.decision.issued, doc.decision.status) == ("2023-08-04", "Còn hiệu lực")
    assert doc.published == "2023-08-04T00:00:00+07:00"


def test_own_number_from_the_header_when_there_is_no_table() -> None:
    head = "<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH BẮC NINH<br>Số: 26/2023/QĐ - UBND</td></tr></table>"
    doc = extract_document(page(head), url="http://vb.example.vn/qd-26.html")
    assert doc.decision is not None and doc.decision.number == "26/2023/QĐ-UBND"
    assert {d.number for d in doc.tags.decisions} >= {"111/2015/NĐ-CP", "1080/QĐ-BCT"}  # cited, not own


def test_a_page_that_only_cites_numbers_is_not_a_decision() -> None:
    doc = extract_document(page(""), url="http://tin.example.vn/bai-viet.html")
    assert doc.decision is None and doc.kind == "article"


def test_cited_documents_come_from_the_preamble_with_type_issuer_and_date() -> None:
    head = "<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH BẮC NINH<br>Số: 26/2023/QĐ - UBND</td></tr></table>"
    doc = extract_document(page(head), url="http://vb.example.vn/qd-26.html")
    assert doc.decision is not None
    assert [c.model_dump(exclude_none=True) for c in doc.decision.cited] == [
        {"number": "111/2015/NĐ-CP", "doc_type": "Nghị định", "issuer": "Chính phủ", "date": "2015-11-03"},
        {"number": "1080/QĐ-BCT", "doc_type": "Quyết định", "issuer": "Bộ Công Thương", "date": "2025-04-18"},
    ]


def test_the_own_number_is_never_a_cited_one() -> None:
    head = "<table><tr><td>BỘ CÔNG THƯƠNG<br>Số: 1080/QĐ-BCT</td></tr></table>"
    doc = extract_document(page(head), url="http://vb.example.vn/qd-1080.html")
    assert doc.decision is not None and doc.decision.number == "1080/QĐ-BCT"
    assert [c.number for c in doc.decision.cited] == ["111/2015/NĐ-CP"]


def test_sample_site_decisions_cite_documents_but_never_themselves() -> None:
    from tests.test_page_extract import CONTENT, load

    for page_row in (p for p in CONTENT if p["kind"] == "decision"):
        meta = load(page_row["path"]).decision
        assert meta is not None and meta.cited, page_row["path"]
        assert meta.number not in {c.number for c in meta.cited}


def test_issue_date_from_the_place_and_date_beside_the_header_number() -> None:
    head = (
        "<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH NAM ĐỊNH</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>"
        "<tr><td>Số: 14/2024/QĐ-UBND</td><td>Nam Định, ngày 9 tháng 5 năm 2024</td></tr></table>"
    )
    doc = extract_document(page(head), url="http://vb.example.vn/qd-14.html")
    assert doc.decision is not None
    assert (doc.decision.number, doc.decision.issued) == ("14/2024/QĐ-UBND", "2024-05-09")
    assert doc.published == "2024-05-09T00:00:00+07:00"


def test_issue_date_from_header_lines_in_blocks() -> None:
    head = "<div class='tieu-de'><p>Số: 7/KH-UBND</p><p><em>Hà Nam, ngày 09 tháng 01 năm 2025</em></p></div>"
    doc = extract_document(page(head), url="http://vb.example.vn/kh-7.html")
    assert doc.decision is not None and doc.decision.issued == "2025-01-09"


def test_a_header_without_its_date_takes_none_from_the_body() -> None:
    head = "<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH BẮC NINH<br>Số: 26/2023/QĐ - UBND</td></tr></table>"
    doc = extract_document(page(head), url="http://vb.example.vn/qd-26.html")
    assert doc.decision is not None and doc.decision.issued is None


NEWS = (
    "<html lang='vi'><body><h1>Bắc Ninh thu hút thêm dự án công nghiệp hỗ trợ</h1><div class='content'>"
    "<p>Năm 2024, tỉnh thu hút thêm nhiều dự án công nghiệp hỗ trợ với tổng vốn đăng ký lớn, tạo việc làm "
    "cho hàng nghìn lao động địa phương và mở rộng chuỗi cung ứng cho các tập đoàn điện tử.</p>"
    "<p>Các doanh nghiệp cơ khí, nhựa kỹ thuật và bao bì của tỉnh đã trở thành nhà cung cấp cấp hai, cấp ba "
    "cho những nhà máy lắp ráp lớn trong các khu công nghiệp.</p>"
    "</div><footer>{footer}</footer></body></html>"
)


@pytest.mark.parametrize(
    "footer",
    [
        "<p>Giấy phép hoạt động báo điện tử số: 123/GP-BTTTT ngày 5/4/2021 của Bộ TT&TT.</p>",
        "<p>Số: 88/GP-TTĐT</p><p>Cơ quan chủ quản: UBND tỉnh</p>",
        "<p>Báo điện tử tỉnh. Giấy phép số: 2330/QĐ-BTTTT cấp ngày 2/12/2020. Tổng Biên tập: Trần Văn B</p>",
    ],
)
def test_a_news_footer_with_the_papers_licence_is_no_decision(footer) -> None:
    doc = extract_document(NEWS.format(footer=footer), url="http://tin.example.vn/bai-viet.html")
    assert doc.decision is None and doc.kind == "article"
