# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Deal shapes of real CNHT news that the taggers missed on batch 13 (a blind batch, training since its score):
a buyer named after what is supplied ("cho các dòng xe của B"), a supplier's role stated ("A là nhà cung
cấp ... cho B"), an order told from the order ("Đơn hàng ... mà A nhận từ B"), a contract awarded in the
passive, "trong đó có B" after a counted group of suppliers, a capital raised to a new total, an investor
introduced by "do X làm nhà đầu tư", a plant of a firm inaugurated in the passive, several investors listed
after "nhà đầu tư ... gồm". Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from extract import tag_text
from extract.tag.deals import tag_deals
from tests.deal_shapes import deals, firms, one, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo thỏa thuận, Công ty CP Pin Lạc Hồng sẽ cung cấp mô-đun pin cho các dòng xe buýt điện của Tập đoàn Kim Long Motor từ năm sau.",
            {pair("supply_contract", "Pin Lạc Hồng", "Kim Long Motor")},
        ),
        (
            "Theo biên bản thỏa thuận ký chiều qua, Công ty TNHH Cơ khí Đại Phát trở thành nhà cung cấp khung thép cho các nhà xưởng của Công ty CP Đầu tư Sao Mai.",
            {pair("supply_contract", "Cơ khí Đại Phát", "Đầu tư Sao Mai")},
        ),
        (
            "Đơn hàng 2 triệu USD vỏ hộp số mà Công ty TNHH Đúc Minh Tiến nhận từ Aisin Corporation sẽ giao trong quý III.",
            {pair("supply_contract", "Đúc Minh Tiến", "Aisin Corporation")},
        ),
        (
            "Hợp đồng thi công nhà xưởng số 3 của Công ty TNHH Fukoku Việt Nam được trao cho liên danh Công ty CP Xây dựng Tân Á – Công ty TNHH Obayashi Việt Nam.",
            {
                pair("supply_contract", "Fukoku", "Xây dựng Tân Á"),
                pair("supply_contract", "Fukoku", "Obayashi"),
                pair("supply_contract", "Xây dựng Tân Á", "Obayashi"),
            },
        ),
        (
            "Công ty TNHH Brother Industries Việt Nam đã ký hợp đồng với 9 doanh nghiệp cung ứng địa phương, trong đó có Công ty CP Khuôn mẫu Thành Vinh.",
            {pair("supply_contract", "Brother Industries", "Khuôn mẫu Thành Vinh")},
        ),
        (
            "Sau hai năm vận hành, Tập đoàn Nichias quyết định nâng tổng vốn đầu tư nhà máy tại Hưng Yên lên 90 triệu USD.",
            {one("investment", "Nichias")},
        ),
        (
            "Dự án nhà máy bu lông cường độ cao do Công ty TNHH Kim khí Vạn Xuân làm nhà đầu tư đã được Sở Tài chính cấp phép trong tháng 5.",
            {one("investment", "Kim khí Vạn Xuân")},
        ),
        (
            "Ngày 12/8, nhà máy dập của Công ty TNHH Linh kiện Seoyoung Vina tại KCN Đình Vũ, TP Hải Phòng được khánh thành, vốn đầu tư 15 triệu USD.",
            {one("investment", "Linh kiện Seoyoung")},
        ),
        (
            "Các nhà đầu tư được trao giấy chứng nhận gồm Công ty TNHH Bao bì Hưng Thịnh, Công ty CP Điện cơ Phú Gia và Công ty TNHH Sợi Trường An.",
            {
                one("investment", "Bao bì Hưng Thịnh"),
                one("investment", "Điện cơ Phú Gia"),
                one("investment", "Sợi Trường An"),
            },
        ),
        (
            "Công ty CP Cơ khí Minh Khang vừa giành hợp đồng 85 tỷ đồng từ Công ty TNHH Canon Việt Nam.",
            {pair("supply_contract", "Cơ khí Minh Khang", "Canon")},
        ),
        (
            "Công ty TNHH Denso Việt Nam đã chọn Công ty CP Đúc Phú Lâm làm nhà cung cấp vỏ máy phát.",
            {pair("supply_contract", "Denso", "Đúc Phú Lâm")},
        ),
        (
            "Theo hợp đồng ký tuần trước, Công ty CP May Hòa Thọ Bắc sẽ may 600.000 áo sơ mi cho Tập đoàn Aeon.",
            {pair("supply_contract", "May Hòa Thọ Bắc", "Aeon")},
        ),
        (
            "HĐQT Công ty CP Xây lắp Điện Miền Trung thông qua hợp đồng mua bán máy biến áp với Công ty TNHH ABB Việt Nam.",
            {pair("supply_contract", "Xây lắp Điện Miền Trung", "ABB")},
        ),
        (
            "Biên bản ghi nhớ giữa Công ty CP Khuôn mẫu Thiên Phú và Tập đoàn Kyocera được trao trong buổi tiếp đoàn.",
            {pair("mou", "Khuôn mẫu Thiên Phú", "Kyocera")},
        ),
        (
            "Công ty CP Ống thép Hòa Nam vừa công bố thông tin về hợp đồng cung cấp ống dẫn trị giá 70 tỷ đồng cho Tập đoàn Sun Group.",
            {pair("supply_contract", "Ống thép Hòa Nam", "Sun Group")},
        ),
    ],
)
def test_real_text_deal_shapes_round6_are_read(text: str, expected: set) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a technology received from a partner is a cooperation, not an order received
        (
            "Công ty TNHH Cơ khí Hòa Bình nhận chuyển giao công nghệ sơn tĩnh điện từ Tập đoàn Nippon Paint theo hợp đồng ký năm ngoái.",
            {pair("cooperation", "Cơ khí Hòa Bình", "Nippon Paint")},
        ),
        # a contract with a lease word stays a lease even when it names what the tenant will make
        (
            "Công ty TNHH Goertek Vina ký hợp đồng thuê nhà xưởng với Công ty CP KCN Phú Bình để sản xuất và cung cấp tai nghe.",
            {pair("cooperation", "Goertek", "KCN Phú Bình")},
        ),
        # a supplier's role with no contract, order or agreement named is not a deal
        (
            "Công ty TNHH Cơ khí Đại Phát vốn là nhà cung cấp khung thép cho các nhà xưởng của Công ty CP Đầu tư Sao Mai.",
            set(),
        ),
        # investors listed with no licence word are not licensed
        (
            "Các nhà đầu tư tham dự hội nghị gồm Công ty TNHH Bao bì Hưng Thịnh và Công ty CP Điện cơ Phú Gia.",
            set(),
        ),
    ],
)
def test_round6_shapes_keep_their_limits(text: str, expected: set) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tổng công ty Công nghiệp Tàu thủy ký với Tập đoàn Yanmar về động cơ.", "Công nghiệp Tàu thủy"),
        # old tone placement is normalised first ("thuỷ" -> "thủy")
        ("Công ty CP Vận tải Đường thuỷ Bắc Hà ký hợp đồng với Hòa Phát.", "Vận tải Đường thủy Bắc Hà"),
    ],
)
def test_a_lower_case_half_of_a_capitalised_word_stays_in_the_firm_name(text: str, name: str) -> None:
    """ "Tàu thủy", "Đường thuỷ": one word of the name, even though "thủy" ends names elsewhere."""
    assert name in firms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tập đoàn Nhật Bản Sumitomo Corporation rót 60 triệu USD vào dự án.", "Sumitomo Corporation"),
        ("Tập đoàn Hàn Quốc Hyosung tiếp tục mở rộng nhà máy.", "Hyosung"),
        ("Tổng công ty Thép Việt Nam ký hợp đồng với Posco.", "Thép Việt Nam"),
    ],
)
def test_a_nationality_right_after_the_legal_form_is_not_part_of_a_foreign_name(text: str, name: str) -> None:
    assert name in firms(text)


@pytest.mark.parametrize(
    ("text", "firm", "amount"),
    [
        ("Tập đoàn Kyocera chi 180 triệu USD xây nhà máy linh kiện gốm tại Hưng Yên.", "Kyocera", 180e6),
        ("Theo kế hoạch, Goertek sẽ bơm thêm 300 triệu USD vào dự án ở Bắc Ninh.", "Goertek", 300e6),
        ("Tập đoàn Lotte khởi động dự án kho lạnh 90 triệu USD tại Long An.", "Lotte", 90e6),
        ("Tỉnh Quảng Trị đón dự án 45 triệu USD của Tập đoàn B.Grimm.", "B.Grimm", 45e6),
    ],
)
def test_business_press_investment_verbs_name_the_investor_and_its_amount(
    text: str, firm: str, amount: float
) -> None:
    found = [(d.kind, d.parties, d.amount) for d in tag_text(text).deals]
    assert found == [("investment", [firm], amount)]


def test_money_spent_on_something_else_is_no_investment() -> None:
    assert deals("Công ty CP Sữa Việt Nam chi 2.000 tỷ đồng trả cổ tức đợt 2.") == set()


def test_a_generic_word_inside_a_name_before_a_foreign_form_stays_in_it() -> None:
    text = "Dự án của Alpha Beta International Co., Limited được cấp phép."
    assert firms(text) == ["Alpha Beta International"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tập đoàn Kirin hoàn tất thương vụ thâu tóm 51% vốn của Công ty CP Nước giải khát Sao Mai.",
            {one("investment", "Kirin")},
        ),
        (
            "Công ty CP Thép Nam Hà đã bán 30% cổ phần cho Tập đoàn JFE Steel với giá 60 triệu USD.",
            {one("investment", "JFE Steel")},
        ),
        (
            "HĐQT Công ty CP Bao bì Tân Phú thông qua việc chuyển nhượng 20% vốn tại công ty con cho Tập đoàn Rengo.",
            {one("investment", "Rengo")},
        ),
        (
            "Công ty CP KCN Thuận Đạo cho Công ty TNHH Dệt Kim Hưng thuê 4 ha đất trong 40 năm.",
            {pair("cooperation", "KCN Thuận Đạo", "Dệt Kim Hưng")},
        ),
    ],
)
def test_shares_sold_are_the_buyers_investment_and_land_let_is_a_lease(text: str, expected: set) -> None:
    """The deals' convention for acquisitions: the buyer's investment, whichever side the sentence starts
    from; a lease told from the landlord ('A cho B thuê') is a cooperation of the two."""
    assert deals(text) == expected


def test_a_quote_that_says_chung_toi_signed_is_the_speakers_firm() -> None:
    quoted = (
        "“Chúng tôi vừa ký hợp đồng cung cấp vỏ nhôm với Tập đoàn Nidec”, ông Phạm Văn Lực, "
        "Giám đốc Công ty CP Cơ khí Quang Trung, cho biết."
    )
    assert deals(quoted) == {pair("supply_contract", "Cơ khí Quang Trung", "Nidec")}
    # no quote closes before the speaker's firm: who "chúng tôi" is stays unknown
    assert deals("Chúng tôi đã ký hợp đồng với Tập đoàn Nidec và Công ty CP Cơ khí Quang Trung.") == set()


# Shapes of batch 14 (blind, then training): stakes bought or issued, plants of a firm with their capital,
# charter capital and loans kept apart from investment, joint ventures set up, orders closed, agency deals.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HĐQT Công ty CP Cơ điện Hải Long quyết nghị phê duyệt chủ trương mua 80% vốn Công ty TNHH Bơm Thái Hà.",
            {one("investment", "Cơ điện Hải Long")},
        ),
        (
            "Công ty CP Sơn Đông Á sẽ phát hành 15 triệu cổ phiếu riêng lẻ cho Kansai Paint, thu về 300 tỷ đồng.",
            {one("investment", "Kansai Paint")},
        ),
        (
            "Nổi bật là nhà máy vỏ hộp số của Công ty TNHH Linh kiện Ô tô Daeho tại KCN Đồng Văn, vốn 42 triệu USD.",
            {one("investment", "Linh kiện Ô tô Daeho")},
        ),
        (
            "Ban Quản lý trao chứng nhận cho xưởng sơn tĩnh điện của Công ty TNHH Cơ khí Phú Cường (4,5 triệu USD).",
            {one("investment", "Cơ khí Phú Cường")},
        ),
        (
            "Tập đoàn Sông Lam (SL Group) và Kia Corporation công bố sẽ thành lập liên doanh lắp ráp xe tải nhẹ.",
            {pair("cooperation", "Sông Lam", "Kia Corporation")},
        ),
        (
            "Ông Trần Văn Hòa, Giám đốc Công ty CP May Đức Giang, cho biết công ty đã chốt đơn hàng 800.000 áo với Decathlon.",
            {pair("supply_contract", "May Đức Giang", "Decathlon")},
        ),
        (
            "Công ty TNHH Cơ khí Việt Nhật và Tập đoàn THK đã ký thỏa thuận đại lý phân phối vòng bi cho miền Trung.",
            {pair("supply_contract", "Cơ khí Việt Nhật", "THK")},
        ),
    ],
)
def test_batch_14_shapes_are_read(text: str, expected: set) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nhà máy 300 triệu USD của Tập đoàn Sumida tại Nam Định đang tuyển thêm công nhân.",
        "Công ty CP Nhựa Tân Hòa đã bán hết hàng sau hai đợt mua cổ phần của nhà đầu tư.",
    ],
)
def test_a_plants_worth_and_a_purchase_after_sau_are_no_investment(text: str) -> None:
    assert not any(d.kind == "investment" for d in tag_text(text).deals)


def test_a_bracketed_alias_of_several_words_is_the_same_firm() -> None:
    assert firms("Tập đoàn Sông Lam (SL Group) ký với Kia Corporation.") == ["Sông Lam", "Kia Corporation"]
    assert firms("Công ty TNHH Daeyang (Hàn Quốc) ký với Công ty CP Nhựa An Phát.") == [
        "Daeyang",
        "Nhựa An Phát",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hợp đồng được ký giữa bên bán là Công ty CP Thép Hòa Lạc và bên mua là Công ty TNHH Kết cấu thép Bluescope, khối lượng 8.000 tấn.",
            {pair("supply_contract", "Thép Hòa Lạc", "Kết cấu thép Bluescope")},
        ),
        (
            "Công ty CP Xây dựng Delta được Tập đoàn Foxconn chọn làm tổng thầu nhà xưởng mới, giá trị khoảng 900 tỷ đồng.",
            {pair("supply_contract", "Xây dựng Delta", "Foxconn")},
        ),
        (
            "Nhà xưởng của Công ty TNHH Yokowo Việt Nam sẽ được Công ty CP Cơ điện Thái Bình lắp đặt hệ thống điều hòa theo hợp đồng 30 tỷ đồng.",
            {pair("supply_contract", "Yokowo", "Cơ điện Thái Bình")},
        ),
        (
            "Công ty CP KCN Đại An vừa bàn giao 8 ha đất cho Công ty TNHH Bao bì Hanpak theo hợp đồng thuê ký hồi tháng 5.",
            {pair("cooperation", "KCN Đại An", "Bao bì Hanpak")},
        ),
        (
            "Công ty CP Nông sản Tây Nguyên sẽ cung cấp 50.000 tấn sắn lát cho Tập đoàn Itochu theo biên bản ghi nhớ vừa ký.",
            {pair("mou", "Nông sản Tây Nguyên", "Itochu")},
        ),
    ],
)
def test_batch_14_passives_sides_handovers_and_memoranda(text: str, expected: set) -> None:
    assert deals(text) == expected


def test_a_loan_in_the_passive_stays_a_cooperation() -> None:
    """'A được B <verb>' is a supply only when B supplies or builds; a bank lending stays a credit."""
    text = "Công ty CP Cơ khí An Phát được Ngân hàng Vietcombank cho vay 50 tỷ đồng."
    assert deals(text) == {pair("cooperation", "Cơ khí An Phát", "Vietcombank")}


def test_ban_dan_is_one_word_and_reporting_verbs_end_a_name() -> None:
    assert firms("Công ty CP Bán dẫn Hòa Khánh đề xuất xây xưởng kiểm thử chip.") == ["Bán dẫn Hòa Khánh"]
    text = "Công ty CP Nhựa Tân Phú thông báo Sekisui Chemical đã nâng tỷ lệ sở hữu lên 60%."
    assert firms(text)[0] == "Nhựa Tân Phú"


def test_charter_capital_raised_is_no_investment_for_either_reader() -> None:
    """Both the deal reader and the event reader leave charter capital out (extract/tag/not_investment.py),
    so `tag_text` reports no investment either."""
    text = "Công ty TNHH Cơ khí Hà Phát quyết định nâng vốn điều lệ từ 20 tỷ đồng lên 50 tỷ đồng."
    tags = tag_text(text)
    assert tag_deals(text, tags.firms, tags.money, tags.provinces) == []
    assert tags.events == [] and tags.deals == []
