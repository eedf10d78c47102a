# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 74 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (results ranked 5 or lower were not used; see
"Own wording" for the rows taken out or changed again), on this batch's theme: the Mekong Delta and the South-West (Cần
Thơ with the former Hậu Giang and Sóc Trăng, An Giang with the former Kiên Giang, Đồng Tháp with the former Tiền Giang,
Vĩnh Long with the former Bến Tre and Trà Vinh, Cà Mau with the former Bạc Liêu, Tây Ninh with the former Long An):
agro- and seafood-processing machinery and equipment, food packaging, cold storage, wind and solar equipment, ports and
logistics parks; investment licences, groundbreakings, openings, supply and equipment contracts, provincial
supporting-industry and khuyến công programmes. Searches (16 Vietnamese, 4 English): "Cần Thơ nhà máy thiết bị chế biến
thủy sản ký hợp đồng cung cấp", "An Giang khánh thành nhà máy chế biến rau quả đông lạnh dây chuyền thiết bị", "Đồng
Tháp khởi công kho lạnh trung tâm logistics nông sản", "Vĩnh Long chương trình phát triển công nghiệp hỗ trợ giai đoạn
2021-2025", "Cà Mau điện gió ký hợp đồng cung cấp tuabin thiết bị", "Tây Ninh điện mặt trời nhà máy sản xuất tấm pin
khu công nghiệp", "Long An cảng quốc tế khu logistics khởi công giai đoạn", "bao bì thực phẩm nhà máy đồng bằng sông Cửu
Long đầu tư khánh thành", "máy xay xát lau bóng gạo doanh nghiệp cơ khí An Giang chế tạo", "Cần Thơ trao giấy chứng
nhận đăng ký đầu tư khu công nghiệp 2025", "Trà Vinh điện gió ngoài khơi nhà máy chế tạo thiết bị cảng", "Hậu Giang khu
công nghiệp nhà máy chế biến trái cây khởi công", "Sóc Trăng Bạc Liêu nhà máy chế biến tôm đi vào hoạt động dây chuyền
tự động", "Kiên Giang cảng cá kho lạnh dự án chấp thuận chủ trương đầu tư", "Tiền Giang khu công nghiệp Long Giang nhà
máy FDI tăng vốn", "Bến Tre nhà máy chế biến dừa đầu tư thiết bị khánh thành", and in English "Mekong Delta wind power
turbine supply contract signed", "Can Tho cold storage logistics centre opened seafood", "Long An port logistics park
investment licence granted", "An Giang rice processing plant equipment investment inaugurated". Annotated for every
field BEFORE any tagger was run on them, without reading the tagger code, its data, its tests or the notes. No sentence
is taken or paraphrased from a page; the shapes are. Firm, park, port and person names are invented (brands such as
Nordex appear only in sentences of our own, with figures, dates and places changed; EVN only as a PPA counterpart).

What the 80 result slots looked like (S1-S20, r1-r4): 11 spam and junk lines (all four results of the rice-machinery
search were crusher and sand spam on foreign domains; gambling keyword salads; a junk image title; a lottery domain
carrying a Tuổi Trẻ lead on three rice-cluster groundbreakings, returned again by the English rice-mill search), 25 tag,
hashtag, title, category, TV, podcast and video blurbs (a packaging tag with a headline and lead, rooftop-solar and
port-planning titles, a park groundbreaking and four new clusters as category blurbs, TV blurbs with a comment form, a
shrimp tag page ending "error: Content is protected !!", a coconut video ending "TRỌN BỘ", a food-safety tag, three
repeats of earlier tags in the Kiên Giang search), 3 theses and documents (a smart-port Delphi abstract, a World Bank
note on solar auctions on an e-book site, a VietGAP shrimp article on a document store with its journal header), 22
Vietnamese national, provincial and company pages (a Cần Thơ processors' feature with a founder and a caption, a
frozen-vegetable plant built with its capital, a group's logistics-centre proposal at a working session, an energy
group's wind proposals at a working session in Cà Mau, an EPC contract for a Cà Mau wind farm signed in Hà Nội with a
"{keywords}" artefact and the contractor's profile, a contractor's reference page on a solar subcontract in Tây Ninh, a
Cần Thơ video page on a park licence with its credits line, a Cần Thơ working session with statistics, a Cần Thơ round
of four certificates told lead, "Theo đó" and "Cụ thể" lines, a wind company's news page on its last turbine erected, a
Trà Vinh wind feature with a proposal and a QĐ-TTg, a wind-plant opening with the turbine maker named and a related-
links list, a Trà Vinh approvals list with a caption and a quote, a fruit-plant groundbreaking in Sông Hậu park, a
shrimp-plant opening on a blog, fisheries infrastructure in Kiên Giang, a coconut-plant groundbreaking on a tag page, a
2004 coconut joint venture, a coconut-milk plant put into operation, the Tuổi Trẻ rice-cluster lead once more), 5
French and Spanish VNA/Nhân Dân copies (Vĩnh Long khuyến công figures, a Cà Mau turbine installation begun, the Long
An port's phase 1 opened and phase 2 begun on one day, a Hậu Giang cold store broken ground told twice; read for their
shapes only and rendered in Vietnamese or English) and 14 English pages (VNS on a fruit-plant groundbreaking with
quotes, Saigon Times and SGGP on a co-hosted wind-farm groundbreaking and its PPA with a translator byline, a turbine
maker's orders with and without the buyer named, VNS on Trà Vinh's wind investors with a memorandum, a Cần Thơ
reception of foreign businesses with statistics, four Long An logistics and port features, a canned-fruit plant
discussed at a working session, two reports of a rice-mill opening with its European equipment makers). About 31 of
the 80 slots told a deal or an event in some form (groundbreakings first, then openings, supply and EPC contracts, a
licence and a licence round, approvals lists, a joint venture, a memorandum, consortium investments), several the same
story twice; no credit agreement, acquisition or machinery-supply contract for a processor came up in any first four
(the machinery theme gave only spam, equipment origins and turbine orders).

Rows: 159 (hand-17601 to hand-17759); 29 carry a deal or an event (18%: the deal pages also gave their captions,
quotes, capacities, statistics and profiles): 22 events in 20 rows (6 groundbreakings, 6 inaugurations, 4 supply
contracts, 3 investment announcements, 1 licence, 1 joint venture, 1 MoU) and 33 `deals` entries in 28 rows (20
investment, 6 supply_contract, 6 groundbreaking, 1 mou); 9 rows hold a deal without an event (hand-17677, 17679: a
certificate round's split lines; 17681, 17692: a consortium's farm and an approvals list recalled; 17688: a recalled
turbine supply; 17727: a PPA recalled; 17733, 17736: English "partners in ... with VND2.4 trillion invested", "has
sunk"; 17745: "has so far put money into 5 of the 14 hectares"), 1 an event without a deal (hand-17752, an opening
without capital). 130 rows are negatives and other fields. By page kind: 27 rows in the shapes
of spam, junk, tag, title, category and blurb lines (1 with a deal or event), 4 of theses and documents (0), 87 of
Vietnamese news, company and contractor pages and of the French/Spanish copies rendered in Vietnamese (18), 41 of
English copy (`english_copy`; 10). 8 rows are stored in NFD (hand-17633, 17639, 17648, 17666, 17677, 17685, 17704,
17716), 5 use old tone placement (hand-17693 "hoà lưới", 17699 "Thuỷ sản", 17701 and 17702 "hoá", 17706 "Phú Hoà"),
31 hold a headline with its lead, a caption with its credit, a dateline block or several lines.

Own wording: on review of the first draft against the sampled pages, about 120 of its rows followed a sampled sentence
too closely (same clause order with names and figures swapped: the Vĩnh Long khuyến công paragraph, the Cà Mau working
session and its caption, the EPC signing lead and project profile, the turbine-installation lead and the chairman's
remark, the contractor's subcontract line, the port's phase, berth and expansion lines, the Cần Thơ video lead and
credits, the certificate round's "Theo đó"/"Bên cạnh đó"/"Cụ thể" lines, the wind company's last-turbine line, the
Trà Vinh feature and approvals list, the wind-plant opening and its turbine-supplier line, the Sông Hậu groundbreaking
and its follow-ups, the shrimp-plant headline and IQF line, the Kiên Giang infrastructure lines, the coconut
groundbreaking, joint-venture and operation lines, most tag and blurb lines, and nearly all English paragraphs); every
one was rewritten from scratch (other clause order, other facts around it, usually other figures) and its gold redone.
One row was taken out because its shape and facts came from a result ranked 6 (a Hậu Giang vice chairman's count of
investment approvals since January, from the Sông Hậu groundbreaking search); one row lost a detail found only at rank 5
(coconut exports counted in containers; the row keeps the rank-2 shape), and a port name seen only at rank 5 was
replaced.

Conventions: exactly those of batches 10 and 12-73 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence is an "investment" deal with its amount and an investment_licence event whose government
party is written as in the text ("nhận từ UBND TP Cần Thơ" names the grantor, batch 62); a held groundbreaking is a
groundbreaking deal and event "started", dated only when the row gives a day; a planned groundbreaking or opening is an
announced investment; an opening with its capital is an investment deal and an inauguration event, without capital the
event only; a co-hosting People's Committee is a party of the groundbreaking (batch 43), a province as actor with no
investor gives nothing (batch 73); a consortium or joint venture investing or breaking ground is ONE deal of its
members; round lines without a licensing verb after a licence round are deals without events and without site (batch
73); a recalled contract, licence or investment is a deal without an event; an EPC contract is a supply_contract with
the contractor first, a subcontract likewise (the subcontractor first), a PPA with the seller first, a buyer-first
order with the maker first (batch 62); a contract whose counterpart is unnamed gives no deal; proposals, working
sessions, receptions, plans, wishes, totals of unnamed projects, khuyến công support and public works give no deal;
attendees and witnesses are no parties; a signing city and a dateline are province mentions, not the site; a province
inside a firm's name is no mention, inside an organisation's or park's name it is; "Việt Nam" is dropped from a foreign
subsidiary's name; "Công ty CP Tập đoàn X" is X with "Công ty CP", "Tổng công ty X - CTCP" X with "Tổng công ty", "CTCP"
"Công ty CP"; English "X Group", "X Corporation" and "X Company" keep the word with no form; EVN as "Vietnam Electricity
(EVN)" is the firm "Điện lực Việt Nam" (batch 62's correction); organisations expand UBND, KCN, KCX and acronyms such as
"Bộ NN&PTNT" and a bare unit ("Sở Công thương", "Sở Kế hoạch và Đầu tư", "UBND tỉnh", "the provincial Department of
Planning and Investment") is none; districts written with "huyện", "thị xã" or "TP" before July 2025 are locations,
English districts and parks are not; counts in words, capacities, tonnages and "times" are no counts; m2 become
hectares; vague amounts are not amounts; bylines, translators and photo credits are persons without a role, "CTV" and
site credits nothing; a surname alone ("ông Thái") is no person; old tone placement in a firm's name is normalised in
the gold ("Phú Hoà" -> "Phú Hòa", "Thuỷ sản" -> "Thủy sản"). Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- "X vừa xây xong nhà máy ... vốn 140 tỉ đồng" told by the firm's director (hand-17639) is read like "vừa đưa vào sản
  xuất" (batch 70): an investment deal and an inauguration event with the amount.
- A firm that "đã đưa sà lan cẩu vào vị trí và dựng xong trụ đầu tiên trong 40 tua-bin" of its wind project
  (hand-17660) is construction progress, not a groundbreaking (batch 70's "piling began" marks the start of works;
  erecting turbines does not): no deal, no event; the phase's capital is money only.
- A subcontract written amount first in the passive, "Gói thi công ... trị giá khoảng 185 tỷ đồng được Công ty TNHH A,
  tổng thầu EPC, giao cho Tổng công ty B - CTCP" (hand-17663), is a signed supply_contract with B (who does the work)
  first and A second, sited by the plant's province in brackets; "Công trường mở từ giữa tháng 6/2019" has no day and
  no investor, so no groundbreaking.
- Opening and groundbreaking on one day ("cắt băng khánh thành và cũng động thổ luôn giai đoạn 2", hand-17664) give
  two events (inauguration completed, groundbreaking started) and one groundbreaking deal; the opening has no capital,
  so no investment deal.
- A caption "Đại diện A và B trao hợp đồng EPC sau lễ ký" after a template artefact "{keywords}" (hand-17657) is the
  same contract again with short names: a supply_contract deal and event without amount or site.
- A recalled turbine supply told in the passive, "22 tua-bin 4 MW của nhà máy do Tập đoàn Nordex (Đức) cung cấp cho
  Nam Sông Hậu" (hand-17688), is a supply_contract deal (maker first) without an event; the English "A of Denmark and B
  of Switzerland are the main equipment names at the mill" (hand-17753) names no buyer in the row: firm mentions only.
- A company news page "đã dựng xong cả 15 tua-bin của Nhà máy ... mà hai bên cùng đầu tư" (hand-17681) is the
  consortium's recalled investment: one deal of both, no amount, no event, sited by "tỉnh Trà Vinh" in the row;
  "đối tác Thái Lan" is a country location.
- An approvals list "Trong danh sách có Công ty CP A với dự án ... , Công ty CP B với ... và Công ty CP Tập đoàn C với
  ..." (hand-17692) after a total of approvals gives three investment deals without amount, event or site (batch 73's
  split round lines).
- A 2004 joint venture told by its shares, "A (Sri Lanka) nắm 55%, Công ty B giữ 45% trong liên doanh 2,6 triệu USD vừa
  dựng xong xưởng ...; máy sẽ chạy từ giữa tháng 5" (hand-17711), is one joint_venture event "signed" with the amount
  and ONE investment deal of both (batch 73's joint plant), sited in Bến Tre.
- A co-hosted groundbreaking in English, "X JSC broke ground on February 20 on a wind farm in Cà Mau, at a ceremony it
  co-hosted with the Cà Mau People's Committee" (hand-17725), lists the committee as government party (batch 43) and
  takes the headline's amount; "Hải Đăng Wind Power signed a power purchase agreement with Vietnam Electricity (EVN)
  ... last October" (hand-17727) is a recalled supply_contract without an event.
- "A 33-megawatt order ... brings Nordwind's tally of intertidal wind contracts in Vietnam to five" (hand-17730)
  names no buyer: no deal; "Mekong Power Corporation ... has ordered 10 turbines ... from Nordwind" (hand-17731) is a
  signed supply_contract, maker first, sited in Trà Vinh.
- "A VND6.9 trillion wind project is the subject of a memorandum of understanding between A JSC and B JSC"
  (hand-17735) is a signed MoU (named as the subject, batch 62) with the amount and no site.
- "Saturday's inauguration in Hòn Đất District, Kiên Giang, was organised by the mill's owner, X" (hand-17752) is X's
  inauguration without capital (event only), sited in Kiên Giang; a Deputy Prime Minister with no name is no person.
- "Chưa một lần vận hành sau gần hai năm khánh thành - đó là chuyện của kho lạnh ... hơn 1,3 triệu USD ở Sóc Trăng"
  (hand-17618) has no investor: money only; "Sóc Trăng thu hồi dự án kho cảng của Tổng công ty X" (hand-17611) is a
  revoked project: no deal (batch 43's returned projects).
- A possessive English role before the name, "Sa Đéc Agrifood's board chairwoman, Lê Thị Bích Ngọc" (hand-17723),
  keeps the role as written (batch 62) and the firm as a mention; a role after "theo bà X," with no company
  ("Phó Tổng Giám đốc") is kept as written."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_74(
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
    TNi = cur("Tây Ninh")

    ids = iter(range(17601, 17601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam, junk, tag, hashtag, title, category and blurb lines (S1, S3, S4, S6, S7, S8, S9, S13, S14, S15, S16; the sample's most common kind) ---
    rows += [
        h(
            n(),
            "sv388 đá gà trực tiếp hôm nay cá lóc nướng trui miền tây ăn với gì",
            "2024-07-02",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình máy và thiết bị chế biến thủy sản ebook pdf",
            "2023-09-14",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chuong trinh khuyen cong ho tro may say lua cho hop tac xa",
            "2024-03-21",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bao bì cho thủy sản đông lạnh: Dư địa còn lớn\nNhu cầu khay, túi hút chân không cho tôm và cá tra xuất khẩu được dự báo tăng 10-12% mỗi năm đến 2030.",
            "2024-11-19",
            "ministry",
            ["tag_page", "headline_lead", "percentage", "multiline", "no_event"],
            percentages=[10, 12],
            events=[],
        ),
        h(
            n(),
            "Vì sao bao bì hút chân không giữ tôm đông lạnh tươi lâu hơn?",
            "2024-05-08",
            "ministry",
            ["title_page", "question", "no_event"],
            events=[],
        ),
        h(
            n(),
            "điều kiện cấp giấy chứng nhận cơ sở sơ chế, đóng gói trái cây xuất khẩu",
            "2023-12-01",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy nghiền búa mini công suất 5 tấn giờ giá xuất xưởng pdf",
            "2024-01-16",
            "ministry",
            ["spam_keywords", "lowercase", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "băng tải cao su nhà máy đá dăm sàng rung chi phí thấp ba lan",
            "2024-01-16",
            "ministry",
            ["spam_keywords", "lowercase", "country_lowercase_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sơ đồ nguyên lý máy sấy tầng sôi cho xưởng xi măng lò đứng",
            "2024-01-16",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cang can giuoc nhin tu flycam dji_0152 jpg",
            "2023-08-30",
            "ministry",
            ["junk_image_title", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sóc Trăng thu hồi dự án kho cảng của Tổng công ty Dầu khí Phương Nam sau 6 năm 'treo'",
            "2022-10-12",
            "provincial",
            ["title_page", "revoked_project_no_deal", "duration_no_count", "no_event"],
            firms=[f("Dầu khí Phương Nam", "Tổng công ty")],
            provinces=[pv("Sóc Trăng")],
            events=[],
        ),
        h(
            n(),
            "Chế biến trái cây Đồng Tháp: cơ hội nhiều, vốn vào chậm",
            "2023-04-25",
            "provincial",
            ["title_page", "no_event"],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "Long An động thổ khu công nghiệp 1.200 ha ở huyện Cần Giuộc\n\nKCN Phước Vĩnh Đông 3 sẽ dành khoảng một phần ba diện tích cho chế biến thực phẩm và kho lạnh.",
            "2024-06-11",
            "provincial",
            [
                "category_page",
                "headline_blurb",
                "groundbreaking_no_investor",
                "province_as_actor_no_party",
                "area",
                "district",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Long An")],
            areas=[ha(1200)],
            locations=[district("huyện Cần Giuộc"), park("Khu công nghiệp Phước Vĩnh Đông 3")],
            events=[],
        ),
        h(
            n(),
            "Ba cụm công nghiệp mới sắp đón nhà máy ở Long An\n\nCác cụm công nghiệp Tân Phước, Lương Bình và Mỹ Lộc cộng lại có khoảng 160 ha, dự kiến nhận dự án đầu tiên trước cuối năm 2025.",
            "2025-02-17",
            "provincial",
            [
                "category_page",
                "headline_blurb",
                "cluster_list",
                "count_in_words",
                "area",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Long An")],
            areas=[ha(160, True)],
            locations=[
                park("Cụm công nghiệp Tân Phước"),
                park("Cụm công nghiệp Lương Bình"),
                park("Cụm công nghiệp Mỹ Lộc"),
            ],
            events=[],
        ),
        h(
            n(),
            "Công nghiệp chế biến nông sản đang là động lực chính của Vĩnh Long; tỉnh ưu tiên quy hoạch các tuyến công nghiệp dọc sông Cổ Chiên…\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
            "2024-09-03",
            "provincial",
            ["tv_blurb", "comment_form", "multiline", "no_event"],
            provinces=[pv("Vĩnh Long")],
            events=[],
        ),
        h(
            n(),
            "Khuyến công đưa hàng trăm máy móc về các cơ sở tiểu thủ công nghiệp nông thôn; công nghiệp Vĩnh Long tăng trưởng 9,1%/năm trong 5 năm qua.\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai.",
            "2021-03-30",
            "provincial",
            ["tv_blurb", "comment_form", "percentage", "vague_count", "multiline", "no_event"],
            provinces=[pv("Vĩnh Long")],
            percentages=[9.1],
            events=[],
        ),
        h(
            n(),
            "#gói tín dụng 600 tỷ đồng cho chuỗi lúa gạo Kiên Giang",
            "2024-08-07",
            "ministry",
            ["hashtag_page", "credit_tag", "no_event"],
            provinces=[pv("Kiên Giang")],
            money=[m(600 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Chưa một lần vận hành sau gần hai năm khánh thành - đó là chuyện của kho lạnh trữ hành tím hơn 1,3 triệu USD ở Sóc Trăng.",
            "2023-05-22",
            "provincial",
            ["podcast_blurb", "no_firm", "approx", "no_event"],
            provinces=[pv("Sóc Trăng")],
            money=[m(1.3 * M, "USD", None, True)],
            events=[],
        ),
        h(
            n(),
            "Logistics miền Tây: Nút thắt chi phí vận chuyển\n\nChỉ khoảng một phần ba hàng xuất khẩu của vùng đi thẳng từ cảng Cái Cui; phần còn lại phải vòng lên TP.HCM, đẩy chi phí logistics lên tới 30% giá thành nông sản…",
            "2021-04-12",
            "ministry",
            ["blog_headline_blurb", "fraction_in_words", "percentage", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[30],
            events=[],
        ),
        h(
            n(),
            "Tăng tốc cuối năm\n\nCác nhà máy tôm ở Cà Mau đang chạy hai ca để giao kịp đơn hàng Giáng sinh cho khách Mỹ và Nhật.",
            "2023-10-20",
            "provincial",
            [
                "tag_page",
                "headline_blurb",
                "unnamed_buyers_no_deal",
                "country_short",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Cà Mau")],
            locations=[country("Mỹ"), country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Cà Mau hướng tới trung tâm chế biến tôm công nghệ cao\n\n(TSVN) – Ba nhà máy chế biến sâu và một trung tâm giống là những gì Cà Mau cần để tôm thôi xuất thô, theo đề án của Sở NN&PTNT tỉnh.\n\n5 năm trước\n\nerror: Content is protected !!",
            "2024-06-18",
            "provincial",
            [
                "tag_page",
                "source_tag",
                "bare_unit_no_org",
                "count_in_words",
                "content_protected_line",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Cà Mau")],
            events=[],
        ),
        h(
            n(),
            "Hơn 190 sản phẩm từ dừa của Bến Tre đã có mặt ở hơn 90 thị trường; phong trào “Đồng khởi mới” muốn nâng con số đó trong năm tới.\n\nTRỌN BỘ",
            "2022-01-28",
            "provincial",
            ["video_blurb", "count", "approx", "multiline", "no_event"],
            provinces=[pv("Bến Tre")],
            quantities=[c(190, "sản phẩm", True), c(90, "thị trường", True)],
            events=[],
        ),
        h(
            n(),
            "Cao tốc mới và các cụm công nghiệp sát sông Hậu đang kéo nhà máy chế biến về Hậu Giang.\n\nDanh sách bài viết",
            "2024-02-06",
            "provincial",
            ["category_page", "list_label", "multiline", "no_event"],
            provinces=[pv("Hậu Giang")],
            events=[],
        ),
        h(
            n(),
            "• Xưởng sơ chế, đóng gói hành tím gần 48 tỷ đồng của Công ty TNHH MTV Nông sản Vĩnh Châu Xanh ở xã Lạc Hòa (Sóc Trăng) đã khánh thành.",
            "2023-03-15",
            "provincial",
            ["tag_page", "bullet_blurb", "passive_opening_with_capital", "province_bracket", "approx"],
            firms=[f("Nông sản Vĩnh Châu Xanh", "Công ty TNHH MTV")],
            provinces=[pv("Sóc Trăng")],
            money=[m(48 * B, "VND", None, True)],
            deals=[deal("investment", ["Nông sản Vĩnh Châu Xanh"], 48 * B, CT)],
            events=[ev("inauguration", [F("Nông sản Vĩnh Châu Xanh")], 48 * B, "VND", CT, "completed")],
        ),
        h(
            n(),
            "(VietNamNet) - Không có chỗ trữ đông, nhiều doanh nghiệp tôm phải bán gấp ngay khi giá xuống.",
            "2019-11-04",
            "ministry",
            ["blurb", "source_tag", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chậm nhất quý III/2026 sẽ có cơ chế mua bán điện trực tiếp cho điện gió gần bờ",
            "2026-02-10",
            "ministry",
            ["title_page", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điện mặt trời cho xưởng chế biến hạt điều có đáng đầu tư?",
            "2023-07-27",
            "ministry",
            ["title_page", "question", "no_event"],
            events=[],
        ),
    ]
    # --- Theses, journal abstracts and an e-book page (S6, S7, S13) ---
    rows += [
        h(
            n(),
            "Các yếu tố ảnh hưởng đến quyết định đầu tư kho lạnh của doanh nghiệp thủy sản vùng Đồng bằng sông Cửu Long\nNghiên cứu dùng phương pháp AHP với dữ liệu khảo sát 64 doanh nghiệp tại Cần Thơ, An Giang và Cà Mau; kết quả cho thấy chi phí điện và lãi vay nặng ký nhất khi doanh nghiệp cân nhắc xây kho.",
            "2024-04-09",
            "ministry",
            ["research_abstract", "title_then_abstract", "count", "province_list", "multiline", "no_event"],
            provinces=[pv("Cần Thơ"), pv("An Giang"), pv("Cà Mau")],
            quantities=[c(64, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "TẠP CHÍ KHOA HỌC VÀ CÔNG NGHỆ NÔNG NGHIỆP, SỐ 58, THÁNG 6 NĂM 2022 DOI: 10.22144/jasd.2022.118 HIỆU QUẢ ĐẦU TƯ MÁY BÓC VỎ TÔM TẠI CÁC CƠ SỞ SƠ CHẾ Ở TỈNH BẠC LIÊU Trần Ngọc Hân, Võ Minh Khải",
            "2022-07-15",
            "ministry",
            ["document_store", "journal_header", "caps_title", "authors_no_role", "no_event"],
            persons=[per("Trần Ngọc Hân", None), per("Võ Minh Khải", None)],
            provinces=[pv("Bạc Liêu")],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt – Khảo sát 88 cơ sở sơ chế tôm cho thấy 61% đã dùng máy bóc vỏ bán tự động; năng suất tăng từ 1,8 lên 3,1 tấn/ngày, lợi nhuận bình quân đạt 214 triệu đồng/tháng.",
            "2022-07-15",
            "ministry",
            ["abstract", "count", "percentage", "per_month", "tonnage_no_count", "no_event"],
            percentages=[61],
            money=[m(214 * M, "VND", "month")],
            quantities=[c(88, "cơ sở")],
            events=[],
        ),
        h(
            n(),
            "Chiến lược và khung đấu thầu cạnh tranh điện gió gần bờ ở Việt Nam\nQuy hoạch điện VIII đặt mục tiêu khoảng 6 GW điện gió ngoài khơi vào năm 2030; Bộ Công Thương đang soạn khung giá phát điện mới sau khi giá FIT 0,085 USD/kWh hết hiệu lực.",
            "2023-06-01",
            "ministry",
            ["ebook_page", "title_then_text", "price_per_kwh", "capacity_no_count", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            money=[m(0.085, "USD", "kWh")],
            events=[],
        ),
    ]
    # --- Cần Thơ: a feature on processors, a founder and a snack maker's growth (S1) ---
    rows += [
        h(
            n(),
            "* Nhịp sống công nghiệp\nMứt xoài nấu kiểu Pháp và nước chanh dây thanh trùng là hai mặt hàng bán chạy nhất của Công ty CP Nông sản Sông Hậu Xanh, theo bà Trịnh Thị Thu Vân, Phó Tổng Giám đốc.",
            "2023-12-18",
            "provincial",
            ["feature", "section_label", "person_role_after", "multiline", "no_event"],
            firms=[f("Nông sản Sông Hậu Xanh", "Công ty CP")],
            persons=[per("Trịnh Thị Thu Vân", "Phó Tổng Giám đốc")],
            events=[],
        ),
        h(
            n(),
            "Ông Étienne Marchal (Pháp) lập công ty năm 2011, sau hai năm làm tình nguyện viên nông nghiệp ở Cần Thơ.",
            "2023-12-18",
            "provincial",
            ["nfd", "founder_no_role", "country_bracket_after_person", "no_event"],
            persons=[per("Étienne Marchal", None)],
            provinces=[pv("Cần Thơ")],
            locations=[country("Pháp")],
            events=[],
        ),
        h(
            n(),
            "Xoài cát Hòa Lộc được sơ chế trước khi nấu mứt. Ảnh: CTV",
            "2023-12-18",
            "provincial",
            ["photo_caption", "ctv_credit_no_person", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Thực phẩm Năm Sang giờ chạy nhà máy bánh phồng tôm 8.000 m2 với hơn 160 lao động, dù năm 2016 mới chỉ là một xưởng 15 công nhân.",
            "2023-12-18",
            "provincial",
            ["firm_growth_story", "m2_to_ha", "count", "approx", "no_event"],
            firms=[f("Thực phẩm Năm Sang", "Công ty TNHH")],
            areas=[ha(0.8)],
            quantities=[c(160, "lao động", True), c(15, "công nhân")],
            events=[],
        ),
    ]
    # --- An Giang / Đồng Tháp: a cold store on a spam domain, planned drying clusters, a frozen-vegetable plant (S2, S3, S20) ---
    rows += [
        h(
            n(),
            '<image>data:image/s3,"s3://crabby-images/a8a33/a8a3330b29aee70a6d69931e80ea6cbc6bd0ebdb" alt="Giá lúa tăng nhẹ đầu vụ"</image>\nTT - Bà Nguyễn Thị Kim Loan, giám đốc Công ty TNHH Kho lạnh Mỹ Thới, cho biết ngày 3-11 công ty sẽ đưa vào hoạt động kho lạnh 12.000 tấn ở KCN Bình Long (An Giang), vốn đầu tư khoảng 230 tỉ đồng.',
            "2023-10-24",
            "ministry",
            [
                "spam_with_lead",
                "image_alt_line",
                "planned_opening",
                "person_role_after",
                "province_bracket_after_park",
                "approx",
                "dash_date",
                "multiline",
            ],
            firms=[f("Kho lạnh Mỹ Thới", "Công ty TNHH")],
            persons=[per("Nguyễn Thị Kim Loan", "giám đốc Công ty TNHH Kho lạnh Mỹ Thới")],
            provinces=[pv("An Giang")],
            money=[m(230 * B, "VND", None, True)],
            locations=[park("Khu công nghiệp Bình Long")],
            deals=[deal("investment", ["Kho lạnh Mỹ Thới"], 230 * B, AG)],
            events=[ev("investment_announcement", [F("Kho lạnh Mỹ Thới")], 230 * B, "VND", AG, "announced")],
        ),
        h(
            n(),
            "TT - Hai cụm sấy và xay xát lúa của Công ty CP Vật tư Nông nghiệp Sông Hậu, một ở huyện Chợ Mới (An Giang), một ở huyện Tháp Mười (Đồng Tháp), sẽ lần lượt được khởi công ngày 8 và 15-6, tổng giám đốc Phạm Văn Lợi cho biết.",
            "2024-05-29",
            "ministry",
            [
                "planned_groundbreaking",
                "two_sites_two_deals",
                "district",
                "province_bracket",
                "person_role_before_lowercase",
                "count_in_words",
            ],
            firms=[f("Vật tư Nông nghiệp Sông Hậu", "Công ty CP")],
            persons=[per("Phạm Văn Lợi", "tổng giám đốc")],
            provinces=[pv("An Giang"), pv("Đồng Tháp")],
            locations=[district("huyện Chợ Mới"), district("huyện Tháp Mười")],
            deals=[
                deal("investment", ["Vật tư Nông nghiệp Sông Hậu"], None, AG),
                deal("investment", ["Vật tư Nông nghiệp Sông Hậu"], None, DT),
            ],
            events=[
                ev(
                    "investment_announcement", [F("Vật tư Nông nghiệp Sông Hậu")], None, None, AG, "announced"
                ),
                ev(
                    "investment_announcement", [F("Vật tư Nông nghiệp Sông Hậu")], None, None, DT, "announced"
                ),
            ],
        ),
        h(
            n(),
            "Lò sấy 900 tấn/ngày và kho 30.000 tấn sẽ giúp nông dân quanh mỗi cụm bán lúa tươi ngay tại ruộng; lúa được thu mua từ vùng cánh đồng lớn 25.000 ha.",
            "2024-05-29",
            "ministry",
            ["capacity_no_count", "area", "no_firm", "no_event"],
            areas=[ha(25000)],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Rau quả Thực phẩm Long Xuyên vừa xây xong nhà máy cấp đông rau củ thứ hai ở huyện Chợ Mới (An Giang), vốn 140 tỉ đồng, xử lý 12.000 tấn nguyên liệu mỗi năm, tổng giám đốc Đặng Quốc Hưng cho biết hôm 9-10.",
            "2023-10-10",
            "ministry",
            [
                "nfd",
                "plant_completed_with_capital",
                "person_role_before_lowercase",
                "district",
                "province_bracket",
                "ordinal_no_count",
                "capacity_no_count",
            ],
            firms=[f("Rau quả Thực phẩm Long Xuyên", "Công ty CP")],
            persons=[per("Đặng Quốc Hưng", "tổng giám đốc")],
            provinces=[pv("An Giang")],
            money=[m(140 * B, "VND")],
            locations=[district("huyện Chợ Mới")],
            deals=[deal("investment", ["Rau quả Thực phẩm Long Xuyên"], 140 * B, AG)],
            events=[ev("inauguration", [F("Rau quả Thực phẩm Long Xuyên")], 140 * B, "VND", AG, "completed")],
        ),
        h(
            n(),
            "Vùng đậu bắp, bắp non liên kết với nông dân đã lên 2.900 ha; công ty ứng giống, kỹ thuật và mua lại toàn bộ sản lượng.",
            "2023-10-10",
            "ministry",
            ["farmer_linkage_no_deal", "area", "no_event"],
            areas=[ha(2900)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 8.500 hộ đang trồng cho công ty; hàng đi Nhật, Mỹ và EU chiếm phần lớn doanh thu.\nTối đa: 1500 ký tự\nHiện chưa có bình luận nào, hãy là người đầu tiên bình luận",
            "2023-10-10",
            "ministry",
            ["comment_footer", "count", "approx", "country_short", "multiline", "no_event"],
            quantities=[c(8500, "hộ", True)],
            locations=[country("Nhật"), country("Mỹ")],
            events=[],
        ),
    ]
    # --- Đồng Tháp: a group's cold-store proposal at a working session (S3) ---
    rows += [
        h(
            n(),
            "Đồng Tháp nhận đề xuất kho mát trái cây 11,5 ha\n\nThứ ba, 14/03/2023, 10:05 AM\n\n(NSMT) - Tập đoàn Hưng Thịnh Phát muốn xây trung tâm logistics và kho mát trái cây ở TP Cao Lãnh; đề xuất được trình bày với Chủ tịch UBND tỉnh Đồng Tháp Lê Hoàng Phúc chiều 13/3.",
            "2023-03-14",
            "provincial",
            [
                "headline_dateline_lead",
                "proposal_no_deal",
                "working_session",
                "person_role_before",
                "area",
                "district",
                "multiline",
                "no_event",
            ],
            firms=[f("Hưng Thịnh Phát", "Tập đoàn")],
            organizations=["Ủy ban nhân dân tỉnh Đồng Tháp"],
            persons=[per("Lê Hoàng Phúc", "Chủ tịch UBND tỉnh Đồng Tháp")],
            provinces=[pv("Đồng Tháp")],
            areas=[ha(11.5)],
            locations=[district("TP Cao Lãnh")],
            events=[],
        ),
        h(
            n(),
            "Phối cảnh khu kho mát mà tập đoàn đề xuất. Ảnh: dongthap.gov.vn",
            "2023-03-14",
            "provincial",
            ["photo_caption", "site_credit_no_person", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trái cây Đồng Tháp hỏng nhiều vì thiếu kho mát gần vườn, đại diện tập đoàn nhận xét.",
            "2023-03-14",
            "provincial",
            ["investor_view", "no_firm", "no_event"],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "Sở Kế hoạch và Đầu tư được giao hướng dẫn doanh nghiệp làm hồ sơ; ông Lê Hoàng Phúc lưu ý tập đoàn phải chứng minh nguồn vốn.",
            "2023-03-14",
            "provincial",
            ["bare_unit_no_org", "request_no_deal", "no_event"],
            persons=[per("Lê Hoàng Phúc", None)],
            events=[],
        ),
    ]
    # --- Vĩnh Long: khuyến công programme (S4, a French page rendered in Vietnamese) ---
    rows += [
        h(
            n(),
            "Khuyến công Vĩnh Long chuyển hướng sang đề án có hàm lượng công nghệ",
            "2025-11-20",
            "provincial",
            ["headline_only", "no_event"],
            provinces=[pv("Vĩnh Long")],
            events=[],
        ),
        h(
            n(),
            "Sở Công Thương Vĩnh Long thống kê trong 5 năm qua có 212 cơ sở được hỗ trợ mua máy sấy, máy đóng gói và lò hơi tiết kiệm năng lượng, mỗi cơ sở nhận từ 50 đến 300 triệu đồng.",
            "2025-11-20",
            "provincial",
            ["department_says", "khuyen_cong_support_no_event", "count", "money_range", "no_event"],
            organizations=["Sở Công Thương Vĩnh Long"],
            provinces=[pv("Vĩnh Long")],
            money=[m(50 * M, "VND"), m(300 * M, "VND")],
            quantities=[c(212, "cơ sở")],
            events=[],
        ),
        h(
            n(),
            "Kế hoạch khuyến công năm 2026 của tỉnh dự kiến 41 đề án, ưu tiên dây chuyền đóng gói trái cây, sấy thủy sản và xử lý nước thải cho các làng nghề gốm.",
            "2025-11-20",
            "provincial",
            ["nfd", "plan", "count", "no_event"],
            quantities=[c(41, "đề án")],
            events=[],
        ),
        h(
            n(),
            "Theo khảo sát của sở, sau khi có máy mới, năng suất ở phần lớn cơ sở tăng trên 15%; đa số chủ cơ sở nói sẽ tiếp tục vay vốn để nâng cấp.",
            "2025-11-20",
            "provincial",
            ["survey", "percentage", "approx_percentage", "no_event"],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "“Đề án nào có chuyển đổi số, có tiết kiệm năng lượng thì được xét trước”, ông Trần Minh Tâm, Phó Giám đốc Sở Công Thương tỉnh Vĩnh Long, nói.",
            "2025-11-20",
            "provincial",
            ["quote_first", "person_role_after", "no_event"],
            organizations=["Sở Công Thương tỉnh Vĩnh Long"],
            persons=[per("Trần Minh Tâm", "Phó Giám đốc Sở Công Thương tỉnh Vĩnh Long")],
            provinces=[pv("Vĩnh Long")],
            events=[],
        ),
    ]
    # --- Cà Mau wind: an energy group's proposals, an EPC contract, turbine erection (S5) ---
    rows += [
        h(
            n(),
            "Tập đoàn Năng lượng Biển Đông Xanh muốn làm 4 nhà máy điện gió gần bờ và một dự án ngoài khơi 2.500 MW ở Cà Mau, theo nội dung buổi làm việc giữa tập đoàn và UBND tỉnh hôm 10.2.",
            "2026-02-11",
            "provincial",
            [
                "proposal_no_deal",
                "working_session",
                "bare_unit_no_org",
                "count",
                "month_with_dot",
                "no_event",
            ],
            firms=[f("Năng lượng Biển Đông Xanh", "Tập đoàn")],
            provinces=[pv("Cà Mau")],
            quantities=[c(4, "nhà máy điện gió")],
            events=[],
        ),
        h(
            n(),
            "Các vị trí được nêu gồm Hố Gùi, Rạch Gốc, Khánh Bình và Đất Mũi; riêng dự án ngoài khơi nhắm bán điện sang Singapore, ông Hồ Thanh Tùng, phụ trách phát triển dự án của Công ty CP Điện gió Biển Đông Xanh, cho biết.",
            "2026-02-11",
            "provincial",
            ["proposal_no_deal", "person_role_after", "lowercase_role", "country", "no_event"],
            firms=[f("Điện gió Biển Đông Xanh", "Công ty CP")],
            persons=[
                per("Hồ Thanh Tùng", "phụ trách phát triển dự án của Công ty CP Điện gió Biển Đông Xanh")
            ],
            locations=[country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Bãi bồi ven biển Đất Mũi, một trong các vị trí tập đoàn đề xuất. ẢNH: CTV",
            "2026-02-11",
            "provincial",
            ["photo_caption", "caps_credit_ctv", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phó chủ tịch UBND tỉnh Nguyễn Văn Bé đề nghị tập đoàn nộp hồ sơ khảo sát gió trước quý III; Sở Công thương sẽ rà lại phần công suất ngoài khơi còn trống trong quy hoạch.",
            "2026-02-11",
            "provincial",
            ["person_role_before", "bare_unit_no_org", "request_no_deal", "no_event"],
            persons=[per("Nguyễn Văn Bé", "Phó chủ tịch UBND tỉnh")],
            events=[],
        ),
        h(
            n(),
            "Cà Mau đặt cược vào gió biển: tỉnh muốn xuất khẩu điện và bán điện trực tiếp cho các khu công nghiệp trong vùng.",
            "2026-02-11",
            "provincial",
            ["strategy_line", "no_event"],
            provinces=[pv("Cà Mau")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Kỹ thuật Năng lượng Hoa Đông (Trung Quốc) sẽ thiết kế, cung cấp thiết bị và thi công trọn gói Nhà máy điện gió Tân Thuận Đông ở huyện Đầm Dơi, tỉnh Cà Mau, theo hợp đồng EPC ký với Tổng công ty Xây lắp Thương mại Phương Nam (PNC) sáng 21/10 tại TP.HCM.",
            "2020-10-23",
            "ministry",
            [
                "epc_contract",
                "supply_contract",
                "contract_after_scope",
                "signing_city_not_site",
                "acronym_bracket",
                "country_bracket",
                "district",
                "deal_date",
            ],
            firms=[
                f("Kỹ thuật Năng lượng Hoa Đông", "Tập đoàn"),
                f("Xây lắp Thương mại Phương Nam", "Tổng công ty"),
            ],
            provinces=[pv("Cà Mau"), pv("Hồ Chí Minh")],
            locations=[country("Trung Quốc"), district("huyện Đầm Dơi")],
            deals=[
                deal(
                    "supply_contract",
                    ["Kỹ thuật Năng lượng Hoa Đông", "Xây lắp Thương mại Phương Nam"],
                    None,
                    CM,
                    "2020-10-21",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Kỹ thuật Năng lượng Hoa Đông"), F("Xây lắp Thương mại Phương Nam")],
                    None,
                    None,
                    CM,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "{keywords}\nĐại diện PNC và Hoa Đông trao hợp đồng EPC sau lễ ký",
            "2020-10-23",
            "ministry",
            ["template_artefact", "photo_caption", "supply_contract", "short_names", "multiline"],
            firms=[f("PNC"), f("Hoa Đông")],
            deals=[deal("supply_contract", ["Hoa Đông", "PNC"])],
            events=[ev("supply_contract", [F("Hoa Đông"), F("PNC")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Dự án cần hơn 7.600 tỷ đồng cho 200 MW; trạm biến áp và nhà điều hành đặt ở xã Tân Thuận, huyện Đầm Dơi, tỉnh Cà Mau, còn các trụ gió nằm cách bờ 4-6 km.",
            "2020-10-23",
            "ministry",
            ["project_profile", "no_firm", "district", "capacity_no_count", "approx", "no_event"],
            provinces=[pv("Cà Mau")],
            money=[m(7600 * B, "VND", None, True)],
            locations=[district("huyện Đầm Dơi")],
            events=[],
        ),
        h(
            n(),
            "Hoa Đông từng làm tổng thầu 14 nhà máy điện gió ở Trung Quốc và Đông Nam Á.",
            "2020-10-23",
            "ministry",
            ["contractor_profile", "short_name", "count", "country", "no_event"],
            firms=[f("Hoa Đông")],
            quantities=[c(14, "nhà máy điện gió")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Xây dựng Thương mại Du lịch Hải Đăng đã đưa sà lan cẩu vào vị trí và dựng xong trụ đầu tiên trong 40 tua-bin của dự án điện gió Khánh Hội (Cà Mau) hôm 6/2; phần vốn giai đoạn 1 khoảng 5.200 tỷ đồng.",
            "2017-02-08",
            "provincial",
            ["turbine_erection_progress_no_event", "province_bracket", "count", "approx", "old_news"],
            firms=[f("Xây dựng Thương mại Du lịch Hải Đăng", "Công ty TNHH")],
            provinces=[pv("Cà Mau")],
            money=[m(5200 * B, "VND", None, True)],
            quantities=[c(40, "tua-bin")],
            events=[],
        ),
        h(
            n(),
            "Để kịp phát điện 80 MW giai đoạn 1 trước cuối năm, Chủ tịch UBND tỉnh Cà Mau Trần Văn Hiền yêu cầu các sở xử lý dứt điểm mặt bằng tuyến đường dây đấu nối.",
            "2017-02-08",
            "provincial",
            ["person_role_before", "capacity_no_count", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Cà Mau"],
            persons=[per("Trần Văn Hiền", "Chủ tịch UBND tỉnh Cà Mau")],
            provinces=[pv("Cà Mau")],
            events=[],
        ),
        h(
            n(),
            "Trước dự án này, Cà Mau chưa có một tua-bin gió nào; cả vùng Đồng bằng sông Cửu Long khi đó mới có nhà máy điện gió ven biển của Bạc Liêu.",
            "2017-02-08",
            "provincial",
            ["background", "region_not_province", "no_event"],
            provinces=[pv("Cà Mau"), pv("Bạc Liêu")],
            events=[],
        ),
    ]
    # --- Tây Ninh solar: a contractor's reference page with a subcontract (S6) ---
    rows += [
        h(
            n(),
            "Gói thi công phần xây dựng Nhà máy Điện mặt trời Tân Châu 2 (Tây Ninh) trị giá khoảng 185 tỷ đồng được Công ty TNHH Kỹ thuật Năng lượng Sanwa Việt Nam, tổng thầu EPC, giao cho Tổng công ty Xây lắp Số 5 - CTCP. Công trường mở từ giữa tháng 6/2019. Mời xem ảnh bên dưới.",
            "2019-08-05",
            "provincial",
            [
                "contractor_page",
                "subcontract_passive",
                "supply_contract",
                "tong_cong_ty_ctcp",
                "viet_nam_dropped",
                "province_bracket",
                "month_no_day",
                "approx",
            ],
            firms=[f("Kỹ thuật Năng lượng Sanwa", "Công ty TNHH"), f("Xây lắp Số 5", "Tổng công ty")],
            provinces=[pv("Tây Ninh")],
            money=[m(185 * B, "VND", None, True)],
            deals=[deal("supply_contract", ["Xây lắp Số 5", "Kỹ thuật Năng lượng Sanwa"], 185 * B, TNi)],
            events=[
                ev(
                    "supply_contract",
                    [F("Xây lắp Số 5"), F("Kỹ thuật Năng lượng Sanwa")],
                    185 * B,
                    "VND",
                    TNi,
                    "signed",
                )
            ],
        ),
    ]
    # --- Long An port: phase 1 opened and phase 2 broken ground on one day (S7, a Spanish page rendered in Vietnamese) ---
    rows += [
        h(
            n(),
            "Cảng Vàm Cỏ ở huyện Cần Giuộc (Long An) vừa xong giai đoạn 1: sáng 19/10, Công ty CP Cảng Quốc tế Vàm Cỏ cắt băng khánh thành và cũng động thổ luôn giai đoạn 2.",
            "2022-10-20",
            "provincial",
            [
                "opening_and_groundbreaking_same_day",
                "inauguration_no_capital",
                "district",
                "province_bracket",
                "deal_date",
            ],
            firms=[f("Cảng Quốc tế Vàm Cỏ", "Công ty CP")],
            provinces=[pv("Long An")],
            locations=[district("huyện Cần Giuộc")],
            deals=[deal("groundbreaking", ["Cảng Quốc tế Vàm Cỏ"], None, TN, "2022-10-19")],
            events=[
                ev("inauguration", [F("Cảng Quốc tế Vàm Cỏ")], None, None, TN, "completed"),
                ev("groundbreaking", [F("Cảng Quốc tế Vàm Cỏ")], None, None, TN, "started"),
            ],
        ),
        h(
            n(),
            "Với 385 triệu USD chia cho ba giai đoạn, chủ đầu tư muốn biến 132 ha bãi bồi ven sông Vàm Cỏ thành cảng tổng hợp có 6 cầu tàu.",
            "2022-10-20",
            "provincial",
            ["project_profile", "unnamed_investor_no_deal", "area", "count", "no_event"],
            money=[m(385 * M, "USD")],
            areas=[ha(132)],
            quantities=[c(6, "cầu tàu")],
            events=[],
        ),
        h(
            n(),
            "Gần 900.000 tấn hàng, chủ yếu phân bón, thép cuộn và gạo, đã qua cảng trong hai năm vừa xây vừa khai thác; ba cầu tàu đầu tiên dài 540 m.",
            "2022-10-20",
            "provincial",
            ["nfd", "port_statistics", "tonnage_no_count", "count_in_words", "approx", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nếu được duyệt mở rộng, cảng sẽ có thêm hai bến cho tàu 100.000 DWT.",
            "2022-10-20",
            "provincial",
            ["conditional_expansion_no_deal", "count_in_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phía sau cầu tàu là hơn 35 ha kho bãi, nơi doanh nghiệp miền Tây có thể gom gạo, phân bón, thép trước khi xuống tàu.",
            "2022-10-20",
            "provincial",
            ["port_profile", "area", "approx", "no_event"],
            areas=[ha(35, True)],
            events=[],
        ),
    ]
    # --- Cần Thơ licences: a video page's park approval, a working session, a round of five certificates (S10) ---
    rows += [
        h(
            n(),
            "Trao chủ trương đầu tư hạ tầng KCN Ô Môn 2, vốn hơn 5.900 tỉ đồng\n(CTO) - Công ty CP Phát triển Công nghiệp Tây Nam Bộ sáng 18-3 nhận từ UBND TP Cần Thơ quyết định chấp thuận chủ trương đầu tư kèm chấp thuận nhà đầu tư dự án hạ tầng KCN Ô Môn 2.",
            "2025-03-18",
            "provincial",
            [
                "video_page",
                "headline_lead",
                "source_tag",
                "licence_received_from",
                "amount_in_headline",
                "approx",
                "dash_date",
                "deal_date",
                "multiline",
            ],
            firms=[f("Phát triển Công nghiệp Tây Nam Bộ", "Công ty CP")],
            organizations=["Ủy ban nhân dân TP Cần Thơ"],
            provinces=[pv("Cần Thơ")],
            money=[m(5900 * B, "VND", None, True)],
            locations=[park("Khu công nghiệp Ô Môn 2")],
            deals=[deal("investment", ["Phát triển Công nghiệp Tây Nam Bộ"], 5900 * B, CT, "2025-03-18")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND TP Cần Thơ"), F("Phát triển Công nghiệp Tây Nam Bộ")],
                    5900 * B,
                    "VND",
                    CT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Phó Bí thư Thành ủy Cần Thơ Huỳnh Thanh Sơn chứng kiến việc trao quyết định.\nThực hiện: Ngọc Diễm - Hoàng Vũ",
            "2025-03-18",
            "provincial",
            ["witness_no_party", "video_credits", "person_role_before", "multiline", "no_event"],
            persons=[
                per("Huỳnh Thanh Sơn", "Phó Bí thư Thành ủy Cần Thơ"),
                per("Ngọc Diễm", None),
                per("Hoàng Vũ", None),
            ],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Chuẩn bị quỹ đất sạch để đón dự án lớn vào Cần Thơ\n\nThiếu đất sạch và đường kết nối đang khiến nhiều nhà đầu tư bao bì, cơ khí và logistics chần chừ khi xem xét Cần Thơ.",
            "2024-11-02",
            "provincial",
            ["category_page", "headline_blurb", "multiline", "no_event"],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Tình hình các khu chế xuất, khu công nghiệp và dự án năng lượng của Cần Thơ được rà soát trong buổi làm việc do Bí thư Thành ủy Nguyễn Văn Hậu chủ trì ngày 3/11/2025.",
            "2025-11-04",
            "ministry",
            ["working_session", "person_role_before", "full_date", "no_event"],
            persons=[per("Nguyễn Văn Hậu", "Bí thư Thành ủy")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp trong các KCN nộp ngân sách 3.360 tỷ đồng sau 10 tháng; xuất khẩu của họ đạt khoảng 1,75 tỷ USD, tăng 11% so với cùng kỳ.",
            "2025-11-04",
            "ministry",
            ["statistics", "percentage", "approx", "no_event"],
            percentages=[11],
            money=[m(3360 * B, "VND"), m(1.75 * B, "USD", None, True)],
            events=[],
        ),
        h(
            n(),
            "Nhiều nhà máy chế biến muốn thêm dây chuyền nhưng không tuyển đủ kỹ sư cơ khí, kỹ thuật viên điện lạnh, Ban Quản lý các KCX và CN TP. Cần Thơ thừa nhận.",
            "2025-11-04",
            "ministry",
            ["authority_says", "acronym_expanded", "no_event"],
            organizations=["Ban Quản lý các Khu chế xuất và Công nghiệp TP. Cần Thơ"],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Ưu đãi không nổi bật hơn tỉnh bạn, xúc tiến lại rời rạc: hai lý do được nêu để giải thích vì sao Cần Thơ vẫn vắng các tập đoàn lớn.",
            "2025-11-04",
            "ministry",
            ["assessment", "no_firm", "no_event"],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Năm dự án vào các KCN của Cần Thơ vừa nhận giấy chứng nhận đăng ký đầu tư từ UBND thành phố; lớn nhất là một nhà máy bao bì màng ghép hơn 64 triệu USD do nhà đầu tư Đài Loan rót vốn.",
            "2019-05-27",
            "provincial",
            [
                "licence_round_lead",
                "unnamed_investor_no_event",
                "count_in_words",
                "approx",
                "country_adjective",
                "bare_unit_no_org",
            ],
            provinces=[pv("Cần Thơ")],
            money=[m(64 * M, "USD", None, True)],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy này của Formosa Flexpack Co., Ltd. (Đài Loan) chiếm 9 ha trong KCN Hưng Phú 2A (Cái Răng), tổng vốn 64,2 triệu USD, chuyên màng ghép cho thủy sản đông lạnh.",
            "2019-05-27",
            "provincial",
            ["nfd", "round_line_no_verb", "deal_no_event", "foreign_legal_form", "country_bracket", "area"],
            firms=[f("Formosa Flexpack", "Co., Ltd.")],
            money=[m(64.2 * M, "USD")],
            areas=[ha(9)],
            locations=[park("Khu công nghiệp Hưng Phú 2A"), country("Đài Loan")],
            deals=[deal("investment", ["Formosa Flexpack"], 64.2 * M)],
            events=[],
        ),
        h(
            n(),
            "Bốn dự án còn lại đều của doanh nghiệp trong nước.",
            "2019-05-27",
            "provincial",
            ["count_in_words", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trong đó Công ty CP Cơ khí Tây Đô làm xưởng máy sấy nông sản 85 tỷ đồng ở KCN Trà Nóc 2, còn Công ty TNHH Kho vận Lạnh Phong Điền đặt kho lạnh 210 tỷ đồng ở KCN Thốt Nốt.\n(Thời báo Kinh doanh)",
            "2019-05-27",
            "provincial",
            ["round_lines_no_verb", "deal_no_event", "source_line", "two_projects", "multiline"],
            firms=[f("Cơ khí Tây Đô", "Công ty CP"), f("Kho vận Lạnh Phong Điền", "Công ty TNHH")],
            money=[m(85 * B, "VND"), m(210 * B, "VND")],
            locations=[park("Khu công nghiệp Trà Nóc 2"), park("Khu công nghiệp Thốt Nốt")],
            deals=[
                deal("investment", ["Cơ khí Tây Đô"], 85 * B),
                deal("investment", ["Kho vận Lạnh Phong Điền"], 210 * B),
            ],
            events=[],
        ),
        h(
            n(),
            "Một góc KCN Trà Nóc, TP Cần Thơ.",
            "2019-05-27",
            "provincial",
            ["photo_caption", "no_event"],
            provinces=[pv("Cần Thơ")],
            locations=[park("Khu công nghiệp Trà Nóc")],
            events=[],
        ),
    ]
    # --- Trà Vinh wind: a consortium's last turbine, a feature, a plant opening with its turbine maker, approvals (S11) ---
    rows += [
        h(
            n(),
            "HOẠT ĐỘNG SẢN XUẤT KINH DOANH\nHIỆP THẠNH 3 VỀ ĐÍCH SỚM\n12/09/2023\n\nSớm hơn kế hoạch gần một tháng, Công ty CP Tập đoàn Hải Thành và đối tác Thái Lan Siam Wind Power đã dựng xong cả 15 tua-bin của Nhà máy điện gió Hiệp Thạnh 3 (thị xã Duyên Hải, tỉnh Trà Vinh) mà hai bên cùng đầu tư.",
            "2023-09-12",
            "provincial",
            [
                "company_news_page",
                "caps_headline",
                "consortium_one_deal",
                "recalled_investment",
                "deal_no_event",
                "cong_ty_cp_tap_doan",
                "country_adjective",
                "district",
                "count",
                "multiline",
            ],
            firms=[f("Hải Thành", "Công ty CP"), f("Siam Wind Power")],
            provinces=[pv("Trà Vinh")],
            quantities=[c(15, "tua-bin")],
            locations=[country("Thái Lan"), district("thị xã Duyên Hải")],
            deals=[deal("investment", ["Hải Thành", "Siam Wind Power"], None, VL)],
            events=[],
        ),
        h(
            n(),
            "Trường Long 2 ở thị xã Duyên Hải là ví dụ: 24 tua-bin, 96 MW, chạy từ tháng 3/2022 và mỗi năm đưa lên lưới chừng 310 triệu kWh, trên số vốn gần 4.200 tỷ đồng.",
            "2025-08-19",
            "provincial",
            ["plant_profile_no_firm", "district", "count", "approx", "no_event"],
            money=[m(4200 * B, "VND", None, True)],
            quantities=[c(24, "tua-bin")],
            locations=[district("thị xã Duyên Hải")],
            events=[],
        ),
        h(
            n(),
            "Một đề xuất mới hơn đến từ Tập đoàn Năng lượng Cửu Long Xanh: 2.000 MW gió gần bờ, chừng 3,2 tỷ USD, vẫn chờ được đưa vào Quy hoạch điện VIII điều chỉnh.",
            "2025-08-19",
            "provincial",
            ["proposal_no_deal", "capacity_no_count", "approx", "no_event"],
            firms=[f("Năng lượng Cửu Long Xanh", "Tập đoàn")],
            money=[m(3.2 * B, "USD", None, True)],
            events=[],
        ),
        h(
            n(),
            "Kế hoạch thực hiện quy hoạch điện ban hành kèm Quyết định số 318/QĐ-TTg ngày 4/4/2024 dành cho Trà Vinh 11 dự án điện gió, 790 MW.",
            "2025-08-19",
            "provincial",
            ["decision_with_date", "count", "capacity_no_count", "no_event"],
            provinces=[pv("Trà Vinh")],
            decisions=[d("318/QĐ-TTg", "2024-04-04")],
            quantities=[c(11, "dự án điện gió")],
            events=[],
        ),
        h(
            n(),
            "Ở xã Trường Long Hòa, 12 tua-bin của dự án V3-1 quay từ tháng 11/2021; dự án này tốn 118 triệu USD cho 48 MW.",
            "2025-08-19",
            "provincial",
            ["nfd", "plant_profile_no_firm", "count", "no_event"],
            money=[m(118 * M, "USD")],
            quantities=[c(12, "tua-bin")],
            events=[],
        ),
        h(
            n(),
            "- Cần Thơ lập tổ công tác riêng cho KCN Ô Môn 2 -\n- Đồng Tháp mở thầu nạo vét luồng sông Tiền -\n- Long An đón thêm 3 nhà máy bao bì vào Long Hậu -",
            "2022-01-18",
            "ministry",
            [
                "related_links_list",
                "dash_list",
                "unnamed_investors_no_deal",
                "count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Cần Thơ"), pv("Đồng Tháp"), pv("Long An")],
            quantities=[c(3, "nhà máy bao bì")],
            locations=[park("Khu công nghiệp Ô Môn 2")],
            events=[],
        ),
        h(
            n(),
            "Sáng 21/1, Công ty CP Điện gió Sông Hậu Trà Vinh, đơn vị của Tập đoàn Nam Sông Hậu, cắt băng khánh thành Nhà máy điện gió Long Hòa 1 (88 MW) - công trình 4.300 tỉ đồng dựng trên biển.",
            "2022-01-22",
            "ministry",
            [
                "opening_with_capital",
                "parent_apposition",
                "province_in_firm_name",
                "capacity_no_count",
                "deal_date",
            ],
            firms=[f("Điện gió Sông Hậu Trà Vinh", "Công ty CP"), f("Nam Sông Hậu", "Tập đoàn")],
            money=[m(4300 * B, "VND")],
            deals=[deal("investment", ["Điện gió Sông Hậu Trà Vinh"], 4300 * B, None, "2022-01-21")],
            events=[
                ev("inauguration", [F("Điện gió Sông Hậu Trà Vinh")], 4300 * B, "VND", None, "completed")
            ],
        ),
        h(
            n(),
            "22 tua-bin 4 MW của nhà máy do Tập đoàn Nordex (Đức) cung cấp cho Nam Sông Hậu.",
            "2022-01-22",
            "ministry",
            ["recalled_supply", "deal_no_event", "supplier_in_passive", "country_bracket", "count"],
            firms=[f("Nordex", "Tập đoàn"), f("Nam Sông Hậu")],
            quantities=[c(22, "tua-bin")],
            locations=[country("Đức")],
            deals=[deal("supply_contract", ["Nordex", "Nam Sông Hậu"])],
            events=[],
        ),
        h(
            n(),
            "Công trường từng có lúc hơn 1.000 kỹ sư, công nhân làm việc ba ca; riêng cọc thép đóng xuống đáy biển dài tổng cộng 98 km.",
            "2022-01-22",
            "ministry",
            ["construction_figures", "count", "approx", "no_event"],
            quantities=[c(1000, "kỹ sư, công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Sà lan cẩu lắp móng monopile ngoài khơi Duyên Hải. Ảnh: MINH KHOA",
            "2021-06-14",
            "provincial",
            ["photo_caption", "caps_photographer", "no_event"],
            persons=[per("Minh Khoa", None)],
            events=[],
        ),
        h(
            n(),
            "Bảy dự án điện gió, 510 MW và chừng 24.800 tỉ đồng vốn, là những gì Trà Vinh đã chấp thuận chủ trương tính đến giữa năm.",
            "2021-06-14",
            "provincial",
            ["approval_totals_unnamed", "count_in_words", "approx", "no_event"],
            provinces=[pv("Trà Vinh")],
            money=[m(24800 * B, "VND", None, True)],
            events=[],
        ),
        h(
            n(),
            "Trong danh sách có Công ty CP Điện gió Duyên Hải Xanh với dự án V2-1 48 MW, Công ty CP Năng lượng Tái tạo Hưng Long với V2-3 50 MW và Công ty CP Tập đoàn Hải Thành với Hiệp Thạnh 3 (60 MW).",
            "2021-06-14",
            "provincial",
            ["approval_list_lines", "deal_no_event", "cong_ty_cp_tap_doan", "three_projects"],
            firms=[
                f("Điện gió Duyên Hải Xanh", "Công ty CP"),
                f("Năng lượng Tái tạo Hưng Long", "Công ty CP"),
                f("Hải Thành", "Công ty CP"),
            ],
            deals=[
                deal("investment", ["Điện gió Duyên Hải Xanh"]),
                deal("investment", ["Năng lượng Tái tạo Hưng Long"]),
                deal("investment", ["Hải Thành"]),
            ],
            events=[],
        ),
        h(
            n(),
            "“Móng thứ bảy vừa xong, còn năm móng nữa; chúng tôi vẫn nhắm hoà lưới trong tháng 10”, ông Lê Hoàng Duy, Phó Chủ tịch HĐQT Công ty CP Năng lượng Tái tạo Hưng Long, nói.",
            "2021-06-14",
            "provincial",
            ["quote_first", "person_role_after", "old_tone", "count_in_words", "no_event"],
            firms=[f("Năng lượng Tái tạo Hưng Long", "Công ty CP")],
            persons=[per("Lê Hoàng Duy", "Phó Chủ tịch HĐQT Công ty CP Năng lượng Tái tạo Hưng Long")],
            events=[],
        ),
        h(
            n(),
            "Nếu đúng hẹn, riêng tháng 11 các nhà máy này sẽ bán được chừng 430 tỉ đồng tiền điện.",
            "2021-06-14",
            "provincial",
            ["forecast", "approx", "no_firm", "no_event"],
            money=[m(430 * B, "VND", None, True)],
            events=[],
        ),
    ]
    # --- Hậu Giang: a fruit-processing complex broken ground in Sông Hậu park (S12) ---
    rows += [
        h(
            n(),
            "Thêm nhà máy trái cây 580 tỷ đồng ở KCN Sông Hậu\nNước ép cô đặc, trái cây sấy và đông lạnh sẽ là sản phẩm chính, chủ yếu bán sang Mỹ và Nhật Bản.\nLễ khởi công tổ hợp chế biến trái cây của CTCP Thực phẩm Xuất khẩu Miền Tây Xanh diễn ra sáng 14/8 tại KCN Sông Hậu, huyện Châu Thành, tỉnh Hậu Giang; dự án rộng 6,5 ha.",
            "2023-08-15",
            "provincial",
            [
                "headline_summary_lead",
                "groundbreaking_held",
                "ceremony_subject",
                "ctcp_normalised",
                "amount_in_headline",
                "district",
                "area",
                "deal_date",
                "multiline",
            ],
            firms=[f("Thực phẩm Xuất khẩu Miền Tây Xanh", "Công ty CP")],
            provinces=[pv("Hậu Giang")],
            money=[m(580 * B, "VND")],
            areas=[ha(6.5)],
            locations=[
                park("Khu công nghiệp Sông Hậu"),
                district("huyện Châu Thành"),
                country("Mỹ"),
                country("Nhật Bản"),
            ],
            deals=[deal("groundbreaking", ["Thực phẩm Xuất khẩu Miền Tây Xanh"], 580 * B, CT, "2023-08-14")],
            events=[
                ev("groundbreaking", [F("Thực phẩm Xuất khẩu Miền Tây Xanh")], 580 * B, "VND", CT, "started")
            ],
        ),
        h(
            n(),
            "Chủ đầu tư hẹn chạy máy vào quý II/2025 và sẽ cần chừng 1.200 công nhân.",
            "2023-08-15",
            "provincial",
            ["timeline", "count", "approx", "no_event"],
            quantities=[c(1200, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Công ty mẹ, Công ty CP Chế biến Nông sản Tây Đô, đã liên kết trồng 120 ha khóm MD2 ở huyện Long Mỹ, hơn một phần ba đạt GlobalGAP.",
            "2023-08-15",
            "provincial",
            ["parent_profile", "district", "area", "fraction_in_words", "no_event"],
            firms=[f("Chế biến Nông sản Tây Đô", "Công ty CP")],
            areas=[ha(120)],
            locations=[district("huyện Long Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Cần Thơ đã có nhà máy trái cây đầu tiên của công ty mẹ; nhà máy mới ở Hậu Giang sẽ lo riêng phần khóm.",
            "2023-08-15",
            "provincial",
            ["existing_plant_no_deal", "no_firm", "no_event"],
            provinces=[pv("Cần Thơ"), pv("Hậu Giang")],
            events=[],
        ),
    ]
    # --- Bạc Liêu, Kiên Giang: a shrimp plant opened, fishing-port works (S13, S14) ---
    rows += [
        h(
            n(),
            "Nhà máy tôm giá trị gia tăng 380 tỷ đồng của Thuỷ sản Minh Hải Xanh đi vào hoạt động ở Bạc Liêu\nKhu nhà máy gần 5,5 ha gồm 3 xưởng, mỗi xưởng một nhóm hàng riêng, và khi đủ việc sẽ cần khoảng 3.500 lao động.",
            "2022-04-06",
            "ministry",
            [
                "blog_repost",
                "headline_lead",
                "old_tone",
                "opening_with_capital",
                "bare_firm_name",
                "area",
                "count",
                "approx",
                "multiline",
            ],
            firms=[f("Thủy sản Minh Hải Xanh")],
            provinces=[pv("Bạc Liêu")],
            money=[m(380 * B, "VND")],
            areas=[ha(5.5, True)],
            quantities=[c(3, "xưởng"), c(3500, "lao động", True)],
            deals=[deal("investment", ["Thủy sản Minh Hải Xanh"], 380 * B, CM)],
            events=[ev("inauguration", [F("Thủy sản Minh Hải Xanh")], 380 * B, "VND", CM, "completed")],
        ),
        h(
            n(),
            "Mười dàn cấp đông IQF cho phép nhà máy làm ra tới khoảng 18.000 tấn tôm thành phẩm mỗi năm.",
            "2022-04-06",
            "ministry",
            ["count_in_words", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ phân cỡ, bóc vỏ đến cân và đóng gói, phần lớn công đoạn đã do máy đảm nhận, nhờ vậy nhà máy đỡ phụ thuộc lao động thủ công – một hướng cơ khí hoá mà nhiều nhà máy tôm đang theo.",
            "2022-04-06",
            "ministry",
            ["automation_feature", "old_tone", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tiền điện cho khâu cấp đông giảm 15-18% sau khi nhà máy lắp máy nén ghép tầng và tự động hoá băng chuyền tủ đông.",
            "2022-04-06",
            "ministry",
            ["old_tone", "percentage", "no_firm", "no_event"],
            percentages=[15, 18],
            events=[],
        ),
        h(
            n(),
            "760 tỷ đồng từ ngân sách trung ương và tỉnh đang được rót vào 2 dự án hạ tầng nghề cá ở huyện đảo Kiên Hải, theo ông Võ Thành Nhân, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và PTNT tỉnh Kiên Giang.",
            "2024-03-05",
            "provincial",
            ["public_investment_no_firm", "person_role_after", "district", "count", "no_event"],
            organizations=[
                "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và PTNT tỉnh Kiên Giang"
            ],
            persons=[
                per(
                    "Võ Thành Nhân",
                    "Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và PTNT tỉnh Kiên Giang",
                )
            ],
            provinces=[pv("Kiên Giang")],
            money=[m(760 * B, "VND")],
            quantities=[c(2, "dự án")],
            locations=[district("huyện đảo Kiên Hải")],
            events=[],
        ),
        h(
            n(),
            "Dự án lớn hơn (395 tỷ đồng) là bờ kè và bãi chứa bùn nạo vét cho khu neo đậu ở đảo Hòn Sơn; dự án còn lại dựng cảng cá và kho lạnh hậu cần ở Nam Du với 365 tỷ đồng.",
            "2024-03-05",
            "provincial",
            ["nfd", "public_works", "no_firm", "no_event"],
            money=[m(395 * B, "VND"), m(365 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Nuôi biển xa bờ chỉ thành hình khi đảo có cảng và dịch vụ hậu cần, nên Kiên Giang ưu tiên vốn cho hạ tầng nghề cá ở các đảo lớn.",
            "2024-03-05",
            "provincial",
            ["feature_lead", "no_firm", "no_event"],
            provinces=[pv("Kiên Giang")],
            events=[],
        ),
    ]
    # --- Bến Tre coconut: a canned-coconut-water plant broken ground, a 2004 joint venture, a plant put into operation (S16) ---
    rows += [
        h(
            n(),
            "Tag\n\nBến Tre: Khởi công nhà máy nước dừa đóng lon lớn nhất tỉnh\n\nKinh tế 14/10/2019 10:05\naa\nTTTĐ- Công ty CP Nông sản Xuất khẩu Phú Hoà vừa động thổ nhà máy nước dừa đóng lon 30 triệu lon/năm ở Bến Tre hôm 13/10.",
            "2019-10-14",
            "provincial",
            [
                "tag_label",
                "old_tone",
                "headline_timestamp_lead",
                "source_tag",
                "groundbreaking_held",
                "capacity_no_count",
                "deal_date",
                "multiline",
            ],
            firms=[f("Nông sản Xuất khẩu Phú Hòa", "Công ty CP")],
            provinces=[pv("Bến Tre")],
            deals=[deal("groundbreaking", ["Nông sản Xuất khẩu Phú Hòa"], None, VL, "2019-10-13")],
            events=[ev("groundbreaking", [F("Nông sản Xuất khẩu Phú Hòa")], None, None, VL, "started")],
        ),
        h(
            n(),
            "Nghi thức động thổ có mặt đại diện Bộ NN&PTNT và tỉnh Bến Tre.",
            "2019-10-14",
            "provincial",
            ["photo_caption", "acronym_expanded", "attendees_no_party", "no_event"],
            organizations=["Bộ Nông nghiệp và Phát triển nông thôn"],
            provinces=[pv("Bến Tre")],
            events=[],
        ),
        h(
            n(),
            "Ông Trần Quốc Thái, Phó TGĐ công ty, cho biết dừa xiêm của doanh nghiệp đã vào Hoa Kỳ, Canada và Úc; mỗi tuần công ty giao đều hơn 80.000 trái sang Mỹ.",
            "2019-10-14",
            "provincial",
            ["person_role_after", "acronym_role", "country_list", "count", "approx", "no_event"],
            persons=[per("Trần Quốc Thái", "Phó TGĐ công ty")],
            quantities=[c(80000, "trái", True)],
            locations=[country("Hoa Kỳ"), country("Canada"), country("Úc"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Hàng Thái Lan vẫn là đối thủ chính của dừa xiêm Bến Tre ở Mỹ, ông Thái thừa nhận.",
            "2019-10-14",
            "provincial",
            ["surname_only_no_person", "country", "no_event"],
            provinces=[pv("Bến Tre")],
            locations=[country("Thái Lan"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Thứ trưởng Bộ NN&PTNT Lê Quốc Định phát biểu tại buổi lễ.",
            "2019-10-14",
            "provincial",
            ["photo_caption", "person_role_before", "acronym_expanded", "no_event"],
            organizations=["Bộ Nông nghiệp và Phát triển nông thôn"],
            persons=[per("Lê Quốc Định", "Thứ trưởng Bộ NN&PTNT")],
            events=[],
        ),
        h(
            n(),
            "(VietNamNet) - Coco Lanka (Sri Lanka) nắm 55%, Công ty Xuất nhập khẩu Ba Tri giữ 45% trong liên doanh 2,6 triệu USD vừa dựng xong xưởng cơm dừa sấy ở Bến Tre; máy sẽ chạy từ giữa tháng 5.",
            "2004-04-22",
            "ministry",
            [
                "old_news",
                "pre2025",
                "joint_venture_shares",
                "consortium_one_deal",
                "country_bracket",
                "percentage",
                "source_tag",
            ],
            firms=[f("Coco Lanka"), f("Xuất nhập khẩu Ba Tri", "Công ty")],
            provinces=[pv("Bến Tre")],
            money=[m(2.6 * M, "USD")],
            percentages=[55, 45],
            locations=[country("Sri Lanka")],
            deals=[deal("investment", ["Coco Lanka", "Xuất nhập khẩu Ba Tri"], 2.6 * M, VL)],
            events=[
                ev(
                    "joint_venture",
                    [F("Coco Lanka"), F("Xuất nhập khẩu Ba Tri")],
                    2.6 * M,
                    "USD",
                    VL,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Nhập dừa từ Philippines chỉ là đường lùi cuối cùng; trước hết nhà máy sẽ mua thẳng của nông dân qua hội nông dân xã, theo ông Nguyễn Văn Sáu, giám đốc Công ty Xuất nhập khẩu Ba Tri.",
            "2004-04-22",
            "ministry",
            ["person_role_after", "sourcing_no_contract", "country", "no_event"],
            firms=[f("Xuất nhập khẩu Ba Tri", "Công ty")],
            persons=[per("Nguyễn Văn Sáu", "giám đốc Công ty Xuất nhập khẩu Ba Tri")],
            locations=[country("Philippines")],
            events=[],
        ),
        h(
            n(),
            "Nguồn dừa của tỉnh, chừng 210 triệu trái/năm trên 38.000 ha, đã không đủ cho hơn 30 nhà máy và cơ sở chế biến.",
            "2004-04-22",
            "ministry",
            ["statistics", "area", "count", "approx", "no_event"],
            areas=[ha(38000)],
            quantities=[c(30, "nhà máy và cơ sở chế biến", True)],
            events=[],
        ),
        h(
            n(),
            "Công nhân tách cơm dừa tại một cơ sở ở huyện Giồng Trôm, Bến Tre.",
            "2004-04-22",
            "ministry",
            ["photo_caption", "district", "no_event"],
            provinces=[pv("Bến Tre")],
            locations=[district("huyện Giồng Trôm")],
            events=[],
        ),
        h(
            n(),
            "Bến Tre đưa vào hoạt động nhà máy sữa dừa tiệt trùng hiện đại\n\nHơn 250 lao động địa phương có việc ở nhà máy mới, công trình hơn 18 triệu USD trên 6,2 ha, mỗi năm làm 30 triệu lít ở giai đoạn đầu.",
            "2018-03-09",
            "provincial",
            ["headline_lead", "opening_no_firm", "area", "approx", "count", "multiline", "no_event"],
            provinces=[pv("Bến Tre")],
            money=[m(18 * M, "USD", None, True)],
            areas=[ha(6.2)],
            quantities=[c(250, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Sữa dừa được tiệt trùng UHT trực tiếp rồi rót vào hộp giấy, trên dây chuyền nhập từ châu Âu.",
            "2018-03-09",
            "provincial",
            ["nfd", "equipment_origin_no_supplier", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phần lớn sản phẩm, chừng 85%, sẽ đi xuất khẩu.",
            "2018-03-09",
            "provincial",
            ["percentage", "approx", "no_event"],
            percentages=[85],
            events=[],
        ),
        h(
            n(),
            "Cocoxim Bến Tre hiện bao tiêu dừa cho 1.980 hộ trên 1.760 ha, thường trả cao hơn giá chợ khi dừa rớt giá.",
            "2018-03-09",
            "provincial",
            ["offtake_households_no_deal", "province_in_firm_name", "count", "area", "no_event"],
            firms=[f("Cocoxim Bến Tre")],
            areas=[ha(1760)],
            quantities=[c(1980, "hộ")],
            events=[],
        ),
    ]
    # --- English copy (VNS, VietnamPlus, Saigon Times, SGGP, trade sites, provincial portals; S2, S5, S12, S17-S20) ---
    rows += [
        h(
            n(),
            "Leaders of Đồng Tháp Province and the investor shovel sand to start the project. — VNA/VNS Photo Thanh Tâm",
            "2025-03-14",
            "ministry",
            ["english_copy", "photo_caption", "photo_credit", "investor_unnamed_no_event", "no_event"],
            persons=[per("Thanh Tâm", None)],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "ĐỒNG THÁP — Work on a fruit processing plant owned by Sa Đéc Agrifood JSC began on March 12 at the Tân Khánh Đông Industrial Cluster in Đồng Tháp Province.",
            "2025-03-14",
            "ministry",
            [
                "english_copy",
                "dateline_caps",
                "groundbreaking_work_began",
                "owner_in_participle",
                "english_cluster_no_location",
                "deal_date",
            ],
            firms=[f("Sa Đéc Agrifood", "JSC")],
            provinces=[pv("Đồng Tháp")],
            deals=[deal("groundbreaking", ["Sa Đéc Agrifood"], None, DT, "2025-03-12")],
            events=[ev("groundbreaking", [F("Sa Đéc Agrifood")], None, None, DT, "started")],
        ),
        h(
            n(),
            "The company expects to spend VNĐ620 billion (US$24.4 million) before the first lines start in mid-2026.",
            "2025-03-14",
            "ministry",
            ["english_copy", "conversion_bracket", "firm_unnamed_no_deal", "no_event"],
            money=[m(620 * B, "VND"), m(24.4 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Mango, jackfruit and passion fruit will be the main inputs, about 18,000 tonnes a year once the plant runs at full capacity.",
            "2025-03-14",
            "ministry",
            ["english_copy", "tonnage_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sa Đéc Agrifood's board chairwoman, Lê Thị Bích Ngọc, said most of the output would go to European and American buyers.",
            "2025-03-14",
            "ministry",
            ["english_copy", "possessive_role_before_name", "english_adjectives_no_country", "no_event"],
            firms=[f("Sa Đéc Agrifood")],
            persons=[per("Lê Thị Bích Ngọc", "Sa Đéc Agrifood's board chairwoman")],
            events=[],
        ),
        h(
            n(),
            "Provincial officials promised to settle the remaining land issues within a month, said Trần Văn Hòa, chairman of the Đồng Tháp People's Committee. — VNS",
            "2025-03-14",
            "ministry",
            ["english_copy", "person_role_after", "source_tag", "no_event"],
            organizations=["Đồng Tháp People's Committee"],
            persons=[per("Trần Văn Hòa", "chairman of the Đồng Tháp People's Committee")],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "Work starts on VND8.6 trillion Cà Mau wind farm\nThe Saigon Times\nHCMC – Hải Đăng Wind Power JSC broke ground on February 20 on a wind farm in Cà Mau, at a ceremony it co-hosted with the Cà Mau People's Committee.",
            "2021-02-22",
            "ministry",
            [
                "english_copy",
                "headline_source_lead",
                "cohosted_groundbreaking",
                "amount_in_headline",
                "dateline_city",
                "deal_date",
                "multiline",
            ],
            firms=[f("Hải Đăng Wind Power", "JSC")],
            organizations=["Cà Mau People's Committee"],
            provinces=[pv("Cà Mau"), pv("Hồ Chí Minh")],
            money=[m(8.6e12, "VND")],
            deals=[deal("groundbreaking", ["Hải Đăng Wind Power"], 8.6e12, CM, "2021-02-20")],
            events=[
                ev(
                    "groundbreaking",
                    [G("Cà Mau People's Committee"), F("Hải Đăng Wind Power")],
                    8.6e12,
                    "VND",
                    CM,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Sixty-four 4.2 MW turbines are planned for the first phase, which should feed about 900 million kWh a year into the grid.",
            "2021-02-22",
            "ministry",
            ["english_copy", "count_in_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hải Đăng Wind Power signed a power purchase agreement with Vietnam Electricity (EVN) for the project last October.",
            "2021-02-22",
            "ministry",
            [
                "english_copy",
                "ppa_supply_contract",
                "recalled_contract",
                "deal_no_event",
                "evn_gazetteer_name",
            ],
            firms=[f("Hải Đăng Wind Power"), f("Điện lực Việt Nam")],
            deals=[deal("supply_contract", ["Hải Đăng Wind Power", "Điện lực Việt Nam"])],
            events=[],
        ),
        h(
            n(),
            "At VND8.6 trillion (US$373 million), the 250MW first phase is among the largest energy investments in the province this decade.",
            "2021-02-21",
            "ministry",
            ["english_copy", "conversion_bracket", "no_firm", "no_event"],
            money=[m(8.6e12, "VND"), m(373 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Nguyễn Văn Lam, Secretary of the provincial Party Committee, asked the contractors to finish the sea-cable route before the monsoon.\n\nBy Minh Tâm, Hoàng Phúc – Translated by Thu Ngân",
            "2021-02-21",
            "ministry",
            ["english_copy", "person_role_after", "translator_byline", "multiline", "no_event"],
            persons=[
                per("Nguyễn Văn Lam", "Secretary of the provincial Party Committee"),
                per("Minh Tâm", None),
                per("Hoàng Phúc", None),
                per("Thu Ngân", None),
            ],
            events=[],
        ),
        h(
            n(),
            "A 33-megawatt order for the Thạnh Phú 4 project in Bến Tre brings Nordwind's tally of intertidal wind contracts in Vietnam to five, the Danish turbine maker said.",
            "2021-05-17",
            "ministry",
            [
                "english_copy",
                "unnamed_counterpart_no_deal",
                "english_possessive_firm",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Nordwind")],
            provinces=[pv("Bến Tre")],
            events=[],
        ),
        h(
            n(),
            "Mekong Power Corporation, a listed Vietnamese company, has ordered 10 turbines of 4.5MW each from Nordwind for its 45MW Duyên Hải 5 project in Trà Vinh Province; the deal also covers electrical works and 20 years of servicing.",
            "2020-06-22",
            "ministry",
            ["english_copy", "supply_contract", "buyer_first_order", "count"],
            firms=[f("Mekong Power Corporation"), f("Nordwind")],
            provinces=[pv("Trà Vinh")],
            quantities=[c(10, "turbines")],
            deals=[deal("supply_contract", ["Nordwind", "Mekong Power Corporation"], None, VL)],
            events=[
                ev(
                    "supply_contract",
                    [F("Nordwind"), F("Mekong Power Corporation")],
                    None,
                    None,
                    VL,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Wind power projects worth more than VND38 trillion (US$1.65 billion) in total have now settled in Trà Vinh, a coastal province between the Tiền and Hậu rivers. — Photo baodautu.vn",
            "2020-01-21",
            "ministry",
            ["english_copy", "totals_unnamed", "photo_site_credit", "approx", "no_event"],
            provinces=[pv("Trà Vinh")],
            money=[m(38e12, "VND", None, True), m(1.65 * B, "USD", None, True)],
            events=[],
        ),
        h(
            n(),
            "Hưng Phát Group JSC and Thailand's Siam Green Energy are partners in a 50 MW farm there spread over 1,150ha, with VND2.4 trillion invested.",
            "2020-01-21",
            "ministry",
            [
                "english_copy",
                "partners_investment",
                "consortium_one_deal",
                "deal_no_event",
                "possessive_country",
                "area",
            ],
            firms=[f("Hưng Phát Group", "JSC"), f("Siam Green Energy")],
            money=[m(2.4e12, "VND")],
            areas=[ha(1150)],
            locations=[country("Thailand")],
            deals=[deal("investment", ["Hưng Phát Group", "Siam Green Energy"], 2.4e12)],
            events=[],
        ),
        h(
            n(),
            "Its turbines should start feeding part of their output into the grid by October.",
            "2020-01-21",
            "ministry",
            ["english_copy", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "A VND6.9 trillion wind project is the subject of a memorandum of understanding between Long Toàn Energy JSC and Bắc Hà Construction Investment JSC.",
            "2020-01-21",
            "ministry",
            ["english_copy", "mou_as_subject", "firm_pair", "amount_first"],
            firms=[f("Long Toàn Energy", "JSC"), f("Bắc Hà Construction Investment", "JSC")],
            money=[m(6.9e12, "VND")],
            deals=[deal("mou", ["Long Toàn Energy", "Bắc Hà Construction Investment"], 6.9e12)],
            events=[
                ev(
                    "mou",
                    [F("Long Toàn Energy"), F("Bắc Hà Construction Investment")],
                    6.9e12,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Đông Hải Xanh Group's Duyên Hải 3 plant has absorbed VND3.6 trillion of the group's money, and Sông Hậu Energy JSC has sunk VND4.1 trillion into Long Hòa 2.",
            "2020-01-21",
            "ministry",
            ["english_copy", "recalled_investment", "deal_no_event", "english_possessive_firm", "two_firms"],
            firms=[f("Đông Hải Xanh Group"), f("Sông Hậu Energy", "JSC")],
            money=[m(3.6e12, "VND"), m(4.1e12, "VND")],
            deals=[
                deal("investment", ["Đông Hải Xanh Group"], 3.6e12),
                deal("investment", ["Sông Hậu Energy"], 4.1e12),
            ],
            events=[],
        ),
        h(
            n(),
            "Minh Phát Seafood Group and Cửu Long Port JSC, the developers of a port and logistics complex in Hậu Giang Province, broke ground on March 3 on its first building, a 42,000 sq.m cold store for frozen seafood.",
            "2021-03-05",
            "ministry",
            ["english_copy", "groundbreaking_held", "consortium_one_deal", "m2_to_ha", "deal_date"],
            firms=[f("Minh Phát Seafood Group"), f("Cửu Long Port", "JSC")],
            provinces=[pv("Hậu Giang")],
            areas=[ha(4.2)],
            deals=[
                deal("groundbreaking", ["Minh Phát Seafood Group", "Cửu Long Port"], None, CT, "2021-03-03")
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Minh Phát Seafood Group"), F("Cửu Long Port")],
                    None,
                    None,
                    CT,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Its price tag is VNĐ280 billion (about US$11.7 million).",
            "2021-03-05",
            "ministry",
            ["english_copy", "conversion_bracket", "approx", "no_firm", "no_event"],
            money=[m(280 * B, "VND"), m(11.7 * M, "USD", None, True)],
            events=[],
        ),
        h(
            n(),
            "Including berths and dry warehouses, the 28ha complex is budgeted at VNĐ950 billion.",
            "2021-03-05",
            "ministry",
            ["english_copy", "area", "no_firm", "no_event"],
            money=[m(950 * B, "VND")],
            areas=[ha(28)],
            events=[],
        ),
        h(
            n(),
            "Unloading rice at Hoàng Diệu port in Cần Thơ city. (Photo: VNA)",
            "2024-05-15",
            "ministry",
            ["english_copy", "photo_caption", "agency_credit_no_org", "no_event"],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Can Tho (VNA) – Danish food-processing and cold-chain firms met city leaders on May 14, with Nguyen Thanh Luan, Chairman of the Can Tho city People's Committee, pitching the city's ports and airport.",
            "2024-05-15",
            "ministry",
            [
                "english_copy",
                "unaccented_english",
                "dateline",
                "meeting_no_deal",
                "person_role_after",
                "english_adjectives_no_country",
                "no_event",
            ],
            organizations=["Can Tho city People's Committee"],
            persons=[per("Nguyen Thanh Luan", "Chairman of the Can Tho city People's Committee")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Rice and seafood dominate local processing: 38 rice mills and 41 export seafood plants, the chairman said.",
            "2024-05-15",
            "ministry",
            ["english_copy", "statistics", "count", "role_no_name", "no_event"],
            quantities=[c(38, "rice mills"), c(41, "export seafood plants")],
            events=[],
        ),
        h(
            n(),
            "Larger ships are the missing piece: until the Dinh An channel is dredged, local ports cannot take vessels big enough for direct exports, he added.",
            "2024-05-15",
            "ministry",
            ["english_copy", "unaccented_english", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cần Giuộc, Bến Lức, Đức Hòa and Tân Trụ are the districts picked to host Long An's eight planned logistics centres.",
            "2023-09-12",
            "provincial",
            ["english_copy", "plan_no_deal", "count_in_words", "english_district_no_location", "no_event"],
            provinces=[pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "Minh Khang Trading Service JSC has so far put money into 5 of the 14 hectares set aside for a logistics centre in Thạnh Lợi commune; the rest is still open to investors.",
            "2023-09-12",
            "provincial",
            ["english_copy", "recalled_investment", "deal_no_event", "area"],
            firms=[f("Minh Khang Trading Service", "JSC")],
            areas=[ha(5), ha(14)],
            deals=[deal("investment", ["Minh Khang Trading Service"])],
            events=[],
        ),
        h(
            n(),
            "With 35 industrial parks, Long An trails only a handful of provinces in park numbers, yet logistics there is still young.",
            "2023-05-12",
            "ministry",
            ["english_copy", "feature", "count", "no_event"],
            provinces=[pv("Long An")],
            quantities=[c(35, "industrial parks")],
            events=[],
        ),
        h(
            n(),
            "Factories in Long An's parks still send much of their cargo by truck to Ho Chi Minh City terminals, a cost the province wants to cut.",
            "2023-05-12",
            "ministry",
            ["english_copy", "feature", "english_possessive_province", "no_event"],
            provinces=[pv("Long An"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Tân Tập's berths can already take 70,000 DWT ships, and its warehouses cover some 80ha.",
            "2025-01-09",
            "ministry",
            ["english_copy", "port_profile", "area", "approx", "no_event"],
            areas=[ha(80, True)],
            events=[],
        ),
        h(
            n(),
            "To lure shipping lines, Long An is drafting a subsidy per container, according to Trần Hữu Phước, Permanent Vice Chairman of the Long An Provincial People's Council.",
            "2025-01-09",
            "ministry",
            ["english_copy", "person_role_after", "policy_no_deal", "no_event"],
            organizations=["Long An Provincial People's Council"],
            persons=[
                per("Trần Hữu Phước", "Permanent Vice Chairman of the Long An Provincial People's Council")
            ],
            provinces=[pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "JavaScript is off. Please enable to view full site.\n\nKiên Giang gets a 1,200-tonne-a-day parboiled rice mill",
            "2024-03-10",
            "ministry",
            ["english_copy", "js_notice", "headline_no_firm", "multiline", "no_event"],
            provinces=[pv("Kiên Giang")],
            events=[],
        ),
        h(
            n(),
            "Parboiling towers at the Phú Lợi mill. Photo: Khánh Duy / Tuoi Tre",
            "2024-03-10",
            "ministry",
            ["english_copy", "photo_caption", "photo_credit", "no_event"],
            persons=[per("Khánh Duy", None)],
            events=[],
        ),
        h(
            n(),
            "Saturday's inauguration in Hòn Đất District, Kiên Giang, was organised by the mill's owner, Mekong Grain Group, and attended by a Deputy Prime Minister.",
            "2024-03-10",
            "ministry",
            [
                "english_copy",
                "inauguration_no_capital",
                "owner_apposition",
                "passive_opening",
                "role_no_name",
            ],
            firms=[f("Mekong Grain Group")],
            provinces=[pv("Kiên Giang")],
            events=[ev("inauguration", [F("Mekong Grain Group")], None, None, AG, "completed")],
        ),
        h(
            n(),
            "Agrotec of Denmark and Millbrook of Switzerland are the main equipment names at the mill, with smaller machines bought in Italy and Germany.",
            "2024-03-10",
            "ministry",
            ["english_copy", "equipment_makers_no_buyer", "country", "no_event"],
            firms=[f("Agrotec"), f("Millbrook")],
            locations=[country("Denmark"), country("Switzerland"), country("Italy"), country("Germany")],
            events=[],
        ),
        h(
            n(),
            "Paddy from roughly 250,000 ha of surrounding fields can reach the 14.5-hectare site within hours.",
            "2024-03-10",
            "ministry",
            ["english_copy", "area", "approx", "no_event"],
            areas=[ha(250000, True), ha(14.5)],
            events=[],
        ),
        h(
            n(),
            "Lâm Văn Tài, chairman of Mekong Grain Group, said the company would next build its own seed farm in the province.",
            "2024-03-10",
            "ministry",
            ["english_copy", "person_role_after", "vague_plan_no_deal", "no_event"],
            firms=[f("Mekong Grain Group")],
            persons=[per("Lâm Văn Tài", "chairman of Mekong Grain Group")],
            events=[],
        ),
        h(
            n(),
            "Rice exports from the delta could rise further if more mills parboil and pack locally, the Deputy Prime Minister told guests.",
            "2024-03-10",
            "ministry",
            ["english_copy", "role_no_name", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Canned pineapple plant planned for Hậu Giang\nPhúc Lâm Foods Company presented plans for a canned pineapple and juice plant to Hậu Giang's leaders at a working session on April 8.",
            "2018-04-09",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "working_session_no_deal",
                "company_word_kept",
                "multiline",
                "no_event",
            ],
            firms=[f("Phúc Lâm Foods Company")],
            provinces=[pv("Hậu Giang")],
            events=[],
        ),
        h(
            n(),
            "Incentives for pineapple processors were outlined by Lê Văn Tín, director of the provincial Department of Planning and Investment.",
            "2018-04-09",
            "ministry",
            ["english_copy", "person_role_after", "bare_unit_no_org", "no_event"],
            persons=[per("Lê Văn Tín", "director of the provincial Department of Planning and Investment")],
            events=[],
        ),
        h(
            n(),
            "If approved, the project would need about VND190 billion (US$8.2 million) and 25,000 square metres of land.-VNA",
            "2018-04-09",
            "ministry",
            ["english_copy", "conditional_plan", "m2_to_ha", "conversion_bracket", "approx", "no_event"],
            money=[m(190 * B, "VND", None, True), m(8.2 * M, "USD", None, True)],
            areas=[ha(2.5)],
            events=[],
        ),
    ]
    return rows
