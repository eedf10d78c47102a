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
