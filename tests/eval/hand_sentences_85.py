# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 85 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: transport-vehicle body and component builders -- bus and coach body
builders and electric-bus makers, railway rolling stock and rail components, shipbuilding and its suppliers, and
defence-industry enterprises making civilian products (dual use, "công nghiệp quốc phòng" supplying civilian
industry), with their contracts and localisation (nội địa hóa) figures. Written and annotated for every field BEFORE
any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the
section comments: S1 "đóng thùng xe khách thân vỏ xe buýt nhà máy nội địa hóa", S2 "nhà máy sản xuất xe buýt điện ký
hợp đồng cung cấp xe", S3 "Thaco xe bus tỷ lệ nội địa hóa thân vỏ khung gầm", S4 "toa xe đường sắt đóng mới hợp đồng
Công ty Xe lửa Gia Lâm Dĩ An", S5 "sản xuất linh kiện đường sắt tà vẹt ray nội địa hóa đường sắt tốc độ cao", S6
"công nghiệp quốc phòng sản xuất sản phẩm dân sinh công nghiệp hỗ trợ", S7 "nhà máy Z Tổng cục Công nghiệp quốc phòng
hợp đồng sản xuất linh kiện ô tô xe máy", S8 "Tổng công ty Ba Son đóng tàu ký hợp đồng cung cấp", S9 "vật tư thiết bị
đóng tàu nội địa hóa doanh nghiệp cung ứng trong nước", S10 "Viettel sản xuất công nghiệp quốc phòng lưỡng dụng sản
phẩm dân sự", S11 "đoàn tàu metro nội địa hóa linh kiện doanh nghiệp Việt sản xuất toa tàu", S12 "nhà máy đóng tàu Hạ
Long Nam Triệu ký hợp đồng đóng mới tàu xuất khẩu", S13 "xe khách giường nằm nhà máy Samco Hyundai Thành Công lắp ráp
thân vỏ xe", S14 "động cơ tàu thủy chân vịt sản xuất trong nước nhà máy cơ khí quốc phòng", S15 "Luật Công nghiệp
quốc phòng an ninh động viên công nghiệp doanh nghiệp dân sự tham gia", S16 "Tổng công ty Công nghiệp tàu thủy SBIC hạ
thủy bàn giao tàu chủ tàu hợp đồng", and in English S17 "Vietnam electric bus manufacturer localisation rate contract
buses", S18 "Vietnam railway rolling stock carriages manufacturing domestic localisation", S19 "Vietnam defence
industry dual-use civilian products enterprises", S20 "Vietnam shipbuilding supporting industry suppliers ship
equipment localisation". No sentence is taken or paraphrased from a page; the shapes are. Firm, yard, plant and person
names are invented (the bus makers "Ngự Bình", "Sông Hàn", "Kinh Bắc Xanh", "Hanoi Coachworks", the German supplier
"Kessler Mobility", the rolling-stock works "Toa xe Hà Bắc", the yards "Bạch Long", "Cửa Cấm", "Hồng Bàng", the
defence plants "Z164", "Z152"; the Deputy Prime Minister, ministers and officers are invented too); well-known names
(Tổng công ty Đường sắt Việt Nam / Vietnam Railways, Viettel, CRRC, Đăng kiểm Việt Nam, the 2024 defence-industry law
38/2024/QH15) appear only in sentences of our own, with figures, dates and wording changed.

What the sample looked like (80 result slots, about 60 distinct pages: one casino keyword-spam family filled 13 slots
and a one-line broadcaster tag "bồi thường tàu vỏ thép hư hỏng" came back in four searches; a railway-complex tag, a
supporting-industry feature, a shipbuilding-technology report and a Hạ Long launch blurb in two each): 13 slots were
spam and junk (keyword salads, a real-estate image line); 24 were tag, hashtag, title, headline-only and listing pages
(one-line tags, a railway operator's plan to build 300 coaches, series tags on the defence industry, a PM working
session, an ebook tag, a listing correcting a car plant's capital, a ship-order tag on a spam domain with a signing
witnessed by a Deputy PM, a yard's launch blurb "theo hợp đồng với" a foreign owner and a keel-laying blurb for a state
shipping line, Viettel's chip and satellite plans, a defence minister's visit and a chip-plant groundbreaking in
category listings, metro and locomotive headlines); 11 were theses, reports, document stores and legal text (a course
paper's cover and contents on e-bus standards, a trade journal's e-bus abstract citing a VPCP letter and a QĐ-SGTVT, a
document-store rail text with its uploader line, a shipbuilding technology report, two theses on shipbuilding
supporting industry and ship exports, a ship-structure textbook, the 2024 defence-industry law on a legal portal, its
introduction and a blog summary); 17 were Vietnamese news and features (an electric-bus maker's strategic supply
agreement with an island tourism group and its first delivery, an e-bus maker's two contracts with a German
supplier, a rail journal's localisation figures for locomotives and coaches, a steelmaker's rail-steel plant and a
city's rail-complex proposal, a supporting-industry feature with a PM caption, a defence plant director's interview,
a yard group's contracts with a shipping line, a diesel-engine plant waiting for capital, a defence yard's fast
ferry, a 65,000-DWT launch for a named owner with its design joint venture and the yard's profile, a shipbuilding
corporation's page on its bankruptcy and a delivered ship); 14 were English (VOV and VietnamPlus tag pages on e-buses
with localisation tax breaks abroad and an investment in India, VNA and Reuters copy of the e-bus contracts with a
stock widget, a rolling-stock trade site, VnEconomy on rail localisation, a paywalled Railway Gazette MoU of a Russian
wagon maker with a bank, trade.gov and QĐND English on the defence sector, Janes on the defence-industry plan, an OECD
and a Norad report cover, a reference site on shipbuilding) and 1 a French VietnamPlus section blurb (rendered here in
an English row). About 15 of the 80 slots told a deal or an event (supply contracts for buses, bus components and
ships, recalled ship orders told through a launch, an announced rail-steel plant, an announced plant abroad, a chip
groundbreaking, an MoU, a corrected plant capital, a design joint venture); no licence, inauguration or acquisition
with named parties came up in any first four (a car maker's takeover and a bus tender were ranked 5 or lower).

Rows: 160 (hand-22001 to hand-22160); 18 carry a deal or an event (11%, below the slots' share: the deal pages gave
mostly context rows -- quotes, capacities, dimensions, statistics, captions -- and a third of the sample was spam and
tags): 14 events in 14 rows (8 supply contracts, 3 investment announcements, 2 MoUs, 1 groundbreaking) and 19 `deals`
entries (10 supply_contract, 5 investment, 2 mou, 1 groundbreaking, 1 cooperation); 4 rows hold a deal without an
event (hand-22028 a listing's corrected plant capital; 22032 a launch "theo hợp đồng 6 tàu ký với" the owner; 22104 a
design joint venture formed in 2019; 22132 an English recalled takeover of a workshop), none an event without a deal.
142 rows are negatives and other fields. By page kind: 16 rows in the shapes of spam and junk lines (0 with a deal or
event), 36 of tag, title, headline-only and listing pages (4), 16 of theses, reports, document stores and legal text
(0), 56 of Vietnamese news and features (9), 36 of English copy (`english_copy`, 22%; 5). 9 rows are stored in NFD
(hand-22047, 22062, 22070, 22075, 22086, 22091, 22106, 22118, 22120); 5 use old tone placement (hand-22046 "nội địa
hoá", 22059 "nội địa hoá", 22060 "tự động hoá", 22070 "Khánh Hoà", 22121 "tàu thuỷ"); 49 hold a headline and a lead,
a tag line, a caption with its credit, a timestamp, a by-line or several lines.

Own wording: on review of the first draft against the sampled pages, about 75 of its rows followed a sampled sentence
too closely (same clause order with names and figures swapped: the island e-bus agreement, its delivery count and
small-car plan, both tellings of the e-bus contracts with their quotes and caption, the rail journal's four sectors,
fleet, works and localisation lines, the rail-steel and rail-complex leads, the coach-building tag, the defence
interview's opening, question, answer and lost order, the defence plant profile, caption, slump and history lines,
the supporting-industry GDP comparison and PM caption, the Viettel portal lead, the two ship-order leads, the launch and
keel blurbs, the 65,000-DWT launch, its design line, director's quote and yard profile, the bankruptcy feature's quote
and delivery, the engine plant's headline and profile, the fast-ferry headline, the law's list of policies and its
"necessity" heading, and nearly every English paragraph: the e-bus routes and trial blurbs, the VNA lead and quote,
the Reuters lead, quote and plant line, the tax-break and India blurbs, the rolling-stock demand list and supplier
line, VnEconomy's orders and sleepers, the Gazette MoU, the VNA railway lead and report line, the VNR complex lead and
quote, trade.gov's spending and demand lines, the expo caption and colonel's line, the Janes lead and priority, the
reference site's ranking and programme, the localisation line, the chairman's shortcomings and the trade-fair quote);
every one was rewritten from scratch (other clause order, other facts around it, other figures) and its gold redone.
14 first-draft rows were dropped: six because their shape or facts came only from results ranked 5 or lower (a
battery plant line and a "chosen as partner" line from an S2 result ranked 6, an "AI" caption and a localisation
quote from S5's rank 5, a localisation-target line from S5's rank 7, an encyclopedia line from S6's rank 6), and eight
because they stayed too close even after rewording (a coach-building plan copied from a tag, a signing-date line, a
minister's Viettel quote, the law's passing, article count and 39 mechanisms, a bankruptcy hope, an entrepreneur's
post and a ship's engine line); one licence and one inauguration were turned into an announced investment and a
localisation line, since no sampled page in the first four told either.

Conventions: exactly those of batches 10 and 12-82 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a signed contract to build or supply is a supply_contract deal and a signed event, seller or
builder first, dated only when the row gives a day; several builders signing with one buyer give one deal per pair
and ONE event with all (batch 61); a ship launched "theo hợp đồng ... ký với" its owner is a recalled supply contract
(deal, no event, batch 72), while a launch, keel-laying or delivery "cho" an owner with no contract word gives no
deal (README on batch 77, batch 82); an order whose buyer is unnamed ("gói thầu", "một chủ tàu tư nhân") gives none; a
named firm's plant told with "sẽ"/"dự kiến bỏ" and an amount is an announced investment; a held groundbreaking is a
groundbreaking deal and event "started"; "thỏa thuận khung" and a "memorandum of co-operation" are MoUs; a recalled
joint venture is a cooperation deal without event (batch 77); a recalled acquisition is the buyer's investment deal
without event (batch 73); shareholdings, proposals, plans without an amount, wishes, working sessions, trial runs,
funding requests and partners "chosen" give no deal; a province inside an organisation's or zone's name is a mention;
a dateline is a mention, not the site; zones and parks holding no province give no site; "Việt Nam"/"Vietnam" is
dropped from a foreign subsidiary's name; Vietnamese state corporations keep "Việt Nam" ("Tổng công ty Đường sắt Việt
Nam" -> "Đường sắt Việt Nam", batch 23); a bracketed alias gives no new firm, a separate short name or acronym in a
headline or another sentence is a firm mention ("VNR", "Hòn Thơm", "Phương Đông"); plant names ("Nhà máy Z164", "Xưởng
Ba Son") are no firms; English "X Corporation" keeps the word; organisations expand UBND and KCN, a bare unit ("UBND
thành phố") is none; registry tables give the signer no role and the decision its date from the next line; a law
number is a decision; a QCVN standard is none; capacities (DWT, tấn, chỗ, kW, mã lực), dimensions, counts in words,
fractions in words and ordinals are no counts; bylines, reporters' and photo credits are persons with no role, agency
and site credits ("Ảnh: TTXVN", "(Ảnh: qdnd.vn)", "Theo NLĐ", "Ảnh: SH") nothing; a surname alone ("ông Khôi") is no
person; "Thủ tướng", "Bộ trưởng Bộ Công Thương" and "the Prime Minister" without a name are no persons; English
adjectives ("German", "Russian", "US", "Philippine") give no country, "Germany's", "in India", "from China" and
Vietnamese "hãng Đức", "(Phần Lan)" do. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Military ranks: a rank before a name with a function after it ("Đại tá Trịnh Văn Khôi, Giám đốc Nhà máy Z164";
  "Đại tướng Hoàng Văn Lâm, Bộ trưởng Bộ Quốc phòng"; "Trung tá Vũ Đình Hòa, Chủ nhiệm Chính trị nhà máy") takes the
  function as the role; a rank alone ("Đại tá Trịnh Văn Khôi:" as an interview speaker label, "Senior Colonel Ngo Van
  Hai said") is kept as the role, as a title like "Phó Thủ tướng" is.
- A defence plant's registered name in brackets or beside its Z-code ("Công ty TNHH MTV Điện cơ 52 (Nhà máy Z152)") is
  the firm, with its digits; the Z-code and "Nhà máy Z164" alone are a plant's name, no firm; "Tổng cục Công nghiệp
  quốc phòng", "Bộ Quốc phòng" and "General Department of Defence Industry" are organisations; a defence yard "(Bộ
  Quốc phòng)" delivering a civilian ferry to an unnamed operator gives no deal.
- A supply contract told buyer first ("Hòn Thơm đặt 42 buýt điện của Ngự Bình ... Hợp đồng cung cấp được Tập đoàn Du
  lịch Hòn Thơm và Công ty CP Ô tô Ngự Bình ký sáng 20/11", hand-22069; "Tập đoàn Fjordline (Na Uy) và Tổng công ty
  Công nghiệp Tàu thủy Bạch Long ... đã ký hợp đồng", 22031) keeps the seller first in deal and event; the headline's
  short names are firm mentions beside the full ones.
- Where a ship order's headline names the yard's province ("Chủ tàu Na Uy đặt đóng hai tàu chở xe ở Hải Phòng",
  22031) the deal and event are sited there (the building site, as batch 61 sites an EPC contract by its plant); a
  signing venue alone ("ngày 27/2 tại Bắc Giang", 22117; "signed in Hanoi", 22141) is a province mention, not the site.
- Two contracts between the same pair in one sentence ("Hai hợp đồng – một về chuyển giao công nghệ mô tơ kéo, một về
  mua linh kiện truyền động – đã được A ký với B", 22072) are ONE supply_contract deal and event, the supplier first;
  the English telling (22127) likewise.
- A listing that corrects a plant's capital ("Vốn thật của nhà máy xe buýt Kinh Bắc Xanh ở Bắc Giang: hơn 5.400 tỷ
  đồng, chưa bằng nửa con số 12.000 tỷ từng công bố", 22028) is the owner's recalled investment with the corrected
  amount (approximate), sited by the province named with the plant; the earlier figure is money only.
- A yard's launch told contract-first ("HLX-07, tàu hàng ... mà A đóng theo hợp đồng 6 tàu ký với tập đoàn B (Anh)",
  22032) is a recalled supply deal; "tập đoàn" written lower-case before the owner is normalised to "Tập đoàn"; "6
  tàu" is a count.
- "Bản thiết kế là của A (Phần Lan) và Công ty CP B, hai bên lập liên doanh từ năm 2019" (22104) is a recalled
  cooperation deal without event; "Đăng kiểm Việt Nam" is an organisation (batch 77's "Cục Đăng kiểm").
- A subsidiary wholly owned by its corporation ("Toàn bộ vốn điều lệ của Cửa Cấm thuộc về Tổng công ty ...", 22106) is
  a shareholding: firm mentions only.
- Localisation figures ("khoảng 85% giá trị làm trong nước; toa khách được 50 - 60%, ... chừng 7% giá thành", 22080;
  "tỷ lệ nội địa hóa dòng xe 47 chỗ lên 52%", 22113) are percentages only, each end of a range kept; "một phần tư",
  "a third" are none.
- An English possessive plan abroad ("Lac Hong Motor's next $350 million in India will go to a Gujarat workshop",
  22134) is an announced investment without province, India a country; the whole pledge ($1.2 billion) is money only.
- "In March, Kessler agreed to hand its coach-body workshop in Bac Ninh province to Hanoi Coachworks" in a May wire
  (22132) is background, a recalled acquisition: Hanoi Coachworks' investment deal sited in Bắc Ninh, no event.
- "Its diesel coaches come from a plant in Hung Yen province that cost $120 million" (22131) names the firm only by a
  pronoun: money and province, no deal.
- Railway counts in English keep their English unit ("cars", "freight wagons", "coaches"), approximate after "about"
  and "some"; "Vietnam Railways" and "VNR" are firm mentions; a report number ("Report No. 112/BC-CP") is a decision.
- A tag label that is a brand ("CRRC" above a rail-complex blurb, 22023) is a firm mention; "Tổng công ty Đường sắt Việt
  Nam - Tin tức, hình ảnh mới nhất" is a title page with the firm.
- A document-store username ("Chia sẻ: minhtam88") is no person; a named uploader ("Chia sẻ: Phạm Thu Hà") is a person
  with no role (batch 73).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, ev, f, ha, park, per, zone


def hand_sentences_85(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    HP = cur("Hải Phòng")
    HN = cur("Hà Nội")
    BN = cur("Bắc Ninh")

    ids = iter(range(22001, 22400))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam, keyword salads and junk lines (S1, S3, S4, S12, S13, S16: 13 of the 80 slots) ---
    rows += [
        h(
            n(),
            "k9win soi cầu xsmb hôm nay giá xe khách 45 chỗ cũ bảng xếp hạng la liga",
            "2024-06-02",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win dự đoán xsmn thứ bảy tần suất lô tô miền nam giá lốp xe buýt",
            "2024-06-02",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win lịch thi đấu v-league xe đầu kéo mỹ cũ công thức tính mô men xoắn",
            "2024-07-11",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win xổ số quảng ngãi tuổi thìn hợp màu gì giá xe vision 2024 trả góp",
            "2024-08-19",
            "ministry",
            ["spam_keywords", "lowercase_province_no_mention", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win kèo nhà cái hôm nay toa xe lửa mô hình đóng tàu gỗ mini",
            "2024-09-03",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tp hai phong dong y chuyen du an cang ca ve khu dong tau xay dung/dji_0057-jpg-2/",
            "2023-05-14",
            "ministry",
            ["junk_image_line", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win nam định sáp nhập với tỉnh nào thịt kho tàu trứng cút tỷ số pháp",
            "2025-04-20",
            "ministry",
            ["spam_keywords", "lowercase_province_no_mention", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win bảng tính lãi vay mua xe tải trả góp xổ số thừa thiên huế thứ hai",
            "2024-10-07",
            "ministry",
            ["spam_keywords", "lowercase_province_no_mention", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win giá xe sh 2025 lăn bánh đội hình real madrid xsmb 30 ngày",
            "2025-01-15",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win xe honda 50cc cho học sinh giải bóng rổ nhà nghề mỹ",
            "2024-11-28",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win soi kèo ngoại hạng anh bảng nguyên hàm lớp 12 xe 7 chỗ dưới 600 triệu",
            "2024-12-09",
            "ministry",
            ["spam_keywords", "lowercase", "price_no_currency", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win tra cứu mã số thuế cá nhân đóng thùng xe tải giá rẻ",
            "2025-02-21",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win tin chuyển nhượng mu xe simson cũ cộng đồng tàu hỏa mô hình",
            "2025-03-02",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win xsmb thứ sáu bảng xếp hạng bundesliga giá xe ab 2024 mới nhất",
            "2024-05-17",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win cách tính phí trước bạ xe khách kết quả xổ số đà nẵng",
            "2024-04-06",
            "ministry",
            ["spam_keywords", "lowercase_province_no_mention", "no_event"],
            events=[],
        ),
        h(
            n(),
            "k9win game bắn cá đổi thưởng tàu ngầm mô hình kilo giá bao nhiêu",
            "2025-06-30",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, hashtag, title, headline-only and listing pages (S1, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13, S15, S16: 24 slots) ---
    rows += [
        h(
            n(),
            "thuế nhập khẩu xe khách nguyên chiếc",
            "2024-03-12",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thue tieu thu dac biet xe buyt dien",
            "2024-03-12",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xe khách giường nằm\n\nBộ Giao thông vận tải đề xuất dừng cấp phép xe giường nằm chạy tuyến ngắn\nNhiều xưởng đóng thùng xin lộ trình ít nhất hai năm để chuyển dây chuyền sang xe ghế ngồi.",
            "2024-09-25",
            "ministry",
            ["tag_page", "headline_lead", "proposal_no_deal", "multiline", "no_event"],
            organizations=["Bộ Giao thông vận tải"],
            events=[],
        ),
        h(
            n(),
            "toa xe hàng\n\nVNR lên phương án đóng mới 450 toa xe hàng chuyên dùng\nTổng công ty Đường sắt Việt Nam muốn có toa container và toa bồn của riêng mình thay vì đi thuê, theo phương án trình bộ chủ quản.",
            "2024-11-04",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "plan_no_amount",
                "state_corporation",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("VNR"), f("Đường sắt Việt Nam", "Tổng công ty")],
            quantities=[c(450, "toa xe hàng")],
            events=[],
        ),
        h(
            n(),
            "đường sắt đô thị Hà Nội-Metro số 5 lùi tiến độ vì chờ khoản vay gần 120.000 tỷ",
            "2025-02-17",
            "provincial",
            ["tag_page", "glued_tag", "approx", "no_event"],
            provinces=[pv("Hà Nội")],
            money=[m(120000 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Tuyến đường sắt Yên Viên - Hạ Long 'đắp chiếu' vì đầu máy về chậm",
            "2023-08-08",
            "ministry",
            ["headline_only", "city_not_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CRRC\n\nĐối tác nào cho tổ hợp đường sắt phía Nam Hà Nội?\nTPO - Các hãng toa xe nước ngoài đã bắt đầu dò hỏi khả năng góp vốn, chuyển giao công nghệ cho khu công nghiệp đường sắt mà thành phố đề xuất.",
            "2025-07-10",
            "provincial",
            ["tag_page", "tag_is_brand", "headline_lead", "complex_no_investor", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            firms=[f("CRRC")],
            events=[],
        ),
        h(
            n(),
            "công nghiệp lưỡng dụng\n\nBài 2: Đưa sản phẩm quốc phòng vào chuỗi cung ứng dân sự\nNhiều nhà máy quân đội đang dùng chính dây chuyền quốc phòng để làm phụ tùng xe máy, thiết bị điện và chi tiết cơ khí cho doanh nghiệp dân sự.",
            "2025-05-06",
            "ministry",
            ["tag_page", "series_part", "headline_lead", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "công nghiệp quốc phòng\n\nBộ Quốc phòng báo cáo Thủ tướng kết quả làm chủ công nghệ lõi\nSáng 22.4, Bộ Quốc phòng và Bộ Công Thương trình Thủ tướng phương án đặt hàng doanh nghiệp dân sự làm linh kiện cho vũ khí, trang bị.",
            "2025-04-22",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "dot_date",
                "role_no_name",
                "working_session_no_deal",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Quốc phòng", "Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Tổng cục Công nghiệp quốc phòng\n\nBài 4: Đổi mới quản trị ở các nhà máy Z\nNhiều nhà máy đã chuyển sang mô hình công ty TNHH một thành viên, hạch toán riêng phần sản xuất kinh tế.",
            "2023-12-01",
            "ministry",
            ["tag_page", "series_part", "legal_form_no_name", "multiline", "no_event"],
            organizations=["Tổng cục Công nghiệp quốc phòng"],
            events=[],
        ),
        h(
            n(),
            "giáo trình công nghệ đóng mới thân xe khách pdf",
            "2024-02-14",
            "ministry",
            ["tag_page", "ebook_tag", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vốn thật của nhà máy xe buýt Kinh Bắc Xanh ở Bắc Giang: hơn 5.400 tỷ đồng, chưa bằng nửa con số 12.000 tỷ từng công bố\nTheo hồ sơ đăng ký, Công ty CP Ô tô Kinh Bắc Xanh chỉ góp vốn chủ sở hữu chừng một phần năm, phần còn lại dự kiến vay...",
            "2024-10-30",
            "ministry",
            [
                "listing_page",
                "truncated_blurb",
                "capital_correction",
                "recalled_investment",
                "headline_short_name",
                "fraction_in_words",
                "approx",
                "multiline",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Kinh Bắc Xanh"), f("Ô tô Kinh Bắc Xanh", "Công ty CP")],
            money=[m(12000 * B, "VND"), m(5400 * B, "VND", approx=True)],
            deals=[deal("investment", ["Ô tô Kinh Bắc Xanh"], 5400 * B, BN)],
            events=[],
        ),
        h(
            n(),
            "bồi thường xà lan vỏ thép chìm sau bàn giao",
            "2024-07-22",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ba Son, hơn 150 năm bên bờ sông Sài Gòn\n(Người Đưa Tin) - Những con tàu vỏ thép đầu tiên đóng ở xưởng này từng là niềm tự hào của ngành cơ khí phía Nam.",
            "2016-04-11",
            "ministry",
            ["headline_lead", "works_name_no_firm", "paper_credit", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tàu chở ô tô\n\nChủ tàu Na Uy đặt đóng hai tàu chở xe ở Hải Phòng\nTập đoàn Fjordline (Na Uy) và Tổng công ty Công nghiệp Tàu thủy Bạch Long chiều 18/9 đã ký hợp đồng; mỗi tàu chở được 7.200 xe, giao trong năm 2011. Phó Thủ tướng Lê Văn Khải dự lễ ký.",
            "2008-09-19",
            "ministry",
            [
                "tag_page_on_spam_domain",
                "headline_lead",
                "buyer_first_in_text",
                "supply_contract",
                "yard_province_in_headline",
                "attendee_not_party",
                "country_bracket",
                "deal_date",
                "count_in_words",
                "capacity_no_count",
                "multiline",
            ],
            persons=[per("Lê Văn Khải", "Phó Thủ tướng")],
            provinces=[pv("Hải Phòng")],
            firms=[f("Fjordline", "Tập đoàn"), f("Công nghiệp Tàu thủy Bạch Long", "Tổng công ty")],
            locations=[country("Na Uy")],
            deals=[
                deal(
                    "supply_contract", ["Công nghiệp Tàu thủy Bạch Long", "Fjordline"], None, HP, "2008-09-18"
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Công nghiệp Tàu thủy Bạch Long"), F("Fjordline")],
                    None,
                    None,
                    HP,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Tàu thứ tư cho Tyneside Bulk xuống nước\nHLX-07, tàu hàng 56.000 tấn mà Công ty TNHH MTV Đóng tàu Hạ Long Xanh đóng theo hợp đồng 6 tàu ký với tập đoàn Tyneside Bulk (Anh), đã được hạ thủy sáng 9/12.\nTheo VTC",
            "2009-12-10",
            "ministry",
            [
                "headline_lead",
                "launch_under_contract",
                "recalled_supply_contract",
                "headline_short_name",
                "ordinal_not_count",
                "country_bracket",
                "source_line",
                "count",
                "multiline",
            ],
            firms=[
                f("Tyneside Bulk"),
                f("Đóng tàu Hạ Long Xanh", "Công ty TNHH MTV"),
                f("Tyneside Bulk", "Tập đoàn"),
            ],
            quantities=[c(6, "tàu")],
            locations=[country("Anh")],
            deals=[deal("supply_contract", ["Đóng tàu Hạ Long Xanh", "Tyneside Bulk"])],
            events=[],
        ),
        h(
            n(),
            "Lễ đặt ky tàu CC-09 (13.000 tấn) diễn ra tại Công ty TNHH MTV Đóng tàu Cửa Cấm ngày 21/5/2009; chủ tàu là Tổng công ty Vận tải biển Phương Đông. Chi tiết...",
            "2009-05-22",
            "ministry",
            [
                "listing_blurb",
                "keel_no_contract_word",
                "no_deal_without_contract_word",
                "read_more",
                "no_event",
            ],
            firms=[f("Đóng tàu Cửa Cấm", "Công ty TNHH MTV"), f("Vận tải biển Phương Đông", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Đầu máy lắp trong nước sắp được chào bán sang Lào\nMột xưởng đầu máy phía Bắc đang hoàn thiện mẫu đầu máy 1.000 mã lực cho tuyến khổ hẹp của nước bạn.",
            "2016-10-03",
            "ministry",
            ["headline_lead", "plan", "multiline", "no_event"],
            locations=[country("Lào")],
            events=[],
        ),
        h(
            n(),
            "Metro Bến Thành - Suối Tiên chạy đủ 17 đoàn tàu vào giờ cao điểm",
            "2025-03-05",
            "provincial",
            ["headline_only", "count", "no_event"],
            quantities=[c(17, "đoàn tàu")],
            events=[],
        ),
        h(
            n(),
            "Đà Nẵng cân nhắc đặt xe buýt nhanh của nhà máy trong nước",
            "2025-08-14",
            "provincial",
            ["headline_only", "no_event"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Xe khách 29 chỗ lắp ráp trong nước bán chạy nhất quý III",
            "2024-10-12",
            "ministry",
            ["headline_only", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chip bán dẫn\n\nTổng công ty Điện tử Quốc phòng Sao Bắc đặt mục tiêu tự làm cảm biến cho xe điện vào năm 2028\nDoanh nghiệp thuộc Bộ Quốc phòng này công bố lộ trình ba bước, từ đóng gói, kiểm thử đến thiết kế chip điều khiển cho ô tô.",
            "2025-01-20",
            "ministry",
            ["tag_page", "headline_lead", "dual_use", "target_no_deal", "multiline", "no_event"],
            organizations=["Bộ Quốc phòng"],
            firms=[f("Điện tử Quốc phòng Sao Bắc", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Bộ trưởng Quốc phòng: Mỗi nhà máy Z phải có ít nhất một sản phẩm dân dụng chủ lực\nĐại tướng Hoàng Văn Lâm, Bộ trưởng Bộ Quốc phòng, đưa ra yêu cầu này khi làm việc với Tổng cục Công nghiệp quốc phòng chiều 14/8…",
            "2019-08-15",
            "ministry",
            [
                "listing_blurb",
                "military_rank_and_role",
                "role_no_name",
                "working_session_no_deal",
                "multiline",
                "no_event",
            ],
            organizations=["Tổng cục Công nghiệp quốc phòng", "Bộ Quốc phòng"],
            persons=[per("Hoàng Văn Lâm", "Bộ trưởng Bộ Quốc phòng")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy đóng gói, kiểm thử chip 3.600 tỷ đồng của Tổng công ty Điện tử Quốc phòng Sao Bắc đã được động thổ ở Hà Nội sáng 12/3; Thủ tướng và lãnh đạo Bộ Quốc phòng dự lễ ...",
            "2025-03-13",
            "ministry",
            [
                "listing_blurb",
                "groundbreaking_with_amount",
                "deal_date",
                "role_no_name",
                "attendee_not_party",
            ],
            organizations=["Bộ Quốc phòng"],
            provinces=[pv("Hà Nội")],
            firms=[f("Điện tử Quốc phòng Sao Bắc", "Tổng công ty")],
            money=[m(3600 * B, "VND")],
            deals=[deal("groundbreaking", ["Điện tử Quốc phòng Sao Bắc"], 3600 * B, HN, "2025-03-12")],
            events=[ev("groundbreaking", [F("Điện tử Quốc phòng Sao Bắc")], 3600 * B, "VND", HN, "started")],
        ),
        h(
            n(),
            "luật đầu tư công sửa đổi 2024",
            "2024-12-05",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tàu vỏ thép đóng mới hư hỏng sau ba tháng",
            "2024-07-22",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xe buýt điện\n\n06/11/2025 09:40\nĐà Nẵng mở thêm 4 tuyến buýt điện, đơn vị vận hành phải dùng xe lắp ráp trong nước",
            "2025-11-06",
            "provincial",
            ["tag_page", "timestamp_line", "count", "multiline", "no_event"],
            provinces=[pv("Đà Nẵng")],
            quantities=[c(4, "tuyến buýt điện")],
            events=[],
        ),
        h(
            n(),
            "Tổng công ty Đường sắt Việt Nam - Tin tức, hình ảnh mới nhất",
            "2025-05-02",
            "ministry",
            ["title_page", "state_corporation", "no_event"],
            firms=[f("Đường sắt Việt Nam", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "đóng tàu xuất khẩu - tin tức cập nhật 24h",
            "2025-05-02",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "#nội địa hoá phụ tùng xe buýt",
            "2025-06-18",
            "ministry",
            ["hashtag_page", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thân vỏ xe khách\n\nXe khách đóng trong nước đạt tỷ lệ nội địa hóa trên 45%\nThân vỏ, ghế, kính và hệ thống điện thân xe đã do các nhà máy ở Quảng Nam và Bình Dương tự làm; khung gầm và động cơ vẫn phải nhập.",
            "2024-08-27",
            "ministry",
            ["nfd", "tag_page", "headline_lead", "localisation_rate", "percentage", "multiline", "no_event"],
            provinces=[pv("Quảng Nam"), pv("Bình Dương")],
            percentages=[45],
            events=[],
        ),
        h(
            n(),
            "tà vẹt bê tông\n\nXưởng tà vẹt dự ứng lực ở Ninh Bình nhận đơn hàng lớn nhất từ trước tới nay\nCông ty CP Bê tông Tà vẹt Phủ Lý sẽ giao 180.000 thanh tà vẹt cho gói thầu cải tạo tuyến phía Bắc trong 14 tháng.",
            "2025-09-09",
            "provincial",
            ["tag_page", "headline_lead", "order_buyer_unnamed", "count", "multiline", "no_event"],
            provinces=[pv("Ninh Bình")],
            firms=[f("Bê tông Tà vẹt Phủ Lý", "Công ty CP")],
            quantities=[c(180000, "thanh tà vẹt")],
            events=[],
        ),
        h(
            n(),
            "Mẫu hợp đồng đóng mới tàu biển song ngữ Anh - Việt mới nhất",
            "2024-01-08",
            "ministry",
            ["title_page", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy chuẩn QCVN 09:2024/BGTVT về an toàn kỹ thuật xe cơ giới: những điểm mới với xe khách",
            "2024-11-19",
            "ministry",
            ["title_page", "standard_not_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin Hải Phòng\n\nBạch Long nhận thêm đơn đóng tàu hàng 22.000 tấn",
            "2024-04-16",
            "provincial",
            [
                "section_label",
                "headline_only",
                "short_name",
                "order_no_buyer",
                "capacity_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Bạch Long")],
            events=[],
        ),
        h(
            n(),
            "đầu máy toa xe\n\nĐoàn toa khách mới đóng trong nước lên tàu Thống Nhất từ tháng 7\nMỗi đoàn 12 toa; ghế, điều hòa và nội thất do doanh nghiệp Việt cung cấp.",
            "2024-06-12",
            "ministry",
            ["tag_page", "headline_lead", "train_name", "month_no_day", "count", "multiline", "no_event"],
            quantities=[c(12, "toa")],
            events=[],
        ),
    ]
    # --- Theses, reports, document stores and legal texts (S2, S5, S9, S14, S15: 11 slots) ---
    rows += [
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC GIAO THÔNG VẬN TẢI\nKHOA CƠ KHÍ\n————\nBÀI TẬP LỚN MÔN: KẾT CẤU Ô TÔ\nĐỀ TÀI: THIẾT KẾ KHUNG XƯƠNG THÂN XE BUÝT ĐIỆN 12 M",
            "2024-05-20",
            "ministry",
            ["course_cover", "caps", "faculty_no_org", "multiline", "no_event"],
            organizations=["Trường Đại học Giao thông Vận tải"],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nA. Mở đầu 3\nB. Nội dung 5\nChương 1: Tổng quan về khung xương xe buýt 5\n1.1 Vật liệu thân xe 6",
            "2024-05-20",
            "ministry",
            ["table_of_contents", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt:\nBài viết đánh giá đội xe buýt ở TP. Đà Nẵng sau khi thành phố đưa 5 tuyến buýt điện vào thí điểm theo Quyết định số 1836/QĐ-UBND ngày 21/9/2023 của UBND thành phố.\nTừ khóa: buýt điện, nội địa hóa, vận tải công cộng.",
            "2024-03-18",
            "ministry",
            ["journal_abstract", "bare_unit_word", "count", "multiline", "no_event"],
            provinces=[pv("Đà Nẵng")],
            decisions=[d("1836/QĐ-UBND", "2023-09-21")],
            quantities=[c(5, "tuyến buýt điện")],
            events=[],
        ),
        h(
            n(),
            "1. Đặt vấn đề\nViệc đặt hàng xe buýt điện theo định mức riêng được Văn phòng Chính phủ truyền đạt tại Văn bản số 2207/VPCP-CN ngày 6/4/2021.",
            "2024-03-18",
            "ministry",
            ["journal_body", "letter_number", "bare_unit_word", "multiline", "no_event"],
            organizations=["Văn phòng Chính phủ"],
            decisions=[d("2207/VPCP-CN", "2021-04-06")],
            events=[],
        ),
        h(
            n(),
            "Công nghiệp đường sắt Việt Nam: hiện trạng và lộ trình\nChia sẻ: Phạm Thu Hà | Ngày: | Loại File: PDF | Số trang: 18",
            "2023-11-02",
            "ministry",
            ["document_store", "uploader_line", "multiline", "no_event"],
            persons=[per("Phạm Thu Hà", None)],
            events=[],
        ),
        h(
            n(),
            "Phần II – Toa xe khách. II–1. Yêu cầu chung: thùng xe phải chịu được lực nén dọc tối thiểu 100 tấn và giữ kín nước khi chạy ở tốc độ 120 km/h.",
            "2023-11-02",
            "ministry",
            ["document_text", "numbered_heading", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2.1.3. Thực trạng ngành phụ trợ đóng tàu\nThép tấm, máy chính và thiết bị boong gần như đều mua ngoài; phần nội địa hoá của một con tàu hàng, theo khảo sát của tác giả, chỉ chừng một phần tư.",
            "2014-04-09",
            "ministry",
            ["thesis_excerpt", "numbered_heading", "old_tone", "fraction_in_words", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "LUẬN VĂN TỐT NGHIỆP\nĐề tài: Năng lực cạnh tranh của các nhà máy đóng tàu phía Bắc trên thị trường tàu hàng cỡ nhỏ\nLời mở đầu. Hội nhập buộc mỗi ngành tìm ra lợi thế riêng, từ giá nhân công đến mức tự động hoá khâu hàn.",
            "2012-10-25",
            "ministry",
            ["thesis_cover", "old_tone", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BÁO CÁO ĐÁNH GIÁ TRÌNH ĐỘ CÔNG NGHỆ NGÀNH ĐÓNG TÀU\nĐang tải... (xem toàn văn)\nCác nhà máy đóng tàu tập trung ở ba cụm: Hải Phòng - Quảng Ninh, Đà Nẵng - Quảng Ngãi và TP.HCM - Bà Rịa - Vũng Tàu.",
            "2013-07-01",
            "ministry",
            ["report_header", "document_store", "province_list", "multiline", "no_event"],
            provinces=[
                pv("Hải Phòng"),
                pv("Quảng Ninh"),
                pv("Đà Nẵng"),
                pv("Quảng Ngãi"),
                pv("Hồ Chí Minh"),
                pv("Bà Rịa - Vũng Tàu"),
            ],
            events=[],
        ),
        h(
            n(),
            "Báo cáo đặt mục tiêu 60% giá trị một con tàu hàng cỡ vừa được làm trong nước vào năm 2015.",
            "2013-07-01",
            "ministry",
            ["nfd", "report_text", "localisation_target", "percentage", "no_event"],
            percentages=[60],
            events=[],
        ),
        h(
            n(),
            "Giáo trình Thiết bị tàu thủy (Phần 1)\npdf 84 trang | Chia sẻ: minhtam88 | Lượt xem: 512 | Lượt tải: 0",
            "2019-03-03",
            "ministry",
            ["document_store", "username_not_person", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Số hiệu: 1453/QĐ-BQP Loại văn bản: Quyết định\nNơi ban hành: Bộ Quốc phòng Người ký: Nguyễn Văn Thụy\nNgày ban hành: 14/05/2025 Ngày hiệu lực: Đã biết",
            "2025-05-20",
            "legal",
            ["registry_table", "signer_no_role", "decision_date_next_line", "multiline", "no_event"],
            organizations=["Bộ Quốc phòng"],
            persons=[per("Nguyễn Văn Thụy", None)],
            decisions=[d("1453/QĐ-BQP", "2025-05-14")],
            events=[],
        ),
        h(
            n(),
            "Điều 6 nêu chính sách của Nhà nước\n- Dành nguồn lực cho khoa học, công nghệ trong lĩnh vực quốc phòng;\n- Mở cửa để doanh nghiệp tư nhân cùng làm vật tư kỹ thuật, linh kiện.",
            "2025-05-20",
            "legal",
            ["legal_summary", "dash_list", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ 1/7/2025, các nhà máy Z vận hành theo Luật số 38/2024/QH15 thay vì Pháp lệnh Công nghiệp quốc phòng.",
            "2025-06-28",
            "legal",
            ["law_number", "effective_date_not_decision_date", "no_event"],
            decisions=[d("38/2024/QH15")],
            events=[],
        ),
        h(
            n(),
            "II. BỐ CỤC CỦA LUẬT\nLuật chia thành các chương về quy hoạch, quản lý sản xuất, tài chính và động viên công nghiệp.",
            "2024-08-01",
            "legal",
            ["law_intro", "caps_heading", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tài liệu giới thiệu Luật do Bộ Tư pháp phối hợp với Bộ Quốc phòng biên soạn, phục vụ phổ biến pháp luật năm 2024.",
            "2024-08-01",
            "legal",
            ["law_intro", "no_event"],
            organizations=["Bộ Tư pháp", "Bộ Quốc phòng"],
            events=[],
        ),
    ]
    # --- Electric and city buses: a supply contract with an island operator, technology and component contracts, Hanoi routes (S2, S17) ---
    rows += [
        h(
            n(),
            "Hòn Thơm đặt 42 buýt điện của Ngự Bình cho các tuyến nội đảo\n\nHợp đồng cung cấp được Tập đoàn Du lịch Hòn Thơm và Công ty CP Ô tô Ngự Bình ký sáng 20/11; lô 10 xe đầu đã lăn bánh ngay chiều cùng ngày.",
            "2025-11-21",
            "provincial",
            [
                "headline_lead",
                "buyer_first_in_text",
                "supply_contract",
                "headline_short_name",
                "deal_date",
                "count",
                "multiline",
            ],
            firms=[
                f("Hòn Thơm"),
                f("Ngự Bình"),
                f("Du lịch Hòn Thơm", "Tập đoàn"),
                f("Ô tô Ngự Bình", "Công ty CP"),
            ],
            quantities=[c(42, "buýt điện"), c(10, "xe")],
            deals=[deal("supply_contract", ["Ô tô Ngự Bình", "Du lịch Hòn Thơm"], None, None, "2025-11-20")],
            events=[
                ev("supply_contract", [F("Ô tô Ngự Bình"), F("Du lịch Hòn Thơm")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Nhà máy của Ngự Bình ở Huế đã làm ra khoảng 450 chiếc trong năm nay, phần lớn chạy ở Đà Nẵng và Khánh Hoà.",
            "2025-11-21",
            "provincial",
            ["nfd", "old_tone", "short_name", "output_no_deal", "approx", "count", "no_event"],
            provinces=[pv("Huế"), pv("Đà Nẵng"), pv("Khánh Hòa")],
            firms=[f("Ngự Bình")],
            quantities=[c(450, "chiếc", True)],
            events=[],
        ),
        h(
            n(),
            "Hòn Thơm cũng muốn thay toàn bộ xe điện chở khách tham quan bằng xe do Ngự Bình lắp trong hai năm tới.",
            "2025-11-21",
            "provincial",
            ["wish_no_deal", "short_name", "no_event"],
            firms=[f("Hòn Thơm"), f("Ngự Bình")],
            events=[],
        ),
        h(
            n(),
            "Hai hợp đồng – một về chuyển giao công nghệ mô tơ kéo, một về mua linh kiện truyền động – đã được Công ty CP Xe buýt Sông Hàn ký với Công ty TNHH Kessler Mobility Việt Nam hôm 14/6, mở đường cho dòng buýt điện 10,5 m.",
            "2019-06-15",
            "provincial",
            [
                "two_contracts_one_pair",
                "contract_first_passive",
                "supply_contract",
                "vietnam_dropped",
                "deal_date",
            ],
            firms=[f("Xe buýt Sông Hàn", "Công ty CP"), f("Kessler Mobility", "Công ty TNHH")],
            deals=[
                deal("supply_contract", ["Kessler Mobility", "Xe buýt Sông Hàn"], None, None, "2019-06-14")
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Kessler Mobility"), F("Xe buýt Sông Hàn")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "“Chúng tôi muốn đến năm 2022 quấn được mô tơ ngay tại Đà Nẵng”, ông Lưu Quang Hiển, Phó Tổng giám đốc Công ty CP Xe buýt Sông Hàn, nói.",
            "2019-06-15",
            "provincial",
            ["quote_first", "person_role_after", "no_event"],
            persons=[per("Lưu Quang Hiển", "Phó Tổng giám đốc Công ty CP Xe buýt Sông Hàn")],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Xe buýt Sông Hàn", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Đại diện hai doanh nghiệp tại lễ ký ở Đà Nẵng. Ảnh: SH",
            "2019-06-15",
            "provincial",
            ["photo_caption", "initials_credit", "parties_unnamed", "no_event"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Giá một chiếc buýt điện vẫn cao gấp đôi xe dầu cùng cỡ, trong khi Hà Nội mới có 11 tuyến chạy thử.",
            "2024-03-18",
            "ministry",
            ["nfd", "statistics", "count", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(11, "tuyến")],
            events=[],
        ),
        h(
            n(),
            "Chỉ tiêu vận hành của các tuyến này do Sở Giao thông vận tải Hà Nội duyệt tại Quyết định số 3108/QĐ-SGTVT (9/8/2022).",
            "2024-03-18",
            "ministry",
            ["decision_date_bracket", "province_in_org_name", "no_event"],
            organizations=["Sở Giao thông vận tải Hà Nội"],
            provinces=[pv("Hà Nội")],
            decisions=[d("3108/QĐ-SGTVT", "2022-08-09")],
            events=[],
        ),
    ]
    # --- Railway industry: localisation figures, rolling-stock makers, rail steel and the Hà Nội complex (S4, S5, S11, S18) ---
    rows += [
        h(
            n(),
            "Bốn mảng của công nghiệp đường sắt – phương tiện, tín hiệu, cấp điện và vật tư tuyến – hiện đều xoay quanh Tổng công ty Đường sắt Việt Nam (VNR).",
            "2025-04-29",
            "ministry",
            ["journal_feature", "acronym_bracket", "state_corporation", "no_event"],
            firms=[f("Đường sắt Việt Nam", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Đội phương tiện của VNR gồm khoảng 5.300 toa xe – chưa tới 1.000 trong số đó là toa khách – và 262 đầu máy, gần như tất cả chạy đường khổ hẹp.",
            "2025-04-29",
            "ministry",
            ["acronym_firm", "statistics", "count", "approx", "no_event"],
            firms=[f("VNR")],
            quantities=[c(5300, "toa xe", True), c(1000, "toa khách", True), c(262, "đầu máy")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Toa xe Hà Bắc ở phía Bắc và Công ty CP Cơ khí Đường sắt Sóng Thần ở phía Nam là hai xưởng lớn nhất đảm nhận đóng mới và đại tu.",
            "2025-04-29",
            "ministry",
            ["two_firms", "no_event"],
            firms=[f("Toa xe Hà Bắc", "Công ty CP"), f("Cơ khí Đường sắt Sóng Thần", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Toa xe hàng là mảng tự chủ nhất, với khoảng 85% giá trị làm trong nước; toa khách được 50 - 60%, còn đầu máy chỉ dừng ở phần bệ và vỏ, chừng 7% giá thành.",
            "2025-04-29",
            "ministry",
            ["localisation_rate", "percentage", "range_with_spaces", "no_event"],
            percentages=[85, 50, 60, 7],
            events=[],
        ),
        h(
            n(),
            "Ngoài ray, tà vẹt và phụ kiện, các doanh nghiệp trong nước đã làm được thiết bị tín hiệu đường ngang nhưng chưa sản xuất được ghi cho tuyến khổ 1.435 mm.",
            "2025-04-29",
            "ministry",
            ["no_firm", "gauge_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ai sẽ làm đoàn tàu cao tốc khi thép ray đã có chủ?\n\nĐỗ Minh 10/07/2025 05:00",
            "2025-07-10",
            "ministry",
            ["headline_byline", "timestamp_line", "multiline", "no_event"],
            persons=[per("Đỗ Minh", None)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy thép ray khoảng 12.800 tỷ đồng ở KKT Dung Quất sẽ do Tập đoàn Thép Hoàng Long tự bỏ vốn, theo ông Lã Đức Thịnh, Chủ tịch HĐQT tập đoàn.",
            "2025-07-10",
            "ministry",
            [
                "amount_first",
                "person_role_after",
                "lowercase_group_role",
                "announced_investment",
                "approx",
                "zone_no_province",
            ],
            persons=[per("Lã Đức Thịnh", "Chủ tịch HĐQT tập đoàn")],
            firms=[f("Thép Hoàng Long", "Tập đoàn")],
            money=[m(12800 * B, "VND", approx=True)],
            locations=[zone("Khu kinh tế Dung Quất")],
            deals=[deal("investment", ["Thép Hoàng Long"], 12800 * B)],
            events=[
                ev("investment_announcement", [F("Thép Hoàng Long")], 12800 * B, "VND", None, "announced")
            ],
        ),
        h(
            n(),
            "Khoảng 230 ha ở phía Nam Hà Nội đã được thành phố đề xuất dành cho tổ hợp công nghiệp đường sắt; chủ trương đầu tư, với hơn 16.900 tỷ đồng, đang chờ Chính phủ xem xét.",
            "2025-07-10",
            "ministry",
            ["proposal_no_deal", "complex_no_investor", "area", "approx", "no_event"],
            organizations=["Chính phủ"],
            provinces=[pv("Hà Nội")],
            money=[m(16900 * B, "VND", approx=True)],
            areas=[ha(230, True)],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Toa xe Hà Bắc vừa ký hợp đồng đóng mới 40 toa xe khách điều hòa cho Tổng công ty Đường sắt Việt Nam, trị giá khoảng 420 tỷ đồng, giao trong 18 tháng.",
            "2025-09-17",
            "ministry",
            ["supply_contract", "approx", "count", "duration_not_count"],
            firms=[f("Toa xe Hà Bắc", "Công ty CP"), f("Đường sắt Việt Nam", "Tổng công ty")],
            money=[m(420 * B, "VND", approx=True)],
            quantities=[c(40, "toa xe khách")],
            deals=[deal("supply_contract", ["Toa xe Hà Bắc", "Đường sắt Việt Nam"], 420 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Toa xe Hà Bắc"), F("Đường sắt Việt Nam")],
                    420 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Thân toa, giá chuyển hướng và nội thất do Hà Bắc tự làm; điều hòa, cửa tự động và hệ thống hãm vẫn mua của nhà cung cấp Đức và Trung Quốc.",
            "2025-09-17",
            "ministry",
            ["nfd", "short_name", "country_adjective", "no_event"],
            firms=[f("Hà Bắc")],
            locations=[country("Đức"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Defence-industry enterprises and their civilian lines: an interview, a plant profile, a law's effect, Viettel-type groups (S6, S7, S10, S15) ---
    rows += [
        h(
            n(),
            "Đại tá Trịnh Văn Khôi, Giám đốc Nhà máy Z164, cho biết chi tiết cơ khí của nhà máy nay đã có khách ở châu Âu và Nhật Bản, sau hơn sáu mươi năm kể từ khi còn là một xưởng quân giới nhỏ.",
            "2024-11-12",
            "ministry",
            ["interview", "military_rank_and_role", "plant_name_no_firm", "no_event"],
            persons=[per("Trịnh Văn Khôi", "Giám đốc Nhà máy Z164")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "PV: Khi đơn hàng quốc phòng ít đi, nhà máy lấy gì để giữ thợ, thưa đồng chí?",
            "2024-11-12",
            "ministry",
            ["interview_question", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đại tá Trịnh Văn Khôi: Máy để không một tháng là thợ quên tay, nên đơn hàng phụ tùng máy nông nghiệp dù lãi mỏng chúng tôi vẫn nhận.",
            "2024-11-12",
            "ministry",
            ["interview_answer", "military_rank_only", "no_event"],
            persons=[per("Trịnh Văn Khôi", "Đại tá")],
            events=[],
        ),
        h(
            n(),
            "Doanh thu xuất khẩu năm 2022 hụt gần 30% vì một khách hàng lớn cắt đơn, ông Khôi kể.",
            "2024-11-12",
            "ministry",
            ["unnamed_buyer", "surname_alone_no_person", "approx", "percentage", "no_event"],
            percentages=[30],
            events=[],
        ),
        h(
            n(),
            "CNQP&KT - Mô tơ điện, quạt công nghiệp và vỏ bình khí nén chiếm hơn nửa doanh thu của Công ty TNHH MTV Điện cơ 52 (Nhà máy Z152), một đơn vị của Tổng cục Công nghiệp quốc phòng.",
            "2023-09-28",
            "ministry",
            ["nfd", "journal_credit", "registered_name_bracket", "plant_name_no_firm", "no_event"],
            organizations=["Tổng cục Công nghiệp quốc phòng"],
            firms=[f("Điện cơ 52", "Công ty TNHH MTV")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền quấn mô tơ của Z152 được nâng cấp năm 2023. Ảnh: MINH ĐỨC",
            "2023-09-28",
            "ministry",
            ["photo_caption", "caps_photographer", "plant_code_no_firm", "no_event"],
            persons=[per("Minh Đức", None)],
            events=[],
        ),
        h(
            n(),
            "Có tháng năm 2023 dây chuyền của Z152 chỉ chạy 60% công suất vì giá thép tăng và khách trong nước giãn đơn.",
            "2023-09-28",
            "ministry",
            ["plant_code_no_firm", "percentage", "no_event"],
            percentages=[60],
            events=[],
        ),
        h(
            n(),
            "Trung tá Vũ Đình Hòa, Chủ nhiệm Chính trị nhà máy, nhớ lại những năm cán bộ, công nhân phải tự trồng rau, nuôi lợn để giữ người khi nhà máy mới chuyển về Thái Nguyên.",
            "2023-09-28",
            "ministry",
            ["history", "military_rank_and_role", "no_event"],
            persons=[per("Vũ Đình Hòa", "Chủ nhiệm Chính trị nhà máy")],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Phần lớn linh kiện, phụ tùng cho ô tô, xe máy vẫn phải nhập, nên giá trị gia tăng trong nước của nhóm chế biến, chế tạo còn thấp, bài viết nhận định.",
            "2022-06-09",
            "ministry",
            ["feature_text", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xe buýt rời dây chuyền lắp ráp của Tập đoàn Trường Hải Xanh tại Khu kinh tế mở Chu Lai (Quảng Nam). Ảnh: TTXVN",
            "2022-06-09",
            "ministry",
            ["photo_caption", "agency_credit", "zone_province_bracket", "no_event"],
            provinces=[pv("Quảng Nam")],
            firms=[f("Trường Hải Xanh", "Tập đoàn")],
            locations=[zone("Khu kinh tế mở Chu Lai")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp quân đội nộp ngân sách tăng 12%, Viettel chiếm phần lớn\n\n14/03/2018 10:05:00 AM\n\n(Canhsatbien.vn) - Khối doanh nghiệp do Bộ Quốc phòng quản lý đã hoàn thành kế hoạch năm 2017 dù thị trường viễn thông bão hòa.",
            "2018-03-14",
            "ministry",
            [
                "portal_feature",
                "headline_lead",
                "timestamp_line",
                "bare_brand",
                "site_credit",
                "percentage",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Quốc phòng"],
            firms=[f("Viettel")],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Trạm phát 5G, thiết bị bay không người lái và radar dân sự là những sản phẩm Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) chuyển từ công nghệ quốc phòng sang.",
            "2024-12-28",
            "ministry",
            ["blog_text", "acronym_bracket", "dual_use", "no_event"],
            firms=[f("Công nghiệp - Viễn thông Quân đội", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Góc nhìn của người viết\nChuyển công nghệ quân sự sang hàng dân dụng là con đường nhiều nước đã đi.",
            "2024-12-28",
            "ministry",
            ["blog_signoff", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lắp cụm bánh răng hộp số xe tải nhẹ ở Nhà máy Z127. (Ảnh: qdnd.vn)",
            "2025-06-30",
            "ministry",
            ["photo_caption", "site_credit", "plant_name_no_firm", "no_event"],
            events=[],
        ),
    ]
    # --- Shipbuilding: contracts, launches, engines and suppliers, the state corporation's restructuring (S8, S12, S14, S16) ---
    rows += [
        h(
            n(),
            "Phương Đông đặt 5 tàu hàng ở hai nhà máy phía Bắc\nNăm tàu hàng trọng tải 20.000 – 32.000 DWT của Tổng công ty Vận tải biển Phương Đông sẽ do Tổng công ty Đóng tàu Hồng Bàng và Công ty TNHH MTV Đóng tàu Cửa Cấm đóng, theo các hợp đồng hai nhà máy vừa ký với chủ tàu.",
            "2010-11-12",
            "ministry",
            [
                "headline_lead",
                "two_yards_one_buyer",
                "supply_contract",
                "buyer_first_in_text",
                "capacity_no_count",
                "headline_short_name",
                "count",
                "multiline",
            ],
            firms=[
                f("Phương Đông"),
                f("Đóng tàu Hồng Bàng", "Tổng công ty"),
                f("Đóng tàu Cửa Cấm", "Công ty TNHH MTV"),
                f("Vận tải biển Phương Đông", "Tổng công ty"),
            ],
            quantities=[c(5, "tàu hàng")],
            deals=[
                deal("supply_contract", ["Đóng tàu Hồng Bàng", "Vận tải biển Phương Đông"]),
                deal("supply_contract", ["Đóng tàu Cửa Cấm", "Vận tải biển Phương Đông"]),
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Đóng tàu Hồng Bàng"), F("Đóng tàu Cửa Cấm"), F("Vận tải biển Phương Đông")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Đặt tàu trong nước rẻ hơn khoảng 8% so với mua tàu cũ về hoán cải, theo tính toán của ông Phan Đức Lộc, Chủ tịch Hội đồng thành viên Tổng công ty Vận tải biển Phương Đông.\nTheo NLĐ",
            "2010-11-12",
            "ministry",
            ["person_role_after", "source_line", "percentage", "multiline", "no_event"],
            percentages=[8],
            persons=[
                per("Phan Đức Lộc", "Chủ tịch Hội đồng thành viên Tổng công ty Vận tải biển Phương Đông")
            ],
            firms=[f("Vận tải biển Phương Đông", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Hải Minh Star, tàu hàng rời 63.500 DWT của Công ty CP Vận tải biển Hải Minh, đã rời triền đà Công ty TNHH MTV Đóng tàu Cửa Cấm (Hải Phòng) chiều 23/12.",
            "2025-12-24",
            "provincial",
            ["launch_no_contract_word", "no_deal_without_contract_word", "capacity_no_count", "no_event"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Vận tải biển Hải Minh", "Công ty CP"), f("Đóng tàu Cửa Cấm", "Công ty TNHH MTV")],
            events=[],
        ),
        h(
            n(),
            "Bản thiết kế là của Nordwave Design (Phần Lan) và Công ty CP Thiết kế Tàu biển Sao Việt, hai bên lập liên doanh từ năm 2019; Đăng kiểm Việt Nam giám sát thi công.",
            "2025-12-24",
            "provincial",
            ["recalled_joint_venture", "country_bracket"],
            organizations=["Đăng kiểm Việt Nam"],
            firms=[f("Nordwave Design"), f("Thiết kế Tàu biển Sao Việt", "Công ty CP")],
            locations=[country("Phần Lan")],
            deals=[deal("cooperation", ["Nordwave Design", "Thiết kế Tàu biển Sao Việt"])],
            events=[],
        ),
        h(
            n(),
            "Ông Ngô Quang Vinh, Tổng giám đốc Tổng công ty Công nghiệp Tàu thủy Bạch Long, nói tiến độ bị dồn vì thép tấm về chậm gần hai tháng.",
            "2025-12-24",
            "provincial",
            ["person_role_after", "no_event"],
            persons=[per("Ngô Quang Vinh", "Tổng giám đốc Tổng công ty Công nghiệp Tàu thủy Bạch Long")],
            firms=[f("Công nghiệp Tàu thủy Bạch Long", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Toàn bộ vốn điều lệ của Cửa Cấm thuộc về Tổng công ty Công nghiệp Tàu thủy Bạch Long; nhà máy có từ năm 1971, khởi đầu là một bãi đóng thuyền gỗ.",
            "2025-12-24",
            "provincial",
            ["nfd", "subsidiary_profile", "shareholding_no_deal", "no_event"],
            firms=[f("Cửa Cấm"), f("Công nghiệp Tàu thủy Bạch Long", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Đội hàn của nhà máy nay chỉ còn 35 thợ có chứng chỉ, kỹ sư Đinh Bá Tùng, Phó Giám đốc Công ty Đóng tàu Hồng Bàng, cho biết.",
            "2025-03-14",
            "ministry",
            ["corporate_feature", "person_role_after", "title_before_name_no_role", "count", "no_event"],
            persons=[per("Đinh Bá Tùng", "Phó Giám đốc Công ty Đóng tàu Hồng Bàng")],
            firms=[f("Đóng tàu Hồng Bàng", "Công ty")],
            quantities=[c(35, "thợ")],
            events=[],
        ),
        h(
            n(),
            "Con tàu hàng đầu tiên sau sáu năm của Hồng Bàng đã được giao cho một chủ tàu tư nhân hồi tháng 8/2024.",
            "2025-03-14",
            "ministry",
            ["delivery_no_contract", "owner_unnamed", "short_name", "no_event"],
            firms=[f("Hồng Bàng")],
            events=[],
        ),
        h(
            n(),
            "Máy chính 'made in Vietnam' chờ vốn\nNhà máy động cơ thủy ở An Dương đã giao máy cho hơn chục con tàu, nhưng phần vốn nhà nước cam kết vẫn chưa về.",
            "2012-05-17",
            "ministry",
            ["headline_lead", "funding_request_no_deal", "bare_place_no_location", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH MTV Động cơ Thủy An Dương lắp máy chính theo bản quyền của một hãng châu Âu; dải công suất hiện lên tới 22.000 kW.",
            "2012-05-17",
            "ministry",
            ["company_profile", "licence_technology_no_deal", "power_no_count", "no_event"],
            firms=[f("Động cơ Thủy An Dương", "Công ty TNHH MTV")],
            events=[],
        ),
        h(
            n(),
            "Đến nay nhà máy đã giao 26 máy chính, nhưng phần vốn đối ứng hơn 700 tỷ đồng vẫn chưa được bố trí.",
            "2012-05-17",
            "ministry",
            ["count", "approx", "no_firm", "no_event"],
            money=[m(700 * B, "VND", approx=True)],
            quantities=[c(26, "máy chính")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy quân đội giao tàu khách cao tốc 860 chỗ cho tuyến Cát Bà\nCông ty TNHH MTV Đóng tàu Hồng Hà (Bộ Quốc phòng) vừa giao tàu Bạch Đằng Star cho một hãng tàu khách ở Hải Phòng; thân tàu nhôm dài 72,5 m được hàn hoàn toàn trong nước.",
            "2024-03-11",
            "ministry",
            [
                "headline_lead",
                "defence_shipyard_civil_vessel",
                "delivery_no_contract",
                "owner_unnamed",
                "org_bracket",
                "capacity_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Quốc phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Đóng tàu Hồng Hà", "Công ty TNHH MTV")],
            events=[],
        ),
    ]
    # --- Vietnamese news and features in the sample's shapes, continued: bus bodies, suppliers, localisation (S2, S5, S7, S14) ---
    rows += [
        h(
            n(),
            "Quảng Nam – Xưởng dập thân vỏ của Công ty CP Cơ khí Ô tô Tam Kỳ ở KCN Tam Thăng đã đưa tỷ lệ nội địa hóa dòng xe 47 chỗ lên 52%, theo báo cáo của công ty.",
            "2024-12-03",
            "provincial",
            ["dateline", "localisation_rate", "percentage", "capacity_no_count", "no_event"],
            provinces=[pv("Quảng Nam")],
            firms=[f("Cơ khí Ô tô Tam Kỳ", "Công ty CP")],
            percentages=[52],
            locations=[park("Khu công nghiệp Tam Thăng")],
            events=[],
        ),
        h(
            n(),
            "Xưởng dùng khoảng 180 robot hàn và dây chuyền sơn nhúng tĩnh điện, mỗi năm làm được 6.000 bộ thân vỏ.",
            "2024-12-03",
            "provincial",
            ["count", "approx", "capacity_no_count", "no_event"],
            quantities=[c(180, "robot hàn", True)],
            events=[],
        ),
        h(
            n(),
            "Theo ông Tạ Minh Trí, Giám đốc sản xuất của công ty, ghế hành khách, kính và bó dây điện đã mua được của 23 nhà cung cấp trong nước.",
            "2024-12-03",
            "ministry",
            ["person_role_after", "count", "no_event"],
            persons=[per("Tạ Minh Trí", "Giám đốc sản xuất của công ty")],
            quantities=[c(23, "nhà cung cấp")],
            events=[],
        ),
        h(
            n(),
            "Năm 2023, các hãng đóng thùng và lắp ráp xe khách trong nước bán ra khoảng 5.800 xe, giảm 14% so với năm trước do xe giường nằm bị siết.",
            "2024-02-08",
            "ministry",
            ["statistics", "approx", "percentage", "count", "no_event"],
            quantities=[c(5800, "xe", True)],
            percentages=[14],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Ô tô Kinh Bắc Xanh và Tập đoàn Shinhwa Coach (Hàn Quốc) đã ký thỏa thuận khung về chuyển giao công nghệ khung gầm xe buýt sàn thấp, ngày 27/2 tại Bắc Giang.",
            "2024-02-28",
            "provincial",
            ["framework_agreement_mou", "country_bracket", "signing_venue_not_site", "deal_date"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Ô tô Kinh Bắc Xanh", "Công ty CP"), f("Shinhwa Coach", "Tập đoàn")],
            locations=[country("Hàn Quốc")],
            deals=[deal("mou", ["Ô tô Kinh Bắc Xanh", "Shinhwa Coach"], None, None, "2024-02-27")],
            events=[ev("mou", [F("Ô tô Kinh Bắc Xanh"), F("Shinhwa Coach")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Hai bên chưa công bố giá trị thỏa thuận; phía Hàn Quốc cho biết sẽ cử 12 kỹ sư sang hỗ trợ trong năm đầu.",
            "2024-02-28",
            "provincial",
            ["nfd", "value_undisclosed", "count", "no_event"],
            locations=[country("Hàn Quốc")],
            quantities=[c(12, "kỹ sư")],
            events=[],
        ),
        h(
            n(),
            "Ảnh: Đại diện hai doanh nghiệp trao biên bản ký kết. Ảnh: Quang Vinh",
            "2024-02-28",
            "provincial",
            ["photo_caption", "photographer_credit", "no_event"],
            persons=[per("Quang Vinh", None)],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Chân vịt Hải Long ở Hải Phòng hiện đúc được chân vịt đồng đường kính tới 5,2 m, cung cấp cho khoảng 40% số tàu đóng mới trong nước.",
            "2023-06-21",
            "provincial",
            ["nfd", "supplier_profile", "approx", "percentage", "no_event"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Chân vịt Hải Long", "Công ty TNHH")],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Ngoài thép tấm và chân vịt, các xưởng nội thất tàu thuỷ ở Hải Phòng và Quảng Ninh đã làm được cabin, cửa kín nước và ống thông gió.",
            "2023-06-21",
            "provincial",
            ["old_tone", "no_firm", "no_event"],
            provinces=[pv("Hải Phòng"), pv("Quảng Ninh")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Nội thất Tàu thủy Bạch Long Vĩ vừa ký hợp đồng cung cấp trọn gói nội thất buồng ở cho 4 tàu hàng mà Cửa Cấm đang đóng, trị giá 38 tỷ đồng.",
            "2023-06-21",
            "provincial",
            ["supply_contract", "short_name", "count"],
            firms=[f("Nội thất Tàu thủy Bạch Long Vĩ", "Công ty CP"), f("Cửa Cấm")],
            money=[m(38 * B, "VND")],
            quantities=[c(4, "tàu hàng")],
            deals=[deal("supply_contract", ["Nội thất Tàu thủy Bạch Long Vĩ", "Cửa Cấm"], 38 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Nội thất Tàu thủy Bạch Long Vĩ"), F("Cửa Cấm")],
                    38 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Công ty TNHH Vỏ xe Buýt Hòa Liên dự kiến bỏ 1.150 tỷ đồng dựng nhà máy khung xương nhôm cho xe buýt điện ở KCN Hòa Ninh (Đà Nẵng), ông Kiều Văn Sang, Giám đốc công ty, cho biết.",
            "2025-06-06",
            "provincial",
            ["announced_investment", "province_bracket_after_park", "person_role_after"],
            persons=[per("Kiều Văn Sang", "Giám đốc công ty")],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Vỏ xe Buýt Hòa Liên", "Công ty TNHH")],
            money=[m(1150 * B, "VND")],
            locations=[park("Khu công nghiệp Hòa Ninh")],
            deals=[deal("investment", ["Vỏ xe Buýt Hòa Liên"], 1150 * B, cur("Đà Nẵng"))],
            events=[
                ev(
                    "investment_announcement",
                    [F("Vỏ xe Buýt Hòa Liên")],
                    1150 * B,
                    "VND",
                    cur("Đà Nẵng"),
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Nhà máy dự kiến chạy từ quý II/2027, mỗi năm cung cấp 3.000 bộ khung cho các hãng lắp ráp xe buýt trong nước và xuất sang Lào.",
            "2025-06-06",
            "provincial",
            ["timeline", "capacity_no_count", "buyers_unnamed", "no_event"],
            locations=[country("Lào")],
            events=[],
        ),
    ]
    # --- English copy: VNA, VOV, Reuters and VietnamPlus tag pages on buses; rail features; defence industry; shipbuilding reports (S17, S18, S19, S20) ---
    rows += [
        h(
            n(),
            "Song Han Bus JSC would run three more electric-bus routes in Da Nang under a plan the city's transport department has sent to the municipal authorities; the pilot would last 18 months.",
            "2021-04-02",
            "ministry",
            [
                "english_copy",
                "unaccented_english",
                "tag_page_blurb",
                "proposal_no_deal",
                "count_in_words",
                "no_event",
            ],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Song Han Bus", "JSC")],
            events=[],
        ),
        h(
            n(),
            "VOV.VN - Song Han Bus has started testing its low-floor electric model on a closed track at its Da Nang plant, ahead of passenger trials next spring.",
            "2021-04-02",
            "ministry",
            ["english_copy", "tag_page_blurb", "agency_prefix", "trial_run_no_event", "no_event"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Song Han Bus")],
            events=[],
        ),
        h(
            n(),
            "Da Nang bus maker inks two e-bus deals with German supplier Kessler\nSong Han Bus JSC signed contracts with Kessler Mobility Vietnam on June 14 for traction-motor technology and drivetrain components.",
            "2019-06-15",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "headline_short_name",
                "supply_contract",
                "vietnam_dropped",
                "deal_date",
                "multiline",
            ],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Kessler"), f("Song Han Bus", "JSC"), f("Kessler Mobility")],
            deals=[deal("supply_contract", ["Kessler Mobility", "Song Han Bus"], None, None, "2019-06-14")],
            events=[
                ev("supply_contract", [F("Kessler Mobility"), F("Song Han Bus")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "The motors will be wound in Da Nang from 2021, according to Luu Quang Hien, deputy general director of Song Han Bus JSC.-VNA",
            "2019-06-15",
            "ministry",
            ["english_copy", "unaccented_english", "person_role_after", "agency_credit", "no_event"],
            persons=[per("Luu Quang Hien", "deputy general director of Song Han Bus JSC")],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Song Han Bus", "JSC")],
            events=[],
        ),
        h(
            n(),
            "HANOI (Reuters) - Battery packs and motors for 150 electric buses will come from Kessler Mobility Vietnam, a unit of Germany's Kessler AG, under a contract signed with Hanoi Coachworks LLC, the bus maker said on Tuesday.",
            "2023-05-16",
            "ministry",
            [
                "english_copy",
                "wire_dateline",
                "supply_contract",
                "object_first_passive",
                "country_possessive",
                "vietnam_dropped",
                "count",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Kessler Mobility"), f("Kessler", "AG"), f("Hanoi Coachworks", "LLC")],
            quantities=[c(150, "electric buses")],
            locations=[country("Germany")],
            deals=[deal("supply_contract", ["Kessler Mobility", "Hanoi Coachworks"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Kessler Mobility"), F("Hanoi Coachworks")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            'Kessler Mobility Vietnam chief executive Dang Thai Son said city buses were "where electrification pays back fastest".',
            "2023-05-16",
            "ministry",
            ["english_copy", "person_role_before", "vietnam_dropped", "no_event"],
            persons=[per("Dang Thai Son", "Kessler Mobility Vietnam chief executive")],
            firms=[f("Kessler Mobility")],
            events=[],
        ),
        h(
            n(),
            "Its diesel coaches come from a plant in Hung Yen province that cost $120 million, the company said.\n(Reporting by Mai Lan; Editing by Tom Hardy)",
            "2023-05-16",
            "ministry",
            [
                "english_copy",
                "recalled_plant",
                "pronoun_firm_no_deal",
                "reporter_credit",
                "multiline",
                "no_event",
            ],
            persons=[per("Mai Lan", None), per("Tom Hardy", None)],
            provinces=[pv("Hưng Yên")],
            money=[m(120 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "In March, Kessler agreed to hand its coach-body workshop in Bac Ninh province to Hanoi Coachworks, which will also sell Kessler's city buses in Vietnam.",
            "2023-05-16",
            "ministry",
            ["english_copy", "recalled_acquisition", "possessive_firm", "no_event"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Kessler"), f("Hanoi Coachworks")],
            deals=[deal("investment", ["Hanoi Coachworks"], None, BN)],
            events=[],
        ),
        h(
            n(),
            "Manila will cut import duty on e-buses for models with at least 45% local content, the Philippine Department of Finance said.",
            "2025-10-21",
            "ministry",
            [
                "english_copy",
                "tag_page_blurb",
                "country_adjective_no_location",
                "localisation_rate",
                "percentage",
                "no_event",
            ],
            organizations=["Philippine Department of Finance"],
            percentages=[45],
            events=[],
        ),
        h(
            n(),
            "Lac Hong Motor's next $350 million in India will go to a Gujarat workshop for electric buses and three-wheelers, part of $1.2 billion it has pledged there.",
            "2025-10-21",
            "ministry",
            [
                "english_copy",
                "tag_page_blurb",
                "announced_investment_abroad",
                "possessive_firm",
                "country_in",
            ],
            firms=[f("Lac Hong Motor")],
            locations=[country("India")],
            money=[m(1.2 * B, "USD"), m(350 * M, "USD")],
            deals=[deal("investment", ["Lac Hong Motor"], 350 * M)],
            events=[ev("investment_announcement", [F("Lac Hong Motor")], 350 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Diesel buses are to vanish from the city's streets by 2031 under its clean-transport plan.",
            "2025-10-21",
            "ministry",
            ["english_copy", "tag_page_blurb", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Rail sovereignty: Hanoi sets 2045 goal for home-built trains\n22 May 2025\nReading time ~ 4 min\nCoach shells waiting for bogies at a northern works. Source: VnExpress",
            "2025-05-22",
            "ministry",
            ["english_copy", "trade_site", "headline_caption", "source_credit", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Urban lines alone will want about 1,400 cars by 2050, Vietnam Railways estimates, on top of some 6,800 freight wagons and 1,100 coaches for the national network.",
            "2025-05-22",
            "ministry",
            ["english_copy", "state_corporation", "count", "approx", "no_event"],
            firms=[f("Vietnam Railways")],
            quantities=[c(1400, "cars", True), c(6800, "freight wagons", True), c(1100, "coaches")],
            events=[],
        ),
        h(
            n(),
            "Truong Hai Xanh, best known for buses and trucks, has told the government it could assemble high-speed trainsets if chosen.",
            "2025-05-22",
            "ministry",
            ["english_copy", "readiness_no_deal", "no_event"],
            firms=[f("Truong Hai Xanh")],
            events=[],
        ),
        h(
            n(),
            "Domestic works have built roughly a thousand wagons and coaches for the operator over two decades, but shippers still rent container wagons from China.",
            "2025-03-27",
            "ministry",
            ["english_copy", "count_in_words", "country_from", "no_event"],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Of the track materials, sleepers are the one item made at home; rails and turnouts all arrive by sea.",
            "2025-03-27",
            "ministry",
            ["english_copy", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Wagon builder eyes Vietnamese plant\nVIETNAM: A memorandum of co-operation signed in Hanoi on November 14 between Volzhsky Vagon Works and Viet-Ru Development Bank sets out how the bank might finance a freight wagon works in the north of the country.",
            "2013-11-15",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "mou",
                "object_first",
                "signing_venue_not_site",
                "deal_date",
                "multiline",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Volzhsky Vagon Works"), f("Viet-Ru Development Bank")],
            deals=[
                deal("mou", ["Volzhsky Vagon Works", "Viet-Ru Development Bank"], None, None, "2013-11-14")
            ],
            events=[
                ev(
                    "mou",
                    [F("Volzhsky Vagon Works"), F("Viet-Ru Development Bank")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "You've reached your limit of content for the month\nRegister for free now",
            "2013-11-15",
            "ministry",
            ["english_copy", "paywall", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) - Domestic firms hope to supply sleepers, bridges and signalling for the Lao Cai - Hanoi - Hai Phong line, a project of about $8.3 billion that lawmakers cleared in February.",
            "2025-03-02",
            "ministry",
            [
                "english_copy",
                "dateline",
                "project_approval_no_investor",
                "route_provinces",
                "approx",
                "no_event",
            ],
            provinces=[pv("Lào Cai"), pv("Hà Nội"), pv("Hải Phòng")],
            money=[m(8.3 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "How the technology will be bought and absorbed is set out in the Government's Report No. 112/BC-CP to the legislature.",
            "2025-03-02",
            "ministry",
            ["english_copy", "report_number", "no_event"],
            decisions=[d("112/BC-CP")],
            events=[],
        ),
        h(
            n(),
            "VNR wants 230 ha in Hanoi for a rail works\nA first tranche of 16.9 trillion VND (640 million USD) would pay for shops able to build locomotives, coaches and signalling kit, the operator says.",
            "2025-07-08",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "proposal_no_deal",
                "area",
                "conversion",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("VNR")],
            money=[m(16.9e12, "VND"), m(640 * M, "USD")],
            areas=[ha(230)],
            events=[],
        ),
        h(
            n(),
            "Hoang Minh Khang, a deputy general director at Vietnam Railways, said no Vietnamese works could yet build an electric locomotive.",
            "2025-07-08",
            "ministry",
            ["english_copy", "person_role_after", "no_event"],
            persons=[per("Hoang Minh Khang", "deputy general director at Vietnam Railways")],
            firms=[f("Vietnam Railways")],
            events=[],
        ),
        h(
            n(),
            "Vietnam - Country Commercial Guide\nDefense and Security Sector\nMilitary outlays reached about USD 5.8 billion in 2019, some 2.2% of GDP, according to an institute in Stockholm.",
            "2024-01-30",
            "ministry",
            ["english_copy", "trade_guide", "statistics", "approx", "percentage", "multiline", "no_event"],
            money=[m(5.8 * B, "USD", approx=True)],
            percentages=[2.2],
            events=[],
        ),
        h(
            n(),
            "US makers of radars, patrol boats and spare parts may find openings, often by teaming with local defense firms.",
            "2024-01-30",
            "ministry",
            ["english_copy", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "At the expo, Deputy Minister of National Defence Pham Van Dinh (centre) tours the stand of the General Department of Defence Industry.",
            "2024-12-20",
            "ministry",
            ["english_copy", "photo_caption", "person_role_before", "no_event"],
            organizations=["General Department of Defence Industry"],
            persons=[per("Pham Van Dinh", "Deputy Minister of National Defence")],
            events=[],
        ),
        h(
            n(),
            "Senior Colonel Ngo Van Hai said every core defence factory now runs its lines to ISO standards and that automation had cut the number of workers at hazardous stages.",
            "2024-12-20",
            "ministry",
            ["english_copy", "military_rank_only", "no_event"],
            persons=[per("Ngo Van Hai", "Senior Colonel")],
            events=[],
        ),
        h(
            n(),
            "Hanoi sets out ten-year defence industry plan\nby Kate Moreland Jul 9, 2024\nDual-use technology and more work for civilian suppliers sit at the centre of a 2024-35 plan, the Ministry of National Defence (MND) said.",
            "2024-07-09",
            "ministry",
            ["english_copy", "headline_byline", "acronym_bracket", "multiline", "no_event"],
            organizations=["Ministry of National Defence"],
            persons=[per("Kate Moreland", None)],
            events=[],
        ),
        h(
            n(),
            "Civilian factories could be asked to make parts, electronics and vehicles for the armed forces, the notice added.",
            "2024-07-09",
            "ministry",
            ["english_copy", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "COUNCIL WORKING PARTY ON SHIPBUILDING\nTHE SHIPBUILDING INDUSTRY IN VIETNAM\nContact: Structural Policy Division, Mr. Peter Lindqvist. tel: +33 1 45 24 91 17",
            "2008-06-02",
            "ministry",
            ["english_copy", "report_header", "contact_line", "caps", "multiline", "no_event"],
            persons=[per("Peter Lindqvist", None)],
            events=[],
        ),
        h(
            n(),
            "Study of the Vietnamese Shipbuilding/Maritime Sector\nFinal report\nISBN 978-82-7548-611-8\nRotterdam, 28 June 2010",
            "2010-06-28",
            "ministry",
            ["english_copy", "report_cover", "isbn_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Five years of fast growth lifted Vietnam's yards into the world's top ten by orders, a reference site notes, even if the three leaders each build many times as much.",
            "2012-01-10",
            "ministry",
            ["english_copy", "reference_site", "ordinal_not_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bigger docks and design offices were needed once the state set its sights on 100,000-dwt bulkers, which is why foreign equipment makers flocked to the country.",
            "2012-01-10",
            "ministry",
            ["english_copy", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Equipment and machinery are still bought abroad; Vietnamese yards add labour, consumables and fittings, around a third of a ship's value, and planners want 60 per cent.",
            "2007-03-14",
            "ministry",
            [
                "english_copy",
                "localisation_target",
                "fraction_in_words",
                "per_cent_words",
                "percentage",
                "no_event",
            ],
            percentages=[60],
            events=[],
        ),
        h(
            n(),
            "Yards are too small and too spread out, Bach Long Shipbuilding Industry Corporation chairman Pham Xuan Tung told the fair.",
            "2007-03-14",
            "ministry",
            ["english_copy", "unaccented_english", "person_role_before", "corporation_kept", "no_event"],
            persons=[per("Pham Xuan Tung", "Bach Long Shipbuilding Industry Corporation chairman")],
            firms=[f("Bach Long Shipbuilding Industry Corporation")],
            events=[],
        ),
        h(
            n(),
            "Un potentiel de croissance pour la construction navale: the French-language service put Vietnam eighth worldwide, with 0.58% of global orders.",
            "2025-09-12",
            "ministry",
            ["english_copy", "french_headline", "ordinal_not_count", "percentage", "no_event"],
            percentages=[0.58],
            events=[],
        ),
        h(
            n(),
            "Lars Holm, who sells ship ventilation for Nordvent Systems, called Vietnam a market still finding its feet.",
            "2008-03-07",
            "ministry",
            ["english_copy", "person_of_firm_no_role", "no_event"],
            persons=[per("Lars Holm", None)],
            firms=[f("Nordvent Systems")],
            events=[],
        ),
    ]
    return rows
