# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 152 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: cutting tools, abrasives, drills and precision tooling (mũi khoan, dao
cắt, đá mài, dụng cụ cắt gọt) made or bought in Vietnam. Written and annotated for every field BEFORE any tagger was run
on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1
"nhà máy sản xuất mũi khoan dao cắt khu công nghiệp vốn đầu tư", S2 "đá mài đá cắt sản xuất tại Việt Nam nhà máy", S3
"dụng cụ cắt gọt kim loại doanh nghiệp Việt Nam nhập khẩu", S4 "mũi khoan hợp kim carbide nhà cung cấp Việt Nam", S5
"công ty đá mài Hải Dương sản xuất", S6 "vật liệu mài mòn giấy nhám nhà máy FDI khu công nghiệp", S7 "dao phay CNC dụng
cụ chính xác phân phối Việt Nam hợp tác", S8 "khởi công nhà máy dụng cụ cầm tay mũi khoan lưỡi cưa", S9 "cấp giấy chứng
nhận đăng ký đầu tư dự án sản xuất dụng cụ cắt", S10 "thị trường dụng cụ cắt gọt cơ khí chính xác Việt Nam", S11 "đá
cắt sắt nhập khẩu Trung Quốc chống bán phá giá", S12 "lưỡi cưa kim cương sản xuất Việt Nam xuất khẩu", S13 "ký kết hợp
tác phân phối dụng cụ cắt gọt Nhật Bản doanh nghiệp Việt", S14 "dao tiện mảnh chèn hợp kim nhà máy cơ khí khách hàng
FDI", S15 "dụng cụ điện cầm tay máy khoan nhà máy Việt Nam đầu tư triệu USD", S16 "doanh nghiệp cơ khí nội địa chế tạo
dụng cụ cắt công nghiệp hỗ trợ", and in English S17 "cutting tools manufacturer Vietnam factory investment", S18
"abrasives grinding wheels plant Vietnam industrial park", S19 "power tools drill bits factory Vietnam production", S20
"Vietnam precision tooling supplier agreement Japanese company". (Batches 132 and 143 had neighbouring themes and met
some of the same pages: the local firm's groundbreaking, the turned-parts vendor page, the supporting-industry feature,
the tax agent's explainer; none of their rows was reused, and every row here was drafted from this sample and checked
against those two batches.) No sentence is taken or paraphrased from a page; the shapes are. Firm, plant, brand, city,
person and byline names are invented (Dụng cụ cắt Nam Khải / Nam Khải, Dụng cụ cắt Thăng Long / Thăng Long, Thương mại
Hakuba / Hakuba, Công nghiệp Minoshima / Minoshima, Cơ khí Sông Hồng, thành phố Minokami and the brand VIMI, Cơ khí và
Dịch vụ Long Điền (LDM), Seto Hamono, Kim Sa Tech, Hải Âu Xanh, Kiểm định Long Hải, Dao kéo Xuyên Mộc, Việt Phong / Cơ
điện Việt Phong, Dụng cụ cơ khí Hòa Mỹ, Đá mài Hải Thành, Vật liệu mài Đông Triều, Cơ khí Phú An, Tư vấn Thiết kế Xây
dựng Minh Trí, Harbourline Industries / HLI / Harbourline, Hokuriku Seiki, Dai Viet Design and Construction, Sao Mai
Lubricants, Huu Loc Tools, Sao Nam Precision Tool Co. (Sanatool), Okamura Kikai, Nishida Tekko, Sakura Motor, the
project code KC.03.DA07/11-15, decisions 2718/QĐ-UBND and 1862/QĐ-BKHCN, every official, director, researcher,
lecturer, author, reporter and photographer); well-known names (SYM, Fujikura, Toyota, Yamaha, Kubota, Makita, Nestlé,
Denso, Frost & Sullivan, JETRO, JICA, AmCham Vietnam, Habitat for Humanity, Reuters, the ministries, agencies and
universities, Viện Máy và Dụng cụ công nghiệp, the parks of Binh Minh and Phuoc Nam, Saigon Hi-tech Park, Decree
31/2021/NĐ-CP and Circular 25/2023/TT-BKHĐT cited by number) appear only in sentences of our own, with figures, dates and
places changed.

What the sample looked like (80 result slots, about 56 distinct pages; the index answered the Vietnamese tool searches
mostly with machine-made keyword titles, a fastener vendor's turned-parts one-liner came back five times and an
anti-counterfeiting magazine's supporting-industry feature three times, and the English searches brought a power-tool
group's top-up four times): 33 slots were spam (32 keyword titles on Polish, Belgian, Dutch and Italian domains about
crushers, quarries, ferro-silicon, calcium-silicon, import taxes and jig design, all four results of S2, S4, S5 and S12;
one betting salad with run-together words, S7 r3); 16 were tag, title, product, legal-portal and category pages (the
vendor's one-liner five times, an end-mill explainer title twice, a machining explainer title, an ebook tag, two law
firms' certificate tags, a legal portal's decision title, a keyword tag, a quota tag, a business site's hashtag page
with an anti-dumping headline and lead naming domestic makers, a tool shop's category page with numbered sections); 7
were documents and explainers (a state project report on a document store with download chrome, caps cover, host
institute, project head and a personal-data form; a university journal's paper on a cutting machine with authors,
affiliations, dates and a bilingual abstract with dimensions; a tax agent's explainer on the investment certificate with
footnoted counts and legal bases; the supporting-industry feature three times with percentages and footnote markers; an
internship report at an electrical firm with thanks, a standard and contents); 9 were Vietnamese news and features (a
national portal on a local precision firm's groundbreaking twice, with capital, schedule, transferred technology from two
countries, a "{keywords}" placeholder caption and the city department's loan cap and park; a business weekly's FDI
feature twice with related links and statistics; a Party journal on a twenty-year three-party cooperation with a
recalled 1989 agreement; a provincial daily's three pieces on a Japanese city's joint-brand project for knives, scissors
and pliers, with captions, a seminar, an approving decision, an aid budget, officials' and directors' words and the
list of five chosen firms; a finance site's Q&A interview on "Made in" and "Made by"); 1 was a Japanese-language portal
page on a lubricant plant's groundbreaking (rendered here in Vietnamese, two rows); 14 were English (a Reuters item on a
power-tool group's top-up twice, a business site's repost of it twice, a cached copy of an investment weekly's licence
round at the city's hi-tech park, a news-agency groundbreaking of a Japanese precision plant in the Mekong twice, a trade
site on a grease plant's groundbreaking, a press-wire copy of the national agency on the group's strategic base, a
tool-advice explainer on where drill bits are made, a legal daily's English page on Japanese buyers and Vietnamese
suppliers with a recalled mould order, a Japanese maker's partnership declaration, a news-agency item on Japan as a
buyer with a supplier mission, a city daily's English item on a carmaker's memorandum with the ministry's industry
agency). About 14 slots told a deal or an event with a named party (the groundbreaking twice, the top-up four times,
the licence, the Mekong groundbreaking twice, the grease groundbreaking twice, the recalled agreement, the recalled
order, the memorandum); the joint-brand project, the missions and the declarations are programmes without deals.

Rows: 156 (hand-48801 to hand-48956); 11 carry a deal or an event (7.1%): 9 events (5 groundbreakings, 2 investment
announcements, 1 investment licence, 1 MoU) and 12 `deals` entries (5 groundbreaking, 3 investment, 3 mou, 1
supply_contract); 2 rows hold only deals (48883 a recalled three-party agreement, 48946 a recalled order), 1 an event
without a deal (48954 a firm-agency memorandum) and 8 both (48866, 48871, 48918, 48922, 48926, 48934, 48938, 48940).
145 rows are negatives and other fields. By page kind: 20 rows of spam (48801-48820; 0 with a deal or event), 20 of
tag, title, product, legal-portal, hashtag and category pages (48821-48840; 0), 25 of documents, explainers, the
feature and the internship report (48841-48865; 0), 50 of Vietnamese news and features (48866-48915: the groundbreaking
48866-48874, the FDI feature 48875-48881, the Party journal 48882-48887, the joint-brand project 48888-48907, the
interview 48908-48915; 3), 2 of the Japanese page rendered in Vietnamese (48916-48917; 0) and 39 of English copy
(48918-48956; 8); 39 rows are English (`english_copy`, 25.0%). 10 rows are stored in NFD (hand-48855, 48858, 48869,
48881, 48893, 48901, 48905, 48910, 48914, 48916); 6 use old tone placement (48860 "tuỳ", 48867 "tự động hoá", 48883
"thoả thuận", 48887 "đa dạng hoá", 48891 and 48899 "thương mại hoá"); 32 hold several lines (headlines and leads, a
hashtag line, a breadcrumb, numbered sections, download chrome, report covers and forms, a flattened signature block,
author and affiliation lines, legal bases, glued contents, a placeholder caption, related links, subheadings, a
reporter credit with comment chrome, a cached-page footer, a policy page's date line).

Own wording: every row was drafted in its own order (amount-first, count-first, object-first, date-first,
target-first, quote-first with the speaker last), with changed figures, names, dates and places and the products moved
onto the theme (carbide drills and end mills, cutting discs, grinding wheels, saw blades, knives and scissors, cutting
fluids, cordless drills); on review against the notes taken from the sampled pages, about 60 drafts that still kept a
page's run of facts, its order, a quote's sense or its opening words were rewritten from scratch (among them the
groundbreaking's profile, schedule, technology and park lines, the FDI feature's lead, statistics, subheading and
worry, the Party journal's lead, the recalled signing and its terms, the joint-brand logo, caption, programme name,
seminar, caption, decision, training, business-plan, JICA, restart, caption, director's and aid lines and the trainer
row, the interview's lead and question, the explainer's count, definition, overview and incentives rows, the feature's
percentage and scope rows, the internship report's thanks and standard rows, the category page's three rows, and in
English the top-up and its plant, R&D and profile lines, the statistics line, the licence round's lead and quote, the
agency copy's lead, headcount and profile, the contractor, province and headline rows of the two groundbreakings, the
site-access row, the supplier and JETRO rows, the zones row, the memorandum's programme, official and supplier-count
rows). Four planned spam rows were dropped because their titles came only from results ranked 5 or lower (a "50 tấn h"
design-standard title, S2 r7 and S8 r8; a "giá mỗi kg nhà máy" price title, S4 r7 and S14 r7; a "tinh chế hạt mua nhà
sản xuất" title, S4 r8 and S6 r6; a betting line on league tables, S3 r5 and S7 r5); two tag rows lost an "Lưu trữ"
archive suffix seen only at S9 r7; the trainer row lost a staff-management item seen only at S13 r8; the second betting
row's run-together words were rewritten because they followed S7 r3 too closely. Nothing else was used from ranks 5-8,
among them: the precision firm's founder profile with its first-phase capacity (S16 r6), a textile group's trading
agreement with a Japanese house (S13 r5), the joint-brand project's later pieces (S13 r6, r8), a Hanoi supporting-
industry association's Japan links (S13 r7), a Japanese precision firm's Tân Bình plant and a roofing maker's top-up
(S20 r5), a chamber's meeting on Japanese buyers (S20 r6), the radio's copy of the carmaker's memorandum and an
association's memorandum with it (S20 r7, r8), a Japanese machine plant's opening in Hà Nam (S17 r7), a metalworking
show preview (S17 r8), a grinding-machine maker's magazine feature (S17 r5), MDF and plywood plants (S18 r5, r6, r8),
power-tool market and drill-bit blogs (S19 r5-r7), the national English daily on the group's meeting with a Deputy Prime
Minister (S19 r8), a park's FDI year (S1 r8), a carmaker's US plant date and a thesis on Japanese FDI (S15 r6, r7), the
coated-steel anti-dumping news (S11 r8), a document on mechatronics, a casting explainer, a CNC textbook, a CNC-parts
blog, a course paper and ebook tags (S7 r6, r7, S10 r6, r7, S16 r7, r8, S8 r5), and legal downloads (S9 r5-r8).

Conventions: exactly those of batches 10 and 12-151 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started", with its capital when written,
dated only with a day, sited by a province written in the row (a park's city inside its name counts); work "under way"
on a named firm's plant is a groundbreaking; a named firm's announced top-up is an investment deal and an
investment_announcement, unsited when only "Vietnam" is written; a licence received without grantor is the firm's
investment deal and investment_licence event; recalled agreements and orders are deals without events, three co-signers
one deal per pair, an order told with seller and buyer named a recalled supply contract, seller first; a memorandum of a
firm with an agency is an mou event with a government party and no deal; programmes, aid projects, seminars, missions,
trainings, quote requests, supplier status, customers, contractors, existing plants, commitments without plant or sum,
technology transfers from unnamed partners, statistics, forecasts, market sizes and trade-remedy cases give no deal;
anaphoric "doanh nghiệp này", "the company", "the group", "its" rows give money, areas and counts only; vague amounts
("hàng tỉ đô la") are none; "khoảng", "chừng", "gần", "hơn", "some", "about", "more than", "passed" are approximate;
bracketed conversions are both money, the deal taking the one written first; capacities, tonnages, volumes, dimensions,
power ratings, axes, voltages, ratings, durations, ordinals, fractions, multipliers, page counts, file sizes, phone
numbers, years, counts in words and counts without a noun are no counts; counts keep their noun phrase ("dự án FDI",
"researchers and engineers"), English counts their English head noun ("suppliers", "enterprises", "makers"); m² and
square metres are areas in ha; Vietnamese legal forms are normalised ("Công ty CP" for "Công ty cổ phần" and "Công ty Cổ
phần", "Công ty TNHH MTV" for "Công ty TNHH một thành viên", "Tổng công ty"), a bare "Công ty" kept as the form, foreign
ones kept as written ("Co., Ltd.", "Co. Ltd.", "Co.", "JSC", "Company Limited"), "Việt Nam"/"Vietnam" dropped from a
foreign subsidiary's name; a caps name takes its usual spelling; a bracketed acronym after a name is no second entry,
alone it is a firm or an organisation ("JETRO"); a bare headline name and the lead's full name with the same canonical
name are one entry, a plant's name holding the firm's name no second firm; a province inside an organisation's or
park's name is a mention, inside a firm's name none; datelines are mentions, not sites; Vietnamese country words
("Nhật", "người Nhật", "hàng Nhật", "phía Nhật") and English country nouns and possessives ("Japan's", "of Hong Kong")
are countries, English adjectives ("Taiwanese", "Thai", "Australian", "Japanese") nothing, a country inside an
organisation's name none, lower-case countries in spam nothing; foreign cities, prefectures and regions nothing; parks
written in Vietnamese are locations, English parks none; "thị xã X" is a district; bylines, reporter credits and photo
credits with a full name are persons without role, "TS.", "ThS.", "PGS.TS" are no roles, cover labels ("Chủ nhiệm Dự
án") are; a surname or given name alone is no person; "PV:" is nothing; "UBND tỉnh" bare is no organisation, "Sở Công
Thương" bare as written is (as earlier batches annotate it); laws without a number and standards (TCVN) are no decisions,
decrees, circulars and decisions by number are, a decision's date only when written with it; old tone placement is
normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- The amount-first groundbreaking lead "214 tỷ đồng là tổng vốn mà Công ty TNHH Dụng cụ cắt Nam Khải dành cho nhà máy
  mũi khoan, dao phay hợp kim được động thổ sáng 22/10 tại Khu công nghệ cao TP.HCM" under the headline "Khởi công nhà
  máy dụng cụ cắt gọt Nam Khải" (48866) is a groundbreaking deal and event with the amount, dated 2020-10-22 and sited in
  HCM City by the park's name; the headline's plant name gives no second firm. The placeholder caption "{keywords}\nLãnh
  đạo thành phố cùng Nam Khải bấm nút động thổ" (48871) is the short name's groundbreaking deal and event, undated and
  unsited; the city leaders are no party. "Hàn Quốc là nơi chuyển giao dây chuyền ...; lò thiêu kết được mua của một
  hãng Đài Loan (Trung Quốc)" (48869) names no partner: countries only. The city's loan cap (48872) is money; the 310 ha
  supporting-industry park without developer (48874) an area only.
- The Party journal's recalled signing "Thăng Long, Hakuba và Minoshima đặt bút ký bản thoả thuận hợp tác sản xuất,
  xuất khẩu mũi khoan và ta rô tại Hà Nội hôm 12-3-1991" (48883), told in a 2016 anniversary piece, gives three mou
  deals, one per pair, dated 1991-03-12 and sited in Hà Nội by the signing place, and no event. The lead (48882) names
  the three with their Vietnamese forms ("Công ty cổ phần" of the two Japanese firms normalised to "Công ty CP"); the
  headline's "Dụng cụ cắt Thăng Long" and the lead's full name are one entry; an ongoing relationship gives no deal; the
  short names alone in later rows ("Thăng Long") are firm entries; the former parent "Tổng công ty Cơ khí Sông Hồng"
  (48885) a firm mention; the terms and the plan to diversify (48884, 48887) no deal.
- The joint-brand project: a province and a Japanese city's programme, its aid (48905, "214.360 USD ... vốn đối ứng, bên
  cạnh 1,9 triệu USD viện trợ"), its approval ("Quyết định số 2718/QĐ-UBND ngày 14/10/2019 của UBND tỉnh", 48897, a
  decision with its date, no organisation from the bare "UBND tỉnh"), its seminar, trainers, trial production and the
  list of five chosen firms give no deal; "thành phố Minokami" and the brand "VIMI" nothing; "Công ty Seto Hamono" keeps
  "Công ty" as its form; "Giám đốc Công ty TNHH Kim Sa Tech (thị xã Phú Mỹ)" gives the role as written and the district
  "thị xã Phú Mỹ"; "ông Việt" alone no person.
- The interview: "PGS.TS Lê Hữu Nghĩa, chuyên gia kinh tế công nghiệp" gives that role, the Q&A label "PGS.TS Lê Hữu
  Nghĩa:" the person without role; the headline's "máy khoan Việt Phong" the firm "Việt Phong", a later row's "Công ty CP
  Cơ điện Việt Phong" (48912) its own entry; "Tổng giám đốc Việt Phong" a role as written.
- The Japanese page rendered: the plant funded "do một nhóm nhà đầu tư Thái Lan và Úc" (48916) names no firm: money
  (5,8 triệu USD and khoảng 142,1 tỷ đồng) and countries only; "ở Phước Nam" without "KCN" is no park; the general
  contractor (48917) a firm mention.
- The power-tool top-up: the amount-first wire lead "HANOI — An extra $480 million is headed to Vietnam from Harbourline
  Industries, ..., a government statement showed on Wednesday" (48918) and the repost "Reuters, citing the government,
  reported that Harbourline Industries is committing a further US$480 million ..." (48922) are announced investments
  without site; the dateline is a mention; the plant's completion in HCM City and the R&D centre told with "the
  company" (48919, 48920) give provinces and a count only.
- The licence round: the cached headline "Ho Chi Minh City hands investment certificates to seven projects" over a lead
  with no firm (48925) gives no event; "The largest certificate went to Harbourline Industries of Hong Kong, for a $480
  million factory in the park ..." (48926) is the firm's investment_licence without grantor (the city is only in the
  headline row) and its investment deal, unsited (an English park); "HLI vice chairman Martin Kessler" a person with
  that role and "HLI" a firm entry; the cached footer gives the province only.
- The agency copy: "Plants, suppliers and people in Việt Nam will keep getting money from Harbourline Industries Company
  Limited of Hong Kong, ..." (48929) is a commitment without plant or sum: no deal; seven existing factories in Bình
  Dương and Đồng Nai (48930) no deal.
- The Mekong groundbreaking: "Hokuriku Seiki Vietnam Co., Ltd. broke ground on Tuesday for its 298 billion VND (12.9
  million USD) carbide-tool factory at Binh Minh Industrial Park of Vinh Long province" (48934) is a groundbreaking deal
  and event with the VND amount sited in Vĩnh Long, undated (a weekday); customers and the design-and-build contractor
  (48935, 48936) are firm mentions.
- The cutting-fluid plant: the headline-lead "Work is under way at Phuoc Nam Industrial Park on a plant where Sao Mai
  Lubricants JSC will blend metalworking fluids ..." (48938) is a groundbreaking deal and event, unsited and undated; the
  date-first "March 12 was groundbreaking day for Sao Mai Lubricants in Ninh Thuan province ..." (48940) the same with
  date 2024-03-12 and site Ninh Thuận's current unit; the cost funded by "Thai and Australian investors" (48941) money
  only.
- The recalled order: "Pham Van Khoi, deputy director of Sao Nam Precision Tool Co. (Sanatool), recalls that Japan's
  Fujikura ordered grinding jigs from the firm in 2006 ..." (48946) is a recalled supply_contract deal, seller first,
  undated (a year only), no event; the role keeps the firm's name without the bracketed acronym. "SYM ... takes four
  kinds of cutting blades from Huu Loc Tools" (48945) is supplier status: no deal; "its director Nguyen Huu Loc" gives
  "director".
- The memorandum told in the passive, object-first: "A memorandum of understanding to help local toolmakers ... was
  signed by Sakura Motor Vietnam and the trade ministry's Vietnam Industry Agency" (48954) is a signed mou event of the
  firm and the agency (government), no deal, unsited; "the agency" in a later role (48955) gives no organisation.
- Counts and money: "Some 1,800 researchers and engineers" keeps the whole noun phrase (approximate); "about 100 local
  suppliers", "Some 45 Vietnamese enterprises", "48 large Japanese makers", "7 toolmakers", "47 suppliers", "More than
  740 parts" keep their head noun; "seven of its factories", "two of the Vietnamese firms", "five months" none; "its
  headcount has passed 9,600 people" approximate; "1.604 dự án FDI ... 98.412 doanh nghiệp(1)" two counts across the
  footnote markers; "5 doanh nghiệp" and "4 doanh nghiệp Nhật" counts, "năm doanh nghiệp", "năm đơn vị", "ba nhà sản
  xuất" none; "about $4" and "$40" a drill bit's prices are money; "310 million litres a year", "9.500 tấn", "5.200 and
  4.300 tonnes", "5 trục", "12V", "1,5kW", "(750mm x 600mm x 1350mm)", "1 sao", "52 trang", "2.04 MB", "gấp rưỡi", "gần
  một phần ba", "about twice" nothing.
- Places and bodies: "Republic of Korea" and "Hong Kong" are countries; "Japan's Toyama prefecture" the country only;
  "HCM CITY —", "HANOI —", "Hanoi (VNA)" and "Vinh Long (VNA)" datelines are mentions; "Phu Cat airport in Binh Dinh
  province" a mention of Bình Định; "Trường Đại học Sư phạm Kỹ thuật Vĩnh Long" and "Trường Đại học Cần Thơ" organisations
  with province mentions; "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)" one organisation without country; "Bộ Khoa học và
  Công nghệ" from a caps cover and a flattened signature block; the glued caps contents "CÔNG TY CỔ PHẦN\nDỤNG CỤ CƠ KHÍ
  HÒA MỸ1.1 ..." (48865) the firm "Dụng cụ cơ khí Hòa Mỹ" read through the line break and the glued section number.
- Legal and chrome: "Quyết định 1862/QĐ-BKHCN 2019" (48833) a decision without date; "Luật Đầu tư năm 2020" no decision;
  "TCVN" nothing; the project code "KC.03.DA07/11-15", "{keywords}", "Trang chủ / Dụng cụ / Dụng cụ cắt", the hashtag
  "#đá mài", "Last Updated 04/02/2024", a birth date and phone numbers are nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_152(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HN = cur("Hà Nội")
    HCM = cur("Hồ Chí Minh")
    VL = cur("Vĩnh Long")
    NT = cur("Ninh Thuận")

    ids = iter(range(48801, 48801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword-title spam on Polish, Belgian, Dutch and Italian domains, and betting salads (S1 r1-r2, S2 r1-r4,
    # S3 r1, S4 r1-r4, S5 r1-r4, S6 r1-r3, S7 r3, S8 r1-r2, S11 r1-r3, S12 r1-r4, S14 r2-r4, S15 r3, S18 r1) ---
    spam = [
        (
            "nhà máy mài lưỡi cưa chi phí thấp quy trình chỉ số đài loan",
            "2022-04-11",
            ["lowercase_country_nothing"],
        ),
        ("chi phí dự án xưởng đá mài quy mô nhỏ công suất 20 tấn h pdf", "2021-08-30", ["capacity_no_count"]),
        ("hạt corundum nâu cho đá mài sản xuất trên thế giới cát thạch anh sỏi", "2021-06-24", []),
        (
            "quy trình làm đá cắt nhựa phenolic được chứng nhận ce phổ biến nhất series 350",
            "2021-06-24",
            ["model_number_no_count"],
        ),
        (
            "máy nghiền hạt mài silic carbide sản xuất tại ấn độ đơn vị giá xuất xưởng",
            "2022-02-03",
            ["lowercase_country_nothing"],
        ),
        ("thiết kế máy nghiền đá hàm hiệu quả chi phí cho xưởng đá mài", "2022-02-16", []),
        ("quy trình khai thác đá thạch anh làm hạt mài mỏ đá", "2020-05-27", []),
        ("mã hs đĩa cắt kim cương trọng lượng riêng cao cho gạch men", "2021-06-07", []),
        (
            "tinh chế bột vonfram cacbua phía bắc mông cổ pvt báo giá",
            "2019-03-24",
            ["lowercase_country_nothing"],
        ),
        ("thuế nhập khẩu chống mài mòn đối với các nhà sản xuất đá mài hạt nhôm", "2022-05-03", []),
        ("thuế nhập khẩu có điểm nóng chảy cao đối với mũi khoan hợp kim để khoan thép", "2018-11-20", []),
        ("thuế suất thuế nhập khẩu máy mài dao năm 2014", "1995-04-10", ["year_no_count"]),
        ("tầm quan trọng của hạt mài và quy trình nghiền đá làm cốt liệu", "2023-02-14", []),
        ("nguyên tắc làm việc máy mài hai đá xây dựng ứng dụng", "2021-06-19", []),
        ("pdf về nghiên cứu trường hợp thiết kế đồ gá mài mũi khoan xoắn", "2022-09-02", []),
        (
            "nhà máy kỹ thuật mài dao cắt quy trình chi phí chỉ số trung quốc",
            "2023-01-09",
            ["lowercase_country_nothing"],
        ),
        (
            "máy nghiền cát robo và đá mài tái chế sản xuất tại nga đơn vị chi phí pdf",
            "2022-10-05",
            ["lowercase_country_nothing"],
        ),
        ("hợp kim nhôm ferro silicon làm đá mài để bán", "2016-07-25", []),
        ("quy trình sản xuất lưỡi cắt ferro silicon dẫn điện pdf mẫu miễn phí", "2021-03-06", []),
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
            "kuwin mẹo chọn đá mài theo ca kabuto xr771hướng dẫn nuôi lô số đẹp mỗi ngày",
            "2023-11-18",
            "ministry",
            ["spam_title", "betting_salad", "run_together_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title, product and legal-portal pages (S6 r4, S3 r4, S3 r2 = S7 r2 = S10 r1 = S14 r1 = S16 r2 one
    # vendor page five times, S7 r1 = S10 r2, S10 r3, S15 r1, S9 r1, S9 r4, S9 r2, S11 r4, S8 r3) ---
    rows += [
        h(
            n(),
            "vật tư tiêu hao gia công cơ khí",
            "2023-05-12",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hạn ngạch nhập khẩu phôi thép gió 2022",
            "2022-01-08",
            "ministry",
            ["tag_page", "lowercase_tag", "year_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mũi khoan bậc là loại dụng cụ có hình dáng khó gia công, đòi hỏi máy mài 5 trục và độ chính xác cao",
            "2024-02-21",
            "ministry",
            ["product_page", "one_liner", "spec_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dao phay ngón phủ TiAlN là sản phẩm cần độ đồng tâm rất cao, biên dạng lưỡi phức tạp",
            "2024-02-21",
            "ministry",
            ["product_page", "one_liner", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mảnh dao tiện là sản phẩm có dung sai khắt khe, khó sản xuất và phải kiểm từng lô",
            "2024-02-21",
            "ministry",
            ["product_page", "one_liner", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đá cắt inox siêu mỏng là mặt hàng khó làm, đòi hỏi hạt mài đều và lớp lưới gia cường chính xác",
            "2024-02-21",
            "ministry",
            ["product_page", "one_liner", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mũi khoan hợp kim nguyên khối: Cấu tạo, góc mũi, ứng dụng và cách bảo quản",
            "2024-09-03",
            "ministry",
            ["title_page", "explainer_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đá mài CBN: Thành phần hạt, chất kết dính và hướng dẫn chọn đá cho từng vật liệu",
            "2024-09-03",
            "ministry",
            ["title_page", "explainer_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mài phẳng là gì? Những kiểu mài chi tiết máy thường gặp hiện nay",
            "2023-10-17",
            "ministry",
            ["title_page", "explainer_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình dụng cụ cắt kim loại và máy mài sắc ebook pdf",
            "2020-03-15",
            "ministry",
            ["ebook_tag", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chứng nhận hợp quy dụng cụ điện cầm tay nhập khẩu",
            "2021-07-29",
            "legal",
            ["legal_tag", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trình tự cấp lại GCN đủ điều kiện kinh doanh hóa chất công nghiệp",
            "2022-11-04",
            "legal",
            ["legal_tag", "abbreviation", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1862/QĐ-BKHCN 2019 công bố tiêu chuẩn quốc gia về đá mài và hạt mài",
            "2019-07-25",
            "legal",
            ["legal_portal_title", "decision_year_no_date", "ministry_code_no_org", "no_event"],
            decisions=[d("1862/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "#đá mài\nBộ Công Thương điều tra chống bán phá giá đá mài và đĩa cắt có xuất xứ Trung Quốc, Ấn Độ",
            "2024-06-18",
            "ministry",
            ["hashtag_page", "headline_only", "trade_remedy_no_deal", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            locations=[country("Trung Quốc"), country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Thiệt hại do đĩa cắt giá rẻ nhập về gây ra cho sản xuất trong nước là có thật, theo hồ sơ đề nghị của ba nhà sản xuất Đá mài Hải Thành, Vật liệu mài Đông Triều và Cơ khí Phú An.",
            "2024-06-18",
            "ministry",
            [
                "hashtag_page",
                "lead",
                "bare_firm_names",
                "place_in_firm_name_none",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Đá mài Hải Thành"), f("Vật liệu mài Đông Triều"), f("Cơ khí Phú An")],
            events=[],
        ),
        h(
            n(),
            "Trang chủ / Dụng cụ / Dụng cụ cắt\n1. Dụng cụ cắt: khái quát, xu hướng và vai trò\nMũi khoan, dao phay, lưỡi cưa, đá cắt có mặt ở gần như mọi công đoạn sửa chữa và chế tạo; chọn sai loại là hỏng phôi, tốn máy.",
            "2025-03-09",
            "ministry",
            ["category_page", "breadcrumb", "numbered_section", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2. Dụng cụ cắt là gì?\nHiểu đơn giản: thứ gì cứng hơn phôi và lấy đi phoi trên phôi thì là dụng cụ cắt – từ lưỡi dao tiện tới hạt mài trên đá.",
            "2025-03-09",
            "ministry",
            ["category_page", "numbered_section", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bài viết dưới đây đi lần lượt từ khái niệm, cách phân loại tới mẹo chọn và cất giữ dụng cụ cắt trong xưởng nhỏ.",
            "2025-03-09",
            "ministry",
            ["category_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Không có bộ mũi khoan đủ cỡ, người thợ sửa xe cũng đành bó tay trước một con bu lông gãy trong lốc máy.",
            "2025-03-09",
            "ministry",
            ["category_page", "example_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dao cắt giấy công nghiệp lưỡi tròn",
            "2023-05-12",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Document stores, a journal paper, a tax agent's explainer, an anti-counterfeiting magazine's feature, an
    # internship report (S7 r4, S8 r4, S9 r3, S3 r3 = S10 r4 = S16 r1, S16 r4) ---
    rows += [
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (52 trang)\n\nHoàn thiện công nghệ chế tạo loạt nhỏ dao phay định hình hợp kim\n\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (2.04 MB, 52 trang )",
            "2016-04-02",
            "ministry",
            ["document_store", "download_chrome", "page_count_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCHƯƠNG TRÌNH KHCN CẤP NHÀ NƯỚC KC.03\n\nBÁO CÁO TỔNG HỢP\nKẾT QUẢ DỰ ÁN SXTN\n“HOÀN THIỆN CÔNG NGHỆ CHẾ TẠO LOẠT NHỎ DAO PHAY ĐỊNH HÌNH HỢP KIM”\nMÃ SỐ: KC.03.DA07/11-15",
            "2016-04-02",
            "ministry",
            ["report_cover", "caps_org_usual_spelling", "project_code_nothing", "multiline", "no_event"],
            organizations=["Bộ Khoa học và Công nghệ"],
            events=[],
        ),
        h(
            n(),
            "Cơ quan chủ trì Dự án: Viện Máy và Dụng cụ công nghiệp\nChủ nhiệm Dự án: TS. Lương Văn Khải\n\n\nHà Nội - 2015",
            "2016-04-02",
            "ministry",
            ["report_cover", "cover_label_role", "title_no_role", "place_year_line", "multiline", "no_event"],
            organizations=["Viện Máy và Dụng cụ công nghiệp"],
            persons=[per("Lương Văn Khải", "Chủ nhiệm Dự án")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "I. THÔNG TIN CHUNG\n1. Tên dự án: Hoàn thiện công nghệ chế tạo loạt nhỏ dao phay định hình hợp kim\n2. Chủ nhiệm dự án:\nHọ và tên: Lương Văn Khải\nNgày, tháng, năm sinh: 21/06/1974 Nam\nĐiện thoại: 024.38584123 Mobile: 0983112457",
            "2016-04-02",
            "ministry",
            [
                "report_form",
                "birth_date_nothing",
                "phone_numbers_nothing",
                "ordinal_no_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Lương Văn Khải", None)],
            events=[],
        ),
        h(
            n(),
            "Thuộc:\n- Chương trình (tên, mã số chương trình): KC.03\n- Dự án khoa học và công nghệ: Dự án sản xuất thử nghiệm\n- Độc lập (tên lĩnh vực KHCN):",
            "2016-04-02",
            "ministry",
            ["report_form", "empty_fields", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chủ nhiệm dự án                    Cơ quan chủ trì dự án\n\n\nBan chủ nhiệm chương trình          Bộ Khoa học và Công nghệ",
            "2016-04-02",
            "ministry",
            ["report_signature_block", "flattened_columns", "multiline", "no_event"],
            organizations=["Bộ Khoa học và Công nghệ"],
            events=[],
        ),
        h(
            n(),
            "58 Trần Quốc Bảo, Lê Thị Hạnh\nTHIẾT KẾ CHẾ TẠO MÁY MÀI LƯỠI CƯA ĐĨA BÁN TỰ ĐỘNG\nDESIGN AND MANUFACTURE OF A SEMI-AUTOMATIC CIRCULAR SAW BLADE GRINDER",
            "2022-07-14",
            "ministry",
            [
                "journal_paper",
                "page_number_nothing",
                "author_line",
                "caps_title",
                "bilingual",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Quốc Bảo", None), per("Lê Thị Hạnh", None)],
            events=[],
        ),
        h(
            n(),
            "Trần Quốc Bảo1*, Lê Thị Hạnh2\n1 Trường Đại học Sư phạm Kỹ thuật Vĩnh Long\n2 Trường Đại học Cần Thơ\n* Tác giả liên hệ: tqbao.vlute@gmail.com\n(Nhận bài: 03/3/2022; Chấp nhận đăng: 19/5/2022)",
            "2022-07-14",
            "ministry",
            [
                "journal_paper",
                "affiliation_markers",
                "province_in_org_name",
                "email_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Quốc Bảo", None), per("Lê Thị Hạnh", None)],
            organizations=["Trường Đại học Sư phạm Kỹ thuật Vĩnh Long", "Trường Đại học Cần Thơ"],
            provinces=[pv("Vĩnh Long"), pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt - Lưỡi cưa đĩa hợp kim trong các xưởng gỗ cùn rất nhanh, mài tay vừa chậm vừa không đều. Máy mài do nhóm thiết kế có kích thước gọn (750mm x 600mm x 1350mm, công suất 1,5kW), tự định vị từng răng cưa trước khi mài.",
            "2022-07-14",
            "ministry",
            ["journal_abstract", "dimensions_nothing", "power_rating_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ khóa - Máy mài lưỡi cưa; bán tự động; hợp kim cứng; năng suất; độ đồng đều.",
            "2022-07-14",
            "ministry",
            ["keywords_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1.604 dự án FDI được cấp giấy chứng nhận đăng ký đầu tư trong nửa đầu năm 2025(2), giữa lúc số doanh nghiệp thành lập mới lên tới 98.412 doanh nghiệp(1).",
            "2025-07-21",
            "ministry",
            ["explainer", "count_first", "footnote_marker", "count", "running_total_no_deal", "no_event"],
            quantities=[c(1604, "dự án FDI"), c(98412, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Văn bản pháp lý:\n- Luật Đầu tư năm 2020 – khung cho hoạt động kinh doanh trong nước và đầu tư ra nước ngoài.\n- Nghị định số 31/2021/NĐ-CP – hướng dẫn thi hành Luật Đầu tư.\n- Thông tư 25/2023/TT-BKHĐT – sửa đổi các mẫu văn bản, báo cáo về đầu tư.",
            "2025-07-21",
            "ministry",
            ["explainer", "legal_bases", "law_without_number_none", "bullet_list", "multiline", "no_event"],
            decisions=[d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư là gì?\nNói gọn, đây là tờ giấy (hoặc tệp điện tử) mà cơ quan nhà nước cấp để ghi nhận dự án, nhà đầu tư, vốn và thời hạn.",
            "2025-07-21",
            "ministry",
            ["explainer", "question_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tổng quan về giấy chứng nhận đăng ký đầu tư\nBa điều nhà đầu tư hay hỏi nhất: giấy ghi gì, hiệu lực bao lâu và khi nào phải điều chỉnh.",
            "2025-07-21",
            "ministry",
            ["explainer", "section_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ưu đãi thì nhiều, nhưng chưa có giấy chứng nhận thì nhà đầu tư ngoại chưa thể khắc dấu, mở tài khoản vốn hay thuê đất.",
            "2025-07-21",
            "ministry",
            ["explainer", "incentives_no_deal", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công nghiệp hỗ trợ và bài toán dụng cụ cắt nội địa\nNhìn lại giai đoạn vừa qua",
            "2023-03-06",
            "ministry",
            ["feature", "headline_subhead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hàn Quốc 25%, Indonesia 19%, còn Việt Nam chừng 16,5%: đó là phần công nghiệp chế biến, chế tạo đóng góp vào GDP mỗi nước.",
            "2023-03-06",
            "ministry",
            ["feature", "percentage", "country_word", "no_event"],
            percentages=[25, 19, 16.5],
            locations=[country("Hàn Quốc"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Mũi khoan, dao phay, đá mài – đồ tiêu hao hằng ngày của xưởng cơ khí – phần lớn vẫn phải mua ngoài; riêng dụng cụ cắt hợp kim, hàng nhập chiếm khoảng 85%(3).",
            "2023-03-06",
            "ministry",
            ["feature", "footnote_marker", "percentage", "nfd", "no_event"],
            percentages=[85],
            events=[],
        ),
        h(
            n(),
            "Phôi hợp kim, hạt mài và bột vonfram nằm trong nhóm hàng nhập chiếm tỷ trọng cao nhất của ngành cơ khí suốt mười năm qua.",
            "2023-03-06",
            "ministry",
            ["feature", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dụng cụ cắt được xếp vào công nghiệp hỗ trợ hay vào máy công cụ là tuỳ mỗi nước(1); chọn cách nào thì chính sách ưu đãi cũng đi theo cách ấy.",
            "2023-03-06",
            "ministry",
            ["feature", "footnote_marker", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Người làm dụng cụ cắt đã chờ nhiều năm một danh mục ghi rõ sản phẩm nào của họ được hưởng ưu đãi.",
            "2023-03-06",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "LỜI NÓI ĐẦU\nEm xin cảm ơn cô ThS Đặng Thu Trang và các anh chị phòng Kỹ thuật của Công ty Cổ phần Dụng cụ cơ khí Hòa Mỹ đã giúp em hoàn thành đợt thực tập này.",
            "2019-05-20",
            "ministry",
            ["internship_report", "caps_heading", "title_no_role", "multiline", "no_event"],
            firms=[f("Dụng cụ cơ khí Hòa Mỹ", "Công ty CP")],
            persons=[per("Đặng Thu Trang", None)],
            events=[],
        ),
        h(
            n(),
            "Mũi khoan, ta rô và bàn ren của Công ty được chứng nhận phù hợp TCVN; giấy chứng nhận do Tổng cục Tiêu chuẩn Đo lường Chất lượng cấp năm 2016.",
            "2019-05-20",
            "ministry",
            ["internship_report", "standard_no_decision", "no_event"],
            organizations=["Tổng cục Tiêu chuẩn Đo lường Chất lượng"],
            events=[],
        ),
        h(
            n(),
            "Chương I: Tổng quan về Công ty Cổ phần Dụng cụ cơ khí Hòa Mỹ\nChương II: Đặc điểm kinh tế – kỹ thuật\nChương III: Kết quả sản xuất kinh doanh và hướng phát triển",
            "2019-05-20",
            "ministry",
            ["internship_report", "contents", "multiline", "no_event"],
            firms=[f("Dụng cụ cơ khí Hòa Mỹ", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Trang 2CHƯƠNG I: TỔNG QUAN VỀ CÔNG TY CỔ PHẦN\nDỤNG CỤ CƠ KHÍ HÒA MỸ1.1 Quátrìnhhìnhthànhvàpháttriển 1\n1.2 Sơđồmặtbằngphânxưởng 7",
            "2019-05-20",
            "ministry",
            [
                "internship_report",
                "glued_contents",
                "caps_firm_usual_spelling",
                "page_numbers_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Dụng cụ cơ khí Hòa Mỹ", "Công ty CP")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a national portal on a local firm's groundbreaking for a carbide cutting-tool plant, with a
    # placeholder caption and the city's support (S1 r3 = S16 r3) ---
    rows += [
        h(
            n(),
            "Khởi công nhà máy dụng cụ cắt gọt Nam Khải\n214 tỷ đồng là tổng vốn mà Công ty TNHH Dụng cụ cắt Nam Khải dành cho nhà máy mũi khoan, dao phay hợp kim được động thổ sáng 22/10 tại Khu công nghệ cao TP.HCM.",
            "2020-10-23",
            "ministry",
            [
                "headline_lead",
                "amount_first",
                "groundbreaking_started",
                "plant_name_no_second_firm",
                "province_in_park_name",
                "deal_date",
                "multiline",
            ],
            firms=[f("Dụng cụ cắt Nam Khải", "Công ty TNHH")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(214 * B, "VND")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            deals=[deal("groundbreaking", ["Dụng cụ cắt Nam Khải"], 214 * B, HCM, "2020-10-22")],
            events=[ev("groundbreaking", [F("Dụng cụ cắt Nam Khải")], 214 * B, "VND", HCM, "started")],
        ),
        h(
            n(),
            "Khuôn ép nhựa nhiều lòng, khuôn dập liên hoàn, máy tự động hoá làm theo đơn – đó là những gì doanh nghiệp này làm suốt hơn ba thập kỷ trước khi chuyển sang dụng cụ cắt.",
            "2020-10-23",
            "ministry",
            ["profile", "anaphoric_firm_no_firm", "duration_no_count", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lịch của chủ đầu tư: giữa năm 2021 xong phần xây dựng, cuối năm lắp máy, và từ quý I/2022 bắt đầu giao mũi khoan, dao phay cho khách hàng.",
            "2020-10-23",
            "ministry",
            ["schedule_line", "quarter_no_date", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hàn Quốc là nơi chuyển giao dây chuyền ép bột cacbua vonfram; còn lò thiêu kết được mua của một hãng Đài Loan (Trung Quốc).",
            "2020-10-23",
            "ministry",
            ["technology_transfer_no_party", "country_bracket", "nfd", "no_event"],
            locations=[country("Hàn Quốc"), country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Máy ép và lò thiêu kết không rẻ, nhưng khi chạy đủ tải thì mỗi mũi khoan ra lò rẻ hơn hàng nhập gần một phần ba, theo tính toán của doanh nghiệp.",
            "2020-10-23",
            "ministry",
            ["technology_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "{keywords}\nLãnh đạo thành phố cùng Nam Khải bấm nút động thổ.",
            "2020-10-23",
            "ministry",
            [
                "placeholder_caption",
                "caption",
                "short_name_alone",
                "groundbreaking_started",
                "undated",
                "multiline",
            ],
            firms=[f("Nam Khải")],
            deals=[deal("groundbreaking", ["Nam Khải"])],
            events=[ev("groundbreaking", [F("Nam Khải")], None, None, None, "started")],
        ),
        h(
            n(),
            "Ông Trần Minh Khoa, Giám đốc Sở Công Thương, cho biết hạn mức vay lãi suất ưu đãi của mỗi doanh nghiệp công nghiệp hỗ trợ nay đã là 250 tỷ đồng, gấp rưỡi trước đây.",
            "2020-10-23",
            "ministry",
            ["official_quote", "role_after_name", "bare_unit_org", "multiplier_nothing", "no_event"],
            persons=[per("Trần Minh Khoa", "Giám đốc Sở Công Thương")],
            organizations=["Sở Công Thương"],
            money=[m(250 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Thành phố cũng đã để riêng một khoản ngân sách cho nhóm doanh nghiệp này, theo lãnh đạo Sở.",
            "2020-10-23",
            "ministry",
            ["official_quote", "bare_unit_none", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một khu công nghiệp chỉ dành cho công nghiệp hỗ trợ, rộng chừng 310 ha, cũng đã được thành phố bật đèn xanh, để doanh nghiệp làm phôi, làm dao và làm máy đứng cạnh nhau thành một chuỗi.",
            "2020-10-23",
            "ministry",
            ["park_without_developer_no_deal", "area", "approx", "no_event"],
            areas=[ha(310, True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI feature with related links (S1 r4 = S15 r4) ---
    rows += [
        h(
            n(),
            "(KTSG Online) – Chip, điện tử và cơ khí chính xác được kỳ vọng là nơi hút vốn ngoại nhiều nhất trong những tháng còn lại của năm 2023.",
            "2023-08-14",
            "ministry",
            ["feature_lead", "outlet_prefix_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Cứ 10 đồng vốn ngoại thì hơn 4 đồng vào vùng Đông Nam bộ\n- Hàn Quốc chi hàng tỉ đô la cho dây chuyền dụng cụ điện không dây",
            "2023-08-14",
            "ministry",
            ["related_links", "region_nothing", "vague_amount_none", "country_word", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Sau năm 2022 sụt 9% so với năm liền trước, dòng vốn FDI vào Việt Nam tiếp tục chững lại trong nửa đầu năm nay.",
            "2023-08-14",
            "ministry",
            ["statistics_no_deal", "percentage", "no_event"],
            percentages=[9],
            events=[],
        ),
        h(
            n(),
            "Chừng 13,1 tỉ đô la Mỹ vốn ngoại đăng ký trong sáu tháng, thấp hơn 4,6% so với cùng kỳ: Tổng cục Thống kê cho rằng nhà đầu tư đang chờ xem tình hình bên ngoài.",
            "2023-08-14",
            "ministry",
            ["statistics_no_deal", "amount_first", "approx", "percentage", "duration_no_count", "no_event"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[4.6],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
        h(
            n(),
            "Ngành cơ khí và dụng cụ, vốn phải nhập máy đắt tiền, sẽ là nơi thấy rõ nhất nếu vốn ngoại tiếp tục hụt.",
            "2023-08-14",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nước rút cuối năm\nLãi suất ở các nền kinh tế lớn vẫn cao, khiến nhiều tập đoàn dời quyết định mở nhà máy mới sang năm sau.",
            "2023-08-14",
            "ministry",
            ["subheading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gói giãn, hoãn thuế và phí của Chính phủ giúp doanh nghiệp trong nước dễ thở hơn, nhưng không kéo được nhà đầu tư ngoại quay lại nhanh.",
            "2023-08-14",
            "ministry",
            ["feature", "nfd", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Party journal on a 25-year cooperation of a tool maker and two Japanese firms (S13 r1) ---
    rows += [
        h(
            n(),
            "25 năm hợp tác giữa Dụng cụ cắt Thăng Long và hai đối tác\nTCCSĐT - Đơn hàng ổn định giữa lúc thị trường khó khăn là điều Công ty TNHH một thành viên Dụng cụ cắt Thăng Long có được nhờ hai đối tác lâu năm: Công ty cổ phần Thương mại Hakuba và Công ty cổ phần Công nghiệp Minoshima (Nhật Bản).",
            "2016-09-20",
            "ministry",
            [
                "headline_lead",
                "outlet_prefix_nothing",
                "existing_relationship_no_deal",
                "headline_and_lead_one_entry",
                "country_bracket",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            firms=[
                f("Dụng cụ cắt Thăng Long", "Công ty TNHH MTV"),
                f("Thương mại Hakuba", "Công ty CP"),
                f("Công nghiệp Minoshima", "Công ty CP"),
            ],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Thăng Long, Hakuba và Minoshima đặt bút ký bản thoả thuận hợp tác sản xuất, xuất khẩu mũi khoan và ta rô tại Hà Nội hôm 12-3-1991; ba bên gắn bó từ đó.",
            "2016-09-20",
            "ministry",
            [
                "recalled_agreement",
                "three_signers_one_deal_per_pair",
                "deal_no_event",
                "short_names_alone",
                "signing_place_site",
                "deal_date",
                "old_tone",
            ],
            firms=[f("Thăng Long"), f("Hakuba"), f("Minoshima")],
            provinces=[pv("Hà Nội")],
            deals=[
                deal("mou", ["Thăng Long", "Hakuba"], None, HN, "1991-03-12"),
                deal("mou", ["Thăng Long", "Minoshima"], None, HN, "1991-03-12"),
                deal("mou", ["Hakuba", "Minoshima"], None, HN, "1991-03-12"),
            ],
            events=[],
        ),
        h(
            n(),
            "Phía Nhật nhận bao tiêu đầu ra và gửi kỹ sư sang kèm; đổi lại, xưởng ở Hà Nội chỉ làm hàng cho hai đối tác trong mười năm đầu.",
            "2016-09-20",
            "ministry",
            ["agreement_terms_no_deal", "country_word", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Năm ấy, Thăng Long vẫn là một nhà máy thuộc Tổng công ty Cơ khí Sông Hồng.",
            "2016-09-20",
            "ministry",
            ["history_line", "parent_firm", "no_event"],
            firms=[f("Thăng Long"), f("Cơ khí Sông Hồng", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Tin nhau, sòng phẳng, đôi bên cùng có lợi\nĐó là ba nguyên tắc mà lãnh đạo Thăng Long nhắc lại tại buổi kỷ niệm sáng 18/9.",
            "2016-09-20",
            "ministry",
            ["subheading", "anniversary_no_event", "count_in_words", "multiline", "no_event"],
            firms=[f("Thăng Long")],
            events=[],
        ),
        h(
            n(),
            "Lễ kỷ niệm cũng là dịp ba bên bàn chuyện đa dạng hoá sản phẩm, trước hết là dòng mũi khoan phủ titan cho thị trường Nhật.",
            "2016-09-20",
            "ministry",
            ["plan_vague_no_deal", "count_in_words", "old_tone", "country_word", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial daily's three pieces on a Japanese city's joint-brand project for knives,
    # scissors and pliers made by Bà Rịa - Vũng Tàu firms (S13 r2, S13 r3, S13 r4) ---
    BRVT = "Bà Rịa - Vũng Tàu"
    rows += [
        h(
            n(),
            "Trên vỏ hộp mỗi con dao VIMI có in hai lưỡi kéo bắt chéo – biểu tượng do thợ của Bà Rịa-Vũng Tàu và thành phố Minokami (Nhật Bản) cùng chọn cho thương hiệu chung.",
            "2024-11-12",
            "provincial",
            ["feature", "brand_no_firm", "foreign_city_nothing", "country_bracket", "no_event"],
            provinces=[pv(BRVT)],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Thợ cả người Nhật chỉnh góc mài cho một công nhân trong tỉnh. |",
            "2024-11-12",
            "provincial",
            ["caption", "caption_bar", "country_word", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm mang thương hiệu chung VIMI\nTên VIMI ghép từ chữ cái đầu của Việt Nam và Minokami.",
            "2024-11-12",
            "provincial",
            ["subheading", "brand_no_firm", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dự án có tên đầy đủ là “Hỗ trợ doanh nghiệp nhỏ và vừa làm dao kéo theo công nghệ Minokami tại Việt Nam”, thuộc một chương trình của Nhật Bản giúp doanh nghiệp nhỏ đem công nghệ ra nước ngoài thử nghiệm rồi thương mại hoá.",
            "2024-11-12",
            "provincial",
            ["project_title", "programme_no_deal", "old_tone", "country_word", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Dao bếp, kéo cắt cành, kìm cắt dây: đó là những món các công ty kiểu mẫu của tỉnh đang tập làm dưới sự kèm cặp của thợ cả và kỹ sư từ 4 doanh nghiệp Nhật.",
            "2024-11-12",
            "provincial",
            ["object_first", "count", "country_word", "no_event"],
            quantities=[c(4, "doanh nghiệp")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Kéo tỉa cành cán gỗ là sản phẩm đầu tiên của Công ty CP Cơ khí và Dịch vụ Long Điền (LDM) được phía Nhật chấm đạt, theo ông Lâm Quốc Việt, Phó Giám đốc công ty; người hướng dẫn là thợ của Công ty Seto Hamono.",
            "2024-11-12",
            "provincial",
            [
                "object_first",
                "bracketed_acronym_one_entry",
                "training_no_deal",
                "role_after_name",
                "bare_form_cong_ty",
                "speaker_mid",
                "nfd",
                "no_event",
            ],
            firms=[f("Cơ khí và Dịch vụ Long Điền", "Công ty CP"), f("Seto Hamono", "Công ty")],
            persons=[per("Lâm Quốc Việt", "Phó Giám đốc công ty")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Khó nhất, theo ông Việt, là giữ độ cứng lưỡi kéo đồng đều giữa các mẻ tôi như thợ Nhật yêu cầu.",
            "2024-11-12",
            "provincial",
            ["given_name_alone_no_person", "country_word", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Gỡ vướng cho dự án thương hiệu chung là mục đích của cuộc hội thảo trực tuyến sáng 20/5 giữa doanh nghiệp Bà Rịa-Vũng Tàu và doanh nghiệp Minokami (Nhật Bản), do Sở Công Thương cùng thành phố Minokami tổ chức.",
            "2021-05-26",
            "provincial",
            ["seminar_no_deal", "bare_unit_org", "foreign_city_nothing", "country_bracket", "no_event"],
            provinces=[pv(BRVT)],
            organizations=["Sở Công Thương"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Điểm cầu Bà Rịa-Vũng Tàu của buổi hội thảo, nơi có lãnh đạo Sở Công Thương và năm doanh nghiệp.",
            "2021-05-26",
            "provincial",
            ["caption", "bare_unit_org", "no_event"],
            provinces=[pv(BRVT)],
            organizations=["Sở Công Thương"],
            events=[],
        ),
        h(
            n(),
            "HỖ TRỢ DOANH NGHIỆP LÀM RA SẢN PHẨM\nCăn cứ để triển khai là Quyết định số 2718/QĐ-UBND ngày 14/10/2019 của UBND tỉnh; mục tiêu đầu tiên là một dòng dao, kéo chung thương hiệu.",
            "2021-05-26",
            "provincial",
            ["caps_subheading", "decision_with_date", "bare_unit_none", "multiline", "no_event"],
            decisions=[d("2718/QĐ-UBND", "2019-10-14")],
            events=[],
        ),
        h(
            n(),
            "Người lao động của các doanh nghiệp tham gia sẽ được học cả cách làm hồ sơ xuất khẩu sang Nhật.",
            "2021-05-26",
            "provincial",
            ["programme_no_deal", "country_word", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Một cửa hàng trưng bày của dự án sẽ bán thử dao kéo VIMI trước khi thương mại hoá rộng.",
            "2021-05-26",
            "provincial",
            ["programme_no_deal", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trễ hẹn gần một năm vì COVID-19 là điều bà Hồ Thị Ngân, Phó Giám đốc Sở Công Thương, thừa nhận khi nói về tiến độ dự án.",
            "2021-05-26",
            "provincial",
            ["object_first", "role_after_name", "bare_unit_org", "duration_no_count", "no_event"],
            persons=[per("Hồ Thị Ngân", "Phó Giám đốc Sở Công Thương")],
            organizations=["Sở Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA), đơn vị tài trợ, muốn thấy những sản phẩm đầu tiên lên kệ trước cuối năm 2022.",
            "2021-05-26",
            "provincial",
            ["bracketed_acronym_one_entry", "country_in_org_name_nothing", "nfd", "no_event"],
            organizations=["Cơ quan Hợp tác Quốc tế Nhật Bản"],
            events=[],
        ),
        h(
            n(),
            "5 doanh nghiệp Bà Rịa - Vũng Tàu đã bắt đầu làm thử dao kéo VIMI, sau khi dự án được nối lại từ đầu năm nay.",
            "2022-12-08",
            "provincial",
            ["programme_no_deal", "count", "duration_no_count", "no_event"],
            provinces=[pv(BRVT)],
            quantities=[c(5, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Một chiếc kéo hoàn chỉnh phải qua nhiều công đoạn, chuyên gia Nhật giải thích với thợ của dự án.",
            "2022-12-08",
            "provincial",
            ["caption", "country_word", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Chi phí thấp mà độ sắc không thua hàng Nhật là cái đích xưởng đang nhắm, ông Phan Đức Trí, Giám đốc Công ty TNHH Kim Sa Tech (thị xã Phú Mỹ), nói.",
            "2022-12-08",
            "provincial",
            [
                "target_first",
                "speaker_last",
                "role_after_name",
                "district_in_brackets",
                "country_word",
                "no_event",
            ],
            persons=[per("Phan Đức Trí", "Giám đốc Công ty TNHH Kim Sa Tech")],
            firms=[f("Kim Sa Tech", "Công ty TNHH")],
            locations=[country("Nhật"), district("thị xã Phú Mỹ")],
            events=[],
        ),
        h(
            n(),
            "214.360 USD từ ngân sách tỉnh được dùng làm vốn đối ứng, bên cạnh 1,9 triệu USD viện trợ do các doanh nghiệp Nhật thực hiện, Sở Công Thương cho biết.",
            "2022-12-08",
            "provincial",
            ["aid_no_deal", "amount_first", "bare_unit_org", "country_word", "nfd", "no_event"],
            organizations=["Sở Công Thương"],
            money=[m(214360, "USD"), m(1.9 * M, "USD")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Năm đơn vị được chọn gồm Công ty TNHH Kim Sa Tech, Công ty TNHH Hải Âu Xanh, Công ty TNHH Kiểm định Long Hải, Công ty CP Cơ khí và Dịch vụ Long Điền và Công ty TNHH Dao kéo Xuyên Mộc.",
            "2022-12-08",
            "provincial",
            ["firm_list", "count_in_words", "no_event"],
            firms=[
                f("Kim Sa Tech", "Công ty TNHH"),
                f("Hải Âu Xanh", "Công ty TNHH"),
                f("Kiểm định Long Hải", "Công ty TNHH"),
                f("Cơ khí và Dịch vụ Long Điền", "Công ty CP"),
                f("Dao kéo Xuyên Mộc", "Công ty TNHH"),
            ],
            events=[],
        ),
        h(
            n(),
            "Các chuyên gia còn dạy thêm về an toàn khi đứng máy và về bản quyền kiểu dáng sản phẩm.",
            "2022-12-08",
            "provincial",
            ["training_no_deal", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a finance site's interview on "Made in" and "Made by" labels (S15 r2) ---
    rows += [
        h(
            n(),
            "Từ chuyện máy khoan Việt Phong bị “chơi xấu”, ngẫm về hàng “Made by Vietnam”\n“Made in” hay “Made by” không chỉ là dòng chữ trên vỏ hộp mà quyết định ai được hưởng phần lợi ích kinh tế, theo PGS.TS Lê Hữu Nghĩa, chuyên gia kinh tế công nghiệp.",
            "2017-09-12",
            "ministry",
            [
                "headline_lead",
                "interview_lead",
                "short_name_alone",
                "title_no_role",
                "role_after_name",
                "multiline",
                "no_event",
            ],
            firms=[f("Việt Phong")],
            persons=[per("Lê Hữu Nghĩa", "chuyên gia kinh tế công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "PV: - Một hãng máy khoan trong nước than bị đối thủ ngoại thuê người “dìm hàng” trên mạng. Theo ông, chuyện này nên nhìn thế nào?",
            "2017-09-12",
            "ministry",
            ["interview", "qa_label", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đừng để bị kéo vào cuộc chơi không sòng phẳng",
            "2017-09-12",
            "ministry",
            ["subheading", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "PGS.TS Lê Hữu Nghĩa: - Nhãn xuất xứ gắn với thuế và với hợp đồng, nên ai cũng giữ nó rất chặt; giấy chứng nhận xuất xứ (C/O) ghi sai một dòng là mất ưu đãi.",
            "2017-09-12",
            "ministry",
            ["interview", "qa_label_person", "title_no_role", "no_event"],
            persons=[per("Lê Hữu Nghĩa", None)],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Cơ điện Việt Phong cho biết lô máy khoan pin 12V của họ bị chấm 1 sao hàng loạt chỉ trong hai ngày.",
            "2017-09-12",
            "ministry",
            ["interview", "spec_no_count", "rating_nothing", "no_event"],
            firms=[f("Cơ điện Việt Phong", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Có kẻ đứng sau những lời chê hàng loạt ấy, ông Đỗ Gia Khang, Tổng giám đốc Việt Phong, khẳng định, dù chưa đưa ra được bằng chứng.",
            "2017-09-12",
            "ministry",
            ["claim_first", "speaker_mid", "role_after_name", "short_name_in_role", "no_event"],
            persons=[per("Đỗ Gia Khang", "Tổng giám đốc Việt Phong")],
            firms=[f("Việt Phong")],
            events=[],
        ),
        h(
            n(),
            "PV: - Vậy doanh nghiệp Việt cần làm gì để hàng mang nhãn Việt không còn bị coi là chỉ nhập linh kiện về lắp ráp?",
            "2017-09-12",
            "ministry",
            ["interview", "qa_label", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "PGS.TS Lê Hữu Nghĩa: - Phải làm chủ được vài khâu có giá trị, như luyện phôi hay mài biên dạng lưỡi, chứ không chỉ đóng hộp và dán tem.",
            "2017-09-12",
            "ministry",
            ["interview", "qa_label_person", "title_no_role", "no_event"],
            persons=[per("Lê Hữu Nghĩa", None)],
            events=[],
        ),
    ]
    # --- A Japanese-language portal page on the same cutting-fluid plant groundbreaking, rendered here in Vietnamese
    # (S18 r4) ---
    rows += [
        h(
            n(),
            "Nhà máy dầu cắt gọt và mỡ công nghiệp ở Phước Nam do một nhóm nhà đầu tư Thái Lan và Úc bỏ vốn, tổng 5,8 triệu USD (khoảng 142,1 tỷ đồng) vốn FDI, và là cơ sở đầu tiên ở Việt Nam làm mỡ gốc liti.",
            "2024-03-13",
            "ministry",
            [
                "foreign_page_rendered",
                "investor_unnamed_no_deal",
                "place_alone_nothing",
                "bracketed_conversion",
                "approx",
                "country_word",
                "nfd",
                "no_event",
            ],
            money=[m(5.8 * M, "USD"), m(142.1 * B, "VND", approx=True)],
            locations=[country("Thái Lan"), country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Tổng thầu là Công ty CP Tư vấn Thiết kế Xây dựng Minh Trí; nhà máy rộng 2,4 ha, hai giai đoạn cộng lại 9.500 tấn thành phẩm mỗi năm, giai đoạn 1 dự kiến chạy đầu năm 2025.",
            "2024-03-13",
            "ministry",
            ["foreign_page_rendered", "contractor_no_deal", "area", "tonnage_no_count", "no_event"],
            firms=[f("Tư vấn Thiết kế Xây dựng Minh Trí", "Công ty CP")],
            areas=[ha(2.4)],
            events=[],
        ),
    ]
    # --- English: a Reuters item on a power-tool maker's top-up, its copy on a business site and the site's repost
    # with background (S17 r2 = S19 r1, S17 r1 = S19 r3) ---
    rows += [
        h(
            n(),
            "HANOI — An extra $480 million is headed to Vietnam from Harbourline Industries, which wants more capacity for cordless drills, grinders and saws, a government statement showed on Wednesday.",
            "2020-06-24",
            "ministry",
            [
                E,
                "wire_dateline",
                "dateline_mention",
                "amount_first",
                "announced_top_up",
                "no_site",
                "weekday_no_date",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Harbourline Industries")],
            money=[m(480 * M, "USD")],
            deals=[deal("investment", ["Harbourline Industries"], 480 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Harbourline Industries")],
                    480 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Building work in Ho Chi Minh City is due to wrap up in the second quarter of 2022, the statement said.",
            "2020-06-24",
            "ministry",
            [E, "plant_without_firm", "quarter_no_date", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Some 1,800 researchers and engineers are to staff an R&D centre the company also plans; its existing tool factory is next door in Binh Duong province.",
            "2020-06-24",
            "ministry",
            [
                E,
                "anaphoric_firm_no_firm",
                "existing_plant_no_deal",
                "count",
                "approx",
                "count_first",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            quantities=[c(1800, "researchers and engineers", True)],
            events=[],
        ),
        h(
            n(),
            "(Reporting by Thu Trang; Editing by Alan Reeve)\nComments\nReaders are asked to keep comments on topic and civil; moderation can take up to an hour.",
            "2020-06-24",
            "ministry",
            [E, "reporter_credit", "comment_chrome", "duration_no_count", "multiline", "no_event"],
            persons=[per("Thu Trang", None), per("Alan Reeve", None)],
            events=[],
        ),
        h(
            n(),
            "Reuters, citing the government, reported that Harbourline Industries is committing a further US$480 million to cordless-tool production in Vietnam.",
            "2020-06-25",
            "ministry",
            [E, "repost", "announced_top_up", "agency_nothing", "no_site"],
            firms=[f("Harbourline Industries")],
            money=[m(480 * M, "USD")],
            deals=[deal("investment", ["Harbourline Industries"], 480 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Harbourline Industries")],
                    480 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Drills, saws, lawn gear and vacuum cleaners all come out of Harbourline Industries (HLI), which sells to do-it-yourselfers and trades alike.",
            "2020-06-25",
            "ministry",
            [E, "profile", "bracketed_acronym_one_entry", "no_event"],
            firms=[f("Harbourline Industries")],
            events=[],
        ),
        h(
            n(),
            "Despite the pandemic, capital added to existing projects jumped 29 percent in January-May and new registrations 12 percent, according to an official of the Ministry of Planning and Investment.",
            "2020-06-25",
            "ministry",
            [E, "statistics_no_deal", "percentage", "count_in_words", "no_event"],
            percentages=[29, 12],
            organizations=["Ministry of Planning and Investment"],
            events=[],
        ),
    ]
    # --- English: a cached copy of an investment weekly's licence round at the city's hi-tech park (S17 r4) ---
    rows += [
        h(
            n(),
            "Ho Chi Minh City hands investment certificates to seven projects\nInvestors of all seven, each bound for Saigon Hi-tech Park (SHTP), met HCM City Party Secretary Le Quang Dinh when the papers were handed over (Photo: Hoang Nam)",
            "2020-04-22",
            "ministry",
            [
                E,
                "headline_lead",
                "licence_round_no_named_firm",
                "english_park_no_location",
                "role_before_name",
                "photo_credit_in_brackets",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            persons=[per("Le Quang Dinh", "HCM City Party Secretary"), per("Hoang Nam", None)],
            events=[],
        ),
        h(
            n(),
            "The largest certificate went to Harbourline Industries of Hong Kong, for a $480 million factory in the park that will make hand-held power tools, drill and grinder heads and the control electronics for them, with an R&D centre alongside.",
            "2020-04-22",
            "ministry",
            [E, "licence_without_grantor", "of_country", "object_first", "no_site"],
            firms=[f("Harbourline Industries")],
            money=[m(480 * M, "USD")],
            locations=[country("Hong Kong")],
            deals=[deal("investment", ["Harbourline Industries"], 480 * M)],
            events=[
                ev("investment_licence", [F("Harbourline Industries")], 480 * M, "USD", None, "licensed")
            ],
        ),
        h(
            n(),
            "About 100 local suppliers should end up feeding the SHTP plant, the group's second-biggest anywhere, said HLI vice chairman Martin Kessler, who called Vietnam the top market in its plans.",
            "2020-04-22",
            "ministry",
            [
                E,
                "count_first",
                "role_before_name",
                "speaker_last",
                "count",
                "approx",
                "ordinal_no_count",
                "no_event",
            ],
            persons=[per("Martin Kessler", "HLI vice chairman")],
            firms=[f("HLI")],
            quantities=[c(100, "suppliers", True)],
            events=[],
        ),
        h(
            n(),
            "Ho Chi Minh City hands investment certificates to seven projects have 312 words, post on www.vir.com.vn at April 22, 2020. This is cached page on Talk Vietnam. If you want remove this page, please contact us.",
            "2020-04-22",
            "ministry",
            [E, "cached_page_footer", "word_count_nothing", "url_nothing", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- English: the national news agency's copy on a press-wire site on the same group's strategic base (S19 r2) ---
    rows += [
        h(
            n(),
            "HCM CITY — Plants, suppliers and people in Việt Nam will keep getting money from Harbourline Industries Company Limited of Hong Kong, which treats the country as its main production base, communications director Grace Leung has said.",
            "2022-10-26",
            "ministry",
            [
                E,
                "dateline_mention",
                "commitment_no_deal",
                "foreign_form_kept",
                "of_country",
                "role_before_name",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Harbourline Industries", "Company Limited")],
            locations=[country("Hong Kong")],
            persons=[per("Grace Leung", "communications director")],
            events=[],
        ),
        h(
            n(),
            "Bình Dương and Đồng Nai now host seven of its factories and its headcount has passed 9,600 people in five years; it also keeps service centres in HCM City and Hà Nội, she told reporters last week.",
            "2022-10-26",
            "ministry",
            [E, "existing_plants_no_deal", "count", "approx", "count_in_words", "no_event"],
            quantities=[c(9600, "people", True)],
            provinces=[pv("Bình Dương"), pv("Đồng Nai"), pv("Hồ Chí Minh"), pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "With AmCham Vietnam it funds yearly scholarships for women studying engineering, and with Habitat for Humanity it runs housing projects for workers' families.",
            "2022-10-26",
            "ministry",
            [E, "programme_no_deal", "anaphoric_firm_no_firm", "no_event"],
            organizations=["AmCham Vietnam", "Habitat for Humanity"],
            events=[],
        ),
        h(
            n(),
            "Frost & Sullivan, a market research firm in the US, puts the group among the three biggest makers of cordless tools in the world.",
            "2022-10-26",
            "ministry",
            [E, "anaphoric_firm_no_firm", "country_noun", "count_in_words", "no_event"],
            firms=[f("Frost & Sullivan")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Harbourline, best known for battery-powered tools, also sells garden machines and floor cleaners.",
            "2022-10-26",
            "ministry",
            [E, "possessive_firm", "profile", "no_event"],
            firms=[f("Harbourline")],
            events=[],
        ),
    ]
    # --- English: the news agency on a Japanese toolmaker's groundbreaking in the Mekong Delta (S17 r3 = S18 r2) ---
    rows += [
        h(
            n(),
            "Vinh Long (VNA) – Hokuriku Seiki Vietnam Co., Ltd. broke ground on Tuesday for its 298 billion VND (12.9 million USD) carbide-tool factory at Binh Minh Industrial Park of Vinh Long province, the first high-tech plant in the Mekong Delta locality.",
            "2021-03-18",
            "ministry",
            [
                E,
                "agency_dateline",
                "groundbreaking_started",
                "bracketed_conversion",
                "english_park_no_location",
                "vietnam_dropped",
                "weekday_no_date",
                "ordinal_no_count",
            ],
            provinces=[pv("Vĩnh Long")],
            firms=[f("Hokuriku Seiki", "Co., Ltd.")],
            money=[m(298 * B, "VND"), m(12.9 * M, "USD")],
            deals=[deal("groundbreaking", ["Hokuriku Seiki"], 298 * B, VL)],
            events=[ev("groundbreaking", [F("Hokuriku Seiki")], 298 * B, "VND", VL, "started")],
        ),
        h(
            n(),
            "Its drills and end mills will go to makers such as Yamaha, Kubota and Makita, and its wastewater will be treated on site with up-to-date equipment.",
            "2021-03-18",
            "ministry",
            [E, "customers_no_deal", "anaphoric_firm_no_firm", "no_event"],
            firms=[f("Yamaha"), f("Kubota"), f("Makita")],
            events=[],
        ),
        h(
            n(),
            "Dai Viet Design and Construction Co. Ltd., which built terminal buildings at Phu Cat airport in Binh Dinh province and plants for Nestlé and Denso, is handling design and construction.",
            "2021-03-18",
            "ministry",
            [E, "contractor_no_deal", "foreign_form_kept", "object_first", "no_event"],
            firms=[f("Dai Viet Design and Construction", "Co. Ltd."), f("Nestlé"), f("Denso")],
            provinces=[pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "For Vinh Long, which wants more factories that run on technology rather than cheap labour, the project is meant to pull in similar investors.-VNA",
            "2021-03-18",
            "ministry",
            [E, "province_wish", "agency_suffix_nothing", "no_event"],
            provinces=[pv("Vĩnh Long")],
            events=[],
        ),
    ]
    # --- English: a lubricants trade site on a cutting-fluid and grease plant's groundbreaking (S18 r3) ---
    rows += [
        h(
            n(),
            "Vietnam Gets a Cutting-Fluid Plant\nWork is under way at Phuoc Nam Industrial Park on a plant where Sao Mai Lubricants JSC will blend metalworking fluids and industrial greases.",
            "2024-03-20",
            "ministry",
            [
                E,
                "headline_lead",
                "work_under_way_groundbreaking",
                "english_park_no_location",
                "foreign_form_kept",
                "multiline",
            ],
            firms=[f("Sao Mai Lubricants", "JSC")],
            deals=[deal("groundbreaking", ["Sao Mai Lubricants"])],
            events=[ev("groundbreaking", [F("Sao Mai Lubricants")], None, None, None, "started")],
        ),
        h(
            n(),
            "Vietnam's lubricant demand is put at about 310 million litres a year, and cutting fluids are a growing slice of it.",
            "2024-03-20",
            "ministry",
            [E, "market_size_no_count", "volume_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "March 12 was groundbreaking day for Sao Mai Lubricants in Ninh Thuan province on the south-central coast, local media said; the 24,500-square-metre site should be producing by early 2025.",
            "2024-03-20",
            "ministry",
            [E, "date_first", "groundbreaking_started", "deal_date", "sq_m_to_ha", "region_nothing"],
            firms=[f("Sao Mai Lubricants")],
            provinces=[pv("Ninh Thuận")],
            areas=[ha(2.45)],
            deals=[deal("groundbreaking", ["Sao Mai Lubricants"], None, NT, "2024-03-12")],
            events=[ev("groundbreaking", [F("Sao Mai Lubricants")], None, None, NT, "started")],
        ),
        h(
            n(),
            "Thai and Australian investors are helping fund the US$5.8 million project, which will run in two phases of 5,200 and 4,300 tonnes a year.",
            "2024-03-20",
            "ministry",
            [E, "project_cost_no_firm", "adjective_no_country", "tonnage_no_count", "no_event"],
            money=[m(5.8 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: a tool-advice site's explainer on where drill bits are made (S19 r4) ---
    rows += [
        h(
            n(),
            "Where Are Your Drill Bits Made?\nA bit that sells for about $4 may come from a very different factory than one costing $40, and the label rarely tells the whole story.",
            "2024-05-02",
            "ministry",
            [E, "explainer", "headline_lead", "approx", "multiline", "no_event"],
            money=[m(4, "USD", approx=True), m(40, "USD")],
            events=[],
        ),
        h(
            n(),
            "China turns out most of the world's budget bits; Taiwan and Germany are known for industrial-grade ones, and Thailand and Vietnam are newer names on the packaging.",
            "2024-05-02",
            "ministry",
            [E, "explainer", "country_noun", "no_event"],
            locations=[country("China"), country("Taiwan"), country("Germany"), country("Thailand")],
            events=[],
        ),
    ]
    # --- English: a legal daily's English page on Japanese buyers and Vietnamese suppliers (S20 r1) ---
    rows += [
        h(
            n(),
            "Some 45 Vietnamese enterprises that already sell to foreign factories want Japanese buyers too, and 48 large Japanese makers say they would source cutting tools and parts locally.",
            "2010-12-03",
            "ministry",
            [E, "count", "approx", "adjective_no_country", "no_event"],
            quantities=[c(45, "enterprises", True), c(48, "makers")],
            events=[],
        ),
        h(
            n(),
            "SYM, the Taiwanese motorbike maker, takes four kinds of cutting blades from Huu Loc Tools; a Japanese customer is what its director Nguyen Huu Loc is still waiting for.",
            "2010-12-03",
            "ministry",
            [
                E,
                "supplier_status_no_deal",
                "object_first",
                "role_by_pronoun",
                "adjective_no_country",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Huu Loc Tools"), f("SYM")],
            persons=[per("Nguyen Huu Loc", "director")],
            events=[],
        ),
        h(
            n(),
            "Pham Van Khoi, deputy director of Sao Nam Precision Tool Co. (Sanatool), recalls that Japan's Fujikura ordered grinding jigs from the firm in 2006 only after many visits and a check of every machine.",
            "2010-12-03",
            "ministry",
            [
                E,
                "recalled_order_supply_contract",
                "seller_first",
                "deal_no_event",
                "role_after_name",
                "bracketed_acronym_one_entry",
                "possessive_country",
            ],
            persons=[per("Pham Van Khoi", "deputy director of Sao Nam Precision Tool Co.")],
            firms=[f("Sao Nam Precision Tool", "Co."), f("Fujikura")],
            locations=[country("Japan")],
            deals=[deal("supply_contract", ["Sao Nam Precision Tool", "Fujikura"])],
            events=[],
        ),
        h(
            n(),
            "A kaizen and 5S management course in Japan, paid for with JETRO's help, was his next step.",
            "2010-12-03",
            "ministry",
            [E, "acronym_alone_org", "possessive_org", "object_first", "country_noun", "no_event"],
            organizations=["JETRO"],
            locations=[country("Japan")],
            events=[],
        ),
    ]
    # --- English: a Japanese maker's "Declaration of Partnership Building" page (S20 r2) ---
    rows += [
        h(
            n(),
            "“Declaration of Partnership Building”\nLast Updated 04/02/2024\nOur suppliers, and their own suppliers in turn, are partners we mean to grow with, not costs to be squeezed.",
            "2024-02-04",
            "ministry",
            [E, "corporate_policy_page", "date_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Price cuts will not be demanded unreasonably; if a subcontractor asks to talk about prices, we will sit down with it and weigh higher labour costs.",
            "2024-02-04",
            "ministry",
            [E, "corporate_policy_page", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: the news agency on Japan as a buyer and a supporting-industry mission (S20 r3) ---
    rows += [
        h(
            n(),
            "Hanoi (VNA) – Only China, the Republic of Korea and the US buy more from Vietnam than Japan does, says a new report of the Industry Agency under the Ministry of Industry and Trade.",
            "2019-07-31",
            "ministry",
            [E, "agency_dateline", "dateline_mention", "statistics_no_deal", "country_noun", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[
                country("China"),
                country("Republic of Korea"),
                country("US"),
                country("Japan"),
            ],
            organizations=["Industry Agency", "Ministry of Industry and Trade"],
            events=[],
        ),
        h(
            n(),
            "A Vietnamese delegation with 7 toolmakers went to Japan's Toyama prefecture for a machinery show and met machine builders Okamura Kikai and Nishida Tekko; two of the Vietnamese firms were later asked for price quotes.",
            "2019-07-31",
            "ministry",
            [
                E,
                "mission_no_deal",
                "quote_request_no_deal",
                "count",
                "foreign_prefecture_nothing",
                "possessive_country",
                "no_event",
            ],
            quantities=[c(7, "toolmakers")],
            firms=[f("Okamura Kikai"), f("Nishida Tekko")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Toyota's Innova carries the highest local content of any Japanese car built here, at 39 percent.",
            "2019-07-31",
            "ministry",
            [E, "possessive_firm", "percentage", "adjective_no_country", "no_event"],
            firms=[f("Toyota")],
            percentages=[39],
            events=[],
        ),
        h(
            n(),
            "Japan has long helped Vietnam train workers, run firms better and find markets, and zones for Japanese small and medium-sized firms have opened in Hung Yen and Ha Nam.",
            "2019-07-31",
            "ministry",
            [E, "country_noun", "zones_unnamed_no_location", "adjective_no_country", "no_event"],
            locations=[country("Japan")],
            provinces=[pv("Hưng Yên"), pv("Hà Nam")],
            events=[],
        ),
    ]
    # --- English: a city daily's English site on a carmaker's memorandum with the trade ministry's industry agency
    # (S20 r4) ---
    rows += [
        h(
            n(),
            "A memorandum of understanding to help local toolmakers and parts suppliers sell to car assemblers was signed by Sakura Motor Vietnam and the trade ministry's Vietnam Industry Agency.",
            "2021-05-19",
            "ministry",
            [E, "agency_firm_mou_no_deal", "object_first", "passive", "vietnam_dropped", "no_site"],
            firms=[f("Sakura Motor")],
            organizations=["Vietnam Industry Agency"],
            events=[ev("mou", [F("Sakura Motor"), G("Vietnam Industry Agency")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Pham Quoc Hung, deputy head of the agency, urged local toolmakers to build long-term ties with foreign-invested plants rather than chase one-off orders.",
            "2021-05-19",
            "ministry",
            [E, "reported_speech", "role_after_name", "bare_unit_in_role", "no_event"],
            persons=[per("Pham Quoc Hung", "deputy head of the agency")],
            events=[],
        ),
        h(
            n(),
            "More than 740 parts are now sourced locally from 47 suppliers, seven of them Vietnamese, said Sakura Motor Vietnam president Kenji Arakawa, adding that such parts still cost about twice what they would elsewhere in the region.",
            "2021-05-19",
            "ministry",
            [
                E,
                "count_first",
                "role_before_name",
                "speaker_last",
                "count",
                "approx",
                "count_in_words",
                "multiplier_nothing",
                "no_event",
            ],
            persons=[per("Kenji Arakawa", "Sakura Motor Vietnam president")],
            firms=[f("Sakura Motor")],
            quantities=[c(47, "suppliers"), c(740, "parts", True)],
            events=[],
        ),
    ]
    return rows
