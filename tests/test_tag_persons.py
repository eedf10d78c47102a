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
