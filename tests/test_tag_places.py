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


def test_districts_towns_and_provincial_cities_are_district_locations() -> None:
    text = "Nhà máy ở huyện Yên Phong, thị xã Kinh Môn, TP Chí Linh, Quận 12 và huyện Núi Thành."
    assert [(loc.name, loc.type) for loc in tag_text(text).locations] == [
        ("huyện Yên Phong", "district"),
        ("thị xã Kinh Môn", "district"),
        ("thành phố Chí Linh", "district"),
        ("quận 12", "district"),
        ("huyện Núi Thành", "district"),
    ]


def test_a_province_after_thanh_pho_is_a_province_not_a_district() -> None:
    tags = tag_text("Doanh nghiệp tại thành phố Hải Phòng và TP HCM mở rộng sản xuất.")
    assert [loc for loc in tags.locations if loc.type == "district"] == []
    assert [p.name for p in tags.provinces] == ["Hải Phòng", "Hồ Chí Minh"]


def test_a_list_of_parks_after_one_plural_prefix_gives_each_park() -> None:
    text = "Hơn 150 doanh nghiệp hoạt động tại các KCN Quế Võ, Yên Phong và VSIP Bắc Ninh."
    assert [loc.name for loc in tag_text(text).locations if loc.type == "industrial_park"] == [
        "Khu công nghiệp Quế Võ",
        "Khu công nghiệp Yên Phong",
        "Khu công nghiệp VSIP Bắc Ninh",
    ]


def test_park_names_with_descriptors_and_dashes() -> None:
    text = "Khảo sát Khu công nghiệp cơ khí ô tô Chu Lai - Trường Hải và KCN Nam Sơn – Hạp Lĩnh."
    tags = tag_text(text)
    assert [loc.name for loc in tags.locations] == [
        "Khu công nghiệp cơ khí ô tô Chu Lai - Trường Hải",
        "Khu công nghiệp Nam Sơn - Hạp Lĩnh",
    ]
    assert [f.name for f in tags.firms] == []  # "Trường Hải" inside the park's name is no firm


def test_a_country_inside_a_firms_name_is_not_a_location() -> None:
    tags = tag_text("Công ty TNHH Foxconn Singapore đầu tư vào Việt Nam, vốn từ Nhật Bản.")
    assert [loc.name for loc in tags.locations] == ["Nhật Bản"]


def test_parks_and_countries_inside_an_organisations_name_are_not_locations() -> None:
    text = (
        "Ban Quản lý các KCN Hải Phòng và Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc làm việc tại "
        "KCN Đình Vũ."
    )
    assert [loc.name for loc in tag_text(text).locations] == ["Khu công nghiệp Đình Vũ"]
