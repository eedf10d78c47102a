# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 39 (issue 12), each on sentences of our own:

- deals: "Giấy phép vừa/mới/đã cấp cho X" is X's licence (was none; a "giấy phép môi trường" or "xây dựng"
  stays none); "B (cũng) đã về tay A" is A's purchase (was none: "cũng" stood between); "B vừa nhận thông
  báo chào mua công khai từ A" is A's bid (announced; was none); "X chốt khoản N cho một nhà máy" is X's
  investment (was none; "chốt đơn hàng" stays none);
- firms: a Vietnamese name written bare before "đã bỏ vào" ("N là số tiền Thành Lộc Sài Gòn đã bỏ vào nhà
  máy"): a firm and its investment (were none);
- English stakes: "X, which last year took 75 per cent of Y" (a relative clause), "... the makers X has bought
  into." (at a clause's end), "A 55% stake in Y is to go to X" and "Y agreed last month to sell 65 per cent of
  itself to X": X buys (were none); "a margin of 21.37 percent went to X" stays none;
- a time after a word of saying ("X báo hồi tháng 3 sẽ rót thêm N vào ..."), the passive in progress ("N
  đang được X đổ vào ...") and new capital registered ("N vốn mới vừa được X đăng ký cho nhà máy ..."):
  announced investments (were none);
- English: "X will add 250 million USD for one more factory", "..., where X plans to expand." (announced;
  were none; "plans to expand exports" stays none);
- persons in English copy: a Vietnamese name before ", who ..." ("Do Van Khanh, who runs ...") and after a
  role set off by a comma ("its director, Luong Thi Hoa, still ..."): were none; a foreign-looking name after
  such a role ("its owner, Nordlys Marine,") stays none (a firm, as often as not);
- decisions: a number before a spaced en dash and a lower-case gloss ("Nghị định số 31/2021/NĐ-CP – quy định
  chi tiết ...") ends at its last code (was "31/2021/NĐ-CP-QUY"); a spaced hyphen still joins lower-case
  codes ("26/2023/qđ - ubnd");
- a plant a firm already has, its worth after it ("X đã có một nhà máy 20 triệu USD ở Y"): X's investment,
  told as background (no event; was none); a plant's area after it is no worth.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-38 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.kind, sorted(d.parties)) for d in tag_text(text).deals]


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.kind, e.status, sorted(p.name for p in e.parties)) for e in tag_text(text).events]


def _firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


def test_a_licence_just_granted_to_a_firm_is_its_licensed_investment() -> None:
    text = "Giấy phép mới cấp cho Tập đoàn Quanlong Electronics (Trung Quốc) cho phép dựng nhà máy bo mạch ở Hà Nam."
    assert _deals(text) == [("investment", ["Quanlong Electronics"])]
    assert _events(text) == [("investment_licence", "licensed", ["Quanlong Electronics"])]


def test_an_environmental_or_building_permit_is_no_investment_licence() -> None:
    text = "Giấy phép môi trường vừa cấp cho Công ty TNHH Quanlong Electronics Việt Nam cho phép xả thải ra sông Châu."
    assert _deals(text) == []
    assert _events(text) == []


def test_a_company_passed_into_a_buyers_hands_with_cung_is_the_buyers_purchase() -> None:
    text = "Công ty CP Bao bì Phương Nam cũng đã về tay Kanto Pack từ quý trước."
    assert _deals(text) == [("investment", ["Kanto Pack"])]
    assert _events(text) == [("acquisition", "completed", ["Bao bì Phương Nam", "Kanto Pack"])]


def test_a_tender_offer_received_from_a_bidder_is_the_bidders_announced_purchase() -> None:
    text = "Công ty CP Nhựa Bình Sơn (mã CK: BSP) vừa nhận thông báo chào mua công khai 30% cổ phần từ Norden Plast AB, công ty con của một quỹ Thụy Điển."
    assert _deals(text) == [("investment", ["Norden Plast"])]
    assert _events(text) == [("acquisition", "announced", ["Nhựa Bình Sơn", "Norden Plast"])]


def test_a_sum_settled_on_for_a_new_plant_is_an_investment_but_an_order_settled_is_not() -> None:
    text = "Giá nhân công tăng khiến Kaifeng Optics, nhà làm thấu kính của Đài Loan, chốt khoản 95 triệu USD cho một nhà máy mới ở Hưng Yên."
    assert _deals(text) == [("investment", ["Kaifeng Optics"])]
    assert _deals("Công ty TNHH Kaifeng Optics chốt đơn hàng 3 triệu USD cho nhà máy ở Hưng Yên.") == []


def test_a_bare_vietnamese_name_before_da_bo_vao_is_a_firm_and_its_investment() -> None:
    text = "Khoảng 240 tỷ đồng là số tiền Thành Lộc Sài Gòn đã bỏ vào xưởng ép nhựa để giữ đơn hàng của LG."
    assert "Thành Lộc Sài Gòn" in _firms(text)
    assert _deals(text) == [("investment", ["Thành Lộc Sài Gòn"])]


@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        (
            "Kedah Resins Bhd, which in 2023 took 60 per cent of Dong Nai Film JSC, now owns three film plants in the south.",
            "Kedah Resins",
        ),
        (
            "Binh An Packaging (70 per cent) and Tan Phu Labels (55 per cent) are among the local firms Chonburi Pack has bought into.",
            "Chonburi Pack",
        ),
        (
            "A 40% stake in Hai Duong Foam JSC is to go to Nordlys Holdings of Norway for an undisclosed sum.",
            "Nordlys Holdings",
        ),
        (
            "Phuoc Long Plastics JSC agreed last week to sell 51 per cent of itself to Malaysia's Seri Polymers Berhad.",
            "Seri Polymers",
        ),
    ],
)
def test_english_stakes_bought_told_as_clauses_relatives_and_sales_go_to_the_buyer(
    text: str, buyer: str
) -> None:
    assert ("investment", [buyer]) in _deals(text)


def test_a_share_of_a_duty_margin_going_to_a_firm_is_no_stake() -> None:
    assert (
        _deals(
            "An anti-dumping margin of 18.6 percent went to Pohang Tube Vina Corporation in the final ruling."
        )
        == []
    )


def test_a_time_after_a_word_of_saying_still_leaves_the_investment_announced() -> None:
    text = (
        "Canon báo hồi tháng 4 sẽ rót thêm 120 triệu USD vào nhà máy ở Bắc Ninh, một hãng tin Nhật dẫn lại."
    )
    assert _deals(text) == [("investment", ["Canon"])]
    assert _events(text) == [("investment_announcement", "announced", ["Canon"])]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Khoảng 75 triệu USD đang được LG Innotek đổ vào dây chuyền mô-đun camera ở Hải Phòng.",
            "LG Innotek",
        ),
        (
            "92,4 tỷ đồng vốn mới vừa được Công ty TNHH Daeyang Metal Vina (Hàn Quốc) đăng ký cho nhà máy ở KCN Đồng Văn II.",
            "Daeyang Metal",
        ),
    ],
)
def test_a_sum_being_put_in_or_newly_registered_by_a_firm_is_its_announced_investment(
    text: str, firm: str
) -> None:
    assert _deals(text) == [("investment", [firm])]
    assert _events(text) == [("investment_announcement", "announced", [firm])]


def test_english_will_add_a_sum_in_usd_and_plans_to_expand_are_announced_investments() -> None:
    text = "In Thai Nguyen, Samsung will add 120 million USD for one more module line; Luxshare runs five plants."
    assert _deals(text) == [("investment", ["Samsung"])]
    text = "Land clearing has begun for a larger film plant in Long An province, where packaging maker Seri Polymers plans to expand."
    assert _deals(text) == [("investment", ["Seri Polymers"])]
    assert _events(text) == [("investment_announcement", "announced", ["Seri Polymers"])]
    assert _deals("Seri Polymers plans to expand exports to Japan next year.") == []


def _persons(text: str) -> list[str]:
    return [p.name for p in tag_text(text).persons]


def test_a_vietnamese_name_before_a_who_clause_or_after_a_role_and_comma_is_a_person() -> None:
    assert _persons(
        "Mould makers are busy: Do Van Khanh, who runs a die shop in Binh Duong, says orders doubled."
    ) == ["Do Van Khanh"]
    assert _persons(
        "Minh Phat Co. makes brackets for Honda, but its director, Luong Thi Hoa, still wants a Japanese buyer."
    ) == ["Luong Thi Hoa"]


def test_a_foreign_looking_name_after_a_role_and_comma_is_no_person() -> None:
    assert (
        _persons("Ha Long Shipyard handed the tug to its owner, Nordlys Marine, at the yard on Friday.") == []
    )


def test_a_number_before_a_spaced_en_dash_and_a_lower_case_gloss_ends_at_its_last_code() -> None:
    text = "Căn cứ:\n- Nghị định số 35/2022/NĐ-CP – quy định về quản lý khu công nghiệp và khu kinh tế."
    assert [d.number for d in tag_text(text).decisions] == ["35/2022/NĐ-CP"]
    assert [d.number for d in tag_text("theo quyết định 26/2023/qđ - ubnd ngày 5/3").decisions] == [
        "26/2023/QĐ-UBND"
    ]


def test_a_plant_a_firm_already_has_with_its_worth_is_its_investment_without_an_event() -> None:
    text = "Công ty TNHH Bao bì Thiên Phú đã có một nhà máy 14 triệu USD ở KCN Tân Phú Trung."
    assert _deals(text) == [("investment", ["Bao bì Thiên Phú"])]
    assert _events(text) == []
    assert _deals("Công ty TNHH Bao bì Thiên Phú đã có một nhà máy 6.000 m2 ở KCN Tân Phú Trung.") == []
