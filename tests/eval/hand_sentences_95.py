# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 95 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: footwear, leather and garment accessories (soles, zips, buttons, labels,
textile dyeing) in the North-Central provinces (Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị with the former Quảng Bình),
including FDI factory licences, worker and recruitment news, and provincial programmes supporting these trades. Written
and annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes.
Searches, numbered S1-S20 in the section comments: S1 "Thanh Hóa nhà máy giày da FDI cấp giấy chứng nhận đầu tư khu
công nghiệp", S2 "Nghệ An nhà máy sản xuất đế giày vốn đầu tư nhà đầu tư Đài Loan", S3 "Hà Tĩnh dự án nhà máy may mặc
giày da tuyển dụng lao động", S4 "Quảng Trị nhà máy giày xuất khẩu khởi công khu công nghiệp", S5 "sản xuất khóa kéo cúc
áo phụ liệu may mặc Thanh Hóa dự án", S6 "nhà máy nhãn mác bao bì phụ liệu dệt may Nghệ An khu công nghiệp", S7 "nhà máy
nhuộm vải Thanh Hóa xử lý nước thải dệt nhuộm dự án", S8 "tuyển dụng công nhân nhà máy giày Thanh Hóa hàng nghìn lao
động", S9 "chương trình khuyến công hỗ trợ doanh nghiệp da giày dệt may Nghệ An", S10 "UBND tỉnh Thanh Hóa chấp thuận chủ
trương đầu tư nhà máy sản xuất giày", S11 "thuộc da nhà máy da thuộc Hà Tĩnh Nghệ An dự án môi trường", S12 "Công ty giày
Thanh Hóa khánh thành nhà máy vốn đầu tư triệu USD", S13 "Quảng Bình Quảng Trị doanh nghiệp may mặc giày dép FDI dự án
tăng vốn", S14 "công nghiệp hỗ trợ dệt may da giày Bắc Trung Bộ nguyên phụ liệu nhập khẩu", S15 "Nghệ An trao giấy chứng
nhận đăng ký đầu tư dự án sản xuất phụ kiện may mặc", S16 "Thanh Hóa lao động ngành da giày thu nhập công nhân đơn hàng
giảm", and in English S17 "Thanh Hoa shoe factory investment certificate Taiwanese workers", S18 "Nghe An garment
accessories zipper plant foreign investment", S19 "Ha Tinh Quang Tri footwear factory licence industrial park", S20
"Vietnam footwear leather supporting industry central region textile dyeing". No sentence is taken or paraphrased from a
page; the shapes are. Firm and person names are invented (Everstep Holdings, Hoa Thạnh, Hạ tầng Nam Cấm, KCN Thọ Lộc,
Kim Lợi Đạt / Kim Loi Dat Group, Siam Prasert, Siam Ratchada, Kanemori, Hạ tầng Sao Biển, Phát triển KCN Triệu Phong,
Grand Vista Footwear, Lionbridge Apparel, Toyoshima Garment, Giày Phú Cẩm, May Bình Minh, May Trường Sơn, Kinh Đạt, May
Hưng Phát Anh Sơn, May Thành Đạt, Da giày Kỳ Anh, Da thuộc Hồng Lam, Đế giày Tân Hưng Long, Thời trang Hưng Thịnh, Phụ
liệu giày Kim Phát, Goldlink Trims, Luxton Precision, Stepwell Materials, Silvermoon Materials, Pacific Crest Holdings,
Regal Grace Group, Crestline Footwear, Haedong Sports, Nghe Tinh Leather Footwear, Jin Feng Group, Fu Sheng, Bright
Button, and every official, worker, author, photographer and reporter, including a fictional Deputy Prime Minister);
only public bodies (the ministries' and provinces' committees, Lefaso, the Institute of Industrial Policy and Strategy,
Đài Truyền hình Việt Nam), parks, real decrees and trade agreements appear by their own names, in sentences of our own;
all decision, plan, letter and certificate numbers are invented except Nghị định 08/2022/NĐ-CP.

What the sample looked like (80 result slots, about 62 distinct pages: a 123docz journal article on Asian supply chains
came back four times, a Hà Tĩnh tag on an approved garment plant three times, a vneconomy cluster tag, a Taiwanese
group's Hà Tĩnh working session and a trade-ministry video blurb twice each; S5, S7, S9 and S16 returned almost nothing
on the theme): 33 slots were tag, keyword, title, listing, directory and junk pages (bare tags and keyword lines, four
credit and start-up tags for S9, a legal-portal decision title, tags with a headline and a lead on Thanh Hóa's FDI
ranking, a founded cluster, new parks in a planning decision, a textile plant fined for building without a permit, a
garment plant approved under its brand name and a province's support-industry plan; recruitment and wage-arrears
titles; a short recruitment lead; a company-directory page with a related headline; a forum one-liner; a listing of a
Japanese park developer's groundbreaking; five gambling-spam and machine-generated junk lines); 12 were theses,
student projects, EIA reports and journal pages (the journal article's capitalised authors with asterisks and its
OCR-garbled abstract, a repeated wastewater-design title, a student project cover with SVTH/GVHD and a table of
contents, a thesis on a garment plant's wastewater, an html head with a site name, an EIA title block in capitals, an
EIA's document metadata and "Đang tải" furniture, an EIA's investor registration, approval decisions and decree
annex, a feed-mill EIA recalling its certificate, a thesis chapter on Quảng Trị's parks and a thesis's conclusions and
recommendations); 3 were video blurbs with a byline; 16 were Vietnamese news and features (a Taiwanese shoe maker's
Nghệ An approval with its capacity, schedule, jobs, wages, taxes and caption; a Taiwanese shoe group's investment
agreements with two park developers, with its two projects, the vice chairman and the group's profile; a Taiwanese
sole maker's proposal at a Hà Tĩnh working session, told twice; a Hà Tĩnh garment plant's jobs, wages and a worker's
story; jobs near Hà Tĩnh city with a small garment firm's workshop and a returned worker; a Quảng Trị park's
groundbreaking told by three papers with its joint-venture developer, target industries, tenants' land-lease
memoranda, approval decision, chairman, bylines and caption; a Japanese garment maker's groundbreaking in a Nghệ An
park with a captioned photo; a Thanh Hóa committee's approval of a shoe plant with its funding split and lapse clause;
a state garment group's Quảng Bình plant, its second phase and its chief's quotes; a state group's earlier
groundbreaking with related links and the party secretary; Nghệ An's nine-month licence round and a recalled garment
approval; a localisation feature on imports and rules of origin); 16 were foreign-language pages (11 English: two VNS
stories, a Nam Định yarn-and-dyeing licence and a Nghệ An committee's fabric approval, a Taiwan News shoemaker's plan in
India, a China-city count of Taiwanese shoemakers, an old VNA footwear groundbreaking, an English Hà Tĩnh working
session, a 2006 VCCI company profile, a Lefaso cluster call, an institute official's design count, a trade-journal
export slump and a machine-translated strategic plan; plus an Italian opening abroad, a Chinese machine translation of
a footwear association's chief, a Spanish VNA capital top-up, a Japanese Hà Tĩnh glove plant and a spun spam copy of
a VNS accessories-plant inauguration, read for their shapes only and written here in English). About 25 of the 80
slots told a deal or an event with a named party (approvals and licences, investment agreements, groundbreakings,
openings, plans and proposals, a capital top-up, recalled projects), several of them the same story.

Rows: 158 (hand-26001 to hand-26158); 28 carry a deal or an event (18%): 21 events (6 groundbreakings, 6 investment
announcements, 5 investment licences, 2 MoUs, 2 inaugurations) and 29 `deals` entries (22 investment, 5 groundbreaking,
2 mou); 9 rows hold deals without an event (a recalled 2015 licence in an EIA, a small firm's done workshop, a
shareholders' project, a state group's two recalled investments, a recalled groundbreaking a year back, a recalled
Taiwanese project, a recalled approval with its decision, two English recalled plants, a parent's recalled mill) and 3
rows hold an event without a deal (the province breaking ground on a park, twice, and an inauguration abroad without
capital). 130 rows are negatives and other fields. By page kind: 35 rows in the shapes of tag, keyword, title,
listing, directory, forum and junk pages (1 with a deal or event), 20 of journal, thesis, student-project and EIA pages
(1), 2 video blurbs (0), 63 of Vietnamese news and features (14), 38 of English copy (12, among them 3
machine-translated, 2 spun and 8 written from the Italian, Chinese, Spanish and Japanese pages); 38 rows are English
(`english_copy`, 24%). 9 rows are stored in NFD (hand-26004, 26012, 26049, 26061, 26077, 26091, 26105, 26112,
26117); 5 use old tone placement (hand-26020 "Thanh Hoá", 26025 "nội địa hoá", 26030 "Thanh Hoá", 26040 "hoá chất" and
"tuỳ", 26065 "thoả thuận"); 39 hold a headline and a lead, a tag block, a cover or title block, page chrome, a caption
with its credit, a byline, related links or several lines.

Own wording: on review of the first draft against the sampled pages, about 105 drafts followed a sampled sentence too
closely and were rewritten from scratch with other facts and order (the FDI-ranking, cluster, packaging, recruitment,
support-plan, wage-arrears, keyword and listing tags; the journal abstract, thesis intro, wastewater thesis, EIA
registration, approval, decree and recalled-certificate lines, the Quảng Trị park thesis lines; both video blurbs; the
Nghệ An approval lead, capacity, schedule, jobs-and-taxes and land lines; the investment-agreement projects, the
province's commitment and the group's profile; the Hà Tĩnh proposal headline and lead, the chairman, profile and plan
lines; the Hà Tĩnh garment plant's lead, details, wages, worker's quote and bus line; the ven-đô headline, the small
firm's workshop, the returned worker, her pay and the district's shortfall; the park groundbreaking lead, developer
line, tenants' memoranda, chairman, VTV lead, distance line, co-organisers, approval decision, two-project total and
caption; the Japanese groundbreaking lead and caption and "Một số hình ảnh" line; the Thanh Hóa approval's byline lead,
licence line and funding split; the Quảng Bình plant, revenue, chief's quote, plan quote, related links, recalled
groundbreaking, plant figures, caption and party secretary; the nine-month round, the recalled Taiwanese project, the
recalled garment approval and both localisation lines; and nearly every English row: the VNS licence lead, site,
profile, province tally and closing line, the committee approval's outputs, pledge total and parent, the capital
top-up's licence and outputs, the groundbreaking and the officials' visit, the glove plant, its site and count, the
Hà Tĩnh headline and lead, request and land plan, the VCCI profile's lead, capital line and partner, the Taiwan News
plan and its amount, the China-city count, the opening abroad, the association chief, the institute official, the
Lefaso call, the export slump and forecast, both machine-translated lines and both spun lines). One planned row was
dropped (the Thanh Hóa approval's lapse clause: every rewrite stayed a paraphrase of S10 r4), and a Hà Tĩnh
recruitment title's figure was changed because it matched a rank-8 page. Nothing was used from ranks 5-8: not the
FDI-loss tag (S2 r5), the Quảng Ninh sports-goods licence (S2 r7), the Appareltech and Haivina hiring stories and the
VinFast recruitment (S3 r5-r7), the Thanh Hóa shoe makers' hiring figures in Hoàng Long park (S8 r6), the khuyến-công
budget item and the national khuyến-công decision text (S9 r6, r8), the Hoàng Tùng approval (S5 r5), Bitis's history
(S12 r8), the rubber and drinks FDI in Quảng Trị (S13 r8), the 60% leather-import line (S14 r7), the optics licence in
the WHA park (S15 r8), Pou Chen's shift and the Đồng Tháp joint venture (S17 r5-r7), the Nam Định denim licence, YKK's
second plant and the Bình Định fashion plant (S18 r6-r8), the English land-sublease MoU, the Đồng Nai sole-painting
lease, the Huế textile plant and the Hải Dương embroidery approval (S19 r5-r8), or the An Giang clusters and 2014
export figures (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-94 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or approval naming the investor is an investment deal and an `investment_licence` event
"licensed", the granting body a government party as written ("UBND tỉnh Thanh Hóa", a party standing committee, an
English zone board), a passive or received licence without grantor a licence without it; a held groundbreaking is a
groundbreaking deal and event "started", dated only with a day; an opening with its capital is an investment deal and an
inauguration, without capital the event only; a named firm's plan ("có kế hoạch", "tính làm", "định mở", "plans",
"intends", "is to spend", "expects to spend") is an announced investment, a proposal ("đề xuất") and a wish no deal
(batch 15); a firm-pair investment agreement is an mou deal and event; recalled licences, approvals, groundbreakings a
year back, projects and plants are deals without events; a shareholders' project is ONE deal of its members (batch 76);
a committee breaking ground on a park with no developer named is a groundbreaking event of the government alone without
deal (batch 57); round totals, cumulative figures, statistics, programmes, plans, planning decisions, working sessions,
visits, requests, revocations, fines and wage arrears give no deal; attendees, hosts and witnesses are no parties; a
deal date needs a day; vague amounts are no amounts, "hơn", "khoảng", "gần", "chừng", "ngót", "nearly", "about", "some",
"close to", "roughly" approximate, "tới" not, "ít nhất" approximate; pay "triệu đồng/người/tháng" is money per month,
"mỗi năm" / "/năm" money per year, "tháng nhiều đơn ... 5,2 triệu đồng" no per; "tỷ" without "đồng" is VND;
capacities, outputs, volumes, durations, distances, page counts, ordinals and counts in words are no counts, English
counts keep their English noun phrase; m2 and hectares are areas; legal titles give the decision without date,
numbered Công văn and Kế hoạch are decisions, business-registration and certificate numbers are none; organisations
expand UBND and KCN, government parties keep the text's spelling, bare units ("tỉnh", "the Provincial People's
Committee" in a role) are none; "Việt Nam", "Vietnam" and a trailing "Vina" are dropped from a foreign subsidiary's name,
"(Hong Kong)" kept inside a name, "X Group" keeps the word in English, "Company Limited" is "Co., Ltd."; Vietnamese
country names, adjectives ("nhà đầu tư Đài Loan", "vốn Nhật", "nhãn hàng Mỹ") and brackets are countries, English
adjectives ("Korean-owned", "Taiwanese", "Japanese") are not, "X-based", "from Taiwan" and "Taiwan's" are; the EU is no
country; a province inside an organisation's or park's name is a mention, inside a firm's name not; Vietnamese parks and
clusters are park locations, English parks, zones and districts none; "huyện", "thị xã" units are districts, communes
and bare town names nothing; bylines, photo credits and app-chrome names are persons in title case without role, site
credits nothing; "ThS." gives no role, the "GVHD" label does; a given name or surname alone ("bà Hà", "Ông Lâm") is no
person. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- The province as the actor of a park's groundbreaking ("Sáng nay, tỉnh Quảng Trị làm lễ khởi công Khu công nghiệp
  Triệu Phong 2", hand-26086; "Lễ khởi công ... do tỉnh Quảng Trị tổ chức", 26092) is a groundbreaking event of
  G("tỉnh Quảng Trị") alone, without deal (batch 57's committee-alone call), with the headline's "Hơn 1.760 tỷ đồng" as
  its amount in 26086; the co-organisers' row "Cùng đứng ra tổ chức lễ động thổ sáng 20/11 là UBND tỉnh Quảng Trị và chủ
  đầu tư Công ty TNHH X" (26095) is X's dated groundbreaking deal and an event of both, the committee first as written.
- The developer's shareholders told as "Vốn cho dự án do ba cổ đông của chủ đầu tư Công ty TNHH X cùng góp: A, B và C"
  (26087) are ONE investment deal of A, B and C without event, amount or site (batch 76); X is a firm mention. The next
  row's phase figures give money and area only.
- Tenants' land-lease memoranda with the developer unnamed ("Bốn nhà đầu tư thứ cấp đã có biên bản ghi nhớ thuê đất
  ...; Công ty A (Hồng Kông) tính làm đế và mũ giày, còn Công ty B (Singapore) định mở xưởng may", 26090) give no mou (one
  side missing) but two announced investments without amount or site; "Bốn" is a count in words.
- A firm-pair investment agreement signed twice by one group ("Tập đoàn A lần lượt ký thoả thuận hợp tác đầu tư với Công
  ty CP B và Công ty TNHH C", 26065) gives two dated mou deals and events, A with each developer, the province hosting
  ("tại lễ do UBND tỉnh Nghệ An tổ chức") a mention and no party; "KCN Thọ Lộc" inside the developer's name is no
  location. The app chrome's name above the headline is a byline person.
- A received approval ("Công ty X Limited (Đài Loan) vừa nhận quyết định chấp thuận chủ trương đầu tư của UBND tỉnh
  Nghệ An cho nhà máy giày 42 triệu USD", 26058) is X's licence with the committee as grantor; the firm-first licence
  line "Công ty CP X là nhà đầu tư được chọn, theo Quyết định số ... mà UBND tỉnh Thanh Hóa vừa ký, vừa chấp thuận chủ
  trương vừa chấp thuận nhà đầu tư" (26104) likewise, without amount (the previous row priced the plant without naming
  the investor, so it gives money only); "1/5" is no percentage.
- A proposal made at a working session ("Một nhà máy đế giày thể thao 85 triệu USD ... là đề xuất mà Tập đoàn X đưa ra
  với lãnh đạo tỉnh", 26071) is no deal (batch 15), while the English copy of the same session ("X Group intends to put
  US$85 million into ...", 26139) is an announced investment: each row follows its own verb; "its chairman Lam Chi Hao"
  gives the role "chairman".
- A small firm's done workshop ("Công ty TNHH X ... mới bỏ hơn 2,6 tỷ đồng dựng xưởng hơn 650 m2", 26082) is a deal
  without event (batch 76's done equipment purchase); "cứ ba người thì một người" is no percentage.
- An EIA recalling a certificate with its date ("Công ty TNHH X nhận giấy chứng nhận đầu tư số 28121000047 của UBND tỉnh
  Hà Tĩnh ngày 14 tháng 7 năm 2015 ...", published 16 months later, 26051) is a dated recalled investment deal without
  event; the certificate number is no decision. An EIA's approval decisions without the firm in the row (26049) give
  the decisions and the committee only.
- A recalled groundbreaking a year back ("Tháng 4/2016, Tổng công ty X cũng đã động thổ Nhà máy Y, 168 tỷ đồng, ở KCN Z
  (Quảng Bình)", published March 2017, 26111) is a groundbreaking deal without event (batch 53; batch 81's weeks-later
  event call does not reach a year); former Quảng Bình is a mention whose deals go to Quảng Trị.
- A state group's first plant and its later top-up ("... là cơ sở đầu tiên Tổng công ty CP X đặt tại Quảng Bình, với 42
  tỷ đồng; năm 2014, tổng công ty dồn thêm 135 tỷ đồng", 26106) are two recalled investment deals of X, the lower-case
  "tổng công ty" standing for the one firm named; "Trước đó, tỉnh đã đón dự án 175 triệu USD của Tập đoàn X" (26116) a
  recalled deal; "Công ty CP X có quyết định chấp thuận chủ trương số .../QĐ-UBND từ ngày 22/10/2020 ..." (26117) a
  recalled approval: a deal without event, the decision with its date.
- English: "X Limited has received an investment certificate from the Southeast Nghệ An Economic Zone Management
  Board" (26121) is a licence of the board as written, the province inside its name a mention and the deal's site
  through the dateline; "A US$310 million ... project from Hong Kong won the backing of the Standing Committee of the
  Thanh Hóa Provincial Party Committee on Tuesday. / X Limited will build the plant ..." (26127) is X's licence with the
  committee, the investor named in the next sentence of the same row; "Hong Kong-based X Group has added 150 million
  USD to its ... project in Thanh Hoa's ... Industrial Park, taking it to 410 million USD" (26131) a licence without
  grantor for the increase, the new total money only; "Its parent, X, already runs a lining mill in Hải Phòng that
  opened in 2018" (26130) a recalled deal sited in Hải Phòng without amount.
- English plans abroad: "A shoe factory for 18,000 workers in Indonesia's Central Java province is the next step for
  Taiwan's X" and "X expects to spend about US$140 million on the plant" (26146-26147) are announced investments
  without site; "El Salvador's president cut the ribbon ... at the first of three X shoe plants" (26149) an
  inauguration without capital, deal or site; a foreign province and city are no locations.
- Spun spam copy: "a 7-million-USD button and fastener facility possessed by Bright Button Company Limited, unveiled its
  doors at Hoang Long Industry Park in Thanh Hoa state last January" (26157) is read as what it garbles, an opening with
  its capital: an investment deal and an inauguration sited in Thanh Hóa, "Company Limited" as "Co., Ltd.".
- Machine translation: "chairman Nguyen Van Hoa say target is ..." gives the role "chairman"; "Tran Thi Bich Ngoc of
  the Institute of Industrial Policy and Strategy" is an affiliation, no role; "Just 21 of 3,100 leather and footwear
  makers" counts only the noun-phrase figure.
- Pages and documents: an html head's og:site_name ("Trung tâm Quan trắc tài nguyên và môi trường Nghệ An", 26044) is an
  organisation and its province a mention; an EIA title block in capitals gives the park in the usual case and the
  province, not the ward; "GVHD: ThS. X" gives the role "GVHD"; surnames in citations ("Sheffi (2005)") are no persons;
  "Phụ lục II kèm Nghị định số 08/2022/NĐ-CP ngày 10/01/2022" gives the decree with its date.
- Places: "Huyện Cẩm Thủy" and "Huyện Cẩm Xuyên" at a sentence start are districts as written; "thị xã Kỳ Anh" a
  district; "Lộc Hà", "Can Lộc", "Thạch Hà, Cẩm Xuyên" and "Lệ Thủy" written bare nothing; "KCN Thọ Lộc" inside a firm's
  name no location, outside it a park; "VSIP Nghệ An Industrial Park" no location, Nghệ An a mention."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_95(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    TH = cur("Thanh Hóa")
    NA = cur("Nghệ An")
    HT = cur("Hà Tĩnh")
    QT = cur("Quảng Trị")
    HP = cur("Hải Phòng")

    ids = iter(range(26001, 26001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Tag, keyword, title, listing and junk pages (S1 r1-r4, S3 r1-r2, S5 r2-r4, S6 r2, S8 r1-r4, S9 r1-r4,
    # S10 r1-r3, S11 r1, S12 r1-r3, S13 r4, S14 r3, S15 r1-r2, S16 r1-r4) ---
    rows += [
        h(
            n(),
            "giấy chứng nhận thẩm duyệt phòng cháy chữa cháy nhà xưởng",
            "2023-05-11",
            "legal",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nghệ An rộng cửa đón dự án giày dép FDI\nNghệ An hiện giữ 214 trong số 1.318 dự án FDI còn hiệu lực ở Bắc Trung Bộ; 7,9 tỷ USD vốn đăng ký của tỉnh bằng khoảng 19% tổng số 41,2 tỷ USD của toàn vùng...",
            "2024-10-22",
            "ministry",
            ["tag_page", "headline_lead", "statistics", "count", "percentage", "multiline", "no_event"],
            provinces=[pv("Nghệ An")],
            money=[m(7.9 * B, "USD"), m(41.2 * B, "USD")],
            percentages=[19],
            quantities=[c(214, "dự án"), c(1318, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 2746/QĐ-UBND Nghệ An 2023 danh mục dự án kêu gọi đầu tư lĩnh vực dệt may, da giày",
            "2023-09-04",
            "legal",
            ["legal_title", "year_not_date", "no_event"],
            provinces=[pv("Nghệ An")],
            decisions=[d("2746/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "Hà Tĩnh lập thêm Cụm công nghiệp Thạch Văn 2, rộng 48 ha\nHạ tầng cụm ở huyện Thạch Hà cần gần 410 tỷ đồng; tỉnh muốn dành phần lớn diện tích cho xưởng may, giày và phụ liệu.",
            "2024-12-03",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "cluster_founded_no_investor",
                "area",
                "approx",
                "nfd",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Tĩnh")],
            money=[m(410 * B, "VND", approx=True)],
            areas=[ha(48)],
            locations=[park("Cụm công nghiệp Thạch Văn 2"), district("huyện Thạch Hà")],
            events=[],
        ),
        h(
            n(),
            "Cụm công nghiệp Hoằng Sơn (Thanh Hóa) cần hơn 5.000 lao động cho ba nhà máy giày",
            "2024-02-19",
            "provincial",
            ["title_page", "count", "approx", "count_in_words", "no_event"],
            provinces=[pv("Thanh Hóa")],
            quantities=[c(5000, "lao động", True)],
            locations=[park("Cụm công nghiệp Hoằng Sơn")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy giày Bright Step Vina ở huyện Cẩm Xuyên được chấp thuận chủ trương, vốn ngót 82 tỷ đồng\nDự án nằm trong Cụm công nghiệp Cẩm Thịnh, Hà Tĩnh, và sẽ dùng khoảng 900 công nhân.",
            "2023-07-27",
            "provincial",
            [
                "tag_page",
                "headline_lead",
                "plant_named_by_brand_no_event",
                "approval_no_investor",
                "approx",
                "count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Tĩnh")],
            money=[m(82 * B, "VND", approx=True)],
            quantities=[c(900, "công nhân", True)],
            locations=[district("huyện Cẩm Xuyên"), park("Cụm công nghiệp Cẩm Thịnh")],
            events=[],
        ),
        h(
            n(),
            "kuwin giày bata nam đế kếp giá rẻ nhất hôm naytra cứu mã vận đơnlịch âm tháng 8",
            "2024-08-30",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí mở xưởng may gia công quy mô nhỏ ở nông thôn",
            "2022-03-15",
            "ministry",
            ["spam_line", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "vật tư ngành giày",
            "2021-06-01",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhãn mác, bao bì phụ liệu may: thị trường còn rộng\nĐơn đặt nhãn dệt, thẻ treo và túi đóng gói cho hàng may xuất khẩu tăng khoảng 12 - 16% mỗi năm, theo các nhà in bao bì.",
            "2023-11-09",
            "ministry",
            ["tag_page", "headline_lead", "percentage_range", "multiline", "no_event"],
            percentages=[12, 16],
            events=[],
        ),
        h(
            n(),
            "lao động hồi hương",
            "2022-01-20",
            "provincial",
            ["keyword_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm 2025, các nhà máy may, giày ở Nghệ An cần thêm chừng 18.000 người",
            "2025-01-06",
            "provincial",
            ["title_page", "count", "approx", "nfd", "no_event"],
            provinces=[pv("Nghệ An")],
            quantities=[c(18000, "người", True)],
            events=[],
        ),
        h(
            n(),
            "Chuyền mới mở thì thiếu thợ, chuyền cũ thì mất người sau Tết: cảnh tuyển dụng quen thuộc ở các nhà máy giày đầu năm...",
            "2023-02-07",
            "provincial",
            ["short_lead", "recruitment_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bảng lương tối thiểu vùng 2025 mới nhấtkết quả xổ số miền trungcách buộc dây giày",
            "2025-01-03",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hỗ trợ doanh nghiệp da giày",
            "2022-09-12",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chinh sach ho tro vay von doanh nghiep nho va vua",
            "2022-09-12",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục thành lập công ty may mặc tại Hà Tĩnh",
            "2021-04-18",
            "legal",
            ["tag_page", "lowercase", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            events=[],
        ),
        h(
            n(),
            "vay vốn khuyến công ưu đãi",
            "2022-09-12",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy hoạch Hà Tĩnh: thêm 5 khu công nghiệp mới\nTheo quy hoạch tỉnh thời kỳ 2021-2030 vừa được Thủ tướng Chính phủ phê duyệt, Hà Tĩnh bố trí thêm các khu công nghiệp với tổng diện tích hơn 1.290 ha.",
            "2023-12-08",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "planning_no_deal",
                "count",
                "area",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Hà Tĩnh")],
            quantities=[c(5, "khu công nghiệp")],
            areas=[ha(1290, True)],
            events=[],
        ),
        h(
            n(),
            "Thanh Hoá đình chỉ xưởng nhuộm vải 320 tỷ thi công khi chưa có giấy phép 09:42 14/05/2025\nDù chưa được cấp giấy phép xây dựng, chủ đầu tư xưởng nhuộm ở Cụm công nghiệp Hoằng Phụ (huyện Hoằng Hóa) vẫn cho máy móc vào công trường.",
            "2025-05-14",
            "provincial",
            [
                "tag_page",
                "old_tone",
                "timestamp_glued",
                "ty_without_dong",
                "enforcement_no_deal",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Thanh Hóa")],
            money=[m(320 * B, "VND")],
            locations=[park("Cụm công nghiệp Hoằng Phụ"), district("huyện Hoằng Hóa")],
            events=[],
        ),
        h(
            n(),
            "Quảng Trị: lập Cụm công nghiệp Cam Hiếu 2 rộng 55 ha, ưu tiên dệt may và giày dép",
            "2024-06-25",
            "ministry",
            ["tag_page", "cluster_founded_no_investor", "area", "no_event"],
            provinces=[pv("Quảng Trị")],
            areas=[ha(55)],
            locations=[park("Cụm công nghiệp Cam Hiếu 2")],
            events=[],
        ),
        h(
            n(),
            "MST 2802874561 - CÔNG TY TNHH PHỤ LIỆU GIÀY KIM PHÁT\nThanh Hóa và Tập đoàn Kanemori (Nhật Bản) bàn hợp tác phát triển khu công nghiệp\nTỉnh kỳ vọng tập đoàn sẽ kéo thêm các nhà sản xuất phụ liệu dệt may, da giày về địa bàn...",
            "2025-03-17",
            "ministry",
            [
                "directory_page",
                "caps_firm",
                "tax_code_no_count",
                "working_talk_no_deal",
                "wish_no_deal",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Phụ liệu giày Kim Phát", "Công ty TNHH"), f("Kanemori", "Tập đoàn")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Giày dép Việt Nam giờ chỉ đứng sau Trung Quốc về kim ngạch xuất khẩu, sau hơn một thập kỷ tăng tốc.",
            "2020-05-02",
            "ministry",
            ["forum_line", "country", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Thái Lan động thổ KCN 152 ha ở Nghệ An, nhắm nhà máy phụ liệu dệt may\nHạ tầng KCN Thọ Lộc 2 do Tập đoàn Siam Prasert (Thái Lan) bỏ vốn, gần 2.400 tỷ đồng, vừa được khởi công.",
            "2024-09-12",
            "provincial",
            [
                "listing_page",
                "headline_lead",
                "groundbreaking_passive_owner_named",
                "park_developer",
                "approx",
                "area",
                "multiline",
            ],
            provinces=[pv("Nghệ An")],
            firms=[f("Siam Prasert", "Tập đoàn")],
            money=[m(2400 * B, "VND", approx=True)],
            areas=[ha(152)],
            locations=[country("Thái Lan"), park("Khu công nghiệp Thọ Lộc 2")],
            deals=[deal("groundbreaking", ["Siam Prasert"], 2400 * B, NA)],
            events=[ev("groundbreaking", [F("Siam Prasert")], 2400 * B, "VND", NA, "started")],
        ),
        h(
            n(),
            "công nghiệp hỗ trợ ngành giày\nCập nhật tin tức công nghiệp hỗ trợ ngành giày\nNội địa hoá ngành giày mới khoảng 40%: 82% doanh nghiệp vẫn chờ nguyên liệu nhập",
            "2024-04-15",
            "ministry",
            ["tag_page", "old_tone", "percentage", "multiline", "no_event"],
            percentages=[40, 82],
            events=[],
        ),
        h(
            n(),
            "Nghệ An dồn lực cho công nghiệp hỗ trợ dệt may, da giày\nTPO - Kế hoạch số 518/KH-UBND của UBND tỉnh Nghệ An đặt mục tiêu đến năm 2030 có thêm ít nhất 15 doanh nghiệp nội làm nguyên phụ liệu dệt may, da giày, song song với việc kéo thêm nhà đầu tư FDI.",
            "2022-07-21",
            "provincial",
            [
                "tag_page",
                "headline_lead",
                "site_prefix",
                "plan_number",
                "programme_no_deal",
                "toi_thieu_approx",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            decisions=[d("518/KH-UBND")],
            quantities=[c(15, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Thanh Hóa: 14 đề án khuyến công năm 2025 dồn cho cơ sở may, da giày nông thôn\nNăm nay, tỉnh bố trí gần 9,5 tỷ đồng kinh phí khuyến công địa phương, chủ yếu hỗ trợ máy móc và đào tạo thợ.",
            "2025-03-04",
            "provincial",
            ["tag_page", "headline_lead", "programme_no_deal", "count", "approx", "multiline", "no_event"],
            provinces=[pv("Thanh Hóa")],
            money=[m(9.5 * B, "VND", approx=True)],
            quantities=[c(14, "đề án")],
            events=[],
        ),
        h(
            n(),
            "Hà Tĩnh hỗ trợ 60% chi phí học nghề may, làm giày cho lao động nông thôn",
            "2023-04-10",
            "provincial",
            ["title_page", "programme_no_deal", "percentage", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            percentages=[60],
            events=[],
        ),
        h(
            n(),
            "Nhà máy giày dịch chuyển ra Bắc Trung Bộ: có hút cạn lao động địa phương?",
            "2024-03-28",
            "provincial",
            ["title_page", "region_no_province", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công nhân 4 xưởng giày, may ở Thanh Hoá chờ hơn 21 tỉ đồng lương bị nợ",
            "2023-12-22",
            "provincial",
            ["listing_page", "old_tone", "ti_spelling", "count", "approx", "no_event"],
            provinces=[pv("Thanh Hóa")],
            money=[m(21 * B, "VND", approx=True)],
            quantities=[c(4, "xưởng")],
            events=[],
        ),
        h(
            n(),
            "kuwin nghỉ phép năm công nhân 2025bảng giá giày vảiý nghĩa hoa sen",
            "2025-02-11",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các KCN Hà Tĩnh cần thêm gần 4.700 công nhân sau Tết",
            "2024-02-20",
            "provincial",
            ["title_page", "count", "approx", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            quantities=[c(4700, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            'Từ khóa: "cụm công nghiệp thạch bằng"\n\n5 kết quả\n\nDời lò thuộc da vào Cụm công nghiệp Thạch Bằng (Lộc Hà, Hà Tĩnh): chờ mãi chưa xong\n\nMùi da sống và nước vôi vẫn bốc lên từ những lò thủ công ven kênh...',
            "2022-11-30",
            "provincial",
            ["keyword_page", "result_count_no_count", "bare_town", "multiline", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            locations=[park("Cụm công nghiệp Thạch Bằng")],
            events=[],
        ),
    ]
    # --- More tag-with-lead pages (S1 r2, S10 r2) ---
    rows += [
        h(
            n(),
            "Hà Tĩnh: 9 tháng thu hút 5 dự án FDI mới, tổng vốn 212 triệu USD\nPhần lớn vốn mới rót vào may mặc, giày dép và phụ liệu ở các cụm công nghiệp phía bắc tỉnh...",
            "2024-10-04",
            "ministry",
            ["tag_page", "headline_lead", "round_total_no_deal", "count", "multiline", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            money=[m(212 * M, "USD")],
            quantities=[c(5, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "Nghệ An thu hồi chủ trương đầu tư nhà máy may 90 tỷ chậm tiến độ 15:02 21/06/2024",
            "2024-06-21",
            "provincial",
            ["tag_page", "revoked_no_deal", "ty_without_dong", "timestamp_glued", "no_event"],
            provinces=[pv("Nghệ An")],
            money=[m(90 * B, "VND")],
            events=[],
        ),
    ]
    # --- Journal articles, theses, student projects, EIA reports and document-site pages (S5 r1 / S6 r3 / S14 r1,
    # S7 r1-r4, S11 r2-r4, S4 r3, S13 r3) ---
    rows += [
        h(
            n(),
            "NHÌN RA THẾ GIỚI\nLiên kết chuỗi cung ứng nguyên phụ liệu giày dép ở một số nước châu Á: Gợi ý cho Việt Nam1\nLÊ THỊ HỒNG NHUNG*\nTRẦN VĂN KHÁNH**\nPHAN MINH ĐỨC***",
            "2022-08-15",
            "ministry",
            [
                "journal_article",
                "caps_person",
                "author_asterisks",
                "footnote_marker",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Thị Hồng Nhung", None), per("Trần Văn Khánh", None), per("Phan Minh Đức", None)],
            events=[],
        ),
        h(
            n(),
            "Từ kinh nghiệm của Ấn Độ, Indonesia và Bangladesh, nhóm tác giả gợi ý doanh nghiệp giày Việt Nam nên gom nhà cung ứng đế, keo, da về gần nhà máy lắp ráp đểgiảm rủi ro đứt gãy.",
            "2022-08-15",
            "ministry",
            [
                "journal_article",
                "ocr_garble",
                "glued_words",
                "country_list",
                "home_country_no_location",
                "no_event",
            ],
            locations=[country("Ấn Độ"), country("Indonesia"), country("Bangladesh")],
            events=[],
        ),
        h(
            n(),
            "Khái niệm “chuỗi cung ứng linh hoạt” được Sheffi (2005) đưa ra, sau đó được nhiều nghiên cứu mở rộng (Ponomarov và Holcomb, 2009; Tukamuhabwa và cộng sự, 2015).",
            "2022-08-15",
            "ministry",
            ["journal_article", "citation_surnames_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thiết kế hệ thống xử lý nước thải nhuộm vải công suất 600 m3/ngày đêmthiết kế hệ thống xử lý nước thải nhuộm vải công suất 600 m3/ngày đêm",
            "2016-10-02",
            "ministry",
            ["document_site", "repeated_title", "glued_words", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "LỜI MỞ ĐẦU\nNgành dệt nhuộm mang về nhiều ngoại tệ nhưng cũng là nguồn nước thải chứa hoá chất lớn bậc nhất; tuỳ công nghệ, một tấn vải thành phẩm kéo theo 50 - 300 m3 nước thải.",
            "2016-10-02",
            "ministry",
            ["thesis", "old_tone", "volume_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP VINH\nKHOA HÓA – MÔI TRƯỜNG\nĐỒ ÁN MÔN HỌC\nTÊN ĐỒ ÁN: XỬ LÝ NƯỚC THẢI NHÀ MÁY NHUỘM VẢI\nSVTH: Nhóm 4 Lớp: ĐHMT 14A\nGVHD: ThS. Trần Thị Thu Hiền\nNghệ An, ngày 18 tháng 5 năm 2020",
            "2020-05-18",
            "ministry",
            [
                "essay_cover",
                "caps_org",
                "gvhd_label_role",
                "ths_no_role",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Công nghiệp Vinh"],
            persons=[per("Trần Thị Thu Hiền", "GVHD")],
            provinces=[pv("Nghệ An")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nMỞ ĐẦU .......... 4\n1. Tính cấp thiết của đề tài .......... 5\nCHƯƠNG 1. TỔNG QUAN VỀ NGÀNH DỆT NHUỘM .......... 7",
            "2020-05-18",
            "ministry",
            ["table_of_contents", "page_numbers_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khóa luận đánh giá trạm xử lý nước thải 1.200 m3/ngày của xưởng giặt mài thuộc Công ty CP Thời trang Hưng Thịnh và đề xuất cách nâng cấp để theo kịp sản lượng.",
            "2019-06-11",
            "ministry",
            ["thesis", "capacity_no_count", "proposal_no_deal", "no_event"],
            firms=[f("Thời trang Hưng Thịnh", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            '<title>Tái sử dụng nước thải ngành dệt nhuộm: hiện trạng và giải pháp</title>\n<meta name="generator" content="NukeViet v4.5">\n<meta property="og:site_name" content="Trung tâm Quan trắc tài nguyên và môi trường Nghệ An">',
            "2021-09-27",
            "ministry",
            ["html_head", "site_name_org", "province_in_org_name", "multiline", "no_event"],
            organizations=["Trung tâm Quan trắc tài nguyên và môi trường Nghệ An"],
            provinces=[pv("Nghệ An")],
            events=[],
        ),
        h(
            n(),
            "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG\nDỰ ÁN “NHÀ MÁY SẢN XUẤT ĐẾ GIÀY VÀ PHỤ LIỆU GIÀY CÔNG SUẤT 18 TRIỆU ĐÔI/NĂM”\nĐỊA ĐIỂM: LÔ C3, KCN HOÀNG LONG, PHƯỜNG TẢO XUYÊN, TỈNH THANH HÓA\nTHANH HÓA, NĂM 2024",
            "2024-07-08",
            "legal",
            [
                "eia_report",
                "caps_title",
                "caps_park",
                "capacity_no_count",
                "commune_no_location",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Thanh Hóa")],
            locations=[park("Khu công nghiệp Hoàng Long")],
            events=[],
        ),
        h(
            n(),
            "Thông tin cơ bản\nTiêu đề: Báo cáo ĐTM Nhà máy sản xuất đế giày và phụ liệu giày\nĐơn vị: Công ty Cổ phần Đế giày Tân Hưng Long\nNăm xuất bản 2024\nSố trang 186\nDung lượng 4,2 MB",
            "2024-07-08",
            "ministry",
            ["document_site", "metadata_block", "page_count_no_count", "multiline", "no_event"],
            firms=[f("Đế giày Tân Hưng Long", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Đang tải... (xem toàn văn)\nTài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống",
            "2024-07-08",
            "ministry",
            ["document_site", "page_furniture", "no_fields", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chủ dự án: Công ty Cổ phần Da thuộc Hồng Lam, mã số doanh nghiệp 2901845372 (đăng ký lần đầu 12/6/2015).",
            "2024-03-20",
            "legal",
            [
                "eia_report",
                "label_line",
                "business_registration_no_decision",
                "tax_code_no_count",
                "no_event",
            ],
            firms=[f("Da thuộc Hồng Lam", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ pháp lý của dự án gồm Quyết định số 1836/QĐ-UBND ngày 21/6/2023 của UBND tỉnh Nghệ An (chấp thuận chủ trương đầu tư và nhà đầu tư) và Quyết định số 402/QĐ-UBND ngày 15/02/2024 (quy hoạch chi tiết tỷ lệ 1/500).",
            "2024-03-20",
            "legal",
            [
                "eia_report",
                "recalled_approval_no_firm",
                "decisions_with_dates",
                "scale_no_count",
                "nfd",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            decisions=[d("1836/QĐ-UBND", "2023-06-21"), d("402/QĐ-UBND", "2024-02-15")],
            events=[],
        ),
        h(
            n(),
            "Theo Phụ lục II kèm Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ, thuộc da là loại hình có nguy cơ gây ô nhiễm, nên dự án phải lập báo cáo ĐTM.",
            "2024-03-20",
            "legal",
            ["eia_report", "decree_with_date", "no_event"],
            organizations=["Chính phủ"],
            decisions=[d("08/2022/NĐ-CP", "2022-01-10")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Da giày Kỳ Anh nhận giấy chứng nhận đầu tư số 28121000047 của UBND tỉnh Hà Tĩnh ngày 14 tháng 7 năm 2015 và được thuê đất tại xã Kỳ Lợi, thị xã Kỳ Anh.",
            "2016-11-24",
            "legal",
            [
                "eia_report",
                "recalled_licence",
                "certificate_number_no_decision",
                "deal_date",
                "town_district",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Da giày Kỳ Anh", "Công ty TNHH")],
            locations=[district("thị xã Kỳ Anh")],
            deals=[deal("investment", ["Da giày Kỳ Anh"], None, HT, "2015-07-14")],
            events=[],
        ),
        h(
            n(),
            "Công văn số 1204/CP-CN ngày 12/8/2005 của Thủ tướng Chính phủ là cơ sở để lập KCN Quán Ngang ở huyện Gio Linh.",
            "2015-05-06",
            "ministry",
            ["thesis", "official_letter_number", "park", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1204/CP-CN", "2005-08-12")],
            locations=[park("Khu công nghiệp Quán Ngang"), district("huyện Gio Linh")],
            events=[],
        ),
        h(
            n(),
            "Ngành được mời vào khu: may mặc, giày, đồ gỗ, vật liệu xây dựng.",
            "2015-05-06",
            "ministry",
            ["thesis", "list_no_fields", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Đến năm 2014, KCN Quán Ngang đã lấp đầy 88,9% (năm 2011 mới 58,2%), song vốn đăng ký vào khu chỉ 512,6 tỷ đồng, phần lớn là vốn trong nước.",
            "2015-05-06",
            "ministry",
            ["thesis", "bullet", "percentage", "statistics", "no_event"],
            percentages=[88.9, 58.2],
            money=[m(512.6 * B, "VND")],
            locations=[park("Khu công nghiệp Quán Ngang")],
            events=[],
        ),
        h(
            n(),
            "* Kiến nghị\nBan Quản lý Khu kinh tế tỉnh Quảng Trị nên chọn nhà đầu tư thứ cấp kỹ hơn, ưu tiên dự án dùng nhiều lao động nhưng ít nước thải.",
            "2015-05-06",
            "ministry",
            ["thesis", "recommendation", "province_in_org_name", "multiline", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Quảng Trị"],
            provinces=[pv("Quảng Trị")],
            events=[],
        ),
    ]
    # --- Video blurbs (S6 r1, S12 r4 / S14 r4) ---
    rows += [
        h(
            n(),
            "Vốn ngoại đổ vào khâu nhuộm, hoàn tất vải\n\nKhâu nhuộm, hoàn tất vải – mắt xích yếu nhất của ngành may – đang hút các nhà đầu tư nước ngoài tới miền Bắc và Bắc Trung Bộ.\nKhánh Vy\n\nVideo khác",
            "2023-06-14",
            "ministry",
            ["video_blurb", "byline", "page_furniture", "multiline", "no_event"],
            persons=[per("Khánh Vy", None)],
            events=[],
        ),
        h(
            n(),
            "Phụ liệu giày: mảnh đất còn bỏ ngỏ cho doanh nghiệp nội\n\nĐế, keo, da thuộc: những thứ nhà máy giày vẫn phải mua ngoài, và cũng là cơ hội cho doanh nghiệp trong nước, theo các chuyên gia.\nKhánh Vy\n\nVideo khác",
            "2023-05-30",
            "ministry",
            ["video_blurb", "byline", "page_furniture", "multiline", "no_event"],
            persons=[per("Khánh Vy", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Taiwanese shoe maker's approval in Nghệ An (S2 r1) ---
    rows += [
        h(
            n(),
            "Nghệ An chấp thuận dự án nhà máy giày 42 triệu USD của nhà đầu tư Đài Loan\nCông ty Everstep Holdings Limited (Đài Loan) vừa nhận quyết định chấp thuận chủ trương đầu tư của UBND tỉnh Nghệ An cho nhà máy giày 42 triệu USD (khoảng 1.050 tỷ đồng) trên đất hai xã Đà Sơn và Thuận Sơn, huyện Đô Lương.",
            "2022-09-21",
            "provincial",
            [
                "headline_lead",
                "licence_received",
                "committee_grantor",
                "foreign_legal_form",
                "conversion",
                "approx",
                "commune_no_location",
                "multiline",
            ],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            firms=[f("Everstep Holdings", "Limited")],
            money=[m(42 * M, "USD"), m(1050 * B, "VND", approx=True)],
            locations=[country("Đài Loan"), district("huyện Đô Lương")],
            deals=[deal("investment", ["Everstep Holdings"], 42 * M, NA)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Nghệ An"), F("Everstep Holdings")],
                    42 * M,
                    "USD",
                    NA,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Nhà máy sẽ làm giày thể thao và đế giày, mỗi năm khoảng 8 triệu đôi, bán hết ra nước ngoài; dự án được hoạt động 50 năm.",
            "2022-09-21",
            "provincial",
            ["project_details_no_firm", "capacity_no_count", "duration_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chủ đầu tư hẹn chạy thử chuyền đầu vào quý II/2023 và lắp xong các chuyền còn lại trước quý I/2025.",
            "2022-09-21",
            "provincial",
            ["schedule_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khoảng 140 tỷ đồng tiền thuế mỗi năm và 7.500 chỗ làm cho lao động phổ thông, lương bình quân 7,2 triệu đồng/người/tháng, là những gì tỉnh chờ ở giai đoạn 1.",
            "2022-09-21",
            "provincial",
            ["count", "per_person_per_month", "per_year", "approx", "nfd", "no_event"],
            money=[m(140 * B, "VND", "năm", True), m(7.2 * M, "VND", "month")],
            quantities=[c(7500, "chỗ làm")],
            events=[],
        ),
        h(
            n(),
            "Việc thuê đất chỉ bắt đầu khi hồ sơ pháp lý xong.",
            "2022-09-21",
            "provincial",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tám tháng năm 2022, Nghệ An lần đầu vào nhóm 10 địa phương hút vốn FDI nhiều nhất cả nước (ảnh: chuyền may trong KCN Nam Cấm).",
            "2022-09-21",
            "provincial",
            ["caption_in_brackets", "ranking_no_count", "park", "no_event"],
            provinces=[pv("Nghệ An")],
            locations=[park("Khu công nghiệp Nam Cấm")],
            events=[],
        ),
        h(
            n(),
            "Chiều 16/9, tại hội nghị của Thủ tướng Chính phủ với doanh nghiệp FDI, Chủ tịch UBND tỉnh Nghệ An Phan Đức Hạnh cho biết tỉnh đã hút 1,1 tỷ USD vốn FDI từ đầu năm.",
            "2022-09-21",
            "provincial",
            ["role_before_name", "cumulative_no_event", "no_event"],
            organizations=["Thủ tướng Chính phủ", "Ủy ban nhân dân tỉnh Nghệ An"],
            persons=[per("Phan Đức Hạnh", "Chủ tịch UBND tỉnh Nghệ An")],
            provinces=[pv("Nghệ An")],
            money=[m(1.1 * B, "USD")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Taiwanese shoe group's two agreements with park developers in Nghệ An (S2 r2) ---
    rows += [
        h(
            n(),
            "24HMoney\nTải App\nTrần Minh Khoa\n24HMoney đã kiểm duyệt\n\nTập đoàn giày Đài Loan ký hợp tác làm hai nhà máy ở Nghệ An\n\nChiều 8/4, tại lễ do UBND tỉnh Nghệ An tổ chức, Tập đoàn Hoa Thạnh (Đài Loan) lần lượt ký thoả thuận hợp tác đầu tư với Công ty CP Hạ tầng Nam Cấm và Công ty TNHH KCN Thọ Lộc.",
            "2022-04-11",
            "ministry",
            [
                "app_chrome",
                "byline",
                "headline_lead",
                "mou_two_counterparts",
                "host_not_party",
                "old_tone",
                "park_in_firm_name",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            persons=[per("Trần Minh Khoa", None)],
            provinces=[pv("Nghệ An")],
            firms=[
                f("Hoa Thạnh", "Tập đoàn"),
                f("Hạ tầng Nam Cấm", "Công ty CP"),
                f("KCN Thọ Lộc", "Công ty TNHH"),
            ],
            locations=[country("Đài Loan")],
            deals=[
                deal("mou", ["Hoa Thạnh", "Hạ tầng Nam Cấm"], None, NA, "2022-04-08"),
                deal("mou", ["Hoa Thạnh", "KCN Thọ Lộc"], None, NA, "2022-04-08"),
            ],
            events=[
                ev("mou", [F("Hoa Thạnh"), F("Hạ tầng Nam Cấm")], None, None, NA, "signed"),
                ev("mou", [F("Hoa Thạnh"), F("KCN Thọ Lộc")], None, None, NA, "signed"),
            ],
        ),
        h(
            n(),
            "Xưởng gia công giày thứ nhất, 64 triệu USD trên 12,6 ha ở KCN Nam Cấm, sẽ cho ra 21 triệu đôi mỗi năm và cần chừng 14.000 công nhân; công trường dự kiến mở tháng 7/2022.",
            "2022-04-11",
            "ministry",
            ["project_line_no_firm", "area", "capacity_no_count", "count", "approx", "no_event"],
            money=[m(64 * M, "USD")],
            areas=[ha(12.6)],
            quantities=[c(14000, "công nhân", True)],
            locations=[park("Khu công nghiệp Nam Cấm")],
            events=[],
        ),
        h(
            n(),
            "Dự án còn lại, vốn 29 triệu USD trên 6,8 ha ở KCN Thọ Lộc, sẽ cho ra 11 triệu đôi mỗi năm và tuyển khoảng 7.000 người.",
            "2022-04-11",
            "ministry",
            ["project_line_no_firm", "area", "capacity_no_count", "count", "approx", "no_event"],
            money=[m(29 * M, "USD")],
            areas=[ha(6.8)],
            quantities=[c(7000, "người", True)],
            locations=[park("Khu công nghiệp Thọ Lộc")],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND tỉnh Nghệ An Hoàng Nghĩa Quân phát biểu tại lễ ký. Ảnh: nghean.gov.vn",
            "2022-04-11",
            "ministry",
            ["caption", "role_before_name", "site_credit_nothing", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            persons=[per("Hoàng Nghĩa Quân", "Phó Chủ tịch UBND tỉnh Nghệ An")],
            provinces=[pv("Nghệ An")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh hứa gỡ nhanh vướng mắc về đất và thủ tục nếu nhà đầu tư muốn làm thêm nhà máy.",
            "2022-04-11",
            "ministry",
            ["commitment_by_province_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo giới thiệu của doanh nghiệp, Hoa Thạnh đứng trong nhóm ba nhà gia công giày thể thao lớn nhất thế giới, khách hàng chủ yếu là nhãn hàng Mỹ và châu Âu.",
            "2022-04-11",
            "ministry",
            ["company_profile", "short_name_alone", "count_in_words", "country_adjective", "no_event"],
            firms=[f("Hoa Thạnh")],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Taiwanese sole maker's proposal in Hà Tĩnh (S2 r3-r4) ---
    rows += [
        h(
            n(),
            "Thứ năm 12/12/2024 10:20\nHotline: 024.388.61.207\nDoanh nghiệp - Doanh nhân\n\nHà Tĩnh có thể đón nhà máy đế giày 85 triệu USD của tập đoàn Đài Loan\n\n18/09/2024 09:12\nMột nhà máy đế giày thể thao 85 triệu USD ở Cụm công nghiệp Đồng Lộc, huyện Can Lộc là đề xuất mà Tập đoàn Kim Lợi Đạt (Đài Loan) đưa ra với lãnh đạo tỉnh.",
            "2024-09-18",
            "ministry",
            [
                "page_chrome",
                "hotline_no_count",
                "headline_lead",
                "proposal_no_deal",
                "lowercase_group_country",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Kim Lợi Đạt", "Tập đoàn")],
            money=[m(85 * M, "USD")],
            locations=[country("Đài Loan"), park("Cụm công nghiệp Đồng Lộc"), district("huyện Can Lộc")],
            events=[],
        ),
        h(
            n(),
            "Ông Lâm Chí Hào, Chủ tịch Tập đoàn Kim Lợi Đạt, nói với lãnh đạo tỉnh sáng 18/9 rằng Can Lộc được chọn vì gần quốc lộ và có sẵn lao động trẻ.",
            "2024-09-18",
            "ministry",
            ["working_session_no_deal", "person_role_after", "bare_town", "no_event"],
            persons=[per("Lâm Chí Hào", "Chủ tịch Tập đoàn Kim Lợi Đạt")],
            firms=[f("Kim Lợi Đạt", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Kim Lợi Đạt đã có 12 nhà máy ở Việt Nam, phần lớn làm đế cao su, đế EVA và vải lưới cho các xưởng giày thể thao.",
            "2024-09-18",
            "ministry",
            ["company_profile", "short_name_alone", "count", "home_country_no_location", "no_event"],
            firms=[f("Kim Lợi Đạt")],
            quantities=[c(12, "nhà máy")],
            events=[],
        ),
        h(
            n(),
            "Theo phương án, xưởng chính cần chừng 25 ha và từ 3.800 đến 4.200 công nhân; khi xưởng này chạy ổn, một cơ sở vệ tinh gần đó sẽ được tính tới.",
            "2024-09-18",
            "ministry",
            ["plan_details_no_firm", "area", "approx", "count_range", "no_event"],
            areas=[ha(25, True)],
            quantities=[c(3800, "công nhân"), c(4200, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Ông Lâm cho biết đơn hàng tăng trong khi nhiều vùng phía Nam thiếu người, nên tập đoàn muốn mở rộng ra Bắc Trung Bộ.",
            "2024-09-18",
            "ministry",
            ["surname_alone_no_person", "wish_no_deal", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: garment and shoe jobs in Hà Tĩnh (S3 r3-r4) ---
    rows += [
        h(
            n(),
            "(Baohatinh.vn) - Nhiều thợ may từng làm ở miền Nam nay có việc gần nhà nhờ Nhà máy may Hồng Sơn Kỳ Anh, nơi cần tới hơn 2.400 lao động.",
            "2024-10-15",
            "provincial",
            ["source_prefix", "plant_name_no_firm", "count", "approx", "no_event"],
            quantities=[c(2400, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Đặt ở xã Kỳ Hoa (thị xã Kỳ Anh), xưởng rộng 6 ha với 28 chuyền may; chủ đầu tư đã bỏ ra khoảng 260 tỷ đồng và nhắm mốc 24 triệu sản phẩm mỗi năm, phần lớn là đồ thể thao đi Mỹ và EU.",
            "2024-10-15",
            "provincial",
            [
                "plant_details_no_firm",
                "investor_unnamed",
                "approx",
                "area",
                "count",
                "capacity_no_count",
                "eu_no_country",
                "nfd",
                "no_event",
            ],
            money=[m(260 * B, "VND", approx=True)],
            areas=[ha(6)],
            quantities=[c(28, "chuyền may")],
            locations=[district("thị xã Kỳ Anh"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Công nhân ở đây, hiện khoảng 1.300 người, nhận 6,5 - 11 triệu đồng/người/tháng; nhà máy mới chạy từ tháng 5/2024.",
            "2024-10-15",
            "provincial",
            ["opening_no_firm", "count", "approx", "per_person_per_month", "money_range", "no_event"],
            money=[m(6.5 * M, "VND", "month"), m(11 * M, "VND", "month")],
            quantities=[c(1300, "người", True)],
            events=[],
        ),
        h(
            n(),
            "“Ở Đồng Nai 7 năm, lương cao hơn nhưng con gửi ông bà, cả năm gặp một lần. Giờ chiều nào cũng đón được con”, chị Trần Thị Mến ở xã Kỳ Hoa nói.",
            "2024-10-15",
            "provincial",
            ["worker_quote", "quote_first", "person_without_role", "duration_no_count", "no_event"],
            persons=[per("Trần Thị Mến", None)],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Mỗi sáng, sáu chuyến xe của nhà máy chạy vòng qua các thôn để đón thợ.",
            "2024-10-15",
            "provincial",
            ["feature", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xưởng may về ven đô, lao động Hà Tĩnh bớt phải đi xa\n\nXưởng may vốn trong nước lẫn nước ngoài đang mọc lên ở Thạch Hà, Cẩm Xuyên, sát thành phố Hà Tĩnh.",
            "2022-03-09",
            "provincial",
            ["headline_lead", "bare_town", "multiline", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH May Thành Đạt ở thị trấn Cẩm Xuyên (Hà Tĩnh) mới bỏ hơn 2,6 tỷ đồng dựng xưởng hơn 650 m2; gần 95 thợ đang làm ở đây, cứ ba người thì một người từng làm ở các tỉnh phía Nam.",
            "2022-03-09",
            "provincial",
            ["done_investment_no_event", "m2_to_ha", "approx", "count", "ratio_no_percentage"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("May Thành Đạt", "Công ty TNHH")],
            money=[m(2.6 * B, "VND", approx=True)],
            areas=[ha(0.065, True)],
            quantities=[c(95, "thợ", True)],
            deals=[deal("investment", ["May Thành Đạt"], 2.6 * B, HT)],
            events=[],
        ),
        h(
            n(),
            "Chị Lê Thị Hoa, nhà ở thôn Tân Thành, bỏ việc ở một xưởng giày tại Bình Dương đầu năm 2021 để về làm gần nhà.",
            "2022-03-09",
            "provincial",
            ["worker_story", "person_without_role", "old_province_name", "no_event"],
            persons=[per("Lê Thị Hoa", None)],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Tháng nhiều đơn, chị nhận gần 5,2 triệu đồng, chưa kể tiền tăng ca.",
            "2022-03-09",
            "provincial",
            ["pay_no_per", "approx", "no_event"],
            money=[m(5.2 * M, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Huyện Cẩm Xuyên chưa có số liệu đầy đủ, nhưng cán bộ lao động ước các xưởng may ở đây còn thiếu vài trăm thợ.",
            "2022-03-09",
            "provincial",
            ["vague_count", "district", "no_event"],
            locations=[district("Huyện Cẩm Xuyên")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an industrial park's groundbreaking in Quảng Trị (S4 r1, r2, r4) ---
    rows += [
        h(
            n(),
            "Hơn 1.760 tỷ đồng cho khu công nghiệp mới ở Triệu Phong\n\nSáng nay, tỉnh Quảng Trị làm lễ khởi công Khu công nghiệp Triệu Phong 2, rộng 412 ha, thuộc huyện Triệu Phong.",
            "2023-11-20",
            "ministry",
            [
                "headline_lead",
                "groundbreaking_province_actor",
                "amount_in_headline",
                "approx",
                "area",
                "multiline",
            ],
            provinces=[pv("Quảng Trị")],
            money=[m(1760 * B, "VND", approx=True)],
            areas=[ha(412)],
            locations=[park("Khu công nghiệp Triệu Phong 2"), district("huyện Triệu Phong")],
            events=[ev("groundbreaking", [G("tỉnh Quảng Trị")], 1760 * B, "VND", QT, "started")],
        ),
        h(
            n(),
            "Vốn cho dự án do ba cổ đông của chủ đầu tư Công ty TNHH Phát triển KCN Triệu Phong cùng góp: Công ty CP Hạ tầng Sao Biển, Tập đoàn Siam Ratchada (Thái Lan) và Tập đoàn Kanemori (Nhật Bản).",
            "2023-11-20",
            "ministry",
            ["split_row", "project_company", "shareholders_one_deal", "count_in_words", "no_site"],
            firms=[
                f("Phát triển KCN Triệu Phong", "Công ty TNHH"),
                f("Hạ tầng Sao Biển", "Công ty CP"),
                f("Siam Ratchada", "Tập đoàn"),
                f("Kanemori", "Tập đoàn"),
            ],
            locations=[country("Thái Lan"), country("Nhật Bản")],
            deals=[deal("investment", ["Hạ tầng Sao Biển", "Siam Ratchada", "Kanemori"])],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn đầu làm 102,5 ha, cần hơn 436 tỷ đồng.",
            "2023-11-20",
            "ministry",
            ["phase_no_firm", "area", "approx", "no_event"],
            money=[m(436 * B, "VND", approx=True)],
            areas=[ha(102.5)],
            events=[],
        ),
        h(
            n(),
            "Khu nhắm tới nhà máy may, giày, bao bì và đồ gỗ; chủ đầu tư ước khi lấp đầy sẽ cần 25.000 - 32.000 công nhân.",
            "2023-11-20",
            "ministry",
            ["target_industries", "count_range", "no_event"],
            quantities=[c(25000, "công nhân"), c(32000, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Bốn nhà đầu tư thứ cấp đã có biên bản ghi nhớ thuê đất ngay trong ngày; Công ty Grand Vista Footwear (Hồng Kông) tính làm đế và mũ giày, còn Công ty Lionbridge Apparel (Singapore) định mở xưởng may.",
            "2023-11-20",
            "ministry",
            [
                "lease_mou_counterpart_unnamed",
                "count_in_words",
                "plan_announced",
                "no_site",
            ],
            firms=[f("Grand Vista Footwear", "Công ty"), f("Lionbridge Apparel", "Công ty")],
            locations=[country("Hồng Kông"), country("Singapore")],
            deals=[
                deal("investment", ["Grand Vista Footwear"]),
                deal("investment", ["Lionbridge Apparel"]),
            ],
            events=[
                ev("investment_announcement", [F("Grand Vista Footwear")], None, None, None, "announced"),
                ev("investment_announcement", [F("Lionbridge Apparel")], None, None, None, "announced"),
            ],
        ),
        h(
            n(),
            "Ông Trương Quang Lộc, Chủ tịch UBND tỉnh Quảng Trị, muốn chủ đầu tư sớm đưa giai đoạn đầu vào khai thác để đón các xưởng giày, may đã ghi nhớ.",
            "2023-11-20",
            "ministry",
            ["person_role_after", "wish_no_deal", "nfd", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Trị"],
            persons=[per("Trương Quang Lộc", "Chủ tịch UBND tỉnh Quảng Trị")],
            provinces=[pv("Quảng Trị")],
            events=[],
        ),
        h(
            n(),
            "Khởi công Dự án Khu công nghiệp Triệu Phong 2\n\nNgọc Hân, Quốc Bảo Cập nhật 09:15 ngày 20/11/2023\n\nVTV.vn - Lễ khởi công Khu công nghiệp Triệu Phong 2 do tỉnh Quảng Trị tổ chức sáng 20/11 ở xã Triệu Ái, huyện Triệu Phong.",
            "2023-11-20",
            "ministry",
            [
                "headline_lead",
                "byline_pair",
                "timestamp",
                "source_prefix",
                "groundbreaking_province_actor",
                "commune_no_location",
                "multiline",
            ],
            persons=[per("Ngọc Hân", None), per("Quốc Bảo", None)],
            provinces=[pv("Quảng Trị")],
            locations=[park("Khu công nghiệp Triệu Phong 2"), district("huyện Triệu Phong")],
            events=[ev("groundbreaking", [G("tỉnh Quảng Trị")], None, None, QT, "started")],
        ),
        h(
            n(),
            "Từ khu công nghiệp, xe tải mất chưa đầy một giờ để ra cảng Cửa Việt hoặc lên sân bay Phú Bài.",
            "2023-11-20",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online",
            "2023-11-20",
            "ministry",
            ["page_furniture", "broadcaster_org", "no_event"],
            organizations=["Đài Truyền hình Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Cùng đứng ra tổ chức lễ động thổ sáng 20/11 là UBND tỉnh Quảng Trị và chủ đầu tư Công ty TNHH Phát triển KCN Triệu Phong; khách mời gồm đại diện một số bộ, ngành.",
            "2023-11-20",
            "ministry",
            [
                "groundbreaking",
                "committee_and_developer",
                "attendees_not_parties",
                "deal_date",
                "year_inferred",
            ],
            organizations=["Ủy ban nhân dân tỉnh Quảng Trị"],
            provinces=[pv("Quảng Trị")],
            firms=[f("Phát triển KCN Triệu Phong", "Công ty TNHH")],
            deals=[deal("groundbreaking", ["Phát triển KCN Triệu Phong"], None, QT, "2023-11-20")],
            events=[
                ev(
                    "groundbreaking",
                    [G("UBND tỉnh Quảng Trị"), F("Phát triển KCN Triệu Phong")],
                    None,
                    None,
                    QT,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Quyết định số 522/QĐ-TTg ngày 14/4/2022 của Thủ tướng Chính phủ đã chấp thuận chủ trương cho khu công nghiệp này với mức vốn 1.760 tỷ đồng.",
            "2023-11-20",
            "ministry",
            ["recalled_approval_no_firm", "decision_with_date", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("522/QĐ-TTg", "2022-04-14")],
            money=[m(1760 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Đất làm khu công nghiệp lấy từ ba xã Triệu Ái, Triệu Giang và Triệu Thượng.",
            "2023-11-20",
            "ministry",
            ["commune_no_location", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một dự án đường ven biển cũng được khởi động cùng ngày; hai dự án cộng lại gần 5.600 tỷ đồng.",
            "2023-11-20",
            "ministry",
            ["total_of_projects_no_deal", "approx", "no_event"],
            money=[m(5600 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Mô hình khu công nghiệp được trưng bày tại lễ khởi công. Ảnh: Quang Vinh.",
            "2023-11-20",
            "ministry",
            ["caption", "photo_credit_person", "no_event"],
            persons=[per("Quang Vinh", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese garment maker's groundbreaking in Nghệ An (S6 r4) ---
    rows += [
        h(
            n(),
            "Nhà máy may vốn Nhật thứ hai động thổ ở Nghệ An\n\nXưởng may thứ hai của Công ty TNHH Toyoshima Garment Việt Nam, chuyên áo khoác xuất sang Nhật Bản, đã được động thổ trong KCN Thọ Lộc.",
            "2023-03-02",
            "ministry",
            [
                "contractor_site",
                "headline_lead",
                "groundbreaking_passive",
                "no_amount",
                "ordinal_not_count",
                "short_country_adjective",
                "multiline",
            ],
            provinces=[pv("Nghệ An")],
            firms=[f("Toyoshima Garment", "Công ty TNHH")],
            locations=[country("Nhật"), country("Nhật Bản"), park("Khu công nghiệp Thọ Lộc")],
            deals=[deal("groundbreaking", ["Toyoshima Garment"], None, NA)],
            events=[ev("groundbreaking", [F("Toyoshima Garment")], None, None, NA, "started")],
        ),
        h(
            n(),
            "Đại diện chủ đầu tư, ông Hiroki Tanabe (Tổng giám đốc Công ty TNHH Toyoshima Garment Việt Nam), và ông Somchai Rattanakorn, Giám đốc dự án Công ty TNHH KCN Thọ Lộc, xúc những xẻng đất đầu tiên.",
            "2023-03-02",
            "ministry",
            ["caption", "role_in_brackets", "person_role_after", "role_with_firm", "no_event"],
            persons=[
                per("Hiroki Tanabe", "Tổng giám đốc Công ty TNHH Toyoshima Garment Việt Nam"),
                per("Somchai Rattanakorn", "Giám đốc dự án Công ty TNHH KCN Thọ Lộc"),
            ],
            firms=[f("Toyoshima Garment", "Công ty TNHH"), f("KCN Thọ Lộc", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Xem thêm ảnh buổi lễ",
            "2023-03-02",
            "ministry",
            ["gallery_line", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a committee approves a shoe plant in Thanh Hóa (S10 r4) ---
    rows += [
        h(
            n(),
            "Nguyễn Hoài - Minh Châu\n18/04/2024, 14:05\nHuyện Cẩm Thủy, vùng núi phía tây Thanh Hóa, sắp có nhà máy giày gần 415 tỷ đồng, đủ chỗ cho hàng nghìn lao động địa phương...",
            "2024-04-18",
            "ministry",
            [
                "byline_pair",
                "timestamp",
                "plant_no_investor",
                "approx",
                "vague_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyễn Hoài", None), per("Minh Châu", None)],
            provinces=[pv("Thanh Hóa")],
            money=[m(415 * B, "VND", approx=True)],
            locations=[district("Huyện Cẩm Thủy")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Giày Phú Cẩm là nhà đầu tư được chọn, theo Quyết định số 2214/QĐ-UBND mà UBND tỉnh Thanh Hóa vừa ký, vừa chấp thuận chủ trương vừa chấp thuận nhà đầu tư cho nhà máy ở xã Cẩm Tân, huyện Cẩm Thủy.",
            "2024-04-18",
            "ministry",
            [
                "licence",
                "committee_grantor",
                "firm_first",
                "decision_without_date",
                "amount_in_previous_row",
                "commune_no_location",
            ],
            organizations=["Ủy ban nhân dân tỉnh Thanh Hóa"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Giày Phú Cẩm", "Công ty CP")],
            decisions=[d("2214/QĐ-UBND")],
            locations=[district("huyện Cẩm Thủy")],
            deals=[deal("investment", ["Giày Phú Cẩm"], None, TH)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Thanh Hóa"), F("Giày Phú Cẩm")],
                    None,
                    None,
                    TH,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Chỉ khoảng 1/5 trong gần 415 tỷ đồng là vốn chủ sở hữu (84 tỷ đồng); phần còn lại, chừng 331 tỷ đồng, doanh nghiệp sẽ vay ngân hàng. Nhà máy chiếm khoảng 58.420 m2 và phải chạy trong vòng hai năm kể từ khi nhận đất.",
            "2024-04-18",
            "ministry",
            ["funding_split_no_deal", "fraction_no_percentage", "m2_to_ha", "approx", "nfd", "no_event"],
            money=[m(415 * B, "VND", approx=True), m(84 * B, "VND"), m(331 * B, "VND", approx=True)],
            areas=[ha(5.842, True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: garment plants in Quảng Bình (now Quảng Trị) (S13 r1-r2) ---
    rows += [
        h(
            n(),
            "Xí nghiệp May Lệ Thủy ở KCN Bắc Đồng Hới là cơ sở đầu tiên Tổng công ty CP May Bình Minh đặt tại Quảng Bình, với 42 tỷ đồng; năm 2014, tổng công ty dồn thêm 135 tỷ đồng để lắp dây chuyền thứ hai.",
            "2015-04-16",
            "ministry",
            [
                "recalled_investment",
                "recalled_capital_addition",
                "lowercase_firm_reference",
                "old_province_name",
                "ordinal_not_count",
                "pre2025",
            ],
            provinces=[pv("Quảng Bình")],
            firms=[f("May Bình Minh", "Tổng công ty CP")],
            money=[m(42 * B, "VND"), m(135 * B, "VND")],
            locations=[park("Khu công nghiệp Bắc Đồng Hới")],
            deals=[
                deal("investment", ["May Bình Minh"], 42 * B, QT),
                deal("investment", ["May Bình Minh"], 135 * B, QT),
            ],
            events=[],
        ),
        h(
            n(),
            "Doanh thu năm 2014 của xí nghiệp là 95 tỷ đồng; 2.300 công nhân ở đây lĩnh bình quân 5,4 triệu đồng/người/tháng.",
            "2015-04-16",
            "ministry",
            ["count", "per_person_per_month", "revenue", "no_event"],
            money=[m(95 * B, "VND"), m(5.4 * M, "VND", "month")],
            quantities=[c(2300, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Bà Đặng Thu Hà, Tổng giám đốc May Bình Minh, cho biết đơn hàng sơ mi của xí nghiệp đã kín đến hết quý III.",
            "2015-04-16",
            "ministry",
            ["person_role_after", "short_name_in_role", "no_event"],
            persons=[per("Đặng Thu Hà", "Tổng giám đốc May Bình Minh")],
            firms=[f("May Bình Minh")],
            events=[],
        ),
        h(
            n(),
            "“Chúng tôi muốn đào tạo thợ ngay tại chỗ thay vì tuyển từ tỉnh khác”, bà Hà nói.",
            "2015-04-16",
            "ministry",
            ["quote_first", "given_name_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Quảng Trị mở thêm tuyến xe buýt cho công nhân KCN Nam Đông Hà\n- Nghệ An gọi vốn cho cảng cạn 1.200 tỷ đồng\n- KCN Nam Cấm muốn có thêm 400 triệu USD vốn FDI năm 2026",
            "2017-03-14",
            "ministry",
            ["related_links", "target_no_deal", "multiline", "no_event"],
            provinces=[pv("Quảng Trị"), pv("Nghệ An")],
            money=[m(1200 * B, "VND"), m(400 * M, "USD")],
            locations=[park("Khu công nghiệp Nam Đông Hà"), park("Khu công nghiệp Nam Cấm")],
            events=[],
        ),
        h(
            n(),
            "Tháng 4/2016, Tổng công ty May Trường Sơn cũng đã động thổ Nhà máy May Lệ Ninh, 168 tỷ đồng, ở KCN Tây Nam Lệ Thủy (Quảng Bình).",
            "2017-03-14",
            "ministry",
            ["recalled_groundbreaking", "month_no_date", "year_before", "old_province_name", "pre2025"],
            provinces=[pv("Quảng Bình")],
            firms=[f("May Trường Sơn", "Tổng công ty")],
            money=[m(168 * B, "VND")],
            locations=[park("Khu công nghiệp Tây Nam Lệ Thủy")],
            deals=[deal("groundbreaking", ["May Trường Sơn"], 168 * B, QT)],
            events=[],
        ),
        h(
            n(),
            "Khi đủ 64 chuyền, nhà máy cần khoảng 3.200 công nhân và có thể đem về 850 tỷ đồng doanh thu mỗi năm.",
            "2017-03-14",
            "ministry",
            ["plant_details_no_firm", "count", "per_year", "approx", "nfd", "no_event"],
            money=[m(850 * B, "VND", "năm")],
            quantities=[c(64, "chuyền"), c(3200, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Phối cảnh Nhà máy May Lệ Ninh; 22 chuyền đầu tiên dự kiến chạy vào quý III/2017.",
            "2017-03-14",
            "ministry",
            ["caption", "schedule_no_firm", "count", "no_event"],
            quantities=[c(22, "chuyền")],
            events=[],
        ),
        h(
            n(),
            "Ông Trần Công Lâm, Bí thư Tỉnh ủy Quảng Bình, đề nghị tổng công ty ưu tiên tuyển lao động ở các xã vùng lũ.",
            "2017-03-14",
            "ministry",
            ["person_role_after", "request_no_deal", "no_event"],
            persons=[per("Trần Công Lâm", "Bí thư Tỉnh ủy Quảng Bình")],
            provinces=[pv("Quảng Bình")],
            events=[],
        ),
    ]
    # --- Vietnamese news: Nghệ An's licences and a recalled garment approval (S15 r3-r4); localisation (S14 r2) ---
    rows += [
        h(
            n(),
            "Chín tháng đầu năm, Nghệ An cấp mới 64 dự án, điều chỉnh 88 dự án, tổng vốn cấp mới và tăng thêm 11.240,5 tỷ đồng; so với cùng kỳ, số dự án tăng 17%.",
            "2021-10-08",
            "provincial",
            ["round_total_no_deal", "count", "decimal_amount", "percentage", "no_event"],
            provinces=[pv("Nghệ An")],
            money=[m(11240.5 * B, "VND")],
            percentages=[17],
            quantities=[c(64, "dự án"), c(88, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Trước đó, tỉnh đã đón dự án 175 triệu USD của Tập đoàn Kinh Đạt (Đài Loan) làm vật liệu đế giày ở KCN Nam Cấm (Nghệ An).",
            "2021-10-08",
            "provincial",
            ["recalled_investment", "truoc_do"],
            provinces=[pv("Nghệ An")],
            firms=[f("Kinh Đạt", "Tập đoàn")],
            money=[m(175 * M, "USD")],
            locations=[country("Đài Loan"), park("Khu công nghiệp Nam Cấm")],
            deals=[deal("investment", ["Kinh Đạt"], 175 * M, NA)],
            events=[],
        ),
        h(
            n(),
            "Công ty CP May Hưng Phát Anh Sơn có quyết định chấp thuận chủ trương số 3852/QĐ-UBND từ ngày 22/10/2020 cho xưởng may khoảng 260 tỷ đồng ở xã Cẩm Sơn, huyện Anh Sơn (Nghệ An), nhưng đến nay mới san xong mặt bằng.",
            "2022-05-19",
            "provincial",
            ["recalled_approval", "decision_with_date", "approx", "delayed", "nfd"],
            provinces=[pv("Nghệ An")],
            firms=[f("May Hưng Phát Anh Sơn", "Công ty CP")],
            decisions=[d("3852/QĐ-UBND", "2020-10-22")],
            money=[m(260 * B, "VND", approx=True)],
            locations=[district("huyện Anh Sơn")],
            deals=[deal("investment", ["May Hưng Phát Anh Sơn"], 260 * B, NA)],
            events=[],
        ),
        h(
            n(),
            "Dự án nằm trong danh sách 12 dự án chậm tiến độ mà tỉnh yêu cầu nhà đầu tư cam kết lại thời hạn hoàn thành.",
            "2022-05-19",
            "provincial",
            ["delayed_projects_no_deal", "count", "no_event"],
            quantities=[c(12, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Cứ 100 USD giày dép xuất khẩu năm 2023 thì gần 48 USD là nguyên phụ liệu nhập; tổng kim ngạch giày dép năm đó đạt 20,2 tỷ USD.",
            "2024-02-26",
            "ministry",
            ["feature", "ratio_money", "approx", "statistics", "no_event"],
            money=[m(100, "USD"), m(48, "USD", approx=True), m(20.2 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Muốn hưởng thuế 0% của EVFTA, đôi giày phải chứng minh được xuất xứ; với hàng may, CPTPP còn đòi cả sợi cũng phải làm trong khối.",
            "2024-02-26",
            "ministry",
            ["feature", "percentage", "no_event"],
            percentages=[0],
            events=[],
        ),
    ]
    # --- English copy: a trims plant licence and a leather project approval (VNS-like, S18 r1-r2) ---
    rows += [
        h(
            n(),
            "NGHỆ AN — Goldlink Trims (Hong Kong) Limited has received an investment certificate from the Southeast Nghệ An Economic Zone Management Board for a US$14 million plant making zips and buttons.",
            "2024-03-19",
            "ministry",
            [
                E,
                "dateline",
                "licence_received",
                "board_grantor_english",
                "place_in_firm_name",
                "province_in_org_name",
            ],
            organizations=["Southeast Nghệ An Economic Zone Management Board"],
            provinces=[pv("Nghệ An")],
            firms=[f("Goldlink Trims (Hong Kong)", "Limited")],
            money=[m(14 * M, "USD")],
            deals=[deal("investment", ["Goldlink Trims (Hong Kong)"], 14 * M, NA)],
            events=[
                ev(
                    "investment_licence",
                    [G("Southeast Nghệ An Economic Zone Management Board"), F("Goldlink Trims (Hong Kong)")],
                    14 * M,
                    "USD",
                    NA,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Site work at VSIP Nghệ An Industrial Park in Hưng Nguyên District is pencilled in for the third quarter.",
            "2024-03-19",
            "ministry",
            [
                E,
                "english_park_no_location",
                "english_district_no_location",
                "province_in_park_name",
                "no_event",
            ],
            provinces=[pv("Nghệ An")],
            events=[],
        ),
        h(
            n(),
            "When running, it will turn out about 120 million zips and 900 million buttons a year.",
            "2024-03-19",
            "ministry",
            [E, "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Goldlink's trims go mainly to garment makers sewing for European and Japanese labels.",
            "2024-03-19",
            "ministry",
            [E, "company_profile", "short_name", "adjective_no_country", "no_event"],
            firms=[f("Goldlink")],
            events=[],
        ),
        h(
            n(),
            "Among the 236 foreign-invested projects in Nghệ An, worth $6.8 billion in all, the largest include Taiwan's Luxton Precision, with a $310 million electronics plant, and Singapore's Stepwell Materials, whose shoe-sole plant cost $95 million.",
            "2024-03-19",
            "ministry",
            [E, "cumulative", "count", "recalled_projects", "english_possessive"],
            provinces=[pv("Nghệ An")],
            firms=[f("Luxton Precision"), f("Stepwell Materials")],
            money=[m(6.8 * B, "USD"), m(310 * M, "USD"), m(95 * M, "USD")],
            quantities=[c(236, "foreign-invested projects")],
            locations=[country("Taiwan"), country("Singapore")],
            deals=[
                deal("investment", ["Luxton Precision"], 310 * M, NA),
                deal("investment", ["Stepwell Materials"], 95 * M, NA),
            ],
            events=[],
        ),
        h(
            n(),
            "Officials said faster land handover remains the province's main selling point. — VNS",
            "2024-03-19",
            "ministry",
            [E, "agency_credit", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "THANH HÓA — A US$310 million synthetic leather project from Hong Kong won the backing of the Standing Committee of the Thanh Hóa Provincial Party Committee on Tuesday.\nSilvermoon Materials Limited will build the plant on 46 hectares of Nghi Son Economic Zone.",
            "2024-12-04",
            "ministry",
            [
                E,
                "dateline",
                "licence",
                "party_committee_grantor",
                "investor_next_sentence",
                "english_zone_no_location",
                "area",
                "multiline",
            ],
            organizations=["Standing Committee of the Thanh Hóa Provincial Party Committee"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Silvermoon Materials", "Limited")],
            money=[m(310 * M, "USD")],
            areas=[ha(46)],
            locations=[country("Hong Kong")],
            deals=[deal("investment", ["Silvermoon Materials"], 310 * M, TH)],
            events=[
                ev(
                    "investment_licence",
                    [
                        G("Standing Committee of the Thanh Hóa Provincial Party Committee"),
                        F("Silvermoon Materials"),
                    ],
                    310 * M,
                    "USD",
                    TH,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "About 6,000 local workers will be needed once the PU leather and microfibre lines start up, planned for early 2028.",
            "2024-12-04",
            "ministry",
            [E, "count", "approx", "no_event"],
            quantities=[c(6000, "local workers", True)],
            events=[],
        ),
        h(
            n(),
            "Thanh Hóa has drawn close to $2.3 billion of FDI pledges this year, provincial data show.",
            "2024-12-04",
            "ministry",
            [E, "cumulative_no_event", "approx", "no_event"],
            provinces=[pv("Thanh Hóa")],
            money=[m(2.3 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Its parent, Pacific Crest Holdings, already runs a lining mill in Hải Phòng that opened in 2018 with some 1,900 staff. — VNS",
            "2024-12-04",
            "ministry",
            [E, "parent", "recalled_opening_no_capital", "count", "approx", "agency_credit"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Pacific Crest Holdings")],
            quantities=[c(1900, "staff", True)],
            deals=[deal("investment", ["Pacific Crest Holdings"], None, HP)],
            events=[],
        ),
    ]
    # --- English copy: a capital top-up, a groundbreaking and a glove plant (S18 r4, S19 r1-r2) ---
    rows += [
        h(
            n(),
            "Hanoi (VNA) – Hong Kong-based Regal Grace Group has added 150 million USD to its lingerie and footwear project in Thanh Hoa's Hoang Long Industrial Park, taking it to 410 million USD.",
            "2019-08-27",
            "ministry",
            [
                E,
                "dateline_agency",
                "capital_increase_no_grantor",
                "based_gives_country",
                "unaccented_english",
                "english_park_no_location",
                "new_total_money_only",
            ],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Regal Grace Group")],
            money=[m(150 * M, "USD"), m(410 * M, "USD")],
            locations=[country("Hong Kong")],
            deals=[deal("investment", ["Regal Grace Group"], 150 * M, TH)],
            events=[ev("investment_licence", [F("Regal Grace Group")], 150 * M, "USD", TH, "licensed")],
        ),
        h(
            n(),
            "Registered capital stood at 120 million USD at the 2016 licensing.",
            "2019-08-27",
            "ministry",
            [E, "recalled_licence_no_firm", "year_no_date", "no_event"],
            money=[m(120 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Output is planned at 12 million pairs of shoes a year alongside the lingerie lines. – VNA",
            "2019-08-27",
            "ministry",
            [E, "capacity_no_count", "agency_credit", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Crestline Footwear Vietnam broke ground on June 14 on the first phase of an export shoe plant at Nam Dong Ha Industrial Park in the central province of Quang Tri.",
            "2012-06-15",
            "ministry",
            [
                E,
                "groundbreaking",
                "vietnam_suffix_dropped",
                "unaccented_english",
                "english_park_no_location",
                "deal_date",
                "year_inferred",
                "pre2025",
            ],
            provinces=[pv("Quảng Trị")],
            firms=[f("Crestline Footwear")],
            deals=[deal("groundbreaking", ["Crestline Footwear"], None, QT, "2012-06-14")],
            events=[ev("groundbreaking", [F("Crestline Footwear")], None, None, QT, "started")],
        ),
        h(
            n(),
            "Deputy Prime Minister Tran Quoc Hai, in the province the same day, toured a 400-hectare park still under construction nearby.",
            "2012-06-15",
            "ministry",
            [E, "role_before_name", "visit_no_deal", "area", "no_event"],
            persons=[per("Tran Quoc Hai", "Deputy Prime Minister")],
            areas=[ha(400)],
            events=[],
        ),
        h(
            n(),
            "Korean-owned Haedong Sports Vina Co., Ltd is to spend US$18 million (about VND410 billion) on a glove and sportswear plant in Ha Tinh, a central province.",
            "2018-10-03",
            "ministry",
            [
                E,
                "announced_investment",
                "vina_dropped",
                "adjective_no_country",
                "conversion",
                "approx",
                "unaccented_english",
            ],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Haedong Sports", "Co., Ltd.")],
            money=[m(18 * M, "USD"), m(410 * B, "VND", approx=True)],
            deals=[deal("investment", ["Haedong Sports"], 18 * M, HT)],
            events=[ev("investment_announcement", [F("Haedong Sports")], 18 * M, "USD", HT, "announced")],
        ),
        h(
            n(),
            "Production on the 7.6ha site should start by late 2021.",
            "2018-10-03",
            "ministry",
            [E, "area_glued_unit", "no_event"],
            areas=[ha(7.6)],
            events=[],
        ),
        h(
            n(),
            "It will be Haedong Sports Vina's fourth garment plant in Vietnam.\nSource: apparelasia.net",
            "2018-10-03",
            "ministry",
            [E, "ordinal_not_count", "vina_dropped", "source_line", "multiline", "no_event"],
            firms=[f("Haedong Sports")],
            events=[],
        ),
    ]
    # --- English copy: a sole maker's plan in Hà Tĩnh, an old VCCI profile (S19 r3-r4) ---
    rows += [
        h(
            n(),
            "Taiwanese Sole Maker Eyes Can Loc Cluster in Ha Tinh\nKim Loi Dat Group intends to put US$85 million into a sole and shoe-material factory in Dong Loc industrial cluster, its chairman Lam Chi Hao told provincial leaders, adding that about 25 hectares would be needed.",
            "2024-09-19",
            "ministry",
            [
                E,
                "headline_lead",
                "title_case_headline",
                "plan_announced",
                "group_kept_in_name",
                "adjective_no_country",
                "english_cluster_no_location",
                "approx",
                "multiline",
            ],
            persons=[per("Lam Chi Hao", "chairman")],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Kim Loi Dat Group")],
            money=[m(85 * M, "USD")],
            areas=[ha(25, True)],
            deals=[deal("investment", ["Kim Loi Dat Group"], 85 * M, HT)],
            events=[ev("investment_announcement", [F("Kim Loi Dat Group")], 85 * M, "USD", HT, "announced")],
        ),
        h(
            n(),
            "The firm also asked the province to speed up site clearance and to confirm which tax breaks the project would get.",
            "2024-09-19",
            "ministry",
            [E, "request_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Outside Vung Ang Economic Zone, Ha Tinh's land plan to 2030 sets aside roughly 1,300 hectares for new industrial parks and 1,850 hectares for 42 smaller clusters.",
            "2024-09-19",
            "ministry",
            [
                E,
                "planning_no_deal",
                "count",
                "area",
                "approx",
                "english_zone_no_location",
                "unaccented_english",
            ],
            provinces=[pv("Hà Tĩnh")],
            areas=[ha(1300, True), ha(1850)],
            quantities=[c(42, "smaller clusters")],
            events=[],
        ),
        h(
            n(),
            "Mr. Ngo Dinh Khiem, Chairman of the Provincial People's Committee, asked departments to help the investor complete procedures quickly.",
            "2024-09-19",
            "ministry",
            [E, "person_role_after", "bare_committee_no_org", "no_event"],
            persons=[per("Ngo Dinh Khiem", "Chairman of the Provincial People's Committee")],
            events=[],
        ),
        h(
            n(),
            "Update on Nghe Tinh Leather Footwear Co.\n\n10:42:18 AM | 14/8/2006\n\nThe newly equitised company wants to train its own shoe technicians and sell to buyers beyond its one Taiwanese partner.",
            "2006-08-14",
            "ministry",
            [
                E,
                "headline_lead",
                "timestamp",
                "old_province_in_firm_name",
                "adjective_no_country",
                "multiline",
                "no_event",
            ],
            firms=[f("Nghe Tinh Leather Footwear", "Co.")],
            events=[],
        ),
        h(
            n(),
            "Its sandal line, built with VND14 billion (US$875,000) of State money, employs about 950 people and turned out goods worth nearly VND62 billion (US$3.9 million) in 2005.",
            "2006-08-14",
            "ministry",
            [E, "state_capital_no_deal", "conversion", "approx", "count", "no_event"],
            money=[
                m(14 * B, "VND"),
                m(875_000, "USD"),
                m(62 * B, "VND", approx=True),
                m(3.9 * M, "USD", approx=True),
            ],
            quantities=[c(950, "people", True)],
            events=[],
        ),
        h(
            n(),
            "Sports shoes are made with help from Taiwan's Jin Feng Group, which supplies moulds and sends technicians.\nMinh Thu",
            "2006-08-14",
            "ministry",
            [E, "ongoing_partnership_no_deal", "english_possessive", "byline", "multiline", "no_event"],
            persons=[per("Minh Thu", None)],
            firms=[f("Jin Feng Group")],
            locations=[country("Taiwan")],
            events=[],
        ),
    ]
    # --- English copy: Taiwanese shoemakers abroad (S17 r1-r4, an Italian and a Chinese page written here in English) ---
    rows += [
        h(
            n(),
            "TAIPEI (Taiwan News) — A shoe factory for 18,000 workers in Indonesia's Central Java province is the next step for Taiwan's Fu Sheng Footwear, local media reported Monday.",
            "2023-05-09",
            "ministry",
            [
                E,
                "dateline_agency",
                "plan_announced",
                "abroad_no_site",
                "count",
                "foreign_province_no_location",
            ],
            firms=[f("Fu Sheng Footwear")],
            quantities=[c(18000, "workers")],
            locations=[country("Indonesia"), country("Taiwan")],
            deals=[deal("investment", ["Fu Sheng Footwear"])],
            events=[ev("investment_announcement", [F("Fu Sheng Footwear")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Fu Sheng expects to spend about US$140 million on the plant over four years.",
            "2023-05-09",
            "ministry",
            [E, "plan_announced", "short_name", "approx", "abroad_no_site", "duration_no_count"],
            firms=[f("Fu Sheng")],
            money=[m(140 * M, "USD", approx=True)],
            deals=[deal("investment", ["Fu Sheng"], 140 * M)],
            events=[ev("investment_announcement", [F("Fu Sheng")], 140 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Jinjiang's market regulator says some 48 shoe and sole makers backed by Taiwanese capital registered there last year.",
            "2011-05-20",
            "ministry",
            [E, "count", "approx", "adjective_no_country", "foreign_city_no_location", "no_event"],
            quantities=[c(48, "shoe and sole makers", True)],
            events=[],
        ),
        h(
            n(),
            "El Salvador's president cut the ribbon on April 5 at the first of three Fu Sheng shoe plants in the country, which together are to employ about 9,000 people.",
            "2019-04-08",
            "ministry",
            [
                E,
                "inauguration_no_capital",
                "abroad_no_site",
                "count_in_words",
                "count",
                "approx",
                "role_no_name",
            ],
            firms=[f("Fu Sheng")],
            quantities=[c(9000, "people", True)],
            locations=[country("El Salvador")],
            events=[ev("inauguration", [F("Fu Sheng")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Lin Chao-ming, executive secretary of the Taiwan Footwear Manufacturers Association, said rising wages on the coast had pushed members to scout for sites inland.",
            "2011-10-02",
            "ministry",
            [E, "machine_translation", "person_role_after", "country_in_org_name", "no_event"],
            organizations=["Taiwan Footwear Manufacturers Association"],
            persons=[
                per("Lin Chao-ming", "executive secretary of the Taiwan Footwear Manufacturers Association")
            ],
            events=[],
        ),
    ]
    # --- English copy: leather and footwear industry figures, a spun copy (S20 r1-r4, S18 r3) ---
    rows += [
        h(
            n(),
            "Just 21 of 3,100 leather and footwear makers employ their own designers, said Tran Thi Bich Ngoc of the Institute of Industrial Policy and Strategy, adding that most materials still come from abroad.",
            "2021-07-13",
            "ministry",
            [E, "affiliation_not_role", "count", "no_event"],
            organizations=["Institute of Industrial Policy and Strategy"],
            persons=[per("Tran Thi Bich Ngoc", None)],
            quantities=[c(3100, "leather and footwear makers")],
            events=[],
        ),
        h(
            n(),
            "Lefaso backs call for tannery clusters\n12/07/2019\nShared wastewater plants for tanneries and shoe factories on one site would help cut the 55% of materials the industry imports, the Vietnam Leather, Footwear and Handbag Association (Lefaso) argues.",
            "2019-07-12",
            "ministry",
            [E, "headline_lead", "acronym_org", "org_with_acronym", "percentage", "multiline", "no_event"],
            organizations=["Lefaso", "Vietnam Leather, Footwear and Handbag Association"],
            percentages=[55],
            events=[],
        ),
        h(
            n(),
            "After an 11 percent slide to $4.3 billion last year, shoe exporters want state help to build tanning and accessory hubs.",
            "2010-02-18",
            "ministry",
            [E, "statistics", "percentage", "no_event"],
            percentages=[11],
            money=[m(4.3 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Forecasts for this year range from $4.7 billion to $5.2 billion; EU buyers, still charging 10 percent anti-dumping duties on some shoes, take roughly half.",
            "2010-02-18",
            "ministry",
            [E, "forecast", "money_range", "percentage", "eu_no_country", "no_event"],
            percentages=[10],
            money=[m(4.7 * B, "USD"), m(5.2 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "according to the plan, there are only 28 shoe material enterprises in vietnam, of which 6 foreign-funded enterprises, supply just 35% of domestic need",
            "2012-09-05",
            "ministry",
            [E, "machine_translation", "lowercase", "count", "percentage", "no_event"],
            percentages=[35],
            quantities=[c(28, "shoe material enterprises"), c(6, "foreign-funded enterprises")],
            events=[],
        ),
        h(
            n(),
            "chairman Nguyen Van Hoa say target is localization 60-70% in 2020 (now 45%) and footwear export US $12 billion",
            "2012-09-05",
            "ministry",
            [
                E,
                "machine_translation",
                "lowercase",
                "role_before_name",
                "percentage_range",
                "spaced_currency",
                "no_event",
            ],
            persons=[per("Nguyen Van Hoa", "chairman")],
            percentages=[60, 70, 45],
            money=[m(12 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "One more plant, a 7-million-USD button and fastener facility possessed by Bright Button Company Limited, unveiled its doors at Hoang Long Industry Park in Thanh Hoa state last January.",
            "2020-03-11",
            "ministry",
            [
                E,
                "spun_text",
                "inauguration_with_capital",
                "hyphenated_amount",
                "company_limited_form",
                "unaccented_english",
                "english_park_no_location",
            ],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Bright Button", "Co., Ltd.")],
            money=[m(7 * M, "USD")],
            deals=[deal("investment", ["Bright Button"], 7 * M, TH)],
            events=[ev("inauguration", [F("Bright Button")], 7 * M, "USD", TH, "completed")],
        ),
        h(
            n(),
            "Pros stated linking overseas-invested companies with home firms stays the key to expanding the support business. Lire la suite",
            "2020-03-11",
            "ministry",
            [E, "spun_text", "page_furniture", "no_fields", "no_event"],
            events=[],
        ),
    ]
    return rows
