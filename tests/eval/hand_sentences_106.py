# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 106 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: aluminium, copper, steel wire and other metal-processing suppliers: new
plants and lines, supply and export contracts, the customers they supply, and trade-defence news that touches them
(2018-2026). Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code,
data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy nhôm định hình khánh thành dây
chuyền mới", S2 "thép cuộn xuất khẩu hợp đồng cung cấp khách hàng", S3 "nhà máy dây đồng cáp điện khu công nghiệp vốn
đầu tư", S4 "thuế chống bán phá giá thép mạ kẽm xuất khẩu doanh nghiệp Việt Nam", S5 "Hòa Phát ký hợp đồng cung cấp
thép cuộn cán nóng", S6 "khởi công nhà máy thép dây kéo sợi vốn đầu tư", S7 "nhôm Việt Nam điều tra chống bán phá giá
Mỹ Úc nhôm định hình", S8 "Cadivi Trần Phú dây cáp điện doanh thu xuất khẩu", S9 "tôn mạ Hoa Sen Nam Kim xuất khẩu đơn
hàng châu Âu", S10 "Bộ Công Thương áp thuế tự vệ phôi thép thép dài nhập khẩu", S11 "nhà máy luyện đồng Lào Cai đồng tấm
sản lượng tiêu thụ", S12 "cấp giấy chứng nhận đầu tư dự án nhà máy sản xuất nhôm khu công nghiệp nhà đầu tư Trung
Quốc", S13 "doanh nghiệp thép xuất khẩu sang EU Mỹ đơn hàng tăng", S14 "ống thép trúng thầu cung cấp cho dự án đường
ống", S15 "dây thép mạ kẽm lưới thép công ty sản xuất khách hàng nhà máy", S16 "Cục Phòng vệ thương mại khuyến nghị
doanh nghiệp xuất khẩu nhôm thép điều tra lẩn tránh thuế", and in English S17 "Vietnam aluminium extrusion plant new
production line export", S18 "Vietnam steel anti-dumping duty exporters Hoa Phat", S19 "Vietnam copper wire cable
factory investment", S20 "Vietnam steel wire supply contract customer export order". No sentence is taken or
paraphrased from a page; the shapes are. Firm and person names are invented (Nhôm Kim Sơn and its plant brand Alkora,
Cáp điện Quỳnh Phụ, Cơ điện Hoàng Gia, Zenmar Electric, Tập đoàn Thép Hưng Thịnh / Hung Thinh Steel Group and its
units, Krause Walzwerk, Sungai Steel, Công nghiệp Tàu thủy Hòn Khoai, Tôn Phước Khang, Thép mạ Sông Lam, Tôn màu Đại
Việt, Tôn mạ màu Kim Thành, Indelco and Sacavi / Saigon Electric Cable, Gạch men Thanh Bình, Chứng khoán Đông Dương, Cấp
nước Sông Bùi, Phúc Lộc Steel, the US petitioners Prairie Extrusion Company, Cascade Profiles, Dunmore Aluminum,
Keystone Extruded Products and Redwater Metals, Everwin Metal Corporation, Hengda Aluminium Group, Nordal and its venture
with Saigon Trade Group, DWC Asia / Daehan Wire & Cable, Hanseong Cable & Solution, Ky Anh Iron and Steel, Sao Viet
Securities, Ningbo Zhongtai Trading, the parks Phú Nghĩa, Quỳnh Côi, Hoàng Mai I, Tam Thăng and Liên Hà Thái as used
here, a fictional Fiji deputy prime minister, and every official, analyst, byline and figure); well-known names (Hoa
Sen, Nam Kim, Yodogawa Steel, Ton Dong A, Vinacomin, DOC, DFT, ADC, ITC, DGTR, the European Commission, VSA, Reuters) appear
only in sentences of our own with figures changed; decision numbers are invented except the Investment Law's.

What the sample looked like (80 result slots, about 62 distinct pages: the VNS aluminium-licence story, the CADIVI
central-factory item, a nhaquanly trade-defence tag entry, a thuonggiaonline tag, two bnews/etime slugs and a
geopulse spam slug came back two or three times each): 17 slots were spam (four kuwin betting salads for S9, one for
S8, and twelve machine-made slugs on foreign domains about ore dressing, copper slag, ferro-silicon, coke, an "idc"
steel-plant percentage and desert tenders); 13 were tag slugs, titles and HTML heads (steel-pipe and truss-price tags,
a shop page's <title> and meta block, a publisher's savefile head on a safeguard extension, tariff-quota slugs, a bnews
slug of a steel decision, a ministerial-decision slug, a state-investment law tag); 13 were tag pages, portal lists and
blurbs with content (a tag entry on new anti-dumping duties twice, a provincial portal's firm list with a steel group's
equipment contract with a German supplier, a tag on that group's high-tech steel, a tag on a proposed 53,500-billion
steel complex, a tag on Australia ending its aluminium and galvanised-steel case twice, a VTV countervailing tag, a
corrosion-resistant-steel tag, an author page on a sugar circumvention case, a wide-coil circumvention blurb, a "thử
sức" EU tag and a search-results page); 4 were bulletins, document stores and guides (two satthep world bulletins, a
docplayer "similar documents" list, an investment-certificate guide); 15 were Vietnamese news (a foreign leader's
visit to an aluminium extrusion plant, a cable plant approved in a cluster, an electrical-equipment licence in an
economic zone, a grid connection for an exporter's plant, a KTSG FDI feature, Thailand's sunset review naming Vietnamese
coated-steel makers, two monthly steel-output items, a 2008 steel-complex start from Reuters, the US extrusion case
closed with its petitioners, Australia ending its extrusion countervailing case, a cable maker under its parent group,
wire-and-cable export statistics, steel exports passing 10 billion USD with a group's forward orders, VSA's ten-month
figures); 18 were English or foreign-language copy (the VNS aluminium licence twice, the CADIVI item twice, a Nordic
extruder's joint-venture press and its Russian copy, a Chinese-language alumina item, a French VNA item on another
plant, a Hoa Phat India ruling, a Tuoi Tre wide-coil probe, a VNS EU ruling, The Investor on a Vietnamese duty, a Korea
Herald copper-rod investment, a 400 kV cable plant, two steelorbis export items, a VNA rebar order, a VOV billet
contract). About 12 of the 80 slots told a deal or an event with a named party (the aluminium licence, the cable
approval, the economic-zone licence, the equipment contract, the steel-complex start, the CADIVI phase, the extruder's
press and joint venture, the copper-rod and 400 kV investments, the billet contract and its earlier order); the export
orders, forward orders and African contracts all had unnamed buyers; no supply contract between a Vietnamese metal
processor and a named domestic customer came up in any first four (S2, S9, S14 and S15 gave bulletins, slugs and spam).

Rows: 150 (hand-30401 to hand-30550); 12 carry a deal or an event (8%): 10 events (3 investment licences, 3 investment
announcements, 2 supply contracts, 1 groundbreaking, 1 inauguration) and 12 `deals` entries (7 investment, 3
supply_contract, 1 groundbreaking, 1 cooperation); 2 rows hold a deal without an event (hand-30519 a recalled joint
venture, 30550 a recalled order). 138 rows are negatives and other fields. By page kind: 12 rows of spam salads and
slugs (30401-30412), 13 of tag slugs, titles and page heads (30413-30425), 18 of tag pages, portal lists and blurbs
(30426-30443; 1 with a deal), 12 of bulletins, a document store and a guide (30444-30455), 56 of Vietnamese news and
further lines and entries of the Vietnamese pages (30456-30511; 3), 39 of English copy (30512-30550; 8), three of them
in the shapes of a Russian and a Chinese-language copy; 39 rows are English (`english_copy`, 26%). 8 rows are stored
in NFD (hand-30433, 30446, 30462, 30464, 30474, 30481, 30493, 30500); 4 use old tone placement (30406 "điều hoà",
30410 "graphit hoá", 30459 "anode hoá", 30502 "thoả thuận"); 47 hold several lines (headlines and leads, timestamps,
page heads, list entries, bylines, captions and page chrome).

Own wording: on review of the first draft against the sampled pages, about 70 drafts followed a sampled sentence too
closely (same clause order or the same list with names and figures swapped) and were rewritten from scratch with another
order (amount-first, object-first, effect-first, passive) and other facts around them: the anti-dumping tag entry, the
portal's equipment contract, the high-tech-steel tag, the proposed-complex tag, both Australia items, the VTV tag, the
corrosion-resistant-steel entry, the sugar author page, the wide-coil blurb, the EU tag, the search result; the Chinese
rebar, traders, import-price and both Turkish bulletin lines; the guide's legal basis, statistics, definition and
opening; the plant visit's lead, official, quote and line count; the cable approval's details, the economic-zone
licence's capital, capacity and terms lines, the grid connection and the exporter's jobs; the KTSG lead; the DFT
deadline, respondent list, case history and advice; the monthly-output lines; the steel complex's stake split; the US
case's lead, petition and petitioner list; the cable maker's headline, history, portfolio, stake and expert; the export
headline, statistics and forward orders; the VSA figures and comment; and nearly every English row (the licence's
schedule and running total, all five joint-venture rows, both alumina rows, the India ruling's scope and reasons, the
wide-coil duties, petition and prices, the EU rates, the Vietnamese duty's headline, decision, stocks and analyst, the
copper-rod lead and quote, the cable factory's decision, phase and equipment, the 400 kV plant and its unit, every
export-order row). Dropped: nine drafts whose shape came only from results ranked 5 or lower (a 456% cold-rolled-steel
headline, S4 r8; an aluminium-bar anti-dumping headline, S7 r8; a copper-smelter headline, S11 r5; a top-50 ranking
slug, S8 r8; a Canadian steel-wire warning, S20 r7; an HRC price-gap petition, S18 r6; a steel-association tag, S6 r5;
a Section 232 petition, S10 r8; a long-steel export line, S13 r5-r6) and two without any sampled shape (a galvanising
headline, a results-plan tag). Nothing was used from ranks 5-8, among them: the Luyện đồng Lào Cai output and TKV
history pages (S11 r5 r7 r8), Taihan's Long Thành expansion in Vietnamese (S3 r5), the Kobe Nghệ An and Hoa Sen Nhơn
Hội steel licences (S6 r6-r7), Hoa Phát's wire-rod shipment to Europe in vnexpress and vnbiznews (S13 r5-r6), the US
coated-steel preliminary duties (S4 r7, S13 r7), the aluminium-cable circumvention case and the 4.3-billion-USD
aluminium lot (S16 r5 r7), Hoa Sen's press list (S16 r8), the Australian extrusion provisional duties (S7 r6), the
aslgate and vietnam.vn HRC items (S18 r6 r8), the LS-VINA company page (S19 r8) and the steelorbis wire output and TRAV
steel-wire warning (S20 r7-r8).

Conventions: exactly those of batches 10 and 12-103 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or policy approval naming its investor is an investment deal and an `investment_licence`
event "licensed", the granting body a government party as written, sited by the province written (an economic zone's
board by the province in its name); an unnumbered approval with its day dates the deal; a held construction start is a
groundbreaking deal and event "started" of both partners of a consortium, dated only with a day; an opening with its
phase capital is an investment deal and an inauguration "completed"; a named firm's plan with a future verb or a
capital injection into its subsidiary is an announced investment; a firm-firm supply contract is a supply_contract deal
and signed event, seller first, without site; recalled orders and joint ventures are deals without events; export
orders, forward orders and contracts with unnamed buyers, petitions, respondent and petitioner lists, trade-remedy
rulings and duties, shareholdings, stake splits, divestments without a buyer, working sessions, proposals without an
investor, a utility's own grid works and statistics give no deal; vague amounts are no amounts, "hơn", "khoảng", "gần",
"chừng", "over", "about", "nearly" approximate, "cán mốc" not; prices per tonne are money per "tấn" (per "tonne" in
English), bracketed conversions both money, prices per share no money; tonnages, capacities, widths, HS codes,
durations, ordinals, counts in words and counts without a noun are no counts, English counts keep their English noun;
m² and hectares are areas; "CTCP"/"Công ty Cổ phần" are "Công ty CP", "Tổng Công ty Cổ phần X" is "Tổng công ty",
"JSC", "Co., Ltd", "Co., Ltd." and "Inc." are forms, "Company", "Corporation" and "Group" stay in the name, "Việt Nam"
and a trailing "Vina" are dropped from a foreign subsidiary's name; a site brand in a page head ("Phúc Lộc Steel") is a
firm, a plant brand ("nhà máy nhôm Alkora") none; tickers give nothing; Vietnamese country names and English country
nouns and possessives ("Korea's", "of China", "Oslo, Norway") are countries, English adjectives ("South Korean",
"Japanese") and "Việt Nam"/"Vietnam" none, a country inside an organisation's name none, in a leader's role one;
"EU", "châu Âu", "ASEAN", regions and cities abroad nothing; parks written in Vietnamese are locations, English ones
none; organisations expand UBND and KCN, government parties keep the text's spelling, a bare "UBND tỉnh" is none; foreign
acronyms written alone are organisations ("DOC", "DFT", "VSA"); bylines are persons without role, outlet, agency and
site credits nothing. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Trade-defence rows (about 40) give organisations, percentages, countries and firms only: a foreign body's Vietnamese
  name with its country ("Ủy ban Chống bán phá giá Úc", "Ủy ban Thương mại Quốc tế Hoa Kỳ", "Tổng vụ Phòng vệ thương mại
  Ấn Độ", "Liên minh các nhà sản xuất nhôm đùn Hoa Kỳ") is an organisation with no location for that country unless
  the country is also written outside the name; English bodies as written ("Directorate General of Trade Remedies",
  "European Commission", "Trade Remedies Authority of Vietnam", "Ministry of Industry and Trade"); respondents named in
  a review (30474-30475), petitioners (30487, 30527) and beneficiaries of a ruling are firm mentions and no deal; a duty
  range gives both percentages; "Mục 232" and HS codes are no decision and no count.
- A provincial portal's list entry telling a steel group's equipment contract object-first ("Một hợp đồng ký ngày
  16/4/2025 giao cho Tập đoàn Krause Walzwerk (Đức) việc cung cấp ... cho Tập đoàn Thép Hưng Thịnh", 30428) is a dated
  supply contract, supplier first, without site; the group's own blast furnace starting (30503) is no event (a facility
  is no firm).
- A consortium's construction start told object-first with a wire credit ("Nhà máy thép trị giá 9,4 tỷ USD ... đã được
  Tập đoàn A của Malaysia và Tổng công ty B bắt đầu xây dựng ở tỉnh Ninh Thuận, theo Reuters", 30481) is one
  groundbreaking of both, undated; the stake split next (30482) is no deal.
- A utility wiring a plant ("Để cấp điện cho xưởng của Công ty TNHH X, Công ty Điện lực Quảng Nam đã kéo mới ... vốn hơn
  2,4 tỷ đồng", 30468) is the utility's own works: money and both firms, no deal; the exporter's jobs and markets (30469)
  give a count only.
- A capital injection into a subsidiary ("DWC Asia ... put $10.3 million into its local subsidiary DWC Vina", 30535) is
  DWC Asia's announced investment without site; DWC Vina is the firm "DWC". An English recalled joint venture told
  partner-first with an apposition (30519) is a cooperation deal of both partners, no event.
- A billet sale told buyer-first ("Ningbo Zhongtai Trading Co., Ltd of China will buy 110,000 tonnes ... from Hung Thinh
  under a contract worth over VND950 billion", 30548) is Hung Thinh's signed supply contract with the VND amount; the
  earlier order "in 2019 Ningbo Zhongtai bought over 90,000 tonnes of Hung Thinh billets" (30550) is a supply deal
  without event.
- The cable maker's parent story (30490-30494): a divestment by the ministry without a buyer, a 95.6% holding gathered
  through a subsidiary and a portfolio list give no deal; "Tổng Công ty Cổ phần Thiết bị Điện Đông Dương (Indelco, mã
  IDE)" is one firm (alias and ticker give nothing more).
- Per-tonne prices: "24 NDT/tấn (3,5 USD/tấn)" gives CNY and USD money per "tấn"; "VND900,000 to VND1.8 million
  (US$34–68) a tonne" gives four amounts per "tonne"; "512 - 518 USD/tấn FOB" both ends.
- Spam and slugs: a lower-case brand or province in a betting salad ("tôn lạnh hoa sen", "xổ số đà nẵng") gives nothing;
  "38 tỷ rand" in a spam slug is no money; "vietlott 6/45" no decision."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_106(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    NT = cur("Ninh Thuận")
    DN = cur("Đồng Nai")
    DNA = cur("Đà Nẵng")
    TB = cur("Thái Bình")
    HCM = cur("Hồ Chí Minh")
    NA = cur("Nghệ An")

    ids = iter(range(30401, 30401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads and machine-made slugs on foreign domains (S1 r2-r3, S6 r1 r4, S8 r2, S9 r1-r4,
    # S11 r1-r4, S12 r3, S14 r4, S15 r3-r4) ---
    rows += [
        h(
            n(),
            "kuwin giá nhôm định hình xingfa hôm naysoi cầu xsmb 3 càngtỷ giá yên nhật vietcombank",
            "2025-06-03",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_brand_no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin thép hộp mạ kẽm 40x80xổ số đà nẵng thứ 4lịch thi đấu vleague hôm nay",
            "2025-03-19",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin dây cáp điện 3 pha 4 lõisoi cầu bạch thủ lô kép hôm naycách nấu chè đỗ đen",
            "2025-01-08",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tôn lạnh hoa sen giá bao nhiêu 1 métxsmn chủ nhậtkèo nhà cái ngoại hạng anh",
            "2024-11-24",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_brand_no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xsmt thứ 6cầu lô đẹp nhất tuầndây thép gai hàng rào giá rẻ bình dương",
            "2025-02-14",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tài xỉu uy tínbảng giá ống đồng điều hoà toàn phátxổ số vietlott 6/45 tối nay",
            "2025-04-02",
            "ministry",
            ["spam_keywords", "run_together_words", "old_tone", "slash_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí dây chuyền tuyển quặng đồng công suất nhỏ cho mỏ lộ thiên",
            "2023-09-11",
            "ministry",
            ["spam_slug", "foreign_domain", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy nghiền xỉ đồng di động dùng làm cốt liệu bê tông cho thuê giá rẻ",
            "2022-04-09",
            "ministry",
            ["spam_slug", "foreign_domain", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hạt hợp kim silic mangan tinh chế báo giá nhà máy mã hs xuất xứ",
            "2023-06-03",
            "ministry",
            ["spam_slug", "foreign_domain", "no_event"],
            events=[],
        ),
        h(
            n(),
            "than cốc kim châm graphit hoá cho lò điện hồ quang luyện thép chi phí sản xuất",
            "2023-11-01",
            "ministry",
            ["spam_slug", "foreign_domain", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tỷ lệ phần trăm idc trong dự án nhà máy cán nguội 38 tỷ rand với nhà thầu trung quốc",
            "2022-01-05",
            "ministry",
            [
                "spam_slug",
                "foreign_domain",
                "money_in_spam_no_money",
                "lowercase_country_no_location",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "đấu thầu cung cấp ống thép cho các công ty khai thác ở sa mạc",
            "2018-11-16",
            "ministry",
            ["spam_slug", "foreign_domain", "no_event"],
            events=[],
        ),
    ]
    # --- Tag slugs, shop and publisher page heads, download slugs and bare headlines (S2 r1 r4, S4 r4, S10 r1 r3 r4,
    # S12 r2 r4, S14 r1-r3, S15 r1-r2) ---
    rows += [
        h(
            n(),
            "thanh phan hoa hoc thep ong han xoan api 5l psl2",
            "2019-05-20",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ống thép đúc sch40 tiêu chuẩn astm a106",
            "2020-03-12",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            '<title>Thép Tròn Đặc S45C Phi 60 - Phúc Lộc Steel</title>\n<meta name="description" content="Thép Tròn Đặc S45C Phi 60 - Sản phẩm - Thép tròn đặc">\n<meta name="author" content="Phúc Lộc Steel">\n<meta name="generator" content="NukeViet v4.3">',
            "2021-08-30",
            "ministry",
            ["html_head", "site_brand_firm", "multiline", "no_event"],
            firms=[f("Phúc Lộc Steel")],
            events=[],
        ),
        h(
            n(),
            '<title>Kéo dài thêm 3 năm biện pháp tự vệ với phôi thép và thép dài nhập khẩu</title>\n<meta name="description" content="Kéo dài thêm 3 năm biện pháp tự vệ với phôi thép và thép dài nhập khẩu - Tin tức - Thời sự">\n<meta property="og:type" content="website">',
            "2020-03-24",
            "ministry",
            ["html_head", "duration_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "han ngach thue quan nhap khau phoi thep 2022",
            "2022-01-10",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quyet dinh so 1843 qd bct ap dung bien phap chong ban pha gia doi voi ton ma mau",
            "2019-07-02",
            "ministry",
            ["tag_slug", "unaccented", "unaccented_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quyet dinh cua thu tuong chinh phu ve uu dai dau tu du an luyen kim",
            "2024-05-14",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "luật đầu tư công có sử dụng vốn nhà nước",
            "2023-08-02",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "rút ruột cột thép đường dây 110kv",
            "2021-10-19",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá xà gồ thép mạ kẽm chữ c 2024",
            "2024-02-27",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bao gia khung keo thep nha xuong tien che",
            "2022-09-05",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thong tu 37 2019 tt bct huong dan bien phap phong ve thuong mai",
            "2020-01-15",
            "ministry",
            ["tag_slug", "unaccented", "unaccented_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Để sử dụng trang, vui lòng bật JavaScript trong trình duyệt.\n\nLoader\n\nBản tin thép thế giới ngày 12-9-2022",
            "2022-09-12",
            "ministry",
            ["page_chrome", "bulletin_title", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag pages, portal lists and blurbs on trade defence and steel groups (S4 r2, S10 r2, S5 r2-r3, S6 r3, S7 r1-r2,
    # S13 r1 r4, S16 r1-r4) ---
    rows += [
        h(
            n(),
            "Thuế chống bán phá giá mới với tôn mạ Trung Quốc có hiệu lực\n\nQuyết định của Bộ Công Thương ra đời sau nhiều tháng nhà máy trong nước kêu khó, khi hàng giá rẻ tràn vào lúc mức thuế cũ đã hết hạn.",
            "2025-01-14",
            "ministry",
            ["tag_page", "headline_lead", "trade_remedy", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thông tin doanh nghiệp\n\nThép cán nóng nhập khẩu tăng 41% trong 10 tháng, doanh nghiệp nội kêu khó\n\nMột nhà máy phôi ở Hải Phòng đã cắt một ca sản xuất vì giá chào từ nước ngoài thấp hơn hàng trong nước.",
            "2025-01-14",
            "ministry",
            ["tag_page", "glued_headline", "percentage", "province_bare", "multiline", "no_event"],
            percentages=[41],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp\n\nThép Hưng Thịnh sẽ cán ray tốc độ cao từ năm 2027\nMột hợp đồng ký ngày 16/4/2025 giao cho Tập đoàn Krause Walzwerk (Đức) việc cung cấp công nghệ và thiết bị dây chuyền ray, thép hình 650.000 tấn/năm cho Tập đoàn Thép Hưng Thịnh; đây là ...",
            "2025-04-18",
            "provincial",
            [
                "portal_list",
                "supply_contract_signed",
                "seller_first",
                "object_first",
                "country_bracket",
                "capacity_no_count",
                "deal_date",
                "truncated",
                "multiline",
            ],
            firms=[f("Thép Hưng Thịnh", "Tập đoàn"), f("Krause Walzwerk", "Tập đoàn")],
            locations=[country("Đức")],
            deals=[deal("supply_contract", ["Krause Walzwerk", "Thép Hưng Thịnh"], None, None, "2025-04-16")],
            events=[
                ev(
                    "supply_contract",
                    [F("Krause Walzwerk"), F("Thép Hưng Thịnh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Quảng Ngãi: Lô thép cuộn cán nóng đầu tiên của Hưng Thịnh Dung Quất xuất sang Ý\nChuyến hàng 42.000 tấn rời cảng Dung Quất sáng 3/3, mở đầu ...",
            "2025-03-05",
            "provincial",
            [
                "portal_list",
                "unnamed_buyer_no_deal",
                "tonnage_no_count",
                "country",
                "truncated",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Hưng Thịnh Dung Quất")],
            locations=[country("Ý")],
            events=[],
        ),
        h(
            n(),
            "UBND tỉnh làm việc với Tập đoàn Thép Hưng Thịnh về tiến độ giai đoạn 2 khu liên hợp\nChiều 21/2, Phó Chủ tịch UBND tỉnh Quảng Ngãi Trương Văn Lộc chủ trì buổi làm việc ...",
            "2025-02-22",
            "provincial",
            [
                "portal_list",
                "working_session_no_deal",
                "bare_unit_no_org",
                "role_before_name",
                "truncated",
                "multiline",
                "no_event",
            ],
            firms=[f("Thép Hưng Thịnh", "Tập đoàn")],
            persons=[per("Trương Văn Lộc", "Phó Chủ tịch UBND tỉnh Quảng Ngãi")],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "Ô tô điện, đóng tàu, đường sắt tốc độ cao: nơi Hưng Thịnh dồn vốn\nMảng ống thép, nơi tập đoàn đang đứng đầu, sẽ giữ nguyên quy mô; tiền sẽ đi vào các loại thép công nghệ cao.",
            "2025-06-10",
            "ministry",
            ["tag_page", "short_name", "plan_no_amount_no_deal", "multiline", "no_event"],
            firms=[f("Hưng Thịnh")],
            events=[],
        ),
        h(
            n(),
            "Khu liên hợp thép 47.800 tỷ đồng được đề xuất ở ven biển Núi Thành\nNếu được duyệt, dự án ở huyện Núi Thành (Quảng Nam) sẽ cho 5 triệu tấn thép mỗi năm. […]",
            "2024-10-08",
            "ministry",
            [
                "tag_page",
                "proposal_no_deal",
                "no_investor",
                "capacity_no_count",
                "district",
                "multiline",
                "no_event",
            ],
            money=[m(47_800 * B, "VND")],
            provinces=[pv("Quảng Nam")],
            locations=[district("huyện Núi Thành")],
            events=[],
        ),
        h(
            n(),
            "Nhôm ép, thép mạ kẽm Việt Nam thoát thuế chống trợ cấp tại Úc\nKhông có mức thuế chống trợ cấp nào với hai mặt hàng này: Ủy ban Chống bán phá giá Úc (ADC) đã khép hồ sơ, Cục Quản lý cạnh tranh thuộc Bộ Công Thương cho hay.",
            "2017-05-30",
            "ministry",
            [
                "tag_page",
                "trade_remedy",
                "country",
                "country_in_org_name",
                "parent_after_thuoc",
                "acronym_bracket",
                "nfd",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban Chống bán phá giá Úc", "Cục Quản lý cạnh tranh", "Bộ Công Thương"],
            locations=[country("Úc")],
            events=[],
        ),
        h(
            n(),
            "chống trợ cấp\n\nLá nhôm Trung Quốc vào Mỹ chịu thuế tới 95%\n\nVTV.vn - Phía Mỹ kết luận lá nhôm từ Trung Quốc bị bán dưới giá trị thông thường, nên mức thuế từ 38% đến 95% sẽ được áp.",
            "2018-03-01",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "trade_remedy",
                "site_credit_nothing",
                "percentage_range",
                "country",
                "multiline",
                "no_event",
            ],
            percentages=[38, 95],
            locations=[country("Mỹ"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Mỹ gia hạn thời hạn kết luận cuối cùng vụ dây cáp nhôm\nBộ Thương mại Hoa Kỳ lùi ngày ban hành kết luận thêm 60 ngày theo đề nghị của bên nguyên đơn.",
            "2024-02-12",
            "ministry",
            ["tag_page", "trade_remedy", "country_in_org_name", "duration_no_count", "multiline", "no_event"],
            organizations=["Bộ Thương mại Hoa Kỳ"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Thép chống ăn mòn Việt Nam cán từ thép nền nhập từ Hàn Quốc có thể bị điều tra lẩn tránh thuế: DOC đã nhận đơn đề nghị và báo cho Cục Phòng vệ thương mại (Bộ Công Thương).",
            "2021-09-08",
            "ministry",
            ["tag_page", "trade_remedy", "bare_acronym_org", "parent_in_brackets", "country", "no_event"],
            organizations=["Cục Phòng vệ thương mại", "Bộ Công Thương", "DOC"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thép chống ăn mòn là gì? Vì sao mặt hàng này hay bị kiện?\nThép chống ăn mòn (CORE) là thép cán phẳng được mạ hoặc phủ kẽm, nhôm kẽm để chống gỉ.",
            "2021-09-08",
            "ministry",
            ["tag_page", "explainer", "acronym_no_org", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bài viết của Thu Hà\n\nĐường mía Thái Lan đi vòng qua nước thứ ba bị điều tra\nLào, Campuchia, Indonesia, Malaysia và Myanmar là năm 'trạm trung chuyển' mà Bộ Công Thương nghi đường Thái Lan đi qua để né thuế. Tối 19-9, ...",
            "2021-09-20",
            "ministry",
            [
                "author_page",
                "byline_person",
                "trade_remedy",
                "country_list",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            persons=[per("Thu Hà", None)],
            organizations=["Bộ Công Thương"],
            locations=[
                country("Thái Lan"),
                country("Lào"),
                country("Campuchia"),
                country("Indonesia"),
                country("Malaysia"),
                country("Myanmar"),
            ],
            events=[],
        ),
        h(
            n(),
            "Né thuế bằng khổ rộng: Cục Phòng vệ thương mại theo dõi sát thép cán nóng trên 1.880 mm\nMọi biện pháp với lô hàng khổ rộng sẽ phải đúng luật phòng vệ thương mại và cam kết quốc tế, dù lượng nhập đang tăng vọt, theo Bộ Công Thương.",
            "2025-08-27",
            "ministry",
            ["blurb", "trade_remedy", "width_no_count", "multiline", "no_event"],
            organizations=["Cục Phòng vệ thương mại", "Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Nhà sản xuất thép xoay trục sang EU\nHết Mỹ lại đến Úc, Canada mở điều tra phòng vệ, nên nhiều doanh nghiệp thép nâng chất lượng để bán vào châu Âu.",
            "2019-08-16",
            "ministry",
            ["tag_page", "region_no_location", "country_list", "multiline", "no_event"],
            locations=[country("Mỹ"), country("Úc"), country("Canada")],
            events=[],
        ),
        h(
            n(),
            "Kết quả tìm kiếm: Xuất khẩu - Trang 2\n\nMỹ nhập thép tháng 2 tăng 18,7%, hàng Trung Quốc gần gấp đôi\nLượng thép vào Mỹ trong tháng đạt 2,64 triệu tấn; phần từ Trung Quốc tăng 91%, lên gần 52.000 tấn.",
            "2025-04-07",
            "ministry",
            [
                "search_results_page",
                "statistics",
                "percentage",
                "tonnage_no_count",
                "country",
                "multiline",
                "no_event",
            ],
            percentages=[18.7, 91],
            locations=[country("Mỹ"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ấn Độ khởi xướng điều tra chống bán phá giá thép mạ màu từ Việt Nam\nTổng vụ Phòng vệ thương mại Ấn Độ (DGTR) đề nghị nhà sản xuất liên quan trả lời bản câu hỏi trong 30 ngày.",
            "2023-10-02",
            "ministry",
            [
                "tag_page",
                "trade_remedy",
                "country",
                "country_in_org_name",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Tổng vụ Phòng vệ thương mại Ấn Độ"],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Thép mạ nhôm kẽm Việt Nam vào diện rà soát cuối kỳ tại Thái Lan\n\nNhiều nhà xuất khẩu có tên trong hồ sơ; Cục Phòng vệ thương mại đề nghị họ trả lời bản câu hỏi đầy đủ.",
            "2022-03-28",
            "ministry",
            ["tag_page", "trade_remedy", "country", "unnamed_firms", "multiline", "no_event"],
            organizations=["Cục Phòng vệ thương mại"],
            locations=[country("Thái Lan")],
            events=[],
        ),
    ]
    # --- Market bulletins, a document store's related list and an investment-certificate guide (S2 r2-r3, S4 r1,
    # S12 r1) ---
    rows += [
        h(
            n(),
            "4.870 NDT/tấn là giá thép cây HRB400E phi 18 giao ngay ở Thượng Hải sau phiên tăng 24 NDT/tấn (3,5 USD/tấn), theo bản tin sáng nay; lượng bán thì giảm.",
            "2021-09-14",
            "ministry",
            [
                "bulletin",
                "amount_first",
                "per_tonne_money",
                "bracketed_conversion",
                "city_abroad_not_location",
                "no_event",
            ],
            money=[m(4870, "CNY", "tấn"), m(24, "CNY", "tấn"), m(3.5, "USD", "tấn")],
            events=[],
        ),
        h(
            n(),
            "Giảm thêm 12,6%, tức 28.150 tấn, là mức hụt của giao dịch thép xây dựng hôm thứ Tư trong nhóm 214 thương nhân được theo dõi.",
            "2021-09-14",
            "ministry",
            ["bulletin", "count", "tonnage_no_count", "percentage", "weekday_no_date", "no_event"],
            quantities=[c(214, "thương nhân")],
            percentages=[12.6],
            events=[],
        ),
        h(
            n(),
            "Sức mua yếu vì dịch kéo giá HRC chào vào Việt Nam xuống thêm chừng 15 USD/tấn, một thương nhân cho biết.",
            "2021-09-14",
            "ministry",
            ["bulletin", "per_tonne_money", "approx", "nfd", "no_event"],
            money=[m(15, "USD", "tấn", True)],
            events=[],
        ),
        h(
            n(),
            "THÉP DÀI\nKhông có giao dịch nào trong tuần, nên 512 - 518 USD/tấn FOB vẫn là mức chào của các nhà máy Thổ Nhĩ Kỳ cho thép cây xuất khẩu.",
            "2018-10-29",
            "ministry",
            ["bulletin", "caps_section", "per_tonne_money", "range", "country", "multiline", "no_event"],
            money=[m(512, "USD", "tấn"), m(518, "USD", "tấn")],
            locations=[country("Thổ Nhĩ Kỳ")],
            events=[],
        ),
        h(
            n(),
            "Các chuyến hàng sang Mỹ, bất chấp thuế Mục 232, đã kéo lượng thép cây Thổ Nhĩ Kỳ xuất đi tăng trở lại trong tháng 7; cả nửa đầu năm, con số này vẫn thấp hơn cùng kỳ 12,9%.",
            "2018-10-29",
            "ministry",
            ["bulletin", "percentage", "country", "section_number_no_decision", "no_event"],
            percentages=[12.9],
            locations=[country("Mỹ"), country("Thổ Nhĩ Kỳ")],
            events=[],
        ),
        h(
            n(),
            "Trung Đông và châu Phi giờ là nơi các nhà máy Thổ Nhĩ Kỳ tìm khách, khi Mỹ gần như khóa cửa còn châu Âu mua rất ít.",
            "2018-10-29",
            "ministry",
            ["bulletin", "region_no_location", "country", "no_event"],
            locations=[country("Thổ Nhĩ Kỳ"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Tài liệu tương tự\n\nBáo cáo Thị trường Thép Ngày: 22/11/2019 Tiêu điểm: + Giá quặng sắt lùi về đáy ba tháng + Thuế tự vệ với thép cuộn cán nguội\n\n(Microsoft Word - 3_Tran NT-T\\ doc)\n\nCHƯƠNG TRÌNH ĐẠI HỘI ĐỒNG CỔ ĐÔNG THƯỜNG NIÊN 2014 Thời gian: Thứ bảy (từ 08h00) ngày 26 tháng 04 năm 2014",
            "2019-12-02",
            "ministry",
            [
                "document_store",
                "related_list",
                "file_name",
                "caps_title",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "PVTM 3\n\nBÁO CÁO THỊ TRƯỜNG THÉP Ngày: 08/05/2019 Tiêu điểm: + Mười năm bảo hộ nhìn lại + Áp lực từ thép nhập khẩu giá rẻ",
            "2019-05-10",
            "ministry",
            ["document_store", "caps_title", "code_no_org", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Căn cứ để làm thủ tục là Luật Đầu tư năm 2020, Nghị định số 31/2021/NĐ-CP hướng dẫn luật này và Thông tư 25/2023/TT-BKHĐT về mẫu văn bản, báo cáo.",
            "2024-10-04",
            "legal",
            ["guide", "law_by_year_no_decision", "decision_list", "no_event"],
            decisions=[d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Đã có 2.103 dự án FDI nhận giấy chứng nhận đăng ký đầu tư trong 9 tháng năm 2024, trải trên 17 ngành kinh tế, giữa lúc 118.302 doanh nghiệp mới ra đời.",
            "2024-10-04",
            "legal",
            ["guide", "statistics", "count", "no_event"],
            quantities=[c(2103, "dự án FDI"), c(17, "ngành kinh tế"), c(118_302, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư là gì? Cần bao lâu để được cấp?\nCơ quan đăng ký đầu tư có 15 ngày để xử lý hồ sơ; kết quả có thể là bản giấy hoặc bản điện tử.",
            "2024-10-04",
            "legal",
            ["guide", "question_heading", "duration_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Không có giấy chứng nhận đăng ký đầu tư, nhà đầu tư nước ngoài chưa thể lập doanh nghiệp hay khởi công nhà xưởng.",
            "2024-10-04",
            "legal",
            ["guide", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a foreign delegation at an aluminium extrusion plant (S1 r1) ---
    rows += [
        h(
            n(),
            "Phó Thủ tướng Fiji đến thăm nhà máy nhôm Alkora\n\nXưởng đùn ép, dây chuyền sơn tĩnh điện và khu kiểm tra thành phẩm của nhà máy nhôm Alkora (Công ty CP Nhôm Kim Sơn, KCN Phú Nghĩa, Hà Nội) là những điểm Phó Thủ tướng Cộng hòa Fiji Manoa Ratuvou dừng lại trong buổi thăm sáng 14/1.",
            "2026-01-15",
            "provincial",
            [
                "headline_lead",
                "foreign_leader",
                "country_in_role",
                "plant_brand_no_firm",
                "park_in_brackets",
                "object_first",
                "multiline",
                "no_event",
            ],
            persons=[per("Manoa Ratuvou", "Phó Thủ tướng Cộng hòa Fiji")],
            firms=[f("Nhôm Kim Sơn", "Công ty CP")],
            provinces=[pv("Hà Nội")],
            locations=[country("Fiji"), park("Khu công nghiệp Phú Nghĩa")],
            events=[],
        ),
        h(
            n(),
            "Xã muốn đón thêm nhà máy lớn dùng công nghệ mới, ông Lê Quang Hiếu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Phú Nghĩa, nói với khách.",
            "2026-01-15",
            "provincial",
            ["person_role_after", "commune_committee_in_role", "no_event"],
            persons=[per("Lê Quang Hiếu", "Phó Bí thư Đảng ủy, Chủ tịch UBND xã Phú Nghĩa")],
            organizations=["Ủy ban nhân dân xã Phú Nghĩa"],
            events=[],
        ),
        h(
            n(),
            "“Các đảo quốc Thái Bình Dương cần vật liệu xây dựng bền với gió biển, và doanh nghiệp của xã có thể đáp ứng”, ông Hiếu nói.",
            "2026-01-15",
            "provincial",
            ["quote", "given_name_alone_no_person", "region_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khoảng 55.000 tấn nhôm thành phẩm ra khỏi nhà máy mỗi năm; riêng khâu đùn ép có 12 dây chuyền, còn sơn tĩnh điện dùng 4 và anode hoá dùng 2 dây chuyền.",
            "2026-01-15",
            "provincial",
            ["plant_profile", "count", "count_without_noun", "old_tone", "tonnage_no_count", "no_event"],
            quantities=[c(12, "dây chuyền"), c(2, "dây chuyền")],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng Fiji Manoa Ratuvou (giữa) nghe giới thiệu quy trình xử lý bề mặt thanh nhôm. Ảnh: Bảo Ngọc",
            "2026-01-15",
            "provincial",
            ["caption", "role_before_name", "country_in_role", "photo_credit_person"],
            persons=[per("Manoa Ratuvou", "Phó Thủ tướng Fiji"), per("Bảo Ngọc", None)],
            locations=[country("Fiji")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a cable plant approved in a cluster, an electrical-equipment licence in an economic zone,
    # a grid connection for an exporter's plant (S3 r1-r3) ---
    rows += [
        h(
            n(),
            "Thái Bình: Thêm nhà máy cáp điện ở cụm công nghiệp Quỳnh Côi\n\n12/08/2019 09:40\n\nHơn 121 tỷ đồng sẽ được Công ty CP Cáp điện Quỳnh Phụ rót vào nhà máy dây cáp điện và cáp mạng tại cụm công nghiệp Quỳnh Côi, theo văn bản chấp thuận chủ trương đầu tư mà UBND tỉnh Thái Bình ký ngày 7/8.",
            "2019-08-12",
            "provincial",
            [
                "headline_lead",
                "timestamp",
                "amount_first",
                "licence_by_committee",
                "unnumbered_approval_dated",
                "cluster",
                "approx",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            provinces=[pv("Thái Bình")],
            firms=[f("Cáp điện Quỳnh Phụ", "Công ty CP")],
            organizations=["Ủy ban nhân dân tỉnh Thái Bình"],
            money=[m(121 * B, "VND", approx=True)],
            locations=[park("Cụm công nghiệp Quỳnh Côi")],
            deals=[deal("investment", ["Cáp điện Quỳnh Phụ"], 121 * B, TB, "2019-08-07")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Thái Bình"), F("Cáp điện Quỳnh Phụ")],
                    121 * B,
                    "VND",
                    TB,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Mỗi năm, 11.000 km dây cáp điện và 65.000 thùng cáp mạng sẽ ra khỏi xưởng, đặt trên khu đất hơn 4,6 ha; hạn đưa vào hoạt động là 20 tháng.",
            "2019-08-12",
            "provincial",
            [
                "plant_details_no_firm",
                "area",
                "approx",
                "capacity_no_count",
                "duration_no_count",
                "nfd",
                "no_event",
            ],
            areas=[ha(4.6, True)],
            events=[],
        ),
        h(
            n(),
            "PV\n\n(0) Bình luận\nThái Bình: Thêm nhà máy cáp điện ở cụm công nghiệp Quỳnh Côi\nss",
            "2019-08-12",
            "provincial",
            ["page_furniture", "byline_initials_no_person", "repeated_headline", "multiline", "no_event"],
            provinces=[pv("Thái Bình")],
            locations=[park("Cụm công nghiệp Quỳnh Côi")],
            events=[],
        ),
        h(
            n(),
            "Dự án nhà máy máng cáp, thang cáp và tủ điện vốn gần 142 tỷ đồng của Công ty CP Cơ điện Hoàng Gia (TP Hồ Chí Minh) vừa được Ban Quản lý Khu kinh tế Đông Nam Nghệ An cấp Giấy chứng nhận đăng ký đầu tư, dự kiến vận hành cuối năm 2027.",
            "2025-10-21",
            "provincial",
            [
                "object_first",
                "licence_passive_with_grantor",
                "board_as_grantor",
                "province_in_bracket_after_firm",
                "zone_in_org_name_no_location",
                "approx",
                "nfd",
            ],
            firms=[f("Cơ điện Hoàng Gia", "Công ty CP")],
            provinces=[pv("Hồ Chí Minh"), pv("Nghệ An")],
            organizations=["Ban Quản lý Khu kinh tế Đông Nam Nghệ An"],
            money=[m(142 * B, "VND", approx=True)],
            deals=[deal("investment", ["Cơ điện Hoàng Gia"], 142 * B, NA)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Đông Nam Nghệ An"), F("Cơ điện Hoàng Gia")],
                    142 * B,
                    "VND",
                    NA,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Chỉ 36,2 tỷ đồng, tức 25,5% tổng vốn, là vốn góp của chủ đầu tư; phần còn lại đi vay. Xưởng sẽ chiếm 2,4 ha ở KCN Hoàng Mai I.",
            "2025-10-21",
            "provincial",
            ["plant_details_no_firm", "amount_first", "park", "area", "percentage", "no_event"],
            money=[m(36.2 * B, "VND")],
            percentages=[25.5],
            areas=[ha(2.4)],
            locations=[park("Khu công nghiệp Hoàng Mai I")],
            events=[],
        ),
        h(
            n(),
            "Ngoài tủ điện và máng cáp, chủ đầu tư còn tính cho thuê lại khoảng 7.900 m² nhà xưởng.",
            "2025-10-21",
            "provincial",
            ["plant_details_no_firm", "area_m2", "approx", "no_event"],
            areas=[ha(0.79, True)],
            events=[],
        ),
        h(
            n(),
            "Đi kèm ưu đãi đầu tư là yêu cầu về môi trường và phòng cháy chữa cháy mà doanh nghiệp phải đáp ứng trước ngày chạy máy.",
            "2025-10-21",
            "provincial",
            ["licence_terms", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đóng điện cho nhà máy thiết bị điện ở KCN Tam Thăng\nĐể cấp điện cho xưởng của Công ty TNHH Zenmar Electric, Công ty Điện lực Quảng Nam đã kéo mới 210 m đường dây 22 kV và lắp trạm biến áp (630 + 800) kVA, vốn hơn 2,4 tỷ đồng.",
            "2019-06-11",
            "provincial",
            ["headline_lead", "utility_own_works_no_deal", "approx", "park", "multiline", "no_event"],
            firms=[f("Zenmar Electric", "Công ty TNHH"), f("Điện lực Quảng Nam", "Công ty")],
            money=[m(2.4 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Tam Thăng")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 450 lao động địa phương sẽ có việc khi xưởng chạy chính thức cuối năm; hàng làm ra phần lớn bán sang châu Âu, châu Mỹ và các nước ASEAN.\nT.LỘ",
            "2019-06-11",
            "provincial",
            [
                "exporter_no_buyer",
                "region_no_location",
                "future_opening_no_event",
                "count",
                "approx",
                "caps_byline_initials",
                "multiline",
                "no_event",
            ],
            quantities=[c(450, "lao động", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: an FDI year-end feature (S3 r4) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Bán dẫn và công nghệ cao sẽ còn hút vốn ngoại, giới chuyên gia dự báo, sau một năm 2023 mà FDI gần như là tin vui duy nhất của nền kinh tế.",
            "2024-01-08",
            "ministry",
            ["outlet_credit_nothing", "feature_lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Gần một nửa vốn FDI cả năm dồn về Đông Nam Bộ\n- Hàn Quốc rót hàng tỷ USD chạy đua làm pin thể rắn",
            "2024-01-08",
            "ministry",
            ["related_links", "vague_amount", "region_no_location", "country", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nửa đầu năm, theo số liệu của Tổng cục Thống kê, vốn ngoại đăng ký chỉ khoảng 13,1 tỷ USD, thấp hơn cùng kỳ 3,9%, dù Chính phủ đã tung nhiều gói hỗ trợ doanh nghiệp.",
            "2024-01-08",
            "ministry",
            ["statistics", "approx", "percentage", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[3.9],
            events=[],
        ),
    ]
    # --- Vietnamese news: Thailand's sunset review naming Vietnamese coated-steel makers (S4 r3) ---
    rows += [
        h(
            n(),
            "Hạn chót để phía Việt Nam nộp bản trả lời câu hỏi của DFT là 16h00 ngày 9/5/2022, tính theo giờ Bangkok.",
            "2022-03-28",
            "ministry",
            ["trade_remedy", "bare_acronym_org", "city_abroad_not_location", "deadline_no_deal", "no_event"],
            organizations=["DFT"],
            events=[],
        ),
        h(
            n(),
            "Sáu nhà sản xuất thép mạ nhôm kẽm của Việt Nam có tên trong đợt rà soát: Công ty CP Thép Nam Kim, Tập đoàn Hoa Sen, Công ty TNHH Yodogawa Steel Việt Nam, Công ty CP Tôn Phước Khang, Công ty CP Tôn màu Đại Việt và Công ty TNHH Thép mạ Sông Lam.",
            "2022-03-28",
            "ministry",
            ["respondent_list", "count_in_words", "viet_nam_dropped", "nfd", "no_event"],
            firms=[
                f("Thép Nam Kim", "Công ty CP"),
                f("Hoa Sen", "Tập đoàn"),
                f("Yodogawa Steel", "Công ty TNHH"),
                f("Tôn Phước Khang", "Công ty CP"),
                f("Tôn màu Đại Việt", "Công ty CP"),
                f("Thép mạ Sông Lam", "Công ty TNHH"),
            ],
            events=[],
        ),
        h(
            n(),
            "Với thép phủ màu, danh sách cũng có Tập đoàn Hoa Sen, Công ty CP Tôn Phước Khang, Công ty TNHH Thép mạ Sông Lam và thêm Công ty CP Tôn mạ màu Kim Thành.",
            "2022-03-28",
            "ministry",
            ["respondent_list", "no_event"],
            firms=[
                f("Hoa Sen", "Tập đoàn"),
                f("Tôn Phước Khang", "Công ty CP"),
                f("Thép mạ Sông Lam", "Công ty TNHH"),
                f("Tôn mạ màu Kim Thành", "Công ty CP"),
            ],
            events=[],
        ),
        h(
            n(),
            "Mức thuế 3,9 - 58,8% với thép mạ nhôm kẽm Việt Nam được Thái Lan áp từ tháng 4/2018, sau cuộc điều tra mở ngày 14/10/2016.",
            "2022-03-28",
            "ministry",
            ["trade_remedy", "case_history", "percentage_range", "country", "no_event"],
            percentages=[3.9, 58.8],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp bị nêu tên nên trả lời đủ và đúng hạn, đồng thời báo ngay cho Cục Phòng vệ thương mại khi gặp vướng mắc, cơ quan này lưu ý.",
            "2022-03-28",
            "ministry",
            ["agency_advice", "no_event"],
            organizations=["Cục Phòng vệ thương mại"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a steel group's monthly output and sales (S5 r1 r4) ---
    rows += [
        h(
            n(),
            "Thép cuộn cán nóng chiếm 291.000 tấn trong 764.000 tấn thép Tập đoàn Thép Hưng Thịnh bán ra tháng 10/2024; lò cao của tập đoàn cho ra 712.000 tấn thép thô, nhiều hơn cùng kỳ 18%.",
            "2024-11-06",
            "ministry",
            ["monthly_output", "tonnage_no_count", "percentage", "no_event"],
            firms=[f("Thép Hưng Thịnh", "Tập đoàn")],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Lũy kế 10 tháng, thép xây dựng của tập đoàn bán được 3,9 triệu tấn, cao hơn cùng kỳ 11%; phần còn lại là phôi, tôn mạ và ống thép các loại.",
            "2024-11-06",
            "ministry",
            ["running_total", "lowercase_group_no_firm", "percentage", "tonnage_no_count", "no_event"],
            percentages=[11],
            events=[],
        ),
        h(
            n(),
            "Hưng Thịnh bán 810.000 tấn thép trong tháng cuối năm, mức cao nhất của 2024\n\n17:05\n\nRiêng mảng HRC, lượng bán tháng 12 gấp đôi tháng 11, trong khi phôi và thép xây dựng đi ngang.",
            "2025-01-08",
            "ministry",
            ["headline_lead", "time_stamp", "short_name", "multiline", "no_event"],
            firms=[f("Hưng Thịnh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a steel complex's construction start told from the wire (S6 r2) ---
    rows += [
        h(
            n(),
            "Nhà máy thép trị giá 9,4 tỷ USD, lớn nhất Việt Nam, đã được Tập đoàn Sungai Steel của Malaysia và Tổng công ty Công nghiệp Tàu thủy Hòn Khoai bắt đầu xây dựng ở tỉnh Ninh Thuận, theo Reuters.",
            "2008-12-02",
            "ministry",
            [
                "object_first",
                "groundbreaking",
                "consortium_one_deal",
                "country_after_firm",
                "agency_credit_nothing",
                "nfd",
            ],
            firms=[f("Sungai Steel", "Tập đoàn"), f("Công nghiệp Tàu thủy Hòn Khoai", "Tổng công ty")],
            provinces=[pv("Ninh Thuận")],
            money=[m(9.4 * B, "USD")],
            locations=[country("Malaysia")],
            deals=[deal("groundbreaking", ["Sungai Steel", "Công nghiệp Tàu thủy Hòn Khoai"], 9.4 * B, NT)],
            events=[
                ev(
                    "groundbreaking",
                    [F("Sungai Steel"), F("Công nghiệp Tàu thủy Hòn Khoai")],
                    9.4 * B,
                    "USD",
                    NT,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Phía Malaysia nắm 73% vốn dự án, Hòn Khoai phần còn lại; công suất sẽ đi từ 4,3 triệu tấn/năm ở giai đoạn đầu (năm 2012) lên 14 triệu tấn/năm khi xong toàn bộ vào năm 2026.",
            "2008-12-02",
            "ministry",
            ["capacity_no_count", "shareholding_no_deal", "short_name", "percentage", "country", "no_event"],
            firms=[f("Hòn Khoai")],
            percentages=[73],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "(TTVH)\n\nĐỌC THÊM",
            "2008-12-02",
            "ministry",
            ["source_code", "page_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: the US extrusion case closed, Australia's countervailing case ended (S7 r3-r4) ---
    rows += [
        h(
            n(),
            "(TAP) - Nhôm đùn Việt Nam thoát thuế chống bán phá giá tại Mỹ: vụ điều tra nhắm vào hàng của 14 nền kinh tế đã khép lại mà không có mức thuế nào được áp.",
            "2024-11-26",
            "ministry",
            ["outlet_credit_nothing", "trade_remedy", "count", "country", "no_event"],
            quantities=[c(14, "nền kinh tế")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Ngày 21/11, Ủy ban Thương mại Quốc tế Hoa Kỳ (ITC) công bố kết luận cuối cùng: ngành nhôm đùn của Mỹ không bị thiệt hại đáng kể vì hàng nhập khẩu.",
            "2024-11-26",
            "ministry",
            ["trade_remedy", "country_in_org_name", "acronym_bracket", "country", "no_event"],
            organizations=["Ủy ban Thương mại Quốc tế Hoa Kỳ"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Đơn kiện do Liên minh các nhà sản xuất nhôm đùn Hoa Kỳ (U.S. Aluminum Extruders Coalition) nộp, và vụ việc chạy từ ngày 5/10/2023.",
            "2024-11-26",
            "ministry",
            ["trade_remedy", "english_name_in_bracket", "country_in_org_name", "no_event"],
            organizations=["Liên minh các nhà sản xuất nhôm đùn Hoa Kỳ"],
            events=[],
        ),
        h(
            n(),
            "Đứng tên đơn có Prairie Extrusion Company ở Minnesota, Cascade Profiles Inc. ở Oregon, Dunmore Aluminum ở Georgia, Keystone Extruded Products ở Ohio và Redwater Metals ở Texas, cùng một số hãng khác.",
            "2024-11-26",
            "ministry",
            ["petitioner_list", "foreign_legal_form", "state_abroad_no_location", "no_event"],
            firms=[
                f("Prairie Extrusion Company"),
                f("Cascade Profiles", "Inc."),
                f("Dunmore Aluminum"),
                f("Keystone Extruded Products"),
                f("Redwater Metals"),
            ],
            events=[],
        ),
        h(
            n(),
            "Nhôm đùn ép Việt Nam không bị Úc áp thuế chống trợ cấp\n\nKhoản trợ cấp mà các nhà xuất khẩu Việt Nam nhận, nếu có, đều dưới ngưỡng tối thiểu, nên Ủy ban Chống bán phá giá Australia (ADC) đã khép vụ việc.",
            "2017-06-02",
            "ministry",
            [
                "headline_lead",
                "trade_remedy",
                "country",
                "country_in_org_name",
                "acronym_bracket",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban Chống bán phá giá Australia"],
            locations=[country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Riêng vụ chống bán phá giá vẫn tiếp tục được điều tra.\n\nĐang xử lý...",
            "2017-06-02",
            "ministry",
            ["trade_remedy", "page_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a cable maker under its parent group (S8 r1) ---
    rows += [
        h(
            n(),
            "Sacavi sau bảy năm về tay Indelco\n\nCông ty mẹ đã thành tập đoàn tư nhân đa ngành, còn nhà sản xuất dây cáp điện lâu đời này đứng trước câu hỏi hủy niêm yết.\n\nLê Minh Thứ Ba | 12/03/2024 09:15",
            "2024-03-12",
            "ministry",
            ["headline_lead", "byline_glued_weekday", "short_names", "multiline", "no_event"],
            firms=[f("Sacavi"), f("Indelco")],
            persons=[per("Lê Minh", None)],
            events=[],
        ),
        h(
            n(),
            "Từ cuối năm 2016, khi Bộ Công Thương bán hết phần vốn nhà nước, Tổng Công ty Cổ phần Thiết bị Điện Đông Dương (Indelco, mã IDE) – công ty mẹ và cổ đông sáng lập của Sacavi – đã là doanh nghiệp tư nhân.",
            "2024-03-12",
            "ministry",
            ["alias_ticker_bracket", "ticker_no_firm", "divestment_no_buyer_no_deal", "no_event"],
            organizations=["Bộ Công Thương"],
            firms=[f("Thiết bị Điện Đông Dương", "Tổng công ty"), f("Sacavi")],
            events=[],
        ),
        h(
            n(),
            "Gạch men Thanh Bình, Chứng khoán Đông Dương, Cấp nước Sông Bùi: danh mục của Indelco giờ trải từ vật liệu xây dựng, tài chính đến hạ tầng nước, kết quả của nhiều thương vụ M&A liên tiếp.",
            "2024-03-12",
            "ministry",
            ["group_portfolio_no_deal", "bare_names", "no_event"],
            firms=[
                f("Gạch men Thanh Bình"),
                f("Chứng khoán Đông Dương"),
                f("Cấp nước Sông Bùi"),
                f("Indelco"),
            ],
            events=[],
        ),
        h(
            n(),
            "Hơn 95,6% vốn điều lệ Sacavi nay nằm trong tay Indelco, phần lớn gom qua công ty con Indelco Electric; cổ phiếu SCV vì thế hiếm khi có người mua bán.",
            "2024-03-12",
            "ministry",
            ["shareholding_no_deal", "ticker_no_firm", "percentage", "nfd", "no_event"],
            firms=[f("Sacavi"), f("Indelco"), f("Indelco Electric")],
            percentages=[95.6],
            events=[],
        ),
        h(
            n(),
            "Chuyên gia chứng khoán Phạm Quốc Trung cho rằng Sacavi rời sàn thì tìm cổ đông chiến lược dễ hơn, song cổ đông nhỏ sẽ chịu thiệt vì thông tin kém minh bạch đi.",
            "2024-03-12",
            "ministry",
            ["reported_speech", "role_before_name", "no_event"],
            firms=[f("Sacavi")],
            persons=[per("Phạm Quốc Trung", "chuyên gia chứng khoán")],
            events=[],
        ),
    ]
    # --- Vietnamese news: wire and cable exports; steel exports and a group's orders; the steel association's
    # figures (S8 r3, S13 r2-r3) ---
    rows += [
        h(
            n(),
            "Dây điện, cáp điện xuất khẩu tăng hơn 37%\n\nTheo số liệu của Tổng cục Hải quan, 9 tháng năm 2018 nhóm hàng dây điện và cáp điện xuất đi đạt 1,12 tỷ USD, tăng 37,3% so với cùng kỳ; riêng tháng 9 đạt 136,8 triệu USD.",
            "2018-10-19",
            "ministry",
            ["headline_lead", "statistics", "percentage", "multiline", "no_event"],
            organizations=["Tổng cục Hải quan"],
            money=[m(1.12 * B, "USD"), m(136.8 * M, "USD")],
            percentages=[37, 37.3],
            events=[],
        ),
        h(
            n(),
            "Thị trường Anh gây chú ý nhất: lượng hàng sang đây trong tháng 8 gấp 18 lần tháng 7.",
            "2018-10-19",
            "ministry",
            ["statistics", "times_no_count", "country", "no_event"],
            locations=[country("Anh")],
            events=[],
        ),
        h(
            n(),
            "Sắt thép xuất khẩu cán mốc 10 tỷ USD\n\nTin tức / Sắt thép xuất khẩu cán mốc 10 tỷ USD",
            "2021-11-30",
            "provincial",
            ["headline", "breadcrumb", "repeated_headline", "multiline", "no_event"],
            money=[m(10 * B, "USD"), m(10 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Hơn 20 quốc gia đã mua thép Việt Nam trong 5 tháng đầu năm, với tổng cộng 3,4 tỷ USD cho gần 4,6 triệu tấn, theo Bộ Công Thương và Hiệp hội Thép Việt Nam (VSA).",
            "2021-11-30",
            "provincial",
            ["statistics", "acronym_bracket", "tonnage_no_count", "count", "approx", "no_event"],
            organizations=["Bộ Công Thương", "Hiệp hội Thép Việt Nam"],
            money=[m(3.4 * B, "USD")],
            quantities=[c(20, "quốc gia", True)],
            events=[],
        ),
        h(
            n(),
            "Khách Nhật Bản, Hàn Quốc và Canada đã đặt trước của Thép Hưng Thịnh khoảng 280.000 tấn thép thanh, thép cuộn để giao trong năm 2022.",
            "2021-11-30",
            "provincial",
            ["orders_unnamed_buyers_no_deal", "tonnage_no_count", "country", "no_event"],
            locations=[country("Nhật Bản"), country("Hàn Quốc"), country("Canada")],
            firms=[f("Thép Hưng Thịnh")],
            events=[],
        ),
        h(
            n(),
            "Xuất khẩu thép 10 tháng tăng 74,9%, lên hơn 6,2 triệu tấn, trong khi bán hàng tăng 20,6% và sản xuất thép thành phẩm tăng 21,4%, theo VSA.",
            "2021-11-24",
            "ministry",
            ["statistics", "bare_acronym_org", "tonnage_no_count", "percentage", "nfd", "no_event"],
            organizations=["VSA"],
            percentages=[74.9, 20.6, 21.4],
            events=[],
        ),
        h(
            n(),
            "Quý III là đỉnh của xuất khẩu, và khách phương Tây là lý do chính, theo hiệp hội; khoảng 70% lượng hàng xuất đi vào ASEAN, Trung Quốc và EU.",
            "2021-11-24",
            "ministry",
            ["bare_association_no_org", "percentage", "region_no_location", "country", "no_event"],
            percentages=[70],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- More lines of the Vietnamese pages above: list entries, a guide's legal basis, closing lines (S1 r1, S4 r3,
    # S5 r2, S7 r3, S10 r2, S12 r1, S13 r2-r4, S16 r1) ---
    rows += [
        h(
            n(),
            "Hai bên cũng bàn khả năng đưa nhôm định hình của nhà máy vào các công trình nhà ở tại Fiji, nhưng chưa có thoả thuận cụ thể nào.",
            "2026-01-15",
            "provincial",
            ["possibility_no_deal", "old_tone", "country", "no_event"],
            locations=[country("Fiji")],
            events=[],
        ),
        h(
            n(),
            "Lò cao số 5 của Khu liên hợp gang thép Hưng Thịnh Dung Quất 2 ra mẻ gang đầu tiên\nSáng 28/5/2025, lò cao số 5 thuộc giai đoạn 2 của khu liên hợp đã ra mẻ gang đầu, sớm hơn kế hoạch ...",
            "2025-05-29",
            "provincial",
            ["portal_list", "facility_not_firm", "ordinal_no_count", "truncated", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp tôn mạ lo chi phí đầu vào khi thép cán nóng bị áp thuế\n\nGiá HRC trong nước nhích lên sau quyết định áp thuế, các nhà máy tôn mạ phải tính lại giá bán.",
            "2025-01-14",
            "ministry",
            ["tag_page", "headline_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giá thép xây dựng hôm nay: một số thương hiệu giảm 100.000 đồng/tấn\nThép cuộn CB240 ở miền Bắc lùi về 13,9 triệu đồng/tấn, mức thấp nhất trong ba tháng.",
            "2025-04-07",
            "ministry",
            [
                "search_results_page",
                "price_title",
                "per_tonne_money",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            money=[m(100_000, "VND", "tấn"), m(13.9 * M, "VND", "tấn")],
            events=[],
        ),
        h(
            n(),
            "DOC sơ bộ kết luận thép chống ăn mòn Việt Nam làm từ thép nền Hàn Quốc lẩn tránh thuế\nCác lô hàng liên quan sẽ phải nộp tiền đặt cọc thuế như hàng xuất xứ Hàn Quốc.",
            "2022-08-02",
            "ministry",
            ["tag_page", "trade_remedy", "bare_acronym_org", "country", "multiline", "no_event"],
            organizations=["DOC"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư được cấp theo Điều 38 Luật Đầu tư số 61/2020/QH14; với dự án trong khu kinh tế, cơ quan cấp là ban quản lý khu kinh tế.",
            "2024-10-04",
            "legal",
            ["guide", "law_by_number", "article_no_count", "lowercase_org_no_org", "no_event"],
            decisions=[d("61/2020/QH14")],
            events=[],
        ),
        h(
            n(),
            "Bao dệt nhiều lớp của Việt Nam cũng có thể sớm thoát thuế chống bán phá giá và chống trợ cấp, khi phía Washington đang xem xét gỡ lệnh.",
            "2024-11-26",
            "ministry",
            ["trade_remedy", "city_abroad_not_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khủng hoảng năng lượng ở các thị trường mua nhiều thép Việt Nam, như Trung Quốc, có thể tiếp tục đẩy giá trong nước lên, VSA lưu ý.",
            "2021-11-24",
            "ministry",
            ["forecast", "bare_acronym_org", "country", "no_event"],
            organizations=["VSA"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thép thô ra lò của Thép Hưng Thịnh trong tháng Tết 2023 chỉ còn 405.000 tấn, khoảng 61% mức của cùng tháng năm trước; bù lại, HRC bán chạy hơn hẳn tháng 1.",
            "2024-01-08",
            "ministry",
            ["monthly_output", "tonnage_no_count", "percentage", "no_event"],
            firms=[f("Thép Hưng Thịnh")],
            percentages=[61],
            events=[],
        ),
        h(
            n(),
            "Thứ Hai, 18/03/2024\nThép cuộn cán nóng nhập khẩu: Bộ Công Thương nhận hồ sơ đề nghị điều tra của hai doanh nghiệp trong nước",
            "2024-03-18",
            "ministry",
            ["tag_page", "weekday_date_line", "count_in_words", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
    ]
    # --- English: a park board's licence for an aluminium-alloy plant, VNS (S1 r4, S17 r1) ---
    rows += [
        h(
            n(),
            "THÁI BÌNH — An aluminium alloy plant worth US$86 million has been licensed by the Thái Bình Economic Zone Authority to Everwin Metal Corporation, an investor from Hong Kong and a subsidiary of Hengda Aluminium Group.",
            "2024-11-28",
            "ministry",
            [
                E,
                "caps_dateline",
                "object_first",
                "licence_passive_with_grantor",
                "corporation_in_name",
                "group_in_name",
                "country",
            ],
            provinces=[pv("Thái Bình")],
            organizations=["Thái Bình Economic Zone Authority"],
            firms=[f("Everwin Metal Corporation"), f("Hengda Aluminium Group")],
            money=[m(86 * M, "USD")],
            locations=[country("Hong Kong")],
            deals=[deal("investment", ["Everwin Metal Corporation"], 86 * M, TB)],
            events=[
                ev(
                    "investment_licence",
                    [G("Thái Bình Economic Zone Authority"), F("Everwin Metal Corporation")],
                    86 * M,
                    "USD",
                    TB,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "The plant will take up 11.8 hectares in Liên Hà Thái Industrial Park and turn out green alloy billets, laptop keyboard frames and aluminium parts for cars.",
            "2024-11-28",
            "ministry",
            [E, "plant_details_no_firm", "english_park_no_location", "area", "no_event"],
            areas=[ha(11.8)],
            events=[],
        ),
        h(
            n(),
            "Trial runs are pencilled in for the third quarter of 2027; the licence lets the 176,000-tonne-a-year plant operate until November 30, 2070.",
            "2024-11-28",
            "ministry",
            [E, "tonnage_no_count", "duration_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "About $585 million of registered capital has come with the 29 secondary projects the authority has licensed since early 2023, most of them foreign-owned. — VNS",
            "2024-11-28",
            "ministry",
            [E, "running_total", "amount_first", "count", "approx", "agency_credit_nothing", "no_event"],
            quantities=[c(29, "secondary projects")],
            money=[m(585 * M, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- English: a Nordic group's Vietnamese extrusion joint venture adds a press, and a metals-site copy (S17 r2-r3) ---
    rows += [
        h(
            n(),
            "Nordal to add a second press at its Saigon extrusion venture\n\nWork on the press at Nordal Saigon Aluminium Profiles starts in mid-2016; it should be pressing metal a year after that.",
            "2015-06-24",
            "ministry",
            [E, "headline_lead", "plan_no_amount", "multiline", "no_event"],
            firms=[f("Nordal"), f("Nordal Saigon Aluminium Profiles")],
            events=[],
        ),
        h(
            n(),
            "Local demand for high-value extruded products is growing fast, said Nordal, which is based in Oslo, Norway.",
            "2015-06-24",
            "ministry",
            [E, "country_after_city", "city_abroad_not_location", "no_event"],
            firms=[f("Nordal")],
            locations=[country("Norway")],
            events=[],
        ),
        h(
            n(),
            "Nordal Saigon Aluminium Profiles Co., Ltd., based in Ho Chi Minh City, will put up a building beside its plant for the press, which is bigger than the one it runs now.",
            "2015-06-24",
            "ministry",
            [E, "announced_investment_no_amount", "based_in_province", "future_verb"],
            firms=[f("Nordal Saigon Aluminium Profiles", "Co., Ltd.")],
            provinces=[pv("Hồ Chí Minh")],
            deals=[deal("investment", ["Nordal Saigon Aluminium Profiles"], None, HCM)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Nordal Saigon Aluminium Profiles")],
                    None,
                    None,
                    HCM,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Saigon Trade Group, a state-owned trading and property firm, holds 40 percent of the venture it set up with Nordal in November 2011; Nordal has the rest.",
            "2015-06-24",
            "ministry",
            [
                E,
                "recalled_joint_venture",
                "cooperation_deal_no_event",
                "apposition",
                "percentage",
                "month_no_day",
            ],
            firms=[f("Saigon Trade Group"), f("Nordal")],
            percentages=[40],
            deals=[deal("cooperation", ["Saigon Trade Group", "Nordal"])],
            events=[],
        ),
        h(
            n(),
            "Vietnam: Nordal to double extrusion capacity at Nordal SAP (Metals of the World)\n\n“Builders and carmakers here are asking for profiles we can only make with a bigger press,” said Erik Lunde, Nordal's extrusion head in Vietnam.",
            "2015-06-26",
            "ministry",
            [
                E,
                "foreign_site_copy",
                "outlet_in_brackets_nothing",
                "person_role_after",
                "home_country_no_location",
                "multiline",
                "no_event",
            ],
            firms=[f("Nordal")],
            persons=[per("Erik Lunde", "Nordal's extrusion head in Vietnam")],
            events=[],
        ),
    ]
    # --- English: the state miner's alumina exports, told from a Chinese-language copy (S17 r4) ---
    rows += [
        h(
            n(),
            "Vietnam's first alumina refinery is close to design capacity, so national output could reach 640,000 tonnes next year, up 18 percent, state miner Vinacomin said on Tuesday.",
            "2014-12-16",
            "ministry",
            [E, "foreign_site_copy", "bare_brand_firm", "percentage", "tonnage_no_count", "no_event"],
            firms=[f("Vinacomin")],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Eleven foreign buyers take the whole output; most are traders in Switzerland and Hong Kong, the group said.",
            "2014-12-16",
            "ministry",
            [E, "unnamed_buyers_no_deal", "count_in_words", "country", "no_event"],
            locations=[country("Switzerland"), country("Hong Kong")],
            events=[],
        ),
    ]
    # --- English: trade-defence rulings abroad and at home (S18 r1-r4) ---
    rows += [
        h(
            n(),
            "Hung Thinh Steel Group's hot-rolled coil will enter India free of anti-dumping duty after the Directorate General of Trade Remedies (DGTR) issued its final findings on August 11, 2025.",
            "2025-08-23",
            "ministry",
            [E, "trade_remedy", "group_in_name", "possessive_firm", "acronym_bracket", "country", "no_event"],
            firms=[f("Hung Thinh Steel Group")],
            organizations=["Directorate General of Trade Remedies"],
            locations=[country("India")],
            events=[],
        ),
        h(
            n(),
            "Coils of up to 25mm by 2,100mm fell within the case, which India opened in August 2024.",
            "2025-08-23",
            "ministry",
            [E, "trade_remedy", "dimensions_no_count", "country", "no_event"],
            locations=[country("India")],
            events=[],
        ),
        h(
            n(),
            "Analysts credit low production costs and clean, traceable records for the outcome; the group's steel is sold in 38 countries and territories.",
            "2025-08-23",
            "ministry",
            [E, "count", "no_event"],
            quantities=[c(38, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "Only coils under 1,880mm wide pay the 22.9-27.1 percent duties now, so the nine-month probe will test whether wider coils are a way around them.",
            "2025-10-30",
            "ministry",
            [E, "trade_remedy", "percentage_range", "duration_no_count", "no_event"],
            percentages=[22.9, 27.1],
            events=[],
        ),
        h(
            n(),
            "The case rests on a June petition from two domestic mills, Hung Thinh Dung Quat Steel and Ky Anh Iron and Steel, which the Trade Remedies Authority of Vietnam found valid in mid-September.",
            "2025-10-30",
            "ministry",
            [E, "petitioners_no_deal", "bare_names", "count_in_words", "org_with_country_name", "no_event"],
            firms=[f("Hung Thinh Dung Quat Steel"), f("Ky Anh Iron and Steel")],
            organizations=["Trade Remedies Authority of Vietnam"],
            events=[],
        ),
        h(
            n(),
            "Chinese wide coil undercuts local steel by VND900,000 to VND1.8 million (US$34–68) a tonne, according to industry figures.",
            "2025-10-30",
            "ministry",
            [E, "per_tonne_money", "range", "bracketed_conversion", "adjective_no_country", "no_event"],
            money=[
                m(900_000, "VND", "tonne"),
                m(1.8 * M, "VND", "tonne"),
                m(34, "USD", "tonne"),
                m(68, "USD", "tonne"),
            ],
            events=[],
        ),
        h(
            n(),
            "HÀ NỘI — Hung Thinh Steel Group will pay no anti-dumping duty on hot-rolled coil shipped to the EU under the European Commission's final ruling on imports from Egypt, Japan and Việt Nam.",
            "2025-07-19",
            "ministry",
            [
                E,
                "caps_dateline",
                "trade_remedy",
                "region_no_location",
                "possessive_org",
                "country_list",
                "home_country_no_location",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Hung Thinh Steel Group")],
            organizations=["European Commission"],
            locations=[country("Egypt"), country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Egyptian coil gets 11.2 per cent and Japanese mills between 7.1 and 29.8 per cent, while every other Vietnamese exporter will pay 12.4 per cent.",
            "2025-07-19",
            "ministry",
            [E, "trade_remedy", "percentage", "adjective_no_country", "no_event"],
            percentages=[11.2, 7.1, 29.8, 12.4],
            events=[],
        ),
        h(
            n(),
            "Chinese coil duty: Hung Thinh the big winner",
            "2025-03-10",
            "ministry",
            [E, "bare_headline", "short_name", "adjective_no_country", "no_event"],
            firms=[f("Hung Thinh")],
            events=[],
        ),
        h(
            n(),
            "Under Decision No. 512/QD-BCT, issued by the Ministry of Industry and Trade on Thursday, some hot-rolled steel from China will carry a provisional anti-dumping tax of 20.1% to 28.4%; Indian coil escapes it.",
            "2025-03-10",
            "ministry",
            [
                E,
                "trade_remedy",
                "decision_number_ascii",
                "weekday_no_date",
                "percentage_range",
                "country",
                "adjective_no_country",
                "no_event",
            ],
            organizations=["Ministry of Industry and Trade"],
            decisions=[d("512/QD-BCT")],
            percentages=[20.1, 28.4],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Shares of Hung Thinh Steel Group jumped 4.6% on Monday to VND26,900 ($1.06); Nam Kim Steel and Ton Dong A Corporation added between 1.1% and 2.8%.",
            "2025-03-10",
            "ministry",
            [E, "stock_move", "price_per_share_no_money", "corporation_in_name", "percentage", "no_event"],
            firms=[f("Hung Thinh Steel Group"), f("Nam Kim Steel"), f("Ton Dong A Corporation")],
            percentages=[4.6, 1.1, 2.8],
            events=[],
        ),
        h(
            n(),
            "Domestic producers should be able to hold selling prices now, Le Hoang Nam, head of research at broker Sao Viet Securities, said.",
            "2025-03-10",
            "ministry",
            [E, "person_role_after", "broker_firm", "no_event"],
            persons=[per("Le Hoang Nam", "head of research at broker Sao Viet Securities")],
            firms=[f("Sao Viet Securities")],
            events=[],
        ),
    ]
    # --- English: a Korean cable maker's copper-rod expansion, a cable maker's central factory, a new extra-high
    # voltage cable plant (S19 r1-r3) ---
    rows += [
        h(
            n(),
            "Copper rod output in Vietnam will more than treble after DWC Asia, a regional arm of South Korean cable maker Daehan Wire & Cable, put $10.3 million into its local subsidiary DWC Vina.",
            "2019-04-11",
            "ministry",
            [E, "investment_into_subsidiary", "vina_dropped", "adjective_no_country", "ampersand_in_name"],
            firms=[f("DWC Asia"), f("Daehan Wire & Cable"), f("DWC")],
            money=[m(10.3 * M, "USD")],
            deals=[deal("investment", ["DWC Asia"], 10.3 * M)],
            events=[ev("investment_announcement", [F("DWC Asia")], 10.3 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "The money raises yearly capacity at the Hai Phong plant from 25,000 tonnes to 95,000 tonnes; copper rod is drawn into wire for power and electronics.",
            "2019-04-11",
            "ministry",
            [E, "plant_details_no_firm", "tonnage_no_count", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "“Home demand comes first; exports later,” Kim Dong-hyun, head of DWC Asia, told reporters.\nBy Park Ji-won (jiwon@example.com)",
            "2019-04-11",
            "ministry",
            [E, "quote", "person_role_after", "byline_person", "email_nothing", "multiline", "no_event"],
            persons=[per("Kim Dong-hyun", "head of DWC Asia"), per("Park Ji-won", None)],
            firms=[f("DWC Asia")],
            events=[],
        ),
        h(
            n(),
            "Decision No. 52/2018/QD-HDQT, passed by the board of Saigon Electric Cable JSC on March 9, 2018, set the capacity upgrade of its central factory in motion.",
            "2019-07-15",
            "ministry",
            [E, "board_decision", "decision_dated", "no_event"],
            firms=[f("Saigon Electric Cable", "JSC")],
            decisions=[d("52/2018/QD-HDQT", "2018-03-09")],
            events=[],
        ),
        h(
            n(),
            "A 187-billion-VND second phase, which lifts the project's total to over 390 billion VND, has gone into use at Sacavi's central factory in Da Nang after 16 months of work.",
            "2019-07-15",
            "ministry",
            [E, "inauguration_with_capital", "amount_first", "phase_amount", "possessive_firm", "approx"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Sacavi")],
            money=[m(187 * B, "VND"), m(390 * B, "VND", approx=True)],
            deals=[deal("investment", ["Sacavi"], 187 * B, DNA)],
            events=[ev("inauguration", [F("Sacavi")], 187 * B, "VND", DNA, "completed")],
        ),
        h(
            n(),
            "German, Taiwanese and Japanese machines test every drum; the plant employs 140 workers and can now handle conductors as thick as 400 mm2.",
            "2019-07-15",
            "ministry",
            [E, "cross_section_no_area", "adjective_no_country", "count", "no_event"],
            quantities=[c(140, "workers")],
            events=[],
        ),
        h(
            n(),
            "Dong Nai Province will host Vietnam's first 400-kilovolt cable plant, a $56.1 million project that Korea's Hanseong Cable & Solution plans to open in 2027.",
            "2025-09-17",
            "ministry",
            [E, "announced_investment", "province_first", "country_possessive", "ampersand_in_name"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Hanseong Cable & Solution")],
            money=[m(56.1 * M, "USD")],
            locations=[country("Korea")],
            deals=[deal("investment", ["Hanseong Cable & Solution"], 56.1 * M, DN)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Hanseong Cable & Solution")],
                    56.1 * M,
                    "USD",
                    DN,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "More than 100 local hires will staff the plant, which is meant to ship mostly to Europe and the Americas; Hanseong Vina, the group's local unit since 2006, had $99.6 million of sales last year.",
            "2025-09-17",
            "ministry",
            [E, "vina_dropped", "results", "count", "approx", "region_no_location", "no_event"],
            firms=[f("Hanseong")],
            money=[m(99.6 * M, "USD")],
            quantities=[c(100, "local hires", True)],
            events=[],
        ),
    ]
    # --- English: a steel group's export orders (S20 r1-r4) ---
    rows += [
        h(
            n(),
            "Thursday, 15 December 2022 11:02 (GMT+3) | Istanbul\n\nA 12,000 mt wire rod cargo bound for Europe, due to sail in February, will be the first long steel Hung Thinh Steel has sold into the region, the Vietnamese producer said.",
            "2022-12-15",
            "ministry",
            [
                E,
                "timestamp",
                "city_abroad_not_location",
                "unnamed_buyer_no_deal",
                "tonnage_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Hung Thinh Steel")],
            events=[],
        ),
        h(
            n(),
            "Buyers in Japan, Australia and Canada took much of the 1.2 million mt of construction steel it exported in January-November.",
            "2022-12-15",
            "ministry",
            [E, "statistics", "country_list", "tonnage_no_count", "no_event"],
            locations=[country("Japan"), country("Australia"), country("Canada")],
            events=[],
        ),
        h(
            n(),
            "Kenya and Ghana will get the first 26,000 mt of SAE-grade wire rod that Hung Thinh Hai Duong Steel Co., Ltd, a Hung Thinh Steel Group subsidiary, has contracted to sell in Africa, with shipments in September and October.",
            "2020-08-21",
            "ministry",
            [
                E,
                "contracts_unnamed_buyers_no_deal",
                "group_in_name",
                "foreign_legal_form",
                "tonnage_no_count",
                "country",
            ],
            locations=[country("Kenya"), country("Ghana")],
            firms=[f("Hung Thinh Hai Duong Steel", "Co., Ltd"), f("Hung Thinh Steel Group")],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) - Mexico has become a new market for Hung Thinh Steel Group, which signed its first contract there for 9,500 tonnes of rebar, to be shipped in August.",
            "2022-07-20",
            "ministry",
            [
                E,
                "dateline",
                "agency_credit_nothing",
                "contract_unnamed_buyer_no_deal",
                "tonnage_no_count",
                "country",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Hung Thinh Steel Group")],
            locations=[country("Mexico")],
            events=[],
        ),
        h(
            n(),
            "Construction-steel exports hit 720,000 tonnes in the first half, twice last year's pace, and reach 27 countries and territories.",
            "2022-07-20",
            "ministry",
            [E, "statistics", "tonnage_no_count", "count", "no_event"],
            quantities=[c(27, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "Hung Thinh wins its biggest billet order yet\n\nNingbo Zhongtai Trading Co., Ltd of China will buy 110,000 tonnes of steel billets from Hung Thinh under a contract worth over VND950 billion (nearly US$41 million).",
            "2020-06-02",
            "ministry",
            [
                E,
                "headline_lead",
                "supply_contract_signed",
                "buyer_first_in_text",
                "bracketed_conversion",
                "approx",
                "tonnage_no_count",
                "country",
                "multiline",
            ],
            firms=[f("Hung Thinh"), f("Ningbo Zhongtai Trading", "Co., Ltd")],
            money=[m(950 * B, "VND", approx=True), m(41 * M, "USD", approx=True)],
            locations=[country("China")],
            deals=[deal("supply_contract", ["Hung Thinh", "Ningbo Zhongtai Trading"], 950 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Hung Thinh"), F("Ningbo Zhongtai Trading")],
                    950 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Deliveries from the group's Dung Quat complex in central Quang Ngai province run from July to late August.",
            "2020-06-02",
            "ministry",
            [E, "delivery_details", "province_written", "no_event"],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "It is not the first deal between the two: in 2019 Ningbo Zhongtai bought over 90,000 tonnes of Hung Thinh billets.",
            "2020-06-02",
            "ministry",
            [
                E,
                "recalled_order",
                "supply_deal_no_event",
                "buyer_first_in_text",
                "short_names",
                "tonnage_no_count",
            ],
            firms=[f("Ningbo Zhongtai"), f("Hung Thinh")],
            deals=[deal("supply_contract", ["Hung Thinh", "Ningbo Zhongtai"])],
            events=[],
        ),
    ]
    return rows
