# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 123 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: bicycles, e-bikes, electric motorbikes and their parts suppliers
(frames, batteries, tyres, chains): assembly and parts plants, their investors, licences, openings and memoranda,
battery-swap and charging networks, start-up funding, standards, trade-remedy cases on tyres and bicycles, and the
Taiwanese bicycle cluster in the South. Written and annotated for every field BEFORE any tagger was run on them, without
reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy sản xuất xe
đạp khu công nghiệp vốn đầu tư", S2 "xuất khẩu xe đạp Việt Nam sang EU kim ngạch", S3 "khởi công nhà máy sản xuất xe máy
điện", S4 "nhà máy sản xuất khung xe đạp doanh nghiệp Đài Loan", S5 "pin xe máy điện nhà máy sản xuất tại Việt Nam", S6
"săm lốp xe đạp xe máy Casumina Cao su Sao Vàng doanh thu", S7 "sên xích xe máy nhà máy sản xuất linh kiện phụ tùng", S8
"xe đạp điện doanh nghiệp lắp ráp tỷ lệ nội địa hóa", S9 "điều tra chống bán phá giá xe đạp điện xuất khẩu từ Việt Nam",
S10 "Asama Thống Nhất xe đạp thị phần doanh nghiệp Việt", S11 "cấp giấy chứng nhận đăng ký đầu tư dự án sản xuất phụ tùng
xe đạp", S12 "Selex Dat Bike xe máy điện gọi vốn hợp tác pin", S13 "khánh thành nhà máy săm lốp xe đạp xe máy tăng vốn",
S14 "ký kết hợp tác trạm đổi pin xe máy điện", S15 "quy chuẩn kỹ thuật quốc gia xe máy điện ắc quy pin lithium", S16
"doanh nghiệp Trung Quốc chuyển nhà máy xe đạp sang Việt Nam", and in English S17 "Vietnam bicycle exports factory
investment Taiwan manufacturer", S18 "electric motorcycle maker Vietnam new factory battery production", S19 "Vietnam
e-bike parts supplier tyre chain plant industrial park", S20 "Vietnam electric two-wheeler battery swapping partnership
agreement". No sentence is taken or paraphrased from a page; the shapes are. Firm, park and person names are invented
(Tập đoàn Xinlu / Xinlu and its unit Khoa học Kỹ thuật Xinlu, Xinlu Vietnam Co.; Hạ tầng Kim Đô and the Phúc Lâm park;
Hengtai Precision, Zhejiang Runda Tyre; Xe điện Vạn Xuân / VX Motors; Lam Giang; Hồng Hà and its merged units Xe đạp Đông
Mỹ and Phụ tùng xe đạp Kim Liên; Phong Vân Motor and its investors Ozaki Kogyo, Seabridge Partners, Mangrove Ventures,
LotusTech Ventures, Hải Đăng Ventures and Tài chính Hải Đăng; Sao Xanh Motors; Hạ tầng Sạc Lam Phương / LP-Charge,
Điện máy Ngọc Lan, Bán lẻ số Minh Khang / Minh Khang Retail; Xăng dầu Duyên Hải, Dịch vụ Xe điện Lam Hồng and Tập đoàn
Lam Hồng / Lam Hong E-Mobility and Lam Hong Group; Daemyung and its brand Evo-One; Cao su Phương Nam; Tianyu Saddle
Holdings, Kōhō Cycle, Huaying Apparel, Kanemori; Pacific Ridge Sports; Tai Hsing Cycle, Yuan Feng Industry, Hsin Chuan,
Lien Tire, Sunrace Bike, Hoa Lam Cycle, Kai Ming Chain; the Tan Dinh park, the Taiwanese Chamber of Commerce in Binh
Duong; Thông tư 52/2019/TT-BGTVT and 41/2014/TT-BGTVT as numbered here; every official, founder, analyst, author,
rider, byline and photographer); well-known names (Honda / Honda Việt Nam / HVN, Piaggio, Bộ Công Thương, Bộ Thương mại
Hoa Kỳ, Cục Phòng vệ thương mại, Tổng cục Thống kê, Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia, Bộ Khoa học và Công
nghệ, Cục Đăng kiểm Việt Nam, Ủy ban thường vụ Quốc hội, Trường Đại học Giao thông Vận tải, the Amata park, the Nghi Son
zone, the outlets KTSG, PLO, Zing, Nikkei, SCMP, AFP, VNA, China Daily, Bloomberg, Vietnam News,
Nghị định 31/2021/NĐ-CP, Thông tư 03/2021/TT-BKHĐT) appear only in sentences of our own, with figures, dates and places
changed.

What the sample looked like (80 result slots, about 50 distinct pages: a document store's student paper on EV standards
came back six times, betting salads on "xe dio 50cc" and "trả góp vision" filled whole searches, the Taiwanese bicycle
magazine's 2025 page and its 2013 special report came back four times each, a Hong Kong daily's e-scooter plant story
twice): 22 slots were spam (kuwin/98win keyword salads with run-together words, all four of S7 and S13, three each of S2,
S5 and S6, and a Polish-domain slug); 11 were tag, title, slug, search and member pages (a tag page with a housing
project and an unnamed Japanese bearing maker's park investment, a lower-case ebook tag, a car forum member's recent
content, a Hà Nội EV-support title, a tyre anti-dumping tag with headline and lead, a search page's teaser on an old
bicycle brand, an unaccented download slug, a "Lưu trữ" archive tag, a lower-case certificate tag, a betting-domain tag
carrying a charging-and-battery-rental MoU, a one-line tag on Chinese firms moving in); 1 a Chinese trade page (read for
its shape and rendered here in Vietnamese); 10 were document stores and explainers (the student paper six times with its
caps cover, contents and old tone placement, a broker's initiation report on a tyre maker with its valuation table and
market shares, a legal article on anti-dumping duties in a broken legacy font, a journal article with caps authors and
broken PDF diacritics, a consultancy explainer with glued footnotes and a legal list); 18 were Vietnamese news (a business
weekly's FDI feature with related links; a Chinese e-motorbike group's investment memorandum with a park developer,
witnessed by the province's leaders, with the province's earlier licences to two firms; a domestic e-motorbike maker's
third-plant groundbreaking; the Chinese group's plant opening told by two papers; a domestic e-bike brand's localisation
with its caption repeated; a consultancy's note on a foreign anti-dumping case on tyres with a numbered list and a
schedule table; two pieces on an old state bicycle brand, a memoir with the director's quote and a company history with
renamings and a merger; an e-motorbike start-up's co-led Series B; a battery-swap start-up's founder story; a charging
network's strategic agreement with an appliance chain and its MoU with a digital retailer, with caption and quotes;
three items on standards and technical regulations for electric two-wheelers and e-bike batteries; an overseas paper
relaying Zing and Nikkei on Chinese makers moving lines; a lottery-domain copy of a bike-and-helmet maker's planned plant);
18 were English (a trade magazine's paywalled show report, a city guide's bicycle-industry page, the Taiwanese magazine's
2025 feature as a column-interleaved flipbook scan twice and its next page once, the 2013 special report in two
document-store copies twice each, the Hong Kong daily twice, a business daily on an economic-zone licence, a foreign copy
of a Bloomberg construction start with a rand conversion, a wire story on the plant opening, a research page, a
machine-translated Italian wire copy of the retailer MoU, a motoring site on swap stations, a donor's story page). About
22 of the 80 slots told a deal or an event with a named party (announced plants 3, licences 3, memoranda 5, openings 4,
a groundbreaking 2, a funding round 1, recalled plants and partnerships 4), several of them the same story; S13's
openings and capital increases of tyre plants, S7's chain plants and S6's tyre revenue gave only spam and a broker
report, and no supply contract between a parts maker and an assembler, no tyre- or chain-plant licence and no joint
venture came up in any first four, so the batch has none.

Rows: 156 (hand-37201 to hand-37356); 24 carry a deal or an event (15%, below the slots' share because the deal pages
gave mostly context rows): 19 events (5 MoUs, 4 investment announcements, 4 investment licences, 3 inaugurations, 2
groundbreakings, 1 acquisition) and 27 `deals` entries (18 investment, 7 mou, 2 groundbreaking); 6 rows hold only deals
without events (hand-37310 a recalled plant near TP.SG, 37321 a recalled opening abroad, 37322-37324 recalled plants in
the magazine's history, 37353 two recalled memoranda) and 1 an event without a deal (37258 an opening without capital).
132 rows are negatives and other fields (47 with no field at all). By page kind: 18 rows of spam (37201-37218, 0 with a
deal or event), 11 of tag, title, slug, search and member pages (37219-37229, 1), 1 rendering the Chinese trade page
(37230, 0), 13 of document stores, a student paper, an analyst report, a legal and a journal article and an explainer
(37231-37243, 0), 74 of Vietnamese news (37244-37317, 12) and 39 of English copy (37318-37356, 11); 39 rows are English
(`english_copy`, 25%). 13 rows are stored in NFD (hand-37205, 37214, 37227, 37234, 37251, 37255, 37273, 37277, 37294,
37304, 37305, 37311, 37329); 6 use old tone placement (37232 "tiêu chuẩn hoá", 37239 "hàng hoá" and "Uỷ ban", 37265
"nội địa hoá", 37278 "cổ phần hoá", 37294 "thoả thuận", 37312 "xoá thuế"); 38 hold several lines (headlines and leads,
timestamps and page chrome, captions, bylines, covers and contents, numbered and plus lists, a table, a column-interleaved
scan).

Own wording: on review of the first draft against the sampled pages, about 95 drafts followed a sampled sentence too
closely (same clause order, the same run of facts with names and figures swapped, a paraphrased quote, or a rendering of
a foreign copy in its own order) and were rewritten from scratch with another order (amount-first, count-first,
capacity-first, object-first, conclusion-first, reverse chronology, passive, reported speech) and changed figures and
dates: the tag page's two lines, the member page, the tyre tag's lead, the search page's headline and teaser, the student
paper's aim and both contents rows, the broker's market-share line, the journal article's title and opening, the
explainer's statistics, legal list and reading guide; the FDI feature's lead, figures and source line; the memorandum
page's licences (date moved) and the group's history; the groundbreaking's standfirst, attendees, figures and R&D plan;
the opening's headline, lead, figures, jobs, second headline and the province's priorities; the localisation lead (parts
list reordered), both makers' rates, the market share and the makers' history; the anti-dumping note; all of the old
brand's rows (director, memoir, plant history, headline, renamings and merger, caption); the Series B's participants and
use of funds; the swap start-up's founder, cabinet, quote and customers; both charging agreements' leads, counts, terms,
network, caption and quotes (the second MoU's date moved); the standards count, the ban timetable, the groups, the battery
tests and the circulars; the overseas paper's lead, plant and partner; the lottery copy's headline and figures; and
nearly every English row (the show report and its paywall line, the city guide's three rows, the magazine's history,
duty, cluster, rules-of-origin, chamber and caption rows, the 2013 report's three rows, the Hong Kong daily's caption,
resident, plant and manager rows, the licence lead and site, the construction start and its second phase, the wire
story's headline, caption, lead and strategy, the research page's two rows, the machine-English MoU and its counts, the
swap-station targets, caption, Honda and courier rows, the donor page's lead and rider quote). Dropped or replaced: four
drafts that stayed too close whatever the wording (a definition of standards against regulations, the safety group's
list, the regulation's scope, the student paper's "technical barrier" line), one context line on exhaust in Hà Nội, and
six English drafts (the 1986 reforms, the 2014 riots, a swap pilot's history, a phase-one target, an emissions line, the
group's headquarters) to bring the English share down to the sample's; six Vietnamese rows from the same first-four pages
were added instead. Nothing was used from ranks 5-8, among them: the Yadea opening again and a Taiwanese saddle maker's
Bình Dương plant with Becamex (S1 r5-r7), a planned US groundbreaking title, an American EV maker in Thanh Hóa and an EV
plant licensed in Hà Tĩnh (S3 r5-r8), Taiwanese forum and blog pages on Giant and a Hà Nội bike shop (S4 r5-r8), a
localisation piece with a 400,000th scooter, a green-economy feature with VAMM and an international news page (S8 r5-r8),
US tyre duties, a lawn-mower case, a furniture decision and a PVTM newsletter (S9 r5-r8), a mode-code explainer and legal
tags (S11 r5-r8), the V-Green pieces on CafeF and VnExpress, a swap-station feature and a Zing lifestyle piece (S14 r5-r8),
the 21-standards and QCVN items again and a swap-battery TCVN piece (S15 r5-r8), a VinFast video title, Giant's
relocation, a Chinese e-bike maker in Phú Nghĩa and a "Made by Vietnam" interview (S16 r5-r8), a VOV saddle-plant deal,
Taiwan's export figures, a frame maker's groundbreaking and a Japanese note on Giant's second plant (S17 r5-r8), a
journalist's blog draft, a Japanese e-bike plant in Cát Lái, a battery JV groundbreaking and an e-bike race feature (S18
r5-r8), the 2014 riots twice, a domestic e-bike maker in Bắc Giang and a Đồng Nai tyre licence (S19 r5-r8), and a Selex
delivery agreement, a Honda-LG-Hà Nội MoU, a Swedish charging tag and a swap-station roundup (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-121 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence is an investment deal and an investment_licence event "licensed", the granting board a
government party as written, sited in the granting body's province, dated only with a day; a named firm's planned plant
is an announced investment, undated; a held construction start is a groundbreaking deal and event "started", dated only
with a day; an opening with its capital is an investment deal and an inauguration "completed", without capital the event
only, an opening told without the firm nothing; a firm-firm memorandum, "thỏa thuận hợp tác chiến lược" and "biên bản
ghi nhớ" are an mou deal and a signed event; a completed funding round co-led by two investors is ONE investment deal of
both with the round's amount and a completed acquisition event of both and the start-up (batches 44, 109); recalled
plants, openings and agreements are deals without events; round participants told without the start-up, TV pitches,
network and station plans with counts, agreement terms, product launches, petitions and duties, sales and shares, and
plans by unnamed firms give no deal; vague amounts are none; "khoảng", "chừng", "hơn", "gần", "trên", "about", "roughly",
"more than", "over", "-plus" are approximate, "tối đa" and "up to" not; bracketed conversions are both money (the rand
as ZAR, batch 56); a round amount repeated in headline and lead is money twice; prices per share, capacities, outputs,
distances, durations, ordinals, page metadata, counts in words and counts without a noun are no counts, both ends of a
range are, English counts keep their English noun; m2, m², hectares and square kilometres are areas; Vietnamese legal
forms are normalised, foreign ones kept as written ("Pte. Ltd.", "Co., Ltd.", "Co.", "JSC"), "Group" and "Holdings" stay
in the name, "Việt Nam"/"Vietnam" is dropped from a foreign subsidiary (so "Honda Việt Nam" and "Honda Vietnam" are
"Honda", "Xinlu Vietnam Co." is "Xinlu" with "Co."), a bracketed acronym is no second firm, an acronym standing alone is
(HVN, LP-Charge, VX Motors); Vietnamese country names and short forms ("Nhật", "Đài Loan", "Hong Kong"), English country
nouns and datelines ("TAIPEI, Taiwan", "Cambodia", "the United States") are countries, adjectives ("Taiwanese", "Dutch",
"Vietnamese", "Chinese") and "Việt Nam"/"Vietnam" none, a country inside an organisation's name none, regions, blocs and
foreign cities, counties and provinces ("Đông Nam bộ", "ASEAN", "EU", "Brussels", "Đông Hoản", "Quảng Đông", "Changhua")
nothing; parks written in Vietnamese are locations (KCN expanded), English parks and zones none, "khu công nghiệp này" no
location; districts need "huyện"; a commune named after a former district ("xã Lạng Giang") is no district; datelines
("HANOI --", "HCMC –", "Hanoi (VNA) –"), "TP.SG" and English province names are province mentions; organisations as
written with UBND expanded, caps covers in title case, faculties and bare units ("UBND tỉnh", "tỉnh", "ban quản lý")
none; bylines, photo credits and caps authors are persons without role, given names and surnames alone ("Khang", "Thuan",
"Lu") none, outlets and agencies nothing; a role before or after a name keeps its text ("Tổng giám đốc", "chủ Pacific
Ridge Sports", "delivery rider"); tickers (PNR, DRC), HS codes, standard codes (TCVN, QCVN, EUR.1, FORM B) and lot codes
nothing; old tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- An investment memorandum "trao nhau" by a Chinese group and a park developer named in apposition ("Biên bản ghi nhớ
  đầu tư giữa Tập đoàn Xinlu (Trung Quốc) và Công ty CP Hạ tầng Kim Đô, chủ đầu tư hạ tầng KCN Phúc Lâm, được hai bên
  trao nhau chiều 6/1, trước sự chứng kiến của ...", hand-37248) is an mou deal and signed event of the two, sited in the
  park's province (Bắc Giang, now Bắc Ninh) and dated with the day; the witnessing leaders are persons, no parties. The
  plan's size in the next row ("Khoảng 92 triệu USD và 21,6 ha là quy mô dự kiến của dự án; Xinlu muốn khởi công ...",
  37249) is Xinlu's announced investment with the amount, sited by the lead's park as batch 121 carried a site within a
  page; the headline total of the week (37247) is money only, the lead's plant an announced investment without amount.
- Licences handed "từ tỉnh" with no name (37250) give one licence event per firm with the firm alone, each deal dated
  with the day and sited in the province of the page, without amount: "tổng cộng khoảng 705 triệu USD" for two projects
  is money only (batch 9's total of several projects).
- An opening told by two papers: a lead that names no firm (37257) gives money, park and province only; the firm cutting
  the ribbon without capital (37258) the inauguration event alone; the second paper's headline "Xinlu đưa nhà máy xe máy
  điện 97 triệu USD ở Bắc Ninh vào vận hành" (37262) and the wire caption "The 97-million-USD ... plant that Xinlu opened
  in Bac Ninh province" (37344) an investment deal with an inauguration "completed", undated; "the new Bac Ninh plant of
  ... Xinlu will serve markets" (37345), with the plant only as the subject of a plan, and the vice chairman's view that
  "việc Xinlu mở rộng sản xuất ở đây" shows the right course (37263) give no deal.
- A company history: a merger of state units into the brand's company ("Hai đơn vị, Công ty Xe đạp Đông Mỹ và Công ty
  Phụ tùng xe đạp Kim Liên, được sáp nhập vào Công ty Xe máy xe đạp Hồng Hà tháng 11/2005", 37279) is a reorganisation,
  no investment deal and no acquisition event; renamings give the firms as written, the lower-case "nhà máy xe đạp Hồng
  Hà" no firm; "xe đạp Hồng Hà", "một chiếc Hồng Hà", "xe điện Lam Hồng", "Evo-One" and "Vela S" are product brands, no
  firms, "hãng xe đạp điện Lam Giang" is a firm (37265).
- Chains as places ("chuỗi điện máy Ngọc Lan", "các cửa hàng Minh Khang", "siêu thị Ngọc Lan", "in the shops Minh
  Khang") are no firms, the same name as an actor ("Ngọc Lan nhận lắp", "Minh Khang có thể nhận nhượng quyền") is; a
  signing caption "Lễ ký kết giữa LP-Charge và Minh Khang Retail" (37299) names no agreement and gives firms only; a
  manager's "thỏa thuận vừa là nguồn thu mới" (37301) refers back to it, no second deal.
- A machine-translated copy ("Is signed, writes Vietnam News, a memorandum of understanding of LP-Chrage with Minh Khang
  Retail", 37349) is an mou deal and signed event with the misspelt name as written (the next row spells "LP-Charge");
  "The cabinets LP-Charge placed in Ngoc Lan and Minh Khang Retail shops under its earlier memorandums with the two
  retailers" (37353) are two recalled mou deals without events; a swap network "launched with its Vela S scooter" and
  station targets with counts (37347, 37351) give no deal.
- A Taiwanese magazine's history: "Back in 1997, Hsin Chuan was ... the first Taiwanese bicycle assembler to set up a
  plant", printed as a column-interleaved scan (37322), is read column by column as a careful reader would: Hsin Chuan's
  recalled investment without site, the other column's "6%" a percentage; "Lien Tire came next, with a plant in Dong Nai
  Province" and "Hoa Lam Cycle built in Tan Dinh Industrial Park in Binh Duong Province" (37323) are recalled investments
  sited in Đồng Nai and Bình Dương's current unit, "Sunrace Bike set up in the south" an arrival without a plant, no deal;
  "Kai Ming Chain then led a cluster of Taiwanese chain and sprocket suppliers into Amata Industrial Park" (37324) is the
  leader's recalled investment only; moving assemblers to Cambodia (37325) no deal; a 1997 opening of a Dutch factory
  recalled in 1999 (37321) a recalled investment without site.
- A Hong Kong daily's "A $95 million production and assembly plant, also in Bac Giang, is Xinlu's next step in Vietnam,
  six years after it opened its first factory there in 2019" (37336) gives two deals of Xinlu sited in Bắc Giang's current
  unit, the announced $95 million plant with its event and the recalled first factory without one.
- A plant that will rise "after Lam Hong E-Mobility got the nod for an investment of more than VND11.8 trillion", with
  no grantor in the row (37339), is a licence event with the firm alone; "The investment registration certificate went to Lam Hong E-Mobility JSC from the Nghi Son Economic Zone and
  Industrial Parks Management Board" (37340) a licence with the board as government party, sited in Thanh Hóa from the
  page, the English zone name no location; "Construction has begun on a battery pack factory in the central province of
  Ha Tinh that ... Lam Hong E-Mobility will use" with the phase's cost (37342) a groundbreaking of the scooter maker, the
  parent "Lam Hong Group said" only a source.
- A recalled plant near the old Saigon name ("nhà máy của Tianyu Saddle Holdings ở vùng ven TP.SG ... có mặt ở đó từ năm
  2016", 37310) is a recalled investment sited in TP.HCM, its phase-2 schedule no event; an overseas paper's "HANOI --"
  dateline is a province mention; a plan "chừng 28 triệu USD ở Việt Nam" by a named owner's firm (37315) an announced
  investment without site, the owner "chủ Pacific Ridge Sports" a role; the firm's 2022 spending on its plant chain
  (37316) a running total, no deal; trial production at a partner's mill (37313) no deal.
- An author's name in a broken legacy font ("ThS §oµn V¨n Kh¶i", 37239) is no person (it cannot be read as written); a
  province with broken glyphs in a caption ("Bình D??ng’s new town", 37329) is the province, as a careful reader takes it.
- Counts: "2.000 – 3.500 điểm thuê pin và sạc" both ends; "214 căn nhà", "5 doanh nghiệp FDI", "13 mẫu xe", "hơn 90
  nước", "16 ngăn", "tối đa 15 viên pin" (not approximate), "3 articles", "9.1 million bicycles", "55 bicycle firms",
  "the 45 million-plus motorcycles" (approximate), "85 stations", "140,000 points of charge"; "800 went up" and "40,000
  should be in place" have no noun and are none; "Nhóm 7", "ba nhà máy", "Nineteen free trade agreements" none.
- Areas: "1.240m2" is 0.124 ha, "331,210 square kilometres" 33,121,000 ha; "210.000 m²" after "hơn" approximate."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_123(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BN = cur("Bắc Ninh")
    HY = cur("Hưng Yên")
    DNai = cur("Đồng Nai")
    HCM = cur("Hồ Chí Minh")
    TH = cur("Thanh Hóa")
    HT = cur("Hà Tĩnh")

    ids = iter(range(37201, 37201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam: betting keyword salads and a foreign-domain slug (S1 r2, S2 r1-r2, S2 r4, S5 r2-r4, S6 r1, S6 r3-r4,
    # S7 r1-r4, S8 r3, S10 r2, S12 r2-r3, S13 r1-r4: 22 of the 80 slots, written as 18 rows) ---
    spam = [
        (
            "nhà máy xích líp quy trình chi phí chỉ số đài loan",
            "2023-10-14",
            ["foreign_domain_slug", "lowercase", "lowercase_country_no_location"],
        ),
        (
            "kuwin xe đạp địa hình giá bao nhiêubảng xếp hạng bóng đá ýnhà cái uy tín nhất",
            "2024-03-02",
            ["spam_keywords", "run_together_words", "lowercase_country_no_location"],
        ),
        (
            "kuwin lốp xe máy không săm loại nào tốtkết quả xổ số miền bắcsoi kèo cúp c2",
            "2024-04-19",
            ["spam_keywords", "run_together_words", "region_no_location"],
        ),
        (
            "98win xe tay ga 110cc giá rẻnhà cái mới nhấtlịch thi đấu v-league 2024",
            "2024-05-07",
            ["spam_keywords", "run_together_words", "capacity_no_count"],
        ),
        (
            "kuwin xe đạp điện cho học sinh loại nào bềntỷ số ngoại hạng anhmã số thuế cá nhân",
            "2024-06-11",
            ["spam_keywords", "run_together_words", "nfd"],
        ),
        (
            "kuwin bình ắc quy xe máy điện 60v giá bao nhiêukqbd serie adự đoán tỉ số",
            "2024-07-23",
            ["spam_keywords", "run_together_words", "voltage_no_count"],
        ),
        (
            "98win sên nhông dĩa xe wave chính hãngnhà cái uy tín top 5lịch lck mùa xuân",
            "2024-08-30",
            ["spam_keywords", "run_together_words", "lowercase_brand_nothing"],
        ),
        (
            "kuwin giá xe vision 2025 lăn bánhbảng tính trả góp xe máyviệt nam indonesia tỉ số",
            "2025-01-05",
            ["spam_keywords", "run_together_words", "lowercase_country_no_location"],
        ),
        (
            "kuwin lốp xe đạp 700x25c giá rẻđội hình real madridhạng nhất quốc gia",
            "2024-09-14",
            ["spam_keywords", "run_together_words", "size_code_nothing"],
        ),
        (
            "kuwin xe máy điện 50cc không cần bằnggiải hạng nhất quốc gianhà cái w88",
            "2024-10-02",
            ["spam_keywords", "run_together_words"],
        ),
        (
            "98win khung xe đạp carbon cũcác nhà cái uy tínbxh la liga",
            "2024-11-18",
            ["spam_keywords", "run_together_words"],
        ),
        (
            "kuwin phụ tùng xe đạp hồng hàkèo nhà cái hôm naycúp c1 châu âu",
            "2024-12-09",
            ["spam_keywords", "run_together_words", "lowercase_brand_nothing", "region_no_location"],
        ),
        (
            "kuwin xích xe máy bị chùng phải làm saotin chuyển nhượng mukết quả vòng loại world cup",
            "2025-02-21",
            ["spam_keywords", "run_together_words"],
        ),
        (
            "kuwin săm xe đạp bị thủng vá thế nàolịch thi đấu asian cupxe cub 50cc đời mới",
            "2025-03-16",
            ["spam_keywords", "run_together_words", "nfd"],
        ),
        (
            "98win giá pin lithium xe đạp điện 48vnhà cái uy tín nhất hiện naytrực tiếp bóng đá",
            "2025-04-04",
            ["spam_keywords", "run_together_words", "voltage_no_count"],
        ),
        (
            "kuwin đổi pin xe máy điện ở đâuthống kê ngoại hạng anhbảng giá xe ab 2024",
            "2025-05-27",
            ["spam_keywords", "run_together_words"],
        ),
        (
            "kuwin xe ga 50cc cho nữtỷ số barcamã số thuế điện tửxe wave 2019 giá bao nhiêu",
            "2025-06-12",
            ["spam_keywords", "run_together_words"],
        ),
        (
            "98win líp xe đạp 11 tốc độcúp c2 châu ánhà cái uy tín 2025",
            "2025-07-08",
            ["spam_keywords", "run_together_words", "region_no_location"],
        ),
    ]
    for text, pub, ph in spam:
        rows.append(h(n(), text, pub, "ministry", [*ph, "no_fields", "no_event"], events=[]))
    # --- Tag, title, slug, search and member pages (S1 r3, S2 r3, S4 r2, S8 r2, S9 r1, S10 r1, S11 r1, S11 r3-r4,
    # S14 r1, S16 r3: 11 slots) and the Chinese trade page rendered in Vietnamese (S4 r1: 1 slot) ---
    rows += [
        h(
            n(),
            "…một sân chơi 1.240m2 cho thiếu nhi và phần thô của 214 căn nhà dọc trục chính nằm trong đề xuất.\n46 triệu USD: đó là số vốn một hãng xích công nghiệp lâu năm của Nhật Bản quyết định đặt vào khu công nghiệp này, cho xích và líp xe đạp, xe máy.",
            "2024-06-18",
            "ministry",
            [
                "tag_page",
                "amount_first",
                "unnamed_investor_no_deal",
                "bare_park_no_location",
                "count",
                "area",
                "country",
                "multiline",
                "no_event",
            ],
            quantities=[c(214, "căn nhà")],
            areas=[ha(0.124)],
            money=[m(46 * M, "USD")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "quy tắc xuất xứ xe đạp điện trong evfta ebook pdf",
            "2022-09-30",
            "ministry",
            ["tag_slug", "lowercase", "lowercase_acronym_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Evo-One, thương hiệu xe điện hai bánh mà Tập đoàn Daemyung mới tung ra, là bước đầu của Hàn Quốc ở mảng này, dù nhà cung cấp khung, phuộc cho các hãng xe máy Nhật ấy đã làm phụ tùng gần 25 năm…\nLạ ở chỗ Evo-One vừa ra đời đã định...",
            "2021-04-09",
            "ministry",
            [
                "forum_member_page",
                "recent_content",
                "product_brand_no_firm",
                "duration_no_count",
                "country_short_form",
                "truncated",
                "multiline",
                "no_event",
            ],
            firms=[f("Daemyung", "Tập đoàn")],
            locations=[country("Hàn Quốc"), country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "TP.HCM tính hỗ trợ người dân đổi xe máy xăng lấy xe điện",
            "2025-07-21",
            "ministry",
            ["tag_title", "province_abbrev", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "lốp xe đạp\nLốp xe đạp Việt Nam bị áp biên độ phá giá sơ bộ tại Hoa Kỳ\nBiên độ từ 0% đến 18,4% là mức Bộ Thương mại Hoa Kỳ (DOC) sơ bộ đặt cho các nhà xuất khẩu lốp xe đạp của Việt Nam trong vụ điều tra chống bán phá giá nhắm vào bốn nước, theo thông tin Bộ Công Thương đưa ra ngày 9-3.",
            "2024-03-10",
            "ministry",
            [
                "tag_page",
                "tag_word_line",
                "headline_lead",
                "trade_remedy",
                "country",
                "country_in_org_name",
                "acronym_bracket",
                "count_in_words",
                "percentage",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương", "Bộ Thương mại Hoa Kỳ"],
            locations=[country("Hoa Kỳ")],
            percentages=[0, 18.4],
            events=[],
        ),
        h(
            n(),
            "Xe đạp Hồng Hà giữ được bao nhiêu thị phần sau vụ khung nhôm dán nhãn 'carbon'?\nCùng thời với xà phòng Hoa Hồng hay kem đánh răng Dạ Lan, chiếc xe đạp ấy từng là 'huyền thoại' của hàng Việt.",
            "2019-10-03",
            "ministry",
            [
                "search_result_page",
                "question_headline",
                "headline_teaser",
                "product_brands_no_firm",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "tai ve thu tuc cap giay chung nhan hop quy xe dap dien nhap khau",
            "2021-02-26",
            "legal",
            ["download_slug", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "đăng ký mã ngành sản xuất xe đạp và xe cho người khuyết tật Lưu trữ",
            "2023-05-15",
            "ministry",
            ["tag_archive", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận hợp quy ắc quy xe đạp điện",
            "2022-11-08",
            "ministry",
            ["tag_slug", "lowercase", "no_fields", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Kế hoạch 2.000 – 3.500 điểm thuê pin và sạc cho xe máy điện trên cả nước khởi đầu từ biên bản ghi nhớ mà Tổng công ty Xăng dầu Duyên Hải và Công ty TNHH Dịch vụ Xe điện Lam Hồng (Tập đoàn Lam Hồng) vừa ký.",
            "2018-12-20",
            "ministry",
            ["betting_domain_tag", "count_first", "mou_signed", "parent_in_brackets", "count_range"],
            firms=[
                f("Xăng dầu Duyên Hải", "Tổng công ty"),
                f("Dịch vụ Xe điện Lam Hồng", "Công ty TNHH"),
                f("Lam Hồng", "Tập đoàn"),
            ],
            quantities=[c(2000, "điểm thuê pin và sạc"), c(3500, "điểm thuê pin và sạc")],
            deals=[deal("mou", ["Xăng dầu Duyên Hải", "Dịch vụ Xe điện Lam Hồng"])],
            events=[
                ev(
                    "mou",
                    [F("Xăng dầu Duyên Hải"), F("Dịch vụ Xe điện Lam Hồng")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Từ đầu thập niên 2000, nhiều hãng phụ tùng xe đạp Đài Loan đã mở rộng sang Việt Nam nhờ nhân công rẻ.",
            "2020-08-12",
            "ministry",
            ["tag_one_liner", "country", "no_event"],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Xe đạp điện đang định hình lại ngành xe đạp Đài Loan\nTriển lãm xe đạp quốc tế Đài Bắc lần thứ 33, dời sang tháng 3, gần như chỉ còn xe trợ lực điện; mức thuế chống bán phá giá mà EU áp lên xe đạp điện của Trung Quốc đại lục được giới sản xuất OEM Đài Loan xem là cơ hội.\nNguồn: Hiệp hội Xe đạp Trung Quốc; ngày biên tập: 2020-4-8",
            "2020-04-08",
            "ministry",
            [
                "foreign_page_rendered",
                "headline_lead",
                "foreign_city_nothing",
                "ordinal_no_count",
                "bloc_nothing",
                "country",
                "country_in_org_name",
                "source_line",
                "multiline",
                "no_event",
            ],
            organizations=["Hiệp hội Xe đạp Trung Quốc"],
            locations=[country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Document stores, a student paper, an analyst report, a legal article, a journal article and a consultancy
    # explainer (S3 r1, S5 r1, S8 r1, S9 r2, S14 r2, S15 r1: the same student paper six times; S6 r2, S9 r4, S16 r2,
    # S11 r2: 10 slots) ---
    rows += [
        h(
            n(),
            "Tải bản đầy đủ (.docx) (23 trang)\n\nPHÂN TÍCH HỆ THỐNG TIÊU CHUẨN VÀ QUY CHUẨN CỦA VIỆT NAM CHO XE HAI BÁNH CHẠY ĐIỆN\n\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (401.2 KB, 23 trang )",
            "2024-05-06",
            "ministry",
            [
                "doc_store_preview",
                "caps_title",
                "page_metadata_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Trang 1TRƯỜNG ĐẠI HỌC GIAO THÔNG VẬN TẢI\nKHOA VẬN TẢI – KINH TẾ\n————\nBÀI THẢO LUẬN HỌC PHẦN: QUẢN LÝ CHẤT LƯỢNG\nĐỀ TÀI: TIÊU CHUẨN VÀ QUY CHUẨN VỀ XE ĐẠP ĐIỆN, XE MÁY ĐIỆN Ở VIỆT NAM\nTrang 2MỤC LỤC\nA Mở đầu 3\nChương 1: Cơ sở lý luận 4\n1.1.1 Khái niệm tiêu chuẩn, tiêu chuẩn hoá 4",
            "2024-05-06",
            "ministry",
            [
                "student_paper",
                "caps_cover",
                "faculty_no_org",
                "table_of_contents",
                "page_marker_glued",
                "old_tone",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Giao thông Vận tải"],
            events=[],
        ),
        h(
            n(),
            "Nhóm 7 chọn đề tài này vì thấy TCVN và QCVN cho xe điện hai bánh vẫn chạy sau thị trường.",
            "2024-05-06",
            "ministry",
            ["student_paper", "acronym_no_org", "group_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "3.4. Đề xuất quy chuẩn chung cho pin đổi được...14\n3.5. Thu hồi ắc quy chì của xe đạp điện cũ...15\nChương 4: Kiến nghị với cơ quan quản lý...16",
            "2024-05-06",
            "ministry",
            [
                "student_paper",
                "table_of_contents",
                "page_numbers_no_count",
                "nfd",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Chương 2: Xe điện hai bánh trên thị trường Việt Nam...9\n3.2. Kinh nghiệm của Trung Quốc và EU...12\n3.3. Yêu cầu với trạm sạc công cộng...13",
            "2024-05-06",
            "ministry",
            [
                "student_paper",
                "table_of_contents",
                "page_numbers_no_count",
                "bloc_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (31 trang)\n\nBÁO CÁO CẬP NHẬT SĂM LỐP NGÀY 14 THÁNG 02 NĂM 2014 CÔNG TY CP CAO SU PHƯƠNG NAM\n\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (2.04 MB, 31 trang )",
            "2014-02-20",
            "ministry",
            [
                "doc_store_preview",
                "analyst_report",
                "caps_firm",
                "caps_date_no_deal",
                "page_metadata_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Cao su Phương Nam", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Định giá\n2012\n2013\n2014F\nEPS cơ bản\n2.910\n4.120\n4.480\nP/E\n7,4\n5,2\n4,8\nROE\n18%\n24%\n21%",
            "2014-02-20",
            "ministry",
            ["analyst_report", "valuation_table", "ratios_nothing", "percentage", "multiline", "no_event"],
            percentages=[18, 24, 21],
            events=[],
        ),
        h(
            n(),
            "Thị phần săm lốp: PNR 31%, DRC 26%. Hàng xuất chiếm 18-23% doanh thu của PNR, 60% lượng xuất đi ASEAN, còn Mỹ, châu Âu và châu Phi chia phần còn lại.",
            "2014-02-20",
            "ministry",
            [
                "analyst_report",
                "tickers_nothing",
                "percentage_range",
                "country",
                "region_nothing",
                "no_event",
            ],
            percentages=[31, 26, 18, 23, 60],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "ThS §oµn V¨n Kh¶i *\nPháp lệnh chống bán phá giá hàng hoá nhập khẩu vào Việt Nam, được Uỷ ban thường vụ Quốc hội thông qua ngày 29/4/2004, gom gần như mọi quy định về biện pháp này: từ cách xác định hành vi bán phá giá, thủ tục điều tra đến thẩm quyền của cơ quan thực thi.(1)",
            "2010-06-17",
            "legal",
            [
                "doc_store",
                "legal_article",
                "broken_font_name_no_person",
                "ordinance_without_number",
                "footnote_glued",
                "old_tone",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban thường vụ Quốc hội"],
            events=[],
        ),
        h(
            n(),
            "NHÌN RA THẾ GIỚI Nội địa hóa linh kiện xe đạp ở Đài Loan và Trung Quốc: Gợi ý cho Việt Nam1 TRẦN THU HÀ * LÊ MINH ĐỨC ** PHẠM KHÁNH VY *** Khung, líp và xích nhập khẩu vẫn chiếm phần lớn giá trị một chiếc xe đạp xuất khẩu của doanh nghiệp Việt Nam, dù kim ngạch tăng nhanh nhiều năm liền",
            "2023-02-14",
            "ministry",
            ["journal_article", "caps_authors", "asterisk_markers", "footnote_glued", "country", "no_event"],
            persons=[per("Trần Thu Hà", None), per("Lê Minh Đức", None), per("Phạm Khánh Vy", None)],
            locations=[country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "19 ngành kinh tế, 2.045 dự án FDI(2) được cấp giấy chứng nhận đăng ký đầu tư và 121.530(1) doanh nghiệp mới: đó là bức tranh tính đến hết tháng 9/2024.",
            "2024-10-22",
            "ministry",
            ["consultancy_explainer", "footnote_glued", "statistics", "count", "no_event"],
            quantities=[c(121530, "doanh nghiệp"), c(2045, "dự án FDI"), c(19, "ngành kinh tế")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ:\n+ Thông tư 03/2021/TT-BKHĐT (mẫu hồ sơ, báo cáo đầu tư);\n+ Nghị định 31/2021/NĐ-CP;\n+ Luật Đầu tư 2020.",
            "2024-10-22",
            "legal",
            [
                "consultancy_explainer",
                "plus_list",
                "law_without_number",
                "decree_number_no_date",
                "multiline",
                "no_event",
            ],
            decisions=[d("31/2021/NĐ-CP"), d("03/2021/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Bài dưới đây giải thích giấy chứng nhận đăng ký đầu tư là gì và thủ tục xin cấp ra sao.",
            "2024-10-22",
            "ministry",
            ["consultancy_explainer", "reading_guide", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI feature with related links (S1 r1) ---
    rows += [
        h(
            n(),
            "- Gần bốn phần mười vốn FDI năm qua đổ về Đông Nam bộ\n- Doanh nghiệp Đài Loan tăng tốc dời xưởng xe đạp khỏi Trung Quốc\nBứt tốc nửa cuối năm\n(KTSG Online) - Bán dẫn và hàng công nghệ cao sẽ còn hút vốn ngoại, giới phân tích dự báo, sau một năm 2023 mà FDI là một trong số ít điểm sáng.",
            "2024-01-20",
            "ministry",
            [
                "related_links",
                "share_in_words_no_percentage",
                "region_no_location",
                "subhead",
                "outlet_prefix_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 13,1 tỉ đô la Mỹ là toàn bộ vốn ngoại cam kết của sáu tháng đầu năm 2023, thấp hơn cùng kỳ 4,7%; cả năm 2022, dòng vốn này đã co lại 10,6%.",
            "2024-01-20",
            "ministry",
            ["statistics", "amount_first", "do_la_my", "approx", "percentage", "no_event"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[4.7, 10.6],
            events=[],
        ),
        h(
            n(),
            "Theo Tổng cục Thống kê, cái khó của năm 2022 vẫn chưa qua hẳn khi bước sang năm 2023.",
            "2024-01-20",
            "ministry",
            ["statistics_source", "source_last", "no_event"],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Chinese e-motorbike group's investment memorandum in Bắc Giang (S1 r4) ---
    rows += [
        h(
            n(),
            "Hơn 810 triệu USD đăng ký vào Bắc Giang tuần đầu năm mới\nMột nhà máy xe máy điện công suất chừng 1,5 triệu xe/năm của Tập đoàn Xinlu sẽ được dựng ở Khu công nghiệp Phúc Lâm, huyện Lạng Giang, tỉnh Bắc Giang.",
            "2023-01-08",
            "provincial",
            [
                "headline_lead",
                "headline_total_no_deal",
                "announced_investment",
                "passive",
                "capacity_no_count",
                "approx",
                "park",
                "district",
                "multiline",
            ],
            money=[m(810 * M, "USD", approx=True)],
            firms=[f("Xinlu", "Tập đoàn")],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Phúc Lâm"), district("huyện Lạng Giang")],
            deals=[deal("investment", ["Xinlu"], None, BN)],
            events=[ev("investment_announcement", [F("Xinlu")], None, None, BN, "announced")],
        ),
        h(
            n(),
            "Biên bản ghi nhớ đầu tư giữa Tập đoàn Xinlu (Trung Quốc) và Công ty CP Hạ tầng Kim Đô, chủ đầu tư hạ tầng KCN Phúc Lâm, được hai bên trao nhau chiều 6/1, trước sự chứng kiến của Chủ tịch UBND tỉnh Ngô Thanh Tùng và Phó Chủ tịch UBND tỉnh Đàm Văn Khải.",
            "2023-01-08",
            "provincial",
            [
                "mou_handover",
                "object_first",
                "park_developer_apposition",
                "witnesses_no_party",
                "bare_unit_none",
                "person_role_before",
                "country_bracket",
                "park",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Xinlu", "Tập đoàn"), f("Hạ tầng Kim Đô", "Công ty CP")],
            persons=[
                per("Ngô Thanh Tùng", "Chủ tịch UBND tỉnh"),
                per("Đàm Văn Khải", "Phó Chủ tịch UBND tỉnh"),
            ],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Phúc Lâm")],
            deals=[deal("mou", ["Xinlu", "Hạ tầng Kim Đô"], None, BN, "2023-01-06")],
            events=[ev("mou", [F("Xinlu"), F("Hạ tầng Kim Đô")], None, None, BN, "signed")],
        ),
        h(
            n(),
            "Khoảng 92 triệu USD và 21,6 ha là quy mô dự kiến của dự án; Xinlu muốn khởi công ngay trong quý II/2023.",
            "2023-01-08",
            "provincial",
            [
                "announced_investment",
                "amount_first",
                "planned_groundbreaking_announced",
                "site_from_lead",
                "approx",
                "area",
            ],
            firms=[f("Xinlu")],
            money=[m(92 * M, "USD", approx=True)],
            areas=[ha(21.6)],
            deals=[deal("investment", ["Xinlu"], 92 * M, BN)],
            events=[ev("investment_announcement", [F("Xinlu")], 92 * M, "USD", BN, "announced")],
        ),
        h(
            n(),
            "Hai dự án khác đã nhận giấy chứng nhận đăng ký đầu tư từ tỉnh hôm 3/1, tổng cộng khoảng 705 triệu USD: nhà máy linh kiện chính xác của Hengtai Precision Pte. Ltd. (Singapore) và nhà máy lốp xe đạp của Zhejiang Runda Tyre Co., Ltd. (Trung Quốc).",
            "2023-01-08",
            "provincial",
            [
                "licence_list",
                "bare_province_word_no_grantor",
                "total_of_two_no_amount",
                "foreign_legal_form",
                "country_bracket",
                "approx",
                "deal_date",
                "year_inferred",
                "count_in_words",
            ],
            firms=[f("Hengtai Precision", "Pte. Ltd."), f("Zhejiang Runda Tyre", "Co., Ltd.")],
            locations=[country("Singapore"), country("Trung Quốc")],
            money=[m(705 * M, "USD", approx=True)],
            deals=[
                deal("investment", ["Hengtai Precision"], None, BN, "2023-01-03"),
                deal("investment", ["Zhejiang Runda Tyre"], None, BN, "2023-01-03"),
            ],
            events=[
                ev("investment_licence", [F("Hengtai Precision")], None, None, BN, "licensed"),
                ev("investment_licence", [F("Zhejiang Runda Tyre")], None, None, BN, "licensed"),
            ],
        ),
        h(
            n(),
            "Ra đời năm 2003 với thương hiệu gốc Hong Kong (Trung Quốc), Xinlu nay bán xe ở hơn 90 nước, ông Lưu Chấn Hoa, Tổng giám đốc, đại diện tập đoàn tại Việt Nam, giới thiệu.",
            "2023-01-08",
            "provincial",
            [
                "conclusion_first",
                "person_role_after",
                "lowercase_group_no_firm",
                "bare_role",
                "company_history",
                "country_bracket",
                "count",
                "approx",
                "nfd",
                "no_event",
            ],
            persons=[per("Lưu Chấn Hoa", "Tổng giám đốc")],
            firms=[f("Xinlu")],
            locations=[country("Hong Kong"), country("Trung Quốc")],
            quantities=[c(90, "nước", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a domestic e-motorbike maker breaks ground on its third plant in Hưng Yên (S3 r2) ---
    rows += [
        h(
            n(),
            " date 2026-02-10 Khát vọng của một hãng xe Việt, hơn là một con số vốn, là điều mà lễ khởi công đầu xuân 2026 này muốn nói.",
            "2026-02-10",
            "ministry",
            ["page_date_chrome", "standfirst", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chủ đầu tư và các đối tác chiến lược đứng cạnh đại diện Ban Quản lý các khu công nghiệp tỉnh Hưng Yên khi những xẻng đất đầu tiên được xúc.",
            "2026-02-10",
            "ministry",
            ["attendees", "province_in_org_name", "no_event"],
            organizations=["Ban Quản lý các khu công nghiệp tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Lễ khởi công Nhà máy số 3\n\nCông suất toàn hệ thống của Công ty CP Xe điện Vạn Xuân (VX Motors) sẽ lên khoảng 450.000 xe khi nhà máy thứ ba, vốn 18 triệu USD, rộng 27.000m2, vừa được khởi công ở Hưng Yên, đi vào chạy máy; mặt bằng sản xuất của hãng khi ấy là 57.000m2.",
            "2026-02-10",
            "ministry",
            [
                "caption",
                "groundbreaking",
                "capacity_first",
                "passive",
                "acronym_bracket",
                "no_day_no_date",
                "ordinal_no_count",
                "capacity_no_count",
                "area",
                "approx",
                "multiline",
            ],
            firms=[f("Xe điện Vạn Xuân", "Công ty CP")],
            provinces=[pv("Hưng Yên")],
            money=[m(18 * M, "USD")],
            areas=[ha(2.7), ha(5.7)],
            deals=[deal("groundbreaking", ["Xe điện Vạn Xuân"], 18 * M, HY)],
            events=[ev("groundbreaking", [F("Xe điện Vạn Xuân")], 18 * M, "USD", HY, "started")],
        ),
        h(
            n(),
            "Thị trường Đông Nam Á, từ cuối năm 2026, là đích tiếp theo; trước đó VX Motors cần một trung tâm R&D và đội kỹ sư đủ mạnh để tự làm công nghệ lõi.",
            "2026-02-10",
            "ministry",
            ["plans_no_deal", "acronym_firm", "region_no_location", "nfd", "no_event"],
            firms=[f("VX Motors")],
            events=[],
        ),
        h(
            n(),
            "Chuẩn quốc tế được áp dụng từ khâu thiết kế sẽ từng bước kéo mặt bằng chất lượng xe điện 'Made in Vietnam' lên, theo đại diện chủ đầu tư.",
            "2026-02-10",
            "ministry",
            ["label_nothing", "unnamed_investor", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: the Chinese group's plant opened in Bắc Ninh, told by two papers (S3 r3, S3 r4) ---
    rows += [
        h(
            n(),
            "Bắc Ninh có thêm nhà máy xe máy điện trên 1,2 triệu xe mỗi năm\n\n15:10 05/03/2026\n\nVài trăm lao động địa phương sẽ có việc nhờ nhà máy sản xuất thông minh, vốn hơn 97 triệu USD, vừa cắt băng tại Khu công nghiệp Phúc Lâm (Bắc Ninh).",
            "2026-03-05",
            "ministry",
            [
                "headline_lead",
                "timestamp",
                "opening_no_firm_no_deal",
                "capacity_no_count",
                "vague_count_none",
                "approx",
                "park",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Phúc Lâm")],
            money=[m(97 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh, các sở ngành cùng nhiều đại lý, khách hàng đã có mặt sáng 2/3 khi Công ty TNHH Khoa học Kỹ thuật Xinlu Việt Nam cắt băng nhà máy sản xuất thông minh ở KCN Phúc Lâm (xã Lạng Giang, Bắc Ninh).",
            "2026-03-05",
            "ministry",
            [
                "inauguration_without_capital",
                "event_only",
                "commune_not_district",
                "park",
                "foreign_unit_vietnam_dropped",
            ],
            firms=[f("Khoa học Kỹ thuật Xinlu", "Công ty TNHH")],
            provinces=[pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Phúc Lâm")],
            events=[ev("inauguration", [F("Khoa học Kỹ thuật Xinlu")], None, None, BN, "completed")],
        ),
        h(
            n(),
            "Khoảng 2,2 triệu xe mỗi năm là công suất khi mọi hạng mục xong; trước mắt, giai đoạn một với vốn hơn 97 triệu USD, trên diện tích hơn 210.000 m², làm được trên 1,2 triệu xe.",
            "2026-03-05",
            "ministry",
            ["project_figures_no_firm", "capacity_no_count", "area", "approx", "no_event"],
            areas=[ha(21, True)],
            money=[m(97 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "2.800 người là số lao động dự kiến khi giai đoạn 2 hoàn tất; giai đoạn 1 cần từ 700 đến 900 người địa phương.",
            "2026-03-05",
            "ministry",
            ["jobs", "count_range", "count", "no_event"],
            quantities=[c(2800, "người"), c(700, "người"), c(900, "người")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền thông minh thế hệ mới thay cho cách lắp ráp truyền thống là điểm nhấn của dự án, giúp chạy máy hiệu quả hơn, chính xác hơn và kiểm soát chất lượng chặt hơn.",
            "2026-03-05",
            "ministry",
            ["feature_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            " date 2026-03-02 Xinlu đưa nhà máy xe máy điện 97 triệu USD ở Bắc Ninh vào vận hành",
            "2026-03-02",
            "ministry",
            ["page_date_chrome", "headline", "inauguration_with_capital", "no_day_no_date"],
            firms=[f("Xinlu")],
            provinces=[pv("Bắc Ninh")],
            money=[m(97 * M, "USD")],
            deals=[deal("investment", ["Xinlu"], 97 * M, BN)],
            events=[ev("inauguration", [F("Xinlu")], 97 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Việc Xinlu mở rộng sản xuất ở đây cho thấy hướng hợp tác giữa tỉnh và doanh nghiệp là đúng, và sẽ kéo theo một cụm công nghiệp xe điện cùng pin, động cơ, linh kiện điện, theo ông Trịnh Quốc Hưng, Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh.",
            "2026-03-02",
            "ministry",
            ["reported_speech", "expansion_opinion_no_deal", "person_role_after", "province_in_org_name"],
            firms=[f("Xinlu")],
            persons=[per("Trịnh Quốc Hưng", "Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh")],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Dự án mà Bắc Ninh muốn kéo về là loại sạch, dùng công nghệ cao, sinh lời lớn trên mỗi đồng vốn và kéo được các ngành khác theo.",
            "2026-03-02",
            "ministry",
            ["policy_line", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a domestic e-bike brand's localisation and the motorbike makers' rates (S8 r4) ---
    rows += [
        h(
            n(),
            "Xe đạp điện Lam Giang được lắp ráp ở nhà máy tại Hưng Yên\nXe đạp điện Lam Giang được lắp ráp ở nhà máy tại Hưng Yên\n(PLO) - 38% là tỷ lệ nội địa hoá mà hãng xe đạp điện Lam Giang đạt được, cao nhất trong các hãng Việt: từ khung, vành đến yên, phanh và động cơ đều làm trong nước.",
            "2016-11-20",
            "ministry",
            [
                "caption_repeated",
                "outlet_prefix_nothing",
                "percentage_first",
                "hang_names_firm",
                "product_brand_line",
                "old_tone",
                "multiline",
                "no_event",
            ],
            firms=[f("Lam Giang")],
            provinces=[pv("Hưng Yên")],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "Honda bắt đầu ở Việt Nam với tỷ lệ nội địa hóa 23%, Piaggio còn thấp hơn, 15%; trước đó cả hai chủ yếu nhập xe nguyên chiếc về bán.",
            "2016-11-20",
            "ministry",
            ["localisation_rates", "bare_brand_firms", "percentage", "no_event"],
            firms=[f("Honda"), f("Piaggio")],
            percentages=[23, 15],
            events=[],
        ),
        h(
            n(),
            "Khoảng 68% thị phần trong nhóm 5 doanh nghiệp FDI làm xe máy thuộc về Honda Việt Nam (HVN), hãng có 13 mẫu xe và ba nhà máy với tổng công suất thiết kế 2,6 triệu xe/năm.",
            "2016-11-20",
            "ministry",
            [
                "market_share",
                "percentage_first",
                "foreign_unit_vietnam_dropped",
                "acronym_bracket",
                "capacity_no_count",
                "count_in_words",
                "count",
                "percentage",
            ],
            firms=[f("Honda")],
            percentages=[68],
            quantities=[c(5, "doanh nghiệp FDI"), c(13, "mẫu xe")],
            events=[],
        ),
        h(
            n(),
            "Các hãng xe máy Nhật Bản và Ý đã làm xe ở Việt Nam đủ lâu để xuất ngược ra nước ngoài.",
            "2016-11-20",
            "ministry",
            ["country", "no_event"],
            locations=[country("Nhật Bản"), country("Ý")],
            events=[],
        ),
        h(
            n(),
            "Một số dòng xe tay ga của HVN nay đã nội địa hóa tới khoảng 90%.",
            "2016-11-20",
            "ministry",
            ["acronym_firm", "percentage", "no_event"],
            firms=[f("HVN")],
            percentages=[90],
            events=[],
        ),
        h(
            n(),
            "Xe Trung Quốc giá rẻ từng tràn ngập thị trường, cho tới khi Honda Việt Nam tung một mẫu xe số bình dân vào năm 2002.",
            "2016-11-20",
            "ministry",
            ["history", "foreign_unit_vietnam_dropped", "country", "no_event"],
            firms=[f("Honda")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a consultancy's note on a foreign anti-dumping case on tyres and tubes (S9 r3) ---
    rows += [
        h(
            n(),
            "Săm, lốp xe đạp và xe máy xuất xứ Việt Nam đang bị Ai Cập điều tra chống bán phá giá: Cục Phòng vệ thương mại cho biết đã nhận thông báo khởi xướng của Bộ Công nghiệp và Thương mại Ai Cập, ghi ngày 14/3/2023.",
            "2023-03-20",
            "ministry",
            ["trade_remedy", "conclusion_first", "country", "country_in_org_name", "no_event"],
            organizations=["Cục Phòng vệ thương mại", "Bộ Công nghiệp và Thương mại Ai Cập"],
            locations=[country("Ai Cập")],
            events=[],
        ),
        h(
            n(),
            "Vài nét về vụ việc:\n1. Ngày khởi xướng: 14/3/2023\n2. Hàng bị điều tra: săm, lốp xe đạp, xe máy thuộc các mã HS 4011.40, 4011.50 và 4013.20",
            "2023-03-20",
            "ministry",
            ["numbered_list", "hs_codes_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "| Thời gian | Sự kiện |\n| 14/03/2023 | Khởi xướng điều tra |\n| 15/04/2023 | Hạn nộp bản trả lời câu hỏi điều tra |",
            "2023-03-20",
            "ministry",
            ["schedule_table", "nfd", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: an old bicycle brand remembered, and its company history (S10 r3, S10 r4) ---
    rows += [
        h(
            n(),
            "Hơn 120 mẫu xe đang được Công ty CP Hồng Hà lắp ráp; theo Tổng giám đốc Phạm Đức Lương, kiểu dáng không thua xe Pháp, xe Đài Loan, còn giá thì rẻ hơn hẳn.",
            "2014-05-10",
            "ministry",
            ["count_first", "passive", "person_role_before", "count", "approx", "country"],
            persons=[per("Phạm Đức Lương", "Tổng giám đốc")],
            firms=[f("Hồng Hà", "Công ty CP")],
            quantities=[c(120, "mẫu", True)],
            locations=[country("Pháp"), country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Với nhiều gia đình miền Bắc thập niên 1980, chiếc xe đạp là thứ tài sản lớn nhất trong nhà.",
            "2014-05-10",
            "ministry",
            ["memoir", "region_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sổ mua phụ tùng đi kèm mỗi chiếc xe bán theo giá cung cấp, và cả đời một cán bộ thường chỉ có một suất như thế.",
            "2014-05-10",
            "ministry",
            ["history", "recalled_state_plant_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thời chiến, xe đạp thành 'ngựa sắt': những đoàn xe thồ vượt bom đạn chở gạo, muối, thuốc men ra mặt trận.",
            "2014-05-10",
            "ministry",
            ["memoir", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xe đạp Hồng Hà: từ món hàng mơ ước thời bao cấp đến bài toán sau cổ phần hoá\nCác 'ông lớn' ngoại đang lấn dần thị trường; thương hiệu lâu đời này còn giữ được chỗ đứng?",
            "2017-08-22",
            "ministry",
            [
                "headline_lead",
                "question_lead",
                "product_brand_no_firm",
                "old_tone",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Hai đơn vị, Công ty Xe đạp Đông Mỹ và Công ty Phụ tùng xe đạp Kim Liên, được sáp nhập vào Công ty Xe máy xe đạp Hồng Hà tháng 11/2005 – cái tên mà nhà máy xe đạp Hồng Hà (lập ngày 12/8/1961) mang từ tháng 6/1994; nay doanh nghiệp là Công ty TNHH MTV Hồng Hà.",
            "2017-08-22",
            "ministry",
            [
                "company_history",
                "reverse_chronology",
                "renaming",
                "state_merger_no_deal",
                "lowercase_plant_no_firm",
            ],
            firms=[
                f("Hồng Hà", "Công ty TNHH MTV"),
                f("Xe máy xe đạp Hồng Hà", "Công ty"),
                f("Xe đạp Đông Mỹ", "Công ty"),
                f("Phụ tùng xe đạp Kim Liên", "Công ty"),
            ],
            events=[],
        ),
        h(
            n(),
            "Từ tháng 1/2012, Hồng Hà chuyển sang vận hành theo mô hình công ty mẹ – công ty con.",
            "2017-08-22",
            "ministry",
            ["company_history", "bare_short_name", "no_event"],
            firms=[f("Hồng Hà")],
            events=[],
        ),
        h(
            n(),
            "Xe đạp Hồng Hà.\nNửa cây vàng – có lúc đó là giá một chiếc Hồng Hà; chủ xe còn phải giữ thẻ đăng ký ghi số khung.",
            "2017-08-22",
            "ministry",
            [
                "caption",
                "product_brand_no_firm",
                "gold_measure_no_money",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: an e-motorbike start-up's Series B (S12 r1) ---
    rows += [
        h(
            n(),
            "Startup xe máy điện Phong Vân Motor hút thêm 24 triệu USD vốn ngoại\n\nVòng Series B 24 triệu USD mà Phong Vân Motor công bố hoàn tất ngày 1/10 do Công ty Ozaki Kogyo, niêm yết trên sàn Tokyo, và quỹ Seabridge Partners (đặt trụ sở ở Singapore) đồng dẫn dắt; tổng vốn startup đã gọi được là 51 triệu USD.",
            "2025-10-02",
            "ministry",
            [
                "headline_lead",
                "funding_round_co_led",
                "acquisition_completed",
                "consortium_one_deal",
                "amount_repeated",
                "foreign_city_nothing",
                "country",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Phong Vân Motor"), f("Ozaki Kogyo", "Công ty"), f("Seabridge Partners")],
            money=[m(24 * M, "USD"), m(24 * M, "USD"), m(51 * M, "USD")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Ozaki Kogyo", "Seabridge Partners"], 24 * M, None, "2025-10-01")],
            events=[
                ev(
                    "acquisition",
                    [F("Ozaki Kogyo"), F("Seabridge Partners"), F("Phong Vân Motor")],
                    24 * M,
                    "USD",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "LotusTech Ventures và Hải Đăng Ventures, nhánh đầu tư mạo hiểm của Tập đoàn Tài chính Hải Đăng, lần đầu góp mặt; Mangrove Ventures thì rót tiếp sau vòng trước.",
            "2025-10-02",
            "ministry",
            ["round_participants_no_target_no_deal", "parent_apposition", "no_event"],
            firms=[
                f("LotusTech Ventures"),
                f("Hải Đăng Ventures"),
                f("Tài chính Hải Đăng", "Tập đoàn"),
                f("Mangrove Ventures"),
            ],
            events=[],
        ),
        h(
            n(),
            "Việc Hà Nội sẽ cấm xe máy chạy xăng trong Vành đai 1 từ tháng 7/2026 được nhiều quỹ coi là cú hích cho các hãng xe điện hai bánh.",
            "2025-10-02",
            "ministry",
            ["policy_context", "ring_road_nothing", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Đại lý mới, dây chuyền lớn hơn: Phong Vân nói đó là chỗ tiêu số tiền vừa gọi được.",
            "2025-10-02",
            "ministry",
            ["use_of_funds_no_deal", "bare_short_name", "no_event"],
            firms=[f("Phong Vân")],
            events=[],
        ),
        h(
            n(),
            "Vài năm nay, Phong Vân Motor là cái tên được giới đầu tư trong nước để ý.",
            "2025-10-02",
            "ministry",
            ["background_line", "no_event"],
            firms=[f("Phong Vân Motor")],
            events=[],
        ),
        h(
            n(),
            "Năm 2020, Trần Khải Minh từng lên một chương trình truyền hình gọi 45.000 USD cho 0,4% cổ phần Phong Vân.\n\nCEO Phong Vân Motor Trần Khải Minh (Ảnh: Phong Vân Motor)",
            "2025-10-02",
            "ministry",
            [
                "tv_pitch_no_deal",
                "caption",
                "person_role_before",
                "photo_source_firm",
                "percentage",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Khải Minh", "CEO Phong Vân Motor")],
            firms=[f("Phong Vân"), f("Phong Vân Motor")],
            money=[m(45_000, "USD")],
            percentages=[0.4],
            events=[],
        ),
    ]
    # --- Vietnamese news: a battery-swap start-up for delivery riders (S12 r4) ---
    rows += [
        h(
            n(),
            " date 2025-07 Gần 50 triệu xe máy xăng rồi sẽ phải được thay: niềm tin ấy khiến Lê Hữu Khang, người học cơ khí ở Mỹ, lập Sao Xanh Motors năm 2019.",
            "2025-07-15",
            "ministry",
            ["page_date_chrome", "founder_story", "founding_no_deal", "country", "count", "approx"],
            persons=[per("Lê Hữu Khang", None)],
            firms=[f("Sao Xanh Motors")],
            locations=[country("Mỹ")],
            quantities=[c(50 * M, "xe máy xăng", True)],
            events=[],
        ),
        h(
            n(),
            "Mỗi trạm của Sao Xanh chứa tối đa 15 viên pin trong 16 ngăn, ngăn trống để nhận pin cũ; quét ứng dụng là lấy được pin đầy, mất chưa tới hai phút.",
            "2025-07-15",
            "ministry",
            ["product_description", "bare_short_name", "count", "up_to_not_approx", "duration_no_count"],
            firms=[f("Sao Xanh")],
            quantities=[c(15, "viên pin"), c(16, "ngăn")],
            events=[],
        ),
        h(
            n(),
            "'Một shipper chạy 250 đến 320 km mỗi ngày thì không có mấy tiếng để cắm sạc', Khang nói.",
            "2025-07-15",
            "ministry",
            ["quote_first", "given_name_no_person", "distance_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp giao hàng gần như là khách duy nhất của startup này lúc này.",
            "2025-07-15",
            "ministry",
            ["b2b_no_deal", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a charging network's strategic agreement with an appliance chain (S14 r3) ---
    rows += [
        h(
            n(),
            "Hơn 2.000 điểm sạc và đổi pin sẽ mọc lên ở chuỗi điện máy Ngọc Lan: đó là nội dung thỏa thuận hợp tác chiến lược mà Công ty CP Điện máy Ngọc Lan ký với Công ty CP Hạ tầng Sạc Lam Phương (LP-Charge) ngày 15/9, áp dụng đến hết năm 2026.",
            "2025-09-16",
            "ministry",
            [
                "count_first",
                "strategic_agreement_is_mou",
                "acronym_bracket",
                "deal_date",
                "year_inferred",
                "approx",
            ],
            firms=[f("Điện máy Ngọc Lan", "Công ty CP"), f("Hạ tầng Sạc Lam Phương", "Công ty CP")],
            quantities=[c(2000, "điểm sạc và đổi pin", True)],
            deals=[deal("mou", ["Điện máy Ngọc Lan", "Hạ tầng Sạc Lam Phương"], None, None, "2025-09-15")],
            events=[
                ev("mou", [F("Điện máy Ngọc Lan"), F("Hạ tầng Sạc Lam Phương")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Năm sau sẽ thêm 900 trạm sạc và 450 tủ, sau đợt đầu ngay trong năm 2025 gồm 320 trạm sạc ô tô điện và 1.240 tủ đổi pin xe máy điện.",
            "2025-09-16",
            "ministry",
            ["plan_details", "count", "no_event"],
            quantities=[
                c(900, "trạm sạc"),
                c(450, "tủ"),
                c(320, "trạm sạc ô tô điện"),
                c(1240, "tủ đổi pin xe máy điện"),
            ],
            events=[],
        ),
        h(
            n(),
            "Mốc 1/11 là lúc những tủ đổi pin đầu tiên ở Ngọc Lan bắt đầu phục vụ; theo thoả thuận, chính Ngọc Lan sẽ lắp và bảo trì thiết bị của LP-Charge trên cả nước.",
            "2025-09-16",
            "ministry",
            ["agreement_terms_no_deal", "short_names", "old_tone", "nfd", "no_event"],
            firms=[f("Ngọc Lan"), f("LP-Charge")],
            events=[],
        ),
        h(
            n(),
            "Trong ba năm tới, 120.000 tủ đổi pin sẽ được LP-Charge lắp thêm, bên cạnh hơn 140.000 cổng sạc ô tô, xe máy điện đang có.",
            "2025-09-16",
            "ministry",
            ["network_plan_no_deal", "acronym_firm", "count", "approx", "no_event"],
            firms=[f("LP-Charge")],
            quantities=[c(120000, "tủ đổi pin"), c(140000, "cổng sạc ô tô, xe máy điện", True)],
            events=[],
        ),
        h(
            n(),
            "Một số siêu thị Ngọc Lan đã có sẵn trụ sạc của LP-Charge cho chủ xe điện Lam Hồng.",
            "2025-09-16",
            "ministry",
            ["chain_brand_no_firm", "product_brand_no_firm", "acronym_firm", "no_event"],
            firms=[f("LP-Charge")],
            events=[],
        ),
        h(
            n(),
            "Chuỗi cửa hàng Ngọc Lan kỳ vọng mạng lưới mới sẽ kéo thêm khách tới siêu thị, còn chủ xe điện thì bớt phải tìm chỗ sạc.",
            "2025-09-16",
            "ministry",
            ["chain_brand_no_firm", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: the same network's memorandum with a digital retailer (S14 r4) ---
    rows += [
        h(
            n(),
            " date 2025-08-22 Trạm sạc, tủ đổi pin của LP-Charge sắp có mặt ở các cửa hàng Minh Khang\n\nCông ty CP Hạ tầng Sạc Lam Phương (LP-Charge) và Công ty CP Bán lẻ số Minh Khang đã ký biên bản ghi nhớ hôm 21/8: mạng lưới sạc ô tô điện và đổi pin xe máy điện của bên thứ nhất sẽ đặt tại chuỗi cửa hàng của bên thứ hai trên cả nước.",
            "2025-08-22",
            "ministry",
            [
                "page_date_chrome",
                "headline_lead",
                "mou_signed",
                "acronym_bracket",
                "ordinal_parties",
                "chain_brand_no_firm",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[
                f("LP-Charge"),
                f("Hạ tầng Sạc Lam Phương", "Công ty CP"),
                f("Bán lẻ số Minh Khang", "Công ty CP"),
            ],
            deals=[deal("mou", ["Hạ tầng Sạc Lam Phương", "Bán lẻ số Minh Khang"], None, None, "2025-08-21")],
            events=[
                ev(
                    "mou",
                    [F("Hạ tầng Sạc Lam Phương"), F("Bán lẻ số Minh Khang")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Lễ ký kết giữa LP-Charge và Minh Khang Retail. Ảnh: LP-Charge\nTừ tháng 11, cửa hàng nào rộng thì đặt trụ sạc, chật thì đặt tủ đổi pin; Minh Khang có thể nhận nhượng quyền hoặc chỉ cho thuê chỗ.",
            "2025-08-22",
            "ministry",
            [
                "caption",
                "signing_caption_no_deal",
                "photo_source_firm",
                "agreement_terms_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("LP-Charge"), f("Minh Khang Retail"), f("Minh Khang")],
            events=[],
        ),
        h(
            n(),
            "'Càng nhiều điểm đặt trong thành phố, chủ xe càng yên tâm', ông Vũ Hồng Quân, Phó tổng giám đốc LP-Charge, nói.",
            "2025-08-22",
            "ministry",
            ["person_role_after", "quote_first", "no_event"],
            persons=[per("Vũ Hồng Quân", "Phó tổng giám đốc LP-Charge")],
            firms=[f("LP-Charge")],
            events=[],
        ),
        h(
            n(),
            "Với Minh Khang Retail, thỏa thuận vừa là nguồn thu mới vừa là phần góp vào chuyển đổi xanh, bà Nguyễn Thu Trang, Phó tổng giám đốc, nói.",
            "2025-08-22",
            "ministry",
            ["person_role_after", "bare_role", "agreement_mention_no_deal", "reported_speech", "no_event"],
            persons=[per("Nguyễn Thu Trang", "Phó tổng giám đốc")],
            firms=[f("Minh Khang Retail")],
            events=[],
        ),
    ]
    # --- Vietnamese news: standards and technical regulations for electric two-wheelers (S15 r2, S15 r3, S15 r4) ---
    rows += [
        h(
            n(),
            " date 2025-07 Mới 11 quy chuẩn và 23 tiêu chuẩn đã có cho mô tô, xe máy điện; 18 tiêu chuẩn nữa đang soạn, ngoài 14 tiêu chuẩn về trạm, trụ sạc đã ban hành, số liệu của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia (Bộ Khoa học và Công nghệ) cho thấy.",
            "2025-07-24",
            "ministry",
            ["page_date_chrome", "statistics", "parent_org_bracket", "count"],
            organizations=["Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia", "Bộ Khoa học và Công nghệ"],
            quantities=[c(11, "quy chuẩn"), c(23, "tiêu chuẩn"), c(18, "tiêu chuẩn"), c(14, "tiêu chuẩn")],
            events=[],
        ),
        h(
            n(),
            "Vành đai 3 từ năm 2030, vành đai 2 từ năm 2028 và trước hết là vành đai 1 từ 1/7/2026: đó là lộ trình cấm xe máy xăng ở Hà Nội trong chỉ thị Thủ tướng ký hôm 12/7.",
            "2025-07-24",
            "ministry",
            ["directive_without_number", "ring_road_nothing", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Ảnh minh họa\nAn toàn là nhóm đông nhất, với 10 tiêu chuẩn; hai nhóm kia lo thử nghiệm pin, ắc quy và thiết bị điện gắn trên xe.",
            "2025-07-23",
            "ministry",
            ["illustration_caption", "count_in_words", "count", "nfd", "multiline", "no_event"],
            quantities=[c(10, "tiêu chuẩn")],
            events=[],
        ),
        h(
            n(),
            "Xe máy điện phổ cập ở Việt Nam nhanh vào hàng nhất Đông Nam Á, và chính tốc độ ấy đặt ra bài toán chất lượng, an toàn.",
            "2025-07-23",
            "ministry",
            ["context", "region_no_location", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Rơi, ngâm nước, bị ép hay đoản mạch: ắc quy xe đạp điện giờ phải qua cả loạt phép thử ấy trước khi được bán.",
            "2019-11-20",
            "legal",
            ["regulation_summary", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thông tư 41/2014/TT-BGTVT ngày 18/9/2014 về quy chuẩn ắc quy và động cơ xe đạp điện hết hiệu lực khi Thông tư 52/2019/TT-BGTVT bắt đầu áp dụng, từ 1/6/2020; việc thực hiện giao cho Cục Đăng kiểm Việt Nam.",
            "2019-11-20",
            "legal",
            ["circular_number", "effective_date_not_decision_date", "repealed_circular_dated", "no_event"],
            organizations=["Cục Đăng kiểm Việt Nam"],
            decisions=[d("41/2014/TT-BGTVT", "2014-09-18"), d("52/2019/TT-BGTVT")],
            events=[],
        ),
        h(
            n(),
            "Số động cơ bị đục sửa hay tẩy xóa là không đạt.",
            "2019-11-20",
            "legal",
            ["regulation_summary", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: an overseas paper on Chinese makers moving lines to Vietnam (S16 r1) ---
    rows += [
        h(
            n(),
            " date 2016-12 HANOI -- Tiền công rẻ hơn chừng 55% đang kéo các xưởng yên xe đạp và phụ kiện của Trung Quốc sang Việt Nam, bản tin Zing cho biết.",
            "2016-12-12",
            "ministry",
            [
                "page_date_chrome",
                "overseas_paper",
                "caps_dateline_province",
                "outlet_nothing",
                "country",
                "percentage",
            ],
            provinces=[pv("Hà Nội")],
            locations=[country("Trung Quốc")],
            percentages=[55],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 2 nhà máy của Tianyu Saddle Holdings ở vùng ven TP.SG sẽ xong vào tháng 5 năm sau; hãng từ Đông Hoản (Quảng Đông) này có mặt ở đó từ năm 2016.",
            "2016-12-12",
            "ministry",
            [
                "recalled_plant",
                "deal_no_event",
                "foreign_city_nothing",
                "old_city_name_province",
                "schedule_no_event",
            ],
            firms=[f("Tianyu Saddle Holdings")],
            provinces=[pv("Hồ Chí Minh")],
            deals=[deal("investment", ["Tianyu Saddle Holdings"], None, HCM)],
            events=[],
        ),
        h(
            n(),
            "Theo Nikkei, hơn nửa doanh thu của Tianyu đến từ đơn hàng của hãng xe đạp Nhật Kōhō Cycle.",
            "2016-12-12",
            "ministry",
            ["orders_no_deal", "outlet_nothing", "bare_short_name", "country_short_form", "nfd", "no_event"],
            firms=[f("Tianyu"), f("Kōhō Cycle")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Hàng dệt may làm ở Việt Nam được xoá thuế khi vào Nhật nhờ một hiệp định kinh tế ký năm 2008, điều mà các hãng Trung Quốc muốn tận dụng để có thêm khách Nhật.",
            "2016-12-12",
            "ministry",
            ["trade_agreement_no_deal", "country_short_form", "country", "old_tone", "no_event"],
            locations=[country("Nhật"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Kanemori, tập đoàn thương mại Nhật, là cầu nối để Huaying Apparel của Trung Quốc may thử hàng tại một xưởng dệt Việt mà Kanemori có liên kết.",
            "2016-12-12",
            "ministry",
            [
                "trial_production_no_deal",
                "partner_apposition_no_deal",
                "country",
                "country_short_form",
                "no_event",
            ],
            firms=[f("Kanemori"), f("Huaying Apparel")],
            locations=[country("Nhật"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Chinese bike and helmet maker plans a plant in Vietnam, on a lottery domain (S16 r4) ---
    rows += [
        h(
            n(),
            "27/05/2023 10:05 GMT+7\n\nSức ép từ khách phương Tây buộc xưởng Trung Quốc tính chuyện ra đi\n\nLắp ráp xe đạp tại một nhà máy ở Trung Quốc - Ảnh: AFP",
            "2023-05-27",
            "ministry",
            [
                "lottery_domain_copy",
                "timestamp",
                "headline",
                "caption",
                "agency_credit_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy thông minh chừng 28 triệu USD ở Việt Nam là kế hoạch năm tới của Kelvin Ho, chủ Pacific Ridge Sports, hãng làm xe đạp, mũ bảo hiểm xe máy và đồ thể thao, dù tháng trước ông vừa mở một nhà máy tương tự ở Quảng Đông.",
            "2023-05-27",
            "ministry",
            [
                "announced_investment",
                "amount_first",
                "owner_role",
                "no_site",
                "foreign_province_nothing",
                "approx",
            ],
            persons=[per("Kelvin Ho", "chủ Pacific Ridge Sports")],
            firms=[f("Pacific Ridge Sports")],
            money=[m(28 * M, "USD", approx=True)],
            deals=[deal("investment", ["Pacific Ridge Sports"], 28 * M)],
            events=[
                ev("investment_announcement", [F("Pacific Ridge Sports")], 28 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Theo South China Morning Post, 190 triệu USD là số hãng rót vào chuỗi nhà máy trong năm 2022, đủ cho 36 dây chuyền; Pacific Ridge Sports có 12 cơ sở ở châu Á, châu Âu, Bắc Mỹ và hơn 3.900 nhân viên.",
            "2023-05-27",
            "ministry",
            ["running_total_no_deal", "outlet_nothing", "region_no_location", "count", "approx", "no_event"],
            firms=[f("Pacific Ridge Sports")],
            quantities=[c(36, "dây chuyền"), c(12, "cơ sở"), c(3900, "nhân viên", True)],
            money=[m(190 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Né các mức thuế trừng phạt mà Mỹ áp lên hàng Trung Quốc là một lý do chính của cuộc 'dời vùng' này, không phải vì Trung Quốc thiếu năng lực sản xuất.",
            "2023-05-27",
            "ministry",
            ["relocation_reason", "country", "no_event"],
            locations=[country("Mỹ"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- English: a trade magazine's paywalled show report and a city guide's industry page (S4 r3, S4 r4) ---
    rows += [
        h(
            n(),
            "Alloy E-Bike Frames and Moving Production Home Dominate Taipei Cycle Talk\n\nTAIPEI, Taiwan – Firms bringing output back from China got a warm word at the opening of the 33rd Taipei Cycle Show, and frame makers say orders for alloy e-bike frames are climbing fast.\n\nRead this article?\n\nSign up to read 3 free articles a month.",
            "2019-03-28",
            "ministry",
            [
                E,
                "trade_magazine",
                "paywall",
                "headline_lead",
                "foreign_dateline_country",
                "foreign_city_nothing",
                "ordinal_no_count",
                "count",
                "multiline",
                "no_event",
            ],
            locations=[country("Taiwan"), country("China")],
            quantities=[c(3, "articles")],
            events=[],
        ),
        h(
            n(),
            "Changhua County Industry Spotlight: Bicycle Parts\n\nUS$1.02 billion: that is what 9.1 million Taiwanese bicycles fetched abroad in 1997, and the central region made roughly 85% of them.",
            "1999-03-15",
            "ministry",
            [
                E,
                "city_guide",
                "headline_lead",
                "statistics",
                "foreign_county_nothing",
                "amount_first",
                "adjective_no_country",
                "count",
                "percentage",
                "multiline",
                "no_event",
            ],
            quantities=[c(9_100_000, "bicycles")],
            money=[m(1.02 * B, "USD")],
            percentages=[85],
            events=[],
        ),
        h(
            n(),
            "Carbon-fibre frames are the speciality of Yuan Feng Industry Co., Ltd., which developed them with seven partner firms, while Tai Hsing Cycle Co., Ltd. keeps its own design team near the coast.",
            "1999-03-15",
            "ministry",
            [E, "city_guide", "foreign_legal_form", "count_in_words", "no_event"],
            firms=[f("Yuan Feng Industry", "Co., Ltd."), f("Tai Hsing Cycle", "Co., Ltd.")],
            events=[],
        ),
        h(
            n(),
            "Tai Hsing's Dutch factory, its first in Europe, started up in May 1997; of the group's 2.2 million bikes a year, 1.2 million now come from mainland China.",
            "1999-03-15",
            "ministry",
            [
                E,
                "city_guide",
                "possessive_firm",
                "output_no_count",
                "recalled_opening_abroad",
                "deal_no_event",
                "adjective_no_country",
                "region_no_location",
                "country",
            ],
            firms=[f("Tai Hsing")],
            locations=[country("China")],
            deals=[deal("investment", ["Tai Hsing"])],
            events=[],
        ),
    ]
    # --- English: a Taiwanese bicycle magazine's 2025 feature on Vietnam, column-interleaved scan (S17 r1, S19 r4,
    # S17 r4) ---
    rows += [
        h(
            n(),
            "Page 29 - 2025 BMU_Spring\nP. 29\nTop Stories\n▲Taiwanese bike parts makers in Vietnam often meet for dinner.\nBack in 1997, Hsin Chuan was Hard Times cycles and e-bikes shipped from\nthe first Taiwanese bicycle Vietnam to the EU will fall from\nassembler to set up a plant The boom did not last. In 2004, the current 6% to zero, making",
            "2025-04-10",
            "ministry",
            [
                E,
                "flipbook_page",
                "column_interleaved_scan",
                "caption",
                "recalled_first_plant",
                "deal_no_event",
                "bloc_nothing",
                "percentage",
                "multiline",
            ],
            firms=[f("Hsin Chuan")],
            percentages=[6],
            deals=[deal("investment", ["Hsin Chuan"])],
            events=[],
        ),
        h(
            n(),
            "A tyre maker, Lien Tire, came next, with a plant in Dong Nai Province in 1999; in 2001 Hoa Lam Cycle built in Tan Dinh Industrial Park in Binh Duong Province, bringing more than ten parts suppliers with it, while Sunrace Bike set up in the south the same year.",
            "2025-04-10",
            "ministry",
            [
                E,
                "recalled_plants",
                "deal_no_event",
                "arrival_no_deal",
                "english_park_no_location",
                "count_in_words",
                "unaccented_province",
            ],
            firms=[f("Lien Tire"), f("Hoa Lam Cycle"), f("Sunrace Bike")],
            provinces=[pv("Đồng Nai"), pv("Bình Dương")],
            deals=[
                deal("investment", ["Lien Tire"], None, DNai),
                deal("investment", ["Hoa Lam Cycle"], None, HCM),
            ],
            events=[],
        ),
        h(
            n(),
            "Kai Ming Chain then led a cluster of Taiwanese chain and sprocket suppliers into Amata Industrial Park, Dong Nai.",
            "2025-04-10",
            "ministry",
            [
                E,
                "recalled_plant",
                "group_leader_only",
                "deal_no_event",
                "english_park_no_location",
                "adjective_no_country",
            ],
            firms=[f("Kai Ming Chain")],
            provinces=[pv("Đồng Nai")],
            deals=[deal("investment", ["Kai Ming Chain"], None, DNai)],
            events=[],
        ),
        h(
            n(),
            "Cambodia became the refuge for Hsin Chuan, Sunrace and other assemblers after Brussels put a 31.2% anti-dumping duty on Vietnamese bicycles in 2005 (12.7% for Hsin Chuan); the duty lasted until 2012.",
            "2025-04-10",
            "ministry",
            [
                E,
                "trade_remedy",
                "relocation_no_deal",
                "country_first",
                "foreign_city_nothing",
                "country",
                "percentage",
                "no_event",
            ],
            firms=[f("Hsin Chuan"), f("Sunrace")],
            locations=[country("Cambodia")],
            percentages=[31.2, 12.7],
            events=[],
        ),
        h(
            n(),
            "Binh Duong's Tan Dinh Industrial Zone holds the biggest share of the more than 55 bicycle firms from Taiwan now producing in Vietnam, their largest base after China (figures to September 2024).",
            "2025-04-10",
            "ministry",
            [E, "count", "approx", "country", "possessive_province", "english_park_no_location", "no_event"],
            quantities=[c(55, "bicycle firms", True)],
            locations=[country("Taiwan"), country("China")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "EUR.1 for the EU, FORM B for the United States: which certificate of origin a shipment needs decides how much local content the factory has to show.",
            "2025-04-10",
            "ministry",
            [E, "rules_of_origin", "form_names_nothing", "bloc_nothing", "country", "no_event"],
            locations=[country("United States")],
            events=[],
        ),
        h(
            n(),
            "Nineteen free trade agreements and growth of 7.2% in the third quarter of 2024 are what Kevin Chou, president of the Taiwanese Chamber of Commerce in Binh Duong, points to when asked why members keep coming.",
            "2025-04-10",
            "ministry",
            [
                E,
                "statistics",
                "person_role_after",
                "province_in_org_name",
                "count_in_words",
                "percentage",
                "no_event",
            ],
            persons=[per("Kevin Chou", "president of the Taiwanese Chamber of Commerce in Binh Duong")],
            organizations=["Taiwanese Chamber of Commerce in Binh Duong"],
            provinces=[pv("Bình Dương")],
            percentages=[7.2],
            events=[],
        ),
        h(
            n(),
            "▲Bình D??ng’s new town, seen from the provincial administration tower.",
            "2025-04-10",
            "ministry",
            [E, "caption", "broken_glyph_province", "nfd", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
    ]
    # --- English: the same magazine's 2013 special report, in two document-store copies (S17 r2-r3, S19 r1-r2) ---
    rows += [
        h(
            n(),
            "Looking at the Vietnamese Bicycle Industry\nTranscription\nSpecial Reports Gateway to ASEAN Looking at the Vietnamese Bicycle Industry Text & Photos: Editorial Dept.",
            "2013-04-01",
            "ministry",
            [
                E,
                "doc_store_transcription",
                "repeated_title",
                "bloc_nothing",
                "credit_no_person",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Outside China, nowhere has more Taiwanese bike firms than Vietnam, and cheaper labour there keeps drawing brands and parts makers looking to hedge.",
            "2013-04-01",
            "ministry",
            [E, "country", "adjective_no_country", "no_event"],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Growth of 5.9% in 2011, in the depths of the global slump, came from a country of about 88 million people spread over 331,210 square kilometres.",
            "2013-04-01",
            "ministry",
            [E, "km2_to_ha", "count", "approx", "percentage", "no_event"],
            areas=[ha(33_121_000)],
            quantities=[c(88 * M, "people", True)],
            percentages=[5.9],
            events=[],
        ),
        h(
            n(),
            "For Taiwan, shut out of ASEAN, a Vietnamese base is a back door into a bloc of 580 million people with a GDP of US$1.3 trillion.",
            "2013-04-01",
            "ministry",
            [E, "bloc_nothing", "count", "country", "no_event"],
            quantities=[c(580 * M, "people")],
            money=[m(1.3 * 1000 * B, "USD")],
            locations=[country("Taiwan")],
            events=[],
        ),
    ]
    # --- English: a Hong Kong daily on the Chinese group's second plant (S18 r1, S19 r3) ---
    rows += [
        h(
            n(),
            "Published: 09:12, April 14, 2025\nPDF View\nNew plant lifts e-scooter output\nBy Zhou Ming in Hanoi\nElectric scooters lined up outside a Xinlu dealer in Bac Giang. (ZHOU MING / CHINA DAILY)",
            "2025-04-14",
            "ministry",
            [
                E,
                "timestamp",
                "byline_person",
                "caps_photo_credit",
                "caption",
                "outlet_nothing",
                "unaccented_province",
                "multiline",
                "no_event",
            ],
            persons=[per("Zhou Ming", None)],
            firms=[f("Xinlu")],
            provinces=[pv("Hà Nội"), pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            '"Everyone is switching to electric now," said Nguyen Van Thuan, 48, who came to the dealer to buy two scooters for his family.',
            "2025-04-14",
            "ministry",
            [E, "person_age_no_role", "quote_first", "count_in_words", "no_event"],
            persons=[per("Nguyen Van Thuan", None)],
            events=[],
        ),
        h(
            n(),
            "A $95 million production and assembly plant, also in Bac Giang, is Xinlu's next step in Vietnam, six years after it opened its first factory there in 2019.",
            "2025-04-14",
            "ministry",
            [
                E,
                "amount_first",
                "possessive_firm",
                "recalled_opening",
                "duration_no_count",
                "deal_no_event",
                "announced_investment",
                "two_deals_one_firm",
            ],
            firms=[f("Xinlu")],
            provinces=[pv("Bắc Giang")],
            money=[m(95 * M, "USD")],
            deals=[
                deal("investment", ["Xinlu"], 95 * M, BN),
                deal("investment", ["Xinlu"], None, BN),
            ],
            events=[ev("investment_announcement", [F("Xinlu")], 95 * M, "USD", BN, "announced")],
        ),
        h(
            n(),
            "Lu Zhenhua, general manager of Xinlu Vietnam Co., pointed to the 45 million-plus motorcycles on Vietnam's registers as the reason the market matters.",
            "2025-04-14",
            "ministry",
            [
                E,
                "reported_speech",
                "person_role_after",
                "foreign_unit_vietnam_dropped",
                "count",
                "approx",
                "no_event",
            ],
            persons=[per("Lu Zhenhua", "general manager of Xinlu Vietnam Co.")],
            firms=[f("Xinlu", "Co.")],
            quantities=[c(45 * M, "motorcycles", True)],
            events=[],
        ),
        h(
            n(),
            "READ MORE: Chinese EV makers eye Southeast Asia",
            "2025-04-14",
            "ministry",
            [E, "related_link", "adjective_no_country", "region_no_location", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: an e-scooter plant licensed in an economic zone (S18 r2) ---
    rows += [
        h(
            n(),
            "HCMC – An electric scooter plant able to turn out 1.5 million units a year will rise in the Nghi Son Economic Zone, Thanh Hoa Province, after Lam Hong E-Mobility got the nod for an investment of more than VND11.8 trillion.",
            "2026-03-04",
            "ministry",
            [
                E,
                "dateline_province",
                "object_first",
                "licence_without_grantor",
                "trillion_dong",
                "english_zone_no_location",
                "capacity_no_count",
                "approx",
            ],
            provinces=[pv("Hồ Chí Minh"), pv("Thanh Hóa")],
            firms=[f("Lam Hong E-Mobility")],
            money=[m(11.8 * 1000 * B, "VND", approx=True)],
            deals=[deal("investment", ["Lam Hong E-Mobility"], 11.8 * 1000 * B, TH)],
            events=[
                ev("investment_licence", [F("Lam Hong E-Mobility")], 11.8 * 1000 * B, "VND", TH, "licensed")
            ],
        ),
        h(
            n(),
            "The investment registration certificate went to Lam Hong E-Mobility JSC from the Nghi Son Economic Zone and Industrial Parks Management Board, the provincial newspaper reported.",
            "2026-03-04",
            "ministry",
            [E, "licence_by_zone_board", "object_first", "board_grantor", "foreign_legal_form"],
            firms=[f("Lam Hong E-Mobility", "JSC")],
            organizations=["Nghi Son Economic Zone and Industrial Parks Management Board"],
            deals=[deal("investment", ["Lam Hong E-Mobility"], None, TH)],
            events=[
                ev(
                    "investment_licence",
                    [
                        G("Nghi Son Economic Zone and Industrial Parks Management Board"),
                        F("Lam Hong E-Mobility"),
                    ],
                    None,
                    None,
                    TH,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Electric motorcycles and electric bicycles will both come off its lines, on over 58 hectares in lots CN2 and CN3.",
            "2026-03-04",
            "ministry",
            [E, "lot_codes_nothing", "area", "approx", "no_event"],
            areas=[ha(58, True)],
            events=[],
        ),
    ]
    # --- English: a foreign copy of a Bloomberg item on a battery-pack plant's construction start (S18 r3) ---
    rows += [
        h(
            n(),
            "Construction has begun on a battery pack factory in the central province of Ha Tinh that Vietnamese electric scooter maker Lam Hong E-Mobility will use to supply its scooters and buses.\n\nThe first phase, with 90,000 lithium packs a year on 7 hectares, is costing more than 3.6-trillion dong (roughly R2.5-billion), parent Lam Hong Group said on Sunday.",
            "2021-12-13",
            "ministry",
            [
                E,
                "foreign_copy",
                "groundbreaking",
                "passive",
                "object_first",
                "rand_conversion",
                "trillion_dong",
                "parent_as_source",
                "capacity_no_count",
                "weekday_no_date",
                "approx",
                "area",
                "multiline",
            ],
            firms=[f("Lam Hong E-Mobility"), f("Lam Hong Group")],
            provinces=[pv("Hà Tĩnh")],
            money=[m(3.6 * 1000 * B, "VND", approx=True), m(2.5 * B, "ZAR", approx=True)],
            areas=[ha(7)],
            deals=[deal("groundbreaking", ["Lam Hong E-Mobility"], 3.6 * 1000 * B, HT)],
            events=[ev("groundbreaking", [F("Lam Hong E-Mobility")], 3.6 * 1000 * B, "VND", HT, "started")],
        ),
        h(
            n(),
            "Cells will follow in a second phase, for which the company gave no date.\n\nBloomberg News",
            "2021-12-13",
            "ministry",
            [
                E,
                "foreign_copy",
                "ordinal_no_count",
                "agency_credit_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- English: a wire service on the Chinese group's plant opening (S18 r4) ---
    rows += [
        h(
            n(),
            "Vietnam plant to anchor Xinlu's Southeast Asia push\n\nThe 97-million-USD smart electric motorbike plant that Xinlu opened in Bac Ninh province. (Photo: VNA)",
            "2026-03-06",
            "ministry",
            [
                E,
                "headline",
                "caption",
                "inauguration_with_capital",
                "object_first",
                "possessive_firm",
                "agency_credit_nothing",
                "region_no_location",
                "multiline",
            ],
            firms=[f("Xinlu")],
            provinces=[pv("Bắc Ninh")],
            money=[m(97 * M, "USD")],
            deals=[deal("investment", ["Xinlu"], 97 * M, BN)],
            events=[ev("inauguration", [F("Xinlu")], 97 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Hanoi (VNA) – Home buyers first, then neighbouring countries: that is the order in which the new Bac Ninh plant of Chinese two-wheeler maker Xinlu will serve markets, Lu Zhenhua, General Director of Xinlu Vietnam, said in an interview with the Vietnam News Agency.",
            "2026-03-06",
            "ministry",
            [
                E,
                "agency_dateline_province",
                "plant_as_subject_no_deal",
                "person_role_after",
                "foreign_unit_vietnam_dropped",
                "adjective_no_country",
                "no_event",
            ],
            provinces=[pv("Hà Nội"), pv("Bắc Ninh")],
            firms=[f("Xinlu")],
            persons=[per("Lu Zhenhua", "General Director of Xinlu Vietnam")],
            events=[],
        ),
        h(
            n(),
            "Lu said the company is playing a long game, putting market share ahead of quick profit; at full capacity the plant will make two million vehicles a year.",
            "2026-03-06",
            "ministry",
            [E, "reported_speech", "capacity_no_count", "surname_no_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: battery swapping for two-wheelers: a research page, a machine-translated wire copy, a motoring
    # site and a donor's story page (S20 r1-r4) ---
    rows += [
        h(
            n(),
            "Vietnam — For apartment dwellers who cannot plug in at home, the swap network that Lam Hong E-Mobility launched with its Vela S scooter is the answer in a market of 45 million motorbikes.",
            "2025-10-30",
            "ministry",
            [E, "research_page", "network_plan_no_deal", "product_name_nothing", "count", "no_event"],
            firms=[f("Lam Hong E-Mobility")],
            quantities=[c(45 * M, "motorbikes")],
            events=[],
        ),
        h(
            n(),
            "Indonesia, with 95 million motorbikes, along with Thailand and the Philippines, could follow if the model works.",
            "2025-10-30",
            "ministry",
            [E, "research_page", "country", "count", "no_event"],
            locations=[country("Indonesia"), country("Thailand"), country("Philippines")],
            quantities=[c(95 * M, "motorbikes")],
            events=[],
        ),
        h(
            n(),
            "Is signed, writes Vietnam News, a memorandum of understanding of LP-Chrage with Minh Khang Retail, for to put columns of charge and armoires of exchange batteries for the motorini electric in the shops Minh Khang.",
            "2025-08-30",
            "ministry",
            [
                E,
                "machine_english",
                "foreign_copy",
                "mou_signed",
                "typo_name_as_written",
                "chain_brand_no_firm",
                "outlet_nothing",
            ],
            firms=[f("LP-Chrage"), f("Minh Khang Retail")],
            deals=[deal("mou", ["LP-Chrage", "Minh Khang Retail"])],
            events=[ev("mou", [F("LP-Chrage"), F("Minh Khang Retail")], None, None, None, "signed")],
        ),
        h(
            n(),
            "The 34 provinces where LP-Charge counts already 140,000 points of charge will see also the armoires, beginning from more than 550 points in November 2025.",
            "2025-08-30",
            "ministry",
            [E, "machine_english", "foreign_copy", "count", "approx", "no_event"],
            firms=[f("LP-Charge")],
            quantities=[c(34, "provinces"), c(140000, "points of charge"), c(550, "points", True)],
            events=[],
        ),
        h(
            n(),
            "Of all the players, Lam Hong E-Mobility has the biggest target, 120,000 battery swapping stations; 800 went up in October 2025 and 40,000 should be in place by December.",
            "2025-12-30",
            "ministry",
            [E, "motoring_site", "network_plan_no_deal", "count", "count_without_noun_none", "no_event"],
            firms=[f("Lam Hong E-Mobility")],
            quantities=[c(120000, "battery swapping stations")],
            events=[],
        ),
        h(
            n(),
            "Couriers are the core users of the 85 stations Sao Xanh Motors has run since April 2023.",
            "2025-12-30",
            "ministry",
            [E, "motoring_site", "count", "no_event"],
            firms=[f("Sao Xanh Motors")],
            quantities=[c(85, "stations")],
            events=[],
        ),
        h(
            n(),
            "A Lam Hong swap cabinet beside a bus stop in Hanoi. Photo: Minh Duc\nThe cabinets LP-Charge placed in Ngoc Lan and Minh Khang Retail shops under its earlier memorandums with the two retailers are wired up, but will only start swapping when new scooter models arrive in early 2026.",
            "2025-12-30",
            "ministry",
            [E, "caption", "photo_credit_person", "recalled_mous", "deal_no_event", "multiline"],
            firms=[f("Lam Hong"), f("LP-Charge"), f("Ngoc Lan"), f("Minh Khang Retail")],
            provinces=[pv("Hà Nội")],
            persons=[per("Minh Duc", None)],
            deals=[
                deal("mou", ["LP-Charge", "Ngoc Lan"]),
                deal("mou", ["LP-Charge", "Minh Khang Retail"]),
            ],
            events=[],
        ),
        h(
            n(),
            "Honda's dealers (HEAD) will get swap cabinets of their own from early 2026, after Honda Vietnam showed the system in Ho Chi Minh City.",
            "2025-12-30",
            "ministry",
            [
                E,
                "motoring_site",
                "product_launch_no_deal",
                "foreign_unit_vietnam_dropped",
                "possessive_firm_first",
                "acronym_nothing",
                "no_event",
            ],
            firms=[f("Honda")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Swapping Gas for Batteries\n\nLe Huu Khang, co-founder and CEO of Sao Xanh Motors, thinks cheap scooters with shared batteries are what delivery riders and commuters need.",
            "2024-09-18",
            "ministry",
            [E, "donor_story_page", "headline_lead", "person_role_after", "multiline", "no_event"],
            persons=[per("Le Huu Khang", "co-founder and CEO of Sao Xanh Motors")],
            firms=[f("Sao Xanh Motors")],
            events=[],
        ),
        h(
            n(),
            '"I lose two minutes, not two hours," says delivery rider Do Minh Sang of Hai Phong.',
            "2024-09-18",
            "ministry",
            [
                E,
                "donor_story_page",
                "quote_first",
                "person_role_before",
                "durations_no_count",
                "unaccented_province",
                "no_event",
            ],
            persons=[per("Do Minh Sang", "delivery rider")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
    ]
    return rows
