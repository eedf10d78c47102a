# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 148 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: aerospace and railway parts and components (aircraft parts, rolling
stock, rail equipment) produced by factories in Vietnam. Written and annotated for every field BEFORE any tagger was
run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments:
S1 "nhà máy sản xuất linh kiện máy bay tại Việt Nam khánh thành", S2 "doanh nghiệp Việt tham gia chuỗi cung ứng hàng
không vũ trụ Boeing Airbus", S3 "Hanwha Aero Engines Hòa Lạc sản xuất linh kiện động cơ máy bay", S4 "UAC Đà Nẵng nhà
máy kết cấu hợp kim nhôm cho máy bay", S5 "đóng mới toa xe khách đường sắt hợp đồng công ty xe lửa", S6 "sản xuất đầu
máy toa xe trong nước nội địa hóa công nghiệp đường sắt", S7 "phụ kiện đường sắt ray ghi tà vẹt nhà máy sản xuất doanh
nghiệp", S8 "tàu đường sắt đô thị toa tàu sản xuất lắp ráp tại Việt Nam", S9 "Tổng công ty Đường sắt Việt Nam tổ hợp
công nghiệp đường sắt đầu tư", S10 "Thaco Hòa Phát tham gia sản xuất toa tàu ray đường sắt tốc độ cao", S11 "công ty cơ
khí Việt Nam xuất khẩu linh kiện hàng không chứng chỉ AS9100", S12 "Vietnam Airlines Vietjet bảo dưỡng sửa chữa máy bay
xưởng phụ tùng hợp tác ký kết", S13 "Công ty CP Xe lửa Gia Lâm toa xe xuất xưởng nghiệm thu", S14 "ký hợp đồng cung cấp
toa xe hàng đầu máy cho đường sắt tỷ đồng", S15 "khu công nghệ cao cấp giấy chứng nhận đầu tư dự án linh kiện hàng không
vũ trụ", S16 "Viettel sản xuất linh kiện cho hãng hàng không vũ trụ nước ngoài hợp đồng", and in English S17 "Vietnam
aircraft parts factory investment", S18 "Vietnamese supplier aerospace components Boeing Airbus contract", S19 "Vietnam
railway rolling stock carriages manufacturing", S20 "Vietnam high-speed railway localisation rail industry steel rails
locomotives". (Batches 81, 85 and 128 touched parts of this theme with other searches and some of the same stories came
back -- a Korean engine-parts plant at Hòa Lạc, a US aerostructures plant in Đà Nẵng, the rail operator's coach plan and
rail-industry complex; no row of theirs was reused, and the rail rows were checked against batch 85's.) No sentence is
taken or paraphrased from a page; the shapes are. Firm, plant, works, person and byline names are invented (Tập đoàn
Corvell / Corvell Alloy Corporation / Corvell Alloy Corporation Asia Pte. Ltd. / Corvell Alloy Asia Pte. Ltd. and its
Hai Van plant, Tập đoàn Kyungnam / Kyungnam Aero Engines / Kyungnam Techwin, Tsurumi Heavy Industries / Tsurumi
Aerospace Việt Nam (TAV), Hanbit Aerospace Industries (HAI), Daeil Aero Industries, Hanjin Airways, Artemis, Nakaizumi,
Công ty CP Dịch vụ Kỹ thuật Hàng không Phương Đông (OAES) / Oriental Aviation Engineering Services JSC, Công ty TNHH Kỹ
thuật Máy bay Sông Hồng (SHAECO) and the German airline Rheinflug, Tập đoàn Công nghệ Quân đội Lạc Việt / Lạc Việt / Lac
Viet and its unit LV3 Mechatronics Company, Tập đoàn Thép Hoành Sơn and Kraemer Walzwerk GmbH, KLG, HSS, Tập đoàn Thiên
Phúc / Thiên Phúc Speed and Nordbahn Mobility, Volgorail and Viet-Euro Joint Venture Bank, the works Công ty CP Xe lửa
Long Biên, Công ty CP Xe lửa Lái Thiêu, Công ty CP Toa xe Cửa Nam, the repair plant A41, every official including a
Prime Minister, ministers and deputy ministers, every author, speaker, photographer and byline); well-known names (Boeing,
Airbus, GE, Pratt & Whitney, Rolls-Royce, Samsung, Intel, Vingroup, Vietnam Airlines, CRRC, China Railway Engineering
Corporation, IATA, EASA, the US aviation authority, Tổng công ty Đường sắt Việt Nam / VNR, the Cát Linh - Hà Đông and Lào
Cai - Hà Nội - Hải Phòng lines, the parks of Hòa Lạc, Đà Nẵng and Thăng Long, Khu kinh tế Dung Quất, the ministries, the
National Assembly and the Politburo) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 60 distinct pages: a video page on a Đà Nẵng aerospace licence came
back three times, a police-daily tag on the rail operator's coach plan four times, a legal portal's aviation decision
three times and its consolidated text twice, a betting junk line and a one-line tag twice each): 5 slots were spam (a
Dutch-domain gravel title, a betting line, a betting page with a rail-sleeper explainer glued on, an Italian-domain
ferro-alloy title; S5 r4 = S13 r3, S7 r1, r3, r4); 30 were tag, title, snippet, section and listing pages (the video
page's headline and lead with its timestamp; a listing's question headline on a repair plant; a business site's tag on
the US aerostructures plant; the coach-plan tag; snippets on falling passenger numbers and on building locomotives at
home; a print page with localisation rates and broadcaster chrome; a one-line sleeper tag; a section page and three
titles on urban rail; a title on a Chinese group wanting a rail line; a glued high-speed tag; an old headline-and-lead on
opening rail infrastructure; a newspaper's "crrc" tag on the rail-industry complex; a provincial portal's listing of a
steelmaker's rail-line contract with a German supplier; tags on the Prime Minister asking a carmaker to build trains and
on a steelmaker staying out of the race; a real-estate image title; a tag on the military group's chip and satellite
targets; a section page with its chip-fab groundbreaking; a tag on an airline's aircraft-purchase plan; a title on a
metro line's finish date); 5 were legal-portal titles (two distinct: an aviation decision and a consolidated text); 1
was a thesis summary on a document store (Đà Nẵng hi-tech park FDI, with cover, referees and opening); 1 a forum repost
with broken diacritics (a private MRO firm's US and European approvals); 7 were pages in other languages (a Japanese and a
Chinese item on the Korean engine-parts plant's opening and groundbreaking, a Spanish item on the US plant's start of
operation, a French item on the military group's electronics centre, a Polish item on an airline's deal with Airbus, a
Dutch forum post on a high-speed rail agreement twice; rendered here in Vietnamese); 18 were Vietnamese news and features
(a wire item on a Japanese group's second aircraft-parts plant; a daily on a Korean group weighing a plant in Đà Nẵng; the
plane maker's first aerospace forum; a feature on why no domestic firm supplies plane makers; its vice president meeting
the trade minister; a news site's talk show with global aviation figures; the engine-parts plant's opening with its
recalled licence and groundbreaking; its 2017 plan; a knowledge site on the US group's decision; a construction journal
and a broadcaster on the rail industry and the southern works; a portal's list of FDI aircraft-parts makers; a maintenance
firm's contract with a German airline; a law daily on a freight-wagon project with an image alt text; a business weekly's
FDI feature with related links; a coast-guard portal on military enterprises); 13 were English (a blog explainer on the US
plant's groundbreaking and other makers; an aggregator on a Korean parts plant due to break ground, with subheadings and
park statistics; a news site's English edition on the US plant with a byline; a city daily and an investment review on
the plane maker's supplier hunt, with a caption and a rating-guide chrome; a news agency's English page; a paywalled rail
trade item on a Russian wagon maker's memorandum with a bank; a rolling-stock agency's report with cookie banner and
byline; an aggregator's metro car; a national site on localising high-speed rail; a state daily and a news agency on the
Lào Cai line). About 22 of the 80 slots told a deal or an event with a named party (openings and starts of operation 4, held
groundbreakings 3, planned plants, plans and groundbreakings to come 5, a decided investment told three times, recalled
plants and capital 3, a rail-line supply contract, a maintenance contract, two memoranda, one of them told twice); no
fresh licence with its investor named came up in any first four (only recalled ones; the Đà Nẵng plant's investor was
named only at rank 5), and the coach, wagon and rail-complex pages gave plans, proposals and builders without a contract
word.

Rows: 159 (hand-47201 to hand-47359); 26 carry a deal or an event (16.4%): 19 events (9 investment announcements, 4
inaugurations, 3 groundbreakings, 2 MoUs, 1 supply contract) and 23 `deals` entries (16 investment, 3 groundbreaking, 2
supply_contract, 2 mou); 7 rows hold only deals (47261 a recalled plant, 47303, 47305, 47306 and 47307 recalled plants
and registered capital in a portal's FDI list, 47312 a recalled maintenance contract, 47341 an English recalled venture
with its capital), 3 an event without a deal (47249 and 47251 starts of operation without capital, 47276 an opening
without capital) and 16 both. 133 rows are negatives and other fields. By page kind: 4 rows of spam (47201-47204, 0 with
a deal or event), 28 of tag, title, snippet, section and listing pages (47205-47232; 3), 3 legal-portal titles
(47233-47235; 0), 4 of the thesis summary (47236-47239; 0), 4 of the forum repost (47240-47243; 0), 10 of pages in other
languages rendered in Vietnamese (47244-47253; 6), 69 of Vietnamese news and features (47254-47322; 10) and 37 of English
copy (47323-47359, `english_copy`, 23.3%; 7). 9 rows are stored in NFD (hand-47248, 47261, 47266, 47274, 47280, 47293,
47308, 47314, 47319); 5 use old tone placement (47210 "hiện đại hoá", 47247 "Hoà Lạc", 47253 "thoả thuận", 47295 "điện
khí hoá", 47300 "nội địa hoá"); 45 hold several lines (headlines and leads, tag labels, timestamps, page, paywall and
cookie chrome, captions with credits, bylines, related links, a thesis cover, pipe listings, subheadings).

Own wording: every row was drafted in its own order (amount-first, count-first, object-first, place-first, passive,
quote-first with the speaker last, label lines) with changed figures, names, dates and places; on review against the
notes taken from the sampled pages about 95 first drafts that still kept a page's clause order, its run of facts, a
quote's wording, a headline's words or a caption's were rewritten from scratch (among them the video lead, the repair
plant's question, the US plant's tag, the coach-plan lead, the passenger, locomotive and localisation snippets, the
Chinese-group, high-speed and restructuring titles and leads, the rail-complex tag, the rail-steel listing, both
carmaker and steelmaker tags, the chip target and groundbreaking, the airline's purchase plan, the thesis title and
opening, all four forum lines, every rendered foreign line, the Korean group's considering lead, caption, investor rank,
labour-market and second-plant lines, the forum's count, demand and quote, the feature's supplier count and two-partner
line and caption, the minister's meeting, office and wish lines, the talk show's figures, the engine plant's headline,
training, tax, staffing, plan, hall-size, revenue-target and expert lines, the knowledge site's headline, decision,
profile and product lines, the journal's fleet, car and localisation lines, the southern works' profile, history, quote
and localisation lines, the FDI list's headline, intro and all four makers, the maintenance story's inspection, A350
and price lines, the wagon project and alt text, the FDI feature's lead, links and figures, the portal's lead and
headings, and nearly every English paragraph). Three drafts were dropped as still too close after rewording (a US
group's list of offices, a maintenance firm's three selling points, a line on the plane maker's suppliers raising their
standards), and one foreign-language render was rewritten in another order. Nothing was used from ranks 5-8, among them:
the Korean parts plant's opening with its investor and capital (S1 r5) and its Japanese telling (S1 r8), a gambling
mirror of the US plant's groundbreaking (S1 r6), a chamber official's supplier roadmap and an association's firm count
in Vietnamese (S2 r5; the English telling at S18 r1 was used), an airline maker's emergency-door project and a capital's
aviation fair (S2 r6-r7), the engine plant's groundbreaking and photo pages (S3 r5-r8), the US plant's opening and
groundbreaking stories (S4 r5-r8), an operator's wagon and locomotive plans (S5 r6-r8), a railway head's locomotive
conference, a carmaker-contractor consortium and a rail-complex feature (S6 r5-r8), a carmaker's meeting with a Korean
rail maker and its high-speed proposal (S10 r5-r7), a military telecom unit's supply to a UK aerospace group, an AS9100
piece and a private MRO firm's interviews (S11 r5-r8), an airline's maintenance-centre groundbreaking, its parts-support
agreement with a German MRO firm and an aircraft order (S12 r5-r7, S16 r7), the English copies of the older Japanese
plant and the Korean plant (S17 r5-r8), the plane maker's Hanoi office opening (S18 r8) and the English rail-complex and
localisation pages (S19 r5-r8, S20 r5-r8).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed", without capital the
event only, a start of output or operation counting as an opening; a held groundbreaking is a groundbreaking deal and
event "started", dated only with a day; a named firm's planned plant, a plant under construction, a groundbreaking still
to come and a licence still to be handed over are an announced investment; a plan to raise a total with only the new
total is one without amount; considering, weighing, wishes, targets, proposals, forecasts, fleet plans, working
sessions, forums, certificates, supplier status and builders named without a contract word give no deal; recalled
plants, registered capital and contracts are deals without events, recalled openings nothing; a signed supply contract
is a supply_contract deal and event, supplier first, a maintenance contract too (batches 11, 18); a firm-pair
memorandum or "thỏa thuận hợp tác chiến lược" is an mou deal and event, dated with a day, sited only by a signing place
in Vietnam (batch 145); a rail operator's plan to build coaches is no deal (batch 85); vague amounts and counts are none;
"khoảng", "chừng", "gần", "hơn", "trên", "sát", "vượt", "about", "some", "more than", "over" are approximate; bracketed
conversions are both money; money per km and per year keep their unit; speeds, gauges, capacities, durations, ordinals,
model numbers, counts in words and counts without a noun are no counts, English counts keep their English noun,
populations are counts; m2 is an area in ha; percentage ranges give both ends; Vietnamese legal forms are normalised,
foreign ones kept ("Pte. Ltd.", "Co., Ltd.", "GmbH", "JSC"), "Corporation" and "Company" stay in an English name,
"Việt Nam"/"Vietnam" and a trailing "Vina" are dropped from a foreign subsidiary's name, a state corporation keeps it
("Đường sắt Việt Nam"); a bracketed acronym or English name after a name is no second entry, alone (or in a role) it is
a firm; customer brands are firms; organisations expand UBND, a bare unit ("the city government", "the transport
ministry") is none; a province inside an organisation's or park's name is a mention, inside a firm's none; parks and
zones written in Vietnamese are locations (KCN expanded), Hòa Lạc names no province, English parks none; datelines are
mentions; Vietnamese country words and English country nouns and possessives are countries, English adjectives, regions
and foreign cities nothing; bylines and photo credits are persons without role, outlet, agency, source and organiser
credits nothing; "TS.", "PGS.TS." give no role, a bare "Thủ tướng" no person, a surname or given name alone no person;
legal-portal titles give the decision without date; old tone placement is normalised in the gold. Every row with no
event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Hòa Lạc and the English hi-tech parks: "Khu công nghệ cao Hòa Lạc, Hà Nội" (47244, 47247) and "at Hoa Lac Hi-Tech Park
  in Hanoi" / "at Thang Long Industrial Park in Hanoi" (47339, 47341) site the deal in Hà Nội because the city is written
  with the park; the park alone (47276, 47303) leaves it unsited; "khu đất ... gần Hà Nội" (47283) is a mention only, as
  "outside Hanoi" was (batch 145). "Da Nang Hi-tech Park" and "Da Nang's Hi-tech Park" name the province (47323, 47328).
- A video page's licence "trao cho một dự án linh kiện máy bay" with the investor unnamed (47205) gives no event; the
  earlier plant's owner named in the same lead is a firm mention.
- The rail-steel contract told object-first ("Dây chuyền ... của Tập đoàn Thép Hoành Sơn sẽ do Kraemer Walzwerk GmbH
  (Đức) cung cấp công nghệ và thiết bị, theo hợp đồng hai bên ký ngày 27/5/2025", 47223) is a dated supply_contract deal
  and signed event, supplier first, unsited; a later listing line "Hoành Sơn xuất lô ray đầu tiên sang Úc" (47231) is an
  export, no deal.
- A maintenance contract recalled as one of many ("Hợp đồng bảo dưỡng 3 chiếc A350-900 ký với Rheinflug chỉ là một
  trong nhiều hợp đồng SHAECO có", 47312) is a supply_contract deal of the MRO firm and the airline without event.
- A memorandum with a bank about a planned rolling-stock plant (47346) is an mou deal and signed event of the wagon maker
  and the bank, dated with the published year and sited in Hà Nội where it was signed; the presidents are no parties.
- An earlier cooperation agreement of a park authority, a university and an airline "behind the project" (47330) is
  recalled and has no firm pair: no deal, no event.
- A start of output ("Chi tiết hợp kim nhôm ... đã bắt đầu ra khỏi dây chuyền của Corvell Alloy Asia Pte. Ltd.", 47249)
  and a centre "đã chạy từ ngày 16/10" (47251) are inaugurations without capital; "đã vận hành từ hôm mùng 4" with the
  plant's 180 triệu USD (47244) is an investment deal and an inauguration with the amount, the day without a month giving
  no date.
- "Construction of X's factory ... is scheduled for the first three months of 2024" (47328) is an announced investment
  sited by the park's city, the quarter no date; a workshop being added (47339) likewise, without amount.
- The portal's FDI list (47303-47307) gives one recalled investment per maker with its capital, the investor being the
  group that set up the subsidiary ("Tập đoàn Kyungnam ... đổ vào Công ty TNHH Kyungnam Aero Engines"); "Công ty TNHH
  Artemis Việt Nam" and "hãng Artemis" in one row are one entry with the legal form; a subsidiary's different name
  ("Tsurumi Aerospace" beside "Tsurumi") is a second entry.
- The same US group is written four ways by four outlets ("Tập đoàn Corvell", "Corvell Alloy Corporation", "Corvell Alloy
  Corporation Asia Pte. Ltd.", "Corvell Alloy Asia Pte. Ltd."); each row keeps its own canonical name and its deal names
  that one.
- A builder named for part of a wagon project with no contract word and no buyer ("Cả 110 toa MC do Công ty CP Toa xe Cửa
  Nam đảm nhận", 47314) gives no deal; the project's total (47313) is money and counts only.
- An airline's aircraft-purchase plan approved by shareholders (47230) is a wish, no deal; "48 tàu bay thân hẹp" is a
  count.
- A thesis cover's labels give roles as written ("Người hướng dẫn khoa học", "Phản biện 1"; batch 73); caps names take
  their usual spelling.
- A forum repost with broken diacritics ("đă", "tŕnh", "ḿnh") is annotated as read; its counts in words ("Năm vòng")
  are none.
- Roles: "Boeing's supply chain development director for Southeast Asia, Japan and South Korea" is kept whole and its
  countries are countries; "its country director Daniel Pham" gives "country director"; "VNR deputy general director
  Hoang Minh Khai" keeps VNR in the role and VNR is a firm mention; "Phó tổng giám đốc SHAECO" after "(SHAECO)" makes the
  acronym a firm entry; "của ông Trịnh Bá Lộc" is a person without role.
- A headline amount and the lead's "hơn" amount (47222) are two money entries, the second approximate; "Đông Nam bộ giữ
  43% vốn FDI cả nước" in related links is a percentage; "for 29 in all" is no count.
- Line names ("Lào Cai - Hà Nội - Hải Phòng", "the Lao Cai line") and "Hanoi metro" are province mentions; "Khu kinh tế
  Dung Quất" is a zone without province; "Đài Truyền hình Việt Nam" is an organisation, "VTV Online" nothing; "Report No
  107/BC-CP" sent "the day before" is a decision without date."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, ev, f, ha, park, per, zone


def hand_sentences_148(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    DNg = cur("Đà Nẵng")
    HN = cur("Hà Nội")

    ids = iter(range(47201, 47201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam on foreign domains and betting junk with a rail explainer glued on (S5 r4 = S13 r3, S7 r1, S7 r3,
    # S7 r4) ---
    rows += [
        h(
            n(),
            "đá dăm nghiền cỡ 4x6 làm ba lát đường sắt nhà cung cấp số lượng lớn giá xuất xưởng",
            "2021-06-24",
            "ministry",
            ["spam_title", "foreign_domain", "size_code_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kubet link vao nhanh khong chan tàu hỏa trật bánh toa xe lửa hạng sang xét tuyển đại học giao thông 2024",
            "2024-02-11",
            "ministry",
            ["spam_title", "betting_domain", "unaccented_mix", "year_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ole777 nổ hũ đổi thưởng uy tín slot88 soi cầu miền bắc vip\nTà vẹt bê tông dự ứng lực đã thay gần hết tà vẹt gỗ; nó giữ cự ly hai thanh ray và dồn sức nặng đoàn tàu xuống nền đá.",
            "2023-03-02",
            "ministry",
            ["spam_page", "betting_junk", "explainer_glued", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ferro mangan hàm lượng cao cho thép ray mã hs nhập khẩu từ ấn độ báo giá",
            "2022-10-19",
            "ministry",
            ["spam_title", "foreign_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title, snippet, section and listing pages (S1 r1 = S4 r3 = S15 r4, S1 r2, S4 r2, S5 r1 = S13 r1 = S14 r1,
    # S5 r2, S5 r3 = S13 r4, S6 r1, S6 r2, S7 r2, S8 r1-r4, S9 r1 = S10 r4, S9 r2, S9 r3, S9 r4, S10 r1, S10 r2 = S14 r3,
    # S10 r3, S12 r4, S13 r2, S14 r2, S16 r1, S16 r3) ---
    rows += [
        h(
            n(),
            "Thêm một dự án hàng không vũ trụ vào Khu công nghệ cao Đà Nẵng\n\nGiấy chứng nhận đăng ký đầu tư vừa được Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng trao cho một dự án linh kiện máy bay – dự án thứ hai của ngành này ở khu, sau nhà máy của Công ty TNHH Corvell Việt Nam.\n\n24/01/2024, 22:47",
            "2024-01-25",
            "ministry",
            [
                "video_page",
                "headline_lead",
                "licence_no_firm",
                "passive",
                "province_in_org_name",
                "ordinal_no_count",
                "vietnam_dropped",
                "timestamp",
                "multiline",
                "no_event",
            ],
            firms=[f("Corvell", "Công ty TNHH")],
            organizations=["Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            locations=[park("Khu công nghệ cao Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Video Kinh tế\nĐà Nẵng sắp có nhà máy linh kiện máy bay thứ hai",
            "2024-01-25",
            "ministry",
            [
                "video_page",
                "section_label",
                "ordinal_no_count",
                "plant_without_firm",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Trực thăng Mi của các nước láng giềng sắp bay về Việt Nam đại tu?\nNhà máy A41 đã sửa xong hàng chục chiếc cho quân đội trong nước và tin mình đủ sức nhận thêm việc từ bên ngoài.",
            "2022-04-14",
            "ministry",
            [
                "listing_page",
                "question_headline",
                "plant_name_no_firm",
                "vague_count_none",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "tập đoàn corvell\n\n165 triệu USD cho nhà máy linh kiện máy bay đầu tiên của Tập đoàn Corvell ở Việt Nam\nHoài Linh\nKhu Công nghệ cao Đà Nẵng được tập đoàn Mỹ chọn làm nơi sản xuất thân máy bay và chi tiết động cơ; quyết định đầu tư đã được chốt.",
            "2019-02-28",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_no_firm",
                "amount_first",
                "headline_lead",
                "byline",
                "announced_investment",
                "country_adjective",
                "park_names_province",
                "multiline",
            ],
            firms=[f("Corvell", "Tập đoàn")],
            persons=[per("Hoài Linh", None)],
            provinces=[pv("Đà Nẵng")],
            money=[m(165 * M, "USD")],
            locations=[country("Mỹ"), park("Khu Công nghệ cao Đà Nẵng")],
            deals=[deal("investment", ["Corvell"], 165 * M, DNg)],
            events=[ev("investment_announcement", [F("Corvell")], 165 * M, "USD", DNg, "announced")],
        ),
        h(
            n(),
            "toa xe khách chất lượng cao\n\nVNR tính đóng mới 280 toa khách trước năm 2026\nPhần lớn đầu máy, toa xe đang chạy đã cũ và chạm niên hạn mà Luật Đường sắt 2017 cho phép, nên Tổng công ty Đường sắt Việt Nam phải tính lộ trình thay mới.",
            "2019-06-12",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "fleet_plan_no_deal",
                "state_corporation",
                "acronym_alone_firm",
                "law_without_number",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("VNR"), f("Đường sắt Việt Nam", "Tổng công ty")],
            quantities=[c(280, "toa khách")],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm mất 4-7% lượng khách kể từ 2008, ngành đường sắt đặt cược vào việc hiện đại hoá đoàn tàu khách và cách phục vụ tử tế hơn. Chi tiết...",
            "2016-03-08",
            "ministry",
            ["snippet", "percentage_range", "old_tone", "read_more_chrome", "no_event"],
            percentages=[4, 7],
            events=[],
        ),
        h(
            n(),
            "Chuyện chở khách chạy thử khi chưa có phép không thể đổ hết cho nhà thầu, vì chủ của tuyến là phía Việt Nam...",
            "2019-01-05",
            "ministry",
            ["tag_page", "truncated_lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bán đầu máy ra nước ngoài không còn là chuyện xa, khi xưởng trong nước đã tự lắp được đầu máy cho tuyến Bắc - Nam.",
            "2013-10-10",
            "ministry",
            ["snippet", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ 80 km/giờ hiện nay, đoàn tàu mới sẽ chạy được 100 km/giờ; lắp đầu máy trong nước mới đạt 20 - 25% nội địa hóa, toa xe thì 35 - 55%.\n* Xem lại các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên VTV Online\nBạn gửi bình luận quá nhanh. Vui lòng chờ 60 giây.",
            "2019-06-05",
            "ministry",
            [
                "print_page",
                "broadcaster_chrome",
                "speed_no_count",
                "percentage_range",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Đài Truyền hình Việt Nam"],
            percentages=[20, 25, 35, 55],
            events=[],
        ),
        h(
            n(),
            "tà vẹt bê tông nứt chân",
            "2021-11-30",
            "ministry",
            ["tag_page", "one_line_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thời sự\nVì sao Hà Nội tin mình tự làm được tuyến tàu điện thứ ba?",
            "2024-09-13",
            "provincial",
            ["section_page", "question_headline", "ordinal_no_count", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Các dòng tàu điện đô thị và cách ghép chúng trong một mạng lưới",
            "2020-05-21",
            "ministry",
            ["title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hàn Quốc sẽ làm tuyến tàu điện nhẹ ở một đô thị Việt Nam",
            "2014-08-02",
            "ministry",
            ["title_page", "country", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Mỗi km tàu điện trên cao ở Hà Nội ngốn gần 2.400 tỷ đồng",
            "2017-10-16",
            "provincial",
            ["title_page", "money_per_km", "approx", "no_event"],
            provinces=[pv("Hà Nội")],
            money=[m(2400 * B, "VND", "km", True)],
            events=[],
        ),
        h(
            n(),
            "Lào Cai - Hà Nội - Hải Phòng: một nhà thầu Trung Quốc ngỏ ý góp vốn làm tuyến",
            "2025-05-20",
            "ministry",
            [
                "title_page",
                "firm_unnamed",
                "wish_no_deal",
                "line_names_provinces",
                "country_word",
                "no_event",
            ],
            provinces=[pv("Lào Cai"), pv("Hà Nội"), pv("Hải Phòng")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Đường sắt bắc nam-Ai sẽ quản dự án tốc độ cao 67 tỷ USD nếu không phải Bộ Giao thông vận tải?",
            "2019-11-02",
            "ministry",
            ["tag_page", "glued_tag", "question_headline", "no_event"],
            organizations=["Bộ Giao thông vận tải"],
            money=[m(67 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Mở cửa cho vốn ngoài ngành vào hạ tầng đường sắt\n\n03/12/2014 08:12\n\nTổng công ty Đường sắt Việt Nam sẽ chỉ còn giữ phần kết cấu hạ tầng; khai thác và đầu tư mới được mời tư nhân cùng làm, vì ngân sách không kham nổi.",
            "2014-12-03",
            "ministry",
            [
                "headline_lead",
                "timestamp",
                "restructuring_no_deal",
                "state_corporation",
                "multiline",
                "no_event",
            ],
            firms=[f("Đường sắt Việt Nam", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "crrc\nTổ hợp đường sắt 16.800 tỷ đồng: cơ hội cho xưởng cơ khí nội?\nTPO - Cơ khí trong nước có thể lần đầu chạm tới công nghệ tàu tốc độ cao nếu tổ hợp ở phía nam Hà Nội, dự toán hơn 16.800 tỷ đồng, được duyệt.",
            "2025-08-30",
            "ministry",
            [
                "tag_page",
                "brand_tag_firm",
                "proposal_no_deal",
                "outlet_prefix_nothing",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("CRRC")],
            provinces=[pv("Hà Nội")],
            money=[m(16800 * B, "VND"), m(16800 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp\nĐông Nam Á sắp có ray tàu cao tốc “made in Vietnam”\nDây chuyền cán ray và thép hình 650.000 tấn/năm của Tập đoàn Thép Hoành Sơn sẽ do Kraemer Walzwerk GmbH (Đức) cung cấp công nghệ và thiết bị, theo hợp đồng hai bên ký ngày 27/5/2025. Khi xong ...",
            "2025-06-03",
            "provincial",
            [
                "listing_page",
                "government_portal",
                "headline_lead",
                "object_first",
                "supply_contract",
                "foreign_legal_form",
                "country_bracket",
                "capacity_no_count",
                "region_nothing",
                "deal_date",
                "truncated_lead",
                "multiline",
            ],
            firms=[f("Thép Hoành Sơn", "Tập đoàn"), f("Kraemer Walzwerk", "GmbH")],
            locations=[country("Đức")],
            deals=[deal("supply_contract", ["Kraemer Walzwerk", "Thép Hoành Sơn"], None, None, "2025-05-27")],
            events=[
                ev(
                    "supply_contract",
                    [F("Kraemer Walzwerk"), F("Thép Hoành Sơn")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "cảng chu lai\nTàu cho tuyến cao tốc 67 tỷ USD: Thủ tướng gọi tên KLG của ông Trịnh Bá Lộc\nDoanh nghiệp được giao nghiên cứu nhận chuyển giao công nghệ, để một ngày tự làm được đầu máy.",
            "2025-01-21",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_nothing",
                "headline_lead",
                "wish_no_deal",
                "bare_pm_no_person",
                "acronym_alone_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("KLG")],
            persons=[per("Trịnh Bá Lộc", None)],
            money=[m(67 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Vingroup và KLG đua nhau xin làm tuyến cao tốc, còn HSS của ông Lê Văn Đạt chỉ muốn bán thép ray – lựa chọn ấy có khôn ngoan sau 20 năm làm thép?",
            "2025-02-04",
            "ministry",
            ["tag_page", "ticker_alone_firm", "question_lead", "duration_no_count", "no_event"],
            firms=[f("Vingroup"), f("KLG"), f("HSS")],
            persons=[per("Lê Văn Đạt", None)],
            events=[],
        ),
        h(
            n(),
            "Tuyến đường sắt trên cao thứ hai của Hà Nội có thể xong trong năm 2017",
            "2015-09-22",
            "provincial",
            ["title_page", "ordinal_no_count", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "tp hcm chap thuan giao cau nhon trach cho tinh dong nai lam chu dau tu",
            "2020-07-09",
            "ministry",
            ["image_page_title", "unaccented", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chip bán dẫn\nVệ tinh riêng và con chip tự chế tạo: hai đích năm 2030 mà Tập đoàn Công nghệ Quân đội Lạc Việt vừa đặt ra.",
            "2024-10-18",
            "ministry",
            ["tag_page", "target_no_deal", "count_in_words", "multiline", "no_event"],
            firms=[f("Công nghệ Quân đội Lạc Việt", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Năng lượng & Cuộc sống\nNhà máy chế tạo chip đầu tiên trong nước được Tập đoàn Công nghệ Quân đội Lạc Việt khởi công sáng 14/1 ở Hà Nội, với sự có mặt của lãnh đạo cấp cao ...",
            "2025-01-14",
            "ministry",
            [
                "section_page",
                "groundbreaking_started",
                "passive",
                "deal_date",
                "ordinal_no_count",
                "truncated_lead",
                "multiline",
            ],
            firms=[f("Công nghệ Quân đội Lạc Việt", "Tập đoàn")],
            provinces=[pv("Hà Nội")],
            deals=[deal("groundbreaking", ["Công nghệ Quân đội Lạc Việt"], None, HN, "2025-01-14")],
            events=[ev("groundbreaking", [F("Công nghệ Quân đội Lạc Việt")], None, None, HN, "started")],
        ),
        h(
            n(),
            "mua tàu bay thân hẹp\n48 tàu bay thân hẹp, khoảng 3,5 tỷ USD: kế hoạch mua máy bay mà cổ đông Vietnam Airlines duyệt từ năm 2019 vẫn chưa bị gác lại dù dịch bệnh …\nRead More »",
            "2021-04-22",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_nothing",
                "count_first",
                "wish_no_deal",
                "aircraft_purchase_plan",
                "approx",
                "read_more_chrome",
                "multiline",
                "no_event",
            ],
            firms=[f("Vietnam Airlines")],
            money=[m(3.5 * B, "USD", approx=True)],
            quantities=[c(48, "tàu bay thân hẹp")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp\nKhu kinh tế Dung Quất thêm 3 dự án công nghiệp trong quý I | Hoành Sơn xuất lô ray đầu tiên sang Úc | Cảng Chu Lai mở tuyến container mới",
            "2025-06-03",
            "provincial",
            [
                "listing_page",
                "pipe_list",
                "export_no_deal",
                "zone",
                "count",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Hoành Sơn")],
            locations=[zone("Khu kinh tế Dung Quất"), country("Úc")],
            quantities=[c(3, "dự án công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Năng lượng & Cuộc sống\nGiá điện sinh hoạt tăng từ tháng 5 | Khởi công nhà máy chip đầu tiên của Việt Nam | Xăng dầu giảm giá phiên thứ ba",
            "2025-01-14",
            "ministry",
            [
                "section_page",
                "pipe_list",
                "groundbreaking_no_firm",
                "ordinal_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Legal-portal titles (S11 r2 = S12 r1 = S15 r1, S11 r4 = S12 r2) ---
    rows += [
        h(
            n(),
            "Quyết định 214/QĐ-BXD 2025 công bố thủ tục hành chính sửa đổi trong lĩnh vực đường sắt",
            "2025-03-18",
            "legal",
            ["title_page", "legal_portal_title", "year_no_date", "decision", "no_event"],
            decisions=[d("214/QĐ-BXD")],
            events=[],
        ),
        h(
            n(),
            "Văn bản hợp nhất 52/VBHN-BGTVT 2024 quy định về đăng kiểm phương tiện giao thông đường sắt",
            "2024-06-27",
            "legal",
            [
                "title_page",
                "legal_portal_title",
                "consolidated_text_code",
                "year_no_date",
                "decision",
                "no_event",
            ],
            decisions=[d("52/VBHN-BGTVT")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1502/QĐ-BGTVT 2023 công bố thủ tục hành chính được thay thế trong lĩnh vực hàng không dân dụng",
            "2023-11-30",
            "legal",
            ["title_page", "legal_portal_title", "year_no_date", "decision", "no_event"],
            decisions=[d("1502/QĐ-BGTVT")],
            events=[],
        ),
    ]
    # --- A master's thesis summary on a document store (S15 r2) ---
    rows += [
        h(
            n(),
            "Bản xem trước bị giới hạn, chọn Tải xuống để đọc toàn bộ\n1\n/ 28 trang\nTHÔNG TIN TÀI LIỆU\nĐịnh dạng: PDF · Số trang: 28 · Dung lượng: 301,2 KB",
            "2015-03-04",
            "ministry",
            ["document_store", "download_chrome", "page_count_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nĐẠI HỌC ĐÀ NẴNG\nTRẦN BẢO CHÂU\nGIẢI PHÁP THU HÚT DỰ ÁN CÔNG NGHỆ CAO VÀO ĐÀ NẴNG\nChuyên ngành: Kinh tế phát triển · Mã số: 60.31.01.05\nTÓM TẮT LUẬN VĂN THẠC SĨ KINH TẾ\nĐà Nẵng – Năm 2014",
            "2015-03-04",
            "ministry",
            [
                "thesis_cover",
                "caps_lines",
                "caps_author_person",
                "province_in_org_name",
                "code_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Giáo dục và Đào tạo", "Đại học Đà Nẵng"],
            persons=[per("Trần Bảo Châu", None)],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Người hướng dẫn khoa học: TS. Lương Đình Khải\nPhản biện 1: PGS.TS. Hà Thị Ngân\nLuận văn được bảo vệ trước Hội đồng chấm luận văn thạc sĩ họp tại Đại học Đà Nẵng ngày 8 tháng 11 năm 2014.",
            "2015-03-04",
            "ministry",
            [
                "thesis_cover",
                "label_role",
                "academic_title_no_role",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Lương Đình Khải", "Người hướng dẫn khoa học"),
                per("Hà Thị Ngân", "Phản biện 1"),
            ],
            organizations=["Đại học Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "MỞ ĐẦU\n1. Tính cấp thiết của đề tài\nĐà Nẵng muốn thành thành phố công nghiệp, mà công nghiệp công nghệ cao thì cần những dự án vốn lớn; vì vậy Ban Quản lý Khu công nghệ cao Đà Nẵng coi nhà đầu tư nước ngoài là đích nhắm chính.",
            "2015-03-04",
            "ministry",
            ["thesis_text", "section_heading", "province_in_org_name", "multiline", "no_event"],
            organizations=["Ban Quản lý Khu công nghệ cao Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
    ]
    # --- A forum repost with broken diacritics on a private MRO firm's US approval (S11 r3) ---
    rows += [
        h(
            n(),
            "Tin vui hôm 2/12: lần đầu một công ty tư nhân Việt, quy mô nhỏ, cầm trong tay chứng chỉ bảo dưỡng máy bay của nhà chức trách Mỹ – chuyện mà dân ḿnh có quyền tự hào.",
            "2016-12-02",
            "ministry",
            [
                "forum_post",
                "broken_diacritics",
                "firm_unnamed",
                "certificate_no_deal",
                "country_word",
                "no_event",
            ],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Thứ trưởng Bộ Giao thông vận tải Phan Quốc Trung có mặt khi Cục Hàng không Liên bang Hoa Kỳ (FAA) trao chứng chỉ Part 145 cho Công ty CP Dịch vụ Kỹ thuật Hàng không Phương Đông (OAES), doanh nghiệp mấy kỹ sư trong nước góp vốn lập năm 2009.",
            "2016-12-02",
            "ministry",
            [
                "forum_post",
                "certificate_no_deal",
                "bracketed_acronym_one_entry",
                "country_in_org_name_nothing",
                "role_before_name",
                "no_event",
            ],
            firms=[f("Dịch vụ Kỹ thuật Hàng không Phương Đông", "Công ty CP")],
            organizations=["Bộ Giao thông vận tải", "Cục Hàng không Liên bang Hoa Kỳ"],
            persons=[per("Phan Quốc Trung", "Thứ trưởng Bộ Giao thông vận tải")],
            events=[],
        ),
        h(
            n(),
            "Năm vòng thẩm định trong gần một năm mới đổi được phê chuẩn của Cơ quan An toàn hàng không châu Âu (EASA) cho OAES hồi tháng 9/2015, quy tŕnh ngặt lắm.",
            "2016-12-02",
            "ministry",
            [
                "forum_post",
                "broken_diacritics",
                "acronym_alone_firm",
                "bracketed_acronym_one_entry",
                "region_in_org_name_nothing",
                "count_in_words",
                "no_event",
            ],
            firms=[f("OAES")],
            organizations=["Cơ quan An toàn hàng không châu Âu"],
            events=[],
        ),
        h(
            n(),
            "Thợ OAES lắp ghế hành khách tại xưởng",
            "2016-12-02",
            "ministry",
            ["forum_post", "caption", "acronym_alone_firm", "no_event"],
            firms=[f("OAES")],
            events=[],
        ),
    ]
    # --- Pages in other languages, rendered here in Vietnamese: a Japanese and a Chinese item on the Korean engine-parts
    # plant, a Spanish item on the US parts plant, a French item on the military group's electronics centre, a Polish
    # item on an airline's deal with Airbus, a Dutch forum post on a high-speed rail agreement (S3 r1, S3 r2, S4 r1,
    # S16 r2, S17 r4, S19 r4 = S20 r1) ---
    rows += [
        h(
            n(),
            "180 triệu USD, nhà máy đầu tiên ở Việt Nam làm linh kiện động cơ máy bay: cơ sở của Tập đoàn Kyungnam (Hàn Quốc) ở Khu công nghệ cao Hòa Lạc, Hà Nội đã vận hành từ hôm mùng 4.",
            "2018-12-05",
            "ministry",
            [
                "foreign_page_rendered",
                "amount_first",
                "inauguration_with_capital",
                "day_without_month_no_date",
                "park_then_province_sites",
                "country_bracket",
                "ordinal_no_count",
            ],
            firms=[f("Kyungnam", "Tập đoàn")],
            provinces=[pv("Hà Nội")],
            money=[m(180 * M, "USD")],
            locations=[country("Hàn Quốc"), park("Khu công nghệ cao Hòa Lạc")],
            deals=[deal("investment", ["Kyungnam"], 180 * M, HN)],
            events=[ev("inauguration", [F("Kyungnam")], 180 * M, "USD", HN, "completed")],
        ),
        h(
            n(),
            "Lô hàng đầu tiên sẽ rời nhà máy vào tháng 1/2019. 850 lao động và 330 triệu USD tổng vốn là mốc Kyungnam Aero Engines nhắm tới năm 2024; khu công nghệ cao hiện có 85 dự án với khoảng 76 nghìn tỷ đồng vốn đăng ký.",
            "2018-12-05",
            "ministry",
            [
                "foreign_page_rendered",
                "count_first",
                "plan_new_total_no_amount",
                "ordinal_no_count",
                "count",
                "approx",
                "no_site",
            ],
            firms=[f("Kyungnam Aero Engines")],
            money=[m(330 * M, "USD"), m(76000 * B, "VND", approx=True)],
            quantities=[c(850, "lao động"), c(85, "dự án")],
            deals=[deal("investment", ["Kyungnam Aero Engines"])],
            events=[
                ev("investment_announcement", [F("Kyungnam Aero Engines")], None, None, None, "announced")
            ],
        ),
        h(
            n(),
            "・Việt Nam mua 20 khẩu pháo tự hành của Hàn Quốc (14/8/2025)\n・Kyungnam làm ăn thuận lợi ở Việt Nam nhờ bốn mảng trụ cột (10/2/2020)\n・Doanh nghiệp Hàn Quốc khởi công nhà máy linh kiện động cơ máy bay đầu tiên ở Việt Nam (25/9/2017)",
            "2018-12-05",
            "ministry",
            [
                "foreign_page_rendered",
                "related_links",
                "groundbreaking_no_firm",
                "count",
                "count_in_words",
                "country_word",
                "multiline",
                "no_event",
            ],
            firms=[f("Kyungnam")],
            quantities=[c(20, "khẩu pháo tự hành")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy 9,5 ha của Kyungnam Aero Engines ở Khu công nghệ cao Hoà Lạc, Hà Nội đã được động thổ ngày 19/9: 180 triệu USD ban đầu, có thể lên 240 triệu USD, và là dự án động cơ hàng không đầu tiên của Việt Nam.",
            "2017-09-20",
            "ministry",
            [
                "foreign_page_rendered",
                "object_first",
                "passive",
                "old_tone",
                "groundbreaking_started",
                "park_then_province_sites",
                "deal_date",
                "area",
                "ordinal_no_count",
            ],
            firms=[f("Kyungnam Aero Engines")],
            provinces=[pv("Hà Nội")],
            money=[m(180 * M, "USD"), m(240 * M, "USD")],
            areas=[ha(9.5)],
            locations=[park("Khu công nghệ cao Hòa Lạc")],
            deals=[deal("groundbreaking", ["Kyungnam Aero Engines"], 180 * M, HN, "2017-09-19")],
            events=[ev("groundbreaking", [F("Kyungnam Aero Engines")], 180 * M, "USD", HN, "started")],
        ),
        h(
            n(),
            "Có Kyungnam làm đầu tàu, những hãng công nghệ cao khác của Hàn Quốc sẽ dễ tìm tới khu hơn, Bộ trưởng Bộ Khoa học và Công nghệ Chu Minh Đức kỳ vọng.",
            "2017-09-20",
            "ministry",
            ["foreign_page_rendered", "speaker_last", "role_before_name", "country_word", "nfd", "no_event"],
            persons=[per("Chu Minh Đức", "Bộ trưởng Bộ Khoa học và Công nghệ")],
            organizations=["Bộ Khoa học và Công nghệ"],
            firms=[f("Kyungnam")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Chi tiết hợp kim nhôm cho thân Boeing 787, 777 và 737 đã bắt đầu ra khỏi dây chuyền của Corvell Alloy Asia Pte. Ltd. ở Khu công nghệ cao Đà Nẵng; nhà máy rộng 16 ha sẽ xong giai đoạn hai vào tháng 4/2023.",
            "2020-04-02",
            "ministry",
            [
                "foreign_page_rendered",
                "object_first",
                "inauguration_no_capital",
                "foreign_legal_form",
                "customer_brand_firm",
                "model_numbers_no_count",
                "area",
                "park_names_province",
            ],
            firms=[f("Boeing"), f("Corvell Alloy Asia", "Pte. Ltd.")],
            provinces=[pv("Đà Nẵng")],
            areas=[ha(16)],
            locations=[park("Khu công nghệ cao Đà Nẵng")],
            events=[ev("inauguration", [F("Corvell Alloy Asia")], None, None, DNg, "completed")],
        ),
        h(
            n(),
            "Hàng làm ra đi châu Âu, Bắc Mỹ và Malaysia.",
            "2020-04-02",
            "ministry",
            ["foreign_page_rendered", "export_no_deal", "region_nothing", "country_word", "no_event"],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm 2,5 triệu điện thoại và 800.000 máy tính: đó là công suất của trung tâm sản xuất điện tử mà Lạc Việt cho biết đã chạy từ ngày 16/10.",
            "2019-10-17",
            "ministry",
            [
                "foreign_page_rendered",
                "output_first",
                "inauguration_no_capital",
                "output_per_year_no_count",
                "no_site",
            ],
            firms=[f("Lạc Việt")],
            events=[ev("inauguration", [F("Lạc Việt")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Đào tạo thợ máy, phi công và làm một phần cụm chi tiết Airbus ngay tại Việt Nam: đó là phần công nghiệp đi kèm thỏa thuận mua máy bay của hãng bay quốc gia.",
            "2014-11-19",
            "ministry",
            ["foreign_page_rendered", "counterpart_unnamed_no_deal", "no_event"],
            firms=[f("Airbus")],
            events=[],
        ),
        h(
            n(),
            "Những tuyến cao tốc đầu tiên của Việt Nam sẽ có bàn tay Nordbahn Mobility: hãng vừa ký thoả thuận hợp tác chiến lược với Thiên Phúc Speed, công ty con của Tập đoàn Thiên Phúc.",
            "2025-10-08",
            "ministry",
            [
                "foreign_page_rendered",
                "forum_post",
                "mou",
                "old_tone",
                "parent_group_mention",
                "ordinal_no_count",
            ],
            firms=[f("Nordbahn Mobility"), f("Thiên Phúc Speed"), f("Thiên Phúc", "Tập đoàn")],
            deals=[deal("mou", ["Thiên Phúc Speed", "Nordbahn Mobility"])],
            events=[ev("mou", [F("Thiên Phúc Speed"), F("Nordbahn Mobility")], None, None, None, "signed")],
        ),
    ]
    # --- Vietnamese news: a Japanese group's second aircraft-parts plant (S1 r3) and a Korean group weighing one in Đà
    # Nẵng (S1 r4) ---
    rows += [
        h(
            n(),
            "Cửa hành khách Boeing 777 sẽ có thêm nơi làm ra: Tsurumi Heavy Industries (Nhật Bản) định đưa vào hoạt động mùa thu 2014 một xưởng mới ở Hà Nội, sát nhà máy hiện có, theo lời lãnh đạo hãng hôm 4/7.",
            "2013-07-06",
            "ministry",
            [
                "object_first",
                "announced_investment",
                "country_bracket",
                "customer_brand_firm",
                "model_numbers_no_count",
            ],
            firms=[f("Boeing"), f("Tsurumi Heavy Industries")],
            provinces=[pv("Hà Nội")],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Tsurumi Heavy Industries"], None, HN)],
            events=[
                ev("investment_announcement", [F("Tsurumi Heavy Industries")], None, None, HN, "announced")
            ],
        ),
        h(
            n(),
            "Ở nhà máy cũ, khoảng 230 công nhân Việt đang làm cánh tà cho dòng 737; xưởng ở Nagoya sẽ dồn sức cho 787 khi Boeing tăng nhịp lắp ráp. (Vietnam+)",
            "2013-07-06",
            "ministry",
            [
                "count",
                "approx",
                "foreign_city_nothing",
                "outlet_credit_nothing",
                "model_numbers_no_count",
                "no_event",
            ],
            firms=[f("Boeing")],
            quantities=[c(230, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Linh kiện máy bay: thêm một nhà đầu tư Hàn Quốc để mắt\n> Xe tự hành giao hàng chạy thử ở Hà Nội\nMột nhà máy linh kiện máy bay ở Việt Nam đang nằm trong tính toán của Hanbit Aerospace Industries (HAI), Hàn Quốc.",
            "2011-05-18",
            "ministry",
            [
                "headline_lead",
                "related_link",
                "considering_no_deal",
                "object_first",
                "bracketed_acronym_one_entry",
                "country_word",
                "multiline",
                "no_event",
            ],
            firms=[f("Hanbit Aerospace Industries")],
            provinces=[pv("Hà Nội")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Chi tiết cho máy bay Airbus sẽ là sản phẩm chính nếu dự án được chốt; địa điểm mới khoanh ở Đà Nẵng. Ảnh minh họa.",
            "2011-05-18",
            "ministry",
            ["caption", "conditional_no_deal", "firm_unnamed", "customer_brand_firm", "no_event"],
            firms=[f("Airbus")],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Ở Đà Nẵng, vốn Hàn Quốc chỉ đứng sau một nước, theo Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam.",
            "2011-05-18",
            "ministry",
            ["place_first", "country_word", "country_in_org_name_nothing", "count_in_words", "no_event"],
            organizations=["Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam"],
            provinces=[pv("Đà Nẵng")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nếu HAI xuống tiền, Việt Nam sẽ có nhà máy linh kiện máy bay thứ hai.",
            "2011-05-18",
            "ministry",
            ["acronym_alone_firm", "conditional_no_deal", "ordinal_no_count", "no_event"],
            firms=[f("HAI")],
            events=[],
        ),
        h(
            n(),
            "Gần 90 triệu dân vừa là nguồn thợ giá mềm, vừa là nơi tiêu thụ hàng công nghệ cao, bài báo nhận định.",
            "2011-05-18",
            "ministry",
            ["feature", "population_count", "approx", "no_event"],
            quantities=[c(90 * M, "dân", True)],
            events=[],
        ),
        h(
            n(),
            "Người đi trước là Tsurumi, với xưởng cánh tà Boeing dựng ở Việt Nam từ năm 2008.",
            "2011-05-18",
            "ministry",
            ["recalled_plant", "deal_no_event", "customer_brand_firm", "nfd"],
            firms=[f("Tsurumi"), f("Boeing")],
            deals=[deal("investment", ["Tsurumi"])],
            events=[],
        ),
    ]
    # --- Vietnamese news: the plane maker's first aerospace forum, a ministry-side feature on suppliers, its vice
    # president with the minister, a news site's talk show (S2 r1, S2 r2, S2 r3, S2 r4) ---
    rows += [
        h(
            n(),
            "Hơn 60 đơn vị – từ xưởng cơ khí, trường kỹ thuật tới cơ quan quản lý – kéo về Hà Nội hôm 24/8 cho diễn đàn công nghiệp hàng không vũ trụ đầu tiên Boeing mở ở Việt Nam.",
            "2022-08-26",
            "ministry",
            ["count_first", "approx", "forum_no_deal", "ordinal_no_count", "no_event"],
            firms=[f("Boeing")],
            provinces=[pv("Hà Nội")],
            quantities=[c(60, "đơn vị", True)],
            events=[],
        ),
        h(
            n(),
            "Nhu cầu ở Đông Nam Á được Boeing đặt ở mức chừng 4.300 tàu bay mới cho ba mươi năm tới.",
            "2022-08-26",
            "ministry",
            ["forecast_no_deal", "count", "approx", "region_nothing", "duration_no_count", "no_event"],
            firms=[f("Boeing")],
            quantities=[c(4300, "tàu bay", True)],
            events=[],
        ),
        h(
            n(),
            "“Chúng tôi tới đây không chỉ để bán máy bay”, ông Daniel Phạm, Giám đốc Boeing Việt Nam, nói, nhắc lại 26 năm hãng có mặt.",
            "2022-08-26",
            "ministry",
            ["quote_first", "role_after_name", "duration_no_count", "no_event"],
            persons=[per("Daniel Phạm", "Giám đốc Boeing Việt Nam")],
            firms=[f("Boeing")],
            events=[],
        ),
        h(
            n(),
            "Sản xuất và đào tạo hàng không, chuỗi cung ứng, nhiên liệu bay bền vững, nghiên cứu – phát triển: đó là những mảng Boeing muốn mở rộng hợp tác ở Việt Nam.",
            "2022-08-26",
            "ministry",
            ["list_first", "wish_no_deal", "no_event"],
            firms=[f("Boeing")],
            events=[],
        ),
        h(
            n(),
            "6 doanh nghiệp, cả 6 đều có vốn nước ngoài: đó là toàn bộ danh sách nhà làm linh kiện cho Boeing ở Việt Nam; doanh nghiệp nội chưa ai qua được vòng chuẩn của các hãng máy bay.",
            "2023-11-08",
            "ministry",
            ["feature", "count_first", "supplier_status_no_deal", "count", "nfd", "no_event"],
            firms=[f("Boeing")],
            quantities=[c(6, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Artemis (Pháp) lo thiết bị cơ điện, Công ty TNHH Nakaizumi (Nhật Bản) lo kết cấu composite – ngoài hai cái tên ấy, Airbus chưa có nhà cung cấp nào khác đặt ở Việt Nam.",
            "2023-11-08",
            "ministry",
            ["feature", "supplier_status_no_deal", "country_bracket", "count_in_words", "no_event"],
            firms=[f("Artemis", "Công ty TNHH"), f("Nakaizumi", "Công ty TNHH"), f("Airbus")],
            locations=[country("Pháp"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền lắp cánh tại một nhà máy của Nhật Bản. Ảnh: Minh Khôi/VNS",
            "2023-11-08",
            "ministry",
            ["caption", "country_word", "photo_credit_person", "agency_credit_nothing", "no_event"],
            persons=[per("Minh Khôi", None)],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Trên 40% trong số khoảng 43.800 máy bay thương mại thế giới cần thêm đến năm 2043 sẽ thuộc về châu Á - Thái Bình Dương, theo ước tính của Boeing; riêng Việt Nam có thể đạt chừng 160 triệu lượt khách vào năm 2035.",
            "2023-11-08",
            "ministry",
            [
                "feature",
                "percentage_first",
                "forecast_no_deal",
                "region_nothing",
                "count",
                "approx",
                "no_event",
            ],
            firms=[f("Boeing")],
            percentages=[40],
            quantities=[c(43800, "máy bay thương mại", True), c(160 * M, "lượt khách", True)],
            events=[],
        ),
        h(
            n(),
            "Cuộc gặp giữa Bộ trưởng Công Thương Lưu Đức Hoàn và ông Gregory Hale, Phó chủ tịch cấp cao của Boeing, diễn ra hôm 25/5 ở Mỹ, ngoài lề một hội nghị thương mại cấp bộ trưởng.",
            "2023-05-28",
            "ministry",
            ["role_before_name", "role_after_name", "working_session_no_deal", "country_word", "no_event"],
            persons=[
                per("Lưu Đức Hoàn", "Bộ trưởng Công Thương"),
                per("Gregory Hale", "Phó chủ tịch cấp cao của Boeing"),
            ],
            firms=[f("Boeing")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Theo ông Hale, sau khi đặt văn phòng ở Hà Nội năm 2021, bước tiếp theo của hãng là rót tiền vào mạng lưới cung ứng phụ tùng ở Việt Nam.",
            "2023-05-28",
            "ministry",
            ["anaphoric_no_firm", "surname_alone_no_person", "recalled_office_no_deal", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Phía bộ muốn Boeing không chỉ mua hàng mà còn cầm tay chỉ việc: gửi chuyên gia xuống xưởng, đào tạo, rồi trao công nghệ cho ai đạt chuẩn, Bộ trưởng Hoàn nói.",
            "2023-05-28",
            "ministry",
            ["wish_no_deal", "given_name_alone_no_person", "no_event"],
            firms=[f("Boeing")],
            events=[],
        ),
        h(
            n(),
            "Vượt 1.030 tỷ USD vào năm sau là doanh thu IATA dự báo cho hàng không thế giới, sau một năm chở chừng 5,1 tỷ lượt khách và thu gần 980 tỷ USD.",
            "2025-12-24",
            "ministry",
            [
                "feature",
                "amount_first",
                "acronym_alone_org",
                "count",
                "approx",
                "forecast_no_deal",
                "no_event",
            ],
            organizations=["IATA"],
            money=[m(1030 * B, "USD", approx=True), m(980 * B, "USD", approx=True)],
            quantities=[c(5.1 * B, "lượt khách", True)],
            events=[],
        ),
        h(
            n(),
            "Trên 12 tỷ USD mỗi năm: đó là cái giá ngành bay phải trả cho chuỗi cung ứng tắc nghẽn, khi hơn 17.500 máy bay đã đặt vẫn nằm chờ giao.",
            "2025-12-24",
            "ministry",
            ["feature", "amount_first", "count", "approx", "money_per_year", "nfd", "no_event"],
            money=[m(12 * B, "USD", "năm", True)],
            quantities=[c(17500, "máy bay", True)],
            events=[],
        ),
        h(
            n(),
            "Tọa đàm “Doanh nghiệp Việt và chuỗi cung ứng hàng không thế giới: cơ hội nào, thách thức gì” do VietNamNet tổ chức sẽ xem doanh nghiệp trong nước có thể nhận công đoạn nào trong hàng triệu chi tiết của một chiếc máy bay.",
            "2025-12-24",
            "ministry",
            ["talk_show", "outlet_organiser_nothing", "vague_count_none", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: the Korean engine-parts plant opens at Hòa Lạc (S3 r3), its plan told in 2017 (S3 r4) ---
    rows += [
        h(
            n(),
            "Hòa Lạc: lô chi tiết động cơ máy bay đầu tiên chờ ngày xuất xưởng\n\nNgày 4/12 ở Khu công nghệ cao Hòa Lạc, nhà máy của Công ty TNHH Kyungnam Aero Engines – đơn vị thuộc Tập đoàn Kyungnam – chính thức cắt băng.",
            "2018-12-05",
            "ministry",
            [
                "headline_lead",
                "inauguration_no_capital",
                "park_names_no_province",
                "place_alone_nothing",
                "parent_group_mention",
                "ordinal_no_count",
                "multiline",
            ],
            firms=[f("Kyungnam Aero Engines", "Công ty TNHH"), f("Kyungnam", "Tập đoàn")],
            locations=[park("Khu công nghệ cao Hòa Lạc")],
            events=[ev("inauguration", [F("Kyungnam Aero Engines")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư cho dự án, 180 triệu USD, được Ban Quản lý Khu công nghệ cao Hòa Lạc cấp từ 5/7/2017; hơn hai tháng sau, ngày 19/9/2017, công trình khởi công.",
            "2018-12-05",
            "ministry",
            ["recalled_licence_no_firm", "recalled_groundbreaking_no_firm", "passive", "no_event"],
            organizations=["Ban Quản lý Khu công nghệ cao Hòa Lạc"],
            money=[m(180 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "chi tiet dong co may bay lam o hoa lac cho ngay xuat xuong",
            "2018-12-05",
            "ministry",
            ["caption", "unaccented_slug", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "220 kỹ thuật viên Việt đang học nghề từ khoảng 45 người Hàn Quốc của công ty mẹ; GE cũng đã duyệt công đoạn của nhà máy.",
            "2018-12-05",
            "ministry",
            ["count_first", "approx", "country_word", "certificate_no_deal", "no_event"],
            firms=[f("GE")],
            quantities=[c(220, "kỹ thuật viên"), c(45, "người", True)],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Lứa kỹ thuật viên Việt đầu tiên của Kyungnam Aero Engines được đưa sang Hàn Quốc học việc ngay từ năm nhận giấy phép.",
            "2018-12-05",
            "ministry",
            ["recalled_licence_no_event", "country_word", "ordinal_no_count", "nfd", "no_event"],
            firms=[f("Kyungnam Aero Engines")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hà Nội chờ từ nhà máy một nguồn thu thuế mới và thêm hàng nghìn chỗ làm có tay nghề.",
            "2018-12-05",
            "ministry",
            ["vague_count_none", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Trang chủ Bạn đọc - Cần biết\n19:12 | 23/06/2017 GMT+7\n\nNhà thầu quốc phòng Hàn Quốc chọn Việt Nam cho xưởng cấu kiện động cơ máy bay",
            "2017-06-23",
            "ministry",
            ["page_chrome", "timestamp", "firm_unnamed", "country_word", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một khu đất 95.000 m2 gần Hà Nội đã được Kyungnam Techwin, đơn vị của Tập đoàn Kyungnam, chọn cho cơ sở chế tạo cấu kiện động cơ máy bay, BusinessKorea đưa tin.",
            "2017-06-23",
            "ministry",
            [
                "object_first",
                "passive",
                "outlet_nothing",
                "planned_plant_announced",
                "parent_group_mention",
                "near_city_no_site",
                "m2_to_ha",
            ],
            firms=[f("Kyungnam Techwin"), f("Kyungnam", "Tập đoàn")],
            provinces=[pv("Hà Nội")],
            areas=[ha(9.5)],
            deals=[deal("investment", ["Kyungnam Techwin"])],
            events=[ev("investment_announcement", [F("Kyungnam Techwin")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Khởi công dự tính vào tháng 8, chạy máy từ nửa cuối 2018 nếu phía Việt Nam duyệt sớm; riêng nhà xưởng chiếm chừng 55.000 m2.",
            "2017-06-23",
            "ministry",
            ["anaphoric_no_firm", "conditional_no_deal", "m2_to_ha", "approx", "no_event"],
            areas=[ha(5.5, True)],
            events=[],
        ),
        h(
            n(),
            "1 nghìn tỷ won (chừng 880 triệu USD) doanh thu linh kiện động cơ dân dụng năm 2025 là đích hãng nhắm tới, dựa vào các hợp đồng lớn đã có với GE, Pratt & Whitney và Rolls-Royce.",
            "2017-06-23",
            "ministry",
            [
                "amount_first",
                "target_no_deal",
                "bracketed_conversion",
                "contracts_unspecified_no_deal",
                "approx",
                "no_event",
            ],
            firms=[f("GE"), f("Pratt & Whitney"), f("Rolls-Royce")],
            money=[m(1000 * B, "KRW"), m(880 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Việc khó, lãi cao vẫn làm ở Changwon; phần cần giá rẻ chuyển sang Việt Nam, một chuyên gia của hãng giải thích.",
            "2017-06-23",
            "ministry",
            ["foreign_city_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: the US group's Đà Nẵng parts plant told by a knowledge site (S4 r4) ---
    rows += [
        h(
            n(),
            "Chân dung tập đoàn Mỹ sắp mở xưởng linh kiện máy bay ở Đà Nẵng\n\nGoogle News\n\n(Kiến Thức) - 165 triệu USD, hàng nghìn loại chi tiết cho Boeing và Airbus: đó là những gì tập đoàn này mang tới Đà Nẵng.",
            "2019-02-27",
            "ministry",
            [
                "headline_lead",
                "page_chrome",
                "outlet_prefix_nothing",
                "firm_unnamed",
                "amount_first",
                "vague_count_none",
                "country_adjective",
                "multiline",
                "no_event",
            ],
            firms=[f("Boeing"), f("Airbus")],
            provinces=[pv("Đà Nẵng")],
            money=[m(165 * M, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Quyết định rót 165 triệu USD của Tập đoàn Corvell (Corvell Alloy Corporation, Mỹ) vào Khu Công nghệ cao Đà Nẵng được Văn phòng UBND TP. Đà Nẵng công bố ngày 26/2; tiền sẽ dành cho dây chuyền cấu kiện, chi tiết máy bay.",
            "2019-02-27",
            "ministry",
            [
                "object_first",
                "passive",
                "announced_investment",
                "bracketed_english_name_no_second_firm",
                "province_in_org_name",
                "park_names_province",
                "country_bracket",
                "report_date_not_deal_date",
            ],
            firms=[f("Corvell", "Tập đoàn")],
            organizations=["Văn phòng Ủy ban nhân dân TP. Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            money=[m(165 * M, "USD")],
            locations=[country("Mỹ"), park("Khu Công nghệ cao Đà Nẵng")],
            deals=[deal("investment", ["Corvell"], 165 * M, DNg)],
            events=[ev("investment_announcement", [F("Corvell")], 165 * M, "USD", DNg, "announced")],
        ),
        h(
            n(),
            "Nhôm đặc chủng cho máy bay là thế mạnh của Corvell: hãng 49 tuổi có trụ sở ở Torrance, California này nằm trong nhóm ba nhà cung cấp lớn nhất thế giới.",
            "2019-02-27",
            "ministry",
            [
                "us_state_no_location",
                "foreign_city_nothing",
                "duration_no_count",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Corvell")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 4.000 loại chi tiết xuất khẩu mỗi năm, trước hết là phần thân cho ba dòng Boeing và chi tiết động cơ cho Rolls-Royce – đó là kế hoạch ban đầu của Corvell.",
            "2019-02-27",
            "ministry",
            ["count_first", "customer_brand_firm", "count", "approx", "count_in_words", "no_event"],
            firms=[f("Boeing"), f("Rolls-Royce"), f("Corvell")],
            quantities=[c(4000, "loại chi tiết", True)],
            events=[],
        ),
        h(
            n(),
            "Một dây chuyền của Corvell. Ảnh: Corvell.\nchan dung tap doan my sap mo xuong linh kien may bay o da nang-hinh-2",
            "2019-02-27",
            "ministry",
            ["caption", "firm_credit_nothing", "unaccented_slug", "multiline", "no_event"],
            firms=[f("Corvell")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a construction journal on the rail industry (S6 r3) and a broadcaster on the southern works
    # (S6 r4) ---
    rows += [
        h(
            n(),
            "Đầu máy, toa xe; thông tin – tín hiệu; cấp điện; vật tư tuyến như ray, ghi, tà vẹt: bốn mảng ấy của công nghiệp đường sắt hiện phần lớn do Tổng công ty Đường sắt Việt Nam gánh.",
            "2025-04-29",
            "ministry",
            ["journal_article", "list_first", "state_corporation", "count_in_words", "no_event"],
            firms=[f("Đường sắt Việt Nam", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "D19E của Trung Quốc và D20E của Đức gánh phần lớn sức kéo trong đội 255 đầu máy, mà 95% trong số đó chỉ chạy được khổ 1.000 mm.",
            "2025-04-29",
            "ministry",
            [
                "journal_article",
                "model_code_nothing",
                "count",
                "percentage",
                "gauge_no_count",
                "country_word",
                "nfd",
                "no_event",
            ],
            quantities=[c(255, "đầu máy")],
            percentages=[95],
            locations=[country("Trung Quốc"), country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Toa hàng chiếm áp đảo: 4.335 toa hàng trong tổng số 5.310 toa, còn toa khách có 975 chiếc; ngành còn thêm 70 phương tiện chuyên dùng.",
            "2025-04-29",
            "ministry",
            ["journal_article", "count", "no_event"],
            quantities=[
                c(4335, "toa hàng"),
                c(5310, "toa"),
                c(975, "chiếc"),
                c(70, "phương tiện chuyên dùng"),
            ],
            events=[],
        ),
        h(
            n(),
            "Mạng lưới quốc gia vẫn chủ yếu dùng đầu máy diesel; chưa tuyến nào được điện khí hoá, cả nước mới có 3 tuyến đường sắt đô thị chạy điện.",
            "2025-04-29",
            "ministry",
            ["journal_article", "old_tone", "count", "no_event"],
            quantities=[c(3, "tuyến đường sắt đô thị")],
            events=[],
        ),
        h(
            n(),
            "Toa hàng đã nội địa hóa được 78%, toa khách 50 - 60%, nhưng với đầu máy, phần làm trong nước mới chừng 12% khối lượng và 9% giá thành – chủ yếu ở hai xưởng của Công ty CP Xe lửa Long Biên và Công ty CP Xe lửa Lái Thiêu.",
            "2025-04-29",
            "ministry",
            ["journal_article", "percentage_first", "percentage_range", "two_firms", "no_event"],
            firms=[f("Xe lửa Long Biên", "Công ty CP"), f("Xe lửa Lái Thiêu", "Công ty CP")],
            percentages=[78, 50, 60, 12, 9],
            events=[],
        ),
        h(
            n(),
            "Nhà máy xe lửa cổ nhất Đông Dương vẫn đang chạy ở Bình Dương: Công ty CP Xe lửa Lái Thiêu, trên 120 năm tuổi, với gần 16 ha nhà xưởng.",
            "2024-10-05",
            "ministry",
            ["feature", "place_first", "duration_no_count", "region_nothing", "area", "approx", "no_event"],
            firms=[f("Xe lửa Lái Thiêu", "Công ty CP")],
            provinces=[pv("Bình Dương")],
            areas=[ha(16, True)],
            events=[],
        ),
        h(
            n(),
            "Toa chất lượng cao đầu tiên xuất xưởng ở đây năm 2015, gần bốn chục năm sau toa tự đóng thế hệ đầu.",
            "2024-10-05",
            "ministry",
            ["feature", "ordinal_no_count", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Người của mình phải được học tận nơi làm tàu tốc độ cao, rồi về dạy lại cho thợ trong xưởng”, ông Trần Quang Vĩnh, Chủ tịch Công ty CP Xe lửa Lái Thiêu (Bình Dương), nói.",
            "2024-10-05",
            "ministry",
            ["quote_first", "role_after_name", "province_bracket_after_firm", "no_event"],
            persons=[per("Trần Quang Vĩnh", "Chủ tịch Công ty CP Xe lửa Lái Thiêu")],
            firms=[f("Xe lửa Lái Thiêu", "Công ty CP")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Trên 80% giá trị đoàn tàu khách đóng trong nước là hàng nội địa hoá, và đã gần chục năm ngành không nhập toa; 35 cơ sở lắp ráp, bảo dưỡng, sửa chữa đang đỡ việc đó.",
            "2024-10-05",
            "ministry",
            ["feature", "percentage_first", "old_tone", "count", "duration_no_count", "no_event"],
            percentages=[80],
            quantities=[c(35, "cơ sở")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a portal's list of FDI aircraft-parts makers and the Vietnamese one (S11 r1) ---
    rows += [
        h(
            n(),
            "Từ xưởng 12 người đến chứng chỉ Mỹ, châu Âu: công ty Việt hiếm hoi chen chân vào làng linh kiện máy bay",
            "2025-09-23",
            "ministry",
            ["headline_only", "firm_unnamed", "count", "country_word", "region_nothing", "no_event"],
            quantities=[c(12, "người")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Đội bay nội địa đông lên từng năm, và cùng với nó là cơn khát linh kiện lắp ráp.",
            "2025-09-23",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trên 180 triệu USD đã được Tập đoàn Kyungnam (Hàn Quốc) đổ vào Công ty TNHH Kyungnam Aero Engines, nhà máy động cơ máy bay đầu tiên của Việt Nam, ở Khu công nghệ cao Hòa Lạc.",
            "2025-09-23",
            "ministry",
            [
                "amount_first",
                "passive",
                "recalled_investment",
                "deal_no_event",
                "park_names_no_province",
                "country_bracket",
                "approx",
                "ordinal_no_count",
            ],
            firms=[f("Kyungnam", "Tập đoàn"), f("Kyungnam Aero Engines", "Công ty TNHH")],
            money=[m(180 * M, "USD", approx=True)],
            locations=[country("Hàn Quốc"), park("Khu công nghệ cao Hòa Lạc")],
            deals=[deal("investment", ["Kyungnam"], 180 * M)],
            events=[],
        ),
        h(
            n(),
            "Doanh thu 2023 của nhà máy: 135 triệu USD, quy ra khoảng 3.300 tỷ đồng.",
            "2025-09-23",
            "ministry",
            ["label_first", "revenue_no_deal", "conversion", "approx", "no_event"],
            money=[m(135 * M, "USD"), m(3300 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "15 triệu USD vốn đăng ký ban đầu là khởi điểm của Công ty TNHH Artemis Việt Nam, nơi hãng Artemis (Paris) làm biến áp, bộ điều khiển cho máy bay và sửa thiết bị bay.",
            "2025-09-23",
            "ministry",
            [
                "amount_first",
                "recalled_investment",
                "registered_capital",
                "deal_no_event",
                "foreign_city_nothing",
                "vietnam_dropped",
                "one_entry_same_canonical",
            ],
            firms=[f("Artemis", "Công ty TNHH")],
            money=[m(15 * M, "USD")],
            deals=[deal("investment", ["Artemis"], 15 * M)],
            events=[],
        ),
        h(
            n(),
            "Ở KCN Thăng Long, xưởng cánh máy bay 18 ha của Tsurumi Aerospace Việt Nam – công ty con Tsurumi lập năm 2008 với chừng 6 triệu USD – là dự án sớm nhất.",
            "2025-09-23",
            "ministry",
            [
                "place_first",
                "recalled_investment",
                "deal_no_event",
                "vietnam_dropped",
                "park_names_no_province",
                "area",
                "approx",
            ],
            firms=[f("Tsurumi Aerospace"), f("Tsurumi")],
            money=[m(6 * M, "USD", approx=True)],
            areas=[ha(18)],
            locations=[park("Khu công nghiệp Thăng Long")],
            deals=[deal("investment", ["Tsurumi"], 6 * M)],
            events=[],
        ),
        h(
            n(),
            "Corvell (Mỹ) thì đi qua công ty con ở Đà Nẵng, với dự án 165 triệu USD đã chạy từ năm 2020.",
            "2025-09-23",
            "ministry",
            ["recalled_investment", "deal_no_event", "country_bracket", "recalled_opening_no_event"],
            firms=[f("Corvell")],
            provinces=[pv("Đà Nẵng")],
            money=[m(165 * M, "USD")],
            locations=[country("Mỹ")],
            deals=[deal("investment", ["Corvell"], 165 * M, DNg)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a maintenance firm's contract with a German airline (S12 r3) ---
    rows += [
        h(
            n(),
            "Vì sao hãng bay lớn thứ hai châu Âu mang máy bay sang Hà Nội?",
            "2024-11-15",
            "ministry",
            ["subheading", "question_headline", "ordinal_no_count", "region_nothing", "nfd", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Trước khi giao máy bay, Rheinflug gửi người sang tận xưởng của Công ty TNHH Kỹ thuật Máy bay Sông Hồng (SHAECO) ở Hà Nội để kiểm tra, ông Đỗ Khắc Lâm, Phó tổng giám đốc SHAECO, nhớ lại.",
            "2024-11-15",
            "ministry",
            [
                "bare_name_first",
                "bracketed_acronym_one_entry",
                "acronym_in_role_firm",
                "role_after_name",
                "no_event",
            ],
            firms=[f("Rheinflug"), f("Kỹ thuật Máy bay Sông Hồng", "Công ty TNHH"), f("SHAECO")],
            persons=[per("Đỗ Khắc Lâm", "Phó tổng giám đốc SHAECO")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Kinh nghiệm với đội A350 trong nước, từ sơn vỏ tới các đợt kiểm tra lớn, là thứ hãng Đức xem trọng nhất.",
            "2024-11-15",
            "ministry",
            ["country_word", "model_code_nothing", "no_event"],
            locations=[country("Đức")],
            events=[],
        ),
        h(
            n(),
            "25 ngày cho một đợt IL1 và mức giá dễ chịu hơn các xưởng ở Singapore hay Trung Quốc – SHAECO, vốn đã được EASA phê chuẩn cho A350, cạnh tranh bằng hai thứ đó.",
            "2024-11-15",
            "ministry",
            [
                "duration_first",
                "duration_no_count",
                "country_word",
                "acronym_alone_firm",
                "acronym_alone_org",
                "count_in_words",
                "no_event",
            ],
            firms=[f("SHAECO")],
            organizations=["EASA"],
            locations=[country("Singapore"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hợp đồng bảo dưỡng 3 chiếc A350-900 ký với Rheinflug chỉ là một trong nhiều hợp đồng SHAECO có với các hãng bay ngoại.",
            "2024-11-15",
            "ministry",
            ["recalled_contract", "service_contract", "deal_no_event", "count"],
            firms=[f("Rheinflug"), f("SHAECO")],
            quantities=[c(3, "chiếc")],
            deals=[deal("supply_contract", ["SHAECO", "Rheinflug"])],
            events=[],
        ),
    ]
    # --- Vietnamese news: a law daily on a freight-wagon project with an image alt text (S14 r4) ---
    rows += [
        h(
            n(),
            "Trên 265 tỷ đồng là tổng giá trị dự án đóng mới 280 toa xe hàng khổ 1.000 mm – 70 toa HH, 100 toa GG, 110 toa MC chở container – được vay từ nguồn vốn ưu đãi cho sản phẩm cơ khí trọng điểm.",
            "2016-08-10",
            "ministry",
            ["amount_first", "project_no_party", "count", "approx", "gauge_no_count", "no_event"],
            money=[m(265 * B, "VND", approx=True)],
            quantities=[
                c(280, "toa xe hàng"),
                c(70, "toa HH"),
                c(100, "toa GG"),
                c(110, "toa MC"),
            ],
            events=[],
        ),
        h(
            n(),
            "Cả 110 toa MC do Công ty CP Toa xe Cửa Nam đảm nhận./.",
            "2016-08-10",
            "ministry",
            ["build_without_contract_word", "count", "nfd", "no_event"],
            firms=[f("Toa xe Cửa Nam", "Công ty CP")],
            quantities=[c(110, "toa MC")],
            events=[],
        ),
        h(
            n(),
            "24 văn kiện hợp tác giữa phía Việt Nam – bộ, ngành, doanh nghiệp – và các đối tác Anh được ký, trao trước sự chứng kiến của Thủ tướng Chính phủ Lê Minh Sơn.",
            "2016-08-10",
            "ministry",
            [
                "image_alt_text",
                "count_first",
                "role_before_name",
                "parties_unnamed_no_deal",
                "count",
                "country_word",
                "no_event",
            ],
            persons=[per("Lê Minh Sơn", "Thủ tướng Chính phủ")],
            quantities=[c(24, "văn kiện hợp tác")],
            locations=[country("Anh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI feature with related links (S15 r3) and a coast-guard portal on
    # military enterprises (S16 r4) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Bán dẫn và công nghệ cao sẽ còn hút tiền ngoại, giới phân tích nói, sau một năm 2023 mà FDI gần như là tin vui duy nhất.",
            "2024-01-10",
            "ministry",
            ["outlet_prefix_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Đông Nam bộ giữ 43% vốn FDI cả nước\n- Tokyo bơm tiền cho cuộc đua chip 2nm",
            "2024-01-10",
            "ministry",
            [
                "related_links",
                "region_nothing",
                "foreign_city_nothing",
                "node_no_count",
                "multiline",
                "no_event",
            ],
            percentages=[43],
            events=[],
        ),
        h(
            n(),
            "Vốn ngoại cam kết nửa đầu 2023 chỉ khoảng 13,2 tỉ USD, kém cùng kỳ 4,7%, nối tiếp mức giảm 10% của cả năm 2022.",
            "2024-01-10",
            "ministry",
            ["statistics", "percentage", "approx", "no_event"],
            money=[m(13.2 * B, "USD", approx=True)],
            percentages=[4.7, 10],
            events=[],
        ),
        h(
            n(),
            "Nước rút cuối năm\nNhờ mấy tháng cuối, vốn ngoại cả năm 2023 lấy lại đà sau một năm 2022 đi xuống.",
            "2024-01-10",
            "ministry",
            ["subheading", "multiline", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thông tin - Tư liệu\n10/07/2017 09:05:00 AM\n(Canhsatbien.vn) - Làm kinh tế giỏi mà không lơi nhiệm vụ quốc phòng: đó là cách khối doanh nghiệp quân đội trụ lại qua mấy cơn bão tài chính vừa rồi.",
            "2017-07-10",
            "ministry",
            [
                "portal_page",
                "section_label",
                "timestamp",
                "outlet_prefix_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "* Vài con số đáng chú ý\nViễn thông vẫn là mảng Tập đoàn Công nghệ Quân đội Lạc Việt đứng số một, sau gần 30 năm có mặt.",
            "2017-07-10",
            "ministry",
            [
                "portal_page",
                "section_heading",
                "duration_no_count",
                "ordinal_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Công nghệ Quân đội Lạc Việt", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Về đóng góp cho ngân sách:\nCác doanh nghiệp của tập đoàn đều hoàn thành kế hoạch sản xuất kinh doanh trong năm.",
            "2017-07-10",
            "ministry",
            ["portal_page", "label_heading", "anaphoric_no_firm", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a blog explainer on aircraft-parts plants (S17 r1) ---
    rows += [
        h(
            n(),
            "Vietnam's aircraft-parts ambitions take shape\n\nGround was broken on March 26 in Da Nang Hi-tech Park for Hai Van, a US$165 million aerospace parts factory of Corvell Alloy Corporation.",
            "2019-04-03",
            "ministry",
            [
                E,
                "blog",
                "headline_lead",
                "passive",
                "groundbreaking_started",
                "plant_name_no_firm",
                "corporation_kept",
                "english_park_no_location",
                "deal_date",
                "multiline",
            ],
            firms=[f("Corvell Alloy Corporation")],
            provinces=[pv("Đà Nẵng")],
            money=[m(165 * M, "USD")],
            deals=[deal("groundbreaking", ["Corvell Alloy Corporation"], 165 * M, DNg, "2019-03-26")],
            events=[ev("groundbreaking", [F("Corvell Alloy Corporation")], 165 * M, "USD", DNg, "started")],
        ),
        h(
            n(),
            "Annual exports are meant to pass $150 million after 2026, from $20 million in 2021 and $70 million in 2022; the plant will make about 4,000 kinds of parts, mostly fuselage sections.",
            "2019-04-03",
            "ministry",
            [
                E,
                "blog",
                "anaphoric_no_firm",
                "target_no_deal",
                "count",
                "approx",
                "money_per_year",
                "no_event",
            ],
            money=[m(150 * M, "USD", "year", True), m(20 * M, "USD"), m(70 * M, "USD")],
            quantities=[c(4000, "kinds of parts", True)],
            events=[],
        ),
        h(
            n(),
            "Hoa Lac Hi-tech Park had already seen the first such plant, South Korea's Kyungnam, open at the end of 2018.",
            "2019-04-03",
            "ministry",
            [
                E,
                "blog",
                "recalled_opening_no_event",
                "country_possessive",
                "english_park_no_location",
                "ordinal_no_count",
                "no_event",
            ],
            firms=[f("Kyungnam")],
            locations=[country("South Korea")],
            events=[],
        ),
        h(
            n(),
            "A production centre run with an industry partner was what Airbus offered in a 2018 letter to Vietnamese ministries.",
            "2019-04-03",
            "ministry",
            [E, "blog", "object_first", "proposal_no_deal", "no_event"],
            firms=[f("Airbus")],
            events=[],
        ),
        h(
            n(),
            "Nakaizumi Vietnam says it will invest further; the Japanese firm already builds A320 parts for Airbus and composite doors for Boeing's 777 in Hung Yen province.",
            "2019-04-03",
            "ministry",
            [
                E,
                "blog",
                "announced_investment_no_amount",
                "vietnam_dropped",
                "customer_brand_firm",
                "adjective_no_country",
                "no_site",
            ],
            firms=[f("Nakaizumi"), f("Airbus"), f("Boeing")],
            provinces=[pv("Hưng Yên")],
            deals=[deal("investment", ["Nakaizumi"])],
            events=[ev("investment_announcement", [F("Nakaizumi")], None, None, None, "announced")],
        ),
    ]
    # --- English: a news aggregator on a Korean parts plant due to break ground (S17 r2) ---
    rows += [
        h(
            n(),
            "Aviation parts: a second Korean name heads for Da Nang\n\nConstruction of Daeil Aero Industries' factory in Da Nang's Hi-tech Park is scheduled for the first three months of 2024, with full output targeted for mid-2029.",
            "2024-01-12",
            "ministry",
            [
                E,
                "aggregator",
                "headline_lead",
                "groundbreaking_to_come_announced",
                "possessive_firm",
                "adjective_no_country",
                "quarter_no_date",
                "ordinal_no_count",
                "multiline",
            ],
            firms=[f("Daeil Aero Industries")],
            provinces=[pv("Đà Nẵng")],
            deals=[deal("investment", ["Daeil Aero Industries"], None, DNg)],
            events=[
                ev("investment_announcement", [F("Daeil Aero Industries")], None, None, DNg, "announced")
            ],
        ),
        h(
            n(),
            "Parts for the 737 and 787\n\nWing boxes, winglets and APU doors for Boeing jets are on the list, with phased output from late 2024.",
            "2024-01-12",
            "ministry",
            [
                E,
                "aggregator",
                "subheading",
                "customer_brand_firm",
                "model_numbers_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Boeing")],
            events=[],
        ),
        h(
            n(),
            "Behind the project is an earlier deal on cooperation among three parties: Hanjin Airways, the Da Nang University of Science and Technology and the Da Nang Hi-tech Park and Industrial Zones Authority.",
            "2024-01-12",
            "ministry",
            [
                E,
                "aggregator",
                "recalled_agreement_no_deal",
                "authority_school_firm",
                "province_in_org_name",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Hanjin Airways")],
            organizations=[
                "Da Nang University of Science and Technology",
                "Da Nang Hi-tech Park and Industrial Zones Authority",
            ],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Who else is in the park\n\nDomestic investors have 16 projects there worth more than 7.2 trillion VND (some 285 million USD); the 13 foreign projects total 715.6 million USD, for 29 in all.",
            "2024-01-12",
            "ministry",
            [
                E,
                "aggregator",
                "subheading",
                "count",
                "count_without_noun_none",
                "bracketed_conversion",
                "approx",
                "multiline",
                "no_event",
            ],
            quantities=[c(16, "projects"), c(13, "foreign projects")],
            money=[m(7200 * B, "VND", approx=True), m(285 * M, "USD", approx=True), m(715.6 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: a news site's English edition on the US group's plant (S17 r3) ---
    rows += [
        h(
            n(),
            "$165 million aircraft parts plant planned for Da Nang\n\nAircraft components will be made in the central city's high-tech park by Corvell Alloy Corporation Asia Pte. Ltd., according to an announcement from the city government.",
            "2019-02-27",
            "ministry",
            [
                E,
                "amount_first",
                "headline_lead",
                "passive",
                "announced_investment",
                "foreign_legal_form",
                "corporation_kept",
                "bare_unit_no_org",
                "multiline",
            ],
            firms=[f("Corvell Alloy Corporation Asia", "Pte. Ltd.")],
            provinces=[pv("Đà Nẵng")],
            money=[m(165 * M, "USD")],
            deals=[deal("investment", ["Corvell Alloy Corporation Asia"], 165 * M, DNg)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Corvell Alloy Corporation Asia")],
                    165 * M,
                    "USD",
                    DNg,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "About 2,900 jobs are expected, most of them for skilled mechanics, electricians and automation engineers.",
            "2019-02-27",
            "ministry",
            [E, "anaphoric_no_firm", "count", "approx", "no_event"],
            quantities=[c(2900, "jobs", True)],
            events=[],
        ),
        h(
            n(),
            "Engine components for export have been leaving Kyungnam Aero Engines in Hanoi's Hoa Lac Hi-Tech Park since January.\n\nThu Hien",
            "2019-02-27",
            "ministry",
            [E, "recalled_opening_no_event", "byline", "english_park_no_location", "multiline", "no_event"],
            firms=[f("Kyungnam Aero Engines")],
            provinces=[pv("Hà Nội")],
            persons=[per("Thu Hien", None)],
            events=[],
        ),
    ]
    # --- English: a city daily and an investment review on the plane maker's supplier hunt (S18 r1, S18 r2) ---
    rows += [
        h(
            n(),
            "Vietnamese firms' ability to supply keeps improving, said Julien Marchand, Boeing's supply chain development director for Southeast Asia, Japan and South Korea.",
            "2023-09-15",
            "ministry",
            [E, "speaker_last", "role_after_name", "country_in_role", "adjective_no_country", "no_event"],
            persons=[
                per(
                    "Julien Marchand",
                    "Boeing's supply chain development director for Southeast Asia, Japan and South Korea",
                )
            ],
            firms=[f("Boeing")],
            locations=[country("Japan"), country("South Korea")],
            events=[],
        ),
        h(
            n(),
            "Some 24,000 Vietnamese businesses make supporting-industry products, said Nguyen Thi Thu Ha, vice president of the Vietnam Association of Supporting Industries.",
            "2023-09-15",
            "ministry",
            [E, "count", "approx", "role_after_name", "no_event"],
            quantities=[c(24000, "businesses", True)],
            persons=[
                per("Nguyen Thi Thu Ha", "vice president of the Vietnam Association of Supporting Industries")
            ],
            organizations=["Vietnam Association of Supporting Industries"],
            events=[],
        ),
        h(
            n(),
            "Delegates at the Hanoi forum, August 24. Photo: Boeing |",
            "2022-08-31",
            "ministry",
            [E, "caption", "organiser_credit_nothing", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "LV3 Mechatronics Company, a unit of the military-run Lac Viet group, is working towards NADCAP aerospace accreditation in the hope of supplying the US plane maker.",
            "2022-08-31",
            "ministry",
            [
                E,
                "company_kept",
                "group_lowercase_mention",
                "wish_no_deal",
                "adjective_no_country",
                "no_event",
            ],
            firms=[f("LV3 Mechatronics Company"), f("Lac Viet")],
            events=[],
        ),
        h(
            n(),
            "“Accreditation is the ticket; after that we can bid for Boeing work,” said Ta Quang Duy, chief executive of LV3 Mechatronics, whose company is adding an aerospace workshop at Hoa Lac Hi-Tech Park in Hanoi to its three other plants.",
            "2022-08-31",
            "ministry",
            [E, "quote_first", "role_after_name", "plant_under_construction_announced", "count_in_words"],
            persons=[per("Ta Quang Duy", "chief executive of LV3 Mechatronics")],
            firms=[f("Boeing"), f("LV3 Mechatronics")],
            provinces=[pv("Hà Nội")],
            deals=[deal("investment", ["LV3 Mechatronics"], None, HN)],
            events=[ev("investment_announcement", [F("LV3 Mechatronics")], None, None, HN, "announced")],
        ),
        h(
            n(),
            "Boeing is also on the wish list of Oriental Aviation Engineering Services JSC, a maintenance house for local airlines.",
            "2022-08-31",
            "ministry",
            [E, "foreign_legal_form", "wish_no_deal", "no_event"],
            firms=[f("Boeing"), f("Oriental Aviation Engineering Services", "JSC")],
            events=[],
        ),
    ]
    # --- English: the investment review on the plane maker's suppliers here (S18 r3) ---
    rows += [
        h(
            n(),
            "First in the country to make commercial-aircraft parts was Tsurumi Aerospace Vietnam Co., Ltd. (TAV), a $6 million venture set up in November 2008 at Thang Long Industrial Park in Hanoi.",
            "2022-08-29",
            "ministry",
            [
                E,
                "ordinal_first",
                "recalled_investment",
                "deal_no_event",
                "vietnam_dropped",
                "bracketed_acronym_one_entry",
                "english_park_no_location",
                "city_named_sites",
            ],
            firms=[f("Tsurumi Aerospace", "Co., Ltd.")],
            provinces=[pv("Hà Nội")],
            money=[m(6 * M, "USD")],
            deals=[deal("investment", ["Tsurumi Aerospace"], 6 * M, HN)],
            events=[],
        ),
        h(
            n(),
            "By 2015 it had a second Hanoi factory for Boeing 777 passenger doors, on top of the 737 flaps it has turned out since 2010.",
            "2022-08-29",
            "ministry",
            [
                E,
                "recalled_opening_no_event",
                "anaphoric_no_firm",
                "ordinal_no_count",
                "model_numbers_no_count",
                "no_event",
            ],
            firms=[f("Boeing")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Rating guide:\n★ Weak ★★ Fair ★★★ Solid ★★★★ Strong ★★★★★ Outstanding",
            "2022-08-29",
            "ministry",
            [E, "page_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a news agency's English page on the plane maker's suppliers (S18 r4) ---
    rows += [
        h(
            n(),
            "Making news\n\nBoeing widens its search for local suppliers\n\nUniversities as well as factories are part of Boeing's plans in Vietnam, its country director Daniel Pham said.",
            "2022-08-29",
            "ministry",
            [
                E,
                "page_chrome",
                "headline_lead",
                "role_before_name",
                "possessive_role",
                "multiline",
                "no_event",
            ],
            persons=[per("Daniel Pham", "country director")],
            firms=[f("Boeing")],
            events=[],
        ),
        h(
            n(),
            "Samsung and Intel built deep supplier networks here, and Boeing, with just seven local suppliers so far, wants to do the same, he told a forum in Hanoi./.",
            "2022-08-29",
            "ministry",
            [E, "count_in_words", "pronoun_no_person", "no_event"],
            firms=[f("Samsung"), f("Intel"), f("Boeing")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- English: a rail trade journal's paywalled memorandum item, a rolling-stock agency's report, an aggregator's
    # metro car (S19 r1, S19 r2, S19 r3) ---
    rows += [
        h(
            n(),
            "Rolling stock plant plan gains Russian partner\n\nVIETNAM: A memorandum of co-operation signed in Hanoi on November 11 by Volgorail, a Russian maker of wagons and heavy machinery, and Viet-Euro Joint Venture Bank could see the company help develop a rolling stock plant in the country. The two countries' presidents attended.",
            "2013-11-14",
            "ministry",
            [
                E,
                "trade_journal",
                "mou",
                "object_first",
                "bank_counterpart",
                "signing_place_site",
                "deal_date",
                "adjective_no_country",
                "dateline_country_nothing",
                "multiline",
            ],
            firms=[f("Volgorail"), f("Viet-Euro Joint Venture Bank")],
            provinces=[pv("Hà Nội")],
            deals=[deal("mou", ["Volgorail", "Viet-Euro Joint Venture Bank"], None, HN, "2013-11-11")],
            events=[
                ev(
                    "mou",
                    [F("Volgorail"), F("Viet-Euro Joint Venture Bank")],
                    None,
                    None,
                    HN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "You have read all your free articles this month\n\nSign up at no cost for more Railway Gazette news and our weekly newsletters.",
            "2013-11-14",
            "ministry",
            [E, "paywall", "outlet_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "By continuing to browse you accept our cookie policy.\n\nVietnam plans to raise domestic rolling stock output\n\n17 April 2025\nReading time ~ 4 min\nCoach bodies and container flatcars at a Vietnamese works. Source: baodautu\nIvan Sokolov, ROLLINGSTOCK Agency",
            "2025-04-17",
            "ministry",
            [
                E,
                "cookie_banner",
                "caption",
                "source_credit_nothing",
                "byline",
                "agency_credit_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Ivan Sokolov", None)],
            events=[],
        ),
        h(
            n(),
            "Vietnam: Locomotives, coaches, EMUs and components should all be made at home within 2030-2045, Prime Minister Le Minh Son said in late March.",
            "2025-04-17",
            "ministry",
            [
                E,
                "dateline_country_nothing",
                "speaker_last",
                "role_before_name",
                "year_range_no_count",
                "no_event",
            ],
            persons=[per("Le Minh Son", "Prime Minister")],
            events=[],
        ),
        h(
            n(),
            "Carmaker KLG has said it could build the 1,120 high-speed cars; VNR's own list for 2030-2050 runs to 265 locomotives, 7,200 freight cars, 1,050 passenger coaches and 1,450 urban rail cars.",
            "2025-04-17",
            "ministry",
            [E, "acronym_alone_firm", "possessive_firm", "count", "readiness_no_deal", "no_event"],
            firms=[f("KLG"), f("VNR")],
            quantities=[
                c(1120, "high-speed cars"),
                c(265, "locomotives"),
                c(7200, "freight cars"),
                c(1050, "passenger coaches"),
                c(1450, "urban rail cars"),
            ],
            events=[],
        ),
        h(
            n(),
            "Freight cars and coaches are already assembled at the operator's own works, VNR deputy general director Hoang Minh Khai said last week.",
            "2025-04-17",
            "ministry",
            [E, "speaker_last", "role_before_name", "acronym_in_role_firm", "no_event"],
            persons=[per("Hoang Minh Khai", "VNR deputy general director")],
            firms=[f("VNR")],
            events=[],
        ),
        h(
            n(),
            "Hanoi metro gets its first Chinese-built car\n\n18 min ago Read more: People's Daily Online\n\nCranes lifted the car onto the Cat Linh-Ha Dong viaduct before dawn on Tuesday. China Railway Engineering Corporation's 6th bureau is the builder of the 13-km line.\n\nChicago, IL",
            "2017-02-21",
            "ministry",
            [
                E,
                "aggregator",
                "adjective_no_country",
                "outlet_nothing",
                "corporation_kept",
                "possessive_firm",
                "length_no_count",
                "foreign_city_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("China Railway Engineering Corporation")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- English: a national news site on localising high-speed rail, a state daily and a news agency on the Lào Cai
    # line (S20 r2, S20 r3, S20 r4) ---
    rows += [
        h(
            n(),
            "Only brakes and air springs would have to come from abroad for freight trains under 180 km/h, since the Long Bien works already assembles 120 km/h diesel locomotives, said La Van Khoa, former deputy minister of transport.",
            "2019-05-14",
            "ministry",
            [E, "speed_no_count", "role_after_name", "works_name_no_firm", "no_event"],
            persons=[per("La Van Khoa", "former deputy minister of transport")],
            events=[],
        ),
        h(
            n(),
            "Khoa put possible local content at 60 percent for ordinary coaches and above 40 percent for the steelwork of high-speed cars.",
            "2019-05-14",
            "ministry",
            [E, "percentage", "given_name_alone_no_person", "no_event"],
            percentages=[60, 40],
            events=[],
        ),
        h(
            n(),
            "Without an 80 percent local share, rolling stock and foreign consultants could cost $9-10 billion in imports, warned Dang Huu Phuc, former deputy minister of planning and investment.",
            "2019-05-14",
            "ministry",
            [E, "percentage", "money_range", "role_after_name", "no_event"],
            persons=[per("Dang Huu Phuc", "former deputy minister of planning and investment")],
            percentages=[80],
            money=[m(9 * B, "USD"), m(10 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "HÀ NỘI — Construction is due by late 2025 on the US$8.4 billion Lào Cai – Hà Nội – Hải Phòng railway, after the National Assembly endorsed it on February 19; domestic firms see it as a chance to build a rail industry.",
            "2025-03-19",
            "ministry",
            [
                E,
                "vns_copy",
                "dateline",
                "infrastructure_no_investor_no_deal",
                "line_names_provinces",
                "no_event",
            ],
            organizations=["National Assembly"],
            provinces=[pv("Hà Nội"), pv("Lào Cai"), pv("Hải Phòng")],
            money=[m(8.4 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Technology transfer took up much of Report No 107/BC-CP, which ministers sent to legislators the day before.",
            "2025-03-19",
            "ministry",
            [E, "vns_copy", "report_number_decision", "relative_date_none", "no_event"],
            decisions=[d("107/BC-CP")],
            events=[],
        ),
        h(
            n(),
            "Full localisation of vehicles and components by 2045 is the target in the sector plan behind Official Dispatch No 11380-CV/VPTW, which the Politburo issued on September 18, 2024.",
            "2025-03-19",
            "ministry",
            [E, "vns_copy", "decision_with_date", "no_event"],
            organizations=["Politburo"],
            decisions=[d("11380-CV/VPTW", "2024-09-18")],
            events=[],
        ),
        h(
            n(),
            "A passenger coach on the assembly floor of a domestic works. (Photo: baodautu)\nHanoi (VNA) - Domestic makers must use the Lao Cai line to learn, a senior VNR leader said, before the bigger high-speed and metro projects arrive.",
            "2025-02-21",
            "ministry",
            [
                E,
                "caption",
                "source_credit_nothing",
                "dateline",
                "unaccented_province",
                "acronym_alone_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("VNR")],
            provinces=[pv("Hà Nội"), pv("Lào Cai")],
            events=[],
        ),
    ]
    return rows
