# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 167 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: medical textiles and technical fabrics (masks, gowns, nonwovens, filter
fabrics, geotextiles) and the garment and sewing machinery that makes them in Vietnam. Written and annotated for every
field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20
in the section comments: S1 "nhà máy sản xuất khẩu trang y tế khu công nghiệp vốn đầu tư", S2 "áo choàng phẫu thuật
xuất khẩu doanh nghiệp dệt may", S3 "vải không dệt nhà máy đầu tư Việt Nam", S4 "vải lọc công nghiệp sản xuất Việt
Nam", S5 "vải địa kỹ thuật nhà máy sản xuất", S6 "máy may công nghiệp nhà máy sản xuất tại Việt Nam Juki Brother", S7
"doanh nghiệp dệt may chuyển sang sản xuất đồ bảo hộ y tế phòng dịch", S8 "khẩu trang vải kháng khuẩn xuất khẩu sang
Mỹ châu Âu đơn hàng", S9 "dệt kỹ thuật vải kỹ thuật doanh nghiệp Việt Nam đầu tư dây chuyền", S10 "ký hợp đồng cung cấp
quần áo bảo hộ y tế doanh nghiệp may", S11 "khởi công nhà máy vải không dệt polypropylene khu công nghiệp", S12 "triển
lãm máy móc thiết bị ngành dệt may Việt Nam doanh nghiệp trưng bày", S13 "nhà máy sản xuất túi lọc bụi vải lọc khí công
nghiệp đầu tư", S14 "cấp giấy chứng nhận đầu tư dự án sản xuất khẩu trang đồ bảo hộ y tế", S15 "tự động hóa ngành may
robot máy cắt vải tự động doanh nghiệp may đầu tư", S16 "Vinatex hợp tác ký kết sản xuất vải y tế kháng khuẩn", and in
English S17 "Vietnam nonwoven fabric plant investment", S18 "Vietnam garment companies produce medical gowns and masks
for export", S19 "sewing machine manufacturer factory in Vietnam", S20 "geotextile technical textiles factory Vietnam
investment". (Batches 112, 124 and 149 had neighbouring themes; the spun trade-wire copy and a Tây Ninh weaving-plant
groundbreaking came back here too, and none of their rows was reused: every row here was drafted from this sample, with
its own names and figures, and checked against those batches.) No sentence is taken or paraphrased from a page; the
shapes are. Firm, plant, park, person and byline names are invented (Panatex / Tập đoàn Dệt may Phương Nam / Phuong Nam
Textile Group, May Sông Đáy, May Bến Thành, Dệt may Hương Giang, Dệt kim Bạch Mai and its English knitting units, May Kỹ
thuật Tân Phú Mỹ, Thái Hòa Textile, Northstar Medicare Holdings and its Medisoft plant, Sutlej Expo, Hoa Sen (LOTEX),
Kowloon Bay Textile Holdings, Đầu tư phát triển Tân Lập / Tan Lap Investment and Development, Nam Phong Textile, Dệt An
Khang and its Ankotex plant, Triển lãm Hải Âu, Pacific Fairs, StitchWorks Robotics and its "Hera", Jinhua Apparel,
Meridian Weaving, Kasumi Textiles, Orikawa Group, Lakewood Worldwide Restricted Group, Ta Hua Denim Mill, Weiheng
Industrial, Orient Synthetic Fibre Corporation, Ben Nghe Garment Corporation, Tan Cuong Textile Garment, Dong Hai
Petrochemical Corporation, Lotus Garment, Thai Binh Garment Corporation, Saigon Stitch Exports, Jinyue, Mingrui, Hokusei,
Tairong, Kanzaki, Bach Dang Garment, Gia Dinh Garment, Minh Tin Automation, Harbourline Group / Harbourline Apparel,
Taihua Polytex, Loop Textiles, the Bach Long Petrochemical Fibre Joint Venture, McKinsey's figures changed, the parks
KCN Bắc Tiên Yên, Mỹ Yên 3, Tân Lập 3, Bến Kéo and the English business parks, every official, speaker, author,
photographer and byline); well-known names (the ministries and agencies, VITAS/Vinatas, VCOSA, VCCI, Vinafruit, WHO, the
ILO, the FDA, USAID, WTO, KCN Bàu Bàng, SECC, Thông tư numbers written here) appear only in sentences of our own, with
figures, dates and places changed.

What the sample looked like (80 result slots, about 65 distinct pages; a journal article on a document store filled four
slots, a standards title page three, a state group's mask-supply story three, a plastics site's polyester item, a
dataset mirror's caption, a download page, a legal-service tag, a spam page, the nonwoven seminar, a mask-fabric story and
a trade-magazine video two each): 9 slots were spam (Polish
and Dutch keyword titles on mills, silos and sand plants, S4 r2, r4, S6 r1, S13 r1-r4; a betting domain, S2 r3; a
betting mirror of a mask-export item with its words run together, S8 r3); 19 were tag, hashtag, download, legal-title and
standard pages (a park-news tag, S1 r2; two download slugs for a health circular and a medical-equipment decree, S2 r2 =
S10 r2, S14 r3; a lower-case materials tag, S2 r4; a geotextile standard's title page, S3 r2 = S4 r1 = S5 r1; two e-book
tags, S6 r3, r4; a cloth-mask tag with a lead, S8 r4; a TV site's dyeing tag listing three headlines, S9 r3; a bank
hashtag on tenders, a labour circular's title, two legal-service tags, S10 r1, r3, r4 = S14 r1, S14 r2, r4; a
headline-only page on a state group's "hibernation", S16 r1); 10 were journals, explainers, a guide, an essay and a
company page (the supply-chain journal article with caps authors and broken PDF diacritics, S2 r1 = S6 r2 = S7 r4 = S9
r2; a geotextile listicle with a table of contents and two explainers, S5 r2, r3, r4; an automation guide with bullets,
S15 r2; a translated essay on the garment trade, S15 r4; a cable maker's plant page with bullet glyphs, S11 r2); 3 were a
trade magazine's video pages (S3 r1 = S9 r1, S9 r4); 21 were Vietnamese news and features (a Quảng Ninh park's FDI year
with a dyeing plant's investor and a medical-supplies plant awaiting its certificate, S1 r1; a weekly's repost of a mask
feature with its source link, S1 r3; the state group's mask supply, member firms, retail price and antibacterial
fabric, S1 r4 = S7 r1 = S16 r4, S8 r1 = S16 r3; a Long An garment maker turning half its floor to masks, S7 r2; a Hà
Nội knitting firm's antibacterial mask, S7 r3; a health paper on a flag-printed mask, S8 r2; a seminar on nonwovens with
its organisers, S3 r3 = S4 r3; a market feature quoting a ministry department, S3 r4; the government portal's
groundbreaking of a two-firm weaving plant in Bình Dương with its print script, S11 r1; a news agency's photo page on a
Tây Ninh weaving-plant groundbreaking, S11 r3; four textile-machinery fairs, S12 r1-r4; a US sewing robot and a content
farm's repost, S15 r1, r3); 18 were English (a fittings site's spun copy of a polyester plant near completion, S11 r4;
an overseas site's agency copy of the state group's masks, S16 r2; a dataset mirror's caption, S17 r1 = S20 r3; a spun
copy of a trade wire's FDI round-up, S17 r2; a Bangladeshi trade site's capacity projects, S17 r3; a plastics site's
joint polyester spend, S17 r4 = S20 r1; a news site's video copy and its repost, a textile magazine on masks and PPE, an
agency on a business magazine's PPE story, S18 r1-r4; a garment site on Chinese machine makers, a Japanese sewing-machine
maker's magazine twice, a yarn site on machinery demand, S19 r1-r4; a yarn site's FDI licences and joint venture and its
Taiwanese round-up, S20 r2, r4). About 11 of the 80 slots told a deal or an event with a named party (S1 r1, S11 r1, S11
r3, S11 r4, S17 r2, S17 r3, S17 r4 = S20 r1, S20 r2, S20 r4); the robot plant abroad and a machine purchase told as a
supplier relation (S15 r1, S19 r4) give none. No supply contract for masks or gowns, no order and no acquisition came up
in any first four (S10 returned tags and legal titles, S13 spam), so the batch has none.

Rows: 160 (hand-54801 to hand-54960); 18 carry a deal or an event (11.3%, the sample's share of deal slots being about
14%): 14 events (5 investment announcements, 4 investment licences, 3 groundbreakings, 1 inauguration, 1 joint venture)
and 18 `deals` entries (15 investment, 3 groundbreaking); 4 rows hold only deals (54850 an investor line, 54929 a
consortium's recalled spend, 54952 a recalled plant, 54956 a project line), none an event without a deal, 14 both. 142
rows are negatives and other fields. By page kind: 10 rows of spam (54801-54810, 0 with a deal or event), 19 of tag,
download, title and standard pages (54811-54829; 0), 16 of journals, explainers, a guide, an essay and a company page
(54830-54845; 0), 3 of video pages (54846-54848; 0), 70 of Vietnamese news and features (54849-54918; 4) and 42 of
English copy (54919-54960; 14); 42 rows are English (`english_copy`, 26.3%, a little above the sample's 22.5% because
the English pages were dense with figures). 10 rows are stored in NFD (hand-54824, 54842, 54854, 54858, 54864, 54873,
54883, 54889, 54902, 54915); 7 use old tone placement ("tự động hoá" 54840, 54854, 54897, "thoả mãn" 54880, "hiện đại
hoá" 54891, "hoá chất" 54892, "thương mại hoá" 54917); 41 hold several lines (headlines and leads, tag lines, bylines
and timestamps, page chrome, captions, a table caption, bullets, a table of contents, related-video lists, comment and
template chrome, source labels, a spam footer).

Own wording: every row was drafted in its own order (amount-first, count-first, percentage-first, object-first,
place-first, passive, quote-first with the speaker last, label lines), with changed figures, names, dates and places; on
review against the notes taken from the sampled pages (and against batches 112, 124 and 149), about 100 drafts that still
kept a page's run of facts, its order, a headline's or a quote's wording or a lead's opening words were rewritten from
scratch (nearly every English row, among them the whole spun round-up, the capacity projects, the joint polyester spend,
the mask and PPE stories, the machine-maker, magazine and machinery-demand rows, the licences, joint venture and Taiwanese
round-up; and in Vietnamese the park's FDI headline, investor and licence lines, the mask-supply, retail-price and fabric
rows, the Long An and Hà Nội mask makers, the flag-mask prices, the seminar's lead, organisers and speaker, the market
forecast, the Bình Dương groundbreaking and its chairman, the agency caption, every fair row, the robot rows and the
repost headline, the journal's title, finding and citation line, the listicle, explainers, guide bullets, essay and
plant page, the video leads and the cloth-mask, dyeing and "hibernation" tags). Three planned facts were dropped because
they came only from results ranked 5 or lower: a garment corporation's order for hundreds of millions of medical masks
and a northern maker's shipments to Europe (S7 r6, S18 r6), the Long An maker's daily fabric use and mask price (S18 r7)
and the ministry's push for SMS nonwoven imports (S8 r5). Nothing else was used from ranks 5-8, among them: the state
group's protective-suit capacity and its deputy general director's words (S7 r5), a Huế mill's mask donation and a city
association's supply plan (S7 r7, r8), a surgical-gown bookmark page and a hospital uniform tender's specification (S2
r5, S10 r5), a Chinese mask-plant item (S1 r5), a Tây Ninh yarn-and-fabric opening, a Quảng Nam thread-plant expansion,
a Ninh Thuận faux-fur licence and a fibre plant's shutdown (S11 r5-r8, S3 r7), a denim joint venture and FDI round-ups
(S9 r5-r8, S17 r5-r8, S20 r5-r8), an automation explainer and a Thanh Hóa garment firm's machines (S15 r5-r8), the state
group's English, French and Chinese mask copies (S16 r5-r8), four later fairs (S12 r5-r8), a Japanese carpet plant and
an Italian machinery fair (S19 r6, r8), and the mask-export and VNA pages ranked 5-8 in S8 and S18.

Conventions: exactly those of batches 10 and 12-166 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence is an investment deal and an investment_licence event "licensed", sited in the plant's
province, dated only when the day is written; a licence still to come is an investment_licence "announced" (batches 137,
149); a licence without a named grantor, or from bare "authorities", is the firm's alone; a named firm's plan, budget,
planned plant or plant under construction is an announced investment; an opening with its capital is an investment
deal and an inauguration "completed"; a held groundbreaking is a groundbreaking deal and event "started", dated only with
a day; recalled plants, investor lines ("X mang tới dự án ... N USD", batch 145) and project lines are deals without
events; a consortium or joint venture investing is ONE deal of all its members, a joint venture set up with its capital
one investment deal of the partners and a signed joint_venture (batches 126, 149); plants abroad, donations, organisers
and exhibitors of fairs and seminars, supplier relations, product launches, running totals, forecasts and statistics
give no deal; attendees and hosts are no parties; vague amounts ("hàng chục triệu USD", "hàng nghìn đơn") are none;
"khoảng", "chừng", "gần", "hơn", "ít nhất", "about", "some", "almost", "close to", "more than", "nearly", "virtually" are
approximate; money per unit keeps its unit ("đồng/chiếc", "mỗi năm", "a year"); bracketed conversions are both money, the
deal taking the one written first; garbled amounts are kept as written (batches 124, 149); money ranges give both ends;
capacities, outputs per day, month or year, widths, weights per m2, measures, durations, ordinals, counts in words and
counts without a noun are no counts, planned volumes by a date are counts (batch 112), English counts keep their English
noun; m2 and ha are areas; Vietnamese legal forms are normalised, foreign ones kept as written ("Pte. Ltd", "Co.,
Limited", "Co Ltd", "Co. Ltd", "Co., Ltd.", "JSC", "Limited", "One Member Co., Ltd", "Joint Stock Company"), "Group",
"Corporation" and "Holdings" stay in an English name, "Việt Nam"/"Vietnam" and "(Vietnam)" are dropped from a foreign
subsidiary's name; a bracketed acronym after a name is no second entry, alone it is a firm or an organisation; a plant
or product named by its brand is no firm; Vietnamese country words and English country nouns, possessives, "of X" and
"X-based" are countries, English adjectives, regions, blocs, foreign provinces, states and cities nothing, a country
inside an organisation's name none; a province inside an organisation's name is a mention; parks written in Vietnamese
are locations, English parks and districts none; districts need "huyện"/"quận"; datelines are mentions; bylines and
photo credits are persons in title case without role, outlet, agency, desk and site credits nothing; a role keeps its
text as written; surnames alone and unnamed speakers are no persons; standards' codes and slug numbers are no decisions,
a circular's number is one; old tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A licence still awaited ("NORTHSTAR MEDICARE HOLDINGS CO., LIMITED thì đang chờ Giấy chứng nhận đăng ký đầu tư, dự
  kiến nhận trước cuối năm, cho nhà máy ... vốn hơn 55 triệu USD", 54851) is an investment deal and an investment_licence
  "announced", unsited (the park is named only in other rows); the caps name is title-cased with the form "Co., Limited";
  the plant "Medisoft Việt Nam" is no firm. The round's headline total over "4 dự án FDI" (54849) is a running total.
- Two-firm groundbreaking: the headline "Khởi công nhà máy vải kỹ thuật 135 triệu USD tại Bình Dương" over a lead naming
  the Hong Kong group and the local partner and how they split the work (54887) is ONE groundbreaking deal of both and one
  event with both firms, sited in Bình Dương, undated; the chairman's quote "tại lễ khởi công sáng 8/1" (54891) names no
  firm and gives no event; the English telling of the same pair's joint venture (54954) is an investment deal of both
  and a signed joint_venture, the new "Nam Phong Textile Limited" a firm mention, no party.
- The agency photo page: the headline "Tây Ninh: thêm một nhà máy dệt vải thoi" and caption with a bare "chủ đầu tư"
  (54894) give no event; the object-first lead "Nhà máy dệt Ankotex của Công ty CP Dệt An Khang được khởi công ngày
  9/3/2021 ... vốn hơn 318 nghìn tỷ đồng (tương đương 13,8 triệu USD)" (54895) is a dated groundbreaking with the
  garbled amount as written; "18 tỷ m2 vải thoi mỗi năm" an output, no area.
- Spun English (54920-54924) is read as what it garbles: "The first piles went into the ground in early October at a
  ... plant of Singapore-based Meridian Weaving Co Ltd" a groundbreaking without date; "has a $187-million
  fabric-finishing plant within the works there too" an announced investment without site; "Virtually 1.52 trillion VND
  ($62 million) is the sum ... Lakewood Worldwide Restricted Group could now pour into upgrading the Ta Hua Denim Mill Co
  Ltd, below a funding licence it was handed in April" a licence without grantor, amount-first, the mill a firm and no
  party, the spun name kept whole with no form; "a $5.4-million garment-accessories plant of Weiheng Industrial (Vietnam)
  Co., Ltd. was opened in May" an inauguration with capital in Thanh Hóa; "the Vietnam Textile and Attire Affiliation
  (VITAS)" an organisation as written and its "4,100 garment-textile initiatives" a count.
- Budgets and plans: "Of the 320 billion VND ($13.8 million) Ben Nghe Garment Corporation has budgeted for new projects
  this year, 110 billion VND ($4.7 million) goes to a raw-materials arm, Ben Nghe Tech Co. Ltd" (54927) is ONE announced
  investment of the parent at 320 billion VND, the arm a firm mention; "A $9 million ... factory, Hoa Phu 2, is next for
  Tan Cuong Textile Garment JSC (TCG), which plans to start building it" (54928) an announced investment, the plant's
  name no site; "a $118 million plan that Orient Synthetic Fibre Corporation's board has cleared for its Orifil project
  in Tay Ninh province" (54926) an announced investment sited in Tây Ninh, "Vietnam Plus reports" nothing.
- A joint spend told object-first ("Polyester fibre lines at Hai Phong's Dinh Vu Industrial Park have taken more than
  VND2.3 trillion (US$108 mln) from their two state-run owners, Phuong Nam Textile Group (Panatex) and Dong Hai
  Petrochemical Corporation", 54929) is ONE investment deal of both without event, sited in Hải Phòng; its headline
  without names (54930) money only.
- Licences in English: "Harbourline Group of Hong Kong now holds a licence for $560 million ... at Hai Duong's Phuc Dien
  Industrial Zone, granted early last month" (54951) is a licence without grantor sited in Hải Dương; "Harbourline
  Apparel Limited of Singapore got its investment certificate from the authorities of Vinh Phuc province on November 6"
  (54953) a licence of the firm alone (bare "authorities"), dated 2015-11-06, "Binh Xuyen" nothing, "VND38 billion a
  year" money per year; "Thai Binh province has hosted a Harbourline garment plant since 2006" (54952) a recalled plant
  without amount.
- "June is when the Hai Phong polyester staple plant of the Bach Long Petrochemical Fibre Joint Venture (BLFiber) should
  start up" (54957) is an announced investment without amount (a plant still being built), the venture a firm; the next
  row's "the plant's USD 3186.4 million total investment is borne by the joint venture itself" (54958) names no firm:
  money only, the garbled total as written, the product-link spam footer nothing.
- A purchase told as a supplier relation ("the machines came from Minh Tin Automation JSC", 54948) gives no deal (batch
  149's supplier relations); "Seven people" a count in words, "45 workers" a count.
- Mask supply: "Panatex dự kiến đưa 14 triệu khẩu trang ra thị trường trong tháng 3" (54857) and "nearly 13 million
  masks" for April (54960) are counts; "12 tấn vải không dệt mỗi ngày", "140.000 chiếc khẩu trang mỗi ngày", "180 triệu
  chiếc một tháng" and "26 tonnes ... a day" none; giveaways (54861, 54936, 54960) are donations without deal, "450,000
  have already gone out free" a count without noun; the list "Công ty May Sông Đáy, May Bến Thành, Dệt may Hương Giang…"
  gives the form "Công ty" to the first name only.
- Organisers: "Hai đơn vị đứng ra tổ chức tọa đàm ... là Công ty Sutlej Expo (Ấn Độ) và Công ty TNHH MTV Dịch vụ Quảng
  cáo và Triển lãm Hoa Sen (LOTEX)" (54876), "Cùng Panatex tổ chức có Công ty Triển lãm Hải Âu và một đối tác Hồng Kông,
  Công ty Pacific Fairs" (54909) and the associations behind fairs (54898, 54902) give firms, organisations and countries
  only; the venues (SECC, Tân Bình) are no organisations.
- Abroad: "Ở bang Georgia (Mỹ), xưởng gia công Trung Quốc Jinhua Apparel đã dựng một nhà máy hơn 9.500 m2, trị giá 22
  triệu USD" (54916) is a plant abroad: money, area and the two countries, no deal; "StitchWorks Robotics ... tung ra"
  a product launch.
- Persons and roles: "Phó Tổng thư ký Hiệp hội Rau quả Việt Nam (Vinafruit)", "Phó Chủ tịch Phòng Thương mại và Công
  nghiệp Việt Nam (VCCI)", "deputy chair of the Vietnam Textile and Apparel Association (Vinatas)" and "sourcing adviser
  at the US Agency for International Development (USAID)" keep their brackets; the possessive roles "Minh Tin's
  president" and "Panatex Deputy Director" are kept as written; the glued "in HanoiMasks and PPE keep ..." (54935, a
  headline pasted into the text) is read as Hà Nội; "ông Lâm", "bà Hà" and "a Mingrui sales manager" are no persons;
  the journal's caps authors with asterisks are title-cased.
- Names and places: "KANZAKI Magazine" is a title, "Kanzaki lockstitch machines" the maker as a firm; the Chinese
  machine brands listed bare are firms; "Vu Thu district" and the English parks give nothing; "Thai Binh province" and
  "Binh Duong's" are provinces, "Hong Kong's", "Japan's", "China's", "Singapore-based", "of Singapore" countries,
  "Taiwanese", "Chinese", "European", "Vietnamese" none; "the US" a country, "the EU" nothing; "Chiết Giang" nothing;
  "Đài Loan (Trung Quốc)" both countries.
- Numbers: "Bảy dây chuyền ... Ít nhất 7 dây chuyền" (54827) is one approximate count; "1,8 - 2,4 nghìn tỷ USD" gives
  both ends in trillions, "khoảng 2,9 nghìn tỷ USD" approximate; "6,3% mỗi năm" leads its row as a percentage; "10.8 %"
  with a space is a percentage; "TCVN 10237:2014", "TCVN 11322:2016" and the unaccented slugs "thong tu 18 2016 tt byt",
  "nghi dinh 169 2018 nd cp" are no decisions, "Thông tư 24/2020/TT-BYT" is one; "3 tấn h", "4–6 m", "100–800 g/m2",
  "2 mm", "82.000 tấn vải/năm", "30 triệu ... 90 triệu mét vải/năm", "115,000 tons a year", "520 tons of fibre a day"
  and "8-million-piece-a-year" are no counts; "lần thứ 21", "number-two", "number-three" ordinals; "2 dây chuyền cán
  màng" a count and "3.050 m2 trên khu đất 8.200 m2" two areas."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_167(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BD = cur("Bình Dương")
    TN = cur("Tây Ninh")
    TH = cur("Thanh Hóa")
    HP = cur("Hải Phòng")
    HD = cur("Hải Dương")
    VP = cur("Vĩnh Phúc")
    TB = cur("Thái Bình")

    ids = iter(range(54801, 54801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam on Polish and Dutch domains and betting domains (S2 r3, S4 r2, S4 r4, S6 r1, S13 r1-r4), and a
    # betting mirror carrying customs figures run together (S8 r3) ---
    spam = [
        ("nhà máy cán vải không dệt mini giá xuất xưởng bảng tính chi phí vận hành", "2023-05-14", []),
        (
            "máy xé xơ polyester tái chế công suất 3 tấn h nguyên lý làm việc",
            "2023-05-14",
            ["capacity_no_count"],
        ),
        (
            "quy trình phủ nhựa vải địa dệt trung quốc chứng chỉ xuất khẩu",
            "2021-06-24",
            ["lowercase_country_nothing"],
        ),
        ("sổ tay thiết kế túi lọc bụi lò hơi nhà máy xi măng pdf", "2022-02-08", []),
        (
            "máy dệt kim tròn giá thấp chỉ số hiệu suất ấn độ nhà máy kỹ thuật",
            "2022-02-08",
            ["lowercase_country_nothing"],
        ),
        ("máy nghiền bi tro bay chi phí thấp nhà sản xuất vải lọc", "2022-02-08", []),
        ("kuwin khẩu trang ba lớp soi cầu bạch thủ hôm nay xsmb", "2024-03-02", ["betting_domain"]),
        ("kuwin xsmn thứ sáu tần suất lô tô vải lọc nước", "2024-03-02", ["betting_domain"]),
    ]
    for text, date, extra in spam:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_title", "foreign_domain", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    rows += [
        h(
            n(),
            "xưởng may đồ bảo hộ 40 máy may bố trí mặt bằng thế nào cho tối ưu",
            "2023-05-14",
            "ministry",
            ["spam_title", "foreign_domain", "count", "no_event"],
            quantities=[c(40, "máy may")],
            events=[],
        ),
        h(
            n(),
            "KhẩutrangViệtNamđãđiđếnđâutrận hôm quaHơn 640 triệu chiếc khẩu trang y tế đã ra nước ngoài sau 7 tháng; riêng tháng 7, 84 doanh nghiệp xuất 198,4 triệu chiếc, nhiều hơn tháng 6 tới 27%, số liệu của Tổng cục Hải quan cho thấy.",
            "2020-08-20",
            "ministry",
            [
                "spam_domain_mirror",
                "run_together_words",
                "statistics_no_deal",
                "month_no_count",
                "count",
                "approx",
                "no_event",
            ],
            organizations=["Tổng cục Hải quan"],
            quantities=[c(84, "doanh nghiệp"), c(198_400_000, "chiếc"), c(640_000_000, "chiếc", True)],
            percentages=[27],
            events=[],
        ),
    ]
    # --- Tag, hashtag, download and title pages (S1 r2; S2 r2 = S10 r2; S2 r4; S3 r2 = S4 r1 = S5 r1; S6 r3, r4; S8
    # r4; S9 r3; S10 r1, r3, r4 = S14 r1; S14 r2, r3, r4; S16 r1) ---
    tags = [
        (
            "Tiêu chuẩn quốc gia TCVN 10237:2014 vải địa kỹ thuật dệt – xác định độ bền kéo giật",
            "2023-06-05",
            "legal",
            ["standard_title", "standard_code_no_decision"],
        ),
        (
            "Hạ tầng Việt › Tiêu chuẩn – Quy chuẩn › Vải địa kỹ thuật: yêu cầu thiết kế, thi công và nghiệm thu",
            "2023-06-05",
            "legal",
            ["breadcrumb", "multiline_chrome"],
        ),
        (
            "Vải địa kỹ thuật – thi công và nghiệm thu (TCVN 11322:2016)\nLượt xem: 2.418 | Cập nhật: 05/06/2023",
            "2023-06-05",
            "legal",
            ["standard_title", "standard_code_no_decision", "view_counter_nothing", "multiline"],
        ),
        (
            "download phap luat thong tu 18 2016 tt byt quy dinh ve dong phuc nhan vien y te",
            "2021-09-17",
            "legal",
            ["download_slug", "unaccented", "slug_number_no_decision"],
        ),
        (
            "download phap luat nghi dinh 169 2018 nd cp quan ly trang thiet bi y te",
            "2021-09-17",
            "legal",
            ["download_slug", "unaccented", "slug_number_no_decision"],
        ),
        (
            "download phap luat quyet dinh 1052 qd byt huong dan may khau trang vai",
            "2020-03-11",
            "legal",
            ["download_slug", "unaccented", "slug_number_no_decision"],
        ),
        ("vật tư tiêu hao ngành may", "2022-10-03", "ministry", ["tag_page", "lowercase"]),
        (
            "mời thầu may đồ vải chuyên môn cho bệnh viện",
            "2023-04-21",
            "ministry",
            ["hashtag_page", "lowercase"],
        ),
        (
            "giấy chứng nhận đủ điều kiện sản xuất trang thiết bị y tế",
            "2022-07-12",
            "ministry",
            ["tag_page", "lowercase"],
        ),
        (
            "Trình tự công bố tiêu chuẩn áp dụng đối với khẩu trang y tế loại A",
            "2022-07-12",
            "ministry",
            ["tag_page", "letter_class_nothing"],
        ),
        (
            "thủ tục xin giấy phép xuất khẩu khẩu trang vải kháng khuẩn",
            "2020-05-02",
            "ministry",
            ["tag_page", "lowercase"],
        ),
        (
            "giáo trình công nghệ may đồ bảo hộ lao động ebook pdf",
            "2021-01-15",
            "ministry",
            ["tag_page", "lowercase"],
        ),
        (
            "giáo trình bảo trì thiết bị may công nghiệp ebook pdf",
            "2021-01-15",
            "ministry",
            ["tag_page", "lowercase"],
        ),
    ]
    for text, date, style, extra in tags:
        rows.append(h(n(), text, date, style, [*extra, "no_fields", "no_event"], events=[]))
    rows += [
        h(
            n(),
            "vốn đầu tư nước ngoài\nNhà đầu tư Hàn Quốc và Singapore vẫn xuống tiền giữa đợt dịch thứ tư, chủ yếu vào nhà xưởng xây sẵn. Đáng chú ý, ...",
            "2021-09-30",
            "ministry",
            [
                "tag_page",
                "ordinal_no_count",
                "country_word",
                "nfd",
                "truncated_lead",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc"), country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Thông tư 24/2020/TT-BYT: danh mục khẩu trang, găng tay y tế phải chứng nhận hợp quy trước khi lưu hành",
            "2021-09-17",
            "legal",
            ["legal_title", "decision_number", "no_event"],
            decisions=[d("24/2020/TT-BYT")],
            events=[],
        ),
        h(
            n(),
            "Khẩu trang vải có chặn được bụi mịn PM2.5?\n\nGiặt khẩu trang vải thế nào cho đúng | Mẹo hay\n\nKhuyến cáo mới của Tổ chức Y tế Thế giới (WHO): khẩu trang vải nên có ít nhất ba lớp. Tham khảo thêm: khẩu trang chuẩn N95, …",
            "2020-07-28",
            "ministry",
            ["tag_page", "bracketed_acronym_one_entry", "product_code_nothing", "multiline", "no_event"],
            organizations=["Tổ chức Y tế Thế giới"],
            events=[],
        ),
        h(
            n(),
            "vải kỹ thuật\n\nBảy dây chuyền vải không dệt mới ở phía Nam\nVTV.vn - Ít nhất 7 dây chuyền đã được lắp trong một năm rưỡi, phần lớn thuộc doanh nghiệp trong nước.",
            "2019-11-15",
            "ministry",
            [
                "tag_page",
                "outlet_prefix_nothing",
                "duration_no_count",
                "lines_without_firm_no_deal",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            quantities=[c(7, "dây chuyền", True)],
            events=[],
        ),
        h(
            n(),
            "4,5 tỷ USD: vốn dệt kỹ thuật cần để tự chủ vải lọc, vải y tế\nVTV.vn - Hội thảo ở Hà Nội sáng 14/11 đưa ra ước tính này cho giai đoạn tới năm 2030.\n\nPanatex lập ban chuyên trách vải kỹ thuật",
            "2019-11-15",
            "ministry",
            [
                "tag_page",
                "headline_list",
                "outlet_prefix_nothing",
                "multiline",
                "amount_first",
                "unit_set_up_no_deal",
                "no_event",
            ],
            money=[m(4.5 * B, "USD")],
            provinces=[pv("Hà Nội")],
            firms=[f("Panatex")],
            events=[],
        ),
        h(
            n(),
            "36.000 công nhân của Panatex vẫn giữ việc dù nhà máy chỉ chạy “nửa công suất”",
            "2020-04-06",
            "ministry",
            ["headline_only", "quoted_phrase", "count", "no_event"],
            firms=[f("Panatex")],
            quantities=[c(36000, "công nhân")],
            events=[],
        ),
    ]
    # --- A journal article on a document store (S2 r1 = S6 r2 = S7 r4 = S9 r2), a listicle and two explainers on
    # geotextiles (S5 r2, r3, r4), an automation guide and a translated essay (S15 r2, r4), a cable maker's plant page
    # (S11 r2) ---
    rows += [
        h(
            n(),
            "NHÌN RA THẾ GIỚI\nẤn Độ, Pakistan, Bangladesh làm vải kỹ thuật thế nào – và Việt Nam học được gì¹\nLÊ THU TRANG* - PHẠM ĐỨC ANH** - VŨ HẢI YẾN***",
            "2022-05-09",
            "ministry",
            [
                "journal",
                "caps_section",
                "caps_authors_title_cased",
                "footnote_marker",
                "country_word",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Thu Trang", None), per("Phạm Đức Anh", None), per("Vũ Hải Yến", None)],
            locations=[country("Ấn Độ"), country("Pakistan"), country("Bangladesh")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 58% vải lọc và vải khơng dệt nhập về năm 2021 có nguồn gốc Trung Quốc, cho thấy chuỗi cung ứng của doanh nghiệp trong nước cịn mong manh.",
            "2022-05-09",
            "ministry",
            ["journal", "broken_pdf_diacritics", "country_word", "percentage", "no_event"],
            locations=[country("Trung Quốc")],
            percentages=[58],
            events=[],
        ),
        h(
            n(),
            "Bài viết dùng khung đánh giá ba tiêu chí: dự phòng, linh hoạt và tốc độ phục hồi (Sheffi, 2005; Ponis và Koronis, 2012).",
            "2022-05-09",
            "ministry",
            ["journal", "citation_surnames_no_person", "year_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: chuỗi cung ứng linh hoạt, vải kỹ thuật, dệt may, Nam Á\nNgày nhận bài: 12/3/2022; ngày duyệt đăng: 20/4/2022",
            "2022-05-09",
            "ministry",
            ["journal", "keywords_line", "region_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bảng 1: Kim ngạch nhập khẩu vải kỹ thuật giai đoạn 2017 - 2021 (triệu USD)\nNguồn: Nhóm tác giả tổng hợp",
            "2022-05-09",
            "ministry",
            [
                "journal",
                "table_caption",
                "unit_label_no_money",
                "source_label_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Nội dung\n1 Vải địa kỹ thuật dùng để làm gì\n2 Ba dòng sản phẩm chính\n3 Giá vải địa theo định lượng\n4 Câu hỏi thường gặp",
            "2024-08-12",
            "ministry",
            [
                "listicle",
                "table_of_contents",
                "numbered_items_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Một cuộn vải địa thông dụng khổ 4–6 m, định lượng 100–800 g/m2, giá tính theo mét vuông.",
            "2024-08-12",
            "ministry",
            ["listicle", "width_range_no_count", "weight_per_m2_no_area", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đường cao tốc qua vùng đất yếu, kè sông hay bãi rác hợp vệ sinh đều cần một lớp vải nằm dưới cùng mà ít ai nhìn thấy.",
            "2024-02-19",
            "ministry",
            ["explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Định nghĩa vải kỹ thuật\nTheo cách gọi của ngành xây dựng, đó là tấm vật liệu trải giữa các lớp đất đá để lọc, tách lớp và gia cường.",
            "2024-02-19",
            "ministry",
            ["explainer", "subheading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công Dụng Của Vải Địa Mà Chủ Thầu Nên Biết\n\nNội dung\n\nTrải vải địa trước khi rải đá giúp nền đường không lún cục bộ sau mùa mưa.",
            "2024-03-07",
            "ministry",
            ["blog_explainer", "title_case_headline", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin công nghệ\n\nCẩm nang tự động hoá xưởng may: từ chuyền treo đến máy trải vải\nBắt đầu từ khâu nào, tốn bao nhiêu và bao lâu thì hoàn vốn: bài viết đi lần lượt từng câu hỏi của chủ xưởng.",
            "2025-11-04",
            "ministry",
            ["guide", "section_label", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ba khâu nên tự động trước:\n• Trải và cắt vải\n• Chuyền treo chuyển bán thành phẩm\n• Soát đường may bằng camera, lệch 2 mm là bị loại",
            "2025-11-04",
            "ministry",
            ["guide", "bullet_list", "measure_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đừng xem thường cây kim sợi chỉ\nÔ tô toàn cầu khoảng 2,9 nghìn tỷ USD, thời trang 1,8 - 2,4 nghìn tỷ USD (ước của McKinsey năm 2019): hai ngành gần như ngang nhau, còn chip nhỏ hơn mấy lần.",
            "2023-07-21",
            "ministry",
            [
                "translated_essay",
                "headline_lead",
                "bare_firm",
                "money_range_both_ends",
                "nghin_ty",
                "multiplier_nothing",
                "approx",
                "nfd",
                "multiline",
                "no_event",
            ],
            firms=[f("McKinsey")],
            money=[m(1.8 * 1000 * B, "USD"), m(2.4 * 1000 * B, "USD"), m(2.9 * 1000 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Tác giả kể chuyện một xưởng áo khoác ở Chiết Giang mất 3 năm mới đào tạo xong một tổ trưởng chuyền.",
            "2023-07-21",
            "ministry",
            ["translated_essay", "chinese_province_nothing", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "72% thặng dư thương mại năm 2018 của Trung Quốc là từ hàng dệt may, Hiệp hội Dệt may Trung Quốc tính.",
            "2023-07-21",
            "ministry",
            ["translated_essay", "country_in_org_name_nothing", "percentage", "no_event"],
            organizations=["Hiệp hội Dệt may Trung Quốc"],
            percentages=[72],
            events=[],
        ),
        h(
            n(),
            "Khởi công tháng 3/1997, nhà máy nay có:\n\nv   Nhà xưởng: 3.050 m2 trên khu đất 8.200 m2\n\nØ   2 dây chuyền cán màng\n\nØ   Dây chuyền kéo sợi xơ ngắn",
            "2012-04-16",
            "ministry",
            [
                "company_page",
                "plant_without_firm_no_deal",
                "recalled_groundbreaking_no_firm",
                "bullet_glyphs",
                "m2_to_ha",
                "duration_no_count",
                "count",
                "multiline",
                "no_event",
            ],
            areas=[ha(0.82), ha(0.305)],
            quantities=[c(2, "dây chuyền")],
            events=[],
        ),
    ]
    # --- A trade magazine's video pages, one twice, and a print view of a seminar video (S3 r1 = S9 r1, S9 r4) ---
    rows += [
        h(
            n(),
            "Vốn ngoại đổ vào vải kỹ thuật\n\nVải lọc cho nhà máy xi măng, vải không dệt cho xưởng khẩu trang: những thứ trước phải nhập nay đã có nhà máy vốn ngoại làm tại chỗ, mỗi nơi hàng chục triệu USD.\nMai Phương\n\nVideo khác",
            "2022-06-14",
            "ministry",
            ["video_page", "vague_amount_none", "openings_without_firm", "byline", "multiline", "no_event"],
            persons=[per("Mai Phương", None)],
            events=[],
        ),
        h(
            n(),
            "Video khác\nNguyên phụ liệu dệt may: bao giờ hết cảnh “đi mượn”?\nKhu công nghiệp dệt nhuộm tập trung: lời giải cho nút thắt môi trường",
            "2022-06-14",
            "ministry",
            ["video_page", "related_list", "generic_park_no_location", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tọa đàm: Tìm đường cho vải y tế và vải lọc làm trong nước\n\nKhách mời là đại diện ba nhà máy vải không dệt và một viện nghiên cứu dệt may.",
            "2020-11-26",
            "ministry",
            ["video_print_view", "seminar_no_event", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Quảng Ninh park's FDI year, with a dyeing plant and a medical-supplies plant to be licensed
    # (S1 r1) ---
    rows += [
        h(
            n(),
            "Gần 240 triệu USD vốn FDI đổ về KCN Bắc Tiên Yên trong năm 2025\nNăm nay, khu công nghiệp ở phía đông tỉnh Quảng Ninh đón 4 dự án FDI mới, phần lớn thuộc ngành dệt nhuộm và vật tư y tế.",
            "2025-12-17",
            "ministry",
            [
                "headline_lead",
                "running_total_no_deal",
                "park_in_headline",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            money=[m(240 * M, "USD", approx=True)],
            quantities=[c(4, "dự án FDI")],
            locations=[park("Khu công nghiệp Bắc Tiên Yên")],
            provinces=[pv("Quảng Ninh")],
            events=[],
        ),
        h(
            n(),
            "Công ty Thái Hòa Textile Pte. Ltd (Singapore) mang tới dự án lớn nhất: 118 triệu USD cho một nhà máy nhuộm, in hoa công suất 82.000 tấn vải/năm.",
            "2025-12-17",
            "ministry",
            [
                "deal_no_event",
                "foreign_form",
                "country_bracket",
                "capacity_no_count",
                "investor_line_mang_toi",
            ],
            firms=[f("Thái Hòa Textile", "Pte. Ltd")],
            money=[m(118 * M, "USD")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Thái Hòa Textile"], 118 * M)],
            events=[],
        ),
        h(
            n(),
            "NORTHSTAR MEDICARE HOLDINGS CO., LIMITED thì đang chờ Giấy chứng nhận đăng ký đầu tư, dự kiến nhận trước cuối năm, cho nhà máy vật tư y tế Medisoft Việt Nam vốn hơn 55 triệu USD.",
            "2025-12-17",
            "ministry",
            [
                "licence_to_come_announced",
                "caps_name_title_cased",
                "foreign_form",
                "plant_brand_no_firm",
                "approx",
                "no_site",
            ],
            firms=[f("Northstar Medicare Holdings", "Co., Limited")],
            money=[m(55 * M, "USD", approx=True)],
            deals=[deal("investment", ["Northstar Medicare Holdings"], 55 * M)],
            events=[
                ev(
                    "investment_licence",
                    [F("Northstar Medicare Holdings")],
                    55 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Áo choàng mổ, săng trải và gạc phẫu thuật dùng một lần sẽ chiếm phần lớn trong chừng 13 triệu sản phẩm nhà máy làm ra mỗi năm.",
            "2025-12-17",
            "ministry",
            ["plant_details_no_firm", "output_per_year_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngoài hai dự án trên, khu còn đón một xưởng may găng tay bảo hộ và một nhà máy bao bì, chưa công bố vốn.",
            "2025-12-17",
            "ministry",
            ["plants_without_firm_no_deal", "counts_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khoảng 480 ha nữa sẽ được mở ở giai đoạn II, dành cho công nghệ cao, phụ trợ và các xưởng tự động hoá ít phát thải; hồ sơ pháp lý đang được chủ đầu tư hạ tầng hoàn tất.",
            "2025-12-17",
            "ministry",
            ["park_phase", "bare_developer_no_firm", "area", "approx", "old_tone", "nfd", "no_event"],
            areas=[ha(480, True)],
            events=[],
        ),
        h(
            n(),
            "Một góc KCN Bắc Tiên Yên nhìn từ trên cao. Ảnh: Quang Vinh",
            "2025-12-17",
            "ministry",
            ["caption", "photo_credit_person", "no_event"],
            locations=[park("Khu công nghiệp Bắc Tiên Yên")],
            persons=[per("Quang Vinh", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's repost of a mask feature with its source link (S1 r3) ---
    rows += [
        h(
            n(),
            "Khẩu trang vải: “mỏ vàng” chỉ có mùa\n\nNăng lực thì dư – tối thiểu 180 triệu chiếc một tháng – nhưng cầu khẩu trang vải chỉ bùng lên khi có dịch rồi lại xẹp.\n\nNguồn tin: https://vnexpress.net/khau-trang-vai-mo-vang-chi-co-mua-4090112.html",
            "2020-04-14",
            "ministry",
            [
                "repost",
                "headline_lead",
                "rate_no_count",
                "source_url_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: a state textile group's mask supply, its member firms, retail price and antibacterial fabric
    # (S1 r4 = S7 r1 = S16 r4; S8 r1 = S16 r3) ---
    rows += [
        h(
            n(),
            "Panatex dự kiến đưa 14 triệu khẩu trang ra thị trường trong tháng 3\nThêm chuyền ở Công ty May Sông Đáy, May Bến Thành, Dệt may Hương Giang… sẽ giúp sản lượng nhích lên ngay từ tuần này.",
            "2020-02-26",
            "ministry",
            [
                "headline_lead",
                "planned_volume_count",
                "firm_list_one_form",
                "bare_firms",
                "supply_to_market_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[
                f("Panatex"),
                f("May Sông Đáy", "Công ty"),
                f("May Bến Thành"),
                f("Dệt may Hương Giang"),
            ],
            quantities=[c(14_000_000, "khẩu trang")],
            events=[],
        ),
        h(
            n(),
            "Mỗi ngày 12 tấn vải không dệt từ tập đoàn đi tới các xưởng may khẩu trang y tế; còn khẩu trang vải kháng khuẩn, con số dự kiến đến hết tháng 2.2020 là khoảng 6,8 triệu chiếc.",
            "2020-02-26",
            "ministry",
            ["planned_volume_count", "rate_no_count", "dotted_month", "approx", "nfd", "no_event"],
            quantities=[c(6_800_000, "chiếc", True)],
            events=[],
        ),
        h(
            n(),
            "Giá 6.500 đồng/chiếc, khẩu trang của Tổng công ty May Bến Thành sẽ được bày ở mọi cửa hàng của hãng trong vài ngày tới; chuyền may đang nhắm mức 12.000 chiếc/ngày.",
            "2020-02-27",
            "ministry",
            ["rate_no_count", "money_per_unit", "no_event"],
            firms=[f("May Bến Thành", "Tổng công ty")],
            money=[m(6500, "VND", "chiếc")],
            events=[],
        ),
        h(
            n(),
            "Nguồn vải chung của các đơn vị Panatex là Công ty Dệt kim Bạch Mai, nơi đã dệt loại vải chống khuẩn này cho khách Nhật Bản từ lâu; giặt chừng hai chục lần, vải vẫn giữ tác dụng.",
            "2020-02-27",
            "ministry",
            ["supplier_relation_no_deal", "count_in_words", "country_word", "no_event"],
            firms=[f("Panatex"), f("Dệt kim Bạch Mai", "Công ty")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Panatex cũng dành 400.000 khẩu trang phát miễn phí cho người dân ở những nơi có ca nhiễm.",
            "2020-02-27",
            "ministry",
            ["donation_no_deal", "count", "no_event"],
            firms=[f("Panatex")],
            quantities=[c(400_000, "khẩu trang")],
            events=[],
        ),
        h(
            n(),
            "Công nhân May Sông Đáy may khẩu trang vải kháng khuẩn. Ảnh: Ngọc Thắng",
            "2020-02-27",
            "ministry",
            ["caption", "bare_firm", "photo_credit_person", "no_event"],
            firms=[f("May Sông Đáy")],
            persons=[per("Ngọc Thắng", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Long An garment maker turns half its floor to masks (S7 r2) ---
    rows += [
        h(
            n(),
            "Kinh doanh\n\nThứ ba, 10/3/2020, 06:00 (GMT+7)\n\nXưởng may áo quay sang may khẩu trang vải kháng khuẩn",
            "2020-03-10",
            "ministry",
            [
                "page_chrome",
                "section_label",
                "timestamp",
                "headline_only",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Áo một bên, khẩu trang một bên: xưởng 1.800 m2 của Công ty CP May Kỹ thuật Tân Phú Mỹ trong KCN Mỹ Yên 3 (huyện Bến Lức, Long An) đã chia đôi như vậy từ tháng trước.",
            "2020-03-10",
            "ministry",
            ["m2_to_ha", "park_district_province_bracket", "district", "nfd", "no_event"],
            firms=[f("May Kỹ thuật Tân Phú Mỹ", "Công ty CP")],
            areas=[ha(0.18)],
            locations=[park("Khu công nghiệp Mỹ Yên 3"), district("huyện Bến Lức")],
            provinces=[pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "Chừng 140.000 chiếc khẩu trang mỗi ngày là sản lượng của khoảng 550 công nhân, gần nửa xưởng, vừa được điều sang chuyền mới.",
            "2020-03-10",
            "ministry",
            ["fraction_no_percentage", "rate_no_count", "count", "approx", "no_event"],
            quantities=[c(550, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "“Đơn áo lùi vài tuần thì khách còn chờ được, khẩu trang thì ngoài kia đang thiếu”, ông Lâm Quốc Vĩ, Tổng giám đốc, nói.",
            "2020-03-10",
            "ministry",
            ["quote_first", "role_after_name", "bare_role", "no_event"],
            persons=[per("Lâm Quốc Vĩ", "Tổng giám đốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Hà Nội knitting firm's antibacterial mask (S7 r3) ---
    rows += [
        h(
            n(),
            "Khẩu trang vải kháng khuẩn ra mắt giữa mùa dịch\nNgười mua đang săn loại khẩu trang hai lớp, lớp trong là vải chống khuẩn, mà Dệt kim Bạch Mai (Hà Nội) mới tung ra.",
            "2020-02-05",
            "ministry",
            [
                "headline_lead",
                "bare_firm",
                "province_bracket",
                "product_launch_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Dệt kim Bạch Mai")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Mới tuần trước, khẩu trang chỉ được may để phát cho người lao động, ông Đỗ Minh Khang, Tổng giám đốc công ty, cho biết sáng 5.2; việc bán ra ngoài bắt đầu khi Bộ Công Thương và Panatex đề nghị.",
            "2020-02-05",
            "ministry",
            ["role_after_name", "dotted_date", "encouragement_no_deal", "no_event"],
            persons=[per("Đỗ Minh Khang", "Tổng giám đốc công ty")],
            organizations=["Bộ Công Thương"],
            firms=[f("Panatex")],
            events=[],
        ),
        h(
            n(),
            "Công ty tính nâng năng suất lên 20.000 chiếc/ngày và giữ giá bán như cũ.",
            "2020-02-05",
            "ministry",
            ["rate_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a health paper on a flag-printed cloth mask (S8 r2) ---
    rows += [
        h(
            n(),
            "Khẩu trang vải in cờ đỏ sao vàng “cháy hàng” giữa mùa dịch\n\nĐỏ nền, vàng sao và dòng chữ “Việt Nam cố lên”: mẫu khẩu trang vải này hết hàng chỉ sau vài ngày mở bán online.",
            "2020-04-10",
            "ministry",
            ["headline_lead", "vietnam_none", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hãng cho biết vải dùng là cotton hai lớp, có lớp kháng khuẩn, giặt được nhiều lần.",
            "2020-04-10",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Áo và mũ chống giọt bắn của cùng nhà sản xuất bán từ 49.000 đến 380.000 đồng/chiếc; riêng khẩu trang đi theo bộ 3 chiếc, 66.000 đồng, tức 22.000 đồng/chiếc.",
            "2020-04-10",
            "ministry",
            ["money_per_unit", "price_range_both_ends", "count", "no_event"],
            money=[
                m(66000, "VND"),
                m(22000, "VND", "chiếc"),
                m(49000, "VND", "chiếc"),
                m(380000, "VND", "chiếc"),
            ],
            quantities=[c(3, "chiếc")],
            events=[],
        ),
        h(
            n(),
            "Nhà sản xuất là một xưởng nhỏ ở quận Tân Phú, TP.HCM, nhận đơn chủ yếu qua mạng xã hội, hàng nghìn đơn mỗi ngày.",
            "2020-04-10",
            "ministry",
            ["district", "vague_count_none", "workshop_no_firm", "nfd", "no_event"],
            locations=[district("quận Tân Phú")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a seminar on nonwovens and a market feature (S3 r3 = S4 r3, S3 r4) ---
    rows += [
        h(
            n(),
            "Vải không dệt: thị trường rộng mở, công nghệ còn là điểm nghẽn\n\nTừ màng phủ nông nghiệp tới áo choàng phẫu thuật, vải không dệt có đầu ra rộng, nhưng máy móc và hạt nhựa vẫn phải nhập…",
            "2025-10-02",
            "ministry",
            ["headline_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhiều doanh nghiệp trong ngành cho biết đơn xuất khẩu năm nay chủ yếu là vải cho tã và khăn ướt.",
            "2025-10-02",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hai đơn vị đứng ra tổ chức tọa đàm hôm 2/10/2025 là Công ty Sutlej Expo (Ấn Độ) và Công ty TNHH MTV Dịch vụ Quảng cáo và Triển lãm Hoa Sen (LOTEX).",
            "2025-10-02",
            "ministry",
            [
                "seminar_organisers_no_deal",
                "country_bracket",
                "bracketed_acronym_one_entry",
                "legal_form_mtv",
                "no_event",
            ],
            firms=[
                f("Sutlej Expo", "Công ty"),
                f("Dịch vụ Quảng cáo và Triển lãm Hoa Sen", "Công ty TNHH MTV"),
            ],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "TIỀM NĂNG Ở CẢ RUỘNG VƯỜN LẪN BỆNH VIỆN\n\nĐất giữ ẩm lâu hơn, cỏ dại bớt hẳn ở những vườn cây ăn trái phủ vải không dệt, theo ông Trịnh Văn Lâm, Phó Tổng thư ký Hiệp hội Rau quả Việt Nam (Vinafruit).",
            "2025-10-02",
            "ministry",
            [
                "caps_subheading",
                "speaker_last",
                "role_after_name",
                "bracketed_acronym_one_entry",
                "multiline",
                "no_event",
            ],
            persons=[per("Trịnh Văn Lâm", "Phó Tổng thư ký Hiệp hội Rau quả Việt Nam (Vinafruit)")],
            organizations=["Hiệp hội Rau quả Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Ở Đắk Lắk, nhiều chủ vườn sầu riêng đã bỏ bạt nhựa để chuyển sang vải không dệt, ông Lâm nói.",
            "2025-10-02",
            "ministry",
            ["surname_alone_no_person", "no_event"],
            provinces=[pv("Đắk Lắk")],
            events=[],
        ),
        h(
            n(),
            "Phần lớn dây chuyền spunbond, meltblown trong nước vẫn nhập từ Trung Quốc và Đức, các chuyên gia tại tọa đàm cho biết.",
            "2025-10-02",
            "ministry",
            ["country_word", "speaker_last", "no_event"],
            locations=[country("Trung Quốc"), country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Theo họ, muốn thoả mãn các nhãn hàng lớn, nhà máy trong nước phải có chứng chỉ vật liệu tái chế và truy xuất nguồn gốc.",
            "2025-10-02",
            "ministry",
            ["old_tone", "vietnam_none", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thứ Tư, 11/03/2026\nTrang chủ Thị trường\nNhà đầu tư vải không dệt để mắt tới Việt Nam\nHoàng Lâm\n11/03/2026, 22:05\nẢnh minh họa.",
            "2026-03-11",
            "ministry",
            ["page_chrome", "byline", "timestamp", "illustration_caption", "multiline", "no_event"],
            persons=[per("Hoàng Lâm", None)],
            events=[],
        ),
        h(
            n(),
            "6,3% mỗi năm là tốc độ mà bà Lương Thị Thanh Hà, Phó Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công (Bộ Công Thương), dẫn cho thị trường vải không dệt thế giới, đủ để quy mô đi từ khoảng 58,4 tỷ USD (2025) lên 79,2 tỷ USD (2030).",
            "2026-03-11",
            "ministry",
            [
                "amount_first",
                "forecast_no_deal",
                "role_after_name",
                "ministry_in_brackets",
                "approx",
                "no_event",
            ],
            money=[m(58.4 * B, "USD", approx=True), m(79.2 * B, "USD")],
            percentages=[6.3],
            persons=[
                per(
                    "Lương Thị Thanh Hà",
                    "Phó Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công (Bộ Công Thương)",
                )
            ],
            organizations=["Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công", "Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Đông Nam Á đang hút các nhà máy spunbond mới nhờ chi phí thấp và gần nguồn hạt nhựa.",
            "2026-03-11",
            "ministry",
            ["nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tã, băng vệ sinh, khẩu trang và áo choàng phẫu thuật dùng một lần đang là những chỗ dùng vải không dệt nhiều nhất.",
            "2026-03-11",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tiêu thụ vải không dệt trong nước đã tăng khoảng 8% mỗi năm trong 5 năm qua, theo thống kê được dẫn tại hội nghị.",
            "2026-03-11",
            "ministry",
            ["percentage_per_year", "duration_no_count", "no_event"],
            percentages=[8],
            events=[],
        ),
        h(
            n(),
            "Theo bà Hà, cả nước hiện có khoảng 120 doanh nghiệp làm vải không dệt, phần lớn quy mô nhỏ, dây chuyền cũ.",
            "2026-03-11",
            "ministry",
            ["surname_alone_no_person", "count", "approx", "no_event"],
            quantities=[c(120, "doanh nghiệp", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a government portal's groundbreaking of a joint technical-fabric plant in Bình Dương, reposted
    # by a trade magazine with its print script (S11 r1) ---
    rows += [
        h(
            n(),
            "Khởi công nhà máy vải kỹ thuật 135 triệu USD tại Bình Dương\n(Chinhphu.vn) - Tập đoàn Kowloon Bay Textile Holdings (Hồng Kông) góp vốn, Công ty CP Đầu tư phát triển Tân Lập lo mặt bằng: hai bên chia việc như vậy ở dự án này.\nCác đại biểu bấm nút khởi công. Ảnh: VGP/Minh Khôi",
            "2015-01-09",
            "ministry",
            [
                "headline_lead_caption",
                "groundbreaking_in_headline",
                "two_firm_groundbreaking",
                "outlet_prefix_nothing",
                "agency_slash_credit_person",
                "country_bracket",
                "multiline",
            ],
            firms=[
                f("Kowloon Bay Textile Holdings", "Tập đoàn"),
                f("Đầu tư phát triển Tân Lập", "Công ty CP"),
            ],
            provinces=[pv("Bình Dương")],
            money=[m(135 * M, "USD")],
            locations=[country("Hồng Kông")],
            persons=[per("Minh Khôi", None)],
            deals=[
                deal(
                    "groundbreaking",
                    ["Kowloon Bay Textile Holdings", "Đầu tư phát triển Tân Lập"],
                    135 * M,
                    BD,
                )
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Kowloon Bay Textile Holdings"), F("Đầu tư phát triển Tân Lập")],
                    135 * M,
                    "USD",
                    BD,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Công suất sẽ đi từ 30 triệu lên 60 triệu rồi 90 triệu mét vải/năm qua ba giai đoạn, trên khu đất 14 ha ở KCN Tân Lập 3.",
            "2015-01-09",
            "ministry",
            ["plant_details_no_firm", "area", "capacity_no_count", "count_in_words", "no_event"],
            areas=[ha(14)],
            locations=[park("Khu công nghiệp Tân Lập 3")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 260 triệu USD hàng xuất khẩu mỗi năm và việc làm cho 2.800 lao động là những gì tỉnh chờ khi giai đoạn 1 xong vào cuối năm 2016.",
            "2015-01-09",
            "ministry",
            ["phase_no_firm", "money_per_year", "count", "approx", "nfd", "no_event"],
            quantities=[c(2800, "lao động")],
            money=[m(260 * M, "USD", "năm", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Theo chủ đầu tư, dây chuyền dệt – nhuộm – hoàn tất của nhà máy được nhập đồng bộ từ Đức và Nhật Bản.",
            "2015-01-09",
            "ministry",
            ["bare_investor_no_firm", "country_word", "no_event"],
            locations=[country("Đức"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "“Đúng loại dự án tỉnh cần: phụ trợ, lớn và hiện đại hoá được cả khâu nhuộm”, ông Nguyễn Hữu Phước, Chủ tịch UBND tỉnh Bình Dương, nói tại lễ khởi công sáng 8/1.",
            "2015-01-09",
            "ministry",
            [
                "ceremony_without_firm_no_event",
                "role_after_name",
                "org_expanded",
                "old_tone",
                "no_event",
            ],
            persons=[per("Nguyễn Hữu Phước", "Chủ tịch UBND tỉnh Bình Dương")],
            organizations=["Ủy ban nhân dân tỉnh Bình Dương"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Ở KCN Bàu Bàng, chừng 280 ha đã được khoanh riêng để đón các nhà máy phụ trợ dệt may, da giày và hoá chất nhuộm.",
            "2015-01-09",
            "ministry",
            ["bare_province_word_none", "area", "approx", "old_tone", "no_event"],
            areas=[ha(280, True)],
            locations=[park("Khu công nghiệp Bàu Bàng")],
            events=[],
        ),
        h(
            n(),
            "function PrintPopup() { window.open('/Utilities/PrintView.aspx?distributionid=318842', '', 'width=890,height=480'); }",
            "2015-01-09",
            "ministry",
            ["script_chrome", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a news agency's photo page on a Tây Ninh weaving-plant groundbreaking (S11 r3) ---
    rows += [
        h(
            n(),
            "Tây Ninh: thêm một nhà máy dệt vải thoi\n\nTrong ảnh: Nghi thức động thổ tại công trường. Ảnh: Trần Đức Lộc - TTXVN\n\nẢnh Ảnh thời sự trong nước\n\nTin mới",
            "2021-03-10",
            "provincial",
            [
                "photo_page",
                "caption",
                "bare_investor_no_event",
                "photo_credit_person",
                "agency_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Đức Lộc", None)],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy dệt Ankotex của Công ty CP Dệt An Khang được khởi công ngày 9/3/2021 ở đường số 5, KCN Bến Kéo (Tây Ninh): 23.000 m2, vốn hơn 318 nghìn tỷ đồng (tương đương 13,8 triệu USD), mỗi năm dệt 18 tỷ m2 vải thoi để xuất khẩu.",
            "2021-03-10",
            "provincial",
            [
                "object_first_passive",
                "groundbreaking",
                "plant_brand_no_firm",
                "garbled_amount_as_written",
                "bracketed_conversion",
                "m2_to_ha",
                "output_not_area",
                "approx",
                "deal_date",
            ],
            firms=[f("Dệt An Khang", "Công ty CP")],
            locations=[park("Khu công nghiệp Bến Kéo")],
            provinces=[pv("Tây Ninh")],
            areas=[ha(2.3)],
            money=[m(318_000 * B, "VND", approx=True), m(13.8 * M, "USD")],
            deals=[deal("groundbreaking", ["Dệt An Khang"], 318_000 * B, TN, "2021-03-09")],
            events=[ev("groundbreaking", [F("Dệt An Khang")], 318_000 * B, "VND", TN, "started")],
        ),
    ]
    # --- Vietnamese news: four textile-machinery fairs (S12 r1 a repost of a city Party site, r2, r3, r4) ---
    rows += [
        h(
            n(),
            "(Thanhuytphcm.vn) – Ba triển lãm – máy móc thiết bị dệt may (lần thứ 21), phụ liệu, và hóa chất nhuộm – mở cửa cùng lúc sáng 20/9 ở quận 7, TP.HCM, tại Trung tâm Hội chợ và Triển lãm Sài Gòn.",
            "2023-09-20",
            "ministry",
            ["repost", "outlet_prefix_nothing", "ordinal_no_count", "venue_no_org", "district", "no_event"],
            locations=[district("quận 7")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Đức, Ý, Nhật Bản, Hàn Quốc, Thổ Nhĩ Kỳ, Đài Loan (Trung Quốc)… là nơi đến của phần lớn trong 230 doanh nghiệp tham gia; tổng cộng có 17 quốc gia và vùng lãnh thổ góp mặt, nhiều gian bày chuyền may tự động hoá và vải tái chế.",
            "2023-09-20",
            "ministry",
            ["exhibitors_no_deal", "count", "country_list", "taiwan_china_both", "old_tone", "no_event"],
            quantities=[c(230, "doanh nghiệp"), c(17, "quốc gia và vùng lãnh thổ")],
            locations=[
                country("Đức"),
                country("Ý"),
                country("Nhật Bản"),
                country("Hàn Quốc"),
                country("Thổ Nhĩ Kỳ"),
                country("Đài Loan"),
                country("Trung Quốc"),
            ],
            events=[],
        ),
        h(
            n(),
            "Ba hội thảo bên lề, trong đó một phiên riêng về vải kỹ thuật cho ngành y tế, do Hiệp hội Bông sợi Việt Nam (VCOSA) và Hiệp hội Dệt may Thêu đan TP.HCM (AGTEK) lo phần nội dung.",
            "2023-09-20",
            "ministry",
            [
                "organisers_no_deal",
                "bracketed_acronym_one_entry",
                "province_in_org_name",
                "count_in_words",
                "no_event",
            ],
            organizations=["Hiệp hội Bông sợi Việt Nam", "Hiệp hội Dệt may Thêu đan TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Triển lãm mở cửa đến hết ngày 22/9, miễn phí cho khách đăng ký trước.",
            "2023-09-20",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo Panatex, hàng dệt may Việt Nam đang chiếm khoảng 6% thị phần thế giới.",
            "2023-09-20",
            "ministry",
            ["bare_firm", "percentage", "no_event"],
            firms=[f("Panatex")],
            percentages=[6],
            events=[],
        ),
        h(
            n(),
            "Máy đính cúc điện tử tại gian hàng Nhật Bản. Ảnh: PLO",
            "2014-04-11",
            "ministry",
            ["caption", "outlet_credit_nothing", "country_word", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Hơn 480 nhà triển lãm ở 22 quốc gia và vùng lãnh thổ đã đăng ký; đứng sau sự kiện là Bộ Công Thương cùng Hiệp hội Dệt may Việt Nam và Hội Dệt may thêu đan TP.HCM.",
            "2014-04-11",
            "ministry",
            ["organisers_no_deal", "province_in_org_name", "count", "approx", "nfd", "no_event"],
            organizations=["Bộ Công Thương", "Hiệp hội Dệt may Việt Nam", "Hội Dệt may thêu đan TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(480, "nhà triển lãm", True), c(22, "quốc gia và vùng lãnh thổ")],
            events=[],
        ),
        h(
            n(),
            "Gian máy tự động chiếm chỗ đẹp nhất hội trường; riêng nhóm vải và phụ kiện có số gian nhiều hơn gần 38% so với lần trước.",
            "2014-04-11",
            "ministry",
            ["percentage", "approx_percentage", "no_event"],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "Một số hãng máy Nhật Bản giới thiệu dòng máy may dùng mô-tơ tiết kiệm điện.",
            "2014-04-11",
            "ministry",
            ["country_word", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 11.000 lượt khách được chờ đón trong bốn ngày, tới hết 12/4/2014.",
            "2014-04-11",
            "ministry",
            ["count", "approx", "no_event"],
            quantities=[c(11000, "lượt khách", True)],
            events=[],
        ),
        h(
            n(),
            "Máy dệt may, phụ liệu, máy và nguyên liệu da giày, nhuộm và hóa chất: bốn triển lãm chạy song song từ 19 đến 22/11/2019 ở Trung tâm Hội chợ và Triển lãm Sài Gòn.",
            "2019-11-19",
            "ministry",
            ["count_in_words", "venue_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ban tổ chức cho biết lượng khách đăng ký trước đã vượt lần trước.",
            "2019-11-19",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sáng 13/4, Trung tâm Hội chợ và Triển lãm Tân Bình (TP.HCM) mở cửa đón hơn 320 công ty của 19 quốc gia và vùng lãnh thổ tới giới thiệu máy, thiết bị, phụ liệu và vải may mặc.",
            "2011-04-13",
            "ministry",
            ["count_first", "count", "approx", "venue_no_org", "no_event"],
            quantities=[c(320, "công ty", True), c(19, "quốc gia và vùng lãnh thổ")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Cùng Panatex tổ chức có Công ty Triển lãm Hải Âu và một đối tác Hồng Kông, Công ty Pacific Fairs.",
            "2011-04-13",
            "ministry",
            ["organisers_no_deal", "country_bracket", "no_event"],
            firms=[f("Panatex"), f("Triển lãm Hải Âu", "Công ty"), f("Pacific Fairs", "Công ty")],
            locations=[country("Hồng Kông")],
            events=[],
        ),
        h(
            n(),
            "Gần 2,6 tỷ USD hàng dệt may đã được xuất khẩu trong quý I/2011, cao hơn 14% so với cùng kỳ, theo ông Trần Quang Huy, Phó Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI).",
            "2011-04-13",
            "ministry",
            ["role_after_name", "bracketed_acronym_one_entry", "quarter_no_count", "approx", "no_event"],
            persons=[per("Trần Quang Huy", "Phó Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI)")],
            organizations=["Phòng Thương mại và Công nghiệp Việt Nam"],
            money=[m(2.6 * B, "USD", approx=True)],
            percentages=[14],
            events=[],
        ),
        h(
            n(),
            "Gian của các hãng máy Đài Loan thu hút đông doanh nghiệp vừa và nhỏ nhờ giá mềm.",
            "2011-04-13",
            "ministry",
            ["country_word", "no_event"],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Ngoài khu trưng bày, doanh nghiệp còn được nghe chuyên gia nói về sản xuất tinh gọn trong ba buổi hội thảo.",
            "2011-04-13",
            "ministry",
            ["count_in_words", "method_name_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a US sewing robot, on a business site and a content farm's repost (S15 r1, r3) ---
    rows += [
        h(
            n(),
            "Cảm biến theo dõi từng thớ vải để robot tự chỉnh đường may: đó là điểm mới của “Hera”, sản phẩm hãng Mỹ StitchWorks Robotics tung ra năm 2016 sau ba năm nghiên cứu.",
            "2017-09-03",
            "ministry",
            [
                "product_launch_no_deal",
                "country_word",
                "product_name_no_firm",
                "duration_no_count",
                "no_event",
            ],
            firms=[f("StitchWorks Robotics")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Giá mỗi chuyền “Hera” chưa được công bố, hãng chỉ nói sẽ cho thuê theo gói.",
            "2017-09-03",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "640 công nhân theo kiểu cũ hay 1 người trông máy: với “Hera”, chênh lệch là thế để có khoảng 1.200 áo phông sau 8 giờ.",
            "2017-09-03",
            "ministry",
            ["count", "approx", "duration_no_count", "nfd", "no_event"],
            quantities=[c(1, "người"), c(1200, "áo phông", True), c(640, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Ở bang Georgia (Mỹ), xưởng gia công Trung Quốc Jinhua Apparel đã dựng một nhà máy hơn 9.500 m2, trị giá 22 triệu USD, để chạy robot này cho các nhãn thời trang châu Âu.",
            "2017-09-03",
            "ministry",
            [
                "plant_abroad_no_deal",
                "country_bracket",
                "region_nothing",
                "us_state_no_location",
                "m2_to_ha",
                "approx",
                "no_event",
            ],
            firms=[f("Jinhua Apparel")],
            locations=[country("Trung Quốc"), country("Mỹ")],
            money=[m(22 * M, "USD")],
            areas=[ha(0.95, True)],
            events=[],
        ),
        h(
            n(),
            "Giới phân tích cho rằng phải vài năm nữa robot mới may được sơ mi có cổ và túi; chuyện thương mại hoá rộng vì thế còn xa.",
            "2017-09-03",
            "ministry",
            ["old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công nghệ\n\nRobot may áo của Mỹ: một máy bằng cả tổ công nhân\n\nTin mới nhất",
            "2017-09-05",
            "ministry",
            [
                "content_farm_repost",
                "section_label",
                "country_word",
                "multiline",
                "headline_only",
                "no_event",
            ],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- English: a dataset mirror's caption (S17 r1 = S20 r3), a spun copy of a trade wire (S17 r2), a Bangladeshi
    # trade site (S17 r3), a plastics site twice (S17 r4 = S20 r1) ---
    rows += [
        h(
            n(),
            "Dyeing vats at a Binh Duong mill; fibre and greige cloth remain the industry's weakest links. (Photo: SGGP)",
            "2019-08-02",
            "ministry",
            [E, "dataset_mirror_caption", "outlet_credit_nothing", "caption", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "FDI retains flowing into Vietnam's textile sector: VITAS\n\nSome $41 billion sits in the 4,100 garment-textile initiatives that overseas direct funding has introduced to this point, the Vietnam Textile and Attire Affiliation (VITAS) tallies.",
            "2019-10-22",
            "ministry",
            [
                E,
                "spun_text",
                "headline_lead",
                "running_total_no_deal",
                "spun_org_as_written",
                "bracketed_acronym_one_entry",
                "count",
                "multiline",
                "no_event",
            ],
            organizations=["Vietnam Textile and Attire Affiliation"],
            quantities=[c(4100, "garment-textile initiatives")],
            money=[m(41 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "The first piles went into the ground in early October at a 694.2 billion VND ($31 million) terry-towel and filament plant of Singapore-based Meridian Weaving Co Ltd, within the Tien Hai Textile Business Park of Thai Binh province.",
            "2019-10-22",
            "ministry",
            [
                E,
                "spun_text",
                "groundbreaking",
                "no_day_no_date",
                "based_country",
                "bracketed_conversion",
                "english_park_none",
                "foreign_form",
            ],
            firms=[f("Meridian Weaving", "Co Ltd")],
            locations=[country("Singapore")],
            money=[m(694.2 * B, "VND"), m(31 * M, "USD")],
            provinces=[pv("Thái Bình")],
            deals=[deal("groundbreaking", ["Meridian Weaving"], 694.2 * B, TB)],
            events=[ev("groundbreaking", [F("Meridian Weaving")], 694.2 * B, "VND", TB, "started")],
        ),
        h(
            n(),
            "Kasumi Textiles Co Ltd, a unit of Japan's Orikawa Group, has a $187-million fabric-finishing plant within the works there too.",
            "2019-10-22",
            "ministry",
            [E, "spun_text", "announced_investment", "possessive_country", "parent_group_firm", "no_site"],
            firms=[f("Kasumi Textiles", "Co Ltd"), f("Orikawa Group")],
            locations=[country("Japan")],
            money=[m(187 * M, "USD")],
            deals=[deal("investment", ["Kasumi Textiles"], 187 * M)],
            events=[ev("investment_announcement", [F("Kasumi Textiles")], 187 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Virtually 1.52 trillion VND ($62 million) is the sum Hong Kong's Lakewood Worldwide Restricted Group could now pour into upgrading the Ta Hua Denim Mill Co Ltd, below a funding licence it was handed in April.",
            "2019-10-22",
            "ministry",
            [
                E,
                "spun_text",
                "licence_without_grantor",
                "spun_name_as_written",
                "possessive_country",
                "target_firm_no_party",
                "bracketed_conversion",
                "approx",
                "no_site",
            ],
            firms=[f("Lakewood Worldwide Restricted Group"), f("Ta Hua Denim Mill", "Co Ltd")],
            locations=[country("Hong Kong")],
            money=[m(1.52 * 1000 * B, "VND", approx=True), m(62 * M, "USD")],
            deals=[deal("investment", ["Lakewood Worldwide Restricted Group"], 1.52 * 1000 * B)],
            events=[
                ev(
                    "investment_licence",
                    [F("Lakewood Worldwide Restricted Group")],
                    1.52 * 1000 * B,
                    "VND",
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "In Thanh Hoa, a $5.4-million garment-accessories plant of Weiheng Industrial (Vietnam) Co., Ltd. was opened in May at the Nghi Son Business Park.\n\nTexWire Information Desk (RK)\n\nPrevious post Halloween pumpkin lantern print | COSTUME",
            "2019-10-22",
            "ministry",
            [
                E,
                "spun_text",
                "inauguration_with_capital",
                "vietnam_bracket_dropped",
                "english_park_none",
                "month_no_date",
                "desk_credit_nothing",
                "blog_chrome",
                "multiline",
            ],
            firms=[f("Weiheng Industrial", "Co., Ltd.")],
            money=[m(5.4 * M, "USD")],
            provinces=[pv("Thanh Hóa")],
            deals=[deal("investment", ["Weiheng Industrial"], 5.4 * M, TH)],
            events=[ev("inauguration", [F("Weiheng Industrial")], 5.4 * M, "USD", TH, "completed")],
        ),
        h(
            n(),
            "Home  News  New FTAs and bigger capacity: where Vietnam's garment money goes this year",
            "2021-07-19",
            "ministry",
            [E, "breadcrumb_headline", "trade_pact_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Becoming the country's number-two fibre maker is the aim of a $118 million plan that Orient Synthetic Fibre Corporation's board has cleared for its Orifil project in Tay Ninh province, with capacity to reach 115,000 tons a year, Vietnam Plus reports.",
            "2021-07-19",
            "ministry",
            [
                E,
                "announced_investment",
                "outlet_mid_sentence_nothing",
                "corporation_in_name",
                "project_brand_no_firm",
                "capacity_no_count",
                "ordinal_no_count",
            ],
            firms=[f("Orient Synthetic Fibre Corporation")],
            money=[m(118 * M, "USD")],
            provinces=[pv("Tây Ninh")],
            deals=[deal("investment", ["Orient Synthetic Fibre Corporation"], 118 * M, TN)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Orient Synthetic Fibre Corporation")],
                    118 * M,
                    "USD",
                    TN,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Of the 320 billion VND ($13.8 million) Ben Nghe Garment Corporation has budgeted for new projects this year, 110 billion VND ($4.7 million) goes to a raw-materials arm, Ben Nghe Tech Co. Ltd.",
            "2021-07-19",
            "ministry",
            [
                E,
                "announced_investment",
                "bracketed_conversion",
                "subsidiary_part_of_plan",
                "corporation_in_name",
                "no_site",
            ],
            firms=[f("Ben Nghe Garment Corporation"), f("Ben Nghe Tech", "Co. Ltd")],
            money=[m(320 * B, "VND"), m(13.8 * M, "USD"), m(110 * B, "VND"), m(4.7 * M, "USD")],
            deals=[deal("investment", ["Ben Nghe Garment Corporation"], 320 * B)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Ben Nghe Garment Corporation")],
                    320 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "A $9 million, 8-million-piece-a-year factory, Hoa Phu 2, is next for Tan Cuong Textile Garment JSC (TCG), which plans to start building it before December.\n\nLEAVE A REPLY\nPlease enter your comment!",
            "2021-07-19",
            "ministry",
            [
                E,
                "planned_groundbreaking_announced",
                "bracketed_acronym_one_entry",
                "plant_name_no_site",
                "capacity_no_count",
                "comment_chrome",
                "multiline",
            ],
            firms=[f("Tan Cuong Textile Garment", "JSC")],
            money=[m(9 * M, "USD")],
            deals=[deal("investment", ["Tan Cuong Textile Garment"], 9 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Tan Cuong Textile Garment")],
                    9 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Polyester fibre lines at Hai Phong's Dinh Vu Industrial Park have taken more than VND2.3 trillion (US$108 mln) from their two state-run owners, Phuong Nam Textile Group (Panatex) and Dong Hai Petrochemical Corporation.\n{{comment.DateTimeStampDisplay}}",
            "2012-03-08",
            "ministry",
            [
                E,
                "consortium_one_deal",
                "recalled_spend_no_event",
                "bracketed_acronym_one_entry",
                "bracketed_conversion",
                "english_park_none",
                "template_chrome",
                "approx",
                "multiline",
            ],
            firms=[f("Phuong Nam Textile Group"), f("Dong Hai Petrochemical Corporation")],
            money=[m(2.3 * 1000 * B, "VND", approx=True), m(108 * M, "USD")],
            provinces=[pv("Hải Phòng")],
            deals=[
                deal(
                    "investment",
                    ["Phuong Nam Textile Group", "Dong Hai Petrochemical Corporation"],
                    2.3 * 1000 * B,
                    HP,
                )
            ],
            events=[],
        ),
        h(
            n(),
            "US$108 mln from two state groups goes into Vietnamese polyester",
            "2012-03-08",
            "ministry",
            [E, "headline_only", "groups_without_names_no_deal", "vietnam_none", "no_event"],
            money=[m(108 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: a national news site's video copy and its repost (S18 r1, r3), a textile magazine on masks and PPE
    # (S18 r2), a news agency on a business magazine's PPE story (S18 r4) ---
    rows += [
        h(
            n(),
            "To sell in the EU and the US, masks must carry the CE mark and clear the Food and Drug Administration, the Phuong Nam Textile Group said. Gowns and other protective gear are next: several makers have bought lines for them and are courting foreign buyers./.VNA",
            "2020-04-09",
            "ministry",
            [
                E,
                "video_copy",
                "bloc_nothing",
                "country_noun",
                "agency_tail_nothing",
                "certificates_no_deal",
                "no_event",
            ],
            locations=[country("US")],
            organizations=["Food and Drug Administration"],
            firms=[f("Phuong Nam Textile Group")],
            events=[],
        ),
        h(
            n(),
            "Sewing floors turn to masks as COVID-19 orders dry up\n\nA mask line can be set up in days, and the country's sewing floors have the hands to staff it, factory managers say.",
            "2020-04-10",
            "ministry",
            [E, "video_repost", "headline_lead", "vietnam_none", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Masks and PPE keep Vietnam's sewing lines busy\n\nDown 10.8 % in January-August 2020: that is textile and apparel exports; FDI shrank 12.9 % over the same months, figures from the Vietnam Textile and Apparel Association (VITAS) show.",
            "2020-10-05",
            "ministry",
            [
                E,
                "headline_lead",
                "spaced_percent",
                "duration_no_count",
                "bracketed_acronym_one_entry",
                "multiline",
                "no_event",
            ],
            percentages=[12.9, 10.8],
            organizations=["Vietnam Textile and Apparel Association"],
            events=[],
        ),
        h(
            n(),
            "No other crisis has forced so many plan changes so fast, says Le Quang Thinh, chairman of VITAS, even for the world's number-three textile exporter, behind China and India.",
            "2020-10-05",
            "ministry",
            [
                E,
                "country_noun",
                "ordinal_no_count",
                "speaker_last",
                "role_after_name",
                "acronym_alone_org",
                "no_event",
            ],
            locations=[country("China"), country("India")],
            persons=[per("Le Quang Thinh", "chairman of VITAS")],
            organizations=["VITAS"],
            events=[],
        ),
        h(
            n(),
            "Many of them switched to masks to ride out the slump, informs Daniel Roth, sourcing adviser at the US Agency for International Development (USAID) in HanoiMasks and PPE keep Vietnam's sewing lines busy.",
            "2020-10-05",
            "ministry",
            [
                E,
                "garbled_title_inside_text",
                "glued_city_read_as_meant",
                "role_after_name",
                "country_in_org_name_nothing",
                "bracketed_acronym_one_entry",
                "no_event",
            ],
            persons=[
                per("Daniel Roth", "sourcing adviser at the US Agency for International Development (USAID)")
            ],
            organizations=["US Agency for International Development"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "At Lotus Garment, uniform orders gave way to protective suits and top-grade masks; 120,000 of the masks went to the US as gifts, part of the 4 per cent of income the firm sets aside for charity.",
            "2020-10-05",
            "ministry",
            [E, "donation_no_deal", "per_cent_words", "country_noun", "count", "no_event"],
            firms=[f("Lotus Garment")],
            percentages=[4],
            quantities=[c(120_000, "masks")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Workers at Thai Binh Garment Corporation in Vu Thu district, Thai Binh province, sew shirts bound for South Korea. (Photo: VNA)",
            "2021-02-22",
            "ministry",
            [
                E,
                "caption",
                "corporation_in_name",
                "english_district_no_location",
                "country_noun",
                "agency_credit_nothing",
                "no_event",
            ],
            locations=[country("South Korea")],
            firms=[f("Thai Binh Garment Corporation")],
            provinces=[pv("Thái Bình")],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) – About 2.8 million workers were on the payroll last year across more than 6,500 garment and textile mills, Ministry of Industry and Trade data show.",
            "2021-02-22",
            "ministry",
            [E, "dateline", "count", "approx", "year_no_count", "no_event"],
            provinces=[pv("Hà Nội")],
            organizations=["Ministry of Industry and Trade"],
            quantities=[c(6500, "garment and textile mills", True), c(2_800_000, "workers", True)],
            events=[],
        ),
        h(
            n(),
            "Almost 1.4 billion masks left for North America, Europe and Asia between the end of the export curbs last March and December; Minh Vo, founder of Saigon Stitch Exports, moved to cloth masks early in 2020.",
            "2021-02-22",
            "ministry",
            [E, "regions_nothing", "count", "approx", "speaker_last", "role_after_name", "no_event"],
            quantities=[c(1_400_000_000, "masks", True)],
            persons=[per("Minh Vo", "founder of Saigon Stitch Exports")],
            firms=[f("Saigon Stitch Exports")],
            events=[],
        ),
    ]
    # --- English: a garment trade site on machine makers (S19 r1), a Japanese sewing-machine maker's magazine twice
    # (S19 r2, r3), a yarn trade site on machinery demand (S19 r4) ---
    rows += [
        h(
            n(),
            "Chinese sewing-machine brands such as Jinyue, Mingrui, Hokusei and Tairong are lining up for Vietnam as its garment makers push harder into automation.",
            "2019-03-18",
            "ministry",
            [E, "bare_brands_firms", "adjective_no_country", "vietnam_none", "no_event"],
            firms=[f("Jinyue"), f("Mingrui"), f("Hokusei"), f("Tairong")],
            events=[],
        ),
        h(
            n(),
            "Machines could take the jobs of up to 84 per cent of the world's garment and footwear workers, the International Labour Organisation warns.",
            "2019-03-18",
            "ministry",
            [E, "per_cent_words", "no_event"],
            organizations=["International Labour Organisation"],
            percentages=[84],
            events=[],
        ),
        h(
            n(),
            "Lower wages still make up for a productivity gap of at least 6 per cent with China's workers, but not for long, machine sellers argue.",
            "2019-03-18",
            "ministry",
            [E, "possessive_country", "per_cent_words", "no_event"],
            percentages=[6],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Only 21.4 per cent of workers had any training at the end of 2016, and the labour ministry sees the workforce growing just 1.3 per cent a year to 2025. “Direct-drive machines are still a niche here,” a Mingrui sales manager said.",
            "2019-03-18",
            "ministry",
            [
                E,
                "quote_first",
                "unnamed_speaker_no_person",
                "bare_ministry_none",
                "count_without_noun_none",
                "no_event",
            ],
            firms=[f("Mingrui")],
            percentages=[1.3, 21.4],
            events=[],
        ),
        h(
            n(),
            "KANZAKI Magazine  Page Navigation\n\nCover story: Vietnam's garment industry – Hai Phong (2)\n\n“Orders go to whoever is fastest, and our lines get faster every year,” says Tran Van Hieu, president of Bach Dang Garment Joint Stock Company.",
            "2008-02-01",
            "ministry",
            [
                E,
                "maker_magazine",
                "caps_magazine_title_nothing",
                "part_number_no_count",
                "quote_first",
                "role_after_name",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            persons=[per("Tran Van Hieu", "president of Bach Dang Garment Joint Stock Company")],
            firms=[f("Bach Dang Garment", "Joint Stock Company")],
            events=[],
        ),
        h(
            n(),
            "Sewing floor at the head office, fitted with Kanzaki lockstitch machines.",
            "2008-02-01",
            "ministry",
            [E, "maker_magazine", "caption", "brand_as_firm", "no_event"],
            firms=[f("Kanzaki")],
            events=[],
        ),
        h(
            n(),
            "A 4.9 billion US dollar trade deficit in the first half of 2007 worries planners, months after WTO entry, even as sewing exports grow by double digits.\nThe KZ-1960B computer-controlled bartacking machine, one of the new models on the line.",
            "2008-02-01",
            "ministry",
            [E, "maker_magazine", "model_number_nothing", "caption", "multiline", "no_event"],
            organizations=["WTO"],
            money=[m(4.9 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Machinery would take 60 percent of the $7 billion the sector must still invest to weave its own cloth, Pham Van Khoa, deputy chair of the Vietnam Textile and Apparel Association (Vinatas), estimates; garment exports came to $26 billion in 2015.",
            "2016-03-22",
            "ministry",
            [E, "speaker_last", "role_after_name", "bracketed_acronym_one_entry", "no_event"],
            money=[m(26 * B, "USD"), m(7 * B, "USD")],
            percentages=[60],
            persons=[
                per("Pham Van Khoa", "deputy chair of the Vietnam Textile and Apparel Association (Vinatas)")
            ],
            organizations=["Vietnam Textile and Apparel Association"],
            events=[],
        ),
        h(
            n(),
            "Seven people now do the spreading and cutting at Gia Dinh Garment Co. (GDG), where 45 workers once did it by hand; the machines came from Minh Tin Automation JSC.",
            "2016-03-22",
            "ministry",
            [
                E,
                "customer_supplier_relation_no_deal",
                "bracketed_acronym_one_entry",
                "foreign_form",
                "count",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Gia Dinh Garment", "Co."), f("Minh Tin Automation", "JSC")],
            quantities=[c(45, "workers")],
            events=[],
        ),
        h(
            n(),
            "Minh Tin's president Le Van Tam puts the jump in spreader sales at 250 percent on the year; small workshops mostly buy Chinese, while European machines stay at the top end.",
            "2016-03-22",
            "ministry",
            [E, "role_before_name", "adjective_no_country", "possessive_firm_in_role", "no_event"],
            firms=[f("Minh Tin")],
            persons=[per("Le Van Tam", "Minh Tin's president")],
            percentages=[250],
            events=[],
        ),
    ]
    # --- English: a yarn trade site on FDI licences and a joint venture (S20 r2) and on Taiwanese investment (S20 r4),
    # a fittings site's spun copy on a polyester plant (S11 r4), an overseas Vietnamese site's agency copy (S16 r2) ---
    rows += [
        h(
            n(),
            "Close to 18 new FDI textile projects won local approval in the ten months to October, Ministry of Planning and Investment data show.",
            "2015-11-20",
            "ministry",
            [E, "running_total_no_deal", "duration_no_count", "count", "approx", "no_event"],
            organizations=["Ministry of Planning and Investment"],
            quantities=[c(18, "new FDI textile projects", True)],
            events=[],
        ),
        h(
            n(),
            "Harbourline Group of Hong Kong now holds a licence for $560 million of fibre, knitting and dyeing capacity at Hai Duong's Phuc Dien Industrial Zone, granted early last month.",
            "2015-11-20",
            "ministry",
            [
                E,
                "passive_licence_without_grantor",
                "possessive_country",
                "english_park_none",
                "no_day_no_date",
            ],
            firms=[f("Harbourline Group")],
            locations=[country("Hong Kong")],
            money=[m(560 * M, "USD")],
            provinces=[pv("Hải Dương")],
            deals=[deal("investment", ["Harbourline Group"], 560 * M, HD)],
            events=[ev("investment_licence", [F("Harbourline Group")], 560 * M, "USD", HD, "licensed")],
        ),
        h(
            n(),
            "Thai Binh province has hosted a Harbourline garment plant since 2006, shipping to buyers in the US.",
            "2015-11-20",
            "ministry",
            [E, "recalled_plant", "deal_no_event", "no_amount", "country_noun", "year_no_count"],
            firms=[f("Harbourline")],
            provinces=[pv("Thái Bình")],
            locations=[country("US")],
            deals=[deal("investment", ["Harbourline"], None, TB)],
            events=[],
        ),
        h(
            n(),
            "A US$45 million textile plant in Binh Xuyen is now cleared: Harbourline Apparel Limited of Singapore got its investment certificate from the authorities of Vinh Phuc province on November 6, promising 3,200 people jobs and about VND38 billion a year for the budget.",
            "2015-11-20",
            "ministry",
            [
                E,
                "licence_received",
                "bare_authorities_no_party",
                "of_country",
                "commune_nothing",
                "money_per_year",
                "count",
                "approx",
                "deal_date",
            ],
            firms=[f("Harbourline Apparel", "Limited")],
            locations=[country("Singapore")],
            provinces=[pv("Vĩnh Phúc")],
            money=[m(45 * M, "USD"), m(38 * B, "VND", "year", approx=True)],
            quantities=[c(3200, "people")],
            deals=[deal("investment", ["Harbourline Apparel"], 45 * M, VP, "2015-11-06")],
            events=[ev("investment_licence", [F("Harbourline Apparel")], 45 * M, "USD", VP, "licensed")],
        ),
        h(
            n(),
            "Nam Phong Textile Limited, the $135 million Binh Duong joint venture of Hong Kong's Kowloon Bay Textile Holdings and Tan Lap Investment and Development JSC, was set up early in October.",
            "2015-11-20",
            "ministry",
            [
                E,
                "joint_venture_formed",
                "jv_one_investment_deal",
                "new_company_mention",
                "possessive_country",
                "no_day_no_date",
            ],
            firms=[
                f("Kowloon Bay Textile Holdings"),
                f("Tan Lap Investment and Development", "JSC"),
                f("Nam Phong Textile", "Limited"),
            ],
            locations=[country("Hong Kong")],
            money=[m(135 * M, "USD")],
            provinces=[pv("Bình Dương")],
            deals=[
                deal(
                    "investment",
                    ["Kowloon Bay Textile Holdings", "Tan Lap Investment and Development"],
                    135 * M,
                    BD,
                )
            ],
            events=[
                ev(
                    "joint_venture",
                    [F("Kowloon Bay Textile Holdings"), F("Tan Lap Investment and Development")],
                    135 * M,
                    "USD",
                    BD,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Over 11 months, 148 projects in Vietnam took US$1.05 billion from Taiwanese investors, Chen Wei-lun, director of the Taiwan External Trade Development Council office in HCM City, told reporters.",
            "2014-12-24",
            "ministry",
            [
                E,
                "running_total_no_deal",
                "adjective_no_country",
                "country_in_org_name_nothing",
                "role_after_name",
                "count",
                "no_event",
            ],
            money=[m(1.05 * B, "USD")],
            quantities=[c(148, "projects")],
            persons=[
                per(
                    "Chen Wei-lun",
                    "director of the Taiwan External Trade Development Council office in HCM City",
                )
            ],
            organizations=["Taiwan External Trade Development Council"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "More than $260 million for phase one alone puts Taihua Polytex Vietnam's 96ha yarn and polyester complex, in Binh Duong's Bau Bang Industrial Zone, at the top of the list.\nLoop Textiles has unveiled a stretch nylon that is 100 percent…",
            "2014-12-24",
            "ministry",
            [
                E,
                "project_line_deal_no_event",
                "vietnam_dropped",
                "possessive_province",
                "english_park_none",
                "sidebar_teaser",
                "approx",
                "area",
                "multiline",
            ],
            firms=[f("Taihua Polytex"), f("Loop Textiles")],
            areas=[ha(96)],
            provinces=[pv("Bình Dương")],
            money=[m(260 * M, "USD", approx=True)],
            percentages=[100],
            deals=[deal("investment", ["Taihua Polytex"], 260 * M, BD)],
            events=[],
        ),
        h(
            n(),
            "June is when the Hai Phong polyester staple plant of the Bach Long Petrochemical Fibre Joint Venture (BLFiber) should start up, with investors taking it over in September 2012; building work is nearly done, the venture says.",
            "2012-02-14",
            "ministry",
            [
                E,
                "plant_under_construction_announced",
                "bracketed_acronym_one_entry",
                "no_amount",
                "month_no_date",
            ],
            firms=[f("Bach Long Petrochemical Fibre Joint Venture")],
            provinces=[pv("Hải Phòng")],
            deals=[deal("investment", ["Bach Long Petrochemical Fibre Joint Venture"], None, HP)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Bach Long Petrochemical Fibre Joint Venture")],
                    None,
                    None,
                    HP,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "At 520 tons of fibre a day, the plant's USD 3186.4 million total investment is borne by the joint venture itself.\nArticulated Cable Pipe, Flange Adaptor Reducer , http://www.pipefit-example.com",
            "2012-02-14",
            "ministry",
            [
                E,
                "investor_line_without_name",
                "garbled_amount_as_written",
                "capacity_no_count",
                "spam_footer",
                "multiline",
                "no_event",
            ],
            money=[m(3186.4 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Some 26 tonnes of antibacterial knitted fabric a day now come from three Panatex subsidiaries – Bach Mai Knitting One Member Co., Ltd, Song Cau Knitting One Member Co., Ltd and Thang Long Knitting JSC – and close to 2.8 million antibacterial face masks made from it have been sold, Panatex Deputy Director Ngo Thanh Son said.",
            "2020-03-02",
            "ministry",
            [
                E,
                "role_before_name",
                "subsidiaries_no_deal",
                "foreign_form",
                "rate_no_count",
                "count",
                "approx",
                "rate_first",
                "speaker_last",
                "no_event",
            ],
            persons=[per("Ngo Thanh Son", "Panatex Deputy Director")],
            firms=[
                f("Panatex"),
                f("Bach Mai Knitting", "One Member Co., Ltd"),
                f("Song Cau Knitting", "One Member Co., Ltd"),
                f("Thang Long Knitting", "JSC"),
            ],
            quantities=[c(2_800_000, "antibacterial face masks", True)],
            events=[],
        ),
        h(
            n(),
            "April's target is nearly 13 million masks for sale; 450,000 have already gone out free.\nSource: VNA",
            "2020-03-02",
            "ministry",
            [
                E,
                "donation_no_deal",
                "planned_volume_count",
                "source_label_nothing",
                "count",
                "approx",
                "multiline",
                "count_without_noun_none",
                "no_event",
            ],
            quantities=[c(13_000_000, "masks", True)],
            events=[],
        ),
    ]
    return rows
