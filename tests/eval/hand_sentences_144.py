# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 144 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: food processing and packaging machinery, conveyor and automation
equipment makers (domestic machinery firms, foreign machinery suppliers, factories in Vietnam). Written and annotated for
every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered
S1-S20 in the section comments: S1 "máy chế biến thực phẩm doanh nghiệp cơ khí Việt Nam sản xuất", S2 "máy đóng gói tự
động nhà máy sản xuất Việt Nam đầu tư", S3 "băng tải công nghiệp doanh nghiệp chế tạo nhà máy", S4 "dây chuyền chế biến
thủy sản thiết bị nhập khẩu nhà máy", S5 "khánh thành nhà máy sản xuất máy móc thiết bị chế biến thực phẩm", S6 "triển
lãm máy móc chế biến đóng gói thực phẩm Việt Nam doanh nghiệp nước ngoài tham gia", S7 "ký hợp đồng cung cấp dây chuyền
chế biến cho nhà máy", S8 "cơ khí chế tạo máy nông nghiệp chế biến sau thu hoạch doanh nghiệp Việt", S9 "tự động hóa nhà
máy thực phẩm đồ uống robot đóng gói doanh nghiệp", S10 "trao giấy chứng nhận đầu tư dự án sản xuất máy móc thiết bị khu
công nghiệp", S11 "máy chiết rót đóng chai nhà máy nước giải khát đầu tư dây chuyền mới", S12 "tập đoàn Đức Nhật Bản cung
cấp thiết bị chế biến thực phẩm cho doanh nghiệp Việt Nam hợp tác", S13 "nội địa hóa thiết bị cơ khí chế biến nông sản
thay thế nhập khẩu", S14 "máy sấy nông sản doanh nghiệp cơ khí xuất khẩu đơn hàng", S15 "khởi công nhà máy chế biến thực
phẩm dây chuyền hiện đại vốn đầu tư", S16 "công ty cơ khí chế tạo băng tải hệ thống tự động cho nhà máy FDI ký hợp
đồng", and in English S17 "food processing and packaging machinery Vietnam market foreign suppliers", S18 "conveyor
automation equipment manufacturer Vietnam factory investment", S19 "Vietnam food processing plant inaugurated production
line equipment", S20 "Vietnamese mechanical engineering firm machinery export contract". No sentence is taken or
paraphrased from a page; the shapes are. Firm, plant, show, outlet and person names are invented (Marukawa, Sữa Hồng
Lam, Đồng Xanh / Thực phẩm Đồng Xanh, Luật Phúc Lâm, Cơ khí Phước Tân Lộc, Băng tải Minh Khang, Cơ khí Chế tạo Tấn
Phát, Thiết bị Thực phẩm Cam Ranh, Cơ khí Nam Việt, Máy Nông nghiệp Miền Nam, Saigon Expo JSC, ProFood & Pack Vietnam,
Vietnam Foodtech, Phu Quy Foods, Hanh Phuc Nuts, Long Son Dairy, Kovorol Systems, An Phat Precision Mechanical, Sunagri
and its Tanisa plant, Royal Frisia Dairy, Vinasteel Marine, An Loc Conveyor Engineering, the site "ideatechvn.com", every
official, director, engineer, lecturer and byline, decision 214/2006/QD-BCN); well-known names (the ministries, the
Government's research and post-harvest institutes, Trường Đại học Bách khoa Hà Nội, the city's food and mechanical
associations, the automation and mechanical-industry associations, VNA, VNS, SGGP, VOVNews, DIGITIMES, Thoi bao Kinh te
Viet Nam, the Saigon exhibition centre, the Nam Tân Uyên park, the laws and decrees cited by number) appear only in
sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; the index answered this theme mostly with machine-made keyword salads on
crushers and conveyors, tag pages, one shop page on beverage lines returned five times, document stores and expo copy,
and no page on a domestic conveyor or packaging-machine maker's own deal came up in any first four): 18 slots were spam
(ten distinct keyword slugs on Polish and Belgian domains about crushers, silos, conveyor costs and a handbook of
conveyor makers, one betting line; all four results of S3 and S14, three of S16); 17 were tag, ebook, title and keyword
pages (seven ebook tags, a title on packaging functions, keyword tags on seafood taxes, procurement agreements, supply
networks, food-safety certificates, investment law and special incentives, a ministry paper's tag page with a headline
and lead on the processing and packaging industry's growth, a stock site's tag page with a headline and lead on a dairy
and a Japanese trading house starting a beef complex); 12 were vendors' pages, explainers and advisories (the beverage-
line shop page five times, a machine shop's listing with crossed-out prices and discounts, an F&B automation explainer
with numbered sections, an AGV product page with specifications and percentages, an automation blog with a robot
statistic, a bottled-water line seller's page with capacities and customer types, a tax agent's explainer on the
investment registration certificate with footnoted counts and legal bases, a law firm's advisory on building in a park
with numbered rules); 11 were documents and studies (a ship-research institute's proposal for tuna mother ships, a
lecture note on a document store in a broken font with its contents, a technology agency's print page on car and farm
machinery twice, a sourcing site's analysis of China's farm-machinery chain twice with its breadcrumb and definition,
three project write-ups on slide and document sites with blank covers, phone numbers, contents and a named investor, an
internship report at an electrical firm, an English company report with download chrome and contents); 2 were
Vietnamese news and features (a share site's repost of a feature on local makers mastering processing lines, with named
firms and a ministry institute; a city daily's groundbreaking of a food group's plant with its hotline chrome, byline,
amount, area, founder and city leader); 1 was a Thai blog on the bottled-water business (read for its shape only,
rendered here in Vietnamese); 19 were English (four expo pieces from a news agency, the national daily and a city daily
on the same food, beverage and packing-machine show, twice each in S6 and S17, and a food expo opening; a tech daily on
equipment upgrades with bylines, a foundry site on automation demand, an automation magazine's interview page, a news
agency item on conveyor rollers to be made with transferred technology; a provincial portal, a city daily and a
business site on one fruit-processing plant opening, a radio site on a dairy's second plant; a chamber site on the
mechanical industry with a shipbuilder's contracts, a newspaper archive's interview in a broken font, a legal
database's English decision with its attribute table). About 7 of the 80 slots told a deal or an event with a named
party (the joint start of the beef complex, the groundbreaking, the technology transfer and the project's launch, the
fruit-plant opening three times, the dairy's second plant); S7 and S16, on supply contracts, gave tags, spam and an
internship report, and the shipbuilder's contracts named no buyer, so the batch has no supply contract.

Rows: 157 (hand-45601 to hand-45757); 7 carry a deal or an event (4.5%, in proportion to the sample): 7 events (3
groundbreakings, 3 inaugurations, 1 cooperation) and 6 `deals` entries (3 groundbreaking, 2 investment, 1 cooperation);
6 rows hold both (hand-45636, 45712, 45738, 45739, 45742, 45748) and 1 an event without a deal (45746, an opening told
without capital); no row holds a deal without an event. 150 rows are negatives and other fields. By page kind: 18 rows
of spam (45601-45618; 0 with a deal or event), 18 of tag, ebook, title and keyword pages (45619-45636; 1), 36 of
vendors' pages, explainers and advisories (45637-45672; 0), 28 of documents, studies and write-ups (45673-45700; 0), 16
of Vietnamese news and features (45701-45716; 1), 3 of the Thai blog rendered in Vietnamese (45717-45719; 0) and 38 of
English copy (45720-45757; 5), two of them an English company report; 38 rows are English (`english_copy`, 24.2%). 10
rows are stored in NFD (hand-45606, 45623, 45634, 45651, 45662, 45686, 45700, 45706, 45713, 45718); 8 use old tone
placement (45626 "thoả", 45636 "Thanh Hoá", 45641 and 45655 "tuỳ"/"Tuỳ", 45642, 45648, 45683 and 45706 "hoá"); 49 hold
several lines (headlines and leads, tag names over leads, headings with lines, lists and bullets, price listings,
covers, contents, legal bases, bylines, captions, chrome, an attribute table, a legal preamble).

Own wording: every row was drafted in its own order and wording, with changed figures, names, dates and places and the
product moved onto the theme (fillers, sealers, packing lines, conveyors, idlers, AGVs, freezers); on review against the
notes taken from the sampled excerpts, about 85 first drafts that still kept a page's run of facts, its order, its
headings or its opening words were rewritten from scratch, among them nearly every spam slug, the tag-page lead on the
industry's growth, the beef-complex lead, the automation explainer's headings and robot lines, the AGV specifications
and savings, the blog's statistic and hygiene lines, the water-line specifications and customer types, the tax
explainer's question, overview and statistics, the law firm's opening and rules, the ship-research proposal's title,
problem statement and fishermen line, the agency's title, attribution and industry-4.0 line, the China analysis's
breadcrumb, definition and classification, the write-up's contents, the internship report's thanks, chapter list and
page-marker heading, the feature's named-firm lines (rice-milling lines and exports, a coffee-line and pump maker, the
institute's dryers, a carmaker's tractor), the groundbreaking lead and the city leader's praise, the Thai blog's lines,
and nearly all English rows (the expo counts, officials' remarks, previews, pavilions, area and booths, shares of
output, exhibitor lists; the tech daily's headline, small-firm and import-ranking lines; the automation chairman's
priority and the interview's one-part suppliers; the idler plant's headline, launch, first-in-region claim and capital;
the fruit plant's headline, lead, official's request, machinery origins, headline and value claim; the dairy's opening
and jobs; the shipbuilder's contracts; the interview's output and export figures; the decision's preamble; the company
report's contents). Dropped or replaced: four drafts whose shape came only from results ranked 5-8 (a caption with a
capitalised photo credit, S5 r7; "more than 70% of machines are imported", S13 r7; a cashew-sheller capacity, S13 r8; a
document store's page-count box, S15 r5) and two whose shape no first-four excerpt showed (China's packaging-machine
market size, an internship chapter list too close to the report's). Nothing else was used from ranks 5-8, among them: a
vegetable-oil plant and a premix plant opened with leaders present (S5 r5, r6), an export fruit plant opened in Hậu
Giang (S5 r7), a Japanese spice plant signed in Cần Thơ (S12 r8), a robot maker's memorandum with a fried-chicken chain
(S9 r8), an aluminium maker's finishing line (S16 r5), the Japanese and Korean expo pages (S6 r7, S17 r7), a packaging
show with named exhibitors (S17 r8), Czech-Japanese cart and precision-parts plants, a Taiwanese press maker's plan
(S18 r5-r8), fruit-plant openings and groundbreakings in Sơn La and Đồng Tháp and two Japanese pages on plant openings
(S19 r5-r8), the equipment plan to 2025 (S13 r8) and the Chinese-contractor statistics page (S20 r5).

Conventions: exactly those of batches 10 and 12-142 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started", dated only when the day is
written (the year from the publication); a joint groundbreaking is ONE deal and event of both firms in written order
(batches 106, 134, 139); an opening with its capital is an investment deal and an inauguration "completed", without
capital the event only; a technology transfer is cooperation with the transferor first; exports, sales, equipment
origins, supplies without a contract word, contracts and orders with unnamed buyers, trials, pledges, targets, fairs and
exhibitor lists give no deal (batch 106); rows about "the plant" or "the project" without the firm give money, areas
and counts only; vague amounts and counts are none; "khoảng", "chừng", "hơn", "some", "about", "over", "close to",
"nearly" are approximate; bracketed conversions are both money; shop prices in ₫ are VND money and discount tags
percentages (batch 132); percentage ranges give both ends; capacities, rates, tonnages, horsepower, temperatures,
weights, durations, ordinals, page numbers, model codes, counts in words and counts without a noun are no counts,
English counts keep their English noun; m² and ha are areas; Vietnamese legal forms are normalised, foreign ones kept
as written ("JSC", "Joint Stock Company", "Co., Ltd"); a bare headline name and a different full name in the lead are
two entries; Vietnamese country words ("máy Nhật", "đối tác Nhật") and English country nouns and possessives are
countries, English adjectives ("Taiwanese", "Dutch", "Slovak"), regions, cities abroad and "Việt Nam"/"Vietnam" none;
lower-case places in spam lines nothing; parks written in Vietnamese are locations, English parks and districts none; a
province in brackets or inside an organisation's name is a mention, inside a firm's name none; datelines are mentions,
not sites; organisations as written with UBND expanded, bare units ("ban quản lý các khu công nghiệp cấp tỉnh", "chủ
đầu tư hạ tầng KCN") none; bylines and credits are persons without role, initial bylines nothing, "TS."/"ThS." no role,
roles as written; laws and decisions cited by number are decisions, a law without a number none; broken-font text is
read as a careful reader would; old tone placement is normalised in the gold. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A tag page's object-first lead on a joint start ("Tổ hợp chế biến thịt bò ở Thanh Hoá mà Công ty CP Sữa Hồng Lam
  (HOSE: HLM) cùng hãng thương mại Marukawa (Nhật Bản) khởi công tuần trước có công suất 120.000 con/năm", 45636) is one
  groundbreaking deal and event of both in written order, sited in Thanh Hóa, undated ("tuần trước"); the ticker and the
  tag line "thịt bò - Trang 9" are nothing; "đối tác Nhật" in the headline gives "Nhật".
- The city daily's headline-and-lead groundbreaking ("Đồng Xanh đặt móng tổ hợp thực phẩm đông lạnh 4.200 tỉ đồng ở TP
  HCM" over "Tập đoàn Thực phẩm Đồng Xanh chọn ngày 12-4 để động thổ nhà máy ... thứ ba của mình, đặt tại Khu công nghiệp
  Nam Tân Uyên mở rộng, TP HCM", 45712) is the lead firm's groundbreaking with the headline's amount, dated 2026-04-12,
  sited in TP.HCM; the headline's bare "Đồng Xanh" is a second firm entry; "H.Vy - K.Long" nothing; "thứ ba" no count;
  the founder's line naming where the freezers were ordered and "hai nhà thầu cơ khí trong nước" (45714) gives no deal;
  "ông Đạt" alone no person (45716).
- A technology transfer told object-first in the future ("Conveyor idlers will be made in the northern province of Phu
  Tho from next year with technology that Slovak firm Kovorol Systems is transferring to An Phat Precision Mechanical
  Co., Ltd", 45738) is a cooperation deal and an "announced" cooperation event, transferor first, sited in Phú Thọ, with
  no investment deal (no investor is the subject); the next row's bare short name ("An Phat broke ground on February 27
  for the factory, which will take 4.6 hectares of Phu Ninh Industrial Park", 45739) is a groundbreaking dated
  2021-02-27 and unsited (the English park names no province); "Bratislava (VNA) –" nothing; the capital line without the
  firm (45741) money only.
- One opening told three ways: object-first with the headline's amount ("Tay Ninh's 58.4 million USD fruit plant starts
  up" over "The Tanisa ... plant of Sunagri Joint Stock Company in ... Tay Ninh started commercial operation on February
  8", 45742) is an investment deal dated 2020-02-08 and an inauguration; "Sunagri switches on its Tay Ninh fruit plant"
  with a byline and the area (45746) an inauguration without deal; "Its price tag of VND1.36 trillion (US$58.4 million)
  bought a 12-hectare site in Go Dau district" (45744) money and area only ("Go Dau district" nothing); "Tanisa" is a
  plant, no firm; "(CTTĐTTN)" and the Vietnamese date line nothing.
- A place-first opening abroad-owned ("Ha Nam now hosts the second factory of Royal Frisia Dairy of the Netherlands: the
  US$52 million plant opened on March 22", 45748) is the investment deal dated 2011-03-22 and an inauguration, sited in
  Hà Nam's current unit (Ninh Bình); "of the Netherlands" gives the country.
- Orders from unnamed buyers ("Foreign buyers have placed over US$800 million of orders with ... Vinasteel Marine",
  45751), deliveries to unnamed cooperatives (45703), a design built by "ba xưởng" (45704), fruit bought from "about
  3,000 households under fixed-price contracts" (45747) and contracts "with farmers" (45743) give no deal.
- A project write-up naming its investor on a document store ("Chủ đầu tư: Công ty cổ phần Cơ khí Phước Tân Lộc", 45694)
  is a firm mention without deal (a consultant's write-up, not news of an investment); blank "CÔNG TY TNHH" and "Giám
  đốc" without a name nothing; "Địa điểm: , Tỉnh Long An." a province mention.
- Broken fonts: the TCVN3-stripped header "TRNG I HC BCH KHOA H NI VIN CNG NGH SINH HC V THC PHM" (45679) gives
  "Trường Đại học Bách khoa Hà Nội" and Hà Nội, the institute line under it nothing (a faculty line); VNI mojibake in
  English copy ("Nguyeãn Quang Hoøa, chairman of the Association of Mechanical Engineering Enterprises", 45752) is the
  person in his usual spelling; "Hoøa said" (45753) a surname alone, none.
- Counts: "12 xe AGV" is 12 "xe" and "18 tài xế" (45654); "1.523 dự án FDI ... (1)" keeps "dự án"; "14.500 robot"
  approximate; "Some 380 enterprises from 28 Vietnamese localities and 19 foreign countries and territories have 520
  booths" four counts; "a quarter more", "a third", "sixfold", "gấp rưỡi", "ba chương", "hai đầu", "3 trong 1" none.
- Persons: "thầy giáo"/"kỹ sư" before a name are no role, the role after the name is kept ("kỹ sư Đỗ Quang Vinh, trưởng
  nhóm thiết kế", 45698); "the trade ministry's regional office in the south" inside an English role gives no
  organisation; "Mai Chen, Taipei; Kevin Lo, DIGITIMES" two bylines.
- Others: "Taiwan packing-machine makers" (a noun) gives Taiwan, "Vietnam's" nothing (45732); "Saigon Expo JSC" in a
  photo courtesy is a firm, "(Photo: SGGP)" nothing; "Công ty Luật Phúc Lâm" a firm with the form "Công ty"; "cảng cá
  Quy Nhơn (Bình Định)" gives the province only; "Chừng 5.200 triệu baht" THB approximate; "Luật Đầu tư số
  61/2020/QH14" a decision without date; the legal database's "Decision No. 214/2006/QD-BCN dated October 12, 2006" and
  the preamble's "Decision No. 43/2006/QD-TTg of February 20, 2006" dated decisions, "Ministry of Industry" an
  organisation."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, ev, f, ha, park, per


def hand_sentences_144(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    T = 1_000_000_000_000
    E = "english_copy"
    HCM = cur("Hồ Chí Minh")
    TN = cur("Tây Ninh")
    PT = cur("Phú Thọ")
    HNam = cur("Hà Nam")
    TH = cur("Thanh Hóa")

    ids = iter(range(45601, 45601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword-salad spam on crushers, silos and conveyors (S1 r2 r4, S3 r1-r4, S5 r2, S7 r3, S8 r4, S11 r4, S12 r2,
    # S14 r1-r4, S16 r1-r3: the sample's most common single kind, 18 slots over ten distinct pages) ---
    spam = [
        ("tài liệu hướng dẫn chọn con lăn băng tải hiệp hội cema", "2023-05-12", []),
        ("băng tải cào chi phí vận hành băng tải xích saimh", "2021-04-30", []),
        ("silo chứa bột mì cấu tạo đáy côn van xả biểu tượng", "2022-05-19", []),
        ("máy nghiền búa bột cá công suất nhỏ nhà cung cấp giá thấp", "2022-05-19", []),
        ("welline máy nghiền va đập trục đứng bảng giá đá bazan", "2022-06-02", []),
        ("nguyên lý máy nghiền côn thủy lực ứng dụng làm đường", "2023-06-14", ["nfd"]),
        ("đại lý hợp đồng mẫu kỹ thuật lắp đặt máy nghiền sàng di động", "2022-09-07", []),
        (
            "máy rửa cát bánh xe gầu xuất xứ ấn độ bảng giá pdf",
            "2022-03-21",
            ["lowercase_country_nothing"],
        ),
        (
            "lò sấy tầng sôi trung quốc giá xuất xưởng thông số kỹ thuật",
            "2022-08-11",
            ["lowercase_country_nothing"],
        ),
        (
            "98win trường đại học công nghiệp thực phẩm điểm chuẩnnhóm máu a kỵ nhóm nàotra cứu mã số thuế cá nhântin tức thị trường",
            "2024-07-16",
            ["glued_words", "lowercase_org_nothing"],
        ),
        ("trạm trộn bê tông 120 tấn h bản vẽ thiết kế tiêu chuẩn", "2022-10-25", ["capacity_no_count"]),
        ("máy nghiền bi ướt cho quặng vàng tiêu hao bi thấp nhà sản xuất", "2022-05-19", []),
        ("con lăn đỡ băng tải mỏ than tuổi thọ bạc đạn saimh", "2021-04-30", []),
        (
            "kuwin máy hàn miệng túi liên tục giá rẻkết quả xổ số miền namlịch cúp điện hôm nay",
            "2024-09-03",
            ["glued_words"],
        ),
        ("máy cấp liệu rung lòng máng điều chỉnh biên độ ứng dụng mỏ", "2023-06-14", []),
        ("báo giá máy nghiền đá vôi thuê bao trọn gói kỹ thuật", "2022-09-07", []),
        ("sàng rung phân loại đá mi bụi cát nghiền quy mô nhỏ", "2021-06-24", []),
        ("cấu tạo gầu tải nâng hạt nhà máy thức ăn chăn nuôi bản vẽ dwg", "2023-02-08", []),
    ]
    for text, date, extra in spam:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_line", "lowercase", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    # --- Tag, ebook, keyword and title pages (S2 r1 r4, S4 r1-r3, S5 r4, S7 r1 r2 r4, S8 r2, S10 r2 r3, S12 r3 r4,
    # S13 r4) ---
    tags = [
        ("Bao bì đóng gói thực phẩm có những chức năng gì?", "2023-11-20", ["title_page", "question"]),
        ("giáo trình máy và thiết bị đóng gói thực phẩm ebook pdf", "2022-04-13", ["ebook_tag"]),
        ("kỹ thuật lạnh và cấp đông thủy sản ebook pdf", "2022-04-13", ["ebook_tag"]),
        ("quy trình chế biến cá ngừ đóng hộp xuất khẩu ebook pdf", "2022-04-13", ["ebook_tag"]),
        ("thuế nhập khẩu dây chuyền chế biến thủy sản", "2024-01-09", ["keyword_tag", "nfd"]),
        (
            "giấy chứng nhận đủ điều kiện an toàn thực phẩm cho cơ sở đóng gói",
            "2023-08-28",
            ["legal_tag"],
        ),
        ("chuỗi cung ứng bao bì thực phẩm", "2022-04-13", ["ebook_tag"]),
        ("thoả thuận mua sắm thiết bị", "2024-02-26", ["tag_page", "old_tone"]),
        ("nhà cung cấp băng tải", "2023-03-15", ["tag_page"]),
        ("quy chuẩn kỹ thuật quốc gia về an toàn máy chế biến ebook pdf", "2022-04-13", ["ebook_tag"]),
        (
            "quyet dinh ho tro co khi che tao may che bien nong san",
            "2024-05-06",
            ["tag_page", "unaccented"],
        ),
        (
            "luật đầu tư theo phương thức đối tác công tư",
            "2024-05-06",
            ["keyword_page", "law_without_number_no_decision"],
        ),
        ("chuỗi cung ứng lạnh thực phẩm tươi sống ebook pdf", "2022-04-13", ["ebook_tag"]),
        ("quy chuẩn kỹ thuật ngành chế biến nông sản ebook pdf", "2022-04-13", ["ebook_tag"]),
        ("máy đóng gói - Trang 3", "2024-06-18", ["tag_page", "page_number_no_count"]),
        ("thiết bị chế biến sau thu hoạch", "2023-09-01", ["tag_page", "nfd"]),
    ]
    for text, date, extra in tags:
        rows.append(h(n(), text, date, "ministry", [*extra, "no_fields", "no_event"], events=[]))
    rows += [
        h(
            n(),
            "đóng gói\n\nMáy đóng gói nội chờ cú hích từ các nhà máy thực phẩm mới\nPhần lớn máy chiết, máy đóng gói trong các nhà máy thực phẩm Việt vẫn nhập từ Đức, Ý và Nhật Bản, dù nhu cầu tăng 12 - 17% mỗi năm từ 2019.",
            "2024-10-02",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "percentage_range",
                "year_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            percentages=[12, 17],
            locations=[country("Đức"), country("Ý"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "thịt bò - Trang 9\n\nChân dung Marukawa, đối tác Nhật trong dự án bò thịt\nTổ hợp chế biến thịt bò ở Thanh Hoá mà Công ty CP Sữa Hồng Lam (HOSE: HLM) cùng hãng thương mại Marukawa (Nhật Bản) khởi công tuần trước có công suất 120.000 con/năm, bước đầu tiên của hãng sữa ra ngoài ngành sữa.",
            "2024-03-18",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "object_first",
                "joint_groundbreaking",
                "ticker_nothing",
                "country_word",
                "capacity_no_count",
                "no_day_no_date",
                "old_tone",
                "multiline",
            ],
            firms=[f("Marukawa"), f("Sữa Hồng Lam", "Công ty CP")],
            provinces=[pv("Thanh Hóa")],
            locations=[country("Nhật"), country("Nhật Bản")],
            deals=[deal("groundbreaking", ["Sữa Hồng Lam", "Marukawa"], None, TH)],
            events=[ev("groundbreaking", [F("Sữa Hồng Lam"), F("Marukawa")], None, None, TH, "started")],
        ),
    ]
    # --- Vendors' product and shop pages and explainers: a beverage-line shop page (S1 r1 = S2 r2 = S5 r1 = S9 r1 =
    # S11 r1), a machine shop's listing with prices (S1 r3), an automation explainer (S9 r2), an AGV product page (S9
    # r3), an automation blog (S9 r4), a mineral-water line seller (S11 r3) ---
    rows += [
        h(
            n(),
            "Dây chuyền chiết rót nước ép trái cây tự động: cấu hình nào cho xưởng 2.000 chai/giờ?\nI. Vì sao nên đầu tư dây chuyền đồng bộ thay vì mua máy lẻ",
            "2025-03-11",
            "ministry",
            ["shop_page", "heading", "rate_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một xưởng nhỏ có thể khởi đầu bằng máy rửa – chiết – đóng nắp 3 trong 1, rồi gắn thêm máy dán nhãn co màng và máy bọc lốc khi đơn hàng tăng.",
            "2025-03-11",
            "ministry",
            ["shop_page", "number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "II. Các cụm máy chính\n1. Máy rửa chai tráng bằng nước ozone\n2. Máy chiết đẳng áp cho nước có gas\n3. Máy đóng nắp vặn và máy in date",
            "2025-03-11",
            "ministry",
            ["shop_page", "numbered_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chọn máy chiết theo loại nước: nước có gas cần chiết đẳng áp, nước ép nóng cần cụm chiết nóng 85–90 °C, còn nước tinh khiết chỉ cần chiết trọng lực.",
            "2025-03-11",
            "ministry",
            ["shop_page", "temperature_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "III. Chi phí đầu tư tham khảo\nGiá một dây chuyền tuỳ số đầu chiết, vật liệu khung và hãng linh kiện điện; quý khách gửi công suất mong muốn để nhận báo giá chi tiết.",
            "2025-03-11",
            "ministry",
            ["shop_page", "numbered_heading", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo số liệu từ các công trình chúng tôi đã lắp đặt, chuyển từ chiết bán tự động sang tự động hoá toàn phần giúp cắt khoảng 40% nhân công đứng máy.",
            "2025-03-11",
            "ministry",
            ["shop_page", "percentage", "old_tone", "no_event"],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Hotline tư vấn dây chuyền: 0912.486.305 – Lắp đặt tận nơi, bảo hành 24 tháng",
            "2025-03-11",
            "ministry",
            ["shop_page", "phone_no_count", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "DANH MỤC NỔI BẬT\n\n-22%\nGiá gốc là: 3.450.000₫.Giá hiện tại là: 2.690.000₫.\n-12%\nGiá gốc là: 18.500.000₫.Giá hiện tại là: 16.280.000₫.",
            "2025-01-14",
            "ministry",
            [
                "category_listing",
                "price_money",
                "discount_percentage",
                "glued_prices",
                "multiline",
                "no_event",
            ],
            money=[m(3_450_000, "VND"), m(2_690_000, "VND"), m(18_500_000, "VND"), m(16_280_000, "VND")],
            percentages=[22, 12],
            events=[],
        ),
        h(
            n(),
            "Máy xay thịt công nghiệp TC32 inox – Giá gốc là: 9.900.000₫.Giá hiện tại là: 7.450.000₫.",
            "2025-01-14",
            "ministry",
            ["category_listing", "price_money", "model_code_no_count", "glued_prices", "no_event"],
            money=[m(9_900_000, "VND"), m(7_450_000, "VND")],
            events=[],
        ),
        h(
            n(),
            "Máy hàn miệng túi liên tục FR-900 – Giá gốc là: 2.350.000₫.Giá hiện tại là: 1.890.000₫.\n-20%",
            "2025-01-14",
            "ministry",
            [
                "category_listing",
                "price_money",
                "discount_percentage",
                "model_code_no_count",
                "multiline",
                "no_event",
            ],
            money=[m(2_350_000, "VND"), m(1_890_000, "VND")],
            percentages=[20],
            events=[],
        ),
        h(
            n(),
            "Năm lý do nhà máy bánh kẹo nên chuyển sang đóng gói tự động\nBài viết đi qua từng công đoạn, từ trộn bột đến xếp thùng, để chỉ ra chỗ nào máy làm tốt hơn người.",
            "2025-05-27",
            "ministry",
            ["explainer", "headline_lead", "count_in_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "3. Những công đoạn nên tự động hoá trước\n3.1. Cân định lượng và đóng túi",
            "2025-05-27",
            "ministry",
            ["explainer", "numbered_heading", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2.1. Định lượng chính xác hơn\nMột cân định lượng nhiều đầu được hiệu chỉnh tốt có thể giữ sai số mỗi gói snack dưới 0,5 gam, điều tay người khó duy trì suốt ca.",
            "2025-05-27",
            "ministry",
            ["explainer", "numbered_heading", "weight_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2.2. Giảm chi phí vận hành dài hạn\nKhoản đầu tư ban đầu lớn hơn, nhưng điện, bao bì hỏng và nhân công mỗi ca đều giảm, nên thời gian hoàn vốn thường ngắn hơn dự tính.",
            "2025-05-27",
            "ministry",
            ["explainer", "numbered_heading", "vague_no_fields", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một robot gắp thả đặt cuối băng tải phân làn xếp được chừng 40 gói vào thùng mỗi phút.",
            "2025-05-27",
            "ministry",
            ["explainer", "rate_no_count", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở các nhà máy mì gói, hệ thống thị giác máy kiểm tra được khoảng 600 gói mỗi phút, loại bỏ gói hở mép hoặc thiếu gia vị.",
            "2025-05-27",
            "ministry",
            ["explainer", "rate_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "XE TỰ HÀNH AGV CHO KHO THÀNH PHẨM NGÀNH SỮA\nKhung inox 316L, pin LFP sạc nhanh trong 1 giờ, nâng pallet 1.200 x 1.000 mm.",
            "2025-08-06",
            "ministry",
            ["product_page", "caps_heading", "specs_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy sữa ở Bình Dương dùng 12 xe AGV đã bớt được 18 tài xế xe nâng mỗi ca, theo số liệu của chúng tôi.",
            "2025-08-06",
            "ministry",
            ["product_page", "unnamed_plant", "count", "no_event"],
            provinces=[pv("Bình Dương")],
            quantities=[c(12, "xe"), c(18, "tài xế")],
            events=[],
        ),
        h(
            n(),
            "Tuỳ cấu hình, xe có thể vào cả kho mát 4 °C, nhưng kho âm sâu cần bản pin sưởi riêng.",
            "2025-08-06",
            "ministry",
            ["product_page", "temperature_nothing", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ưu điểm khi dùng AGV trong xưởng thực phẩm:\n• Không có tay người chạm vào bao bì sạch\n• Đổi lộ trình bằng phần mềm, không phải sơn lại vạch sàn",
            "2025-08-06",
            "ministry",
            ["product_page", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ROBOT TRONG DÂY CHUYỀN BÁNH MÌ CÔNG NGHIỆP - ideatechvn.com",
            "2022-02-17",
            "ministry",
            ["blog_title", "caps_heading", "site_domain_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo một hiệp hội robot quốc tế, số robot mới lắp trong các nhà máy thực phẩm toàn cầu năm 2021 vào khoảng 14.500 robot, gấp rưỡi năm 2016.",
            "2022-02-17",
            "ministry",
            ["blog", "count", "approx", "unnamed_org_nothing", "multiplier_nothing", "no_event"],
            quantities=[c(14500, "robot", True)],
            events=[],
        ),
        h(
            n(),
            "Một xưởng bánh quy ở Bắc Ninh cho biết tỷ lệ hộp bị trả về vì móp méo giảm hẳn sau khi thay khâu xếp khay bằng robot.",
            "2022-02-17",
            "ministry",
            ["blog", "unnamed_plant", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "2. Linh hoạt theo mùa vụ\nDây chuyền có robot đổi khuôn gói trong vài phút, hợp với các xưởng làm bánh trung thu hay mứt Tết theo mùa.",
            "2022-02-17",
            "ministry",
            ["blog", "numbered_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Với bình 20 lít, chúng tôi thường ghép cụm súc rửa ba vòi với máy chiết – đóng nắp hai đầu, đủ cho xưởng 120 – 300 bình/giờ.",
            "2025-09-22",
            "ministry",
            ["product_page", "volume_no_count", "rate_no_count", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thông số chính: bơm định lượng servo, hệ CIP tự động, khung và phần tiếp xúc nước bằng inox 304.",
            "2025-09-22",
            "ministry",
            ["product_page", "specs_no_count", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khách hàng thường gặp: xưởng nước ngọt có gas cỡ vừa, cơ sở nước mắm đóng chai nhựa và các hợp tác xã làm nước ép trái cây.",
            "2025-09-22",
            "ministry",
            ["product_page", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A tax agent's explainer on the investment registration certificate (S10 r1) and a law firm's advisory on
    # building a plant in an industrial park (S10 r4) ---
    rows += [
        h(
            n(),
            "Bài này trả lời ba câu hỏi hay gặp nhất của các xưởng máy đóng gói vốn ngoại: khi nào cần giấy chứng nhận đăng ký đầu tư, nộp ở đâu và mất bao lâu.",
            "2024-09-12",
            "legal",
            ["explainer", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lưu ý: dự án đổi tên nhà đầu tư, tăng vốn hay thêm mục tiêu sản xuất đều phải làm thủ tục điều chỉnh giấy chứng nhận.",
            "2024-09-12",
            "legal",
            ["explainer", "generic_capital_increase_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Riêng nhóm chế biến, chế tạo chiếm hơn 60% trong 1.523 dự án FDI mới nhận giấy chứng nhận đăng ký đầu tư 7 tháng năm 2024(1).",
            "2024-09-12",
            "legal",
            ["explainer", "footnote_marker", "percentage", "count", "duration_no_count", "no_event"],
            percentages=[60],
            quantities=[c(1523, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ pháp lý:\n- Luật Đầu tư số 61/2020/QH14;\n- Nghị định số 31/2021/NĐ-CP hướng dẫn Luật Đầu tư;\n- Thông tư 25/2023/TT-BKHĐT về mẫu văn bản, báo cáo hoạt động đầu tư.",
            "2024-09-12",
            "legal",
            ["explainer", "legal_bases", "law_with_number", "multiline", "no_event"],
            decisions=[d("61/2020/QH14"), d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Với dự án sản xuất máy đóng gói trong khu công nghiệp, hồ sơ nộp tại ban quản lý các khu công nghiệp cấp tỉnh và được xử lý trong 15 ngày làm việc.",
            "2024-09-12",
            "legal",
            ["explainer", "bare_unit_nothing", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công ty Luật Phúc Lâm thường được hỏi: ký xong hợp đồng thuê đất trong khu công nghiệp rồi, bao lâu thì được khởi công nhà xưởng?",
            "2023-07-04",
            "legal",
            ["advisory", "law_firm", "question", "generic_lease_no_deal", "no_event"],
            firms=[f("Luật Phúc Lâm", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "3. Nghiệm thu PCCC\na. Chủ đầu tư hạ tầng KCN chỉ đấu nối điện, nước cho nhà máy khi NĐT nộp bản sao biên bản nghiệm thu PCCC;\nb. NĐT báo ban quản lý KCN ít nhất 07 ngày trước khi đưa nhà xưởng vào sử dụng.",
            "2023-07-04",
            "legal",
            [
                "advisory",
                "numbered_rules",
                "bare_unit_nothing",
                "duration_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "KHI NHÀ THẦU VÀO CÔNG TRƯỜNG\n1. Nhà thầu phải đăng ký danh sách công nhân, xe ra vào với ban quản lý hạ tầng KCN;\n2. Không tập kết vật tư ngoài ranh giới lô đất thuê.",
            "2023-07-04",
            "legal",
            ["advisory", "caps_heading", "numbered_rules", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sau khi nhận bàn giao mặt bằng, NĐT có 12 tháng để khởi công; quá hạn, chủ đầu tư hạ tầng có quyền thu hồi lô đất theo hợp đồng thuê.",
            "2023-07-04",
            "legal",
            ["advisory", "duration_no_count", "generic_lease_no_deal", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Documents, studies and write-ups: a ship-research institute's proposal (S4 r4), a lecture note on a document
    # store in a broken font (S5 r3), an agency's technology study (S8 r1 = S13 r1), a sourcing site's China analysis
    # (S8 r3 = S13 r3), project write-ups on slide and document sites (S15 r1, r2, r4), an internship report (S16 r4) ---
    rows += [
        h(
            n(),
            "Băng chuyền và tủ cấp đông trên tàu: lời giải cho cá ngừ câu tay\n\nPHẦN 1. VÌ SAO CÁ NGỪ VIỆT BỊ ÉP GIÁ",
            "2019-06-25",
            "ministry",
            ["institute_page", "caps_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "PHẦN 2. MÔ HÌNH ĐỀ XUẤT\nTàu dịch vụ neo giữa ngư trường, nhận cá từ các tàu câu trong vòng 6 giờ sau khi câu, sơ chế và cấp đông ngay.",
            "2019-06-25",
            "ministry",
            ["institute_page", "caps_heading", "duration_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở cảng cá Quy Nhơn (Bình Định), chỉ chừng 30% cá ngừ cập bến đạt loại A để bán sang Nhật Bản.",
            "2019-06-25",
            "ministry",
            ["institute_page", "province_bracket", "port_nothing", "country", "percentage", "no_event"],
            provinces=[pv("Bình Định")],
            percentages=[30],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Mỗi tàu dịch vụ 900 CV sẽ phục vụ 6 tàu câu, mang theo máy cấp đông nhanh -60 °C và băng chuyền phân loại cá đặt trên boong.",
            "2019-06-25",
            "ministry",
            ["institute_page", "horsepower_no_count", "count", "temperature_nothing", "no_event"],
            quantities=[c(6, "tàu câu")],
            events=[],
        ),
        h(
            n(),
            "Theo tính toán của nhóm đề xuất, mô hình có thể nâng giá bán cá ngừ thêm 20–25% nhờ giữ được chuẩn sashimi.",
            "2019-06-25",
            "ministry",
            ["institute_page", "percentage_range", "no_event"],
            percentages=[20, 25],
            events=[],
        ),
        h(
            n(),
            "Một chuyến câu kéo dài 20–25 ngày, nhưng đá xay trong hầm chỉ giữ cá tươi được khoảng 10 ngày đầu.",
            "2019-06-25",
            "ministry",
            ["institute_page", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cơ sở thiết kế máy vận chuyển trong nhà máy thực phẩm\n\nNgày đăng: 21/06/2016, 14:05\n\n1 TRNG I HC BCH KHOA H NI VIN CNG NGH SINH HC V THC PHM Bi ging MY V THIT B VN CHUYN H Ni, 2013",
            "2016-06-21",
            "ministry",
            [
                "document_store",
                "broken_font",
                "post_date_line",
                "caps_org",
                "province_in_org_name",
                "school_line_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Bách khoa Hà Nội"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC Nội dung Trang CHƯƠNG 1 BĂNG TẢI TRONG NHÀ MÁY THỰC PHẨM 3 1.1. Băng tải đai 3 1.2. Băng tải con lăn 10 1.3. Vít tải và gầu tải 15 CHƯƠNG 2 MÁY PHÂN LOẠI VÀ LÀM SẠCH 22",
            "2016-06-21",
            "ministry",
            ["document_store", "table_of_contents", "page_numbers_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CHƯƠNG 3 TÍNH CHỌN BĂNG TẢI CHO DÂY CHUYỀN ĐỒ HỘP 41 3.1. Năng suất và vận tốc băng 41 3.2. Công suất động cơ dẫn động 47",
            "2016-06-21",
            "ministry",
            ["document_store", "table_of_contents", "page_numbers_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Máy chế biến nông sản “made in Việt Nam” đang ở đâu trên bản đồ công nghệ?",
            "2020-11-03",
            "ministry",
            ["print_page", "title", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khảo sát 146 doanh nghiệp cơ khí cho thấy phần lớn máy sấy, máy xay xát và máy phân loại làm trong nước mới dừng ở lắp ráp, gia công theo mẫu và nội địa hoá từng phần; bộ điều khiển, cảm biến gần như phải nhập.",
            "2020-11-03",
            "ministry",
            ["print_page", "survey_count", "count", "old_tone", "no_event"],
            quantities=[c(146, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Số liệu lấy từ đợt khảo sát năm 2019 của Viện Đánh giá khoa học và Định giá công nghệ (Bộ Khoa học và Công nghệ).",
            "2020-11-03",
            "ministry",
            ["print_page", "org_with_parent_bracket", "no_event"],
            organizations=["Viện Đánh giá khoa học và Định giá công nghệ", "Bộ Khoa học và Công nghệ"],
            events=[],
        ),
        h(
            n(),
            "Trong máy đóng gói đời mới, cảm biến, kết nối và phần mềm đã chiếm phần lớn giá trị, nên cạnh tranh bằng gia công cơ khí đơn thuần ngày càng khó.",
            "2020-11-03",
            "ministry",
            ["print_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhóm tác giả đề xuất ưu tiên ba dòng thiết bị: máy sấy nông sản, dây chuyền đóng gói định lượng và băng tải vệ sinh cho nhà máy thủy sản.",
            "2020-11-03",
            "ministry",
            ["print_page", "count_in_words", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang chủ » nguồn hàng » thiết bị công nghiệp » Thị trường máy đóng gói thực phẩm Trung Quốc 2023: chính sách, chuỗi cung ứng và cạnh tranh\nthi-truong-may-dong-goi-thuc-pham-trung-quoc-2023",
            "2023-04-10",
            "ministry",
            ["breadcrumb", "url_slug_nothing", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Máy đóng gói là gì?\nNói gọn, đó là mọi thiết bị thay tay người ở các bước cấp liệu, định lượng, hàn dán và in mã trên bao gói.",
            "2023-04-10",
            "ministry",
            ["sourcing_analysis", "question", "definition", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhóm máy tạo hình – chiết – hàn (FFS) chiếm tỷ trọng lớn nhất, kế đến là máy chiết rót định lượng, máy đóng thùng carton và máy quấn màng pallet.",
            "2023-04-10",
            "ministry",
            ["sourcing_analysis", "classification", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phân loại theo dạng sản phẩm\n• Máy đóng gói chất lỏng và sệt\n• Máy đóng gói bột, hạt\n• Máy đóng gói sản phẩm rời có hình dạng cố định",
            "2023-04-10",
            "ministry",
            ["sourcing_analysis", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1 de 86\nTHUYẾT MINH DỰ ÁN\nXƯỞNG CHẾ TẠO BĂNG TẢI VÀ MÁY ĐÓNG GÓI\nCÔNG TY\nĐịa điểm:\nĐƠN VỊ TƯ VẤN",
            "2023-10-17",
            "ministry",
            [
                "slide_viewer_chrome",
                "project_writeup_cover",
                "blank_firm_name",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "CHƯƠNG III. QUY MÔ ĐẦU TƯ VÀ CÔNG SUẤT.............24\n3.1. Danh mục máy móc, thiết bị.......................27\n3.2. Phương án lắp đặt băng tải........................31",
            "2023-10-17",
            "ministry",
            ["table_of_contents", "dotted_leaders", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "4.2. Công suất dây chuyền và nhu cầu nguyên liệu..................38\n4.3. Nhu cầu lao động và tiến độ thực hiện.........................42",
            "2023-10-17",
            "ministry",
            ["table_of_contents", "dotted_leaders", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dự án nhà máy sản xuất máy chế biến hạt điều Dự án nhà máy sản xuất máy chế biến hạt điều Dự án nhà máy sản xuất máy chế biến hạt điều\nMỤC LỤC CHƯƠNG I: THÔNG TIN CHỦ ĐẦU TƯ CHƯƠNG II: THỊ TRƯỜNG MÁY CHẾ BIẾN ĐIỀU Chủ đầu tư: Công ty cổ phần Cơ khí Phước Tân Lộc Nhà máy sản xuất máy chế biến hạt điều",
            "2022-12-05",
            "ministry",
            [
                "document_store",
                "repeated_title",
                "project_writeup_investor_label",
                "writeup_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Cơ khí Phước Tân Lộc", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "THUYẾT MINH DỰ ÁN\nSẢN XUẤT BAO BÌ GIẤY VÀ SƠ CHẾ NÔNG SẢN\nTháng 05/2024\nCÔNG TY TNHH\nĐịa điểm: , Tỉnh Long An.\nĐƠN VỊ TƯ VẤN LẬP DỰ ÁN CHỦ ĐẦU TƯ\n0917.334.862 - 0983.551.207 Giám đốc",
            "2024-05-20",
            "ministry",
            [
                "project_writeup_cover",
                "blank_firm_name",
                "blank_place_line",
                "phone_no_count",
                "role_without_name",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "Dự án “Khu sản xuất máy chế biến thực phẩm và bao bì”\nĐơn vị tư vấn lập dự án: 0918.552.604 - 0936.118.273",
            "2024-05-20",
            "ministry",
            ["project_writeup", "running_header", "phone_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "LỜI NÓI ĐẦU\nBa tháng thực tập ở phòng Kỹ thuật – Sản xuất của Công ty Cổ phần Băng tải Minh Khang giúp em thấy một đơn hàng băng tải đi từ bản vẽ, gia công đến lắp đặt tại nhà máy khách hàng ra sao.",
            "2019-05-14",
            "ministry",
            ["internship_report", "duration_no_count", "multiline", "no_event"],
            firms=[f("Băng tải Minh Khang", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Bản vẽ băng tải xích trong chương II do em làm dưới sự kèm cặp của kỹ sư Đỗ Quang Vinh, trưởng nhóm thiết kế.",
            "2019-05-14",
            "ministry",
            ["internship_report", "occupation_title_no_role", "person_role_after", "no_event"],
            persons=[per("Đỗ Quang Vinh", "trưởng nhóm thiết kế")],
            events=[],
        ),
        h(
            n(),
            "PHỤ LỤC\nPL1. Bản vẽ lắp băng tải xích tấm\nPL2. Bảng tính chọn động cơ giảm tốc",
            "2019-05-14",
            "ministry",
            ["internship_report", "appendix_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang 5CHƯƠNG II: QUY TRÌNH SẢN XUẤT BĂNG TẢI TẠI CÔNG TY CỔ PHẦN BĂNG TẢI MINH KHANG2.1 Tiếp nhận đơn hàng",
            "2019-05-14",
            "ministry",
            ["internship_report", "glued_page_marker", "caps_firm", "nfd", "no_event"],
            firms=[f("Băng tải Minh Khang", "Công ty CP")],
            events=[],
        ),
    ]
    # --- A feature on local makers of processing machinery, reposted by a share site (S13 r2) ---
    rows += [
        h(
            n(),
            "Máy chế biến nội: chen chân vào nhà máy Việt\nỞ đồng bằng sông Cửu Long, nhiều nhà máy xay xát nay mua máy lau bóng gạo của xưởng cơ khí trong vùng thay vì máy Nhật, chủ một nhà máy ở Cần Thơ cho biết.",
            "2020-03-09",
            "provincial",
            ["feature_repost", "headline_lead", "region_nothing", "country_word", "multiline", "no_event"],
            provinces=[pv("Cần Thơ")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Năm ngoái, 14 dây chuyền tách màu gạo của Công ty TNHH Cơ khí Chế tạo Tấn Phát (Tiền Giang) được lắp ở Campuchia và Myanmar.",
            "2020-03-09",
            "provincial",
            ["feature_repost", "province_bracket", "export_no_deal", "count", "country", "no_event"],
            firms=[f("Cơ khí Chế tạo Tấn Phát", "Công ty TNHH")],
            provinces=[pv("Tiền Giang")],
            quantities=[c(14, "dây chuyền")],
            locations=[country("Campuchia"), country("Myanmar")],
            events=[],
        ),
        h(
            n(),
            "Thiết bị Thực phẩm Cam Ranh, một công ty cổ phần ở Khánh Hòa, vừa giao lô máy xay cà phê ướt đầu tiên cho các hợp tác xã ở Lâm Đồng.",
            "2020-03-09",
            "provincial",
            ["feature_repost", "bare_name_with_apposition", "unnamed_buyers_no_deal", "no_event"],
            firms=[f("Thiết bị Thực phẩm Cam Ranh")],
            provinces=[pv("Khánh Hòa"), pv("Lâm Đồng")],
            events=[],
        ),
        h(
            n(),
            "Một mẫu máy sấy bơm nhiệt cho thanh long do Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch thiết kế đang được ba xưởng ở Bình Thuận chế tạo theo đơn đặt.",
            "2020-03-09",
            "provincial",
            ["feature_repost", "unnamed_counterpart_no_deal", "count_in_words", "no_event"],
            organizations=["Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch"],
            provinces=[pv("Bình Thuận")],
            events=[],
        ),
        h(
            n(),
            "Máy kéo bốn bánh 90 mã lực mang thương hiệu của Tập đoàn Cơ khí Nam Việt sẽ chạy thử trên đồng ruộng Long An trong vụ hè thu.",
            "2020-03-09",
            "provincial",
            ["feature_repost", "trial_no_deal", "horsepower_no_count", "count_in_words", "no_event"],
            firms=[f("Cơ khí Nam Việt", "Tập đoàn")],
            provinces=[pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "Dù cơ giới hoá đã tăng, máy sấy và máy phân loại làm trong nước mới đáp ứng chừng 35% nhu cầu; phần còn lại vẫn nhập, chủ yếu từ Trung Quốc và Thái Lan.",
            "2020-03-09",
            "provincial",
            ["feature_repost", "percentage", "country", "old_tone", "nfd", "no_event"],
            percentages=[35],
            locations=[country("Trung Quốc"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Một doanh nghiệp ở Long An cho biết bộ điều khiển PLC và động cơ servo vẫn chiếm tới 40% giá thành một máy đóng gói họ làm ra.",
            "2020-03-09",
            "provincial",
            ["feature_repost", "unnamed_firm", "percentage", "no_event"],
            provinces=[pv("Long An")],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Tổng công ty Máy Nông nghiệp Miền Nam cũng đã bán được máy tách màu hạt cà phê cho các nhà rang xay ở Đắk Lắk, thay hàng Hàn Quốc.",
            "2020-03-09",
            "provincial",
            ["feature_repost", "sales_no_contract_no_deal", "country_word", "no_event"],
            firms=[f("Máy Nông nghiệp Miền Nam", "Tổng công ty")],
            provinces=[pv("Đắk Lắk")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một số doanh nghiệp đã tự bỏ vốn làm phòng thử nghiệm riêng, rút thời gian từ bản vẽ tới máy mẫu xuống còn khoảng 4 tháng.",
            "2020-03-09",
            "provincial",
            ["feature_repost", "duration_no_count", "vague_no_fields", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điểm nghẽn lớn nhất, theo các chủ xưởng, vẫn là vốn dài hạn để sắm máy CNC và nuôi một phòng thiết kế đủ người.",
            "2020-03-09",
            "provincial",
            ["feature_repost", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A city daily on a frozen-food group's groundbreaking (S15 r3) ---
    rows += [
        h(
            n(),
            "HOTLINE: 0903.118.226 - HOTLINE Phát hành: 0819.447.105 - ĐẶT MUA BÁO\nKinh tế",
            "2026-04-13",
            "provincial",
            ["page_chrome", "phone_no_count", "section_label", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đồng Xanh đặt móng tổ hợp thực phẩm đông lạnh 4.200 tỉ đồng ở TP HCM\n\nH.Vy - K.Long\n\nTập đoàn Thực phẩm Đồng Xanh chọn ngày 12-4 để động thổ nhà máy chế biến, đóng gói thực phẩm đông lạnh thứ ba của mình, đặt tại Khu công nghiệp Nam Tân Uyên mở rộng, TP HCM, với 6 dây chuyền cấp đông IQF.",
            "2026-04-13",
            "provincial",
            [
                "headline_lead",
                "initials_byline_nothing",
                "groundbreaking_held",
                "headline_amount",
                "bare_headline_name",
                "park",
                "ordinal_not_count",
                "count",
                "deal_date",
                "multiline",
            ],
            firms=[f("Đồng Xanh"), f("Thực phẩm Đồng Xanh", "Tập đoàn")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(4200 * B, "VND")],
            locations=[park("Khu công nghiệp Nam Tân Uyên mở rộng")],
            quantities=[c(6, "dây chuyền")],
            deals=[deal("groundbreaking", ["Thực phẩm Đồng Xanh"], 4200 * B, HCM, "2026-04-12")],
            events=[ev("groundbreaking", [F("Thực phẩm Đồng Xanh")], 4200 * B, "VND", HCM, "started")],
        ),
        h(
            n(),
            "Khoảng 650.000 tấn sản phẩm mỗi năm sẽ ra từ khu nhà xưởng 8,5 ha này khi chạy hết công suất; riêng kho lạnh âm sâu chiếm gần một phần ba diện tích.",
            "2026-04-13",
            "provincial",
            ["capacity_no_count", "area", "fraction_nothing", "nfd", "no_event"],
            areas=[ha(8.5)],
            events=[],
        ),
        h(
            n(),
            "Ông Lâm Quốc Khải, người sáng lập kiêm Chủ tịch Hội đồng Chiến lược Tập đoàn Thực phẩm Đồng Xanh, cho biết băng chuyền xoắn, tủ cấp đông và robot xếp thùng được đặt từ Đan Mạch và Nhật Bản; khung thép và băng tải phụ giao cho hai nhà thầu cơ khí trong nước.",
            "2026-04-13",
            "provincial",
            [
                "person_role_after",
                "equipment_origin_no_deal",
                "unnamed_contractors_no_deal",
                "count_in_words",
                "country",
                "no_event",
            ],
            persons=[
                per(
                    "Lâm Quốc Khải",
                    "người sáng lập kiêm Chủ tịch Hội đồng Chiến lược Tập đoàn Thực phẩm Đồng Xanh",
                )
            ],
            firms=[f("Thực phẩm Đồng Xanh", "Tập đoàn")],
            locations=[country("Đan Mạch"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND TP HCM Trần Minh Đạt đề nghị chủ đầu tư đưa nhà máy vào vận hành trong quý II-2027, để kịp nhận nông sản từ vùng nguyên liệu Tây Ninh và Đồng Tháp.",
            "2026-04-13",
            "provincial",
            ["person_role_before", "quarter_no_date", "province_list", "no_event"],
            persons=[per("Trần Minh Đạt", "Phó Chủ tịch UBND TP HCM")],
            organizations=["Ủy ban nhân dân TP HCM"],
            provinces=[pv("Hồ Chí Minh"), pv("Tây Ninh"), pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "“Thành phố sẽ cử một tổ công tác theo sát dự án đến ngày chạy máy”, ông Đạt nói.",
            "2026-04-13",
            "provincial",
            ["quote_first", "given_name_alone_no_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A Thai blog on the bottled-water business (S11 r2), rendered in Vietnamese ---
    rows += [
        h(
            n(),
            "Thứ Ba, ngày 17 tháng 9 năm 2013\n\nKinh doanh nước uống đóng chai\n\nChừng 5.200 triệu baht là quy mô thị trường nước đóng chai Thái Lan năm ngoái, phần lớn nằm trong tay vài thương hiệu lớn.",
            "2013-09-17",
            "ministry",
            [
                "foreign_page_rendered",
                "blog_date_line",
                "amount_first",
                "baht_thb",
                "approx",
                "country",
                "multiline",
                "no_event",
            ],
            money=[m(5200 * M, "THB", approx=True)],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Phần còn lại chia cho khoảng 1.800 xưởng nhỏ, đa số chạy máy chiết rót bán tự động mua từ Đài Loan.",
            "2013-09-17",
            "ministry",
            ["foreign_page_rendered", "count", "approx", "country", "nfd", "no_event"],
            quantities=[c(1800, "xưởng", True)],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Nhiều xưởng ở ngoại ô Bangkok vẫn rửa bình bằng tay trước khi đưa lên máy chiết, nên hàng hay bị trả lại vì cặn.",
            "2013-09-17",
            "ministry",
            ["foreign_page_rendered", "city_abroad_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: food, beverage and packing-machine expos told by a news agency, a national daily and a city daily
    # (S6 r1-r4, S17 r1-r4; eight slots, six pages) ---
    rows += [
        h(
            n(),
            "HCM City (VNA) – Some 390 businesses from 17 countries and territories have taken 460 booths at this year's ProFood & Pack Vietnam, which runs until September 6.",
            "2022-09-04",
            "ministry",
            [E, "dateline", "event_name_nothing", "count", "approx", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(390, "businesses", True), c(17, "countries and territories"), c(460, "booths")],
            events=[],
        ),
        h(
            n(),
            "Vo Thanh Phong, deputy director general of the trade ministry's regional office in the south, said more than half the exhibitors this year brought machinery rather than food.",
            "2022-09-04",
            "ministry",
            [E, "person_role_after", "lowercase_unit_in_role", "fraction_nothing", "no_event"],
            persons=[
                per(
                    "Vo Thanh Phong",
                    "deputy director general of the trade ministry's regional office in the south",
                )
            ],
            events=[],
        ),
        h(
            n(),
            "Tran Thi My Linh, chairwoman of the HCM City Food and Foodstuff Association, said members were asking mostly about labelling and cold-chain equipment./.",
            "2022-09-04",
            "ministry",
            [E, "person_role_after", "province_in_org_name", "no_event"],
            persons=[per("Tran Thi My Linh", "chairwoman of the HCM City Food and Foodstuff Association")],
            organizations=["HCM City Food and Foodstuff Association"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Visitors try a vacuum packing machine at last year's show. — Photo courtesy of Saigon Expo JSC\nHCM CITY — Some 320 exhibitors from 16 countries and territories have signed up for a three-day show of filling, sealing and food-processing machines opening on October 2 at the Saigon Exhibition and Convention Center.",
            "2022-09-27",
            "ministry",
            [
                E,
                "caption",
                "photo_courtesy_firm",
                "dateline",
                "venue_no_org",
                "fair_preview",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Saigon Expo", "JSC")],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(320, "exhibitors", True), c(16, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "Italy, Poland, Thailand and Japan each bring a national pavilion; India and South Korea share a hall.",
            "2022-09-27",
            "ministry",
            [E, "country_list", "no_event"],
            locations=[
                country("Italy"),
                country("Poland"),
                country("Thailand"),
                country("Japan"),
                country("India"),
                country("South Korea"),
            ],
            events=[],
        ),
        h(
            n(),
            "“Many local firms still run second-hand fillers and sealers; a show like this lets them compare suppliers side by side,” said Nguyễn Hữu Thắng, vice chairman of the HCM City Food and Foodstuff Association, at a press briefing on Tuesday. — VNS",
            "2022-09-27",
            "ministry",
            [
                E,
                "quote_first",
                "person_role_after",
                "diacritics_in_english",
                "agency_credit_nothing",
                "no_event",
            ],
            persons=[per("Nguyễn Hữu Thắng", "vice chairman of the HCM City Food and Foodstuff Association")],
            organizations=["HCM City Food and Foodstuff Association"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            " date 2025-08-14 The 29th edition fills 32,000sq.m with 1,050 booths – a quarter more than last year – from 21 countries and territories; German, Italian and Chinese machine makers have the largest stands.",
            "2025-08-14",
            "ministry",
            [
                E,
                "date_chrome",
                "area_sqm",
                "ordinal_not_count",
                "fraction_nothing",
                "count",
                "adjective_no_country",
                "no_event",
            ],
            areas=[ha(3.2)],
            quantities=[c(1050, "booths"), c(21, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "At the event (Photo: SGGP)\n\nFilling, labelling and cold-chain equipment take up almost half the floor, Deputy Minister of Industry and Trade Hoang Van Khiem told the opening, where close to 850 exhibitors had set up.",
            "2025-08-14",
            "ministry",
            [
                E,
                "caption",
                "outlet_credit_nothing",
                "person_role_before",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Hoang Van Khiem", "Deputy Minister of Industry and Trade")],
            quantities=[c(850, "exhibitors", True)],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) – Some 380 enterprises from 28 Vietnamese localities and 19 foreign countries and territories have 520 booths at Vietnam Foodtech 2019, which the Ministry of Industry and Trade opened on November 20.",
            "2019-11-20",
            "ministry",
            [E, "dateline", "event_name_nothing", "host_no_deal", "count", "approx", "no_event"],
            organizations=["Ministry of Industry and Trade"],
            provinces=[pv("Hà Nội")],
            quantities=[
                c(380, "enterprises", True),
                c(28, "Vietnamese localities"),
                c(19, "foreign countries and territories"),
                c(520, "booths"),
            ],
            events=[],
        ),
        h(
            n(),
            "Dutch and Italian machinery makers share the hall with Phu Quy Foods, Hanh Phuc Nuts, Long Son Dairy and other local food brands.",
            "2019-11-20",
            "ministry",
            [E, "exhibitor_list_no_deal", "adjective_no_country", "no_event"],
            firms=[f("Phu Quy Foods"), f("Hanh Phuc Nuts"), f("Long Son Dairy")],
            events=[],
        ),
        h(
            n(),
            "Vo Quang Hieu, Vice Chairman of the municipal People's Committee, said the city wants at least two more food-machinery plants in its hi-tech park by 2030.",
            "2023-08-10",
            "ministry",
            [E, "person_role_after", "bare_unit_in_role", "target_no_deal", "count_in_words", "no_event"],
            persons=[per("Vo Quang Hieu", "Vice Chairman of the municipal People's Committee")],
            events=[],
        ),
        h(
            n(),
            "Growing about 6.8 percent a year, the city's food processors now make 14.2 percent of its industrial output.",
            "2023-08-11",
            "ministry",
            [E, "percentage", "statistics", "no_event"],
            percentages=[6.8, 14.2],
            events=[],
        ),
    ]
    # --- English: a tech daily on equipment upgrades (S18 r1), a foundry site on automation demand (S18 r2), an
    # automation magazine's interview page (S18 r3) ---
    rows += [
        h(
            n(),
            "Taiwan packing-machine makers eye Vietnam's snack boom\nMai Chen, Taipei; Kevin Lo, DIGITIMES",
            "2021-08-05",
            "ministry",
            [
                E,
                "headline_byline",
                "byline_persons",
                "country_noun_attributive",
                "city_abroad_nothing",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Mai Chen", None), per("Kevin Lo", None)],
            locations=[country("Taiwan")],
            events=[],
        ),
        h(
            n(),
            "A machinery importer in Hanoi said it sold 40% more checkweighers and carton erectors in the first half than a year earlier, mostly to exporters selling to the US.",
            "2021-08-05",
            "ministry",
            [E, "unnamed_firm", "percentage", "province_mention", "country", "no_event"],
            provinces=[pv("Hà Nội")],
            percentages=[40],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Taiwanese makers are winning orders from mid-sized food plants that cannot afford European lines, said Le Van Hung, president of the HCM City Association of Mechanical and Electrical Enterprises.",
            "2021-08-05",
            "ministry",
            [
                E,
                "adjective_no_country",
                "region_nothing",
                "unnamed_buyers_no_deal",
                "person_role_after",
                "province_in_org_name",
                "no_event",
            ],
            persons=[
                per(
                    "Le Van Hung",
                    "president of the HCM City Association of Mechanical and Electrical Enterprises",
                )
            ],
            organizations=["HCM City Association of Mechanical and Electrical Enterprises"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Packing-line robots find buyers in Vietnam\n\nReading time: min",
            "2022-03-02",
            "ministry",
            [E, "headline", "page_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Pham Duc Toan, chairman of the Vietnam Automation Association, said few local integrators could yet commission a full packing hall on their own.",
            "2022-03-02",
            "ministry",
            [E, "person_role_after", "no_event"],
            persons=[per("Pham Duc Toan", "chairman of the Vietnam Automation Association")],
            organizations=["Vietnam Automation Association"],
            events=[],
        ),
        h(
            n(),
            "INTERVIEW\nA Vietnamese integrator can now quote a roller-conveyor line in a week, but ask it for a whole packing hall with software and it will usually bring in a foreign partner.",
            "2023-06-19",
            "ministry",
            [E, "section_label", "no_firm", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a news agency on conveyor idlers to be made with transferred technology (S18 r4) ---
    rows += [
        h(
            n(),
            "Phu Tho idler plant gets Slovak technology\nBratislava (VNA) – Conveyor idlers will be made in the northern province of Phu Tho from next year with technology that Slovak firm Kovorol Systems is transferring to An Phat Precision Mechanical Co., Ltd, the Slovak economy ministry's website said.",
            "2021-03-02",
            "ministry",
            [
                E,
                "headline_lead",
                "dateline_abroad_nothing",
                "object_first",
                "technology_transfer",
                "transferor_first",
                "adjective_no_country",
                "multiline",
            ],
            firms=[f("Kovorol Systems"), f("An Phat Precision Mechanical", "Co., Ltd")],
            provinces=[pv("Phú Thọ")],
            deals=[deal("cooperation", ["Kovorol Systems", "An Phat Precision Mechanical"], None, PT)],
            events=[
                ev(
                    "cooperation",
                    [F("Kovorol Systems"), F("An Phat Precision Mechanical")],
                    None,
                    None,
                    PT,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "An Phat broke ground on February 27 for the factory, which will take 4.6 hectares of Phu Ninh Industrial Park.",
            "2021-03-02",
            "ministry",
            [
                E,
                "groundbreaking_held",
                "bare_short_name",
                "english_park_no_location",
                "area",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("An Phat")],
            areas=[ha(4.6)],
            deals=[deal("groundbreaking", ["An Phat"], None, None, "2021-02-27")],
            events=[ev("groundbreaking", [F("An Phat")], None, None, None, "started")],
        ),
        h(
            n(),
            "General director Vu Quang Hoa said the plant aims to sell a third of its idlers to mines and ports in Laos and Cambodia.",
            "2021-03-02",
            "ministry",
            [E, "person_role_before", "fraction_nothing", "country", "no_event"],
            persons=[per("Vu Quang Hoa", "General director")],
            locations=[country("Laos"), country("Cambodia")],
            events=[],
        ),
        h(
            n(),
            "Capital for the project is put at 28 million EUR (31 million USD); first output is due in 2023./.",
            "2021-03-02",
            "ministry",
            [E, "anaphora_no_firm", "bracketed_conversion", "eur", "no_event"],
            money=[m(28 * M, "EUR"), m(31 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: a fruit-processing plant opening told by a provincial portal, a city daily and a business site (S19
    # r1, r3, r4), and a dairy's second plant on a radio site (S19 r2) ---
    rows += [
        h(
            n(),
            "Tay Ninh's 58.4 million USD fruit plant starts up\n\nThứ sáu - 14/02/2020\n(CTTĐTTN) - The Tanisa fruit and vegetable processing plant of Sunagri Joint Stock Company in the southwestern province of Tay Ninh started commercial operation on February 8.",
            "2020-02-14",
            "provincial",
            [
                E,
                "portal_english_page",
                "headline_amount",
                "province_possessive",
                "vietnamese_date_line",
                "outlet_bracket_nothing",
                "object_first",
                "plant_name_no_firm",
                "opening_with_capital",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Sunagri", "Joint Stock Company")],
            provinces=[pv("Tây Ninh")],
            money=[m(58.4 * M, "USD")],
            deals=[deal("investment", ["Sunagri"], 58.4 * M, TN, "2020-02-08")],
            events=[ev("inauguration", [F("Sunagri")], 58.4 * M, "USD", TN, "completed")],
        ),
        h(
            n(),
            "Deputy Prime Minister Le Quang Vinh, who cut the ribbon, asked ministries to help Sunagri secure raw fruit contracts with farmers.",
            "2020-02-14",
            "provincial",
            [E, "person_role_before", "unnamed_counterpart_no_deal", "no_event"],
            persons=[per("Le Quang Vinh", "Deputy Prime Minister")],
            firms=[f("Sunagri")],
            events=[],
        ),
        h(
            n(),
            "Its price tag of VND1.36 trillion (US$58.4 million) bought a 12-hectare site in Go Dau district and lines for frozen, dried and juiced fruit.",
            "2020-02-11",
            "ministry",
            [E, "anaphora_no_firm", "bracketed_conversion", "area", "english_district_nothing", "no_event"],
            money=[m(1.36 * T, "VND"), m(58.4 * M, "USD")],
            areas=[ha(12)],
            events=[],
        ),
        h(
            n(),
            "Its freezing tunnel, rated at 18,000 tonnes a year, came from Denmark; the drying and juice lines from the Netherlands and Japan.",
            "2020-02-11",
            "ministry",
            [E, "equipment_origin_no_deal", "country", "capacity_no_count", "no_event"],
            locations=[country("Denmark"), country("Netherlands"), country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Sunagri switches on its Tay Ninh fruit plant\nBy Thu Trang\nFebruary 10, 2020 | 09:42 AM GMT+7\nThe 12-hectare Tanisa plant took 16 months to build.",
            "2020-02-10",
            "ministry",
            [
                E,
                "headline_byline",
                "opening_without_capital",
                "byline_person",
                "area",
                "duration_no_count",
                "multiline",
            ],
            firms=[f("Sunagri")],
            persons=[per("Thu Trang", None)],
            provinces=[pv("Tây Ninh")],
            areas=[ha(12)],
            events=[ev("inauguration", [F("Sunagri")], None, None, TN, "completed")],
        ),
        h(
            n(),
            "General director Nguyen Hoang Long said the plant would buy fruit from about 3,000 households under fixed-price contracts.",
            "2020-02-10",
            "ministry",
            [E, "person_role_before", "unnamed_counterpart_no_deal", "count", "approx", "no_event"],
            persons=[per("Nguyen Hoang Long", "General director")],
            quantities=[c(3000, "households", True)],
            events=[],
        ),
        h(
            n(),
            "Ha Nam now hosts the second factory of Royal Frisia Dairy of the Netherlands: the US$52 million plant opened on March 22 and can make 180 million litres of milk a year.",
            "2011-03-24",
            "ministry",
            [
                E,
                "place_first",
                "country_of",
                "opening_with_capital",
                "ordinal_not_count",
                "capacity_no_count",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Royal Frisia Dairy")],
            provinces=[pv("Hà Nam")],
            money=[m(52 * M, "USD")],
            locations=[country("Netherlands")],
            deals=[deal("investment", ["Royal Frisia Dairy"], 52 * M, HNam, "2011-03-22")],
            events=[ev("inauguration", [F("Royal Frisia Dairy")], 52 * M, "USD", HNam, "completed")],
        ),
        h(
            n(),
            "Some 230 workers, almost all from the province, run the lines.\nVOVNews/VNA\nAdd new comment",
            "2011-03-24",
            "ministry",
            [E, "count", "approx", "outlet_credit_nothing", "page_chrome", "multiline", "no_event"],
            quantities=[c(230, "workers", True)],
            events=[],
        ),
    ]
    # --- English: a chamber news site on the mechanical industry (S20 r2), a newspaper archive's interview in a broken
    # font (S20 r3), a legal database's English decision (S20 r4), a document site's company report (S20 r1) ---
    rows += [
        h(
            n(),
            "Rice mills, conveyor systems and boilers are now on the list of what Vietnam exports, said Tran Duc Minh, chairman of the Vietnam Association of Mechanical Industry.",
            "2008-05-21",
            "ministry",
            [E, "person_role_after", "export_no_deal", "no_event"],
            persons=[per("Tran Duc Minh", "chairman of the Vietnam Association of Mechanical Industry")],
            organizations=["Vietnam Association of Mechanical Industry"],
            events=[],
        ),
        h(
            n(),
            "Foreign buyers have placed over US$800 million of orders with the state-run shipbuilder Vinasteel Marine.",
            "2008-05-21",
            "ministry",
            [E, "unnamed_buyers_no_deal", "buyer_first", "approx", "no_event"],
            firms=[f("Vinasteel Marine")],
            money=[m(800 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Vieät Nam’s packaging machinery can catch up\n\nNguyeãn Quang Hoøa, chairman of the Association of Mechanical Engineering Enterprises, speaks to Thoi bao Kinh te Viet Nam about local machine builders.",
            "2014-07-31",
            "ministry",
            [
                E,
                "broken_font",
                "headline_lead",
                "person_role_after",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Nguyễn Quang Hòa", "chairman of the Association of Mechanical Engineering Enterprises")
            ],
            organizations=["Association of Mechanical Engineering Enterprises"],
            events=[],
        ),
        h(
            n(),
            "Exports of machinery and metal products have grown almost sixfold in seven years to $11 billion, Hoøa said, though most of it comes from foreign-invested plants.",
            "2014-07-31",
            "ministry",
            [
                E,
                "broken_font",
                "surname_alone_no_person",
                "multiplier_nothing",
                "duration_no_count",
                "no_event",
            ],
            money=[m(11 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Decision No. 214/2006/QD-BCN dated October 12, 2006 of the Ministry of Industry approving the plan for food-processing and packaging machinery manufacturing till 2015\nATTRIBUTE\nIssuing body: | Ministry of Industry | Effective date: | Known Please log in to a subscriber account to use this function.",
            "2006-11-02",
            "legal",
            [E, "legal_database", "decision_dated", "attribute_table", "paywall", "multiline", "no_event"],
            decisions=[d("214/2006/QD-BCN", "2006-10-12")],
            organizations=["Ministry of Industry"],
            events=[],
        ),
        h(
            n(),
            "THE MINISTER OF INDUSTRY\nPursuant to the Prime Minister's Decision No. 43/2006/QD-TTg of February 20, 2006, approving the programme of key mechanical engineering products;",
            "2006-11-02",
            "legal",
            [
                E,
                "legal_preamble",
                "caps_heading",
                "decision_number_ascii",
                "decision_dated",
                "multiline",
                "no_event",
            ],
            decisions=[d("43/2006/QD-TTg", "2006-02-20")],
            events=[],
        ),
        h(
            n(),
            "An Loc Conveyor Engineering Joint Stock Company\n\ndownload An Loc Conveyor Engineering Joint Stock Company\n\nof 24\n\nTranscript of An Loc Conveyor Engineering Joint Stock Company",
            "2019-08-12",
            "ministry",
            [E, "document_site", "repeated_firm", "page_count_no_count", "multiline", "no_event"],
            firms=[f("An Loc Conveyor Engineering", "Joint Stock Company")],
            events=[],
        ),
        h(
            n(),
            "CONTENTS\nI. Who we are ........ 3\nII. Conveyor product range ........ 7\nIII. Key customers in food and beverage ........ 12",
            "2019-08-12",
            "ministry",
            [E, "table_of_contents", "dotted_leaders", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    return rows
