import pytest

from extract.tag import tag_text

SENTENCES = [
    "Tổng vốn đăng ký đạt 4.507 tỷ đồng, trong đó dự án lớn nhất 32,5 triệu USD.",
    "Nhà máy thứ hai có vốn 1,2 tỷ USD và doanh thu khoảng 3,6 tỷ USD/năm.",
    "Thành phố chi hàng trăm tỷ đồng cho hạ tầng, hơn 1.000 tỷ đồng cho giao thông.",
    "Giá trị hợp đồng là 250 triệu VNĐ, tương đương 10.000 đô la Mỹ.",
    "Tỷ lệ nội địa hóa đạt 35,5%, tăng 4 % so với năm trước.",
]


def _money(text: str):
    return [(m.mention, m.amount, m.currency, m.per, m.approximate) for m in tag_text(text).money]


def test_money_dot_groups_thousands_comma_is_decimal() -> None:
    assert _money(SENTENCES[0]) == [
        ("4.507 tỷ đồng", 4507000000000, "VND", None, False),
        ("32,5 triệu USD", 32500000, "USD", None, False),
    ]


def test_money_amounts_are_int_when_integral() -> None:
    amounts = [m.amount for m in tag_text(SENTENCES[1]).money]
    assert amounts == [1200000000, 3600000000]
    assert all(isinstance(a, int) for a in amounts)


def test_money_per_year_and_approximate_qualifier() -> None:
    assert _money(SENTENCES[1])[1] == ("3,6 tỷ USD/năm", 3600000000, "USD", "year", True)


def test_a_vague_order_of_magnitude_is_no_amount() -> None:
    assert _money(SENTENCES[2]) == [("1.000 tỷ đồng", 1000000000000, "VND", None, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Nhà đầu tư dự kiến rót hàng chục tỷ đồng vào cụm công nghiệp.",
        "Doanh thu của các nhà cung ứng nội địa lên tới hàng trăm tỷ mỗi năm.",
        "Hàng nghìn tỷ đồng vốn tín dụng được giải ngân cho doanh nghiệp nhỏ.",
        "Dự án có vốn hàng triệu USD.",
    ],
)
def test_vague_amounts_in_words_give_no_money(text) -> None:
    assert tag_text(text).money == []


@pytest.mark.parametrize(
    ("text", "mention", "amount", "currency"),
    [
        ("Tập đoàn điện tử rót thêm 3,2tỷ USD vào nhà máy.", "3,2tỷ USD", 3_200_000_000, "USD"),
        ("Dự án vốn 850triệu USD được cấp phép.", "850triệu USD", 850_000_000, "USD"),
        ("Doanh nghiệp nhận gói vay 12 tỷđồng.", "12 tỷđồng", 12_000_000_000, "VND"),
        ("Tổng vốn đạt 1,5tỷ đô la Mỹ.", "1,5tỷ đô la Mỹ", 1_500_000_000, "USD"),
    ],
)
def test_a_scale_written_against_the_number_is_read(text, mention, amount, currency) -> None:
    [m] = tag_text(text).money
    assert (m.mention, m.amount, m.currency) == (mention, amount, currency)


def test_money_currency_words() -> None:
    assert _money(SENTENCES[3]) == [
        ("250 triệu VNĐ", 250000000, "VND", None, False),
        ("10.000 đô la Mỹ", 10000, "USD", None, False),
    ]


def test_money_needs_a_currency() -> None:
    assert tag_text("Có 1.020 dự án và 5 đô thị vệ tinh, 4.507 tỷ.").money == []


def test_percentages_with_decimal_comma() -> None:
    assert [(p.mention, p.value) for p in tag_text(SENTENCES[4]).percentages] == [
        ("35,5%", 35.5),
        ("4 %", 4.0),
    ]


def test_range_low_end_takes_the_scale_and_currency_of_the_high_end() -> None:
    money = tag_text("Mỗi dự án cần 20 – 30 triệu USD.").money
    assert [(m.mention, m.amount, m.currency) for m in money] == [
        ("20", 20_000_000, "USD"),
        ("30 triệu USD", 30_000_000, "USD"),
    ]


def test_capitalised_qualifier_at_sentence_start_is_approximate() -> None:
    assert tag_text("Hàng trăm triệu USD đã được giải ngân.").money == []  # vague: no figure
    (m,) = tag_text("Khoảng 70 tỷ đồng được dành cho đào tạo.").money
    assert (m.amount, m.approximate) == (70_000_000_000, True)


def test_percentage_range_gives_both_ends() -> None:
    assert [p.value for p in tag_text("Tỷ lệ nội địa hóa đạt 30-35%.").percentages] == [30.0, 35.0]


@pytest.mark.parametrize(
    ("text", "mention", "amount", "approximate"),
    [
        (
            "Tổng giá trị hợp đồng 3 tỷ 200 triệu đồng đã được thanh toán.",
            "3 tỷ 200 triệu đồng",
            3_200_000_000,
            False,
        ),
        ("Hỗ trợ khoảng 1 tỷ 500 triệu đồng cho đề án.", "1 tỷ 500 triệu đồng", 1_500_000_000, True),
    ],
)
def test_a_compound_amount_is_one_sum(text, mention, amount, approximate) -> None:
    [m] = tag_text(text).money
    assert (m.mention, m.amount, m.approximate) == (mention, amount, approximate)


def test_a_bare_do_is_dollars_only_after_a_scale() -> None:
    assert [(m.amount, m.currency) for m in tag_text("Dự án rót hơn 5 triệu đô vào tỉnh.").money] == [
        (5_000_000, "USD")
    ]
    assert tag_text("Tỉnh có 5 đô thị loại hai.").money == []
