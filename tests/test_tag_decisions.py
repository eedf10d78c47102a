import pytest

from extract.tag import tag_text

SENTENCES = [
    "Tỉnh đã ban hành Quyết định số 26/2023/QĐ-UBND ngày 04/8/2023 về chương trình khuyến công.",
    "Bộ Công Thương phê duyệt kế hoạch theo Quyết định 1080/QĐ-BCT ngày 18 tháng 4 năm 2025.",
    "Nghị định 13/2023/NĐ-CP và Nghị định số 111/2015/NĐ-CP quy định về phát triển công nghiệp hỗ trợ.",
    "Văn bản 1135/TTg-CN gửi các bộ; Nghị quyết 73-NQ/TW được nhắc lại.",
    "Công điện số 194/CĐ-TTg ngày 04/8 yêu cầu tháo gỡ khó khăn.",
    "Luật Đầu tư công 24/2018/QH14 và Luật 47/2019/QH14 được viện dẫn.",
    "UBND tỉnh ban hành Kế hoạch 12/KH-UBND và Nghị quyết 05/2024/NQ-HĐND.",
    "Xem 26/2023/QĐ - UBND, 26/2023/qđ-ubnd và 26/2023/QD-UBND.",
]


def _decisions(text: str, published: str | None = None) -> dict[str, object]:
    return {d.number: d for d in tag_text(text, published).decisions}


@pytest.mark.parametrize(
    ("text", "number", "doc_type", "issuer", "year"),
    [
        (SENTENCES[0], "26/2023/QĐ-UBND", "Quyết định", "Ủy ban nhân dân", 2023),
        (SENTENCES[1], "1080/QĐ-BCT", "Quyết định", "Bộ Công Thương", 2025),
        (SENTENCES[2], "13/2023/NĐ-CP", "Nghị định", "Chính phủ", 2023),
        (SENTENCES[2], "111/2015/NĐ-CP", "Nghị định", "Chính phủ", 2015),
        (SENTENCES[3], "1135/TTg-CN", "Công văn", "Thủ tướng Chính phủ", None),
        (SENTENCES[3], "73-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương", None),
        (SENTENCES[5], "24/2018/QH14", "Luật", "Quốc hội", 2018),
        (SENTENCES[5], "47/2019/QH14", "Luật", "Quốc hội", 2019),
        (SENTENCES[6], "12/KH-UBND", "Kế hoạch", "Ủy ban nhân dân", None),
        (SENTENCES[6], "05/2024/NQ-HĐND", "Nghị quyết", "Hội đồng nhân dân", 2024),
    ],
)
def test_decision_shapes_are_recognised_and_expanded(text, number, doc_type, issuer, year) -> None:
    d = _decisions(text)[number]
    assert (d.doc_type, d.issuer, d.year) == (doc_type, issuer, year)


def test_decision_date_numeric_and_in_words() -> None:
    assert _decisions(SENTENCES[0])["26/2023/QĐ-UBND"].date == "2023-08-04"
    d = _decisions(SENTENCES[1])["1080/QĐ-BCT"]
    assert (d.date, d.year) == ("2025-04-18", 2025)


def test_decision_date_without_year_uses_published() -> None:
    d = _decisions(SENTENCES[4], "2024-08-10T09:00:00+07:00")["194/CĐ-TTg"]
    assert (d.doc_type, d.issuer, d.date) == ("Công điện", "Thủ tướng Chính phủ", "2024-08-04")


def test_decision_date_without_year_prefers_year_of_number() -> None:
    d = _decisions("Quyết định 7/2021/QĐ-UBND ngày 15/3 của tỉnh", "2024-01-01")["7/2021/QĐ-UBND"]
    assert d.date == "2021-03-15"


def test_decision_spaced_lowercase_and_ascii_variants_share_one_key() -> None:
    decisions = tag_text(SENTENCES[7]).decisions
    assert [d.number for d in decisions] == ["26/2023/QĐ-UBND"] * 3
    assert [d.mention for d in decisions] == ["26/2023/QĐ - UBND", "26/2023/qđ-ubnd", "26/2023/QD-UBND"]


def test_dates_and_rates_are_not_decisions() -> None:
    assert tag_text("Ngày 04/8/2023, sản lượng đạt 500 tấn/năm, vốn 3,6 tỷ USD/năm.").decisions == []


def test_code_with_a_dotted_part_is_one_number() -> None:
    tags = tag_text("Theo Công văn 4512/VPCP-V.I, các bộ báo cáo trước ngày 15/9.")
    assert [d.number for d in tags.decisions] == ["4512/VPCP-V.I"]


def test_government_url_slug_is_a_decision_number() -> None:
    tags = tag_text("Chi tiết: thuvien.example.vn/Nghi-dinh-57-2024-ND-CP-quan-ly-cum-cong-nghiep.aspx")
    assert [(d.number, d.doc_type) for d in tags.decisions] == [("57/2024/NĐ-CP", "Nghị định")]


def test_opening_date_of_an_issuing_clause_goes_with_the_number() -> None:
    tags = tag_text(
        "Ngày 3/10/2024, UBND tỉnh Nam Định ban hành Quyết định số 2215/QĐ-UBND về cụm công nghiệp."
    )
    assert [(d.number, d.date) for d in tags.decisions] == [("2215/QĐ-UBND", "2024-10-03")]


def test_numbers_listed_with_cung_ngay_share_the_date() -> None:
    tags = tag_text("Nghị quyết 12/NQ-HĐND và Nghị quyết 13/NQ-HĐND cùng ngày 9/7/2024 đã được thông qua.")
    assert [(d.number, d.date) for d in tags.decisions] == [
        ("12/NQ-HĐND", "2024-07-09"),
        ("13/NQ-HĐND", "2024-07-09"),
    ]


def test_submission_number_is_a_legal_number() -> None:
    tags = tag_text("Theo Tờ trình số 77/TTr-SCT ngày 02/02/2024 của Sở Công Thương.")
    assert [(d.number, d.doc_type, d.date) for d in tags.decisions] == [
        ("77/TTr-SCT", "Tờ trình", "2024-02-02")
    ]


def test_the_type_written_before_a_number_wins_over_the_type_its_codes_imply() -> None:
    refs = tag_text(
        "Căn cứ Nghị quyết số 202/2025/QH15 và Luật Đầu tư số 61/2020/QH14, văn bản số 1880/BCT-CN."
    )
    assert [(d.number, d.doc_type) for d in refs.decisions] == [
        ("202/2025/QH15", "Nghị quyết"),
        ("61/2020/QH14", "Luật"),
        ("1880/BCT-CN", "Công văn"),
    ]


# --- shapes of real legal headers, letters and titles (issue 12) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # header: the own number on one line, place and date on the next
            "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 31/2024/QĐ-UBND\nHà Nam, ngày 7 tháng 6 năm 2024\nQUYẾT ĐỊNH",
            ("31/2024/QĐ-UBND", "2024-06-07"),
        ),
        (  # header read as one table row
            "Số: 8/KH-UBND | Lạng Sơn, ngày 15 tháng 01 năm 2025 |",
            ("8/KH-UBND", "2025-01-15"),
        ),
        (  # the header's columns read in the other order
            "Thái Bình, ngày 02 tháng 12 năm 2023\nSố: 2561/QĐ-UBND\nQUYẾT ĐỊNH",
            ("2561/QĐ-UBND", "2023-12-02"),
        ),
        (  # a date broken across lines
            "Căn cứ Thông tư số 09/2022/TT-BCT ngày\n27 tháng 4 năm 2022 của Bộ Công Thương;",
            ("09/2022/TT-BCT", "2022-04-27"),
        ),
        (
            "Căn cứ Nghị định số\n57/2024/NĐ-CP ngày 20 tháng 5\nnăm 2024 của Chính phủ;",
            ("57/2024/NĐ-CP", "2024-05-20"),
        ),
        (  # a clause wrapped over two lines (text from a PDF)
            "Ngày 14/8/2024, UBND tỉnh\nPhú Thọ đã ban hành Kế hoạch số 305/KH-UBND về phát triển CNHT.",
            ("305/KH-UBND", "2024-08-14"),
        ),
    ],
)
def test_header_and_line_broken_dates_go_with_their_number(text, expected) -> None:
    assert expected in [(d.number, d.date) for d in tag_text(text).decisions]


@pytest.mark.parametrize(
    ("text", "number", "issuer"),
    [
        (
            "Thực hiện Công văn số 3310/TCT-CS ngày 5/9/2024 của Tổng cục Thuế về hoàn thuế.",
            "3310/TCT-CS",
            "Tổng cục Thuế",
        ),
        ("Sở đã có văn bản số 72/SCT-QLCN&TM gửi các cụm công nghiệp.", "72/SCT-QLCN&TM", "Sở Công Thương"),
        ("Căn cứ Công văn 418/CCHQ ngày 3/3/2025 của Chi cục Hải quan.", "418/CCHQ", None),
        (
            "Căn cứ Thông tư liên tịch số 41/2016/TTLT/BTC-BCT của hai bộ;",
            "41/2016/TTLT/BTC-BCT",
            "Bộ Tài chính",
        ),
    ],
)
def test_official_letters_of_any_unit_are_numbers(text, number, issuer) -> None:
    found = {d.number: d for d in tag_text(text).decisions}
    assert number in found and found[number].issuer == issuer


def test_an_ampersand_code_is_kept_whole_with_its_date() -> None:
    [d] = tag_text("Công văn số 45/SCT-QLCN&TM ngày 2/4/2025 gửi các doanh nghiệp.").decisions
    assert (d.number, d.mention, d.date) == ("45/SCT-QLCN&TM", "45/SCT-QLCN&TM", "2025-04-02")


@pytest.mark.parametrize(
    ("title", "number", "year"),
    [
        (
            "Quyết định 2205/QĐ-BCT năm 2024 phê duyệt danh mục sản phẩm công nghiệp hỗ trợ",
            "2205/QĐ-BCT",
            2024,
        ),
        # (a title typed without accents; in lower case throughout it is a search phrase: see below)
        ("Quyet dinh so 26 2023 qd ubnd ve chinh sach khuyen cong", "26/2023/QĐ-UBND", 2023),
        ("Quyết định số 412qđ ttg về chương trình phát triển", "412/QĐ-TTg", None),
        ("quyết định 9-2021-qĐ-ubnd tỉnh Bắc Giang", "9/2021/QĐ-UBND", 2021),
        ("công văn số 3188vpcp cn về công nghiệp hỗ trợ", "3188/VPCP-CN", None),
        ("cong-van-611-sct-qlcn-2025-ve-ho-tro-doanh-nghiep", "611/SCT-QLCN", 2025),
        ("THÔNG TƯ28/2021/TT-BCT QUY ĐỊNH CHI TIẾT", "28/2021/TT-BCT", 2021),
        ("Nghị định 111/2015 về phát triển công nghiệp hỗ trợ", "111/2015/NĐ-CP", 2015),
    ],
)
def test_numbers_in_document_titles_and_slugs(title, number, year) -> None:
    found = {d.number: d for d in tag_text(title).decisions}
    assert number in found and found[number].year == year


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 12 của UBND tỉnh được công bố năm 2024.",
        "Kế hoạch 5 năm giai đoạn 2021-2025 có 3 KCN mới.",
        "Thông báo 3 KCN mới tại tỉnh.",
        "Sản lượng 500 tấn/năm, tỷ lệ 24/7, mã 12/AB.",
    ],
)
def test_loose_numbers_need_codes_that_look_like_codes(text) -> None:
    assert tag_text(text).decisions == []


def test_a_licence_number_is_not_a_document_number() -> None:
    assert tag_text("Giấy phép hoạt động báo điện tử số 123/GP-BTTTT của Bộ TT&TT.").decisions == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thực hiện Nghị quyết số 57/NQ-CP của Chính phủ ngày 9/5/2023 về hỗ trợ.",
            ("57/NQ-CP", "2023-05-09"),
        ),
        (
            "Quyết định số 19/2024/QĐ-UBND của UBND tỉnh Hưng Yên ngày 11/6/2024 quy định mức hỗ trợ.",
            ("19/2024/QĐ-UBND", "2024-06-11"),
        ),
        ("Kế hoạch 204/KH-UBND ký ngày 2/10/2024 giao nhiệm vụ cho các sở.", ("204/KH-UBND", "2024-10-02")),
        ("Quyết định số 95/QĐ-TTg được Thủ tướng ký ngày 20/1/2025.", ("95/QĐ-TTg", "2025-01-20")),
    ],
)
def test_the_issuer_or_the_signing_between_a_number_and_its_date(text, expected) -> None:
    assert [(d.number, d.date) for d in tag_text(text).decisions] == [expected]


def test_an_issuer_then_a_topic_keeps_a_later_date_away() -> None:
    text = "Quyết định số 95/QĐ-TTg của Thủ tướng về việc hỗ trợ, ngày 3/11/2024 tỉnh họp sơ kết."
    assert [(d.number, d.date) for d in tag_text(text).decisions] == [("95/QĐ-TTg", None)]


def test_a_document_carried_out_by_the_issued_one_keeps_no_opening_date() -> None:
    text = (
        "Ngày 30/9/2024, UBND tỉnh ban hành kế hoạch triển khai thực hiện Nghị quyết số 88/NQ-CP về "
        "công nghiệp hỗ trợ."
    )
    assert [(d.number, d.date) for d in tag_text(text).decisions] == [("88/NQ-CP", None)]


@pytest.mark.parametrize(
    ("slug", "number"),
    [
        ("thong-tu-05-2024-tt-ubdt-huong-dan-thuc-hien", "05/2024/TT-UBDT"),
        ("van-ban-hop-nhat-12-vbhn-bct-nam-2024", "12/VBHN-BCT"),
        ("Quy định 37-QĐi/TW của Bộ Chính trị", "37-QĐi/TW"),
    ],
)
def test_unknown_agency_codes_in_slugs_and_party_rules(slug, number) -> None:
    assert number in [d.number for d in tag_text(slug).decisions]


def test_title_words_after_a_type_code_are_not_an_agency() -> None:
    assert tag_text("quyet-dinh-12-qd-phe-duyet-de-an").decisions == []
