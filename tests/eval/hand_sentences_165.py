# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 165 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: electric motorcycles, e-bikes and their battery packs, chargers and
parts suppliers in Vietnam. Written and annotated for every field BEFORE any tagger was run on them, without reading the
tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "xe máy điện nhà máy lắp ráp
khánh thành công suất chiếc mỗi năm", S2 "Yadea nhà máy Bắc Giang xe máy điện vốn đầu tư", S3 "Dat Bike gọi vốn xe máy
điện nhà máy", S4 "Selex Motors trạm đổi pin hợp tác", S5 "bộ pin xe máy điện lithium doanh nghiệp sản xuất trong nước",
S6 "bộ sạc xe máy điện cháy nổ chung cư quy định", S7 "xe đạp điện lắp ráp linh kiện nhập khẩu doanh nghiệp Việt", S8
"Pega HKbike xe máy điện doanh nghiệp Việt thị phần", S9 "động cơ điện xe máy điện nhà cung cấp linh kiện Trung Quốc nội
địa hóa", S10 "chuyển đổi xe máy xăng sang xe điện Hà Nội lộ trình doanh nghiệp sản xuất", S11 "ắc quy xe đạp điện nhà
máy sản xuất công ty", S12 "Honda Việt Nam xe máy điện pin hoán đổi ra mắt", S13 "trạm sạc xe máy điện công cộng lắp đặt
doanh nghiệp ký kết", S14 "nhập khẩu xe máy điện chứng nhận chất lượng kiểu loại Cục Đăng kiểm", S15 "doanh số xe máy
điện Việt Nam tăng trưởng VinFast Yadea thị trường 2025", S16 "nhà máy sản xuất pin xe máy điện khu công nghiệp khởi
công", and in English S17 "Vietnam electric motorcycle startup raises funding", S18 "Vietnam e-bike factory exports
United States", S19 "electric scooter battery swapping network Vietnam Ho Chi Minh City", S20 "Vietnam electric
two-wheeler maker battery pack supplier agreement". (Batches 109, 123 and 134 had neighbouring themes with other
searches; several of the same pages came back, the student paper, the betting salads, a Chinese maker's plant, a
start-up's Series B, a machine-translated charging memorandum and a Bloomberg construction start among them, and none of
their rows was reused: every row here was drafted from this sample and checked against those batches too.) No sentence
is taken or paraphrased from a page; the shapes are. Firm, brand, park, building and person names are invented (Tập đoàn
Kaiyue / Kaiyue / Kaiyue Vietnam Co. and Công ty TNHH Khoa học Kỹ thuật Kaiyue Việt Nam; Vũ Bão Motors / Vu Bao Motors
and its investors Kashima Seiki, Eastgate Partners, Banyan Bridge Ventures, Jade Harbor Ventures and Tập đoàn Tài chính
Jade Harbor, Sông Hàn Capital; Tia Sáng Motors / Công ty CP Phương tiện điện thông minh Tia Sáng / Tia Sang Motors, MDB
Ventures and the Mekong Development Bank, GoBox, ShipSao Logistics; Tập đoàn Kim Sơn, Công ty CP Phát triển năng lượng Kim
Sơn / KSE and its brand EcoRide; Tập đoàn Xăng dầu Nam Hải; Tập đoàn Trường Sơn / Truong Son Group with Phù Đổng Motors /
Phu Dong Motors, Công ty TNHH Dịch vụ và Kinh doanh Phù Đổng, PD-Green, Công ty CP Giải pháp Năng lượng Trường Sơn / TSE
and Công ty CP Giải pháp năng lượng Trường Sơn Hà Tĩnh; An Phat Retail; Hanul Chem; Zepha / HTBike / Công ty CP Xe điện
Toàn cầu Zepha HTL / Zepha HTL and Sơn Hải Mobile; Xe điện Hoàng Phúc; MotoData Asia; Công ty CP Ô tô Phú Xuân / Phú Xuân
and Tập đoàn Tianheng; Kazemoto Motors; HT-EGO and Ha Thanh Motors; Viện Nghiên cứu Kim Báo; the parks KCN Tiên Lục, KCN
Hương Lâm and khu công nghiệp Nham Biền; Thanh Hà Tower; Nghị định 118/2025/NĐ-CP as numbered here; every official
including a Prime Minister and a US Commerce Secretary, founder, lawyer, rider, analyst, author, photographer and byline);
well-known names (Honda / Honda Motor, Yamaha, EVN, VAMM and Hiệp hội Các nhà sản xuất xe máy Việt Nam, Bộ Công Thương,
Bộ Khoa học và Công nghệ, Ủy ban An toàn giao thông Quốc gia, Hiệp hội Phòng cháy chữa cháy và Cứu nạn cứu hộ Việt Nam,
Trường Đại học Kinh tế Quốc dân, the parks Phong Điền, Thuận Thành II and Vinh Loc, the outlets VOV, VGP, THCL, VNA,
Vietnam News, China Daily, Reuters, Bloomberg, VnExpress, Weibo) appear only in sentences of our own, with figures, dates
and places changed.

What the sample looked like (80 result slots, about 55 distinct pages: a document store's student discussion paper on
EV standards came back five times, betting salads on "xe 50cc" and "giá xe vision" filled all four of S12 and three each
of S1, S3, S5 and S7): 20 slots were spam (kuwin/98win keyword salads with run-together words); 8 were document stores
and legal portals (the student paper five times with its glued page marker, caps cover and contents; a Chinese-language
research house's report on EV controllers with a report code, hot points, analysts and a hotline, rendered here in
Vietnamese; two unaccented download slugs); 12 were tag, section, search, snippet, author and teaser pages (a business
weekly's "Quốc tế" section listing, a Chinese keyword tag, a person tag with a one-line lead, a Hà Nội support title, a
radio station's tag on buying back petrol bikes, a tag on the ring-road ban with "Thẻ:", a trade ministry paper's tag with
three leads including a charging MoU, a search page's title, an excerpt without an address, an author page with a
licence headline and lead, an English tag teaser, a paywalled English teaser on a planned cell plant); 3 were a shop's
explainer, a dealer's Q&A blog and a repair blog with hotlines and a "Xem thêm" link; 1 was a freelance journalist's
English blog draft; 24 were Vietnamese news (a Chinese maker's smart plant opened in a Bắc Ninh park, two outlets; the
Prime Minister receiving the group's vice chairman abroad with a VGP caption; a start-up's co-led Series B, twice; a
battery-swap start-up's founder story on a business portal and a broker's repost with menu chrome and an image file
name; a petroleum group's swap cabinet at an exhibition under a portal's headline list; a stainless-steel group's energy
unit signing with the swap start-up, with a related link; four pieces on charging at home and in apartment blocks, a
decree's fine, a student's initials, a fire association's vice chairman, China's rules and a fire, an apartment board's
ban, a ward chairman and a lawyer; four on a domestic e-bike brand, its losses, its launch invitation twice and its
renaming with a caption and a plant being built; an old lifestyle feature on e-bike batteries with a shop owner; who uses
public chargers, with two riders; four outlets on eight-month sales data; a news agency's brief on a commercial-vehicle
maker's battery-plant groundbreaking in Huế with a technology partner); 11 were English (a translated and an aggregator
copy of the Series B, a Hong Kong daily on the Chinese maker's second plant with byline, caption and vox pop, a business
paper on delivery firms with a US cabinet member's plant visit, a convertible note and a partnership, an army paper's 2014
item on a Japanese e-scooter plant, a research page on swapping, VnExpress's English charging piece, a machine-translated
Italian copy of a charging MoU, a portal's courier and swap-cabinet story with a cooperation agreement, a 2019 Reuters
item on a battery joint venture, a 2021 Bloomberg construction start with a rand conversion); 1 was a Japanese-language
business newsletter on a battery pact, rendered here in Vietnamese. About 23 of the 80 slots told a deal or an event with
a named party (openings and starts 3, funding rounds 5, agreements and memoranda 6, announced or recalled plants 6, a
licence, groundbreakings 2, a joint venture); no supply contract for packs, chargers or motors and no parts plant's
licence came up in any first four (S5, S7, S9 and S11 gave spam, the paper, Chinese pages and shop blogs), so the batch
has none.

Rows: 160 (hand-54001 to hand-54160); 25 carry a deal or an event (15.6%): 19 events (5 MoUs, 4 investment
announcements, 3 acquisitions, 2 inaugurations, 2 groundbreakings, 1 investment licence, 1 cooperation, 1 joint venture)
and 24 `deals` entries (15 investment, 6 mou, 2 groundbreaking, 1 cooperation); 6 rows hold only deals (54047 a recalled
complex, 54053 and 54135 the Chinese maker's recalled first plant, 54095 a recalled workshop, 54121 a recalled
technology agreement, 54125 a recalled opening), 1 an event without a deal (54143 a start of output without capital) and
18 both. 135 rows are negatives and other fields (36 with no field at all). By page kind: 16 rows of spam (54001-54016,
0 with a deal or event), 9 of the student paper, the Chinese report rendered and the download slugs (54017-54025, 0), 14
of tag, section, search, snippet, author and teaser pages (54026-54039, 3), 9 of shop, dealer and repair blogs, the old
feature and the English blog draft (54040-54048, 1), 75 of Vietnamese news (54049-54123, 8), 2 of the Japanese newsletter
rendered (54124-54125, 2) and 35 of English copy (54126-54160, 11); 39 rows are English (`english_copy`, 24.4%, with the
two English tag and teaser rows and the blog draft's two). 10 rows are stored in NFD (hand-54005, 54013, 54020, 54045,
54050, 54073, 54086, 54097, 54099, 54113); 6 use old tone placement (54018 "tiêu chuẩn hoá", 54031 "hoá thạch", 54034
"thoả thuận", 54060 "nội địa hoá", 54103 "Uỷ ban", 54121 "thoả thuận"); 38 hold several lines (headlines and leads,
timestamps and page chrome, captions, tag lines, a cover and contents, Q&A labels, a numbered list, a paywall, bylines,
source lines).

Own wording: every row was drafted in its own order (amount-first, count-first, object-first, place-first, passive,
quote-last), with changed figures, names, dates and places; on review against the notes taken from the sampled pages and
against batches 109, 123 and 134, about 70 drafts that still kept a page's run of facts, its clause order or a quote's
gist were rewritten from scratch (the student paper's scope line, which had also come out like batch 123's; the person
tag's lead, the charging-standards lead, the gigafactory snippet, the author page's licence headline and lead; the shop's
definition and structure, the dealer's Q&A and advice; the blog draft's plant line; the opening's first plant, the
ceremony lead, the site line, the group's wishes and the Prime Minister's requests; the Series B's lead, its participants
(also too close to batch 123's row) and the use of funds; the swap roll-outs, the exhibition cabinet; the signing's lead,
terms and savings; China's ban, the Shenzhen fine, the basement rules, the apartment ban, the ward chairman and the
lawyer; the e-bike brand's standfirst, revenue line and plant; the public-charging milestone, both riders and the range;
the VAMM, half-year and delivery lines; the Huế partner's terms and the plant's use; the Japanese pact and its terms; and
nearly every English row: the round, its leads, the aggregator copy, the plant visit, the note round, the partnership,
the Japanese plant's start, output and head office, the rider, the machine-translated headline, memorandum and counts,
the courier, the cooperation agreement, the fee, the swap plan, the joint venture, the car budget, the construction
start and its capacity). Two drafts were cut back because part of their facts came only from a result ranked 6 (S16 r6,
a 2024 groundbreaking of the same maker's plant): the site line lost its robot welders and conveyors, and the first
plant's line its capacity ratio. Nothing else was used from ranks 5-8, among them: the swap start-up's founder story and
its delivery trial, the US visit page with its investors and the swap strategies of three makers (S4 r5-r8), the 2023
mini-apartment fire, the construction ministry's letter and landlords' bans (S6 r5-r8), the market-race feature and a
copy of the losses story (S8 r5-r6), the makers' association's letter on the petrol ban and the ride-hailing piece (S10
r7-r8), a forum on charger sharing, a listing of Hà Nội's first chargers and a franchise-charger feature (S13 r6-r8), a
1997-era import decision (S14 r7), a bank's note and market-rank items (S15 r5-r8), the maker's 2024 groundbreaking, a
cell plant's appraisal and a 2021 battery groundbreaking (S16 r6-r8), a 2021 pre-Series A, a convertible loan and a $2.5
billion pledge (S17 r5-r8), smuggling and tariff pieces (S18 r5-r8), swap-station pieces and the sidewalk-cabinet
approvals (S19 r5-r8) and a battery MoU, a groundbreaking and an Indian plant (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed", without capital
the event only, an opening told without the firm nothing; a held groundbreaking is a groundbreaking deal and event
"started", dated only with a day; a licence ("chấp thuận chủ trương đầu tư") is an investment deal and an
investment_licence event "licensed" with the granting committee as a government party as written, the licence amount the
lead's, not the headline's; a named firm's planned plant or a plant under construction is an announced investment; a
firm-firm "thỏa thuận hợp tác", "thỏa thuận hợp tác chiến lược", memorandum or English "cooperation agreement" is an mou
deal and a signed event, dated only with a day and month, sited only by a signing place; agreement terms are no second
deal; a completed funding round co-led by two investors is ONE investment deal of both with the round's amount and an
acquisition event "completed" of both and the start-up; round participants told without the start-up, rounds told
without investors, TV pitches, station and network plans with counts, product launches, visits, receptions, wishes,
requests, sales, shares and forecasts give no deal; a joint-venture plant two firms "have set up" is ONE investment deal
of both and a joint_venture event "signed" sited in its province; money "earmarked" by a group for a project is its
announced investment; recalled plants, openings and agreements are deals without events; vague amounts are none;
"khoảng", "chừng", "gần", "hơn", "trên", "ít nhất", "about", "some", "more than", "passed" are approximate, "tới" and
"up to" not; bracketed conversions are both money (the rand as ZAR); a round amount repeated in headline and lead is
money twice; money per unit keeps its unit as written; capacities, outputs, distances, durations, ages, ordinals,
voltages, page numbers, phone numbers, counts in words and counts without a noun are no counts, both ends of a range
are, English counts keep their English noun; m2 and hectares are areas; Vietnamese legal forms are normalised, foreign
ones kept ("Co."), "Group" stays in an English name, "Việt Nam"/"Vietnam" is dropped from a foreign subsidiary, a
bracketed acronym or ticker is no second firm, an acronym standing alone is (TSE, KSE, EVN), product brands and models
(EcoRide, Evo, Swift 3, Bison) are no firms; Vietnamese country names and short forms and English country nouns and
possessives are countries, adjectives, regions, blocs and foreign cities nothing, a country in a role a country; parks
written in Vietnamese are locations (KCN expanded, a lower-case park as written), English parks none; communes and wards
are nothing, a commune named after a former district no district; datelines and English province names are province
mentions; organisations as written with UBND expanded, bare units ("tỉnh", "thành phố", "ban quản lý") none, an acronym
alone (VAMM) an organisation; bylines, photo credits and caps credits are persons in title case without role, initials
credits and outlet, agency and site credits nothing, given names alone ("anh Lộc", "ông Tuấn", "Vũ") none, "TS." no
role, a bare "Thủ tướng" no person; old tone placement is normalised in the gold. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A convertible note round told amount-first with one named investor ("A US$3.5 million convertible note round closed in
  April gave Tia Sang Motors money from MDB Ventures, the venture arm of the Mekong Development Bank, among others",
  hand-54141) is read like a round: an investment deal of MDB Ventures with the amount and an acquisition "completed" of
  it and the start-up; the multilateral bank in the apposition is an organisation, not a firm.
- "GoBox ... signed a partnership with Tia Sang Motors" (54142), with no agreement or memorandum word, is a cooperation
  deal and a signed cooperation event (batch 130's "teamed up"); "a cooperation agreement that ShipSao Logistics has
  signed with Tia Sang Motors" (54154) an mou, its deployment cities no site.
- The co-led round in English without its amount ("Leading the round in Vu Bao Motors were two Japanese names ...",
  54127) is the same deal and event without amount; the amount-first total and the aggregator's "Fresh from a $26
  million raise" (54126, 54129) name no investor and give money only.
- A start of output without capital ("Production is under way at Kazemoto Motors' e-scooter and e-bike factory in Vinh
  Loc Industrial Park, Ho Chi Minh City", 54143) is an inauguration "completed" sited in TP.HCM, no deal; the plant's
  capital in the next row, told with "the Japanese firm" only (54144), is money only; "runs another plant in the
  Philippines" (54145) is a plant mention, no deal.
- A renamed brand with its former name in brackets ("Zepha (HTBike)", 54093) gives both names as firms (renamings give
  the firms as written); "dựng một xưởng ở Bắc Giang là hai quyết định lớn nhất của HTBike" (54095) is HTBike's recalled
  investment sited in Bắc Giang's current unit; "Zepha đang xây ở Bắc Giang một xưởng lắp ráp 18.000 m2" (54104) an
  announced investment without amount (a plant under construction), its monthly capacity no count.
- A Japanese newsletter's pact rendered with the ticker in square brackets and the acronym in round ones ("... Kim Sơn
  [KSE] ... ký ngày 24 với Công ty CP Giải pháp Năng lượng Trường Sơn (TSE)", 54124) is an mou deal and event of the two
  formal names without date (a day without month); "KSE, có xưởng xe điện ở KCN Thuận Thành II (Bắc Ninh) khánh thành năm
  2021 ..., sẽ lắp pin của TSE" (54125) gives KSE's recalled investment sited in Bắc Ninh and no supply deal (a term of
  the pact, no contract word).
- "Tianheng đã cam kết trong thoả thuận hợp tác với Phú Xuân ..." (54121) is a recalled mou deal of the two without event
  (batch 134's technology partner); in the groundbreaking lead "với công nghệ do Tập đoàn Tianheng (Trung Quốc) chuyển
  giao" (54120) the partner is no party.
- Riders named by two given names with an honorific and an age ("chị Thu Uyên (29 tuổi, Hà Nội)", "anh Hoàng Nam (31
  tuổi, TP HCM)", "Thu Uyen, 29") are persons without role (papers' way of naming private people), a single given name
  none; initials ("T.M.K") are no person.
- A paywalled teaser sited by its officials ("Ha Tinh officials expect work to begin this year on a cell plant of about
  $412 million that Truong Son Group is building", 54039) is Truong Son Group's announced investment sited in Hà Tĩnh;
  "The car venture as a whole ... has $3.2 billion behind it from Truong Son Group" (54158) an announced investment
  without site; a passive groundbreaking with the parent as source ("Ground was broken on Saturday in Ha Tinh province
  for the battery pack plant that will feed Phu Dong Motors' car and bus lines, parent Truong Son Group said", 54159) is
  Phu Dong Motors' groundbreaking with the VND amount, the rand as ZAR; the blog draft's "the US$2.8 billion Hai Phong
  complex it opened in 2019" (54047) a recalled investment without event.
- "The group is now adding a $110 million production and assembly site, also in Bac Giang, said Chen Lu, general manager
  of Kaiyue Vietnam Co." (54136) is Kaiyue's announced investment, the firm named once with "Co."; the person's role keeps
  its full text.
- The Vietnamese opening's amount-first lead names the unit ("Công ty TNHH Khoa học Kỹ thuật Kaiyue Việt Nam – đơn vị thuộc
  Tập đoàn Kaiyue (Trung Quốc) – khánh thành sáng 4/3 tại KCN Tiên Lục", 54049): the unit is the party, the group a
  mention; the park gives no province of its own, the headline's Bắc Ninh sites the deal.
- A caption of a reception ("Thủ tướng Lê Minh Hòa và ông Chu Diệc Phong, Phó Chủ tịch Tập đoàn Kaiyue. Ảnh: VGP",
  54057) gives the two persons with roles and no event; a ward committee's chairman without name (54090) gives the
  committee as an organisation ("Ủy ban nhân dân phường Định Công") and no person.
- A data provider named as a source ("theo MotoData Asia", "MotoData Asia says") is a firm; "VAMM" alone an
  organisation; the Chinese research house "Viện Nghiên cứu Kim Báo" an organisation; a dealer giving advice under its
  name ("Xe điện Hoàng Phúc khuyên", 54043) a firm.
- Counts: "hơn 300 cửa hàng bán xe", "ít nhất 600 điểm sạc công cộng", "ít nhất 20 nước", "khoảng 12 mẫu xe", "cả bộ 4
  bình", "34 provinces", "the first more of 700 shops" (approximate), "85 million two-wheelers" after "passed"
  (approximate); "2,5 triệu xe/năm", "35.000 xe mỗi tháng", "8,600 e-scooters ... first-year output", "from 6 to 60
  batteries" (capacities and outputs), "ba trụ cột", "năm, sáu hãng", "two flat batteries" and "four in five" none.
- Money: "VND9,000 for each battery" keeps the unit "battery"; "Phạt tới 1.000 nhân dân tệ" is CNY and not approximate;
  "41,5 tỷ nhân dân tệ" CNY; "Gần 7.600 tỷ" in a headline without a currency word is VND."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, ev, f, ha, park, per


def hand_sentences_165(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BN = cur("Bắc Ninh")
    HT = cur("Hà Tĩnh")
    HP = cur("Hải Phòng")
    HCM = cur("Hồ Chí Minh")
    HUE = cur("Huế")

    ids = iter(range(54001, 54001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Betting keyword salads (S1 r1, r3, r4; S2 r2, r3; S3 r2-r4; S5 r2-r4; S7 r2-r4; S12 r1-r4; S14 r2, r4:
    # 20 slots) ---
    spam = [
        ("kuwin xe máy điện 50cc cho học sinhtỷ số cúp c1bảng giá xe lead 2024", "2024-08-11", []),
        (
            "98win pin xe đạp điện 36v giá bao nhiêulịch thi đấu v-leaguenhà cái uy tín 2024",
            "2024-09-02",
            ["voltage_no_count"],
        ),
        (
            "kuwin sạc xe máy điện bao lâu thì đầykết quả ngoại hạng anhgiá xe wave alpha 2023",
            "2024-10-19",
            [],
        ),
        (
            "98win xe tay ga 110cc dưới 20 triệuđội hình chelseamã số thuế cá nhân",
            "2024-11-05",
            ["vague_price_no_money"],
        ),
        (
            "kuwin xe điện cũ thanh lý hà nộibxh serie amáy bán pin tự động",
            "2024-12-14",
            ["lowercase_province_nothing", "nfd"],
        ),
        ("98win phụ tùng xe máy điện chính hãngtrực tiếp bóng đá hôm naytỷ lệ kèo", "2025-01-08", []),
        ("kuwin bảng giá xe sh 2025 lăn bánhnhà cái uy tín nhấtlịch thi đấu la liga", "2025-01-27", []),
        (
            "98win ắc quy 12v 20ah xe đạp điệnkèo châu ánghị định xe máy chính chủ",
            "2025-02-16",
            ["capacity_code_nothing"],
        ),
        ("kuwin motor xe điện 1000w cũcúp quốc gia 2024xe cub 50 giá", "2025-03-03", []),
        (
            "98win xe đạp trợ lực gấp gọnkết quả bóng đá đứcbảng giá xe vario 2024",
            "2025-03-21",
            ["lowercase_country_nothing"],
        ),
        (
            "kuwin thuê pin xe máy điện theo thánglịch thi đấu world cup 2026tra cứu phạt nguội",
            "2025-04-09",
            [],
        ),
        ("98win xe điện trả góp 0 đồngnhà cái mới nhấthạng nhất anh", "2025-05-02", ["zero_amount_nothing"]),
        ("kuwin đèn pha xe máy điện led siêu sángtỷ số trực tuyếnxe dream 2003 giá", "2025-05-25", ["nfd"]),
        ("98win biển số xe máy điện có phải đăng kýđội tuyển việt namkết quả xổ số", "2025-06-13", []),
        (
            "kuwin xe ba bánh chở hàng điệnbảng xếp hạng bundesligamua xe máy trả góp không cần trả trước",
            "2025-07-01",
            [],
        ),
        (
            "98win bộ điều tốc xe đạp điện 48vxem bóng đá trực tiếpgiải vô địch quốc gia đức",
            "2025-07-22",
            ["voltage_no_count"],
        ),
    ]
    for text, pub, ph in spam:
        rows.append(
            h(
                n(),
                text,
                pub,
                "ministry",
                ["spam_keywords", "run_together_words", *ph, "no_fields", "no_event"],
                events=[],
            )
        )
    # --- Document stores: a student discussion paper on EV standards (S1 r2 = S5 r1 = S7 r1 = S10 r2 = S13 r3: one
    # page five times), a Chinese-language industry report rendered in Vietnamese (S9 r1) and two unaccented download
    # slugs of a legal portal (S14 r1, S14 r3): 8 slots ---
    rows += [
        h(
            n(),
            "Trang 1TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\nVIỆN THƯƠNG MẠI VÀ KINH TẾ QUỐC TẾ\n————\nTIỂU LUẬN HỌC PHẦN: QUẢN TRỊ CHẤT LƯỢNG\nĐỀ TÀI: KHUNG TIÊU CHUẨN, QUY CHUẨN CHO XE HAI BÁNH CHẠY ĐIỆN Ở VIỆT NAM – HIỆN TRẠNG VÀ KIẾN NGHỊ",
            "2024-04-12",
            "ministry",
            ["student_paper", "caps_cover", "faculty_no_org", "page_marker_glued", "multiline", "no_event"],
            organizations=["Trường Đại học Kinh tế Quốc dân"],
            events=[],
        ),
        h(
            n(),
            "Trang 3MỤC LỤC\nLời mở đầu 4\nChương 1: Khái quát về tiêu chuẩn hoá và quy chuẩn kỹ thuật 5\n1.2 Hàng rào kỹ thuật trong thương mại 7\nChương 2: Hiện trạng ở Việt Nam 9",
            "2024-04-12",
            "ministry",
            [
                "student_paper",
                "table_of_contents",
                "page_numbers_no_count",
                "old_tone",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Phần mở đầu: nhóm 4 giới hạn phạm vi ở xe hai bánh, không xét ô tô điện và xe buýt điện.",
            "2024-04-12",
            "ministry",
            ["student_paper", "group_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2.3 Quy chuẩn hiện hành cho ắc quy chì và pin lithium trên xe điện...11\n2.4 Bất cập khi kiểm tra xe nhập nguyên chiếc từ Trung Quốc...13",
            "2024-04-12",
            "ministry",
            [
                "student_paper",
                "table_of_contents",
                "page_numbers_no_count",
                "country",
                "nfd",
                "multiline",
                "no_event",
            ],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ba nhóm giải pháp được đề xuất: rà lại 14 tiêu chuẩn đang áp dụng, bổ sung quy chuẩn cho trạm sạc và tủ đổi pin, siết khâu kiểm tra hàng nhập.",
            "2024-04-12",
            "ministry",
            ["student_paper", "count_in_words_nothing", "count", "no_event"],
            quantities=[c(14, "tiêu chuẩn")],
            events=[],
        ),
        h(
            n(),
            "Mã báo cáo 22RI0391 | Viện Nghiên cứu Kim Báo | Tổng quan ngành mô tơ và bộ điều khiển xe hai bánh chạy điện Trung Quốc 2022\nĐiểm nóng 1: mô-đun IGBT sản xuất trong nước dần thay hàng nhập\nĐiểm nóng 2: hơn 120 nhà cung cấp, chưa ai dẫn đầu tuyệt đối",
            "2022-03-15",
            "ministry",
            [
                "foreign_page_rendered",
                "report_code_nothing",
                "ordinal_no_count",
                "country",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Viện Nghiên cứu Kim Báo"],
            locations=[country("Trung Quốc")],
            quantities=[c(120, "nhà cung cấp", True)],
            events=[],
        ),
        h(
            n(),
            "Quy mô thị trường bộ điều khiển cho xe điện hai bánh ở Trung Quốc được dự báo chạm 41,5 tỷ nhân dân tệ vào năm 2026.\nChuyên viên phân tích cao cấp Mạnh Tư Dao | Chuyên viên phân tích Hà Gia Nhi | Đường dây nóng 400-186-3321",
            "2022-03-15",
            "ministry",
            [
                "foreign_page_rendered",
                "forecast_money",
                "yuan",
                "role_before_name",
                "phone_number_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Trung Quốc")],
            money=[m(41.5 * B, "CNY")],
            persons=[
                per("Mạnh Tư Dao", "Chuyên viên phân tích cao cấp"),
                per("Hà Gia Nhi", "Chuyên viên phân tích"),
            ],
            events=[],
        ),
        h(
            n(),
            "download phap luat mau don de nghi cap giay chung nhan chat luong xe may dien nhap khau",
            "2023-08-02",
            "legal",
            ["download_slug", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat thong tu huong dan kiem tra chat luong xe dap dien lap rap trong nuoc nam 2024",
            "2024-02-19",
            "legal",
            ["download_slug", "unaccented", "lowercase", "year_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, section, search, snippet, author and teaser pages (S9 r2, S9 r3, S9 r4, S10 r1, S10 r3, S10 r4, S13 r1,
    # S13 r2, S16 r1, S16 r4, S17 r1, S20 r1: 12 slots) ---
    rows += [
        h(
            n(),
            "Quốc tế\nXe điện hai bánh: cuộc đua mà phương Tây ít để mắt\nCác hãng Trung Quốc đang đưa sang Đông Nam Á nhiều xe máy điện hơn bao giờ hết, trong khi châu Âu và Mỹ chỉ chăm chăm nhìn ô tô điện.",
            "2024-06-20",
            "ministry",
            ["section_listing", "headline_lead", "region_nothing", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "电动自行车充电器功率标准",
            "2023-05-11",
            "ministry",
            ["foreign_script_tag", "chinese_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tag: Jürgen Wendt\nGiới phân tích đã thôi ngạc nhiên trước tốc độ xe điện Trung Quốc tràn ra thế giới; câu hỏi giờ là thị trường nào đứng vững.",
            "2025-04-02",
            "ministry",
            ["person_tag_page", "tag_name_person", "country", "multiline", "no_event"],
            persons=[per("Jürgen Wendt", None)],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hà Nội lên phương án hỗ trợ tiền cho người bỏ xe máy xăng",
            "2025-07-16",
            "ministry",
            ["tag_title", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "VOV.VN - Khoảng 380.000 xe máy xăng đang chạy trong vành đai 2 có thể được TP Hà Nội mua lại theo cơ chế hỗ trợ mà thành phố đang soạn.",
            "2025-07-29",
            "ministry",
            ["tag_page", "outlet_prefix_nothing", "ring_road_nothing", "count", "approx", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(380_000, "xe máy xăng", True)],
            events=[],
        ),
        h(
            n(),
            "Chuyên gia: trước khi cấm xe xăng trong vành đai 1, Hà Nội phải có đủ đất cho bãi đỗ và ít nhất 600 điểm sạc công cộng.\nThẻ: năng lượng hoá thạch",
            "2025-08-05",
            "ministry",
            ["tag_page", "tag_line", "count", "approx", "old_tone", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(600, "điểm sạc công cộng", True)],
            events=[],
        ),
        h(
            n(),
            "Trạm sạc xe điện\nMỗi hãng một chuẩn sạc là rào cản lớn nhất với người mua xe điện, nhiều chuyên gia nhận xét.",
            "2024-11-27",
            "ministry",
            ["tag_page", "tag_word_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tiêu chuẩn cho trụ sạc, từ khâu thiết kế tới vận hành, là thứ Bộ Khoa học và Công nghệ được Bộ Công Thương đề nghị sớm ban hành.",
            "2024-11-27",
            "ministry",
            ["tag_page", "object_first", "ministry_request_no_event", "no_event"],
            organizations=["Bộ Khoa học và Công nghệ", "Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Cửa hàng xăng dầu sẽ có thêm trụ sạc xe máy điện theo thoả thuận hợp tác mà Tập đoàn Xăng dầu Nam Hải và Công ty TNHH Dịch vụ và Kinh doanh Phù Đổng vừa ký.",
            "2024-11-27",
            "ministry",
            ["tag_page", "object_first", "mou_signed", "old_tone"],
            firms=[f("Xăng dầu Nam Hải", "Tập đoàn"), f("Dịch vụ và Kinh doanh Phù Đổng", "Công ty TNHH")],
            deals=[deal("mou", ["Xăng dầu Nam Hải", "Dịch vụ và Kinh doanh Phù Đổng"])],
            events=[
                ev(
                    "mou",
                    [F("Xăng dầu Nam Hải"), F("Dịch vụ và Kinh doanh Phù Đổng")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "trạm đỗ sạc thông minh cho xe buýt điện dự án liên danh châu âu",
            "2022-10-03",
            "ministry",
            ["search_page_title", "lowercase", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vài năm qua, “siêu nhà máy” pin hàng tỷ USD đã thành món bắt buộc trong kế hoạch của mọi hãng ô tô lớn, từ Mỹ, Nhật tới Đức.",
            "2021-05-18",
            "ministry",
            ["snippet_no_url", "vague_amount_none", "country_short_form", "no_event"],
            locations=[country("Mỹ"), country("Nhật"), country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Bài viết mới nhất từ Thu Trang\nTập đoàn Trường Sơn sắp có nhà máy cell pin gần 7.600 tỷ\nTrên 7.540 tỷ đồng là tổng vốn của nhà máy cell pin mà UBND tỉnh Hà Tĩnh vừa chấp thuận chủ trương đầu tư cho Công ty CP Giải pháp năng lượng Trường Sơn Hà Tĩnh; khởi công dự kiến vào quý II/2022.",
            "2021-08-20",
            "ministry",
            [
                "author_page",
                "byline_person",
                "headline_lead",
                "amount_first",
                "investment_policy_approval",
                "unit_keeps_province",
                "amount_repeated_differently",
                "tỷ_without_currency",
                "planned_groundbreaking_no_second_event",
                "approx",
                "multiline",
            ],
            persons=[per("Thu Trang", None)],
            firms=[f("Trường Sơn", "Tập đoàn"), f("Giải pháp năng lượng Trường Sơn Hà Tĩnh", "Công ty CP")],
            organizations=["Ủy ban nhân dân tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            money=[m(7600 * B, "VND", approx=True), m(7540 * B, "VND", approx=True)],
            deals=[deal("investment", ["Giải pháp năng lượng Trường Sơn Hà Tĩnh"], 7540 * B, HT)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Hà Tĩnh"), F("Giải pháp năng lượng Trường Sơn Hà Tĩnh")],
                    7540 * B,
                    "VND",
                    HT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Tag: electric scooters\nA Vietnamese carmaker's founder keeps writing cheques for its EV push – but will the bet pay off?",
            "2023-05-30",
            "ministry",
            [E, "tag_page", "unnamed_firm", "adjective_no_country", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ha Tinh officials expect work to begin this year on a cell plant of about $412 million that Truong Son Group is building to supply Phu Dong Motors, its EV arm.\nContinue reading this premium story with a subscription.\nSubscribe | Already a subscriber? Log in",
            "2024-03-06",
            "ministry",
            [
                E,
                "paywall_teaser",
                "announced_investment",
                "place_first",
                "officials_as_source",
                "approx",
                "multiline",
            ],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Truong Son Group"), f("Phu Dong Motors")],
            money=[m(412 * M, "USD", approx=True)],
            deals=[deal("investment", ["Truong Son Group"], 412 * M, HT)],
            events=[ev("investment_announcement", [F("Truong Son Group")], 412 * M, "USD", HT, "announced")],
        ),
    ]
    # --- Shop, dealer and repair blogs (S11 r1, S11 r2, S11 r3), an old lifestyle feature (S11 r4) and a freelance
    # journalist's blog draft in English (S18 r4): 5 slots ---
    rows += [
        h(
            n(),
            "Danh mục: Xe đạp điện chính hãng\nXe đạp điện là gì? Hiểu đơn giản: một chiếc xe đạp được gắn thêm mô tơ và bình điện, hết điện vẫn đạp được.",
            "2024-09-10",
            "ministry",
            ["shop_page", "explainer", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cấu tạo\n1. Khung và thiết kế\n2. Hệ thống động cơ\n3. Ắc quy hoặc pin\n4. Bộ điều khiển và bộ sạc",
            "2024-09-10",
            "ministry",
            ["shop_page", "numbered_list", "list_numbers_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hỏi: Bình ắc quy xe đạp điện dùng được bao lâu?\nĐáp: Thường 1,5 – 2 năm; khi xe chỉ còn chạy được chừng nửa quãng đường lúc mới là nên thay cả bộ 4 bình.",
            "2022-06-14",
            "ministry",
            [
                "dealer_blog",
                "qa_labels",
                "duration_no_count",
                "fraction_no_percentage",
                "count",
                "multiline",
                "no_event",
            ],
            quantities=[c(4, "bình")],
            events=[],
        ),
        h(
            n(),
            "Xe điện Hoàng Phúc khuyên: rút sạc khi đèn báo chuyển xanh, đừng để bình cạn kiệt rồi mới cắm.",
            "2022-06-14",
            "ministry",
            ["dealer_blog", "bare_name_actor_firm", "no_event"],
            firms=[f("Xe điện Hoàng Phúc")],
            events=[],
        ),
        h(
            n(),
            "[Cẩm nang] Thay pin lithium cho xe đạp điện: thợ lâu năm mách bạn\nNgại đọc dài? Gọi ngay 0912 447 365 – 0389 120 556 để được tư vấn.\n>> Xem thêm: Sửa xe máy điện lưu động",
            "2023-03-08",
            "ministry",
            ["repair_blog", "phone_number_nothing", "related_link", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một chiếc xe đạp điện “bãi” Nhật, đã thay bình, có giá chừng 3,5 triệu đồng ở các cửa hàng quanh chợ Tân Bình – rẻ hơn xe lắp ráp mới gần một nửa.",
            "2012-05-22",
            "ministry",
            [
                "lifestyle_feature",
                "country_short_form",
                "market_place_nothing",
                "fraction_no_percentage",
                "approx",
                "nfd",
                "no_event",
            ],
            locations=[country("Nhật")],
            money=[m(3.5 * M, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Thay một bộ bình tốt cho xe Trung Quốc tốn thêm khoảng 850.000 đồng, theo anh Lộc, thợ sửa xe điện ở đường Võ Văn Tần.",
            "2012-05-22",
            "ministry",
            [
                "lifestyle_feature",
                "given_name_alone_no_person",
                "street_nothing",
                "country",
                "approx",
                "no_event",
            ],
            locations=[country("Trung Quốc")],
            money=[m(850_000, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "NOTE: This is the draft I filed; the edited piece ran elsewhere.\nLong before its cars reached showrooms, Phu Dong Motors had a scooter business humming out of the US$2.8 billion Hai Phong complex it opened in 2019.",
            "2021-09-27",
            "ministry",
            [E, "blog_draft", "recalled_investment", "recalled_opening_no_event", "multiline", "no_event"],
            firms=[f("Phu Dong Motors")],
            provinces=[pv("Hải Phòng")],
            money=[m(2.8 * B, "USD")],
            deals=[deal("investment", ["Phu Dong Motors"], 2.8 * B, HP)],
            events=[],
        ),
        h(
            n(),
            "Vu Bao Motors' chief executive Trinh Quoc Vu talks to me in the startup's Thu Duc workshop, between two rows of half-built bikes.",
            "2021-09-27",
            "ministry",
            [E, "blog_draft", "possessive_role", "city_area_nothing", "count_in_words_nothing", "no_event"],
            firms=[f("Vu Bao Motors")],
            persons=[per("Trinh Quoc Vu", "Vu Bao Motors' chief executive")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Chinese e-motorbike group's smart plant opened in Bắc Ninh, two outlets (S2 r1, S16 r2) ---
    rows += [
        h(
            n(),
            "Bắc Ninh có thêm “siêu nhà máy” xe điện hai bánh\nHơn 112 triệu USD là vốn giai đoạn 1 của nhà máy mà Công ty TNHH Khoa học Kỹ thuật Kaiyue Việt Nam – đơn vị thuộc Tập đoàn Kaiyue (Trung Quốc) – khánh thành sáng 4/3 tại KCN Tiên Lục.",
            "2026-03-05",
            "ministry",
            [
                "headline_lead",
                "amount_first",
                "inauguration_with_capital",
                "vietnam_dropped",
                "parent_apposition",
                "country_bracket",
                "park",
                "deal_date",
                "year_inferred",
                "approx",
                "multiline",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Khoa học Kỹ thuật Kaiyue", "Công ty TNHH"), f("Kaiyue", "Tập đoàn")],
            money=[m(112 * M, "USD", approx=True)],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Tiên Lục")],
            deals=[deal("investment", ["Khoa học Kỹ thuật Kaiyue"], 112 * M, BN, "2026-03-04")],
            events=[ev("inauguration", [F("Khoa học Kỹ thuật Kaiyue")], 112 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Khoảng 3.500 người sẽ làm việc ở đây khi giai đoạn 2 xong; trước mắt nhà máy tuyển 900 – 1.200 lao động, phần lớn là người địa phương.",
            "2026-03-05",
            "ministry",
            ["count_range", "count", "approx", "ordinal_no_count", "nfd", "no_event"],
            quantities=[c(3500, "người", True), c(900, "lao động"), c(1200, "lao động")],
            events=[],
        ),
        h(
            n(),
            "Pin, mô tơ và bo mạch là những mảng mà ông Hà Minh Tuấn, Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh, mong doanh nghiệp địa phương chen chân được khi Kaiyue chạy đủ công suất.",
            "2026-03-05",
            "ministry",
            ["object_first", "role_after_name", "wish_no_event", "bare_short_name", "no_event"],
            persons=[per("Hà Minh Tuấn", "Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh")],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Kaiyue")],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh muốn Kaiyue coi tỉnh là cứ điểm sản xuất chính ở Đông Nam Á, ông Tuấn nói thêm.",
            "2026-03-05",
            "ministry",
            ["wish_no_event", "given_name_alone_no_person", "region_nothing", "no_event"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Kaiyue")],
            events=[],
        ),
        h(
            n(),
            "Trước nhà máy này, Kaiyue đã có một cơ sở lắp ráp ở KCN Hương Lâm (Bắc Giang) từ năm 2019.",
            "2026-03-05",
            "ministry",
            ["recalled_plant", "province_bracket", "park", "no_event"],
            firms=[f("Kaiyue")],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Hương Lâm")],
            deals=[deal("investment", ["Kaiyue"], None, BN)],
            events=[],
        ),
        h(
            n(),
            "Khánh thành nhà máy xe điện 2,5 triệu xe/năm tại xã Tiên Lục\n09:15 06/03/2026\nBuổi cắt băng hôm 4/3 đông nhất là đại lý: hơn 300 cửa hàng bán xe của hãng cử người tới dự.",
            "2026-03-06",
            "ministry",
            [
                "headline_lead",
                "timestamp",
                "opening_without_firm_nothing",
                "capacity_no_count",
                "commune_nothing",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            quantities=[c(300, "cửa hàng bán xe", True)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy nằm trên khu đất hơn 24 ha, cạnh quốc lộ 1A.",
            "2026-03-06",
            "ministry",
            ["area", "approx", "road_nothing", "no_event"],
            areas=[ha(24, True)],
            events=[],
        ),
        h(
            n(),
            "Công nghiệp xanh là một trong ba trụ cột tăng trưởng mà Bắc Ninh đặt ra tới năm 2030, theo lãnh đạo tỉnh.",
            "2026-03-06",
            "ministry",
            ["policy_context", "count_in_words_nothing", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the Prime Minister receives the group's vice chairman abroad (S2 r4) ---
    rows += [
        h(
            n(),
            "Thủ tướng Lê Minh Hòa và ông Chu Diệc Phong, Phó Chủ tịch Tập đoàn Kaiyue. Ảnh: VGP",
            "2025-09-03",
            "ministry",
            ["caption", "role_before_name", "role_after_name", "outlet_credit_nothing", "no_event"],
            persons=[per("Lê Minh Hòa", "Thủ tướng"), per("Chu Diệc Phong", "Phó Chủ tịch Tập đoàn Kaiyue")],
            firms=[f("Kaiyue", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Ông Chu Diệc Phong là một trong năm lãnh đạo doanh nghiệp Trung Quốc được Thủ tướng Lê Minh Hòa tiếp tại Thiên Tân chiều 2/9.",
            "2025-09-03",
            "ministry",
            ["reception_no_event", "count_in_words_nothing", "foreign_city_nothing", "country", "no_event"],
            persons=[per("Chu Diệc Phong", None), per("Lê Minh Hòa", "Thủ tướng")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo ông Phong, Kaiyue muốn có phần trong các chương trình đổi xe xăng lấy xe điện mà nhiều địa phương đang soạn.",
            "2025-09-03",
            "ministry",
            ["wish_no_event", "given_name_alone_no_person", "no_event"],
            firms=[f("Kaiyue")],
            events=[],
        ),
        h(
            n(),
            "Đào tạo thợ kỹ thuật cùng EVN là một trong những việc Thủ tướng gợi ý, bên cạnh yêu cầu nội địa hoá cao hơn.",
            "2025-09-03",
            "ministry",
            ["request_no_event", "acronym_alone_firm", "bare_title_no_person", "old_tone", "no_event"],
            firms=[f("EVN")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy của Kaiyue ở KCN Hương Lâm, tỉnh Bắc Giang. Ảnh minh họa",
            "2025-09-03",
            "ministry",
            ["caption", "plant_mention_no_deal", "park", "no_event"],
            firms=[f("Kaiyue")],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Hương Lâm")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an e-motorbike start-up's Series B (S3 r1 = S17 r4) ---
    rows += [
        h(
            n(),
            "Vòng Series B 26 triệu USD: Vũ Bão Motors có thêm hai cổ đông Nhật\nHãng linh kiện Kashima Seiki (niêm yết ở Tokyo) và quỹ Eastgate Partners là hai nhà đầu tư cầm trịch vòng Series B 26 triệu USD mà Vũ Bão Motors công bố đã chốt hôm 16/9, đưa tổng vốn startup gọi được lên 53 triệu USD.",
            "2025-09-17",
            "ministry",
            [
                "headline_lead",
                "funding_round_co_led",
                "acquisition_completed",
                "consortium_one_deal",
                "amount_repeated",
                "country_short_form",
                "foreign_city_nothing",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Vũ Bão Motors"), f("Kashima Seiki"), f("Eastgate Partners")],
            locations=[country("Nhật")],
            money=[m(26 * M, "USD"), m(26 * M, "USD"), m(53 * M, "USD")],
            deals=[deal("investment", ["Kashima Seiki", "Eastgate Partners"], 26 * M, None, "2025-09-16")],
            events=[
                ev(
                    "acquisition",
                    [F("Kashima Seiki"), F("Eastgate Partners"), F("Vũ Bão Motors")],
                    26 * M,
                    "USD",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Ngoài hai nhà dẫn dắt, danh sách góp vốn lần này có Sông Hàn Capital, Jade Harbor Ventures (thuộc Tập đoàn Tài chính Jade Harbor) và Banyan Bridge Ventures – quỹ đã theo startup từ vòng hạt giống.",
            "2025-09-17",
            "ministry",
            ["round_participants_no_target_no_deal", "parent_in_brackets", "no_event"],
            firms=[
                f("Banyan Bridge Ventures"),
                f("Jade Harbor Ventures"),
                f("Tài chính Jade Harbor", "Tập đoàn"),
                f("Sông Hàn Capital"),
            ],
            events=[],
        ),
        h(
            n(),
            "Nhà sáng lập Trịnh Quốc Vũ nói phần lớn số tiền sẽ dành cho dây chuyền lắp ráp thứ hai ở TP.HCM.",
            "2025-09-17",
            "ministry",
            ["use_of_funds_no_deal", "role_before_name", "ordinal_no_count", "province_abbrev", "no_event"],
            persons=[per("Trịnh Quốc Vũ", "Nhà sáng lập")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Năm 2019, trên sóng một chương trình gọi vốn truyền hình, Vũ từng xin 40.000 USD đổi lấy 0,8% cổ phần và ra về tay trắng.",
            "2025-09-17",
            "ministry",
            ["tv_pitch_no_deal", "given_name_alone_no_person", "percentage", "no_event"],
            money=[m(40_000, "USD")],
            percentages=[0.8],
            events=[],
        ),
        h(
            n(),
            "Nhà sáng lập kiêm CEO Vũ Bão Motors Trịnh Quốc Vũ (Ảnh: Vũ Bão Motors).",
            "2025-09-17",
            "ministry",
            ["caption", "role_before_name", "firm_credit", "no_event"],
            persons=[per("Trịnh Quốc Vũ", "Nhà sáng lập kiêm CEO Vũ Bão Motors")],
            firms=[f("Vũ Bão Motors")],
            events=[],
        ),
        h(
            n(),
            "Quỹ đầu tư đổ tiền vào xe điện hai bánh đúng lúc Hà Nội chuẩn bị khoanh vùng phát thải thấp, nơi xe máy xăng bị hạn chế từ giữa năm sau.",
            "2025-09-17",
            "ministry",
            ["policy_context", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a battery-swap start-up's founder story, a business portal and a broker's repost (S4 r1,
    # S4 r2) ---
    rows += [
        h(
            n(),
            "Bảng giá điện tử | Danh mục đầu tư\n14-10-2025 - 08:42 AM | Doanh nghiệp\nTừ chiếc tủ ghép ván ép đến mạng 140 trạm: hành trình đổi pin của Tia Sáng Motors",
            "2025-10-14",
            "ministry",
            ["page_chrome", "timestamp", "headline", "count", "multiline", "no_event"],
            firms=[f("Tia Sáng Motors")],
            quantities=[c(140, "trạm")],
            events=[],
        ),
        h(
            n(),
            "Chưa tới 2 phút cho một lần đổi pin, thay vì chờ sạc 5 – 7 tiếng: đó là lý do tài xế giao hàng chuộng tủ đổi pin.",
            "2025-10-14",
            "ministry",
            ["duration_no_count", "standfirst", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các ông lớn cũng nhập cuộc: Honda đưa dịch vụ đổi pin về hệ thống đại lý ủy quyền, còn Phù Đổng Motors đặt mục tiêu 40.000 tủ trước Tết.",
            "2025-10-14",
            "ministry",
            ["network_plan_no_deal", "count", "no_event"],
            firms=[f("Phù Đổng Motors"), f("Honda")],
            quantities=[c(40_000, "tủ")],
            events=[],
        ),
        h(
            n(),
            "Lượt đổi pin thứ 1,2 triệu trên toàn hệ thống được ghi nhận hồi tháng 8/2025, theo website của Tia Sáng Motors.",
            "2025-10-14",
            "ministry",
            ["ordinal_no_count", "source_last", "no_event"],
            firms=[f("Tia Sáng Motors")],
            events=[],
        ),
        h(
            n(),
            "Menu\nGiao dịch\nTin tức mới nhất\n19:05 14/10/2025\nz6620418837215 4b1c0a9f77e2c1",
            "2025-10-14",
            "ministry",
            [
                "broker_repost",
                "page_chrome",
                "image_filename_nothing",
                "timestamp",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Năm 2018, TS. Lâm Hữu Khải – nhà sáng lập Tia Sáng Motors – ghép chiếc tủ đổi pin đầu tiên từ ván gỗ, màn hình máy tính cũ và đầu đọc thẻ lấy từ bằng lái.",
            "2025-10-14",
            "ministry",
            ["founder_story", "title_no_role", "role_in_dashes", "nfd", "no_event"],
            persons=[per("Lâm Hữu Khải", "nhà sáng lập Tia Sáng Motors")],
            firms=[f("Tia Sáng Motors")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a petroleum group's swap cabinet at an exhibition, under a portal's headline chrome (S4 r3) ---
    rows += [
        h(
            n(),
            "Khởi tố 3 đối tượng lừa bán đất nền ở Bình Dương -\nĐà Nẵng: cháy kho phế liệu, khói bốc cao hàng trăm mét -\nU23 Việt Nam thắng đậm trận ra quân -\nKinh tế\n05/09/2025 09:41 Tận mắt tủ đổi pin 2 phút cho xe máy điện tại triển lãm 80 năm",
            "2025-09-05",
            "ministry",
            [
                "headline_list_chrome",
                "timestamp",
                "count",
                "vague_height_nothing",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bình Dương"), pv("Đà Nẵng")],
            quantities=[c(3, "đối tượng")],
            events=[],
        ),
        h(
            n(),
            "Giá thuê pin chưa được công bố, nhưng khách tham quan đã có thể thử chiếc tủ 16 ngăn mà Tập đoàn Xăng dầu Nam Hải đặt ở khu trưng bày tại xã Đông Anh (Hà Nội).",
            "2025-09-05",
            "ministry",
            [
                "exhibit_no_deal",
                "commune_named_after_district_no_district",
                "province_bracket",
                "count",
                "no_event",
            ],
            firms=[f("Xăng dầu Nam Hải", "Tập đoàn")],
            provinces=[pv("Hà Nội")],
            quantities=[c(16, "ngăn")],
            events=[],
        ),
        h(
            n(),
            "Trên màn hình tủ hiện logo Tia Sáng Motors, hãng xe máy điện khởi nghiệp ở TP.HCM.",
            "2025-09-05",
            "ministry",
            ["logo_mention", "province_abbrev", "no_event"],
            firms=[f("Tia Sáng Motors")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a stainless-steel group's energy unit signs with the swap start-up (S4 r4) ---
    rows += [
        h(
            n(),
            "Xe điện EcoRide chuyển sang pin đổi của Tia Sáng\nMột thỏa thuận hợp tác về pin hoán đổi và mạng đổi pin dùng chung cho xe hai bánh đã được Công ty CP Phương tiện điện thông minh Tia Sáng và Công ty CP Phát triển năng lượng Kim Sơn (thành viên Tập đoàn Kim Sơn) ký chiều 11/6.",
            "2023-06-13",
            "ministry",
            [
                "headline_lead",
                "product_brand_no_firm",
                "mou_signed",
                "object_first",
                "passive",
                "parent_in_brackets",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[
                f("Tia Sáng"),
                f("Phát triển năng lượng Kim Sơn", "Công ty CP"),
                f("Kim Sơn", "Tập đoàn"),
                f("Phương tiện điện thông minh Tia Sáng", "Công ty CP"),
            ],
            deals=[
                deal(
                    "mou",
                    ["Phát triển năng lượng Kim Sơn", "Phương tiện điện thông minh Tia Sáng"],
                    None,
                    None,
                    "2023-06-11",
                )
            ],
            events=[
                ev(
                    "mou",
                    [F("Phát triển năng lượng Kim Sơn"), F("Phương tiện điện thông minh Tia Sáng")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Tia Sáng lo phần pin, Kim Sơn lo phần xe: EcoRide sẽ bỏ pin gắn liền để dùng pin đổi của đối tác.",
            "2023-06-13",
            "ministry",
            ["agreement_terms_no_second_deal", "product_brand_no_firm", "bare_short_name", "no_event"],
            firms=[f("Tia Sáng"), f("Kim Sơn")],
            events=[],
        ),
        h(
            n(),
            "Theo tính toán của hai bên, một tài xế chạy 100 km mỗi ngày sẽ tiết kiệm 25-35% tiền năng lượng so với đổ xăng.",
            "2023-06-13",
            "ministry",
            ["percentage_range", "distance_no_count", "no_event"],
            percentages=[25, 35],
            events=[],
        ),
        h(
            n(),
            "Ông Lâm Hữu Khải, Tổng giám đốc Tia Sáng Motors, cho rằng chi phí hạ tầng sẽ giảm một nửa nếu năm, sáu hãng cùng dùng chung một mạng tủ.",
            "2023-06-13",
            "ministry",
            ["role_after_name", "fraction_no_percentage", "count_in_words_nothing", "no_event"],
            persons=[per("Lâm Hữu Khải", "Tổng giám đốc Tia Sáng Motors")],
            firms=[f("Tia Sáng Motors")],
            events=[],
        ),
        h(
            n(),
            ">> Hãng xe điện Trung Quốc Kaiyue chính thức bán hàng tại Việt Nam",
            "2023-06-13",
            "ministry",
            ["related_link", "country", "no_event"],
            firms=[f("Kaiyue")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: charging at home and in apartment blocks, fines and foreign rules (S6 r1-r4) ---
    rows += [
        h(
            n(),
            "Để khu sạc xe điện tập trung trong nhà mà không có vách ngăn cháy, chủ nhà trọ có thể bị phạt 30 – 40 triệu đồng theo điểm b khoản 3 Điều 14 Nghị định 118/2025/NĐ-CP.",
            "2025-08-12",
            "legal",
            ["fine_range", "decree_number_no_date", "money_range", "no_event"],
            money=[m(30 * M, "VND"), m(40 * M, "VND")],
            decisions=[d("118/2025/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "T.M.K, sinh viên thuê trọ ở phường An Hội Tây, TP.HCM, nói cô thường cắm sạc lúc 23 giờ vì điểm sạc công cộng gần nhất cách hơn 3 km.",
            "2025-08-12",
            "ministry",
            ["initials_no_person", "ward_nothing", "distance_no_count", "province_abbrev", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Theo ông Lương Văn Thịnh, Phó chủ tịch Hiệp hội Phòng cháy chữa cháy và Cứu nạn cứu hộ Việt Nam, khu sạc nên đặt gần lối thoát và có cầu dao riêng.",
            "2025-08-12",
            "ministry",
            ["role_after_name", "association", "no_event"],
            persons=[
                per(
                    "Lương Văn Thịnh", "Phó chủ tịch Hiệp hội Phòng cháy chữa cháy và Cứu nạn cứu hộ Việt Nam"
                )
            ],
            organizations=["Hiệp hội Phòng cháy chữa cháy và Cứu nạn cứu hộ Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc không cho đỗ, càng không cho sạc xe máy điện trong nhà cao tầng – lệnh cấm cấp quốc gia này có từ năm 2022.",
            "2025-12-09",
            "ministry",
            ["foreign_rule", "country", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Phạt tới 1.000 nhân dân tệ là cái giá ở Thâm Quyến cho ai thả dây điện từ căn hộ xuống sân để sạc xe; Đài Loan và Singapore cũng có chế tài riêng.",
            "2025-12-09",
            "ministry",
            ["foreign_city_nothing", "up_to_not_approx", "yuan", "country", "nfd", "no_event"],
            money=[m(1000, "CNY")],
            locations=[country("Đài Loan"), country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Một vụ cháy nhà xe chung cư ở Hàng Châu hồi tháng 5/2024 làm 6 người bị thương, khiến thành phố cấm mang pin xe điện lên căn hộ. Ảnh: Weibo",
            "2025-12-05",
            "ministry",
            ["foreign_city_nothing", "count", "site_credit_nothing", "no_event"],
            quantities=[c(6, "người")],
            events=[],
        ),
        h(
            n(),
            "Camera, đầu báo khói và cầu dao tự ngắt là điều kiện tối thiểu để một tầng hầm ở Bắc Kinh hay Thành Đô được làm chỗ sạc.",
            "2025-12-05",
            "ministry",
            ["foreign_city_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ 1.3.2026, xe đạp điện và xe máy điện phải gửi ở bãi ngoài: thông báo ấy khiến cư dân chung cư Thanh Hà Tower (phường Định Công, Hà Nội) phản ứng.",
            "2025-12-11",
            "ministry",
            ["building_name_nothing", "ward_nothing", "dotted_date", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Phường Định Công sau đó vào cuộc: Chủ tịch UBND phường Định Công yêu cầu tòa nhà nhận giữ xe điện trở lại. ẢNH: N.T",
            "2025-12-11",
            "ministry",
            ["role_without_name", "ward_committee_org", "initials_credit_nothing", "no_event"],
            organizations=["Ủy ban nhân dân phường Định Công"],
            events=[],
        ),
        h(
            n(),
            "Luật sư Trần Quang Vinh cho rằng ban quản lý một tòa nhà không có thẩm quyền tự đặt lệnh cấm với một loại phương tiện.",
            "2025-12-11",
            "ministry",
            ["role_before_name", "no_event"],
            persons=[per("Trần Quang Vinh", "Luật sư")],
            events=[],
        ),
        h(
            n(),
            "Sạc qua đêm khi không có ai trông là thói quen mà lực lượng phòng cháy khuyên người dùng xe điện nên bỏ.",
            "2025-08-12",
            "ministry",
            ["advice", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a domestic e-bike brand's losses, launch and renaming (S8 r1, S8 r2 = S8 r4, S8 r3) ---
    rows += [
        h(
            n(),
            "Doanh nghiệp\nHãng xe điện từng dẫn đầu thị trường lỗ liền ba năm\nDoanh thu tăng mà lỗ chưa dứt: đó là bức tranh tài chính của Zepha (HTBike) sau ba năm tự làm xe.",
            "2018-05-04",
            "ministry",
            [
                "section_label",
                "headline_lead",
                "former_name_bracket",
                "count_in_words_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Zepha"), f("HTBike")],
            events=[],
        ),
        h(
            n(),
            "Xe Trung Quốc nhập về bán lại – đó là cách phần lớn các hãng xe điện Việt khởi nghiệp quanh năm 2013.",
            "2018-05-04",
            "ministry",
            ["industry_history", "country", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Đổi tên thành Zepha và dựng một xưởng ở Bắc Giang là hai quyết định lớn nhất của HTBike, doanh nghiệp ra đời cuối năm 2012 từ việc bán xe nhập.",
            "2018-05-04",
            "ministry",
            ["recalled_plant", "renaming", "object_first", "no_event"],
            firms=[f("Zepha"), f("HTBike")],
            provinces=[pv("Bắc Giang")],
            deals=[deal("investment", ["HTBike"], None, BN)],
            events=[],
        ),
        h(
            n(),
            "176 tỷ đồng doanh thu năm 2016, từ 97 tỷ đồng một năm trước: số liệu của Công ty CP Xe điện Toàn cầu Zepha HTL cho thấy công ty lớn nhanh nhưng chưa có lãi.",
            "2018-05-04",
            "ministry",
            ["financial_statement", "revenue", "amount_first", "no_event"],
            firms=[f("Xe điện Toàn cầu Zepha HTL", "Công ty CP")],
            money=[m(176 * B, "VND"), m(97 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Khoản lỗ sau thuế năm 2017 của Zepha HTL là 41,6 tỷ đồng, nâng lỗ lũy kế lên gần 120 tỷ đồng.",
            "2018-05-04",
            "ministry",
            ["financial_statement", "loss", "running_total", "approx", "nfd", "no_event"],
            firms=[f("Zepha HTL")],
            money=[m(41.6 * B, "VND"), m(120 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Tấm thiệp kim loại và lời hứa đưa xe điện Việt ra thế giới\nKhách mời buổi ra mắt của Zepha, 14h chiều 22/4/2017 ở Hà Nội, nhận thiệp mời bằng kim loại khắc tên – chi tiết khiến nhiều người nhớ tới sự kiện của hãng điện thoại Sơn Hải Mobile.",
            "2017-04-19",
            "ministry",
            ["headline_lead", "product_launch_no_deal", "multiline", "no_event"],
            firms=[f("Zepha"), f("Sơn Hải Mobile")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Ông Đỗ Quang Huy, Giám đốc Zepha, nói trong 5 năm tới hãng sẽ bán xe ở ít nhất 20 nước.",
            "2017-04-19",
            "ministry",
            ["role_after_name", "target_no_deal", "duration_no_count", "count", "approx", "nfd", "no_event"],
            persons=[per("Đỗ Quang Huy", "Giám đốc Zepha")],
            firms=[f("Zepha")],
            quantities=[c(20, "nước", True)],
            events=[],
        ),
        h(
            n(),
            "Thiệp mời của Zepha (ảnh lớn) và của Sơn Hải Mobile (ảnh nhỏ), cùng làm bằng kim loại.",
            "2017-04-19",
            "ministry",
            ["caption", "photo_labels_nothing", "no_event"],
            firms=[f("Zepha"), f("Sơn Hải Mobile")],
            events=[],
        ),
        h(
            n(),
            "THCL - Từ hôm nay, khách hàng sẽ thấy logo Zepha thay cho HTBike trên toàn bộ 480 điểm bán.",
            "2016-11-25",
            "ministry",
            ["outlet_prefix_nothing", "renaming", "count", "no_event"],
            firms=[f("Zepha"), f("HTBike")],
            quantities=[c(480, "điểm bán")],
            events=[],
        ),
        h(
            n(),
            "Các mẫu bán chạy của hãng gồm xe đạp điện Swift 3, Nova Plus và xe máy điện Bison, đi được 70-90 km mỗi lần sạc.",
            "2016-11-25",
            "ministry",
            ["product_names_nothing", "model_number_no_count", "distance_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đại diện Uỷ ban An toàn giao thông Quốc gia, ông Phan Đức Mạnh, chúc mừng thương hiệu mới.",
            "2016-11-25",
            "ministry",
            ["caption", "role_before_name", "old_tone", "no_event"],
            persons=[per("Phan Đức Mạnh", "Đại diện Ủy ban An toàn giao thông Quốc gia")],
            organizations=["Ủy ban An toàn giao thông Quốc gia"],
            events=[],
        ),
        h(
            n(),
            "Song song với việc đổi tên, Zepha đang xây ở Bắc Giang một xưởng lắp ráp 18.000 m2 trong khu công nghiệp Nham Biền; khi chạy, xưởng có thể ráp 35.000 xe mỗi tháng.",
            "2016-11-25",
            "ministry",
            [
                "plant_under_construction",
                "announced_investment",
                "park_lowercase",
                "capacity_no_count",
                "area",
            ],
            firms=[f("Zepha")],
            provinces=[pv("Bắc Giang")],
            locations=[park("khu công nghiệp Nham Biền")],
            areas=[ha(1.8)],
            deals=[deal("investment", ["Zepha"], None, BN)],
            events=[ev("investment_announcement", [F("Zepha")], None, None, BN, "announced")],
        ),
    ]
    # --- Vietnamese news: who uses public chargers for e-motorbikes (S13 r4) ---
    rows += [
        h(
            n(),
            "Thứ ba thế giới: đó là vị trí của Việt Nam về tiêu thụ xe máy điện trong nửa đầu 2025, theo MotoData Asia.",
            "2025-08-14",
            "ministry",
            ["data_firm_source", "ordinal_no_count", "no_event"],
            firms=[f("MotoData Asia")],
            events=[],
        ),
        h(
            n(),
            "Gần như chỉ sạc ở nhà – chị Thu Uyên (29 tuổi, Hà Nội) nói vậy sau hơn một năm chạy chiếc Phù Đổng Evo, mỗi ngày 30-40 km.",
            "2025-08-14",
            "ministry",
            [
                "rider_given_names_person",
                "age_no_count",
                "product_name_nothing",
                "distance_no_count",
                "no_event",
            ],
            persons=[per("Thu Uyên", None)],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Với anh Hoàng Nam (31 tuổi, TP HCM), chạy xe ôm công nghệ 170-220 km một ngày, trạm sạc công cộng là thứ không thể thiếu.",
            "2025-08-14",
            "ministry",
            ["rider_given_names_person", "age_no_count", "distance_no_count", "no_event"],
            persons=[per("Hoàng Nam", None)],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Chừng 180 km cho mỗi lần sạc đầy là con số Phù Đổng Motors đưa ra cho mẫu Evo.",
            "2025-08-14",
            "ministry",
            ["product_spec", "distance_no_count", "no_event"],
            firms=[f("Phù Đổng Motors")],
            events=[],
        ),
        h(
            n(),
            "Với các hãng, nhu cầu sạc công cộng của khách là thứ quyết định có xây thêm trạm hay không.",
            "2025-08-14",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: e-motorbike sales after eight months, four outlets (S15 r1-r4) ---
    rows += [
        h(
            n(),
            "Phù Đổng Motors bán xe máy điện tăng gần 420% sau 8 tháng, lên hạng ba toàn thị trường\nChỉ Honda và Yamaha còn bán nhiều xe hai bánh hơn Phù Đổng Motors, theo số liệu MotoData Asia công bố cuối tháng 9.",
            "2025-09-29",
            "ministry",
            [
                "headline_lead",
                "sales_growth",
                "ordinal_no_count",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Phù Đổng Motors"), f("Honda"), f("Yamaha"), f("MotoData Asia")],
            percentages=[420],
            events=[],
        ),
        h(
            n(),
            "Khoảng 1,55 triệu xe đã được bán trong nửa đầu 2025, tăng 18%, sau một năm 2024 chỉ nhích 4,2% với 2,85 triệu xe.",
            "2025-09-29",
            "ministry",
            ["statistics", "count_first", "count", "approx", "percentage", "no_event"],
            quantities=[c(1.55 * M, "xe", True), c(2.85 * M, "xe")],
            percentages=[18, 4.2],
            events=[],
        ),
        h(
            n(),
            "186% và 91%: đó là mức tăng của hai nhóm xe điện L3 và L1, nhóm sau tương đương xe xăng dưới 50 phân khối.",
            "2025-09-29",
            "ministry",
            ["percentage_first", "class_codes_nothing", "engine_size_no_count", "no_event"],
            percentages=[186, 91],
            events=[],
        ),
        h(
            n(),
            "Doanh số theo quý là tất cả những gì Hiệp hội Các nhà sản xuất xe máy Việt Nam (VAMM) công bố; hiệp hội có 5 thành viên.\nKhách xem xe máy điện tại một đại lý ở TP HCM. Ảnh: Lê Vỹ",
            "2025-09-29",
            "ministry",
            ["acronym_bracket", "count", "caption", "photo_credit_person", "nfd", "multiline", "no_event"],
            organizations=["Hiệp hội Các nhà sản xuất xe máy Việt Nam"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(5, "thành viên")],
            persons=[per("Lê Vỹ", None)],
            events=[],
        ),
        h(
            n(),
            "Với khoảng 212.000 xe bán ra trong 6 tháng, Việt Nam xếp sau Trung Quốc và Ấn Độ về tiêu thụ xe máy điện.",
            "2025-10-09",
            "ministry",
            ["statistics", "count", "approx", "country", "no_event"],
            quantities=[c(212_000, "xe", True)],
            locations=[country("Trung Quốc"), country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Honda, hãng giữ khoảng 78% thị phần, tăng 5,8% doanh số; riêng xe điện L1 tăng 104,3%.",
            "2025-07-18",
            "ministry",
            ["market_share", "percentage", "no_event"],
            firms=[f("Honda")],
            percentages=[78, 5.8, 104.3],
            events=[],
        ),
        h(
            n(),
            "Khoảng 290.000 xe là phần chênh giữa số liệu của MotoData Asia và tổng doanh số của các thành viên VAMM – phần lớn là xe của các hãng ngoài hiệp hội và xe nhập.",
            "2025-07-18",
            "ministry",
            ["count_first", "acronym_alone_org", "count", "approx", "no_event"],
            firms=[f("MotoData Asia")],
            organizations=["VAMM"],
            quantities=[c(290_000, "xe", True)],
            events=[],
        ),
        h(
            n(),
            "Xe xăng vẫn chiếm phần lớn trong gần 1,26 triệu xe máy mà 5 thành viên VAMM bán ra nửa đầu năm.",
            "2025-07-18",
            "ministry",
            ["statistics", "acronym_alone_org", "count", "approx", "no_event"],
            organizations=["VAMM"],
            quantities=[c(5, "thành viên"), c(1.26 * M, "xe máy", True)],
            events=[],
        ),
        h(
            n(),
            "41.260 xe trong quý I, rồi riêng tháng 8 thêm 11.480 xe máy điện: nhịp giao hàng trong nước của Phù Đổng Motors năm nay.",
            "2025-09-29",
            "ministry",
            ["deliveries", "count_first", "count", "no_event"],
            firms=[f("Phù Đổng Motors")],
            quantities=[c(11_480, "xe máy điện"), c(41_260, "xe")],
            events=[],
        ),
        h(
            n(),
            "Theo giới bán hàng, tiền sạc thấp hơn nhiều so với tiền xăng là lý do chính khiến người mua chuyển sang xe điện.",
            "2025-09-29",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a commercial-vehicle maker breaks ground on a battery plant in Huế, a news agency's brief (S16 r3) ---
    rows += [
        h(
            n(),
            "Tin văn\nĐộng thổ nhà máy pin xe thương mại 118 triệu USD ở Huế\nSáng 26/1, Công ty CP Ô tô Phú Xuân động thổ nhà máy pin năng lượng mới tại KCN Phong Điền, TP Huế, với công nghệ do Tập đoàn Tianheng (Trung Quốc) chuyển giao.",
            "2026-01-27",
            "ministry",
            [
                "section_label",
                "headline_lead",
                "groundbreaking",
                "technology_partner_no_party",
                "country_bracket",
                "park",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Ô tô Phú Xuân", "Công ty CP"), f("Tianheng", "Tập đoàn")],
            provinces=[pv("Huế")],
            money=[m(118 * M, "USD")],
            locations=[park("Khu công nghiệp Phong Điền"), country("Trung Quốc")],
            deals=[deal("groundbreaking", ["Ô tô Phú Xuân"], 118 * M, HUE, "2026-01-26")],
            events=[ev("groundbreaking", [F("Ô tô Phú Xuân")], 118 * M, "USD", HUE, "started")],
        ),
        h(
            n(),
            "Tianheng đã cam kết trong thoả thuận hợp tác với Phú Xuân sẽ cử kỹ sư sang đứng máy suốt năm đầu.",
            "2026-01-27",
            "ministry",
            ["recalled_agreement", "agreement_terms", "bare_short_name", "old_tone", "no_event"],
            firms=[f("Tianheng"), f("Phú Xuân")],
            deals=[deal("mou", ["Tianheng", "Phú Xuân"])],
            events=[],
        ),
        h(
            n(),
            "Pin cho xe tải, xe buýt và xe van cỡ nhỏ sẽ ra từ 5,2 ha nhà xưởng của giai đoạn 1.",
            "2026-01-27",
            "ministry",
            ["area", "ordinal_no_count", "no_event"],
            areas=[ha(5.2)],
            events=[],
        ),
        h(
            n(),
            "Phú Xuân tính dùng phần lớn số pin làm ra cho xe buýt của chính mình, phần còn lại bán cho hãng khác.",
            "2026-01-27",
            "ministry",
            ["bare_short_name", "no_event"],
            firms=[f("Phú Xuân")],
            events=[],
        ),
    ]
    # --- A Japanese-language business newsletter on a battery pact, rendered in Vietnamese (S20 r4) ---
    rows += [
        h(
            n(),
            "Pin xe máy điện là nội dung thỏa thuận hợp tác chiến lược mà Công ty CP Phát triển năng lượng Kim Sơn [KSE], đơn vị làm thiết bị năng lượng sạch của Tập đoàn Kim Sơn – hãng bồn nước inox hàng đầu – ký ngày 24 với Công ty CP Giải pháp Năng lượng Trường Sơn (TSE), thuộc Tập đoàn Trường Sơn.",
            "2023-04-28",
            "ministry",
            [
                "foreign_page_rendered",
                "strategic_agreement_is_mou",
                "day_without_month_no_date",
                "acronym_bracket",
                "ticker_brackets_nothing",
                "parent_apposition",
            ],
            firms=[
                f("Giải pháp Năng lượng Trường Sơn", "Công ty CP"),
                f("Trường Sơn", "Tập đoàn"),
                f("Phát triển năng lượng Kim Sơn", "Công ty CP"),
                f("Kim Sơn", "Tập đoàn"),
            ],
            deals=[deal("mou", ["Giải pháp Năng lượng Trường Sơn", "Phát triển năng lượng Kim Sơn"])],
            events=[
                ev(
                    "mou",
                    [F("Giải pháp Năng lượng Trường Sơn"), F("Phát triển năng lượng Kim Sơn")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "KSE, có xưởng xe điện ở KCN Thuận Thành II (Bắc Ninh) khánh thành năm 2021 và đã ra khoảng 12 mẫu xe, sẽ lắp pin của TSE; hai bên cũng tính làm hệ thống lưu trữ điện.",
            "2023-04-28",
            "ministry",
            [
                "foreign_page_rendered",
                "agreement_terms_no_second_deal",
                "supply_without_contract_word",
                "recalled_opening",
                "acronym_alone_firm",
                "province_bracket",
                "park",
                "count",
                "approx",
                "no_event",
            ],
            firms=[f("TSE"), f("KSE")],
            provinces=[pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Thuận Thành II")],
            quantities=[c(12, "mẫu xe", True)],
            deals=[deal("investment", ["KSE"], None, BN)],
            events=[],
        ),
    ]
    # --- English: a translated copy and a wire copy of the start-up's Series B (S17 r2, S17 r3) ---
    rows += [
        h(
            n(),
            "US$53 million: that is what Vu Bao Motors has now raised in all, after a US$26 million Series B that the electric motorbike startup said on September 16 it had closed.",
            "2025-09-18",
            "ministry",
            [E, "round_without_investors_money_only", "amount_first", "no_event"],
            firms=[f("Vu Bao Motors")],
            money=[m(26 * M, "USD"), m(53 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Leading the round in Vu Bao Motors were two Japanese names, Tokyo-listed parts maker Kashima Seiki and the fund Eastgate Partners; Banyan Bridge Ventures, in since the seed stage, came back for more.",
            "2025-09-18",
            "ministry",
            [
                E,
                "funding_round_co_led",
                "acquisition_completed",
                "amount_elsewhere",
                "object_first",
                "adjective_no_country",
                "foreign_city_nothing",
            ],
            firms=[
                f("Kashima Seiki"),
                f("Eastgate Partners"),
                f("Vu Bao Motors"),
                f("Banyan Bridge Ventures"),
            ],
            deals=[deal("investment", ["Kashima Seiki", "Eastgate Partners"])],
            events=[
                ev(
                    "acquisition",
                    [F("Kashima Seiki"), F("Eastgate Partners"), F("Vu Bao Motors")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "He was turned down on the show in 2019 when he asked for $40,000 for a 0.8% stake; one judge called the bike “a nice toy”.",
            "2025-09-18",
            "ministry",
            [E, "tv_pitch_no_deal", "pronoun_no_person", "percentage", "no_event"],
            money=[m(40_000, "USD")],
            percentages=[0.8],
            events=[],
        ),
        h(
            n(),
            "Vietnam News\n\nHome-grown e-bike maker takes its fight to Honda\n\nFresh from a $26 million raise, Vu Bao Motors wants a bigger bite of a two-wheel EV market that Japanese giants Honda Motor and Yamaha still rule.",
            "2025-09-18",
            "ministry",
            [
                E,
                "aggregator_label_nothing",
                "headline_lead",
                "round_without_investors_money_only",
                "ordinal_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Honda"), f("Vu Bao Motors"), f("Honda Motor"), f("Yamaha")],
            money=[m(26 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Trinh Quoc Vu, the company's chief executive, said in an interview that a second assembly line and two new models would take most of the money.",
            "2025-09-18",
            "ministry",
            [E, "role_after_name", "use_of_funds_no_deal", "ordinal_no_count", "no_event"],
            persons=[per("Trinh Quoc Vu", "the company's chief executive")],
            events=[],
        ),
        h(
            n(),
            "Some 450,000 ride-hailing and delivery bikes in Ho Chi Minh City are to go electric under a city plan.",
            "2025-09-18",
            "ministry",
            [E, "city_plan_no_deal", "count", "approx", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(450_000, "ride-hailing and delivery bikes", True)],
            events=[],
        ),
    ]
    # --- English: a Hong Kong daily on the Chinese group's second Vietnam plant (S18 r1) ---
    rows += [
        h(
            n(),
            "Published: 09:12, May 6, 2025\nPDF View\nKaiyue widens its Vietnam footprint\nBy Zhao Min in Hanoi",
            "2025-05-06",
            "ministry",
            [
                E,
                "page_chrome",
                "timestamp",
                "byline_person",
                "dateline_province",
                "headline",
                "multiline",
                "no_event",
            ],
            firms=[f("Kaiyue")],
            persons=[per("Zhao Min", None)],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Shoppers look at Kaiyue scooters at a dealer in Bac Ninh province. (ZHAO MIN / CHINA DAILY)",
            "2025-05-06",
            "ministry",
            [E, "caption", "caps_credit_person", "outlet_credit_nothing", "no_event"],
            firms=[f("Kaiyue")],
            provinces=[pv("Bắc Ninh")],
            persons=[per("Zhao Min", None)],
            events=[],
        ),
        h(
            n(),
            "Nguyen Van Tho, 47, a shopkeeper buying a scooter for his son, said the app that unlocks the bike was what sold him.",
            "2025-05-06",
            "ministry",
            [E, "vox_pop", "role_after_name", "age_no_count", "no_event"],
            persons=[per("Nguyen Van Tho", "shopkeeper")],
            events=[],
        ),
        h(
            n(),
            "Three years after entering Vietnam in 2015, Kaiyue put up its first plant in Bac Giang; the Changzhou-based group says its global sales have passed 85 million two-wheelers.",
            "2025-05-06",
            "ministry",
            [
                E,
                "recalled_plant",
                "foreign_city_nothing",
                "count",
                "approx",
                "count_in_words_nothing",
                "no_event",
            ],
            firms=[f("Kaiyue")],
            provinces=[pv("Bắc Giang")],
            quantities=[c(85 * M, "two-wheelers", True)],
            deals=[deal("investment", ["Kaiyue"], None, BN)],
            events=[],
        ),
        h(
            n(),
            "The group is now adding a $110 million production and assembly site, also in Bac Giang, said Chen Lu, general manager of Kaiyue Vietnam Co.",
            "2025-05-06",
            "ministry",
            [
                E,
                "announced_investment",
                "group_for_named_firm",
                "role_after_name",
                "vietnam_dropped",
                "foreign_legal_form",
            ],
            firms=[f("Kaiyue", "Co.")],
            persons=[per("Chen Lu", "general manager of Kaiyue Vietnam Co.")],
            provinces=[pv("Bắc Giang")],
            money=[m(110 * M, "USD")],
            deals=[deal("investment", ["Kaiyue"], 110 * M, BN)],
            events=[ev("investment_announcement", [F("Kaiyue")], 110 * M, "USD", BN, "announced")],
        ),
        h(
            n(),
            "READ MORE: Kaiyue eyes ASEAN buyers for Vietnam-built scooters",
            "2025-05-06",
            "ministry",
            [E, "related_link", "bloc_nothing", "no_event"],
            firms=[f("Kaiyue")],
            events=[],
        ),
    ]
    # --- English: a business paper on delivery firms and e-scooter makers (S18 r2) ---
    rows += [
        h(
            n(),
            "Delivery firms turn to e-scooter makers as Vietnam goes green\nThe country's 2050 net-zero target has set off a race among local e-bike and e-scooter makers to win over delivery companies.",
            "2023-07-24",
            "ministry",
            [E, "headline_lead", "year_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "A five-year-old start-up's Hanoi plant, where Tia Sang Motors assembles e-scooters and battery packs, was on the itinerary of U.S. Commerce Secretary Laura Whitfield during her July 20-21 visit.",
            "2023-07-24",
            "ministry",
            [E, "visit_no_event", "role_before_name", "country_in_role", "duration_no_count", "no_event"],
            persons=[per("Laura Whitfield", "U.S. Commerce Secretary")],
            locations=[country("U.S.")],
            provinces=[pv("Hà Nội")],
            firms=[f("Tia Sang Motors")],
            events=[],
        ),
        h(
            n(),
            "U.S. Commerce Secretary Laura Whitfield (C) at the Tia Sang Motors plant in Hanoi, July 20, 2023. Photo courtesy of Reuters.",
            "2023-07-24",
            "ministry",
            [E, "caption", "role_before_name", "country_in_role", "agency_credit_nothing", "no_event"],
            persons=[per("Laura Whitfield", "U.S. Commerce Secretary")],
            locations=[country("U.S.")],
            provinces=[pv("Hà Nội")],
            firms=[f("Tia Sang Motors")],
            events=[],
        ),
        h(
            n(),
            "A US$3.5 million convertible note round closed in April gave Tia Sang Motors money from MDB Ventures, the venture arm of the Mekong Development Bank, among others.",
            "2023-07-24",
            "ministry",
            [
                E,
                "convertible_note_round",
                "acquisition_completed",
                "amount_first",
                "month_no_date",
                "parent_org_apposition",
            ],
            firms=[f("Tia Sang Motors"), f("MDB Ventures")],
            organizations=["Mekong Development Bank"],
            money=[m(3.5 * M, "USD")],
            deals=[deal("investment", ["MDB Ventures"], 3.5 * M)],
            events=[
                ev(
                    "acquisition",
                    [F("MDB Ventures"), F("Tia Sang Motors")],
                    3.5 * M,
                    "USD",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "GoBox, a Korean-invested delivery app, signed a partnership with Tia Sang Motors that month; its riders are to switch to the start-up's cargo scooters.",
            "2023-07-24",
            "ministry",
            [E, "partnership_signed", "adjective_no_country"],
            firms=[f("Tia Sang Motors"), f("GoBox")],
            deals=[deal("cooperation", ["Tia Sang Motors", "GoBox"])],
            events=[ev("cooperation", [F("Tia Sang Motors"), F("GoBox")], None, None, None, "signed")],
        ),
    ]
    # --- English: an army paper's 2014 item on a Japanese e-scooter plant starting output (S18 r3) ---
    rows += [
        h(
            n(),
            "May 18, 2014 | 10:05 (GMT+7)\nJapanese e-scooter maker begins Vietnam output\nProduction is under way at Kazemoto Motors' e-scooter and e-bike factory in Vinh Loc Industrial Park, Ho Chi Minh City, the company says.",
            "2014-05-18",
            "ministry",
            [
                E,
                "timestamp",
                "headline_lead",
                "start_of_operation_no_capital",
                "english_park_no_location",
                "adjective_no_country",
                "possessive_firm",
                "multiline",
            ],
            firms=[f("Kazemoto Motors")],
            provinces=[pv("Hồ Chí Minh")],
            events=[ev("inauguration", [F("Kazemoto Motors")], None, None, HCM, "completed")],
        ),
        h(
            n(),
            "General Director Ishida Ken put first-year output at 8,600 e-scooters and 11,200 e-bikes from the US$12 million plant, which the Japanese firm owns outright.",
            "2014-05-18",
            "ministry",
            [
                E,
                "capital_without_named_firm",
                "output_no_count",
                "role_before_name",
                "adjective_no_country",
                "no_event",
            ],
            money=[m(12 * M, "USD")],
            persons=[per("Ishida Ken", "General Director")],
            events=[],
        ),
        h(
            n(),
            "Kazemoto, whose head office is in Tokyo's Minato ward, runs another plant in the Philippines.\nSource: VNA",
            "2014-05-18",
            "ministry",
            [
                E,
                "foreign_city_nothing",
                "plant_abroad_mention_no_deal",
                "agency_credit_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Kazemoto")],
            locations=[country("Philippines")],
            events=[],
        ),
    ]
    # --- English: a research page, a VnExpress translation, a machine-translated wire copy and a portal's courier
    # story on charging and swapping (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "Vietnam — Swap stations sited as densely as petrol pumps are Phu Dong Motors' answer to a country where most riders have no garage.",
            "2025-10-20",
            "ministry",
            [E, "research_page", "network_plan_no_deal", "possessive_firm", "no_event"],
            firms=[f("Phu Dong Motors")],
            events=[],
        ),
        h(
            n(),
            "Who really uses public chargers for e-scooters?\nVietnam sold more electric two-wheelers than any country except China and India in the first half of 2025, MotoData Asia says.",
            "2025-08-15",
            "ministry",
            [E, "headline_lead", "country", "data_firm_source", "multiline", "no_event"],
            firms=[f("MotoData Asia")],
            locations=[country("China"), country("India")],
            events=[],
        ),
        h(
            n(),
            "Home is where Thu Uyen, 29, charges her Phu Dong Evo, a year into owning it in Hanoi.",
            "2025-08-15",
            "ministry",
            [E, "rider_given_names_person", "age_no_count", "product_name_nothing", "no_event"],
            persons=[per("Thu Uyen", None)],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Lam Huu Khai, CEO of Tia Sang Motors, reckons four in five of his riders never use a public charger.\nCharging sockets at a shopping mall in Hanoi. Photo by VnExpress/Quang Minh",
            "2025-08-15",
            "ministry",
            [
                E,
                "role_after_name",
                "ratio_in_words_no_percentage",
                "caption",
                "photo_credit_person",
                "multiline",
                "no_event",
            ],
            persons=[per("Lam Huu Khai", "CEO of Tia Sang Motors"), per("Quang Minh", None)],
            firms=[f("Tia Sang Motors")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Batteries that change in two minutes, the bet of Vietnam on the scooters\nMore than the slow recharge, it is the exchange of the battery that the users of the two wheels are choosing, in the dense cities.",
            "2025-09-22",
            "ministry",
            [E, "machine_translation", "headline_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Between PD-Green and An Phat Retail comes signed a memorandum of understanding, informs Vietnam News: in the shops of the chain An Phat will arrive the columns for recharge and the lockers where to exchange the batteries.",
            "2025-09-22",
            "ministry",
            [E, "machine_translation", "mou_signed", "outlet_nothing", "chain_as_place_no_firm"],
            firms=[f("PD-Green"), f("An Phat Retail")],
            deals=[deal("mou", ["PD-Green", "An Phat Retail"])],
            events=[ev("mou", [F("PD-Green"), F("An Phat Retail")], None, None, None, "signed")],
        ),
        h(
            n(),
            "PD-Green, who already counts 160,000 points of charge distributed in 34 provinces, aims to 120,000 lockers of exchange within three years; the first more of 700 shops will be active from December 2025.",
            "2025-09-22",
            "ministry",
            [
                E,
                "machine_translation",
                "network_plan_no_deal",
                "count",
                "approx",
                "duration_no_count",
                "no_event",
            ],
            firms=[f("PD-Green")],
            quantities=[
                c(160_000, "points of charge"),
                c(34, "provinces"),
                c(120_000, "lockers of exchange"),
                c(700, "shops", True),
            ],
            events=[],
        ),
        h(
            n(),
            "Two flat batteries out, two full ones in: courier Pham Van Duc, 24, was done in under two minutes at a Tia Sang Motors cabinet in HCMC's Ben Thanh Ward.",
            "2025-10-02",
            "ministry",
            [
                E,
                "vox_pop",
                "role_before_name",
                "ward_nothing",
                "count_in_words_nothing",
                "age_no_count",
                "no_event",
            ],
            persons=[per("Pham Van Duc", "courier")],
            firms=[f("Tia Sang Motors")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Deliveries in HCMC and Hanoi are the focus of a cooperation agreement that ShipSao Logistics has signed with Tia Sang Motors, which will supply the electric motorbikes.",
            "2025-10-02",
            "ministry",
            [E, "cooperation_agreement_is_mou", "deployment_cities_no_site"],
            firms=[f("ShipSao Logistics"), f("Tia Sang Motors")],
            provinces=[pv("Hồ Chí Minh"), pv("Hà Nội")],
            deals=[deal("mou", ["ShipSao Logistics", "Tia Sang Motors"])],
            events=[ev("mou", [F("ShipSao Logistics"), F("Tia Sang Motors")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Riders pay VND9,000 for each battery they swap, VAT included, and by 2026 there should be 350 cabinets around the country, CEO Lam Huu Khai said.",
            "2025-10-02",
            "ministry",
            [E, "price_per_unit", "role_before_name", "count", "no_event"],
            persons=[per("Lam Huu Khai", "CEO")],
            money=[m(9000, "VND", "battery")],
            quantities=[c(350, "cabinets")],
            events=[],
        ),
        h(
            n(),
            "HT-EGO, part of Ha Thanh Motors, has its own nationwide swap-station plan, announced in July, with stations sized from 6 to 60 batteries.",
            "2025-10-02",
            "ministry",
            [E, "network_plan_no_deal", "parent_apposition", "capacity_no_count", "no_event"],
            firms=[f("HT-EGO"), f("Ha Thanh Motors")],
            events=[],
        ),
    ]
    # --- English: battery packs for the carmaker: a 2019 joint venture, the car project's budget and a 2021
    # construction start (S20 r2, S20 r3) ---
    rows += [
        h(
            n(),
            "Lithium-ion packs for Phu Dong Motors' e-scooters, and eventually its cars, will come from a joint-venture factory in Hai Phong that the carmaker and South Korea's Hanul Chem have set up, the Korean side said.",
            "2019-04-06",
            "ministry",
            [
                E,
                "joint_venture_set_up",
                "object_first",
                "consortium_one_deal",
                "possessive_country",
                "english_province",
            ],
            firms=[f("Phu Dong Motors"), f("Hanul Chem")],
            locations=[country("South Korea")],
            provinces=[pv("Hải Phòng")],
            deals=[deal("investment", ["Hanul Chem", "Phu Dong Motors"], None, HP)],
            events=[ev("joint_venture", [F("Hanul Chem"), F("Phu Dong Motors")], None, None, HP, "signed")],
        ),
        h(
            n(),
            "The car venture as a whole, meant to reach 300,000 vehicles a year, has $3.2 billion behind it from Truong Son Group.",
            "2019-04-06",
            "ministry",
            [E, "earmarked_investment", "announced_investment", "capacity_no_count"],
            firms=[f("Truong Son Group")],
            money=[m(3.2 * B, "USD")],
            deals=[deal("investment", ["Truong Son Group"], 3.2 * B)],
            events=[
                ev("investment_announcement", [F("Truong Son Group")], 3.2 * B, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Ground was broken on Saturday in Ha Tinh province for the battery pack plant that will feed Phu Dong Motors' car and bus lines, parent Truong Son Group said. The first phase takes more than 4.3 trillion dong (about R2.9 billion).",
            "2021-12-13",
            "ministry",
            [
                E,
                "foreign_copy",
                "groundbreaking",
                "passive",
                "possessive_firm",
                "weekday_no_date",
                "parent_as_source",
                "rand_conversion",
                "trillion_dong",
                "approx",
            ],
            firms=[f("Phu Dong Motors"), f("Truong Son Group")],
            provinces=[pv("Hà Tĩnh")],
            money=[m(4.3 * 1000 * B, "VND", approx=True), m(2.9 * B, "ZAR", approx=True)],
            deals=[deal("groundbreaking", ["Phu Dong Motors"], 4.3 * 1000 * B, HT)],
            events=[ev("groundbreaking", [F("Phu Dong Motors")], 4.3 * 1000 * B, "VND", HT, "started")],
        ),
        h(
            n(),
            "Cells come only in phase two; until then the 9-hectare site is to turn out 120,000 packs a year.\nBloomberg News",
            "2021-12-13",
            "ministry",
            [
                E,
                "foreign_copy",
                "capacity_no_count",
                "area",
                "agency_credit_nothing",
                "multiline",
                "no_event",
            ],
            areas=[ha(9)],
            events=[],
        ),
    ]
    return rows
