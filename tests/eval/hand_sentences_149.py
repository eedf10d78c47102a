# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 149 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: textile dyeing, yarn and fabric as a supporting industry (dyeing plants
and dyeing parks, dye chemicals and auxiliaries, spinning and weaving mills, recycled yarn, and accessories such as
zippers, buttons, labels and sewing thread). Written and annotated for every field BEFORE any tagger was run on them,
without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy
dệt nhuộm khu công nghiệp xử lý nước thải tập trung dự án", S2 "khu công nghiệp dệt nhuộm quy hoạch thu hút đầu tư
tỉnh", S3 "chất trợ nhuộm hóa chất phụ trợ ngành dệt doanh nghiệp sản xuất", S4 "nhà máy kéo sợi cotton khởi công vốn
đầu tư", S5 "công ty sợi nâng công suất dây chuyền kéo sợi mới", S6 "nhà máy dệt vải mộc xuất khẩu doanh nghiệp FDI", S7
"dây kéo khóa kéo nhà máy sản xuất Việt Nam vốn", S8 "nút áo nhãn mác phụ liệu may mặc doanh nghiệp cung ứng", S9 "in
nhãn dệt thẻ treo nhà máy cấp phép khu công nghiệp", S10 "dệt nhuộm Nam Định Thái Bình dự án nhà máy nhuộm cấp giấy
chứng nhận", S11 "vải kỹ thuật sợi tái chế nhà máy ký kết hợp đồng cung cấp", S12 "Vinatex công ty con sợi nhuộm đầu tư
mới", S13 "nhà máy nhuộm sợi in hoa vải hoàn tất Long An Tây Ninh", S14 "doanh nghiệp Đài Loan dệt nhuộm đầu tư Việt Nam
tăng vốn", S15 "chỉ may nhà máy sản xuất chỉ khâu công nghiệp Việt Nam", S16 "nguyên phụ liệu dệt may nội địa hóa tỷ lệ
nhập khẩu vải Trung Quốc", and in English S17 "Vietnam textile dyeing plant wastewater investment industrial park", S18
"yarn mill Vietnam new spinning capacity company", S19 "garment accessories maker zippers labels buttons Vietnam plant",
S20 "textile auxiliaries chemicals supplier Vietnam dyeing". (Batches 57, 68, 76, 87, 95 and 124 had textile themes with
other searches, and several of the same stories came back: a Long An coloured-yarn approval, a chemicals plant in Long
An, a Tây Ninh weaving-mill photo page, a yarn maker's Tây Ninh opening, the Nam Định licence, the OCR journal article.
None of their rows was reused; every row here was drafted from this sample in its own order and checked against those
batches.) No sentence is taken or paraphrased from a page; the shapes are. Firm, plant, park, person and byline names
are invented (Vạn Thuận / Thương mại Quốc tế Vạn Thuận and its plant, Sunvale Medical Holdings, Hằng Xương / Khoa học kỹ
thuật Hằng Xương Bắc Hải, Kanpur Birla, Kim Thái, Sợi Phương Nam / Phuong Nam Yarn, Xơ sợi Hưng Thái / Hưng Thái, Sợi Dệt
Nhuộm Thái Tex / Thái Tex, Dệt Phú Cát, Lianfeng (Hong Kong), Ocean Denim Textiles (BVI) and Ocean Star, Sợi Bình An,
Norcross / Norcross Fibers and the brand Evergreen, Kết nối Vải Mới / Newfab, the brand Ecofib, Tintura Asia, Dệt An Phúc
and its plant Anphutex, Polytex Đông Viễn, Kaisheng, Dệt Hoa Nguyên, Ngân Hải, Dệt nhuộm Hòa An and its unit Tân Hòa,
Westbay Group, Kingsheen Fabrics, Tianhe Sunrise, Yulong, Luentex, Foshan Jialong, Apparel Eastgate, Eastgate Polytex,
Bellwater and its project Belltex, Marunaka, Weilong Textile / Weilong Textile Group, Lutong Textile, Brothers Orient,
Huasheng / Huasheng Melange Yarn, Hookfast, Daewon Industries, Sunjin Apparel, Alphaknit, Keller / Keller Textile
Effects, Tan Phu Textile International / TPT, Vietnam Polyester and Fibre / VIPOLY, Shinhua Synthetic Fibers Corporation
/ SHSF, the plants Bạch Long, Hưng Lộc and Bach Dang, the parks Hà Cối Tây, Vạn Ninh Đông, Long Cang Tây, Hiệp Thạnh,
Thạch Thán and Liên Phương, the fair Texfair, the outlets Báo Kinh tế Miền Tây and RTV, every official, chairman, CEO,
analyst, author, student, lecturer, site member, byline and photographer); well-known names (Vinatex / Tập đoàn Dệt may
Việt Nam / the Vietnam National Textile and Garment Group, Tập đoàn Dầu khí Việt Nam / Petrovietnam, Formosa, Chanel,
Hermès, Burberry, Việt Tiến, Owen, Yody, The North Face, Hiệp hội Dệt may Việt Nam / Vitas and the Vietnam Textile and
Apparel Association, Bộ Công Thương, Tổng cục Hải quan, BGMEA, the universities and institutes of the footnotes, the two
China dye associations, the parks Dệt may Rạng Đông, Trà Kha, Phước Đông, Trảng Bàng, Long Hậu and Đồng Văn III, and the
decrees 111/2021/NĐ-CP and 43/2017/NĐ-CP cited by number) appear only in sentences of our own, with figures, dates and
places changed.

What the sample looked like (80 result slots, about 55 distinct pages; a journal article on a document store in broken
OCR came back 7 times, a trade magazine's video page 5 times, a localisation explainer 3 times, a tag page and a cable
maker's plant page twice each): 5 slots were spam (an unaccented detergent-formula salad, three betting salads with glued
words, a Polish-domain keyword slug); 16 were tag, category, one-liner and headline pages (an abandoned-clusters
one-liner, a provincial paper's category lead, a state fibre plant's capacity on an audit paper's tag with its outlet
code, a state group's spinning projects on a tag with comment chrome, one- and few-word tags three times, a legal tag, a
Hong Kong group's proposal at a working session, a state group's 'hibernation' headline, an association-acronym tag with
a revenue line, a broadcaster's dyeing tag with three teasers, a headline and lead on firms investing abroad, a provincial
paper's tag on sewing workshops closing, two one-liners on fabric imports and localisation); 6 were video pages (a
broadcaster's news digest on planning large textile parks with its view counter and timestamp; the trade magazine's
video page with its byline and "Video khác" five times); 23 were documents, theses, explainers and legal pages (an export
zone's treatment-station page, a document store's repeated thesis title with broken diacritics, a translation-memory
pair, a wastewater explainer with its table of contents, an internship report's table of contents with dotted leaders,
a dye-chemical seller's explainer, the OCR article seven times with caps authors, footnote marks, citations and country
labels, the cable maker's plant page with bullet markers twice, a course-paper cover with student number and lecturer,
the localisation explainer three times, a lifestyle feature on buttons with its post date, a report form with blank
dots, a labelling circular's title, a spun review of the labelling decree with a photo credit); 14 were Vietnamese news
and features (a Quảng Ninh park's FDI year with its largest dyeing project, a medical project to be licensed and phase
two; a Chinese group's spinning line running in a seaport park with the phase figures and a recalled Đồng Nai plant; a
province's approval in principle for a coloured-yarn project with the board assigned; a state group's unit breaking
ground on a yarn plant in a print view with a chairman's words and a byline; a social property site with member chrome
on a yarn maker's unit opening a plant in Tây Ninh, its caption, capital, subsidiary and recalled plant; a legal paper's
listing on a city's land-lease decision for a textile plant glued to the next headline; Nam Định as a textile hub with a
licence and a cut-off project; a business magazine's feature on recycled PET yarn and its US resin supplier; a feature on
recycled yarn with an analyst's quote; a fair story on coffee-ground fabric with its CEO and brand customers; a Malaysian
chemicals plant opening in Long An with its capital and investor rank; a news agency's photo page on a weaving mill's
groundbreaking with a garbled amount; a Taiwanese fibre maker's announced top-up with its director and another group's
plant; Taiwanese FDI statistics with the largest textile licence and a byline); 16 were English (a portal on provinces
rejecting dyeing projects; a fashion portal on licensing limits, Nam Định's projects and a park consortium; a knitting
site's short item; a trade site's round-up of a certificate, a land lease to expand, a groundbreaking and a yen stake
purchase with "Also Read" chrome; a news site on a state group's spinning-mill plan; a chamber's page on a Chinese yarn
plant under construction; a fashion portal on Chinese spinners' capacity; a betting domain carrying wire copy on the
yarn-plant groundbreaking with a spam line; a Chinese site's button essay; an association page on a zipper plant and a
Korean opening; a sourcing blog; a sourcing guide; a chemicals site on a dye maker's strategic partnership; a trade
paper on a dye fair in HCMC; a fibre portal on a polyester plant's output and shareholders with teaser lines; a wire
story on a yarn cooperation agreement). About 26 of the 80 slots told a deal or an event with a named party (licences and
approvals 5 counting a future licence, openings and first output 5, groundbreakings 4, announced plans and top-ups 4,
investor lines and recalled plants 3, a park consortium, a stake purchase, a strategic partnership, a cooperation
agreement, a committee's land lease, a lease to expand); rejections, proposals, wishes, working sessions, supplier
relations, shareholdings and statistics came up too. No supply contract with named parties, no acquisition of a firm
and no button, label or sewing-thread plant with a named investor came up in any first four (the button, label, zipper
and thread searches returned spam, tags, essays, explainers and legal pages), so the batch has none.

Rows: 158 (hand-47601 to hand-47758); 36 carry a deal or an event (22.8%): 30 events (7 investment announcements, 7
inaugurations, 5 investment licences, 5 groundbreakings, 2 cooperation, 2 MoUs, 1 joint venture, 1 acquisition) and 30
`deals` entries (22 investment, 5 groundbreaking, 2 mou, 1 cooperation); 6 rows hold only deals (47662 an investor line,
47667 a recalled plant, 47679 a subsidiary's investor line, 47680 a recalled plant, 47705 an investor line after an
opening, 47727 two recalled licences), 7 an event without a deal (47665, 47677, 47681, 47704, 47740 and 47745 openings
or first output without capital, 47684 a committee's land lease) and 23 both. 122 rows are negatives and other fields.
By page kind: 5 rows of spam (47601-47605; 0 with a deal or event), 16 of tag, category and headline pages
(47606-47621; 1), 4 of video pages (47622-47625; 0), 36 of documents, theses, explainers, portal and legal pages
(47626-47661; 0), 59 of Vietnamese news and features (47662-47720; 19) and 38 of English copy (47721-47758, the betting
domain's wire copy at 47742-47743; 16); 38 rows are English (`english_copy`, 24.1%; the translation-memory pair 47630 is
tagged bilingual, not English). 9 rows are stored in NFD (hand-47653, 47665, 47670, 47677, 47686, 47688, 47710, 47712,
47718); 5 use old tone placement (47611 "khoá kéo", 47650 "nội địa hoá", 47658 "hàng hoá", 47704 "Hoá chất", 47716
"minh hoạ"); 58 hold several lines (headlines and leads, tag and section labels, page, video and social-site chrome,
timestamps, captions, bylines, photo credits, tables of contents, bullet lists, teaser and related lines, spam lines).

Own wording: every row was drafted in its own order (amount-first, object-first, passive, quote-first, split rows,
cut-off rows) with changed figures, names, dates and places, and checked against the notes taken from the sampled pages
and against the earlier textile batches; drafts that still followed a page's clause order or an earlier batch's row were
rewritten from scratch (about 15: the park's FDI headline and investor line, the approval in principle, the Nam Định
licence, now amount-first, the opening's capital row, now amount-first and split from its caption, the chemicals plant's
capital and investor rank, the photo page's chrome, the FDI statistics lines, the Hong Kong group's proposal headline,
the fabric-import one-liner, the spun decree line, and the English rejection, round-up and cooperation rows). Thirteen
English drafts from first-four pages (a cut-off Đồng Nai rule, a trend line, a province pausing FDI fields, a city's
dyeing-firm count, a teaser on export earnings, an exports forecast, a blog's travel line, export markets, the polyester
plant's capacity and savings, an existing Quảng Trị mill, the yarn plant's workshops, the partnership's terms and the
accessories feature's caps headline) were dropped to keep the English share near the sample's. Nothing was used from
ranks 5-8, among them: an environmental centre's HTML head and theses on park wastewater (S1 r5-r8), a Hong Kong-Bình
Dương weaving joint venture's groundbreaking, theses and the OCR article again (S2 r5-r8), a dye-concentration paper, an
explainer, a video and a research report (S3 r5-r8), a Hong Kong group's wish tag, the weaving-mill photo page again, a
state yarn plant starting up and a roundtable video (S4 r5-r8), stock news on a yarn maker's spending and phase three, the
fibre plant's DTY lines, a yarn plant opening in Bình Dương and a thread plant's expansion in Quảng Nam (S5 r5-r8), an
FDI round-up with licences, an invest-abroad headline, a Dutch garment plant and an association's FDI total (S6 r5-r8),
a product page, a lock joint venture, a lock brand and a supporting-industry essay (S7 r5-r8), the button essay, a trims
explainer, the detergent page and a sustainability blog (S8 r5-r8), a barcode service, a city approval, a label blog and a
legal-signer page (S9 r5-r8), a Japanese-invested dyeing plant's opening in Nam Định, the OCR article, an environment
paper on the textile park and the English telling of the Nam Định licence (S10 r5-r8), a green-fabric firm's strategic
memorandum with a Taiwanese supplier, a school tag and the PET feature twice (S11 r5-r8), the state polyester venture,
the state group's new yarn plants, its capital mobilisation and its nine projects (S12 r5-r8), the video, the Long An
approval again, the dyeing tag and the English weaving-mill groundbreaking (S13 r5-r8), a Taiwanese capital feature, a
2005 shift of Taiwanese textile makers, the OCR article and a Taiwanese group's US$320 million plan (S14 r5-r8), the
invest-abroad headline, an accounting thesis, association membership certificates and a materials thesis (S15 r5-r8), a
thesis, fabric-import statistics twice and a trade thesis (S16 r5-r8), licensing concerns, the state polyester venture,
a French telling of Tây Ninh's textile zone and an apparel site on environmental risk (S17 r5-r8), a textile cluster in
Nghệ An, spinning competitiveness, a Taiwanese yarn and dyeing licence in Long An and a capital-flow round-up (S18 r5-r8),
relocation and sourcing guides, a TPP supplier race and a Japanese zipper maker's new plant (S19 r5-r8), and an
import-dependence note, a Taiwanese fair pavilion, a Chinese auxiliaries market and an apparel site on dyeing weakness
(S20 r5-r8).

Conventions: exactly those of batches 10 and 12-148 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence is an investment deal and an investment_licence event "licensed", the granting body a
government party as written, sited in the plant's province, dated only when the day is written; an approval in principle
by a committee is a licence (batch 87); a licence still to come ("sẽ được trao Giấy chứng nhận") is an investment_licence
"announced" (batch 137); a passive licence without a named grantor is the firm's alone; a named firm's plan, planned plant
or top-up is an announced investment, the amount the increase, not the new total; an opening with its capital is an
investment deal and an inauguration "completed", without capital the event only, a first batch of output an opening
(batches 47, 124); a held groundbreaking is a groundbreaking deal and event "started", dated only with a day; recalled
plants, investor lines ("X làm chủ đầu tư") and recalled licences are deals without events; a consortium investing is
ONE deal of all its members; an acquisition's deal is the buyer's investment, its event lists buyer and target; a
committee's land lease for a plant is a cooperation event of the committee and the firm without deal (batch 104); a
firm-firm strategic cooperation is a cooperation deal and event, a cooperation agreement or memorandum an mou deal and
event, sited only by a signing place in Vietnam; proposals, wishes, working sessions, rejections, refused expansions,
supplier relations, shareholdings, forecasts and statistics give no deal; attendees are no parties; vague amounts
("hàng chục triệu USD", "hundreds of millions of dollars") are none; "khoảng", "gần", "hơn", "trên", "quanh", "about",
"over", "more than", "at least", "nearly" are approximate; money per unit keeps its unit ("USD/kg", "đồng/năm"); bracketed
conversions are both money, the deal taking the one written first; capacities, tonnages, spindles, outputs in metres or
m2, distances, durations, ordinals, page counts, view counters, student numbers, counts in words and counts without a
noun are no counts, English counts keep their English noun; m2 and ha are areas; Vietnamese legal forms are normalised
("Công ty Cổ phần" -> "Công ty CP"), foreign ones kept as written; "Việt Nam"/"Vietnam" and "(Việt Nam)" are dropped from
a foreign subsidiary's name; a bracketed acronym after a name is no second entry, alone it is a firm or organisation; a
bare headline name and a full name with a different canonical name are two entries; Vietnamese country words and English
country nouns and possessives are countries, English adjectives, regions and foreign cities nothing, a country inside an
organisation's name none; a province inside an organisation's or park's name is a mention, inside a firm's name none;
parks written in Vietnamese are locations (KCN expanded), English parks none; districts need "huyện"; datelines are
mentions; bylines and photo credits are persons in title case without role, outlets, agencies, initials and handles
nothing; old tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- First output as an opening: "đã chạy thử thành công dây chuyền kéo sợi của nhà máy số 1 ... và xuất khẩu những lô sợi
  đầu tiên" (47665) is the unit's inauguration without capital, sited by the caption's park province; the English
  "started production in September 2016" (47740) the same, unsited; "Công ty Thái Tex đã xong giai đoạn 1 và cho nhà máy
  chạy từ đầu năm 2026" (47681) likewise. The phase lines without a firm (47666, 47674) are money only.
- Plans without amount: "Hưng Thái sẽ làm tiếp giai đoạn 2" (47682) and "Huasheng Melange Yarn intends to add 0.07
  million spindles in Vietnam each year" (47741) are announced investments without amount or site; "signed a contract to
  lease more land to expand" with no lessor named (47732) is Eastgate Polytex's announced investment without amount, not
  a cooperation (a lease needs its counterpart), "In the same province" giving no site.
- Recalled plants without amount: "hai nhà máy 460.000 cọc mà Hằng Xương đặt ở Đồng Nai từ năm 2008" (47667) and "Hưng
  Thái không lạ với Tây Ninh: từ năm 2010 công ty đã chạy một nhà máy ... ở KCN Trảng Bàng" (47680) are deals without
  events sited in Đồng Nai and Tây Ninh; the project total "Toàn dự án 280 triệu USD" in the same row is money only.
  "two of the four Chinese projects approved lately, from Tianhe Sunrise and Yulong Vietnam" (47727) are two recalled
  licences: deals without events, sited in Nam Định.
- A park consortium: "Luentex and Foshan Jialong are moving ahead with Vinatex on a $380 million project to develop Rang
  Dong" (47728) is ONE investment deal of the three and an announced joint_venture; the English park name no location.
- A stake purchase in yen: "Japan's Marunaka paid 4.8 billion yen ($44 million) for another 10 percent of Vinatex" (47734)
  is Marunaka's investment deal at 4.8 billion (JPY, written first) and a completed acquisition of Marunaka and Vinatex.
- Agreements: "has announced a strategic partnership with Tan Phu Textile International (TPT)" (47751) is a cooperation
  deal and a signed cooperation event (as "ký kết hợp tác chiến lược" in earlier batches), the bare headline "Keller" a
  second entry; "have agreed to make drawn textured yarn (DTY) together" (47757) and "A cooperation agreement to that
  effect was signed by the two firms' representatives in Hanoi on February 18" (47758, with the acronyms SHSF and VIPOLY
  as firms) are each an mou deal and signed event, the second dated and sited in Hà Nội by its signing place; the
  agreement's terms ("SHSF will supply raw materials and sell the output") no supply event.
- The city land lease: "UBND TP Hà Nội ban hành Quyết định số 2964/QĐ-UBND cho Công ty TNHH Dệt Phú Cát thuê 9.812m² đất"
  (47684) follows batch 104: a signed cooperation event of the committee and the firm, no deal; "hơn 9.800m²" in the
  headline and "9.812m²" are two areas; "Quốc Oai" alone nothing; the glued headline's "cụm công nghiệp Liên Phương" a
  park.
- Rejections: "Phu Tho authorities have said no three times to a $320 million ... complex proposed by the Hong Kong-based
  Westbay Group" (47722), "Hue turned down two proposals" (47723), the refused expansion of "Taiwanese Kingsheen Fabrics
  Vietnam (KFV)" (47725) give no deal; "Hong Kong-based" and "a group from Hong Kong" give the country, "Taiwanese" none.
- Government words: "kiến nghị Chính phủ" gives the organisation "Chính phủ" and "Thủ tướng Chính phủ phê duyệt" the
  organisation "Thủ tướng Chính phủ" (as earlier batches do), the bare "Thủ tướng" in a headline no person; "Ban Quản lý
  các KCN tỉnh Nam Định" as grantor is expanded in organisations and kept as written in the event.
- Names: "Công ty Kim Thái (Hồng Kông)" keeps the form "Công ty"; "Lianfeng (Hong Kong) Limited" and "Ocean Denim
  Textiles (BVI) Limited" keep the bracket in the name and the form "Limited" as written (batch 57 wrote "Co., Ltd." for
  one such name; other batches keep "Limited"); "SUNVALE MEDICAL HOLDINGS CO., LIMITED" is title-cased with the form "Co.,
  Limited"; "VINATEX" in caps is "Vinatex", and Vinatex and "Tập đoàn Dệt may Việt Nam" / "Vietnam National Textile and
  Garment Group" in one row are two entries, the deal taking the lead's full name (47736); the English headline "Vinatex
  plans new spinning mill" carries no amount; a plant or project named by its brand (Thái Tex, Anphutex, Belltex, Bạch
  Long, Bach Dang) is no firm unless written "Công ty Thái Tex".
- Persons: the social site's member display names ("Diệp Thanh Hải", "Lương Bảo Ngọc") are persons without role, the
  handle "khoa.nm" and the point counts nothing; the course cover's "GVHD: VÕ THỊ HẠNH" gives the role "GVHD" as written
  (batch 73's label role); the OCR authors in caps, one with a broken letter ("TRẦN QƯỐC BẢO"), are title-cased; "ông Vĩnh",
  "Mr. Park" and citation surnames are no persons; "chuyên viên phân tích ngành dệt may của một công ty chứng khoán" keeps
  its wording as the role.
- Places: "bán đảo Cà Mau" (47672), "miền Tây Nam Bộ", "the Mekong Delta", "the southwestern region", "lưu vực sông Ấn",
  "châu Âu", "Europe", "SHANGHAI", "Chittagong", "Chiết Giang" and "Giang Tô" are nothing; "TP Bạc Liêu", "Bac Lieu city"
  and the dateline "Bac Lieu (VNA)" give Bạc Liêu; "Taiwan (China)" and "Hồng Kông (Trung Quốc)" give both countries,
  "mainland China" China; "Khu chế xuất Hiệp Thạnh" is a park.
- Numbers: "360 nghìn tỷ đồng (tương đương 15,6 triệu USD)" is kept as written, garbled, both money (batch 124); "22 tỷ
  m2 vải", "48 triệu m2 vải", "4,5 triệu mét vải" and "12 million metres" are outputs, no areas or counts; "2,9 tỉ chai
  nhựa PET", "280 triệu chiếc áo thể thao" and "1.100 máy dệt" are counts, "750.000 cọc sợi" none; "400 - 800 ha" gives
  both areas; "1,3 - 1,6 USD/kg" and "2 - 3,5 USD/m" give four amounts per unit; "10 - 15%" both percentages; "gần một
  phần ba" none; "đứng thứ 6", "nhà đầu tư thứ 27", "the Ninth" ordinals none.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_149(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    QN = cur("Quảng Ninh")
    TNi = cur("Tây Ninh")
    LA = cur("Long An")
    CM = cur("Bạc Liêu")
    NDi = cur("Nam Định")
    HNa = cur("Hà Nam")
    BDg = cur("Bình Dương")
    DNai = cur("Đồng Nai")
    HN = cur("Hà Nội")
    QTr = cur("Quảng Trị")
    BGi = cur("Bắc Giang")

    ids = iter(range(47601, 47601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam: a detergent-formula salad, betting salads, a foreign-domain keyword slug (S3 r2, S7 r2, S7 r4, S10 r2,
    # S10 r4) ---
    rows += [
        h(
            n(),
            "cong thuc nuoc xa vai dam dac 10 cong thuc cach pha che nguyen lieu hoa chat lam mem vai gia si",
            "2023-05-11",
            "ministry",
            ["spam_line", "unaccented", "count_without_noun_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bảng giá vải cotton hômnaykết quả xổ số miền bắc thứ bảysoi cầu bạch thủ lô đẹp",
            "2024-09-21",
            "ministry",
            ["spam_line", "glued_words", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin máy khâu cũ giá rẻxsmb hôm nayđặt cược tỷ số ngoại hạng anhmẹo nuôi cá cảnh",
            "2024-10-02",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thuốc nhuộm hoạt tính nhà máy chứng chỉ tiêu thụ trung tâm đặc biệt bông sợi máy nghiền",
            "2022-07-30",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin khu công nghiệp dệt may sáp nhập tỉnh nàotỷ số bóng đá đêm naycá kho làng vũ đại",
            "2025-06-18",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, category, one-liner and headline pages (S2 r1, S2 r2, S5 r2, S5 r3, S7 r1, S7 r3, S8 r2, S9 r2, S10 r3,
    # S12 r1, S12 r2, S12 r3, S14 r3, S15 r4, S16 r3, S16 r4) ---
    rows += [
        h(
            n(),
            "Dựng hơn chục cụm công nghiệp rộng gần 260 ha rồi để cỏ mọc, vì không có chính sách kéo doanh nghiệp dệt nhuộm về",
            "2017-04-12",
            "ministry",
            ["tag_page", "one_liner", "count_in_words", "area", "approx", "no_event"],
            areas=[ha(260, True)],
            events=[],
        ),
        h(
            n(),
            "Công nghiệp\n\nKhu, cụm công nghiệp – bệ đỡ của tăng trưởng\n\nSau hơn 25 năm xây dựng, các khu, cụm công nghiệp trong tỉnh hút thêm nhà đầu tư mỗi năm và đã thành điểm tựa của kinh tế địa phương.",
            "2023-11-06",
            "provincial",
            [
                "category_page",
                "section_label",
                "headline_lead",
                "duration_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "NHÀ MÁY XƠ SỢI\n\nXơ sợi Bạch Long nâng sản lượng sợi DTY\n(BKTO) - Theo Tập đoàn Dầu khí Việt Nam, nhà máy xơ sợi Bạch Long vừa đưa thêm 3 dây chuyền vào chạy, đẩy sản lượng phân xưởng sợi DTY lên quanh 850 tấn/tháng.",
            "2019-06-14",
            "ministry",
            [
                "tag_page",
                "caps_tag",
                "headline_lead",
                "outlet_bracket_nothing",
                "plant_name_no_firm",
                "capacity_no_count",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Dầu khí Việt Nam", "Tập đoàn")],
            quantities=[c(3, "dây chuyền")],
            events=[],
        ),
        h(
            n(),
            "Tag : Ngành sợi\n\nSợi: loạt dự án mới dồn dập\n\nNhà máy Sợi Hưng Lộc quy mô 19.200 cọc là một trong những dự án Vinatex tính làm trong hai năm 2014 - 2015; riêng giai đoạn I có 12.000 cọc, tổng mức đầu tư 236 tỷ đồng và cần hơn 180 công nhân ...\n5 years, 2 months ago Chức năng bình luận bị tắt ở Sợi: loạt dự án mới dồn dập",
            "2019-02-02",
            "ministry",
            [
                "tag_page",
                "comment_chrome",
                "announced_investment",
                "plant_name_no_firm",
                "spindles_no_count",
                "count",
                "approx",
                "no_site",
                "multiline",
            ],
            firms=[f("Vinatex")],
            money=[m(236 * B, "VND")],
            quantities=[c(180, "công nhân", True)],
            deals=[deal("investment", ["Vinatex"], 236 * B)],
            events=[ev("investment_announcement", [F("Vinatex")], 236 * B, "VND", None, "announced")],
        ),
        h(
            n(),
            "nguyên liệu đầu vào",
            "2022-03-09",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "khoá kéo răng nhựa chịu lực",
            "2022-03-09",
            "ministry",
            ["tag_page", "lowercase", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy phép môi trường cơ sở dệt nhuộm",
            "2023-08-15",
            "legal",
            ["tag_page", "lowercase", "legal_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Ngân Hải (Hồng Kông) đề xuất dự án dệt may 240 triệu USD tại Nam Định\nSáng 17/2, lãnh đạo Tập đoàn Ngân Hải, Hồng Kông (Trung Quốc) làm việc với UBND tỉnh Nam Định và trình bày ý tưởng đặt tổ hợp sợi, dệt, may trong KCN Dệt may Rạng Đông (Nghĩa Hưng).",
            "2024-02-19",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "proposal_no_deal",
                "working_session",
                "country_bracket",
                "bare_place_no_district",
                "multiline",
                "no_event",
            ],
            firms=[f("Ngân Hải", "Tập đoàn")],
            organizations=["Ủy ban nhân dân tỉnh Nam Định"],
            provinces=[pv("Nam Định")],
            money=[m(240 * M, "USD")],
            locations=[
                country("Hồng Kông"),
                country("Trung Quốc"),
                park("Khu công nghiệp Dệt may Rạng Đông"),
            ],
            events=[],
        ),
        h(
            n(),
            "Vinatex chuyển sang chế độ 'tiết kiệm năng lượng', cam kết giữ đủ việc làm cho người lao động",
            "2023-06-02",
            "ministry",
            ["headline_only", "no_event"],
            firms=[f("Vinatex")],
            events=[],
        ),
        h(
            n(),
            "agtek\n\nDệt may 2017: Vẫn chưa qua cơn khó\nDoanh thu năm 2016 của Vinatex tăng 9%, song lợi nhuận chỉ ngang năm trước.",
            "2017-02-20",
            "ministry",
            [
                "tag_page",
                "lowercase_acronym_tag_nothing",
                "headline_lead",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Vinatex")],
            percentages=[9],
            events=[],
        ),
        h(
            n(),
            "dệt nhuộm\n\nDoanh nghiệp dệt nhuộm đua nhau dựng cụm nguyên liệu\nVTV.vn - Hai năm qua, nhiều doanh nghiệp dệt may đã tự xây cụm công nghiệp dệt nhuộm để chủ động nguồn vải, đón hiệp định TPP.\n\nKhâu dệt nhuộm còn thiếu vốn lớn\nVTV.vn - Khâu dệt, nhuộm của Việt Nam cần khoảng 12 tỷ USD vốn, theo một hội thảo ngành dệt may diễn ra sáng 16/3 tại TP.HCM.",
            "2016-03-18",
            "ministry",
            ["tag_page", "teaser_list", "outlet_prefix_nothing", "approx", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(12 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Tái cơ cấu VINATEX: đề án 2013 - 2015 được Thủ tướng thông qua\nVTV.vn - Đề án tái cơ cấu Tập đoàn Dệt may Việt Nam cho giai đoạn 2013 - 2015 vừa được Thủ tướng Chính phủ phê duyệt.",
            "2016-03-18",
            "ministry",
            [
                "tag_page",
                "teaser",
                "caps_acronym_firm",
                "acronym_and_full_name_two_entries",
                "bare_pm_no_person",
                "multiline",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            firms=[f("Vinatex"), f("Dệt may Việt Nam", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Vì sao dệt may Việt 'ra biển lớn' bằng cả hai chân\nThiếu lao động, quy tắc xuất xứ ngày một chặt, nhiều doanh nghiệp dệt may Việt Nam đang đặt thêm nhà máy ở nước ngoài.",
            "2025-10-28",
            "ministry",
            ["headline_lead", "snippet_page", "plants_abroad_no_deal", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tag: điểm may gia công\n\nCơ sở may gia công, làng nghề lần lượt đóng cửa\nNhiều xưởng nhỏ, điểm may gia công và làng nghề khó trụ nổi trước hàng ngoại giá rẻ, nhất là hàng Trung Quốc bán qua mạng.",
            "2025-05-07",
            "provincial",
            ["tag_page", "headline_lead", "country_adjective", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bán sợi thô đi với 1,3 - 1,6 USD/kg rồi mua về vải thành phẩm 2 - 3,5 USD/m: hơn 82% vải nhập khẩu của Việt Nam có nguồn Trung Quốc.",
            "2016-09-05",
            "ministry",
            ["tag_page", "one_liner", "money_per_unit", "money_range", "percentage", "country"],
            money=[m(1.3, "USD", "kg"), m(1.6, "USD", "kg"), m(2, "USD", "m"), m(3.5, "USD", "m")],
            percentages=[82],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Đóng góp gần một phần ba giá trị sản xuất công nghiệp, nhưng dệt may vẫn có tỷ lệ nội địa hóa thấp đến đáng lo.",
            "2016-09-05",
            "ministry",
            ["tag_page", "one_liner", "fraction_no_percentage", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Video pages: a broadcaster's news digest and a trade magazine's video page on foreign money in dyeing, which
    # came back five times (S2 r4; S4 r4, S6 r1, S12 r4, S14 r1, S15 r2) ---
    rows += [
        h(
            n(),
            "Điểm tin trưa - 19/08/2016: Bộ Công Thương đề nghị quy hoạch khu công nghiệp dệt nhuộm cỡ lớn\n\nRTV Online\n3 (8214)\nThứ Sáu, 19/08/2016, 11:20 (GMT+7)\n\n(RTV) - Bộ Công Thương vừa kiến nghị Chính phủ thống nhất quy hoạch và cấp phép các khu công nghiệp dệt may tập trung rộng 400 - 800 ha, để mời nhà đầu tư làm vải, sợi, nhuộm hoàn tất chất lượng cao.",
            "2016-08-19",
            "ministry",
            [
                "video_page",
                "headline_lead",
                "outlet_nothing",
                "view_counter_nothing",
                "timestamp",
                "area_range",
                "policy_proposal_no_deal",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương", "Chính phủ"],
            areas=[ha(400), ha(800)],
            events=[],
        ),
        h(
            n(),
            "Mục đích là tránh cảnh mỗi địa phương tự quy hoạch, tự cấp phép chồng chéo, đồng thời tạo chỗ cho doanh nghiệp nhỏ và vừa khởi nghiệp thông qua các cụm công nghiệp.",
            "2016-08-19",
            "ministry",
            ["video_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vốn ngoại đổ vào khâu nhuộm\n\nBa năm qua, hàng loạt nhà máy sợi, dệt nhuộm vốn nước ngoài trị giá hàng chục triệu USD đã khánh thành, lấp dần chỗ trống về vải cho các xưởng may.\nKhánh Vy\n\nVideo khác",
            "2018-10-04",
            "ministry",
            [
                "video_page",
                "headline_lead",
                "vague_amount_none",
                "byline_person",
                "page_chrome",
                "multiline",
                "no_event",
            ],
            persons=[per("Khánh Vy", None)],
            events=[],
        ),
        h(
            n(),
            "Video khác\n\nDoanh nghiệp FDI rót vốn dệt nhuộm: nhìn lại ba năm\nKhánh Vy",
            "2018-10-04",
            "ministry",
            ["video_page", "page_chrome", "headline_only", "byline_person", "multiline", "no_event"],
            persons=[per("Khánh Vy", None)],
            events=[],
        ),
    ]
    # --- Documents, theses, explainers and portal pages: an export zone's treatment-station page (S1 r1), a document
    # store's thesis title (S1 r2), a translation-memory pair (S1 r3), a wastewater explainer (S1 r4), an internship
    # report (S3 r1), a dye-chemical seller's explainer (S3 r3), a journal article in broken OCR (S3 r4, S6 r2, S8 r3,
    # S11 r1, S13 r3, S15 r1, S16 r1), a cable maker's plant page (S5 r1, S13 r1), a course-paper cover (S6 r3), a
    # localisation explainer (S6 r4, S15 r3, S16 r2), a lifestyle feature on buttons (S8 r1), a report form (S8 r4), a
    # circular's title (S9 r1) and a spun legal review (S9 r4) ---
    rows += [
        h(
            n(),
            "Trạm xử lý nước thải\n\nNước thải công nghiệp và sinh hoạt của doanh nghiệp trong Khu chế xuất Hiệp Thạnh được xử lý sơ bộ đạt loại B ngay tại từng nhà máy, rồi theo đường ống chung về trạm tập trung để xử lý tiếp trước khi xả ra sông.",
            "2020-02-17",
            "provincial",
            ["portal_page", "section_title", "export_zone_park", "multiline", "no_event"],
            locations=[park("Khu chế xuất Hiệp Thạnh")],
            events=[],
        ),
        h(
            n(),
            "Trạm có công suất 12.000 m3/ngày đêm, chạy liên tục 24/24 và được quan trắc tự động.",
            "2020-02-17",
            "provincial",
            ["portal_page", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thiết kế trạm xử lý nước thải dệt nhuộm công suất 800 m3/ngày đêmthiết kế trạm xử lý nước thải dệt nhuộm công suất 800 m3/ngày đêmthiết kế trạm xử lý nước thải dệt nhuộm công suất 800 m3/ngày đêm\nTHIẾT KẾ TRẠM XỬ LÝ NƯỚC THẢI DỆT NHUỘM CÔNG SUẤT 800 M3/NGÀY ĐÊM ________________________ LỜI MỞ ĐẦU",
            "2015-12-01",
            "ministry",
            [
                "document_store",
                "repeated_title",
                "glued_words",
                "caps_title",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Ngành dệt nhuộm đã đầu tư nhiều trang thiết bò, máy móc và dùng nguyên liệu nhập từ nhiều nước …, nhờ vậy cả năng suất lẫn chất lượng đều tăng rõ, và ngành đã giữ một vò trí quan trọng trong nền kinh tế.",
            "2015-12-01",
            "ministry",
            ["document_store", "broken_diacritics", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mỗi khu công nghiệp dệt nhuộm đều có trạm xử lý nước thải tập trung công suất 2.000 - 5.000 m3/ngày, thải ra chừng 250 tấn bùn mỗi tháng\nEvery textile dyeing zone has its own central treatment plant of 2,000-5,000 m3 a day, generating around 250 tonnes of sludge monthly",
            "2021-06-25",
            "ministry",
            [
                "translation_memory",
                "bilingual",
                "capacity_no_count",
                "tonnage_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Mục lục bài viết\nXử lý nước thải dệt nhuộm trong khu công nghiệp: quy trình và lưu ý\n1. Vì sao nước thải dệt nhuộm phải xử lý riêng\n1.1. Độ màu và COD cao",
            "2024-07-08",
            "ministry",
            [
                "vendor_explainer",
                "table_of_contents",
                "numbered_heading",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "2. Quy trình xử lý nước thải dệt nhuộm tập trung\n2.1. Song chắn rác và bể điều hòa\n2.2. Keo tụ, tạo bông và lắng hóa lý",
            "2024-07-08",
            "ministry",
            ["vendor_explainer", "numbered_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Không được xử lý đúng cách, thuốc nhuộm và kim loại nặng trong nước thải sẽ ngấm vào đất, hại cây trồng, vật nuôi và sức khỏe người dân sống quanh khu công nghiệp.",
            "2024-07-08",
            "ministry",
            ["vendor_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Báo cáo thực tập tại Công ty Cổ phần Dệt nhuộm Hòa An\n\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (2.91 MB, 88 trang )",
            "2019-04-23",
            "ministry",
            [
                "document_store",
                "internship_report",
                "page_count_no_count",
                "page_chrome",
                "multiline",
                "no_event",
            ],
            firms=[f("Dệt nhuộm Hòa An", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\n Chương 1: TỔNG QUAN VỀ CÔNG TY CỔ PHẦN DỆT NHUỘM HÒA AN ....................... 4\n 1.1.2. Các sản phẩm của công ty ................................ 7\n 1.2. Giới thiệu về xí nghiệp nhuộm Tân Hòa ........................ 11",
            "2019-04-23",
            "ministry",
            [
                "document_store",
                "table_of_contents",
                "dotted_leaders",
                "caps_firm_title_cased",
                "unit_name_no_firm",
                "page_numbers_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Dệt nhuộm Hòa An", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Hóa chất dệt nhuộm là nhiều nhóm chất được dùng ở mọi khâu, từ xử lý xơ sợi thô cho tới hoàn tất vải, để vải lên màu bền, có cảm giác tay (hand-feel) như mong muốn và thêm những tính năng đặc biệt.",
            "2025-03-14",
            "ministry",
            ["vendor_explainer", "bracketed_english", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dệt nhuộm thuộc nhóm ngành dùng nhiều hóa chất nhất, với danh mục sản phẩm rất rộng và phức tạp.",
            "2025-03-14",
            "ministry",
            ["vendor_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2. Hóa chất trợ nhuộm (Dyeing Auxiliaries):\nChất đều màu (Levelling Agents): giúp thuốc nhuộm bám đều lên xơ, tránh loang màu.\nChất cầm màu (Fixing Agents): tăng độ bền màu khi giặt.",
            "2025-03-14",
            "ministry",
            [
                "vendor_explainer",
                "numbered_heading",
                "bracketed_english",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "NHÌN RA THẾ GIỚI Phát triển khâu dệt nhuộm ở một số nước châu Á: Kinh nghiệm cho Việt Nam1 PHẠM THỊ THU HÀ * ĐẶNG VĂN LỢI ** NGÔ THỊ KIM OANH *** TRẦN QƯỐC BẢO ****",
            "2022-08-30",
            "ministry",
            [
                "document_store",
                "broken_ocr",
                "caps_authors_title_cased",
                "footnote_marks",
                "region_nothing",
                "no_event",
            ],
            persons=[
                per("Phạm Thị Thu Hà", None),
                per("Đặng Văn Lợi", None),
                per("Ngô Thị Kim Oanh", None),
                per("Trần Quốc Bảo", None),
            ],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt: Dù ngành dệt may tăng trưởng mạnh, khâu dệt nhuộm của Việt Nam cịn yếu, phải nhập phần lớn vải từ nước ngồi Bài viết phân tích kinh nghiệm của Trung Quốc, Ân Độ Bangladesh, từ đó đề xuất sơ' giải pháp cho doanh nghiệp",
            "2022-08-30",
            "ministry",
            ["document_store", "broken_ocr", "country_list", "typo_read_as_meant", "no_event"],
            locations=[country("Trung Quốc"), country("Ấn Độ"), country("Bangladesh")],
            events=[],
        ),
        h(
            n(),
            "Khái niệm khu dệt nhuộm tập trung Theo Porter (1998), cụm ngành là tập hợp doanh nghiệp liên kết về địa lý (Ketels cộng sự, 2006; Delgado cộng 2014)",
            "2022-08-30",
            "ministry",
            ["document_store", "broken_ocr", "citation_surnames_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bangladesh: Chính phủ quy hoạch 4 khu dệt nhuộm có hệ thống xử lý nước thải chung, mỗi khu khoảng 200 ha, phần lớn gần cảng Chittagong (BGMEA, 2021)",
            "2022-08-30",
            "ministry",
            [
                "document_store",
                "country_label",
                "count",
                "area",
                "approx",
                "foreign_city_nothing",
                "org_acronym_citation",
            ],
            organizations=["BGMEA"],
            quantities=[c(4, "khu dệt nhuộm")],
            areas=[ha(200, True)],
            locations=[country("Bangladesh")],
            events=[],
        ),
        h(
            n(),
            "Ấn Độ: Bộ Dệt may lập quỹ nâng cấp công nghệ cho khâu nhuộm, hỗ trợ 10 - 15% vốn mua máy móc (Bộ Dệt may Ấn Độ, 2020)",
            "2022-08-30",
            "ministry",
            [
                "document_store",
                "country_label",
                "percentage_range",
                "citation_org",
                "country_in_org_name",
                "no_event",
            ],
            organizations=["Bộ Dệt may Ấn Độ"],
            percentages=[10, 15],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc: từ sau 2015, các tỉnh Chiết Giang, Giang Tô dồn cơ sở nhuộm nhỏ vào khu tập trung có xử lý nước thải chung (Zhang cộng sự, 2019)",
            "2022-08-30",
            "ministry",
            [
                "document_store",
                "broken_ocr",
                "country_label",
                "foreign_provinces_nothing",
                "citation_surnames_nothing",
                "no_event",
            ],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "* Trường Đại học Ngoại thương ** Viện Kinh tế và Chính trị thế giới *** Học viện Chính sách và Phát triển",
            "2022-08-30",
            "ministry",
            ["document_store", "footnote_affiliations", "no_event"],
            organizations=[
                "Trường Đại học Ngoại thương",
                "Viện Kinh tế và Chính trị thế giới",
                "Học viện Chính sách và Phát triển",
            ],
            events=[],
        ),
        h(
            n(),
            "KẾT LUẬN Để gỡ nút thắt ở khâu dệt nhuộm, cần (1) quy hoạch các khu nhuộm tập trung, (2) có chính sách tín dụng xanh, (3) nâng tỷ lệ vải sản xuất trong nước lên trên 40%",
            "2022-08-30",
            "ministry",
            ["document_store", "caps_heading", "numbered_items", "percentage", "no_event"],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Nhà máy khởi công tháng 3/1996 và được nâng cấp liên tục trong hơn 20 năm để theo kịp từng giai đoạn sản xuất\n\nv   Diện tích đất  8.200 m2\n\nv   Diện tích nhà xưởng 3.150 m2",
            "2014-05-12",
            "ministry",
            ["company_page", "bullet_markers", "m2_to_ha", "duration_no_count", "multiline", "no_event"],
            areas=[ha(0.82), ha(0.315)],
            events=[],
        ),
        h(
            n(),
            "v   Các dây chuyền gồm\n\n  Ø       Dây chuyền nhuộm sợi và đánh ống\n\n  Ø       2 dây chuyền se sợi\n\n  Ø       Dây chuyền sản xuất chỉ may",
            "2014-05-12",
            "ministry",
            ["company_page", "bullet_markers", "count", "multiline", "no_event"],
            quantities=[c(2, "dây chuyền se sợi")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ KỸ THUẬT BÌNH DƯƠNG KHOA QUẢN TRỊ MÔN: ĐẦU TƯ QUỐC TẾ BÀI TIỂU LUẬN: VỐN FDI VÀO KHÂU SỢI, DỆT, NHUỘM CỦA VIỆT NAM HỌ VÀ TÊN: LÂM NGỌC TRÂM MSSV: 21135046 GVHD: VÕ THỊ HẠNH",
            "2023-01-10",
            "ministry",
            [
                "course_paper_cover",
                "caps_names_title_cased",
                "label_role",
                "student_number_nothing",
                "province_in_org_name",
                "no_event",
            ],
            organizations=["Trường Đại học Kinh tế Kỹ thuật Bình Dương"],
            provinces=[pv("Bình Dương")],
            persons=[per("Lâm Ngọc Trâm", None), per("Võ Thị Hạnh", "GVHD")],
            events=[],
        ),
        h(
            n(),
            "Tỷ lệ nội địa hoá của dệt may Việt Nam hiện chỉ quanh 47%. Năm 2021, xuất khẩu đạt 40,4 tỷ USD nhưng ngành phải nhập tới 27,1 tỷ USD nguyên phụ liệu.",
            "2022-04-19",
            "ministry",
            ["explainer", "old_tone", "percentage", "statistics", "no_event"],
            percentages=[47],
            money=[m(40.4 * B, "USD"), m(27.1 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "EVFTA đòi quy tắc xuất xứ 'từ vải trở đi': vải dùng để may hàng xuất sang EU phải dệt tại Việt Nam, tại nước thành viên EU hoặc ở nước có FTA với EU như Hàn Quốc.",
            "2022-04-19",
            "ministry",
            ["explainer", "bloc_nothing", "country", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "-\nViệt Nam đã tham gia 17 hiệp định thương mại tự do (FTA), trong đó có 3 FTA thế hệ mới, mở ra cơ hội lớn nhưng đi kèm yêu cầu xuất xứ khắt khe.",
            "2022-04-19",
            "ministry",
            ["explainer", "dash_line", "count", "multiline", "no_event"],
            quantities=[c(17, "hiệp định thương mại tự do"), c(3, "FTA thế hệ mới")],
            events=[],
        ),
        h(
            n(),
            "Với CPTPP, hàng dệt may phải theo quy tắc 'từ sợi trở đi': cả ba công đoạn kéo sợi, dệt vải và cắt may đều phải làm ở nước thành viên.",
            "2022-04-19",
            "ministry",
            ["nfd", "explainer", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chiếc khuy áo và sức nặng của một thương hiệu\nNgày đăng: 22/05/25\nTừ một phụ kiện nhỏ, chiếc khuy áo đang thành chi tiết đắt giá, mở cửa cho xưởng Việt bước vào chuỗi thời trang cao cấp.",
            "2025-05-22",
            "ministry",
            ["lifestyle_feature", "headline_lead", "post_date_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lặng lẽ hơn các sàn diễn, nhiều xưởng ở Việt Nam từ lâu đã làm những chiếc khuy tinh xảo cho các bộ sưu tập của Chanel, Hermès hay Burberry.",
            "2025-05-22",
            "ministry",
            ["lifestyle_feature", "brands_as_firms", "no_event"],
            firms=[f("Chanel"), f("Hermès"), f("Burberry")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 5.000 năm trước, ở nền văn minh lưu vực sông Ấn, những chiếc khuy đầu tiên được làm từ vỏ sò.",
            "2025-05-22",
            "ministry",
            ["lifestyle_feature", "duration_no_count", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "NHẬN XÉT CỦA GIÁO VIÊN PHẢN BIỆN\n…………………………………………………………\n…………………………………………………………\nHà Nội, ngày … tháng … năm 2019\nGiáo viên nhận xét\n(Kí và ghi rõ họ tên)",
            "2019-06-03",
            "ministry",
            ["document_store", "report_form", "blank_date", "place_date_line", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Thông tư số 21/2017/TT-BKHCN sửa đổi quy định về ghi nhãn hàng hoá",
            "2022-10-11",
            "legal",
            ["title_page", "old_tone", "circular_no_date", "no_event"],
            decisions=[d("21/2017/TT-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "Mục lục bài viết\nCập Nhật: 2023-03-08 09:14:27,You Cần biết về Quy định mới nhất về ghi nhãn hàng dệt may & phụ liệu. Bạn trọn vẹn có thể để lại phản hồi ở phía dưới để Ad được tương hỗ.\nHoạt động nghiệp vụ tại Chi cục Hải quan cửa khẩu cảng Cái Lân. Ảnh: Minh Đức",
            "2023-03-08",
            "legal",
            ["spun_text", "page_chrome", "timestamp", "photo_credit_person", "multiline", "no_event"],
            organizations=["Chi cục Hải quan cửa khẩu cảng Cái Lân"],
            persons=[per("Minh Đức", None)],
            events=[],
        ),
        h(
            n(),
            "Cụ thể, Nghị định số 111/2021/NĐ-CP (phát hành ngày 9/12/2021) đã chỉnh sửa, bổ trợ nhiều điều của Nghị định số 43/2017/NĐ-CP về ghi nhãn, và Tổng cục Hải quan đã có văn bản hướng dẫn tiến hành.",
            "2023-03-08",
            "legal",
            ["spun_text", "decree_with_date", "decree_no_date", "no_event"],
            decisions=[d("111/2021/NĐ-CP", "2021-12-09"), d("43/2017/NĐ-CP")],
            organizations=["Tổng cục Hải quan"],
            events=[],
        ),
        h(
            n(),
            "Trường hợp hàng dệt may xuất khẩu được làm từ nhiều nguồn nguyên vật tư, không xác lập được nguồn gốc, thì nhãn ghi nơi tiến hành công đoạn sau cùng để hoàn thiện sản phẩm, bằng những cụm như “hoàn thiện tại” hay “lắp ráp tại”.",
            "2023-03-08",
            "legal",
            ["spun_text", "legal_explainer", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Quảng Ninh park's FDI year with its largest dyeing project and a medical project to be
    # licensed (S2 r3) ---
    rows += [
        h(
            n(),
            "KCN Hà Cối Tây (Quảng Ninh) đón gần 270 triệu USD vốn FDI trong năm 2025\nLớn nhất là nhà máy nhuộm Vạn Thuận Việt Nam do Công ty TNHH Thương mại Quốc tế Vạn Thuận (Singapore) làm chủ đầu tư: 118 triệu USD, công suất 75.000 tấn vải nhuộm và in hoa mỗi năm.",
            "2025-12-19",
            "provincial",
            [
                "headline_lead",
                "investor_line",
                "deal_no_event",
                "plant_name_no_firm",
                "park_province_bracket",
                "country_bracket",
                "capacity_no_count",
                "approx",
                "multiline",
            ],
            firms=[f("Thương mại Quốc tế Vạn Thuận", "Công ty TNHH")],
            provinces=[pv("Quảng Ninh")],
            money=[m(270 * M, "USD", approx=True), m(118 * M, "USD")],
            locations=[park("Khu công nghiệp Hà Cối Tây"), country("Singapore")],
            deals=[deal("investment", ["Thương mại Quốc tế Vạn Thuận"], 118 * M, QN)],
            events=[],
        ),
        h(
            n(),
            "Trước cuối năm, dự án vật tư y tế Sunvale Việt Nam, tổng vốn trên 55 triệu USD, của SUNVALE MEDICAL HOLDINGS CO., LIMITED sẽ được trao Giấy chứng nhận đăng ký đầu tư.",
            "2025-12-19",
            "provincial",
            ["future_licence", "object_first", "caps_firm_title_cased", "foreign_form", "approx", "no_site"],
            firms=[f("Sunvale Medical Holdings", "Co., Limited")],
            money=[m(55 * M, "USD", approx=True)],
            deals=[deal("investment", ["Sunvale Medical Holdings"], 55 * M)],
            events=[
                ev("investment_licence", [F("Sunvale Medical Holdings")], 55 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Chủ đầu tư hạ tầng đang hoàn tất thủ tục cho giai đoạn II rộng khoảng 480 ha, ưu tiên công nghệ cao, công nghiệp hỗ trợ và các ngành thân thiện với môi trường.",
            "2025-12-19",
            "provincial",
            ["park_phase", "unnamed_developer", "area", "approx", "no_event"],
            areas=[ha(480, True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Chinese group's spinning line runs in a Quảng Ninh seaport park (S4 r1) ---
    rows += [
        h(
            n(),
            "Dây chuyền kéo sợi của Tập đoàn Hằng Xương tại KCN - Cảng biển Vạn Ninh Đông (Quảng Ninh) |\nTheo Ban Quản lý Khu kinh tế Quảng Ninh, Công ty TNHH Khoa học kỹ thuật Hằng Xương Bắc Hải, nhà đầu tư thứ cấp đầu tiên vào khu, đã chạy thử thành công dây chuyền kéo sợi của nhà máy số 1 (110.000 cọc sợi) và xuất khẩu những lô sợi đầu tiên.",
            "2016-03-29",
            "ministry",
            [
                "nfd",
                "caption_pipe",
                "first_output_opening",
                "inauguration_no_capital",
                "parent_group_mention",
                "province_in_org_name",
                "ordinal_not_count",
                "spindles_no_count",
                "multiline",
            ],
            firms=[f("Hằng Xương", "Tập đoàn"), f("Khoa học kỹ thuật Hằng Xương Bắc Hải", "Công ty TNHH")],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            locations=[park("Khu công nghiệp - Cảng biển Vạn Ninh Đông")],
            events=[
                ev("inauguration", [F("Khoa học kỹ thuật Hằng Xương Bắc Hải")], None, None, QN, "completed")
            ],
        ),
        h(
            n(),
            "Giai đoạn I có hai nhà máy kéo sợi, tổng 240.000 cọc, vốn 85 triệu USD; nhà máy thứ hai (130.000 cọc) dự kiến xong vào tháng 5/2016.",
            "2016-03-29",
            "ministry",
            ["phase_amount_no_firm", "count_in_words", "spindles_no_count", "no_event"],
            money=[m(85 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Toàn dự án 280 triệu USD gồm 3 xưởng kéo sợi, 3 xưởng dệt vải và 2 xưởng nhuộm; cộng thêm hai nhà máy 460.000 cọc mà Hằng Xương đặt ở Đồng Nai từ năm 2008, tập đoàn sẽ có khoảng 1,2 triệu cọc sợi.",
            "2016-03-29",
            "ministry",
            [
                "project_total_no_firm",
                "count",
                "recalled_plant",
                "deal_no_event",
                "count_in_words",
                "spindles_no_count",
            ],
            firms=[f("Hằng Xương")],
            provinces=[pv("Đồng Nai")],
            money=[m(280 * M, "USD")],
            quantities=[c(3, "xưởng kéo sợi"), c(3, "xưởng dệt vải"), c(2, "xưởng nhuộm")],
            deals=[deal("investment", ["Hằng Xương"], None, DNai)],
            events=[],
        ),
        h(
            n(),
            "Theo Hiệp hội Dệt may Việt Nam (Vitas), mới đây Tập đoàn Kanpur Birla, tên tuổi hàng đầu của Ấn Độ về nguyên phụ liệu dệt may, cũng đã",
            "2016-03-29",
            "ministry",
            ["cut_off", "org_acronym_bracket", "country", "no_event"],
            organizations=["Hiệp hội Dệt may Việt Nam"],
            firms=[f("Kanpur Birla", "Tập đoàn")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Theo lộ trình, đến cuối năm 2017 hai dự án của Hằng Xương ở Quảng Ninh sẽ có tổng cộng 750.000 cọc sợi và 1.100 máy dệt.",
            "2016-03-29",
            "ministry",
            ["schedule", "spindles_no_count", "count", "count_in_words", "no_event"],
            firms=[f("Hằng Xương")],
            provinces=[pv("Quảng Ninh")],
            quantities=[c(1100, "máy dệt")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a province's approval in principle for a coloured-yarn project (S4 r2) ---
    rows += [
        h(
            n(),
            "Nhà đầu tư dệt nhuộm Hồng Kông mang 128 triệu USD về Long An\n\nDự án kéo sợi màu rộng 18,6 ha của Công ty Kim Thái (Hồng Kông) trong KCN Long Cang Tây (xã Long Cang, huyện Cần Đước) vừa được UBND tỉnh Long An chấp thuận về nguyên tắc.",
            "2015-07-22",
            "provincial",
            [
                "nfd",
                "headline_lead",
                "approval_in_principle_licence",
                "object_first_passive",
                "headline_amount",
                "country_bracket",
                "area",
                "district",
                "multiline",
            ],
            firms=[f("Kim Thái", "Công ty")],
            organizations=["Ủy ban nhân dân tỉnh Long An"],
            provinces=[pv("Long An")],
            money=[m(128 * M, "USD")],
            areas=[ha(18.6)],
            locations=[
                country("Hồng Kông"),
                park("Khu công nghiệp Long Cang Tây"),
                district("huyện Cần Đước"),
            ],
            deals=[deal("investment", ["Kim Thái"], 128 * M, LA)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Long An"), F("Kim Thái")],
                    128 * M,
                    "USD",
                    LA,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Nhà máy sẽ nhuộm bông rồi kéo thành sợi màu cho các xưởng dệt trong nước và xuất khẩu; Ban Quản lý Khu kinh tế tỉnh Long An được giao hướng dẫn Kim Thái làm các thủ tục về đầu tư, môi trường, xây dựng.\n\nTin bài liên quan",
            "2015-07-22",
            "provincial",
            ["assigned_board_no_party", "province_in_org_name", "related_footer", "multiline", "no_event"],
            firms=[f("Kim Thái")],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Long An"],
            provinces=[pv("Long An")],
            events=[],
        ),
    ]
    # --- Vietnamese news, print view: a state group's unit breaks ground on a yarn plant in Bạc Liêu (S4 r3) ---
    rows += [
        h(
            n(),
            "Báo Kinh tế Miền Tây\n\nGần 480 tỷ đồng dựng nhà máy sợi đầu tiên ở bán đảo Cà Mau\n\nThứ Năm, 17/01/2019 09:30",
            "2019-01-17",
            "provincial",
            [
                "print_view",
                "outlet_nothing",
                "headline_no_firm",
                "region_nothing",
                "timestamp",
                "approx",
                "multiline",
                "no_event",
            ],
            money=[m(480 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Sáng 16-1, tại TP Bạc Liêu, Công ty CP Sợi Phương Nam (thuộc Tập đoàn Dệt may Việt Nam) làm lễ khởi công Nhà máy sợi Phương Nam - Bạc Liêu trong KCN Trà Kha, phường 8. Nhà máy rộng 42.000 m2, tổng vốn gần 480 tỷ đồng, thi công 22 tháng.",
            "2019-01-17",
            "provincial",
            [
                "groundbreaking",
                "parent_group_bracket",
                "plant_name_no_firm",
                "m2_to_ha",
                "approx",
                "duration_no_count",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Sợi Phương Nam", "Công ty CP"), f("Dệt may Việt Nam", "Tập đoàn")],
            provinces=[pv("Bạc Liêu")],
            money=[m(480 * B, "VND", approx=True)],
            areas=[ha(4.2)],
            locations=[park("Khu công nghiệp Trà Kha")],
            deals=[deal("groundbreaking", ["Sợi Phương Nam"], 480 * B, CM, "2019-01-16")],
            events=[ev("groundbreaking", [F("Sợi Phương Nam")], 480 * B, "VND", CM, "started")],
        ),
        h(
            n(),
            "Giai đoạn I cần 260 tỷ đồng, làm 3.200 tấn sợi/năm và dự kiến chạy vào cuối năm 2019; giai đoạn II thêm 220 tỷ đồng, nâng sản lượng lên 4.200 tấn/năm.",
            "2019-01-17",
            "provincial",
            ["phase_amounts_no_firm", "capacity_no_count", "no_event"],
            money=[m(260 * B, "VND"), m(220 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Ông Lê Minh Trác, Chủ tịch HĐQT Tập đoàn Dệt may Việt Nam, cho biết dây chuyền nhập từ châu Âu, Nhật Bản, Ấn Độ sẽ làm sợi cotton chải thô, chải kỹ và sợi pha; nhà máy dự kiến đem về doanh thu 510 tỷ đồng/năm và việc làm cho 480 lao động.\n\nT.K",
            "2019-01-17",
            "provincial",
            [
                "role_after_name",
                "reported_speech",
                "country_list",
                "region_nothing",
                "money_per_year",
                "count",
                "initials_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Minh Trác", "Chủ tịch HĐQT Tập đoàn Dệt may Việt Nam")],
            firms=[f("Dệt may Việt Nam", "Tập đoàn")],
            money=[m(510 * B, "VND", "năm")],
            quantities=[c(480, "lao động")],
            locations=[country("Nhật Bản"), country("Ấn Độ")],
            events=[],
        ),
    ]
    # --- Vietnamese news on a social property site: a fibre maker's unit opens a yarn and fabric plant in Tây Ninh
    # (S5 r4) ---
    rows += [
        h(
            n(),
            "Thông tin\n- home Trang chủ\n- workspace_premium Sự kiện\n- play_lesson Video đã lưu\nThành viên nổi bật\n-\nDiệp Thanh Hải\n905\n-\nLương Bảo Ngọc\n788\n-\nkhoa.nm\n311\n2 ngày trước-\nflag Báo cáo vi phạm\nTây Ninh đón nhà máy sợi, vải 120 triệu USD",
            "2026-01-23",
            "provincial",
            [
                "social_site_chrome",
                "member_names_persons",
                "handle_nothing",
                "point_counts_nothing",
                "headline_no_firm",
                "multiline",
                "no_event",
            ],
            persons=[per("Diệp Thanh Hải", None), per("Lương Bảo Ngọc", None)],
            provinces=[pv("Tây Ninh")],
            money=[m(120 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Xơ sợi Hưng Thái vừa cắt băng đưa vào vận hành nhà máy sợi tổng hợp và vải thành phẩm Thái Tex ở KCN Phước Đông, tỉnh Tây Ninh.",
            "2026-01-23",
            "provincial",
            ["nfd", "inauguration_no_capital", "plant_brand_no_firm"],
            firms=[f("Xơ sợi Hưng Thái", "Công ty CP")],
            provinces=[pv("Tây Ninh")],
            locations=[park("Khu công nghiệp Phước Đông")],
            events=[ev("inauguration", [F("Xơ sợi Hưng Thái")], None, None, TNi, "completed")],
        ),
        h(
            n(),
            "Đại biểu ấn nút khánh thành nhà máy Thái Tex chiều 21/1",
            "2026-01-23",
            "provincial",
            ["caption", "plant_brand_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "3.150 tỷ đồng, tức khoảng 120 triệu USD, là tổng vốn của dự án do Công ty TNHH Sợi Dệt Nhuộm Thái Tex – công ty con 100% vốn của Hưng Thái – làm chủ đầu tư; riêng giai đoạn 1 đã rót 2.040 tỷ đồng.",
            "2026-01-23",
            "provincial",
            [
                "amount_first",
                "investor_line",
                "deal_no_event",
                "subsidiary_apposition",
                "short_name_second_entry",
                "conversion",
                "approx",
                "percentage",
            ],
            firms=[f("Sợi Dệt Nhuộm Thái Tex", "Công ty TNHH"), f("Hưng Thái")],
            money=[m(3150 * B, "VND"), m(120 * M, "USD", approx=True), m(2040 * B, "VND")],
            percentages=[100],
            deals=[deal("investment", ["Sợi Dệt Nhuộm Thái Tex"], 3150 * B)],
            events=[],
        ),
        h(
            n(),
            "Hưng Thái không lạ với Tây Ninh: từ năm 2010 công ty đã chạy một nhà máy 40.000 tấn sợi/năm ở KCN Trảng Bàng, nơi hiện có hơn 430 công nhân.",
            "2026-01-23",
            "provincial",
            ["recalled_plant", "deal_no_event", "capacity_no_count", "count", "approx"],
            firms=[f("Hưng Thái")],
            provinces=[pv("Tây Ninh")],
            quantities=[c(430, "công nhân", True)],
            locations=[park("Khu công nghiệp Trảng Bàng")],
            deals=[deal("investment", ["Hưng Thái"], None, TNi)],
            events=[],
        ),
        h(
            n(),
            "Được biết, Công ty Thái Tex đã xong giai đoạn 1 và cho nhà máy chạy từ đầu năm 2026.",
            "2026-01-23",
            "provincial",
            ["first_output_opening", "inauguration_no_capital", "short_firm_name", "no_site"],
            firms=[f("Thái Tex", "Công ty")],
            events=[ev("inauguration", [F("Thái Tex")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Dự án chia hai giai đoạn; khi giai đoạn 1 chạy ổn định, Hưng Thái sẽ làm tiếp giai đoạn 2.",
            "2026-01-23",
            "provincial",
            ["phase_plan", "announced_investment_no_amount", "count_in_words", "no_site"],
            firms=[f("Hưng Thái")],
            deals=[deal("investment", ["Hưng Thái"])],
            events=[ev("investment_announcement", [F("Hưng Thái")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Sợi của Hưng Thái giúp các xưởng vải trong nước đáp ứng điều kiện xuất xứ, khi sản phẩm dệt may cần hơn 50% nguyên",
            "2026-01-23",
            "provincial",
            ["cut_off", "percentage", "no_event"],
            firms=[f("Hưng Thái")],
            percentages=[50],
            events=[],
        ),
    ]
    # --- A legal-news listing: a city's land lease for a dyeing plant, glued to the next headline (S9 r3) ---
    rows += [
        h(
            n(),
            "Đầu tư\n\nThêm một nhà máy dệt nhuộm hơn 9.800m² ở Quốc Oai\nUBND TP Hà Nội ban hành Quyết định số 2964/QĐ-UBND cho Công ty TNHH Dệt Phú Cát thuê 9.812m² đất trong Cụm công nghiệp Thạch Thán để xây nhà máy dệt nhuộm.\nTiếp nhận hồ sơ đề nghị làm chủ đầu tư hạ tầng cụm công nghiệp Liên Phương",
            "2024-09-05",
            "provincial",
            [
                "listing_page",
                "section_label",
                "headline_lead",
                "committee_land_lease",
                "government_party",
                "no_deal",
                "area_m2",
                "approx",
                "bare_place_nothing",
                "glued_next_headline",
                "multiline",
            ],
            firms=[f("Dệt Phú Cát", "Công ty TNHH")],
            organizations=["Ủy ban nhân dân TP Hà Nội"],
            provinces=[pv("Hà Nội")],
            decisions=[d("2964/QĐ-UBND")],
            areas=[ha(0.98, True), ha(0.9812)],
            locations=[park("Cụm công nghiệp Thạch Thán"), park("Cụm công nghiệp Liên Phương")],
            events=[ev("cooperation", [G("UBND TP Hà Nội"), F("Dệt Phú Cát")], None, None, HN, "signed")],
        ),
    ]
    # --- Vietnamese news: Nam Định as the North's textile hub, with a licence and a cut-off project (S10 r1) ---
    rows += [
        h(
            n(),
            "Nam Định muốn thành trung tâm dệt may phía Bắc\nĐược nhiều doanh nghiệp dệt nhuộm và sản xuất vải chọn đặt nhà máy, Nam Định đang có thêm sức hút trong ngành dệt may.",
            "2024-08-12",
            "provincial",
            ["headline_lead", "feature", "region_nothing", "multiline", "no_event"],
            provinces=[pv("Nam Định")],
            events=[],
        ),
        h(
            n(),
            "Điều đó cho thấy tỉnh đã chọn đúng hướng khi muốn đưa Nam Định thành trung tâm dệt may của miền Bắc, góp phần giữ nhịp tăng trưởng cho ngành dệt may cả nước.",
            "2024-08-12",
            "provincial",
            ["nfd", "feature", "region_nothing", "no_event"],
            provinces=[pv("Nam Định")],
            events=[],
        ),
        h(
            n(),
            "Trong khi khâu sợi và khâu may đều đã lớn, dệt và nhuộm vẫn là điểm nghẽn của ngành dệt may Việt Nam suốt nhiều năm.",
            "2024-08-12",
            "provincial",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "11 triệu USD là vốn của dự án sợi và dệt nhuộm mà Lianfeng (Hong Kong) Limited được Ban Quản lý các KCN tỉnh Nam Định cấp giấy chứng nhận đăng ký đầu tư hồi đầu tháng 6/2024, đặt trong KCN Dệt may Rạng Đông.",
            "2024-08-12",
            "provincial",
            [
                "nfd",
                "amount_first",
                "licence_by_board",
                "place_in_firm_name",
                "limited_form",
                "province_in_org_name",
                "month_no_day",
            ],
            firms=[f("Lianfeng (Hong Kong)", "Limited")],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Nam Định"],
            provinces=[pv("Nam Định")],
            money=[m(11 * M, "USD")],
            locations=[park("Khu công nghiệp Dệt may Rạng Đông")],
            deals=[deal("investment", ["Lianfeng (Hong Kong)"], 11 * M, NDi)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Nam Định"), F("Lianfeng (Hong Kong)")],
                    11 * M,
                    "USD",
                    NDi,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Nhà đầu tư đang đẩy nhanh các hạng mục để kịp đưa nhà máy vào sản xuất tháng 9/2025, mỗi năm cho ra gần 48 triệu m2 vải cao cấp từ cotton, poly, nylon, viscose và tencel.",
            "2024-08-12",
            "provincial",
            ["schedule", "output_not_area", "no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tháng 3/2024, Ocean Denim Textiles (BVI) Limited, thuộc Tập đoàn Ocean Star, Hồng Kông (Trung Quốc), cũng",
            "2024-08-12",
            "provincial",
            [
                "cut_off",
                "limited_form",
                "place_in_firm_name",
                "parent_group_mention",
                "country_list",
                "no_event",
            ],
            firms=[f("Ocean Denim Textiles (BVI)", "Limited"), f("Ocean Star", "Tập đoàn")],
            locations=[country("Hồng Kông"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese features: a yarn maker's recycled PET yarn and its US resin supplier (S11 r2, S11 r3) ---
    rows += [
        h(
            n(),
            "multi-media / Megastory\n\nSáu năm, Sợi Bình An đưa 2,9 tỉ chai nhựa PET trở lại thành sợi",
            "2024-11-26",
            "ministry",
            ["feature", "page_label", "headline_only", "count", "multiline", "no_event"],
            firms=[f("Sợi Bình An")],
            quantities=[c(2_900_000_000, "chai nhựa PET")],
            events=[],
        ),
        h(
            n(),
            "Sáu năm qua, doanh nghiệp này gián tiếp đưa khoảng 2,9 tỉ chai PET trở lại thành sợi, đủ để may hơn 280 triệu chiếc áo thể thao bán ra khắp thế giới.",
            "2024-11-26",
            "ministry",
            ["feature", "lead", "count", "approx", "duration_no_count", "no_event"],
            quantities=[c(2_900_000_000, "chai PET", True), c(280_000_000, "chiếc áo thể thao", True)],
            events=[],
        ),
        h(
            n(),
            "Bảy năm trước, khi ghé một nhà máy của Norcross Fibers, tập đoàn Mỹ chuyên vật liệu dệt may, ông Quách Gia Vĩnh, CEO Sợi Bình An, tận mắt thấy chai PET cũ được băm nhỏ, nấu chảy rồi kéo thành sợi.",
            "2024-11-26",
            "ministry",
            ["feature", "role_after_name", "apposition_country", "visit_no_deal", "no_event"],
            firms=[f("Norcross Fibers"), f("Sợi Bình An")],
            persons=[per("Quách Gia Vĩnh", "CEO Sợi Bình An")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "“Norcross chỉ bán hạt nhựa tái chế cho chúng tôi để làm sợi mang thương hiệu Evergreen”, ông Vĩnh nói tại văn phòng trong nhà máy ở tỉnh Tây Ninh.",
            "2024-11-26",
            "ministry",
            [
                "quote_first",
                "supplier_status_no_contract",
                "surname_alone_no_person",
                "brand_nothing",
                "no_event",
            ],
            firms=[f("Norcross")],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "“Nếu không theo đuổi phát triển bền vững ngay từ ngày đầu, chúng tôi đã không đủ năng lực để đón cơ hội này”, ông Vĩnh nói.",
            "2024-11-26",
            "ministry",
            ["quote_first", "surname_alone_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trong chuỗi của Norcross, Sợi Bình An là trường hợp hiếm: được làm sợi tái chế mang thương hiệu riêng thay vì chỉ nhận gia công như nhiều nhà máy khác.",
            "2024-11-26",
            "ministry",
            ["feature", "no_event"],
            firms=[f("Norcross"), f("Sợi Bình An")],
            events=[],
        ),
        h(
            n(),
            "Sợi tái chế: lối rẽ mới của dệt may\nẢnh: TL\nBa năm sau khi bắt đầu làm sợi từ rác nhựa, mảng sợi tái chế của Sợi Bình An tăng 112% trong lúc sợi nguyên sinh tăng trưởng âm vì chiến tranh thương mại Mỹ - Trung Quốc.",
            "2020-03-04",
            "ministry",
            [
                "headline_lead",
                "credit_initials_nothing",
                "percentage",
                "country_pair",
                "multiline",
                "no_event",
            ],
            firms=[f("Sợi Bình An")],
            percentages=[112],
            locations=[country("Mỹ"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Các yêu cầu xuất xứ trong CPTPP và EVFTA buộc xưởng may tìm nguồn sợi trong nước, qua đó mở rộng thị trường cho Sợi Bình An.",
            "2020-03-04",
            "ministry",
            ["feature", "agreements_nothing", "no_event"],
            firms=[f("Sợi Bình An")],
            events=[],
        ),
        h(
            n(),
            "“Dư cung ở Trung Quốc chỉ xảy ra với sợi nguyên sinh”, ông Đỗ Minh Khoa, chuyên viên phân tích ngành dệt may của một công ty chứng khoán, nhận định; thị trường sợi tái chế trong nước hiện chỉ có hai người chơi là Sợi Bình An và Formosa.",
            "2020-03-04",
            "ministry",
            [
                "quote_first",
                "role_after_name",
                "unnamed_firm_in_role",
                "count_in_words",
                "country",
                "no_event",
            ],
            persons=[per("Đỗ Minh Khoa", "chuyên viên phân tích ngành dệt may của một công ty chứng khoán")],
            firms=[f("Sợi Bình An"), f("Formosa")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a fabric fair and a green-fabric supplier (S11 r4) ---
    rows += [
        h(
            n(),
            "Kiếm triệu đô từ vải làm bằng bã cà phê, vỏ hàu\nTriển lãm quốc tế vải và phụ liệu Texfair Việt Nam 2024 vừa diễn ra ở TP.HCM; nhiều khách dừng lâu trước bộ áo polo dệt từ vải pha bột vỏ hàu, bã cà phê tại gian của Công ty CP Kết nối Vải Mới (Newfab).",
            "2024-08-30",
            "ministry",
            [
                "headline_lead",
                "fair_name_nothing",
                "vague_amount_none",
                "acronym_bracket_not_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("Kết nối Vải Mới", "Công ty CP")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Theo bà Lưu Hoàng Mai Chi, Tổng giám đốc Newfab, mỗi năm công ty làm ra khoảng 4,5 triệu mét vải và đang cung cấp cho các nhãn hàng trong nước lẫn quốc tế như Việt Tiến, Owen, Yody.",
            "2024-08-30",
            "ministry",
            [
                "role_after_name",
                "acronym_alone_firm",
                "output_no_count",
                "supplier_status_no_contract",
                "brands_as_firms",
                "no_event",
            ],
            persons=[per("Lưu Hoàng Mai Chi", "Tổng giám đốc Newfab")],
            firms=[f("Newfab"), f("Việt Tiến"), f("Owen"), f("Yody")],
            events=[],
        ),
        h(
            n(),
            "Năm 2023, khi cả ngành dệt may hụt đơn hàng, Newfab vẫn tăng trưởng 18%.",
            "2024-08-30",
            "ministry",
            ["percentage", "no_event"],
            firms=[f("Newfab")],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Biến rác thành tài nguyên\nĐổi đời cho rác cũng là điều thương hiệu Ecofib theo đuổi. Năm 2022",
            "2024-08-30",
            "ministry",
            ["subheading", "cut_off", "brand_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Malaysian maker of dyeing and tanning chemicals opens in Long An (S13 r2) ---
    rows += [
        h(
            n(),
            "Hoá chất cho ngành dệt và thuộc da: thêm nhà máy ở Long An\nTT - Nhà máy hóa chất dệt nhuộm và thuộc da của Công ty TNHH Tintura Asia (Việt Nam), doanh nghiệp vốn Malaysia, đã đi vào hoạt động tại KCN Long Hậu (huyện Cần Giuộc, tỉnh Long An) sau lễ khánh thành sáng 12/8.",
            "2014-08-14",
            "provincial",
            [
                "old_tone",
                "headline_lead",
                "outlet_prefix_nothing",
                "inauguration_no_capital",
                "vietnam_bracket_dropped",
                "country_after_noun",
                "district",
                "multiline",
            ],
            firms=[f("Tintura Asia", "Công ty TNHH")],
            provinces=[pv("Long An")],
            locations=[country("Malaysia"), park("Khu công nghiệp Long Hậu"), district("huyện Cần Giuộc")],
            events=[ev("inauguration", [F("Tintura Asia")], None, None, LA, "completed")],
        ),
        h(
            n(),
            "Với 2,8 triệu USD, Tintura Asia dựng xưởng trên khu đất 1 ha; đây là nhà đầu tư thứ 27 của KCN Long Hậu, nơi hiện có 51 doanh nghiệp.",
            "2014-08-14",
            "provincial",
            ["amount_first", "investor_line", "deal_no_event", "ordinal_not_count", "count", "area"],
            firms=[f("Tintura Asia")],
            money=[m(2.8 * M, "USD")],
            areas=[ha(1)],
            quantities=[c(51, "doanh nghiệp")],
            locations=[park("Khu công nghiệp Long Hậu")],
            deals=[deal("investment", ["Tintura Asia"], 2.8 * M)],
            events=[],
        ),
    ]
    # --- A news agency's photo page: a weaving mill's groundbreaking in Tây Ninh (S13 r4) ---
    rows += [
        h(
            n(),
            "Tây Ninh động thổ Nhà máy dệt Anphutex\n\n  • Trong ảnh: Lãnh đạo tỉnh và doanh nghiệp thực hiện nghi thức động thổ. Ảnh: Trần Hữu Phước - TTXVN",
            "2021-05-12",
            "provincial",
            [
                "photo_page",
                "plant_brand_headline_no_event",
                "photo_credit_person",
                "agency_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Hữu Phước", None)],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Ngày 11/5/2021, Công ty Cổ phần Dệt An Phúc động thổ Nhà máy dệt Anphutex ở đường số 9, KCN Trảng Bàng, tỉnh Tây Ninh; dự án trên 28.000 m2, vốn hơn 360 nghìn tỷ đồng (tương đương 15,6 triệu USD), mỗi năm làm 22 tỷ m2 vải dệt thoi để xuất khẩu.",
            "2021-05-12",
            "provincial",
            [
                "photo_caption_lead",
                "groundbreaking",
                "plant_brand_no_firm",
                "garbled_amount_as_written",
                "bracketed_conversion",
                "approx",
                "m2_to_ha",
                "output_not_area",
                "deal_date",
            ],
            firms=[f("Dệt An Phúc", "Công ty CP")],
            provinces=[pv("Tây Ninh")],
            money=[m(360_000 * B, "VND", approx=True), m(15.6 * M, "USD")],
            areas=[ha(2.8, True)],
            locations=[park("Khu công nghiệp Trảng Bàng")],
            deals=[deal("groundbreaking", ["Dệt An Phúc"], 360_000 * B, TNi, "2021-05-11")],
            events=[ev("groundbreaking", [F("Dệt An Phúc")], 360_000 * B, "VND", TNi, "started")],
        ),
        h(
            n(),
            "Ảnh thời sự trong nước\n\nTin mới nhất\n\nTTXVN",
            "2021-05-12",
            "provincial",
            ["photo_page", "page_chrome", "agency_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: Taiwanese firms expand, a synthetic-fibre maker's top-up in Bình Dương (S14 r2) ---
    rows += [
        h(
            n(),
            "Doanh nghiệp Đài Loan tăng tốc mở rộng ở Việt Nam\n\nNhiều doanh nghiệp Đài Loan đang tính thêm vốn vào Việt Nam. Trong ảnh: nhà máy của Polytex Đông Viễn",
            "2019-08-06",
            "ministry",
            ["headline_lead", "caption", "country", "short_name", "multiline", "no_event"],
            firms=[f("Polytex Đông Viễn")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Cuối tháng 7, Công ty TNHH Polytex Đông Viễn Việt Nam, chuyên xơ sợi tổng hợp, dệt nhuộm và may mặc, cho biết sẽ bơm thêm hơn 230 triệu USD vào Bình Dương trong quý IV, đưa tổng vốn lên 1,35 tỷ USD.",
            "2019-08-06",
            "ministry",
            ["nfd", "announced_top_up", "increase_not_total", "vietnam_dropped", "approx", "month_no_day"],
            firms=[f("Polytex Đông Viễn", "Công ty TNHH")],
            provinces=[pv("Bình Dương")],
            money=[m(230 * M, "USD", approx=True), m(1.35 * B, "USD")],
            deals=[deal("investment", ["Polytex Đông Viễn"], 230 * M, BDg)],
            events=[
                ev("investment_announcement", [F("Polytex Đông Viễn")], 230 * M, "USD", BDg, "announced")
            ],
        ),
        h(
            n(),
            "Theo ông Lin Chao-wei, Tổng giám đốc Polytex Đông Viễn Việt Nam, vốn mới dùng để mở rộng dây chuyền sợi siêu bền cho dây an toàn, túi khí, bố lốp và dựng một nhà máy điện mặt trời cấp điện cho xưởng.",
            "2019-08-06",
            "ministry",
            ["role_after_name", "role_keeps_vietnam", "use_of_funds_no_event"],
            persons=[per("Lin Chao-wei", "Tổng giám đốc Polytex Đông Viễn Việt Nam")],
            firms=[f("Polytex Đông Viễn")],
            events=[],
        ),
        h(
            n(),
            "Được biết, Polytex Đông Viễn hiện là doanh nghiệp có vốn đầu tư lớn nhất tại Bình Dương tính đến thời điểm này.",
            "2019-08-06",
            "ministry",
            ["nfd", "ranking_no_deal", "no_event"],
            firms=[f("Polytex Đông Viễn")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Trong khi đó, Tập đoàn Kaisheng (thiết bị gia dụng công nghệ cao) chọn Nam Định cho một nhà máy rộng 9 ha, vốn 75 triệu USD.",
            "2019-08-06",
            "ministry",
            ["announced_investment", "bracketed_sector_not_name", "area"],
            firms=[f("Kaisheng", "Tập đoàn")],
            provinces=[pv("Nam Định")],
            money=[m(75 * M, "USD")],
            areas=[ha(9)],
            deals=[deal("investment", ["Kaisheng"], 75 * M, NDi)],
            events=[ev("investment_announcement", [F("Kaisheng")], 75 * M, "USD", NDi, "announced")],
        ),
        h(
            n(),
            "Giữa căng thẳng thương mại, xu hướng chung là doanh nghiệp Đài Loan dời bớt sản xuất sang Việt Nam, nơi họ coi là chốn an toàn cho dòng vốn.",
            "2019-08-06",
            "ministry",
            ["relocation_no_deal", "country", "no_event"],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Phát biểu tại Tọa đàm kinh tế Việt Nam - Đài Loan, ông",
            "2019-08-06",
            "ministry",
            ["cut_off", "country", "no_event"],
            locations=[country("Đài Loan")],
            events=[],
        ),
    ]
    # --- Vietnamese news: Taiwanese FDI in nine months, with the largest textile licence (S14 r4) ---
    rows += [
        h(
            n(),
            "Ảnh minh hoạ\n\nChỉ trong 9 tháng năm 2015, Đài Loan có 58 dự án cấp mới và 41 lượt dự án tăng vốn, tổng cộng 705,2 triệu USD vốn đăng ký cấp mới và tăng thêm, đứng thứ 6 trong 57 quốc gia, vùng lãnh thổ đầu tư vào Việt Nam.",
            "2015-10-14",
            "ministry",
            [
                "old_tone",
                "caption",
                "statistics",
                "count",
                "ordinal_not_count",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            money=[m(705.2 * M, "USD")],
            quantities=[
                c(58, "dự án cấp mới"),
                c(41, "lượt dự án tăng vốn"),
                c(57, "quốc gia, vùng lãnh thổ"),
            ],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Vốn Đài Loan dồn chủ yếu vào công nghiệp chế biến, chế tạo với 38 dự án cấp mới và 37 lượt tăng vốn, đạt 652,3 triệu USD, tức 92,5% tổng vốn.",
            "2015-10-14",
            "ministry",
            ["statistics", "count", "percentage", "country", "no_event"],
            money=[m(652.3 * M, "USD")],
            quantities=[c(38, "dự án cấp mới"), c(37, "lượt tăng vốn")],
            percentages=[92.5],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Lớn nhất là dự án của Công ty TNHH Dệt Hoa Nguyên Việt Nam, được cấp phép ngày 22/6, vốn 142 triệu USD, đặt ở KCN Đồng Văn III (Hà Nam), chuyên se sợi, dệt kim và may mặc.",
            "2015-10-14",
            "ministry",
            ["nfd", "licence_passive", "no_grantor", "park_province_bracket", "deal_date", "year_inferred"],
            firms=[f("Dệt Hoa Nguyên", "Công ty TNHH")],
            provinces=[pv("Hà Nam")],
            money=[m(142 * M, "USD")],
            locations=[park("Khu công nghiệp Đồng Văn III")],
            deals=[deal("investment", ["Dệt Hoa Nguyên"], 142 * M, HNa, "2015-06-22")],
            events=[ev("investment_licence", [F("Dệt Hoa Nguyên")], 142 * M, "USD", HNa, "licensed")],
        ),
        h(
            n(),
            "Hà Nam và Bình Dương dẫn đầu 22 tỉnh, thành hút vốn Đài Loan, lần lượt với 143,5 triệu USD (20,4%) và 101,2 triệu USD (14,4%).\n\nMinh Tâm",
            "2015-10-14",
            "ministry",
            ["statistics", "count", "percentage", "byline_person", "multiline", "no_event"],
            provinces=[pv("Hà Nam"), pv("Bình Dương")],
            money=[m(143.5 * M, "USD"), m(101.2 * M, "USD")],
            percentages=[20.4, 14.4],
            quantities=[c(22, "tỉnh, thành")],
            locations=[country("Đài Loan")],
            persons=[per("Minh Tâm", None)],
            events=[],
        ),
        h(
            n(),
            "Mười nền kinh tế dẫn đầu về FDI lũy kế tại Việt Nam đến tháng 9/2015 là Hàn Quốc, Nhật Bản, Singapore, Đài Loan, Hồng Kông, Hoa Kỳ, Malaysia, Trung Quốc, Thái Lan và Hà Lan.",
            "2015-10-14",
            "ministry",
            ["statistics", "country_list", "count_in_words", "no_event"],
            locations=[
                country("Hàn Quốc"),
                country("Nhật Bản"),
                country("Singapore"),
                country("Đài Loan"),
                country("Hồng Kông"),
                country("Hoa Kỳ"),
                country("Malaysia"),
                country("Trung Quốc"),
                country("Thái Lan"),
                country("Hà Lan"),
            ],
            events=[],
        ),
    ]
    # --- English: provinces turn dyeing projects away (S17 r1) ---
    rows += [
        h(
            n(),
            "VietNamNet Bridge – Dyeing and weaving proposals are being turned away by provincial governments worried about what the plants would do to local rivers.\n\n{keywords}\n\nVietnam is a big textile and garment exporter",
            "2019-03-11",
            "ministry",
            [E, "outlet_nothing", "template_chrome", "caption", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phu Tho authorities have said no three times to a $320 million textile and dyeing complex proposed by the Hong Kong-based Westbay Group, which would have released 10,500 cubic metres of waste water a day into the Bua River.",
            "2019-03-11",
            "ministry",
            [E, "rejected_no_deal", "based_country", "group_in_name", "volume_no_count", "no_event"],
            firms=[f("Westbay Group")],
            provinces=[pv("Phú Thọ")],
            money=[m(320 * M, "USD")],
            locations=[country("Hong Kong")],
            events=[],
        ),
        h(
            n(),
            "In 2015 Hue turned down two proposals: a $180 million garment project of a group from Hong Kong and a 25-hectare dyeing complex of a firm from South Korea.",
            "2019-03-11",
            "ministry",
            [E, "rejected_no_deal", "unnamed_investors", "country_noun", "area", "no_event"],
            provinces=[pv("Huế")],
            money=[m(180 * M, "USD")],
            areas=[ha(25)],
            locations=[country("Hong Kong"), country("South Korea")],
            events=[],
        ),
        h(
            n(),
            "In 2019 Binh Phuoc barred the developer of the Dong Xoai III Industrial Zone from taking in textile and dyeing outsourcing projects, in a document signed by a provincial vice chairman.",
            "2019-03-11",
            "ministry",
            [
                E,
                "ban_no_deal",
                "unnamed_developer",
                "english_park_no_location",
                "bare_role_no_person",
                "no_event",
            ],
            provinces=[pv("Bình Phước")],
            events=[],
        ),
        h(
            n(),
            "Nor can existing plants grow: a bid by Taiwanese Kingsheen Fabrics Vietnam (KFV) to lift its dyeing share from 15 percent to 100 percent of output was refused.",
            "2019-03-11",
            "ministry",
            [
                E,
                "refused_expansion_no_deal",
                "adjective_nothing",
                "vietnam_dropped",
                "acronym_bracket_not_firm",
                "percentage",
                "no_event",
            ],
            firms=[f("Kingsheen Fabrics")],
            percentages=[15, 100],
            events=[],
        ),
    ]
    # --- English: licensing limits, Nam Dinh's textile projects and a park consortium (S17 r2) ---
    rows += [
        h(
            n(),
            "Textile and garment projects in Vietnam will only win licences if they sit inside industrial zones and meet waste water treatment norms, an official of the Binh Duong Department of Planning and Investment said.",
            "2017-11-20",
            "ministry",
            [E, "rule_no_deal", "province_in_org_name", "bare_role_no_person", "no_event"],
            organizations=["Binh Duong Department of Planning and Investment"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Nam Dinh has licensed 35 foreign-funded textile and garment projects; two of the four Chinese projects approved lately, from Tianhe Sunrise and Yulong Vietnam, are in weaving and dyeing.",
            "2017-11-20",
            "ministry",
            [
                E,
                "count",
                "recalled_licences",
                "deal_no_event",
                "vietnam_dropped",
                "adjective_nothing",
                "count_in_words",
            ],
            firms=[f("Tianhe Sunrise"), f("Yulong")],
            provinces=[pv("Nam Định")],
            quantities=[c(35, "foreign-funded textile and garment projects")],
            deals=[
                deal("investment", ["Tianhe Sunrise"], None, NDi),
                deal("investment", ["Yulong"], None, NDi),
            ],
            events=[],
        ),
        h(
            n(),
            "Two other Chinese firms, Luentex and Foshan Jialong, are moving ahead with Vinatex on a $380 million project to develop Rang Dong, an industrial park set aside for textile and garment firms.",
            "2017-11-20",
            "ministry",
            [
                E,
                "consortium_one_deal",
                "joint_venture_announced",
                "english_park_no_location",
                "count_in_words",
            ],
            firms=[f("Luentex"), f("Foshan Jialong"), f("Vinatex")],
            money=[m(380 * M, "USD")],
            deals=[deal("investment", ["Luentex", "Foshan Jialong", "Vinatex"], 380 * M)],
            events=[
                ev(
                    "joint_venture",
                    [F("Luentex"), F("Foshan Jialong"), F("Vinatex")],
                    380 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Investors coming to Vietnam's industrial parks want infrastructure and environmental protection together; with the circular economy in focus, local and foreign firms alike are asking for eco-industrial parks.\n\nShare",
            "2021-09-13",
            "ministry",
            [E, "short_news", "page_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a trade site's round-up - a certificate, a lease to expand, a groundbreaking, a stake purchase (S17 r4)
    rows += [
        h(
            n(),
            "Vietnam Wary Of Dyeing Projects\n\n0, 0\n\nBig money keeps flowing into Vietnam's textile and garment sector, yet localities remain reluctant to host dyeing and processing plants for fear of pollution.",
            "2021-02-08",
            "ministry",
            [E, "headline_lead", "page_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Apparel Eastgate of Bermuda has just been handed an investment certificate for a $22 million garment project at VSIP II-A IZ in Binh Duong province.",
            "2021-02-08",
            "ministry",
            [E, "licence_passive", "no_grantor", "country_noun", "english_park_no_location"],
            firms=[f("Apparel Eastgate")],
            provinces=[pv("Bình Dương")],
            money=[m(22 * M, "USD")],
            locations=[country("Bermuda")],
            deals=[deal("investment", ["Apparel Eastgate"], 22 * M, BDg)],
            events=[ev("investment_licence", [F("Apparel Eastgate")], 22 * M, "USD", BDg, "licensed")],
        ),
        h(
            n(),
            "In the same province, Taiwan's Eastgate Polytex, which has put hundreds of millions of dollars into a fabric and chemical fibre plant at Bau Bang IZ, signed a contract to lease more land to expand.",
            "2021-02-08",
            "ministry",
            [
                E,
                "lease_no_lessor",
                "expansion_announced",
                "vague_amount_none",
                "possessive_country",
                "english_park_no_location",
            ],
            firms=[f("Eastgate Polytex")],
            locations=[country("Taiwan")],
            deals=[deal("investment", ["Eastgate Polytex"])],
            events=[ev("investment_announcement", [F("Eastgate Polytex")], None, None, None, "announced")],
        ),
        h(
            n(),
            "In Nam Dinh, Singapore's Bellwater has started work on the $75 million Belltex textile and garment project, due to run next year with 2,800 jobs.",
            "2021-02-08",
            "ministry",
            [E, "groundbreaking", "possessive_country", "plant_brand_no_firm", "count"],
            firms=[f("Bellwater")],
            provinces=[pv("Nam Định")],
            money=[m(75 * M, "USD")],
            quantities=[c(2800, "jobs")],
            locations=[country("Singapore")],
            deals=[deal("groundbreaking", ["Bellwater"], 75 * M, NDi)],
            events=[ev("groundbreaking", [F("Bellwater")], 75 * M, "USD", NDi, "started")],
        ),
        h(
            n(),
            "Meanwhile Japan's Marunaka paid 4.8 billion yen ($44 million) for another 10 percent of Vinatex, lifting its holding in Vietnam's largest textile and garment group to 15 percent.",
            "2021-02-08",
            "ministry",
            [E, "stake_purchase", "acquisition", "bracketed_conversion", "possessive_country", "percentage"],
            firms=[f("Marunaka"), f("Vinatex")],
            money=[m(4.8 * B, "JPY"), m(44 * M, "USD")],
            percentages=[10, 15],
            locations=[country("Japan")],
            deals=[deal("investment", ["Marunaka"], 4.8 * B)],
            events=[ev("acquisition", [F("Marunaka"), F("Vinatex")], 4.8 * B, "JPY", None, "completed")],
        ),
        h(
            n(),
            "Nguyen Thi Hong Van, secretary general of the Vietnam Textile and Apparel Association (Vitas), said the 17 FTAs Vietnam has joined make it one of the world's top destinations for textile investors.\n\nAlso Read  India's Yarn Exports Rose 9.2% In 2021",
            "2021-02-08",
            "ministry",
            [
                E,
                "role_after_name",
                "org_acronym_bracket",
                "count",
                "related_link",
                "possessive_country",
                "percentage",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Nguyen Thi Hong Van", "secretary general of the Vietnam Textile and Apparel Association")
            ],
            organizations=["Vietnam Textile and Apparel Association"],
            quantities=[c(17, "FTAs")],
            percentages=[9.2],
            locations=[country("India")],
            events=[],
        ),
    ]
    # --- English: a state group's spinning-mill plan (S18 r1) ---
    rows += [
        h(
            n(),
            "Vinatex plans new spinning mill\n\nThe Vietnam National Textile and Garment Group (Vinatex) has drawn up plans for a VND 380bn (about US$24m) spinning mill in Quang Tri, the Vietnam News Agency reported today.",
            "2012-09-18",
            "ministry",
            [
                E,
                "headline_lead",
                "announced_investment",
                "acronym_and_full_name_two_entries",
                "bracketed_conversion",
                "approx",
                "agency_nothing",
                "multiline",
            ],
            firms=[f("Vinatex"), f("Vietnam National Textile and Garment Group")],
            provinces=[pv("Quảng Trị")],
            money=[m(380 * B, "VND"), m(24 * M, "USD", approx=True)],
            deals=[deal("investment", ["Vietnam National Textile and Garment Group"], 380 * B, QTr)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Vietnam National Textile and Garment Group")],
                    380 * B,
                    "VND",
                    QTr,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "The 48,000-spindle mill, at Nam Dong Ha Industrial Park some 8km from Dong Ha, will make 1,900 tonnes of yarn a year, most of it for Vinatex's weaving mills in the central region and some for export to Taiwan and Japan. Groundbreaking is set for November.",
            "2012-09-18",
            "ministry",
            [
                E,
                "spindles_no_count",
                "distance_no_count",
                "english_park_no_location",
                "city_nothing",
                "planned_groundbreaking_schedule",
                "country_list",
                "no_event",
            ],
            firms=[f("Vinatex")],
            locations=[country("Taiwan"), country("Japan")],
            events=[],
        ),
    ]
    # --- English: a Chinese group starts building a yarn plant (S18 r2) and Chinese spinners' capacity (S18 r3) ---
    rows += [
        h(
            n(),
            "US$260 Million Yarn Plant under Construction\n\n10:42:15 AM | 8/14/2013\nWeilong Textile Group of China began building a yarn factory in Viet Yen industrial park, in the northern province of Bac Giang on August 12.",
            "2013-08-14",
            "ministry",
            [
                E,
                "headline_lead",
                "groundbreaking",
                "headline_amount",
                "country_noun",
                "english_park_no_location",
                "timestamp",
                "deal_date",
                "multiline",
            ],
            firms=[f("Weilong Textile Group")],
            provinces=[pv("Bắc Giang")],
            money=[m(260 * M, "USD")],
            locations=[country("China")],
            deals=[deal("groundbreaking", ["Weilong Textile Group"], 260 * M, BGi, "2013-08-12")],
            events=[ev("groundbreaking", [F("Weilong Textile Group")], 260 * M, "USD", BGi, "started")],
        ),
        h(
            n(),
            "Chinese textile companies build capacity in Vietnam\n\nMany Chinese firms, among them Weilong Textile, Lutong Textile, Brothers Orient and Huasheng, have put textile plants in Vietnam.",
            "2016-10-03",
            "ministry",
            [E, "headline_lead", "adjective_nothing", "existing_plants_no_deal", "multiline", "no_event"],
            firms=[f("Weilong Textile"), f("Lutong Textile"), f("Brothers Orient"), f("Huasheng")],
            events=[],
        ),
        h(
            n(),
            "The first phase of Lutong Textile's Vietnam project, 12 million metres of yarn-dyed fabric, started production in September 2016; the remaining 18 million metres is due to begin batch production in mid-2017.",
            "2016-10-03",
            "ministry",
            [
                E,
                "first_output_opening",
                "inauguration_no_capital",
                "possessive_firm",
                "output_no_count",
                "no_site",
            ],
            firms=[f("Lutong Textile")],
            events=[ev("inauguration", [F("Lutong Textile")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Huasheng Melange Yarn intends to add 0.07 million spindles in Vietnam each year for the next two years.",
            "2016-10-03",
            "ministry",
            [E, "capacity_plan", "announced_investment_no_amount", "spindles_no_count", "no_site"],
            firms=[f("Huasheng Melange Yarn")],
            deals=[deal("investment", ["Huasheng Melange Yarn"])],
            events=[
                ev("investment_announcement", [F("Huasheng Melange Yarn")], None, None, None, "announced")
            ],
        ),
    ]
    # --- English on a betting domain: wire copy on the Bạc Liêu yarn plant (S18 r4) ---
    rows += [
        h(
            n(),
            "Work starts on first yarn plant in the Mekong Delta\nThe Phuong Nam Yarn JSC, a subsidiary of the Vietnam National Textile and Garment Group (Vinatex), broke ground on January 16 on the first yarn plant in the southwestern region, in Bac Lieu province.",
            "2019-01-18",
            "ministry",
            [
                E,
                "spam_domain",
                "headline_lead",
                "groundbreaking",
                "parent_group_mention",
                "region_nothing",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Phuong Nam Yarn", "JSC"), f("Vietnam National Textile and Garment Group")],
            provinces=[pv("Bạc Liêu")],
            deals=[deal("groundbreaking", ["Phuong Nam Yarn"], None, CM, "2019-01-16")],
            events=[ev("groundbreaking", [F("Phuong Nam Yarn")], None, None, CM, "started")],
        ),
        h(
            n(),
            "Bac Lieu (VNA) – The plant, at Tra Kha Industrial Park in Bac Lieu city, will cost over 480 billion VND (20.7 million USD) and take 22 months to build.\nSlot gacor hari ini deposit pulsa tanpa potongan",
            "2019-01-18",
            "ministry",
            [
                E,
                "spam_domain",
                "dateline",
                "plant_cost_no_firm",
                "bracketed_conversion",
                "approx",
                "duration_no_count",
                "spam_line",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bạc Liêu")],
            money=[m(480 * B, "VND", approx=True), m(20.7 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: a Chinese site's button essay (S19 r1), an accessories feature (S19 r2), a sourcing blog (S19 r3), a
    # sourcing guide (S19 r4) ---
    rows += [
        h(
            n(),
            "Buttons Are Everywhere\n\nThe button as we know it came out of eighteenth-century Europe, when a dress full of buttons told everyone its owner was rich enough to keep a maid to do them up.",
            "2018-05-17",
            "ministry",
            [E, "foreign_site_essay", "region_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Global fastener maker Hookfast has opened its zipper factory in the southern province of Dong Nai, to serve Vietnamese garment makers and export to markets where its main partners are.",
            "2019-11-04",
            "ministry",
            [E, "inauguration_no_capital"],
            firms=[f("Hookfast")],
            provinces=[pv("Đồng Nai")],
            events=[ev("inauguration", [F("Hookfast")], None, None, DNai, "completed")],
        ),
        h(
            n(),
            "Hookfast's global strategy director Martin Ellery said the company had looked at several countries before settling on Vietnam.",
            "2019-11-04",
            "ministry",
            [E, "possessive_firm", "role_before_name", "no_event"],
            firms=[f("Hookfast")],
            persons=[per("Martin Ellery", "global strategy director")],
            events=[],
        ),
        h(
            n(),
            "Less than a week earlier, South Korea's Daewon Industries Inc. inaugurated its $210 million",
            "2019-11-04",
            "ministry",
            [E, "cut_off", "inauguration_with_capital", "possessive_country", "foreign_form", "no_site"],
            firms=[f("Daewon Industries", "Inc.")],
            money=[m(210 * M, "USD")],
            locations=[country("South Korea")],
            deals=[deal("investment", ["Daewon Industries"], 210 * M)],
            events=[ev("inauguration", [F("Daewon Industries")], 210 * M, "USD", None, "completed")],
        ),
        h(
            n(),
            "Through my Korean partner Mr. Park we met Grace Yoon, General Manager of Sunjin Apparel, a Korean-owned factory in Ho Chi Minh City; both Sunjin Apparel and Alphaknit saw at once the need to offer a full package of fabric, trims and garments.",
            "2014-02-25",
            "ministry",
            [E, "blog", "surname_alone_no_person", "role_after_name", "adjective_nothing", "no_event"],
            persons=[per("Grace Yoon", "General Manager of Sunjin Apparel")],
            firms=[f("Sunjin Apparel"), f("Alphaknit")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "In the first seven months of 2019, Vietnam shipped $18.6 billion of textiles and garments, up almost 11 percent year on year, according to the General Department of Vietnam Customs.",
            "2019-09-02",
            "ministry",
            [E, "sourcing_guide", "statistics", "percentage", "country_in_org_name", "no_event"],
            money=[m(18.6 * B, "USD")],
            percentages=[11],
            organizations=["General Department of Vietnam Customs"],
            events=[],
        ),
        h(
            n(),
            "The country has 6,980 textile and garment enterprises, said Le Tien Dung, managing director of the state-invested Vietnam National Textile and Garment Group (Vinatex); about 38 percent of them are foreign-owned.",
            "2019-09-02",
            "ministry",
            [
                E,
                "sourcing_guide",
                "count",
                "role_after_name",
                "acronym_bracket_not_firm",
                "percentage",
                "no_event",
            ],
            persons=[
                per(
                    "Le Tien Dung",
                    "managing director of the state-invested Vietnam National Textile and Garment Group",
                )
            ],
            firms=[f("Vietnam National Textile and Garment Group")],
            quantities=[c(6980, "textile and garment enterprises")],
            percentages=[38],
            events=[],
        ),
    ]
    # --- English: a dye maker's partnership with a garment exporter (S20 r1), a dye fair (S20 r2), a polyester plant's
    # output (S20 r3) and a yarn cooperation agreement (S20 r4) ---
    rows += [
        h(
            n(),
            "Keller in Vietnam textiles tie-up\n14.06.2021 - Keller Textile Effects, a maker of dyes, chemicals and digital inks for textiles, has announced a strategic partnership with Tan Phu Textile International (TPT), a Vietnamese garment maker and exporter.",
            "2021-06-14",
            "ministry",
            [
                E,
                "headline_lead",
                "strategic_partnership_cooperation",
                "acronym_bracket_not_firm",
                "adjective_nothing",
                "multiline",
            ],
            firms=[f("Keller"), f("Keller Textile Effects"), f("Tan Phu Textile International")],
            deals=[deal("cooperation", ["Keller Textile Effects", "Tan Phu Textile International"])],
            events=[
                ev(
                    "cooperation",
                    [F("Keller Textile Effects"), F("Tan Phu Textile International")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "“We are glad to keep supporting TPT and to help build Vietnam's name for high-quality textiles,” said Dana Whitcomb, vice president of commercial at Keller Textile Effects.",
            "2021-06-14",
            "ministry",
            [E, "quote_first", "role_after_name", "no_event"],
            persons=[per("Dana Whitcomb", "vice president of commercial at Keller Textile Effects")],
            firms=[f("TPT"), f("Keller Textile Effects")],
            events=[],
        ),
        h(
            n(),
            "SHANGHAI — September 12, 2019 — The Ninth Asia International Dye Industry, Pigments and Textile Chemicals Exhibition will run at the Saigon Exhibition & Convention Center in Ho Chi Minh City from November 20 to 22, 2019, hosted by the China Dyestuff Industry Association and the China Dyeing and Printing Association.",
            "2019-09-12",
            "ministry",
            [
                E,
                "foreign_dateline_nothing",
                "fair_no_event",
                "venue_no_org",
                "country_in_org_name",
                "ordinal_not_count",
            ],
            organizations=["China Dyestuff Industry Association", "China Dyeing and Printing Association"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "More than 120 exhibitors from India, Malaysia, mainland China, Hong Kong and Taiwan are expected; 70 percent of Vietnam's dyestuffs and textile chemicals are imported, and China's dyestuff exports to Vietnam rose from 9,870 tons in 2014 to 16,210 tons in 2018.",
            "2019-09-12",
            "ministry",
            [
                E,
                "count",
                "approx",
                "country_list",
                "percentage",
                "tonnage_no_count",
                "possessive_country",
                "no_event",
            ],
            quantities=[c(120, "exhibitors", True)],
            percentages=[70],
            locations=[
                country("India"),
                country("Malaysia"),
                country("China"),
                country("Hong Kong"),
                country("Taiwan"),
            ],
            events=[],
        ),
        h(
            n(),
            "Bach Dang Polyester Plant, 80 percent owned by state oil and gas group Petrovietnam and 20 percent by Vinatex, is set to triple its yarn output to 72,000 tonnes by the end of the year.",
            "2018-07-09",
            "ministry",
            [E, "shareholding_no_deal", "plant_name_no_firm", "percentage", "tonnage_no_count", "no_event"],
            firms=[f("Petrovietnam"), f("Vinatex")],
            percentages=[80, 20],
            events=[],
        ),
        h(
            n(),
            "The company is now working with the Vietnam National Textile and Garment Group on further plants in Hai Phong, Nam Dinh, Thanh Hoa and Nghe An.\nThe North Face has launched a new collection of everyday essentials.",
            "2018-07-09",
            "ministry",
            [E, "ongoing_partnership_no_deal", "province_list", "teaser_line", "multiline", "no_event"],
            firms=[f("Vietnam National Textile and Garment Group"), f("The North Face")],
            provinces=[pv("Hải Phòng"), pv("Nam Định"), pv("Thanh Hóa"), pv("Nghệ An")],
            events=[],
        ),
        h(
            n(),
            "The Vietnam Polyester and Fibre Joint Stock Company (VIPOLY) and Shinhua Synthetic Fibers Corporation (SHSF) of Taiwan (China) have agreed to make drawn textured yarn (DTY) together in Vietnam.\nAt the signing ceremony (Photo: VNA)",
            "2020-02-19",
            "ministry",
            [
                E,
                "agreement_mou",
                "acronym_bracket_not_firm",
                "corporation_in_name",
                "country_bracket",
                "caption",
                "agency_nothing",
                "multiline",
            ],
            firms=[
                f("Vietnam Polyester and Fibre", "Joint Stock Company"),
                f("Shinhua Synthetic Fibers Corporation"),
            ],
            locations=[country("Taiwan"), country("China")],
            deals=[deal("mou", ["Vietnam Polyester and Fibre", "Shinhua Synthetic Fibers Corporation"])],
            events=[
                ev(
                    "mou",
                    [F("Vietnam Polyester and Fibre"), F("Shinhua Synthetic Fibers Corporation")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Hanoi (VNA) – A cooperation agreement to that effect was signed by the two firms' representatives in Hanoi on February 18. SHSF will supply raw materials and sell the output, while VIPOLY gets technical help to raise quality; at least 12 DTY lines will run at first.",
            "2020-02-19",
            "ministry",
            [
                E,
                "dateline",
                "cooperation_agreement_mou",
                "acronyms_alone_firms",
                "signing_place_site",
                "agreement_terms_no_supply_event",
                "count",
                "approx",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("SHSF"), f("VIPOLY")],
            provinces=[pv("Hà Nội")],
            quantities=[c(12, "DTY lines", True)],
            deals=[deal("mou", ["VIPOLY", "SHSF"], None, HN, "2020-02-18")],
            events=[ev("mou", [F("VIPOLY"), F("SHSF")], None, None, HN, "signed")],
        ),
    ]
    return rows
