# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 131 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: printed circuit board assembly and electronics manufacturing services
(EMS, SMT lines, PCB makers and suppliers to FDI firms). Written and annotated for every field BEFORE any tagger was run
on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1
"nhà máy sản xuất bảng mạch in PCB khu công nghiệp vốn đầu tư", S2 "lắp ráp bo mạch điện tử SMT dây chuyền doanh nghiệp
Việt Nam", S3 "dịch vụ sản xuất điện tử EMS Việt Nam nhà cung cấp cho Samsung", S4 "trao giấy chứng nhận đăng ký đầu tư
dự án sản xuất bản mạch in", S5 "khởi công nhà máy sản xuất mạch in điện tử", S6 "tăng vốn dự án sản xuất bảng mạch điện
tử FDI Bắc Ninh Bắc Giang", S7 "doanh nghiệp Việt trở thành nhà cung cấp linh kiện điện tử cho doanh nghiệp FDI", S8
"khánh thành nhà máy lắp ráp bo mạch điện tử", S9 "bảng mạch in mềm FPCB nhà máy Vĩnh Phúc Phú Thọ", S10 "máy gắn chip
SMT dây chuyền tự động tuyển kỹ sư", S11 "hợp đồng gia công lắp ráp bo mạch điện tử", S12 "doanh nghiệp Đài Loan đầu tư
nhà máy PCB Việt Nam", S13 "công nghiệp hỗ trợ điện tử tỷ lệ nội địa hóa linh kiện bảng mạch", S14 "thiết kế sản xuất bo
mạch điều khiển doanh nghiệp Việt", S15 "chuyển dịch chuỗi cung ứng điện tử sang Việt Nam nhà sản xuất mạch in Trung
Quốc", S16 "xuất khẩu máy vi tính sản phẩm điện tử và linh kiện kim ngạch bo mạch", and in English S17 "Vietnam printed
circuit board factory investment industrial park", S18 "electronics manufacturing services EMS provider Vietnam plant SMT
lines", S19 "PCB maker breaks ground Vietnam factory million USD", S20 "Vietnamese suppliers join electronics FDI supply
chain circuit board assembly". No sentence is taken or paraphrased from a page; the shapes are. Firm, plant, park,
campus, consultancy, research-firm and person names are invented (Điện tử Hàn Giang, Tianhe Display Technology Group,
Chenyu / Chenyu Precision, Robotic Tân Phát, Jinhong Circuit / Công nghệ Jinhong Circuit / Jinhong Circuit Technology,
Sungjin Electronics, Hanseong / Hanseong Electronics, Daewon, Sunwoo / Sunwoo Electro-Mechanics, Hanbit Circuit, Kolon
Flex, Hengtai Holdings / Hengtai, Kaiwin, Hualon Touch, Hsinwei / Hsinwei Foods, Chenta Cable, Điện tử Sejin, Mekong Gate,
Orion Circuits / Orion, Saigon Landtech, Circuitra Research, Hai Van EMS, Kiyomi Electronics / Kiyomi, the campus "Phú
Hòa", the school "Hoa Sen", the PM "Lê Minh Khôi", every chairman, deputy director, association head, adviser, analyst,
author, supervisor, interviewer, byline and photographer, and every decision number except 57-NQ/TW and 03/2021/TT-BKHĐT,
cited by number only); well-known names (Apple, Samsung, Hon Hai, Foxconn, Luxshare, Goertek, Pegatron, Intel, Flex,
Quanta, Compal, Lenovo, Xiaomi, IPC, MIC, VTBA, Bộ Chính trị, Bộ Kế hoạch và Đầu tư, Tổng cục Hải quan, Tổng cục Thống kê,
Văn phòng Chính phủ, the Ministry of Industry and Trade, the parks Đình Trám, Quế Võ II, Điềm Thụy, Vân Trung, Khai
Quang, the hi-tech parks of Đà Nẵng and Saigon) appear only in sentences of our own, with figures, dates and places
changed.

What the sample looked like (80 result slots, about 50 distinct pages: an unaddressed PCBA guide came back six times, a
business weekly's 2023 FDI overview five times, a Korean board maker's licence in Hải Phòng and a law portal's listing on
an assembler's line move three times each, a display maker's listing, an automation vendor's guide, a library abstract,
a strategy page, a board-shop interview, an English groundbreaking item and an English tag teaser twice each): 19 slots
were tag, title, listing, embed and snippet pages (a legal portal's decision title, archive and one-line tags, hashtags,
ebook tags, an unaccented stock tag, a PM tag page quoting a fab groundbreaking speech, a business portal's listing with
a chip-fab groundbreaking, a listing with a display maker's planned lease, the line-move listing three times, a news
agency's tag page with a Taiwanese component licence in Bắc Giang, a one-line export teaser, a vendor's snippet, an embed
title); 2 were a Thai title and a Khmer page on flexible boards; 15 were explainers, vendor pages, document stores,
theses and abstracts (the PCBA guide six times, the vendor guide twice, a circuit shop's factory walk-through with a glued
timestamp, an SMT machine vendor's blog with an IPC survey, a tax agent's page on investment certificates, a course paper
on a document store, a library abstract twice, a master's cover on electronics support industry with a broken font); 1
was a junk-domain page gluing a women's language class to SMT career copy; 6 were features, strategy pages, a forum
thread and video pages (the semiconductor strategy page with ad chrome and glued related links twice, an
anti-counterfeiting magazine's supporting-industry feature, a forum thread on an assembler leaving China, a broadcaster's
chip-crisis video, a news agency's workshop video); 22 were Vietnamese news (the FDI overview five times with related
links; a Chinese circuit-board group licensed in Bắc Ninh with park, land, schedule, construction workers, founding year
and association; the Korean licence by a People's Committee with schedule, capacity and workers three times; a mobile
page on a Korean maker's licence; a news bulletin on a denied line move with comment chrome; a Korean maker to sell its
rigid-flex board plant, its phase one, customer shares and an earlier failed sale; a finance site's four-month FDI
figures with one named licence; a trading firm's repost of a licence conference with an impossible date; a daily on a
touch-panel maker's top-up with an initials byline; a foreign broadcaster's Vietnamese item on a touch-panel plan with
most-read and app chrome; a news site on Taiwanese investors and a supply-chain campus launched in Taipei; a 2003 portal
item on Taiwanese investors; a marketing magazine on groups moving to Việt Nam with a news agency caption; three export
statistics pages); 15 were English (a tag teaser twice, a board-shop owner's interview on a tech campus twice, a daily's
English groundbreaking story twice, an EMS video-intro page, a contract manufacturer's country overview, a trade site on
a research firm's contract-manufacturing forecast, a daily's English story on central Vietnam's first SMT plant, a trade
magazine on a Japanese board maker's plant, an investment portal on its expansion, a finance daily on electronics support
industries, a news site's tag page with a news agency story on linkages, an aggregator's relay of a broadcaster's
world service). About 23 of the 80 slots told a deal or an event with a named party (licences 8, one of them a top-up;
planned plants, leases and expansions 9; groundbreakings 3; an opening; park developers twice), several of them
the same story; sales of a plant, line moves, supplier shares, exports and hiring came up too. No PCBA or EMS
contract, supply contract, MoU or joint venture with named parties came up in any first four (S11 returned only tags and
the PCBA guide), so the batch has none.

Rows: 160 (hand-40401 to hand-40560); 25 carry a deal or an event (16%): 20 events (12 investment announcements, 5
investment licences, 2 groundbreakings, 1 inauguration) and 25 `deals` entries (23 investment, 2 groundbreaking); 6 rows
hold only deals without events (40471 an investor line, 40483 a recalled phase one, 40489 a round's largest project
without a licence verb, 40525 a tech campus's two developers, 40544 a recalled first plant, 40552 a recalled investment)
and one row an event without a deal (40536, an opening without capital); 40548 holds two announced investments. 135 rows
are negatives and other fields. By page kind: 19 rows of tag, title, listing, embed, snippet and other-language pages
(40401-40419; 3 with a deal or event), 30 of explainers, vendor pages, document stores, theses and abstracts
(40420-40449; 0), 2 of the spam page (40450-40451; 0), 13 of features, strategy pages, the forum and videos (40452-40464;
0), 59 of Vietnamese news (40465-40523; 11) and 37 of English copy (40524-40560; 11); 39 rows are English (`english_copy`,
24.4%: the 37 English rows, the English tag teaser 40415 and the English comment chrome 40480). 11 rows are stored in NFD
(hand-40423, 40434, 40440, 40459, 40468, 40472, 40483, 40493, 40508, 40515, 40518); 6 use old tone placement (40425
"tối ưu hoá", 40427 "tuỳ", 40456 "tự động hoá", 40491 "thoả thuận", 40492 "cụ thể hoá", 40516 "đa dạng hoá"); 52 hold
several lines (headlines and leads, tag, listing, category, most-read, app and comment chrome, related links, captions,
bylines and source lines, covers, bullet lists, speaker labels, timestamps and date lines).

Own wording: every row was drafted in its own order and wording (amount-first, count-first, object-first, passive,
reported speech with the speaker last, split or joined rows) with changed figures, names, dates and places; on review
against the notes taken from the sampled pages, about 95 first drafts that still kept a page's clause order or run of
facts with names and figures swapped were rewritten from scratch in another order and with other facts: nearly every
row of the Bắc Ninh licence and groundbreaking, the Korean licence, the mobile licence, the denied line move, the plant
sale, the four-month figures, the licence conference, the top-up, the touch-panel plan, the Taiwanese-investor items,
the groups-moving feature, the export statistics, the FDI overview, the PCBA guide, the vendor guide, the walk-through,
the SMT blog, the tax agent's page, the course paper, the abstract, the spam page, the strategy page, the feature, the
forum thread, both videos, the display and line-move listings, the PM tag, the fab listing, the Khmer page, the vendor
snippet, and every English row (the interview, the groundbreaking, the forecast, the SMT opening, the Japanese maker's
two items, the support-industry page, the linkage story, the broadcaster's relay, the video-intro page and the
overview). No row was dropped. Nothing was used from ranks 5-8, among them: a US board maker's approval in Đà Nẵng's
hi-tech park (S1 r5), an optics plant in Bắc Giang (S1 r6, S5 r5, S8 r8), a Japanese-language item and a land-lease
signing on the Chinese board group (S1 r7, S5 r8, S17 r7), a board maker's feasibility document (S1 r8), the SMT plant's
opening in other outlets (S2 r6, S2 r8), three Vietnamese suppliers qualified by a Korean group (S3 r5), a capital-city
software item (S3 r6), a groundbreaking in a celebrity site (S6 r7), a licence with a memorandum in Bắc Giang (S6 r8), a
Vĩnh Phúc supplier map (S7 r6), an aluminium-parts plant (S7 r7), a chamber's linkage call (S7 r8), a US EMS firm's
Hải Phòng groundbreaking (S18 r7, S19 r5), a US EMS firm's HCMC plant (S18 r6), Taiwanese EMS makers' land in Vĩnh Phúc
(S18 r8), a Lithuanian EMS firm's opening (S18 r5), a Korean module maker's plan (S19 r8), a 45-ha lease in Bắc Giang
(S12 r7), a 101-million top-up of a Taiwanese assembler (S12 r8), a Đà Nẵng high-tech groundbreaking (S17 r8), an
English Bắc Giang FDI round-up (S6 r5), a phone maker's partner plant (S15 r7) and a chip-crisis video (S15 r8).

Conventions: exactly those of batches 10 and 12-130 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence by a committee, a board or a province ("tỉnh Bắc Giang", batch 47) is an investment deal and
an investment_licence event "licensed", the granting body a government party as written, sited in the plant's province,
dated only when the day is written; a passive or received licence without grantor is the firm's alone; a top-up licence
carries the increase, not the new total; a held groundbreaking is a groundbreaking deal and event "started", dated with
its day; an opening without capital is an inauguration event only (batch 120); a named firm's plan, planned lease,
expansion, budget or plant under construction is an announced investment, undated; a plan stated only by its new total
is an announced investment without amount (batch 112); recalled plants, phases and investments, investor lines ("Chủ dự
án là X") and round lines without a licence verb are deals without events; proposals, wishes, site options, relocations
and line moves (batch 130), denied moves, sales without a named buyer, failed sales, supplier shares without a contract,
presence, revenue, targets, forecasts, campus launches, workshops, pledges and export statistics give no deal; unnamed
investors give none; attendees are no parties; vague amounts ("hàng tỉ USD") are none; "khoảng", "chừng", "gần", "hơn",
"trên", "ước", "chưa tới", "about", "some", "over", "more than" are approximate; bracketed conversions are both money;
money per year keeps its unit ("năm" in Vietnamese, "year" in English); capacities, outputs, lengths, temperatures,
durations, page counts, ordinals, counts in words and counts without a noun are no counts, both ends of a range are,
English counts keep their English noun; m², ha and hectares (acres with hectares one area) are areas; Vietnamese legal
forms are normalised, foreign ones kept as written ("Co Ltd", "Pte. Ltd.", "JSC", "LTD"), "Group" stays in an English
name, "Việt Nam"/"Vietnam", "(Việt Nam)" and a trailing "Vina" are dropped from a foreign subsidiary's name, caps names
take their usual spelling, one firm written bare and with its form in one row is one entry, a short name beside a full
one is a second entry, brands named in lists or as customers are firms, a lower-case "tập đoàn" gives no form, plant
names ("nhà máy bo mạch mang tên Sungjin Việt Nam", "Jinhong Circuit Vietnam Factory", quoted plant names) give no firm;
acronyms alone are organisations ("IPC", "MIC", "Bộ KH-ĐT"), UBND is expanded, bare units ("cơ quan thống kê", "lãnh đạo
tỉnh") none, a bracketed acronym no second organisation; a province inside an organisation's or park's name is a
mention, inside a firm's name none; countries inside an organisation's name nothing; Vietnamese country words
("Đài Loan (Trung Quốc)" both, "hãng Mỹ", "của Hàn Quốc") and English country nouns and possessives ("Japan", "JAPAN",
"China", "the US", "Thailand's") are countries, English adjectives, regions, blocs and foreign cities ("Đông Nam bộ",
"châu Á", "EU", "Đài Bắc", "Seoul", "Trịnh Châu", "Guangdong", "Atsugi", "California", "Washington") nothing; parks,
clusters and hi-tech parks written in Vietnamese are locations (KCN expanded, a lower-case named park as well), English
ones none; districts need "huyện"/"thị xã" before July 2025, English districts none; datelines are province mentions;
full-name bylines, photo credits, authors and interview speaker labels are persons without role, initials ("M.THU"),
outlets, agencies, sites and usernames ("KTSG Online", "DNVN", "SGGP", "TTXVN", "Yonhap", "ETNews", "Nikkei Asia", "DW",
"VOV5", "admin02") nothing; academic titles give no role, cover labels ("Người hướng dẫn khoa học:") do, a role keeps
its text as written; a surname or given name alone, and a bare role ("Phó Thủ tướng", "Thủ tướng Chính phủ"), is no
person; a decision's date needs a day, laws and standards without a number (IPC-A-610, ISO 13485) give none; old tone
placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A board group's licence told without grantor in a lead whose headline carries the amount and the province ("Giấy phép
  vừa cấp cho Tập đoàn Jinhong Circuit (Trung Quốc) mở đường cho nhà máy mạch in ... ở Bắc Ninh", 40469) is the group's
  licence with the headline's 185 million USD; the project company's line in a later row ("Chủ dự án là Công ty TNHH Công
  nghệ Jinhong Circuit (Việt Nam), đơn vị thành viên của tập đoàn ...", 40471) is an investor line, a deal without event.
- The English groundbreaking (40528) names the plant ("the 390 million USD Jinhong Circuit Vietnam Factory") and its owner
  in the next sentence of the same row ("owned by Jinhong Circuit Technology JSC of Guangdong, China"): one groundbreaking
  of the owner with the plant's amount, dated April 8 and sited in Bắc Ninh by the attending chairman's committee.
- A planned lease by a named display maker, told only by its land ("Khoảng 80 ha là diện tích Tianhe Display Technology
  Group Co Ltd tính thuê: 45 ha cho nhà máy màn hình, 30% cho xưởng ...", 40406), is an announced investment without
  amount or site; "30%" of the land is a percentage.
- A four-month FDI round's largest project written without a licence verb ("Lớn nhất là dự án "Nhà máy linh kiện chính
  xác Hengtai", 210 triệu USD, do Công ty TNHH Hengtai Việt Nam triển khai ở KCN Vân Trung cho nhà đầu tư Hengtai
  Holdings (Singapore) Pte. Ltd.", 40489) is the investor's deal without event, unsited (the park names no province); the
  implementing company is a firm mention only.
- A plant "sắp đổi chủ" or to be "rao bán" with no buyer named (40481, 40482), a sale that "không thành" (40485) and a
  line move denied by the parent (40479) give no deal; the plant's phase one "xong từ tháng 11/2015" (40483) is a recalled
  investment without event, sited in Thái Nguyên.
- Supplier shares of a phone maker's boards ("Hanbit Circuit (trên 55%) và Kolon Flex (chừng 15%) ... Sunwoo chỉ còn
  khoảng 25%", 40484) give firms, percentages and countries only; the customer "hãng Mỹ" is unnamed.
- An impossible date copied from a repost ("ngày 30/02/2025", 40491) gives nothing; a licence conference for 19 unnamed
  firms and an unnamed expansion memorandum give no deal.
- "8 trong 12 dự án trong nước vừa nhận giấy thuộc diện công nghệ cao" (40492) gives one count, c(12, "dự án trong
  nước"); the 8 has no noun of its own.
- Two-developer campus (40525): "its developers are Orion Circuits Vietnam LTD and Saigon Landtech" is ONE investment deal
  of both without event or amount, sited in HCM City; "a 40-hectare (99-acre) tech campus" is one area; the English
  hi-tech park gives no location and "Saigon" no province.
- Plans and plants of a Japanese board maker: "Output at the $120 million Vietnamese PCB plant of Kiyomi Electronics is
  due to start ..." (40539) is an announced investment with the amount and no site; "Paperwork is under way for a bigger
  ... plant in ... Hoa Binh, where Apple supplier Kiyomi Electronics plans to expand" (40541) an announced investment
  sited in Hòa Bình; "The extension, worth $310 million according to Nikkei Asia" (40542) money only (no firm in the
  row); "construction is being hurried on Kiyomi's $180 million new factory in a Hoa Binh industrial zone" (40543) an
  announced investment with amount; "Kiyomi's first Vietnamese plant, opened in Hanoi's Thach That district in 2007"
  (40544) a recalled deal sited in Hà Nội; "A second plant next door would lift the group's outlay ... to $450 million"
  (40540) money only.
- "Hai Van EMS is planning six more SMT lines and a new warehouse" (40537) is an announced investment without amount or
  site; "Da Nang's first SMT plant, built by Hai Van EMS, is now running" (40536) an inauguration without capital sited in
  Đà Nẵng, event only.
- "in Bac Giang, Foxconn will add 250 million USD for one more factory; Pegatron's Hai Phong project is rising to a total
  of about 470 million USD; and Luxshare already employs some 38,000 people" (40548): Foxconn's announced investment with
  the amount, Pegatron's announced investment without amount (new total only), Luxshare presence only.
- "A Lenovo plant is planned for ... Bắc Giang, and Xiaomi is said to be choosing between Bắc Ninh and Thái Nguyên"
  (40551): Lenovo's announced investment; Xiaomi's site options no deal. "Four months after putting US$310 million into a
  tablet and laptop project in Bắc Giang, Hon Hai is talking of $35 billion in revenue" (40552): a recalled investment
  without event, the revenue target money only.
- "Chenta Cable ... đang định mở thêm vài cơ sở nữa" (40510) is a named firm's plan, an announced investment without
  amount or site; "Một nhà máy mới để làm mì ăn liền sẽ được Hsinwei hoàn tất vào tháng 7" (40511) a plant under
  construction, announced, without amount; "Samsung báo hồi tháng 3 sẽ rót thêm 850 triệu USD vào Việt Nam" (40514) an
  announced investment without site.
- "Thailand's Board of Investment" (40545) gives the organisation "Board of Investment" and the country Thailand; baht are
  THB.
- Persons: "TS Lâm Gia Hưng, người đứng đầu hiệp hội" keeps "người đứng đầu hiệp hội" as role; "Martin Kessler, cố vấn
  của hãng tư vấn Mekong Gate" the adviser's role, the consultancy a firm; "Tuan Pham, owner of Orion Circuits" the
  owner's role; a thesis author under "Tác giả" and on the cover no role, the supervisor after "Người hướng dẫn khoa học:"
  that label; "Tuan", "Minh", "ông Hào" given names alone no person.
- "Robotic Tân Phát", a vendor naming itself in its own guide (40428), is a bare firm; "Hàn Quốc - Việt Nam" in a
  programme's name (40464) gives the country Hàn Quốc; the glued timestamp "10:14:2205/06/2025" and the spam page's
  unrelated title give nothing.
- "Cứ 10 USD vốn FDI mới thì gần 4 USD vào Đông Nam bộ" (40466) gives both sums as money, the second approximate."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_131(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BN = cur("Bắc Ninh")
    BG = cur("Bắc Giang")
    HD = cur("Hải Dương")
    TN = cur("Thái Nguyên")
    DN = cur("Đà Nẵng")
    PT = cur("Phú Thọ")
    HB = cur("Hòa Bình")
    HN = cur("Hà Nội")
    HCM = cur("Hồ Chí Minh")
    HP = cur("Hải Phòng")

    ids = iter(range(40401, 40401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Tag, title, listing, embed and snippet pages: a legal portal's decision title (S4 r1), archive and tag titles
    # (S4 r3, S4 r4, S11 r2, S11 r3, S14 r2, S14 r4, S15 r2), a PM tag page (S5 r1), a business portal's listing with a
    # groundbreaking (S5 r4), a listing page with a display maker's plan (S1 r4 = S8 r1), a law portal's listing on an
    # assembler's line move (S7 r2 = S8 r4 = S11 r4), a news agency's tag page with a licence (S6 r3), a one-line
    # export teaser (S16 r2), an English tag teaser (S17 r2 = S20 r1), an embed title (S9 r2), a Thai title (S9 r3) and
    # a Khmer page (S9 r4) rendered in Vietnamese, a vendor's snippet (S2 r3) ---
    rows += [
        h(
            n(),
            "Quyết định 1742/QĐ-BKHCN 2019 thủ tục hành chính lĩnh vực tiêu chuẩn đo lường chất lượng",
            "2019-08-20",
            "legal",
            ["title_page", "decision_no_day", "issuer_code_no_org", "no_event"],
            decisions=[d("1742/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "thay đổi người đại diện theo pháp luật của công ty qua mạng Lưu trữ",
            "2023-05-11",
            "ministry",
            ["tag_page", "archive_title", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ cấp lại giấy phép môi trường cho cơ sở sản xuất linh kiện",
            "2022-10-03",
            "ministry",
            ["tag_page", "one_line_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thủ tướng Lê Minh Khôi\n\nNhà máy mạch in nhiều lớp đầu tiên – bước đi mới của điện tử Việt…\nMột cột mốc chứ không đơn thuần là một dự án – Thủ tướng Lê Minh Khôi nói vậy tại lễ khởi công nhà máy mạch in nhiều lớp đầu tiên do doanh nghiệp trong nước làm chủ, và cho rằng nó cho thấy…",
            "2025-01-17",
            "ministry",
            [
                "tag_page",
                "person_tag_title",
                "unnamed_investor_no_deal",
                "person_role_before",
                "truncated_snippet",
                "ordinal_not_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Minh Khôi", "Thủ tướng")],
            events=[],
        ),
        h(
            n(),
            "Khởi công nhà máy bo mạch điện tử lớn nhất miền Trung\nDNVN - Công ty CP Điện tử Hàn Giang đã động thổ nhà máy lắp ráp bo mạch ở Khu công nghệ cao Đà Nẵng sáng 22/2, với sự có mặt của một Phó Thủ tướng và lãnh đạo thành phố.\n\n\n\n",
            "2024-02-22",
            "ministry",
            [
                "listing_page",
                "headline_lead",
                "outlet_prefix_nothing",
                "groundbreaking",
                "no_amount",
                "hitech_park_location",
                "province_in_park_name",
                "bare_role_no_person",
                "region_nothing",
                "deal_date",
                "year_inferred",
                "blank_lines",
                "multiline",
            ],
            firms=[f("Điện tử Hàn Giang", "Công ty CP")],
            provinces=[pv("Đà Nẵng")],
            locations=[park("Khu công nghệ cao Đà Nẵng")],
            deals=[deal("groundbreaking", ["Điện tử Hàn Giang"], None, DN, "2024-02-22")],
            events=[ev("groundbreaking", [F("Điện tử Hàn Giang")], None, None, DN, "started")],
        ),
        h(
            n(),
            "Tin tức\n\nHãng màn hình Trung Quốc sắp có hai nhà máy tại Việt Nam\n\nKhoảng 80 ha là diện tích Tianhe Display Technology Group Co Ltd tính thuê: 45 ha cho nhà máy màn hình, 30% cho xưởng bộ điều khiển từ xa.",
            "2019-06-14",
            "ministry",
            [
                "listing_page",
                "headline_lead",
                "announced_investment",
                "planned_lease",
                "no_amount",
                "no_site",
                "foreign_legal_form",
                "country_after_noun",
                "area",
                "approx",
                "percentage",
                "multiline",
            ],
            firms=[f("Tianhe Display Technology Group", "Co Ltd")],
            locations=[country("Trung Quốc")],
            areas=[ha(80, True), ha(45)],
            percentages=[30],
            deals=[deal("investment", ["Tianhe Display Technology Group"])],
            events=[
                ev(
                    "investment_announcement",
                    [F("Tianhe Display Technology Group")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Công nghệ\n\nĐối tác lắp ráp của Apple đưa một phần dây chuyền sang Việt Nam\n\nViệc tập đoàn Đài Loan Hon Hai dời bớt dây chuyền lắp ráp thiết bị điện tử sang Việt Nam đã được Văn phòng Chính phủ xác nhận.",
            "2018-11-26",
            "ministry",
            [
                "listing_page",
                "headline_lead",
                "relocation_no_deal",
                "lowercase_group_no_form",
                "brand_firm",
                "country_after_noun",
                "multiline",
                "no_event",
            ],
            firms=[f("Apple"), f("Hon Hai")],
            organizations=["Văn phòng Chính phủ"],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Khu Công nghiệp Đình Trám\n\nKinh tế\n\nChenyu Precision rót 22 triệu USD vào Bắc Giang\n\n22 triệu USD là vốn ban đầu của dự án nhà máy bản mạch mà Công ty TNHH Chenyu Precision Việt Nam, thuộc Tập đoàn Chenyu (Đài Loan), nhận giấy chứng nhận đầu tư từ tỉnh Bắc Giang chiều 14/5, tại KCN Đình Trám.",
            "2023-05-15",
            "ministry",
            [
                "tag_page",
                "park_tag_title",
                "headline_lead",
                "amount_first",
                "licence",
                "province_as_grantor",
                "subsidiary_of_group",
                "bare_and_formed_one_firm",
                "vietnam_dropped",
                "country_bracket",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Chenyu Precision", "Công ty TNHH"), f("Chenyu", "Tập đoàn")],
            provinces=[pv("Bắc Giang")],
            money=[m(22 * M, "USD"), m(22 * M, "USD")],
            locations=[park("Khu công nghiệp Đình Trám"), country("Đài Loan")],
            deals=[deal("investment", ["Chenyu Precision"], 22 * M, BG, "2023-05-14")],
            events=[
                ev(
                    "investment_licence",
                    [G("tỉnh Bắc Giang"), F("Chenyu Precision")],
                    22 * M,
                    "USD",
                    BG,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "doanh so linh kien dien tu han quoc thi truong bo mach",
            "2021-03-02",
            "ministry",
            ["tag_page", "unaccented", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình công nghệ hàn dán bề mặt smt ebook pdf",
            "2020-07-08",
            "ministry",
            ["tag_page", "one_line_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình quản lý chất lượng trong nhà máy điện tử ebook pdf",
            "2020-07-08",
            "ministry",
            ["tag_page", "one_line_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chữ ký số trên hợp đồng điện tử có giá trị không",
            "2022-04-19",
            "ministry",
            ["tag_page", "one_line_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mời thầu cung cấp thiết bị đo kiểm bo mạch",
            "2023-09-27",
            "ministry",
            ["hashtag_page", "one_line_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hàn Quốc hiện là nơi mua nhiều máy vi tính, sản phẩm điện tử của Việt Nam nhất, chiếm 21,7% kim ngạch của nhóm hàng này.",
            "2017-10-05",
            "ministry",
            ["teaser_line", "statistics", "country", "percentage", "no_event"],
            percentages=[21.7],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "More Asian board makers scout Vietnam for substrate plants\n\nMore Asian board makers scout Vietnam for substrate plants\n\nVietnam is drawing overseas firms that want to make circuit-board substrates as carmakers and phone brands hunt for new suppliers.\n\nIndustries - Thu, Mar 10, 2022 | 9:45 am GMT+7",
            "2022-03-10",
            "ministry",
            [
                E,
                "tag_page",
                "repeated_headline",
                "timestamp",
                "unnamed_investors_no_deal",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Mạ xi PVD là gì? Giải thích công nghệ phủ chân không từ A đến Z",
            "2021-12-01",
            "ministry",
            ["embed_title", "question_headline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bo mạch nền nhôm hay FR-4: giá vật liệu chênh nhau thế nào?",
            "2023-02-15",
            "ministry",
            ["rendered_from_thai", "title_only", "question_headline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "FPC khác PCB ở đâu? Đó là bản mạch in dẻo, làm trên nền vật liệu mềm cách điện, nên uốn, gập được theo hình của sản phẩm và rất mỏng nhẹ.",
            "2022-08-30",
            "ministry",
            ["rendered_from_khmer", "explainer", "question_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một linh kiện đặt lệch vài phần mười milimét là đủ để cả tấm bo phải làm lại.\nMáy móc lắp ráp PCB chia làm mấy loại",
            "2024-06-12",
            "ministry",
            ["vendor_snippet", "heading_no_question_mark", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Explainers, vendor pages, document stores and theses: a PCBA guide without address (S2 r1 = S8 r3 = S9 r1 =
    # S10 r1 = S11 r1 = S14 r1), an automation vendor's guide to assembly lines (S2 r2 = S10 r2), a circuit shop's
    # explainer (S2 r4), a tax agent's page on investment certificates (S4 r2), a document-store course paper (S3 r3), a
    # library abstract (S7 r1 = S13 r1), a master's thesis cover (S13 r2), an SMT machine vendor's blog (S10 r4) ---
    rows += [
        h(
            n(),
            "Từ bản vẽ tới bo hoàn chỉnh: quy trình lắp ráp PCBA\nMột tấm mạch in trần chỉ thành mạch điện chạy được khi linh kiện đã được gắn và hàn lên nó; công đoạn này, lắp ráp PCBA, có mặt trong gần như mọi thiết bị điện tử.",
            "2024-05-06",
            "ministry",
            ["explainer", "headline_lead", "acronym_bracket_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bước 2 – In kem hàn\nMáy in đẩy dao gạt qua tấm stencil dày chừng 0,12 mm để lớp kem thiếc nằm đúng lên pad; ngoài cách này còn có in phun và nhỏ kem, nhưng stencil vẫn chiếm đa số.",
            "2024-05-06",
            "ministry",
            ["explainer", "numbered_step", "length_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bước 3 – Gắn linh kiện\nMáy gắp đặt (pick-and-place) dùng đầu hút chân không và camera để đặt điện trở, tụ, IC lên đúng pad theo tệp tọa độ xuất từ bản thiết kế.",
            "2024-05-06",
            "ministry",
            ["explainer", "numbered_step", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nếu tấm mạch trần sai kích thước lỗ hay lệch lớp, khâu lắp ráp dù tốt cũng khó cứu; vì vậy nhiều xưởng PCBA kiểm lại bo trần FR-4 hay nền nhôm trước khi đưa lên chuyền.",
            "2024-05-06",
            "ministry",
            ["nfd", "explainer", "material_codes_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bước 4 – Hàn nóng chảy lại (reflow): bo đi qua lò có 8 đến 10 vùng nhiệt, đỉnh khoảng 245°C, để kem hàn chảy rồi đông lại thành mối hàn.",
            "2024-05-06",
            "ministry",
            ["explainer", "numbered_step", "temperature_no_count", "zone_count_range", "no_event"],
            quantities=[c(8, "vùng nhiệt"), c(10, "vùng nhiệt")],
            events=[],
        ),
        h(
            n(),
            "Bo cho thiết bị y tế thường phải đạt IPC-A-610 cấp 3 và hệ thống quản lý theo ISO 13485; sau lò còn có AOI, chụp X-quang cho chip BGA và thử chức năng (FCT) để tối ưu hoá tỉ lệ hàng đạt.",
            "2024-05-06",
            "ministry",
            [
                "explainer",
                "old_tone",
                "standard_codes_nothing",
                "acronyms_of_tests_nothing",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Linh kiện xuyên lỗ (THT) như tụ lớn, biến áp hay cổng cắm vẫn cần hàn sóng hoặc hàn tay, nên nhiều xưởng chạy song song cả hai công nghệ.",
            "2024-05-06",
            "ministry",
            ["explainer", "acronym_bracket_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền lắp ráp linh kiện điện tử là gì?\nNói gọn, đó là cách xếp người và máy thành một dòng chảy: bo đi vào một đầu, thành phẩm đóng hộp ra đầu kia; chuyền có thể chạy tay, bán tự động hay toàn robot, tuỳ túi tiền.",
            "2025-03-18",
            "ministry",
            ["vendor_explainer", "question_heading", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Robotic Tân Phát sẽ cùng bạn đi qua từng máy trên chuyền ở phần dưới đây nhé!",
            "2025-03-18",
            "ministry",
            ["vendor_explainer", "advertiser_brand_firm", "no_event"],
            firms=[f("Robotic Tân Phát")],
            events=[],
        ),
        h(
            n(),
            "Một dây chuyền điển hình gồm máy cấp bo, máy in kem hàn, máy gắp đặt, lò hàn, máy kiểm tra quang học và băng tải nối các khâu với nhau.",
            "2025-03-18",
            "ministry",
            ["vendor_explainer", "equipment_list", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Nhanh: một chuyền SMT gắn hàng chục nghìn linh kiện mỗi giờ.\n- Rẻ hơn về lâu dài: bớt người đứng máy.\n- Dễ truy vết: lỗi ở khâu nào hiện ngay trên phần mềm.",
            "2025-03-18",
            "ministry",
            ["vendor_explainer", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy mạch điện tử làm việc ra sao?\n\n10:14:2205/06/2025\n\nBài này dẫn bạn đi một vòng qua các khu của một xưởng mạch điện tử, từ kho linh kiện tới phòng kiểm tra cuối.",
            "2025-06-05",
            "ministry",
            ["vendor_explainer", "question_headline", "timestamp", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xưởng lớn chạy đơn hàng loạt (mass production), xưởng nhỏ sống bằng đơn mẫu, vài chục bo mỗi lần.\n\nXây dựng nhà máy, sản xuất bảng mạch, PCB, bo mạch, vi mạch điện tử",
            "2025-06-05",
            "ministry",
            ["vendor_explainer", "image_alt_text", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Về công nghệ gắn:\n\n  • gần như mọi xưởng dùng SMT cho linh kiện dán\n\n  • và giữ THT cho linh kiện chân cắm",
            "2025-06-05",
            "ministry",
            [
                "vendor_explainer",
                "bullet_list",
                "english_terms_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Cuộn linh kiện mới về đều được quét mã, ghi hạn dùng và độ ẩm trước khi lên kệ; bo trần (bare PCB) nằm trong tủ chống ẩm.",
            "2025-06-05",
            "ministry",
            ["nfd", "vendor_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư ghi những gì?\nTên dự án, nhà đầu tư, mã số dự án, địa điểm và diện tích đất, vốn, thời hạn hoạt động cùng tiến độ góp vốn và thực hiện dự án.",
            "2024-09-10",
            "ministry",
            ["tax_agent_explainer", "question_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trước khi hưởng bất kỳ ưu đãi thuế hay đất nào, nhà đầu tư nước ngoài phải có trong tay giấy chứng nhận đăng ký đầu tư.",
            "2024-09-10",
            "ministry",
            ["tax_agent_explainer", "policy_list", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mẫu hồ sơ nộp kèm đã được chuẩn hóa từ khi Thông tư 03/2021/TT-BKHĐT có hiệu lực.",
            "2024-09-10",
            "legal",
            ["tax_agent_explainer", "circular_as_decision", "no_event"],
            decisions=[d("03/2021/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Preview text:\nlOMoAR cPSD| 41207735 I.\nChuỗi cung ứng của ngành điện tử thế giới\n1. Vài nét về ngành\nNgành này đem lại doanh thu khổng lồ và dùng nhiều lao động bậc nhất thế giới.",
            "2023-12-04",
            "ministry",
            ["document_store", "preview_chrome", "code_marker_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phần lớn sản lượng điện tử thế giới đến từ châu Á - Thái Bình Dương; riêng Trung Quốc, Hàn Quốc và Đài Loan đã chiếm hơn một nửa. (Nguồn: https://www.statista.com/)",
            "2023-12-04",
            "ministry",
            [
                "document_store",
                "url_inline_nothing",
                "region_nothing",
                "fraction_no_percentage",
                "country_list",
                "no_event",
            ],
            locations=[country("Trung Quốc"), country("Hàn Quốc"), country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Một chiếc điện thoại có thể mang chip từ nước này, màn hình từ nước kia và được lắp ở nước thứ ba – hệ quả của hàng chục năm thuê ngoài (outsourcing).",
            "2023-12-04",
            "ministry",
            ["nfd", "document_store", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hình: Mô hình chuỗi cung ứng ngành điện tử toàn cầu",
            "2023-12-04",
            "ministry",
            ["document_store", "figure_caption", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tỷ lệ nội địa hóa quanh 18% và chưa tới 30% trong khoảng 600 doanh nghiệp điện tử làm linh kiện: bài viết lấy hai con số này làm điểm xuất phát để bàn về cơ hội của ngành.",
            "2016-11-21",
            "ministry",
            ["library_abstract", "statistics", "count", "approx", "percentage", "no_event"],
            quantities=[c(600, "doanh nghiệp điện tử", True)],
            percentages=[30, 18],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (96 trang)\n\nĐẠI HỌC QUỐC GIA HÀ NỘI\nTRƯỜNG ĐẠI HỌC KINH TẾ\n---------------------\nNGUYỄN THỊ HẢI YẾN\nPHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ NGÀNH ĐIỆN TỬ TẠI TỈNH VĨNH PHÚC\nLUẬN VĂN THẠC SĨ KINH TẾ QUỐC TẾ\nCHƢƠNG TRÌNH ĐỊNH HƢỚNG ỨNG DỤNG\nNgười hướng dẫn khoa học: TS. Đặng Quốc Hưng\nHà Nội – 2019",
            "2019-12-09",
            "ministry",
            [
                "document_store",
                "thesis_cover",
                "all_caps_org",
                "caps_name_person",
                "broken_font",
                "cover_label_role",
                "academic_title_no_role",
                "page_count_no_count",
                "province_in_org_name",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            organizations=["Đại học Quốc gia Hà Nội", "Trường Đại học Kinh tế"],
            persons=[per("Nguyễn Thị Hải Yến", None), per("Đặng Quốc Hưng", "Người hướng dẫn khoa học")],
            provinces=[pv("Hà Nội"), pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "LỜI CAM ĐOAN\nTôi xin cam đoan luận văn là công trình nghiên cứu độc lập của tôi; số liệu dùng trong bài có nguồn gốc rõ ràng.\nTác giả\n\nNguyễn Thị Hải Yến",
            "2019-12-09",
            "ministry",
            ["thesis_page", "signature_author_person", "multiline", "no_event"],
            persons=[per("Nguyễn Thị Hải Yến", None)],
            events=[],
        ),
        h(
            n(),
            "LỜI CẢM ƠN\nEm xin gửi lời biết ơn tới quý thầy cô Trường Đại học Kinh tế - Đại học Quốc gia Hà Nội, phòng đào tạo sau đại học, và nhất là TS. Đặng Quốc Hưng, người đã tận tình hướng dẫn.",
            "2019-12-09",
            "ministry",
            [
                "thesis_page",
                "academic_title_no_role",
                "nested_org",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Kinh tế", "Đại học Quốc gia Hà Nội"],
            persons=[per("Đặng Quốc Hưng", None)],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Tất cả danh mục\n\nSai lầm thường gặp khi chọn máy gắp đặt linh kiện SMT\n\n2025-06-03 09:41:12",
            "2025-06-03",
            "ministry",
            ["vendor_blog", "category_chrome", "timestamp", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dùng chip shooter cho linh kiện cao quá 6 mm là cái bẫy: 38% nhà sản xuất từng gặp sự cố vì thế, IPC ghi nhận trong một khảo sát; bù lại, máy này đặt điện trở, tụ cực nhanh, có model tới khoảng 150.000 linh kiện/giờ.",
            "2025-06-03",
            "ministry",
            ["vendor_blog", "capacity_no_count", "acronym_org", "length_no_count", "percentage", "no_event"],
            organizations=["IPC"],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "Đầu nối, biến áp, LED hình thù lạ thì giao cho máy odd-form, chậm hơn hẳn (thường chưa tới 7.000 linh kiện/giờ) nhưng gắp được.",
            "2025-06-03",
            "ministry",
            ["vendor_blog", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hãng làm điện thoại thường dành quá nửa số máy trên chuyền cho loại chip shooter, còn xưởng làm bo công nghiệp thì chuộng máy đa năng.",
            "2025-06-03",
            "ministry",
            ["vendor_blog", "fraction_no_percentage", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Spam: a women's language class glued to SMT career copy on a junk domain (S10 r3) ---
    rows += [
        h(
            n(),
            "Phận Làm Dâu\nBuổi sáng nào lớp tiếng Hàn ở Trung tâm Dịch vụ việc làm Hoa Sen (Hội Liên hiệp Phụ nữ tỉnh Hải Dương) cũng đông, phần lớn là các chị sắp sang Hàn theo chồng.",
            "2024-10-02",
            "ministry",
            [
                "spam_page",
                "unrelated_title",
                "org_in_brackets",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Trung tâm Dịch vụ việc làm Hoa Sen", "Hội Liên hiệp Phụ nữ tỉnh Hải Dương"],
            provinces=[pv("Hải Dương")],
            events=[],
        ),
        h(
            n(),
            "Cơ Hội Phát Triển Nghề Nghiệp Của Bộ Phận SMT\nLương thợ SMT tăng theo tay nghề, và chỉ cần chịu học, một công nhân đứng máy vài năm sau có thể dẫn cả chuyền.",
            "2024-10-02",
            "ministry",
            ["spam_page", "title_case_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Features, strategy pages, forums and videos: an automation site's strategy page with ad chrome and related
    # links (S13 r3 = S14 r3), an anti-counterfeiting magazine's supporting-industry feature (S13 r4), a forum thread on
    # an assembler's move (S15 r1), a broadcaster's video page (S15 r3), a news agency's video page (S7 r4) ---
    rows += [
        h(
            n(),
            "acecook\n\nLộ trình ba bước cho ngành điện tử đến năm 2045\n\nDiễn đàn\n14/10/2024 07:12\nChương trình phát triển công nghiệp điện tử Việt Nam đến năm 2035, tầm nhìn 2045, đã được ban hành kèm Quyết định số 1285/QĐ-TTg ngày 11/10/2024 do Thủ tướng Chính phủ ký.",
            "2024-10-14",
            "ministry",
            [
                "strategy_page",
                "ad_chrome_nothing",
                "section_label",
                "timestamp",
                "bare_role_no_person",
                "decision_date",
                "multiline",
                "no_event",
            ],
            decisions=[d("1285/QĐ-TTg", "2024-10-11")],
            events=[],
        ),
        h(
            n(),
            "aa\nCần cơ chế riêng cho nhân lực điện tử Việt Nam đã có lộ trình rõ cho ngành mạch in Thành lập Tổ công tác liên ngành về chuỗi cung ứng điện tử",
            "2024-10-14",
            "ministry",
            ["strategy_page", "related_links_glued", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công thức của chương trình: E = M + S + 1, trong đó E là điện tử (Electronics), M là sản xuất (Manufacturing), S là nhà cung cấp (Suppliers) và 1 là Việt Nam.",
            "2024-10-14",
            "ministry",
            ["strategy_page", "formula_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 2 (2031 - 2040): hình thành một số doanh nghiệp Việt làm chủ công nghệ mạch in nhiều lớp và trở thành nhà cung ứng cấp 1 cho các tập đoàn FDI.",
            "2024-10-14",
            "ministry",
            ["strategy_page", "ordinal_not_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đến năm 2030, hết giai đoạn đầu, doanh thu mạch in và lắp ráp bo mạch trong nước phải vượt 25 tỷ USD/năm, còn các chuyền SMT được tự động hoá phần lớn.",
            "2024-10-14",
            "ministry",
            ["strategy_page", "old_tone", "target_no_deal", "money_per_year", "approx", "no_event"],
            money=[m(25 * B, "USD", "năm", True)],
            events=[],
        ),
        h(
            n(),
            "Nhìn vào rổ hàng nhập khẩu, nguyên liệu và linh kiện vẫn nặng ký như cách đây hơn mười năm.",
            "2022-06-09",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thái Lan có chừng 25% GDP từ chế biến, chế tạo, Trung Quốc khoảng 34%, còn ở Việt Nam con số này mới quanh 15% vì linh kiện nhập vẫn quá nhiều.",
            "2022-06-09",
            "ministry",
            ["feature", "statistics", "country_list", "percentage", "no_event"],
            percentages=[25, 34, 15],
            locations=[country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Chưa thống nhất được công nghiệp hỗ trợ gồm những gì thì chính sách cho nó khó mà trúng.",
            "2022-06-09",
            "ministry",
            ["nfd", "feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Apple rời Trung Quốc: chuyện sớm hay muộn\nẤn Độ và Việt Nam đang là hai cái tên Apple nhắm tới khi giảm phụ thuộc vào các nhà máy Trung Quốc.",
            "2022-12-08",
            "ministry",
            [
                "forum_thread",
                "headline_lead",
                "relocation_no_deal",
                "region_nothing",
                "country_list",
                "multiline",
                "no_event",
            ],
            firms=[f("Apple")],
            locations=[country("Trung Quốc"), country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Chờ 34 ngày mới nhận máy, mười tuần sau khi bán – đó là cái giá khi gần 80% iPhone bản Pro dồn về một khu nhà máy gần 250.000 công nhân ở Trịnh Châu.",
            "2022-12-08",
            "ministry",
            [
                "forum_thread",
                "city_abroad_nothing",
                "duration_no_count",
                "count_in_words",
                "count",
                "approx",
                "percentage",
                "no_event",
            ],
            quantities=[c(250000, "công nhân", True)],
            percentages=[80],
            events=[],
        ),
        h(
            n(),
            "Nhân công dồi dào, chính sách ít đổi và sức mua nội địa lớn từng là lý do Apple đặt gần hết trứng vào giỏ Trung Quốc.",
            "2022-12-08",
            "ministry",
            ["forum_thread", "brand_firm", "country", "no_event"],
            firms=[f("Apple")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khủng hoảng chip toàn cầu | Tài chính kinh doanh\nChip trong hàng điện tử Việt gần như toàn hàng nhập, phần nhiều từ Trung Quốc, nên cơn khan hiếm toàn cầu đánh thẳng vào cả xưởng sản xuất lẫn cửa hàng bán lẻ.\n\nTRỌN BỘ",
            "2021-05-20",
            "ministry",
            ["video_page", "program_title", "series_chrome", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một hội thảo ở Hà Nội sáng 19/4 kết luận: khối FDI vẫn gánh gần hết ngành điện tử, còn doanh nghiệp Việt mới chạm tới vài khâu đầu của chuỗi giá trị; hội thảo khép lại chương trình chia sẻ tri thức Hàn Quốc - Việt Nam./.",
            "2018-04-19",
            "ministry",
            ["video_page", "workshop_no_deal", "country_pair", "end_mark", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI overview with related links (S1 r1 = S5 r3 = S7 r3 = S12 r3 =
    # S17 r1) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Bán dẫn, điện tử và hàng có hàm lượng công nghệ cao được giới phân tích chờ đón vốn ngoại nhiều nhất trong năm mới, sau một năm 2023 mà FDI gần như là tin vui duy nhất.",
            "2024-01-15",
            "ministry",
            ["outlet_prefix_nothing", "lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Cứ 10 USD vốn FDI mới thì gần 4 USD vào Đông Nam bộ\n- Đài Loan dốc hàng tỉ USD giành suất làm chip 2nm",
            "2024-01-15",
            "ministry",
            ["related_links", "region_nothing", "vague_amount", "country", "approx", "multiline", "no_event"],
            money=[m(10, "USD"), m(4, "USD", approx=True)],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Vốn FDI cam kết nửa đầu năm 2023 chỉ khoảng 13,1 tỉ USD (giảm 3,8%), nối tiếp cú lùi gần 9% của cả năm 2022, dù Chính phủ đã tung nhiều gói hỗ trợ doanh nghiệp.",
            "2024-01-15",
            "ministry",
            ["statistics", "ti_spelling", "approx", "percentage", "no_event"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[9, 3.8],
            events=[],
        ),
        h(
            n(),
            "Lạm phát, lãi vay cao và xung đột ở nhiều nơi là những lý do cơ quan thống kê đưa ra cho đà giảm.",
            "2024-01-15",
            "ministry",
            ["nfd", "bare_unit_no_org", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Chinese circuit-board group licensed in Bắc Ninh, a news aggregator (S1 r2) ---
    rows += [
        h(
            n(),
            "Gần 2.000 lao động sẽ có việc ở nhà máy mạch in 185 triệu USD sắp về Bắc Ninh\nGiấy phép vừa cấp cho Tập đoàn Jinhong Circuit (Trung Quốc) mở đường cho nhà máy mạch in nhiều lớp ở Bắc Ninh; khi chạy máy từ năm 2027, nhà máy cần chừng 1.950 người, cả kỹ sư lẫn chuyên gia.",
            "2024-09-26",
            "provincial",
            [
                "headline_lead",
                "licence_passive",
                "no_grantor",
                "headline_amount_licence",
                "country_bracket",
                "count",
                "approx",
                "multiline",
            ],
            firms=[f("Jinhong Circuit", "Tập đoàn")],
            provinces=[pv("Bắc Ninh")],
            money=[m(185 * M, "USD")],
            quantities=[c(2000, "lao động", True), c(1950, "người", True)],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Jinhong Circuit"], 185 * M, BN)],
            events=[ev("investment_licence", [F("Jinhong Circuit")], 185 * M, "USD", BN, "licensed")],
        ),
        h(
            n(),
            "Nhà máy được đặt trong KCN Quế Võ II, trên khu đất rộng 86.400 m2.",
            "2024-09-26",
            "provincial",
            ["plant_details_no_firm", "park", "area", "no_event"],
            areas=[ha(8.64)],
            locations=[park("Khu công nghiệp Quế Võ II")],
            events=[],
        ),
        h(
            n(),
            "Chủ dự án là Công ty TNHH Công nghệ Jinhong Circuit (Việt Nam), đơn vị thành viên của tập đoàn chuyên nghiên cứu, chế tạo và bán bảng mạch in độ chính xác cao.",
            "2024-09-26",
            "provincial",
            [
                "investor_line",
                "deal_no_event",
                "vietnam_bracket_dropped",
                "lowercase_group_no_firm",
                "no_amount",
            ],
            firms=[f("Công nghệ Jinhong Circuit", "Công ty TNHH")],
            deals=[deal("investment", ["Công nghệ Jinhong Circuit"])],
            events=[],
        ),
        h(
            n(),
            "Tháng 9/2027 là mốc vận hành chính thức; trước đó là bốn tháng chạy thử, còn phần xây dựng gói gọn trong năm quý, bắt đầu từ quý II/2025.",
            "2024-09-26",
            "provincial",
            ["nfd", "schedule_no_event", "quarter_no_date", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà thầu sẽ thuê tại chỗ khoảng 40% trong chừng 180 công nhân xây dựng, những người này tối về nhà; người từ tỉnh khác đến thì thuê trọ trong các xóm quanh khu công nghiệp.",
            "2024-09-26",
            "provincial",
            ["construction_workers", "count", "approx", "percentage", "no_event"],
            quantities=[c(180, "công nhân xây dựng", True)],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Hội viên nòng cốt của Hiệp hội Mạch in Trung Quốc, Jinhong Circuit ra đời tháng 4/2008 và nay bán bo cho khách hàng làm máy chủ, thiết bị y tế và xe điện.",
            "2024-09-26",
            "provincial",
            ["company_history", "founding_no_deal", "country_in_org_name_nothing", "no_event"],
            firms=[f("Jinhong Circuit")],
            organizations=["Hiệp hội Mạch in Trung Quốc"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean board maker licensed by a People's Committee (S1 r3 = S5 r2 = S8 r2) ---
    rows += [
        h(
            n(),
            "Công ty điện tử Hàn Quốc rót 85 triệu USD vào Hải Dương\nCông ty TNHH Sungjin Electronics Việt Nam nhận giấy chứng nhận đầu tư từ UBND tỉnh Hải Dương chiều 17.9, cho nhà máy bo mạch mang tên Sungjin Việt Nam.",
            "2015-09-18",
            "provincial",
            [
                "headline_lead",
                "licence",
                "committee_as_grantor",
                "headline_amount_licence",
                "plant_name_no_firm",
                "vietnam_dropped",
                "dotted_date",
                "deal_date",
                "year_inferred",
                "country_after_noun",
                "multiline",
            ],
            firms=[f("Sungjin Electronics", "Công ty TNHH")],
            organizations=["Ủy ban nhân dân tỉnh Hải Dương"],
            provinces=[pv("Hải Dương")],
            money=[m(85 * M, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Sungjin Electronics"], 85 * M, HD, "2015-09-17")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Hải Dương"), F("Sungjin Electronics")],
                    85 * M,
                    "USD",
                    HD,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Sau khoảng 8 tháng xây xưởng, nhà đầu tư hẹn chạy thử vào giữa năm 2016 và sản xuất ổn định trước cuối năm đó.",
            "2015-09-18",
            "provincial",
            ["schedule_no_event", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khoảng 650 lao động địa phương sẽ làm việc ở đây khi nhà máy đạt công suất 8 triệu bo mạch/năm, phần lớn cho điện thoại, phần còn lại cho đồ gia dụng.\nTheo TTXVN",
            "2015-09-18",
            "provincial",
            ["capacity_no_count", "agency_credit_nothing", "count", "approx", "multiline", "no_event"],
            quantities=[c(650, "lao động địa phương", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a mobile page on a Korean maker's licence (S3 r1) and a news bulletin on a denied line move
    # with comment chrome (S3 r2) ---
    rows += [
        h(
            n(),
            "520 triệu USD xây nhà máy của Hanseong tại Thái Nguyên\nNhà máy mô-đun điện tử công suất 45 triệu sản phẩm/năm của Công ty TNHH Hanseong Electronics Việt Nam đã có giấy phép đầu tư từ ngày 9/4.",
            "2009-04-10",
            "provincial",
            [
                "mobile_page",
                "headline_lead",
                "headline_amount_licence",
                "licence_received_no_grantor",
                "short_name_and_full_name",
                "plant_name_no_firm",
                "capacity_no_count",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Hanseong"), f("Hanseong Electronics", "Công ty TNHH")],
            provinces=[pv("Thái Nguyên")],
            money=[m(520 * M, "USD")],
            deals=[deal("investment", ["Hanseong Electronics"], 520 * M, TN, "2009-04-09")],
            events=[ev("investment_licence", [F("Hanseong Electronics")], 520 * M, "USD", TN, "licensed")],
        ),
        h(
            n(),
            "Bản tin [14 – 07 – 2021] – DAEWON PHỦ NHẬN DỜI DÂY CHUYỀN BẢN MẠCH VỀ VIỆT NAM\n\nCông ty mẹ của Daewon ở Seoul nói với Yonhap rằng không có cơ sở cho tin tập đoàn sẽ đưa dây chuyền bản mạch dẻo từ Trung Quốc về Bắc Ninh trong năm nay, tin mà nguồn từ Daewon Việt Nam đưa ra hôm 12/7.",
            "2021-07-14",
            "ministry",
            [
                "news_bulletin",
                "caps_headline",
                "caps_firm_usual_spelling",
                "denied_relocation_no_deal",
                "vietnam_dropped",
                "city_abroad_nothing",
                "agency_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Daewon")],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Leave a Reply\n\nYour email address will not be published. Required fields are marked *",
            "2021-07-14",
            "ministry",
            [E, "comment_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean maker to sell its rigid-flex board plant (S3 r4) ---
    rows += [
        h(
            n(),
            "Nhà máy bản mạch điện thoại của Sunwoo ở Việt Nam sắp đổi chủ\nTin thế giới, Tin tức, Tin Việt Nam\nadmin02 18/06/2021 09:30",
            "2021-06-18",
            "ministry",
            [
                "headline_only",
                "sale_without_buyer_no_deal",
                "category_chrome",
                "username_nothing",
                "timestamp",
                "multiline",
                "no_event",
            ],
            firms=[f("Sunwoo")],
            events=[],
        ),
        h(
            n(),
            "Mảng bản mạch cứng - dẻo (RFPCB) ở Việt Nam sẽ được Sunwoo Electro-Mechanics rao bán từ tháng 9, sau khi vị CEO mới quyết rút khỏi dòng hàng này, tờ ETNews của Hàn Quốc cho hay.",
            "2021-06-18",
            "ministry",
            ["sale_without_buyer_no_deal", "outlet_nothing", "bare_role_no_person", "country", "no_event"],
            firms=[f("Sunwoo Electro-Mechanics")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn một của nhà máy Công ty TNHH Sunwoo Electro-Mechanics Việt Nam ở KCN Điềm Thụy, huyện Phú Bình (Thái Nguyên) xong từ tháng 11/2015.",
            "2021-06-18",
            "ministry",
            [
                "nfd",
                "recalled_plant",
                "deal_no_event",
                "no_amount",
                "vietnam_dropped",
                "district",
                "province_in_brackets",
                "park",
            ],
            firms=[f("Sunwoo Electro-Mechanics", "Công ty TNHH")],
            provinces=[pv("Thái Nguyên")],
            locations=[park("Khu công nghiệp Điềm Thụy"), district("huyện Phú Bình")],
            deals=[deal("investment", ["Sunwoo Electro-Mechanics"], None, TN)],
            events=[],
        ),
        h(
            n(),
            "Hanbit Circuit (trên 55%) và Kolon Flex (chừng 15%), hai hãng Hàn Quốc khác, đang gánh phần lớn bản mạch RFPCB cho mẫu điện thoại mới của hãng Mỹ; Sunwoo chỉ còn khoảng 25%.",
            "2021-06-18",
            "ministry",
            [
                "supply_without_contract_no_deal",
                "unnamed_customer",
                "country_after_noun",
                "percentage",
                "no_event",
            ],
            firms=[f("Hanbit Circuit"), f("Kolon Flex"), f("Sunwoo")],
            locations=[country("Hàn Quốc"), country("Mỹ")],
            percentages=[55, 15, 25],
            events=[],
        ),
        h(
            n(),
            "Trước đó, Sunwoo từng tính bán mảng mô-đun không dây cho một công ty trong nước nhưng thương vụ không thành.",
            "2021-06-18",
            "ministry",
            ["failed_sale_no_deal", "no_event"],
            firms=[f("Sunwoo")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a finance site's four-month FDI figures with one named licence (S6 r1) ---
    rows += [
        h(
            n(),
            " date 2024-05 Cụ thể, vốn đăng ký mới hơn 4,6 tỷ USD (tăng 9,2%) đến từ 812 dự án được cấp GCNĐKĐT, số dự án tăng 48,6%.",
            "2024-05-06",
            "ministry",
            [
                "page_chrome_date",
                "statistics",
                "abbreviation_nothing",
                "count",
                "approx",
                "percentage",
                "no_event",
            ],
            quantities=[c(812, "dự án")],
            money=[m(4.6 * B, "USD", approx=True)],
            percentages=[9.2, 48.6],
            events=[],
        ),
        h(
            n(),
            "Hơn 2,7 tỷ USD đi qua 1.113 giao dịch góp vốn, mua cổ phần của nhà đầu tư nước ngoài, trong khi 402 lượt dự án điều chỉnh bổ sung gần 1,9 tỷ USD.",
            "2024-05-06",
            "ministry",
            ["statistics", "count", "approx", "no_event"],
            quantities=[c(402, "lượt dự án"), c(1113, "giao dịch")],
            money=[m(1.9 * B, "USD", approx=True), m(2.7 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Xếp sau Bắc Ninh (hơn 1,3 tỷ USD, gần 21% cả nước) là Hà Nội, rồi TP. Hồ Chí Minh, Hải Phòng, Bình Dương…\nMười tỉnh, thành hút FDI lớn nhất 4 tháng đầu năm 2024. Nguồn: Bộ Kế hoạch và Đầu tư.",
            "2024-05-06",
            "ministry",
            [
                "statistics",
                "province_list",
                "caption",
                "count_in_words",
                "approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh"), pv("Hà Nội"), pv("Hồ Chí Minh"), pv("Hải Phòng"), pv("Bình Dương")],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            money=[m(1.3 * B, "USD", approx=True)],
            percentages=[21],
            events=[],
        ),
        h(
            n(),
            'Lớn nhất là dự án "Nhà máy linh kiện chính xác Hengtai", 210 triệu USD, do Công ty TNHH Hengtai Việt Nam triển khai ở KCN Vân Trung cho nhà đầu tư Hengtai Holdings (Singapore) Pte. Ltd.',
            "2024-05-06",
            "ministry",
            [
                "round_line_no_verb",
                "deal_no_event",
                "plant_name_in_quotes_no_firm",
                "foreign_legal_form",
                "country_bracket",
                "vietnam_dropped",
                "park_names_no_province",
            ],
            firms=[f("Hengtai Holdings", "Pte. Ltd."), f("Hengtai", "Công ty TNHH")],
            money=[m(210 * M, "USD")],
            locations=[park("Khu công nghiệp Vân Trung"), country("Singapore")],
            deals=[deal("investment", ["Hengtai Holdings"], 210 * M)],
            events=[],
        ),
        h(
            n(),
            "Vốn ngoại bốn tháng qua có mặt ở 49 tỉnh, thành phố.",
            "2024-05-06",
            "ministry",
            ["statistics", "count", "no_event"],
            quantities=[c(49, "tỉnh, thành phố")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a trading firm's repost of a licence conference in Bắc Ninh, with an impossible date (S6 r2) ---
    rows += [
        h(
            n(),
            "Gần 940 triệu USD là tổng vốn của 19 doanh nghiệp nhận giấy chứng nhận đăng ký đầu tư từ UBND tỉnh Bắc Ninh ngày 30/02/2025; thêm một doanh nghiệp ký thoả thuận mở rộng, tăng 180 triệu USD.",
            "2025-04-02",
            "provincial",
            [
                "repost",
                "impossible_date",
                "unnamed_investors_no_deal",
                "old_tone",
                "count",
                "approx",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(19, "doanh nghiệp")],
            money=[m(940 * M, "USD", approx=True), m(180 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết 57-NQ/TW của Bộ Chính trị về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đang được tỉnh cụ thể hoá: 8 trong 12 dự án trong nước vừa nhận giấy thuộc diện công nghệ cao.",
            "2025-04-02",
            "provincial",
            ["repost", "old_tone", "party_resolution_as_decision", "count", "count_without_noun", "no_event"],
            organizations=["Bộ Chính trị"],
            decisions=[d("57-NQ/TW")],
            quantities=[c(12, "dự án trong nước")],
            events=[],
        ),
        h(
            n(),
            "Giữ ngôi đầu cả nước về giá trị sản xuất công nghiệp là điều tỉnh quyết làm, ông Lương Văn Trung, Chủ tịch UBND tỉnh Bắc Ninh, nói khi cảm ơn các nhà đầu tư.",
            "2025-04-02",
            "provincial",
            ["nfd", "repost", "person_role_after", "no_event"],
            persons=[per("Lương Văn Trung", "Chủ tịch UBND tỉnh Bắc Ninh")],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Sáu doanh nghiệp giải ngân tốt, tổng vốn gần 1,1 tỉ USD, được tỉnh tặng bằng khen; tính tới hết quý I/2025, Bắc Ninh có 2,3 tỉ USD vốn FDI, chưa kể các dự án vừa nhận giấy.",
            "2025-04-02",
            "provincial",
            ["repost", "cumulative_no_deal", "ti_spelling", "count_in_words", "approx", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(1.1 * B, "USD", approx=True), m(2.3 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp sẽ có tỉnh bên cạnh suốt quá trình làm dự án, và cải cách thủ tục sẽ không dừng, lãnh đạo tỉnh hứa.",
            "2025-04-02",
            "provincial",
            ["repost", "pledge_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đổi lại, nhà đầu tư được yêu cầu khởi công sớm và đẩy giải ngân lên mức cao nhất có thể.",
            "2025-04-02",
            "provincial",
            ["repost", "bare_role_no_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a daily's item on a Taiwanese touch-panel maker's top-up in Bắc Giang (S6 r4) ---
    rows += [
        h(
            n(),
            "Vốn của Kaiwin Việt Nam lên 640 triệu USD\n\n(SGGP). – Thêm 410 triệu USD cho giai đoạn 2 vừa được UBND tỉnh Bắc Giang chấp thuận qua giấy chứng nhận đầu tư điều chỉnh, đưa tổng vốn của Công ty TNHH Kaiwin Việt Nam tại KCN Đình Trám, huyện Việt Yên, lên 640 triệu USD.",
            "2012-05-03",
            "provincial",
            [
                "headline_lead",
                "licence_increase",
                "amount_first",
                "committee_as_grantor",
                "outlet_prefix_nothing",
                "increase_not_total",
                "vietnam_dropped",
                "district",
                "park",
                "multiline",
            ],
            firms=[f("Kaiwin", "Công ty TNHH")],
            organizations=["Ủy ban nhân dân tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            money=[m(640 * M, "USD"), m(410 * M, "USD"), m(640 * M, "USD")],
            locations=[park("Khu công nghiệp Đình Trám"), district("huyện Việt Yên")],
            deals=[deal("investment", ["Kaiwin"], 410 * M, BG)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Bắc Giang"), F("Kaiwin")],
                    410 * M,
                    "USD",
                    BG,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Nhờ khoản bổ sung của hãng màn hình cảm ứng Đài Loan (Trung Quốc) này, Bắc Giang lọt nhóm địa phương hút FDI nhiều nhất năm 2012.",
            "2012-05-03",
            "provincial",
            ["firm_unnamed_no_entry", "country_bracket", "no_event"],
            provinces=[pv("Bắc Giang")],
            locations=[country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Cả nước, số vốn tăng thêm qua 70 lượt điều chỉnh là 1,2 tỷ USD, còn 172 dự án cấp mới mang về 3,2 tỷ USD, Bộ KH-ĐT cho biết với số liệu đến 25-4-2012.\n\nM.THU\n\nTin cùng chuyên mục",
            "2012-05-03",
            "provincial",
            [
                "statistics",
                "org_abbreviated",
                "initials_nothing",
                "related_chrome",
                "count",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ KH-ĐT"],
            quantities=[c(70, "lượt điều chỉnh"), c(172, "dự án")],
            money=[m(1.2 * B, "USD"), m(3.2 * B, "USD")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a foreign broadcaster's Vietnamese service on a Taiwanese maker's plan (S12 r1) ---
    rows += [
        h(
            n(),
            "Thiếu thợ và lương leo thang ở Trung Quốc khiến Hualon Touch, hãng làm mô-đun cảm ứng của Đài Loan, chốt khoản 180 triệu đô la cho một nhà máy mới ở Phú Thọ.",
            "2011-04-05",
            "ministry",
            ["announced_investment", "dollar_word_usd", "country_after_noun", "country"],
            firms=[f("Hualon Touch")],
            provinces=[pv("Phú Thọ")],
            money=[m(180 * M, "USD")],
            locations=[country("Đài Loan"), country("Trung Quốc")],
            deals=[deal("investment", ["Hualon Touch"], 180 * M, PT)],
            events=[ev("investment_announcement", [F("Hualon Touch")], 180 * M, "USD", PT, "announced")],
        ),
        h(
            n(),
            "Công ty dự trù cần 4.000 đến 8.000 công nhân; xưởng, làm mô-đun cảm ứng cho máy tính bảng, sẽ được khởi công ngay năm nay, báo Kinh tế Đài Loan viết.\nNguồn: Taiwan Economic News, Tuoi Tre",
            "2011-04-05",
            "ministry",
            [
                "planned_groundbreaking_no_firm",
                "outlet_nothing",
                "source_line_nothing",
                "range_both_counts",
                "count",
                "multiline",
                "no_event",
            ],
            quantities=[c(4000, "công nhân"), c(8000, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Đọc nhiều nhất\n1\nThái Lan đóng cửa khẩu với Campuchia sau đụng độ ở biên giới\n2Nhật Bản nới điều kiện visa cho lao động kỹ năng",
            "2011-04-05",
            "ministry",
            ["most_read_chrome", "glued_rank_numbers", "country_list", "multiline", "no_event"],
            locations=[country("Thái Lan"), country("Campuchia"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "VOA có ứng dụng mới\nXem tin VOA ngay trên điện thoại và máy tính bảng! Ứng dụng mới dễ dùng hơn và có sẵn công cụ vượt tường lửa để đọc tin bằng 22 ngôn ngữ.",
            "2011-04-05",
            "ministry",
            ["app_promo_chrome", "outlet_nothing", "count", "multiline", "no_event"],
            quantities=[c(22, "ngôn ngữ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a news site on Taiwanese electronics investors and a supply-chain campus launched in Taipei
    # (S12 r2) ---
    rows += [
        h(
            n(),
            "Chuỗi cung ứng toàn cầu sắp xếp lại, và Việt Nam đang là nơi nhận nhiều vốn điện tử, bán dẫn từ Đài Loan.",
            "2025-11-12",
            "ministry",
            ["lead", "country", "no_event"],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Vì sao doanh nghiệp Đài Loan chọn Việt Nam?\nỞ hội thảo tại Đài Bắc, các diễn giả nhắc nhiều tới chi phí hợp lý, các hiệp định thương mại và lực lượng kỹ sư trẻ.",
            "2025-11-12",
            "ministry",
            ["subheading", "question_heading", "city_abroad_nothing", "country", "multiline", "no_event"],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Việt Nam là điểm đến hàng đầu khi doanh nghiệp Đài Loan “hướng Nam”, ông Trịnh Văn Hào, Chủ nhiệm Văn phòng Kinh tế Văn hóa Việt Nam tại Đài Bắc, nói trong buổi giới thiệu “Khuôn viên chuỗi cung ứng điện tử Phú Hòa - tỉnh Hà Nam” ở Đài Bắc.",
            "2025-11-12",
            "ministry",
            [
                "campus_launch_no_deal",
                "person_role_after",
                "city_abroad_nothing",
                "province_in_quoted_name",
                "country",
                "no_event",
            ],
            persons=[per("Trịnh Văn Hào", "Chủ nhiệm Văn phòng Kinh tế Văn hóa Việt Nam tại Đài Bắc")],
            organizations=["Văn phòng Kinh tế Văn hóa Việt Nam tại Đài Bắc"],
            provinces=[pv("Hà Nam")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Ông Hào nói nhà đầu tư điện tử, bán dẫn giờ được hỗ trợ trọn gói hơn trước, từ mặt bằng tới giấy tờ và đào tạo người làm.",
            "2025-11-12",
            "ministry",
            ["given_name_alone_no_person", "policy_list", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hiệp hội Doanh nghiệp Việt Nam - Đài Loan (VTBA) được lập năm 2016, khi Đài Bắc bắt đầu đẩy doanh nghiệp sang Đông Nam Á, TS Lâm Gia Hưng, người đứng đầu hiệp hội, kể.",
            "2025-11-12",
            "ministry",
            [
                "nfd",
                "reported_speech",
                "acronym_bracket",
                "academic_title_no_role",
                "person_role_after",
                "no_event",
            ],
            persons=[per("Lâm Gia Hưng", "người đứng đầu hiệp hội")],
            organizations=["Hiệp hội Doanh nghiệp Việt Nam - Đài Loan"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a 2003 portal item on Taiwanese investors, relayed from a Taiwanese paper (S12 r4) ---
    rows += [
        h(
            n(),
            "Văn hóa gần gũi và người lao động hiền hòa là lý do nhà đầu tư Đài Loan chuộng Việt Nam, theo ông Lin Chao-ming, Tổng giám đốc Tập đoàn Hsinwei Foods tại Việt Nam.",
            "2003-04-21",
            "ministry",
            ["person_role_after", "foreign_name_person", "country", "no_event"],
            persons=[per("Lin Chao-ming", "Tổng giám đốc Tập đoàn Hsinwei Foods tại Việt Nam")],
            firms=[f("Hsinwei Foods", "Tập đoàn")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Chenta Cable, hãng cáp điện Đài Loan có chừng 350 công nhân ở Việt Nam, đang định mở thêm vài cơ sở nữa vì nhà máy hiện tại đã kín việc từ tháng Giêng.",
            "2003-04-21",
            "ministry",
            [
                "plan_more_plants",
                "announced_investment",
                "no_amount",
                "no_site",
                "country_after_noun",
                "count",
                "approx",
            ],
            firms=[f("Chenta Cable")],
            quantities=[c(350, "công nhân", True)],
            locations=[country("Đài Loan")],
            deals=[deal("investment", ["Chenta Cable"])],
            events=[ev("investment_announcement", [F("Chenta Cable")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Một nhà máy mới để làm mì ăn liền sẽ được Hsinwei hoàn tất vào tháng 7, trong năm mà doanh thu tại Việt Nam ước lên 41,5 triệu USD, tăng 25%.\n(Thu Hương - Theo Tin tức Kinh tế Đài Loan)",
            "2003-04-21",
            "ministry",
            [
                "revenue_no_deal",
                "plant_under_construction",
                "announced_investment",
                "no_amount",
                "byline_person",
                "outlet_nothing",
                "approx",
                "percentage",
                "multiline",
            ],
            firms=[f("Hsinwei")],
            persons=[per("Thu Hương", None)],
            money=[m(41.5 * M, "USD", approx=True)],
            percentages=[25],
            deals=[deal("investment", ["Hsinwei"])],
            events=[ev("investment_announcement", [F("Hsinwei")], None, None, None, "announced")],
        ),
    ]
    # --- Vietnamese news: a marketing magazine on groups moving to Việt Nam, with a news agency photo caption (S15 r4) ---
    rows += [
        h(
            n(),
            " date 2022-07 Lắp bo mạch tại Công ty TNHH Điện tử Sejin Vina, khu công nghiệp Khai Quang, Vĩnh Phúc. Ảnh minh họa: Minh Đức/TTXVN",
            "2022-07-04",
            "ministry",
            [
                "page_chrome_date",
                "caption",
                "trailing_vina_dropped",
                "lowercase_park",
                "photo_credit_person",
                "agency_nothing",
            ],
            firms=[f("Điện tử Sejin", "Công ty TNHH")],
            provinces=[pv("Vĩnh Phúc")],
            persons=[per("Minh Đức", None)],
            locations=[park("Khu công nghiệp Khai Quang")],
            events=[],
        ),
        h(
            n(),
            "Những cái tên đang dời cơ sở sang Việt Nam gồm Luxshare, Goertek của Trung Quốc và Pegatron của Đài Loan (Trung Quốc), Martin Kessler, cố vấn của hãng tư vấn Mekong Gate, nhận định.",
            "2022-07-04",
            "ministry",
            [
                "relocation_no_deal",
                "person_role_after",
                "brand_list",
                "consultancy_firm",
                "country_bracket",
                "no_event",
            ],
            persons=[per("Martin Kessler", "cố vấn của hãng tư vấn Mekong Gate")],
            firms=[f("Luxshare"), f("Goertek"), f("Pegatron"), f("Mekong Gate")],
            locations=[country("Trung Quốc"), country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Samsung báo hồi tháng 3 sẽ rót thêm 850 triệu USD vào Việt Nam, đài DW của Đức dẫn lại; tạp chí Nikkei Asia thì viết Apple đang đưa bớt việc lắp máy tính bảng khỏi Trung Quốc.",
            "2022-07-04",
            "ministry",
            [
                "outlet_nothing",
                "announced_investment",
                "no_site",
                "relocation_no_deal",
                "brand_firm",
                "country",
            ],
            firms=[f("Samsung"), f("Apple")],
            money=[m(850 * M, "USD")],
            locations=[country("Đức"), country("Trung Quốc")],
            deals=[deal("investment", ["Samsung"], 850 * M)],
            events=[ev("investment_announcement", [F("Samsung")], 850 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Khi lương ở Trung Quốc không còn rẻ và quan hệ thương mại giữa Mỹ với Trung Quốc căng lên, Việt Nam thành lựa chọn tự nhiên cho các nhà máy muốn rời đi.",
            "2022-07-04",
            "ministry",
            ["nfd", "relocation_no_deal", "country_list", "no_event"],
            locations=[country("Trung Quốc"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Lao động trẻ đông, cảng biển thuận tiện và một loạt FTA với EU cùng các nước châu Á cũng là điểm cộng, trong lúc Washington đang tìm cách đa dạng hoá nguồn cung.",
            "2022-07-04",
            "ministry",
            [
                "old_tone",
                "capital_city_abroad_nothing",
                "bloc_nothing",
                "region_nothing",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: export statistics for computers and electronics: a phone retailer's news pages (S16 r1,
    # S16 r3) and a national news site (S16 r4) ---
    rows += [
        h(
            n(),
            "Trung Quốc là một trong những thị trường lớn của hàng điện tử Việt Nam. Ảnh Internet\n\nĐạt 16,7 tỷ USD sau sáu tháng đầu năm 2019, tăng 11,8%, nhóm máy vi tính, sản phẩm điện tử và linh kiện tiếp tục là mặt hàng xuất khẩu chủ lực, theo số liệu Tổng cục Hải quan.",
            "2019-07-22",
            "ministry",
            [
                "caption",
                "photo_credit_nothing",
                "statistics",
                "country",
                "percentage",
                "multiline",
                "no_event",
            ],
            organizations=["Tổng cục Hải quan"],
            money=[m(16.7 * B, "USD")],
            percentages=[11.8],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hàn Quốc mua 1,6 tỷ USD (tăng 40,2%), EU gần 2,8 tỷ USD, còn Trung Quốc vẫn đứng đầu với 4,1 tỷ USD, tăng 21,3%…",
            "2019-07-22",
            "ministry",
            ["nfd", "statistics", "bloc_nothing", "country_list", "approx", "percentage", "no_event"],
            money=[m(1.6 * B, "USD"), m(2.8 * B, "USD", approx=True), m(4.1 * B, "USD")],
            percentages=[40.2, 21.3],
            locations=[country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nhập khẩu chiều ngược lại là 22,4 tỷ USD (tăng 12,7%), nguồn lớn nhất vẫn là Hàn Quốc với 9,3 tỷ USD, sau đó mới tới Trung Quốc, Nhật Bản.",
            "2019-07-22",
            "ministry",
            ["statistics", "country_list", "percentage", "no_event"],
            money=[m(22.4 * B, "USD"), m(9.3 * B, "USD")],
            percentages=[12.7],
            locations=[country("Hàn Quốc"), country("Trung Quốc"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Tháng 4/2019 nhập 4,1 tỷ USD hàng điện tử, máy tính và linh kiện (tăng 19,6%), trong khi xuất đạt 2,9 tỷ USD, nhích 7,5% so với tháng 3, theo Tổng cục Thống kê.",
            "2019-05-08",
            "ministry",
            ["statistics", "percentage", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(4.1 * B, "USD"), m(2.9 * B, "USD")],
            percentages=[19.6, 7.5],
            events=[],
        ),
        h(
            n(),
            "Hàng máy tính, điện tử Việt sang Mỹ vượt 14 tỷ USD\nĐông Nam Á rồi sẽ là công xưởng máy tính cá nhân mới thay cho Trung Quốc, theo dự báo của viện nghiên cứu MIC.",
            "2023-11-24",
            "ministry",
            ["headline_lead", "acronym_org", "region_nothing", "country", "approx", "multiline", "no_event"],
            organizations=["MIC"],
            money=[m(14 * B, "USD", approx=True)],
            locations=[country("Mỹ"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khối FDI chiếm 97,5% kim ngạch xuất khẩu nhóm hàng năm 2022, với hơn 55 tỷ USD; phía nhập, Hàn Quốc bán vào 21,4 tỷ USD, Đài Loan (Trung Quốc) 10,1 tỷ USD.",
            "2023-11-24",
            "ministry",
            ["statistics", "country_bracket", "approx", "percentage", "no_event"],
            money=[m(55 * B, "USD", approx=True), m(21.4 * B, "USD"), m(10.1 * B, "USD")],
            percentages=[97.5],
            locations=[country("Hàn Quốc"), country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Riêng mười tháng, hàng sang Mỹ đạt 12,8 tỷ USD (tăng 24,1%), đủ để Mỹ đứng trên Trung Quốc, Liên minh châu Âu (EU) và Hàn Quốc.",
            "2023-11-24",
            "ministry",
            ["statistics", "bloc_nothing", "count_in_words", "country_list", "percentage", "no_event"],
            money=[m(12.8 * B, "USD")],
            percentages=[24.1],
            locations=[country("Mỹ"), country("Trung Quốc"), country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- English copy: a circuit-board trade site's interview with a board-shop owner (S17 r3 = S19 r1) ---
    rows += [
        h(
            n(),
            "Few board-shop owners I know run plants on two continents; Tuan Pham, owner of Orion Circuits, whom I first met almost a decade ago, has one in the US and one in Vietnam.",
            "2016-03-14",
            "ministry",
            [E, "interview_intro", "person_role_after", "role_names_firm", "country_noun", "no_event"],
            persons=[per("Tuan Pham", "owner of Orion Circuits")],
            firms=[f("Orion Circuits")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "The park in question is a 40-hectare (99-acre) tech campus inside Saigon Hi-Tech Park in Ho Chi Minh City, whose tenants already include Intel and Samsung; its developers are Orion Circuits Vietnam LTD and Saigon Landtech, who pitch it as a small Silicon Valley.",
            "2016-03-14",
            "ministry",
            [
                E,
                "park_developers",
                "investor_line",
                "deal_no_event",
                "two_developers_one_deal",
                "foreign_legal_form",
                "vietnam_dropped",
                "acres_and_hectares",
                "english_park_no_location",
                "place_name_nothing",
                "brand_list",
            ],
            firms=[
                f("Intel"),
                f("Samsung"),
                f("Orion Circuits", "LTD"),
                f("Saigon Landtech"),
            ],
            provinces=[pv("Hồ Chí Minh")],
            areas=[ha(40)],
            deals=[deal("investment", ["Orion Circuits", "Saigon Landtech"], None, HCM)],
            events=[],
        ),
        h(
            n(),
            "Rick Holloway: What is the timetable?\nTuan Pham: We build in three stages. Stage one, about 6 hectares, should get its first tenants late next year, and Orion's board and assembly lines will be there from day one.",
            "2016-03-14",
            "ministry",
            [
                E,
                "interview",
                "speaker_labels_persons",
                "short_name",
                "count_in_words",
                "area",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Rick Holloway", None), per("Tuan Pham", None)],
            firms=[f("Orion")],
            areas=[ha(6, True)],
            events=[],
        ),
        h(
            n(),
            "Orion has made boards near the city since 2007, and Tuan reckons the finished campus will hold more than $1.1 billion of investment.",
            "2016-03-14",
            "ministry",
            [
                E,
                "presence_no_deal",
                "short_name",
                "given_name_alone_no_person",
                "forecast_no_deal",
                "approx",
                "no_event",
            ],
            firms=[f("Orion")],
            money=[m(1.1 * B, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- English copy: a national daily's English edition on the board plant's groundbreaking in Bắc Ninh (S17 r4 =
    # S19 r3) ---
    rows += [
        h(
            n(),
            "Work began on April 8 on the 390 million USD Jinhong Circuit Vietnam Factory at Que Vo II Industrial Park, at a groundbreaking attended by Hoang Duc Minh, Chairman of the Bac Ninh Provincial People's Committee. The two-phase project is owned by Jinhong Circuit Technology JSC of Guangdong, China, which makes high-precision multilayer, HDI and rigid-flex boards.",
            "2025-04-09",
            "provincial",
            [
                E,
                "groundbreaking",
                "attended_by_chairman",
                "person_role_after",
                "plant_name_no_firm",
                "province_in_org_name",
                "english_park_no_location",
                "foreign_legal_form",
                "province_abroad_nothing",
                "country_noun",
                "deal_date",
                "year_inferred",
            ],
            persons=[per("Hoang Duc Minh", "Chairman of the Bac Ninh Provincial People's Committee")],
            organizations=["Bac Ninh Provincial People's Committee"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Jinhong Circuit Technology", "JSC")],
            money=[m(390 * M, "USD")],
            locations=[country("China")],
            deals=[deal("groundbreaking", ["Jinhong Circuit Technology"], 390 * M, BN, "2025-04-08")],
            events=[ev("groundbreaking", [F("Jinhong Circuit Technology")], 390 * M, "USD", BN, "started")],
        ),
        h(
            n(),
            "Its boards end up in servers, telecom gear, electric cars and medical devices.",
            "2025-04-09",
            "provincial",
            [E, "product_list", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "With 1.62 billion USD of investment drawn since January and output up an estimated 8.7%, Bac Ninh was having a good year, Minh said.",
            "2025-04-09",
            "provincial",
            [
                E,
                "given_name_alone_no_person",
                "unaccented_province",
                "cumulative_no_deal",
                "percentage",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            money=[m(1.62 * B, "USD")],
            percentages=[8.7],
            events=[],
        ),
        h(
            n(),
            "The province wants the plant running quickly and expects the investor to treat its workers well, he added.",
            "2025-04-09",
            "provincial",
            [E, "pronoun_no_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English copy: an electronics trade site on a research firm's contract-manufacturing forecast (S18 r3) ---
    rows += [
        h(
            n(),
            "Vietnam is climbing the list of places where EMS providers want to build, a Circuitra Research report says.",
            "2007-10-02",
            "ministry",
            [E, "research_firm", "no_event"],
            firms=[f("Circuitra Research")],
            events=[],
        ),
        h(
            n(),
            "China still hosts the bulk of the work: plants there, such as those of Hon Hai, Flex, Quanta and Compal, took 54.1 percent of contract-manufacturing revenue last year, by Circuitra's count.",
            "2007-10-02",
            "ministry",
            [E, "short_name", "brand_list", "country_noun", "percentage", "no_event"],
            firms=[f("Hon Hai"), f("Flex"), f("Quanta"), f("Compal"), f("Circuitra")],
            percentages=[54.1],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Circuitra sees Southeast Asia's share of global contract-manufacturing revenue edging up to 6.9 percent by 2012 from 6.1 percent in 2007, with regional sales reaching $21.3 billion against $14.8 billion.",
            "2007-10-02",
            "ministry",
            [E, "forecast_no_deal", "region_nothing", "percentage", "no_event"],
            money=[m(21.3 * B, "USD"), m(14.8 * B, "USD")],
            percentages=[6.9, 6.1],
            events=[],
        ),
        h(
            n(),
            "Landed cost, not just wages, now decides where OEMs put a new line, said Dana Whitfield, principal analyst for EMS at Circuitra.",
            "2007-10-02",
            "ministry",
            [E, "reported_speech", "person_role_after", "role_names_firm", "no_event"],
            persons=[per("Dana Whitfield", "principal analyst for EMS at Circuitra")],
            firms=[f("Circuitra")],
            events=[],
        ),
    ]
    # --- English copy: a daily's English edition on the first SMT plant in central Vietnam (S18 r4) ---
    rows += [
        h(
            n(),
            "Da Nang's first SMT plant, built by Hai Van EMS, is now running: 5.4 million products a year come off its three lines.",
            "2019-10-18",
            "provincial",
            [
                E,
                "inauguration_no_capital",
                "possessive_province",
                "capacity_no_count",
                "unaccented_province",
                "count_in_words",
            ],
            firms=[f("Hai Van EMS")],
            provinces=[pv("Đà Nẵng")],
            events=[ev("inauguration", [F("Hai Van EMS")], None, None, DN, "completed")],
        ),
        h(
            n(),
            "Next comes an expansion: Hai Van EMS is planning six more SMT lines and a new warehouse, with an upper floor for export boards.",
            "2019-10-18",
            "provincial",
            [E, "expansion_plan", "announced_investment", "no_amount", "no_site", "count_in_words"],
            firms=[f("Hai Van EMS")],
            deals=[deal("investment", ["Hai Van EMS"])],
            events=[ev("investment_announcement", [F("Hai Van EMS")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Being first in the region, the plant gives would-be investors something to look at before they commit, said Nguyen Van Tan, Chairman of the Da Nang City People's Committee.\nOn the SMT line (Photo: SGGP)",
            "2019-10-18",
            "provincial",
            [
                E,
                "person_role_after",
                "province_in_org_name",
                "caption",
                "photo_credit_outlet_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyen Van Tan", "Chairman of the Da Nang City People's Committee")],
            organizations=["Da Nang City People's Committee"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
    ]
    # --- English copy: a circuit-design trade magazine on a Japanese board maker's first Vietnamese plant (S19 r2) and
    # an investment portal on its expansion in Hòa Bình (S19 r4) ---
    rows += [
        h(
            n(),
            "ATSUGI, JAPAN – Output at the $120 million Vietnamese PCB plant of Kiyomi Electronics is due to start in the third quarter of 2025.",
            "2024-04-16",
            "ministry",
            [
                E,
                "dateline_abroad",
                "caps_country",
                "announced_investment",
                "plant_under_construction",
                "no_site",
            ],
            firms=[f("Kiyomi Electronics")],
            money=[m(120 * M, "USD")],
            locations=[country("Japan")],
            deals=[deal("investment", ["Kiyomi Electronics"], 120 * M)],
            events=[
                ev("investment_announcement", [F("Kiyomi Electronics")], 120 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "A second plant next door would lift the group's outlay on the site to $450 million; for now, hiring is set for the months before start-up.\n\nSubmit to FacebookSubmit to LinkedInPrint Article",
            "2024-04-16",
            "ministry",
            [E, "schedule_no_event", "new_total_no_firm", "share_chrome", "multiline", "no_event"],
            money=[m(450 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "INTERNATIONAL INVESTMENT\nAND PORTAL\nPaperwork is under way for a bigger printed circuit board plant in the northern province of Hoa Binh, where Apple supplier Kiyomi Electronics plans to expand.",
            "2025-03-03",
            "ministry",
            [
                E,
                "portal_chrome",
                "expansion_plan",
                "announced_investment",
                "no_amount",
                "brand_firm",
                "unaccented_province",
                "multiline",
            ],
            firms=[f("Apple"), f("Kiyomi Electronics")],
            provinces=[pv("Hòa Bình")],
            deals=[deal("investment", ["Kiyomi Electronics"], None, HB)],
            events=[ev("investment_announcement", [F("Kiyomi Electronics")], None, None, HB, "announced")],
        ),
        h(
            n(),
            "The extension, worth $310 million according to Nikkei Asia, is meant for very small low-power boards that will be shipped to India, where phones are assembled.",
            "2025-03-03",
            "ministry",
            [E, "outlet_nothing", "amount_without_firm", "country_noun", "no_event"],
            money=[m(310 * M, "USD")],
            locations=[country("India")],
            events=[],
        ),
        h(
            n(),
            "Separately, construction is being hurried on Kiyomi's $180 million new factory in a Hoa Binh industrial zone; it should employ 2,800 people and pay about $7 million a year in taxes.",
            "2025-03-03",
            "ministry",
            [
                E,
                "plant_under_construction",
                "announced_investment",
                "possessive_firm",
                "short_name",
                "money_per_year",
                "count",
                "approx",
            ],
            firms=[f("Kiyomi")],
            provinces=[pv("Hòa Bình")],
            money=[m(180 * M, "USD"), m(7 * M, "USD", "year", True)],
            quantities=[c(2800, "people")],
            deals=[deal("investment", ["Kiyomi"], 180 * M, HB)],
            events=[ev("investment_announcement", [F("Kiyomi")], 180 * M, "USD", HB, "announced")],
        ),
        h(
            n(),
            "Kiyomi's first Vietnamese plant, opened in Hanoi's Thach That district in 2007, was once one of the country's ten biggest FDI projects.",
            "2025-03-03",
            "ministry",
            [
                E,
                "recalled_plant",
                "deal_no_event",
                "no_amount",
                "possessive_firm",
                "possessive_city",
                "english_district_no_location",
                "count_in_words",
            ],
            firms=[f("Kiyomi")],
            provinces=[pv("Hà Nội")],
            deals=[deal("investment", ["Kiyomi"], None, HN)],
            events=[],
        ),
        h(
            n(),
            "Separately, Thailand's Board of Investment signed off on 58.4 billion baht of electronics and data-centre projects at a meeting today.",
            "2025-03-03",
            "ministry",
            [E, "stray_item_abroad", "possessive_country", "baht_thb", "no_event"],
            organizations=["Board of Investment"],
            locations=[country("Thailand")],
            money=[m(58.4 * B, "THB")],
            events=[],
        ),
    ]
    # --- English copy: a finance daily's English page on electronics support industries (S20 r2) ---
    rows += [
        h(
            n(),
            " date 2024-11-20 Component makers are the next FDI prize Vietnam is chasing, now that so many big tech brands assemble here.",
            "2024-11-20",
            "ministry",
            [E, "page_chrome_date", "lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Better rules and well-trained workers were why one Chinese parts maker, which has sunk over 120 million USD into a plant here, picked Vietnam, it told a construction newspaper.",
            "2024-11-20",
            "ministry",
            [E, "unnamed_investor_no_deal", "outlet_nothing", "adjective_nothing", "approx", "no_event"],
            money=[m(120 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Apple's partners keep growing: in Bac Giang, Foxconn will add 250 million USD for one more factory; Pegatron's Hai Phong project is rising to a total of about 470 million USD; and Luxshare already employs some 38,000 people across seven plants.",
            "2024-11-20",
            "ministry",
            [
                E,
                "announced_investment",
                "top_up_new_total_no_amount",
                "presence_no_deal",
                "possessive_firm",
                "unaccented_province",
                "count_in_words",
                "count",
                "approx",
            ],
            firms=[f("Apple"), f("Foxconn"), f("Luxshare"), f("Pegatron")],
            provinces=[pv("Bắc Giang"), pv("Hải Phòng")],
            money=[m(250 * M, "USD"), m(470 * M, "USD", approx=True)],
            quantities=[c(38000, "people", True)],
            deals=[
                deal("investment", ["Foxconn"], 250 * M, BG),
                deal("investment", ["Pegatron"], None, HP),
            ],
            events=[
                ev("investment_announcement", [F("Foxconn")], 250 * M, "USD", BG, "announced"),
                ev("investment_announcement", [F("Pegatron")], None, None, HP, "announced"),
            ],
        ),
        h(
            n(),
            "Local firms, though, still make up only a thin slice of the industry's output.",
            "2024-11-20",
            "ministry",
            [E, "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English copy: a news site's tag page carrying a national news agency's English story on linkages (S20 r3) ---
    rows += [
        h(
            n(),
            "Workers on an electronics line in the north. — Photo congthuong.vn HÀ NỘI — Việt Nam's electronics makers and the foreign-invested giants that dominate the sector must link up far more tightly, officials and industry leaders say.",
            "2019-09-16",
            "ministry",
            [
                E,
                "tag_page",
                "caption",
                "photo_credit_site_nothing",
                "dateline_province",
                "caps_dateline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "A Lenovo plant is planned for the northern province of Bắc Giang, and Xiaomi is said to be choosing between Bắc Ninh and Thái Nguyên.",
            "2019-09-16",
            "ministry",
            [E, "announced_investment", "no_amount", "site_options_no_deal", "accented_province_in_english"],
            firms=[f("Lenovo"), f("Xiaomi")],
            provinces=[pv("Bắc Giang"), pv("Bắc Ninh"), pv("Thái Nguyên")],
            deals=[deal("investment", ["Lenovo"], None, BG)],
            events=[ev("investment_announcement", [F("Lenovo")], None, None, BG, "announced")],
        ),
        h(
            n(),
            "Four months after putting US$310 million into a tablet and laptop project in Bắc Giang, Hon Hai is talking of $35 billion in revenue within three to five years.",
            "2019-09-16",
            "ministry",
            [E, "recalled_investment", "deal_no_event", "target_no_deal", "duration_no_count"],
            firms=[f("Hon Hai")],
            provinces=[pv("Bắc Giang")],
            money=[m(310 * M, "USD"), m(35 * B, "USD")],
            deals=[deal("investment", ["Hon Hai"], 310 * M, BG)],
            events=[],
        ),
        h(
            n(),
            "Việt Nam now even has original design manufacturers, but FDI firms still ship 96 per cent of its electronics exports, said Lê Văn Khoa, Deputy Director of the Import-Export Department under the Ministry of Industry and Trade.",
            "2019-09-16",
            "ministry",
            [E, "person_role_after", "nested_org", "percentage", "no_event"],
            persons=[
                per(
                    "Lê Văn Khoa",
                    "Deputy Director of the Import-Export Department under the Ministry of Industry and Trade",
                )
            ],
            organizations=["Import-Export Department", "Ministry of Industry and Trade"],
            percentages=[96],
            events=[],
        ),
        h(
            n(),
            "Quality, price and on-time delivery are the three tests a local supplier must pass, according to Phạm Thu Giang, vice chairwoman of the Việt Nam Electronic Industries Association.",
            "2019-09-16",
            "ministry",
            [E, "person_role_after", "lowercase_role", "count_in_words", "no_event"],
            persons=[
                per("Phạm Thu Giang", "vice chairwoman of the Việt Nam Electronic Industries Association")
            ],
            organizations=["Việt Nam Electronic Industries Association"],
            events=[],
        ),
    ]
    # --- English copy: a news aggregator's relay of a state broadcaster's world service (S20 r4), a video-intro page on
    # EMS (S18 r1) and a contract manufacturer's country overview (S18 r2) ---
    rows += [
        h(
            n(),
            "Electronics sector needs more than assembly, says industry body\n\nVietnam's electronics boom has been built largely by foreign-invested plants.",
            "2020-08-05",
            "ministry",
            [E, "headline_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            'Of 710 support-industry firms on Ministry of Industry and Trade lists, only a handful are Vietnamese. "Chips, resistors, even simple conductors – we still import them all," said Đỗ Minh Quân, President of the Vietnam Electronic Industries Association.\nSource: VOV5',
            "2020-08-05",
            "ministry",
            [
                E,
                "statistics",
                "person_role_after",
                "quote",
                "source_line_nothing",
                "count",
                "multiline",
                "no_event",
            ],
            organizations=["Ministry of Industry and Trade", "Vietnam Electronic Industries Association"],
            persons=[per("Đỗ Minh Quân", "President of the Vietnam Electronic Industries Association")],
            quantities=[c(710, "support-industry firms")],
            events=[],
        ),
        h(
            n(),
            "'China Plus One' has turned into real orders for Vietnam's electronics manufacturing services (EMS) plants, as brands that once built everything in China split their production.",
            "2025-07-21",
            "ministry",
            [E, "video_intro_page", "acronym_bracket_nothing", "country_noun", "no_event"],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Samsung, Foxconn and Intel came first; smaller EMS firms have followed, some of them to Da Nang and Quang Nam rather than the north.",
            "2025-07-21",
            "ministry",
            [E, "video_intro_page", "unaccented_province", "brand_list", "presence_no_deal", "no_event"],
            firms=[f("Samsung"), f("Foxconn"), f("Intel")],
            provinces=[pv("Đà Nẵng"), pv("Quảng Nam")],
            events=[],
        ),
        h(
            n(),
            "Walk into a newer plant and you will find nitrogen reflow ovens and fast pick-and-place machines on fully automated SMT lines.",
            "2025-07-21",
            "ministry",
            [
                E,
                "video_intro_page",
                "unnamed_investors_no_deal",
                "adjective_nothing",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Vietnam Overview\n\n2019-02-11\n\nWhen the first big contract manufacturers arrived, they had to bring their own power, logistics and managers; that is no longer so, and smaller EMS firms can now set up on the country's own infrastructure.",
            "2019-02-11",
            "ministry",
            [E, "company_overview_page", "date_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    return rows
