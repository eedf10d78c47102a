import pytest

from extract.tag import tag_text

SENTENCES = [
    "Công ty TNHH Daewon Electronics Việt Nam ký kết biên bản ghi nhớ với Công ty TNHH Cơ khí Minh Phát, "
    "Công ty CP Nhựa Hưng Thịnh và Công ty TNHH Khuôn mẫu Sao Việt.",
    "Tập đoàn Toyota ký hợp đồng cung ứng phụ tùng với Công ty CP Cơ khí Đông Anh.",
    "Ngày 15/3/2024, Công ty TNHH Jinko Solar đầu tư dự án mới với tổng vốn 32,5 triệu USD tại KCN Quế Võ, "
    "tỉnh Bắc Giang.",
    "Sáng 2/10, Công ty CP Thép Hòa An khởi công nhà máy 1.200 tỷ đồng tại tỉnh Thái Bình.",
    "Công ty TNHH Orion Vina hợp tác với Công ty CP Bao bì Tân Long trong đào tạo.",
]


def test_one_signer_three_counterparts_gives_three_mou_deals() -> None:
    deals = tag_text(SENTENCES[0]).deals
    assert [(d.kind, d.parties) for d in deals] == [
        ("mou", ["Daewon Electronics", "Cơ khí Minh Phát"]),
        ("mou", ["Daewon Electronics", "Nhựa Hưng Thịnh"]),
        ("mou", ["Daewon Electronics", "Khuôn mẫu Sao Việt"]),
    ]
    assert all((d.start, d.end) == (0, len(SENTENCES[0]) - 1) or d.start == 0 for d in deals)


def test_supply_contract_kind() -> None:
    deals = tag_text(SENTENCES[1]).deals
    assert [(d.kind, d.parties) for d in deals] == [("supply_contract", ["Toyota", "Cơ khí Đông Anh"])]


def test_investment_with_amount_province_and_date() -> None:
    deals = tag_text(SENTENCES[2], "2024-03-16").deals
    assert len(deals) == 1
    d = deals[0]
    assert (d.kind, d.parties, d.amount, d.currency, d.province, d.date) == (
        "investment",
        ["Jinko Solar"],
        32500000,
        "USD",
        "Tỉnh Bắc Ninh",
        "2024-03-15",
    )


def test_groundbreaking_takes_year_from_published() -> None:
    d = tag_text(SENTENCES[3], "2025-10-03T08:00:00+07:00").deals[0]
    assert (d.kind, d.parties, d.amount, d.currency, d.province, d.date) == (
        "groundbreaking",
        ["Thép Hòa An"],
        1200000000000,
        "VND",
        "Tỉnh Hưng Yên",
        "2025-10-02",
    )


def test_cooperation_kind_and_deal_span_is_the_sentence() -> None:
    text = "Mở đầu. " + SENTENCES[4]
    deals = tag_text(text).deals
    assert [(d.kind, d.parties) for d in deals] == [("cooperation", ["Orion", "Bao bì Tân Long"])]
    assert text[deals[0].start : deals[0].end] == SENTENCES[4]


def test_two_subjects_that_sign_together_are_one_pair() -> None:
    deals = tag_text(
        "Công ty TNHH Shin Heung (SH) và Công ty CP Điện tử Sao Kim đã ký biên bản ghi nhớ."
    ).deals
    assert [(d.kind, d.parties) for d in deals] == [("mou", ["Shin Heung", "Điện tử Sao Kim"])]


def test_signing_ceremony_between_two_firms() -> None:
    text = (
        "Lễ ký kết hợp đồng cung ứng giữa Công ty TNHH Ojitex Việt Nam và Công ty CP Bao bì Hưng Long "
        "diễn ra sáng nay."
    )
    deals = tag_text(text).deals
    assert [(d.kind, d.parties) for d in deals] == [("supply_contract", ["Ojitex", "Bao bì Hưng Long"])]


def test_licence_handed_to_a_firm_is_an_investment_in_the_granting_province() -> None:
    text = (
        "UBND tỉnh Hà Nam trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Pulse Electronics "
        "với vốn 30 triệu USD."
    )
    (deal,) = tag_text(text).deals
    assert (deal.kind, deal.parties, deal.amount, deal.province) == (
        "investment",
        ["Pulse Electronics"],
        30_000_000,
        "Tỉnh Ninh Bình",
    )


def test_investor_label_states_an_investment() -> None:
    tags = tag_text(
        "Nhà đầu tư: Công ty TNHH Kỹ thuật Chính xác Meiko Việt Nam; tổng vốn đầu tư 1.850 tỷ đồng."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Kỹ thuật Chính xác Meiko"])]


def test_investment_decision_handed_for_a_project_of_a_named_group() -> None:
    text = (
        "Ngày 20/3, UBND tỉnh Vĩnh Phúc trao quyết định chủ trương đầu tư dự án nhà máy linh kiện ô tô "
        "của Tập đoàn Toyota Boshoku tại KCN Bá Thiện II, vốn đầu tư 45 triệu USD."
    )
    (deal,) = tag_text(text, published="2024-03-21").deals
    assert (deal.kind, deal.parties, deal.amount, deal.province, deal.date) == (
        "investment",
        ["Toyota Boshoku"],
        45_000_000,
        "Tỉnh Phú Thọ",
        "2024-03-20",
    )


def test_memorandum_between_a_firm_and_a_province_about_a_project_is_the_firms_investment() -> None:
    text = (
        "Chiều 14/5, Tập đoàn Hyosung và UBND tỉnh Bà Rịa – Vũng Tàu ký biên bản ghi nhớ về dự án 1,2 tỷ USD."
    )
    assert [(d.kind, d.parties) for d in tag_text(text).deals] == [("investment", ["Hyosung"])]


def test_supplying_another_firm_under_a_contract_is_a_supply_contract() -> None:
    text = (
        "Công ty CP Tập đoàn Hòa Phát sẽ cung cấp thép cuộn cho Công ty TNHH Thép JFE Shoji Việt Nam "
        "theo hợp đồng ký ngày 2/4."
    )
    (deal,) = tag_text(text, published="2024-04-10").deals
    assert (deal.kind, deal.parties, deal.date) == (
        "supply_contract",
        ["Hòa Phát", "Thép JFE Shoji"],
        "2024-04-02",
    )


def test_supplying_without_a_contract_or_order_is_no_deal() -> None:
    assert (
        tag_text("Công ty CP Cơ khí Tân Phát cung cấp linh kiện cho Công ty TNHH Canon Việt Nam.").deals == []
    )


def test_a_contract_with_a_supply_verb_after_the_counterpart_is_a_supply_contract() -> None:
    text = "Công ty CP Cơ điện lạnh REE đã ký hợp đồng với Tập đoàn Daikin về cung cấp máy nén cho dự án mới."
    assert [d.kind for d in tag_text(text).deals] == ["supply_contract"]
    # a bare contract between firms supplies too (since session 33: issue 12 lists it read as cooperation)
    bare = "Công ty TNHH Seoul Precision Vina ký hợp đồng với Công ty CP Cơ khí Quang Minh."
    assert [d.kind for d in tag_text(bare).deals] == ["supply_contract"]


def test_a_licence_granted_in_the_passive_voice_is_the_firms_investment() -> None:
    text = (
        "Công ty TNHH Kyocera Document Solutions Việt Nam được Ban Quản lý các KCN Hải Phòng cấp điều chỉnh "
        "tăng vốn thêm 60 triệu USD."
    )
    (deal,) = tag_text(text).deals
    assert (deal.kind, deal.parties, deal.amount) == (
        "investment",
        ["Kyocera Document Solutions"],
        60_000_000,
    )


def test_an_inauguration_is_an_investment_only_when_the_capital_is_stated() -> None:
    stated = (
        "Sáng 2/3, Công ty TNHH Pegatron Việt Nam khánh thành nhà máy thứ hai với vốn đầu tư 480 triệu USD."
    )
    assert [(d.kind, d.parties, d.date) for d in tag_text(stated, published="2025-03-03").deals] == [
        ("investment", ["Pegatron"], "2025-03-02")
    ]
    assert (
        tag_text("Công ty TNHH Mitsuba M-Tech Việt Nam khánh thành nhà máy thứ hai tại Vĩnh Phúc.").deals
        == []
    )


def test_the_date_of_a_legal_number_is_not_the_deals_date() -> None:
    text = (
        "Quyết định số 2215/QĐ-UBND ngày 30 tháng 10 năm 2024 phê duyệt chủ trương đầu tư dự án của "
        "Công ty TNHH Shinetsu Magnetic Materials Việt Nam."
    )
    (deal,) = tag_text(text).deals
    assert (deal.kind, deal.parties, deal.date) == ("investment", ["Shinetsu Magnetic Materials"], None)


def test_the_capital_stated_in_a_later_clause_of_an_investor_listing_is_the_amount() -> None:
    text = (
        "Nhà đầu tư: Công ty TNHH Kỹ thuật Chính xác Meiko Việt Nam; mục tiêu: bảng mạch; "
        "tổng vốn đầu tư 1.850 tỷ đồng."
    )
    (deal,) = tag_text(text).deals
    assert (deal.kind, deal.amount, deal.currency) == ("investment", 1_850_000_000_000, "VND")


def test_the_province_of_a_witnessing_agency_is_not_the_deals_province() -> None:
    text = (
        "Dưới sự chứng kiến của lãnh đạo HĐND tỉnh Nghệ An, VinFast và Intel đã ký biên bản ghi nhớ hợp tác."
    )
    (deal,) = tag_text(text).deals
    assert (deal.kind, deal.province) == ("mou", None)
    signed_in = "Tại Nghệ An, VinFast và Intel đã ký biên bản ghi nhớ hợp tác."
    assert [d.province for d in tag_text(signed_in).deals] == ["Tỉnh Nghệ An"]


def test_pairs_read_only_by_the_event_reader_are_deals_too() -> None:
    """'có thỏa thuận với', 'bắt tay với', 'liên doanh giữa A và B' (issue 12) give a pair of firms."""
    cases = {
        "Tập đoàn Hyosung có thỏa thuận với Công ty CP Đạm Phú Mỹ về cung ứng khí.": (
            "mou",
            ["Hyosung", "Đạm Phú Mỹ"],
        ),
        "Công ty TNHH Điện tử Nam Phát bắt tay với Tập đoàn Foxconn.": (  # an MoU, as batch 10 annotates it
            "mou",
            ["Điện tử Nam Phát", "Foxconn"],
        ),
        "Liên doanh giữa Tập đoàn Sumitomo và Công ty CP Thép Việt Ý ra đời.": (
            "cooperation",
            ["Sumitomo", "Thép Việt Ý"],
        ),
    }
    for text, (kind, parties) in cases.items():
        assert [(d.kind, d.parties) for d in tag_text(text).deals] == [(kind, parties)], text


def test_firms_named_as_customers_of_an_unnamed_subject_are_no_pair() -> None:
    text = "Mười doanh nghiệp của tỉnh đã trở thành nhà cung cấp cho Tập đoàn LG và Tập đoàn Samsung."
    assert tag_text(text).deals == []


def test_a_licence_received_by_a_firm_is_its_investment_deal() -> None:
    text = (
        "Công ty TNHH Cơ khí Minh Đạt nhận quyết định chấp thuận chủ trương đầu tư dự án nhà máy phụ tùng "
        "tại KCN Đồng Văn, vốn 300 tỷ đồng."
    )
    deals = [(d.kind, d.parties, d.amount) for d in tag_text(text).deals]
    assert deals == [("investment", ["Cơ khí Minh Đạt"], 300e9)]


def test_a_licence_granted_in_the_passive_is_the_firms_investment_deal() -> None:
    text = (
        "Tập đoàn Sunwoo vừa được Ban Quản lý các KCN tỉnh Hà Nam cấp giấy chứng nhận điều chỉnh, tăng vốn "
        "thêm 20 triệu USD cho nhà máy khuôn đúc."
    )
    deals = [(d.kind, d.parties, d.amount, d.currency) for d in tag_text(text).deals]
    assert deals == [("investment", ["Sunwoo"], 20e6, "USD")]


def test_an_mou_handed_by_a_government_body_to_a_firm_about_a_project_is_its_investment() -> None:
    text = "UBND tỉnh Long An trao bản ghi nhớ đầu tư cho Tập đoàn Lotte về dự án trung tâm logistics."
    assert [(d.kind, d.parties) for d in tag_text(text).deals] == [("investment", ["Lotte"])]


def test_an_mou_handed_by_an_association_to_a_firm_is_no_investment() -> None:
    text = (
        "Hiệp hội Doanh nghiệp tỉnh Bình Dương trao bản ghi nhớ về dự án kết nối cung ứng "
        "cho Công ty CP Gỗ Phú Tài."
    )
    assert tag_text(text).deals == []


BRANCH_SENTENCE = (
    "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) chi nhánh Bắc Ninh và Công ty CP Khu công nghiệp "
    "Quế Võ ký hợp đồng tín dụng 300 tỷ đồng."
)


def test_a_bank_branch_named_after_a_signer_keeps_it_in_the_pair() -> None:
    deals = [(d.kind, d.parties) for d in tag_text(BRANCH_SENTENCE).deals]
    assert deals == [("cooperation", ["Ngoại thương Việt Nam", "Khu công nghiệp Quế Võ"])]


def test_an_acquisition_is_the_buyers_investment_deal() -> None:
    text = "Tập đoàn Daiwa vừa hoàn tất mua lại Công ty CP Bao bì Hưng Thịnh với giá khoảng 25 triệu USD."
    deals = [(d.kind, d.parties, d.amount) for d in tag_text(text).deals]
    assert deals == [("investment", ["Daiwa"], 25e6)]


def test_an_opening_with_its_capital_is_an_investment_deal() -> None:
    text = "Sáng 3/4, hãng Kyocera khai trương nhà máy thứ hai tại Hưng Yên, vốn đầu tư 60 triệu USD."
    deals = [(d.kind, d.parties, d.amount) for d in tag_text(text).deals]
    assert deals == [("investment", ["Kyocera"], 60e6)]


@pytest.mark.parametrize(
    "text",
    [
        "Công ty CP Cơ điện Lạnh Hải Âu ký hợp đồng thi công điều hòa cho Công ty TNHH Nidec Việt Nam.",
        "Công ty TNHH Kỹ thuật Đông Dương ký hợp đồng với Công ty CP Thép Miền Trung để thiết kế lò nung.",
    ],
)
def test_a_works_or_design_contract_is_a_supply_contract(text: str) -> None:
    assert [d.kind for d in tag_text(text).deals] == ["supply_contract"]
