import pytest

from extract.tag import tag_text

SENTENCES = [
    "Doanh nghiệp ở tỉnh Hải Dương, Bình Dương, Bắc Giang và Thái Bình tăng tốc sản xuất.",
    "Hội chợ tại TP HCM thu hút khách từ TP.HCM, TPHCM, Thành phố Hồ Chí Minh và Sài Gòn xưa.",
    "TP Hà Nội và Hà Nội cùng chỉ một đơn vị; Thừa Thiên Huế là nơi khác.",
    "Ban quản lý KKT Quảng Ninh làm việc với Chủ tịch UBND tỉnh Quảng Ninh Phạm Đức Ấn.",
    "Anh Hoàng Long An sống ở tỉnh Long An.",
    "Nhà đầu tư đặt nhà máy tại KCN Đại An, Khu công nghiệp VSIP Bắc Ninh và Khu công nghệ cao Hòa Lạc.",
    "Vốn đến từ Hàn Quốc, Nhật Bản, Trung Quốc, Mỹ và nước Đức; Ban Pháp chế ghi nhận.",
]


@pytest.mark.parametrize(
    ("name", "current"),
    [
        ("Hải Dương", "Thành phố Hải Phòng"),
        ("Bình Dương", "Thành phố Hồ Chí Minh"),
        ("Bắc Giang", "Tỉnh Bắc Ninh"),
        ("Thái Bình", "Tỉnh Hưng Yên"),
    ],
)
def test_province_old_name_maps_to_current_unit(name: str, current: str) -> None:
    provinces = {p.name: p for p in tag_text(SENTENCES[0]).provinces}
    assert provinces[name].current == current


def test_province_mention_includes_admin_prefix() -> None:
    assert tag_text(SENTENCES[0]).provinces[0].mention == "tỉnh Hải Dương"


def test_province_aliases_of_ho_chi_minh_city() -> None:
    provinces = tag_text(SENTENCES[1]).provinces
    assert [p.mention for p in provinces] == ["TP HCM", "TP.HCM", "TPHCM", "Thành phố Hồ Chí Minh", "Sài Gòn"]
    assert {p.name for p in provinces} == {"Hồ Chí Minh"}
    assert {p.current for p in provinces} == {"Thành phố Hồ Chí Minh"}


def test_province_aliases_hanoi_and_hue() -> None:
    provinces = tag_text(SENTENCES[2]).provinces
    assert [(p.name, p.current) for p in provinces] == [
        ("Hà Nội", "Thành phố Hà Nội"),
        ("Hà Nội", "Thành phố Hà Nội"),
        ("Huế", "Thành phố Huế"),
    ]


def test_province_inside_management_board_but_not_inside_person_name() -> None:
    tags = tag_text(SENTENCES[3])
    assert [p.name for p in tags.provinces] == ["Quảng Ninh", "Quảng Ninh"]
    assert all("Ấn" not in p.mention for p in tags.provinces)
    assert all(loc.type != "country" for loc in tags.locations)  # "Đức" in "Phạm Đức Ấn"


def test_province_not_taken_from_surname_led_person_name() -> None:
    provinces = tag_text(SENTENCES[4]).provinces
    assert [p.mention for p in provinces] == ["tỉnh Long An"]
    assert provinces[0].current == "Tỉnh Tây Ninh"


def test_province_requires_capitalisation() -> None:
    assert tag_text("nhà máy ở long an và hải dương").provinces == []


def test_industrial_parks_are_locations() -> None:
    parks = [
        (loc.mention, loc.name) for loc in tag_text(SENTENCES[5]).locations if loc.type == "industrial_park"
    ]
    assert parks == [
        ("KCN Đại An", "Khu công nghiệp Đại An"),
        ("Khu công nghiệp VSIP Bắc Ninh", "Khu công nghiệp VSIP Bắc Ninh"),
        ("Khu công nghệ cao Hòa Lạc", "Khu công nghệ cao Hòa Lạc"),
    ]


def test_countries_and_ambiguous_country_words() -> None:
    countries = [loc.name for loc in tag_text(SENTENCES[6]).locations if loc.type == "country"]
    assert countries == [
        "Hàn Quốc",
        "Nhật Bản",
        "Trung Quốc",
        "Hoa Kỳ",
        "Đức",
    ]  # not "Pháp" in "Ban Pháp chế"


def test_phrases_that_contain_a_province_name_are_not_provinces() -> None:
    assert tag_text("Khu vực châu Á - Thái Bình Dương tăng trưởng nhanh.").provinces == []
    assert tag_text("Đoàn viếng Lăng Chủ tịch Hồ Chí Minh.").provinces == []
    assert [p.name for p in tag_text("Doanh nghiệp TP. Hồ Chí Minh và Thái Bình.").provinces] == [
        "Hồ Chí Minh",
        "Thái Bình",
    ]
