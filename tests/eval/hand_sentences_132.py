# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 132 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: precision moulds, dies and machine tools for the supporting industry
(mould makers, CNC machining shops, tooling suppliers). Written and annotated for every field BEFORE any tagger was run
on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1
"doanh nghiệp sản xuất khuôn mẫu chính xác công nghiệp hỗ trợ", S2 "nhà máy sản xuất khuôn đúc khuôn ép nhựa vốn đầu tư
khu công nghiệp", S3 "gia công cơ khí chính xác CNC doanh nghiệp Việt Nam cung ứng linh kiện", S4 "khuôn dập kim loại
khuôn mẫu ô tô xe máy nhà cung cấp", S5 "máy công cụ CNC trung tâm gia công nhập khẩu Việt Nam", S6 "trao giấy chứng
nhận đầu tư dự án sản xuất khuôn mẫu", S7 "khánh thành nhà máy cơ khí chính xác khuôn mẫu", S8 "ký kết hợp tác đào tạo
kỹ thuật viên CNC khuôn mẫu doanh nghiệp Nhật Bản", S9 "triển lãm máy công cụ và gia công kim loại MTA Việt Nam", S10
"dụng cụ cắt gọt dao phay mũi khoan nhà phân phối Việt Nam", S11 "doanh nghiệp cơ khí chính xác tham gia chuỗi cung ứng
Samsung Canon", S12 "khởi công nhà máy gia công cơ khí chính xác vốn FDI", S13 "Hiệp hội khuôn mẫu Việt Nam thiết kế
chế tạo khuôn", S14 "tăng vốn dự án sản xuất khuôn mẫu và linh kiện kim loại khu công nghiệp", S15 "thợ làm khuôn lương
tuyển dụng kỹ sư CNC", S16 "doanh nghiệp Việt chế tạo máy CNC nội địa hóa máy công cụ", and in English S17 "Vietnam
precision mould die maker factory investment", S18 "CNC machining supporting industry Vietnam supplier Japanese", S19
"Vietnam machine tools market imports tooling", S20 "mould and die plant industrial park Vietnam licence million USD".
No sentence is taken or paraphrased from a page; the shapes are. Firm, plant, park, school and person names are
invented (Khuôn Ánh Dương, Kim loại Hằng Dự, Cơ khí Kinh Môn, Phú Quang, Meridian Textile Holdings and its plant Hải
Triều, Golden Crest Precision, KCN Cái Rồng Xanh, Kiến Phát / Xây dựng Kiến Phát, Nhựa kỹ thuật Tân Long, Kitamura Mold,
Trường Đại học Công nghệ Biên Hòa, Cơ khí chính xác Phước An, Hoshinoya Technology, Tanabe Seiki, Trường Đại học Kỹ
thuật Công nghiệp Cửu Long, Hội chợ Phương Nam, Triển lãm Lion City, Công nghiệp hỗ trợ Thịnh Phát Sài Gòn, Nhựa Bình
Lợi, Bao bì In Tân Hưng, Seowon Metal Korea, KCN Tân Trường 2, Hội Cơ khí chính xác Việt Nam, Viện Cơ học ứng dụng,
Tan Phat Mold, Viet Khuon, Hoa Binh Precision, Kanto Mold and Metal Products, Binh Tien Plastic, Mizuho Machine, Tran
Van Tuan Co., An Khang Precision Mould (Akamo), Hoshizaki Denki, Sakaguchi Precision, Kuroda Metal, Everbright Tooling,
Nuvelle Cosmetics, Sun Crystal International, every official, director, lecturer, student, author, uploader, byline and
photographer); well-known names (Samsung, Canon, Brother, Yamaha, Nidec, Mabuchi, SYM, VinFast, RX Tradex, JICA,
JETRO, VJCC-HCMC, the ministries, Tổng cục Hải quan, Vietnam Customs, Cục Công nghiệp, the universities' parent bodies,
MTA, METALEX, Amata, the Vietnam-Singapore park, Vinh Loc, Cat Hai, and the decisions and laws cited) appear only in
sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; a fastener maker's turned-parts page came back five times, a Polish spam
title four times, a laser shop's explainer title, another spam title and the broadcaster's mould video three times
each, a business weekly's FDI overview, a wire-EDM seller's end-mill title, two betting salads and the trade magazine on
moulds twice each): 14 slots were spam (10 keyword titles on Polish domains about crushers, ore and costs, 4 betting
salads with run-together words); 17 were product, title, tag, legal-portal and listing pages (the turned-parts one-liner
five times, three explainer titles on machining, tolerances and end mills, two law firms' food-safety certificate tags, a
legal portal's decision title, an ebook tag, a CNC dealer's tag page with a headline, lead and image slug, a tool shop's
category listing with crossed-out prices, discount tags and an explainer); 16 were explainers, theses, course papers,
document-store, job and forum pages (a packaging seller's process blog with numbered steps, a course paper on a mould
company's production system with its cover, student list and contents, a Chinese stamping firm's machine-translated
blog with a fair banner and English alt text, a tax agent's explainer on investment certificates with footnoted
statistics and legal bases, a labour-export page on CNC trainees, a machine dealer's blog on the MTA show with an
association's statistics and an editor line, an internship report with a glued contents list, a CNC textbook page in a
broken font, a student paper on electronics supply chains with viewer junk and a source URL, an exhibition organiser's
explainer, a master's thesis on injection-mould CAD/CAM with its cover and declaration, a technology-map report on moulds,
two job-site pages with wage ranges and provinces, a document page on mechatronics with uploader and counts, a car-forum
post on the eras of CNC machines in Vietnamese workshops); 3 were a state broadcaster's video page on mould making; 13
were Vietnamese news (a national daily on a park's FDI year with an investor line and a licence still to come; a
contractor's page on handing a mould and plastic-parts plant to its owner, with its start date and floor area; a
university's working session with a Japanese mould maker, its gift of documents, training and a press to be donated; a
training centre's page on a Japanese agency's mission, its delegation and a visited firm; a national daily on a
three-party training agreement of a university, a staffing firm and a Japanese group, with a lower-case photo credit; a
city daily on the 2007 machine-tool show's opening with a caption and a caps byline; a provincial broadcaster's repost of
a national daily on Samsung's supplier tiers and an R&D centre being built; a city daily on a supplier's plant about to
run in the HCMC hi-tech park, its capital, its owner and a printer; the business weekly's FDI overview twice; an
anti-counterfeiting magazine's supporting-industry feature; a provincial paper's mobile page on a Korean metal maker's
top-up with its first licence, capacities, schedule and caps byline; a science agency's print page on technology maps);
14 were English (a trade magazine on the mould sector twice, a broadcaster's English site on demand for moulds with a
plastics chairman, a Japanese die maker and a machine seller, a Chinese tool seller's profile of a Vietnamese mould
shop, a Chinese mould maker's 2014 blog on opening a shop in Vietnam, a city daily's English item on support-industry
exports to Japan with byline and translator, a legal daily's amp page on parts makers courting Japanese buyers, a
business site on Japanese engineering investment with a plant built and a top-up announced, a wire copy of a news
service item on two trade shows and local sourcing, a Swiss grinder maker's magazine on Cát Hải and its carmaker, a US
trade association's column on MTA 2025 and FDI, a betting domain's copy of a wire item on machinery imports with glued
words, a provincial paper's English edition on an investment-policy approval); 3 were in other languages (an Italian
trade site on machine-tool imports, a news agency's French service on a cosmetics maker's second plant and on a glove
plant's groundbreaking). About 11 of the 80 slots told a deal or an event with a named party (an approval by a province,
a licence to come and an investor line in a round-up, a plant handed over, a three-party agreement, an R&D centre and a
plant being finished with its owner, a top-up with its recalled first licence, a recalled plant and an announced top-up,
a recalled start of car production, a planned second plant, a groundbreaking with a recalled first plant); no supply
contract, memorandum, joint venture or acquisition with named parties came up, and the searches for licence ceremonies,
openings and groundbreakings of mould and machining plants (S6, S7, S12) returned none in their first four.

Rows: 157 (hand-40801 to hand-40957); 17 carry a deal or an event (10.8%): 11 events (7 investment announcements, 1
inauguration, 1 cooperation, 1 investment licence, 1 groundbreaking) and 16 `deals` entries (14 investment, 1
cooperation, 1 groundbreaking); 6 rows hold deals without events (40869 an investor line, 40899 a recalled spend, 40901
an owner line, 40937 a recalled plant, 40945 a recalled start of production, 40957 a recalled first plant) and one an
event without a deal (40872, a plant handed over without capital). 140 rows are negatives and other fields. By page
kind: 11 rows of spam (40801-40811; 0 with a deal or event), 14 of product, title, tag, legal-title and listing pages
(40812-40825; 0), 39 of explainers, theses, course papers, document-store, job and forum pages (40826-40864; 0), 3 of the
video page (40865-40867; 0), 46 of Vietnamese news (40868-40913; 10), 2 of the Italian page rendered in Vietnamese
(40914-40915; 0), 38 of English copy (40916-40953; 4) and 4 of the French pages (40954-40957; 3), one rendered in
English and two in Vietnamese; 40 rows are English (`english_copy`, 25.5%: 38 English pages and 2 renderings of the
French pages). 9 rows are stored in NFD (hand-40835, 40857, 40869, 40877, 40881, 40888, 40892, 40899, 40908); 7 use old
tone placement (40837 "Tuỳ", 40840 "hàng hoá", 40856 "tuỳ", 40859 "tự động hoá", 40860 "Tự động hoá", 40861 "tự động
hoá", 40913 "tự động hoá"); 59 hold several lines (headlines and leads, timestamps, page chrome, covers, student lists,
contents, legal-basis lists, captions, bylines, breadcrumbs, listings, comment chrome, related links).

Own wording: every row was drafted in its own order and wording (amount-first, count-first, object-first, passive,
attribution last, capacity-first) with changed figures, names, dates and places; on review against the notes taken from
the sampled pages, about 85 drafts that still kept a page's clause order, run of facts or figures were rewritten from
scratch, among them: the process blog's title and steps, the stamping blog's banner, title, definition and question, the
labour-export lines, the dealer blog's MTA and statistics lines, the textbook slide, the supply-chain paper's list and
figure line, the job pages' wage, province and duty lines, the mechatronics page's history line, all three forum lines,
the video blurb, the park round-up's investor line and phase II, the contractor's two body lines, the mould maker's gift
and training lines, the agency mission's lead, delegation and centre lines, the three-party signing, its caption and the
principal's words, the show's organiser line, the Samsung repost's quote, R&D, subheading, consultancy and Tuổi Trẻ
lines, the supplier plant's capital and quality lines, the FDI and feature lines, the top-up's body and schedule, the
Italian page's two lines, and in English the mould magazine's lead, shares, firm list and park line, the broadcaster's
lead, die-maker, repair and customs lines, the profile's background, the blog's rent and wage lines, the export and
ministry lines, the buyers' list, the Japanese investment lead, projects, plant, top-up, spokesman and MTA lines, the
trade-show lead, sourcing and dates lines, the magazine's three lines, the column's three lines, both import lines, the
approval's headline and details, and the French pages' lines. Two finished English rows (a column's line on the
one-party state and elections, a profile's quote on the 1990s) were dropped to bring the English share down to the
sample's. Nothing was used from ranks 5-8, among them: a Japanese ink compounder's groundbreaking in Bắc Ninh (S2 r7), a
ministry's mould-expert course with Samsung (S8 r5, and S8 r7), a German bearing maker's groundbreaking in Đồng Nai (S12
r8), a trade magazine on the mould sector's value and domestic share (S13 r5), a Japanese precision-parts maker's
groundbreaking in Vĩnh Long (S17 r5), a Taiwanese press maker's plan for a Vietnamese plant (S17 r8), a hi-tech park's
four licences to mould and engineering firms and a German group's top-up in Đồng Nai (S20 r6), a Bình Dương licence
round (S20 r7), an industrial park's groundbreaking in Đồng Nai (S20 r8), a count of Vietnamese firms in Samsung's chain
(S11 r5), Samsung's denial of a line move (S11 r8), domestic CNC machine builders (S16 r7), MTA Hanoi 2019 and METALEX
2024 reports (S9 r6, r7), a 2019 support-industry expo (S18 r6) and Canon's hunt for local suppliers (S18 r8).

Conventions: exactly those of batches 10 and 12-130 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or an approval of investment policy is an investment deal and an investment_licence event
"licensed", the granting body a government party as written, none when it is a bare unit; a held groundbreaking, told in
the passive as well, is a groundbreaking deal and event "started", dated only when the day is written; an opening or
start of operation with its capital is an investment deal and an inauguration "completed", without capital the event
only; a named firm's plan, planned start of works, top-up or plant under construction is an announced investment,
undated; recalled plants, spending, starts and investor or owner lines are deals without events; a firm-firm agreement
to cooperate ("ký ... hợp tác") is a cooperation deal and event, a school among the signers an organisation party of
the event only; working sessions, visits, gifts, co-organised shows, supplier programmes, orders, hiring, wages and
import statistics give no deal; vague amounts ("hàng tỉ đô la Mỹ", "cả triệu đô") are none; "khoảng", "chừng", "gần",
"hơn", "trên", "about", "some", "roughly", "over", "more than", "close to" are approximate; bracketed conversions are both
money; "đô la" is USD; capacities, durations, lengths, page and view counts, ordinals, counts in words and counts without
a noun are no counts, a count's unit keeps the words after the number; m², m2 and ha are areas; Vietnamese legal forms are
normalised ("Công ty Cổ phần" -> "Công ty CP", "Công Ty" -> "Công ty"), foreign ones kept as written ("CO., LIMITED" ->
"Co., Limited", "Company Limited", "Joint Stock Company", "Incorporated"), "Việt Nam"/"Viet Nam"/"Vietnam" dropped from
a foreign subsidiary's name (kept in a role), caps names take their usual spelling, a bracketed acronym is no second
firm, brands named as customers or in lists are firms, one firm written bare and with its form in one row is one entry;
acronyms alone are organisations as written ("JICA", "JETRO", "VJCC-HCMC"); a province inside an organisation's or a
park's name is a mention, inside a firm's name none; Vietnamese country words ("Nhật", "Nhật Bản", "CHLB Đức") and
English country nouns and possessives ("Japan's", "China", "the RoK") are countries, English adjectives ("Japanese",
"Taiwanese", "American") and "Việt Nam"/"Vietnam" none; regions and foreign cities ("Đông Nam bộ", "Southeast Asia",
"Tokyo") nothing; parks and zones written in Vietnamese are locations (KCN expanded), English ones none; districts need
"huyện"/"quận"/"thị xã" or "TP X" before July 2025, English districts none; full-name bylines, photo credits and authors
are persons without role, initials ("T.H") and outlets ("VEN", "VNS", "-VNA", "-TTXVN", "Tuổi Trẻ", "VietnamPlus")
nothing; academic titles ("TS.", "PGS.TS", "Assoc. Prof. Dr.") are no roles, cover labels ("Giảng viên hướng dẫn",
"Người hướng dẫn khoa học") are, a role keeps its text as written, "X of Y" without a role word has none; a surname or
given name alone is no person; laws and decrees with a number give a decision, a resolution without its number none; old
tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A contractor's page on a finished plant handed to its owner ("Công ty TNHH Nhựa kỹ thuật Tân Long đã nhận lại từ nhà
  thầu Kiến Phát nhà máy ... sẵn sàng chạy máy từ ngày 22/3/2019", 40872) is the owner's inauguration "completed" without
  capital (event only); the contractor is a firm mention and no party; the headline's "Tân Long" names the plant. The
  contractor's line with the start of digging (40873) names no investor and gives no deal (batch 118).
- A licence still to be handed over ("GOLDEN CREST PRECISION CO., LIMITED sẽ được trao giấy chứng nhận đăng ký đầu tư
  cho nhà máy ... hơn 45 triệu USD", 40870) is an announced investment with its amount, without site (the park named in
  the headline row only).
- A park round-up's project line naming its investor ("dự án 118 triệu USD ..., do nhà đầu tư Singapore Meridian Textile
  Holdings rót vốn", 40869) is an investor line: a deal with the amount, no event, no site; "nhà đầu tư Singapore" gives
  the country; "Hải Triều (Việt Nam)" names the plant.
- A top-up told as just registered, without a grantor (headline "Công ty Seowon Metal Korea: Rót thêm gần 145 tỷ đồng"
  and "144,6 tỷ đồng vốn mới vừa được Công ty TNHH Seowon Metal Korea (Hàn Quốc) đăng ký ...", 40907-40908), is an
  investment deal with the increase and an announced investment (batch 113's top-up reported as done), the new total
  money only, no site (the park names no province); the recalled first licence "của doanh nghiệp do Ban Quản lý các khu
  công nghiệp tỉnh cấp" (40909) names no firm, and the bare board is no organisation.
- A supplier's plant in its last stage before running (40898) is an announced investment sited by the park's province;
  its supplying Samsung without a contract word gives no deal; the amount already put in, told amount-first (40899), is a
  deal without event; "Thịnh Phát Sài Gòn do Công ty Nhựa Bình Lợi lập ra và nắm vốn" (40901) is an owner line: Bình
  Lợi's deal without amount, event or site.
- A three-party agreement signed by two firms and a university ("cùng ký văn bản hợp tác ba bên", 40884) is ONE
  cooperation event with the three parties (the school an organisation) and one cooperation deal of the two firms (batch
  113's three signers), dated "22.1" in the publication's year; "tập đoàn Nhật" and "(Nhật Bản)" are two country entries
  as written (batch 130); the caption of the signing (40885) names no party and gives none.
- A university's working session with a mould maker, with documents given, training "theo thống nhất" and a press to be
  donated (40875-40878), gives no event (batch 102's working sessions); a donation is no deal.
- An English approval of investment policy by "the provincial People's Committee" with no province in the row (40952)
  is a licence deal and an investment_licence event of the firm alone (the bare committee no party, batch 101's bare
  unit), without site; "(Hong Kong, China)" gives China only; the project's lot and conversion in the next row (40953)
  name no firm.
- English: "Sakaguchi Precision Company Limited's plant at Vinh Loc Industrial Park in HCM City's Binh Tan District,
  built last year" (40937) is a recalled investment sited in HCM City; "A further $3.5 million is going into Kuroda Metal
  Viet Nam's factory in Dong Nai Province, the company said in January" (40938) an announced investment; "VinFast's car
  plant on the island, running since mid-2019" (40945) a recalled start: a deal without event or site (the island only);
  "Ten Japanese companies came away ... with deals signed with Vietnamese partners" (40940) names no party and gives no
  deal; co-organisers of shows (40889, 40941) give no event.
- The French pages: a named firm's second plant with works "due to start at the end of the year" (40954, rendered in
  English) is an announced investment sited in Bình Dương (the English park none, "Singapore" inside its name nothing);
  the first plant told without the firm's name (40955) gives no deal; the glove plant rendered in Vietnamese: "đã được
  động thổ tại Đồng Nai" (40956) a groundbreaking with its amount, undated; "riêng Sun Crystal ... đã có một nhà máy 11
  triệu USD trong tỉnh" (40957) a recalled investment sited in Đồng Nai, the province's Taiwanese total money only.
- A shop's category listing: crossed-out and current prices in ₫ are VND money and the discount tags "-8%", "-15%" the
  percentages 8 and 15 (40824); "Hiển thị 13–24 của 1.046 kết quả" gives nothing.
- A forum's "SS" for Samsung gives no firm (40863); "máy Nhật bãi" gives "Nhật" (40862); "dăm chục máy" is no count;
  "300 - 600 máy" two counts; "SS về Bắc Ninh" a province mention.
- "tiếng Nhật" is a language, no country (40839, 40886); "một viện CHLB Đức" gives CHLB Đức (40860).
- Bylines and credits: the lower-case credit "ảnh: khánh duy" (40885) gives no person; caps bylines and credits ("NGỌC
  HÂN", "MINH KHÔI", "Ảnh: MINH TÂM") are persons in their usual spelling; "By Kevin" a first name alone, none; an
  unaccented uploader name ("Chia sẻ: Tran Thi Thu Ha", 40859) a person without role.
- A firm named after a person ("Tran Van Tuan Co. ... its director, Tran Van Tuan", 40932) is a firm with the form "Co."
  and a person with the role "director"; "An Khang Precision Mould Company (Akamo)" one firm with the form "Company", and
  "Akamo" written alone later (40934) its own entry.
- A city or region inside a school's name ("Trường Đại học Công nghệ Biên Hòa", "... Cửu Long") gives nothing; "Ho Chi
  Minh City University of Technology" is an organisation with a mention of HCM City; "Saigon High-Tech Park" gives
  nothing; "Khu công nghệ cao TP.HCM" a park and a mention.
- "Made in Vietnam", "MTA Vietnam 2008", "METALEX Vietnam" and the "Supporting Industry Show" are programme and fair
  names: nothing.
- Glued words ("firstseven", "registeredcapital") are read as a careful reader would; the glued contents list
  ("ChươngI:TỔNGQUANVỀXƯỞNGSẢNXUẤT 1", 40844) gives nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, O, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_132(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HCM = cur("Hồ Chí Minh")
    DNai = cur("Đồng Nai")
    BDg = cur("Bình Dương")
    HN = cur("Hà Nội")

    ids = iter(range(40801, 40801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam: keyword titles on foreign domains (S2 r1 = S3 r4 = S7 r2 = S12 r2, S2 r4 = S12 r4 = S14 r1, S5 r3,
    # S7 r3, S9 r4) and betting salads with run-together words (S4 r1, S4 r4, S15 r1, S15 r2): 14 of the 80 slots ---
    rows += [
        h(
            n(),
            "chỉ số chi phí xưởng cơ khí quy trình kỹ thuật bảng so sánh nhà máy",
            "2023-05-14",
            "ministry",
            ["spam_slug", "foreign_domain", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá thành dự án xưởng tuyển quặng đồng quy mô nhỏ tải pdf",
            "2023-06-02",
            "ministry",
            ["spam_slug", "foreign_domain", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy nghiền côn thủy lực công suất 80 tấn giờ tiêu chuẩn thiết kế xưởng",
            "2023-07-19",
            "ministry",
            ["spam_slug", "foreign_domain", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tài liệu pdf nghiên cứu trường hợp đồ gá khoan cho máy tiện vạn năng",
            "2023-08-08",
            "ministry",
            ["spam_slug", "foreign_domain", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sổ tay của hội các nhà chế tạo máy sàng rung và băng chuyền",
            "2023-09-21",
            "ministry",
            ["spam_slug", "foreign_domain", "lowercase_org_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin giá máy phay mini cũbảng lương công nhân điện tửkèo tài xỉu 1.25",
            "2024-02-17",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xe số cũ dưới 6 triệutính lô đề hôm naykết quả ngoại hạng anh",
            "2024-03-30",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tuyển thợ tiện cnc bình dươnglịch vạn niên hôm naynhà cái châu á",
            "2024-05-06",
            "ministry",
            ["spam_line", "glued_words", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin điểm chuẩn đại học sư phạm kỹ thuậtcách tính lương hưu 2025cá cược bóng đá",
            "2024-07-11",
            "ministry",
            ["spam_line", "glued_words", "lowercase_org_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bảng lương công nhân khuôn mẫucách tính lô kép hôm naykeo nha cai 5",
            "2024-09-25",
            "ministry",
            ["spam_line", "glued_words", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nguyên lý máy nghiền búa và ứng dụng trong xây dựng đường",
            "2023-10-03",
            "ministry",
            ["spam_slug", "foreign_domain", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Product, title, tag, legal-portal-title and listing pages: a fastener maker's turned-parts page (S1 r2 = S3 r1
    # = S5 r1 = S7 r1 = S16 r1), a laser-cutting shop's explainer title (S3 r2 = S5 r4 = S7 r4), a CNC service's
    # question title (S3 r3), a wire-EDM seller's end-mill title (S5 r2 = S10 r1), two law firms' food-safety tags
    # (S6 r1, S6 r4), a legal portal's decision title (S6 r2), an ebook tag (S13 r1), a CNC dealer's tag page (S12 r3)
    # and a tool shop's category listing (S10 r4) ---
    rows += [
        h(
            n(),
            "Chi tiết tiện CNC là loại hàng khó làm: dung sai nhỏ, bề mặt phải đẹp và người đứng máy phải có tay nghề",
            "2022-04-12",
            "ministry",
            ["product_page", "one_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm tiện\n\nTrục, bạc lót, bulông đặc chủng gia công theo bản vẽ của khách – gọi để nhận báo giá",
            "2022-04-12",
            "ministry",
            ["product_page", "heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang chủ / Sản phẩm / Sản phẩm tiện\nHotline: 0903 218 457 – Email: kinhdoanh@",
            "2022-04-12",
            "ministry",
            ["product_page", "breadcrumb", "hotline_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gia công cơ khí theo đơn đặt hàng là gì? Những cách gia công hay gặp nhất hiện nay",
            "2023-03-09",
            "ministry",
            ["explainer_title", "question_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Độ chính xác của chi tiết phay CNC phụ thuộc vào những yếu tố nào?",
            "2023-11-27",
            "ministry",
            ["explainer_title", "question_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dao phay ngón hợp kim: cấu tạo, đặc tính, ứng dụng và cách chọn cho từng vật liệu",
            "2024-01-15",
            "ministry",
            ["explainer_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận đủ điều kiện an toàn thực phẩm cho cơ sở sản xuất nhỏ",
            "2022-08-30",
            "ministry",
            ["tag_page", "one_line_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ và trình tự xin cấp lại GCN cơ sở đủ điều kiện ATTP",
            "2023-02-21",
            "ministry",
            ["tag_page", "one_line_tag", "term_acronym_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1748/QĐ-BKHCN 2019 công bố thủ tục hành chính về chuyển giao công nghệ",
            "2019-07-02",
            "legal",
            ["legal_portal_title", "decision_number", "year_only_no_date", "no_event"],
            decisions=[d("1748/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "giáo trình thiết kế khuôn dập tấm và khuôn ép phun ebook pdf",
            "2021-10-18",
            "ministry",
            ["tag_page", "ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cơ khí chế tạo\n\nDòng vốn ngoại dồn vào cơ khí chế tạo, doanh nghiệp nội vẫn đứng ngoài\nPhần lớn tiền rót vào cơ khí chế tạo mấy năm qua là của nhà đầu tư nước ngoài; số đông doanh nghiệp trong nước chỉ nhận gia công lại.",
            "2019-09-23",
            "ministry",
            ["tag_page", "headline_lead", "unnamed_investors_no_deal", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bỏ qua đến nội dung\n\ndong-von-ngoai-don-vao-co-khi-che-tao-2\n\n(xem tiếp…)",
            "2019-09-23",
            "ministry",
            ["tag_page", "skip_link_chrome", "image_slug", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hiển thị 13–24 của 1.046 kết quả\n\n-8%\nGiá gốc là: 245.000 ₫.Giá hiện tại là: 225.400 ₫.\n-15%\nGiá gốc là: 612.000 ₫.Giá hiện tại là: 520.200 ₫.",
            "2025-06-05",
            "ministry",
            [
                "category_listing",
                "result_count_no_count",
                "price_money",
                "discount_percentage",
                "glued_prices",
                "multiline",
                "no_event",
            ],
            money=[m(245_000, "VND"), m(225_400, "VND"), m(612_000, "VND"), m(520_200, "VND")],
            percentages=[8, 15],
            events=[],
        ),
        h(
            n(),
            "1. Dụng cụ cắt là gì?\n\nĐó là công cụ bóc một lớp vật liệu khỏi phôi để ra hình dạng cần có; trên thép đã tôi, một con dao phay carbide chọn đúng có thể làm nhanh gấp ba dao thép gió và bớt gần nửa tiền dao.",
            "2025-06-05",
            "ministry",
            ["category_listing", "explainer", "question_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Explainers, theses, course papers, document-store pages, job pages, a forum post and a dealer's blog: a
    # packaging seller's process blog (S1 r3), a course paper on a mould shop (S1 r4), a Chinese stamper's translated
    # blog (S4 r3), a tax agent's explainer (S6 r3), a labour-export page (S8 r2), a dealer's MTA blog (S9 r2), an
    # internship report (S10 r2), a CNC textbook page (S10 r3), a student paper on supply chains (S11 r1), an
    # organiser's explainer (S11 r2), a master's thesis on moulds (S13 r3), a technology-map report (S13 r4), two job
    # pages (S15 r3, S15 r4), a document page on mechatronics (S16 r3) and a car forum post (S16 r4) ---
    rows += [
        h(
            n(),
            "Làm xưởng nhỏ cần quy trình gì? Hướng dẫn từng bước\n\nChủ đề: Chất lượng đều tay, giao hàng đúng hẹn và bớt hao hụt vật tư là ba thứ một quy trình tốt mang lại.",
            "2024-08-19",
            "ministry",
            ["seller_blog", "question_title", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "3. Chọn nhà cung cấp vật tư\n  1. Lập danh sách ít nhất ba nơi bán, so giá và thời gian giao.\n  2. Đặt thử một lô nhỏ trước khi ký đơn lớn.",
            "2024-08-19",
            "ministry",
            ["seller_blog", "numbered_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "You are on page 1of 31\n\nĐẠI HỌC QUỐC GIA TP HỒ CHÍ MINH\nTRƯỜNG ĐẠI HỌC BÁCH KHOA\n\nBÀI TẬP LỚN MÔN QUẢN LÝ SẢN XUẤT\nĐỀ TÀI: BỐ TRÍ MẶT BẰNG XƯỞNG CỦA CÔNG TY TNHH KHUÔN ÁNH DƯƠNG\nNhóm L03-5 — HK 211\nGiảng viên hướng dẫn: Trần Thị Mỹ Linh",
            "2021-12-06",
            "ministry",
            [
                "document_store",
                "course_paper_cover",
                "all_caps_org",
                "all_caps_firm",
                "province_in_org_name",
                "cover_label_role",
                "class_code_nothing",
                "page_marker_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Đại học Quốc gia TP Hồ Chí Minh", "Trường Đại học Bách khoa"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Khuôn Ánh Dương", "Công ty TNHH")],
            persons=[per("Trần Thị Mỹ Linh", "Giảng viên hướng dẫn")],
            events=[],
        ),
        h(
            n(),
            "Sinh viên thực hiện MSSV\nLê Quang Huy 2011452\nĐinh Thị Mai 2013087\nVõ Thành Đạt 2010926\n\nThành phố Hồ Chí Minh – 2021",
            "2021-12-06",
            "ministry",
            [
                "document_store",
                "student_list",
                "student_ids_nothing",
                "place_year_line",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Quang Huy", None), per("Đinh Thị Mai", None), per("Võ Thành Đạt", None)],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\n1. GIỚI THIỆU CÔNG TY TNHH KHUÔN ÁNH DƯƠNG ..........3\n2. SẢN XUẤT ĐƠN CHIẾC VÀ THEO LÔ ..........5\n3. SƠ ĐỒ TỔ CHỨC, BỐ TRÍ NHÂN CÔNG ..........8",
            "2021-12-06",
            "ministry",
            [
                "document_store",
                "table_of_contents",
                "all_caps_firm",
                "page_numbers_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Khuôn Ánh Dương", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Gặp Kim loại Hằng Dự tại gian B12, Hội Chợ AUTOMECHANIKA (Đức), tháng 9 này!\n\nTrang Chủ >  Tin tức\n\nTime : 2025-09-02",
            "2025-09-02",
            "ministry",
            [
                "vendor_blog",
                "machine_translated",
                "fair_abroad_no_deal",
                "bare_firm",
                "breadcrumb",
                "country_in_brackets",
                "multiline",
                "no_event",
            ],
            firms=[f("Kim loại Hằng Dự")],
            locations=[country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Chọn xưởng dập cho linh kiện ô tô: giá thành, dung sai và năm câu hỏi nên hỏi\n\nstamping press line forming car body panels in a modern plant",
            "2025-09-02",
            "ministry",
            ["vendor_blog", "english_alt_text", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vì sao hãng xe thuê ngoài khâu dập?\n\nMột mẫu xe mới cần hàng trăm bộ khuôn; tự làm hết thì vốn chôn quá lớn, nên phần nhiều được giao cho xưởng chuyên dập.",
            "2025-09-02",
            "ministry",
            ["vendor_blog", "machine_translated", "question_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một dây chuyền dập có thể cho ra vài chục chi tiết mỗi phút từ cuộn thép, nên nó gánh phần lớn thân vỏ xe; dung sai vài phần trăm milimét là chuyện thường ở đây.",
            "2025-09-02",
            "ministry",
            ["vendor_blog", "machine_translated", "vague_fraction_no_percentage", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1.703 dự án vốn ngoại(2) nhận giấy chứng nhận đăng ký đầu tư trong bảy tháng đầu năm 2024, cùng lúc với 98.412(1) doanh nghiệp mới ra đời.",
            "2024-09-03",
            "ministry",
            [
                "nfd",
                "tax_agent_explainer",
                "footnote_marks_glued",
                "count_first",
                "statistics",
                "count",
                "no_event",
            ],
            quantities=[c(1703, "dự án vốn ngoại"), c(98412, "doanh nghiệp mới")],
            events=[],
        ),
        h(
            n(),
            "Cơ sở pháp lý:\n- Luật Đầu tư số 61/2020/QH14;\n- Nghị định 31/2021/NĐ-CP;\n- Thông tư 03/2021/TT-BKHĐT về mẫu văn bản, báo cáo.",
            "2024-09-03",
            "legal",
            ["tax_agent_explainer", "legal_basis_list", "law_with_number", "multiline", "no_event"],
            decisions=[d("61/2020/QH14"), d("31/2021/NĐ-CP"), d("03/2021/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Ai cấp giấy chứng nhận đăng ký đầu tư?\nTuỳ nơi đặt dự án, hồ sơ nộp về Sở Kế hoạch và Đầu tư hoặc ban quản lý các khu công nghiệp, khu chế xuất, khu công nghệ cao, khu kinh tế.",
            "2024-09-03",
            "ministry",
            [
                "tax_agent_explainer",
                "question_heading",
                "old_tone",
                "bare_unit_org_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Liên kết đào tạo\nMột xí nghiệp Nhật nhận thực tập sinh tiện CNC mà phải dạy lại từ cách gá phôi, đeo kính bảo hộ thì sẽ không nhận lần thứ hai.",
            "2020-05-11",
            "ministry",
            ["labour_export_page", "heading", "multiline", "country_short", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Trung tâm vì vậy dạy thêm tiếng Nhật giao tiếp và cách báo cáo công việc, hai thứ chủ xưởng hay phàn nàn nhất ở kỹ sư trẻ.",
            "2020-05-11",
            "ministry",
            ["labour_export_page", "language_not_country", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cơ hội cho doanh nghiệp cơ khí Việt vào chuỗi cung ứng toàn cầu\n\nNgoài gian hàng và giao thương, khách còn được dự diễn đàn “Tích hợp hàng hoá – dịch vụ để nâng giá trị tổng thể cho doanh nghiệp và khách hàng”.",
            "2022-06-28",
            "ministry",
            [
                "dealer_blog",
                "headline_lead",
                "old_tone",
                "forum_title_quoted",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Hãng máy công cụ từ 14 quốc gia và vùng lãnh thổ, đông nhất là Nhật Bản, Hàn Quốc, Đài Loan, Đức và Singapore, năm nào cũng kéo về MTA, theo bà Phan Thị Thu Hiền, Phó Tổng Thư ký Hội Cơ khí chính xác Việt Nam.",
            "2022-06-28",
            "ministry",
            [
                "dealer_blog",
                "count_first",
                "attribution_last",
                "person_role_after",
                "country_list",
                "count",
                "no_event",
            ],
            persons=[per("Phan Thị Thu Hiền", "Phó Tổng Thư ký Hội Cơ khí chính xác Việt Nam")],
            organizations=["Hội Cơ khí chính xác Việt Nam"],
            quantities=[c(14, "quốc gia và vùng lãnh thổ")],
            locations=[
                country("Nhật Bản"),
                country("Hàn Quốc"),
                country("Đài Loan"),
                country("Đức"),
                country("Singapore"),
            ],
            events=[],
        ),
        h(
            n(),
            "Trên 14 tỷ USD hàng xuất khẩu mỗi năm đến từ khối cơ khí, gồm chừng 19.500 doanh nghiệp và hơn 48.000 cơ sở nhỏ lẻ, bà Hiền dẫn số liệu thống kê.\n(Biên tập: Máy & Thiết bị Phú Quang, nguồn sưu tầm)",
            "2022-06-28",
            "ministry",
            [
                "dealer_blog",
                "amount_first",
                "statistics",
                "approx",
                "count",
                "short_name_no_person",
                "editor_line",
                "multiline",
                "no_event",
            ],
            quantities=[c(19500, "doanh nghiệp", True), c(48000, "cơ sở nhỏ lẻ", True)],
            money=[m(14 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "báo cáo thực tập xưởng cơ khí tại Công ty TNHH cơ khí Kinh Môn báo cáo thực tập xưởng cơ khí tại Công ty TNHH cơ khí Kinh Môn\nTrang 1ƢỌ –",
            "2022-03-15",
            "ministry",
            [
                "document_store",
                "internship_report",
                "repeated_title",
                "place_in_firm_name_nothing",
                "lowercase_name_word",
                "broken_font",
                "multiline",
                "no_event",
            ],
            firms=[f("Cơ khí Kinh Môn", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Trang 2MỤC LỤC\nChươngI:TỔNGQUANVỀXƯỞNGSẢNXUẤT 1\n2.4 Cácđồgáđượcdùngtrongxưởng 12\n2.5 PhântíchcôngnghệCNC 21",
            "2022-03-15",
            "ministry",
            ["internship_report", "glued_words", "table_of_contents", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bài giảng Máy CNC căn bản - Chương 3: Lập trình phay trên máy CNC - Phạm Văn Thuận\n\npdf 112 trang hoanglong88 2941\nBạn đang xem 20 trang mẫu của tài liệu, bấm DOWNLOAD ở trên để tải bản gốc về máy",
            "2021-05-24",
            "ministry",
            [
                "document_store",
                "textbook_page",
                "author_after_dash",
                "page_count_no_count",
                "uploader_handle_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Phạm Văn Thuận", None)],
            events=[],
        ),
        h(
            n(),
            "  1. LẬP TRÌNH PHAY TRÊN MÁY CNC Phạm Văn Thuận\n  2. Nội dung . Hệ tọa độ . Mã G, mã M . Chu trình khoan . Bù dao\n  3. Bù bán kính dao: G41 bù trái, G42 bù phải, G40 hủy bù; nhập sai thì chi tiết gia cơng hụt hoặc dư đúng bằng bán kính dao",
            "2021-05-24",
            "ministry",
            ["textbook_page", "slide_list", "broken_font", "multiline", "no_event"],
            persons=[per("Phạm Văn Thuận", None)],
            events=[],
        ),
        h(
            n(),
            "Preview text:\nlOMoAR cPSD| 41207736 I.\nChuỗi cung ứng toàn cầu của ngành ô tô\n1. Tổng quan",
            "2023-12-04",
            "ministry",
            ["document_store", "student_paper", "viewer_junk", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc, Mỹ, Nhật Bản, Ấn Độ và Hàn Quốc là năm nước làm ra nhiều ô tô nhất hiện nay.\n( Nguồn: https://www.oica.net/)",
            "2023-12-04",
            "ministry",
            [
                "student_paper",
                "country_list",
                "count_in_words",
                "source_url_nothing",
                "multiline",
                "no_event",
            ],
            locations=[
                country("Trung Quốc"),
                country("Mỹ"),
                country("Nhật Bản"),
                country("Ấn Độ"),
                country("Hàn Quốc"),
            ],
            events=[],
        ),
        h(
            n(),
            "Một chiếc xe con có chừng 30.000 chi tiết, đi qua ba, bốn tầng nhà cung cấp trước khi tới xưởng lắp ráp.\nHình: Mô hình chuỗi cung ứng ngành ô tô",
            "2023-12-04",
            "ministry",
            ["student_paper", "figure_caption", "multiline", "count", "approx", "no_event"],
            quantities=[c(30000, "chi tiết", True)],
            events=[],
        ),
        h(
            n(),
            "Logistics ngược là gì? Vì sao nhà máy cần quan tâm\nHàng lỗi, bao bì quay vòng, phế liệu đều phải đi ngược về xưởng; hãy cùng RX Tradex xem dòng chảy này được tổ chức ra sao trong bài dưới đây.",
            "2024-10-21",
            "ministry",
            ["organiser_explainer", "question_title", "bare_firm", "multiline", "no_event"],
            firms=[f("RX Tradex")],
            events=[],
        ),
        h(
            n(),
            "2. Những mô hình chuỗi cung ứng hay gặp\nMô hình dòng chảy liên tục, mô hình nhanh, mô hình linh hoạt và mô hình làm theo đơn là bốn kiểu thường được nhắc tới.",
            "2024-10-21",
            "ministry",
            [
                "organiser_explainer",
                "numbered_heading",
                "count_in_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI NGÔ VĂN KHẢI ỨNG DỤNG MASTERCAM TRONG THIẾT KẾ VÀ GIA CÔNG KHUÔN DẬP VỎ HỘP LUẬN VĂN THẠC SĨ KỸ THUẬT NGÀNH: KỸ THUẬT CƠ KHÍ MÃ SỐ: CB150212 Hà Nội - 2016",
            "2016-06-20",
            "ministry",
            [
                "document_store",
                "thesis_cover",
                "all_caps_org",
                "all_caps_person",
                "province_in_org_name",
                "code_nothing",
                "no_event",
            ],
            organizations=["Bộ Giáo dục và Đào tạo", "Trường Đại học Bách khoa Hà Nội"],
            provinces=[pv("Hà Nội")],
            persons=[per("Ngô Văn Khải", None)],
            events=[],
        ),
        h(
            n(),
            "Người hướng dẫn khoa học: PGS.TS Đỗ Minh Tâm\nLỜI CAM ĐOAN Tôi xin cam đoan đây là công trình của riêng tôi, chưa từng bảo vệ ở hội đồng nào. Hà Nội, ngày 18 tháng 04 năm 2016 Người cam đoan Ngô Văn Khải",
            "2016-06-20",
            "ministry",
            [
                "thesis_page",
                "cover_label_role",
                "academic_title_no_role",
                "place_date_line",
                "signature_person",
                "multiline",
                "no_event",
            ],
            persons=[per("Đỗ Minh Tâm", "Người hướng dẫn khoa học"), per("Ngô Văn Khải", None)],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "You are on page 1of 96\n\nVIỆN ĐÁNH GIÁ KHOA HỌC VÀ ĐỊNH GIÁ CÔNG NGHỆ\n\nBẢN ĐỒ CÔNG NGHỆ NGÀNH CƠ KHÍ CHÍNH XÁC\n\n2017",
            "2018-02-08",
            "ministry",
            [
                "document_store",
                "report_cover",
                "all_caps_org",
                "page_marker_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Viện Đánh giá khoa học và Định giá công nghệ"],
            events=[],
        ),
        h(
            n(),
            "PHẦN 2. HIỆN TRẠNG CÔNG NGHỆ NGÀNH CƠ KHÍ CHÍNH XÁC ........ 17\n2.1. Số lượng, chủng loại công nghệ chính ........ 20\n2.2. So sánh năng lực vận hành với thế giới ........ 26",
            "2018-02-08",
            "ministry",
            [
                "document_store",
                "table_of_contents",
                "page_numbers_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            " date 2025-01-01 Cứ mười chỗ trống thợ cơ khí thì xưởng chỉ lấp được sáu, bảy; người có nghề được trả 9.000.000 - 24.000.000 VNĐ/tháng, tuỳ số năm kinh nghiệm.",
            "2025-01-01",
            "ministry",
            [
                "job_page",
                "old_tone",
                "page_chrome_date",
                "wage_range_money",
                "money_per",
                "no_event",
            ],
            money=[m(9 * M, "VND", "tháng"), m(24 * M, "VND", "tháng")],
            events=[],
        ),
        h(
            n(),
            "Đồng Nai và Bình Dương nay cũng săn thợ phay, thợ mài không kém Hà Nội, TP. Hồ Chí Minh hay Đà Nẵng; ai đứng được máy CNC có thể nhận 8 - 21 triệu đồng mỗi tháng.",
            "2025-01-01",
            "ministry",
            ["nfd", "job_page", "province_list", "wage_range_money", "money_per", "no_event"],
            provinces=[pv("Đồng Nai"), pv("Bình Dương"), pv("Hà Nội"), pv("Hồ Chí Minh"), pv("Đà Nẵng")],
            money=[m(8 * M, "VND", "mỗi tháng"), m(21 * M, "VND", "mỗi tháng")],
            events=[],
        ),
        h(
            n(),
            "1. Một ngày của thợ phay\nĐọc bản vẽ, gá phôi, chọn dao, chạy chương trình rồi đo lại chi tiết: việc lặp đi lặp lại, nhưng sai một lần là hỏng cả lô.",
            "2025-01-01",
            "ministry",
            ["job_page", "heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đánh giá sự phát triển của ngành tự động hoá\nChia sẻ: Tran Thi Thu Ha | Ngày: | Loại File: PDF | Số trang:11\n\n207\nlượt xem\n9\ndownload",
            "2020-09-14",
            "ministry",
            [
                "document_store",
                "old_tone",
                "uploader_person",
                "unaccented_name",
                "page_count_no_count",
                "view_counts_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Tran Thi Thu Ha", None)],
            events=[],
        ),
        h(
            n(),
            "Tự động hoá vào Việt Nam từ giữa thập niên 1990 qua các khóa học của một viện CHLB Đức, TS. Đoàn Quốc Việt, Phó Viện trưởng Viện Cơ học ứng dụng, nhắc lại trong bài.",
            "2020-09-14",
            "ministry",
            [
                "document_store",
                "academic_title_no_role",
                "person_role_after",
                "old_tone",
                "unnamed_foreign_institute",
                "country_short_form",
                "no_event",
            ],
            persons=[per("Đoàn Quốc Việt", "Phó Viện trưởng Viện Cơ học ứng dụng")],
            organizations=["Viện Cơ học ứng dụng"],
            locations=[country("CHLB Đức")],
            events=[],
        ),
        h(
            n(),
            "1. Nghiên cứu & Phát triển - Đào tạo  2. Ứng dụng tự động hoá  3. Công nghiệp tự động hoá\nNăm 2001, Viện Cơ học ứng dụng lập phòng thí nghiệm điều khiển số, nơi làm ra chiếc máy phay CNC ba trục đầu tiên của viện.",
            "2020-09-14",
            "ministry",
            ["document_store", "old_tone", "inline_outline", "ordinal_not_count", "multiline", "no_event"],
            organizations=["Viện Cơ học ứng dụng"],
            events=[],
        ),
        h(
            n(),
            "Em kể tiếp nhé:\n- Hồi em mới vào nghề (quãng 2007), xưởng nào có dăm chục máy là oách rồi, toàn máy Nhật bãi, mỗi con một hệ điều khiển, hỏng là chờ thợ cả tuần.",
            "2023-04-07",
            "ministry",
            ["forum_post", "list_dash", "country_short", "vague_count_nothing", "multiline", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "- Khi SS về Bắc Ninh thì khác hẳn: xưởng vendor cấp 1 phải có 300 - 600 máy, mỗi nhà xưởng chỉ 3-4 dòng máy, sai số đòi dưới 0,01 mm.",
            "2023-04-07",
            "ministry",
            [
                "forum_post",
                "list_dash",
                "nickname_firm_nothing",
                "count_range",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(300, "máy"), c(600, "máy")],
            events=[],
        ),
        h(
            n(),
            "- Rồi lứa máy thải từ các vendor ấy tràn ra chợ đồ cũ, còn máy giá cả triệu đô thì về từ Đức, Ý, Thụy Sĩ để làm hàng chuyên biệt.",
            "2023-04-07",
            "ministry",
            ["forum_post", "vague_amount", "country_list", "no_event"],
            locations=[country("Đức"), country("Ý"), country("Thụy Sĩ")],
            events=[],
        ),
    ]
    # --- A state broadcaster's video page on mould making (S1 r1 = S4 r2 = S13 r2) ---
    rows += [
        h(
            n(),
            "Made in Vietnam (14/05/2022): Nâng tay nghề thợ làm khuôn Việt",
            "2022-05-14",
            "ministry",
            ["video_page", "programme_title", "date_in_brackets", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một xưởng ở ngoại thành Hà Nội vừa làm xong bộ khuôn dập tấm vỏ cửa ô tô đầu tiên của mình sau ba năm học nghề từ đối tác Nhật; chương trình theo chân những người thợ đứng sau nó.",
            "2022-05-14",
            "ministry",
            ["video_page", "blurb", "unnamed_firm_no_deal", "country_short", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "XEM TRỌN BỘ\n\nMade in Vietnam (07/05/2022) | Made in Vietnam (30/04/2022)",
            "2022-05-14",
            "ministry",
            ["video_page", "playlist_chrome", "pipe_separator", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a park's FDI year in Quảng Ninh, a national daily (S2 r2) ---
    rows += [
        h(
            n(),
            " date 2025-12-16 KCN Cái Rồng Xanh (Quảng Ninh) hút gần 280 triệu USD vốn FDI trong năm 2025",
            "2025-12-16",
            "ministry",
            [
                "page_chrome_date",
                "headline",
                "park_total_no_deal",
                "province_in_brackets",
                "approx",
                "no_event",
            ],
            provinces=[pv("Quảng Ninh")],
            locations=[park("Khu công nghiệp Cái Rồng Xanh")],
            money=[m(280 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "85.000 tấn vải nhuộm, in hoa mỗi năm là công suất của nhà máy Hải Triều (Việt Nam), dự án 118 triệu USD lớn nhất khu năm nay, do nhà đầu tư Singapore Meridian Textile Holdings rót vốn.",
            "2025-12-16",
            "ministry",
            [
                "nfd",
                "investor_line",
                "deal_no_event",
                "plant_name_no_firm",
                "country_in_brackets",
                "capacity_no_count",
                "no_site_in_row",
            ],
            firms=[f("Meridian Textile Holdings")],
            money=[m(118 * M, "USD")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Meridian Textile Holdings"], 118 * M)],
            events=[],
        ),
        h(
            n(),
            "Trước khi hết năm, GOLDEN CREST PRECISION CO., LIMITED sẽ được trao giấy chứng nhận đăng ký đầu tư cho nhà máy khuôn dập và chi tiết kim loại chính xác hơn 45 triệu USD, mỗi năm làm 3.200 bộ khuôn và 6,5 triệu chi tiết.",
            "2025-12-16",
            "ministry",
            [
                "future_licence",
                "announced_investment",
                "all_caps_firm",
                "foreign_form_as_written",
                "capacity_no_count",
                "approx",
            ],
            firms=[f("Golden Crest Precision", "Co., Limited")],
            money=[m(45 * M, "USD", approx=True)],
            deals=[deal("investment", ["Golden Crest Precision"], 45 * M)],
            events=[
                ev("investment_announcement", [F("Golden Crest Precision")], 45 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Công nghệ cao, công nghiệp hỗ trợ và ngành sạch sẽ được ưu tiên ở giai đoạn II, phần đất gần 480 ha mà chủ đầu tư hạ tầng còn đang làm thủ tục.",
            "2025-12-16",
            "ministry",
            ["park_phase", "unnamed_developer_no_deal", "area", "approx", "no_event"],
            areas=[ha(480, True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a contractor's page on a mould and plastic-parts plant handed to its owner (S2 r3) ---
    rows += [
        h(
            n(),
            "KIẾN PHÁT bàn giao nhà máy khuôn mẫu và linh kiện nhựa Tân Long\n\nCông ty TNHH Nhựa kỹ thuật Tân Long đã nhận lại từ nhà thầu Kiến Phát nhà máy khuôn mẫu và linh kiện nhựa của mình, sẵn sàng chạy máy từ ngày 22/3/2019, bảy tháng sau ngày đổ móng.",
            "2019-03-28",
            "ministry",
            [
                "contractor_page",
                "headline_lead",
                "handover_as_opening",
                "inauguration_no_capital",
                "all_caps_firm",
                "contractor_no_party",
                "plant_named_by_brand_no_firm",
                "multiline",
            ],
            firms=[f("Kiến Phát"), f("Nhựa kỹ thuật Tân Long", "Công ty TNHH")],
            events=[ev("inauguration", [F("Nhựa kỹ thuật Tân Long")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Trên 18.640 m2, Công ty CP Xây dựng Kiến Phát dựng một xưởng đúc ép cùng khu văn phòng và phụ trợ; móng được đào từ ngày 14/8/2018.",
            "2019-03-28",
            "ministry",
            [
                "contractor_page",
                "recalled_groundbreaking_no_firm",
                "contractor_no_deal",
                "area_m2",
                "no_event",
            ],
            firms=[f("Xây dựng Kiến Phát", "Công ty CP")],
            areas=[ha(1.864)],
            events=[],
        ),
        h(
            n(),
            "Với Kiến Phát, một công trình nhà xưởng chỉ coi là xong khi không có tai nạn, đạt chất lượng và kịp hạn giao.",
            "2019-03-28",
            "ministry",
            ["contractor_page", "short_name", "no_event"],
            firms=[f("Kiến Phát")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a university's working session with a Japanese mould maker (S8 r1), a Japanese agency's
    # mission to a training centre and a graduate firm (S8 r3) and a three-party training agreement (S8 r4) ---
    rows += [
        h(
            n(),
            "Trường Đại học Công nghệ Biên Hòa làm việc với Công ty Kitamura Mold",
            "2021-06-21",
            "provincial",
            [
                "university_news",
                "headline",
                "working_session_no_event",
                "city_in_org_name_nothing",
                "no_event",
            ],
            organizations=["Trường Đại học Công nghệ Biên Hòa"],
            firms=[f("Kitamura Mold", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Bộ giáo trình ép phun nhựa, từ bài nhập môn tới chỉnh thông số khuôn, là món quà ông Takeshi Morimoto, Tổng Giám đốc Công ty TNHH Kitamura Mold Việt Nam, mang tới.",
            "2021-06-21",
            "provincial",
            [
                "university_news",
                "object_first",
                "person_role_after",
                "vietnam_dropped",
                "gift_no_deal",
                "no_event",
            ],
            persons=[per("Takeshi Morimoto", "Tổng Giám đốc Công ty TNHH Kitamura Mold Việt Nam")],
            firms=[f("Kitamura Mold", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Một máy ép nhựa sẽ được Kitamura Mold chuyển về xưởng thực hành của trường sau đợt chuyên gia công ty dạy về vật liệu và công nghệ ép trong tháng 8; công ty cần thợ, trường cần máy, hai bên cùng có lợi.",
            "2021-06-21",
            "provincial",
            [
                "nfd",
                "university_news",
                "agreement_in_session_no_event",
                "donation_no_deal",
                "short_name",
                "no_event",
            ],
            firms=[f("Kitamura Mold")],
            events=[],
        ),
        h(
            n(),
            "Ảnh: Ông Takeshi Morimoto (phải) trao tài liệu cho đại diện nhà trường",
            "2021-06-21",
            "provincial",
            ["university_news", "caption", "position_in_brackets", "no_event"],
            persons=[per("Takeshi Morimoto", None)],
            events=[],
        ),
        h(
            n(),
            "CHUYÊN GIA JICA KHẢO SÁT CHƯƠNG TRÌNH KEIEIJUKU TẠI TP. HCM\n\nGiai đoạn 3 (2027-2029) sẽ được JICA lên kế hoạch dựa trên những gì đoàn chuyên gia ghi nhận ở TP. HCM trong hai ngày 10-11/3/2025 về chương trình Keieijuku.",
            "2025-03-24",
            "ministry",
            ["centre_news", "all_caps_headline", "acronym_org", "visit_no_event", "multiline", "no_event"],
            organizations=["JICA"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Dẫn đoàn là Phó Giám đốc Hayashi Kenta; đi cùng có Cố vấn đặc biệt Morita Yumi, Trợ lý Giám đốc Ono Takuya và ông Sakamoto Ryo, cố vấn dự án của Văn phòng JICA Việt Nam.",
            "2025-03-24",
            "ministry",
            ["centre_news", "delegation_list", "role_before_name", "role_after_name", "no_event"],
            persons=[
                per("Hayashi Kenta", "Phó Giám đốc"),
                per("Morita Yumi", "Cố vấn đặc biệt"),
                per("Ono Takuya", "Trợ lý Giám đốc"),
                per("Sakamoto Ryo", "cố vấn dự án của Văn phòng JICA Việt Nam"),
            ],
            organizations=["Văn phòng JICA Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Chiều 10/3, đoàn đến xưởng đồ gá của Công ty TNHH Cơ khí chính xác Phước An tại TP Thủ Đức; Giám đốc Nguyễn Thị Bảo Ngọc kể xưởng đã đổi cách quản lý ra sao sau khóa Keieijuku.",
            "2025-03-24",
            "ministry",
            ["nfd", "centre_news", "visit_no_event", "city_district", "role_before_name", "no_event"],
            firms=[f("Cơ khí chính xác Phước An", "Công ty TNHH")],
            locations=[district("TP Thủ Đức")],
            persons=[per("Nguyễn Thị Bảo Ngọc", "Giám đốc")],
            events=[],
        ),
        h(
            n(),
            "Tại VJCC-HCMC sáng 11/3, đoàn đi xem phòng học và lấy số liệu các khóa; JICA sẽ dựa vào đó khi chia ngân sách cho các dự án ở Việt Nam.\nHình 2: Đoàn chụp ảnh lưu niệm trước VJCC-HCMC",
            "2025-03-24",
            "ministry",
            ["centre_news", "acronym_org", "figure_caption", "multiline", "no_event"],
            organizations=["VJCC-HCMC", "JICA"],
            events=[],
        ),
        h(
            n(),
            "Khép lại chuyến đi, đoàn dự bữa tối thân mật cùng ban điều hành hội cựu học viên.",
            "2025-03-24",
            "ministry",
            ["centre_news", "lowercase_org_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            " date 2026-01-23 Đào tạo kỹ sư khuôn mẫu theo đơn đặt hàng: một trường, một công ty nhân lực và một tập đoàn Nhật cùng ký\n\nHôm 22.1, Công ty TNHH Hoshinoya Technology, Tập đoàn Tanabe Seiki (Nhật Bản) và Trường Đại học Kỹ thuật Công nghiệp Cửu Long cùng ký văn bản hợp tác ba bên, mở đường cho sinh viên cơ khí sang làm ở các nhà máy Nhật.",
            "2026-01-23",
            "ministry",
            [
                "page_chrome_date",
                "headline_lead",
                "three_signers_school_two_firms",
                "cooperation",
                "deal_date",
                "date_dot",
                "year_inferred",
                "country_in_brackets",
                "country_short",
                "region_in_org_name_nothing",
                "multiline",
            ],
            organizations=["Trường Đại học Kỹ thuật Công nghiệp Cửu Long"],
            firms=[f("Hoshinoya Technology", "Công ty TNHH"), f("Tanabe Seiki", "Tập đoàn")],
            locations=[country("Nhật"), country("Nhật Bản")],
            deals=[deal("cooperation", ["Hoshinoya Technology", "Tanabe Seiki"], None, None, "2026-01-22")],
            events=[
                ev(
                    "cooperation",
                    [
                        F("Hoshinoya Technology"),
                        F("Tanabe Seiki"),
                        O("Trường Đại học Kỹ thuật Công nghiệp Cửu Long"),
                    ],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Hiệu trưởng Trần Hữu Nghĩa (thứ hai từ trái) và đại diện hai doanh nghiệp Nhật tại lễ ký ảnh: khánh duy",
            "2026-01-23",
            "ministry",
            [
                "caption",
                "role_before_name",
                "unnamed_parties_no_event",
                "lowercase_credit_no_person",
                "country_short",
                "no_event",
            ],
            persons=[per("Trần Hữu Nghĩa", "Hiệu trưởng")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Sinh viên sẽ học tiếng Nhật từ năm hai và có việc ngay khi ra trường, ông Nghĩa nói; Hoshinoya Technology làm cầu nối, còn các xưởng của Tanabe Seiki là nơi nhận người.",
            "2026-01-23",
            "ministry",
            ["reported_speech", "short_name_no_person", "bare_firms", "language_not_country", "no_event"],
            firms=[f("Hoshinoya Technology"), f("Tanabe Seiki")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a city daily on a machine-tool show's opening, 2008 (S9 r1) ---
    rows += [
        h(
            n(),
            "Khai mạc MTA Vietnam 2008\n\nCác thiết bị đo chính xác được giới thiệu tại MTA Vietnam 2008. Ảnh: T.H",
            "2008-07-09",
            "provincial",
            [
                "headline",
                "caption",
                "initials_nothing",
                "fair_name_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Hơn 430 doanh nghiệp của 29 quốc gia và vùng lãnh thổ, trong đó có Đức, Italia, Hàn Quốc, Nhật Bản và Thụy Sĩ, góp mặt ở lần thứ tư của triển lãm quốc tế về máy công cụ, cơ khí chính xác và gia công kim loại, khai mạc sáng 9-7 tại TP HCM.",
            "2008-07-09",
            "provincial",
            ["nfd", "count_first", "country_list", "ordinal_not_count", "approx", "count", "no_event"],
            quantities=[c(430, "doanh nghiệp", True), c(29, "quốc gia và vùng lãnh thổ")],
            locations=[
                country("Đức"),
                country("Italia"),
                country("Hàn Quốc"),
                country("Nhật Bản"),
                country("Thụy Sĩ"),
            ],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Hội chợ Phương Nam đứng ra tổ chức cùng Công ty Triển lãm Lion City của Singapore; đến ngày bế mạc 12-7-2008 còn có nhiều hội thảo chuyên đề.",
            "2008-07-09",
            "provincial",
            ["co_organisers_no_event", "country", "no_event"],
            firms=[f("Hội chợ Phương Nam", "Công ty CP"), f("Triển lãm Lion City", "Công ty")],
            locations=[country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "NGỌC HÂN\n\nTin cùng chuyên mục",
            "2008-07-09",
            "provincial",
            ["byline_caps_person", "related_chrome", "multiline", "no_event"],
            persons=[per("Ngọc Hân", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial broadcaster's repost of a national daily on Samsung's suppliers (S11 r3) ---
    rows += [
        h(
            n(),
            " date 2021-01 Công nhân một xưởng linh kiện được Samsung Việt Nam hỗ trợ để vào chuỗi cung ứng – Ảnh: MINH TÂM",
            "2021-01-15",
            "provincial",
            ["page_chrome_date", "caption", "vietnam_dropped", "photo_credit_person", "no_event"],
            firms=[f("Samsung")],
            persons=[per("Minh Tâm", None)],
            events=[],
        ),
        h(
            n(),
            "Samsung hiện có 41 doanh nghiệp cung ứng cấp 1 và 168 doanh nghiệp cung ứng cấp 2, nhiều hơn hẳn năm 2018, theo Bộ Công Thương, nơi đang cùng các tập đoàn đa quốc gia tìm nhà sản xuất linh kiện trong nước thay hàng nhập.",
            "2021-01-15",
            "provincial",
            ["nfd", "supplier_counts_no_deal", "count", "ministry_source", "no_event"],
            firms=[f("Samsung")],
            organizations=["Bộ Công Thương"],
            quantities=[c(41, "doanh nghiệp cung ứng cấp 1"), c(168, "doanh nghiệp cung ứng cấp 2")],
            events=[],
        ),
        h(
            n(),
            "Theo một đại diện Cục Công nghiệp, cục sẽ có một kho dữ liệu về nhà cung ứng trong nước để các tập đoàn ngoại tra cứu khi cần tìm đối tác.",
            "2021-01-15",
            "provincial",
            ["attribution_first", "unnamed_speaker", "no_event"],
            organizations=["Cục Công nghiệp"],
            events=[],
        ),
        h(
            n(),
            "Thêm doanh nghiệp Việt vào chuỗi toàn cầu\nMuốn mua linh kiện gần nhà máy, Samsung phải tự nâng đỡ người bán: chọn doanh nghiệp, cử người kèm, rồi mới đặt hàng.",
            "2021-01-15",
            "provincial",
            ["subheading", "multiline", "no_event"],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Với Samsung, Việt Nam giờ không chỉ là công xưởng mà còn là nơi làm nghiên cứu, phát triển, đại diện tập đoàn nói với Tuổi Trẻ.",
            "2021-01-15",
            "provincial",
            ["outlet_nothing", "lowercase_group_word", "no_event"],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 240 triệu USD đang được Samsung đổ vào trung tâm R&D ở Hà Nội, dự kiến lớn nhất của hãng trong khu vực.",
            "2021-01-15",
            "provincial",
            ["plant_under_construction", "announced_investment", "amount_first", "passive", "approx"],
            firms=[f("Samsung")],
            provinces=[pv("Hà Nội")],
            money=[m(240 * M, "USD", approx=True)],
            deals=[deal("investment", ["Samsung"], 240 * M, HN)],
            events=[ev("investment_announcement", [F("Samsung")], 240 * M, "USD", HN, "announced")],
        ),
        h(
            n(),
            "31 doanh nghiệp đã được chuyên gia Hàn Quốc vào tận xưởng kèm cải tiến sản xuất kể từ năm 2015.",
            "2021-01-15",
            "provincial",
            ["programme_no_deal", "country", "count", "no_event"],
            locations=[country("Hàn Quốc")],
            quantities=[c(31, "doanh nghiệp")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a city daily on a supplier's plant in the hi-tech park and a printer's leap (S11 r4) ---
    rows += [
        h(
            n(),
            "Nhà máy linh kiện của Công ty CP Công nghiệp hỗ trợ Thịnh Phát Sài Gòn trong Khu công nghệ cao TP.HCM đang ở những công đoạn cuối trước khi chạy chính thức, chuyên làm chi tiết cho tổ hợp điện tử gia dụng của Samsung tại đây, Tổng Giám đốc Lâm Quốc Trung nói hôm 23-5.",
            "2016-05-24",
            "provincial",
            [
                "plant_near_completion",
                "announced_investment",
                "supply_without_contract_no_deal",
                "park_with_province",
                "role_before_name",
                "speaker_last",
            ],
            firms=[f("Công nghiệp hỗ trợ Thịnh Phát Sài Gòn", "Công ty CP"), f("Samsung")],
            persons=[per("Lâm Quốc Trung", "Tổng Giám đốc")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            deals=[deal("investment", ["Công nghiệp hỗ trợ Thịnh Phát Sài Gòn"], None, HCM)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Công nghiệp hỗ trợ Thịnh Phát Sài Gòn")],
                    None,
                    None,
                    HCM,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "68 triệu USD là số tiền Thịnh Phát Sài Gòn đã bỏ vào nhà máy để có chỗ trong chuỗi cung ứng của Samsung; xưởng sẽ ép nhựa, dập kim loại và tự làm khuôn.",
            "2016-05-24",
            "provincial",
            ["nfd", "amount_first", "recalled_spend", "deal_no_event", "short_name"],
            firms=[f("Thịnh Phát Sài Gòn"), f("Samsung")],
            money=[m(68 * M, "USD")],
            deals=[deal("investment", ["Thịnh Phát Sài Gòn"], 68 * M)],
            events=[],
        ),
        h(
            n(),
            "Rót vốn lớn để vào chuỗi cung ứng\nSamsung không nhận hàng lỗi, dù chỉ một chiếc, ông Trung nói.",
            "2016-05-24",
            "provincial",
            ["subheading", "given_name_no_person", "multiline", "no_event"],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Thịnh Phát Sài Gòn do Công ty Nhựa Bình Lợi lập ra và nắm vốn; Bình Lợi vốn đã cung ứng hàng phụ trợ cho nhiều doanh nghiệp trong và ngoài nước.",
            "2016-05-24",
            "provincial",
            ["owner_line", "deal_no_event", "short_name", "bare_and_formed_one_firm"],
            firms=[f("Thịnh Phát Sài Gòn"), f("Nhựa Bình Lợi", "Công ty")],
            deals=[deal("investment", ["Nhựa Bình Lợi"])],
            events=[],
        ),
        h(
            n(),
            "Ở quận Gò Vấp, Công ty TNHH Bao bì In Tân Hưng đã chuyển sang làm hàng loạt cho Samsung sau ba tháng được chuyên gia của tập đoàn kèm cặp, Giám đốc Phùng Văn Hậu cho biết.",
            "2016-05-24",
            "provincial",
            ["district", "supplier_no_deal", "role_before_name", "duration_no_count", "no_event"],
            locations=[district("quận Gò Vấp")],
            firms=[f("Bao bì In Tân Hưng", "Công ty TNHH"), f("Samsung")],
            persons=[per("Phùng Văn Hậu", "Giám đốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI overview (S12 r1 = S14 r2) and an anti-counterfeiting magazine's
    # supporting-industry feature (S14 r3) ---
    rows += [
        h(
            n(),
            "Khoảng 13,1 tỉ đô la Mỹ vốn ngoại cam kết là tất cả những gì nửa đầu 2023 đem lại, ít hơn cùng kỳ 4,6%, sau một năm 2022 hụt gần 10%.",
            "2024-01-08",
            "ministry",
            ["statistics", "amount_first", "dollar_words", "approx", "percentage", "no_event"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[4.6, 10],
            events=[],
        ),
        h(
            n(),
            "- Cứ 100 đô la vốn FDI thì 43 đô la vào Đông Nam bộ\n- Nhật Bản đổ hàng tỉ đô la Mỹ cho cuộc đua chip 2nm",
            "2024-01-08",
            "ministry",
            [
                "related_links",
                "dollar_words",
                "region_nothing",
                "vague_amount",
                "country",
                "multiline",
                "no_event",
            ],
            money=[m(100, "USD"), m(43, "USD")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Thái Lan có 27% GDP, Trung Quốc 35% GDP đến từ chế biến, chế tạo; Việt Nam mới chừng 15%, vì linh kiện, phụ tùng vẫn phải nhập là chính.",
            "2022-06-09",
            "ministry",
            ["feature", "statistics", "country_list", "percentage", "no_event"],
            percentages=[27, 35, 15],
            locations=[country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ô tô, xe máy, điện tử(1): ở Nhật Bản và Thái Lan, công nghiệp hỗ trợ chỉ là những nhà làm linh kiện cho ba ngành ấy, một định nghĩa hẹp nhưng dễ làm chính sách.",
            "2022-06-09",
            "ministry",
            ["feature", "footnote_mark_glued", "country_list", "no_event"],
            locations=[country("Nhật Bản"), country("Thái Lan")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial paper's mobile page on a Korean metal maker's top-up (S14 r4) ---
    rows += [
        h(
            n(),
            "Công ty Seowon Metal Korea: Rót thêm gần 145 tỷ đồng\n\nTHỨ NĂM, 04/06/2020 09:41:12",
            "2020-06-04",
            "provincial",
            [
                "mobile_page",
                "headline",
                "top_up_headline",
                "announced_investment",
                "timestamp",
                "approx",
                "multiline",
            ],
            firms=[f("Seowon Metal Korea", "Công ty")],
            money=[m(145 * B, "VND", approx=True)],
            deals=[deal("investment", ["Seowon Metal Korea"], 145 * B)],
            events=[
                ev("investment_announcement", [F("Seowon Metal Korea")], 145 * B, "VND", None, "announced")
            ],
        ),
        h(
            n(),
            "144,6 tỷ đồng vốn mới vừa được Công ty TNHH Seowon Metal Korea (Hàn Quốc) đăng ký cho nhà máy ở khu công nghiệp Tân Trường 2; cộng cả đợt bổ sung hồi tháng 11.2019, dự án nay có hơn 380 tỷ đồng.",
            "2020-06-04",
            "provincial",
            [
                "nfd",
                "amount_first",
                "top_up_done",
                "announced_investment",
                "lowercase_park_word",
                "country_in_brackets",
                "new_total_money",
                "approx",
            ],
            firms=[f("Seowon Metal Korea", "Công ty TNHH")],
            money=[m(144.6 * B, "VND"), m(380 * B, "VND", approx=True)],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Tân Trường 2")],
            deals=[deal("investment", ["Seowon Metal Korea"], 144.6 * B)],
            events=[
                ev("investment_announcement", [F("Seowon Metal Korea")], 144.6 * B, "VND", None, "announced")
            ],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư đầu tiên của doanh nghiệp do Ban Quản lý các khu công nghiệp tỉnh cấp tháng 3.2019; mỗi năm nhà máy dự kiến làm 22.000 tấn cấu kiện kim loại và đúc 40.500 tấn nhôm thanh, phôi.",
            "2020-06-04",
            "provincial",
            ["recalled_licence_no_firm", "bare_unit_org_nothing", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sản xuất chính thức được hẹn vào tháng 9.2020, sau hai tháng lắp máy và tuyển, dạy công nhân.\n\nMINH KHÔI",
            "2020-06-04",
            "provincial",
            ["schedule_no_event", "byline_caps_person", "multiline", "no_event"],
            persons=[per("Minh Khôi", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a science agency's print page on technology maps (S16 r2) ---
    rows += [
        h(
            n(),
            "Thực trạng và xu hướng công nghệ chế tạo khuôn mẫu, máy công cụ tại Việt Nam\n\nKhuôn mẫu và máy công cụ là hai phân ngành cơ khí nền tảng, trải trên rất nhiều nhánh công nghệ ở những trình độ khác nhau.",
            "2020-11-30",
            "ministry",
            ["print_page", "headline_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bài báo trình bày kết quả của nhóm xây dựng bản đồ công nghệ cơ khí chế tạo khuôn mẫu và máy công cụ, để Nhà nước có cơ sở chọn chính sách hỗ trợ thay vì đầu tư dàn trải.",
            "2020-11-30",
            "ministry",
            ["print_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cuộc cách mạng công nghiệp lần thứ tư đang đổi tận gốc cách doanh nghiệp chế tạo làm ra sản phẩm, nhất là ở khâu gia công chính xác và tự động hoá.",
            "2020-11-30",
            "ministry",
            ["print_page", "old_tone", "ordinal_not_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Foreign-language pages: an Italian trade site on machine-tool imports, rendered here in Vietnamese (S19 r2) ---
    rows += [
        h(
            n(),
            "Doanh số máy công cụ năm nay có thể nhích thêm 11-13% nhờ công nghiệp lớn nhanh, theo ông Đặng Văn Lực, giám đốc công ty tổ chức hội chợ Metalex Vietnam, được VietnamPlus dẫn lại.",
            "2019-10-14",
            "ministry",
            [
                "foreign_page_rendered",
                "outlet_nothing",
                "person_role_after",
                "percentage_range",
                "fair_name_nothing",
                "no_event",
            ],
            persons=[per("Đặng Văn Lực", "giám đốc công ty tổ chức hội chợ Metalex Vietnam")],
            percentages=[11, 13],
            events=[],
        ),
        h(
            n(),
            "27,9 tỷ USD máy móc được nhập về trong chín tháng đầu năm, tăng 11,6%, Tổng cục Hải quan cho biết; sản xuất trong nước vẫn chưa theo kịp nhu cầu.",
            "2019-10-14",
            "ministry",
            ["foreign_page_rendered", "statistics", "customs_source", "percentage", "no_event"],
            money=[m(27.9 * B, "USD")],
            percentages=[11.6],
            organizations=["Tổng cục Hải quan"],
            events=[],
        ),
    ]
    # --- English: a trade magazine on the mould sector (S17 r1 = S20 r1) ---
    rows += [
        h(
            n(),
            "Local mould makers chase international standards\n\n09:15 | 02/10/2019 Industry\n\n(VEN) - Domestic and foreign investors alike are eyeing precision moulds, a US$1.1-billion-plus business in Vietnam that adds about 17 percent a year.",
            "2019-10-02",
            "ministry",
            [
                E,
                "headline_lead",
                "timestamp_line",
                "outlet_prefix_nothing",
                "approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            money=[m(1.1 * B, "USD", approx=True)],
            percentages=[17],
            events=[],
        ),
        h(
            n(),
            "Local firms take just 39 percent of that value, according to Assoc. Prof. Dr. Tran Minh Duc of Ho Chi Minh City University of Technology, who puts the rest down to foreign-invested plants.",
            "2019-10-02",
            "ministry",
            [E, "academic_title_no_role", "of_org_no_role", "province_in_org_name", "percentage", "no_event"],
            persons=[per("Tran Minh Duc", None)],
            organizations=["Ho Chi Minh City University of Technology"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[39],
            events=[],
        ),
        h(
            n(),
            "Local shops such as Tan Phat Mold, Viet Khuon and Hoa Binh Precision grew up supplying the likes of Canon, Brother and Yamaha in the north and Nidec, Mabuchi and Samsung in the south, which brought digital, automated lines with them.",
            "2019-10-02",
            "ministry",
            [E, "brand_list_firms", "local_firm_list", "region_nothing", "no_event"],
            firms=[
                f("Tan Phat Mold"),
                f("Viet Khuon"),
                f("Hoa Binh Precision"),
                f("Canon"),
                f("Brother"),
                f("Yamaha"),
                f("Nidec"),
                f("Mabuchi"),
                f("Samsung"),
            ],
            events=[],
        ),
        h(
            n(),
            "Some of the moulds made in Saigon High-Tech Park now go abroad rather than to FDI factories next door, according to Nguyen Thi Thuy Linh, its acting head.",
            "2019-10-02",
            "ministry",
            [E, "english_park_no_location", "role_after_name", "no_event"],
            persons=[per("Nguyen Thi Thuy Linh", "its acting head")],
            events=[],
        ),
    ]
    # --- English: a state broadcaster's English site on demand for moulds (S17 r2) ---
    rows += [
        h(
            n(),
            "Demand for moulds keeps climbing in Vietnam\n\nForeign investors want more local die-makers: over 70% of the parts in their appliances and machines come off moulds and dies, many of them still imported.",
            "2015-04-20",
            "ministry",
            [E, "headline_lead", "percentage", "multiline", "no_event"],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "At Japan's Kanto Mold and Metal Products Co., Ltd, which makes aluminium extrusion dies, even stamping-die parts come from abroad; Tran Quoc Thai, chairman of Binh Tien Plastic Joint Stock Company, blamed thin skills and imported materials.",
            "2015-04-20",
            "ministry",
            [E, "role_after_name", "jsc_long_form", "country_possessive", "no_event"],
            persons=[per("Tran Quoc Thai", "chairman of Binh Tien Plastic Joint Stock Company")],
            firms=[
                f("Kanto Mold and Metal Products", "Co., Ltd"),
                f("Binh Tien Plastic", "Joint Stock Company"),
            ],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Kanto Mold flies its own engineers in whenever a machine fails, a manager said; with big capital needs and slow payback, few local investors try die-making at all.",
            "2015-04-20",
            "ministry",
            [E, "short_name", "unnamed_speaker", "no_event"],
            firms=[f("Kanto Mold")],
            events=[],
        ),
        h(
            n(),
            'Customs put 2014 machinery and equipment imports at US$24.1 billion, US$3.8 billion or 18.7% more than a year earlier. Ogawa Hiroshi, general director of Mizuho Machine Vietnam, called weak local die support "the biggest gap investors see".',
            "2015-04-20",
            "ministry",
            [E, "statistics", "percentage", "role_after_name", "vietnam_dropped", "no_event"],
            money=[m(24.1 * B, "USD"), m(3.8 * B, "USD")],
            percentages=[18.7],
            persons=[per("Ogawa Hiroshi", "general director of Mizuho Machine Vietnam")],
            firms=[f("Mizuho Machine")],
            events=[],
        ),
    ]
    # --- English: a Chinese tool seller's profile of a Vietnamese mould shop (S17 r3) and a Chinese mould maker's
    # blog on opening a shop in Vietnam (S17 r4) ---
    rows += [
        h(
            n(),
            '"A mould is only as good as its smallest tolerance."\n— Le Hoang Vu, owner of a precision mould workshop in Bien Hoa',
            "2024-11-12",
            "ministry",
            [E, "vendor_profile", "quote_first", "role_after_dash", "city_nothing", "multiline", "no_event"],
            persons=[per("Le Hoang Vu", "owner of a precision mould workshop in Bien Hoa")],
            events=[],
        ),
        h(
            n(),
            "A lathe operator's son from Dong Nai, Vu worked two years for a Japanese parts maker before renting a 300-square-metre shed and buying his first used CNC mill.",
            "2024-11-12",
            "ministry",
            [
                E,
                "vendor_profile",
                "given_name_no_person",
                "unaccented_province",
                "adjective_country_none",
                "area_m2",
                "no_event",
            ],
            provinces=[pv("Đồng Nai")],
            areas=[ha(0.03)],
            events=[],
        ),
        h(
            n(),
            "Is it worth opening a die shop in Vietnam?\n\n05-06, 2014 Share:\n\nBy Kevin",
            "2014-05-06",
            "ministry",
            [E, "blog", "question_title", "first_name_no_person", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Rent was the first surprise: around Hanoi and Haiphong, a factory shed cost us only about 15% less than at home in China.",
            "2014-05-06",
            "ministry",
            [E, "blog", "unaccented_province", "country", "percentage", "no_event"],
            provinces=[pv("Hà Nội"), pv("Hải Phòng")],
            locations=[country("China")],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "Wages for line workers were roughly 65% lower, but a die shop lives on skilled toolmakers, and ours would have to come from China for at least 25% extra; add a port with one sailing a week and the savings shrink.",
            "2014-05-06",
            "ministry",
            [E, "blog", "country", "percentage", "no_event"],
            locations=[country("China")],
            percentages=[65, 25],
            events=[],
        ),
    ]
    # --- English: a city daily's English site on support-industry exports to Japan (S18 r1) and a legal daily's
    # English amp page on parts makers courting Japanese buyers (S18 r2) ---
    rows += [
        h(
            n(),
            " date 2022-07-04 Japanese buyers are starting to take moulds, bicycle and motorbike parts and technical rubber goods from Vietnamese makers that already sell well at home.",
            "2022-07-04",
            "ministry",
            [E, "page_chrome_date", "adjective_country_none", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trade links with Japanese firms are being arranged by the Ministry of Industry and Trade through its trade office in Tokyo.\n\nBy Thu Ha – Translated by Minh Anh",
            "2022-07-04",
            "ministry",
            [E, "byline_person", "translator_person", "foreign_city_nothing", "multiline", "no_event"],
            organizations=["Ministry of Industry and Trade"],
            persons=[per("Thu Ha", None), per("Minh Anh", None)],
            events=[],
        ),
        h(
            n(),
            "On the buyers' list were 48 big Japanese manufacturers looking for Vietnamese parts, and on the sellers' list 53 local suppliers keen to work with them.",
            "2010-11-15",
            "ministry",
            [E, "count", "adjective_country_none", "no_event"],
            quantities=[c(48, "big Japanese manufacturers"), c(53, "local suppliers")],
            events=[],
        ),
        h(
            n(),
            "Tran Van Tuan Co. makes three kinds of motorbike parts for Taiwanese maker SYM, but its director, Tran Van Tuan, still hopes to sell to a Japanese firm one day; a JETRO course on kaizen and 5S in Japan showed him how far his shop still has to go.",
            "2010-11-15",
            "ministry",
            [
                E,
                "person_named_firm",
                "customer_no_deal",
                "role_in_apposition",
                "acronym_org",
                "country",
                "no_event",
            ],
            firms=[f("Tran Van Tuan", "Co."), f("SYM")],
            persons=[per("Tran Van Tuan", "director")],
            organizations=["JETRO"],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            '"You need quality first and patience second," said Ho Van Thinh, deputy director of An Khang Precision Mould Company (Akamo).',
            "2010-11-15",
            "ministry",
            [E, "quote_first", "role_after_name", "bracketed_acronym_no_second_firm", "no_event"],
            persons=[per("Ho Van Thinh", "deputy director of An Khang Precision Mould Company (Akamo)")],
            firms=[f("An Khang Precision Mould", "Company")],
            events=[],
        ),
        h(
            n(),
            "When Japan's Hoshizaki Denki asked Akamo for moulds for electronic parts in 2006, he recalled, the buyer came back again and again to inspect its machines before a single order was placed.",
            "2010-11-15",
            "ministry",
            [E, "recalled_order_no_deal", "country_possessive", "acronym_firm", "no_event"],
            firms=[f("Hoshizaki Denki"), f("Akamo")],
            locations=[country("Japan")],
            events=[],
        ),
    ]
    # --- English: a business news site on Japanese engineering investment (S18 r3) ---
    rows += [
        h(
            n(),
            "Japanese engineering firms step up in Viet Nam\n\nUS$8.6 billion, over a quarter of last year's new FDI, came from Japan, the biggest investor, and more of its manufacturers are leaving China for Viet Nam, according to Koji Yamada, head of JETRO in HCM City.",
            "2018-05-21",
            "ministry",
            [
                E,
                "headline_lead",
                "role_after_name",
                "org_in_role",
                "country",
                "fraction_no_percentage",
                "multiline",
                "no_event",
            ],
            persons=[per("Koji Yamada", "head of JETRO in HCM City")],
            organizations=["JETRO"],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Japan"), country("China")],
            money=[m(8.6 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Most Japanese money now goes into expanding existing plants, and much of it is spent on new machines, Yamada said, putting the yearly count at about 480 projects.",
            "2018-05-21",
            "ministry",
            [E, "approx", "count", "surname_alone_no_person", "no_event"],
            quantities=[c(480, "projects", True)],
            events=[],
        ),
        h(
            n(),
            "Parts made by local shops are assembled at Sakaguchi Precision Company Limited's plant at Vinh Loc Industrial Park in HCM City's Binh Tan District, built last year, and shipped to its Japanese parent, deputy director Pham Duc Hieu said.",
            "2018-05-21",
            "ministry",
            [
                E,
                "recalled_plant",
                "deal_no_event",
                "english_park_no_location",
                "english_district_no_location",
                "role_before_name",
            ],
            firms=[f("Sakaguchi Precision", "Company Limited")],
            persons=[per("Pham Duc Hieu", "deputy director")],
            provinces=[pv("Hồ Chí Minh")],
            deals=[deal("investment", ["Sakaguchi Precision"], None, HCM)],
            events=[],
        ),
        h(
            n(),
            "A further $3.5 million is going into Kuroda Metal Viet Nam's factory in Dong Nai Province, the company said in January.",
            "2018-05-21",
            "ministry",
            [
                E,
                "announced_investment",
                "vietnam_dropped",
                "amount_first",
                "possessive_firm",
                "unaccented_province",
            ],
            firms=[f("Kuroda Metal")],
            provinces=[pv("Đồng Nai")],
            money=[m(3.5 * M, "USD")],
            deals=[deal("investment", ["Kuroda Metal"], 3.5 * M, DNai)],
            events=[ev("investment_announcement", [F("Kuroda Metal")], 3.5 * M, "USD", DNai, "announced")],
        ),
        h(
            n(),
            "JETRO also pairs Japanese firms with local workshops so that tooling and know-how move here along with the orders, a spokesman for the agency said.",
            "2018-05-21",
            "ministry",
            [E, "unnamed_speaker", "acronym_org", "no_event"],
            organizations=["JETRO"],
            events=[],
        ),
        h(
            n(),
            "Ten Japanese companies came away from last year's MTA show with deals signed with Vietnamese partners; JETRO is counting on more this year.",
            "2018-05-21",
            "ministry",
            [E, "unnamed_parties_no_deal", "count_in_words", "fair_name_nothing", "acronym_org", "no_event"],
            organizations=["JETRO"],
            events=[],
        ),
    ]
    # --- English: a wire copy of a news service item on two trade shows (S18 r4) ---
    rows += [
        h(
            n(),
            "VIETNAM, August 9 -\n\nHCM CITY — METALEX Vietnam and the Supporting Industry Show will share a venue and dates in early October; JETRO and two city centres are co-organising with RX Tradex Vietnam.",
            "2022-08-09",
            "ministry",
            [
                E,
                "dateline_province",
                "co_organisers_no_event",
                "vietnam_dropped",
                "fair_name_nothing",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("RX Tradex")],
            organizations=["JETRO"],
            events=[],
        ),
        h(
            n(),
            "Over 85 per cent of Japanese firms in Viet Nam want to buy more locally, yet they source only 36.3 per cent of inputs here, against 68.1 per cent in China and 57.9 per cent in Thailand, Hiroshi Tanaka, chief representative of JETRO's HCM City office, said, citing a 2021 survey.",
            "2022-08-09",
            "ministry",
            [E, "statistics", "per_cent_words", "role_after_name", "country", "no_event"],
            percentages=[85, 36.3, 68.1, 57.9],
            locations=[country("China"), country("Thailand")],
            organizations=["JETRO"],
            persons=[per("Hiroshi Tanaka", "chief representative of JETRO's HCM City office")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "October 6-8 is the date: over 240 brands from 21 countries and territories will fill the halls in District 7, according to Tran Duc Phong, general manager of RX Tradex. — VNS",
            "2022-08-09",
            "ministry",
            [
                E,
                "count",
                "approx",
                "english_district_no_location",
                "role_after_name",
                "agency_sign_off_nothing",
                "no_event",
            ],
            quantities=[c(240, "brands", True), c(21, "countries and territories")],
            persons=[per("Tran Duc Phong", "general manager of RX Tradex")],
            firms=[f("RX Tradex")],
            events=[],
        ),
    ]
    # --- English: a Swiss grinder maker's customer magazine (S19 r1), a US trade association's column (S19 r3) and a
    # betting domain's copy of a wire item on machinery imports (S19 r4) ---
    rows += [
        h(
            n(),
            "A Country in Transition\n\nFishermen on Cat Hai island used to plan their week around the ferry to Hai Phong; since a 5.4-kilometre bridge opened in 2017, trucks roll past their nets day and night.",
            "2020-06-15",
            "ministry",
            [
                E,
                "magazine",
                "headline_lead",
                "length_no_count",
                "unaccented_province",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "VinFast's car plant on the island, running since mid-2019, is meant to reach 240,000 vehicles a year, and a deep-water terminal next door handles the parts.",
            "2020-06-15",
            "ministry",
            [
                E,
                "magazine",
                "recalled_start",
                "deal_no_event",
                "capacity_no_count",
                "possessive_firm",
            ],
            firms=[f("VinFast")],
            deals=[deal("investment", ["VinFast"])],
            events=[],
        ),
        h(
            n(),
            "Machine builders are among the winners: Hoang Van Quy, who runs a grinding-machine distributor's branch in this country of about 97 million, says orders from electronics and auto-parts makers have doubled in three years.",
            "2020-06-15",
            "ministry",
            [E, "magazine", "number_without_noun_no_count", "no_role_word", "no_event"],
            persons=[per("Hoang Van Quy", None)],
            events=[],
        ),
        h(
            n(),
            "Some 430 exhibitors from 22 countries and close to 19,000 trade visitors are expected at MTA Vietnam 2025 in Ho Chi Minh City, which is why this column turns to Vietnam.",
            "2025-05-01",
            "ministry",
            [E, "association_column", "fair_name_nothing", "count", "approx", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(430, "exhibitors", True), c(22, "countries"), c(19000, "trade visitors", True)],
            events=[],
        ),
        h(
            n(),
            "Manufacturing FDI of $28.4 billion last year, up 24.9%, helped lift GDP growth to 7.0%; this year's forecast is nearer 6.6%.",
            "2025-05-01",
            "ministry",
            [E, "association_column", "statistics", "percentage", "no_event"],
            percentages=[24.9, 7.0, 6.6],
            money=[m(28.4 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Factory-floor pay of $280 to $390 a month is under half of what China pays; the investors to watch are Singapore, South Korea, China and Japan, with American money often routed through Singapore.",
            "2025-05-01",
            "ministry",
            [
                E,
                "association_column",
                "wage_range_money",
                "money_per",
                "country_possessive",
                "country_list",
                "no_event",
            ],
            money=[m(280, "USD", "a month"), m(390, "USD", "a month")],
            locations=[country("China"), country("Singapore"), country("South Korea"), country("Japan")],
            events=[],
        ),
        h(
            n(),
            "China (4.61 billion USD) topped the list of machinery suppliers in the firstseven months, ahead of Japan (2.2 billion USD), the RoK (1.9 billion USD) and Taiwan (845 million USD), according to Vietnam Customs.",
            "2018-09-12",
            "ministry",
            [
                E,
                "spam_domain_copy",
                "glued_words",
                "country_list",
                "amount_in_brackets",
                "org_as_written",
                "no_event",
            ],
            locations=[country("China"), country("Japan"), country("RoK"), country("Taiwan")],
            money=[m(4.61 * B, "USD"), m(2.2 * B, "USD"), m(1.9 * B, "USD"), m(845 * M, "USD")],
            organizations=["Vietnam Customs"],
            events=[],
        ),
        h(
            n(),
            "Japan came second with 1.4 billion USD (13.1 percent) of registeredcapital in eight months, behind the RoK's 3.4 billion USD, or 30.2 percent of the total, the Ministry of Planning and Investment said.",
            "2018-09-12",
            "ministry",
            [E, "spam_domain_copy", "glued_words", "statistics", "country", "percentage", "no_event"],
            locations=[country("Japan"), country("RoK")],
            money=[m(1.4 * B, "USD"), m(3.4 * B, "USD")],
            percentages=[13.1, 30.2],
            organizations=["Ministry of Planning and Investment"],
            events=[],
        ),
    ]
    # --- English: a provincial paper's English edition on an investment-policy approval (S20 r3) ---
    rows += [
        h(
            n(),
            "Mould-base factory worth USD 5.2 million gets investment policy nod\n\nTHURSDAY, 22/10/2020 10:12:45\n\nEverbright Tooling Limited (Hong Kong, China) now has the provincial People's Committee's approval of the investment policy for its mould-base and fixture factory.",
            "2020-10-22",
            "provincial",
            [
                E,
                "headline_lead",
                "licence_by_committee",
                "bare_committee_no_party",
                "timestamp",
                "country_in_brackets",
                "region_nothing",
                "multiline",
            ],
            firms=[f("Everbright Tooling", "Limited")],
            money=[m(5.2 * M, "USD")],
            locations=[country("China")],
            deals=[deal("investment", ["Everbright Tooling"], 5.2 * M)],
            events=[ev("investment_licence", [F("Everbright Tooling")], 5.2 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "18,000 mould bases and fixtures a year are planned from a 14,200 m2 lot in Cong Hoa industrial cluster (Chi Linh); the USD 5.2 million total is about VND 121 billion.\n\nPlease enter comment",
            "2020-10-22",
            "provincial",
            [
                E,
                "capacity_first",
                "project_details_no_firm",
                "english_park_no_location",
                "bracket_conversion",
                "area_m2",
                "capacity_no_count",
                "comment_chrome",
                "multiline",
                "no_event",
            ],
            areas=[ha(1.42)],
            money=[m(5.2 * M, "USD"), m(121 * B, "VND", approx=True)],
            events=[],
        ),
    ]
    # --- French pages of a news agency: a cosmetics maker's second plant, rendered here in English (S20 r2), and a glove
    # plant's groundbreaking, rendered here in Vietnamese (S20 r4) ---
    rows += [
        h(
            n(),
            "Nuvelle Cosmetics plans to start building its second Vietnamese plant, with three production lines, at the end of the year on a 58,240 m² plot in Binh Duong's Vietnam-Singapore Industrial Park.",
            "2013-08-27",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "planned_groundbreaking",
                "announced_investment",
                "english_park_no_location",
                "area_m2",
                "possessive_firm",
            ],
            firms=[f("Nuvelle Cosmetics")],
            provinces=[pv("Bình Dương")],
            areas=[ha(5.824)],
            deals=[deal("investment", ["Nuvelle Cosmetics"], None, BDg)],
            events=[ev("investment_announcement", [F("Nuvelle Cosmetics")], None, None, BDg, "announced")],
        ),
        h(
            n(),
            "Sales here have grown about 32% a year lately; the first plant, opened in 2008 for over 10 million USD, stands at Amata Industrial Park in Dong Nai. -VNA\nResolution 68: Vietnam speeds up its march to high-income status",
            "2013-08-27",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "unnamed_firm_no_deal",
                "english_park_no_location",
                "agency_sign_off_nothing",
                "related_link",
                "resolution_without_number",
                "approx",
                "multiline",
                "no_event",
            ],
            percentages=[32],
            money=[m(10 * M, "USD", approx=True)],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy găng tay y tế hơn 16 triệu USD của Sun Crystal International Incorporated (Đài Loan) đã được động thổ tại Đồng Nai, trên khu đất rộng 10 ha.",
            "2014-03-18",
            "provincial",
            [
                "foreign_page_rendered",
                "groundbreaking",
                "passive",
                "amount_first",
                "country_in_brackets",
                "incorporated_form",
                "area",
                "approx",
            ],
            firms=[f("Sun Crystal International", "Incorporated")],
            provinces=[pv("Đồng Nai")],
            locations=[country("Đài Loan")],
            money=[m(16 * M, "USD", approx=True)],
            areas=[ha(10)],
            deals=[deal("groundbreaking", ["Sun Crystal International"], 16 * M, DNai)],
            events=[ev("groundbreaking", [F("Sun Crystal International")], 16 * M, "USD", DNai, "started")],
        ),
        h(
            n(),
            "Đài Loan hiện dẫn đầu nhà đầu tư ngoại ở Đồng Nai, 290 dự án với hơn 5 tỷ USD; riêng Sun Crystal, có mặt từ năm 2005, đã có một nhà máy 11 triệu USD trong tỉnh, và xưởng mới sẽ cho 8.000 tấn găng mỗi năm từ cuối 2015. -TTXVN",
            "2014-03-18",
            "provincial",
            [
                "foreign_page_rendered",
                "recalled_first_plant",
                "deal_no_event",
                "short_name",
                "capacity_no_count",
                "agency_sign_off_nothing",
                "country",
                "count",
                "approx",
            ],
            firms=[f("Sun Crystal")],
            provinces=[pv("Đồng Nai")],
            locations=[country("Đài Loan")],
            money=[m(5 * B, "USD", approx=True), m(11 * M, "USD")],
            quantities=[c(290, "dự án")],
            deals=[deal("investment", ["Sun Crystal"], 11 * M, DNai)],
            events=[],
        ),
    ]
    return rows
