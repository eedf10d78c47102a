# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 124 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: textile and garment machinery, yarn, fabric dyeing and the suppliers of
fibres and accessories (spinning, weaving and dyeing mills, polyester and recycled fibre plants, dye chemicals, cotton
imports, zippers, buttons and labels, and the machinery fairs). Written and annotated for every field BEFORE any tagger
was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section
comments: S1 "máy dệt máy kéo sợi nhập khẩu doanh nghiệp dệt may đầu tư dây chuyền", S2 "nhà máy sợi polyester xơ sợi
tổng hợp vốn đầu tư triệu USD", S3 "khánh thành nhà máy nhuộm vải khu công nghiệp", S4 "nhà máy sản xuất khóa kéo YKK
Việt Nam mở rộng", S5 "nhà máy sản xuất cúc áo nút nhựa phụ liệu may mặc đầu tư", S6 "nhãn dệt nhãn in thẻ bài phụ liệu
may nhà máy khu công nghiệp", S7 "máy may công nghiệp Juki Brother nhà máy Việt Nam", S8 "hội chợ triển lãm máy móc thiết
bị ngành dệt may VTG SaigonTex", S9 "Sợi Thế Kỷ nhà máy sợi doanh thu mở rộng công suất", S10 "dệt nhuộm hoàn tất vải tăng
vốn đầu tư doanh nghiệp Trung Quốc khu công nghiệp", S11 "nhập khẩu bông xơ ký hợp đồng mua bông Mỹ doanh nghiệp sợi Việt
Nam", S12 "Tổng công ty dệt may khởi công nhà máy dệt kim nhuộm hoàn tất", S13 "thuốc nhuộm hóa chất dệt nhuộm nhà cung
cấp thị trường Việt Nam", S14 "xơ sợi viscose tái chế nhà máy hợp tác thương hiệu thời trang", S15 "công ty sợi niêm yết
phát hành cổ phiếu huy động vốn xây nhà máy sợi mới", S16 "doanh nghiệp Hàn Quốc đầu tư nhà máy sợi nylon spandex Việt
Nam khu công nghiệp", and in English S17 "Vietnam yarn spinning mill investment foreign company million", S18 "zipper
button label manufacturer Vietnam factory expansion", S19 "textile machinery exhibition Vietnam dyeing equipment
suppliers", S20 "Vietnam fabric dyeing plant licence polyester fibre producer". No sentence is taken or paraphrased from
a page; the shapes are. Firm, plant, park-developer and person names are invented (Vestaloop, Westmoor Apparel and its
Honduran plant, Emberly / Emberly International Group and the Yi Hoa Denim Mill, Daerim Textile, Phát triển Công nghiệp
Tân Định Phát, HLTex / HLTEX / Hai Long Petrochemical and Textile Fibre JSC and its Cát Hải plant, Colorchem Pacific, Dệt
Thịnh An and its Sunweave mill, Sợi Phúc Khang (PKY) / Phúc Khang and its unit Sợi Dệt Nhuộm Khangtex, Dệt may Vạn
Ninh, Dệt Hưng Thịnh, Dệt Nhuộm Hòa Khánh, Dệt Sen Vàng, Fibrona, Vải Xanh Kết Nối (GreenLink), Everfine Textile, May mặc
Phương Nam Xanh, Vải sợi An Phú Thịnh, Daesung / Daesung Fibers / Daesung Đồng Nai Nylon, Hanwool, Sợi Kyungil, Hoshimura
/ Hoshimura Fastening Corporation and the headline typo HKK, Hengtai Accessories and Hengtai Group, Kenbridge, Prime Weave
and Aozora Group, Far Horizon Polytex, Anadolu Iplik Tekstil, Harrowgate, Kreutzer Anlagenbau, Brenner Textilmaschinen,
Sunil Looms, Kotex Machinery, Huafang, Jinsheng, Vietnam Trade Fair and Advertising JSC, Linkers Trade & Marketing
Service, the journal's authors, every official, chairman, founder, planner, byline, photographer, translator and user
handle); well-known names (Vinatex / Tập đoàn Dệt may Việt Nam / the Vietnam National Textile and Garment Group,
Petrovietnam / the Vietnam National Oil and Gas Group, Formosa, Vinfast, Patagonia, the brands Owen, Yody and Ivy moda,
Vitas / Hiệp hội Dệt may Việt Nam, VCOSA, AGTEK, Hội đồng Bông Mỹ, BGMEA, VCCI, VDMA, Bộ Công Thương, Tổng cục Hải quan,
the parks Rạng Đông, Cây Trường, Nam Đình Vũ, Xuyên Á, Phước Đông, Thành Thành Công, Trảng Bàng, Bảo Minh, Long Đức and
Nhơn Trạch 2, and the fairs VTG, VitaTex, VFM, DYECHEM and SaigonTex) appear only in sentences of our own, with figures,
dates and places changed.

What the sample looked like (80 result slots; a trade magazine's two short video pages came back 8 times, a journal
article on a document store in broken OCR 7 times, a yarn maker's story and a zipper maker's second plant several times
each, and English searches returned mostly the same few stories): 7 slots were spam (a Polish slug, a kuwin lottery
salad with run-together words, an unaccented detergent salad, a dictionary category, an accessory-clamp site
carrying an English polyester-plant item with product lines and a garbled amount, a payday-loan domain carrying a spun
copy of a textile FDI story with "Lire la suite", and a Vietnamese-language spam domain carrying a party site's fair
story); 15 were tag, title, hashtag and caption pages (an FDI-statistics one-liner, a Nordic recycler's wish and its
announced plant on two tag pages, two one-word tags, a US apparel group relocating from Central America, a labelling
circular's title, an ebook tag, a Hong Kong group's proposal with its working session, a broadcaster's dyeing tag with
three blurbs (twice), a university tag with a timestamp and explainer, a stock tag on a chairman's two projects, a
Korean group's land lease with a park developer, a dataset caption); 8 were the two video pages (headline, lead, byline,
"Video khác"; a print view); 9 were documents and explainers (the OCR article seven times with caps authors, footnote
marks and citations, an internship report's preview with its page count and a table of contents with dotted leaders
and broken diacritics, a label printer's bullet explainer); 20 were Vietnamese news (an EPC headline for a polyester
plant naming only its investor; a Malaysian chemicals plant opening in Long An with its capital and investor rank; a news
agency's photo page on a weaving mill's groundbreaking with its credit; four fairs opening at once; a yarn maker's
subsidiary opening a yarn and fabric plant on a social property site with member chrome, a caption, the capital, the
phase-1 spend and a recalled plant; the same maker's AGM with a plant in operation, a planned top-up, orders by country
and revenue; its value-added yarn with a chairman's quote and prices per kg; "big money into yarn" with a state mill's
spending on spindles, its chairman's targets and the maker's groundbreaking; three stories on US cotton with customs
figures, an association chairman, the cotton council's chairman and a bonded-warehouse proposal; a woven-fabric mill
opening in Nam Định with a caption, a deputy minister and a recalled groundbreaking; a pineapple-leaf fibre founder; a
firm-firm strategic cooperation on recycled fabric with its memorandum terms and CEO quote; a fibre maker's brand list
and merger history; securities news on a private placement, a planned groundbreaking before listing, and AGM papers; a
Korean spandex maker's bio-chemical plant licensed by a province; Korean groups' footwear groundbreaking, a recalled
top-up and an expansion licence); 2 were Japanese pages (a Korean fibre maker's capital into its Đồng Nai unit after a
fire; a zipper maker's phase 3; read for their shapes and rendered here in Vietnamese); 19 were English (the zipper
maker's second plant told by an international edition with chrome, tags and "Read more", a Japanese daily, a business
daily with a typo in the headline and market figures, a sourcing site's planned $-investment and a Japanese wire's
feature with a quote and a yen budget, each twice or more; a wire service's fair story with a caption and organisers; a
radio service's fair preview twice; a German machinery show with a paywall line; an army paper's fair item with a
translator; a mill's repost of radio copy on a fair; a spun FDI story with a groundbreaking, a dyeing plant under way, a
licence and a desk credit; a fashion portal's half-year licences with chrome; a trade site on restarting a state
polyester plant; a fibre portal on its output, shareholders and German technology twice; a Chinese site's machine
translation with broken lines). About 30 of the 80 slots told a deal or an event with a named party (openings 9 counting
retellings, announced plants and budgets 8, licences 5, groundbreakings 5, recalled plants and spending 4, one lease,
one strategic cooperation memorandum, investor lines 2), several of them the same story; wishes, a proposal and a
relocation came up too. No supply contract with named parties, no machinery purchase contract, no acquisition and no
joint-venture signing came up in any first four (the cotton, dye-chemical, button and sewing-machine searches returned
statistics, explainers, spam and the OCR article), so the batch has none.

Rows: 160 (hand-37601 to hand-37760); 38 carry a deal or an event (24%): 30 events (11 investment announcements, 9
inaugurations, 4 groundbreakings, 4 investment licences, 1 cooperation, 1 MoU) and 34 `deals` entries (28 investment, 4
groundbreaking, 1 cooperation, 1 mou); 8 rows hold only deals without events (hand-37606 and 37633 investor lines,
37636 an investor line after an opening, 37653 a subsidiary's project line, 37655 a recalled plant, 37664 a recalled
spending, 37707 a recalled top-up, 37726 a plant's worth in an English row after its opening) and 6 an event without a
deal (openings without capital: 37635, 37652, 37684, 37725, 37729, 37759). 122 rows are negatives and other fields. By
page kind: 10 rows of spam and spam domains carrying copy (37601-37609, 37650; 2 with a deal or event), 13 of tag, title
and caption pages (37610-37622; 3), 15 of the OCR article, the internship report and the explainer (37623-37630,
37641-37647; 0), 2 of the video pages (37631-37632; 0), 79 of Vietnamese news (37633-37640, 37648-37649, 37651-37708,
37713-37723; 18), 4 of the Japanese pages rendered in Vietnamese (37709-37712; 2) and 37 of English news (37724-37760;
13); 41 rows are English (`english_copy`, 26%, counting 37605-37607 and 37622). 9 rows are stored in NFD (hand-37617,
37635, 37652, 37658, 37667, 37673, 37676, 37680, 37706); 6 use old tone placement (37615 "hoá", 37635 "hoá chất",
37640 "tự động hoá", 37679 "Thanh Hoá", 37680 "thoả thuận", 37704 "minh hoạ"); 54 hold several lines (headlines and
leads, page and social-site chrome, captions, bylines, related links, tags, tables of contents, teaser lists).

Own wording: every row was drafted from the start in its own order and wording (amount-first, object-first, passive,
reported speech, split rows) with changed figures, names, dates and places, and no page was open while a row was
written; on review against the notes taken from the sampled pages, two drafts were rewritten again because they still
kept a page's clause order (the FDI-statistics tag line, 37610, and the machine translation's headline, 37759, whose
first draft kept the page's own title), and one row lost its firm (37723, a schedule line) so as not to read as a new
project line. Dropped: two English drafts (a rendering of the zipper item's reasons and the machine translation's
related-reading list) to keep the English share near the sample's; a "new total" clause in the Korean expansion licence
(37708) was taken out because only a result ranked 8 (S17 r8) gave that shape. Nothing was used from ranks 5-8, among
them: a Quảng Ninh spinning park's trial run and a cross-province spinner's figures (S1 r5, S2 r5), the broadcaster's
dyeing tag again (S1 r6, S3 r6), a machinery market feature with a cutting-machine seller (S1 r7), a localisation essay
(S1 r8), the Tây Ninh yarn-plant story on the social site and two state groups' polyester plant (S2 r6-r7, S17 r5), a
Chinese spinner looking for local partners (S2 r8), a Bình Dương weaving joint venture's groundbreaking (S3 r5), a coastal
park's dyeing project (S3 r7, S10 r5), video pages, spam, ebook tags and a knitwear paper (S3 r8, S5 r5-r8, S6 r8, S7
r5-r8, S10 r6, S13 r5-r8), Japanese and English tellings of the zipper plant (S4 r5-r8, S18 r5-r7), label articles (S6
r5-r7), fair stories in English, French and Italian (S8 r5-r8, S19 r5-r8), a cable maker's plant page, a bank-financed
spinning project, a yarn-maker interview and a tag (S9 r5-r8), a knitwear group's full-chain plant and a Polish slug (S10
r7-r8), more cotton stories (S11 r5-r8), a state group's textile cluster, a Vinatex headline and the photo page again
(S12 r5-r8), recycled-fibre features and a Swedish viscose method (S14 r5-r8), ESOP and stock-dividend news and a
securities paper (S15 r5-r8), a Korean conglomerate profile, its carbon-fibre wish and an FDI feature (S16 r5-r8), a
consultancy repost, an FDI round-up and a Bangladeshi site's FDI feature (S17 r6-r8), a Chinese button town (S18 r8),
and the polyester plant's exports, a second trade telling and the state joint venture (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-121 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence is an investment deal and an investment_licence event "licensed", the granting body a
government party as written, sited in the plant's province; a named firm's plan, budget, plant under construction or
planned groundbreaking is an announced investment, undated; wishes ("muốn rót"), proposals at working sessions,
relocations, negotiations, alliances without partners, shareholdings, capital raises and share placements give no deal;
an opening with its capital is an investment deal and an inauguration "completed" (dated with its day), without capital
the event only, a first batch of output an opening (batch 47); a held groundbreaking is a groundbreaking deal and event
"started"; recalled plants, openings, spending and top-ups, project lines ("Dự án của X có tổng vốn") and investor lines
("X làm chủ đầu tư", "X alone funds") are deals without events; a firm-firm "thỏa thuận hợp tác" is an mou deal and a
signed event; a lease with a park developer is a cooperation deal and event with the developer first (batch 87); a
plant named by its brand is no firm, a headline naming only the brand no event (batch 87); vague amounts are none;
"khoảng", "chừng", "gần", "hơn", "xấp xỉ", "quanh", "trên", "about", "some", "roughly", "almost", "close to", "more
than", "over", "estimated" are approximate; money per unit keeps its unit ("USD/kg", "đồng/cp", "mỗi năm"); bracketed
conversions are both money, the deal's amount the first written; capacities, tonnages, spindles, distances, durations,
ordinals, page counts, counts in words and counts without a noun are no counts, English counts keep their English noun;
m2 and ha are areas; Vietnamese legal forms are normalised ("Công ty cổ phần", "CTCP" -> "Công ty CP"), foreign ones
kept as written ("JSC", "Co.", "Co Ltd", "Co., Ltd", "Inc", "Company Limited" -> "Co., Ltd."), "Group" and "Corporation"
stay in the name, "Việt Nam"/"Vietnam" and "(Việt Nam)" are dropped from a foreign subsidiary's name, a bracketed
acronym is no second firm, one firm written bare and with its form in one row is one entry; Vietnamese country words
("Mỹ" after a noun, "(Hàn Quốc)", "Đài Loan (Trung Quốc)" both, "Hồng Kông") and English country nouns and possessives
("Japan's", "Taiwan", "Germany's") are countries, English adjectives ("Japanese", "Turkish-owned", "British-owned") and
"Việt Nam"/"Vietnam" none, a country inside an organisation's or a firm's name none; regions, blocs and foreign cities
("miền Bắc", "Đông Nam Á", "Nam Á", "EU", "Ulsan") nothing; parks written in Vietnamese are locations (KCN expanded),
English parks none; districts need "huyện"/"quận"; venues are no organisations; full-name bylines, photo credits and
translators are persons without role, initials ("T.H"), user handles, outlets and agencies ("TT", "VTV.vn", "TTXVN",
"BNEWS", "(VOVWORLD)", "PANO", "NNA", "Nikkei Asian Review", "The Korea Herald", "SGGP") nothing; a role keeps its text
as written ("Chủ tịch HĐQT công ty", "company director", "production planner at Hoshimura"); tickers and index points
nothing; old tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Two tag pages on one plan (37611, 37612): "Tập đoàn X (Thụy Điển) muốn rót từ 600 triệu đến gần 900 triệu USD vào
  Quảng Ngãi" is a wish (batch 35), money, country and province only; "X đầu tư 900 triệu USD vào Quảng Ngãi, dựng tổ hợp
  ..." is an announced investment sited in Quảng Ngãi. Each row follows its own verb.
- A US apparel group closing a plant abroad to move its orders to Việt Nam (37614) is a relocation: firm and countries,
  no deal (batch 119); the Honduran plant's name is no firm.
- An EPC headline whose lead names only the investor ("Ký hợp đồng EPC dự án Nhà máy ... / Nhà máy do HLTex làm chủ đầu
  tư, tổng mức đầu tư 298,6 triệu USD ... tại KCN Nam Đình Vũ, Hải Phòng", 37633) gives no supply contract (one party)
  and HLTex's investor line: a deal without event sited in Hải Phòng. The English spam copy "HLTex alone funds the
  project, whose total investment comes to USD 2986 million" (37606) is an investor line with the garbled amount as
  written.
- An opening told in two rows (37635-37636): the lead "vừa khánh thành nhà máy ... tại KCN Xuyên Á, huyện Đức Hòa, tỉnh
  Long An" is the inauguration without capital; the next row's "vốn 3,2 triệu USD ...; X là nhà đầu tư thứ 31 trong số 58
  doanh nghiệp" is an investor line without event or site; "thứ 31" is an ordinal, "58 doanh nghiệp" a count.
- A yarn maker's plant opening with its subsidiary (37652-37655, 37684): the parent's ribbon-cutting is the inauguration
  without capital; "Dự án của Công ty TNHH Khangtex, công ty con do Phúc Khang sở hữu 100%, có tổng vốn 2.950 tỷ đồng" is
  the subsidiary's project line (deal without event); "Khangtex đã xong giai đoạn 1 và đưa nhà máy vào vận hành" a start
  of operation without capital or site; "Từ năm 2010, Phúc Khang đã có một nhà máy ... ở KCN Trảng Bàng" a recalled
  plant; the phase-1 spend without a firm is money only.
- An AGM line with two plants (37658): "Nhà máy Trảng Bàng 5 của Phúc Khang, vốn 688 tỷ đồng, đã chạy máy từ tháng 8 năm
  ngoái" is a recalled opening (deal without event), "năm nay doanh nghiệp sẽ rót thêm 265 tỷ đồng cho Trảng Bàng 6" an
  announced investment of the same firm; plant names give nothing.
- "Năm 2013, Công ty cổ phần X chi xấp xỉ 75 tỷ đồng lắp thêm 14.000 cọc sợi" (37664) is a recalled spending, a deal
  without event; spindles are capacity, no count; the maker's groundbreaking "Đầu tháng 5" in the same story (37666) is a
  started groundbreaking without date, while the securities page's "dự kiến làm lễ động thổ ... vào ngày 06/05" (37698)
  is an announced investment without amount (the amount comes in the next row without the firm, 37699: money only).
- A province granting a licence ("vừa được tỉnh Bà Rịa - Vũng Tàu cấp phép", 37703; "tỉnh Bình Dương cấp phép cho dự án
  mở rộng của Công ty TNHH X Việt Nam, với vốn đầu tư tăng thêm 38 triệu USD", 37708) names "tỉnh ..." as the government
  party (batch 95's province actor); the headline's amount is the licence amount; "The Korea Herald" is an outlet.
- A foreign maker's capital into its local unit after a fire ("đã rót 142,6 tỷ won (khoảng 16,1 tỷ yen) vào pháp nhân
  Daesung Đồng Nai Nylon để xây thêm nhà máy", 37709) is the maker's announced investment in KRW without site (the
  province inside the unit's name is no mention); yen is JPY.
- A firm-firm "thoả thuận hợp tác chiến lược" (37680) is an mou deal and signed event dated with its day; the next rows'
  memorandum terms (37681, 37722: "GreenLink sẽ là đơn vị phân phối vải sợi ... của Everfine") give no second deal, and
  a merger history (37694) none; a customer-brand list (37683) gives the brands as firms and no deal.
- Share placements, prices and dividends (37695-37702, 37713, 37715): "12 triệu cổ phiếu" is a count, "26.800 đồng/cp"
  money per "cp", "26.800 đồng" and "24.300 đồng" plain money; "mang về ít nhất 321,6 tỷ đồng để góp vào công ty con
  Khangtex" is a conditional capital injection, no deal.
- Zipper maker (37724-37735, 37711-37712): "began production at its second Vietnamese plant, in ... Ha Nam, on September
  24" without capital is an inauguration (no deal); "put $47.6 million into the facility" in the next row a deal without
  event; "set up the plant in ... Ha Nam province, with a total investment of $47.6 million; it began operating on
  September 24" an investment deal dated 2019-09-24 and an inauguration; "is reportedly set to invest $76 million in its
  Vietnamese plant" and "is building a second plant, in Ha Nam Province" announced investments; a headline typo "HKK" is
  kept as a firm mention; "The group will spend 21.6 billion yen ... in Asia" no deal (no site in Việt Nam named).
- Spun English copy (37607, 37746-37749) is read as what it garbles: "was opened in April ... by Hengtai Accessories
  (Vietnam) Company Limited" an inauguration with capital; "began development late last month of a ... plant" a
  groundbreaking; "Additionally beneath manner is a $188-million ... facility of X" an announced investment; "An funding
  license was handed in January to Hong Kong's X" a licence without grantor or site; the spun "Vietnam Textile and Attire
  Affiliation" is an organisation as written.
- "Taiwan-owned X has won a licence" (37750) gives Taiwan as a country (a country noun, as "-based" does, batch 87);
  "Turkish-owned", "British-owned" give none; "Another $650 million to $900 million is planned for phase two" without a
  firm is money only; "X is building a $640 million yarn mill" an announced investment, "Y Vietnam has a $290 million
  project" a project line (37751).
- A machine translation (37759-37760): "the ... factory, which ... (HLTEX) invest, turned out ... first batch" is an
  inauguration without capital (batch 47's first output); "HLTEX has started investing about 120 billion Dong Dong in Ting
  Wu ... Build Phu Bai fiber factory" an announced investment in VND without site (garbled places nothing).
- Shareholdings and technology sources ("78 percent held by Petrovietnam and 22 percent by Vinatex"; "technology from
  Germany's X and spinning lines from Y", 37756-37757) give firms and percentages, no deal; "HLTex is now working with
  Vinatex on further plants" (37758) is an ongoing partnership, no deal.
- The OCR article (37623-37626, 37641-37645) is read as a careful reader would: "Ân Độ" is the country Ấn Độ, caps authors
  are persons in title case, footnote affiliations ("* Trường Đại học Kinh tế Quốc dân") organisations, surnames in
  citations no persons, "(BGMEA, 2020)" the organisation, "Bộ Dệt may Ấn Độ" an organisation with no country location
  (the country named on its own in the row is one).
- Counts: "12 triệu cổ phiếu" and "2,8 triệu cổ phiếu" are counts; "Thêm 2 dự án lớn" counts "dự án lớn"; "hai phần
  ba", "một phần năm", "gấp 2,4 lần", "ba nhà máy", "bốn triển lãm" are none; "8,1 triệu cọc sợi", "7.4m" spindles, "32
  triệu mét vải", "40.000 tấn/năm" none.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_124(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    NDi = cur("Nam Định")
    HNa = cur("Hà Nam")
    TNi = cur("Tây Ninh")
    LA = cur("Long An")
    HP = cur("Hải Phòng")
    BDg = cur("Bình Dương")
    DNai = cur("Đồng Nai")
    QNg = cur("Quảng Ngãi")
    TH = cur("Thanh Hóa")
    BRVT = cur("Bà Rịa - Vũng Tàu")

    ids = iter(range(37601, 37601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword slugs and salads, spam domains carrying copy (S7 r1, S7 r4, S13 r1, S13 r3, S2 r3, S17 r2,
    # S8 r3: 7 of the 80 slots) ---
    rows += [
        h(
            n(),
            "máy kéo sợi con nhà máy suốt chỉ chứng chỉ tiêu hao đặc biệt chi phí trung tâm ống sợi",
            "2023-04-02",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xsmt thứ năm hôm naysoi cầu lô kép đẹpcách luồn chỉ máy may công nghiệp",
            "2024-06-13",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thuoc nhuom vai soi bong cong thuc cac buoc quy trinh nguyen lieu hoa chat nhuom hoat tinh gia re",
            "2022-08-19",
            "ministry",
            ["spam_line", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bột tẩy trắng vải cotton từ điển các loại cây nhuộm màu tự nhiên",
            "2022-10-04",
            "ministry",
            ["spam_category", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vietnam's Cat Hai polyester fibre plant nears completion\nHai Long Petrochemical and Textile Fibre JSC (HLTex) said its polyester fibre plant in Nam Dinh Vu industrial zone, Haiphong City, was almost built, with start-up likely in June and handover to investors in September 2012.",
            "2012-03-14",
            "ministry",
            [
                E,
                "accessory_spam_site",
                "headline_lead",
                "acronym_bracket_not_firm",
                "english_park_no_location",
                "future_start_no_event",
                "multiline",
                "no_event",
            ],
            firms=[f("Hai Long Petrochemical and Textile Fibre", "JSC")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "HLTex alone funds the 14-hectare project, whose total investment comes to USD 2986 million; the partners plan three more fibre mills.\nSpiral Hose Clamp,Worm Drive Clamp for Pipe,Stainless Band Clamp\nFlange Gasket Reducer , http://www.chclampfitting.com",
            "2012-03-14",
            "ministry",
            [
                E,
                "accessory_spam_site",
                "investor_line",
                "deal_no_event",
                "garbled_amount_as_written",
                "product_junk_lines",
                "count_in_words",
                "area",
                "multiline",
            ],
            firms=[f("HLTex")],
            money=[m(2986 * M, "USD")],
            areas=[ha(14)],
            deals=[deal("investment", ["HLTex"], 2986 * M)],
            events=[],
        ),
        h(
            n(),
            "Why payday loans with bad credit are easier than you think\nA six-million-USD bush making clothes equipment was opened in April within the Bim Son Trade Park, north central province of Thanh Hoa, by Hengtai Accessories (Vietnam) Company Limited of the Hengtai Group. Lire la suite",
            "2019-05-21",
            "ministry",
            [
                E,
                "spam_domain",
                "spun_text",
                "inauguration_with_capital",
                "object_first_passive",
                "company_limited_form",
                "vietnam_bracket_dropped",
                "parent_group_mention",
                "english_park_no_location",
                "month_no_day",
                "multiline",
            ],
            firms=[f("Hengtai Accessories", "Co., Ltd."), f("Hengtai Group")],
            provinces=[pv("Thanh Hóa")],
            money=[m(6 * M, "USD")],
            deals=[deal("investment", ["Hengtai Accessories"], 6 * M, TH)],
            events=[ev("inauguration", [F("Hengtai Accessories")], 6 * M, "USD", TH, "completed")],
        ),
        h(
            n(),
            "(Thanhuytphcm.vn) – Sáng 14/9, ba triển lãm quốc tế về máy dệt may, nguyên phụ liệu dệt và hóa chất nhuộm cùng mở cửa ở quận 7, TPHCM, với 230 doanh nghiệp đến từ 17 quốc gia và vùng lãnh thổ như Đức, Ấn Độ, Thổ Nhĩ Kỳ, Hàn Quốc, Đài Loan (Trung Quốc).",
            "2022-09-15",
            "ministry",
            [
                "spam_domain_news_copy",
                "outlet_bracket_nothing",
                "fair_opening",
                "count_in_words",
                "count",
                "country_list",
                "district",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(230, "doanh nghiệp"), c(17, "quốc gia và vùng lãnh thổ")],
            locations=[
                district("quận 7"),
                country("Đức"),
                country("Ấn Độ"),
                country("Thổ Nhĩ Kỳ"),
                country("Hàn Quốc"),
                country("Đài Loan"),
                country("Trung Quốc"),
            ],
            events=[],
        ),
        h(
            n(),
            "Hiệp hội Bông sợi Việt Nam (VCOSA) và Hiệp hội Dệt May Thêu Đan TP.HCM (AGTEK) đứng ra tổ chức chuỗi hội thảo bên lề, trong đó có phiên “Sợi tái chế và bài toán xuất xứ”. Theo Tập đoàn Dệt may Việt Nam (Vinatex), thị phần...",
            "2022-09-15",
            "ministry",
            [
                "spam_domain_news_copy",
                "org_acronym_bracket",
                "province_in_org_name",
                "acronym_bracket_not_firm",
                "cut_off",
                "no_event",
            ],
            organizations=["Hiệp hội Bông sợi Việt Nam", "Hiệp hội Dệt May Thêu Đan TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Dệt may Việt Nam", "Tập đoàn")],
            events=[],
        ),
    ]
    # --- Tag, title, one-liner and caption pages (S1 r4, S2 r1, S2 r4, S5 r1, S5 r4, S6 r1, S6 r3, S7 r3, S10 r3,
    # S10 r4, S12 r2, S14 r1, S15 r2, S16 r4, S17 r3) ---
    rows += [
        h(
            n(),
            "ngành dệt\n\n6,3 tỷ USD vốn ngoại, từ 29 quốc gia và vùng lãnh thổ, đã chảy vào khâu sợi, dệt và nhuộm trong giai đoạn 2015 - 2020.",
            "2021-03-08",
            "ministry",
            ["tag_page", "section_label", "amount_first", "statistics", "count", "multiline", "no_event"],
            money=[m(6.3 * B, "USD")],
            quantities=[c(29, "quốc gia và vùng lãnh thổ")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Vestaloop (Thụy Điển) muốn rót từ 600 triệu đến gần 900 triệu USD vào Quảng Ngãi để làm nhà máy tái chế sợi polyester.",
            "2025-05-27",
            "ministry",
            ["tag_page", "wish_no_deal", "money_range", "approx", "country_bracket", "no_event"],
            firms=[f("Vestaloop", "Tập đoàn")],
            provinces=[pv("Quảng Ngãi")],
            money=[m(600 * M, "USD"), m(900 * M, "USD", approx=True)],
            locations=[country("Thụy Điển")],
            events=[],
        ),
        h(
            n(),
            "Vestaloop đầu tư 900 triệu USD vào Quảng Ngãi, dựng tổ hợp tái chế vải polyester lớn nhất Đông Nam Á",
            "2025-06-03",
            "ministry",
            ["tag_page", "headline_only", "announced_investment", "short_name", "region_nothing"],
            firms=[f("Vestaloop")],
            provinces=[pv("Quảng Ngãi")],
            money=[m(900 * M, "USD")],
            deals=[deal("investment", ["Vestaloop"], 900 * M, QNg)],
            events=[ev("investment_announcement", [F("Vestaloop")], 900 * M, "USD", QNg, "announced")],
        ),
        h(
            n(),
            "phụ liệu may mặc",
            "2023-02-11",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hãng đồ lót Mỹ tính dồn sản xuất về Việt Nam\nWestmoor Apparel Inc cho biết sẽ khép xưởng Textilera del Valle, cơ sở 35 năm tuổi của hãng ở Honduras, và chuyển toàn bộ đơn hàng sang Việt Nam từ tháng 10.",
            "2023-08-09",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "relocation_no_deal",
                "plant_name_no_firm",
                "country_after_noun",
                "foreign_inc_form",
                "multiline",
                "no_event",
            ],
            firms=[f("Westmoor Apparel", "Inc")],
            locations=[country("Mỹ"), country("Honduras")],
            events=[],
        ),
        h(
            n(),
            "Thông tư số 09/2018/TT-BKHCN hướng dẫn ghi nhãn hàng hoá là sản phẩm dệt may",
            "2022-04-15",
            "legal",
            ["title_page", "old_tone", "circular_no_date", "no_event"],
            decisions=[d("09/2018/TT-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "giáo trình công nghệ kéo sợi và dệt thoi ebook pdf",
            "2021-11-30",
            "ministry",
            ["tag_page", "lowercase", "ebook_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "'Đại gia' dệt Hồng Kông muốn đặt dự án 180 triệu USD ở Nam Định\nSáng 9/3, Tập đoàn Emberly (Hồng Kông, Trung Quốc) làm việc với lãnh đạo UBND tỉnh Nam Định, trình bày đề xuất dự án sợi, dệt và may tại KCN Dệt may Rạng Đông (huyện Nghĩa Hưng).",
            "2023-03-10",
            "provincial",
            [
                "nfd",
                "tag_page",
                "headline_lead",
                "wish_no_deal",
                "proposal_no_deal",
                "country_bracket",
                "district_bracket",
                "multiline",
                "no_event",
            ],
            firms=[f("Emberly", "Tập đoàn")],
            organizations=["Ủy ban nhân dân tỉnh Nam Định"],
            provinces=[pv("Nam Định")],
            money=[m(180 * M, "USD")],
            locations=[
                country("Hồng Kông"),
                country("Trung Quốc"),
                park("Khu công nghiệp Dệt may Rạng Đông"),
                district("huyện Nghĩa Hưng"),
            ],
            events=[],
        ),
        h(
            n(),
            "dệt nhuộm\n\nCần khoảng 12 tỷ USD để lấp khoảng trống dệt, nhuộm\nVTV.vn - Con số được nêu tại hội thảo về chuỗi cung ứng dệt may ở Hà Nội chiều 22/4.\n\nThủ tướng duyệt đề án tái cơ cấu Tập đoàn Dệt may Việt Nam giai đoạn 2016 - 2020\nVTV.vn - Đề án đặt mục tiêu giảm dần tỷ lệ vốn nhà nước tại các đơn vị thành viên.",
            "2016-04-25",
            "ministry",
            [
                "tag_page",
                "two_blurbs",
                "outlet_prefix_nothing",
                "role_no_name",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Dệt may Việt Nam", "Tập đoàn")],
            money=[m(12 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "12:40 03/06/2021\nSợi lyocell được kéo từ bột gỗ, thấm hút tốt hơn bông và đang được các xưởng dệt kim ưa chuộng cho hàng mặc sát người...",
            "2021-06-03",
            "ministry",
            [
                "tag_page",
                "university_site",
                "timestamp_line",
                "explainer",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Chủ tịch HĐQT Sợi Phúc Khang hé lộ hai dự án mới: nhà máy sợi màu 12 triệu USD và một dự án sợi xe đang thương lượng tỷ lệ góp vốn với đối tác.\nVN-Index mở phiên đầu xuân ở 1.612,35 điểm, nhiều mã dệt may tăng trần.",
            "2025-02-03",
            "ministry",
            [
                "tag_page",
                "announced_investment",
                "negotiation_no_deal",
                "role_no_name",
                "index_points_nothing",
                "multiline",
            ],
            firms=[f("Sợi Phúc Khang")],
            money=[m(12 * M, "USD")],
            deals=[deal("investment", ["Sợi Phúc Khang"], 12 * M)],
            events=[ev("investment_announcement", [F("Sợi Phúc Khang")], 12 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Tập đoàn Daerim Textile (Hàn Quốc) đã ký hợp đồng thuê 42 ha đất tại KCN Cây Trường, tỉnh Bình Dương, của Công ty CP Phát triển Công nghiệp Tân Định Phát để xây nhà máy kéo sợi và phụ liệu dệt.",
            "2016-07-12",
            "provincial",
            ["tag_page", "one_liner", "lease_cooperation", "developer_first", "country_bracket", "area"],
            firms=[f("Daerim Textile", "Tập đoàn"), f("Phát triển Công nghiệp Tân Định Phát", "Công ty CP")],
            provinces=[pv("Bình Dương")],
            areas=[ha(42)],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Cây Trường")],
            deals=[
                deal("cooperation", ["Phát triển Công nghiệp Tân Định Phát", "Daerim Textile"], None, BDg)
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Phát triển Công nghiệp Tân Định Phát"), F("Daerim Textile")],
                    None,
                    None,
                    BDg,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "The country still lacks foreign money in spinning, dyeing and greige fabric. (Photo: SGGP)",
            "2019-06-30",
            "ministry",
            [E, "dataset_caption", "outlet_credit_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A journal article on a document store in broken OCR (S1 r1, repeated at S5 r3, S6 r4, S7 r2, S10 r2, S11 r1,
    # S13 r2), an internship report's preview (S13 r4), a label printer's explainer (S6 r2) ---
    rows += [
        h(
            n(),
            "KINH NGHIỆM QUỐC TẾ Ngành sợi dệt một số nước Nam Á trước cú sốc nguồn cung: Gợi ý cho Việt Nam1 TRẦN THỊ HỒNG * LÊ QUANG VINH ** PHẠM THU TRANG *** Tóm tắt: Dù xuất khẩu tăng nhanh, dệt may Việt Nam cịn phụ thuộc lớn vào xơ, sợi và vải nhập khẩu, nhất là khi giá cước vận chuyển leo thang",
            "2022-05-17",
            "ministry",
            ["document_store", "broken_ocr", "caps_authors", "footnote_marks", "region_nothing", "no_event"],
            persons=[per("Trần Thị Hồng", None), per("Lê Quang Vinh", None), per("Phạm Thu Trang", None)],
            events=[],
        ),
        h(
            n(),
            "Theo Vitas (2021), tỷ lệ nội địa hóa nguyên phụ liệu mới khoảng 40 - 45%, trong khi chừng hai phần ba lượng xơ sợi vẫn phải nhập từ Trung Quốc, Ân Độ Hàn Quốc",
            "2022-05-17",
            "ministry",
            [
                "document_store",
                "broken_ocr",
                "ocr_country_read",
                "bare_acronym_org",
                "percentage_range",
                "no_event",
            ],
            organizations=["Vitas"],
            percentages=[40, 45],
            locations=[country("Trung Quốc"), country("Ấn Độ"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khái niệm khả năng chống chịu của chuỗi do Sheffi (2005) đưa ra, sau đó được Ponomarov Holcomb (2009) mở rộng thành năng lực chuẩn bị, phản ứng phục hồi sau đứt gãy (Tukamuhabwa cộng sự, 2015)",
            "2022-05-17",
            "ministry",
            ["document_store", "broken_ocr", "citation_surnames_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tại Bangladesh, gần 4.200 nhà máy may dựa gần như hoàn toàn vào vải nhập, khiến thời gian giao hàng bị kéo dài thêm 30 - 45 ngày (BGMEA, 2020) Bảng Sơ' liệu nhập khẩu xơ, sợi",
            "2022-05-17",
            "ministry",
            [
                "document_store",
                "broken_ocr",
                "citation_acronym_org",
                "count",
                "approx",
                "duration_no_count",
                "no_event",
            ],
            organizations=["BGMEA"],
            quantities=[c(4200, "nhà máy may", True)],
            locations=[country("Bangladesh")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (86 trang)\n\nBáo cáo thực tập tại Công ty Cổ phần Dệt Nhuộm Hòa Khánh\n\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (2.91 MB, 86 trang )",
            "2020-12-09",
            "ministry",
            ["document_store", "internship_report", "page_metadata_no_count", "multiline", "no_event"],
            firms=[f("Dệt Nhuộm Hòa Khánh", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\n 1.1.2. Quá trình phát triển của công ty .................................... 5\n 1.1.3. Các san phâm c\u0309ủa công ty .................................... 7\n 1.2. Giới thiệu về phân xưởng nhuộm số 2 .................................... 11",
            "2020-12-09",
            "ministry",
            [
                "document_store",
                "table_of_contents",
                "dotted_leaders",
                "broken_diacritics",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Nhãn mác quần áo dùng để làm gì?\n- Nhận diện thương hiệu: giúp người mua nhớ tới sản phẩm và phân biệt với hàng cùng loại.\n- Ghi thông tin: thành phần sợi, cỡ, cách giặt là, nơi sản xuất và các chứng nhận nếu có.",
            "2024-03-22",
            "ministry",
            ["vendor_explainer", "question_heading", "dash_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Đáp ứng quy định: nhiều thị trường buộc ghi rõ thành phần xơ; phần trang trí chiếm dưới 5% tổng thành phần có thể không phải liệt kê, nhưng phải ghi chú thích riêng.",
            "2024-03-22",
            "ministry",
            ["vendor_explainer", "dash_list", "percentage", "no_event"],
            percentages=[5],
            events=[],
        ),
    ]
    # --- A trade magazine's two video pages (S1 r2, S1 r3; repeated at S3 r1, S3 r2, S5 r2, S10 r1, S12 r1, S12 r4) ---
    rows += [
        h(
            n(),
            "Doanh nghiệp ngoại đổ vốn vào khâu nhuộm\n\nHai năm qua, hàng loạt nhà máy sợi và dệt nhuộm vốn nước ngoài trị giá hàng chục triệu USD đã đi vào hoạt động, lấp dần chỗ thiếu vải cho các xưởng may.\nMinh Nguyệt\n\nVideo khác",
            "2019-11-26",
            "ministry",
            [
                "video_page",
                "headline_lead",
                "vague_amount",
                "byline_person",
                "page_chrome",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Nguyệt", None)],
            events=[],
        ),
        h(
            n(),
            "Tọa đàm: Gỡ nút thắt nguyên phụ liệu cho dệt may\n\nĐầu tư vào sợi và dệt nhuộm đang nóng lên, với nhiều dự án mới vừa khởi công hoặc khánh thành.",
            "2018-09-12",
            "ministry",
            ["video_page", "print_view", "headline_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: an EPC headline for a polyester fibre plant (S2 r2) ---
    rows += [
        h(
            n(),
            "Ký hợp đồng EPC dự án Nhà máy xơ sợi Polyester Cát Hải\nNhà máy do HLTex làm chủ đầu tư, tổng mức đầu tư 298,6 triệu USD, công suất 450 tấn xơ sợi/ngày, xây trong 24 tháng trên 14 ha tại KCN Nam Đình Vũ, Hải Phòng.",
            "2009-11-18",
            "ministry",
            [
                "headline_lead",
                "contract_headline_one_party",
                "investor_line",
                "deal_no_event",
                "capacity_no_count",
                "duration_no_count",
                "area",
                "multiline",
            ],
            firms=[f("HLTex")],
            provinces=[pv("Hải Phòng")],
            money=[m(298.6 * M, "USD")],
            areas=[ha(14)],
            locations=[park("Khu công nghiệp Nam Đình Vũ")],
            deals=[deal("investment", ["HLTex"], 298.6 * M, HP)],
            events=[],
        ),
        h(
            n(),
            "Khi vận hành, nhà máy sẽ giúp ngành dệt may bớt phụ thuộc xơ nhập khẩu, làm tăng giá trị sản phẩm hóa dầu và tạo thêm việc làm cho TP Hải Phòng.\nThanh Bình",
            "2009-11-18",
            "ministry",
            ["benefits", "city_mention_not_district", "byline_person", "multiline", "no_event"],
            persons=[per("Thanh Bình", None)],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Malaysian chemicals plant for dyeing and tanning opens in Long An (S3 r3) ---
    rows += [
        h(
            n(),
            "TT - Công ty TNHH Colorchem Pacific (Việt Nam) - Malaysia vừa khánh thành nhà máy sản xuất hoá chất phụ trợ cho ngành nhuộm vải và thuộc da tại KCN Xuyên Á, huyện Đức Hòa, tỉnh Long An.",
            "2011-05-06",
            "provincial",
            [
                "nfd",
                "old_tone",
                "outlet_prefix_nothing",
                "inauguration_no_capital",
                "vietnam_bracket_dropped",
                "country_after_dash",
                "district",
            ],
            firms=[f("Colorchem Pacific", "Công ty TNHH")],
            provinces=[pv("Long An")],
            locations=[country("Malaysia"), park("Khu công nghiệp Xuyên Á"), district("huyện Đức Hòa")],
            events=[ev("inauguration", [F("Colorchem Pacific")], None, None, LA, "completed")],
        ),
        h(
            n(),
            "Nhà máy rộng 12.000m2, vốn 3,2 triệu USD cho nhà xưởng, thiết bị và các hạng mục phụ trợ; Colorchem Pacific là nhà đầu tư thứ 31 trong số 58 doanh nghiệp đang có mặt ở khu công nghiệp này.",
            "2011-05-06",
            "provincial",
            ["investor_line", "deal_no_event", "m2_to_ha", "ordinal_not_count", "count", "bare_park_word"],
            firms=[f("Colorchem Pacific")],
            money=[m(3.2 * M, "USD")],
            areas=[ha(1.2)],
            quantities=[c(58, "doanh nghiệp")],
            deals=[deal("investment", ["Colorchem Pacific"], 3.2 * M)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a news agency's photo page on a weaving mill's groundbreaking in Tây Ninh (S3 r4) ---
    rows += [
        h(
            n(),
            "Tây Ninh khởi công Nhà máy dệt Sunweave\n\n• Trong ảnh: Đại biểu bấm nút khởi công dự án. Ảnh: Nguyễn Văn Tín - TTXVN",
            "2021-04-09",
            "provincial",
            [
                "photo_page",
                "plant_brand_headline_no_event",
                "photo_credit_person",
                "agency_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyễn Văn Tín", None)],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Sáng 9/4/2021, Công ty Cổ phần Dệt Thịnh An làm lễ động thổ Nhà máy dệt Sunweave ở đường số 3, KCN Phước Đông, tỉnh Tây Ninh. Dự án rộng 30.000 m2, vốn hơn 410 tỷ đồng (khoảng 18 triệu USD), làm vải dệt thoi xuất khẩu. Ảnh: Nguyễn Văn Tín - TTXVN",
            "2021-04-09",
            "provincial",
            [
                "photo_caption_lead",
                "groundbreaking",
                "plant_brand_no_firm",
                "bracketed_conversion",
                "approx",
                "m2_to_ha",
                "photo_credit_person",
                "deal_date",
            ],
            persons=[per("Nguyễn Văn Tín", None)],
            firms=[f("Dệt Thịnh An", "Công ty CP")],
            provinces=[pv("Tây Ninh")],
            money=[m(410 * B, "VND", approx=True), m(18 * M, "USD", approx=True)],
            areas=[ha(3)],
            locations=[park("Khu công nghiệp Phước Đông")],
            deals=[deal("groundbreaking", ["Dệt Thịnh An"], 410 * B, TNi, "2021-04-09")],
            events=[ev("groundbreaking", [F("Dệt Thịnh An")], 410 * B, "VND", TNi, "started")],
        ),
    ]
    # --- Vietnamese news: four trade fairs open together in HCMC (S8 r1) ---
    rows += [
        h(
            n(),
            "Ngày 14/11, bốn triển lãm chuyên ngành cùng khai mạc tại Trung tâm Hội chợ và Triển lãm Sài Gòn (quận 7, TP.HCM): máy móc thiết bị dệt may (VTG), phụ kiện dệt may lần thứ 18 (VitaTex), máy và nguyên liệu da giày (VFM), hóa chất và thuốc nhuộm (DYECHEM Vietnam).",
            "2018-11-14",
            "ministry",
            [
                "fair_opening",
                "venue_no_org",
                "district",
                "event_acronyms_nothing",
                "ordinal_not_count",
                "count_in_words",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            locations=[district("quận 7")],
            events=[],
        ),
        h(
            n(),
            "Chuỗi sự kiện kéo dài đến 17/11/2018; bên lề có các hội thảo về công nghệ nhuộm ít nước, tự động hoá chuyền may và giải pháp cho doanh nghiệp da giày, theo Ban Tổ chức.",
            "2018-11-14",
            "ministry",
            ["old_tone", "schedule", "bare_unit_no_org", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- More of the OCR journal article (S1 r1 and its six repeats), the internship report (S13 r4), the label
    # explainer (S6 r2), the photo page's chrome (S3 r4), the fair stories (S8 r1, S8 r3) ---
    rows += [
        h(
            n(),
            "CƠ SỞ LÝ LUẬN Khái niệm chuỗi cung ứng linh hoạt Tính linh hoạt được hiểu là khả năng đưa chuỗi trở lại trạng thái ban đầu hoặc tốt hơn sau khi bị xáo trộn, thể hiện qua: (1) Sơ' lượng nhà cung cấp thay thế",
            "2022-05-17",
            "ministry",
            ["document_store", "broken_ocr", "caps_heading", "numbered_item", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ấn Độ: Chính phủ lập 7 công viên dệt may quy mô lớn, mỗi khu rộng khoảng 400 ha, gom đủ các khâu từ kéo sợi đến may mặc (Bộ Dệt may Ấn Độ, 2022)",
            "2022-05-17",
            "ministry",
            [
                "document_store",
                "broken_ocr",
                "country_label",
                "count",
                "area",
                "approx",
                "country_in_org_name",
                "no_event",
            ],
            organizations=["Bộ Dệt may Ấn Độ"],
            quantities=[c(7, "công viên dệt may")],
            areas=[ha(400, True)],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc: từ sau năm 2015, một số tập đoàn sợi như Huafang, Jinsheng đã dời bớt năng lực kéo sợi sang Việt Nam Campuchia để tránh thuế",
            "2022-05-17",
            "ministry",
            [
                "document_store",
                "broken_ocr",
                "country_label",
                "bare_names_firms",
                "relocation_no_deal",
                "no_event",
            ],
            firms=[f("Huafang"), f("Jinsheng")],
            locations=[country("Trung Quốc"), country("Campuchia")],
            events=[],
        ),
        h(
            n(),
            "KIẾN NGHỊ ĐỐI VỚI VIỆT NAM Một là, đa dạng hóa nguồn cung xơ, sợi, đưa tỷ trọng nhập từ một thị trường xuống dưới 50% Hai là, hình thành các khu dệt nhuộm tập trung có hệ thống xử lý nước thải chung",
            "2022-05-17",
            "ministry",
            ["document_store", "broken_ocr", "caps_heading", "recommendations", "percentage", "no_event"],
            percentages=[50],
            events=[],
        ),
        h(
            n(),
            "1 Bài đăng trên Tạp chí Công Thương số 14, tháng 6/2022 * Trường Đại học Kinh tế Quốc dân ** Viện Nghiên cứu Chiến lược, Chính sách Công Thương",
            "2022-05-17",
            "ministry",
            ["document_store", "footnote_affiliations", "journal_issue_no_count", "no_event"],
            organizations=[
                "Trường Đại học Kinh tế Quốc dân",
                "Viện Nghiên cứu Chiến lược, Chính sách Công Thương",
            ],
            events=[],
        ),
        h(
            n(),
            "1.1.1. Lịch sử hình thành\nCông ty tiền thân là Nhà máy Dệt Hòa Khánh, thành lập năm 1979, cổ phần hóa năm 2006 với vốn điều lệ 120 tỷ đồng.",
            "2020-12-09",
            "ministry",
            [
                "document_store",
                "internship_report",
                "numbered_heading",
                "company_history",
                "charter_capital",
                "multiline",
                "no_event",
            ],
            money=[m(120 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "- Quảng bá và trang trí: nhãn dệt, nhãn da hay thẻ bài có thể trở thành một chi tiết thiết kế, làm sản phẩm bắt mắt hơn.",
            "2024-03-22",
            "ministry",
            ["vendor_explainer", "dash_list", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ảnh Ảnh thời sự trong nước\n\nTin mới\n\nTTXVN",
            "2021-04-09",
            "provincial",
            ["photo_page", "page_chrome", "agency_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khu trưng bày VFM năm nay dành riêng một góc cho máy cắt laser và máy in 3D làm mẫu giày.",
            "2018-11-14",
            "ministry",
            ["fair_detail", "event_acronym_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "VTG năm nay cũng có các gian trưng bày nhà máy tự động và thông minh, từ xơ tái chế, vải cho tới hóa chất hoàn tất thân thiện với môi trường.",
            "2022-09-15",
            "ministry",
            ["spam_domain_news_copy", "event_acronym_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news on a social property site: a yarn maker's subsidiary opens a yarn and fabric plant in Tây Ninh
    # (S9 r1) ---
    rows += [
        h(
            n(),
            "Thông tin\n- home Trang chủ\n- workspace_premium Sự kiện\n- bookmark_add Đăng bài\nThành viên nổi bật\n- khoa.tran88\n874\n- phuongha_92\n612\nbaochau.re\n3 ngày trước-\nflag Báo cáo vi phạm\nTây Ninh có thêm nhà máy sợi và vải 118 triệu USD",
            "2026-01-19",
            "provincial",
            ["social_site_chrome", "usernames_nothing", "headline_no_firm", "multiline", "no_event"],
            provinces=[pv("Tây Ninh")],
            money=[m(118 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Sợi Phúc Khang vừa cắt băng khánh thành nhà máy sợi tổng hợp và vải thành phẩm Khangtex tại KCN Thành Thành Công, tỉnh Tây Ninh.",
            "2026-01-19",
            "provincial",
            ["nfd", "inauguration_no_capital", "plant_brand_no_firm"],
            firms=[f("Sợi Phúc Khang", "Công ty CP")],
            provinces=[pv("Tây Ninh")],
            locations=[park("Khu công nghiệp Thành Thành Công")],
            events=[ev("inauguration", [F("Sợi Phúc Khang")], None, None, TNi, "completed")],
        ),
        h(
            n(),
            "Các đại biểu bấm nút vận hành nhà máy sáng 16/1\nDự án của Công ty TNHH Sợi Dệt Nhuộm Khangtex, công ty con do Phúc Khang sở hữu 100%, có tổng vốn 2.950 tỷ đồng (khoảng 118 triệu USD), rộng 9,5 ha, công suất 52.000 tấn sợi và 12.000 tấn vải mỗi năm.",
            "2026-01-19",
            "provincial",
            [
                "caption_glued",
                "project_line",
                "deal_no_event",
                "subsidiary_of",
                "bracketed_conversion",
                "capacity_no_count",
                "percentage",
                "area",
                "multiline",
            ],
            firms=[f("Sợi Dệt Nhuộm Khangtex", "Công ty TNHH"), f("Phúc Khang")],
            money=[m(2950 * B, "VND"), m(118 * M, "USD", approx=True)],
            percentages=[100],
            areas=[ha(9.5)],
            deals=[deal("investment", ["Sợi Dệt Nhuộm Khangtex"], 2950 * B)],
            events=[],
        ),
        h(
            n(),
            "Riêng giai đoạn 1 đã giải ngân 1.870 tỷ đồng; khi nhà máy chạy ổn định, doanh nghiệp sẽ làm tiếp giai đoạn 2.",
            "2026-01-19",
            "provincial",
            ["phase_spend_no_firm", "no_event"],
            money=[m(1870 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Từ năm 2010, Phúc Khang đã có một nhà máy 41.000 tấn sợi/năm ở KCN Trảng Bàng, nơi hiện có hơn 450 lao động làm việc.",
            "2026-01-19",
            "provincial",
            ["recalled_plant", "deal_no_event", "capacity_no_count", "count", "approx", "no_site"],
            firms=[f("Phúc Khang")],
            quantities=[c(450, "lao động", True)],
            locations=[park("Khu công nghiệp Trảng Bàng")],
            deals=[deal("investment", ["Phúc Khang"])],
            events=[],
        ),
        h(
            n(),
            "Nguồn sợi của Phúc Khang giúp các xưởng dệt trong nước đáp ứng điều kiện xuất xứ, vốn đòi hỏi hơn 50% nguyên liệu phải sản xuất trong khối.",
            "2026-01-19",
            "provincial",
            ["rule_of_origin", "percentage", "no_event"],
            firms=[f("Phúc Khang")],
            percentages=[50],
            events=[],
        ),
    ]
    # --- Vietnamese news: the yarn maker's AGM, its plants and orders (S9 r2), value-added yarn (S9 r3) ---
    rows += [
        h(
            n(),
            "Tại đại hội cổ đông thường niên ngày 26/3, nhiều cổ đông của Sợi Phúc Khang hỏi doanh nghiệp chuẩn bị thế nào cho Hiệp định CPTPP và quy tắc “từ sợi trở đi”.",
            "2016-03-30",
            "ministry",
            ["agm", "treaty_nothing", "no_event"],
            firms=[f("Sợi Phúc Khang")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy Trảng Bàng 5 của Phúc Khang, vốn 688 tỷ đồng, đã chạy máy từ tháng 8 năm ngoái với 7.000 tấn/năm; năm nay doanh nghiệp sẽ rót thêm 265 tỷ đồng cho Trảng Bàng 6.",
            "2016-03-30",
            "ministry",
            [
                "nfd",
                "recalled_opening",
                "deal_no_event",
                "announced_investment",
                "two_deals",
                "capacity_no_count",
                "plant_name_nothing",
            ],
            firms=[f("Phúc Khang")],
            money=[m(688 * B, "VND"), m(265 * B, "VND")],
            deals=[
                deal("investment", ["Phúc Khang"], 688 * B),
                deal("investment", ["Phúc Khang"], 265 * B),
            ],
            events=[ev("investment_announcement", [F("Phúc Khang")], 265 * B, "VND", None, "announced")],
        ),
        h(
            n(),
            "Ông Lâm Triệu Phong, Chủ tịch HĐQT kiêm Tổng giám đốc, cho biết sau Tết đơn hàng sợi từ Thái Lan, Hàn Quốc và Thổ Nhĩ Kỳ về dồn dập; sản lượng quý I đạt gần 9.500 tấn, doanh thu tính đến ngày 24/3 là 301,2 tỷ đồng.",
            "2016-03-30",
            "ministry",
            ["person_role_after", "country_list", "tonnage_no_count", "orders_no_deal", "no_event"],
            persons=[per("Lâm Triệu Phong", "Chủ tịch HĐQT kiêm Tổng giám đốc")],
            money=[m(301.2 * B, "VND")],
            locations=[country("Thái Lan"), country("Hàn Quốc"), country("Thổ Nhĩ Kỳ")],
            events=[],
        ),
        h(
            n(),
            "So với mục tiêu cả năm 44.200 tấn và 1.590 tỷ đồng doanh thu thuần, công ty mới đi được khoảng một phần năm chặng đường.",
            "2016-03-30",
            "ministry",
            ["target", "tonnage_no_count", "fraction_no_percentage", "no_event"],
            money=[m(1590 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Sợi giá trị gia tăng (sợi màu, sợi tái chế) được Phúc Khang kỳ vọng chiếm hơn một nửa sản lượng vào năm 2021; công ty cũng đang bàn với vài đối tác để lập một liên minh sợi – dệt – may khép kín.",
            "2019-03-21",
            "ministry",
            ["plan_alliance_no_party", "no_event"],
            firms=[f("Phúc Khang")],
            events=[],
        ),
        h(
            n(),
            "“Khách Mexico muốn mua sợi của mình để làm hàng xuất sang Canada, mà ở Việt Nam họ chỉ có hai lựa chọn là chúng tôi và Formosa”, ông Lâm Triệu Phong nói; giá sợi tái chế năm nay giữ quanh 2,8 USD/kg, sợi thường khoảng 1,9 USD/kg.",
            "2019-03-21",
            "ministry",
            ["quote", "person_no_role", "bare_brand_firm", "money_per_unit", "approx", "country"],
            persons=[per("Lâm Triệu Phong", None)],
            firms=[f("Formosa")],
            money=[m(2.8, "USD", "kg", True), m(1.9, "USD", "kg", True)],
            locations=[country("Mexico"), country("Canada")],
            events=[],
        ),
        h(
            n(),
            "Doanh thu sợi tái chế quý I có thể lên 115 tỷ đồng, gần gấp đôi mức 61 tỷ đồng của cùng kỳ năm trước.",
            "2019-03-21",
            "ministry",
            ["forecast", "no_firm", "no_event"],
            money=[m(115 * B, "VND"), m(61 * B, "VND")],
            events=[],
        ),
    ]
    # --- Vietnamese news: big money into yarn, a state mill's new spindles and a groundbreaking (S9 r4) ---
    rows += [
        h(
            n(),
            "Vốn lớn dồn vào ngành sợi\n\nNăm 2013, Công ty cổ phần Dệt may Vạn Ninh chi xấp xỉ 75 tỷ đồng lắp thêm 14.000 cọc sợi cho ba nhà máy Sợi 1, Sợi 2 và Sợi 3.",
            "2014-06-18",
            "ministry",
            [
                "headline_lead",
                "recalled_spending",
                "deal_no_event",
                "spindles_no_count",
                "count_in_words",
                "approx",
                "multiline",
            ],
            firms=[f("Dệt may Vạn Ninh", "Công ty CP")],
            money=[m(75 * B, "VND", approx=True)],
            deals=[deal("investment", ["Dệt may Vạn Ninh"], 75 * B)],
            events=[],
        ),
        h(
            n(),
            "Ông Hồ Văn Lâm, Chủ tịch HĐQT Công ty cổ phần Dệt may Vạn Ninh, đặt mục tiêu doanh thu 1.210 tỷ đồng năm 2014, lợi nhuận trước thuế 41 tỷ đồng.",
            "2014-06-18",
            "ministry",
            ["person_role_after", "target", "no_event"],
            persons=[per("Hồ Văn Lâm", "Chủ tịch HĐQT Công ty cổ phần Dệt may Vạn Ninh")],
            firms=[f("Dệt may Vạn Ninh", "Công ty CP")],
            money=[m(1210 * B, "VND"), m(41 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Đầu tháng 5, Phúc Khang cũng đã động thổ dự án mở rộng nhà máy sợi ở KCN Trảng Bàng (Tây Ninh), tổng vốn 31,6 triệu USD.",
            "2014-06-18",
            "ministry",
            ["groundbreaking", "weeks_later_event", "month_no_day", "province_bracket_after_park"],
            firms=[f("Phúc Khang")],
            provinces=[pv("Tây Ninh")],
            money=[m(31.6 * M, "USD")],
            locations=[park("Khu công nghiệp Trảng Bàng")],
            deals=[deal("groundbreaking", ["Phúc Khang"], 31.6 * M, TNi)],
            events=[ev("groundbreaking", [F("Phúc Khang")], 31.6 * M, "USD", TNi, "started")],
        ),
    ]
    # --- Vietnamese news: Vietnam as a buyer of American cotton (S11 r2, S11 r3, S11 r4) ---
    rows += [
        h(
            n(),
            "Việt Nam thành khách hàng lớn của bông Mỹ\nNăm 2018, các nhà máy sợi Việt Nam chi gần 1,4 tỷ USD mua bông Mỹ, tức khoảng một nửa trong 2,9 tỷ USD bông nhập khẩu.\nXuất khẩu cá tra sang Mỹ chững lại / Giá tiêu xuống đáy 10 năm",
            "2019-07-16",
            "ministry",
            [
                "nfd",
                "headline_lead",
                "statistics",
                "related_links_line",
                "approx",
                "country_after_noun",
                "multiline",
                "no_event",
            ],
            money=[m(1.4 * B, "USD", approx=True), m(2.9 * B, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Ông Trần Văn Hải, Chủ tịch Hiệp hội Dệt may Việt Nam, cho rằng bông Mỹ được chuộng vì chất lượng ổn định, và mua bông Mỹ cũng giúp cân bằng thương mại hai nước.\nẢnh minh họa.",
            "2019-07-16",
            "ministry",
            ["person_role_after", "role_org", "illustration_caption", "multiline", "no_event"],
            persons=[per("Trần Văn Hải", "Chủ tịch Hiệp hội Dệt may Việt Nam")],
            organizations=["Hiệp hội Dệt may Việt Nam"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Theo số liệu của Tổng cục Hải quan, năm 2019 Việt Nam nhập 820.000 tấn bông từ Mỹ, trị giá gần 1,55 tỷ USD; năm nay con số có thể chạm 2 tỷ USD.",
            "2020-09-17",
            "ministry",
            ["statistics", "tonnage_no_count", "approx", "forecast", "no_event"],
            organizations=["Tổng cục Hải quan"],
            money=[m(1.55 * B, "USD", approx=True), m(2 * B, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Ông Mark Delaney, Chủ tịch Hội đồng Bông Mỹ (CCI), nói hiệp hội giới thiệu với người mua Việt toàn bộ chuỗi từ trồng, thu hoạch, cán bông đến giao hàng, với 17.900 trang trại và 540 nhà máy cán bông.",
            "2020-09-17",
            "ministry",
            ["person_role_after", "country_in_org_name", "acronym_bracket", "count"],
            persons=[per("Mark Delaney", "Chủ tịch Hội đồng Bông Mỹ")],
            organizations=["Hội đồng Bông Mỹ"],
            quantities=[c(17900, "trang trại"), c(540, "nhà máy cán bông")],
            events=[],
        ),
        h(
            n(),
            "Gặp đoàn doanh nghiệp bông Mỹ, Chủ tịch Vitas đề nghị phía Mỹ tính chuyện đặt kho ngoại quan bông ngay tại Việt Nam để rút ngắn thời gian giao hàng.\nViệt Nam nhập khẩu tới 98% lượng bông dùng cho kéo sợi.",
            "2016-03-02",
            "ministry",
            [
                "proposal_no_deal",
                "role_no_name",
                "bare_acronym_org",
                "caption_line",
                "percentage",
                "multiline",
                "no_event",
            ],
            organizations=["Vitas"],
            percentages=[98],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Theo Vitas, cả nước hiện có khoảng 8,1 triệu cọc sợi, trong khi sản xuất bông trong nước chỉ đáp ứng chừng 2% nhu cầu.",
            "2016-03-02",
            "ministry",
            ["bare_acronym_org", "spindles_no_count", "percentage", "no_event"],
            organizations=["Vitas"],
            percentages=[2],
            events=[],
        ),
    ]
    # --- Vietnamese news: a woven-fabric mill opens in Nam Định (S12 r3) ---
    rows += [
        h(
            n(),
            "Hơn 1.650 tỷ đồng dựng Nhà máy Dệt Hưng Thịnh chuyên vải dệt thoi\nNgày 28/10, tại Nam Định, Công ty cổ phần Dệt Hưng Thịnh đưa Nhà máy Dệt Hưng Thịnh vào hoạt động, với tổng vốn đầu tư hơn 1.650 tỷ đồng.",
            "2019-10-28",
            "ministry",
            [
                "nfd",
                "headline_lead",
                "inauguration_with_capital",
                "plant_named_after_firm",
                "approx",
                "deal_date",
                "multiline",
            ],
            firms=[f("Dệt Hưng Thịnh", "Công ty CP")],
            provinces=[pv("Nam Định")],
            money=[m(1650 * B, "VND", approx=True)],
            deals=[deal("investment", ["Dệt Hưng Thịnh"], 1650 * B, NDi, "2019-10-28")],
            events=[ev("inauguration", [F("Dệt Hưng Thịnh")], 1650 * B, "VND", NDi, "completed")],
        ),
        h(
            n(),
            "Quang cảnh lễ vận hành Nhà máy Dệt Hưng Thịnh ở Nam Định. (Ảnh: Ngọc Mai/BNEWS/TTXVN)",
            "2019-10-28",
            "ministry",
            ["photo_caption", "photo_credit_person", "agency_nothing", "plant_name_no_firm", "no_event"],
            persons=[per("Ngọc Mai", None)],
            provinces=[pv("Nam Định")],
            events=[],
        ),
        h(
            n(),
            "Thứ trưởng Bộ Công Thương Phan Văn Khải cho rằng mỗi dự án dệt, nhuộm như thế giúp ngành thu hẹp độ vênh giữa khâu may và khâu làm vải.",
            "2019-10-28",
            "ministry",
            ["person_role_before", "role_org", "no_event"],
            persons=[per("Phan Văn Khải", "Thứ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Theo ông Đỗ Quang Vinh, Chủ tịch HĐQT công ty, nhà máy được động thổ từ đầu năm 2017 trên hơn 95.000 m2 ở KCN Bảo Minh, tỉnh Nam Định.\n[Cổ phiếu dệt may hút dòng tiền cuối năm]",
            "2019-10-28",
            "ministry",
            [
                "nfd",
                "recalled_groundbreaking_no_firm",
                "person_role_after",
                "bare_company_word",
                "m2_to_ha",
                "approx",
                "related_link_bracket",
                "multiline",
                "no_event",
            ],
            persons=[per("Đỗ Quang Vinh", "Chủ tịch HĐQT công ty")],
            provinces=[pv("Nam Định")],
            areas=[ha(9.5, True)],
            locations=[park("Khu công nghiệp Bảo Minh")],
            events=[],
        ),
        h(
            n(),
            "Khi chạy đủ công suất, nhà máy cho khoảng 32 triệu mét vải mỗi năm và cần chừng 1.100 công nhân.",
            "2019-10-28",
            "ministry",
            ["capacity_no_count", "count", "approx", "no_event"],
            quantities=[c(1100, "công nhân", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: fibres from farm waste, a strategic cooperation on recycled fabric (S14 r2, S14 r3, S14 r4) ---
    rows += [
        h(
            n(),
            "Các loại sợi, vải làm từ lá dứa của Tập đoàn Dệt Sen Vàng. Ảnh: T.H",
            "2024-10-08",
            "ministry",
            ["photo_caption", "initials_credit_nothing", "no_event"],
            firms=[f("Dệt Sen Vàng", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Từng giảng dạy về môi trường, chị Nguyễn Thị Ngân, người sáng lập kiêm Giám đốc điều hành Fibrona, tính rằng 45.000 ha dứa cả nước có thể cho ít nhất 15.000 tấn sợi mỗi năm; lá dứa ở Thanh Hoá vẫn thường bị đốt ngay trên ruộng.",
            "2024-10-08",
            "ministry",
            ["old_tone", "person_role_after", "bare_brand_firm", "area", "tonnage_no_count", "no_event"],
            persons=[per("Nguyễn Thị Ngân", "người sáng lập kiêm Giám đốc điều hành Fibrona")],
            firms=[f("Fibrona")],
            provinces=[pv("Thanh Hóa")],
            areas=[ha(45000)],
            events=[],
        ),
        h(
            n(),
            "Ngày 20-4, Công ty CP Vải Xanh Kết Nối (GreenLink) ký thoả thuận hợp tác chiến lược với Công ty Everfine Textile, nhà cung cấp vải sợi tái chế của Đài Loan (Trung Quốc), để phân phối dòng vải sợi từ vỏ trấu tại Việt Nam.",
            "2023-04-22",
            "ministry",
            [
                "nfd",
                "old_tone",
                "firm_firm_agreement_mou",
                "acronym_bracket_not_firm",
                "country_bracket",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Vải Xanh Kết Nối", "Công ty CP"), f("Everfine Textile", "Công ty")],
            locations=[country("Đài Loan"), country("Trung Quốc")],
            deals=[deal("mou", ["Vải Xanh Kết Nối", "Everfine Textile"], None, None, "2023-04-20")],
            events=[ev("mou", [F("Vải Xanh Kết Nối"), F("Everfine Textile")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Theo biên bản ghi nhớ, hai bên sẽ cùng thu hồi quần áo cũ làm từ sợi vỏ trấu để tái chế, và trích một phần doanh thu để trồng 2.000 cây xanh ở Vườn quốc gia Cúc Phương (Ninh Bình).",
            "2023-04-22",
            "ministry",
            ["mou_terms_no_parties", "count", "province_bracket", "no_event"],
            provinces=[pv("Ninh Bình")],
            quantities=[c(2000, "cây xanh")],
            events=[],
        ),
        h(
            n(),
            "“Hợp tác này giúp chúng tôi đưa công nghệ sợi xanh vào sản phẩm nhanh hơn”, bà Lê Hoàng Bảo Trâm, Tổng giám đốc GreenLink, nói.",
            "2023-04-22",
            "ministry",
            ["quote", "person_role_after", "short_name_firm", "no_event"],
            persons=[per("Lê Hoàng Bảo Trâm", "Tổng giám đốc GreenLink")],
            firms=[f("GreenLink")],
            events=[],
        ),
        h(
            n(),
            "Sợi từ vỏ sò, bã trà, tre và sen nay chiếm 65% sản lượng của GreenLink; vải của công ty có mặt ở các thương hiệu Owen, Yody và Ivy moda.",
            "2023-12-21",
            "ministry",
            ["brand_list_firms", "customers_no_deal", "percentage", "no_event"],
            firms=[f("GreenLink"), f("Owen"), f("Yody"), f("Ivy moda")],
            percentages=[65],
            events=[],
        ),
    ]
    # --- More of the yarn-maker stories (S9 r1, S9 r3, S9 r4), the cotton stories (S11 r2, S11 r3, S11 r4), the
    # woven-fabric mill (S12 r3) and the fibre makers (S14 r2, S14 r4) ---
    rows += [
        h(
            n(),
            "Được biết, Khangtex đã xong giai đoạn 1 và đưa nhà máy vào vận hành từ đầu năm 2026.",
            "2026-01-19",
            "provincial",
            ["short_name_firm", "start_of_operation", "inauguration_no_capital", "no_site"],
            firms=[f("Khangtex")],
            events=[ev("inauguration", [F("Khangtex")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Công ty đã đặt mua đủ nguyên liệu cho cả năm, nên giá đầu vào giảm chỉ phản ánh vào lợi nhuận sau 4 - 5 tháng.",
            "2019-03-21",
            "ministry",
            ["no_firm", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngoài Dệt may Vạn Ninh, nhiều doanh nghiệp sợi lớn cũng lên kế hoạch mở rộng quy mô trong năm nay.",
            "2014-06-18",
            "ministry",
            ["plan_no_party", "short_name_firm", "no_event"],
            firms=[f("Dệt may Vạn Ninh")],
            events=[],
        ),
        h(
            n(),
            "Năm 2017, Việt Nam chi 1,18 tỷ USD cho bông Mỹ; sang 2018, con số vọt lên 1,47 tỷ USD, tăng gần 25%.",
            "2019-07-16",
            "ministry",
            ["statistics", "percentage", "country_after_noun", "no_event"],
            money=[m(1.18 * B, "USD"), m(1.47 * B, "USD")],
            percentages=[25],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Hội đồng Bông Mỹ nhiều năm liền tổ chức ngày hội Cotton Day tại TP.HCM để giới thiệu công nghệ trồng và chế biến bông mới cho doanh nghiệp sợi, dệt.",
            "2019-07-16",
            "ministry",
            ["event_name_nothing", "country_in_org_name", "no_event"],
            organizations=["Hội đồng Bông Mỹ"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Cotton Day năm nay chuyển sang hình thức trực tuyến, do Hiệp hội Dệt may Việt Nam (Vitas) và Hội đồng Bông Mỹ phối hợp tổ chức.\n(Theo số liệu của Tổng cục Hải quan)",
            "2020-09-17",
            "ministry",
            ["organisers_no_deal", "org_acronym_bracket", "source_line", "multiline", "no_event"],
            organizations=["Hiệp hội Dệt may Việt Nam", "Hội đồng Bông Mỹ", "Tổng cục Hải quan"],
            events=[],
        ),
        h(
            n(),
            "Theo Vitas, có kho ngoại quan thì doanh nghiệp sợi sẽ không phải hủy hợp đồng mua bông chỉ vì hàng về chậm.\n- Chính phủ cho phép một hãng bay phát hành thêm cổ phiếu\n- Thêm doanh nghiệp xi măng lắp hệ thống phát điện nhiệt dư",
            "2016-03-02",
            "ministry",
            ["bare_acronym_org", "contract_no_party", "related_links", "multiline", "no_event"],
            organizations=["Vitas"],
            events=[],
        ),
        h(
            n(),
            "Các xưởng dệt, nhuộm và hoàn tất của nhà máy dùng máy dệt khí của Nhật Bản và dây chuyền nhuộm liên tục của Đức.",
            "2019-10-28",
            "ministry",
            ["equipment_origin_no_contract", "country_after_cua", "no_event"],
            locations=[country("Nhật Bản"), country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Ông Đỗ Quang Vinh cho biết khoảng 70% sản lượng vải sẽ dành cho các doanh nghiệp may trong nước, phần còn lại xuất khẩu.",
            "2019-10-28",
            "ministry",
            ["person_no_role", "percentage", "no_event"],
            persons=[per("Đỗ Quang Vinh", None)],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "Fibrona đã tự chế các dòng máy tách sợi từ lá dứa và kết nối vùng nguyên liệu ở nhiều nơi như Hà Nội, Bắc Giang, Bình Định.",
            "2024-10-08",
            "ministry",
            ["own_machines_no_deal", "province_list", "no_event"],
            firms=[f("Fibrona")],
            provinces=[pv("Hà Nội"), pv("Bắc Giang"), pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "GreenLink ra đời năm 2009 từ việc hợp nhất Công ty CP May mặc Phương Nam Xanh và Công ty Vải sợi An Phú Thịnh.",
            "2023-12-21",
            "ministry",
            ["merger_no_deal", "company_history", "no_event"],
            firms=[
                f("GreenLink"),
                f("May mặc Phương Nam Xanh", "Công ty CP"),
                f("Vải sợi An Phú Thịnh", "Công ty"),
            ],
            events=[],
        ),
    ]
    # --- Vietnamese securities news on the yarn maker: a private placement, a planned groundbreaking and listing, an
    # AGM's papers (S15 r1, S15 r3, S15 r4) ---
    rows += [
        h(
            n(),
            "Cổ phiếu lao dốc, Sợi Phúc Khang vẫn chào bán riêng lẻ 12 triệu cổ phiếu\nTheo danh sách dự kiến, Chủ tịch HĐQT Lâm Ngọc Hân được mua nhiều nhất trong đợt phát hành.",
            "2024-08-13",
            "ministry",
            [
                "headline_lead",
                "share_placement_no_deal",
                "person_role_before",
                "count",
                "multiline",
                "no_event",
            ],
            persons=[per("Lâm Ngọc Hân", "Chủ tịch HĐQT")],
            firms=[f("Sợi Phúc Khang")],
            quantities=[c(12_000_000, "cổ phiếu")],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết HĐQT ngày 9/8/2024 của CTCP Sợi Phúc Khang (mã PKY) chốt giá chào bán không thấp hơn 26.800 đồng/cp, trong khi giá trị sổ sách hợp nhất quý 2 chỉ 16.540 đồng/cp.",
            "2024-08-13",
            "ministry",
            ["resolution_no_number", "ticker_nothing", "money_per_unit", "ctcp_form", "no_event"],
            firms=[f("Sợi Phúc Khang", "Công ty CP")],
            money=[m(26_800, "VND", "cp"), m(16_540, "VND", "cp")],
            events=[],
        ),
        h(
            n(),
            "Phương án từng được đại hội cổ đông 2022 thông qua, tạm dừng vào tháng 4/2023 vì thị trường xấu, rồi được khởi động lại từ tháng 11/2023.",
            "2024-08-13",
            "ministry",
            ["timeline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thứ Ba, 29/04/2014 15:20\n\nSợi Phúc Khang sắp khởi công mở rộng nhà máy Trảng Bàng, chuẩn bị lên sàn\n\nCTCP Sợi Phúc Khang dự kiến làm lễ động thổ nhà máy mở rộng tại KCN Trảng Bàng, tỉnh Tây Ninh vào ngày 06/05.",
            "2014-04-29",
            "ministry",
            [
                "timestamp_line",
                "headline_lead",
                "planned_groundbreaking_announced",
                "ctcp_form",
                "future_date_no_deal_date",
                "multiline",
            ],
            firms=[f("Sợi Phúc Khang", "Công ty CP")],
            provinces=[pv("Tây Ninh")],
            locations=[park("Khu công nghiệp Trảng Bàng")],
            deals=[deal("investment", ["Sợi Phúc Khang"], None, TNi)],
            events=[ev("investment_announcement", [F("Sợi Phúc Khang")], None, None, TNi, "announced")],
        ),
        h(
            n(),
            "Vốn cho giai đoạn 3 gồm 70% vay các tổ chức tài chính và 30% vốn tự có, tổng cộng khoảng 31,6 triệu USD (tương đương 672 tỷ đồng); công ty sẽ IPO 2,8 triệu cổ phiếu để bù một phần.",
            "2014-04-29",
            "ministry",
            ["funding_split_no_firm", "bracketed_conversion", "approx", "percentage", "count"],
            money=[m(31.6 * M, "USD", approx=True), m(672 * B, "VND")],
            percentages=[70, 30],
            quantities=[c(2_800_000, "cổ phiếu")],
            events=[],
        ),
        h(
            n(),
            "Lãi sau thuế năm 2013 đạt 71,9 tỷ đồng.\n\nHồng Nhung\n\nCác tin khác\n\n>   TCM: Báo cáo tài chính quý 1/2014 (29/04/2014)\n\n>   GIL: Nghị quyết ĐHĐCĐ thường niên 2014 (29/04/2014)",
            "2014-04-29",
            "ministry",
            ["profit", "byline_person", "related_list", "ticker_nothing", "multiline", "no_event"],
            persons=[per("Hồng Nhung", None)],
            money=[m(71.9 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "CTCP Sợi Phúc Khang (HoSE: PKY) công bố tài liệu đại hội cổ đông 2025, dự kiến họp ngày 27/3 tại TP HCM, trong đó đề nghị hủy phương án trả cổ tức 15% bằng cổ phiếu cho năm 2023.",
            "2025-03-06",
            "ministry",
            ["agm_papers", "ticker_bracket_nothing", "dividend_no_deal", "percentage", "no_event"],
            firms=[f("Sợi Phúc Khang", "Công ty CP")],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "Đợt chào bán riêng lẻ 12 triệu cổ phiếu, giá tối thiểu 26.800 đồng, nếu thành công sẽ mang về ít nhất 321,6 tỷ đồng để góp vào công ty con Khangtex và bổ sung vốn lưu động.",
            "2025-03-06",
            "ministry",
            ["conditional_capital_injection_no_deal", "subsidiary_mention", "count", "no_event"],
            firms=[f("Khangtex")],
            money=[m(26_800, "VND"), m(321.6 * B, "VND")],
            quantities=[c(12_000_000, "cổ phiếu")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean spandex maker's bio-BDO licence, Korean groups in textiles and footwear (S16 r2,
    # S16 r3) ---
    rows += [
        h(
            n(),
            "Tập đoàn Hàn Quốc rót 620 triệu USD làm nhà máy nguyên liệu sợi sinh học ở Việt Nam\nHãng Daesung Fibers thuộc Tập đoàn Daesung (Hàn Quốc), một trong những nhà sản xuất sợi spandex lớn nhất thế giới, vừa được tỉnh Bà Rịa - Vũng Tàu cấp phép xây nhà máy bio-BDO 40.000 tấn/năm, báo The Korea Herald đưa tin ngày 5/4.",
            "2024-04-06",
            "ministry",
            [
                "headline_lead",
                "licence_passive",
                "province_as_grantor",
                "headline_amount_licence",
                "parent_group_mention",
                "country_bracket",
                "outlet_nothing",
                "capacity_no_count",
                "multiline",
            ],
            firms=[f("Daesung Fibers"), f("Daesung", "Tập đoàn")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(620 * M, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Daesung Fibers"], 620 * M, BRVT)],
            events=[
                ev(
                    "investment_licence",
                    [F("Daesung Fibers"), G("tỉnh Bà Rịa - Vũng Tàu")],
                    620 * M,
                    "USD",
                    BRVT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Hãng dự kiến động thổ trong vài tháng tới, đưa 40.000 tấn bio-BDO ra thị trường vào khoảng giữa năm 2026, sau đó xây thêm xưởng để nâng công suất gấp bốn, lên 160.000 tấn/năm.\n(Ảnh minh hoạ)",
            "2024-04-06",
            "ministry",
            [
                "old_tone",
                "schedule_no_firm",
                "capacity_no_count",
                "illustration_caption",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "“Chuyển từ vật liệu hóa thạch sang vật liệu sinh học sẽ là một trụ cột của Daesung trong trăm năm tới”, The Korea Herald dẫn lời ông Kim Jae-won, Chủ tịch Tập đoàn Daesung.",
            "2024-04-06",
            "ministry",
            ["quote", "person_role_after", "outlet_nothing", "no_event"],
            persons=[per("Kim Jae-won", "Chủ tịch Tập đoàn Daesung")],
            firms=[f("Daesung", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp Hàn Quốc đẩy mạnh rót vốn vào dệt may, da giày\n\nThêm 2 dự án lớn\n\nCuối tháng 3, Công ty TNHH Hanwool Việt Nam (Hàn Quốc) đã khởi công nhà máy giày ở KCN Long Đức (Đồng Nai), vốn 95 triệu USD, rộng 13,8 ha, công suất hơn 25 triệu đôi/năm.",
            "2018-04-16",
            "ministry",
            [
                "nfd",
                "headline_subhead_lead",
                "groundbreaking",
                "vietnam_dropped",
                "country_bracket",
                "province_bracket_after_park",
                "capacity_no_count",
                "count",
                "month_no_day",
                "area",
                "multiline",
            ],
            firms=[f("Hanwool", "Công ty TNHH")],
            provinces=[pv("Đồng Nai")],
            money=[m(95 * M, "USD")],
            areas=[ha(13.8)],
            quantities=[c(2, "dự án lớn")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Long Đức")],
            deals=[deal("groundbreaking", ["Hanwool"], 95 * M, DNai)],
            events=[ev("groundbreaking", [F("Hanwool")], 95 * M, "USD", DNai, "started")],
        ),
        h(
            n(),
            "Đây là dự án FDI lớn nhất Đồng Nai từ đầu năm; trước đó, vào tháng 10/2013, Hanwool từng bỏ thêm 3,5 triệu USD dựng xưởng sơn đế giày công suất 60.000 đôi đế/ngày.",
            "2018-04-16",
            "ministry",
            ["recalled_investment", "deal_no_event", "capacity_no_count", "no_site"],
            firms=[f("Hanwool")],
            provinces=[pv("Đồng Nai")],
            money=[m(3.5 * M, "USD")],
            deals=[deal("investment", ["Hanwool"], 3.5 * M)],
            events=[],
        ),
        h(
            n(),
            "Cũng đầu năm nay, tỉnh Bình Dương cấp phép cho dự án mở rộng của Công ty TNHH Sợi Kyungil Việt Nam, với vốn đầu tư tăng thêm 38 triệu USD.",
            "2018-04-16",
            "ministry",
            ["licence_increase", "province_as_grantor", "vietnam_dropped", "month_no_day"],
            firms=[f("Sợi Kyungil", "Công ty TNHH")],
            provinces=[pv("Bình Dương")],
            money=[m(38 * M, "USD")],
            deals=[deal("investment", ["Sợi Kyungil"], 38 * M, BDg)],
            events=[
                ev(
                    "investment_licence",
                    [F("Sợi Kyungil"), G("tỉnh Bình Dương")],
                    38 * M,
                    "USD",
                    BDg,
                    "licensed",
                )
            ],
        ),
    ]
    # --- Foreign copies rendered here in Vietnamese: a Japanese site on a Korean fibre maker's Đồng Nai unit (S16 r1),
    # a Japanese business site on a zipper maker's phase 3 (S4 r3) ---
    rows += [
        h(
            n(),
            "Hãng sợi hóa học Hàn Quốc Daesung Fibers cho biết đã rót 142,6 tỷ won (khoảng 16,1 tỷ yen) vào pháp nhân Daesung Đồng Nai Nylon để xây thêm nhà máy, sau khi xưởng ở Ulsan cháy hồi tháng 1.",
            "2022-05-23",
            "ministry",
            [
                "foreign_copy_rendered",
                "announced_investment",
                "capital_into_unit",
                "province_in_firm_name",
                "krw_jpy",
                "approx",
                "foreign_city_nothing",
                "no_site",
            ],
            firms=[f("Daesung Fibers"), f("Daesung Đồng Nai Nylon")],
            money=[m(142.6 * B, "KRW"), m(16_100_000_000, "JPY", approx=True)],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Daesung Fibers"], 142.6 * B)],
            events=[
                ev("investment_announcement", [F("Daesung Fibers")], 142.6 * B, "KRW", None, "announced")
            ],
        ),
        h(
            n(),
            "Nhà máy đang xây ở Đồng Nai, dự kiến xong năm 2024, sẽ có quy mô ngang Ulsan và bán một phần sợi nylon làm ra về Hàn Quốc.",
            "2022-05-23",
            "ministry",
            ["foreign_copy_rendered", "plant_details_no_firm", "foreign_city_nothing", "no_event"],
            provinces=[pv("Đồng Nai")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hãng khóa kéo Hoshimura ngày 21 công bố mở rộng nhà máy ở KCN Nhơn Trạch 2, tỉnh Đồng Nai: giai đoạn 3 sẽ ngốn 71,2 triệu USD cho một tòa nhà xưởng mới 86.500 m2, đặt sát các xưởng hiện hữu.",
            "2023-07-19",
            "ministry",
            ["foreign_copy_rendered", "announced_expansion", "day_only_no_date", "m2_to_ha"],
            firms=[f("Hoshimura")],
            provinces=[pv("Đồng Nai")],
            money=[m(71.2 * M, "USD")],
            areas=[ha(8.65)],
            locations=[park("Khu công nghiệp Nhơn Trạch 2")],
            deals=[deal("investment", ["Hoshimura"], 71.2 * M, DNai)],
            events=[ev("investment_announcement", [F("Hoshimura")], 71.2 * M, "USD", DNai, "announced")],
        ),
        h(
            n(),
            "Pháp nhân Hoshimura Việt Nam được thành lập năm 1997; xưởng mới sẽ dùng nhiều robot hơn và được thiết kế để tiết kiệm năng lượng ngay từ đầu.",
            "2023-07-19",
            "ministry",
            ["foreign_copy_rendered", "vietnam_dropped", "company_history", "no_event"],
            firms=[f("Hoshimura")],
            events=[],
        ),
    ]
    # --- More of the securities stories (S15 r1, S15 r3, S15 r4) and of the Korean stories (S16 r2, S16 r3) ---
    rows += [
        h(
            n(),
            "Trên sàn, PKY đóng cửa phiên 12/8 ở 24.300 đồng, thấp hơn mức giá chào bán dự kiến.",
            "2024-08-13",
            "ministry",
            ["ticker_nothing", "stock_price", "no_event"],
            money=[m(24_300, "VND")],
            events=[],
        ),
        h(
            n(),
            "Theo kế hoạch, 50% công suất mới sẽ khai thác thương mại từ quý 3/2015 và nửa còn lại từ quý 1/2016.",
            "2014-04-29",
            "ministry",
            ["schedule", "quarter_no_date", "percentage", "no_event"],
            percentages=[50],
            events=[],
        ),
        h(
            n(),
            "Nếu hoàn tất cả hai đợt phát hành, vốn điều lệ của Sợi Phúc Khang dự kiến lên gần 1.540 tỷ đồng; công ty đặt mục tiêu doanh thu thuần 3.150 tỷ đồng năm 2025, gấp 2,4 lần năm trước.",
            "2025-03-06",
            "ministry",
            ["charter_capital", "target", "approx", "ratio_no_percentage", "no_event"],
            firms=[f("Sợi Phúc Khang")],
            money=[m(1540 * B, "VND", approx=True), m(3150 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Bio-BDO được làm bằng cách lên men đường ép từ mía, thay cho hợp chất gốc than đá; BDO lại là nguyên liệu để làm PTMG, thành phần chính của sợi spandex.",
            "2024-04-06",
            "ministry",
            ["explainer", "chemical_acronyms_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Có mặt ở Đồng Nai từ năm 1996, Hanwool hiện có hơn 30.000 lao động và xuất khẩu trên 520 triệu USD hàng hóa mỗi năm.",
            "2018-04-16",
            "ministry",
            ["company_profile", "count", "approx", "money_per_year", "no_event"],
            firms=[f("Hanwool")],
            provinces=[pv("Đồng Nai")],
            money=[m(520 * M, "USD", "năm", True)],
            quantities=[c(30_000, "lao động", True)],
            events=[],
        ),
    ]
    # --- Further lines of the polyester EPC story (S2 r2), the yarn maker's AGM and placement (S9 r2, S15 r1), the
    # cotton warehouse story (S11 r4), the recycled-fabric agreement (S14 r3) and the Korean footwear plant (S16 r3) ---
    rows += [
        h(
            n(),
            "Đây sẽ là nhà máy xơ sợi polyester đầu tiên ở miền Bắc.",
            "2009-11-18",
            "ministry",
            ["ordinal_claim", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Là doanh nghiệp làm nguyên liệu dệt may, Sợi Phúc Khang được dự báo hưởng lợi lớn từ quy tắc “từ sợi trở đi” và các hiệp định thương mại tự do với Hàn Quốc và EU.",
            "2016-03-30",
            "ministry",
            ["analyst_view", "country", "bloc_nothing", "no_event"],
            firms=[f("Sợi Phúc Khang")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Sợi Phúc Khang đang gấp rút hoàn thiện nhà máy Khangtex. Ảnh minh họa",
            "2024-08-13",
            "ministry",
            ["photo_caption", "plant_brand_no_firm", "construction_no_event", "no_event"],
            firms=[f("Sợi Phúc Khang")],
            events=[],
        ),
        h(
            n(),
            "Sản xuất bông trong nước gần như không phát triển được, diện tích trồng ngày càng thu hẹp.",
            "2016-03-02",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cụ thể, GreenLink sẽ là đơn vị phân phối vải sợi mang công nghệ độc quyền của Everfine tại thị trường Việt Nam, đồng thời hai bên cùng ra mắt các dòng sản phẩm mới.",
            "2023-04-22",
            "ministry",
            ["mou_terms_no_second_deal", "short_names", "no_event"],
            firms=[f("GreenLink"), f("Everfine")],
            events=[],
        ),
        h(
            n(),
            "Theo chủ đầu tư, nhà máy sẽ xây xong vào năm 2020 và cần khoảng 11.000 lao động khi đi vào hoạt động.",
            "2018-04-16",
            "ministry",
            ["schedule", "bare_investor_word", "count", "approx", "no_event"],
            quantities=[c(11_000, "lao động", True)],
            events=[],
        ),
    ]
    # --- English: an international edition's story on a zipper maker's second plant (S4 r1, again at S18 r2) ---
    rows += [
        h(
            n(),
            "VnExpress International\nThe most read Vietnamese newspaper\nInternational Edition\nCompanies\n\nJapanese zipper giant switches on second Vietnam plant\n\nBy Hoang Phuc   September 27, 2019 | 09:14 am GMT+7",
            "2019-09-27",
            "ministry",
            [
                E,
                "page_chrome",
                "headline_no_firm",
                "byline_person",
                "timestamp_line",
                "multiline",
                "no_event",
            ],
            persons=[per("Hoang Phuc", None)],
            events=[],
        ),
        h(
            n(),
            "Hoshimura Fastening Corporation began production at its second Vietnamese plant, in the northern province of Ha Nam, on September 24, 2019. Photo courtesy of Hoshimura.",
            "2019-09-27",
            "ministry",
            [E, "inauguration_no_capital", "corporation_kept", "photo_courtesy_firm", "unaccented_english"],
            firms=[f("Hoshimura Fastening Corporation"), f("Hoshimura")],
            provinces=[pv("Hà Nam")],
            events=[ev("inauguration", [F("Hoshimura Fastening Corporation")], None, None, HNa, "completed")],
        ),
        h(
            n(),
            "Hoshimura Vietnam Co., the group's local arm, put $47.6 million into the facility at Thanh Liem Industrial Park, about 55 kilometers south of Hanoi, the Nikkei Asian Review reported, citing a company statement.",
            "2019-09-27",
            "ministry",
            [
                E,
                "plant_worth_row",
                "deal_no_event",
                "vietnam_dropped",
                "english_park_no_location",
                "distance_no_count",
                "outlet_nothing",
                "no_site",
            ],
            firms=[f("Hoshimura", "Co.")],
            provinces=[pv("Hà Nội")],
            money=[m(47.6 * M, "USD")],
            deals=[deal("investment", ["Hoshimura"], 47.6 * M)],
            events=[],
        ),
        h(
            n(),
            "Together with its older plant in southern Binh Duong province, the 44,000 square meter site will let the company serve northern garment makers faster as orders move out of China, Hoshimura said.\n\nTags: Hoshimura zipper maker Ha Nam garment industry",
            "2019-09-27",
            "ministry",
            [E, "existing_plant_no_deal", "area", "tags_line", "multiline", "no_event"],
            firms=[f("Hoshimura")],
            provinces=[pv("Bình Dương"), pv("Hà Nam")],
            areas=[ha(4.4)],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Read more\nVinfast draws $1.2 bln in fresh capital\nUS firm wins nod for $4 bln LNG plant in Vietnam",
            "2019-09-27",
            "ministry",
            [
                E,
                "related_headlines",
                "capital_raise_no_deal",
                "unnamed_firm_no_deal",
                "bln_abbrev",
                "multiline",
                "no_event",
            ],
            firms=[f("Vinfast")],
            money=[m(1.2 * B, "USD"), m(4 * B, "USD")],
            events=[],
        ),
    ]
    # --- English: a Japanese daily's and a business daily's tellings of the same opening (S4 r2, S4 r4; again at
    # S18 r4) ---
    rows += [
        h(
            n(),
            "Hoshimura opens second Vietnam zipper plant, eyes 35% output rise\n\nHANOI – Zipper maker Hoshimura Fastening Corporation started running its second factory in Vietnam this week, a company spokesman told NNA on Wednesday.",
            "2019-09-26",
            "ministry",
            [
                E,
                "headline_lead",
                "dateline",
                "inauguration_no_capital",
                "short_name_and_full_name",
                "weekday_no_date",
                "percentage",
                "no_site",
                "multiline",
            ],
            firms=[f("Hoshimura"), f("Hoshimura Fastening Corporation")],
            provinces=[pv("Hà Nội")],
            percentages=[35],
            events=[
                ev("inauguration", [F("Hoshimura Fastening Corporation")], None, None, None, "completed")
            ],
        ),
        h(
            n(),
            "The Japanese company wants 35 percent more capacity in the year to March 2021 than in fiscal 2017.\nZipper maker Hoshimura Fastening Corporation's second Vietnam plant, in Ha Nam province, on Wednesday",
            "2019-09-26",
            "ministry",
            [
                E,
                "target",
                "adjective_no_country",
                "photo_caption",
                "possessive_firm",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Hoshimura Fastening Corporation")],
            provinces=[pv("Hà Nam")],
            percentages=[35],
            events=[],
        ),
        h(
            n(),
            "World's biggest zipper maker HKK begins work at second Vietnam plant |\nHoshimura Vietnam Co. set up the plant in Thanh Liem Industrial Park, Ha Nam province, with a total investment of $47.6 million; it began operating on September 24.",
            "2019-09-30",
            "ministry",
            [
                E,
                "headline_typo_name",
                "inauguration_with_capital",
                "vietnam_dropped",
                "english_park_no_location",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("HKK"), f("Hoshimura", "Co.")],
            provinces=[pv("Hà Nam")],
            money=[m(47.6 * M, "USD")],
            deals=[deal("investment", ["Hoshimura"], 47.6 * M, HNa, "2019-09-24")],
            events=[ev("inauguration", [F("Hoshimura")], 47.6 * M, "USD", HNa, "completed")],
        ),
        h(
            n(),
            "Hoshimura Vietnam dates from 1997 and was the group's 9th fastening company in the ASAO region; the global zipper market could be worth $14.2 billion by 2025, growing 6.9 per cent a year.",
            "2019-09-30",
            "ministry",
            [
                E,
                "company_history",
                "ordinal_not_count",
                "region_acronym_nothing",
                "market_forecast",
                "percentage",
                "no_event",
            ],
            firms=[f("Hoshimura")],
            money=[m(14.2 * B, "USD")],
            percentages=[6.9],
            events=[],
        ),
    ]
    # --- English: a sourcing site's short item and a Japanese wire's feature on the zipper maker (S18 r1, S18 r3) ---
    rows += [
        h(
            n(),
            "Hoshimura, the largest zipper maker in the world, is reportedly set to invest $76 million in its Vietnamese plant to lift yearly output by 25 percent by end-2016 and double it by 2017.",
            "2015-03-11",
            "ministry",
            [E, "announced_investment", "reportedly", "adjective_no_country", "percentage", "no_site"],
            firms=[f("Hoshimura")],
            money=[m(76 * M, "USD")],
            percentages=[25],
            deals=[deal("investment", ["Hoshimura"], 76 * M)],
            events=[ev("investment_announcement", [F("Hoshimura")], 76 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Japan's top zipper maker Hoshimura Fastening plans to raise output in Vietnam by 35 percent within three years as garment exporters keep arriving.\nHoshimura Vietnam Co. is building a second plant, in Ha Nam Province near Hanoi, due for completion next July.",
            "2018-09-20",
            "ministry",
            [
                E,
                "headline_lead",
                "plant_under_construction_announced",
                "country_possessive",
                "vietnam_dropped",
                "percentage",
                "duration_no_count",
                "multiline",
            ],
            firms=[f("Hoshimura Fastening"), f("Hoshimura", "Co.")],
            provinces=[pv("Hà Nam"), pv("Hà Nội")],
            percentages=[35],
            locations=[country("Japan")],
            deals=[deal("investment", ["Hoshimura"], None, HNa)],
            events=[ev("investment_announcement", [F("Hoshimura")], None, None, HNa, "announced")],
        ),
        h(
            n(),
            '"Most of the zippers sewn into clothes here leave the country with them," Kenta Morishita, production planner at Hoshimura, told NNA. The group will spend 21.6 billion yen ($200 million) in Asia this fiscal year, about 44 percent of its fastening budget. (NNA/Kyodo)',
            "2018-09-20",
            "ministry",
            [
                E,
                "quote",
                "person_role_after",
                "region_budget_no_deal",
                "jpy",
                "bracketed_conversion",
                "agency_nothing",
                "approx",
            ],
            persons=[per("Kenta Morishita", "production planner at Hoshimura")],
            firms=[f("Hoshimura")],
            money=[m(21.6 * B, "JPY"), m(200 * M, "USD")],
            percentages=[44],
            events=[],
        ),
    ]
    # --- English: the national wire's English service on a machinery fair (S8 r2) ---
    rows += [
        h(
            n(),
            "Looms, knitting machines and dyeing lines from some 210 exhibitors are on show at the 21st Vietnam International Textile & Garment Industry Exhibition in HCM City until September 23. — VNA/VNS Photo Hoang Lan |",
            "2023-09-21",
            "ministry",
            [E, "photo_caption", "photo_credit_person", "ordinal_not_count", "count", "approx"],
            persons=[per("Hoang Lan", None)],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(210, "exhibitors", True)],
            events=[],
        ),
        h(
            n(),
            "HCM CITY — The four-day VTG exhibition opened on Wednesday at the Saigon Exhibition and Convention Centre, drawing companies from 16 countries and territories to some 820 booths.",
            "2023-09-21",
            "ministry",
            [E, "dateline", "venue_no_org", "count", "approx", "duration_no_count", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(16, "countries and territories"), c(820, "booths", True)],
            events=[],
        ),
        h(
            n(),
            "Textile and garment exports reached US$21.6 billion in the first half, up 15 per cent year on year, according to the Việt Nam Textile and Apparel Association (VITAS).",
            "2023-09-21",
            "ministry",
            [E, "statistics", "org_acronym_bracket", "percentage", "no_event"],
            organizations=["Việt Nam Textile and Apparel Association"],
            money=[m(21.6 * B, "USD")],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "Running the show is Vietnam Trade Fair and Advertising JSC, a unit of the Ministry of Industry and Trade, with Linkers Trade & Marketing Service Co., Ltd as co-organiser. — VNS",
            "2023-09-21",
            "ministry",
            [E, "organisers_no_deal", "ampersand_in_name", "agency_credit_nothing", "no_event"],
            firms=[
                f("Vietnam Trade Fair and Advertising", "JSC"),
                f("Linkers Trade & Marketing Service", "Co., Ltd"),
            ],
            organizations=["Ministry of Industry and Trade"],
            events=[],
        ),
    ]
    # --- English: an external radio service's fair preview (S8 r4; again at S19 r4) ---
    rows += [
        h(
            n(),
            "HCM City to host textile machinery and fabric expo\n\nvov.vn\nChia sẻ\n\n(VOVWORLD) - The Vietnam Saigon Textile & Garment Industry and Fabric & Garment Accessories Expo is back in Ho Chi Minh City from June 12 to 15.",
            "2023-06-05",
            "ministry",
            [
                E,
                "headline_lead",
                "page_chrome",
                "outlet_bracket_nothing",
                "event_name_nothing",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Some 265 exhibitors from 18 countries and territories, among them China, Germany, India, the United Kingdom and the United States, will take part; Korea brings a pavilion with Sunil Looms and Kotex Machinery, and the Taiwan Textile Federation has one of its own.\n\nFeedback",
            "2023-06-05",
            "ministry",
            [
                E,
                "country_list",
                "brands_as_firms",
                "country_in_org_name",
                "count",
                "approx",
                "page_chrome",
                "multiline",
                "no_event",
            ],
            firms=[f("Sunil Looms"), f("Kotex Machinery")],
            organizations=["Taiwan Textile Federation"],
            quantities=[c(265, "exhibitors", True), c(18, "countries and territories")],
            locations=[
                country("China"),
                country("Germany"),
                country("India"),
                country("United Kingdom"),
                country("United States"),
                country("Korea"),
            ],
            events=[],
        ),
    ]
    # --- English: a trade magazine, an army paper's English page and a mill's repost of radio copy on machinery
    # shows (S19 r1, S19 r2, S19 r3) ---
    rows += [
        h(
            n(),
            "German textile machinery on show in Vietnam\n\nMembers of the VDMA Textile Machinery Association presented spinning, weaving and finishing equipment in Hanoi and Ho Chi Minh City in late June, with support from Vitas; about 550 industry representatives came.\n\nFor the full story, see the July 2017 edition of Textiles South East Asia.",
            "2017-07-20",
            "ministry",
            [
                E,
                "headline_lead",
                "adjective_no_country",
                "count",
                "approx",
                "paywall_line",
                "multiline",
                "no_event",
            ],
            organizations=["VDMA Textile Machinery Association", "Vitas"],
            provinces=[pv("Hà Nội"), pv("Hồ Chí Minh")],
            quantities=[c(550, "industry representatives", True)],
            events=[],
        ),
        h(
            n(),
            "PANO – The 2015 International Textile and Garment Industry Exhibition runs from April 8 to 11, organised by the Vietnam National Textile and Garment Group (Vinatex) and the Vietnam Chamber of Commerce and Industry (VCCI), with more than 480 firms from 21 countries and territories showing sewing, dyeing and weaving machines.\n\nTranslated by Le Minh",
            "2015-04-08",
            "ministry",
            [
                E,
                "outlet_prefix_nothing",
                "acronym_bracket_not_firm",
                "organisers_no_deal",
                "count",
                "approx",
                "translator_person",
                "multiline",
                "no_event",
            ],
            firms=[f("Vietnam National Textile and Garment Group")],
            organizations=["Vietnam Chamber of Commerce and Industry"],
            persons=[per("Le Minh", None)],
            quantities=[c(480, "firms", True), c(21, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "The Vietnam Saigon Fabric & Garment Accessories Expo 2018 opens at the Saigon Exhibition and Convention Centre on April 11 under the sponsorship of the Ministry of Industry and Trade and Vinatex; over 1,100 businesses from Vietnam and 23 other countries are expected.",
            "2018-04-02",
            "ministry",
            [E, "fair_preview", "venue_no_org", "sponsor_no_deal", "count", "approx", "no_event"],
            organizations=["Ministry of Industry and Trade"],
            firms=[f("Vinatex")],
            quantities=[c(1100, "businesses", True), c(23, "other countries")],
            events=[],
        ),
        h(
            n(),
            "Exporting US$31-33 billion a year means importing close to US$11 billion of inputs, mostly from China, Taiwan and South Korea, said Tran Van Tuan, vice secretary general of Vitas.\nSource : VOV News",
            "2018-04-02",
            "ministry",
            [
                E,
                "reported_speech",
                "person_role_after",
                "money_range",
                "approx",
                "source_line",
                "multiline",
                "no_event",
            ],
            persons=[per("Tran Van Tuan", "vice secretary general of Vitas")],
            organizations=["Vitas"],
            money=[m(31 * B, "USD"), m(33 * B, "USD"), m(11 * B, "USD", approx=True)],
            locations=[country("China"), country("Taiwan"), country("South Korea")],
            events=[],
        ),
    ]
    # --- English: a spun copy of a wire story on textile FDI (S17 r1) ---
    rows += [
        h(
            n(),
            "Overseas-funded initiatives make up 63 per cent of the garment-textile commerce's export turnover, in response to the Vietnam Textile and Attire Affiliation (VITAS), with giant companies from China, Japan, India, South Korea and Taiwan constructing trendy factories within the nation.",
            "2019-11-04",
            "ministry",
            [
                E,
                "spun_text",
                "spun_org_name_as_written",
                "org_acronym_bracket",
                "country_list",
                "percentage",
                "no_event",
            ],
            organizations=["Vietnam Textile and Attire Affiliation"],
            percentages=[63],
            locations=[
                country("China"),
                country("Japan"),
                country("India"),
                country("South Korea"),
                country("Taiwan"),
            ],
            events=[],
        ),
        h(
            n(),
            "Singapore's Kenbridge Co Ltd began development late last month of a towel, material and DTY yarn plant at Rang Dong Textile Business Park within the northern province of Nam Dinh, a complete funding of 612.4 billion VND ($27 million).",
            "2019-11-04",
            "ministry",
            [
                E,
                "spun_text",
                "construction_start_groundbreaking",
                "country_possessive",
                "english_park_no_location",
                "bracketed_conversion",
                "no_date",
            ],
            firms=[f("Kenbridge", "Co Ltd")],
            provinces=[pv("Nam Định")],
            money=[m(612.4 * B, "VND"), m(27 * M, "USD")],
            locations=[country("Singapore")],
            deals=[deal("groundbreaking", ["Kenbridge"], 612.4 * B, NDi)],
            events=[ev("groundbreaking", [F("Kenbridge")], 612.4 * B, "VND", NDi, "started")],
        ),
        h(
            n(),
            "Additionally beneath manner is a $188-million textile dyeing manufacturing facility of Prime Weave Co Ltd, a unit of Japan's Aozora Group, on the identical park, a home media outlet reported.",
            "2019-11-04",
            "ministry",
            [
                E,
                "spun_text",
                "under_way_announced",
                "parent_group_mention",
                "country_possessive",
                "hyphenated_amount",
                "no_site",
            ],
            firms=[f("Prime Weave", "Co Ltd"), f("Aozora Group")],
            money=[m(188 * M, "USD")],
            locations=[country("Japan")],
            deals=[deal("investment", ["Prime Weave"], 188 * M)],
            events=[ev("investment_announcement", [F("Prime Weave")], 188 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "An funding license was handed in January to Hong Kong's Emberly International Group to modernise the Yi Hoa Denim Mill Co Ltd, complete funding almost 1.38 trillion VND ($58 million).\n\nFibre2Fashion Information Desk (DS)\n\nPrevious post Haunted mansion ‘Lantern’ replica artwork print | HALLOWEEN",
            "2019-11-04",
            "ministry",
            [
                E,
                "spun_text",
                "licence_passive_no_grantor",
                "country_possessive",
                "target_mill_mention",
                "bracketed_conversion",
                "approx",
                "desk_credit_nothing",
                "junk_footer",
                "month_no_day",
                "no_site",
                "multiline",
            ],
            firms=[f("Emberly International Group"), f("Yi Hoa Denim Mill", "Co Ltd")],
            money=[m(1380 * B, "VND", approx=True), m(58 * M, "USD")],
            locations=[country("Hong Kong")],
            deals=[deal("investment", ["Emberly International Group"], 1380 * B)],
            events=[
                ev(
                    "investment_licence",
                    [F("Emberly International Group")],
                    1380 * B,
                    "VND",
                    None,
                    "licensed",
                )
            ],
        ),
    ]
    # --- English: a fashion-trade portal on first-half textile FDI licences (S17 r4) ---
    rows += [
        h(
            n(),
            "Feedback Here\n\nfbook  tweeter  linkin YouTube\nGlobal contents also translated in Chinese\n\nFDI flows into Vietnam's yarn sector\n\nTaiwan-owned Far Horizon Polytex has won a licence for a yarn factory in the southern province of Binh Duong, the biggest foreign project there in the first half, costing an estimated $262 million in its first phase.",
            "2015-06-29",
            "ministry",
            [
                E,
                "page_chrome",
                "headline_lead",
                "licence_no_grantor",
                "noun_owned_country",
                "approx",
                "multiline",
            ],
            firms=[f("Far Horizon Polytex")],
            provinces=[pv("Bình Dương")],
            money=[m(262 * M, "USD", approx=True)],
            locations=[country("Taiwan")],
            deals=[deal("investment", ["Far Horizon Polytex"], 262 * M, BDg)],
            events=[ev("investment_licence", [F("Far Horizon Polytex")], 262 * M, "USD", BDg, "licensed")],
        ),
        h(
            n(),
            "Another $650 million to $900 million is planned for phase two. Turkish-owned Anadolu Iplik Tekstil is building a $640 million yarn mill, while British-owned Harrowgate Vietnam has a $290 million project.",
            "2015-06-29",
            "ministry",
            [
                E,
                "phase_plan_no_firm",
                "plant_under_construction_announced",
                "project_line",
                "deal_no_event",
                "adjective_owned_no_country",
                "vietnam_dropped",
                "money_range",
                "no_site",
            ],
            firms=[f("Anadolu Iplik Tekstil"), f("Harrowgate")],
            money=[m(650 * M, "USD"), m(900 * M, "USD"), m(640 * M, "USD"), m(290 * M, "USD")],
            deals=[
                deal("investment", ["Anadolu Iplik Tekstil"], 640 * M),
                deal("investment", ["Harrowgate"], 290 * M),
            ],
            events=[
                ev("investment_announcement", [F("Anadolu Iplik Tekstil")], 640 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "These were the largest FDI approvals in Vietnam by June 20, 28.7 per cent of all new pledges; the country licensed 731 new projects worth $3.71 billion, 19 per cent fewer than a year earlier.\n\nLATEST TOP NEWS",
            "2015-06-29",
            "ministry",
            [E, "statistics", "count", "percentage", "page_chrome", "multiline", "no_event"],
            money=[m(3.71 * B, "USD")],
            percentages=[28.7, 19],
            quantities=[c(731, "new projects")],
            events=[],
        ),
    ]
    # --- English: a trade site on restarting a state polyester plant (S20 r1) ---
    rows += [
        h(
            n(),
            "Vietnam weighs restart of Cat Hai polyester fibre plant\n\nThe plant belongs to Hai Long Petrochemical and Textile Fibre JSC (HLTex), a joint venture of the Vietnam National Oil and Gas Group (Petrovietnam) and the Vietnam National Textile and Garment Group (Vinatex).",
            "2017-03-15",
            "ministry",
            [
                E,
                "headline_lead",
                "restart_no_deal",
                "joint_venture_ownership_no_deal",
                "acronym_bracket_not_firm",
                "multiline",
                "no_event",
            ],
            firms=[
                f("Hai Long Petrochemical and Textile Fibre", "JSC"),
                f("Vietnam National Oil and Gas Group"),
                f("Vietnam National Textile and Garment Group"),
            ],
            events=[],
        ),
        h(
            n(),
            "It made its first staple fibre in 2012 but halted in 2016 after losses put at about VND1.35 trillion (US$60m); Vinatex, its main buyer, says polyester demand rises 9-14% a year.",
            "2017-03-15",
            "ministry",
            [
                E,
                "losses",
                "bracketed_conversion",
                "approx",
                "percentage_range",
                "buyer_no_contract",
                "no_event",
            ],
            firms=[f("Vinatex")],
            money=[m(1350 * B, "VND", approx=True), m(60 * M, "USD", approx=True)],
            percentages=[9, 14],
            events=[],
        ),
        h(
            n(),
            "Vietnam imports roughly 750,000 tonnes of cotton and 380,000 tonnes of polyester fibre a year, and its spindles nearly doubled to about 7.4m in 2016.",
            "2017-03-15",
            "ministry",
            [E, "statistics", "tonnage_no_count", "spindles_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a fibre portal on the plant's output and suppliers (S20 r2; again at S20 r4) ---
    rows += [
        h(
            n(),
            "Cat Hai Polyester Plant, 78 percent held by Petrovietnam and 22 percent by Vinatex, aims to triple yarn output to 70,000 tonnes by December.",
            "2018-05-08",
            "ministry",
            [E, "shareholding_no_deal", "plant_name_nothing", "percentage", "tonnage_no_count", "no_event"],
            firms=[f("Petrovietnam"), f("Vinatex")],
            percentages=[78, 22],
            events=[],
        ),
        h(
            n(),
            "At a product launch, company director Pham Quoc Dung said the staple fibre, filament and chips met international standards, made with polycondensation technology from Germany's Kreutzer Anlagenbau and spinning lines from Brenner Textilmaschinen.",
            "2018-05-08",
            "ministry",
            [
                E,
                "person_role_before",
                "lowercase_role",
                "technology_source_no_contract",
                "country_possessive",
                "no_event",
            ],
            persons=[per("Pham Quoc Dung", "company director")],
            firms=[f("Kreutzer Anlagenbau"), f("Brenner Textilmaschinen")],
            locations=[country("Germany")],
            events=[],
        ),
        h(
            n(),
            "HLTex is now working with Vinatex on further plants in Hai Phong, Nam Dinh, Ha Nam, Thanh Hoa and Nghe An.\nPatagonia has unveiled a capsule collection of everyday basics.\nEgypt's cotton spinners are in the middle of a large expansion.",
            "2018-05-08",
            "ministry",
            [
                E,
                "ongoing_partnership_no_deal",
                "province_list",
                "teaser_lines",
                "country_possessive",
                "multiline",
                "no_event",
            ],
            firms=[f("HLTex"), f("Vinatex"), f("Patagonia")],
            provinces=[pv("Hải Phòng"), pv("Nam Định"), pv("Hà Nam"), pv("Thanh Hóa"), pv("Nghệ An")],
            locations=[country("Egypt")],
            events=[],
        ),
    ]
    # --- English: a Chinese trade site's machine translation on the plant's first fibre (S20 r3) ---
    rows += [
        h(
            n(),
            "Vietnam Makes Own Polyester Fiber For First Time.\nVietnam?\nThe Cat Hai polyester fiber factory, which petroleum and petrochemical and textile fiber shares (HLTEX) invest, turned out home-made polyester staple fibers (PSF) first batch.",
            "2012-04-10",
            "ministry",
            [
                E,
                "machine_translation",
                "first_output_inauguration",
                "acronym_only_firm",
                "broken_lines",
                "no_site",
                "multiline",
            ],
            firms=[f("HLTEX")],
            events=[ev("inauguration", [F("HLTEX")], None, None, None, "completed")],
        ),
        h(
            n(),
            "This factory is located in the northern port of Haiphong city.\nindustrial park\nIt covers an area of 14 hectares.\nAt the same time, HLTEX has started investing about 120 billion Dong Dong in Ting Wu.\nIndustrial Park\nBuild Phu Bai fiber factory.",
            "2012-04-10",
            "ministry",
            [
                E,
                "machine_translation",
                "broken_lines",
                "started_investing_announced",
                "garbled_place_nothing",
                "approx",
                "area",
                "no_site",
                "multiline",
            ],
            firms=[f("HLTEX")],
            provinces=[pv("Hải Phòng")],
            money=[m(120 * B, "VND", approx=True)],
            areas=[ha(14)],
            deals=[deal("investment", ["HLTEX"], 120 * B)],
            events=[ev("investment_announcement", [F("HLTEX")], 120 * B, "VND", None, "announced")],
        ),
    ]
    return rows
