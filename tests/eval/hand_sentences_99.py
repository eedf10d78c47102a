# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 99 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: agricultural machinery, food-processing equipment, cold storage and
packaging lines in the Mekong Delta and the Central Highlands (Cần Thơ, An Giang, Đồng Tháp, Đắk Lắk, Lâm Đồng and their
former neighbours): machine makers and their buyers, equipment supply contracts, processing plants licensed or opened,
cooperation agreements with foreign partners, provincial (khuyến công) support for local mechanical workshops. Written
and annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes.
Searches, numbered S1-S20 in the section comments: S1 "máy nông nghiệp cơ khí Cần Thơ doanh nghiệp chế tạo máy sấy
lúa", S2 "An Giang doanh nghiệp cơ khí chế tạo máy nông nghiệp hỗ trợ khuyến công", S3 "Đồng Tháp nhà máy chế biến trái
cây khánh thành dây chuyền thiết bị", S4 "Đắk Lắk nhà máy chế biến cà phê dây chuyền thiết bị đầu tư khởi công", S5
"Lâm Đồng kho lạnh bảo quản nông sản đầu tư dự án", S6 "hợp đồng cung cấp dây chuyền chế biến thủy sản Cần Thơ ký
kết", S7 "kho lạnh đồng bằng sông Cửu Long khánh thành trung tâm logistics lạnh", S8 "dây chuyền đóng gói bao bì thực
phẩm nhà máy Long An Tiền Giang đầu tư", S9 "máy gặt đập liên hợp doanh nghiệp Việt sản xuất thị trường đồng bằng",
S10 "hợp tác Nhật Bản Hàn Quốc cơ giới hóa nông nghiệp Đồng bằng sông Cửu Long ký kết", S11 "Đắk Lắk cấp giấy chứng
nhận đầu tư nhà máy chế biến nông sản sầu riêng", S12 "Lâm Đồng nhà máy chế biến rau quả sấy lạnh chấp thuận chủ
trương đầu tư", S13 "máy sấy nông sản doanh nghiệp Tây Nguyên chế tạo cung cấp", S14 "UBND tỉnh hỗ trợ doanh nghiệp cơ
khí địa phương chương trình khuyến công máy móc thiết bị Đồng Tháp", S15 "nhà máy xay xát lúa gạo thiết bị hiện đại An
Giang Kiên Giang đi vào hoạt động", S16 "trao đổi biên bản ghi nhớ hợp tác doanh nghiệp nước ngoài chế biến nông sản
Cần Thơ", and in English S17 "Mekong Delta agricultural machinery manufacturer farmers mechanisation", S18 "Vietnam cold
storage facility Mekong Delta opened investment", S19 "Central Highlands coffee processing plant investment Dak Lak",
S20 "Vietnam food processing equipment supply agreement Can Tho company". No sentence is taken or paraphrased from a
page; the shapes are. Firm, plant, park-cluster and person names are invented (Nông sản Krông Ana, Chè Cầu Đất Xanh,
Agri Bridge Japan, Tư vấn Dự án Phương Nam, Cơ khí Nông nghiệp Tám Hiền, Chế biến Nông sản Phú Thuận, Cà phê Hạt Vàng,
Cà phê Buôn Ma Thuột Xanh, Rồng Xanh / Rong Xanh, Cà phê Việt - Bỉ, Nông sản Lá Xanh, Kho lạnh Mê Kông Xanh (MKX),
Hokuriku Soko, Nankai Logistics, Chiếu xạ An Bình, Thuỷ sản Phú Lợi Hậu Giang, Logistics Sao Nam, Kho lạnh Sông Hậu
Xanh, Thực phẩm Hảo Vị, Cơ điện Phú Thịnh Long, Bao bì Nhựa Sao Mai, Thực phẩm Đồi Thông, Vật tư Nông nghiệp Cửu Long,
Đồng Xanh, Nordkorn, Millwerk, Thực phẩm Bắc Bộ Loan, Tân Thạnh Agro, Hanbit Global Logistics, Thủy sản Minh Thành,
Vận tải biển Đông Phương, Daesung Agritech, Viet-Bi Coffee, BMT Xanh Coffee, Highland Bean, Luzon Fresh, Mekong Food
Corporation, Long Phú Food, Hong Ha Agro-Food Investment Corporation, Seoul Meat, Harvest Valley Group, and every
official, author, byline and photographer, including a fictional President, Deputy Prime Minister, ministers and a
Japanese governor); the ministries, VNA/VNS, the national decision 344/QĐ-TTg cited by number, real provinces,
districts and the parks Long Giang, Sông Hậu and Trà Nóc 2 appear only in sentences of our own; provincial decision,
official-letter and permit numbers are invented.

What the sample looked like (80 result slots, about 66 distinct pages: an analysis of farm-machinery technology, an
unaccented seed-support tag, an ebook tag, a lottery domain carrying a Tuổi Trẻ lead and a cold-store project explanation
came back two or three times each): 10 slots were spam (Polish, Belgian and Italian crusher and silo keyword salads,
gambling keyword salads with run-together words, a lottery domain carrying a Tuổi Trẻ lead on three rice clusters to
be broken ground); 16 were tag, title and listing pages (unaccented tags, ebook tags, a packaging company's blog title,
a trade-ministry tag with a headline and lead, a listing of a firm's half-year profit, two Đắk Lắk tag pages with leads
and a QĐ-TTg, a listing of a project to be revoked, a tag page with a Cần Thơ working session on a model farm); 5 were
analyses and documents (a farm-machinery technology map twice, a Chinese farm-machinery analysis with breadcrumb and
classification, a slideshow of a project explanation with its consultancy footer, a document store's cold-store project
explanation with phone numbers and table of contents); 4 were Đồng Tháp khuyến công portal pages (two funding rounds
with their decisions, a year's totals with funded firms, an official letter calling for registrations); 22 were
Vietnamese news, blogs and portals (a vice chairman's visit to a fruit plant on trial run, a Long An fruit scheme,
coffee-processing statistics, a coffee portal with recalled plants, a forum copy of a coffee licence from the planning
department, a VnSAT sub-project list, a Đà Lạt cold-store model, a post-harvest centre appraised, a Japanese stake in a
cold-store firm, a Hậu Giang cold-store groundbreaking with a recalled joint venture, a Lao delegation at a food plant
with its profile, a contractor's package for a packaging plant, a Japan-Vietnam farm dialogue, a An Giang support
list, a Lâm Đồng tomato plant approved, Lâm Đồng's call for park investment, a rice mill opened with the President and
its European equipment makers told twice, a Cần Thơ delegation in China, a Mnong-language VOV4 page); 6 were French and
German copies (VNA/CVN on a Korean-backed cold-chain centre, on a consortium's cold store twice, on a Korean machinery
cooperative's pledge in Cần Thơ, on Long An at a Japanese prefecture; VOV in German on a Philippine buyer in Cần Thơ),
read for their shapes only and written here in Vietnamese or English; 17 were English (VEN on An Giang's khuyến công
money, VNS on a fruit-plant groundbreaking and on a Korean cold-chain groundbreaking, a journal page on mechanisation,
an aid-project sheet, VNS on farm-machine statistics, a machine-translated piece on a mechanisation centre, a
Belgian-funded cold store left idle, a cold-chain demand blurb, VietnamPlus and an investment portal on a licensed
instant-coffee plant, VietnamPlus on processing targets, a trade magazine on FDI in Đắk Lắk, a rice-tender brief, a
provincial portal on a plant opened, VietnamPlus on a pork contract and a university memorandum, SGGP on a rice MoU).
About 22 of the 80 slots told a deal or an event with a named party (groundbreakings, a licence and recalled licences,
planned groundbreakings, openings, stakes bought, a pledge, a contractor's package, a sales contract, memoranda),
several of them the same story; the machinery searches gave spam, analyses and khuyến công support but no machine
supply contract with a named buyer, and the one "supply agreement" search gave trade and food sales.

Rows: 161 (hand-27601 to hand-27761); 25 carry a deal or an event (16%): 24 events in 19 rows (8 investment
announcements, 5 groundbreakings, 4 investment licences, 2 acquisitions, 2 inaugurations, 2 MoUs, 1 supply contract)
and 29 `deals` entries in 23 rows (21 investment, 5 groundbreaking, 2 supply_contract, 1 mou); 6 rows hold a deal
without an event (hand-27658, 27662: recalled coffee plants; 27675: a recalled joint-venture cold store; 27680: a
profile with its capital; 27682: a contractor's finished package; 27744: recalled licences) and 2 an event without a
deal (27696: a rice mill opened without capital; 27757: a firm-university memorandum). 136 rows are negatives and other
fields. By page kind: 9 rows of spam, 16 of tag, title and listing pages, 14 of analyses and documents, 16 of
khuyến công portal pages and their blog and English counterparts (3 English), 64 of Vietnamese news, blogs and portals
(13 with a deal or event), 6 of French copies rendered in Vietnamese (3), 36 of English news and blogs (9; 1 in the
shape of the German copy); 39 rows are English (`english_copy`, 24%). 9 rows are stored in NFD (hand-27607, 27636,
27644, 27663, 27671, 27709, 27715, 27727, 27750); 6 use old tone placement (hand-27630 "cơ giới hoá", 27640 "hiện đại
hoá", 27662 "Hoà Phú", 27674 "thoả thuận", 27675 "Thuỷ sản", 27686 "cơ giới hoá"); 52 hold several lines (headlines
and leads, captions and credits, timestamps, labelled fields, lists, bylines, page furniture).

Own wording: on review of the first draft against the sampled pages, about 105 drafts followed a sampled sentence too
closely (same clause order with names and figures swapped) and were rewritten from scratch with other order and facts:
the listing and both Đắk Lắk tag leads, the revocation listing, the model-farm tag lead, the analysis lead and survey
line, the definition and classification, the consultancy advert; the khuyến công rounds, totals, funded firms, letter
and closing clause, the An Giang blog lead, all three VEN lines; the visit lead, trial-run line and the vice chairman's
requests, the Long An fruit line, the coffee statistics, the coffee portal's director, recalled plants and investor
count, the forum licence's schedule, recalled plant and department figures; the VnSAT lines, the Đà Lạt cold-store
lead, dimensions and funding, the post-harvest funding; the strategic-shareholder lead, caption, quote and profile
lines; the Hậu Giang cold-store lines; the food plant's profile and location line; the contractor's profile lines; the
dialogue caption and lead; the tomato plant's lead, items and schedule; the park call; the rice-cluster lead and
capacities; the rice mill's captions, specifications, equipment makers, print headline and the chairman's remark; the
China trip; and nearly all English rows and the French and German renderings (the groundbreaking, the cold-chain hub,
the journal abstract, the project sheet, the machinery statistics, the cold store left idle, the cold-chain forecast,
the coffee licence, targets and FDI lines, the Philippine buyer, the tender, the opening, the pork contract, the
memoranda, the Korean pledge, the Japanese courtesy call). Replaced or cut because their shape or detail came only from
a result ranked 5 or lower: the idle Belgian cold store's deputy director explaining the legal hurdle (S18 r5; the row
became the repost's source line in the shape of S18 r1) and the port the cold chain was to run to (S18 r5). Nothing
was used from ranks 5-8: not the Tiền Giang combine maker or the Cần Thơ reaper workshop (S1 r6-r8), the Hậu Giang
khuyến công story (S2 r7), the An Giang khuyến công list of household beneficiaries (S2 r8), the Tanifood plant's
profile (S3 r8), the coffee-festival groundbreaking plan (S4 r6), the Hậu Giang cold-store director's quote and the
ITL plans (S18 r6-r8), Đồng Tháp's 2026-2030 khuyến công decision and its deputy director (S14 r5-r6), the Ninh Thuận
memorandum (S16 r6), the Mekong Delta investment forum (S17 r5), the Dak Lak instant-coffee groundbreaking and the
Trung Nguyên factory (S19 r5-r6), or the WestFood opening in Japanese (S20 r8).

Conventions: exactly those of batches 10 and 12-97 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or approval is an investment deal and an `investment_licence` event "licensed", the
granting body a government party as written (a province written as the body, "Dak Lak province", included), a passive
licence a licence without grantor; a held groundbreaking is a groundbreaking deal and event "started", dated only with
a day, a consortium or joint venture breaking ground ONE deal of its members; an opening with its capital is an
investment deal and an inauguration, without capital the event only; a named firm's plan (a planned groundbreaking or
opening, a pledge) is an announced investment, one per site; recalled licences, plants, joint ventures and profiles with
capital are deals without events; a target-first share sale to strategic investors gives one acquisition event and one
investment deal per buyer; a contract is a supply_contract with the seller or contractor first; a firm-pair memorandum
is an mou deal and event, a firm-university memorandum an mou event without deal; support grants, khuyến công rounds,
programmes, calls for investment, totals of unnamed projects, visits, working sessions, delegations, dialogues, tenders
with an unnamed buyer, equipment origins without a contract word, trial runs and appraisals give no deal; attendees and
witnesses are no parties; vague amounts are no amounts, "hơn", "khoảng", "gần", "chừng", "nearly", "more than", "about"
approximate, "tới" and "up to" not; capacities, tonnages, pallets, durations, ordinals, counts in words and "N of ..."
are no counts, m2 and hectares are areas; numbered Công văn and permits are decisions, ASCII and suffixed codes kept as
printed; organisations expand UBND, government parties keep the text's spelling, bare units ("UBND tỉnh", "Sở Công
Thương", "Sở Nông nghiệp", "the provincial People's Committee") are none; a province inside an organisation's or
project's name is a mention, inside a firm's name not; a dateline and an investor's home province are mentions, not the
site; districts with "huyện", "quận" or "TP" before July 2025 are locations, bare district names and English districts
none; Vietnamese parks and clusters are locations, English parks none; "Việt Nam"/"Vietnam" is no location; "X Group"
and "X Corporation" keep the word; Vietnamese country names, brackets and investor adjectives ("đối tác Nhật Bản") are
countries, English adjectives ("Korean", "Belgian", "Philippine") are not, "South Korea's", "Japan's", "China's" are;
bylines and photo credits are persons without role, site and agency credits nothing; a surname alone is no person; old
tone placement in a firm's or park's name is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Khuyến công decisions with a suffixed code ("Quyết định số: 1287/QĐ-UBND.HC ký ngày 21/8/2023", "538/QĐ-UBND-HC ngày
  24/4/2023", hand-27639, 27641) keep the code as printed and take the date after "ký ngày"; the round's counts ("06 đề
  án", "9 cơ sở", "07 đề án của 11 cơ sở") are counts; a byline with a unit code ("Ngọc Hân - TTKC&TVPTCN") is the
  person alone; the funded mechanical workshop and the cooperative (27643) are firms with money, no deal.
- "GĐ Sở NN-PTNT An Giang" (27645) keeps the abbreviated role as written, the organisation expanded ("Sở Nông nghiệp và
  Phát triển nông thôn An Giang") like UBND and "Bộ NN&PTNT"; the support list of named plants without firms (27646) is
  money only.
- "Đồng Tháp Mười" (27654) is a region (the Plain of Reeds), not a mention of Đồng Tháp.
- A licence told object-first with the grantor in a passive clause, "Nhà máy ... đã có giấy chứng nhận đầu tư: chủ dự
  án là Công ty Rồng Xanh PTE.LTD (Singapore), giấy do Sở Kế hoạch và Đầu tư tỉnh Đắk Lắk cấp hôm 14/9" (27660), is a
  licence with the department as grantor, dated with the publication's year; the next row's amount and planned
  ground-breaking without the firm (27661) are money and district only. The English tellings (27743 "Dak Lak province
  licensed Singapore's X to build it"; 27746 "Dak Lak has given X an investment licence") take the grantor as written
  and the amount; "X and Y ... got the province's go-ahead earlier in the year" (27744) are recalled licences: deals
  without events or site.
- "Sắp vận hành là nhà máy ... thứ hai của Công ty CP X" (27659) is a planned opening: an announced investment; "X ... thì
  đã có nhà máy ... chạy từ cuối năm 2008" (27662) a recalled opening without capital (batch 70); "nhà máy ... mà X dựng
  với hơn 21 triệu USD" (27658) a recalled investment with its amount; the plant's ordinal ("cơ sở FDI thứ ba") no count.
- A profile told amount first, "Khoảng 62 triệu USD vốn ngoại đã được Hảo Vị đổ vào hai khu xưởng" (27680), is a
  recalled investment without site; a profile of two plants with their areas and no capital (27683) gives no deal.
- A contractor's finished equipment package, "Gói thầu lắp đặt máy thổi màng, hệ thống khí nén và lò hơi mà Công ty CP
  A nhận từ Công ty CP B cho nhà máy ... đã xong" under a caps headline naming Long An (27682), is a recalled
  supply_contract, contractor first, without event, sited by the headline's province; the caps short name is a firm
  mention.
- A target-first sale, "CTCP X (MKX) vừa bán cổ phần cho hai nhà đầu tư chiến lược Nhật Bản là Tập đoàn A và B; Công
  ty TNHH C, cổ đông sáng lập, vẫn giữ phần vốn" (27672), gives two completed acquisitions and two investment deals
  (batch 70); "theo thoả thuận ký hôm 7/11" in the quote row (27674) is no new event; "Tổng Giám đốc hãng" is kept as
  written; "Ông Tanabe" is no person.
- "Kho Mekong Frozen, vốn của liên doanh giữa Công ty CP A và Công ty CP B (TP.HCM)" (27675) is one recalled investment
  of both, without event or site (the row's provinces are the region's statistics).
- A groundbreaking told object-first in the passive, "Kho đầu tiên của Trung tâm ... ở huyện Châu Thành A, tỉnh Hậu
  Giang đã được Công ty TNHH MTV X khởi công hồi cuối tháng 6" (27676), is X's groundbreaking, undated, sited in Cần Thơ
  (current unit).
- A fund and a firm building through a joint venture, "Quỹ X của Hàn Quốc góp vốn qua liên doanh với Y để xây trung tâm
  ... 31 triệu USD ...; Bộ Hải dương và Thủy sản Hàn Quốc cho biết công trình khởi công ngày 3/4" (27728), is ONE
  groundbreaking deal and event of both with the amount, dated; the fund is a firm without form, the foreign ministry an
  organisation and no party. The English telling of the same start (27725, "broke ground on Thursday") is undated.
- "A và B bắt đầu xây, từ ngày 9/3, kho lạnh ... – hạng mục 320 tỷ đồng ... của dự án ..." (27729) is the consortium's
  groundbreaking with the item's amount, not the project's total (given in the next row without the firms).
- "Nhà máy ... do Tập đoàn X đầu tư đã được khánh thành ..., với sự có mặt của Chủ tịch nước" (27696) is X's inauguration
  without capital (event only); captions of the ceremony without the firm (27695, 27713) give the President only;
  "Millwerk (Thụy Sỹ) cấp máy xay xát, đánh bóng; Nordkorn (Đan Mạch) làm khâu tiếp nhận và sấy" (27698) names no
  contract and no buyer: firm and country mentions; "72 silo" is a count; "Công ty CP Tập đoàn Đồng Xanh" is Đồng Xanh
  with "Công ty CP"; "sẽ ký bao tiêu với các hợp tác xã" (27715) names no counterpart: no deal.
- Planned groundbreakings on three sites told twice (27692 with dates and the director after, 27694 as a second lead)
  give three announced investments each, one per province (batch 74); bare district names in brackets are no
  locations; "tổng giám đốc công ty" is kept as written.
- "Seoul Meat Co. will buy 1,800 tonnes of pork a year from X under a contract the two have signed" (27756) is a signed
  supply_contract with the seller first; "Hong Ha's director" is a possessive role kept as written, the short name a
  firm mention. "A farm-technology memorandum with Japan's Kagoshima Agricultural University is Hong Ha's other new
  deal" (27757) is a signed MoU event of the firm and the university (batch 62's memorandum as subject), no deal.
- "X and China's Y put their names to a memorandum of understanding on 60,000 tonnes ...; Deputy Minister ... and former
  Chinese Ambassador ... looked on" (27758) is a firm-pair MoU deal and event; the witnesses are persons, no parties.
  "Last week's Philippine rice tender went partly to X" (27753) names no buyer: no deal.
- A foreign machinery maker's pledge, "Riêng hạ tầng cho dự án ở Cần Thơ, Daesung Agritech hứa bỏ tới 1.500 tỷ đồng
  (hơn 70 triệu USD)" (27760), is an announced investment with the VND amount ("tới" not approximate, "hơn" approximate),
  sited in Cần Thơ; the working-session row (27759) gives the firm, country and percentage only.
- A vision document signed at a Japan-Vietnam farm dialogue with no named party (27686) gives no event; "Hai bộ trưởng
  Kato Hiroshi (Nhật Bản, bên phải) và Đỗ Văn Thành" (27685) gives both persons the plural role "bộ trưởng"; a
  delegation's recalled city memorandum "thành phố đã ký bản ghi nhớ hợp tác với TP Nam Ninh từ trước" (27700) gives
  no event.
- An aid-project sheet ("- Client: Danish Development Cooperation, Ministry of Foreign Affairs, Copenhagen / - Partner:
  Mekong Agricultural Machinery Service Company (MEKOMACH), Can Tho", 27733) gives the organisations, the partner firm
  with its "Company" and no form (the bracketed acronym none), "1.8 Mill. Euro" in EUR and no deal.
- A donor-funded cold store without investor ("a gift from Belgian donors worth more than US$1.1 million", 27739) is
  money only; "Trà Vinh's first" is a mention; a repost's source line (27741) gives nothing.
- A plant on trial run visited by a vice chairman (27650-27653) gives no event; a plant name in the headline ("Nhà máy
  sấy trái cây Phú Thuận") is no firm, the same short name as the firm later (27718) is.
- The Mnong-language VOV4 page (S11 r1) is represented only by its furniture and a caption written in Vietnamese
  (27664). "Tám doanh nghiệp", "Ba hợp tác xã", "Twenty-five cold storage projects" are counts in words (none);
  "Only 281 of An Giang's roughly 9,800 ..." counts the 9,800 only; "Publication permit No: 41/GP-TTĐT, March 12, 2010"
  (27747) is a decision with its date and the caps English firm is title-cased with "Co., Ltd"."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_99(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    CT = cur("Cần Thơ")
    AG = cur("An Giang")
    DT = cur("Đồng Tháp")
    TNi = cur("Tây Ninh")
    DL = cur("Đắk Lắk")
    LD = cur("Lâm Đồng")

    ids = iter(range(27601, 27601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads (S1 r1 r3 r4, S3 r1, S6 r3, S13 r1-r4: 9 of the 80 slots) ---
    rows += [
        h(
            n(),
            "máy sấy tầng sôi nguyên lý chế tạo tại ấn độ đơn giá bản vẽ pdf",
            "2024-03-11",
            "ministry",
            ["spam_keywords", "lowercase", "lowercase_country_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xưởng xay bột mì sơ đồ bồn chứa ký hiệu quy trình vận hành",
            "2024-05-02",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tridex giá rẻ thiết kế máy ép viên mùn cưa năng suất cao",
            "2024-06-19",
            "ministry",
            ["spam_keywords", "lowercase", "brand_word_no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "88vin cao đẳng công nghệ thực phẩm điểm sàncung hoàng đạo tháng 8cách tính thuế hộ kinh doanhgiá lúa hôm nay",
            "2024-08-27",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tiền giang sáp nhập với tỉnh nàokết quả bundesligacá kho tộ miền tâyvõ thị thu hằng",
            "2025-07-08",
            "ministry",
            [
                "spam_keywords",
                "run_together_words",
                "lower_case_province",
                "lowercase_name_no_person",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "đánh bóng hạt điều sd miền tây nepal ferro mangan bảng giá",
            "2024-03-24",
            "ministry",
            ["spam_keywords", "lowercase", "foreign_place_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy nghiền cát nhân tạo xuất xứ thổ nhĩ kỳ giá thành đơn vị pdf",
            "2024-01-30",
            "ministry",
            ["spam_keywords", "lowercase", "lowercase_country_no_location", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhà máy thức ăn thủy sản silo nguyên lý biểu tượng chu trình",
            "2024-02-14",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "búa đập cỏ voi hiệu quả chi phí thiết kế máy băm ngô dăm",
            "2024-04-08",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title and listing pages (S2 r1-r2, S6 r1 r2 r4, S8 r1-r2, S9 r3-r4, S10 r1, S11 r2-r4, S12 r4, S16 r1 r4) ---
    rows += [
        h(
            n(),
            "ho tro may gat dap lien hop cho hop tac xa vu he thu 2023",
            "2023-05-15",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tiêu chuẩn kỹ thuật máy nông nghiệp và máy chế biến sau thu hoạch ebook pdf",
            "2022-11-03",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "de an co gioi hoa khau thu hoach lua dong bang song cuu long",
            "2023-02-21",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cách tổ chức dây chuyền chế biến cá tra fillet trong hơp tác xã ebook pdf",
            "2022-06-30",
            "ministry",
            ["tag_page", "lowercase", "typo_in_tag", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thiết kế kho lạnh bảo quản thủy sản đông lạnh ebook pdf",
            "2022-07-04",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bao bì hút chân không giữ nông sản tươi lâu hơn bao nhiêu ngày?",
            "2023-10-12",
            "ministry",
            ["title_page", "company_blog", "no_event"],
            events=[],
        ),
        h(
            n(),
            "\nMáy đóng gói thực phẩm nội địa: vẫn thua ở khâu bảo hành\nSản lượng thiết bị đóng gói thực phẩm do doanh nghiệp trong nước làm ra tăng 12 - 17%/năm trong 5 năm qua, nhưng máy nhập khẩu vẫn chiếm phần lớn dây chuyền của các nhà máy lớn.",
            "2023-09-05",
            "ministry",
            ["tag_page", "headline_lead", "percentage_range", "duration_no_count", "multiline", "no_event"],
            percentages=[12, 17],
            events=[],
        ),
        h(
            n(),
            "tiêu chuẩn an toàn máy sấy lúa tĩnh vỉ ngang ebook pdf",
            "2023-01-17",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ho tro lai suat mua may nong nghiep cho nong dan vung lua",
            "2023-03-09",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kho lanh nong san dong bang song cuu long thieu hut",
            "2023-08-28",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp nông sản Đắk Lắk lãi gấp đôi nhờ cà phê\n\nLãi 6 tháng của Công ty CP Nông sản Krông Ana gần 71 tỷ đồng trước thuế, gấp đôi cùng kỳ (tăng 128%) và bằng 64% kế hoạch năm, dù vườn điều chưa có doanh thu.",
            "2024-08-06",
            "ministry",
            [
                "listing_item",
                "headline_lead",
                "percentage",
                "approx",
                "province_in_headline",
                "multiline",
                "no_event",
            ],
            firms=[f("Nông sản Krông Ana", "Công ty CP")],
            provinces=[pv("Đắk Lắk")],
            money=[m(71 * B, "VND", approx=True)],
            percentages=[128, 64],
            events=[],
        ),
        h(
            n(),
            "nông nghiệp tỉnh Đắk Lắk\nKhu hậu cần và chế biến nông lâm sản 520 ha tìm nhà đầu tư\nĐắk Lắk đưa vào danh mục mời gọi một khu 520 ha vừa làm kho trung chuyển, vừa chế biến nông lâm sản công nghệ cao.\nMắc ca Đắk Lắk: mục tiêu 4.500 ha năm 2030\nTheo Quyết định số 344/QĐ-TTg của Thủ tướng Chính phủ về đề án mắc ca, tỉnh dự kiến 1.200 ha trồng thuần, phần còn lại trồng xen trong vườn cà phê.",
            "2023-12-04",
            "ministry",
            [
                "tag_page",
                "headline_lead_list",
                "call_for_investment_no_deal",
                "area",
                "decision_without_date",
                "multiline",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Đắk Lắk")],
            decisions=[d("344/QĐ-TTg")],
            areas=[ha(520), ha(4500), ha(1200)],
            events=[],
        ),
        h(
            n(),
            "\nĐắk Lắk: từ rẫy cà phê đến vùng nguyên liệu cho nhà máy rang xay\nVới khoảng 209.600 ha cà phê, Đắk Lắk đang muốn giữ lại nhiều hơn phần giá trị ở khâu chế biến thay vì bán nhân xô…",
            "2024-10-22",
            "ministry",
            ["tag_page", "headline_lead", "area", "approx", "ellipsis", "multiline", "no_event"],
            provinces=[pv("Đắk Lắk")],
            areas=[ha(209600, True)],
            events=[],
        ),
        h(
            n(),
            "Dự án xưởng chè 41 tỷ đồng của Công ty CP Chè Cầu Đất Xanh có thể bị thu hồi đất\n\nSở Nông nghiệp và Môi trường được UBND tỉnh Lâm Đồng giao rà soát, sau khi dự án ở huyện Di Linh chậm triển khai nhiều năm.",
            "2025-03-18",
            "ministry",
            [
                "listing_item",
                "headline_lead",
                "revocation_no_deal",
                "bare_department_no_org",
                "district",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            firms=[f("Chè Cầu Đất Xanh", "Công ty CP")],
            provinces=[pv("Lâm Đồng")],
            money=[m(41 * B, "VND")],
            locations=[district("huyện Di Linh")],
            events=[],
        ),
        h(
            n(),
            "Cần Thơ bàn với đối tác Nhật Bản về nông trại cơ giới hóa mẫu\n\nCần Thơ bàn với đối tác Nhật Bản về nông trại cơ giới hóa mẫu\n\nDự án nông trại lúa cơ giới hóa toàn phần mà Công ty Agri Bridge Japan muốn làm ở huyện Cờ Đỏ là nội dung buổi làm việc chiều 16/10 giữa ông Sato Kenji, giám đốc công ty, và Phó Chủ tịch UBND TP Cần Thơ Lâm Quốc Bảo.",
            "2023-10-17",
            "ministry",
            [
                "tag_page",
                "repeated_headline",
                "working_session_no_deal",
                "role_before_name",
                "person_role_after",
                "district",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân TP Cần Thơ"],
            persons=[
                per("Lâm Quốc Bảo", "Phó Chủ tịch UBND TP Cần Thơ"),
                per("Sato Kenji", "giám đốc công ty"),
            ],
            firms=[f("Agri Bridge Japan", "Công ty")],
            provinces=[pv("Cần Thơ")],
            locations=[district("huyện Cờ Đỏ"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "quản trị chuỗi cung ứng nông sản xuất khẩu trong các fta ebook pdf",
            "2022-09-26",
            "ministry",
            ["tag_page", "lowercase", "acronym_not_org", "no_event"],
            events=[],
        ),
    ]
    # --- Analyses, project explanations and document-store pages (S1 r2, S4 r1, S5 r1, S9 r1-r2) ---
    rows += [
        h(
            n(),
            "Hiện trạng và hướng đi của công nghệ chế tạo máy nông nghiệp ở Việt Nam\n\nMáy gặt, máy sấy do xưởng trong nước làm ra đã phủ nhiều cánh đồng miền Tây, nhưng hầu hết được chế theo kinh nghiệm, ít bản vẽ và gần như không qua thử nghiệm theo tiêu chuẩn.",
            "2021-08-19",
            "ministry",
            ["analysis", "headline_lead", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Số liệu lấy từ khảo sát 64 cơ sở ở Đồng bằng sông Cửu Long và Tây Nguyên, chủ yếu làm máy sấy, máy xay xát và máy gặt cỡ nhỏ, trong khuôn khổ đề tài lập bản đồ công nghệ ngành cơ khí.",
            "2021-08-19",
            "ministry",
            ["analysis", "count", "region_no_province", "no_event"],
            quantities=[c(64, "cơ sở")],
            events=[],
        ),
        h(
            n(),
            "Theo khảo sát, máy gặt đập liên hợp do cơ sở trong nước chế tạo mới chiếm khoảng 15% số máy đang chạy ở miền Tây; phần còn lại là máy nhập từ Nhật Bản và Trung Quốc, cả mới lẫn đã qua sử dụng.",
            "2021-08-19",
            "ministry",
            ["analysis", "percentage", "country", "no_event"],
            percentages=[15],
            locations=[country("Nhật Bản"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Trang chủ » nguồn hàng » máy móc » Toàn cảnh ngành máy nông nghiệp Trung Quốc 2023: chính sách, thị phần và xu hướng\n\nToàn cảnh ngành máy nông nghiệp Trung Quốc 2023: chính sách, thị phần và xu hướng",
            "2023-04-14",
            "ministry",
            ["analysis", "breadcrumb", "repeated_title", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo cách xếp của ngành, mọi thiết bị dùng từ khâu làm đất tới sơ chế sau thu hoạch đều tính là máy nông nghiệp; mức cơ giới hoá được đo bằng phần việc máy làm thay người và trâu bò.",
            "2023-04-14",
            "ministry",
            ["analysis", "definition", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhóm sản phẩm chính\n\n  • Máy kéo và động cơ\n\n  • Máy cấy, máy gieo hạt\n\n  • Máy phun thuốc, thiết bị bay không người lái nông nghiệp\n\n  • Máy gặt đập liên hợp, máy sấy hạt",
            "2023-04-14",
            "ministry",
            ["analysis", "bullet_list", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm 2022, tổng công suất máy nông nghiệp của Trung Quốc vào khoảng 1,1 tỷ kW, tăng chừng 2,6% so với năm trước; tỷ lệ cơ giới hóa thu hoạch lúa vượt 94%.",
            "2023-04-14",
            "ministry",
            ["analysis", "power_rating_no_count", "percentage", "country", "no_event"],
            percentages=[2.6, 94],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc ----------- THUYẾT MINH DỰ ÁN ĐẦU TƯ XƯỞNG SẤY...\nXưởng sấy và đóng gói nông sản xuất khẩu Đơn vị tư vấn: Công ty CP Tư vấn Dự án Phương Nam 2 MỤC LỤC...\nXưởng sấy và đóng gói nông sản xuất khẩu Đơn vị tư vấn: Công ty CP Tư vấn Dự án Phương Nam 3 CHƯƠNG I. MỞ ...",
            "2020-05-07",
            "ministry",
            [
                "slide_share",
                "project_explanation",
                "repeated_footer",
                "glued_page_number",
                "multiline",
                "no_event",
            ],
            firms=[f("Tư vấn Dự án Phương Nam", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Successfully reported this slideshow.\nWe use your profile data to tailor the ads you see. You can change your preferences at any time.\nXưởng sấy và đóng gói nông sản xuất khẩu Đơn vị tư vấn: Công ty CP Tư vấn Dự án Phương Nam 9 cà phê nhân” ...",
            "2020-05-07",
            "ministry",
            ["slide_share", "page_furniture", "mixed_language", "multiline", "no_event"],
            firms=[f("Tư vấn Dự án Phương Nam", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "1. Trang chủ\n  2. » Luận Văn - Báo Cáo\n\nDự án kho mát sơ chế rau củ và dây chuyền đóng gói.www.lapduanphuongnam.vn /0907 441 263\n\n72 0 0\nTài liệu đã được kiểm tra trùng lặp",
            "2023-11-20",
            "ministry",
            ["document_store", "breadcrumb", "phone_number_no_count", "glued_url", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "THÔNG TIN TÀI LIỆU\nĐịnh dạng\nSố trang 72\nDung lượng 6,15 MB\n\nTrang 1\n\nTHUYẾT MINH DỰ ÁN\n\nKHO MÁT SƠ CHẾ RAU CỦ - DÂY CHUYỀN ĐÓNG GÓI\n\nTháng 9/2023\n\nĐịa điểm:\n\n, Tỉnh Sóc Trăng",
            "2023-11-20",
            "ministry",
            [
                "document_store",
                "info_block",
                "empty_place_field",
                "page_count_no_count",
                "multiline",
                "nfd",
                "no_event",
            ],
            provinces=[pv("Sóc Trăng")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\n\nCHƯƠNG I MỞ ĐẦU 5\n\nI GIỚI THIỆU VỀ CHỦ ĐẦU TƯ 5\n\nII MÔ TẢ SƠ BỘ THÔNG TIN DỰ ÁN 5\n\nIII SỰ CẦN THIẾT ĐẦU TƯ 7\n\nCHƯƠNG II ĐỊA ĐIỂM VÀ QUY MÔ THỰC HIỆN DỰÁN 12\n\n2.1 Đặc điểm ngành kho mát 16",
            "2023-11-20",
            "ministry",
            [
                "table_of_contents",
                "run_together_words",
                "numbered_headings_no_count",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Khuyến công portal news from Đồng Tháp (S14 r1-r4) and An Giang (S2 r3 blog, S2 r4 English) ---
    rows += [
        h(
            n(),
            "Xuất bản thông tin\n\nnull Duyệt đề án khuyến công địa phương đợt 2 năm 2023\n\nChi tiết bài viết Tin tức",
            "2023-08-25",
            "provincial",
            ["portal_header", "null_artefact", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo Quyết định số: 1287/QĐ-UBND.HC ký ngày 21/8/2023, UBND tỉnh Đồng Tháp duyệt 06 đề án khuyến công địa phương đợt 2 năm 2023 cho 9 cơ sở, chủ yếu là xưởng cơ khí làm máy sấy lúa và máy lột vỏ hạt sen; kinh phí hỗ trợ đợt này hơn 2,4 tỷ đồng. Một đề án của đợt 1 được cho dừng theo đề nghị của đơn vị thụ hưởng.\n\nNgọc Hân - TTKC&TVPTCN",
            "2023-08-25",
            "provincial",
            [
                "khuyen_cong_round_no_deal",
                "decision_suffix_as_written",
                "decision_date_after_ky_ngay",
                "zero_padded_count",
                "byline_with_unit_code",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Đồng Tháp"],
            persons=[per("Ngọc Hân", None)],
            provinces=[pv("Đồng Tháp")],
            decisions=[d("1287/QĐ-UBND.HC", "2023-08-21")],
            money=[m(2.4 * B, "VND", approx=True)],
            quantities=[c(6, "đề án khuyến công địa phương"), c(9, "cơ sở")],
            events=[],
        ),
        h(
            n(),
            "Khuyến công tiếp sức xưởng cơ khí nông thôn\n\nThay máy cũ, hiện đại hoá xưởng là việc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Đồng Tháp dồn sức năm nay, khi nhiều cơ sở cơ khí nhỏ vẫn chưa lấy lại đơn hàng sau dịch.",
            "2023-06-12",
            "provincial",
            ["portal_news", "headline_lead", "org_with_province", "old_tone", "multiline", "no_event"],
            organizations=["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Đồng Tháp"],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "Đợt 1 năm nay có 07 đề án của 11 cơ sở được duyệt kinh phí theo Quyết định số 538/QĐ-UBND-HC ngày 24/4/2023: ngân sách lo gần 1,9 tỷ đồng, cơ sở bỏ thêm phần còn lại cho đủ hơn 4,8 tỷ đồng mua máy.\n\nNghiệm thu máy sấy lúa dùng nhiệt từ trấu tại một cơ sở ở huyện Tháp Mười",
            "2023-06-12",
            "provincial",
            [
                "khuyen_cong_round_no_deal",
                "decision_with_date",
                "zero_padded_count",
                "caption",
                "district",
                "approx",
                "multiline",
                "no_event",
            ],
            decisions=[d("538/QĐ-UBND-HC", "2023-04-24")],
            money=[m(4.8 * B, "VND", approx=True), m(1.9 * B, "VND", approx=True)],
            quantities=[c(7, "đề án"), c(11, "cơ sở")],
            locations=[district("huyện Tháp Mười")],
            events=[],
        ),
        h(
            n(),
            "Năm 2025 khuyến công Đồng Tháp có 3.512.640.000 đồng cho các đề án: cơ sở thụ hưởng tự góp gần 1,86 tỷ đồng, hơn 1,58 tỷ đồng là tiền ngân sách; 68 triệu đồng để riêng cho việc quản lý chương trình.",
            "2025-05-07",
            "provincial",
            ["khuyen_cong_totals", "exact_amount", "approx", "no_event"],
            provinces=[pv("Đồng Tháp")],
            money=[
                m(3_512_640_000, "VND"),
                m(1.86 * B, "VND", approx=True),
                m(1.58 * B, "VND", approx=True),
                m(68 * M, "VND"),
            ],
            events=[],
        ),
        h(
            n(),
            "Trong danh sách năm nay, xưởng của Công ty TNHH Cơ khí Nông nghiệp Tám Hiền sẽ có máy cắt laser CNC và máy chấn tôn trị giá 625 triệu đồng, ngân sách trả 280 triệu đồng; Hợp tác xã Dịch vụ Nông nghiệp Tân Bình nhận 190 triệu đồng cho dây chuyền đóng gói gạo.",
            "2025-05-07",
            "provincial",
            ["funded_firms_list", "support_grant_no_deal", "cooperative_firm", "no_event"],
            firms=[
                f("Cơ khí Nông nghiệp Tám Hiền", "Công ty TNHH"),
                f("Dịch vụ Nông nghiệp Tân Bình", "Hợp tác xã"),
            ],
            money=[m(625 * M, "VND"), m(280 * M, "VND"), m(190 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "Các huyện, thành phố và doanh nghiệp có nhu cầu kinh phí khuyến công năm 2024 gửi đăng ký về Sở; năm nay ưu tiên xưởng cơ khí chế tạo máy chế biến, bảo quản nông sản.\n\nNội dung chi tiết Công văn số: 2371/SCT-TTKC, ngày 9/10/2023 của Sở Công Thương tỉnh Đồng Tháp xem tại đây./.\n\nNgọc Hân - TTKC&TVPTCN",
            "2023-10-11",
            "provincial",
            [
                "official_letter_number",
                "number_after_colon",
                "bare_units_no_org",
                "byline_with_unit_code",
                "multiline",
                "nfd",
                "no_event",
            ],
            organizations=["Sở Công Thương tỉnh Đồng Tháp"],
            persons=[per("Ngọc Hân", None)],
            provinces=[pv("Đồng Tháp")],
            decisions=[d("2371/SCT-TTKC", "2023-10-09")],
            events=[],
        ),
        h(
            n(),
            "An Giang: Hỗ trợ đầu tư máy móc sau thu hoạch\n\nBình luận · 184 Lượt xem\n\nNăm 2019, 4 dự án với tổng mức đầu tư 412 tỷ đồng sẽ nhận 14 tỷ đồng hỗ trợ từ ngân sách, theo ông Lê Văn Hiếu, GĐ Sở NN-PTNT An Giang.",
            "2019-02-26",
            "ministry",
            [
                "blog",
                "view_counter_no_count",
                "abbreviated_role",
                "support_scheme_no_deal",
                "count",
                "multiline",
                "no_event",
            ],
            organizations=["Sở Nông nghiệp và Phát triển nông thôn An Giang"],
            persons=[per("Lê Văn Hiếu", "GĐ Sở NN-PTNT An Giang")],
            provinces=[pv("An Giang")],
            money=[m(412 * B, "VND"), m(14 * B, "VND")],
            quantities=[c(4, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Gồm: Hệ thống sấy lúa và kho 20.000 tấn ở Thoại Sơn, tổng mức đầu tư 38 tỷ đồng (ngân sách tỉnh hỗ trợ 2 tỷ đồng); Xưởng đóng gói rau quả xuất khẩu ở Chợ Mới, 96 tỷ đồng (ngân sách Trung ương hỗ trợ 3 tỷ đồng, ngân sách tỉnh 2 tỷ đồng); Trại bò thịt công nghệ cao ở Tri Tôn, 160 tỷ đồng; Nhà máy xay xát gạo đặc sản ở Tịnh Biên, 118 tỷ đồng (ngân sách tỉnh hỗ trợ 4 tỷ đồng).",
            "2019-02-26",
            "ministry",
            [
                "blog",
                "project_list_no_firm",
                "support_scheme_no_deal",
                "bare_district_names_no_location",
                "no_event",
            ],
            money=[
                m(38 * B, "VND"),
                m(2 * B, "VND"),
                m(96 * B, "VND"),
                m(3 * B, "VND"),
                m(2 * B, "VND"),
                m(160 * B, "VND"),
                m(118 * B, "VND"),
                m(4 * B, "VND"),
            ],
            events=[],
        ),
        h(
            n(),
            "An Giang looks for takers of its industry promotion money\n\n09:30 | 12/05/2022 Industry\n\n(VEN) - Unspent national industry promotion money has sent An Giang's trade officials out looking for rural workshops with projects worth backing.",
            "2022-05-12",
            "ministry",
            [E, "headline_lead", "timestamp", "source_tag_no_org", "multiline", "no_event"],
            provinces=[pv("An Giang")],
            events=[],
        ),
        h(
            n(),
            "Rice colour sorters for five beneficiaries took VND1.5 billion of the money after 2020; another VND850 million bought husk-fired dryers for three rural workshops.",
            "2022-05-12",
            "ministry",
            [E, "support_grant_no_deal", "count_in_words", "vnd_prefix", "no_event"],
            money=[m(1.5 * B, "VND"), m(850 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "Only 281 of An Giang's roughly 9,800 rural industrial establishments, nearly all of them family-sized, got promotion support between 2015 and 2021.",
            "2022-05-12",
            "ministry",
            [E, "count", "approx", "n_of_no_count", "possessive_province", "no_event"],
            provinces=[pv("An Giang")],
            quantities=[c(9800, "rural industrial establishments", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a vice chairman's visit to a fruit plant on trial run in Đồng Tháp (S3 r2) ---
    rows += [
        h(
            n(),
            "Nhà máy sấy trái cây Phú Thuận sắp có lô hàng đầu\nCập nhật ngày: 14/06/2023 16:05:12\nĐTO - Trong buổi làm việc sáng 14/6 tại Cụm công nghiệp Tân Phú Trung (huyện Lai Vung), Phó Chủ tịch UBND tỉnh Đồng Tháp Trần Minh Khôi nghe Công ty TNHH Chế biến Nông sản Phú Thuận báo cáo tiến độ nhà máy.",
            "2023-06-14",
            "provincial",
            [
                "headline_lead",
                "timestamp",
                "source_tag_no_org",
                "visit_no_deal",
                "role_before_name",
                "cluster",
                "district",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Đồng Tháp"],
            persons=[per("Trần Minh Khôi", "Phó Chủ tịch UBND tỉnh Đồng Tháp")],
            firms=[f("Chế biến Nông sản Phú Thuận", "Công ty TNHH")],
            provinces=[pv("Đồng Tháp")],
            locations=[park("Cụm công nghiệp Tân Phú Trung"), district("huyện Lai Vung")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền sấy thăng hoa được giới thiệu với Phó Chủ tịch UBND tỉnh Trần Minh Khôi (giữa)",
            "2023-06-14",
            "provincial",
            ["caption", "role_before_name", "bare_committee_no_org", "no_event"],
            persons=[per("Trần Minh Khôi", "Phó Chủ tịch UBND tỉnh")],
            events=[],
        ),
        h(
            n(),
            "Lô hàng đầu tiên, sang Nhật Bản, dự kiến đi trong tháng 8/2023; hiện thiết bị đã lắp xong, nhà máy đang chạy thử với công suất thiết kế khoảng 120 tấn trái cây tươi mỗi ngày cho các dòng sấy, ép và cấp đông.",
            "2023-06-14",
            "provincial",
            ["trial_run_no_event", "capacity_no_count", "country", "no_firm", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Ông Khôi lưu ý doanh nghiệp phải tính trước chuyện đầu ra ở từng nước nhập khẩu và chuẩn bị sẵn hồ sơ truy xuất nguồn gốc.\nHỮU PHƯỚC",
            "2023-06-14",
            "provincial",
            ["surname_only_no_person", "byline_caps", "multiline", "no_event"],
            persons=[per("Hữu Phước", None)],
            events=[],
        ),
        # Long An's fruit raw-material scheme (S3 r4)
        h(
            n(),
            "Thanh long và chanh không hạt từ vùng nguyên liệu thí điểm ở Đồng Tháp Mười đã sang được Hàn Quốc, Úc, Canada và Nhật Bản, ông Lê Hoàng Sơn, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An, cho biết ngày 2-8.",
            "2024-08-03",
            "ministry",
            ["person_role_after", "region_not_province", "country_list", "no_event"],
            organizations=["Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An"],
            persons=[per("Lê Hoàng Sơn", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An")],
            provinces=[pv("Long An")],
            locations=[country("Hàn Quốc"), country("Úc"), country("Canada"), country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Vietnamese news: coffee processing in Đắk Lắk (S4 r2-r4) ---
    rows += [
        h(
            n(),
            "Đắk Lắk: 17 dự án chế biến cà phê, vốn gần 6.100 tỷ đồng\n\nKhâu chế biến cà phê của Đắk Lắk hiện có 17 dự án, đăng ký tổng cộng gần 6.100 tỷ đồng; vốn trong nước chiếm phần lớn.",
            "2020-06-15",
            "provincial",
            ["headline_lead", "cumulative_total_no_deal", "count", "approx", "multiline", "no_event"],
            provinces=[pv("Đắk Lắk")],
            money=[m(6100 * B, "VND", approx=True)],
            quantities=[c(17, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Vốn trong nước: 12 dự án, hơn 4.600 tỷ đồng; vốn FDI: 5 dự án, gần 1.450 tỷ đồng. Niên vụ vừa rồi chỉ có thêm một dự án nhỏ, 7,5 tỷ đồng.\n\nNguồn: baodaklak.vn",
            "2020-06-15",
            "provincial",
            [
                "statistics",
                "count",
                "count_in_words",
                "approx",
                "site_credit_nothing",
                "multiline",
                "no_event",
            ],
            money=[m(4600 * B, "VND", approx=True), m(1450 * B, "VND", approx=True), m(7.5 * B, "VND")],
            quantities=[c(12, "dự án"), c(5, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Cà phê rang xay và hòa tan mới chiếm 16 - 18% lượng cà phê nhân của Đắk Lắk, Giám đốc Sở Công Thương Phan Văn Lực nói; tỉnh muốn nâng gấp đôi trong 5 năm.",
            "2013-04-09",
            "ministry",
            ["role_before_name", "bare_department_no_org", "percentage_range", "no_event"],
            persons=[per("Phan Văn Lực", "Giám đốc Sở Công Thương")],
            provinces=[pv("Đắk Lắk")],
            percentages=[16, 18],
            events=[],
        ),
        h(
            n(),
            "Ở Cụm công nghiệp Ea Tam (huyện Krông Búk), nhà máy cà phê hòa tan 12.000 tấn/năm mà Công ty TNHH Cà phê Hạt Vàng (100% vốn nước ngoài) dựng với hơn 21 triệu USD là cơ sở FDI thứ ba của tỉnh trong ngành.",
            "2013-04-09",
            "ministry",
            [
                "recalled_investment",
                "object_first",
                "cluster",
                "district_in_bracket",
                "capacity_no_count",
                "ordinal_not_count",
                "approx",
                "no_event",
            ],
            firms=[f("Cà phê Hạt Vàng", "Công ty TNHH")],
            money=[m(21 * M, "USD", approx=True)],
            locations=[park("Cụm công nghiệp Ea Tam"), district("huyện Krông Búk")],
            deals=[deal("investment", ["Cà phê Hạt Vàng"], 21 * M)],
            events=[],
        ),
        h(
            n(),
            "Sắp vận hành là nhà máy rang xay, hòa tan thứ hai của Công ty CP Cà phê Buôn Ma Thuột Xanh, 48.000 tấn/năm, ở Cụm công nghiệp Tân An (TP Buôn Ma Thuột).",
            "2013-04-09",
            "ministry",
            ["planned_opening_announced", "cluster", "district_in_bracket", "capacity_no_count"],
            firms=[f("Cà phê Buôn Ma Thuột Xanh", "Công ty CP")],
            locations=[park("Cụm công nghiệp Tân An"), district("TP Buôn Ma Thuột")],
            deals=[deal("investment", ["Cà phê Buôn Ma Thuột Xanh"])],
            events=[
                ev("investment_announcement", [F("Cà phê Buôn Ma Thuột Xanh")], None, None, None, "announced")
            ],
        ),
        h(
            n(),
            "Nhà máy cà phê hòa tan 7.500 tấn/năm, lớn nhất cả nước, đã có giấy chứng nhận đầu tư: chủ dự án là Công ty Rồng Xanh PTE.LTD (Singapore), giấy do Sở Kế hoạch và Đầu tư tỉnh Đắk Lắk cấp hôm 14/9.",
            "2009-09-18",
            "ministry",
            [
                "forum_post",
                "licence_passive_with_grantor",
                "object_first",
                "foreign_form",
                "country_bracket",
                "deal_date",
                "year_inferred",
            ],
            organizations=["Sở Kế hoạch và Đầu tư tỉnh Đắk Lắk"],
            firms=[f("Rồng Xanh", "PTE.LTD")],
            provinces=[pv("Đắk Lắk")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Rồng Xanh"], None, DL, "2009-09-14")],
            events=[
                ev(
                    "investment_licence",
                    [G("Sở Kế hoạch và Đầu tư tỉnh Đắk Lắk"), F("Rồng Xanh")],
                    None,
                    None,
                    DL,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Máy móc dự kiến chạy từ quý IV/2010; trước đó, tháng 11 năm nay, công trình 315 tỉ đồng sẽ động thổ trên khu đất ở xã Ea Kênh, huyện Krông Pắc.",
            "2009-09-18",
            "ministry",
            [
                "split_row_no_firm",
                "planned_groundbreaking_no_firm",
                "district",
                "commune_no_location",
                "no_event",
            ],
            money=[m(315 * B, "VND")],
            locations=[district("huyện Krông Pắc")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Cà phê Việt - Bỉ, 100% vốn ngoại, thì đã có nhà máy cà phê nhân 80.000 tấn/năm chạy từ cuối năm 2008 ở Cụm công nghiệp Hoà Phú, TP Buôn Ma Thuột – lớn nhất Tây Nguyên trong loại này.",
            "2009-09-18",
            "ministry",
            [
                "recalled_opening_no_capital",
                "cluster",
                "district",
                "region_no_province",
                "capacity_no_count",
                "old_tone_in_park_name",
            ],
            firms=[f("Cà phê Việt - Bỉ", "Công ty TNHH")],
            locations=[park("Cụm công nghiệp Hòa Phú"), district("TP Buôn Ma Thuột")],
            deals=[deal("investment", ["Cà phê Việt - Bỉ"])],
            events=[],
        ),
        h(
            n(),
            "Số liệu của Cục Chế biến (Bộ Nông nghiệp và Phát triển nông thôn) cho thấy khoảng 110 doanh nghiệp đang chế biến cà phê ở Đắk Lắk, nhưng chỉ chừng 25 doanh nghiệp có vườn riêng và dây chuyền khép kín; phần lớn cà phê vẫn do nông hộ tự phơi, tự xát.",
            "2009-09-18",
            "ministry",
            ["ministry_in_bracket", "count", "approx", "nfd", "no_event"],
            organizations=["Cục Chế biến", "Bộ Nông nghiệp và Phát triển nông thôn"],
            provinces=[pv("Đắk Lắk")],
            quantities=[c(110, "doanh nghiệp", True), c(25, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Thứ năm, 09:10, 14/11/2024 VOV Tây Nguyên VOV Tây Nguyên\n\nKho sơ chế sầu riêng của một doanh nghiệp ở Đắk Lắk\n\nViết bình luận\n\nTIN CÙNG CHUYÊN MỤC",
            "2024-11-14",
            "ministry",
            ["minority_language_page_furniture", "caption", "site_name_no_org", "multiline", "no_event"],
            provinces=[pv("Đắk Lắk")],
            events=[],
        ),
    ]
    # --- Vietnamese news: cold stores and post-harvest centres in Lâm Đồng (S5 r2-r4, S12 r3) ---
    rows += [
        h(
            n(),
            "NGỌC LAN\nBa hợp tác xã và bốn tổ hợp tác trồng cà phê ở huyện Di Linh, huyện Bảo Lâm và huyện Lâm Hà sẽ có đường nội đồng mới: 7 tiểu dự án hạ tầng đợt 3 năm 2019 của Dự án Chuyển đổi nông nghiệp bền vững tỉnh Lâm Đồng (VnSAT) vừa được duyệt.",
            "2019-11-22",
            "ministry",
            [
                "blog",
                "byline_caps",
                "project_name_not_org",
                "province_in_project_name",
                "count",
                "count_in_words",
                "district",
                "multiline",
                "no_event",
            ],
            persons=[per("Ngọc Lan", None)],
            provinces=[pv("Lâm Đồng")],
            quantities=[c(7, "tiểu dự án")],
            locations=[district("huyện Di Linh"), district("huyện Bảo Lâm"), district("huyện Lâm Hà")],
            events=[],
        ),
        h(
            n(),
            "Kèm theo là 10 nhà kho và sân phơi cà phê, nhỏ nhất 300 m2, lớn nhất 1.200 m2; tất cả phải xong trước tháng 6/2020.\nTHÁNG 11/2019",
            "2019-11-22",
            "ministry",
            ["blog", "count", "m2_to_ha", "date_line_caps", "multiline", "no_event"],
            quantities=[c(10, "nhà kho và sân phơi cà phê")],
            areas=[ha(0.03), ha(0.12)],
            events=[],
        ),
        h(
            n(),
            "Dựng 3 kho lạnh mẫu cho nông dân trồng hoa ở Vạn Thành\nCập nhật lúc 09:12, Thứ Ba, 15/10/2019 (GMT+7)\nTrung tâm Nông nghiệp Đà Lạt sẽ vừa làm chủ đầu tư vừa tư vấn cho các kho lạnh mẫu ở làng hoa Vạn Thành (Phường 5, Đà Lạt); báo cáo kinh tế - kỹ thuật, tổng mức gần 420 triệu đồng, vừa được duyệt.",
            "2019-10-15",
            "provincial",
            [
                "headline_lead",
                "timestamp",
                "public_works_no_deal",
                "public_unit_org",
                "ward_no_location",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Trung tâm Nông nghiệp Đà Lạt"],
            money=[m(420 * M, "VND", approx=True)],
            quantities=[c(3, "kho lạnh mẫu")],
            events=[],
        ),
        h(
            n(),
            "Kho lắp tấm cách nhiệt, máy nén chạy điện ba pha; nhiệt độ chỉnh được từ 12 độ C xuống -4 độ C, vừa cho hoa cắt cành vừa cho rau ăn lá.",
            "2019-10-15",
            "provincial",
            ["plant_details_no_firm", "temperature_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ba hộ trồng hoa góp hơn 270 triệu đồng; khoảng 150 triệu đồng còn lại lấy từ Chương trình nông nghiệp công nghệ cao năm 2019.\nTHANH TÙNG",
            "2019-10-15",
            "provincial",
            ["funding_split", "approx", "count_in_words", "byline_caps", "multiline", "no_event"],
            persons=[per("Thanh Tùng", None)],
            money=[m(270 * M, "VND", approx=True), m(150 * M, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền sơ chế, đóng gói mới sẽ giúp Nông sản Lá Xanh nâng trung tâm ở huyện Đức Trọng lên khoảng 9.000 tấn rau củ mỗi năm, sau khi dự án nâng cấp của chi nhánh Lâm Đồng được cơ quan chuyên môn thẩm định.",
            "2023-12-21",
            "provincial",
            ["appraisal_no_deal", "bare_firm_name", "district", "capacity_no_count", "no_event"],
            firms=[f("Nông sản Lá Xanh")],
            provinces=[pv("Lâm Đồng")],
            locations=[district("huyện Đức Trọng")],
            events=[],
        ),
        h(
            n(),
            "Trong hơn 5,1 tỷ đồng của dự án, phần doanh nghiệp và 46 hộ liên kết tự bỏ ra là hơn 70%; ngân sách lo gần 30% qua Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản Lâm Đồng.",
            "2023-12-21",
            "provincial",
            [
                "funding_split",
                "public_unit_org",
                "province_in_org_name",
                "count",
                "percentage",
                "approx",
                "nfd",
                "no_event",
            ],
            organizations=["Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản Lâm Đồng"],
            provinces=[pv("Lâm Đồng")],
            money=[m(5.1 * B, "VND", approx=True)],
            percentages=[70, 30],
            quantities=[c(46, "hộ liên kết")],
            events=[],
        ),
    ]
    # --- Vietnamese news: Japanese shareholders in a cold-store firm and a Hậu Giang cold-store centre (S7 r1, r3) ---
    rows += [
        h(
            n(),
            "Hai tập đoàn kho vận Nhật Bản mua cổ phần chuỗi kho lạnh cửa ngõ miền Tây\n\nThứ sáu, 8/11/2024 21:40 (GMT+7)\n\nCTCP Kho lạnh Mê Kông Xanh (MKX) vừa bán cổ phần cho hai nhà đầu tư chiến lược Nhật Bản là Tập đoàn Hokuriku Soko và Nankai Logistics; Công ty TNHH Chiếu xạ An Bình, cổ đông sáng lập, vẫn giữ phần vốn của mình.",
            "2024-11-08",
            "ministry",
            [
                "headline_lead",
                "timestamp",
                "strategic_shareholders",
                "two_buyers",
                "target_first_sale",
                "founder_not_seller",
                "country",
                "acronym_bracket",
                "multiline",
            ],
            firms=[
                f("Hokuriku Soko", "Tập đoàn"),
                f("Nankai Logistics"),
                f("Kho lạnh Mê Kông Xanh", "Công ty CP"),
                f("Chiếu xạ An Bình", "Công ty TNHH"),
            ],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Hokuriku Soko"]), deal("investment", ["Nankai Logistics"])],
            events=[
                ev(
                    "acquisition",
                    [F("Hokuriku Soko"), F("Kho lạnh Mê Kông Xanh")],
                    None,
                    None,
                    None,
                    "completed",
                ),
                ev(
                    "acquisition",
                    [F("Nankai Logistics"), F("Kho lạnh Mê Kông Xanh")],
                    None,
                    None,
                    None,
                    "completed",
                ),
            ],
        ),
        h(
            n(),
            "Kho lạnh -25 độ C của MKX ở Long An, nơi đoàn chuyên gia Nhật Bản đến khảo sát trước khi ký. Ảnh: MKX.",
            "2024-11-08",
            "ministry",
            ["caption", "acronym_firm", "site_credit_nothing", "country", "no_event"],
            firms=[f("MKX")],
            provinces=[pv("Long An")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Xe tải lạnh của Nankai Logistics sẽ chạy thẳng từ kho MKX ra cảng, theo thoả thuận ký hôm 7/11, ông Hiroshi Tanabe, Tổng Giám đốc hãng, cho biết.",
            "2024-11-08",
            "ministry",
            ["person_role_after", "signing_recalled", "acronym_firm", "old_tone", "no_event"],
            persons=[per("Hiroshi Tanabe", "Tổng Giám đốc hãng")],
            firms=[f("Nankai Logistics"), f("MKX")],
            events=[],
        ),
        h(
            n(),
            "Kho Mekong Frozen, vốn của liên doanh giữa Công ty CP Thuỷ sản Phú Lợi Hậu Giang và Công ty CP Logistics Sao Nam (TP.HCM), là một trong số ít kho lạnh lớn của vùng; cả Cần Thơ lẫn Hậu Giang gộp lại mới chứa được chừng 55.000 pallet.",
            "2022-09-12",
            "ministry",
            [
                "recalled_joint_investment",
                "consortium_one_deal",
                "old_tone_in_firm_name",
                "province_in_firm_name",
                "capacity_no_count",
                "approx",
            ],
            firms=[f("Thủy sản Phú Lợi Hậu Giang", "Công ty CP"), f("Logistics Sao Nam", "Công ty CP")],
            provinces=[pv("Cần Thơ"), pv("Hậu Giang"), pv("Hồ Chí Minh")],
            deals=[deal("investment", ["Thủy sản Phú Lợi Hậu Giang", "Logistics Sao Nam"])],
            events=[],
        ),
        h(
            n(),
            "Kho đầu tiên của Trung tâm kho lạnh cho thuê ở huyện Châu Thành A, tỉnh Hậu Giang đã được Công ty TNHH MTV Kho lạnh Sông Hậu Xanh khởi công hồi cuối tháng 6.",
            "2022-09-12",
            "ministry",
            ["groundbreaking_passive", "object_first", "no_day_no_date", "district", "old_province"],
            firms=[f("Kho lạnh Sông Hậu Xanh", "Công ty TNHH MTV")],
            provinces=[pv("Hậu Giang")],
            locations=[district("huyện Châu Thành A")],
            deals=[deal("groundbreaking", ["Kho lạnh Sông Hậu Xanh"], None, CT)],
            events=[ev("groundbreaking", [F("Kho lạnh Sông Hậu Xanh")], None, None, CT, "started")],
        ),
        h(
            n(),
            "Gần 520 tỉ đồng sẽ được rải ra tới năm 2028 cho 5 kho âm sâu và 2 kho mát, tổng sức chứa 92.400 pallet; khu đất chừng 9 ha, trong đó 38.700 m2 xây dựng.",
            "2022-09-12",
            "ministry",
            ["plant_details_no_firm", "count", "capacity_no_count", "area", "m2_to_ha", "approx", "no_event"],
            money=[m(520 * B, "VND", approx=True)],
            quantities=[c(5, "kho âm sâu"), c(2, "kho mát")],
            areas=[ha(9, True), ha(3.87)],
            events=[],
        ),
        h(
            n(),
            "Nếu kịp tiến độ, quý II-2023 kho số 1 (khoảng 16.000 pallet) sẽ nhận lô hàng đầu tiên.",
            "2022-09-12",
            "ministry",
            ["schedule_no_firm", "capacity_no_count", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a delegation at a food plant in Long Giang park, a contractor's package for a packaging plant (S8 r3-r4) ---
    rows += [
        h(
            n(),
            "(THĐT) Dây chuyền bánh gạo, sữa chua của Công ty TNHH Thực phẩm Hảo Vị ở Khu công nghiệp Long Giang (huyện Tân Phước, tỉnh Tiền Giang) là điểm dừng đầu tiên của đoàn tỉnh Savannakhet (Lào) chiều 14-2; Phó Chủ tịch UBND tỉnh Tiền Giang Võ Văn Bình đi cùng đoàn.",
            "2024-02-15",
            "provincial",
            [
                "source_tag_no_org",
                "visit_no_deal",
                "park",
                "district",
                "foreign_province_no_location",
                "country_bracket",
                "role_before_name",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Tiền Giang"],
            persons=[per("Võ Văn Bình", "Phó Chủ tịch UBND tỉnh Tiền Giang")],
            firms=[f("Thực phẩm Hảo Vị", "Công ty TNHH")],
            provinces=[pv("Tiền Giang")],
            locations=[park("Khu công nghiệp Long Giang"), district("huyện Tân Phước"), country("Lào")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 62 triệu USD vốn ngoại đã được Hảo Vị đổ vào hai khu xưởng rộng 8,1 ha, làm ra 68.000 tấn sữa, bánh và đồ uống mỗi năm.",
            "2024-02-15",
            "provincial",
            ["recalled_investment", "amount_first", "area", "approx", "capacity_no_count", "count_in_words"],
            firms=[f("Hảo Vị")],
            money=[m(62 * M, "USD", approx=True)],
            areas=[ha(8.1)],
            deals=[deal("investment", ["Hảo Vị"], 62 * M)],
            events=[],
        ),
        h(
            n(),
            "Đoàn tỉnh Savannakhet xem khu đóng gói của nhà máy. Ảnh: Minh Thư",
            "2024-02-15",
            "provincial",
            ["caption", "photo_credit_person", "foreign_province_no_location", "no_event"],
            persons=[per("Minh Thư", None)],
            events=[],
        ),
        h(
            n(),
            "PHÚ THỊNH LONG BÀN GIAO GÓI THẦU CƠ ĐIỆN NHÀ MÁY BAO BÌ SAO MAI 3 – LONG AN\n\n09 Sep 2021\n\nGói thầu lắp đặt máy thổi màng, hệ thống khí nén và lò hơi mà Công ty CP Cơ điện Phú Thịnh Long nhận từ Công ty CP Bao bì Nhựa Sao Mai cho nhà máy Sao Mai 3 đã xong đúng hạn trong tháng 8/2021.",
            "2021-09-09",
            "ministry",
            [
                "contractor_site",
                "caps_headline",
                "caps_firm",
                "recalled_supply_contract",
                "contractor_first",
                "province_in_headline",
                "multiline",
            ],
            firms=[
                f("Phú Thịnh Long"),
                f("Cơ điện Phú Thịnh Long", "Công ty CP"),
                f("Bao bì Nhựa Sao Mai", "Công ty CP"),
            ],
            provinces=[pv("Long An")],
            deals=[deal("supply_contract", ["Cơ điện Phú Thịnh Long", "Bao bì Nhựa Sao Mai"], None, TNi)],
            events=[],
        ),
        h(
            n(),
            "Sao Mai 3 rộng 48.000 m2, dựng ngay cạnh Sao Mai 1 (21.000 m2) ở Đức Hòa, Long An; chủ của cả hai, Công ty CP Bao bì Nhựa Sao Mai, làm màng ghép và túi thực phẩm từ năm 1998.",
            "2021-09-09",
            "ministry",
            ["firm_profile_no_capital", "m2_to_ha", "bare_district_no_location", "no_event"],
            firms=[f("Bao bì Nhựa Sao Mai", "Công ty CP")],
            provinces=[pv("Long An")],
            areas=[ha(4.8), ha(2.1)],
            events=[],
        ),
        h(
            n(),
            "Ở Long An, Phú Thịnh Long hiện có 9 công trình đang thi công, Sao Mai 3 là gói lớn nhất.",
            "2021-09-09",
            "ministry",
            ["contractor_profile", "count", "no_event"],
            firms=[f("Phú Thịnh Long")],
            provinces=[pv("Long An")],
            quantities=[c(9, "công trình")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japan-Vietnam farm dialogue (S10 r2), a tomato plant licensed in Lâm Đồng and the province's parks (S12 r1-r2) ---
    rows += [
        h(
            n(),
            "Hai bộ trưởng Kato Hiroshi (Nhật Bản, bên phải) và Đỗ Văn Thành bắt tay sau hội đàm ngày 5/3.",
            "2025-03-06",
            "ministry",
            ["caption", "plural_role_two_names", "country_bracket", "no_event"],
            persons=[per("Kato Hiroshi", "bộ trưởng"), per("Đỗ Văn Thành", "bộ trưởng")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Văn kiện tầm nhìn trung, dài hạn được ký tại kỳ Đối thoại hợp tác nông nghiệp Việt – Nhật lần thứ bảy đặt trọng tâm vào cơ giới hoá, chế biến sâu và giảm phát thải trong 5 năm tới.",
            "2025-03-06",
            "ministry",
            [
                "government_vision_no_event",
                "unnamed_parties",
                "old_tone",
                "ordinal_not_count",
                "duration_no_count",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "THÁNG 4/2016\nĐơn Dương có nhà máy cà chua, ớt 82 tỷ đồng\nNhà máy cô đặc cà chua, tương ớt 82 tỷ đồng của Công ty TNHH Thực phẩm Đồi Thông (trụ sở ở quận Gò Vấp, TP.HCM) sẽ mọc trên 3,5 ha ở Cụm công nghiệp Đạ Ròn, huyện Đơn Dương, sau khi UBND tỉnh Lâm Đồng đồng ý chủ trương đầu tư.",
            "2016-04-08",
            "provincial",
            [
                "blog",
                "date_line_caps",
                "headline_lead",
                "licence_with_grantor",
                "object_first",
                "investor_home_province",
                "cluster",
                "district",
                "area",
                "multiline",
            ],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            firms=[f("Thực phẩm Đồi Thông", "Công ty TNHH")],
            provinces=[pv("Lâm Đồng"), pv("Hồ Chí Minh")],
            money=[m(82 * B, "VND")],
            areas=[ha(3.5)],
            locations=[district("quận Gò Vấp"), park("Cụm công nghiệp Đạ Ròn"), district("huyện Đơn Dương")],
            deals=[deal("investment", ["Thực phẩm Đồi Thông"], 82 * B, LD)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Lâm Đồng"), F("Thực phẩm Đồi Thông")],
                    82 * B,
                    "VND",
                    LD,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Gần 10.000 m2 dành cho đường nội bộ, xử lý nước thải và khu điều hành; phần chính là 14.800 m2 nhà xưởng, bên cạnh 9.500 m2 nhà màng trồng cà chua trình diễn và 650 m2 phòng kiểm nghiệm.",
            "2016-04-08",
            "provincial",
            ["plant_details_no_firm", "m2_to_ha", "approx", "no_event"],
            areas=[ha(1.0, True), ha(1.48), ha(0.95), ha(0.065)],
            events=[],
        ),
        h(
            n(),
            "Khánh thành được hẹn vào quý II/2017; từ giờ đến đó công ty còn phải lo thuê đất, xin phép xây dựng và chốt nhà cung cấp thiết bị. Công suất thiết kế khoảng 50.000 tấn nguyên liệu tươi mỗi năm.\nHOÀNG YẾN",
            "2016-04-08",
            "provincial",
            [
                "schedule_no_firm",
                "planned_opening_no_name",
                "capacity_no_count",
                "byline_caps",
                "multiline",
                "no_event",
            ],
            persons=[per("Hoàng Yến", None)],
            events=[],
        ),
        h(
            n(),
            "Lâm Đồng mời gọi đầu tư vào 15 khu, cụm công nghiệp\n\nTỉnh cần chừng 2.300 tỷ đồng để làm hạ tầng cho hai khu công nghiệp mới: Khu công nghiệp Lộc Châu 410 ha ở TP Bảo Lộc và Khu công nghiệp Liên Hiệp 380 ha ở huyện Đức Trọng.",
            "2017-07-20",
            "provincial",
            [
                "portal_news",
                "headline_lead",
                "call_for_investment_no_deal",
                "count",
                "park",
                "district",
                "area",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Lâm Đồng")],
            money=[m(2300 * B, "VND", approx=True)],
            quantities=[c(15, "khu, cụm công nghiệp")],
            areas=[ha(410), ha(380)],
            locations=[
                park("Khu công nghiệp Lộc Châu"),
                park("Khu công nghiệp Liên Hiệp"),
                district("TP Bảo Lộc"),
                district("huyện Đức Trọng"),
            ],
            events=[],
        ),
        h(
            n(),
            "Chè, cà phê và rau quả chế biến chiếm phần lớn trong 61 dự án đã có giấy phép ở các khu, cụm công nghiệp đang chạy của tỉnh; tính cả dự án mới đăng ký thì có 76 dự án, trên 2.800 tỷ đồng.",
            "2017-07-20",
            "provincial",
            ["portal_news", "cumulative_total_no_deal", "count", "approx", "no_event"],
            money=[m(2800 * B, "VND", approx=True)],
            quantities=[c(61, "dự án"), c(76, "dự án")],
            events=[],
        ),
    ]
    # --- Vietnamese news: rice clusters planned and a rice mill opened in An Giang (S15 r1-r4) ---
    rows += [
        h(
            n(),
            '<image>data:image/s3,"s3://crabby-images/c0d89/c0d8912a80d30af0f55aec88da3f71fe5ce4a75a" alt="Quỹ ngoại rót vốn cho cánh đồng lớn"</image>\nTT - Ba cụm sấy, xay xát và kho lúa của Công ty CP Vật tư Nông nghiệp Cửu Long sẽ được khởi công lần lượt ngày 10-9 ở Tri Tôn (An Giang), 17-9 ở Hồng Ngự (Đồng Tháp) và 2-10 ở Tân Thạnh (Long An), theo ông Trịnh Quốc Hào, tổng giám đốc công ty.',
            "2019-09-04",
            "ministry",
            [
                "lottery_domain_carrying_lead",
                "image_alt_text",
                "planned_groundbreaking",
                "three_sites_three_deals",
                "person_role_after",
                "province_in_bracket",
                "bare_district_no_location",
                "multiline",
            ],
            persons=[per("Trịnh Quốc Hào", "tổng giám đốc công ty")],
            firms=[f("Vật tư Nông nghiệp Cửu Long", "Công ty CP")],
            provinces=[pv("An Giang"), pv("Đồng Tháp"), pv("Long An")],
            deals=[
                deal("investment", ["Vật tư Nông nghiệp Cửu Long"], None, AG),
                deal("investment", ["Vật tư Nông nghiệp Cửu Long"], None, DT),
                deal("investment", ["Vật tư Nông nghiệp Cửu Long"], None, TNi),
            ],
            events=[
                ev(
                    "investment_announcement", [F("Vật tư Nông nghiệp Cửu Long")], None, None, AG, "announced"
                ),
                ev(
                    "investment_announcement", [F("Vật tư Nông nghiệp Cửu Long")], None, None, DT, "announced"
                ),
                ev(
                    "investment_announcement",
                    [F("Vật tư Nông nghiệp Cửu Long")],
                    None,
                    None,
                    TNi,
                    "announced",
                ),
            ],
        ),
        h(
            n(),
            "Lò sấy ở mỗi cụm nhận 800 tấn lúa tươi một ngày; kho chứa được 40.000 tấn và máy xay xát chạy tới 180.000 tấn lúa mỗi năm.",
            "2019-09-04",
            "ministry",
            ["plant_details_no_firm", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TT - Công ty CP Vật tư Nông nghiệp Cửu Long sẽ khởi công trong tháng 9 và đầu tháng 10 ba cụm chế biến lúa gạo xuất khẩu, lần lượt ở An Giang, Đồng Tháp và Long An; mỗi cụm đều có kho, xưởng xay xát và lò sấy.",
            "2019-09-04",
            "ministry",
            ["second_telling", "planned_groundbreaking", "three_sites_three_deals", "province_list"],
            firms=[f("Vật tư Nông nghiệp Cửu Long", "Công ty CP")],
            provinces=[pv("An Giang"), pv("Đồng Tháp"), pv("Long An")],
            deals=[
                deal("investment", ["Vật tư Nông nghiệp Cửu Long"], None, AG),
                deal("investment", ["Vật tư Nông nghiệp Cửu Long"], None, DT),
                deal("investment", ["Vật tư Nông nghiệp Cửu Long"], None, TNi),
            ],
            events=[
                ev(
                    "investment_announcement", [F("Vật tư Nông nghiệp Cửu Long")], None, None, AG, "announced"
                ),
                ev(
                    "investment_announcement", [F("Vật tư Nông nghiệp Cửu Long")], None, None, DT, "announced"
                ),
                ev(
                    "investment_announcement",
                    [F("Vật tư Nông nghiệp Cửu Long")],
                    None,
                    None,
                    TNi,
                    "announced",
                ),
            ],
        ),
        h(
            n(),
            "Phát biểu của Chủ tịch nước Lê Quang Vinh mở đầu lễ khánh thành Nhà máy gạo Phúc An",
            "2023-01-17",
            "ministry",
            ["caption", "role_before_name", "plant_name_no_firm", "no_event"],
            persons=[per("Lê Quang Vinh", "Chủ tịch nước")],
            events=[],
        ),
        h(
            n(),
            "Chiều 16/1, Nhà máy gạo xuất khẩu Phúc An do Tập đoàn Đồng Xanh đầu tư đã được khánh thành tại Cụm công nghiệp Vọng Đông, huyện Thoại Sơn, tỉnh An Giang, với sự có mặt của Chủ tịch nước Lê Quang Vinh.",
            "2023-01-17",
            "ministry",
            ["inauguration_no_capital", "passive_opening", "cluster", "district", "attendee_not_party"],
            persons=[per("Lê Quang Vinh", "Chủ tịch nước")],
            firms=[f("Đồng Xanh", "Tập đoàn")],
            provinces=[pv("An Giang")],
            locations=[park("Cụm công nghiệp Vọng Đông"), district("huyện Thoại Sơn")],
            events=[ev("inauguration", [F("Đồng Xanh")], None, None, AG, "completed")],
        ),
        h(
            n(),
            "Ông Lâm Văn Đức, Chủ tịch HĐQT Công ty CP Tập đoàn Đồng Xanh, cho biết 72 silo của nhà máy trữ được 210.000 tấn lúa; mỗi ngày lò sấy nhận 4.200 tấn lúa tươi, còn dây chuyền xay xát xử lý 1.400 tấn lúa khô, tất cả trên khu đất 148.000 m2.",
            "2023-01-17",
            "ministry",
            ["person_role_after", "group_as_jsc", "m2_to_ha", "count", "capacity_no_count", "no_event"],
            persons=[per("Lâm Văn Đức", "Chủ tịch HĐQT Công ty CP Tập đoàn Đồng Xanh")],
            firms=[f("Đồng Xanh", "Công ty CP")],
            areas=[ha(14.8)],
            quantities=[c(72, "silo")],
            events=[],
        ),
        h(
            n(),
            "Các hãng châu Âu lo phần thiết bị: Millwerk (Thụy Sỹ) cấp máy xay xát, đánh bóng; Nordkorn (Đan Mạch) làm khâu tiếp nhận và sấy; silo và robot hút lúa mua từ Ý, Đức.",
            "2023-01-17",
            "ministry",
            ["equipment_origin_no_contract", "maker_mentions", "country_bracket", "country", "no_event"],
            firms=[f("Millwerk"), f("Nordkorn")],
            locations=[country("Thụy Sỹ"), country("Đan Mạch"), country("Ý"), country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy gạo 'lớn nhất châu Á' chạy máy ở An Giang\nThị trường - Ngày đăng : 17:50, 17/01/2023\nQuanh nhà máy ở huyện Thoại Sơn, 5 huyện của An Giang và Kiên Giang có gần 280.000 ha lúa.",
            "2023-01-17",
            "ministry",
            [
                "print_page",
                "headline_lead",
                "section_and_date",
                "district",
                "area",
                "count",
                "approx",
                "multiline",
                "old_province",
                "no_event",
            ],
            provinces=[pv("An Giang"), pv("Kiên Giang")],
            areas=[ha(280000, True)],
            quantities=[c(5, "huyện")],
            locations=[district("huyện Thoại Sơn")],
            events=[],
        ),
    ]
    # --- Vietnamese news: Cần Thơ's delegation in China (S16 r2) ---
    rows += [
        h(
            n(),
            "Đoàn công tác TP Cần Thơ, trưởng đoàn là Chủ tịch UBND thành phố Nguyễn Hữu Tâm, có 5 ngày (12-16/6) ở Quảng Tây (Trung Quốc); thành phố đã ký bản ghi nhớ hợp tác với TP Nam Ninh từ trước.",
            "2024-06-18",
            "ministry",
            [
                "delegation_no_deal",
                "recalled_city_mou_no_event",
                "role_before_name",
                "bare_committee_no_org",
                "duration_no_count",
                "foreign_place_no_location",
                "country_bracket",
                "no_event",
            ],
            persons=[per("Nguyễn Hữu Tâm", "Chủ tịch UBND thành phố")],
            provinces=[pv("Cần Thơ")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Gạo, trái cây và cá tra Cần Thơ là ba mặt hàng đoàn chào với Hiệp hội Xuất nhập khẩu nông sản Quảng Tây; đoàn cũng xem dây chuyền chế biến, kho lạnh của Tập đoàn Thực phẩm Bắc Bộ Loan.",
            "2024-06-18",
            "ministry",
            ["delegation_no_deal", "foreign_association", "plant_tour_no_deal", "no_event"],
            organizations=["Hiệp hội Xuất nhập khẩu nông sản Quảng Tây"],
            firms=[f("Thực phẩm Bắc Bộ Loan", "Tập đoàn")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
    ]
    # --- Further lines of the same Vietnamese pages: the analysis, the document store, the blog, the khuyến công portal,
    # the coffee portal and forum, the shareholders' story, the Long Giang visit, the rice mill and the China trip ---
    rows += [
        h(
            n(),
            "Nhóm nghiên cứu kiến nghị ưu tiên hỗ trợ thiết kế, chế tạo máy sấy và máy gặt cỡ vừa cho ruộng nhỏ, vì đây là nhóm máy doanh nghiệp trong nước có thể cạnh tranh về giá với hàng nhập.",
            "2021-08-19",
            "ministry",
            ["analysis", "recommendation", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cần hồ sơ xin vay vốn, thuyết minh dự án hay đánh giá môi trường? Gọi 0907 441 263, báo giá trong ngày.",
            "2023-11-20",
            "ministry",
            ["document_store", "consultancy_ad", "phone_number_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "10-22-41_may-say-lua-tang-soi\nAn Giang đang đẩy mạnh cơ giới hóa khâu sau thu hoạch\n\nBình luận",
            "2019-02-26",
            "ministry",
            ["blog", "image_file_name", "caption", "multiline", "no_event"],
            provinces=[pv("An Giang")],
            events=[],
        ),
        h(
            n(),
            "Sở Công Thương chịu trách nhiệm theo dõi các đề án và thanh quyết toán đúng hạn.\n\n(Xem toàn văn Quyết định số:1287/QĐ-UBND.HC và phụ lục tại đây)",
            "2023-08-25",
            "provincial",
            [
                "bare_units_no_org",
                "decision_without_date",
                "number_after_colon",
                "link_text",
                "multiline",
                "no_event",
            ],
            decisions=[d("1287/QĐ-UBND.HC")],
            events=[],
        ),
        h(
            n(),
            "Máy thay tay là điểm chung của sáu đề án được chọn, trải từ bánh kẹo, nhang sen, muối ớt đến bao bì và chế biến nông sản.",
            "2025-05-07",
            "provincial",
            ["khuyen_cong_scope", "count_in_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ vốn khuyến công, nhiều xưởng cơ khí nhỏ ở Lấp Vò, Cao Lãnh đã tự làm được máy sấy, máy tách hạt bán cho nông dân trong và ngoài tỉnh.",
            "2023-06-12",
            "provincial",
            ["portal_news", "bare_district_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "| Dây chuyền cà phê hòa tan |\nTám doanh nghiệp nữa, cả vốn trong nước lẫn vốn ngoại, đang xây nhà máy cà phê bột và hòa tan với tổng vốn lên tới hàng trăm triệu USD.",
            "2013-04-09",
            "ministry",
            [
                "pipe_caption",
                "vague_amount",
                "count_in_words",
                "unnamed_investors_no_deal",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Diện tích cà phê của tỉnh đã gần 190.000 ha, sản lượng trên 420.000 tấn nhân mỗi năm, nhưng phần đem đi chế biến sâu vẫn nhỏ.",
            "2009-09-18",
            "ministry",
            ["forum_post", "area", "approx", "tonnage_no_count", "bare_province_word", "nfd", "no_event"],
            areas=[ha(190000, True)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy lớn giờ đặt trạm cân ngay ở thôn, buôn; nông dân bán thẳng cho nhà máy, thương lái bớt đất sống.",
            "2020-06-15",
            "provincial",
            ["statistics_context", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hàng trái cây cần chiếu xạ được xử lý ở xưởng của Công ty TNHH Chiếu xạ An Bình ngay sát vách rồi chuyển sang kho, không phải chở đi đâu khác.",
            "2024-11-08",
            "ministry",
            ["firm_profile", "no_event"],
            firms=[f("Chiếu xạ An Bình", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Hảo Vị chọn Long Giang vì hàng đi TP.HCM chưa tới hai giờ xe, còn sữa tươi và gạo mua được ngay trong tỉnh.",
            "2024-02-15",
            "provincial",
            ["firm_profile", "bare_park_name_no_location", "duration_no_count", "no_event"],
            firms=[f("Hảo Vị")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Dải băng khánh thành được Chủ tịch nước Lê Quang Vinh và lãnh đạo tỉnh cùng cắt.",
            "2023-01-17",
            "ministry",
            ["caption", "role_before_name", "no_firm_no_event", "no_event"],
            persons=[per("Lê Quang Vinh", "Chủ tịch nước")],
            events=[],
        ),
        h(
            n(),
            "Gạo Ngọc Đồng, nhãn hàng chủ lực của Tập đoàn Đồng Xanh, bày ở gian trưng bày cạnh lễ đài",
            "2023-01-17",
            "ministry",
            ["caption", "brand_not_firm", "no_event"],
            firms=[f("Đồng Xanh", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Ông Lâm Văn Đức nói tập đoàn sẽ ký bao tiêu với các hợp tác xã quanh nhà máy ngay từ vụ đông xuân tới.",
            "2023-01-17",
            "ministry",
            ["reported_speech", "person_no_role", "future_contract_unnamed_counterparts", "nfd", "no_event"],
            persons=[per("Lâm Văn Đức", None)],
            events=[],
        ),
        h(
            n(),
            "Một đường bay thẳng Cần Thơ - Nam Ninh cũng được đem ra bàn với Cục Hàng không dân dụng Quảng Tây.",
            "2024-06-18",
            "ministry",
            ["delegation_no_deal", "foreign_agency_org", "foreign_city_no_location", "no_event"],
            organizations=["Cục Hàng không dân dụng Quảng Tây"],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Ông Tanabe nói hãng chọn MKX vì đồng bằng sẽ còn xuất nhiều tôm, xoài, sầu riêng, những mặt hàng hỏng ngay nếu đứt chuỗi lạnh.",
            "2024-11-08",
            "ministry",
            ["reported_speech", "surname_only_no_person", "acronym_firm", "no_event"],
            firms=[f("MKX")],
            events=[],
        ),
        h(
            n(),
            "Sở Nông nghiệp được giao làm việc với các hợp tác xã quanh cụm công nghiệp để Phú Thuận có đủ xoài, mít vào mùa cao điểm.",
            "2023-06-14",
            "provincial",
            ["bare_department_no_org", "short_firm_name", "no_event"],
            firms=[f("Phú Thuận")],
            events=[],
        ),
        h(
            n(),
            "Kho lạnh của hộ trồng hoa được đặt trong vườn, cạnh nhà sơ chế; hoa cắt buổi chiều được giữ qua đêm rồi mới đóng thùng đi TP.HCM.",
            "2019-10-15",
            "provincial",
            ["plant_details_no_firm", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- English: a fruit plant's groundbreaking in Đồng Tháp (S3 r3, VNS) ---
    rows += [
        h(
            n(),
            "Work starts on Đồng Tháp fruit processing plant\n\nOfficials and the investor shovel soil at the Hòa An site. — VNA/VNS Photo Thanh Tâm\n\nĐỒNG THÁP — Construction of the Hòa An fruit processing plant, Tân Thạnh Agro JSC's first large-scale processing site, began on March 14 at Tân Kiều Industrial Cluster in Đồng Tháp Province.",
            "2024-03-15",
            "ministry",
            [
                E,
                "headline_lead",
                "photo_credit_person",
                "dateline",
                "groundbreaking_held",
                "possessive_firm",
                "english_park_no_location",
                "deal_date",
                "multiline",
            ],
            persons=[per("Thanh Tâm", None)],
            firms=[f("Tân Thạnh Agro", "JSC")],
            provinces=[pv("Đồng Tháp")],
            deals=[deal("groundbreaking", ["Tân Thạnh Agro"], None, DT, "2024-03-14")],
            events=[ev("groundbreaking", [F("Tân Thạnh Agro")], None, None, DT, "started")],
        ),
        h(
            n(),
            "Running from the fourth quarter of 2024 is the target; VNĐ620 billion (US$25.4 million) has been set aside for phase one.",
            "2024-03-15",
            "ministry",
            [E, "split_row_no_firm", "conversion_bracket", "vnd_prefix", "no_event"],
            money=[m(620 * B, "VND"), m(25.4 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "A 900-tonne cold store sits beside the lines, which are sized for about 27,000 tonnes of juice concentrate, dried and frozen fruit a year.",
            "2024-03-15",
            "ministry",
            [E, "capacity_no_count", "plant_details_no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“We built Hòa An with Europe and North America in mind, and we will buy the fruit from farms in the province,” said Lê Thị Thu Vân, chairwoman of Tân Thạnh Agro's board.",
            "2024-03-15",
            "ministry",
            [E, "quote", "person_role_after", "possessive_firm", "region_no_country", "no_event"],
            persons=[per("Lê Thị Thu Vân", "chairwoman of Tân Thạnh Agro's board")],
            firms=[f("Tân Thạnh Agro")],
            events=[],
        ),
        h(
            n(),
            "Local growers would gain a steady buyer, Nguyễn Văn Phương, chairman of the Đồng Tháp People's Committee, told the ceremony. — VNS",
            "2024-03-15",
            "ministry",
            [E, "person_role_after", "agency_credit_no_org", "no_event"],
            organizations=["Đồng Tháp People's Committee"],
            persons=[per("Nguyễn Văn Phương", "chairman of the Đồng Tháp People's Committee")],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
    ]
    # --- English and a French VNA copy rendered in Vietnamese: a Korean cold chain hub in Cần Thơ (S7 r2, r4) ---
    rows += [
        h(
            n(),
            "Korean logistics firm breaks ground on Cần Thơ cold chain hub\n\nCẦN THƠ — Cần Thơ's first foreign-invested cold chain hub is under way: Hanbit Global Logistics broke ground on Thursday on the 4.8ha centre in Trà Nóc 2 Industrial Park, with its parent, South Korea's Hanbit Group, represented at the ceremony.",
            "2025-04-04",
            "ministry",
            [
                E,
                "headline_lead",
                "dateline",
                "groundbreaking_held",
                "weekday_no_date",
                "parent_mention",
                "possessive_country",
                "english_park_no_location",
                "area",
                "multiline",
            ],
            firms=[f("Hanbit Global Logistics"), f("Hanbit Group")],
            provinces=[pv("Cần Thơ")],
            areas=[ha(4.8)],
            locations=[country("South Korea")],
            deals=[deal("groundbreaking", ["Hanbit Global Logistics"], None, CT)],
            events=[ev("groundbreaking", [F("Hanbit Global Logistics")], None, None, CT, "started")],
        ),
        h(
            n(),
            "Frozen and dry warehouses will take up about 2.3ha; the rest of the plot is for trucks and a customs yard, and the operator expects to be fully open by late 2026.",
            "2025-04-04",
            "ministry",
            [E, "plant_details_no_firm", "area", "approx", "no_event"],
            areas=[ha(2.3, True)],
            events=[],
        ),
        h(
            n(),
            "“We have waited a long time for a cold chain investor in our parks,” Trần Văn Lợi, chairman of the Cần Thơ People's Committee, said at the ceremony.",
            "2025-04-04",
            "ministry",
            [E, "quote", "person_role_after", "nfd", "no_event"],
            organizations=["Cần Thơ People's Committee"],
            persons=[per("Trần Văn Lợi", "chairman of the Cần Thơ People's Committee")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Quỹ Chuỗi cung ứng logistics toàn cầu của Hàn Quốc góp vốn qua liên doanh với Hanbit Global Logistics để xây trung tâm logistics chuỗi lạnh 31 triệu USD, rộng hơn 4,8 ha, ở Khu công nghiệp Trà Nóc 2, TP Cần Thơ; Bộ Hải dương và Thủy sản Hàn Quốc cho biết công trình khởi công ngày 3/4. – TTXVN/CVN",
            "2025-04-04",
            "ministry",
            [
                "vna_shape_from_french",
                "groundbreaking_held",
                "joint_venture_one_deal",
                "fund_as_firm",
                "foreign_ministry_org",
                "country",
                "park",
                "area",
                "approx",
                "agency_credit_no_org",
                "multiline",
            ],
            organizations=["Bộ Hải dương và Thủy sản Hàn Quốc"],
            firms=[f("Quỹ Chuỗi cung ứng logistics toàn cầu"), f("Hanbit Global Logistics")],
            provinces=[pv("Cần Thơ")],
            money=[m(31 * M, "USD")],
            areas=[ha(4.8, True)],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Trà Nóc 2")],
            deals=[
                deal(
                    "groundbreaking",
                    ["Quỹ Chuỗi cung ứng logistics toàn cầu", "Hanbit Global Logistics"],
                    31 * M,
                    CT,
                    "2025-04-03",
                )
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Quỹ Chuỗi cung ứng logistics toàn cầu"), F("Hanbit Global Logistics")],
                    31 * M,
                    "USD",
                    CT,
                    "started",
                )
            ],
        ),
        # A French VNA copy on a consortium's cold store, rendered in Vietnamese (S18 r2-r3)
        h(
            n(),
            "Tập đoàn Thủy sản Minh Thành và Công ty CP Vận tải biển Đông Phương bắt đầu xây, từ ngày 9/3, kho lạnh 48.000 m2 cho thủy sản đông lạnh – hạng mục 320 tỷ đồng (khoảng 14,6 triệu USD) của dự án cảng và logistics Hậu Giang Xanh ở Khu công nghiệp Sông Hậu, tỉnh Hậu Giang.",
            "2015-03-11",
            "ministry",
            [
                "vna_shape_from_french",
                "groundbreaking_held",
                "consortium_one_deal",
                "park",
                "m2_to_ha",
                "conversion_bracket",
                "approx",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Thủy sản Minh Thành", "Tập đoàn"), f("Vận tải biển Đông Phương", "Công ty CP")],
            provinces=[pv("Hậu Giang")],
            money=[m(320 * B, "VND"), m(14.6 * M, "USD", approx=True)],
            areas=[ha(4.8)],
            locations=[park("Khu công nghiệp Sông Hậu")],
            deals=[
                deal(
                    "groundbreaking",
                    ["Thủy sản Minh Thành", "Vận tải biển Đông Phương"],
                    320 * B,
                    CT,
                    "2015-03-09",
                )
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Thủy sản Minh Thành"), F("Vận tải biển Đông Phương")],
                    320 * B,
                    "VND",
                    CT,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Với khoảng 850.000 ha mặt nước nuôi thủy sản, vùng đồng bằng đang thiếu kho; toàn dự án Hậu Giang Xanh rộng 28 ha, cần 1.100 tỷ đồng. – TTXVN",
            "2015-03-11",
            "ministry",
            [
                "vna_shape_from_french",
                "split_row_no_firm",
                "area",
                "approx",
                "agency_credit_no_org",
                "no_event",
            ],
            money=[m(1100 * B, "VND")],
            areas=[ha(850000, True), ha(28)],
            events=[],
        ),
    ]
    # --- English: farm mechanisation in the Mekong Delta (S17 r1-r4) ---
    rows += [
        h(
            n(),
            "International Journal of Agricultural Engineering and Technology, Vol. 12 (2021) No. 3, pages: 211-219, DOI:10.18517/ijaet.12.3.20871\n\nFarm Mechanisation in the Mekong Delta: Evidence from Tra Vinh Province\n\nThanh Hai Tran, Minh Duc Le, Quoc Bao Nguyen",
            "2021-06-30",
            "ministry",
            [E, "journal_page", "doi_no_count", "author_line", "unaccented_names", "multiline", "no_event"],
            persons=[per("Thanh Hai Tran", None), per("Minh Duc Le", None), per("Quoc Bao Nguyen", None)],
            provinces=[pv("Trà Vinh")],
            events=[],
        ),
        h(
            n(),
            "Only one in five rice farms in Tra Vinh owns any powered machine; the rest hire services at harvest time. Loans, training and better rural roads would do most to change that, the authors argue, in a country where about 38% of workers are still in farming.",
            "2021-06-30",
            "ministry",
            [E, "journal_abstract", "percentage", "fraction_no_percentage", "no_event"],
            provinces=[pv("Trà Vinh")],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "Mechanised rice drying for smallholders in the Mekong Delta\n- Sectors: Post-harvest technology and Agricultural mechanisation\n- Duration: 03/1996 – 06/2001\n- Volume: 1.8 Mill. Euro\n- Client: Danish Development Cooperation, Ministry of Foreign Affairs, Copenhagen\n- Partner: Mekong Agricultural Machinery Service Company (MEKOMACH), Can Tho",
            "2019-02-11",
            "ministry",
            [
                E,
                "project_sheet",
                "labelled_fields",
                "aid_project_no_deal",
                "mill_abbreviation",
                "company_keeps_word",
                "acronym_in_brackets",
                "foreign_city_no_location",
                "multiline",
            ],
            organizations=["Danish Development Cooperation", "Ministry of Foreign Affairs"],
            firms=[f("Mekong Agricultural Machinery Service Company")],
            provinces=[pv("Cần Thơ")],
            money=[m(1.8 * M, "EUR")],
            events=[],
        ),
        h(
            n(),
            "Its first task was the 450 or so Danish-built grain dryers that had stood idle since the 1980s: parts were brought in and local mechanics were taught to keep them running.",
            "2019-02-11",
            "ministry",
            [E, "project_sheet", "count", "approx", "adjective_no_country", "no_event"],
            quantities=[c(450, "Danish-built grain dryers", True)],
            events=[],
        ),
        h(
            n(),
            "Machines now do about 35 per cent of the Delta's rice harvest, against 58 per cent of its drainage and irrigation digging, according to the ministry.",
            "2012-10-08",
            "ministry",
            [E, "statistics", "percentage", "no_event"],
            percentages=[35, 58],
            events=[],
        ),
        h(
            n(),
            "For every 1,450 or so shops selling farm machines there are barely 900 repair workshops, and many machines in the fields were bought second-hand 30 years ago, Hoàng Văn Sỹ, chairman of the Việt Nam Agricultural Machinery Association, told the meeting.",
            "2012-10-08",
            "ministry",
            [E, "person_role_after", "association_org", "count", "approx", "duration_no_count", "no_event"],
            organizations=["Việt Nam Agricultural Machinery Association"],
            persons=[per("Hoàng Văn Sỹ", "chairman of the Việt Nam Agricultural Machinery Association")],
            quantities=[c(1450, "shops", True), c(900, "repair workshops", True)],
            events=[],
        ),
        h(
            n(),
            "Korean equipment makers made up a good part of the 280 or so people at the Hà Nội seminar, which the Ministry of Agriculture and Rural Development co-hosted with the Korea SME Promotion Agency. — VNS",
            "2012-10-08",
            "ministry",
            [
                E,
                "seminar_no_deal",
                "count",
                "approx",
                "adjective_no_country",
                "agency_credit_no_org",
                "no_event",
            ],
            organizations=["Ministry of Agriculture and Rural Development", "Korea SME Promotion Agency"],
            provinces=[pv("Hà Nội")],
            quantities=[c(280, "people", True)],
            events=[],
        ),
        h(
            n(),
            "Mr. Le Van Thanh, deputy director of the Ministry of Agriculture and Rural Development of Can Tho City, expected that the center will help the city farms, because young workers go to factories and the field is needing machines more and more.",
            "2022-08-25",
            "ministry",
            [E, "machine_translation", "person_role_after", "mistranslated_department", "no_event"],
            organizations=["Ministry of Agriculture and Rural Development of Can Tho City"],
            persons=[
                per(
                    "Le Van Thanh",
                    "deputy director of the Ministry of Agriculture and Rural Development of Can Tho City",
                )
            ],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
    ]
    # --- English: cold storage in the Delta (S18 r1, r4) ---
    rows += [
        h(
            n(),
            "Belgian-funded cold store sits idle in Mekong Delta\n\nAugust 14, 2023\n\nTrà Vinh's first smart cold store, a gift from Belgian donors worth more than US$1.1 million, has not stored a single crate since its opening on April 2, 2022: nobody has settled who legally owns it.",
            "2023-08-14",
            "ministry",
            [
                E,
                "headline_lead",
                "date_line",
                "donor_no_investor",
                "possessive_province",
                "adjective_no_country",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Trà Vinh")],
            money=[m(1.1 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Built for 75 tonnes of fruit on 1,200 sq.m beside a national highway, it was meant to send the Delta's fruit on to ports in Europe.",
            "2023-08-14",
            "ministry",
            [E, "m2_to_ha", "tonnage_no_count", "no_event"],
            areas=[ha(0.12)],
            events=[],
        ),
        h(
            n(),
            "The building's papers were still being sorted out when this report was filed.\n\nThe source of this news is from Thanh Nien News",
            "2023-08-14",
            "ministry",
            [E, "repost_source_line", "newspaper_no_org", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cold chain demand keeps climbing\n\nTwenty-five cold storage projects are due between 2024 and 2027, which would take the country past 1.9 million pallets of capacity, a market report says.",
            "2024-01-09",
            "ministry",
            [E, "headline_lead", "forecast", "capacity_no_count", "count_in_words", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- English: coffee plants in Dak Lak (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "A 315 billion VND (17.5 million USD) instant coffee plant, the biggest of its kind in Vietnam, is to go up in Krong Pac district after Dak Lak province licensed Singapore's Rong Xanh Pte Ltd to build it.",
            "2009-09-21",
            "ministry",
            [
                E,
                "licence_province_as_grantor",
                "amount_first",
                "possessive_country",
                "foreign_form",
                "english_district_no_location",
                "conversion_bracket",
            ],
            firms=[f("Rong Xanh", "Pte Ltd")],
            provinces=[pv("Đắk Lắk")],
            money=[m(315 * B, "VND"), m(17.5 * M, "USD")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Rong Xanh"], 315 * B, DL)],
            events=[
                ev(
                    "investment_licence",
                    [G("Dak Lak province"), F("Rong Xanh")],
                    315 * B,
                    "VND",
                    DL,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Viet-Bi Coffee Co. Ltd, with an 80,000-tonne bean plant, and BMT Xanh Coffee JSC, with a roasting and instant coffee line, got the province's go-ahead earlier in the year.",
            "2009-09-21",
            "ministry",
            [E, "recalled_licences", "two_deals_no_event", "bare_province_reference", "capacity_no_count"],
            firms=[f("Viet-Bi Coffee", "Co. Ltd"), f("BMT Xanh Coffee", "JSC")],
            deals=[deal("investment", ["Viet-Bi Coffee"]), deal("investment", ["BMT Xanh Coffee"])],
            events=[],
        ),
        h(
            n(),
            "Set as Homepage    Add Favorites\n\nDak Lak licenses Vietnam's largest instant coffee plant\nDate: 9/18/2009 4:12:05 PM",
            "2009-09-18",
            "ministry",
            [E, "site_furniture", "headline_no_firm", "us_date_format", "multiline", "no_event"],
            provinces=[pv("Đắk Lắk")],
            events=[],
        ),
        h(
            n(),
            "Dak Lak has given Rong Xanh Pte Ltd of Singapore an investment licence for a 7,500-tonne instant coffee plant worth VND315 billion (USD17.5 million), due to be built in Ea Kenh commune from November.",
            "2009-09-18",
            "ministry",
            [
                E,
                "licence_province_as_grantor",
                "of_country",
                "foreign_form",
                "vnd_prefix",
                "conversion_bracket",
            ],
            firms=[f("Rong Xanh", "Pte Ltd")],
            provinces=[pv("Đắk Lắk")],
            money=[m(315 * B, "VND"), m(17.5 * M, "USD")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Rong Xanh"], 315 * B, DL)],
            events=[ev("investment_licence", [G("Dak Lak"), F("Rong Xanh")], 315 * B, "VND", DL, "licensed")],
        ),
        h(
            n(),
            "(Source: VNA + VOVNews)\nHomepage | News | Search | Comparison | Terms Of Use | Contact\nINDOCHINA INVESTMENT ADVISORY CO., LTD\nHO Add: 18/7 Nguyễn Văn Đậu, Ward 5, Phú Nhuận District, HCMC - Vietnam\nPublication permit No: 41/GP-TTĐT, March 12, 2010.",
            "2009-09-18",
            "ministry",
            [
                E,
                "site_footer",
                "caps_firm",
                "address_no_count",
                "permit_number",
                "english_district_no_location",
                "multiline",
                "no_event",
            ],
            firms=[f("Indochina Investment Advisory", "Co., Ltd")],
            provinces=[pv("Hồ Chí Minh")],
            decisions=[d("41/GP-TTĐT", "2010-03-12")],
            events=[],
        ),
        h(
            n(),
            "Dak Lak (VNA) – By 2030 between 25 and 30 percent of Dak Lak's coffee beans should leave the province roasted or as instant coffee, up from a 16 percent goal for 2021, Y Ngông Niê, chairman of the provincial People's Committee, said.",
            "2017-06-02",
            "ministry",
            [E, "dateline", "person_role_after", "bare_committee_no_org", "percentage_range", "no_event"],
            persons=[per("Y Ngông Niê", "chairman of the provincial People's Committee")],
            provinces=[pv("Đắk Lắk")],
            percentages=[25, 30, 16],
            events=[],
        ),
        h(
            n(),
            "Instant coffee exports reached 4,900 tonnes and 29.4 million USD in 2016, yet the province's 152 processing facilities can handle only about 34,000 tonnes, 5.8 percent of the beans it grows.",
            "2017-06-02",
            "ministry",
            [E, "statistics", "count", "capacity_no_count", "percentage", "no_event"],
            percentages=[5.8],
            money=[m(29.4 * M, "USD")],
            quantities=[c(152, "processing facilities")],
            events=[],
        ),
        h(
            n(),
            "Dak Lak - a growing draw for foreign investors\n\nInvestors from India, Japan, Singapore, Belgium and the Republic of Korea are behind the province's 14 FDI projects, which hold 186 million USD in registered capital.",
            "2021-11-30",
            "ministry",
            [
                E,
                "headline_lead",
                "cumulative_total_no_deal",
                "country_list",
                "count",
                "multiline",
                "nfd",
                "no_event",
            ],
            provinces=[pv("Đắk Lắk")],
            money=[m(186 * M, "USD")],
            quantities=[c(14, "FDI projects")],
            locations=[
                country("India"),
                country("Japan"),
                country("Singapore"),
                country("Belgium"),
                country("Republic of Korea"),
            ],
            events=[],
        ),
        h(
            n(),
            "Highland Bean Co., Ltd, a British-backed roaster with room for 45,000 tonnes of robusta and 4,000 tonnes of cocoa a year, is one of four FDI coffee processors, whose projects add up to nearly 1.52 trillion VND (66.8 million USD).\nSource: VNA",
            "2021-11-30",
            "ministry",
            [
                E,
                "count_in_words",
                "firm_profile_no_amount",
                "adjective_no_country",
                "capacity_no_count",
                "approx",
                "agency_credit_no_org",
                "multiline",
                "no_event",
            ],
            firms=[f("Highland Bean", "Co., Ltd")],
            money=[m(1.52 * 1000 * B, "VND", approx=True), m(66.8 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: Cần Thơ's buyers and sellers of farm goods (S20 r1 German VOV rendered, S20 r2-r4, S16 r3) ---
    rows += [
        h(
            n(),
            "Can Tho (VOV) – Clean rice, fruit and seafood are what Philippine retailer Luzon Fresh came to Can Tho for, and the city can supply them, Vice Chairman of the Can Tho People's Committee Duong Minh Tri told its executives.",
            "2023-03-13",
            "ministry",
            [
                E,
                "vov_shape_from_german",
                "working_session_no_deal",
                "role_before_name",
                "adjective_no_country",
                "no_event",
            ],
            organizations=["Can Tho People's Committee"],
            persons=[per("Duong Minh Tri", "Vice Chairman of the Can Tho People's Committee")],
            firms=[f("Luzon Fresh")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Last week's Philippine rice tender went partly to Mekong Food Corporation (Mekofood), which will ship 16,000 tonnes.",
            "2019-08-19",
            "ministry",
            [
                E,
                "tender_won_buyer_unnamed",
                "corporation_keeps_word",
                "acronym_in_brackets",
                "adjective_no_country",
                "no_event",
            ],
            firms=[f("Mekong Food Corporation")],
            events=[],
        ),
        h(
            n(),
            "92.4 million USD fruit and vegetable plant inaugurated\n\nMonday - 17/02/2020\n(CTTĐTTN) - Fruit and vegetables from Tây Ninh's farms now have a large local processor: the Tây Phú plant of Long Phú Food JSC went into operation on February 15 with lines for juice, frozen and dried products.",
            "2020-02-17",
            "ministry",
            [
                E,
                "headline_lead",
                "amount_in_headline",
                "inauguration_with_capital",
                "possessive_province",
                "portal_source_tag",
                "deal_date",
                "multiline",
            ],
            firms=[f("Long Phú Food", "JSC")],
            provinces=[pv("Tây Ninh")],
            money=[m(92.4 * M, "USD")],
            deals=[deal("investment", ["Long Phú Food"], 92.4 * M, TNi, "2020-02-15")],
            events=[ev("inauguration", [F("Long Phú Food")], 92.4 * M, "USD", TNi, "completed")],
        ),
        h(
            n(),
            "Deputy Prime Minister Trần Quốc Hòa, who cut the ribbon, said processing was where Vietnamese farm exports still lose most of their value.",
            "2020-02-17",
            "ministry",
            [E, "role_before_name", "attendee_not_party", "no_event"],
            persons=[per("Trần Quốc Hòa", "Deputy Prime Minister")],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) - Seoul Meat Co. will buy 1,800 tonnes of pork a year from Hong Ha Agro-Food Investment Corporation under a contract the two have signed, Hong Ha's director, Dinh Cong Minh, said.",
            "2017-08-22",
            "ministry",
            [
                E,
                "dateline",
                "supply_contract",
                "buyer_first_seller_first_in_gold",
                "possessive_role",
                "corporation_keeps_word",
                "tonnage_no_count",
            ],
            persons=[per("Dinh Cong Minh", "Hong Ha's director")],
            firms=[f("Seoul Meat", "Co."), f("Hong Ha Agro-Food Investment Corporation"), f("Hong Ha")],
            provinces=[pv("Hà Nội")],
            deals=[deal("supply_contract", ["Hong Ha Agro-Food Investment Corporation", "Seoul Meat"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Hong Ha Agro-Food Investment Corporation"), F("Seoul Meat")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "A farm-technology memorandum with Japan's Kagoshima Agricultural University is Hong Ha's other new deal; its own slaughter line (250 pigs an hour) and cold store should start up in October.",
            "2017-08-22",
            "ministry",
            [
                E,
                "school_firm_mou_no_deal",
                "mou_as_subject",
                "short_name",
                "possessive_country",
                "capacity_no_count",
            ],
            organizations=["Kagoshima Agricultural University"],
            firms=[f("Hong Ha")],
            locations=[country("Japan")],
            events=[
                ev("mou", [F("Hong Ha"), O("Kagoshima Agricultural University")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Mekong Food Corporation (Mekofood) and China's Harvest Valley Group put their names to a memorandum of understanding on 60,000 tonnes of white rice and 25,000 tonnes of glutinous rice for the Chinese market; Deputy Minister of Agriculture and Rural Development Le Quoc Trung and former Chinese Ambassador Wang Ming looked on.",
            "2019-06-11",
            "ministry",
            [
                E,
                "firm_pair_mou",
                "witnesses_not_parties",
                "role_before_name",
                "possessive_country",
                "group_keeps_word",
                "tonnage_no_count",
            ],
            persons=[
                per("Le Quoc Trung", "Deputy Minister of Agriculture and Rural Development"),
                per("Wang Ming", "former Chinese Ambassador"),
            ],
            firms=[f("Mekong Food Corporation"), f("Harvest Valley Group")],
            locations=[country("China")],
            deals=[deal("mou", ["Mekong Food Corporation", "Harvest Valley Group"])],
            events=[
                ev(
                    "mou",
                    [F("Mekong Food Corporation"), F("Harvest Valley Group")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
    ]
    # --- French VNA copies rendered in Vietnamese: a Korean machinery maker in Cần Thơ, Long An in Ibaraki (S10 r3-r4) ---
    rows += [
        h(
            n(),
            "Máy nông nghiệp đời mới của Hàn Quốc sẽ ngốn khoảng 60% vốn dự án cơ giới hóa mà TP Cần Thơ bàn hôm 14/5 với hãng Daesung Agritech (Hàn Quốc); đào tạo và chuyển giao công nghệ lấy phần còn lại.",
            "2013-05-15",
            "ministry",
            ["vna_shape_from_french", "working_session_no_deal", "country_bracket", "percentage", "no_event"],
            firms=[f("Daesung Agritech")],
            provinces=[pv("Cần Thơ")],
            percentages=[60],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Riêng hạ tầng cho dự án ở Cần Thơ, Daesung Agritech hứa bỏ tới 1.500 tỷ đồng (hơn 70 triệu USD), Phó Chủ tịch UBND TP Cần Thơ Trần Quang Hải cho biết; ông nói nông dân sẽ có máy tốt hơn thay cho máy Trung Quốc đang dùng phổ biến. – TTXVN",
            "2013-05-15",
            "ministry",
            [
                "vna_shape_from_french",
                "pledge_announced_investment",
                "role_before_name",
                "up_to_not_approx",
                "conversion_bracket",
                "country",
                "agency_credit_no_org",
            ],
            organizations=["Ủy ban nhân dân TP Cần Thơ"],
            persons=[per("Trần Quang Hải", "Phó Chủ tịch UBND TP Cần Thơ")],
            firms=[f("Daesung Agritech")],
            provinces=[pv("Cần Thơ")],
            money=[m(1500 * B, "VND"), m(70 * M, "USD", approx=True)],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Daesung Agritech"], 1500 * B, CT)],
            events=[ev("investment_announcement", [F("Daesung Agritech")], 1500 * B, "VND", CT, "announced")],
        ),
        h(
            n(),
            "Nông nghiệp công nghệ cao, logistics và cảng biển là ba mảng Chủ tịch UBND tỉnh Long An Nguyễn Văn Phúc đề nghị tỉnh Ibaraki (Nhật Bản) cùng làm, trong buổi chào xã giao Thống đốc Mori Takeshi ngày 3/4.",
            "2024-04-05",
            "ministry",
            [
                "vna_shape_from_french",
                "courtesy_call_no_deal",
                "role_before_name",
                "foreign_prefecture_no_location",
                "country_bracket",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Long An"],
            persons=[
                per("Nguyễn Văn Phúc", "Chủ tịch UBND tỉnh Long An"),
                per("Mori Takeshi", "Thống đốc"),
            ],
            provinces=[pv("Long An")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    return rows
