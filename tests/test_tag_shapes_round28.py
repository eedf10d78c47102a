# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 28 (issue 12), each on sentences of our own, most seen in blind batches 89-91:

- by-lines and credits: "bởi X 27 Tháng 6, 2025", "X - 09:12, 18/05/2023", "Thực hiện: A - B", "Theo X (TN)",
  a last line "A, B", English "Writer: X" and "Signer: X"; roles spelled "Phó chủ tịch", "Tổng giám đốc";
  a name followed by a lower-case accented word ("... ở thôn") ends there;
- stakes: "will acquire a N% stake in Y", "lifted its stake in Y", "a private placement to X", "chào bán riêng
  lẻ ... cho X", "cổ đông lớn X nâng sở hữu lên N%";
- firms: a bare name after its head's role that opens with a trade ("Phó Tổng Giám đốc Găng tay X,"), after
  its kind and country ("hãng dược Hàn Quốc X"); casting and tooling words end English names; "The" opening a
  sentence, a company word alone and bodies ("... Association") are no firm's name;
- events: construction begun on the factories of a list of owners, "switched on a $N line", "chính thức chạy
  máy", an amended certificate handed in the passive.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-27 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Xưởng khuôn mới chạy máy\nbởi Thu Trang 27 Tháng 6, 2025\nSáng nay xưởng chạy thử.", ["Thu Trang"]),
        (
            "Giá thép tấm nhích lên\nĐăng bởi: Quang Vinh | 12/05/2025\nCác xưởng đúc cho biết.",
            ["Quang Vinh"],
        ),
        (
            "Linh kiện y tế\nViết bởi Minh Khôi 08:15 14/03/2025\nDoanh nghiệp trong tỉnh đã ...",
            ["Minh Khôi"],
        ),
    ],
)
def test_vietnamese_by_lines_with_boi_and_a_date_after_the_name(text: str, names: list[str]) -> None:
    assert [p.name for p in tag_text(text).persons] == names


def test_boi_inside_a_sentence_is_no_by_line() -> None:
    text = "Nhà máy được vận hành\nbởi Công ty TNHH Cơ khí Hòa Phát Đạt từ tháng 6."
    assert tag_text(text).persons == []


def test_an_english_will_acquire_a_stake_is_an_announced_acquisition() -> None:
    tags = tag_text(
        "Osaka's Midori Seiyaku said it will acquire a 55% stake in Vietnam's Hong Lam Pharma for $31 million."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Midori Seiyaku"])]
    assert [(e.kind, [p.name for p in e.parties], e.status) for e in tags.events] == [
        ("acquisition", ["Midori Seiyaku", "Hong Lam Pharma"], "announced")
    ]


def test_will_buy_goods_from_a_firm_is_no_acquisition() -> None:
    assert tag_text("Minh Long Plastics will buy two injection lines from Engel GmbH next year.").deals == []


def test_a_stake_lifted_is_the_buyers_investment_told_as_background() -> None:
    tags = tag_text("Swiss group Alpstein Pharma lifted its stake in Phu Yen Pharma to 97% last year.")
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Alpstein Pharma"])]
    assert tags.events == []


def test_an_english_private_placement_is_the_buyers_acquisition_of_the_issuer() -> None:
    tags = tag_text(
        "Cuu Long Medical JSC has approved a plan to issue 4.2 million shares in a private placement to "
        "Japan's Hakuyo Medical Co., Ltd. at VND31,000 per share."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Hakuyo Medical"])]
    assert [(e.kind, [p.name for p in e.parties], e.status) for e in tags.events] == [
        ("acquisition", ["Hakuyo Medical", "Cuu Long Medical"], "announced")
    ]


def test_shares_offered_privately_to_a_firm_are_its_acquisition() -> None:
    tags = tag_text(
        "HĐQT Công ty CP Nhựa Tân Phú Xanh thông qua phương án chào bán riêng lẻ 3 triệu cổ phiếu cho "
        "Công ty TNHH Kasumi Kasei (Nhật Bản)."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Kasumi Kasei"])]
    assert [(e.kind, {p.name for p in e.parties}) for e in tags.events] == [
        ("acquisition", {"Kasumi Kasei", "Nhựa Tân Phú Xanh"})
    ]


def test_a_holder_raising_its_ownership_invests() -> None:
    tags = tag_text("Cổ đông lớn Hanil Holdings nâng sở hữu tại Công ty CP Ống thép Phú An lên 72%.")
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Hanil Holdings"])]


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        (
            "Theo ông Lục Văn Tài, Phó Tổng Giám đốc Găng tay Long Thành Xanh, công ty đã có chứng nhận CE.",
            ["Găng tay Long Thành Xanh"],
        ),
        (
            "Bà Mai Thu Quỳnh, thành viên HĐQT Dược phẩm Tây Hồ, cho biết đối tác đến từ Osaka.",
            ["Dược phẩm Tây Hồ"],
        ),
    ],
)
def test_a_firm_named_bare_after_its_heads_role_may_open_with_a_trade(text: str, firms: list[str]) -> None:
    assert [f.name for f in tag_text(text).firms] == firms


@pytest.mark.parametrize(
    "text",
    [
        "Bà Lê Thu Hà, Giám đốc Kinh doanh, cho biết đơn hàng tăng.",
        "Ông Phạm Quang Huy, Giám đốc Sở Công Thương, cho biết.",
    ],
)
def test_a_role_before_a_department_or_a_body_gives_no_firm(text: str) -> None:
    assert tag_text(text).firms == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Hoa Binh Foundry, based in Hai Duong, ships a third of its castings to a motor maker.",
            "Hoa Binh Foundry",
        ),
        (
            "Phuc Loc Mechanical, a shop of 40 workers, has made brake pedals since 2006.",
            "Phuc Loc Mechanical",
        ),
    ],
)
def test_casting_and_tooling_words_end_english_firm_names(text: str, firm: str) -> None:
    assert [f.name for f in tag_text(text).firms] == [firm]


def test_construction_begun_on_the_factories_of_a_list_of_owners_is_each_ones_groundbreaking() -> None:
    tags = tag_text(
        "Construction began on May 6 at Yen Phong III Industrial Park on factories of Singapore-based Corvan "
        "Precision and Taiwan's Lianfu Mold Co., Ltd, whose plans add up to 96 million USD."
    )
    assert [f.name for f in tags.firms] == ["Corvan Precision", "Lianfu Mold"]
    assert [(d.kind, d.parties) for d in tags.deals] == [
        ("groundbreaking", ["Corvan Precision"]),
        ("groundbreaking", ["Lianfu Mold"]),
    ]
    assert [(e.kind, [p.name for p in e.parties]) for e in tags.events] == [
        ("groundbreaking", ["Corvan Precision", "Lianfu Mold"])
    ]


def test_a_company_word_alone_is_no_firm() -> None:
    assert tag_text("Construction began on April 8 at the park.").firms == []


def test_a_line_switched_on_is_an_inauguration() -> None:
    tags = tag_text(
        "The province has a new cell plant after Brightmoor Energy switched on a $75 million line on May 2."
    )
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Brightmoor Energy"], 75_000_000)
    ]
    assert [(e.kind, e.status) for e in tags.events] == [("inauguration", "completed")]


@pytest.mark.parametrize(
    "text",
    [
        "Nhà máy vòng bi của Công ty TNHH Cơ khí Đông Triều tại KCN Kim Thành, vốn 85 tỉ đồng, chính thức chạy máy sáng nay.",
        "Nhà máy thuốc tiêm của Công ty CP Dược phẩm Trường An chính thức chạy từ sáng 5/9 sau khi đạt chuẩn GMP.",
    ],
)
def test_a_plant_officially_running_is_an_inauguration(text: str) -> None:
    assert [(e.kind, e.status) for e in tag_text(text).events] == [("inauguration", "completed")]


def test_an_amended_certificate_handed_in_the_passive_is_a_licence_with_its_grantor() -> None:
    tags = tag_text(
        "Giấy chứng nhận điều chỉnh lần thứ ba được Ban Quản lý các KCN Bắc Giang trao cho Công ty TNHH "
        "Quang Điện Hòa Lạc ngày 4/6/2025."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Quang Điện Hòa Lạc"])]
    assert [(e.kind, [p.name for p in e.parties]) for e in tags.events] == [
        ("investment_licence", ["Ban Quản lý các KCN Bắc Giang", "Quang Điện Hòa Lạc"])
    ]


def test_a_certificate_not_yet_held_licenses_nobody() -> None:
    text = "KCN Yên Lư chưa có giấy chứng nhận điều chỉnh nhưng Kinh Bắc cho biết đã giữ 30 ha cho một khách."
    assert tag_text(text).deals == []


def test_a_firm_after_its_kind_and_country_is_a_firm() -> None:
    tags = tag_text(
        "Hãng dược Hàn Quốc Seohan Bio vừa đăng ký chào mua 40% vốn điều lệ Công ty CP Dược phẩm Tây Đô."
    )
    assert [f.name for f in tags.firms] == ["Seohan Bio", "Dược phẩm Tây Đô"]


def test_the_article_opening_a_sentence_is_no_part_of_a_firms_name() -> None:
    tags = tag_text(
        "The Kim Son Medical Glass JSC has signed a contract with Austria's Weidlinger Anlagen GmbH."
    )
    assert [f.name for f in tags.firms] == ["Kim Son Medical Glass", "Weidlinger Anlagen"]


def test_an_article_inside_a_sentence_may_be_the_names_own() -> None:
    tags = tag_text("Trang trại điện gió do công ty năng lượng xanh The Green Crescent (Singapore) xây dựng.")
    assert [f.name for f in tags.firms] == ["The Green Crescent"]


@pytest.mark.parametrize(
    "text",
    [
        "Vu Thanh Son, chairman of the Vietnam Plastics and Rubber Association, said orders had fallen.",
        "According to the World Health Organization (WHO), demand for gloves doubled.",
    ],
)
def test_an_association_or_an_organization_is_no_firm(text: str) -> None:
    assert tag_text(text).firms == []


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Đoàn giám sát do Phó chủ tịch HĐND tỉnh Lương Văn Khải dẫn đầu.",
            "Lương Văn Khải",
            "Phó chủ tịch HĐND tỉnh",
        ),
        (
            "Tổng giám đốc Đinh Quốc Bảo cho biết nhà máy sẽ chạy từ tháng 9.",
            "Đinh Quốc Bảo",
            "Tổng giám đốc",
        ),
    ],
)
def test_roles_spelled_in_lower_case_after_their_first_word(text: str, person: str, role: str) -> None:
    assert [(p.name, p.role) for p in tag_text(text).persons] == [(person, role)]


@pytest.mark.parametrize(
    "text",
    [
        "Chị Hoàng Thị Nhàn ở thôn Đông Lỗ đã ba năm đánh bóng bản lề cho một xưởng trong cụm.",
        "Anh Vũ Đức Khiêm đã mở xưởng tiện thứ hai ở xã Phùng Xá.",
    ],
)
def test_a_name_before_a_lower_case_accented_word_ends_there(text: str) -> None:
    # "[A-ZĐÀ-Ỹ]" holds "ở" and "đ": the next word was read as the name going on
    assert len(tag_text(text).persons) == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Xưởng đúc mở rộng\nThu Hiền - 10:05, 21/04/2025\nCác xưởng đúc cho biết đơn hàng tăng.",
            ["Thu Hiền"],
        ),
        ("Một lớp tiện CNC mở ở Hưng Yên.\nKhánh Linh, Quốc Đạt", ["Khánh Linh", "Quốc Đạt"]),
        ("Lò đúc mới ở Thanh Oai\nThực hiện: Bảo Ngọc - Văn Toàn\nNguồn: HNM", ["Bảo Ngọc", "Văn Toàn"]),
        ("Nhà xưởng vẫn chờ người thuê.\nTheo THANH TÙNG (NLĐ)", ["THANH TÙNG"]),
        (
            "A Guide to Sand Casting\nWriter: Henrik Aalto\nAsk the foundry which grades it pours.",
            ["Henrik Aalto"],
        ),
        ("Official number: 52/2024/NQ-HĐND\nSigner: Ngo Thanh Binh\nType: Resolution", ["Ngo Thanh Binh"]),
    ],
)
def test_credit_lines_of_writers_and_signers(text: str, names: list[str]) -> None:
    assert [p.name for p in tag_text(text).persons] == names


def test_a_place_and_a_date_on_one_line_are_no_two_writers() -> None:
    assert tag_text("NGHỊ QUYẾT\nBiên Hòa, ngày 27 tháng 04 năm 2013\nĐại hội đồng cổ đông").persons == []


def test_a_person_after_a_committees_unit_word_is_no_part_of_its_name() -> None:
    tags = tag_text("Chủ tịch UBND tỉnh Hồ Sĩ Khiêm cho biết tỉnh đã giao đất cho nhà đầu tư.")
    assert [(p.name, p.role) for p in tags.persons] == [("Hồ Sĩ Khiêm", "Chủ tịch UBND tỉnh")]


def test_a_province_named_after_a_person_stays_the_province() -> None:
    tags = tag_text("Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi cho biết.")
    assert [(p.name, p.role) for p in tags.persons] == [("Phan Văn Mãi", "Chủ tịch UBND TP Hồ Chí Minh")]


def test_a_firms_priced_plant_told_in_passing_is_its_investment_beside_another_deal() -> None:
    tags = tag_text(
        "Kurobe Casting Company's US$14 million foundry in the park came on the advice of Tsuruga Seiki Inc., "
        "which had already sunk US$27 million there."
    )
    assert sorted((d.parties[0], d.amount) for d in tags.deals) == [
        ("Kurobe Casting Company", 14_000_000),
        ("Tsuruga Seiki", 27_000_000),
    ]


def test_a_project_that_has_just_got_its_licence_is_licensed() -> None:
    tags = tag_text(
        "Dự án của Tập đoàn Điện tử Thái Hằng (Trung Quốc) vừa có giấy phép; chủ đầu tư sẽ tuyển 900 người."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Điện tử Thái Hằng"])]
    assert [(e.kind, e.status) for e in tags.events] == [("investment_licence", "licensed")]


def test_a_project_that_officially_has_its_investment_licence_is_licensed() -> None:
    tags = tag_text(
        "Dự án 300 triệu USD của Tập đoàn Thái Hằng Semicon chính thức có giấy phép đầu tư sáng nay (3/3)."
    )
    assert [(e.kind, e.status) for e in tags.events] == [("investment_licence", "licensed")]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Ông Lâm Quốc Huy, Tổng giám đốc Đại Thịnh, nói xưởng sẽ ưu tiên đơn hàng nhà tiền chế.",
            "Đại Thịnh",
        ),
        (
            "Theo bà Phan Thu Ngân, Giám đốc kinh doanh Tân Phước Xanh, hai khách đã đặt cọc giữ xưởng.",
            "Tân Phước Xanh",
        ),
    ],
)
def test_a_firm_after_its_heads_role_may_open_with_a_common_syllable_or_follow_a_department(
    text: str, firm: str
) -> None:
    assert [f.name for f in tag_text(text).firms] == [firm]


def test_a_university_after_a_role_is_no_firm() -> None:
    assert tag_text("Ông Lê Văn Hùng, Giám đốc Đại học Bách khoa, cho biết.").firms == []


def test_a_short_name_that_goes_on_into_another_name_is_that_other_firm() -> None:
    tags = tag_text(
        "Nhà xưởng của Công ty TNHH Hải Phòng Sakuragi đã chạy máy; công ty là đơn vị của Sakuragi Tape Co., Ltd "
        "(Nhật Bản). Sakuragi cho biết sẽ tuyển thêm 200 người."
    )
    assert [f.name for f in tags.firms] == ["Hải Phòng Sakuragi", "Sakuragi Tape", "Hải Phòng Sakuragi"]


@pytest.mark.parametrize(
    ("text", "firm", "amount"),
    [
        (
            "HUE, Vietnam—A $64 million gearbox plant built over two years by Phu Bai Drive JSC is now running in the city, with room for 90,000 units a year.",
            "Phu Bai Drive",
            64_000_000,
        ),
        (
            "Moulds took VND 300 billion of the VND 1,150 billion that Tan Phu Glass Company spent on the plant in Hue.",
            "Tan Phu Glass Company",
            1_150_000_000_000,
        ),
    ],
)
def test_the_builder_or_the_spender_of_a_priced_plant_invests(text: str, firm: str, amount: int) -> None:
    assert [(d.kind, d.parties, d.amount) for d in tag_text(text).deals] == [("investment", [firm], amount)]
