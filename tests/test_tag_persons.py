from extract.tag import tag_text

SENTENCES = [
    "Phát biểu tại hội nghị, ông Nguyễn Văn Thành, Phó Chủ tịch UBND tỉnh Thái Bình, cho biết tỉnh "
    "sẽ hỗ trợ.",
    "Theo bà Lê Thị Mai – Giám đốc Sở Công Thương, nhiều doanh nghiệp đã ký hợp đồng.",
    "Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn nhấn mạnh vai trò của doanh nghiệp.",
    "Phó Giám đốc Sở Công Thương Đỗ Hải Nam cho biết thêm.",
    "Ông Trịnh Minh Đức Chủ tịch Hiệp hội cho rằng cần thêm vốn; ông Đức nói.",
    "Đoàn công tác đến Bà Rịa - Vũng Tàu.",
]


def _persons(text: str):
    return [(p.name, p.role) for p in tag_text(text).persons]


def test_person_honorific_with_role_after_comma() -> None:
    assert _persons(SENTENCES[0]) == [("Nguyễn Văn Thành", "Phó Chủ tịch UBND tỉnh Thái Bình")]


def test_person_honorific_with_role_after_dash() -> None:
    assert _persons(SENTENCES[1]) == [("Lê Thị Mai", "Giám đốc Sở Công Thương")]


def test_person_role_before_name() -> None:
    assert _persons(SENTENCES[2]) == [("Vương Quốc Tuấn", "Chủ tịch UBND tỉnh Bắc Ninh")]
    assert _persons(SENTENCES[3]) == [("Đỗ Hải Nam", "Phó Giám đốc Sở Công Thương")]


def test_person_name_followed_directly_by_role_and_short_reference() -> None:
    assert _persons(SENTENCES[4]) == [("Trịnh Minh Đức", "Chủ tịch Hiệp hội"), ("Đức", None)]


def test_person_names_do_not_produce_places() -> None:
    tags = tag_text(SENTENCES[4])
    assert tags.provinces == [] and tags.locations == []
    tags = tag_text(SENTENCES[3])
    assert tags.provinces == []  # "Hải Nam" is a given name, not a province


def test_province_starting_with_ba_is_not_a_person() -> None:
    tags = tag_text(SENTENCES[5])
    assert tags.persons == []
    assert [p.current for p in tags.provinces] == ["Thành phố Hồ Chí Minh"]


def test_role_written_before_the_honorific_belongs_to_the_person() -> None:
    text = "Theo Giám đốc Sở Công Thương Nghệ An, ông Phạm Văn Hóa, tỉnh đã có 40 doanh nghiệp CNHT."
    assert _persons(text) == [("Phạm Văn Hóa", "Giám đốc Sở Công Thương Nghệ An")]


def test_hyphenated_foreign_name_and_foreign_name_after_a_country() -> None:
    assert _persons("Ông Lee Sang-min, Tổng Giám đốc Công ty TNHH Daesung Việt Nam, phát biểu.") == [
        ("Lee Sang-min", "Tổng Giám đốc Công ty TNHH Daesung Việt Nam")
    ]
    assert _persons("Tham dự có Đại sứ Hàn Quốc Choi Young-sam.") == [("Choi Young-sam", "Đại sứ Hàn Quốc")]


def test_role_keyword_directly_before_a_name_has_no_organization_part() -> None:
    assert _persons("Phó Thủ tướng Lê Thành Long đã ký quyết định.") == [("Lê Thành Long", "Phó Thủ tướng")]


def test_signer_in_a_metadata_line_is_a_person() -> None:
    assert _persons("Người ký: Trần Quốc Văn; Ngày ban hành: 04/8/2023.") == [("Trần Quốc Văn", None)]


def test_role_in_brackets_after_the_name() -> None:
    (person,) = tag_text(
        "Theo bà Phạm Thị Mai Hương (Phó Cục trưởng Cục Công nghiệp), chương trình kết nối."
    ).persons
    assert (person.name, person.role) == ("Phạm Thị Mai Hương", "Phó Cục trưởng Cục Công nghiệp")


def test_foreign_name_after_a_role_that_ends_with_viet_nam() -> None:
    text = "Tổng Giám đốc Samsung Việt Nam Choi Joo Ho cho biết số nhà cung ứng tăng."
    assert [(p.name, p.role) for p in tag_text(text).persons] == [
        ("Choi Joo Ho", "Tổng Giám đốc Samsung Việt Nam")
    ]
