# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 126 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: glass, float glass, optical glass, lenses and optics components made in
Việt Nam (float, ultra-clear, rolled, energy-saving and container glass plants, camera-lens, optical-eye, eyewear and
optical-fibre plants, their FDI projects, licences, groundbreakings and openings, suppliers, and the trade remedies on
imported float glass). Written and annotated for every field BEFORE any tagger was run on them, without reading the
tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy kính nổi khánh thành
vốn đầu tư khu công nghiệp", S2 "kính siêu trắng nhà máy dự án tỷ đồng", S3 "nhà máy sản xuất kính cường lực doanh
nghiệp FDI đầu tư", S4 "thủy tinh quang học linh kiện quang học nhà máy Việt Nam", S5 "ống kính camera điện thoại nhà
máy Bắc Ninh Bắc Giang doanh nghiệp Trung Quốc", S6 "Viglacera kính nổi dây chuyền công suất tấn/ngày", S7 "nhà máy kính
quang điện kính pin năng lượng mặt trời khởi công", S8 "trao giấy chứng nhận đăng ký đầu tư dự án sản xuất kính", S9
"thấu kính linh kiện quang học doanh nghiệp Nhật Bản đầu tư khu công nghiệp", S10 "kính ô tô kính xây dựng nhà cung cấp
doanh nghiệp Việt Nam thị phần", S11 "chai lọ thủy tinh bao bì thủy tinh nhà máy đầu tư", S12 "kính tiết kiệm năng
lượng Low-E dây chuyền sản xuất khánh thành", S13 "linh kiện quang học sợi quang nhà máy khởi công vốn đầu tư triệu
USD", S14 "tập đoàn kính Trung Quốc đầu tư nhà máy kính tại Việt Nam", S15 "tròng kính mắt nhà máy sản xuất xuất khẩu
Việt Nam", S16 "chống bán phá giá kính nổi nhập khẩu doanh nghiệp sản xuất kính trong nước", and in English S17 "Vietnam
float glass plant investment million USD", S18 "optical lens manufacturer Vietnam factory opens", S19 "solar glass
factory Vietnam industrial park investment certificate", S20 "Vietnam glass industry suppliers foreign investors
production capacity". No sentence is taken or paraphrased from a page; the shapes are. Firm, plant, park-developer and
person names are invented (Kính nổi siêu trắng Long Sơn / Long Son Ultra Clear Float Glass / Long Son Float Glass, Vật
liệu Hồng Hà / Hong Ha Materials Corporation / Hong Ha Float Glass, Hạ tầng Khu công nghiệp Nam Bộ / Southern Industrial
Zone Infrastructure Corporation, Khoa học Kỹ thuật Minh Thái / Minh Thai Group, Kho vận Lạnh Bắc Sơn, Hanjin Innotech,
Helion Solar, Linh kiện Quang điện Kasumi, Ozawa Optics, Sợi quang Phương Nam (PNF), Lumencore, Kính nổi Vân Đồn, Kính
nổi Tam Hiệp and its plant, Kính nổi Đông Dương, Vật liệu xây dựng HTD5, Xây dựng Trường Sơn, Điện tử Sao Việt, Cam Pha
Glass Industry, Seiran Lens, Brandt Vakuumtechnik, Vietnam Sheet Glass, Asahara Glass, Kanemori Trading, Brightway
Optical International, Kestrel Optical, Daemyung Optics / Daemyung Optical, Tianrui Optical, Vinh Quang Optoelectronics,
Lumina Photonics Group, Glory Crystal Technology, Saigon Investment Advisory, Lao Cai Sheet Glass, Kính tấm Kitaura,
Kính siêu trắng Kinh Bắc, Đầu tư Thuận Thành, Kính Hoa Hạ, Kính cán Hòa Khánh, Đầu tư Hải Vân, Vật liệu Tân Hoa, Quang
học Fujimi, every official, chairman, director, author, student, scholar, photographer, byline and translator);
well-known names (Viglacera / the Vietnam Glass and Ceramics Corporation, VinFast, Apple, Samsung / Samsung
Electronics, Nokia, Canon, Honda, Donald Trump, Bộ Công Thương, Bộ Xây dựng, Cục Phòng vệ thương mại, Tổng cục Thống
kê, Ngân hàng Thế giới, the parks Châu Đức, Quế Võ III, Mỹ Xuân A and B2, Tân Phú Trung, Đình Trám, Mỹ Phước 3, Long
Đức, Bá Thiện II, VSIP Quang Ngai, Trang Due, Song Khoai, Bac Tien Phong, Diem Thuy and the Dung Quất zone) appear only in
sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; an ultra-clear float glass groundbreaking and a construction-stage story
on the same plant came back eight times between them, its inauguration in English four times, a Quảng Ninh float-glass
plan and a Central float plant's archive page three times each): 17 slots were spam (Italian and Polish foreign-domain
slugs on silico-manganese, silica sand and grinding, kuwin gambling salads with glued words, a cement brand's tag on
plastic bags, a Chinese tag on chip foundries, an unaccented news tag); 11 were tag, title and one-liner pages (an ebook
tag, a solar payback title, two legal-service tags, a ministry decision title with its year, a packaging title, two
VinFast plant titles, an archive tag, an anti-dumping tag with its decision and date); 10 were documents and explainers (a
solar-bidding ebook with FIT prices and the ministry's acronym, a solar history blog with related links, a law firm's
investment-certificate explainer with statistics and a legal list, a thesis in broken OCR with Japanese FDI lines and a
table, a master's thesis on a building-materials unit, a construction-glass industry report with an association quote,
a student essay's document-store page with labelled lines and a task table, a Chinese bottle maker's English blurb, an
energy-saving glass explainer in print view with a photo credit, an architecture journal piece with a green-growth
decision and a caption); 22 were Vietnamese news (the ultra-clear groundbreaking with its phases, charter capital,
founders' shares, offtake pledge and related links; the construction-stage story with a date line, investors,
environment pledge, jobs and planning; the Prime Minister's approval of two plants with "Nguồn:"; a second approval with
its assignments, "Theo ..." and a "Tags:" blurb on a cold-store opening; an FDI feature twice; a camera-module plant
started in Hải Phòng with a timestamp, a won budget and its conversion, a caption and competitors; phone exports with a
Nokia groundbreaking and comment chrome; a thin-film solar plant broken ground in TP.HCM on an entertainment site with
officials, capacity and an expansion wish; an optical-eye plant broken ground in Bắc Giang twice; a Japanese lens
maker's planned second Hà Nội plant with a yen worth, area, workforce, plant shares and targets; an optical-fibre
maker's planned licence and groundbreaking with a recalled technology contract; an interview on "Made in Vietnam"; an
anti-dumping investigation with its petitioners, provisional duties told twice, a portal header with a hotline); 18
were English (the inauguration of the ultra-clear plant with its founders and a byline and translator, four times; its
first square metre of glass; the wire's groundbreaking story with phase cost, charter capital and offtake pledge; a
Quảng Ninh float-glass expansion plan three times; Vietnam's first float-glass ceremony in 1999 with a deputy minister,
a partner's president and the venture's founders; a VSIP page on a lens maker's groundbreaking twice; a blog repost of
an energy-saving glass line's opening with a garbled amount; an eyewear magazine's factory visits; a Korean lens maker's
top-up; a forum thread on a Chinese optics group's memorandum with a province; an economic-zone portal's licence of a
phone plant with a garbled date; a park developer's licence round with attendees and a project list; a consultancy's
archive of a Central float plant nearly done; a glassmakers' export feature with three leaders); 2 were Chinese pages (a
Japanese group's two glass plants started; a float plant easing demand; read for their shapes and rendered here in
Vietnamese). About 30 of the 80 slots told a deal or an event with a named party (groundbreakings 12 counting
retellings, openings and first output 8, announced plans 5, licences 2, a memorandum with a province, a top-up, a
recalled joint venture, a recalled technology contract), most of them the same few stories; approvals naming no
investor, a licence round with unnamed firms, anti-dumping cases, pledges and charter-capital splits came up too. No
supply contract between a glass maker and a buyer, no acquisition and no firm-firm memorandum came up in any first four
(the car-glass, eyewear-lens and container-glass searches returned spam, theses and explainers), so the batch has none.

Rows: 159 (hand-38401 to hand-38559); 34 carry a deal or an event (21%): 25 events (9 groundbreakings, 8 investment
announcements, 5 inaugurations, 1 supply contract, 1 MoU, 1 investment licence) and 32 `deals` entries (21 investment, 9
groundbreaking, 2 supply_contract); 9 rows hold only deals without events (hand-38430 a consortium investor line, 38461
a recalled technology contract, 38477 two recalled FDI lines in a thesis, 38488 a consortium sharing the project, 38499
an owner line, 38503 a recalled joint venture, 38506 a top-up already spent, 38516 two round lines without a
verb, 38535 a consortium investor line) and 4 an event without a deal (openings and first output without capital:
38434, 38438, 38485, 38487). 125 rows are negatives and other fields. By page kind: 12 rows of spam slugs, salads and
gambling lines (38401-38412; 0 with a deal or event), 10 of tag, title and one-liner pages (38413-38422; 2), about 30
of documents, theses, essays, explainers, an ebook, a blog, a law firm's pages and an interview (38449-38451,
38469-38484, 38549-38558 in part; 1), about 62 of Vietnamese news (38423-38448, 38452-38468, 38529-38548 in part; 18), 5
of the Chinese pages rendered in Vietnamese (38524-38528; 1) and 40 of English copy (38485-38523, 38559; 13); 40 rows
are English (`english_copy`, 25%). 10 rows are stored in NFD (hand-38429, 38454, 38465, 38524, 38527, 38529, 38534,
38543, 38549, 38558); 7 use old tone placement (38410 "hoá học", 38437 and 38484 "hàng hoá", 38448 "minh hoạ", 38474
"đa dạng hoá", 38534 "Hoà Khánh", 38555 "điều hoà ... toà nhà"); 52 hold several lines (headlines and leads, date and
time lines, page chrome, captions, bylines and translators, related links, tags, labelled document lines, tables).

Own wording: every row was drafted in its own order and wording with changed figures, names, dates and places; on
review against the notes taken from the sampled pages, about 80 drafts still kept a page's clause order or its run of
facts (the groundbreaking lead, phases, charter capital and "first of its kind" recall; the construction lead, investors,
environment pledge, jobs and planning; the second approval; the cold-store blurb; the FDI lead and related links; the
camera plant's lead and budget; phone exports and the Nokia line; the solar plant's lead, officials, expansion and
rooftop lines; the optical-eye lead and targets; the lens maker's lead, worth, plant shares and targets; the fibre
maker's lead and contract; the anti-dumping headline, petitioners, duties and findings; the explainers' definitions; the
industry report's growth line and quote; the OCR FDI line; the law firm's statistics and definition; the interview
answer; and nearly every English paragraph and both Chinese pages) and were rewritten from scratch (amount-first,
object-first, passive, place-first, reported speech) with their gold redone; two Chinese-page figures that had survived
a first draft (the growth range and the daily tonnage) were changed. Two English drafts (a national-output line from the
1999 story and a magazine's directory line) were taken out to bring the English share to the sample's. Rows first
planned from results ranked 5-8 were never written, and nothing was used from ranks 5-8, among them: an energy-saving
glass project's development-bank credit and equipment contract (S1 r6, S6 r5), a patterned solar glass groundbreaking in
Huế (S1 r7), a spam copy of the ultra-clear joint venture (S1 r8), a French wire page on a glove plant (S3 r8), an
encyclopaedia page on optical materials (S4 r5), a lens maker's shipment figures and a camera-module order story (S5 r6,
S5 r8), a sanitary-ware groundbreaking with a same-day glass opening (S6 r6), a solar plant's suspension and sale (S7 r6)
and solar-project lists (S7 r5, r7, r8), a law firm's licensing-authority list and a tender site's HTML head (S8 r5-r6),
an optics plant's opening in Vĩnh Phúc told in French and English and a lens hub feature (S9 r5-r8, S18 r6-r8), ranking
tags and a support-industry feature (S10 r5-r8, S14 r8), a paper-packaging report with its contents (S11 r5), a
building-materials association quote on energy-saving glass (S12 r6), a state telecom unit's optical-fibre plant opening
and feature (S13 r5, r7, r8), a counterfeit-eyewear village (S15 r5), a Taiwanese float-glass duty and a government
portal's anti-dumping copy (S16 r6, r8), a float line's cold repair, a Japanese group's new float-glass venture and a
container-glass market survey (S17 r5, r8, S20 r5), a contact-lens plant's groundbreaking in Thái Bình (S18 r5), a park
developer's history and a park approval (S19 r6-r7), a construction-glass overview and a glass-surplus lobbying story
(S20 r6-r8).

Conventions: exactly those of batches 10 and 12-124 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started", dated only when the row gives a
day; a named firm's plan, planned groundbreaking, planned opening or plant under construction with its owner is an
announced investment (batch 124); an opening with its capital is an investment deal and an inauguration "completed",
without capital the event only, a first output an opening (batch 47); a licence is an investment deal and an
investment_licence event "licensed", the granting body a government party as written; an MoU between a firm and a
People's Committee is the firm's investment deal and an mou event with the committee (batch 102); recalled plants,
spending, top-ups, contracts, joint ventures and investor lines are deals without events; a consortium or joint
venture is ONE deal of its members; approvals naming no investor, submissions, charter-capital splits, offtake pledges,
petitions, duties, wishes, conditional expansions, targets and deliveries without a contract word give no deal; vague
amounts are none; "khoảng", "chừng", "gần", "hơn", "trên", "about", "some", "over", "more than", "nearly", "almost" are
approximate; bracketed and "tương đương" conversions are both money, the deal's amount the first written; money per unit
keeps its unit ("USD/kWh", "USD/năm"); won are KRW, yen JPY, euro EUR, "đô la Mỹ" USD; capacities (tấn/ngày, MW, GW, km
sợi), product square metres, durations, ordinals, page counts, counts in words and counts without a noun are no counts,
English counts keep their English noun; land in m2, square metres and ha is an area; Vietnamese legal forms are
normalised ("CTCP", "- CTCP" -> "Công ty CP" / "Tổng công ty"), foreign ones kept as written ("JSC", "Co.", "Co", "Co
Ltd", "Joint Stock Company", "Co. Ltd" and "CO., LTD" -> "Co., Ltd."), "Group" and "Corporation" stay in the name,
"Việt Nam"/"Vietnam" and a trailing "Vina" are dropped from a foreign subsidiary's name, a bracketed acronym is no
second firm, a headline's short name adds no firm (batch 102), a province inside a firm's name is no mention; organisations
expand UBND and KCN, caps names take their usual spelling, government parties keep the text's spelling, a bare unit
("Ban quản lý các khu công nghiệp", "the committee") is none, "Thủ tướng Chính phủ" is an organisation and a bare "Thủ
tướng" or "Phó Thủ tướng" none; Vietnamese country words ("(Mỹ)", "(Phần Lan)", "hãng Hàn Quốc", "nhà đầu tư Nhật Bản")
and English country nouns and possessives ("China's", "Korea's", "Germany's", "Taiwan's", "Hong Kong", "Cambodia") are
countries, English adjectives ("Chinese-made", "Canadian", "Korean-invested") and "Việt Nam"/"Vietnam" none; regions
and foreign cities ("Đông Nam Á", "Đông Nam Bộ", "Gumi", "Phật Sơn", "Saitama", "tỉnh Aomori") nothing; parks written in
Vietnamese are locations (KCN expanded), English parks, districts and VSIP names none; districts need "huyện"/"thị
xã"; bylines, photo credits, translators and authors are persons without role, initials ("Ảnh: HJ"), outlets, agencies
and site names ("KTSG Online", "The Elec", "Báo Xây dựng", "Reuters", "Biz Hub", "VOV", "-VNA", "Viet Nam News")
nothing; academic titles ("PGS.TS") are no role; a role keeps its text as written; HS codes, case codes, phone numbers
and student ids nothing; old tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- The ultra-clear plant's story (38423-38433, 38485-38492): the headline "Long Sơn động thổ ..." with its lead naming
  "Công ty TNHH Kính nổi siêu trắng Long Sơn" gives ONE firm (the headline's short name adds none); the phase line
  without a firm is money only; "Vốn điều lệ 910 tỷ đồng của Long Sơn được góp bởi A (36%), B (29%) và, phần còn lại,
  C" and "A, B and C put up Long Son's ... charter capital" are shareholdings (batch 82), no deal; "Chủ đầu tư gồm ba
  bên: A, B và C" and "A, B and C share the project" are ONE consortium investment deal without amount, event or site;
  "Lò kính ... đang được Long Sơn gấp rút hoàn thiện; tổng mức đầu tư ... chừng 2.290 tỷ đồng" is Long Sơn's announced
  investment (batch 124's reading of a plant under construction, sited by the park's province in the headline), and so
  is Hòa Khánh's amount-first "Khoảng 1.760 tỷ đồng là tổng mức đầu tư nhà máy ... mà Công ty TNHH X đang dựng ở Đà
  Nẵng" (38534).
- "X produced its first square metre of glass on October 30, 2021" (38485) is an inauguration without capital (batch
  47's first output); the English headline " date 2021-12-09 Long Son Float Glass Co. opens first phase ..." (38487) is
  an inauguration of the firm as written, without site.
- Hanjin's plant (38438-38439): the lead "Nhà máy mới của Hanjin Innotech ở Hải Phòng ... đã chạy máy" is an
  inauguration without capital; "Chừng 1.100 tỷ won (khoảng 20.000 tỷ đồng) là số tiền Hanjin Innotech định rót vào
  Hải Phòng ...; riêng dây chuyền V5 đã chạy từ cuối tháng 9" reads as an opening with its capital: an investment deal
  in KRW and an inauguration, undated (a month).
- A technology-transfer contract is a supply_contract, technology supplier first: recalled and dated ("Hợp đồng chuyển
  giao công nghệ trọn gói giữa Lumencore và PNF được ký ngày 11-10-2009", 38461) a deal without event dated that day;
  the related-link headline "Lumencore ký chuyển giao công nghệ cho PNF" (38460) a signed supply_contract event without
  date or site. A ceremony still to come at which PNF "sẽ vừa nhận Giấy chứng nhận đầu tư vừa động thổ nhà máy 158
  triệu USD" (38459) is one announced investment; the future licence gives no licence event.
- A planned opening ("nhà máy ... dự kiến được cắt băng" in March 2025, 38454) is an announced investment without
  amount; the plant's worth, area and workforce in the next row without the firm are money, area and a count only.
- Trade remedies (38422, 38463-38468, 38549-38550): decisions, organisations, percentages and countries only;
  petitioners ("Đứng đơn là Công ty CP X cùng ...") are firm mentions and no deal; a duty range gives both percentages;
  HS codes, the case code and a portal's hotline nothing.
- A Chinese optics group's memorandum told in English ("A memorandum of understanding signed with the Thai Nguyen
  People's Committee commits Tianrui Optical Technology Group to an optics complex ... worth about US$1.8 billion",
  38510) is Tianrui's investment deal sited in Thái Nguyên and an mou event with G("Thai Nguyen People's Committee"),
  amount approximate; the forum thread title "Tianrui Optical Plans USD 1.8B Optics Hub In Northern Vietnam" (38509)
  is an announced investment without site; licensing of sensor technology in a forum reply no deal.
- A licence round whose firms are unnamed ("certificates that seven land-leasing firms ... received", 38514) gives no
  event; "Among the six projects certified in Song Khoai ... were an optical-glass and lens plant of Lumina Photonics
  Group and a cover-glass line of Taiwan's Glory Crystal Technology" (38516) gives two deals without events, amount or
  site (batch 73's round lines without a verb). A caps grantor on an economic-zone portal ("HAI PHONG ECONOMIC ZONE
  AUTHORITY ... handed X Joint Stock Company the Investment Registration Certificate", 38513) is the government party as
  written, the organisation in its usual spelling; the garbled date "on 9 November, 11" gives no deal date.
- "An extra US$18 million has gone into the Bac Ninh plant of ... Daemyung Optics Vina ..., the company said" (38506) is
  a top-up already spent: a deal without event (batch 124's "put $47.6 million into the facility"); "Korea's Daemyung
  Optical Co Ltd, its sole owner, now has $43 million in the country" (38507) a total and a shareholding, no deal; the
  site's growth "from 12ha to 30ha" two areas.
- "The plant belongs to state-owned Hong Ha Materials Corporation" (38499) is an owner line: an investment deal without
  amount, event or site; "A, B and the Vietnam Glass and Ceramics Corporation (Viglacera) own Vietnam Sheet Glass Co., a
  50-year, US$118-million venture formed in June 1995" (38503) is ONE recalled investment deal of the three owners with
  the amount, the venture a firm mention.
- One group breaking ground on two plants with one total and no parks ("Kitaura khởi công hai nhà máy kính ... dành
  hơn 320 triệu USD cho hai nhà máy", 38524) is one groundbreaking deal and event without site; its first plant "đặt
  tại KCN Mỹ Xuân A" (38525) an existing plant, no deal.
- A thesis in broken OCR naming past FDI ("hơn 290 triệu USD của Canon đã vào Hà Nội, Honda Việt Nam rót vào Vĩnh
  Phúc hơn 270 triệu USD (số liệu năm 2009)", 38477) gives two recalled investment deals without events, sited, amounts
  approximate; the garbled words ("đẩu tư", "phía Bác") give nothing; table cells give no counts.
- VinFast titles on a glass search (38419-38420): "chốt lịch khởi công nhà máy 2 tỷ USD ở Ấn Độ" is an announced
  investment without province (a plant abroad), "lên kế hoạch mở nhà máy lắp ráp ở Indonesia" one without amount;
  capacity "50.000 xe/năm" no count.
- "Tags:" followed by an unrelated cold-store opening (38434) gives the blurb's inauguration without capital, sited by
  its headline's "Đồng Nai" (batch 82); a ministry's submission asking the Prime Minister to allow a float line (38538)
  is no deal; the approvals naming no investor (38432-38433, 38539-38540) give organisations and places only.
- Roles as written: "deputy director" when the firm comes earlier in the sentence (38520), "general secretary of the
  Vietnam Glass Association", "president of Asahara Glass", "Bac Ninh People's Committee chairman" after the name; the
  essay's label "Người hướng dẫn" gives that role (batch 73's label rule); "Lãnh đạo TP.HCM" and "the committee" are no
  persons or organisations; a given name alone ("Marcus", taken out) none.
- Ratios and shares: "chiếm 38% cả nước", "60-75% sản lượng", "5-8% of output", "quality glass to reach 75%" are
  percentages; "Ba dây chuyền" and "Seven projects" counts in words, none; "employs over 350" a count without a noun,
  none; "1.623 dự án FDI" and "17 ngành kinh tế" counts; land "26.000 m2" 2.6 ha and "75,000 square meters" 7.5 ha.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_126(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BRVT = cur("Bà Rịa - Vũng Tàu")
    BN = cur("Bắc Ninh")
    BG = cur("Bắc Giang")
    HP = cur("Hải Phòng")
    HCM = cur("Hồ Chí Minh")
    HN = cur("Hà Nội")
    QNg = cur("Quảng Ngãi")
    QNi = cur("Quảng Ninh")
    TNg = cur("Thái Nguyên")
    BD = cur("Bình Dương")
    DNai = cur("Đồng Nai")
    VP = cur("Vĩnh Phúc")

    ids = iter(range(38401, 38401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam slugs, keyword salads and gambling lines (S2 r1, S2 r3, S4 r1-r4, S5 r1, S5 r2, S6 r1-r2, S10 r1, S10 r4,
    # S11 r2, S12 r1, S13 r2, S15 r1, S15 r3, S15 r4) ---
    rows += [
        h(
            n(),
            "hệ số giãn nở nhiệt thấp thủy tinh borosilicat giá mỗi tấn nhà máy",
            "2021-02-11",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy trình nghiền cát thạch anh cho lò nấu kính được chứng nhận công suất lớn dòng vsi7",
            "2022-05-03",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "oxit nhôm silic ferro bảng giá hệ số thành phần giãn nở kính nổi 2020",
            "2020-10-03",
            "ministry",
            ["foreign_domain_slug", "lowercase", "year_no_date", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "越南光学镜头工厂排名前十有哪些企业",
            "2024-03-19",
            "ministry",
            ["chinese_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh so ong kinh camera o trung quoc thi truong quang hoc",
            "2023-07-22",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin kết quả xổ số hôm naykính cường lực giá bao nhiêu 1m2nhà cái uy tín top 10",
            "2024-01-08",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin soi cầu miền bắcgương kính phòng tắm đẹpbảng xếp hạng hạng nhất anh",
            "2024-02-14",
            "ministry",
            ["spam_line", "glued_words", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tui dung chai thuy tinh bao nhieu tien 1kg",
            "2022-11-27",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí dự án nhà máy tuyển cát silic làm kính quy mô nhỏ",
            "2021-08-30",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin giá vàng hômnay công thức hoá học thủy tinhthứ hạng của bóng đá việt",
            "2023-12-02",
            "ministry",
            ["spam_line", "glued_words", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "malwa máy mài kính quang học chứng chỉ tiêu thụ đặc biệt trung tâm",
            "2022-09-15",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá dưới cùng sản phẩm mới hướng dẫn sản xuất gương tráng bạc thương mại",
            "2022-06-21",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title and one-liner pages (S3 r3, S7 r1, S8 r2-r4, S11 r1, S14 r1, S14 r3, S15 r2, S16 r3) ---
    rows += [
        h(
            n(),
            "công nghệ sản xuất kính nổi và kính cán ebook pdf",
            "2021-04-06",
            "ministry",
            ["tag_page", "ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điện mặt trời áp mái: bao lâu thì hoàn vốn?",
            "2020-08-12",
            "ministry",
            ["title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận đủ điều kiện sản xuất kính an toàn",
            "2023-03-09",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trình tự công bố hợp quy kính xây dựng Lưu trữ",
            "2022-12-01",
            "ministry",
            ["tag_page", "archive_label", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1452/QĐ-BXD 2023 công bố danh mục tiêu chuẩn kính xây dựng",
            "2023-11-20",
            "legal",
            ["title_page", "decision_year_no_date", "no_event"],
            decisions=[d("1452/QĐ-BXD")],
            events=[],
        ),
        h(
            n(),
            "Vai trò của bao bì thủy tinh trong ngành đồ uống",
            "2022-02-17",
            "ministry",
            ["title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "VinFast chốt lịch khởi công nhà máy 2 tỷ USD ở Ấn Độ, công suất 50.000 xe/năm",
            "2024-01-30",
            "ministry",
            [
                "title_page",
                "planned_groundbreaking",
                "announced_investment",
                "plant_abroad",
                "capacity_no_count",
                "country_after_noun",
            ],
            firms=[f("VinFast")],
            money=[m(2 * B, "USD")],
            locations=[country("Ấn Độ")],
            deals=[deal("investment", ["VinFast"], 2 * B)],
            events=[ev("investment_announcement", [F("VinFast")], 2 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Reuters: VinFast lên kế hoạch mở nhà máy lắp ráp ở Indonesia",
            "2023-11-04",
            "ministry",
            ["title_page", "outlet_prefix_nothing", "announced_plan", "plant_abroad", "no_amount"],
            firms=[f("VinFast")],
            locations=[country("Indonesia")],
            deals=[deal("investment", ["VinFast"])],
            events=[ev("investment_announcement", [F("VinFast")], None, None, None, "announced")],
        ),
        h(
            n(),
            "vật liệu làm kính Lưu trữ",
            "2022-07-07",
            "ministry",
            ["tag_page", "archive_label", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thuế chống bán phá giá\n\nKính nổi không màu gốc Indonesia và Malaysia phải chịu thuế chống bán phá giá tạm thời kể từ khi Quyết định số 311/QĐ-BCT, ký ngày 12/2/2026, có hiệu lực, Cục Phòng vệ thương mại cho hay.",
            "2026-02-14",
            "ministry",
            ["tag_page", "section_label", "trade_defence", "decision_date", "multiline", "no_event"],
            organizations=["Cục Phòng vệ thương mại"],
            decisions=[d("311/QĐ-BCT", "2026-02-12")],
            locations=[country("Indonesia"), country("Malaysia")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an ultra-clear float glass plant broken ground in Bà Rịa - Vũng Tàu, its founders and the Prime
    # Minister's approvals (S1 r1-r4, S2 r2, S2 r4, S3 r1, S3 r4, S14 r4: one groundbreaking story and one construction
    # feature told again and again, two approval notes, a "Tags:" blurb) ---
    rows += [
        h(
            n(),
            "Bà Rịa - Vũng Tàu: Long Sơn động thổ lò kính siêu trắng 600 tấn/ngày\nCông ty TNHH Kính nổi siêu trắng Long Sơn làm lễ động thổ giai đoạn 1 của nhà máy sáng 18/8, trên khu đất ở KCN Châu Đức, huyện Châu Đức.",
            "2018-08-19",
            "provincial",
            [
                "headline_lead",
                "groundbreaking",
                "short_name_in_headline",
                "capacity_no_count",
                "district",
                "park",
                "deal_date",
                "multiline",
            ],
            firms=[f("Kính nổi siêu trắng Long Sơn", "Công ty TNHH")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[park("Khu công nghiệp Châu Đức"), district("huyện Châu Đức")],
            deals=[deal("groundbreaking", ["Kính nổi siêu trắng Long Sơn"], None, BRVT, "2018-08-18")],
            events=[ev("groundbreaking", [F("Kính nổi siêu trắng Long Sơn")], None, None, BRVT, "started")],
        ),
        h(
            n(),
            "900 tấn/ngày nữa sẽ đến từ giai đoạn 2 (2020-2023); trước đó, giai đoạn 1 trị giá 2.380 tỷ đồng phải cho lò 600 tấn/ngày cháy vào năm 2019.",
            "2018-08-19",
            "provincial",
            ["phase_amount_no_firm", "capacity_no_count", "no_event"],
            money=[m(2_380 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Vốn điều lệ 910 tỷ đồng của Long Sơn được góp bởi Tổng công ty Vật liệu Hồng Hà - CTCP (36%), Tổng công ty Hạ tầng Khu công nghiệp Nam Bộ (29%) và, phần còn lại, Tập đoàn Khoa học Kỹ thuật Minh Thái (Trung Quốc).",
            "2018-08-19",
            "provincial",
            [
                "charter_capital_shareholding",
                "no_deal",
                "ctcp_suffix",
                "park_word_in_firm",
                "country_bracket",
                "no_event",
            ],
            firms=[
                f("Long Sơn"),
                f("Vật liệu Hồng Hà", "Tổng công ty"),
                f("Hạ tầng Khu công nghiệp Nam Bộ", "Tổng công ty"),
                f("Khoa học Kỹ thuật Minh Thái", "Tập đoàn"),
            ],
            money=[m(910 * B, "VND")],
            percentages=[36, 29],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Toàn bộ kính siêu trắng làm ra để xuất khẩu làm tấm pin mặt trời sẽ do Minh Thái đứng ra mua lại, theo cam kết của đối tác này.",
            "2018-08-19",
            "provincial",
            ["offtake_pledge_no_deal", "short_name", "no_event"],
            firms=[f("Minh Thái")],
            events=[],
        ),
        h(
            n(),
            "Trước Long Sơn, chưa doanh nghiệp nào ở Việt Nam động thổ một lò kính siêu trắng; chủ trương cho dự án đã được Thủ tướng Chính phủ thông qua từ cuối năm 2016.",
            "2018-08-19",
            "provincial",
            ["recalled_approval_no_event", "short_name", "no_event"],
            firms=[f("Long Sơn")],
            organizations=["Thủ tướng Chính phủ"],
            events=[],
        ),
        h(
            n(),
            "Tin liên quan\n-\nKinh tế Việt Nam\nPhó Thủ tướng: Bà Rịa - Vũng Tàu cần tăng tốc thu hút dự án công nghiệp sạch",
            "2018-08-19",
            "provincial",
            ["related_links", "role_no_name", "multiline", "no_event"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            events=[],
        ),
        h(
            n(),
            "14/09/2018\n\nKính siêu trắng “made in Bà Rịa - Vũng Tàu” sắp ra lò\n\nLò kính siêu trắng ở KCN Châu Đức đang được Long Sơn gấp rút hoàn thiện; tổng mức đầu tư đã điều chỉnh còn chừng 2.290 tỷ đồng.",
            "2018-09-14",
            "ministry",
            [
                "nfd",
                "date_line",
                "headline_lead",
                "plant_under_construction",
                "announced_investment",
                "approx",
                "object_first_passive",
                "multiline",
            ],
            firms=[f("Long Sơn")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(2_290 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Châu Đức")],
            deals=[deal("investment", ["Long Sơn"], 2_290 * B, BRVT)],
            events=[ev("investment_announcement", [F("Long Sơn")], 2_290 * B, "VND", BRVT, "announced")],
        ),
        h(
            n(),
            "Chủ đầu tư gồm ba bên: Hồng Hà, Minh Thái và Tổng công ty Hạ tầng Khu công nghiệp Nam Bộ; kính dày 3-15 mm sẽ ra thị trường khoảng 20 tháng sau ngày động thổ.",
            "2018-09-14",
            "ministry",
            ["investor_line", "consortium_one_deal", "deal_no_event", "duration_no_count", "no_site"],
            firms=[f("Hồng Hà"), f("Minh Thái"), f("Hạ tầng Khu công nghiệp Nam Bộ", "Tổng công ty")],
            deals=[deal("investment", ["Hồng Hà", "Minh Thái", "Hạ tầng Khu công nghiệp Nam Bộ"])],
            events=[],
        ),
        h(
            n(),
            "Kính tiết kiệm năng lượng và kính cho pin mặt trời là hướng được quy hoạch ngành đến năm 2030 ưu tiên, thay cho kính thông thường; riêng nhà máy này cần chừng 320 lao động.",
            "2018-09-14",
            "ministry",
            ["count", "approx", "planning_no_deal", "no_event"],
            quantities=[c(320, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Hai dự án kính siêu trắng – ở KCN Châu Đức (Bà Rịa - Vũng Tàu) và KCN Quế Võ III (Bắc Ninh) – vừa được Thủ tướng Chính phủ cho phép về chủ trương; Bộ Xây dựng được giao đôn đốc chủ đầu tư.\n\nNguồn: baoxaydung.com.vn",
            "2016-11-24",
            "ministry",
            [
                "approval_no_investor",
                "province_bracket",
                "dash_aside",
                "source_line_nothing",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ", "Bộ Xây dựng"],
            provinces=[pv("Bà Rịa - Vũng Tàu"), pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Châu Đức"), park("Khu công nghiệp Quế Võ III")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy kính siêu trắng 650 tấn/ngày ở KCN Mỹ Xuân B2, thị xã Phú Mỹ đã được Thủ tướng Chính phủ bật đèn xanh về chủ trương. Việc giám sát chủ đầu tư được giao cho UBND tỉnh Bà Rịa - Vũng Tàu, phối hợp cùng Bộ Xây dựng.\n\nTheo Báo Xây dựng",
            "2017-04-11",
            "ministry",
            [
                "approval_no_investor",
                "town_district",
                "capacity_no_count",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            organizations=[
                "Thủ tướng Chính phủ",
                "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
                "Bộ Xây dựng",
            ],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[park("Khu công nghiệp Mỹ Xuân B2"), district("thị xã Phú Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Tags:\n\nĐồng Nai: khai trương trung tâm kho lạnh thông minh\nCông ty CP Kho vận Lạnh Bắc Sơn chọn đúng dịp tròn 7 năm thành lập, chiều 9/11/2025, để đưa trung tâm kho lạnh ở KCN Long Đức vào hoạt động.",
            "2025-11-10",
            "ministry",
            [
                "tags_line",
                "unrelated_blurb",
                "inauguration_no_capital",
                "headline_province_site",
                "duration_no_count",
                "multiline",
            ],
            firms=[f("Kho vận Lạnh Bắc Sơn", "Công ty CP")],
            provinces=[pv("Đồng Nai")],
            locations=[park("Khu công nghiệp Long Đức")],
            events=[ev("inauguration", [F("Kho vận Lạnh Bắc Sơn")], None, None, DNai, "completed")],
        ),
    ]
    # --- An FDI feature returned twice (S3 r2, S13 r1) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Theo Tổng cục Thống kê, mức giảm 3,8% so với cùng kỳ kéo vốn FDI đăng ký nửa đầu năm 2023 xuống chừng 13,9 tỉ đô la Mỹ.",
            "2023-08-02",
            "ministry",
            ["outlet_bracket_nothing", "statistics", "approx", "dola_my", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(13.9 * B, "USD", approx=True)],
            percentages=[3.8],
            events=[],
        ),
        h(
            n(),
            "- Đông Nam Bộ giữ ngôi đầu hút vốn FDI, chiếm 38% cả nước\n- Kính nền cho chip: cuộc đua mới của các hãng Hàn Quốc",
            "2023-08-02",
            "ministry",
            ["related_links", "percentage", "region_nothing", "country_after_noun", "multiline", "no_event"],
            percentages=[38],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Mức sụt 9% của vốn FDI năm 2022 là lần giảm hiếm hoi sau nhiều năm; giới chuyên môn cho rằng vi mạch, kính công nghệ cao và hàng hoá giá trị gia tăng cao sẽ kéo vốn ngoại trở lại.",
            "2023-08-02",
            "ministry",
            ["old_tone", "statistics", "no_event"],
            percentages=[9],
            events=[],
        ),
    ]
    # --- A camera-lens and module plant started in Hải Phòng (S5 r3) and phone exports (S5 r4) ---
    rows += [
        h(
            n(),
            "Ống kính camera iPhone 17 sẽ ra từ Hải Phòng\n\nThứ ba, 14/10/2025 09:42 (GMT+7)\n\nNhà máy mới của Hanjin Innotech ở Hải Phòng – nơi làm phần lớn cụm camera hãng này bán cho Apple – đã chạy máy.",
            "2025-10-14",
            "ministry",
            ["headline_lead", "timestamp_line", "inauguration_no_capital", "customer_mention", "multiline"],
            firms=[f("Hanjin Innotech"), f("Apple")],
            provinces=[pv("Hải Phòng")],
            events=[ev("inauguration", [F("Hanjin Innotech")], None, None, HP, "completed")],
        ),
        h(
            n(),
            "Chừng 1.100 tỷ won (khoảng 20.000 tỷ đồng) là số tiền Hanjin Innotech định rót vào Hải Phòng tới hết năm 2026, theo kế hoạch công bố hồi tháng 5/2024; riêng dây chuyền V5 đã chạy từ cuối tháng 9.",
            "2025-10-14",
            "ministry",
            ["inauguration_with_capital", "krw", "bracket_conversion", "approx", "month_no_day"],
            firms=[f("Hanjin Innotech")],
            provinces=[pv("Hải Phòng")],
            money=[m(1_100 * B, "KRW", approx=True), m(20_000 * B, "VND", approx=True)],
            deals=[deal("investment", ["Hanjin Innotech"], 1_100 * B, HP)],
            events=[ev("inauguration", [F("Hanjin Innotech")], 1_100 * B, "KRW", HP, "completed")],
        ),
        h(
            n(),
            "Nhà máy Hanjin Innotech tại Hải Phòng. Ảnh: HJ.",
            "2025-10-14",
            "ministry",
            ["caption", "initials_no_person", "no_event"],
            firms=[f("Hanjin Innotech")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Hanjin kỳ vọng phần Việt Nam chiếm 60-75% sản lượng cụm camera di động của hãng trong ba năm tới, trong khi xưởng ở Gumi chỉ còn giữ các dòng cao cấp, theo The Elec.",
            "2025-10-14",
            "ministry",
            ["percentage_range", "foreign_city_nothing", "outlet_nothing", "no_event"],
            firms=[f("Hanjin")],
            percentages=[60, 75],
            events=[],
        ),
        h(
            n(),
            "Cụm camera làm ra gần 78% doanh thu của Hanjin Innotech, nhưng từ năm 2024 hãng bị khách hàng lớn nhất ép giá khi các đối thủ mới bỏ thầu thấp hơn.",
            "2025-10-14",
            "ministry",
            ["percentage", "no_event"],
            firms=[f("Hanjin Innotech")],
            percentages=[78],
            events=[],
        ),
        h(
            n(),
            "Samsung một mình chiếm trên 68% kim ngạch điện thoại và linh kiện, nhóm hàng có tốc độ xuất khẩu bình quân hơn 38%/năm, nhanh nhất cả nước.",
            "2013-12-20",
            "ministry",
            ["statistics", "percentage", "no_event"],
            firms=[f("Samsung")],
            percentages=[38, 68],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh cũng vừa đón lễ động thổ nhà máy điện thoại di động 220 triệu euro của Tập đoàn Nokia.\nTối đa: 1500 ký tự\nHiện chưa có bình luận nào, hãy là người đầu tiên bình luận",
            "2013-12-20",
            "ministry",
            ["groundbreaking", "eur", "no_day", "comment_chrome", "multiline"],
            firms=[f("Nokia", "Tập đoàn")],
            provinces=[pv("Bắc Ninh")],
            money=[m(220 * M, "EUR")],
            deals=[deal("groundbreaking", ["Nokia"], 220 * M, BN)],
            events=[ev("groundbreaking", [F("Nokia")], 220 * M, "EUR", BN, "started")],
        ),
    ]
    # --- A thin-film solar plant broken ground in TP.HCM on an entertainment site (S7 r3), a solar-bidding ebook (S7 r2)
    # and a solar history blog (S7 r4) ---
    rows += [
        h(
            n(),
            "PHIM NHẠC » Bật mí điện ảnh\n\nĐộng thổ xưởng tấm pin mặt trời 270 triệu USD\n\nThứ năm, 17/03/2011 09:12",
            "2011-03-17",
            "ministry",
            [
                "entertainment_site",
                "breadcrumb",
                "headline_no_firm",
                "timestamp_line",
                "multiline",
                "no_event",
            ],
            money=[m(270 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy tấm pin màng mỏng của Tập đoàn Helion Solar (Mỹ) trong KCN Tân Phú Trung, huyện Củ Chi, TP.HCM đã được động thổ chiều 16/3; giai đoạn đầu cần 270 triệu USD.",
            "2011-03-17",
            "ministry",
            ["groundbreaking", "object_first_passive", "country_bracket", "park", "district", "deal_date"],
            firms=[f("Helion Solar", "Tập đoàn")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(270 * M, "USD")],
            locations=[country("Mỹ"), park("Khu công nghiệp Tân Phú Trung"), district("huyện Củ Chi")],
            deals=[deal("groundbreaking", ["Helion Solar"], 270 * M, HCM, "2011-03-16")],
            events=[ev("groundbreaking", [F("Helion Solar")], 270 * M, "USD", HCM, "started")],
        ),
        h(
            n(),
            "Ba dây chuyền, tổng công suất chừng 220 MW, sẽ được lắp; dự lễ có Bí thư Thành ủy Trương Văn Hải và Chủ tịch UBND TP.HCM Lâm Quốc Trung.",
            "2011-03-17",
            "ministry",
            [
                "two_persons_role_before",
                "party_role_no_org",
                "org_in_role",
                "count_in_words",
                "capacity_no_count",
                "no_event",
            ],
            persons=[per("Trương Văn Hải", "Bí thư Thành ủy"), per("Lâm Quốc Trung", "Chủ tịch UBND TP.HCM")],
            organizations=["Ủy ban nhân dân TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Tổng vốn có thể lên 0,9 - 1,1 tỉ USD nếu Helion Solar về sau nhân quy mô nhà máy thêm nhiều lần, tùy thị trường.\n\nẢnh minh hoạ.\n\nThanh Niên Online\nTin nổi bật\nTin cùng chuyên mục",
            "2011-03-17",
            "ministry",
            [
                "conditional_expansion_no_deal",
                "money_range",
                "old_tone",
                "outlet_nothing",
                "page_chrome",
                "multiline",
                "no_event",
            ],
            firms=[f("Helion Solar")],
            money=[m(0.9 * B, "USD"), m(1.1 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Khung đấu thầu cạnh tranh cho điện mặt trời tại Việt Nam\nCác dự án kịp vận hành thương mại trước cuối năm 2020 được mua điện với giá FIT 2, 0,0812 USD/kWh, theo quyết định do Bộ Công Thương (MOIT) ban hành.",
            "2020-09-18",
            "ministry",
            ["ebook_document", "money_per_unit", "org_acronym_bracket", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            money=[m(0.0812, "USD", "kWh")],
            events=[],
        ),
        h(
            n(),
            "Mục tiêu 2025 về điện mặt trời đã cán đích sớm từ giữa năm 2019, khi công suất đặt vượt 4,8 GW; Ngân hàng Thế giới giúp Chính phủ thiết kế cơ chế đấu giá từ năm 2018.",
            "2020-09-18",
            "ministry",
            ["ebook_document", "capacity_no_count", "no_event"],
            organizations=["Ngân hàng Thế giới", "Chính phủ"],
            events=[],
        ),
        h(
            n(),
            "Từ phát hiện tình cờ của một kỹ sư điện báo tới tấm pin trên mái nhà\n- Vì sao hiệu suất tấm pin giảm dần?\n- Mua tấm pin giá rẻ: cần tỉnh táo",
            "2019-06-05",
            "ministry",
            ["blog", "related_links", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Optics plants in the North: an optical-eye plant broken ground in Bắc Giang (S9 r2, S13 r4) and a Japanese lens
    # maker's second Hà Nội plant (S9 r4) ---
    rows += [
        h(
            n(),
            "KCN Đình Trám (Bắc Giang) có thêm công trường từ ngày 8/10, khi Công ty TNHH Linh kiện Quang điện Kasumi Việt Nam động thổ khu xưởng làm mắt quang học cho camera và thiết bị điện tử.",
            "2008-10-09",
            "provincial",
            [
                "groundbreaking",
                "park_first",
                "province_bracket",
                "vietnam_dropped",
                "park",
                "deal_date",
                "no_amount",
            ],
            firms=[f("Linh kiện Quang điện Kasumi", "Công ty TNHH")],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Đình Trám")],
            deals=[deal("groundbreaking", ["Linh kiện Quang điện Kasumi"], None, BG, "2008-10-08")],
            events=[ev("groundbreaking", [F("Linh kiện Quang điện Kasumi")], None, None, BG, "started")],
        ),
        h(
            n(),
            "Xuất khẩu trên 250 triệu USD/năm và chừng 9.000 lao động là mục tiêu Kasumi đặt cho nhà máy sau ba năm chạy máy.",
            "2008-10-09",
            "provincial",
            ["count", "approx", "money_per_year", "duration_no_count", "no_event"],
            firms=[f("Kasumi")],
            quantities=[c(9_000, "lao động", True)],
            money=[m(250 * M, "USD", "năm", True)],
            events=[],
        ),
        h(
            n(),
            "Hãng ống kính Nhật Bản sẽ biến Hà Nội thành cơ sở lớn nhất thế giới của mình\n\nTháng 3/2025, nhà máy linh kiện thứ hai của Ozawa Optics tại Hà Nội dự kiến được cắt băng; hãng Nhật Bản này làm ống kính và phụ kiện máy ảnh.",
            "2024-11-12",
            "ministry",
            [
                "nfd",
                "headline_lead",
                "planned_opening",
                "announced_investment",
                "object_first_passive",
                "country_after_noun",
                "ordinal_no_count",
                "multiline",
            ],
            firms=[f("Ozawa Optics")],
            provinces=[pv("Hà Nội")],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Ozawa Optics"], None, HN)],
            events=[ev("investment_announcement", [F("Ozawa Optics")], None, None, HN, "announced")],
        ),
        h(
            n(),
            "Cần 1.400 lao động vào năm 2029, xưởng mới rộng 26.000 m2 trong một khu công nghiệp ở Hà Nội sẽ lo trọn các khâu đúc, sơn, lắp ráp ống kính; giá trị đầu tư 3,6 tỉ yen, tương đương 24,1 triệu đô la.",
            "2024-11-12",
            "ministry",
            ["plant_worth_no_firm", "jpy", "conversion_tuong_duong", "area", "count", "no_event"],
            provinces=[pv("Hà Nội")],
            money=[m(3.6 * B, "JPY"), m(24.1 * M, "USD")],
            areas=[ha(2.6)],
            quantities=[c(1_400, "lao động")],
            events=[],
        ),
        h(
            n(),
            "Tính theo giá trị, cơ sở Phật Sơn (Quảng Đông, Trung Quốc) làm ra 62% sản lượng của Ozawa, Hà Nội 28%, phần nhỏ còn lại thuộc hai nhà máy ở tỉnh Aomori gần trụ sở Saitama.",
            "2024-11-12",
            "ministry",
            ["existing_plants_no_deal", "foreign_city_nothing", "country_bracket", "percentage", "no_event"],
            firms=[f("Ozawa")],
            provinces=[pv("Hà Nội")],
            percentages=[62, 28],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Đến năm 2030, Trung Quốc chỉ còn 35% sản lượng, Việt Nam lên 55%, còn hai nhà máy ở Nhật Bản chuyên phát triển sản phẩm mới, theo kế hoạch của hãng.",
            "2024-11-12",
            "ministry",
            ["target_no_deal", "percentage", "no_event"],
            percentages=[55, 35],
            locations=[country("Trung Quốc"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Ông Donald Trump từng dọa áp thuế cao lên hàng Trung Quốc, khiến nhiều hãng Nhật Bản dời bớt sản xuất sang Đông Nam Á.",
            "2024-11-12",
            "ministry",
            ["person_no_role", "country_list", "region_nothing", "no_event"],
            persons=[per("Donald Trump", None)],
            locations=[country("Trung Quốc"), country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- An optical-fibre plant to be licensed and broken ground in Bình Dương (S13 r3) ---
    rows += [
        h(
            n(),
            "Tin kinh tế, tài chính, đầu tư, chứng khoán, tiêu dùng\n\nCông ty CP Sợi quang Phương Nam: Động thổ nhà máy sợi quang đầu tiên ở Đông Nam Á\n\nCông ty CP Sợi quang Phương Nam (PNF) sẽ vừa nhận Giấy chứng nhận đầu tư vừa động thổ nhà máy 158 triệu USD trong cùng một buổi lễ ngày 15-6 tới ở KCN Mỹ Phước 3 (Bến Cát, Bình Dương); công nghệ do Tập đoàn Lumencore (Phần Lan) chuyển giao.",
            "2010-06-08",
            "ministry",
            [
                "site_slogan",
                "headline_lead",
                "planned_groundbreaking",
                "announced_investment",
                "future_licence_no_event",
                "acronym_bracket_not_firm",
                "bare_place_nothing",
                "country_bracket",
                "region_nothing",
                "multiline",
            ],
            firms=[f("Sợi quang Phương Nam", "Công ty CP"), f("Lumencore", "Tập đoàn")],
            provinces=[pv("Bình Dương")],
            money=[m(158 * M, "USD")],
            locations=[park("Khu công nghiệp Mỹ Phước 3"), country("Phần Lan")],
            deals=[deal("investment", ["Sợi quang Phương Nam"], 158 * M, BD)],
            events=[
                ev("investment_announcement", [F("Sợi quang Phương Nam")], 158 * M, "USD", BD, "announced")
            ],
        ),
        h(
            n(),
            "Lumencore ký chuyển giao công nghệ cho PNF",
            "2010-06-08",
            "ministry",
            [
                "related_link_headline",
                "supply_contract",
                "tech_transfer_contract",
                "no_date",
                "supplier_first",
            ],
            firms=[f("Lumencore"), f("PNF")],
            deals=[deal("supply_contract", ["Lumencore", "PNF"])],
            events=[ev("supply_contract", [F("Lumencore"), F("PNF")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Hợp đồng chuyển giao công nghệ trọn gói giữa Lumencore và PNF được ký ngày 11-10-2009, chưa đầy hai tháng sau khi PNF ra đời.",
            "2010-06-08",
            "ministry",
            [
                "recalled_contract",
                "contract_first_passive",
                "giua_a_va_b",
                "deal_no_event",
                "supplier_first",
                "dash_date",
                "deal_date",
            ],
            firms=[f("PNF"), f("Lumencore")],
            deals=[deal("supply_contract", ["Lumencore", "PNF"], None, None, "2009-10-11")],
            events=[],
        ),
        h(
            n(),
            "Nhu cầu sợi quang tăng mạnh khắp thế giới, bởi chỉ cáp quang mới chở được lượng dữ liệu lớn, tốc độ cao qua những chặng xuyên đại dương.",
            "2010-06-08",
            "ministry",
            ["explainer", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Anti-dumping duties on clear float glass (S16 r1, r2, r4) ---
    rows += [
        h(
            n(),
            "Kính nổi nhập từ Indonesia, Malaysia bị điều tra chống bán phá giá\nHai mã HS 7005.29.20 và 7005.29.90 nằm trong diện điều tra (vụ việc AD25) mà Bộ Công Thương khởi xướng bằng Quyết định số 2218/QĐ-BCT.",
            "2025-09-05",
            "ministry",
            [
                "headline_lead",
                "trade_defence",
                "hs_code_nothing",
                "case_code_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            decisions=[d("2218/QĐ-BCT")],
            locations=[country("Indonesia"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Đứng đơn là Công ty CP Kính nổi Vân Đồn cùng Công ty CP Kính nổi Tam Hiệp, Công ty TNHH Kính nổi siêu trắng Long Sơn và Công ty TNHH Kính nổi Đông Dương – bốn nhà sản xuất nói hàng nhập giá rẻ đang gây thiệt hại nặng cho họ.",
            "2025-09-05",
            "ministry",
            ["petitioners_no_deal", "trade_defence", "count_in_words", "no_event"],
            firms=[
                f("Kính nổi Vân Đồn", "Công ty CP"),
                f("Kính nổi Tam Hiệp", "Công ty CP"),
                f("Kính nổi siêu trắng Long Sơn", "Công ty TNHH"),
                f("Kính nổi Đông Dương", "Công ty TNHH"),
            ],
            events=[],
        ),
        h(
            n(),
            "Từ 12,84% đến 58,71% là mức thuế chống bán phá giá tạm thời mà kính nổi không màu gốc Indonesia, Malaysia phải chịu, theo quyết định Thứ trưởng Bộ Công Thương Phan Thị Ngọc Hà ký chiều 4-3.",
            "2026-03-04",
            "ministry",
            ["nfd", "trade_defence", "role_before_name", "org_in_role", "percentage_range", "no_event"],
            persons=[per("Phan Thị Ngọc Hà", "Thứ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            percentages=[12.84, 58.71],
            locations=[country("Indonesia"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Thứ bảy 21/03/2026 06:15\nHotline: 024.386.55.012\nThị trường\n\nKính nổi không màu nhập từ hai nước Đông Nam Á bị áp thuế tạm thời",
            "2026-03-21",
            "ministry",
            ["page_chrome", "phone_number_nothing", "region_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lượng nhập tăng vọt trong kỳ điều tra được coi là nguyên nhân chính khiến ngành kính nổi trong nước bị thiệt hại; vụ việc vẫn tiếp tục để đi tới kết luận cuối cùng về hàng Indonesia và Malaysia.",
            "2026-03-21",
            "ministry",
            ["trade_defence", "no_event"],
            locations=[country("Indonesia"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Kính Việt đầu năm: vài tín hiệu sáng | Nông sản chế biến sâu tìm đường lên kệ | Đồ gỗ phải minh bạch nguồn gốc",
            "2025-09-05",
            "ministry",
            ["related_headlines", "pipe_separated", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Explainers on energy-saving glass and green growth (S12 r3, S12 r4) and the construction-glass overview (S10 r3) ---
    rows += [
        h(
            n(),
            "Kính tiết kiệm năng lượng – lựa chọn cho công trình xanh\n\nThứ ba, 17 Tháng 10 2017 09:21 Báo Đầu tư\nIn",
            "2017-10-17",
            "ministry",
            ["print_view", "outlet_nothing", "timestamp_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Low-E và Solar Control là hai dòng kính tiết kiệm năng lượng thông dụng; cả hai đều dựa vào lớp phủ nano trên phôi kính trắng để lọc bớt bức xạ nhiệt. (Ảnh: Trần Minh)",
            "2017-10-17",
            "ministry",
            ["explainer", "photo_credit_person", "no_event"],
            persons=[per("Trần Minh", None)],
            events=[],
        ),
        h(
            n(),
            "Ngày 1/10/2021, Thủ tướng Chính phủ ký Quyết định số 1658/QĐ-TTg phê duyệt Chiến lược quốc gia về tăng trưởng xanh giai đoạn 2021-2030, tầm nhìn 2050; kính là vật liệu được dùng nhiều nhất cho lớp vỏ nhà cao tầng.",
            "2022-03-15",
            "ministry",
            ["decision_date", "explainer", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1658/QĐ-TTg", "2021-10-01")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền phủ kính Low-E tại nhà máy của Viglacera ở Bình Dương",
            "2022-03-15",
            "ministry",
            ["caption", "existing_plant_no_deal", "no_event"],
            firms=[f("Viglacera")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp nội làm chủ thị trường\nMức tăng 9-14% mỗi năm đã theo ngành kính xây dựng suốt ba thập kỷ; bán chạy nhất vẫn là kính trắng, kính màu, kính phản quang và Low-E.",
            "2022-03-26",
            "ministry",
            ["industry_report", "subheading", "percentage_range", "multiline", "no_event"],
            percentages=[9, 14],
            events=[],
        ),
        h(
            n(),
            "“Đa dạng hoá sản phẩm để đi xuất khẩu là bước tiếp theo, vì về công nghệ, nhà máy trong nước không thua ai”, đại diện Hiệp hội Kính và Thủy tinh Việt Nam nói.",
            "2022-03-26",
            "ministry",
            ["industry_report", "quote", "old_tone", "no_event"],
            organizations=["Hiệp hội Kính và Thủy tinh Việt Nam"],
            events=[],
        ),
    ]
    # --- Theses, essays, a law firm's explainer and an interview (S8 r1, S9 r3, S10 r2, S11 r3, S14 r2) ---
    rows += [
        h(
            n(),
            "LUẬN VĂN THẠC SỸ\nNăng lực cạnh tranh sản phẩm kính an toàn của Công ty TNHH Vật liệu xây dựng HTD5 – Tổng Công ty Xây dựng Trường Sơn",
            "2021-05-19",
            "ministry",
            ["thesis_cover", "caps_label", "parent_after_dash", "multiline", "no_event"],
            firms=[f("Vật liệu xây dựng HTD5", "Công ty TNHH"), f("Xây dựng Trường Sơn", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Ngoài kính an toàn, HTD5 còn bán bê tông thương phẩm và đá xây dựng, với trạm trộn 120 m3/h và 46 cán bộ kỹ thuật.",
            "2021-05-19",
            "ministry",
            ["thesis_text", "capacity_no_count", "count", "no_event"],
            firms=[f("HTD5")],
            quantities=[c(46, "cán bộ kỹ thuật")],
            events=[],
        ),
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ (9.41 MB, 96 trang)\nphía Bác hút nhiều vốn Nhật Bản: hơn 290 triệu USD của Canon đã vào Hà Nội, Honda Việt Nam rót vào Vĩnh Phúc hơn 270 triệu USD (số liệu năm 2009).",
            "2016-03-02",
            "ministry",
            [
                "document_store",
                "ocr_broken_diacritics",
                "page_count_no_count",
                "recalled_investment",
                "deal_no_event",
                "vietnam_dropped",
                "approx",
                "multiline",
            ],
            firms=[f("Canon"), f("Honda")],
            provinces=[pv("Hà Nội"), pv("Vĩnh Phúc")],
            money=[m(290 * M, "USD", approx=True), m(270 * M, "USD", approx=True)],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Canon"], 290 * M, HN), deal("investment", ["Honda"], 270 * M, VP)],
            events=[],
        ),
        h(
            n(),
            "Bảng 4: FDI của Nhật Bản vào khu vực phía Bấc theo lĩnh vực, tính đến hết tháng 9 năm 2009\nChuyên ngành\nSố dự án\nTổng vốn đầu tư (triệu USD)\nCN nặng\n231\n3612\nCN nhẹ\n48\n317",
            "2016-03-02",
            "ministry",
            ["document_store", "ocr_table", "table_cells_no_count", "multiline", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Tiểu luận môn Bao bì thực phẩm: tìm hiểu về chai lọ thủy tinh\nTác giả Nguyễn Thị Mai Anh, Lê Hoàng Yến, Phạm Thu Hiền\nNgười hướng dẫn Trần Quốc Bảo\nTrường học Trường Đại học Công nghiệp Thực phẩm TP.HCM\nSố trang 28",
            "2023-10-04",
            "ministry",
            [
                "document_store",
                "labelled_lines",
                "authors_persons",
                "label_role",
                "page_count_no_count",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Nguyễn Thị Mai Anh", None),
                per("Lê Hoàng Yến", None),
                per("Phạm Thu Hiền", None),
                per("Trần Quốc Bảo", "Người hướng dẫn"),
            ],
            organizations=["Trường Đại học Công nghiệp Thực phẩm TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "BẢNG PHÂN CÔNG NHIỆM VỤ\nNguyễn Thị Mai Anh 2105220871 Thuyết trình, làm nội dung Hoàn thành tốt\nLê Hoàng Yến 2105221143 Làm PowerPoint, trắc nghiệm Hoàn thành tốt",
            "2023-10-04",
            "ministry",
            ["document_store", "task_table", "student_id_nothing", "multiline", "no_event"],
            persons=[per("Nguyễn Thị Mai Anh", None), per("Lê Hoàng Yến", None)],
            events=[],
        ),
        h(
            n(),
            "Có 1.623 dự án FDI, trải trên 17 ngành kinh tế, được cấp giấy chứng nhận đăng ký đầu tư trong nửa đầu năm 2024.",
            "2024-08-20",
            "ministry",
            ["law_firm_explainer", "statistics", "count", "no_event"],
            quantities=[c(1_623, "dự án FDI"), c(17, "ngành kinh tế")],
            events=[],
        ),
        h(
            n(),
            "Văn bản pháp lý:\n- Nghị định số 31/2021/NĐ-CP – hướng dẫn chi tiết một số điều của Luật Đầu tư.\n- Thông tư số 25/2023/TT-BKHĐT – sửa đổi mẫu văn bản, báo cáo về hoạt động đầu tư.",
            "2024-08-20",
            "legal",
            [
                "law_firm_explainer",
                "bullet_list",
                "decree_no_date",
                "circular_no_date",
                "multiline",
                "no_event",
            ],
            decisions=[d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "PV: - Ông nghĩ sao khi CEO Công ty CP Điện tử Sao Việt Lê Hữu Phong cho rằng có hãng ngoại thuê người “đánh” điện thoại của họ trên mạng?",
            "2017-09-06",
            "ministry",
            ["interview", "role_before_name", "firm_in_role", "no_event"],
            persons=[per("Lê Hữu Phong", "CEO Công ty CP Điện tử Sao Việt")],
            firms=[f("Điện tử Sao Việt", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "PGS.TS Đoàn Minh Khôi: - Lợi ích thật của doanh nghiệp Việt nằm ở chỗ hàng hoá được ghi xuất xứ thế nào, “Made in” hay “Made by Vietnam”, và có C/O hay không.",
            "2017-09-06",
            "ministry",
            ["interview", "academic_title_no_role", "old_tone", "no_event"],
            persons=[per("Đoàn Minh Khôi", None)],
            events=[],
        ),
    ]
    # --- English: the ultra-clear float glass plant's first glass and its inauguration (S6 r3, S6 r4, S17 r4, S19 r1) ---
    rows += [
        h(
            n(),
            "Almost five weeks after its furnace was fired up on September 26, Long Son Ultra Clear Float Glass Co., Ltd. in Chau Duc Industrial Park, Ba Ria – Vung Tau Province, produced its first square metre of glass on October 30, 2021.",
            "2021-11-02",
            "ministry",
            [E, "first_output_inauguration", "no_capital", "english_park_no_location", "unaccented_english"],
            firms=[f("Long Son Ultra Clear Float Glass", "Co., Ltd.")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            events=[
                ev("inauguration", [F("Long Son Ultra Clear Float Glass")], None, None, BRVT, "completed")
            ],
        ),
        h(
            n(),
            "Minh Thai Group supplied the furnace, float bath and annealing lines and trained the operators; building the 600-tonne-a-day first phase took more than VND 2,300 billion.",
            "2021-11-02",
            "ministry",
            [
                E,
                "phase_amount_no_firm",
                "approx",
                "delivery_no_contract_word",
                "capacity_no_count",
                "no_event",
            ],
            firms=[f("Minh Thai Group")],
            money=[m(2_300 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            " date 2021-12-09 Long Son Float Glass Co. opens first phase of ultra-clear glass plant",
            "2021-12-09",
            "ministry",
            [E, "headline_only", "inauguration_no_capital", "date_line", "multiline"],
            firms=[f("Long Son Float Glass", "Co.")],
            events=[ev("inauguration", [F("Long Son Float Glass")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Hong Ha Materials Corporation, Minh Thai Science and Technology Group and Southern Industrial Zone Infrastructure Corporation share the project, on which work began in August 2018; at full build-out the almost 16-hectare site in Chau Duc Industrial Park will melt 1,500 tonnes a day.",
            "2021-12-09",
            "ministry",
            [
                E,
                "investor_line",
                "consortium_one_deal",
                "deal_no_event",
                "corporation_kept",
                "area",
                "approx",
                "english_park_no_location",
            ],
            firms=[
                f("Hong Ha Materials Corporation"),
                f("Minh Thai Science and Technology Group"),
                f("Southern Industrial Zone Infrastructure Corporation"),
            ],
            areas=[ha(16, True)],
            deals=[
                deal(
                    "investment",
                    [
                        "Hong Ha Materials Corporation",
                        "Minh Thai Science and Technology Group",
                        "Southern Industrial Zone Infrastructure Corporation",
                    ],
                )
            ],
            events=[],
        ),
        h(
            n(),
            "More than 320 people will work there once phase one reaches 600 tonnes a day.\n\nBy Ngoc Lan - Translated by Thu Trang",
            "2021-12-09",
            "ministry",
            [E, "count", "approx", "byline_person", "translator_person", "multiline", "no_event"],
            persons=[per("Ngoc Lan", None), per("Thu Trang", None)],
            quantities=[c(320, "people", True)],
            events=[],
        ),
    ]
    # --- English: the same plant's groundbreaking told by a wire (S17 r2) and a Quảng Ninh expansion plan
    # (S17 r1, S20 r1) ---
    rows += [
        h(
            n(),
            "Vietnam's second ultra-clear float glass factory gets under way\nLong Son Ultra Clear Float Glass Co. Ltd broke ground on August 18 for its plant at Chau Duc Industrial Park, Chau Duc district, in Ba Ria-Vung Tau province (Photo: baoxaydung.com.vn)",
            "2018-08-19",
            "ministry",
            [
                E,
                "headline_lead",
                "groundbreaking",
                "co_ltd_form",
                "english_district_no_location",
                "photo_site_credit_nothing",
                "deal_date",
                "multiline",
            ],
            firms=[f("Long Son Ultra Clear Float Glass", "Co., Ltd.")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            deals=[deal("groundbreaking", ["Long Son Ultra Clear Float Glass"], None, BRVT, "2018-08-18")],
            events=[
                ev("groundbreaking", [F("Long Son Ultra Clear Float Glass")], None, None, BRVT, "started")
            ],
        ),
        h(
            n(),
            "A co-founder, China's Minh Thai Science and Technology Group, has promised to take every tonne of the 600 a day that phase one, priced at 2.38 trillion VND (about 104.7 million USD), will make.",
            "2018-08-19",
            "ministry",
            [
                E,
                "phase_amount_no_firm",
                "bracket_conversion",
                "approx",
                "offtake_pledge_no_deal",
                "country_possessive",
                "no_event",
            ],
            firms=[f("Minh Thai Science and Technology Group")],
            money=[m(2.38e12, "VND"), m(104.7 * M, "USD", approx=True)],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Hong Ha Materials Corporation, the Southern Industrial Zone Infrastructure Corporation and Minh Thai put up Long Son's 910 billion VND (40 million USD) of charter capital.-VNA",
            "2018-08-19",
            "ministry",
            [
                E,
                "charter_capital_shareholding",
                "no_deal",
                "bracket_conversion",
                "agency_credit_nothing",
                "no_event",
            ],
            firms=[
                f("Long Son"),
                f("Hong Ha Materials Corporation"),
                f("Southern Industrial Zone Infrastructure Corporation"),
                f("Minh Thai"),
            ],
            money=[m(910 * B, "VND"), m(40 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Capacity at the Cam Pha Float Glass Plant in the northern province of Quang Ninh is to triple to 12 million sq.m a year by 2007 under a VND 310 billion (USD 19.6 million) plan by its owner, Cam Pha Glass Industry JSC.",
            "2005-06-14",
            "ministry",
            [E, "announced_investment", "plant_name_no_firm", "bracket_conversion", "product_sqm_no_area"],
            firms=[f("Cam Pha Glass Industry", "JSC")],
            provinces=[pv("Quảng Ninh")],
            money=[m(310 * B, "VND"), m(19.6 * M, "USD")],
            deals=[deal("investment", ["Cam Pha Glass Industry"], 310 * B, QNi)],
            events=[
                ev("investment_announcement", [F("Cam Pha Glass Industry")], 310 * B, "VND", QNi, "announced")
            ],
        ),
        h(
            n(),
            "A Chinese-made line will be installed from early 2006, after which tinted and clear building glass of 3 to 12 mm will come off it.",
            "2005-06-14",
            "ministry",
            [E, "purchase_no_counterpart", "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a lens maker's groundbreaking at a VSIP park (S9 r1, S18 r1) ---
    rows += [
        h(
            n(),
            "Seiran Lens Vietnam Breaks Ground In Quang Ngai\n\nQuang Ngai provincial leaders watched on Thursday 14 March 2019 as Seiran Lens held the GBC for its plant at VSIP Quang Ngai, a decision more than three years in the making.",
            "2019-03-18",
            "ministry",
            [
                E,
                "headline_lead",
                "groundbreaking",
                "gbc_abbrev",
                "english_park_no_location",
                "vietnam_dropped",
                "deal_date",
                "multiline",
            ],
            firms=[f("Seiran Lens")],
            provinces=[pv("Quảng Ngãi")],
            deals=[deal("groundbreaking", ["Seiran Lens"], None, QNg, "2019-03-14")],
            events=[ev("groundbreaking", [F("Seiran Lens")], None, None, QNg, "started")],
        ),
        h(
            n(),
            "Over 2,300 people should be on the payroll by late 2021 at the US$ 126Million project, which takes up 75,000 square meters and will turn out some 120M lenses a year around the clock.",
            "2019-03-18",
            "ministry",
            [
                E,
                "project_amount_no_firm",
                "glued_million",
                "area",
                "count",
                "approx",
                "capacity_no_count",
                "no_event",
            ],
            money=[m(126 * M, "USD")],
            areas=[ha(7.5)],
            quantities=[c(2_300, "people", True)],
            events=[],
        ),
    ]
    # --- English: an energy-saving glass line opened in Bình Dương, reposted on a blog (S12 r2) ---
    rows += [
        h(
            n(),
            "Binh Duong has been home since July 28 to Vietnam's first modern production line for energy-saving glass.\nPhoto by Baoxaydung.",
            "2016-08-02",
            "ministry",
            [E, "blog_repost", "start_no_firm", "photo_outlet_nothing", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Germany's Brandt Vakuumtechnik provided the coating line and its technology for the plant, on which work started in November 2015 with a reported investment of VND546 trillion ($24.5 billion).",
            "2016-08-02",
            "ministry",
            [
                E,
                "blog_repost",
                "garbled_amount_as_written",
                "bracket_conversion",
                "country_possessive",
                "no_firm_no_deal",
                "no_event",
            ],
            firms=[f("Brandt Vakuumtechnik")],
            money=[m(546e12, "VND"), m(24.5 * B, "USD")],
            locations=[country("Germany")],
            events=[],
        ),
        h(
            n(),
            "The plant belongs to state-owned Hong Ha Materials Corporation, which in April also launched the country's first self-cleaning sanitary ware.\nReference Source: Bao Vnexpress\n0 nhận xét:\nĐăng nhận xét",
            "2016-08-02",
            "ministry",
            [
                E,
                "blog_repost",
                "owner_apposition",
                "investor_line",
                "deal_no_event",
                "comment_chrome",
                "multiline",
            ],
            firms=[f("Hong Ha Materials Corporation")],
            deals=[deal("investment", ["Hong Ha Materials Corporation"])],
            events=[],
        ),
        h(
            n(),
            "With property recovering, more buyers want such glass, yet nearly all of it is still shipped in, according to Nguyen Quang Vinh, deputy head of the Vietnam Association for Building Materials.",
            "2016-08-02",
            "ministry",
            [E, "blog_repost", "role_after_name", "no_event"],
            persons=[
                per("Nguyen Quang Vinh", "deputy head of the Vietnam Association for Building Materials")
            ],
            organizations=["Vietnam Association for Building Materials"],
            events=[],
        ),
    ]
    # --- English: Vietnam's first float-glass plant in 1999 (S17 r3) ---
    rows += [
        h(
            n(),
            "12 April 1999: Bac Ninh province's Que Vo district hosted a ceremony this week for Vietnam's first float-glass plant, in Viet Hung commune.",
            "1999-04-12",
            "ministry",
            [
                E,
                "date_prefix",
                "plant_no_firm",
                "english_district_no_location",
                "commune_not_district",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "“Builders here will no longer have to wait on imported sheet glass,” Deputy Minister of Construction Hoang Van Thuan told the ceremony.",
            "1999-04-12",
            "ministry",
            [E, "quote", "role_before_name", "org_in_role", "no_event"],
            persons=[per("Hoang Van Thuan", "Deputy Minister of Construction")],
            events=[],
        ),
        h(
            n(),
            "Asahara Glass, Kanemori Trading and the Vietnam Glass and Ceramics Corporation (Viglacera) own Vietnam Sheet Glass Co., a 50-year, US$118-million venture formed in June 1995.",
            "1999-04-12",
            "ministry",
            [
                E,
                "recalled_joint_venture",
                "consortium_one_deal",
                "deal_no_event",
                "duration_no_count",
                "acronym_bracket_not_firm",
                "corporation_kept",
            ],
            firms=[
                f("Vietnam Sheet Glass", "Co."),
                f("Asahara Glass"),
                f("Kanemori Trading"),
                f("Vietnam Glass and Ceramics Corporation"),
            ],
            money=[m(118 * M, "USD")],
            deals=[
                deal(
                    "investment",
                    ["Asahara Glass", "Kanemori Trading", "Vietnam Glass and Ceramics Corporation"],
                    118 * M,
                )
            ],
            events=[],
        ),
    ]
    # --- English: eyewear factories visited by a Hong Kong trade magazine (S18 r2) ---
    rows += [
        h(
            n(),
            "Two hours' drive south of Hanoi, in Ninh Binh, Brightway Optical International Co., Ltd. (Hong Kong) is readying a factory with its own electroplating line for production late this year.",
            "2024-06-11",
            "ministry",
            [E, "trade_magazine", "future_start_no_event", "country_bracket", "distance_no_count"],
            firms=[f("Brightway Optical International", "Co., Ltd.")],
            provinces=[pv("Ninh Bình"), pv("Hà Nội")],
            locations=[country("Hong Kong")],
            events=[],
        ),
        h(
            n(),
            "Kestrel Optical, in Ho Chi Minh City since 2018, now employs over 350 and keeps adding lines.\nWebsite: www.kestreloptical.com",
            "2024-06-11",
            "ministry",
            [
                E,
                "trade_magazine",
                "existing_plant_no_deal",
                "count_without_noun",
                "website_line",
                "multiline",
                "no_event",
            ],
            firms=[f("Kestrel Optical")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- English: a Korean lens maker's top-up in Bắc Ninh (S18 r3) ---
    rows += [
        h(
            n(),
            "Korean lens maker expands output\n\nTuesday, April 15, 2014 10:20\n\nHA NOI (Biz Hub)— An extra US$18 million has gone into the Bac Ninh plant of Korean-invested optics maker Daemyung Optics Vina, nearly tripling output, the company said on Monday.",
            "2014-04-15",
            "ministry",
            [
                E,
                "headline_lead",
                "timestamp_line",
                "dateline_province",
                "recalled_top_up",
                "deal_no_event",
                "vina_dropped",
                "multiline",
            ],
            firms=[f("Daemyung Optics")],
            provinces=[pv("Hà Nội"), pv("Bắc Ninh")],
            money=[m(18 * M, "USD")],
            deals=[deal("investment", ["Daemyung Optics"], 18 * M, BN)],
            events=[],
        ),
        h(
            n(),
            "Korea's Daemyung Optical Co Ltd, its sole owner, now has $43 million in the country; the site is to grow from 12ha to 30ha and output to 28 million optical parts a year.",
            "2014-04-15",
            "ministry",
            [
                E,
                "new_total_money",
                "capacity_no_count",
                "country_possessive",
                "co_ltd_as_written",
                "area",
                "no_event",
            ],
            firms=[f("Daemyung Optical", "Co Ltd")],
            money=[m(43 * M, "USD")],
            areas=[ha(12), ha(30)],
            locations=[country("Korea")],
            events=[],
        ),
        h(
            n(),
            "Land for the extension was cleared by the province, said Nguyen Huu Tam, Bac Ninh People's Committee chairman; the firm supplies camera lenses to Samsung Electronics.\n\nComments (0)",
            "2014-04-15",
            "ministry",
            [
                E,
                "role_after_name",
                "org_in_role",
                "customer_mention",
                "comment_chrome",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyen Huu Tam", "Bac Ninh People's Committee chairman")],
            organizations=["Bac Ninh People's Committee"],
            firms=[f("Samsung Electronics")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- English: a Chinese optics group's memorandum with Thái Nguyên on a forum (S18 r4) ---
    rows += [
        h(
            n(),
            "Tianrui Optical Plans USD 1.8B Optics Hub In Northern Vietnam",
            "2023-07-05",
            "ministry",
            [
                E,
                "forum_thread_title",
                "headline_only",
                "announced_investment",
                "region_nothing",
                "title_case",
            ],
            firms=[f("Tianrui Optical")],
            money=[m(1.8 * B, "USD")],
            deals=[deal("investment", ["Tianrui Optical"], 1.8 * B)],
            events=[ev("investment_announcement", [F("Tianrui Optical")], 1.8 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "A memorandum of understanding signed with the Thai Nguyen People's Committee commits Tianrui Optical Technology Group to an optics complex of 30 to 45 hectares at Diem Thuy Industrial Park, worth about US$1.8 billion.",
            "2023-07-05",
            "ministry",
            [E, "mou_with_committee", "approx", "area_range", "english_park_no_location"],
            firms=[f("Tianrui Optical Technology Group")],
            organizations=["Thai Nguyen People's Committee"],
            provinces=[pv("Thái Nguyên")],
            money=[m(1.8 * B, "USD", approx=True)],
            areas=[ha(30), ha(45)],
            deals=[deal("investment", ["Tianrui Optical Technology Group"], 1.8 * B, TNg)],
            events=[
                ev(
                    "mou",
                    [F("Tianrui Optical Technology Group"), G("Thai Nguyen People's Committee")],
                    1.8 * B,
                    "USD",
                    TNg,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Electronics and car makers are the intended customers; once licensed, the complex needs four years to build. Hanoi lies 50 kilometres to the south.",
            "2023-07-05",
            "ministry",
            [E, "future_licence_no_event", "distance_no_count", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Oh come on, why open three threads on the same story? Tianrui licenses the sensor tech from a Canadian firm, it is not Canadian itself. READ YOUR OWN LINK.",
            "2023-07-05",
            "ministry",
            [E, "forum_reply", "licensing_no_deal", "adjective_no_country", "no_event"],
            firms=[f("Tianrui")],
            events=[],
        ),
    ]
    # --- English: a lens plant's investment registration certificate in Hải Phòng (S19 r2) ---
    rows += [
        h(
            n(),
            "Vinh Quang Optoelectronics gets investment certificate for lens plant\nHAI PHONG ECONOMIC ZONE AUTHORITY on 9 November, 11, handed Vinh Quang Optoelectronics Joint Stock Company the Investment Registration Certificate for its camera-module and optical-lens plant at Trang Due Industrial Park…",
            "2019-11-12",
            "ministry",
            [
                E,
                "portal_archive",
                "headline_lead",
                "licence",
                "caps_authority",
                "garbled_date",
                "joint_stock_company_form",
                "english_park_no_location",
                "multiline",
            ],
            firms=[f("Vinh Quang Optoelectronics", "Joint Stock Company")],
            organizations=["Hai Phong Economic Zone Authority"],
            provinces=[pv("Hải Phòng")],
            deals=[deal("investment", ["Vinh Quang Optoelectronics"], None, HP)],
            events=[
                ev(
                    "investment_licence",
                    [G("HAI PHONG ECONOMIC ZONE AUTHORITY"), F("Vinh Quang Optoelectronics")],
                    None,
                    None,
                    HP,
                    "licensed",
                )
            ],
        ),
    ]
    # --- English: a licence round in Quảng Ninh parks on a developer's site (S19 r4) ---
    rows += [
        h(
            n(),
            "Seven projects in Hong Ha's Quang Ninh parks get investment certificates\n\n10:15 | 24/11/2021\n\nMore than 210 million USD of registered capital came with the investment registration certificates that seven land-leasing firms in Song Khoai Industrial Park (Quang Yen town) and Bac Tien Phong Industrial Park received at a ceremony held on the morning of November 22 by Quang Ninh province and Hong Ha Materials Corporation.",
            "2021-11-24",
            "ministry",
            [
                E,
                "headline_lead",
                "licence_round_unnamed",
                "count_in_words",
                "amount_first",
                "approx",
                "english_park_no_location",
                "multiline",
                "no_event",
            ],
            firms=[f("Hong Ha Materials Corporation")],
            provinces=[pv("Quảng Ninh")],
            money=[m(210 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Mr. Tran Quoc Viet - General Director of Hong Ha Materials Corporation, attended alongside Mr. Le Van Son - provincial party secretary, and Mr. Dang Minh Hoa - Vice Chairman of Quang Ninh province People's Committee.",
            "2021-11-24",
            "ministry",
            [E, "attendee_list", "role_after_dash", "org_in_role", "no_event"],
            persons=[
                per("Le Van Son", "provincial party secretary"),
                per("Dang Minh Hoa", "Vice Chairman of Quang Ninh province People's Committee"),
                per("Tran Quoc Viet", "General Director of Hong Ha Materials Corporation"),
            ],
            organizations=["Quang Ninh province People's Committee"],
            firms=[f("Hong Ha Materials Corporation")],
            provinces=[pv("Quảng Ninh")],
            events=[],
        ),
        h(
            n(),
            "Among the six projects certified in Song Khoai, worth more than 130 million USD together, were an optical-glass and lens plant of Lumina Photonics Group and a cover-glass line of Taiwan's Glory Crystal Technology.",
            "2021-11-24",
            "ministry",
            [
                E,
                "round_line_no_verb",
                "deal_no_event",
                "no_site",
                "approx",
                "count_in_words",
                "country_possessive",
            ],
            firms=[f("Lumina Photonics Group"), f("Glory Crystal Technology")],
            money=[m(130 * M, "USD", approx=True)],
            locations=[country("Taiwan")],
            deals=[
                deal("investment", ["Lumina Photonics Group"]),
                deal("investment", ["Glory Crystal Technology"]),
            ],
            events=[],
        ),
    ]
    # --- English: a Central float-glass plant nearly done, on a consultancy's archive (S20 r2) ---
    rows += [
        h(
            n(),
            "6/2/2010 10:12:41 AM\n\nAfter 14 months of building work, the production line of the Tam Hiep float glass factory in central Quang Nam province is nearly finished and operations should begin soon.",
            "2010-06-02",
            "ministry",
            [
                E,
                "timestamp_line",
                "plant_name_no_firm",
                "future_start_no_event",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Quảng Nam")],
            events=[],
        ),
        h(
            n(),
            "VND1,650 billion went into what is billed as the country's largest glass plant, good for 750 tonnes a day, and VND1,900 billion more into three raw-material plants beside it.\n\nVOV\nHomepage | News | Search | Terms Of Use | Contact\nSAIGON INVESTMENT ADVISORY CO., LTD",
            "2010-06-02",
            "ministry",
            [
                E,
                "plant_worth_no_firm",
                "capacity_no_count",
                "count_in_words",
                "outlet_nothing",
                "caps_firm_footer",
                "multiline",
                "no_event",
            ],
            firms=[f("Saigon Investment Advisory", "Co., Ltd.")],
            money=[m(1_650 * B, "VND"), m(1_900 * B, "VND")],
            events=[],
        ),
    ]
    # --- English: glassmakers keeping to the home market (S20 r3) ---
    rows += [
        h(
            n(),
            "Vietnam: Sheet-Glass Makers Stick To Home Market\n\nDate: 21 January 2009\nSource: Viet Nam News\nMost building-glass makers are serving local buyers rather than pushing exports, industry leaders say.",
            "2009-01-21",
            "ministry",
            [E, "headline_lead", "source_line_nothing", "date_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Higher home prices explain why exports at Hong Ha Float Glass Co reached only about US$4mil last year despite bigger orders, deputy director Pham Duc Long said.",
            "2009-01-21",
            "ministry",
            [E, "role_before_name", "firm_earlier_in_sentence", "mil_abbrev", "approx", "no_event"],
            persons=[per("Pham Duc Long", "deputy director")],
            firms=[f("Hong Ha Float Glass", "Co")],
            money=[m(4 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Dear raw materials and freight hold exporters back, said Ngo Minh Duc, general secretary of the Vietnam Glass Association, while Vu Thanh Binh, general director of Lao Cai Sheet Glass JSC, put his firm's export share at 5-8% of output.",
            "2009-01-21",
            "ministry",
            [E, "two_persons_role_after", "province_in_firm_name", "percentage_range", "no_event"],
            persons=[
                per("Ngo Minh Duc", "general secretary of the Vietnam Glass Association"),
                per("Vu Thanh Binh", "general director of Lao Cai Sheet Glass JSC"),
            ],
            firms=[f("Lao Cai Sheet Glass", "JSC")],
            organizations=["Vietnam Glass Association"],
            percentages=[5, 8],
            events=[],
        ),
        h(
            n(),
            "The association expects quality glass to reach 75% of output as two new lines in Quang Nam and Ba Ria-Vung Tau, 1,350 tonnes a day between them, ramp up; for now Cambodia and Laos take most exports, since few makers meet the grade buyers elsewhere want.",
            "2009-01-21",
            "ministry",
            [E, "country_noun", "capacity_no_count", "count_in_words", "percentage", "no_event"],
            provinces=[pv("Quảng Nam"), pv("Bà Rịa - Vũng Tàu")],
            percentages=[75],
            locations=[country("Cambodia"), country("Laos")],
            events=[],
        ),
    ]
    # --- English: a container-glass supplier's blurb (S11 r4) ---
    rows += [
        h(
            n(),
            "About Glass Jars\nAug 14, 2019\n\nSauce and drink makers still pick glass jars over plastic for many lines, a packaging habit that goes back centuries.",
            "2019-08-14",
            "ministry",
            [E, "supplier_blurb", "date_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Chinese-language wire pages, rendered in Vietnamese: a Japanese group's two glass plants (S19 r3) and a float
    # plant easing demand (S20 r4) ---
    rows += [
        h(
            n(),
            "Kitaura khởi công hai nhà máy kính ở Việt Nam\nTập đoàn Kính tấm Kitaura (Nhật Bản) dành hơn 320 triệu USD cho hai nhà máy; xưởng kính dẫn điện cho pin mặt trời nâng số cơ sở của tập đoàn lên chín trên toàn cầu, hai tại Việt Nam.",
            "2013-05-22",
            "ministry",
            [
                "nfd",
                "rendered_from_chinese",
                "headline_lead",
                "groundbreaking",
                "two_plants_one_deal",
                "short_name_in_headline",
                "approx",
                "count_in_words",
                "no_site",
                "multiline",
            ],
            firms=[f("Kính tấm Kitaura", "Tập đoàn")],
            money=[m(320 * M, "USD", approx=True)],
            locations=[country("Nhật Bản")],
            deals=[deal("groundbreaking", ["Kính tấm Kitaura"], 320 * M)],
            events=[ev("groundbreaking", [F("Kính tấm Kitaura")], 320 * M, "USD", None, "started")],
        ),
        h(
            n(),
            "Cơ sở đầu tiên của Kitaura ở Việt Nam đặt tại KCN Mỹ Xuân A, thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu. Giới đầu tư Nhật Bản được cho là đặt nhiều kỳ vọng vào hàng công nghệ cao sản xuất ở đây. (Hết)",
            "2013-05-22",
            "ministry",
            [
                "rendered_from_chinese",
                "existing_plant_no_deal",
                "town_district",
                "investor_country",
                "no_event",
            ],
            firms=[f("Kitaura")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[park("Khu công nghiệp Mỹ Xuân A"), district("thị xã Phú Mỹ"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Lộ trình xanh hóa giao thông công cộng TP.HCM\nLà đầu tàu kinh tế, TP.HCM được chọn đi trước trong chuyển đổi xanh giao thông, bắt đầu từ xe buýt điện.",
            "2013-05-22",
            "ministry",
            ["rendered_from_chinese", "unrelated_blurb", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Nhu cầu kính xây dựng Việt Nam sẽ bớt căng\nViệc nhà máy kính nổi Tam Hiệp vào sản xuất từ 5/4 đã làm dịu thị trường vốn tăng 7-9% mỗi năm, Hiệp hội Kính xây dựng Việt Nam nói với báo Lao Động (số ra ngày 6/5).",
            "2011-05-08",
            "ministry",
            [
                "nfd",
                "rendered_from_chinese",
                "headline_lead",
                "outlet_nothing",
                "plant_name_no_firm",
                "percentage_range",
                "multiline",
                "no_event",
            ],
            organizations=["Hiệp hội Kính xây dựng Việt Nam"],
            percentages=[7, 9],
            events=[],
        ),
        h(
            n(),
            "Với 110 triệu USD vốn và 850 tấn mỗi ngày, nhà máy Tam Hiệp được xem là nhà máy kính nổi lớn nhất Đông Nam Á; đến năm 2017, cả nước có thể cần khoảng 185 triệu m2 kính xây dựng, theo hiệp hội.",
            "2011-05-08",
            "ministry",
            [
                "rendered_from_chinese",
                "plant_worth_no_firm",
                "product_sqm_no_area",
                "region_nothing",
                "no_event",
            ],
            money=[m(110 * M, "USD")],
            events=[],
        ),
    ]
    # --- Vietnamese news in the shapes of the sampled groundbreaking, construction and approval stories (S1 r1-r4, S2 r2,
    # S2 r4, S3 r1, S3 r4: a second ultra-clear plant in Bắc Ninh, a rolled-glass plant in Đà Nẵng) ---
    rows += [
        h(
            n(),
            "Sáng 26/3, tại KCN Quế Võ III, tỉnh Bắc Ninh, Công ty CP Kính siêu trắng Kinh Bắc đã khởi công nhà máy kính siêu trắng công suất 650 tấn/ngày, tổng vốn 2.950 tỷ đồng.",
            "2019-03-27",
            "provincial",
            ["nfd", "groundbreaking", "place_first", "capacity_no_count", "deal_date"],
            firms=[f("Kính siêu trắng Kinh Bắc", "Công ty CP")],
            provinces=[pv("Bắc Ninh")],
            money=[m(2_950 * B, "VND")],
            locations=[park("Khu công nghiệp Quế Võ III")],
            deals=[deal("groundbreaking", ["Kính siêu trắng Kinh Bắc"], 2_950 * B, BN, "2019-03-26")],
            events=[ev("groundbreaking", [F("Kính siêu trắng Kinh Bắc")], 2_950 * B, "VND", BN, "started")],
        ),
        h(
            n(),
            "Kinh Bắc có vốn điều lệ 1.020 tỷ đồng; cổ đông sáng lập gồm Công ty CP Đầu tư Thuận Thành (45%), Tập đoàn Kính Hoa Hạ (Trung Quốc) 40% và một quỹ đầu tư trong nước.",
            "2019-03-27",
            "provincial",
            ["charter_capital_shareholding", "no_deal", "country_bracket", "no_event"],
            firms=[f("Kinh Bắc"), f("Đầu tư Thuận Thành", "Công ty CP"), f("Kính Hoa Hạ", "Tập đoàn")],
            money=[m(1_020 * B, "VND")],
            percentages=[45, 40],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nếu đúng tiến độ, mẻ kính đầu tiên sẽ ra lò sau 16 tháng; phần lớn sản phẩm dành cho các nhà máy tấm pin mặt trời ở Bắc Giang và Thái Nguyên.",
            "2019-03-27",
            "provincial",
            ["future_start_no_event", "duration_no_count", "no_event"],
            provinces=[pv("Bắc Giang"), pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Tin liên quan\n- Bắc Ninh trao quyết định chủ trương đầu tư cho 5 dự án FDI\n- Kính nổi Tam Hiệp báo lỗ quý thứ ba liên tiếp",
            "2019-03-27",
            "provincial",
            ["related_links", "licence_unnamed_no_event", "count", "bare_firm", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Kính nổi Tam Hiệp")],
            quantities=[c(5, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "Kính siêu trắng có độ truyền sáng trên 91%, dùng làm mặt trước tấm pin mặt trời và mặt dựng cao cấp.",
            "2019-03-27",
            "provincial",
            ["product_explainer", "percentage", "no_event"],
            percentages=[91],
            events=[],
        ),
        h(
            n(),
            "09/05/2020\n\nKính cán siêu trắng Hoà Khánh: chờ ngày ra lò\n\nKhoảng 1.760 tỷ đồng là tổng mức đầu tư nhà máy kính cán siêu trắng 450 tấn/ngày mà Công ty TNHH Kính cán Hoà Khánh đang dựng ở Đà Nẵng.",
            "2020-05-09",
            "ministry",
            [
                "nfd",
                "old_tone",
                "date_line",
                "headline_lead",
                "plant_under_construction",
                "announced_investment",
                "brand_in_headline",
                "amount_first",
                "approx",
                "multiline",
            ],
            firms=[f("Kính cán Hòa Khánh", "Công ty TNHH")],
            provinces=[pv("Đà Nẵng")],
            money=[m(1_760 * B, "VND", approx=True)],
            deals=[deal("investment", ["Kính cán Hòa Khánh"], 1_760 * B, cur("Đà Nẵng"))],
            events=[
                ev(
                    "investment_announcement",
                    [F("Kính cán Hòa Khánh")],
                    1_760 * B,
                    "VND",
                    cur("Đà Nẵng"),
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Hai nhà đầu tư cùng góp vốn làm dự án là Công ty CP Đầu tư Hải Vân và Tập đoàn Vật liệu Tân Hoa (Trung Quốc); kính dày 2-8 mm sẽ vừa bán trong nước vừa xuất cho hãng tấm pin.",
            "2020-05-09",
            "ministry",
            ["investor_line", "consortium_one_deal", "deal_no_event", "country_bracket", "no_site"],
            firms=[f("Đầu tư Hải Vân", "Công ty CP"), f("Vật liệu Tân Hoa", "Tập đoàn")],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Đầu tư Hải Vân", "Vật liệu Tân Hoa"])],
            events=[],
        ),
        h(
            n(),
            "Hơn 250 lao động địa phương sẽ có việc khi nhà máy chạy; khí thải lò nấu, theo chủ đầu tư, sẽ được xử lý đạt quy chuẩn.",
            "2020-05-09",
            "ministry",
            ["environment_pledge", "count", "approx", "no_event"],
            quantities=[c(250, "lao động địa phương", True)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 150 triệu m2 là nhu cầu kính xây dựng cả nước năm 2025 nếu thị trường giữ mức tăng 6-7%/năm, theo quy hoạch ngành.",
            "2020-05-09",
            "ministry",
            ["forecast", "percentage_range", "product_sqm_no_area", "no_event"],
            percentages=[6, 7],
            events=[],
        ),
        h(
            n(),
            "Bộ Xây dựng vừa có văn bản gửi Thủ tướng Chính phủ, đề nghị cho phép đầu tư thêm một dây chuyền kính nổi 900 tấn/ngày tại Khu kinh tế Dung Quất (Quảng Ngãi).",
            "2017-06-20",
            "ministry",
            ["submission_no_deal", "approval_no_investor", "zone", "province_bracket", "no_event"],
            organizations=["Bộ Xây dựng", "Thủ tướng Chính phủ"],
            provinces=[pv("Quảng Ngãi")],
            locations=[zone("Khu kinh tế Dung Quất")],
            events=[],
        ),
        h(
            n(),
            "Riêng nhà máy ở Bắc Ninh, 620-680 tấn/ngày, sẽ xây gọn trong một giai đoạn.",
            "2016-11-24",
            "ministry",
            ["approval_no_investor", "capacity_no_count", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Trước đó, hồi tháng 12/2016, Thủ tướng cũng đã đồng ý về chủ trương với một nhà máy kính nổi siêu trắng khác ở tỉnh này, công suất 1.500 tấn/ngày.",
            "2017-04-11",
            "ministry",
            ["recalled_approval_no_investor", "bare_role_no_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- More of the optics stories: a lens plant broken ground in Vĩnh Phúc (S9 r2 shape), the Japanese lens maker's
    # reasons (S9 r4), the camera-module page's chrome (S5 r3), phone exports (S5 r4), the solar plant (S7 r3) and the
    # fibre maker's aims (S13 r3) ---
    rows += [
        h(
            n(),
            "Công ty TNHH Quang học Fujimi Việt Nam vừa làm lễ khởi công nhà máy thấu kính camera ô tô 64 triệu USD ở KCN Bá Thiện II (Vĩnh Phúc) hôm 21/6.",
            "2023-06-22",
            "provincial",
            ["groundbreaking", "vietnam_dropped", "park", "province_bracket", "hom_date", "deal_date"],
            firms=[f("Quang học Fujimi", "Công ty TNHH")],
            provinces=[pv("Vĩnh Phúc")],
            money=[m(64 * M, "USD")],
            locations=[park("Khu công nghiệp Bá Thiện II")],
            deals=[deal("groundbreaking", ["Quang học Fujimi"], 64 * M, VP, "2023-06-21")],
            events=[ev("groundbreaking", [F("Quang học Fujimi")], 64 * M, "USD", VP, "started")],
        ),
        h(
            n(),
            "Theo Fujimi, nhà máy cần khoảng 1.800 lao động khi chạy đủ công suất và sẽ xuất toàn bộ sản phẩm sang Nhật Bản, Mỹ.",
            "2023-06-22",
            "provincial",
            ["count", "approx", "country_list", "no_event"],
            firms=[f("Fujimi")],
            quantities=[c(1_800, "lao động", True)],
            locations=[country("Nhật Bản"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Căng thẳng thương mại giữa Mỹ và Trung Quốc chưa dịu là lý do Ozawa dồn sản xuất sang Việt Nam, bớt phụ thuộc vào Phật Sơn.",
            "2024-11-12",
            "ministry",
            ["nfd", "reason_no_deal", "foreign_city_nothing", "no_event"],
            firms=[f("Ozawa")],
            locations=[country("Mỹ"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bạn có thể chuyển sang phiên bản rút gọn của trang nếu mạng chậm. Đóng\nViet Nam lap rap iPhone anh 1",
            "2025-10-14",
            "ministry",
            ["page_chrome", "image_alt_unaccented", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm nay, xuất khẩu điện thoại và linh kiện ước đạt gần 21,5 tỉ USD, đứng đầu các mặt hàng xuất khẩu của cả nước.",
            "2013-12-20",
            "ministry",
            ["statistics", "approx", "no_event"],
            money=[m(21.5 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Toàn bộ lô hàng đầu tiên đi xuất khẩu, nhưng về sau Helion Solar không loại trừ bán cho dự án điện mặt trời trong nước; trên mái xưởng sẽ có 2,5 MW mô-đun của chính hãng.",
            "2011-03-17",
            "ministry",
            ["capacity_no_count", "no_event"],
            firms=[f("Helion Solar")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo TP.HCM bấm nút động thổ nhà máy. Ảnh: Quốc Dũng",
            "2011-03-17",
            "ministry",
            ["caption", "groundbreaking_no_firm", "photo_credit_person", "no_event"],
            persons=[per("Quốc Dũng", None)],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Tầm nhìn PNF\n\nPNF muốn làm chủ cả chuỗi, từ phôi sợi tới cáp quang thành phẩm, để thay hàng nhập khẩu.",
            "2010-06-08",
            "ministry",
            ["subheading", "acronym_firm", "multiline", "no_event"],
            firms=[f("PNF")],
            events=[],
        ),
    ]
    # --- More of the trade-defence, FDI, law-firm, explainer, essay and interview pages (S16 r1, S3 r2, S8 r1, S12 r3,
    # S12 r4, S10 r3, S11 r3, S14 r2) ---
    rows += [
        h(
            n(),
            "Quy trình điều tra và khuyến nghị cho doanh nghiệp\nBộ Công Thương sẽ gửi bản câu hỏi cho các nhà sản xuất, xuất khẩu có tên trong hồ sơ; doanh nghiệp nhập khẩu kính nổi nên theo dõi sát và hợp tác với cơ quan điều tra.",
            "2025-09-05",
            "ministry",
            ["nfd", "subheading", "trade_defence", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Thuế tạm thời chỉ được tính tới khi kết luận sơ bộ khẳng định có bán phá giá và có thiệt hại, một quan chức Cục Phòng vệ thương mại giải thích.",
            "2025-09-05",
            "ministry",
            ["trade_defence", "unnamed_official", "no_event"],
            organizations=["Cục Phòng vệ thương mại"],
            events=[],
        ),
        h(
            n(),
            "Các dự án kính nền, màn hình và linh kiện quang học chiếm khoảng 12% vốn FDI đăng ký mới vào các tỉnh phía Bắc trong quý I.",
            "2023-08-02",
            "ministry",
            ["statistics", "percentage", "region_nothing", "no_event"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Hotline: 0912.448.207 – 0978.621.330\n\nThủ tục xin cấp Giấy chứng nhận đầu tư cho dự án sản xuất kính\n\n12/03/2017",
            "2017-03-12",
            "ministry",
            ["law_firm_explainer", "phone_number_nothing", "date_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dù ở dạng giấy hay điện tử, giấy chứng nhận đăng ký đầu tư đều ghi lại thông tin mà nhà đầu tư đăng ký cho dự án; trong khu công nghiệp, Ban quản lý các khu công nghiệp là nơi cấp.",
            "2024-08-20",
            "ministry",
            ["law_firm_explainer", "bare_unit_word", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hiểu đúng để chọn đúng\nTiền điện cho làm mát và sưởi ấm giảm rõ khi vách kính có SHGC thấp, vì phần lớn nhiệt mặt trời bị giữ lại bên ngoài.",
            "2017-10-17",
            "ministry",
            ["explainer", "subheading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chi phí chạy điều hoà của toà nhà dùng kính thường luôn cao hơn, bởi nhiệt và tia UV lọt qua vách vào trong cả mùa nóng lẫn mùa lạnh.",
            "2022-03-15",
            "ministry",
            ["explainer", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các dòng sau kính – kính hộp, kính dán, kính cường lực – đang bán chạy nhờ nhà cao tầng và nội thất, Hiệp hội Kính và Thủy tinh Việt Nam cho biết.",
            "2022-03-26",
            "ministry",
            ["industry_report", "dash_aside", "no_event"],
            organizations=["Hiệp hội Kính và Thủy tinh Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Trang 2\n\nBỘ CÔNG THƯƠNG\nTRƯỜNG ĐẠI HỌC CÔNG NGHIỆP THỰC PHẨM TP.HCM\n\nĐỀ TÀI: TÌM HIỂU VỀ CHAI LỌ THỦY TINH\n\nThành phố Hồ Chí Minh, tháng 10 năm 2023",
            "2023-10-04",
            "ministry",
            [
                "document_store",
                "caps_cover",
                "caps_org_usual_spelling",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương", "Trường Đại học Công nghiệp Thực phẩm TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "PV: - Vậy doanh nghiệp Việt cần làm gì để không bị “đánh” như thế?\nPGS.TS Đoàn Minh Khôi: - Trước hết phải minh bạch xuất xứ linh kiện, nhất là cụm camera và kính màn hình nhập từ Trung Quốc.",
            "2017-09-06",
            "ministry",
            ["nfd", "interview", "academic_title_no_role", "multiline", "no_event"],
            persons=[per("Đoàn Minh Khôi", None)],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- English: one more line from the 1999 ceremony (S17 r3) ---
    rows += [
        h(
            n(),
            "Kenji Morimoto, president of Asahara Glass, promised a plant able to compete with any in the region.",
            "1999-04-12",
            "ministry",
            [E, "role_after_name", "firm_in_role", "no_event"],
            persons=[per("Kenji Morimoto", "president of Asahara Glass")],
            firms=[f("Asahara Glass")],
            events=[],
        ),
    ]
    return rows
