# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 101 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: investment licence rounds and investment-promotion conferences in the
provinces as merged on 1 July 2025 (the new Bắc Ninh, Phú Thọ, Tây Ninh, Đồng Nai, Quảng Ngãi, Gia Lai, Lâm Đồng),
2025-2026: certificates handed out at ceremonies, capital increases, projects listed with their investor and capital,
memoranda with the province, the provinces' own FDI tallies. Written and annotated for every field BEFORE any tagger
was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section
comments: S1 "Bắc Ninh trao giấy chứng nhận đăng ký đầu tư dự án FDI 2025 sau sáp nhập", S2 "Phú Thọ hội nghị xúc tiến
đầu tư trao quyết định chủ trương đầu tư", S3 "Tây Ninh trao giấy chứng nhận đầu tư điều chỉnh tăng vốn doanh nghiệp",
S4 "Đồng Nai hội nghị xúc tiến đầu tư 2025 ký biên bản ghi nhớ nhà đầu tư", S5 "Quảng Ngãi trao quyết định chủ trương
đầu tư dự án Khu kinh tế Dung Quất 2025", S6 "Gia Lai hội nghị xúc tiến đầu tư 2025 cam kết vốn biên bản ghi nhớ", S7
"Lâm Đồng xúc tiến đầu tư sau hợp nhất trao giấy chứng nhận nhà đầu tư", S8 "thu hút vốn FDI 6 tháng cuối năm 2025 tỉnh
sau sáp nhập cấp mới tăng vốn", S9 "Bắc Ninh điều chỉnh tăng vốn đầu tư dự án khu công nghiệp Bắc Giang cũ", S10 "Phú
Thọ thu hút FDI Vĩnh Phúc Hòa Bình sau sáp nhập dự án mới", S11 "Đồng Nai Bình Phước cũ cấp mới dự án FDI khu công
nghiệp 2025", S12 "Tây Ninh Long An cũ thu hút đầu tư nước ngoài 2025 tổng vốn đăng ký", S13 "lễ trao giấy chứng nhận
đăng ký đầu tư cho các dự án tháng 10 năm 2025 tỉnh", S14 "Quảng Ngãi Kon Tum hợp nhất thu hút vốn đầu tư dự án nhà
máy", S15 "Gia Lai Bình Định cũ khu kinh tế Nhơn Hội trao giấy chứng nhận đầu tư", S16 "hội nghị xúc tiến đầu tư năm
2026 tỉnh trao chủ trương đầu tư ký kết", and in English S17 "Bac Ninh investment certificates ceremony FDI projects
2025 capital increase", S18 "Dong Nai investment promotion conference memorandum of understanding investors", S19 "Phu
Tho province FDI attraction after merger new projects licensed", S20 "Quang Ngai Gia Lai Lam Dong investment promotion
conference 2025 pledged capital". No sentence is taken or paraphrased from a page; the shapes are. Firm, plant and
person names are invented (Hạ tầng Công nghiệp Bến Kéo, Hoa Viên Precision, Năng lượng Ia Pết, Năng lượng Sông Côn,
Hải Âu Xanh, Năng lượng Lam Sơn Xanh and Tập đoàn Lam Sơn, Nông nghiệp Sông Ba, Cao su Trường Sơn, Phố Núi Xanh, Đông
Dương Land, Sữa Đồng Xanh, Phát triển Điện lực Kansai, Dệt may Carolina, Thép Trà Khúc, Cơ khí Nặng Sa Kỳ, Aqualis
Asia, Orchid Cold Chain Holdings, Long Thành Composite, Kyowa Optics Bac Ninh, Kowa Seimitsu, Daesung Memory, the plant
brands Seonam Phu Tho, KTC Vina and Hanul Optics Vina, Seojin Flex, Kanto Circuit Hong Kong, and every official,
lawyer, lecturer, photographer and byline, including a fictional Deputy Prime Minister, provincial chairmen and vice
chairmen, a party secretary, a Chinese vice mayor and a METI-Chubu director); the two cities' memorandum, the park names
and the decision, circular and resolution numbers are invented or changed; well-known names (Vingroup, Sun Group, the
ministries, the Foreign Investment Agency, VNA/VNS) appear only in sentences of our own with figures changed.

What the sample looked like (80 result slots, about 66 distinct pages: a tax consultancy's explainer on the investment
registration certificate came back three times, an image page's title three times, and two betting keyword salads, a
spam domain carrying a government blurb, an unaccented business-news slug, a legal-news tag, a thesis chapter, a keyword
tag, the Đồng Nai portal's HTML head and three VNS and VietnamPlus pieces twice each): 7 slots were spam and junk (the
two keyword salads, the spam domain twice, the image page three times); 27 were tag pages, slugs, blurbs, listings and
HTML heads (a Phú Thọ public-investment tag, an FDI-target tag twice, unaccented slugs, a law firm's tag, a Tây Ninh
infrastructure tag with its blurb run on, a video blurb, a planning-task blurb, a land-handover tag, an LNG-approval
listing without investor, a merger tag, a blog repost of a Deputy Prime Minister's park approval with its source line, a
Covid-era restart embed, a zoning-plan tag, a firm-titled tag, a park taken out of the master plan as a tag and as a
listing, a legal portal's decision title, keyword tags twice, a provincial paper's listing twice (a new investor sought
for a failed project; a five-year FDI total), the HTML head twice, a key-project decision listing, a cluster-fund
decision tag); 7 were explainers, a thesis chapter, lecture notes and a law firm's newsletter; 20 were Vietnamese news
(a Bắc Ninh New Year round with unnamed projects and a caption; four tellings of Gia Lai's first conference after the
merger: lead and chairman's quote, a pre-event item naming the memorandum firms with their capital and a two-project
commitment, the five pillars, the headline total with a state group's and a group's memoranda; three on Lâm Đồng's press
briefing and an old portal page on its parks; four national FDI tallies by merged province; the new Phú Thọ's profile
with a park developer; Quảng Ngãi: an old conference report with a recalled dairy farm, the zone's tally after the
merger with recalled projects and their owners, an on-site promotion report; an old Nhơn Hội print page; a conference
plan meeting in Bà Rịa - Vũng Tàu; a Thái Nguyên preview; Đồng Nai's eleven-month tally with its two largest licensed
projects); 17 were English (VNS on two Bắc Ninh rounds, each twice; VietnamPlus on Tây Ninh's ten-month tally and
recalled agreements with foreign localities; VNS on Phú Thọ after the merger, twice; VietnamPlus on Bắc Ninh's 2023
tally with a factory caption; VNS on a Bắc Ninh conference with a Deputy Prime Minister; Đồng Nai's own English pages: a
conference in Japan with a licence handed by the chairman, a Chinese vice mayor's visit ending in a memorandum of two
cities, a METI delegation; VietnamPlus on Phú Thọ's 2021 target and its parks with a recalled DRAM plant; an English
business site on a Phú Thọ ceremony for two capital increases; VietnamPlus on a Gia Lai conference with consuls; SGGP on
a Gia Lai conference in 2022); 2 were a Japanese and a German copy on Lâm Đồng's conference, the first rendered here in
Vietnamese and English (the German copy's only draft was cut, below). About 10 of the 80 slots told a deal or an event
with a named party (the two licensed projects, the memorandum firms and the commitment, the two groups' memoranda, the
park developer, the recalled dairy farm, the recalled projects with owners, the licence handed in Japan, the two cities'
memorandum, the recalled DRAM plant, the two capital increases); the Bắc Ninh, Lâm Đồng and most Gia Lai rounds named no
investor in any first four, so the batch has few deal rows.

Rows: 155 (hand-28401 to hand-28555); 14 carry a deal or an event (9%, below past batches because the sampled rounds
were told as totals): 9 events (4 MoUs, 3 investment licences, 2 investment announcements) and 19 `deals` entries (all
investment); 8 rows hold deals without an event (hand-28459 and 28460 memorandum round lines, 28493 a park's investor
line, 28496 a recalled dairy farm, 28503 recalled projects with owners, 28546 a recalled DRAM plant, 28549 and 28550
capital-increase lines after a ceremony lead) and 1 an event without a deal (28538, a memorandum of two cities). 141
rows are negatives and other fields. By page kind: 7 rows of spam and junk (28401-28407), 27 of tags, slugs, blurbs,
listings and HTML heads (28408-28434, one English), 11 of explainers, a thesis chapter, lecture notes and a newsletter
(28435-28445), 71 of Vietnamese news (28446-28516; 9 with a deal or event; one line rendered from the Japanese copy),
39 of English copy (28517-28555; 5 with a deal or event; 28555 rendered from the Japanese copy); 40 rows are
English (`english_copy`, 26%). 11 rows are stored in NFD (hand-28426, 28430, 28449, 28450, 28456, 28460, 28472, 28488,
28494, 28497, 28511); 5 use old tone placement (28469 "hiện đại hoá", 28479 "hàng hoá", 28490 and 28526 "Hoà Bình",
28511 "văn hoá"); 33 hold several lines (headlines and leads, tag titles over blurbs, timestamps, source and byline
lines, legal-basis lists, an HTML head, a newsletter masthead).

Own wording: every row was written from scratch in another order or with another focus than the sampled sentence it
takes its shape from (amount-first headlines and leads, the round told in the passive, a firm-first memorandum line, the
largest licence told amount-first, an English lead told from the projects' side), with other firms, figures, dates and
places; on the review pass against the excerpts no further row had to be recast, but seven English rows (a split FDI
share, Bắc Ninh's national ranking, an attendee count, a CEO's quote, a souvenir caption, the certificates' split by
firm, a German-copy headline) were cut to bring the English share down, and a chairman's five-point slogan was never
written because it could only have been a paraphrase. Nothing was used from ranks 5-8: not the Bắc Ninh rounds of
tapchitaichinh and Vietnamnet or the Samsung pledge (S1 r5-r8), the Quảng Ngãi expressway tag, road budget, rail-steel
groundbreaking video and the TBTCO piece at S5 r7 (the same piece at S14 r3 was used), the French VNA copy, the Thanh
Niên founder's story, the Vietnamnet piece and the 2026 plan on Gia Lai (S6 r5-r8), the VnExpress, PLO and Dân trí
pieces on Lâm Đồng's conference (S7 r5-r8), the national FDI pieces ranked 5-8 in S8, the Lương Tài, Samsung and
land-plan pages (S9 r5-r8), the Vietnamese CafeF copy of the Phú Thọ capital increases (S10 r7; the English copy at S19
r4 was used), the Phú Gia cluster and Phú Thọ plan pages (S2 r5-r8), the Đồng Nai revocations and land-shortage pages
(S11 r5-r8), the Long An and Tây Ninh merger pieces (S12 r5-r8), the decree, thesis and template pages (S13 r5-r8), the
2021 key-project copy, the 2026 Quảng Ngãi pieces and a Polish spam page (S14 r5-r8), the Nhơn Hội refinery, the Bình
Định history blog and the realty page (S15 r5-r8), the VSIP memoranda tag and the Thanh Hóa and Hà Nội conference pages
(S16 r5-r8), VietnamPlus's 2019 Bắc Ninh piece, the IZA and Xe.today pages (S17 r5-r8), the Đồng Nai portal heads and
the Indonesian consulate (S18 r5-r8), the betting-site mirrors, the US conference and VIR (S19 r5-r8), or the Quảng Ngãi
and Gia Lai English pages ranked 5-8 (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-100 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence handed over by a committee or its leader is an investment deal and an `investment_licence`
event "licensed" with the committee as written ("UBND tỉnh X"), a passive or grantor-less licence has the firm alone;
"lãnh đạo tỉnh X trao ... cho Y" makes "tỉnh X" the government party (batch 58); a committee's investment memorandum
with a firm is the firm's investment deal and a signed MoU event; a named firm's conference commitment ("đăng ký đầu
tư") is an announced investment (batch 70); round lines and project lists after a round total are deals without events
(batches 73, 93); recalled projects and investor lines are deals without events; a licence round, conference total,
national or provincial tally, planned round, wish, plan, visit, working session, exploring firm or unnamed investor
gives no deal; attendees, hosts and witnesses are no parties; a deal is sited only when its row writes the province; a
dateline is a province mention; old provinces named beside the merged ones ("Gia Lai (cũ) và Bình Định (cũ)", "(với
Bắc Giang)") are mentions; a province inside a firm's name is no mention, inside an organisation's or route's name it
is; organisations expand UBND, HĐND, KCN and KKT ("Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng
Ngãi"), bare units ("UBND tỉnh", "Sở KH-ĐT", "the provincial Department of Finance", "the provincial People's
Committee") are none, "Tỉnh ủy X" is no organisation, English committees keep their written form ("People's Committee
of Bắc Ninh Province"), outlets ("(LSVN)", "(TBTCO)", "(NLĐ)", "(ĐN)", "VNS", "VNA", "Chinhphu.vn") are nothing;
"Thủ tướng Chính phủ" is an organisation, a bare "Thủ tướng" none; "Công ty CP Tập đoàn X" is X with "Công ty CP";
"Co., Ltd" is "Co., Ltd.", "Pte. Ltd." kept; "Việt Nam" and "Vina" are dropped from a foreign subsidiary's name; English
parks and districts are no locations, "KCN X", a lower-case "cụm công nghiệp X", "Khu kinh tế X"/"KKT X", "huyện X" and
"TP X" are; Vietnamese country names and English nouns ("of Cambodia", "Japan") are countries, adjectives ("Japanese",
"Chinese") are not; "Việt Nam" is no location; bylines and photo credits (capitals kept) are persons without a role,
initials nothing; km² and m² become hectares; "khoảng", "gần", "hơn", "trên", "vượt", "some", "about", "over", "more
than", "nearly", "at least" are approximate, "tương đương" is not; counts in words, counts without a noun, ordinals,
capacities, distances and "times" are not counts; English counts keep their noun phrase; a repeated headline repeats
its money; a headline's rounded amount and its lead's exact one are both kept. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A memorandum round line with a verb only in its frame ("Nổi bật trong nhóm ký ghi nhớ là Công ty CP A với dự án ...
  8.740 tỷ đồng, Công ty CP B (9.150 tỷ đồng) và Tập đoàn C, 11.200 tỷ đồng ...", hand-28459; "Dự án ... của Công ty CP
  D (thuộc Tập đoàn E) cũng có tên trong danh sách", 28460) follows the round-line rule: deals without events and site,
  the parent a mention (batch 58's English list was read as announced investments; the later round-line rule is
  followed here).
- "Riêng Công ty CP X đăng ký đầu tư hai dự án: ... (9.800 tỷ đồng, khoảng 372 triệu USD) và ... (2.350 tỷ đồng)"
  (28461) is two announced investments with their VND amounts, two deals, no site; the USD equivalent is money only.
- "Tập đoàn X nhận hai biên bản ghi nhớ từ lãnh đạo tỉnh Gia Lai: A (3.350 tỷ đồng) và B (610 tỷ đồng)" (28467) is two
  signed MoU events of "tỉnh Gia Lai" and X and two deals sited in Gia Lai; "X được trao bản ghi nhớ cho dự án ... 4.800
  tỷ đồng" (28468) a MoU with the firm alone, no site.
- "Lớn nhất trong số dự án được cấp phép là trung tâm ... 96,4 triệu USD của A Pte. Ltd. (Singapore) ...; kế đến là nhà
  máy ... gần 38 triệu USD của Công ty TNHH B, vốn Hàn Quốc, tại KCN ..." (28515) gives two licences with the firm
  alone (batch 33's passive "được cấp phép" lines), told amount-first; "vốn Hàn Quốc" gives the country.
- An English ceremony lead for two capital increases whose firms come in the next rows (28547) gives no event; "The
  first, the X Vina ... plant of X Co., Ltd (South Korea), gains $120 million, lifting its total investment to $285
  million" (28549, 28550) are round-line deals with the increase as amount, no event, no site (batch 93's tenants named
  in later rows); the plant brand is no firm.
- "Dinh Van Luc, chairman of the provincial People's Committee, handed an investment licence for a US$5.2 million
  project to X Co., Ltd." (28534) is a licence with the firm alone: the committee is bare, the chairman no party, and the
  row names no province.
- "Changzhou City and Long Khanh City signed a memorandum of understanding on socio-economic cooperation" (28538) is
  one signed MoU event of two government parties without deal or site (batch 70's memorandum of two public bodies); the
  vice mayor of the visit row is a person with his role.
- "KCN Tam Dương 2 do Công ty CP X làm chủ đầu tư" inside a list of parks (28493) is an investor line (deal without
  event or site); "KCN Sông Lô 1 đang được kỳ vọng kéo về các dự án" is a hope, no deal.
- A park approval or licence told without investor (the Deputy Prime Minister's adjusted approval, 28421; a zone
  authority's approval of a gas plant, 28419), a land handover done for the committee (28418), plants listed by brand
  (28545) and foreign groups that "đã đến tìm hiểu" (28497) give no deal.
- Leaders handing certificates or memoranda to unnamed investors (captions 28449, 28455, 28466) and planned rounds
  (28475, 28512, 28555) give counts and money only.
- "Tỉnh rộng hơn 9.300 km², dân số trên 4 triệu người, có 148 đơn vị hành chính cấp xã" (28491) gives an approximate
  area of 930,000 ha and two counts (the population approximate); "50-80 km" is a distance.
- Units as written: "5 trụ cột", "16 khu, cụm công nghiệp", "227 ngành, nghề", "3.500 con", "1.612 giao dịch", "14 đoàn
  nhà đầu tư", "21 domestic and foreign firms"; "nông - lâm - thủy sản 12 dự án, du lịch - dịch vụ 4" counts the first
  only, "52 existing ones" and "57 of them FDI" are not counts.
- "Lê Văn Trọng, nguyên Chủ tịch UBND huyện Tuy Phước" keeps "nguyên ..." as the role and gives the district and the
  committee; "Ban Quản lý KKT Nhơn Hội" expands, the zone inside it no location.
- A legal-basis list (28437) gives the decree and circular numbers without dates, the law without number nothing; a
  portal title "Quyết định 1045/QĐ-UBND Phú Thọ 2025 ..." the decision without date and the province.
- Spam with lower-case accented province names (28401, 28402, 28405) and unaccented slugs ("hoi nghi xuc tien dau tu
  gia lai 2025", 28413) give nothing; the Đồng Nai portal's HTML head in English gives the province from its title only."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_101(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    GL = cur("Gia Lai")

    ids = iter(range(28401, 28401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads, a spam domain carrying a government blurb, image-page titles (S1 r1, S12 r1, S2 r1, S10 r1, S11 r1, S13 r2, S15 r4) ---
    rows += [
        h(
            n(),
            "kuwin bắc giang nhập vào tỉnh nàokết quả ngoại hạng anh đêm quacá kho tộ miền tây",
            "2025-07-14",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tây ninh long an gộp lại tên gìsoi kèo cúp c1 tối naycách đổ bánh xèo giòn",
            "2025-08-03",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "812,6 triệu USD trong 10 tháng: Phú Thọ làm gì để giữ chân nhà đầu tư ngoại?\n\n(Chinhphu.vn) - Vốn FDI đổ vào Phú Thọ sau 10 tháng đã vượt chỉ tiêu cả năm, gấp 2,4 lần năm trước, đưa tỉnh vào nhóm điểm đến được giới đầu tư quốc tế để mắt tới.",
            "2025-11-18",
            "ministry",
            [
                "spam_domain_mirror",
                "headline_lead",
                "amount_first",
                "times_no_percentage",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Phú Thọ")],
            money=[m(812.6 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Tin liên quan: Phú Thọ vượt kế hoạch thu hút FDI cả năm chỉ sau 10 tháng | Xem thêm >>",
            "2025-11-18",
            "ministry",
            ["spam_domain_mirror", "related_link_line", "no_event"],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "tphcm đồng ý giao dự án cầu nhơn trạch 2 cho tinh dong nai lam chu dau tu",
            "2024-03-09",
            "ministry",
            ["image_page_title", "mixed_unaccented", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dcim/102media/dji_0388-jpg-3",
            "2024-03-09",
            "ministry",
            ["image_filename", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mặt bằng nút giao cầu nhơn trạch 2 chụp từ flycam dji_0391",
            "2024-03-09",
            "ministry",
            ["image_page_title", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag pages, slugs, blurbs, listings and HTML heads (S2 r2-r4, S3 r1 r4, S4 r1 r2, S5 r1-r4, S7 r4, S9 r1-r4, S10 r4, S11 r3-r4, S12 r3, S13 r3-r4, S14 r2, S15 r2-r3, S16 r4, S18 r4) ---
    rows += [
        h(
            n(),
            "Gần 5.300 tỷ đồng cho 41 công trình đầu tư công khởi công mới năm 2026 ở Phú Thọ\nTỉnh yêu cầu các chủ đầu tư rút gọn thủ tục, gỡ vướng mặt bằng để giải ngân kịp tiến độ.",
            "2026-01-06",
            "provincial",
            [
                "tag_page",
                "headline_lead",
                "approx",
                "count",
                "public_investment_no_deal",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Phú Thọ")],
            money=[m(5300 * B, "VND", approx=True)],
            quantities=[c(41, "công trình")],
            events=[],
        ),
        h(
            n(),
            "Phú Thọ đặt mục tiêu 1,3 tỉ USD vốn FDI mới trong năm 2026\nPhú Thọ đặt mục tiêu 1,3 tỉ USD vốn FDI mới trong năm 2026\n\n(LSVN) - Giữa lúc kinh tế thế giới còn nhiều biến động, Phú Thọ được giới đầu tư nước ngoài chú ý nhờ quỹ đất sạch trong các khu công nghiệp và nguồn lao động dồi dào.",
            "2026-01-15",
            "provincial",
            ["tag_page", "repeated_headline", "target_no_deal", "outlet_tag_no_org", "multiline", "no_event"],
            provinces=[pv("Phú Thọ")],
            money=[m(1.3 * B, "USD"), m(1.3 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Thu hút FDI: Phú Thọ ưu tiên dự án bán dẫn và ô tô điện\n(LSVN) - Tỉnh chỉ nhận dự án dùng ít đất, công nghệ cao và có sức lan tỏa tới doanh nghiệp trong nước.",
            "2026-01-15",
            "provincial",
            ["tag_page", "headline_lead", "multiline", "no_event"],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "quyet dinh chap thuan chu truong dau tu dong thoi chap thuan nha dau tu",
            "2025-06-20",
            "ministry",
            ["tag_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "uu dai dau tu dac biet cho du an ban dan",
            "2025-06-20",
            "ministry",
            ["tag_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hoi nghi xuc tien dau tu gia lai 2025",
            "2025-09-26",
            "ministry",
            ["tag_slug", "unaccented", "unaccented_province_no_mention", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục điều chỉnh giấy chứng nhận đăng ký đầu tư tại Bắc Ninh",
            "2024-10-02",
            "ministry",
            ["tag_page", "law_firm_tag", "lowercase", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Tây Ninh dồn lực cho hạ tầng, tạo thế cửa ngõ phía Nam Văn kiện nhiệm kỳ 2025-2030 của tỉnh Tây Ninh coi hạ tầng giao thông, logistics và khu công nghiệp là khâu đột phá để đón dòng vốn lớn. Tây Ninh dồn lực cho hạ tầng, tạo thế cửa ngõ phía Nam",
            "2025-10-21",
            "provincial",
            ["tag_page", "run_together_title_blurb", "repeated_headline", "no_event"],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Video: Khu kinh tế Dung Quất cần thêm bến chuyên dùng\n\nTruyền hình 21/05/2021\n(Baoquangngai.vn)- Muốn Quảng Ngãi thành tỉnh công nghiệp hiện đại thì phải chọn đúng vài công trình then chốt để kéo Dung Quất đi lên, nhiều chuyên gia nhận định tại tọa đàm.",
            "2021-05-21",
            "provincial",
            ["video_blurb", "channel_page", "zone", "bare_place_no_location", "multiline", "no_event"],
            provinces=[pv("Quảng Ngãi")],
            locations=[zone("Khu kinh tế Dung Quất")],
            events=[],
        ),
        h(
            n(),
            "Thủ tướng Chính phủ vừa ký quyết định phê duyệt nhiệm vụ lập quy hoạch tỉnh Kon Tum thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
            "2020-12-11",
            "ministry",
            ["blurb", "planning_no_deal", "organization", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Kon Tum")],
            events=[],
        ),
        h(
            n(),
            "• Bàn giao mặt bằng mở rộng cảng tổng hợp Dung Quất\n\n    09:42 | 22/09/2021\n\n    Thay mặt UBND tỉnh Quảng Ngãi, Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi (DEZA) vừa ký biên bản bàn giao 624.150 m2 đất cho dự án mở rộng cảng...",
            "2021-09-22",
            "provincial",
            [
                "tag_page",
                "timestamp",
                "handover_no_deal",
                "m2_to_ha",
                "zone_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=[
                "Ủy ban nhân dân tỉnh Quảng Ngãi",
                "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi",
            ],
            provinces=[pv("Quảng Ngãi")],
            areas=[ha(62.415)],
            events=[],
        ),
        h(
            n(),
            "Quảng Ngãi trao chủ trương đầu tư nhà máy điện khí 1.350 MW\nNgày 14/11, Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi trao quyết định chủ trương đầu tư, đồng thời chấp thuận nhà đầu tư dự án nhà máy điện khí Dung Quất III giai đoạn 1.",
            "2024-11-15",
            "provincial",
            [
                "tag_listing",
                "headline_lead",
                "licence_no_investor",
                "capacity_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "hợp nhất tỉnh Gia Lai và Bình Định\nTỉnh Gia Lai mới có cả cao nguyên và biển\nVTV.vn - Gia Lai và Bình Định đã xong các bước chuẩn bị cho việc hợp nhất; phương án nhân sự chủ chốt vẫn đang được bàn thêm.",
            "2025-05-30",
            "provincial",
            ["tag_page", "tag_title_over_blurb", "outlet_prefix_no_org", "multiline", "no_event"],
            provinces=[pv("Gia Lai"), pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng Phạm Quang Hiển đã ký quyết định điều chỉnh chủ trương đầu tư dự án xây dựng và kinh doanh hạ tầng KCN Quang Châu 2, tỉnh Bắc Giang.\n\nsource https://dautubds.baodautu.vn/dieu-chinh-chu-truong-dau-tu-kcn-quang-chau-2-d151204.html",
            "2022-03-04",
            "ministry",
            [
                "blog_repost",
                "source_url_line",
                "deputy_pm_approval_no_investor",
                "role_before_name",
                "park",
                "multiline",
                "no_event",
            ],
            persons=[per("Phạm Quang Hiển", "Phó Thủ tướng")],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Quang Châu 2")],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh cho 11 doanh nghiệp trong 3 KCN sản xuất lại từ 3/6\n\nTỉnh Bắc Ninh cho phép 11 doanh nghiệp ở KCN Quế Võ, Yên Phong và Tiên Sơn hoạt động trở lại, mỗi nơi từ vài trăm đến vài nghìn lao động.",
            "2021-06-01",
            "provincial",
            ["embed_page", "headline_lead", "count", "park_list", "vague_count", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(11, "doanh nghiệp"), c(3, "KCN"), c(11, "doanh nghiệp")],
            locations=[
                park("Khu công nghiệp Quế Võ"),
                park("Khu công nghiệp Yên Phong"),
                park("Khu công nghiệp Tiên Sơn"),
            ],
            events=[],
        ),
        h(
            n(),
            "Bắc Giang sắp có thêm một khu công nghiệp\nHĐND tỉnh Bắc Giang vừa thông qua đồ án quy hoạch phân khu xây dựng KCN Song Khê 3, huyện Yên Dũng (tỷ lệ 1/2000), trên địa giới các xã Nội Hoàng, Tiền Phong [...]",
            "2024-12-19",
            "provincial",
            [
                "tag_page",
                "headline_lead",
                "planning_no_deal",
                "district",
                "park",
                "ratio_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Hội đồng nhân dân tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Song Khê 3"), district("huyện Yên Dũng")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Hoa Viên Precision Việt Nam\nDòng vốn lớn tiếp tục chảy về Bắc Giang Nhờ môi trường đầu tư thuận lợi, nhiều tập đoàn điện tử đã chọn Bắc Giang cho nhà máy mới thời gian qua.",
            "2023-08-11",
            "provincial",
            [
                "tag_page",
                "firm_titled_tag",
                "vietnam_dropped",
                "run_together_title_blurb",
                "multiline",
                "no_event",
            ],
            firms=[f("Hoa Viên Precision", "Công ty TNHH")],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "Đồng Nai: đưa KCN Hố Nai 5 ra khỏi quy hoạch phát triển các khu công nghiệp\n\nThủ tướng Chính phủ đã có ý kiến về việc điều chỉnh quy hoạch một số khu công nghiệp trên địa bàn tỉnh Đồng Nai.",
            "2023-02-14",
            "provincial",
            ["tag_page", "headline_lead", "planning_no_deal", "park", "multiline", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Đồng Nai")],
            locations=[park("Khu công nghiệp Hố Nai 5")],
            events=[],
        ),
        h(
            n(),
            "Thủ tướng vừa đồng ý đưa KCN Hố Nai 5 (318 ha) ra khỏi quy hoạch, đồng thời bổ sung KCN Xuân Quế (415 ha) và KCN Sông Ray 2 (276 ha) tại Đồng Nai.",
            "2023-02-15",
            "provincial",
            ["nfd", "listing_blurb", "planning_no_deal", "bare_pm_no_org", "area", "park"],
            provinces=[pv("Đồng Nai")],
            locations=[
                park("Khu công nghiệp Hố Nai 5"),
                park("Khu công nghiệp Xuân Quế"),
                park("Khu công nghiệp Sông Ray 2"),
            ],
            areas=[ha(318), ha(415), ha(276)],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1045/QĐ-UBND Phú Thọ 2025 danh mục dự án thu hút đầu tư ngoài khu công nghiệp",
            "2025-05-07",
            "legal",
            ["legal_portal_title", "decision_no_date", "no_event"],
            provinces=[pv("Phú Thọ")],
            decisions=[d("1045/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "luật đầu tư theo phương thức đối tác công tư",
            "2024-09-30",
            "ministry",
            ["keyword_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nghị định hướng dẫn luật đầu tư",
            "2024-09-30",
            "ministry",
            ["keyword_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tìm nhà đầu tư mới cho dự án\n\nUBND tỉnh giao Ban Quản lý Khu kinh tế tiếp tục tìm nhà đầu tư khác cho dự án, đồng thời để Công ty CP Hạ tầng Công nghiệp Bến Kéo tính toán, thương lượng với nhà đầu tư mới phần chi phí công ty đã bỏ ra.",
            "2019-04-22",
            "provincial",
            [
                "nfd",
                "listing_page",
                "headline_lead",
                "bare_unit_no_org",
                "firm_mention_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Hạ tầng Công nghiệp Bến Kéo", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Thu hút FDI: Tây Ninh vào nhóm dẫn đầu\n\nGiai đoạn 2021-2025, vốn đầu tư nước ngoài vào Tây Ninh đạt hơn 3,9 tỷ USD, tăng 41,5% so với 5 năm trước (kế hoạch đặt ra là 3.100 triệu USD).",
            "2025-12-30",
            "provincial",
            [
                "listing_page",
                "headline_lead",
                "period_total",
                "approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Tây Ninh")],
            money=[m(3.9 * B, "USD", approx=True), m(3100 * M, "USD")],
            percentages=[41.5],
            events=[],
        ),
        h(
            n(),
            '<title>Dong Nai ranks second nationwide in new FDI capital</title>\n<meta name="author" content="DongNai: Web portal">\n<meta property="og:site_name" content="DongNai&#x3A; Web portal">',
            "2025-09-18",
            "ministry",
            [E, "html_head", "portal_name_no_org", "multiline", "no_event"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Quảng Ngãi duyệt 18 dự án trọng điểm kêu gọi đầu tư\n\n14/10/2025 15:20\nChủ tịch UBND tỉnh Quảng Ngãi Lê Văn Hải vừa ký Quyết định số 2127/QĐ-UBND phê duyệt danh mục dự án trọng điểm thu hút đầu tư vào tỉnh giai đoạn 2026 - 2030.",
            "2025-10-14",
            "provincial",
            [
                "listing_page",
                "headline_lead",
                "timestamp",
                "role_before_name",
                "decision_no_date",
                "count",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ngãi"],
            persons=[per("Lê Văn Hải", "Chủ tịch UBND tỉnh Quảng Ngãi")],
            provinces=[pv("Quảng Ngãi")],
            decisions=[d("2127/QĐ-UBND")],
            quantities=[c(18, "dự án")],
            events=[],
        ),
        h(
            n(),
            "• Gia Lai dành hơn 900 ha cho 37 cụm công nghiệp\n\n    10:15 | 03/11/2025\n\n    UBND tỉnh Gia Lai vừa ban hành Quyết định 2690/QĐ-UBND phê duyệt đề án bố trí quỹ đất phát triển cụm công nghiệp giai đoạn 2026 - 2030; theo đó sẽ đầu tư 37 cụm...",
            "2025-11-03",
            "provincial",
            ["tag_page", "timestamp", "decision_no_date", "area", "approx", "count", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Gia Lai"],
            provinces=[pv("Gia Lai")],
            decisions=[d("2690/QĐ-UBND")],
            quantities=[c(37, "cụm công nghiệp"), c(37, "cụm")],
            areas=[ha(900, True)],
            events=[],
        ),
    ]
    # --- Explainers, a thesis chapter, lecture notes and a legal newsletter (S3 r3, S12 r2, S13 r1, S4 r3, S11 r2, S16 r3, S12 r4) ---
    rows += [
        h(
            n(),
            "Nhà nước hiện áp dụng nhiều chính sách khuyến khích đầu tư như miễn, giảm thuế, hỗ trợ tiền thuê đất và tín dụng ưu đãi, giúp môi trường kinh doanh hấp dẫn hơn với doanh nghiệp quốc tế.",
            "2025-07-02",
            "ministry",
            ["consultancy_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tính đến hết tháng 6/2025, cả nước có 92.417(1) doanh nghiệp thành lập mới và 1.988(2) dự án FDI được cấp giấy chứng nhận đăng ký đầu tư.",
            "2025-07-02",
            "ministry",
            ["consultancy_explainer", "footnote_markers", "count", "no_event"],
            quantities=[c(92417, "doanh nghiệp"), c(1988, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "Văn bản pháp lý:\n- Luật Đầu tư năm 2020 – quy định hoạt động đầu tư kinh doanh tại Việt Nam và từ Việt Nam ra nước ngoài.\n- Nghị định số 31/2021/NĐ-CP – hướng dẫn chi tiết một số điều của Luật Đầu tư.\n- Thông tư 25/2023/TT-BKHĐT – sửa đổi mẫu văn bản, báo cáo về hoạt động đầu tư.",
            "2025-07-02",
            "ministry",
            [
                "consultancy_explainer",
                "legal_basis_list",
                "decision_no_date",
                "law_no_number",
                "multiline",
                "no_event",
            ],
            decisions=[d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư có thời hạn bao lâu? Hồ sơ xin cấp gồm những gì? Mời bạn theo dõi phần dưới đây.",
            "2025-07-02",
            "ministry",
            ["consultancy_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ\nCHƯƠNG 2: THỰC TRẠNG THU HÚT VỐN FDI VÀO CÁC KHU CÔNG NGHIỆP TỈNH BÌNH PHƯỚC\n\nTải bản đầy đủ\n\nHọc Viện Tài Chính\n\nLuận Văn Tốt Nghiệp",
            "2017-05-10",
            "ministry",
            ["document_store", "thesis_chapter", "caps_province", "organization", "multiline", "no_event"],
            organizations=["Học viện Tài chính"],
            provinces=[pv("Bình Phước")],
            events=[],
        ),
        h(
            n(),
            "Tổng sản phẩm trên địa bàn tỉnh tăng bình quân 11,8%/năm, trong đó công nghiệp - xây dựng tăng 13,6%/năm, dịch vụ 12,9%/năm; GRDP năm 2015 đạt 58.420 tỷ đồng (tương đương 2,7 tỷ USD).",
            "2017-05-10",
            "ministry",
            ["document_store", "thesis_body", "percentage", "equivalent_not_approx", "no_event"],
            money=[m(58420 * B, "VND"), m(2.7 * B, "USD")],
            percentages=[11.8, 13.6, 12.9],
            events=[],
        ),
        h(
            n(),
            "Khí hậu nhiệt đới gió mùa chia hai mùa rõ rệt, mùa mưa kéo dài từ tháng 5 đến tháng 11; nhiệt độ trung bình năm 26 - 27oC, độ ẩm bình quân khoảng 81%.",
            "2017-05-10",
            "ministry",
            ["document_store", "thesis_body", "percentage", "no_event"],
            percentages=[81],
            events=[],
        ),
        h(
            n(),
            "Đại học Kinh tế Quốc dânĐại học Kinh tế Quốc dânĐại học Kinh tế Quốc dân\nCHƯƠNG II: THU HÚT VỐN ĐẦU TƯ NƯỚC NGỒI Nguồn: TS. Phạm Văn Khơi I KHÁI NIỆM • Theo hình thức: - Đầu tư trực tiếp (FDI) - Đầu tư gián tiếp • Theo chủ thể: nhà đầu tư tư nhân, tổ chức tài chính quốc tế...",
            "2019-11-25",
            "ministry",
            [
                "document_store",
                "lecture_notes",
                "mojibake",
                "repeated_header",
                "title_not_role",
                "multiline",
                "no_event",
            ],
            organizations=["Đại học Kinh tế Quốc dân"],
            persons=[per("Phạm Văn Khơi", None)],
            events=[],
        ),
        h(
            n(),
            "Bản tin pháp lý – Tháng 3, 2021\n\nĐiểm mới về thủ tục đầu tư trong Luật Đầu tư 2020\n\nLê Minh Quân – Luật sư thành viên\nTrần Thu Hà – Chuyên viên pháp lý",
            "2021-03-12",
            "legal",
            ["law_firm_newsletter", "byline_with_role", "multiline", "no_event"],
            persons=[per("Lê Minh Quân", "Luật sư thành viên"), per("Trần Thu Hà", "Chuyên viên pháp lý")],
            events=[],
        ),
        h(
            n(),
            "Ngày 17/6/2020, Quốc hội thông qua Luật Đầu tư mới; luật thu hẹp danh mục ngành, nghề đầu tư kinh doanh có điều kiện xuống còn 227 ngành, nghề và bổ sung một số ngành cấm.",
            "2021-03-12",
            "legal",
            ["law_firm_newsletter", "organization", "count", "no_event"],
            organizations=["Quốc hội"],
            quantities=[c(227, "ngành, nghề")],
            events=[],
        ),
        h(
            n(),
            "Luật mới chia nhà đầu tư thành ba nhóm: nhà đầu tư trong nước, nhà đầu tư nước ngoài và tổ chức kinh tế có vốn đầu tư nước ngoài.",
            "2021-03-12",
            "legal",
            ["law_firm_newsletter", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Bắc Ninh round at a New Year business meeting (S1 r4) ---
    rows += [
        h(
            n(),
            "Hơn 1,2 tỷ USD vốn ngoại đổ về Bắc Ninh trong buổi sáng đầu xuân\nSáng 23/2, buổi gặp mặt doanh nghiệp đầu năm cũng là dịp tỉnh Bắc Ninh trao quyết định chấp thuận chủ trương đầu tư cho 6 dự án hạ tầng, tổng vốn gần 21.400 tỷ đồng.",
            "2026-02-24",
            "provincial",
            [
                "headline_lead",
                "licence_round_count",
                "unnamed_projects",
                "approx",
                "count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            money=[m(1.2 * B, "USD", approx=True), m(21400 * B, "VND", approx=True)],
            quantities=[c(6, "dự án hạ tầng")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư cấp mới được trao cho 14 doanh nghiệp FDI, giấy điều chỉnh tăng vốn cho 9 doanh nghiệp FDI khác trong các khu công nghiệp; tổng vốn đăng ký của nhóm này vượt 1,2 tỷ USD.",
            "2026-02-24",
            "provincial",
            ["licence_round_count", "capital_increase_count", "approx", "count", "no_event"],
            money=[m(1.2 * B, "USD", approx=True)],
            quantities=[c(14, "doanh nghiệp FDI"), c(9, "doanh nghiệp FDI")],
            events=[],
        ),
        h(
            n(),
            "Theo Bí thư Tỉnh ủy Bắc Ninh Nguyễn Văn Khải, 112 doanh nghiệp nộp thuế lớn nhất, phần đông thuộc ngành điện tử, đang đóng hơn 71% số thu ngân sách từ khu vực doanh nghiệp.",
            "2026-02-24",
            "provincial",
            ["role_before_name", "tinh_uy_no_org", "count", "percentage", "no_event"],
            persons=[per("Nguyễn Văn Khải", "Bí thư Tỉnh ủy Bắc Ninh")],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(112, "doanh nghiệp")],
            percentages=[71],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh Bắc Ninh trao giấy chứng nhận đầu tư cho các doanh nghiệp FDI. Ảnh: Quốc Tuấn",
            "2026-02-24",
            "provincial",
            ["caption", "unnamed_investors", "photo_credit_person", "nfd", "no_event"],
            persons=[per("Quốc Tuấn", None)],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh coi doanh nghiệp là đối tác đồng hành của chính quyền và lấy mức hài lòng của doanh nghiệp làm một thước đo trong chỉ đạo, điều hành.",
            "2026-02-24",
            "provincial",
            ["nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh cũng giới thiệu quy hoạch 27 khu công nghiệp đang mời gọi nhà đầu tư thứ cấp ở phía bắc tỉnh, phần lớn thuộc địa bàn Bắc Giang (cũ).",
            "2026-02-24",
            "provincial",
            ["planning_no_deal", "old_province_mention", "count", "no_event"],
            provinces=[pv("Bắc Giang")],
            quantities=[c(27, "khu công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Năm 2026, Bắc Ninh sẽ tiếp tục cải thiện môi trường đầu tư, hoàn thiện hạ tầng đồng bộ và ưu tiên dự án bán dẫn, công nghệ cao.",
            "2026-02-24",
            "provincial",
            ["plan_no_deal", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: Gia Lai's first conference after the merger, told by four outlets (S6 r1-r4) ---
    rows += [
        h(
            n(),
            "Sáng 26/9, tại phường Quy Nhơn, UBND tỉnh Gia Lai tổ chức Hội nghị xúc tiến đầu tư và thương mại năm 2025, với mục tiêu đưa tỉnh thành điểm đến chiến lược của giới đầu tư.",
            "2025-09-26",
            "provincial",
            ["conference_lead", "event_name_no_org", "commune_no_district", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Gia Lai"],
            provinces=[pv("Gia Lai")],
            events=[],
        ),
        h(
            n(),
            '"Chúng tôi lắng nghe trước, quyết sau, và cùng doanh nghiệp gánh phần việc khó", ông Lê Quang Tịnh, Chủ tịch UBND tỉnh Gia Lai, nói khi khai mạc.',
            "2025-09-26",
            "provincial",
            ["quote", "person_role_after", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Gia Lai"],
            persons=[per("Lê Quang Tịnh", "Chủ tịch UBND tỉnh Gia Lai")],
            provinces=[pv("Gia Lai")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh Gia Lai trao biên bản ghi nhớ đầu tư cho 45 dự án, vốn dự kiến 98.760 tỷ đồng.",
            "2025-09-26",
            "provincial",
            ["caption", "unnamed_memoranda", "count", "no_event"],
            provinces=[pv("Gia Lai")],
            money=[m(98760 * B, "VND")],
            quantities=[c(45, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Cũng tại buổi lễ, 28 dự án nhận quyết định chấp thuận chủ trương hoặc giấy chứng nhận đăng ký đầu tư, vốn hơn 27.400 tỷ đồng (trên 1 tỷ USD); 15 dự án trong số đó thuộc lĩnh vực công nghiệp.",
            "2025-09-26",
            "provincial",
            ["nfd", "licence_round_count", "unnamed_projects", "approx", "count", "no_event"],
            money=[m(27400 * B, "VND", approx=True), m(1 * B, "USD", approx=True)],
            quantities=[c(28, "dự án"), c(15, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Theo Sở Tài chính tỉnh Gia Lai, hội nghị diễn ra trong ngày hôm nay tại một khách sạn trên đường An Dương Vương, phường Quy Nhơn.",
            "2025-09-26",
            "provincial",
            ["pre_event_item", "organization", "no_event"],
            organizations=["Sở Tài chính tỉnh Gia Lai"],
            provinces=[pv("Gia Lai")],
            events=[],
        ),
        h(
            n(),
            "Trong 45 biên bản ghi nhớ, công nghiệp chiếm 25 dự án, nông - lâm - thủy sản 12 dự án, du lịch - dịch vụ 4, bất động sản 3 và cảng - logistics 1.",
            "2025-09-26",
            "provincial",
            ["sector_split", "count", "count_without_noun", "no_event"],
            quantities=[c(45, "biên bản ghi nhớ"), c(25, "dự án"), c(12, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Nổi bật trong nhóm ký ghi nhớ là Công ty CP Năng lượng Ia Pết với dự án điện gió 8.740 tỷ đồng, Công ty CP Năng lượng Sông Côn (9.150 tỷ đồng) và Tập đoàn Hải Âu Xanh, 11.200 tỷ đồng cho một khu du lịch nghỉ dưỡng.",
            "2025-09-26",
            "provincial",
            ["round_line_memoranda", "deal_no_event", "three_investors", "no_site"],
            firms=[
                f("Năng lượng Ia Pết", "Công ty CP"),
                f("Năng lượng Sông Côn", "Công ty CP"),
                f("Hải Âu Xanh", "Tập đoàn"),
            ],
            money=[m(8740 * B, "VND"), m(9150 * B, "VND"), m(11200 * B, "VND")],
            deals=[
                deal("investment", ["Năng lượng Ia Pết"], 8740 * B),
                deal("investment", ["Năng lượng Sông Côn"], 9150 * B),
                deal("investment", ["Hải Âu Xanh"], 11200 * B),
            ],
            events=[],
        ),
        h(
            n(),
            "Dự án điện tái tạo của Công ty CP Năng lượng Lam Sơn Xanh (thuộc Tập đoàn Lam Sơn) cũng có tên trong danh sách.",
            "2025-09-26",
            "provincial",
            ["round_line_memoranda", "deal_no_event", "parent_mention", "no_amount", "nfd"],
            firms=[f("Năng lượng Lam Sơn Xanh", "Công ty CP"), f("Lam Sơn", "Tập đoàn")],
            deals=[deal("investment", ["Năng lượng Lam Sơn Xanh"])],
            events=[],
        ),
        h(
            n(),
            "Riêng Công ty CP Nông nghiệp Sông Ba đăng ký đầu tư hai dự án: trồng rừng kết hợp nuôi bò (9.800 tỷ đồng, khoảng 372 triệu USD) và cụm công nghiệp chế biến nông sản ở Ia Pa (2.350 tỷ đồng).",
            "2025-09-26",
            "provincial",
            ["conference_commitment", "two_projects_one_firm", "approx", "bare_place_no_location"],
            firms=[f("Nông nghiệp Sông Ba", "Công ty CP")],
            money=[m(9800 * B, "VND"), m(372 * M, "USD", approx=True), m(2350 * B, "VND")],
            deals=[
                deal("investment", ["Nông nghiệp Sông Ba"], 9800 * B),
                deal("investment", ["Nông nghiệp Sông Ba"], 2350 * B),
            ],
            events=[
                ev("investment_announcement", [F("Nông nghiệp Sông Ba")], 9800 * B, "VND", None, "announced"),
                ev("investment_announcement", [F("Nông nghiệp Sông Ba")], 2350 * B, "VND", None, "announced"),
            ],
        ),
        h(
            n(),
            "Ông Lê Quang Tịnh cho biết đây là hội nghị đầu tiên kể từ khi Gia Lai (cũ) và Bình Định (cũ) hợp nhất; tỉnh mới có diện tích thuộc nhóm lớn nhất cả nước.",
            "2025-09-26",
            "provincial",
            ["person_no_role", "old_province_mentions", "no_event"],
            persons=[per("Lê Quang Tịnh", None)],
            provinces=[pv("Gia Lai"), pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "Gia Lai chọn 5 trụ cột tăng trưởng, đi đầu là công nghiệp chế biến, năng lượng tái tạo và công nghiệp xanh, kèm trí tuệ nhân tạo và bán dẫn gắn với trung tâm đổi mới sáng tạo vùng.",
            "2025-09-26",
            "provincial",
            ["plan_no_deal", "count", "no_event"],
            provinces=[pv("Gia Lai")],
            quantities=[c(5, "trụ cột")],
            events=[],
        ),
        h(
            n(),
            "Du lịch được định vị là ngành kinh tế mũi nhọn nhờ có cả biển, rừng và di sản Tây Nguyên – Chămpa; logistics sẽ nối cửa khẩu Lệ Thanh với cảng Quy Nhơn.",
            "2025-09-26",
            "provincial",
            ["plan_no_deal", "region_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gia Lai hút gần 126.200 tỷ đồng sau ba tháng hợp nhất\nQuyết định chủ trương, giấy chứng nhận đầu tư và biên bản ghi nhớ của 73 dự án, tổng vốn 126.160 tỷ đồng, được lãnh đạo tỉnh Gia Lai trao và ký trong ngày 26/9.",
            "2025-09-26",
            "provincial",
            [
                "headline_lead",
                "round_total_no_event",
                "passive_round",
                "approx",
                "count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Gia Lai")],
            money=[m(126200 * B, "VND", approx=True), m(126160 * B, "VND")],
            quantities=[c(73, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh Gia Lai trao biên bản ghi nhớ cho đại diện các doanh nghiệp. Ảnh: Ngọc Hân",
            "2025-09-26",
            "provincial",
            ["caption", "unnamed_investors", "photo_credit_person", "no_event"],
            persons=[per("Ngọc Hân", None)],
            provinces=[pv("Gia Lai")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Cao su Trường Sơn nhận hai biên bản ghi nhớ từ lãnh đạo tỉnh Gia Lai: hạ tầng khu công nghiệp (3.350 tỷ đồng) và nông nghiệp công nghệ cao (610 tỷ đồng).",
            "2025-09-26",
            "provincial",
            ["mou_province_leaders", "two_memoranda_one_firm", "firm_first_receives"],
            firms=[f("Cao su Trường Sơn", "Tập đoàn")],
            provinces=[pv("Gia Lai")],
            money=[m(3350 * B, "VND"), m(610 * B, "VND")],
            deals=[
                deal("investment", ["Cao su Trường Sơn"], 3350 * B, GL),
                deal("investment", ["Cao su Trường Sơn"], 610 * B, GL),
            ],
            events=[
                ev("mou", [G("tỉnh Gia Lai"), F("Cao su Trường Sơn")], 3350 * B, "VND", GL, "signed"),
                ev("mou", [G("tỉnh Gia Lai"), F("Cao su Trường Sơn")], 610 * B, "VND", GL, "signed"),
            ],
        ),
        h(
            n(),
            "Công ty CP Tập đoàn Phố Núi Xanh được trao bản ghi nhớ cho dự án điện năng lượng tái tạo 4.800 tỷ đồng.",
            "2025-09-26",
            "provincial",
            ["mou_passive_no_grantor", "ctcp_tap_doan", "no_site"],
            firms=[f("Phố Núi Xanh", "Công ty CP")],
            money=[m(4800 * B, "VND")],
            deals=[deal("investment", ["Phố Núi Xanh"], 4800 * B)],
            events=[ev("mou", [F("Phố Núi Xanh")], 4800 * B, "VND", None, "signed")],
        ),
        h(
            n(),
            "Ba khâu đột phá của tỉnh là bộ máy tinh gọn, hạ tầng giao thông - thủy lợi - logistics và hạ tầng số; các tuyến nối cao nguyên với đồng bằng ven biển và việc hiện đại hoá cảng được ưu tiên.",
            "2025-09-26",
            "provincial",
            ["old_tone", "plan_no_deal", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: Lâm Đồng's press briefing before its conference, and an old portal page (S7 r1-r3) ---
    rows += [
        h(
            n(),
            "Lâm Đồng tìm 'đại bàng' cho hội nghị xúc tiến đầu tư\nChiều 6-10, UBND tỉnh Lâm Đồng họp báo giới thiệu Hội nghị xúc tiến đầu tư 2025, chủ đề \"Lâm Đồng: Vươn tầm từ cao nguyên đến biển\", dự kiến diễn ra ngày 17 và 18-10.",
            "2025-10-07",
            "provincial",
            ["headline_lead", "press_briefing", "dash_date", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            provinces=[pv("Lâm Đồng")],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND tỉnh Lâm Đồng Trần Hữu Phước nói sau hợp nhất, tỉnh rộng nhất cả nước, có thế mạnh về chế biến nhôm, điện gió, điện mặt trời, nông sản và du lịch.",
            "2025-10-07",
            "provincial",
            ["role_before_name", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            persons=[per("Trần Hữu Phước", "Phó Chủ tịch UBND tỉnh Lâm Đồng")],
            provinces=[pv("Lâm Đồng")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 800 đại biểu sẽ dự; riêng doanh nghiệp, tỉnh mời 290 đơn vị, trong đó có những tập đoàn như Vingroup và Sun Group.",
            "2025-10-07",
            "provincial",
            ["nfd", "invitees_no_party", "bare_brand_firms", "count", "approx", "no_event"],
            firms=[f("Vingroup"), f("Sun Group")],
            quantities=[c(800, "đại biểu", True), c(290, "đơn vị")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh kỳ vọng qua hội nghị sẽ tìm được nhà đầu tư cho 140 dự án lớn, tập trung vào chế biến khoáng sản, kinh tế biển - logistics, du lịch chất lượng cao và năng lượng tái tạo.",
            "2025-10-07",
            "provincial",
            ["wish_no_deal", "count", "no_event"],
            quantities=[c(140, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh cho biết đã rà soát, phân loại vướng mắc của các dự án cũ và giao từng sở, ngành xử lý để nhà đầu tư yên tâm triển khai.",
            "2025-10-07",
            "provincial",
            ["rendered_from_japanese_copy", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dịp này, Lâm Đồng dự kiến trao quyết định chủ trương và giấy chứng nhận cho 11 dự án, tổng diện tích khoảng 2.650 ha, vốn hơn 36.000 tỷ đồng; nhiều biên bản ghi nhớ khác cũng sẽ được ký.",
            "2025-10-06",
            "provincial",
            ["planned_round_no_event", "unnamed_projects", "area", "approx", "count", "no_event"],
            provinces=[pv("Lâm Đồng")],
            money=[m(36000 * B, "VND", approx=True)],
            quantities=[c(11, "dự án")],
            areas=[ha(2650, True)],
            events=[],
        ),
        h(
            n(),
            "Ông Trần Hữu Phước, Phó Chủ tịch UBND tỉnh Lâm Đồng, trả lời báo chí. Ảnh: ĐỨC TRUNG",
            "2025-10-06",
            "provincial",
            ["caption", "person_role_after", "photo_credit_caps", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            persons=[per("Trần Hữu Phước", "Phó Chủ tịch UBND tỉnh Lâm Đồng"), per("ĐỨC TRUNG", None)],
            provinces=[pv("Lâm Đồng")],
            events=[],
        ),
        h(
            n(),
            "Bà Nguyễn Thị Thu Sương, Phó Giám đốc Sở Tài chính tỉnh Lâm Đồng, giới thiệu danh mục dự án mời gọi đầu tư.",
            "2025-10-06",
            "provincial",
            ["person_role_after", "organization", "no_event"],
            organizations=["Sở Tài chính tỉnh Lâm Đồng"],
            persons=[per("Nguyễn Thị Thu Sương", "Phó Giám đốc Sở Tài chính tỉnh Lâm Đồng")],
            provinces=[pv("Lâm Đồng")],
            events=[],
        ),
        h(
            n(),
            "Lâm Đồng: Mời gọi đầu tư vào 16 khu, cụm công nghiệp\n\nHai khu công nghiệp mới, KCN Lộc Châu rộng 412 ha (TP Bảo Lộc) và KCN Liên Nghĩa rộng 398 ha (huyện Đức Trọng), cần khoảng 1.850 tỷ đồng cho hạ tầng.",
            "2016-08-19",
            "provincial",
            [
                "old_portal_page",
                "headline_lead",
                "park",
                "district",
                "area",
                "approx",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Lâm Đồng")],
            money=[m(1850 * B, "VND", approx=True)],
            quantities=[c(16, "khu, cụm công nghiệp")],
            locations=[
                park("Khu công nghiệp Lộc Châu"),
                district("TP Bảo Lộc"),
                park("Khu công nghiệp Liên Nghĩa"),
                district("huyện Đức Trọng"),
            ],
            areas=[ha(412), ha(398)],
            events=[],
        ),
        h(
            n(),
            "KCN Lộc Sơn, KCN Phú Hội và 12 cụm công nghiệp đang hoạt động đã có hơn 80 dự án đăng ký, vốn trên 2.900 tỷ đồng; 63 dự án đã được cấp phép, chủ yếu chế biến chè, cà phê và nông sản hàng hoá.",
            "2016-08-19",
            "provincial",
            ["old_portal_page", "park", "cumulative_total", "approx", "count", "old_tone", "no_event"],
            money=[m(2900 * B, "VND", approx=True)],
            quantities=[c(12, "cụm công nghiệp"), c(80, "dự án", True), c(63, "dự án")],
            locations=[park("Khu công nghiệp Lộc Sơn"), park("Khu công nghiệp Phú Hội")],
            events=[],
        ),
    ]
    # --- Vietnamese news: national FDI tallies by merged province (S8 r1-r4) ---
    rows += [
        h(
            n(),
            "Chín tháng 2025: 11 địa phương sau sáp nhập vượt mốc 1 tỷ USD vốn FDI",
            "2025-10-08",
            "ministry",
            ["headline", "count", "no_event"],
            money=[m(1 * B, "USD")],
            quantities=[c(11, "địa phương")],
            events=[],
        ),
        h(
            n(),
            "Theo Cục Đầu tư nước ngoài (Bộ Tài chính), tổng vốn đăng ký cấp mới, điều chỉnh và góp vốn, mua cổ phần của nhà đầu tư nước ngoài sau 9 tháng đạt 28,54 tỷ USD, tăng 15,2%.",
            "2025-10-08",
            "ministry",
            ["national_total", "organization", "percentage", "no_event"],
            organizations=["Cục Đầu tư nước ngoài", "Bộ Tài chính"],
            money=[m(28.54 * B, "USD")],
            percentages=[15.2],
            events=[],
        ),
        h(
            n(),
            "Vốn ngoại đã vào 56 tỉnh, thành; nổi lên các trung tâm mới như TP.HCM (hợp nhất với Bình Dương và Bà Rịa - Vũng Tàu), Bắc Ninh (với Bắc Giang), Đồng Nai (với Bình Phước) và Hải Phòng (với Hải Dương).",
            "2025-10-08",
            "ministry",
            ["merged_provinces_list", "old_province_mentions", "count", "no_event"],
            provinces=[
                pv("Hồ Chí Minh"),
                pv("Bình Dương"),
                pv("Bà Rịa - Vũng Tàu"),
                pv("Bắc Ninh"),
                pv("Bắc Giang"),
                pv("Đồng Nai"),
                pv("Bình Phước"),
                pv("Hải Phòng"),
                pv("Hải Dương"),
            ],
            quantities=[c(56, "tỉnh, thành")],
            events=[],
        ),
        h(
            n(),
            "Riêng TP.HCM hút 4,91 tỷ USD: 1.204 dự án mới với 1,52 tỷ USD, 301 dự án điều chỉnh tăng 1,77 tỷ USD và 1.612 giao dịch góp vốn, mua cổ phần trị giá 1,62 tỷ USD.",
            "2025-10-08",
            "ministry",
            ["province_total", "count", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(4.91 * B, "USD"), m(1.52 * B, "USD"), m(1.77 * B, "USD"), m(1.62 * B, "USD")],
            quantities=[c(1204, "dự án"), c(301, "dự án"), c(1612, "giao dịch")],
            events=[],
        ),
        h(
            n(),
            "Hà Nội đứng thứ hai với hơn 4,1 tỷ USD, gấp 2,3 lần cùng kỳ; riêng tháng 9, thành phố hút 612,5 triệu USD vốn ngoại.",
            "2025-10-08",
            "ministry",
            ["province_total", "approx", "times_no_percentage", "no_event"],
            provinces=[pv("Hà Nội")],
            money=[m(4.1 * B, "USD", approx=True), m(612.5 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Quý I/2025 có 912 dự án mới được cấp phép, vốn đăng ký 4,6 tỷ USD, tăng 9,8% về số dự án nhưng giảm 27,4% về vốn so với cùng kỳ.",
            "2025-04-09",
            "ministry",
            ["national_total", "count", "percentage", "no_event"],
            money=[m(4.6 * B, "USD")],
            quantities=[c(912, "dự án")],
            percentages=[9.8, 27.4],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh dẫn đầu quý I với gần 2,1 tỷ USD, chiếm 18,4% cả nước; Hà Nội xếp sau với khoảng 1,5 tỷ USD.\n![]() |\nẢnh minh họa - Nguồn: Internet |",
            "2025-04-09",
            "ministry",
            ["province_ranking", "approx", "percentage", "image_placeholder", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Hà Nội")],
            money=[m(2.1 * B, "USD", approx=True), m(1.5 * B, "USD", approx=True)],
            percentages=[18.4],
            events=[],
        ),
        h(
            n(),
            "Tỉnh thành nào dẫn đầu vốn FDI 9 tháng năm 2025?\nThứ tư, 08/10/2025 10:12 (GMT+7)\nHà Nội, Bắc Ninh và TP.HCM tiếp tục là ba địa phương hút nhiều vốn ngoại nhất cả nước.",
            "2025-10-08",
            "ministry",
            ["headline_lead", "timestamp", "count_in_words", "multiline", "no_event"],
            provinces=[pv("Hà Nội"), pv("Bắc Ninh"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Công nghiệp chế biến, chế tạo dẫn đầu với gần 15,6 tỷ USD, chiếm 54,7% tổng vốn đăng ký; kinh doanh bất động sản theo sau với 6,3 tỷ USD.",
            "2025-10-08",
            "ministry",
            ["sector_total", "approx", "percentage", "nfd", "no_event"],
            money=[m(15.6 * B, "USD", approx=True), m(6.3 * B, "USD")],
            percentages=[54.7],
            events=[],
        ),
        h(
            n(),
            "Không phải Nhật Bản hay Hàn Quốc, Singapore mới là nền kinh tế rót nhiều vốn nhất vào Việt Nam sau 9 tháng với hơn 5,2 tỷ USD",
            "2025-10-09",
            "ministry",
            ["headline", "country", "investor_country_total", "approx", "no_event"],
            money=[m(5.2 * B, "USD", approx=True)],
            locations=[country("Nhật Bản"), country("Hàn Quốc"), country("Singapore")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the new Phú Thọ on the northern investment map (S10 r3) ---
    rows += [
        h(
            n(),
            "Sau hợp nhất, tỉnh Phú Thọ mới nổi lên trên bản đồ đầu tư phía Bắc\nHình thành từ Vĩnh Phúc, Hoà Bình và Phú Thọ, tỉnh mới đang được định vị thành trung tâm công nghiệp công nghệ cao và logistics của vùng.",
            "2025-08-20",
            "provincial",
            ["headline_lead", "old_province_mentions", "old_tone", "multiline", "no_event"],
            provinces=[pv("Phú Thọ"), pv("Vĩnh Phúc"), pv("Hòa Bình")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh rộng hơn 9.300 km², dân số trên 4 triệu người, có 148 đơn vị hành chính cấp xã và chỉ cách Hà Nội 50-80 km.",
            "2025-08-20",
            "provincial",
            ["km2_to_ha", "approx", "count", "distance_no_count", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(4_000_000, "người", True), c(148, "đơn vị hành chính cấp xã")],
            areas=[ha(930000, True)],
            events=[],
        ),
        h(
            n(),
            "Trục cao tốc Nội Bài – Lào Cai được định hướng thành hành lang công nghiệp - logistics nội vùng, nối với tuyến đường sắt tốc độ cao Lào Cai – Hà Nội – Hải Phòng trong tương lai.",
            "2025-08-20",
            "provincial",
            ["plan_no_deal", "province_in_route_name", "no_event"],
            provinces=[pv("Lào Cai"), pv("Hà Nội"), pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "KCN Khai Quang, KCN Bá Thiện và KCN Thụy Vân đã đón nhiều tập đoàn lớn; KCN Tam Dương 2 do Công ty CP Đông Dương Land làm chủ đầu tư và KCN Sông Lô 1 đang được kỳ vọng kéo về các dự án bán dẫn.",
            "2025-08-20",
            "provincial",
            ["park", "investor_line", "deal_no_event", "no_site", "hope_no_deal"],
            firms=[f("Đông Dương Land", "Công ty CP")],
            locations=[
                park("Khu công nghiệp Khai Quang"),
                park("Khu công nghiệp Bá Thiện"),
                park("Khu công nghiệp Thụy Vân"),
                park("Khu công nghiệp Tam Dương 2"),
                park("Khu công nghiệp Sông Lô 1"),
            ],
            deals=[deal("investment", ["Đông Dương Land"])],
            events=[],
        ),
    ]
    # --- Vietnamese news: Quảng Ngãi, an old conference report, its zone after the merger with Kon Tum, on-site promotion (S14 r1 r3 r4) ---
    rows += [
        h(
            n(),
            "Quảng Ngãi hiện có 3 khu công nghiệp tập trung và 16 cụm công nghiệp; Khu kinh tế Dung Quất, rộng hơn 10.000 ha khi thành lập, vẫn là đầu tàu hút vốn.",
            "2017-10-21",
            "provincial",
            ["nfd", "portal_copy", "zone", "count", "area", "approx", "no_event"],
            provinces=[pv("Quảng Ngãi")],
            quantities=[c(3, "khu công nghiệp"), c(16, "cụm công nghiệp")],
            locations=[zone("Khu kinh tế Dung Quất")],
            areas=[ha(10000, True)],
            events=[],
        ),
        h(
            n(),
            "Đến nay khu kinh tế này có 141 dự án, tổng vốn đăng ký gần 11,6 tỷ USD, gồm 31 dự án FDI (4,3 tỷ USD) và 110 dự án trong nước (7,3 tỷ USD).",
            "2017-10-21",
            "provincial",
            ["portal_copy", "cumulative_total", "approx", "count", "no_event"],
            money=[m(11.6 * B, "USD", approx=True), m(4.3 * B, "USD"), m(7.3 * B, "USD")],
            quantities=[c(141, "dự án"), c(31, "dự án FDI"), c(110, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Dự án bò sữa của Công ty CP Sữa Đồng Xanh ở xã Đức Phong, huyện Mộ Đức rộng khoảng 118 ha, nuôi 3.500 con, vốn khoảng 650 tỷ đồng, là dự án nông nghiệp lớn nhất tỉnh từ trước tới nay.",
            "2017-10-21",
            "provincial",
            ["recalled_investment", "deal_no_event", "district", "area", "approx", "count", "no_site"],
            firms=[f("Sữa Đồng Xanh", "Công ty CP")],
            money=[m(650 * B, "VND", approx=True)],
            quantities=[c(3500, "con")],
            locations=[district("huyện Mộ Đức")],
            areas=[ha(118, True)],
            deals=[deal("investment", ["Sữa Đồng Xanh"], 650 * B)],
            events=[],
        ),
        h(
            n(),
            "Nhiều tập đoàn nước ngoài cũng đã đến tìm hiểu, như Công ty Phát triển Điện lực Kansai (Nhật Bản) và Tập đoàn Dệt may Carolina của Mỹ.",
            "2017-10-21",
            "provincial",
            ["exploring_no_deal", "country_bracket", "country", "nfd", "no_event"],
            firms=[f("Phát triển Điện lực Kansai", "Công ty"), f("Dệt may Carolina", "Tập đoàn")],
            locations=[country("Nhật Bản"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Ông Trần Văn Minh, Chủ tịch UBND tỉnh Quảng Ngãi, cho biết tỉnh đã sửa cơ chế để nhà đầu tư thuận lợi nhất và duy trì buổi cà phê doanh nhân mỗi tháng một lần.",
            "2017-10-21",
            "provincial",
            ["person_role_after", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ngãi"],
            persons=[per("Trần Văn Minh", "Chủ tịch UBND tỉnh Quảng Ngãi")],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng Chính phủ Phạm Quang Hiển (ảnh nhỏ) phát biểu tại hội nghị.",
            "2017-10-21",
            "provincial",
            ["caption", "role_before_name", "no_event"],
            persons=[per("Phạm Quang Hiển", "Phó Thủ tướng Chính phủ")],
            events=[],
        ),
        h(
            n(),
            "Quảng Ngãi: không gian mở rộng, thêm lực hút đầu tư\n(TBTCO) - Hợp nhất với Kon Tum mở rộng không gian phát triển cho Quảng Ngãi và là cơ hội để tỉnh thành hạt nhân tăng trưởng của vùng.",
            "2025-08-14",
            "provincial",
            ["headline_lead", "outlet_prefix_no_org", "multiline", "no_event"],
            provinces=[pv("Quảng Ngãi"), pv("Kon Tum")],
            events=[],
        ),
        h(
            n(),
            "Theo Ban Quản lý Khu kinh tế Dung Quất và các KCN tỉnh Quảng Ngãi, từ đầu năm các khu kinh tế và khu công nghiệp của tỉnh đã cấp mới 12 dự án, vốn 12.960 tỷ đồng (khoảng 493 triệu USD), và điều chỉnh tăng vốn 15 dự án, thêm hơn 7.410 tỷ đồng.",
            "2025-08-14",
            "provincial",
            ["period_total", "organization", "approx", "count", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp tỉnh Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            money=[m(12960 * B, "VND"), m(493 * M, "USD", approx=True), m(7410 * B, "VND", approx=True)],
            quantities=[c(12, "dự án"), c(15, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Lũy kế, các khu này có 451 dự án còn hiệu lực, vốn đăng ký khoảng 19,3 tỷ USD; 349 dự án đang hoạt động, sử dụng 79.240 lao động.",
            "2025-08-14",
            "provincial",
            ["cumulative_total", "approx", "count", "no_event"],
            money=[m(19.3 * B, "USD", approx=True)],
            quantities=[c(451, "dự án"), c(349, "dự án"), c(79240, "lao động")],
            events=[],
        ),
        h(
            n(),
            "Dung Quất đã hút nhiều dự án trọng điểm như tổ hợp luyện thép của Tập đoàn Thép Trà Khúc hay nhà máy cơ khí nặng của Công ty TNHH Cơ khí Nặng Sa Kỳ.",
            "2025-08-14",
            "provincial",
            ["recalled_projects_with_owners", "deal_no_event", "bare_place_no_location", "no_site"],
            firms=[f("Thép Trà Khúc", "Tập đoàn"), f("Cơ khí Nặng Sa Kỳ", "Công ty TNHH")],
            deals=[deal("investment", ["Thép Trà Khúc"]), deal("investment", ["Cơ khí Nặng Sa Kỳ"])],
            events=[],
        ),
        h(
            n(),
            "Quảng Ngãi chọn cách xúc tiến đầu tư tại chỗ: hỗ trợ các dự án đã cấp phép triển khai nhanh, ổn định sản xuất, để chính nhà đầu tư đó mở rộng và kéo thêm người mới.",
            "2024-06-12",
            "provincial",
            ["on_site_promotion", "no_event"],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "Trong 5 tháng đầu năm, tỉnh đã đón và làm việc với 14 đoàn nhà đầu tư trong và ngoài nước đến khảo sát Khu kinh tế Dung Quất và các KCN.",
            "2024-06-12",
            "provincial",
            ["visits_no_deal", "zone", "count", "no_event"],
            quantities=[c(14, "đoàn nhà đầu tư")],
            locations=[zone("Khu kinh tế Dung Quất")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh cũng tiếp và làm việc với Công ty Aqualis Asia về phương án đầu tư trạm xử lý nước thải tập trung ở KCN phía Đông Dung Quất.",
            "2024-06-12",
            "provincial",
            ["working_session_no_deal", "park", "no_event"],
            firms=[f("Aqualis Asia", "Công ty")],
            locations=[park("Khu công nghiệp phía Đông Dung Quất")],
            events=[],
        ),
    ]
    # --- Vietnamese news: Nhơn Hội in an old print page, a conference plan in Bà Rịa - Vũng Tàu, a Thái Nguyên preview (S15 r1, S16 r1-r2) ---
    rows += [
        h(
            n(),
            "3,4 tỉ USD đăng ký vào Khu Kinh tế Nhơn Hội\n\n(NLĐ)- Ngày 14-9, UBND tỉnh Bình Định cho biết hơn 70 nhà đầu tư trong và ngoài nước đã đăng ký 3,4 tỉ USD vào KKT Nhơn Hội.",
            "2006-09-15",
            "provincial",
            [
                "print_page",
                "headline_lead",
                "zone",
                "unnamed_investors",
                "approx",
                "count",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bình Định"],
            provinces=[pv("Bình Định")],
            money=[m(3.4 * B, "USD"), m(3.4 * B, "USD")],
            quantities=[c(70, "nhà đầu tư", True)],
            locations=[zone("Khu kinh tế Nhơn Hội")],
            events=[],
        ),
        h(
            n(),
            "Ông Lê Văn Trọng, nguyên Chủ tịch UBND huyện Tuy Phước, được bổ nhiệm làm Phó trưởng Ban Thường trực Ban Quản lý KKT Nhơn Hội.",
            "2006-09-15",
            "provincial",
            ["appointment", "person_role_after", "district_in_org", "zone_in_org_name", "no_event"],
            organizations=["Ủy ban nhân dân huyện Tuy Phước", "Ban Quản lý Khu kinh tế Nhơn Hội"],
            persons=[per("Lê Văn Trọng", "nguyên Chủ tịch UBND huyện Tuy Phước")],
            locations=[district("huyện Tuy Phước")],
            events=[],
        ),
        h(
            n(),
            "Ngày 16/5, ông Trần Văn Thắng, Phó Chủ tịch UBND tỉnh, chủ trì cuộc họp nghe Sở KH-ĐT báo cáo dự thảo kế hoạch hội nghị xúc tiến đầu tư năm 2022 và danh mục dự án kêu gọi đầu tư giai đoạn 2021-2025.",
            "2022-05-17",
            "provincial",
            ["meeting_no_deal", "person_role_after", "bare_unit_no_org", "no_event"],
            persons=[per("Trần Văn Thắng", "Phó Chủ tịch UBND tỉnh")],
            events=[],
        ),
        h(
            n(),
            'Hội nghị dự kiến diễn ra trong tháng 7/2022 tại một khu nghỉ dưỡng ở xã Bình Châu, huyện Xuyên Mộc, chủ đề "Bà Rịa - Vũng Tàu – Điểm hẹn đầu tư xanh"; cả năm tỉnh dự kiến 7 hoạt động xúc tiến trong và ngoài nước, kinh phí hơn 5,8 tỷ đồng.\nTin, ảnh: MINH HẢI',
            "2022-05-17",
            "provincial",
            ["plan_no_deal", "district", "count", "approx", "byline_caps", "multiline", "no_event"],
            persons=[per("MINH HẢI", None)],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(5.8 * B, "VND", approx=True)],
            quantities=[c(7, "hoạt động xúc tiến")],
            locations=[district("huyện Xuyên Mộc")],
            events=[],
        ),
        h(
            n(),
            "Hội nghị xúc tiến đầu tư ngày 12-7 tới sẽ công bố 71 dự án ưu tiên mời gọi: công nghiệp 16 dự án, nông nghiệp 21, thương mại - văn hoá - du lịch 13, giao thông - đô thị 17 và y tế - giáo dục 4.",
            "2018-06-20",
            "provincial",
            ["old_tone", "nfd", "planned_list", "count", "count_without_noun", "no_event"],
            quantities=[c(71, "dự án"), c(16, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Dự kiến khoảng 12 dự án sẽ nhận giấy chứng nhận đăng ký đầu tư, 4 dự án nhận quyết định chủ trương và hơn 20 dự án ký biên bản ghi nhớ, tổng vốn trên 18 nghìn tỷ đồng.",
            "2018-06-20",
            "provincial",
            ["planned_round_no_event", "approx", "count", "nghin_ty", "no_event"],
            money=[m(18000 * B, "VND", approx=True)],
            quantities=[c(12, "dự án", True), c(4, "dự án"), c(20, "dự án", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: Đồng Nai's eleven-month FDI tally with its largest licences (S4 r4) ---
    rows += [
        h(
            n(),
            "Sau 11 tháng, Ban Quản lý các KCN - KKT tỉnh Đồng Nai đã cấp mới và cho tăng vốn 341 dự án FDI, tổng vốn gần 2,7 tỉ USD, bằng 138% kế hoạch năm.",
            "2025-12-03",
            "provincial",
            ["period_total", "organization_expanded", "approx", "count", "percentage", "no_event"],
            organizations=["Ban Quản lý các khu công nghiệp - khu kinh tế tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            money=[m(2.7 * B, "USD", approx=True)],
            quantities=[c(341, "dự án FDI")],
            percentages=[138],
            events=[],
        ),
        h(
            n(),
            "Trong đó, 156 dự án mới đăng ký hơn 1,1 tỉ USD; 185 dự án được điều chỉnh tăng thêm trên 1,5 tỉ USD.",
            "2025-12-03",
            "provincial",
            ["period_total", "approx", "count", "no_event"],
            money=[m(1.1 * B, "USD", approx=True), m(1.5 * B, "USD", approx=True)],
            quantities=[c(156, "dự án"), c(185, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Lớn nhất trong số dự án được cấp phép là trung tâm phân phối lạnh 96,4 triệu USD của Orchid Cold Chain Holdings Pte. Ltd. (Singapore) ở cụm công nghiệp Thạnh Phú; kế đến là nhà máy vật liệu composite gần 38 triệu USD của Công ty TNHH Long Thành Composite, vốn Hàn Quốc, tại KCN Long Thành.",
            "2025-12-03",
            "provincial",
            [
                "project_lines",
                "passive_licensed_adjective",
                "amount_before_owner",
                "foreign_legal_form",
                "country",
                "park",
                "approx",
                "no_site",
            ],
            firms=[f("Orchid Cold Chain Holdings", "Pte. Ltd."), f("Long Thành Composite", "Công ty TNHH")],
            money=[m(96.4 * M, "USD"), m(38 * M, "USD", approx=True)],
            locations=[
                country("Singapore"),
                park("Cụm công nghiệp Thạnh Phú"),
                country("Hàn Quốc"),
                park("Khu công nghiệp Long Thành"),
            ],
            deals=[
                deal("investment", ["Orchid Cold Chain Holdings"], 96.4 * M),
                deal("investment", ["Long Thành Composite"], 38 * M),
            ],
            events=[
                ev(
                    "investment_licence", [F("Orchid Cold Chain Holdings")], 96.4 * M, "USD", None, "licensed"
                ),
                ev("investment_licence", [F("Long Thành Composite")], 38 * M, "USD", None, "licensed"),
            ],
        ),
        h(
            n(),
            "Đồng Nai tiếp tục ở nhóm địa phương dẫn đầu cả nước về thu hút FDI, ưu tiên dự án vốn lớn, công nghệ tiên tiến và công nghiệp hỗ trợ.",
            "2025-12-03",
            "provincial",
            ["ranking_no_deal", "no_event"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
    ]
    # --- English: VNS on two Bắc Ninh rounds, VietnamPlus on Tây Ninh and Bắc Ninh, VNS on Phú Thọ and a Bắc Ninh conference (S1 r2 r3, S3 r2, S10 r2, S17 r1-r4, S19 r2) ---
    rows += [
        h(
            n(),
            "BẮC NINH — Projects worth US$2.3 billion belonging to 21 domestic and foreign firms received investment registration certificates from the People's Committee of Bắc Ninh Province on Thursday.",
            "2026-01-09",
            "ministry",
            [E, "dateline_caps", "round_total_no_event", "passive_round", "weekday_no_date", "count"],
            organizations=["People's Committee of Bắc Ninh Province"],
            provinces=[pv("Bắc Ninh")],
            money=[m(2.3 * B, "USD")],
            quantities=[c(21, "domestic and foreign firms")],
            events=[],
        ),
        h(
            n(),
            '"You chose Bắc Ninh; we will walk every step of your projects with you," said Nguyễn Văn Khải, secretary of the provincial Party Committee.',
            "2026-01-09",
            "ministry",
            [E, "quote", "person_role_after", "no_event"],
            persons=[per("Nguyễn Văn Khải", "secretary of the provincial Party Committee")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "BẮC NINH — Fifty-three new foreign direct investment (FDI) projects worth more than US$240 million have been licensed in Bắc Ninh since January, the provincial Department of Finance said.",
            "2026-03-02",
            "ministry",
            [E, "dateline_caps", "count_in_words", "bare_unit_no_org", "approx", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(240 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Another 27 existing FDI projects won approval to add a combined $1.35 billion.",
            "2026-03-02",
            "ministry",
            [E, "capital_increase_count", "count", "no_event"],
            money=[m(1.35 * B, "USD")],
            quantities=[c(27, "existing FDI projects")],
            events=[],
        ),
        h(
            n(),
            "In January and February, 31 domestic projects worth VNĐ124.6 trillion ($4.8 billion) were licensed, and 17 running projects raised their capital by over VNĐ910 billion.",
            "2026-03-02",
            "ministry",
            [E, "period_total", "trillion", "approx", "count", "no_event"],
            money=[m(124_600 * B, "VND"), m(4.8 * B, "USD"), m(910 * B, "VND", approx=True)],
            quantities=[c(31, "domestic projects"), c(17, "running projects")],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh now counts 2,637 valid FDI projects with nearly $46.2 billion in registered capital. — VNS",
            "2026-03-02",
            "ministry",
            [E, "cumulative_total", "approx", "count", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(46.2 * B, "USD", approx=True)],
            quantities=[c(2637, "valid FDI projects")],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) – Tay Ninh authorities licensed or approved in principle 14 foreign-invested projects with 103 million USD in registered capital in the first nine months of 2021.",
            "2021-10-22",
            "ministry",
            [E, "dateline_province", "period_total", "count", "no_event"],
            provinces=[pv("Hà Nội"), pv("Tây Ninh")],
            money=[m(103 * M, "USD")],
            quantities=[c(14, "foreign-invested projects")],
            events=[],
        ),
        h(
            n(),
            "Some 19 existing foreign projects registered to add 582.6 million USD over the same period, the provincial Department of Planning and Investment said.",
            "2021-10-22",
            "ministry",
            [E, "capital_increase_count", "approx", "bare_unit_no_org", "no_event"],
            money=[m(582.6 * M, "USD")],
            quantities=[c(19, "existing foreign projects", True)],
            events=[],
        ),
        h(
            n(),
            "Tay Ninh also holds cooperation agreements in farming, trade and technology with four provinces of Cambodia and two cities of the Republic of Korea.",
            "2021-10-22",
            "ministry",
            [E, "recalled_agreements_no_event", "country", "count_in_words", "no_event"],
            provinces=[pv("Tây Ninh")],
            locations=[country("Cambodia"), country("Republic of Korea")],
            events=[],
        ),
        h(
            n(),
            "HÀ NỘI — Foreign investors are taking a hard look at Phú Thọ, which the July 1 merger of Phú Thọ, Hoà Bình and Vĩnh Phúc provinces turned into one of the north's largest industrial provinces.",
            "2025-09-06",
            "ministry",
            [E, "dateline_caps", "old_province_mentions", "old_tone", "no_event"],
            provinces=[pv("Hà Nội"), pv("Phú Thọ"), pv("Hòa Bình"), pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "In the first eight months, the locality drew US$702.4 million in FDI: $127 million in 41 newly licensed projects and $575 million added by 52 existing ones.",
            "2025-09-06",
            "ministry",
            [E, "period_total", "count", "count_without_noun", "no_event"],
            money=[m(702.4 * M, "USD"), m(127 * M, "USD"), m(575 * M, "USD")],
            quantities=[c(41, "newly licensed projects")],
            events=[],
        ),
        h(
            n(),
            "Director of the provincial Department of Finance Đỗ Thị Lan said the province aimed its promotion at strategic partners rather than at volume.",
            "2025-09-06",
            "ministry",
            [E, "role_before_name", "bare_unit_no_org", "no_event"],
            persons=[per("Đỗ Thị Lan", "Director of the provincial Department of Finance")],
            events=[],
        ),
        h(
            n(),
            "Assembling camera modules at Kyowa Optics Bac Ninh Co., Ltd, a foreign-invested firm in Que Vo II Industrial Park (Photo: VNA)",
            "2023-12-05",
            "ministry",
            [
                E,
                "caption",
                "province_in_firm_name",
                "english_park_no_location",
                "agency_credit_no_org",
                "no_event",
            ],
            firms=[f("Kyowa Optics Bac Ninh", "Co., Ltd.")],
            events=[],
        ),
        h(
            n(),
            "Bac Ninh (VNA) – By November 20, the northern province of Bac Ninh had licensed 326 new FDI projects worth more than 951 million USD, 3.2 times the number a year earlier.",
            "2023-12-05",
            "ministry",
            [E, "dateline_province", "period_total", "approx", "times_no_percentage", "count", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(951 * M, "USD", approx=True)],
            quantities=[c(326, "new FDI projects")],
            events=[],
        ),
        h(
            n(),
            "HÀ NỘI — Investment certificates worth about US$7.4 billion were handed out at a Bắc Ninh investment promotion conference on Friday, a sign of how confident firms remain in the province.",
            "2025-10-25",
            "ministry",
            [E, "dateline_caps", "round_total_no_event", "approx", "no_event"],
            provinces=[pv("Hà Nội"), pv("Bắc Ninh")],
            money=[m(7.4 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Deputy Prime Minister Phạm Quang Hiển said the merger with Bắc Giang had left Bắc Ninh with more than 50 industrial parks, 22 of them operating, and the makings of a northern high-tech and logistics hub.",
            "2025-10-25",
            "ministry",
            [E, "role_before_name", "old_province_mention", "approx", "count", "no_event"],
            persons=[per("Phạm Quang Hiển", "Deputy Prime Minister")],
            provinces=[pv("Bắc Giang"), pv("Bắc Ninh")],
            quantities=[c(50, "industrial parks", True)],
            events=[],
        ),
    ]
    # --- English: Đồng Nai's own English pages (S18 r1-r3) ---
    rows += [
        h(
            n(),
            "(ĐN)- On May 16, the People's Committee of Dong Nai province held an investment promotion conference in Nagoya to draw more Japanese firms to the province.",
            "2012-05-17",
            "provincial",
            [
                E,
                "outlet_prefix_no_org",
                "foreign_city_no_location",
                "english_adjective_no_country",
                "no_event",
            ],
            organizations=["People's Committee of Dong Nai province"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "On this occasion, Dinh Van Luc, chairman of the provincial People's Committee, handed an investment licence for a US$5.2 million project to Kowa Seimitsu Co., Ltd., a maker of precision springs.",
            "2012-05-17",
            "provincial",
            [E, "licence", "leader_of_bare_committee", "person_role_after", "no_site"],
            persons=[per("Dinh Van Luc", "chairman of the provincial People's Committee")],
            firms=[f("Kowa Seimitsu", "Co., Ltd.")],
            money=[m(5.2 * M, "USD")],
            deals=[deal("investment", ["Kowa Seimitsu"], 5.2 * M)],
            events=[ev("investment_licence", [F("Kowa Seimitsu")], 5.2 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Japan ranks third among foreign investors in Dong Nai, with 112 projects worth more than US$2.05 billion.",
            "2012-05-17",
            "provincial",
            [E, "country", "cumulative_total", "approx", "ordinal_not_count", "no_event"],
            provinces=[pv("Đồng Nai")],
            money=[m(2.05 * B, "USD", approx=True)],
            quantities=[c(112, "projects")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Posted Date: 20/11/2017\nMr. Zhou Jianming – Vice Mayor of Changzhou City (Jiangsu province, China) paid a working visit to Dong Nai on November 14th.",
            "2017-11-20",
            "provincial",
            [
                E,
                "posted_date_line",
                "person_role_after_dash",
                "country",
                "visit_no_deal",
                "multiline",
                "no_event",
            ],
            persons=[per("Zhou Jianming", "Vice Mayor of Changzhou City")],
            provinces=[pv("Đồng Nai")],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Some 95 Chinese enterprises have invested about 1.3 billion USD in Dong Nai, Vice Chairman of the Dong Nai People's Committee Nguyen Thanh Tam told the guests.",
            "2017-11-20",
            "provincial",
            [E, "cumulative_total", "approx", "role_before_name", "english_adjective_no_country", "no_event"],
            organizations=["Dong Nai People's Committee"],
            persons=[per("Nguyen Thanh Tam", "Vice Chairman of the Dong Nai People's Committee")],
            provinces=[pv("Đồng Nai")],
            money=[m(1.3 * B, "USD", approx=True)],
            quantities=[c(95, "Chinese enterprises", True)],
            events=[],
        ),
        h(
            n(),
            "The same day, Changzhou City and Long Khanh City signed a memorandum of understanding on socio-economic cooperation.",
            "2017-11-20",
            "provincial",
            [E, "mou_two_localities", "event_no_deal", "no_site"],
            events=[ev("mou", [G("Changzhou City"), G("Long Khanh City")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Thu Huong",
            "2017-11-20",
            "provincial",
            [E, "byline", "no_event"],
            persons=[per("Thu Huong", None)],
            events=[],
        ),
        h(
            n(),
            "On February 19, Mr. Kenji Sato, Director of International Affairs of the Chubu Bureau of Economy, Trade and Industry (METI-Chubu), led a delegation to Dong Nai to review past cooperation.",
            "2019-02-22",
            "provincial",
            [E, "person_role_after", "organization", "visit_no_deal", "no_event"],
            organizations=["Chubu Bureau of Economy, Trade and Industry"],
            persons=[
                per(
                    "Kenji Sato",
                    "Director of International Affairs of the Chubu Bureau of Economy, Trade and Industry",
                )
            ],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Japanese companies have put more than USD 4.7 billion into Dong Nai, about 90% of it in industrial production, helped by a five-year cooperation agreement the two sides signed earlier.",
            "2019-02-22",
            "provincial",
            [E, "cumulative_total", "recalled_agreement_no_event", "approx", "percentage", "no_event"],
            provinces=[pv("Đồng Nai")],
            money=[m(4.7 * B, "USD", approx=True)],
            percentages=[90],
            events=[],
        ),
    ]
    # --- English: VietnamPlus on Phú Thọ's targets and parks, a Phú Thọ ceremony for two capital increases (S19 r1 r3 r4) ---
    rows += [
        h(
            n(),
            "Phu Tho (VNA) - The northern province of Phu Tho aims to attract 2.5-3 billion USD in foreign direct investment by 2025 and to disburse up to 75 percent of it.",
            "2021-07-20",
            "ministry",
            [E, "dateline_province", "target_no_deal", "money_range", "percentage", "no_event"],
            provinces=[pv("Phú Thọ")],
            money=[m(2.5 * B, "USD"), m(3 * B, "USD")],
            percentages=[75],
            events=[],
        ),
        h(
            n(),
            "As of June 2021, Phu Tho had 176 FDI projects with over 1.65 billion USD in registered capital.",
            "2021-07-20",
            "ministry",
            [E, "cumulative_total", "approx", "count", "no_event"],
            provinces=[pv("Phú Thọ")],
            money=[m(1.65 * B, "USD", approx=True)],
            quantities=[c(176, "FDI projects")],
            events=[],
        ),
        h(
            n(),
            "Four operational industrial parks in Phu Tho – Thuy Van, Trung Ha, Phu Ha and Cam Khe – have drawn 109 projects over five years, 57 of them FDI.",
            "2021-09-15",
            "ministry",
            [E, "english_park_no_location", "count_in_words", "count", "count_without_noun", "no_event"],
            provinces=[pv("Phú Thọ")],
            quantities=[c(109, "projects")],
            events=[],
        ),
        h(
            n(),
            "Electronics plants branded Seonam Phu Tho, KTC Vina and Hanul Optics Vina have also landed in the province, all from the Republic of Korea.",
            "2021-09-15",
            "ministry",
            [E, "brand_named_plants_no_firm", "country", "no_event"],
            locations=[country("Republic of Korea")],
            events=[],
        ),
        h(
            n(),
            "Daesung Memory Vina, set up last year at Cam Khe Industrial Park, makes DRAM modules for servers and PCs; the 52-million USD project turns out 20 million units a year.",
            "2021-09-15",
            "ministry",
            [E, "recalled_investment", "deal_no_event", "vina_dropped", "capacity_no_count", "no_site"],
            firms=[f("Daesung Memory")],
            money=[m(52 * M, "USD")],
            deals=[deal("investment", ["Daesung Memory"], 52 * M)],
            events=[],
        ),
        h(
            n(),
            "On February 12, the People's Committee of Phu Tho Province held a ceremony to hand adjusted investment registration certificates to two expanding FDI projects, which add US$265 million in total.",
            "2026-02-14",
            "ministry",
            [E, "licence_round_lead", "projects_named_in_next_rows", "count_in_words", "no_event"],
            organizations=["People's Committee of Phu Tho Province"],
            provinces=[pv("Phú Thọ")],
            money=[m(265 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Mr. Nguyen Van Thanh, Chairman of the People's Committee of Phu Tho Province, hands over the adjusted certificates.",
            "2026-02-14",
            "ministry",
            [E, "caption", "person_role_after", "no_event"],
            organizations=["People's Committee of Phu Tho Province"],
            persons=[per("Nguyen Van Thanh", "Chairman of the People's Committee of Phu Tho Province")],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "The first, the Seojin Flex Vina electronic parts plant of Seojin Flex Co., Ltd (South Korea), gains $120 million, lifting its total investment to $285 million; it sits in Binh Xuyen Industrial Park on over 104,000 m².",
            "2026-02-14",
            "ministry",
            [
                E,
                "round_line",
                "capital_increase_line",
                "deal_no_event",
                "country_bracket",
                "m2_to_ha",
                "approx",
                "no_site",
            ],
            firms=[f("Seojin Flex", "Co., Ltd.")],
            money=[m(120 * M, "USD"), m(285 * M, "USD")],
            locations=[country("South Korea")],
            areas=[ha(10.4, True)],
            deals=[deal("investment", ["Seojin Flex"], 120 * M)],
            events=[],
        ),
        h(
            n(),
            "The second is a printed circuit board plant of Kanto Circuit Hong Kong Co., Ltd (Japan) in Trung Ha Industrial Park: $145 million more, $330 million in all, on over 87,000 m².",
            "2026-02-14",
            "ministry",
            [
                E,
                "round_line",
                "capital_increase_line",
                "deal_no_event",
                "place_in_firm_name",
                "country_bracket",
                "m2_to_ha",
                "approx",
                "no_site",
            ],
            firms=[f("Kanto Circuit Hong Kong", "Co., Ltd.")],
            money=[m(145 * M, "USD"), m(330 * M, "USD")],
            locations=[country("Japan")],
            areas=[ha(8.7, True)],
            deals=[deal("investment", ["Kanto Circuit Hong Kong"], 145 * M)],
            events=[],
        ),
        h(
            n(),
            "In 2026, the province's industrial parks aim to attract at least 35 FDI projects.",
            "2026-02-14",
            "ministry",
            [E, "target_no_deal", "approx", "count", "no_event"],
            quantities=[c(35, "FDI projects", True)],
            events=[],
        ),
    ]
    # --- English: Gia Lai conferences told by VietnamPlus and SGGP, Lâm Đồng from Japanese and German copies (S20 r1-r4) ---
    rows += [
        h(
            n(),
            "Gia Lai (VNA) – A conference on April 21 in Gia Lai introduced the Central Highlands province to foreign consulates general and business associations based in Ho Chi Minh City.",
            "2022-04-23",
            "ministry",
            [E, "dateline_province", "region_no_location", "no_event"],
            provinces=[pv("Gia Lai"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Closing the event, Chairman of the Gia Lai People's Committee Ho Van Thanh urged international partners to invest more in the province on a win-win basis.",
            "2022-04-23",
            "ministry",
            [E, "role_before_name", "wish_no_deal", "no_event"],
            organizations=["Gia Lai People's Committee"],
            persons=[per("Ho Van Thanh", "Chairman of the Gia Lai People's Committee")],
            provinces=[pv("Gia Lai")],
            events=[],
        ),
        h(
            n(),
            "From 2016 to 2020 the province drew 521 projects worth VND86 trillion (US$3.7 billion); in 2021 alone it approved investment policies for 64 projects worth over VND31 trillion.",
            "2022-05-22",
            "ministry",
            [E, "period_total", "trillion", "approx", "count", "no_event"],
            money=[m(86_000 * B, "VND"), m(3.7 * B, "USD"), m(31_000 * B, "VND", approx=True)],
            quantities=[c(521, "projects"), c(64, "projects")],
            events=[],
        ),
        h(
            n(),
            "Lam Dong will hand investment certificates to 11 key projects worth over VND36 trillion at its investment promotion conference on October 17-18, and sign memoranda on many more.",
            "2025-10-07",
            "ministry",
            [E, "rendered_from_japanese_copy", "planned_round_no_event", "approx", "count", "no_event"],
            provinces=[pv("Lâm Đồng")],
            money=[m(36_000 * B, "VND", approx=True)],
            quantities=[c(11, "key projects")],
            events=[],
        ),
    ]
    return rows
