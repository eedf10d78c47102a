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
