"""Cited documents from a legal text's preamble (extract/citations.py): shapes met on legal portals."""

from __future__ import annotations

import unicodedata

from extract.citations import cited_documents, preamble_clauses


def keys(text: str, own: str | None = None) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.number or c.title, c.doc_type, c.date) for c in cited_documents(text, own)]


def test_laws_cited_by_name_and_date_keep_their_whole_title() -> None:
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
        "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;\n"
        "Căn cứ Luật Ngân sách nhà nước;"
    )
    assert keys(text) == [
        ("Luật Tổ chức chính quyền địa phương", "Luật", "2015-06-19"),
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
            "địa phương",
            "Luật",
            "2019-11-22",
        ),
        ("Luật Ngân sách nhà nước", "Luật", None),
    ]
    assert {c.issuer for c in cited_documents(text)} == {"Quốc hội"}


def test_two_documents_in_one_clause_and_a_law_named_inside_a_title() -> None:
    text = (
        "Thực hiện Chỉ thị số 07/CT-TTg ngày 14/3/2024 của Thủ tướng Chính phủ và Kết luận số 81-KL/TW "
        "của Bộ Chính trị;\n"
        "Căn cứ Nghị định số 31/2021/NĐ-CP ngày 26/3/2021 của Chính phủ quy định chi tiết và hướng dẫn thi "
        "hành một số điều của Luật Đầu tư, Luật Doanh nghiệp;"
    )
    assert keys(text) == [
        ("07/CT-TTg", "Chỉ thị", "2024-03-14"),
        ("81-KL/TW", "Kết luận", None),
        ("31/2021/NĐ-CP", "Nghị định", "2021-03-26"),
    ]


def test_the_written_type_wins_over_the_type_the_codes_imply() -> None:
    (cited,) = cited_documents("Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội;")
    assert (cited.number, cited.doc_type, cited.issuer) == ("202/2025/QH15", "Nghị quyết", "Quốc hội")
    (letter,) = cited_documents("Xét đề nghị của Bộ Công Thương tại văn bản số 1880/BCT-CN ngày 20/3/2024;")
    assert (letter.number, letter.doc_type, letter.issuer) == ("1880/BCT-CN", "Công văn", "Bộ Công Thương")


def test_preamble_ends_at_the_operative_part_and_body_citations_are_not_cited() -> None:
    text = (
        "QUYẾT ĐỊNH\nVề việc phê duyệt Đề án\n"
        "Căn cứ Nghị định số 111/2015/NĐ-CP ngày 03/11/2015;\n"
        "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 58/TTr-SCT ngày 02 tháng 4 năm 2024.\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Thực hiện theo Quyết định số 68/QĐ-TTg ngày 18/01/2017.\n"
        "Căn cứ kết quả thực hiện, Sở Công Thương báo cáo theo Kế hoạch số 9/KH-UBND."
    )
    assert preamble_clauses(text)[0].startswith("Căn cứ Nghị định")
    assert keys(text) == [
        ("111/2015/NĐ-CP", "Nghị định", "2015-11-03"),
        ("58/TTr-SCT", "Tờ trình", "2024-04-02"),
    ]


def test_own_number_is_dropped_and_repeated_citations_count_once() -> None:
    text = (
        "Căn cứ Quyết định số 26/2023/QĐ-UBND ngày 04/8/2023 của UBND tỉnh;\n"
        "Căn cứ Nghị định số 111/2015/NĐ-CP; Nghị định số 57/2024/NĐ-CP sửa đổi Nghị định số 111/2015/NĐ-CP;"
    )
    assert [k[0] for k in keys(text, own="26/2023/QĐ-UBND")] == ["111/2015/NĐ-CP", "57/2024/NĐ-CP"]


def test_nfd_old_tone_and_lower_case_give_the_same_citations() -> None:
    text = (
        "Căn cứ Nghị định số 111/2015/nđ-cp ngày 03/11/2015 của Chính phủ; căn cứ Luật Đầu tư ngày 17/6/2020;"
    )
    nfd = unicodedata.normalize("NFD", text)
    assert (
        keys(nfd)
        == keys(text)
        == [
            ("111/2015/NĐ-CP", "Nghị định", "2015-11-03"),
            ("Luật Đầu tư", "Luật", "2020-06-17"),
        ]
    )


def test_text_without_a_preamble_cites_nothing() -> None:
    assert cited_documents("Theo Quyết định số 68/QĐ-TTg, tỉnh đã hỗ trợ 120 doanh nghiệp.") == []


def test_numbered_types_written_in_lower_case_are_cited_but_a_lower_case_law_in_prose_is_not() -> None:
    preamble = (
        "Căn cứ quyết định số 1135 / qđ-ttg ngày 10 tháng 8 năm 2023 của Thủ tướng Chính phủ;\n"
        "Căn cứ nghị quyết số 202/2025/QH15;\n"
        "Căn cứ quy định của luật;\n"
        "QUYẾT ĐỊNH:"
    )
    cited = cited_documents(preamble, published="2025-01-01")
    assert [(c.number, c.doc_type, c.date) for c in cited] == [
        ("1135/QĐ-TTg", "Quyết định", "2023-08-10"),
        ("202/2025/QH15", "Nghị quyết", None),
    ]


def test_preamble_letters_joint_circulars_and_issuer_before_the_date_are_cited() -> None:
    preamble = (
        "Căn cứ Thông tư liên tịch số 41/2016/TTLT/BTC-BCT ngày 5 tháng 3 năm 2016 của Bộ Tài chính và "
        "Bộ Công Thương;\nCăn cứ Nghị quyết số 115/NQ-CP của Chính phủ ngày 6/8/2020;\n"
        "Thực hiện Công văn số 3310/TCT-CS ngày 5/9/2024 của Tổng cục Thuế;\nQUYẾT ĐỊNH:"
    )
    assert [(c.number, c.doc_type, c.date) for c in cited_documents(preamble, "12/2024/QĐ-UBND", None)] == [
        ("41/2016/TTLT/BTC-BCT", "Thông tư liên tịch", "2016-03-05"),
        ("115/NQ-CP", "Nghị quyết", "2020-08-06"),
        ("3310/TCT-CS", "Công văn", "2024-09-05"),
    ]
