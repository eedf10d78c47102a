# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 125 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: HVAC, air-conditioning and refrigeration equipment made in Việt Nam
and their parts (compressors, copper tubes, heat exchangers, fans; air-conditioner, freezer and fan plants, their
leases, openings and groundbreakings, and the fairs, standards and documents around them). Written and annotated for
every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches,
numbered S1-S20 in the section comments: S1 "nhà máy sản xuất điều hòa không khí Việt Nam đầu tư khu công nghiệp", S2
"nhà máy máy nén điều hòa vốn đầu tư triệu USD", S3 "ống đồng điều hòa nhà máy sản xuất Việt Nam", S4 "khánh thành nhà
máy điều hòa Daikin Hưng Yên", S5 "thiết bị lạnh tủ đông kho lạnh doanh nghiệp sản xuất Việt Nam", S6 "khởi công nhà
máy sản xuất quạt công nghiệp", S7 "bộ trao đổi nhiệt dàn nóng dàn lạnh nhà máy sản xuất", S8 "cơ điện lạnh REE doanh
thu lợi nhuận điều hòa Reetech", S9 "doanh nghiệp Nhật Bản đầu tư nhà máy linh kiện điều hòa Việt Nam", S10 "cấp giấy
chứng nhận đăng ký đầu tư dự án sản xuất thiết bị làm lạnh máy nén", S11 "máy lạnh nội địa hóa linh kiện doanh nghiệp
Việt điều hòa thương hiệu Việt", S12 "triển lãm HVAC điện lạnh Việt Nam hội chợ điều hòa thông gió", S13 "Điện cơ Thống
Nhất quạt điện nhà máy sản xuất", S14 "nhà máy ống đồng dây đồng khu công nghiệp vốn đầu tư", S15 "khánh thành nhà máy
tủ lạnh máy giặt điều hòa Bình Dương", S16 "tập đoàn Trung Quốc Hàn Quốc tăng vốn nhà máy điều hòa máy nén Việt Nam",
and in English S17 "Vietnam air conditioner factory investment million", S18 "compressor plant Vietnam Japanese
manufacturer production", S19 "copper tube heat exchanger factory Vietnam", S20 "HVAC refrigeration exhibition Vietnam
cold chain equipment fans". No sentence is taken or paraphrased from a page; the shapes are. Firm, park, brand, outlet
and person names are invented (Kazeyama Industries / Kazeyama Air Conditioning (Việt Nam) and its park landlord Công ty
TNHH Khu công nghiệp Hưng Thịnh II / Hung Thinh II Industrial Park Company, Marunaka Corporation, Bac Ha Steel Group,
Đồng Kim Phát, Quạt công nghiệp Hàn Giang, Sino Luster Metals International, Daesan Climate, Aoba Reiki, Aqualo, Điện
lạnh Nam Phong, the freezer brands Hải Âu, Tuyết Sơn, Bắc Cực and Mekong Cool, Cơ điện lạnh Sao Nam (SNM), Thủy điện Đăk
Rinh Thượng, Chứng khoán Hanseong, Chứng khoán Bảo Tín, Kỹ thuật Nhiệt lạnh An Khang, Hamazaki Motor, Tokumaru Seiki,
Kanda Optical, Shiroyama, Ống đồng Hải Xương, Hengrui, Nordvarme, Keystone Bearing Company, the parks Hưng Thịnh II,
Phổ Phong Tây, the outlets "Saigon Kinh tế", "Báo Sông Hàn", "Kinh tế Mới", "SEIKO-ZAI Japan", and every official,
director, analyst, student, inventor, author, byline and photographer); well-known names (Google, Gree, Carrier,
Reuters, Nikkei, VnExpress International, BizLIVE, Jiji, Vietnam+, Tổng cục Thống kê, Bộ Công Thương, Chính phủ, the
World Economic Forum and the China Refrigeration Expo) appear only in sentences of our own, with figures, dates and
places changed.

What the sample looked like (80 result slots; one kuwin keyword-salad page came back 11 times, a Japanese AC maker's
land lease and plant near Hanoi 14 times across Vietnamese, English and Japanese tellings, and the English searches
returned the same few stories or patents): 27 slots were spam (the kuwin salad and four other lottery domains, Polish
and Italian domain slugs with Vietnamese keyword strings, a half-unaccented detergent-formula page; 12 distinct pages);
10 were title and tag pages (a solar vendor's heat-pump question titles four times, a design standard's download title
twice, legal-advice and law-firm tags on food-safety certificates, a legal portal's decision title); 5 were vendor pages
and explainers (a chiller vendor's site with a visitor counter, dated title, numbered contents and "PREV/NEXT" twice, a
Chinese tube vendor's machine-translated explainer, a tax agent's explainer on the investment registration certificate
with footnoted statistics and a legal-basis list, an English engineer's blog on cascade refrigeration); 5 were document
stores (a broker's update on an M&E and power group with its header table and a consolidation, a student valuation
report's cover, group list and contents, a stock site's broker note with segment bullets and a pipe table, a thesis on
Japanese FDI in broken OCR with recalled investments by province and a table one cell a line, a thesis on Korean
chaebol with its contact header); 4 were a Chinese copper-tube article and three patent pages (assignees, inventors,
authority lines, legal-status boilerplate); 1 was a Japanese wire note on the AC plant's opening (read for its shape and
rendered here in Vietnamese); 17 were Vietnamese news (the lease story told by a stock-news site three times with a
caption printed twice, a byline and the outlet's domain, a consumer portal's copy twice with image junk and a company
history, a business site with "MỚI NHẤT! / Đọc nhanh >>" chrome, a date line and a caption naming two general directors;
a business weekly's FDI overview twice with related links; a news agency on the same maker's plant in China with glued
words and a teaser list; an interview on "Made by Vietnam" twice; a magazine's one-line market blurb; a business site on
local freezer brands with a director's quote; a trade association's repost of a Hong Kong rolling-mill plan with its
source line and dated links; a daily's steel-pipe plant opening with a caption printed twice and a teaser; a Đà Nẵng
paper's brick-plant groundbreaking with a caps dateline, "H." district and an association chairman's view; a business
site on a Korean group's pledge at Davos with an image file name); 11 were English (an online daily's international
edition on the plan twice, a news agency's two-line item on the park's expansion and the lease, a Japanese metalworking
portal twice, a business daily's steel group opening an appliance plant, a business portal's plan story with a wire
photo, a home-appliance trade site on the opening, a US trade weekly and an appliance magazine on China's refrigeration
fair, a cold-chain blurb). About 22 of the 80 slots told a deal or an event with a named party: the AC plant's plan with
its amount, the land lease with the park company and the opening (most of them, several times each), a park owner's
expansion, a steel group's appliance plant opening with its cost, a steel-pipe plant opening with its cost, a brick
plant's groundbreaking, a Hong Kong plan without amount, a Korean group's pledge and its first subsidiaries, a thesis's
recalled investments. No supply contract, no acquisition, no licence round and no joint venture came up in any first
four (the licence search returned tags and an explainer, the compressor and heat-exchanger searches spam, titles and
patents), so the batch has none.

Rows: 160 (hand-38001 to hand-38160); 26 carry a deal or an event (16%, fewer than the sample's share because the AC
plant's many tellings are one story and the spam, titles and patents carry none): 22 events (11 investment
announcements, 7 inaugurations, 3 cooperation, 1 groundbreaking) and 23 `deals` entries (19 investment, 3 cooperation,
1 groundbreaking); 5 rows hold only deals without events (hand-38054, 38055 and 38060 the thesis's recalled
investments, 38125 a recalled first subsidiary, 38137 a plant's cost after its opening) and 5 an event without a deal
(openings without capital: 38070, 38115, 38133, 38136, 38144). 134 rows are negatives and other fields. By page kind:
20 rows of spam salads and slugs (38001-38020; 0 with a deal or event), 12 of title and tag pages (38021-38032; 0), 11
of vendor pages and explainers (38033-38043; 0), 18 of document stores (38044-38061; 3), 8 of patent pages and the
Chinese article (38062-38069; 0), 2 of the Japanese wire rendered in Vietnamese (38070-38071; 1), 54 of Vietnamese news
(38072-38125; 10) and 35 of English news and blogs (38126-38160; 12); 40 rows are English (`english_copy`, 25%,
counting the five patent rows). 10 rows are stored in NFD (hand-38043, 38075, 38078, 38085, 38096, 38100, 38105, 38115,
38116, 38123); 5 use old tone placement (38008 "hoá", 38026 "điều hoà", 38034 and 38035 "toả", 38099 "điều hoà"); 56
hold several lines (headlines and leads, page chrome, captions printed twice, bylines, related links, covers, lists,
tables, patent metadata).

Own wording: every row was drafted in its own order and wording (amount-first, site-first, object-first, passive,
reported speech, split rows) with changed figures, names, dates and places, and no page was open while a row was
written; on review against the notes taken from the sampled pages, about 75 drafts were rewritten from scratch because
they still kept a page's clause order or wording (among them the lease story's background, schedule, project line,
dealer line and history; the FDI overview's lead, links and statistics; the interview's lead, question and answer; the
freezer story's sapo, brand list, quote and retailers' line; the thesis's investment list; the broker notes' lines; the
patent boilerplate and the Soviet patent's first line; the Chinese article's figures and process chain; nearly every
English row), and the places of the sampled stories were moved (the AC plant and its park from Hưng Yên to Bắc Ninh, the
appliance plant from Hà Nam to Hải Dương, the pipe plant's opening from Bình Định to Quảng Ngãi and from steel to copper
tube, the groundbreaking from Đà Nẵng's Hòa Vang to Quảng Nam's Duy Xuyên and from bricks to fans, the Hong Kong plan
from Hậu Giang to Long An and from steel to copper tube, the thesis's and the Korean group's provinces). Dropped: two
English drafts (a Chinese maker's overseas orders at the fair and the Japanese portal's "first full-scale factory" line)
to keep the English share at the sample's; one heat-pump title ("... vận hành ra sao?") was replaced because only a
result ranked 5 (S7 r5) gave that question. Nothing was used from ranks 5-8, among them: a business site's retelling of
the lease with both general directors (S1 r5, S2 r6; used from S4 r4) and a Japanese page on the plan (S1 r6, S4 r6,
S17 r6), a news
agency's China plant story (S2 r7, S4 r7 and S9 r3 in the first four, used from there), a magazine's market blurb
(S1 r8, S2 r8; used from S11 r3), heat-pump titles and a heat-pump explainer (S7 r5, S3 r6, S12 r6-r7), a steel-pipe
group's Hà Nam groundbreaking and a Chinese copper-tube maker's new plant (S14 r7-r8), brick-plant and farm-produce
project documents and a food company's energy essay (S6 r5, S6 r7, S13 r5, S14 r6), a Japanese prefecture's investors'
talk, Japanese tech firms leaving China and an institute's Covid paper (S9 r5, S9 r7-r8), cheap-AC and "AC giants"
features (S11 r5-r6), Korean chaebol and group profiles and a Korea-China FDI feature with a joint venture and licences
(S16 r5-r8), a business weekly's AC-vendors story with a licence and a licence withdrawal (S17 r7), a Japanese
heat-exchanger maker's plant in central Việt Nam, a compressor line in China and a car-AC compressor joint venture in
China (S18 r5-r8), more patents and a tube vendor (S19 r5-r8), an Italian fair note, a Chinese-language report on a US fair, a university
symposium on HCFC phase-out and a pharma warehouse's propane chillers (S20 r5-r8), legal downloads and tags (S10 r5-r8)
and more spam.

Conventions: exactly those of batches 10 and 12-124 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a named firm's plan, budget or plant to be built is an announced investment, undated; an opening with
its capital is an investment deal and an inauguration "completed", without capital the event only; a held groundbreaking
is a groundbreaking deal and event "started", dated with its day; a lease with a park developer is a cooperation deal
and event with the developer first (batch 87); recalled plants and spending are deals without events; running totals,
pledges of unnamed projects, wishes and plants abroad give no deal; "near Hanoi"/"gần Hà Nội" is a mention, not a site
(batches 119, 122); vague amounts are none; "khoảng", "chừng", "hơn", "gần", "ước", "~", "about", "some", "roughly",
"over", "more than", "just over" are approximate, "tương đương" is not; money per unit keeps its unit ("đồng/cp", "a
year"); bracketed conversions are both money, the deal's amount the first written; capacities, outputs, pallets,
distances, durations, ordinals, page counts and counts in words are no counts, English counts keep their English noun;
m2, "ngàn m2" and ha are areas; Vietnamese legal forms are normalised ("Công ty cổ phần", "CTCP", "Cty CP" -> "Công ty
CP"), foreign ones kept as written ("Ltd.", "Co Ltd", "AS", "Joint Stock Company" -> "JSC"), "Group", "Corporation" and
"Company" stay in the name, "Việt Nam"/"Vietnam" and "(Vietnam)" are dropped from a foreign subsidiary's name and from a
caps Vietnamese name, a bracketed ticker or acronym is no second firm, a short name in the same row is its own entry
(batch 120); Vietnamese country words and English country nouns and possessives ("Japan's", "China's", "U.S.-based")
are countries, English adjectives ("Japanese", "Thai-made", "Chinese") and "Việt Nam"/"Vietnam" none, a country inside
a name none; regions and foreign cities and provinces ("Đông Nam bộ", "miền Bắc", "Đông Bắc Á", "Osaka", "tỉnh Chiết
Giang", "Shanghai", "BEIJING") nothing; parks written in Vietnamese are locations, English parks none; districts need
"huyện"/"quận"/"thị xã" or "H." (batches 18, 76, 109); full-name bylines and authors are persons without role, outlets,
agencies and credits ("(Saigon Kinh tế)", "TP -", "TPO -", "(Tổ Quốc)", "BizLIVE -", "(Photo: Reuters)", "Ảnh: Báo Đầu
tư", "Vietnam+", "Jiji", "Nikkei Asian Review") nothing; a role keeps its text as written; "PGS.TS", "ThS." are no roles,
cover labels ("GVHD") are; tickers, prices in a report header, index points, phone numbers and student ids nothing;
lower-case names and provinces in spam salads nothing (batches 48, 99); old tone placement is normalised in the gold.
Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- The AC plant's headline and lead in one row (hand-38072: "Nhà máy điều hòa 101,5 triệu USD của Kazeyama sẽ mọc ở Bắc
  Ninh / Hợp đồng thuê đất cho dự án vừa được Công ty TNHH Khu công nghiệp Hưng Thịnh II ký với Công ty cổ phần Kazeyama
  Air Conditioning (Việt Nam)") give the headline's announced investment and the lead's lease (a cooperation deal and
  event, developer first), both sited by the headline's province; the landlord named after its park is a firm, and a park
  inside a firm's name is no location, while the park written alone (38075, 38083, 38084) is one.
- A lease with only the tenant named ("đã thuê đất trong KCN Hưng Thịnh II theo hợp đồng ký ngày 3/8/2016", 38083) gives
  no deal (one party, as batch 124's one-party EPC headline); captions on "trao hợp đồng" (38073, 38084) refer back to
  the lease, no second deal; the NFD lease row "Sáng 3/8, hợp đồng thuê ... đã được A ký với B" (38078) is dated
  2016-08-03 and has no province (none in the row); the English "was signed on Monday between A and B" (38132) is undated.
- "tập đoàn mẹ Kazeyama sẽ dựng nhà máy" with "Với 11 tỷ yên (khoảng 101,5 triệu USD)" first (38075) is an announced
  investment in JPY, the lower-case "tập đoàn" no form; the project's amount without a firm (38079, 38116, 38119, 38141)
  is money only.
- Openings without capital: the Japanese wire's "làm lễ khai trương hôm 21 cho nhà máy điều hòa ở vùng ven Hà Nội"
  (38070), the portal's headline "completes room air conditioner plant in Vietnam" (38133), "appliances are now coming
  off a new line at Bac Ha Steel Group" under a "HANOI --" dateline (38136) and "Kazeyama Air Conditioning Vietnam has
  completed its new factory" near "the capitol city of Hanoi" (38144): inaugurations without site or date; the
  non-native "made announcement on May 21, 2018 that its local subsidiary finished the plant ... About 9 billion yen is
  invested" (38134) is an investment deal and an inauguration in JPY, undated (an announcement date, batch 122).
- A plant's cost told amount-first after the opening with the maker as source ("More than 1.1 trillion dong ($47.5
  million) went into the Hai Duong province factory, Bac Ha said", 38137) is a deal without event sited in Hải Dương
  (now Hải Phòng), as batch 124's "put $47.6 million into the facility".
- A site picked for a plan ("Hung Thinh II Industrial Park in Bac Ninh province, some 30 km from Hanoi, has been picked
  for the plant", 38128) is an announced investment without amount sited in Bắc Ninh; "pushed ... Kazeyama Industries,
  Ltd. toward its Vietnamese plant plan" (38140) and the headline-plus-lead plan (38139) are announced without amount or
  site, the headline-plus-lead giving one deal of the lead's fuller name with both names as firm mentions; the park
  owner's expansion told in the passive ("Over 12 billion yen ... has been earmarked by Japan's Marunaka Corporation to
  enlarge Hung Thinh II Industrial Park", 38131) is the owner's announced investment sited in Bắc Ninh.
- A headline pricing an opening and a caption naming the group at its line (38114) is one investment deal and an
  inauguration with the amount, undated and unsited (batch 120); the lead told in the passive with the plant's name
  (38115) is the inauguration without capital, sited in Quảng Ngãi; "thị xã Đức Phổ" is a district, the ward nothing,
  "Đoàn lãnh đạo tỉnh" nobody.
- A groundbreaking under a caps dateline ("(Báo Sông Hàn) - QUẢNG NAM – Lễ động thổ xưởng quạt ... của Cty CP Quạt công
  nghiệp Hàn Giang diễn ra sáng 16-5 tại xã Duy Sơn, H. Duy Xuyên", 38118) is dated 2019-05-16 and sited in Quảng Nam's
  current unit; the bare "Duy Xuyên" in the headline gives nothing, "32 ngàn m2" is 3.2 ha.
- A plan named with place first and the investor's country in brackets ("Ở tỉnh Long An, công ty Sino Luster Metals
  International (Hong Kong) định dựng nhà máy ...", 38112) is an announced investment without amount sited in Long An (now
  Tây Ninh); "Hong Kong" spelt in English inside Vietnamese text is a country like "Hồng Kông"; the headline's unnamed
  investors give none.
- A group's pledge told amount-first for plants in three provinces ("Thêm 1,5 tỷ USD là khoản Daesan cam kết rót vào Việt
  Nam, chủ yếu để mở rộng các nhà máy ở Bắc Ninh, Hải Phòng và Bình Dương", 38123) is an announced investment without
  site; its running total "đã đưa hơn 2,6 tỷ USD vào Việt Nam" (38122) none; "Năm 2008, công ty con đầu tiên của Daesan
  mở xưởng máy nén ở tỉnh Bắc Ninh" (38125) the parent's recalled investment (the unit unnamed); "một cuộc gặp có Thủ
  tướng dự" no person.
- A Japanese compressor maker's plant in China (38090-38092) gives no deal (no site in Việt Nam); "Khoảng 16 tỷ yen" its
  money, "chừng 3.500 công nhân người địa phương" a count.
- The OCR thesis's recalled investments, including the amount-first "Hơn 260 triệu USD là số vốn Shiroyama Việt Nam đã
  bỏ vào Vĩnh Phúc" (38054, 38055, 38060), are deals without events sited in the provinces named (batch 121); "Thành phố
  Hố Chí Minh" is read as TP.HCM.
- Broker documents: header prices ("Giá mục tiêu: VND 86,400", "Thị giá (11/03/2022, VND) 73,100") are share prices and
  nothing (batch 122), the prose target "78.500 đồng/cp" is money per "cp" and "thị giá 71.200 đồng" plain money (batch
  124); "Vốn hóa (tỷ đồng) 22,640" and "3,104 tỷ đồng" are comma thousands; "~5.900 tỷ đồng" approximate; pipe-table
  figures without unit nothing; consolidating a hydro company (38046) gives the firm, no deal; "Upside +18.2%" a
  percentage.
- Patent pages (new shape): inventors are persons without role, assignees firms with their foreign forms as written ("Co
  Ltd", "AS"), "Individual" nothing; the Authority line's "China"/"United States" is a country; the site name "Google
  Patents" is nothing, but the boilerplate "Google has made no legal analysis" names the firm (38063); a Soviet institute
  assignee is an organisation, Leningrad in its name nothing; publication numbers and classification lines nothing.
- A Chinese trade article rendered in Vietnamese (38066-38069): the author is a person without role, the affiliation a
  firm, the Chinese city, province and postcode nothing.
- Brands: freezer makers' names on shelves (38103) and the market entrant Aqualo (38099-38100) are firms; "Gree (China)
  and Carrier (USA)" firms with countries; "Made in Vietnam", "C/O", "Vision 22", standards ("TCVN 6104-2:2015") nothing.
- A chiller vendor's caps header "CÔNG TY TNHH KỸ THUẬT NHIỆT LẠNH AN KHANG VIỆT NAM" is the firm in its usual spelling
  without "Việt Nam"; its section label "Chiller An Khang" is no firm; visitor counters are no counts.
- Counts: "1.652 dự án FDI(2)" and "98.417(1) doanh nghiệp mới" keep their nouns across the footnote (batch 121);
  "1.400 công nhân", "450 công nhân", "120 lao động địa phương", "gần 8.000 người", "9 dây chuyền kéo ống", "2 dây
  chuyền cuốn cuộn", "1,400 employees", "just over 38,000 visitors", "32 centers" and "26 cold-storage projects" are
  counts; "lên 32" without a noun, "gấp ba", "ba lĩnh vực", "five halls", "three continents", "one in five", "450,000
  units", "1.9 million pallet positions" and "30 km" none.
- English persons: "Bac Ha Steel Group chairman Tran Quoc Dung" keeps the role as written; "Zhou Ming of Keystone
  Bearing Company" has no role, the firm keeps "Company"; "by Grace Lin" is a byline person; "Phó chủ tịch Lee Sang-woo"
  keeps the role before the name; "ông Khiêm" alone is no person.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_125(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BN = cur("Bắc Ninh")
    QNg = cur("Quảng Ngãi")
    QNa = cur("Quảng Nam")
    LA = cur("Long An")
    HD = cur("Hải Dương")
    VP = cur("Vĩnh Phúc")

    ids = iter(range(38001, 38001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads and foreign-domain slugs (S1 r1 and its ten repeats, S5 r3, S11 r2 and its repeats, S12
    # r4, S15 r4, S2 r4, S5 r1, S6 r1, S6 r3, S13 r2, S15 r2: 27 of the 80 slots, 12 distinct pages) ---
    rows += [
        h(
            n(),
            "kuwin hồ điều hòa xanhthay bình ắc quy xe tay gabảng xếp hạng la ligabùi quang trạc",
            "2024-05-11",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_name_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin máy lạnh kêu to ban đêmsoi kèo ngoại hạng anhxổ số vĩnh long thứ sáu",
            "2024-06-02",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin quạt hơi nước hay điều hòa tiết kiệm hơnđề thi toán lớp 9 hải dươngnhà đất thủ đức hạ giá",
            "2024-07-19",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xsmb thứ baống đồng điều hòa giá bao nhiêu 1 métlô gan miền bắc lâu chưa về",
            "2024-08-27",
            "ministry",
            ["spam_keywords", "run_together_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin top 10 nhà cái uy tínnạp gas tủ lạnh tại nhàlịch thi đấu c1đặng thị mỹ duyên",
            "2024-09-03",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_name_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin dàn nóng điều hòa để ngoài nắng có saokhu đô thị mới bắc ninhcông thức tính diện tích hình thang",
            "2025-01-14",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tủ đông mini giá rẻxsdn hôm nayphương pháp bắt bạch thủ lô",
            "2024-12-08",
            "ministry",
            ["spam_keywords", "run_together_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "98win công thức hoá học của gas lạnh r32khu tái định cư an phúthẻ cào viettel 50k",
            "2025-02-20",
            "ministry",
            ["spam_keywords", "run_together_words", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin ngủ điều hòa hay ngủ quạt tốt cho trẻbxh hạng nhất quốc giachung cư cầu giấy giảm sâu",
            "2024-04-30",
            "ministry",
            ["spam_keywords", "run_together_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhà máy máy nén piston quy trình chi phí chỉ số trung quốc giá xuất xưởng",
            "2023-10-05",
            "ministry",
            ["foreign_domain_slug", "lowercase", "country_word_in_slug_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá thấp nhất dây chuyền mới hướng dẫn sản xuất kem que công nghiệp tủ cấp đông",
            "2023-06-18",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí dự án xưởng quạt hướng trục quy mô nhỏ thụ hưởng",
            "2023-09-12",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tháp giải nhiệt nhà máy quá trình biểu tượng nguyên lý làm việc",
            "2023-11-21",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy trình hàn ống đồng dàn ngưng pdf Mẫu miễn phí",
            "2022-03-06",
            "ministry",
            ["foreign_domain_slug", "title_case_slug", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công thức dung dịch vệ sinh dàn lạnh 9 cong thuc cac buoc quy trinh nguyen lieu hoa chat san xuat dung dich tay rua",
            "2023-02-02",
            "ministry",
            ["spam_line", "half_unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xsmt thứ tư kiến thiếtxó số mtmáy lạnh inverter 1.5hp giá",
            "2024-10-16",
            "ministry",
            ["spam_keywords", "run_together_words", "garbled_word", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin lịch nghỉ lễ 2/9 điện máy xanhtủ mát 2 cánh cũđặc biệt tuần theo tháng",
            "2024-08-25",
            "ministry",
            ["spam_keywords", "run_together_words", "store_name_in_salad_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhà máy đúc đồng chi phí thấp máy cán ống mao dẫn",
            "2023-07-09",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    rows += [
        h(
            n(),
            "kuwin vệ sinh điều hòa tại nhà giá rẻsoi cầu bạch thủ miền namtrần minh khang",
            "2024-11-02",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_name_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tủ lạnh side by side cũxsmn chủ nhậtkết quả u23 châu á",
            "2025-03-09",
            "ministry",
            ["spam_keywords", "run_together_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Title, tag and one-line pages: a solar vendor's heat-pump titles (S2 r2, S7 r2-r4), a download site's standard
    # (S3 r3, S12 r2), legal-advice and law-firm tags (S5 r4, S10 r1, S10 r3), a legal portal's decision title (S10 r4) ---
    rows += [
        h(
            n(),
            "Máy bơm nhiệt công nghiệp có thật sự rẻ hơn lò hơi? Bài toán chi phí vận hành",
            "2022-07-14",
            "ministry",
            ["title_page", "question_title", "vendor_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bơm nhiệt nước nóng khác bình nóng lạnh ở điểm nào? Bảng so sánh nhanh",
            "2022-07-14",
            "ministry",
            ["title_page", "question_title", "vendor_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Heat pump là gì và vì sao khách sạn chuộng dùng? Ưu, nhược điểm cần biết",
            "2022-07-15",
            "ministry",
            ["title_page", "question_title", "vendor_blog", "mixed_language", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lắp bơm nhiệt cho trại gà cần bao nhiêu kW? Cách tính nhanh",
            "2022-07-15",
            "ministry",
            ["title_page", "question_title", "vendor_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TCVN 6104-2:2015 Hệ thống lạnh và bơm nhiệt - Yêu cầu về an toàn và môi trường - Thiết kế, chế tạo, thử nghiệm",
            "2021-05-03",
            "legal",
            ["title_page", "standard_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tải miễn phí TCVN 5687 bản 2024: thông gió, điều hoà không khí - tiêu chuẩn thiết kế (pdf)",
            "2024-11-08",
            "legal",
            ["title_page", "download_site", "standard_no_decision", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục xin giấy phép nhập khẩu môi chất lạnh HCFC",
            "2023-03-27",
            "legal",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận kiểm định an toàn bình chịu áp lực máy nén khí",
            "2023-03-27",
            "legal",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ cấp lại GCN cơ sở đủ điều kiện ATTP cho kho lạnh bảo quản thủy sản",
            "2022-12-01",
            "legal",
            ["tag_page", "law_firm", "acronyms_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 2741/QĐ-BKHCN 2020 công bố thủ tục hành chính lĩnh vực tiêu chuẩn đo lường chất lượng",
            "2020-10-02",
            "legal",
            ["title_page", "legal_portal", "decision_year_no_date", "no_event"],
            decisions=[d("2741/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "quy chuẩn kỹ thuật quốc gia về an toàn hệ thống lạnh Lưu trữ",
            "2023-04-10",
            "legal",
            ["tag_page", "archive_suffix", "no_fields", "no_event"],
            events=[],
        ),
    ]
    rows += [
        h(
            n(),
            "đăng ký kinh doanh ngành lắp đặt hệ thống điện lạnh Lưu trữ",
            "2023-05-18",
            "legal",
            ["tag_page", "archive_suffix", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A chiller vendor's site with its counter and contents (S3 r2, S12 r3), a Chinese tube vendor's machine-translated
    # explainer (S3 r4), a tax agent's explainer on the investment registration certificate (S10 r2) ---
    rows += [
        h(
            n(),
            "CÔNG TY TNHH KỸ THUẬT NHIỆT LẠNH AN KHANG VIỆT NAM\nThống kê truy cập\nSố lượt truy cập 512.904\nTổng số Thành viên 0\nSố người đang xem 184",
            "2021-09-22",
            "ministry",
            [
                "vendor_site",
                "caps_firm",
                "vietnam_suffix_dropped",
                "visitor_counter_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Kỹ thuật Nhiệt lạnh An Khang", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Chiller An Khang\nCách tính tải lạnh cho nhà xưởng không cần phần mềm\n\nĐăng ngày: 22/09/2021 08:15\nNội dung bài viết 1 Tính tải lạnh thủ công 1.1 I. CÂN BẰNG NHIỆT CHO KHÔNG GIAN 1.1.1 A. Nhiệt hiện 1.1.2 B. Nhiệt ẩn 1.2 II. NGUỒN NHIỆT BÊN TRONG 1.2.1 a) Nhiệt toả từ động cơ",
            "2021-09-22",
            "ministry",
            [
                "vendor_site",
                "product_brand_no_firm",
                "date_line",
                "numbered_contents",
                "old_tone",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "1.2.2 b) Nhiệt toả từ bóng đèn 1.2.3 c) Nhiệt do công nhân 1.3 III. NHIỆT QUA KẾT CẤU BAO CHE 1.3.1 a) Qua tường 1.3.2 b) Qua mái tôn ĐĂNG KÝ NHẬN BẢN VẼ MẪU HỆ THỐNG HVAC\n\n Kinh nghiệm thi công, Tài liệu HVAC\n\n BÀI TRƯỚC BÀI SAU",
            "2021-09-22",
            "ministry",
            [
                "vendor_site",
                "numbered_contents",
                "caps_call_to_action",
                "old_tone",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Thợ lạnh nào cũng từng phân vân giữa ống đồng cuộn bánh và ống đồng cây: mỗi loại một ưu điểm, và chọn sai thì tốn công hàn lại cho",
            "2023-08-30",
            "ministry",
            ["vendor_explainer", "machine_translation", "cut_off", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ống đồng cuộn bánh thường có thành dày 0,5 - 1,0 mm và dài 15 m một cuộn, trong khi ống đồng cây được cắt sẵn 5,8 m, cứng hơn và ít bị móp khi vận chuyển.",
            "2023-08-30",
            "ministry",
            ["vendor_explainer", "machine_translation", "measurements_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chỉ riêng nửa đầu 2024 đã có 1.652 dự án FDI(2) nhận giấy chứng nhận đăng ký đầu tư, bên cạnh 98.417(1) doanh nghiệp mới ra đời ở 19 ngành kinh tế quốc dân.",
            "2024-07-15",
            "ministry",
            ["tax_agent_explainer", "footnote_marks", "count", "statistics", "no_event"],
            quantities=[c(1652, "dự án FDI"), c(98417, "doanh nghiệp mới"), c(19, "ngành kinh tế quốc dân")],
            events=[],
        ),
        h(
            n(),
            "Văn bản pháp lý:\n- Luật Đầu tư năm 2020 – Quy định về hoạt động đầu tư kinh doanh tại Việt Nam.\n- Nghị định số 31/2021/NĐ-CP – Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư.\n- Thông tư 25/2023/TT-BKHĐT – Sửa đổi mẫu văn bản, báo cáo về hoạt động đầu tư.",
            "2024-07-15",
            "legal",
            [
                "tax_agent_explainer",
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
            "Ưu đãi thuế, đất và vốn vay mà Chính phủ dành cho dự án làm linh kiện điện lạnh là lý do nhiều nhà đầu tư ngoại tìm hiểu thủ tục.\nVậy giấy chứng nhận đăng ký đầu tư là gì? Xin ở đâu, mất bao lâu?",
            "2024-07-15",
            "ministry",
            ["tax_agent_explainer", "government_org", "question_heading", "multiline", "no_event"],
            organizations=["Chính phủ"],
            events=[],
        ),
    ]
    rows += [
        h(
            n(),
            "So với ống đồng cùng đường kính, ống nhôm dàn nóng nhẹ hơn khoảng 65% nhưng khó hàn và dễ ăn mòn hơn nếu môi trường nhiều muối.",
            "2023-08-30",
            "ministry",
            ["vendor_explainer", "machine_translation", "percentage", "no_event"],
            percentages=[65],
            events=[],
        ),
        h(
            n(),
            "Nói gọn, đây là tờ giấy (hoặc bản điện tử) do cơ quan đăng ký đầu tư cấp để ghi lại những gì nhà đầu tư đã đăng ký cho dự án.",
            "2024-07-15",
            "legal",
            ["tax_agent_explainer", "definition", "no_fields", "no_event"],
            events=[],
        ),
    ]
    rows += [
        h(
            n(),
            "Không có giấy này, dự án của nhà đầu tư nước ngoài chưa thể làm thủ tục đất đai hay lập doanh nghiệp.",
            "2024-07-15",
            "legal",
            ["nfd", "tax_agent_explainer", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Document stores: a broker's update on an M&E and power group (S8 r1), a student valuation report (S8 r3), a
    # stock site's broker note (S8 r4), a thesis on Japanese FDI in broken OCR (S9 r1), a thesis on Korean chaebol (S16 r2) ---
    rows += [
        h(
            n(),
            "Top Banner\n[Việt Nam] Cơ sở hạ tầng 14 tháng 3, 2022 Mua (Báo cáo cập nhật) Giá mục tiêu: VND 86,400 Upside +18.2% CTCP Cơ Điện Lạnh Sao Nam (HOSE: SNM) Mở rộng mảng M&E Công ty TNHH Chứng khoán Hanseong Việt Nam Lưu Hoàng Nam, [email protected]",
            "2022-03-14",
            "ministry",
            [
                "document_store",
                "broker_report",
                "report_header_price_nothing",
                "ticker_nothing",
                "ctcp_form",
                "vietnam_suffix_dropped",
                "analyst_person",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Cơ Điện Lạnh Sao Nam", "Công ty CP"), f("Chứng khoán Hanseong", "Công ty TNHH")],
            persons=[per("Lưu Hoàng Nam", None)],
            percentages=[18.2],
            events=[],
        ),
        h(
            n(),
            "Các chỉ số chính Thị giá (11/03/2022, VND) 73,100 Vốn hóa (tỷ đồng) 22,640 Tỷ lệ sở hữu NĐTNN(%) 47.5 P/E (22F, x) 11.4 Beta (12M) 0.8",
            "2022-03-14",
            "ministry",
            [
                "document_store",
                "broker_report",
                "label_value_table",
                "comma_thousands",
                "percentage",
                "no_event",
            ],
            money=[m(22_640 * B, "VND")],
            percentages=[47.5],
            events=[],
        ),
        h(
            n(),
            "Việc hợp nhất CTCP Thủy điện Đăk Rinh Thượng (mảng điện) là động lực chính: lợi nhuận sau thuế 6 tháng lên 842 tỷ đồng (+21.3%), doanh thu hợp nhất 3,104 tỷ đồng (+12.6%).",
            "2022-03-14",
            "ministry",
            [
                "document_store",
                "broker_report",
                "consolidation_no_deal",
                "comma_thousands",
                "percentage",
                "no_event",
            ],
            firms=[f("Thủy điện Đăk Rinh Thượng", "Công ty CP")],
            money=[m(842 * B, "VND"), m(3_104 * B, "VND")],
            percentages=[21.3, 12.6],
            events=[],
        ),
        h(
            n(),
            "Trang 1 of 74\n\nTRƯỜNG ĐẠI HỌC TÀI CHÍNH PHƯƠNG NAM\nTP. HỒ CHÍ MINH\n------ oOo ------\nPHÂN TÍCH VÀ ĐỊNH GIÁ\nCÔNG TY CỔ PHẦN CƠ ĐIỆN LẠNH SAO NAM (SNM)\nBộ môn: Phân tích đầu tư\nGVHD: ThS. Đoàn Minh Tâm\nTP. Hồ Chí Minh tháng 11 năm 2020",
            "2020-11-25",
            "ministry",
            [
                "document_store",
                "student_report_cover",
                "caps_lines",
                "label_role",
                "title_no_role",
                "page_counter_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Tài chính Phương Nam"],
            firms=[f("Cơ điện lạnh Sao Nam", "Công ty CP")],
            persons=[per("Đoàn Minh Tâm", "GVHD")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "DANH SÁCH NHÓM\nHọ và tên MSSV Phân công\nVõ Thị Ngọc Hân 030735180412 Tổng quan công ty, thiết kế slide\nLâm Gia Bảo 030735180077 (Nhóm trưởng) Định giá P/E, chỉnh sửa bản word\nHồ Văn Tài 030735180519 Phân tích ngành điện lạnh",
            "2020-11-25",
            "ministry",
            [
                "document_store",
                "student_list",
                "student_ids_nothing",
                "bracket_role",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Võ Thị Ngọc Hân", None),
                per("Lâm Gia Bảo", "Nhóm trưởng"),
                per("Hồ Văn Tài", None),
            ],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nCHƯƠNG 1. BỐI CẢNH NGÀNH CƠ ĐIỆN ...................................... 1\n1.1. Nhu cầu điều hòa trung tâm ........................................ 2\n1.2. Đối thủ cạnh tranh ................................................ 5\nCHƯƠNG 2. ĐỊNH GIÁ THEO P/E VÀ DCF ................................ 11",
            "2020-11-25",
            "ministry",
            ["document_store", "table_of_contents", "dotted_leaders", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khuyến nghị: KHẢ QUAN – Chứng khoán Bảo Tín (BTS) nâng giá mục tiêu lên 78.500 đồng/cp,cao hơn 10% thị giá 71.200 đồng ngày 29/07/2024.P/E forward 2024: 13,8x",
            "2024-07-30",
            "ministry",
            [
                "stock_site",
                "broker_note",
                "glued_sentences",
                "money_per_unit",
                "acronym_bracket_not_firm",
                "no_event",
            ],
            firms=[f("Chứng khoán Bảo Tín")],
            money=[m(78_500, "VND", "cp"), m(71_200, "VND")],
            percentages=[10],
            events=[],
        ),
        h(
            n(),
            "Quý 2/2024, LNST cổ đông công ty mẹ của Công ty Cổ phần Cơ điện lạnh Sao Nam (SNM) đạt 566 tỷ đồng (+64% YoY) trên doanh thu 2.287 tỷ đồng (+11% YoY); sau nửa năm, 53% kế hoạch lợi nhuận và 47% kế hoạch doanh thu đã về đích.",
            "2024-07-30",
            "ministry",
            ["stock_site", "broker_note", "ticker_bracket_nothing", "percentage", "no_event"],
            firms=[f("Cơ điện lạnh Sao Nam", "Công ty CP")],
            money=[m(566 * B, "VND"), m(2_287 * B, "VND")],
            percentages=[64, 11, 53, 47],
            events=[],
        ),
        h(
            n(),
            "1. Kết quả theo mảng\n-\nM&E: hợp đồng chưa thực hiện ~5.900 tỷ đồng, LNST +19% khi hết trích lập.\n-\nĐiện: thủy văn thuận lợi đẩy sản lượng +37%, LNST 211 tỷ đồng (+96%).",
            "2024-07-30",
            "ministry",
            ["stock_site", "broker_note", "dash_list", "tilde_approx", "percentage", "multiline", "no_event"],
            money=[m(5_900 * B, "VND", approx=True), m(211 * B, "VND")],
            percentages=[19, 37, 96],
            events=[],
        ),
        h(
            n(),
            "Chỉ tiêu | 2023 | 2024F | Tăng trưởng |\n---|---|---|---|\nDoanh thu thuần | 8.112 | 9.304 | +14,7% |\nLNST sau CĐTS | 1.876 | 2.215 | +18,1% |",
            "2024-07-30",
            "ministry",
            ["stock_site", "pipe_table", "numbers_without_unit", "percentage", "multiline", "no_event"],
            percentages=[14.7, 18.1],
            events=[],
        ),
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (9.87 MB, 96 trang )\nvốn Nhật Bản ở phía Bác tập trung vào vài tên tuổi. Tại Hải Dương, Hamazaki Motor đẩu tư hơn 118 triệu USD cho lắp ráp xe máy; sang\nHưng Yên, Tokumaru Seiki bỏ 135 triệu USD làm linh kiện",
            "2019-03-02",
            "ministry",
            [
                "document_store",
                "broken_ocr",
                "page_metadata_no_count",
                "recalled_investment",
                "deal_no_event",
                "approx",
                "lowercase_sentence_start",
                "multiline",
            ],
            firms=[f("Hamazaki Motor"), f("Tokumaru Seiki")],
            provinces=[pv("Hải Dương"), pv("Hưng Yên")],
            money=[m(118 * M, "USD", approx=True), m(135 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[
                deal("investment", ["Hamazaki Motor"], 118 * M, HD),
                deal("investment", ["Tokumaru Seiki"], 135 * M, cur("Hưng Yên")),
            ],
            events=[],
        ),
        h(
            n(),
            "Kanda Optical, với hơn 240 triệu USD rót vào Bắc Ninh, là nhà đầu tư Nhật Bản lớn thứ ba của vùng (só\nliệu năm 2007).\nDù Thành phố Hố Chí Minh vẫn hút nhiều vốn ngoại nhất, dòng vốn Nhật Bản mấy năm gần đây dịch dần ra Bắc.",
            "2019-03-02",
            "ministry",
            [
                "document_store",
                "broken_ocr",
                "recalled_investment",
                "deal_no_event",
                "ocr_province_read",
                "ordinal_not_count",
                "region_nothing",
                "approx",
                "multiline",
            ],
            firms=[f("Kanda Optical")],
            provinces=[pv("Bắc Ninh"), pv("Hồ Chí Minh")],
            money=[m(240 * M, "USD", approx=True)],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Kanda Optical"], 240 * M, BN)],
            events=[],
        ),
        h(
            n(),
            "Bảng 4: FDI Nhật Bản vào khu vực phía Bấc theo ngành, tính đến hết\ntháng 6 năm\n2007.\nTổng vốn đầu tư\nSỗ dự án\nCông nghiệp\n271\n(triệu USD)\nC ả nước\nCN nặng\n212\n3391",
            "2019-03-02",
            "ministry",
            [
                "document_store",
                "broken_ocr",
                "table_one_cell_a_line",
                "numbers_without_unit",
                "multiline",
                "no_event",
            ],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Website: Email : Tel : 0912.446.207\nLời mở đầu\n1)Tính cấp thiết của đề tài:\nNgày nay, hầu như không nền kinh tế nào đứng ngoài các chuỗi sản xuất\nxuyên biên giới, và Việt Nam cũng vậy.",
            "2014-05-20",
            "ministry",
            [
                "document_store",
                "thesis_header",
                "phone_number_nothing",
                "broken_lines",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Hàn Quốc, Nhật Bản và Trung Quốc – ba đầu tàu của Đông Bắc Á – đều lớn lên cùng những tập đoàn kinh tế khổng lồ; ở Hàn Quốc, đó là các chaebol.",
            "2014-05-20",
            "ministry",
            ["document_store", "thesis_body", "region_nothing", "count_in_words", "no_event"],
            locations=[country("Hàn Quốc"), country("Nhật Bản"), country("Trung Quốc")],
            events=[],
        ),
    ]
    rows += [
        h(
            n(),
            "Quan điểm đầu tư Chúng tôi giữ khuyến nghị Mua: các mảng điện và nước vẫn ổn định, còn M&E có lượng hợp đồng mới tốt nhất ba năm",
            "2022-03-14",
            "ministry",
            ["document_store", "broker_report", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hơn 260 triệu USD là số vốn Shiroyama Việt Nam đã bỏ vào Vĩnh Phúc; cả Shiroyama lẫn Kanda Optical đều chọn miền Bắc để đặt văn phòng chính.",
            "2019-03-02",
            "ministry",
            [
                "document_store",
                "amount_first",
                "recalled_investment",
                "deal_no_event",
                "vietnam_suffix_dropped",
                "approx",
                "region_nothing",
            ],
            firms=[f("Shiroyama"), f("Kanda Optical")],
            provinces=[pv("Vĩnh Phúc")],
            money=[m(260 * M, "USD", approx=True)],
            deals=[deal("investment", ["Shiroyama"], 260 * M, VP)],
            events=[],
        ),
        h(
            n(),
            "Luận văn này vì vậy chọn mô hình chaebol làm đối tượng, với mong muốn rút ra bài học cho các tập đoàn trong nước.",
            "2014-05-20",
            "ministry",
            ["document_store", "thesis_body", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Patent pages (S19 r2-r4) and a Chinese copper-tube article rendered in Vietnamese (S19 r1) ---
    rows += [
        h(
            n(),
            "CN104567213B - Flat tube header and micro-channel heat exchanger - Google Patents\n\nInfo\n\nPublication number\nCN104567213B\nAuthority\nCN\nChina\nInventor\nLiu Haitao\nSun Ming\nCurrent Assignee\nHengrui Micro-Channel Heat Exchanger Co Ltd\nOriginal Assignee\nHengrui Holding Group Co Ltd\nNordvarme AS",
            "2019-11-04",
            "ministry",
            [
                E,
                "patent_page",
                "site_name_nothing",
                "inventor_person",
                "assignee_firm",
                "co_ltd_form",
                "foreign_form_as",
                "country_line",
                "multiline",
                "no_event",
            ],
            persons=[per("Liu Haitao", None), per("Sun Ming", None)],
            firms=[
                f("Hengrui Micro-Channel Heat Exchanger", "Co Ltd"),
                f("Hengrui Holding Group", "Co Ltd"),
                f("Nordvarme", "AS"),
            ],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Legal status (an assumption shown by the site, not a legal conclusion; Google has made no legal analysis of it)\nActive\nApplication number\nCN201410622907.XA\nPriority date\nFiling date",
            "2019-11-04",
            "ministry",
            [E, "patent_page", "boilerplate_firm", "application_number_nothing", "multiline", "no_event"],
            firms=[f("Google")],
            events=[],
        ),
        h(
            n(),
            "US20130118721A1 - Tube-fin heat exchanger and method of making - Google Patents\nAuthority\nUS\nUnited States\nInventor\nColin R. Ashby\nCurrent Assignee\nIndividual\nAbandoned\nPriority claimed from GB1119043.4\n    • F28DHEAT-EXCHANGE APPARATUS, NOT PROVIDED FOR IN ANOTHER SUBCLASS",
            "2020-02-17",
            "ministry",
            [
                E,
                "patent_page",
                "site_name_nothing",
                "inventor_person",
                "country_line",
                "caps_classification",
                "multiline",
                "no_event",
            ],
            persons=[per("Colin R. Ashby", None)],
            locations=[country("United States")],
            events=[],
        ),
        h(
            n(),
            "SU1047563A1 - Method of manufacturing coiled-tube heat exchangers - Google Patents\nOther languages\nRussian (ru)\nInventor\nMikhail Grigorievich Osipov\nOriginal Assignee\nLeningrad Research Institute of Refrigeration Engineering\nDescription\nThis method concerns winding and brazing coiled tubes for shell heat exchangers, and",
            "2020-02-17",
            "ministry",
            [
                E,
                "patent_page",
                "site_name_nothing",
                "inventor_person",
                "assignee_institute_org",
                "city_in_org_name",
                "cut_off",
                "multiline",
                "no_event",
            ],
            persons=[per("Mikhail Grigorievich Osipov", None)],
            organizations=["Leningrad Research Institute of Refrigeration Engineering"],
            events=[],
        ),
        h(
            n(),
            "Chu Lực Hành\n(Công ty TNHH Ống đồng Hải Xương, Đồng Lăng, An Huy 244100)\nNgành lạnh tiêu thụ phần lớn ống đồng đỏ làm ra, và các xưởng điều hòa đang siết yêu cầu về độ ổn định cũng như giá thành ống.",
            "2022-02-22",
            "ministry",
            [
                "foreign_page_rendered",
                "author_person",
                "affiliation_firm",
                "foreign_city_nothing",
                "postcode_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Chu Lực Hành", None)],
            firms=[f("Ống đồng Hải Xương", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Ở nhiều xưởng điều hòa, ống kẹt khi xả cuộn làm hỏng chừng 2,6% lượng ống; cách quấn cuộn mới hạ con số đó xuống khoảng 0,4%, và chu kỳ làm ống ren trong còn dưới 4 ngày thay vì 4 - 6 ngày.",
            "2022-02-22",
            "ministry",
            ["foreign_page_rendered", "percentage", "duration_no_count", "no_event"],
            percentages=[2.6, 0.4],
            events=[],
        ),
    ]
    rows += [
        h(
            n(),
            "Abstract\nA collecting tube for a micro-channel coil is described, in which a drainage groove on its outer wall carries condensate off the fins.",
            "2019-11-04",
            "ministry",
            [E, "patent_page", "abstract", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ đúc phôi đến lúc ống ren trong được đóng gói, ống phải qua chừng chục công đoạn cán, kéo và ủ, và tiền lãi vay trong thời gian ấy là một khoản không nhỏ.",
            "2022-02-22",
            "ministry",
            ["foreign_page_rendered", "process_chain", "vague_number", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A Japanese wire's note on the air-conditioner plant near Hanoi, rendered in Vietnamese (S4 r1) ---
    rows += [
        h(
            n(),
            "【Hà Nội – Jiji】 Kazeyama Industries đã làm lễ khai trương hôm 21 cho nhà máy điều hòa ở vùng ven Hà Nội, nơi dây chuyền vừa cho ra lô máy đầu tiên.",
            "2018-05-23",
            "ministry",
            [
                "foreign_page_rendered",
                "dateline_province",
                "agency_nothing",
                "inauguration_no_capital",
                "near_city_no_site",
                "day_only_no_date",
            ],
            firms=[f("Kazeyama Industries")],
            provinces=[pv("Hà Nội")],
            events=[ev("inauguration", [F("Kazeyama Industries")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Sản lượng được tính lên 1,2 triệu máy gia dụng/năm trong hai năm tới, chủ yếu bán trong nước; đây là kiểu đầu tư nhắm vào thị trường nội địa của doanh nghiệp Nhật Bản mà giới quan sát đang theo dõi.",
            "2018-05-23",
            "ministry",
            ["foreign_page_rendered", "capacity_no_count", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese air-conditioner maker's land lease and plant (moved here to Bắc Ninh), told by a stock-news site
    # (S1 r2, repeated at S2 r3 and S4 r2), a consumer portal's copy (S1 r4, S4 r3) and a business site (S4 r4) ---
    rows += [
        h(
            n(),
            "Nhà máy điều hòa 101,5 triệu USD của Kazeyama sẽ mọc ở Bắc Ninh\n\nHợp đồng thuê đất cho dự án vừa được Công ty TNHH Khu công nghiệp Hưng Thịnh II ký với Công ty cổ phần Kazeyama Air Conditioning (Việt Nam).",
            "2016-08-04",
            "provincial",
            [
                "headline_lead",
                "object_first_headline",
                "announced_investment",
                "lease_cooperation",
                "developer_first",
                "object_first_passive",
                "vietnam_bracket_dropped",
                "park_in_firm_name_no_location",
                "multiline",
            ],
            firms=[
                f("Kazeyama"),
                f("Khu công nghiệp Hưng Thịnh II", "Công ty TNHH"),
                f("Kazeyama Air Conditioning", "Công ty CP"),
            ],
            provinces=[pv("Bắc Ninh")],
            money=[m(101.5 * M, "USD")],
            deals=[
                deal("investment", ["Kazeyama"], 101.5 * M, BN),
                deal("cooperation", ["Khu công nghiệp Hưng Thịnh II", "Kazeyama Air Conditioning"], None, BN),
            ],
            events=[
                ev("investment_announcement", [F("Kazeyama")], 101.5 * M, "USD", BN, "announced"),
                ev(
                    "cooperation",
                    [F("Khu công nghiệp Hưng Thịnh II"), F("Kazeyama Air Conditioning")],
                    None,
                    None,
                    BN,
                    "signed",
                ),
            ],
        ),
        h(
            n(),
            "Đại diện hai bên trao hợp đồng thuê đất Đại diện hai bên trao hợp đồng thuê đất",
            "2016-08-04",
            "provincial",
            ["caption_printed_twice", "contract_referred_back_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điều hòa gia dụng giờ không còn là hàng xa xỉ: lương tăng đều mỗi năm, nhiều hộ ở đô thị đã lắp chiếc máy thứ hai, thứ ba.",
            "2016-08-04",
            "provincial",
            ["background", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            'Với 11 tỷ yên (khoảng 101,5 triệu USD), tập đoàn mẹ Kazeyama sẽ dựng nhà máy trên khu đất 24 ha trong KCN Hưng Thịnh II (Bắc Ninh), riêng nhà xưởng chừng 21.000 m2; Đông Nam Á là nơi kế hoạch "Vision 22" của tập đoàn đặt cược nhiều nhất.',
            "2016-08-04",
            "provincial",
            [
                "nfd",
                "amount_first",
                "announced_investment",
                "bracketed_conversion",
                "approx",
                "area",
                "m2_to_ha",
                "province_bracket",
                "plan_name_nothing",
                "region_nothing",
            ],
            firms=[f("Kazeyama")],
            provinces=[pv("Bắc Ninh")],
            money=[m(11 * B, "JPY"), m(101.5 * M, "USD", approx=True)],
            areas=[ha(24), ha(2.1, True)],
            locations=[park("Khu công nghiệp Hưng Thịnh II")],
            deals=[deal("investment", ["Kazeyama"], 11 * B, BN)],
            events=[ev("investment_announcement", [F("Kazeyama")], 11 * B, "JPY", BN, "announced")],
        ),
        h(
            n(),
            "1.400 công nhân là số lao động nhà máy cần khi chạy hết công suất, gấp ba con số 450 công nhân năm đầu; sản lượng cũng được tính tăng gấp đôi, từ 450.000 máy lúc khởi động (tháng 5/2018) lên 900.000 máy vào năm 2020.",
            "2016-08-04",
            "provincial",
            ["schedule", "count_first", "multiplier_no_count", "output_no_count", "count", "no_event"],
            quantities=[c(1400, "công nhân"), c(450, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh kỳ vọng dự án kéo theo đường sá, nhà ở công nhân và việc làm lâu dài cho lao động Bắc Ninh.\n\nNgọc Hà\nbaodautu.vn",
            "2016-08-04",
            "provincial",
            ["benefits", "byline_person", "outlet_domain_nothing", "multiline", "no_event"],
            persons=[per("Ngọc Hà", None)],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Sáng 3/8, hợp đồng thuê 21.000m2 đất cho dự án nhà máy điều hòa không khí lớn nhất Việt Nam đã được công ty Cổ phần Kazeyama Air Conditioning (Vietnam) ký với công ty TNHH Khu công nghiệp Hưng Thịnh II.",
            "2016-08-05",
            "ministry",
            [
                "nfd",
                "consumer_portal_copy",
                "lease_cooperation",
                "developer_first",
                "object_first_passive",
                "lowercase_cong_ty",
                "vietnam_bracket_dropped",
                "m2_to_ha",
                "deal_date",
            ],
            firms=[
                f("Kazeyama Air Conditioning", "Công ty CP"),
                f("Khu công nghiệp Hưng Thịnh II", "Công ty TNHH"),
            ],
            areas=[ha(2.1)],
            deals=[
                deal(
                    "cooperation",
                    ["Khu công nghiệp Hưng Thịnh II", "Kazeyama Air Conditioning"],
                    None,
                    None,
                    "2016-08-03",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Khu công nghiệp Hưng Thịnh II"), F("Kazeyama Air Conditioning")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            'Khoản tiền dành cho dự án: 11 tỷ Yên Nhật, quy ra chừng 101,5 triệu USD.\n<image>data:image/s3,"s3://crabby-images/e3d64/e3d649f18fd0bf57018a1af28c6d9f08e98c3b0e" alt="banner"</image>',
            "2016-08-05",
            "ministry",
            [
                "consumer_portal_copy",
                "project_line_no_firm",
                "approx",
                "image_junk",
                "multiline",
                "no_event",
            ],
            money=[m(11 * B, "JPY"), m(101.5 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Đến năm tài khóa 2020, số trung tâm bảo hành của hãng tại Việt Nam sẽ lên 32, song song với việc mở thêm đại lý.",
            "2016-08-05",
            "ministry",
            ["consumer_portal_copy", "number_without_noun_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hai năm liền, 2014 và 2015, Kazeyama Air Conditioning (Vietnam) có tên trong bảng 500 doanh nghiệp lớn nhất Việt Nam của Báo Đầu tư Kinh doanh; công ty về chung nhà với tập đoàn Kazeyama từ tháng 4/2009.\nThu Trang",
            "2016-08-05",
            "ministry",
            [
                "consumer_portal_copy",
                "company_history",
                "lowercase_group_no_form",
                "ranking_no_count",
                "outlet_nothing",
                "byline_person",
                "multiline",
                "no_event",
            ],
            firms=[f("Kazeyama Air Conditioning"), f("Kazeyama")],
            persons=[per("Thu Trang", None)],
            events=[],
        ),
        h(
            n(),
            "MỚI NHẤT!\n\nĐọc nhanh >>\n\nKazeyama chi 101 triệu USD cho nhà máy điều hòa tại Việt Nam\n\n05-08-2016 - 10:42 AM | Doanh nghiệp",
            "2016-08-05",
            "ministry",
            ["page_chrome", "headline_only", "announced_investment", "no_site", "date_line", "multiline"],
            firms=[f("Kazeyama")],
            money=[m(101 * M, "USD")],
            deals=[deal("investment", ["Kazeyama"], 101 * M)],
            events=[ev("investment_announcement", [F("Kazeyama")], 101 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Để có chỗ cho nhà máy điều hòa lớn nhất VN, CTCP Kazeyama Air Conditioning (Vietnam), thành viên của hãng điều hòa Nhật Bản cùng tên, đã thuê đất trong KCN Hưng Thịnh II theo hợp đồng ký ngày 3/8/2016.",
            "2016-08-05",
            "ministry",
            [
                "lease_one_party_no_deal",
                "ctcp_form",
                "vietnam_bracket_dropped",
                "country_in_apposition",
                "park_without_province",
                "no_event",
            ],
            firms=[f("Kazeyama Air Conditioning", "Công ty CP")],
            locations=[park("Khu công nghiệp Hưng Thịnh II"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Từ trái qua: ông Hideki Moriyama, Tổng giám đốc KCN Hưng Thịnh II, và bà Trịnh Thu Hằng, Tổng giám đốc Kazeyama Việt Nam, tại lễ trao hợp đồng",
            "2016-08-05",
            "ministry",
            [
                "caption",
                "person_role_after",
                "short_name_in_role",
                "park_in_role",
                "contract_referred_back_no_deal",
                "no_event",
            ],
            persons=[
                per("Hideki Moriyama", "Tổng giám đốc KCN Hưng Thịnh II"),
                per("Trịnh Thu Hằng", "Tổng giám đốc Kazeyama Việt Nam"),
            ],
            firms=[f("Kazeyama")],
            locations=[park("Khu công nghiệp Hưng Thịnh II")],
            events=[],
        ),
    ]
    rows += [
        h(
            n(),
            "Hãng nói nhà máy ở Bắc Ninh sẽ rút ngắn thời gian giao hàng cho đại lý, vốn lâu nay phải chờ máy từ Thái Lan.",
            "2016-08-05",
            "ministry",
            ["nfd", "plant_referred_back_no_deal", "country", "no_event"],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Thái Lan")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI overview (S1 r3, S9 r2) ---
    rows += [
        h(
            n(),
            "(Saigon Kinh tế) - Bán dẫn, năng lượng sạch và linh kiện điện tử là ba lĩnh vực hút vốn ngoại mạnh nhất năm 2023, dù tổng vốn đăng ký mới vẫn chưa lấy lại đà trước dịch.",
            "2023-08-21",
            "ministry",
            ["outlet_bracket_nothing", "lead", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Vốn FDI vào Đông Nam bộ chiếm 38 USD trong mỗi 100 USD cả nước thu hút\n- Đài Loan tăng tốc mở nhà máy đóng gói chip ở miền Bắc",
            "2023-08-21",
            "ministry",
            ["related_links", "dash_list", "region_nothing", "multiline", "no_event"],
            money=[m(38, "USD"), m(100, "USD")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Tổng cục Thống kê ghi nhận 12,9 tỉ USD vốn FDI đăng ký trong nửa đầu 2023, hụt 5,1% so với cùng kỳ, sau một năm 2022 đi lùi 9%.",
            "2023-08-21",
            "ministry",
            ["statistics", "source_first", "percentage", "organization", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(12.9 * B, "USD")],
            percentages=[5.1, 9],
            events=[],
        ),
        h(
            n(),
            "Bứt tốc chặng cuối\nNhiều nhà đầu tư vẫn chờ xem lãi suất toàn cầu đi về đâu trước khi xuống tiền cho nhà máy mới.",
            "2023-08-21",
            "ministry",
            ["subheading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a news agency on a Japanese compressor maker's plant in China, with its teasers (S9 r3) ---
    rows += [
        h(
            n(),
            "Aoba Reiki xây nhà máy máy nén lớn nhất ở Trung Quốc\n\nKhoảng 16 tỷ yen sẽ được công ty Aoba Reiki chi cho nhà máy mới, nơi dự kiến nhận chừng 3.500 công nhân người địa phương.",
            "2010-09-20",
            "ministry",
            ["headline_lead", "plant_abroad_no_deal", "approx", "count", "multiline", "no_event"],
            firms=[f("Aoba Reiki")],
            money=[m(16 * B, "JPY", approx=True)],
            quantities=[c(3500, "công nhân người địa phương", True)],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Địa điểm là tỉnh Chiết Giang, sát mộtxưởng Aoba Reiki đang chạy; công suất dự kiến 1,8 triệu chiếc mỗinăm, hãng cho biết hôm 19/9.",
            "2010-09-20",
            "ministry",
            ["glued_words", "foreign_province_nothing", "capacity_no_count", "no_event"],
            firms=[f("Aoba Reiki")],
            events=[],
        ),
        h(
            n(),
            "Đến tài khóa 2016, doanhthu mà nhà sản xuất gốc Osaka này nhắm tới là 1.800 tỷ yen, với Trung Quốc là thị trường được kỳ vọng nhiều nhất./.\n\nMinh Khôi (Vietnam+)",
            "2010-09-20",
            "ministry",
            [
                "glued_words",
                "revenue_target",
                "foreign_city_nothing",
                "byline_person",
                "agency_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Khôi", None)],
            money=[m(1_800 * B, "JPY")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tin cùng chuyên mục\n\nDây chuyền lắp ráp máy điều hòa tại một nhà máy ở Bắc Ninh. (Ảnh: Vietnam+)\n\nCơ hội để doanh nghiệp điện lạnh Việt vào chuỗi cung ứng toàn cầu\n\nKho linh kiện của một hãng điện tử ở Đài Nam, Đài Loan (Trung Quốc). (Ả",
            "2010-09-20",
            "ministry",
            [
                "teaser_list",
                "photo_caption",
                "agency_credit_nothing",
                "country_bracket",
                "foreign_city_nothing",
                "cut_off",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an interview on "Made by Vietnam" (S9 r4, S16 r3) ---
    rows += [
        h(
            n(),
            "Từ chuyện điều hòa nội bị 'dìm' ngẫm về hàng 'Made by Vietnam'\nNhãn 'Made in Vietnam' hay 'Made by Vietnam' trên một chiếc máy lạnh quyết định phần lợi ích nào ở lại với doanh nghiệp trong nước.",
            "2017-06-12",
            "ministry",
            ["headline_lead", "origin_labels_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "PGS.TS Lê Quang Thái, nghiên cứu viên cao cấp ở Bộ Công Thương, nhấn mạnh điểm này khi trao đổi với báo Kinh tế Mới.",
            "2017-06-12",
            "ministry",
            ["title_no_role", "person_role_after", "outlet_nothing"],
            persons=[per("Lê Quang Thái", "nghiên cứu viên cao cấp ở Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            'PV: - Điện lạnh Nam Phong cho rằng dòng điều hòa inverter của họ đang bị "dìm" có tổ chức trên mạng xã hội, và Tổng giám đốc Trần Gia Huy nghi có bàn tay đối thủ nước ngoài...',
            "2017-06-12",
            "ministry",
            ["nfd", "interview_question", "role_before_name", "no_event"],
            persons=[per("Trần Gia Huy", "Tổng giám đốc")],
            firms=[f("Điện lạnh Nam Phong")],
            events=[],
        ),
        h(
            n(),
            'PGS.TS Lê Quang Thái: - Trên giấy C/O, hai chữ "in" và "by" khác nhau nhiều lắm: một bên chỉ nơi lắp ráp, một bên là ai làm chủ thiết kế và công nghệ.',
            "2017-06-12",
            "ministry",
            ["interview_answer", "speaker_label_person", "origin_labels_nothing", "no_event"],
            persons=[per("Lê Quang Thái", None)],
            events=[],
        ),
        h(
            n(),
            "Hàng điện lạnh nội lâu nay hay bị gắn mác 'chỉ lắp ráp linh kiện nhập'. Ông nghĩ sao về nghi vấn này?",
            "2017-06-12",
            "ministry",
            ["interview_question", "pronoun_no_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a magazine's blurb on the air-conditioner market (S11 r3) ---
    rows += [
        h(
            n(),
            "(Tổ Quốc) - Aqualo là cái tên mới nhất nhảy vào thị trường điều hoà Việt Nam, nơi hàng Nhật Bản, Hàn Quốc và Trung Quốc đang chia nhau phần lớn miếng bánh ước 2,1 tỉ USD năm 2024.",
            "2024-04-16",
            "ministry",
            [
                "old_tone",
                "outlet_bracket_nothing",
                "market_size",
                "entrant_brand_firm",
                "estimated_approx",
                "no_event",
            ],
            firms=[f("Aqualo")],
            money=[m(2.1 * B, "USD", approx=True)],
            locations=[country("Nhật Bản"), country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Aqualo, vốn quen thuộc với máy lọc nước, cho biết dòng điều hòa đầu tiên được lắp ráp ở Bắc Ninh với tỷ lệ nội địa hóa khoảng 35%.",
            "2024-04-16",
            "ministry",
            ["nfd", "assembly_no_deal", "percentage"],
            firms=[f("Aqualo")],
            provinces=[pv("Bắc Ninh")],
            percentages=[35],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business site on freezers and chillers made by local brands (S11 r4) ---
    rows += [
        h(
            n(),
            " date 2025-10-14 Bảng giá điện tử Danh mục đầu tư\n\nTủ mát, tủ đông ngoại khó 'chen chân' vào kệ hàng Việt\n\n14-10-2025 - 09:12 AM | Thị trường",
            "2025-10-14",
            "ministry",
            ["page_chrome", "headline", "date_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở phân khúc tủ đông, tủ mát, nơi công nghệ không phải rào cản lớn, hàng Trung Quốc giá rẻ vẫn chưa lật được thế của doanh nghiệp trong nước.",
            "2025-10-14",
            "ministry",
            ["sapo", "country_after_noun"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hải Âu, Tuyết Sơn, Bắc Cực, Mekong Cool... – những cái tên nội ấy đang phủ gần kín khu tủ đông, tủ mát ở các chuỗi điện máy.",
            "2025-10-14",
            "ministry",
            ["brand_list_firms", "no_event"],
            firms=[f("Hải Âu"), f("Tuyết Sơn"), f("Bắc Cực"), f("Mekong Cool")],
            events=[],
        ),
        h(
            n(),
            "Tủ đông thương hiệu Việt chiếm gần hết kệ hàng tại các siêu thị điện máy- Ảnh 1.",
            "2025-10-14",
            "ministry",
            ["caption", "image_marker", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            '"Thuế nhập bằng 0% không giúp được nhiều khi mỗi chiếc tủ cồng kềnh phải chở hàng nghìn cây số", ông Đỗ Văn Khiêm, Giám đốc Công ty TNHH Điện tử - Điện lạnh Tuyết Sơn, nói về hàng Trung Quốc.',
            "2025-10-14",
            "ministry",
            ["nfd", "quote_first", "person_role_after", "percentage", "country_after_noun", "no_event"],
            persons=[per("Đỗ Văn Khiêm", "Giám đốc Công ty TNHH Điện tử - Điện lạnh Tuyết Sơn")],
            firms=[f("Điện tử - Điện lạnh Tuyết Sơn", "Công ty TNHH")],
            percentages=[0],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một quản lý ngành hàng ở chuỗi bán lẻ cho biết khách thường hỏi trước chuyện bảo hành, sửa chữa; tủ Trung Quốc không rõ hãng dù rẻ vẫn ít người chọn.",
            "2025-10-14",
            "ministry",
            ["unnamed_manager_no_person", "country_after_noun", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    rows += [
        h(
            n(),
            "Làm được một phần linh kiện và lắp ráp ngay trong nước, các hãng nội giữ giá mềm, còn mạng lưới đại lý dày đặc giúp họ sửa, thay nhanh hơn hàng ngoại.",
            "2025-10-14",
            "ministry",
            ["retail_advantage", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lợi ích càng lớn thì cạnh tranh càng gắt, và không loại trừ chuyện có doanh nghiệp chơi xấu, PGS.TS Lê Quang Thái nói thêm.",
            "2017-06-12",
            "ministry",
            ["interview_answer", "title_no_role", "no_event"],
            persons=[per("Lê Quang Thái", None)],
            events=[],
        ),
    ]
    rows += [
        h(
            n(),
            "Với công ty của ông Khiêm, tủ đông và tủ mát mang về hơn nửa doanh số mỗi năm.",
            "2025-10-14",
            "ministry",
            ["given_name_alone_no_person", "fraction_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chuẩn hiệu suất năng lượng mới buộc các hãng điện lạnh trong nước thay dây chuyền, nhưng cũng là dịp để họ bước vào chuỗi cung ứng của các tập đoàn lớn.",
            "2010-09-20",
            "ministry",
            ["teaser_blurb", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a trade association's repost on a Hong Kong copper-tube plan (S14 r3) ---
    rows += [
        h(
            n(),
            "Nhà đầu tư Hồng Kông sẽ dựng nhà máy cán ống đồng tại Việt Nam\nMột nhà máy cán và kéo ống là cách nhóm nhà đầu tư Hồng Kông chọn để vào Việt Nam, nơi máy điều hòa đang ngốn ngày càng nhiều ống đồng.",
            "2018-01-15",
            "ministry",
            ["headline_lead", "unnamed_investors_no_deal", "country", "multiline", "no_event"],
            locations=[country("Hồng Kông")],
            events=[],
        ),
        h(
            n(),
            "Ở tỉnh Long An, công ty Sino Luster Metals International (Hong Kong) định dựng nhà máy cán ống đồng 40.000 – 60.000 tấn/năm, ra phôi, ống trơn và ống ren trong, theo kế hoạch vừa công bố.\n(Metal Bulletin 9/1/2018)",
            "2018-01-15",
            "ministry",
            [
                "announced_investment",
                "no_amount",
                "place_first",
                "country_bracket",
                "capacity_no_count",
                "english_spelling_country",
                "source_line_nothing",
                "multiline",
            ],
            firms=[f("Sino Luster Metals International")],
            provinces=[pv("Long An")],
            locations=[country("Hong Kong")],
            deals=[deal("investment", ["Sino Luster Metals International"], None, LA)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Sino Luster Metals International")],
                    None,
                    None,
                    LA,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Xem thêm ...\n- Bộ Công Thương công bố danh sách doanh nghiệp xuất khẩu uy tín năm 2022 24/05/2023\n- Hội nghị ngành thép Đông Nam Á 2023 ở Manila, Philippines 22/05/2023\n- Thị trường ống thép tháng 4/2023 và 4 tháng đầu năm 12/05/2023",
            "2018-01-15",
            "ministry",
            [
                "related_links",
                "dated_links",
                "foreign_city_nothing",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            locations=[country("Philippines")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a daily on a copper-tube plant opening in Bình Định (S14 r4) ---
    rows += [
        h(
            n(),
            "Khánh thành nhà máy ống đồng 520 tỷ đồng\n\nĐoàn lãnh đạo tỉnh cùng đại diện Tập đoàn Đồng Kim Phát xem dây chuyền kéo ống. Ảnh: Báo Đầu tư\nĐoàn lãnh đạo tỉnh cùng đại diện Tập đoàn Đồng Kim Phát xem dây chuyền kéo ống. Ảnh: Báo Đầu tư",
            "2019-05-15",
            "provincial",
            [
                "headline_caption",
                "headline_amount_caption_firm",
                "inauguration_with_capital",
                "caption_printed_twice",
                "unnamed_leaders_no_person",
                "outlet_credit_nothing",
                "multiline",
            ],
            firms=[f("Đồng Kim Phát", "Tập đoàn")],
            money=[m(520 * B, "VND")],
            deals=[deal("investment", ["Đồng Kim Phát"], 520 * B)],
            events=[ev("inauguration", [F("Đồng Kim Phát")], 520 * B, "VND", None, "completed")],
        ),
        h(
            n(),
            "TP - Nhà máy Ống đồng Kim Phát Quảng Ngãi ở KCN Phổ Phong Tây (phường Phổ Thạnh, thị xã Đức Phổ, Quảng Ngãi) được Tập đoàn Đồng Kim Phát cắt băng khánh thành sáng 14/5.",
            "2019-05-15",
            "provincial",
            [
                "nfd",
                "outlet_prefix_nothing",
                "inauguration_no_capital",
                "object_first_passive",
                "plant_name_no_firm",
                "ward_nothing",
                "district",
                "province_bracket",
            ],
            firms=[f("Đồng Kim Phát", "Tập đoàn")],
            provinces=[pv("Quảng Ngãi")],
            locations=[park("Khu công nghiệp Phổ Phong Tây"), district("thị xã Đức Phổ")],
            events=[ev("inauguration", [F("Đồng Kim Phát")], None, None, QNg, "completed")],
        ),
        h(
            n(),
            "36.000 tấn ống mỗi năm là công suất thiết kế của 9 dây chuyền kéo ống và 2 dây chuyền cuốn cuộn ở đây; nhà máy chiếm 41.000 m2 đất, vốn bỏ ra hơn 520 tỷ đồng.",
            "2019-05-15",
            "provincial",
            ["nfd", "plant_details_no_firm", "approx", "m2_to_ha", "count", "capacity_no_count", "no_event"],
            money=[m(520 * B, "VND", approx=True)],
            areas=[ha(4.1)],
            quantities=[c(9, "dây chuyền kéo ống"), c(2, "dây chuyền cuốn cuộn")],
            events=[],
        ),
        h(
            n(),
            "MỚI - NÓNG\nChưa vào hè, thợ điện lạnh đã kín lịch bảo dưỡng\nChưa vào hè, thợ điện lạnh đã kín lịch bảo dưỡng\nTPO - Nhiều đội thợ ở Hà Nội cho biết lịch vệ sinh máy, nạp gas đã kín đến cuối tháng 5, phải từ chối hàng chục cuộc gọi mỗi ngày.",
            "2019-05-15",
            "provincial",
            ["teaser_printed_twice", "outlet_prefix_nothing", "vague_number", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Đà Nẵng paper on a groundbreaking (S6 r2) ---
    rows += [
        h(
            n(),
            "Động thổ xưởng quạt công nghiệp ở Duy Xuyên\n(Báo Sông Hàn) - QUẢNG NAM – Lễ động thổ xưởng quạt hướng trục và quạt ly tâm của Cty CP Quạt công nghiệp Hàn Giang diễn ra sáng 16-5 tại xã Duy Sơn, H. Duy Xuyên; xưởng rộng 32 ngàn m2.",
            "2019-05-17",
            "provincial",
            [
                "headline_lead",
                "outlet_bracket_nothing",
                "caps_dateline_province",
                "groundbreaking",
                "cty_cp_form",
                "district_abbreviation",
                "bare_place_no_district",
                "ngan_m2_to_ha",
                "deal_date",
                "multiline",
            ],
            firms=[f("Quạt công nghiệp Hàn Giang", "Công ty CP")],
            provinces=[pv("Quảng Nam")],
            areas=[ha(3.2)],
            locations=[district("H. Duy Xuyên")],
            deals=[deal("groundbreaking", ["Quạt công nghiệp Hàn Giang"], None, QNa, "2019-05-16")],
            events=[ev("groundbreaking", [F("Quạt công nghiệp Hàn Giang")], None, None, QNa, "started")],
        ),
        h(
            n(),
            "120 lao động địa phương sẽ có việc khi xưởng chạy, dự kiến từ tháng 12; mỗi năm xưởng làm ra 60.000 chiếc quạt, trên số vốn hơn 85 tỷ đồng...",
            "2019-05-17",
            "provincial",
            ["project_details_no_firm", "approx", "capacity_no_count", "count", "no_event"],
            money=[m(85 * B, "VND", approx=True)],
            quantities=[c(120, "lao động địa phương")],
            events=[],
        ),
        h(
            n(),
            "Ông Ngô Quang Vịnh, Chủ tịch Hội Điện lạnh miền Trung, cho rằng xưởng quạt sẽ giúp các nhà máy chế biến thủy sản trong vùng bớt phụ thuộc hàng nhập.\nQ.T",
            "2019-05-17",
            "provincial",
            [
                "person_role_after",
                "association_org",
                "region_in_org_name",
                "initials_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Ngô Quang Vịnh", "Chủ tịch Hội Điện lạnh miền Trung")],
            organizations=["Hội Điện lạnh miền Trung"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business site on a Korean refrigeration group's pledge at Davos (S16 r4) ---
    rows += [
        h(
            n(),
            "Cam kết được công bố ở Davos (Thụy Sĩ) hôm 18/1, bên lề Diễn đàn Kinh tế Thế giới (WEF), tại một cuộc gặp có Thủ tướng dự.",
            "2024-01-18",
            "ministry",
            ["forum_org", "role_no_name", "foreign_city_nothing", "no_event"],
            organizations=["Diễn đàn Kinh tế Thế giới"],
            locations=[country("Thụy Sĩ")],
            events=[],
        ),
        h(
            n(),
            "Daesan Climate, số một Hàn Quốc về máy nén và thiết bị lạnh thương mại, tính đến nay đã đưa hơn 2,6 tỷ USD vào Việt Nam và trả lương cho gần 8.000 người.",
            "2024-01-18",
            "ministry",
            ["running_total_no_deal", "country_after_noun", "approx", "count", "no_event"],
            firms=[f("Daesan Climate")],
            money=[m(2.6 * B, "USD", approx=True)],
            quantities=[c(8000, "người", True)],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thêm 1,5 tỷ USD là khoản Daesan cam kết rót vào Việt Nam, chủ yếu để mở rộng các nhà máy ở Bắc Ninh, Hải Phòng và Bình Dương.",
            "2024-01-18",
            "ministry",
            ["nfd", "amount_first", "pledge_announced_investment", "several_provinces_no_site"],
            firms=[f("Daesan")],
            provinces=[pv("Bắc Ninh"), pv("Hải Phòng"), pv("Bình Dương")],
            money=[m(1.5 * B, "USD")],
            deals=[deal("investment", ["Daesan"], 1.5 * B)],
            events=[ev("investment_announcement", [F("Daesan")], 1.5 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Theo Phó chủ tịch Lee Sang-woo, các nhà máy ở Việt Nam đang lãi đều, nên Daesan không ngại bỏ thêm vốn.",
            "2024-01-18",
            "ministry",
            ["role_before_name", "vague_plan_no_deal", "no_event"],
            persons=[per("Lee Sang-woo", "Phó chủ tịch")],
            firms=[f("Daesan")],
            events=[],
        ),
        h(
            n(),
            "pho-chu-tich-daesan-1705567007.jpg\nChủ tịch Tập đoàn Daesan Climate: Chúng tôi muốn gắn bó lâu dài với Việt Nam\n\nNăm 2008, công ty con đầu tiên của Daesan mở xưởng máy nén ở tỉnh Bắc Ninh; nay các đơn vị của tập đoàn làm 1,2 triệu máy nén/ năm và 350 nghìn bộ dàn trao đổi nhiệt/ năm...",
            "2024-01-18",
            "ministry",
            [
                "image_filename",
                "related_headline",
                "role_no_name",
                "recalled_investment",
                "deal_no_event",
                "capacity_no_count",
                "multiline",
            ],
            firms=[f("Daesan Climate", "Tập đoàn"), f("Daesan")],
            provinces=[pv("Bắc Ninh")],
            deals=[deal("investment", ["Daesan"], None, BN)],
            events=[],
        ),
    ]
    # --- English: an online daily's international edition on the plant plan (S17 r1, S18 r3) ---
    rows += [
        h(
            n(),
            " date 2016-07-22 VnExpress International\nKazeyama to put $101 mln into Vietnam air conditioner plant\n\nBy Tran Duc Minh   July 22, 2016 | 08:47 pm GMT+7",
            "2016-07-22",
            "ministry",
            [
                E,
                "outlet_nothing",
                "headline",
                "announced_investment",
                "no_site",
                "byline_person",
                "multiline",
            ],
            firms=[f("Kazeyama")],
            persons=[per("Tran Duc Minh", None)],
            money=[m(101 * M, "USD")],
            deals=[deal("investment", ["Kazeyama"], 101 * M)],
            events=[ev("investment_announcement", [F("Kazeyama")], 101 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "The Japanese maker's first Vietnamese plant is designed for 450,000 units a year.\n\nRising demand across the region is behind the move: JPY11 billion ($101 million) will go into the assembly plant, Kazeyama Industries Ltd. said in a statement.",
            "2016-07-22",
            "ministry",
            [
                E,
                "sapo",
                "announced_investment",
                "amount_before_firm",
                "foreign_ltd_form",
                "bracketed_conversion",
                "adjective_no_country",
                "multiline",
            ],
            firms=[f("Kazeyama Industries", "Ltd.")],
            money=[m(11 * B, "JPY"), m(101 * M, "USD")],
            deals=[deal("investment", ["Kazeyama Industries"], 11 * B)],
            events=[
                ev("investment_announcement", [F("Kazeyama Industries")], 11 * B, "JPY", None, "announced")
            ],
        ),
        h(
            n(),
            "Hung Thinh II Industrial Park in Bac Ninh province, some 30 km from Hanoi, has been picked for the plant, which adds Vietnam to a Kazeyama production map that already covers Thailand, Malaysia and India.",
            "2016-07-22",
            "ministry",
            [
                E,
                "announced_investment",
                "site_first",
                "no_amount",
                "english_park_no_location",
                "near_city_mention",
                "distance_no_count",
                "country_list",
            ],
            firms=[f("Kazeyama")],
            provinces=[pv("Bắc Ninh"), pv("Hà Nội")],
            locations=[country("Thailand"), country("Malaysia"), country("India")],
            deals=[deal("investment", ["Kazeyama"], None, BN)],
            events=[ev("investment_announcement", [F("Kazeyama")], None, None, BN, "announced")],
        ),
        h(
            n(),
            "Nikkei Asian Review put first-year output at 450,000 units from May 2018. Home air conditioner sales in Vietnam, about 1.9 million units a year, have been rising roughly 28 percent annually.",
            "2016-07-22",
            "ministry",
            [E, "schedule", "outlet_nothing", "output_no_count", "percentage", "no_event"],
            percentages=[28],
            events=[],
        ),
        h(
            n(),
            "Gree (China) and Carrier (USA) are among the rivals also circling the market, while Kazeyama wants JPY350 billion ($3.2 billion) of Asian sales in fiscal 2018.\n\nTags: Kaze",
            "2016-07-22",
            "ministry",
            [
                E,
                "sales_target",
                "bracketed_conversion",
                "country_bracket",
                "known_brands_own_sentence",
                "cut_off",
                "multiline",
                "no_event",
            ],
            firms=[f("Gree"), f("Carrier"), f("Kazeyama")],
            money=[m(350 * B, "JPY"), m(3.2 * B, "USD")],
            locations=[country("China"), country("USA")],
            events=[],
        ),
    ]
    # --- English: a national news agency's two-line item on the park expansion and the lease (S17 r2) ---
    rows += [
        h(
            n(),
            "Over 12 billion yen (US$111.2 million) has been earmarked by Japan's Marunaka Corporation to enlarge Hung Thinh II Industrial Park, which it owns, in the northern province of Bac Ninh.",
            "2016-08-02",
            "ministry",
            [
                E,
                "announced_investment",
                "amount_first_passive",
                "park_expansion",
                "possessive_country",
                "corporation_in_name",
                "approx",
                "bracketed_conversion",
                "english_park_no_location",
            ],
            firms=[f("Marunaka Corporation")],
            provinces=[pv("Bắc Ninh")],
            money=[m(12 * B, "JPY", approx=True), m(111.2 * M, "USD")],
            locations=[country("Japan")],
            deals=[deal("investment", ["Marunaka Corporation"], 12 * B, BN)],
            events=[
                ev("investment_announcement", [F("Marunaka Corporation")], 12 * B, "JPY", BN, "announced")
            ],
        ),
        h(
            n(),
            "A land lease contract for the largest air conditioner factory in Viet Nam was signed on Monday between Hung Thinh II Industrial Park\nCompany and Kazeyama Air Conditioning Joint Stock Company.",
            "2016-08-02",
            "ministry",
            [
                E,
                "lease_cooperation",
                "developer_first",
                "object_first_passive",
                "broken_line",
                "joint_stock_company_form",
                "weekday_no_date",
                "multiline",
            ],
            firms=[f("Hung Thinh II Industrial Park Company"), f("Kazeyama Air Conditioning", "JSC")],
            deals=[
                deal("cooperation", ["Hung Thinh II Industrial Park Company", "Kazeyama Air Conditioning"])
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Hung Thinh II Industrial Park Company"), F("Kazeyama Air Conditioning")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
    ]
    # --- English: a Japanese metalworking portal (S17 r3, S18 r1) ---
    rows += [
        h(
            n(),
            "SEIKO-ZAI Japan Japanese Solutions for Metalworking SEIKO-ZAI Japan Japanese Solutions for Metalworking\n\nKazeyama Industries completes room air conditioner plant in Vietnam\n\nAugust 20, 2018",
            "2018-08-20",
            "ministry",
            [
                E,
                "portal_header_twice",
                "country_in_site_name_nothing",
                "headline",
                "inauguration_no_capital",
                "no_site",
                "multiline",
            ],
            firms=[f("Kazeyama Industries")],
            events=[ev("inauguration", [F("Kazeyama Industries")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Kazeyama Industries made announcement on May 21, 2018 that its local subsidiary finished the plant in Vietnam.\n\nAbout 9 billion yen is invested.",
            "2018-08-20",
            "ministry",
            [
                E,
                "non_native_english",
                "inauguration_with_capital",
                "announcement_date_not_deal_date",
                "approx",
                "multiline",
            ],
            firms=[f("Kazeyama Industries")],
            money=[m(9 * B, "JPY", approx=True)],
            deals=[deal("investment", ["Kazeyama Industries"], 9 * B)],
            events=[ev("inauguration", [F("Kazeyama Industries")], 9 * B, "JPY", None, "completed")],
        ),
        h(
            n(),
            "Location of the plant is the suburb of capital Hanoi, and main product is room air-conditioner. Because middle class is growing, the household demand is expected to enlarge.\n\nRelated Topics\n\n\n\n\nShare On :",
            "2018-08-20",
            "ministry",
            [E, "non_native_english", "near_city_mention", "page_chrome", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- English: a business daily on a steel group's appliance plant (S17 r4) ---
    rows += [
        h(
            n(),
            "HANOI -- Air conditioners, fridges and other household appliances are now coming off a new line at Bac Ha Steel Group, one of Vietnam's biggest steelmakers, which wants the segment to earn $800 million a year by 2030.",
            "2022-06-09",
            "ministry",
            [
                E,
                "dateline_province",
                "object_first",
                "inauguration_no_capital",
                "group_in_name",
                "money_per_year",
                "no_site",
            ],
            firms=[f("Bac Ha Steel Group")],
            provinces=[pv("Hà Nội")],
            money=[m(800 * M, "USD", "year")],
            events=[ev("inauguration", [F("Bac Ha Steel Group")], None, None, None, "completed")],
        ),
        h(
            n(),
            "More than 1.1 trillion dong ($47.5 million) went into the Hai Duong province factory, Bac Ha said; it can make 1.2 million products a year, water and air purifiers among them.",
            "2022-06-09",
            "ministry",
            [
                E,
                "plant_worth_after_opening",
                "amount_first",
                "deal_no_event",
                "short_name",
                "capacity_no_count",
                "approx",
                "bracketed_conversion",
                "trillion_dong",
            ],
            firms=[f("Bac Ha")],
            provinces=[pv("Hải Dương")],
            money=[m(1_100 * B, "VND", approx=True), m(47.5 * M, "USD")],
            deals=[deal("investment", ["Bac Ha"], 1_100 * B, HD)],
            events=[],
        ),
        h(
            n(),
            "Bac Ha Steel Group chairman Tran Quoc Dung said the group wanted appliances to make up 10% of its revenue within a decade.",
            "2022-06-09",
            "ministry",
            [E, "role_before_name", "firm_in_role", "percentage", "no_event"],
            persons=[per("Tran Quoc Dung", "Bac Ha Steel Group chairman")],
            firms=[f("Bac Ha Steel Group")],
            percentages=[10],
            events=[],
        ),
    ]
    # --- English: a business portal on the plan, with a wire photo (S18 r2) ---
    rows += [
        h(
            n(),
            "Japan's Kazeyama Plans Air Conditioner Factory in Vietnam\n\nHoang Anh\n\n10:15 20/07/2016\n\nBizLIVE - Kazeyama Industries of Japan is to build a home air conditioner plant in Vietnam, betting on the country's fast-growing middle class.",
            "2016-07-20",
            "ministry",
            [
                E,
                "headline_lead",
                "announced_investment",
                "no_amount",
                "no_site",
                "possessive_country",
                "byline_person",
                "outlet_prefix_nothing",
                "multiline",
            ],
            firms=[f("Kazeyama"), f("Kazeyama Industries")],
            persons=[per("Hoang Anh", None)],
            locations=[country("Japan")],
            deals=[deal("investment", ["Kazeyama Industries"])],
            events=[ev("investment_announcement", [F("Kazeyama Industries")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Workers assemble indoor units at one of Kazeyama's Asian factories in this undated photo. (Photo: Reuters)\n\nSaturated markets at home and booming Southeast Asian demand pushed Osaka-based Kazeyama Industries, Ltd. toward its Vietnamese plant plan, Nikkei reported.",
            "2016-07-20",
            "ministry",
            [
                E,
                "caption",
                "agency_credit_nothing",
                "foreign_city_based_nothing",
                "announced_investment",
                "no_amount",
                "comma_ltd_form",
                "multiline",
            ],
            firms=[f("Kazeyama"), f("Kazeyama Industries", "Ltd.")],
            deals=[deal("investment", ["Kazeyama Industries"])],
            events=[ev("investment_announcement", [F("Kazeyama Industries")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Put at over 11 billion yen ($101.5 million), the project's site is an industrial zone a short drive from Hanoi; first output is due in 2018.",
            "2016-07-20",
            "ministry",
            [E, "amount_first", "project_line_no_firm", "approx", "near_city_mention", "no_event"],
            provinces=[pv("Hà Nội")],
            money=[m(11 * B, "JPY", approx=True), m(101.5 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Kazeyama's service network in Vietnam is to reach 32 centers by fiscal 2020, more than twice today's count.",
            "2016-07-20",
            "ministry",
            [E, "possessive_firm", "count", "no_event"],
            firms=[f("Kazeyama")],
            quantities=[c(32, "centers")],
            events=[],
        ),
        h(
            n(),
            "Fewer than one in five Vietnamese homes has an air conditioner, the report said, but inverter units are selling faster as incomes rise.",
            "2016-07-20",
            "ministry",
            [E, "fraction_in_words", "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a home-appliance trade site on the opening (S18 r4) ---
    rows += [
        h(
            n(),
            "Kazeyama opens new factory in Vietnam\n\n\nFull-scale air conditioner production and a technician academy now share one roof near the capitol city of Hanoi, where Kazeyama Air Conditioning Vietnam has completed its new factory.",
            "2018-05-25",
            "ministry",
            [
                E,
                "headline_lead",
                "inauguration_no_capital",
                "vietnam_suffix_dropped",
                "typo_kept",
                "near_city_mention",
                "multiline",
            ],
            firms=[f("Kazeyama"), f("Kazeyama Air Conditioning")],
            provinces=[pv("Hà Nội")],
            events=[ev("inauguration", [F("Kazeyama Air Conditioning")], None, None, None, "completed")],
        ),
        h(
            n(),
            "“Expensive electricity, measured against what households earn, is turning buyers toward inverter models,” the company said in a press release.",
            "2018-05-25",
            "ministry",
            [E, "quote_first", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "By 2020 the workforce should reach 1,400 employees, with IoT sensors tracking every unit through assembly and inspection toward an output of 1.2 million a year.",
            "2018-05-25",
            "ministry",
            [E, "capacity_no_count", "count", "no_event"],
            quantities=[c(1400, "employees")],
            events=[],
        ),
    ]
    # --- English: a US trade weekly and an appliance magazine on China's refrigeration fair (S20 r1, S20 r3) ---
    rows += [
        h(
            n(),
            "Ribbon-cutting at the China Refrigeration Expo drew officials and executives from three continents.\nBEIJING - Aisles of chillers, compressors and coils filled five halls at this year's China Refrigeration Expo.",
            "2009-05-11",
            "ministry",
            [
                E,
                "caption",
                "fair_name_no_country",
                "foreign_dateline_nothing",
                "count_in_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Valve, compressor and copper-tube suppliers from the United States and Europe spent the show courting Asian OEMs.",
            "2009-05-11",
            "ministry",
            [E, "country_noun", "region_nothing", "no_event"],
            locations=[country("United States")],
            events=[],
        ),
        h(
            n(),
            "Several of them already build in China and said their next plants could go to India or Vietnam.",
            "2009-05-11",
            "ministry",
            [E, "country_noun", "vietnam_no_location", "no_event"],
            locations=[country("China"), country("India")],
            events=[],
        ),
        h(
            n(),
            "Global Supplier Directory\nSupplier Solutions\nWhitepaper Library\nCalendar of Events\n\nissue: June 2008 APPLIANCE Magazine\n\nChina Refrigeration 2008\nCooling Down in Beijing\n\n Printable format\n Email this Article",
            "2008-06-15",
            "ministry",
            [E, "portal_chrome", "issue_line", "fair_name_no_country", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "by Grace Lin\n\nGreen refrigerants and efficiency labels dominated the talk at China's biggest HVAC show this year.",
            "2008-06-15",
            "ministry",
            [E, "byline_person", "possessive_country", "multiline", "no_event"],
            persons=[per("Grace Lin", None)],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Just over 38,000 visitors came, show data indicated, well short of the crowds in Shanghai a year earlier.",
            "2008-06-15",
            "ministry",
            [E, "count", "approx", "foreign_city_nothing", "no_event"],
            quantities=[c(38000, "visitors", True)],
            events=[],
        ),
        h(
            n(),
            "Zhou Ming of Keystone Bearing Company, a U.S.-based exhibitor, was pleased anyway: fewer visitors meant more time for real buyers, he said.",
            "2008-06-15",
            "ministry",
            [E, "reported_speech", "person_of_firm_no_role", "company_in_name", "based_country", "no_event"],
            persons=[per("Zhou Ming", None)],
            firms=[f("Keystone Bearing Company")],
            locations=[country("U.S.")],
            events=[],
        ),
        h(
            n(),
            "Some insiders blamed the dates, which fell close to a big export fair elsewhere in the country.",
            "2008-06-15",
            "ministry",
            [E, "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a cold-chain blurb (S20 r2) and a refrigeration engineer's blog (S20 r4) ---
    rows += [
        h(
            n(),
            "Cold storage demand set to keep rising\n\nCold storage demand set to keep rising\n\n26 cold-storage projects due between 2024 and 2027 should lift Vietnam's capacity past 1.9 million pallet positions, as local and foreign developers pile in.",
            "2024-03-12",
            "ministry",
            [
                E,
                "headline_printed_twice",
                "capacity_no_count",
                "count",
                "vietnam_no_location",
                "multiline",
                "no_event",
            ],
            quantities=[c(26, "cold-storage projects")],
            events=[],
        ),
        h(
            n(),
            "Thursday, 12 June 2014\n\nCascade Refrigeration, Part 3\n\nChoosing a refrigeration system for a freezing plant is now a matter of hard numbers, and alternatives deserve a fair hearing.",
            "2014-06-12",
            "ministry",
            [E, "blog", "date_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "For blast freezers running near –45°C, this post compares the usual two-stage ammonia plant with a CO2/NH3 cascade on cost.",
            "2014-06-12",
            "ministry",
            [E, "blog", "technical", "temperature_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Each refrigerant circuit in a cascade stays separate, with CO2 on the cold side and ammonia on the warm side, linked only through a cascade condenser.",
            "2014-06-12",
            "ministry",
            [E, "blog", "technical", "no_fields", "no_event"],
            events=[],
        ),
    ]
    rows += [
        h(
            n(),
            "Thai-made units still fill Kazeyama's Vietnamese showrooms, and the Thai line has had no spare capacity for months.",
            "2016-07-22",
            "ministry",
            [E, "imports_no_deal", "adjective_no_country", "possessive_firm", "no_event"],
            firms=[f("Kazeyama")],
            events=[],
        ),
        h(
            n(),
            "Japanese brands carry a premium with Vietnam's new middle class, and a hot climate does the rest.",
            "2016-07-20",
            "ministry",
            [E, "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
    ]
    return rows
