# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 20 (blind, real-text shapes, issue 12): a ninth blind batch, written after reading about 55 real
Vietnamese pages and excerpts (of about 170 results) in the search tool's `pages` corpus from 21 searches not
made for batches 12-19, chosen for other regions and writers: Quảng Ninh (its economic-zone authority's
"Thứ nhất là dự án ... Thứ hai là dự án ..." licence notes, Sông Khoai and Đông Mai), Bắc Giang and Lạng Sơn
(Quang Châu, Vân Trung, a subsidiary that "thuê lại mặt bằng từ" a park developer named with its parent and
its stock code, a chairman handing over an MoU to a park developer), Ninh Bình and the former Thái Bình and
Nam Định (Gián Khẩu, Liên Hà Thái, "Theo Báo Ninh Bình, sáng 20/9, ..."), Nghệ An and Hà Tĩnh (the VSIP and
WHA parks, VNS English copy of a Prime Minister's decision, a joint venture's groundbreaking at Vũng Áng),
Quảng Ngãi with the former Kon Tum (a licence ceremony announced ahead with a dash list of projects), Bình
Dương after it joined TP.HCM ("tỉnh Bình Dương (cũ)", Becamex's parks), Long An and Đồng Tháp, Sơn La and
Điện Biên (farm-produce plants); writers: Vietnammoi, Soha, Báo Đầu tư, Tạp chí Công Thương, Phụ nữ Pháp
luật, ANTV, doanhnghiephoinhap, VEN "(VEN) -", Tuổi Trẻ "TT -", VNF with its byline and GMT+7 stamp,
baohatinh, vietnamplus English, thitruongbiz, European and German firms' news retold (Bosch, Tesa-style,
Nestlé-style, Roding-style appositions "X - một công ty Đức chuyên về ..."), Japanese M&A notices, listed
firms' disclosures and AGM pages, charters, and provincial land-lease decisions.
Annotated for every field BEFORE any tagger was run on them, without reading the tagger code or data. No
sentence is taken or paraphrased from a page; the shapes are. Firm names are invented, or well-known brands
used in sentences of our own.

Conventions: exactly those of batches 10 and 12-19 (their docstrings), with their judgement calls: a deal
date needs a day ("Cùng ngày" gives none); "tăng vốn từ X lên Y" is about the increase, "tăng vốn lên X"
states no increase amount; a subsidiary named with its parent is the party when it signs; firm-school and
firm-association agreements are MoU events with no `deals` entry; a supplier's home province is not the
contract's province; leases with park developers and bank credit are "cooperation"; a joint venture's
`deals` entry is "cooperation"; an acquisition, a licence or a contract recalled as background is a deal but
not an event; a state body's MoU with a firm about training or supplier support is an MoU event with a
government party and no deal; in a bracketed or "tương đương" conversion the first figure written is the
amount; a licence said to be coming is announced; charter capital, revenue and profit are money only; a
project line with no licensing verb in its own row is an announced investment; one signer with several
counterparts gives one event per pair; a region prefix before a contract is a province mention, the site of
a plant, a lease or a project is the deal's province; an acquisition's `deals` entry is the buyer's
"investment"; an inauguration without a capital amount is an event with no `deals` entry; aliases and stock
codes in brackets are no firm mentions of their own; a foreign subsidiary keeps the place in its name,
"Việt Nam" and a trailing "Vina" are dropped from a foreign firm's name; a bank named with its branch is the
bank alone, the branch's province a mention; areas in m2 are given in hectares; prices per m2 are no money;
capacities ("tấn/năm", "MW", "xe/năm") are no quantities; a business-registration certificate and an
environmental permit are no licences; a People's Committee's decision founding a park or a cluster with its
investor named is a licence of that investor; a pledge of a total at a meeting with unnamed projects is no
event. Every row with no event carries `events=[]`. Calls made here in the same spirit:

- A People's Committee decision letting a firm lease state land for a plant ("Quyết định số .../QĐ-UBND cho
  Công ty X thuê 1,25 ha đất tại Cụm công nghiệp Y để xây dựng nhà máy") is a "cooperation" between the
  committee and the firm: a cooperation event with a government party and the firm, at the committee's
  province, and no `deals` entry (the deals field pairs firms only), as a state body's MoU.
- "Trao biên bản ghi nhớ đầu tư cho đại diện Công ty X, dự án ... tổng mức đầu tư dự kiến ..." by a province,
  and an MoU between a province and a group on a named project, are MoU events (government and firm) and an
  "mou" deal of the firm alone with the amount, the province being the project's site.
- A firm described in an apposition after a dash ("X - một doanh nghiệp Đức chuyên về ..., đã ký thỏa thuận
  với Công ty Y") is a bare firm mention; the country in the apposition is a location.
- Lines of a dash list or of a pipe table of projects ("- Dự án ... do Công ty X (Hàn Quốc) làm chủ đầu tư,
  ... vốn ...") with no licensing verb in their own row are announced investments, as batch 19's project lines,
  even when the lead says a licence is coming.
- A contract or a licence recalled with "Trước đó, ngày 29/5, ..." or "Được cấp giấy chứng nhận ... ngày 14
  tháng 2 năm 2025" as background is a deal but not an event (as a recalled contract), keeping its date; a
  revoked licence or a terminated project is neither.
- A court decision recognising the parties' settlement of a dispute over a supply contract recalls that
  contract: a deal, no event; the decision number with its date is a document.
- VNS English copy, as batch 17's: "Decision 1188/QD-TTg dated June 17, 2025" is the decision "1188/QĐ-TTg";
  "X JSC" is legal form "JSC"; an English park name is no location; no government party is read from
  "The Deputy Prime Minister has signed".
- An amount in euros is "EUR"; "đô la" alone is "USD"; a capital intensity per hectare ("14,6 triệu USD/ha")
  is no money, as a price per m2.
- A general meeting's resolution approving a contract with a related party that the issuer ("Công ty")
  will sign is an announced event with the one named firm and no `deals` entry, as batch 14's board
  resolutions and batch 12's one-named-party lease.
- A repeated amount (in a glued headline and in the lead) is one money mention, as batch 18.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_20(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    QN = cur("Quảng Ninh")
    BG = cur("Bắc Giang")
    LS = cur("Lạng Sơn")
    NB = cur("Ninh Bình")
    TB = cur("Thái Bình")
    NA = cur("Nghệ An")
    HT = cur("Hà Tĩnh")
    QNG = cur("Quảng Ngãi")
    HCM = cur("Hồ Chí Minh")
    LA = cur("Long An")
    DT = cur("Đồng Tháp")
    DB = cur("Điện Biên")
    HN = cur("Hà Nội")
    HP = cur("Hải Phòng")
    BN = cur("Bắc Ninh")
    DNA = cur("Đồng Nai")

    return [
        # --- Quảng Ninh ---
        h(
            3201,
            "Quảng Ninh: Hai dự án FDI mới vào KCN Bắc Tiền Phong Chiều 12/3, KCN Bắc Tiền Phong đón thêm 2 dự án vừa được Ban Quản lý Khu kinh tế Quảng Ninh cấp phép, tổng vốn 131 triệu USD.",
            "2025-03-13",
            "provincial",
            ["headline_merged", "region_prefix", "licence_total", "unnamed_investors", "count", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            money=[m(131 * M, "USD")],
            quantities=[c(2, "dự án")],
            locations=[park("Khu công nghiệp Bắc Tiền Phong")],
            events=[],
        ),
        h(
            3202,
            "Thứ nhất là dự án sản xuất ống kính camera hành trình do Công ty TNHH Quang học Sakuraba (Nhật Bản) làm chủ đầu tư, vốn 74 triệu USD; thứ hai là dự án của Công ty TNHH Vật liệu Mới Thiên Hải (Trung Quốc), vốn 57 triệu USD.",
            "2025-03-13",
            "provincial",
            [
                "thu_nhat_thu_hai",
                "project_line",
                "investment_announcement",
                "country_bracket",
                "two_investors",
            ],
            firms=[f("Quang học Sakuraba", "Công ty TNHH"), f("Vật liệu Mới Thiên Hải", "Công ty TNHH")],
            money=[m(74 * M, "USD"), m(57 * M, "USD")],
            locations=[country("Nhật Bản"), country("Trung Quốc")],
            deals=[
                deal("investment", ["Quang học Sakuraba"], 74 * M),
                deal("investment", ["Vật liệu Mới Thiên Hải"], 57 * M),
            ],
            events=[
                ev("investment_announcement", [F("Quang học Sakuraba")], 74 * M, "USD", None, "announced"),
                ev(
                    "investment_announcement", [F("Vật liệu Mới Thiên Hải")], 57 * M, "USD", None, "announced"
                ),
            ],
        ),
        h(
            3203,
            "Sáng 5/6, tại KCN Sông Khoai, Công ty TNHH Điện tử Kaizen Precision khởi công nhà máy bo mạch điều khiển cho máy giặt, tổng vốn đầu tư 48 triệu USD, dự kiến vận hành từ quý III/2026.",
            "2025-06-06",
            "provincial",
            ["groundbreaking", "park", "quarter_not_date", "deal_date"],
            firms=[f("Điện tử Kaizen Precision", "Công ty TNHH")],
            money=[m(48 * M, "USD")],
            locations=[park("Khu công nghiệp Sông Khoai")],
            deals=[deal("groundbreaking", ["Điện tử Kaizen Precision"], 48 * M, None, "2025-06-05")],
            events=[ev("groundbreaking", [F("Điện tử Kaizen Precision")], 48 * M, "USD", None, "started")],
        ),
        h(
            3204,
            "Trong năm 2025, Ban Quản lý Khu kinh tế Quảng Ninh đặt mục tiêu thu hút ít nhất 2,5 tỷ USD vốn FDI và 40.000 tỷ đồng vốn trong nước vào các khu công nghiệp.",
            "2025-02-10",
            "provincial",
            ["target", "two_currencies", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            money=[m(2.5 * B, "USD"), m(40000 * B, "VND")],
            events=[],
        ),
        h(
            3205,
            "Công ty CP Đầu tư Phát triển KCN Đông Mai Xanh đã ký hợp đồng cho thuê 12 ha đất với Công ty TNHH Công nghệ Màn hình Hạo Vũ để mở rộng xưởng lắp ráp tấm nền LCD tại KCN Đông Mai.",
            "2025-07-22",
            "provincial",
            ["lease", "park_developer", "firm_pair", "area", "site_park_no_province"],
            firms=[
                f("Đầu tư Phát triển KCN Đông Mai Xanh", "Công ty CP"),
                f("Công nghệ Màn hình Hạo Vũ", "Công ty TNHH"),
            ],
            areas=[ha(12)],
            locations=[park("Khu công nghiệp Đông Mai")],
            deals=[deal("cooperation", ["Đầu tư Phát triển KCN Đông Mai Xanh", "Công nghệ Màn hình Hạo Vũ"])],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư Phát triển KCN Đông Mai Xanh"), F("Công nghệ Màn hình Hạo Vũ")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3206,
            "Tổng vốn của dự án hơn 5.120 tỷ đồng, tức khoảng 201 triệu USD, trên khu đất rộng chừng 14 ha; giấy chứng nhận đầu tư được cấp từ cuối tháng 8/2024.",
            "2025-07-22",
            "provincial",
            ["conversion_tuc", "past_licence_month", "area", "approx", "no_event"],
            money=[m(5120 * B, "VND", None, True), m(201 * M, "USD", None, True)],
            areas=[ha(14, True)],
            events=[],
        ),
        h(
            3207,
            "Suất đầu tư của dự án vào khoảng 14,6 triệu USD/ha, thuộc nhóm cao nhất tỉnh.",
            "2025-07-22",
            "provincial",
            ["ratio_per_ha", "no_event"],
            events=[],
        ),
        h(
            3208,
            "Hạ Long - Tập đoàn Thành Công và Công ty CP Phát triển Hạ tầng Cửa Lục ký thỏa thuận hợp tác phát triển khu phụ trợ ô tô 120 ha bên bờ vịnh Cửa Lục.",
            "2025-05-14",
            "provincial",
            ["dateline_dash", "city_not_province", "mou", "firm_pair", "area"],
            firms=[f("Thành Công", "Tập đoàn"), f("Phát triển Hạ tầng Cửa Lục", "Công ty CP")],
            areas=[ha(120)],
            deals=[deal("mou", ["Thành Công", "Phát triển Hạ tầng Cửa Lục"])],
            events=[
                ev("mou", [F("Thành Công"), F("Phát triển Hạ tầng Cửa Lục")], None, None, None, "signed")
            ],
        ),
        h(
            3209,
            "(QNP) - Ngày 18/9, UBND tỉnh Quảng Ninh ban hành Quyết định số 2874/QĐ-UBND chọn Công ty TNHH Vật liệu Composite Đông Bắc làm nhà đầu tư dự án sợi thủy tinh Hải Hà, vốn 1.860 tỷ đồng.",
            "2025-09-20",
            "legal",
            ["source_tag", "decision_with_date", "licence", "government_party", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            decisions=[d("2874/QĐ-UBND", "2025-09-18")],
            firms=[f("Vật liệu Composite Đông Bắc", "Công ty TNHH")],
            money=[m(1860 * B, "VND")],
            deals=[deal("investment", ["Vật liệu Composite Đông Bắc"], 1860 * B, QN, "2025-09-18")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Quảng Ninh"), F("Vật liệu Composite Đông Bắc")],
                    1860 * B,
                    "VND",
                    QN,
                    "licensed",
                )
            ],
        ),
        h(
            3210,
            "Cảng Cái Lân đã ký hợp đồng với hãng tàu Evergreen để mở tuyến container trực tiếp đi Bắc Mỹ? Lãnh đạo Công ty CP Cảng Quảng Ninh Xanh khẳng định đây là thông tin không chính xác, hai bên mới dừng ở mức trao đổi.",
            "2025-10-02",
            "provincial",
            ["rumour_denied", "question_headline", "no_contract", "no_event"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Cảng Quảng Ninh Xanh", "Công ty CP"), f("Evergreen")],
            events=[],
        ),
        h(
            3211,
            "Ông Vũ Quang Thịnh, Trưởng Ban Quản lý Khu kinh tế Quảng Ninh, cho biết lũy kế đến nay các KCN của tỉnh đã thu hút 168 dự án FDI với tổng vốn đăng ký khoảng 9,4 tỷ USD.",
            "2025-12-01",
            "provincial",
            ["cumulative", "person_comma", "count", "approx", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            persons=[per("Vũ Quang Thịnh", "Trưởng Ban Quản lý Khu kinh tế Quảng Ninh")],
            provinces=[pv("Quảng Ninh")],
            money=[m(9.4 * B, "USD", None, True)],
            quantities=[c(168, "dự án")],
            events=[],
        ),
        h(
            3212,
            "Tổng công ty Đông Bắc và Công ty TNHH Thiết bị Mỏ Uông Bí ký hợp đồng mua 36 xe cào vơ máng cào cho các lò chợ, giá trị 214 tỷ đồng.",
            "2025-04-08",
            "provincial",
            ["nfd", "supply_contract", "firm_pair", "tong_cong_ty", "count"],
            firms=[f("Đông Bắc", "Tổng công ty"), f("Thiết bị Mỏ Uông Bí", "Công ty TNHH")],
            money=[m(214 * B, "VND")],
            quantities=[c(36, "xe cào vơ máng cào")],
            deals=[deal("supply_contract", ["Đông Bắc", "Thiết bị Mỏ Uông Bí"], 214 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Đông Bắc"), F("Thiết bị Mỏ Uông Bí")],
                    214 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3213,
            "Công ty TNHH Dệt Hải Hà Sunrise thuộc Tập đoàn Kỳ Phong (Hồng Kông) vừa được điều chỉnh giấy chứng nhận đăng ký đầu tư, tăng vốn thêm 65 triệu USD cho nhà máy nhuộm tại KCN Cảng biển Hải Hà.",
            "2025-08-19",
            "provincial",
            ["capital_increase", "member_of_group", "passive_licence", "no_authority_named"],
            firms=[f("Dệt Hải Hà Sunrise", "Công ty TNHH"), f("Kỳ Phong", "Tập đoàn")],
            money=[m(65 * M, "USD")],
            locations=[country("Hồng Kông"), park("Khu công nghiệp Cảng biển Hải Hà")],
            deals=[deal("investment", ["Dệt Hải Hà Sunrise"], 65 * M)],
            events=[ev("investment_licence", [F("Dệt Hải Hà Sunrise")], 65 * M, "USD", None, "licensed")],
        ),
        h(
            3214,
            "Tính riêng quý III, Quảng Ninh cấp mới 9 dự án và điều chỉnh vốn 6 lượt dự án, nhưng chưa có dự án quy mô lớn nào.",
            "2025-10-05",
            "provincial",
            ["quarter_total", "count", "negated", "no_event"],
            provinces=[pv("Quảng Ninh")],
            quantities=[c(9, "dự án"), c(6, "lượt")],
            events=[],
        ),
        h(
            3215,
            "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) Chi nhánh Quảng Ninh ký hợp đồng tín dụng 780 tỷ đồng với Công ty CP Xi măng Thăng Long Hoành Bồ để thay lò nung clinker.",
            "2025-06-26",
            "provincial",
            ["credit", "bank_branch", "firm_pair", "acronym_bracket"],
            provinces=[pv("Quảng Ninh")],
            firms=[
                f("Đầu tư và Phát triển Việt Nam", "Ngân hàng TMCP"),
                f("Xi măng Thăng Long Hoành Bồ", "Công ty CP"),
            ],
            money=[m(780 * B, "VND")],
            deals=[
                deal("cooperation", ["Đầu tư và Phát triển Việt Nam", "Xi măng Thăng Long Hoành Bồ"], 780 * B)
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư và Phát triển Việt Nam"), F("Xi măng Thăng Long Hoành Bồ")],
                    780 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        # --- Bắc Giang and Lạng Sơn ---
        h(
            3216,
            "Được cấp giấy chứng nhận từ ngày 14 tháng 2 năm 2025, nhà máy vi mạch của Công ty TNHH Công nghệ Vi mạch Hoa Trung ở KCN Song Khê - Nội Hoàng đã lắp xong 70% thiết bị; vốn dự án là 2.300 tỷ đồng (khoảng 92 triệu USD).",
            "2025-06-03",
            "provincial",
            [
                "past_licence",
                "recalled_licence",
                "date_in_words",
                "conversion_bracket",
                "percentage",
                "deal_date",
            ],
            firms=[f("Công nghệ Vi mạch Hoa Trung", "Công ty TNHH")],
            money=[m(2300 * B, "VND"), m(92 * M, "USD", None, True)],
            percentages=[70],
            locations=[park("Khu công nghiệp Song Khê - Nội Hoàng")],
            deals=[deal("investment", ["Công nghệ Vi mạch Hoa Trung"], 2300 * B, None, "2025-02-14")],
            events=[],
        ),
        h(
            3217,
            "Mặt bằng dự án do Công ty TNHH Công nghệ Vi mạch Hoa Trung thuê lại của Công ty CP Phát triển KCN Việt Yên Xanh – doanh nghiệp có cổ đông lớn là Tập đoàn Đầu tư Tân Hưng (UPCoM: THX), diện tích 5,3 ha.",
            "2025-06-03",
            "provincial",
            ["lease", "park_developer", "firm_pair", "parent_shareholder", "stock_code", "area"],
            firms=[
                f("Công nghệ Vi mạch Hoa Trung", "Công ty TNHH"),
                f("Phát triển KCN Việt Yên Xanh", "Công ty CP"),
                f("Đầu tư Tân Hưng", "Tập đoàn"),
            ],
            areas=[ha(5.3)],
            deals=[deal("cooperation", ["Công nghệ Vi mạch Hoa Trung", "Phát triển KCN Việt Yên Xanh"])],
            events=[
                ev(
                    "cooperation",
                    [F("Công nghệ Vi mạch Hoa Trung"), F("Phát triển KCN Việt Yên Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3218,
            "Sáng 27/2, tỉnh Bắc Giang trao giấy chứng nhận đầu tư cho Công ty TNHH Điện tử Yuanfeng Bắc Giang thuộc Tập đoàn Yuanfeng (Đài Loan), dự án tại KCN Vân Trung với vốn ban đầu 34 triệu USD.",
            "2025-02-28",
            "provincial",
            ["licence", "province_as_actor", "place_in_name", "member_of_group", "deal_date"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Điện tử Yuanfeng Bắc Giang", "Công ty TNHH"), f("Yuanfeng", "Tập đoàn")],
            money=[m(34 * M, "USD")],
            locations=[country("Đài Loan"), park("Khu công nghiệp Vân Trung")],
            deals=[deal("investment", ["Điện tử Yuanfeng Bắc Giang"], 34 * M, BG, "2025-02-27")],
            events=[
                ev(
                    "investment_licence",
                    [G("tỉnh Bắc Giang"), F("Điện tử Yuanfeng Bắc Giang")],
                    34 * M,
                    "USD",
                    BG,
                    "licensed",
                )
            ],
        ),
        h(
            3219,
            "Bắc Giang (cũ) hiện có 7 KCN đi vào hoạt động, tỷ lệ lấp đầy bình quân khoảng 78%; riêng KCN Quang Châu đã kín đất.",
            "2025-09-11",
            "provincial",
            ["old_province_cu", "occupancy", "percentage", "count", "no_event"],
            provinces=[pv("Bắc Giang")],
            percentages=[78],
            quantities=[c(7, "KCN")],
            locations=[park("Khu công nghiệp Quang Châu")],
            events=[],
        ),
        h(
            3220,
            "Công ty TNHH Fukang Technology ký hợp đồng thuê nhà xưởng xây sẵn 42.000 m2 tại KCN Hòa Phú với Công ty CP BW Industrial Bắc Giang trong thời hạn 10 năm.",
            "2025-04-17",
            "provincial",
            ["ready_built_factory", "lease", "firm_pair", "area_m2"],
            firms=[f("Fukang Technology", "Công ty TNHH"), f("BW Industrial Bắc Giang", "Công ty CP")],
            areas=[ha(4.2)],
            locations=[park("Khu công nghiệp Hòa Phú")],
            deals=[deal("cooperation", ["Fukang Technology", "BW Industrial Bắc Giang"])],
            events=[
                ev(
                    "cooperation",
                    [F("Fukang Technology"), F("BW Industrial Bắc Giang")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3221,
            "Tại hội nghị, ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn, trao biên bản ghi nhớ cho Công ty CP Phát triển Hạ tầng Chi Lăng Xanh về dự án KCN Đồng Bành 2, vốn dự kiến 3.950 tỷ đồng.",
            "2025-05-23",
            "provincial",
            ["trao_mou", "person_comma", "government_party", "expected_total"],
            organizations=["Ủy ban nhân dân tỉnh Lạng Sơn"],
            provinces=[pv("Lạng Sơn")],
            persons=[per("Hồ Tiến Thiệu", "Chủ tịch UBND tỉnh Lạng Sơn")],
            firms=[f("Phát triển Hạ tầng Chi Lăng Xanh", "Công ty CP")],
            money=[m(3950 * B, "VND")],
            locations=[park("Khu công nghiệp Đồng Bành 2")],
            deals=[
                deal("investment", ["Phát triển Hạ tầng Chi Lăng Xanh"], 3950 * B, LS)
            ],  # an MoU between a government body and a firm is the firm's investment (batch 10 convention; corrected, session 10)
            events=[
                ev(
                    "mou",
                    [G("UBND tỉnh Lạng Sơn"), F("Phát triển Hạ tầng Chi Lăng Xanh")],
                    3950 * B,
                    "VND",
                    LS,
                    "signed",
                )
            ],
        ),
        h(
            3222,
            "Hai nhà đầu tư Trung Quốc đã khảo sát quỹ đất 300 ha ở Cụm công nghiệp Hợp Thành nhưng chưa nộp hồ sơ đề xuất dự án.",
            "2025-05-23",
            "provincial",
            ["survey", "unnamed_investors", "negated", "area", "no_event"],
            areas=[ha(300)],
            quantities=[c(2, "nhà đầu tư")],
            locations=[country("Trung Quốc"), park("Cụm công nghiệp Hợp Thành")],
            events=[],
        ),
        h(
            3223,
            "Đồng Đăng - Công ty CP Logistics Cửa khẩu Tân Thanh và Công ty TNHH Vận tải Quốc tế Bằng Tường (Trung Quốc) ký hợp đồng khai thác kho lạnh 6.000 tấn phục vụ nông sản xuất khẩu, thời hạn 5 năm.",
            "2025-11-06",
            "provincial",
            [
                "dateline_dash",
                "town_not_province",
                "service_contract",
                "supply_contract",
                "firm_pair",
                "country_bracket",
                "capacity",
            ],
            firms=[
                f("Logistics Cửa khẩu Tân Thanh", "Công ty CP"),
                f("Vận tải Quốc tế Bằng Tường", "Công ty TNHH"),
            ],
            locations=[country("Trung Quốc")],
            deals=[deal("supply_contract", ["Logistics Cửa khẩu Tân Thanh", "Vận tải Quốc tế Bằng Tường"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Logistics Cửa khẩu Tân Thanh"), F("Vận tải Quốc tế Bằng Tường")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3224,
            "UBND tỉnh Lạng Sơn đã ban hành quyết định thu hồi chủ trương đầu tư dự án nhà máy phân loại hoa quả của Công ty TNHH Nông sản Hữu Nghị Quan do chậm tiến độ 30 tháng.",
            "2025-08-14",
            "provincial",
            ["revoked", "licence_withdrawn", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Lạng Sơn"],
            provinces=[pv("Lạng Sơn")],
            firms=[f("Nông sản Hữu Nghị Quan", "Công ty TNHH")],
            events=[],
        ),
        h(
            3225,
            "Bắc Ninh: Trao quyết định chủ trương cho 3 dự án tại KCN Yên Lư Ngày 10/7, UBND tỉnh Bắc Ninh trao quyết định chấp thuận chủ trương đầu tư cho Công ty TNHH Linh kiện Ô tô Asahi Kasei Yên Dũng, dự án vốn 1.150 tỷ đồng.",
            "2025-07-11",
            "provincial",
            [
                "headline_merged",
                "region_prefix",
                "licence",
                "government_party",
                "after_merger",
                "deal_date",
                "count",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Linh kiện Ô tô Asahi Kasei Yên Dũng", "Công ty TNHH")],
            money=[m(1150 * B, "VND")],
            quantities=[c(3, "dự án")],
            locations=[park("Khu công nghiệp Yên Lư")],
            deals=[deal("investment", ["Linh kiện Ô tô Asahi Kasei Yên Dũng"], 1150 * B, BN, "2025-07-10")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Bắc Ninh"), F("Linh kiện Ô tô Asahi Kasei Yên Dũng")],
                    1150 * B,
                    "VND",
                    BN,
                    "licensed",
                )
            ],
        ),
        h(
            3226,
            "Công ty CP May Xuất khẩu Lục Ngạn đã khánh thành xưởng may thứ ba với 22 chuyền may, vốn 96 tỷ đồng, giải quyết việc làm cho khoảng 900 lao động.",
            "2025-03-29",
            "provincial",
            ["inauguration", "count", "approx"],
            firms=[f("May Xuất khẩu Lục Ngạn", "Công ty CP")],
            money=[m(96 * B, "VND")],
            quantities=[c(22, "chuyền may"), c(900, "lao động", True)],
            deals=[deal("investment", ["May Xuất khẩu Lục Ngạn"], 96 * B)],
            events=[ev("inauguration", [F("May Xuất khẩu Lục Ngạn")], 96 * B, "VND", None, "completed")],
        ),
        h(
            3227,
            "Sở Công Thương Lạng Sơn và Công ty TNHH Honda Việt Nam ký kết chương trình hợp tác hỗ trợ doanh nghiệp cơ khí của tỉnh tham gia chuỗi cung ứng phụ tùng xe máy.",
            "2025-10-16",
            "provincial",
            ["mou_support", "government_party", "no_deal"],
            organizations=["Sở Công Thương Lạng Sơn"],
            provinces=[pv("Lạng Sơn")],
            firms=[f("Honda", "Công ty TNHH")],
            events=[ev("mou", [G("Sở Công Thương Lạng Sơn"), F("Honda")], None, None, None, "signed")],
        ),
        h(
            3228,
            "Theo kế hoạch, Công ty TNHH Lens Technology Bắc Giang sẽ đưa nhà máy kính cường lực số 2 vào vận hành thương mại trong tháng 12/2025.",
            "2025-10-20",
            "provincial",
            ["plan", "future_operation", "place_in_name", "no_event"],
            firms=[f("Lens Technology Bắc Giang", "Công ty TNHH")],
            events=[],
        ),
        h(
            3229,
            "Chiều 8/10, tại KCN Việt Hàn, Công ty TNHH Khuôn Đúc Hanil Precision và Công ty CP Cơ khí Việt Yên ký hợp đồng chuyển giao công nghệ đúc áp lực nhôm, trị giá 2,4 triệu USD.",
            "2025-10-09",
            "provincial",
            ["technology_transfer", "cooperation", "firm_pair", "signing_place", "deal_date"],
            firms=[f("Khuôn Đúc Hanil Precision", "Công ty TNHH"), f("Cơ khí Việt Yên", "Công ty CP")],
            money=[m(2.4 * M, "USD")],
            locations=[park("Khu công nghiệp Việt Hàn")],
            deals=[
                deal(
                    "cooperation",
                    ["Khuôn Đúc Hanil Precision", "Cơ khí Việt Yên"],
                    2.4 * M,
                    None,
                    "2025-10-08",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Khuôn Đúc Hanil Precision"), F("Cơ khí Việt Yên")],
                    2.4 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3230,
            "Tập đoàn Foxconn hiện có 3 nhà máy tại Bắc Giang (cũ), tổng vốn đăng ký hơn 1 tỷ USD, trong đó Công ty TNHH Fuhong Precision Component Bắc Giang là dự án lớn nhất.",
            "2025-09-11",
            "provincial",
            ["cumulative", "old_province_cu", "place_in_name", "approx", "no_event"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Foxconn", "Tập đoàn"), f("Fuhong Precision Component Bắc Giang", "Công ty TNHH")],
            money=[m(1 * B, "USD", None, True)],
            quantities=[c(3, "nhà máy")],
            events=[],
        ),
        # --- Ninh Bình with the former Nam Định and Hà Nam; Hưng Yên with the former Thái Bình ---
        h(
            3231,
            "Theo Đài PT-TH Ninh Bình, sáng 14/10, Công ty CP Phụ tùng Ô tô Khánh Phú và Tập đoàn Hyundai Mobis (Hàn Quốc) đã động thổ nhà máy mô-đun buồng lái tại KCN Khánh Phú, tổng vốn hơn 1.100 tỉ đồng.",
            "2025-10-15",
            "provincial",
            [
                "attribution_broadcaster",
                "groundbreaking",
                "firm_pair",
                "country_bracket",
                "ti_spelling",
                "approx",
                "deal_date",
            ],
            provinces=[pv("Ninh Bình")],
            firms=[f("Phụ tùng Ô tô Khánh Phú", "Công ty CP"), f("Hyundai Mobis", "Tập đoàn")],
            money=[m(1100 * B, "VND", None, True)],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Khánh Phú")],
            deals=[
                # one deal per investor, as batches 15 and 17 write a joint groundbreaking (corrected, session 10)
                deal("groundbreaking", ["Phụ tùng Ô tô Khánh Phú"], 1100 * B, None, "2025-10-14"),
                deal("groundbreaking", ["Hyundai Mobis"], 1100 * B, None, "2025-10-14"),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Phụ tùng Ô tô Khánh Phú"), F("Hyundai Mobis")],
                    1100 * B,
                    "VND",
                    None,
                    "started",
                )
            ],
        ),
        h(
            3232,
            "Tính đến nay, các doanh nghiệp phụ trợ ô tô Hàn Quốc có 14 dự án ở Ninh Bình, vốn đăng ký cộng dồn khoảng 610 triệu USD.",
            "2025-10-15",
            "provincial",
            ["cumulative", "count", "approx", "no_event"],
            provinces=[pv("Ninh Bình")],
            money=[m(610 * M, "USD", None, True)],
            quantities=[c(14, "dự án")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            3233,
            "Ninh Bình: Khánh thành nhà máy săm lốp 2.700 tỷ đồng tại Nam Định cũ Sáng 11/11, Công ty TNHH Lốp xe Bảo Minh Sailun khánh thành nhà máy lốp radial tại KCN Bảo Minh, tổng vốn 2.700 tỷ đồng.",
            "2025-11-12",
            "provincial",
            [
                "headline_merged",
                "region_prefix",
                "old_province_cu",
                "inauguration",
                "deal_date",
                "amount_in_headline",
            ],
            provinces=[pv("Ninh Bình"), pv("Nam Định")],
            firms=[f("Lốp xe Bảo Minh Sailun", "Công ty TNHH")],
            money=[m(2700 * B, "VND")],
            locations=[park("Khu công nghiệp Bảo Minh")],
            deals=[deal("investment", ["Lốp xe Bảo Minh Sailun"], 2700 * B, NB, "2025-11-11")],
            events=[ev("inauguration", [F("Lốp xe Bảo Minh Sailun")], 2700 * B, "VND", NB, "completed")],
        ),
        h(
            3234,
            "Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Hưng Yên vừa trao giấy chứng nhận đăng ký đầu tư cho dự án nhà máy kính siêu trắng tại KCN Liên Hà Thái (Thái Bình cũ) của Công ty TNHH Vật liệu Kính Xinda Thái Thụy, vốn 295 triệu USD.",
            "2025-08-07",
            "provincial",
            [
                "licence",
                "government_party",
                "lower_case_authority",
                "old_province_cu",
                "investor_after_project",
            ],
            organizations=["Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên"), pv("Thái Bình")],
            firms=[f("Vật liệu Kính Xinda Thái Thụy", "Công ty TNHH")],
            money=[m(295 * M, "USD")],
            locations=[park("Khu công nghiệp Liên Hà Thái")],
            deals=[deal("investment", ["Vật liệu Kính Xinda Thái Thụy"], 295 * M, TB)],
            events=[
                ev(
                    "investment_licence",
                    [
                        G("Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Hưng Yên"),
                        F("Vật liệu Kính Xinda Thái Thụy"),
                    ],
                    295 * M,
                    "USD",
                    TB,
                    "licensed",
                )
            ],
        ),
        h(
            3235,
            "KCN Liên Hà Thái đến nay đã thu hút 19 dự án, tổng vốn khoảng 1,6 tỷ USD, chủ yếu trong lĩnh vực vật liệu và năng lượng.",
            "2025-08-07",
            "provincial",
            ["cumulative", "count", "approx", "no_event"],
            money=[m(1.6 * B, "USD", None, True)],
            quantities=[c(19, "dự án")],
            locations=[park("Khu công nghiệp Liên Hà Thái")],
            events=[],
        ),
        h(
            3236,
            "Ngày 9/1/2025, Thủ tướng Chính phủ ký Quyết định số 41/QĐ-TTg chấp thuận chủ trương đầu tư dự án hạ tầng KCN Tiền Hải 2, nhà đầu tư là Công ty CP Đầu tư Hạ tầng Tiền Hải, tổng vốn 2.480,6 tỷ đồng.",
            "2025-01-11",
            "legal",
            [
                "prime_minister",
                "decision_with_date",
                "licence",
                "nha_dau_tu_la",
                "decimal_billion",
                "deal_date",
            ],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("41/QĐ-TTg", "2025-01-09")],
            firms=[f("Đầu tư Hạ tầng Tiền Hải", "Công ty CP")],
            money=[m(2480.6 * B, "VND")],
            locations=[park("Khu công nghiệp Tiền Hải 2")],
            deals=[deal("investment", ["Đầu tư Hạ tầng Tiền Hải"], 2480.6 * B, None, "2025-01-09")],
            events=[
                ev(
                    "investment_licence",
                    [G("Thủ tướng Chính phủ"), F("Đầu tư Hạ tầng Tiền Hải")],
                    2480.6 * B,
                    "VND",
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            3237,
            "Nhà đầu tư góp 372,1 tỷ đồng, phần còn lại huy động từ vốn vay; hạ tầng phải hoàn thành trong 3 năm.",
            "2025-01-11",
            "legal",
            ["equity_share", "duration", "no_event"],
            money=[m(372.1 * B, "VND")],
            events=[],
        ),
        h(
            3238,
            "Công ty CP Dệt may Nam Định Xanh ký hợp đồng cung ứng 1,2 triệu mét vải denim cho Công ty TNHH May mặc Levi Strauss Việt Nam trong năm 2026, giá trị khoảng 5,1 triệu USD.",
            "2025-12-02",
            "ministry",
            ["supply_contract", "firm_pair", "vietnam_suffix", "approx", "count"],
            firms=[f("Dệt may Nam Định Xanh", "Công ty CP"), f("May mặc Levi Strauss", "Công ty TNHH")],
            money=[m(5.1 * M, "USD", None, True)],
            quantities=[c(1_200_000, "mét vải denim")],
            deals=[deal("supply_contract", ["Dệt may Nam Định Xanh", "May mặc Levi Strauss"], 5.1 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Dệt may Nam Định Xanh"), F("May mặc Levi Strauss")],
                    5.1 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3239,
            "UBND tỉnh Ninh Bình đã có Quyết định số 1532/QĐ-UBND ngày 22/8/2025 cho Công ty TNHH Cơ khí Chính xác Ý Yên thuê 1,25 ha đất tại Cụm công nghiệp Yên Dương để xây dựng nhà máy gia công trục cam.",
            "2025-08-30",
            "legal",
            ["land_lease_decision", "government_party", "decision_with_date", "area", "no_deal"],
            organizations=["Ủy ban nhân dân tỉnh Ninh Bình"],
            provinces=[pv("Ninh Bình")],
            decisions=[d("1532/QĐ-UBND", "2025-08-22")],
            firms=[f("Cơ khí Chính xác Ý Yên", "Công ty TNHH")],
            areas=[ha(1.25)],
            locations=[park("Cụm công nghiệp Yên Dương")],
            events=[
                ev(
                    "cooperation",
                    [G("UBND tỉnh Ninh Bình"), F("Cơ khí Chính xác Ý Yên")],
                    None,
                    None,
                    NB,
                    "signed",
                )
            ],
        ),
        h(
            3240,
            "Phó Chủ tịch UBND tỉnh Hưng Yên Nguyễn Lê Huy cho rằng, các dự án tại Khu kinh tế Thái Bình cần ưu tiên doanh nghiệp có công nghệ cao, tránh thu hút dàn trải.",
            "2025-10-28",
            "provincial",
            ["person_role_before", "opinion", "zone", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            persons=[per("Nguyễn Lê Huy", "Phó Chủ tịch UBND tỉnh Hưng Yên")],
            locations=[zone("Khu kinh tế Thái Bình")],
            events=[],
        ),
        h(
            3241,
            "Trước đó, tháng 4/2025, Công ty CP Phát triển Hạ tầng Gián Khẩu đã ký biên bản ghi nhớ với ba nhà đầu tư Hàn Quốc về việc thuê khoảng 30 ha, song đến nay chưa có hợp đồng chính thức.",
            "2025-09-21",
            "provincial",
            ["background_mou", "unnamed_counterparts", "negated_followup", "approx", "no_event"],
            firms=[f("Phát triển Hạ tầng Gián Khẩu", "Công ty CP")],
            areas=[ha(30, True)],
            quantities=[c(3, "nhà đầu tư")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            3242,
            "Công ty TNHH MTV Xi măng Vicem Tam Điệp và Công ty CP Vận tải Thủy Ninh Phúc ký hợp đồng vận chuyển 600.000 tấn clinker năm 2026 bằng sà lan qua cảng Ninh Phúc.",
            "2025-12-15",
            "provincial",
            ["nfd", "transport_contract", "supply_contract", "firm_pair", "mtv_form", "count"],
            firms=[
                f("Xi măng Vicem Tam Điệp", "Công ty TNHH MTV"),
                f("Vận tải Thủy Ninh Phúc", "Công ty CP"),
            ],
            quantities=[c(600000, "tấn")],
            deals=[deal("supply_contract", ["Xi măng Vicem Tam Điệp", "Vận tải Thủy Ninh Phúc"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Xi măng Vicem Tam Điệp"), F("Vận tải Thủy Ninh Phúc")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        # --- Nghệ An and Hà Tĩnh ---
        h(
            3243,
            "HÀ NỘI — The Deputy Prime Minister has signed Decision 1188/QD-TTg dated June 17, 2025, approving the investment policy for the Tho Loc 2 Industrial Park project in Nghệ An, with VSIP Nghe An JSC as the investor.",
            "2025-06-19",
            "ministry",
            ["english_text", "vns", "decision_no_diacritics", "english_date", "jsc_form", "licence"],
            provinces=[pv("Nghệ An")],
            decisions=[d("1188/QĐ-TTg", "2025-06-17")],
            firms=[f("VSIP Nghe An", "JSC")],
            deals=[deal("investment", ["VSIP Nghe An"], None, NA)],
            events=[ev("investment_licence", [F("VSIP Nghe An")], None, None, NA, "licensed")],
        ),
        h(
            3244,
            "Sáng 14/3, tại KCN WHA Industrial Zone 1 – Nghệ An, Công ty TNHH Công nghệ Điện tử Everwin Nghệ An khởi công nhà máy linh kiện tai nghe với tổng vốn 120 triệu USD.",
            "2025-03-15",
            "provincial",
            ["groundbreaking", "park_name_with_province", "place_in_name", "deal_date"],
            provinces=[pv("Nghệ An")],
            firms=[f("Công nghệ Điện tử Everwin Nghệ An", "Công ty TNHH")],
            money=[m(120 * M, "USD")],
            locations=[park("Khu công nghiệp WHA Industrial Zone 1 – Nghệ An")],
            deals=[deal("groundbreaking", ["Công nghệ Điện tử Everwin Nghệ An"], 120 * M, NA, "2025-03-14")],
            events=[
                ev("groundbreaking", [F("Công nghệ Điện tử Everwin Nghệ An")], 120 * M, "USD", NA, "started")
            ],
        ),
        h(
            3245,
            "Ban Quản lý KKT Đông Nam Nghệ An cho biết, 10 tháng năm 2025 đã cấp mới 21 dự án FDI, trong đó 14 dự án là nhà cung cấp linh kiện cho chuỗi Luxshare và Goertek.",
            "2025-11-03",
            "provincial",
            ["ten_month_total", "supplier_relation", "abbreviated_authority", "count", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Đông Nam Nghệ An"],
            provinces=[pv("Nghệ An")],
            firms=[f("Luxshare"), f("Goertek")],
            quantities=[c(21, "dự án"), c(14, "dự án")],
            events=[],
        ),
        h(
            3246,
            "(Baonghean.vn) - Công ty CP Đường Sông Lam và Hợp tác xã Nông nghiệp Nghĩa Đàn ký hợp đồng bao tiêu 45.000 tấn mía nguyên liệu vụ 2025-2026 tại vùng nguyên liệu phía tây tỉnh.",
            "2025-09-05",
            "provincial",
            ["source_tag", "offtake", "supply_contract", "cooperative_party", "count"],
            firms=[f("Đường Sông Lam", "Công ty CP"), f("Nông nghiệp Nghĩa Đàn", "Hợp tác xã")],
            quantities=[c(45000, "tấn")],
            deals=[deal("supply_contract", ["Đường Sông Lam", "Nông nghiệp Nghĩa Đàn"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Đường Sông Lam"), F("Nông nghiệp Nghĩa Đàn")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3247,
            "Ngày 7/8, Công ty CP Vật liệu Pin Kỳ Anh cùng đối tác Trung Quốc là Công ty TNHH Hóa chất Tân Nguyên (thuộc Tập đoàn Tân Nguyên) khởi công nhà máy vật liệu cực dương liên doanh tại Khu kinh tế Vũng Áng, vốn khoảng 3.400 tỷ đồng (chừng 134 triệu USD).",
            "2025-08-08",
            "provincial",
            [
                "groundbreaking",
                "joint_venture_plant",
                "firm_pair",
                "member_bracket",
                "conversion_bracket",
                "zone",
                "approx",
                "deal_date",
            ],
            firms=[
                f("Vật liệu Pin Kỳ Anh", "Công ty CP"),
                f("Hóa chất Tân Nguyên", "Công ty TNHH"),
                f("Tân Nguyên", "Tập đoàn"),
            ],
            money=[m(3400 * B, "VND", None, True), m(134 * M, "USD", None, True)],
            locations=[country("Trung Quốc"), zone("Khu kinh tế Vũng Áng")],
            deals=[
                # one deal per investor, as batches 15 and 17 write a joint groundbreaking (corrected, session 10)
                deal("groundbreaking", ["Vật liệu Pin Kỳ Anh"], 3400 * B, None, "2025-08-07"),
                deal("groundbreaking", ["Hóa chất Tân Nguyên"], 3400 * B, None, "2025-08-07"),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Vật liệu Pin Kỳ Anh"), F("Hóa chất Tân Nguyên")],
                    3400 * B,
                    "VND",
                    None,
                    "started",
                )
            ],
        ),
        h(
            3248,
            "Phát biểu tại lễ, bà Trần Thu Hà - Tổng Giám đốc Công ty CP Vật liệu Pin Kỳ Anh cho biết phần lớn sản phẩm sẽ bán cho các nhà sản xuất cell pin trong nước.",
            "2025-08-08",
            "provincial",
            ["speech", "person_dash_role", "plan", "no_event"],
            persons=[per("Trần Thu Hà", "Tổng Giám đốc Công ty CP Vật liệu Pin Kỳ Anh")],
            firms=[f("Vật liệu Pin Kỳ Anh", "Công ty CP")],
            events=[],
        ),
        h(
            3249,
            "Hà Tĩnh: Chấp thuận chủ trương đầu tư nhà máy chế biến gỗ 420 tỷ đồng UBND tỉnh Hà Tĩnh vừa chấp thuận chủ trương đầu tư cho Công ty CP Lâm sản Hương Sơn Xanh xây nhà máy ván MDF tại Cụm công nghiệp Sơn Thịnh, vốn 420 tỷ đồng.",
            "2025-07-30",
            "provincial",
            ["headline_merged", "region_prefix", "licence", "government_party", "amount_in_headline"],
            organizations=["Ủy ban nhân dân tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Lâm sản Hương Sơn Xanh", "Công ty CP")],
            money=[m(420 * B, "VND")],
            locations=[park("Cụm công nghiệp Sơn Thịnh")],
            deals=[deal("investment", ["Lâm sản Hương Sơn Xanh"], 420 * B, HT)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Hà Tĩnh"), F("Lâm sản Hương Sơn Xanh")],
                    420 * B,
                    "VND",
                    HT,
                    "licensed",
                )
            ],
        ),
        h(
            3250,
            "Hai doanh nghiệp Nhật Bản đang lập hồ sơ đề xuất làm nhà máy điện khí LNG 1.500 MW ở Quỳnh Lập (Nghệ An), vốn dự kiến 2,1 tỷ USD.",
            "2025-07-02",
            "provincial",
            ["proposal", "unnamed_investors", "capacity", "province_bracket", "no_event"],
            provinces=[pv("Nghệ An")],
            money=[m(2.1 * B, "USD")],
            quantities=[c(2, "doanh nghiệp")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            3251,
            "Tập đoàn Amata (Thái Lan) và tỉnh Hà Tĩnh ký biên bản ghi nhớ nghiên cứu phát triển khu công nghiệp Amata Hà Tĩnh tại huyện Cẩm Xuyên.",
            "2025-02-18",
            "provincial",
            [
                "mou",
                "government_party",
                "province_as_party",
                "country_bracket",
                "district",
                "province_in_park_name",
            ],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Amata", "Tập đoàn")],
            locations=[
                country("Thái Lan"),
                park("Khu công nghiệp Amata Hà Tĩnh"),
                district("huyện Cẩm Xuyên"),
            ],
            deals=[
                deal("investment", ["Amata"], None, HT)
            ],  # an MoU between a government body and a firm is the firm's investment (batch 10 convention; corrected, session 10)
            events=[ev("mou", [F("Amata"), G("tỉnh Hà Tĩnh")], None, None, HT, "signed")],
        ),
        h(
            3252,
            "Nhà máy kính nổi của Tổng công ty Viglacera tại Hoàng Mai chưa thể khởi công như kế hoạch vì vướng giải phóng mặt bằng 4,7 ha.",
            "2025-06-27",
            "provincial",
            ["delay", "negated", "area", "no_event"],
            firms=[f("Viglacera", "Tổng công ty")],
            areas=[ha(4.7)],
            events=[],
        ),
        h(
            3253,
            "Công ty TNHH Thép Formosa Hà Tĩnh ký hợp đồng mua 1,8 triệu tấn than luyện cốc với Công ty Whitehaven Coal (Australia) cho giai đoạn 2026-2027.",
            "2025-12-09",
            "ministry",
            [
                "supply_contract",
                "firm_pair",
                "place_in_name",
                "foreign_bare_cong_ty",
                "country_bracket",
                "count",
            ],
            firms=[f("Thép Formosa Hà Tĩnh", "Công ty TNHH"), f("Whitehaven Coal", "Công ty")],
            quantities=[c(1_800_000, "tấn")],
            locations=[country("Australia")],
            deals=[deal("supply_contract", ["Thép Formosa Hà Tĩnh", "Whitehaven Coal"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Thép Formosa Hà Tĩnh"), F("Whitehaven Coal")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3254,
            "Vinh - Ngân hàng TMCP Công Thương Việt Nam (VietinBank) Chi nhánh Nghệ An cấp gói tín dụng 350 tỷ đồng cho Công ty CP Bao bì Nghi Sơn Bắc để đầu tư dây chuyền giấy kraft.",
            "2025-05-06",
            "provincial",
            ["dateline_dash", "city_not_province", "credit", "bank_branch", "firm_pair", "acronym_bracket"],
            provinces=[pv("Nghệ An")],
            firms=[f("Công Thương Việt Nam", "Ngân hàng TMCP"), f("Bao bì Nghi Sơn Bắc", "Công ty CP")],
            money=[m(350 * B, "VND")],
            deals=[deal("cooperation", ["Công Thương Việt Nam", "Bao bì Nghi Sơn Bắc"], 350 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Công Thương Việt Nam"), F("Bao bì Nghi Sơn Bắc")],
                    350 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3255,
            "Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An và Công ty TNHH Luxshare-ICT Nghệ An ký thỏa thuận đào tạo 500 kỹ thuật viên điện tử theo đơn đặt hàng.",
            "2025-08-12",
            "provincial",
            ["mou_training", "school_party", "place_in_name", "count", "no_deal"],
            organizations=["Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An"],
            firms=[f("Luxshare-ICT Nghệ An", "Công ty TNHH")],
            quantities=[c(500, "kỹ thuật viên điện tử")],
            events=[
                ev(
                    "mou",
                    [O("Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An"), F("Luxshare-ICT Nghệ An")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        # --- Quảng Ngãi with the former Kon Tum ---
        h(
            3256,
            "Quảng Ngãi: Sẽ trao giấy chứng nhận đầu tư cho 3 dự án tại KCN Tịnh Phong Tại hội nghị xúc tiến đầu tư cuối năm, dự kiến diễn ra ngày 20/12, tỉnh sẽ trao giấy chứng nhận đăng ký đầu tư cho 3 dự án với tổng vốn khoảng 74 triệu USD.",
            "2025-12-10",
            "provincial",
            [
                "headline_merged",
                "region_prefix",
                "licence_coming",
                "licence_total",
                "unnamed_investors",
                "no_event",
            ],
            provinces=[pv("Quảng Ngãi")],
            money=[m(74 * M, "USD", None, True)],
            quantities=[c(3, "dự án")],
            locations=[park("Khu công nghiệp Tịnh Phong")],
            events=[],
        ),
        h(
            3257,
            "- Dự án Nhà máy sản xuất vali nhựa do Công ty TNHH Hanbit Luggage (Hàn Quốc) làm chủ đầu tư, quy mô khoảng 5 ha, vốn khoảng 17,5 triệu USD.",
            "2025-12-10",
            "provincial",
            ["dash_list", "project_line", "country_bracket", "area", "approx"],
            firms=[f("Hanbit Luggage", "Công ty TNHH")],
            money=[m(17.5 * M, "USD", None, True)],
            areas=[ha(5, True)],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Hanbit Luggage"], 17.5 * M)],
            events=[ev("investment_announcement", [F("Hanbit Luggage")], 17.5 * M, "USD", None, "announced")],
        ),
        h(
            3258,
            "- Dự án Nhà máy linh kiện quạt điện do Công ty TNHH Điện máy Ningbo Jiale (Trung Quốc) làm chủ đầu tư, vốn 21 triệu USD, công suất 4 triệu bộ/năm.",
            "2025-12-10",
            "provincial",
            ["dash_list", "project_line", "country_bracket", "capacity"],
            firms=[f("Điện máy Ningbo Jiale", "Công ty TNHH")],
            money=[m(21 * M, "USD")],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Điện máy Ningbo Jiale"], 21 * M)],
            events=[
                ev("investment_announcement", [F("Điện máy Ningbo Jiale")], 21 * M, "USD", None, "announced")
            ],
        ),
        h(
            3259,
            "Trước đó, ngày 12/3, Công ty CP Thép Dung Quất Xanh đã ký hợp đồng với Tập đoàn Primetals Technologies (Anh) cung cấp lò thổi oxy 120 tấn/mẻ cho dự án.",
            "2025-11-14",
            "ministry",
            ["background_contract", "truoc_do", "firm_pair", "country_bracket", "capacity", "deal_date"],
            firms=[f("Thép Dung Quất Xanh", "Công ty CP"), f("Primetals Technologies", "Tập đoàn")],
            locations=[country("Anh")],
            deals=[
                deal(
                    "supply_contract",
                    ["Thép Dung Quất Xanh", "Primetals Technologies"],
                    None,
                    None,
                    "2025-03-12",
                )
            ],
            events=[],
        ),
        h(
            3260,
            "Sở Xây dựng Quảng Ngãi đề nghị chủ đầu tư bàn giao 10,4 ha mặt bằng đợt đầu trước Tết để kịp khởi công trong quý I/2026.",
            "2025-11-14",
            "provincial",
            ["request", "planned_groundbreaking", "no_event"],
            organizations=["Sở Xây dựng Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            areas=[ha(10.4)],
            events=[],
        ),
        h(
            3261,
            "Ngày 2/10, Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi trao quyết định chấp thuận chủ trương đầu tư cho Công ty CP Lọc hóa dầu Bình Sơn dự án sản xuất polypropylene mở rộng, vốn 8.960 tỷ đồng.",
            "2025-10-03",
            "provincial",
            ["licence", "government_party", "authority_with_province", "deal_date"],
            organizations=["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Lọc hóa dầu Bình Sơn", "Công ty CP")],
            money=[m(8960 * B, "VND")],
            deals=[deal("investment", ["Lọc hóa dầu Bình Sơn"], 8960 * B, QNG, "2025-10-02")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi"), F("Lọc hóa dầu Bình Sơn")],
                    8960 * B,
                    "VND",
                    QNG,
                    "licensed",
                )
            ],
        ),
        h(
            3262,
            "Kon Tum (cũ) - Công ty CP Dược liệu Ngọc Linh Xanh khánh thành nhà máy chiết xuất sâm Ngọc Linh tại KCN Hòa Bình, vốn 310 tỉ đồng.",
            "2025-08-16",
            "provincial",
            ["dateline_dash", "old_province_cu", "inauguration", "ti_spelling"],
            provinces=[pv("Kon Tum")],
            firms=[f("Dược liệu Ngọc Linh Xanh", "Công ty CP")],
            money=[m(310 * B, "VND")],
            locations=[park("Khu công nghiệp Hòa Bình")],
            deals=[deal("investment", ["Dược liệu Ngọc Linh Xanh"], 310 * B, QNG)],
            events=[ev("inauguration", [F("Dược liệu Ngọc Linh Xanh")], 310 * B, "VND", QNG, "completed")],
        ),
        h(
            3263,
            "Công ty TNHH Giày Rich Footwear Quảng Ngãi và Công ty CP Đầu tư VSIP Quảng Ngãi ký hợp đồng thuê thêm 9 ha, nâng tổng diện tích nhà máy lên 24 ha.",
            "2025-04-24",
            "provincial",
            ["lease", "park_developer", "firm_pair", "area", "new_total"],
            firms=[
                f("Giày Rich Footwear Quảng Ngãi", "Công ty TNHH"),
                f("Đầu tư VSIP Quảng Ngãi", "Công ty CP"),
            ],
            areas=[ha(9), ha(24)],
            deals=[deal("cooperation", ["Giày Rich Footwear Quảng Ngãi", "Đầu tư VSIP Quảng Ngãi"])],
            events=[
                ev(
                    "cooperation",
                    [F("Giày Rich Footwear Quảng Ngãi"), F("Đầu tư VSIP Quảng Ngãi")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3264,
            "Lũy kế 9 tháng năm 2025, Tập đoàn Hòa Phát đạt doanh thu 112.300 tỷ đồng, lợi nhuận sau thuế 11.870 tỷ đồng, trong đó khu liên hợp Dung Quất đóng góp khoảng 60%.",
            "2025-10-22",
            "ministry",
            ["financials", "revenue_profit", "percentage", "no_event"],
            firms=[f("Hòa Phát", "Tập đoàn")],
            money=[m(112300 * B, "VND"), m(11870 * B, "VND")],
            percentages=[60],
            events=[],
        ),
        # --- TP.HCM with the former Bình Dương, Long An (now Tây Ninh), Đồng Tháp ---
        h(
            3265,
            "TP.HCM: Khởi công nhà máy linh kiện điều hòa 85 triệu USD tại Bàu Bàng Sáng 9/10, tại KCN Bàu Bàng mở rộng (tỉnh Bình Dương cũ), Công ty TNHH Máy nén Khí Highly Bàu Bàng khởi công nhà máy máy nén, vốn 85 triệu USD.",
            "2025-10-10",
            "provincial",
            [
                "headline_merged",
                "region_prefix",
                "old_province_cu",
                "groundbreaking",
                "after_merger",
                "deal_date",
            ],
            provinces=[pv("Hồ Chí Minh"), pv("Bình Dương")],
            firms=[f("Máy nén Khí Highly Bàu Bàng", "Công ty TNHH")],
            money=[m(85 * M, "USD")],
            locations=[park("Khu công nghiệp Bàu Bàng mở rộng")],
            deals=[deal("groundbreaking", ["Máy nén Khí Highly Bàu Bàng"], 85 * M, HCM, "2025-10-09")],
            events=[ev("groundbreaking", [F("Máy nén Khí Highly Bàu Bàng")], 85 * M, "USD", HCM, "started")],
        ),
        h(
            3266,
            "Ông Lê Quang Vinh - Tổng giám đốc Công ty CP Đầu tư Hạ tầng Tân Uyên Xanh (mã TUX) kiến nghị TP.HCM sớm phê duyệt quy hoạch phân khu KCN Vĩnh Tân 2.",
            "2025-07-10",
            "provincial",
            ["person_dash_role", "stock_code", "request", "no_event"],
            persons=[per("Lê Quang Vinh", "Tổng giám đốc Công ty CP Đầu tư Hạ tầng Tân Uyên Xanh")],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Đầu tư Hạ tầng Tân Uyên Xanh", "Công ty CP")],
            locations=[park("Khu công nghiệp Vĩnh Tân 2")],
            events=[],
        ),
        h(
            3267,
            "Tập đoàn Hansae (Hàn Quốc) đã ký hợp đồng với Becamex IDC thuê 22 ha tại KCN Cây Trường để làm xưởng may đồ thể thao.",
            "2025-10-13",
            "provincial",
            ["lease", "park_developer", "firm_pair", "bare_brand", "country_bracket", "area"],
            firms=[f("Hansae", "Tập đoàn"), f("Becamex IDC")],
            areas=[ha(22)],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Cây Trường")],
            deals=[deal("cooperation", ["Hansae", "Becamex IDC"])],
            events=[ev("cooperation", [F("Hansae"), F("Becamex IDC")], None, None, None, "signed")],
        ),
        h(
            3268,
            "Ban Quản lý các khu chế xuất và công nghiệp TP.HCM (Hepza) cho biết 11 tháng qua đã cấp mới 38 dự án, điều chỉnh tăng vốn 52 lượt với tổng vốn khoảng 1,27 tỷ USD.",
            "2025-12-02",
            "provincial",
            ["authority_with_alias", "eleven_month_total", "count", "approx", "no_event"],
            organizations=["Ban Quản lý các khu chế xuất và công nghiệp TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(1.27 * B, "USD", None, True)],
            quantities=[c(38, "dự án"), c(52, "lượt")],
            events=[],
        ),
        h(
            3269,
            "Công ty CP Dây cáp điện Tân Uyên Xanh thông báo đã ký hợp đồng cung cấp 420 km cáp trung thế cho Tổng công ty Điện lực TP.HCM - TNHH, trị giá 186 tỷ đồng.",
            "2025-09-17",
            "ministry",
            ["disclosure", "supply_contract", "firm_pair", "tong_cong_ty_tnhh_suffix", "count"],
            firms=[f("Dây cáp điện Tân Uyên Xanh", "Công ty CP"), f("Điện lực TP.HCM", "Tổng công ty")],
            money=[m(186 * B, "VND")],
            quantities=[c(420, "km cáp trung thế")],
            deals=[deal("supply_contract", ["Dây cáp điện Tân Uyên Xanh", "Điện lực TP.HCM"], 186 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Dây cáp điện Tân Uyên Xanh"), F("Điện lực TP.HCM")],
                    186 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3270,
            "(PLO)- Chiều 9/12, tại Khu công nghệ cao TP.HCM, Công ty TNHH Kiểm định Bán dẫn Saigon Test khánh thành phòng thí nghiệm đo kiểm chip, vốn 640 tỉ đồng.",
            "2025-12-10",
            "provincial",
            ["source_tag", "inauguration", "high_tech_park", "ti_spelling", "deal_date"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Kiểm định Bán dẫn Saigon Test", "Công ty TNHH")],
            money=[m(640 * B, "VND")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            deals=[deal("investment", ["Kiểm định Bán dẫn Saigon Test"], 640 * B, HCM, "2025-12-09")],
            events=[
                ev("inauguration", [F("Kiểm định Bán dẫn Saigon Test")], 640 * B, "VND", HCM, "completed")
            ],
        ),
        h(
            3271,
            "Long An (cũ): Khánh thành nhà máy mực in bao bì vốn Malaysia TT - Công ty TNHH Mực in Tinta Prima (Việt Nam) - Malaysia vừa khánh thành nhà máy tại KCN Xuyên Á, tổng vốn 6,5 triệu USD.",
            "2025-06-12",
            "provincial",
            [
                "headline_merged",
                "region_prefix",
                "old_province_cu",
                "source_tag",
                "country_after_dash",
                "inauguration",
            ],
            provinces=[pv("Long An")],
            firms=[f("Mực in Tinta Prima", "Công ty TNHH")],
            money=[m(6.5 * M, "USD")],
            locations=[country("Malaysia"), park("Khu công nghiệp Xuyên Á")],
            deals=[deal("investment", ["Mực in Tinta Prima"], 6.5 * M, LA)],
            events=[ev("inauguration", [F("Mực in Tinta Prima")], 6.5 * M, "USD", LA, "completed")],
        ),
        h(
            3272,
            "Với dự án này, KCN Xuyên Á có 75 nhà đầu tư đang hoạt động, trong đó 19 doanh nghiệp đến từ Malaysia.",
            "2025-06-12",
            "provincial",
            ["count", "no_event"],
            quantities=[c(75, "nhà đầu tư"), c(19, "doanh nghiệp")],
            locations=[park("Khu công nghiệp Xuyên Á"), country("Malaysia")],
            events=[],
        ),
        h(
            3273,
            "(VEN) - Ngày 9/6/2025, Công ty TNHH Đầu tư Thạnh Đức Xanh tổ chức lễ công bố liên doanh với Công ty TNHH Meridian Estates (Malaysia) để phát triển KCN Thạnh Đức 2 quy mô 210 ha.",
            "2025-06-11",
            "provincial",
            ["source_tag", "joint_venture", "cong_bo", "firm_pair", "country_bracket", "area", "deal_date"],
            firms=[f("Đầu tư Thạnh Đức Xanh", "Công ty TNHH"), f("Meridian Estates", "Công ty TNHH")],
            areas=[ha(210)],
            locations=[country("Malaysia"), park("Khu công nghiệp Thạnh Đức 2")],
            deals=[
                deal("cooperation", ["Đầu tư Thạnh Đức Xanh", "Meridian Estates"], None, None, "2025-06-09")
            ],
            events=[
                ev(
                    "joint_venture",
                    [F("Đầu tư Thạnh Đức Xanh"), F("Meridian Estates")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3274,
            "Tây Ninh - Tại hội nghị xúc tiến đầu tư Nhật Bản, UBND tỉnh Tây Ninh trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Bao bì Kyowa Long An, dự án vốn 18 triệu USD tại KCN Phúc Long.",
            "2025-07-29",
            "provincial",
            ["dateline_dash", "conference", "licence", "government_party", "place_in_name"],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            firms=[f("Bao bì Kyowa Long An", "Công ty TNHH")],
            money=[m(18 * M, "USD")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Phúc Long")],
            deals=[deal("investment", ["Bao bì Kyowa Long An"], 18 * M, LA)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Tây Ninh"), F("Bao bì Kyowa Long An")],
                    18 * M,
                    "USD",
                    LA,
                    "licensed",
                )
            ],
        ),
        h(
            3275,
            "Ông Kim Dong-hyun, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Tây Ninh, đề nghị tỉnh mở thêm tuyến xe buýt đưa đón công nhân các KCN.",
            "2025-07-29",
            "provincial",
            ["korean_name", "association_role", "request", "no_event"],
            organizations=["Hiệp hội Doanh nghiệp Hàn Quốc tại Tây Ninh"],
            persons=[per("Kim Dong-hyun", "Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Tây Ninh")],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            3276,
            "Đồng Tháp: Sa Đéc có thêm nhà máy thức ăn thủy sản 700 tỷ đồng Ngày 3/3, Công ty CP Thức ăn Chăn nuôi Việt Thắng Sa Đéc khởi công nhà máy thức ăn tôm công suất 240.000 tấn/năm tại KCN Sa Đéc, vốn 700 tỷ đồng.",
            "2025-03-04",
            "provincial",
            [
                "headline_merged",
                "region_prefix",
                "groundbreaking",
                "capacity",
                "amount_in_headline",
                "deal_date",
            ],
            provinces=[pv("Đồng Tháp")],
            firms=[f("Thức ăn Chăn nuôi Việt Thắng Sa Đéc", "Công ty CP")],
            money=[m(700 * B, "VND")],
            locations=[park("Khu công nghiệp Sa Đéc")],
            deals=[
                deal("groundbreaking", ["Thức ăn Chăn nuôi Việt Thắng Sa Đéc"], 700 * B, DT, "2025-03-03")
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Thức ăn Chăn nuôi Việt Thắng Sa Đéc")],
                    700 * B,
                    "VND",
                    DT,
                    "started",
                )
            ],
        ),
        h(
            3277,
            "Công ty CP Thủy sản Hùng Cá Xanh và Tập đoàn Nissui (Nhật Bản) ký hợp đồng xuất khẩu 6.000 tấn phi lê cá tra trong 2 năm, giá trị khoảng 24 triệu USD.",
            "2025-05-20",
            "provincial",
            ["export_contract", "supply_contract", "firm_pair", "country_bracket", "approx", "count"],
            firms=[f("Thủy sản Hùng Cá Xanh", "Công ty CP"), f("Nissui", "Tập đoàn")],
            money=[m(24 * M, "USD", None, True)],
            quantities=[c(6000, "tấn")],
            locations=[country("Nhật Bản")],
            deals=[deal("supply_contract", ["Thủy sản Hùng Cá Xanh", "Nissui"], 24 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Thủy sản Hùng Cá Xanh"), F("Nissui")],
                    24 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3278,
            "UBND tỉnh Đồng Tháp vừa quyết định thành lập Cụm công nghiệp Tân Phước 2 quy mô 48 ha tại Tiền Giang cũ; chủ đầu tư hạ tầng là Công ty TNHH Đầu tư Hạ tầng Mỹ Tho Xanh, tổng vốn 412 tỷ đồng.",
            "2025-09-24",
            "provincial",
            ["cluster_founded", "investor_named", "old_province_cu", "government_party", "area"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Tháp"],
            provinces=[pv("Đồng Tháp"), pv("Tiền Giang")],
            firms=[f("Đầu tư Hạ tầng Mỹ Tho Xanh", "Công ty TNHH")],
            money=[m(412 * B, "VND")],
            areas=[ha(48)],
            locations=[park("Cụm công nghiệp Tân Phước 2")],
            deals=[deal("investment", ["Đầu tư Hạ tầng Mỹ Tho Xanh"], 412 * B, DT)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Đồng Tháp"), F("Đầu tư Hạ tầng Mỹ Tho Xanh")],
                    412 * B,
                    "VND",
                    DT,
                    "licensed",
                )
            ],
        ),
        h(
            3279,
            "Nhiều cụm công nghiệp ở Đồng Tháp được thành lập từ lâu nhưng bỏ trống, chưa có nhà đầu tư thứ cấp nào ký hợp đồng thuê đất.",
            "2025-09-24",
            "provincial",
            ["negated", "no_contract", "no_event"],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            3280,
            "Công ty CP Phát triển KCN Lộc Giang và Công ty TNHH Chế biến Gỗ Kaiyuan ký hợp đồng thuê 8,6 ha đất, Kaiyuan sẽ đầu tư 42 triệu USD xây nhà máy nội thất.",
            "2025-08-06",
            "provincial",
            ["lease", "park_developer", "firm_pair", "alias_repeat", "area", "investment_plan"],
            firms=[f("Phát triển KCN Lộc Giang", "Công ty CP"), f("Chế biến Gỗ Kaiyuan", "Công ty TNHH")],
            money=[m(42 * M, "USD")],
            areas=[ha(8.6)],
            deals=[deal("cooperation", ["Phát triển KCN Lộc Giang", "Chế biến Gỗ Kaiyuan"])],
            events=[
                ev(
                    "cooperation",
                    [F("Phát triển KCN Lộc Giang"), F("Chế biến Gỗ Kaiyuan")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3281,
            "Quyết định số 2156/QĐ-UBND ngày 4/11/2025 của UBND TP Hà Nội cho phép Công ty TNHH Cơ khí Thanh Oai Xanh thuê 9.800 m2 đất tại Cụm công nghiệp Bình Minh để xây dựng xưởng gia công khuôn dập.",
            "2025-11-08",
            "legal",
            ["land_lease_decision", "government_party", "decision_with_date", "area_m2", "no_deal"],
            organizations=["Ủy ban nhân dân TP Hà Nội"],
            provinces=[pv("Hà Nội")],
            decisions=[d("2156/QĐ-UBND", "2025-11-04")],
            firms=[f("Cơ khí Thanh Oai Xanh", "Công ty TNHH")],
            areas=[ha(0.98)],
            locations=[park("Cụm công nghiệp Bình Minh")],
            events=[
                ev(
                    "cooperation",
                    [G("UBND TP Hà Nội"), F("Cơ khí Thanh Oai Xanh")],
                    None,
                    None,
                    HN,
                    "signed",
                )
            ],
        ),
        # --- Sơn La and Điện Biên ---
        h(
            3282,
            "Sơn La: Ký kết bao tiêu 20.000 tấn xoài Chiều 6/6, Công ty CP Chế biến Nông sản Mộc Châu Xanh và Hợp tác xã Xoài Yên Châu ký hợp đồng bao tiêu 20.000 tấn xoài cho nhà máy sấy lạnh.",
            "2025-06-07",
            "provincial",
            [
                "headline_merged",
                "region_prefix",
                "offtake",
                "supply_contract",
                "cooperative_party",
                "count",
                "deal_date",
            ],
            provinces=[pv("Sơn La")],
            firms=[f("Chế biến Nông sản Mộc Châu Xanh", "Công ty CP"), f("Xoài Yên Châu", "Hợp tác xã")],
            quantities=[c(20000, "tấn")],
            deals=[
                deal(
                    "supply_contract",
                    ["Chế biến Nông sản Mộc Châu Xanh", "Xoài Yên Châu"],
                    None,
                    None,
                    "2025-06-06",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Chế biến Nông sản Mộc Châu Xanh"), F("Xoài Yên Châu")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3283,
            "Riêng năm 2025, Sơn La có thêm 5 nhà máy chế biến nông sản đi vào vận hành, nâng tổng số lên 41 nhà máy.",
            "2025-12-01",
            "provincial",
            ["year_total", "count", "no_event"],
            provinces=[pv("Sơn La")],
            quantities=[c(5, "nhà máy"), c(41, "nhà máy")],
            events=[],
        ),
        h(
            3284,
            "Công ty CP Chè Chiềng Ve Xanh đầu tư 265 tỷ đồng mở rộng nhà máy chè ô long tại Mộc Châu, nâng công suất lên 12 tấn búp tươi/ngày.",
            "2025-04-15",
            "provincial",
            ["expansion", "investment_announcement", "capacity"],
            firms=[f("Chè Chiềng Ve Xanh", "Công ty CP")],
            money=[m(265 * B, "VND")],
            deals=[deal("investment", ["Chè Chiềng Ve Xanh"], 265 * B)],
            events=[
                ev("investment_announcement", [F("Chè Chiềng Ve Xanh")], 265 * B, "VND", None, "announced")
            ],
        ),
        h(
            3285,
            "Điện Biên - UBND tỉnh Điện Biên và Tập đoàn TH ký thỏa thuận hợp tác đầu tư tổ hợp chăn nuôi bò sữa và nhà máy sữa tại huyện Mường Ảng, vốn dự kiến 3.200 tỷ đồng.",
            "2025-10-21",
            "provincial",
            ["dateline_dash", "mou", "government_party", "district", "expected_total"],
            organizations=["Ủy ban nhân dân tỉnh Điện Biên"],
            provinces=[pv("Điện Biên")],
            firms=[f("TH", "Tập đoàn")],
            money=[m(3200 * B, "VND")],
            locations=[district("huyện Mường Ảng")],
            deals=[
                deal("investment", ["TH"], 3200 * B, DB)
            ],  # an MoU between a government body and a firm is the firm's investment (batch 10 convention; corrected, session 10)
            events=[ev("mou", [G("UBND tỉnh Điện Biên"), F("TH")], 3200 * B, "VND", DB, "signed")],
        ),
        h(
            3286,
            "Lãnh đạo tỉnh Điện Biên khẳng định chưa ký bất kỳ cam kết nào với nhà đầu tư Trung Quốc về dự án khai thác đất hiếm ở Nậm Xe như thông tin lan truyền trên mạng xã hội.",
            "2025-08-28",
            "provincial",
            ["rumour_denied", "negated", "no_event"],
            provinces=[pv("Điện Biên")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            3287,
            "Công ty TNHH Chè Tâm Trà Mộc Châu khánh thành xưởng chế biến chè xanh công suất 1.500 tấn búp tươi/năm tại xã Tân Lập.",
            "2025-11-20",
            "provincial",
            ["inauguration", "no_amount", "capacity", "commune"],
            firms=[f("Chè Tâm Trà Mộc Châu", "Công ty TNHH")],
            events=[ev("inauguration", [F("Chè Tâm Trà Mộc Châu")], None, None, None, "completed")],
        ),
        h(
            3288,
            "Nông trường Mộc Châu và Công ty CP Giống bò sữa Mộc Châu đã ký thỏa thuận cung cấp 30.000 liều tinh bò phân ly giới tính cho các hộ chăn nuôi, trị giá 9,6 tỷ đồng.",
            "2025-07-14",
            "provincial",
            ["nfd", "supply_contract", "one_firm_party", "count"],
            firms=[f("Giống bò sữa Mộc Châu", "Công ty CP")],
            money=[m(9.6 * B, "VND")],
            quantities=[c(30000, "liều tinh bò phân ly giới tính")],
            events=[ev("supply_contract", [F("Giống bò sữa Mộc Châu")], 9.6 * B, "VND", None, "signed")],
        ),
        # --- Business and stock press, firm releases, foreign firms' news retold ---
        h(
            3289,
            "Hải Yến - 05/11/2025 08:30 (GMT+7)\n(VNF) - Ngày 4/11, Tập đoàn Geleximco chính thức động thổ nhà máy ắc quy xe điện tại KCN Nam Cầu Kiền, tổng vốn 1.450 tỷ đồng.",
            "2025-11-05",
            "ministry",
            ["byline_timestamp", "multiline", "source_tag", "groundbreaking", "deal_date"],
            firms=[f("Geleximco", "Tập đoàn")],
            money=[m(1450 * B, "VND")],
            locations=[park("Khu công nghiệp Nam Cầu Kiền")],
            deals=[deal("groundbreaking", ["Geleximco"], 1450 * B, None, "2025-11-04")],
            events=[ev("groundbreaking", [F("Geleximco")], 1450 * B, "VND", None, "started")],
        ),
        h(
            3290,
            "Kessler Antriebstechnik - một doanh nghiệp Đức chuyên về hộp số công nghiệp, đã ký thỏa thuận hợp tác với Công ty CP Cơ khí Chế tạo Đông Anh Xanh để lắp ráp hộp giảm tốc cho thị trường Đông Nam Á.",
            "2025-06-04",
            "ministry",
            ["apposition_dash", "foreign_bare_name", "cooperation_agreement", "mou", "firm_pair"],
            firms=[f("Kessler Antriebstechnik"), f("Cơ khí Chế tạo Đông Anh Xanh", "Công ty CP")],
            locations=[country("Đức")],
            deals=[deal("mou", ["Kessler Antriebstechnik", "Cơ khí Chế tạo Đông Anh Xanh"])],
            events=[
                ev(
                    "mou",
                    [F("Kessler Antriebstechnik"), F("Cơ khí Chế tạo Đông Anh Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3291,
            "Tập đoàn Henkel (Đức) vừa động thổ nhà máy keo dán công nghiệp tại KCN Nam Đình Vũ (Hải Phòng), vốn đầu tư 48 triệu euro, dự kiến sản xuất từ quý II/2027.",
            "2025-04-09",
            "ministry",
            ["groundbreaking", "euro", "province_bracket_park", "country_bracket"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Henkel", "Tập đoàn")],
            money=[m(48 * M, "EUR")],
            locations=[country("Đức"), park("Khu công nghiệp Nam Đình Vũ")],
            deals=[deal("groundbreaking", ["Henkel"], 48 * M, HP)],
            events=[ev("groundbreaking", [F("Henkel")], 48 * M, "EUR", HP, "started")],
        ),
        h(
            3292,
            "Heineken Việt Nam công bố đầu tư thêm 95 triệu đô la để lắp dây chuyền đóng lon tốc độ cao tại nhà máy bia ở Quảng Nam (cũ), nâng tổng vốn đầu tư tại Việt Nam lên hơn 820 triệu đô la.",
            "2025-03-18",
            "ministry",
            ["investment_announcement", "dollar_word", "new_total", "old_province_cu", "vietnam_suffix_bare"],
            provinces=[pv("Quảng Nam")],
            firms=[f("Heineken")],
            money=[m(95 * M, "USD"), m(820 * M, "USD", None, True)],
            deals=[deal("investment", ["Heineken"], 95 * M, cur("Quảng Nam"))],
            events=[
                ev("investment_announcement", [F("Heineken")], 95 * M, "USD", cur("Quảng Nam"), "announced")
            ],
        ),
        h(
            3293,
            "Tập đoàn Pandora (Đan Mạch) đã ký biên bản ghi nhớ với Công ty TNHH VSIP Bắc Ninh để xây dựng nhà máy chế tác trang sức trung hòa carbon, vốn khoảng 300 triệu USD.",
            "2025-02-26",
            "ministry",
            ["mou", "firm_pair", "park_developer", "country_bracket", "approx"],
            firms=[f("Pandora", "Tập đoàn"), f("VSIP Bắc Ninh", "Công ty TNHH")],
            money=[m(300 * M, "USD", None, True)],
            locations=[country("Đan Mạch")],
            deals=[deal("mou", ["Pandora", "VSIP Bắc Ninh"], 300 * M)],
            events=[ev("mou", [F("Pandora"), F("VSIP Bắc Ninh")], 300 * M, "USD", None, "signed")],
        ),
        h(
            3294,
            "Tập đoàn Lixil (Nhật Bản) công bố kế hoạch nắm 51% Công ty CP Thiết bị Vệ sinh Đông Á Xanh bằng cách mua lại cổ phần của nhóm cổ đông sáng lập, tổng giá trị khoảng 3.900 tỷ đồng.",
            "2025-12-01",
            "ministry",
            ["acquisition", "announced", "percentage", "country_bracket", "approx"],
            firms=[f("Lixil", "Tập đoàn"), f("Thiết bị Vệ sinh Đông Á Xanh", "Công ty CP")],
            money=[m(3900 * B, "VND", None, True)],
            percentages=[51],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Lixil"], 3900 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Lixil"), F("Thiết bị Vệ sinh Đông Á Xanh")],
                    3900 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3295,
            "Sau giao dịch, doanh nghiệp Việt sẽ trở thành công ty con của tập đoàn Nhật nhưng giữ nguyên thương hiệu và ban điều hành.",
            "2025-12-01",
            "ministry",
            ["aftermath", "no_names", "no_event"],
            events=[],
        ),
        h(
            3296,
            "Gói thầu xây dựng nhà xưởng hiện do Công ty CP Xây dựng Ricons đảm nhận, với khoảng 2.000 công nhân làm việc ba ca.",
            "2025-06-11",
            "ministry",
            ["contractor_relation", "no_contract_event", "count", "approx", "no_event"],
            firms=[f("Xây dựng Ricons", "Công ty CP")],
            quantities=[c(2000, "công nhân", True)],
            events=[],
        ),
        h(
            3297,
            "CTCP Tập đoàn Hoa Sen (HoSE: HSG) vừa công bố hợp đồng xuất khẩu 45.000 tấn tôn mạ sang Mexico với Grupo Ternium, giao hàng trong quý I/2026.",
            "2025-11-25",
            "ministry",
            ["ctcp_tap_doan", "stock_code", "export_contract", "supply_contract", "firm_pair", "count"],
            firms=[f("Hoa Sen", "Công ty CP"), f("Grupo Ternium")],
            quantities=[c(45000, "tấn")],
            locations=[country("Mexico")],
            deals=[deal("supply_contract", ["Hoa Sen", "Grupo Ternium"])],
            events=[ev("supply_contract", [F("Hoa Sen"), F("Grupo Ternium")], None, None, None, "signed")],
        ),
        h(
            3298,
            "Công ty CP Phát triển KCN Hựu Thạnh Xanh vừa tăng vốn điều lệ từ 640 tỷ đồng lên 1.020 tỷ đồng để chuẩn bị làm KCN Hựu Thạnh 2.",
            "2025-05-30",
            "ministry",
            ["charter_capital", "money_only", "no_event"],
            firms=[f("Phát triển KCN Hựu Thạnh Xanh", "Công ty CP")],
            money=[m(640 * B, "VND"), m(1020 * B, "VND")],
            locations=[park("Khu công nghiệp Hựu Thạnh 2")],
            events=[],
        ),
        h(
            3299,
            "Chủ tịch Tập đoàn Taihan Cable cho biết, tập đoàn dự kiến đầu tư thêm khoảng 500 triệu USD vào Việt Nam trong 5 năm tới, tập trung vào cáp ngầm cao thế.",
            "2025-08-13",
            "ministry",
            ["pledge", "plan", "approx", "no_event"],
            firms=[f("Taihan Cable", "Tập đoàn")],
            money=[m(500 * M, "USD", None, True)],
            events=[],
        ),
        h(
            3300,
            "Công ty TNHH Taihan Cable Việt Nam đã ký hợp đồng cung cấp 160 km cáp ngầm 220 kV cho Tổng công ty Truyền tải điện Quốc gia, giá trị 71 triệu USD.",
            "2025-10-30",
            "ministry",
            ["supply_contract", "firm_pair", "vietnam_suffix", "count"],
            firms=[f("Taihan Cable", "Công ty TNHH"), f("Truyền tải điện Quốc gia", "Tổng công ty")],
            money=[m(71 * M, "USD")],
            quantities=[c(160, "km cáp ngầm")],
            deals=[deal("supply_contract", ["Taihan Cable", "Truyền tải điện Quốc gia"], 71 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Taihan Cable"), F("Truyền tải điện Quốc gia")],
                    71 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3301,
            "Theo thông báo gửi Sở Giao dịch Chứng khoán Thâm Quyến, Sunwoda Electronic cho biết công ty con tại Việt Nam sẽ rót thêm 150 triệu USD mở rộng nhà máy pin tại KCN Quang Châu.",
            "2025-07-08",
            "ministry",
            ["foreign_exchange_filing", "investment_announcement", "unnamed_subsidiary", "bare_foreign_name"],
            organizations=["Sở Giao dịch Chứng khoán Thâm Quyến"],
            firms=[f("Sunwoda Electronic")],
            money=[m(150 * M, "USD")],
            locations=[park("Khu công nghiệp Quang Châu")],
            deals=[deal("investment", ["Sunwoda Electronic"], 150 * M)],
            events=[
                ev("investment_announcement", [F("Sunwoda Electronic")], 150 * M, "USD", None, "announced")
            ],
        ),
        h(
            3302,
            "Ngân hàng TMCP Quốc tế Việt Nam (VIB) và Công ty TNHH Thép Ống Hòa Khánh Xanh ký hợp đồng tài trợ vốn lưu động 450 tỷ đồng, kỳ hạn 12 tháng.",
            "2025-03-07",
            "ministry",
            ["credit", "firm_pair", "acronym_bracket"],
            firms=[f("Quốc tế Việt Nam", "Ngân hàng TMCP"), f("Thép Ống Hòa Khánh Xanh", "Công ty TNHH")],
            money=[m(450 * B, "VND")],
            deals=[deal("cooperation", ["Quốc tế Việt Nam", "Thép Ống Hòa Khánh Xanh"], 450 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Quốc tế Việt Nam"), F("Thép Ống Hòa Khánh Xanh")],
                    450 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3303,
            "Vinamilk lên tiếng bác bỏ thông tin đã ký thỏa thuận bán nhà máy sữa bột Bình Dương cho một tập đoàn Thái Lan, khẳng định không có bất kỳ đàm phán nào.",
            "2025-09-09",
            "ministry",
            ["rumour_denied", "negated", "bare_brand", "no_event"],
            provinces=[pv("Bình Dương")],
            firms=[f("Vinamilk")],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            3304,
            "Công ty CP Cho thuê Tài chính Quốc tế Chailease Việt Nam ký hợp đồng cho thuê tài chính 3 dây chuyền sơn tĩnh điện với Công ty TNHH Nội thất Kim Loại Trường Phát, trị giá 27 tỷ đồng.",
            "2025-10-07",
            "ministry",
            ["financial_lease", "firm_pair", "count"],
            firms=[
                f("Cho thuê Tài chính Quốc tế Chailease", "Công ty CP"),
                f("Nội thất Kim Loại Trường Phát", "Công ty TNHH"),
            ],
            money=[m(27 * B, "VND")],
            quantities=[c(3, "dây chuyền sơn tĩnh điện")],
            deals=[
                deal(
                    "cooperation",
                    ["Cho thuê Tài chính Quốc tế Chailease", "Nội thất Kim Loại Trường Phát"],
                    27 * B,
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Cho thuê Tài chính Quốc tế Chailease"), F("Nội thất Kim Loại Trường Phát")],
                    27 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3305,
            "Đại hội đồng cổ đông thường niên 2025 của Công ty CP Cảng Đình Vũ Xanh đã thông qua chủ trương góp 49% vốn thành lập liên doanh với hãng tàu CMA CGM (Pháp) để khai thác bến container số 5.",
            "2025-04-23",
            "ministry",
            ["agm", "joint_venture", "approved", "firm_pair", "percentage", "country_bracket"],
            firms=[f("Cảng Đình Vũ Xanh", "Công ty CP"), f("CMA CGM")],
            percentages=[49],
            locations=[country("Pháp")],
            deals=[deal("cooperation", ["Cảng Đình Vũ Xanh", "CMA CGM"])],
            events=[
                ev("joint_venture", [F("Cảng Đình Vũ Xanh"), F("CMA CGM")], None, None, None, "announced")
            ],
        ),
        h(
            3306,
            "Công ty TNHH Bosch Việt Nam mở rộng nhà máy linh kiện dụng cụ điện cầm tay tại KCN Long Thành (Đồng Nai), vốn bổ sung 62 triệu USD, nâng công suất lên gấp đôi.",
            "2025-11-04",
            "ministry",
            ["expansion", "investment_announcement", "vietnam_suffix", "province_bracket_park"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Bosch", "Công ty TNHH")],
            money=[m(62 * M, "USD")],
            locations=[park("Khu công nghiệp Long Thành")],
            deals=[deal("investment", ["Bosch"], 62 * M, DNA)],
            events=[ev("investment_announcement", [F("Bosch")], 62 * M, "USD", DNA, "announced")],
        ),
        h(
            3307,
            "Công ty CP Thép Nam Kim và Công ty TNHH Posco Việt Nam đã không thể đi đến thống nhất về giá, hợp đồng cung ứng thép cuộn cán nguội năm 2026 vì vậy chưa được ký.",
            "2025-12-12",
            "ministry",
            ["negated", "contract_not_signed", "firm_pair_no_deal", "no_event"],
            firms=[f("Thép Nam Kim", "Công ty CP"), f("Posco", "Công ty TNHH")],
            events=[],
        ),
        h(
            3308,
            "Tập đoàn Nitori (Nhật Bản) đã hoàn tất mua lại 100% vốn Công ty TNHH Đồ gỗ Tân Phước Khánh từ nhà sáng lập, giá trị không được công bố.",
            "2025-08-19",
            "ministry",
            ["acquisition", "completed", "undisclosed_amount", "percentage", "country_bracket"],
            firms=[f("Nitori", "Tập đoàn"), f("Đồ gỗ Tân Phước Khánh", "Công ty TNHH")],
            percentages=[100],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Nitori"])],
            events=[
                ev("acquisition", [F("Nitori"), F("Đồ gỗ Tân Phước Khánh")], None, None, None, "completed")
            ],
        ),
        h(
            3309,
            "Nhựa Bình Minh (BMP) bắt tay đối tác Thái: Công ty CP Nhựa Bình Minh và Tập đoàn Vinythai ký hợp đồng mua 60.000 tấn hạt nhựa PVC năm 2026.",
            "2025-12-18",
            "ministry",
            ["headline_colon", "stock_code_bracket", "supply_contract", "firm_pair", "count"],
            firms=[f("Nhựa Bình Minh", "Công ty CP"), f("Vinythai", "Tập đoàn")],
            quantities=[c(60000, "tấn")],
            deals=[deal("supply_contract", ["Nhựa Bình Minh", "Vinythai"])],
            events=[ev("supply_contract", [F("Nhựa Bình Minh"), F("Vinythai")], None, None, None, "signed")],
        ),
        h(
            3310,
            "Theo kế hoạch kinh doanh, năm 2026 Công ty CP Gang thép Thái Nguyên đặt mục tiêu doanh thu 12.500 tỷ đồng và chưa có kế hoạch ký thêm hợp đồng EPC nào cho giai đoạn 2.",
            "2025-12-20",
            "ministry",
            ["target", "revenue", "negated", "no_event"],
            firms=[f("Gang thép Thái Nguyên", "Công ty CP")],
            money=[m(12500 * B, "VND")],
            events=[],
        ),
        h(
            3311,
            "Tổng công ty Máy động lực và Máy nông nghiệp Việt Nam - CTCP (VEAM) ký hợp đồng nhận chuyển giao công nghệ sản xuất động cơ diesel 4 xi lanh từ Tập đoàn Kubota (Nhật Bản).",
            "2025-07-17",
            "ministry",
            [
                "technology_transfer",
                "cooperation",
                "firm_pair",
                "tong_cong_ty_ctcp",
                "acronym_bracket",
                "country_bracket",
            ],
            firms=[f("Máy động lực và Máy nông nghiệp Việt Nam", "Tổng công ty"), f("Kubota", "Tập đoàn")],
            locations=[country("Nhật Bản")],
            deals=[deal("cooperation", ["Máy động lực và Máy nông nghiệp Việt Nam", "Kubota"])],
            events=[
                ev(
                    "cooperation",
                    [F("Máy động lực và Máy nông nghiệp Việt Nam"), F("Kubota")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3312,
            "Trong năm 2024, Samsung đã mua linh kiện của 306 nhà cung cấp Việt Nam, trong đó 54 doanh nghiệp là nhà cung cấp cấp 1.",
            "2025-03-25",
            "ministry",
            ["supplier_count", "bare_brand", "count", "no_event"],
            firms=[f("Samsung")],
            quantities=[c(306, "nhà cung cấp"), c(54, "doanh nghiệp")],
            events=[],
        ),
        h(
            3313,
            "Công ty CP Tập đoàn Điện Quang Xanh công bố đã ký hợp đồng phân phối độc quyền đèn LED công nghiệp tại Việt Nam với Signify Holding (Hà Lan), thời hạn 3 năm.",
            "2025-06-24",
            "ministry",
            [
                "distribution_contract",
                "supply_contract",
                "firm_pair",
                "cong_ty_cp_tap_doan",
                "holding_name",
                "country_bracket",
            ],
            firms=[f("Điện Quang Xanh", "Công ty CP"), f("Signify Holding")],
            locations=[country("Hà Lan")],
            deals=[deal("supply_contract", ["Điện Quang Xanh", "Signify Holding"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện Quang Xanh"), F("Signify Holding")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3314,
            "Xe điện Việt Hưng nhận 230 triệu USD tín dụng xanh Ngày 15/10, Ngân hàng Standard Chartered và Công ty CP Xe điện Việt Hưng ký hợp đồng tín dụng xanh 230 triệu USD tài trợ nhà máy xe buýt điện.",
            "2025-10-16",
            "ministry",
            ["headline_merged", "credit", "firm_pair", "foreign_bank_no_form", "deal_date"],
            firms=[f("Standard Chartered"), f("Xe điện Việt Hưng", "Công ty CP")],
            money=[m(230 * M, "USD")],
            deals=[
                deal("cooperation", ["Standard Chartered", "Xe điện Việt Hưng"], 230 * M, None, "2025-10-15")
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Standard Chartered"), F("Xe điện Việt Hưng")],
                    230 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3315,
            "Tổng giá trị các hợp đồng mà Công ty CP Xây dựng Hòa Bình Xanh ký mới trong 9 tháng đạt khoảng 14.600 tỷ đồng, phần lớn là nhà xưởng FDI.",
            "2025-10-25",
            "ministry",
            ["backlog_total", "cumulative", "approx", "no_event"],
            firms=[f("Xây dựng Hòa Bình Xanh", "Công ty CP")],
            money=[m(14600 * B, "VND", None, True)],
            events=[],
        ),
        h(
            3316,
            "Công ty TNHH Hyundai Wia Việt Nam ký hợp đồng giao cho Công ty CP Cơ khí Chính xác Phổ Yên gia công 240.000 vỏ hộp số mỗi năm, kim ngạch khoảng 9 triệu USD/năm.",
            "2025-05-15",
            "ministry",
            ["nfd", "supply_contract", "firm_pair", "per_year", "vietnam_suffix", "count"],
            firms=[f("Hyundai Wia", "Công ty TNHH"), f("Cơ khí Chính xác Phổ Yên", "Công ty CP")],
            money=[m(9 * M, "USD", "year", True)],
            quantities=[c(240000, "vỏ hộp số")],
            deals=[deal("supply_contract", ["Hyundai Wia", "Cơ khí Chính xác Phổ Yên"], 9 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Hyundai Wia"), F("Cơ khí Chính xác Phổ Yên")],
                    9 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3317,
            "Công ty CP Đầu tư Hạ tầng Thuận Thành Xanh (TTX) và Tập đoàn Logos (Australia) ký thỏa thuận khung phát triển 1 triệu m2 nhà xưởng xây sẵn tại các KCN phía Bắc.",
            "2025-03-21",
            "ministry",
            ["framework_agreement", "mou", "firm_pair", "acronym_bracket", "country_bracket", "area_m2"],
            firms=[f("Đầu tư Hạ tầng Thuận Thành Xanh", "Công ty CP"), f("Logos", "Tập đoàn")],
            areas=[ha(100)],
            locations=[country("Australia")],
            deals=[deal("mou", ["Đầu tư Hạ tầng Thuận Thành Xanh", "Logos"])],
            events=[
                ev("mou", [F("Đầu tư Hạ tầng Thuận Thành Xanh"), F("Logos")], None, None, None, "signed")
            ],
        ),
        h(
            3318,
            "TT - Ngày 2/4, Công ty TNHH Sản xuất Bao bì Mỹ Phước thuộc Tập đoàn Rengo khánh thành nhà máy thùng carton thứ 5, tổng đầu tư 1.280 tỉ đồng.",
            "2025-04-03",
            "ministry",
            ["source_tag", "inauguration", "member_of_group", "ti_spelling", "deal_date"],
            firms=[f("Sản xuất Bao bì Mỹ Phước", "Công ty TNHH"), f("Rengo", "Tập đoàn")],
            money=[m(1280 * B, "VND")],
            deals=[deal("investment", ["Sản xuất Bao bì Mỹ Phước"], 1280 * B, None, "2025-04-02")],
            events=[ev("inauguration", [F("Sản xuất Bao bì Mỹ Phước")], 1280 * B, "VND", None, "completed")],
        ),
        h(
            3319,
            "Hai bên từng đàm phán việc Tập đoàn Masan nhận chuyển nhượng mỏ vonfram của một đối tác Trung Quốc từ năm 2023, nhưng thương vụ đã dừng lại.",
            "2025-07-01",
            "ministry",
            ["failed_deal", "negated", "no_event"],
            firms=[f("Masan", "Tập đoàn")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            3320,
            "Công ty TNHH Giấy Dah Chung Vina ký hợp đồng EPC trị giá 142 triệu USD với Tổng công ty Lắp máy Việt Nam - CTCP (Lilama) để xây dựng dây chuyền giấy bao bì số 3.",
            "2025-09-26",
            "ministry",
            [
                "epc_contract",
                "supply_contract",
                "firm_pair",
                "tong_cong_ty_ctcp",
                "acronym_bracket",
                "vina_suffix",
            ],
            firms=[f("Giấy Dah Chung", "Công ty TNHH"), f("Lắp máy Việt Nam", "Tổng công ty")],
            money=[m(142 * M, "USD")],
            deals=[deal("supply_contract", ["Giấy Dah Chung", "Lắp máy Việt Nam"], 142 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Giấy Dah Chung"), F("Lắp máy Việt Nam")],
                    142 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3321,
            "Năm 2024, công ty chỉ ghi nhận doanh thu 1.180 tỷ đồng, giảm 12% so với năm trước do mất một khách hàng lớn.",
            "2025-04-10",
            "ministry",
            ["revenue", "percentage", "no_event"],
            money=[m(1180 * B, "VND")],
            percentages=[12],
            events=[],
        ),
        h(
            3322,
            "Tập đoàn Webasto (Đức) mở nhà máy đầu tiên ở Việt Nam: công ty con Webasto Vietnam Roof Systems đã nhận giấy chứng nhận đầu tư cho nhà máy cửa sổ trời ô tô 70 triệu USD tại KCN DEEP C 3.",
            "2025-10-02",
            "ministry",
            ["headline_colon", "licence", "subsidiary_bare", "passive_licence", "country_bracket"],
            firms=[f("Webasto", "Tập đoàn"), f("Webasto Vietnam Roof Systems")],
            money=[m(70 * M, "USD")],
            locations=[country("Đức"), park("Khu công nghiệp DEEP C 3")],
            deals=[deal("investment", ["Webasto Vietnam Roof Systems"], 70 * M)],
            events=[
                ev("investment_licence", [F("Webasto Vietnam Roof Systems")], 70 * M, "USD", None, "licensed")
            ],
        ),
        h(
            3323,
            "Công ty CP Đầu tư Thế giới Di động cho biết đang tìm hiểu cơ hội hợp tác sản xuất thiết bị gia dụng, nhưng chưa chọn đối tác.",
            "2025-05-21",
            "ministry",
            ["exploring", "negated", "no_event"],
            firms=[f("Đầu tư Thế giới Di động", "Công ty CP")],
            events=[],
        ),
        h(
            3324,
            "Ngày 11/8, Công ty TNHH Năng lượng Mặt trời Trina Solar Yên Bình ký hợp đồng mua 2.400 tấn khung nhôm với Công ty CP Nhôm Định Vũ Xanh, giá trị 256 tỷ đồng.",
            "2025-08-12",
            "ministry",
            ["supply_contract", "firm_pair", "place_in_name", "count", "deal_date"],
            firms=[
                f("Năng lượng Mặt trời Trina Solar Yên Bình", "Công ty TNHH"),
                f("Nhôm Định Vũ Xanh", "Công ty CP"),
            ],
            money=[m(256 * B, "VND")],
            quantities=[c(2400, "tấn")],
            deals=[
                deal(
                    "supply_contract",
                    ["Năng lượng Mặt trời Trina Solar Yên Bình", "Nhôm Định Vũ Xanh"],
                    256 * B,
                    None,
                    "2025-08-11",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Năng lượng Mặt trời Trina Solar Yên Bình"), F("Nhôm Định Vũ Xanh")],
                    256 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3325,
            "CÔNG TY CỔ PHẦN CƠ ĐIỆN LẠNH PHÚ THỊNH\nTHÔNG BÁO\nCông ty trân trọng thông báo đã ký hợp đồng cung cấp và lắp đặt hệ thống HVAC cho nhà máy của Công ty TNHH Amkor Technology Việt Nam, giá trị 318 tỷ đồng.",
            "2025-08-29",
            "ministry",
            [
                "disclosure",
                "multiline",
                "capitals_header",
                "issuer_in_header",
                "supply_contract",
                "firm_pair",
            ],
            firms=[f("Cơ điện lạnh Phú Thịnh", "Công ty CP"), f("Amkor Technology", "Công ty TNHH")],
            money=[m(318 * B, "VND")],
            deals=[deal("supply_contract", ["Cơ điện lạnh Phú Thịnh", "Amkor Technology"], 318 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ điện lạnh Phú Thịnh"), F("Amkor Technology")],
                    318 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3326,
            "Công ty CP Phân phối Khí thấp áp Dầu khí Việt Nam và Công ty TNHH Gốm sứ Taicera ký hợp đồng cung cấp khí thiên nhiên nén 18 triệu m3/năm cho nhà máy gạch tại Đồng Nai.",
            "2025-04-02",
            "ministry",
            ["old_tone_free", "supply_contract", "firm_pair", "site_province", "capacity"],
            provinces=[pv("Đồng Nai")],
            firms=[
                f("Phân phối Khí thấp áp Dầu khí Việt Nam", "Công ty CP"),
                f("Gốm sứ Taicera", "Công ty TNHH"),
            ],
            deals=[
                deal(
                    "supply_contract", ["Phân phối Khí thấp áp Dầu khí Việt Nam", "Gốm sứ Taicera"], None, DNA
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Phân phối Khí thấp áp Dầu khí Việt Nam"), F("Gốm sứ Taicera")],
                    None,
                    None,
                    DNA,
                    "signed",
                )
            ],
        ),
        h(
            3327,
            "Thương vụ hoà vốn sau 3 năm: Công ty CP Thủy sản Sóc Trăng Xanh đã bán lại 24% vốn cho Tập đoàn Sojitz (Nhật Bản) với giá 1.050 tỷ đồng.",
            "2025-11-11",
            "ministry",
            ["old_tone", "headline_colon", "acquisition", "completed", "country_bracket", "percentage"],
            firms=[f("Thủy sản Sóc Trăng Xanh", "Công ty CP"), f("Sojitz", "Tập đoàn")],
            money=[m(1050 * B, "VND")],
            percentages=[24],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Sojitz"], 1050 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Sojitz"), F("Thủy sản Sóc Trăng Xanh")],
                    1050 * B,
                    "VND",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3328,
            "Công ty TNHH Sản xuất Ô tô Toyota Việt Nam và Công ty CP Nhựa Kỹ thuật An Phát Xanh ký hợp đồng nội địa hóa 26 chi tiết nhựa nội thất cho mẫu xe đa dụng mới, trị giá khoảng 140 tỷ đồng mỗi năm.",
            "2025-09-03",
            "ministry",
            ["localisation_contract", "supply_contract", "firm_pair", "per_year", "count"],
            firms=[f("Sản xuất Ô tô Toyota", "Công ty TNHH"), f("Nhựa Kỹ thuật An Phát Xanh", "Công ty CP")],
            money=[m(140 * B, "VND", "year", True)],
            quantities=[c(26, "chi tiết nhựa nội thất")],
            deals=[deal("supply_contract", ["Sản xuất Ô tô Toyota", "Nhựa Kỹ thuật An Phát Xanh"], 140 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Sản xuất Ô tô Toyota"), F("Nhựa Kỹ thuật An Phát Xanh")],
                    140 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        # --- Ministries, associations, chambers, interviews, procurement ---
        h(
            3329,
            "Theo Cục Đầu tư nước ngoài (Bộ Tài chính), 11 tháng năm 2025 tổng vốn FDI đăng ký vào Việt Nam đạt 33,7 tỷ USD, tăng 7,4% so với cùng kỳ; vốn thực hiện ước 23,6 tỷ USD.",
            "2025-12-06",
            "ministry",
            ["fdi_report", "ministry_bracket", "eleven_month_total", "percentage", "no_event"],
            organizations=["Cục Đầu tư nước ngoài", "Bộ Tài chính"],
            money=[m(33.7 * B, "USD"), m(23.6 * B, "USD", None, True)],
            percentages=[7.4],
            events=[],
        ),
        h(
            3330,
            "Xét theo đối tác, nhà đầu tư Hàn Quốc rót nhiều nhất, khoảng 6,1 tỷ USD (18,2%), kế đến là Singapore rồi Nhật Bản.",
            "2025-12-06",
            "ministry",
            ["country_ranking", "percentage", "no_event"],
            money=[m(6.1 * B, "USD", None, True)],
            percentages=[18.2],
            locations=[country("Hàn Quốc"), country("Singapore"), country("Nhật Bản")],
            events=[],
        ),
        h(
            3331,
            "Khảo sát BCI quý III/2025 của EuroCham cho thấy 34% doanh nghiệp châu Âu dự định tăng đầu tư tại Việt Nam trong 12 tháng tới.",
            "2025-10-14",
            "ministry",
            ["chamber_survey", "acronym_org", "percentage", "plan", "no_event"],
            organizations=["EuroCham"],
            percentages=[34],
            events=[],
        ),
        h(
            3332,
            "Phòng Thương mại Hoa Kỳ tại Việt Nam (AmCham) và Sở Công Thương TP.HCM ký biên bản ghi nhớ hỗ trợ doanh nghiệp Mỹ tìm nhà cung cấp linh kiện trong nước.",
            "2025-06-19",
            "ministry",
            ["mou_support", "chamber_party", "government_party", "no_deal"],
            organizations=["Phòng Thương mại Hoa Kỳ tại Việt Nam", "Sở Công Thương TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[
                ev(
                    "mou",
                    [O("Phòng Thương mại Hoa Kỳ tại Việt Nam"), G("Sở Công Thương TP.HCM")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3333,
            "PV: Doanh nghiệp cơ khí trong nước khó nhất ở khâu nào khi muốn vào chuỗi cung ứng của các tập đoàn FDI?\nÔng Trần Văn Lâm: - Khó nhất vẫn là chứng chỉ chất lượng và vốn để mua máy; nhiều đơn hàng chúng tôi phải từ chối vì không đủ năng lực.",
            "2025-11-17",
            "ministry",
            ["interview_qa", "multiline", "person_no_role", "no_event"],
            persons=[per("Trần Văn Lâm", None)],
            events=[],
        ),
        h(
            3334,
            "Ông Lâm cho biết, tháng 8 vừa qua Công ty CP Khuôn mẫu Tiến Thành đã ký hợp đồng cung cấp 120 bộ khuôn ép cho Công ty TNHH Samsung Electro-Mechanics Việt Nam, giá trị khoảng 2,6 triệu USD.",
            "2025-11-17",
            "ministry",
            ["reported_speech", "supply_contract", "firm_pair", "month_not_date", "vietnam_suffix", "count"],
            firms=[f("Khuôn mẫu Tiến Thành", "Công ty CP"), f("Samsung Electro-Mechanics", "Công ty TNHH")],
            money=[m(2.6 * M, "USD", None, True)],
            quantities=[c(120, "bộ khuôn ép")],
            deals=[deal("supply_contract", ["Khuôn mẫu Tiến Thành", "Samsung Electro-Mechanics"], 2.6 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Khuôn mẫu Tiến Thành"), F("Samsung Electro-Mechanics")],
                    2.6 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3335,
            "KẾT QUẢ ĐẤU THẦU\nTên gói thầu: Mua sắm 2 máy nghiền đứng xi măng\nChủ đầu tư: Công ty CP Xi măng Bỉm Sơn Xanh\nĐơn vị trúng thầu: Công ty TNHH Loesche Việt Nam\nGiá trúng thầu (đã gồm VAT): 96.450.000.000 đồng",
            "2025-08-05",
            "ministry",
            [
                "procurement_result",
                "multiline",
                "capitals_header",
                "supply_contract",
                "firm_pair",
                "full_digit_amount",
                "count",
            ],
            firms=[f("Xi măng Bỉm Sơn Xanh", "Công ty CP"), f("Loesche", "Công ty TNHH")],
            money=[m(96_450_000_000, "VND")],
            quantities=[c(2, "máy nghiền đứng xi măng")],
            deals=[deal("supply_contract", ["Xi măng Bỉm Sơn Xanh", "Loesche"], 96_450_000_000)],
            events=[
                ev(
                    "supply_contract",
                    [F("Xi măng Bỉm Sơn Xanh"), F("Loesche")],
                    96_450_000_000,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3336,
            "Tổng công ty Phát điện 3 - CTCP mời thầu rộng rãi quốc tế gói cung cấp bộ quá nhiệt cho Nhà máy nhiệt điện Vĩnh Tân 2, thời điểm đóng thầu 9 giờ ngày 15/1/2026.",
            "2025-12-15",
            "ministry",
            ["tender_invitation", "tong_cong_ty_ctcp", "no_event"],
            firms=[f("Phát điện 3", "Tổng công ty")],
            events=[],
        ),
        h(
            3337,
            "Hiệp hội Doanh nghiệp Cơ khí Việt Nam (VAMI) và Công ty TNHH Mitsubishi Electric Việt Nam ký thỏa thuận đào tạo 200 kỹ sư tự động hóa cho các hội viên.",
            "2025-09-26",
            "ministry",
            ["association_party", "mou_training", "vietnam_suffix", "count", "no_deal"],
            organizations=["Hiệp hội Doanh nghiệp Cơ khí Việt Nam"],
            firms=[f("Mitsubishi Electric", "Công ty TNHH")],
            quantities=[c(200, "kỹ sư tự động hóa")],
            events=[
                ev(
                    "mou",
                    [O("Hiệp hội Doanh nghiệp Cơ khí Việt Nam"), F("Mitsubishi Electric")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3338,
            "Năm 2026, Bộ Công Thương phê duyệt 14 nhiệm vụ thuộc Chương trình phát triển công nghiệp hỗ trợ với tổng kinh phí 46 tỷ đồng từ ngân sách trung ương.",
            "2025-12-23",
            "ministry",
            ["state_programme", "support_grant", "count", "no_event"],
            organizations=["Bộ Công Thương"],
            money=[m(46 * B, "VND")],
            quantities=[c(14, "nhiệm vụ")],
            events=[],
        ),
        h(
            3339,
            "Hội nghị kết nối doanh nghiệp công nghiệp hỗ trợ Việt Nam - Nhật Bản 2025 thu hút 310 doanh nghiệp với hơn 1.100 cuộc gặp giao thương, song ban tổ chức không công bố số hợp đồng được ký.",
            "2025-11-28",
            "ministry",
            ["conference", "count", "approx", "negated", "no_event"],
            quantities=[c(310, "doanh nghiệp"), c(1100, "cuộc gặp giao thương", True)],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            3340,
            "Bộ Tài chính vừa cấp giấy chứng nhận đăng ký đầu tư ra nước ngoài cho Công ty CP Tập đoàn Cao su Phước Hòa Xanh để xây nhà máy chế biến mủ tại Campuchia, vốn 38 triệu USD.",
            "2025-07-23",
            "ministry",
            ["outbound_licence", "licence", "government_party", "cong_ty_cp_tap_doan", "country"],
            organizations=["Bộ Tài chính"],
            firms=[f("Cao su Phước Hòa Xanh", "Công ty CP")],
            money=[m(38 * M, "USD")],
            locations=[country("Campuchia")],
            deals=[deal("investment", ["Cao su Phước Hòa Xanh"], 38 * M)],
            events=[
                ev(
                    "investment_licence",
                    [G("Bộ Tài chính"), F("Cao su Phước Hòa Xanh")],
                    38 * M,
                    "USD",
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            3341,
            "Theo thông cáo của Tập đoàn Schaeffler, công ty đã khánh thành nhà máy vòng bi thứ hai tại KCN Amata Biên Hòa vào ngày 12/9.",
            "2025-09-15",
            "ministry",
            ["release", "inauguration", "no_amount", "date_after_verb"],
            firms=[f("Schaeffler", "Tập đoàn")],
            locations=[park("Khu công nghiệp Amata Biên Hòa")],
            events=[ev("inauguration", [F("Schaeffler")], None, None, None, "completed")],
        ),
        h(
            3342,
            "(VOV) - Phòng Công nghiệp và Thương mại Đức tại Việt Nam (AHK) cho biết 17 doanh nghiệp Đức đang tìm hiểu địa điểm sản xuất tại miền Bắc, nhưng chưa có dự án nào được ký kết.",
            "2025-05-13",
            "ministry",
            ["source_tag", "chamber", "count", "negated", "no_event"],
            organizations=["Phòng Công nghiệp và Thương mại Đức tại Việt Nam"],
            quantities=[c(17, "doanh nghiệp")],
            events=[],
        ),
        h(
            3343,
            "Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam (JCCI) đề nghị Bộ Tài chính sớm hướng dẫn việc hoàn thuế giá trị gia tăng cho doanh nghiệp chế xuất.",
            "2025-03-31",
            "ministry",
            ["association", "request", "acronym_bracket", "no_event"],
            organizations=["Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam", "Bộ Tài chính"],
            events=[],
        ),
        h(
            3344,
            "Thứ trưởng Bộ Công Thương Trương Thanh Hoài chứng kiến lễ ký hợp đồng giữa Tổng công ty Thép Việt Nam - CTCP và Tập đoàn Nippon Steel về cung cấp 200.000 tấn phôi thép tấm trong năm 2026.",
            "2025-11-07",
            "ministry",
            [
                "witness_official",
                "person_role_before",
                "supply_contract",
                "giua_a_va_b",
                "firm_pair",
                "tong_cong_ty_ctcp",
                "count",
            ],
            organizations=["Bộ Công Thương"],
            persons=[per("Trương Thanh Hoài", "Thứ trưởng Bộ Công Thương")],
            firms=[f("Thép Việt Nam", "Tổng công ty"), f("Nippon Steel", "Tập đoàn")],
            quantities=[c(200000, "tấn")],
            deals=[deal("supply_contract", ["Thép Việt Nam", "Nippon Steel"])],
            events=[
                ev("supply_contract", [F("Thép Việt Nam"), F("Nippon Steel")], None, None, None, "signed")
            ],
        ),
        h(
            3345,
            "Bộ Công Thương và Bộ Kinh tế và Hành động Khí hậu Liên bang Đức đã ký ý định thư hợp tác đào tạo thợ cơ khí theo mô hình song hành.",
            "2025-08-21",
            "ministry",
            ["ministry_pair", "mou", "country_in_ministry_name", "no_deal"],
            organizations=["Bộ Công Thương", "Bộ Kinh tế và Hành động Khí hậu Liên bang Đức"],
            events=[
                ev(
                    "mou",
                    [G("Bộ Công Thương"), G("Bộ Kinh tế và Hành động Khí hậu Liên bang Đức")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3346,
            "Quảng Ninh TV - Chiều 30/10, Agribank Chi nhánh Bắc Quảng Ninh ký thỏa thuận cho vay 520 tỷ đồng với Công ty TNHH Sản xuất Gỗ Ván Ép Đông Triều.",
            "2025-10-31",
            "provincial",
            ["broadcaster_tag", "credit", "bank_branch", "bare_bank_brand", "firm_pair", "deal_date"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Agribank"), f("Sản xuất Gỗ Ván Ép Đông Triều", "Công ty TNHH")],
            money=[m(520 * B, "VND")],
            deals=[
                deal(
                    "cooperation",
                    ["Agribank", "Sản xuất Gỗ Ván Ép Đông Triều"],
                    520 * B,
                    None,
                    "2025-10-30",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Agribank"), F("Sản xuất Gỗ Ván Ép Đông Triều")],
                    520 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3347,
            "Cục Công nghiệp (Bộ Công Thương) và Công ty TNHH Canon Việt Nam ký kết chương trình hỗ trợ 30 doanh nghiệp Việt cải tiến sản xuất để trở thành nhà cung ứng.",
            "2025-04-16",
            "ministry",
            ["mou_support", "government_party", "ministry_bracket", "vietnam_suffix", "count", "no_deal"],
            organizations=["Cục Công nghiệp", "Bộ Công Thương"],
            firms=[f("Canon", "Công ty TNHH")],
            quantities=[c(30, "doanh nghiệp")],
            events=[ev("mou", [G("Cục Công nghiệp"), F("Canon")], None, None, None, "signed")],
        ),
        h(
            3348,
            "Phát biểu tại diễn đàn, ông Marko Walde, Trưởng đại diện AHK tại Việt Nam nhận định chi phí logistics vẫn là rào cản lớn nhất đối với nhà đầu tư châu Âu.",
            "2025-05-13",
            "ministry",
            ["speech", "foreign_person", "role_with_acronym", "no_event"],
            persons=[per("Marko Walde", "Trưởng đại diện AHK tại Việt Nam")],
            organizations=["AHK"],
            events=[],
        ),
        h(
            3349,
            "Khánh Hoà - Hiệp hội Doanh nghiệp Cam Ranh và Công ty CP Đóng tàu Cam Ranh Xanh ký biên bản hợp tác kết nối hội viên làm nhà cung cấp vật tư cho các đơn hàng tàu xuất khẩu.",
            "2025-07-09",
            "provincial",
            ["old_tone", "dateline_dash", "association_party", "mou", "no_deal"],
            organizations=["Hiệp hội Doanh nghiệp Cam Ranh"],
            provinces=[pv("Khánh Hòa")],
            firms=[f("Đóng tàu Cam Ranh Xanh", "Công ty CP")],
            events=[
                ev(
                    "mou",
                    [O("Hiệp hội Doanh nghiệp Cam Ranh"), F("Đóng tàu Cam Ranh Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3350,
            "Theo Tổng cục Thống kê, chỉ số sản xuất công nghiệp 11 tháng tăng 8,9%, trong đó ngành chế biến, chế tạo tăng 10,3%.",
            "2025-12-06",
            "ministry",
            ["statistics", "percentage", "no_event"],
            organizations=["Tổng cục Thống kê"],
            percentages=[8.9, 10.3],
            events=[],
        ),
        # --- Legal text: decisions, articles, footers, charters, judgments ---
        h(
            3351,
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 845/QĐ-UBND\nQuảng Ngãi, ngày 14 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc chấm dứt hoạt động dự án Nhà máy chế biến tinh bột sắn Sơn Hà",
            "2025-08-20",
            "legal",
            ["decision_header", "multiline", "capitals_header", "date_in_words", "termination", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            decisions=[d("845/QĐ-UBND", "2025-08-14")],
            events=[],
        ),
        h(
            3352,
            "Điều 1. Chấp thuận nhà đầu tư: Công ty TNHH Linh kiện Điện tử Daeyang Vina; địa chỉ trụ sở: Lô C5, Khu công nghiệp Tịnh Phong; người đại diện theo pháp luật: ông Park Jun Ho, quốc tịch Hàn Quốc.",
            "2025-09-02",
            "legal",
            ["article", "licence", "investor_block", "legal_representative", "korean_name", "vina_suffix"],
            persons=[per("Park Jun Ho", "người đại diện theo pháp luật")],
            firms=[f("Linh kiện Điện tử Daeyang", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Tịnh Phong"), country("Hàn Quốc")],
            deals=[deal("investment", ["Linh kiện Điện tử Daeyang"])],
            events=[ev("investment_licence", [F("Linh kiện Điện tử Daeyang")], None, None, None, "licensed")],
        ),
        h(
            3353,
            "Điều 3. Trước khi khởi công, nhà đầu tư nộp tiền bảo đảm thực hiện dự án là 4.860.000.000 đồng (bằng 2% vốn đầu tư) vào tài khoản do Sở Tài chính chỉ định.",
            "2025-09-02",
            "legal",
            ["article", "performance_bond", "percentage", "full_digit_amount", "no_event"],
            organizations=["Sở Tài chính"],
            money=[m(4_860_000_000, "VND")],
            percentages=[2],
            events=[],
        ),
        h(
            3354,
            "Nơi nhận:\n- Như Điều 4;\n- Bộ Tài chính;\n- Bộ Công Thương;\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi;\n- Lưu: VT, KTTH.",
            "2025-09-02",
            "legal",
            ["recipients_footer", "multiline", "abbreviated_authority", "no_event"],
            organizations=[
                "Bộ Tài chính",
                "Bộ Công Thương",
                "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
            ],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            3355,
            "TÒA ÁN NHÂN DÂN KHU VỰC 3 - HẢI PHÒNG\nBẢN ÁN 15/2025/KDTM-ST NGÀY 08/09/2025\nVỀ TRANH CHẤP HỢP ĐỒNG THUÊ NHÀ XƯỞNG",
            "2025-09-25",
            "legal",
            ["court_header", "multiline", "capitals_header", "regional_court", "judgment_number", "no_event"],
            organizations=["Tòa án nhân dân khu vực 3 - Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            decisions=[d("15/2025/KDTM-ST", "2025-09-08")],
            events=[],
        ),
        h(
            3356,
            "Ngày 02/3/2022, Công ty TNHH Đầu tư Hạ tầng An Dương Xanh (bên cho thuê) và Công ty TNHH Bao bì Nhựa Hưng Nghiệp (bên thuê) ký hợp đồng thuê nhà xưởng diện tích 6.480 m2, thời hạn 5 năm.",
            "2025-09-25",
            "legal",
            ["court_facts", "recalled_contract", "lease", "firm_pair", "party_roles_bracket", "area_m2"],
            firms=[
                f("Đầu tư Hạ tầng An Dương Xanh", "Công ty TNHH"),
                f("Bao bì Nhựa Hưng Nghiệp", "Công ty TNHH"),
            ],
            areas=[ha(0.648)],
            deals=[
                deal(
                    "cooperation",
                    ["Đầu tư Hạ tầng An Dương Xanh", "Bao bì Nhựa Hưng Nghiệp"],
                    None,
                    None,
                    "2022-03-02",
                )
            ],
            events=[],
        ),
        h(
            3357,
            "Chấp nhận một phần yêu cầu khởi kiện của nguyên đơn; buộc bị đơn thanh toán tiền thuê còn nợ 1.296.000.000 đồng và bồi thường 210.000.000 đồng do đơn phương chấm dứt hợp đồng.",
            "2025-09-25",
            "legal",
            ["court_ruling", "full_digit_amount", "terminated_contract", "no_event"],
            money=[m(1_296_000_000, "VND"), m(210_000_000, "VND")],
            events=[],
        ),
        h(
            3358,
            "Điều 5. Vốn điều lệ: 360.000.000.000 đồng (Ba trăm sáu mươi tỷ đồng); tổng số cổ phần: 36.000.000; loại cổ phần: cổ phần phổ thông.",
            "2025-04-12",
            "legal",
            ["charter", "charter_capital", "amount_in_words", "full_digit_amount", "count", "no_event"],
            money=[m(360 * B, "VND")],
            quantities=[c(36_000_000, "cổ phần")],
            events=[],
        ),
        h(
            3359,
            "Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, phát triển cụm công nghiệp;\nXét đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 96/TTr-SCT ngày 27/6/2025.",
            "2025-07-08",
            "legal",
            ["preamble", "multiline", "date_in_words", "two_documents", "no_event"],
            organizations=["Chính phủ", "Sở Công Thương"],
            decisions=[d("32/2024/NĐ-CP", "2024-03-15"), d("96/TTr-SCT", "2025-06-27")],
            events=[],
        ),
        h(
            3360,
            "| STT | Tên dự án | Nhà đầu tư | Vốn (tỷ đồng) |\n| 1 | Nhà máy gạch không nung Tam Nông | Công ty CP Vật liệu Xây dựng Đồng Tháp Mười | 186 |\n| 2 | Kho lạnh thủy sản Tân Hồng | Công ty TNHH Kho vận Sen Hồng | 240 |",
            "2025-07-08",
            "legal",
            ["pipe_table", "multiline", "project_list", "project_line", "amount_in_column"],
            firms=[
                f("Vật liệu Xây dựng Đồng Tháp Mười", "Công ty CP"),
                f("Kho vận Sen Hồng", "Công ty TNHH"),
            ],
            money=[m(186 * B, "VND"), m(240 * B, "VND")],
            deals=[
                deal("investment", ["Vật liệu Xây dựng Đồng Tháp Mười"], 186 * B),
                deal("investment", ["Kho vận Sen Hồng"], 240 * B),
            ],
            events=[
                ev(
                    "investment_announcement",
                    [F("Vật liệu Xây dựng Đồng Tháp Mười")],
                    186 * B,
                    "VND",
                    None,
                    "announced",
                ),
                ev("investment_announcement", [F("Kho vận Sen Hồng")], 240 * B, "VND", None, "announced"),
            ],
        ),
        h(
            3361,
            "NGHỊ QUYẾT\nĐẠI HỘI ĐỒNG CỔ ĐÔNG THƯỜNG NIÊN NĂM 2025\nĐiều 4. Chấp thuận giao dịch thuê kho lạnh giữa Công ty và Công ty TNHH Logistics Lạnh Mekong Xanh (bên có liên quan), tổng giá trị không vượt 65 tỷ đồng mỗi năm.",
            "2025-04-28",
            "legal",
            [
                "agm_resolution",
                "multiline",
                "capitals_header",
                "related_party",
                "approved_lease",
                "per_year",
                "one_named_party",
            ],
            firms=[f("Logistics Lạnh Mekong Xanh", "Công ty TNHH")],
            money=[m(65 * B, "VND", "year")],
            events=[ev("cooperation", [F("Logistics Lạnh Mekong Xanh")], 65 * B, "VND", None, "announced")],
        ),
        h(
            3362,
            "Hỏi: Doanh nghiệp chế xuất có được bán hàng vào thị trường nội địa không?\nTrả lời: Theo khoản 3 Điều 30 Nghị định số 35/2022/NĐ-CP, doanh nghiệp chế xuất được bán hàng vào nội địa nếu có chức năng xuất nhập khẩu.",
            "2025-06-30",
            "legal",
            ["legal_qa", "multiline", "decree_citation", "no_event"],
            decisions=[d("35/2022/NĐ-CP")],
            events=[],
        ),
        h(
            3363,
            "Quyết định số 1127/QĐ-BQL ngày 19/11/2025 của Ban Quản lý các KCN tỉnh Bắc Ninh điều chỉnh tiến độ dự án của Công ty TNHH Cơ khí Nhật Hưng Yên Phong, lùi thời hạn hoàn thành đến tháng 6/2027.",
            "2025-11-25",
            "legal",
            ["decision_with_date", "schedule_adjustment", "no_capital", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            decisions=[d("1127/QĐ-BQL", "2025-11-19")],
            firms=[f("Cơ khí Nhật Hưng Yên Phong", "Công ty TNHH")],
            events=[],
        ),
        h(
            3364,
            "Tòa án nhân dân tỉnh Nghệ An đã ra Quyết định số 09/2025/QĐST-KDTM ngày 21/7/2025 công nhận sự thỏa thuận của các đương sự trong vụ tranh chấp hợp đồng cung ứng than giữa Công ty CP Năng lượng Bắc Miền Trung và Công ty TNHH Giấy Hoàng Mai Xanh.",
            "2025-08-01",
            "legal",
            ["court_decision", "settlement", "decision_with_date", "recalled_contract", "giua_a_va_b"],
            organizations=["Tòa án nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            decisions=[d("09/2025/QĐST-KDTM", "2025-07-21")],
            firms=[f("Năng lượng Bắc Miền Trung", "Công ty CP"), f("Giấy Hoàng Mai Xanh", "Công ty TNHH")],
            deals=[deal("supply_contract", ["Năng lượng Bắc Miền Trung", "Giấy Hoàng Mai Xanh"])],
            events=[],
        ),
        h(
            3365,
            "Điều 2. Thu hồi Giấy chứng nhận đăng ký đầu tư do Ban Quản lý Khu kinh tế Vũng Áng cấp lần đầu ngày 05/12/2019 cho Công ty TNHH Thép Kết cấu Kỳ Anh Xanh.",
            "2025-10-17",
            "legal",
            ["revocation", "recalled_licence_date", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Vũng Áng"],
            firms=[f("Thép Kết cấu Kỳ Anh Xanh", "Công ty TNHH")],
            events=[],
        ),
        # --- More provincial and business rows: firm pairs, NFD and old tone placement ---
        h(
            3366,
            "Tại lễ ký kết, Công ty CP Cảng Cẩm Phả Xanh và Tập đoàn Than - Khoáng sản Việt Nam thống nhất kéo dài hợp đồng bốc xếp than nhập khẩu thêm 3 năm, sản lượng 12 triệu tấn/năm.",
            "2025-05-08",
            "provincial",
            ["nfd", "contract_extension", "supply_contract", "firm_pair", "dash_in_name", "capacity"],
            firms=[f("Cảng Cẩm Phả Xanh", "Công ty CP"), f("Than - Khoáng sản Việt Nam", "Tập đoàn")],
            deals=[deal("supply_contract", ["Cảng Cẩm Phả Xanh", "Than - Khoáng sản Việt Nam"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Cảng Cẩm Phả Xanh"), F("Than - Khoáng sản Việt Nam")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3367,
            "Công ty TNHH Hóa chất Nghi Sơn Tosoh và Công ty CP Hóa dầu Đình Vũ Xanh ký thoả thuận cung cấp 30.000 tấn xút lỏng mỗi năm trong giai đoạn 2026-2030.",
            "2025-10-27",
            "ministry",
            ["old_tone", "supply_contract", "firm_pair", "count"],
            firms=[f("Hóa chất Nghi Sơn Tosoh", "Công ty TNHH"), f("Hóa dầu Đình Vũ Xanh", "Công ty CP")],
            quantities=[c(30000, "tấn")],
            deals=[deal("supply_contract", ["Hóa chất Nghi Sơn Tosoh", "Hóa dầu Đình Vũ Xanh"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Hóa chất Nghi Sơn Tosoh"), F("Hóa dầu Đình Vũ Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3368,
            "Sáng 24/6, Công ty CP Đầu tư KCN Đông Hồi Xanh và Công ty TNHH Thép Không gỉ Tsingshan Quỳnh Lập ký hợp đồng thuê 46 ha đất tại KCN Đông Hồi (Nghệ An) để xây nhà máy cán nguội.",
            "2025-06-25",
            "provincial",
            ["nfd", "lease", "park_developer", "firm_pair", "province_bracket_park", "area", "deal_date"],
            provinces=[pv("Nghệ An")],
            firms=[
                f("Đầu tư KCN Đông Hồi Xanh", "Công ty CP"),
                f("Thép Không gỉ Tsingshan Quỳnh Lập", "Công ty TNHH"),
            ],
            areas=[ha(46)],
            locations=[park("Khu công nghiệp Đông Hồi")],
            deals=[
                deal(
                    "cooperation",
                    ["Đầu tư KCN Đông Hồi Xanh", "Thép Không gỉ Tsingshan Quỳnh Lập"],
                    None,
                    NA,
                    "2025-06-24",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư KCN Đông Hồi Xanh"), F("Thép Không gỉ Tsingshan Quỳnh Lập")],
                    None,
                    None,
                    NA,
                    "signed",
                )
            ],
        ),
        h(
            3369,
            "Chưa có doanh nghiệp Việt nào ký được hợp đồng cung ứng trực tiếp cho nhà máy xe điện mới tại Hải Phòng, dù nhiều đơn vị đã qua vòng đánh giá năng lực.",
            "2025-11-21",
            "provincial",
            ["negated", "no_contract", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            3370,
            "Ngày 9/9, Công ty TNHH Công nghiệp Chính xác Hòa Lạc Minebea và Công ty CP Điện tử Sao Thái Bình ký hợp đồng gia công 1,5 triệu cụm quạt tản nhiệt, trị giá 4,2 triệu USD.",
            "2025-09-10",
            "ministry",
            ["nfd", "supply_contract", "firm_pair", "count", "deal_date"],
            firms=[
                f("Công nghiệp Chính xác Hòa Lạc Minebea", "Công ty TNHH"),
                f("Điện tử Sao Thái Bình", "Công ty CP"),
            ],
            money=[m(4.2 * M, "USD")],
            quantities=[c(1_500_000, "cụm quạt tản nhiệt")],
            deals=[
                deal(
                    "supply_contract",
                    ["Công nghiệp Chính xác Hòa Lạc Minebea", "Điện tử Sao Thái Bình"],
                    4.2 * M,
                    None,
                    "2025-09-09",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Công nghiệp Chính xác Hòa Lạc Minebea"), F("Điện tử Sao Thái Bình")],
                    4.2 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3371,
            "Lạng Sơn - Công ty CP Xi măng Đồng Bành Xanh và Công ty TNHH Thiết bị Công nghiệp Sinoma Việt Nam ký hợp đồng tổng thầu EPC dây chuyền nghiền xi măng 1 triệu tấn/năm, giá trị 620 tỷ đồng.",
            "2025-03-26",
            "provincial",
            ["dateline_dash", "region_prefix", "epc_contract", "supply_contract", "firm_pair", "capacity"],
            provinces=[pv("Lạng Sơn")],
            firms=[
                f("Xi măng Đồng Bành Xanh", "Công ty CP"),
                f("Thiết bị Công nghiệp Sinoma", "Công ty TNHH"),
            ],
            money=[m(620 * B, "VND")],
            deals=[
                deal("supply_contract", ["Xi măng Đồng Bành Xanh", "Thiết bị Công nghiệp Sinoma"], 620 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Xi măng Đồng Bành Xanh"), F("Thiết bị Công nghiệp Sinoma")],
                    620 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3372,
            "Theo đại diện Công ty CP Thực phẩm Sa Giang Xanh, doanh nghiệp đang thương thảo với hai nhà nhập khẩu Hàn Quốc nhưng dự kiến phải đến quý II/2026 mới ký được hợp đồng.",
            "2025-11-04",
            "provincial",
            ["negotiation", "unnamed_counterparts", "future_contract", "no_event"],
            firms=[f("Thực phẩm Sa Giang Xanh", "Công ty CP")],
            quantities=[c(2, "nhà nhập khẩu")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            3373,
            "Công ty CP Phát triển Hạ tầng KCN Tân Trường Xanh đã ký hợp đồng nguyên tắc cho Công ty TNHH Sợi Dệt Thiên Nam Thái Bình thuê 14 ha tại KCN Thái Thụy, Hưng Yên.",
            "2025-09-30",
            "provincial",
            [
                "nfd",
                "principle_contract",
                "lease",
                "park_developer",
                "firm_pair",
                "park_comma_province",
                "area",
            ],
            provinces=[pv("Hưng Yên")],
            firms=[
                f("Phát triển Hạ tầng KCN Tân Trường Xanh", "Công ty CP"),
                f("Sợi Dệt Thiên Nam Thái Bình", "Công ty TNHH"),
            ],
            areas=[ha(14)],
            locations=[park("Khu công nghiệp Thái Thụy")],
            deals=[
                deal(
                    "cooperation",
                    ["Phát triển Hạ tầng KCN Tân Trường Xanh", "Sợi Dệt Thiên Nam Thái Bình"],
                    None,
                    cur("Hưng Yên"),
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Phát triển Hạ tầng KCN Tân Trường Xanh"), F("Sợi Dệt Thiên Nam Thái Bình")],
                    None,
                    None,
                    cur("Hưng Yên"),
                    "signed",
                )
            ],
        ),
        h(
            3374,
            "Công ty CP Tập đoàn Điện lực Miền Trung Xanh và Công ty TNHH Năng lượng Tái tạo Mộ Đức ký hợp đồng mua bán điện từ dự án điện mặt trời 50 MW tại Quảng Ngãi, thời hạn 20 năm.",
            "2025-06-17",
            "provincial",
            ["ppa", "supply_contract", "firm_pair", "cong_ty_cp_tap_doan", "site_province", "capacity"],
            provinces=[pv("Quảng Ngãi")],
            firms=[
                f("Điện lực Miền Trung Xanh", "Công ty CP"),
                f("Năng lượng Tái tạo Mộ Đức", "Công ty TNHH"),
            ],
            deals=[
                deal("supply_contract", ["Điện lực Miền Trung Xanh", "Năng lượng Tái tạo Mộ Đức"], None, QNG)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện lực Miền Trung Xanh"), F("Năng lượng Tái tạo Mộ Đức")],
                    None,
                    None,
                    QNG,
                    "signed",
                )
            ],
        ),
        h(
            3375,
            "Tin đồn Tập đoàn Hòa Phát sắp mua lại một nhà máy thép ở Quảng Ngãi là không có cơ sở, đại diện tập đoàn cho biết.",
            "2025-08-08",
            "ministry",
            ["rumour_denied", "negated", "no_event"],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Hòa Phát", "Tập đoàn")],
            events=[],
        ),
        # --- Firm pairs in further writers' shapes ---
        h(
            3376,
            "Chứng kiến lễ ký có ông Bùi Văn Khắng, Phó Chủ tịch UBND tỉnh Quảng Ninh; theo đó Công ty CP Gốm sứ Đông Triều Xanh sẽ mua 18.000 tấn cao lanh mỗi năm của Công ty TNHH Khoáng sản Hoành Bồ.",
            "2025-05-29",
            "provincial",
            ["witness_official", "person_comma", "supply_contract", "firm_pair", "theo_do", "count"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            persons=[per("Bùi Văn Khắng", "Phó Chủ tịch UBND tỉnh Quảng Ninh")],
            firms=[f("Gốm sứ Đông Triều Xanh", "Công ty CP"), f("Khoáng sản Hoành Bồ", "Công ty TNHH")],
            quantities=[c(18000, "tấn")],
            deals=[deal("supply_contract", ["Gốm sứ Đông Triều Xanh", "Khoáng sản Hoành Bồ"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Gốm sứ Đông Triều Xanh"), F("Khoáng sản Hoành Bồ")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3377,
            "Bắc Giang cũ - Công ty TNHH Điện tử Goertek Vinh Bắc Giang đặt Công ty CP Bao bì Giấy Việt Yên cung ứng 12 triệu hộp carton trong năm 2026, giá trị khoảng 86 tỷ đồng.",
            "2025-12-04",
            "provincial",
            [
                "old_province_cu",
                "region_prefix",
                "order",
                "supply_contract",
                "firm_pair",
                "place_in_name",
                "approx",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[
                f("Điện tử Goertek Vinh Bắc Giang", "Công ty TNHH"),
                f("Bao bì Giấy Việt Yên", "Công ty CP"),
            ],
            money=[m(86 * B, "VND", None, True)],
            quantities=[c(12_000_000, "hộp carton")],
            deals=[
                deal("supply_contract", ["Điện tử Goertek Vinh Bắc Giang", "Bao bì Giấy Việt Yên"], 86 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện tử Goertek Vinh Bắc Giang"), F("Bao bì Giấy Việt Yên")],
                    86 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3378,
            "Cty CP Cơ khí Lắp máy Ninh Bình và Cty TNHH Công nghiệp Nặng Doosan Vina đã ký hợp đồng gia công 1.200 tấn kết cấu thép cho lò hơi, giá trị 74 tỷ đồng.",
            "2025-06-18",
            "provincial",
            ["cty_abbreviation", "supply_contract", "firm_pair", "vina_suffix", "count"],
            firms=[f("Cơ khí Lắp máy Ninh Bình", "Công ty CP"), f("Công nghiệp Nặng Doosan", "Công ty TNHH")],
            money=[m(74 * B, "VND")],
            quantities=[c(1200, "tấn")],
            deals=[deal("supply_contract", ["Cơ khí Lắp máy Ninh Bình", "Công nghiệp Nặng Doosan"], 74 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Lắp máy Ninh Bình"), F("Công nghiệp Nặng Doosan")],
                    74 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3379,
            "Ngân hàng TMCP Sài Gòn - Hà Nội (SHB) cam kết thu xếp 1.600 tỷ đồng cho Công ty CP Đầu tư KCN Hoàng Mai Xanh để làm hạ tầng giai đoạn 2, hai bên đã ký hợp đồng tín dụng chiều 21/8.",
            "2025-08-22",
            "provincial",
            ["credit", "firm_pair", "dash_in_bank_name", "acronym_bracket", "date_at_end", "deal_date"],
            firms=[f("Sài Gòn - Hà Nội", "Ngân hàng TMCP"), f("Đầu tư KCN Hoàng Mai Xanh", "Công ty CP")],
            money=[m(1600 * B, "VND")],
            deals=[
                deal(
                    "cooperation",
                    ["Sài Gòn - Hà Nội", "Đầu tư KCN Hoàng Mai Xanh"],
                    1600 * B,
                    None,
                    "2025-08-21",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Sài Gòn - Hà Nội"), F("Đầu tư KCN Hoàng Mai Xanh")],
                    1600 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3380,
            "Quảng Ngãi: Thêm đơn hàng bồn áp lực xuất khẩu Công ty CP Chế tạo Thiết bị Dung Quất Xanh vừa ký với Công ty TNHH Doosan Enerbility Việt Nam hợp đồng chế tạo 40 bồn áp lực xuất khẩu, trị giá 19 triệu USD.",
            "2025-09-12",
            "provincial",
            ["headline_merged", "region_prefix", "supply_contract", "firm_pair", "vietnam_suffix", "count"],
            provinces=[pv("Quảng Ngãi")],
            firms=[
                f("Chế tạo Thiết bị Dung Quất Xanh", "Công ty CP"),
                f("Doosan Enerbility", "Công ty TNHH"),
            ],
            money=[m(19 * M, "USD")],
            quantities=[c(40, "bồn áp lực")],
            deals=[deal("supply_contract", ["Chế tạo Thiết bị Dung Quất Xanh", "Doosan Enerbility"], 19 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Chế tạo Thiết bị Dung Quất Xanh"), F("Doosan Enerbility")],
                    19 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3381,
            "Công ty CP Đầu tư Sài Gòn VRG Xanh và Công ty TNHH Kho vận Lotte Global Logistics Việt Nam ký hợp đồng thuê 6 ha đất tại KCN Phước Đông (Tây Ninh) làm trung tâm phân phối.",
            "2025-03-12",
            "provincial",
            ["lease", "park_developer", "firm_pair", "province_bracket_park", "vietnam_suffix", "area"],
            provinces=[pv("Tây Ninh")],
            firms=[
                f("Đầu tư Sài Gòn VRG Xanh", "Công ty CP"),
                f("Kho vận Lotte Global Logistics", "Công ty TNHH"),
            ],
            areas=[ha(6)],
            locations=[park("Khu công nghiệp Phước Đông")],
            deals=[
                deal(
                    "cooperation",
                    ["Đầu tư Sài Gòn VRG Xanh", "Kho vận Lotte Global Logistics"],
                    None,
                    cur("Tây Ninh"),
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Đầu tư Sài Gòn VRG Xanh"), F("Kho vận Lotte Global Logistics")],
                    None,
                    None,
                    cur("Tây Ninh"),
                    "signed",
                )
            ],
        ),
        h(
            3382,
            "Thay mặt hai bên, ông Nguyễn Đức Trung, Giám đốc Công ty TNHH Nông sản Tháp Mười Xanh và ông Yamada Hiroshi, Tổng giám đốc Công ty TNHH Thực phẩm Kewpie Việt Nam ký hợp đồng cung cấp 3.000 tấn trứng gà sạch.",
            "2025-10-22",
            "provincial",
            ["signatories", "two_persons", "supply_contract", "firm_pair", "vietnam_suffix", "count"],
            persons=[
                per("Nguyễn Đức Trung", "Giám đốc Công ty TNHH Nông sản Tháp Mười Xanh"),
                per("Yamada Hiroshi", "Tổng giám đốc Công ty TNHH Thực phẩm Kewpie Việt Nam"),
            ],
            firms=[f("Nông sản Tháp Mười Xanh", "Công ty TNHH"), f("Thực phẩm Kewpie", "Công ty TNHH")],
            quantities=[c(3000, "tấn")],
            deals=[deal("supply_contract", ["Nông sản Tháp Mười Xanh", "Thực phẩm Kewpie"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Nông sản Tháp Mười Xanh"), F("Thực phẩm Kewpie")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3383,
            "Công ty TNHH Xi măng Điện Biên Xanh đã chọn Công ty CP Tư vấn Thiết kế Xi măng Hà Nội làm nhà thầu tư vấn giám sát dây chuyền mới, hợp đồng trị giá 14,8 tỷ đồng ký ngày 3/4.",
            "2025-04-05",
            "provincial",
            ["consulting_contract", "supply_contract", "firm_pair", "date_at_end", "deal_date"],
            firms=[
                f("Xi măng Điện Biên Xanh", "Công ty TNHH"),
                f("Tư vấn Thiết kế Xi măng Hà Nội", "Công ty CP"),
            ],
            money=[m(14.8 * B, "VND")],
            deals=[
                deal(
                    "supply_contract",
                    ["Xi măng Điện Biên Xanh", "Tư vấn Thiết kế Xi măng Hà Nội"],
                    14.8 * B,
                    None,
                    "2025-04-03",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Xi măng Điện Biên Xanh"), F("Tư vấn Thiết kế Xi măng Hà Nội")],
                    14.8 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3384,
            "Công ty CP Đóng tàu Bến Thủy Xanh và Tập đoàn Damen Shipyards (Hà Lan) ký thỏa thuận hợp tác đóng tàu lai dắt theo thiết kế của đối tác tại Nghệ An.",
            "2025-07-25",
            "provincial",
            ["mou", "firm_pair", "country_bracket", "site_province"],
            provinces=[pv("Nghệ An")],
            firms=[f("Đóng tàu Bến Thủy Xanh", "Công ty CP"), f("Damen Shipyards", "Tập đoàn")],
            locations=[country("Hà Lan")],
            deals=[deal("mou", ["Đóng tàu Bến Thủy Xanh", "Damen Shipyards"], None, NA)],
            events=[ev("mou", [F("Đóng tàu Bến Thủy Xanh"), F("Damen Shipyards")], None, None, NA, "signed")],
        ),
        h(
            3385,
            "Tổng công ty Khí Việt Nam - CTCP (PV GAS) và Công ty CP Nhiệt điện Quảng Ninh Xanh ký thỏa thuận khung cung cấp LNG cho dự án điện khí 1.500 MW.",
            "2025-11-13",
            "ministry",
            ["framework_agreement", "mou", "firm_pair", "tong_cong_ty_ctcp", "acronym_bracket", "capacity"],
            firms=[f("Khí Việt Nam", "Tổng công ty"), f("Nhiệt điện Quảng Ninh Xanh", "Công ty CP")],
            deals=[deal("mou", ["Khí Việt Nam", "Nhiệt điện Quảng Ninh Xanh"])],
            events=[
                ev("mou", [F("Khí Việt Nam"), F("Nhiệt điện Quảng Ninh Xanh")], None, None, None, "signed")
            ],
        ),
        h(
            3386,
            "Công ty CP Sữa Điện Biên Xanh nhận chuyển giao quy trình lên men sữa chua từ Công ty TNHH Meiji Dairies Việt Nam theo hợp đồng 5 năm, phí bản quyền 3% doanh thu.",
            "2025-08-27",
            "ministry",
            ["technology_transfer", "cooperation", "firm_pair", "royalty_percentage", "vietnam_suffix"],
            firms=[f("Sữa Điện Biên Xanh", "Công ty CP"), f("Meiji Dairies", "Công ty TNHH")],
            percentages=[3],
            deals=[deal("cooperation", ["Sữa Điện Biên Xanh", "Meiji Dairies"])],
            events=[
                ev("cooperation", [F("Sữa Điện Biên Xanh"), F("Meiji Dairies")], None, None, None, "signed")
            ],
        ),
        h(
            3387,
            "Chiều 2/12, Công ty TNHH Công nghệ Năng lượng Sungrow Việt Nam và Công ty CP Điện mặt trời Long An Xanh ký hợp đồng cung cấp 220 MWh hệ thống lưu trữ điện, giá trị 31 triệu USD.",
            "2025-12-03",
            "ministry",
            ["nfd", "supply_contract", "firm_pair", "vietnam_suffix", "capacity", "deal_date"],
            firms=[
                f("Công nghệ Năng lượng Sungrow", "Công ty TNHH"),
                f("Điện mặt trời Long An Xanh", "Công ty CP"),
            ],
            money=[m(31 * M, "USD")],
            deals=[
                deal(
                    "supply_contract",
                    ["Công nghệ Năng lượng Sungrow", "Điện mặt trời Long An Xanh"],
                    31 * M,
                    None,
                    "2025-12-02",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Công nghệ Năng lượng Sungrow"), F("Điện mặt trời Long An Xanh")],
                    31 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3388,
            "Công ty CP Thủy sản Hồng Ngự Xanh và Công ty TNHH Thức ăn Thủy sản Grobest Việt Nam góp vốn lập liên doanh nuôi cá tra giống tại Đồng Tháp, tỷ lệ 60% - 40%.",
            "2025-02-20",
            "provincial",
            ["joint_venture", "firm_pair", "percentage", "site_province", "vietnam_suffix"],
            provinces=[pv("Đồng Tháp")],
            firms=[f("Thủy sản Hồng Ngự Xanh", "Công ty CP"), f("Thức ăn Thủy sản Grobest", "Công ty TNHH")],
            percentages=[60, 40],
            deals=[deal("cooperation", ["Thủy sản Hồng Ngự Xanh", "Thức ăn Thủy sản Grobest"], None, DT)],
            events=[
                ev(
                    "joint_venture",
                    [F("Thủy sản Hồng Ngự Xanh"), F("Thức ăn Thủy sản Grobest")],
                    None,
                    None,
                    DT,
                    "signed",
                )
            ],
        ),
        h(
            3389,
            "Theo hợp đồng ký ngày 28/10, Công ty TNHH Dịch vụ Kỹ thuật Hàng hải Cẩm Phả sẽ sửa chữa định kỳ 8 tàu chở than cho Công ty CP Vận tải và Đưa đón Thợ mỏ Xanh trong 2 năm, tổng giá trị 46 tỷ đồng.",
            "2025-10-30",
            "ministry",
            [
                "service_contract",
                "supply_contract",
                "firm_pair",
                "theo_hop_dong_ky_ngay",
                "count",
                "deal_date",
            ],
            firms=[
                f("Dịch vụ Kỹ thuật Hàng hải Cẩm Phả", "Công ty TNHH"),
                f("Vận tải và Đưa đón Thợ mỏ Xanh", "Công ty CP"),
            ],
            money=[m(46 * B, "VND")],
            quantities=[c(8, "tàu chở than")],
            deals=[
                deal(
                    "supply_contract",
                    ["Dịch vụ Kỹ thuật Hàng hải Cẩm Phả", "Vận tải và Đưa đón Thợ mỏ Xanh"],
                    46 * B,
                    None,
                    "2025-10-28",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Dịch vụ Kỹ thuật Hàng hải Cẩm Phả"), F("Vận tải và Đưa đón Thợ mỏ Xanh")],
                    46 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3390,
            "Nhà phân phối thiết bị y tế Công ty CP Trang thiết bị Y tế Bình Dương Xanh ký hợp đồng đại lý độc quyền với Tập đoàn Mindray (Trung Quốc) cho dòng máy siêu âm trong 3 năm.",
            "2025-09-04",
            "ministry",
            [
                "descriptor_before_name",
                "distribution_contract",
                "supply_contract",
                "firm_pair",
                "country_bracket",
            ],
            firms=[f("Trang thiết bị Y tế Bình Dương Xanh", "Công ty CP"), f("Mindray", "Tập đoàn")],
            locations=[country("Trung Quốc")],
            deals=[deal("supply_contract", ["Trang thiết bị Y tế Bình Dương Xanh", "Mindray"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Trang thiết bị Y tế Bình Dương Xanh"), F("Mindray")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3391,
            "Ông Phạm Văn Toàn, Chủ tịch HĐQT Công ty CP Cơ điện Hà Tĩnh Xanh cho hay đơn vị vừa trúng gói thầu lắp đặt hệ thống điện cho nhà máy của Công ty TNHH Gang thép Vũng Áng Mới, giá trúng thầu 57,3 tỷ đồng.",
            "2025-06-09",
            "provincial",
            ["person_comma_no_closing", "tender_won", "supply_contract", "firm_pair", "decimal_billion"],
            persons=[per("Phạm Văn Toàn", "Chủ tịch HĐQT Công ty CP Cơ điện Hà Tĩnh Xanh")],
            firms=[f("Cơ điện Hà Tĩnh Xanh", "Công ty CP"), f("Gang thép Vũng Áng Mới", "Công ty TNHH")],
            money=[m(57.3 * B, "VND")],
            deals=[deal("supply_contract", ["Cơ điện Hà Tĩnh Xanh", "Gang thép Vũng Áng Mới"], 57.3 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ điện Hà Tĩnh Xanh"), F("Gang thép Vũng Áng Mới")],
                    57.3 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3392,
            "Công ty CP Ô tô Khách Hà Tây Xanh vừa ký hợp đồng bán 60 xe buýt điện cho Công ty CP Vận tải Hành khách Lạng Sơn, giao đủ trong quý II/2026, trị giá 252 tỷ đồng.",
            "2025-12-11",
            "ministry",
            ["sale_contract", "supply_contract", "firm_pair", "count"],
            firms=[f("Ô tô Khách Hà Tây Xanh", "Công ty CP"), f("Vận tải Hành khách Lạng Sơn", "Công ty CP")],
            money=[m(252 * B, "VND")],
            quantities=[c(60, "xe buýt điện")],
            deals=[
                deal("supply_contract", ["Ô tô Khách Hà Tây Xanh", "Vận tải Hành khách Lạng Sơn"], 252 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Ô tô Khách Hà Tây Xanh"), F("Vận tải Hành khách Lạng Sơn")],
                    252 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3393,
            "Công ty TNHH Năng lượng Xanh Sơn La và Công ty CP Xây lắp Điện 1 ký hợp đồng EPC đường dây 110 kV đấu nối thủy điện Nậm Chiến 3, giá trị 168 tỷ đồng.",
            "2025-03-20",
            "provincial",
            ["epc_contract", "supply_contract", "firm_pair", "number_in_name"],
            firms=[f("Năng lượng Xanh Sơn La", "Công ty TNHH"), f("Xây lắp Điện 1", "Công ty CP")],
            money=[m(168 * B, "VND")],
            deals=[deal("supply_contract", ["Năng lượng Xanh Sơn La", "Xây lắp Điện 1"], 168 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Năng lượng Xanh Sơn La"), F("Xây lắp Điện 1")],
                    168 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
    ]
