"""What a legal text does to the documents it names, read from its own words (sentences written here)."""

from __future__ import annotations

import unicodedata

from extract.relations import relations


def kinds(text: str, own: str | None = None) -> list[tuple[str, str]]:
    return [(r.kind, r.number) for r in relations(text, own)]


def test_a_preamble_line_is_based_on_its_first_number_only() -> None:
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 111/2015/NĐ-CP ngày 03 tháng 11 năm 2015 của Chính phủ về phát triển công "
        "nghiệp hỗ trợ;\n"
        "Căn cứ Nghị định số 57/2024/NĐ-CP ngày 20/5/2024 sửa đổi Nghị định số 111/2015/NĐ-CP;"
    )
    assert kinds(text) == [("based_on", "111/2015/NĐ-CP"), ("based_on", "57/2024/NĐ-CP")]


def test_amending_title_and_replacing_article() -> None:
    title = "Quyết định số 7/2025/QĐ-UBND sửa đổi, bổ sung một số điều của Quyết định số 18/2023/QĐ-UBND"
    assert kinds(title, own="7/2025/QĐ-UBND") == [("amends", "18/2023/QĐ-UBND")]
    closing = (
        "Điều 3. Quyết định này có hiệu lực từ ngày 01/7/2025 và thay thế Quyết định số 12/2019/QĐ-UBND."
    )
    assert kinds(closing) == [("replaces", "12/2019/QĐ-UBND")]


def test_a_list_of_repealed_decisions_with_their_dates() -> None:
    text = (
        "Bãi bỏ Quyết định số 5/2015/QĐ-UBND ngày 10/3/2015 của UBND tỉnh, Quyết định số 9/2016/QĐ-UBND "
        "và Quyết định số 21/2017/QĐ-UBND."
    )
    assert kinds(text) == [("repeals", n) for n in ("5/2015/QĐ-UBND", "9/2016/QĐ-UBND", "21/2017/QĐ-UBND")]


def test_guiding_and_detailing_texts() -> None:
    assert kinds("Thông tư hướng dẫn thực hiện Nghị định số 111/2015/NĐ-CP.") == [
        ("guides", "111/2015/NĐ-CP")
    ]
    assert kinds("Quy định chi tiết Điều 5 của Nghị định số 57/2024/NĐ-CP.") == [("guides", "57/2024/NĐ-CP")]


def test_a_number_only_mentioned_is_no_relation_and_nfd_reads_the_same() -> None:
    news = "Thực hiện Kế hoạch số 215/KH-UBND, tỉnh đã tổ chức hội nghị kết nối cung ứng."
    assert kinds(news) == []
    text = "Quyết định này thay thế Quyết định số 12/2019/QĐ-UBND."
    assert kinds(unicodedata.normalize("NFD", text)) == kinds(text) == [("replaces", "12/2019/QĐ-UBND")]


def test_a_document_never_relates_to_itself() -> None:
    assert kinds("Bãi bỏ Quyết định số 5/2015/QĐ-UBND.", own="5/2015/QĐ-UBND") == []
