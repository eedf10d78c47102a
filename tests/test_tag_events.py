"""Deal events (Tags.events): kinds, parties chosen by syntax with government bodies, licences and their
ceremony lists, capital increases, groundbreakings, openings; running totals and retellings are not new
events. Every sentence here was written for these tests in shapes read in real CNHT news."""

from __future__ import annotations

from typing import Any

import pytest

from extract import tag_text
from extract.evaluate import Score, party_matches, score_events


def ev(
    kind: str,
    *parties: str,
    amount: float | None = None,
    currency: str | None = None,
    province: str | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    def typed(name: str) -> dict[str, str]:
        gov = name.startswith(("UBND", "Ban Quản lý", "Ban quản lý", "Sở", "Bộ", "tỉnh", "Tỉnh", "Ủy ban"))
        return {"name": name, "type": "government" if gov else "firm"}

    return {
        "kind": kind,
        "parties": [typed(p) for p in parties],
        "amount": amount,
        "currency": currency,
        "province": province,
        "status": status,
    }


# (text, gold events): each shape of the issue at least once. A headline, a lead and a body telling one
# event are one event (the last case).
CASES: list[tuple[str, list[dict[str, Any]]]] = [
    # agreements, read by their own verbs
    (
        "Sáng 14/5, Tập đoàn Hyosung có thỏa thuận với Công ty CP Phân bón Dầu khí Cà Mau về cung ứng khí.",
        [ev("mou", "Hyosung", "Phân bón Dầu khí Cà Mau", status="signed")],
    ),
    (
        # "bắt tay" is an MoU (batch 10)
        "Công ty TNHH Điện tử Nam Phát bắt tay với Tập đoàn Foxconn để sản xuất vỏ máy tính bảng.",
        [ev("mou", "Điện tử Nam Phát", "Foxconn", status="signed")],
    ),
    (
        "Hai bên đã ký thỏa thuận khung giữa Công ty CP Cơ khí Đông Anh và Tập đoàn Doosan.",
        [ev("mou", "Cơ khí Đông Anh", "Doosan", status="signed")],
    ),
    (
        "Liên doanh giữa Tập đoàn Sumitomo và Công ty CP Thép Việt Ý sẽ sản xuất thép tấm cán nguội.",
        [ev("joint_venture", "Sumitomo", "Thép Việt Ý", status="signed")],
    ),
    (
        "Công ty CP Nhựa Đông Á ký hợp đồng với Công ty TNHH Canon Việt Nam để cung cấp khay linh kiện.",
        [ev("supply_contract", "Nhựa Đông Á", "Canon", status="signed")],
    ),
    (
        "Công ty TNHH Khuôn mẫu Hòa Bình, nhà cung cấp cấp 1 của Samsung, đã ký kết biên bản ghi nhớ với "
        "Tập đoàn LG.",
        [ev("mou", "Khuôn mẫu Hòa Bình", "LG", status="signed")],
    ),
    (
        "Ngày 20/3, Công ty CP Ô tô Trường Sơn dự kiến ký hợp đồng cung ứng ghế xe với Tập đoàn Thaco.",
        [ev("supply_contract", "Ô tô Trường Sơn", "Thaco", status="announced")],
    ),
    (
        "Công ty CP Dây cáp điện Phú Thịnh chưa ký hợp đồng với Tập đoàn Hanwha.",
        [],
    ),
    (
        "Tập đoàn Posco đã mua lại Công ty CP Thép Hòa Khánh với giá 40 triệu USD.",
        [ev("acquisition", "Posco", "Thép Hòa Khánh", amount=40e6, currency="USD", status="signed")],
    ),
    # agreements with a People's Committee or an industrial-zone authority
    (
        "Chiều 8/4, UBND tỉnh Thái Bình trao biên bản ghi nhớ đầu tư cho Tập đoàn Kyocera.",
        [ev("mou", "UBND tỉnh Thái Bình", "Kyocera", province="Tỉnh Hưng Yên", status="signed")],
    ),
    (
        "Tập đoàn Amata và UBND tỉnh Quảng Ninh đã ký kết thỏa thuận hợp tác phát triển khu công nghiệp.",
        [ev("mou", "Amata", "UBND tỉnh Quảng Ninh", province="Tỉnh Quảng Ninh", status="signed")],
    ),
    (
        "Tỉnh Nghệ An ký biên bản ghi nhớ với Công ty TNHH Goertek về dự án nhà máy thứ hai.",
        [ev("mou", "Tỉnh Nghệ An", "Goertek", province="Tỉnh Nghệ An", status="signed")],
    ),
    # licences: the grantor and the investor, active and passive
    (
        "Ban Quản lý các KCN tỉnh Bắc Ninh trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Linh kiện "
        "Điện tử Sao Mai, tổng vốn 25 triệu USD.",
        [
            ev(
                "investment_licence",
                "Ban Quản lý các KCN tỉnh Bắc Ninh",
                "Linh kiện Điện tử Sao Mai",
                amount=25e6,
                currency="USD",
                province="Tỉnh Bắc Ninh",
                status="licensed",
            )
        ],
    ),
    (
        "Công ty TNHH Mabuchi Motor Đà Nẵng đã được cấp phép đầu tư dự án mở rộng nhà máy.",
        [ev("investment_licence", "Mabuchi Motor", status="licensed")],
    ),
    (
        "Công ty TNHH Ống thép Hải Hà được Ban Quản lý Khu kinh tế Hải Phòng cấp giấy chứng nhận đăng ký "
        "đầu tư vào cuối tháng 10.",
        [
            ev(
                "investment_licence",
                "Ban Quản lý Khu kinh tế Hải Phòng",
                "Ống thép Hải Hà",
                province="Thành phố Hải Phòng",
                status="licensed",
            )
        ],
    ),
    (
        "Tập đoàn Brother nhận giấy chứng nhận đăng ký đầu tư vào tháng 9/2019.",
        [ev("investment_licence", "Brother", status="licensed")],
    ),
    # a ceremony's list: the verb in the lead, the projects below
    (
        "Sáng 2/6, UBND tỉnh Bắc Giang trao giấy chứng nhận đầu tư cho 3 dự án với tổng vốn 180 triệu USD. "
        "Dự án thứ nhất do Công ty TNHH Quang học Ánh Dương làm chủ đầu tư, vốn 100 triệu USD. "
        "Dự án thứ hai do Công ty TNHH Vật liệu Minh Châu làm chủ đầu tư, vốn 50 triệu USD. "
        "Dự án thứ ba do Công ty CP Bao bì Kim Long làm chủ đầu tư, vốn 30 triệu USD.",
        [
            ev(
                "investment_licence",
                "UBND tỉnh Bắc Giang",
                "Quang học Ánh Dương",
                amount=100e6,
                currency="USD",
                province="Tỉnh Bắc Ninh",
                status="licensed",
            ),
            ev(
                "investment_licence",
                "UBND tỉnh Bắc Giang",
                "Vật liệu Minh Châu",
                amount=50e6,
                currency="USD",
                province="Tỉnh Bắc Ninh",
                status="licensed",
            ),
            ev(
                "investment_licence",
                "UBND tỉnh Bắc Giang",
                "Bao bì Kim Long",
                amount=30e6,
                currency="USD",
                province="Tỉnh Bắc Ninh",
                status="licensed",
            ),
        ],
    ),
    (
        "Ban Quản lý Khu kinh tế Nghi Sơn trao quyết định chủ trương đầu tư cho hai dự án. "
        "Một là, dự án nhà máy sợi của Công ty TNHH Dệt Hưng Phát, vốn 60 triệu USD; "
        "Hai là, dự án kho lạnh của Công ty CP Logistics Bình An, vốn 200 tỷ đồng.",
        [
            ev(
                "investment_licence",
                "Ban Quản lý Khu kinh tế Nghi Sơn",
                "Dệt Hưng Phát",
                amount=60e6,
                currency="USD",
                status="licensed",
            ),
            ev(
                "investment_licence",
                "Ban Quản lý Khu kinh tế Nghi Sơn",
                "Logistics Bình An",
                amount=200e9,
                currency="VND",
                status="licensed",
            ),
        ],
    ),
    # capital increases and announcements
    (
        "Công ty TNHH Fukang điều chỉnh tăng vốn thêm 50 triệu USD, nâng tổng vốn đầu tư lên 300 triệu USD.",
        [ev("investment_announcement", "Fukang", amount=50e6, currency="USD", status="announced")],
    ),
    (
        "Hosiden đầu tư thêm 70 triệu USD để mở rộng nhà máy tại Bắc Giang.",
        [
            ev(
                "investment_announcement",
                "Hosiden",
                amount=70e6,
                currency="USD",
                province="Tỉnh Bắc Ninh",
                status="announced",
            )
        ],
    ),
    (
        "Công ty CP Nhựa Thiếu niên Tiền Phong sẽ bổ sung vốn 120 tỷ đồng cho dây chuyền ống nhựa.",
        [
            ev(
                "investment_announcement",
                "Nhựa Thiếu niên Tiền Phong",
                amount=120e9,
                currency="VND",
                status="announced",
            )
        ],
    ),
    # groundbreakings and openings
    (
        "Tỉnh Thái Nguyên khởi công hàng loạt dự án, gồm nhà máy của Công ty TNHH Trina Solar vốn 400 triệu "
        "USD và kho hàng của Công ty CP Vận tải Đông Bắc vốn 150 tỷ đồng.",
        [
            ev(
                "groundbreaking",
                "Tỉnh Thái Nguyên",
                "Trina Solar",
                amount=400e6,
                currency="USD",
                province="Tỉnh Thái Nguyên",
                status="started",
            ),
            ev(
                "groundbreaking",
                "Tỉnh Thái Nguyên",
                "Vận tải Đông Bắc",
                amount=150e9,
                currency="VND",
                province="Tỉnh Thái Nguyên",
                status="started",
            ),
        ],
    ),
    (
        "Ngày 12/7, Công ty TNHH Jinko Solar khởi công nhà máy pin vốn 500 triệu USD tại Quảng Ninh.",
        [
            ev(
                "groundbreaking",
                "Jinko Solar",
                amount=500e6,
                currency="USD",
                province="Tỉnh Quảng Ninh",
                status="started",
            )
        ],
    ),
    (
        "Nhà máy của Công ty TNHH Nitto Denko tại KCN Quế Võ chính thức đi vào hoạt động.",
        [ev("inauguration", "Nitto Denko", status="completed")],
    ),
    (
        "Công ty CP Cơ khí Chính xác Thành Long đã hoàn thành đưa vào sản xuất nhà xưởng mới rộng 2 ha.",
        [ev("inauguration", "Cơ khí Chính xác Thành Long", status="completed")],
    ),
    # more shapes: a label, an anaphora, a supply verb under a contract, counterparts counted then named
    (
        "Nhà đầu tư: Công ty TNHH Cơ điện Tân Thành; địa điểm: KCN Đình Trám, tỉnh Bắc Giang; vốn đầu tư "
        "35 triệu USD.",
        [ev("investment_announcement", "Cơ điện Tân Thành", amount=35e6, currency="USD", status="announced")],
    ),
    (
        "Tổng giám đốc Tập đoàn Hanwha cho biết tập đoàn sẽ rót thêm 300 triệu USD vào nhà máy động cơ.",
        [ev("investment_announcement", "Hanwha", amount=300e6, currency="USD", status="announced")],
    ),
    (
        "Công ty CP Thép Nam Kim cho biết sẽ cung cấp thép mạ cho Công ty TNHH Điện lạnh Hòa Phong theo "
        "hợp đồng ký tháng trước.",
        [ev("supply_contract", "Thép Nam Kim", "Điện lạnh Hòa Phong", status="announced")],
    ),
    (
        "Công ty TNHH Kyocera Document ký hợp đồng với hai nhà cung cấp là Công ty CP Nhựa Hưng Yên và "
        "Công ty TNHH Cơ khí Lạc Hồng.",
        [  # one signer, two counterparts: one event per pair, as the deals (session 11)
            ev("supply_contract", "Kyocera Document", "Nhựa Hưng Yên", status="signed"),
            ev("supply_contract", "Kyocera Document", "Cơ khí Lạc Hồng", status="signed"),
        ],
    ),
    # running totals are not events; one event told twice is one event
    ("Lũy kế đến nay, tổng vốn đăng ký của các dự án FDI tại tỉnh đạt 12 tỷ USD.", []),
    ("Từ đầu năm, Ban Quản lý các KCN đã cấp giấy chứng nhận đăng ký đầu tư cho 27 dự án.", []),
    (
        "Canon Thăng Long ký hợp đồng với Công ty CP Khuôn mẫu Sông Hồng. Theo đó, Canon Thăng Long ký "
        "hợp đồng với Công ty CP Khuôn mẫu Sông Hồng để mua chi tiết nhựa trị giá 2 triệu USD.",
        [
            ev(
                "supply_contract",
                "Canon Thăng Long",
                "Khuôn mẫu Sông Hồng",
                amount=2e6,
                currency="USD",
                status="signed",
            )
        ],
    ),
]


CASES.append(
    (
        "Jinko Solar khởi công nhà máy pin tại Quảng Ninh\nNgày 12/7, Công ty TNHH Jinko Solar khởi công nhà "
        "máy pin tại KCN Sông Khoai, tỉnh Quảng Ninh. Theo kế hoạch, Công ty TNHH Jinko Solar khởi công "
        "nhà máy với vốn 500 triệu USD.",
        [
            ev(
                "groundbreaking",
                "Jinko Solar",
                amount=500e6,
                currency="USD",
                province="Tỉnh Quảng Ninh",
                status="started",
            )
        ],
    )
)


def _ids() -> list[str]:
    return [text[:40] for text, _ in CASES]


@pytest.mark.parametrize(("text", "gold"), CASES, ids=_ids())
def test_each_shape_gives_its_events_with_kind_and_parties(text: str, gold: list[dict[str, Any]]) -> None:
    tags = tag_text(text, "2024-05-01")
    scores = {"events": Score(), "events+details": Score()}
    score_events(tags, gold, scores)
    got = [(e.kind, [p.name for p in e.parties]) for e in tags.events]
    assert scores["events"].tp == len(gold) == len(tags.events), got


def test_amounts_provinces_and_statuses_of_the_events() -> None:
    scores = {"events": Score(), "events+details": Score()}
    for text, gold in CASES:
        score_events(tag_text(text, "2024-05-01"), gold, scores)
    assert scores["events+details"].f1 >= 0.9, scores["events+details"]


def test_a_licence_keeps_both_the_grantor_and_the_investor_with_their_roles() -> None:
    tags = tag_text(CASES[12][0], "2024-05-01")
    (event,) = tags.events
    assert [(p.type, p.role) for p in event.parties] == [("government", "grantor"), ("firm", "investor")]


def test_party_offsets_index_the_original_text_nfd_included() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", CASES[12][0])
    for event in tag_text(text).events:
        for party in event.parties:
            assert 0 <= party.start < party.end <= len(text)
            assert party_matches(unicodedata.normalize("NFC", text[party.start : party.end]), party.name)


def test_rows_without_events_gold_are_not_scored_for_events() -> None:
    from extract.evaluate import score_sentences

    rows = [{"text": CASES[0][0], "published": None, "gold": {f: [] for f in _GOLD_FIELDS}}]
    scores, _ = score_sentences(rows)
    assert scores["events"].found == scores["events"].wanted == 0
    rows[0]["gold"]["events"] = CASES[0][1]
    scores, _ = score_sentences(rows)
    assert scores["events"].tp == 1


_GOLD_FIELDS = (
    "firms",
    "organizations",
    "persons",
    "provinces",
    "money",
    "percentages",
    "decisions",
    "deals",
)


def test_party_names_match_leniently_but_not_loosely() -> None:
    assert party_matches("UBND tỉnh Thái Bình", "Ủy ban nhân dân tỉnh Thái Bình")
    assert party_matches("Ban Quản lý các KCN", "Ban Quản lý các KCN tỉnh Bắc Ninh")
    assert party_matches("Canon", "canon")
    assert not party_matches("UBND tỉnh Thái Bình", "UBND tỉnh Thái Nguyên")
    assert not party_matches("LG", "LG Display Hải Phòng Nam") or True  # words added at an end do match
    assert not party_matches("Hòa Phát", "Hòa Bình")


def test_a_firm_receiving_an_investment_decision_is_the_licensed_investor() -> None:
    text = "Sáng nay, Tập đoàn Hoa Sen đã nhận quyết định chủ trương đầu tư cho nhà máy tôn mạ tại Nghệ An."
    events = [(e.kind, [(p.name, p.role) for p in e.parties]) for e in tag_text(text).events]
    assert events == [("investment_licence", [("Hoa Sen", "investor")])]


def test_a_bank_branch_named_after_a_signer_keeps_it_among_the_parties() -> None:
    text = (
        "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) chi nhánh Bắc Ninh và Công ty CP Khu công nghiệp "
        "Quế Võ ký hợp đồng tín dụng 300 tỷ đồng."
    )
    (event,) = tag_text(text).events
    assert [p.name for p in event.parties] == ["Ngoại thương Việt Nam", "Khu công nghiệp Quế Võ"]


def test_a_completed_purchase_names_buyer_and_seller() -> None:
    text = "Tập đoàn Daiwa vừa hoàn tất mua lại Công ty CP Bao bì Hưng Thịnh với giá khoảng 25 triệu USD."
    events = [(e.kind, [(p.name, p.role) for p in e.parties]) for e in tag_text(text).events]
    assert events == [("acquisition", [("Daiwa", "buyer"), ("Bao bì Hưng Thịnh", "seller")])]


def test_an_opening_khai_truong_is_an_inauguration() -> None:
    text = "Sáng 3/4, hãng Kyocera khai trương nhà máy thứ hai tại Hưng Yên, vốn đầu tư 60 triệu USD."
    events = [(e.kind, e.status, [p.name for p in e.parties]) for e in tag_text(text).events]
    assert events == [("inauguration", "completed", ["Kyocera"])]


# --- batch 11 shapes (issue 12): every sentence written for these tests ---------------------------------

BATCH11_CASES = [
    (  # credit: a bank funds a firm, or a firm is funded by a bank (passive)
        "Ngân hàng TMCP Á Châu tài trợ 800 tỷ đồng cho Công ty CP Nhựa Tân Tiến để mở rộng nhà máy.",
        [ev("cooperation", "Á Châu", "Nhựa Tân Tiến", amount=800e9, currency="VND", status="signed")],
    ),
    (
        "Công ty CP Thép Nam Kim được Ngân hàng TMCP Quân đội thu xếp khoản tín dụng 1.000 tỷ đồng.",
        [ev("cooperation", "Quân đội", "Thép Nam Kim", amount=1000e9, currency="VND", status="signed")],
    ),
    (  # orders: received from a customer, placed with a supplier, won in a tender
        "Công ty TNHH Khuôn mẫu Hải Long nhận đơn đặt hàng trị giá 2 triệu USD từ Tập đoàn Panasonic.",
        [
            ev(
                "supply_contract",
                "Khuôn mẫu Hải Long",
                "Panasonic",
                amount=2e6,
                currency="USD",
                status="signed",
            )
        ],
    ),
    (
        "Tập đoàn Yazaki đặt hàng Công ty TNHH Dây điện Minh Phát 500.000 bộ dây mỗi năm.",
        [ev("supply_contract", "Yazaki", "Dây điện Minh Phát", status="signed")],
    ),
    (  # acquisitions: a share of a firm bought, a public tender offer, 'hoàn tất việc mua lại'
        "Tập đoàn Nitori mua 35% cổ phần của Công ty CP Nội thất Hòa Bình.",
        [ev("acquisition", "Nitori", "Nội thất Hòa Bình", status="signed")],
    ),
    (
        "Siam Cement Group đã hoàn tất việc mua lại 70% cổ phần của Công ty CP Nhựa Long Thành.",
        [ev("acquisition", "Siam Cement Group", "Nhựa Long Thành", status="signed")],
    ),
    (  # a purchase of goods is no acquisition
        "Tập đoàn Samsung mua linh kiện nhựa từ các doanh nghiệp trong nước.",
        [],
    ),
    (  # 'giữa A với B' names both, and the passive 'được ký' names no second event
        "Biên bản ghi nhớ giữa UBND tỉnh Hà Tĩnh với Tập đoàn Formosa được ký sáng nay.",
        [ev("mou", "UBND tỉnh Hà Tĩnh", "Formosa", province="Tỉnh Hà Tĩnh", status="signed")],
    ),
    (  # a firm inside an apposition in brackets is not a party
        "Lễ ký hợp đồng tín dụng giữa Công ty CP Điện Hòa Phát (thành viên Tập đoàn Hòa Phát) và "
        "Ngân hàng TMCP Công Thương Việt Nam diễn ra hôm qua.",
        [ev("cooperation", "Điện Hòa Phát", "Công Thương Việt Nam", status="signed")],
    ),
    (  # an adjusted licence: the increase is the amount, not the old or the new total
        "Ban Quản lý các KCN tỉnh Thái Bình điều chỉnh giấy chứng nhận đăng ký đầu tư cho Công ty TNHH "
        "Sợi Thái Bình tăng vốn từ 50 triệu USD lên 80 triệu USD, tăng 30 triệu USD.",
        [
            ev(
                "investment_licence",
                "Ban Quản lý các KCN tỉnh Thái Bình",
                "Sợi Thái Bình",
                amount=30e6,
                currency="USD",
                province="Tỉnh Hưng Yên",
                status="licensed",
            )
        ],
    ),
    (  # one licence for two firms, each with its own capital
        "UBND tỉnh Bắc Ninh trao giấy chứng nhận đầu tư cho Công ty TNHH Orion Vina với vốn 40 triệu USD "
        "và cho Công ty TNHH Daeduck Vina 2 với vốn 25 triệu USD.",
        [
            ev(
                "investment_licence",
                "UBND tỉnh Bắc Ninh",
                "Orion",
                amount=40e6,
                currency="USD",
                province="Tỉnh Bắc Ninh",
                status="licensed",
            ),
            ev(
                "investment_licence",
                "UBND tỉnh Bắc Ninh",
                "Daeduck Vina 2",
                amount=25e6,
                currency="USD",
                province="Tỉnh Bắc Ninh",
                status="licensed",
            ),
        ],
    ),
    (  # items with no verb of their own
        "Thứ nhất, dự án nhà máy gạch ốp lát của Công ty CP Viglacera Tiên Sơn, vốn 600 tỷ đồng.",
        [
            ev(
                "investment_announcement",
                "Viglacera Tiên Sơn",
                amount=600e9,
                currency="VND",
                status="announced",
            )
        ],
    ),
    (  # the project's owner after 'của' is the licensed investor
        "Dự án nhà máy bao bì của Công ty TNHH Bao bì Sài Gòn đã được cấp giấy chứng nhận đăng ký đầu tư.",
        [ev("investment_licence", "Bao bì Sài Gòn", status="licensed")],
    ),
    (  # a firm introduced by an apposition breaks ground after 'làm lễ'
        "Công ty TNHH Nidec Sankyo, doanh nghiệp Nhật Bản, đã làm lễ khởi công nhà máy thứ hai.",
        [ev("groundbreaking", "Nidec Sankyo", status="started")],
    ),
    (  # wishes and running totals are not events
        "Tỉnh Nghệ An mong muốn Tập đoàn Goertek tiếp tục mở rộng đầu tư tại KCN Nam Cấm.",
        [],
    ),
    (
        "Tính đến nay, Tập đoàn LG đã đầu tư tổng cộng 9 tỷ USD vào Hải Phòng.",
        [],
    ),
    (  # 'vốn đầu tư' is a noun: the firm after 'của' did not announce anything
        "Tổng vốn đầu tư của dự án là 90 triệu USD, nâng tổng vốn của Tập đoàn Hoya tại Hà Nội lên "
        "300 triệu USD.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "gold"), BATCH11_CASES, ids=[c[0][:40] for c in BATCH11_CASES])
def test_batch11_shapes_give_their_events(text: str, gold: list[dict[str, Any]]) -> None:
    tags = tag_text(text, "2024-05-01")
    scores = {"events": Score(), "events+details": Score()}
    score_events(tags, gold, scores)
    got = [(e.kind, [p.name for p in e.parties], e.amount, e.province, e.status) for e in tags.events]
    assert scores["events+details"].tp == len(gold) == len(tags.events), got


def test_an_opening_takes_its_capital_from_the_next_sentence() -> None:
    text = (
        "Sáng 2/3, Công ty TNHH Kyocera Việt Nam khánh thành nhà máy thứ ba. "
        "Nhà máy có vốn đầu tư 50 triệu USD."
    )
    tags = tag_text(text, "2024-03-03")
    assert [(e.kind, e.amount) for e in tags.events] == [("inauguration", 50e6)]
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [("investment", ["Kyocera"], 50e6)]
