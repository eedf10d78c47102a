"""Counts ("1.020 dự án", "hơn 150 doanh nghiệp") and areas ("2.738 ha", "25.000 m2") in Vietnamese number
syntax; what is not a count (years, durations, measures, article numbers) stays out."""

from __future__ import annotations

import unicodedata

import pytest

from extract.tag import tag_text


def counts(text: str) -> list[tuple[float, str, bool]]:
    return [(q.value, q.unit, q.approximate) for q in tag_text(text).quantities]


def areas(text: str) -> list[tuple[float, str, bool]]:
    return [(a.hectares, a.unit, a.approximate) for a in tag_text(text).areas]


def test_count_uses_dot_thousands_and_expands_abbreviated_units() -> None:
    assert counts("Tỉnh có 1.020 dự án FDI, 6 KCN và 12 CCN.") == [
        (1020, "dự án", False),
        (6, "khu công nghiệp", False),
        (12, "cụm công nghiệp", False),
    ]


def test_approximate_words_and_vague_quantities_give_the_stated_number_or_lower_bound() -> None:
    assert counts("Hơn 150 doanh nghiệp, khoảng 120.000 lao động và hàng nghìn công nhân.") == [
        (150, "doanh nghiệp", True),
        (120_000, "lao động", True),
        (1000, "công nhân", True),
    ]


def test_scale_words_and_ranges() -> None:
    assert counts("Công suất 1,2 triệu sản phẩm; số nhà cung ứng tăng từ 25 lên 60 doanh nghiệp.") == [
        (1_200_000, "sản phẩm", False),
        (25, "doanh nghiệp", False),
        (60, "doanh nghiệp", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024 doanh nghiệp tăng tốc.",
        "Thời hạn hoạt động 50 năm, sau 10 năm chuyển giao.",
        "Điều 3 dự án luật quy định rõ.",
        "Nhà cung ứng cấp 1 doanh nghiệp Việt còn ít.",
        "Xuất khẩu 4.000 tấn sản phẩm, giá 2 tỷ đồng/dự án.",
        "Ngày 11/3 doanh nghiệp ký kết.",
    ],
)
def test_years_durations_measures_and_ordinals_are_not_counts(text: str) -> None:
    assert counts(text) == []


def test_areas_in_hectares_square_metres_and_square_kilometres() -> None:
    assert areas("KCN rộng 2.738 ha, xưởng 25.000 m2, khu kinh tế 2.171 km2 và khoảng 62,4 héc-ta.") == [
        (2738.0, "ha", False),
        (2.5, "m2", False),
        (217_100.0, "km2", False),
        (62.4, "ha", True),
    ]


def test_area_range_gives_both_ends() -> None:
    assert areas("cụm công nghiệp có diện tích từ 30 đến 50 ha") == [(30.0, "ha", False), (50.0, "ha", False)]


def test_nfd_text_gives_the_same_counts_and_areas_with_offsets_into_it() -> None:
    text = unicodedata.normalize("NFD", "Huyện có hơn 1.200 công nhân và 650 ha đất công nghiệp.")
    tags = tag_text(text)
    assert [(q.value, q.unit) for q in tags.quantities] == [(1200, "công nhân")]
    assert [a.hectares for a in tags.areas] == [650.0]
    for item in [*tags.quantities, *tags.areas]:
        assert text[item.start : item.end] == item.mention


def test_counts_and_areas_are_measures_not_entities() -> None:
    tags = tag_text("Công ty TNHH Cơ khí An Phát có 500 lao động trên 12 ha.")
    assert tags.measures() == {"quantities": 1, "areas": 1}
    assert "quantities" not in tags.counts() and "areas" not in tags.counts()
    assert tags.counts()["firms"] == 1
