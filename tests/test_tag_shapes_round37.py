# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 37 (issue 12), each on sentences of our own:

- deals: money spent to fit new equipment ("Công ty X chi 60 tỷ đồng lắp thêm 9.000 cọc sợi", "bỏ 12 tỷ
  đồng lắp đặt dây chuyền sơn"): X's investment, as "chi N thay lò" already was (was none);
- firms: an English name that joins two trades with "and" ("Hoang Long Science and Technology Group", "Vietnam
  Leather and Footwear Corporation": were "Technology Group" and none); a title-case headline's verb ends the
  firm before it ("Moriwaki Plans Compressor Plant In Vietnam": was none), unless that subject is no firm
  ("Foreign Investors Eyes ...", "X's First Overseas Mill Starts Up"); a bare name before "cam kết rót" or
  "định rót" ("là khoản Norcom cam kết rót vào ...": was none);
- a headline's short name before the full name ("Tamaki khởi công ...\nTập đoàn Cơ khí Tamaki ..."): that
  firm, as a short name after it already was (not when another firm holds it: "Midori" before "Sơn Midori"
  and "Midori Paint Co., Ltd"); a park developer's name after "at"/"tại" ("at VSIP Hai Phong") is the park;
- the owners listed after "Chủ đầu tư gồm (ba bên):" share one investment (was none), a member's country in
  brackets no longer breaks such a list ("A, B (Trung Quốc) và C"); a field after "Association for" is no
  firm ("the Vietnam Association for Building Materials");
- persons: a by-line on the line before the page's other stories ("Thanh Tâm" over "Video khác", "Tin liên
  quan") or with its agency in brackets ("Hải Đăng (Vietnam+)"), an English speaker named with where he works
  ("Le Van Thanh of Hepza told reporters"): were none;
- decisions: a title after a spaced dash ("45/2022/NĐ-CP – Quy định chi tiết ...") is no part of the number
  (was "45/2022/NĐ-CP-QUY");
- events in English: "X held the GBC for its plant" (a groundbreaking), "X Industries of Japan is to build a
  ... plant" and "$N has been earmarked by Japan's X to ..." (announced), a headline's "X opens new ...
  factory" (an inauguration): were none.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-36 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _deals(text: str) -> list[tuple[str, list[str], float | None]]:
    return [(d.kind, sorted(d.parties), d.amount) for d in tag_text(text).deals]


@pytest.mark.parametrize(
    ("text", "firm", "amount"),
    [
        (
            "Công ty CP Sợi Hòa Lâm chi 60 tỷ đồng lắp thêm 9.000 cọc sợi cho nhà máy ở Nam Định.",
            "Sợi Hòa Lâm",
            60e9,
        ),
        (
            "Công ty TNHH Kim khí Đông Phát vừa bỏ 12 tỷ đồng lắp đặt dây chuyền sơn tĩnh điện mới.",
            "Kim khí Đông Phát",
            12e9,
        ),
    ],
)
def test_money_spent_to_fit_new_equipment_is_the_firms_investment(
    text: str, firm: str, amount: float
) -> None:
    assert _deals(text) == [("investment", [firm], amount)]


def test_money_spent_on_anything_but_plant_is_no_investment() -> None:
    assert _deals("Công ty CP Sợi Hòa Lâm chi 2 tỷ đồng may đồng phục cho công nhân.") == []


def _firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, sorted(p.name for p in e.parties)) for e in tag_text(text).events]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Hoang Long Science and Technology Group will buy all the furnace's output.",
            "Hoang Long Science and Technology Group",
        ),
        (
            "The state-owned Vietnam Leather and Footwear Corporation asked for cheaper loans.",
            "Vietnam Leather and Footwear Corporation",
        ),
        (
            "Talks included the Vietnam Glass and Ceramics Corporation (Viglacera) and two Thai firms.",
            "Vietnam Glass and Ceramics Corporation",
        ),
    ],
)
def test_an_english_name_joining_two_trades_with_and_is_one_firm(text: str, firm: str) -> None:
    assert _firms(text) == [firm]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Moriwaki Plans Compressor Plant In Vietnam", "Moriwaki"),
        ("Delwyn Optical Breaks Ground In Quang Ngai", "Delwyn Optical"),
    ],
)
def test_a_title_case_headline_verb_ends_the_firm_before_it(text: str, firm: str) -> None:
    assert _firms(text) == [firm]


@pytest.mark.parametrize(
    "text",
    ["Foreign Investors Eyes Dong Nai Parks", "Tamura's First Overseas Cable Mill Starts Up In Vietnam"],
)
def test_a_title_case_headline_subject_that_names_no_firm_is_none(text: str) -> None:
    assert _firms(text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Thêm 900 triệu USD là khoản Norcom cam kết rót vào Việt Nam trong ba năm tới.", "Norcom"),
        ("Khoảng 650 tỷ won là số tiền Hanmir định rót vào Bắc Giang đến năm 2027.", "Hanmir"),
    ],
)
def test_a_sum_a_bare_name_pledges_or_intends_to_put_in_is_its_announced_investment(
    text: str, firm: str
) -> None:
    assert _firms(text) == [firm]
    assert _events(text) == [("investment_announcement", [firm])]


def test_a_firm_holding_its_own_groundbreaking_is_its_groundbreaking() -> None:
    text = "Delwyn Optical held the GBC for its lens plant at an industrial park in Quang Ngai on Friday."
    assert _events(text) == [("groundbreaking", ["Delwyn Optical"])]


@pytest.mark.parametrize(
    ("text", "kind", "firm"),
    [
        (
            "Moriwaki Industries of Japan is to build a compressor plant in Bac Ninh.",
            "investment_announcement",
            "Moriwaki Industries",
        ),
        (
            "Some $80 million has been earmarked by Japan's Sakata Corporation to widen its park in Hai Duong.",
            "investment_announcement",
            "Sakata Corporation",
        ),
        (
            "Moriwaki Industries opens new compressor factory in Vietnam",
            "inauguration",
            "Moriwaki Industries",
        ),
    ],
)
def test_plans_pledges_and_openings_worded_so_are_events(text: str, kind: str, firm: str) -> None:
    assert _events(text) == [(kind, [firm])]


def test_a_plant_built_by_a_described_maker_is_that_makers_at_the_first_amount() -> None:
    text = "A $22.4 million tannery built by Swiss-Chinese leather maker Orveda, well over its first budget of $15 million, has begun work in Tay Ninh."
    assert _firms(text) == ["Orveda"]
    assert _deals(text) == [("investment", ["Orveda"], 22.4e6)]


def test_a_headline_short_name_before_the_full_name_is_that_firm() -> None:
    text = "Tamaki khởi công nhà máy khuôn ở Việt Nam\nTập đoàn Cơ khí Tamaki (Nhật Bản) vừa khởi công nhà máy khuôn ép 60 triệu USD tại KCN Phú Nghĩa."
    assert sorted(set(_firms(text))) == ["Cơ khí Tamaki"]
    assert _events(text) == [("groundbreaking", ["Cơ khí Tamaki"])]


def test_a_headline_short_name_that_another_firm_also_holds_stays_its_own() -> None:
    text = "Nhà máy sơn đầu tiên của Midori ở miền Bắc\nCông ty TNHH Sơn Midori Việt Nam, vốn của Midori Paint Co., Ltd (Nhật Bản), đã chạy dây chuyền đầu tiên."
    assert _firms(text)[0] == "Midori"


@pytest.mark.parametrize(
    "text",
    [
        "The lens plant at VSIP Hai Phong will hire 700 workers.",
        "Nhà máy khuôn mẫu đặt tại VSIP Nghệ An từ năm 2022.",
    ],
)
def test_a_park_developers_name_after_at_is_the_park(text: str) -> None:
    assert _firms(text) == []


def test_a_park_developer_acting_is_still_a_firm() -> None:
    assert "VSIP Nghệ An" in _firms("VSIP Nghệ An vừa ký hợp đồng thuê đất với Công ty TNHH Khuôn Minh Đạt.")


def test_the_owners_listed_after_chu_dau_tu_gom_share_one_investment() -> None:
    text = "Chủ đầu tư gồm ba bên: Công ty CP Kính Phú Thịnh, Tập đoàn Vật liệu Hằng An (Trung Quốc) và Tổng công ty Hạ tầng Long Hậu."
    assert _deals(text) == [("investment", ["Hạ tầng Long Hậu", "Kính Phú Thịnh", "Vật liệu Hằng An"], None)]


def test_a_field_after_association_for_is_no_firm() -> None:
    text = "Most of it is imported, said Tran Van Son, deputy head of the Vietnam Association for Building Materials."
    assert _firms(text) == []


def _persons(text: str) -> list[str]:
    return [p.name for p in tag_text(text).persons]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ngành khuôn mẫu cần vốn dài hạn\n\nDoanh nghiệp nhỏ vẫn phải vay ngắn hạn để mua máy.\nThanh Tâm\n\nVideo khác\n- Giá thép tăng",
            "Thanh Tâm",
        ),
        (
            "Xưởng sơn tĩnh điện mới chạy máy\n\nCông suất đạt 3.000 tấn mỗi năm.\nKhánh Linh\n\nTin liên quan\n- Bắc Ninh thu hút vốn",
            "Khánh Linh",
        ),
        ("Đơn hàng linh kiện tăng mạnh trong quý III./.\n\nHải Đăng (Vietnam+)", "Hải Đăng"),
    ],
)
def test_a_by_line_before_the_pages_other_stories_or_with_its_agency_is_a_person(
    text: str, name: str
) -> None:
    assert _persons(text) == [name]


def test_a_place_line_before_the_pages_other_stories_is_no_person() -> None:
    assert (
        _persons(
            "Khu công nghiệp mới mở rộng\n\nVốn đạt 120 triệu USD.\nBắc Ninh\n\nTin liên quan\n- Thái Bình"
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "No new footwear project was licensed in the zones this year, Le Van Thanh of Hepza told reporters.",
            "Le Van Thanh",
        ),
        ("Pham Thi Hoa of the Vietnam Plastics Association said orders were still weak.", "Pham Thi Hoa"),
    ],
)
def test_an_english_speaker_named_with_where_he_works_is_a_person(text: str, name: str) -> None:
    assert _persons(text) == [name]


def test_a_title_after_a_spaced_dash_is_no_part_of_the_number() -> None:
    text = "- Nghị định số 45/2022/NĐ-CP – Quy định chi tiết một số điều của Luật Hóa chất."
    assert [d.number for d in tag_text(text).decisions] == ["45/2022/NĐ-CP"]
