# ruff: noqa: E501
"""Batch 70 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (nothing ranked 5 or lower was used; see "Own
wording" for the rows taken out again), on this batch's theme: the Mekong Delta and the South-West (Cần Thơ with the
former Hậu Giang and Sóc Trăng, Tây Ninh with the former Long An, An Giang with the former Kiên Giang, Đồng Tháp with
the former Tiền Giang, Vĩnh Long with the former Bến Tre and Trà Vinh, Cà Mau with the former Bạc Liêu): agro-processing
machinery, cold chain and packaging suppliers, industrial parks and clusters, supporting-industry programmes, investment
promotion conferences with memoranda and licences handed out, groundbreakings, plants entering operation and
provincial decisions. Searches (16 Vietnamese, 4 English): "Cần Thơ khởi công nhà máy chế biến khu công nghiệp 2025",
"Long An trao giấy chứng nhận đầu tư nhà máy bao bì", "An Giang khánh thành nhà máy chế biến thủy sản vốn đầu tư",
"Đồng Tháp hội nghị xúc tiến đầu tư ký kết biên bản ghi nhớ trao chủ trương", "Vĩnh Long Bến Tre Trà Vinh khu công
nghiệp thu hút dự án nhà máy", "Hậu Giang khu công nghiệp Sông Hậu nhà máy đi vào hoạt động", "Cà Mau nhà máy chế biến
tôm kho lạnh đầu tư", "kho lạnh chuỗi cung ứng lạnh đồng bằng sông Cửu Long đầu tư trung tâm logistics", "máy sấy lúa
máy chế biến nông sản doanh nghiệp cơ khí miền Tây", "Tây Ninh quyết định chủ trương đầu tư nhà máy khu công nghiệp
2025", "công nghiệp hỗ trợ đồng bằng sông Cửu Long chương trình phát triển tỉnh", "quyết định thành lập cụm công nghiệp
tỉnh Đồng Tháp An Giang chủ đầu tư hạ tầng", "hội nghị xúc tiến đầu tư Cần Thơ trao quyết định biên bản ghi nhớ nhà đầu
tư", "Long An điều chỉnh tăng vốn dự án FDI khu công nghiệp nhà máy", "Trà Vinh Vĩnh Long Bến Tre khánh thành nhà máy
vốn đầu tư triệu USD", "bao bì nhựa nhà máy khởi công Long An khu công nghiệp vốn đầu tư", and four in English ("Mekong
Delta industrial park investment certificate", "Long An factory groundbreaking", "Can Tho seafood processing cold
storage plant investment inaugurated", "Mekong Delta packaging agricultural machinery plant foreign investor
licence"). Annotated for every field BEFORE any tagger was run on them, without reading the tagger code, its data, its
tests or the notes. No sentence is taken or paraphrased from a page; the shapes are. Firm, park and person names are
invented (a few leaders, e.g. Phạm Minh Chính, Trần Hồng Hà, Hoàng Trung Hải, Nguyễn Văn Thắng, and brands such as
Sojitz, Rengo and SCG Packaging, appear only in sentences of our own).

Own wording: on review of the first draft against the sampled pages, about 120 of its rows were found to follow a
sampled sentence too closely (same clause order with names, figures and words swapped: the conference leads of Đồng
Tháp and An Giang, the VNS and Saigon Times copy on Trà Vinh, Vĩnh Long and Long An parks, the cold-storage blog, the
strategic-shareholder story, the shrimp-plant round-up and openings, the Tây Ninh park licence told by three papers,
the Cần Thơ video lead and conference planning, the packaging memorandum, the English licence, groundbreaking and
statistics paragraphs, tag and blurb lines, a thesis's statistics); every one was rewritten from scratch (other
clause order, other facts around it, usually other figures) and its gold redone. Six rows were taken out or replaced
because their shape or facts came from results ranked 5 or lower (an exporter's container figures and a chairman's
export quote from ranks 7-8 of the packaging searches, a delta-wide pallet capacity from rank 7 of the cold-chain
search, a Vĩnh Long park's statistics from rank 8 of the Vĩnh Long search, and a Đồng Tháp fruit-factory groundbreaking
with its chairwoman's quote from rank 6 of the Long An groundbreaking search); the last two were replaced by a Trà
Vinh feed-mill groundbreaking in the shape of the rank-3 Long An groundbreaking.

What the 80 result slots looked like (about 66 distinct pages: a Trà Vinh cluster story came back four times, as
Saigon Times copy and a cache; a listing headline on a Long An park groundbreaking three times; a Long An tag page
twice; French and Spanish VNA copies of the same story twice): about 30 were tag, category and title-only pages,
junk image titles, portal HTML heads and spam (all four results of the farm-machinery search were crusher and silo
spam); 9 were French, Spanish or Japanese VNA/VIR copies (a Long An zones board's certificate to a drinks plant, the
An Giang promotion conference twice, a Taiwanese paper maker's packaging-plant certificate, a Korean-backed cold-chain
centre, a Hậu Giang cold store broken ground twice, a Japanese food plant opened in Cần Thơ; read for their shapes
only); about 22 were English (VNA, VNS, SGGP, Saigon Times, an investment-site page, a provincial portal's news list,
a farm-fair site, a blog round-up, a GIZ/VCCI brochure: Trà Vinh's cluster and its developer, Vĩnh Long's park plan,
a Long An park expansion cleared by a Deputy Prime Minister with its developer, a park groundbreaking with four
certificates handed out, a factory broken ground with its recalled certificate, a drinks plant broken ground, a
bridge broken ground by a committee, Bạc Liêu's approvals and an LNG licence, a Cần Thơ seafood licence, conference
previews and features); about 15 were Vietnamese provincial and national news with a deal (the Tây Ninh park
developer's licence told by PLO and Dân trí, a Cần Thơ video lead on a park licence, a Deputy Prime Minister's park
approval on a tag page, Đồng Tháp conferences with memoranda of unnamed firms and a memorandum between two bodies, a
seafood group's chain of plants broken ground in Cà Mau, shrimp plants opened, a plant-protection firm's planned
groundbreakings, Japanese groups becoming strategic shareholders of a cold-storage firm, a cold-storage blog with a
fund's bond purchase and recalled openings, a park developer's lease memorandum with a German group signed in
Europe); 4 were theses, a document-store article in broken font and a brochure. About 27 of the 80 slots carried a
deal or an event in some form (licences and approvals first, then groundbreakings, openings, memoranda, stake
purchases, planned investments); supply contracts for machinery or packaging, credit and joint ventures did not
occur in any first four, so the batch has none (the machinery theme shows only as spam and as plants' equipment).

Rows: 164 (hand-16001 to hand-16164). 39 carry a deal or an event (24%, below the 34% of slots because the deal pages
gave mostly context rows: attendees, quotes, capacities, statistics): 33 events in 31 rows (10 groundbreakings, 9
licences, 4 announcements, 4 inaugurations, 3 MoUs, 3 acquisitions) and 40 `deals` entries in 38 rows (27 investment,
10 groundbreaking, 2 mou, 1 cooperation); 8 rows hold a deal without an event (a park profile's developer, a split
row naming a cluster's developer, a recalled opening with capital, a recalled opening without capital, a recalled
convertible-bond purchase, a split row naming a park expansion's developer, a recalled LNG licence, a recalled
certificate), one an event without a deal (hand-16028, a memorandum between a department and a promotion centre). 125
rows are negatives and other fields. By page kind: 78 rows in the shapes of Vietnamese provincial and national news,
portals and blogs (24 with a deal or event), 55 of English copy (`english_copy`; 14 with a deal or event; the sample
was two-fifths English or other foreign-language copy, and foreign-language pages were rendered in Vietnamese or
English), 28 of tag, title, blurb, spam, junk, HTML-head and caption lines (1), 3 of theses, document-store articles
and decision titles (0). 8 rows are stored in NFD (hand-16120, 16121, 16127, 16128, 16139, 16140,
16146, 16154), 5 use old tone placement (hand-16039, 16044, 16133, 16142, 16143), 7 are unaccented, 15 hold a headline
with its lead, a caption with its credit, a title with its meta line or several lines.

Conventions: exactly those of batches 10 and 12-67 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence is an "investment" deal with its amount and an investment_licence event whose government
party is written as in the text and left out when the row names no grantor (a Deputy Prime Minister is a person, so
his approval has none; a licence "by Can Tho authorities" / a province as a place has none but is sited there); a held
groundbreaking is a groundbreaking deal and event "started" ("động thổ", "khởi động" a park, "piling began" included),
dated only when the row gives a day; a planned groundbreaking and a named firm's plan with an amount are announced
investments; an opening with its capital is an investment deal and an inauguration event; a recalled licence, opening
or investment is a deal without an event; a split row naming the investor after an approval in the previous row is a
deal without an event, sited only when its row writes the province; an acquisition is the buyer's investment deal and
an acquisition event (buyer, target); a park developer's lease memorandum with a tenant is a firm-pair MoU deal and
event sited by the park's province (batch 67); memoranda with unnamed firms, totals of unnamed projects, pledges,
working sessions, plans of unnamed firms and donations give no deal; leaders who attend or witness are no parties; a
dateline, a signing place, a forum's city and "X-based" are province mentions, not the site; "the former Bến Tre and
Trà Vinh areas" gives the old provinces as mentions; a province inside a firm's name is no mention, inside an
organisation's or park's name it is; organisations expand UBND, KCN and acronyms (VASEP, VCCI, GIZ) and a bare unit
("Sở Công Thương", "Ban Quản lý các KCN tỉnh", "the provincial Department of Industry and Trade") is none; "Công ty CP
Tập đoàn X" and "CTCP Tập đoàn X" are X with "Công ty CP"; "Co., Ltd" is "Co., Ltd."; "X Construction and Trading
Company" keeps "Company" with no form; a foreign subsidiary drops "Vietnam"; English parks, districts and clusters are
no locations, Vietnamese districts before July 2025 are; counts in words, counts without a noun, capacities,
pallet positions and "times" are no counts or percentages; prices per square metre are no money; bylines and photo
credits are persons without a role; "TS." is no role. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A job-site profile with labelled fields of an operating park ("Chủ đầu tư: Công ty CP X | Dự án: Khu công nghiệp Y
  (xã ..., TP Cần Thơ) | Quy mô: 186 ha", hand-16001) is X's recalled investment: a deal without amount or event, sited
  in the province the row writes (batch 59's "KCN ... có chủ đầu tư là X" lines); batch 48's feasibility-study fields
  (a proposal) stay no deal.
- "Khu công nghiệp X (620 ha) của Tập đoàn Y đã có lễ khởi động hôm 19/8" (hand-16003) is Y's groundbreaking (batch
  67's park launch) dated that day; the occupancy target "hút khoảng 1,8 tỷ USD vốn thứ cấp" is money only, not the
  deal's amount. An events vendor's line on the same ceremony (hand-16004) is a firm mention, no supply deal.
- A company that "vừa đón hai cổ đông chiến lược từ Nhật Bản là A và B" while its founder "vẫn giữ vai trò cổ đông sáng
  lập" (hand-16052) gives two completed acquisition events (A, target) and (B, target) without amount and two investment
  deals; the founder is neither seller nor party.
- A firm that "đã bán trọn lô trái phiếu chuyển đổi trị giá N cho quỹ X" (hand-16055) is a recalled financing read like
  credit: a cooperation deal (fund, issuer) with N and no event; a fund is a firm without legal form (batch 66).
- A recalled opening without capital ("Kho lạnh ... của Tập đoàn X ở cảng Năm Căn (Cà Mau) ... đã chạy từ tháng
  5/2023", hand-16056) is X's investment deal without amount and without event, sited in the province written (the
  recalled counterpart of batch 44's opening without amount); a round-up's recalled opening with capital (hand-16042)
  keeps the amount.
- A memorandum between a provincial department and another province's promotion centre (hand-16028, "Sở Công Thương
  Đồng Tháp và Trung tâm Xúc tiến Thương mại và Đầu tư TP.HCM") is one signed MoU event with a government and an
  organisation party and no deal; it names two provinces, so the event has no site.
- A lease memorandum told tenant first, "Tập đoàn A (Đức) sẽ thuê 5 ha trong KCN X (Long An) cho nhà máy ... 28 triệu
  euro, theo biên bản ghi nhớ hãng ký với Công ty CP B tại Munich ngày 19/11" (hand-16091), is the firm-pair MoU deal
  and event of batch 67 with the plant's amount in EUR (batch 45's memorandum with its total), dated by the signing;
  Munich is no location, Đức is.
- A conference commitment by a named firm with no memorandum written, "Tập đoàn X đăng ký 4.500 tỷ đồng cho tổ hợp ...
  ở Đồng Tháp" (hand-16141), is an announced investment (batch 47's "cam kết mở rộng đầu tư thêm"); commitments of
  unnamed investors (hand-16017, 16023, 16026) give nothing.
- A firm that "plans to invest about $18 million in the Cần Thơ site" after its lease memorandum (hand-16136) is an
  announced investment sited in Cần Thơ, the memorandum staying a separate row.
- "A US$19 million licence covering a new seafood processing line and a bigger brewery went to X Company, Can Tho
  authorities said" (hand-16114) is one licence with the combined amount, no government party, sited in Cần Thơ
  (batch 66's licence by a place).
- "X JSC has held an investment registration certificate from the Y Authority since July 10, 2019" after a row on X's
  groundbreaking (hand-16105) is a recalled licence: a deal with the amount and that date, no event; the authority is an
  organisation, not a party of any event.
- A groundbreaking told with the amount and the firm in a possessive, "A VNĐ2.3 trillion beverage plant, X Co., Ltd's
  fourth in the country, is under construction at ... after a groundbreaking on October 9" (hand-16106), is X's
  groundbreaking dated that day; with only "LONG AN (VNA)" as dateline and an English park, it has no site.
- "X JSC is spending VNĐ410 billion on a ... cold store at ... in Hậu Giang Province, where piling began on Tuesday"
  (hand-16131) is a held groundbreaking without a date.
- A firm that "vừa đưa vào sản xuất xưởng ... 190 tỉ đồng" (hand-16044) opens a plant with its capital: an investment
  deal and an inauguration event, as with "khánh thành".
- A province's approval of a cluster with no developer in the row and the developer named by an official in the next
  row ("Provincial vice chairman X named Y Company ... as the developer", hand-16030) follow the split-row rule: Y's
  deal without amount or event.
- "Mekong Offshore Power is now negotiating a power purchase agreement" (hand-16100) is a negotiation: no deal.
- An HTML head with a title ("<title>Tây Ninh công bố danh mục 42 dự án mời gọi đầu tư năm 2026</title>") gives the
  province and the count; "CTO" and "VNA" source tags are no organisations."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_70(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    CT = cur("Cần Thơ")
    TN = cur("Long An")
    AG = cur("An Giang")
    DT = cur("Đồng Tháp")
    VL = cur("Vĩnh Long")
    CM = cur("Cà Mau")

    ids = iter(range(16001, 16001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- S1 Cần Thơ: a job-site park profile, a park launch on an events vendor's page, junk, a road plan ---
    rows += [
        h(
            n(),
            "Chủ đầu tư: Công ty CP Phát triển Hạ tầng Tây Đô Xanh | Dự án: Khu công nghiệp Tân Phú Điền (xã Thạnh An, TP Cần Thơ) | Quy mô: 186 ha | Ngành ưu tiên: chế biến nông sản, cơ khí, bao bì",
            "2025-06-02",
            "provincial",
            ["job_site_profile", "labelled_fields", "area", "profile_developer"],
            firms=[f("Phát triển Hạ tầng Tây Đô Xanh", "Công ty CP")],
            provinces=[pv("Cần Thơ")],
            locations=[park("Khu công nghiệp Tân Phú Điền")],
            areas=[ha(186)],
            deals=[deal("investment", ["Phát triển Hạ tầng Tây Đô Xanh"], None, CT)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 1,2 tỷ USD vốn đăng ký của hơn 40 doanh nghiệp đã đổ vào khu này, lấp đầy chừng 78%; khu được lập từ Quyết định số 2214/QĐ-TTg ngày 14/11/2007 của Thủ tướng Chính phủ.",
            "2025-06-02",
            "provincial",
            ["job_site_profile", "decision_date", "percentage", "count", "approx", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("2214/QĐ-TTg", "2007-11-14")],
            percentages=[78],
            money=[m(1.2 * B, "USD", None, True)],
            quantities=[c(40, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Khu công nghiệp Thới Lai Xanh (620 ha) của Tập đoàn Hạ tầng Sông Hậu đã có lễ khởi động hôm 19/8 tại TP Cần Thơ; chủ đầu tư đặt mục tiêu hút khoảng 1,8 tỷ USD vốn thứ cấp khi lấp đầy.",
            "2025-08-20",
            "provincial",
            [
                "park_launch",
                "groundbreaking",
                "investor_as_possessor",
                "target_not_amount",
                "area",
                "approx",
                "deal_date",
            ],
            firms=[f("Hạ tầng Sông Hậu", "Tập đoàn")],
            provinces=[pv("Cần Thơ")],
            money=[m(1.8 * B, "USD", None, True)],
            locations=[park("Khu công nghiệp Thới Lai Xanh")],
            areas=[ha(620)],
            deals=[deal("groundbreaking", ["Hạ tầng Sông Hậu"], None, CT, "2025-08-19")],
            events=[ev("groundbreaking", [F("Hạ tầng Sông Hậu")], None, None, CT, "started")],
        ),
        h(
            n(),
            "Ảnh sự kiện do đội kỹ thuật của Sự kiện Minh Khang ghi lại; chúng tôi phụ trách sân khấu, âm thanh và màn LED của buổi lễ.",
            "2025-08-21",
            "provincial",
            ["vendor_page", "service_vendor_no_deal", "bare_firm", "no_event"],
            firms=[f("Sự kiện Minh Khang")],
            events=[],
        ),
        h(
            n(),
            "dcim100media dji 0057 jpg khu cong nghiep o mon",
            "2024-01-01",
            "provincial",
            ["junk", "image_title", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Để xe container vào được Khu công nghiệp Ô Môn 3, thành phố tính mở một tuyến nối ra Quốc lộ 91 với chi phí khoảng 1.950 tỷ đồng, hiện còn ở bước xem xét.",
            "2025-11-04",
            "provincial",
            ["public_works", "no_investor", "approx", "no_event"],
            money=[m(1950 * B, "VND", None, True)],
            locations=[park("Khu công nghiệp Ô Môn 3")],
            events=[],
        ),
        h(
            n(),
            "Quy hoạch mới dành chỗ cho 24 khu công nghiệp nữa, trong khi 11 khu công nghiệp và 5 cụm công nghiệp đã được thành lập trên tổng cộng 2.870 ha (số liệu đến tháng 9/2025).",
            "2025-11-04",
            "provincial",
            ["statistics", "count", "area", "no_event"],
            quantities=[c(24, "khu công nghiệp"), c(11, "khu công nghiệp"), c(5, "cụm công nghiệp")],
            areas=[ha(2870)],
            events=[],
        ),
        h(
            n(),
            "Minh Thư\n.link-source-wrapper.noactive .link-source-detail{ display: none; }",
            "2025-11-04",
            "provincial",
            ["byline", "css_junk", "several_lines", "no_event"],
            persons=[per("Minh Thư", None)],
            events=[],
        ),
    ]
    # --- S2 Long An packaging: a licence (shape of a French VNA item), a Japanese-translated licence, a tag page ---
    rows += [
        h(
            n(),
            "Nhà máy bao bì carton 48 triệu USD của Công ty TNHH Bao bì Giấy Nam Hưng (Đài Loan) tại KCN Tân Kim mở rộng, huyện Cần Giuộc vừa được Ban Quản lý Khu kinh tế tỉnh Long An cấp giấy chứng nhận đăng ký đầu tư.",
            "2022-01-12",
            "provincial",
            [
                "licence_passive",
                "grantor_after_duoc",
                "country_in_bracket",
                "district",
                "province_in_org_name",
            ],
            firms=[f("Bao bì Giấy Nam Hưng", "Công ty TNHH")],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Long An"],
            provinces=[pv("Long An")],
            money=[m(48 * M, "USD")],
            locations=[
                country("Đài Loan"),
                park("Khu công nghiệp Tân Kim mở rộng"),
                district("huyện Cần Giuộc"),
            ],
            deals=[deal("investment", ["Bao bì Giấy Nam Hưng"], 48 * M, TN)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Long An"), F("Bao bì Giấy Nam Hưng")],
                    48 * M,
                    "USD",
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Ông Trần Văn Khải, Trưởng Ban Quản lý Khu kinh tế Long An, kỳ vọng nhà máy kéo thêm các nhà cung cấp giấy cuộn và mực in về tỉnh.",
            "2022-01-12",
            "provincial",
            ["person_role_after", "province_in_org_name", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Long An"],
            persons=[per("Trần Văn Khải", "Trưởng Ban Quản lý Khu kinh tế Long An")],
            provinces=[pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "Riêng quý IV/2021, các khu công nghiệp Long An nhận thêm 14 dự án FDI, nâng tổng vốn ngoại cả năm lên gần 430 triệu USD.",
            "2022-01-12",
            "provincial",
            ["statistics", "count", "approx", "no_event"],
            provinces=[pv("Long An")],
            money=[m(430 * M, "USD", None, True)],
            quantities=[c(14, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "Bao bì đóng gói là gì? 7 chức năng chính của bao bì trong sản xuất thực phẩm",
            "2023-03-15",
            "provincial",
            ["blog_title", "title_only", "no_event"],
            events=[],
        ),
        h(
            n(),
            "A $75 million packaging plant will go up on 40ha of Long An's Đức Hòa III Industrial Park after Hsin Yuan Paper, an industrial-paper maker from Taiwan, received its investment certificate on November 27.",
            "2021-12-01",
            "ministry",
            [
                "english_copy",
                "licence_no_grantor",
                "plant_first",
                "country_after_from",
                "english_park_no_location",
                "area",
                "deal_date",
            ],
            firms=[f("Hsin Yuan Paper")],
            provinces=[pv("Long An")],
            money=[m(75 * M, "USD")],
            locations=[country("Taiwan")],
            areas=[ha(40)],
            deals=[deal("investment", ["Hsin Yuan Paper"], 75 * M, TN, "2021-11-27")],
            events=[ev("investment_licence", [F("Hsin Yuan Paper")], 75 * M, "USD", TN, "licensed")],
        ),
        h(
            n(),
            "Company president Lin Cheng-ho said the Long An site would outgrow every one of the group's 18 existing packaging plants within five years.",
            "2021-12-01",
            "ministry",
            ["english_copy", "person_role_before", "count", "no_event"],
            persons=[per("Lin Cheng-ho", "Company president")],
            provinces=[pv("Long An")],
            quantities=[c(18, "existing packaging plants")],
            events=[],
        ),
        h(
            n(),
            "Rengo of Japan and SCG Packaging of Thailand are among the foreign groups that have built carton plants in Việt Nam in the past decade.",
            "2021-12-01",
            "ministry",
            ["english_copy", "country_after_of", "firm_list_no_deal", "no_event"],
            firms=[f("Rengo"), f("SCG Packaging")],
            locations=[country("Japan"), country("Thailand")],
            events=[],
        ),
        h(
            n(),
            "Cụm công nghiệp Mỹ Yên, Tân Lập 2 và Đức Lập Thực phẩm rời danh sách cụm công nghiệp của Long An\nCác chủ đầu tư chậm triển khai quá lâu nên tỉnh đã thu hồi quyết định thành lập.",
            "2023-05-18",
            "provincial",
            ["tag_page", "headline_lead", "cluster_revoked", "clusters_after_shared_word", "no_event"],
            provinces=[pv("Long An")],
            locations=[
                park("Cụm công nghiệp Mỹ Yên"),
                park("Cụm công nghiệp Tân Lập 2"),
                park("Cụm công nghiệp Đức Lập Thực phẩm"),
            ],
            events=[],
        ),
    ]
    # --- S3 An Giang: a promotion conference (shape of Spanish and French VNA copy), a plant-protection firm's plan ---
    rows += [
        h(
            n(),
            "31 quyết định chủ trương đầu tư và giấy chứng nhận được trao, 11 nhà đầu tư đăng ký gần 58.000 tỷ đồng: đó là kết quả Hội nghị xúc tiến đầu tư tỉnh An Giang năm 2024 sáng 14/12 tại TP Long Xuyên, có Thủ tướng Phạm Minh Chính dự.",
            "2024-12-14",
            "provincial",
            [
                "conference",
                "licences_unnamed",
                "pledges_unnamed",
                "person_role_before",
                "count",
                "approx",
                "district",
                "no_event",
            ],
            persons=[per("Phạm Minh Chính", "Thủ tướng")],
            provinces=[pv("An Giang")],
            money=[m(58000 * B, "VND", None, True)],
            quantities=[c(31, "quyết định chủ trương đầu tư"), c(11, "nhà đầu tư")],
            locations=[district("TP Long Xuyên")],
            events=[],
        ),
        h(
            n(),
            "Thủ tướng lưu ý An Giang phải cải thiện nhân lực và hạ tầng nếu muốn hút các nhà máy chế biến sâu.",
            "2024-12-14",
            "provincial",
            ["role_without_name", "no_firm", "no_event"],
            provinces=[pv("An Giang")],
            events=[],
        ),
        h(
            n(),
            "Với 26 nhà máy fillet cá tra đang chạy, tỉnh cần thêm khoảng 1.800 ha ao nuôi để đủ nguyên liệu.",
            "2024-12-14",
            "provincial",
            ["statistics", "count", "area", "approx", "no_event"],
            quantities=[c(26, "nhà máy fillet cá tra")],
            areas=[ha(1800, True)],
            events=[],
        ),
        h(
            n(),
            "chuong trinh ho tro che bien thuy san an giang 2025",
            "2025-02-10",
            "provincial",
            ["title_only", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hai trung tâm sấy và trữ lúa của Công ty CP Nông nghiệp Phú An sẽ lần lượt được khởi công ngày 3 và 10-9 ở Châu Thành (An Giang) và Tháp Mười (Đồng Tháp), theo Tổng Giám đốc Lâm Quốc Trung.",
            "2024-08-20",
            "provincial",
            [
                "planned_groundbreaking",
                "two_provinces",
                "person_role_before",
                "dash_date",
                "future_date_not_deal",
                "count_in_words",
            ],
            firms=[f("Nông nghiệp Phú An", "Công ty CP")],
            persons=[per("Lâm Quốc Trung", "Tổng Giám đốc")],
            provinces=[pv("An Giang"), pv("Đồng Tháp")],
            deals=[
                deal("investment", ["Nông nghiệp Phú An"], None, AG),
                deal("investment", ["Nông nghiệp Phú An"], None, DT),
            ],
            events=[
                ev("investment_announcement", [F("Nông nghiệp Phú An")], None, None, AG, "announced"),
                ev("investment_announcement", [F("Nông nghiệp Phú An")], None, None, DT, "announced"),
            ],
        ),
        h(
            n(),
            "Công ty dự tính mua lúa tươi thẳng từ các hợp tác xã quanh hai trung tâm và sấy ngay trong ngày để giảm hao hụt.",
            "2024-08-20",
            "provincial",
            ["plan", "count_in_words", "no_firm", "no_event"],
            events=[],
        ),
    ]
    # --- S4 Đồng Tháp: promotion conferences with memoranda (unnamed firms), a memorandum between two bodies ---
    rows += [
        h(
            n(),
            "Sáu doanh nghiệp đã đặt bút ký biên bản ghi nhớ với UBND tỉnh Đồng Tháp, tổng vốn dự kiến 3.150 tỷ đồng, trong một buổi gặp gỡ nhà đầu tư mà tỉnh tổ chức ở TP.HCM hôm 14/7.",
            "2010-07-15",
            "provincial",
            ["conference", "mou_unnamed_firms", "count_in_words", "signing_place_mention", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Tháp"],
            provinces=[pv("Đồng Tháp"), pv("Hồ Chí Minh")],
            money=[m(3150 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng Hoàng Trung Hải đề nghị các doanh nghiệp tham dự cân nhắc những dự án sấy và kho lạnh cho trái cây của Đồng Tháp.",
            "2010-07-15",
            "provincial",
            ["person_role_before", "no_event"],
            persons=[per("Hoàng Trung Hải", "Phó Thủ tướng")],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "Đồng Tháp: hội nghị đầu tư chốt gần 26.000 tỷ đồng\nNhiều quyết định chủ trương đầu tư được trao ngay trên sân khấu, xen kẽ các lượt ký ghi nhớ; Thủ tướng dự và chứng kiến.",
            "2017-12-10",
            "provincial",
            ["headline_lead", "conference", "unnamed_investors", "witness_not_party", "approx", "no_event"],
            provinces=[pv("Đồng Tháp")],
            money=[m(26000 * B, "VND", None, True)],
            events=[],
        ),
        h(
            n(),
            "Theo tổng hợp của Sở Kế hoạch và Đầu tư, 19 dự án nhận quyết định hoặc giấy chứng nhận và 25 nhà đầu tư ký cam kết; hạ tầng khu, cụm công nghiệp chiếm phần lớn số vốn.",
            "2017-12-10",
            "provincial",
            ["bare_unit_no_org", "count", "pledges_unnamed", "no_event"],
            quantities=[c(19, "dự án"), c(25, "nhà đầu tư")],
            events=[],
        ),
        h(
            n(),
            "Quỹ an sinh xã hội của tỉnh nhận thêm gần 85 tỷ đồng do các nhà đầu tư ủng hộ bên lề hội nghị.",
            "2017-12-10",
            "provincial",
            ["donation", "approx", "no_event"],
            money=[m(85 * B, "VND", None, True)],
            events=[],
        ),
        h(
            n(),
            "Sở Công Thương Đồng Tháp và Trung tâm Xúc tiến Thương mại và Đầu tư TP.HCM đã ký biên bản hợp tác gồm 6 điều, tập trung đưa trái cây sấy, thủy sản chế biến của tỉnh vào hệ thống phân phối ở thành phố.",
            "2023-06-29",
            "provincial",
            ["body_organisation_memorandum", "two_provinces_no_site", "province_in_org_name", "count"],
            organizations=["Sở Công Thương Đồng Tháp", "Trung tâm Xúc tiến Thương mại và Đầu tư TP.HCM"],
            provinces=[pv("Đồng Tháp"), pv("Hồ Chí Minh")],
            quantities=[c(6, "điều")],
            events=[
                ev(
                    "mou",
                    [G("Sở Công Thương Đồng Tháp"), O("Trung tâm Xúc tiến Thương mại và Đầu tư TP.HCM")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
    ]
    # --- S5 Trà Vinh cluster and Vĩnh Long parks (English Saigon Times and VNA copy, a cache), a listing headline ---
    rows += [
        h(
            n(),
            "TRÀ VINH — A 35ha industrial cluster at Long Sơn will cost about VND280 billion to build, some VND40 billion more than first budgeted, now that the province has signed off on its establishment.",
            "2021-08-17",
            "ministry",
            ["english_copy", "dateline_caps", "cluster_approved_no_investor", "area", "approx", "no_event"],
            provinces=[pv("Trà Vinh")],
            money=[m(280 * B, "VND", None, True), m(40 * B, "VND", None, True)],
            areas=[ha(35)],
            events=[],
        ),
        h(
            n(),
            "Provincial vice chairman Lê Văn Tâm named Minh Khoa Construction and Trading Company, run by general director Phạm Văn Hậu, as the developer.",
            "2021-08-17",
            "ministry",
            ["english_copy", "split_row_investor", "company_word_kept", "person_role_before"],
            firms=[f("Minh Khoa Construction and Trading Company")],
            persons=[per("Lê Văn Tâm", "Provincial vice chairman"), per("Phạm Văn Hậu", "general director")],
            deals=[deal("investment", ["Minh Khoa Construction and Trading Company"])],
            events=[],
        ),
        h(
            n(),
            "Fertiliser blenders and rice-husk pellet makers are the first tenants the province hopes to sign up once the cluster opens in mid-2026.",
            "2021-08-17",
            "ministry",
            ["english_copy", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Besides Long Sơn, the province's cluster plan for 2026-2030 lists Hòa Lợi (18ha), Phước Hưng (26ha) and Tân Sơn (12ha), while its three industrial parks are already operating.",
            "2021-08-17",
            "ministry",
            ["english_copy", "list_with_areas", "english_park_no_location", "count_in_words", "no_event"],
            areas=[ha(18), ha(26), ha(12)],
            events=[],
        ),
        h(
            n(),
            "Cached copy — original (305 words) at english.thesaigontimes.vn, 17/08/2021. Request removal via our contact form.",
            "2021-08-20",
            "ministry",
            ["english_copy", "cache_footer", "count", "no_event"],
            quantities=[c(305, "words")],
            events=[],
        ),
        h(
            n(),
            "Đức Hòa có thêm khu công nghiệp 1.200 ha\nCông trường của khu, thuộc nhóm lớn nhất phía Nam, đã chính thức mở tại Long An.",
            "2023-04-21",
            "provincial",
            ["listing_headline", "headline_lead", "park_no_developer", "area", "no_event"],
            provinces=[pv("Long An")],
            areas=[ha(1200)],
            events=[],
        ),
        h(
            n(),
            "VĨNH LONG — Tân Quới (450ha), Hòa Hiệp (300ha) and Phú Thịnh (220ha) are the biggest of six industrial parks Vĩnh Long wants to open by 2030, adding 1,950ha in all.",
            "2022-03-09",
            "ministry",
            [
                "english_copy",
                "dateline_caps",
                "list_with_areas",
                "english_park_no_location",
                "count_in_words",
                "no_event",
            ],
            provinces=[pv("Vĩnh Long")],
            areas=[ha(450), ha(300), ha(220), ha(1950)],
            events=[],
        ),
        h(
            n(),
            "Provincial planners want car-parts and electrical-cable suppliers in them as well as the usual rice and fish processors.",
            "2022-03-09",
            "ministry",
            ["english_copy", "no_firm", "no_event"],
            events=[],
        ),
    ]
    # --- S6 Hậu Giang: category blurbs and tag pages ---
    rows += [
        h(
            n(),
            "Hậu Giang – điểm đến mới của nhà đầu tư công nghiệp miền Tây\nDanh sách bài viết",
            "2023-09-01",
            "provincial",
            ["category_blurb", "several_lines", "no_event"],
            provinces=[pv("Hậu Giang")],
            events=[],
        ),
        h(
            n(),
            "Hậu Giang đã làm được 71% kế hoạch giá trị sản xuất công nghiệp năm sau 9 tháng, tức hơn 37.200 tỉ đồng; chỉ số IIP tăng 11,6%.",
            "2023-10-05",
            "provincial",
            ["tag_page", "statistics", "percentage", "approx", "no_event"],
            provinces=[pv("Hậu Giang")],
            money=[m(37200 * B, "VND", None, True)],
            percentages=[71, 11.6],
            events=[],
        ),
        h(
            n(),
            "Điện mặt trời Phụng Hiệp 2 ở xã Hoà An chính thức phát điện thương mại sau lễ khánh thành sáng 20/4 (Hậu Giang).",
            "2021-04-20",
            "provincial",
            ["tag_page", "old_tone", "plant_no_firm", "province_in_bracket", "no_event"],
            provinces=[pv("Hậu Giang")],
            events=[],
        ),
        h(
            n(),
            "Máy xúc, xe lu đã trở lại Khu công nghiệp Sông Hậu giai đoạn 1 từ mùng 6 Tết.",
            "2022-02-10",
            "provincial",
            ["tag_page", "no_firm", "no_event"],
            locations=[park("Khu công nghiệp Sông Hậu")],
            events=[],
        ),
    ]
    # --- S7 shrimp plants: a farm paper's round-up, an opening in Kiên Giang, a chain broken ground in Cà Mau, a thesis ---
    rows += [
        h(
            n(),
            "Năm nhà máy tôm mới cắt băng trong một năm\nĐó là con số Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) thống kê cho năm 2024, cao nhất kể từ đại dịch.",
            "2025-03-09",
            "provincial",
            ["headline_lead", "round_up", "acronym_bracket", "count_in_words", "no_event"],
            organizations=["Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Nhà máy tôm Năm Căn (huyện Năm Căn, tỉnh Cà Mau), đầu tư hơn 520 tỷ đồng trên 3,4 ha, là cái tên mới nhất: Công ty CP Thủy sản Rạng Đông Cà Mau đã cho chạy máy từ đầu tháng 3.",
            "2025-03-09",
            "provincial",
            ["recalled_opening", "round_up", "province_in_firm_name", "district", "approx", "area"],
            firms=[f("Thủy sản Rạng Đông Cà Mau", "Công ty CP")],
            provinces=[pv("Cà Mau")],
            money=[m(520 * B, "VND", None, True)],
            locations=[district("huyện Năm Căn")],
            areas=[ha(3.4)],
            deals=[deal("investment", ["Thủy sản Rạng Đông Cà Mau"], 520 * B, CM)],
            events=[],
        ),
        h(
            n(),
            "Nguồn tôm chủ yếu lấy từ 250 ha ao nuôi của chính công ty ở Bạc Liêu; thành phẩm được trữ trong kho lạnh 4.000 tấn cạnh xưởng.",
            "2025-03-09",
            "provincial",
            ["capacity_no_count", "area", "no_firm", "no_event"],
            provinces=[pv("Bạc Liêu")],
            areas=[ha(250)],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Thuỷ sản Hòa Phát Đạt vừa đưa vào sản xuất xưởng tôm tẩm bột và tôm sushi 190 tỉ đồng, đặt ngay giữa vùng nuôi của công ty ở huyện Hòn Đất (Kiên Giang).",
            "2014-09-12",
            "provincial",
            ["opening_with_capital", "old_tone", "district", "province_in_bracket"],
            firms=[f("Thủy sản Hòa Phát Đạt", "Công ty TNHH")],
            provinces=[pv("Kiên Giang")],
            money=[m(190 * B, "VND")],
            locations=[district("huyện Hòn Đất")],
            deals=[deal("investment", ["Thủy sản Hòa Phát Đạt"], 190 * B, AG)],
            events=[ev("inauguration", [F("Thủy sản Hòa Phát Đạt")], 190 * B, "VND", AG, "completed")],
        ),
        h(
            n(),
            "Phần lớn lô hàng đầu tiên đã được chào cho các nhà nhập khẩu ở Nhật Bản và Hàn Quốc.",
            "2014-09-12",
            "provincial",
            ["countries", "no_firm", "no_event"],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bước tiếp theo, doanh nghiệp muốn tự làm thức ăn cho tôm để bớt phụ thuộc hàng nhập.",
            "2014-09-12",
            "provincial",
            ["plan_no_name", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cà Mau: 1.650 tỷ đồng cho cụm nhà máy tôm mới\nBa xưởng chế biến tôm và một xưởng bao bì của Tập đoàn Thủy sản Kim Phú trong KCN Khánh An cùng được động thổ sáng 6/1, trên khu đất 25 ha.",
            "2024-01-06",
            "provincial",
            [
                "headline_lead",
                "amount_in_headline",
                "groundbreaking_passive",
                "investor_as_possessor",
                "dong_tho",
                "count_in_words",
                "area",
                "deal_date",
            ],
            firms=[f("Thủy sản Kim Phú", "Tập đoàn")],
            provinces=[pv("Cà Mau")],
            money=[m(1650 * B, "VND")],
            locations=[park("Khu công nghiệp Khánh An")],
            areas=[ha(25)],
            deals=[deal("groundbreaking", ["Thủy sản Kim Phú"], 1650 * B, CM, "2024-01-06")],
            events=[ev("groundbreaking", [F("Thủy sản Kim Phú")], 1650 * B, "VND", CM, "started")],
        ),
        h(
            n(),
            "Các đại biểu, trong đó có Bí thư Tỉnh ủy Cà Mau Trần Quốc Khởi, bấm nút động thổ. Ảnh: Thanh Tâm",
            "2024-01-06",
            "provincial",
            ["caption", "photo_credit", "person_role_before", "no_event"],
            persons=[per("Trần Quốc Khởi", "Bí thư Tỉnh ủy Cà Mau"), per("Thanh Tâm", None)],
            provinces=[pv("Cà Mau")],
            events=[],
        ),
        h(
            n(),
            "Tổng Giám đốc Tập đoàn Thủy sản Kim Phú Đỗ Văn Lộc nói toàn bộ nước thải của cụm sẽ được xử lý và dùng lại cho khâu rửa nguyên liệu.",
            "2024-01-06",
            "provincial",
            ["person_role_before", "role_with_firm", "no_event"],
            firms=[f("Thủy sản Kim Phú", "Tập đoàn")],
            persons=[per("Đỗ Văn Lộc", "Tổng Giám đốc Tập đoàn Thủy sản Kim Phú")],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND tỉnh Cà Mau Lâm Văn Bi đề nghị chủ đầu tư ưu tiên tuyển lao động tại chỗ và giữ đúng tiến độ 18 tháng.",
            "2024-01-06",
            "provincial",
            ["person_role_before", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Cà Mau"],
            persons=[per("Lâm Văn Bi", "Phó Chủ tịch UBND tỉnh Cà Mau")],
            provinces=[pv("Cà Mau")],
            events=[],
        ),
        h(
            n(),
            "LUẬN VĂN THẠC SĨ KINH TẾ\nGIẢI PHÁP PHÁT TRIỂN CÔNG NGHIỆP CHẾ BIẾN TÔM XUẤT KHẨU TỈNH BẠC LIÊU\nNgười hướng dẫn khoa học: TS. Trần Minh Đức",
            "2022-05-20",
            "legal",
            ["thesis_cover", "all_caps_title", "several_lines", "academic_title_no_role", "no_event"],
            persons=[per("Trần Minh Đức", None)],
            provinces=[pv("Bạc Liêu")],
            events=[],
        ),
    ]
    # --- S8 cold chain: Japanese strategic shareholders, a blog on cold stores, a Korean-backed centre (shape of French CVN) ---
    rows += [
        h(
            n(),
            "Công ty CP Kho lạnh Cửa Ngõ Mê Kông (MKG) vừa đón hai cổ đông chiến lược từ Nhật Bản là Sakura Reizo và Nippon Cold Line; Công ty TNHH Chiếu xạ An Thịnh vẫn giữ vai trò cổ đông sáng lập.",
            "2025-09-18",
            "ministry",
            [
                "strategic_shareholders",
                "two_buyers",
                "target_first",
                "acronym_bracket",
                "founder_not_seller",
                "country",
            ],
            firms=[
                f("Kho lạnh Cửa Ngõ Mê Kông", "Công ty CP"),
                f("Sakura Reizo"),
                f("Nippon Cold Line"),
                f("Chiếu xạ An Thịnh", "Công ty TNHH"),
            ],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Sakura Reizo"]), deal("investment", ["Nippon Cold Line"])],
            events=[
                ev(
                    "acquisition",
                    [F("Sakura Reizo"), F("Kho lạnh Cửa Ngõ Mê Kông")],
                    None,
                    None,
                    None,
                    "completed",
                ),
                ev(
                    "acquisition",
                    [F("Nippon Cold Line"), F("Kho lạnh Cửa Ngõ Mê Kông")],
                    None,
                    None,
                    None,
                    "completed",
                ),
            ],
        ),
        h(
            n(),
            "Ông Kenji Morimoto, Chủ tịch kiêm Tổng Giám đốc Nippon Cold Line, nói hãng chọn MKG vì kho nằm sát các vùng trái cây và tôm lớn; văn kiện được ký ngày 18/9 ở TP.HCM.",
            "2025-09-18",
            "ministry",
            ["person_role_after", "signing_place_mention", "alias_reused", "no_event"],
            firms=[f("Nippon Cold Line")],
            persons=[per("Kenji Morimoto", "Chủ tịch kiêm Tổng Giám đốc Nippon Cold Line")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Đường bộ vẫn gánh khoảng 70% hàng xuất khẩu của miền Tây ra cảng, chủ yếu là các cảng ở TP.HCM.",
            "2021-04-12",
            "provincial",
            ["blog_blurb", "percentage", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Vận tải lạnh Bắc Nam, chủ đội khoảng 280 xe tải lạnh, đã bán trọn lô trái phiếu chuyển đổi trị giá 152 tỷ đồng cho quỹ Lotus Frontier Holdings.",
            "2021-05-03",
            "ministry",
            ["blog", "convertible_bond_purchase", "recalled_financing", "count", "approx"],
            firms=[f("Vận tải lạnh Bắc Nam", "Công ty CP"), f("Lotus Frontier Holdings")],
            money=[m(152 * B, "VND")],
            quantities=[c(280, "xe tải lạnh", True)],
            deals=[deal("cooperation", ["Lotus Frontier Holdings", "Vận tải lạnh Bắc Nam"], 152 * B)],
            events=[],
        ),
        h(
            n(),
            "Kho lạnh trái cây 2.600 tấn của Tập đoàn Trường An ở cảng Năm Căn (Cà Mau), rộng 5.200 m2, đã chạy từ tháng 5/2023.",
            "2024-02-15",
            "ministry",
            ["blog", "recalled_opening_no_capital", "area_m2", "capacity_no_count"],
            firms=[f("Trường An", "Tập đoàn")],
            provinces=[pv("Cà Mau")],
            areas=[ha(0.52)],
            deals=[deal("investment", ["Trường An"], None, CM)],
            events=[],
        ),
        h(
            n(),
            "Ở Long An, tổng kho lạnh 1.150 tỷ đồng của Công ty CP Thủy sản Hưng Thịnh trong KCN Tân Kim vừa khai trương, trữ được khoảng 65.000 tấn hàng.",
            "2024-02-15",
            "ministry",
            ["blog", "opening_with_capital", "investor_as_possessor", "capacity_no_count"],
            firms=[f("Thủy sản Hưng Thịnh", "Công ty CP")],
            provinces=[pv("Long An")],
            money=[m(1150 * B, "VND")],
            locations=[park("Khu công nghiệp Tân Kim")],
            deals=[deal("investment", ["Thủy sản Hưng Thịnh"], 1150 * B, TN)],
            events=[ev("inauguration", [F("Thủy sản Hưng Thịnh")], 1150 * B, "VND", TN, "completed")],
        ),
        h(
            n(),
            "Work began on March 12 on a $31 million cold-chain logistics centre at Long Hậu Industrial Park in Long An, developed by Hanjin Cold Chain Vietnam, a venture of Hanjin Logistics and a state fund from South Korea.",
            "2025-03-14",
            "ministry",
            [
                "english_copy",
                "groundbreaking_passive",
                "investor_after",
                "parent_firm_mention",
                "country",
                "deal_date",
            ],
            firms=[f("Hanjin Cold Chain"), f("Hanjin Logistics")],
            provinces=[pv("Long An")],
            money=[m(31 * M, "USD")],
            locations=[country("South Korea")],
            deals=[deal("groundbreaking", ["Hanjin Cold Chain"], 31 * M, TN, "2025-03-12")],
            events=[ev("groundbreaking", [F("Hanjin Cold Chain")], 31 * M, "USD", TN, "started")],
        ),
        h(
            n(),
            "Hanjin says the 5.8ha site will need about 120 staff when it opens.",
            "2025-03-14",
            "ministry",
            ["english_copy", "short_name_reused", "area", "count", "approx", "no_event"],
            firms=[f("Hanjin")],  # a reused short name is a firm, as batches 71-115 have it (session 33)
            areas=[ha(5.8)],
            quantities=[c(120, "staff", True)],
            events=[],
        ),
    ]
    # --- S9 farm machinery: all four results were machinery spam ---
    rows += [
        h(
            n(),
            "máy nghiền hàm đá granite công suất 80 tấn giờ báo giá",
            "2024-01-01",
            "provincial",
            ["spam", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sơ đồ nguyên lý silo xi măng nhà máy nghiền bi tro bay",
            "2024-01-01",
            "provincial",
            ["spam", "no_event"],
            events=[],
        ),
        h(
            n(),
            "may say lua mini cu thanh ly gia re mien tay lien he zalo",
            "2024-01-01",
            "provincial",
            ["spam", "unaccented", "no_event"],
            events=[],
        ),
    ]
    # --- S10 Tây Ninh after the merger: a portal's HTML head, a park developer's licence told by two papers ---
    rows += [
        h(
            n(),
            '<title>Tây Ninh công bố danh mục 42 dự án mời gọi đầu tư năm 2026</title>\n<meta name="generator" content="NukeViet v4.5">',
            "2026-01-05",
            "provincial",
            ["html_head", "portal", "several_lines", "count", "no_event"],
            provinces=[pv("Tây Ninh")],
            quantities=[c(42, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Khu công nghiệp 4.250 tỉ đồng ở Đức Hòa có chủ\nCông ty CP Phát triển Công nghiệp Vàm Cỏ nhận quyết định chấp thuận chủ trương đầu tư và giấy chứng nhận đăng ký đầu tư KCN Lộc Giang 2 từ UBND tỉnh Tây Ninh chiều 22-9; dự án rộng 286 ha.",
            "2025-09-22",
            "provincial",
            [
                "headline_lead",
                "licence",
                "grantor_after_tu",
                "amount_in_headline",
                "area",
                "dash_date",
                "deal_date",
            ],
            firms=[f("Phát triển Công nghiệp Vàm Cỏ", "Công ty CP")],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            money=[m(4250 * B, "VND")],
            locations=[park("Khu công nghiệp Lộc Giang 2")],
            areas=[ha(286)],
            deals=[deal("investment", ["Phát triển Công nghiệp Vàm Cỏ"], 4250 * B, TN, "2025-09-22")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Tây Ninh"), F("Phát triển Công nghiệp Vàm Cỏ")],
                    4250 * B,
                    "VND",
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Đại diện nhà đầu tư nhận quyết định từ Phó Chủ tịch UBND tỉnh Tây Ninh Nguyễn Minh Lâm (bìa phải). Ảnh: TRÚC LINH",
            "2025-09-22",
            "provincial",
            ["caption", "photo_credit_caps", "person_role_before", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            persons=[per("Nguyễn Minh Lâm", "Phó Chủ tịch UBND tỉnh Tây Ninh"), per("TRÚC LINH", None)],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Tây Ninh hiện là nơi đặt hơn 1.950 dự án FDI (trên 25 tỉ USD vốn đăng ký); tăng trưởng kinh tế 9 tháng ước 9,1%, ông Lâm thông tin.",
            "2025-09-22",
            "provincial",
            ["statistics", "percentage", "count", "approx", "surname_only_no_person", "no_event"],
            provinces=[pv("Tây Ninh")],
            percentages=[9.1],
            money=[m(25 * B, "USD", None, True)],
            quantities=[c(1950, "dự án FDI", True)],
            events=[],
        ),
        h(
            n(),
            "Quy hoạch tỉnh dành đất cho 57 khu công nghiệp và 80 cụm công nghiệp tới năm 2030.",
            "2025-09-22",
            "provincial",
            ["plan", "count", "no_event"],
            quantities=[c(57, "khu công nghiệp"), c(80, "cụm công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "KCN Lộc Giang 2 (286 ha, 4.250 tỷ đồng) cũng là hồ sơ khu công nghiệp đầu tiên đi qua quy trình thẩm định mới, với Ban Quản lý Khu kinh tế tỉnh làm đầu mối.",
            "2025-09-24",
            "provincial",
            ["licence_no_investor_in_row", "bare_unit_no_org", "area", "no_event"],
            money=[m(4250 * B, "VND")],
            locations=[park("Khu công nghiệp Lộc Giang 2")],
            areas=[ha(286)],
            events=[],
        ),
    ]
    # --- S11 supporting industry in the delta: a document-store article in broken font, unaccented titles, a blurb ---
    rows += [
        h(
            n(),
            "VAI TRỊ CỦA CƠNG NGHIỆP HỖ TRỢ TRONG PHÁT TRIỂN VÙNG ĐỒNG BẰNG SƠNG CỬU LONG • NGUYỄN THỊ MỸ LINH TĨM TẮT: Bài viết đánh giá mức độ tham gia của doanh nghiệp cơ khí địa phương vào chuỗi cung ứng máy sấy, máy xay xát và thiết bị lạnh",
            "2021-07-15",
            "legal",
            ["document_store", "broken_font", "author_no_role", "no_event"],
            persons=[per("NGUYỄN THỊ MỸ LINH", None)],
            events=[],
        ),
        h(
            n(),
            "chuong trinh phat trien cong nghiep ho tro vung dong bang song cuu long",
            "2022-01-01",
            "provincial",
            ["title_only", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "de xuat ho tro may say lua cho hop tac xa vu he thu 2025",
            "2025-05-02",
            "provincial",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các doanh nghiệp chế biến trông chờ gì ở bản quy hoạch vùng ĐBSCL thời kỳ 2021-2030?",
            "2021-01-10",
            "provincial",
            ["blurb", "question", "no_event"],
            events=[],
        ),
    ]
    # --- S12 clusters and parks: a tag page with a Deputy Prime Minister's approval, a decision title, a blurb ---
    rows += [
        h(
            n(),
            "Kiên Giang có thêm khu công nghiệp Tắc Cậu 212,4 ha\nCTCP Tập đoàn Hòa Bình Xanh là nhà đầu tư hạ tầng theo quyết định chủ trương đầu tư do Phó Thủ tướng Trần Hồng Hà vừa ký.",
            "2024-10-08",
            "provincial",
            ["tag_page", "headline_lead", "deputy_pm_approval", "investor_first", "ctcp_tap_doan", "area"],
            firms=[f("Hòa Bình Xanh", "Công ty CP")],
            persons=[per("Trần Hồng Hà", "Phó Thủ tướng")],
            provinces=[pv("Kiên Giang")],
            locations=[park("Khu công nghiệp Tắc Cậu")],
            areas=[ha(212.4)],
            deals=[deal("investment", ["Hòa Bình Xanh"], None, AG)],
            events=[ev("investment_licence", [F("Hòa Bình Xanh")], None, None, AG, "licensed")],
        ),
        h(
            n(),
            "Quyết định số 32/2024/QĐ-UBND ngày 18/10/2024 ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Đồng Tháp",
            "2024-10-25",
            "legal",
            ["decision_title", "decision_date", "no_event"],
            provinces=[pv("Đồng Tháp")],
            decisions=[d("32/2024/QĐ-UBND", "2024-10-18")],
            events=[],
        ),
        h(
            n(),
            "Cụm công nghiệp quy hoạch xong, đất vẫn trống: địa phương xin cơ chế riêng để hút doanh nghiệp về 280 ha",
            "2019-06-11",
            "provincial",
            ["tag_blurb", "area", "no_event"],
            areas=[ha(280)],
            events=[],
        ),
    ]
    # --- S13 Cần Thơ: a video lead on a park licence, a conference being planned, English copy on the project list ---
    rows += [
        h(
            n(),
            "Hạ tầng là điều kiện để Cần Thơ giữ chân các dự án nghìn tỉ đã đăng ký, theo lãnh đạo thành phố.",
            "2024-07-01",
            "provincial",
            ["section_blurb", "vague_amount", "no_event"],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Cần Thơ: Khu công nghiệp hơn 6.400 tỉ đồng có nhà đầu tư\n(CTO) - Công ty CP Đầu tư KCN Tây Đô là chủ đầu tư hạ tầng KCN Thốt Nốt 2 theo giấy chứng nhận đăng ký đầu tư mà UBND TP Cần Thơ trao sáng 14-3.",
            "2025-03-14",
            "provincial",
            [
                "headline_lead",
                "source_tag",
                "licence",
                "grantor_in_relative_clause",
                "park_developer",
                "amount_in_headline",
                "approx",
                "dash_date",
                "deal_date",
            ],
            firms=[f("Đầu tư KCN Tây Đô", "Công ty CP")],
            organizations=["Ủy ban nhân dân TP Cần Thơ"],
            provinces=[pv("Cần Thơ")],
            money=[m(6400 * B, "VND", None, True)],
            locations=[park("Khu công nghiệp Thốt Nốt 2")],
            deals=[deal("investment", ["Đầu tư KCN Tây Đô"], 6400 * B, CT, "2025-03-14")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND TP Cần Thơ"), F("Đầu tư KCN Tây Đô")],
                    6400 * B,
                    "VND",
                    CT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Buổi lễ có sự chứng kiến của Bí thư Thành ủy Cần Thơ Trần Văn Lâm.\nThực hiện: T.Vy - K.Anh",
            "2025-03-14",
            "provincial",
            ["attendee_list", "video_credits", "several_lines", "no_event"],
            persons=[per("Trần Văn Lâm", "Bí thư Thành ủy Cần Thơ"), per("T.Vy", None), per("K.Anh", None)],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 600 khách mời được dự kiến cho Hội nghị xúc tiến đầu tư năm 2026 của Cần Thơ (ngày 12/8), theo kế hoạch UBND TP Cần Thơ thông qua chiều 5/3.",
            "2026-03-05",
            "provincial",
            ["planned_conference", "count", "approx", "no_event"],
            organizations=["Ủy ban nhân dân TP Cần Thơ"],
            provinces=[pv("Cần Thơ")],
            quantities=[c(600, "khách mời", True)],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND TP Cần Thơ Nguyễn Thực Hiện giao các sở rà lại danh mục, chỉ giữ những dự án đã có đất sạch.",
            "2026-03-05",
            "provincial",
            ["person_role_before", "no_event"],
            organizations=["Ủy ban nhân dân TP Cần Thơ"],
            persons=[per("Nguyễn Thực Hiện", "Phó Chủ tịch UBND TP Cần Thơ")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "CẦN THƠ — Licences for a handful of projects will be handed out in August at Cần Thơ's investment promotion conference, where the city also hopes to find backers for 48 others worth about VNĐ92 trillion (US$3.6 billion).",
            "2026-04-02",
            "ministry",
            [
                "english_copy",
                "dateline_caps",
                "planned_licences_unnamed",
                "conversion_bracket",
                "count_without_noun",
                "approx",
                "no_event",
            ],
            provinces=[pv("Cần Thơ")],
            money=[m(92e12, "VND", None, True), m(3.6 * B, "USD", None, True)],
            events=[],
        ),
        h(
            n(),
            "Registered foreign capital in Cần Thơ reached $412 million last year, spread over 31 projects, the planning department said.",
            "2026-04-02",
            "ministry",
            ["english_copy", "statistics", "count", "no_event"],
            provinces=[pv("Cần Thơ")],
            money=[m(412 * M, "USD")],
            quantities=[c(31, "projects")],
            events=[],
        ),
    ]
    # --- S14 Long An: tag statistics, clusters coming on stream, a park expansion cleared by a Deputy Prime Minister (VNS) ---
    rows += [
        h(
            n(),
            "Long An: vốn trong nước vào khu công nghiệp nửa đầu năm cao hơn cùng kỳ 58%, vốn ngoại cao hơn 41%",
            "2023-07-05",
            "provincial",
            ["tag_page", "statistics", "percentage", "no_event"],
            provinces=[pv("Long An")],
            percentages=[58, 41],
            events=[],
        ),
        h(
            n(),
            "Khoảng 150 ha đất sạch sẽ có thêm ở Long An khi các cụm công nghiệp Hòa Khánh Tây, Lương Bình và Mỹ Lộc 2 hoàn thành hạ tầng cuối năm nay.",
            "2024-02-20",
            "provincial",
            ["news_list_blurb", "clusters_listed", "area", "approx", "no_event"],
            provinces=[pv("Long An")],
            locations=[
                park("Cụm công nghiệp Hòa Khánh Tây"),
                park("Cụm công nghiệp Lương Bình"),
                park("Cụm công nghiệp Mỹ Lộc 2"),
            ],
            areas=[ha(150, True)],
            events=[],
        ),
        h(
            n(),
            "HCM CITY — Deputy Prime Minister Trần Hồng Hà has signed off on adding 280ha to Tân Đức 3 Industrial Park in Long An, a VNĐ4.9 trillion-plus job that would nearly quadruple the 75ha park.",
            "2024-06-10",
            "ministry",
            [
                "english_copy",
                "dateline_caps",
                "expansion_approved_no_investor",
                "person_role_before",
                "area",
                "approx",
                "no_event",
            ],
            persons=[per("Trần Hồng Hà", "Deputy Prime Minister")],
            provinces=[pv("Hồ Chí Minh"), pv("Long An")],
            money=[m(4.9e12, "VND", None, True)],
            areas=[ha(280), ha(75)],
            events=[],
        ),
        h(
            n(),
            "Tân Đức Development Investment Ltd, the park's current operator, is to develop the new land; it has not said when work will begin.",
            "2024-06-10",
            "ministry",
            ["english_copy", "split_row_investor"],
            firms=[f("Tân Đức Development Investment", "Ltd")],
            deals=[deal("investment", ["Tân Đức Development Investment"])],
            events=[],
        ),
        h(
            n(),
            "About $640 million came with 124 newly licensed FDI projects last year; investors from Singapore and Japan led.",
            "2024-06-10",
            "ministry",
            ["english_copy", "statistics", "count", "approx", "country", "no_event"],
            money=[m(640 * M, "USD", None, True)],
            quantities=[c(124, "newly licensed FDI projects")],
            locations=[country("Singapore"), country("Japan")],
            events=[],
        ),
    ]
    # --- S15 Vĩnh Long and Trà Vinh: a carmaker headline, a bridge broken ground by the committee (VNS), caches ---
    rows += [
        h(
            n(),
            "Nhà máy ô tô 2 tỷ USD ở Ấn Độ của một hãng xe Việt sắp động thổ",
            "2024-02-01",
            "ministry",
            ["blog_title", "unnamed_firm", "country", "no_event"],
            money=[m(2 * B, "USD")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "VĨNH LONG — A second bridge over the Cổ Chiên River, a VNĐ3.1 trillion (US$118 million) public-private partnership, got under way on December 20 at a ceremony held by the Vĩnh Long People's Committee.",
            "2025-12-21",
            "ministry",
            ["english_copy", "dateline_caps", "public_works_no_firm", "conversion_bracket", "no_event"],
            organizations=["Vĩnh Long People's Committee"],
            provinces=[pv("Vĩnh Long")],
            money=[m(3.1e12, "VND"), m(118 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Provincial chairman Trần Văn Lâu asked the contractors to finish the approach roads on the former Bến Tre and Trà Vinh sides first.",
            "2025-12-21",
            "ministry",
            ["english_copy", "person_role_before", "former_provinces", "no_event"],
            persons=[per("Trần Văn Lâu", "Provincial chairman")],
            provinces=[pv("Bến Tre"), pv("Trà Vinh")],
            events=[],
        ),
    ]
    # --- S16 packaging in Long An: a park developer's lease memorandum with a German group signed in Europe ---
    rows += [
        h(
            n(),
            "Tập đoàn FreshPak (Đức) sẽ thuê 5 ha trong KCN Phước Đông (Long An) cho nhà máy màng bọc thực phẩm 28 triệu euro, theo biên bản ghi nhớ hãng ký với Công ty CP Phát triển KCN Phước Đông Long An tại Munich ngày 19/11.",
            "2024-11-20",
            "provincial",
            [
                "lease_mou_abroad",
                "firm_pair_mou",
                "tenant_first",
                "province_in_firm_name",
                "country",
                "area",
                "deal_date",
            ],
            firms=[f("FreshPak", "Tập đoàn"), f("Phát triển KCN Phước Đông Long An", "Công ty CP")],
            provinces=[pv("Long An")],
            money=[m(28 * M, "EUR")],
            locations=[country("Đức"), park("Khu công nghiệp Phước Đông")],
            areas=[ha(5)],
            deals=[deal("mou", ["Phát triển KCN Phước Đông Long An", "FreshPak"], 28 * M, TN, "2024-11-19")],
            events=[
                ev(
                    "mou",
                    [F("Phát triển KCN Phước Đông Long An"), F("FreshPak")],
                    28 * M,
                    "EUR",
                    TN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Hãng muốn có lô sản phẩm đầu tiên trước Giáng sinh 2026 để kịp đơn hàng của các chuỗi siêu thị.",
            "2024-11-20",
            "provincial",
            ["plan_no_name", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gia đình sáng lập FreshPak vẫn điều hành hãng, vốn đã có nhà máy ở Ba Lan và Thổ Nhĩ Kỳ.",
            "2024-11-20",
            "provincial",
            ["firm_background", "countries", "no_event"],
            firms=[f("FreshPak")],
            locations=[country("Ba Lan"), country("Thổ Nhĩ Kỳ")],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư ngoại săn doanh nghiệp nhựa Việt",
            "2019-08-30",
            "provincial",
            ["tag_blurb", "title_only", "no_event"],
            events=[],
        ),
    ]
    # --- S17 English features on delta FDI, an investment-site page, Bạc Liêu approvals (SGGP) ---
    rows += [
        h(
            n(),
            "Speaking in Cần Thơ, Minister of Finance Nguyễn Văn Thắng listed inland ports and a coastal road among the works the delta's next tranche of State money would fund.",
            "2025-05-15",
            "ministry",
            ["english_copy", "person_role_before", "forum_place_mention", "no_event"],
            persons=[per("Nguyễn Văn Thắng", "Minister of Finance")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Only a quarter to a third of the land in the delta's 52 operating industrial parks is let, while dozens more parks are being built or planned.",
            "2012-01-01",
            "ministry",
            ["english_copy", "investment_site", "count", "fraction_in_words", "no_event"],
            quantities=[c(52, "operating industrial parks")],
            events=[],
        ),
        h(
            n(),
            "Long An's 16 parks, spread over some 8,500 hectares, are the most sought-after, and rents there are well above the delta's cheapest, around $1.2 per square metre a year.",
            "2012-01-01",
            "ministry",
            ["english_copy", "price_per_unit_no_money", "count", "area", "approx", "no_event"],
            provinces=[pv("Long An")],
            quantities=[c(16, "parks")],
            areas=[ha(8500, True)],
            events=[],
        ),
        h(
            n(),
            "Twenty-two domestic projects worth VNĐ15.6 trillion won investment policy decisions from the Bạc Liêu People's Committee in the first ten months.",
            "2020-11-05",
            "ministry",
            ["english_copy", "approvals_unnamed", "count_in_words", "no_event"],
            organizations=["Bạc Liêu People's Committee"],
            provinces=[pv("Bạc Liêu")],
            money=[m(15.6e12, "VND")],
            events=[],
        ),
        h(
            n(),
            "The largest, a $3.2 billion gas-fired power plant in Bạc Liêu, had its investment certificate handed to Mekong Offshore Power Pte. Ltd. in February 2020.",
            "2020-11-05",
            "ministry",
            ["english_copy", "recalled_licence", "month_year_no_date"],
            firms=[f("Mekong Offshore Power", "Pte. Ltd.")],
            provinces=[pv("Bạc Liêu")],
            money=[m(3.2 * B, "USD")],
            deals=[deal("investment", ["Mekong Offshore Power"], 3.2 * B, CM)],
            events=[],
        ),
        h(
            n(),
            "Mekong Offshore Power is now negotiating a power purchase agreement, its representative said.",
            "2020-11-05",
            "ministry",
            ["english_copy", "negotiation_no_deal", "no_event"],
            firms=[f("Mekong Offshore Power")],
            events=[],
        ),
    ]
    # --- S18 English: a park groundbreaking (SGGP), a factory broken ground with its recalled certificate, a drinks plant, a portal list ---
    rows += [
        h(
            n(),
            "More than 300 businesses sent representatives to the April 20 groundbreaking of the 1,050ha Hòa Bình Đông Industrial Park in Long An, where a former Deputy Prime Minister cut the ribbon.",
            "2022-04-21",
            "ministry",
            [
                "english_copy",
                "park_groundbreaking_no_developer",
                "role_without_name",
                "count",
                "approx",
                "area",
                "no_event",
            ],
            provinces=[pv("Long An")],
            quantities=[c(300, "businesses", True)],
            areas=[ha(1050)],
            events=[],
        ),
        h(
            n(),
            "A VNĐ1.5 billion gift from the developer to local schools was announced at the event.",
            "2022-04-21",
            "ministry",
            ["english_copy", "donation", "no_firm", "no_event"],
            money=[m(1.5 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Four projects bound for Xuyên Á Industrial Park, together worth more than VNĐ5 trillion, collected their certificates from the Long An People's Committee at the same ceremony.",
            "2022-04-21",
            "ministry",
            ["english_copy", "licences_unnamed", "count_in_words", "approx", "no_event"],
            organizations=["Long An People's Committee"],
            provinces=[pv("Long An")],
            money=[m(5e12, "VND", None, True)],
            events=[],
        ),
        h(
            n(),
            "CẦN THƠ — Construction has started on Phước Thịnh Precision's high-tech components factory at Hưng Phú 2B Industrial Park in Cần Thơ.",
            "2023-05-10",
            "ministry",
            [
                "english_copy",
                "dateline_caps",
                "groundbreaking_passive",
                "possessive_firm",
                "english_park_no_location",
            ],
            firms=[f("Phước Thịnh Precision")],
            provinces=[pv("Cần Thơ")],
            deals=[deal("groundbreaking", ["Phước Thịnh Precision"], None, CT)],
            events=[ev("groundbreaking", [F("Phước Thịnh Precision")], None, None, CT, "started")],
        ),
        h(
            n(),
            "Phước Thịnh Precision JSC has held an investment registration certificate from the Cần Thơ Export Processing and Industrial Zones Authority since July 10, 2019; the project is capitalised at VNĐ980 billion (US$42 million).",
            "2023-05-10",
            "ministry",
            ["english_copy", "recalled_licence", "grantor_after_from", "conversion_bracket", "deal_date"],
            firms=[f("Phước Thịnh Precision", "JSC")],
            organizations=["Cần Thơ Export Processing and Industrial Zones Authority"],
            provinces=[pv("Cần Thơ")],
            money=[m(980 * B, "VND"), m(42 * M, "USD")],
            deals=[deal("investment", ["Phước Thịnh Precision"], 980 * B, CT, "2019-07-10")],
            events=[],
        ),
        h(
            n(),
            "LONG AN (VNA) — A VNĐ2.3 trillion beverage plant, Mekong Brewing Co., Ltd's fourth in the country, is under construction at Long Hậu 3 Industrial Park after a groundbreaking on October 9.",
            "2024-10-10",
            "ministry",
            [
                "english_copy",
                "agency_dateline",
                "groundbreaking_passive",
                "possessive_firm",
                "legal_form_no_dot",
                "english_park_no_location",
                "deal_date",
            ],
            firms=[f("Mekong Brewing", "Co., Ltd.")],
            provinces=[pv("Long An")],
            money=[m(2.3e12, "VND")],
            deals=[deal("groundbreaking", ["Mekong Brewing"], 2.3e12, None, "2024-10-09")],
            events=[ev("groundbreaking", [F("Mekong Brewing")], 2.3e12, "VND", None, "started")],
        ),
        h(
            n(),
            "Four bottling lines are planned at the 16ha site to begin with.",
            "2024-10-10",
            "ministry",
            ["english_copy", "count_in_words", "area", "no_firm", "no_event"],
            areas=[ha(16)],
            events=[],
        ),
        h(
            n(),
            "Local suppliers of cans, labels and sugar were invited to register with the plant, said Nguyễn Văn Phước, chairman of the provincial People's Committee.",
            "2024-10-10",
            "ministry",
            ["english_copy", "person_role_after", "no_event"],
            persons=[per("Nguyễn Văn Phước", "chairman of the provincial People's Committee")],
            events=[],
        ),
        h(
            n(),
            "Nine projects were new to the province's industrial zones in May, bringing US$15.4 million and VNĐ310 billion; ten older ones put in another US$28 million.",
            "2020-06-05",
            "provincial",
            ["english_copy", "portal_news_list", "statistics", "count_in_words", "no_event"],
            money=[m(15.4 * M, "USD"), m(310 * B, "VND"), m(28 * M, "USD")],
            events=[],
        ),
    ]
    # --- S19 cold storage and food plants in Cần Thơ and Hậu Giang (shapes of French and Spanish VNA copy, English VNA) ---
    rows += [
        h(
            n(),
            "Công ty CP Logistics Cái Côn động thổ kho lạnh thủy sản của mình hôm 11/3; kho đặt trong KCN Sông Hậu (Hậu Giang), rộng 45.000 m2, dự toán khoảng 320 tỷ đồng.",
            "2024-03-12",
            "provincial",
            ["groundbreaking", "dong_tho", "province_in_bracket", "approx", "area_m2", "deal_date"],
            firms=[f("Logistics Cái Côn", "Công ty CP")],
            provinces=[pv("Hậu Giang")],
            money=[m(320 * B, "VND", None, True)],
            locations=[park("Khu công nghiệp Sông Hậu")],
            areas=[ha(4.5)],
            deals=[deal("groundbreaking", ["Logistics Cái Côn"], 320 * B, CT, "2024-03-11")],
            events=[ev("groundbreaking", [F("Logistics Cái Côn")], 320 * B, "VND", CT, "started")],
        ),
        h(
            n(),
            "Sau kho lạnh, công ty sẽ làm tiếp bến thủy nội địa; toàn dự án dự kiến tốn 1.100 tỷ đồng.",
            "2024-03-12",
            "provincial",
            ["project_total_no_firm", "no_event"],
            money=[m(1100 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Thực phẩm Hoshino (Nhật Bản) cắt băng nhà máy bột nêm và gia vị 6,5 triệu USD ở KCN Thốt Nốt, TP Cần Thơ.",
            "2022-06-20",
            "provincial",
            ["opening_with_capital", "country_in_bracket", "cat_bang"],
            firms=[f("Thực phẩm Hoshino", "Công ty TNHH")],
            provinces=[pv("Cần Thơ")],
            money=[m(6.5 * M, "USD")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Thốt Nốt")],
            deals=[deal("investment", ["Thực phẩm Hoshino"], 6.5 * M, CT)],
            events=[ev("inauguration", [F("Thực phẩm Hoshino")], 6.5 * M, "USD", CT, "completed")],
        ),
        h(
            n(),
            "Ông Hiroshi Sakata, Chủ tịch công ty, cho biết nhà máy sẽ thu mua sả, ớt và tỏi của nông dân quanh vùng.",
            "2022-06-20",
            "provincial",
            ["person_role_after", "no_event"],
            persons=[per("Hiroshi Sakata", "Chủ tịch công ty")],
            events=[],
        ),
        h(
            n(),
            "A US$19 million licence covering a new seafood processing line and a bigger brewery went to Phu Quy Seafood Company, Can Tho authorities said.",
            "2012-06-15",
            "ministry",
            [
                "english_copy",
                "unaccented",
                "licence_by_place",
                "company_word_kept",
                "two_projects_one_amount",
            ],
            firms=[f("Phu Quy Seafood Company")],
            provinces=[pv("Cần Thơ")],
            money=[m(19 * M, "USD")],
            deals=[deal("investment", ["Phu Quy Seafood Company"], 19 * M, CT)],
            events=[ev("investment_licence", [F("Phu Quy Seafood Company")], 19 * M, "USD", CT, "licensed")],
        ),
        h(
            n(),
            "About $860 million has actually been spent by the 208 projects holding valid licences in the city's parks, out of nearly $1.95 billion registered.",
            "2012-06-15",
            "ministry",
            ["english_copy", "statistics", "count", "approx", "no_event"],
            money=[m(860 * M, "USD"), m(1.95 * B, "USD", None, True)],
            quantities=[c(208, "projects")],
            events=[],
        ),
    ]
    # --- S20 English features on farm investment in the delta, an FDI round-up, a brochure ---
    rows += [
        h(
            n(),
            "Foreign investors registered 389 share purchases and capital contributions in HCM City in the first quarter, more than the 138 new FDI projects licensed, which brought US$141 million.",
            "2017-04-09",
            "ministry",
            ["english_copy", "blog_round_up", "count", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(141 * M, "USD")],
            quantities=[c(389, "share purchases and capital contributions"), c(138, "new FDI projects")],
            events=[],
        ),
        h(
            n(),
            "Rice, shrimp and pangasius still dominate, but the delta wants more processing done locally, Nguyễn Văn Hồng, vice chairman of the Cần Thơ People's Committee, told visiting investors.",
            "2019-11-20",
            "ministry",
            ["english_copy", "person_role_after", "no_event"],
            organizations=["Cần Thơ People's Committee"],
            persons=[per("Nguyễn Văn Hồng", "vice chairman of the Cần Thơ People's Committee")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Investors should look beyond rice to seaweed farming and pest-control services, Deputy Minister of Agriculture and Environment Phùng Đức Tiến told a Cần Thơ conference.",
            "2025-10-31",
            "ministry",
            ["english_copy", "person_role_before", "conference_place_mention", "no_event"],
            persons=[per("Phùng Đức Tiến", "Deputy Minister of Agriculture and Environment")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "MEKONG DELTA INVESTOR HANDBOOK 2016\nPrepared with support from GIZ; tenant enquiries to the VCCI office in Cần Thơ",
            "2016-01-01",
            "ministry",
            ["english_copy", "brochure", "all_caps_title", "several_lines", "acronym_org", "no_event"],
            organizations=[
                "Deutsche Gesellschaft für Internationale Zusammenarbeit",
                "Phòng Thương mại và Công nghiệp Việt Nam",
            ],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
    ]
    # --- More rows in the sampled shapes: park licences and approvals (S10, S12, S13), openings and groundbreakings
    #     (S7, S18, S19), a stake purchase (S8), a lease memorandum (S16), pledges (S3, S4), context lines ---
    rows += [
        h(
            n(),
            "Quyết định chấp thuận chủ trương đầu tư dự án KCN Hòa Hiệp, rộng 305 ha, đã được UBND tỉnh Vĩnh Long trao cho Công ty CP Hạ tầng Cổ Chiên sáng 3/10; dự án có tổng vốn 1.980 tỷ đồng.",
            "2025-10-03",
            "provincial",
            ["nfd", "licence_passive", "grantor_before_recipient", "area", "deal_date"],
            firms=[f("Hạ tầng Cổ Chiên", "Công ty CP")],
            organizations=["Ủy ban nhân dân tỉnh Vĩnh Long"],
            provinces=[pv("Vĩnh Long")],
            money=[m(1980 * B, "VND")],
            locations=[park("Khu công nghiệp Hòa Hiệp")],
            areas=[ha(305)],
            deals=[deal("investment", ["Hạ tầng Cổ Chiên"], 1980 * B, VL, "2025-10-03")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Vĩnh Long"), F("Hạ tầng Cổ Chiên")],
                    1980 * B,
                    "VND",
                    VL,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Ông Võ Thanh Tùng, Tổng Giám đốc Công ty CP Hạ tầng Cổ Chiên, cho biết khu sẽ ưu tiên chế biến nông thủy sản, cơ khí nông nghiệp và bao bì.",
            "2025-10-03",
            "provincial",
            ["nfd", "person_role_after", "no_event"],
            firms=[f("Hạ tầng Cổ Chiên", "Công ty CP")],
            persons=[per("Võ Thanh Tùng", "Tổng Giám đốc Công ty CP Hạ tầng Cổ Chiên")],
            events=[],
        ),
        h(
            n(),
            "Dự lễ có ông Nguyễn Văn Hiếu, Phó Chủ tịch UBND tỉnh Vĩnh Long, cùng đại diện Sở Tài chính và Ban Quản lý các KCN tỉnh.",
            "2025-10-03",
            "provincial",
            ["attendee_list", "person_role_after", "bare_unit_no_org", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Vĩnh Long"],
            persons=[per("Nguyễn Văn Hiếu", "Phó Chủ tịch UBND tỉnh Vĩnh Long")],
            provinces=[pv("Vĩnh Long")],
            events=[],
        ),
        h(
            n(),
            "Sa Giang Infrastructure JSC will build the 198ha Tân Kiều Industrial Park in Đồng Tháp Province, a VNĐ2.4 trillion project whose investment policy Deputy Prime Minister Nguyễn Hòa Bình has approved.",
            "2025-07-22",
            "ministry",
            ["english_copy", "deputy_pm_approval", "investor_first", "english_park_no_location", "area"],
            firms=[f("Sa Giang Infrastructure", "JSC")],
            persons=[per("Nguyễn Hòa Bình", "Deputy Prime Minister")],
            provinces=[pv("Đồng Tháp")],
            money=[m(2.4e12, "VND")],
            areas=[ha(198)],
            deals=[deal("investment", ["Sa Giang Infrastructure"], 2.4e12, DT)],
            events=[ev("investment_licence", [F("Sa Giang Infrastructure")], 2.4e12, "VND", DT, "licensed")],
        ),
        h(
            n(),
            "The park is expected to employ about 25,000 workers once it is fully leased.",
            "2025-07-22",
            "ministry",
            ["english_copy", "count", "approx", "no_event"],
            quantities=[c(25000, "workers", True)],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Dừa Xanh Mỏ Cày cắt băng khánh thành nhà máy chế biến nước cốt dừa tại KCN An Hiệp, tỉnh Bến Tre sáng 15.8; nhà máy có vốn đầu tư 35 triệu USD.",
            "2024-08-16",
            "provincial",
            ["opening_with_capital", "dot_date", "deal_date"],
            firms=[f("Dừa Xanh Mỏ Cày", "Công ty TNHH")],
            provinces=[pv("Bến Tre")],
            money=[m(35 * M, "USD")],
            locations=[park("Khu công nghiệp An Hiệp")],
            deals=[deal("investment", ["Dừa Xanh Mỏ Cày"], 35 * M, VL, "2024-08-15")],
            events=[ev("inauguration", [F("Dừa Xanh Mỏ Cày")], 35 * M, "USD", VL, "completed")],
        ),
        h(
            n(),
            "Nhà máy có 3 dây chuyền, công suất 60 triệu lít/năm và dùng khoảng 420 lao động địa phương.",
            "2024-08-16",
            "provincial",
            ["count", "capacity_no_count", "approx", "no_firm", "no_event"],
            quantities=[c(3, "dây chuyền"), c(420, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Khởi công nhà máy thức ăn tôm 600 tỷ đồng tại Sóc Trăng\nNgày 28-2, Công ty CP Dinh dưỡng Thủy sản Biển Đông động thổ nhà máy ở KCN An Nghiệp, công suất 180.000 tấn/năm.",
            "2025-03-01",
            "provincial",
            [
                "nfd",
                "headline_lead",
                "amount_in_headline",
                "groundbreaking",
                "dong_tho",
                "dash_date",
                "deal_date",
            ],
            firms=[f("Dinh dưỡng Thủy sản Biển Đông", "Công ty CP")],
            provinces=[pv("Sóc Trăng")],
            money=[m(600 * B, "VND")],
            locations=[park("Khu công nghiệp An Nghiệp")],
            deals=[deal("groundbreaking", ["Dinh dưỡng Thủy sản Biển Đông"], 600 * B, CT, "2025-02-28")],
            events=[
                ev("groundbreaking", [F("Dinh dưỡng Thủy sản Biển Đông")], 600 * B, "VND", CT, "started")
            ],
        ),
        h(
            n(),
            "Tham dự lễ có ông Lâm Hoàng Nghiệp, Phó Chủ tịch UBND TP Cần Thơ, cùng đại diện Sở Nông nghiệp và Môi trường Cần Thơ.",
            "2025-03-01",
            "provincial",
            ["nfd", "attendee_list", "person_role_after", "province_in_org_name", "no_event"],
            organizations=["Ủy ban nhân dân TP Cần Thơ", "Sở Nông nghiệp và Môi trường Cần Thơ"],
            persons=[per("Lâm Hoàng Nghiệp", "Phó Chủ tịch UBND TP Cần Thơ")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Quỹ đầu tư Nordic Seafood Partners vừa hoàn tất mua 35% cổ phần Công ty CP Thủy sản Năm Căn Xanh với giá khoảng 42 triệu USD.",
            "2025-06-18",
            "ministry",
            ["acquisition_completed", "fund_as_firm", "percentage", "approx"],
            firms=[f("Nordic Seafood Partners"), f("Thủy sản Năm Căn Xanh", "Công ty CP")],
            money=[m(42 * M, "USD", None, True)],
            percentages=[35],
            deals=[deal("investment", ["Nordic Seafood Partners"], 42 * M)],
            events=[
                ev(
                    "acquisition",
                    [F("Nordic Seafood Partners"), F("Thủy sản Năm Căn Xanh")],
                    42 * M,
                    "USD",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Khoản vốn mới giúp Năm Căn Xanh nâng sức chứa kho lạnh lên 9.000 tấn trước mùa tôm cuối năm.",
            "2025-06-18",
            "ministry",
            ["short_name_reused", "capacity_no_count", "no_event"],
            firms=[f("Năm Căn Xanh")],  # a reused short name is a firm, as batches 71-115 have it (session 33)
            events=[],
        ),
        h(
            n(),
            "Mekong Frozen Logistics JSC is spending VNĐ410 billion on a 12,000-pallet cold store at Tân Phú Thạnh Industrial Park in Hậu Giang Province, where piling began on Tuesday.",
            "2023-09-14",
            "ministry",
            ["english_copy", "groundbreaking", "piling_began", "weekday_no_date", "capacity_no_count"],
            firms=[f("Mekong Frozen Logistics", "JSC")],
            provinces=[pv("Hậu Giang")],
            money=[m(410 * B, "VND")],
            deals=[deal("groundbreaking", ["Mekong Frozen Logistics"], 410 * B, CT)],
            events=[ev("groundbreaking", [F("Mekong Frozen Logistics")], 410 * B, "VND", CT, "started")],
        ),
        h(
            n(),
            "It will serve shrimp and pangasius exporters from Cần Thơ, Sóc Trăng and An Giang, which now truck much of their frozen output to HCM City.",
            "2023-09-14",
            "ministry",
            ["english_copy", "province_list", "no_firm", "no_event"],
            provinces=[pv("Cần Thơ"), pv("Sóc Trăng"), pv("An Giang"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Ban Quản lý Khu kinh tế tỉnh Trà Vinh vừa cấp giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Chế biến Thuỷ sản Long Hoà (Hàn Quốc) để xây nhà máy cá đông lạnh 22 triệu USD tại KCN Cầu Quan.",
            "2019-05-07",
            "provincial",
            ["old_tone", "licence", "country_in_bracket", "province_in_org_name"],
            firms=[f("Chế biến Thủy sản Long Hòa", "Công ty TNHH")],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Trà Vinh"],
            provinces=[pv("Trà Vinh")],
            money=[m(22 * M, "USD")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Cầu Quan")],
            deals=[deal("investment", ["Chế biến Thủy sản Long Hòa"], 22 * M, VL)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Trà Vinh"), F("Chế biến Thủy sản Long Hòa")],
                    22 * M,
                    "USD",
                    VL,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Theo ông Kim Ngọc Thái, Trưởng Ban Quản lý Khu kinh tế Trà Vinh, nhà máy sẽ cần khoảng 1.200 lao động khi chạy hết công suất.",
            "2019-05-07",
            "provincial",
            ["person_role_after", "province_in_org_name", "count", "approx", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Trà Vinh"],
            persons=[per("Kim Ngọc Thái", "Trưởng Ban Quản lý Khu kinh tế Trà Vinh")],
            provinces=[pv("Trà Vinh")],
            quantities=[c(1200, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Tây Nam Industrial Park JSC signed a memorandum on June 6 with Thailand's Siam Cold Storage to lease 3ha for a cold warehouse in Cần Thơ's Thốt Nốt district.",
            "2024-06-08",
            "ministry",
            [
                "english_copy",
                "lease_mou",
                "firm_pair_mou",
                "possessive_country",
                "english_district_no_location",
                "deal_date",
            ],
            firms=[f("Tây Nam Industrial Park", "JSC"), f("Siam Cold Storage")],
            provinces=[pv("Cần Thơ")],
            locations=[country("Thailand")],
            areas=[ha(3)],
            deals=[deal("mou", ["Tây Nam Industrial Park", "Siam Cold Storage"], None, CT, "2024-06-06")],
            events=[
                ev("mou", [F("Tây Nam Industrial Park"), F("Siam Cold Storage")], None, None, CT, "signed")
            ],
        ),
        h(
            n(),
            "Siam Cold Storage, which already runs two warehouses in Bình Dương, plans to invest about $18 million in the Cần Thơ site.",
            "2024-06-08",
            "ministry",
            ["english_copy", "planned_investment", "approx", "count_in_words"],
            firms=[f("Siam Cold Storage")],
            provinces=[pv("Bình Dương"), pv("Cần Thơ")],
            money=[m(18 * M, "USD", None, True)],
            deals=[deal("investment", ["Siam Cold Storage"], 18 * M, CT)],
            events=[ev("investment_announcement", [F("Siam Cold Storage")], 18 * M, "USD", CT, "announced")],
        ),
        h(
            n(),
            "TRÀ VINH — Daeho Aqua Feed Co., Ltd of South Korea broke ground on November 3 on a $42 million shrimp-feed mill at Long Đức Industrial Park in Trà Vinh Province.",
            "2024-11-04",
            "ministry",
            [
                "english_copy",
                "dateline_caps",
                "groundbreaking",
                "country_after_of",
                "legal_form_no_dot",
                "english_park_no_location",
                "deal_date",
            ],
            firms=[f("Daeho Aqua Feed", "Co., Ltd.")],
            provinces=[pv("Trà Vinh")],
            money=[m(42 * M, "USD")],
            locations=[country("South Korea")],
            deals=[deal("groundbreaking", ["Daeho Aqua Feed"], 42 * M, VL, "2024-11-03")],
            events=[ev("groundbreaking", [F("Daeho Aqua Feed")], 42 * M, "USD", VL, "started")],
        ),
        h(
            n(),
            "Vice chairman of the provincial People's Committee Lê Văn Hẳn asked the investor to buy soybean meal and fish meal from local suppliers where it could.",
            "2024-11-04",
            "ministry",
            ["english_copy", "person_role_before", "no_event"],
            persons=[per("Lê Văn Hẳn", "Vice chairman of the provincial People's Committee")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Cơ khí Nông nghiệp Tây Đô khởi công nhà máy máy gặt đập liên hợp trong KCN Bình Minh (Vĩnh Long) sáng 9/5.",
            "2025-05-09",
            "provincial",
            ["nfd", "groundbreaking", "province_in_bracket", "deal_date"],
            firms=[f("Cơ khí Nông nghiệp Tây Đô", "Công ty CP")],
            provinces=[pv("Vĩnh Long")],
            locations=[park("Khu công nghiệp Bình Minh")],
            deals=[deal("groundbreaking", ["Cơ khí Nông nghiệp Tây Đô"], None, VL, "2025-05-09")],
            events=[ev("groundbreaking", [F("Cơ khí Nông nghiệp Tây Đô")], None, None, VL, "started")],
        ),
        h(
            n(),
            "Vốn dự án 450 tỷ đồng; giấy chứng nhận đầu tư do Ban Quản lý các KCN tỉnh Vĩnh Long cấp từ cuối năm 2024.",
            "2025-05-09",
            "provincial",
            ["nfd", "recalled_licence_no_firm", "province_in_org_name", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Vĩnh Long"],
            provinces=[pv("Vĩnh Long")],
            money=[m(450 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Trong số nhà đầu tư cam kết tại hội nghị, Tập đoàn Lúa Vàng Mekong đăng ký 4.500 tỷ đồng cho tổ hợp xay xát, sấy và kho lạnh ở Đồng Tháp.",
            "2024-12-14",
            "provincial",
            ["conference_commitment", "named_firm_plan"],
            firms=[f("Lúa Vàng Mekong", "Tập đoàn")],
            provinces=[pv("Đồng Tháp")],
            money=[m(4500 * B, "VND")],
            deals=[deal("investment", ["Lúa Vàng Mekong"], 4500 * B, DT)],
            events=[ev("investment_announcement", [F("Lúa Vàng Mekong")], 4500 * B, "VND", DT, "announced")],
        ),
    ]
    # --- Context lines in the sampled shapes (statistics, quotes, tags, junk), with old tone placement and NFD ---
    rows += [
        h(
            n(),
            "Vào mùa cao điểm, nhiều doanh nghiệp thuỷ sản ở Hậu Giang phải chở hàng lên TP.HCM gửi kho.",
            "2022-09-10",
            "provincial",
            ["old_tone", "province_list", "no_firm", "no_event"],
            provinces=[pv("Hậu Giang"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Xưởng sấy trái cây của hợp tác xã ở xã Hoà Long đã chạy thử lô hàng đầu tiên.",
            "2024-12-29",
            "provincial",
            ["old_tone", "unnamed_cooperative", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Factory output in Long An rose 3.1 per cent month-on-month in May, the provincial Department of Industry and Trade estimated.",
            "2020-06-05",
            "provincial",
            ["english_copy", "portal_news_list", "percentage", "bare_unit_no_org", "no_event"],
            provinces=[pv("Long An")],
            percentages=[3.1],
            events=[],
        ),
        h(
            n(),
            "Singapore and Japan supply most of the foreign money flowing into Long An's parks, provincial officials said.",
            "2023-05-15",
            "ministry",
            ["english_copy", "feature", "country", "no_event"],
            provinces=[pv("Long An")],
            locations=[country("Singapore"), country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Chủ tịch UBND TP Cần Thơ Trương Cảnh Tuyên muốn mỗi dự án giới thiệu tại hội nghị đều có người theo dõi đến khi được cấp phép.",
            "2026-03-05",
            "provincial",
            ["nfd", "person_role_before", "no_event"],
            organizations=["Ủy ban nhân dân TP Cần Thơ"],
            persons=[per("Trương Cảnh Tuyên", "Chủ tịch UBND TP Cần Thơ")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Hậu Giang: Nhiều khu công nghiệp mới vẫn đang chờ nhà đầu tư hạ tầng",
            "2023-07-15",
            "provincial",
            ["tag_page", "title_only", "no_event"],
            provinces=[pv("Hậu Giang")],
            events=[],
        ),
        h(
            n(),
            "Long An được rót thêm 610 triệu USD và 23.000 tỷ đồng vào các khu công nghiệp",
            "2023-12-20",
            "provincial",
            ["tag_page", "title_only", "no_firm", "no_event"],
            provinces=[pv("Long An")],
            money=[m(610 * M, "USD"), m(23000 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "anh flycam cang cai cui can tho dji 0032",
            "2024-01-01",
            "provincial",
            ["junk", "image_title", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cold storage remains the delta's weakest link, several exporters at the conference said.",
            "2025-10-31",
            "ministry",
            ["english_copy", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "On the same day in Lâm Đồng, a park's roads and drainage were declared complete at a ceremony attended by provincial leaders.",
            "2025-12-21",
            "ministry",
            ["english_copy", "inauguration_no_firm", "no_event"],
            provinces=[pv("Lâm Đồng")],
            events=[],
        ),
        h(
            n(),
            "Giá thuê kho lạnh ở Cần Thơ đã tăng khoảng 20% trong hai năm, theo một số doanh nghiệp xuất khẩu.",
            "2021-05-03",
            "ministry",
            ["blog", "percentage", "approx", "no_event"],
            provinces=[pv("Cần Thơ")],
            percentages=[20],
            events=[],
        ),
        h(
            n(),
            "Theo VASEP, xuất khẩu tôm năm 2024 đạt khoảng 4 tỷ USD, tăng 15% so với năm trước.",
            "2025-03-09",
            "provincial",
            ["acronym_org", "statistics", "percentage", "approx", "no_event"],
            organizations=["Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam"],
            money=[m(4 * B, "USD", None, True)],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "Trưởng Ban Quản lý Khu kinh tế tỉnh Tây Ninh Huỳnh Quốc Việt nói quy trình mới giúp rút ngắn gần một nửa thời gian thẩm định hồ sơ khu công nghiệp.",
            "2025-09-22",
            "provincial",
            ["nfd", "person_role_before", "province_in_org_name", "fraction_in_words", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Tây Ninh"],
            persons=[per("Huỳnh Quốc Việt", "Trưởng Ban Quản lý Khu kinh tế tỉnh Tây Ninh")],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "A side exhibition will show rice dryers and cold-storage equipment made by delta workshops.",
            "2026-04-02",
            "ministry",
            ["english_copy", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trà Nóc's tenants, nearly 190 businesses, will share a new waste-water plant due next year.",
            "2012-06-15",
            "ministry",
            ["english_copy", "count", "approx", "no_event"],
            quantities=[c(190, "businesses", True)],
            events=[],
        ),
        h(
            n(),
            "Leaders press the button to start work on the Phước Thịnh plant. Photo courtesy of the company",
            "2023-05-10",
            "ministry",
            ["english_copy", "caption", "short_name_reused", "no_event"],
            events=[],
        ),
    ]
    # --- More Vietnamese context lines from the sampled news pages (S4, S7, S8, S10, S12, S16, S19) ---
    rows += [
        h(
            n(),
            "Giá trị thương vụ không được các bên công bố.",
            "2025-09-18",
            "ministry",
            ["no_firm", "undisclosed_value", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thu ngân sách của tỉnh sau 9 tháng đã vượt 40.000 tỉ đồng, tương đương 87% dự toán.",
            "2025-09-22",
            "provincial",
            ["statistics", "percentage", "approx", "no_event"],
            money=[m(40000 * B, "VND", None, True)],
            percentages=[87],
            events=[],
        ),
        h(
            n(),
            "Bí thư Tỉnh ủy Đồng Tháp Lê Quốc Phong mời các nhà đầu tư về xem vùng xoài Cao Lãnh trước khi quyết định.",
            "2017-12-10",
            "provincial",
            ["person_role_before", "bare_place_not_district", "no_event"],
            persons=[per("Lê Quốc Phong", "Bí thư Tỉnh ủy Đồng Tháp")],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "Chủ đầu tư cho biết sẽ tuyển khoảng 3.000 công nhân cho cả cụm.",
            "2024-01-06",
            "provincial",
            ["count", "approx", "no_firm", "no_event"],
            quantities=[c(3000, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Tuyến nối dài khoảng 14 km, dự kiến khởi công trong quý II/2026, theo Sở Xây dựng.",
            "2025-11-04",
            "provincial",
            ["public_works", "bare_unit_no_org", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dự án nằm ở xã Bình An, huyện Châu Thành, tỉnh Kiên Giang, thời hạn hoạt động 50 năm.",
            "2024-10-08",
            "provincial",
            ["commune_not_district", "district", "no_firm", "no_event"],
            provinces=[pv("Kiên Giang")],
            locations=[district("huyện Châu Thành")],
            events=[],
        ),
        h(
            n(),
            "Nhiều chủ kho lạnh ở miền Tây đang tính chuyển sang môi chất lạnh ít phát thải.",
            "2024-03-12",
            "provincial",
            ["no_firm", "no_event"],
            events=[],
        ),
    ]
    return rows
