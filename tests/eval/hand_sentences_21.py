# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 21 (blind, real-text shapes, issue 12): a tenth blind batch, written after reading about 45 real
Vietnamese pages and excerpts (of about 145 results) in the search tool's `pages` corpus from 18 searches not
made for batches 12-20, chosen for other regions, writers and topics: Cao Bằng's border economic zone (Tà
Lùng, Trà Lĩnh, cumulative project counts "trong đó có 8 dự án đầu tư nước ngoài"), Phú Thọ after the merger
(licence rounds "Dự án thứ nhất là ... do X Company Limited (Hàn Quốc) làm chủ đầu tư ... tăng vốn thêm ...,
nâng tổng vốn đầu tư lên ..."), Bắc Ninh (a clickbait headline before a PCB groundbreaking), the former Hải
Dương (cluster decisions naming their investor in a later sentence, "chấp thuận chủ trương và địa điểm đầu
tư"), Hà Nam (VNS English on a park certificate), Thanh Hóa (footwear and garment plants, "nhà máy thứ 17 của
Tập đoàn ...", "đơn vị thành viên của ... (Singapore)", a decision number without its suffix), An Giang and
Kiên Giang (rice-linkage contracts between firms, cooperatives and the province, lists of firms "Điển hình
như: ..."), Trà Vinh and Bến Tre (wind farms, "là chủ đầu tư", "liên danh với ... của Vương quốc Thái Lan"),
Đồng Nai cooperatives selling to a retailer; writers: CafeF/Dân Việt listed-firm news (a garment maker's
orders, "(mã TNG)"-style codes, a board approving a bank loan, a branch closed), shipyard releases and
VnEconomy (newbuilding series "đóng mới 04 tàu", "ký thêm", launchings recalled against a contract),
Tạp chí Công Thương and anti-counterfeit magazine pages ("(CHG)"), a carmaker–association MoU, DPPA explainers
(direct power purchase agreements), SGGP/CAND/VietnamBiz energy pages.
Annotated for every field BEFORE any tagger was run on them, without reading the tagger code or data. No
sentence is taken or paraphrased from a page; the shapes are. Firm names are invented, or well-known brands
used in sentences of our own.

Conventions: exactly those of batches 10 and 12-20 (their docstrings), with their judgement calls: a deal
date needs a day; a subsidiary named with its parent is the party when it signs; firm-school and
firm-association agreements are MoU events with no `deals` entry; a supplier's home province is not the
contract's province; leases with park developers and bank credit are "cooperation"; a joint venture's
`deals` entry is "cooperation"; an acquisition, a licence or a contract recalled as background is a deal but
not an event; a state body's MoU with a firm is an MoU event with a government party and no deal; in a
bracketed or "tương đương" conversion the first figure written is the amount; a licence said to be coming is
announced; charter capital, revenue and profit are money only; a project line with no licensing verb in its
own row is an announced investment; one signer with several counterparts gives one event per pair; a region
prefix before a contract is a province mention, the site of a plant, a lease or a project is the deal's
province; an acquisition's `deals` entry is the buyer's "investment"; an inauguration without a capital
amount is an event with no `deals` entry; aliases and stock codes in brackets are no firm mentions of their
own; a foreign subsidiary keeps the place in its name, "Việt Nam" and a trailing "Vina" are dropped from a
foreign firm's name; a bank named with its branch is the bank alone; areas in m2 are given in hectares;
prices per m2 (and per kWh) are no money; capacities ("tấn/năm", "MW") are no quantities; a People's
Committee's decision founding a cluster with its investor named is a licence of that investor; a People's
Committee's land-lease decision is a cooperation event with a government party; a repeated amount is one
money mention; a pledge or a total with unnamed projects is no event. Every row with no event carries
`events=[]`. Calls made here in the same spirit:

- A rice- or fruit-linkage contract between a firm and a cooperative ("Hợp tác xã ... ký hợp đồng bao tiêu
  ... với Công ty ...") is a supply contract between two firms (a cooperative is a firm, form "Hợp tác xã");
  one with "nông dân" or "các hộ" as the other side names one party only: no deal, no event.
- A province's cooperation agreement with a group on a raw-material area is an MoU event (government and
  firm) with no `deals` entry, as a state body's MoU with a firm, when it states no investment.
- A consortium investing in a project ("liên danh giữa Tập đoàn X và Công ty Y") is one investment deal of
  both members, as co-investors at a groundbreaking; a Deputy Prime Minister's decision naming the investor
  is a licence of that investor with no government party (as batch 20's English copy).
- A firm's MoU with an association (or a business association) is an MoU event with an organization party
  and no `deals` entry; a state department's programme with a firm is an MoU event with a government party.
- A board's approval of a loan from a named bank ("HĐQT phê duyệt chủ trương vay tối đa ... từ Ngân hàng
  ...") is an announced cooperation between the issuer and the bank when the issuer is named; "Công ty"
  alone names one side: no event.
- A shipyard's launching ("hạ thủy tàu thứ ba trong loạt 9 tàu đóng theo hợp đồng với ...") recalls the
  contract: a deal, no event.
- "Ký thêm hợp đồng đóng mới 2 tàu" is a new signed supply contract; "04 tàu" is the count 4.
- A direct power purchase agreement (DPPA) between a generator and a factory is a supply contract; a price
  per kWh is no money.
- "chấp thuận chủ trương và địa điểm đầu tư" is a licence; "chấp thuận đầu tư từ tháng 11/2023" recalled in
  an article about something else is a deal with no date and no event.
- A cluster decision naming the investor in a following sentence ("Chủ đầu tư hạ tầng của cả hai cụm là Công
  ty ...") gives, in that sentence's row, the investor's deal with no amount and no event (the licensing verb
  is in the previous row), as batch 19's split rows.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_21(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    CB = cur("Cao Bằng")
    BN = cur("Bắc Ninh")
    BG = cur("Bắc Giang")
    PT = cur("Phú Thọ")
    HD = cur("Hải Dương")
    HP = cur("Hải Phòng")
    QNI = cur("Quảng Ninh")
    HNA = cur("Hà Nam")
    TH = cur("Thanh Hóa")
    AG = cur("An Giang")
    VL = cur("Vĩnh Long")
    TV = cur("Trà Vinh")

    return [
        # --- Cao Bằng, Lạng Sơn, Hà Giang: border economic zones ---
        h(
            3401,
            "Khu kinh tế cửa khẩu Cao Bằng hiện có 71 dự án còn hiệu lực (9 dự án FDI), vốn đăng ký khoảng 5.240 tỷ đồng và 22,4 triệu USD.",
            "2025-09-12",
            "provincial",
            ["cumulative", "bracket_subcount", "two_currencies", "approx", "no_event"],
            provinces=[pv("Cao Bằng")],
            money=[m(5240 * B, "VND", None, True), m(22.4 * M, "USD")],
            quantities=[c(71, "dự án"), c(9, "dự án")],
            locations=[zone("Khu kinh tế cửa khẩu Cao Bằng")],
            events=[],
        ),
        h(
            3402,
            "Theo Quyền Trưởng Ban Quản lý Khu kinh tế tỉnh Cao Bằng Nông Văn Thắng, kho bãi và chế biến hoa hồi chiếm phần lớn số dự án vận hành trong năm nay.",
            "2025-10-03",
            "provincial",
            ["theo_person", "person_role_before_no_comma", "acting_role", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Cao Bằng"],
            persons=[per("Nông Văn Thắng", "Quyền Trưởng Ban Quản lý Khu kinh tế tỉnh Cao Bằng")],
            provinces=[pv("Cao Bằng")],
            events=[],
        ),
        h(
            3403,
            "Trà Lĩnh - Công ty CP Logistics Biên Cương Cao Bằng và Công ty TNHH Thương mại Quốc tế Long Bang (Trung Quốc) ký hợp đồng hợp tác khai thác bãi kiểm hóa 8 ha tại cửa khẩu quốc tế Trà Lĩnh trong 10 năm.",
            "2025-04-21",
            "provincial",
            ["dateline_dash", "cooperation", "firm_pair", "country_bracket", "area", "place_in_name"],
            firms=[
                f("Logistics Biên Cương Cao Bằng", "Công ty CP"),
                f("Thương mại Quốc tế Long Bang", "Công ty TNHH"),
            ],
            areas=[ha(8)],
            locations=[country("Trung Quốc")],
            deals=[deal("cooperation", ["Logistics Biên Cương Cao Bằng", "Thương mại Quốc tế Long Bang"])],
            events=[
                ev(
                    "cooperation",
                    [F("Logistics Biên Cương Cao Bằng"), F("Thương mại Quốc tế Long Bang")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3404,
            "Chiều 15/7, Ban Quản lý Khu kinh tế tỉnh Cao Bằng trao quyết định chấp thuận chủ trương đầu tư cho Công ty TNHH Nông sản Hồi Quế Thạch An, dự án nhà máy chưng cất tinh dầu hồi vốn 126 tỷ đồng tại khu kinh tế cửa khẩu Tà Lùng.",
            "2025-07-16",
            "provincial",
            ["licence", "government_party", "deal_date", "lower_case_zone"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Cao Bằng"],
            provinces=[pv("Cao Bằng")],
            firms=[f("Nông sản Hồi Quế Thạch An", "Công ty TNHH")],
            money=[m(126 * B, "VND")],
            locations=[zone("Khu kinh tế cửa khẩu Tà Lùng")],
            deals=[deal("investment", ["Nông sản Hồi Quế Thạch An"], 126 * B, CB, "2025-07-15")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Cao Bằng"), F("Nông sản Hồi Quế Thạch An")],
                    126 * B,
                    "VND",
                    CB,
                    "licensed",
                )
            ],
        ),
        h(
            3405,
            "Lãnh đạo Cao Bằng cho rằng chỉ khi cao tốc Đồng Đăng - Trà Lĩnh thông xe, các khu công nghiệp biên giới mới hút được nhà đầu tư thứ cấp.",
            "2025-03-18",
            "provincial",
            ["opinion", "no_investor", "no_event"],
            provinces=[pv("Cao Bằng")],
            events=[],
        ),
        h(
            3406,
            "Lạng Sơn: Doanh nghiệp Đồng Đăng ký hợp đồng xuất khẩu 12.000 tấn thanh long Công ty CP Nông sản Xứ Lạng Xanh vừa ký hợp đồng bán 12.000 tấn thanh long ruột đỏ cho Công ty TNHH Trái cây Hữu Nghị Bằng Tường trong vụ 2026.",
            "2025-12-02",
            "provincial",
            ["headline_merged", "region_prefix", "supply_contract", "firm_pair", "count"],
            provinces=[pv("Lạng Sơn")],
            firms=[
                f("Nông sản Xứ Lạng Xanh", "Công ty CP"),
                f("Trái cây Hữu Nghị Bằng Tường", "Công ty TNHH"),
            ],
            quantities=[c(12000, "tấn")],
            deals=[deal("supply_contract", ["Nông sản Xứ Lạng Xanh", "Trái cây Hữu Nghị Bằng Tường"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Nông sản Xứ Lạng Xanh"), F("Trái cây Hữu Nghị Bằng Tường")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3407,
            "Theo Sở Tài chính Lạng Sơn, 11 tháng qua tỉnh cấp mới 17 dự án, trong đó 3 dự án FDI, với tổng vốn khoảng 2.860 tỷ đồng; không có dự án nào bị thu hồi.",
            "2025-12-08",
            "provincial",
            ["period_total", "count", "negated", "no_event"],
            organizations=["Sở Tài chính Lạng Sơn"],
            provinces=[pv("Lạng Sơn")],
            money=[m(2860 * B, "VND", None, True)],
            quantities=[c(17, "dự án"), c(3, "dự án")],
            events=[],
        ),
        h(
            3408,
            "Hà Giang (cũ) - Ngày 9/5, Công ty CP Chè Shan Tuyết Tây Côn Lĩnh khánh thành xưởng chế biến chè xuất khẩu vốn 68 tỷ đồng tại xã Cao Bồ, đồng thời ký hợp đồng bao tiêu với Hợp tác xã Chè Cao Bồ.",
            "2025-05-10",
            "provincial",
            ["old_province_cu", "inauguration", "cooperative", "supply_contract", "two_events", "deal_date"],
            provinces=[pv("Hà Giang")],
            firms=[f("Chè Shan Tuyết Tây Côn Lĩnh", "Công ty CP"), f("Chè Cao Bồ", "Hợp tác xã")],
            money=[m(68 * B, "VND")],
            deals=[
                deal("investment", ["Chè Shan Tuyết Tây Côn Lĩnh"], 68 * B, None, "2025-05-09"),
                deal(
                    "supply_contract", ["Chè Shan Tuyết Tây Côn Lĩnh", "Chè Cao Bồ"], None, None, "2025-05-09"
                ),
            ],
            events=[
                ev("inauguration", [F("Chè Shan Tuyết Tây Côn Lĩnh")], 68 * B, "VND", None, "completed"),
                ev(
                    "supply_contract",
                    [F("Chè Shan Tuyết Tây Côn Lĩnh"), F("Chè Cao Bồ")],
                    None,
                    None,
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            3409,
            "Hàng trăm hộ dân ở Vị Xuyên đã ký hợp đồng bán cam sành cho Công ty TNHH Thực phẩm Cam Hà Giang với giá sàn 9.000 đồng/kg.",
            "2025-11-14",
            "provincial",
            ["one_named_party", "households", "price_per_kg", "no_event"],
            firms=[f("Thực phẩm Cam Hà Giang", "Công ty TNHH")],
            events=[],
        ),
        h(
            3410,
            "Lào Cai - Tập đoàn Hóa chất Việt Nam và Công ty CP Phốt pho Vàng Tằng Loỏng Xanh đã ký hợp đồng cung cấp 240.000 tấn quặng apatit loại III mỗi năm, thời hạn 5 năm.",
            "2025-06-24",
            "provincial",
            ["dateline_dash", "supply_contract", "firm_pair", "state_group", "count"],
            provinces=[pv("Lào Cai")],
            firms=[f("Hóa chất Việt Nam", "Tập đoàn"), f("Phốt pho Vàng Tằng Loỏng Xanh", "Công ty CP")],
            quantities=[c(240000, "tấn")],
            deals=[deal("supply_contract", ["Hóa chất Việt Nam", "Phốt pho Vàng Tằng Loỏng Xanh"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Hóa chất Việt Nam"), F("Phốt pho Vàng Tằng Loỏng Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        # --- Thái Nguyên, Bắc Ninh: electronics suppliers ---
        h(
            3411,
            "Công ty TNHH Cơ khí Chính xác Phổ Yên Xanh vừa trở thành nhà cung ứng cấp 1 của Samsung Electronics Việt Nam Thái Nguyên (SEVT) sau khi ký hợp đồng cung cấp khung kim loại cho dòng máy tính bảng, giá trị khoảng 3,2 triệu USD mỗi năm.",
            "2025-08-28",
            "provincial",
            [
                "tier1_supplier",
                "supply_contract",
                "firm_pair",
                "brand_bare",
                "acronym_bracket",
                "per_year",
                "approx",
            ],
            firms=[
                f("Cơ khí Chính xác Phổ Yên Xanh", "Công ty TNHH"),
                f("Samsung Electronics Việt Nam Thái Nguyên"),
            ],
            money=[m(3.2 * M, "USD", "year", True)],
            deals=[
                deal(
                    "supply_contract",
                    ["Cơ khí Chính xác Phổ Yên Xanh", "Samsung Electronics Việt Nam Thái Nguyên"],
                    3.2 * M,
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Chính xác Phổ Yên Xanh"), F("Samsung Electronics Việt Nam Thái Nguyên")],
                    3.2 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3412,
            "Hiện có 306 doanh nghiệp Việt tham gia chuỗi cung ứng của Samsung tại Việt Nam, gồm 42 nhà cung ứng cấp 1 và 264 nhà cung ứng cấp 2.",
            "2025-11-20",
            "ministry",
            ["cumulative", "count", "tiers", "no_event"],
            firms=[f("Samsung")],
            quantities=[c(306, "doanh nghiệp"), c(42, "nhà cung ứng cấp 1"), c(264, "nhà cung ứng cấp 2")],
            events=[],
        ),
        h(
            3413,
            "Ngày 4/3, tại KCN Yên Bình, Công ty TNHH Vật liệu Điện tử Hanmi Thái Nguyên thuộc Tập đoàn Hanmi Materials (Hàn Quốc) khởi công nhà máy màng bảo vệ màn hình, vốn 62 triệu USD.",
            "2025-03-05",
            "provincial",
            ["groundbreaking", "member_of_group", "place_in_name", "country_bracket", "deal_date"],
            firms=[f("Vật liệu Điện tử Hanmi Thái Nguyên", "Công ty TNHH"), f("Hanmi Materials", "Tập đoàn")],
            money=[m(62 * M, "USD")],
            locations=[park("Khu công nghiệp Yên Bình"), country("Hàn Quốc")],
            deals=[
                deal("groundbreaking", ["Vật liệu Điện tử Hanmi Thái Nguyên"], 62 * M, None, "2025-03-04")
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Vật liệu Điện tử Hanmi Thái Nguyên")],
                    62 * M,
                    "USD",
                    None,
                    "started",
                )
            ],
        ),
        h(
            3414,
            "Thái Nguyên: Doanh nghiệp cơ khí nội ký hợp đồng khuôn với nhà máy Hàn Quốc Chiều 19/9, Công ty CP Khuôn mẫu Sông Công và Công ty TNHH Điện tử Seoyoung Vina ký hợp đồng chế tạo 40 bộ khuôn ép nhựa, trị giá 27 tỷ đồng.",
            "2025-09-20",
            "provincial",
            [
                "headline_merged",
                "region_prefix",
                "supply_contract",
                "firm_pair",
                "vina_dropped",
                "count",
                "deal_date",
            ],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Khuôn mẫu Sông Công", "Công ty CP"), f("Điện tử Seoyoung", "Công ty TNHH")],
            money=[m(27 * B, "VND")],
            quantities=[c(40, "bộ khuôn ép nhựa")],
            locations=[country("Hàn Quốc")],
            deals=[
                deal(
                    "supply_contract", ["Khuôn mẫu Sông Công", "Điện tử Seoyoung"], 27 * B, None, "2025-09-19"
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Khuôn mẫu Sông Công"), F("Điện tử Seoyoung")],
                    27 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3415,
            "Dệt may TNG (mã TNG) cho biết đơn hàng đã kín đến hết quý II/2026, riêng khách hàng Decathlon chiếm gần 40% sản lượng.",
            "2026-01-06",
            "ministry",
            ["stock_code", "orders_full", "percentage", "no_named_contract", "no_event"],
            firms=[f("Dệt may TNG"), f("Decathlon")],
            percentages=[40],
            events=[],
        ),
        h(
            3416,
            "HĐQT Công ty CP Đầu tư và Thương mại Sông Cầu Xanh ngày 18/6 đã duyệt phương án vay Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Thái Nguyên, hạn mức không quá 900 tỷ đồng, dùng cho tài trợ thương mại.",
            "2025-06-20",
            "ministry",
            ["board_resolution", "credit", "bank_branch", "announced", "firm_pair"],
            provinces=[pv("Thái Nguyên")],
            firms=[
                f("Đầu tư và Thương mại Sông Cầu Xanh", "Công ty CP"),
                f("Công Thương Việt Nam", "Ngân hàng TMCP"),
            ],
            money=[m(900 * B, "VND")],
            deals=[
                deal("cooperation", ["Đầu tư và Thương mại Sông Cầu Xanh", "Công Thương Việt Nam"], 900 * B)
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư và Thương mại Sông Cầu Xanh"), F("Công Thương Việt Nam")],
                    900 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3417,
            "Hội đồng quản trị cũng quyết định gộp xưởng may Đồng Hỷ 2 vào xưởng Đồng Hỷ 1 kể từ tháng 8 để giảm chi phí quản lý.",
            "2025-06-20",
            "ministry",
            ["branch_closed", "no_deal", "no_event"],
            events=[],
        ),
        h(
            3418,
            "Tỉnh nào vừa đón dự án bảng mạch 480 triệu USD? Sáng 6/4, Công ty TNHH Công nghệ Mạch in Kim Đỉnh Việt Nam, thành viên Tập đoàn Kim Đỉnh Điện tử (Thâm Quyến, Trung Quốc), khởi công nhà máy bảng mạch HDI tại KCN Yên Phong II-A, vốn 480 triệu USD (khoảng 12,3 nghìn tỷ đồng).",
            "2025-04-07",
            "provincial",
            [
                "clickbait_headline",
                "headline_merged",
                "groundbreaking",
                "member_of_group",
                "nghin_ty",
                "conversion_bracket",
                "deal_date",
                "amount_in_headline",
            ],
            firms=[f("Công nghệ Mạch in Kim Đỉnh", "Công ty TNHH"), f("Kim Đỉnh Điện tử", "Tập đoàn")],
            money=[m(480 * M, "USD"), m(12300 * B, "VND", None, True)],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Yên Phong II-A")],
            deals=[deal("groundbreaking", ["Công nghệ Mạch in Kim Đỉnh"], 480 * M, None, "2025-04-06")],
            events=[ev("groundbreaking", [F("Công nghệ Mạch in Kim Đỉnh")], 480 * M, "USD", None, "started")],
        ),
        h(
            3419,
            "Riêng khu vực Bắc Ninh cũ hiện có hơn 2.100 dự án FDI còn hiệu lực, phần lớn trong ngành điện tử.",
            "2025-04-07",
            "provincial",
            ["old_province_cu", "cumulative", "approx", "no_event"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(2100, "dự án", True)],
            events=[],
        ),
        h(
            3420,
            "Công ty TNHH Bao bì Carton Quế Võ Xanh đã ký hợp đồng nguyên tắc với Công ty TNHH Goertek Vina, cung cấp thùng carton 5 lớp cho nhà máy tai nghe trong năm 2026.",
            "2025-12-15",
            "provincial",
            ["framework_contract", "supply_contract", "firm_pair", "vina_dropped"],
            firms=[f("Bao bì Carton Quế Võ Xanh", "Công ty TNHH"), f("Goertek", "Công ty TNHH")],
            deals=[deal("supply_contract", ["Bao bì Carton Quế Võ Xanh", "Goertek"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Bao bì Carton Quế Võ Xanh"), F("Goertek")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3421,
            "Bắc Giang cũ - Công ty CP Phát triển KCN Hòa Phú Xanh bàn giao 15 ha đất đã san lấp cho Công ty TNHH Quang điện Tử Vân theo hợp đồng thuê lại đất ký hồi tháng 4.",
            "2025-08-11",
            "provincial",
            ["old_province_cu", "handover", "recalled_lease", "month_not_date", "area", "no_event"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Phát triển KCN Hòa Phú Xanh", "Công ty CP"), f("Quang điện Tử Vân", "Công ty TNHH")],
            areas=[ha(15)],
            deals=[deal("cooperation", ["Phát triển KCN Hòa Phú Xanh", "Quang điện Tử Vân"])],
            events=[],
        ),
        h(
            3422,
            "Sở Công Thương Bắc Ninh cho biết chương trình kết nối nhà cung ứng năm 2025 có 96 doanh nghiệp tham gia, 23 doanh nghiệp qua vòng đánh giá nhưng chưa ký được hợp đồng nào.",
            "2025-12-19",
            "ministry",
            ["programme_total", "count", "negated", "no_event"],
            organizations=["Sở Công Thương Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(96, "doanh nghiệp"), c(23, "doanh nghiệp")],
            events=[],
        ),
        h(
            3423,
            "Ông Park Jae-hoon - Tổng Giám đốc Công ty TNHH Điện tử Daesan Bắc Ninh nói, công ty sẽ chuyển thêm 2 dây chuyền từ Thiên Tân về Việt Nam nếu đạt thỏa thuận giá thuê xưởng.",
            "2025-05-22",
            "ministry",
            ["person_dash_role", "conditional", "plan", "no_event"],
            persons=[per("Park Jae-hoon", "Tổng Giám đốc Công ty TNHH Điện tử Daesan Bắc Ninh")],
            firms=[f("Điện tử Daesan Bắc Ninh", "Công ty TNHH")],
            quantities=[c(2, "dây chuyền")],
            events=[],
        ),
        h(
            3424,
            "Công ty CP Tự động hóa Đông Anh Xanh và Công ty TNHH Foxconn Quang Châu ký hợp đồng lắp đặt 120 robot hàn cho dây chuyền vỏ máy chủ, giá trị 96 tỷ đồng.",
            "2025-10-09",
            "ministry",
            ["nfd", "supply_contract", "firm_pair", "place_in_name", "count"],
            firms=[f("Tự động hóa Đông Anh Xanh", "Công ty CP"), f("Foxconn Quang Châu", "Công ty TNHH")],
            money=[m(96 * B, "VND")],
            quantities=[c(120, "robot hàn")],
            deals=[deal("supply_contract", ["Tự động hóa Đông Anh Xanh", "Foxconn Quang Châu"], 96 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Tự động hóa Đông Anh Xanh"), F("Foxconn Quang Châu")],
                    96 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3425,
            "Ngày 27/11, UBND tỉnh Bắc Ninh trao giấy chứng nhận đăng ký đầu tư điều chỉnh cho Công ty TNHH Amkor Technology Việt Nam, tăng vốn thêm 250 triệu USD, nâng tổng vốn dự án lên 1,85 tỷ USD.",
            "2025-11-28",
            "provincial",
            ["capital_increase", "government_party", "nang_tong_von", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Amkor Technology", "Công ty TNHH")],
            money=[m(250 * M, "USD"), m(1.85 * B, "USD")],
            deals=[deal("investment", ["Amkor Technology"], 250 * M, BN, "2025-11-27")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Bắc Ninh"), F("Amkor Technology")],
                    250 * M,
                    "USD",
                    BN,
                    "licensed",
                )
            ],
        ),
        h(
            3426,
            "Tin cho rằng Công ty TNHH Điện tử Hồng Hải Yên Phong đã ký hợp đồng thuê thêm 30 ha tại KCN Yên Phong II-C là chưa chính xác, đại diện chủ đầu tư hạ tầng khẳng định hai bên mới khảo sát.",
            "2025-07-31",
            "provincial",
            ["rumour_denied", "area", "no_contract", "no_event"],
            firms=[f("Điện tử Hồng Hải Yên Phong", "Công ty TNHH")],
            areas=[ha(30)],
            locations=[park("Khu công nghiệp Yên Phong II-C")],
            events=[],
        ),
        # --- Phú Thọ with the former Vĩnh Phúc, the former Hải Dương, Hà Nam and Ninh Bình ---
        h(
            3427,
            "Phú Thọ vừa điều chỉnh giấy chứng nhận cho hai nhà đầu tư FDI mở rộng sản xuất, nâng thêm 235 triệu USD vốn, tại buổi lễ chiều 8/1.",
            "2026-01-09",
            "provincial",
            ["licence_round", "unnamed_investors", "count", "no_event"],
            provinces=[pv("Phú Thọ")],
            money=[m(235 * M, "USD")],
            quantities=[c(2, "nhà đầu tư")],
            events=[],
        ),
        h(
            3428,
            "Dự án thứ nhất, nhà máy linh kiện camera của Công ty TNHH Quang học Sekonix Vĩnh Phúc (Hàn Quốc) tại KCN Bá Thiện II, bổ sung 110 triệu USD, nâng tổng vốn lên 260 triệu USD.",
            "2026-01-09",
            "provincial",
            [
                "du_an_thu_nhat",
                "capital_increase",
                "passive_licence",
                "nang_tong_von",
                "country_bracket",
                "place_in_name",
            ],
            firms=[f("Quang học Sekonix Vĩnh Phúc", "Công ty TNHH")],
            money=[m(110 * M, "USD"), m(260 * M, "USD")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Bá Thiện II")],
            deals=[deal("investment", ["Quang học Sekonix Vĩnh Phúc"], 110 * M)],
            events=[
                ev("investment_licence", [F("Quang học Sekonix Vĩnh Phúc")], 110 * M, "USD", None, "licensed")
            ],
        ),
        h(
            3429,
            "Dự án thứ hai do Công ty TNHH Mạch in Nippon Circuit Hòa Bình làm chủ đầu tư, điều chỉnh tăng vốn 125 triệu USD để lắp thêm 2 dây chuyền bảng mạch nhiều lớp tại KCN Lương Sơn.",
            "2026-01-09",
            "provincial",
            ["du_an_thu_hai", "capital_increase", "passive_licence", "place_in_name", "count"],
            firms=[f("Mạch in Nippon Circuit Hòa Bình", "Công ty TNHH")],
            money=[m(125 * M, "USD")],
            quantities=[c(2, "dây chuyền")],
            locations=[park("Khu công nghiệp Lương Sơn")],
            deals=[deal("investment", ["Mạch in Nippon Circuit Hòa Bình"], 125 * M)],
            events=[
                ev(
                    "investment_licence",
                    [F("Mạch in Nippon Circuit Hòa Bình")],
                    125 * M,
                    "USD",
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            3430,
            "Năm 2026, Ban Quản lý các KCN Phú Thọ phấn đấu thu hút 25-35 dự án FDI; tỉnh hiện có 31 khu công nghiệp đang hoạt động.",
            "2026-01-09",
            "provincial",
            ["target", "range", "count", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp Phú Thọ"],
            provinces=[pv("Phú Thọ")],
            quantities=[c(31, "khu công nghiệp")],
            events=[],
        ),
        h(
            3431,
            "Phúc Yên - Công ty TNHH Toyota Việt Nam và Công ty CP Nhựa Kỹ thuật Tam Dương ký hợp đồng cung ứng cụm ốp cản trước cho mẫu xe lắp ráp mới, là nhà cung cấp nội địa thứ 21 của hãng.",
            "2025-09-16",
            "provincial",
            ["dateline_dash", "supply_contract", "firm_pair", "ordinal_supplier"],
            firms=[f("Toyota", "Công ty TNHH"), f("Nhựa Kỹ thuật Tam Dương", "Công ty CP")],
            deals=[deal("supply_contract", ["Toyota", "Nhựa Kỹ thuật Tam Dương"])],
            events=[
                ev("supply_contract", [F("Toyota"), F("Nhựa Kỹ thuật Tam Dương")], None, None, None, "signed")
            ],
        ),
        h(
            3432,
            "Hiệp hội Doanh nghiệp Công nghiệp hỗ trợ Vĩnh Phúc vừa ký biên bản ghi nhớ với Công ty Ô tô Toyota Việt Nam để đưa 12 hội viên vào chương trình cải tiến sản xuất của hãng.",
            "2025-05-13",
            "ministry",
            ["firm_association_mou", "no_deal", "count", "cong_ty_form"],
            organizations=["Hiệp hội Doanh nghiệp Công nghiệp hỗ trợ Vĩnh Phúc"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Ô tô Toyota", "Công ty")],
            quantities=[c(12, "hội viên")],
            events=[
                ev(
                    "mou",
                    [F("Ô tô Toyota"), O("Hiệp hội Doanh nghiệp Công nghiệp hỗ trợ Vĩnh Phúc")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3433,
            "Phó Tổng Giám đốc Honda Việt Nam - ông Takahashi Kenji cho biết tỷ lệ nội địa hóa xe máy của hãng đã vượt 95%.",
            "2025-05-13",
            "ministry",
            ["role_dash_honorific_name", "percentage", "no_event"],
            persons=[per("Takahashi Kenji", "Phó Tổng Giám đốc Honda Việt Nam")],
            firms=[f("Honda")],
            percentages=[95],
            events=[],
        ),
        h(
            3434,
            "(BĐT) - Công ty CP May Tứ Kỳ Xanh vừa được UBND tỉnh Hải Dương (cũ) chấp thuận chủ trương và địa điểm đầu tư cho xưởng may gia công trên khu đất 21.400 m2 ở xã Cẩm Vũ.",
            "2025-02-25",
            "provincial",
            [
                "source_tag",
                "licence",
                "chu_truong_va_dia_diem",
                "old_province_cu",
                "m2_to_ha",
                "government_party",
            ],
            organizations=["Ủy ban nhân dân tỉnh Hải Dương"],
            provinces=[pv("Hải Dương")],
            firms=[f("May Tứ Kỳ Xanh", "Công ty CP")],
            areas=[ha(2.14)],
            deals=[deal("investment", ["May Tứ Kỳ Xanh"], None, HD)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Hải Dương"), F("May Tứ Kỳ Xanh")],
                    None,
                    None,
                    HD,
                    "licensed",
                )
            ],
        ),
        h(
            3435,
            "UBND thành phố Hải Phòng vừa quyết định thành lập hai cụm công nghiệp ở khu vực Hải Dương cũ là Cụm công nghiệp Thúc Kháng quy mô 68 ha và Cụm công nghiệp Phú Thứ 2 quy mô 72,5 ha, tổng vốn hạ tầng hơn 1.030 tỷ đồng.",
            "2025-10-14",
            "provincial",
            ["cluster_founding", "investor_in_next_row", "old_province_cu", "area", "approx", "no_event"],
            organizations=["Ủy ban nhân dân thành phố Hải Phòng"],
            provinces=[pv("Hải Phòng"), pv("Hải Dương")],
            money=[m(1030 * B, "VND", None, True)],
            areas=[ha(68), ha(72.5)],
            quantities=[c(2, "cụm công nghiệp")],
            locations=[park("Cụm công nghiệp Thúc Kháng"), park("Cụm công nghiệp Phú Thứ 2")],
            events=[],
        ),
        h(
            3436,
            "Chủ đầu tư hạ tầng của cả hai cụm là Công ty CP Phát triển Hạ tầng Công nghiệp Đông Hải Dương; hạn hoàn thành là cuối năm 2028.",
            "2025-10-14",
            "provincial",
            ["investor_split_row", "no_amount", "deadline"],
            firms=[f("Phát triển Hạ tầng Công nghiệp Đông Hải Dương", "Công ty CP")],
            deals=[deal("investment", ["Phát triển Hạ tầng Công nghiệp Đông Hải Dương"])],
            events=[],
        ),
        h(
            3437,
            "Nổi bật là nhà máy bút và giấy in 210 triệu USD của Công ty TNHH Vật phẩm Văn phòng Minh Hạo, đã được chấp thuận chủ trương từ tháng 11/2024, cần chừng 2.800 công nhân.",
            "2025-01-12",
            "provincial",
            ["recalled_licence", "month_not_date", "amount_before_firm", "approx", "count"],
            firms=[f("Vật phẩm Văn phòng Minh Hạo", "Công ty TNHH")],
            money=[m(210 * M, "USD")],
            quantities=[c(2800, "công nhân", True)],
            deals=[deal("investment", ["Vật phẩm Văn phòng Minh Hạo"], 210 * M)],
            events=[],
        ),
        h(
            3438,
            "Hội nghị xúc tiến đầu tư của Hải Phòng kết thúc với 19 quyết định chủ trương và 1 biên bản ghi nhớ được trao cho các nhà đầu tư.",
            "2025-01-12",
            "provincial",
            ["conference", "count", "unnamed_investors", "no_event"],
            provinces=[pv("Hải Phòng")],
            quantities=[c(19, "quyết định chủ trương"), c(1, "biên bản ghi nhớ")],
            events=[],
        ),
        h(
            3439,
            "Công ty TNHH Đóng tàu Sông Cấm Xanh ký thêm hợp đồng đóng mới 3 tàu chở dầu 7.000 tấn với Công ty Y-Marine (Hàn Quốc), nâng loạt tàu lên 11 chiếc.",
            "2025-09-03",
            "ministry",
            ["ky_them", "shipbuilding", "supply_contract", "firm_pair", "foreign_bare_cong_ty", "count"],
            firms=[f("Đóng tàu Sông Cấm Xanh", "Công ty TNHH"), f("Y-Marine", "Công ty")],
            quantities=[c(3, "tàu chở dầu"), c(11, "chiếc")],
            locations=[country("Hàn Quốc")],
            deals=[deal("supply_contract", ["Đóng tàu Sông Cấm Xanh", "Y-Marine"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Đóng tàu Sông Cấm Xanh"), F("Y-Marine")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3440,
            "Sáng 22/10, Công ty Đóng tàu Bạch Đằng Mới hạ thủy tàu hàng 22.000 tấn BD-07, chiếc thứ tư của loạt 6 tàu mà công ty nhận đóng cho Tập đoàn Vận tải biển Nordlys (Na Uy).",
            "2025-10-23",
            "ministry",
            ["launching", "recalled_contract", "series", "cong_ty_form", "country_bracket", "no_event"],
            firms=[f("Đóng tàu Bạch Đằng Mới", "Công ty"), f("Vận tải biển Nordlys", "Tập đoàn")],
            quantities=[c(6, "tàu")],
            locations=[country("Na Uy")],
            deals=[deal("supply_contract", ["Đóng tàu Bạch Đằng Mới", "Vận tải biển Nordlys"])],
            events=[],
        ),
        h(
            3441,
            "Công ty TNHH MTV Đóng tàu Hải Long (Nhà máy Z189 Xanh) vừa nhận đơn đóng mới 04 tàu cao tốc vỏ nhôm từ Công ty Seaways Offshore PTE. Ltd (Singapore); hợp đồng được ký ngày 6-1-2026.",
            "2026-01-08",
            "ministry",
            [
                "order_received",
                "dash_date",
                "zero_padded_count",
                "pte_ltd",
                "supply_contract",
                "firm_pair",
                "deal_date",
            ],
            firms=[f("Đóng tàu Hải Long", "Công ty TNHH MTV"), f("Seaways Offshore", "Pte. Ltd.")],
            quantities=[c(4, "tàu cao tốc vỏ nhôm")],
            locations=[country("Singapore")],
            deals=[
                deal("supply_contract", ["Đóng tàu Hải Long", "Seaways Offshore"], None, None, "2026-01-06")
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Đóng tàu Hải Long"), F("Seaways Offshore")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3442,
            "Hà Nam (cũ) - Ngày 12/3, UBND tỉnh Hà Nam trao giấy chứng nhận đăng ký đầu tư cho Công ty CP Hạ tầng Duy Tiên Xanh, dự án hạ tầng KCN Kim Bảng I rộng 188 ha, vốn hơn 2.640 tỷ đồng.",
            "2025-03-13",
            "provincial",
            [
                "old_province_cu",
                "licence",
                "park_developer",
                "government_party",
                "area",
                "approx",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân tỉnh Hà Nam"],
            provinces=[pv("Hà Nam")],
            firms=[f("Hạ tầng Duy Tiên Xanh", "Công ty CP")],
            money=[m(2640 * B, "VND", None, True)],
            areas=[ha(188)],
            locations=[park("Khu công nghiệp Kim Bảng I")],
            deals=[deal("investment", ["Hạ tầng Duy Tiên Xanh"], 2640 * B, HNA, "2025-03-12")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Hà Nam"), F("Hạ tầng Duy Tiên Xanh")],
                    2640 * B,
                    "VND",
                    HNA,
                    "licensed",
                )
            ],
        ),
        h(
            3443,
            "Lãnh đạo tỉnh cam kết dành khoảng 1 ha trong KCN Châu Sơn cho một nhà sản xuất linh kiện cao su mới đến khảo sát, kèm ưu đãi giảm tiền thuê đất.",
            "2025-04-17",
            "provincial",
            ["unnamed_investor", "approx", "incentive", "no_event"],
            areas=[ha(1, True)],
            locations=[park("Khu công nghiệp Châu Sơn")],
            events=[],
        ),
        h(
            3444,
            "Công ty CP Thép Kim Bảng Xanh ký hợp đồng thuê 4,6 ha tại KCN Thái Hà với Công ty CP Đầu tư Hợp Tiến Lý Nhân để làm nhà máy kết cấu thép.",
            "2025-06-05",
            "provincial",
            ["lease", "park_developer", "firm_pair", "area"],
            firms=[f("Thép Kim Bảng Xanh", "Công ty CP"), f("Đầu tư Hợp Tiến Lý Nhân", "Công ty CP")],
            areas=[ha(4.6)],
            locations=[park("Khu công nghiệp Thái Hà")],
            deals=[deal("cooperation", ["Thép Kim Bảng Xanh", "Đầu tư Hợp Tiến Lý Nhân"])],
            events=[
                ev(
                    "cooperation",
                    [F("Thép Kim Bảng Xanh"), F("Đầu tư Hợp Tiến Lý Nhân")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3445,
            "Ninh Bình - Nhà máy lắp ráp xe tải nhẹ của Công ty CP Ô tô Đồng Văn Hồng Đức đã chạy thử thành công; trước đó, ngày 14/2, công ty đã ký hợp đồng mua dây chuyền sơn tĩnh điện của Công ty TNHH Thiết bị Dürr Việt Nam.",
            "2025-09-26",
            "provincial",
            ["dateline_dash", "trial_run", "truoc_do", "recalled_contract", "deal_date"],
            provinces=[pv("Ninh Bình")],
            firms=[f("Ô tô Đồng Văn Hồng Đức", "Công ty CP"), f("Thiết bị Dürr", "Công ty TNHH")],
            deals=[
                deal("supply_contract", ["Ô tô Đồng Văn Hồng Đức", "Thiết bị Dürr"], None, None, "2025-02-14")
            ],
            events=[],
        ),
        h(
            3446,
            "Theo lãnh đạo Ban Quản lý các KCN tỉnh Ninh Bình, 10 tháng năm 2025 các KCN của tỉnh thu hút 14 dự án mới và 9 lượt dự án tăng vốn, nhưng vốn thực hiện chỉ đạt 41% kế hoạch.",
            "2025-11-05",
            "provincial",
            ["period_total", "count", "percentage", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Ninh Bình"],
            provinces=[pv("Ninh Bình")],
            percentages=[41],
            quantities=[c(14, "dự án"), c(9, "lượt")],
            events=[],
        ),
        # --- Thanh Hóa: footwear and garments ---
        h(
            3447,
            "Sáng 12/8, tại xã Hà Long, Tập đoàn Phong Thái (Đài Loan) khởi công nhà máy giầy thể thao Everwin, vốn hơn 1.020 tỷ đồng, tương đương 40 triệu USD, là nhà máy thứ 14 mà tập đoàn này mở tại Thanh Hóa.",
            "2025-08-13",
            "provincial",
            ["groundbreaking", "tuong_duong", "approx", "ordinal_plant", "country_bracket", "deal_date"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Phong Thái", "Tập đoàn")],
            money=[m(1020 * B, "VND", None, True), m(40 * M, "USD")],
            locations=[country("Đài Loan")],
            deals=[deal("groundbreaking", ["Phong Thái"], 1020 * B, TH, "2025-08-12")],
            events=[ev("groundbreaking", [F("Phong Thái")], 1020 * B, "VND", TH, "started")],
        ),
        h(
            3448,
            "Tại lễ khởi công, Phó Chủ tịch UBND tỉnh Thanh Hóa Mai Xuân Bình yêu cầu nhà đầu tư ưu tiên tuyển lao động địa phương và hoàn thành nhà máy trong quý II/2026.",
            "2025-08-13",
            "provincial",
            ["speech", "person_role_before_no_comma", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Thanh Hóa"],
            persons=[per("Mai Xuân Bình", "Phó Chủ tịch UBND tỉnh Thanh Hóa")],
            provinces=[pv("Thanh Hóa")],
            events=[],
        ),
        h(
            3449,
            "Nhà đầu tư, Công ty TNHH Balo Trekking Việt Nam (thành viên Trekking Gear Holdings, Singapore), nhận chủ trương đầu tư theo Quyết định số 3127/QĐ từ tháng 9/2024.",
            "2025-03-19",
            "provincial",
            [
                "recalled_licence",
                "decision_no_suffix",
                "month_not_date",
                "member_of_group",
                "country_in_bracket",
            ],
            decisions=[d("3127/QĐ")],
            firms=[f("Balo Trekking", "Công ty TNHH"), f("Trekking Gear Holdings")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Balo Trekking"])],
            events=[],
        ),
        h(
            3450,
            "Vốn dự án 912 tỷ đồng; nhà đầu tư tự góp 182 tỷ đồng, tức 20%, phần còn lại đi vay.",
            "2025-03-19",
            "provincial",
            ["capital_structure", "percentage", "no_event"],
            money=[m(912 * B, "VND"), m(182 * B, "VND")],
            percentages=[20],
            events=[],
        ),
        h(
            3451,
            "Ngày 11/9, Công ty trách nhiệm hữu hạn Dệt kim Đông Á Knitwear cùng Công ty cổ phần tập đoàn Hưng Việt Thanh Hóa làm lễ động thổ nhà máy dệt kim tại Cụm công nghiệp Hoằng Long, vốn hơn 1.050 tỷ đồng.",
            "2025-09-12",
            "provincial",
            [
                "groundbreaking",
                "co_groundbreaking",
                "firm_pair",
                "long_form_tnhh",
                "lower_case_forms",
                "cluster",
                "approx",
                "deal_date",
            ],
            firms=[f("Dệt kim Đông Á Knitwear", "Công ty TNHH"), f("Hưng Việt Thanh Hóa", "Công ty CP")],
            money=[m(1050 * B, "VND", None, True)],
            locations=[park("Cụm công nghiệp Hoằng Long")],
            deals=[
                deal("groundbreaking", ["Dệt kim Đông Á Knitwear"], 1050 * B, None, "2025-09-11"),
                deal("groundbreaking", ["Hưng Việt Thanh Hóa"], 1050 * B, None, "2025-09-11"),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Dệt kim Đông Á Knitwear"), F("Hưng Việt Thanh Hóa")],
                    1050 * B,
                    "VND",
                    None,
                    "started",
                )
            ],
        ),
        h(
            3452,
            "Ngành da giày Thanh Hóa đang thiếu khoảng 12.000 lao động khi nhiều nhà máy mới cùng tuyển dụng trong quý IV.",
            "2025-10-21",
            "provincial",
            ["labour", "approx", "count", "no_event"],
            provinces=[pv("Thanh Hóa")],
            quantities=[c(12000, "lao động", True)],
            events=[],
        ),
        h(
            3453,
            "Khu kinh tế Nghi Sơn - Công ty TNHH Xi măng Long Sơn Xanh và Công ty CP Cảng Quốc tế Nghi Sơn Mới ký hợp đồng bốc xếp 2,4 triệu tấn clinker xuất khẩu trong năm 2026, giá trị khoảng 118 tỷ đồng.",
            "2025-12-23",
            "provincial",
            ["zone_dateline", "supply_contract", "firm_pair", "count", "approx"],
            firms=[f("Xi măng Long Sơn Xanh", "Công ty TNHH"), f("Cảng Quốc tế Nghi Sơn Mới", "Công ty CP")],
            money=[m(118 * B, "VND", None, True)],
            quantities=[c(2_400_000, "tấn")],
            locations=[zone("Khu kinh tế Nghi Sơn")],
            deals=[deal("supply_contract", ["Xi măng Long Sơn Xanh", "Cảng Quốc tế Nghi Sơn Mới"], 118 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Xi măng Long Sơn Xanh"), F("Cảng Quốc tế Nghi Sơn Mới")],
                    118 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3454,
            "Theo Quyết định số 1452/QĐ-UBND ngày 21/4/2025, UBND tỉnh Thanh Hóa chấp thuận cho Công ty TNHH May Hoằng Tiến mở rộng xưởng may, dự kiến tuyển thêm 800 công nhân.",
            "2025-04-25",
            "legal",
            ["decision_with_date", "licence", "theo_quyet_dinh", "count"],
            organizations=["Ủy ban nhân dân tỉnh Thanh Hóa"],
            provinces=[pv("Thanh Hóa")],
            decisions=[d("1452/QĐ-UBND", "2025-04-21")],
            firms=[f("May Hoằng Tiến", "Công ty TNHH")],
            quantities=[c(800, "công nhân")],
            deals=[deal("investment", ["May Hoằng Tiến"], None, TH, "2025-04-21")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Thanh Hóa"), F("May Hoằng Tiến")],
                    None,
                    None,
                    TH,
                    "licensed",
                )
            ],
        ),
        h(
            3455,
            "Công ty CP Giầy Bỉm Sơn Xanh vừa nhận đơn hàng 1,2 triệu đôi giày chạy bộ từ Tập đoàn Asics (Nhật Bản), giao trong 8 tháng, song chưa công bố giá trị hợp đồng.",
            "2025-11-03",
            "ministry",
            [
                "order_received",
                "supply_contract",
                "firm_pair",
                "country_bracket",
                "count",
                "undisclosed_value",
            ],
            firms=[f("Giầy Bỉm Sơn Xanh", "Công ty CP"), f("Asics", "Tập đoàn")],
            quantities=[c(1_200_000, "đôi giày chạy bộ")],
            locations=[country("Nhật Bản")],
            deals=[deal("supply_contract", ["Giầy Bỉm Sơn Xanh", "Asics"])],
            events=[ev("supply_contract", [F("Giầy Bỉm Sơn Xanh"), F("Asics")], None, None, None, "signed")],
        ),
        h(
            3456,
            "Lao Động - Sau 3 tháng nợ lương, Công ty TNHH Giày Nga Sơn Phát đã thanh lý hợp đồng thuê nhà xưởng và cam kết trả đủ 14,6 tỷ đồng cho 1.100 công nhân trước Tết.",
            "2025-12-29",
            "provincial",
            ["source_tag", "terminated_lease", "wage_arrears", "count", "no_event"],
            firms=[f("Giày Nga Sơn Phát", "Công ty TNHH")],
            money=[m(14.6 * B, "VND")],
            quantities=[c(1100, "công nhân")],
            events=[],
        ),
        h(
            3457,
            "Thanh Hoá: Khánh thành nhà máy may xuất khẩu tại Cẩm Thủy Ngày 3/9, Công ty CP May Cẩm Thủy Hồng Phúc khánh thành nhà máy may 24 chuyền, vốn 310 tỷ đồng, giải quyết việc làm cho 2.500 lao động.",
            "2025-09-04",
            "provincial",
            ["old_tone", "headline_merged", "region_prefix", "inauguration", "count", "deal_date"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("May Cẩm Thủy Hồng Phúc", "Công ty CP")],
            money=[m(310 * B, "VND")],
            quantities=[c(24, "chuyền"), c(2500, "lao động")],
            deals=[deal("investment", ["May Cẩm Thủy Hồng Phúc"], 310 * B, None, "2025-09-03")],
            events=[ev("inauguration", [F("May Cẩm Thủy Hồng Phúc")], 310 * B, "VND", None, "completed")],
        ),
        h(
            3458,
            "Công ty CP Đầu tư Phát triển Hạ tầng Lam Sơn - Sao Vàng thông báo đã ký hợp đồng cho Công ty TNHH Linh kiện Điện tử Sunrise Tech thuê 7 ha trong KCN Lam Sơn - Sao Vàng.",
            "2025-07-08",
            "ministry",
            ["lease", "park_developer", "firm_pair", "dash_in_name", "area"],
            firms=[
                f("Đầu tư Phát triển Hạ tầng Lam Sơn - Sao Vàng", "Công ty CP"),
                f("Linh kiện Điện tử Sunrise Tech", "Công ty TNHH"),
            ],
            areas=[ha(7)],
            locations=[park("Khu công nghiệp Lam Sơn - Sao Vàng")],
            deals=[
                deal(
                    "cooperation",
                    ["Đầu tư Phát triển Hạ tầng Lam Sơn - Sao Vàng", "Linh kiện Điện tử Sunrise Tech"],
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư Phát triển Hạ tầng Lam Sơn - Sao Vàng"), F("Linh kiện Điện tử Sunrise Tech")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        # --- An Giang, Kiên Giang, Đồng Tháp: rice, fruit and fish linkage ---
        h(
            3459,
            "Danh sách doanh nghiệp bao tiêu lúa ở An Giang năm nay có 28 đơn vị, dẫn đầu là Công ty CP Tập đoàn Lộc Trời, Công ty CP Xuất nhập khẩu An Giang và Công ty CP Lương thực Châu Đốc Xanh.",
            "2025-07-09",
            "provincial",
            ["list_of_firms", "count", "no_counterparty", "no_event"],
            provinces=[pv("An Giang")],
            firms=[
                f("Lộc Trời", "Công ty CP"),
                f("Xuất nhập khẩu An Giang", "Công ty CP"),
                f("Lương thực Châu Đốc Xanh", "Công ty CP"),
            ],
            quantities=[c(28, "đơn vị")],
            events=[],
        ),
        h(
            3460,
            "Vụ Đông Xuân 2025-2026, Hợp tác xã Nông nghiệp Tân Thạnh Phú Tân ký hợp đồng bao tiêu 1.200 ha lúa thơm với Công ty CP Gạo Hạt Ngọc Long Xuyên, giá cao hơn thị trường 300 đồng/kg.",
            "2025-11-26",
            "provincial",
            ["cooperative", "offtake", "supply_contract", "firm_pair", "area", "price_per_kg"],
            firms=[
                f("Nông nghiệp Tân Thạnh Phú Tân", "Hợp tác xã"),
                f("Gạo Hạt Ngọc Long Xuyên", "Công ty CP"),
            ],
            areas=[ha(1200)],
            deals=[deal("supply_contract", ["Nông nghiệp Tân Thạnh Phú Tân", "Gạo Hạt Ngọc Long Xuyên"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Nông nghiệp Tân Thạnh Phú Tân"), F("Gạo Hạt Ngọc Long Xuyên")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3461,
            "Công ty CP Lương thực Bình An Tri Tôn (thành viên Công ty CP Tập đoàn Tân Hưng Phát) đã nâng vùng lúa liên kết từ 300 ha ở vụ đầu lên 2.400 ha mỗi vụ.",
            "2025-07-09",
            "provincial",
            ["subsidiary_bracket", "linkage_with_farmers", "area", "no_counterparty", "no_event"],
            firms=[f("Lương thực Bình An Tri Tôn", "Công ty CP"), f("Tân Hưng Phát", "Công ty CP")],
            areas=[ha(300), ha(2400)],
            events=[],
        ),
        h(
            3462,
            "Tập đoàn Tân Hưng Phát cam kết cùng UBND tỉnh An Giang xây vùng lúa 40.000 ha đạt chuẩn xuất khẩu trong 5 năm, theo thỏa thuận hợp tác hai bên ký sáng 17/9.",
            "2025-09-18",
            "provincial",
            ["province_group_agreement", "government_party", "mou", "area", "no_deal"],
            organizations=["Ủy ban nhân dân tỉnh An Giang"],
            provinces=[pv("An Giang")],
            firms=[f("Tân Hưng Phát", "Tập đoàn")],
            areas=[ha(40000)],
            events=[ev("mou", [G("UBND tỉnh An Giang"), F("Tân Hưng Phát")], None, None, AG, "signed")],
        ),
        h(
            3463,
            "Phát biểu tại lễ ký, Thứ trưởng Bộ Nông nghiệp và Môi trường Hoàng Trung Kiên đánh giá cao việc doanh nghiệp đầu tư kho sấy gần vùng nguyên liệu.",
            "2025-09-18",
            "ministry",
            ["speech", "person_role_before_no_comma", "no_event"],
            organizations=["Bộ Nông nghiệp và Môi trường"],
            persons=[per("Hoàng Trung Kiên", "Thứ trưởng Bộ Nông nghiệp và Môi trường")],
            events=[],
        ),
        h(
            3464,
            "Kiên Giang (cũ): Công ty TNHH Chế biến Thủy sản Rạch Giá Xanh khởi công nhà máy surimi 25.000 tấn/năm tại KCN Thạnh Lộc, vốn 540 tỷ đồng, ngày 17/3.",
            "2025-03-18",
            "provincial",
            [
                "old_province_cu",
                "region_prefix",
                "groundbreaking",
                "capacity_not_quantity",
                "date_at_end",
                "deal_date",
            ],
            provinces=[pv("Kiên Giang")],
            firms=[f("Chế biến Thủy sản Rạch Giá Xanh", "Công ty TNHH")],
            money=[m(540 * B, "VND")],
            locations=[park("Khu công nghiệp Thạnh Lộc")],
            deals=[deal("groundbreaking", ["Chế biến Thủy sản Rạch Giá Xanh"], 540 * B, None, "2025-03-17")],
            events=[
                ev("groundbreaking", [F("Chế biến Thủy sản Rạch Giá Xanh")], 540 * B, "VND", None, "started")
            ],
        ),
        h(
            3465,
            "Thiếu cá nguyên liệu do sản lượng đánh bắt sụt giảm, một số nhà máy chế biến ở Kiên Giang đã chuyển sang mua cá tạp từ Indonesia.",
            "2025-08-06",
            "provincial",
            ["market_context", "no_event"],
            provinces=[pv("Kiên Giang")],
            locations=[country("Indonesia")],
            events=[],
        ),
        h(
            3466,
            "TT - Ngày 3-12, Hợp tác xã Trái cây Xuân Lập (Đồng Nai) công bố hợp đồng cung cấp bơ sáp và măng cụt cho Công ty TNHH Aeon Việt Nam, khoảng 60 tấn trong năm tới.",
            "2025-12-04",
            "provincial",
            [
                "source_tag",
                "dash_date",
                "cooperative",
                "supply_contract",
                "firm_pair",
                "province_bracket",
                "count",
            ],
            provinces=[pv("Đồng Nai")],
            firms=[f("Trái cây Xuân Lập", "Hợp tác xã"), f("Aeon", "Công ty TNHH")],
            quantities=[c(60, "tấn", True)],
            deals=[deal("supply_contract", ["Trái cây Xuân Lập", "Aeon"], None, None, "2025-12-03")],
            events=[
                ev(
                    "supply_contract",
                    [F("Trái cây Xuân Lập"), F("Aeon")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3467,
            "Đồng Tháp - Công ty CP Xuất nhập khẩu Trái cây Cao Lãnh Xanh ký hợp đồng xuất khẩu 3.000 tấn xoài cát Hòa Lộc sang Hàn Quốc với Công ty TNHH Fresh Asia Trading, giá trị khoảng 5,8 triệu USD.",
            "2025-05-28",
            "provincial",
            ["dateline_dash", "supply_contract", "firm_pair", "count", "approx"],
            provinces=[pv("Đồng Tháp")],
            firms=[
                f("Xuất nhập khẩu Trái cây Cao Lãnh Xanh", "Công ty CP"),
                f("Fresh Asia Trading", "Công ty TNHH"),
            ],
            money=[m(5.8 * M, "USD", None, True)],
            quantities=[c(3000, "tấn")],
            locations=[country("Hàn Quốc")],
            deals=[
                deal(
                    "supply_contract",
                    ["Xuất nhập khẩu Trái cây Cao Lãnh Xanh", "Fresh Asia Trading"],
                    5.8 * M,
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Xuất nhập khẩu Trái cây Cao Lãnh Xanh"), F("Fresh Asia Trading")],
                    5.8 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3468,
            "Công ty CP Thủy sản Sa Đéc Xanh (HoSE: SDX) công bố hợp đồng bán 4.500 tấn cá tra phi lê cho Tập đoàn Sysco (Mỹ) trong năm 2026, giá trị 15,3 triệu USD.",
            "2025-12-17",
            "ministry",
            ["stock_code", "supply_contract", "firm_pair", "country_bracket", "count"],
            firms=[f("Thủy sản Sa Đéc Xanh", "Công ty CP"), f("Sysco", "Tập đoàn")],
            money=[m(15.3 * M, "USD")],
            quantities=[c(4500, "tấn")],
            locations=[country("Mỹ")],
            deals=[deal("supply_contract", ["Thủy sản Sa Đéc Xanh", "Sysco"], 15.3 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Thủy sản Sa Đéc Xanh"), F("Sysco")],
                    15.3 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3469,
            "Dù đã đàm phán hơn nửa năm, Công ty CP Thức ăn Chăn nuôi Tháp Mười Xanh và đối tác Thái Lan vẫn chưa chốt được hợp đồng mua lại nhà máy thức ăn thủy sản ở Tân Hồng.",
            "2025-10-30",
            "provincial",
            ["negotiation", "negated", "unnamed_partner", "no_event"],
            firms=[f("Thức ăn Chăn nuôi Tháp Mười Xanh", "Công ty CP")],
            locations=[country("Thái Lan")],
            events=[],
        ),
        # --- Vĩnh Long, Trà Vinh, Bến Tre: wind, coconut, parks ---
        h(
            3470,
            "Dự án điện gió Duyên Hải 5 (vốn 132 triệu USD, 100% vốn nước ngoài) của Công ty TNHH MTV Điện gió Duyên Hải Xanh đã được Ban Quản lý Khu kinh tế Trà Vinh cấp giấy chứng nhận đầu tư hôm 10/6.",
            "2025-06-12",
            "provincial",
            ["project_first", "licence", "passive_licence", "bracket_share", "percentage", "deal_date"],
            organizations=["Ban Quản lý Khu kinh tế Trà Vinh"],
            provinces=[pv("Trà Vinh")],
            firms=[f("Điện gió Duyên Hải Xanh", "Công ty TNHH MTV")],
            money=[m(132 * M, "USD")],
            percentages=[100],
            deals=[deal("investment", ["Điện gió Duyên Hải Xanh"], 132 * M, TV, "2025-06-10")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Trà Vinh"), F("Điện gió Duyên Hải Xanh")],
                    132 * M,
                    "USD",
                    TV,
                    "licensed",
                )
            ],
        ),
        h(
            3471,
            "Chủ đầu tư là liên danh giữa Tập đoàn Năng lượng Phúc Hưng và Công ty Gulf Wind Power Public (GWP) đến từ Vương quốc Thái Lan; dự án có 14 tua-bin, vốn khoảng 2.450 tỷ đồng.",
            "2025-06-12",
            "provincial",
            [
                "lien_danh",
                "joint_investors",
                "acronym_bracket",
                "vuong_quoc",
                "count",
                "approx",
                "project_line",
            ],
            firms=[f("Năng lượng Phúc Hưng", "Tập đoàn"), f("Gulf Wind Power Public", "Công ty")],
            money=[m(2450 * B, "VND", None, True)],
            quantities=[c(14, "tua-bin")],
            locations=[country("Thái Lan")],
            deals=[deal("investment", ["Năng lượng Phúc Hưng", "Gulf Wind Power Public"], 2450 * B)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Năng lượng Phúc Hưng"), F("Gulf Wind Power Public")],
                    2450 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3472,
            "Bến Tre (cũ) - Sáng 14/4, tại xã Bảo Thạnh, dự án điện gió Bình Thắng 2 (50 MW) của Công ty CP Điện gió Cửu Long Xanh, đơn vị thuộc Tập đoàn Năng lượng Phương Nam, chính thức động thổ; vốn gần 2.200 tỷ đồng.",
            "2025-04-15",
            "provincial",
            [
                "old_province_cu",
                "groundbreaking",
                "member_of_group",
                "capacity_not_quantity",
                "approx",
                "deal_date",
            ],
            provinces=[pv("Bến Tre")],
            firms=[f("Điện gió Cửu Long Xanh", "Công ty CP"), f("Năng lượng Phương Nam", "Tập đoàn")],
            money=[m(2200 * B, "VND", None, True)],
            deals=[deal("groundbreaking", ["Điện gió Cửu Long Xanh"], 2200 * B, None, "2025-04-14")],
            events=[ev("groundbreaking", [F("Điện gió Cửu Long Xanh")], 2200 * B, "VND", None, "started")],
        ),
        h(
            3473,
            "Nhân dịp này, chủ đầu tư tặng 450 triệu đồng cho quỹ khuyến học của huyện Ba Tri.",
            "2025-04-15",
            "provincial",
            ["donation", "no_event"],
            money=[m(450 * M, "VND")],
            locations=[district("huyện Ba Tri")],
            events=[],
        ),
        h(
            3474,
            "Công ty CP Điện gió Cửu Long Xanh đã ký hợp đồng EPC với Tổng công ty Xây lắp Dầu khí Việt Nam - CTCP cho phần móng và lắp dựng tua-bin, trị giá 1.460 tỷ đồng.",
            "2025-04-15",
            "provincial",
            ["epc", "supply_contract", "firm_pair", "tong_cong_ty_ctcp"],
            firms=[f("Điện gió Cửu Long Xanh", "Công ty CP"), f("Xây lắp Dầu khí Việt Nam", "Tổng công ty")],
            money=[m(1460 * B, "VND")],
            deals=[deal("supply_contract", ["Điện gió Cửu Long Xanh", "Xây lắp Dầu khí Việt Nam"], 1460 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện gió Cửu Long Xanh"), F("Xây lắp Dầu khí Việt Nam")],
                    1460 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3475,
            "Công ty TNHH Thạch Dừa Mỏ Cày Xanh ký hợp đồng thu mua 8 triệu trái dừa khô mỗi năm với Hợp tác xã Dừa hữu cơ Thạnh Phú, giá ổn định 3 năm.",
            "2025-04-15",
            "provincial",
            ["cooperative", "offtake", "supply_contract", "firm_pair", "count"],
            firms=[f("Thạch Dừa Mỏ Cày Xanh", "Công ty TNHH"), f("Dừa hữu cơ Thạnh Phú", "Hợp tác xã")],
            quantities=[c(8_000_000, "trái dừa khô")],
            deals=[deal("supply_contract", ["Thạch Dừa Mỏ Cày Xanh", "Dừa hữu cơ Thạnh Phú"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Thạch Dừa Mỏ Cày Xanh"), F("Dừa hữu cơ Thạnh Phú")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3476,
            "Quyết định số 1094/QĐ-TTg do Phó Thủ tướng Trần Hồng Hà ký giao Công ty CP KCN Mekong Vĩnh Long làm nhà đầu tư hạ tầng KCN Hòa Phú 2 (tỉnh Vĩnh Long), quy mô 246 ha.",
            "2025-06-03",
            "legal",
            [
                "deputy_pm_decision",
                "licence",
                "no_government_party",
                "nha_dau_tu_la",
                "area",
                "park_developer",
            ],
            persons=[per("Trần Hồng Hà", "Phó Thủ tướng")],
            provinces=[pv("Vĩnh Long")],
            decisions=[d("1094/QĐ-TTg")],
            firms=[f("KCN Mekong Vĩnh Long", "Công ty CP")],
            areas=[ha(246)],
            locations=[park("Khu công nghiệp Hòa Phú 2")],
            deals=[deal("investment", ["KCN Mekong Vĩnh Long"], None, VL)],
            events=[ev("investment_licence", [F("KCN Mekong Vĩnh Long")], None, None, VL, "licensed")],
        ),
        h(
            3477,
            "Ngoài Khu kinh tế Định An, Trà Vinh còn ba khu công nghiệp là Long Đức, Cầu Quan và Cổ Chiên; riêng KCN Long Đức đã lấp đầy 92%.",
            "2025-05-06",
            "provincial",
            ["park_list", "count", "percentage", "no_event"],
            provinces=[pv("Trà Vinh")],
            percentages=[92],
            quantities=[c(3, "khu công nghiệp")],
            locations=[
                zone("Khu kinh tế Định An"),
                park("Khu công nghiệp Long Đức"),
                park("Khu công nghiệp Cầu Quan"),
                park("Khu công nghiệp Cổ Chiên"),
            ],
            events=[],
        ),
        h(
            3478,
            "Công ty TNHH Giày Da Vĩnh Long Phú An đã ký phụ lục hợp đồng với Tập đoàn Nike (Mỹ) tăng sản lượng giày năm 2026 thêm 18%.",
            "2025-10-28",
            "ministry",
            ["nfd", "contract_annex", "supply_contract", "firm_pair", "country_bracket", "percentage"],
            firms=[f("Giày Da Vĩnh Long Phú An", "Công ty TNHH"), f("Nike", "Tập đoàn")],
            locations=[country("Mỹ")],
            percentages=[18],
            deals=[deal("supply_contract", ["Giày Da Vĩnh Long Phú An", "Nike"])],
            events=[
                ev("supply_contract", [F("Giày Da Vĩnh Long Phú An"), F("Nike")], None, None, None, "signed")
            ],
        ),
        # --- Energy: DPPA, rooftop solar, PPAs ---
        h(
            3479,
            "Công ty CP Năng lượng Mặt trời Phong Điền Xanh và Công ty TNHH Lego Manufacturing Việt Nam ký hợp đồng mua bán điện trực tiếp (DPPA) qua lưới điện quốc gia, thời hạn 15 năm.",
            "2025-09-25",
            "ministry",
            ["dppa", "supply_contract", "firm_pair", "acronym_bracket", "term_years"],
            firms=[
                f("Năng lượng Mặt trời Phong Điền Xanh", "Công ty CP"),
                f("Lego Manufacturing", "Công ty TNHH"),
            ],
            deals=[deal("supply_contract", ["Năng lượng Mặt trời Phong Điền Xanh", "Lego Manufacturing"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Năng lượng Mặt trời Phong Điền Xanh"), F("Lego Manufacturing")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3480,
            "Theo Nghị định 57/2025/NĐ-CP, khách hàng sử dụng điện lớn có sản lượng bình quân từ 200.000 kWh/tháng trở lên được mua điện trực tiếp từ đơn vị phát điện năng lượng tái tạo.",
            "2025-04-02",
            "legal",
            ["decree_reference", "threshold", "no_event"],
            decisions=[d("57/2025/NĐ-CP")],
            events=[],
        ),
        h(
            3481,
            "Giá điện trong hợp đồng DPPA do hai bên tự thỏa thuận; với mô hình qua lưới quốc gia, bên mua vẫn trả phí truyền tải và phân phối cho đơn vị điện lực.",
            "2025-04-02",
            "ministry",
            ["explainer", "no_party", "no_event"],
            events=[],
        ),
        h(
            3482,
            "Tổng công ty Điện lực miền Nam và Công ty CP Điện mặt trời Tây Ninh Xanh ký hợp đồng mua bán điện cho nhà máy 50 MWp, giá tạm tính 1.184,9 đồng/kWh.",
            "2025-03-27",
            "ministry",
            ["ppa", "supply_contract", "firm_pair", "tong_cong_ty", "price_per_kwh", "capacity_not_quantity"],
            firms=[f("Điện lực miền Nam", "Tổng công ty"), f("Điện mặt trời Tây Ninh Xanh", "Công ty CP")],
            deals=[deal("supply_contract", ["Điện lực miền Nam", "Điện mặt trời Tây Ninh Xanh"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện lực miền Nam"), F("Điện mặt trời Tây Ninh Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3483,
            "Công ty TNHH Giải pháp Năng lượng Solarvina Xanh sẽ lắp 9,8 MWp điện mặt trời áp mái cho 4 nhà máy của Công ty TNHH Dệt Pacific Crystal Hưng Yên theo hợp đồng thuê mái 20 năm ký hôm 2/10.",
            "2025-10-04",
            "ministry",
            [
                "rooftop_solar",
                "roof_lease",
                "cooperation",
                "firm_pair",
                "place_in_name",
                "count",
                "deal_date",
            ],
            firms=[
                f("Giải pháp Năng lượng Solarvina Xanh", "Công ty TNHH"),
                f("Dệt Pacific Crystal Hưng Yên", "Công ty TNHH"),
            ],
            quantities=[c(4, "nhà máy")],
            deals=[
                deal(
                    "cooperation",
                    ["Giải pháp Năng lượng Solarvina Xanh", "Dệt Pacific Crystal Hưng Yên"],
                    None,
                    None,
                    "2025-10-02",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Giải pháp Năng lượng Solarvina Xanh"), F("Dệt Pacific Crystal Hưng Yên")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3484,
            "Nhiều nhãn hàng thời trang quốc tế yêu cầu nhà cung cấp tại Việt Nam dùng điện tái tạo cho ít nhất một nửa sản lượng từ năm 2030.",
            "2025-04-02",
            "ministry",
            ["buyer_requirement", "no_event"],
            events=[],
        ),
        h(
            3485,
            "Công ty CP Điện gió Hướng Hóa Xanh vừa được Ngân hàng TMCP Ngoại thương Việt Nam giải ngân khoản vay 650 tỷ đồng theo hợp đồng tín dụng ký năm 2024.",
            "2025-05-16",
            "ministry",
            ["disbursement", "recalled_credit", "year_not_date", "no_event"],
            firms=[f("Điện gió Hướng Hóa Xanh", "Công ty CP"), f("Ngoại thương Việt Nam", "Ngân hàng TMCP")],
            money=[m(650 * B, "VND")],
            deals=[deal("cooperation", ["Điện gió Hướng Hóa Xanh", "Ngoại thương Việt Nam"], 650 * B)],
            events=[],
        ),
        h(
            3486,
            "Quảng Ninh - Công ty CP Nhiệt điện Cẩm Phả Mới và Tổng công ty Than Đông Bắc ký hợp đồng mua 2,1 triệu tấn than cám năm 2026.",
            "2025-12-30",
            "provincial",
            ["dateline_dash", "supply_contract", "firm_pair", "tong_cong_ty", "count"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Nhiệt điện Cẩm Phả Mới", "Công ty CP"), f("Than Đông Bắc", "Tổng công ty")],
            quantities=[c(2_100_000, "tấn")],
            deals=[deal("supply_contract", ["Nhiệt điện Cẩm Phả Mới", "Than Đông Bắc"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Nhiệt điện Cẩm Phả Mới"), F("Than Đông Bắc")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3487,
            "Tập đoàn Siemens Gamesa (Tây Ban Nha) sẽ cung cấp 18 tua-bin cho dự án điện gió ngoài khơi Bạc Liêu 3 nếu chủ đầu tư thu xếp được vốn trong quý I/2026, hai bên mới ký thư ý định.",
            "2025-10-10",
            "ministry",
            ["letter_of_intent", "conditional", "unnamed_investor", "count"],
            firms=[f("Siemens Gamesa", "Tập đoàn")],
            quantities=[c(18, "tua-bin")],
            locations=[country("Tây Ban Nha")],
            events=[],
        ),
        # --- Business and stock press, listed firms' releases ---
        h(
            3488,
            "Công ty CP Xây lắp Điện Đông Anh Xanh (UPCoM: DAX) trúng gói thầu xây lắp đường dây 220 kV Phú Bình - Bắc Giang của Tổng công ty Truyền tải điện Quốc gia, giá trúng thầu 312,6 tỷ đồng.",
            "2025-07-14",
            "ministry",
            ["stock_code", "tender_won", "supply_contract", "firm_pair", "state_client"],
            firms=[
                f("Xây lắp Điện Đông Anh Xanh", "Công ty CP"),
                f("Truyền tải điện Quốc gia", "Tổng công ty"),
            ],
            money=[m(312.6 * B, "VND")],
            deals=[
                deal("supply_contract", ["Xây lắp Điện Đông Anh Xanh", "Truyền tải điện Quốc gia"], 312.6 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Xây lắp Điện Đông Anh Xanh"), F("Truyền tải điện Quốc gia")],
                    312.6 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3489,
            "Kết thúc 9 tháng, giá trị hợp đồng ký mới của doanh nghiệp đạt 2.140 tỷ đồng, lượng hợp đồng chuyển tiếp sang năm sau khoảng 3.600 tỷ đồng.",
            "2025-10-20",
            "ministry",
            ["backlog", "cumulative", "approx", "no_event"],
            money=[m(2140 * B, "VND"), m(3600 * B, "VND", None, True)],
            events=[],
        ),
        h(
            3490,
            "Nhựa Tiền Phong Xanh (NTX) chốt thương vụ mua 65% vốn Công ty CP Ống nhựa Minh Hải với giá 410 tỷ đồng, biến doanh nghiệp này thành công ty con.",
            "2025-08-19",
            "ministry",
            ["acquisition", "stock_code", "bare_short_name", "percentage", "firm_pair"],
            firms=[f("Nhựa Tiền Phong Xanh"), f("Ống nhựa Minh Hải", "Công ty CP")],
            money=[m(410 * B, "VND")],
            percentages=[65],
            deals=[deal("investment", ["Nhựa Tiền Phong Xanh"], 410 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Nhựa Tiền Phong Xanh"), F("Ống nhựa Minh Hải")],
                    410 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3491,
            "Cổ phiếu DAX tăng trần phiên 15/7 sau thông tin trúng thầu, thanh khoản đạt 2,3 triệu đơn vị.",
            "2025-07-16",
            "ministry",
            ["stock_price", "ticker_only", "no_firm", "no_event"],
            events=[],
        ),
        h(
            3492,
            "CÔNG TY CỔ PHẦN THÉP VIỆT Ý XANH\nCÔNG BỐ THÔNG TIN\nCông ty thông báo đã ký hợp đồng cung cấp 18.000 tấn thép cốt cho dự án nhà máy của Công ty TNHH LG Display Việt Nam Hải Phòng, giá trị 286 tỷ đồng.",
            "2025-09-09",
            "ministry",
            [
                "disclosure_header_caps",
                "multi_line",
                "supply_contract",
                "firm_pair",
                "place_in_name",
                "count",
            ],
            firms=[f("Thép Việt Ý Xanh", "Công ty CP"), f("LG Display Việt Nam Hải Phòng", "Công ty TNHH")],
            money=[m(286 * B, "VND")],
            quantities=[c(18000, "tấn")],
            deals=[deal("supply_contract", ["Thép Việt Ý Xanh", "LG Display Việt Nam Hải Phòng"], 286 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Thép Việt Ý Xanh"), F("LG Display Việt Nam Hải Phòng")],
                    286 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3493,
            "Năm 2025, Công ty CP Đầu tư và Thương mại Phú Bình Xanh đạt doanh thu 7.640 tỷ đồng, vượt kế hoạch 4%; lãi sau thuế 298 tỷ đồng.",
            "2026-01-07",
            "ministry",
            ["revenue", "profit", "percentage", "no_event"],
            firms=[f("Đầu tư và Thương mại Phú Bình Xanh", "Công ty CP")],
            money=[m(7640 * B, "VND"), m(298 * B, "VND")],
            percentages=[4],
            events=[],
        ),
        h(
            3494,
            "Khách hàng lớn nhất vẫn là Decathlon, hãng đã đặt một nhóm thiết kế áo khoác ngay tại nhà máy Đại Từ.",
            "2026-01-07",
            "ministry",
            ["customer", "no_contract", "no_event"],
            firms=[f("Decathlon")],
            events=[],
        ),
        h(
            3495,
            "Công ty CP Cơ điện lạnh Sài Gòn Xanh (HoSE: SRX) cho biết đã ký hợp đồng tổng thầu cơ điện trị giá 540 tỷ đồng với Công ty TNHH Hana Micron Vina 2 cho nhà máy đóng gói chip tại Bắc Giang.",
            "2025-06-30",
            "ministry",
            ["stock_code", "mep_contract", "supply_contract", "firm_pair", "vina_numbered", "site_province"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Cơ điện lạnh Sài Gòn Xanh", "Công ty CP"), f("Hana Micron Vina 2", "Công ty TNHH")],
            money=[m(540 * B, "VND")],
            deals=[deal("supply_contract", ["Cơ điện lạnh Sài Gòn Xanh", "Hana Micron Vina 2"], 540 * B, BG)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ điện lạnh Sài Gòn Xanh"), F("Hana Micron Vina 2")],
                    540 * B,
                    "VND",
                    BG,
                    "signed",
                )
            ],
        ),
        h(
            3496,
            "Công ty CP Cao su Phước Hòa Xanh sẽ chuyển nhượng 210 ha đất cao su cho Công ty CP Phát triển KCN Tân Lập Mới để làm khu công nghiệp, hội đồng quản trị đã phê duyệt chủ trương.",
            "2025-05-09",
            "ministry",
            ["land_transfer", "board_approval", "announced", "firm_pair", "area"],
            firms=[f("Cao su Phước Hòa Xanh", "Công ty CP"), f("Phát triển KCN Tân Lập Mới", "Công ty CP")],
            areas=[ha(210)],
            deals=[deal("cooperation", ["Cao su Phước Hòa Xanh", "Phát triển KCN Tân Lập Mới"])],
            events=[
                ev(
                    "cooperation",
                    [F("Cao su Phước Hòa Xanh"), F("Phát triển KCN Tân Lập Mới")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3497,
            "Đại diện Công ty CP Dây cáp điện Trần Phú Xanh bác bỏ tin đồn bán 35% cổ phần cho một quỹ ngoại, khẳng định cơ cấu cổ đông không thay đổi.",
            "2025-11-11",
            "ministry",
            ["rumour_denied", "percentage", "unnamed_buyer", "no_event"],
            firms=[f("Dây cáp điện Trần Phú Xanh", "Công ty CP")],
            percentages=[35],
            events=[],
        ),
        h(
            3498,
            "Vietstock - Công ty CP Vận tải và Xếp dỡ Hải An Xanh ký hợp đồng đóng mới 2 tàu container 1.800 TEU với Công ty TNHH Đóng tàu Hyundai Vinashin Mới, tổng giá trị 64 triệu USD, bàn giao năm 2027.",
            "2025-08-07",
            "ministry",
            ["source_tag", "shipbuilding", "supply_contract", "firm_pair", "count"],
            firms=[
                f("Vận tải và Xếp dỡ Hải An Xanh", "Công ty CP"),
                f("Đóng tàu Hyundai Vinashin Mới", "Công ty TNHH"),
            ],
            money=[m(64 * M, "USD")],
            quantities=[c(2, "tàu container")],
            deals=[
                deal(
                    "supply_contract",
                    ["Vận tải và Xếp dỡ Hải An Xanh", "Đóng tàu Hyundai Vinashin Mới"],
                    64 * M,
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Vận tải và Xếp dỡ Hải An Xanh"), F("Đóng tàu Hyundai Vinashin Mới")],
                    64 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3499,
            "Ngày 3/11, Công ty CP Bao bì Biên Hòa Mới hoàn tất nhận chuyển nhượng toàn bộ 100% vốn của Công ty TNHH In bao bì Sông Mây từ Tập đoàn Rengo (Nhật Bản), giá trị giao dịch không được công bố.",
            "2025-11-05",
            "ministry",
            ["acquisition", "three_parties", "seller_named", "percentage", "undisclosed_value", "deal_date"],
            firms=[
                f("Bao bì Biên Hòa Mới", "Công ty CP"),
                f("In bao bì Sông Mây", "Công ty TNHH"),
                f("Rengo", "Tập đoàn"),
            ],
            percentages=[100],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Bao bì Biên Hòa Mới"], None, None, "2025-11-03")],
            events=[
                ev(
                    "acquisition",
                    [F("Bao bì Biên Hòa Mới"), F("In bao bì Sông Mây")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3500,
            "Theo kế hoạch vừa được ĐHĐCĐ bất thường thông qua, Công ty CP Phân bón Bình Điền Xanh sẽ phát hành 40 triệu cổ phiếu cho cổ đông hiện hữu, tăng vốn điều lệ lên 1.050 tỷ đồng.",
            "2025-09-30",
            "ministry",
            ["charter_capital_increase", "share_issue", "count", "no_event"],
            firms=[f("Phân bón Bình Điền Xanh", "Công ty CP")],
            money=[m(1050 * B, "VND")],
            quantities=[c(40_000_000, "cổ phiếu")],
            events=[],
        ),
        h(
            3501,
            "Trong quý III, Công ty CP Cơ khí Xây dựng Lilama 18 Xanh đã ký 3 hợp đồng chế tạo kết cấu thép xuất khẩu sang Australia và Canada, tổng giá trị khoảng 19 triệu USD.",
            "2025-10-25",
            "ministry",
            ["quarter_total", "unnamed_buyers", "count", "approx", "no_event"],
            firms=[f("Cơ khí Xây dựng Lilama 18 Xanh", "Công ty CP")],
            money=[m(19 * M, "USD", None, True)],
            quantities=[c(3, "hợp đồng")],
            locations=[country("Australia"), country("Canada")],
            events=[],
        ),
        h(
            3502,
            "Nhịp sống kinh tế - Tập đoàn Masan High-Tech Materials đã ký hợp đồng bán 1.200 tấn APT cho Công ty TNHH H.C. Starck Tungsten (Đức) trong hai năm 2026-2027.",
            "2025-11-18",
            "ministry",
            ["source_tag", "supply_contract", "firm_pair", "initials_in_name", "country_bracket", "count"],
            firms=[f("Masan High-Tech Materials", "Tập đoàn"), f("H.C. Starck Tungsten", "Công ty TNHH")],
            quantities=[c(1200, "tấn")],
            locations=[country("Đức")],
            deals=[deal("supply_contract", ["Masan High-Tech Materials", "H.C. Starck Tungsten"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Masan High-Tech Materials"), F("H.C. Starck Tungsten")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3503,
            "Công ty CP Vinaconex 25 Xanh và Công ty TNHH Brother Industries Hải Phòng ký hợp đồng thi công nhà xưởng số 3, giá trị 372 tỷ đồng, thời gian thi công 10 tháng.",
            "2025-04-24",
            "ministry",
            ["construction_contract", "supply_contract", "firm_pair", "place_in_name"],
            firms=[f("Vinaconex 25 Xanh", "Công ty CP"), f("Brother Industries Hải Phòng", "Công ty TNHH")],
            money=[m(372 * B, "VND")],
            deals=[deal("supply_contract", ["Vinaconex 25 Xanh", "Brother Industries Hải Phòng"], 372 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Vinaconex 25 Xanh"), F("Brother Industries Hải Phòng")],
                    372 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3504,
            "Ngân hàng TMCP Quân đội (MB) và Công ty CP Tập đoàn Dệt may Thành Công Xanh ký hợp đồng tài trợ thương mại hạn mức 1.500 tỷ đồng, kèm gói bao thanh toán xuất khẩu.",
            "2025-03-12",
            "ministry",
            ["credit", "trade_finance", "firm_pair", "acronym_bracket"],
            firms=[f("Quân đội", "Ngân hàng TMCP"), f("Dệt may Thành Công Xanh", "Công ty CP")],
            money=[m(1500 * B, "VND")],
            deals=[deal("cooperation", ["Quân đội", "Dệt may Thành Công Xanh"], 1500 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Quân đội"), F("Dệt may Thành Công Xanh")],
                    1500 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3505,
            "Thông tin Công ty CP Nhựa Đồng Nai Xanh ký hợp đồng 50 triệu USD với IKEA là không đúng; thực tế hai bên mới dừng ở đơn hàng mẫu.",
            "2025-06-17",
            "ministry",
            ["rumour_denied", "sample_order", "no_contract", "no_event"],
            firms=[f("Nhựa Đồng Nai Xanh", "Công ty CP"), f("IKEA")],
            money=[m(50 * M, "USD")],
            events=[],
        ),
        h(
            3506,
            "Công ty TNHH Thép Không gỉ Posco Đồng Nai Xanh và Công ty CP Gia Dụng Sunhouse Mới ký thoả thuận cung cấp 24.000 tấn inox cuộn năm 2026.",
            "2025-12-09",
            "ministry",
            ["old_tone", "supply_contract", "firm_pair", "place_in_name", "count"],
            firms=[
                f("Thép Không gỉ Posco Đồng Nai Xanh", "Công ty TNHH"),
                f("Gia Dụng Sunhouse Mới", "Công ty CP"),
            ],
            quantities=[c(24000, "tấn")],
            deals=[deal("supply_contract", ["Thép Không gỉ Posco Đồng Nai Xanh", "Gia Dụng Sunhouse Mới"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Thép Không gỉ Posco Đồng Nai Xanh"), F("Gia Dụng Sunhouse Mới")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        # --- Ministries, associations, chambers, interviews, procurement ---
        h(
            3507,
            "(CHG) Công ty TNHH Ford Việt Nam và Hiệp hội Doanh nghiệp Cơ khí Việt Nam ký biên bản ghi nhớ về dự án tìm 15 nhà cung cấp phụ tùng nội địa trong hai năm tới.",
            "2025-06-18",
            "ministry",
            ["source_tag", "firm_association_mou", "no_deal", "count"],
            organizations=["Hiệp hội Doanh nghiệp Cơ khí Việt Nam"],
            firms=[f("Ford", "Công ty TNHH")],
            quantities=[c(15, "nhà cung cấp phụ tùng nội địa")],
            events=[
                ev("mou", [F("Ford"), O("Hiệp hội Doanh nghiệp Cơ khí Việt Nam")], None, None, None, "signed")
            ],
        ),
        h(
            3508,
            "Cục Công nghiệp (Bộ Công Thương) và Toyota Việt Nam tiếp tục ký chương trình hỗ trợ nhà cung cấp nội địa cho giai đoạn mới, sau bốn năm hợp tác liên tục.",
            "2025-07-02",
            "ministry",
            ["state_body_mou", "government_party", "renewed_programme", "brand_bare"],
            organizations=["Cục Công nghiệp", "Bộ Công Thương"],
            firms=[f("Toyota")],
            events=[ev("mou", [G("Cục Công nghiệp"), F("Toyota")], None, None, None, "signed")],
        ),
        h(
            3509,
            "Minh Khuê - Bảo Ngọc\nMuốn có nhà cung cấp nội địa mạnh, thị trường xe lắp ráp trong nước phải đủ lớn để các hãng đặt hàng dài hạn.",
            "2025-06-11",
            "ministry",
            ["byline_header", "multi_line", "opinion", "no_event"],
            events=[],
        ),
        h(
            3510,
            "Ông Phan Đăng Khoa, Phó Chủ tịch Hiệp hội Công nghiệp hỗ trợ Việt Nam, cho rằng doanh nghiệp Việt cần ít nhất 3 năm đầu tư máy móc mới đạt chuẩn nhà cung cấp cấp 1.",
            "2025-06-18",
            "ministry",
            ["person_comma", "association", "opinion", "no_event"],
            organizations=["Hiệp hội Công nghiệp hỗ trợ Việt Nam"],
            persons=[per("Phan Đăng Khoa", "Phó Chủ tịch Hiệp hội Công nghiệp hỗ trợ Việt Nam")],
            events=[],
        ),
        h(
            3511,
            "PV: Doanh nghiệp của ông đã ký được hợp đồng nào với các hãng xe Nhật Bản chưa?\nÔng Đặng Văn Hòa: - Năm ngoái chúng tôi ký hợp đồng cung cấp gioăng cửa với Công ty TNHH Mitsuba M-Tech Việt Nam, giá trị khoảng 11 tỷ đồng.",
            "2025-08-22",
            "ministry",
            ["interview_qa", "multi_line", "one_named_party", "past_year", "approx"],
            persons=[per("Đặng Văn Hòa", None)],
            firms=[f("Mitsuba M-Tech", "Công ty TNHH")],
            money=[m(11 * B, "VND", None, True)],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            3512,
            "Hiệp hội Dệt May Việt Nam (VITAS) và Tập đoàn Lenzing (Áo) ký thỏa thuận hợp tác đào tạo 300 cán bộ kỹ thuật về sợi tái chế cho các hội viên.",
            "2025-04-09",
            "ministry",
            ["firm_association_mou", "acronym_bracket", "country_bracket", "count", "no_deal"],
            organizations=["Hiệp hội Dệt May Việt Nam"],
            firms=[f("Lenzing", "Tập đoàn")],
            quantities=[c(300, "cán bộ kỹ thuật")],
            locations=[country("Áo")],
            events=[ev("mou", [O("Hiệp hội Dệt May Việt Nam"), F("Lenzing")], None, None, None, "signed")],
        ),
        h(
            3513,
            "Theo VITAS, kim ngạch xuất khẩu dệt may năm 2025 ước đạt 46 tỷ USD, tăng 5,6%; các doanh nghiệp đã có đơn hàng đến hết quý I/2026.",
            "2025-12-26",
            "ministry",
            ["association_total", "approx", "percentage", "no_event"],
            organizations=["Hiệp hội Dệt May Việt Nam"],
            money=[m(46 * B, "USD", None, True)],
            percentages=[5.6],
            events=[],
        ),
        h(
            3514,
            "Hiệp hội Da - Giày - Túi xách Việt Nam (Lefaso) cảnh báo nhiều nhãn hàng đang yêu cầu giảm giá gia công 5-8% cho các đơn hàng năm 2026.",
            "2025-11-12",
            "ministry",
            ["association", "acronym_bracket", "range_percentage", "no_event"],
            organizations=["Hiệp hội Da - Giày - Túi xách Việt Nam"],
            percentages=[5, 8],
            events=[],
        ),
        h(
            3515,
            "Gian hàng Hàn Quốc tại VIMEXPO 2025 ghi nhận 46 thỏa thuận hợp tác được ký, trị giá ước 38 triệu USD, theo số liệu của KOTRA Hà Nội.",
            "2025-11-28",
            "ministry",
            ["fair_total", "count", "unnamed_parties", "approx", "no_event"],
            organizations=["KOTRA Hà Nội"],
            money=[m(38 * M, "USD", None, True)],
            quantities=[c(46, "thỏa thuận hợp tác")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            3516,
            "Tại hội chợ, Công ty CP Cơ khí Chính xác Việt Hàn Xanh và Công ty TNHH Daedong Precision ký biên bản ghi nhớ về việc gia công trục truyền động cho máy nông nghiệp.",
            "2025-11-28",
            "ministry",
            ["fair_mou", "mou", "firm_pair"],
            firms=[f("Cơ khí Chính xác Việt Hàn Xanh", "Công ty CP"), f("Daedong Precision", "Công ty TNHH")],
            deals=[deal("mou", ["Cơ khí Chính xác Việt Hàn Xanh", "Daedong Precision"])],
            events=[
                ev(
                    "mou",
                    [F("Cơ khí Chính xác Việt Hàn Xanh"), F("Daedong Precision")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3517,
            "JETRO khảo sát cho thấy tỷ lệ mua nguyên liệu, linh kiện tại chỗ của doanh nghiệp Nhật Bản tại Việt Nam mới đạt 37,5%, thấp hơn Thái Lan và Trung Quốc.",
            "2025-12-10",
            "ministry",
            ["survey", "percentage", "no_event"],
            organizations=["Tổ chức Xúc tiến Thương mại Nhật Bản"],
            percentages=[37.5],
            locations=[country("Nhật Bản"), country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            3518,
            "Hiệp hội Doanh nghiệp tỉnh Thanh Hóa và Công ty TNHH Giày Annora Việt Nam ký chương trình hợp tác kết nối 20 doanh nghiệp địa phương cung ứng bao bì, phụ liệu cho nhà máy.",
            "2025-08-20",
            "ministry",
            ["business_association_mou", "no_deal", "count", "province_in_org"],
            organizations=["Hiệp hội Doanh nghiệp tỉnh Thanh Hóa"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Giày Annora", "Công ty TNHH")],
            quantities=[c(20, "doanh nghiệp")],
            events=[
                ev(
                    "mou",
                    [O("Hiệp hội Doanh nghiệp tỉnh Thanh Hóa"), F("Giày Annora")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3519,
            "Bộ Công Thương đang lấy ý kiến dự thảo nghị định sửa đổi chính sách phát triển công nghiệp hỗ trợ, trong đó đề xuất hỗ trợ 50% lãi suất vay cho dự án sản xuất linh kiện.",
            "2025-09-15",
            "ministry",
            ["draft_decree", "policy", "percentage", "no_event"],
            organizations=["Bộ Công Thương"],
            percentages=[50],
            events=[],
        ),
        h(
            3520,
            "Theo Cục Công nghiệp, trong ba năm 2023-2025 có 118 lượt doanh nghiệp được chuyên gia tư vấn cải tiến miễn phí; khoảng một phần tư số đó đã nhận đơn hàng đầu tiên từ khối FDI.",
            "2025-12-16",
            "ministry",
            ["programme_total", "count", "fraction_words", "no_event"],
            organizations=["Cục Công nghiệp"],
            quantities=[c(118, "lượt")],
            events=[],
        ),
        h(
            3521,
            "THÔNG BÁO KẾT QUẢ LỰA CHỌN NHÀ THẦU\nGói thầu: Cung cấp, lắp đặt 3 máy biến áp 110 kV\nBên mời thầu: Công ty TNHH MTV Điện lực Phú Thọ Xanh\nNhà thầu trúng thầu: Công ty CP Thiết bị Điện Đông Anh Mới\nGiá trúng thầu: 41.870.000.000 VND",
            "2025-05-07",
            "ministry",
            ["procurement_result", "multi_line", "full_digit_amount", "count", "firm_pair"],
            firms=[
                f("Điện lực Phú Thọ Xanh", "Công ty TNHH MTV"),
                f("Thiết bị Điện Đông Anh Mới", "Công ty CP"),
            ],
            money=[m(41.87 * B, "VND")],
            quantities=[c(3, "máy biến áp")],
            deals=[
                deal("supply_contract", ["Điện lực Phú Thọ Xanh", "Thiết bị Điện Đông Anh Mới"], 41.87 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện lực Phú Thọ Xanh"), F("Thiết bị Điện Đông Anh Mới")],
                    41.87 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3522,
            "THÔNG BÁO MỜI THẦU\nGói thầu: Mua sắm 12 xe nâng điện cho kho thành phẩm\nBên mời thầu: Công ty CP Sữa Mộc Châu Xanh\nThời điểm đóng thầu: 9 giờ 00 ngày 15/8/2025",
            "2025-07-28",
            "ministry",
            ["tender_invitation", "multi_line", "count", "no_event"],
            firms=[f("Sữa Mộc Châu Xanh", "Công ty CP")],
            quantities=[c(12, "xe nâng điện")],
            events=[],
        ),
        h(
            3523,
            "Gói thầu cung cấp 8 cầu trục cho nhà máy thép Cao Bằng đã bị hủy do không có nhà thầu nào đáp ứng yêu cầu kỹ thuật.",
            "2025-05-20",
            "ministry",
            ["tender_cancelled", "count", "negated", "no_event"],
            provinces=[pv("Cao Bằng")],
            quantities=[c(8, "cầu trục")],
            events=[],
        ),
        h(
            3524,
            "Đại sứ quán Nhật Bản cho biết Công ty TNHH Nichirin Hải Dương Xanh dự kiến mở rộng nhà máy ống dẫn phanh thêm 20 triệu USD trong năm 2026, đang chờ điều chỉnh giấy chứng nhận.",
            "2025-10-15",
            "ministry",
            ["embassy", "plan", "pending_licence", "announced"],
            organizations=["Đại sứ quán Nhật Bản"],
            firms=[f("Nichirin Hải Dương Xanh", "Công ty TNHH")],
            money=[m(20 * M, "USD")],
            deals=[deal("investment", ["Nichirin Hải Dương Xanh"], 20 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Nichirin Hải Dương Xanh")],
                    20 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3525,
            "Bộ Công Thương và Tổ chức Phát triển Công nghiệp Liên Hợp Quốc (UNIDO) đã ký văn kiện dự án hỗ trợ 60 doanh nghiệp dệt may chuyển đổi xanh, tổng ngân sách 4,2 triệu USD.",
            "2025-03-26",
            "ministry",
            ["state_international_org", "project_document", "count", "no_firm", "no_event"],
            organizations=["Bộ Công Thương", "Tổ chức Phát triển Công nghiệp Liên Hợp Quốc"],
            money=[m(4.2 * M, "USD")],
            quantities=[c(60, "doanh nghiệp")],
            events=[],
        ),
        h(
            3526,
            "Hội Doanh nghiệp Hàn Quốc tại Bắc Ninh (KBA) và Trường Cao đẳng Công nghệ Bắc Ninh ký thỏa thuận đưa 400 sinh viên thực tập tại các nhà máy hội viên.",
            "2025-09-05",
            "ministry",
            ["association_school", "no_firm", "count", "province_in_org"],
            organizations=["Hội Doanh nghiệp Hàn Quốc tại Bắc Ninh", "Trường Cao đẳng Công nghệ Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(400, "sinh viên")],
            events=[],
        ),
        h(
            3527,
            "Hiệp hội Doanh nghiệp tỉnh Vĩnh Long kiến nghị UBND tỉnh sớm giao đất sạch cho KCN Hòa Phú 2 để đón các nhà đầu tư đã khảo sát.",
            "2025-07-10",
            "provincial",
            ["association", "request", "no_event"],
            organizations=["Hiệp hội Doanh nghiệp tỉnh Vĩnh Long", "Ủy ban nhân dân tỉnh"],
            provinces=[pv("Vĩnh Long")],
            locations=[park("Khu công nghiệp Hòa Phú 2")],
            events=[],
        ),
        h(
            3528,
            "Ông Nguyễn Quốc Trung - Chủ tịch Hội Cơ khí Thái Nguyên nói nhiều hội viên nhận được đơn hàng gá lắp nhưng phải từ chối vì thiếu máy CNC năm trục.",
            "2025-10-17",
            "ministry",
            ["person_dash_role", "association", "no_event"],
            organizations=["Hội Cơ khí Thái Nguyên"],
            persons=[per("Nguyễn Quốc Trung", "Chủ tịch Hội Cơ khí Thái Nguyên")],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            3529,
            "Theo Cục Đầu tư nước ngoài, 11 tháng năm 2025 Hàn Quốc dẫn đầu về số dự án mới với 412 dự án, Singapore dẫn đầu về vốn với 4,9 tỷ USD.",
            "2025-12-05",
            "ministry",
            ["fdi_ranking", "count", "no_event"],
            organizations=["Cục Đầu tư nước ngoài"],
            money=[m(4.9 * B, "USD")],
            quantities=[c(412, "dự án")],
            locations=[country("Hàn Quốc"), country("Singapore")],
            events=[],
        ),
        h(
            3530,
            "Hội nghị kết nối cung cầu hàng nông sản tại Đồng Tháp có 18 biên bản ghi nhớ được ký giữa doanh nghiệp thu mua và hợp tác xã, nhưng không có con số về giá trị.",
            "2025-06-26",
            "provincial",
            ["conference_total", "count", "unnamed_parties", "no_event"],
            provinces=[pv("Đồng Tháp")],
            quantities=[c(18, "biên bản ghi nhớ")],
            events=[],
        ),
        h(
            3531,
            "Tập đoàn Điện lực Việt Nam và Tập đoàn Dầu khí Việt Nam ký hợp đồng mua bán điện của Nhà máy điện khí Nhơn Trạch 3 và 4 ngày 25/6.",
            "2025-06-26",
            "ministry",
            ["state_groups", "ppa", "supply_contract", "firm_pair", "date_at_end", "deal_date"],
            firms=[f("Điện lực Việt Nam", "Tập đoàn"), f("Dầu khí Việt Nam", "Tập đoàn")],
            deals=[
                deal("supply_contract", ["Điện lực Việt Nam", "Dầu khí Việt Nam"], None, None, "2025-06-25")
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện lực Việt Nam"), F("Dầu khí Việt Nam")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3532,
            "Bà Trương Thị Kim Loan, Giám đốc Sở Công Thương Đồng Tháp, cho hay chương trình khuyến công năm 2026 sẽ hỗ trợ 14 cơ sở đổi mới máy sấy nông sản, kinh phí 3,6 tỷ đồng.",
            "2025-12-11",
            "provincial",
            ["person_comma", "state_programme", "count", "no_event"],
            organizations=["Sở Công Thương Đồng Tháp"],
            persons=[per("Trương Thị Kim Loan", "Giám đốc Sở Công Thương Đồng Tháp")],
            provinces=[pv("Đồng Tháp")],
            money=[m(3.6 * B, "VND")],
            quantities=[c(14, "cơ sở")],
            events=[],
        ),
        # --- Legal text ---
        h(
            3533,
            "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nSố: 1187/QĐ-UBND\nCao Bằng, ngày 22/7/2025\nQUYẾT ĐỊNH\nVề chủ trương đầu tư dự án Kho ngoại quan và trung tâm logistics Tà Lùng, huyện Quảng Hòa",
            "2025-07-24",
            "legal",
            [
                "legal_header",
                "multi_line",
                "decision_with_date",
                "one_line_issuer",
                "district",
                "no_investor_named",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Cao Bằng"],
            provinces=[pv("Cao Bằng")],
            decisions=[d("1187/QĐ-UBND", "2025-07-22")],
            locations=[district("huyện Quảng Hòa")],
            events=[],
        ),
        h(
            3534,
            "Điều 1. Chấp thuận nhà đầu tư Công ty CP Kho vận Biên Giới Việt Bắc thực hiện dự án với tổng vốn đầu tư 186.500.000.000 đồng (Một trăm tám mươi sáu tỷ năm trăm triệu đồng), tiến độ 24 tháng kể từ ngày được bàn giao đất.",
            "2025-07-24",
            "legal",
            ["article", "licence", "full_digit_amount", "amount_in_words", "no_authority_in_row"],
            firms=[f("Kho vận Biên Giới Việt Bắc", "Công ty CP")],
            money=[m(186.5 * B, "VND")],
            deals=[deal("investment", ["Kho vận Biên Giới Việt Bắc"], 186.5 * B)],
            events=[
                ev(
                    "investment_licence",
                    [F("Kho vận Biên Giới Việt Bắc")],
                    186.5 * B,
                    "VND",
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            3535,
            "Căn cứ Nghị định số 58/2025/NĐ-CP ngày 3 tháng 3 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Điện lực về phát triển điện năng lượng tái tạo;\nXét Tờ trình số 214/TTr-SCT ngày 14/7/2025 của Sở Công Thương.",
            "2025-07-24",
            "legal",
            ["preamble", "multi_line", "decision_with_date", "to_trinh", "no_event"],
            organizations=["Chính phủ", "Sở Công Thương"],
            decisions=[d("58/2025/NĐ-CP", "2025-03-03"), d("214/TTr-SCT", "2025-07-14")],
            events=[],
        ),
        h(
            3536,
            "Nơi nhận:\n- Như Điều 3;\n- CT, các PCT UBND tỉnh;\n- Sở Tài chính;\n- Ban Quản lý Khu kinh tế tỉnh;\n- Lưu: VT, KT.",
            "2025-07-24",
            "legal",
            ["noi_nhan_footer", "multi_line", "abbreviations", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh", "Sở Tài chính", "Ban Quản lý Khu kinh tế tỉnh"],
            events=[],
        ),
        h(
            3537,
            "Quyết định số 2041/QĐ-UBND ngày 9/10/2025 của UBND tỉnh An Giang cho Công ty TNHH Chế biến Gạo Thoại Sơn Xanh thuê 3,4 ha đất tại Cụm công nghiệp Vọng Đông để xây dựng kho sấy lúa.",
            "2025-10-13",
            "legal",
            ["land_lease_decision", "government_party", "decision_with_date", "cluster", "area"],
            organizations=["Ủy ban nhân dân tỉnh An Giang"],
            provinces=[pv("An Giang")],
            decisions=[d("2041/QĐ-UBND", "2025-10-09")],
            firms=[f("Chế biến Gạo Thoại Sơn Xanh", "Công ty TNHH")],
            areas=[ha(3.4)],
            locations=[park("Cụm công nghiệp Vọng Đông")],
            events=[
                ev(
                    "cooperation",
                    [G("UBND tỉnh An Giang"), F("Chế biến Gạo Thoại Sơn Xanh")],
                    None,
                    None,
                    AG,
                    "signed",
                )
            ],
        ),
        h(
            3538,
            "Điều 2. Thu hồi Quyết định chủ trương đầu tư số 566/QĐ-UBND ngày 12/4/2022 đã cấp cho Công ty TNHH Gỗ ép Lục Yên Xanh do nhà đầu tư không triển khai dự án quá 24 tháng.",
            "2025-08-29",
            "legal",
            ["revocation", "decision_with_date", "no_event"],
            decisions=[d("566/QĐ-UBND", "2022-04-12")],
            firms=[f("Gỗ ép Lục Yên Xanh", "Công ty TNHH")],
            events=[],
        ),
        h(
            3539,
            "HỢP ĐỒNG LIÊN KẾT SẢN XUẤT VÀ TIÊU THỤ LÚA\nBên A (bên mua): Công ty CP Nông sản Tri Tôn Xanh\nBên B (bên bán): Hợp tác xã Nông nghiệp Vĩnh Gia\nDiện tích: 350 ha; giá thu mua cao hơn giá thị trường 200 đồng/kg tại thời điểm thu hoạch.",
            "2025-11-05",
            "legal",
            [
                "contract_header",
                "multi_line",
                "ben_a_ben_b",
                "cooperative",
                "supply_contract",
                "firm_pair",
                "area",
                "price_per_kg",
            ],
            firms=[f("Nông sản Tri Tôn Xanh", "Công ty CP"), f("Nông nghiệp Vĩnh Gia", "Hợp tác xã")],
            areas=[ha(350)],
            deals=[deal("supply_contract", ["Nông sản Tri Tôn Xanh", "Nông nghiệp Vĩnh Gia"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Nông sản Tri Tôn Xanh"), F("Nông nghiệp Vĩnh Gia")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3540,
            "Bản án số 08/2025/KDTM-ST ngày 16/6/2025 của Tòa án nhân dân khu vực 2 - Thái Nguyên giải quyết tranh chấp về vỏ nhựa giữa hai doanh nghiệp trong tỉnh.",
            "2025-06-20",
            "legal",
            ["judgment_reference", "decision_with_date", "province_in_org", "no_event"],
            organizations=["Tòa án nhân dân khu vực 2 - Thái Nguyên"],
            provinces=[pv("Thái Nguyên")],
            decisions=[d("08/2025/KDTM-ST", "2025-06-16")],
            events=[],
        ),
        h(
            3541,
            "Nguyên đơn là Công ty TNHH Linh kiện Nhựa Phổ Yên Mới; bị đơn là Công ty CP Điện tử Gia dụng Sông Công Xanh. Ngày 10/3/2023, hai bên ký hợp đồng mua bán 2,6 triệu vỏ nhựa quạt điện, tổng giá trị 7,8 tỷ đồng.",
            "2025-06-20",
            "legal",
            ["judgment_parties", "recalled_contract", "deal_date", "count"],
            firms=[
                f("Linh kiện Nhựa Phổ Yên Mới", "Công ty TNHH"),
                f("Điện tử Gia dụng Sông Công Xanh", "Công ty CP"),
            ],
            money=[m(7.8 * B, "VND")],
            quantities=[c(2_600_000, "vỏ nhựa quạt điện")],
            deals=[
                deal(
                    "supply_contract",
                    ["Linh kiện Nhựa Phổ Yên Mới", "Điện tử Gia dụng Sông Công Xanh"],
                    7.8 * B,
                    None,
                    "2023-03-10",
                )
            ],
            events=[],
        ),
        h(
            3542,
            "Tòa tuyên: bị đơn có nghĩa vụ trả nguyên đơn 2.148.600.000 đồng tiền hàng cùng 187.000.000 đồng lãi chậm trả; bị đơn chịu án phí sơ thẩm.",
            "2025-06-20",
            "legal",
            ["judgment_order", "full_digit_amount", "no_event"],
            money=[m(2_148_600_000, "VND"), m(187_000_000, "VND")],
            events=[],
        ),
        h(
            3543,
            "Điều 1. Thành lập Cụm công nghiệp Cẩm Lý, huyện Lục Nam, tỉnh Bắc Giang, diện tích 65 ha; chủ đầu tư xây dựng hạ tầng kỹ thuật là Công ty CP Đầu tư Hạ tầng Lục Nam Xanh, tổng vốn 612 tỷ đồng.",
            "2025-03-03",
            "legal",
            ["article", "cluster_founding", "la_chu_dau_tu", "licence", "district", "area"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Đầu tư Hạ tầng Lục Nam Xanh", "Công ty CP")],
            money=[m(612 * B, "VND")],
            areas=[ha(65)],
            locations=[park("Cụm công nghiệp Cẩm Lý"), district("huyện Lục Nam")],
            deals=[deal("investment", ["Đầu tư Hạ tầng Lục Nam Xanh"], 612 * B, BG)],
            events=[
                ev("investment_licence", [F("Đầu tư Hạ tầng Lục Nam Xanh")], 612 * B, "VND", BG, "licensed")
            ],
        ),
        h(
            3544,
            "Hỏi: Doanh nghiệp FDI ký hợp đồng mua bán điện trực tiếp với nhà máy điện mặt trời có cần giấy phép hoạt động điện lực không?\nTrả lời: Đơn vị phát điện phải có giấy phép hoạt động điện lực theo quy định tại Luật Điện lực số 61/2024/QH15.",
            "2025-05-21",
            "legal",
            ["legal_qa", "multi_line", "law_reference", "no_event"],
            decisions=[d("61/2024/QH15")],
            events=[],
        ),
        h(
            3545,
            "NGHỊ QUYẾT HỘI ĐỒNG QUẢN TRỊ\nĐiều 1. Thông qua việc Công ty ký hợp đồng vay vốn với Ngân hàng TMCP Á Châu, hạn mức 300 tỷ đồng, thời hạn 12 tháng.",
            "2025-04-14",
            "legal",
            ["board_resolution", "multi_line", "issuer_unnamed", "one_named_party", "no_event"],
            firms=[f("Á Châu", "Ngân hàng TMCP")],
            money=[m(300 * B, "VND")],
            events=[],
        ),
        h(
            3546,
            "Điều 4. Tiền bảo đảm thực hiện dự án: 3.730.000.000 đồng, tương ứng 2% vốn; được hoàn trả theo tiến độ góp vốn và xây dựng.",
            "2025-07-24",
            "legal",
            ["deposit", "full_digit_amount", "percentage", "no_event"],
            money=[m(3_730_000_000, "VND")],
            percentages=[2],
            events=[],
        ),
        h(
            3547,
            "Quyết định số 4718/QĐ-BCT ngày 21/11/2016 phê duyệt quy hoạch điện gió tỉnh Bến Tre giai đoạn đến năm 2020, tầm nhìn 2030, tổng công suất khoảng 1.520 MW.",
            "2025-05-06",
            "legal",
            ["old_decision", "decision_with_date", "capacity_not_quantity", "no_event"],
            provinces=[pv("Bến Tre")],
            decisions=[d("4718/QĐ-BCT", "2016-11-21")],
            events=[],
        ),
        h(
            3548,
            "Công văn số 2784/UBND-KT ngày 18/11/2025 của UBND tỉnh Lạng Sơn đồng ý cho Công ty TNHH Khoáng sản Bắc Sơn Xanh khảo sát địa điểm làm nhà máy nghiền đá vôi tại xã Chiến Thắng.",
            "2025-11-21",
            "legal",
            ["official_letter", "decision_with_date", "survey_permission", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Lạng Sơn"],
            provinces=[pv("Lạng Sơn")],
            decisions=[d("2784/UBND-KT", "2025-11-18")],
            firms=[f("Khoáng sản Bắc Sơn Xanh", "Công ty TNHH")],
            events=[],
        ),
        # --- More firm pairs: joint ventures, technology, leases, credit, supply ---
        h(
            3549,
            "Công ty CP Phụ tùng Máy nông nghiệp Việt Trì Xanh và Tập đoàn Kubota (Nhật Bản) thành lập liên doanh sản xuất hộp số máy cày tại KCN Thụy Vân, phía Việt Nam góp 51% vốn điều lệ.",
            "2025-05-20",
            "provincial",
            ["joint_venture", "firm_pair", "country_bracket", "percentage"],
            firms=[f("Phụ tùng Máy nông nghiệp Việt Trì Xanh", "Công ty CP"), f("Kubota", "Tập đoàn")],
            percentages=[51],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Thụy Vân")],
            deals=[deal("cooperation", ["Phụ tùng Máy nông nghiệp Việt Trì Xanh", "Kubota"])],
            events=[
                ev(
                    "joint_venture",
                    [F("Phụ tùng Máy nông nghiệp Việt Trì Xanh"), F("Kubota")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3550,
            "Viện Nghiên cứu Cơ khí chuyển giao công nghệ chế tạo tua-bin thủy điện nhỏ cho Công ty CP Cơ khí Thủy lực Bảo Lạc Xanh theo hợp đồng trị giá 9,6 tỷ đồng.",
            "2025-08-01",
            "ministry",
            ["technology_transfer", "institute_party", "cooperation"],
            organizations=["Viện Nghiên cứu Cơ khí"],
            firms=[f("Cơ khí Thủy lực Bảo Lạc Xanh", "Công ty CP")],
            money=[m(9.6 * B, "VND")],
            events=[
                ev(
                    "cooperation",
                    [O("Viện Nghiên cứu Cơ khí"), F("Cơ khí Thủy lực Bảo Lạc Xanh")],
                    9.6 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3551,
            "Công ty TNHH Cho thuê Tài chính Quốc tế Chailease và Công ty CP Vận tải Container Đình Vũ Mới ký hợp đồng cho thuê tài chính 40 đầu kéo, tổng giá trị 96 tỷ đồng.",
            "2025-06-11",
            "ministry",
            ["financial_lease", "cooperation", "firm_pair", "count"],
            firms=[
                f("Cho thuê Tài chính Quốc tế Chailease", "Công ty TNHH"),
                f("Vận tải Container Đình Vũ Mới", "Công ty CP"),
            ],
            money=[m(96 * B, "VND")],
            quantities=[c(40, "đầu kéo")],
            deals=[
                deal(
                    "cooperation",
                    ["Cho thuê Tài chính Quốc tế Chailease", "Vận tải Container Đình Vũ Mới"],
                    96 * B,
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Cho thuê Tài chính Quốc tế Chailease"), F("Vận tải Container Đình Vũ Mới")],
                    96 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3552,
            "Công ty CP Ô tô Hải Dương Xanh lần lượt ký hợp đồng nhập linh kiện CKD với Công ty TNHH Chery Automobile (Trung Quốc) và hợp đồng chuyển giao quy trình hàn sơn với Công ty TNHH Kỹ thuật Geely Tech.",
            "2025-04-03",
            "ministry",
            ["one_signer_many", "supply_contract", "technology_transfer", "two_events", "country_bracket"],
            firms=[
                f("Ô tô Hải Dương Xanh", "Công ty CP"),
                f("Chery Automobile", "Công ty TNHH"),
                f("Kỹ thuật Geely Tech", "Công ty TNHH"),
            ],
            locations=[country("Trung Quốc")],
            deals=[
                deal("supply_contract", ["Ô tô Hải Dương Xanh", "Chery Automobile"]),
                deal("cooperation", ["Ô tô Hải Dương Xanh", "Kỹ thuật Geely Tech"]),
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Ô tô Hải Dương Xanh"), F("Chery Automobile")],
                    None,
                    None,
                    None,
                    "signed",
                ),
                ev(
                    "cooperation",
                    [F("Ô tô Hải Dương Xanh"), F("Kỹ thuật Geely Tech")],
                    None,
                    None,
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            3553,
            "Hải Phòng: Thêm dự án pin 190 triệu USD vào KCN Nam Đình Vũ Ngày 17/10, Công ty TNHH Pin Năng lượng Hải An Tech (Hồng Kông) nhận giấy chứng nhận đăng ký đầu tư từ Ban Quản lý Khu kinh tế Hải Phòng cho nhà máy cell pin lưu trữ, vốn 190 triệu USD.",
            "2025-10-18",
            "provincial",
            [
                "headline_merged",
                "region_prefix",
                "licence",
                "government_party",
                "country_bracket",
                "amount_in_headline",
                "deal_date",
            ],
            organizations=["Ban Quản lý Khu kinh tế Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Pin Năng lượng Hải An Tech", "Công ty TNHH")],
            money=[m(190 * M, "USD")],
            locations=[park("Khu công nghiệp Nam Đình Vũ"), country("Hồng Kông")],
            deals=[deal("investment", ["Pin Năng lượng Hải An Tech"], 190 * M, HP, "2025-10-17")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Hải Phòng"), F("Pin Năng lượng Hải An Tech")],
                    190 * M,
                    "USD",
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            3554,
            "Cùng ngày, Công ty TNHH Pin Năng lượng Hải An Tech ký hợp đồng thuê 18 ha với Công ty CP Khu công nghiệp Sao Đỏ Xanh, thời hạn đến năm 2069.",
            "2025-10-18",
            "provincial",
            ["cung_ngay", "lease", "park_developer", "firm_pair", "area"],
            firms=[
                f("Pin Năng lượng Hải An Tech", "Công ty TNHH"),
                f("Khu công nghiệp Sao Đỏ Xanh", "Công ty CP"),
            ],
            areas=[ha(18)],
            deals=[deal("cooperation", ["Pin Năng lượng Hải An Tech", "Khu công nghiệp Sao Đỏ Xanh"])],
            events=[
                ev(
                    "cooperation",
                    [F("Pin Năng lượng Hải An Tech"), F("Khu công nghiệp Sao Đỏ Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3555,
            "Công ty TNHH Nước giải khát Suntory PepsiCo Việt Nam chọn Công ty CP Bao bì Nhựa Tân Tiến Xanh cung cấp phôi chai PET tái chế cho nhà máy Bắc Ninh, hợp đồng 3 năm trị giá khoảng 420 tỷ đồng.",
            "2025-07-23",
            "ministry",
            ["nfd", "chon_supplier", "supply_contract", "firm_pair", "site_province", "approx"],
            provinces=[pv("Bắc Ninh")],
            firms=[
                f("Nước giải khát Suntory PepsiCo", "Công ty TNHH"),
                f("Bao bì Nhựa Tân Tiến Xanh", "Công ty CP"),
            ],
            money=[m(420 * B, "VND", None, True)],
            deals=[
                deal(
                    "supply_contract",
                    ["Nước giải khát Suntory PepsiCo", "Bao bì Nhựa Tân Tiến Xanh"],
                    420 * B,
                    BN,
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Nước giải khát Suntory PepsiCo"), F("Bao bì Nhựa Tân Tiến Xanh")],
                    420 * B,
                    "VND",
                    BN,
                    "signed",
                )
            ],
        ),
        h(
            3556,
            "Tập đoàn Hòa Phát và Công ty TNHH Danieli Việt Nam ký hợp đồng cung cấp dây chuyền cán thép ray công suất 700.000 tấn/năm, trị giá 128 triệu euro.",
            "2025-12-04",
            "ministry",
            ["supply_contract", "firm_pair", "capacity_not_quantity", "eur"],
            firms=[f("Hòa Phát", "Tập đoàn"), f("Danieli", "Công ty TNHH")],
            money=[m(128 * M, "EUR")],
            deals=[deal("supply_contract", ["Hòa Phát", "Danieli"], 128 * M)],
            events=[ev("supply_contract", [F("Hòa Phát"), F("Danieli")], 128 * M, "EUR", None, "signed")],
        ),
        h(
            3557,
            "Công ty CP Dược phẩm Trà Vinh Xanh và Công ty TNHH Sanofi-Synthelabo ký hợp đồng nhượng quyền sản xuất 6 loại thuốc tim mạch, có hiệu lực từ tháng 1/2026.",
            "2025-10-08",
            "ministry",
            ["licence_agreement", "cooperation", "firm_pair", "hyphen_name", "count"],
            firms=[f("Dược phẩm Trà Vinh Xanh", "Công ty CP"), f("Sanofi-Synthelabo", "Công ty TNHH")],
            quantities=[c(6, "loại thuốc")],
            deals=[deal("cooperation", ["Dược phẩm Trà Vinh Xanh", "Sanofi-Synthelabo"])],
            events=[
                ev(
                    "cooperation",
                    [F("Dược phẩm Trà Vinh Xanh"), F("Sanofi-Synthelabo")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3558,
            "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam cấp tín dụng 2.600 tỷ đồng cho Công ty CP Đầu tư KCN Phú Thọ Xanh để làm hạ tầng KCN Phù Ninh, hai bên ký hợp đồng chiều 5/8.",
            "2025-08-06",
            "provincial",
            ["credit", "firm_pair", "date_at_end", "deal_date"],
            firms=[
                f("Đầu tư và Phát triển Việt Nam", "Ngân hàng TMCP"),
                f("Đầu tư KCN Phú Thọ Xanh", "Công ty CP"),
            ],
            money=[m(2600 * B, "VND")],
            locations=[park("Khu công nghiệp Phù Ninh")],
            deals=[
                deal(
                    "cooperation",
                    ["Đầu tư và Phát triển Việt Nam", "Đầu tư KCN Phú Thọ Xanh"],
                    2600 * B,
                    None,
                    "2025-08-05",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư và Phát triển Việt Nam"), F("Đầu tư KCN Phú Thọ Xanh")],
                    2600 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3559,
            "Tập đoàn Vingroup ký biên bản ghi nhớ với Tập đoàn Siemens (Đức) về hợp tác tự động hóa cho các nhà máy linh kiện xe điện tại Hải Phòng.",
            "2025-09-29",
            "ministry",
            ["mou", "firm_pair", "country_bracket", "site_province"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Vingroup", "Tập đoàn"), f("Siemens", "Tập đoàn")],
            locations=[country("Đức")],
            deals=[deal("mou", ["Vingroup", "Siemens"], None, HP)],
            events=[ev("mou", [F("Vingroup"), F("Siemens")], None, None, HP, "signed")],
        ),
        h(
            3560,
            "Công ty TNHH Điện Stanley Hà Nội Xanh và Công ty CP Khuôn mẫu Chính xác Hòa Lạc ký hợp đồng chế tạo 24 bộ khuôn đèn pha, trị giá 1,9 triệu USD, giao trong quý III/2026.",
            "2025-11-19",
            "ministry",
            ["nfd", "supply_contract", "firm_pair", "count", "quarter_not_date"],
            firms=[
                f("Điện Stanley Hà Nội Xanh", "Công ty TNHH"),
                f("Khuôn mẫu Chính xác Hòa Lạc", "Công ty CP"),
            ],
            money=[m(1.9 * M, "USD")],
            quantities=[c(24, "bộ khuôn đèn pha")],
            deals=[
                deal("supply_contract", ["Điện Stanley Hà Nội Xanh", "Khuôn mẫu Chính xác Hòa Lạc"], 1.9 * M)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện Stanley Hà Nội Xanh"), F("Khuôn mẫu Chính xác Hòa Lạc")],
                    1.9 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3561,
            "Long An (cũ) - Công ty CP Đầu tư Sài Gòn - Đức Hòa Xanh đã bàn giao nhà xưởng xây sẵn 24.000 m2 cho Công ty TNHH Điện tử Tân Vạn Phát theo hợp đồng thuê ký ngày 2/4.",
            "2025-09-10",
            "provincial",
            ["old_province_cu", "handover", "ready_built_factory", "recalled_lease", "m2_to_ha", "deal_date"],
            provinces=[pv("Long An")],
            firms=[
                f("Đầu tư Sài Gòn - Đức Hòa Xanh", "Công ty CP"),
                f("Điện tử Tân Vạn Phát", "Công ty TNHH"),
            ],
            areas=[ha(2.4)],
            deals=[
                deal(
                    "cooperation",
                    ["Đầu tư Sài Gòn - Đức Hòa Xanh", "Điện tử Tân Vạn Phát"],
                    None,
                    None,
                    "2025-04-02",
                )
            ],
            events=[],
        ),
        h(
            3562,
            "Công ty CP Sữa Việt Nam và Hợp tác xã Bò sữa Mộc Châu Hợp Tiến ký hợp đồng thu mua 18.000 tấn sữa tươi trong năm 2026, theo thoả thuận giá tăng 4% so với năm trước.",
            "2025-12-22",
            "provincial",
            ["old_tone", "cooperative", "supply_contract", "firm_pair", "count", "percentage"],
            firms=[f("Sữa Việt Nam", "Công ty CP"), f("Bò sữa Mộc Châu Hợp Tiến", "Hợp tác xã")],
            percentages=[4],
            quantities=[c(18000, "tấn")],
            deals=[deal("supply_contract", ["Sữa Việt Nam", "Bò sữa Mộc Châu Hợp Tiến"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Sữa Việt Nam"), F("Bò sữa Mộc Châu Hợp Tiến")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3563,
            "Công ty CP Tập đoàn PAN Xanh hoàn tất mua 51% cổ phần Công ty CP Chế biến Hạt điều Bình Phước Mới ngày 14/11, nâng tổng số công ty con lên 12.",
            "2025-11-17",
            "ministry",
            ["acquisition", "firm_pair", "percentage", "deal_date", "count"],
            firms=[f("PAN Xanh", "Công ty CP"), f("Chế biến Hạt điều Bình Phước Mới", "Công ty CP")],
            percentages=[51],
            quantities=[c(12, "công ty con")],
            deals=[deal("investment", ["PAN Xanh"], None, None, "2025-11-14")],
            events=[
                ev(
                    "acquisition",
                    [F("PAN Xanh"), F("Chế biến Hạt điều Bình Phước Mới")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3564,
            "Trước đó, tháng 6/2025, hai bên đã ký thỏa thuận nguyên tắc về việc góp vốn, nhưng giá chuyển nhượng chỉ được chốt sau khi kiểm toán.",
            "2025-11-17",
            "ministry",
            ["truoc_do", "month_not_date", "no_parties_named", "no_event"],
            events=[],
        ),
        h(
            3565,
            "Công ty CP Cơ khí Đóng tàu Kiên Giang Xanh ký hợp đồng đóng 6 tàu cá vỏ thép cho Hợp tác xã Khai thác Hải sản Hòn Đất, tổng giá trị 51 tỷ đồng.",
            "2025-03-31",
            "provincial",
            ["shipbuilding", "cooperative", "supply_contract", "firm_pair", "count"],
            firms=[
                f("Cơ khí Đóng tàu Kiên Giang Xanh", "Công ty CP"),
                f("Khai thác Hải sản Hòn Đất", "Hợp tác xã"),
            ],
            money=[m(51 * B, "VND")],
            quantities=[c(6, "tàu cá vỏ thép")],
            deals=[
                deal(
                    "supply_contract",
                    ["Cơ khí Đóng tàu Kiên Giang Xanh", "Khai thác Hải sản Hòn Đất"],
                    51 * B,
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Đóng tàu Kiên Giang Xanh"), F("Khai thác Hải sản Hòn Đất")],
                    51 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3566,
            "Công ty TNHH Ô tô Hyundai Gia Viễn Xanh và Công ty CP Kính ô tô Hoa Lư ký hợp đồng cung cấp kính chắn gió cho 3 mẫu xe, sản lượng dự kiến 60.000 bộ mỗi năm.",
            "2025-08-14",
            "provincial",
            ["supply_contract", "firm_pair", "count"],
            firms=[f("Ô tô Hyundai Gia Viễn Xanh", "Công ty TNHH"), f("Kính ô tô Hoa Lư", "Công ty CP")],
            quantities=[c(3, "mẫu xe"), c(60000, "bộ")],
            deals=[deal("supply_contract", ["Ô tô Hyundai Gia Viễn Xanh", "Kính ô tô Hoa Lư"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Ô tô Hyundai Gia Viễn Xanh"), F("Kính ô tô Hoa Lư")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3567,
            "Sau lễ khởi công, Công ty TNHH Giày Annora Việt Nam ký hợp đồng tổng thầu xây dựng với Công ty CP Xây dựng Delta Thanh Hóa, giá trị 635 tỷ đồng.",
            "2025-06-03",
            "provincial",
            ["after_ceremony", "construction_contract", "supply_contract", "firm_pair", "place_in_name"],
            firms=[f("Giày Annora", "Công ty TNHH"), f("Xây dựng Delta Thanh Hóa", "Công ty CP")],
            money=[m(635 * B, "VND")],
            deals=[deal("supply_contract", ["Giày Annora", "Xây dựng Delta Thanh Hóa"], 635 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Giày Annora"), F("Xây dựng Delta Thanh Hóa")],
                    635 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3568,
            "Ba doanh nghiệp gồm Công ty CP Thực phẩm Sao Ta Mới, Công ty TNHH Thủy sản Cà Mau Việt và Công ty CP Chế biến Tôm Năm Căn đã ký hợp đồng mua thiết bị cấp đông IQF của Công ty TNHH Kỹ thuật Lạnh Mycom Việt Nam.",
            "2025-07-01",
            "ministry",
            ["many_signers_one_counterpart", "supply_contract", "three_events"],
            firms=[
                f("Thực phẩm Sao Ta Mới", "Công ty CP"),
                f("Thủy sản Cà Mau Việt", "Công ty TNHH"),
                f("Chế biến Tôm Năm Căn", "Công ty CP"),
                f("Kỹ thuật Lạnh Mycom", "Công ty TNHH"),
            ],
            quantities=[c(3, "doanh nghiệp")],
            deals=[
                deal("supply_contract", ["Thực phẩm Sao Ta Mới", "Kỹ thuật Lạnh Mycom"]),
                deal("supply_contract", ["Thủy sản Cà Mau Việt", "Kỹ thuật Lạnh Mycom"]),
                deal("supply_contract", ["Chế biến Tôm Năm Căn", "Kỹ thuật Lạnh Mycom"]),
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Thực phẩm Sao Ta Mới"), F("Kỹ thuật Lạnh Mycom")],
                    None,
                    None,
                    None,
                    "signed",
                ),
                ev(
                    "supply_contract",
                    [F("Thủy sản Cà Mau Việt"), F("Kỹ thuật Lạnh Mycom")],
                    None,
                    None,
                    None,
                    "signed",
                ),
                ev(
                    "supply_contract",
                    [F("Chế biến Tôm Năm Căn"), F("Kỹ thuật Lạnh Mycom")],
                    None,
                    None,
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            3569,
            "Thương vụ đổ vỡ: Công ty CP Gạch men Ý Mỹ Xanh thông báo chấm dứt hợp đồng chuyển nhượng nhà máy Phú Thọ cho Công ty TNHH Vật liệu Xây dựng Hoa Mỹ vì bên mua chậm thanh toán.",
            "2025-10-06",
            "ministry",
            ["headline_colon", "terminated_contract", "recalled_deal", "site_province", "no_event"],
            provinces=[pv("Phú Thọ")],
            firms=[f("Gạch men Ý Mỹ Xanh", "Công ty CP"), f("Vật liệu Xây dựng Hoa Mỹ", "Công ty TNHH")],
            deals=[deal("investment", ["Vật liệu Xây dựng Hoa Mỹ"], None, PT)],
            events=[],
        ),
        h(
            3570,
            "Đà Nẵng - Công ty TNHH Vận tải Biển Sông Hàn Xanh và Công ty TNHH Đóng tàu Dung Quất Mới ký hợp đồng sửa chữa lớn 3 tàu hàng rời, giá trị 38,5 tỷ đồng.",
            "2025-05-15",
            "provincial",
            ["nfd", "dateline_dash", "repair_contract", "supply_contract", "firm_pair", "count"],
            provinces=[pv("Đà Nẵng")],
            firms=[
                f("Vận tải Biển Sông Hàn Xanh", "Công ty TNHH"),
                f("Đóng tàu Dung Quất Mới", "Công ty TNHH"),
            ],
            money=[m(38.5 * B, "VND")],
            quantities=[c(3, "tàu hàng rời")],
            deals=[
                deal("supply_contract", ["Vận tải Biển Sông Hàn Xanh", "Đóng tàu Dung Quất Mới"], 38.5 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Vận tải Biển Sông Hàn Xanh"), F("Đóng tàu Dung Quất Mới")],
                    38.5 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3571,
            "Công ty CP Thép Pomina Xanh và Công ty TNHH Năng lượng Sembcorp Solar Việt Nam ký hợp đồng thuê mái 12 ha nhà xưởng để lắp điện mặt trời, bên thuê mái bán lại điện cho nhà máy với giá chiết khấu 10%.",
            "2025-02-19",
            "ministry",
            ["nfd", "roof_lease", "cooperation", "firm_pair", "area", "percentage"],
            firms=[f("Thép Pomina Xanh", "Công ty CP"), f("Năng lượng Sembcorp Solar", "Công ty TNHH")],
            percentages=[10],
            areas=[ha(12)],
            deals=[deal("cooperation", ["Thép Pomina Xanh", "Năng lượng Sembcorp Solar"])],
            events=[
                ev(
                    "cooperation",
                    [F("Thép Pomina Xanh"), F("Năng lượng Sembcorp Solar")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3572,
            "Công ty CP Logistics Lạng Sơn Xanh và Tổng công ty Đường sắt Việt Nam ký hợp đồng vận chuyển 400 chuyến tàu hàng liên vận từ ga Đồng Đăng đi Nam Ninh trong năm 2026.",
            "2025-12-12",
            "provincial",
            ["nfd", "service_contract", "supply_contract", "firm_pair", "state_firm", "count"],
            firms=[f("Logistics Lạng Sơn Xanh", "Công ty CP"), f("Đường sắt Việt Nam", "Tổng công ty")],
            quantities=[c(400, "chuyến tàu hàng")],
            deals=[deal("supply_contract", ["Logistics Lạng Sơn Xanh", "Đường sắt Việt Nam"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Logistics Lạng Sơn Xanh"), F("Đường sắt Việt Nam")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3573,
            "An Giang - Công ty CP Xuất nhập khẩu Thủy sản Châu Phú Xanh đã khánh thành nhà máy chế biến cá tra 50.000 tấn/năm tại KCN Bình Long ngày 20/12; cũng tại buổi lễ, công ty ký biên bản ghi nhớ bao tiêu cá nguyên liệu với Hợp tác xã Thủy sản Vĩnh Thạnh Trung.",
            "2025-12-21",
            "provincial",
            [
                "nfd",
                "dateline_dash",
                "inauguration",
                "mou_at_inauguration",
                "cooperative",
                "two_events",
                "deal_date",
            ],
            provinces=[pv("An Giang")],
            firms=[
                f("Xuất nhập khẩu Thủy sản Châu Phú Xanh", "Công ty CP"),
                f("Thủy sản Vĩnh Thạnh Trung", "Hợp tác xã"),
            ],
            locations=[park("Khu công nghiệp Bình Long")],
            deals=[
                deal(
                    "mou",
                    ["Xuất nhập khẩu Thủy sản Châu Phú Xanh", "Thủy sản Vĩnh Thạnh Trung"],
                    None,
                    None,
                    "2025-12-20",
                )
            ],
            events=[
                ev(
                    "inauguration",
                    [F("Xuất nhập khẩu Thủy sản Châu Phú Xanh")],
                    None,
                    None,
                    None,
                    "completed",
                ),
                ev(
                    "mou",
                    [F("Xuất nhập khẩu Thủy sản Châu Phú Xanh"), F("Thủy sản Vĩnh Thạnh Trung")],
                    None,
                    None,
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            3574,
            "Công ty TNHH Công nghiệp Nặng Doosan Việt Nam và Công ty CP Lilama 10 Mới ký hợp đồng lắp đặt thiết bị cơ khí thuỷ công cho nhà máy thuỷ điện Nậm Mô 2 tại Nghệ An, trị giá 210 tỷ đồng.",
            "2025-09-17",
            "ministry",
            ["old_tone", "installation_contract", "supply_contract", "firm_pair", "site_province"],
            provinces=[pv("Nghệ An")],
            firms=[f("Công nghiệp Nặng Doosan", "Công ty TNHH"), f("Lilama 10 Mới", "Công ty CP")],
            money=[m(210 * B, "VND")],
            deals=[
                deal("supply_contract", ["Công nghiệp Nặng Doosan", "Lilama 10 Mới"], 210 * B, cur("Nghệ An"))
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Công nghiệp Nặng Doosan"), F("Lilama 10 Mới")],
                    210 * B,
                    "VND",
                    cur("Nghệ An"),
                    "signed",
                )
            ],
        ),
        h(
            3575,
            "Hai doanh nghiệp Hàn Quốc đã ký hợp đồng thuê tổng cộng 26 ha tại KCN Tràng Duệ 3 trong tháng 11, đưa tỷ lệ lấp đầy giai đoạn 1 lên 64%.",
            "2025-12-03",
            "provincial",
            ["unnamed_tenants", "area", "percentage", "no_event"],
            percentages=[64],
            areas=[ha(26)],
            quantities=[c(2, "doanh nghiệp")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Tràng Duệ 3")],
            events=[],
        ),
        h(
            3576,
            "Công ty CP Cảng Cửa Lò Xanh và Công ty TNHH MTV Xi măng Hoàng Mai Mới ký hợp đồng xuất khẩu qua cảng 1,5 triệu tấn clinker, có hiệu lực từ ngày 1/1/2026.",
            "2025-12-18",
            "provincial",
            ["service_contract", "supply_contract", "firm_pair", "effective_date", "count"],
            firms=[f("Cảng Cửa Lò Xanh", "Công ty CP"), f("Xi măng Hoàng Mai Mới", "Công ty TNHH MTV")],
            quantities=[c(1_500_000, "tấn")],
            deals=[deal("supply_contract", ["Cảng Cửa Lò Xanh", "Xi măng Hoàng Mai Mới"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Cảng Cửa Lò Xanh"), F("Xi măng Hoàng Mai Mới")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        # --- A few more firm pairs ---
        h(
            3577,
            "Chiều 24/6, Công ty TNHH Dệt Nhuộm Phố Nối Xanh và Tập đoàn Toray (Nhật Bản) ký hợp đồng chuyển giao công nghệ nhuộm không nước, giá trị 4,5 triệu USD.",
            "2025-06-25",
            "ministry",
            ["technology_transfer", "cooperation", "firm_pair", "country_bracket", "deal_date"],
            firms=[f("Dệt Nhuộm Phố Nối Xanh", "Công ty TNHH"), f("Toray", "Tập đoàn")],
            money=[m(4.5 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[deal("cooperation", ["Dệt Nhuộm Phố Nối Xanh", "Toray"], 4.5 * M, None, "2025-06-24")],
            events=[
                ev("cooperation", [F("Dệt Nhuộm Phố Nối Xanh"), F("Toray")], 4.5 * M, "USD", None, "signed")
            ],
        ),
        h(
            3578,
            "Theo hợp đồng ký ngày 9/9, Công ty CP Cơ khí Mạo Khê Xanh sẽ chế tạo 16 toa xe chở than cho Công ty CP Than Hà Tu Mới trong 10 tháng, tổng giá trị 58 tỷ đồng.",
            "2025-09-11",
            "provincial",
            ["theo_hop_dong", "supply_contract", "firm_pair", "count", "deal_date"],
            firms=[f("Cơ khí Mạo Khê Xanh", "Công ty CP"), f("Than Hà Tu Mới", "Công ty CP")],
            money=[m(58 * B, "VND")],
            quantities=[c(16, "toa xe chở than")],
            deals=[
                deal("supply_contract", ["Cơ khí Mạo Khê Xanh", "Than Hà Tu Mới"], 58 * B, None, "2025-09-09")
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Mạo Khê Xanh"), F("Than Hà Tu Mới")],
                    58 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3579,
            "Công ty CP Hạ tầng Tân Trào Xanh và Công ty TNHH Đầu tư Hạ tầng Amata City Phú Thọ ký thỏa thuận hợp tác nghiên cứu phát triển khu công nghiệp 300 ha tại Phú Thọ.",
            "2025-04-29",
            "provincial",
            ["mou", "firm_pair", "area", "site_province", "place_in_name"],
            provinces=[pv("Phú Thọ")],
            firms=[
                f("Hạ tầng Tân Trào Xanh", "Công ty CP"),
                f("Đầu tư Hạ tầng Amata City Phú Thọ", "Công ty TNHH"),
            ],
            areas=[ha(300)],
            deals=[deal("mou", ["Hạ tầng Tân Trào Xanh", "Đầu tư Hạ tầng Amata City Phú Thọ"], None, PT)],
            events=[
                ev(
                    "mou",
                    [F("Hạ tầng Tân Trào Xanh"), F("Đầu tư Hạ tầng Amata City Phú Thọ")],
                    None,
                    None,
                    PT,
                    "signed",
                )
            ],
        ),
        h(
            3580,
            "Công ty CP Gỗ An Cường Mới đã ký hợp đồng mua 45.000 m3 ván MDF của Công ty CP Ván Công nghiệp Thanh Hóa Xanh cho năm 2026, trị giá khoảng 310 tỷ đồng.",
            "2025-12-01",
            "ministry",
            ["supply_contract", "firm_pair", "volume_unit", "approx"],
            firms=[f("Gỗ An Cường Mới", "Công ty CP"), f("Ván Công nghiệp Thanh Hóa Xanh", "Công ty CP")],
            money=[m(310 * B, "VND", None, True)],
            quantities=[c(45000, "m3")],
            deals=[deal("supply_contract", ["Gỗ An Cường Mới", "Ván Công nghiệp Thanh Hóa Xanh"], 310 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Gỗ An Cường Mới"), F("Ván Công nghiệp Thanh Hóa Xanh")],
                    310 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3581,
            "Cao Bằng - Công ty TNHH Mangan Trùng Khánh Xanh và Công ty CP Hợp kim Sắt Bắc Kạn Mới ký hợp đồng cung cấp 36.000 tấn quặng mangan trong 3 năm.",
            "2025-08-27",
            "provincial",
            ["dateline_dash", "supply_contract", "firm_pair", "count"],
            provinces=[pv("Cao Bằng")],
            firms=[f("Mangan Trùng Khánh Xanh", "Công ty TNHH"), f("Hợp kim Sắt Bắc Kạn Mới", "Công ty CP")],
            quantities=[c(36000, "tấn")],
            deals=[deal("supply_contract", ["Mangan Trùng Khánh Xanh", "Hợp kim Sắt Bắc Kạn Mới"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Mangan Trùng Khánh Xanh"), F("Hợp kim Sắt Bắc Kạn Mới")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3582,
            "Ngân hàng TMCP Kỹ thương Việt Nam tài trợ 45 triệu USD cho Công ty TNHH Sợi Texhong Ngân Hà Xanh để mua máy kéo sợi cho nhà máy ở Quảng Ninh, hợp đồng tín dụng được ký ngày 12/11.",
            "2025-11-13",
            "provincial",
            ["credit", "firm_pair", "plant_site_province", "deal_date"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Kỹ thương Việt Nam", "Ngân hàng TMCP"), f("Sợi Texhong Ngân Hà Xanh", "Công ty TNHH")],
            money=[m(45 * M, "USD")],
            deals=[
                deal(
                    "cooperation",
                    ["Kỹ thương Việt Nam", "Sợi Texhong Ngân Hà Xanh"],
                    45 * M,
                    QNI,
                    "2025-11-12",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Kỹ thương Việt Nam"), F("Sợi Texhong Ngân Hà Xanh")],
                    45 * M,
                    "USD",
                    QNI,
                    "signed",
                )
            ],
        ),
    ]
