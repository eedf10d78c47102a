"""Rules added after the blind batch 8 (tests/eval/hand_sentences_8.py), each pinned on sentences that are
NOT in the evaluation set, so they show the phenomenon rather than the example."""

from __future__ import annotations

from extract.tag import tag_text


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.kind, d.parties) for d in tag_text(text).deals]


# --- deals ---------------------------------------------------------------------------------------------


def test_three_co_signers_give_one_deal_per_pair() -> None:
    text = (
        "Công ty TNHH Điện tử Minh Khang, Công ty CP Khuôn mẫu Tân Sơn và Công ty TNHH Denso Việt Nam "
        "đã ký thỏa thuận hợp tác về nội địa hóa linh kiện."
    )
    assert _deals(text) == [
        ("mou", ["Điện tử Minh Khang", "Khuôn mẫu Tân Sơn"]),
        ("mou", ["Điện tử Minh Khang", "Denso"]),
        ("mou", ["Khuôn mẫu Tân Sơn", "Denso"]),
    ]


def test_negated_signing_states_no_deal_but_a_future_one_does() -> None:
    assert _deals("Công ty CP Cơ khí An Phú chưa ký hợp đồng cung ứng với Tập đoàn Kyocera.") == []
    assert _deals("Công ty CP Cơ khí An Phú không thể ký hợp đồng với Tập đoàn Kyocera năm nay.") == []
    assert _deals("Công ty CP Cơ khí An Phú sẽ ký hợp đồng cung ứng với Tập đoàn Kyocera vào tháng 5.") == [
        ("supply_contract", ["Cơ khí An Phú", "Kyocera"])
    ]


def test_counterparts_counted_then_named_in_the_next_sentence() -> None:
    text = (
        "Chiều 3/4, Công ty TNHH Brother Việt Nam ký hợp đồng mua linh kiện với hai doanh nghiệp của tỉnh. "
        "Hai doanh nghiệp gồm Công ty CP Nhựa Tiền Hải và Công ty TNHH Dập Kim Sơn."
    )
    assert _deals(text) == [
        ("supply_contract", ["Brother", "Nhựa Tiền Hải"]),
        ("supply_contract", ["Brother", "Dập Kim Sơn"]),
    ]
    # a count that does not match the firms named next links nothing
    wrong = text.replace("hai doanh nghiệp của", "ba doanh nghiệp của")
    assert _deals(wrong) == []


def test_investment_amount_is_the_one_its_verb_governs() -> None:
    text = (
        "Vốn FDI vào tỉnh đạt 1,2 tỷ USD, trong đó Công ty TNHH Nitto Denko Việt Nam rót 90 triệu USD vào "
        "nhà máy mới."
    )
    [deal] = tag_text(text).deals
    assert (deal.kind, deal.parties, deal.amount) == ("investment", ["Nitto Denko"], 90_000_000)


def test_an_investor_line_takes_the_province_of_a_later_clause() -> None:
    text = "Nhà đầu tư: Công ty TNHH Sunwoda Việt Nam; địa điểm: KCN Vân Trung, tỉnh Bắc Giang; vốn 2 tỷ USD."
    [deal] = tag_text(text).deals
    assert (deal.parties, deal.province) == (["Sunwoda"], "Tỉnh Bắc Ninh")


# --- money and counts ----------------------------------------------------------------------------------


def test_a_range_with_words_gives_both_ends() -> None:
    money = tag_text("Mỗi dự án cần từ 20 đến 35 tỷ đồng, có nơi từ 3 tỷ tới 4 tỷ đồng.").money
    assert [m.amount for m in money] == [20_000_000_000, 35_000_000_000, 3_000_000_000, 4_000_000_000]
    # a date before "đến" is no low end
    assert [m.amount for m in tag_text("Từ ngày 1/7 đến 30 tỷ đồng là hạn mức.").money] == [30_000_000_000]


def test_dong_before_a_capitalised_word_is_a_place_not_the_currency() -> None:
    assert tag_text("Trong năm 2025 Đồng Tháp thu hút 12 dự án.").money == []


def test_at_least_and_beyond_are_approximate() -> None:
    q = tag_text("Tỉnh có ít nhất 12 nhà máy và vượt 300 doanh nghiệp.").quantities
    assert [(x.value, x.unit, x.approximate) for x in q] == [
        (12, "nhà máy", True),
        (300, "doanh nghiệp", True),
    ]
    assert tag_text("Doanh thu vượt 2 tỷ USD.").money[0].approximate is True


def test_technicians_are_counted() -> None:
    q = tag_text("Trường đào tạo 320 kỹ thuật viên mỗi năm.").quantities
    assert [(x.value, x.unit) for x in q] == [(320, "kỹ thuật viên")]


# --- firms and organisations --------------------------------------------------------------------------


def test_an_upper_case_firm_name_drops_its_country_suffix() -> None:
    [firm] = tag_text("Nhà đầu tư: CÔNG TY TNHH SUNWODA ELECTRONIC VIỆT NAM.").firms
    assert (firm.name.lower(), firm.legal_form) == ("sunwoda electronic", "Công ty TNHH")


def test_organisation_names_with_domain_phrases_levels_and_abbreviated_places() -> None:
    names = [o.name for o in tag_text("Trung tâm Xúc tiến thương mại tỉnh Nghệ An phối hợp.").organizations]
    assert names == ["Trung tâm Xúc tiến thương mại tỉnh Nghệ An"]
    names = [o.name for o in tag_text("Theo văn bản của UBND huyện, HĐND tỉnh sẽ họp.").organizations]
    assert names == ["Ủy ban nhân dân huyện", "Hội đồng nhân dân tỉnh"]
    names = [o.name for o in tag_text("Lãnh đạo UBND TP. Cần Thơ làm việc.").organizations]
    assert names == ["Ủy ban nhân dân TP. Cần Thơ"]
    names = [o.name for o in tag_text("Viện Kinh tế và Hội nhập quốc tế công bố.").organizations]
    assert names[0].startswith("Viện Kinh tế và Hội nhập")


def test_a_prefix_word_used_as_a_common_word_does_not_cut_a_name() -> None:
    names = [o.name for o in tag_text("Sở Công Thương và Hội chợ Thương mại quốc tế phối hợp.").organizations]
    assert names[0] == "Sở Công Thương"
    names = [o.name for o in tag_text("Sở Công Thương và Sở Xây dựng phối hợp.").organizations]
    assert names == ["Sở Công Thương", "Sở Xây dựng"]


# --- persons ------------------------------------------------------------------------------------------


def test_roles_take_the_whole_organisation_its_parent_and_a_former_unit() -> None:
    persons = tag_text("Ông Lê Văn Hòa – Trưởng ban Ban Quản lý các KCN Hậu Giang – cho biết.").persons
    assert [(p.name, p.role) for p in persons] == [("Lê Văn Hòa", "Trưởng ban Ban Quản lý các KCN Hậu Giang")]
    persons = tag_text("Bà Trần Thu Hà, Phó Giám đốc Trung tâm Hỗ trợ doanh nghiệp thuộc VCCI, nói.").persons
    assert persons[0].role == "Phó Giám đốc Trung tâm Hỗ trợ doanh nghiệp thuộc VCCI"
    persons = tag_text("Ông Phạm Văn Tâm, Chủ tịch UBND tỉnh Hà Nam cũ, dự họp.").persons
    assert persons[0].role == "Chủ tịch UBND tỉnh Hà Nam cũ"


def test_general_secretary_and_two_titled_names_in_a_row() -> None:
    assert [(p.name, p.role) for p in tag_text("Tổng Bí thư Tô Lâm phát biểu.").persons] == [
        ("Tô Lâm", "Tổng Bí thư")
    ]
    text = "Dự họp có Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng, Thứ trưởng Bộ Công Thương Phan Thị Thắng."
    assert [(p.name, p.role) for p in tag_text(text).persons] == [
        ("Nguyễn Văn Thắng", "Bộ trưởng Bộ Tài chính"),
        ("Phan Thị Thắng", "Thứ trưởng Bộ Công Thương"),
    ]


# --- places -------------------------------------------------------------------------------------------


def test_a_second_park_with_the_same_base_name_after_va() -> None:
    parks = [loc.name for loc in tag_text("Lấp đầy KCN Phú Mỹ 2 và Phú Mỹ 3 đạt 90%.").locations]
    assert parks == ["Khu công nghiệp Phú Mỹ 2", "Khu công nghiệp Phú Mỹ 3"]
    parks = [loc.name for loc in tag_text("Dự án tại KCN Quế Võ và Bắc Ninh có 5 nhà máy.").locations]
    assert parks == ["Khu công nghiệp Quế Võ"]


def test_an_ambiguous_country_in_brackets_after_a_firm_but_not_after_a_person() -> None:
    countries = [x.name for x in tag_text("Tập đoàn Siemens (Đức) mở rộng sản xuất.").locations]
    assert countries == ["Đức"]
    assert tag_text("Ông Nguyễn Văn (Đức) phát biểu.").locations == []


# --- after the held-out batch 9 -----------------------------------------------------------------------


def test_after_a_role_a_firm_name_stops_before_the_persons_name() -> None:
    tags = tag_text("Tổng Giám đốc Tập đoàn Sovico Nguyễn Thanh Hùng cho biết.")
    assert [f.name for f in tags.firms] == ["Sovico"]
    assert [(p.name, p.role) for p in tags.persons] == [
        ("Nguyễn Thanh Hùng", "Tổng Giám đốc Tập đoàn Sovico")
    ]
    # two capitalised words at the end are the firm's own name, not a person's
    assert [f.name for f in tag_text("Giám đốc Công ty TNHH Thép Kim Ngân phát biểu.").firms] == [
        "Thép Kim Ngân"
    ]
    text = "Ông A, Phó Tổng Giám đốc Công ty TNHH Công nghệ chính xác Kim Sơn Việt Nam, cho biết."
    assert [f.mention for f in tag_text(text).firms] == ["Công ty TNHH Công nghệ chính xác Kim Sơn Việt Nam"]


def test_a_lower_case_anaphora_before_an_investment_verb_is_the_one_firm_named() -> None:
    text = "Lãnh đạo Công ty TNHH Canon Việt Nam cho biết công ty dự kiến đầu tư thêm 50 triệu USD."
    assert [(d.kind, d.parties, d.amount) for d in tag_text(text).deals] == [
        ("investment", ["Canon"], 50_000_000)
    ]
    two = "Công ty TNHH Canon Việt Nam và Công ty CP Nhựa An Phát cho biết công ty sẽ đầu tư thêm."
    assert all(d.kind != "investment" for d in tag_text(two).deals)


def test_a_park_name_with_cong_that_is_not_cong_ty() -> None:
    parks = [loc.name for loc in tag_text("Tại KCN Thành Thành Công, Công ty TNHH A hoạt động.").locations]
    assert parks == ["Khu công nghiệp Thành Thành Công"]


def test_two_counts_joined_by_va_share_their_noun() -> None:
    q = tag_text("Hai tỉnh lần lượt có 14 và 6 khu công nghiệp.").quantities
    assert [(x.value, x.unit) for x in q] == [(14, "khu công nghiệp"), (6, "khu công nghiệp")]
