# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 169 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: packaging and printing for industry (corrugated cartons, labels,
flexible packaging, printing plants and packaging machinery) supplying electronics, food and export manufacturers in
Vietnam. Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data,
tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy bao bì carton sóng khu công nghiệp khánh
thành", S2 "thùng carton cung cấp cho doanh nghiệp điện tử FDI Bắc Ninh", S3 "bao bì giấy xuất khẩu doanh nghiệp ký hợp
đồng đối tác", S4 "nhà máy in nhãn decal tem nhãn khu công nghiệp đầu tư", S5 "bao bì màng ghép phức hợp thực phẩm nhà
máy vốn đầu tư", S6 "máy đóng gói tự động doanh nghiệp Việt Nam chế tạo xuất khẩu", S7 "triển lãm máy móc in ấn bao bì
Việt Nam doanh nghiệp tham gia", S8 "công ty bao bì niêm yết doanh thu lợi nhuận quý", S9 "tập đoàn nước ngoài mua lại
công ty bao bì Việt Nam", S10 "nhà máy giấy bao bì công suất tấn năm khởi công", S11 "in ấn bao bì hàng xuất khẩu tiêu
chuẩn FSC doanh nghiệp", S12 "khay nhựa định hình bao bì linh kiện điện tử nhà cung cấp", S13 "máy in flexo dây chuyền in
bao bì nhập khẩu doanh nghiệp đầu tư", S14 "doanh nghiệp bao bì Việt Nam trở thành nhà cung cấp cho Samsung", S15 "bao bì
thủy sản xuất khẩu doanh nghiệp cung ứng thùng carton", S16 "trao giấy chứng nhận đầu tư dự án nhà máy bao bì giấy carton
vốn triệu USD", and in English S17 "Vietnam corrugated carton packaging plant investment", S18 "packaging machinery
supplier Vietnam food manufacturers", S19 "Vietnam flexible packaging company expands factory export", S20 "label printing
plant Vietnam electronics manufacturers supplier". (Batches 119 and 133 had a close theme with other searches and several
of the same stories came back: their docstrings and the rows on those stories were checked, and every row here was
drafted from this sample with other names, figures, places and wording.) No sentence is taken or paraphrased from a
page; the shapes are. Firm, plant, person and byline names are invented (Kim Hưng / In và Bao bì Kim Hưng and its plant
Tiên Sơn 2, Hoshimura Printing / HMP, Bao bì Đồng Phát / DOPAK, CPP Solutions, Chao Phraya Packaging, Bao bì Nhựa Thành
Công, Nhựa Hòa Lợi, Vật liệu nhựa Minh Tâm, Nhựa Tân Long, Bao bì nhựa SP, Bao bì Minh Khang / Mikapac, Giấy Phúc An,
Giấy Wing Fat, Siam Pulp, Giấy Kraft Mekong, Daeryung Electronics, Hội chợ Triển lãm Quốc tế Sao Việt, Tai Lung, Kanzaki
Board, Sheng Yu, PakMas, Thaipak, Sakurada Printing, Ljungberg Cartons, Orbis Trade & Exhibition Service, Hanoi Fair
Services, Kim Son Paper, Kitakami Paper Holdings, Carta Nova, Sveapak, Hanbit Green, Hoang Mai Packaging, Kyoei Seiki,
Transmark, Sealpack Asia, Minh Tam Foods, Vista Markets, Tan Phat Packaging Industry Corporation, Nalanda Films,
Polyworth, Marbury Asia Packaging / Marbury Packaging, Chonburi Films, TPC Chemicals, Golden Crane Label Group, Kestrel
Electronics, Zebrine, the expo names HanoiPlasPrint 2023 and PrintPack Việt Nam 2018, every official, chairman, director,
student, lecturer, byline and photographer); well-known names (Apple, Nike, Unilever, PepsiCo, Nestlé, Samsung, P&G,
the ministries, UBND tỉnh Đồng Nai and Hưng Yên, Hiệp hội In Việt Nam / Vietnam Printing Association, the HCM
City Printing Association, Viện Công nghiệp Giấy và Xenluylô, IFC, the US Green Building Council, the parks and clusters
Tiên Sơn, Long Đức, Bàu Bàng, Nhơn Trạch 3, Minh Khai, the venues, and the decrees and circulars cited) appear only in
sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 45 distinct pages; a packaging vendor's title page on the roles of
packaging came back ten times, an economics site's one-line printing blurb four times, a Japanese machine translation of
a Taiwanese paper maker's licence three times, a paper-tray plant opening twice): 11 slots were title-only vendor pages
(the roles-of-packaging title ten times, an FSC title); 13 were tag and keyword pages (freight-rate tags for Bắc Ninh and
Bắc Giang, a packing-list tag, ebook tags twice, a plastic-bag price tag twice on a cement firm's domain, a food-business
licence title on a junk domain, a seafood-tax tag, an investment-law tag, an unaccented decision tag, and a trade
ministry's "đóng gói" tag page with a headline and a lead); 6 were the economics site's blurbs (printing four times, FSC,
a quote on packaging looks lagging the region); 7 were spam (a betting-domain mirror of a paper-packaging export story
twice, a Polish-domain word salad, four lottery salads); 4 were a broker's income-statement tables with a Japanese
interface; 2 were document-store student papers (a preview with counters, a report with an info box, cover, task table
and contents); 3 were explainers (a labelling circular's title, a trade site on electronic-component trays, a tax agent
on investment certificates with footnoted counts and a legal-basis list); 6 were foreign-language pages (the Japanese
translation three times, with its byline; a Korean trade brief on a Japanese printer's film plant in the US; a Chinese
title on carton sea-freight rules; a Malayalam page on China's vacuum-packing machines), rendered here in Vietnamese; 1
was a contractor's project page with a label block (location, investor, type, scale, construction time); 11 were
Vietnamese news and features (the tray plant opening with the chairman and the zone board's running totals, twice; a
Japanese printing group's licence in 2012 with its phase-one capital; a national site on a Hà Nội plastics-printing-
packaging expo with counts, caption and machinery imports; a business portal on Vietnamese packaging firms bought by a
Thai billionaire's group, with customers, a recalled takeover and a new 70% purchase agreement; a marketing site on a
printing association chairman's press conference citing an 80% takeover; a development portal's blurb; a paper
institute's page on a packaging-paper mill started after a province's approval, with addresses, source line, comment
form, counters and footer; an SEO blog's page on a Hong Kong paper group's dormitory groundbreaking; a business daily on a
Thai group's second paper line; an aggregator's snippet on an electronics plant licence); 16 were English (a press wire
carrying VNS on the print-and-pack expo; a news agency on a 2016 expo with the association's figures; a press wire
carrying VNS on a recycled-paper packaging plant's certificate with the provincial chairman's demands; a Norwegian-domain
blog reposting a deal site on a Swedish carton plant, with comment chrome; an investment weekly on a Japanese group's
liquid-board plant with related links; an investment site on a Thanh Hóa carton maker's capital increase with provincial
statistics; the news agency on a food-and-packing-machines expo and on a processing-and-packaging expo; a plastics
maker's blog on the packaging technology race; a packaging site's video blurb on an Indian film maker's plants abroad; a
trade site's profile of a flexible-packaging plant; VNS on a Thai-owned film plant opening; a tag page on a label plant;
an electronics trade site on an EMS plant making printers; an EMS firm's overview page; a city daily on printing
turnover). About 20 of the 80 slots told a deal or an event with a named party (the opening twice, the licences, the
contractor's investor line, the takeovers, the mill start-up, the dormitory groundbreaking, the second line, the
electronics licence, the certificate, the carton plant, the liquid-board plant, the capital increase, the
flexible-packaging plant, the film plant, the label plant, the EMS plant's spend); no supply contract between a packaging
firm and an electronics, food or export manufacturer, no MoU and no packaging-machinery order came up in any first four
(S2, S3, S6, S12, S14 and S15 returned tags, titles, spam and explainers), so the batch has none.

Rows: 158 (hand-55601 to hand-55758); 27 carry a deal or an event (17.1%): 21 events (7 inaugurations, 6 investment
licences, 6 investment announcements, 1 acquisition, 1 groundbreaking) and 22 `deals` entries (21 investment, 1
groundbreaking); 6 rows hold only deals (55664 a contractor's investor line, 55683 and 55684 recalled takeovers, 55691 a
recalled takeover with its price, 55727 a chairman's registered-capital line, 55732 a recalled purchase abroad), 5 an
event without a deal (55667, 55698, 55705, 55733 and 55748 openings and start-ups without capital) and 16 both. 131 rows
are negatives and other fields. By page kind: 7 rows of spam (55601-55607; 0 with a deal or event), 6 of title-only
vendor pages (55608-55613; 0), 15 of tag and keyword pages (55614-55628; 0), 6 of the economics site's blurbs
(55629-55634; 0), 6 of broker tables (55635-55640; 0), 7 of document stores (55641-55647; 0), 8 of explainers and legal
pages (55648-55655; 0), 8 of foreign-language pages rendered in Vietnamese (55656-55663; 1), 3 of the contractor's page
(55664-55666; 1), 53 of Vietnamese news and features (55667-55719; 14) and 39 of English copy (55720-55758; 11); 39 rows
are English (`english_copy`, 24.7%). 10 rows are stored in NFD (hand-55621, 55672, 55674, 55677, 55684, 55690, 55698,
55703, 55709, 55713); 6 use old tone placement (55644 "HOÁ HỌC", 55648 "hàng hoá", 55670 "điều hoà", 55678 "đa dạng
hoá", 55685 "thoả thuận", 55714 "tự động hoá"); 51 hold several lines (headlines and leads, timestamps and date lines,
captions and photo credits, bylines, label blocks, info boxes, covers and contents, tables, related links, tag labels,
comment forms, counters and footers).

Own wording: every row was drafted in its own order and wording (amount-first, object-first, place-first, target-first,
label-first, quote-first, reported speech with the speaker last, split or joined rows), with changed figures, names,
dates and places; on review against the notes taken from the sampled pages (and against batches 119 and 133), about 20
first drafts that still kept a page's run of facts, clause order or a quote's gist were rewritten from scratch (the tray
plant's chairman quote, the zone board's totals, the dormitory lead, the Japanese translation's plant-count line, the
contractor's capacity line, the Swedish plant's quote, the press conference's forecast, the Kim Son chairman's line, the
flexible-packaging plant's lead, the ProPak quotes, the plastics blog's quotes). Three planned rows were dropped because
they came only from results ranked 5 or lower: a list of foreign paper mills with their capacities (S10 r6), an analyst's
remark on a long-standing carton maker selling out and its competition-authority filing (S9 r5), and a blurb on Chinese
traders buying up carton paper (S2 r5). Nothing else was used from ranks 5-8, among them: a Hải Dương packaging-paper
mill started by a builder (S1 r5, the same page as S10 r1, used only through S10 r1), a Quảng Nam carton plant approval (S1 r6,
S10 r7), a carton maker's recycling partnership (S1 r8), a Hải Dương printing-and-embroidery approval (S4 r7), the 2023
packaging expo with the packaging association's firm counts and a plastics expo's exhibitor brands (S7 r5-r7, S18 r5), a
listed bag maker's results (S8 r5), the other takeover stories and tender offers (S9 r5-r8), a Chinese food-paper mill
(S10 r5), the Prime Minister's meeting with an electronics group and its phone output (S14 r5, r8), a Hải Phòng
biodegradable-materials licence (S16 r5), a German food-packaging maker's top-up, a 2019 aseptic plant inauguration and
an FTA feature with takeover prices (S17 r5-r8), a machinery-association outlook and a German trade-fair story (S18
r6-r8), a Japanese shrink-film plant opening (S19 r6) and the stories on local suppliers joining an electronics group's
chain and on printing firms losing market share (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or an approval by a committee or a zone board is an investment deal and an
investment_licence event "licensed", the granting body a government party as written, a licence received without
grantor the firm's event alone, sited in the plant's province, dated only when the day is written; "tăng vốn từ X lên
Y" is about the increase, both figures money; an opening with its capital is an investment deal and an inauguration
"completed", without capital the event only; a held groundbreaking is a groundbreaking deal and event "started"; a
named firm's plan, pledge or plant under construction is an announced investment; recalled plants, approvals,
takeovers, investor lines and capital lines are deals without events; an acquisition's deal is the buyer's investment
and its event lists buyer and target, a signed purchase agreement "signed"; plants abroad, existing plants, shareholdings,
sales, exports, forecasts, running totals, expos, organisers, seminars and loans under consideration give no deal;
attendees, hosts and customers are no parties; vague amounts ("hàng nghìn tỷ đồng", "hàng chục", "Dozens") are none;
"khoảng", "chừng", "gần", "hơn", "trên", "nearly", "some", "about", "more than" are approximate, "up to" is not;
bracketed conversions are both money; money per year keeps its unit as written; capacities, tonnages, plies, ordinals,
durations, page and view counters, counts in words and counts without a noun are no counts, English counts keep their
English noun; m2, sq m and ha are areas; Vietnamese legal forms are normalised ("CTCP", "Công ty Cổ phần" -> "Công ty
CP"), foreign ones kept as written ("Pte. Ltd", "Co., Ltd", "Co Ltd", "Co", "JSC", "PCL", "S.p.A."), "Corporation" stays in
an English name, "Việt Nam"/"Vietnam" dropped from a foreign subsidiary's name; a bracketed acronym after a name is no
second entry, alone it is a firm or an organisation; a bare headline name and the lead's full name are two entries when
they differ; brands named as customers or exhibitors are firms; a province inside an organisation's or an event's name
is a mention, inside a firm's name none; datelines are mentions, not sites; Vietnamese country words ("Nhật", "Thái") and
English country nouns and "US-based" are countries, English adjectives and regions nothing; parks and clusters written
in Vietnamese are locations (KCN expanded), English ones none; districts need "huyện"/"quận" before July 2025; bylines
and photo credits are persons without role, outlets, agencies and source credits nothing; report labels ("Giảng viên",
"Giảng viên hướng dẫn") are roles, faculties nothing; decrees and circulars cited by number are decisions, a law without
number none; old tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Openings: the headline "Bắc Ninh: Kim Hưng đưa nhà máy khay giấy thứ hai vào hoạt động" (55667) is an inauguration
  without capital sited by the headline's province prefix; the object-first "Nhà máy Tiên Sơn 2 của Công ty CP In và Bao
  bì Kim Hưng đã chạy chính thức ..., sau khi doanh nghiệp rót hơn 260 tỷ đồng ... ở KCN Tiên Sơn" (55668) an
  inauguration with capital, unsited (a park without its province), the plant's name no firm.
- Start-ups of lines: "Mảng bao bì của Tập đoàn Siam Pulp đã khởi động dây chuyền giấy thứ hai tại nhà máy của Công ty
  TNHH Giấy Kraft Mekong" (55705) is an inauguration of the group alone, the subsidiary a mention; "Sveapak on June 14
  started up its second aseptic carton packaging material line at its Binh Duong facility" in a related link (55733) an
  inauguration sited in Bình Dương; the IFC loan "weighed" in the same row no deal.
- A mill started after a recalled approval ("Được UBND tỉnh Hưng Yên chấp thuận chủ trương đầu tư từ năm 2020, nhà máy
  ... của Công ty CP Giấy Phúc An nay đã lắp đặt xong và đi vào sản xuất", 55697) is a recalled investment deal sited in
  the approving province and an inauguration sited there too; the place-first start-up line with the head office's
  address (55698) an inauguration without deal sited in Hưng Yên, "quận Cầu Giấy" a district and Hà Nội a mention.
- A dormitory groundbreaking with its cost ("Hơn 410 tỉ đồng sẽ được Giấy Wing Fat dồn vào khu ký túc xá ..., công trình
  vừa động thổ sáng 22-4", 55702) is a groundbreaking deal and event "started", dated and sited in Hậu Giang (the firm's
  own construction project, like a plant's).
- The Japanese group's licence told three ways: the headline with the amount (55675) a licence without grantor or site;
  the lead "UBND tỉnh Đồng Nai đã trao giấy phép đầu tư cho Tập đoàn Hoshimura Printing – HMP (Nhật Bản)" (55676) a
  dated licence of committee and firm without amount, the dash acronym no second entry; "HMP chọn KCN Long Đức (huyện
  Long Thành) để xây nhà máy ..., vốn giai đoạn 1 là 42 triệu USD Mỹ" (55677) the acronym alone a firm and an announced
  investment, unsited (park and district without province); "USD Mỹ" is USD.
- Takeovers: "Tháng 12 năm ngoái, Đồng Phát đã về tay CPP Solutions Pte. Ltd, công ty con của Tập đoàn Chao Phraya
  Packaging" (55683) a recalled deal of the buyer named, the parent a mention; "từng chi hàng nghìn tỷ đồng để mua Công
  ty CP Bao bì Nhựa Thành Công, và đang giữ nhiều cổ phần ở ..." (55684) one recalled deal without amount, shareholdings
  none; "Chao Phraya Packaging vừa đạt thoả thuận mua 70% cổ phần Công ty CP Nhựa Tân Long" (55685) a signed acquisition;
  the press conference's cited purchase "đã chi hơn 38 triệu USD để có 75% cổ phần" (55691) a recalled deal with its
  amount; "tập đoàn Thái" (55680) gives the country "Thái"; "Kitakami ... through Carta Nova S.p.A., an Italian maker it
  bought in 2022" (55732) a recalled deal abroad without province.
- English licences: "Kim Son Paper JSC on May 28 received an investment certificate from the northern province of Ninh
  Bình" (55726) is a dated licence of the firm alone (a province as giver is no party, like a bare committee), sited in
  Ninh Bình; the amount-first chairman's line "VNĐ2.18 trillion of registered capital ... will go into the extended zone
  of Khanh Phu Industrial Park" (55727) a deal with that amount and no event; "Hoang Mai Packaging Co., Ltd,
  headquartered in the central province of Thanh Hoa, has won approval to raise the capital ... from VND92 billion ($3.8
  million) to VND410.5 billion ($16.2 million)" (55735) a licence of the 318.5 billion increase without site (the head
  office's province a mention); the recalled first certificate of "the project" (55737) names no firm.
- Announced plants: "Ljungberg Cartons has put USD 118 million into a factory in Dong Nai that will be the first ..."
  (55729) an announced investment sited in Đồng Nai; "Backed by nearly $96 million, the Kitakami Paper Holdings plant will
  make ..." (55731) one without site (an English park); "A flexible packaging converting plant is going up in Binh Duong
  province for Marbury Asia Packaging" (55745) one sited; "Golden Crane Label Group Vietnam has set up a label-printing
  plant in Binh Phuoc province" on a tag page (55751) one sited (batch 133's reading); "Up to $80 million is to go into
  the plant, which Kestrel ..." (55754) one of 80 million, not approximate; "Kestrel" in the headline and "Kestrel
  Electronics" in the lead (55753) are two entries, the start of output "in March last year" no event.
- A contractor's label block ("CHỦ ĐẦU TƯ / Tập đoàn Ljungberg Cartons" under "Khu công nghiệp Nhơn Trạch 3, Đồng Nai",
  55664) is the investor's deal sited in Đồng Nai without event, the park written twice one entry, "tập đoàn Thụy Điển" a
  country.
- Foreign pages rendered: the Japanese translation's "đã nhận giấy chứng nhận đầu tư vào ngày 9 tháng 11 để xây dựng nhà
  máy bao bì 120 triệu USD ở tỉnh miền Nam Bình Dương" (55656) a dated licence without grantor; its list of foreign
  packaging investors with their countries (55659) no deal; the Korean brief on "nhà máy màng bao bì 9 tỷ yên ở bang Ohio
  (Mỹ)" (55660) a plant abroad, no deal, money in JPY, Ohio nothing.
- Tables: a broker's income statement under "単位: 1.000.000đ" (55635-55640) gives no money (figures without their own
  unit), years and quarters no counts; the pipe table likewise.
- Expos: exhibitor brands in a caption-like lead ("among them Kyoei Seiki, Transmark, Sealpack Asia and Minh Tam Foods",
  55740) are firms; organisers are firms or organisations as written and give no deal; venues are nothing; "HanoiPlasPrint
  2023" and "Triển lãm quốc tế nhựa, in và bao bì Hà Nội" give the province mention only; "VietFood & Beverage – ProPack"
  nothing.
- Persons: "Chủ tịch HĐQT Kim Hưng", "Tổng giám đốc Công ty TNHH Giấy Wing Fat Việt Nam", "Kim Son Paper chairman",
  "Provincial People's Committee Chairman" (no organisation from the bare committee), "general director" and "regional
  sourcing manager for Asia Pacific" are roles as written; "chủ tịch Lin Cheng-hao" the role "chủ tịch"; "ông Thái" alone
  no person; the info box's "Phạm Thị Ngọc Diệp, Giảng viên" and the cover's "Giảng viên hướng dẫn:" are roles.
- Numbers: "FDI chiếm 1.006", a split without a noun, is no count, "121.540(1) doanh
  nghiệp" and "2.035 dự án FDI(2)" are counted as written; "năm nhà cung cấp", "lên chín", "hai quý", "mười mấy năm" are
  words; "gần một nửa" and "four-fifths" no percentage; "10^5 ôm", "12 tỉ hộp/năm", "60 triệu hộp", "5 lớp" nothing;
  "VND150-1,800 billion a year" gives both ends per "a year"; "64,000sq.m", "21,900 sq m" and "52,000 square metres" are
  areas in ha."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_169(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BN = cur("Bắc Ninh")
    BD = cur("Bình Dương")
    DN = cur("Đồng Nai")
    HY = cur("Hưng Yên")
    HG = cur("Hậu Giang")
    TNg = cur("Thái Nguyên")
    NB = cur("Ninh Bình")
    TN = cur("Tây Ninh")
    BP = cur("Bình Phước")

    ids = iter(range(55601, 55601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam: a betting-domain mirror of a paper-packaging export story twice, a Polish-domain word salad, betting
    # salads (S2 r2 = S3 r2; S4 r3; S6 r2-r4; S12 r3) ---
    rows += [
        h(
            n(),
            "Hộp giấy làm tại Tây Ninh đi Nhật Bản, Hàn Quốc nhiều hơn nhờ ưu đãi thuế từ các FTA | Tin tức 24h\nĐơn hàng bao bì giấy xuất khẩu của tỉnh tăng liền ba quý, phần lớn là hộp in sẵn cho nông sản sấy.",
            "2023-09-14",
            "ministry",
            ["spam_domain_mirror", "headline_lead", "site_suffix", "count_in_words", "multiline", "no_event"],
            provinces=[pv("Tây Ninh")],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bao bì giấy: nhờ FTA, xuất khẩu tăng 23% sau 9 tháng",
            "2023-09-14",
            "ministry",
            ["spam_domain_mirror", "headline_only", "duration_no_count", "percentage", "no_event"],
            percentages=[23],
            events=[],
        ),
        h(
            n(),
            "máy bế hộp carton tự động bình dương chứng chỉ tiêu thụ đặc biệt nhà cung cấp trung tâm",
            "2022-05-03",
            "ministry",
            ["spam_title", "foreign_domain", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kubet88 soi cầu xsmb hôm nay tần suất lô tô miền bắc chốt số đẹp",
            "2024-02-11",
            "ministry",
            ["spam_title", "betting_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "link vào w88 mới nhất 2024 thống kê giải đặc biệt theo tuần",
            "2024-02-11",
            "ministry",
            ["spam_title", "betting_domain", "year_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xsmn thứ 7 dự đoán xổ số đài bình dương kết quả nhanh nhất",
            "2024-02-11",
            "ministry",
            ["spam_title", "betting_domain", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kubet chốt số hôm nay thùng carton in offset 5 lớp nhận đặt số lượng lớn giá tại xưởng",
            "2024-02-11",
            "ministry",
            ["spam_title", "betting_domain", "ply_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Title-only pages of a packaging vendor's blog (S1 r4 = S2 r3 = S3 r1 = S5 r1 = S6 r1 = S11 r4 = S12 r1 = S13 r2
    # = S14 r2 = S15 r1, one title page ten times; S11 r1) ---
    rows += [
        h(
            n(),
            "Vì sao thùng carton 5 lớp là lựa chọn quen thuộc khi vận chuyển hàng điện tử?",
            "2021-06-02",
            "ministry",
            ["title_only", "vendor_blog", "ply_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chứng chỉ FSC cho hộp giấy xuất khẩu: doanh nghiệp in cần chuẩn bị những gì?",
            "2021-06-02",
            "ministry",
            ["title_only", "vendor_blog", "standard_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bao bì màng ghép là gì? Ưu điểm khi dùng cho cà phê, snack và thủy sản khô",
            "2021-06-02",
            "ministry",
            ["title_only", "vendor_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Những lưu ý khi đặt in hộp giấy cứng cho mỹ phẩm và quà tặng cao cấp",
            "2021-06-02",
            "ministry",
            ["title_only", "vendor_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bảo vệ, nhận diện, bán hàng: ba việc mà một chiếc bao bì tốt phải làm được",
            "2021-06-02",
            "ministry",
            ["title_only", "vendor_blog", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin tức khác\nThùng carton đóng tôm đông lạnh cần chịu ẩm đến mức nào?",
            "2021-06-02",
            "ministry",
            ["title_only", "vendor_blog", "section_label", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag and keyword pages (S2 r1, S2 r4, S3 r3, S3 r4, S5 r3, S5 r4, S11 r2, S12 r4, S15 r2, S15 r4, S16 r2, S16 r4; a
    # trade ministry's "đóng gói" tag page with a headline and a lead, S14 r4) ---
    rows += [
        h(
            n(),
            "bảng giá cước chuyển hàng từ Hà Nội đi Bắc Ninh",
            "2022-08-19",
            "ministry",
            ["tag_page", "logistics_tag", "province", "no_event"],
            provinces=[pv("Hà Nội"), pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "cước xe tải ghép hàng đi Bắc Giang tính theo kg",
            "2022-08-19",
            "ministry",
            ["tag_page", "logistics_tag", "province", "no_event"],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "Packing list là gì? Cách lập phiếu đóng gói cho lô hàng xuất khẩu",
            "2021-11-30",
            "ministry",
            ["tag_page", "logistics_tag", "english_term", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy tắc xuất xứ hàng hóa trong evfta và cptpp ebook pdf",
            "2020-04-07",
            "ministry",
            ["tag_page", "ebook_tag", "lowercase_acronym", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "túi ni lông đựng thực phẩm giá sỉ bao nhiêu 1kg",
            "2023-01-05",
            "ministry",
            ["tag_page", "unrelated_domain", "unit_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "điều kiện sản xuất bao bì tiếp xúc trực tiếp với thực phẩm",
            "2023-01-05",
            "ministry",
            ["tag_page", "junk_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình kỹ thuật bao bì thực phẩm ebook pdf",
            "2020-04-07",
            "ministry",
            ["tag_page", "ebook_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thuế nhập khẩu giấy kraft cuộn 2024",
            "2024-03-18",
            "ministry",
            ["tag_page", "year_no_count", "no_fields", "no_event", "nfd"],
            events=[],
        ),
        h(
            n(),
            "thuế xuất khẩu thủy sản đông lạnh",
            "2024-03-18",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "luat dau tu sua doi 2025 uu dai cong nghiep ho tro",
            "2025-07-01",
            "ministry",
            ["tag_page", "unaccented", "year_no_count", "law_without_number", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nghi dinh ve uu dai dau tu dac biet cua chinh phu",
            "2025-07-01",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thùng carton 5 lớp giá rẻ tphcm",
            "2022-08-19",
            "ministry",
            ["tag_page", "lowercase_province_nothing", "ply_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "đóng gói\nMỗi năm thêm 12-18%: đà tăng của bao bì thực phẩm kéo các hãng máy đóng gói Nhật, Ý tới Việt Nam",
            "2019-06-21",
            "ministry",
            ["tag_page", "lowercase_tag", "percentage_range", "country_word", "multiline", "no_event"],
            percentages=[12, 18],
            locations=[country("Nhật"), country("Ý")],
            events=[],
        ),
        h(
            n(),
            "đóng gói\nMáy đóng gói của Ý chiếm gần một nửa lượng nhập của doanh nghiệp thực phẩm phía Nam",
            "2019-06-21",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "fraction_no_percentage",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            locations=[country("Ý")],
            events=[],
        ),
        h(
            n(),
            "Thẻ: thùng carton 3 lớp, thùng carton 5 lớp, hộp giấy in offset, khay giấy định hình",
            "2021-06-02",
            "ministry",
            ["tag_cloud", "ply_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- An economics site's tag blurbs (S4 r1 = S7 r4 = S9 r2 = S13 r1, the printing blurb four times; S11 r3 the FSC
    # blurb; S14 r3 a blurb ending a quote) ---
    rows += [
        h(
            n(),
            "In và bao bì lớn nhanh đến mức vốn ngoại tìm đủ đường vào Việt Nam: người mua lại cổ phần, người tự dựng nhà máy.",
            "2019-10-11",
            "ministry",
            ["tag_blurb", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ngành in\nTừ thâu tóm tới xây xưởng mới, nhà đầu tư nước ngoài đang chen chân vào thị trường in ấn, bao bì trong nước.",
            "2019-10-11",
            "ministry",
            ["tag_blurb", "lowercase_tag", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chứng chỉ FSC đòi nhiều năm và không ít tiền, nhưng với các xưởng làm hộp giấy xuất khẩu đây vẫn là tấm vé ai cũng muốn có.",
            "2018-12-03",
            "ministry",
            ["tag_blurb", "standard_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "…mẫu mã bao bì của ta vẫn thua mặt bằng khu vực, theo tôi phải mười mấy năm nữa mới đuổi kịp”.",
            "2017-05-26",
            "ministry",
            ["tag_blurb", "quote_end", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp in nội đua nhau mua máy in sáu màu, nhưng đơn hàng lớn vẫn chảy về các nhà máy vốn ngoại.",
            "2019-10-11",
            "ministry",
            ["tag_blurb", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tin kinh tế › ngành in › trang 3\nGiá giấy cuộn tăng liền hai quý, các xưởng thùng carton nhỏ xin giãn đơn hàng.",
            "2019-10-11",
            "ministry",
            [
                "tag_blurb",
                "breadcrumb",
                "page_number_nothing",
                "count_in_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- A broker's income-statement pages with a Japanese interface (S8 r1-r4, four tickers) ---
    rows += [
        h(
            n(),
            "単位: 1.000.000đ\n  Q1 2024 Q2 2024 Q3 2024 Q4 2024 Q1 2025\nDoanh thu thuần 71,204 65,880 83,517 90,362 77,045",
            "2025-05-20",
            "ministry",
            [
                "stock_site",
                "foreign_ui",
                "income_table",
                "numbers_without_unit",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Lợi nhuận gộp 18,442 17,090 21,376 24,815 19,903\nChi phí bán hàng 6,218 5,904 7,115 8,337 6,560\nChi phí quản lý doanh nghiệp 4,021 3,877 4,410 5,096 4,288",
            "2025-05-20",
            "ministry",
            ["stock_site", "income_table", "numbers_without_unit", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lợi nhuận sau thuế thu nhập doanh nghiệp 9,812 8,745 11,260 13,904 10,118\nSố lượng cổ phiếu đang lưu hành\nThu nhập trên 1 cổ phiếu (EPS cơ bản)",
            "2025-05-20",
            "ministry",
            [
                "stock_site",
                "income_table",
                "empty_rows",
                "numbers_without_unit",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "単位: 1.000.000đ\n  2020 2021 2022 2023 2024\nTổng doanh thu hoạt động kinh doanh 412,556 438,902 401,377 455,210 489,634\nGiá vốn hàng bán 301,118 322,540 290,066 331,905 352,717",
            "2025-03-28",
            "ministry",
            [
                "stock_site",
                "foreign_ui",
                "income_table",
                "numbers_without_unit",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Phần lợi nhuận hoặc lỗ trong công ty liên kết liên doanh -512 -480 -603 -577 -491\nTổng lợi nhuận kế toán trước thuế 12,640 11,298 14,530 17,702 12,975",
            "2025-03-28",
            "ministry",
            [
                "stock_site",
                "income_table",
                "negative_numbers",
                "numbers_without_unit",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "| Chỉ tiêu | Q4 2022 | Q4 2023 | Q4 2024 |\n| Doanh thu thuần | 28,410 | 31,077 | 33,952 |\n| Lợi nhuận gộp (3)-(4) | 17,305 | 19,840 | 21,266 |",
            "2025-02-14",
            "ministry",
            ["stock_site", "pipe_table", "numbers_without_unit", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Document stores: a student paper's preview and a student report's info box, cover and contents (S5 r2, S13 r3)
    rows += [
        h(
            n(),
            "28 trang | Chia sẻ: thanhhuong_bb | Lượt xem: 5182 | Lượt tải: 7\nBạn đang xem trước 15 trang tài liệu Đề tài Bao bì ăn được trong bảo quản thực phẩm, để xem tài liệu hoàn chỉnh bạn click vào nút Download",
            "2016-04-22",
            "ministry",
            [
                "document_store",
                "page_metadata_no_count",
                "username_nothing",
                "view_counter",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Đề tài “Màng bao gói sinh học trong bảo quản trái cây tươi” được nhóm chọn vì túi nhựa dùng một lần đang bị siết ở nhiều thị trường xuất khẩu.",
            "2016-04-22",
            "ministry",
            ["document_store", "student_paper", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "THÔNG TIN TÀI LIỆU\nTiêu đề Tìm hiểu về bao bì màng ghép nhiều lớp\nTác giả Trần Gia Huy, Đoàn Minh Thư, Lý Quốc Bảo\nNgười hướng dẫn Phạm Thị Ngọc Diệp, Giảng viên\nTrường học Trường Đại học Bách khoa TP. Hồ Chí Minh\nNăm xuất bản 2023\nSố trang 18",
            "2023-11-02",
            "ministry",
            [
                "document_store",
                "info_box",
                "authors_no_role",
                "label_role",
                "province_in_org_name",
                "page_count_nothing",
                "year_no_count",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Trần Gia Huy", None),
                per("Đoàn Minh Thư", None),
                per("Lý Quốc Bảo", None),
                per("Phạm Thị Ngọc Diệp", "Giảng viên"),
            ],
            organizations=["Trường Đại học Bách khoa TP. Hồ Chí Minh"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC BÁCH KHOA TP. HỒ CHÍ MINH\nKHOA KỸ THUẬT HOÁ HỌC\nCHỦ ĐỀ: BAO BÌ MÀNG GHÉP NHIỀU LỚP CHO THỰC PHẨM\nGiảng viên hướng dẫn: Phạm Thị Ngọc Diệp\nNhóm: 4 – Lớp: HC21BB\nThành phố Hồ Chí Minh, ngày 14 tháng 10 năm 2023",
            "2023-11-02",
            "ministry",
            [
                "document_store",
                "caps_cover",
                "caps_org",
                "faculty_nothing",
                "label_role",
                "group_number_no_count",
                "class_code_nothing",
                "place_date_line",
                "old_tone",
                "multiline",
                "no_event",
            ],
            persons=[per("Phạm Thị Ngọc Diệp", "Giảng viên hướng dẫn")],
            organizations=["Trường Đại học Bách khoa TP. Hồ Chí Minh"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nI. GIỚI THIỆU 3\n1. Đặc tính chung của màng ghép 3\n2. Các lớp vật liệu thường gặp 4\nII. QUY TRÌNH GHÉP MÀNG 6\nIII. KIỂM TRA CHẤT LƯỢNG 9",
            "2023-11-02",
            "ministry",
            ["document_store", "contents", "page_numbers_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tài liệu đã được kiểm tra trùng lặp\nĐang tải... (xem toàn văn)\nTheo nhóm, khoảng 60% bao bì vận chuyển ở Việt Nam làm từ giấy, còn màng ghép chiếm phần lớn bao bì bán lẻ thực phẩm.",
            "2023-11-02",
            "ministry",
            ["document_store", "download_chrome", "percentage", "multiline", "no_event"],
            percentages=[60],
            events=[],
        ),
        h(
            n(),
            "1. Trang chủ\n2. » Giáo Dục - Đào Tạo\nTìm hiểu về bao bì màng ghép nhiều lớp\n18 0 0",
            "2023-11-02",
            "ministry",
            ["document_store", "breadcrumb", "counters_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Explainers: a decree title on goods labels, an electronics trade site's explainer on component trays, a tax
    # agent's page on investment registration certificates (S4 r4, S12 r2, S16 r1) ---
    rows += [
        h(
            n(),
            "Nghị định 111/2021/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 43/2017/NĐ-CP về nhãn hàng hoá",
            "2022-01-12",
            "legal",
            ["decree_title", "two_decrees", "old_tone", "no_event"],
            decisions=[d("111/2021/NĐ-CP"), d("43/2017/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Trên dây chuyền SMT, khay chống tĩnh điện (ESD) giữ IC, tụ và điện trở khỏi bị phóng điện làm hỏng; loại phổ biến làm bằng PS hoặc PET dẫn điện.",
            "2025-02-26",
            "ministry",
            ["explainer", "trade_site", "acronyms_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "PP, ABS hay PVC đều làm được khay, nhưng bảng mạch đã gắn linh kiện thì nên để trong khay có vách ngăn và nắp đậy cho khỏi bụi.",
            "2025-02-26",
            "ministry",
            ["explainer", "trade_site", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hết tháng 9/2024, cả nước có thêm 121.540(1) doanh nghiệp thành lập mới, và 2.035 dự án FDI(2) được cấp giấy chứng nhận đăng ký đầu tư.",
            "2024-10-15",
            "ministry",
            ["service_explainer", "footnote_marker", "count", "no_event"],
            quantities=[c(121_540, "doanh nghiệp"), c(2_035, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ pháp lý:\n- Luật Đầu tư năm 2020;\n- Nghị định số 31/2021/NĐ-CP hướng dẫn Luật Đầu tư;\n- Thông tư số 25/2023/TT-BKHĐT về mẫu văn bản, báo cáo hoạt động đầu tư.",
            "2024-10-15",
            "legal",
            [
                "service_explainer",
                "legal_basis_list",
                "law_without_number",
                "dash_list",
                "multiline",
                "no_event",
            ],
            decisions=[d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư có thể là bản giấy hoặc bản điện tử; thời hạn ghi trên đó thường theo thời hạn dự án, với khu kinh tế không quá 70 năm.",
            "2024-10-15",
            "ministry",
            ["service_explainer", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khay dẫn điện có điện trở bề mặt dưới 10^5 ôm, còn khay tiêu tán nằm trong khoảng 10^5 đến 10^11 ôm.",
            "2025-02-26",
            "ministry",
            ["explainer", "trade_site", "measurement_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ gồm văn bản đề nghị thực hiện dự án, bản sao giấy tờ pháp lý của nhà đầu tư, đề xuất dự án và báo cáo tài chính 2 năm gần nhất.",
            "2024-10-15",
            "ministry",
            ["service_explainer", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered in Vietnamese: a Japanese machine translation of a licence story (S1 r2 = S17 r1 =
    # S19 r1, three times), a Korean trade brief (S13 r4), a Chinese title (S15 r3), a Malayalam machinery page (S18 r3) ---
    rows += [
        h(
            n(),
            "Nhà sản xuất giấy công nghiệp Đài Loan Tai Lung đã nhận giấy chứng nhận đầu tư vào ngày 9 tháng 11 để xây dựng nhà máy bao bì 120 triệu USD ở tỉnh miền Nam Bình Dương.",
            "2016-11-11",
            "ministry",
            [
                "foreign_page_rendered",
                "machine_translation",
                "licence_no_grantor",
                "country_word",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Tai Lung")],
            provinces=[pv("Bình Dương")],
            money=[m(120 * M, "USD")],
            locations=[country("Đài Loan")],
            deals=[deal("investment", ["Tai Lung"], 120 * M, BD, "2016-11-09")],
            events=[ev("investment_licence", [F("Tai Lung")], 120 * M, "USD", BD, "licensed")],
        ),
        h(
            n(),
            "Nhà máy được xây dựng để trên lô đất 65 ha của Khu công nghiệp Bàu Bàng, có công suất một triệu tấn giấy công nghiệp và sản phẩm giấy tiêu dùng hàng năm.",
            "2016-11-11",
            "ministry",
            ["foreign_page_rendered", "machine_translation", "area", "capacity_no_count", "no_event"],
            areas=[ha(65)],
            locations=[park("Khu công nghiệp Bàu Bàng")],
            events=[],
        ),
        h(
            n(),
            "Với 31 nhà máy trên thế giới và các khách như Apple, Nike, Tai Lung coi cơ sở Việt Nam là lớn nhất của mình cho đến nay, chủ tịch Lin Cheng-hao nói.",
            "2016-11-11",
            "ministry",
            [
                "foreign_page_rendered",
                "existing_plants_no_deal",
                "customers_firms",
                "speaker_last",
                "role_before_name",
                "count",
                "no_event",
            ],
            firms=[f("Apple"), f("Nike"), f("Tai Lung")],
            persons=[per("Lin Cheng-hao", "chủ tịch")],
            quantities=[c(31, "nhà máy")],
            events=[],
        ),
        h(
            n(),
            "Nhiều doanh nghiệp nước ngoài đã bắt đầu đầu tư vào ngành bao bì Việt Nam, trong đó có Kanzaki Board của Nhật Bản, Sheng Yu của Đài Loan, PakMas của Malaysia và Thaipak của Thái Lan.\nBởi Thanh Vân / vir",
            "2016-11-11",
            "ministry",
            [
                "foreign_page_rendered",
                "sector_investors_no_deal",
                "country_after_firm",
                "byline",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Kanzaki Board"), f("Sheng Yu"), f("PakMas"), f("Thaipak")],
            persons=[per("Thanh Vân", None)],
            locations=[country("Nhật Bản"), country("Đài Loan"), country("Malaysia"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "[Nhật Bản] Hãng in Sakurada Printing cho chạy nhà máy màng bao bì 9 tỷ yên ở bang Ohio (Mỹ) từ ngày 1/6/2017\nNhu cầu màng nhẹ cho đồ uống, thực phẩm ở Mỹ được dự báo tăng\nBản quyền © MINews. Cấm sao chép và phân phối lại",
            "2017-05-30",
            "ministry",
            [
                "foreign_page_rendered",
                "plant_abroad_no_deal",
                "bracket_label_country",
                "yen",
                "foreign_state_nothing",
                "copyright_line",
                "multiline",
                "no_event",
            ],
            firms=[f("Sakurada Printing")],
            money=[m(9 * B, "JPY")],
            locations=[country("Nhật Bản"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Yêu cầu chống ẩm và quy chuẩn xếp chồng thùng carton cho hàng xuất khẩu đường biển",
            "2022-09-09",
            "ministry",
            ["foreign_page_rendered", "title_only", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sau chừng hai thập niên, ngành máy đóng gói chân không của Trung Quốc vẫn đi sau về công nghệ và nghiên cứu, và kéo chậm cả ngành thực phẩm theo.",
            "2020-08-14",
            "ministry",
            ["foreign_page_rendered", "count_in_words", "country_word", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo các chuyên gia ngành, các hiệp định thương mại tự do mà Việt Nam đã ký sẽ kéo sản xuất chế tạo đi lên, và bao bì được hưởng theo.",
            "2016-11-11",
            "ministry",
            ["foreign_page_rendered", "machine_translation", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A contractor's project page with a label block (S1 r3) ---
    rows += [
        h(
            n(),
            "Thi công nhà máy hộp giấy tiệt trùng cho tập đoàn Thụy Điển ở KCN Nhơn Trạch 3\nVỊ TRÍ\nKhu công nghiệp Nhơn Trạch 3, Đồng Nai\nCHỦ ĐẦU TƯ\nTập đoàn Ljungberg Cartons\nLOẠI HÌNH DỰ ÁN\nNhà máy",
            "2019-05-10",
            "ministry",
            [
                "project_page",
                "label_block",
                "investor_line_no_event",
                "country_word",
                "park_twice_one_entry",
                "multiline",
            ],
            firms=[f("Ljungberg Cartons", "Tập đoàn")],
            provinces=[pv("Đồng Nai")],
            locations=[country("Thụy Điển"), park("Khu công nghiệp Nhơn Trạch 3")],
            deals=[deal("investment", ["Ljungberg Cartons"], None, DN)],
            events=[],
        ),
        h(
            n(),
            "QUY MÔ\nXây dựng 32.000 m2 trên khuôn viên 90.000 m2\nTHỜI GIAN THI CÔNG\n2017 – 2018",
            "2019-05-10",
            "ministry",
            ["project_page", "label_block", "area", "year_no_count", "multiline", "no_event"],
            areas=[ha(3.2), ha(9)],
            events=[],
        ),
        h(
            n(),
            "Hộp sữa và nước trái cây tiệt trùng là dòng chính; giai đoạn đầu 12 tỉ hộp/năm, có chỗ nâng lên 18 tỉ, và nhà thầu phải bàn giao kịp để máy chạy trước quý II/2019.",
            "2019-05-10",
            "ministry",
            ["project_page", "capacity_no_count", "quarter_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A commodity-news site on a paper-tray plant opening in Bắc Ninh, with the zone board's running totals (S1 r1 =
    # S10 r3) ---
    rows += [
        h(
            n(),
            "Bắc Ninh: Kim Hưng đưa nhà máy khay giấy thứ hai vào hoạt động\n\n15/02/2021 09:40\nKhay, túi giấy và hộp bìa cho hàng điện tử, thực phẩm xuất khẩu là sản phẩm chính; công suất chừng 24.000 tấn, tức khoảng 60 triệu hộp mỗi năm.",
            "2021-02-15",
            "ministry",
            [
                "headline_lead",
                "province_prefix",
                "inauguration_no_capital",
                "timestamp",
                "ordinal_no_count",
                "capacity_no_count",
                "multiline",
            ],
            firms=[f("Kim Hưng")],
            provinces=[pv("Bắc Ninh")],
            events=[ev("inauguration", [F("Kim Hưng")], None, None, BN, "completed")],
        ),
        h(
            n(),
            "Nhà máy Tiên Sơn 2 của Công ty CP In và Bao bì Kim Hưng đã chạy chính thức từ đầu tháng, sau khi doanh nghiệp rót hơn 260 tỷ đồng (khoảng 11,3 triệu USD) cho giai đoạn 1 trên 1,9 ha đất ở KCN Tiên Sơn.",
            "2021-02-15",
            "ministry",
            [
                "object_first",
                "inauguration_with_capital",
                "bracketed_conversion",
                "park_no_province",
                "plant_name_no_firm",
                "approx",
                "area",
            ],
            firms=[f("In và Bao bì Kim Hưng", "Công ty CP")],
            money=[m(260 * B, "VND", approx=True), m(11.3 * M, "USD", approx=True)],
            areas=[ha(1.9)],
            locations=[park("Khu công nghiệp Tiên Sơn")],
            deals=[deal("investment", ["In và Bao bì Kim Hưng"], 260 * B)],
            events=[ev("inauguration", [F("In và Bao bì Kim Hưng")], 260 * B, "VND", None, "completed")],
        ),
        h(
            n(),
            "Theo ông Lê Quang Thịnh, Chủ tịch HĐQT Kim Hưng, khách ở Mỹ, châu Âu và Nhật Bản giờ đòi bao bì giấy ngay từ vòng chào giá đầu, nên nhà máy được làm để xuất khẩu.",
            "2021-02-15",
            "ministry",
            ["role_after_name", "firm_in_role", "region_nothing", "country_word", "no_event"],
            persons=[per("Lê Quang Thịnh", "Chủ tịch HĐQT Kim Hưng")],
            firms=[f("Kim Hưng")],
            locations=[country("Mỹ"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Cả xưởng được điều hoà, máy bế và máy dán hộp nhập từ Đức và Ý.",
            "2021-02-15",
            "ministry",
            ["old_tone", "country_word", "no_event"],
            locations=[country("Đức"), country("Ý")],
            events=[],
        ),
        h(
            n(),
            "Ở các KCN Bắc Ninh, tính đến nay có 1.487 dự án được cấp giấy chứng nhận (FDI chiếm 1.006), vốn đăng ký cộng dồn 19.640,2 triệu USD; hơn 1.100 dự án đã sản xuất, theo Ban Quản lý các KCN Bắc Ninh.",
            "2021-02-15",
            "ministry",
            [
                "place_first",
                "running_total",
                "count",
                "count_without_noun",
                "approx",
                "province_in_org_name",
                "source_last",
                "no_event",
            ],
            organizations=["Ban Quản lý các KCN Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(1_487, "dự án"), c(1_100, "dự án", True)],
            money=[m(19_640.2 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Công nhân vận hành máy bế hộp ở nhà máy mới. Ảnh: Thu Hà",
            "2021-02-15",
            "ministry",
            ["caption", "photo_credit_person", "nfd", "no_event"],
            persons=[per("Thu Hà", None)],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 2, dự kiến khởi động năm 2023, sẽ nâng công suất thêm khoảng 40% bằng một dây chuyền tráng phủ gốc nước.",
            "2021-02-15",
            "ministry",
            ["plan_no_firm", "percentage", "year_no_count", "no_event"],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Tin cùng chuyên mục\nGiá giấy kraft nhập khẩu tăng 6% trong tháng 1 | Xuất khẩu túi giấy sang Hàn Quốc lập đỉnh mới",
            "2021-02-15",
            "ministry",
            ["related_links", "pipe_list", "percentage", "country_word", "nfd", "multiline", "no_event"],
            percentages=[6],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- A news agency's site on a Japanese printing group's licence in Đồng Nai (S4 r2) ---
    rows += [
        h(
            n(),
            "10:15 18/06/2013\n\nTrao giấy phép đầu tư 42 triệu USD cho Tập đoàn Hoshimura Printing (Nhật Bản)",
            "2013-06-18",
            "provincial",
            ["timestamp", "headline_only", "licence_no_grantor", "country_bracket", "multiline"],
            firms=[f("Hoshimura Printing", "Tập đoàn")],
            money=[m(42 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Hoshimura Printing"], 42 * M)],
            events=[ev("investment_licence", [F("Hoshimura Printing")], 42 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Ngày 17/6, UBND tỉnh Đồng Nai đã trao giấy phép đầu tư cho Tập đoàn Hoshimura Printing – HMP (Nhật Bản), vốn hoạt động trong nhiều ngành như chế tạo máy in, bao bì đóng gói và thiết bị chính xác.",
            "2013-06-18",
            "provincial",
            ["licence_grantor", "dash_acronym_one_entry", "country_bracket", "deal_date", "year_inferred"],
            firms=[f("Hoshimura Printing", "Tập đoàn")],
            organizations=["UBND tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Hoshimura Printing"], None, DN, "2013-06-17")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Đồng Nai"), F("Hoshimura Printing")],
                    None,
                    None,
                    DN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Sau thời gian tìm hiểu, HMP chọn KCN Long Đức (huyện Long Thành) để xây nhà máy màng ghép phức hợp cho bao bì đóng gói, vốn giai đoạn 1 là 42 triệu USD Mỹ.",
            "2013-06-18",
            "provincial",
            [
                "acronym_alone_firm",
                "site_choice_announced",
                "district",
                "park_no_province",
                "usd_my",
                "nfd",
            ],
            firms=[f("HMP")],
            money=[m(42 * M, "USD")],
            locations=[park("Khu công nghiệp Long Đức"), district("huyện Long Thành")],
            deals=[deal("investment", ["HMP"], 42 * M)],
            events=[ev("investment_announcement", [F("HMP")], 42 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Với dự án này, các nhà máy thực phẩm và điện tử trong tỉnh có thêm nguồn màng cao cấp ngay tại chỗ, ngành nghề đầu tư ở địa phương cũng được đa dạng hoá.\n\nLê Minh Đức",
            "2013-06-18",
            "provincial",
            ["byline", "old_tone", "multiline", "no_event"],
            persons=[per("Lê Minh Đức", None)],
            events=[],
        ),
        h(
            n(),
            "Tin liên quan: Đồng Nai đón thêm 6 dự án FDI vào KCN Long Đức trong 5 tháng",
            "2013-06-18",
            "provincial",
            ["related_link", "count", "duration_no_count", "no_event"],
            provinces=[pv("Đồng Nai")],
            quantities=[c(6, "dự án FDI")],
            locations=[park("Khu công nghiệp Long Đức")],
            events=[],
        ),
    ]
    # --- A business portal's feature on Vietnamese packaging firms bought by a Thai group (S9 r1) ---
    rows += [
        h(
            n(),
            "Bao bì Việt liên tiếp về tay tập đoàn Thái\n\n20:40 11/04/2021\n\nSau hàng loạt thương vụ thâu tóm, phần lớn thị phần bao bì giấy đã nghiêng về doanh nghiệp ngoại.",
            "2021-04-11",
            "ministry",
            ["headline_lead", "timestamp", "country_word", "multiline", "no_event"],
            locations=[country("Thái")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Bao bì Đồng Phát (DOPAK) nằm trong năm nhà cung cấp thùng carton lớn nhất phía Nam, doanh thu tăng bình quân 18-22%/năm nhờ 3 nhà máy với tổng công suất gần 95.000 tấn/năm.",
            "2021-04-11",
            "ministry",
            [
                "bracketed_acronym_one_entry",
                "count_in_words",
                "percentage_range",
                "count",
                "capacity_no_count",
                "region_nothing",
                "existing_plants_no_deal",
                "no_event",
            ],
            firms=[f("Bao bì Đồng Phát", "Công ty CP")],
            percentages=[18, 22],
            quantities=[c(3, "nhà máy")],
            events=[],
        ),
        h(
            n(),
            "Khách của Đồng Phát toàn tên tuổi lớn như Unilever, PepsiCo, Nestlé, Samsung; ngoài ra còn các hãng bánh kẹo, mỹ phẩm và dược.",
            "2021-04-11",
            "ministry",
            ["customers_firms", "no_event"],
            firms=[f("Đồng Phát"), f("Unilever"), f("PepsiCo"), f("Nestlé"), f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Tháng 12 năm ngoái, Đồng Phát đã về tay CPP Solutions Pte. Ltd, công ty con của Tập đoàn Chao Phraya Packaging do một tỷ phú Thái Lan nắm quyền.",
            "2021-04-11",
            "ministry",
            [
                "target_first",
                "recalled_acquisition",
                "deal_no_event",
                "foreign_form_kept",
                "parent_mention",
                "country_word",
            ],
            firms=[f("Đồng Phát"), f("CPP Solutions", "Pte. Ltd"), f("Chao Phraya Packaging", "Tập đoàn")],
            locations=[country("Thái Lan")],
            deals=[deal("investment", ["CPP Solutions"])],
            events=[],
        ),
        h(
            n(),
            "Trước Đồng Phát, Chao Phraya Packaging từng chi hàng nghìn tỷ đồng để mua Công ty CP Bao bì Nhựa Thành Công, và đang giữ nhiều cổ phần ở Nhựa Hòa Lợi, Vật liệu nhựa Minh Tâm.",
            "2021-04-11",
            "ministry",
            [
                "recalled_acquisition",
                "deal_no_event",
                "vague_amount_none",
                "shareholding_no_deal",
                "nfd",
            ],
            firms=[
                f("Đồng Phát"),
                f("Chao Phraya Packaging"),
                f("Bao bì Nhựa Thành Công", "Công ty CP"),
                f("Nhựa Hòa Lợi"),
                f("Vật liệu nhựa Minh Tâm"),
            ],
            deals=[deal("investment", ["Chao Phraya Packaging"])],
            events=[],
        ),
        h(
            n(),
            "Thương vụ mới nhất: Chao Phraya Packaging vừa đạt thoả thuận mua 70% cổ phần Công ty CP Nhựa Tân Long, qua đó số doanh nghiệp bao bì Việt về tay tập đoàn lên chín.",
            "2021-04-11",
            "ministry",
            ["label_first", "signed_acquisition", "old_tone", "percentage", "count_in_words"],
            firms=[f("Chao Phraya Packaging"), f("Nhựa Tân Long", "Công ty CP")],
            percentages=[70],
            deals=[deal("investment", ["Chao Phraya Packaging"])],
            events=[
                ev(
                    "acquisition",
                    [F("Chao Phraya Packaging"), F("Nhựa Tân Long")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Xưởng in thùng carton của Đồng Phát ở Biên Hòa.\nẢnh: Quang Huy",
            "2021-04-11",
            "ministry",
            ["caption", "photo_credit_person", "city_alone_nothing", "multiline", "no_event"],
            firms=[f("Đồng Phát")],
            persons=[per("Quang Huy", None)],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: bao bì giấy; M&A; tỷ phú Thái Lan; Chao Phraya Packaging",
            "2021-04-11",
            "ministry",
            ["keywords_line", "country_word", "no_event"],
            firms=[f("Chao Phraya Packaging")],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy của Công ty CP Nhựa Tân Long ở Long An.\nẢnh: Quang Huy",
            "2021-04-11",
            "ministry",
            ["caption", "photo_credit_person", "existing_plant_no_deal", "multiline", "no_event"],
            firms=[f("Nhựa Tân Long", "Công ty CP")],
            persons=[per("Quang Huy", None)],
            provinces=[pv("Long An")],
            events=[],
        ),
    ]
    # --- A marketing site on a printing expo's press conference and packaging M&A (S9 r3), and a development portal's
    # blurb (S9 r4) ---
    rows += [
        h(
            n(),
            "Bao bì Việt lọt tầm ngắm vốn ngoại\n\nTăng trưởng quanh 10% mỗi năm, ngành bao bì trong nước đang được nhiều tập đoàn nước ngoài để mắt.",
            "2018-08-09",
            "ministry",
            ["headline_lead", "percentage", "multiline", "no_event"],
            percentages=[10],
            events=[],
        ),
        h(
            n(),
            "Chiều 8-8, tại họp báo giới thiệu Triển lãm quốc tế lần thứ 18 về máy móc, thiết bị in và bao bì (PrintPack Việt Nam 2018), ông Phan Quốc Thái, Chủ tịch Hiệp hội In Việt Nam, cho rằng các thương vụ mua bán - sáp nhập gần đây là bằng chứng rõ nhất.",
            "2018-08-09",
            "ministry",
            [
                "press_conference",
                "ordinal_no_count",
                "role_after_name",
                "expo_name_nothing",
                "nfd",
                "no_event",
            ],
            persons=[per("Phan Quốc Thái", "Chủ tịch Hiệp hội In Việt Nam")],
            organizations=["Hiệp hội In Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Dẫn chứng được ông Thái nhắc nhiều nhất: Công ty Bao bì nhựa SP – thành viên Tập đoàn Chao Phraya Packaging (Thái Lan) – đã chi hơn 38 triệu USD để có 75% cổ phần Công ty CP Bao bì Minh Khang (Mikapac).",
            "2018-08-09",
            "ministry",
            [
                "recalled_acquisition",
                "deal_no_event",
                "member_of_group",
                "bracketed_acronym_one_entry",
                "given_name_alone_no_person",
                "approx",
                "percentage",
            ],
            firms=[
                f("Bao bì nhựa SP", "Công ty"),
                f("Chao Phraya Packaging", "Tập đoàn"),
                f("Bao bì Minh Khang", "Công ty CP"),
            ],
            percentages=[75],
            money=[m(38 * M, "USD", approx=True)],
            locations=[country("Thái Lan")],
            deals=[deal("investment", ["Bao bì nhựa SP"], 38 * M)],
            events=[],
        ),
        h(
            n(),
            "Ông Phan Quốc Thái (thứ hai từ trái) trả lời báo chí. Ảnh: Bảo Lâm",
            "2018-08-09",
            "ministry",
            ["caption", "ordinal_no_count", "photo_credit_person", "no_event"],
            persons=[per("Phan Quốc Thái", None), per("Bảo Lâm", None)],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư ngoại, theo ông Thái, tính bằng hàng tiêu dùng: sản xuất trong nước và xuất khẩu càng lớn thì hộp, túi càng cần nhiều, và họ lấy 10% mỗi năm làm mức sàn.",
            "2018-08-09",
            "ministry",
            ["reported_speech", "percentage", "no_event"],
            percentages=[10],
            events=[],
        ),
        h(
            n(),
            "Ông Thái dự báo hai, ba năm tới sẽ còn nhiều thương vụ tương tự ở mảng bao bì giấy và màng nhựa.",
            "2018-08-09",
            "ministry",
            ["forecast_no_deal", "counts_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vốn ngoại đổ vào ngành nhựa Việt Nam\nDoanh nghiệp nhựa trong nước buộc phải tái cơ cấu gấp để đọ sức với các đối thủ ngoại vừa mua lại hàng loạt công ty Việt.\nĐọc tiếp …\nHà My",
            "2019-02-27",
            "ministry",
            ["portal_blurb", "read_more", "byline", "multiline", "no_event"],
            persons=[per("Hà My", None)],
            events=[],
        ),
    ]
    # --- A paper research institute's site on a packaging-paper mill started in Hưng Yên (S10 r1) ---
    rows += [
        h(
            n(),
            "banner_2022_2_\n\nVận hành dây chuyền giấy bao bì mới ở Hưng Yên\n\nNgày 12-03-2022",
            "2022-03-12",
            "provincial",
            ["banner_chrome", "headline_no_firm", "date_line", "multiline", "no_event"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Được UBND tỉnh Hưng Yên chấp thuận chủ trương đầu tư từ năm 2020, nhà máy giấy bao bì công nghiệp của Công ty CP Giấy Phúc An nay đã lắp đặt xong và đi vào sản xuất.",
            "2022-03-12",
            "provincial",
            [
                "recalled_approval_deal",
                "inauguration_no_capital",
                "site_from_grantor",
                "year_no_count",
            ],
            firms=[f("Giấy Phúc An", "Công ty CP")],
            organizations=["UBND tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            deals=[deal("investment", ["Giấy Phúc An"], None, HY)],
            events=[ev("inauguration", [F("Giấy Phúc An")], None, None, HY, "completed")],
        ),
        h(
            n(),
            "Sáng 25/2/2022, tại lô CN5, Cụm công nghiệp Minh Khai, xã Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên, Công ty CP Giấy Phúc An (trụ sở ở phường Mai Dịch, quận Cầu Giấy, TP. Hà Nội) đã chạy thành công dây chuyền 85.000 tấn/năm làm giấy mặt và giấy sóng cho thùng carton.",
            "2022-03-12",
            "provincial",
            [
                "place_first",
                "inauguration_no_capital",
                "cluster_park",
                "district",
                "head_office_mention",
                "capacity_no_count",
                "nfd",
            ],
            firms=[f("Giấy Phúc An", "Công ty CP")],
            provinces=[pv("Hưng Yên"), pv("Hà Nội")],
            locations=[
                park("Cụm công nghiệp Minh Khai"),
                district("huyện Văn Lâm"),
                district("quận Cầu Giấy"),
            ],
            events=[ev("inauguration", [F("Giấy Phúc An")], None, None, HY, "completed")],
        ),
        h(
            n(),
            "Từ nay, mỗi năm thị trường có thêm 85.000 tấn giấy bao bì công nghiệp từ dây chuyền của Phúc An./.\n\nNguồn: vppa.vn",
            "2022-03-12",
            "provincial",
            ["source_line", "capacity_no_count", "site_nothing", "multiline", "no_event"],
            firms=[f("Phúc An")],
            events=[],
        ),
        h(
            n(),
            "Bình luận\n\nNgười gửi / điện thoại\n\nNội dung\n\nThống kê truy cập\nĐang truy cập: 41\nTrong ngày: 388\nLượt truy cập: 1402217",
            "2022-03-12",
            "provincial",
            ["comment_form", "visitor_counter_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Viện Công nghiệp Giấy và Xenluylô\nĐịa chỉ: 59 Vũ Trọng Phụng, Thanh Xuân, Hà Nội · Điện thoại: 024.3855.0917 · Email: vienGX@gmail.com",
            "2022-03-12",
            "provincial",
            ["site_footer", "address_line", "phone_nothing", "multiline", "no_event"],
            organizations=["Viện Công nghiệp Giấy và Xenluylô"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- An SEO blog's category page on a Hong Kong paper group's dormitory groundbreaking in Hậu Giang (S10 r2) ---
    rows += [
        h(
            n(),
            "Hơn 410 tỉ đồng sẽ được Giấy Wing Fat dồn vào khu ký túc xá 7 khối nhà cho người lao động, công trình vừa động thổ sáng 22-4 cạnh nhà máy giấy ở huyện Châu Thành, Hậu Giang.",
            "2021-04-23",
            "provincial",
            [
                "amount_first",
                "dormitory_groundbreaking",
                "groundbreaking_started",
                "district",
                "count",
                "approx",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Giấy Wing Fat")],
            provinces=[pv("Hậu Giang")],
            money=[m(410 * B, "VND", approx=True)],
            quantities=[c(7, "khối nhà")],
            locations=[district("huyện Châu Thành")],
            deals=[deal("groundbreaking", ["Giấy Wing Fat"], 410 * B, HG, "2021-04-22")],
            events=[ev("groundbreaking", [F("Giấy Wing Fat")], 410 * B, "VND", HG, "started")],
        ),
        h(
            n(),
            "Dây chuyền giấy bao bì 450.000 tấn/năm của công ty đã chạy thử xong từ cuối năm ngoái, ông Patrick Lau, Tổng giám đốc Công ty TNHH Giấy Wing Fat Việt Nam, cho biết tại lễ.",
            "2021-04-23",
            "provincial",
            [
                "speaker_last",
                "role_after_name",
                "firm_in_role",
                "vietnam_dropped",
                "trial_run_no_event",
                "nfd",
                "no_event",
            ],
            persons=[per("Patrick Lau", "Tổng giám đốc Công ty TNHH Giấy Wing Fat Việt Nam")],
            firms=[f("Giấy Wing Fat", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Tái chế một tấn giấy, theo một nghiên cứu của trường kỹ thuật ở Slovakia, đỡ được hàng chục cây gỗ và hàng nghìn lít nước.",
            "2021-04-23",
            "provincial",
            ["aside", "country_word", "vague_counts_none", "no_event"],
            locations=[country("Slovakia")],
            events=[],
        ),
    ]
    # --- A business daily on a Thai group's second paper line at its Vietnamese kraft mill (S10 r4) ---
    rows += [
        h(
            n(),
            "(DĐDN) - Mảng bao bì của Tập đoàn Siam Pulp đã khởi động dây chuyền giấy thứ hai tại nhà máy của Công ty TNHH Giấy Kraft Mekong ở Việt Nam.",
            "2017-10-20",
            "ministry",
            ["outlet_prefix_nothing", "line_started_inauguration", "subsidiary_mention", "ordinal_no_count"],
            firms=[f("Siam Pulp", "Tập đoàn"), f("Giấy Kraft Mekong", "Công ty TNHH")],
            events=[ev("inauguration", [F("Siam Pulp")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Cuộn giấy sóng trong kho thành phẩm của Kraft Mekong.",
            "2017-10-20",
            "ministry",
            ["caption", "short_name", "no_event"],
            firms=[f("Kraft Mekong")],
            events=[],
        ),
        h(
            n(),
            "Lô giấy sóng đầu tiên rời xưởng giữa tháng 9/2017, sớm hơn hai quý so với lịch ban đầu.",
            "2017-10-20",
            "ministry",
            ["no_firm", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ông Somchai Rattanakul, Tổng giám đốc Công ty TNHH Giấy Kraft Mekong, cho biết dây chuyền mới thêm 260.000 tấn mỗi năm, đưa sản lượng giấy bao bì của tập đoàn ở Thái Lan, Việt Nam và Indonesia lên 2,8 triệu tấn.\n\nHoàng Nam",
            "2017-10-20",
            "ministry",
            [
                "role_after_name",
                "firm_in_role",
                "tonnage_no_count",
                "country_list",
                "byline",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Somchai Rattanakul", "Tổng giám đốc Công ty TNHH Giấy Kraft Mekong"),
                per("Hoàng Nam", None),
            ],
            firms=[f("Giấy Kraft Mekong", "Công ty TNHH")],
            locations=[country("Thái Lan"), country("Indonesia")],
            events=[],
        ),
    ]
    # --- A news aggregator's snippet on an electronics plant's licence, with a related link (S14 r1) ---
    rows += [
        h(
            n(),
            "Ngày 19/5, Công ty TNHH Daeryung Electronics Việt Nam nhận giấy phép cho nhà máy điện tử 75 triệu sản phẩm/năm ở Thái Nguyên, vốn 720 triệu USD. (Báo Mới)",
            "2014-05-20",
            "ministry",
            [
                "aggregator_copy",
                "licence_no_grantor",
                "vietnam_dropped",
                "capacity_no_count",
                "outlet_nothing",
                "deal_date",
                "year_inferred",
                "nfd",
            ],
            firms=[f("Daeryung Electronics", "Công ty TNHH")],
            provinces=[pv("Thái Nguyên")],
            money=[m(720 * M, "USD")],
            deals=[deal("investment", ["Daeryung Electronics"], 720 * M, TNg, "2014-05-19")],
            events=[ev("investment_licence", [F("Daeryung Electronics")], 720 * M, "USD", TNg, "licensed")],
        ),
        h(
            n(),
            "Tin liên quan: Nhà cung cấp bao bì nội nào lọt được vào chuỗi của Daeryung?",
            "2014-05-20",
            "ministry",
            ["related_link", "no_event"],
            firms=[f("Daeryung")],
            events=[],
        ),
    ]
    # --- A national news site on the Hà Nội plastics, printing and packaging expo (S7 r3) ---
    rows += [
        h(
            n(),
            "Hàng trăm máy móc và công nghệ mới được bày ra, kèm lời mời chuyển giao ngay cho nhà sản xuất trong nước.",
            "2023-05-17",
            "ministry",
            ["sapo", "vague_count_none", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sáng 17/5, Triển lãm quốc tế nhựa, in và bao bì Hà Nội (HanoiPlasPrint 2023) khai mạc tại Trung tâm Triển lãm Giảng Võ.",
            "2023-05-17",
            "ministry",
            ["fair_opening", "province_in_event_name", "venue_no_org", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Có 210 doanh nghiệp từ 12 quốc gia và vùng lãnh thổ như Hàn Quốc, Nhật Bản, Đức, Ấn Độ, Thái Lan tham gia, dựng 450 gian hàng.",
            "2023-05-17",
            "ministry",
            ["count", "country_list", "nfd", "no_event"],
            quantities=[c(210, "doanh nghiệp"), c(12, "quốc gia và vùng lãnh thổ"), c(450, "gian hàng")],
            locations=[
                country("Hàn Quốc"),
                country("Nhật Bản"),
                country("Đức"),
                country("Ấn Độ"),
                country("Thái Lan"),
            ],
            events=[],
        ),
        h(
            n(),
            "Khách xem máy làm túi giấy tự động hoá tại một gian hàng. Ảnh: Ngọc Anh",
            "2023-05-17",
            "ministry",
            ["caption", "photo_credit_person", "old_tone", "no_event"],
            persons=[per("Ngọc Anh", None)],
            events=[],
        ),
        h(
            n(),
            "Ở khu thiết bị in, máy in phun công nghiệp và máy in trên nhiều chất liệu chiếm phần lớn; máy thổi màng nhiều lớp và máy tái chế hạt nhựa cũng có mặt.",
            "2023-05-17",
            "ministry",
            ["machinery_list", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 2018-2022, mỗi năm ngành nhựa nhập bình quân gần 920 triệu USD máy móc, thiết bị, tốc độ tăng trên 15%/năm, nên nhu cầu thay máy còn rất lớn.",
            "2023-05-17",
            "ministry",
            ["statistics", "approx", "percentage", "no_event"],
            money=[m(920 * M, "USD", approx=True)],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "Triển lãm mở cửa tới hết ngày 20/5.",
            "2023-05-17",
            "ministry",
            ["closing_date", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Triển lãm do Bộ Công Thương chỉ đạo, Công ty TNHH Hội chợ Triển lãm Quốc tế Sao Việt tổ chức, năm nay là lần thứ 11 được tổ chức ở Hà Nội.",
            "2023-05-17",
            "ministry",
            ["organisers_no_deal", "ordinal_no_count", "no_event"],
            organizations=["Bộ Công Thương"],
            firms=[f("Hội chợ Triển lãm Quốc tế Sao Việt", "Công ty TNHH")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Khách tham quan có thể đăng ký gặp nhà cung cấp trước qua cổng trực tuyến của ban tổ chức.",
            "2023-05-17",
            "ministry",
            ["service_line", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a press wire carrying VNS on the printing and packaging expo (S7 r1) ---
    rows += [
        h(
            n(),
            "VIETNAM, October 4 -\n\nHCM CITY — Presses, die-cutters and label lines from 17 countries and territories are on show at the 19th Vietnam International Printing and Packaging Exhibition, which opened in HCM City on Tuesday.",
            "2022-10-04",
            "ministry",
            [E, "press_wire", "dateline_caps", "ordinal_no_count", "count", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(17, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "Among the 394 exhibitors are firms from Germany, Japan, Switzerland, Thailand and mainland China, the organisers said.",
            "2022-10-04",
            "ministry",
            [E, "count", "country_list", "no_event"],
            quantities=[c(394, "exhibitors")],
            locations=[
                country("Germany"),
                country("Japan"),
                country("Switzerland"),
                country("Thailand"),
                country("China"),
            ],
            events=[],
        ),
        h(
            n(),
            "Brand owners that sell online want boxes that look as good on a screen as on a shelf, and that should keep the industry growing above 12 per cent a year, said Mandy Chen, President of Orbis Trade & Exhibition Service Co Ltd, which runs the show with Hanoi Fair Services JSC, a Ministry of Industry and Trade unit. — VNS",
            "2022-10-04",
            "ministry",
            [
                E,
                "speaker_last",
                "role_after_name",
                "firm_in_role",
                "organisers_no_deal",
                "city_in_firm_name_no_mention",
                "percentage",
                "agency_nothing",
                "no_event",
            ],
            persons=[per("Mandy Chen", "President of Orbis Trade & Exhibition Service Co Ltd")],
            firms=[f("Orbis Trade & Exhibition Service", "Co Ltd"), f("Hanoi Fair Services", "JSC")],
            organizations=["Ministry of Industry and Trade"],
            percentages=[12],
            events=[],
        ),
    ]
    # --- English: a news agency on the 2016 printing, packaging and food processing expo (S7 r2) ---
    rows += [
        h(
            n(),
            "HCM City (VNA) – A 14-18 percent rise in printing and packaging output is in prospect this year, the Vietnam Printing Association (VPA) forecast as the 16th Vietnam International Printing & Packaging and Food Processing Exhibition opened on September 28.",
            "2016-09-29",
            "ministry",
            [
                E,
                "dateline_agency",
                "percentage_range",
                "bracketed_acronym_one_entry",
                "ordinal_no_count",
                "no_event",
            ],
            organizations=["Vietnam Printing Association"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[14, 18],
            events=[],
        ),
        h(
            n(),
            "Nearly 1,600 firms print industrial packaging nationwide, earning more than 2.2 billion USD between them; labels and industrial packaging are four-fifths of the trade, VPA chairman Dinh Quang Hoa said.",
            "2016-09-29",
            "ministry",
            [E, "count", "approx", "fraction_no_percentage", "role_before_name", "acronym_org", "no_event"],
            persons=[per("Dinh Quang Hoa", "VPA chairman")],
            organizations=["VPA"],
            quantities=[c(1_600, "firms", True)],
            money=[m(2.2 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Small shops still buy second-hand presses that fall short on print quality and emissions, while the big printers import new ones from Germany, Japan, Italy and the US, he added.-VNA",
            "2016-09-29",
            "ministry",
            [E, "country_list", "agency_nothing", "no_event"],
            locations=[country("Germany"), country("Japan"), country("Italy"), country("US")],
            events=[],
        ),
    ]
    # --- English: a press wire carrying VNS on a recycled-paper packaging plant licensed in Ninh Bình (S16 r3) ---
    rows += [
        h(
            n(),
            "Ninh Bình licenses recycled-paper packaging plant\n\nVIETNAM, May 29 - NINH BÌNH — Kim Son Paper JSC on May 28 received an investment certificate from the northern province of Ninh Bình for a high-tech factory that will turn recycled paper and pulp into packaging.",
            "2025-05-29",
            "ministry",
            [
                E,
                "press_wire",
                "headline_lead",
                "licence_from_province_no_party",
                "dateline_caps",
                "deal_date",
                "multiline",
            ],
            firms=[f("Kim Son Paper", "JSC")],
            provinces=[pv("Ninh Bình")],
            deals=[deal("investment", ["Kim Son Paper"], None, NB, "2025-05-28")],
            events=[ev("investment_licence", [F("Kim Son Paper")], None, None, NB, "licensed")],
        ),
        h(
            n(),
            "VNĐ2.18 trillion of registered capital and 280,000 tonnes a year of capacity will go into the extended zone of Khanh Phu Industrial Park, Kim Son Paper chairman Dinh Van Tuan said.",
            "2025-05-29",
            "ministry",
            [
                E,
                "amount_first",
                "registered_capital_deal_no_event",
                "english_park_none",
                "tonnage_no_count",
                "role_before_name",
            ],
            persons=[per("Dinh Van Tuan", "Kim Son Paper chairman")],
            firms=[f("Kim Son Paper")],
            money=[m(2.18 * 1_000 * B, "VND")],
            deals=[deal("investment", ["Kim Son Paper"], 2.18 * 1_000 * B)],
            events=[],
        ),
        h(
            n(),
            "Provincial People's Committee Chairman Pham Quang Ngoc asked the park to hurry its infrastructure in the extension and told Kim Son Paper to finish its paperwork fast and build with the clean, modern technology it has pledged.",
            "2025-05-29",
            "ministry",
            [E, "role_before_name", "bare_committee_in_role", "no_event"],
            persons=[per("Pham Quang Ngoc", "Provincial People's Committee Chairman")],
            firms=[f("Kim Son Paper")],
            events=[],
        ),
    ]
    # --- English: a Norwegian-domain blog reposting a deal site on a Swedish carton plant (S17 r2) ---
    rows += [
        h(
            n(),
            "Swedish carton maker bets big on Vietnam\n\nA food packaging group, Ljungberg Cartons has put USD 118 million into a factory in Dong Nai that will be the first in the country to make aseptic paperboard cartons.",
            "2018-04-02",
            "ministry",
            [
                E,
                "blog_repost",
                "headline_lead",
                "adjective_no_country",
                "plant_under_construction_announced",
                "multiline",
            ],
            firms=[f("Ljungberg Cartons")],
            provinces=[pv("Đồng Nai")],
            money=[m(118 * M, "USD")],
            deals=[deal("investment", ["Ljungberg Cartons"], 118 * M, DN)],
            events=[ev("investment_announcement", [F("Ljungberg Cartons")], 118 * M, "USD", DN, "announced")],
        ),
        h(
            n(),
            "“Families here are spending on ready-to-drink milk and juice, and we want to be packing it locally,” said Martin Lindqvist, managing director of Ljungberg Cartons Vietnam.\n\nSource: Deal Street Asia\n\n0 Comments\nOldest  Newest  Most Voted",
            "2018-04-02",
            "ministry",
            [
                E,
                "quote_first",
                "role_after_name",
                "vietnam_dropped",
                "source_credit_nothing",
                "comment_chrome",
                "multiline",
                "no_event",
            ],
            persons=[per("Martin Lindqvist", "managing director of Ljungberg Cartons Vietnam")],
            firms=[f("Ljungberg Cartons")],
            events=[],
        ),
    ]
    # --- English: an investment weekly on a Japanese group's liquid-packaging board plant, with related links (S17 r3)
    rows += [
        h(
            n(),
            "Backed by nearly $96 million, the Kitakami Paper Holdings plant will make and sell liquid packaging board on 52,000 square metres in Amata City Long Thanh Industrial Park and should start running in 2029.",
            "2025-10-02",
            "ministry",
            [
                E,
                "amount_first",
                "planned_plant_announced",
                "english_park_none",
                "area",
                "approx",
                "year_no_count",
            ],
            firms=[f("Kitakami Paper Holdings")],
            money=[m(96 * M, "USD", approx=True)],
            areas=[ha(5.2)],
            deals=[deal("investment", ["Kitakami Paper Holdings"], 96 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Kitakami Paper Holdings")],
                    96 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Kitakami has already been pushing liquid cartons into Europe, Africa and South America through Carta Nova S.p.A., an Italian maker it bought in 2022.",
            "2025-10-02",
            "ministry",
            [
                E,
                "recalled_acquisition_abroad",
                "deal_no_event",
                "adjective_no_country",
                "region_nothing",
                "foreign_form_kept",
            ],
            firms=[f("Kitakami"), f("Carta Nova", "S.p.A.")],
            deals=[deal("investment", ["Kitakami"])],
            events=[],
        ),
        h(
            n(),
            "Sveapak adds second aseptic line in Binh Duong\nSveapak on June 14 started up its second aseptic carton packaging material line at its Binh Duong facility.\nIFC weighs $65 million loan for Hanbit Green's Vietnam expansion",
            "2025-10-02",
            "ministry",
            [
                E,
                "related_links",
                "line_started_inauguration",
                "loan_considered_no_deal",
                "acronym_org",
                "multiline",
            ],
            firms=[f("Sveapak"), f("Hanbit Green")],
            organizations=["IFC"],
            provinces=[pv("Bình Dương")],
            money=[m(65 * M, "USD")],
            events=[ev("inauguration", [F("Sveapak")], None, None, BD, "completed")],
        ),
        h(
            n(),
            "Photo: Shutterstock\nUnder a medium-term plan published in May, Kitakami is shifting its business towards sustainable packaging and wants to build a collection and recycling system for liquid cartons in Southeast Asia.",
            "2025-10-02",
            "ministry",
            [E, "photo_credit_nothing", "plan_no_deal", "region_nothing", "multiline", "no_event"],
            firms=[f("Kitakami")],
            events=[],
        ),
    ]
    # --- English: an investment news site on a Thanh Hóa packaging firm's capital increase (S17 r4) ---
    rows += [
        h(
            n(),
            "Vietnam firm Hoang Mai Packaging more than quadruples factory investment\nHoang Mai Packaging Co., Ltd, headquartered in the central province of Thanh Hoa, has won approval to raise the capital of its packaging factory from VND92 billion ($3.8 million) to VND410.5 billion ($16.2 million).",
            "2025-09-12",
            "ministry",
            [
                E,
                "headline_lead",
                "capital_increase_licence",
                "increase_amount",
                "bracketed_conversion",
                "head_office_mention",
                "multiline",
            ],
            firms=[f("Hoang Mai Packaging", "Co., Ltd")],
            provinces=[pv("Thanh Hóa")],
            money=[m(92 * B, "VND"), m(3.8 * M, "USD"), m(410.5 * B, "VND"), m(16.2 * M, "USD")],
            deals=[deal("investment", ["Hoang Mai Packaging"], 318.5 * B)],
            events=[ev("investment_licence", [F("Hoang Mai Packaging")], 318.5 * B, "VND", None, "licensed")],
        ),
        h(
            n(),
            "Crepe paper, corrugated board, cartons and other paper goods, plus composite wood, will come out of the plant at Hoang Long Industrial Park, 36 months after the land is handed over.",
            "2025-09-12",
            "ministry",
            [E, "object_first", "english_park_none", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "The first certificate, from March 2021, put VND92 billion into a 3.1-hectare project due to open in mid-2022 making 26,000 tonnes of cartons a year and 140 million diapers.\nHoang Long Industrial Park in Thanh Hoa province. Photo courtesy of the provincial portal.",
            "2025-09-12",
            "ministry",
            [E, "recalled_licence_no_firm", "area", "capacity_no_count", "caption", "multiline", "no_event"],
            provinces=[pv("Thanh Hóa")],
            money=[m(92 * B, "VND")],
            areas=[ha(3.1)],
            events=[],
        ),
        h(
            n(),
            "Thanh Hoa's industrial production index rose 11.3% year-on-year in August, led by power (up 76.4%) and mining (9.8%), while beer fell 9.7%.\n- Read More",
            "2025-09-12",
            "ministry",
            [E, "statistics", "possessive_province", "percentage", "site_chrome", "multiline", "no_event"],
            provinces=[pv("Thanh Hóa")],
            percentages=[11.3, 76.4, 9.8, 9.7],
            events=[],
        ),
    ]
    # --- English: a news agency on two processing and packaging expos (S18 r1, S18 r2) ---
    rows += [
        h(
            n(),
            "– The 24th VietFood & Beverage – ProPack International Exhibition opened in Ho Chi Minh City on August 9 with 380 booths run by some 320 companies from 16 countries and territories.",
            "2022-08-09",
            "ministry",
            [E, "fair_opening", "ordinal_no_count", "count", "approx", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(380, "booths"), c(320, "companies", True), c(16, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "Int'l processing, packaging show opens in HCM City\nProPak Vietnam 2024 gathers more than 450 exhibitors from 32 countries and territories, among them Kyoei Seiki, Transmark, Sealpack Asia and Minh Tam Foods. (Photo: ProPak Vietnam)",
            "2024-11-06",
            "ministry",
            [
                E,
                "headline_lead",
                "exhibitor_brands_firms",
                "count",
                "approx",
                "photo_credit_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Kyoei Seiki"), f("Transmark"), f("Sealpack Asia"), f("Minh Tam Foods")],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(450, "exhibitors", True), c(32, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "E-commerce, delivery apps and trade pacts have lifted food and drink packaging, but also the waste that fast-moving consumer goods leave behind, said Tee Boon Kiat, general director of Vista Markets Vietnam, the organiser.",
            "2024-11-06",
            "ministry",
            [E, "speaker_last", "role_after_name", "firm_in_role", "vietnam_dropped", "no_event"],
            persons=[per("Tee Boon Kiat", "general director of Vista Markets Vietnam")],
            firms=[f("Vista Markets")],
            events=[],
        ),
    ]
    # --- English: a plastics maker's site on the packaging technology race (S18 r4); a packaging site's video blurb on an
    # Indian film maker's plants abroad (S19 r2) ---
    rows += [
        h(
            n(),
            "“Converters that go on making only plain, simple packs will not last,” said Do Van Khiem, Chairman of the Board of Directors of Tan Phat Packaging Industry Corporation.",
            "2020-07-15",
            "ministry",
            [E, "quote_first", "role_after_name", "firm_in_role", "corporation_kept", "no_event"],
            persons=[
                per(
                    "Do Van Khiem",
                    "Chairman of the Board of Directors of Tan Phat Packaging Industry Corporation",
                )
            ],
            firms=[f("Tan Phat Packaging Industry Corporation")],
            events=[],
        ),
        h(
            n(),
            "Plastic packaging is about 35% of the plastics sector, and bottled soft drinks are growing by more than 22% a year.",
            "2020-07-15",
            "ministry",
            [E, "percentage", "no_event"],
            percentages=[35, 22],
            events=[],
        ),
        h(
            n(),
            "Nalanda Films, the film arm of Indian packaging group Polyworth, has commissioned BOPET lines in Poland and Egypt, and its plants in Hungary and Mexico are on trial runs.",
            "2021-03-09",
            "ministry",
            [E, "plants_abroad_no_deal", "adjective_no_country", "country_list", "no_event"],
            firms=[f("Nalanda Films"), f("Polyworth")],
            locations=[country("Poland"), country("Egypt"), country("Hungary"), country("Mexico")],
            events=[],
        ),
    ]
    # --- English: a trade site's project profile of a flexible-packaging converting plant (S19 r3) ---
    rows += [
        h(
            n(),
            "A flexible packaging converting plant is going up in Binh Duong province for Marbury Asia Packaging, which will laminate films and make pouches there.",
            "2018-06-20",
            "ministry",
            [E, "object_first", "plant_under_construction_announced", "province"],
            firms=[f("Marbury Asia Packaging")],
            provinces=[pv("Bình Dương")],
            deals=[deal("investment", ["Marbury Asia Packaging"], None, BD)],
            events=[
                ev("investment_announcement", [F("Marbury Asia Packaging")], None, None, BD, "announced")
            ],
        ),
        h(
            n(),
            "Marbury Asia is a subsidiary of US-based Marbury Packaging, and the Vietnam site is its second plant after Sugar Land, Texas.",
            "2018-06-20",
            "ministry",
            [E, "based_in_country", "foreign_city_nothing", "ordinal_no_count", "no_event"],
            firms=[f("Marbury Asia"), f("Marbury Packaging")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "The 21,900 sq m building has LEED Silver certification from the US Green Building Council, and its expanded-gamut printing cuts ink and solvent use by about 30%.",
            "2018-06-20",
            "ministry",
            [E, "area", "country_in_org_name_nothing", "standard_nothing", "percentage", "no_event"],
            organizations=["US Green Building Council"],
            areas=[ha(2.19)],
            percentages=[30],
            events=[],
        ),
    ]
    # --- English: VNS on a Thai-owned film plant opened in Tây Ninh (S19 r4) ---
    rows += [
        h(
            n(),
            "TÂY NINH — Chonburi Films Vietnam Co has inaugurated a 64,000sq.m cast polypropylene film plant in the southern province of Tây Ninh.",
            "2023-11-02",
            "ministry",
            [E, "dateline_caps", "inauguration_no_capital", "vietnam_dropped", "foreign_form_kept", "area"],
            firms=[f("Chonburi Films", "Co")],
            provinces=[pv("Tây Ninh")],
            areas=[ha(6.4)],
            events=[ev("inauguration", [F("Chonburi Films")], None, None, TN, "completed")],
        ),
        h(
            n(),
            "Its first CPP line can make 28,000 tonnes a year; a second, for metallised film, is planned and would add 32,000 tonnes, general director Anucha Prasert said.",
            "2023-11-02",
            "ministry",
            [E, "tonnage_no_count", "plan_no_firm", "role_before_name", "no_event"],
            persons=[per("Anucha Prasert", "general director")],
            events=[],
        ),
        h(
            n(),
            "The company belongs to Chonburi Films PCL, one of Southeast Asia's biggest film makers, and is an associate of TPC Chemicals. — VNS",
            "2023-11-02",
            "ministry",
            [E, "parent_mention", "region_nothing", "foreign_form_kept", "agency_nothing", "no_event"],
            firms=[f("Chonburi Films", "PCL"), f("TPC Chemicals")],
            events=[],
        ),
    ]
    # --- English: a tag page on a label plant, an electronics trade site on an EMS plant making label printers, an EMS
    # firm's overview page, a city daily on printing turnover (S20 r1-r4) ---
    rows += [
        h(
            n(),
            "Tags label plant\nGolden Crane Label Group builds factory in Viet Nam\nThursday, Nov 16, 2017\nGolden Crane Label Group Vietnam has set up a label-printing plant in Binh Phuoc province, about 100 km north of HCM City.",
            "2017-11-17",
            "ministry",
            [
                E,
                "tag_page",
                "headline_lead",
                "set_up_announced",
                "vietnam_dropped",
                "distance_no_count",
                "multiline",
            ],
            firms=[f("Golden Crane Label Group")],
            provinces=[pv("Bình Phước"), pv("Hồ Chí Minh")],
            deals=[deal("investment", ["Golden Crane Label Group"], None, BP)],
            events=[
                ev("investment_announcement", [F("Golden Crane Label Group")], None, None, BP, "announced")
            ],
        ),
        h(
            n(),
            "Related tags: labels, printing, Binh Phuoc, FDI",
            "2017-11-17",
            "ministry",
            [E, "tag_page", "tag_list", "province", "no_event"],
            provinces=[pv("Bình Phước")],
            events=[],
        ),
        h(
            n(),
            "Kestrel makes label printers<br>at the Vietnam plant\n\nUS-based EMS firm Kestrel Electronics began output in Vietnam in March last year and now builds thermal label printers there for Zebrine.",
            "2009-05-12",
            "ministry",
            [
                E,
                "html_break",
                "based_in_country",
                "recalled_start_no_event",
                "customer_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("Kestrel"), f("Kestrel Electronics"), f("Zebrine")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Up to $80 million is to go into the plant, which Kestrel increasingly sees as an alternative to China, said C.K. Tan, its regional sourcing manager for Asia Pacific.",
            "2009-05-12",
            "ministry",
            [
                E,
                "amount_first",
                "planned_spend_announced",
                "upper_bound_not_approx",
                "country",
                "role_after_name",
                "region_nothing",
            ],
            firms=[f("Kestrel")],
            persons=[per("C.K. Tan", "regional sourcing manager for Asia Pacific")],
            money=[m(80 * M, "USD")],
            locations=[country("China")],
            deals=[deal("investment", ["Kestrel"], 80 * M)],
            events=[ev("investment_announcement", [F("Kestrel")], 80 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Vietnam Overview\n\n2019-06-12\n\nRoughly two decades ago Vietnam set out to become a global manufacturing base, and roads, power and skills have been upgraded along the way.",
            "2019-06-12",
            "ministry",
            [E, "company_blog", "date_line", "count_in_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Top printers' turnover reaches VND 1,800 bln a year\n\nHo Chi Minh City is the country's biggest printing hub, with some 1,100 firms and about 55 percent of the industry's sales, according to the Vietnam Printing Association (VPA).",
            "2019-07-22",
            "ministry",
            [
                E,
                "headline_lead",
                "money_per_year",
                "count",
                "approx",
                "bracketed_acronym_one_entry",
                "multiline",
                "no_event",
            ],
            organizations=["Vietnam Printing Association"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(1_800 * B, "VND", "a year")],
            quantities=[c(1_100, "firms", True)],
            percentages=[55],
            events=[],
        ),
        h(
            n(),
            "Dozens of the city's label and packaging printers report sales of VND150-1,800 billion a year, while more than 450 small private shops turn out little.",
            "2019-07-22",
            "ministry",
            [E, "money_range", "money_per_year", "vague_count_none", "count", "approx", "no_event"],
            money=[m(150 * B, "VND", "a year"), m(1_800 * B, "VND", "a year")],
            quantities=[c(450, "small private shops", True)],
            events=[],
        ),
        h(
            n(),
            "Luxury boxes for cosmetics groups such as P&G and Unilever are going more and more to FDI printers, the HCM City Printing Association said, urging local firms to invest in new technology.",
            "2019-07-22",
            "ministry",
            [E, "customers_firms", "province_in_org_name", "no_event"],
            firms=[f("P&G"), f("Unilever")],
            organizations=["HCM City Printing Association"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    return rows
