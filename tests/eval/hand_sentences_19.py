# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 19 (blind, real-text shapes, issue 12): an eighth blind batch, written after reading about 75 real
Vietnamese pages and excerpts (of about 210 results) in the search tool's `pages` corpus from 26 searches not
made for batches 12-18, chosen for other regions and writers: Lâm Đồng with the former Bình Thuận and Đắk
Nông (its zone authority's own licence notes with the amount in digits and in words, PLO's "(PLO)-" pages),
Đắk Lắk with the former Phú Yên, Gia Lai with the former Bình Định (Báo Gia Lai's captions "(bên phải)",
project lists with the amount and the investor inside one bracket), Khánh Hòa with the former Ninh Thuận,
Huế and Quảng Trị with the former Quảng Bình (provincial "công văn" approvals, a park founded with its
investor named), Hưng Yên with the former Thái Bình, Phú Thọ with the former Vĩnh Phúc (carmakers' supplier
tiers), Tuyên Quang with the former Hà Giang, Tây Ninh with the former Long An, Đồng Nai with the former
Bình Phước, Cà Mau with the former Bạc Liêu, Cần Thơ with the former Sóc Trăng; writers: Tạp chí Công Thương
and its Cartimes pages, Lao Động's English copy, Thanh tra, Dân trí, Nhân Dân tag pages, VTV's market pages,
VTC News, ICTnews, CafeLand, VietnamFinance, Thanh Niên, Báo Đầu tư, Nhà đầu tư, Vietnam+ and VNS English
copy, Taiwanese and Thai business news retold in Vietnamese (Bộ Kinh tế Đài Loan approvals, Bangkok Post),
Sembcorp and Becamex releases, association pages (VASI, VEIA, HAMI, HANSIBA, HASI), a supporting-industry
park's Japanese tenants, and court judgments on sale contracts (KDTM-ST/PT) with their party blocks.
Annotated for every field BEFORE any tagger was run on them, without reading the tagger code or data. No
sentence is taken or paraphrased from a page; the shapes are. Firm names are invented, or well-known brands
used in sentences of our own.

Conventions: exactly those of batches 10 and 12-18 (their docstrings), with their judgement calls: a deal
date needs a day; "tăng vốn từ X lên Y" is about the increase, "tăng vốn lên X" states no increase amount; a
subsidiary named with its parent is the party when it signs; firm-school and firm-association agreements
are MoU events with no `deals` entry; a supplier's home province is not the contract's province; leases with
park developers and bank credit are "cooperation"; a joint venture's `deals` entry is "cooperation"; an
acquisition, a licence or a contract recalled as background is a deal but not an event; a state body's MoU
with a firm about training or supplier support is an MoU event with a government party and no deal; in a
bracketed or "tương đương" conversion the first figure written is the amount; a licence said to be coming is
announced; charter capital, revenue and profit are money only; a project line with no licensing verb in its
own row is an announced investment; one signer with several counterparts gives one event per pair; a region
prefix before a contract is a province mention, the site of a plant, a lease or a project is the deal's
province; an acquisition's `deals` entry is the buyer's "investment"; an inauguration without a capital
amount is an event with no `deals` entry; aliases in brackets are no firm mentions of their own; a foreign
subsidiary keeps the place in its name, "Việt Nam" and a trailing "Vina" are dropped from a foreign firm's
name; a bank named with its branch is the bank alone, the branch's province a mention; areas in m2 are
given in hectares; prices per m2 are no money; capacities ("tấn/năm", "MW") are no quantities. Every row
with no event carries `events=[]` (as batches 15-17). Calls made here in the same spirit:

- A project list with the amount and the investor inside one bracket ("dự án A (hơn 2.200 tỷ đồng, Công ty
  cổ phần X); dự án B (gần 980 tỷ đồng, Công ty TNHH Y)") after a handing-over verb gives one licence per
  named investor, as batch 16's conference lists.
- A People's Committee's decision founding a park or a cluster with its investor named ("quyết định thành lập
  Cụm công nghiệp X ...; chủ đầu tư là Công ty Y") is a licence of Y, like a "chấp thuận nhà đầu tư"; a
  province's "Công văn ... đồng ý chủ trương cho phép Công ty X triển khai đầu tư ..." likewise (the decision's
  date is not the deal date).
- A province agreeing to change a project's investor ("thống nhất đổi chủ đầu tư ... sang Công ty Y, thay cho
  Công ty Z") is a licence of the new investor only; the former one is a firm mention.
- A certificate handed to a group's chairman ("trao giấy chứng nhận đăng ký đầu tư cho ông X, Chủ tịch Tập
  đoàn Y") is a licence of Y; a person's caption position "(bên phải)" is no part of the name.
- A business-registration certificate ("giấy chứng nhận đăng ký doanh nghiệp") and an environmental permit
  ("Giấy phép môi trường ... số 684/GPMT-UBND") are no investment licences: no event, no deal; their numbers
  are document numbers.
- A licence to a consortium ("cho liên danh Công ty A và Công ty B") is one event with the granting body and
  both firms; each firm gets its own "investment" deal, as batch 15's three-party MoU.
- An outbound approval by a foreign ministry ("Bộ Kinh tế Đài Loan phê duyệt khoản đầu tư 60 triệu USD vào
  công ty con tại Việt Nam") is the parent's announced investment; the foreign ministry is an organization
  mention, not a party (no Vietnamese licence is given).
- A firm described as a supplier of another ("là nhà cung cấp cấp 1 ... cho Toyota từ năm 2019") states no
  contract: no event and no deal; a joint venture's ownership split described as background ("phía Nhật nắm
  65%") is no event.
- Court judgments: the judgment number ("Bản án số 12/2025/KDTM-ST ngày ...") is a document number with its
  date; the contract the parties signed, recalled in the judgment ("nguyên đơn và bị đơn đã ký hợp đồng mua
  bán ..."), is a deal but not an event; the parties written "Nguyên đơn: Công ty ..." are firms; "Người đại
  diện theo pháp luật: Ông X, chức vụ: Giám đốc" gives X the role "Giám đốc"; a court is an organization.
- An amount in "triệu đồng" with a large figure ("214.560 triệu đồng") is read in millions (214,56 billion).
- A Tổng công ty written "Tổng công ty Cổ phần X" is "Tổng công ty" with the name X, as "Tổng Công ty X - CTCP".
- An MoU between a People's Committee and a foreign group about city infrastructure, with no project of the
  group named, is an MoU event with a government party and no deal (as a state body's MoU on support).
- A pledge of a total at a meeting with unnamed projects ("cam kết đầu tư khoảng 10 tỷ USD vào các dự án ...")
  is no event, as a wish.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_19(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    LD = cur("Lâm Đồng")
    DL = cur("Đắk Lắk")
    GL = cur("Gia Lai")
    KH = cur("Khánh Hòa")
    HUE = cur("Huế")
    QT = cur("Quảng Trị")
    HY = cur("Hưng Yên")
    PT = cur("Phú Thọ")
    TQ = cur("Tuyên Quang")
    TNI = cur("Tây Ninh")
    DNA = cur("Đồng Nai")
    CM = cur("Cà Mau")
    CT = cur("Cần Thơ")
    HCM = cur("Hồ Chí Minh")
    NA = cur("Nghệ An")
    BN = cur("Bắc Ninh")
    DN = cur("Đà Nẵng")
    TH = cur("Thanh Hóa")

    return [
        # --- Lâm Đồng with the former Bình Thuận and Đắk Nông ---
        h(
            3001,
            "Lâm Đồng: Trao chứng nhận đầu tư nhà máy dệt kim 9 triệu USD Chiều ngày 14 tháng 10 năm 2025, Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng tổ chức lễ trao Giấy chứng nhận đăng ký đầu tư cho Công ty TNHH DAEJIN KNIT VINA; dự án: nhà máy dệt kim và nhuộm vải tại Khu công nghiệp Lộc Sơn.",
            "2025-10-15",
            "provincial",
            [
                "headline_merged",
                "region_prefix",
                "licence",
                "government_party",
                "capitals_name",
                "vina_suffix",
                "date_in_words",
                "deal_date",
            ],
            organizations=["Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng"],
            provinces=[pv("Lâm Đồng")],
            firms=[f("DAEJIN KNIT", "Công ty TNHH")],
            money=[m(9 * M, "USD")],
            locations=[park("Khu công nghiệp Lộc Sơn")],
            deals=[deal("investment", ["DAEJIN KNIT"], 9 * M, LD, "2025-10-14")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng"), F("DAEJIN KNIT")],
                    9 * M,
                    "USD",
                    LD,
                    "licensed",
                )
            ],
        ),
        h(
            3002,
            "Tổng vốn đăng ký đầu tư: 228.000.000.000 đồng (Hai trăm hai mươi tám tỷ) đồng Việt Nam, tương đương 9.012.000 đô la Mỹ; diện tích đất đăng ký: 38.640 m2; dự án dự kiến khởi công vào tháng 01 năm 2026.",
            "2025-10-15",
            "provincial",
            ["full_digit_amount", "amount_in_words", "dollar_words", "area_m2", "forecast", "no_event"],
            money=[m(228 * B, "VND"), m(9_012_000, "USD")],
            areas=[ha(3.864)],
            events=[],
        ),
        h(
            3003,
            "(PLO)- Phó Chủ tịch UBND tỉnh Lâm Đồng Lê Trọng Yên vừa ký quyết định điều chỉnh chủ trương đầu tư dự án KCN Hàm Kiệm III, nâng tổng vốn lên 2.950 tỉ đồng; nhà đầu tư là Công ty CP Hạ tầng Công nghiệp Mũi Né.",
            "2025-11-23",
            "provincial",
            [
                "source_tag",
                "person_role_before",
                "licence_adjustment",
                "new_total_only",
                "nha_dau_tu_la",
                "ti_spelling",
            ],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            provinces=[pv("Lâm Đồng")],
            persons=[per("Lê Trọng Yên", "Phó Chủ tịch UBND tỉnh Lâm Đồng")],
            firms=[f("Hạ tầng Công nghiệp Mũi Né", "Công ty CP")],
            money=[m(2950 * B, "VND")],
            locations=[park("Khu công nghiệp Hàm Kiệm III")],
            deals=[deal("investment", ["Hạ tầng Công nghiệp Mũi Né"], None, LD)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Lâm Đồng"), F("Hạ tầng Công nghiệp Mũi Né")],
                    None,
                    None,
                    LD,
                    "licensed",
                )
            ],
        ),
        h(
            3004,
            'Theo lãnh đạo Sở Công Thương, khi được lấp đầy, khu công nghiệp này có thể đón các "đại bàng" năng lượng với tổng vốn hơn 4 tỉ USD.',
            "2025-11-23",
            "provincial",
            ["quoted_metaphor", "forecast", "approx", "no_event"],
            organizations=["Sở Công Thương"],
            money=[m(4 * B, "USD", None, True)],
            events=[],
        ),
        h(
            3005,
            "Tính đến hết tháng 9/2025, hai KCN Lộc Sơn và KCN Phú Hội đã lấp đầy khoảng 86% diện tích, với 64 dự án còn hiệu lực, tổng vốn đăng ký hơn 3.100 tỉ đồng.",
            "2025-10-06",
            "provincial",
            ["cumulative", "park_list", "percentage", "count", "no_event"],
            percentages=[86],
            money=[m(3100 * B, "VND", None, True)],
            quantities=[c(64, "dự án")],
            locations=[park("Khu công nghiệp Lộc Sơn"), park("Khu công nghiệp Phú Hội")],
            events=[],
        ),
        h(
            3006,
            "Sáng 22/8, UBND tỉnh Lâm Đồng phối hợp với Công ty CP Chế biến Titan Bắc Bình tổ chức lễ khởi công nhà máy zircon siêu mịn tại xã Hòa Thắng (Bình Thuận cũ), tổng mức đầu tư 1.480 tỉ đồng.",
            "2025-08-23",
            "provincial",
            ["groundbreaking", "province_cohost", "old_province_cu", "commune", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            provinces=[pv("Lâm Đồng"), pv("Bình Thuận")],
            firms=[f("Chế biến Titan Bắc Bình", "Công ty CP")],
            money=[m(1480 * B, "VND")],
            deals=[deal("groundbreaking", ["Chế biến Titan Bắc Bình"], 1480 * B, LD, "2025-08-22")],
            events=[
                ev(
                    "groundbreaking",
                    [G("UBND tỉnh Lâm Đồng"), F("Chế biến Titan Bắc Bình")],
                    1480 * B,
                    "VND",
                    LD,
                    "started",
                )
            ],
        ),
        h(
            3007,
            "Nhân dịp này, ông Đặng Quốc Vinh, Tổng giám đốc Công ty CP Chế biến Titan Bắc Bình (áo trắng), trao 200 triệu đồng hỗ trợ xây nhà đại đoàn kết cho xã Hòa Thắng.",
            "2025-08-23",
            "provincial",
            ["donation", "caption_position", "person_comma", "not_a_deal"],
            persons=[per("Đặng Quốc Vinh", "Tổng giám đốc Công ty CP Chế biến Titan Bắc Bình")],
            firms=[f("Chế biến Titan Bắc Bình", "Công ty CP")],
            money=[m(200 * M, "VND")],
            events=[],
        ),
        h(
            3008,
            "Gia Nghĩa (cũ) - Tổng công ty Khoáng sản TKV và Công ty TNHH Nhôm Nhân Cơ Xanh ký hợp đồng cung cấp 450.000 tấn alumin mỗi năm cho nhà máy điện phân nhôm tại KCN Nhân Cơ 2, thời hạn 10 năm.",
            "2025-03-19",
            "provincial",
            ["dateline_dash", "town_not_province", "supply_contract", "firm_pair", "tong_cong_ty", "count"],
            firms=[f("Khoáng sản TKV", "Tổng công ty"), f("Nhôm Nhân Cơ Xanh", "Công ty TNHH")],
            quantities=[c(450000, "tấn")],
            locations=[park("Khu công nghiệp Nhân Cơ 2")],
            deals=[deal("supply_contract", ["Khoáng sản TKV", "Nhôm Nhân Cơ Xanh"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Khoáng sản TKV"), F("Nhôm Nhân Cơ Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3009,
            "Công ty CP Đầu tư KCN Phú Hội đã ký hợp đồng thuê lại 4,2 ha đất với Công ty TNHH Thực phẩm Langbiang Nhật Việt để xây nhà máy sấy lạnh rau củ.",
            "2025-06-10",
            "provincial",
            ["lease", "park_developer", "firm_pair", "area"],
            firms=[f("Đầu tư KCN Phú Hội", "Công ty CP"), f("Thực phẩm Langbiang Nhật Việt", "Công ty TNHH")],
            areas=[ha(4.2)],
            deals=[deal("cooperation", ["Đầu tư KCN Phú Hội", "Thực phẩm Langbiang Nhật Việt"])],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư KCN Phú Hội"), F("Thực phẩm Langbiang Nhật Việt")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3010,
            "Lâm Đồng kiến nghị Bộ Công Thương sớm bổ sung 5 dự án điện gió ngoài khơi khu vực Bình Thuận cũ vào danh mục của Quy hoạch điện VIII điều chỉnh.",
            "2025-12-03",
            "provincial",
            ["request_to_ministry", "old_province_cu", "count", "no_event"],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Lâm Đồng"), pv("Bình Thuận")],
            quantities=[c(5, "dự án")],
            events=[],
        ),
        h(
            3011,
            "Tại hội nghị, UBND tỉnh Lâm Đồng trao quyết định chủ trương đầu tư cho 9 dự án; lớn nhất là dự án Nhà máy chế biến sâu bô-xít Bảo Lâm (gần 6.800 tỉ đồng, Công ty CP Alumin Tân Rai Xanh) và dự án Nhà máy gạch ceramic Hàm Tân (hơn 1.250 tỉ đồng, Công ty TNHH Gốm sứ Phương Nam).",
            "2025-09-28",
            "provincial",
            ["nfd", "licence_list", "amount_investor_bracket", "government_party", "count", "approx"],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            provinces=[pv("Lâm Đồng")],
            firms=[f("Alumin Tân Rai Xanh", "Công ty CP"), f("Gốm sứ Phương Nam", "Công ty TNHH")],
            money=[m(6800 * B, "VND", None, True), m(1250 * B, "VND", None, True)],
            quantities=[c(9, "dự án")],
            deals=[
                deal("investment", ["Alumin Tân Rai Xanh"], 6800 * B, LD),
                deal("investment", ["Gốm sứ Phương Nam"], 1250 * B, LD),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Lâm Đồng"), F("Alumin Tân Rai Xanh")],
                    6800 * B,
                    "VND",
                    LD,
                    "licensed",
                ),
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Lâm Đồng"), F("Gốm sứ Phương Nam")],
                    1250 * B,
                    "VND",
                    LD,
                    "licensed",
                ),
            ],
        ),
        h(
            3012,
            "Ngày 3/11, Công ty TNHH Chế biến Mắc ca Đắk Mil khánh thành nhà máy tách vỏ mắc ca công suất 5.000 tấn/năm tại Cụm công nghiệp Thuận An, vốn 215 tỉ đồng.",
            "2025-11-04",
            "provincial",
            ["inauguration", "capacity", "cluster", "deal_date"],
            firms=[f("Chế biến Mắc ca Đắk Mil", "Công ty TNHH")],
            money=[m(215 * B, "VND")],
            locations=[park("Cụm công nghiệp Thuận An")],
            deals=[deal("investment", ["Chế biến Mắc ca Đắk Mil"], 215 * B, None, "2025-11-03")],
            events=[ev("inauguration", [F("Chế biến Mắc ca Đắk Mil")], 215 * B, "VND", None, "completed")],
        ),
        # --- Đắk Lắk with the former Phú Yên, Gia Lai with the former Bình Định ---
        h(
            3013,
            "Chiều 18/4, Ban Quản lý các khu công nghiệp tỉnh Đắk Lắk cùng Công ty CP Hạ tầng Hòa Phú Xanh tổ chức lễ khởi công dự án hạ tầng Cụm công nghiệp Hòa Phú mở rộng, quy mô 62 ha, vốn hơn 540 tỷ đồng.",
            "2025-04-19",
            "provincial",
            ["groundbreaking", "authority_cohost", "cluster", "area", "approx", "deal_date"],
            organizations=["Ban Quản lý các khu công nghiệp tỉnh Đắk Lắk"],
            provinces=[pv("Đắk Lắk")],
            firms=[f("Hạ tầng Hòa Phú Xanh", "Công ty CP")],
            money=[m(540 * B, "VND", None, True)],
            areas=[ha(62)],
            locations=[park("Cụm công nghiệp Hòa Phú mở rộng")],
            deals=[deal("groundbreaking", ["Hạ tầng Hòa Phú Xanh"], 540 * B, DL, "2025-04-18")],
            events=[
                ev(
                    "groundbreaking",
                    [G("Ban Quản lý các khu công nghiệp tỉnh Đắk Lắk"), F("Hạ tầng Hòa Phú Xanh")],
                    540 * B,
                    "VND",
                    DL,
                    "started",
                )
            ],
        ),
        h(
            3014,
            "Cùng ngày, tại KCN Hòa Hiệp (Phú Yên cũ), Công ty TNHH Thủy sản Sông Cầu Xanh động thổ nhà máy chế biến tôm hùm đông lạnh, tổng vốn 18 triệu USD.",
            "2025-04-19",
            "provincial",
            ["groundbreaking", "dong_tho", "cung_ngay_no_day", "old_province_cu", "park"],
            provinces=[pv("Phú Yên")],
            firms=[f("Thủy sản Sông Cầu Xanh", "Công ty TNHH")],
            money=[m(18 * M, "USD")],
            locations=[park("Khu công nghiệp Hòa Hiệp")],
            deals=[deal("groundbreaking", ["Thủy sản Sông Cầu Xanh"], 18 * M, DL)],
            events=[ev("groundbreaking", [F("Thủy sản Sông Cầu Xanh")], 18 * M, "USD", DL, "started")],
        ),
        h(
            3015,
            "Nhà máy có công suất 40.000 tấn quả tươi/năm, do Công ty Cổ phần Tập đoàn Nông sản Ea Kar làm chủ đầu tư, dự kiến thi công trong 15 tháng.",
            "2025-03-11",
            "provincial",
            ["project_line", "cong_ty_cp_tap_doan", "capacity", "investment_announcement"],
            firms=[f("Nông sản Ea Kar", "Công ty CP")],
            deals=[deal("investment", ["Nông sản Ea Kar"])],
            events=[ev("investment_announcement", [F("Nông sản Ea Kar")], None, None, None, "announced")],
        ),
        h(
            3016,
            "Chủ tịch UBND tỉnh Gia Lai Phạm Minh Tân (bên phải) trao giấy chứng nhận đăng ký đầu tư cho ông Lim Boon Kiat, Chủ tịch Tập đoàn Harvest Bean Holdings.",
            "2025-09-18",
            "provincial",
            ["caption", "caption_position", "licence_to_person", "government_party", "two_persons"],
            organizations=["Ủy ban nhân dân tỉnh Gia Lai"],
            provinces=[pv("Gia Lai")],
            persons=[
                per("Phạm Minh Tân", "Chủ tịch UBND tỉnh Gia Lai"),
                per("Lim Boon Kiat", "Chủ tịch Tập đoàn Harvest Bean Holdings"),
            ],
            firms=[f("Harvest Bean Holdings", "Tập đoàn")],
            deals=[deal("investment", ["Harvest Bean Holdings"], None, GL)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Gia Lai"), F("Harvest Bean Holdings")],
                    None,
                    None,
                    GL,
                    "licensed",
                )
            ],
        ),
        h(
            3017,
            "Dự án do Công ty Harvest Bean Nhơn Hội Pte. Ltd (thuộc Tập đoàn Harvest Bean Holdings) làm chủ đầu tư với tổng vốn hơn 1.900 tỉ đồng (tương đương 75 triệu USD), đặt tại KCN Becamex VSIP Bình Định.",
            "2025-09-18",
            "provincial",
            [
                "project_line",
                "foreign_form",
                "member_bracket",
                "conversion_tuong_duong",
                "province_in_park_name",
            ],
            provinces=[pv("Bình Định")],
            firms=[f("Harvest Bean Nhơn Hội", "Pte. Ltd."), f("Harvest Bean Holdings", "Tập đoàn")],
            money=[m(1900 * B, "VND", None, True), m(75 * M, "USD")],
            locations=[park("Khu công nghiệp Becamex VSIP Bình Định")],
            deals=[deal("investment", ["Harvest Bean Nhơn Hội"], 1900 * B, GL)],
            events=[
                ev("investment_announcement", [F("Harvest Bean Nhơn Hội")], 1900 * B, "VND", GL, "announced")
            ],
        ),
        h(
            3018,
            "(GLO)- Sáng 19/8, tại xã Cát Tiến, tỉnh Gia Lai, Công ty CP Tập đoàn Đầu tư Phù Cát khởi công hạ tầng Cụm công nghiệp Cát Nhơn 2, diện tích 74,6 ha, tổng vốn trên 610 tỷ đồng.",
            "2025-08-19",
            "provincial",
            ["source_tag", "groundbreaking", "commune", "cong_ty_cp_tap_doan", "area", "approx", "deal_date"],
            provinces=[pv("Gia Lai")],
            firms=[f("Đầu tư Phù Cát", "Công ty CP")],
            money=[m(610 * B, "VND", None, True)],
            areas=[ha(74.6)],
            locations=[park("Cụm công nghiệp Cát Nhơn 2")],
            deals=[deal("groundbreaking", ["Đầu tư Phù Cát"], 610 * B, GL, "2025-08-19")],
            events=[ev("groundbreaking", [F("Đầu tư Phù Cát")], 610 * B, "VND", GL, "started")],
        ),
        h(
            3019,
            "Công ty TNHH Cà phê Buôn Ma Thuột Xanh ký hợp đồng cung cấp 12.000 tấn cà phê nhân sơ chế ướt cho Tập đoàn Olam trong niên vụ 2025-2026, trị giá khoảng 1.450 tỷ đồng.",
            "2025-10-21",
            "ministry",
            ["supply_contract", "firm_pair", "count", "approx", "crop_year"],
            firms=[f("Cà phê Buôn Ma Thuột Xanh", "Công ty TNHH"), f("Olam", "Tập đoàn")],
            money=[m(1450 * B, "VND", None, True)],
            quantities=[c(12000, "tấn")],
            deals=[deal("supply_contract", ["Cà phê Buôn Ma Thuột Xanh", "Olam"], 1450 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cà phê Buôn Ma Thuột Xanh"), F("Olam")],
                    1450 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3020,
            "Tại buổi làm việc, đại diện Công ty TNHH Phân bón Nhật Tây Nguyên mong muốn được tỉnh giới thiệu quỹ đất khoảng 20 ha ở KCN Phú Xuân (huyện Cư M'gar) để xây nhà máy phân bón hữu cơ.",
            "2025-05-14",
            "provincial",
            ["wish", "area_approx", "no_event"],
            firms=[f("Phân bón Nhật Tây Nguyên", "Công ty TNHH")],
            areas=[ha(20, True)],
            locations=[park("Khu công nghiệp Phú Xuân"), district("huyện Cư M'gar")],
            events=[],
        ),
        h(
            3021,
            "Ban Quản lý Khu kinh tế tỉnh Đắk Lắk vừa điều chỉnh tăng vốn thêm 12 triệu USD cho dự án nhà máy sợi của Công ty TNHH Dệt Sợi Hòa Hiệp tại KCN Hòa Hiệp 1, nâng tổng vốn lên 47 triệu USD.",
            "2025-12-09",
            "provincial",
            ["capital_increase", "licence", "government_party", "increase_and_total"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Đắk Lắk"],
            provinces=[pv("Đắk Lắk")],
            firms=[f("Dệt Sợi Hòa Hiệp", "Công ty TNHH")],
            money=[m(12 * M, "USD"), m(47 * M, "USD")],
            locations=[park("Khu công nghiệp Hòa Hiệp 1")],
            deals=[deal("investment", ["Dệt Sợi Hòa Hiệp"], 12 * M, DL)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Đắk Lắk"), F("Dệt Sợi Hòa Hiệp")],
                    12 * M,
                    "USD",
                    DL,
                    "licensed",
                )
            ],
        ),
        # --- Khánh Hòa with the former Ninh Thuận ---
        h(
            3022,
            "(PL)- UBND tỉnh Khánh Hòa thống nhất đổi chủ đầu tư dự án Cụm công nghiệp Diên Phú 2 sang Công ty CP Đầu tư Công nghiệp Nha Trang Xanh, thay cho chủ đầu tư cũ là Công ty TNHH Địa ốc Bãi Dài.",
            "2025-07-30",
            "provincial",
            ["source_tag", "investor_change", "government_party", "former_investor"],
            organizations=["Ủy ban nhân dân tỉnh Khánh Hòa"],
            provinces=[pv("Khánh Hòa")],
            firms=[f("Đầu tư Công nghiệp Nha Trang Xanh", "Công ty CP"), f("Địa ốc Bãi Dài", "Công ty TNHH")],
            locations=[park("Cụm công nghiệp Diên Phú 2")],
            deals=[deal("investment", ["Đầu tư Công nghiệp Nha Trang Xanh"], None, KH)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Khánh Hòa"), F("Đầu tư Công nghiệp Nha Trang Xanh")],
                    None,
                    None,
                    KH,
                    "licensed",
                )
            ],
        ),
        h(
            3023,
            "Ninh Thuận (cũ): Công ty CP Muối Cà Ná và Công ty TNHH Hóa chất Phan Rang ký hợp đồng bao tiêu 60.000 tấn muối công nghiệp mỗi năm trong 5 năm.",
            "2025-02-25",
            "provincial",
            ["old_province_cu", "region_prefix", "offtake", "supply_contract", "firm_pair", "count"],
            provinces=[pv("Ninh Thuận")],
            firms=[f("Muối Cà Ná", "Công ty CP"), f("Hóa chất Phan Rang", "Công ty TNHH")],
            quantities=[c(60000, "tấn")],
            deals=[deal("supply_contract", ["Muối Cà Ná", "Hóa chất Phan Rang"])],
            events=[
                ev("supply_contract", [F("Muối Cà Ná"), F("Hóa chất Phan Rang")], None, None, None, "signed")
            ],
        ),
        h(
            3024,
            "Ngày 9/6, tại Nha Trang, Công ty TNHH Đóng tàu Cam Ranh Sejin ký hợp đồng đóng 2 tàu chở hóa chất 25.000 DWT cho hãng tàu Nordvik Shipping (Na Uy), tổng giá trị khoảng 96 triệu USD.",
            "2025-06-10",
            "provincial",
            [
                "shipbuilding",
                "supply_contract",
                "firm_pair",
                "signing_city",
                "country_bracket",
                "count",
                "deal_date",
            ],
            firms=[f("Đóng tàu Cam Ranh Sejin", "Công ty TNHH"), f("Nordvik Shipping")],
            money=[m(96 * M, "USD", None, True)],
            quantities=[c(2, "tàu")],
            locations=[country("Na Uy")],
            deals=[
                deal(
                    "supply_contract",
                    ["Đóng tàu Cam Ranh Sejin", "Nordvik Shipping"],
                    96 * M,
                    None,
                    "2025-06-09",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Đóng tàu Cam Ranh Sejin"), F("Nordvik Shipping")],
                    96 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3025,
            "Theo lãnh đạo Ban Quản lý Khu kinh tế Vân Phong, hiện 3 nhà đầu tư Nhật Bản và Hàn Quốc đang khảo sát quỹ đất cho dự án điện khí LNG nhưng chưa có hồ sơ đề xuất.",
            "2025-08-12",
            "provincial",
            ["survey", "unnamed_investors", "count", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Vân Phong"],
            quantities=[c(3, "nhà đầu tư")],
            locations=[zone("Khu kinh tế Vân Phong"), country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            3026,
            "Khánh Hoà: Công ty TNHH Năng lượng Thuận Bắc khánh thành nhà máy điện mặt trời kết hợp lưu trữ 45 MW tại xã Lợi Hải (Ninh Thuận cũ), vốn 1.320 tỉ đồng.",
            "2025-12-20",
            "provincial",
            ["old_tone", "region_prefix", "inauguration", "old_province_cu", "capacity"],
            provinces=[pv("Khánh Hòa"), pv("Ninh Thuận")],
            firms=[f("Năng lượng Thuận Bắc", "Công ty TNHH")],
            money=[m(1320 * B, "VND")],
            deals=[deal("investment", ["Năng lượng Thuận Bắc"], 1320 * B, KH)],
            events=[ev("inauguration", [F("Năng lượng Thuận Bắc")], 1320 * B, "VND", KH, "completed")],
        ),
        h(
            3027,
            "Tổng công ty Khánh Việt và Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) Chi nhánh Khánh Hòa ký hợp đồng tín dụng 650 tỷ đồng cho dự án nhà máy bao bì tại KCN Suối Dầu.",
            "2025-04-02",
            "provincial",
            ["credit", "bank_branch", "firm_pair", "tong_cong_ty", "acronym_bracket"],
            provinces=[pv("Khánh Hòa")],
            firms=[f("Khánh Việt", "Tổng công ty"), f("Ngoại thương Việt Nam", "Ngân hàng TMCP")],
            money=[m(650 * B, "VND")],
            locations=[park("Khu công nghiệp Suối Dầu")],
            deals=[deal("cooperation", ["Khánh Việt", "Ngoại thương Việt Nam"], 650 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Khánh Việt"), F("Ngoại thương Việt Nam")],
                    650 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        # --- Huế, Quảng Trị with the former Quảng Bình ---
        h(
            3028,
            "UBND TP Huế vừa quyết định thành lập Khu công nghiệp Phong Điền giai đoạn 3 rộng 212 ha; chủ đầu tư là Công ty TNHH MTV Phát triển Hạ tầng Phong Điền, tổng vốn đầu tư khoảng 1.340 tỷ đồng.",
            "2025-05-06",
            "provincial",
            ["park_founded", "investor_named", "chu_dau_tu_la", "tnhh_mtv", "area", "approx"],
            organizations=["Ủy ban nhân dân TP Huế"],
            provinces=[pv("Huế")],
            firms=[f("Phát triển Hạ tầng Phong Điền", "Công ty TNHH MTV")],
            money=[m(1340 * B, "VND", None, True)],
            areas=[ha(212)],
            locations=[park("Khu công nghiệp Phong Điền giai đoạn 3")],
            deals=[deal("investment", ["Phát triển Hạ tầng Phong Điền"], 1340 * B, HUE)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND TP Huế"), F("Phát triển Hạ tầng Phong Điền")],
                    1340 * B,
                    "VND",
                    HUE,
                    "licensed",
                )
            ],
        ),
        h(
            3029,
            "Dự án có thời hạn hoạt động 50 năm, tính từ ngày 14/3/2025, ngày nhà đầu tư nhận giấy chứng nhận đăng ký đầu tư lần đầu.",
            "2025-05-06",
            "provincial",
            ["term", "recalled_date", "no_named_party", "no_event"],
            events=[],
        ),
        h(
            3030,
            "Chủ tịch UBND tỉnh Quảng Trị vừa có Công văn số 2215/UBND-KT ngày 12 tháng 9 năm 2025 đồng ý chủ trương cho phép Công ty CP Dệt may Đông Hà triển khai đầu tư nhà máy may số 3 tại lô CN4, KCN Nam Đông Hà.",
            "2025-09-16",
            "provincial",
            ["official_letter_approval", "decision_date_in_words", "government_party", "lot_number"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Trị"],
            provinces=[pv("Quảng Trị")],
            decisions=[d("2215/UBND-KT", "2025-09-12")],
            firms=[f("Dệt may Đông Hà", "Công ty CP")],
            locations=[park("Khu công nghiệp Nam Đông Hà")],
            deals=[deal("investment", ["Dệt may Đông Hà"], None, QT)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Quảng Trị"), F("Dệt may Đông Hà")],
                    None,
                    None,
                    QT,
                    "licensed",
                )
            ],
        ),
        h(
            3031,
            "theo đề xuất của Ban Quản lý Khu kinh tế tỉnh tại Công văn số 671/BQL-ĐT ngày 3/9/2025.",
            "2025-09-16",
            "provincial",
            ["fragment_lower_case", "official_letter", "decision_with_date", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh"],
            decisions=[d("671/BQL-ĐT", "2025-09-03")],
            events=[],
        ),
        h(
            3032,
            "(QBĐT) - Ngày 25/7, tại KKT Hòn La, Công ty CP Thép Hòn La và Tập đoàn Thép Hạ Môn Hằng Thịnh (Trung Quốc) ký biên bản ghi nhớ hợp tác đầu tư nhà máy cán thép cuộn, vốn dự kiến 7.200 tỷ đồng.",
            "2025-07-26",
            "provincial",
            ["source_tag", "mou", "firm_pair", "zone_abbrev", "country_bracket", "deal_date"],
            firms=[f("Thép Hòn La", "Công ty CP"), f("Thép Hạ Môn Hằng Thịnh", "Tập đoàn")],
            money=[m(7200 * B, "VND")],
            locations=[zone("Khu kinh tế Hòn La"), country("Trung Quốc")],
            deals=[deal("mou", ["Thép Hòn La", "Thép Hạ Môn Hằng Thịnh"], 7200 * B, None, "2025-07-25")],
            events=[
                ev("mou", [F("Thép Hòn La"), F("Thép Hạ Môn Hằng Thịnh")], 7200 * B, "VND", None, "signed")
            ],
        ),
        h(
            3033,
            "Chiều 16/12, liên danh Công ty CP Năng lượng Triệu Phong và Công ty TNHH Green Hydrogen Asia nhận quyết định chấp thuận nhà đầu tư dự án nhà máy hydro xanh tại KKT Đông Nam Quảng Trị từ Ban Quản lý Khu kinh tế tỉnh Quảng Trị, tổng vốn 4.600 tỷ đồng.",
            "2025-12-17",
            "provincial",
            [
                "licence",
                "consortium",
                "passive_nhan",
                "government_party",
                "province_in_zone_name",
                "deal_date",
            ],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Quảng Trị"],
            provinces=[pv("Quảng Trị")],
            firms=[f("Năng lượng Triệu Phong", "Công ty CP"), f("Green Hydrogen Asia", "Công ty TNHH")],
            money=[m(4600 * B, "VND")],
            locations=[zone("Khu kinh tế Đông Nam Quảng Trị")],
            deals=[
                deal("investment", ["Năng lượng Triệu Phong"], 4600 * B, QT, "2025-12-16"),
                deal("investment", ["Green Hydrogen Asia"], 4600 * B, QT, "2025-12-16"),
            ],
            events=[
                ev(
                    "investment_licence",
                    [
                        G("Ban Quản lý Khu kinh tế tỉnh Quảng Trị"),
                        F("Năng lượng Triệu Phong"),
                        F("Green Hydrogen Asia"),
                    ],
                    4600 * B,
                    "VND",
                    QT,
                    "licensed",
                )
            ],
        ),
        h(
            3034,
            "Cụm công nghiệp Hải Lệ hiện có 7 dự án với tổng vốn đăng ký 214.560 triệu đồng, tỉ lệ lấp đầy 51%.",
            "2025-07-09",
            "provincial",
            ["cumulative", "million_dong_units", "percentage", "count", "no_event"],
            money=[m(214_560 * M, "VND")],
            percentages=[51],
            quantities=[c(7, "dự án")],
            locations=[park("Cụm công nghiệp Hải Lệ")],
            events=[],
        ),
        h(
            3035,
            "Khảo sát của Sở Công Thương cho thấy 57,4% doanh nghiệp trong KCN Nam Đông Hà không đồng ý di dời, nên tỉnh tạm dừng phương án.",
            "2025-02-18",
            "provincial",
            ["survey", "percentage", "relocation", "no_event"],
            organizations=["Sở Công Thương"],
            percentages=[57.4],
            locations=[park("Khu công nghiệp Nam Đông Hà")],
            events=[],
        ),
        h(
            3036,
            "Tại KCN Phú Bài, Công ty CP Sợi Phú Bài Xanh đã ký hợp đồng cung cấp 2.400 tấn sợi cotton chải kỹ cho Công ty TNHH May mặc Hương Trà, giá trị khoảng 4,1 triệu USD.",
            "2025-03-27",
            "provincial",
            ["supply_contract", "firm_pair", "count", "approx", "park"],
            firms=[f("Sợi Phú Bài Xanh", "Công ty CP"), f("May mặc Hương Trà", "Công ty TNHH")],
            money=[m(4.1 * M, "USD", None, True)],
            quantities=[c(2400, "tấn")],
            locations=[park("Khu công nghiệp Phú Bài")],
            deals=[deal("supply_contract", ["Sợi Phú Bài Xanh", "May mặc Hương Trà"], 4.1 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Sợi Phú Bài Xanh"), F("May mặc Hương Trà")],
                    4.1 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3037,
            "Trường Cao đẳng Công nghiệp Phú Bài và Công ty TNHH Kính nổi Chân Mây ký thỏa thuận hợp tác đào tạo kỹ thuật viên vận hành lò nấu thủy tinh.",
            "2025-10-02",
            "provincial",
            ["mou_training", "school_party", "no_deal"],
            organizations=["Trường Cao đẳng Công nghiệp Phú Bài"],
            firms=[f("Kính nổi Chân Mây", "Công ty TNHH")],
            events=[
                ev(
                    "mou",
                    [O("Trường Cao đẳng Công nghiệp Phú Bài"), F("Kính nổi Chân Mây")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3038,
            "Sáng 28/2, Công ty TNHH Kyokuto Seiki Huế (Nhật Bản) khánh thành nhà máy vòng bi chính xác tại KCN Phong Điền, vốn 32 triệu USD.",
            "2025-03-01",
            "provincial",
            ["inauguration", "place_in_name", "country_bracket", "deal_date"],
            firms=[f("Kyokuto Seiki Huế", "Công ty TNHH")],
            money=[m(32 * M, "USD")],
            locations=[park("Khu công nghiệp Phong Điền"), country("Nhật Bản")],
            deals=[deal("investment", ["Kyokuto Seiki Huế"], 32 * M, None, "2025-02-28")],
            events=[ev("inauguration", [F("Kyokuto Seiki Huế")], 32 * M, "USD", None, "completed")],
        ),
        h(
            3039,
            "Đồng Hới - Ngân hàng TMCP Công Thương Việt Nam (VietinBank) Chi nhánh Quảng Bình và Công ty CP Xi măng Sông Gianh Mới ký hợp đồng tín dụng 1.150 tỷ đồng tài trợ dây chuyền clinker số 2.",
            "2025-05-20",
            "provincial",
            ["dateline_dash", "credit", "bank_branch", "firm_pair", "acronym_bracket"],
            provinces=[pv("Quảng Bình")],
            firms=[f("Công Thương Việt Nam", "Ngân hàng TMCP"), f("Xi măng Sông Gianh Mới", "Công ty CP")],
            money=[m(1150 * B, "VND")],
            deals=[deal("cooperation", ["Công Thương Việt Nam", "Xi măng Sông Gianh Mới"], 1150 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Công Thương Việt Nam"), F("Xi măng Sông Gianh Mới")],
                    1150 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3040,
            "Sau gần hai năm đàm phán, nhà đầu tư Hàn Quốc của dự án điện khí tại KKT Đông Nam Quảng Trị vẫn chưa ký được hợp đồng mua bán điện với Công ty Mua bán điện.",
            "2025-11-11",
            "provincial",
            ["negotiation", "unnamed_investor", "negated", "no_event"],
            provinces=[pv("Quảng Trị")],
            firms=[f("Mua bán điện", "Công ty")],
            locations=[zone("Khu kinh tế Đông Nam Quảng Trị"), country("Hàn Quốc")],
            events=[],
        ),
        # --- Hưng Yên with the former Thái Bình, Phú Thọ with the former Vĩnh Phúc ---
        h(
            3041,
            "Sáng 12/9, UBND tỉnh Hưng Yên trao giấy chứng nhận đăng ký đầu tư cho 6 dự án tại KCN Liên Hà Thái (Thái Bình cũ), tổng vốn khoảng 410 triệu USD.",
            "2025-09-13",
            "provincial",
            ["licence_total", "no_named_investor", "old_province_cu", "count", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên"), pv("Thái Bình")],
            money=[m(410 * M, "USD", None, True)],
            quantities=[c(6, "dự án")],
            locations=[park("Khu công nghiệp Liên Hà Thái")],
            events=[],
        ),
        h(
            3042,
            "Trong đó, Công ty TNHH Vải Kỹ thuật Hengli Thái Bình (Trung Quốc) có dự án lớn nhất, 168 triệu USD, sản xuất vải mành lốp.",
            "2025-09-13",
            "provincial",
            ["project_line", "trong_do", "place_in_name", "country_bracket"],
            firms=[f("Vải Kỹ thuật Hengli Thái Bình", "Công ty TNHH")],
            money=[m(168 * M, "USD")],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Vải Kỹ thuật Hengli Thái Bình"], 168 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Vải Kỹ thuật Hengli Thái Bình")],
                    168 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3043,
            "Quý III, Ban Quản lý các KCN tỉnh Hưng Yên cấp mới 14 dự án và điều chỉnh tăng vốn 9 lượt, tổng vốn đăng ký mới và tăng thêm đạt 286,4 triệu USD và 2.150 tỷ đồng.",
            "2025-10-04",
            "provincial",
            ["quarter_total", "count", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            money=[m(286.4 * M, "USD"), m(2150 * B, "VND")],
            quantities=[c(14, "dự án"), c(9, "lượt")],
            events=[],
        ),
        h(
            3044,
            "Công ty TNHH Dập Kim loại Tam Dương là nhà cung cấp cấp 1 chi tiết dập thân xe cho Toyota Việt Nam từ năm 2019, song sản lượng mới chiếm khoảng 3% nhu cầu của hãng.",
            "2025-06-24",
            "ministry",
            ["supplier_tier", "no_contract", "vietnam_suffix", "percentage", "no_event"],
            firms=[f("Dập Kim loại Tam Dương", "Công ty TNHH"), f("Toyota")],
            percentages=[3],
            events=[],
        ),
        h(
            3045,
            "Phú Thọ: Công ty CP Cơ khí Bình Xuyên Hitech nhận đơn hàng 1,2 triệu chi tiết bánh răng hộp số từ Công ty TNHH Honda Việt Nam, giao trong năm 2026.",
            "2025-11-27",
            "provincial",
            ["region_prefix", "order_received", "supply_contract", "firm_pair", "count", "vietnam_suffix"],
            provinces=[pv("Phú Thọ")],
            firms=[f("Cơ khí Bình Xuyên Hitech", "Công ty CP"), f("Honda", "Công ty TNHH")],
            quantities=[c(1_200_000, "chi tiết")],
            deals=[deal("supply_contract", ["Cơ khí Bình Xuyên Hitech", "Honda"])],
            events=[
                ev("supply_contract", [F("Cơ khí Bình Xuyên Hitech"), F("Honda")], None, None, None, "signed")
            ],
        ),
        h(
            3046,
            "Theo đại diện Honda Việt Nam, tỷ lệ nội địa hóa xe máy đã đạt 97%, với khoảng 150 nhà cung cấp linh kiện trong nước.",
            "2025-11-27",
            "provincial",
            ["localisation_rate", "percentage", "count_approx", "no_event"],
            firms=[f("Honda")],
            percentages=[97],
            quantities=[c(150, "nhà cung cấp", True)],
            events=[],
        ),
        h(
            3047,
            "Công ty CP Phát triển KCN Yên Mỹ II đã ký hợp đồng thuê lại 7,5 ha đất với Công ty TNHH Công nghệ Quang học Lianchuang Hưng Yên để xây nhà máy ống kính camera.",
            "2025-08-07",
            "provincial",
            ["nfd", "lease", "park_developer", "firm_pair", "place_in_name", "area"],
            firms=[
                f("Phát triển KCN Yên Mỹ II", "Công ty CP"),
                f("Công nghệ Quang học Lianchuang Hưng Yên", "Công ty TNHH"),
            ],
            areas=[ha(7.5)],
            deals=[
                deal("cooperation", ["Phát triển KCN Yên Mỹ II", "Công nghệ Quang học Lianchuang Hưng Yên"])
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Phát triển KCN Yên Mỹ II"), F("Công nghệ Quang học Lianchuang Hưng Yên")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3048,
            "Theo Công ty TNHH VSIP Thái Bình, giai đoạn 1 của khu công nghiệp sẽ đón nhà đầu tư thứ cấp đầu tiên vào quý IV/2026.",
            "2025-09-30",
            "ministry",
            ["forecast", "place_in_name", "no_event"],
            firms=[f("VSIP Thái Bình", "Công ty TNHH")],
            events=[],
        ),
        h(
            3049,
            "Ngày 9/1, Chủ tịch UBND tỉnh Hưng Yên tiếp Tập đoàn Siam Eastern Estate (Thái Lan), đơn vị đề xuất nghiên cứu một khu công nghiệp sinh thái rộng khoảng 300 ha ở phía Nam tỉnh.",
            "2025-01-10",
            "provincial",
            ["proposal", "visit", "country_bracket", "area_approx", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            firms=[f("Siam Eastern Estate", "Tập đoàn")],
            areas=[ha(300, True)],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            3050,
            "Công ty CP Gốm sứ Thanh Hà Phú Thọ và Tập đoàn Lixil (Nhật Bản) thành lập liên doanh sản xuất thiết bị vệ sinh tại KCN Phú Hà, vốn điều lệ 35 triệu USD, phía Nhật nắm 65%.",
            "2025-04-15",
            "ministry",
            ["joint_venture", "firm_pair", "charter_capital", "percentage", "country_bracket"],
            firms=[f("Gốm sứ Thanh Hà Phú Thọ", "Công ty CP"), f("Lixil", "Tập đoàn")],
            money=[m(35 * M, "USD")],
            percentages=[65],
            locations=[park("Khu công nghiệp Phú Hà"), country("Nhật Bản")],
            deals=[deal("cooperation", ["Gốm sứ Thanh Hà Phú Thọ", "Lixil"])],
            events=[
                ev("joint_venture", [F("Gốm sứ Thanh Hà Phú Thọ"), F("Lixil")], None, None, None, "signed")
            ],
        ),
        h(
            3051,
            "Công ty TNHH Nhựa Kỹ thuật Vĩnh Yên ký hợp đồng cung cấp ốp nhựa nội thất cho Công ty TNHH Ghế ô tô Tam Đảo, giá trị khoảng 42 tỷ đồng mỗi năm.",
            "2025-07-01",
            "provincial",
            ["supply_contract", "firm_pair", "per_year", "approx"],
            firms=[f("Nhựa Kỹ thuật Vĩnh Yên", "Công ty TNHH"), f("Ghế ô tô Tam Đảo", "Công ty TNHH")],
            money=[m(42 * B, "VND", "year", True)],
            deals=[deal("supply_contract", ["Nhựa Kỹ thuật Vĩnh Yên", "Ghế ô tô Tam Đảo"], 42 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Nhựa Kỹ thuật Vĩnh Yên"), F("Ghế ô tô Tam Đảo")],
                    42 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3052,
            "Theo Hoàng Minh Tuấn, Phó Giám đốc Sở Công Thương tỉnh Phú Thọ, 73 trong số khoảng 420 doanh nghiệp công nghiệp hỗ trợ của tỉnh đã bán hàng trực tiếp cho các hãng FDI.",
            "2025-11-27",
            "provincial",
            ["theo_person_no_honorific", "count_approx", "count", "no_event"],
            organizations=["Sở Công Thương tỉnh Phú Thọ"],
            provinces=[pv("Phú Thọ")],
            persons=[per("Hoàng Minh Tuấn", "Phó Giám đốc Sở Công Thương tỉnh Phú Thọ")],
            quantities=[c(73, "doanh nghiệp"), c(420, "doanh nghiệp", True)],
            events=[],
        ),
        # --- Tuyên Quang with the former Hà Giang, Lào Cai ---
        h(
            3053,
            "UBND tỉnh Tuyên Quang vừa ban hành Quyết định số 1186/QĐ-UBND thành lập Cụm công nghiệp Đội Cấn 2, diện tích 68,4 ha, tổng vốn dự kiến hơn 590 tỷ đồng; chủ đầu tư là Công ty CP Đầu tư Hạ tầng An Tường.",
            "2025-12-12",
            "provincial",
            ["cluster_founded", "investor_named", "decision_no_date", "area", "approx"],
            organizations=["Ủy ban nhân dân tỉnh Tuyên Quang"],
            provinces=[pv("Tuyên Quang")],
            decisions=[d("1186/QĐ-UBND")],
            firms=[f("Đầu tư Hạ tầng An Tường", "Công ty CP")],
            money=[m(590 * B, "VND", None, True)],
            areas=[ha(68.4)],
            locations=[park("Cụm công nghiệp Đội Cấn 2")],
            deals=[deal("investment", ["Đầu tư Hạ tầng An Tường"], 590 * B, TQ)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Tuyên Quang"), F("Đầu tư Hạ tầng An Tường")],
                    590 * B,
                    "VND",
                    TQ,
                    "licensed",
                )
            ],
        ),
        h(
            3054,
            "Giai đoạn 1 (quý I - quý IV/2026) hoàn thành đường nội bộ và trạm xử lý nước thải; giai đoạn 2 (quý I/2027 - quý II/2028) đầu tư phần diện tích còn lại khoảng 23,5 ha.",
            "2025-12-12",
            "provincial",
            ["phases", "quarter_ranges", "area_approx", "no_event"],
            areas=[ha(23.5, True)],
            events=[],
        ),
        h(
            3055,
            "Hà Giang (cũ): Công ty CP Chè Shan tuyết Hoàng Su Phì ký hợp đồng xuất khẩu 300 tấn chè xanh cho Công ty TNHH Thương mại Vân Nam Phổ Nhĩ (Trung Quốc).",
            "2025-05-08",
            "provincial",
            ["old_province_cu", "region_prefix", "export_contract", "supply_contract", "firm_pair", "count"],
            provinces=[pv("Hà Giang")],
            firms=[
                f("Chè Shan tuyết Hoàng Su Phì", "Công ty CP"),
                f("Thương mại Vân Nam Phổ Nhĩ", "Công ty TNHH"),
            ],
            quantities=[c(300, "tấn")],
            locations=[country("Trung Quốc")],
            deals=[deal("supply_contract", ["Chè Shan tuyết Hoàng Su Phì", "Thương mại Vân Nam Phổ Nhĩ"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Chè Shan tuyết Hoàng Su Phì"), F("Thương mại Vân Nam Phổ Nhĩ")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3056,
            "Ngày 5/8, tại KCN Tằng Loỏng, Công ty CP Apatit Bảo Thắng và Công ty TNHH Hóa chất Phốt pho Vàng Lào Cai ký hợp đồng cung cấp 250.000 tấn quặng apatit loại III mỗi năm, thời hạn 3 năm.",
            "2025-08-06",
            "provincial",
            ["supply_contract", "firm_pair", "place_in_name", "count", "deal_date"],
            firms=[f("Apatit Bảo Thắng", "Công ty CP"), f("Hóa chất Phốt pho Vàng Lào Cai", "Công ty TNHH")],
            quantities=[c(250000, "tấn")],
            locations=[park("Khu công nghiệp Tằng Loỏng")],
            deals=[
                deal(
                    "supply_contract",
                    ["Apatit Bảo Thắng", "Hóa chất Phốt pho Vàng Lào Cai"],
                    None,
                    None,
                    "2025-08-05",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Apatit Bảo Thắng"), F("Hóa chất Phốt pho Vàng Lào Cai")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        # --- Tây Ninh with the former Long An, Đồng Nai with the former Bình Phước ---
        h(
            3057,
            "Chiều 14/8, tại Ban Quản lý Khu kinh tế tỉnh, UBND tỉnh Tây Ninh trao quyết định chấp thuận chủ trương đầu tư, chấp thuận nhà đầu tư kèm giấy chứng nhận đăng ký đầu tư dự án KCN Lương Hòa giai đoạn 2 cho Công ty CP Phát triển Hạ tầng Bến Lức Xanh.",
            "2025-08-15",
            "provincial",
            ["licence", "government_party", "venue_authority", "deal_date"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh", "Ủy ban nhân dân tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            firms=[f("Phát triển Hạ tầng Bến Lức Xanh", "Công ty CP")],
            locations=[park("Khu công nghiệp Lương Hòa giai đoạn 2")],
            deals=[deal("investment", ["Phát triển Hạ tầng Bến Lức Xanh"], None, TNI, "2025-08-14")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Tây Ninh"), F("Phát triển Hạ tầng Bến Lức Xanh")],
                    None,
                    None,
                    TNI,
                    "licensed",
                )
            ],
        ),
        h(
            3058,
            "Dự án có quy mô hơn 214 ha, tổng vốn đầu tư lên đến 4.120 tỷ đồng, được kỳ vọng tạo quỹ đất sạch cho các nhà đầu tư thứ cấp ngành điện tử.",
            "2025-08-15",
            "provincial",
            ["project_description", "no_named_party", "approx", "no_event"],
            money=[m(4120 * B, "VND")],
            areas=[ha(214, True)],
            events=[],
        ),
        h(
            3059,
            "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm đề nghị các sở, ngành hỗ trợ tối đa để nhà đầu tư bồi thường, giải phóng mặt bằng trong năm 2026.",
            "2025-08-15",
            "provincial",
            ["speech", "person_role_before", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh"],
            persons=[per("Nguyễn Minh Lâm", "Phó Chủ tịch UBND tỉnh")],
            events=[],
        ),
        h(
            3060,
            "Công ty CP Đầu tư Sài Gòn - Tây Ninh Xanh đã ký hợp đồng cho thuê 12 ha tại KCN Phước Đông với Công ty TNHH Lốp xe Radial Hằng Phong (Trung Quốc) trong 45 năm.",
            "2025-06-19",
            "ministry",
            ["lease", "park_developer", "firm_pair", "area", "country_bracket", "dash_in_name"],
            firms=[
                f("Đầu tư Sài Gòn - Tây Ninh Xanh", "Công ty CP"),
                f("Lốp xe Radial Hằng Phong", "Công ty TNHH"),
            ],
            areas=[ha(12)],
            locations=[park("Khu công nghiệp Phước Đông"), country("Trung Quốc")],
            deals=[deal("cooperation", ["Đầu tư Sài Gòn - Tây Ninh Xanh", "Lốp xe Radial Hằng Phong"])],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư Sài Gòn - Tây Ninh Xanh"), F("Lốp xe Radial Hằng Phong")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3061,
            "Ngày 14/12, giai đoạn 1 nhà máy lốp radial toàn thép 300 triệu USD của Công ty TNHH Lốp Thiên Tường (Việt Nam) tại KCN Minh Hưng III, Bình Phước cũ, đã đi vào hoạt động.",
            "2025-12-15",
            "provincial",
            ["start_of_operation", "vietnam_bracket", "old_province_cu", "deal_date"],
            provinces=[pv("Bình Phước")],
            firms=[f("Lốp Thiên Tường", "Công ty TNHH")],
            money=[m(300 * M, "USD")],
            locations=[park("Khu công nghiệp Minh Hưng III")],
            deals=[deal("investment", ["Lốp Thiên Tường"], 300 * M, DNA, "2025-12-14")],
            events=[ev("inauguration", [F("Lốp Thiên Tường")], 300 * M, "USD", DNA, "completed")],
        ),
        h(
            3062,
            "Ngày 01/4/2025, UBND tỉnh Tây Ninh cấp Giấy phép môi trường số 712/GPMT-UBND cho nhà máy săm lốp xe máy của Công ty TNHH Cao su Kenrich Tây Ninh tại KCN Thành Thành Công.",
            "2025-04-03",
            "legal",
            [
                "environmental_permit",
                "not_investment_licence",
                "decision_with_date",
                "place_in_name",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            decisions=[d("712/GPMT-UBND", "2025-04-01")],
            firms=[f("Cao su Kenrich Tây Ninh", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Thành Thành Công")],
            events=[],
        ),
        h(
            3063,
            "Ban Quản lý các KCN Đồng Nai trao giấy chứng nhận đăng ký đầu tư điều chỉnh cho Công ty TNHH Giày Kim Hưng Đài (Đài Loan), tăng vốn từ 38 triệu USD lên 65 triệu USD.",
            "2025-03-05",
            "provincial",
            ["capital_increase", "from_to", "licence", "government_party", "country_bracket"],
            organizations=["Ban Quản lý các Khu công nghiệp Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Giày Kim Hưng Đài", "Công ty TNHH")],
            money=[m(38 * M, "USD"), m(65 * M, "USD")],
            locations=[country("Đài Loan")],
            deals=[deal("investment", ["Giày Kim Hưng Đài"], 27 * M, DNA)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN Đồng Nai"), F("Giày Kim Hưng Đài")],
                    27 * M,
                    "USD",
                    DNA,
                    "licensed",
                )
            ],
        ),
        h(
            3064,
            "Công ty CP Cao su Đồng Phú Xanh đã hoàn tất mua lại 51% vốn của Công ty TNHH Gỗ Chơn Thành từ một nhà đầu tư Malaysia.",
            "2025-10-28",
            "ministry",
            ["acquisition", "completed", "unnamed_seller", "percentage"],
            firms=[f("Cao su Đồng Phú Xanh", "Công ty CP"), f("Gỗ Chơn Thành", "Công ty TNHH")],
            percentages=[51],
            locations=[country("Malaysia")],
            deals=[deal("investment", ["Cao su Đồng Phú Xanh"])],
            events=[
                ev(
                    "acquisition",
                    [F("Cao su Đồng Phú Xanh"), F("Gỗ Chơn Thành")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3065,
            "Long An (cũ): Công ty CP Phát triển KCN Đức Hòa Xanh và Tập đoàn Daesung Precision (Hàn Quốc) ký biên bản ghi nhớ cho thuê 18 ha tại huyện Đức Hòa để xây nhà máy linh kiện máy nén.",
            "2025-05-29",
            "provincial",
            ["old_province_cu", "region_prefix", "lease_mou", "firm_pair", "area", "country_bracket"],
            provinces=[pv("Long An")],
            firms=[f("Phát triển KCN Đức Hòa Xanh", "Công ty CP"), f("Daesung Precision", "Tập đoàn")],
            areas=[ha(18)],
            locations=[district("huyện Đức Hòa"), country("Hàn Quốc")],
            deals=[deal("mou", ["Phát triển KCN Đức Hòa Xanh", "Daesung Precision"])],
            events=[
                ev(
                    "mou",
                    [F("Phát triển KCN Đức Hòa Xanh"), F("Daesung Precision")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3066,
            "Tại hội nghị xúc tiến đầu tư ở Tokyo, tỉnh Tây Ninh trao biên bản ghi nhớ đầu tư cho 4 doanh nghiệp Nhật Bản với tổng vốn dự kiến khoảng 620 triệu USD.",
            "2025-11-22",
            "provincial",
            ["conference_total", "unnamed_investors", "count", "approx", "no_event"],
            provinces=[pv("Tây Ninh")],
            money=[m(620 * M, "USD", None, True)],
            quantities=[c(4, "doanh nghiệp")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            3067,
            "Ngân hàng TMCP Quân đội (MB) đã ký hợp đồng cấp hạn mức tín dụng 2.000 tỷ đồng cho Tổng công ty Công nghiệp Thực phẩm Đồng Nai - TNHH MTV.",
            "2025-02-21",
            "ministry",
            ["credit", "firm_pair", "acronym_bracket", "tong_cong_ty_suffix_form"],
            firms=[f("Quân đội", "Ngân hàng TMCP"), f("Công nghiệp Thực phẩm Đồng Nai", "Tổng công ty")],
            money=[m(2000 * B, "VND")],
            deals=[deal("cooperation", ["Quân đội", "Công nghiệp Thực phẩm Đồng Nai"], 2000 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Quân đội"), F("Công nghiệp Thực phẩm Đồng Nai")],
                    2000 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3068,
            "Theo Bangkok Post, Tập đoàn Thai Estate Development nắm 70% vốn liên doanh phát triển khu công nghiệp ở Nhơn Trạch, phần còn lại thuộc Tổng công ty Sonadezi.",
            "2025-09-09",
            "ministry",
            ["foreign_press_source", "ownership_split", "background", "percentage", "no_event"],
            firms=[f("Thai Estate Development", "Tập đoàn"), f("Sonadezi", "Tổng công ty")],
            percentages=[70],
            events=[],
        ),
        h(
            3069,
            "Công ty TNHH Thép Không gỉ Phước Đông ký hợp đồng cung cấp 8.500 tấn thép cuộn cán nguội cho Công ty CP Điện máy Gò Dầu trong quý IV.",
            "2025-09-25",
            "provincial",
            ["supply_contract", "firm_pair", "count"],
            firms=[f("Thép Không gỉ Phước Đông", "Công ty TNHH"), f("Điện máy Gò Dầu", "Công ty CP")],
            quantities=[c(8500, "tấn")],
            deals=[deal("supply_contract", ["Thép Không gỉ Phước Đông", "Điện máy Gò Dầu"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Thép Không gỉ Phước Đông"), F("Điện máy Gò Dầu")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        # --- Cà Mau with the former Bạc Liêu, Cần Thơ with the former Sóc Trăng ---
        h(
            3070,
            "Ngày 4.3, tin từ Văn phòng UBND tỉnh Cà Mau cho biết, tỉnh vừa làm việc với Tập đoàn Năng lượng Mekong Xanh về đề xuất đầu tư 4 dự án điện gió ven biển.",
            "2026-03-04",
            "provincial",
            ["dot_date", "source_office", "proposal", "count", "no_event"],
            organizations=["Văn phòng Ủy ban nhân dân tỉnh Cà Mau"],
            provinces=[pv("Cà Mau")],
            firms=[f("Năng lượng Mekong Xanh", "Tập đoàn")],
            quantities=[c(4, "dự án")],
            events=[],
        ),
        h(
            3071,
            "Tại buổi làm việc, ông Trần Quốc Huy, Giám đốc dự án Công ty CP Điện gió Gành Hào Xanh (Tập đoàn Năng lượng Mekong Xanh), báo cáo phương án đầu tư dự án điện gió ngoài khơi 2.000 MW.",
            "2026-03-04",
            "provincial",
            ["person_comma", "parent_bracket", "report", "capacity", "no_event"],
            persons=[per("Trần Quốc Huy", "Giám đốc dự án Công ty CP Điện gió Gành Hào Xanh")],
            firms=[f("Điện gió Gành Hào Xanh", "Công ty CP"), f("Năng lượng Mekong Xanh", "Tập đoàn")],
            events=[],
        ),
        h(
            3072,
            "Ngày 13/11 vừa qua tại TP.HCM, Tổng công ty Cổ phần Xây lắp Dầu khí Cà Mau và Tập đoàn Xây dựng Hồ Nam Tương Giang (Trung Quốc) đã ký hợp đồng EPC nhà máy điện gió Đầm Dơi 3, tổng giá trị khoảng 4.300 tỷ đồng.",
            "2025-11-18",
            "ministry",
            [
                "epc_contract",
                "supply_contract",
                "firm_pair",
                "tong_cong_ty_co_phan",
                "signing_place",
                "deal_date",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Xây lắp Dầu khí Cà Mau", "Tổng công ty"), f("Xây dựng Hồ Nam Tương Giang", "Tập đoàn")],
            money=[m(4300 * B, "VND", None, True)],
            locations=[country("Trung Quốc")],
            deals=[
                deal(
                    "supply_contract",
                    ["Xây dựng Hồ Nam Tương Giang", "Xây lắp Dầu khí Cà Mau"],
                    4300 * B,
                    None,
                    "2025-11-13",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Xây dựng Hồ Nam Tương Giang"), F("Xây lắp Dầu khí Cà Mau")],
                    4300 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3073,
            "Theo đó, Tập đoàn Xây dựng Hồ Nam Tương Giang chính thức trở thành tổng thầu thiết kế - mua sắm - xây dựng của dự án.",
            "2025-11-18",
            "ministry",
            ["follow_up", "one_side_named", "no_event"],
            firms=[f("Xây dựng Hồ Nam Tương Giang", "Tập đoàn")],
            events=[],
        ),
        h(
            3074,
            "Chiều 12/10, tại hội trường UBND tỉnh Bạc Liêu đã diễn ra lễ ký biên bản ghi nhớ giữa UBND tỉnh và các đối tác tham gia dự án nhà máy điện khí LNG 1.500 MW.",
            "2024-10-13",
            "provincial",
            ["mou", "unnamed_partners", "capacity", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Bạc Liêu", "Ủy ban nhân dân tỉnh"],
            provinces=[pv("Bạc Liêu")],
            events=[],
        ),
        h(
            3075,
            "UBND tỉnh Cà Mau và Tập đoàn Xây dựng Đường sắt Thành Đô (Trung Quốc) đã ký biên bản ghi nhớ hợp tác nghiên cứu mạng lưới đường sắt đô thị và giao thông thông minh.",
            "2026-01-14",
            "provincial",
            ["mou", "government_party", "no_project", "country_bracket", "no_deal"],
            organizations=["Ủy ban nhân dân tỉnh Cà Mau"],
            provinces=[pv("Cà Mau")],
            firms=[f("Xây dựng Đường sắt Thành Đô", "Tập đoàn")],
            locations=[country("Trung Quốc")],
            events=[
                ev("mou", [G("UBND tỉnh Cà Mau"), F("Xây dựng Đường sắt Thành Đô")], None, None, CM, "signed")
            ],
        ),
        h(
            3076,
            "Tham dự lễ ký có Bí thư Tỉnh ủy Cà Mau Nguyễn Hồ Thanh; Chủ tịch UBND tỉnh Lâm Văn Ngọc và ông Dương Chí Kiệt – người sáng lập Tập đoàn.",
            "2026-01-14",
            "provincial",
            ["attendee_list", "semicolon_list", "en_dash_role", "no_event"],
            organizations=["Tỉnh ủy Cà Mau", "Ủy ban nhân dân tỉnh"],
            provinces=[pv("Cà Mau")],
            persons=[
                per("Nguyễn Hồ Thanh", "Bí thư Tỉnh ủy Cà Mau"),
                per("Lâm Văn Ngọc", "Chủ tịch UBND tỉnh"),
                per("Dương Chí Kiệt", "người sáng lập Tập đoàn"),
            ],
            events=[],
        ),
        h(
            3077,
            "Ngày 11/10, tại xã Vĩnh Hậu, tỉnh Cà Mau, Công ty cổ phần Năng lượng Hòa Bình Xanh Bạc Liêu khởi công nhà máy điện gió Vĩnh Hậu 2 giai đoạn 1, tổng mức đầu tư 2.850 tỷ đồng.",
            "2025-10-12",
            "provincial",
            ["groundbreaking", "commune", "lower_case_form", "place_in_name", "deal_date"],
            provinces=[pv("Cà Mau")],
            firms=[f("Năng lượng Hòa Bình Xanh Bạc Liêu", "Công ty CP")],
            money=[m(2850 * B, "VND")],
            deals=[deal("groundbreaking", ["Năng lượng Hòa Bình Xanh Bạc Liêu"], 2850 * B, CM, "2025-10-11")],
            events=[
                ev("groundbreaking", [F("Năng lượng Hòa Bình Xanh Bạc Liêu")], 2850 * B, "VND", CM, "started")
            ],
        ),
        h(
            3078,
            "Dự án được UBND tỉnh Bạc Liêu chấp thuận chủ trương đầu tư từ ngày 17/9/2021, giao Công ty cổ phần Năng lượng Hòa Bình Xanh Bạc Liêu làm chủ đầu tư.",
            "2025-10-12",
            "provincial",
            ["licensing_history", "recalled_licence", "old_province", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Bạc Liêu"],
            provinces=[pv("Bạc Liêu")],
            firms=[f("Năng lượng Hòa Bình Xanh Bạc Liêu", "Công ty CP")],
            deals=[deal("investment", ["Năng lượng Hòa Bình Xanh Bạc Liêu"], None, CM)],
            events=[],
        ),
        h(
            3079,
            "Chủ tịch HĐQT kiêm Tổng giám đốc Công ty cổ phần Năng lượng Hòa Bình Xanh Bạc Liêu Trần Minh Chí cho biết nhà máy sẽ phát điện thương mại trong quý III/2027.",
            "2025-10-12",
            "provincial",
            ["person_role_before", "double_role", "forecast", "no_event"],
            persons=[
                per(
                    "Trần Minh Chí",
                    "Chủ tịch HĐQT kiêm Tổng giám đốc Công ty cổ phần Năng lượng Hòa Bình Xanh Bạc Liêu",
                )
            ],
            firms=[f("Năng lượng Hòa Bình Xanh Bạc Liêu", "Công ty CP")],
            events=[],
        ),
        h(
            3080,
            "Sáng 8-5, UBND TP Cần Thơ và Công ty TNHH Hạ tầng Kim Thịnh khánh thành hạ tầng Cụm công nghiệp Phú Tâm A (Sóc Trăng cũ), tổng vốn gần 870 tỷ đồng.",
            "2025-05-09",
            "provincial",
            ["inauguration", "province_cohost", "hyphen_date", "old_province_cu", "cluster", "deal_date"],
            organizations=["Ủy ban nhân dân TP Cần Thơ"],
            provinces=[pv("Cần Thơ"), pv("Sóc Trăng")],
            firms=[f("Hạ tầng Kim Thịnh", "Công ty TNHH")],
            money=[m(870 * B, "VND", None, True)],
            locations=[park("Cụm công nghiệp Phú Tâm A")],
            deals=[deal("investment", ["Hạ tầng Kim Thịnh"], 870 * B, CT, "2025-05-08")],
            events=[
                ev(
                    "inauguration",
                    [G("UBND TP Cần Thơ"), F("Hạ tầng Kim Thịnh")],
                    870 * B,
                    "VND",
                    CT,
                    "completed",
                )
            ],
        ),
        h(
            3081,
            "Cụm công nghiệp do Công ty Trách nhiệm hữu hạn Kim Thịnh Holding làm chủ đầu tư, thời gian hoạt động 50 năm.",
            "2025-05-09",
            "provincial",
            ["project_line", "tnhh_in_words", "inconsistent_name", "investment_announcement"],
            firms=[f("Kim Thịnh Holding", "Công ty TNHH")],
            deals=[deal("investment", ["Kim Thịnh Holding"])],
            events=[ev("investment_announcement", [F("Kim Thịnh Holding")], None, None, None, "announced")],
        ),
        h(
            3082,
            "Công ty CP Cảng Trần Đề Xanh và Công ty TNHH Logistics Mekong Sao Mai ký hợp đồng hợp tác kinh doanh (BCC) khai thác bến tổng hợp số 1, thời hạn 20 năm.",
            "2025-07-17",
            "provincial",
            ["bcc", "firm_pair", "acronym_bracket_contract"],
            firms=[f("Cảng Trần Đề Xanh", "Công ty CP"), f("Logistics Mekong Sao Mai", "Công ty TNHH")],
            deals=[deal("cooperation", ["Cảng Trần Đề Xanh", "Logistics Mekong Sao Mai"])],
            events=[
                ev(
                    "cooperation",
                    [F("Cảng Trần Đề Xanh"), F("Logistics Mekong Sao Mai")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3083,
            "Chủ đầu tư KCN An Nghiệp mở rộng là Công ty TNHH Đầu tư Phát triển Hạ tầng An Nghiệp, doanh nghiệp được góp vốn bởi Công ty CP Tập đoàn GMP và Tổng công ty Sài Gòn Xanh.",
            "2025-06-03",
            "provincial",
            ["ownership_background", "chu_dau_tu_la", "cong_ty_cp_tap_doan", "no_event"],
            firms=[
                f("Đầu tư Phát triển Hạ tầng An Nghiệp", "Công ty TNHH"),
                f("GMP", "Công ty CP"),
                f("Sài Gòn Xanh", "Tổng công ty"),
            ],
            locations=[park("Khu công nghiệp An Nghiệp mở rộng")],
            events=[],
        ),
        h(
            3084,
            "Công ty CP Thủy sản Sóc Trăng Xanh ký hợp đồng mua 3 dây chuyền cấp đông IQF của Công ty TNHH Cơ khí Lạnh Hậu Giang, trị giá 46 tỷ đồng.",
            "2025-04-23",
            "provincial",
            ["purchase_contract", "supply_contract", "firm_pair", "place_in_name", "count"],
            firms=[f("Thủy sản Sóc Trăng Xanh", "Công ty CP"), f("Cơ khí Lạnh Hậu Giang", "Công ty TNHH")],
            money=[m(46 * B, "VND")],
            quantities=[c(3, "dây chuyền")],
            deals=[deal("supply_contract", ["Cơ khí Lạnh Hậu Giang", "Thủy sản Sóc Trăng Xanh"], 46 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Lạnh Hậu Giang"), F("Thủy sản Sóc Trăng Xanh")],
                    46 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        # --- Business and stock press, disclosures, firms' releases ---
        h(
            3085,
            "CTCP Cơ khí Xây dựng Thanh Xuân (mã CXT) công bố thông tin về việc ký hợp đồng cung cấp kết cấu thép trị giá 186 tỷ đồng với Công ty TNHH Kết cấu Thép Hòa Lạc.",
            "2025-08-21",
            "ministry",
            ["disclosure", "ctcp_prefix", "stock_code_ma", "supply_contract", "firm_pair"],
            firms=[f("Cơ khí Xây dựng Thanh Xuân", "Công ty CP"), f("Kết cấu Thép Hòa Lạc", "Công ty TNHH")],
            money=[m(186 * B, "VND")],
            deals=[deal("supply_contract", ["Cơ khí Xây dựng Thanh Xuân", "Kết cấu Thép Hòa Lạc"], 186 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Xây dựng Thanh Xuân"), F("Kết cấu Thép Hòa Lạc")],
                    186 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3086,
            "NGHỊ QUYẾT\nHỘI ĐỒNG QUẢN TRỊ CÔNG TY CỔ PHẦN NHỰA KỸ THUẬT TIỀN PHONG XANH\nSố: 21/2025/NQ-HĐQT\nĐiều 1. Chấp thuận việc Công ty vay 120 tỷ đồng tại Ngân hàng TMCP Á Châu – Chi nhánh Hải Phòng để bổ sung vốn lưu động.",
            "2025-05-12",
            "legal",
            [
                "board_resolution",
                "multiline",
                "capitals_header",
                "credit",
                "bank_branch",
                "approved_not_signed",
                "firm_pair",
            ],
            provinces=[pv("Hải Phòng")],
            decisions=[d("21/2025/NQ-HĐQT")],
            firms=[f("Nhựa Kỹ thuật Tiền Phong Xanh", "Công ty CP"), f("Á Châu", "Ngân hàng TMCP")],
            money=[m(120 * B, "VND")],
            deals=[deal("cooperation", ["Nhựa Kỹ thuật Tiền Phong Xanh", "Á Châu"], 120 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Nhựa Kỹ thuật Tiền Phong Xanh"), F("Á Châu")],
                    120 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3087,
            "Nghị quyết HĐQT số 09/2025/NQ-HĐQT ngày 20/3/2025 của Công ty CP Thép Nam Phong thông qua giao dịch với người có liên quan: ký hợp đồng mua 30.000 tấn phôi thép của Công ty TNHH Luyện thép Nam Phong Hải Dương.",
            "2025-03-21",
            "ministry",
            [
                "board_resolution",
                "related_party",
                "decision_with_date",
                "supply_contract",
                "firm_pair",
                "count",
            ],
            decisions=[d("09/2025/NQ-HĐQT", "2025-03-20")],
            firms=[f("Thép Nam Phong", "Công ty CP"), f("Luyện thép Nam Phong Hải Dương", "Công ty TNHH")],
            quantities=[c(30000, "tấn")],
            deals=[deal("supply_contract", ["Luyện thép Nam Phong Hải Dương", "Thép Nam Phong"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Luyện thép Nam Phong Hải Dương"), F("Thép Nam Phong")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3088,
            "Cổ phiếu của Công ty CP Cơ khí Gia Lâm Xanh (mã GMX) tăng trần phiên 12/8 sau tin doanh nghiệp trúng hợp đồng cung cấp khung xe điện cho một đối tác Nhật Bản, trị giá khoảng 9 triệu USD.",
            "2025-08-13",
            "ministry",
            ["stock_news", "unnamed_counterpart", "approx", "no_event"],
            firms=[f("Cơ khí Gia Lâm Xanh", "Công ty CP")],
            money=[m(9 * M, "USD", None, True)],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            3089,
            "Lũy kế 9 tháng, doanh thu thuần của Công ty CP Dây cáp Điện Việt Thái đạt 3.820 tỷ đồng, lợi nhuận sau thuế 214 tỷ đồng.",
            "2025-10-25",
            "ministry",
            ["cumulative", "revenue", "profit", "no_event"],
            firms=[f("Dây cáp Điện Việt Thái", "Công ty CP")],
            money=[m(3820 * B, "VND"), m(214 * B, "VND")],
            events=[],
        ),
        h(
            3090,
            "ĐHĐCĐ thường niên 2025 của Công ty CP Bao bì Biên Hòa Xanh đã thông qua phương án mua 100% vốn Công ty TNHH Bao bì Giấy Nhơn Trạch từ Tập đoàn Rengo (Nhật Bản).",
            "2025-04-26",
            "ministry",
            ["agm", "acquisition", "approved", "three_parties", "percentage", "country_bracket"],
            firms=[
                f("Bao bì Biên Hòa Xanh", "Công ty CP"),
                f("Bao bì Giấy Nhơn Trạch", "Công ty TNHH"),
                f("Rengo", "Tập đoàn"),
            ],
            percentages=[100],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Bao bì Biên Hòa Xanh"])],
            events=[
                ev(
                    "acquisition",
                    [F("Bao bì Biên Hòa Xanh"), F("Bao bì Giấy Nhơn Trạch"), F("Rengo")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3091,
            "Ngày 30/6, Công ty TNHH Nidec Precision Việt Nam hoàn tất nhận chuyển nhượng nhà xưởng 3,6 ha của Công ty CP Cơ khí Hòa Lạc tại KCN Quang Minh, giá 410 tỷ đồng.",
            "2025-07-02",
            "ministry",
            ["asset_purchase", "acquisition", "completed", "vietnam_suffix", "area", "deal_date"],
            firms=[f("Nidec Precision", "Công ty TNHH"), f("Cơ khí Hòa Lạc", "Công ty CP")],
            money=[m(410 * B, "VND")],
            areas=[ha(3.6)],
            locations=[park("Khu công nghiệp Quang Minh")],
            deals=[deal("investment", ["Nidec Precision"], 410 * B, None, "2025-06-30")],
            events=[
                ev(
                    "acquisition",
                    [F("Nidec Precision"), F("Cơ khí Hòa Lạc")],
                    410 * B,
                    "VND",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3092,
            "Công ty TNHH Cho thuê tài chính Quốc tế Chailease ký hợp đồng cho thuê tài chính 5 máy ép nhựa 850 tấn với Công ty CP Nhựa Kỹ thuật Đồng Nai Xanh, trị giá 38 tỷ đồng.",
            "2025-09-03",
            "ministry",
            ["financial_lease", "firm_pair", "count"],
            firms=[
                f("Cho thuê tài chính Quốc tế Chailease", "Công ty TNHH"),
                f("Nhựa Kỹ thuật Đồng Nai Xanh", "Công ty CP"),
            ],
            money=[m(38 * B, "VND")],
            quantities=[c(5, "máy ép nhựa")],
            deals=[
                deal(
                    "cooperation",
                    ["Cho thuê tài chính Quốc tế Chailease", "Nhựa Kỹ thuật Đồng Nai Xanh"],
                    38 * B,
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Cho thuê tài chính Quốc tế Chailease"), F("Nhựa Kỹ thuật Đồng Nai Xanh")],
                    38 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3093,
            "Công ty CP Chế tạo Máy Hà Nam Xanh ký hợp đồng chuyển giao công nghệ đúc áp lực nhôm với Tập đoàn Ryobi (Nhật Bản), phí chuyển giao 2,5 triệu USD.",
            "2025-06-17",
            "ministry",
            ["technology_transfer", "firm_pair", "country_bracket"],
            firms=[f("Chế tạo Máy Hà Nam Xanh", "Công ty CP"), f("Ryobi", "Tập đoàn")],
            money=[m(2.5 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[deal("cooperation", ["Chế tạo Máy Hà Nam Xanh", "Ryobi"], 2.5 * M)],
            events=[
                ev("cooperation", [F("Chế tạo Máy Hà Nam Xanh"), F("Ryobi")], 2.5 * M, "USD", None, "signed")
            ],
        ),
        h(
            3094,
            "Ngày 15.7 vừa qua, Công ty CP Tập đoàn Kỹ thuật Sao Việt và Tập đoàn Schaeffler (Đức) ký thỏa thuận khung cung cấp vòng bi cho các nhà máy xi măng trong 3 năm.",
            "2025-07-18",
            "ministry",
            ["dot_date", "framework_agreement", "mou", "firm_pair", "cong_ty_cp_tap_doan", "deal_date"],
            firms=[f("Kỹ thuật Sao Việt", "Công ty CP"), f("Schaeffler", "Tập đoàn")],
            locations=[country("Đức")],
            deals=[deal("mou", ["Kỹ thuật Sao Việt", "Schaeffler"], None, None, "2025-07-15")],
            events=[ev("mou", [F("Kỹ thuật Sao Việt"), F("Schaeffler")], None, None, None, "signed")],
        ),
        h(
            3095,
            "Công ty CP Ô tô Trường Long phủ nhận thông tin đang đàm phán bán 49% vốn cho một tập đoàn Trung Quốc.",
            "2025-11-06",
            "ministry",
            ["denial", "unnamed_buyer", "percentage", "no_event"],
            firms=[f("Ô tô Trường Long", "Công ty CP")],
            percentages=[49],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            3096,
            "Ngày 12/11, Công ty Sembcorp Development Pte. Ltd và Tổng công ty Becamex IDC ký bản ghi nhớ nghiên cứu phát triển hai khu công nghiệp VSIP mới tại Gia Lai và Lâm Đồng, tổng vốn dự kiến xấp xỉ 480 triệu USD.",
            "2025-11-13",
            "ministry",
            ["mou", "firm_pair", "foreign_form", "two_provinces", "approx", "deal_date"],
            provinces=[pv("Gia Lai"), pv("Lâm Đồng")],
            firms=[f("Sembcorp Development", "Pte. Ltd."), f("Becamex IDC", "Tổng công ty")],
            money=[m(480 * M, "USD", None, True)],
            quantities=[c(2, "khu công nghiệp")],
            deals=[deal("mou", ["Sembcorp Development", "Becamex IDC"], 480 * M, None, "2025-11-12")],
            events=[ev("mou", [F("Sembcorp Development"), F("Becamex IDC")], 480 * M, "USD", None, "signed")],
        ),
        h(
            3097,
            "Các dự án khả thi sẽ tiến tới thỏa thuận hợp tác và phải được cấp giấy chứng nhận đăng ký đầu tư, theo thông cáo của Sembcorp.",
            "2025-11-13",
            "ministry",
            ["conditional_future", "press_release_source", "no_event"],
            firms=[f("Sembcorp")],
            events=[],
        ),
        h(
            3098,
            "Công ty CP Cơ khí Phổ Yên chưa ký được hợp đồng cung cấp khung xe với VinFast như kế hoạch do chưa đạt chứng nhận IATF 16949.",
            "2025-12-01",
            "ministry",
            ["negated", "not_signed", "no_event"],
            firms=[f("Cơ khí Phổ Yên", "Công ty CP"), f("VinFast")],
            events=[],
        ),
        h(
            3099,
            "Công ty CP Dây cáp Sao Mai Xanh đã chấm dứt trước hạn hợp đồng phân phối với Tập đoàn LS Cable (Hàn Quốc) từ tháng 7.",
            "2025-10-15",
            "ministry",
            ["terminated_contract", "recalled_contract", "firm_pair", "country_bracket"],
            firms=[f("Dây cáp Sao Mai Xanh", "Công ty CP"), f("LS Cable", "Tập đoàn")],
            locations=[country("Hàn Quốc")],
            deals=[deal("supply_contract", ["Dây cáp Sao Mai Xanh", "LS Cable"])],
            events=[],
        ),
        h(
            3100,
            "Công ty TNHH Nhựa Long Hậu đã ký gia hạn hợp đồng cung cấp khay nhựa chống tĩnh điện cho Công ty TNHH Samsung Electro-Mechanics Việt Nam thêm 2 năm.",
            "2025-08-28",
            "ministry",
            ["contract_extension", "supply_contract", "firm_pair", "vietnam_suffix"],
            firms=[f("Nhựa Long Hậu", "Công ty TNHH"), f("Samsung Electro-Mechanics", "Công ty TNHH")],
            deals=[deal("supply_contract", ["Nhựa Long Hậu", "Samsung Electro-Mechanics"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Nhựa Long Hậu"), F("Samsung Electro-Mechanics")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3101,
            "Ngân hàng TMCP Việt Nam Thịnh Vượng (VPBank) đã giải ngân 300 tỷ đồng cho Công ty CP Thép Tây Ninh Xanh theo hợp đồng tín dụng ký hồi tháng 4.",
            "2025-09-11",
            "ministry",
            ["disbursement", "recalled_credit", "firm_pair", "acronym_bracket"],
            firms=[f("Việt Nam Thịnh Vượng", "Ngân hàng TMCP"), f("Thép Tây Ninh Xanh", "Công ty CP")],
            money=[m(300 * B, "VND")],
            deals=[deal("cooperation", ["Việt Nam Thịnh Vượng", "Thép Tây Ninh Xanh"], 300 * B)],
            events=[],
        ),
        h(
            3102,
            "Công ty CP Điện gió Ia Pết Xanh ký hợp đồng vay 45 triệu USD với Ngân hàng Shinhan Việt Nam để tái tài trợ nhà máy điện gió 100 MW.",
            "2025-03-13",
            "ministry",
            ["credit", "foreign_bank", "bank_bare", "firm_pair", "capacity"],
            firms=[f("Điện gió Ia Pết Xanh", "Công ty CP"), f("Shinhan")],
            money=[m(45 * M, "USD")],
            deals=[deal("cooperation", ["Điện gió Ia Pết Xanh", "Shinhan"], 45 * M)],
            events=[
                ev("cooperation", [F("Điện gió Ia Pết Xanh"), F("Shinhan")], 45 * M, "USD", None, "signed")
            ],
        ),
        h(
            3103,
            "Công ty CP Tư vấn Xây dựng Điện 3 (PECC3) được chọn làm tổng thầu EPC trạm biến áp 220 kV cho nhà máy của Công ty TNHH Năng lượng Ninh Phước Xanh.",
            "2025-05-06",
            "ministry",
            ["epc_award", "supply_contract", "firm_pair", "acronym_bracket"],
            firms=[
                f("Tư vấn Xây dựng Điện 3", "Công ty CP"),
                f("Năng lượng Ninh Phước Xanh", "Công ty TNHH"),
            ],
            deals=[deal("supply_contract", ["Tư vấn Xây dựng Điện 3", "Năng lượng Ninh Phước Xanh"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Tư vấn Xây dựng Điện 3"), F("Năng lượng Ninh Phước Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3104,
            "Công ty CP Nhà xưởng Tân Uyên Xanh cho Công ty TNHH Kỹ thuật Lite-On Đồng Nai thuê 24.000 m2 nhà xưởng xây sẵn trong 7 năm.",
            "2025-07-23",
            "ministry",
            ["ready_built_factory", "lease", "firm_pair", "area_m2", "place_in_name"],
            firms=[
                f("Nhà xưởng Tân Uyên Xanh", "Công ty CP"),
                f("Kỹ thuật Lite-On Đồng Nai", "Công ty TNHH"),
            ],
            areas=[ha(2.4)],
            deals=[deal("cooperation", ["Nhà xưởng Tân Uyên Xanh", "Kỹ thuật Lite-On Đồng Nai"])],
            events=[
                ev(
                    "cooperation",
                    [F("Nhà xưởng Tân Uyên Xanh"), F("Kỹ thuật Lite-On Đồng Nai")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3105,
            "Công ty CP Cơ khí Xây dựng Số 10 và Tập đoàn Hitachi Construction Machinery (Nhật Bản) góp vốn thành lập liên doanh phục hồi máy đào, tỉ lệ góp vốn 49:51.",
            "2025-02-12",
            "ministry",
            ["joint_venture", "firm_pair", "ratio_not_percent", "country_bracket"],
            firms=[f("Cơ khí Xây dựng Số 10", "Công ty CP"), f("Hitachi Construction Machinery", "Tập đoàn")],
            locations=[country("Nhật Bản")],
            deals=[deal("cooperation", ["Cơ khí Xây dựng Số 10", "Hitachi Construction Machinery"])],
            events=[
                ev(
                    "joint_venture",
                    [F("Cơ khí Xây dựng Số 10"), F("Hitachi Construction Machinery")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3106,
            "Công ty TNHH Thiết bị Điện Sino và Tập đoàn Chint (Trung Quốc) ký thỏa thuận hợp tác phân phối thiết bị đóng cắt hạ thế tại thị trường miền Bắc.",
            "2025-10-09",
            "ministry",
            ["distribution_agreement", "mou", "firm_pair", "country_bracket"],
            firms=[f("Thiết bị Điện Sino", "Công ty TNHH"), f("Chint", "Tập đoàn")],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Thiết bị Điện Sino", "Chint"])],
            events=[ev("mou", [F("Thiết bị Điện Sino"), F("Chint")], None, None, None, "signed")],
        ),
        h(
            3107,
            "Hai Phong Port Logistics JSC đã ký hợp đồng thuê 15 ha tại KCN Nam Đình Vũ với Công ty CP Khu công nghiệp Sao Đỏ để xây kho ngoại quan.",
            "2025-04-09",
            "ministry",
            ["english_name", "jsc_form", "lease", "firm_pair", "area"],
            firms=[f("Hai Phong Port Logistics", "JSC"), f("Khu công nghiệp Sao Đỏ", "Công ty CP")],
            areas=[ha(15)],
            locations=[park("Khu công nghiệp Nam Đình Vũ")],
            deals=[deal("cooperation", ["Hai Phong Port Logistics", "Khu công nghiệp Sao Đỏ"])],
            events=[
                ev(
                    "cooperation",
                    [F("Hai Phong Port Logistics"), F("Khu công nghiệp Sao Đỏ")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3108,
            "Công ty Dongwon Precision Co., Ltd (Hàn Quốc) đặt hàng 200.000 vỏ động cơ nhôm đúc của Công ty TNHH Đúc Nhôm Quế Võ, giá trị khoảng 3,2 triệu USD.",
            "2025-06-05",
            "ministry",
            ["order_placed", "supply_contract", "firm_pair", "foreign_form", "count", "approx"],
            firms=[f("Dongwon Precision", "Co., Ltd."), f("Đúc Nhôm Quế Võ", "Công ty TNHH")],
            money=[m(3.2 * M, "USD", None, True)],
            quantities=[c(200000, "vỏ động cơ")],
            locations=[country("Hàn Quốc")],
            deals=[deal("supply_contract", ["Đúc Nhôm Quế Võ", "Dongwon Precision"], 3.2 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Đúc Nhôm Quế Võ"), F("Dongwon Precision")],
                    3.2 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3109,
            "Tổng công ty Thép Việt Nam - CTCP ký hợp đồng cung cấp 40.000 tấn thép thanh vằn cho Tổng công ty Xây dựng Số 1 - CTCP phục vụ các dự án cao tốc phía Nam.",
            "2025-03-31",
            "ministry",
            ["supply_contract", "firm_pair", "tong_cong_ty_ctcp", "state_group_vietnam", "count"],
            firms=[f("Thép Việt Nam", "Tổng công ty"), f("Xây dựng Số 1", "Tổng công ty")],
            quantities=[c(40000, "tấn")],
            deals=[deal("supply_contract", ["Thép Việt Nam", "Xây dựng Số 1"])],
            events=[
                ev("supply_contract", [F("Thép Việt Nam"), F("Xây dựng Số 1")], None, None, None, "signed")
            ],
        ),
        h(
            3110,
            "Ngân hàng TMCP Kỹ thương Việt Nam (Techcombank) đã ký hợp đồng thu xếp khoản vay hợp vốn 2.400 tỷ đồng cho Công ty CP Đầu tư Hạ tầng Đồng Văn Xanh.",
            "2025-11-20",
            "ministry",
            ["syndicated_credit", "arranger", "firm_pair", "acronym_bracket"],
            firms=[
                f("Kỹ thương Việt Nam", "Ngân hàng TMCP"),
                f("Đầu tư Hạ tầng Đồng Văn Xanh", "Công ty CP"),
            ],
            money=[m(2400 * B, "VND")],
            deals=[deal("cooperation", ["Kỹ thương Việt Nam", "Đầu tư Hạ tầng Đồng Văn Xanh"], 2400 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Kỹ thương Việt Nam"), F("Đầu tư Hạ tầng Đồng Văn Xanh")],
                    2400 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3111,
            "Công ty TNHH Giày Kim Đài Long An nhận đơn hàng 1,5 triệu đôi giày thể thao từ Tập đoàn Adidas cho năm 2026.",
            "2025-12-04",
            "ministry",
            ["order_received", "supply_contract", "firm_pair", "place_in_name", "count"],
            firms=[f("Giày Kim Đài Long An", "Công ty TNHH"), f("Adidas", "Tập đoàn")],
            quantities=[c(1_500_000, "đôi")],
            deals=[deal("supply_contract", ["Giày Kim Đài Long An", "Adidas"])],
            events=[
                ev("supply_contract", [F("Giày Kim Đài Long An"), F("Adidas")], None, None, None, "signed")
            ],
        ),
        h(
            3112,
            "Công ty CP Điện mặt trời Mái nhà Đông Dương ký hợp đồng mua bán điện mặt trời áp mái 25 năm với Công ty TNHH Giày Ching Luh Long An.",
            "2025-01-22",
            "ministry",
            ["power_purchase", "supply_contract", "firm_pair", "place_in_name"],
            firms=[
                f("Điện mặt trời Mái nhà Đông Dương", "Công ty CP"),
                f("Giày Ching Luh Long An", "Công ty TNHH"),
            ],
            deals=[deal("supply_contract", ["Điện mặt trời Mái nhà Đông Dương", "Giày Ching Luh Long An"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện mặt trời Mái nhà Đông Dương"), F("Giày Ching Luh Long An")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3113,
            "Tập đoàn Maruichi Steel (Nhật Bản) đã hoàn tất mua 35% cổ phần Công ty CP Ống thép Hòa Bình Xanh, trở thành cổ đông lớn thứ hai.",
            "2025-12-18",
            "ministry",
            ["acquisition", "minority_stake", "completed", "percentage", "country_bracket"],
            firms=[f("Maruichi Steel", "Tập đoàn"), f("Ống thép Hòa Bình Xanh", "Công ty CP")],
            percentages=[35],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Maruichi Steel"])],
            events=[
                ev(
                    "acquisition",
                    [F("Maruichi Steel"), F("Ống thép Hòa Bình Xanh")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3114,
            "Cơ khí Hà Bắc bắt tay Kubota làm khung máy cày Ngày 3/3, Công ty CP Cơ khí Hà Bắc và Công ty TNHH Kubota Việt Nam ký hợp đồng cung cấp khung máy cày trong 5 năm, giá trị năm đầu khoảng 60 tỷ đồng.",
            "2025-03-04",
            "ministry",
            [
                "headline_merged",
                "bat_tay_headline",
                "supply_contract",
                "firm_pair",
                "vietnam_suffix",
                "deal_date",
            ],
            firms=[f("Cơ khí Hà Bắc", "Công ty CP"), f("Kubota", "Công ty TNHH")],
            money=[m(60 * B, "VND", None, True)],
            deals=[deal("supply_contract", ["Cơ khí Hà Bắc", "Kubota"], 60 * B, None, "2025-03-03")],
            events=[ev("supply_contract", [F("Cơ khí Hà Bắc"), F("Kubota")], 60 * B, "VND", None, "signed")],
        ),
        h(
            3115,
            "Tâm An - Thứ tư, ngày 10/12/2025 09:15 GMT+7 Tập đoàn Keppel (Singapore) cho biết sẽ rót thêm khoảng 500 triệu USD vào các dự án trung tâm dữ liệu xanh tại TP.HCM và Bình Dương cũ trong 5 năm tới.",
            "2025-12-10",
            "ministry",
            [
                "byline_timestamp",
                "investment_announcement",
                "plan",
                "two_provinces",
                "approx",
                "country_bracket",
            ],
            provinces=[pv("Hồ Chí Minh"), pv("Bình Dương")],
            firms=[f("Keppel", "Tập đoàn")],
            money=[m(500 * M, "USD", None, True)],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Keppel"], 500 * M, HCM)],
            events=[ev("investment_announcement", [F("Keppel")], 500 * M, "USD", HCM, "announced")],
        ),
        # --- Taiwanese, Chinese, Thai and Singaporean business news retold in Vietnamese ---
        h(
            3116,
            "Bộ Kinh tế Đài Loan vừa phê duyệt khoản đầu tư 60 triệu USD của Tập đoàn Compal vào công ty con tại Việt Nam để sản xuất máy tính bảng và thiết bị mạng.",
            "2025-07-08",
            "ministry",
            ["outbound_approval", "foreign_ministry", "investment_announcement", "unnamed_subsidiary"],
            organizations=["Bộ Kinh tế Đài Loan"],
            firms=[f("Compal", "Tập đoàn")],
            money=[m(60 * M, "USD")],
            deals=[deal("investment", ["Compal"], 60 * M)],
            events=[ev("investment_announcement", [F("Compal")], 60 * M, "USD", None, "announced")],
        ),
        h(
            3117,
            "Theo tờ Kinh tế Đài Loan, hãng ống kính Sunrise Lens Technology sẽ bắt đầu xây nhà máy thứ hai ở Việt Nam trong quý I/2026.",
            "2025-10-30",
            "ministry",
            ["foreign_press_source", "plan", "bare_name", "investment_announcement"],
            firms=[f("Sunrise Lens Technology")],
            deals=[deal("investment", ["Sunrise Lens Technology"])],
            events=[
                ev("investment_announcement", [F("Sunrise Lens Technology")], None, None, None, "announced")
            ],
        ),
        h(
            3118,
            "Nguồn: Taiwan Economic News, Tuổi Trẻ",
            "2025-10-30",
            "ministry",
            ["source_line", "no_event"],
            events=[],
        ),
        h(
            3119,
            "Theo Bangkok Post, lãnh đạo WHA cho biết tập đoàn đang phát triển 3 khu công nghiệp mới tại Việt Nam với tổng diện tích khoảng 540 ha.",
            "2025-06-12",
            "ministry",
            ["foreign_press_source", "ongoing", "count", "area_approx", "no_event"],
            firms=[f("WHA")],
            areas=[ha(540, True)],
            quantities=[c(3, "khu công nghiệp")],
            events=[],
        ),
        h(
            3120,
            "Thủ tướng Chính phủ vừa chấp thuận chủ trương đầu tư dự án KCN WHA Industrial Zone 3 - Nghệ An, đồng thời chấp thuận nhà đầu tư là Công ty cổ phần WHA Industrial Zone Nghệ An 3, quy mô 205 ha.",
            "2025-08-27",
            "ministry",
            ["licence", "prime_minister", "english_park_name", "province_in_park_name", "lower_case_form"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Nghệ An")],
            firms=[f("WHA Industrial Zone Nghệ An 3", "Công ty CP")],
            areas=[ha(205)],
            locations=[park("Khu công nghiệp WHA Industrial Zone 3 - Nghệ An")],
            deals=[deal("investment", ["WHA Industrial Zone Nghệ An 3"], None, NA)],
            events=[
                ev(
                    "investment_licence",
                    [G("Thủ tướng Chính phủ"), F("WHA Industrial Zone Nghệ An 3")],
                    None,
                    None,
                    NA,
                    "licensed",
                )
            ],
        ),
        h(
            3121,
            "BOE (Trung Quốc) dự kiến rót thêm khoảng 150 triệu USD để mở rộng nhà máy mô-đun màn hình tại KCN Phú Mỹ 3.",
            "2025-09-24",
            "ministry",
            ["plan", "bare_name", "country_bracket", "approx", "investment_announcement"],
            firms=[f("BOE")],
            money=[m(150 * M, "USD", None, True)],
            locations=[park("Khu công nghiệp Phú Mỹ 3"), country("Trung Quốc")],
            deals=[deal("investment", ["BOE"], 150 * M)],
            events=[ev("investment_announcement", [F("BOE")], 150 * M, "USD", None, "announced")],
        ),
        h(
            3122,
            "Foxconn, tên chính thức là Hon Hai Precision Industry, cho biết đã rót thêm 80 triệu USD vào công ty con Fukang Technology tại Bắc Ninh.",
            "2025-05-15",
            "ministry",
            ["official_name_alias", "capital_injection", "named_subsidiary", "investment_announcement"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Foxconn"), f("Fukang Technology")],
            money=[m(80 * M, "USD")],
            deals=[deal("investment", ["Foxconn"], 80 * M, BN)],
            events=[ev("investment_announcement", [F("Foxconn")], 80 * M, "USD", BN, "announced")],
        ),
        h(
            3123,
            "Tập đoàn Xây dựng Trung Quốc cho hay đã nghiên cứu kỹ thị trường Việt Nam và quan tâm tới các dự án cảng biển, khu công nghiệp theo hình thức BOT hoặc EPC.",
            "2025-04-04",
            "ministry",
            ["interest", "country_in_name", "no_event"],
            firms=[f("Xây dựng Trung Quốc", "Tập đoàn")],
            events=[],
        ),
        h(
            3124,
            "Ông Somchai Rattanakul, Giám đốc điều hành Tập đoàn Thai Estate Development, đã gặp Chủ tịch UBND TP.HCM để đề xuất nghiên cứu một khu công nghiệp - đô thị rộng 2.600 ha, vốn tối thiểu 150 triệu USD.",
            "2025-11-05",
            "ministry",
            ["proposal", "western_name_thai", "person_comma", "area", "no_event"],
            organizations=["Ủy ban nhân dân TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            persons=[per("Somchai Rattanakul", "Giám đốc điều hành Tập đoàn Thai Estate Development")],
            firms=[f("Thai Estate Development", "Tập đoàn")],
            money=[m(150 * M, "USD")],
            areas=[ha(2600)],
            events=[],
        ),
        h(
            3125,
            "Theo bản ghi nhớ giữa Tổng công ty Đầu tư và Phát triển Công nghiệp Đông Á và Công ty Mapletree Industrial Pte. Ltd, trong 3 năm tới hai bên sẽ cùng phát triển 4 khu nhà xưởng xây sẵn, tổng vốn xấp xỉ 320 triệu USD.",
            "2025-02-10",
            "ministry",
            ["mou", "firm_pair", "foreign_form", "count", "approx"],
            firms=[
                f("Đầu tư và Phát triển Công nghiệp Đông Á", "Tổng công ty"),
                f("Mapletree Industrial", "Pte. Ltd."),
            ],
            money=[m(320 * M, "USD", None, True)],
            quantities=[c(4, "khu nhà xưởng")],
            deals=[deal("mou", ["Đầu tư và Phát triển Công nghiệp Đông Á", "Mapletree Industrial"], 320 * M)],
            events=[
                ev(
                    "mou",
                    [F("Đầu tư và Phát triển Công nghiệp Đông Á"), F("Mapletree Industrial")],
                    320 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3126,
            "Nhà sản xuất pin Gotion Hi-Tech (Trung Quốc) và Tập đoàn Năng lượng Hòa Phát Xanh ký thỏa thuận cung cấp 3 GWh cell pin lưu trữ trong 4 năm.",
            "2025-10-17",
            "ministry",
            ["supply_agreement", "firm_pair", "bare_name", "country_bracket", "capacity"],
            firms=[f("Gotion Hi-Tech"), f("Năng lượng Hòa Phát Xanh", "Tập đoàn")],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Gotion Hi-Tech", "Năng lượng Hòa Phát Xanh"])],
            events=[
                ev("mou", [F("Gotion Hi-Tech"), F("Năng lượng Hòa Phát Xanh")], None, None, None, "signed")
            ],
        ),
        # --- Associations, ministries, interviews, procurement ---
        h(
            3127,
            "Sáng 18/3, Hiệp hội Công nghiệp hỗ trợ Việt Nam (VASI) và Hiệp hội Doanh nghiệp Cơ khí Osaka ký biên bản hợp tác kết nối 50 doanh nghiệp của hai bên.",
            "2025-03-19",
            "ministry",
            ["association_mou", "acronym_bracket", "count", "no_deal"],
            organizations=["Hiệp hội Công nghiệp hỗ trợ Việt Nam", "Hiệp hội Doanh nghiệp Cơ khí Osaka"],
            quantities=[c(50, "doanh nghiệp")],
            events=[
                ev(
                    "mou",
                    [O("Hiệp hội Công nghiệp hỗ trợ Việt Nam"), O("Hiệp hội Doanh nghiệp Cơ khí Osaka")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3128,
            "Ông Võ Thành Đạt tái đắc cử Chủ tịch Hiệp hội Công nghiệp hỗ trợ TP.HCM nhiệm kỳ II; hiệp hội hiện có 214 hội viên.",
            "2025-12-30",
            "ministry",
            ["association", "person_role_after_verb", "count", "no_event"],
            organizations=["Hiệp hội Công nghiệp hỗ trợ TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            persons=[per("Võ Thành Đạt", "Chủ tịch Hiệp hội Công nghiệp hỗ trợ TP.HCM")],
            quantities=[c(214, "hội viên")],
            events=[],
        ),
        h(
            3129,
            "Tại lễ, Công ty TNHH Takamori Aero (Nhật Bản) ký thỏa thuận chuyển giao công nghệ gia công chi tiết máy bay với Công ty CP Cơ khí Chính xác Thạch Thất (TTMech) và Công ty TNHH Cơ điện Phú Minh.",
            "2025-07-16",
            "ministry",
            ["technology_transfer", "one_signer_many", "firm_pair", "alias_bracket", "country_bracket"],
            firms=[
                f("Takamori Aero", "Công ty TNHH"),
                f("Cơ khí Chính xác Thạch Thất", "Công ty CP"),
                f("Cơ điện Phú Minh", "Công ty TNHH"),
            ],
            locations=[country("Nhật Bản")],
            deals=[
                deal("cooperation", ["Takamori Aero", "Cơ khí Chính xác Thạch Thất"]),
                deal("cooperation", ["Takamori Aero", "Cơ điện Phú Minh"]),
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Takamori Aero"), F("Cơ khí Chính xác Thạch Thất")],
                    None,
                    None,
                    None,
                    "signed",
                ),
                ev("cooperation", [F("Takamori Aero"), F("Cơ điện Phú Minh")], None, None, None, "signed"),
            ],
        ),
        h(
            3130,
            "Trao giấy chứng nhận đăng ký doanh nghiệp cho Công ty TNHH Tư vấn Đầu tư Công nghiệp hỗ trợ Việt - Nhật (VJS Co.,Ltd).",
            "2025-07-16",
            "ministry",
            ["business_registration", "not_investment_licence", "alias_bracket", "no_event"],
            firms=[f("Tư vấn Đầu tư Công nghiệp hỗ trợ Việt - Nhật", "Công ty TNHH")],
            events=[],
        ),
        h(
            3131,
            "Tại HANSSIP, phía Nhật Bản có sự tham gia đầu tư của Công ty TNHH Takamori Aero, nhà sản xuất linh kiện máy bay có sản phẩm xuất đi nhiều nước.",
            "2025-10-17",
            "ministry",
            ["background", "past_investment_recalled", "park_acronym", "no_event"],
            firms=[f("Takamori Aero", "Công ty TNHH")],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Takamori Aero"])],
            events=[],
        ),
        h(
            3132,
            "Hiệp hội Doanh nghiệp sản phẩm công nghiệp chủ lực Hà Nội (HAMI) và Hiệp hội Doanh nghiệp Ba Lan tại Việt Nam ký biên bản ghi nhớ về kết nối nhà cung cấp linh kiện điện.",
            "2025-06-07",
            "ministry",
            ["association_mou", "acronym_bracket", "no_deal"],
            organizations=[
                "Hiệp hội Doanh nghiệp sản phẩm công nghiệp chủ lực Hà Nội",
                "Hiệp hội Doanh nghiệp Ba Lan tại Việt Nam",
            ],
            provinces=[pv("Hà Nội")],
            events=[
                ev(
                    "mou",
                    [
                        O("Hiệp hội Doanh nghiệp sản phẩm công nghiệp chủ lực Hà Nội"),
                        O("Hiệp hội Doanh nghiệp Ba Lan tại Việt Nam"),
                    ],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3133,
            "Sở Công Thương Hưng Yên và KOTRA Hà Nội ký biên bản ghi nhớ hỗ trợ doanh nghiệp Hàn Quốc tìm nhà cung cấp nội địa; đại diện phía đối tác là ông Park Jin-woo, Giám đốc KOTRA Hà Nội.",
            "2025-09-05",
            "ministry",
            ["mou", "government_party", "agency_party", "korean_name", "no_deal"],
            organizations=["Sở Công Thương Hưng Yên", "KOTRA Hà Nội"],
            provinces=[pv("Hưng Yên"), pv("Hà Nội")],
            persons=[per("Park Jin-woo", "Giám đốc KOTRA Hà Nội")],
            locations=[country("Hàn Quốc")],
            events=[ev("mou", [G("Sở Công Thương Hưng Yên"), O("KOTRA Hà Nội")], None, None, HY, "signed")],
        ),
        h(
            3134,
            "Sự kiện có sự hiện diện của Tiến sĩ Lê Quang Hòa – Chủ tịch Hiệp hội Xúc tiến Đầu tư Việt - Hàn, và ông Kim Sang-hoon – Giám đốc Công ty TNHH Xây dựng Hanshin Vina.",
            "2025-10-09",
            "ministry",
            ["attendees", "en_dash_role", "title_tien_si", "vina_suffix", "no_event"],
            organizations=["Hiệp hội Xúc tiến Đầu tư Việt - Hàn"],
            persons=[
                per("Lê Quang Hòa", "Chủ tịch Hiệp hội Xúc tiến Đầu tư Việt - Hàn"),
                per("Kim Sang-hoon", "Giám đốc Công ty TNHH Xây dựng Hanshin Vina"),
            ],
            firms=[f("Xây dựng Hanshin", "Công ty TNHH")],
            events=[],
        ),
        h(
            3135,
            "Phát biểu tại hội thảo do Hiệp hội Doanh nghiệp Điện tử Việt Nam (VEIA) tổ chức, ông Tô Minh Khang, Phó Vụ trưởng Vụ Thị trường châu Á - châu Phi (Bộ Công Thương), cho biết kim ngạch nhập khẩu linh kiện điện tử 10 tháng đạt 98,4 tỷ USD.",
            "2025-11-14",
            "ministry",
            ["conference", "person_comma", "ministry_in_brackets", "statistics", "no_event"],
            organizations=[
                "Hiệp hội Doanh nghiệp Điện tử Việt Nam",
                "Vụ Thị trường châu Á - châu Phi",
                "Bộ Công Thương",
            ],
            persons=[per("Tô Minh Khang", "Phó Vụ trưởng Vụ Thị trường châu Á - châu Phi")],
            money=[m(98.4 * B, "USD")],
            events=[],
        ),
        h(
            3136,
            "Cục Công nghiệp (Bộ Công Thương) phối hợp với Công ty TNHH Canon Việt Nam khai giảng khóa tư vấn cải tiến sản xuất cho 12 doanh nghiệp cơ khí.",
            "2025-05-27",
            "ministry",
            ["programme", "no_agreement", "vietnam_suffix", "count", "no_event"],
            organizations=["Cục Công nghiệp", "Bộ Công Thương"],
            firms=[f("Canon", "Công ty TNHH")],
            quantities=[c(12, "doanh nghiệp")],
            events=[],
        ),
        h(
            3137,
            "Trung tâm Hỗ trợ phát triển công nghiệp hỗ trợ phía Nam ký hợp đồng hỗ trợ 1,4 tỷ đồng cho Công ty TNHH Khuôn mẫu Tân Uyên để đạt chứng nhận IATF 16949.",
            "2025-08-19",
            "ministry",
            ["grant", "state_support_contract", "no_event"],
            organizations=["Trung tâm Hỗ trợ phát triển công nghiệp hỗ trợ phía Nam"],
            firms=[f("Khuôn mẫu Tân Uyên", "Công ty TNHH")],
            money=[m(1.4 * B, "VND")],
            events=[],
        ),
        h(
            3138,
            "Bên mời thầu: Công ty CP Nhiệt điện Vĩnh Tân Xanh\nGói thầu: Cung cấp 2 máy nghiền than\nNhà thầu trúng thầu: Công ty TNHH Cơ khí Nặng Đông Anh Xanh\nGiá trúng thầu: 68.450.000.000 đồng",
            "2025-10-01",
            "ministry",
            ["procurement_result", "multiline", "supply_contract", "firm_pair", "full_digit_amount", "count"],
            firms=[
                f("Nhiệt điện Vĩnh Tân Xanh", "Công ty CP"),
                f("Cơ khí Nặng Đông Anh Xanh", "Công ty TNHH"),
            ],
            money=[m(68_450_000_000, "VND")],
            quantities=[c(2, "máy nghiền than")],
            deals=[
                deal(
                    "supply_contract",
                    ["Cơ khí Nặng Đông Anh Xanh", "Nhiệt điện Vĩnh Tân Xanh"],
                    68_450_000_000,
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Nặng Đông Anh Xanh"), F("Nhiệt điện Vĩnh Tân Xanh")],
                    68_450_000_000,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3139,
            "Thông báo mời thầu: Tổng công ty Máy động lực và Máy nông nghiệp Việt Nam - CTCP mời thầu gói cung cấp 400 tấn thép tấm cán nóng, thời điểm đóng thầu 9 giờ ngày 20/10/2025.",
            "2025-10-06",
            "ministry",
            ["tender_invitation", "tong_cong_ty_ctcp", "state_group_vietnam", "count", "no_event"],
            firms=[f("Máy động lực và Máy nông nghiệp Việt Nam", "Tổng công ty")],
            quantities=[c(400, "tấn")],
            events=[],
        ),
        h(
            3140,
            "PV: Doanh nghiệp đã ký được hợp đồng nào với các hãng Nhật?\nÔng Nguyễn Văn Thịnh: - Tháng 5 vừa rồi, chúng tôi ký hợp đồng cung cấp bulông cường độ cao cho Công ty TNHH Yamaha Motor Việt Nam, giá trị năm đầu khoảng 1,6 triệu USD.",
            "2025-09-22",
            "ministry",
            ["interview_qa", "multiline", "one_side_named", "person_no_role", "vietnam_suffix", "no_deal"],
            persons=[per("Nguyễn Văn Thịnh", None)],
            firms=[f("Yamaha Motor", "Công ty TNHH")],
            money=[m(1.6 * M, "USD", None, True)],
            events=[],
        ),
        h(
            3141,
            "Bà Lê Thu Hà, Giám đốc Công ty CP Khuôn mẫu Hải Âu, cho biết năm nay công ty đã ký thêm hợp đồng làm khuôn cản xe với Công ty CP Ô tô Thành Nam, trị giá khoảng 14 tỷ đồng.",
            "2025-09-22",
            "ministry",
            ["interview", "person_comma", "supply_contract", "firm_pair", "approx"],
            persons=[per("Lê Thu Hà", "Giám đốc Công ty CP Khuôn mẫu Hải Âu")],
            firms=[f("Khuôn mẫu Hải Âu", "Công ty CP"), f("Ô tô Thành Nam", "Công ty CP")],
            money=[m(14 * B, "VND", None, True)],
            deals=[deal("supply_contract", ["Khuôn mẫu Hải Âu", "Ô tô Thành Nam"], 14 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Khuôn mẫu Hải Âu"), F("Ô tô Thành Nam")],
                    14 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3142,
            "Qua 6 kỳ hội nghị kết nối, đã có 38 hợp đồng và 57 biên bản ghi nhớ được ký giữa doanh nghiệp cơ khí trong nước với các hãng FDI.",
            "2025-12-11",
            "ministry",
            ["cumulative", "conference_total", "count", "no_event"],
            quantities=[c(38, "hợp đồng"), c(57, "biên bản ghi nhớ")],
            events=[],
        ),
        h(
            3143,
            "Bộ Công Thương Việt Nam và Bộ Đầu tư, Thương mại và Công nghiệp Malaysia ký bản ghi nhớ hợp tác phát triển công nghiệp hỗ trợ ngành điện tử.",
            "2025-05-28",
            "ministry",
            ["government_mou", "no_firm"],
            organizations=["Bộ Công Thương Việt Nam", "Bộ Đầu tư, Thương mại và Công nghiệp Malaysia"],
            events=[
                ev(
                    "mou",
                    [G("Bộ Công Thương Việt Nam"), G("Bộ Đầu tư, Thương mại và Công nghiệp Malaysia")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3144,
            "7. Ngày 21/11, Tổng công ty Máy và Thiết bị công nghiệp ký hợp đồng chế tạo 12 cầu trục cho Nhà máy thủy điện tích năng Bác Ái của Tập đoàn Điện lực Việt Nam.",
            "2025-12-30",
            "ministry",
            ["year_end_list", "supply_contract", "firm_pair", "state_group_vietnam", "count", "deal_date"],
            firms=[f("Máy và Thiết bị công nghiệp", "Tổng công ty"), f("Điện lực Việt Nam", "Tập đoàn")],
            quantities=[c(12, "cầu trục")],
            deals=[
                deal(
                    "supply_contract",
                    ["Máy và Thiết bị công nghiệp", "Điện lực Việt Nam"],
                    None,
                    None,
                    "2025-11-21",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Máy và Thiết bị công nghiệp"), F("Điện lực Việt Nam")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3145,
            "Văn phòng Giới sử dụng lao động, Phòng Thương mại và Công nghiệp Việt Nam phối hợp Tổ chức Lao động Quốc tế tổ chức tọa đàm về trách nhiệm xã hội trong chuỗi cung ứng ngành điện tử.",
            "2025-11-26",
            "ministry",
            ["conference", "organizations_only", "no_event"],
            organizations=[
                "Văn phòng Giới sử dụng lao động",
                "Phòng Thương mại và Công nghiệp Việt Nam",
                "Tổ chức Lao động Quốc tế",
            ],
            events=[],
        ),
        h(
            3146,
            "Cartimes - Theo VAMA, 11 tháng năm 2025 các thành viên hiệp hội bán ra 318.452 xe, tăng 21% so với cùng kỳ.",
            "2025-12-12",
            "ministry",
            ["source_tag", "association_acronym", "statistics", "percentage", "count", "no_event"],
            organizations=["VAMA"],
            percentages=[21],
            quantities=[c(318452, "xe")],
            events=[],
        ),
        # --- Legal text: court judgments, decisions, articles, footers ---
        h(
            3147,
            "TÒA ÁN NHÂN DÂN TỈNH PHÚ THỌ\nBẢN ÁN 07/2025/KDTM-PT NGÀY 16/06/2025\nVỀ TRANH CHẤP HỢP ĐỒNG MUA BÁN HÀNG HÓA",
            "2025-07-02",
            "legal",
            ["court_header", "multiline", "capitals_header", "judgment_number", "no_event"],
            organizations=["Tòa án nhân dân tỉnh Phú Thọ"],
            provinces=[pv("Phú Thọ")],
            decisions=[d("07/2025/KDTM-PT", "2025-06-16")],
            events=[],
        ),
        h(
            3148,
            "1. Nguyên đơn: Công ty cổ phần Cơ khí Đúc Việt Trì.\nNgười đại diện theo pháp luật: Ông Nguyễn Hữu Phong, chức vụ: Giám đốc.\n2. Bị đơn: Công ty TNHH Thiết bị Công nghiệp Minh Khôi.",
            "2025-07-02",
            "legal",
            ["court_parties", "multiline", "lower_case_form", "chuc_vu_role", "no_event"],
            persons=[per("Nguyễn Hữu Phong", "Giám đốc")],
            firms=[
                f("Cơ khí Đúc Việt Trì", "Công ty CP"),
                f("Thiết bị Công nghiệp Minh Khôi", "Công ty TNHH"),
            ],
            events=[],
        ),
        h(
            3149,
            "Ngày 12/4/2023, nguyên đơn và bị đơn ký hợp đồng mua bán, theo đó Công ty cổ phần Cơ khí Đúc Việt Trì bán cho Công ty TNHH Thiết bị Công nghiệp Minh Khôi 26 bộ vỏ hộp giảm tốc bằng gang, tổng giá trị 1.872.000.000 đồng.",
            "2025-07-02",
            "legal",
            ["court_facts", "recalled_contract", "firm_pair", "full_digit_amount", "count"],
            firms=[
                f("Cơ khí Đúc Việt Trì", "Công ty CP"),
                f("Thiết bị Công nghiệp Minh Khôi", "Công ty TNHH"),
            ],
            money=[m(1_872_000_000, "VND")],
            quantities=[c(26, "bộ")],
            deals=[
                deal(
                    "supply_contract",
                    ["Cơ khí Đúc Việt Trì", "Thiết bị Công nghiệp Minh Khôi"],
                    1_872_000_000,
                    None,
                    "2023-04-12",
                )
            ],
            events=[],
        ),
        h(
            3150,
            "Buộc bị đơn thanh toán cho nguyên đơn số tiền hàng còn nợ 736.000.000 đồng và tiền lãi do chậm thanh toán.",
            "2025-07-02",
            "legal",
            ["court_ruling", "full_digit_amount", "no_event"],
            money=[m(736_000_000, "VND")],
            events=[],
        ),
        h(
            3151,
            "Theo Bản án số 15/2024/KDTM-ST ngày 27/9/2024 của Tòa án nhân dân thị xã Quế Võ, tỉnh Bắc Ninh, Công ty TNHH Điện tử K kiện đòi Công ty cổ phần Bao bì T tiền hàng 412 triệu đồng.",
            "2025-01-15",
            "legal",
            ["court_summary", "judgment_number", "anonymised_names", "decision_with_date", "no_event"],
            organizations=["Tòa án nhân dân thị xã Quế Võ"],
            provinces=[pv("Bắc Ninh")],
            decisions=[d("15/2024/KDTM-ST", "2024-09-27")],
            firms=[f("Điện tử K", "Công ty TNHH"), f("Bao bì T", "Công ty CP")],
            money=[m(412 * M, "VND")],
            events=[],
        ),
        h(
            3152,
            "Luật sư lưu ý doanh nghiệp cần ghi rõ điều khoản nghiệm thu chất lượng trong hợp đồng mua bán máy móc, vì phần lớn tranh chấp phát sinh khi bên mua từ chối thanh toán với lý do hàng không đạt yêu cầu.",
            "2025-03-04",
            "legal",
            ["lawyer_note", "generic", "no_event"],
            events=[],
        ),
        h(
            3153,
            "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\nTỈNH ĐẮK LẮK\n-------\nSố: 45/QĐ-BQLKCN\nĐắk Lắk, ngày 20 tháng 5 năm 2025\nQUYẾT ĐỊNH\nVề việc chấm dứt hoạt động dự án Nhà máy ván ép Krông Pắc",
            "2025-05-22",
            "legal",
            [
                "legal_header",
                "multiline",
                "capitals_header",
                "termination_decision",
                "no_investor",
                "no_event",
            ],
            organizations=["Ban Quản lý các khu công nghiệp tỉnh Đắk Lắk"],
            provinces=[pv("Đắk Lắk")],
            decisions=[d("45/QĐ-BQLKCN", "2025-05-20")],
            events=[],
        ),
        h(
            3154,
            "Điều 1. Chấp thuận nhà đầu tư: Công ty TNHH Gỗ Công nghiệp Buôn Hồ; mã số doanh nghiệp: 6001789345; địa chỉ trụ sở: lô B4, Cụm công nghiệp Ea Đar.",
            "2025-06-30",
            "legal",
            ["article", "licence", "no_issuer_in_row", "enterprise_code", "address"],
            firms=[f("Gỗ Công nghiệp Buôn Hồ", "Công ty TNHH")],
            locations=[park("Cụm công nghiệp Ea Đar")],
            deals=[deal("investment", ["Gỗ Công nghiệp Buôn Hồ"])],
            events=[ev("investment_licence", [F("Gỗ Công nghiệp Buôn Hồ")], None, None, None, "licensed")],
        ),
        h(
            3155,
            "Điều 2. Tổng vốn đầu tư của dự án: 96.500.000.000 đồng (Chín mươi sáu tỷ năm trăm triệu đồng), trong đó vốn góp của nhà đầu tư là 30.000.000.000 đồng.",
            "2025-06-30",
            "legal",
            ["article", "full_digit_amount", "amount_in_words", "funding_split", "no_event"],
            money=[m(96_500_000_000, "VND"), m(30_000_000_000, "VND")],
            events=[],
        ),
        h(
            3156,
            "Nơi nhận:\n- Như Điều 4;\n- UBND tỉnh (b/c);\n- Sở Tài chính;\n- Sở Nông nghiệp và Môi trường;\n- Lưu: VT, QLDN.",
            "2025-06-30",
            "legal",
            ["footer", "multiline", "abbreviations", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh", "Sở Tài chính", "Sở Nông nghiệp và Môi trường"],
            events=[],
        ),
        h(
            3157,
            "Căn cứ Luật Đầu tư số 61/2020/QH14 được sửa đổi, bổ sung bởi Luật số 90/2025/QH15;",
            "2025-06-30",
            "legal",
            ["preamble", "law_numbers", "amended_by", "no_event"],
            decisions=[d("61/2020/QH14"), d("90/2025/QH15")],
            events=[],
        ),
        h(
            3158,
            "Bộ Nội vụ vừa ban hành Quyết định số 1207/QĐ-BNV ngày 8/10/2025 phê duyệt điều lệ sửa đổi của Hiệp hội Doanh nghiệp Cơ khí Việt Nam.",
            "2025-10-13",
            "legal",
            ["ministry_decision", "association_charter", "decision_with_date", "no_event"],
            organizations=["Bộ Nội vụ", "Hiệp hội Doanh nghiệp Cơ khí Việt Nam"],
            decisions=[d("1207/QĐ-BNV", "2025-10-08")],
            events=[],
        ),
        h(
            3159,
            "Quyết định số 2874/QĐ-UBND ngày 30/12/2025 của UBND tỉnh Cà Mau về chấp thuận chủ trương đầu tư và chấp thuận nhà đầu tư dự án Nhà máy chế biến tôm Năm Căn 2 do Công ty CP Thủy sản Ngọc Hiển Xanh làm nhà đầu tư.",
            "2026-01-05",
            "legal",
            ["decision_with_date", "licence", "government_party", "decision_date_not_deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Cà Mau"],
            provinces=[pv("Cà Mau")],
            decisions=[d("2874/QĐ-UBND", "2025-12-30")],
            firms=[f("Thủy sản Ngọc Hiển Xanh", "Công ty CP")],
            deals=[deal("investment", ["Thủy sản Ngọc Hiển Xanh"], None, CM)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Cà Mau"), F("Thủy sản Ngọc Hiển Xanh")],
                    None,
                    None,
                    CM,
                    "licensed",
                )
            ],
        ),
        h(
            3160,
            "| Số hiệu | 3318/QĐ-UBND |\n| Ngày ban hành | 12/11/2025 |\n| Cơ quan ban hành | UBND tỉnh Lâm Đồng |\n| Trích yếu | Thu hồi quyết định chủ trương đầu tư dự án nhà máy sấy nông sản Đức Trọng |",
            "2025-11-14",
            "legal",
            [
                "metadata_table",
                "pipe_table",
                "multiline",
                "revocation",
                "no_investor",
                "decision_date_next_row",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            provinces=[pv("Lâm Đồng")],
            decisions=[d("3318/QĐ-UBND", "2025-11-12")],
            events=[],
        ),
        h(
            3161,
            "Điều 3. Công ty TNHH Năng lượng Tây Nguyên Xanh phải hoàn thành thủ tục thuê đất và khởi công dự án chậm nhất trong quý II/2026.",
            "2025-08-14",
            "legal",
            ["article", "obligation", "no_event"],
            firms=[f("Năng lượng Tây Nguyên Xanh", "Công ty TNHH")],
            events=[],
        ),
        # --- More firm-pair contracts and other shapes from the same writers ---
        h(
            3162,
            "Công ty TNHH Bao bì Nhựa Thành Phú và Công ty TNHH Nestlé Việt Nam ký hợp đồng cung cấp màng ghép phức hợp cho nhà máy Trị An trong 3 năm.",
            "2025-02-27",
            "ministry",
            ["nfd", "supply_contract", "firm_pair", "vietnam_suffix"],
            firms=[f("Bao bì Nhựa Thành Phú", "Công ty TNHH"), f("Nestlé", "Công ty TNHH")],
            deals=[deal("supply_contract", ["Bao bì Nhựa Thành Phú", "Nestlé"])],
            events=[
                ev("supply_contract", [F("Bao bì Nhựa Thành Phú"), F("Nestlé")], None, None, None, "signed")
            ],
        ),
        h(
            3163,
            "Cty TNHH Điện tử Bình An Tech trúng thầu cung cấp 1.200 tủ điện hạ thế cho Công ty CP Xây lắp Điện Hưng Yên Xanh, giá trúng thầu 74 tỷ đồng.",
            "2025-08-12",
            "ministry",
            ["tender_won", "cty_abbrev", "supply_contract", "firm_pair", "count"],
            firms=[f("Điện tử Bình An Tech", "Công ty TNHH"), f("Xây lắp Điện Hưng Yên Xanh", "Công ty CP")],
            money=[m(74 * B, "VND")],
            quantities=[c(1200, "tủ điện")],
            deals=[deal("supply_contract", ["Điện tử Bình An Tech", "Xây lắp Điện Hưng Yên Xanh"], 74 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện tử Bình An Tech"), F("Xây lắp Điện Hưng Yên Xanh")],
                    74 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3164,
            "Công ty CP Cơ khí Thuỷ lợi Miền Trung và Tập đoàn Ebara (Nhật Bản) ký thoả thuận hợp tác sản xuất bơm chìm công suất lớn tại Đà Nẵng.",
            "2025-04-24",
            "ministry",
            ["old_tone", "mou", "firm_pair", "production_site", "country_bracket"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Cơ khí Thủy lợi Miền Trung", "Công ty CP"), f("Ebara", "Tập đoàn")],
            locations=[country("Nhật Bản")],
            deals=[deal("mou", ["Cơ khí Thủy lợi Miền Trung", "Ebara"], None, DN)],
            events=[ev("mou", [F("Cơ khí Thủy lợi Miền Trung"), F("Ebara")], None, None, DN, "signed")],
        ),
        h(
            3165,
            "Ngân hàng TMCP Sài Gòn Thương Tín (Sacombank) Chi nhánh Sóc Trăng ký hợp đồng tín dụng 520 tỷ đồng với Công ty CP Mía đường Sóc Trăng Xanh để mua lò hơi mới.",
            "2025-11-19",
            "provincial",
            ["credit", "bank_branch", "firm_pair", "acronym_bracket", "place_in_name"],
            provinces=[pv("Sóc Trăng")],
            firms=[f("Sài Gòn Thương Tín", "Ngân hàng TMCP"), f("Mía đường Sóc Trăng Xanh", "Công ty CP")],
            money=[m(520 * B, "VND")],
            deals=[deal("cooperation", ["Sài Gòn Thương Tín", "Mía đường Sóc Trăng Xanh"], 520 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Sài Gòn Thương Tín"), F("Mía đường Sóc Trăng Xanh")],
                    520 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3166,
            "Sáng 21-10, Công ty CP Đầu tư Phát triển KCN Quế Võ Xanh và Công ty TNHH Linh kiện Ô tô Guangyu Bắc Ninh ký hợp đồng thuê 9 ha đất có hạ tầng tại KCN Quế Võ III.",
            "2025-10-22",
            "provincial",
            ["hyphen_date", "lease", "firm_pair", "place_in_name", "area", "deal_date"],
            firms=[
                f("Đầu tư Phát triển KCN Quế Võ Xanh", "Công ty CP"),
                f("Linh kiện Ô tô Guangyu Bắc Ninh", "Công ty TNHH"),
            ],
            areas=[ha(9)],
            locations=[park("Khu công nghiệp Quế Võ III")],
            deals=[
                deal(
                    "cooperation",
                    ["Đầu tư Phát triển KCN Quế Võ Xanh", "Linh kiện Ô tô Guangyu Bắc Ninh"],
                    None,
                    None,
                    "2025-10-21",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư Phát triển KCN Quế Võ Xanh"), F("Linh kiện Ô tô Guangyu Bắc Ninh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3167,
            "Tổng công ty Cơ khí Giao thông Vận tải Sài Gòn - TNHH MTV và Tập đoàn Yutong (Trung Quốc) ký thỏa thuận liên doanh lắp ráp xe buýt điện, tổng vốn đầu tư 1.150 tỷ đồng.",
            "2025-09-16",
            "ministry",
            ["joint_venture", "firm_pair", "tong_cong_ty_suffix_form", "country_bracket"],
            firms=[f("Cơ khí Giao thông Vận tải Sài Gòn", "Tổng công ty"), f("Yutong", "Tập đoàn")],
            money=[m(1150 * B, "VND")],
            locations=[country("Trung Quốc")],
            deals=[deal("cooperation", ["Cơ khí Giao thông Vận tải Sài Gòn", "Yutong"], 1150 * B)],
            events=[
                ev(
                    "joint_venture",
                    [F("Cơ khí Giao thông Vận tải Sài Gòn"), F("Yutong")],
                    1150 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3168,
            "Công ty CP Nhựa An Phát Xanh ký hợp đồng mua 70% vốn Công ty TNHH Màng Nhựa Hải Dương Tech, giá trị 280 tỷ đồng.",
            "2025-07-29",
            "ministry",
            ["acquisition", "signed", "percentage"],
            firms=[f("Nhựa An Phát Xanh", "Công ty CP"), f("Màng Nhựa Hải Dương Tech", "Công ty TNHH")],
            money=[m(280 * B, "VND")],
            percentages=[70],
            deals=[deal("investment", ["Nhựa An Phát Xanh"], 280 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Nhựa An Phát Xanh"), F("Màng Nhựa Hải Dương Tech")],
                    280 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3169,
            "Công ty TNHH Dây Điện Từ Vĩnh Long Xanh ký hợp đồng cung cấp dây đồng tráng men cho Công ty TNHH Điện cơ Shibaura Bình Dương, giá trị khoảng 6 triệu USD mỗi năm.",
            "2025-05-21",
            "ministry",
            ["supply_contract", "firm_pair", "per_year", "approx", "place_in_name"],
            firms=[
                f("Dây Điện Từ Vĩnh Long Xanh", "Công ty TNHH"),
                f("Điện cơ Shibaura Bình Dương", "Công ty TNHH"),
            ],
            money=[m(6 * M, "USD", "year", True)],
            deals=[
                deal("supply_contract", ["Dây Điện Từ Vĩnh Long Xanh", "Điện cơ Shibaura Bình Dương"], 6 * M)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Dây Điện Từ Vĩnh Long Xanh"), F("Điện cơ Shibaura Bình Dương")],
                    6 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3170,
            "Công ty CP Kho vận Đình Vũ Xanh trúng gói dịch vụ vận chuyển linh kiện nội địa 3 năm của Công ty TNHH LG Innotek Việt Nam Hải Phòng.",
            "2025-03-18",
            "ministry",
            ["tender_won", "service_contract", "supply_contract", "firm_pair", "vietnam_then_place"],
            firms=[
                f("Kho vận Đình Vũ Xanh", "Công ty CP"),
                f("LG Innotek Việt Nam Hải Phòng", "Công ty TNHH"),
            ],
            deals=[deal("supply_contract", ["Kho vận Đình Vũ Xanh", "LG Innotek Việt Nam Hải Phòng"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Kho vận Đình Vũ Xanh"), F("LG Innotek Việt Nam Hải Phòng")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3171,
            "Thông tin Tập đoàn Xi măng Thành Thắng thâu tóm Công ty CP Xi măng Bỉm Sơn Xanh là không có cơ sở, người phát ngôn của Thành Thắng cho biết.",
            "2025-06-25",
            "ministry",
            ["denial", "rumour", "no_event"],
            firms=[f("Xi măng Thành Thắng", "Tập đoàn"), f("Xi măng Bỉm Sơn Xanh", "Công ty CP")],
            events=[],
        ),
        h(
            3172,
            "Ngày 6/6, Công ty TNHH Hirose Electric Bình Định khánh thành xưởng đầu nối thứ hai tại KCN Nhơn Hòa.",
            "2025-06-07",
            "provincial",
            ["inauguration", "no_amount", "place_in_name", "no_deal"],
            firms=[f("Hirose Electric Bình Định", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Nhơn Hòa")],
            events=[ev("inauguration", [F("Hirose Electric Bình Định")], None, None, None, "completed")],
        ),
        h(
            3173,
            "Đến nay, Công ty TNHH Hirose Electric Bình Định đã đầu tư tổng cộng 68 triệu USD tại Việt Nam.",
            "2025-06-07",
            "provincial",
            ["cumulative", "past_investment_recalled", "no_event"],
            firms=[f("Hirose Electric Bình Định", "Công ty TNHH")],
            money=[m(68 * M, "USD")],
            deals=[deal("investment", ["Hirose Electric Bình Định"], 68 * M)],
            events=[],
        ),
        h(
            3174,
            "Nhà máy găng tay y tế của Công ty TNHH Găng tay Phong Điền Kanglong được khởi công ngày 9/9 tại KCN Phong Điền, vốn 1.650 tỷ đồng.",
            "2025-09-10",
            "provincial",
            ["groundbreaking_passive", "place_in_name", "deal_date"],
            firms=[f("Găng tay Phong Điền Kanglong", "Công ty TNHH")],
            money=[m(1650 * B, "VND")],
            locations=[park("Khu công nghiệp Phong Điền")],
            deals=[deal("groundbreaking", ["Găng tay Phong Điền Kanglong"], 1650 * B, None, "2025-09-09")],
            events=[
                ev("groundbreaking", [F("Găng tay Phong Điền Kanglong")], 1650 * B, "VND", None, "started")
            ],
        ),
        h(
            3175,
            "UBND tỉnh Quảng Trị và Tập đoàn Năng lượng Sabah Xanh (Malaysia) ký biên bản ghi nhớ nghiên cứu dự án điện gió ngoài khơi 1.000 MW tại vùng biển Vĩnh Linh, vốn dự kiến 2,4 tỷ USD.",
            "2025-10-28",
            "provincial",
            ["mou", "government_party", "investment_project", "country_bracket", "capacity"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Trị"],
            provinces=[pv("Quảng Trị")],
            firms=[f("Năng lượng Sabah Xanh", "Tập đoàn")],
            money=[m(2.4 * B, "USD")],
            locations=[country("Malaysia")],
            deals=[deal("investment", ["Năng lượng Sabah Xanh"], 2.4 * B, QT)],
            events=[
                ev(
                    "mou",
                    [G("UBND tỉnh Quảng Trị"), F("Năng lượng Sabah Xanh")],
                    2.4 * B,
                    "USD",
                    QT,
                    "signed",
                )
            ],
        ),
        h(
            3176,
            "Sở Công Thương Tây Ninh và Công ty TNHH Lốp xe Radial Hằng Phong ký thỏa thuận hỗ trợ đào tạo 300 kỹ thuật viên cho doanh nghiệp địa phương.",
            "2025-11-03",
            "provincial",
            ["mou_training", "government_party", "count", "no_deal"],
            organizations=["Sở Công Thương Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            firms=[f("Lốp xe Radial Hằng Phong", "Công ty TNHH")],
            quantities=[c(300, "kỹ thuật viên")],
            events=[
                ev(
                    "mou",
                    [G("Sở Công Thương Tây Ninh"), F("Lốp xe Radial Hằng Phong")],
                    None,
                    None,
                    TNI,
                    "signed",
                )
            ],
        ),
        h(
            3177,
            "Mục tiêu đến năm 2030, Phú Thọ có 120 doanh nghiệp là nhà cung cấp cấp 1, cấp 2 cho các tập đoàn đa quốc gia.",
            "2025-11-27",
            "provincial",
            ["target", "count", "no_event"],
            provinces=[pv("Phú Thọ")],
            quantities=[c(120, "doanh nghiệp")],
            events=[],
        ),
        h(
            3178,
            "Công ty CP Cơ khí Chế tạo Hải Phòng Xanh ký hợp đồng xuất khẩu 14 cần cẩu container cho hãng Kalmar (Phần Lan), trị giá 1.020 tỷ đồng (khoảng 40 triệu USD).",
            "2025-08-26",
            "ministry",
            [
                "export_contract",
                "supply_contract",
                "firm_pair",
                "conversion_bracket",
                "country_bracket",
                "count",
            ],
            firms=[f("Cơ khí Chế tạo Hải Phòng Xanh", "Công ty CP"), f("Kalmar")],
            money=[m(1020 * B, "VND"), m(40 * M, "USD", None, True)],
            quantities=[c(14, "cần cẩu container")],
            locations=[country("Phần Lan")],
            deals=[deal("supply_contract", ["Cơ khí Chế tạo Hải Phòng Xanh", "Kalmar"], 1020 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Chế tạo Hải Phòng Xanh"), F("Kalmar")],
                    1020 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3179,
            "CÔNG TY CỔ PHẦN SƠN TỔNG HỢP VIỆT XANH\nCÔNG BỐ THÔNG TIN BẤT THƯỜNG\nCông ty đã ký hợp đồng cung cấp 2.000 tấn sơn chống ăn mòn cho Tổng công ty Lắp máy Việt Nam - CTCP, giá trị 96 tỷ đồng.",
            "2025-09-30",
            "ministry",
            [
                "disclosure",
                "multiline",
                "capitals_header",
                "issuer_in_header",
                "supply_contract",
                "firm_pair",
                "count",
            ],
            firms=[f("Sơn Tổng hợp Việt Xanh", "Công ty CP"), f("Lắp máy Việt Nam", "Tổng công ty")],
            money=[m(96 * B, "VND")],
            quantities=[c(2000, "tấn")],
            deals=[deal("supply_contract", ["Sơn Tổng hợp Việt Xanh", "Lắp máy Việt Nam"], 96 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Sơn Tổng hợp Việt Xanh"), F("Lắp máy Việt Nam")],
                    96 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3180,
            "Báo cáo thường niên 2024 cho thấy Công ty TNHH Canon Việt Nam mua khoảng 41% sản lượng của Công ty CP Cơ khí Chính xác Bắc Việt.",
            "2025-04-18",
            "ministry",
            ["annual_report", "customer_relation", "no_contract", "percentage", "no_event"],
            firms=[f("Cơ khí Chính xác Bắc Việt", "Công ty CP"), f("Canon", "Công ty TNHH")],
            percentages=[41],
            events=[],
        ),
        h(
            3181,
            "Trường Đại học Tây Nguyên ký thỏa thuận với Công ty CP Cà phê Ea Tiêu Xanh về thực tập cho 80 sinh viên ngành cơ khí chế biến.",
            "2025-09-08",
            "provincial",
            ["mou_training", "school_party", "count", "no_deal"],
            organizations=["Trường Đại học Tây Nguyên"],
            firms=[f("Cà phê Ea Tiêu Xanh", "Công ty CP")],
            quantities=[c(80, "sinh viên")],
            events=[
                ev(
                    "mou",
                    [O("Trường Đại học Tây Nguyên"), F("Cà phê Ea Tiêu Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3182,
            "Đồng chí Nguyễn Tuấn Khang, Phó Chủ tịch Thường trực UBND tỉnh Đắk Lắk, trao quyết định chủ trương đầu tư cho Công ty CP Năng lượng Krông Ana Xanh, dự án điện mặt trời nổi 60 MW.",
            "2025-07-11",
            "provincial",
            ["dong_chi", "person_comma", "licence", "government_party", "capacity"],
            organizations=["Ủy ban nhân dân tỉnh Đắk Lắk"],
            provinces=[pv("Đắk Lắk")],
            persons=[per("Nguyễn Tuấn Khang", "Phó Chủ tịch Thường trực UBND tỉnh Đắk Lắk")],
            firms=[f("Năng lượng Krông Ana Xanh", "Công ty CP")],
            deals=[deal("investment", ["Năng lượng Krông Ana Xanh"], None, DL)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Đắk Lắk"), F("Năng lượng Krông Ana Xanh")],
                    None,
                    None,
                    DL,
                    "licensed",
                )
            ],
        ),
        h(
            3183,
            "Ngày 4/4, Công ty TNHH Khoa học Kỹ thuật Năng lượng Tinh Thịnh (Trung Quốc) khởi công nhà máy tấm pin mặt trời 250 triệu USD tại KCN Phú Bình.",
            "2025-04-05",
            "ministry",
            ["groundbreaking", "chinese_style_name", "country_bracket", "deal_date"],
            firms=[f("Khoa học Kỹ thuật Năng lượng Tinh Thịnh", "Công ty TNHH")],
            money=[m(250 * M, "USD")],
            locations=[park("Khu công nghiệp Phú Bình"), country("Trung Quốc")],
            deals=[
                deal(
                    "groundbreaking", ["Khoa học Kỹ thuật Năng lượng Tinh Thịnh"], 250 * M, None, "2025-04-04"
                )
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Khoa học Kỹ thuật Năng lượng Tinh Thịnh")],
                    250 * M,
                    "USD",
                    None,
                    "started",
                )
            ],
        ),
        h(
            3184,
            "Thông qua sàn giao dịch công nghệ Techmart, Công ty CP Tự động hóa Bách Khoa Xanh và Công ty TNHH Gạch men Viglacera Yên Mỹ ký hợp đồng cung cấp 6 robot xếp dỡ, trị giá 11,5 tỷ đồng.",
            "2025-10-24",
            "ministry",
            ["techmart", "supply_contract", "firm_pair", "count"],
            firms=[
                f("Tự động hóa Bách Khoa Xanh", "Công ty CP"),
                f("Gạch men Viglacera Yên Mỹ", "Công ty TNHH"),
            ],
            money=[m(11.5 * B, "VND")],
            quantities=[c(6, "robot xếp dỡ")],
            deals=[
                deal("supply_contract", ["Tự động hóa Bách Khoa Xanh", "Gạch men Viglacera Yên Mỹ"], 11.5 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Tự động hóa Bách Khoa Xanh"), F("Gạch men Viglacera Yên Mỹ")],
                    11.5 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3185,
            "Sáng 16/1, tại KCN Bá Thiện II (Vĩnh Phúc cũ), Công ty TNHH Điện tử Jahwa Vina Phú Thọ khởi công nhà máy module camera, tổng vốn 95 triệu USD.",
            "2026-01-17",
            "provincial",
            ["nfd", "groundbreaking", "old_province_cu", "vina_inside_name", "deal_date"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Điện tử Jahwa Vina Phú Thọ", "Công ty TNHH")],
            money=[m(95 * M, "USD")],
            locations=[park("Khu công nghiệp Bá Thiện II")],
            deals=[deal("groundbreaking", ["Điện tử Jahwa Vina Phú Thọ"], 95 * M, PT, "2026-01-16")],
            events=[ev("groundbreaking", [F("Điện tử Jahwa Vina Phú Thọ")], 95 * M, "USD", PT, "started")],
        ),
        h(
            3186,
            "Thanh Hoá: Ban Quản lý KKT Nghi Sơn và các KCN trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Dệt may Quảng Xương Sunrise, vốn 42 triệu USD.",
            "2025-12-22",
            "provincial",
            ["old_tone", "region_prefix", "licence", "government_party", "abbreviated_authority"],
            organizations=["Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Dệt may Quảng Xương Sunrise", "Công ty TNHH")],
            money=[m(42 * M, "USD")],
            deals=[deal("investment", ["Dệt may Quảng Xương Sunrise"], 42 * M, TH)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý KKT Nghi Sơn và các KCN"), F("Dệt may Quảng Xương Sunrise")],
                    42 * M,
                    "USD",
                    TH,
                    "licensed",
                )
            ],
        ),
        h(
            3187,
            "Công ty CP Linh kiện Nhựa Kim Bảng ký hợp đồng cung cấp vỏ sạc điện thoại cho Công ty TNHH Luxshare-ICT Nghệ An, giá trị khoảng 3,8 triệu USD trong năm 2026.",
            "2025-11-12",
            "ministry",
            ["supply_contract", "firm_pair", "place_in_name", "approx"],
            firms=[f("Linh kiện Nhựa Kim Bảng", "Công ty CP"), f("Luxshare-ICT Nghệ An", "Công ty TNHH")],
            money=[m(3.8 * M, "USD", None, True)],
            deals=[deal("supply_contract", ["Linh kiện Nhựa Kim Bảng", "Luxshare-ICT Nghệ An"], 3.8 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Linh kiện Nhựa Kim Bảng"), F("Luxshare-ICT Nghệ An")],
                    3.8 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3188,
            "Công ty TNHH Đóng tàu Sông Cấm ký hợp đồng đóng mới 6 sà lan tự hành chở container cho Công ty CP Vận tải Thủy Tân Cảng Xanh, giá trị gần 190 tỷ đồng.",
            "2025-04-28",
            "ministry",
            ["shipbuilding", "supply_contract", "firm_pair", "count", "approx"],
            firms=[f("Đóng tàu Sông Cấm", "Công ty TNHH"), f("Vận tải Thủy Tân Cảng Xanh", "Công ty CP")],
            money=[m(190 * B, "VND", None, True)],
            quantities=[c(6, "sà lan tự hành")],
            deals=[deal("supply_contract", ["Đóng tàu Sông Cấm", "Vận tải Thủy Tân Cảng Xanh"], 190 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Đóng tàu Sông Cấm"), F("Vận tải Thủy Tân Cảng Xanh")],
                    190 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3189,
            "Khánh Hòa: Thêm tuyến container quốc tế qua cảng Cam Ranh Sáng 3/10, Công ty CP Cảng Cam Ranh Xanh ký hợp đồng khai thác tuyến container với Công ty TNHH Vận tải biển Pan Ocean Việt Nam, thời hạn 5 năm.",
            "2025-10-04",
            "provincial",
            [
                "nfd",
                "headline_merged",
                "region_prefix",
                "service_contract",
                "supply_contract",
                "firm_pair",
                "vietnam_suffix",
                "deal_date",
            ],
            provinces=[pv("Khánh Hòa")],
            firms=[f("Cảng Cam Ranh Xanh", "Công ty CP"), f("Vận tải biển Pan Ocean", "Công ty TNHH")],
            deals=[
                deal(
                    "supply_contract",
                    ["Cảng Cam Ranh Xanh", "Vận tải biển Pan Ocean"],
                    None,
                    None,
                    "2025-10-03",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cảng Cam Ranh Xanh"), F("Vận tải biển Pan Ocean")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3190,
            "Công ty CP Phát triển Hạ tầng KCN Tân Phú Trung Xanh ký hợp đồng cho Công ty TNHH Ống thép Kyoei Long An thuê lại 6,5 ha trong 40 năm.",
            "2025-06-26",
            "ministry",
            ["nfd", "lease", "park_developer", "firm_pair", "place_in_name", "area"],
            firms=[
                f("Phát triển Hạ tầng KCN Tân Phú Trung Xanh", "Công ty CP"),
                f("Ống thép Kyoei Long An", "Công ty TNHH"),
            ],
            areas=[ha(6.5)],
            deals=[
                deal("cooperation", ["Phát triển Hạ tầng KCN Tân Phú Trung Xanh", "Ống thép Kyoei Long An"])
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Phát triển Hạ tầng KCN Tân Phú Trung Xanh"), F("Ống thép Kyoei Long An")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3191,
            "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) Chi nhánh Huế và Công ty CP Dệt may Phú Hòa An Xanh ký hợp đồng tín dụng dài hạn 390 tỷ đồng để đầu tư nhà máy sợi OE.",
            "2025-08-20",
            "provincial",
            ["nfd", "credit", "bank_branch", "firm_pair", "acronym_bracket"],
            provinces=[pv("Huế")],
            firms=[
                f("Đầu tư và Phát triển Việt Nam", "Ngân hàng TMCP"),
                f("Dệt may Phú Hòa An Xanh", "Công ty CP"),
            ],
            money=[m(390 * B, "VND")],
            deals=[
                deal("cooperation", ["Đầu tư và Phát triển Việt Nam", "Dệt may Phú Hòa An Xanh"], 390 * B)
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư và Phát triển Việt Nam"), F("Dệt may Phú Hòa An Xanh")],
                    390 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3192,
            "Doanh nghiệp Quảng Trị bắt tay đối tác Nhật làm gỗ ghép thanh Ngày 19/6, Công ty CP Gỗ Nam Đông Hà và Công ty TNHH Sumirin Wood Products ký biên bản ghi nhớ hợp tác sản xuất gỗ ghép thanh xuất khẩu sang Nhật Bản.",
            "2025-06-20",
            "provincial",
            ["headline_merged", "bat_tay_headline", "mou", "firm_pair", "deal_date"],
            provinces=[pv("Quảng Trị")],
            firms=[f("Gỗ Nam Đông Hà", "Công ty CP"), f("Sumirin Wood Products", "Công ty TNHH")],
            locations=[country("Nhật Bản")],
            deals=[deal("mou", ["Gỗ Nam Đông Hà", "Sumirin Wood Products"], None, None, "2025-06-19")],
            events=[ev("mou", [F("Gỗ Nam Đông Hà"), F("Sumirin Wood Products")], None, None, None, "signed")],
        ),
        h(
            3193,
            "Cty CP Thiết bị Điện Đông Anh Xanh đã bàn giao 3 máy biến áp 250 MVA cho Tổng công ty Truyền tải điện Quốc gia theo hợp đồng ký năm 2024.",
            "2025-07-04",
            "ministry",
            ["handover", "recalled_contract", "cty_abbrev", "firm_pair", "count"],
            firms=[
                f("Thiết bị Điện Đông Anh Xanh", "Công ty CP"),
                f("Truyền tải điện Quốc gia", "Tổng công ty"),
            ],
            quantities=[c(3, "máy biến áp")],
            deals=[deal("supply_contract", ["Thiết bị Điện Đông Anh Xanh", "Truyền tải điện Quốc gia"])],
            events=[],
        ),
        h(
            3194,
            "Công ty TNHH Cơ khí Chính xác Bắc Giang Xanh ký hợp đồng gia công 800.000 chi tiết vỏ nhôm cho Công ty TNHH Fuhong Precision Component Bắc Giang, giá trị khoảng 2,7 triệu USD.",
            "2025-05-13",
            "ministry",
            ["nfd", "supply_contract", "firm_pair", "place_in_name", "count", "approx"],
            firms=[
                f("Cơ khí Chính xác Bắc Giang Xanh", "Công ty TNHH"),
                f("Fuhong Precision Component Bắc Giang", "Công ty TNHH"),
            ],
            money=[m(2.7 * M, "USD", None, True)],
            quantities=[c(800000, "chi tiết")],
            deals=[
                deal(
                    "supply_contract",
                    ["Cơ khí Chính xác Bắc Giang Xanh", "Fuhong Precision Component Bắc Giang"],
                    2.7 * M,
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Chính xác Bắc Giang Xanh"), F("Fuhong Precision Component Bắc Giang")],
                    2.7 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3195,
            "Tập đoàn Hóa chất Sao Đỏ Xanh và Tập đoàn Mitsui (Nhật Bản) ký biên bản ghi nhớ hợp tác sản xuất amoniac xanh tại Khu kinh tế Vũng Áng, tỉnh Hà Tĩnh.",
            "2025-11-25",
            "ministry",
            ["mou", "firm_pair", "production_site", "zone_then_province", "country_bracket"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Hóa chất Sao Đỏ Xanh", "Tập đoàn"), f("Mitsui", "Tập đoàn")],
            locations=[zone("Khu kinh tế Vũng Áng"), country("Nhật Bản")],
            deals=[deal("mou", ["Hóa chất Sao Đỏ Xanh", "Mitsui"], None, cur("Hà Tĩnh"))],
            events=[
                ev("mou", [F("Hóa chất Sao Đỏ Xanh"), F("Mitsui")], None, None, cur("Hà Tĩnh"), "signed")
            ],
        ),
        h(
            3196,
            "Công ty CP Pin Ắc quy Miền Nam Xanh và Công ty TNHH GS Yuasa International ký hợp đồng liên doanh sản xuất ắc quy khởi động cho xe máy, vốn góp tương ứng 40% và 60%.",
            "2025-09-02",
            "ministry",
            ["joint_venture", "firm_pair", "percentage"],
            firms=[f("Pin Ắc quy Miền Nam Xanh", "Công ty CP"), f("GS Yuasa International", "Công ty TNHH")],
            percentages=[40, 60],
            deals=[deal("cooperation", ["Pin Ắc quy Miền Nam Xanh", "GS Yuasa International"])],
            events=[
                ev(
                    "joint_venture",
                    [F("Pin Ắc quy Miền Nam Xanh"), F("GS Yuasa International")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3197,
            "Công ty TNHH Cơ khí Nam Sách ký hợp đồng mua 20 máy phay CNC của NINGBO HAITIAN PRECISION MACHINERY CO., LTD (Trung Quốc), trị giá 1,1 triệu USD.",
            "2025-03-25",
            "ministry",
            ["purchase_contract", "supply_contract", "firm_pair", "capitals_name", "foreign_form", "count"],
            firms=[
                f("Cơ khí Nam Sách", "Công ty TNHH"),
                f("NINGBO HAITIAN PRECISION MACHINERY", "Co., Ltd."),
            ],
            money=[m(1.1 * M, "USD")],
            quantities=[c(20, "máy phay CNC")],
            locations=[country("Trung Quốc")],
            deals=[
                deal("supply_contract", ["NINGBO HAITIAN PRECISION MACHINERY", "Cơ khí Nam Sách"], 1.1 * M)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("NINGBO HAITIAN PRECISION MACHINERY"), F("Cơ khí Nam Sách")],
                    1.1 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3198,
            "Công ty CP Khuôn mẫu Chính xác Đà Nẵng Xanh nhận chuyển giao công nghệ xử lý nhiệt chân không từ Công ty TNHH Daido Steel Việt Nam theo hợp đồng ký ngày 2/12.",
            "2025-12-09",
            "ministry",
            ["technology_transfer", "firm_pair", "vietnam_suffix", "deal_date"],
            firms=[f("Khuôn mẫu Chính xác Đà Nẵng Xanh", "Công ty CP"), f("Daido Steel", "Công ty TNHH")],
            deals=[
                deal(
                    "cooperation",
                    ["Khuôn mẫu Chính xác Đà Nẵng Xanh", "Daido Steel"],
                    None,
                    None,
                    "2025-12-02",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Khuôn mẫu Chính xác Đà Nẵng Xanh"), F("Daido Steel")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
    ]
