# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 158 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: industrial robots, automation lines, CNC machines and factory
automation suppliers. Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger
code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "robot công nghiệp nhà máy Việt Nam
đầu tư dây chuyền tự động", S2 "dây chuyền tự động hóa khánh thành nhà máy khu công nghiệp robot", S3 "máy CNC sản xuất
trong nước doanh nghiệp cơ khí chế tạo", S4 "nhà cung cấp thiết bị tự động hóa mở chi nhánh văn phòng Việt Nam", S5
"robot hàn robot sơn dây chuyền lắp ráp ô tô Việt Nam", S6 "FANUC Yaskawa KUKA robot Việt Nam đại lý phân phối", S7 "nhà
máy sản xuất robot tại Việt Nam vốn đầu tư triệu USD", S8 "trung tâm gia công CNC đầu tư máy móc doanh nghiệp công
nghiệp hỗ trợ", S9 "ký kết hợp tác tự động hóa robot doanh nghiệp Nhật Bản Việt Nam", S10 "cánh tay robot cobot ứng
dụng nhà máy điện tử Bắc Ninh", S11 "triển lãm máy công cụ tự động hóa TP.HCM doanh nghiệp tham gia gian hàng", S12 "nhà
máy thông minh tự động hóa khu công nghiệp khởi công robot dây chuyền", S13 "doanh nghiệp Việt chế tạo máy CNC robot
xuất khẩu", S14 "giấy chứng nhận đăng ký đầu tư dự án sản xuất thiết bị tự động hóa robot", S15 "hệ thống băng tải tự
động nhà máy hợp đồng cung cấp lắp đặt", S16 "tự động hoá sản xuất thiếu nhân lực robot thay thế công nhân doanh
nghiệp", and in English S17 "Vietnam industrial robots factory automation investment", S18 "CNC machine tool maker
opens plant Vietnam", S19 "automation supplier signs agreement Vietnamese manufacturer robots", S20 "robot production
line Vietnam factory inauguration". (Batches 81 and 107 had this theme with other searches; a few of the same pages came
back, the Taiwanese press maker's plan, the supplier's robot-market interview and the Viet Nam-Korea robotics workshop
among them, and none of their rows was reused: every row here was drafted from this sample and checked against batch 107
too.) No sentence is taken or paraphrased from a page; the shapes are. Firm, person and place-of-business names are
invented (Tập đoàn Vạn Xuân / Vạn Xuân / Van Xuan Group, Vạn Xuân Auto / Ô tô Vạn Xuân / Van Xuan Auto, VX Robotics, VX
Motion / Người máy Đa năng VX Motion, Bulông Hoàn Vũ, Sao Việt Expo, Kizuna Solutions, Hội chợ Kim Long, Dịch vụ Triển
lãm Merlion, Lac Viet Technology Corporation, Nordpak, Mekong Analytics, Yung Feng Machinery Works, Daehan Hydraulic,
Jinhai International Holdings, Kanemura Motors, Hai Dang Tech, Viện Kỹ thuật Cơ điện Phương Nam, Hiệp hội Doanh nghiệp
Công nghiệp hỗ trợ Thăng Long, Hội Cơ khí Chính xác Việt Nam, the SOUTHMAC 2024 fair, the decision 1874/QĐ-BKHCN, and
every official, executive, author, uploader, student, reporter and photographer, the Japanese ambassador included);
well-known names (ABB, KUKA, Foxconn, Intel, Toyota, Hyundai, Morgan Stanley, BYD Auto, McKinsey, the ministries and
agencies, JETRO, JICA, SATI, IFR, HUTECH, the Vietnam and HCM City automation associations, the real laws and decrees
61/2020/QH14, 31/2021/NĐ-CP and 25/2023/TT-BKHĐT, and the VNA, VNS, CGTN, BBC, Reuters, China Daily and CafeF credits)
appear only in sentences of our own with figures, dates and places changed.

What the sample looked like (80 result slots, 58 distinct pages: a translated human-robot safety blog came back four
times, a vision-guided AGV product page five times, a trade magazine's interview category four times, an ebook tag and a
turned-parts blurb three times each, and a Polish spam slug, a how-to title, an automatic-line blog, a science-agency
journal article, a humanoid-robot news item and a foundry site's automation item twice each): 10 slots were machine-made
slugs on Polish domains (S2 r4, S3 r2, S5 r2 = S6 r4, S8 r2 = S13 r1, S15 r1-r4); 10 were tags and titles (the ebook tag
three times, two how-to titles, a cutting-tool title, an image page titled with a carmaker's groundbreaking date for a
plant in the US, a legal portal's decision title, two law-firm tags, one with "Lưu trữ"); 8 were product pages and
blurbs (the AGV page five times, with its numbered sections, spec line and laser comparison; the turned-parts blurb three
times); 12 were vendor blogs and explainers (the safety blog four times, with its bullets and "HRI là gì?"; the
automatic-line blog twice, with its chrome and roman-numbered sections; a welding-robot trend blog with a caps title and a
market forecast; a car-welding blog; a carmaker robotics blog with its summary and numbered plan; a packaging-QC blog with
a short date and bullets; a trade-fair organiser's supply-chain explainer; a tax firm's investment-certificate explainer
with footnote markers and a legal-basis list); 6 were journals, document stores, a lecture and theses (the journal
article twice; a robot lecture with its breadcrumb and counters; a master's thesis summary cover with a KUKA arm; a
master's thesis in a font that drops letters; a mechatronics document page with ad chrome and uploader); 14 were
Vietnamese news, features and a forum (the conglomerate's humanoid-robot unit twice, its two robot companies on a forum
with charter capital and shareholdings, its robot at a venue's inauguration; a supporting-industry feature with a
footnote; Hà Nội suppliers and Japan; a Việt-Nhật forum in Đà Nẵng on the science ministry's site, with an agency-department
agreement; a 2007 machine-tool fair opening with its byline; a trade site's note on the same fair; a closed-loop
factory in China; four features on robots and jobs); 2 were foreign-language pages (a Thai copy of a Viet Nam-Japan forum,
a Japanese item on a carmaker's robot plan); 18 were English (the interview category four times; VietnamPlus and a
press-wire VNS copy of a machinery expo; the foundry site twice; a CGTN report; VnExpress International on a
Japan-funded robotics centre; a 2006 Taiwanese press maker's plan; a machine-builder magazine's feature; a 2014 Korean
press maker weighing a plant; a trade site's tag page with a list of headlines; VietnamPlus on the robot market from a
supplier; a bizhub workshop; a conglomerate's interview on its robots; a tech site on the humanoid-robot unit). About 9
of the 80 slots told a deal or an event with a named party (the image title's groundbreaking date, the agency-department
agreement, the press maker's plan and the chip plant under way, the car plant running on the island, the rival's plant
opened in 2012, the tag page's plant abroad, the complex under construction in the Japanese item, and the robot
purchase plan, which the conventions read as no deal); no supply contract, licence or opening of an automation, robot or
CNC supplier in Việt Nam came up in any first four (S14's licence search gave explainers and tags, S15's contract search
gave spam slugs only), so the batch has none.

Rows: 160 (hand-51201 to hand-51360); 8 carry a deal or an event (5.0%): 4 events (3 investment announcements, 1 MoU)
and 7 `deals` entries (all investment); 4 rows hold a deal without an event (51320 a complex under construction, 51342 a
chip plant under construction, 51344 a car plant running, 51346 a recalled opening), 1 an event without a deal (51290,
the memorandum of two public bodies) and 3 both (51215, 51340, 51349). 152 rows are negatives and other fields. By page
kind: 8 rows of spam slugs (51201-51208), 11 of tags and titles (51209-51219; 1 with a deal), 7 of product pages and a
blurb (51220-51226), 25 of vendor blogs and explainers (51227-51251), 14 of journals, document stores, a lecture and
theses (51252-51265), 54 of Vietnamese news, features and a forum (51266-51319, the forum at 51272-51276; 1 with an
event), 3 of the Japanese item told in Vietnamese (51320-51322; 1), 2 of the Thai copy told in English (51323-51324) and
36 of English copy (51325-51360; 5); 38 rows are English (`english_copy`, 23.75%). 10 rows are stored in NFD
(hand-51242, 51253, 51266, 51273, 51281, 51287, 51290, 51295, 51308, 51320); 6 use old tone placement (51239, 51311 and
51313 "tự động hoá", 51254 "hiện đại hoá", 51290 "thoả thuận", 51306 "thương mại hoá"); 37 hold several lines (headlines
and leads, captions, page chrome, breadcrumbs and counters, thesis covers, bullet and numbered lists, a legal-basis list,
bylines, related links, wire chrome, a tag page's headline list).

Own wording: every row was drafted in its own order (amount-first, count-first, percentage-first, object-first, passive,
quote-first, speaker-last), with changed figures, names, dates and places; on review against the notes taken from the
sampled pages (and against batch 107), about 80 drafts that still kept a page's run of facts, its list, its order or a
quote's wording were rewritten from scratch (nearly every product-page line; the safety blog's contrast, definition,
bullets and opening; the automatic-line blog's section and thesis; the welding blogs' country list, 40-per-cent share,
cost limit and advantages; the robotics blog's title, summary, numbered plan and heading; the QC blog's title and
bullets; the explainers' title, stages, statistics and definition; the journal's argument and the mechatronics history;
the humanoid unit's lead, versions, caption, tasks and claim; the forum's founding line and shareholdings, now with other
shares; the venue row's deployment line; the supporting-industry definitions; the ambassador, agreement, survey, training
and cooperation lines; the fair's workshop line; the trade site's firm count and country list; the China factory's lead,
quote and step count; the jobs features' headline, Bangladesh, staff and fast-food lines, the ageing and Singapore lines;
all three Japanese-item lines; and nearly every English row: the interview category, the expo's lead, countries, speaker
and tours, the foundry item's chairman, the CGTN mill, quote and small-firm line, the training centre's lead and grant,
the press maker's chip-plant line, the magazine's island and car plant, the Korean maker's quote, the robot market's
figures, the workshop's chairman and partners, the carmaker's remote start and shops, the humanoid show and the EV
maker's reach). One spam slug first drafted after S15 r5's crusher-plant slug was replaced with one in the shape of S5
r2, and three rows with shapes no first-four page had (a tag page's document count, an unaccented tag, a journal's
keyword line) were replaced before annotation. Nothing was used from ranks 5-8, among them: a Japanese precision plant
opening in Đà Nẵng's hi-tech park and a foundry's plant under way there (S18 r5), two Taiwanese machine-tool makers' joint
plant in Hà Nội and a battery maker's plants (S18 r7-r8), a Hitachi unit's new branch with its capital (S4 r7), a French
page on a logistics-robot firm's plant plan (S4 r5), a car plant's inauguration and its robot hall (S20 r5-r7), a
logistics firm's 200 AGVs and a car plant's welding lines supplied by German and Japanese partners (S16 r7), a snack
maker's smart factory in a Bình Dương park (S2 r8, S12 r6), a transport-robot caption (S1 r7, S7 r8), a Cần Thơ robot
article (S1 r6), an association-association signing in Osaka and two Japan seminars (S9 r5-r8), a French and an English
fair item with a city chairman's supplier examples (S11 r6-r8), a CNC forum thread and a robot-arm exporter's interview
(S13 r6-r7), the humanoid unit's other outlets (S7 r5-r6) and the CNC-mill research project (S3 r5, S8 r5).

Conventions: exactly those of batches 10 and 12-157 as their docstrings and tests/eval/README.md state them (read here:
batches 73-145), with their judgement calls, among them: a named firm's plan, a set groundbreaking date or a plant abroad
is an announced investment, undated without a day of the deal itself, unsited when abroad (batches 81, 107); a plant under
construction or running is the firm's investment deal without amount and without event (batch 81, 107's car complex);
recalled plants are deals without events; considering, weighing, purchase plans of robots, deliveries and installations
without a contract word, sales figures, market statistics, fairs and their organisers, seminars, workshops, trade
missions, surveys, grants, training centres and charter capital or shareholdings give no deal (batches 77, 82, 107, 145); a
memorandum of two public bodies is a signed MoU event of two government parties without deal, unsited when no place is
named (batch 70); attendees are no parties; vague amounts ("vài tỷ đồng") are none; "khoảng", "chừng", "gần", "hơn",
"trên", "vượt", "some", "about", "around", "over", "close to" approximate; bracketed conversions are both money; per-year
and per-hour amounts keep their unit; capacities, loads, speeds, lengths, durations, decades, densities, ordinals,
fractions, standard and model codes, page counts and view counters, counts in words and counts without a noun are no
counts, English counts keep their English noun, two counts sharing one noun both take it; m2 are areas in ha; Vietnamese
legal forms are normalised ("CTCP" -> "Công ty CP", "Tập đoàn X" keeps "Tập đoàn", a bare "Công ty X" has "Công ty"),
foreign ones kept as written ("Co. Ltd.", "Ltd."), "Corporation" and "Group" stay in an English name,
"Vietnam"/"Việt Nam" is dropped from a foreign unit's name ("ABB Vietnam" -> "ABB", "Nordpak Vietnam" -> "Nordpak");
Vietnamese country words ("hãng Đức", "chuyên gia Đức", "nhà đầu tư Nhật") and English country nouns and possessives
("Japan", "South Korea", "China's", "Taiwan's") are countries, English adjectives ("German", "Korean", "Japanese") none,
a country inside an organisation's name none, in a role a country; lowercase countries in slugs, regions, cities and
states abroad, "EU"/"ASEAN"/"WTO" and "Việt Nam"/"Vietnam" nothing; parks and zones written in Vietnamese are locations,
venues are no organisations; organisations as written, acronyms alone by their full name ("SATI" -> "Cục Ứng dụng và
Phát triển công nghệ", "IFR" -> "Liên đoàn Robot Quốc tế", "VAA" -> "Viet Nam Automation Association"); a province inside
an organisation's name is a mention, inside a firm's name none; datelines, "north of Hanoi", "outside" and "near" a city
are mentions, not sites; bylines, reporters and photo credits are persons in title case without role, initials and
outlet, agency, site and firm credits nothing; "TS.", "PGS.TS.", "Dr." give no role; thesis labels give their role as
written ("Người hướng dẫn khoa học", "Phản biện 1"; batch 73), broken labels none; caps names take their usual spelling;
a surname or given name alone is no person; a bare "Thủ tướng", "Chủ tịch VX Motion" or "prime ministers" is no
person; "X of <firm/agency>" gives the person without role; old tone placement is normalised in the gold. Every row with
no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A carmaker's robots told object-first through its complex ("Xưởng hàn thân xe trong tổ hợp ô tô mà Tập đoàn Vạn Xuân
  đang xây ở Khu kinh tế Đình Vũ – Cát Hải, Hải Phòng sẽ có 1.100 robot", 51320) is the group's investment deal without
  amount, sited in Hải Phòng, no event (batch 107's complex "now rising"); the robots are no deal, nor is "Nhà cung cấp
  là ABB (Thụy Sĩ); lô hàng về cảng vào tháng 9" (51321), a supplier without contract word.
- "Its customers are following Intel, whose chip plant there is under construction, into the country, Wu said" (51342)
  is Intel's investment deal without amount or site, no event; "Wu" (a surname) is no person.
- "Van Xuan Auto builds its cars on the island now, aiming at 240,000 a year" (51344) is a running plant: an investment
  deal without amount, unsited because the island's city is named only in the row before; the target is a capacity.
- "Daehan Hydraulic Co. Ltd. of South Korea is weighing a press plant near Haiphong that would cost about US$12 million"
  (51345) gives the firm, money, the country and both provinces as mentions, no deal; the rival's "plant it opened in
  2012" outside Ho Chi Minh City (51346) is a recalled investment deal without event or site.
- A trade site's headline list (51349): "Kanemura Motors To Put 6 Billion Baht Into Its Thai Plant" is an announced
  investment in THB without site (a plant abroad), "Thai" and "Korean" adjectives nothing; the image page's title "Ô tô
  Vạn Xuân định ngày khởi công nhà máy 3,2 tỷ USD ở bang Georgia (Mỹ)" (51215) an announced investment without site, the
  state no location, the slug line nothing.
- "Bên lề diễn đàn, một thoả thuận hợp tác đã được Sở Khoa học và Công nghệ Đà Nẵng ký với Cục Ứng dụng và Phát triển
  công nghệ (SATI)" (51290) is one signed MoU event of the two government parties as written, no deal, unsited; the
  agency's survey "làm cùng Kizuna Solutions" (51291) no event.
- The humanoid-robot units: charter capital in the lead or amount-first (51266, 51273, 51359), the founders' shares
  (51274) and the group's plan to use the robots in its own plants (51279) give money, percentages and firms, no deal; a
  venue's inauguration whose owner is not named (51277) nothing but the province; "Ảnh: VX Motion" a credit (the firm is
  already named in the caption).
- "A robotics training centre funded with 130 million yen ($1.1 million) from Japan is to open on the edge of Ho Chi Minh
  City" (51337) is a grant: money, the country and a province mention, no deal.
- A thesis cover's model line "ỨNG DỤNG TAY MÁY KUKA KR10 R1100" (51259) gives the maker KUKA as a bare firm, the model
  code nothing; the caps university lines give "Đại học Đà Nẵng" and "Trường Đại học Bách khoa" in title case and
  "Đà Nẵng – Năm 2019" a province mention. On the cover in a font that drops letters (51261-51262), the intact watermark
  "HUTECH" is an organisation (an acronym alone), the broken university and label lines give nothing, the intact
  "TP.HCM" a province mention, intact names ("LÊ HOÀNG TÚ", "Lê Minh Châu") persons without role, broken ones none.
- "Luật Đầu tư số 61/2020/QH14" in a legal-basis list (51249) is a decision like the decree and circular beside it;
  "Quyết định 1874/QĐ-BKHCN năm 2021" (51216) a decision without date.
- "Hơn 2.100 dự án FDI(2) ... số doanh nghiệp mới lập vượt 120.000(1)" (51250) gives two approximate counts, the second
  with the noun written before its number; footnote markers nothing.
- "Từ 120.000 xuống còn 55.000 người" (51314) is two counts of "người"; "Cứ ba ... thì gần một" (51300) a fraction, no
  percentage; "hơn một triệu việc làm" a count in words, none.
- "Mỗi năm ngành cơ khí xuất khẩu trên 17 tỷ USD" (51299) is money per "năm", approximate; "14 USD/giờ" (51316) money per
  "giờ"; "vài tỷ đồng" (51239) no money.
- A speaker label in caps in a TV script ("ANDERS LUND, Nordpak Vietnam managing director:", 51335) gives the person in
  title case with the role as written; "CGTN's Mark Ellison reports" a reporter without role; "Luca Ferri of Mekong
  Analytics" and "Kenji Arakawa of the Japan International Cooperation Agency" persons without role.
- A row of English adjectives only ("German and Japanese stands ... Indian and Malaysian firms", 51328) gives nothing; "the
  Viet Nam-Japan forum" (51323) the country Japan; "(Photo: LE KHOA)" the person "Le Khoa".
- "Viện Toàn cầu McKinsey" is an organisation; "Morgan Stanley" a bare firm; "theo BBC", "Ảnh: China Daily", "Ảnh:
  Reuters", "(C) CafeF" nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, ev, f, ha, per, zone


def hand_sentences_158(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HP = cur("Hải Phòng")

    ids = iter(range(51201, 51201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Machine-made slugs on Polish domains (S2 r4, S3 r2, S5 r2 = S6 r4, S8 r2 = S13 r1, S15 r1-r4) ---
    spam = [
        ("sơ đồ bố trí xưởng lắp ráp kiểu chữ u và chữ l trong quản trị vận hành pdf", "2022-04-11", []),
        ("hướng dẫn chọn đồ gá kẹp phôi cho máy tiện đứng tài liệu tham khảo", "2021-09-30", []),
        (
            "robot xúc cát xuất xứ ba lan giá thành từng bộ phận bảng excel",
            "2022-11-02",
            ["lowercase_country_nothing"],
        ),
        (
            "chỉ số giá nhà máy cơ khí quy trình ấn độ năm 2019",
            "2021-06-18",
            ["lowercase_country_nothing", "year_no_count"],
        ),
        ("cẩm nang hội các nhà chế tạo con lăn băng tải bản dịch", "2023-02-07", []),
        ("chi phí lắp băng tải đặt ngầm dưới hầm mỏ ước tính theo mét", "2021-04-30", []),
        (
            "mẫu hợp đồng mua bán máy nghiền hàm nguyên lý chuyển giao kỹ thuật người bán",
            "2022-08-19",
            ["contract_word_no_party"],
        ),
        (
            "máy xay đá robo tự động xuất xứ nga bản vẽ pdf",
            "2023-05-25",
            ["lowercase_country_nothing"],
        ),
    ]
    for text, date, extra in spam:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_slug", "foreign_domain", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    # --- Tags and titles: an ebook tag (S1 r4 = S2 r1 = S12 r1), how-to titles (S3 r3 = S8 r3, S3 r4), an image page's
    # title (S7 r3), a legal portal's title (S14 r2), law-firm tags (S14 r3, S14 r4) ---
    rows += [
        h(
            n(),
            "giáo trình điều khiển số và robot trong dây chuyền linh hoạt ebook pdf",
            "2021-02-14",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giao trinh robot cong nghiep va co dien tu ebook pdf",
            "2021-02-14",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình tổ chức sản xuất và quản lý phân xưởng ebook pdf",
            "2021-02-14",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tiện CNC theo bản vẽ là gì? Những lỗi hay gặp khi đặt gia công ngoài",
            "2023-08-03",
            "ministry",
            ["title_only", "question_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gia công phay 5 trục: khi nào nên dùng và giá tham khảo",
            "2023-08-03",
            "ministry",
            ["title_only", "axes_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mũi khoan hợp kim cho máy CNC: cấu tạo, lớp phủ và cách chọn đúng",
            "2024-01-22",
            "ministry",
            ["title_only", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ô tô Vạn Xuân định ngày khởi công nhà máy 3,2 tỷ USD ở bang Georgia (Mỹ), công suất 120.000 xe mỗi năm\nvx-dinh-ngay-khoi-cong-nha-may-my-2",
            "2023-07-21",
            "ministry",
            [
                "image_page_title",
                "set_groundbreaking_date_announced",
                "plant_abroad",
                "us_state_no_location",
                "capacity_no_count",
                "filename_nothing",
                "multiline",
            ],
            firms=[f("Ô tô Vạn Xuân")],
            money=[m(3.2 * B, "USD")],
            locations=[country("Mỹ")],
            deals=[deal("investment", ["Ô tô Vạn Xuân"], 3.2 * B)],
            events=[ev("investment_announcement", [F("Ô tô Vạn Xuân")], 3.2 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Quyết định 1874/QĐ-BKHCN năm 2021 công bố thủ tục hành chính lĩnh vực chuyển giao công nghệ",
            "2021-08-06",
            "legal",
            ["legal_portal_title", "decision_year_only_no_date", "no_event"],
            decisions=[d("1874/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận đủ điều kiện an toàn lao động cho xưởng cơ khí",
            "2022-10-10",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục mở văn phòng đại diện công ty nước ngoài trực tuyến Lưu trữ",
            "2022-10-10",
            "ministry",
            ["tag_page", "archive_label", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục bổ sung ngành nghề sản xuất thiết bị tự động hóa Lưu trữ",
            "2022-10-10",
            "ministry",
            ["tag_page", "archive_label", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Product pages: a vision-guided AGV (S1 r3 = S2 r3 = S4 r1 = S6 r3 = S12 r3) and a turned-parts blurb (S3 r1 =
    # S8 r1 = S13 r3) ---
    rows += [
        h(
            n(),
            "XE TỰ HÀNH DẪN HƯỚNG BẰNG THỊ GIÁC MÁY (VISION AGV)\nKhông cần dải từ hay gương phản xạ: xe tự vẽ bản đồ xưởng bằng camera kép và chạy tuyến mới sau một lần đi mẫu.",
            "2025-02-17",
            "ministry",
            ["product_page", "caps_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1.1 Khi nào nên chọn AGV thị giác\nKhi mặt bằng xưởng đổi theo mùa hàng và không thể dán lại băng từ mỗi lần dời máy.",
            "2025-02-17",
            "ministry",
            ["product_page", "section_number_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dừng chính xác trong ±8 mm, chở tối đa 600 kg, chạy 1,8 m/s khi không tải.",
            "2025-02-17",
            "ministry",
            ["product_page", "spec_line", "load_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khách hàng tiêu biểu: xưởng SMT, kho phụ tùng xe máy, nhà máy nước giải khát.",
            "2025-02-17",
            "ministry",
            ["product_page", "fit_list", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nền sơn epoxy bóng làm laser đo sai; camera thì không bị ảnh hưởng, nên xe vẫn dừng lệch dưới 8 mm.",
            "2025-02-17",
            "ministry",
            ["product_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ứng dụng: chở khay linh kiện giữa các trạm dán chip, kéo xe hàng 3 tầng trong kho, cấp phôi cho máy ép.",
            "2025-02-17",
            "ministry",
            ["product_page", "spec_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm tiện – Bulông Hoàn Vũ\nTrục, chốt, bạc lót và đai ốc đặc chủng tiện theo bản vẽ của khách; phôi thép, đồng, inox.",
            "2022-03-09",
            "ministry",
            ["product_blurb", "bare_name", "multiline", "no_event"],
            firms=[f("Bulông Hoàn Vũ")],
            events=[],
        ),
    ]
    # --- Vendor blogs and explainers: a translated human-robot safety blog (S1 r1 = S6 r1 = S9 r3 = S10 r1), an
    # automatic-line blog with its chrome (S2 r2 = S12 r2), a welding-robot trend blog (S5 r1), a car-welding blog (S5
    # r3), a carmaker robotics blog (S5 r4), a packaging-QC blog (S10 r3), a supply-chain explainer (S4 r4), an
    # investment-certificate explainer (S14 r1) ---
    rows += [
        h(
            n(),
            "An toàn khi người và robot dùng chung chỗ làm: tiêu chuẩn, đánh giá rủi ro và xu hướng sắp tới\nBài viết điểm lại các quy tắc an toàn then chốt cho nhà máy ở mọi châu lục.",
            "2024-09-12",
            "ministry",
            ["translated_blog", "headline_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cobot có lực ép bị giới hạn và cảm biến mô-men ở từng khớp, nên có thể đứng ngay cạnh công nhân thay vì nằm sau hàng rào như tay máy truyền thống.",
            "2024-09-12",
            "ministry",
            ["translated_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vì sao phải có quy trình an toàn?\n- Không ai bị kẹp tay hay va đập.\n- Giữ nhịp sản xuất: một sự cố có thể dừng cả dây chuyền.\n- Tạo lòng tin để công nhân chịu làm cạnh máy.",
            "2024-09-12",
            "ministry",
            ["translated_blog", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "HRI là gì?\nNói gọn, đó là câu hỏi robot nên cư xử ra sao khi có người đứng cạnh – chuyện của kỹ sư cơ khí, nhà tâm lý học lẫn người xếp ca làm việc.",
            "2024-09-12",
            "ministry",
            ["translated_blog", "question_heading", "acronym_not_org", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm năm trước, một xưởng lắp ráp cỡ vừa hiếm khi có robot; giờ nhiều nơi đặt cobot ngay giữa chuyền.",
            "2024-09-12",
            "ministry",
            ["translated_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhắn cho chúng tôi nếu cần hỗ trợ!\n\nDanh mục sản phẩm\n\nDây chuyền tự động\n\nNgày đăng : 2025-03-02",
            "2025-03-02",
            "ministry",
            ["vendor_blog", "page_chrome", "iso_date_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "(I) Tủ điều khiển trung tâm\nPLC tổng nhận tín hiệu từ từng trạm rồi ra lệnh cho băng tải, tay gắp, máy dán nhãn; màn hình SCADA cho quản đốc thấy trạm nào đang chậm.",
            "2025-03-02",
            "ministry",
            ["vendor_blog", "roman_numeral_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Người ta hay nghĩ tự động là bớt công nhân; thực ra thứ đổi nhiều nhất là cách xưởng lên kế hoạch, cấp phôi và kiểm hàng.",
            "2025-03-02",
            "ministry",
            ["vendor_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ROBOT HÀN VÀ LÀN SÓNG TỰ ĐỘNG HÓA Ở XƯỞNG CƠ KHÍ VIỆT",
            "2022-05-16",
            "ministry",
            ["vendor_blog", "caps_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khoảng 41,2 tỷ USD: đó là doanh thu robot công nghiệp toàn cầu năm 2025 mà một hãng tư vấn thị trường dự báo, cao hơn gần 70% so với 2021; phần của châu Á – Thái Bình Dương chừng 26,9 tỷ USD.",
            "2022-05-16",
            "ministry",
            ["vendor_blog", "amount_first", "forecast_no_deal", "region_nothing", "approx", "no_event"],
            money=[m(41.2 * B, "USD", approx=True), m(26.9 * B, "USD", approx=True)],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "Robot giờ không còn là chuyện riêng của Nhật Bản hay Hàn Quốc: Trung Quốc lắp nhiều nhất thế giới, còn ở Việt Nam nhu cầu tăng theo vốn FDI vào nhà máy.",
            "2022-05-16",
            "ministry",
            ["vendor_blog", "country_list", "region_nothing", "no_event"],
            locations=[country("Nhật Bản"), country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ở Toyota hay Hyundai, hàn là công đoạn được giao cho robot sớm nhất, vì nó chiếm chừng 45% khối lượng việc của xưởng thân vỏ.",
            "2021-10-05",
            "ministry",
            ["vendor_blog", "well_known_brands", "percentage", "no_event"],
            firms=[f("Toyota"), f("Hyundai")],
            percentages=[45],
            events=[],
        ),
        h(
            n(),
            "Một trạm hàn robot trọn bộ có thể ngốn vài tỷ đồng, nên xưởng nhỏ làm đơn hàng lẻ vẫn giữ thợ; khâu hàn thân xe tự động hoá hoàn toàn ở Việt Nam còn hiếm.",
            "2021-10-05",
            "ministry",
            ["vendor_blog", "old_tone", "vague_amount_none", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chủ xưởng thường đo lợi ích bằng ba con số: số mối hàn mỗi ca, tỷ lệ phải hàn lại và lượng dây hàn tiêu hao.",
            "2021-10-05",
            "ministry",
            ["vendor_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vạn Xuân Auto và robot: năm 2025 nhìn từ xưởng hàn | Chia sẻ bài viết",
            "2025-05-08",
            "ministry",
            ["blog", "title_chrome", "bare_name", "year_no_count", "no_event"],
            firms=[f("Vạn Xuân Auto")],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt: cứ 10.000 công nhân nhà máy trên thế giới thì nay có khoảng 151 robot, theo IFR; con số ở ngành ô tô cao hơn nhiều.",
            "2025-05-08",
            "ministry",
            ["blog", "acronym_alone_full_name", "density_no_count", "nfd", "no_event"],
            organizations=["Liên đoàn Robot Quốc tế"],
            events=[],
        ),
        h(
            n(),
            "Lộ trình 12 tháng gợi ý:\n1. Chọn ba công đoạn hoàn vốn nhanh nhất để thử robot.\n2. Đặt camera AI ở trạm kiểm lỗi cuối chuyền.\n3. Ghi lại mọi lần dừng máy để so trước và sau.",
            "2025-05-08",
            "ministry",
            [
                "blog",
                "numbered_list",
                "ordinal_no_count",
                "duration_no_count",
                "count_in_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Phần 1 — Robot đang làm gì trong xưởng của Vạn Xuân Auto?",
            "2025-05-08",
            "ministry",
            ["blog", "question_heading", "bare_name", "no_event"],
            firms=[f("Vạn Xuân Auto")],
            events=[],
        ),
        h(
            n(),
            "Robot canh chất lượng ở cuối chuyền đóng gói\n\n14/03/24\n\nĐặt vấn đề",
            "2024-03-14",
            "ministry",
            ["vendor_blog", "short_date_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Robot làm được gì ở cuối chuyền đóng gói?\n • Đọc mã lô, hạn dùng trên từng hộp\n • Gạt khỏi băng tải những chai đóng nắp lệch\n • Xếp thùng đạt chuẩn lên pallet",
            "2024-03-14",
            "ministry",
            ["vendor_blog", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hiểu đúng về chuỗi cung ứng: từ mỏ quặng tới kệ siêu thị",
            "2024-06-27",
            "ministry",
            ["explainer", "title_only", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sao Việt Expo, đơn vị làm triển lãm công nghiệp, giải thích vì sao một con ốc thiếu hàng có thể làm dừng cả nhà máy lắp ráp.",
            "2024-06-27",
            "ministry",
            ["explainer", "organiser_site_bare_name", "no_event"],
            firms=[f("Sao Việt Expo")],
            events=[],
        ),
        h(
            n(),
            "Văn bản áp dụng:\n- Luật Đầu tư số 61/2020/QH14;\n- Nghị định 31/2021/NĐ-CP;\n- Thông tư 25/2023/TT-BKHĐT sửa đổi các mẫu văn bản.",
            "2024-10-15",
            "legal",
            ["explainer", "legal_basis_list", "law_number_decision", "multiline", "no_event"],
            decisions=[d("61/2020/QH14"), d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Hơn 2.100 dự án FDI(2) đã nhận giấy chứng nhận trong chín tháng đầu năm 2024, giữa lúc số doanh nghiệp mới lập vượt 120.000(1).",
            "2024-10-15",
            "legal",
            ["explainer", "footnote_marker", "count", "approx", "noun_before_number_count", "no_event"],
            quantities=[c(2100, "dự án FDI", True), c(120000, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Có cần giấy chứng nhận đăng ký đầu tư khi mở xưởng CNC vốn ngoại?\nCó: với nhà đầu tư nước ngoài, đây là bước đầu tiên, trước cả đăng ký doanh nghiệp.",
            "2024-10-15",
            "legal",
            ["explainer", "question_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Journals, document stores, a lecture and theses: a science-agency journal (S4 r3 = S13 r2), a lecture on a
    # document store (S6 r2), a thesis summary (S10 r2), a thesis in a font that drops letters (S10 r4), a document page
    # on mechatronics (S13 r4) ---
    rows += [
        h(
            n(),
            "Thực trạng và xu hướng công nghệ của ngành chế tạo máy công cụ và thiết bị tự động hóa ở Việt Nam",
            "2021-12-03",
            "ministry",
            ["journal_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bài viết trình bày kết quả khảo sát 64 doanh nghiệp của nhóm lập Bản đồ công nghệ cơ khí chế tạo, do Cục Ứng dụng và Phát triển công nghệ chủ trì năm 2020.",
            "2021-12-03",
            "ministry",
            ["journal_abstract", "count", "year_no_count", "nfd", "no_event"],
            organizations=["Cục Ứng dụng và Phát triển công nghệ"],
            quantities=[c(64, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Bản đồ công nghệ giúp cơ quan quản lý chọn đúng chỗ để hỗ trợ, thay vì rải vốn cho mọi phân ngành một lúc và chậm hiện đại hoá so với láng giềng.",
            "2021-12-03",
            "ministry",
            ["journal_body", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Máy công cụ và thiết bị tự động hóa đều là phân ngành gom rất nhiều nhánh công nghệ, ở nhiều trình độ khác nhau.",
            "2021-12-03",
            "ministry",
            ["journal_body", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1. Trang chủ\n2. » Giáo Dục - Đào Tạo\n\nBài giảng kỹ thuật robot\n\n318 5 0\n\nĐang tải... (xem toàn văn)",
            "2022-01-19",
            "ministry",
            ["document_store", "breadcrumb", "view_counters_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chương 1: Tổng quan về robot (4 tiết)\n1.1. Theo tiêu chuẩn ISO 8373, robot là cơ cấu chấp hành lập trình được theo hai trục trở lên, có mức tự hành nhất định.",
            "2022-01-19",
            "ministry",
            [
                "lecture",
                "standard_code_nothing",
                "duration_no_count",
                "count_in_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Tài liệu đọc thêm: 1. Động học tay máy 2. Lập trình PLC cho cell robot 3. Cảm biến trong tự động hóa",
            "2022-01-19",
            "ministry",
            ["lecture", "reference_list", "ordinal_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ĐẠI HỌC ĐÀ NẴNG\nTRƯỜNG ĐẠI HỌC BÁCH KHOA\n\nLÊ QUANG VINH\n\nỨNG DỤNG TAY MÁY KUKA KR10 R1100 ĐỂ GẮP VÀ XẾP SẢN PHẨM LÊN PALLET\n\nTÓM TẮT LUẬN VĂN THẠC SĨ KỸ THUẬT CƠ KHÍ\n\nĐà Nẵng – Năm 2019",
            "2019-11-04",
            "ministry",
            [
                "thesis_cover",
                "caps_name_title_case",
                "maker_before_model_firm",
                "caps_org_title_case",
                "place_year_line",
                "multiline",
                "no_event",
            ],
            organizations=["Đại học Đà Nẵng", "Trường Đại học Bách khoa"],
            persons=[per("Lê Quang Vinh", None)],
            firms=[f("KUKA")],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Người hướng dẫn khoa học: PGS.TS. TRẦN VĂN HIẾU\nPhản biện 1: TS. ĐINH CÔNG LỰC\nPhản biện 2: PGS.TS. HỒ NGỌC AN",
            "2019-11-04",
            "ministry",
            [
                "thesis_cover",
                "label_role",
                "academic_title_no_role",
                "caps_name_title_case",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Trần Văn Hiếu", "Người hướng dẫn khoa học"),
                per("Đinh Công Lực", "Phản biện 1"),
                per("Hồ Ngọc An", "Phản biện 2"),
            ],
            events=[],
        ),
        h(
            n(),
            "HUTECH\nB GIÁO DC VÀ ÀO TO\nTRNG I HC K THUT CÔNG NGH TP.HCM\nLÊ HOÀNG TÚ\nTHIT K B IU KHIN THÍCH NGHI CHO CÁNH TAY ROBOT HAI KHÂU\nLUN VN THC S",
            "2013-10-02",
            "ministry",
            [
                "thesis_cover",
                "font_drops_letters",
                "broken_org_nothing",
                "watermark_acronym_org",
                "intact_city_mention",
                "caps_name_title_case",
                "multiline",
                "no_event",
            ],
            organizations=["HUTECH"],
            persons=[per("Lê Hoàng Tú", None)],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Cán b hng dn khoa hc : TS. NGUYN KHC HI\nCán b chm nhn xét 1: TS. Lê Minh Châu\nLun vn thc s đc bo v ngày 21 tháng 09 nm 2013.",
            "2013-10-02",
            "ministry",
            [
                "thesis_cover",
                "font_drops_letters",
                "broken_name_nothing",
                "broken_label_no_role",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Minh Châu", None)],
            events=[],
        ),
        h(
            n(),
            "intTypePromotion=1\nTuyển sinh 2024 – đăng ký sớm nhận học bổng\nADSENSE\n\nTổng quan phát triển ngành cơ điện tử ở Việt Nam\n\nChia sẻ: Le Thi Thu Ha | Ngày: | Loại File: PDF | Số trang:17\n\n203\nlượt xem\n11\ndownload",
            "2020-05-28",
            "ministry",
            [
                "document_store",
                "page_chrome",
                "uploader_person",
                "page_count_nothing",
                "view_counters_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Le Thi Thu Ha", None)],
            events=[],
        ),
        h(
            n(),
            "Bài viết của TS. Đoàn Minh Khôi, Phó Viện trưởng Viện Kỹ thuật Cơ điện Phương Nam, điểm lại ba mảng: nghiên cứu – đào tạo, ứng dụng và công nghiệp cơ điện tử.",
            "2020-05-28",
            "ministry",
            ["document_store", "academic_title_no_role", "role_after_name", "count_in_words", "no_event"],
            persons=[per("Đoàn Minh Khôi", "Phó Viện trưởng Viện Kỹ thuật Cơ điện Phương Nam")],
            organizations=["Viện Kỹ thuật Cơ điện Phương Nam"],
            events=[],
        ),
        h(
            n(),
            "Phòng thí nghiệm cơ điện tử đầu tiên ở Hà Nội ra đời cuối thập niên 1990, vài năm sau khi các chuyên gia Đức mang khái niệm này sang.",
            "2020-05-28",
            "ministry",
            ["document_store", "country_word", "decade_no_count", "ordinal_no_count", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[country("Đức")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a conglomerate's humanoid-robot unit (S1 r2 = S7 r1), a forum thread on its two robot
    # companies (S7 r2) and its robot at a venue's inauguration (S7 r4) ---
    rows += [
        h(
            n(),
            "Robot hình người “Make in Vietnam” vào xưởng\n\n1.200 tỷ đồng vốn điều lệ và một nguyên mẫu robot hình người sau chưa đầy 4 tháng: VX Motion, lập đầu năm 2025, đang muốn đi nhanh.",
            "2025-07-09",
            "ministry",
            [
                "headline_lead",
                "amount_first",
                "charter_capital_no_deal",
                "duration_no_count",
                "nfd",
                "multiline",
                "no_event",
            ],
            firms=[f("VX Motion")],
            money=[m(1.2e12, "VND")],
            events=[],
        ),
        h(
            n(),
            "Phiên bản thứ 6 của robot, xong hồi tháng 7, đi được 1,2 km/giờ và tự đứng dậy khi ngã, Chủ tịch VX Motion cho biết.",
            "2025-07-09",
            "ministry",
            ["role_without_name_no_person", "ordinal_no_count", "speed_no_count", "no_event"],
            firms=[f("VX Motion")],
            events=[],
        ),
        h(
            n(),
            "Một robot VX Motion thử bê khay linh kiện ở xưởng lắp ráp Vạn Xuân Auto. Ảnh: VX Motion",
            "2025-07-09",
            "ministry",
            ["caption", "firm_credit_nothing", "no_event"],
            firms=[f("VX Motion"), f("Vạn Xuân Auto")],
            events=[],
        ),
        h(
            n(),
            "Lợi thế của dáng người là không phải sửa lại xưởng: robot đi lối đi của công nhân, với tới kệ của công nhân.",
            "2025-07-09",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chuyên gia đánh giá phần cứng trong nước vẫn thua hàng Mỹ, Trung Quốc ở độ bền khớp và giá thành mỗi chiếc.",
            "2025-07-09",
            "ministry",
            ["country_word", "no_event"],
            locations=[country("Mỹ"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Công ty nói toàn bộ bo mạch điều khiển và phần mềm dáng đi đều do kỹ sư trong nước viết.",
            "2025-07-09",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Robot của đại gia: làm thật hay dán nhãn?\n\nrobot-vx-01-copy.png",
            "2025-03-30",
            "ministry",
            ["forum_post", "filename_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hai pháp nhân, mỗi nơi 1.200 tỷ đồng vốn điều lệ (chừng 47 triệu USD): VX Robotics có từ tháng 11/2024, VX Motion từ tháng 1/2025, đều của nhà Vạn Xuân.",
            "2025-03-30",
            "ministry",
            [
                "forum_post",
                "subsidiaries_founded_no_deal",
                "charter_capital_no_deal",
                "bracketed_conversion",
                "approx",
                "nfd",
                "no_event",
            ],
            firms=[f("Vạn Xuân"), f("VX Robotics"), f("VX Motion")],
            money=[m(1.2e12, "VND"), m(47 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Phần của ông Lã Minh Triết ở VX Robotics là 35%, tập đoàn giữ 55%, hai người con chia đều chỗ còn lại.",
            "2025-03-30",
            "ministry",
            ["forum_post", "shareholding_no_deal", "person_no_role", "no_event"],
            firms=[f("VX Robotics")],
            persons=[per("Lã Minh Triết", None)],
            percentages=[35, 55],
            events=[],
        ),
        h(
            n(),
            "Tổng giám đốc VX Robotics là ông Tôn Thất Hiển; công ty lo robot công nghiệp và giải pháp tự động hóa, còn VX Motion làm robot hình người.",
            "2025-03-30",
            "ministry",
            ["forum_post", "role_before_name_copula", "no_event"],
            firms=[f("VX Robotics"), f("VX Motion")],
            persons=[per("Tôn Thất Hiển", "Tổng giám đốc VX Robotics")],
            events=[],
        ),
        h(
            n(),
            "Toàn hàng Trung Quốc về dán logo thôi các bác, công nghệ lõi ở đâu ra.",
            "2025-03-31",
            "ministry",
            ["forum_post", "colloquial", "country_word", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một công ty chưa tròn 9 tháng tuổi đã đưa robot hình người lên sân khấu lễ khánh thành trung tâm hội chợ mới ở Hà Nội sáng 19/8.",
            "2025-08-20",
            "ministry",
            ["venue_inauguration_no_firm", "duration_no_count", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Robot của CTCP Người máy Đa năng VX Motion vẫy tay chào khách tại lễ khánh thành. Ảnh: Minh Khuê",
            "2025-08-20",
            "ministry",
            ["caption", "ctcp_prefix", "photo_credit_person", "no_event"],
            firms=[f("Người máy Đa năng VX Motion", "Công ty CP")],
            persons=[per("Minh Khuê", None)],
            events=[],
        ),
        h(
            n(),
            "Xưởng của Vạn Xuân Auto sẽ là nơi robot đi làm trước tiên, khi công ty muốn thử nó ở các việc lặp lại trên chuyền.",
            "2025-08-20",
            "ministry",
            ["in_group_deployment_no_deal", "no_event"],
            firms=[f("Vạn Xuân Auto")],
            events=[],
        ),
        h(
            n(),
            "Chưa đầy 9 tháng tuổi, VX Motion đã góp mặt ở hai sự kiện lớn trong tháng 8.",
            "2025-08-20",
            "ministry",
            ["duration_no_count", "count_in_words", "no_event"],
            firms=[f("VX Motion")],
            events=[],
        ),
    ]
    # --- Vietnamese features: supporting industry (S8 r4), Hà Nội suppliers and Japan (S9 r1), a Việt-Nhật forum in
    # Đà Nẵng on a science ministry's site (S9 r4) ---
    rows += [
        h(
            n(),
            "Thái Lan 27%, Trung Quốc 35%, còn Việt Nam chỉ khoảng 17%: đó là tỷ trọng của công nghiệp chế biến, chế tạo trong GDP.",
            "2023-04-24",
            "ministry",
            ["feature", "percentages_first", "country_list", "nfd", "no_event"],
            percentages=[27, 35, 17],
            locations=[country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Định nghĩa hẹp nhất thuộc về Nhật Bản và Thái Lan(1): ở đó chỉ nhà làm linh kiện mới được tính vào công nghiệp hỗ trợ.",
            "2023-04-24",
            "ministry",
            ["feature", "footnote_marker", "country_word", "no_event"],
            locations=[country("Nhật Bản"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Mỗi chiếc điện thoại, xe máy lắp ở Việt Nam vẫn mang nhiều linh kiện ngoại hơn nội, nên phần giá trị ở lại trong nước mỏng.",
            "2023-04-24",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Không có mã ngành nào mang tên “công nghiệp hỗ trợ”, vì vậy số liệu của mỗi bộ một khác.",
            "2023-04-24",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp phụ trợ Hà Nội tìm khách Nhật Bản\nMột năm trước, chuyến thăm Tokyo của Thủ tướng khép lại bằng một tuyên bố chung, trong đó công nghiệp là lĩnh vực được nhắc đầu tiên.",
            "2022-11-18",
            "ministry",
            [
                "headline_lead",
                "bare_role_no_person",
                "city_abroad_nothing",
                "ordinal_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Ba trọng tâm được phía Nhật Bản nêu tại hội thảo do Bộ Công Thương và Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức ở Hà Nội hôm 2/5/2022: linh kiện làm tại chỗ, số hóa và nguồn cung không dồn vào một nước.",
            "2022-11-18",
            "ministry",
            [
                "seminar_no_event",
                "org_with_acronym",
                "country_in_org_name_none",
                "count_in_words",
                "no_event",
            ],
            organizations=["Bộ Công Thương", "Tổ chức Xúc tiến Thương mại Nhật Bản"],
            provinces=[pv("Hà Nội")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Các hội viên Hiệp hội Doanh nghiệp Công nghiệp hỗ trợ Thăng Long đã tự đi tìm khách hàng Nhật từ trước đó, ông Đỗ Trọng Khiêm, Chủ tịch hiệp hội, cho biết.",
            "2022-11-18",
            "ministry",
            ["role_after_name", "bare_unit_in_role", "country_word", "nfd", "no_event"],
            organizations=["Hiệp hội Doanh nghiệp Công nghiệp hỗ trợ Thăng Long"],
            persons=[per("Đỗ Trọng Khiêm", "Chủ tịch hiệp hội")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Đó là lần đầu hiệp hội đưa một đoàn 22 doanh nghiệp sang Osaka chào hàng.",
            "2022-11-18",
            "ministry",
            ["trade_mission_no_deal", "city_abroad_nothing", "count", "no_event"],
            quantities=[c(22, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Giao thông tốt hơn sẽ kéo thêm nhà đầu tư Nhật vào miền Trung, nơi khoảng 45 doanh nghiệp của họ đã mở rộng sản xuất, Đại sứ Nhật Bản tại Việt Nam Kagawa Hiroshi nhận định.",
            "2012-09-14",
            "ministry",
            [
                "science_ministry_site",
                "speaker_last",
                "role_before_name",
                "country_in_role",
                "region_nothing",
                "count",
                "approx",
                "no_event",
            ],
            persons=[per("Kagawa Hiroshi", "Đại sứ Nhật Bản tại Việt Nam")],
            locations=[country("Nhật Bản"), country("Nhật")],
            quantities=[c(45, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Bên lề diễn đàn, một thoả thuận hợp tác đã được Sở Khoa học và Công nghệ Đà Nẵng ký với Cục Ứng dụng và Phát triển công nghệ (SATI), nhằm giúp doanh nghiệp thành phố tiếp cận công nghệ Nhật.",
            "2012-09-14",
            "ministry",
            [
                "science_ministry_site",
                "government_government_mou",
                "object_first",
                "passive",
                "old_tone",
                "nfd",
                "province_in_org_name",
                "country_word",
            ],
            organizations=["Sở Khoa học và Công nghệ Đà Nẵng", "Cục Ứng dụng và Phát triển công nghệ"],
            provinces=[pv("Đà Nẵng")],
            locations=[country("Nhật")],
            events=[
                ev(
                    "mou",
                    [G("Sở Khoa học và Công nghệ Đà Nẵng"), G("Cục Ứng dụng và Phát triển công nghệ")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "160 nhà sản xuất Nhật ở Việt Nam đã được hỏi cần mua linh kiện gì, trong đợt khảo sát SATI làm cùng Kizuna Solutions, một hãng giải pháp công nghệ Nhật Bản.",
            "2012-09-14",
            "ministry",
            ["science_ministry_site", "acronym_alone_full_name", "survey_no_deal", "count", "no_event"],
            organizations=["Cục Ứng dụng và Phát triển công nghệ"],
            firms=[f("Kizuna Solutions")],
            locations=[country("Nhật Bản"), country("Nhật")],
            quantities=[c(160, "nhà sản xuất")],
            events=[],
        ),
        h(
            n(),
            "Kỹ sư giỏi ngoại ngữ là thứ miền Trung thiếu nhất, ông Kagawa nói, và Tokyo sẵn lòng tài trợ các lớp học.",
            "2012-09-14",
            "ministry",
            [
                "science_ministry_site",
                "surname_alone_no_person",
                "region_nothing",
                "city_abroad_nothing",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Vệ tinh, điện hạt nhân, khu công nghệ cao: danh sách dự án chung của hai nước dài thêm mỗi năm.",
            "2012-09-14",
            "ministry",
            ["science_ministry_site", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a machine-tool fair opens (S11 r2) and a trade site's note on the same fair (S11 r3) ---
    rows += [
        h(
            n(),
            "Khai mạc MTA Vietnam 2008\n\nMáy đo ba chiều được bày tại gian hàng của một hãng Đức. Ảnh: H.V",
            "2008-07-09",
            "ministry",
            ["headline_caption", "initials_credit_nothing", "country_word", "multiline", "no_event"],
            locations=[country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Hơn 420 đơn vị từ 28 quốc gia và vùng lãnh thổ, đông nhất là Đức, Nhật Bản, Hàn Quốc và Ý, có mặt ở lần tổ chức thứ tư này tại Trung tâm Hội chợ Triển lãm Sài Gòn.",
            "2008-07-09",
            "ministry",
            [
                "fair_no_deal",
                "count",
                "approx",
                "country_list",
                "venue_not_org",
                "ordinal_no_count",
                "nfd",
                "no_event",
            ],
            quantities=[c(420, "đơn vị", True), c(28, "quốc gia và vùng lãnh thổ")],
            locations=[country("Đức"), country("Nhật Bản"), country("Hàn Quốc"), country("Ý")],
            events=[],
        ),
        h(
            n(),
            "Triển lãm do Công ty CP Hội chợ Kim Long phối hợp với Công ty Dịch vụ Triển lãm Merlion (Singapore) tổ chức, kéo dài đến hết ngày 12-7-2008.",
            "2008-07-09",
            "ministry",
            ["fair_organisers_no_deal", "country_in_brackets", "no_event"],
            firms=[f("Hội chợ Kim Long", "Công ty CP"), f("Dịch vụ Triển lãm Merlion", "Công ty")],
            locations=[country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Ba buổi hội thảo về xe hơi sẽ chen giữa các ngày trưng bày.\n\nH.VY",
            "2008-07-09",
            "ministry",
            ["initials_byline_nothing", "count_in_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin cùng chuyên mục\nHội chợ máy nông nghiệp mở cửa ở Cần Thơ",
            "2008-07-09",
            "ministry",
            ["related_link", "multiline", "no_event"],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm ngành cơ khí xuất khẩu trên 17 tỷ USD và nuôi hơn một triệu việc làm, ông Phùng Văn Tiến, Tổng Thư ký Hội Cơ khí Chính xác Việt Nam, nói.",
            "2023-06-29",
            "ministry",
            [
                "trade_site_repost",
                "money_per_year",
                "count_in_words",
                "role_after_name",
                "approx",
                "no_event",
            ],
            persons=[per("Phùng Văn Tiến", "Tổng Thư ký Hội Cơ khí Chính xác Việt Nam")],
            organizations=["Hội Cơ khí Chính xác Việt Nam"],
            money=[m(17 * B, "USD", "năm", True)],
            events=[],
        ),
        h(
            n(),
            "Cứ ba doanh nghiệp chế biến, chế tạo thì gần một là doanh nghiệp cơ khí, ông nói; ngoài khoảng 23.000 doanh nghiệp còn có hơn 55.000 hộ và xưởng nhỏ.",
            "2023-06-29",
            "ministry",
            ["trade_site_repost", "fraction_no_percentage", "count", "approx", "no_event"],
            quantities=[c(23000, "doanh nghiệp", True), c(55000, "hộ", True)],
            events=[],
        ),
        h(
            n(),
            "Đài Loan mang nhiều máy nhất, kế đó là Hàn Quốc, Đức và Singapore, trong số 17 quốc gia và vùng lãnh thổ có gian hàng ở MTA Vietnam năm nay.",
            "2023-06-29",
            "ministry",
            ["trade_site_repost", "fair_no_deal", "count", "country_list", "no_event"],
            quantities=[c(17, "quốc gia và vùng lãnh thổ")],
            locations=[country("Đài Loan"), country("Hàn Quốc"), country("Singapore"), country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Diễn đàn khoa học đi kèm bàn về mô hình “hàng hóa cộng dịch vụ”, để doanh nghiệp cơ khí bán được nhiều giá trị hơn cho khách.",
            "2023-06-29",
            "ministry",
            ["trade_site_repost", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a closed-loop factory in China (S12 r4) ---
    rows += [
        h(
            n(),
            "Linh kiện cho máy tính lượng tử quang tử đang được làm trong một tòa nhà chừng 6.000 m2 ở Thâm Quyến, nơi phần lớn công việc diễn ra sau các vách kính kín.",
            "2025-12-21",
            "ministry",
            ["foreign_plant_no_firm", "m2_to_ha", "approx", "city_abroad_nothing", "no_event"],
            areas=[ha(0.6, True)],
            events=[],
        ),
        h(
            n(),
            "Một trạm thu dữ liệu huấn luyện cho robot hình người ở thành phố Hợp Phì. Ảnh: China Daily",
            "2025-12-21",
            "ministry",
            ["caption", "outlet_credit_nothing", "city_abroad_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Phòng thí nghiệm làm ra mẫu, nhà máy làm ra hàng, ở đây hai việc diễn ra cùng lúc”, Zhao Lihua, giám đốc một trung tâm nghiên cứu lượng tử, nói.",
            "2025-12-21",
            "ministry",
            ["quote_first", "role_after_name", "no_event"],
            persons=[per("Zhao Lihua", "giám đốc một trung tâm nghiên cứu lượng tử")],
            events=[],
        ),
        h(
            n(),
            "Mục tiêu là đưa công nghệ lượng tử sớm được thương mại hoá trong dược phẩm và AI; riêng khâu sản xuất có hơn 180 công đoạn đòi độ chính xác cực cao.",
            "2025-12-21",
            "ministry",
            ["old_tone", "count", "approx", "no_event"],
            quantities=[c(180, "công đoạn", True)],
            events=[],
        ),
    ]
    # --- Vietnamese features on robots and jobs: Asia's robot worries (S16 r1), labour shortages after the lockdowns
    # (S16 r2), an electronics assembler's job cuts (S16 r3), smart automation in Asia (S16 r4) ---
    rows += [
        h(
            n(),
            "Robot đến, người lao động châu Á lo nhiều hơn mừng\n\nỞ nhiều nước trong khu vực, câu hỏi đầu tiên khi nhà máy mua robot là ai sẽ mất việc.",
            "2018-12-04",
            "ministry",
            ["headline_lead", "region_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gần 1 triệu robot là con số Foxconn định đưa vào dây chuyền, sau khi đã thay chừng 65.000 công nhân kể từ năm 2016.",
            "2018-12-04",
            "ministry",
            ["count_first", "well_known_brand", "plan_no_deal", "approx", "nfd", "no_event"],
            firms=[f("Foxconn")],
            quantities=[c(1_000_000, "robot", True), c(65000, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 600 triệu việc làm có thể được robot đảm nhận vào năm 2030, gần một phần năm lực lượng lao động toàn cầu, Viện Toàn cầu McKinsey ước tính. Ảnh: Reuters",
            "2018-12-04",
            "ministry",
            [
                "forecast_no_deal",
                "fraction_no_percentage",
                "agency_credit_nothing",
                "count",
                "approx",
                "no_event",
            ],
            organizations=["Viện Toàn cầu McKinsey"],
            quantities=[c(600_000_000, "việc làm", True)],
            events=[],
        ),
        h(
            n(),
            "Ngay ở Bangladesh, nơi tiền công thuộc loại thấp nhất, vài xưởng dệt kim đã để máy chạy riêng một khu.",
            "2018-12-04",
            "ministry",
            ["country_word", "no_event"],
            locations=[country("Bangladesh")],
            events=[],
        ),
        h(
            n(),
            "Morgan Stanley từng dự báo tới năm 2025, chừng 18% số giày của các hãng thể thao lớn sẽ ra từ những nhà máy tự động hoá hoàn toàn.",
            "2018-12-04",
            "ministry",
            ["forecast_no_deal", "old_tone", "year_no_count", "no_event"],
            firms=[f("Morgan Stanley")],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Nhà máy gọi, công nhân chưa về: hàng triệu lao động rời các khu công nghiệp trong đợt giãn cách và nhiều người vẫn ở lại quê.",
            "2021-10-26",
            "ministry",
            ["vague_count_none", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tự động hoá được xem là lời giải cho bài toán thiếu người, đồng thời là dịp để doanh nghiệp đổi cách sản xuất.",
            "2021-10-26",
            "ministry",
            ["old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ 120.000 xuống còn 55.000 người: đó là quân số mới ở một nhà máy của Foxconn sau khi robot nhận các việc lặp đi lặp lại.",
            "2016-05-27",
            "ministry",
            ["count_first", "shared_noun_two_counts", "well_known_brand", "no_event"],
            firms=[f("Foxconn")],
            quantities=[c(120000, "người"), c(55000, "người")],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc vẫn là nơi hãng dùng nhiều người nhất: hơn 1,1 triệu nhân công, theo thông cáo.",
            "2016-05-27",
            "ministry",
            ["anaphoric_firm_no_firm", "count", "approx", "country_word", "no_event"],
            quantities=[c(1_100_000, "nhân công", True)],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ở Mỹ, một cánh tay robot 30.000 USD từng được đem ra so với nhân viên quầy ăn nhanh lĩnh 14 USD/giờ.",
            "2016-05-27",
            "ministry",
            ["money_per_hour", "country_word", "no_event"],
            money=[m(30000, "USD"), m(14, "USD", "giờ")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Dân số già khiến Nhật Bản và Singapore phải nhờ máy làm những việc trước kia người làm.",
            "2019-03-11",
            "ministry",
            ["country_word", "no_event"],
            locations=[country("Nhật Bản"), country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 38% việc làm có thể rơi vào tay máy trong 20 năm tới, một số nhà kinh tế lo ngại, theo BBC.",
            "2019-03-11",
            "ministry",
            ["percentage_first", "duration_no_count", "outlet_nothing", "no_event"],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "Singapore là nơi chính phủ chi tiền để robot được thử ở bệnh viện và nhà hàng trước khi vào nhà máy.",
            "2019-03-11",
            "ministry",
            ["country_word", "programme_no_deal", "no_event"],
            locations=[country("Singapore")],
            events=[],
        ),
    ]
    # --- A Japanese-language item on a carmaker's robots, told here in Vietnamese (S20 r1) ---
    rows += [
        h(
            n(),
            "(C) CafeF Phóng to ảnh. |\nXưởng hàn thân xe trong tổ hợp ô tô mà Tập đoàn Vạn Xuân đang xây ở Khu kinh tế Đình Vũ – Cát Hải, Hải Phòng sẽ có 1.100 robot.",
            "2018-07-16",
            "ministry",
            [
                "foreign_copy_rendered",
                "outlet_credit_nothing",
                "robot_purchase_plan_no_deal",
                "plant_under_way_deal_no_event",
                "zone",
                "nfd",
                "multiline",
            ],
            firms=[f("Vạn Xuân", "Tập đoàn")],
            provinces=[pv("Hải Phòng")],
            quantities=[c(1100, "robot")],
            locations=[zone("Khu kinh tế Đình Vũ – Cát Hải")],
            deals=[deal("investment", ["Vạn Xuân"], None, HP)],
            events=[],
        ),
        h(
            n(),
            "Nhà cung cấp là ABB (Thụy Sĩ); lô hàng về cảng vào tháng 9.",
            "2018-07-16",
            "ministry",
            ["foreign_copy_rendered", "delivery_without_contract_no_deal", "country_in_brackets", "no_event"],
            firms=[f("ABB")],
            locations=[country("Thụy Sĩ")],
            events=[],
        ),
        h(
            n(),
            "Bốn mẫu xe đầu tiên của Vạn Xuân Auto dự kiến ra mắt năm 2019, sau khi máy được lắp vào xưởng trong quý IV.",
            "2018-07-16",
            "ministry",
            ["foreign_copy_rendered", "product_plan_no_deal", "count_in_words", "no_event"],
            firms=[f("Vạn Xuân Auto")],
            events=[],
        ),
    ]
    # --- A Thai-language page on a Viet Nam-Japan forum, told here in English (S9 r2) ---
    rows += [
        h(
            n(),
            "The two prime ministers co-chair the Viet Nam-Japan forum. (Photo: LE KHOA)",
            "2024-12-19",
            "ministry",
            [
                E,
                "foreign_copy_rendered",
                "caption",
                "caps_credit_person",
                "bare_role_no_person",
                "country_noun",
            ],
            persons=[per("Le Khoa", None)],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "At the forum, Hoang Minh Duc, chairman of Lac Viet Technology Corporation, recalled meeting the Prime Minister with the head of a big Japanese trucking firm short of long-haul drivers.",
            "2024-12-19",
            "ministry",
            [
                E,
                "foreign_copy_rendered",
                "person_role_after",
                "corporation_kept",
                "adjective_no_country",
                "no_event",
            ],
            persons=[per("Hoang Minh Duc", "chairman of Lac Viet Technology Corporation")],
            firms=[f("Lac Viet Technology Corporation")],
            events=[],
        ),
    ]
    # --- English: a trade magazine's interview category (S4 r2 = S17 r2 = S19 r1 = S20 r3) ---
    rows += [
        h(
            n(),
            "Interviews\n\nGraduates who can wire a PLC but have never seen a real line: plant managers and colleges still do not talk enough, our guests say.",
            "2023-10-05",
            "ministry",
            [E, "category_page", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Local automation firms have multiplied, yet few can deliver a whole line; most stop at one piece, a conveyor here, a pick-and-place cell there.",
            "2023-10-05",
            "ministry",
            [E, "category_page", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: an industrial machinery expo in HCM City, from VietnamPlus (S11 r1) and a VNS copy on a press-wire site
    # (S11 r4) ---
    rows += [
        h(
            n(),
            "HCM City (VNA) – SOUTHMAC 2024, the city's industrial machinery and technology expo, opened on October 9 at the Saigon Exhibition and Convention Centre with 810 exhibitors from 17 countries and territories on some 1,100 booths.",
            "2024-10-09",
            "ministry",
            [E, "dateline", "fair_no_deal", "count", "approx", "venue_not_org", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(810, "exhibitors"), c(17, "countries and territories"), c(1100, "booths", True)],
            events=[],
        ),
        h(
            n(),
            "German and Japanese stands dominate the automation hall, while Indian and Malaysian firms show welding and cutting gear.",
            "2024-10-09",
            "ministry",
            [E, "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mechanical engineering, plastics and food processing are the three sectors the city wants buyers to see, said Le Thi Minh Chau, deputy director of the HCM City Department of Industry and Trade. (Photo: hcmcpv.org.vn)",
            "2024-10-09",
            "ministry",
            [
                E,
                "speaker_last",
                "person_role_after",
                "province_in_org_name",
                "count_in_words",
                "site_credit_nothing",
                "no_event",
            ],
            persons=[
                per("Le Thi Minh Chau", "deputy director of the HCM City Department of Industry and Trade")
            ],
            organizations=["HCM City Department of Industry and Trade"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "VIETNAM, October 10 -\n\nHCM CITY — Opening the show on Wednesday, Dr. Pham Quoc Vinh, chairman of the HCM City Automation Association, urged exhibitors to look for partners among the visiting delegations.",
            "2024-10-10",
            "ministry",
            [
                E,
                "wire_chrome",
                "dateline",
                "academic_title_no_role",
                "person_role_after",
                "multiline",
                "no_event",
            ],
            persons=[per("Pham Quoc Vinh", "chairman of the HCM City Automation Association")],
            organizations=["HCM City Automation Association"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Delegations from abroad get factory tours in Binh Duong and Dong Nai on the last day; a Bac Ninh tour is planned for next year's edition. — VNS",
            "2024-10-10",
            "ministry",
            [E, "province_list", "agency_credit_nothing", "no_event"],
            provinces=[pv("Bình Dương"), pv("Đồng Nai"), pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- English: automation demand on a German-domain foundry site (S17 r1 = S19 r2) and a CGTN report (S17 r3) ---
    rows += [
        h(
            n(),
            "Robot orders follow the factories south\n\nLesedauer: min\n\nOverland freight from China is one reason manufacturers are choosing northern Vietnam, and they are buying robots and smart equipment as they come, industry sources say.",
            "2023-06-02",
            "ministry",
            [E, "headline_lead", "foreign_chrome", "country_noun", "region_nothing", "multiline", "no_event"],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Tran Van Nghia, chairman of the Vietnam Automation Association, wants local suppliers to learn robotics alongside the newcomers.",
            "2023-06-02",
            "ministry",
            [E, "person_role_after", "subject_first", "no_event"],
            persons=[per("Tran Van Nghia", "chairman of the Vietnam Automation Association")],
            organizations=["Vietnam Automation Association"],
            events=[],
        ),
        h(
            n(),
            "Twelve people run the night shift at this state-owned spinning mill north of Hanoi, where machines now do what hundreds once did. CGTN's Mark Ellison reports.",
            "2019-11-22",
            "ministry",
            [
                E,
                "tv_script",
                "reporter_person",
                "outlet_nothing",
                "direction_of_city_mention",
                "count_in_words",
                "no_event",
            ],
            persons=[per("Mark Ellison", None)],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            'ANDERS LUND, Nordpak Vietnam managing director: "We now see dairies here where one operator watches the whole line from a tablet."',
            "2019-11-22",
            "ministry",
            [E, "tv_script", "caps_name_title_case", "role_after_name", "vietnam_dropped", "no_event"],
            persons=[per("Anders Lund", "Nordpak Vietnam managing director")],
            firms=[f("Nordpak")],
            events=[],
        ),
        h(
            n(),
            "Most of Vietnam's firms are tiny, and for them a payment app is already a leap, said Luca Ferri of Mekong Analytics.",
            "2019-11-22",
            "ministry",
            [E, "tv_script", "person_of_firm_no_role", "no_event"],
            persons=[per("Luca Ferri", None)],
            firms=[f("Mekong Analytics")],
            events=[],
        ),
    ]
    # --- English: a Japanese-funded robotics training centre (S17 r4) ---
    rows += [
        h(
            n(),
            "A robotics training centre funded with 130 million yen ($1.1 million) from Japan is to open on the edge of Ho Chi Minh City.",
            "2017-05-12",
            "ministry",
            [E, "grant_no_deal", "bracketed_conversion", "country_noun", "edge_of_city_mention", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(130 * M, "JPY"), m(1.1 * M, "USD")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Kenji Arakawa of the Japan International Cooperation Agency said 45 percent of the money is a grant and that five industrial robots will be bought.",
            "2017-05-12",
            "ministry",
            [
                E,
                "percentage",
                "counts_in_words",
                "person_of_org_no_role",
                "country_in_org_name_none",
                "no_event",
            ],
            persons=[per("Kenji Arakawa", None)],
            organizations=["Japan International Cooperation Agency"],
            percentages=[45],
            events=[],
        ),
        h(
            n(),
            "Related news:\n> Vietnam's factory productivity trails ASEAN peers\n> Cheap labour no longer enough, official says",
            "2017-05-12",
            "ministry",
            [E, "related_links", "asean_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a Taiwanese press maker's plan (S18 r1), a machine-builder magazine (S18 r2), a Korean press maker
    # weighing a plant (S18 r3), a trade site's tag page (S18 r4) ---
    rows += [
        h(
            n(),
            "Taiwan's Yung Feng Machinery Works Co. Ltd. intends to start building injection presses in Vietnam, at a plant it expects to complete next year.",
            "2006-07-18",
            "ministry",
            [E, "announced_investment", "plan_future", "country_possessive", "no_amount"],
            firms=[f("Yung Feng Machinery Works", "Co. Ltd.")],
            locations=[country("Taiwan")],
            deals=[deal("investment", ["Yung Feng Machinery Works"])],
            events=[
                ev(
                    "investment_announcement",
                    [F("Yung Feng Machinery Works")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Output would begin at about 120 presses a year and climb towards 500 once staff are trained, the firm's deputy general manager, Wu Chia-hao, said at a trade show in Chicago.",
            "2006-07-18",
            "ministry",
            [E, "capacity_no_count", "role_before_name_possessive", "city_abroad_nothing", "no_event"],
            persons=[per("Wu Chia-hao", "deputy general manager")],
            events=[],
        ),
        h(
            n(),
            "Its customers are following Intel, whose chip plant there is under construction, into the country, Wu said.",
            "2006-07-18",
            "ministry",
            [E, "plant_under_way_deal_no_event", "well_known_brand", "surname_alone_no_person"],
            firms=[f("Intel")],
            deals=[deal("investment", ["Intel"])],
            events=[],
        ),
        h(
            n(),
            "A Country on the Move\n\nA 5.4-kilometre sea bridge ended Cat Hai island's isolation in 2017; before that, islanders bound for Haiphong waited for the ferry.",
            "2020-09-14",
            "ministry",
            [
                E,
                "magazine_feature",
                "headline_lead",
                "island_not_province",
                "length_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Van Xuan Auto builds its cars on the island now, aiming at 240,000 a year.",
            "2020-09-14",
            "ministry",
            [E, "magazine_feature", "plant_running_deal_no_event", "capacity_no_count", "unsited"],
            firms=[f("Van Xuan Auto")],
            deals=[deal("investment", ["Van Xuan Auto"])],
            events=[],
        ),
        h(
            n(),
            "HO CHI MINH CITY — Daehan Hydraulic Co. Ltd. of South Korea is weighing a press plant near Haiphong that would cost about US$12 million, its chief executive, Steven Park, said at a plastics show here.",
            "2014-03-07",
            "ministry",
            [
                E,
                "dateline",
                "considering_no_deal",
                "country_after_of",
                "role_before_name_possessive",
                "approx",
                "no_event",
            ],
            firms=[f("Daehan Hydraulic", "Co. Ltd.")],
            persons=[per("Steven Park", "chief executive")],
            provinces=[pv("Hồ Chí Minh"), pv("Hải Phòng")],
            money=[m(12 * M, "USD", approx=True)],
            locations=[country("South Korea")],
            events=[],
        ),
        h(
            n(),
            "China's Jinhai International Holdings Ltd. already makes injection machines outside Ho Chi Minh City, at a plant it opened in 2012.",
            "2014-03-07",
            "ministry",
            [E, "recalled_opening_deal_no_event", "country_possessive", "outside_city_mention_not_site"],
            firms=[f("Jinhai International Holdings", "Ltd.")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("China")],
            deals=[deal("investment", ["Jinhai International Holdings"])],
            events=[],
        ),
        h(
            n(),
            "Strikes at the company's Ningbo works pushed it to look south, Park said.",
            "2014-03-07",
            "ministry",
            [E, "surname_alone_no_person", "city_abroad_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "skip to Main Content\nVietnam To Waive Duty On Imported Car Parts\n\nThe Ministry of Finance wants to drop import tax on auto parts that local firms cannot yet make, under a revised tariff decree.",
            "2019-12-02",
            "ministry",
            [E, "tag_page", "page_chrome", "title_case_headline", "multiline", "no_event"],
            organizations=["Ministry of Finance"],
            events=[],
        ),
        h(
            n(),
            "Kanemura Motors To Put 6 Billion Baht Into Its Thai Plant\nThe Next Production Hub For A Korean Carmaker Could Be Vietnam\nRobot Welding Torches: Longer-Lasting Tips Cut Downtime",
            "2019-12-02",
            "ministry",
            [
                E,
                "tag_page",
                "headline_list",
                "plant_abroad",
                "announced_investment",
                "adjective_no_country",
                "multiline",
            ],
            firms=[f("Kanemura Motors")],
            money=[m(6 * B, "THB")],
            deals=[deal("investment", ["Kanemura Motors"], 6 * B)],
            events=[ev("investment_announcement", [F("Kanemura Motors")], 6 * B, "THB", None, "announced")],
        ),
    ]
    # --- English: the robot market, from a supplier (S19 r3), and a Viet Nam-Korea robotics workshop (S19 r4) ---
    rows += [
        h(
            n(),
            "Do Thanh Liem (R), robotics sales manager of ABB Vietnam, speaks to reporters in HCM City on July 24. (Photo: VNA)",
            "2019-07-27",
            "ministry",
            [E, "caption", "person_role_after", "vietnam_dropped", "agency_credit_nothing", "no_event"],
            persons=[per("Do Thanh Liem", "robotics sales manager of ABB Vietnam")],
            firms=[f("ABB")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Vietnam was the world's sixth-largest robot market in 2018, when sales rose by over 9,000 units, Liem said.",
            "2019-07-27",
            "ministry",
            [E, "count", "approx", "ordinal_no_count", "given_name_only_no_person", "no_event"],
            quantities=[c(9000, "units", True)],
            events=[],
        ),
        h(
            n(),
            "All seven or so robot vendors in the country are foreign, and ABB, the biggest, wants sales at least 25 percent above last year's 5,500 units.",
            "2019-07-27",
            "ministry",
            [E, "sales_no_deal", "count", "count_in_words", "percentage", "no_event"],
            firms=[f("ABB")],
            quantities=[c(5500, "units")],
            percentages=[25],
            events=[],
        ),
        h(
            n(),
            "Viet Nam, South Korea look to join hands on robots\n\n'ROBO-T', a table-tennis robot made by Vietnamese firm Hai Dang Tech, at a robot fair in Osaka, November 2018. — Photo example.wn.com",
            "2018-12-11",
            "ministry",
            [
                E,
                "headline_caption",
                "site_credit_nothing",
                "country_noun",
                "city_abroad_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Hai Dang Tech")],
            locations=[country("South Korea")],
            events=[],
        ),
        h(
            n(),
            "Robots could be among Viet Nam's fastest-growing industries by the 2040s, Tran Van Nghia, Chairman of the Viet Nam Automation Association (VAA), told a Ha Noi workshop on December 10.",
            "2018-12-11",
            "ministry",
            [E, "person_role_after", "org_with_acronym", "decade_no_count", "no_event"],
            persons=[per("Tran Van Nghia", "Chairman of the Viet Nam Automation Association")],
            organizations=["Viet Nam Automation Association"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Korean investors' interest in handing technology to local labs is why the VAA wants them as core partners, said Vu Ngoc Lan, its vice president and general secretary.",
            "2018-12-11",
            "ministry",
            [E, "acronym_alone_full_name", "adjective_no_country", "person_role_after", "no_event"],
            persons=[per("Vu Ngoc Lan", "vice president and general secretary")],
            organizations=["Viet Nam Automation Association"],
            events=[],
        ),
    ]
    # --- English: a carmaker's interview on its robots (S20 r2) and a tech site on a humanoid-robot unit (S20 r4) ---
    rows += [
        h(
            n(),
            "Night and weekend shifts at Van Xuan Auto's engine works will need no one on site to start the machines, Nguyen Dinh Khoa, deputy CEO for automotive at Van Xuan Group, told reporters after a technology summit in Ha Noi.",
            "2018-09-24",
            "ministry",
            [E, "interview", "person_role_after", "group_kept_in_name", "no_event"],
            persons=[per("Nguyen Dinh Khoa", "deputy CEO for automotive at Van Xuan Group")],
            firms=[f("Van Xuan Auto"), f("Van Xuan Group")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Five shops, from stamping to final assembly, are being fitted out by German engineering firms the carmaker picked, he said; some 1,100 robots will go into the body shop.",
            "2018-09-24",
            "ministry",
            [
                E,
                "interview",
                "works_without_contract_no_deal",
                "adjective_no_country",
                "count",
                "approx",
                "no_event",
            ],
            quantities=[c(1100, "robots", True)],
            events=[],
        ),
        h(
            n(),
            "The country's top leaders watched VX Motion's humanoids go through their paces at a recent show; the Van Xuan Group unit wants them on EV lines.",
            "2025-08-27",
            "ministry",
            [E, "unit_of_group", "no_event"],
            firms=[f("VX Motion"), f("Van Xuan Group")],
            events=[],
        ),
        h(
            n(),
            "VX Motion was set up in January 2025 with registered capital of close to US$47 million; its robots still need a human operator on hand.",
            "2025-08-27",
            "ministry",
            [E, "charter_capital_no_deal", "approx", "no_event"],
            firms=[f("VX Motion")],
            money=[m(47 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Its sister carmaker already faces China's BYD Auto at home and is building abroad.",
            "2025-08-27",
            "ministry",
            [E, "anaphoric_firm_no_deal", "country_possessive", "no_event"],
            firms=[f("BYD Auto")],
            locations=[country("China")],
            events=[],
        ),
    ]
    return rows
