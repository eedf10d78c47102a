# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 162 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: recycling plants for batteries, scrap metal, e-waste and industrial
plastics. Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code,
data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy tái chế pin ắc quy khu công
nghiệp vốn đầu tư", S2 "tái chế pin lithium xe điện nhà máy Việt Nam", S3 "nhà máy tái chế phế liệu kim loại thép phế
khởi công", S4 "tái chế rác thải điện tử nhà máy cấp phép", S5 "nhà máy tái chế nhựa công nghiệp hạt nhựa tái sinh đầu
tư", S6 "tái chế chai nhựa PET nhà máy khánh thành", S7 "ắc quy chì thải thu gom tái chế doanh nghiệp", S8 "trao giấy
chứng nhận đầu tư dự án tái chế khu công nghiệp", S9 "ký kết hợp tác tái chế pin doanh nghiệp nước ngoài", S10 "nhà máy
luyện đồng nhôm tái chế phế liệu", S11 "chất thải điện tử xử lý thu hồi kim loại quý nhà máy", S12 "trách nhiệm mở rộng
của nhà sản xuất EPR tái chế bao bì doanh nghiệp", S13 "nhập khẩu phế liệu sắt thép làm nguyên liệu sản xuất giấy
phép", S14 "khu công nghiệp tái chế sinh thái dự án đầu tư tỉnh", S15 "hợp đồng cung cấp nhựa tái chế cho nhà sản
xuất", S16 "doanh nghiệp Nhật Bản Hàn Quốc đầu tư nhà máy tái chế Việt Nam", and in English S17 "Vietnam battery
recycling plant investment", S18 "Vietnam e-waste recycling facility", S19 "scrap metal recycling Vietnam steel mill",
S20 "plastic recycling plant Vietnam PET investment". No sentence is taken or paraphrased from a page; the shapes are.
Firm, plant, park, site and person names are invented (Tập đoàn Minh Quang / Minh Quang, Tái chế Pin MQE Thanh Hóa,
Giải pháp Năng lượng MQE / MQE, Minh Quang EV, Northloop Holdings Corp. / Northloop, Kanazawa Bussan, Ecovolt Energies /
Ecovolt, Tài nguyên Tái sinh Bách Xuyên, Huanyu Recycling, Nhựa Tái chế Phước An / PAR / Phước An, Cụm công nghiệp Nhựa
Lương Bình, Nhựa Xanh Phú Tân, Hạ tầng Kim Thành and KCN Đông Quan Xanh, Nhựa An Khánh and Cụm công nghiệp Lai Khê Bắc,
Dịch vụ Môi trường Sông Cầu / SCE, Kashiwagi, Ozeki Seimitsu, Blue River Environment, Ắc quy Phú Khang, Redvolt
Materials, Cellback Solutions, Gia Minh, Phế liệu Hưng Phát, Nhựa Hưng Thịnh, GreenLoop JSC / GreenLoop, Stahlmann
Recycling Asia / Stahlmann, Tan Phat Gas Co. / Tan Phat, Bexley Process Systems LLC / Bexley, Cai Mep Steel, Thep Nam
Viet, the Centre for Economic Consulting, every official, researcher, student, supervisor, uploader, chairman, chief
executive, author and byline, and the Deputy Prime Minister); well-known names (the ministries, Thủ tướng Chính phủ,
Tổng cục Thống kê, Quỹ Bảo vệ môi trường Việt Nam, Hiệp hội Thép Việt Nam / VSA / Vietnam Steel Association, UNIDO, EFSA,
FDA, BCI, the General Department of Vietnam Customs, the HCM City Institute for Development Studies, the universities,
Bloomberg, the outlets' credits, Khu kinh tế Nghi Sơn, Khu công nghiệp Nhơn Trạch 6, and the real texts 08/2022/NĐ-CP,
1107/2006/QĐ-TTg, 519/TTg, 187/2013/ND-CP and 16/2015/QD-TTg cited by number) appear only in sentences of our own, with
figures, dates and places changed.

What the sample looked like (80 result slots; the index answered this theme mostly with tags, explainers, document
stores and policy pieces, and a few pages came back again and again: a perfume-domain tag on a Chinese battery recycler
(S1 r1 = S9 r1), a news site's amp headline on China's spent EV batteries (S1 r4 = S2 r1 = S9 r2), a Bloomberg-credited
market item (S1 r3 = S2 r3), a Polish keyword domain (S3 r1 = S10 r2), a hazardous-waste textbook in broken font (S4 r1
= S11 r1), a provincial tag archive on recycled plastics (S5 r1 = S15 r2) and an English tag with a carmaker's MoU (S9 r4
= S17 r1)): 5 slots were spam (the Polish and an Italian keyword domain, a scrap buyer's product page on a storefront
site with its links, a spun repost of a scrap-import decision on a publishing domain with crypto chrome); 25 were tag,
archive, slug, title, snippet and search pages (the perfume tag twice, a health paper's recycling tag with a section
timestamp, a steel-price site's association tag, the tag archive twice, two vendor tags, a national paper's search page,
a circular-economy portal's category page on a Chinese tray-to-tray plant, a law firm's title tag, an unaccented news
tag, a blog tag on aluminium cans, two environment-portal tags (EPR, eco-parks), a legal download slug, an economic
site's snippet on a scrap circular, a plastics firm's date archive and news page with a paragraph twice, a city paper's
tag on a Japanese waste-plant pledge, the English tag twice, an English blog tag on phones, a directory title and a
dataset-mirror title); 22 were theses, journals, document stores, explainers and blogs (a student paper on EV standards
with cover and contents, a blog explainer on recycled steel, the textbook twice, a journal article on a printer page, a
provincial research report's cover with OCR garble and an English summary, a graduation project with GVHD/SVTH labels, a
battery shop's two SEO posts and a repost on a demo domain, a US city's guide rendered in Vietnamese, a consultancy's
guide, a master's thesis with its breadcrumbs and counters, an economics journal article on EPR, a radio explainer, a
plastics firm's EPR page, a document site's study of parks with a VNI-garbled header, a scrap buyer's promotional page,
a thesis on Japanese FDI with OCR typos and a flattened table, and an English journal article three times on the
publisher's pages and a library mirror); 19 were Vietnamese news and features (the battery arm's plant approval on an
IP-address mirror with its capital split and glued headline; the Bloomberg item twice; the China headline three times;
a city daily's steel feature via an aggregator with its source line; a trader's repost on recycled-pellet exports; a
bottle-to-bottle plant opened in Long An on the recycler's own site and in a national daily, with its recalled
groundbreaking, output and export figures; a provincial park authority's page on construction control and a developer
bullet; a national daily on the battery arm's partnership with a North American recycler, with a caption and two
quotes; a science paper's quote and report on e-waste techniques; a scrap buyer's repost of the scrap-import decision
with its comment form; a ministry's inspection conclusion on park planning with a stray lead and decisions; an
economics journal series on eco-parks; an interview on origin labels; a business weekly's FDI feature with related
links); 9 were English news (a news aggregator and an Indian business daily on the carmaker's recycling pact in India, a
business daily's English site on HCM City's proposed battery-recycling centre, a scrap magazine's 2009 feature with its
CMS chrome, a mining-news item on scrap imports, a business site and two blogs on a Vietnamese recycler's planned joint
PET plant with a German group's Asian arm, and a plastics trade magazine's 2011 item on a gas distributor's PET plant).
17 of the 80 slots were English. About 14 slots told a deal or an event with a named party (the licence, the opening
twice, the recycler partnership, the MoU twice, the India pact twice, the joint plant three times, the 2011 plant, the
thesis's recalled investments, the developer bullet); the Chinese tray plant was abroad, the Japanese pledge named no
firm and the HCM City centre was a proposal. No supply contract and no scrap-metal or e-waste plant with a named firm
in Việt Nam came up in any first four (S3, S10, S11 and S15 returned spam, tags, explainers and theses), so the batch
has none.

Rows: 162 (hand-52801 to hand-52962); 17 carry a deal or an event (10.5%): 13 events (3 cooperation, 3 mou, 3 joint
ventures announced, 2 inaugurations, 1 investment licence, 1 investment announcement) and 16 `deals` entries in 15 rows
(8 investment, 3 cooperation, 3 mou, 2 groundbreaking); 4 rows hold only deals (52869 a thesis's two recalled
investments, 52886 and 52890 a recalled groundbreaking, 52896 a developer's investor line), 2 an event without a deal
(52885, 52889 openings without capital) and 11 both. 145 rows are negatives and other fields (60 with no field at all).
By page kind: 7 rows of spam (52801-52807; 0 with a deal or event), 19 of Vietnamese tag, archive, slug, title, snippet
and search pages (52808-52826; 0), 44 of theses, journals, document stores, explainers and blogs (52827-52870; 1), 51
of Vietnamese news and features (52871-52921; 8) and 41 of English copy (52922-52962; 8, the English tags at 52922-52923,
the journal article and blog tag at 52935-52940, the titles at 52948-52949); 42 rows are `english_copy` (25.9%, with the
research report's English summary 52841). 9 rows are stored in NFD (hand-52810, 52848, 52865, 52872, 52882, 52890,
52895, 52904, 52911); 6 use old tone placement (52822 "Tỉnh uỷ", 52846 "hoá chất", 52853 "tuỳ", 52899 "thoả thuận",
52917 "tối ưu hoá", 52919 "hàng hoá"); 83 hold several lines (headlines and leads, tag labels, timestamps, covers and
contents, page and CMS chrome, captions and credits, bullets and lettered lists, related links, a comment form,
flattened tables).

Own wording: every row was drafted in its own order (amount-first, place-first, object-first, figures-first, passive,
quote-first with the speaker last, label lines), with changed figures, names, dates and places; on review against the
notes taken from the sampled pages, about 95 first drafts that still kept a page's run of facts, its clause order, its
opening words or a quote's gist were rewritten from scratch (nearly every line of the plant approval and its capital
split, the bottle plant's opening, groundbreaking, output, feedstock, exports and phase two, the partnership's lead,
profile, terms and quotes, the e-waste report and quote, the decision repost, the inspection conclusion, the park
authority's lines, the eco-park series, the pellet repost, the interview lead, the FDI feature, every tag and archive
lead, the steel, battery and EPR explainers, the consultancy, the scrap buyer, the journal abstracts, and in English the
MoU tag, the India pact, the HCM City centre, the journal abstract and intro, the blog tag, the scrap feature, the
import figures, the joint-plant pieces and the 2011 plant). The same pages had reached batch 134 (the plant approval
mirror, the perfume and health tags, the student paper, the Bloomberg item, the China headline) and batch 160 (the
Japanese FDI thesis); rows here were checked against those batches and redrafted where they came close (the Bloomberg
market line, the thesis line's figures). Two drafts were replaced because their content came only from results ranked
5 or lower: the EPR timeline by product group (S12 r5) in the plastics firm's EPR page (52866 now says who is liable)
and a headline wording for the HCM City centre (S17 r8; 52930 is our own). Nothing else was used from ranks 5-8, among
them: a slag-recycling plant in Hải Phòng and its English copy (S3 r6, S19 r7), the carmaker's recycling deal in other
outlets (S2 r6, S9 r7-r8), a Sputnik piece on the lack of battery recyclers (S2 r5), a bioplastic plant's groundbreaking
(S6 r5), the bottle plant's own-site copy at S5 r8, a Japanese waste-treatment firm's survey (S16 r5), a packaging
firm's EUR 3.5 million recycling pledge (S16 r6), a petroleum group returning a park (S14 r5), the scrap-import decrees
of 2014-2015 (S13 r5-r6), a Norwegian fund's stake in a PET recycler and a donor partnership (S20 r6, r8), a PET
recycler's 2012 line (S20 r5) and the scrap-import pieces at S19 r5 and r8.

Conventions: exactly those of batches 10 and 12-160 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an approval of investment policy by a province is an investment deal and an investment_licence event
"licensed", the province a government party as written, the headline's amount the licence's when the lead has none;
an opening without capital is an inauguration "completed" without deal; recalled groundbreakings, investments and plants
are deals without events, dated only when the day is written and sited only when a province is written; a park
developer named as investor ("chủ đầu tư là X") is an investor line, X's investment deal without amount, event or site;
a firm-firm strategic partnership or "công bố hợp tác" is a cooperation deal and a signed event, a memorandum, "MoU" or
"strategic agreement" an mou deal and signed event, sited only by a signing place in Việt Nam; a planned joint plant of
two firms is ONE investment deal of both and an announced joint_venture event; a named firm's planned plant is an
announced investment; plants abroad, pledges of unnamed firms, proposals, press trips, agency programmes, existing
plants, equipment bought without a contract word, sales to unnamed buyers, market figures and statistics give no deal;
weekdays and timestamps give no deal date; vague amounts are none; "khoảng", "chừng", "gần", "hơn", "trên", "about",
"some", "more than", "up to", "at least" are approximate; money "mỗi năm" keeps "year"; capacities, outputs, tonnages,
weights, temperatures, distances, durations, ordinals, group numbers, page counts, file sizes, view counters, student
ids, counts in words and counts without a noun are no counts, English counts keep their English noun; m² and ha are
areas in ha; Vietnamese legal forms are normalised ("Công ty CP", "Công ty TNHH", "Tập đoàn", "Công ty"), foreign ones
kept ("Corp.", "Co.", "LLC", "JSC"); a bare name and a full name with the same canonical name are one entry (with the
form), with different canonical names two; a firm inside a role is a firm; site brands are firms; a bracketed acronym
after a name is no second entry, alone it is an organisation; faculties are nothing, universities, institutes,
departments and funds organisations; a province inside an organisation's or park's name is a mention, inside a firm's
name none; caps covers take normal case; cover labels ("GVHD", "SVTH", "Chủ nhiệm đề tài", "Cán bộ hướng dẫn khoa
học") give roles, academic titles ("TS", "ThS", "PGS.TS") none, an affiliation after a name no role; bylines and
uploaders are persons without role, initials and outlet credits nothing, a surname alone no person, a bare role no
person; Vietnamese country words and adjectives ("Nhật") and English country nouns and possessives are countries,
English adjectives and regions nothing, foreign provinces, states and cities nothing, a country inside an organisation's
name none; parks and clusters written in Vietnamese are locations, zones as economic_zone; decrees and decisions with a
number are decisions (dated only when the date is attached), laws and circulars without a number none; old tone
placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- The plant approval told amount-first and place-first ("Gần 3.900 tỷ đồng cho nhà máy tái chế pin thứ hai của Minh
  Quang" over "Khu kinh tế Nghi Sơn sẽ có nhà máy ... của Công ty CP Tái chế Pin MQE Thanh Hóa (Tập đoàn Minh Quang): dự
  án vừa qua bước chấp thuận chủ trương đầu tư của tỉnh Thanh Hóa, theo Ban Quản lý ...", 52871) is ONE licence of
  G("tỉnh Thanh Hóa") and the subsidiary with the headline's amount, sited in Thanh Hóa, undated; the headline's bare
  "Minh Quang" and the bracketed "Tập đoàn Minh Quang" one entry; the board is the source, not a party; the zone inside
  the board's name no second location. The capital split (52872), the yearly intake (52873), the schedule without firm
  (52874) and the headline glued to a body line (52875, firm and money only) give no event.
- The bottle plant: "Công ty CP Nhựa Tái chế Phước An đã cắt băng khánh thành giai đoạn 1 nhà máy ở huyện Bến Lức, tỉnh
  Long An sáng 18/05/2024" (52885) and the headline "... khánh thành giai đoạn 1 nhà máy “chai ra chai” ở Long An"
  (52889) are inaugurations "completed" without capital, sited in Long An (now Tây Ninh), no deal; the recalled
  groundbreaking in a relative clause ("trên khu đất 5,8 ha ở Cụm công nghiệp Nhựa Lương Bình mà Nhựa Tái chế Phước An
  (PAR) đã động thổ từ tháng 8/2020", 52886) a groundbreaking deal without event, date or site (the cluster names no
  province), and in the passive with the province bracketed after the cluster (52890) the same deal sited in Long An;
  "cụm công nghiệp" is a park; the CEO line "theo Giám đốc điều hành PAR Trịnh Quốc Vĩnh" (52887) gives PAR as a firm and
  the role as written; bottles processed and tonnes exported are outputs, no counts; "gần 120 điểm thu gom" a count in
  "điểm"; EFSA and FDA alone (52892) organisations, "của Hoa Kỳ" a country.
- The recycler partnership: "Một quan hệ hợp tác toàn cầu về tái chế pin lithium đã được Công ty CP Giải pháp Năng lượng
  MQE và Northloop Holdings Corp. (Bắc Mỹ) công bố hôm 6/11" (52897) is a cooperation deal dated 2022-11-06 and a signed
  event, the headline's bare "MQE" and "Northloop" second entries (different canonical names); the caption "MQE và
  Northloop ký kết hợp tác" over a credit "T.L" (52900) the same cooperation, undated, with the bare names; the terms
  "Cả MQE lẫn hãng xe Minh Quang EV sẽ được Northloop xử lý pin hết đời ..., theo thoả thuận" (52899), the CEO's quote
  and the partner's existing plants in Canada and the US (52901-52902) give no event.
- The carmaker's pacts: the English tag "Minh Quang EV & Kanazawa Bussan to give used EV batteries a second life ...
  the memorandum the two companies have signed. 10:30 21/11/2023" (52922) and its related headline (52923) are mou deals
  and signed events, the timestamp no deal date; the object-first "High-voltage batteries from Minh Quang EV's cars in
  India will be recycled and repurposed by Ecovolt Energies ... under a strategic partnership the Vietnamese carmaker
  announced this week" (52924) is a cooperation deal and event, while "India's Ecovolt Energies and Minh Quang EV have
  signed a strategic agreement ..., the Vietnamese company said on Friday" (52927) is an mou deal and event, undated
  (weekday): two tellings of one pact, kinds read from the words each uses; the plant in Andhra Pradesh (52926) a plant
  abroad, no deal; the partner's profile with its chief executive (52929) no deal.
- The joint PET plant: "GreenLoop and Stahlmann plan Vietnam plastic recycling plant / March 2023 / Food-grade PET and
  HDPE flakes are what GreenLoop JSC and Stahlmann Recycling Asia want to make together at a new plant in northern
  Vietnam" (52950) is ONE investment deal of GreenLoop and Stahlmann Recycling Asia and an announced joint_venture,
  without amount (the next row's "Up to USD 45 million goes into phase one" names no firm, money only), "GreenLoop" and
  "GreenLoop JSC" one entry, "Stahlmann" and "Stahlmann Recycling Asia" two; the amount-first passive "More than USD 45
  million will be spent by GreenLoop and Stahlmann Recycling Asia on a 42,000-ton-a-year PET and HDPE line" (52954) the
  same deal and event at 45 million, both money entries kept (headline exact, lead approximate); the headline
  "Stahlmann and GreenLoop to build US$45 million PET plant in Việt Nam" (52957) the same with the bare names; "the
  partners told a press event in Hanoi" (52955) names no party, Hà Nội a mention; "At least 600 collection points and
  more than 20,000 collectors, against about 2,800 today" (52956) two counts, the bare "2,800" none.
- The 2011 plant: "HO CHI MINH CITY, VIETNAM (Updated July 19, 2:40 p.m. ET) — A US$12 million bottle-to-bottle PET
  plant ... is being set up by Tan Phat Gas Co. with recycling lines bought from Bexley Process Systems LLC of the U.S."
  (52959) is Tan Phat Gas's announced investment without site (the caps dateline a mention of HCM City), the line
  purchase no supply deal, "U.S." a country; the seller's "announced the sale on July 8" (52960) names no buyer, no deal;
  the site "in Long An province, a 35-kilometre drive from Ho Chi Minh City" (52961) two mentions and "About 80 people"
  a count, no new deal.
- Recalled and listed investments: the thesis line told place-first with OCR typos and a mid-phrase break ("Hưng Yên
  nhận hơn 88 triệu USD từ Kashiwagi ..., còn Hà Nam có nhà máy / 175 triệu USD của Công ty Ozeki Seimitsu", 52869) gives
  two investment deals without events, sited in Hưng Yên and Hà Nam (now Ninh Bình); the park authority's bullet "- KCN
  Đông Quan Xanh (310 ha giai đoạn I, 76 dự án, lấp đầy 84,2%): chủ đầu tư là Công ty CP Hạ tầng Kim Thành; ..." (52896)
  an investor line, the park a location, three areas; "Bốn trong số 9 KCN của tỉnh" (52895) one count (the word count
  none), "tỉnh" alone no province.
- No deal: the Chinese tray-to-tray plant in Zhejiang (52816, plant abroad), "Hãng Nhật muốn rót vốn vào nhà máy xử lý
  rác ở Côn Đảo" with experts "sẵn sàng góp vốn" (52825, no firm; "Nhật" and "Nhật Bản" two country entries), HCM City's
  proposed recycling centre and its incentives (52930-52934), the ministry's press trip and the UNIDO-funded pilot
  (52915, 52917), an existing plant in a caption (52914), the example recycler "Công ty TNHH Dịch vụ Môi trường Sông Cầu
  (SCE, tỉnh Bắc Giang)" (52907, a province mention), a scrap buyer's purchases (52855, 52888), the steel mills in a
  list quote (52944, firms only).
- Persons and organisations: a quote-first speaker with an affiliation and no title ("- TS Phạm Văn Hiển, Viện Khoa học
  và Công nghệ Môi trường, Đại học Bách khoa Hà Nội, nhận định", 52903) is a person without role, both bodies
  organisations and Hà Nội a mention; "theo quyết định Phó Thủ tướng Lê Quang Vinh vừa ký" (52908) the role before the
  name, the spun repost's bare "Phó thủ tướng" (52806) none; "Bộ trưởng Bộ Kế hoạch và Đầu tư" without a name (52910) the
  ministry only; "Thủ tướng Chính phủ" an organisation (as batch 134); "Hội đồng Ắc quy Quốc tế (BCI)" one organisation;
  "VSA" written alone after "Hiệp hội Thép Việt Nam" (52810) a second entry; "Quỹ Bảo vệ môi trường Việt Nam" and the
  "Environmental Protection Fund" organisations; "Centre for Economic Consulting" and "HCM City Institute for Development
  Studies" two organisations in a role "head of ... at ..."; "secretary general of the Vietnam Steel Association" as
  written; "Chủ nhiệm đề tài: TS Hoàng Minh Triết" and "CÁN BỘ HƯỚNG DẪN KHOA HỌC: PGS.TS ĐỖ QUANG HUY" give the labels
  as roles; "THS: Lương Văn Đạt" no role; the uploader "Chia sẻ: Minh Anh" a person; "BY ROSS KELLER" title-cased.
- Pages and numbers: the broken-font textbook's caps brand "BLUE RIVER ENVIRONMENT" (52834) a firm in title case, phone
  and fax lines nothing; "tit kim đn 95% năng lng" (52835) a percentage despite the garble; the OCR-garbled summary with
  "4 250" (52840) nothing; the VNI-garbled journal header "TAÏP CHÍ ..." (52868) nothing; "38 đô la trong mỗi 100 đô la
  FDI" (52920) two USD amounts (batch 134); "12,9 tỉ đô la Mỹ" USD, "Mỹ" in the currency no country; "30 tỷ USD mỗi năm"
  money per year; "Năm bình ắc quy", "Chín quốc gia", "Ba nhà khoa học", "bốn nhà máy", "Twenty-two interviews" counts in
  words, none; "1.4 kg", "130,000 tons", "3,500 tons a year", "1.3 billion bottles a year" no counts; "Some 450,000 petrol
  motorbikes" a count with its English noun; "nhóm 6" a group number."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_162(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    TH = cur("Thanh Hóa")
    LA = cur("Long An")
    HY = cur("Hưng Yên")
    HNam = cur("Hà Nam")

    ids = iter(range(52801, 52801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam, a scrap buyer's product page and a spun repost (S3 r1 = S10 r2, S10 r3, S10 r4, S13 r4) ---
    rows += [
        h(
            n(),
            "chi phí đầu tư xưởng nghiền phế liệu sắt công suất nhỏ",
            "2023-05-09",
            "ministry",
            ["spam_domain_salad", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá lò nấu chảy thép vụn mini và máy ép khối phế liệu",
            "2023-05-09",
            "ministry",
            ["spam_domain_salad", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy trình tái chế đồng phế liệu\n\nĐồng được tái chế ra sao: https://thumuaphelieuanphat.com.vn/tai-che-dong\n\nDây cáp cũ được gom lại, tuốt vỏ rồi chở về lò.\n\nĐồng nóng chảy được đúc thành thỏi, mỗi thỏi chừng 20 kg.\n\nhttps://thumuaphelieuanphat.com.vn/dong-phe-lieu",
            "2022-11-02",
            "ministry",
            ["spam_product_page", "url_nothing", "weight_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá thành điện cực than chì cho lò luyện nhôm thứ cấp",
            "2023-11-01",
            "ministry",
            ["spam_domain_salad", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tái chế pin lithium tại nhà kiếm tiền triệu mỗi ngày có thật không",
            "2024-02-17",
            "ministry",
            ["spam_slug", "lowercase", "vague_amount", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Kinh Doanh\n\nCho phép nhập khẩu truất phế liệu đồng, nhôm, nhựa làm vật liệu – [MỚI]\n\nTiền số hôm nay\n\nBài chia sẽ: truất phế liệu và mảnh vụn của đồng, nhôm, nhựa PE được phép nhập về làm vật liệu sản xuất, theo quyết định mà Phó thủ tướng vừa ký.",
            "2020-09-21",
            "ministry",
            [
                "spun_repost",
                "spam_domain",
                "typo",
                "bare_role_no_person",
                "decision_without_number",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Theo đó, những đơn vị đang nhập truất phế liệu bằng giấy xác nhận ko còn hạn sẽ phải dừng, còn giấy còn hiệu lực thì vẫn được nhập tiếp.\n\nThu Trang\n\nBài viết: Cho phép nhập khẩu truất phế liệu đồng, nhôm, nhựa làm vật liệu",
            "2020-09-21",
            "ministry",
            ["spun_repost", "byline_person", "multiline", "no_event"],
            persons=[per("Thu Trang", None)],
            events=[],
        ),
    ]
    # --- Tag, archive, slug, snippet and search pages (S1 r1 = S9 r1, S2 r2, S3 r2, S5 r1 = S15 r2, S5 r2, S5 r4,
    # S6 r1, S6 r2, S8 r2, S8 r3, S10 r1, S12 r2, S13 r1, S13 r2, S14 r3, S15 r1, S15 r3, S16 r2) ---
    rows += [
        h(
            n(),
            "tái sinh xanh\n\nĐời thứ hai của pin cũ\nCông ty TNHH Tài nguyên Tái sinh Bách Xuyên ở Quảng Tây nhận pin lithium cũ từ hơn hai chục tỉnh; mỗi sáng, hàng đã xếp kín sân trước giờ mở xưởng…",
            "2024-07-18",
            "ministry",
            [
                "tag_page",
                "foreign_firm_vn_form",
                "foreign_province_nothing",
                "count_in_words_no_count",
                "ellipsis",
                "multiline",
                "no_event",
            ],
            firms=[f("Tài nguyên Tái sinh Bách Xuyên", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "tái chế pin\n\nPin xe điện hết đời: tháo ra rồi đi về đâu?\n\nĐời sống - 02/12/2025 16:05\n\nSKĐS - Đem pin xe điện hết đời đi đâu, ai chịu trách nhiệm thu gom, và có nên để cơ sở nhỏ tháo dỡ? Đó là những câu hỏi chưa có lời đáp rõ ràng.",
            "2025-12-02",
            "ministry",
            ["tag_page", "section_timestamp", "outlet_prefix_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hiệp hội thép\n\nHiệp hội Thép Việt Nam kiến nghị Bộ Tài nguyên và Môi trường gỡ khó nhập phế liệu\n\nThép vụn nấu lò điện thải ít khí hơn hẳn luyện từ quặng, VSA lập luận khi xin cho hội viên được tiếp tục nhập phế liệu làm nguyên liệu...",
            "2018-08-10",
            "ministry",
            ["tag_page", "acronym_alone_second_entry", "multiline", "nfd", "no_event"],
            organizations=["Hiệp hội Thép Việt Nam", "Bộ Tài nguyên và Môi trường", "VSA"],
            events=[],
        ),
        h(
            n(),
            "Lưu trữ thẻ: Nhựa tái chế tìm đường\n\nNhựa tái chế tìm đường\n\nMỗi năm các xưởng trong nước trộn chừng 2,5 triệu tấn nhựa phế liệu nhập khẩu vào nguyên liệu, con số được dự báo còn tăng khi nhu cầu nhựa nguyên sinh chạm 12 triệu tấn năm 2025 […]",
            "2019-03-12",
            "provincial",
            ["tag_archive", "headline_twice", "tonnage_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lưu trữ thẻ: hạt nhựa tái sinh\n\nGiá dầu đi xuống, xưởng nhựa tái sinh xoay xở ra sao?\n\nKhi hạt nguyên sinh rẻ đi, nhiều khách hàng quay lưng với hạt tái sinh, đẩy các xưởng nhỏ vào cảnh ế hàng […]",
            "2020-05-06",
            "provincial",
            ["tag_archive", "question_headline", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "lưu ý khi dùng hạt nhựa tái sinh\nRẻ là ưu điểm lớn nhất của hạt nhựa tái sinh, nhưng không phải sản phẩm nào cũng dùng được...",
            "2021-09-30",
            "ministry",
            ["vendor_tag", "lowercase_tag", "truncated", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy tạo hạt nhựa\nMáy tạo hạt một trục hay hai trục, có cần khâu lọc lưới tự động: chọn sai là cả mẻ hạt tái sinh bị vón, lẫn tạp chất...",
            "2022-04-19",
            "ministry",
            ["vendor_blog_tag", "lowercase_tag", "truncated", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "(Tổ Quốc) - Gom, rửa, nghiền rồi tạo hạt: tái chế nhựa giờ không chỉ là việc của vựa ve chai mà đang thành một ngành công nghiệp.",
            "2023-06-05",
            "ministry",
            ["search_page_snippet", "outlet_prefix_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công nghệ\nKhay đựng thực phẩm bằng PET, chứ không chỉ chai, sẽ được Huanyu Recycling tái chế thành khay mới ở nhà máy đang dựng tại Gia Hưng (Chiết Giang, Trung Quốc), dự kiến chạy cuối năm 2026.",
            "2025-09-12",
            "ministry",
            [
                "portal_category_page",
                "plant_abroad_no_deal",
                "object_first",
                "foreign_province_nothing",
                "country_bracket",
                "multiline",
                "no_event",
            ],
            firms=[f("Huanyu Recycling")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thủ tục cấp lại giấy xác nhận đủ điều kiện nhập khẩu phế liệu",
            "2022-02-15",
            "legal",
            ["law_firm_tag", "title_only", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quyet dinh thu tuong ve danh muc phe lieu duoc phep nhap khau",
            "2020-07-02",
            "ministry",
            ["tag_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tái chế lon nhôm như thế nào\n\nMỗi năm thế giới tiêu thụ hàng trăm tỷ lon nhôm, và gần như chiếc lon nào cũng có thể nấu chảy để dùng lại...",
            "2021-01-21",
            "ministry",
            ["blog_tag", "vague_count_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tai thong tu quy dinh bao ve moi truong trong nhap khau phe lieu 2015 tt btnmt",
            "2016-01-08",
            "legal",
            ["download_slug", "unaccented", "broken_number_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thông tư mới về kiểm tra phế liệu nhập khẩu sắp có hiệu lực, và các lô thép vụn, giấy vụn, nhựa vụn đang nằm ở cảng có thể phải chờ thêm...",
            "2016-02-25",
            "ministry",
            ["tag_snippet", "circular_without_number", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "KCN sinh thái\n\nBắc Ninh đặt mục tiêu có KCN sinh thái đầu tiên trước năm 2027\nTỉnh uỷ, UBND tỉnh yêu cầu các KCN mới phải có khu xử lý chất thải tập trung và phương án dùng chung nước, hơi, phế liệu.",
            "2023-10-03",
            "ministry",
            ["tag_page", "bare_unit_no_org", "old_tone", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Lệnh cấm của Bắc Kinh và bài toán nguyên liệu của ngành nhựa Việt năm 2018\n\nÔ tô, điện thoại, bao bì thực phẩm: ba thị trường khiến nhu cầu nhựa ở Trung Quốc chưa bao giờ giảm…",
            "2018-04-05",
            "ministry",
            [
                "date_archive_page",
                "headline_lead",
                "capital_city_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Cơ hội cho hạt nhựa Việt: khi cửa nhập phế liệu của Trung Quốc đóng lại từ đầu năm 2018, nhà máy bên kia biên giới buộc phải tìm hạt nguyên liệu […]\nCơ hội cho hạt nhựa Việt: khi cửa nhập phế liệu của Trung Quốc đóng lại từ đầu năm 2018, nhà máy bên kia biên giới buộc phải tìm hạt nguyên liệu […]",
            "2018-03-20",
            "ministry",
            ["company_news_page", "paragraph_twice", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "giải bài toán đầu ra cho rác\n\nHãng Nhật muốn rót vốn vào nhà máy xử lý rác ở Côn Đảo\nKinhtedothi - Lò đốt rác phát điện cỡ nhỏ là phương án các chuyên gia Nhật Bản đưa ra sau chuyến khảo sát đảo; họ nói sẵn sàng góp vốn nếu địa phương đồng ý.",
            "2019-08-14",
            "ministry",
            [
                "tag_page",
                "unnamed_firm_no_deal",
                "pledge_without_firm",
                "country_adjective",
                "island_nothing",
                "outlet_prefix_nothing",
                "multiline",
                "no_event",
            ],
            locations=[country("Nhật"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Trách nhiệm mở rộng của nhà sản xuất\n\nEPR sau hai năm: doanh nghiệp đã quen đóng quỹ?\nNhiều nhà sản xuất chọn nộp tiền thay vì tự tái chế, vì chi phí tự tổ chức thu gom vẫn còn quá cao.",
            "2025-11-27",
            "ministry",
            ["tag_page", "question_headline", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Document stores, theses, journals, blogs and explainers: a student paper on spent EV batteries (S2 r4) ---
    rows += [
        h(
            n(),
            "Trang 1BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC GIAO THÔNG VẬN TẢI\n————\nTIỂU LUẬN HỌC PHẦN: QUẢN LÝ CHẤT THẢI RẮN\nĐỀ TÀI: THU HỒI VÀ TÁI CHẾ PIN XE ĐIỆN HẾT VÒNG ĐỜI TẠI VIỆT NAM",
            "2023-05-22",
            "ministry",
            ["student_paper_cover", "caps_org_title_case", "page_marker_glued", "multiline", "no_event"],
            organizations=["Bộ Giáo dục và Đào tạo", "Trường Đại học Giao thông Vận tải"],
            events=[],
        ),
        h(
            n(),
            "Trang 2MỤC LỤC\nLời mở đầu 3\nChương 1: Tổng quan về pin lithium-ion trên xe điện 4\n1.1 Cấu tạo và vòng đời 4\n1.1.1 Khái niệm pin thứ cấp, tái sử dụng 4\n1.1.2 Nguyên tắc thu hồi 5",
            "2023-05-22",
            "ministry",
            ["table_of_contents", "page_numbers_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Với mong muốn góp một góc nhìn về những bộ pin đã hết đời, nhóm 6 thực hiện đề tài “Thu hồi và tái chế pin xe điện hết vòng đời tại Việt Nam”.",
            "2023-05-22",
            "ministry",
            ["student_paper", "group_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A blog explainer on recycled steel (S3 r4) ---
    rows += [
        h(
            n(),
            "Một tấn thép nấu từ phế liệu thải CO₂ chỉ bằng chừng một phần ba tấn thép luyện từ quặng – lý do đủ để 28 triệu tấn thép Việt Nam dùng mỗi năm trở thành nguồn nguyên liệu về sau.",
            "2025-03-14",
            "ministry",
            ["blog_explainer", "tonnage_no_count", "fraction_in_words_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1. Lịch sử ngắn\n- Lò điện hồ quang (EAF), ra đời quanh năm 1900, là bước ngoặt: chỉ cần điện và sắt vụn.\n- Từ thập niên 1970, các nhà máy mini ở Mỹ biến thép phế thành nguồn liệu chính.",
            "2025-03-14",
            "ministry",
            ["blog_explainer", "bullets", "country", "year_no_count", "multiline", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "3. Các bước trong bãi phế liệu\n- Cân, phân loại theo mác thép và độ dày.\n- Đóng kiện hoặc băm nhỏ để nạp lò cho nhanh.",
            "2025-03-14",
            "ministry",
            ["blog_explainer", "bullets", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Về tiền bạc: thép phế thường rẻ hơn thép mới 35-55%, còn quy mô ngành tái chế thép thế giới ước chừng 420 tỷ USD, với hơn 600.000 người làm.",
            "2025-03-14",
            "ministry",
            ["blog_explainer", "percentage_range", "approx", "count", "no_event"],
            percentages=[35, 55],
            money=[m(420 * B, "USD", approx=True)],
            quantities=[c(600000, "người", True)],
            events=[],
        ),
    ]
    # --- A hazardous-waste textbook chapter on a document store, broken font (S4 r1 = S11 r1) ---
    rows += [
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (11 trang)\n\nGiáo trình xử lý chất thải rắn công nghiệp - Chương 4 pdf\n\nBạn đang xem bản rút gọn của tài liệu. (512.3 KB, 11 trang )\n\nBLUE RIVER ENVIRONMENT\nTel: (028)38112233\nFax: (028)38112234\nwww.blueriver-vn.com\n\nTHS: Lương Văn Đạt",
            "2011-06-14",
            "ministry",
            [
                "document_store",
                "page_count_no_count",
                "file_size_nothing",
                "phone_nothing",
                "caps_firm_title_case",
                "academic_title_no_role",
                "multiline",
                "no_event",
            ],
            firms=[f("Blue River Environment")],
            persons=[per("Lương Văn Đạt", None)],
            events=[],
        ),
        h(
            n(),
            "CHNG 4\n\nTÁI CH KIM LOI\n\n4.1 Tng Quan\n\nPhn ln kim loi ph thi đc thu hi bng cách nu chy li, tit kim đn 95% năng lng so vi luyn t qung.",
            "2011-06-14",
            "ministry",
            ["document_store", "broken_font", "percentage", "multiline", "no_event"],
            percentages=[95],
            events=[],
        ),
    ]
    # --- A journal article on e-waste recycling, printer-friendly page (S4 r2) ---
    rows += [
        h(
            n(),
            "[In trang]\nThu hồi kim loại từ rác thải điện tử ở Việt Nam: thực trạng và hướng đi\nThứ năm, 14/05/2020\nĐiện thoại, máy tính, ti vi thải ra ngày một nhiều, nhưng phần lớn vẫn đi qua các làng nghề thủ công trước khi tới được một nhà máy.",
            "2020-05-14",
            "ministry",
            ["print_page", "journal_article", "date_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt:\nLượng thiết bị điện tử thải bỏ ở Việt Nam tăng nhanh hơn năng lực thu hồi kim loại; bài viết so sánh với cách Nhật Bản và Hàn Quốc buộc nhà sản xuất nhận lại hàng cũ.\nTừ khóa: tái chế, chất thải điện tử, kim loại quý.",
            "2020-05-14",
            "ministry",
            ["journal_article", "abstract", "keywords", "country", "multiline", "no_event"],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "1. GIỚI THIỆU\nMột chiếc điện thoại thông minh chứa hơn ba chục nguyên tố, từ đồng, thiếc tới vàng và đất hiếm.",
            "2020-05-14",
            "ministry",
            [
                "journal_article",
                "section_heading",
                "count_in_words_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- A provincial research report's cover, garbled summary and English summary (S4 r3) ---
    rows += [
        h(
            n(),
            "Trang 1SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI\nBÁO CÁO NGHIỆM THU\nĐỀ TÀI NGHIÊN CỨU KHOA HỌC\nĐÁNH GIÁ HIỆN TRẠNG THU GOM, TÁI CHẾ ẮC QUY CHÌ THẢI TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI\nChủ nhiệm đề tài: TS Hoàng Minh Triết\nĐỒNG NAI, THÁNG 10/2014",
            "2015-02-03",
            "provincial",
            [
                "report_cover",
                "caps_org_title_case",
                "province_in_org_name",
                "cover_label_role",
                "multiline",
                "no_event",
            ],
            organizations=["Sở Khoa học và Công nghệ tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            persons=[per("Hoàng Minh Triết", "Chủ nhiệm đề tài")],
            events=[],
        ),
        h(
            n(),
            "Trang 4T M T T NỘI DUNG NGHIÊN C U\nĐ d ả ắ q ì ả ạ ồ N , ă 2013 ả 4 250 ấ / ă",
            "2015-02-03",
            "provincial",
            ["ocr_garble", "garbled_number_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang 6SUMMARY OF RESEARCH CONTENT\nSpent lead-acid batteries are hazardous waste under Vietnamese rules, yet most of those thrown away in Dong Nai are bought by small collectors and melted down in unlicensed backyard smelters.",
            "2015-02-03",
            "provincial",
            [E, "english_summary", "adjective_no_country", "multiline", "no_event"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
    ]
    # --- A graduation project on a document store, broken font (S4 r4) ---
    rows += [
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (68 trang)\n\n(Đồ án tốt nghiệp) nghiên cứu mô hình thu hồi pin và ắc quy thải tại các cửa hàng điện máy ở thành phố hồ chí minh\n\n(4.87 MB, 68 trang )",
            "2020-09-15",
            "ministry",
            [
                "document_store",
                "lowercase_title",
                "lowercase_province_nothing",
                "page_count_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT\nTHÀNH PHỐ HỒ CHÍ MINH\n\nĐỒ ÁN TỐT NGHIỆP\nNGÀNH CƠNG NGHỆ KỸ THUẬT MƠI TRƯỜNG\n\nGVHD: TRẦN THỊ KIM OANH\nSVTH: ĐOÀN VĂN PHÚC\nMSSV: 16150233",
            "2020-09-15",
            "ministry",
            [
                "thesis_cover",
                "caps_org_title_case",
                "org_name_across_lines",
                "broken_font",
                "cover_label_role",
                "student_id_nothing",
                "caps_person_title_case",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Giáo dục và Đào tạo", "Trường Đại học Sư phạm Kỹ thuật Thành phố Hồ Chí Minh"],
            provinces=[pv("Hồ Chí Minh")],
            persons=[per("Trần Thị Kim Oanh", "GVHD"), per("Đoàn Văn Phúc", "SVTH")],
            events=[],
        ),
        h(
            n(),
            "Tp. Hồ Chí Minh, tháng 07/2020\n\nMỤC LỤC\nLỜI CẢM ƠN ........................ iv\nTÓM TẮT ........................ v",
            "2020-09-15",
            "ministry",
            ["thesis_place_date_line", "table_of_contents", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- A battery shop's SEO blog posts and a repost on a demo domain (S7 r1, S7 r2, S7 r3) ---
    rows += [
        h(
            n(),
            "August 02, 2025\n\nVì sao phải tái chế ắc quy cũ? Lợi ích cho môi trường và túi tiền | Ắc quy Phú Khang\n\nMột bình ắc quy vứt sai chỗ có thể làm nhiễm chì cả giếng nước của một xóm – Ắc quy Phú Khang tổng hợp lý do nên mang bình cũ tới điểm thu hồi. Phần mở đầu Ắc quy có mặt ở khắp nơi, từ xe máy tới trạm phát điện dự phòng.",
            "2025-08-02",
            "ministry",
            ["seo_blog", "english_date_line", "site_brand_firm", "title_suffix", "multiline", "no_event"],
            firms=[f("Ắc quy Phú Khang")],
            events=[],
        ),
        h(
            n(),
            "II. Nội dung chính\n1.1. Giữ chì và axit khỏi đất, nước\nĐập vỏ bình lấy lá chì ngoài bãi trống là cách nhanh nhất để axit sulfuric và hoá chất độc ngấm xuống mạch nước.",
            "2025-08-09",
            "ministry",
            ["seo_blog", "numbered_heading", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giới thiệu chung\nBài này dành cho chủ gara, cửa hàng phụ tùng và ai đang giữ vài bình ắc quy hỏng trong kho.",
            "2025-08-09",
            "ministry",
            ["seo_blog", "section_heading", "count_vague_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ắc quy chì độc hại nhưng có thể thu hồi tới 98%\nNăm bình ắc quy là con số một chiếc ô tô con dùng hết trong chừng 18 năm, nếu cứ 3-4 năm lại thay một lần.",
            "2025-05-30",
            "ministry",
            [
                "blog_repost",
                "lowercase_title",
                "percentage",
                "count_in_words_no_count",
                "duration_no_count",
                "multiline",
                "nfd",
                "no_event",
            ],
            percentages=[98],
            events=[],
        ),
        h(
            n(),
            "Chai nhựa 27%, lon nhôm 49%, còn ắc quy chì tới 98%: đó là tỷ lệ thu hồi ở Mỹ mà Hội đồng Ắc quy Quốc tế (BCI) công bố cho giai đoạn 2012-2022.",
            "2025-05-30",
            "ministry",
            [
                "blog_repost",
                "figures_first",
                "percentage",
                "bracketed_acronym_one_entry",
                "country",
                "no_event",
            ],
            percentages=[27, 49, 98],
            organizations=["Hội đồng Ắc quy Quốc tế"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "*10% là mức tái chế bắt buộc ban đầu với ắc quy theo quy định EPR ở nước ta (từ 2024).",
            "2025-05-30",
            "ministry",
            ["blog_repost", "footnote_star", "percentage_first", "no_event"],
            percentages=[10],
            events=[],
        ),
    ]
    # --- A US city's recycling guide in Vietnamese (S7 r4) ---
    rows += [
        h(
            n(),
            "PIN XE ĐIỆN\n\nCấm bỏ chung với rác sinh hoạt\nMục: Chất thải nguy hại\n\nLiên hệ các đơn vị nhận pin xe điện sau:\n  1. Redvolt Materials – https://redvoltmaterials.com/\n  1. Cellback Solutions – https://cellback.com/",
            "2024-04-22",
            "ministry",
            ["city_guide_rendered", "caps_heading", "numbered_list", "url_nothing", "multiline", "no_event"],
            firms=[f("Redvolt Materials"), f("Cellback Solutions")],
            events=[],
        ),
        h(
            n(),
            "Bạn có biết?\n\nChừng 80% một chiếc xe cũ có thể dùng lại; nhờ vậy, việc tháo dỡ ô tô ở Hoa Kỳ là một ngành 30 tỷ USD mỗi năm với hơn 130.000 người làm.",
            "2024-04-22",
            "ministry",
            [
                "city_guide_rendered",
                "count",
                "approx",
                "money_per_year",
                "percentage",
                "country",
                "multiline",
                "no_event",
            ],
            quantities=[c(130000, "người", True)],
            money=[m(30 * B, "USD", "year")],
            percentages=[80],
            locations=[country("Hoa Kỳ")],
            events=[],
        ),
    ]
    # --- A consultancy's guide to building a plant in a park (S8 r1) ---
    rows += [
        h(
            n(),
            "Những việc nhà đầu tư phải làm trước khi xây nhà máy tái chế trong khu công nghiệp\n\nGia Minh tiếp tục loạt bài tư vấn với phần ba: các thủ tục sau khi đã có giấy chứng nhận đầu tư và trước khi động thổ, vốn khác nhau tuỳ từng KCN.",
            "2023-08-28",
            "ministry",
            [
                "consultancy_article",
                "site_brand_firm",
                "ordinal_no_count",
                "old_tone",
                "multiline",
                "no_event",
            ],
            firms=[f("Gia Minh")],
            events=[],
        ),
        h(
            n(),
            "TRƯỚC KHI KHỞI CÔNG\n\n1. Hồ sơ thiết kế:\n\na. Bản vẽ phòng cháy chữa cháy cần được thẩm duyệt trước;\n\nb. Phương án xử lý khí thải lò nấu phải khớp với giấy phép môi trường.",
            "2023-08-28",
            "ministry",
            ["consultancy_article", "lettered_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A scrap buyer's promotional page (S15 r4) ---
    rows += [
        h(
            n(),
            "Phế liệu Hưng Phát mua sắt, đồng, nhôm, nhựa và bo mạch ở mọi tỉnh thành, rồi chuyển cho các nhà máy tái chế có giấy phép – cam kết mà công ty giữ suốt 12 năm hoạt động.",
            "2024-01-09",
            "ministry",
            ["scrap_buyer_page", "site_brand_firm", "duration_no_count", "no_event"],
            firms=[f("Phế liệu Hưng Phát")],
            events=[],
        ),
        h(
            n(),
            "Nhận thu mua phế liệu trên toàn quốc, không giới hạn khối lượng\nNhận thu mua phế liệu trên toàn quốc, không giới hạn khối lượng\n\n  • Đồng, nhôm, inox, sắt thép vụn\n  • Bo mạch, linh kiện điện tử",
            "2024-01-09",
            "ministry",
            ["scrap_buyer_page", "line_twice", "bullets", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A master's thesis on a document store (S11 r4) ---
    rows += [
        h(
            n(),
            "1. Trang chủ\n  2. » Luận Văn - Báo Cáo\n\nNghiên cứu thu hồi đồng và thiếc từ bo mạch điện tử thải bằng phương pháp thủy luyện\n\n94 2,1K 5\n\nSố trang 94\nDung lượng 1,52 MB",
            "2016-10-11",
            "ministry",
            [
                "document_store",
                "breadcrumb",
                "view_counter_nothing",
                "page_count_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "ĐẠI HỌC QUỐC GIA HÀ NỘI\n\nTRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN\n\n-\n\nNGUYỄN THỊ THU HIỀN\n\nNGHIÊN CỨU THU HỒI ĐỒNG VÀ THIẾC TỪ BO MẠCH ĐIỆN TỬ THẢI BẰNG PHƯƠNG PHÁP THỦY LUYỆN\n\nLUẬN VĂN THẠC SĨ KHOA HỌC\n\nHà Nội – 2015",
            "2016-10-11",
            "ministry",
            [
                "thesis_cover",
                "caps_org_title_case",
                "caps_person_title_case",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Đại học Quốc gia Hà Nội", "Trường Đại học Khoa học Tự nhiên"],
            provinces=[pv("Hà Nội")],
            persons=[per("Nguyễn Thị Thu Hiền", None)],
            events=[],
        ),
        h(
            n(),
            "Chuyên ngành: Hóa Môi Trường\n\nMã số: 60 44 41\n\nCÁN BỘ HƯỚNG DẪN KHOA HỌC: PGS.TS ĐỖ QUANG HUY",
            "2016-10-11",
            "ministry",
            [
                "thesis_cover",
                "cover_label_role",
                "code_nothing",
                "academic_title_no_role",
                "multiline",
                "no_event",
            ],
            persons=[per("Đỗ Quang Huy", "Cán bộ hướng dẫn khoa học")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\n\nMỞ ĐẦU 1\n\nChương 1 TỔNG QUAN VỀ BO MẠCH ĐIỆN TỬ THẢI 2\n\n1.1. Rác điện tử – “mỏ khoáng sản đô thị” 2",
            "2016-10-11",
            "ministry",
            ["table_of_contents", "page_numbers_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- An economics journal article on EPR and listed plastics firms (S12 r1) ---
    rows += [
        h(
            n(),
            "Nguyễn Thị Mai Phương\n\nKhoa Quản trị Kinh doanh, Trường Đại học Thương mại\n\nEmail: ntmphuong@tmu.edu.vn\n\nTóm tắt\n\nBài viết dùng số liệu của 14 công ty nhựa niêm yết giai đoạn 2020-2023 để xem chi phí tuân thủ EPR đã bào mòn biên lợi nhuận của họ đến đâu.",
            "2024-06-17",
            "ministry",
            [
                "journal_article",
                "author_line",
                "faculty_nothing",
                "email_nothing",
                "abstract",
                "count",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyễn Thị Mai Phương", None)],
            organizations=["Trường Đại học Thương mại"],
            quantities=[c(14, "công ty")],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: doanh nghiệp nhựa niêm yết, EPR, biên lợi nhuận\n\nSummary\n\nUsing 2020-2023 data on listed plastics companies, the paper asks how far EPR compliance costs have eaten into their margins.",
            "2024-06-17",
            "ministry",
            ["journal_article", "keywords", "bilingual_summary", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ĐẶT VẤN ĐỀ\n\nVới doanh nghiệp nhựa, phân tích hiệu quả kinh doanh từ nay không thể bỏ qua khoản chi cho tái chế, dù tự làm hay đóng góp tài chính.",
            "2024-06-17",
            "ministry",
            ["journal_article", "section_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A radio site's explainer and a plastics firm's EPR page (S12 r3, S12 r4) ---
    rows += [
        h(
            n(),
            "EPR: doanh nghiệp còn nhiều câu hỏi\n\nMức đóng cho Quỹ Bảo vệ môi trường Việt Nam tính theo công thức nào, và vì sao ngành hàng của mình lại nằm trong danh mục? Nhiều doanh nghiệp tới hội thảo với đúng hai câu hỏi đó.\n\nNghe bài viết tại đây:",
            "2022-03-04",
            "ministry",
            [
                "radio_explainer",
                "count_in_words_no_count",
                "country_in_org_name_nothing",
                "audio_label",
                "multiline",
                "no_event",
            ],
            organizations=["Quỹ Bảo vệ môi trường Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "EPR - Nhựa Hưng Thịnh\n\nNghị định 08/2022/NĐ-CP là văn bản doanh nghiệp nhựa cần đọc kỹ nhất: nó quy định tỷ lệ tái chế bắt buộc, quy cách tái chế và cách đóng góp nếu không tự làm.\n\n    • Tự tái chế hoặc thuê đơn vị tái chế.\n    • Nộp tiền vào Quỹ Bảo vệ môi trường Việt Nam.",
            "2025-04-08",
            "ministry",
            [
                "company_explainer",
                "site_brand_firm",
                "decree_number",
                "bullets",
                "multiline",
                "nfd",
                "no_event",
            ],
            firms=[f("Nhựa Hưng Thịnh")],
            decisions=[d("08/2022/NĐ-CP")],
            organizations=["Quỹ Bảo vệ môi trường Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Xem thêm: Nhựa tái sinh có an toàn cho bao bì thực phẩm?\n\n2. Doanh nghiệp nhựa nào thuộc diện EPR\n\nNếu công ty bán bao bì cho người khác đóng gói, trách nhiệm thuộc về nhãn hàng; nếu tự đóng gói sản phẩm của mình, Nghị định 08/2022/NĐ-CP gọi tên chính công ty.",
            "2025-04-08",
            "ministry",
            [
                "company_explainer",
                "see_also_link",
                "decree_number",
                "generic_parties_no_firm",
                "multiline",
                "no_event",
            ],
            decisions=[d("08/2022/NĐ-CP")],
            events=[],
        ),
    ]
    # --- A document site's study of symbiotic parks, VNI-garbled journal header (S14 r1) ---
    rows += [
        h(
            n(),
            "intTypePromotion=1\n\nĐề xuất mô hình khu công nghiệp cộng sinh cho vùng Đông Nam Bộ dựa trên phế liệu nhựa và kim loại\n\nChia sẻ: Minh Anh | Ngày: | Loại File: PDF | Số trang:12\n\n0\n37\nlượt xem\n2\ndownload",
            "2019-11-20",
            "ministry",
            [
                "document_site",
                "uploader_person",
                "view_counter_nothing",
                "page_count_no_count",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Anh", None)],
            events=[],
        ),
        h(
            n(),
            "Khu công nghiệp Nhơn Trạch 6 (tỉnh Đồng Nai) được chọn làm trường hợp thử; trong ba phương án, khu xử lý phế liệu dùng chung cho cả khu công nghiệp đạt điểm cao nhất.\n\nTAÏP CHÍ KHOA HOÏC VAØ COÂNG NGHEÄ, TAÄP 21, SOÁ 3- 2018<br /> <br />",
            "2019-11-20",
            "ministry",
            [
                "document_site",
                "park",
                "province_bracket",
                "count_in_words_no_count",
                "vni_garble",
                "html_tags",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Đồng Nai")],
            locations=[park("Khu công nghiệp Nhơn Trạch 6")],
            events=[],
        ),
    ]
    # --- A thesis on Japanese FDI in the North with OCR garble and a flattened table (S16 r3) ---
    rows += [
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu. (9.8 MB, 96 trang )\nHưng Yên nhận hơn 88 triệu USD từ Kashiwagi cho xưởng máy in, còn Hà Nam có nhà máy\n175 triệu USD của Công ty Ozeki Seimitsu (số liệu năm 2010) – hai ví dụ cho thấy vốn Nhật Bản đẩu tư đang dạt về phía Bác.",
            "2013-04-02",
            "ministry",
            [
                "thesis_ocr",
                "ocr_typos",
                "place_first",
                "recalled_investments",
                "deal_no_event",
                "line_break_mid_phrase",
                "approx",
                "country",
                "multiline",
            ],
            firms=[f("Kashiwagi"), f("Ozeki Seimitsu", "Công ty")],
            provinces=[pv("Hưng Yên"), pv("Hà Nam")],
            money=[m(88 * M, "USD", approx=True), m(175 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[
                deal("investment", ["Kashiwagi"], 88 * M, HY),
                deal("investment", ["Ozeki Seimitsu"], 175 * M, HNam),
            ],
            events=[],
        ),
        h(
            n(),
            "Bảng 4: FDI của Nhật vào khu vực phía Bấc theo lĩnh vực tính đến\nhết tháng 9 năm\n2010.\nC N nặng\n238\n470\n3877\n6415",
            "2013-04-02",
            "ministry",
            [
                "thesis_ocr",
                "flattened_table",
                "bare_numbers_nothing",
                "country_adjective",
                "multiline",
                "no_event",
            ],
            locations=[country("Nhật")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a battery-recycling plant approved, on an IP-address mirror (S1 r2) ---
    rows += [
        h(
            n(),
            "Gần 3.900 tỷ đồng cho nhà máy tái chế pin thứ hai của Minh Quang\n\nKhu kinh tế Nghi Sơn sẽ có nhà máy tái chế pin lithium của Công ty CP Tái chế Pin MQE Thanh Hóa (Tập đoàn Minh Quang): dự án vừa qua bước chấp thuận chủ trương đầu tư của tỉnh Thanh Hóa, theo Ban Quản lý Khu kinh tế Nghi Sơn và các KCN Thanh Hóa.",
            "2024-03-11",
            "ministry",
            [
                "ip_site_repost",
                "headline_lead",
                "amount_first_headline",
                "place_first",
                "licence_by_province",
                "headline_amount_for_licence",
                "bare_and_full_one_entry",
                "province_in_firm_name",
                "zone",
                "approx",
                "multiline",
            ],
            firms=[f("Minh Quang", "Tập đoàn"), f("Tái chế Pin MQE Thanh Hóa", "Công ty CP")],
            provinces=[pv("Thanh Hóa")],
            organizations=["Ban Quản lý Khu kinh tế Nghi Sơn và các KCN Thanh Hóa"],
            money=[m(3900 * B, "VND", approx=True)],
            locations=[zone("Khu kinh tế Nghi Sơn")],
            deals=[deal("investment", ["Tái chế Pin MQE Thanh Hóa"], 3900 * B, TH)],
            events=[
                ev(
                    "investment_licence",
                    [G("tỉnh Thanh Hóa"), F("Tái chế Pin MQE Thanh Hóa")],
                    3900 * B,
                    "VND",
                    TH,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Gần 2.310 tỷ đồng sẽ là vốn vay và huy động, hơn 1.540 tỷ đồng do doanh nghiệp tự bỏ ra; toàn dự án trên 3.850 tỷ đồng, chiếm hơn 12 ha.",
            "2024-03-11",
            "ministry",
            ["capital_split_no_event", "amount_first", "area", "approx", "nfd", "no_event"],
            areas=[ha(12, True)],
            money=[
                m(2310 * B, "VND", approx=True),
                m(1540 * B, "VND", approx=True),
                m(3850 * B, "VND", approx=True),
            ],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm nhà máy sẽ tiếp nhận khoảng 40.000 tấn pin lithium thải, thu hồi lithium, niken, coban để trả lại cho dây chuyền cell pin LFP của tập đoàn.",
            "2024-03-11",
            "ministry",
            ["capacity_no_count", "lowercase_group_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo kế hoạch, dự án khởi công trong quý III/2024 và vận hành từ năm 2026.",
            "2024-03-11",
            "ministry",
            ["schedule_without_firm", "quarter_no_date", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vật liệu thu hồi đạt chuẩn pin, dùng được cho cả pin ô tô điện lẫn hệ thống lưu trữ điện năng (ESS).Gần 3.900 tỷ đồng cho nhà máy tái chế pin thứ hai của Minh Quang",
            "2024-03-11",
            "ministry",
            ["glued_headline", "headline_repeat_no_event", "approx"],
            firms=[f("Minh Quang")],
            money=[m(3900 * B, "VND", approx=True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a recycling-market item under a Bloomberg credit, and a China headline (S1 r3 = S2 r3,
    # S1 r4 = S2 r1 = S9 r2) ---
    rows += [
        h(
            n(),
            "T.H (Theo Bloomberg)\n\nPin xe điện cũ: món hàng ai cũng muốn giành\n\nPin xe điện cũ: món hàng ai cũng muốn giành",
            "2021-11-23",
            "ministry",
            [
                "credit_initials_no_person",
                "outlet_nothing",
                "related_headline_twice",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Đến năm 2026, nhu cầu pin lithium-ion trên thế giới có thể đạt gần 97 tỷ USD, gấp hơn hai lần mức 43 tỷ USD của năm 2020, và xe điện sẽ chiếm phần lớn.",
            "2021-11-23",
            "ministry",
            ["market_forecast", "amount_first", "multiplier_nothing", "approx", "no_event"],
            money=[m(97 * B, "USD", approx=True), m(43 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc ngập trong pin xe điện hết hạn: hơn 780.000 tấn mỗi năm chờ tái chế\n\nXe điện bùng nổ quá nhanh khiến khâu tái chế ở Trung Quốc không theo kịp lượng pin hết đời đổ về mỗi năm.",
            "2023-02-14",
            "ministry",
            ["amp_page", "headline_lead", "tonnage_no_count", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a city daily's feature on steel projects, via an aggregator (S3 r3) ---
    rows += [
        h(
            n(),
            "Lò luyện cũ, phế liệu mới: ai gánh rủi ro?\n\n    Gốc\n\n    (HNM) - Hàng loạt dự án liên hợp luyện kim được công bố cùng lúc, trong khi công nghệ nhiều nơi đã lạc hậu cả chục năm: cơn sốt thép đang để lại những câu hỏi khó.",
            "2009-06-17",
            "ministry",
            [
                "aggregator_repost",
                "outlet_prefix_nothing",
                "source_label",
                "unnamed_projects_no_deal",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "    Nguồn Hà Nội Mới: http://www.hanoimoi.com.vn/vn/42/151203",
            "2009-06-17",
            "ministry",
            ["source_line", "outlet_name_nothing", "url_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a plastics trader's repost on recycled-pellet exports (S5 r3) ---
    rows += [
        h(
            n(),
            "Hạt nhựa tái chế Việt lên tàu sang châu Âu",
            "2019-12-03",
            "ministry",
            ["company_repost", "headline_only", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ông Lê Hữu Toàn, giám đốc Công ty TNHH Nhựa Xanh Phú Tân, cho biết mỗi tấn hạt xuất đi phải qua ba lần rửa ở xưởng Bình Dương và chỉ nhận chai đã được phân loại sẵn từ vựa.",
            "2019-12-03",
            "ministry",
            ["company_repost", "role_after_name", "lowercase_role", "firm_in_role", "nfd", "no_event"],
            firms=[f("Nhựa Xanh Phú Tân", "Công ty TNHH")],
            provinces=[pv("Bình Dương")],
            persons=[per("Lê Hữu Toàn", "giám đốc Công ty TNHH Nhựa Xanh Phú Tân")],
            events=[],
        ),
        h(
            n(),
            "Quy trinh hat nhua tai che duoc san xuat",
            "2019-12-03",
            "ministry",
            ["subheading", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Khách châu Âu trả giá cao hơn nếu hạt có chứng nhận an toàn thực phẩm, nên chúng tôi đầu tư thêm khâu rửa nóng”, ông Toàn nói.",
            "2019-12-03",
            "ministry",
            ["quote_first", "surname_alone_no_person", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a bottle-to-bottle plant opened in Long An, on the recycler's own site and in a national
    # daily (S6 r3, S6 r4) ---
    rows += [
        h(
            n(),
            "Công ty CP Nhựa Tái chế Phước An đã cắt băng khánh thành giai đoạn 1 nhà máy ở huyện Bến Lức, tỉnh Long An sáng 18/05/2024; dây chuyền “bottle to bottle” của nhà máy nhập từ Thụy Sĩ.",
            "2024-05-21",
            "provincial",
            ["company_site", "inauguration_no_capital", "event_only", "district", "country"],
            firms=[f("Nhựa Tái chế Phước An", "Công ty CP")],
            provinces=[pv("Long An")],
            locations=[district("Bến Lức"), country("Thụy Sĩ")],
            events=[ev("inauguration", [F("Nhựa Tái chế Phước An")], None, None, LA, "completed")],
        ),
        h(
            n(),
            "Công suất giai đoạn 1 là 25.000 tấn/năm, trên khu đất 5,8 ha ở Cụm công nghiệp Nhựa Lương Bình mà Nhựa Tái chế Phước An (PAR) đã động thổ từ tháng 8/2020.",
            "2024-05-21",
            "provincial",
            [
                "recalled_groundbreaking",
                "deal_no_event",
                "month_no_date",
                "capacity_first",
                "industrial_cluster_park",
                "park_without_province_no_site",
                "bracketed_acronym_one_entry",
                "area",
            ],
            firms=[f("Nhựa Tái chế Phước An")],
            areas=[ha(5.8)],
            locations=[park("Cụm công nghiệp Nhựa Lương Bình")],
            deals=[deal("groundbreaking", ["Nhựa Tái chế Phước An"])],
            events=[],
        ),
        h(
            n(),
            "Hơn 1,6 tỷ chai – chừng 12.000 tấn nhựa – đã qua dây chuyền tính tới cuối năm 2023; còn mục tiêu cuối cùng, theo Giám đốc điều hành PAR Trịnh Quốc Vĩnh, là 90.000 tấn mỗi năm.",
            "2024-05-21",
            "provincial",
            [
                "output_first",
                "role_before_name",
                "firm_in_role",
                "output_no_count",
                "tonnage_no_count",
                "no_event",
            ],
            firms=[f("PAR")],
            persons=[per("Trịnh Quốc Vĩnh", "Giám đốc điều hành PAR")],
            events=[],
        ),
        h(
            n(),
            "Phế liệu đầu vào không nhập khẩu: PAR mua qua gần 120 điểm thu gom ở miền Nam và các vựa ve chai liên kết.",
            "2024-05-21",
            "provincial",
            ["count", "approx", "region_nothing", "purchases_no_deal", "no_event"],
            firms=[f("PAR")],
            quantities=[c(120, "điểm", True)],
            events=[],
        ),
        h(
            n(),
            "Nhựa Tái chế Phước An khánh thành giai đoạn 1 nhà máy “chai ra chai” ở Long An",
            "2024-05-19",
            "ministry",
            ["headline_only", "inauguration_no_capital", "event_only", "province_site"],
            firms=[f("Nhựa Tái chế Phước An")],
            provinces=[pv("Long An")],
            events=[ev("inauguration", [F("Nhựa Tái chế Phước An")], None, None, LA, "completed")],
        ),
        h(
            n(),
            "Khi xong cả hai giai đoạn, nhà máy 58.000 m² tại Cụm công nghiệp Nhựa Lương Bình (Long An) sẽ xử lý 90.000 tấn/năm; công trình được Nhựa Tái chế Phước An khởi công từ tháng 8.2020.",
            "2024-05-19",
            "ministry",
            [
                "recalled_groundbreaking",
                "deal_no_event",
                "passive",
                "month_no_date",
                "industrial_cluster_park",
                "province_bracket_site",
                "area_m2",
                "capacity_no_count",
                "nfd",
            ],
            firms=[f("Nhựa Tái chế Phước An")],
            provinces=[pv("Long An")],
            areas=[ha(5.8)],
            locations=[park("Cụm công nghiệp Nhựa Lương Bình")],
            deals=[deal("groundbreaking", ["Nhựa Tái chế Phước An"], None, LA)],
            events=[],
        ),
        h(
            n(),
            "Chín quốc gia, trong đó có Hoa Kỳ và Nhật Bản, đã nhận 3.800 tấn hạt của công ty trong năm 2023, bên cạnh lượng hạt bán cho các nhãn hàng tiêu dùng trong nước.",
            "2024-05-19",
            "ministry",
            ["count_in_words_no_count", "tonnage_no_count", "country", "unnamed_buyers_no_deal", "no_event"],
            locations=[country("Hoa Kỳ"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Chai nước suối cũng có thể làm từ hạt của Phước An: lô hạt đầu tiên đã qua kiểm định theo chuẩn EFSA của châu Âu và chuẩn FDA của Hoa Kỳ.",
            "2024-05-19",
            "ministry",
            ["short_name", "acronym_alone_org", "region_nothing", "country", "no_event"],
            firms=[f("Phước An")],
            organizations=["EFSA", "FDA"],
            locations=[country("Hoa Kỳ")],
            events=[],
        ),
        h(
            n(),
            "Chừng 3,3 tỉ chai mỗi năm, tức 50.000 tấn, là mức nhà máy nhắm tới ở giai đoạn 2, gấp đôi hiện nay.\n\n“3 KHÔNG” – KHÔNG RÁC THẢI, KHÔNG NƯỚC THẢI, KHÔNG KHÍ THẢI – là khẩu hiệu treo ở cổng xưởng.",
            "2024-05-19",
            "ministry",
            [
                "phase_plan_without_firm",
                "capacity_no_count",
                "multiplier_nothing",
                "caps_slogan",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial park authority's page on construction control (S8 r4) ---
    rows += [
        h(
            n(),
            "Quản lý xây dựng trong các KCN: vẫn còn vi phạm\n\nXây khi chưa có giấy phép: 8 công trình; làm khác nội dung giấy phép: 9 công trình. Đó là 17 trường hợp sai phạm Ban Quản lý các KCN tỉnh Thái Bình phát hiện qua các đợt giám sát từ năm 2012 tới nay.",
            "2021-06-10",
            "provincial",
            [
                "authority_portal",
                "headline_lead",
                "figures_first",
                "province_in_org_name",
                "count",
                "multiline",
                "no_event",
            ],
            organizations=["Ban Quản lý các KCN tỉnh Thái Bình"],
            provinces=[pv("Thái Bình")],
            quantities=[c(8, "công trình"), c(9, "công trình"), c(17, "trường hợp")],
            events=[],
        ),
        h(
            n(),
            "Bốn trong số 9 KCN của tỉnh (2.960,5 ha, đã có trong quy hoạch được Thủ tướng Chính phủ chấp thuận) đang hoạt động, gồm:",
            "2021-06-10",
            "provincial",
            [
                "authority_portal",
                "count",
                "count_in_words_no_count",
                "area",
                "bare_province_word",
                "nfd",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            quantities=[c(9, "KCN")],
            areas=[ha(2960.5)],
            events=[],
        ),
        h(
            n(),
            "- KCN Đông Quan Xanh (310 ha giai đoạn I, 76 dự án, lấp đầy 84,2%): chủ đầu tư là Công ty CP Hạ tầng Kim Thành; với 152,6 ha mở rộng, mới giải phóng được chừng 45 ha.",
            "2021-06-10",
            "provincial",
            [
                "authority_portal",
                "bullet",
                "investor_line",
                "deal_no_event",
                "park",
                "area",
                "count",
                "percentage",
                "approx",
            ],
            firms=[f("Hạ tầng Kim Thành", "Công ty CP")],
            areas=[ha(310), ha(152.6), ha(45, True)],
            quantities=[c(76, "dự án")],
            percentages=[84.2],
            locations=[park("KCN Đông Quan Xanh")],
            deals=[deal("investment", ["Hạ tầng Kim Thành"])],
            events=[],
        ),
    ]
    # --- Vietnamese news: a battery maker and a North American recycler announce a global partnership (S9 r3) ---
    rows += [
        h(
            n(),
            "MQE và Northloop công bố hợp tác tái chế pin toàn cầu\n\n07/11/2022 09:12 GMT+7\n\nMột quan hệ hợp tác toàn cầu về tái chế pin lithium đã được Công ty CP Giải pháp Năng lượng MQE và Northloop Holdings Corp. (Bắc Mỹ) công bố hôm 6/11.",
            "2022-11-07",
            "ministry",
            [
                "headline_lead",
                "timestamp",
                "object_first_passive",
                "strategic_cooperation",
                "deal_date",
                "foreign_legal_form",
                "bare_headline_names_second_entries",
                "region_nothing",
                "multiline",
            ],
            firms=[
                f("MQE"),
                f("Northloop"),
                f("Giải pháp Năng lượng MQE", "Công ty CP"),
                f("Northloop Holdings", "Corp."),
            ],
            deals=[
                deal(
                    "cooperation",
                    ["Giải pháp Năng lượng MQE", "Northloop Holdings"],
                    None,
                    None,
                    "2022-11-06",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Giải pháp Năng lượng MQE"), F("Northloop Holdings")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "MQE là công ty pin của Tập đoàn Minh Quang, làm cell và pack cho ô tô điện lẫn tủ lưu trữ điện.",
            "2022-11-07",
            "ministry",
            ["profile_no_deal", "no_event"],
            firms=[f("MQE"), f("Minh Quang", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Cả MQE lẫn hãng xe Minh Quang EV sẽ được Northloop xử lý pin hết đời ở bất cứ thị trường nào họ bán hàng, theo thoả thuận.",
            "2022-11-07",
            "ministry",
            ["agreement_content_no_event", "passive", "old_tone", "no_event"],
            firms=[f("MQE"), f("Minh Quang EV"), f("Northloop")],
            events=[],
        ),
        h(
            n(),
            "MQE và Northloop ký kết hợp tác\n\nT.L",
            "2022-11-07",
            "ministry",
            ["caption", "credit_initials_no_person", "cooperation_signed", "undated", "multiline"],
            firms=[f("MQE"), f("Northloop")],
            deals=[deal("cooperation", ["MQE", "Northloop"])],
            events=[ev("cooperation", [F("MQE"), F("Northloop")], None, None, None, "signed")],
        ),
        h(
            n(),
            "“Pin chúng tôi bán ra hôm nay sẽ quay về nhà máy sau mười năm, và chúng tôi cần sẵn chỗ cho nó”, bà Lê Thị Thu Hằng, Tổng giám đốc MQE, nói.",
            "2022-11-07",
            "ministry",
            ["quote_first", "speaker_last", "role_after_name", "duration_no_count", "no_event"],
            firms=[f("MQE")],
            persons=[per("Lê Thị Thu Hằng", "Tổng giám đốc MQE")],
            events=[],
        ),
        h(
            n(),
            "Northloop hiện có bốn nhà máy ở Canada và Mỹ, ông Rohan Mehta, đồng sáng lập kiêm Tổng giám đốc, cho biết.",
            "2022-11-07",
            "ministry",
            ["role_after_name", "count_in_words_no_count", "existing_plants_no_deal", "country", "no_event"],
            firms=[f("Northloop")],
            persons=[per("Rohan Mehta", "đồng sáng lập kiêm Tổng giám đốc")],
            locations=[country("Canada"), country("Mỹ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a science paper's quote and a report on e-waste recycling techniques (S11 r2, S11 r3) ---
    rows += [
        h(
            n(),
            '"Bo mạch gom được trong nước phần lớn vẫn bị đốt lấy đồng ngoài làng nghề, còn vàng, bạc, paladi thì gần như bỏ phí" - TS Phạm Văn Hiển, Viện Khoa học và Công nghệ Môi trường, Đại học Bách khoa Hà Nội, nhận định.',
            "2017-11-01",
            "ministry",
            [
                "quote_first",
                "speaker_last",
                "affiliation_not_role",
                "academic_title_no_role",
                "province_in_org_name",
            ],
            persons=[per("Phạm Văn Hiển", None)],
            organizations=["Viện Khoa học và Công nghệ Môi trường", "Đại học Bách khoa Hà Nội"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Điện phân mới cho ra chì đủ sạch để dùng trong công nghiệp; lò nung ở làng nghề, chỉ cần chừng 450 độ C, thì chỉ lấy được chì thô.",
            "2017-11-01",
            "ministry",
            ["temperature_nothing", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ba nhà khoa học của Viện Khoa học và Công nghệ Môi trường (INEST) đã tổng quan ngành tái chế rác điện tử trong một bài báo quốc tế: các cơ sở chính thức chỉ có từ năm 2011 và đều ở quy mô vừa, nhỏ.",
            "2017-11-01",
            "ministry",
            ["report_summary", "bracketed_acronym_one_entry", "count_in_words_no_count", "no_event"],
            organizations=["Viện Khoa học và Công nghệ Môi trường"],
            events=[],
        ),
        h(
            n(),
            "Gas lạnh trong tủ lạnh và dầu trong máy giặt thường bị xả thẳng ra ngoài ngay ở bước tháo dỡ thủ công, trước khi phần vỏ bị nghiền và tách bằng trọng lực.",
            "2017-11-01",
            "ministry",
            ["process_description", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Dịch vụ Môi trường Sông Cầu (SCE, tỉnh Bắc Giang) là một trong số ít nơi đã làm thủy luyện: hòa tan kim loại trong axit rồi thu lại bằng điện phân.",
            "2017-11-01",
            "ministry",
            ["example_firm_no_deal", "bracket_acronym_and_province", "province_mention", "no_event"],
            firms=[f("Dịch vụ Môi trường Sông Cầu", "Công ty TNHH")],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a scrap buyer's repost of a scrap-import decision, with its comment form (S13 r3) ---
    rows += [
        h(
            n(),
            "Phế liệu nào được nhập về làm nguyên liệu sản xuất?\n\nSắt thép vụn, kim loại màu, nhựa, giấy và thủy tinh phế liệu nằm trong danh mục được nhập về làm nguyên liệu theo quyết định Phó Thủ tướng Lê Quang Vinh vừa ký.",
            "2020-09-18",
            "ministry",
            [
                "scrap_buyer_repost",
                "headline_lead",
                "role_before_name",
                "decision_without_number",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Quang Vinh", "Phó Thủ tướng")],
            events=[],
        ),
        h(
            n(),
            "Giấy xác nhận đủ điều kiện bảo vệ môi trường cấp trước đó vẫn dùng được đến hết hạn; xỉ hạt lò cao thì bị gạch khỏi danh mục sau năm 2022.\n\nĐể lại một bình luận\n\nEmail của bạn sẽ không được hiển thị công khai.\n\nfourteen − nine =",
            "2020-09-18",
            "ministry",
            [
                "scrap_buyer_repost",
                "comment_form",
                "captcha_words_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: a ministry's inspection conclusion on park planning, on a business portal (S14 r2) ---
    rows += [
        h(
            n(),
            "Kết luận kiểm tra việc thực hiện quy hoạch KCN vùng Đồng bằng sông Hồng\nGiá vàng trong nước lại lập đỉnh khi đồng USD suy yếu trên thị trường thế giới.\n\nBộ trưởng Bộ Kế hoạch và Đầu tư có ý kiến kết luận dưới đây, trên cơ sở báo cáo của Đoàn kiểm tra:",
            "2010-03-29",
            "legal",
            [
                "business_portal",
                "stray_lead_sentence",
                "currency_word_no_amount",
                "bare_role_no_person",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            events=[],
        ),
        h(
            n(),
            "Cả 58 KCN đã thành lập ở Đồng bằng sông Hồng, rộng tổng cộng 15.320 ha theo quy hoạch, đều có tên trong quy hoạch Thủ tướng Chính phủ phê duyệt tại Quyết định số 1107/2006/QĐ-TTg ngày 21/8/2006.",
            "2010-03-29",
            "legal",
            ["count", "area", "decision_with_date", "region_nothing", "nfd", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            quantities=[c(58, "KCN")],
            areas=[ha(15320)],
            decisions=[d("1107/2006/QĐ-TTg", "2006-08-21")],
            events=[],
        ),
        h(
            n(),
            "Một số KCN khác được lập từ trước, theo Quyết định số 519/TTg ngày 6/8/1996 về quy hoạch phát triển KCN đến năm 2000.",
            "2010-03-29",
            "legal",
            ["decision_with_date", "old_code_form", "no_event"],
            decisions=[d("519/TTg", "1996-08-06")],
            events=[],
        ),
        h(
            n(),
            "– Ở một số KCN, cơ sở tái chế phế liệu vẫn được bố trí sát khu dân cư, chưa tách riêng khu xử lý chất thải.",
            "2010-03-29",
            "legal",
            ["dash_item", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: an economics journal's series on eco-industrial parks (S14 r4) ---
    rows += [
        h(
            n(),
            'Dây chuyền tái chế màng nhựa của Tập đoàn Nhựa An Khánh ở Cụm công nghiệp Lai Khê Bắc (Hải Dương) |\nBÀI 3: BƯỚC CHUYỂN TỪ "ỐNG KHÓI" SANG "VÒNG TUẦN HOÀN" |',
            "2024-09-06",
            "ministry",
            [
                "caption",
                "pipe_separators",
                "industrial_cluster_park",
                "province_bracket",
                "existing_plant_no_deal",
                "series_label",
                "multiline",
                "no_event",
            ],
            firms=[f("Nhựa An Khánh", "Tập đoàn")],
            provinces=[pv("Hải Dương")],
            locations=[park("Cụm công nghiệp Lai Khê Bắc")],
            events=[],
        ),
        h(
            n(),
            "Hải Phòng, Hưng Yên và Bắc Ninh là ba điểm dừng của chuyến khảo sát KCN sinh thái dành cho báo chí mà Bộ Kế hoạch và Đầu tư tổ chức hôm 14/9.",
            "2024-09-20",
            "ministry",
            ["press_trip_no_deal", "place_first", "count_in_words_no_count", "no_event"],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            provinces=[pv("Hải Phòng"), pv("Hưng Yên"), pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Mô hình KCN sinh thái nay đã có mặt ở nhiều tỉnh, dù mới được thử từ năm 2015, theo Phó Vụ trưởng Vụ Quản lý các khu kinh tế Lương Thị Ngọc Hà.",
            "2024-09-20",
            "ministry",
            ["speaker_last", "role_before_name", "org_in_role", "no_event"],
            persons=[per("Lương Thị Ngọc Hà", "Phó Vụ trưởng Vụ Quản lý các khu kinh tế")],
            organizations=["Vụ Quản lý các khu kinh tế"],
            events=[],
        ),
        h(
            n(),
            "tĂNG LỰC CHO DOANH NGHIỆP tái chế và dùng chung tài nguyên |\nDự án thí điểm đầu tiên, ở ba địa phương, do Tổ chức Phát triển Công nghiệp Liên hợp quốc (UNIDO) tài trợ và Bộ Kế hoạch và Đầu tư chủ trì từ năm 2015, nhằm tối ưu hoá việc dùng tài nguyên trong KCN.",
            "2024-09-20",
            "ministry",
            [
                "random_case_heading",
                "agency_programme_no_deal",
                "bracketed_acronym_one_entry",
                "count_in_words_no_count",
                "old_tone",
                "multiline",
                "no_event",
            ],
            organizations=["Tổ chức Phát triển Công nghiệp Liên hợp quốc", "Bộ Kế hoạch và Đầu tư"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a finance site's interview on origin labels (S16 r1) ---
    rows += [
        h(
            n(),
            "“Made in Vietnam” hay “Made by Vietnam”: chuyện không chỉ ở cái nhãn\nHàng “Made in Vietnam” nhưng lõi linh kiện nhập khẩu thì lợi ích ở lại bao nhiêu? Đất Việt trao đổi với PGS.TS Lâm Văn Hòa, chuyên gia kinh tế.",
            "2017-08-07",
            "ministry",
            [
                "interview",
                "headline_lead",
                "academic_title_no_role",
                "role_after_name",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Lâm Văn Hòa", "chuyên gia kinh tế")],
            events=[],
        ),
        h(
            n(),
            "PV: - Linh kiện nhập về rồi lắp ráp thì có được ghi “Made in Vietnam” không, thưa ông?\nPGS.TS Lâm Văn Hòa: - Chỉ khi đủ tỷ lệ giá trị gia tăng trong nước, thường là 30%, hàng hoá mới được cấp C/O Việt Nam.",
            "2017-08-07",
            "ministry",
            [
                "interview",
                "qa_labels",
                "qa_label_person_no_role",
                "percentage",
                "old_tone",
                "multiline",
                "no_event",
            ],
            persons=[per("Lâm Văn Hòa", None)],
            percentages=[30],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI feature with related links (S16 r4) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Điện tử, bán dẫn và xử lý chất thải công nghệ cao sẽ là ba hướng hút vốn FDI mạnh nhất năm 2024, giới phân tích dự báo.\n- Đồng bằng sông Hồng hút 38 đô la trong mỗi 100 đô la FDI\n- Hàn Quốc dẫn đầu vốn đăng ký mới quý I",
            "2024-01-04",
            "ministry",
            [
                "business_weekly",
                "outlet_prefix_nothing",
                "related_links",
                "dollar_word",
                "region_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            money=[m(38, "USD"), m(100, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bứt tốc cuối năm\nChừng 12,9 tỉ đô la Mỹ vốn đăng ký trong sáu tháng đầu năm 2023, ít hơn 3,8% so với cùng kỳ, là con số Tổng cục Thống kê đưa ra, sau cú giảm gần 9% của năm 2022.",
            "2024-01-04",
            "ministry",
            [
                "business_weekly",
                "subheading",
                "amount_first",
                "statistics_no_deal",
                "approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            money=[m(12.9 * B, "USD", approx=True)],
            percentages=[3.8, 9],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
    ]
    # --- English: a business daily's tag page on a carmaker's MoU with a Japanese trading house (S9 r4 = S17 r1) ---
    rows += [
        h(
            n(),
            "Minh Quang EV & Kanazawa Bussan to give used EV batteries a second life Storage systems built from retired packs are the first goal of the memorandum the two companies have signed. 10:30 21/11/2023",
            "2023-11-21",
            "ministry",
            [E, "tag_page", "glued_headline_lead", "mou_signed", "timestamp_not_deal_date", "ampersand_pair"],
            firms=[f("Minh Quang EV"), f("Kanazawa Bussan")],
            deals=[deal("mou", ["Minh Quang EV", "Kanazawa Bussan"])],
            events=[ev("mou", [F("Minh Quang EV"), F("Kanazawa Bussan")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Kanazawa Bussan, Minh Quang EV sign MoU on second life for EV batteries 16:05 20/11/2023",
            "2023-11-21",
            "ministry",
            [E, "tag_page", "related_headline", "mou_signed", "timestamp_not_deal_date"],
            firms=[f("Kanazawa Bussan"), f("Minh Quang EV")],
            deals=[deal("mou", ["Kanazawa Bussan", "Minh Quang EV"])],
            events=[ev("mou", [F("Kanazawa Bussan"), F("Minh Quang EV")], None, None, None, "signed")],
        ),
    ]
    # --- English: a news aggregator and an Indian business daily on the carmaker's recycling pact in India (S17 r2,
    # S17 r4) ---
    rows += [
        h(
            n(),
            "High-voltage batteries from Minh Quang EV's cars in India will be recycled and repurposed by Ecovolt Energies, a local clean-tech firm, under a strategic partnership the Vietnamese carmaker announced this week.",
            "2025-07-11",
            "ministry",
            [
                E,
                "object_first",
                "strategic_partnership_cooperation",
                "adjective_no_country",
                "country_noun",
                "no_site",
            ],
            firms=[f("Minh Quang EV"), f("Ecovolt Energies")],
            locations=[country("India")],
            deals=[deal("cooperation", ["Minh Quang EV", "Ecovolt Energies"])],
            events=[
                ev("cooperation", [F("Minh Quang EV"), F("Ecovolt Energies")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Lithium, cobalt and nickel recovered by Ecovolt are meant to flow back to Minh Quang EV's own pack line.",
            "2025-07-11",
            "ministry",
            [E, "agreement_content_no_event", "possessive_firm", "no_event"],
            firms=[f("Ecovolt"), f("Minh Quang EV")],
            events=[],
        ),
        h(
            n(),
            "Its Indian assembly plant, in Andhra Pradesh, is meant to supply the Gulf and Africa as well as the home market.",
            "2025-07-11",
            "ministry",
            [
                E,
                "plant_abroad_no_deal",
                "foreign_state_nothing",
                "region_nothing",
                "adjective_no_country",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "India's Ecovolt Energies and Minh Quang EV have signed a strategic agreement covering the recovery, recycling and second use of the carmaker's high-voltage packs, the Vietnamese company said on Friday.",
            "2025-07-11",
            "ministry",
            [E, "strategic_agreement_mou", "weekday_no_date", "country_possessive"],
            firms=[f("Ecovolt Energies"), f("Minh Quang EV")],
            locations=[country("India")],
            deals=[deal("mou", ["Ecovolt Energies", "Minh Quang EV"])],
            events=[ev("mou", [F("Ecovolt Energies"), F("Minh Quang EV")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Analysts see the pact as a cost move: shipping spent packs back to Asia for treatment would cost far more.",
            "2025-07-11",
            "ministry",
            [E, "same_deal_no_event", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ecovolt, founded in 2020, runs two hydrometallurgy plants near Pune, its chief executive Anand Rao said.",
            "2025-07-11",
            "ministry",
            [
                E,
                "profile_no_deal",
                "count_in_words_no_count",
                "foreign_city_nothing",
                "role_before_name",
                "no_event",
            ],
            firms=[f("Ecovolt")],
            persons=[per("Anand Rao", "chief executive")],
            events=[],
        ),
    ]
    # --- English: a business daily's English site on HCM City's proposed battery-recycling centre (S17 r3) ---
    rows += [
        h(
            n(),
            "Battery recycling centre floated for HCM City's e-motorbike switch",
            "2025-07-24",
            "ministry",
            [E, "headline_only", "proposal_no_deal", "possessive_city"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Some 450,000 petrol motorbikes are to be replaced by electric ones in HCM City, and their batteries will need somewhere to go: hence a proposed recycling centre sized at 3,500 tons a year.",
            "2025-07-24",
            "ministry",
            [E, "proposal_no_deal", "count", "approx", "capacity_no_count"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(450000, "petrol motorbikes", True)],
            events=[],
        ),
        h(
            n(),
            "Recovery rates of 90-95 per cent for lithium, cobalt and manganese are within reach of today's plants, according to Vo Thanh Hiep, head of the Centre for Economic Consulting at the HCM City Institute for Development Studies.",
            "2025-07-24",
            "ministry",
            [
                E,
                "figures_first",
                "role_after_name",
                "org_in_role",
                "province_in_org_name",
                "percentage_range",
                "no_event",
            ],
            persons=[
                per(
                    "Vo Thanh Hiep",
                    "head of the Centre for Economic Consulting at the HCM City Institute for Development Studies",
                )
            ],
            organizations=["Centre for Economic Consulting", "HCM City Institute for Development Studies"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[90, 95],
            events=[],
        ),
        h(
            n(),
            "Cheap credit and the Environmental Protection Fund are the two levers the city could use to draw an investor, Hiep said.",
            "2025-07-24",
            "ministry",
            [E, "incentive_no_deal", "surname_alone_no_person", "count_in_words_no_count", "no_event"],
            organizations=["Environmental Protection Fund"],
            events=[],
        ),
        h(
            n(),
            "Battery makers already owe the state either recycling or a fee for every pack they sell; the rule took effect at the start of 2024.",
            "2025-07-24",
            "ministry",
            [E, "rule_no_deal", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a journal article on e-waste in Vietnam, on the publisher's pages and a library mirror (S18 r1-r3),
    # and a blog tag on used phones (S18 r4) ---
    rows += [
        h(
            n(),
            "Skip to main content\nPublished in: Journal of Material Cycles and Waste Management 2/2019\n\nOpen Access 11-07-2017 | ORIGINAL ARTICLE\n\nTracing e-waste flows from craft villages to formal recyclers in Vietnam\n\nAuthors: Pham Minh Duc, Katrin Hofbauer",
            "2017-07-11",
            "ministry",
            [
                E,
                "publisher_page",
                "page_chrome",
                "author_line",
                "journal_name_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Pham Minh Duc", None), per("Katrin Hofbauer", None)],
            events=[],
        ),
        h(
            n(),
            "Abstract\nCraft villages still handle most of Vietnam's discarded electronics, so official figures say little about where metals and residues end up; this study follows them from collector to smelter.",
            "2017-07-11",
            "ministry",
            [E, "abstract", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Twenty-two interviews, mostly with dismantlers in two northern villages, were combined with customs records and company reports.",
            "2017-07-11",
            "ministry",
            [E, "abstract", "count_in_words_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Two texts set the rules the traders now work under: Decision No. 16/2015/QD-TTg on taking back discarded products, and Decree No. 187/2013/ND-CP, which bars imports of used electrical goods.",
            "2017-07-11",
            "ministry",
            [E, "library_mirror", "decree_number", "decision_number", "unaccented_codes", "no_event"],
            decisions=[d("16/2015/QD-TTg"), d("187/2013/ND-CP")],
            events=[],
        ),
        h(
            n(),
            "Used equipment also crosses the Chinese and Cambodian borders in both directions [1], and repair shops keep many devices in use for years.",
            "2017-07-11",
            "ministry",
            [E, "library_mirror", "footnote_marker", "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Where do old phones and laptops end up?\n\nAbout 130,000 tons of e-waste a year, or 1.4 kg for each person, is a widely quoted estimate for Vietnam – most of it kept in drawers before it is sold to a scrap buyer. […]",
            "2022-10-26",
            "ministry",
            [E, "blog_tag", "weight_no_count", "tonnage_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a scrap-industry magazine's 2009 feature, reposted with its CMS chrome (S19 r1) ---
    rows += [
        h(
            n(),
            "Content author:\nExternal link:\nGrouping:\nImage Url:\nArticleNumber:\n0\n\nMARCH/APRIL 2009\n\nVietnam's mini-mills melt more scrap every year, yet almost none of it arrives by sea. Why?",
            "2014-06-09",
            "ministry",
            [E, "cms_chrome", "issue_label", "standfirst", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BY ROSS KELLER\n\nThe scrap yards of Haiphong are busy, but the piles are local: cut-up ships, old rebar, bicycle frames.",
            "2014-06-09",
            "ministry",
            [E, "caps_byline_title_case", "first_person_feature", "multiline", "no_event"],
            persons=[per("Ross Keller", None)],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "In Hanoi, Nguyen Huu Tam, secretary general of the Vietnam Steel Association, answers my question with a list of mills, their tonnage and the furnaces they plan.",
            "2014-06-09",
            "ministry",
            [E, "role_after_name", "org_in_role", "country_in_org_name_nothing", "no_event"],
            organizations=["Vietnam Steel Association"],
            provinces=[pv("Hà Nội")],
            persons=[per("Nguyen Huu Tam", "secretary general of the Vietnam Steel Association")],
            events=[],
        ),
        h(
            n(),
            "“Cai Mep Steel – six hundred thousand tons of billet. Thep Nam Viet – four hundred thousand of wire rod.” Most are units of the state steel corporation or private groups.",
            "2014-06-09",
            "ministry",
            [E, "list_quote", "count_in_words_no_count", "lowercase_corporation_no_firm", "no_event"],
            firms=[f("Cai Mep Steel"), f("Thep Nam Viet")],
            events=[],
        ),
        h(
            n(),
            "Add the induction furnaces of the small private mills, he says, and the country can melt far more scrap than it can find.",
            "2014-06-09",
            "ministry",
            [E, "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a mining-news site on ferrous-scrap imports, and two title-only pages (S19 r2, S19 r3, S19 r4) ---
    rows += [
        h(
            n(),
            "Ferrous scrap shipments into Vietnam reached 3.1 million tonnes over the first seven months of 2019, 18% more than a year before.",
            "2019-08-13",
            "ministry",
            [E, "statistics_no_deal", "percentage", "tonnage_no_count", "no_event"],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Japan supplied the largest share, customs data released on Monday, August 12 showed; the General Department of Vietnam Customs put July arrivals at 452,310 tonnes...",
            "2019-08-13",
            "ministry",
            [E, "country_in_org_name_nothing", "tonnage_no_count", "country_noun", "no_event"],
            locations=[country("Japan")],
            organizations=["General Department of Vietnam Customs"],
            events=[],
        ),
        h(
            n(),
            "Steel Scrap Recovery in Electric Arc Furnaces",
            "2024-03-02",
            "ministry",
            [E, "directory_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ferrous Scrap Market Facts",
            "2023-10-19",
            "ministry",
            [E, "dataset_mirror_title", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a planned food-grade PET and HDPE plant of a Vietnamese recycler and a German group's Asian arm,
    # on a business site and two blogs (S20 r1, S20 r2, S20 r3) ---
    rows += [
        h(
            n(),
            "GreenLoop and Stahlmann plan Vietnam plastic recycling plant\n\nMarch 2023\n\nFood-grade PET and HDPE flakes are what GreenLoop JSC and Stahlmann Recycling Asia want to make together at a new plant in northern Vietnam.",
            "2023-03-20",
            "ministry",
            [
                E,
                "headline_lead",
                "planned_joint_plant",
                "one_deal_both_firms",
                "joint_venture_announced",
                "bare_and_full_one_entry",
                "object_first",
                "month_no_date",
                "multiline",
            ],
            firms=[f("GreenLoop", "JSC"), f("Stahlmann"), f("Stahlmann Recycling Asia")],
            deals=[deal("investment", ["GreenLoop", "Stahlmann Recycling Asia"])],
            events=[
                ev(
                    "joint_venture",
                    [F("GreenLoop"), F("Stahlmann Recycling Asia")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Up to USD 45 million goes into phase one, due in 2025; at full size the site makes 42,000 tons of resin a year.",
            "2023-03-20",
            "ministry",
            [E, "amount_first", "plant_without_firm", "capacity_no_count", "approx", "no_event"],
            money=[m(45 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Plastic leaking into the sea from Vietnam is measured in hundreds of thousands of tons a year.",
            "2023-03-20",
            "ministry",
            [E, "vague_quantity_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "GreenLoop's own collectors, mostly informal, will feed the line.",
            "2023-03-20",
            "ministry",
            [E, "possessive_firm", "no_event"],
            firms=[f("GreenLoop")],
            events=[],
        ),
        h(
            n(),
            "top of page\n\nUSD 45 million food-grade recycling plant planned for northern Vietnam\n\nMore than USD 45 million will be spent by GreenLoop and Stahlmann Recycling Asia on a 42,000-ton-a-year PET and HDPE line, the biggest of its kind in the North.",
            "2023-03-14",
            "ministry",
            [
                E,
                "blog_page_chrome",
                "headline_lead",
                "amount_first",
                "passive",
                "planned_joint_plant",
                "one_deal_both_firms",
                "joint_venture_announced",
                "approx",
                "region_nothing",
                "multiline",
            ],
            firms=[f("GreenLoop"), f("Stahlmann Recycling Asia")],
            money=[m(45 * M, "USD"), m(45 * M, "USD", approx=True)],
            deals=[deal("investment", ["GreenLoop", "Stahlmann Recycling Asia"], 45 * M)],
            events=[
                ev(
                    "joint_venture",
                    [F("GreenLoop"), F("Stahlmann Recycling Asia")],
                    45 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "German lines will make rPET to EU standards, the partners told a press event in Hanoi.",
            "2023-03-14",
            "ministry",
            [E, "parties_not_named_no_deal", "adjective_no_country", "region_nothing", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "source: the Internet\n\nAt least 600 collection points and more than 20,000 collectors, against about 2,800 today, are in GreenLoop's plan for its network.",
            "2023-03-14",
            "ministry",
            [
                E,
                "image_credit_nothing",
                "possessive_firm",
                "count",
                "count_without_noun_no_count",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("GreenLoop")],
            quantities=[c(600, "collection points", True), c(20000, "collectors", True)],
            events=[],
        ),
        h(
            n(),
            "Writer's picture\n\nStahlmann and GreenLoop to build US$45 million PET plant in Việt Nam\n\nOpening is pencilled in for 2025; the plan was first revealed on Wednesday.",
            "2023-03-10",
            "ministry",
            [
                E,
                "blog_page_chrome",
                "headline_lead",
                "planned_joint_plant",
                "one_deal_both_firms",
                "joint_venture_announced",
                "weekday_no_date",
                "multiline",
            ],
            firms=[f("Stahlmann"), f("GreenLoop")],
            money=[m(45 * M, "USD")],
            deals=[deal("investment", ["Stahlmann", "GreenLoop"], 45 * M)],
            events=[ev("joint_venture", [F("Stahlmann"), F("GreenLoop")], 45 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "“Brands here pay a premium for food-grade flakes, and until now they have had to import them,” said Ngo Duc Hanh, chairman of GreenLoop.\n\n18 views0 comments",
            "2023-03-10",
            "ministry",
            [
                E,
                "quote_first",
                "speaker_last",
                "role_after_name",
                "view_counter_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Ngo Duc Hanh", "chairman of GreenLoop")],
            firms=[f("GreenLoop")],
            events=[],
        ),
    ]
    # --- English: a plastics trade magazine's 2011 item on a gas distributor's PET plant (S20 r4) ---
    rows += [
        h(
            n(),
            "Comments Email Print Reprints\n\nHO CHI MINH CITY, VIETNAM (Updated July 19, 2:40 p.m. ET) — A US$12 million bottle-to-bottle PET plant, billed as Vietnam's first complete one, is being set up by Tan Phat Gas Co. with recycling lines bought from Bexley Process Systems LLC of the U.S.",
            "2011-07-19",
            "ministry",
            [
                E,
                "page_chrome",
                "caps_dateline_mention",
                "object_first_passive",
                "announced_investment",
                "equipment_supplier_no_deal",
                "foreign_legal_form",
                "country_noun",
                "multiline",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Tan Phat Gas", "Co."), f("Bexley Process Systems", "LLC")],
            money=[m(12 * M, "USD")],
            locations=[country("U.S.")],
            deals=[deal("investment", ["Tan Phat Gas"], 12 * M)],
            events=[ev("investment_announcement", [F("Tan Phat Gas")], 12 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Bexley, which announced the sale on July 8, said 1.3 billion bottles a year could pass through the two lines once both run.",
            "2011-07-19",
            "ministry",
            [E, "sale_without_buyer_no_deal", "capacity_no_count", "short_name", "no_event"],
            firms=[f("Bexley")],
            events=[],
        ),
        h(
            n(),
            "About 80 people will work at the site in Long An province, a 35-kilometre drive from Ho Chi Minh City, Tan Phat said.",
            "2011-07-19",
            "ministry",
            [
                E,
                "plant_described_no_new_deal",
                "distance_no_count",
                "count",
                "approx",
                "short_name",
                "no_event",
            ],
            provinces=[pv("Long An"), pv("Hồ Chí Minh")],
            firms=[f("Tan Phat")],
            quantities=[c(80, "people", True)],
            events=[],
        ),
        h(
            n(),
            "“Glass is losing out to PET in every drinks aisle, so bottles will not be scarce,” the company said in an email.",
            "2011-07-19",
            "ministry",
            [E, "quote_first", "no_fields", "no_event"],
            events=[],
        ),
    ]
    return rows
