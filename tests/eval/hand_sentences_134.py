# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 134 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: battery cells, battery packs and energy-storage component makers in
Việt Nam (lithium cells, EV batteries, battery materials and their suppliers, plants, investment licences, supply deals).
Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or
notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy sản xuất pin lithium Việt Nam vốn đầu tư", S2
"VinES nhà máy pin xe điện Hà Tĩnh", S3 "cell pin lithium khu công nghiệp giấy chứng nhận đăng ký đầu tư", S4 "khởi công
nhà máy pin xe điện triệu USD", S5 "nhà máy sản xuất pack pin xe máy điện", S6 "vật liệu cực dương cực âm pin nhà máy
Việt Nam", S7 "hệ thống lưu trữ năng lượng BESS doanh nghiệp sản xuất Việt Nam", S8 "ắc quy doanh nghiệp tăng vốn nhà
máy khu công nghiệp", S9 "doanh nghiệp Hàn Quốc đầu tư nhà máy pin Bắc Giang Bắc Ninh", S10 "ký kết hợp đồng cung cấp pin
lithium cho xe điện", S11 "biên bản ghi nhớ hợp tác sản xuất pin xe điện Việt Nam", S12 "tái chế pin lithium nhà máy Việt
Nam", S13 "graphite đất hiếm nguyên liệu sản xuất pin dự án Việt Nam", S14 "liên doanh sản xuất pin ô tô điện góp vốn tỷ
lệ", S15 "công ty ắc quy cổ phần lợi nhuận nhà máy pin", S16 "chấp thuận chủ trương đầu tư dự án sản xuất pin ắc quy khu
công nghiệp", and in English S17 "Vietnam lithium battery factory investment license", S18 "battery cell plant joint
venture Vietnam electric vehicle", S19 "battery energy storage system manufacturer Vietnam factory opening", S20 "Vietnam
battery supply agreement electric motorbike maker". No sentence is taken or paraphrased from a page; the shapes are.
Firm, plant, outlet and person names are invented (Tập đoàn Thiên Phúc / Thien Phuc Group and its units Năng lượng TPE,
Năng lượng TPE Hà Tĩnh, Giải pháp Năng lượng TPE / TPE Energy Solutions, Ô tô điện Thiên Phúc, Sản xuất Ô tô điện Thiên
Phúc, Thiên Phúc Auto / Thien Phuc Auto and Dịch vụ Thiên Phúc; Qingyuan Tech and Qingyuan Power; Ningde Power; Hanbit
Energy; Xăng dầu Duyên Hải; Vật liệu Năng lượng Lâm Xuyên; Ô tô Hương Giang and Zhongke Power; Lufeng; Daehan Mobility;
Kaiyuan Materials; Voltara; Seoyang Chem; Pin Ắc quy Đồng Tiến, Pin Thăng Long and Kashiwa Battery; VKB and Kanemori
Corporation; Công nghệ Năng lượng Jinghua; Hengda Precision; Phát triển Năng lượng Kim Phát and Inox Kim Phát; Hon Sheng
Precision; Fujian Tianlan Energy Storage Technology and Kaiwo Power; Volta Moto; DealNewsAsia, NewsAsia Point and the
other outlets' chrome; every official, chairman, student, supervisor, uploader, byline and photographer); well-known names
(Tesla, Volkswagen, Hyundai, CATL, BYD, CALB, Enphase, Sunrun, Barclays, HSBC, Reuters, Bloomberg, VIR, VNS, The Ken, the
ministries, Thủ tướng Chính phủ, Tổng cục Thống kê, Tập đoàn Hóa chất Việt Nam, Tổng cục Hóa chất, Bộ Công nghiệp nặng,
Trường Đại học Kinh tế Quốc dân, the zone Vũng Áng, the parks Phong Điền, Quế Võ II, Quế Võ III and Thuận Thành II, and the
decree cited) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; one conglomerate's battery plants dominated it, and the same few pages came
back again and again: an IP-address repost of a cell-plant approval (S1 r1 = S2 r4 = S3 r2), an author page with a
headline and lead on the same approval (S1 r3 = S2 r2 = S3 r1 = S4 r3), a carmaker's one-line US groundbreaking title (S1
r2 = S2 r1 = S4 r2), a no-address one-liner on global gigafactories (S1 r4 = S4 r1 = S5 r1 = S6 r1), a student paper on
EV standards (S5 r2 = S10 r4 = S11 r2 = S14 r2), a tag page's MoU lead (S10 r2 = S11 r1 = S14 r3), a paywalled wire
teaser (S17 r1 = S18 r1 = S20 r1) and a Nikkei groundbreaking lead (S17 r4 = S18 r3 = S19 r4)): 31 slots were tag, title,
slug, author and spam pages (the author page, the one-liners, a firm tag with a Korean cell maker's home-plant lead, a tag
with a strategic MoU lead and its caps headline twice, a football-spam domain carrying a charging-station MoU, another
mirroring a 2018 battery joint venture with glued related links and table chrome, a health paper's recycling tag with a
section timestamp, a perfume site's tag on a Chinese recycler, three keyword-salad spam lines on graphite and electrode
carbon, a Persian spam line, unaccented and lowercase tag slugs, a provincial S&T portal title, a solid-state funding tag
title, a zone tag on a park submitted to the Prime Minister); 11 were explainers, theses and document-store pages (the EV
standards paper with its cover and contents, a zirconium joint-venture group exercise with its file info, supervisor and
member list, a QĐ-TTg on a document site with its uploader line, flattened header and preamble, an electronics firm's
environmental report contents, a research abstract on ESCO-BESS with keywords, an explainer and a sponsored piece on BESS,
a consultancy's repost on a cathode maker); 21 were Vietnamese news and features (the cell-plant approval repost with its
capital split and glued headline, a joint cell plant's groundbreaking with its CEO caption and quote, an appraisal notice
with site chrome, timeline and the first plant's recalled groundbreaking, a Huế battery plant broken ground with a Chinese
technology partner, an electric-motorbike plant opened in Bắc Ninh with its caption and battery spec, an aggregator's
licence to an unnamed Korean group, a Korean mobility group weighing Bắc Ninh at a working session with the provincial
secretary, twice, an FDI feature with related links, an LFP explainer with prices and a top-ten list, a supporting-industry
feature with shares of GDP and a footnote marker, a Korean cell maker's supply contract with an unnamed buyer, a recycling
market figure under a "(Theo Bloomberg)" credit, a Chinese recycling headline, a foreign gigafactory with a yuan amount,
and four business stories on two listed battery makers: brand history, a strategic pact with a carmaker, half-year profit,
a dividend with its shareholders, bonus shares and founding decisions); 2 were in other languages (a Chinese supplier's lid
contract with an unnamed European cell maker, a Japanese newsletter on a battery maker's strategic pact with an electric-
motorbike maker; rendered here in Vietnamese, and one line in English); 15 were English (the paywalled teaser three times,
an investment weekly's feature in its amp and html versions with byline, dateline, doubled caption and a US plant deal,
the Nikkei lead three times, a Reuters item on a 2019 joint venture, a Bloomberg item on a pack plant started with its rand
conversion, VNS and two English sites on Chinese storage makers weighing plants and a working session, a foreign wire's
MoU with its byline line, a blog draft on electric two-wheelers). About 20 of the 80 slots told a deal or an event with a
named party (approvals, groundbreakings, an opening, MoUs, joint ventures, a home-plant plan abroad, a US plant deal), but
most were the same three or four stories; supply contracts named no buyer (S10 r1, r3), the storage makers were only
weighing plants (S19), and no battery-materials plant, recycling plant or capital increase in Việt Nam with a named firm
came up in any first four (S6, S8, S12 and S13 returned tags, spam, explainers and foreign stories), so the batch has none.

Rows: 159 (hand-41601 to hand-41759); 28 carry a deal or an event (18%): 24 events (8 investment announcements, 7 mou, 4
groundbreakings, 2 investment licences, 2 joint ventures, 1 inauguration) and 29 `deals` entries (16 investment, 8 mou, 5
groundbreaking); 4 rows hold only deals without events (41638 a recalled groundbreaking, 41685 a recalled investment in
the car project, 41734 a joint plant described, 41756 a recalled plant cost) and 41640 adds a recalled mou deal to its
groundbreaking. 131 rows are negatives and other fields. By page kind: 24 rows of tag, title, slug, author and spam pages
(41601-41624; 7 with a deal or event), 78 of Vietnamese news and features (41625-41702; 10), 14 of student papers, a
document store and an environmental report (41703-41716; 0), 5 of the Chinese and Japanese pages rendered, 4 in
Vietnamese and 1 in English (41717-41721; 2), and 38 of English copy (41722-41759; 9); 39 rows are English
(`english_copy`, 24.5%). 9 rows are stored in NFD (hand-41629, 41642, 41649, 41655, 41674, 41677, 41695, 41699, 41708); 5
use old tone placement (41661 "tuỳ", 41669 "tối ưu hoá", 41672 "hoá đơn", 41691 "Thoả thuận", 41705 "tiêu chuẩn hoá"); 33
hold several lines (headlines and leads, site chrome, related links, captions, covers and contents, paywall chrome).

Own wording: every row was drafted in its own order and wording (amount-first, place-first, capacity-first, passive,
reported speech, split or joined rows) with changed figures, names, dates and places; on review against the notes taken
from the sampled pages, about 105 first drafts that still kept a page's clause order, run of facts, list or a quote's gist
were rewritten from scratch (among them every line of the cell-plant approval, the appraisal and the joint plant's
groundbreaking, the Huế plant, the motorbike plant opening, the Korean group's working session, the LFP and BESS
explainers, the supporting-industry feature, the listed battery makers' stories, the student paper's abstract, the
decision's preamble (now citing other texts), the renderings and all the English copy). Two rows were dropped because
their shape came only from results ranked 5 or lower: a plant's capacity and plot in acres and hectares (S17 r8 = S18
r8) and a caption of a groundbreaking ritual credited to a news agency (S11 r7). Nothing was used from ranks 5-8, among
them: a groundbreaking lead with the CEO's and the Chinese chairman's captions and the attendee list (S1 r5, r8), a
recycling contract with a Canadian firm (S12 r5), a nickel-supply MoU (S10 r5, S20 r7), a carmaker's MoU on reusing EV
batteries (S11 r8), an NMC-cell MoU in Huế (S5 r7), the 2018 joint venture's first report (S11 r6) and a joint venture's
51/49 shares (S18 r7), a VNS groundbreaking item (S17 r5), a Korean group's expansion talks in Bắc Ninh (S9 r8), and
several second approvals of the same plant (S3 r6, r8).

Conventions: exactly those of batches 10 and 12-133 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an approval of investment policy by a province or a zone board is an investment deal and an
investment_licence event "licensed", the granting body a government party as written, sited in the plant's province,
dated only when the day is written; a passive approval without its grantor is a licence with the firm alone, the
headline's amount in the same row its amount; a held groundbreaking is a groundbreaking deal and event "started"; an
opening with its capital is an investment deal and an inauguration "completed"; a named firm's plan, budget or plant under
construction is an announced investment; recalled plants, groundbreakings and investments are deals without events; a
joint venture investing is ONE deal of all its members, its set-up a joint_venture event; "biên bản ghi nhớ", "thỏa thuận
hợp tác (chiến lược)", "bắt tay" and "memorandum of understanding" are mou deals and signed events; considering, weighing,
talks, proposals, submissions, appraisals, working sessions, wishes, supply without a contract word, supply to an unnamed
buyer and licences to unnamed investors give no deal; vague amounts are none; "khoảng", "chừng", "gần", "hơn", "trên",
"ước chừng", "chưa tới", "about", "roughly", "more than", "or more", "upwards of", "as much as", "-plus" are approximate;
bracketed conversions are both money, the deal's amount the first written in the clause that governs it; prices per share
are no money, prices per kWh keep "kWh", "mỗi năm"/"mỗi tháng" give "year"/"month"; won are KRW, nhân dân tệ CNY, pounds
GBP, rand ZAR; capacities (GWh, xe/năm, packs a year), durations, page counts, group numbers, ordinals and counts in words
are no counts, English counts keep their English noun; m² and ha are areas; Vietnamese legal forms are normalised ("CTCP",
"Công ty Cổ phần" -> "Công ty CP"), foreign ones kept as written ("Co.", "Co., Ltd.", "Inc.", "JSC"), "Corporation" and
"Group" stay in the name, "Việt Nam" is dropped from a foreign subsidiary's name; a firm written bare and with its form in
one row is one entry with the form; brands named as firms are firms, product brands ("pin Con Công", "Pin Con Mèo",
"Vira") none; a province inside an organisation's name is a mention, inside a firm's name none, in a portal's name a
mention without organisation; Vietnamese country words and English country nouns and possessives are countries, English
adjectives ("Chinese", "South Korean", "Vietnamese") and regions ("châu Âu") none, foreign cities and provinces none;
parks and zones written in Vietnamese are locations, English ones none; districts need "huyện"/"thị xã"; bylines, photo
credits and uploaders are persons without role, outlets and agencies nothing, initials no person; a surname alone is no
person; roles as written; laws without a number give no decision; old tone placement is normalised in the gold. Every row
with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- "Tỉnh Hà Tĩnh vừa chấp thuận chủ trương đầu tư nhà máy ... của Công ty CP X" (41602) is a licence with G("Tỉnh Hà
  Tĩnh") as written (batch 10's "lãnh đạo tỉnh Nghệ An đã trao" -> G("tỉnh Nghệ An")); the headline's "gần 7.200 tỷ" and
  the lead's "trên 7.150 tỷ" are both money, the licence amount the lead's.
- An approval confirmed by the zone board's leaders ("đã được chấp thuận ..., lãnh đạo Ban Quản lý Khu kinh tế tỉnh Hà
  Tĩnh xác nhận", 41625) is a licence without grantor (the board is the source in the row, not the agent), with the
  headline's amount; the same headline glued to the end of a body line (41627) gives the firm and the money only.
- A joint plant's groundbreaking told place-first ("Lô CN3-2 của Khu kinh tế Vũng Áng (Hà Tĩnh) ... đón lễ động thổ nhà
  máy ... mà Công ty CP X ... góp vốn cùng Y, Inc.", 41628) is ONE groundbreaking deal and event of both partners, dated
  and sited in Hà Tĩnh; the parents are mentions. The appraisal of the same project by the board (41635) is no event.
- A recalled groundbreaking sited only by the zone ("ở Khu kinh tế Vũng Áng, đã được Tập đoàn X động thổ từ ngày
  15/11/2021", 41638) is a dated groundbreaking deal without event and without province (the zone names none).
- "Thành phố Huế động thổ nhà máy pin 110 triệu USD" over a lead naming the builder (41640) is the builder's groundbreaking
  with the headline's amount, the city a place, not a party; "theo thỏa thuận hợp tác giữa hai bên" with the technology
  partner is a recalled mou deal without event.
- A board's licence to "một tập đoàn pin Hàn Quốc" (41647) and "Một công ty con của Tập đoàn X được Bộ Kế hoạch và Đầu tư
  đề xuất làm chủ đầu tư" (41622) give no deal; a recalled first licence in an environmental report's body with no firm in
  the row (41716) neither.
- A Korean cell maker's home-plant top-up ("Dây chuyền ... của Hanbit Energy Co. (Hàn Quốc) sẽ nhận thêm 640 tỷ won
  (khoảng 478 triệu USD)", 41610) is an announced investment in KRW without province; a cathode plant being built in
  Korea (41659) and a lid maker's plant to come in Hungary (41718) announced investments without amount; Tesla's Shanghai
  plant (41604) an announced investment with the headline's USD amount.
- A supply contract whose buyer the filing hides (41678) gives no deal; the next row naming Tesla "theo một nguồn tin"
  (41679) has no contract word and gives none either.
- A spam domain's copy of a 2018 story: the headline "X bắt tay Y làm pin xe điện" (41682) is an mou deal and event; "Một
  liên doanh ở Hải Phòng ... Y cho biết hai bên đã chốt việc thành lập" (41683) and the English "a joint venture plant
  that Y and the carmaker have set up in Hai Phong" (41735) are ONE investment deal of both and a joint_venture event
  "signed" sited in Hải Phòng; the division of work (41684) no event; "đã ngốn của Tập đoàn X khoảng 3,2 tỉ USD" (41685) a
  recalled investment deal, while "has been earmarked by X for the car venture" (41737) is X's announced investment.
- A listed battery maker's strategic pact "được công bố trên trang chủ của hãng pin ngày 5/11/2024" (41691) is an mou deal
  and signed event without date (the day is the announcement's); selling all its lead-acid output to the carmaker (41692)
  is supply without a contract word; a state group holding 51,9% and a foreign shareholder (41700) are firms, no deal.
- The Japanese newsletter's pact, rendered ("Thỏa thuận hợp tác chiến lược ... được TPE (Công ty CP Giải pháp Năng lượng
  TPE) ... ký ngày 26 với Công ty CP X [KPE]", 41719) is an mou deal and event of the two formal names, no date (day
  without month); tickers in square brackets are nothing; the English line recalling KPE's 2021 opening (41721) is no
  event.
- English: "Construction of a $362 million cell plant ... is due to begin this year, with X building it" (41722) is X's
  announced investment sited in Hà Tĩnh; "X held a groundbreaking on Friday" (41733) and "Work is under way on X's home
  battery factory ... first phase costing more than 3.6-trillion dong (roughly R2,410,000,000)" (41738) groundbreakings
  "started", the latter with the VND amount and the rand as ZAR; "Y, a group unit, will own the Ha Tinh plant together
  with Z" (41734) ONE investment deal of both without event; "A first $1.8 billion is going into a Georgia factory ...
  under a deal X announced" (41729) X's announced investment without site ("Georgia" a US state, no location); "Barclays
  and HSBC had earlier been hired as underwriting advisers for its ..." (41731) has no named client in the row, no deal;
  "the northern factory that X put up for US$3.2 billion in 2018" (41756) a recalled deal.
- The Chinese storage makers "pitched", "could spend", "talked of spending" and met a provincial Party chief (41742-41749):
  firms, money and areas only; "Kaiwo Power of Shenzhen" keeps its name without the city; "provincial Party chief" and
  "Tianlan's investment and development director" are roles as written.
- A witnessed signing abroad ("(Thời Nay) - Singapore - Biên bản ghi nhớ ... được Công ty TNHH X và Công ty CP Y ký chiều
  14/11/2023; ông A, Chủ tịch X, và ông B, Chủ tịch Tập đoàn Z, dự lễ", 41612) is a dated mou of the two signers, the
  chairmen attendees with roles, the caps headline's short names firm mentions, Singapore a country.
- "Đông Nam bộ giữ 41 trên mỗi 100 đô la vốn FDI" (41654) gives both as USD (batch 130); "Cổng thông tin điện tử tỉnh"
  without a name and "Cơ quan thống kê" are nothing; "Gvhd: Ts X" gives the role "Gvhd" (batch 73's supervisor label);
  "Bí thư Đào Minh Sơn" after the full title earlier gives the role "Bí thư"; a founder told as "hãng do ông X sáng lập"
  (41658) is a person without role."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_134(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HT = cur("Hà Tĩnh")
    HUE = cur("Huế")
    BN = cur("Bắc Ninh")
    HP = cur("Hải Phòng")

    ids = iter(range(41601, 42000))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Tag, title, author, slug and spam pages (S1 r2-r4 = S2 r1-r2 = S3 r1 = S4 r1-r3 = S5 r1 = S6 r1, S6 r2, S7 r2,
    # S8 r1-r2, S8 r4, S9 r1, S10 r2 = S11 r1 = S14 r3, S11 r3-r4, S12 r1-r3, S13 r1-r3, S14 r1, S16 r1, S16 r4; the
    # sample's most common kind) ---
    rows += [
        h(
            n(),
            "Ngày đặt móng nhà máy ô tô điện 3,6 tỷ USD của Thiên Phúc Auto ở bang Georgia đã được ấn định",
            "2023-06-20",
            "ministry",
            ["title_page", "headline_only", "planned_groundbreaking_announced", "us_state_no_location"],
            firms=[f("Thiên Phúc Auto")],
            money=[m(3.6 * B, "USD")],
            deals=[deal("investment", ["Thiên Phúc Auto"], 3.6 * B)],
            events=[ev("investment_announcement", [F("Thiên Phúc Auto")], 3.6 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Bài viết mới nhất từ Thu Phương\nChi gần 7.200 tỷ đồng dựng nhà máy cell pin, Tập đoàn Thiên Phúc khép lại chuỗi cung ứng cho xe điện\nTỉnh Hà Tĩnh vừa chấp thuận chủ trương đầu tư nhà máy cell pin trên 7.150 tỷ đồng của Công ty CP Năng lượng TPE Hà Tĩnh (Tập đoàn Thiên Phúc); móng nhà máy dự kiến được đặt trong quý cuối năm.",
            "2021-10-19",
            "provincial",
            [
                "author_page",
                "byline_person",
                "headline_lead",
                "licence_by_province",
                "province_in_firm_name",
                "approx",
                "multiline",
            ],
            persons=[per("Thu Phương", None)],
            firms=[f("Thiên Phúc", "Tập đoàn"), f("Năng lượng TPE Hà Tĩnh", "Công ty CP")],
            provinces=[pv("Hà Tĩnh")],
            money=[m(7200 * B, "VND", approx=True), m(7150 * B, "VND", approx=True)],
            deals=[deal("investment", ["Năng lượng TPE Hà Tĩnh"], 7150 * B, HT)],
            events=[
                ev(
                    "investment_licence",
                    [G("Tỉnh Hà Tĩnh"), F("Năng lượng TPE Hà Tĩnh")],
                    7150 * B,
                    "VND",
                    HT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            'Chạy đua phổ cập ô tô điện, các hãng xe lớn trên thế giới đều đang rót hàng tỷ USD dựng "siêu nhà máy" pin.',
            "2022-03-08",
            "ministry",
            ["one_liner", "no_url_snippet", "vague_amount", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tesla bắt tay đối tác Thượng Hải dựng siêu nhà máy pin lưu trữ 520 triệu USD\nNhà máy, dự tính xong năm 2027 ở Thượng Hải (Trung Quốc), sẽ làm pin lithium-ion cho các trạm lưu trữ điện; Tesla chi cho nó khoảng 3,7 tỷ nhân dân tệ (520 triệu USD).\nẢnh minh họa do AI tạo.",
            "2025-08-27",
            "ministry",
            [
                "headline_lead",
                "foreign_plant",
                "cny_money",
                "bracket_conversion",
                "ai_caption",
                "approx",
                "multiline",
            ],
            firms=[f("Tesla")],
            money=[m(520 * M, "USD"), m(3.7 * B, "CNY", approx=True), m(520 * M, "USD")],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Tesla"], 520 * M)],
            events=[ev("investment_announcement", [F("Tesla")], 520 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "nguyên liệu đầu vào sản xuất pin",
            "2024-04-11",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ارزیابی سیستم ذخیره انرژی و bms باتری",
            "2024-09-03",
            "ministry",
            ["spam_foreign_script", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hỗ trợ doanh nghiệp đổi mới công nghệ sản xuất pin, ắc quy - Cổng thông tin Khoa học và Công nghệ tỉnh Vĩnh Long",
            "2024-05-15",
            "provincial",
            ["html_title", "portal_suffix", "portal_no_org", "no_event"],
            provinces=[pv("Vĩnh Long")],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep san xuat ac quy chot quyen tra co tuc bang tien",
            "2025-05-28",
            "ministry",
            ["tag_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giảm thuế thu nhập doanh nghiệp dự án công nghệ cao",
            "2024-12-19",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hanbit Energy rót gần 480 triệu USD mở rộng dây chuyền pin trụ tại Hàn Quốc\nDây chuyền cell pin hình trụ cho xe điện ở nhà máy trong nước của Hanbit Energy Co. (Hàn Quốc) sẽ nhận thêm 640 tỷ won (khoảng 478 triệu USD), hãng thông báo hôm 11/6.",
            "2024-06-12",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "foreign_plant",
                "krw_money",
                "bracket_conversion",
                "foreign_legal_form",
                "approx",
                "multiline",
            ],
            firms=[f("Hanbit Energy", "Co.")],
            money=[m(480 * M, "USD", approx=True), m(640 * B, "KRW"), m(478 * M, "USD", approx=True)],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Hanbit Energy"], 640 * B)],
            events=[ev("investment_announcement", [F("Hanbit Energy")], 640 * B, "KRW", None, "announced")],
        ),
        h(
            n(),
            "Cung ứng pin LFP và khả năng dựng nhà máy cell pin cỡ Giga đầu tiên ở Việt Nam là hai nội dung chính của biên bản ghi nhớ mà Công ty TNHH Ô tô điện Thiên Phúc vừa ký với Công ty Qingyuan Tech Co., Ltd. (Trung Quốc).",
            "2021-08-24",
            "ministry",
            ["tag_page", "mou_signed", "foreign_legal_form", "country_bracket", "no_site"],
            firms=[f("Ô tô điện Thiên Phúc", "Công ty TNHH"), f("Qingyuan Tech", "Co., Ltd.")],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Ô tô điện Thiên Phúc", "Qingyuan Tech"])],
            events=[ev("mou", [F("Ô tô điện Thiên Phúc"), F("Qingyuan Tech")], None, None, None, "signed")],
        ),
        h(
            n(),
            "NINGDE POWER VÀ THIÊN PHÚC AUTO KÝ HỢP TÁC CHIẾN LƯỢC TOÀN CẦU\nNINGDE POWER VÀ THIÊN PHÚC AUTO KÝ HỢP TÁC CHIẾN LƯỢC TOÀN CẦU\n(Thời Nay) - Singapore - Biên bản ghi nhớ hợp tác chiến lược toàn cầu về khung gầm tích hợp cell pin được Công ty TNHH Công nghệ Ningde Power và Công ty CP Sản xuất Ô tô điện Thiên Phúc ký chiều 14/11/2023; ông Lý Hạo Nhiên, Chủ tịch Ningde Power, và ông Trương Quốc Bảo, Chủ tịch Tập đoàn Thiên Phúc, dự lễ.",
            "2023-11-15",
            "ministry",
            [
                "tag_page",
                "caps_headline_twice",
                "outlet_dateline_abroad",
                "witnesses_not_parties",
                "person_role_after",
                "mou_signed",
                "deal_date",
                "multiline",
            ],
            persons=[
                per("Lý Hạo Nhiên", "Chủ tịch Ningde Power"),
                per("Trương Quốc Bảo", "Chủ tịch Tập đoàn Thiên Phúc"),
            ],
            firms=[
                f("Ningde Power"),
                f("Thiên Phúc Auto"),
                f("Thiên Phúc", "Tập đoàn"),
                f("Công nghệ Ningde Power", "Công ty TNHH"),
                f("Sản xuất Ô tô điện Thiên Phúc", "Công ty CP"),
            ],
            locations=[country("Singapore")],
            deals=[
                deal(
                    "mou",
                    ["Công nghệ Ningde Power", "Sản xuất Ô tô điện Thiên Phúc"],
                    None,
                    None,
                    "2023-11-14",
                )
            ],
            events=[
                ev(
                    "mou",
                    [F("Công nghệ Ningde Power"), F("Sản xuất Ô tô điện Thiên Phúc")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "soi kèo bóng đá hôm nay | Từ 25.000 đến 40.000 điểm sạc và đổi pin xe máy điện có thể được đặt tại cây xăng theo biên bản ghi nhớ giữa Công ty TNHH Dịch vụ Thiên Phúc và Tổng công ty Xăng dầu Duyên Hải.",
            "2021-07-30",
            "ministry",
            ["spam_with_news", "mou_signed", "count_range", "no_site"],
            firms=[f("Dịch vụ Thiên Phúc", "Công ty TNHH"), f("Xăng dầu Duyên Hải", "Tổng công ty")],
            quantities=[c(25000, "điểm"), c(40000, "điểm")],
            deals=[deal("mou", ["Dịch vụ Thiên Phúc", "Xăng dầu Duyên Hải"])],
            events=[
                ev("mou", [F("Dịch vụ Thiên Phúc"), F("Xăng dầu Duyên Hải")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Mỗi năm Trung Quốc phải xử lý gần 900.000 tấn pin xe điện hết đời\nLượng pin thải ra tăng vọt theo doanh số xe điện, đẩy các cơ sở tái chế vào thế quá tải.",
            "2024-02-05",
            "ministry",
            ["headline_lead", "amp_page", "tonnage_no_count", "no_firm", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "tái chế pin\n\nTái chế pin ô tô điện: cần quy trình nào cho an toàn?\n\nXã hội - 29/11/2025 10:40\n\nSKĐS - Coban, niken và lithium vẫn nằm trong bộ pin ô tô điện đã hết đời, thường sau 7 - 9 năm sử dụng, nên không thể vứt bỏ như rác thường.",
            "2025-11-29",
            "ministry",
            ["tag_page", "section_timestamp", "outlet_prefix", "duration_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hồi sinh pin cũ\nPin lithium cũ gom từ khắp Trung Quốc được đổ thành núi trong sân Công ty TNHH Vật liệu Năng lượng Lâm Xuyên, một nhà tái chế ở tỉnh Hồ Nam…",
            "2024-10-02",
            "ministry",
            ["tag_page", "foreign_firm_vn_form", "foreign_province_no_location", "multiline", "no_event"],
            firms=[f("Vật liệu Năng lượng Lâm Xuyên", "Công ty TNHH")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "bột than chì nhân tạo cho cực âm pin giá tốt nhất gpc",
            "2023-07-16",
            "ministry",
            ["spam_keywords", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí đầu tư xưởng tuyển quặng graphite công suất nhỏ",
            "2023-08-02",
            "ministry",
            ["spam_keywords", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nguyên liệu sản xuất than điện cực",
            "2023-08-14",
            "ministry",
            ["spam_keywords", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Startup pin thể rắn gọi được 110 triệu USD, Volkswagen và Hyundai góp nhiều nhất",
            "2024-03-21",
            "ministry",
            ["tag_page", "headline_only", "funding_round_no_target", "no_event"],
            firms=[f("Volkswagen"), f("Hyundai")],
            money=[m(110 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "quyet dinh thu tuong ve uu dai dau tu dac biet du an pin",
            "2024-11-04",
            "ministry",
            ["tag_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một công ty con của Tập đoàn Thiên Phúc được Bộ Kế hoạch và Đầu tư đề xuất làm chủ đầu tư hạ tầng khu công nghiệp 872,5 ha ở Khu kinh tế Vũng Áng (thị xã Kỳ Anh, tỉnh Hà Tĩnh); hồ sơ đã trình Thủ tướng Chính phủ.",
            "2022-12-09",
            "ministry",
            ["tag_page", "submission_no_event", "unnamed_subsidiary", "district_bracket", "area"],
            organizations=["Bộ Kế hoạch và Đầu tư", "Thủ tướng Chính phủ"],
            firms=[f("Thiên Phúc", "Tập đoàn")],
            provinces=[pv("Hà Tĩnh")],
            areas=[ha(872.5)],
            locations=[zone("Khu kinh tế Vũng Áng"), district("Kỳ Anh")],
            events=[],
        ),
        h(
            n(),
            "Giá điện giờ cao điểm tăng, nhà máy nào nên lắp tủ lưu trữ?",
            "2025-11-12",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "pin xe điện",
            "2025-01-09",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: the TPE cell plant licensed, its appraisal, the joint plant's groundbreaking and the first
    # plant recalled (S1 r1 = S2 r4 = S3 r2, S2 r3, S3 r3) ---
    rows += [
        h(
            n(),
            "Nhà máy pin gần 5.900 tỷ đồng thứ hai của Thiên Phúc qua vòng chủ trương\n\nCông ty CP Năng lượng TPE Hà Tĩnh (Tập đoàn Thiên Phúc) đã được chấp thuận chủ trương đầu tư cho nhà máy cell pin LFP ở Vũng Áng, lãnh đạo Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh xác nhận.",
            "2022-09-23",
            "provincial",
            [
                "ip_site_repost",
                "headline_lead",
                "licence_passive_no_grantor",
                "source_not_grantor",
                "headline_amount_is_licence",
                "bare_place_no_location",
                "approx",
                "multiline",
            ],
            firms=[f("Năng lượng TPE Hà Tĩnh", "Công ty CP"), f("Thiên Phúc", "Tập đoàn")],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            money=[m(5900 * B, "VND", approx=True)],
            deals=[deal("investment", ["Năng lượng TPE Hà Tĩnh"], 5900 * B, HT)],
            events=[ev("investment_licence", [F("Năng lượng TPE Hà Tĩnh")], 5900 * B, "VND", HT, "licensed")],
        ),
        h(
            n(),
            "Gần 3.640 tỷ đồng sẽ là tiền vay, khoảng 2.240 tỷ đồng do chủ đầu tư tự góp, cộng lại 5.880 tỷ đồng cho khu đất gần 13 ha.",
            "2022-09-23",
            "provincial",
            ["capital_split", "no_firm", "area", "approx", "no_event"],
            money=[m(5880 * B, "VND"), m(2240 * B, "VND", approx=True), m(3640 * B, "VND", approx=True)],
            areas=[ha(13, True)],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm khoảng 25 triệu cell LFP (4 GWh) sẽ ra lò, chủ yếu lắp vào ô tô điện và tủ lưu trữ điện năng ESS.Nhà máy pin gần 5.900 tỷ đồng thứ hai của Thiên Phúc qua vòng chủ trương",
            "2022-09-23",
            "provincial",
            ["capacity_no_count", "headline_glued_at_end", "headline_amount_no_party", "approx", "no_event"],
            firms=[f("Thiên Phúc")],
            money=[m(5900 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Lô CN3-2 của Khu kinh tế Vũng Áng (Hà Tĩnh) sáng 16/11 đón lễ động thổ nhà máy cell pin LFP mà Công ty CP Năng lượng TPE, thành viên Tập đoàn Thiên Phúc, góp vốn cùng Qingyuan Power, Inc., đơn vị thuộc Qingyuan Tech.",
            "2022-11-16",
            "ministry",
            [
                "groundbreaking_held",
                "joint_venture_one_deal",
                "foreign_legal_form",
                "province_bracket_after_zone",
                "place_first",
                "deal_date",
            ],
            firms=[
                f("Năng lượng TPE", "Công ty CP"),
                f("Thiên Phúc", "Tập đoàn"),
                f("Qingyuan Power", "Inc."),
                f("Qingyuan Tech"),
            ],
            provinces=[pv("Hà Tĩnh")],
            locations=[zone("Khu kinh tế Vũng Áng")],
            deals=[deal("groundbreaking", ["Năng lượng TPE", "Qingyuan Power"], None, HT, "2022-11-16")],
            events=[
                ev("groundbreaking", [F("Năng lượng TPE"), F("Qingyuan Power")], None, None, HT, "started")
            ],
        ),
        h(
            n(),
            "4 GWh cell pin mỗi năm là công suất thiết kế; vốn cho 12 ha nhà máy vào khoảng 5.880 tỷ đồng, tức chừng 255 triệu USD.",
            "2022-11-16",
            "ministry",
            ["nfd", "no_firm", "bracket_conversion", "capacity_no_count", "area", "approx", "no_event"],
            money=[m(5880 * B, "VND", approx=True), m(255 * M, "USD", approx=True)],
            areas=[ha(12)],
            events=[],
        ),
        h(
            n(),
            "Tổng giám đốc Công ty TPE - bà Đặng Minh Châu - tại lễ động thổ.",
            "2022-11-16",
            "ministry",
            ["photo_caption", "role_before_name_dash", "no_event"],
            persons=[per("Đặng Minh Châu", "Tổng giám đốc Công ty TPE")],
            firms=[f("TPE", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "“Có nhà máy cell liên doanh với Qingyuan, các dòng xe điện của Thiên Phúc Auto sẽ chủ động được nguồn pin, còn chuỗi sản xuất pin LFP sẽ khép kín ngay trong nước”, bà Châu nói.",
            "2022-11-16",
            "ministry",
            ["quote_speaker_last", "surname_only_no_person", "no_event"],
            firms=[f("Qingyuan"), f("Thiên Phúc Auto")],
            events=[],
        ),
        h(
            n(),
            "Khi xong, nhà máy đủ cấp cell cho các mẫu ô tô điện dùng pin LFP của Thiên Phúc Auto và cho những sản phẩm lưu trữ điện do TPE phát triển.",
            "2022-11-16",
            "ministry",
            ["plant_purpose", "no_event"],
            firms=[f("Thiên Phúc Auto"), f("TPE")],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn sau, TPE và Qingyuan Power sẽ xem xét mở rộng dự án nếu thị trường cho phép.",
            "2022-11-16",
            "ministry",
            ["expansion_considered_no_deal", "no_event"],
            firms=[f("TPE"), f("Qingyuan Power")],
            events=[],
        ),
        h(
            n(),
            "Thứ bảy 10/01/2026 16:05\nHotline: 024.3999.2210\nEmail: toasoan.dnkt@gmail.com\nBất động sản\n\nThẩm định dự án nhà máy pin thứ hai tại Hà Tĩnh\n\n02/07/2022 20:45",
            "2022-07-02",
            "provincial",
            ["site_chrome", "hotline_email", "section_label", "headline_only", "multiline", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            events=[],
        ),
        h(
            n(),
            "Liên danh Công ty CP Năng lượng TPE – Qingyuan Power, Inc. đề xuất một dự án pin lithium mà Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh đang lấy ý kiến các sở, ngành trước khi thẩm định.",
            "2022-07-02",
            "provincial",
            ["appraisal_no_event", "consortium_proposal", "foreign_legal_form"],
            firms=[f("Năng lượng TPE", "Công ty CP"), f("Qingyuan Power", "Inc.")],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            events=[],
        ),
        h(
            n(),
            "Hơn 5.878 tỉ đồng là tổng vốn: nhà đầu tư bỏ ra 2.238 tỉ đồng, 3.640 tỉ đồng huy động từ ngân hàng và tổ chức khác. Dự án cần 12 ha ở lô CN3-2, khu công nghiệp trung tâm.",
            "2022-07-02",
            "provincial",
            ["capital_split", "no_firm", "generic_park_no_location", "area", "approx", "no_event"],
            money=[m(5878 * B, "VND", approx=True), m(2238 * B, "VND"), m(3640 * B, "VND")],
            areas=[ha(12)],
            events=[],
        ),
        h(
            n(),
            "Nếu đúng kế hoạch, sản xuất đại trà bắt đầu sau quý 3/2024, khi giai đoạn vận hành thử kết thúc; việc xây dựng dự kiến rơi vào quý 4/2022 - quý 4/2023.",
            "2022-07-02",
            "provincial",
            ["timeline", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà máy pin TPE thứ nhất, 3.600 tỷ đồng cho 7 ha giai đoạn 1 ở Khu kinh tế Vũng Áng, đã được Tập đoàn Thiên Phúc động thổ từ ngày 15/11/2021.",
            "2022-07-02",
            "provincial",
            ["recalled_groundbreaking_no_event", "zone_names_no_province", "area", "deal_date"],
            firms=[f("Thiên Phúc", "Tập đoàn"), f("TPE")],
            money=[m(3600 * B, "VND")],
            areas=[ha(7)],
            locations=[zone("Khu kinh tế Vũng Áng")],
            deals=[deal("groundbreaking", ["Thiên Phúc"], 3600 * B, None, "2021-11-15")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy đầu tiên lắp pack pin lithium cho các dòng ô tô điện và xe buýt điện của Thiên Phúc Auto, gồm xưởng đúc linh kiện, xưởng hàn tổ hợp và xưởng đóng gói.",
            "2022-07-02",
            "provincial",
            ["plant_profile", "no_event"],
            firms=[f("Thiên Phúc Auto")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a battery plant broken ground in Huế with a Chinese technology partner (S5 r3) and an
    # electric motorbike plant opened in Bắc Ninh (S5 r4) ---
    rows += [
        h(
            n(),
            " date 2026-01-26 Tin tức\nThành phố Huế động thổ nhà máy pin 110 triệu USD\nCông nghệ và kỹ thuật do Tập đoàn Zhongke Power (Trung Quốc) chuyển giao toàn bộ; phần xây nhà máy pin do Công ty CP Ô tô Hương Giang đảm nhận, theo thỏa thuận hợp tác giữa hai bên.",
            "2026-01-26",
            "provincial",
            [
                "page_date_chrome",
                "section_label",
                "headline_lead",
                "province_host_not_party",
                "groundbreaking_with_amount",
                "recalled_agreement_no_event",
                "country_bracket",
                "multiline",
            ],
            firms=[f("Ô tô Hương Giang", "Công ty CP"), f("Zhongke Power", "Tập đoàn")],
            provinces=[pv("Huế")],
            money=[m(110 * M, "USD")],
            locations=[country("Trung Quốc")],
            deals=[
                deal("groundbreaking", ["Ô tô Hương Giang"], 110 * M, HUE),
                deal("mou", ["Ô tô Hương Giang", "Zhongke Power"]),
            ],
            events=[ev("groundbreaking", [F("Ô tô Hương Giang")], 110 * M, "USD", HUE, "started")],
        ),
        h(
            n(),
            "Giai đoạn 1 cần 3,8 ha nhà xưởng và cho công suất 2,5 GWh/năm; cả hai giai đoạn tốn 110 triệu USD, tất cả nằm trong Khu công nghiệp Phong Điền.",
            "2026-01-26",
            "provincial",
            ["no_firm", "capacity_no_count", "area", "no_event"],
            money=[m(110 * M, "USD")],
            areas=[ha(3.8)],
            locations=[park("Khu công nghiệp Phong Điền")],
            events=[],
        ),
        h(
            n(),
            "Đầu ra của nhà máy là pin cho xe tải, xe buýt, xe van và minibus, trước hết phục vụ chính các dây chuyền xe điện của Hương Giang.",
            "2026-01-26",
            "provincial",
            ["nfd", "short_name", "no_event"],
            firms=[f("Hương Giang")],
            events=[],
        ),
        h(
            n(),
            " date 2026-03-03 (VTC News) -\n\nNhà máy thông minh 85 triệu USD của hãng xe máy điện Lufeng ở Khu công nghiệp Quế Võ III (Bắc Ninh) chính thức chạy máy từ hôm 2/3.",
            "2026-03-03",
            "ministry",
            [
                "page_date_chrome",
                "outlet_prefix",
                "opening_with_capital",
                "amount_first",
                "province_bracket_after_park",
                "bare_foreign_brand",
                "deal_date",
            ],
            firms=[f("Lufeng")],
            provinces=[pv("Bắc Ninh")],
            money=[m(85 * M, "USD")],
            locations=[park("Khu công nghiệp Quế Võ III")],
            deals=[deal("investment", ["Lufeng"], 85 * M, BN, "2026-03-02")],
            events=[ev("inauguration", [F("Lufeng")], 85 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Công suất giai đoạn đầu đặt ở 800.000 xe/năm, có thể lên 1,5 triệu xe; mặt bằng hơn 210.000 m². Lao động dự kiến khoảng 700 - 900 người lúc đầu, tới 2.500 người khi hoàn tất.",
            "2026-03-03",
            "ministry",
            ["m2_to_ha", "capacity_no_count", "count_range", "approx", "no_event"],
            areas=[ha(21, True)],
            quantities=[c(700, "người", True), c(900, "người", True), c(2500, "người")],
            events=[],
        ),
        h(
            n(),
            "Công nhân lắp khung xe Vira trên dây chuyền mới của Lufeng. (Ảnh: Quốc Tuấn)",
            "2026-03-03",
            "ministry",
            ["photo_caption", "photo_credit_person", "no_event"],
            persons=[per("Quốc Tuấn", None)],
            firms=[f("Lufeng")],
            events=[],
        ),
        h(
            n(),
            "Vira dùng bộ pin lithium 72V 40Ah, theo hãng đạt chuẩn chống nước IP67 và chịu nhiệt tới 60 độ C.",
            "2026-03-03",
            "ministry",
            ["product_spec", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "24H.COM.VN - Một tập đoàn pin Hàn Quốc vừa cầm giấy chứng nhận đầu tư do Ban Quản lý các KCN tỉnh Bắc Giang trao chiều 12/4, cùng gói ưu đãi thuế và tiền thuê đất; tháng 5 nhà máy sẽ khởi công.",
            "2019-04-13",
            "provincial",
            ["aggregator_repost", "outlet_prefix", "licence_unnamed_investor_no_event", "pre2025"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean mobility group weighing a Bắc Ninh plant (S9 r3 = S9 r4), an FDI feature (S3 r4),
    # a cathode maker abroad (S6 r3) and an LFP explainer (S6 r4) ---
    rows += [
        h(
            n(),
            "Tập đoàn Hàn Quốc Daehan Mobility ngắm Bắc Ninh cho nhà máy xe điện và pin\n\nMột nhà máy ô tô điện và pin ở tỉnh Bắc Ninh đang nằm trong danh sách cân nhắc của Daehan Mobility, theo lời đại diện tập đoàn.",
            "2024-07-19",
            "provincial",
            ["headline_lead", "considering_no_deal", "country_before_name", "multiline", "no_event"],
            firms=[f("Daehan Mobility", "Tập đoàn")],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ông Choi Jae Won, Chủ tịch Tập đoàn Daehan Mobility, được đồng chí Đào Minh Sơn, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Bắc Ninh, tiếp tại trụ sở tỉnh sáng 17/7, Cổng thông tin điện tử tỉnh cho biết.",
            "2024-07-19",
            "provincial",
            ["nfd", "portal_no_org", "comrade_honorific", "long_role", "working_session_no_event"],
            persons=[
                per("Đào Minh Sơn", "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Bắc Ninh"),
                per("Choi Jae Won", "Chủ tịch Tập đoàn Daehan Mobility"),
            ],
            firms=[f("Daehan Mobility", "Tập đoàn")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Theo ông Choi, trước mắt Daehan Mobility nhắm người mua ở Hàn Quốc và khu vực với ô tô điện, pin và xe máy điện cao cấp; việc đầu tư ở Bắc Ninh còn chờ tập đoàn đánh giá đầy đủ.",
            "2024-07-19",
            "provincial",
            ["surname_only_no_person", "plan_no_deal", "no_event"],
            firms=[f("Daehan Mobility")],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bí thư Đào Minh Sơn đề nghị Daehan Mobility sớm có phương án cụ thể, tỉnh sẽ giao các sở, ngành hỗ trợ thủ tục.",
            "2024-07-19",
            "provincial",
            ["person_role_before", "wish_no_deal", "no_event"],
            persons=[per("Đào Minh Sơn", "Bí thư")],
            firms=[f("Daehan Mobility")],
            events=[],
        ),
        h(
            n(),
            "Từ một hãng xe đạp Anh hơn 120 năm tuổi, Daehan Mobility sang tay chủ Hàn Quốc năm 2017 rồi mở rộng sang xe đạp điện, xe điện cỡ nhỏ và xe buýt điện.",
            "2024-07-19",
            "provincial",
            ["company_history", "unnamed_buyer_no_deal", "no_event"],
            firms=[f("Daehan Mobility")],
            locations=[country("Anh"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "unnamed-214\n\n43 quốc gia và vùng lãnh thổ đang có khoảng 2.480 dự án FDI tại Bắc Ninh.",
            "2024-07-19",
            "provincial",
            ["image_filename_line", "statistics", "count", "approx", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(2480, "dự án FDI", True), c(43, "quốc gia và vùng lãnh thổ")],
            events=[],
        ),
        h(
            n(),
            "(KTSG Online) - Chip, pin và linh kiện giá trị cao là nơi vốn FDI đổ vào nhiều nhất trong năm 2023, một trong hiếm hoi điểm sáng giữa lúc nhiều ngành chững lại.\n- Đông Nam bộ giữ 41 trên mỗi 100 đô la vốn FDI\n- Hàn Quốc rót hàng tỉ đô la Mỹ cho cuộc đua pin thể rắn",
            "2023-08-14",
            "ministry",
            [
                "outlet_prefix",
                "related_links",
                "per_hundred_dollars",
                "vague_amount",
                "multiline",
                "no_event",
            ],
            money=[m(41, "USD"), m(100, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Chỉ khoảng 13,1 tỉ đô la Mỹ vốn FDI đăng ký vào Việt Nam trong sáu tháng đầu năm 2023, giảm 4,8% so với cùng kỳ, theo Tổng cục Thống kê.",
            "2023-08-14",
            "ministry",
            ["nfd", "statistics", "source_last", "approx", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[4.8],
            events=[],
        ),
        h(
            n(),
            "Sau nhiều năm tăng, vốn FDI năm 2022 đi lùi gần 12%.",
            "2023-08-14",
            "ministry",
            ["statistics", "percentage", "no_event"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Cơ quan thống kê quy phần lớn mức giảm cho lãi suất cao và cầu yếu ở các thị trường lớn.",
            "2023-08-14",
            "ministry",
            ["generic_office_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gần một phần ba lượng vật liệu cathode giàu niken bán ra trên thế giới đến từ Kaiyuan Materials, hãng do ông Hứa Chấn Phong sáng lập.",
            "2023-05-09",
            "ministry",
            ["consultancy_repost", "founder_no_role", "fraction_in_words", "no_event"],
            persons=[per("Hứa Chấn Phong", None)],
            firms=[f("Kaiyuan Materials")],
            events=[],
        ),
        h(
            n(),
            "Để sản lượng cathode năm 2026 gấp năm lần mức năm 2022, Kaiyuan Materials đang xây một nhà máy mới ở Hàn Quốc, gần thành phố Cheongju.",
            "2023-05-09",
            "ministry",
            ["plant_under_construction_announced", "plant_abroad", "foreign_city_no_location"],
            firms=[f("Kaiyuan Materials")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Kaiyuan Materials"])],
            events=[ev("investment_announcement", [F("Kaiyuan Materials")], None, None, None, "announced")],
        ),
        h(
            n(),
            "CATL, BYD và CALB đứng đầu nhóm các hãng pin Trung Quốc đang chiếm hơn nửa bảng xếp hạng mười nhà sản xuất lớn nhất thế giới.",
            "2023-03-27",
            "ministry",
            ["brand_list", "count_in_words", "no_event"],
            firms=[f("CATL"), f("BYD"), f("CALB")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Pin NMC đắt hơn LFP chừng 30%: cell LFP nay khoảng 92 USD/kWh, cả pack khoảng 122 USD/kWh, tuỳ nhà cung cấp.",
            "2023-03-27",
            "ministry",
            ["old_tone", "price_per_kwh", "approx", "no_event"],
            money=[m(92, "USD", "kWh", True), m(122, "USD", "kWh", True)],
            percentages=[30],
            events=[],
        ),
        h(
            n(),
            "Chỉ khoảng một thập kỷ nay ô tô điện mới dùng nhiều LFP (lithium sắt phốt phát), dù hóa chất này đã vào pin từ giữa những năm 1990; ưu thế của nó là không cần niken, coban.",
            "2023-03-27",
            "ministry",
            ["explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhiều năm nay, các hãng Trung Quốc gần như nắm trọn công nghệ pin LFP, trong khi đối thủ Hàn Quốc và Nhật Bản theo đuổi pin NMC.",
            "2023-03-27",
            "ministry",
            ["explainer", "country_list", "no_event"],
            locations=[country("Trung Quốc"), country("Hàn Quốc"), country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Vietnamese explainers and features on storage (S7 r1, S7 r3, S7 r4) and supporting industry (S8 r3) ---
    rows += [
        h(
            n(),
            " date 2025-09-21 Có thể hình dung BESS là một cục pin cỡ lớn: lúc điện gió, điện mặt trời dư thì nạp vào, lúc phụ tải tăng thì phát ra lưới.",
            "2025-09-21",
            "ministry",
            ["page_date_chrome", "explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Pin lithium-ion đặt trong tủ, bộ quản lý pin (BMS), bộ chuyển đổi công suất (PCS), làm mát, chữa cháy và phần mềm giám sát: đó là những phần chính của một hệ thống lưu trữ năng lượng bằng pin (BESS).",
            "2025-09-21",
            "ministry",
            ["explainer", "acronyms_in_brackets", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đến năm 2032, lưu trữ năng lượng có thể thành ngành quy mô khoảng 118,6 tỷ USD trên toàn cầu.\nCác container pin cạnh một trang trại điện mặt trời ở Texas (Mỹ). Ảnh: Reuters",
            "2025-09-21",
            "ministry",
            ["forecast", "photo_caption", "agency_credit_nothing", "approx", "multiline", "no_event"],
            money=[m(118.6 * B, "USD", approx=True)],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Một gia đình Mỹ muốn có pin lưu trữ tại nhà có thể gọi Enphase hoặc Sunrun: gói thường gồm pin 10-13 kWh, inverter và ứng dụng điện thoại.",
            "2025-09-21",
            "ministry",
            ["brand_list", "capacity_no_count", "no_event"],
            firms=[f("Enphase"), f("Sunrun")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "TÓM TẮT:\n\nDựa trên một mô hình dòng tiền cho khu công nghiệp, nghiên cứu thấy ESCO-BESS có lãi nhất ở cấu hình 1-2 MW, lưu 2-3 giờ, hợp đồng 10 năm: IRR 20,4-26,8% khi ESCO giữ hết phần tiết kiệm, 9,7-16,5% khi chia đôi với khách hàng.",
            "2025-10-06",
            "ministry",
            [
                "research_abstract",
                "label_line",
                "percentage_range",
                "contract_term_no_deal",
                "multiline",
                "no_event",
            ],
            percentages=[20.4, 26.8, 9.7, 16.5],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: mô hình ESCO-BESS, khu công nghiệp, biểu giá điện, hiệu quả tài chính.\n\n1. Đặt vấn đề\n\nGiá pin lithium-ion đã xuống còn khoảng 139 USD/kWh trong năm 2023 (BESS - A Global Market Overview, 2025), giúp lưu trữ được dùng nhiều hơn để tối ưu hoá phụ tải.",
            "2025-10-06",
            "ministry",
            [
                "old_tone",
                "keywords_line",
                "numbered_heading",
                "citation_bracket",
                "price_per_kwh",
                "approx",
                "multiline",
                "no_event",
            ],
            money=[m(139, "USD", "kWh", True)],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp có thể dùng BESS mà không bỏ vốn nếu thuê qua một công ty dịch vụ năng lượng (ESCO), lời giải cho bài toán chi phí ban đầu quá cao.",
            "2025-10-06",
            "ministry",
            ["research_body", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            " date 2026-01-06 Hóa đơn tiền điện hai thành phần sẽ có hai dòng: một cho số kWh đã dùng, một cho công suất đỉnh (kW) mà nhà máy kéo từ lưới.",
            "2026-01-06",
            "ministry",
            ["page_date_chrome", "sponsored_article", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một nhà xưởng dùng điện đều đặn vẫn có thể bị hoá đơn đội lên nếu máy móc khởi động cùng lúc vài lần trong ngày, tạo đỉnh công suất.",
            "2026-01-06",
            "ministry",
            ["old_tone", "sponsored_article", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tủ BESS của Voltara lắp cho nhà xưởng và tòa nhà văn phòng, nạp điện giờ thấp điểm, xả ra giờ cao điểm",
            "2026-01-06",
            "ministry",
            ["photo_caption", "brand_firm", "no_event"],
            firms=[f("Voltara")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy sản xuất lắp một tủ BESS có thể bớt 250 - 290 triệu đồng tiền điện mỗi năm, tòa nhà thương mại bớt ước chừng 380 - 460 triệu đồng, đơn vị cung cấp tính toán.",
            "2026-01-06",
            "ministry",
            ["nfd", "savings_per_year", "per_not_repeated", "money_range", "approx", "no_event"],
            money=[
                m(250 * M, "VND", "year"),
                m(290 * M, "VND", "year"),
                m(380 * M, "VND", None, True),
                m(460 * M, "VND", None, True),
            ],
            events=[],
        ),
        h(
            n(),
            "Thái Lan có 27% GDP từ chế biến, chế tạo, Trung Quốc 33%, Việt Nam mới chừng 17%.",
            "2022-05-18",
            "ministry",
            ["feature", "percentage", "country_list", "no_event"],
            percentages=[27, 33, 17],
            locations=[country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Định nghĩa công nghiệp hỗ trợ của Việt Nam rộng hơn của Nhật Bản hay Thái Lan(1), nơi khái niệm này gần như chỉ nói về linh kiện ô tô, xe máy, điện tử.",
            "2022-05-18",
            "ministry",
            ["feature", "footnote_marker", "country_list", "no_event"],
            locations=[country("Nhật Bản"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Cell pin, vật liệu điện cực và nhiều linh kiện khác vẫn phải nhập, nên phần giá trị giữ lại trong nước của ngành chế biến, chế tạo còn mỏng.",
            "2022-05-18",
            "ministry",
            ["nfd", "feature", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news on a Korean cell maker's supply contract with an unnamed buyer (S10 r3), a recycling market
    # figure (S12 r4) and a 2018 joint venture mirrored on a spam domain (S14 r4) ---
    rows += [
        h(
            n(),
            " date 2025-07-29 Trong hồ sơ gửi sàn chứng khoán Hàn Quốc, Hanbit Energy cho biết giá trị và thời hạn của hợp đồng cung cấp pin trị giá 3,9 tỷ USD vừa ký có thể còn thay đổi.",
            "2025-07-29",
            "ministry",
            ["page_date_chrome", "supply_unnamed_buyer_no_deal", "no_event"],
            firms=[f("Hanbit Energy")],
            money=[m(3.9 * B, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tesla mới là bên mua, theo một nguồn tin của Reuters, dù hồ sơ giấu tên khách hàng; cổ phiếu Hanbit mất 0,4% sau thông báo.",
            "2025-07-29",
            "ministry",
            ["buyer_named_by_source_no_contract_word", "agency_nothing", "percentage", "no_event"],
            firms=[f("Tesla"), f("Hanbit")],
            percentages=[0.4],
            events=[],
        ),
        h(
            n(),
            "Giá trị hợp đồng gần bằng doanh thu quý II của hãng, vào khoảng 5,4 nghìn tỷ won (3,9 tỷ USD); hợp đồng có thể được gia hạn thêm tối đa 5 năm.",
            "2025-07-29",
            "ministry",
            ["krw_money", "bracket_conversion", "duration_no_count", "approx", "no_event"],
            money=[m(5.4e12, "KRW", approx=True), m(3.9 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "H.N (Theo Bloomberg)\n\nTái chế pin ô tô điện sắp thành mỏ vàng\n\nTái chế pin ô tô điện sắp thành mỏ vàng\n\nThị trường pin lithium-ion có thể phình từ 41,5 tỷ USD (2020) lên 90,2 tỷ USD (2025), xe điện chiếm phần lớn.",
            "2021-03-02",
            "ministry",
            ["initials_no_person", "source_line", "headline_twice", "forecast", "multiline", "no_event"],
            money=[m(41.5 * B, "USD"), m(90.2 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Thiên Phúc Auto bắt tay Seoyang Chem làm pin xe điện\nMẫu SUV bản đặc biệt của Thiên Phúc tại Thụy Sĩ có gì?Chiếc SUV đầu tiên của hãng xe Việt ra đời ra sao?Thiên Phúc công bố giá bán xe Lumo |\n![]() |\nXưởng lắp ráp của Thiên Phúc Auto. Ảnh: T.H. |",
            "2018-09-11",
            "ministry",
            [
                "spam_domain_mirror",
                "headline_handshake_mou",
                "related_links_glued",
                "table_chrome",
                "initials_no_person",
                "multiline",
                "pre2025",
            ],
            firms=[f("Thiên Phúc Auto"), f("Seoyang Chem"), f("Thiên Phúc")],
            locations=[country("Thụy Sĩ")],
            deals=[deal("mou", ["Thiên Phúc Auto", "Seoyang Chem"])],
            events=[ev("mou", [F("Thiên Phúc Auto"), F("Seoyang Chem")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Một liên doanh ở Hải Phòng sẽ làm pin lithium-ion cho xe máy điện, ô tô điện của Thiên Phúc Auto; Seoyang Chem cho biết hai bên đã chốt việc thành lập.",
            "2018-09-11",
            "ministry",
            ["joint_venture_agreed", "consortium_one_deal", "pre2025"],
            firms=[f("Seoyang Chem"), f("Thiên Phúc Auto")],
            provinces=[pv("Hải Phòng")],
            deals=[deal("investment", ["Seoyang Chem", "Thiên Phúc Auto"], None, HP)],
            events=[ev("joint_venture", [F("Seoyang Chem"), F("Thiên Phúc Auto")], None, None, HP, "signed")],
        ),
        h(
            n(),
            "Phần công nghệ, thiết kế, đào tạo và giám sát thuộc về Seoyang Chem; còn xây xưởng, lắp dây chuyền và vận hành là việc của Thiên Phúc Auto.",
            "2018-09-11",
            "ministry",
            ["terms_of_agreement_no_event", "pre2025"],
            firms=[f("Seoyang Chem"), f("Thiên Phúc Auto")],
            events=[],
        ),
        h(
            n(),
            "Dự án ô tô, nhắm 220.000 xe mỗi năm, đã ngốn của Tập đoàn Thiên Phúc khoảng 3,2 tỉ USD.",
            "2018-09-11",
            "ministry",
            ["recalled_investment_no_event", "capacity_no_count", "approx", "pre2025"],
            firms=[f("Thiên Phúc", "Tập đoàn")],
            money=[m(3.2 * B, "USD", approx=True)],
            deals=[deal("investment", ["Thiên Phúc"], 3.2 * B)],
            events=[],
        ),
        h(
            n(),
            "![]() TĐO-Thiên Phúc sắp ra mắt xe máy điện chạy pin hợp tác cùng một công ty Đức.",
            "2018-09-11",
            "ministry",
            ["related_link", "image_chrome", "unnamed_partner_no_deal", "pre2025", "no_event"],
            firms=[f("Thiên Phúc")],
            locations=[country("Đức")],
            events=[],
        ),
    ]
    # --- Vietnamese business news on listed battery makers: brand history, a strategic pact with a carmaker, half-year
    # profit, a dividend and bonus shares (S15 r1-r4) ---
    rows += [
        h(
            n(),
            "Những viên pin in hình con thú từng nằm trong cặp sách của bao học trò thế hệ 7x, 8x.",
            "2023-02-14",
            "ministry",
            ["feature_lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Pin ngoại tràn vào, nhưng cả hai công ty giữ những nhãn pin ấy vẫn có lãi đều và đều đã niêm yết.",
            "2023-02-14",
            "ministry",
            ["count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhãn pin Con Công và ắc quy Đồng Tiến thuộc về CTCP Pin Ắc quy Đồng Tiến (Dotibat, mã DTB).",
            "2023-02-14",
            "ministry",
            ["ctcp_normalised", "alias_and_ticker_bracket", "product_brand_no_firm", "no_event"],
            firms=[f("Pin Ắc quy Đồng Tiến", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Hợp tác với Thiên Phúc Auto, cổ phiếu một hãng pin kịch trần nhưng lợi nhuận vẫn đi xuống\nDù doanh thu tăng sau khi vào chuỗi cung ứng của Thiên Phúc Auto, doanh nghiệp nội địa này lại báo lãi sụt mạnh.",
            "2025-03-10",
            "ministry",
            ["headline_lead", "unnamed_partner_no_deal", "multiline", "no_event"],
            firms=[f("Thiên Phúc Auto")],
            events=[],
        ),
        h(
            n(),
            "Thoả thuận hợp tác chiến lược giữa Công ty CP Pin Ắc quy Đồng Tiến (HOSE: DTB) và Thiên Phúc Auto được công bố trên trang chủ của hãng pin ngày 5/11/2024: ắc quy đạt chuẩn xe điện sẽ được cấp cho các mẫu xe của đối tác.",
            "2025-03-10",
            "ministry",
            ["old_tone", "mou_signed", "announcement_date_not_deal_date", "exchange_ticker_bracket"],
            firms=[f("Pin Ắc quy Đồng Tiến", "Công ty CP"), f("Thiên Phúc Auto")],
            deals=[deal("mou", ["Pin Ắc quy Đồng Tiến", "Thiên Phúc Auto"])],
            events=[ev("mou", [F("Pin Ắc quy Đồng Tiến"), F("Thiên Phúc Auto")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Toàn bộ ắc quy chì - axit cho xe đạp điện, xe máy điện mà công ty làm ra hiện đều bán cho Thiên Phúc Auto, HĐQT nói tại đại hội cổ đông 2024; pin lithium cho xe nâng, xe golf mới ở mức nghiên cứu.",
            "2025-03-10",
            "ministry",
            ["supply_without_contract_word", "research_no_deal", "no_event"],
            firms=[f("Thiên Phúc Auto")],
            events=[],
        ),
        h(
            n(),
            " date 2024-08 Chưa tới 10.000 đồng là giá một vỉ 4 viên pin tiểu của hãng trên sàn thương mại điện tử, nhưng sáu tháng đầu năm 2024 nhà sản xuất vẫn lãi trung bình gần 5 tỷ đồng/tháng.",
            "2024-08-20",
            "ministry",
            ["page_date_month", "retail_price", "profit_per_month", "count", "approx", "no_event"],
            money=[m(10000, "VND", approx=True), m(5 * B, "VND", "month", True)],
            quantities=[c(4, "viên")],
            events=[],
        ),
        h(
            n(),
            "Doanh thu thuần nửa đầu năm của CTCP Pin Thăng Long (Thalibat – TLB) lên 204 tỷ đồng (+6,9%), lợi nhuận gộp 57,2 tỷ đồng (+41,3%), báo cáo bán niên đã soát xét cho thấy.",
            "2024-08-20",
            "ministry",
            ["ctcp_normalised", "alias_and_ticker_bracket", "financials", "no_event"],
            firms=[f("Pin Thăng Long", "Công ty CP")],
            money=[m(204 * B, "VND"), m(57.2 * B, "VND")],
            percentages=[6.9, 41.3],
            events=[],
        ),
        h(
            n(),
            "Lãi sau thuế 30,6 tỷ đồng, cao hơn 68% so với cùng kỳ, giúp Pin Thăng Long đi được 58% chặng đường kế hoạch năm; cả năm công ty muốn bán 372 triệu viên pin.",
            "2024-08-20",
            "ministry",
            ["nfd", "financials", "target", "count", "no_event"],
            firms=[f("Pin Thăng Long")],
            money=[m(30.6 * B, "VND")],
            percentages=[68, 58],
            quantities=[c(372_000_000, "viên pin")],
            events=[],
        ),
        h(
            n(),
            "Pin Thăng Long tiền thân là một nhà máy pin dựng từ năm 1961 ở ngoại thành Hà Nội, chuyên làm pin thông dụng cho quốc phòng và dân sinh.",
            "2024-08-20",
            "ministry",
            ["company_history", "no_event"],
            firms=[f("Pin Thăng Long")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Pin Con Mèo là sản phẩm quen thuộc với nhiều gia đình Việt. Ảnh minh họa",
            "2024-08-20",
            "ministry",
            ["photo_caption", "product_brand_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            " date 2025-05 Cổ đông của Công ty CP Pin Ắc quy Đồng Tiến (mã: DTB) có tên trong danh sách ngày 23/6 sẽ nhận cổ tức tiền mặt đợt 2/2024 và cổ phiếu thưởng.",
            "2025-05-28",
            "ministry",
            ["page_date_month", "record_date", "no_event"],
            firms=[f("Pin Ắc quy Đồng Tiến", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Ngày 14/7 là hạn dự kiến chuyển gần 52 tỷ đồng cổ tức, tức 1.200 đồng cho mỗi cổ phiếu (tỷ lệ 12%).",
            "2025-05-28",
            "ministry",
            ["nfd", "dividend", "price_per_share_no_money", "approx", "no_event"],
            money=[m(52 * B, "VND", approx=True)],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Khoảng 26,7 tỷ đồng sẽ về công ty mẹ Tập đoàn Hóa chất Việt Nam (51,9% vốn), 5,1 tỷ đồng về cổ đông ngoại Kashiwa Battery (9,8%).",
            "2025-05-28",
            "ministry",
            ["shareholders", "no_deal", "approx", "no_event"],
            firms=[f("Hóa chất Việt Nam", "Tập đoàn"), f("Kashiwa Battery")],
            money=[m(26.7 * B, "VND", approx=True), m(5.1 * B, "VND")],
            percentages=[51.9, 9.8],
            events=[],
        ),
        h(
            n(),
            "Cổ phiếu thưởng chia theo tỷ lệ 40%, tức phát hành thêm 17,4 triệu cổ phiếu lấy từ quỹ đầu tư phát triển; sau đợt này vốn điều lệ lên 609 tỷ đồng.",
            "2025-05-28",
            "ministry",
            ["bonus_shares", "count", "no_event"],
            money=[m(609 * B, "VND")],
            percentages=[40],
            quantities=[c(17_400_000, "cổ phiếu")],
            events=[],
        ),
        h(
            n(),
            "Công ty ra đời năm 1977 theo quyết định của Tổng cục Hóa chất và được Bộ Công nghiệp nặng lập lại năm 1994 dưới tên Pin Ắc quy Đồng Tiến.",
            "2025-05-28",
            "ministry",
            ["company_history", "decision_no_number", "no_event"],
            firms=[f("Pin Ắc quy Đồng Tiến")],
            organizations=["Tổng cục Hóa chất", "Bộ Công nghiệp nặng"],
            events=[],
        ),
    ]
    # --- Student papers, a document store's decision and an environmental report (S5 r2 = S10 r4 = S11 r2 = S14 r2,
    # S13 r4, S16 r2, S16 r3) ---
    rows += [
        h(
            n(),
            "Xe điện giúp bớt khói bụi và tiếng ồn, nhưng bộ TCVN, QCVN hiện hành về xe điện và pin của Việt Nam đang đi sau những gì người dùng thực tế gặp phải.",
            "2024-04-02",
            "ministry",
            ["student_paper", "abstract", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đề tài thảo luận nhóm 5 chọn là “Đánh giá hệ thống tiêu chuẩn, quy chuẩn về pin và xe điện tại Việt Nam và xu hướng phát triển”.",
            "2024-04-02",
            "ministry",
            ["student_paper", "group_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang 1TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN VIỆN THƯƠNG MẠI VÀ KINH TẾ QUỐC TẾ\n————\nBÀI THẢO LUẬN HỌC PHẦN: QUẢN TRỊ CHẤT LƯỢNG\nTrang 2MỤC LỤC\nA Mở đầu 3\nB Nội dung 4\nChương 1: Cơ sở lý luận 4\n1.1 Tiêu chuẩn 4\n1.1.1 Khái niệm tiêu chuẩn, tiêu chuẩn hoá 4",
            "2024-04-02",
            "ministry",
            [
                "old_tone",
                "student_paper",
                "cover_caps",
                "page_marker_glued",
                "contents",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Kinh tế Quốc dân", "Viện Thương mại và Kinh tế Quốc tế"],
            events=[],
        ),
        h(
            n(),
            "1. Trang chủ\n  2. » Luận Văn - Báo Cáo\n\ntiểu luận khó khăn về nguồn nguyên liệu cho liên doanh pin VKB\n\n21 418 0\nTài liệu đã được kiểm tra trùng lặp",
            "2014-01-08",
            "ministry",
            ["document_store", "breadcrumb", "counter_line", "jv_name_firm", "multiline", "no_event"],
            firms=[f("VKB")],
            events=[],
        ),
        h(
            n(),
            "Thông tin cơ bản\n\nĐịnh dạng\nSố trang 23\nDung lượng 1,12 MB\n\nKanemori Corporation là công ty thương mại đa ngành: khoáng sản, hóa chất, nhựa, máy móc, thực phẩm… Thị trường chính của công",
            "2014-01-08",
            "ministry",
            [
                "document_store",
                "file_info",
                "page_count_no_count",
                "corporation_kept",
                "cut_off",
                "multiline",
                "no_event",
            ],
            firms=[f("Kanemori Corporation")],
            events=[],
        ),
        h(
            n(),
            "KHOA KINH TẾ CÔNG NGHIỆP\n\nMÔN HỌC QUẢN TRỊ DỰ ÁN QUỐC TẾ (2013 – 2014)\n\nBÀI TẬP NHÓM 4\n\nGvhd: Ts Phan Minh Khôi\n\nTHÀNH VIÊN NHÓM 4:\n\n1.Lê Thị Hồng Nhung 2.Vũ Minh Quân 3.Đỗ Thanh Tâm\n\n4 Ngô Bảo Trâm\n\nNgày cập nhật: 08/01/2014",
            "2014-01-08",
            "ministry",
            ["nfd", "student_cover", "supervisor_label_role", "member_list_glued", "multiline", "no_event"],
            persons=[
                per("Phan Minh Khôi", "Gvhd"),
                per("Lê Thị Hồng Nhung", None),
                per("Vũ Minh Quân", None),
                per("Đỗ Thanh Tâm", None),
                per("Ngô Bảo Trâm", None),
            ],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\n\nCHƯƠNG 1: TỔNG QUAN VỀ LIÊN DOANH VKB VÀ DỰ ÁN NHÀ MÁY TINH CHẾ GRAPHITE LÀM VẬT LIỆU CỰC ÂM TẠI VIỆT NAM 3\n\n1.1 Giới thiệu dự án: 3\n\n1.2 Giới thiệu công ty Kanemori Corporation (gọi tắt là Kanemori): 5",
            "2014-01-08",
            "ministry",
            ["contents", "caps_chapter", "alias_bracket", "multiline", "no_event"],
            firms=[f("VKB"), f("Kanemori Corporation")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1587/QĐ-TTg năm 2021\n\nChia sẻ: Nguyễn Thảo Vy | Ngày: | Loại File: PDF | Số trang:21\n\n64\nlượt xem\n2\ndownload",
            "2023-06-15",
            "legal",
            ["document_store", "uploader_line", "year_only_no_date", "counter_line", "multiline", "no_event"],
            persons=[per("Nguyễn Thảo Vy", None)],
            decisions=[d("1587/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            'Quyết định 1587/QĐ-TTg năm 2021 phê duyệt "Chiến lược phát triển ngành công nghiệp pin và ắc quy Việt Nam đến năm 2030, tầm nhìn đến năm 2045" do Thủ tướng Chính phủ ban hành.',
            "2023-06-15",
            "legal",
            ["document_store_summary", "year_only_no_date", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1587/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            '1. THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ------- Độc lập - Tự do - Hạnh phúc --------------- Số: 1587/QĐ-TTg Hà Nội, ngày 24 tháng 09 năm 2021 QUYẾT ĐỊNH PHÊ DUYỆT "CHIẾN LƯỢC PHÁT TRIỂN NGÀNH CÔNG NGHIỆP PIN VÀ ẮC QUY VIỆT NAM ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045" THỦ TƯỚNG CHÍNH PHỦ',
            "2023-06-15",
            "legal",
            ["legal_header_flattened", "pm_header", "place_date_line", "zero_padded_date", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Hà Nội")],
            decisions=[d("1587/QĐ-TTg", "2021-09-24")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Căn cứ Nghị định số 37/2019/NĐ-CP ngày 07 tháng 5 năm 2019 của Chính phủ; Xét đề nghị của Bộ trưởng Bộ Công Thương tại Tờ trình số 5218/TTr-BCT ngày 11 tháng 6 năm 2021,",
            "2023-06-15",
            "legal",
            ["preamble", "law_without_number", "submission_number", "role_no_name", "no_event"],
            organizations=["Chính phủ", "Bộ Công Thương"],
            decisions=[d("37/2019/NĐ-CP", "2019-05-07"), d("5218/TTr-BCT", "2021-06-11")],
            events=[],
        ),
        h(
            n(),
            "Báo cáo đánh giá tác động môi trường Dự án “Công ty TNHH Công nghệ Năng lượng Jinghua Việt Nam”\n\n203 1 0\n\nĐang tải... (xem toàn văn)",
            "2024-10-21",
            "ministry",
            [
                "document_store",
                "eia_title",
                "foreign_subsidiary_viet_nam",
                "counter_line",
                "multiline",
                "no_event",
            ],
            firms=[f("Công nghệ Năng lượng Jinghua", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC 1 XUẤT XỨ CỦA DỰ ÁN .7 1.1 Thông tin chung về dự án 7 1.2 Cơ quan, tổ chức có thẩm quyền phê duyệt Dự án 9 1.3 Sự phù hợp của dự án với quy hoạch phân khu chức năng và ngành nghề thu hút đầu tư của KCN Quế Võ II .10",
            "2024-10-21",
            "ministry",
            ["eia_contents", "flattened_contents", "no_event"],
            locations=[park("Khu công nghiệp Quế Võ II")],
            events=[],
        ),
        h(
            n(),
            "Dự án sản xuất pack pin lithium cho xe điện hai bánh và bộ lưu điện, công suất 1,2 triệu sản phẩm/năm, được Ban Quản lý các KCN tỉnh Bắc Ninh cấp giấy chứng nhận đăng ký đầu tư lần đầu ngày 18/3/2022.",
            "2024-10-21",
            "ministry",
            ["eia_body", "recalled_licence_no_firm", "capacity_no_count", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered: a Chinese supplier's lid contract (S10 r1, in Vietnamese) and a Japanese
    # newsletter on a battery maker's pact with an electric-motorbike maker (S20 r3, in Vietnamese and English) ---
    rows += [
        h(
            n(),
            "Nắp cho cell pin lithium lăng trụ sẽ được Công ty Hengda Precision cung cấp cho một nhà sản xuất pin lớn ở châu Âu theo hợp đồng vật tư ký ngày 4/9, công ty công bố hai ngày sau.",
            "2023-09-06",
            "ministry",
            ["rendered_chinese", "supply_unnamed_buyer_no_deal", "region_nothing", "no_event"],
            firms=[f("Hengda Precision", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Hợp đồng sáu năm (tự gia hạn bốn năm) dự tính tiêu thụ khoảng 320 triệu bộ nắp; để phục vụ, Hengda sẽ mở cơ sở sản xuất mới ở Hungary.",
            "2023-09-06",
            "ministry",
            ["rendered_chinese", "count_in_words", "count", "announced_plant_abroad", "approx"],
            firms=[f("Hengda")],
            quantities=[c(320_000_000, "bộ nắp", True)],
            locations=[country("Hungary")],
            deals=[deal("investment", ["Hengda"])],
            events=[ev("investment_announcement", [F("Hengda")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Thỏa thuận hợp tác chiến lược về pin xe máy điện được TPE (Công ty CP Giải pháp Năng lượng TPE), công ty con của Tập đoàn Thiên Phúc [TPG], ký ngày 26 với Công ty CP Phát triển Năng lượng Kim Phát [KPE] thuộc Tập đoàn Inox Kim Phát [KPI].",
            "2023-04-27",
            "ministry",
            ["rendered_japanese", "ticker_square_brackets", "day_only_no_date", "mou_signed"],
            firms=[
                f("TPE"),
                f("Giải pháp Năng lượng TPE", "Công ty CP"),
                f("Thiên Phúc", "Tập đoàn"),
                f("Phát triển Năng lượng Kim Phát", "Công ty CP"),
                f("Inox Kim Phát", "Tập đoàn"),
            ],
            deals=[deal("mou", ["Giải pháp Năng lượng TPE", "Phát triển Năng lượng Kim Phát"])],
            events=[
                ev(
                    "mou",
                    [F("Giải pháp Năng lượng TPE"), F("Phát triển Năng lượng Kim Phát")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "TPE sẽ cấp pin cho các mẫu xe máy điện do KPE sản xuất; hai bên còn cùng phát triển giải pháp lưu trữ điện năng ESS cho khách hàng công nghiệp.",
            "2023-04-27",
            "ministry",
            ["rendered_japanese", "supply_without_contract_word", "no_event"],
            firms=[f("TPE"), f("KPE")],
            events=[],
        ),
        h(
            n(),
            "TPE already runs two battery plants, one in Hai Phong city in the northern Red River Delta and one in Ha Tinh province in the north-central region, while KPE opened its electric motorbike factory at Thuan Thanh II Industrial Park in Bac Ninh province in 2021.",
            "2023-04-27",
            "ministry",
            [
                E,
                "rendered_japanese",
                "unaccented_english",
                "recalled_opening_no_event",
                "english_park_no_location",
            ],
            firms=[f("TPE"), f("KPE")],
            provinces=[pv("Hải Phòng"), pv("Hà Tĩnh"), pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- English copy: a paywalled teaser (S17 r1 = S18 r1 = S20 r1), an investment weekly's feature (S17 r2-r3), a
    # groundbreaking (S17 r4 = S18 r3 = S19 r4), a 2019 joint venture (S18 r2) and a pack plant started (S18 r4) ---
    rows += [
        h(
            n(),
            "Construction of a $362 million cell plant in central Ha Tinh province is due to begin this year, with Thien Phuc Group building it to supply batteries for its EV maker Thien Phuc Auto, provincial officials said on Wednesday.\nContinue reading this premium story with a subscription to DealNewsAsia.\nSubscribeAlready a Subscriber? Log in",
            "2021-10-20",
            "ministry",
            [E, "paywall_teaser", "unaccented_english", "announced_investment", "glued_words", "multiline"],
            firms=[f("Thien Phuc Group"), f("Thien Phuc Auto")],
            provinces=[pv("Hà Tĩnh")],
            money=[m(362 * M, "USD")],
            deals=[deal("investment", ["Thien Phuc Group"], 362 * M, HT)],
            events=[ev("investment_announcement", [F("Thien Phuc Group")], 362 * M, "USD", HT, "announced")],
        ),
        h(
            n(),
            "Contact us for corporate subscriptions at subs@dealnewsasia.com",
            "2021-10-20",
            "ministry",
            [E, "paywall_chrome", "email", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vietnam seeks a bigger role in the global battery supply chain\n\nBy Minh Khue\nWed, February 8, 2023 | 2:40 pm GMT+7",
            "2023-02-08",
            "ministry",
            [E, "headline", "byline_person", "dateline_timestamp", "multiline", "no_event"],
            persons=[per("Minh Khue", None)],
            events=[],
        ),
        h(
            n(),
            "From Ha Tinh to Georgia, Vietnamese companies are moving into batteries as global demand for lithium cells surges.",
            "2023-02-08",
            "ministry",
            [E, "standfirst", "us_state_no_location", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            events=[],
        ),
        h(
            n(),
            "A Qingyuan Tech battery module. Photo courtesy of the company.\n\nA Qingyuan Tech battery module. Photo courtesy of the company.",
            "2023-02-08",
            "ministry",
            [E, "photo_caption", "caption_twice", "multiline", "no_event"],
            firms=[f("Qingyuan Tech")],
            events=[],
        ),
        h(
            n(),
            "Phones and laptops, electric cars and grid storage each use their own family of lithium batteries, the industry's three main segments.",
            "2023-02-08",
            "ministry",
            [E, "explainer", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hon Sheng Precision of Taiwan assembles electronics in Vietnam and wants to supply EV makers too, but none of its lines here make batteries yet.",
            "2023-02-08",
            "ministry",
            [E, "country_after_of", "no_deal", "no_event"],
            firms=[f("Hon Sheng Precision")],
            locations=[country("Taiwan")],
            events=[],
        ),
        h(
            n(),
            "A first $1.8 billion is going into a Georgia factory for electric SUVs, buses and their batteries under a deal Thien Phuc Auto announced in July 2022.",
            "2023-02-08",
            "ministry",
            [E, "announced_investment_abroad", "amount_first", "month_no_day", "us_state_no_location"],
            firms=[f("Thien Phuc Auto")],
            money=[m(1.8 * B, "USD")],
            deals=[deal("investment", ["Thien Phuc Auto"], 1.8 * B)],
            events=[ev("investment_announcement", [F("Thien Phuc Auto")], 1.8 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Spending on the complex, its first in the US, is to reach $3.6 billion in total, with production slated for September 2024.",
            "2023-02-08",
            "ministry",
            [E, "no_name_no_deal", "country_noun", "no_event"],
            money=[m(3.6 * B, "USD")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Barclays and HSBC had earlier been hired as underwriting advisers for its global fund-raising, with each mandate worth about $1.8 billion or more.",
            "2023-02-08",
            "ministry",
            [E, "pronoun_party_no_deal", "brand_firms", "approx", "no_event"],
            firms=[f("Barclays"), f("HSBC")],
            money=[m(1.8 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "At the signing: Nguyen Thi Lan Chi (front, left), global CEO of Thien Phuc Auto, with Georgia state officials.",
            "2023-02-08",
            "ministry",
            [E, "photo_caption", "person_role_after", "position_bracket", "no_event"],
            persons=[per("Nguyen Thi Lan Chi", "global CEO of Thien Phuc Auto")],
            firms=[f("Thien Phuc Auto")],
            events=[],
        ),
        h(
            n(),
            "HANOI -- Thien Phuc Group held a groundbreaking on Friday for its second battery factory, part of a push to make its EV cells at home.\n.jpg?width=178&fit=cover&gravity=faces&dpr=2&quality=medium",
            "2022-11-17",
            "ministry",
            [E, "dateline_mention", "groundbreaking_held", "image_url_junk", "multiline"],
            firms=[f("Thien Phuc Group")],
            provinces=[pv("Hà Nội")],
            deals=[deal("groundbreaking", ["Thien Phuc Group"])],
            events=[ev("groundbreaking", [F("Thien Phuc Group")], None, None, None, "started")],
        ),
        h(
            n(),
            "TPE Energy Solutions, a group unit, will own the Ha Tinh plant together with Chinese cell maker Qingyuan Tech.",
            "2022-11-17",
            "ministry",
            [E, "joint_ownership_described_no_event", "consortium_one_deal", "english_adjective_no_country"],
            firms=[f("TPE Energy Solutions"), f("Qingyuan Tech")],
            provinces=[pv("Hà Tĩnh")],
            deals=[deal("investment", ["TPE Energy Solutions", "Qingyuan Tech"], None, HT)],
            events=[],
        ),
        h(
            n(),
            " date 2019-04-07 Lithium-ion packs for Thien Phuc Auto's e-scooters, and later its cars, will come from a joint venture plant that Seoyang Chem and the carmaker have set up in Hai Phong, the South Korean company said in a statement.",
            "2019-04-07",
            "ministry",
            [
                E,
                "page_date_chrome",
                "joint_venture_set_up",
                "consortium_one_deal",
                "english_adjective_no_country",
                "pre2025",
            ],
            firms=[f("Thien Phuc Auto"), f("Seoyang Chem")],
            provinces=[pv("Hải Phòng")],
            deals=[deal("investment", ["Seoyang Chem", "Thien Phuc Auto"], None, HP)],
            events=[ev("joint_venture", [F("Seoyang Chem"), F("Thien Phuc Auto")], None, None, HP, "signed")],
        ),
        h(
            n(),
            "Thien Phuc Group JSC, the country's biggest conglomerate, wants its car unit to be the first Vietnamese brand on the road, aiming for 220,000 vehicles a year.",
            "2019-04-07",
            "ministry",
            [E, "capacity_no_count", "jsc_form", "pre2025", "no_event"],
            firms=[f("Thien Phuc Group", "JSC")],
            events=[],
        ),
        h(
            n(),
            "All told, $3.2 billion (2.5 billion pounds) has been earmarked by Thien Phuc Group for the car venture.",
            "2019-04-07",
            "ministry",
            [E, "budget_announced", "gbp_conversion", "pre2025"],
            firms=[f("Thien Phuc Group")],
            money=[m(3.2 * B, "USD"), m(2.5 * B, "GBP")],
            deals=[deal("investment", ["Thien Phuc Group"], 3.2 * B)],
            events=[
                ev("investment_announcement", [F("Thien Phuc Group")], 3.2 * B, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Work is under way on Thien Phuc Auto's home battery factory, parent Thien Phuc Group said on Sunday, with the first phase costing more than 3.6-trillion dong (roughly R2,410,000,000) and designed for 80,000 lithium packs a year.",
            "2021-12-13",
            "ministry",
            [E, "groundbreaking_started", "zar_conversion", "capacity_no_count", "approx", "multiline"],
            firms=[f("Thien Phuc Auto"), f("Thien Phuc Group")],
            money=[m(3.6e12, "VND", approx=True), m(2.41 * B, "ZAR", approx=True)],
            deals=[deal("groundbreaking", ["Thien Phuc Auto"], 3.6e12)],
            events=[ev("groundbreaking", [F("Thien Phuc Auto")], 3.6e12, "VND", None, "started")],
        ),
        h(
            n(),
            "A 7-hectare site in central Ha Tinh province has been set aside; cells would come in a later phase, when output could reach 1 million packs a year, though no timetable was given.",
            "2021-12-13",
            "ministry",
            [E, "area", "capacity_no_count", "no_firm", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            areas=[ha(7)],
            events=[],
        ),
        h(
            n(),
            "Thien Phuc Auto, which plans a US plant by the end of 2024, showed two electric SUVs at the Los Angeles Auto Show in November.\n\nBloomberg News",
            "2021-12-13",
            "ministry",
            [E, "agency_credit_nothing", "country_noun", "multiline", "no_event"],
            firms=[f("Thien Phuc Auto")],
            locations=[country("US")],
            events=[],
        ),
    ]
    # --- English copy: Chinese storage makers weighing plants, told by VNS, an English business site and a foreign
    # ministry paper's English edition (S19 r1-r3) ---
    rows += [
        h(
            n(),
            "Reuters says hundreds of millions of dollars may flow into Viet Nam from a pair of Chinese battery and storage-system makers.",
            "2023-06-10",
            "ministry",
            [E, "vague_amount", "english_adjective_no_country", "agency_nothing", "no_event"],
            events=[],
        ),
        h(
            n(),
            "An $800 million plant on upwards of 28 hectares of industrial land is what Fujian Tianlan Energy Storage Technology, a start-up whose cells and storage units smooth out solar and wind output, has pitched to Vietnamese industrial officials.",
            "2023-06-10",
            "ministry",
            [E, "considering_no_deal", "area", "approx", "no_event"],
            firms=[f("Fujian Tianlan Energy Storage Technology")],
            money=[m(800 * M, "USD")],
            areas=[ha(28, True)],
            events=[],
        ),
        h(
            n(),
            "A second person put the figure at $450 million or more. In a statement, Tianlan said nothing new was near signing and that it wants 65 gigawatts of capacity by year-end, up from 18.",
            "2023-06-10",
            "ministry",
            [E, "denial_no_deal", "capacity_no_count", "approx", "no_event"],
            firms=[f("Tianlan")],
            money=[m(450 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Kaiwo Power of Shenzhen, a tenant of a ready-built factory in Viet Nam for now, could spend $280 million buying rights to about 13 hectares for a plant of its own. — VNS",
            "2023-06-10",
            "ministry",
            [E, "considering_no_deal", "lease_no_party", "area", "approx", "agency_signoff", "no_event"],
            firms=[f("Kaiwo Power")],
            money=[m(280 * M, "USD")],
            areas=[ha(13, True)],
            events=[],
        ),
        h(
            n(),
            "Chinese storage makers scout Vietnam for factory sites\n- 127\n- Business\n- 21:40 11/06/2023\nDNHN - Where to build is now the question Tianlan and Kaiwo Power are discussing with Vietnamese officials.",
            "2023-06-11",
            "ministry",
            [
                E,
                "headline_lead",
                "counter_section_chrome",
                "outlet_prefix",
                "talks_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Tianlan"), f("Kaiwo Power")],
            events=[],
        ),
        h(
            n(),
            '<image>alt="A storage power station in Qinghai, China, runs on lithium battery packs."</image>',
            "2023-06-11",
            "ministry",
            [E, "image_alt_text", "country_noun", "no_event"],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Besides its base in Xiamen, Fujian, China, Tianlan has offices and plants in the US, Germany, India, Australia and Singapore.",
            "2023-06-11",
            "ministry",
            [E, "company_profile", "country_list", "no_event"],
            firms=[f("Tianlan")],
            locations=[
                country("China"),
                country("US"),
                country("Germany"),
                country("India"),
                country("Australia"),
                country("Singapore"),
            ],
            events=[],
        ),
        h(
            n(),
            "Set up in 2018 and selling about $480 million worth of products in 2022, the firm has talked of spending as much as $800 million on a Hai Duong site of 28-plus hectares.",
            "2023-06-11",
            "ministry",
            [E, "no_name_no_deal", "unaccented_english", "area", "approx", "no_event"],
            provinces=[pv("Hải Dương")],
            money=[m(480 * M, "USD", approx=True), m(800 * M, "USD", approx=True)],
            areas=[ha(28, True)],
            events=[],
        ),
        h(
            n(),
            "Tianlan's investment and development director Lin Shaoguang had led a team to Hai Duong in mid-May and met provincial Party chief Nguyen Thanh Tung, VIR reported earlier.",
            "2023-06-12",
            "ministry",
            [E, "person_role_before", "possessive_firm_in_role", "working_session_no_event"],
            persons=[
                per("Nguyen Thanh Tung", "provincial Party chief"),
                per("Lin Shaoguang", "Tianlan's investment and development director"),
            ],
            firms=[f("Tianlan")],
            provinces=[pv("Hải Dương")],
            events=[],
        ),
        h(
            n(),
            "Ports, roads, industrial land and the local labour pool were on the visitors' checklist.",
            "2023-06-12",
            "ministry",
            [E, "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English copy: a memorandum told by a foreign wire (S20 r2) and a two-wheeler feature in a blog draft (S20 r4) ---
    rows += [
        h(
            n(),
            "HANOI, (NewsAsia Point - 24th Aug, 2021 ) :A memorandum of understanding on EV battery research and production was signed on Monday by Thien Phuc Auto and China's Qingyuan Tech, according to Vietnam News Agency.",
            "2021-08-24",
            "ministry",
            [E, "wire_dateline", "dateline_mention", "mou_signed", "weekday_no_date", "country_possessive"],
            firms=[f("Thien Phuc Auto"), f("Qingyuan Tech")],
            provinces=[pv("Hà Nội")],
            locations=[country("China")],
            deals=[deal("mou", ["Thien Phuc Auto", "Qingyuan Tech"])],
            events=[ev("mou", [F("Thien Phuc Auto"), F("Qingyuan Tech")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Building the country's first lithium iron phosphate (LFP) cell factory is among the goals, the agency said, quoting a Thien Phuc Auto statement.",
            "2021-08-24",
            "ministry",
            [E, "plan_no_deal", "no_event"],
            firms=[f("Thien Phuc Auto")],
            events=[],
        ),
        h(
            n(),
            "Do Thi Minh Hang, vice president of Thien Phuc Group, said the pact would help the carmaker depend less on outside battery suppliers.",
            "2021-08-24",
            "ministry",
            [E, "person_role_after", "speaker_first", "no_event"],
            persons=[per("Do Thi Minh Hang", "vice president of Thien Phuc Group")],
            firms=[f("Thien Phuc Group")],
            events=[],
        ),
        h(
            n(),
            "Jamal Rehman 8 minutes ago Tue 24th August 2021 | 04:30 PM",
            "2021-08-24",
            "ministry",
            [E, "byline_person", "timestamp_line", "no_event"],
            persons=[per("Jamal Rehman", None)],
            events=[],
        ),
        h(
            n(),
            "NOTE: This is the draft I filed; an edited version was published by The Ken.",
            "2022-01-15",
            "ministry",
            [E, "blog_note", "outlet_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Up to 220,000 two-wheelers a year can roll out of the northern factory that Thien Phuc Auto put up for US$3.2 billion in 2018.",
            "2022-01-15",
            "ministry",
            [E, "recalled_plant_cost_no_event", "capacity_no_count"],
            firms=[f("Thien Phuc Auto")],
            money=[m(3.2 * B, "USD")],
            deals=[deal("investment", ["Thien Phuc Auto"], 3.2 * B)],
            events=[],
        ),
        h(
            n(),
            "Monthly sales had reached roughly 9,000 units three years on, the company says.",
            "2022-01-15",
            "ministry",
            [E, "count", "approx", "no_event"],
            quantities=[c(9000, "units", True)],
            events=[],
        ),
        h(
            n(),
            "The big brand's arrival has been good for everyone, says Tran Khai Nguyen, founder and CEO of Volta Moto, a Ho Chi Minh City maker of premium electric motorbikes.",
            "2022-01-15",
            "ministry",
            [E, "person_role_after", "unaccented_english", "no_event"],
            persons=[per("Tran Khai Nguyen", "founder and CEO of Volta Moto")],
            firms=[f("Volta Moto")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Many riders still see an e-bike as a cheap machine to be junked within a few years, he adds.",
            "2022-01-15",
            "ministry",
            [E, "reported_speech", "pronoun_no_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    return rows
