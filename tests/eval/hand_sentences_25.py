# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 25 (blind, real-text shapes, issue 12): a fourteenth blind batch, 185 rows (hand-4201 to hand-4385),
written after reading about 45 real Vietnamese (and a few English and French) pages and excerpts in the search
tool's `pages` corpus from 21 searches not made for batches 12-24, chosen for regions, writers and topics
batches 22-24 did not use: Quảng Ninh (Đông Mai licence rounds of the zone authority, Việt Hưng, Cái Lân, Sông
Khoai, Hạ Long shipyards, a licence recalled inside a workers' story), Lạng Sơn and Cao Bằng (border economic
zones, a logistics park leased whole, VSIP Lạng Sơn), Bắc Ninh (Yên Phong and Quế Võ parks, a park developer's
expansion, a chip test-and-packaging plant announced by a Vietnamese group), the former Vĩnh Phúc (Bá Thiện,
Thăng Long Vĩnh Phúc, Sông Lô), the former Hà Nam and Nam Định (Đồng Văn, Rạng Đông textile park, a Hong Kong
group's proposal, two decisions approving parks), the former Thái Bình (Liên Hà Thái licence lists "Một là ...,
Hai là ...", a lease with the park developer, groundbreakings recalled), Hà Tĩnh (a promotion conference with
dozens of MoUs and licences, VSIP Hà Tĩnh's MoUs with counted tenants), the former Quảng Bình (Hòn La), Đắk Lắk
with the former Phú Yên (Hòa Hiệp and Hòa Tâm groundbreakings, a licence recalled with "Trước đó"), the former
Ninh Thuận and Bình Thuận (solar EPC, PPAs, commissioning), Becamex Bình Phước (a land lease by the People's
Committee, an inauguration with the Prime Minister), the former Sóc Trăng and Hậu Giang (An Nghiệp, a cluster
inaugurated, Sông Hậu); writers: provincial papers, national dailies, VnExpress/VnEconomy/CafeF business and
securities news, VNA English and French copy, firms' own news, Sở Công Thương and Sở Tài chính notes, legal
Q&A pages, model contracts, theses; topics: semiconductors and chip testing, car-maker localisation and supplier
development (SDP), shipbuilding, yarn and dyeing, furniture hardware, cables, precision machining, factory for
rent, green credit, bonds and private placements, M&A of park developers. Annotated for every field BEFORE any
tagger was run on them, without reading the tagger code or data. No sentence is taken or paraphrased from a
page; the shapes are. Firm names are invented, or well-known brands used in sentences of our own. Five rows
are English wire copy (4230, 4270, 4300-4302); 5 rows are stored in NFD, 4 use old tone placement.

Shapes written here that earlier batches under-used: a firm introduced in full and then called by a short
name or alias ("(gọi tắt là KBHL)", "Theo Việt Hưng Xanh", "GB Chem cho biết", "Mỹ Lộc nhuộm ... cho Thiên
Trường"); ALL-CAPS headlines, firm names and legal headers; a table flattened into text with pipe cells;
several events in one paragraph (a groundbreaking, an inauguration and a credit contract in one sentence; a
licence and a state MoU "cùng ngày"; an inauguration and a supply contract "cùng ngày"); an event recalled as
background inside a story about something else (a licence in a workers' story, a stake sale in a stock
report, an EPC contract in a delay story, a groundbreaking in a progress report); amounts as ranges, "hơn",
"gần", "khoảng", "tối đa"; promotion conferences with counted MoUs and one named signer; quotes; bylines.

Conventions: exactly those of batches 10 and 12-24 (their docstrings and tests/eval/README.md), with their
judgement calls, among them: a deal date needs a day; "tăng vốn từ X lên Y" is about the increase; a consortium
or joint venture investing is ONE deal of all its members; a joint groundbreaking of several investors is one
"groundbreaking" deal per investor with the total and one event with all of them; "hợp đồng dịch vụ
logistics/kho vận" is a supply contract; a foreign subsidiary keeps its place and drops "Việt Nam" and a
trailing "Vina"; leases with park developers, financial leases and bank credit are "cooperation"; a joint
venture's `deals` entry is "cooperation"; an acquisition's `deals` entry is the buyer's "investment" and its
event lists buyer, target and (when named) seller; a recalled contract, licence or acquisition is a deal but
not an event; a state body's MoU with a firm on an investment project is the firm's "investment" deal and an
MoU event, on support an MoU event with no deal; a People's Committee's land lease to a firm is a cooperation
event with a government party and no deal; a park or cluster founded by decision with its investor is a licence
of that investor; a planned groundbreaking or inauguration is an announced investment; proposals, wishes,
pledges, rumours, denials, negated, revoked or terminated projects, applications under review, support grants
and totals of unnamed projects are no event and no deal; a region prefix or dateline is a province mention, not
the deal's province; the deal's province is the site (a park with a province in its name, a province written
after the park, the granting body's province); a province inside a plant's name is a mention, inside a firm's
name none; government parties are written as in the text (old tone placement included), a capitalised
legal-header People's Committee in the usual case; capacities, tonnages, prices per unit are kept out of
counts and money (tonnages are kept out of the text); charter capital, revenue, bonds and fines are money
only. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new shapes):

- A firm introduced in full with "(gọi tắt là X)" or a bracketed short name and later called "X" or by a
  shortened name ("Theo Việt Hưng Xanh", "Từ Sơn Display cho biết", "Mỹ Lộc ... cho Thiên Trường") is one firm
  mention, the full canonical name; the short name is no firm of its own (batch 17's alias call extended to the
  later repetitions).
- A "hợp đồng khung cung cấp" (framework supply contract) is a signed supply contract, as batch 24's principle
  supply contract; a "thỏa thuận khung" stays an MoU.
- A firm that "thuê N m2 nhà xưởng xây sẵn của" a factory-for-rent developer has a lease (cooperation, signed)
  even without "ký"; a developer that "đã ký hợp đồng cho thuê với 7 khách hàng, trong đó A thuê ... và B thuê
  ..." gives one lease per named tenant.
- At a promotion conference, counted licences and MoUs are no event; the one named signer in the next sentence
  of the same row gets its event with the government body of the row ("tỉnh Hà Tĩnh", "UBND tỉnh Đắk Lắk"); a
  licence received with no grantor written in its own row ("Trong số đó, X nhận quyết định chủ trương") is a
  licence with the firm alone.
- A park developer's MoU "với 3 nhà đầu tư thứ cấp, trong đó có X" is one firm-pair MoU of the developer and X
  (the lessor is named here, unlike batch 23's case).
- A licence round told as "Các dự án được trao chứng nhận gồm: Một là ... của A, vốn ...; Hai là ... của B" with
  no grantor in the row gives a licence per named investor with no government party and no province.
- "Hai doanh nghiệp Nhật Bản là A và B ... được trao giấy chứng nhận ..., với tổng vốn N" gives a licence per
  investor with no amount (the total is not split).
- A syndicated loan of three named banks is one cooperation event with the four parties and one deal per
  bank-borrower pair with the total (batch 23), also when the banks come first in the sentence.
- A loan "đã giải ngân ... cho X" or "X đã vay ... từ ngân hàng Y" is a signed cooperation of the bank and X;
  a bank's pledge to lend a sum to the firms of a province with no borrower named is no event.
- A contract recalled as background in a delay story ("Dù A đã ký hợp đồng EPC ... từ tháng 3, đến nay nhà máy
  vẫn chưa được khởi công") is a deal and no event; a progress report recalling "khởi công tháng 3/2024 với vốn N"
  is a groundbreaking deal with N and no event; a stock report recalling a stake sale whose buyer is not named in
  the row gives nothing.
- A shipyard's handover of a ship "theo hợp đồng đóng mới ký năm 2024" recalls the contract: a deal, no event
  (batch 21's launch).
- An EPC contract signed "cùng ngày" as a groundbreaking in the same sentence takes that day; its province is
  none (the site is written for the groundbreaking, not the contract); the groundbreaking's site is a park with
  the province in its name ("KCN VSIP Bắc Ninh").
- A firm's statement that it "sẽ mở thêm xưởng ... trong năm 2026" inside a quote-led sentence is an announced
  investment with no amount, next to the signed contract of the same sentence.
- A disbursement already made ("đã giải ngân khoảng 1,1 tỷ USD cho nhà máy") is an investment deal (batch 8)
  and no event.
- Two firms that "ký biên bản ghi nhớ ...; hai bên dự kiến ký hợp đồng mua bán chính thức vào quý I/2026" give a
  signed MoU and an announced supply contract (batch 8's "dự kiến ký"), both firm-pair deals.
- A correction note ("Đính chính: ... là Công ty A, không phải Công ty B") names two firms and no event.
- "Sở Tài chính tỉnh X (trước đây là Sở Kế hoạch và Đầu tư)" gives both organizations; "Ngân hàng Nhà nước chi
  nhánh Khu vực 10" is an organization; "Thủ tướng Chính phủ" as the issuer of a decision is an organization
  (batches 10 and 12); a consul's role "Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh" gives the country and the
  province.
- A "Trung tâm Xúc tiến Đầu tư tỉnh X" and a foreign business association signing an MoU give one MoU event
  with a government and an organization party (batch 23) and no deal.
- "Thành phố Cần Thơ vừa thành lập Cụm công nghiệp ...; chủ đầu tư hạ tầng là Công ty X" is X's licence with
  the government party as written ("Thành phố Cần Thơ") and no organization.
- English copy: "has agreed to buy a 49% stake" is a signed acquisition; a board's bond issue has no
  counterparty and no event; "X Corporation" keeps the word."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, ev, f, ha, park, per, zone


def hand_sentences_25(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    QN = cur("Quảng Ninh")
    LS = cur("Lạng Sơn")
    CB = cur("Cao Bằng")
    BN = cur("Bắc Ninh")
    PT = cur("Phú Thọ")
    NB = cur("Ninh Bình")
    HY = cur("Hưng Yên")
    HT = cur("Hà Tĩnh")
    QT = cur("Quảng Trị")
    DN = cur("Đà Nẵng")
    DL = cur("Đắk Lắk")
    KH = cur("Khánh Hòa")
    LD = cur("Lâm Đồng")
    DNai = cur("Đồng Nai")
    CT = cur("Cần Thơ")

    rows: list[dict] = []
    # --- Quảng Ninh (Đông Mai, Việt Hưng, Cái Lân, Sông Khoai, Hạ Long shipyards) ---
    rows += [
        h(
            4201,
            "Quảng Ninh trao chứng nhận đầu tư cho 3 dự án FDI tại KCN Đông Mai\nChiều 14/4, Ban Quản lý Khu kinh tế Quảng Ninh trao giấy chứng nhận đăng ký đầu tư cho ba dự án với tổng vốn hơn 212 triệu USD. Lớn nhất là nhà máy sàn nhựa SPC của Công ty TNHH Vật liệu Mới Hạ Long Floor (Singapore), vốn 118 triệu USD; tiếp đến là nhà máy dây cáp điện ô tô của Công ty TNHH Cáp Điện Yên Hưng, vốn 64 triệu USD.",
            "2026-04-15",
            "provincial",
            [
                "headline_line",
                "licence_round",
                "lon_nhat_la",
                "count",
                "approx",
                "country_bracket",
                "deal_date",
                "unnamed_rest",
            ],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Vật liệu Mới Hạ Long Floor", "Công ty TNHH"), f("Cáp Điện Yên Hưng", "Công ty TNHH")],
            money=[m(212 * M, "USD", approx=True), m(118 * M, "USD"), m(64 * M, "USD")],
            quantities=[c(3, "dự án")],
            locations=[park("Khu công nghiệp Đông Mai"), country("Singapore")],
            deals=[
                deal("investment", ["Vật liệu Mới Hạ Long Floor"], 118 * M, QN, "2026-04-14"),
                deal("investment", ["Cáp Điện Yên Hưng"], 64 * M, QN, "2026-04-14"),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Quảng Ninh"), F("Vật liệu Mới Hạ Long Floor")],
                    118 * M,
                    "USD",
                    QN,
                    "licensed",
                ),
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Quảng Ninh"), F("Cáp Điện Yên Hưng")],
                    64 * M,
                    "USD",
                    QN,
                    "licensed",
                ),
            ],
        ),
        h(
            4202,
            "Tại buổi làm việc ngày 9/5, đại diện Công ty TNHH Quang điện Sông Khoai Solar cho biết nhà máy tấm pin tại KCN Sông Khoai đã tuyển hơn 3.000 lao động; dự án này được cấp phép từ năm 2021 với vốn 500 triệu USD.",
            "2025-05-10",
            "provincial",
            ["recalled_licence", "background_in_other_story", "count", "approx", "year_only"],
            firms=[f("Quang điện Sông Khoai Solar", "Công ty TNHH")],
            money=[m(500 * M, "USD")],
            quantities=[c(3000, "lao động", True)],
            locations=[park("Khu công nghiệp Sông Khoai")],
            deals=[deal("investment", ["Quang điện Sông Khoai Solar"], 500 * M)],
            events=[],
        ),
        h(
            4203,
            "Công ty CP Phát triển KCN Việt Hưng Xanh (gọi tắt là Việt Hưng Xanh) và Công ty TNHH Linh kiện Ô tô Hoành Bồ đã ký hợp đồng thuê 8,5 ha đất tại KCN Việt Hưng, TP. Hạ Long. Theo Việt Hưng Xanh, nhà máy sẽ sản xuất ghế và tấm ốp nội thất cho các hãng xe lắp ráp trong nước.",
            "2025-09-23",
            "provincial",
            ["alias_goi_tat", "short_name_later", "lease", "park_developer", "area", "city_not_province"],
            firms=[
                f("Phát triển KCN Việt Hưng Xanh", "Công ty CP"),
                f("Linh kiện Ô tô Hoành Bồ", "Công ty TNHH"),
            ],
            areas=[ha(8.5)],
            locations=[park("Khu công nghiệp Việt Hưng")],
            deals=[deal("cooperation", ["Linh kiện Ô tô Hoành Bồ", "Phát triển KCN Việt Hưng Xanh"])],
            events=[
                ev(
                    "cooperation",
                    [F("Linh kiện Ô tô Hoành Bồ"), F("Phát triển KCN Việt Hưng Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4204,
            "QUẢNG NINH: KHỞI CÔNG NHÀ MÁY KÍNH CƯỜNG LỰC 2.300 TỶ ĐỒNG\nSáng 22/6, tại KCN Cái Lân, Công ty TNHH Kính Kỹ thuật Bãi Cháy Glass động thổ nhà máy kính cường lực và kính hộp, tổng vốn 2.300 tỷ đồng.",
            "2025-06-23",
            "provincial",
            ["caps_headline", "region_prefix", "groundbreaking", "repeated_amount", "deal_date"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Kính Kỹ thuật Bãi Cháy Glass", "Công ty TNHH")],
            money=[m(2300 * B, "VND")],
            locations=[park("Khu công nghiệp Cái Lân")],
            deals=[deal("groundbreaking", ["Kính Kỹ thuật Bãi Cháy Glass"], 2300 * B, None, "2025-06-22")],
            events=[
                ev("groundbreaking", [F("Kính Kỹ thuật Bãi Cháy Glass")], 2300 * B, "VND", None, "started")
            ],
        ),
        h(
            4205,
            "Ông Vũ Quang Lâm, Chủ tịch UBND tỉnh Quảng Ninh, yêu cầu các sở, ngành rà soát toàn bộ dự án chậm tiến độ tại KCN Đông Mai và KCN Bắc Tiền Phong trước ngày 30/9.",
            "2025-08-12",
            "provincial",
            ["person_role_after", "parks_two", "no_firm", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ninh"],
            persons=[per("Vũ Quang Lâm", "Chủ tịch UBND tỉnh Quảng Ninh")],
            provinces=[pv("Quảng Ninh")],
            locations=[park("Khu công nghiệp Đông Mai"), park("Khu công nghiệp Bắc Tiền Phong")],
            events=[],
        ),
        h(
            4206,
            "Tại Hội nghị xúc tiến đầu tư Quảng Ninh năm 2026 sáng 17/3, tỉnh trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn gần 41.000 tỷ đồng và ký biên bản ghi nhớ với 18 nhà đầu tư trong, ngoài nước.",
            "2026-03-18",
            "provincial",
            ["promotion_conference", "mass_mou_unnamed", "count", "approx", "no_event"],
            provinces=[pv("Quảng Ninh")],
            money=[m(41000 * B, "VND", approx=True)],
            quantities=[c(12, "dự án"), c(18, "nhà đầu tư")],
            events=[],
        ),
        h(
            4207,
            "Trong số đó, Tập đoàn Kinh Bắc Hạ Long Land (gọi tắt là KBHL) nhận quyết định chủ trương đầu tư dự án hạ tầng KCN Hải Hà 2, vốn 5.860 tỷ đồng; KBHL cho biết dự án rộng 420 ha.",
            "2026-03-18",
            "provincial",
            ["licence_no_grantor", "alias_goi_tat", "short_name_later", "area", "follow_up_row"],
            firms=[f("Kinh Bắc Hạ Long Land", "Tập đoàn")],
            money=[m(5860 * B, "VND")],
            areas=[ha(420)],
            locations=[park("Khu công nghiệp Hải Hà 2")],
            deals=[deal("investment", ["Kinh Bắc Hạ Long Land"], 5860 * B)],
            events=[
                ev("investment_licence", [F("Kinh Bắc Hạ Long Land")], 5860 * B, "VND", None, "licensed")
            ],
        ),
        h(
            4208,
            "Công ty TNHH Foxlink Quảng Yên ký hợp đồng khung cung cấp cụm dây cáp sạc cho Công ty TNHH Điện tử Cẩm Phả Smart, trị giá khoảng 27 triệu USD/năm.",
            "2025-11-05",
            "provincial",
            ["framework_supply_contract", "foreign_subsidiary_place", "per_year", "approx"],
            firms=[f("Foxlink Quảng Yên", "Công ty TNHH"), f("Điện tử Cẩm Phả Smart", "Công ty TNHH")],
            money=[m(27 * M, "USD", "year", True)],
            deals=[deal("supply_contract", ["Foxlink Quảng Yên", "Điện tử Cẩm Phả Smart"], 27 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Foxlink Quảng Yên"), F("Điện tử Cẩm Phả Smart")],
                    27 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4209,
            "Tổng công ty Đóng tàu Hạ Long Marine vừa ký hợp đồng đóng mới 4 tàu cho hãng vận tải Nordic Bulk Carriers (Đan Mạch), giá trị hơn 120 triệu USD; tàu đầu tiên dự kiến bàn giao vào tháng 10/2027.",
            "2025-12-02",
            "provincial",
            ["shipbuilding", "supply_contract", "count", "approx", "country_bracket"],
            firms=[f("Đóng tàu Hạ Long Marine", "Tổng công ty"), f("Nordic Bulk Carriers")],
            money=[m(120 * M, "USD", approx=True)],
            quantities=[c(4, "tàu")],
            locations=[country("Đan Mạch")],
            deals=[deal("supply_contract", ["Đóng tàu Hạ Long Marine", "Nordic Bulk Carriers"], 120 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Đóng tàu Hạ Long Marine"), F("Nordic Bulk Carriers")],
                    120 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4210,
            "Ngày 5/8, Tổng công ty Đóng tàu Hạ Long Marine hạ thủy con tàu thứ hai trong loạt tàu đóng cho Nordic Bulk Carriers.",
            "2026-08-06",
            "provincial",
            ["shipbuilding", "launch_recalls_contract", "no_event"],
            firms=[f("Đóng tàu Hạ Long Marine", "Tổng công ty"), f("Nordic Bulk Carriers")],
            deals=[deal("supply_contract", ["Đóng tàu Hạ Long Marine", "Nordic Bulk Carriers"])],
            events=[],
        ),
        h(
            4211,
            "Móng Cái - Công ty CP Logistics Bắc Luân ký hợp đồng dịch vụ kho ngoại quan với Công ty TNHH Thương mại Đông Hưng Trade (Trung Quốc), thời hạn 5 năm.",
            "2025-07-08",
            "provincial",
            [
                "city_dateline_not_province",
                "logistics_service_contract",
                "country_bracket",
                "duration_not_count",
            ],
            firms=[f("Logistics Bắc Luân", "Công ty CP"), f("Thương mại Đông Hưng Trade", "Công ty TNHH")],
            locations=[country("Trung Quốc")],
            deals=[deal("supply_contract", ["Logistics Bắc Luân", "Thương mại Đông Hưng Trade"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Logistics Bắc Luân"), F("Thương mại Đông Hưng Trade")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4212,
            "Ban Quản lý Khu kinh tế Quảng Ninh vừa chấm dứt hoạt động dự án nhà máy gạch ốp lát của Công ty CP Gốm Sứ Đông Triều Xanh tại KCN Kim Sơn do chậm triển khai hơn 24 tháng.",
            "2025-10-14",
            "provincial",
            ["revoked_project", "duration_not_count", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Gốm Sứ Đông Triều Xanh", "Công ty CP")],
            locations=[park("Khu công nghiệp Kim Sơn")],
            events=[],
        ),
        h(
            4213,
            "“Chúng tôi chọn Quảng Ninh vì cảng Cái Lân chỉ cách nhà máy 12 km”, ông Chen Wei-ting, Tổng Giám đốc Công ty TNHH Vật liệu Mới Hạ Long Floor, nói bên lề hội nghị, đồng thời cho biết công ty sẽ tuyển khoảng 1.800 lao động trong năm đầu.",
            "2026-04-15",
            "provincial",
            ["quote", "person_role_after", "province_in_quote", "count", "approx", "distance_not_count"],
            persons=[per("Chen Wei-ting", "Tổng Giám đốc Công ty TNHH Vật liệu Mới Hạ Long Floor")],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Vật liệu Mới Hạ Long Floor", "Công ty TNHH")],
            quantities=[c(1800, "lao động", True)],
            events=[],
        ),
    ]

    # --- Lạng Sơn and Cao Bằng (border zones, logistics, wood) ---
    rows += [
        h(
            4214,
            "Lạng Sơn chấp thuận nhà đầu tư dự án trung tâm logistics 1.150 tỷ đồng\nUBND tỉnh Lạng Sơn vừa ban hành Quyết định số 1896/QĐ-UBND ngày 3/10/2025 chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư là Công ty CP Logistics Hữu Nghị Xanh thực hiện dự án trung tâm logistics tại Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, quy mô 38 ha.",
            "2025-10-08",
            "provincial",
            [
                "headline_line",
                "dual_approval",
                "decision_with_date",
                "decision_date_not_deal_date",
                "headline_amount",
                "area",
                "province_in_zone_name",
            ],
            organizations=["Ủy ban nhân dân tỉnh Lạng Sơn"],
            provinces=[pv("Lạng Sơn")],
            firms=[f("Logistics Hữu Nghị Xanh", "Công ty CP")],
            money=[m(1150 * B, "VND")],
            decisions=[d("1896/QĐ-UBND", "2025-10-03")],
            areas=[ha(38)],
            locations=[zone("Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn")],
            deals=[deal("investment", ["Logistics Hữu Nghị Xanh"], 1150 * B, LS)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Lạng Sơn"), F("Logistics Hữu Nghị Xanh")],
                    1150 * B,
                    "VND",
                    LS,
                    "licensed",
                )
            ],
        ),
        h(
            4215,
            "Sở Công Thương Lạng Sơn và Công ty CP Sàn Giao dịch Nông sản Tân Thanh ký thỏa thuận hợp tác xúc tiến xuất khẩu nông sản qua các cửa khẩu của tỉnh.",
            "2025-04-22",
            "provincial",
            ["state_firm_mou_support", "government_party", "no_deal"],
            organizations=["Sở Công Thương Lạng Sơn"],
            provinces=[pv("Lạng Sơn")],
            firms=[f("Sàn Giao dịch Nông sản Tân Thanh", "Công ty CP")],
            events=[
                ev(
                    "mou",
                    [G("Sở Công Thương Lạng Sơn"), F("Sàn Giao dịch Nông sản Tân Thanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4216,
            "Hỏi: Doanh nghiệp chúng tôi ở Lạng Sơn muốn thuê lại 2 ha đất trong cụm công nghiệp để làm kho lạnh thì cần thủ tục gì?\nTrả lời: Theo Nghị định số 32/2024/NĐ-CP, doanh nghiệp ký hợp đồng thuê lại đất với chủ đầu tư hạ tầng cụm công nghiệp.",
            "2025-02-11",
            "legal",
            ["legal_qa", "question", "generic_contract", "area", "decree", "no_event"],
            provinces=[pv("Lạng Sơn")],
            decisions=[d("32/2024/NĐ-CP")],
            areas=[ha(2)],
            events=[],
        ),
        h(
            4217,
            "Hai doanh nghiệp gỗ là Công ty TNHH Gỗ Ván Bóc Hữu Lũng và Công ty CP Nội thất Chi Lăng Home đã ký hợp đồng mua bán ván bóc trong 3 năm, theo đó Hữu Lũng cung cấp cho Chi Lăng Home khoảng 35 tỷ đồng hàng mỗi năm.",
            "2025-06-17",
            "provincial",
            ["supply_contract", "firms_introduced_then_short", "per_year", "approx", "duration_not_count"],
            firms=[f("Gỗ Ván Bóc Hữu Lũng", "Công ty TNHH"), f("Nội thất Chi Lăng Home", "Công ty CP")],
            money=[m(35 * B, "VND", "year", True)],
            deals=[deal("supply_contract", ["Gỗ Ván Bóc Hữu Lũng", "Nội thất Chi Lăng Home"], 35 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Gỗ Ván Bóc Hữu Lũng"), F("Nội thất Chi Lăng Home")],
                    35 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4218,
            "Cao Bằng - Công ty TNHH Chế biến Hồi Quế Trùng Khánh đã đưa vào vận hành xưởng sấy hoa hồi công suất 3.000 tấn/năm tại xã Trùng Khánh, tổng vốn khoảng 85 tỷ đồng.",
            "2025-11-20",
            "provincial",
            ["region_prefix", "inauguration", "approx", "capacity_no_count", "commune_no_location"],
            provinces=[pv("Cao Bằng")],
            firms=[f("Chế biến Hồi Quế Trùng Khánh", "Công ty TNHH")],
            money=[m(85 * B, "VND", approx=True)],
            deals=[deal("investment", ["Chế biến Hồi Quế Trùng Khánh"], 85 * B)],
            events=[
                ev("inauguration", [F("Chế biến Hồi Quế Trùng Khánh")], 85 * B, "VND", None, "completed")
            ],
        ),
        h(
            4219,
            "UBND tỉnh Cao Bằng đã thu hồi chủ trương đầu tư của 4 dự án tại Khu kinh tế cửa khẩu Trà Lĩnh vì nhà đầu tư không ký quỹ bảo đảm thực hiện dự án.",
            "2025-09-05",
            "provincial",
            ["revoked_projects_unnamed", "count", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Cao Bằng"],
            provinces=[pv("Cao Bằng")],
            quantities=[c(4, "dự án")],
            locations=[zone("Khu kinh tế cửa khẩu Trà Lĩnh")],
            events=[],
        ),
        h(
            4220,
            "Ngày 27/5, UBND tỉnh Cao Bằng và Tập đoàn Logistics Phương Bắc Xanh ký biên bản ghi nhớ đầu tư trung tâm logistics cửa khẩu Tà Lùng, tổng vốn dự kiến khoảng 2.100 tỷ đồng.",
            "2025-05-28",
            "provincial",
            ["government_firm_mou", "investment_mou", "approx", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Cao Bằng"],
            provinces=[pv("Cao Bằng")],
            firms=[f("Logistics Phương Bắc Xanh", "Tập đoàn")],
            money=[m(2100 * B, "VND", approx=True)],
            deals=[deal("investment", ["Logistics Phương Bắc Xanh"], 2100 * B, CB, "2025-05-27")],
            events=[
                ev(
                    "mou",
                    [G("UBND tỉnh Cao Bằng"), F("Logistics Phương Bắc Xanh")],
                    2100 * B,
                    "VND",
                    CB,
                    "signed",
                )
            ],
        ),
    ]
    # --- Bắc Ninh (Yên Phong, Quế Võ, Thuận Thành, VSIP Bắc Ninh; chips, EMS, supplier programmes) ---
    rows += [
        h(
            4221,
            "Công ty CP Bán dẫn Kinh Bắc Tech cho biết sẽ đưa xưởng kiểm thử chip thứ hai tại KCN Quế Võ 3 (Bắc Ninh) vào vận hành trong quý IV/2026, với khoảng 150 kỹ sư.",
            "2026-05-06",
            "ministry",
            ["chip_testing", "planned_inauguration", "province_bracket_after_park", "count", "approx"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Bán dẫn Kinh Bắc Tech", "Công ty CP")],
            quantities=[c(150, "kỹ sư", True)],
            locations=[park("Khu công nghiệp Quế Võ 3")],
            deals=[deal("investment", ["Bán dẫn Kinh Bắc Tech"], None, BN)],
            events=[ev("investment_announcement", [F("Bán dẫn Kinh Bắc Tech")], None, None, BN, "announced")],
        ),
        h(
            4222,
            "Ban Quản lý các KCN tỉnh Bắc Ninh vừa cấp điều chỉnh giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Điện tử Quế Võ Hitec (Hàn Quốc), tăng vốn từ 45 triệu USD lên 105 triệu USD để lắp thêm dây chuyền bản mạch mềm.",
            "2025-10-21",
            "provincial",
            ["capital_increase_from_to", "licence", "country_bracket", "granting_body_province"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Điện tử Quế Võ Hitec", "Công ty TNHH")],
            money=[m(45 * M, "USD"), m(105 * M, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Điện tử Quế Võ Hitec"], 60 * M, BN)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Bắc Ninh"), F("Điện tử Quế Võ Hitec")],
                    60 * M,
                    "USD",
                    BN,
                    "licensed",
                )
            ],
        ),
        h(
            4223,
            "Tổng Công ty Phát triển Đô thị Kinh Bắc Xanh – CTCP đã ký hợp đồng chuyển nhượng 60% vốn Công ty CP KCN Thuận Thành Tây cho Tập đoàn Hạ tầng Sumi Park (Nhật Bản), giá trị 1.380 tỷ đồng.",
            "2025-12-16",
            "ministry",
            [
                "nfd",
                "park_developer_mna",
                "stake_transfer_signed",
                "seller_first",
                "country_bracket",
                "percentage",
                "ctcp_suffix",
            ],
            firms=[
                f("Phát triển Đô thị Kinh Bắc Xanh", "Tổng công ty"),
                f("KCN Thuận Thành Tây", "Công ty CP"),
                f("Hạ tầng Sumi Park", "Tập đoàn"),
            ],
            money=[m(1380 * B, "VND")],
            percentages=[60],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Hạ tầng Sumi Park"], 1380 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Hạ tầng Sumi Park"), F("KCN Thuận Thành Tây"), F("Phát triển Đô thị Kinh Bắc Xanh")],
                    1380 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4224,
            "Trong khuôn khổ chương trình phát triển nhà cung ứng do Sở Công Thương Bắc Ninh phối hợp với Samsung Electronics Việt Nam triển khai, 12 doanh nghiệp được chọn để tư vấn cải tiến dây chuyền; đến nay chưa doanh nghiệp nào ký hợp đồng cung ứng.",
            "2025-11-27",
            "ministry",
            ["supplier_programme", "negated_contract", "brand_vietnam_dropped", "count", "no_event"],
            organizations=["Sở Công Thương Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Samsung Electronics")],
            quantities=[c(12, "doanh nghiệp")],
            events=[],
        ),
        h(
            4225,
            "Theo ông Lee Dong-hoon, Tổng Giám đốc Công ty TNHH Hanwon Precision Vina, công ty đã nhận đơn hàng khung dập kim loại từ Canon Việt Nam cho năm 2026 với tổng giá trị khoảng 9 triệu USD.",
            "2025-12-09",
            "provincial",
            ["theo_person", "person_role_after", "order_received", "vina_dropped", "approx"],
            persons=[per("Lee Dong-hoon", "Tổng Giám đốc Công ty TNHH Hanwon Precision Vina")],
            firms=[f("Hanwon Precision", "Công ty TNHH"), f("Canon")],
            money=[m(9 * M, "USD", approx=True)],
            deals=[deal("supply_contract", ["Hanwon Precision", "Canon"], 9 * M)],
            events=[ev("supply_contract", [F("Hanwon Precision"), F("Canon")], 9 * M, "USD", None, "signed")],
        ),
        h(
            4226,
            "Công ty TNHH Cơ khí Chính xác Tiên Du Tech thuê 5.000 m2 nhà xưởng xây sẵn của Công ty CP Nhà xưởng Xanh Thuận Thành (gọi tắt là Thuận Thành Factory) tại KCN Thuận Thành II, thời hạn 10 năm.",
            "2026-01-13",
            "provincial",
            ["factory_for_rent", "lease", "alias_goi_tat", "area_m2", "duration_not_count"],
            firms=[
                f("Cơ khí Chính xác Tiên Du Tech", "Công ty TNHH"),
                f("Nhà xưởng Xanh Thuận Thành", "Công ty CP"),
            ],
            areas=[ha(0.5)],
            locations=[park("Khu công nghiệp Thuận Thành II")],
            deals=[deal("cooperation", ["Cơ khí Chính xác Tiên Du Tech", "Nhà xưởng Xanh Thuận Thành"])],
            events=[
                ev(
                    "cooperation",
                    [F("Cơ khí Chính xác Tiên Du Tech"), F("Nhà xưởng Xanh Thuận Thành")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4227,
            "HĐQT Công ty CP Phát triển Hạ tầng Yên Phong Land thông qua phương án phát hành riêng lẻ 18% cổ phần cho Tập đoàn Đầu tư Sông Cầu Capital.",
            "2026-02-24",
            "ministry",
            ["board_resolution", "private_placement", "announced_acquisition", "percentage"],
            firms=[
                f("Phát triển Hạ tầng Yên Phong Land", "Công ty CP"),
                f("Đầu tư Sông Cầu Capital", "Tập đoàn"),
            ],
            percentages=[18],
            deals=[deal("investment", ["Đầu tư Sông Cầu Capital"])],
            events=[
                ev(
                    "acquisition",
                    [F("Đầu tư Sông Cầu Capital"), F("Phát triển Hạ tầng Yên Phong Land")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            4228,
            "Ngân hàng TMCP Quân đội (MB) chi nhánh Bắc Ninh ký hợp đồng tín dụng xanh 350 tỷ đồng với Công ty CP Bao bì Giấy Quế Võ Eco để lắp điện mặt trời áp mái và lò hơi sinh khối.",
            "2025-08-19",
            "provincial",
            ["green_credit", "bank_branch", "acronym_bracket", "credit"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Quân đội", "Ngân hàng TMCP"), f("Bao bì Giấy Quế Võ Eco", "Công ty CP")],
            money=[m(350 * B, "VND")],
            deals=[deal("cooperation", ["Quân đội", "Bao bì Giấy Quế Võ Eco"], 350 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Quân đội"), F("Bao bì Giấy Quế Võ Eco")],
                    350 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4229,
            "Lũy kế đến hết tháng 10/2026, các khu công nghiệp trên địa bàn tỉnh Bắc Ninh thu hút 2.140 dự án FDI, tổng vốn đăng ký khoảng 38,5 tỷ USD.",
            "2026-11-04",
            "provincial",
            ["cumulative", "count", "approx", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(38.5 * B, "USD", approx=True)],
            quantities=[c(2140, "dự án")],
            events=[],
        ),
        h(
            4230,
            "BẮC NINH — Goertek Precision has been granted an adjusted investment certificate to raise its capital by US$280 million for a new speaker-module line at the Quế Võ Industrial Park, the provincial authority said on Tuesday.",
            "2025-09-17",
            "ministry",
            [
                "english_copy",
                "capital_increase",
                "licence",
                "dateline_caps",
                "english_park_no_location",
                "provincial_no_name",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Goertek Precision")],
            money=[m(280 * M, "USD")],
            deals=[deal("investment", ["Goertek Precision"], 280 * M)],
            events=[ev("investment_licence", [F("Goertek Precision")], 280 * M, "USD", None, "licensed")],
        ),
        h(
            4231,
            "Sáng 10/7, tại KCN VSIP Bắc Ninh, Công ty TNHH Linh kiện Điện tử Từ Sơn Display (Trung Quốc) khởi công nhà máy tấm nền màn hình; cùng ngày, công ty ký hợp đồng EPC trị giá 1.050 tỷ đồng với Công ty CP Xây dựng Công nghiệp Đình Bảng.",
            "2025-07-11",
            "provincial",
            [
                "two_events_one_sentence",
                "groundbreaking_no_amount",
                "epc_contract",
                "cung_ngay_after_date",
                "province_in_park_name",
                "country_bracket",
                "deal_date",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[
                f("Linh kiện Điện tử Từ Sơn Display", "Công ty TNHH"),
                f("Xây dựng Công nghiệp Đình Bảng", "Công ty CP"),
            ],
            money=[m(1050 * B, "VND")],
            locations=[park("Khu công nghiệp VSIP Bắc Ninh"), country("Trung Quốc")],
            deals=[
                deal("groundbreaking", ["Linh kiện Điện tử Từ Sơn Display"], None, BN, "2025-07-10"),
                deal(
                    "supply_contract",
                    ["Xây dựng Công nghiệp Đình Bảng", "Linh kiện Điện tử Từ Sơn Display"],
                    1050 * B,
                    None,
                    "2025-07-10",
                ),
            ],
            events=[
                ev("groundbreaking", [F("Linh kiện Điện tử Từ Sơn Display")], None, None, BN, "started"),
                ev(
                    "supply_contract",
                    [F("Xây dựng Công nghiệp Đình Bảng"), F("Linh kiện Điện tử Từ Sơn Display")],
                    1050 * B,
                    "VND",
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            4232,
            "Một nguồn tin cho biết Tập đoàn Luxshare có thể mua lại nhà máy loa của một doanh nghiệp Đài Loan ở Bắc Ninh, nhưng đại diện Luxshare từ chối bình luận.",
            "2025-06-30",
            "ministry",
            ["rumour", "no_comment", "country_adjective", "no_event"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Luxshare", "Tập đoàn")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            4233,
            "Ông Nguyễn Văn Phong, Phó Giám đốc Sở Công Thương Bắc Ninh, cho biết năm 2025 có 47 doanh nghiệp địa phương trở thành nhà cung cấp cấp 1, cấp 2 cho các tập đoàn điện tử, tăng 9 doanh nghiệp so với năm trước.",
            "2026-01-08",
            "provincial",
            ["person_role_after", "supplier_count", "count", "no_event"],
            organizations=["Sở Công Thương Bắc Ninh"],
            persons=[per("Nguyễn Văn Phong", "Phó Giám đốc Sở Công Thương Bắc Ninh")],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(47, "doanh nghiệp"), c(9, "doanh nghiệp")],
            events=[],
        ),
        h(
            4234,
            "CÔNG TY TNHH SẢN XUẤT LINH KIỆN YÊN PHONG MOLD vừa ký hợp đồng cung cấp vỏ nhựa điện thoại cho Công ty TNHH Samsung Electronics Việt Nam, giá trị gần 4 triệu USD.",
            "2025-05-14",
            "provincial",
            ["caps_firm", "supply_contract", "brand_vietnam_dropped", "approx"],
            firms=[
                f("Sản xuất Linh kiện Yên Phong Mold", "Công ty TNHH"),
                f("Samsung Electronics", "Công ty TNHH"),
            ],
            money=[m(4 * M, "USD", approx=True)],
            deals=[
                deal("supply_contract", ["Sản xuất Linh kiện Yên Phong Mold", "Samsung Electronics"], 4 * M)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Sản xuất Linh kiện Yên Phong Mold"), F("Samsung Electronics")],
                    4 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
    ]

    # --- Phú Thọ with the former Vĩnh Phúc (Bá Thiện, Bình Xuyên, Sông Lô; car-maker suppliers) ---
    rows += [
        h(
            4235,
            "Vĩnh Phúc (cũ) - Ngày 26/2, Ban Quản lý các KCN tỉnh Phú Thọ trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Linh kiện Ô tô Bá Thiện Parts (Nhật Bản) thực hiện dự án sản xuất cụm phanh tại KCN Bá Thiện II, vốn 36 triệu USD.",
            "2026-02-27",
            "provincial",
            ["old_province_cu", "licence", "country_bracket", "granting_body_province", "deal_date"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Phú Thọ"],
            provinces=[pv("Vĩnh Phúc"), pv("Phú Thọ")],
            firms=[f("Linh kiện Ô tô Bá Thiện Parts", "Công ty TNHH")],
            money=[m(36 * M, "USD")],
            locations=[park("Khu công nghiệp Bá Thiện II"), country("Nhật Bản")],
            deals=[deal("investment", ["Linh kiện Ô tô Bá Thiện Parts"], 36 * M, PT, "2026-02-26")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Phú Thọ"), F("Linh kiện Ô tô Bá Thiện Parts")],
                    36 * M,
                    "USD",
                    PT,
                    "licensed",
                )
            ],
        ),
        h(
            4236,
            "Toyota Việt Nam cho biết tỷ lệ nội địa hóa của mẫu xe lắp ráp tại Phúc Yên đạt khoảng 37%, với 52 nhà cung cấp cấp 1 trong nước.",
            "2025-10-02",
            "ministry",
            ["localisation_rate", "brand_vietnam_dropped", "percentage", "count", "no_event"],
            firms=[f("Toyota")],
            percentages=[37],
            quantities=[c(52, "nhà cung cấp")],
            events=[],
        ),
        h(
            4237,
            "Công ty TNHH Nhựa Kỹ thuật Bình Xuyên được Honda Việt Nam chọn làm nhà cung cấp ốp nhựa cho dòng xe tay ga mới, hợp đồng năm đầu trị giá 48 tỷ đồng.",
            "2025-08-28",
            "provincial",
            ["supplier_chosen_passive", "supply_contract", "brand_vietnam_dropped"],
            firms=[f("Nhựa Kỹ thuật Bình Xuyên", "Công ty TNHH"), f("Honda")],
            money=[m(48 * B, "VND")],
            deals=[deal("supply_contract", ["Nhựa Kỹ thuật Bình Xuyên", "Honda"], 48 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Nhựa Kỹ thuật Bình Xuyên"), F("Honda")],
                    48 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4238,
            "Ngày 11/11, Tập đoàn Sông Lô Industrial và Công ty TNHH Điện tử Tam Đảo Display (Hàn Quốc) ký biên bản ghi nhớ về việc thuê 12 ha đất tại KCN Sông Lô II để xây nhà máy màn hình.",
            "2025-11-12",
            "provincial",
            ["lease_mou", "firm_pair_mou", "park_developer", "area", "country_bracket", "deal_date"],
            firms=[f("Sông Lô Industrial", "Tập đoàn"), f("Điện tử Tam Đảo Display", "Công ty TNHH")],
            areas=[ha(12)],
            locations=[park("Khu công nghiệp Sông Lô II"), country("Hàn Quốc")],
            deals=[deal("mou", ["Sông Lô Industrial", "Điện tử Tam Đảo Display"], None, None, "2025-11-11")],
            events=[
                ev("mou", [F("Sông Lô Industrial"), F("Điện tử Tam Đảo Display")], None, None, None, "signed")
            ],
        ),
        h(
            4239,
            "Năm 2025, tỉnh Phú Thọ (sau hợp nhất) thu hút gần 1,9 tỷ USD vốn FDI, trong đó khu vực Vĩnh Phúc cũ chiếm hơn 60%.",
            "2026-01-06",
            "provincial",
            ["period_total", "old_province_lower_cu", "approx", "percentage", "no_event"],
            provinces=[pv("Phú Thọ"), pv("Vĩnh Phúc")],
            money=[m(1.9 * B, "USD", approx=True)],
            percentages=[60],
            events=[],
        ),
        h(
            4240,
            "Công ty TNHH Dây cáp Điện Ô tô Phúc Yên Sumi vừa khánh thành nhà máy thứ hai tại KCN Bình Xuyên II. Nhà máy có vốn đầu tư 42 triệu USD, sử dụng khoảng 2.500 lao động.",
            "2025-09-30",
            "provincial",
            ["inauguration", "capital_next_sentence", "count", "approx"],
            firms=[f("Dây cáp Điện Ô tô Phúc Yên Sumi", "Công ty TNHH")],
            money=[m(42 * M, "USD")],
            quantities=[c(2500, "lao động", True)],
            locations=[park("Khu công nghiệp Bình Xuyên II")],
            deals=[deal("investment", ["Dây cáp Điện Ô tô Phúc Yên Sumi"], 42 * M)],
            events=[
                ev("inauguration", [F("Dây cáp Điện Ô tô Phúc Yên Sumi")], 42 * M, "USD", None, "completed")
            ],
        ),
        h(
            4241,
            "Chương trình kết nối cung cầu giữa doanh nghiệp cơ khí tỉnh Phú Thọ và các hãng xe thu hút 86 doanh nghiệp; bên lề chương trình, Công ty CP Cơ khí Việt Trì Auto ký hợp đồng cung cấp giá đỡ ắc quy cho Công ty TNHH Ô tô Tam Dương EV, trị giá 26 tỷ đồng.",
            "2025-12-12",
            "provincial",
            ["business_matching", "count", "supply_contract", "semicolon_second_clause"],
            provinces=[pv("Phú Thọ")],
            firms=[f("Cơ khí Việt Trì Auto", "Công ty CP"), f("Ô tô Tam Dương EV", "Công ty TNHH")],
            money=[m(26 * B, "VND")],
            quantities=[c(86, "doanh nghiệp")],
            deals=[deal("supply_contract", ["Cơ khí Việt Trì Auto", "Ô tô Tam Dương EV"], 26 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Việt Trì Auto"), F("Ô tô Tam Dương EV")],
                    26 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4242,
            "Tập đoàn Ô tô Phong Châu Motors dự kiến khởi công nhà máy lắp ráp xe điện tại KCN Phú Hà (Phú Thọ) vào tháng 3/2027, tổng vốn 3.200 tỷ đồng.",
            "2026-09-15",
            "provincial",
            [
                "planned_groundbreaking",
                "announced_investment",
                "province_bracket_after_park",
                "month_not_date",
            ],
            provinces=[pv("Phú Thọ")],
            firms=[f("Ô tô Phong Châu Motors", "Tập đoàn")],
            money=[m(3200 * B, "VND")],
            locations=[park("Khu công nghiệp Phú Hà")],
            deals=[deal("investment", ["Ô tô Phong Châu Motors"], 3200 * B, PT)],
            events=[
                ev("investment_announcement", [F("Ô tô Phong Châu Motors")], 3200 * B, "VND", PT, "announced")
            ],
        ),
    ]
    # --- Ninh Bình with the former Hà Nam and Nam Định (Đồng Văn, Bảo Minh, Rạng Đông; yarn and dyeing) ---
    rows += [
        h(
            4243,
            "Hà Nam (cũ): Công ty TNHH Điện tử Đồng Văn Tech động thổ nhà máy 75 triệu USD\nSáng 8/4, tại KCN Đồng Văn IV, Công ty TNHH Điện tử Đồng Văn Tech (vốn Hàn Quốc) tổ chức lễ động thổ nhà máy sản xuất mô-đun cảm biến, tổng vốn 75 triệu USD, dự kiến đi vào hoạt động trong quý II/2027.",
            "2026-04-09",
            "provincial",
            [
                "old_province_cu",
                "headline_line",
                "groundbreaking",
                "repeated_amount",
                "country_after_von",
                "deal_date",
            ],
            provinces=[pv("Hà Nam")],
            firms=[f("Điện tử Đồng Văn Tech", "Công ty TNHH")],
            money=[m(75 * M, "USD")],
            locations=[park("Khu công nghiệp Đồng Văn IV"), country("Hàn Quốc")],
            deals=[deal("groundbreaking", ["Điện tử Đồng Văn Tech"], 75 * M, None, "2026-04-08")],
            events=[ev("groundbreaking", [F("Điện tử Đồng Văn Tech")], 75 * M, "USD", None, "started")],
        ),
        h(
            4244,
            "Tại KCN Bảo Minh, Công ty TNHH Dệt Nhuộm Nam Ninh Textile đã ký hợp đồng EPC với Tổng công ty Xây dựng Số 1 Miền Bắc để xây nhà máy dệt nhuộm giai đoạn 1, giá trị 1.120 tỷ đồng.",
            "2025-07-15",
            "provincial",
            ["epc_contract", "fronted_place", "firm_name_digit"],
            firms=[
                f("Dệt Nhuộm Nam Ninh Textile", "Công ty TNHH"),
                f("Xây dựng Số 1 Miền Bắc", "Tổng công ty"),
            ],
            money=[m(1120 * B, "VND")],
            locations=[park("Khu công nghiệp Bảo Minh")],
            deals=[
                deal("supply_contract", ["Xây dựng Số 1 Miền Bắc", "Dệt Nhuộm Nam Ninh Textile"], 1120 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Xây dựng Số 1 Miền Bắc"), F("Dệt Nhuộm Nam Ninh Textile")],
                    1120 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4245,
            "Công ty CP Sợi Thiên Trường và Tập đoàn Shinwa Textile (Nhật Bản) góp vốn thành lập Công ty TNHH Nhuộm Hoàn tất Rạng Đông Shinwa, vốn điều lệ 30 triệu USD, phía Nhật Bản nắm 65%.",
            "2025-03-25",
            "ministry",
            [
                "joint_venture",
                "charter_capital_not_amount",
                "new_company_mention",
                "country_bracket",
                "percentage",
            ],
            firms=[
                f("Sợi Thiên Trường", "Công ty CP"),
                f("Shinwa Textile", "Tập đoàn"),
                f("Nhuộm Hoàn tất Rạng Đông Shinwa", "Công ty TNHH"),
            ],
            money=[m(30 * M, "USD")],
            percentages=[65],
            locations=[country("Nhật Bản")],
            deals=[deal("cooperation", ["Sợi Thiên Trường", "Shinwa Textile"])],
            events=[
                ev("joint_venture", [F("Sợi Thiên Trường"), F("Shinwa Textile")], None, None, None, "signed")
            ],
        ),
        h(
            4246,
            "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 412/QĐ-UBND\nNinh Bình, ngày 19 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc chấp thuận điều chỉnh chủ trương đầu tư dự án Nhà máy sản xuất vải kỹ thuật của Công ty TNHH Vải Kỹ thuật Ý Yên",
            "2026-03-20",
            "legal",
            ["legal_header", "caps_org", "decision_title_licence", "header_date_not_deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Ninh Bình"],
            provinces=[pv("Ninh Bình")],
            firms=[f("Vải Kỹ thuật Ý Yên", "Công ty TNHH")],
            decisions=[d("412/QĐ-UBND", "2026-03-19")],
            deals=[deal("investment", ["Vải Kỹ thuật Ý Yên"], None, NB)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ủy ban nhân dân tỉnh Ninh Bình"), F("Vải Kỹ thuật Ý Yên")],
                    None,
                    None,
                    NB,
                    "licensed",
                )
            ],
        ),
        h(
            4247,
            "Theo Sở Tài chính tỉnh Ninh Bình, 9 tháng năm 2025 khu vực Nam Định cũ thu hút 14 dự án dệt may mới với tổng vốn đăng ký khoảng 620 triệu USD, phần lớn ở khâu sợi, dệt và nhuộm.",
            "2025-10-09",
            "provincial",
            ["theo_org", "period_total", "old_province_lower_cu", "count", "approx", "no_event"],
            organizations=["Sở Tài chính tỉnh Ninh Bình"],
            provinces=[pv("Ninh Bình"), pv("Nam Định")],
            money=[m(620 * M, "USD", approx=True)],
            quantities=[c(14, "dự án")],
            events=[],
        ),
        h(
            4248,
            "Nam Định - Công ty TNHH Sợi Nghĩa Hưng Yarn (Trung Quốc) đề xuất đầu tư thêm nhà máy sợi 200 triệu USD tại KCN Dệt may Rạng Đông; tỉnh đề nghị nhà đầu tư sớm hoàn thiện hồ sơ.",
            "2024-05-21",
            "provincial",
            ["region_prefix", "proposal", "pre2025", "country_bracket", "no_event"],
            provinces=[pv("Nam Định")],
            firms=[f("Sợi Nghĩa Hưng Yarn", "Công ty TNHH")],
            money=[m(200 * M, "USD")],
            locations=[park("Khu công nghiệp Dệt may Rạng Đông"), country("Trung Quốc")],
            events=[],
        ),
        h(
            4249,
            "Ngày 21/10, Ban Quản lý các KCN tỉnh Ninh Bình trao giấy chứng nhận đăng ký đầu tư cho hai dự án tại KCN Đồng Văn III: nhà máy linh kiện loa của Công ty TNHH Âm thanh Duy Tiên Audio (Trung Quốc), vốn 28 triệu USD; và xưởng ép nhựa của Công ty TNHH Nhựa Kim Bảng, vốn 95 tỷ đồng.",
            "2025-10-22",
            "provincial",
            ["licence_round", "colon_list", "two_investors", "country_bracket", "deal_date"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Ninh Bình"],
            provinces=[pv("Ninh Bình")],
            firms=[f("Âm thanh Duy Tiên Audio", "Công ty TNHH"), f("Nhựa Kim Bảng", "Công ty TNHH")],
            money=[m(28 * M, "USD"), m(95 * B, "VND")],
            locations=[park("Khu công nghiệp Đồng Văn III"), country("Trung Quốc")],
            deals=[
                deal("investment", ["Âm thanh Duy Tiên Audio"], 28 * M, NB, "2025-10-21"),
                deal("investment", ["Nhựa Kim Bảng"], 95 * B, NB, "2025-10-21"),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Ninh Bình"), F("Âm thanh Duy Tiên Audio")],
                    28 * M,
                    "USD",
                    NB,
                    "licensed",
                ),
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Ninh Bình"), F("Nhựa Kim Bảng")],
                    95 * B,
                    "VND",
                    NB,
                    "licensed",
                ),
            ],
        ),
        h(
            4250,
            "Công ty CP Dệt may Nam Định Xanh (mã CK: NDX) công bố đã nhận chuyển nhượng toàn bộ 100% vốn Công ty TNHH Nhuộm Mỹ Lộc từ Tập đoàn Textile Hoa Sen Đài Loan, giá chuyển nhượng 210 tỷ đồng; giao dịch hoàn tất ngày 30/6.",
            "2025-07-02",
            "ministry",
            [
                "acquisition",
                "completed",
                "seller_named",
                "stock_code_bracket",
                "country_after_name",
                "percentage",
                "deal_date",
            ],
            firms=[
                f("Dệt may Nam Định Xanh", "Công ty CP"),
                f("Nhuộm Mỹ Lộc", "Công ty TNHH"),
                f("Textile Hoa Sen", "Tập đoàn"),
            ],
            money=[m(210 * B, "VND")],
            percentages=[100],
            locations=[country("Đài Loan")],
            deals=[deal("investment", ["Dệt may Nam Định Xanh"], 210 * B, None, "2025-06-30")],
            events=[
                ev(
                    "acquisition",
                    [F("Dệt may Nam Định Xanh"), F("Nhuộm Mỹ Lộc"), F("Textile Hoa Sen")],
                    210 * B,
                    "VND",
                    None,
                    "completed",
                )
            ],
        ),
    ]

    # --- Hưng Yên with the former Thái Bình (Liên Hà Thái, Tiền Hải, Cầu Nghìn) ---
    rows += [
        h(
            4251,
            "Sáng 9/12, Ban Quản lý Khu kinh tế và các KCN tỉnh Thái Bình trao giấy chứng nhận đăng ký đầu tư cho năm dự án. Một là nhà máy quạt điện của Công ty TNHH Điện cơ Thụy Liên Fan (Đài Loan), vốn 48 triệu USD, tại KCN Liên Hà Thái. Hai là xưởng in bao bì của Công ty TNHH In ấn Diêm Điền, vốn 6,5 triệu USD. Các dự án còn lại chưa công bố nhà đầu tư.",
            "2024-12-10",
            "provincial",
            ["licence_round", "list_mot_la", "unnamed_rest", "pre2025", "country_bracket", "deal_date"],
            organizations=["Ban Quản lý Khu kinh tế và các Khu công nghiệp tỉnh Thái Bình"],
            provinces=[pv("Thái Bình")],
            firms=[f("Điện cơ Thụy Liên Fan", "Công ty TNHH"), f("In ấn Diêm Điền", "Công ty TNHH")],
            money=[m(48 * M, "USD"), m(6.5 * M, "USD")],
            locations=[park("Khu công nghiệp Liên Hà Thái"), country("Đài Loan")],
            deals=[
                deal("investment", ["Điện cơ Thụy Liên Fan"], 48 * M, HY, "2024-12-09"),
                deal("investment", ["In ấn Diêm Điền"], 6.5 * M, HY, "2024-12-09"),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế và các KCN tỉnh Thái Bình"), F("Điện cơ Thụy Liên Fan")],
                    48 * M,
                    "USD",
                    HY,
                    "licensed",
                ),
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế và các KCN tỉnh Thái Bình"), F("In ấn Diêm Điền")],
                    6.5 * M,
                    "USD",
                    HY,
                    "licensed",
                ),
            ],
        ),
        h(
            4252,
            "Công ty TNHH Sợi Đông Hưng Yarn đã ký hợp đồng thuê 9,4 ha đất với Công ty CP Hạ tầng Xanh Thái Thụy tại KCN Tiền Hải (tỉnh Hưng Yên) để xây nhà máy sợi tái chế.",
            "2025-11-18",
            "provincial",
            ["lease", "park_developer", "province_bracket_after_park", "area"],
            provinces=[pv("Hưng Yên")],
            firms=[f("Sợi Đông Hưng Yarn", "Công ty TNHH"), f("Hạ tầng Xanh Thái Thụy", "Công ty CP")],
            areas=[ha(9.4)],
            locations=[park("Khu công nghiệp Tiền Hải")],
            deals=[deal("cooperation", ["Sợi Đông Hưng Yarn", "Hạ tầng Xanh Thái Thụy"], None, HY)],
            events=[
                ev(
                    "cooperation",
                    [F("Sợi Đông Hưng Yarn"), F("Hạ tầng Xanh Thái Thụy")],
                    None,
                    None,
                    HY,
                    "signed",
                )
            ],
        ),
        h(
            4253,
            "Dự án nhà máy kính áp tròng của Công ty TNHH Quang học Thái Thụy Vision, khởi công tháng 3/2024 với vốn 200 triệu USD, đến nay đã hoàn thành 70% khối lượng xây dựng.",
            "2025-02-26",
            "provincial",
            ["progress_report", "recalled_groundbreaking", "month_not_date", "percentage", "no_event"],
            firms=[f("Quang học Thái Thụy Vision", "Công ty TNHH")],
            money=[m(200 * M, "USD")],
            percentages=[70],
            deals=[deal("groundbreaking", ["Quang học Thái Thụy Vision"], 200 * M)],
            events=[],
        ),
        h(
            4254,
            "Thái Bình (cũ) - Chiều 2/6, UBND tỉnh Hưng Yên phối hợp Công ty TNHH Cơ khí Cầu Nghìn Tools (Đài Loan) khởi công nhà máy dụng cụ cầm tay tại KCN Cầu Nghìn, vốn 40 triệu USD.",
            "2025-07-03",
            "provincial",
            ["old_province_cu", "groundbreaking", "government_cohost", "country_bracket", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
            provinces=[pv("Thái Bình"), pv("Hưng Yên")],
            firms=[f("Cơ khí Cầu Nghìn Tools", "Công ty TNHH")],
            money=[m(40 * M, "USD")],
            locations=[park("Khu công nghiệp Cầu Nghìn"), country("Đài Loan")],
            deals=[deal("groundbreaking", ["Cơ khí Cầu Nghìn Tools"], 40 * M, HY, "2025-06-02")],
            events=[
                ev(
                    "groundbreaking",
                    [G("UBND tỉnh Hưng Yên"), F("Cơ khí Cầu Nghìn Tools")],
                    40 * M,
                    "USD",
                    HY,
                    "started",
                )
            ],
        ),
        h(
            4255,
            "Bảng: Các dự án lớn tại KCN Liên Hà Thái | Nhà đầu tư | Vốn\nNhà máy máy làm vườn | Công ty TNHH Công cụ Vườn Thụy Hải | 200 triệu USD\nNhà máy linh kiện điện tử | Công ty TNHH Điện tử Diêm Điền Lotus | 120 triệu USD",
            "2025-04-04",
            "provincial",
            ["flattened_table", "project_lines", "pipe_cells"],
            firms=[f("Công cụ Vườn Thụy Hải", "Công ty TNHH"), f("Điện tử Diêm Điền Lotus", "Công ty TNHH")],
            money=[m(200 * M, "USD"), m(120 * M, "USD")],
            locations=[park("Khu công nghiệp Liên Hà Thái")],
            deals=[
                deal("investment", ["Công cụ Vườn Thụy Hải"], 200 * M),
                deal("investment", ["Điện tử Diêm Điền Lotus"], 120 * M),
            ],
            events=[
                ev(
                    "investment_announcement", [F("Công cụ Vườn Thụy Hải")], 200 * M, "USD", None, "announced"
                ),
                ev(
                    "investment_announcement",
                    [F("Điện tử Diêm Điền Lotus")],
                    120 * M,
                    "USD",
                    None,
                    "announced",
                ),
            ],
        ),
    ]

    # --- Hà Tĩnh and the former Quảng Bình (Gia Lách, Hòn La) ---
    rows += [
        h(
            4256,
            "Tại hội nghị, tỉnh Hà Tĩnh trao quyết định chủ trương đầu tư cho 9 dự án, tổng vốn hơn 14.200 tỷ đồng, và ký biên bản ghi nhớ với 21 nhà đầu tư. Đáng chú ý, Tập đoàn Thép Hoành Sơn Steel nhận chủ trương đầu tư dự án cán thép cuộn 4.600 tỷ đồng tại KCN Gia Lách.",
            "2025-05-29",
            "provincial",
            ["promotion_conference", "mass_licences", "one_named", "count", "approx", "granting_body_of_row"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Thép Hoành Sơn Steel", "Tập đoàn")],
            money=[m(14200 * B, "VND", approx=True), m(4600 * B, "VND")],
            quantities=[c(9, "dự án"), c(21, "nhà đầu tư")],
            locations=[park("Khu công nghiệp Gia Lách")],
            deals=[deal("investment", ["Thép Hoành Sơn Steel"], 4600 * B, HT)],
            events=[
                ev(
                    "investment_licence",
                    [G("tỉnh Hà Tĩnh"), F("Thép Hoành Sơn Steel")],
                    4600 * B,
                    "VND",
                    HT,
                    "licensed",
                )
            ],
        ),
        h(
            4257,
            "Bên lề lễ công bố quy hoạch ngày 24/6, Công ty TNHH VSIP Hà Tĩnh ký biên bản ghi nhớ với 3 nhà đầu tư thứ cấp, trong đó có Công ty TNHH Gỗ Nội thất Thạch Hà Wood.",
            "2025-06-25",
            "provincial",
            [
                "developer_mou",
                "counted_then_one_named",
                "foreign_subsidiary_place",
                "province_in_firm_name",
                "count",
                "deal_date",
            ],
            firms=[f("VSIP Hà Tĩnh", "Công ty TNHH"), f("Gỗ Nội thất Thạch Hà Wood", "Công ty TNHH")],
            quantities=[c(3, "nhà đầu tư")],
            deals=[deal("mou", ["VSIP Hà Tĩnh", "Gỗ Nội thất Thạch Hà Wood"], None, None, "2025-06-24")],
            events=[
                ev("mou", [F("VSIP Hà Tĩnh"), F("Gỗ Nội thất Thạch Hà Wood")], None, None, None, "signed")
            ],
        ),
        h(
            4258,
            "Dự buổi làm việc có các đồng chí: Nguyễn Hồng Lĩnh, Phó Chủ tịch UBND tỉnh Hà Tĩnh; Dương Tất Thành, Trưởng Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh; đại diện lãnh đạo các sở, ngành.",
            "2025-06-25",
            "provincial",
            ["attendee_list", "dong_chi", "person_role_after", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hà Tĩnh", "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"],
            persons=[
                per("Nguyễn Hồng Lĩnh", "Phó Chủ tịch UBND tỉnh Hà Tĩnh"),
                per("Dương Tất Thành", "Trưởng Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"),
            ],
            provinces=[pv("Hà Tĩnh")],
            events=[],
        ),
        h(
            4259,
            "Hợp tác xã Nuôi trồng Thủy sản Kỳ Ninh và Công ty CP Chế biến Thuỷ hải sản Cẩm Nhượng ký hợp đồng bao tiêu tôm thẻ chân trắng trong 3 năm, giá trị khoảng 40 tỷ đồng.",
            "2025-03-18",
            "provincial",
            ["old_tone", "cooperative_offtake", "supply_contract", "approx", "duration_not_count"],
            firms=[
                f("Nuôi trồng Thủy sản Kỳ Ninh", "Hợp tác xã"),
                f("Chế biến Thủy hải sản Cẩm Nhượng", "Công ty CP"),
            ],
            money=[m(40 * B, "VND", approx=True)],
            deals=[
                deal(
                    "supply_contract",
                    ["Nuôi trồng Thủy sản Kỳ Ninh", "Chế biến Thủy hải sản Cẩm Nhượng"],
                    40 * B,
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Nuôi trồng Thủy sản Kỳ Ninh"), F("Chế biến Thủy hải sản Cẩm Nhượng")],
                    40 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4260,
            "Quảng Bình (cũ) - UBND tỉnh Quảng Trị vừa chấp thuận chủ trương đầu tư dự án nhà máy sản xuất tấm panel cách nhiệt tại KCN Hòn La II cho Công ty CP Vật liệu Xây dựng Quảng Đông Panel, vốn 360 tỷ đồng.",
            "2025-10-28",
            "provincial",
            ["old_province_cu", "licence", "investor_after_project", "granting_body_province"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Trị"],
            provinces=[pv("Quảng Bình"), pv("Quảng Trị")],
            firms=[f("Vật liệu Xây dựng Quảng Đông Panel", "Công ty CP")],
            money=[m(360 * B, "VND")],
            locations=[park("Khu công nghiệp Hòn La II")],
            deals=[deal("investment", ["Vật liệu Xây dựng Quảng Đông Panel"], 360 * B, QT)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Quảng Trị"), F("Vật liệu Xây dựng Quảng Đông Panel")],
                    360 * B,
                    "VND",
                    QT,
                    "licensed",
                )
            ],
        ),
        h(
            4261,
            "Công ty CP Xây dựng Công trình Thủy Ba Đồn được Công ty CP Cảng Hòn La Xanh chọn làm tổng thầu mở rộng bến số 3, giá trị hợp đồng 685 tỷ đồng.",
            "2025-12-03",
            "provincial",
            ["contractor_chosen_passive", "supply_contract"],
            firms=[f("Xây dựng Công trình Thủy Ba Đồn", "Công ty CP"), f("Cảng Hòn La Xanh", "Công ty CP")],
            money=[m(685 * B, "VND")],
            deals=[deal("supply_contract", ["Xây dựng Công trình Thủy Ba Đồn", "Cảng Hòn La Xanh"], 685 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Xây dựng Công trình Thủy Ba Đồn"), F("Cảng Hòn La Xanh")],
                    685 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4262,
            "Liệu Tập đoàn Hòa Phong Steel có rót thêm vốn vào Khu kinh tế Hòn La sau khi lãi quý III tăng gấp đôi?",
            "2025-11-02",
            "ministry",
            ["question_headline", "no_event"],
            firms=[f("Hòa Phong Steel", "Tập đoàn")],
            locations=[zone("Khu kinh tế Hòn La")],
            events=[],
        ),
        h(
            4263,
            "Ông Trần Phong, Phó Chủ tịch UBND tỉnh Quảng Trị, trao quyết định chủ trương đầu tư cho Công ty TNHH Điện gió Lệ Thủy Wind (Thái Lan) thực hiện dự án điện gió 144 MW, tổng vốn 5.400 tỷ đồng; cùng ngày, UBND tỉnh Quảng Trị ký biên bản ghi nhớ với Tập đoàn Năng lượng Nhật Lệ về dự án sản xuất hydrogen xanh.",
            "2025-08-15",
            "provincial",
            [
                "leader_hands_licence",
                "government_party_via_leader",
                "second_event_mou_state_firm",
                "capacity_no_count",
                "country_bracket",
            ],
            organizations=["Ủy ban nhân dân tỉnh Quảng Trị"],
            persons=[per("Trần Phong", "Phó Chủ tịch UBND tỉnh Quảng Trị")],
            provinces=[pv("Quảng Trị")],
            firms=[f("Điện gió Lệ Thủy Wind", "Công ty TNHH"), f("Năng lượng Nhật Lệ", "Tập đoàn")],
            money=[m(5400 * B, "VND")],
            locations=[country("Thái Lan")],
            deals=[
                deal("investment", ["Điện gió Lệ Thủy Wind"], 5400 * B, QT),
                deal("investment", ["Năng lượng Nhật Lệ"], None, QT),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Quảng Trị"), F("Điện gió Lệ Thủy Wind")],
                    5400 * B,
                    "VND",
                    QT,
                    "licensed",
                ),
                ev("mou", [G("UBND tỉnh Quảng Trị"), F("Năng lượng Nhật Lệ")], None, None, QT, "signed"),
            ],
        ),
    ]
    # --- Đà Nẵng with the former Quảng Nam (chip design, aerospace parts, Hòa Khánh, Tam Thăng) ---
    rows += [
        h(
            4264,
            "Đà Nẵng - Ngày 20/1, Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng trao giấy chứng nhận đăng ký đầu tư cho dự án thiết kế và kiểm thử vi mạch của Công ty TNHH Sơn Trà Silicon Design (Mỹ), vốn 18 triệu USD.",
            "2026-01-21",
            "provincial",
            [
                "region_prefix",
                "chip_design",
                "licence",
                "granting_body_province",
                "country_bracket",
                "deal_date",
            ],
            organizations=["Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Sơn Trà Silicon Design", "Công ty TNHH")],
            money=[m(18 * M, "USD")],
            locations=[country("Mỹ")],
            deals=[deal("investment", ["Sơn Trà Silicon Design"], 18 * M, DN, "2026-01-20")],
            events=[
                ev(
                    "investment_licence",
                    [
                        G("Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"),
                        F("Sơn Trà Silicon Design"),
                    ],
                    18 * M,
                    "USD",
                    DN,
                    "licensed",
                )
            ],
        ),
        h(
            4265,
            "Công ty TNHH Hàng không Chu Lai Aero Parts, doanh nghiệp vốn Pháp, đã bắt đầu sản xuất thử linh kiện cánh tà máy bay tại KCN Tam Thăng.",
            "2025-10-16",
            "provincial",
            ["aerospace_parts", "apposition_country", "trial_production", "no_event"],
            firms=[f("Hàng không Chu Lai Aero Parts", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Tam Thăng"), country("Pháp")],
            events=[],
        ),
        h(
            4266,
            "Ngày 15/5, Công ty CP Bán dẫn Hải Châu Chip và Trường Đại học Duy Tân ký thỏa thuận hợp tác đào tạo 500 kỹ sư thiết kế vi mạch trong giai đoạn 2026-2030.",
            "2026-05-16",
            "provincial",
            ["firm_school_mou", "organization_party", "count", "no_deal"],
            organizations=["Trường Đại học Duy Tân"],
            firms=[f("Bán dẫn Hải Châu Chip", "Công ty CP")],
            quantities=[c(500, "kỹ sư")],
            events=[
                ev(
                    "mou",
                    [F("Bán dẫn Hải Châu Chip"), O("Trường Đại học Duy Tân")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4267,
            "Công ty TNHH Cơ khí Tam Hiệp Auto Parts ký hợp đồng xuất khẩu ghế ô tô sang Nhật Bản cho Tập đoàn Toyota Boshoku, trị giá 22 triệu USD.",
            "2025-09-09",
            "provincial",
            ["export_contract", "supply_contract", "country_destination"],
            firms=[f("Cơ khí Tam Hiệp Auto Parts", "Công ty TNHH"), f("Toyota Boshoku", "Tập đoàn")],
            money=[m(22 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[deal("supply_contract", ["Cơ khí Tam Hiệp Auto Parts", "Toyota Boshoku"], 22 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Tam Hiệp Auto Parts"), F("Toyota Boshoku")],
                    22 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4268,
            "Theo báo chí Nhật Bản, Mabuchi Motor đang đàm phán mua lại một nhà máy động cơ mini ở Đà Nẵng; phía Mabuchi chưa xác nhận thông tin.",
            "2025-07-22",
            "ministry",
            ["rumour", "negotiation", "bare_foreign_firm", "no_event"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Mabuchi Motor")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            4269,
            "Công ty TNHH Điện tử Liên Chiểu UMC dự kiến đầu tư thêm từ 40 đến 50 triệu USD để mở rộng nhà máy tại KCN Hòa Khánh, TP. Đà Nẵng.",
            "2025-12-19",
            "provincial",
            ["money_range", "announced_investment", "province_after_park"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Điện tử Liên Chiểu UMC", "Công ty TNHH")],
            money=[m(40 * M, "USD"), m(50 * M, "USD")],
            locations=[park("Khu công nghiệp Hòa Khánh")],
            deals=[deal("investment", ["Điện tử Liên Chiểu UMC"], 40 * M, DN)],
            events=[
                ev("investment_announcement", [F("Điện tử Liên Chiểu UMC")], 40 * M, "USD", DN, "announced")
            ],
        ),
        h(
            4270,
            "ĐÀ NẴNG — The Đà Nẵng People's Committee on Thursday granted an investment certificate to Hòa Khánh Chip Packaging Co., Ltd for a US$120 million assembly and test plant, the city's first in the sector.",
            "2026-02-13",
            "ministry",
            ["english_copy", "licence", "english_org_as_written", "dateline_caps", "weekday_no_date"],
            organizations=["Đà Nẵng People's Committee"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Hòa Khánh Chip Packaging", "Co., Ltd.")],
            money=[m(120 * M, "USD")],
            deals=[deal("investment", ["Hòa Khánh Chip Packaging"], 120 * M, DN)],
            events=[
                ev(
                    "investment_licence",
                    [G("Đà Nẵng People's Committee"), F("Hòa Khánh Chip Packaging")],
                    120 * M,
                    "USD",
                    DN,
                    "licensed",
                )
            ],
        ),
        h(
            4271,
            "Theo Sở Tài chính TP. Đà Nẵng, năm 2025 thành phố cấp mới 62 dự án FDI; riêng lĩnh vực bán dẫn có 11 dự án với tổng vốn khoảng 240 triệu USD.",
            "2026-01-05",
            "provincial",
            ["theo_org", "period_total", "count", "approx", "no_event"],
            organizations=["Sở Tài chính TP. Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            money=[m(240 * M, "USD", approx=True)],
            quantities=[c(62, "dự án"), c(11, "dự án")],
            events=[],
        ),
    ]

    # --- Đắk Lắk with the former Phú Yên (Hòa Hiệp, coffee) ---
    rows += [
        h(
            4272,
            "Phú Yên (cũ) - Ngày 19/8, UBND tỉnh Đắk Lắk phối hợp Công ty CP Hạ tầng KCN Hòa Hiệp Xanh tổ chức lễ khởi công KCN Hòa Hiệp 3, quy mô 320 ha, tổng vốn khoảng 3.900 tỷ đồng.",
            "2025-08-20",
            "provincial",
            ["old_province_cu", "park_groundbreaking", "government_cohost", "area", "approx", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Đắk Lắk"],
            provinces=[pv("Phú Yên"), pv("Đắk Lắk")],
            firms=[f("Hạ tầng KCN Hòa Hiệp Xanh", "Công ty CP")],
            money=[m(3900 * B, "VND", approx=True)],
            areas=[ha(320)],
            locations=[park("Khu công nghiệp Hòa Hiệp 3")],
            deals=[deal("groundbreaking", ["Hạ tầng KCN Hòa Hiệp Xanh"], 3900 * B, DL, "2025-08-19")],
            events=[
                ev(
                    "groundbreaking",
                    [G("UBND tỉnh Đắk Lắk"), F("Hạ tầng KCN Hòa Hiệp Xanh")],
                    3900 * B,
                    "VND",
                    DL,
                    "started",
                )
            ],
        ),
        h(
            4273,
            "Công ty TNHH Cà phê Ea Kao Roastery ký hợp đồng cung cấp cà phê nhân đã sơ chế cho Tập đoàn Neumann Kaffee (Đức) trong niên vụ 2026-2027, trị giá 31 triệu USD.",
            "2026-09-24",
            "provincial",
            ["export_contract", "supply_contract", "country_bracket"],
            firms=[f("Cà phê Ea Kao Roastery", "Công ty TNHH"), f("Neumann Kaffee", "Tập đoàn")],
            money=[m(31 * M, "USD")],
            locations=[country("Đức")],
            deals=[deal("supply_contract", ["Cà phê Ea Kao Roastery", "Neumann Kaffee"], 31 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cà phê Ea Kao Roastery"), F("Neumann Kaffee")],
                    31 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4274,
            "Phó Chủ tịch UBND tỉnh Đắk Lắk Lê Văn Sơn cho biết tỉnh đang kêu gọi đầu tư vào 4 khu công nghiệp mới với tổng diện tích hơn 1.300 ha.",
            "2025-11-11",
            "provincial",
            ["person_role_before", "investment_call", "count", "area", "approx", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Đắk Lắk"],
            persons=[per("Lê Văn Sơn", "Phó Chủ tịch UBND tỉnh Đắk Lắk")],
            provinces=[pv("Đắk Lắk")],
            quantities=[c(4, "khu công nghiệp")],
            areas=[ha(1300, True)],
            events=[],
        ),
        h(
            4275,
            "Trước đó, ngày 23/5, UBND tỉnh Phú Yên đã chấp thuận chủ trương đầu tư dự án KCN Hòa Hiệp 3 cho Công ty CP Hạ tầng KCN Hòa Hiệp Xanh.",
            "2025-08-20",
            "provincial",
            ["recalled_licence", "truoc_do", "pre_merger_body", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Phú Yên"],
            provinces=[pv("Phú Yên")],
            firms=[f("Hạ tầng KCN Hòa Hiệp Xanh", "Công ty CP")],
            locations=[park("Khu công nghiệp Hòa Hiệp 3")],
            deals=[deal("investment", ["Hạ tầng KCN Hòa Hiệp Xanh"], None, DL, "2025-05-23")],
            events=[],
        ),
        h(
            4276,
            "Tập đoàn Trung Nguyên Xanh và Công ty CP Chế biến Nông sản Krông Pắc đã ký hợp đồng bao tiêu 100% sản lượng sầu riêng cấp đông của nhà máy tại Buôn Ma Thuột trong 5 năm.",
            "2025-04-29",
            "provincial",
            ["offtake_contract", "supply_contract", "percentage", "city_not_province"],
            firms=[f("Trung Nguyên Xanh", "Tập đoàn"), f("Chế biến Nông sản Krông Pắc", "Công ty CP")],
            percentages=[100],
            deals=[deal("supply_contract", ["Chế biến Nông sản Krông Pắc", "Trung Nguyên Xanh"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Chế biến Nông sản Krông Pắc"), F("Trung Nguyên Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
    ]

    # --- Khánh Hòa with the former Ninh Thuận (solar EPC, PPAs, denials) ---
    rows += [
        h(
            4277,
            "Ninh Thuận (cũ) - Công ty CP Năng lượng Phước Hữu Solar ký hợp đồng EPC với Tổng công ty Xây lắp Điện 4 Miền Trung để xây nhà máy điện mặt trời 50 MWp, giá trị 780 tỷ đồng.",
            "2025-04-08",
            "provincial",
            ["old_province_cu", "solar_epc", "supply_contract", "capacity_no_count", "firm_name_digit"],
            provinces=[pv("Ninh Thuận")],
            firms=[
                f("Năng lượng Phước Hữu Solar", "Công ty CP"),
                f("Xây lắp Điện 4 Miền Trung", "Tổng công ty"),
            ],
            money=[m(780 * B, "VND")],
            deals=[
                deal("supply_contract", ["Xây lắp Điện 4 Miền Trung", "Năng lượng Phước Hữu Solar"], 780 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Xây lắp Điện 4 Miền Trung"), F("Năng lượng Phước Hữu Solar")],
                    780 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4278,
            "Công ty CP Điện gió Thuận Nam Wind đã ký hợp đồng mua bán điện (PPA) với Tập đoàn Điện lực Việt Nam (EVN) cho dự án điện gió 88 MW tại tỉnh Khánh Hòa.",
            "2025-06-06",
            "provincial",
            ["ppa", "supply_contract", "state_group_keeps_vietnam", "acronym_bracket", "project_province"],
            provinces=[pv("Khánh Hòa")],
            firms=[f("Điện gió Thuận Nam Wind", "Công ty CP"), f("Điện lực Việt Nam", "Tập đoàn")],
            deals=[deal("supply_contract", ["Điện gió Thuận Nam Wind", "Điện lực Việt Nam"], None, KH)],
            events=[
                ev(
                    "supply_contract",
                    [F("Điện gió Thuận Nam Wind"), F("Điện lực Việt Nam")],
                    None,
                    None,
                    KH,
                    "signed",
                )
            ],
        ),
        h(
            4279,
            "Đại diện Công ty CP Điện mặt trời Mỹ Sơn Green khẳng định thông tin Tập đoàn Sunwave Energy (Singapore) mua lại nhà máy điện mặt trời của công ty là không có căn cứ.",
            "2025-09-12",
            "ministry",
            ["denial", "country_bracket", "no_event"],
            firms=[f("Điện mặt trời Mỹ Sơn Green", "Công ty CP"), f("Sunwave Energy", "Tập đoàn")],
            locations=[country("Singapore")],
            events=[],
        ),
        h(
            4280,
            "Khánh Hòa: Khánh thành nhà máy đóng tàu cá vỏ thép 1.050 tỷ đồng\nSáng 27/4, Công ty CP Đóng tàu Cam Ranh Marine khánh thành nhà máy đóng tàu cá vỏ thép tại KCN Nam Cam Ranh. Nhà máy có tổng vốn 1.050 tỷ đồng, sử dụng khoảng 900 lao động.",
            "2025-04-28",
            "provincial",
            [
                "region_prefix",
                "headline_line",
                "inauguration",
                "capital_next_sentence",
                "repeated_amount",
                "count",
                "approx",
                "deal_date",
            ],
            provinces=[pv("Khánh Hòa")],
            firms=[f("Đóng tàu Cam Ranh Marine", "Công ty CP")],
            money=[m(1050 * B, "VND")],
            quantities=[c(900, "lao động", True)],
            locations=[park("Khu công nghiệp Nam Cam Ranh")],
            deals=[deal("investment", ["Đóng tàu Cam Ranh Marine"], 1050 * B, None, "2025-04-27")],
            events=[ev("inauguration", [F("Đóng tàu Cam Ranh Marine")], 1050 * B, "VND", None, "completed")],
        ),
    ]

    # --- Lâm Đồng with the former Bình Thuận and Đắk Nông (aluminium, solar frames, silk) ---
    rows += [
        h(
            4281,
            "Bình Thuận (cũ) - Công ty TNHH Khung Nhôm Hàm Kiệm Solar (Trung Quốc) đưa vào vận hành nhà máy khung nhôm pin mặt trời tại KCN Hàm Kiệm II, vốn 32 triệu USD.",
            "2025-08-07",
            "provincial",
            ["old_province_cu", "inauguration", "start_of_operation", "country_bracket"],
            provinces=[pv("Bình Thuận")],
            firms=[f("Khung Nhôm Hàm Kiệm Solar", "Công ty TNHH")],
            money=[m(32 * M, "USD")],
            locations=[park("Khu công nghiệp Hàm Kiệm II"), country("Trung Quốc")],
            deals=[deal("investment", ["Khung Nhôm Hàm Kiệm Solar"], 32 * M)],
            events=[ev("inauguration", [F("Khung Nhôm Hàm Kiệm Solar")], 32 * M, "USD", None, "completed")],
        ),
        h(
            4282,
            "Đắk Nông (cũ) - Ngày 30/10, Tập đoàn Alumin Nhân Cơ Xanh và Tập đoàn Kim loại Weiqiao Metals (Trung Quốc) ký thỏa thuận khung về dự án điện phân nhôm 1 tỷ USD tại KCN Nhân Cơ, tỉnh Lâm Đồng.",
            "2025-10-31",
            "provincial",
            [
                "old_province_cu",
                "framework_agreement_mou",
                "firm_pair_mou",
                "province_after_park",
                "country_bracket",
                "deal_date",
            ],
            provinces=[pv("Đắk Nông"), pv("Lâm Đồng")],
            firms=[f("Alumin Nhân Cơ Xanh", "Tập đoàn"), f("Kim loại Weiqiao Metals", "Tập đoàn")],
            money=[m(1 * B, "USD")],
            locations=[park("Khu công nghiệp Nhân Cơ"), country("Trung Quốc")],
            deals=[deal("mou", ["Alumin Nhân Cơ Xanh", "Kim loại Weiqiao Metals"], 1 * B, LD, "2025-10-30")],
            events=[
                ev(
                    "mou",
                    [F("Alumin Nhân Cơ Xanh"), F("Kim loại Weiqiao Metals")],
                    1 * B,
                    "USD",
                    LD,
                    "signed",
                )
            ],
        ),
        h(
            4283,
            "Bà Hoàng Thị Lan, Tổng Giám đốc Công ty CP Dệt lụa Bảo Lộc Silk, cho biết doanh thu năm 2025 của công ty đạt 612 tỷ đồng, tăng 18% so với năm trước.",
            "2026-02-03",
            "provincial",
            ["person_role_after", "revenue_money_only", "percentage", "no_event"],
            persons=[per("Hoàng Thị Lan", "Tổng Giám đốc Công ty CP Dệt lụa Bảo Lộc Silk")],
            firms=[f("Dệt lụa Bảo Lộc Silk", "Công ty CP")],
            money=[m(612 * B, "VND")],
            percentages=[18],
            events=[],
        ),
        h(
            4284,
            "UBND tỉnh Lâm Đồng vừa có văn bản đề nghị Bộ Công Thương xem xét bổ sung dự án điện gió ngoài khơi 3.000 MW do Tập đoàn Năng lượng Biển Phan Thiết đề xuất vào quy hoạch điện.",
            "2025-12-17",
            "provincial",
            ["proposal", "ministry_org", "capacity_no_count", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng", "Bộ Công Thương"],
            provinces=[pv("Lâm Đồng")],
            firms=[f("Năng lượng Biển Phan Thiết", "Tập đoàn")],
            events=[],
        ),
    ]
    # --- Đồng Nai with the former Bình Phước (Becamex Bình Phước, Đồng Xoài, Minh Hưng) ---
    rows += [
        h(
            4285,
            "Bình Phước (cũ): Khánh thành nhà máy chăn ga 120 triệu USD ở KCN Becamex Bình Phước\nSáng 6/3, Công ty TNHH Dệt May Chơn Thành Home (Thổ Nhĩ Kỳ) khánh thành nhà máy sản xuất chăn ga gối đệm tại KCN Becamex Bình Phước, tổng vốn 120 triệu USD.",
            "2026-03-07",
            "provincial",
            [
                "old_province_cu",
                "headline_line",
                "inauguration",
                "province_in_park_name",
                "repeated_amount",
                "country_bracket",
                "deal_date",
            ],
            provinces=[pv("Bình Phước")],
            firms=[f("Dệt May Chơn Thành Home", "Công ty TNHH")],
            money=[m(120 * M, "USD")],
            locations=[park("Khu công nghiệp Becamex Bình Phước"), country("Thổ Nhĩ Kỳ")],
            deals=[deal("investment", ["Dệt May Chơn Thành Home"], 120 * M, DNai, "2026-03-06")],
            events=[ev("inauguration", [F("Dệt May Chơn Thành Home")], 120 * M, "USD", DNai, "completed")],
        ),
        h(
            4286,
            "Công ty CP Phát triển Hạ tầng Kỹ thuật Becamex - Bình Phước (Becamex Bình Phước) đã ký hợp đồng cho thuê 22 ha đất với Công ty TNHH Lốp xe Minh Hưng Tire để xây nhà máy lốp radial.",
            "2025-09-26",
            "provincial",
            ["lease", "park_developer", "alias_bracket", "province_in_firm_name", "area"],
            firms=[
                f("Phát triển Hạ tầng Kỹ thuật Becamex - Bình Phước", "Công ty CP"),
                f("Lốp xe Minh Hưng Tire", "Công ty TNHH"),
            ],
            areas=[ha(22)],
            deals=[
                deal(
                    "cooperation",
                    ["Lốp xe Minh Hưng Tire", "Phát triển Hạ tầng Kỹ thuật Becamex - Bình Phước"],
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Lốp xe Minh Hưng Tire"), F("Phát triển Hạ tầng Kỹ thuật Becamex - Bình Phước")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4287,
            "UBND tỉnh Đồng Nai quyết định cho Công ty CP Đầu tư KCN Đồng Xoài Green thuê 176 ha đất để đầu tư hạ tầng KCN Đồng Xoài IV, thời hạn 50 năm.",
            "2025-11-25",
            "provincial",
            ["government_land_lease", "government_party", "no_deal", "area", "park_in_firm_name"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Đầu tư KCN Đồng Xoài Green", "Công ty CP")],
            areas=[ha(176)],
            locations=[park("Khu công nghiệp Đồng Xoài IV")],
            events=[
                ev(
                    "cooperation",
                    [G("UBND tỉnh Đồng Nai"), F("Đầu tư KCN Đồng Xoài Green")],
                    None,
                    None,
                    DNai,
                    "signed",
                )
            ],
        ),
        h(
            4288,
            "Sau 5 năm mời gọi đầu tư, KCN Minh Hưng - Sikico đã thu hút 38 dự án với tổng vốn hơn 1,2 tỷ USD, giải quyết việc làm cho khoảng 26.000 lao động.",
            "2025-06-19",
            "provincial",
            ["cumulative", "park_with_dash", "count", "approx", "no_event"],
            money=[m(1.2 * B, "USD", approx=True)],
            quantities=[c(38, "dự án"), c(26000, "lao động", True)],
            locations=[park("Khu công nghiệp Minh Hưng - Sikico")],
            events=[],
        ),
        h(
            4289,
            "Công ty CP Cao su Đồng Phú Xanh cho biết đã chuyển nhượng 240 ha đất cao su cho dự án KCN Nam Đồng Phú 2 và sẽ góp 20% vốn vào công ty phát triển hạ tầng khu này.",
            "2025-05-15",
            "ministry",
            ["land_contribution", "stake_pledge_unnamed_company", "area", "percentage", "no_event"],
            firms=[f("Cao su Đồng Phú Xanh", "Công ty CP")],
            percentages=[20],
            areas=[ha(240)],
            locations=[park("Khu công nghiệp Nam Đồng Phú 2")],
            events=[],
        ),
    ]

    # --- Cần Thơ with the former Sóc Trăng and Hậu Giang (An Nghiệp, Tân Phú Thạnh, Sông Hậu) ---
    rows += [
        h(
            4290,
            "Sóc Trăng (cũ) - Ngày 14/4, Công ty TNHH Chế biến Thủy sản Mỹ Xuyên Seafood khởi công nhà máy chế biến tôm tại KCN An Nghiệp, vốn 650 tỷ đồng.",
            "2025-04-15",
            "provincial",
            ["old_province_cu", "groundbreaking", "deal_date"],
            provinces=[pv("Sóc Trăng")],
            firms=[f("Chế biến Thủy sản Mỹ Xuyên Seafood", "Công ty TNHH")],
            money=[m(650 * B, "VND")],
            locations=[park("Khu công nghiệp An Nghiệp")],
            deals=[
                deal("groundbreaking", ["Chế biến Thủy sản Mỹ Xuyên Seafood"], 650 * B, None, "2025-04-14")
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Chế biến Thủy sản Mỹ Xuyên Seafood")],
                    650 * B,
                    "VND",
                    None,
                    "started",
                )
            ],
        ),
        h(
            4291,
            "Theo UBND tỉnh Hậu Giang, KCN Tân Phú Thạnh đã lấp đầy khoảng 84% diện tích với 31 nhà đầu tư.",
            "2025-03-12",
            "provincial",
            ["theo_org", "occupancy", "percentage", "count", "pre_merger", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hậu Giang"],
            provinces=[pv("Hậu Giang")],
            percentages=[84],
            quantities=[c(31, "nhà đầu tư")],
            locations=[park("Khu công nghiệp Tân Phú Thạnh")],
            events=[],
        ),
        h(
            4292,
            "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) chi nhánh Hậu Giang đã giải ngân 180 tỷ đồng cho Công ty CP Giấy Vị Thanh Paper để đầu tư dây chuyền giấy bao bì.",
            "2025-10-07",
            "provincial",
            ["loan_disbursed", "credit", "bank_branch", "acronym_bracket"],
            provinces=[pv("Hậu Giang")],
            firms=[f("Ngoại thương Việt Nam", "Ngân hàng TMCP"), f("Giấy Vị Thanh Paper", "Công ty CP")],
            money=[m(180 * B, "VND")],
            deals=[deal("cooperation", ["Ngoại thương Việt Nam", "Giấy Vị Thanh Paper"], 180 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Ngoại thương Việt Nam"), F("Giấy Vị Thanh Paper")],
                    180 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4293,
            "Thành phố Cần Thơ vừa thành lập Cụm công nghiệp Kế Sách 1 rộng 62 ha theo Quyết định số 2275/QĐ-UBND ngày 4/11/2025; chủ đầu tư hạ tầng là Công ty CP Đầu tư Hạ tầng Sông Hậu Green, tổng vốn 815 tỷ đồng.",
            "2025-11-10",
            "provincial",
            ["cluster_founded", "decision_with_date", "investor_after_semicolon", "area", "city_province"],
            provinces=[pv("Cần Thơ")],
            firms=[f("Đầu tư Hạ tầng Sông Hậu Green", "Công ty CP")],
            money=[m(815 * B, "VND")],
            decisions=[d("2275/QĐ-UBND", "2025-11-04")],
            areas=[ha(62)],
            locations=[park("Cụm công nghiệp Kế Sách 1")],
            deals=[deal("investment", ["Đầu tư Hạ tầng Sông Hậu Green"], 815 * B, CT)],
            events=[
                ev(
                    "investment_licence",
                    [G("Thành phố Cần Thơ"), F("Đầu tư Hạ tầng Sông Hậu Green")],
                    815 * B,
                    "VND",
                    CT,
                    "licensed",
                )
            ],
        ),
        h(
            4294,
            "Công ty CP Thức ăn Thủy sản Ngã Bảy Feed và Tập đoàn De Heus Aqua (Hà Lan) ký thỏa thuận liên doanh xây nhà máy thức ăn tôm tại KCN Sông Hậu, vốn dự kiến 45 triệu USD, mỗi bên góp 50%.",
            "2025-12-05",
            "ministry",
            ["joint_venture_agreement", "country_bracket", "percentage"],
            firms=[f("Thức ăn Thủy sản Ngã Bảy Feed", "Công ty CP"), f("De Heus Aqua", "Tập đoàn")],
            money=[m(45 * M, "USD")],
            percentages=[50],
            locations=[park("Khu công nghiệp Sông Hậu"), country("Hà Lan")],
            deals=[deal("cooperation", ["Thức ăn Thủy sản Ngã Bảy Feed", "De Heus Aqua"], 45 * M)],
            events=[
                ev(
                    "joint_venture",
                    [F("Thức ăn Thủy sản Ngã Bảy Feed"), F("De Heus Aqua")],
                    45 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
    ]
    # --- business and securities news, disclosures, board resolutions, bonds, M&A of park developers ---
    rows += [
        h(
            4295,
            "CÔNG TY CỔ PHẦN DÂY CÁP ĐIỆN THĂNG LONG CABLE\nSố: 15/2026/CV-TLC\nV/v: Công bố thông tin về hợp đồng có giá trị lớn\nNgày 2/3/2026, Công ty đã ký hợp đồng cung cấp cáp trung thế trị giá 214 tỷ đồng cho Tổng công ty Điện lực Miền Bắc.",
            "2026-03-03",
            "legal",
            [
                "disclosure_header",
                "caps_firm",
                "header_firm_signs_as_cong_ty",
                "document_number",
                "cables",
                "deal_date",
            ],
            firms=[f("Dây cáp Điện Thăng Long Cable", "Công ty CP"), f("Điện lực Miền Bắc", "Tổng công ty")],
            money=[m(214 * B, "VND")],
            decisions=[d("15/2026/CV-TLC")],
            deals=[
                deal(
                    "supply_contract",
                    ["Dây cáp Điện Thăng Long Cable", "Điện lực Miền Bắc"],
                    214 * B,
                    None,
                    "2026-03-02",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Dây cáp Điện Thăng Long Cable"), F("Điện lực Miền Bắc")],
                    214 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4296,
            "CÔNG TY CP CƠ KHÍ ĐÔNG ANH PRECISION\nNGHỊ QUYẾT SỐ 08/2026/NQ-HĐQT\nĐiều 1. Thông qua việc Công ty góp 51% vốn cùng Tập đoàn Sanko Mold (Nhật Bản) thành lập Công ty TNHH Khuôn mẫu Kinh Bắc Precision, vốn điều lệ 200 tỷ đồng.",
            "2026-02-10",
            "legal",
            [
                "board_resolution",
                "caps_firm",
                "announced_joint_venture",
                "charter_capital_not_amount",
                "new_company_mention",
                "percentage",
                "country_bracket",
            ],
            firms=[
                f("Cơ khí Đông Anh Precision", "Công ty CP"),
                f("Sanko Mold", "Tập đoàn"),
                f("Khuôn mẫu Kinh Bắc Precision", "Công ty TNHH"),
            ],
            money=[m(200 * B, "VND")],
            percentages=[51],
            decisions=[d("08/2026/NQ-HĐQT")],
            locations=[country("Nhật Bản")],
            deals=[deal("cooperation", ["Cơ khí Đông Anh Precision", "Sanko Mold"])],
            events=[
                ev(
                    "joint_venture",
                    [F("Cơ khí Đông Anh Precision"), F("Sanko Mold")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            4297,
            "Công ty CP Đầu tư KCN Sài Gòn - Hải Dương Land vừa phát hành thành công 500 tỷ đồng trái phiếu kỳ hạn 3 năm, lãi suất 10,5%/năm, để bồi thường giải phóng mặt bằng.",
            "2025-08-05",
            "ministry",
            ["bond_issue", "no_counterparty", "percentage", "province_in_firm_name", "no_event"],
            firms=[f("Đầu tư KCN Sài Gòn - Hải Dương Land", "Công ty CP")],
            money=[m(500 * B, "VND")],
            percentages=[10.5],
            events=[],
        ),
        h(
            4298,
            "Tập đoàn Frasers Industrial (Singapore) đã hoàn tất mua 70% cổ phần Công ty CP KCN Tân Uyên Xanh từ nhóm cổ đông cá nhân, giá trị khoảng 2.900 tỷ đồng.",
            "2025-11-14",
            "ministry",
            [
                "park_developer_mna",
                "acquisition",
                "completed",
                "seller_unnamed",
                "approx",
                "percentage",
                "country_bracket",
            ],
            firms=[f("Frasers Industrial", "Tập đoàn"), f("KCN Tân Uyên Xanh", "Công ty CP")],
            money=[m(2900 * B, "VND", approx=True)],
            percentages=[70],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Frasers Industrial"], 2900 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Frasers Industrial"), F("KCN Tân Uyên Xanh")],
                    2900 * B,
                    "VND",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            4299,
            "Tập đoàn Daiwa House Logistics công bố kế hoạch chào mua công khai 35% cổ phiếu Công ty CP Kho vận Sóng Thần Xanh với giá cao hơn thị giá khoảng 20%.",
            "2025-10-01",
            "ministry",
            ["tender_offer", "announced_acquisition", "percentage", "price_premium_not_money"],
            firms=[f("Daiwa House Logistics", "Tập đoàn"), f("Kho vận Sóng Thần Xanh", "Công ty CP")],
            percentages=[35, 20],
            deals=[deal("investment", ["Daiwa House Logistics"])],
            events=[
                ev(
                    "acquisition",
                    [F("Daiwa House Logistics"), F("Kho vận Sóng Thần Xanh")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            4300,
            "HCM CITY — Mapletree Industrial has agreed to buy a 49% stake in Tân Phú Trung Industrial Infrastructure JSC for about US$64 million, the buyer said on Friday.",
            "2025-07-19",
            "ministry",
            ["english_copy", "acquisition_agreed", "dateline_caps", "approx", "percentage"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Mapletree Industrial"), f("Tân Phú Trung Industrial Infrastructure", "JSC")],
            money=[m(64 * M, "USD", approx=True)],
            percentages=[49],
            deals=[deal("investment", ["Mapletree Industrial"], 64 * M)],
            events=[
                ev(
                    "acquisition",
                    [F("Mapletree Industrial"), F("Tân Phú Trung Industrial Infrastructure")],
                    64 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4301,
            "QUẢNG NINH — Hạ Long Shipbuilding Corporation has signed a contract with Fjord Ferries Group to build two electric ferries worth US$46 million, the shipyard said.",
            "2026-01-21",
            "ministry",
            [
                "english_copy",
                "shipbuilding",
                "supply_contract",
                "corporation_kept",
                "dateline_caps",
                "number_word_not_count",
            ],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Hạ Long Shipbuilding Corporation"), f("Fjord Ferries Group")],
            money=[m(46 * M, "USD")],
            deals=[
                deal("supply_contract", ["Hạ Long Shipbuilding Corporation", "Fjord Ferries Group"], 46 * M)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Hạ Long Shipbuilding Corporation"), F("Fjord Ferries Group")],
                    46 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4302,
            "HÀ NỘI — The board of Lạc Hồng Cable JSC has approved a plan to issue VNĐ300 billion in bonds to finance a new copper-rod line.",
            "2025-11-26",
            "ministry",
            ["english_copy", "bond_issue", "no_counterparty", "dateline_caps", "no_event"],
            provinces=[pv("Hà Nội")],
            firms=[f("Lạc Hồng Cable", "JSC")],
            money=[m(300 * B, "VND")],
            events=[],
        ),
        h(
            4303,
            "Cổ phiếu KBX của Tổng Công ty Phát triển Đô thị Kinh Bắc Xanh – CTCP tăng trần trong phiên 17/12 sau khi công ty công bố đã nhận đủ 1.380 tỷ đồng từ việc chuyển nhượng 60% vốn Công ty CP KCN Thuận Thành Tây.",
            "2025-12-18",
            "ministry",
            ["stock_news", "recalled_stake_sale", "buyer_not_in_row", "percentage", "stock_code"],
            firms=[
                f("Phát triển Đô thị Kinh Bắc Xanh", "Tổng công ty"),
                f("KCN Thuận Thành Tây", "Công ty CP"),
            ],
            money=[m(1380 * B, "VND")],
            percentages=[60],
            events=[],
        ),
        h(
            4304,
            "Năm 2026, Công ty CP Phát triển Hạ tầng Yên Phong Land đặt kế hoạch doanh thu 1.450 tỷ đồng, lợi nhuận sau thuế 520 tỷ đồng và cho thuê mới khoảng 60 ha đất công nghiệp.",
            "2026-04-21",
            "ministry",
            ["agm_plan", "revenue_money_only", "area", "approx", "no_event"],
            firms=[f("Phát triển Hạ tầng Yên Phong Land", "Công ty CP")],
            money=[m(1450 * B, "VND"), m(520 * B, "VND")],
            areas=[ha(60, True)],
            events=[],
        ),
        h(
            4305,
            "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV), Ngân hàng TMCP Công Thương Việt Nam (VietinBank) và Ngân hàng TMCP Quân đội (MB) ký hợp đồng đồng tài trợ 2.600 tỷ đồng cho Công ty CP Đầu tư KCN Đồng Xoài Green.",
            "2026-03-27",
            "ministry",
            ["syndicated_loan", "three_banks", "acronym_bracket", "credit"],
            firms=[
                f("Đầu tư và Phát triển Việt Nam", "Ngân hàng TMCP"),
                f("Công Thương Việt Nam", "Ngân hàng TMCP"),
                f("Quân đội", "Ngân hàng TMCP"),
                f("Đầu tư KCN Đồng Xoài Green", "Công ty CP"),
            ],
            money=[m(2600 * B, "VND")],
            deals=[
                deal(
                    "cooperation", ["Đầu tư và Phát triển Việt Nam", "Đầu tư KCN Đồng Xoài Green"], 2600 * B
                ),
                deal("cooperation", ["Công Thương Việt Nam", "Đầu tư KCN Đồng Xoài Green"], 2600 * B),
                deal("cooperation", ["Quân đội", "Đầu tư KCN Đồng Xoài Green"], 2600 * B),
            ],
            events=[
                ev(
                    "cooperation",
                    [
                        F("Đầu tư và Phát triển Việt Nam"),
                        F("Công Thương Việt Nam"),
                        F("Quân đội"),
                        F("Đầu tư KCN Đồng Xoài Green"),
                    ],
                    2600 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4306,
            "“Chúng tôi đang đàm phán với hai nhà sản xuất xe điện Hàn Quốc, nhưng chưa có hợp đồng nào được ký”, ông Đỗ Minh Trí, Tổng Giám đốc Công ty CP Cơ khí Việt Trì Auto, nói.",
            "2026-01-14",
            "provincial",
            [
                "quote",
                "negotiation",
                "negated_contract",
                "person_role_after",
                "country_adjective",
                "no_event",
            ],
            persons=[per("Đỗ Minh Trí", "Tổng Giám đốc Công ty CP Cơ khí Việt Trì Auto")],
            firms=[f("Cơ khí Việt Trì Auto", "Công ty CP")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            4307,
            "Nhà đầu tư Hàn Quốc rót 300 triệu USD vào Bắc Ninh: Công ty TNHH Vật liệu Bán dẫn Gia Bình Chem (gọi tắt là GB Chem) sẽ xây nhà máy hóa chất siêu sạch tại KCN Gia Bình II. GB Chem cho biết giai đoạn 1 cần khoảng 120 triệu USD.",
            "2026-06-02",
            "ministry",
            [
                "headline_colon",
                "announced_investment",
                "alias_goi_tat",
                "short_name_later",
                "headline_amount",
                "approx",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Vật liệu Bán dẫn Gia Bình Chem", "Công ty TNHH")],
            money=[m(300 * M, "USD"), m(120 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Gia Bình II"), country("Hàn Quốc")],
            deals=[deal("investment", ["Vật liệu Bán dẫn Gia Bình Chem"], 300 * M, BN)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Vật liệu Bán dẫn Gia Bình Chem")],
                    300 * M,
                    "USD",
                    BN,
                    "announced",
                )
            ],
        ),
        h(
            4308,
            "Theo báo cáo của CBRE, giá thuê nhà xưởng xây sẵn tại Bắc Ninh và Hưng Yên quý III/2025 bình quân 4,9 USD/m2/tháng, tỷ lệ lấp đầy khoảng 91%.",
            "2025-10-15",
            "ministry",
            ["market_report", "price_per_m2_not_money", "percentage", "two_provinces", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Hưng Yên")],
            firms=[f("CBRE")],
            percentages=[91],
            events=[],
        ),
        h(
            4309,
            "Công ty CP Nhà xưởng Xanh Thuận Thành (Thuận Thành Factory) cho biết đã ký hợp đồng cho thuê với 7 khách hàng, trong đó Công ty TNHH Điện tử Nam Sơn Hitec thuê 12.000 m2 và Công ty TNHH Bao bì Hạp Lĩnh Pack thuê 6.500 m2.",
            "2026-03-10",
            "provincial",
            ["factory_for_rent", "counted_then_named", "one_lessor_two_tenants", "area_m2", "count"],
            firms=[
                f("Nhà xưởng Xanh Thuận Thành", "Công ty CP"),
                f("Điện tử Nam Sơn Hitec", "Công ty TNHH"),
                f("Bao bì Hạp Lĩnh Pack", "Công ty TNHH"),
            ],
            areas=[ha(1.2), ha(0.65)],
            quantities=[c(7, "khách hàng")],
            deals=[
                deal("cooperation", ["Điện tử Nam Sơn Hitec", "Nhà xưởng Xanh Thuận Thành"]),
                deal("cooperation", ["Bao bì Hạp Lĩnh Pack", "Nhà xưởng Xanh Thuận Thành"]),
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Điện tử Nam Sơn Hitec"), F("Nhà xưởng Xanh Thuận Thành")],
                    None,
                    None,
                    None,
                    "signed",
                ),
                ev(
                    "cooperation",
                    [F("Bao bì Hạp Lĩnh Pack"), F("Nhà xưởng Xanh Thuận Thành")],
                    None,
                    None,
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            4310,
            "Công ty CP Đầu tư KCN Đồng Xoài Green sẽ ký hợp đồng thuê đất với Tập đoàn Lốp xe Sailun Tire vào tuần tới, theo một lãnh đạo công ty.",
            "2026-04-03",
            "provincial",
            ["future_signing", "announced_lease"],
            firms=[f("Đầu tư KCN Đồng Xoài Green", "Công ty CP"), f("Lốp xe Sailun Tire", "Tập đoàn")],
            deals=[deal("cooperation", ["Lốp xe Sailun Tire", "Đầu tư KCN Đồng Xoài Green"])],
            events=[
                ev(
                    "cooperation",
                    [F("Lốp xe Sailun Tire"), F("Đầu tư KCN Đồng Xoài Green")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
    ]
    # --- mixed regional rows: long sentences, several events, quotes, lists, NFD and old tone ---
    rows += [
        h(
            4311,
            "Phát biểu tại lễ ký kết sáng 12/9, ông Hoàng Văn Nghiệm, Chủ tịch HĐQT Công ty CP Cơ khí Chính xác Móng Cái Tech, cho biết: “Hợp đồng trị giá 5,6 triệu USD với Denso là đơn hàng lớn nhất từ trước đến nay của chúng tôi”, đồng thời khẳng định công ty sẽ mở thêm xưởng gia công CNC tại KCN Cảng biển Hải Hà trong năm 2026.",
            "2025-09-13",
            "provincial",
            ["quote", "contract_in_quote", "person_role_after", "future_expansion_no_amount", "deal_date"],
            persons=[per("Hoàng Văn Nghiệm", "Chủ tịch HĐQT Công ty CP Cơ khí Chính xác Móng Cái Tech")],
            firms=[f("Cơ khí Chính xác Móng Cái Tech", "Công ty CP"), f("Denso")],
            money=[m(5.6 * M, "USD")],
            locations=[park("Khu công nghiệp Cảng biển Hải Hà")],
            deals=[
                deal(
                    "supply_contract",
                    ["Cơ khí Chính xác Móng Cái Tech", "Denso"],
                    5.6 * M,
                    None,
                    "2025-09-12",
                ),
                deal("investment", ["Cơ khí Chính xác Móng Cái Tech"]),
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Chính xác Móng Cái Tech"), F("Denso")],
                    5.6 * M,
                    "USD",
                    None,
                    "signed",
                ),
                ev(
                    "investment_announcement",
                    [F("Cơ khí Chính xác Móng Cái Tech")],
                    None,
                    None,
                    None,
                    "announced",
                ),
            ],
        ),
        h(
            4312,
            "Trong tháng 11, tại KCN Quế Võ II đã diễn ra ba sự kiện: Công ty TNHH Kết nối Điện tử Phượng Mao (Trung Quốc) khởi công nhà máy đầu nối USB, vốn 25 triệu USD; Công ty TNHH Nhựa Việt Hùng khánh thành xưởng ép phun thứ hai; và Ngân hàng TMCP Á Châu ký hợp đồng tín dụng 90 tỷ đồng với Công ty TNHH Nhựa Việt Hùng.",
            "2025-12-01",
            "provincial",
            [
                "three_events_one_paragraph",
                "groundbreaking",
                "inauguration_no_amount",
                "credit",
                "month_not_date",
                "country_bracket",
            ],
            firms=[
                f("Kết nối Điện tử Phượng Mao", "Công ty TNHH"),
                f("Nhựa Việt Hùng", "Công ty TNHH"),
                f("Á Châu", "Ngân hàng TMCP"),
            ],
            money=[m(25 * M, "USD"), m(90 * B, "VND")],
            locations=[park("Khu công nghiệp Quế Võ II"), country("Trung Quốc")],
            deals=[
                deal("groundbreaking", ["Kết nối Điện tử Phượng Mao"], 25 * M),
                deal("cooperation", ["Á Châu", "Nhựa Việt Hùng"], 90 * B),
            ],
            events=[
                ev("groundbreaking", [F("Kết nối Điện tử Phượng Mao")], 25 * M, "USD", None, "started"),
                ev("inauguration", [F("Nhựa Việt Hùng")], None, None, None, "completed"),
                ev("cooperation", [F("Á Châu"), F("Nhựa Việt Hùng")], 90 * B, "VND", None, "signed"),
            ],
        ),
        h(
            4313,
            "Để có đơn hàng từ các hãng xe, doanh nghiệp cơ khí phải đạt chứng chỉ IATF 16949; hiện cả tỉnh Hà Tĩnh mới có 3 doanh nghiệp đạt chuẩn này, theo Sở Công Thương.",
            "2025-09-30",
            "provincial",
            ["certificate_not_licence", "count", "bare_so_org", "no_event"],
            organizations=["Sở Công Thương"],
            provinces=[pv("Hà Tĩnh")],
            quantities=[c(3, "doanh nghiệp")],
            events=[],
        ),
        h(
            4314,
            "Công ty TNHH Sản xuất Phụ tùng Xe máy Yên Dũng Parts (gọi tắt là YD Parts) vừa được Ban Quản lý các KCN tỉnh Bắc Ninh cấp giấy chứng nhận đăng ký đầu tư dự án mở rộng tại KCN Quang Châu, vốn 230 tỷ đồng. Trước đó, YD Parts đã ký hợp đồng cung cấp bánh răng cho Honda Việt Nam đến năm 2028.",
            "2025-06-12",
            "provincial",
            [
                "nfd",
                "passive_licence",
                "alias_goi_tat",
                "short_name_later",
                "recalled_contract_truoc_do",
                "granting_body_province",
            ],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Sản xuất Phụ tùng Xe máy Yên Dũng Parts", "Công ty TNHH"), f("Honda")],
            money=[m(230 * B, "VND")],
            locations=[park("Khu công nghiệp Quang Châu")],
            deals=[
                deal("investment", ["Sản xuất Phụ tùng Xe máy Yên Dũng Parts"], 230 * B, BN),
                deal("supply_contract", ["Sản xuất Phụ tùng Xe máy Yên Dũng Parts", "Honda"]),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Bắc Ninh"), F("Sản xuất Phụ tùng Xe máy Yên Dũng Parts")],
                    230 * B,
                    "VND",
                    BN,
                    "licensed",
                )
            ],
        ),
        h(
            4315,
            "Các dự án được trao chứng nhận gồm: Một là, nhà máy bản lề và ray trượt nội thất của Công ty TNHH Phụ kiện Nội thất Hòa Cầm Hardware (Đài Loan), vốn 22 triệu USD; Hai là, xưởng mạ kẽm của Công ty CP Kim khí Liên Chiểu, vốn 140 tỷ đồng.",
            "2025-11-07",
            "provincial",
            ["list_mot_la", "furniture_hardware", "licence_no_grantor_in_row", "country_bracket"],
            firms=[
                f("Phụ kiện Nội thất Hòa Cầm Hardware", "Công ty TNHH"),
                f("Kim khí Liên Chiểu", "Công ty CP"),
            ],
            money=[m(22 * M, "USD"), m(140 * B, "VND")],
            locations=[country("Đài Loan")],
            deals=[
                deal("investment", ["Phụ kiện Nội thất Hòa Cầm Hardware"], 22 * M),
                deal("investment", ["Kim khí Liên Chiểu"], 140 * B),
            ],
            events=[
                ev(
                    "investment_licence",
                    [F("Phụ kiện Nội thất Hòa Cầm Hardware")],
                    22 * M,
                    "USD",
                    None,
                    "licensed",
                ),
                ev("investment_licence", [F("Kim khí Liên Chiểu")], 140 * B, "VND", None, "licensed"),
            ],
        ),
        h(
            4316,
            "Công ty CP Đóng tàu Sông Gianh Marine vừa bàn giao cho Công ty TNHH Vận tải Biển Nhật Lệ Shipping tàu chở hàng thứ hai theo hợp đồng đóng mới ký năm 2024.",
            "2025-12-22",
            "provincial",
            ["nfd", "handover_under_contract", "recalled_contract", "shipbuilding", "no_event"],
            firms=[
                f("Đóng tàu Sông Gianh Marine", "Công ty CP"),
                f("Vận tải Biển Nhật Lệ Shipping", "Công ty TNHH"),
            ],
            deals=[deal("supply_contract", ["Đóng tàu Sông Gianh Marine", "Vận tải Biển Nhật Lệ Shipping"])],
            events=[],
        ),
        h(
            4317,
            "Năm 2025, Sở Công Thương tỉnh Quảng Trị hỗ trợ 1,2 tỷ đồng cho Công ty TNHH Cơ khí Đồng Hới Steel để đổi mới dây chuyền hàn tự động theo chương trình khuyến công.",
            "2025-12-29",
            "provincial",
            ["support_grant", "no_deal", "no_event"],
            organizations=["Sở Công Thương tỉnh Quảng Trị"],
            provinces=[pv("Quảng Trị")],
            firms=[f("Cơ khí Đồng Hới Steel", "Công ty TNHH")],
            money=[m(1.2 * B, "VND")],
            events=[],
        ),
        h(
            4318,
            "Hưng Yên: Liên Hà Thái đón thêm dự án sợi 95 triệu USD\nBan Quản lý Khu kinh tế và các KCN tỉnh Hưng Yên vừa trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Sợi Thái Thụy Fibre (Trung Quốc) thực hiện dự án sợi polyester tái chế tại KCN Liên Hà Thái, vốn 95 triệu USD.",
            "2025-09-03",
            "provincial",
            [
                "region_prefix",
                "headline_line",
                "licence",
                "repeated_amount",
                "granting_body_province",
                "country_bracket",
            ],
            organizations=["Ban Quản lý Khu kinh tế và các Khu công nghiệp tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            firms=[f("Sợi Thái Thụy Fibre", "Công ty TNHH")],
            money=[m(95 * M, "USD")],
            locations=[park("Khu công nghiệp Liên Hà Thái"), country("Trung Quốc")],
            deals=[deal("investment", ["Sợi Thái Thụy Fibre"], 95 * M, HY)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế và các KCN tỉnh Hưng Yên"), F("Sợi Thái Thụy Fibre")],
                    95 * M,
                    "USD",
                    HY,
                    "licensed",
                )
            ],
        ),
        h(
            4319,
            "Đính chính: Đơn vị bị xử phạt 340 triệu đồng vì vi phạm môi trường là Công ty CP Gang thép Kỳ Anh Xanh, không phải Công ty CP Thép Hoà Bình Hà Tĩnh như bài trước đã nêu.",
            "2025-07-28",
            "provincial",
            ["old_tone", "correction_note", "fine_money_only", "province_names_in_firm_name", "no_event"],
            firms=[f("Gang thép Kỳ Anh Xanh", "Công ty CP"), f("Thép Hòa Bình Hà Tĩnh", "Công ty CP")],
            money=[m(340 * M, "VND")],
            events=[],
        ),
        h(
            4320,
            "Sáng 3/12, tại TP. Vinh, UBND tỉnh Hà Tĩnh và Tập đoàn Điện tử Hồng Lĩnh Tech ký thỏa thuận hợp tác hỗ trợ đào tạo nhân lực điện tử cho địa phương.",
            "2025-12-04",
            "provincial",
            ["state_firm_mou_support", "government_party", "no_deal", "city_not_province"],
            organizations=["Ủy ban nhân dân tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Điện tử Hồng Lĩnh Tech", "Tập đoàn")],
            events=[
                ev("mou", [G("UBND tỉnh Hà Tĩnh"), F("Điện tử Hồng Lĩnh Tech")], None, None, None, "signed")
            ],
        ),
    ]
    # --- more provincial rows: decisions, persons, plans, cumulative figures and further deals ---
    rows += [
        h(
            4321,
            "UBND tỉnh Quảng Ninh ban hành Quyết định số 3120/QĐ-UBND ngày 28/10/2025 phê duyệt Đề án phát triển công nghiệp hỗ trợ giai đoạn 2026-2030, phấn đấu có 150 doanh nghiệp công nghiệp hỗ trợ vào năm 2030.",
            "2025-11-03",
            "legal",
            ["decision_with_date", "plan", "count", "no_firm", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            decisions=[d("3120/QĐ-UBND", "2025-10-28")],
            quantities=[c(150, "doanh nghiệp")],
            events=[],
        ),
        h(
            4322,
            "Tham dự có đồng chí Hồ Văn Mười, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lâm Đồng; ông Takeshi Ono, Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh.",
            "2025-10-31",
            "provincial",
            ["attendee_list", "dong_chi", "role_with_comma", "consul", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            persons=[
                per("Hồ Văn Mười", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lâm Đồng"),
                per("Takeshi Ono", "Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh"),
            ],
            provinces=[pv("Lâm Đồng"), pv("Hồ Chí Minh")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            4323,
            "Đến nay, KCN Đông Mai đã cho thuê 96% diện tích đất công nghiệp, thu hút 27 dự án với tổng vốn gần 700 triệu USD và tạo việc làm cho hơn 8.000 lao động.",
            "2025-12-20",
            "provincial",
            ["cumulative", "percentage", "count", "approx", "no_event"],
            money=[m(700 * M, "USD", approx=True)],
            percentages=[96],
            quantities=[c(27, "dự án"), c(8000, "lao động", True)],
            locations=[park("Khu công nghiệp Đông Mai")],
            events=[],
        ),
        h(
            4324,
            "Công ty TNHH Bao bì Đông Triều Pack đã ký hợp đồng cung cấp thùng carton cho Công ty TNHH Điện tử Cẩm Phả Smart và Công ty TNHH Foxlink Quảng Yên, tổng giá trị khoảng 60 tỷ đồng mỗi năm.",
            "2026-02-25",
            "provincial",
            ["one_supplier_two_buyers", "supply_contract", "per_year", "approx"],
            firms=[
                f("Bao bì Đông Triều Pack", "Công ty TNHH"),
                f("Điện tử Cẩm Phả Smart", "Công ty TNHH"),
                f("Foxlink Quảng Yên", "Công ty TNHH"),
            ],
            money=[m(60 * B, "VND", "year", True)],
            deals=[
                deal("supply_contract", ["Bao bì Đông Triều Pack", "Điện tử Cẩm Phả Smart"], 60 * B),
                deal("supply_contract", ["Bao bì Đông Triều Pack", "Foxlink Quảng Yên"], 60 * B),
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Bao bì Đông Triều Pack"), F("Điện tử Cẩm Phả Smart")],
                    60 * B,
                    "VND",
                    None,
                    "signed",
                ),
                ev(
                    "supply_contract",
                    [F("Bao bì Đông Triều Pack"), F("Foxlink Quảng Yên")],
                    60 * B,
                    "VND",
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            4325,
            "Lạng Sơn đặt mục tiêu đến năm 2030 hình thành 6 khu công nghiệp với tổng diện tích khoảng 2.700 ha, trong đó KCN Hữu Lũng rộng hơn 1.000 ha.",
            "2025-08-26",
            "provincial",
            ["plan", "count", "area", "approx", "no_event"],
            provinces=[pv("Lạng Sơn")],
            quantities=[c(6, "khu công nghiệp")],
            areas=[ha(2700, True), ha(1000, True)],
            locations=[park("Khu công nghiệp Hữu Lũng")],
            events=[],
        ),
        h(
            4326,
            "Tổng công ty Thương mại Kỳ Lừa và Công ty CP Vận tải Quốc tế Đồng Đăng Express ký hợp đồng vận chuyển trái cây xuất khẩu qua cửa khẩu Hữu Nghị, giá trị khoảng 18 tỷ đồng mỗi năm.",
            "2025-07-24",
            "provincial",
            ["transport_contract", "supply_contract", "per_year", "approx"],
            firms=[
                f("Thương mại Kỳ Lừa", "Tổng công ty"),
                f("Vận tải Quốc tế Đồng Đăng Express", "Công ty CP"),
            ],
            money=[m(18 * B, "VND", "year", True)],
            deals=[
                deal("supply_contract", ["Vận tải Quốc tế Đồng Đăng Express", "Thương mại Kỳ Lừa"], 18 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Vận tải Quốc tế Đồng Đăng Express"), F("Thương mại Kỳ Lừa")],
                    18 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4327,
            "Cao Bằng - Ngày 16/9, Công ty CP Khoáng sản Nguyên Bình Xanh khánh thành nhà máy chế biến quặng thiếc tại xã Nguyên Bình, tổng vốn 460 tỷ đồng, sử dụng khoảng 300 lao động địa phương.",
            "2025-09-17",
            "provincial",
            ["region_prefix", "inauguration", "count", "approx", "commune_no_location", "deal_date"],
            provinces=[pv("Cao Bằng")],
            firms=[f("Khoáng sản Nguyên Bình Xanh", "Công ty CP")],
            money=[m(460 * B, "VND")],
            quantities=[c(300, "lao động", True)],
            deals=[deal("investment", ["Khoáng sản Nguyên Bình Xanh"], 460 * B, None, "2025-09-16")],
            events=[
                ev("inauguration", [F("Khoáng sản Nguyên Bình Xanh")], 460 * B, "VND", None, "completed")
            ],
        ),
        h(
            4328,
            "Ban Quản lý các KCN tỉnh Bắc Ninh cho biết, 10 tháng năm 2026 đã thu hồi giấy chứng nhận của 7 dự án, trong đó có dự án nhà máy dệt nhãn mác của Công ty TNHH Nhãn mác Tiên Sơn Label.",
            "2026-11-06",
            "provincial",
            ["revoked_licence", "count", "named_among_revoked", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Nhãn mác Tiên Sơn Label", "Công ty TNHH")],
            quantities=[c(7, "dự án")],
            events=[],
        ),
        h(
            4329,
            "Amkor Technology Việt Nam đã giải ngân khoảng 1,1 tỷ USD cho nhà máy đóng gói và kiểm thử chip tại KCN Yên Phong II-C và đang tuyển thêm 1.000 kỹ sư.",
            "2026-02-18",
            "ministry",
            ["chip_testing", "disbursed_investment", "bare_brand_vietnam_dropped", "approx", "count"],
            firms=[f("Amkor Technology")],
            money=[m(1.1 * B, "USD", approx=True)],
            quantities=[c(1000, "kỹ sư")],
            locations=[park("Khu công nghiệp Yên Phong II-C")],
            deals=[deal("investment", ["Amkor Technology"], 1.1 * B)],
            events=[],
        ),
        h(
            4330,
            "Theo kế hoạch, Công ty TNHH Linh kiện Ô tô Bá Thiện Parts sẽ khởi công nhà máy vào giữa tháng 5 và đưa vào sản xuất từ tháng 6/2027.",
            "2026-03-02",
            "provincial",
            ["planned_groundbreaking", "announced_investment", "no_amount", "month_not_date"],
            firms=[f("Linh kiện Ô tô Bá Thiện Parts", "Công ty TNHH")],
            deals=[deal("investment", ["Linh kiện Ô tô Bá Thiện Parts"])],
            events=[
                ev(
                    "investment_announcement",
                    [F("Linh kiện Ô tô Bá Thiện Parts")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            4331,
            "Vĩnh Phúc (cũ) - Hiệp hội Doanh nghiệp Nhật Bản tại Vĩnh Phúc và Trung tâm Xúc tiến Đầu tư tỉnh Phú Thọ ký biên bản ghi nhớ hợp tác kết nối doanh nghiệp hai nước.",
            "2025-09-19",
            "provincial",
            ["association_and_agency_mou", "government_and_organization_party", "old_province_cu", "no_deal"],
            organizations=[
                "Hiệp hội Doanh nghiệp Nhật Bản tại Vĩnh Phúc",
                "Trung tâm Xúc tiến Đầu tư tỉnh Phú Thọ",
            ],
            provinces=[pv("Vĩnh Phúc"), pv("Phú Thọ")],
            events=[
                ev(
                    "mou",
                    [
                        O("Hiệp hội Doanh nghiệp Nhật Bản tại Vĩnh Phúc"),
                        G("Trung tâm Xúc tiến Đầu tư tỉnh Phú Thọ"),
                    ],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4332,
            "Công ty TNHH Ô tô Tam Dương EV mong muốn được tỉnh tạo điều kiện mở rộng nhà máy lên 50.000 xe/năm, vốn bổ sung khoảng 1.500 tỷ đồng.",
            "2025-10-23",
            "provincial",
            ["wish", "capacity_no_count", "approx", "no_event"],
            firms=[f("Ô tô Tam Dương EV", "Công ty TNHH")],
            money=[m(1500 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            4333,
            "Nam Định: Tập đoàn dệt may Hàn Quốc khởi công nhà máy 1.500 tỷ đồng\nSáng 22/10, Công ty TNHH Dệt Hải Hậu Knit (thuộc Tập đoàn Youngwon Textile, Hàn Quốc) khởi công nhà máy dệt kim và nhuộm tại KCN Rạng Đông, tổng vốn 1.500 tỷ đồng; dự kiến sử dụng khoảng 3.000 lao động.",
            "2024-10-23",
            "provincial",
            [
                "region_prefix",
                "headline_line",
                "groundbreaking",
                "parent_in_bracket",
                "repeated_amount",
                "pre2025",
                "count",
                "approx",
                "deal_date",
            ],
            provinces=[pv("Nam Định")],
            firms=[f("Dệt Hải Hậu Knit", "Công ty TNHH"), f("Youngwon Textile", "Tập đoàn")],
            money=[m(1500 * B, "VND")],
            quantities=[c(3000, "lao động", True)],
            locations=[park("Khu công nghiệp Rạng Đông"), country("Hàn Quốc")],
            deals=[deal("groundbreaking", ["Dệt Hải Hậu Knit"], 1500 * B, None, "2024-10-22")],
            events=[ev("groundbreaking", [F("Dệt Hải Hậu Knit")], 1500 * B, "VND", None, "started")],
        ),
        h(
            4334,
            "Theo ông Park Sung-min, Giám đốc Công ty TNHH Dệt Hải Hậu Knit, toàn bộ sản phẩm sẽ xuất sang Mỹ và châu Âu.",
            "2024-10-23",
            "provincial",
            ["theo_person", "person_role_after", "export_markets", "no_event"],
            persons=[per("Park Sung-min", "Giám đốc Công ty TNHH Dệt Hải Hậu Knit")],
            firms=[f("Dệt Hải Hậu Knit", "Công ty TNHH")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            4335,
            "Hà Nam (cũ) - Công ty CP Phát triển KCN Đồng Văn Xanh và Công ty TNHH Thiết bị Y tế Kim Bảng Medical (Hàn Quốc) ký hợp đồng nguyên tắc thuê 3,2 ha đất tại KCN Đồng Văn V.",
            "2025-05-27",
            "provincial",
            ["old_province_cu", "principle_lease", "park_developer", "area", "country_bracket"],
            provinces=[pv("Hà Nam")],
            firms=[
                f("Phát triển KCN Đồng Văn Xanh", "Công ty CP"),
                f("Thiết bị Y tế Kim Bảng Medical", "Công ty TNHH"),
            ],
            areas=[ha(3.2)],
            locations=[park("Khu công nghiệp Đồng Văn V"), country("Hàn Quốc")],
            deals=[deal("cooperation", ["Thiết bị Y tế Kim Bảng Medical", "Phát triển KCN Đồng Văn Xanh"])],
            events=[
                ev(
                    "cooperation",
                    [F("Thiết bị Y tế Kim Bảng Medical"), F("Phát triển KCN Đồng Văn Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4336,
            "Ngày 5/1/2026, UBND tỉnh Ninh Bình có Quyết định số 27/QĐ-UBND chấm dứt hoạt động dự án nhà máy may của Công ty TNHH May Lý Nhân Garment vì quá hạn đưa vào hoạt động.",
            "2026-01-08",
            "legal",
            ["terminated_project", "decision_date_before", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Ninh Bình"],
            provinces=[pv("Ninh Bình")],
            firms=[f("May Lý Nhân Garment", "Công ty TNHH")],
            decisions=[d("27/QĐ-UBND", "2026-01-05")],
            events=[],
        ),
        h(
            4337,
            "Công ty CP Sợi Thiên Trường cho biết đã nhận đơn hàng sợi từ Tập đoàn May Phố Hiến cho quý I/2026, trị giá khoảng 92 tỷ đồng.",
            "2025-12-15",
            "provincial",
            ["order_received", "supply_contract", "approx", "quarter_not_date"],
            firms=[f("Sợi Thiên Trường", "Công ty CP"), f("May Phố Hiến", "Tập đoàn")],
            money=[m(92 * B, "VND", approx=True)],
            deals=[deal("supply_contract", ["Sợi Thiên Trường", "May Phố Hiến"], 92 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Sợi Thiên Trường"), F("May Phố Hiến")],
                    92 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4338,
            "Hưng Yên hiện có 14 khu công nghiệp đang hoạt động; khu vực Thái Bình cũ đóng góp 5 khu với tỷ lệ lấp đầy bình quân 63%.",
            "2025-10-30",
            "provincial",
            ["stats", "old_province_lower_cu", "count", "percentage", "no_event"],
            provinces=[pv("Hưng Yên"), pv("Thái Bình")],
            percentages=[63],
            quantities=[c(14, "khu công nghiệp")],
            events=[],
        ),
        h(
            4339,
            "Dù Công ty TNHH Điện cơ Thụy Liên Fan đã ký hợp đồng EPC trị giá 620 tỷ đồng với Công ty CP Xây dựng Công nghiệp Đình Bảng từ tháng 3, đến nay nhà máy vẫn chưa được khởi công do vướng giải phóng mặt bằng.",
            "2025-08-14",
            "provincial",
            ["epc_contract", "recalled_contract", "negated_groundbreaking", "month_not_date", "no_event"],
            firms=[
                f("Điện cơ Thụy Liên Fan", "Công ty TNHH"),
                f("Xây dựng Công nghiệp Đình Bảng", "Công ty CP"),
            ],
            money=[m(620 * B, "VND")],
            deals=[
                deal("supply_contract", ["Xây dựng Công nghiệp Đình Bảng", "Điện cơ Thụy Liên Fan"], 620 * B)
            ],
            events=[],
        ),
        h(
            4340,
            "Công ty TNHH Ô tô Hàm Nghi Motors (gọi tắt là HNM) vừa ký hợp đồng mua 120 tỷ đồng thiết bị hàn robot của Tập đoàn Kuka Robotics (Đức) cho xưởng thân vỏ tại KCN Vũ Quang.",
            "2026-06-16",
            "provincial",
            ["equipment_purchase", "buyer_first", "supply_contract", "alias_goi_tat", "country_bracket"],
            firms=[f("Ô tô Hàm Nghi Motors", "Công ty TNHH"), f("Kuka Robotics", "Tập đoàn")],
            money=[m(120 * B, "VND")],
            locations=[park("Khu công nghiệp Vũ Quang"), country("Đức")],
            deals=[deal("supply_contract", ["Kuka Robotics", "Ô tô Hàm Nghi Motors"], 120 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Kuka Robotics"), F("Ô tô Hàm Nghi Motors")],
                    120 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
    ]
    # --- further shapes: bylines, multi-sentence pages, conference lists, legal notes, NFD and old tone ---
    rows += [
        h(
            4341,
            "Đắk Lắk ký kết hàng loạt biên bản ghi nhớ tại Hội nghị xúc tiến đầu tư\nTại hội nghị sáng 8/8, UBND tỉnh Đắk Lắk trao quyết định chủ trương đầu tư cho 6 dự án và ký biên bản ghi nhớ với 14 nhà đầu tư, tổng vốn đăng ký hơn 62.000 tỷ đồng. Trong đó, Tập đoàn Năng lượng Tuy Hòa Green ký biên bản ghi nhớ đầu tư nhà máy điện khí LNG Phú Yên 2, vốn khoảng 48.000 tỷ đồng.\nThanh Hà",
            "2025-08-09",
            "provincial",
            [
                "headline_line",
                "promotion_conference",
                "mass_mou",
                "one_named",
                "government_firm_mou",
                "byline_no_person",
                "province_in_plant_name",
                "count",
                "approx",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân tỉnh Đắk Lắk"],
            provinces=[pv("Đắk Lắk"), pv("Phú Yên")],
            firms=[f("Năng lượng Tuy Hòa Green", "Tập đoàn")],
            money=[m(62000 * B, "VND", approx=True), m(48000 * B, "VND", approx=True)],
            quantities=[c(6, "dự án"), c(14, "nhà đầu tư")],
            deals=[deal("investment", ["Năng lượng Tuy Hòa Green"], 48000 * B, DL, "2025-08-08")],
            events=[
                ev(
                    "mou",
                    [G("UBND tỉnh Đắk Lắk"), F("Năng lượng Tuy Hòa Green")],
                    48000 * B,
                    "VND",
                    DL,
                    "signed",
                )
            ],
        ),
        h(
            4342,
            "Tại hội nghị kết nối cung cầu ngành cơ khí chế tạo ngày 18/11, Công ty CP Cơ khí Hòa Khánh Tech, Công ty TNHH Đúc Liên Chiểu và Công ty CP Robot Sơn Trà ký thỏa thuận hợp tác cung ứng linh kiện cho thị trường Nhật Bản.",
            "2025-11-19",
            "provincial",
            ["business_matching", "three_signers_mou", "country_market", "deal_date"],
            firms=[
                f("Cơ khí Hòa Khánh Tech", "Công ty CP"),
                f("Đúc Liên Chiểu", "Công ty TNHH"),
                f("Robot Sơn Trà", "Công ty CP"),
            ],
            locations=[country("Nhật Bản")],
            deals=[
                deal("mou", ["Cơ khí Hòa Khánh Tech", "Đúc Liên Chiểu"], None, None, "2025-11-18"),
                deal("mou", ["Cơ khí Hòa Khánh Tech", "Robot Sơn Trà"], None, None, "2025-11-18"),
                deal("mou", ["Đúc Liên Chiểu", "Robot Sơn Trà"], None, None, "2025-11-18"),
            ],
            events=[
                ev(
                    "mou",
                    [F("Cơ khí Hòa Khánh Tech"), F("Đúc Liên Chiểu"), F("Robot Sơn Trà")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4343,
            "Sở Tài chính tỉnh Hà Tĩnh (trước đây là Sở Kế hoạch và Đầu tư) cho biết 11 tháng năm 2025 có 412 doanh nghiệp thành lập mới, vốn đăng ký bình quân khoảng 9,8 tỷ đồng mỗi doanh nghiệp.",
            "2025-12-08",
            "provincial",
            ["renamed_department", "period_total", "count", "approx", "no_event"],
            organizations=["Sở Tài chính tỉnh Hà Tĩnh", "Sở Kế hoạch và Đầu tư"],
            provinces=[pv("Hà Tĩnh")],
            money=[m(9.8 * B, "VND", approx=True)],
            quantities=[c(412, "doanh nghiệp")],
            events=[],
        ),
        h(
            4344,
            "Hỏi: Công ty tôi là doanh nghiệp FDI ở Bắc Ninh, muốn góp vốn mua 30% cổ phần của một công ty Việt Nam thì có phải đăng ký với cơ quan nào không?\nTrả lời: Theo Điều 26 Luật Đầu tư số 61/2020/QH14, nhà đầu tư nước ngoài góp vốn, mua cổ phần phải đăng ký trong một số trường hợp.",
            "2025-09-04",
            "legal",
            ["legal_qa", "question", "law_number", "article_not_count", "percentage", "no_event"],
            provinces=[pv("Bắc Ninh")],
            percentages=[30],
            decisions=[d("61/2020/QH14")],
            events=[],
        ),
        h(
            4345,
            "Công ty TNHH Linh kiện Điện tử Từ Sơn Display đã hoàn tất mua lại nhà xưởng 4 ha của Công ty TNHH Giày da Tiên Du trong KCN Tiên Sơn với giá 310 tỷ đồng; Từ Sơn Display cho biết sẽ cải tạo nhà xưởng để sản xuất mô-đun màn hình.",
            "2026-04-14",
            "provincial",
            ["asset_acquisition", "completed", "short_name_later", "area"],
            firms=[
                f("Linh kiện Điện tử Từ Sơn Display", "Công ty TNHH"),
                f("Giày da Tiên Du", "Công ty TNHH"),
            ],
            money=[m(310 * B, "VND")],
            areas=[ha(4)],
            locations=[park("Khu công nghiệp Tiên Sơn")],
            deals=[deal("investment", ["Linh kiện Điện tử Từ Sơn Display"], 310 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Linh kiện Điện tử Từ Sơn Display"), F("Giày da Tiên Du")],
                    310 * B,
                    "VND",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            4346,
            "Hai doanh nghiệp Nhật Bản là Công ty TNHH Cơ khí Chính xác Yên Lạc Seiko và Công ty TNHH Khuôn mẫu Tam Đảo Kanagata vừa được Ban Quản lý các KCN tỉnh Phú Thọ trao giấy chứng nhận đăng ký đầu tư, với tổng vốn 41 triệu USD.",
            "2025-12-11",
            "provincial",
            ["two_investors_one_total", "passive_licence", "country_apposition", "granting_body_province"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Phú Thọ"],
            provinces=[pv("Phú Thọ")],
            firms=[
                f("Cơ khí Chính xác Yên Lạc Seiko", "Công ty TNHH"),
                f("Khuôn mẫu Tam Đảo Kanagata", "Công ty TNHH"),
            ],
            money=[m(41 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[
                deal("investment", ["Cơ khí Chính xác Yên Lạc Seiko"], None, PT),
                deal("investment", ["Khuôn mẫu Tam Đảo Kanagata"], None, PT),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Phú Thọ"), F("Cơ khí Chính xác Yên Lạc Seiko")],
                    None,
                    None,
                    PT,
                    "licensed",
                ),
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Phú Thọ"), F("Khuôn mẫu Tam Đảo Kanagata")],
                    None,
                    None,
                    PT,
                    "licensed",
                ),
            ],
        ),
        h(
            4347,
            "Công ty CP Xi măng Hoàng Mai Xanh và Tập đoàn Taiheiyo Cement (Nhật Bản) ký hợp đồng chuyển giao công nghệ tận dụng nhiệt thải, giá trị 7,5 triệu USD.",
            "2025-06-24",
            "ministry",
            ["technology_transfer", "cooperation", "country_bracket"],
            firms=[f("Xi măng Hoàng Mai Xanh", "Công ty CP"), f("Taiheiyo Cement", "Tập đoàn")],
            money=[m(7.5 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[deal("cooperation", ["Xi măng Hoàng Mai Xanh", "Taiheiyo Cement"], 7.5 * M)],
            events=[
                ev(
                    "cooperation",
                    [F("Xi măng Hoàng Mai Xanh"), F("Taiheiyo Cement")],
                    7.5 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4348,
            "Hà Tĩnh: Nhà máy ắc quy 180 triệu USD chậm tiến độ\nDự án nhà máy ắc quy lithium của Công ty TNHH Pin Kỳ Anh Energy được cấp phép ngày 12/4/2024 với vốn 180 triệu USD, nhưng đến nay mới hoàn thành phần san lấp.",
            "2025-09-10",
            "provincial",
            [
                "region_prefix",
                "headline_line",
                "recalled_licence_with_date",
                "delayed_project",
                "repeated_amount",
            ],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Pin Kỳ Anh Energy", "Công ty TNHH")],
            money=[m(180 * M, "USD")],
            deals=[deal("investment", ["Pin Kỳ Anh Energy"], 180 * M, None, "2024-04-12")],
            events=[],
        ),
        h(
            4349,
            "Công ty CP Cảng Hòn La Xanh thông qua kế hoạch tăng vốn điều lệ từ 600 tỷ đồng lên 900 tỷ đồng bằng hình thức chào bán cho cổ đông hiện hữu.",
            "2026-04-23",
            "ministry",
            ["charter_capital_increase", "rights_issue", "no_counterparty", "no_event"],
            firms=[f("Cảng Hòn La Xanh", "Công ty CP")],
            money=[m(600 * B, "VND"), m(900 * B, "VND")],
            events=[],
        ),
        h(
            4350,
            "Khánh Hòa - Sáng 11/3, tại KCN Du Long, Công ty TNHH Thiết bị Điện Phan Rang Electric (Hàn Quốc) và Công ty CP Tấm pin Ninh Hải Solar cùng động thổ hai nhà máy với tổng vốn 86 triệu USD.",
            "2026-03-12",
            "provincial",
            [
                "nfd",
                "region_prefix",
                "joint_groundbreaking",
                "total_for_each",
                "number_word_not_count",
                "country_bracket",
                "deal_date",
            ],
            provinces=[pv("Khánh Hòa")],
            firms=[
                f("Thiết bị Điện Phan Rang Electric", "Công ty TNHH"),
                f("Tấm pin Ninh Hải Solar", "Công ty CP"),
            ],
            money=[m(86 * M, "USD")],
            locations=[park("Khu công nghiệp Du Long"), country("Hàn Quốc")],
            deals=[
                deal("groundbreaking", ["Thiết bị Điện Phan Rang Electric"], 86 * M, None, "2026-03-11"),
                deal("groundbreaking", ["Tấm pin Ninh Hải Solar"], 86 * M, None, "2026-03-11"),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Thiết bị Điện Phan Rang Electric"), F("Tấm pin Ninh Hải Solar")],
                    86 * M,
                    "USD",
                    None,
                    "started",
                )
            ],
        ),
        h(
            4351,
            "Công ty CP Thủy điện Đắk R'Lấp Xanh đã vay 420 tỷ đồng từ Ngân hàng TMCP Sài Gòn Thương Tín (Sacombank) để xây nhà máy thủy điện nhỏ 24 MW tại tỉnh Lâm Đồng.",
            "2025-07-01",
            "provincial",
            ["loan_from_bank", "credit", "acronym_bracket", "project_province", "capacity_no_count"],
            provinces=[pv("Lâm Đồng")],
            firms=[f("Thủy điện Đắk R'Lấp Xanh", "Công ty CP"), f("Sài Gòn Thương Tín", "Ngân hàng TMCP")],
            money=[m(420 * B, "VND")],
            deals=[deal("cooperation", ["Sài Gòn Thương Tín", "Thủy điện Đắk R'Lấp Xanh"], 420 * B, LD)],
            events=[
                ev(
                    "cooperation",
                    [F("Sài Gòn Thương Tín"), F("Thủy điện Đắk R'Lấp Xanh")],
                    420 * B,
                    "VND",
                    LD,
                    "signed",
                )
            ],
        ),
        h(
            4352,
            "Ban Quản lý Khu kinh tế Quảng Ninh cho biết đang thẩm định hồ sơ của Tập đoàn Pin Năng lượng Sunrise Power (Trung Quốc) xin đầu tư nhà máy cell pin 400 triệu USD tại KCN Sông Khoai, chưa cấp phép.",
            "2026-05-19",
            "provincial",
            ["application_under_review", "not_yet_licensed", "country_bracket", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Pin Năng lượng Sunrise Power", "Tập đoàn")],
            money=[m(400 * M, "USD")],
            locations=[park("Khu công nghiệp Sông Khoai"), country("Trung Quốc")],
            events=[],
        ),
        h(
            4353,
            "Công ty TNHH Cáp Điện Yên Hưng (Yên Hưng Cable) cho biết đã ký hợp đồng cung cấp bó dây điện cho Tập đoàn Ô tô Phong Châu Motors từ tháng 1/2027; giá trị ước khoảng 300 tỷ đồng trong 3 năm đầu.",
            "2026-10-20",
            "provincial",
            ["alias_bracket", "supply_contract", "approx", "duration_not_count"],
            firms=[f("Cáp Điện Yên Hưng", "Công ty TNHH"), f("Ô tô Phong Châu Motors", "Tập đoàn")],
            money=[m(300 * B, "VND", approx=True)],
            deals=[deal("supply_contract", ["Cáp Điện Yên Hưng", "Ô tô Phong Châu Motors"], 300 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cáp Điện Yên Hưng"), F("Ô tô Phong Châu Motors")],
                    300 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4354,
            "Theo Quyết định số 1255/QĐ-TTg ngày 14/10/2025 của Thủ tướng Chính phủ, KCN Hòa Hiệp 3 được bổ sung vào quy hoạch với diện tích 320 ha.",
            "2025-10-20",
            "legal",
            ["pm_decision", "decision_with_date", "park_plan", "area", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1255/QĐ-TTg", "2025-10-14")],
            areas=[ha(320)],
            locations=[park("Khu công nghiệp Hòa Hiệp 3")],
            events=[],
        ),
        h(
            4355,
            "Doanh nghiệp nhỏ và vừa ở Lâm Đồng khó tiếp cận tín dụng xanh vì thiếu báo cáo phát thải, theo bà Nguyễn Thị Mai, Phó Giám đốc Ngân hàng Nhà nước chi nhánh Khu vực 10.",
            "2025-11-13",
            "ministry",
            ["green_credit_general", "person_role_after", "central_bank_branch", "no_event"],
            organizations=["Ngân hàng Nhà nước chi nhánh Khu vực 10"],
            persons=[per("Nguyễn Thị Mai", "Phó Giám đốc Ngân hàng Nhà nước chi nhánh Khu vực 10")],
            provinces=[pv("Lâm Đồng")],
            events=[],
        ),
        h(
            4356,
            "Công ty CP Thép Hoà Bình Hà Tĩnh và Tổng công ty Lắp máy Miền Trung ký hợp đồng lắp đặt dây chuyền cán thép, trị giá 265 tỷ đồng.",
            "2025-10-09",
            "provincial",
            ["old_tone", "installation_contract", "supply_contract", "province_names_in_firm_name"],
            firms=[f("Thép Hòa Bình Hà Tĩnh", "Công ty CP"), f("Lắp máy Miền Trung", "Tổng công ty")],
            money=[m(265 * B, "VND")],
            deals=[deal("supply_contract", ["Lắp máy Miền Trung", "Thép Hòa Bình Hà Tĩnh"], 265 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Lắp máy Miền Trung"), F("Thép Hòa Bình Hà Tĩnh")],
                    265 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4357,
            "Sáng 25/9, UBND tỉnh Lạng Sơn tổ chức lễ khởi công 3 dự án tại KCN Đồng Bành, gồm nhà máy gỗ ghép của Công ty TNHH Gỗ Chi Lăng Timber, vốn 420 tỷ đồng, và nhà máy phân bón của Công ty CP Phân bón Mẫu Sơn, vốn 180 tỷ đồng.",
            "2025-09-26",
            "provincial",
            ["province_groundbreaking_list", "government_party", "count", "deal_date", "unnamed_rest"],
            organizations=["Ủy ban nhân dân tỉnh Lạng Sơn"],
            provinces=[pv("Lạng Sơn")],
            firms=[f("Gỗ Chi Lăng Timber", "Công ty TNHH"), f("Phân bón Mẫu Sơn", "Công ty CP")],
            money=[m(420 * B, "VND"), m(180 * B, "VND")],
            quantities=[c(3, "dự án")],
            locations=[park("Khu công nghiệp Đồng Bành")],
            deals=[
                deal("groundbreaking", ["Gỗ Chi Lăng Timber"], 420 * B, LS, "2025-09-25"),
                deal("groundbreaking", ["Phân bón Mẫu Sơn"], 180 * B, LS, "2025-09-25"),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [G("UBND tỉnh Lạng Sơn"), F("Gỗ Chi Lăng Timber")],
                    420 * B,
                    "VND",
                    LS,
                    "started",
                ),
                ev(
                    "groundbreaking",
                    [G("UBND tỉnh Lạng Sơn"), F("Phân bón Mẫu Sơn")],
                    180 * B,
                    "VND",
                    LS,
                    "started",
                ),
            ],
        ),
        h(
            4358,
            "Tập đoàn Hạ tầng Sumi Park cho biết sẽ rót thêm khoảng 150 triệu USD để mở rộng KCN Thuận Thành Tây thêm 200 ha sau khi hoàn tất thương vụ.",
            "2026-01-07",
            "ministry",
            ["announced_investment", "approx", "area", "follow_up_to_acquisition"],
            firms=[f("Hạ tầng Sumi Park", "Tập đoàn")],
            money=[m(150 * M, "USD", approx=True)],
            areas=[ha(200)],
            locations=[park("Khu công nghiệp Thuận Thành Tây")],
            deals=[deal("investment", ["Hạ tầng Sumi Park"], 150 * M)],
            events=[
                ev("investment_announcement", [F("Hạ tầng Sumi Park")], 150 * M, "USD", None, "announced")
            ],
        ),
        h(
            4359,
            "Công ty TNHH Gỗ Nội thất Thạch Hà Wood chưa ký hợp đồng thuê đất với VSIP Hà Tĩnh như dự kiến vì đang chờ điều chỉnh quy hoạch.",
            "2025-10-15",
            "provincial",
            ["negated_lease", "bare_foreign_firm_place", "no_event"],
            firms=[f("Gỗ Nội thất Thạch Hà Wood", "Công ty TNHH"), f("VSIP Hà Tĩnh")],
            events=[],
        ),
        h(
            4360,
            "Sóc Trăng (cũ) - Công ty TNHH Thủy sản Vĩnh Châu Foods được Ban Quản lý các KCN thành phố Cần Thơ cấp điều chỉnh giấy chứng nhận, tăng vốn thêm 150 tỷ đồng để xây kho lạnh 10.000 tấn.",
            "2025-11-28",
            "provincial",
            [
                "old_province_cu",
                "passive_licence",
                "capital_increase_amount",
                "granting_body_province",
                "tonnage_capacity",
            ],
            organizations=["Ban Quản lý các Khu công nghiệp thành phố Cần Thơ"],
            provinces=[pv("Sóc Trăng"), pv("Cần Thơ")],
            firms=[f("Thủy sản Vĩnh Châu Foods", "Công ty TNHH")],
            money=[m(150 * B, "VND")],
            deals=[deal("investment", ["Thủy sản Vĩnh Châu Foods"], 150 * B, CT)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN thành phố Cần Thơ"), F("Thủy sản Vĩnh Châu Foods")],
                    150 * B,
                    "VND",
                    CT,
                    "licensed",
                )
            ],
        ),
    ]
    # --- closing rows: more hard negatives, other fields and deals in provincial and business copy ---
    rows += [
        h(
            4361,
            "Công ty TNHH Vật liệu Mới Hạ Long Floor vừa ký hợp đồng thuê 14 ha đất với Công ty CP Phát triển KCN Đông Mai Xanh, chủ đầu tư hạ tầng KCN Đông Mai, thời hạn đến năm 2068.",
            "2026-05-05",
            "provincial",
            ["lease", "park_developer_apposition", "year_not_date"],
            firms=[
                f("Vật liệu Mới Hạ Long Floor", "Công ty TNHH"),
                f("Phát triển KCN Đông Mai Xanh", "Công ty CP"),
            ],
            areas=[ha(14)],
            locations=[park("Khu công nghiệp Đông Mai")],
            deals=[deal("cooperation", ["Vật liệu Mới Hạ Long Floor", "Phát triển KCN Đông Mai Xanh"])],
            events=[
                ev(
                    "cooperation",
                    [F("Vật liệu Mới Hạ Long Floor"), F("Phát triển KCN Đông Mai Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4362,
            "Giá trị xuất khẩu của các doanh nghiệp trong Khu kinh tế cửa khẩu Móng Cái năm 2025 đạt gần 2,3 tỷ USD, tăng 14% so với năm 2024.",
            "2026-01-12",
            "provincial",
            ["export_value", "approx", "percentage", "zone", "no_event"],
            money=[m(2.3 * B, "USD", approx=True)],
            percentages=[14],
            locations=[zone("Khu kinh tế cửa khẩu Móng Cái")],
            events=[],
        ),
        h(
            4363,
            "Ông Nguyễn Hữu Thành, Chủ tịch HĐQT Tập đoàn Logistics Phương Bắc Xanh, phủ nhận thông tin tập đoàn sắp bán 51% cổ phần dự án cửa khẩu Tà Lùng cho một quỹ Singapore.",
            "2025-10-27",
            "ministry",
            ["denial", "person_role_after", "percentage", "no_event"],
            persons=[per("Nguyễn Hữu Thành", "Chủ tịch HĐQT Tập đoàn Logistics Phương Bắc Xanh")],
            firms=[f("Logistics Phương Bắc Xanh", "Tập đoàn")],
            percentages=[51],
            locations=[country("Singapore")],
            events=[],
        ),
        h(
            4364,
            "Công ty TNHH Điện tử Quế Võ Hitec chọn Công ty CP Tự động hóa Bắc Ninh Automation làm nhà cung cấp hệ thống băng tải và kho tự động, hợp đồng trị giá 54 tỷ đồng, thi công trong 8 tháng.",
            "2026-02-05",
            "provincial",
            ["supplier_chosen_active", "supply_contract", "province_in_firm_name", "duration_not_count"],
            firms=[
                f("Điện tử Quế Võ Hitec", "Công ty TNHH"),
                f("Tự động hóa Bắc Ninh Automation", "Công ty CP"),
            ],
            money=[m(54 * B, "VND")],
            deals=[
                deal("supply_contract", ["Tự động hóa Bắc Ninh Automation", "Điện tử Quế Võ Hitec"], 54 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Tự động hóa Bắc Ninh Automation"), F("Điện tử Quế Võ Hitec")],
                    54 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4365,
            "Sau khi sáp nhập, tỉnh Bắc Ninh có 42 khu công nghiệp được thành lập với tổng diện tích hơn 13.000 ha, trong đó khu vực Bắc Giang cũ có 15 khu.",
            "2025-08-01",
            "provincial",
            ["stats", "old_province_lower_cu", "count", "area", "approx", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang")],
            quantities=[c(42, "khu công nghiệp")],
            areas=[ha(13000, True)],
            events=[],
        ),
        h(
            4366,
            "Ngày 2/12, Công ty CP Nhựa Kỹ thuật Tiên Du Plas và Công ty TNHH Goertek Vina ký hợp đồng cung ứng vỏ loa thông minh năm 2026, giá trị gần 180 tỷ đồng.",
            "2025-12-03",
            "provincial",
            ["supply_contract", "vina_dropped", "approx", "deal_date"],
            firms=[f("Nhựa Kỹ thuật Tiên Du Plas", "Công ty CP"), f("Goertek", "Công ty TNHH")],
            money=[m(180 * B, "VND", approx=True)],
            deals=[
                deal(
                    "supply_contract", ["Nhựa Kỹ thuật Tiên Du Plas", "Goertek"], 180 * B, None, "2025-12-02"
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Nhựa Kỹ thuật Tiên Du Plas"), F("Goertek")],
                    180 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4367,
            "Phú Thọ: 9 tháng cấp mới 58 dự án FDI với tổng vốn hơn 1,1 tỷ USD; điều chỉnh tăng vốn cho 37 dự án, tăng thêm 412 triệu USD.",
            "2025-10-06",
            "provincial",
            ["region_prefix", "period_total", "count", "approx", "no_event"],
            provinces=[pv("Phú Thọ")],
            money=[m(1.1 * B, "USD", approx=True), m(412 * M, "USD")],
            quantities=[c(58, "dự án"), c(37, "dự án")],
            events=[],
        ),
        h(
            4368,
            "Ninh Bình - Ngày 6/6, UBND tỉnh Ninh Bình trao quyết định chấp thuận nhà đầu tư cho liên danh Công ty CP Đầu tư Hạ tầng Ý Yên Park và Tập đoàn Hạ tầng Sumi Park thực hiện dự án KCN Mỹ Thuận 2, tổng vốn 2.450 tỷ đồng.",
            "2025-06-07",
            "provincial",
            ["consortium_licence", "one_deal_all_members", "region_prefix", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Ninh Bình"],
            provinces=[pv("Ninh Bình")],
            firms=[f("Đầu tư Hạ tầng Ý Yên Park", "Công ty CP"), f("Hạ tầng Sumi Park", "Tập đoàn")],
            money=[m(2450 * B, "VND")],
            locations=[park("Khu công nghiệp Mỹ Thuận 2")],
            deals=[
                deal(
                    "investment",
                    ["Đầu tư Hạ tầng Ý Yên Park", "Hạ tầng Sumi Park"],
                    2450 * B,
                    NB,
                    "2025-06-06",
                )
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Ninh Bình"), F("Đầu tư Hạ tầng Ý Yên Park"), F("Hạ tầng Sumi Park")],
                    2450 * B,
                    "VND",
                    NB,
                    "licensed",
                )
            ],
        ),
        h(
            4369,
            "Bản tin Sở Tài chính: Tuần qua có 3 doanh nghiệp FDI ở Hưng Yên điều chỉnh giảm vốn, tổng cộng giảm 6,4 triệu USD.",
            "2025-11-17",
            "provincial",
            ["capital_reduction_unnamed", "count", "bare_so_org", "no_event"],
            organizations=["Sở Tài chính"],
            provinces=[pv("Hưng Yên")],
            money=[m(6.4 * M, "USD")],
            quantities=[c(3, "doanh nghiệp")],
            events=[],
        ),
        h(
            4370,
            "Công ty CP Dệt lụa Bảo Lộc Silk và Tập đoàn Kawashima Selkon (Nhật Bản) ký biên bản ghi nhớ hợp tác phát triển sản phẩm lụa cao cấp; hai bên dự kiến ký hợp đồng mua bán chính thức vào quý I/2026.",
            "2025-11-06",
            "provincial",
            ["firm_pair_mou", "future_contract_quarter", "hai_ben", "country_bracket"],
            firms=[f("Dệt lụa Bảo Lộc Silk", "Công ty CP"), f("Kawashima Selkon", "Tập đoàn")],
            locations=[country("Nhật Bản")],
            deals=[
                deal("mou", ["Dệt lụa Bảo Lộc Silk", "Kawashima Selkon"]),
                deal("supply_contract", ["Dệt lụa Bảo Lộc Silk", "Kawashima Selkon"]),
            ],
            events=[
                ev("mou", [F("Dệt lụa Bảo Lộc Silk"), F("Kawashima Selkon")], None, None, None, "signed"),
                ev(
                    "supply_contract",
                    [F("Dệt lụa Bảo Lộc Silk"), F("Kawashima Selkon")],
                    None,
                    None,
                    None,
                    "announced",
                ),
            ],
        ),
        h(
            4371,
            "Công ty CP Cà phê Ea Kao Roastery (mã CK: EKR) công bố nghị quyết HĐQT số 19/2025/NQ-HĐQT ngày 2/10/2025 về việc vay Ngân hàng TMCP Đầu tư và Phát triển Việt Nam tối đa 250 tỷ đồng để thu mua cà phê vụ mới.",
            "2025-10-03",
            "ministry",
            [
                "board_loan_approval",
                "announced_cooperation",
                "decision_with_date",
                "up_to_not_approx",
                "stock_code_bracket",
            ],
            firms=[
                f("Cà phê Ea Kao Roastery", "Công ty CP"),
                f("Đầu tư và Phát triển Việt Nam", "Ngân hàng TMCP"),
            ],
            money=[m(250 * B, "VND")],
            decisions=[d("19/2025/NQ-HĐQT", "2025-10-02")],
            deals=[deal("cooperation", ["Cà phê Ea Kao Roastery", "Đầu tư và Phát triển Việt Nam"], 250 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Cà phê Ea Kao Roastery"), F("Đầu tư và Phát triển Việt Nam")],
                    250 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            4372,
            "Tập đoàn Alumin Nhân Cơ Xanh đã khánh thành dây chuyền hoàn nguyên bùn đỏ ngày 19/5 và cùng ngày ký hợp đồng bán alumin cho Công ty TNHH Nhôm Phú Mỹ Metal, giá trị khoảng 120 triệu USD/năm.",
            "2025-05-20",
            "provincial",
            [
                "inauguration_no_amount",
                "cung_ngay_after_date",
                "supply_contract",
                "per_year",
                "approx",
                "deal_date",
            ],
            firms=[f("Alumin Nhân Cơ Xanh", "Tập đoàn"), f("Nhôm Phú Mỹ Metal", "Công ty TNHH")],
            money=[m(120 * M, "USD", "year", True)],
            deals=[
                deal(
                    "supply_contract",
                    ["Alumin Nhân Cơ Xanh", "Nhôm Phú Mỹ Metal"],
                    120 * M,
                    None,
                    "2025-05-19",
                )
            ],
            events=[
                ev("inauguration", [F("Alumin Nhân Cơ Xanh")], None, None, None, "completed"),
                ev(
                    "supply_contract",
                    [F("Alumin Nhân Cơ Xanh"), F("Nhôm Phú Mỹ Metal")],
                    120 * M,
                    "USD",
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            4373,
            "Bà Trần Thị Thu, Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Quảng Trị, cho biết tỉnh sẽ tổ chức đoàn xúc tiến đầu tư tại Nhật Bản và Hàn Quốc vào tháng 10.",
            "2025-08-29",
            "provincial",
            ["person_role_after", "promotion_trip", "two_countries", "no_event"],
            organizations=["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Quảng Trị"],
            persons=[
                per(
                    "Trần Thị Thu", "Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Quảng Trị"
                )
            ],
            provinces=[pv("Quảng Trị")],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            4374,
            "Công ty CP Đầu tư Hạ tầng Sông Hậu Green ký hợp đồng thuê đất dài hạn với Công ty TNHH Chế biến Gạo Kế Sách Rice cho 5,5 ha tại Cụm công nghiệp Kế Sách 1 (TP. Cần Thơ).",
            "2026-03-17",
            "provincial",
            ["lease", "park_developer", "cluster", "province_bracket_after_park", "area"],
            provinces=[pv("Cần Thơ")],
            firms=[
                f("Đầu tư Hạ tầng Sông Hậu Green", "Công ty CP"),
                f("Chế biến Gạo Kế Sách Rice", "Công ty TNHH"),
            ],
            areas=[ha(5.5)],
            locations=[park("Cụm công nghiệp Kế Sách 1")],
            deals=[
                deal("cooperation", ["Chế biến Gạo Kế Sách Rice", "Đầu tư Hạ tầng Sông Hậu Green"], None, CT)
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Chế biến Gạo Kế Sách Rice"), F("Đầu tư Hạ tầng Sông Hậu Green")],
                    None,
                    None,
                    CT,
                    "signed",
                )
            ],
        ),
        h(
            4375,
            "Trong 10 tháng, kim ngạch xuất khẩu gạo của Cần Thơ đạt khoảng 720 triệu USD; Công ty TNHH Chế biến Gạo Kế Sách Rice là một trong 5 doanh nghiệp xuất khẩu lớn nhất.",
            "2025-11-08",
            "provincial",
            ["export_value", "approx", "count", "supplier_without_contract", "no_event"],
            provinces=[pv("Cần Thơ")],
            firms=[f("Chế biến Gạo Kế Sách Rice", "Công ty TNHH")],
            money=[m(720 * M, "USD", approx=True)],
            quantities=[c(5, "doanh nghiệp")],
            events=[],
        ),
        h(
            4376,
            "Công ty TNHH Dệt May Chơn Thành Home đặt hàng Công ty CP Cơ điện Đồng Phú M&E cung cấp và lắp đặt hệ thống xử lý nước thải, giá trị 76 tỷ đồng.",
            "2025-04-16",
            "provincial",
            ["order_placed", "buyer_first", "supply_contract", "ampersand_name"],
            firms=[f("Dệt May Chơn Thành Home", "Công ty TNHH"), f("Cơ điện Đồng Phú M&E", "Công ty CP")],
            money=[m(76 * B, "VND")],
            deals=[deal("supply_contract", ["Cơ điện Đồng Phú M&E", "Dệt May Chơn Thành Home"], 76 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ điện Đồng Phú M&E"), F("Dệt May Chơn Thành Home")],
                    76 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4377,
            "Dự thảo Nghị định sửa đổi Nghị định số 35/2022/NĐ-CP về quản lý khu công nghiệp và khu kinh tế đang được Bộ Tài chính lấy ý kiến đến ngày 30/11/2025.",
            "2025-11-03",
            "legal",
            ["draft_decree", "decree_number", "ministry_org", "no_event"],
            organizations=["Bộ Tài chính"],
            decisions=[d("35/2022/NĐ-CP")],
            events=[],
        ),
        h(
            4378,
            "Công ty TNHH Kính Kỹ thuật Bãi Cháy Glass ký hợp đồng tín dụng 1.200 tỷ đồng với Ngân hàng TMCP Việt Nam Thịnh Vượng (VPBank) và hợp đồng EPC 960 tỷ đồng với Công ty CP Xây dựng Công nghiệp Hạ Long Steel Build.",
            "2025-07-02",
            "provincial",
            ["one_firm_two_contracts", "credit", "epc_contract", "acronym_bracket"],
            firms=[
                f("Kính Kỹ thuật Bãi Cháy Glass", "Công ty TNHH"),
                f("Việt Nam Thịnh Vượng", "Ngân hàng TMCP"),
                f("Xây dựng Công nghiệp Hạ Long Steel Build", "Công ty CP"),
            ],
            money=[m(1200 * B, "VND"), m(960 * B, "VND")],
            deals=[
                deal("cooperation", ["Việt Nam Thịnh Vượng", "Kính Kỹ thuật Bãi Cháy Glass"], 1200 * B),
                deal(
                    "supply_contract",
                    ["Xây dựng Công nghiệp Hạ Long Steel Build", "Kính Kỹ thuật Bãi Cháy Glass"],
                    960 * B,
                ),
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Việt Nam Thịnh Vượng"), F("Kính Kỹ thuật Bãi Cháy Glass")],
                    1200 * B,
                    "VND",
                    None,
                    "signed",
                ),
                ev(
                    "supply_contract",
                    [F("Xây dựng Công nghiệp Hạ Long Steel Build"), F("Kính Kỹ thuật Bãi Cháy Glass")],
                    960 * B,
                    "VND",
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            4379,
            "UBND tỉnh Khánh Hoà vừa trao quyết định chủ trương đầu tư cho Công ty CP Cảng Cà Ná Xanh thực hiện dự án bến tổng hợp số 2, vốn 3.150 tỷ đồng.",
            "2025-12-26",
            "provincial",
            ["old_tone", "licence", "government_party_as_written", "granting_body_province"],
            organizations=["Ủy ban nhân dân tỉnh Khánh Hòa"],
            provinces=[pv("Khánh Hòa")],
            firms=[f("Cảng Cà Ná Xanh", "Công ty CP")],
            money=[m(3150 * B, "VND")],
            deals=[deal("investment", ["Cảng Cà Ná Xanh"], 3150 * B, KH)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Khánh Hoà"), F("Cảng Cà Ná Xanh")],
                    3150 * B,
                    "VND",
                    KH,
                    "licensed",
                )
            ],
        ),
        h(
            4380,
            "Theo lãnh đạo Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh, KCN Gia Lách hiện còn khoảng 120 ha đất sạch sẵn sàng giao cho nhà đầu tư.",
            "2025-09-24",
            "provincial",
            ["theo_org", "land_available", "area", "approx", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            areas=[ha(120, True)],
            locations=[park("Khu công nghiệp Gia Lách")],
            events=[],
        ),
        h(
            4381,
            "Công ty TNHH Hàng không Chu Lai Aero Parts nhận đơn hàng đầu tiên trị giá 3,8 triệu USD từ Tập đoàn Aerostar Components (Pháp) để gia công giá đỡ động cơ.",
            "2026-03-24",
            "provincial",
            ["nfd", "aerospace_parts", "order_received", "supply_contract", "country_bracket"],
            firms=[f("Hàng không Chu Lai Aero Parts", "Công ty TNHH"), f("Aerostar Components", "Tập đoàn")],
            money=[m(3.8 * M, "USD")],
            locations=[country("Pháp")],
            deals=[
                deal("supply_contract", ["Hàng không Chu Lai Aero Parts", "Aerostar Components"], 3.8 * M)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Hàng không Chu Lai Aero Parts"), F("Aerostar Components")],
                    3.8 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            4382,
            "Đồng Nai - Ngày 19/6, Ban Quản lý các KCN tỉnh Đồng Nai trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Pin Lưu trữ Chơn Thành Energy (Trung Quốc) tại KCN Becamex Bình Phước, vốn 210 triệu USD, và cho Công ty TNHH Sơn Công nghiệp Đồng Xoài Paint, vốn 12 triệu USD.",
            "2025-06-20",
            "provincial",
            [
                "region_prefix",
                "licence_two_investors",
                "province_in_park_name",
                "granting_body_province",
                "country_bracket",
                "deal_date",
            ],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai"), pv("Bình Phước")],
            firms=[
                f("Pin Lưu trữ Chơn Thành Energy", "Công ty TNHH"),
                f("Sơn Công nghiệp Đồng Xoài Paint", "Công ty TNHH"),
            ],
            money=[m(210 * M, "USD"), m(12 * M, "USD")],
            locations=[park("Khu công nghiệp Becamex Bình Phước"), country("Trung Quốc")],
            deals=[
                deal("investment", ["Pin Lưu trữ Chơn Thành Energy"], 210 * M, DNai, "2025-06-19"),
                deal("investment", ["Sơn Công nghiệp Đồng Xoài Paint"], 12 * M, DNai, "2025-06-19"),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Đồng Nai"), F("Pin Lưu trữ Chơn Thành Energy")],
                    210 * M,
                    "USD",
                    DNai,
                    "licensed",
                ),
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Đồng Nai"), F("Sơn Công nghiệp Đồng Xoài Paint")],
                    12 * M,
                    "USD",
                    DNai,
                    "licensed",
                ),
            ],
        ),
        h(
            4383,
            "Phóng viên: Thưa ông, vì sao doanh nghiệp Việt khó trở thành nhà cung cấp cấp 1 cho các hãng ô tô?\nÔng Lê Quang Hưng, Phó Chủ tịch Hiệp hội Doanh nghiệp Cơ khí Việt Nam: Vì sản lượng xe còn thấp, nhiều hãng chỉ lắp ráp vài nghìn xe mỗi mẫu mỗi năm.",
            "2025-10-17",
            "ministry",
            ["interview_qa", "person_role_after_colon", "association", "vague_count", "no_event"],
            organizations=["Hiệp hội Doanh nghiệp Cơ khí Việt Nam"],
            persons=[per("Lê Quang Hưng", "Phó Chủ tịch Hiệp hội Doanh nghiệp Cơ khí Việt Nam")],
            events=[],
        ),
        h(
            4384,
            "Ngân hàng TMCP Ngoại thương Việt Nam cam kết dành 5.000 tỷ đồng tín dụng xanh cho các doanh nghiệp trong các khu công nghiệp tỉnh Quảng Ninh giai đoạn 2026-2028.",
            "2026-01-29",
            "provincial",
            ["pledge", "green_credit", "no_named_borrower", "no_event"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Ngoại thương Việt Nam", "Ngân hàng TMCP")],
            money=[m(5000 * B, "VND")],
            events=[],
        ),
        h(
            4385,
            "Công ty CP Sợi Thiên Trường và Công ty TNHH Nhuộm Mỹ Lộc ký hợp đồng gia công nhuộm sợi trong năm 2026; theo đó Mỹ Lộc nhuộm toàn bộ sợi màu cho Thiên Trường, giá trị khoảng 65 tỷ đồng.",
            "2025-12-30",
            "provincial",
            ["processing_contract", "supply_contract", "short_names_later", "approx"],
            firms=[f("Sợi Thiên Trường", "Công ty CP"), f("Nhuộm Mỹ Lộc", "Công ty TNHH")],
            money=[m(65 * B, "VND", approx=True)],
            deals=[deal("supply_contract", ["Nhuộm Mỹ Lộc", "Sợi Thiên Trường"], 65 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Nhuộm Mỹ Lộc"), F("Sợi Thiên Trường")],
                    65 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
    ]
    return rows
