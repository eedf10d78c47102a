# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 127 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: footwear components and the leather supply chain in Việt Nam (soles,
shoe materials, leather tanning, adhesives, lasts). Written and annotated for every field BEFORE any tagger was run on
them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà
máy sản xuất đế giày vốn đầu tư khu công nghiệp", S2 "nhà máy thuộc da đầu tư Việt Nam", S3 "keo dán giày nhà máy sản
xuất hóa chất ngành giày", S4 "phom giày khuôn giày doanh nghiệp sản xuất", S5 "nguyên phụ liệu da giày nhập khẩu tỷ lệ
nội địa hóa", S6 "Lefaso hiệp hội da giày túi xách nguồn cung nguyên liệu", S7 "khu công nghiệp thuộc da tập trung dự
án", S8 "trao giấy chứng nhận đầu tư dự án sản xuất giày da", S9 "khởi công nhà máy giày vốn đầu tư triệu USD", S10 "da
thuộc nhập khẩu Trung Quốc ngành giày Việt Nam", S11 "đế cao su EVA nhà máy đế giày Đồng Nai Bình Dương", S12 "doanh
nghiệp Đài Loan tăng vốn nhà máy phụ liệu giày", S13 "ô nhiễm nước thải cơ sở thuộc da xử lý", S14 "vải giả da PU
simili nhà máy sản xuất Việt Nam", S15 "hợp đồng cung ứng nguyên liệu da giày ký kết doanh nghiệp", S16 "khánh thành nhà
máy phụ liệu giày mũ giày dây giày", and in English S17 "Vietnam footwear sole factory investment million", S18 "Vietnam
leather tanning plant investment", S19 "Vietnam footwear materials supply chain leather imports", S20 "shoe adhesive
manufacturer Vietnam plant expansion". No sentence is taken or paraphrased from a page; the shapes are. Firm, plant,
park-developer and person names are invented (Hwasung / Hwasung Cần Thơ, Giày da Xuân Thịnh, May Thiên Trường, Dongil /
Giày Dongil, Giày Phú Lâm, Giày dép Tân Hưng Phát (Thaphaco), Phát triển KCN Tân Lập, Lạc Hưng, Lạc Phong, Samil Vina,
Đế giày Apex, Fulin, Hạ tầng Bỉm Sơn Xanh, Đại Phong, Tín Nghĩa Lợi, Hòa Thịnh Hưng, Phong Thái Hưng, Giày Nam Phong,
Cao su Hoa Phong, Hóa chất Đông Khuê, Thuộc da Tân Phước, Sunjin Shoes, Song May Industrial Park Development, Wexford
Boots, Calloway Trail Shoes, Helvetan, Norden TanTec and its Mekong TanTec, Brightwater Laces, Vietnam Leather and
Footwear Corporation, Kleber Werke, Kashiwa Chemical, Fuhsin Chemical Industry, Dai Tin Polymer, Lotus Synthetic
Leather, the Council for Footwear Exports, the journals' and theses' authors, every official, chairman, union head,
byline, photographer and user handle); well-known names (Nike, Adidas, Puma, Reebok, Chang Shin, Pou Chen, LG Innotek,
Fitch Solutions, Lefaso / Hiệp hội Da - Giày - Túi xách Việt Nam, Hiệp hội Dệt may Việt Nam, Hepza, Bộ Công Thương,
Tổng cục Thống kê, FDRA, the parks Trà Nóc 2, Hiệp Phước, Tân Lập 3, Long Khánh, Amata, Bỉm Sơn, Tam Điệp and Nhon Trach
5) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; a trade magazine's two video pages came back 4 times, a newsletter
transcript 2 times, a tag page 3 times, one groundbreaking story 3 times and one investment daily's story twice): 8
slots were spam (kuwin salads with run-together words, Polish-domain slugs, an unaccented detergent salad); 20 were
tag, title, hashtag and one-line teaser pages (a broadcaster's "Da giày" tag with a headline and lead, an HTML title
with the outlet suffix, a news site's tag page with "Cập nhập tin tức", one-word and one-line tags on quotas,
food-safety and law-firm topics, an ebook tag, teasers on empty industrial clusters, relocation from China, an EU duty
and Taiwanese firms' losses, a TCVN title, a Chinese search tag, and a spam domain's tag page carrying a provincial
licence lead: a committee vice-chairman handing a rubber maker its investment certificate on a dated day, with the
province's FDI total); 4 were the video pages (headline, lead, byline, "Video khác"); 2 were a foreign aggregator's
headline and lead and a business-story listing page; 16 were explainers and documents (a chemical seller's sole-chemical
explainer with bullets, a real-estate explainer on industrial clusters citing a decree, a tax service's and a law firm's
pages on investment certificates with statistics, laws and a hotline, an association newsletter on a document store
with uploader chrome, two journal articles in broken OCR and html tags, four theses and student projects on wastewater
with broken "ƣ", committee blanks and supervisors, course slides naming a company case, a classifieds forum's leather
explainer with a spam insertion, a course paper on a distribution contract, a contract template with placeholders and
its legal bases); 11 were Vietnamese news (a Korean group's sports-shoe plant groundbreaking in Cần Thơ told by a news
aggregator with byline and source line and by an FDI portal with a dated lead, a WordPress caption shortcode, phases and
workers; a Nam Định provincial feature on shoe-upper workshops in clusters with a caption, machines, output, workers,
incomes and a recalled workshop; an investment daily's related links, caption, a knitwear maker's whole project put into
production with its capital and a recalled licensed top-up, the chairman and a Hepza official; a city daily's feature on
local sourcing with a footwear director, FOB shares and a working session of the city chairman with a shoe brand; a
legal daily's pandemic feature with suppliers closed, an unnamed supplier's groundbreaking with a vague amount and a
recalled 1.5-billion investment; a business wire on Đồng Nai's shoe makers with the association, two firms' raised
capital, an expansion under way and a Korean maker's entry year and union head; an investment agency portal's licence of
a sports-goods plant in a park with its developer, phase-1 capital, group history and site survey; a feature on
Taiwanese capital); 1 was a Chinese leather portal (a Taiwanese shoe maker cancelling a top-up of its Bình Thuận unit,
with the unit's recalled opening and capital, its plants and workers, and GSO export figures; read for its shapes and
rendered here in Vietnamese); 18 were English (a Đồng Nai paper's land lease contract between a park company and a Nike
supplier for a sole-painting plant with its worth and the park's figures; a Chinese textile site's blurb; two VietNamNet
Bridge features on FDI and relocation with named executives, a ministry official and a Hepza official; a leather
magazine quoting the association's chairman and brand shares (twice); a trade site's tannery opening over budget; a
wire on a leather supplier's planned second tannery in a Tây Ninh park with CEO and chairman quotes and a recalled
acquisition agreement; an Indian leather magazine PDF with ligature loss; a 2001 leather magazine item on tanners asking
for credit; a USDA report summary; an association representative on tannery coverage and imports with a source credit;
a blog repost of PANO copy with materials shares and import origins; a VEN item with a timestamp, Lefaso vice president
and a caption; an adhesive maker's corporate story with tags and a lab caption; an NNA item on a Japanese chemical
group's Taiwanese unit buying two Đồng Nai material makers for yen; a Chinese machinery site's English chrome with
Taiwanese makers' capacity shares; and one off-topic English essay on small chemical plants). About 14 of the 80 slots
told a deal or an event with a named party (2 groundbreakings told 3 times, 2 licences, 1 start of operation, 1 opening,
1 lease, 1 announced plant, 1 announced acquisition, recalled top-ups, openings, investments and an acquisition
agreement), several the same story; a cancelled top-up, relocations, a wish for credit and an unnamed supplier's
groundbreaking came up too. No supply contract with named parties, no MoU, no joint venture and nothing on lasts (the
last-mould search returned only spam) came up in any first four, so the batch has none.

Rows: 158 (hand-38801 to hand-38958); 18 carry a deal or an event (11%): 11 events (2 investment licences, 2
groundbreakings, 2 inaugurations, 2 investment announcements, 2 acquisitions, 1 cooperation) and 18 `deals` entries (15
investment, 2 groundbreaking, 1 cooperation); 8 rows hold only deals without events (38833 an investor line after the
groundbreaking, 38846 a recalled workshop opening, 38853 a recalled licensed top-up, 38866 a recalled investment, 38873
a recalled entry, 38887 a recalled opening with capital, 38923 a tenant's plant worth after its lease, 38938 a recalled
acquisition agreement); no row holds an event without a deal. 140 rows are negatives and other fields. By page kind: 8
rows of spam and the off-topic essay (38801-38808; 0 with a deal or event), 19 of tag, title, teaser, aggregator and
listing pages (38809-38827; 1, the spam domain's licence lead 38825), 4 of the video pages (38828-38831; 0), 53 of
Vietnamese news (38832-38884; 10), 5 of the Chinese page rendered in Vietnamese (38885-38889; 1), 32 of explainers,
document stores, theses, journals, legal-service pages and the contract template (38890-38921; 0) and 37 of English
copy (38922-38958; 6); 38 rows are English (`english_copy`, 24%, counting 38808). 9 rows are stored in NFD (hand-38811,
38845, 38849, 38858, 38869, 38878, 38888, 38895, 38915); 5 use old tone placement (38810 "nội địa hoá", 38851 "minh
hoạ", 38870 "thoả thuận", 38890 "Hoá chất", 38903 "Uỷ ban"); 43 hold several lines (headlines and leads, tag and site
chrome, related links, captions, bylines and source lines, bullet lists, thesis covers, template headers).

Own wording: every row was drafted in its own order and wording (amount-first, object-first, count-first, reported
speech with the speaker last, split rows) with changed figures, names, dates and places; on review against the notes
taken from the sampled pages, about 75 first drafts that still kept a page's clause order or its run of facts were
rewritten from scratch (among them the groundbreaking lead and its area, phase, worker and revenue lines, the Nam Định
caption, output and second-workshop lines and the second firm's line, which also kept the page's district, the start-of-
operation line and its recalled licence, which kept the page's district, the Hepza quote, the sourcing feature's
director, FOB and working-session lines, the pandemic feature's park chairman, recalled investment and quote, the
Đồng Nai wire's raised-capital, expansion, entry-year and union lines, the licence portal's phase, history and survey
lines, the Chinese page's five lines, six tag teasers, both video leads, and 22 English drafts: the textile blurb, the
FDI and relocation lines, the Lefaso and Hepza lines, the brand shares, the tannery opening, the second tannery, its
quote and the recalled acquisition, the 2001 credit lines, the import and localisation figures, the VEN quote and
caption, the adhesive maker's lines and caption, the NNA lines). Dropped: two Vietnamese drafts that followed a page too
closely (a "products go to the brand's orders" line and a "one of few brands both exporting and selling at home" line),
and four English drafts (a herd line, an export-share line, a worker-count line and a lab caption) to bring the English
share down near the sample's (22.5%). Nothing was used from ranks 5-8, among them: a Taiwanese materials group's wish
for a 100-million-USD plant in a Hà Tĩnh cluster told on a lottery domain (S1 r5, S9 r7), a sports-shoe brand invited to
Hải Dương with a 700-million to 1-billion range (S9 r6, S17 r5), a quota tag and a legal-daily relocation story (S5 r6,
S10 r6), a thesis on Đồng Nai shoe firms (S3 r7, S11 r6), a roundtable on materials and an association chairman's
election (S2 r7, S6 r5), a Thanh Hóa shoe plant's investment-policy approval with its QĐ-UBND (S1 r8), an FDI round-up
and park teasers (S7 r5-r8, S9 r8), a sports-ball maker's second story and a Taiwanese electronics top-up (S12 r5-r8),
wastewater theses (S13 r5-r8), leather-type explainers (S14 r5-r8), contract templates (S15 r5-r8), a shoe brand's
factory visit and a testing-capacity article (S16 r5-r6), English items on an insole factory opening, an industrial
park groundbreaking, FIEs' export shares, a tannery of the year, leather clusters, a development plan, a materials
shortage, a Lefaso-FDRA conference, an adhesive maker's interview, a shoe-material plant abroad and a contract maker's
relocation (S17 r5-r8, S18 r5-r8, S19 r5-r8, S20 r5-r8).

Conventions: exactly those of batches 10 and 12-124 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence is an investment deal and an investment_licence event "licensed", the granting body a
government party as written (a committee leader handing the certificate gives G("UBND tỉnh X") and the organisation
"Ủy ban nhân dân tỉnh X"; a province granting gives G("tỉnh X") as written), sited in the plant's province, dated when
the day is written; a held groundbreaking is a groundbreaking deal and event "started"; an opening or a whole project put
into operation with its capital is an investment deal and an inauguration "completed"; a named firm's plant under
construction or planned plant is an announced investment, undated; an acquisition's deal is the buyer's investment, its
event lists buyer and target, "announced" while pending; a lease with a park developer is a cooperation deal and event
with the developer first (batch 87), the tenant's plant worth in the next row an investment deal without event; recalled
plants, openings, top-ups, entries and acquisition agreements and investor lines ("X tự thu xếp toàn bộ") are deals
without events; wishes, requests for land or credit, relocations, cancelled or withdrawn top-ups, working sessions,
intra-group supply, orders, shareholdings, groundbreakings of unnamed firms and cumulative figures give no deal; vague
amounts ("hàng chục triệu USD", "hàng trăm tỷ đồng") are none; "khoảng", "chừng", "gần", "hơn", "trên", "about",
"around", "roughly", "some" are approximate; money per unit keeps its unit ("người/tháng", "mỗi năm"); bracketed
conversions are both money, the deal's amount the first written; capacities, output in pairs, ft² of leather,
durations, temperatures, distances, ages, page and view counts, ordinals, counts in words and counts without a noun are
no counts, English counts keep their English noun; m2 and ha are areas; laws, decrees, circulars and decisions are
decisions, dated when written, a TCVN number none; Vietnamese legal forms are normalised ("Công ty cổ phần", "C.TY" ->
"Công ty CP" / "Công ty"), foreign ones kept as written ("JSC", "Co.", "Ltd.", "Co., Ltd" -> "Co., Ltd."), "Corporation"
stays in the name, "Việt Nam"/"Vietnam" and a trailing "Vina" are dropped from a foreign subsidiary's name, a group's
unit of one province keeps its place ("Hwasung Cần Thơ") and the province inside it is no mention, a bracketed acronym
is no second firm or organisation, one firm written bare and with its form in one row is one entry, brands named as
customers are firms; an acronym alone is an organisation as written ("Lefaso", "LEFASO", "Hepza"), with its full name
only the full name; caps organisations and persons on thesis covers are normalised to their usual spelling, the
"Người hướng dẫn khoa học" and "CBGD" labels give roles, "TS."/"PGS.TS" none; Vietnamese country words and English
country nouns and possessives are countries ("vốn Hàn Quốc", "Đài Loan (Trung Quốc)" both, "Hồng Kông", "Japan's", "the
US", "China"), English adjectives ("Chinese", "Taiwanese", "Indian", "Swiss-Chinese") and "Việt Nam"/"Vietnam" none;
regions, blocs and foreign cities ("châu Âu", "châu Á", "EU", "Nam Mỹ", "Đài Trung", "Milano") nothing; parks written in
Vietnamese are locations (KCN and CCN expanded), English parks none; districts need "huyện"/"quận" or a city unit
("TP. Biên Hòa"); communes nothing; full-name bylines, photo credits and authors are persons without role, initials
("H.Vân", "T.H"), user handles, outlets and agencies ("VTV.vn", "VietNamNet", "Tạp chí Công Thương", "(VEN)", "NNA",
"Pano feed", "Saigon Economic Times") nothing; old tone placement is normalised in the gold. Every row with no event
carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A spam domain's tag page carrying a provincial licence lead (38825: a lower-case tag line, "Đồng Nai hút thêm vốn vào
  đế cao su", then "Ngày 18/10, Phó Chủ tịch UBND tỉnh Đồng Nai X trao giấy chứng nhận đầu tư cho dự án ... của Công ty
  TNHH Y (Việt Nam), vốn 46 triệu USD, nâng tổng vốn FDI ... lên khoảng 1,6 tỷ USD", then a teaser naming Y bare) is
  the licence with its date; the provincial total is money only; the bare name in the teaser is the same firm.
- The same groundbreaking told by two pages in one batch (38832 headline-priced, undated; 38836 dated, no amount) gives
  two groundbreaking deals and events, each with what its row says; the first page's "Toàn bộ khoảng 145 triệu USD do
  Hwasung tự thu xếp" (38833) is an investor line (deal, no event), while the portal's "Vốn của dự án ... đến hoàn toàn
  từ nước ngoài" (38839) names no firm and gives money only.
- A whole project put into operation told object-first ("Toàn bộ dự án 265 triệu USD của X ở KCN Y ... đã vận hành
  từ tuần trước", 38852) is an investment deal and inauguration; the top-up licensed two years before, told amount-first
  and passive ("Khoản 95 triệu USD tăng thêm ... đã được TP.HCM chấp thuận từ giữa năm 2023, theo hồ sơ của X", 38853),
  is a recalled top-up: a deal without event, sited by "TP.HCM".
- "Phân xưởng ép đế thứ hai mà X mở ở xã Z hồi năm 2023" (38846) is a recalled opening without amount (deal, no
  event); a workshop described with its machines and area and no investment verb (38844) gives no deal.
- Two firms' capital told together ("Khoảng 260 triệu USD là vốn hiện nay của hai hãng giày Đài Loan A và B, gấp hơn ba
  lần mức hơn 80 triệu USD lúc mới vào", 38871) is a cumulative figure of two firms: money, firms and country, no deal
  (no single firm's increase is written).
- "Ở KCN Long Khánh, một xưởng đế mới của X đang lên móng" (38872) is a plant under construction: an announced
  investment without amount or province (Long Khánh is a town, the park names no province).
- "X rót vốn vào Đồng Nai từ năm 1996" (38873) is a recalled investment sited in Đồng Nai, no amount, no event; "Hơn
  25 năm sau khi hãng vào Việt Nam" (38888) has no investment verb and gives no deal.
- A province as the granting party ("Tỉnh Thanh Hóa vừa trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH X, đơn vị
  của Tập đoàn Y (Đài Loan), ... tại KCN Z, nơi Công ty CP W làm chủ đầu tư hạ tầng", 38876) is G("Tỉnh Thanh Hóa") as
  written; the parent group and the park developer are firm mentions, not parties; the licence has no amount (the
  phase-1 sum is in the next row, which names no firm).
- A cancelled top-up ("Kế hoạch rót thêm 18 triệu USD ... đã bị hủy", 38885) and the withdrawn decision behind it
  (38886, its date not a decision's) give no deal; the unit's recalled opening with its capital ("Với 58 triệu USD, X đã
  khánh thành nhà máy hồi tháng 11/2023", 38887) is a deal without event.
- "Sở Giao dịch Chứng khoán Đài Loan (TWSE)" is an organisation and gives no country (a country inside an organisation's
  name); "Sở Kế hoạch và Đầu tư Đồng Nai" gives the province.
- An unnamed supplier's groundbreaking reported by a park chairman ("Một nhà cung cấp đế cho Nike vừa khởi công xưởng
  gần 8 ha, vốn hàng chục triệu USD, ở KCN Tân Lập 3", 38865) gives no deal (no named firm; vague amount); Nike is a
  firm mention.
- An English lease written object-first ("A 3.5-hectare plot in ... Industrial Park will house a sole-painting workshop
  of X Co., Ltd., under a land lease contract the Nike supplier signed on Wednesday with Y JSC", 38922) is a signed
  cooperation of Y and X, undated (a weekday); "the Nike supplier" makes Nike a firm mention.
- An English opening told object-first with a budget overrun ("A $13.5 million tannery built by X, well over its first
  budget of $9.6 million, has started work in Binh Duong province", 38935) is an inauguration with the amount spent;
  both sums are money.
- A planned second tannery "to be named Mekong TanTec" (38936) is the group's announced investment; the plant's name
  is no firm; the province of the first plant ("near Ho Chi Minh City") is a mention, not the site.
- "X also agreed in March to take over Y" (38938) is a recalled acquisition agreement: X's investment deal without
  event.
- One buyer taking all the shares of two targets for one total ("About 1.1 billion yen ($10.3 million) will go on
  buying all the shares of A Vietnam Co. and B Ltd., with X Co. taking over both in February, P said", 38954) is ONE
  investment deal of the buyer with the total (JPY, the first written) and TWO announced acquisition events, one per
  target, without amount (the split is not written); the parent that reports it is a firm mention. The lead naming
  neither the buying unit nor the targets (38953) gives no event.
- "Tran Minh Duc of Hepza" (38932) is a person without role (no role word); "Nguyen Van Khoi, LEFASO chairman" and
  "Lefaso Vice President Tran Quang Vinh" keep their wording; "S. Raghavan, IAS, Executive Director, Council for Footwear
  Exports" keeps the service title in the role.
- "Vietnam Leather and Footwear Corporation" (a state corporation, 38942) is a firm with "Corporation" kept; the
  "Vietnam Leather and Footwear Association" is an organisation.
- OCR ligature loss ("producon", "shiſt") and a broken font ("THƢƠNG", "Ngƣời") are read normally; the caps orgs and
  persons of a broken-font cover are normalised (38909).
- A related-links line "Hưng Yên có thêm Ban Quản lý các khu công nghiệp" (38850) gives the province and no organisation
  (a bare unit name).
- Laws in a contract template's legal bases (38920) are decisions with their dates; a template with "CÔNG TY [...]"
  placeholders (38919) gives no firm.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_127(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    CT = cur("Cần Thơ")
    HCM = cur("Hồ Chí Minh")
    DNai = cur("Đồng Nai")
    TH = cur("Thanh Hóa")
    HP = cur("Hải Phòng")
    BDg = cur("Bình Dương")
    LA = cur("Long An")

    ids = iter(range(38801, 38801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam slugs and keyword salads (S3 r2, S3 r4, S4 r1, S4 r3, S4 r4, S11 r3, S11 r4, S14 r3: 8 of the 80
    # slots) and an off-topic English essay (S3 r3) ---
    rows += [
        h(
            n(),
            "keo dan de giay cong thuc pha che cac buoc quy trinh nguyen lieu hoa chat gia re tai xuong",
            "2023-05-14",
            "ministry",
            ["spam_line", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tỷ giá đô hôm naycách dán đế giày bị bongxổ số miền nam thứ bảy",
            "2024-07-20",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin phom giày nam size 42kết quả bóng đá đêm quatrực tiếp đá gà",
            "2024-09-03",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "khuôn đế giày eva giá xuất xưởng trung tâm chứng nhận tiêu chuẩn dòng máy công suất lớn phổ biến",
            "2022-11-08",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sản phẩm mới nhất hướng dẫn làm đế crepe thủ công giá dưới cùng",
            "2022-12-01",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy cán cao su tấm được chứng nhận ce hai trục nhà máy bán chạy nhất series xk",
            "2023-01-19",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mua da bo thuoc nguyen tam gia si ship toan quoc lien he ngay de nhan bang gia",
            "2023-03-27",
            "ministry",
            ["spam_line", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Small adhesive and solvent workshops rarely budget for scrubbers or a wastewater plant, a habit that tends to change only after the neighbours start filing complaints.",
            "2021-08-30",
            "ministry",
            [E, "off_topic_essay", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title, hashtag and one-line teaser pages (S2 r2, S4 r2, S5 r1, S5 r2, S5 r3, S6 r4, S7 r2, S7 r4,
    # S8 r1, S8 r3, S10 r1, S10 r2, S10 r4, S12 r1, S14 r1, S14 r4, S15 r1, S15 r3, S16 r3; the commonest kind), a
    # spam domain's tag page carrying a licence lead (S11 r1), a foreign aggregator (S2 r3) and a listing (S6 r2) ---
    rows += [
        h(
            n(),
            "TV& VIDEO\n\nDa giày\n\nDa thuộc: ngành giày vẫn trông vào hàng nhập\n\nVTV.vn - 65% trong số khoảng 1.700 doanh nghiệp da giày chưa tự lo được nguyên phụ liệu, theo báo cáo của ngành.",
            "2022-04-11",
            "ministry",
            [
                "tag_page",
                "section_label",
                "headline_lead",
                "outlet_nothing",
                "count",
                "approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            quantities=[c(1700, "doanh nghiệp", True)],
            percentages=[65],
            events=[],
        ),
        h(
            n(),
            "Nội địa hoá đế giày chậm, 82% doanh nghiệp vẫn nhập - VietNamNet",
            "2023-06-02",
            "ministry",
            ["html_title", "old_tone", "outlet_suffix", "percentage", "no_event"],
            percentages=[82],
            events=[],
        ),
        h(
            n(),
            "công nghiệp hỗ trợ ngành giày\n\nCập nhật tin tức công nghiệp hỗ trợ ngành giày\n\nXưởng đế, xưởng keo trong nước mới lo được một phần\n\nTheo Bộ Công Thương, các cơ sở làm đế và keo dán trong nước mới đáp ứng chừng 38% nhu cầu của nhà máy giày xuất khẩu.",
            "2023-06-02",
            "ministry",
            ["nfd", "tag_page", "headline_lead", "percentage", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "thuế chống bán phá giá giày mũ da",
            "2021-02-15",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình công nghệ thuộc da và hoàn tất da ebook pdf",
            "2022-06-09",
            "ministry",
            ["tag_page", "ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mẫu giấy chứng nhận đủ điều kiện sản xuất hóa chất",
            "2023-09-18",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trình tự cấp lại giấy phép môi trường cho cơ sở thuộc da",
            "2024-01-22",
            "ministry",
            ["tag_page", "title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gần 400 ha cụm công nghiệp đã quy hoạch, phần lớn vẫn là ruộng bỏ trống vì chưa có chính sách hút doanh nghiệp",
            "2019-10-07",
            "provincial",
            ["teaser_line", "vague_count", "area", "approx", "no_event"],
            areas=[ha(400, True)],
            events=[],
        ),
        h(
            n(),
            "Vài nhà máy giày vẫn chạy máy đúng hẹn dù dịch bùng lên lần thứ ba, trong khi một số khu công nghiệp mới được lập. Đáng chú ý, ...",
            "2021-03-26",
            "ministry",
            ["tag_page", "teaser_line", "ordinal_not_count", "cut_off", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các hãng giày dã ngoại tiếp tục rời Trung Quốc: xuất khẩu giày thể thao của Việt Nam sang Mỹ tăng vọt.",
            "2019-07-16",
            "ministry",
            ["teaser_line", "relocation_no_deal", "country_after_verb", "no_event"],
            locations=[country("Mỹ"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thêm một năm thuế chống bán phá giá của EU với giày mũ da: doanh nghiệp giày Việt tính đường khác.",
            "2009-12-23",
            "ministry",
            ["teaser_line", "bloc_nothing", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ vị trí khiêm tốn, giày dép Việt nay chỉ đứng sau Trung Quốc về xuất khẩu.",
            "2018-05-04",
            "ministry",
            ["forum_one_liner", "country_noun", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Lỗ hàng trăm tỷ đồng dù nắm thị phần lớn: bức tranh của nhiều hãng giày vốn Đài Loan.",
            "2020-04-14",
            "ministry",
            ["teaser_line", "vague_amount", "country_adjective", "no_event"],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Da microfiber là gì? Ưu nhược điểm khi làm mũ giày",
            "2023-02-27",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tiêu chuẩn quốc gia TCVN 7129:2002 da thuộc - phương pháp xác định độ bền kéo",
            "2020-08-12",
            "legal",
            ["title_page", "tcvn_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hợp đồng gia công",
            "2022-03-03",
            "ministry",
            ["tag_page", "one_word_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cao su hoa phong việt nam\n\nĐồng Nai hút thêm vốn vào đế cao su\nNgày 18/10, Phó Chủ tịch UBND tỉnh Đồng Nai Lê Minh Trí trao giấy chứng nhận đầu tư cho dự án nhà máy đế giày cao su của Công ty TNHH Cao su Hoa Phong (Việt Nam), vốn 46 triệu USD, nâng tổng vốn FDI tỉnh thu hút từ đầu năm lên khoảng 1,6 tỷ USD.\nNhà máy lớn nhất ngoài Đài Loan của Hoa Phong",
            "2015-10-21",
            "provincial",
            [
                "spam_domain_tag_page",
                "headline_lead",
                "licence",
                "leader_committee_party",
                "person_role_before",
                "vietnam_bracket_dropped",
                "bare_and_formed_one_firm",
                "cumulative_total_no_event",
                "deal_date",
                "approx",
                "multiline",
            ],
            organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
            persons=[per("Lê Minh Trí", "Phó Chủ tịch UBND tỉnh Đồng Nai")],
            provinces=[pv("Đồng Nai")],
            firms=[f("Cao su Hoa Phong", "Công ty TNHH")],
            money=[m(46 * M, "USD"), m(1.6 * B, "USD", approx=True)],
            locations=[country("Đài Loan")],
            deals=[deal("investment", ["Cao su Hoa Phong"], 46 * M, DNai, "2015-10-18")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Đồng Nai"), F("Cao su Hoa Phong")],
                    46 * M,
                    "USD",
                    DNai,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Hãng giày Việt tính mở xưởng ở Campuchia, Indonesia\nLuật xuất xứ chặt hơn và cảnh thiếu công nhân đang đẩy một số doanh nghiệp giày trong nước ra nước ngoài.",
            "2024-10-02",
            "ministry",
            ["foreign_aggregator", "headline_lead", "plan_unnamed_no_deal", "multiline", "no_event"],
            locations=[country("Campuchia"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Chuyện thương trường - Trang 214\n\nSinh nhật 12 năm một chuỗi siêu thị mini\n\nHai kỹ sư hóa rời công ty Hàn Quốc về nước làm keo dán giày gốc nước\n\nKeo gốc nước cho xưởng giày nội vẫn phải mua của hãng ngoại; hai người bạn muốn đổi điều đó.",
            "2023-11-29",
            "ministry",
            ["listing_page", "page_chrome", "startup_story", "country_after_noun", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- The trade magazine's video pages (S2 r1, S2 r4, S6 r3, S16 r1: two pages, four slots) ---
    rows += [
        h(
            n(),
            "Công nghiệp hỗ trợ ngành giày: còn nhiều chỗ trống\n\nĐế, keo và da thuộc phần lớn vẫn nhập, nên doanh nghiệp phụ liệu trong nước còn rộng đường, dù giày dép Việt đã xuất khẩu nhiều thứ nhì thế giới.\nNgọc Trâm\n\nVideo khác",
            "2023-03-15",
            "ministry",
            ["video_page", "headline_lead", "byline_person", "ordinal_not_count", "multiline", "no_event"],
            persons=[per("Ngọc Trâm", None)],
            events=[],
        ),
        h(
            n(),
            "Vốn ngoại đổ vào khâu thuộc da\n\nDa nhập cho nhà máy giày đang giảm dần khi các xưởng thuộc da vốn ngoại lần lượt chạy máy ở phía Nam trong hai năm qua.\nHoài An\n\nVideo khác",
            "2023-08-21",
            "ministry",
            ["video_page", "headline_lead", "byline_person", "region_nothing", "multiline", "no_event"],
            persons=[per("Hoài An", None)],
            events=[],
        ),
        h(
            n(),
            "Video khác\n- Giày Việt tìm đường vào thị trường Nam Mỹ\n- Xuất khẩu túi xách quý I tăng 9%",
            "2023-08-21",
            "ministry",
            ["video_page", "related_list", "region_nothing", "percentage", "multiline", "no_event"],
            percentages=[9],
            events=[],
        ),
        h(
            n(),
            "Phụ liệu giày: cơ hội cho doanh nghiệp nội - Tạp chí Công Thương",
            "2023-03-15",
            "ministry",
            ["html_title", "outlet_suffix", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a sole plant's groundbreaking in Cần Thơ told by a news aggregator and an FDI portal
    # (S1 r1 = S9 r1, S9 r3) ---
    rows += [
        h(
            n(),
            "Dựng nhà máy đế giày 145 triệu USD ở Cần Thơ\n\nLễ động thổ nhà máy đế và mũ giày thể thao của Tập đoàn Hwasung (Hàn Quốc) đã diễn ra tại KCN Trà Nóc 2 (quận Bình Thủy) cuối tuần qua.",
            "2025-10-16",
            "provincial",
            [
                "headline_lead",
                "groundbreaking",
                "headline_amount",
                "event_first",
                "country_bracket",
                "district",
                "multiline",
            ],
            provinces=[pv("Cần Thơ")],
            firms=[f("Hwasung", "Tập đoàn")],
            money=[m(145 * M, "USD")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Trà Nóc 2"), district("quận Bình Thủy")],
            deals=[deal("groundbreaking", ["Hwasung"], 145 * M, CT)],
            events=[ev("groundbreaking", [F("Hwasung")], 145 * M, "USD", CT, "started")],
        ),
        h(
            n(),
            "Toàn bộ khoảng 145 triệu USD do Hwasung tự thu xếp; khu đất 48 ha sẽ có xưởng ép đế, xưởng may mũ, kho thành phẩm và nhà điều hành.",
            "2025-10-16",
            "provincial",
            ["investor_line", "deal_no_event", "amount_first", "short_name", "area", "approx"],
            firms=[f("Hwasung")],
            money=[m(145 * M, "USD", approx=True)],
            areas=[ha(48)],
            deals=[deal("investment", ["Hwasung"], 145 * M)],
            events=[],
        ),
        h(
            n(),
            "Đế làm ra sẽ chuyển cho các xưởng ráp giày của tập đoàn ở Việt Nam và Indonesia, còn máy móc phải đạt chuẩn do khách hàng Adidas (Đức) đặt ra, ông Park Jae Hoon, Tổng giám đốc Công ty TNHH Hwasung Cần Thơ, nói.",
            "2025-10-16",
            "provincial",
            [
                "reported_speech",
                "person_role_after",
                "unit_keeps_place",
                "province_in_firm_name_no_mention",
                "intra_group_supply_no_deal",
                "brand_firm",
                "no_event",
            ],
            persons=[per("Park Jae Hoon", "Tổng giám đốc Công ty TNHH Hwasung Cần Thơ")],
            firms=[f("Hwasung Cần Thơ", "Công ty TNHH"), f("Adidas")],
            locations=[country("Indonesia"), country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Hwasung tính tới năm 2030 sẽ cần khoảng 12.000 công nhân và thu về hơn 300 triệu USD mỗi năm từ nhà máy này; quý III/2026 là mốc chạy máy giai đoạn 1.\n\nH.Vân\n\nNguồn Người Lao Động: https://nld.com.vn/kinh-te/dung-nha-may-de-giay-145-trieu-usd.htm",
            "2025-10-16",
            "provincial",
            [
                "schedule_no_event",
                "initials_nothing",
                "source_line",
                "money_per_year",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Hwasung")],
            money=[m(300 * M, "USD", "mỗi năm", approx=True)],
            quantities=[c(12000, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Hwasung (Hàn Quốc) khởi công nhà máy đế giày thể thao ở KCN Trà Nóc 2, TP. Cần Thơ vào sáng 14/10.",
            "2025-10-15",
            "ministry",
            ["fdi_portal", "groundbreaking", "deal_date", "date_last", "country_bracket"],
            provinces=[pv("Cần Thơ")],
            firms=[f("Hwasung", "Tập đoàn")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Trà Nóc 2")],
            deals=[deal("groundbreaking", ["Hwasung"], None, CT, "2025-10-14")],
            events=[ev("groundbreaking", [F("Hwasung")], None, None, CT, "started")],
        ),
        h(
            n(),
            "Sau Đồng Nai, Bình Dương và Long An, Cần Thơ là địa phương thứ tư Hwasung đặt xưởng tại Việt Nam.",
            "2025-10-15",
            "ministry",
            ["fdi_portal", "presence_no_deal", "ordinal_not_count", "province_list", "no_event"],
            provinces=[pv("Đồng Nai"), pv("Bình Dương"), pv("Long An"), pv("Cần Thơ")],
            firms=[f("Hwasung")],
            events=[],
        ),
        h(
            n(),
            '[caption id="attachment_48213" align="aligncenter" width="640"]Nghi thức khởi công nhà máy. Ảnh: Minh Khang Nghi thức khởi công nhà máy. Ảnh: Minh Khang[/caption]',
            "2025-10-15",
            "ministry",
            ["wordpress_shortcode", "caption_repeated", "photo_credit_person", "no_event"],
            persons=[per("Minh Khang", None)],
            events=[],
        ),
        h(
            n(),
            "Vốn của dự án, hơn 145 triệu đô la Mỹ (USD), đến hoàn toàn từ nước ngoài; nước thải khâu sơn đế được xử lý tại chỗ rồi mới đưa về trạm chung của KCN.",
            "2025-10-15",
            "ministry",
            ["fdi_portal", "no_firm", "currency_spelled_out", "approx", "bare_unit_word", "no_event"],
            money=[m(145 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Hwasung xây nhà máy theo ba đợt kéo dài đến năm 2031; đợt đầu cần 3.500 công nhân địa phương.",
            "2025-10-15",
            "ministry",
            ["fdi_portal", "phases_no_event", "count_in_words", "count", "no_event"],
            firms=[f("Hwasung")],
            quantities=[c(3500, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Khuôn nhôm đúc và máy ép thủy lực tự động giúp khâu ép đế bớt khoảng 30% lượng keo, ông Park Jae Hoon cho biết.",
            "2025-10-15",
            "ministry",
            ["fdi_portal", "reported_speech", "person_no_role", "percentage", "approx", "no_event"],
            persons=[per("Park Jae Hoon", None)],
            percentages=[30],
            events=[],
        ),
    ]
    # --- A provincial paper's feature on footwear workshops in Nam Định (S1 r2) ---
    rows += [
        h(
            n(),
            "Để ngành da giày Nam Định lớn lên bền vững",
            "2024-05-20",
            "provincial",
            ["headline_only", "no_event"],
            provinces=[pv("Nam Định")],
            events=[],
        ),
        h(
            n(),
            "Công nhân Công ty CP Giày da Xuân Thịnh (huyện Giao Thủy) ép đế cao su cho lô hàng đi Hàn Quốc. |",
            "2024-05-20",
            "provincial",
            ["caption", "district_in_brackets", "orders_no_deal", "no_event"],
            firms=[f("Giày da Xuân Thịnh", "Công ty CP")],
            locations=[district("huyện Giao Thủy"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Xưởng của Xuân Thịnh trong CCN Giao Thịnh (Giao Thủy) có hơn 220 máy may mũ giày nhập từ Đài Loan (Trung Quốc) và hai dây chuyền ép đế TPR, trên diện tích gần 9.500 m2.",
            "2024-05-20",
            "provincial",
            [
                "description_no_deal",
                "short_name",
                "cluster_park",
                "district_without_word_nothing",
                "count",
                "count_in_words",
                "area",
                "approx",
                "taiwan_china_both",
            ],
            firms=[f("Xuân Thịnh")],
            quantities=[c(220, "máy may", True)],
            areas=[ha(0.95, True)],
            locations=[park("Cụm công nghiệp Giao Thịnh"), country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hơn 350 lao động ở đây nhận 5,2-6 triệu đồng/người/tháng; sản lượng mỗi tháng chừng 55 nghìn đôi đế và 40 nghìn mũ giày.",
            "2024-05-20",
            "provincial",
            ["nfd", "output_no_count", "count", "approx", "money_range", "money_per_unit", "no_event"],
            money=[m(5.2 * M, "VND", "người/tháng"), m(6 * M, "VND", "người/tháng")],
            quantities=[c(350, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Phân xưởng ép đế thứ hai mà Xuân Thịnh mở ở xã Giao Hà hồi năm 2023 hiện có trên 120 công nhân.",
            "2024-05-20",
            "provincial",
            [
                "recalled_opening",
                "deal_no_event",
                "no_amount",
                "short_name",
                "commune_nothing",
                "ordinal_not_count",
                "count",
                "approx",
            ],
            firms=[f("Xuân Thịnh")],
            quantities=[c(120, "công nhân", True)],
            deals=[deal("investment", ["Xuân Thịnh"])],
            events=[],
        ),
        h(
            n(),
            "Mũ giày của Công ty TNHH May Thiên Trường ở CCN Hải Phương (Hải Hậu) đi Ba Lan, Séc và Hồng Kông (Trung Quốc); 5 xưởng của công ty dùng chừng 1.100 lao động.",
            "2024-05-20",
            "provincial",
            ["presence_no_deal", "cluster_park", "count", "approx", "country_list"],
            firms=[f("May Thiên Trường", "Công ty TNHH")],
            quantities=[c(5, "xưởng"), c(1100, "lao động", True)],
            locations=[
                park("Cụm công nghiệp Hải Phương"),
                country("Ba Lan"),
                country("Séc"),
                country("Hồng Kông"),
                country("Trung Quốc"),
            ],
            events=[],
        ),
        h(
            n(),
            "Toàn tỉnh hiện có 27 doanh nghiệp làm giày và mũ giày, phần lớn nằm trong các cụm công nghiệp ở huyện.",
            "2024-05-20",
            "provincial",
            ["statistics", "bare_unit_word", "count", "no_event"],
            quantities=[c(27, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Bình quân thu nhập của lao động ngành giày trong tỉnh đạt 6,8 triệu đồng/người/tháng, cao hơn dệt may khoảng 8%.",
            "2024-05-20",
            "provincial",
            ["nfd", "money_per_unit", "percentage", "approx", "bare_unit_word", "no_event"],
            money=[m(6.8 * M, "VND", "người/tháng")],
            percentages=[8],
            events=[],
        ),
    ]
    # --- An investment daily: a shoe maker's plant goes into production, with related links and a caption
    # (S1 r4 = S9 r2) ---
    rows += [
        h(
            n(),
            "-\nThái Bình khởi công cụm công nghiệp 1.200 tỷ đồng\n-\nHưng Yên có thêm Ban Quản lý các khu công nghiệp\n-\nGiá thuê đất KCN phía Nam tăng 9% trong quý I",
            "2025-03-10",
            "ministry",
            [
                "related_links",
                "groundbreaking_no_investor",
                "bare_unit_word",
                "percentage",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Thái Bình"), pv("Hưng Yên")],
            money=[m(1200 * B, "VND")],
            percentages=[9],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền may mũ giày tại một nhà máy vốn Hàn Quốc. Ảnh minh hoạ. Nguồn: Internet |",
            "2025-03-10",
            "ministry",
            ["caption", "old_tone", "country_adjective", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Toàn bộ dự án 265 triệu USD của Giày Dongil Việt Nam ở KCN Hiệp Phước (huyện Nhà Bè, TP.HCM) đã vận hành từ tuần trước, khi xưởng thuộc da cuối cùng chạy máy.",
            "2025-03-10",
            "ministry",
            [
                "start_of_operation",
                "inauguration_with_capital",
                "object_first",
                "vietnam_dropped",
                "district",
                "relative_day_no_date",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Giày Dongil")],
            money=[m(265 * M, "USD")],
            locations=[park("Khu công nghiệp Hiệp Phước"), district("huyện Nhà Bè")],
            deals=[deal("investment", ["Giày Dongil"], 265 * M, HCM)],
            events=[ev("inauguration", [F("Giày Dongil")], 265 * M, "USD", HCM, "completed")],
        ),
        h(
            n(),
            "Khoản 95 triệu USD tăng thêm cho phần mở rộng này đã được TP.HCM chấp thuận từ giữa năm 2023, theo hồ sơ của Giày Dongil.",
            "2025-03-10",
            "ministry",
            ["recalled_licence", "recalled_top_up", "amount_first", "deal_no_event", "month_no_date"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Giày Dongil")],
            money=[m(95 * M, "USD")],
            deals=[deal("investment", ["Giày Dongil"], 95 * M, HCM)],
            events=[],
        ),
        h(
            n(),
            "Dongil tự làm từ tấm da thuộc, đế ép đến đôi giày hoàn chỉnh cho các nhãn thể thao Mỹ và châu Âu, theo ông Lee Sang Woo, Chủ tịch Giày Dongil Việt Nam.",
            "2025-03-10",
            "ministry",
            [
                "person_role_after",
                "role_keeps_vietnam",
                "group_short_name",
                "country_after_noun",
                "region_nothing",
                "no_event",
            ],
            persons=[per("Lee Sang Woo", "Chủ tịch Giày Dongil Việt Nam")],
            firms=[f("Dongil"), f("Giày Dongil")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Vướng mặt bằng, phần mở rộng từng nằm im hơn một năm trước khi khởi động lại vào đầu năm 2025.",
            "2025-03-10",
            "ministry",
            ["delay_no_event", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chưa dự án da giày nào ở các KCN của thành phố có vốn lớn hơn, bà Trần Thu Hằng, Phó trưởng phòng Đầu tư của Ban Quản lý các khu chế xuất và công nghiệp TP.HCM (Hepza), nhận xét.",
            "2025-03-10",
            "ministry",
            [
                "reported_speech",
                "person_role_after",
                "org_acronym_bracket",
                "province_in_org_name",
                "no_event",
            ],
            organizations=["Ban Quản lý các khu chế xuất và công nghiệp TP.HCM"],
            persons=[
                per(
                    "Trần Thu Hằng",
                    "Phó trưởng phòng Đầu tư của Ban Quản lý các khu chế xuất và công nghiệp TP.HCM",
                )
            ],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- A city daily's feature on local sourcing, with a working session (S5 r4) ---
    rows += [
        h(
            n(),
            "Chừng một nửa nguyên phụ liệu cho giày xuất khẩu (XK) nay đã mua được trong nước, so với 25-35% cách đây mười năm; vài doanh nghiệp (DN) tự lo được tới 85%.",
            "2013-04-08",
            "provincial",
            ["statistics", "abbreviation_bracket", "percentage", "percentage_range", "no_event"],
            percentages=[25, 35, 85],
            events=[],
        ),
        h(
            n(),
            "Giày Phú Lâm hiện mua 65% nguyên phụ liệu trong nước; hàng giày nữ của công ty đi châu Âu gần 55%, còn lại sang Nhật Bản và Úc, ông Lâm Quốc Bảo, Tổng Giám đốc Công ty Giày Phú Lâm, cho biết.",
            "2013-04-08",
            "provincial",
            [
                "nfd",
                "reported_speech",
                "person_role_after",
                "bare_company_form",
                "bare_and_formed_one_firm",
                "region_nothing",
                "percentage",
                "no_event",
            ],
            persons=[per("Lâm Quốc Bảo", "Tổng Giám đốc Công ty Giày Phú Lâm")],
            firms=[f("Giày Phú Lâm", "Công ty")],
            percentages=[65, 55],
            locations=[country("Nhật Bản"), country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Đơn hàng FOB, chiếm khoảng 45% sản lượng của công ty, là nơi nguồn cung tại chỗ giúp tiết kiệm rõ nhất.",
            "2013-04-08",
            "provincial",
            ["statistics", "percentage", "approx", "no_event"],
            percentages=[45],
            events=[],
        ),
        h(
            n(),
            "Hóa chất cho khâu ép đế vẫn nhập gần 35%, lãnh đạo Công ty TNHH Giày dép Tân Hưng Phát (Thaphaco) báo cáo khi Chủ tịch UBND TP.HCM đến làm việc với doanh nghiệp.",
            "2013-04-08",
            "provincial",
            [
                "working_session_no_deal",
                "bare_role_no_person",
                "acronym_bracket_not_firm",
                "percentage",
                "approx",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Giày dép Tân Hưng Phát", "Công ty TNHH")],
            percentages=[35],
            events=[],
        ),
        h(
            n(),
            "35 quốc gia nhận hàng xuất khẩu của Thaphaco, nhưng thị trường chính vẫn là trong nước với khoảng 60% trong 18 triệu đôi làm ra năm 2012.",
            "2013-04-08",
            "provincial",
            ["acronym_firm", "count_first", "output_no_count", "count", "percentage", "approx", "no_event"],
            firms=[f("Thaphaco")],
            percentages=[60],
            quantities=[c(35, "quốc gia")],
            events=[],
        ),
        h(
            n(),
            "Ở khâu đế, nhiều xưởng trong nước đã làm được đế cao su lưu hóa và đế EVA ép phun, nhưng đế PU kỹ thuật vẫn chủ yếu nhập từ Trung Quốc và Đài Loan.",
            "2013-04-08",
            "provincial",
            ["imports_no_deal", "country_list", "no_event"],
            locations=[country("Trung Quốc"), country("Đài Loan")],
            events=[],
        ),
    ]
    # --- A legal daily's feature on keeping foreign investors during the pandemic (S9 r4) ---
    rows += [
        h(
            n(),
            " date 2021-08 Giữ chân nhà đầu tư ngoại\n“Ba tại chỗ” gần như bất khả thi với những nhà máy giày cả vạn công nhân.",
            "2021-08-05",
            "ministry",
            ["page_chrome_date", "subheading", "vague_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hai nhà cung cấp giày lớn nhất của Nike tại Việt Nam là Chang Shin và Pou Chen đều phải tạm đóng một số xưởng trong đợt dịch, theo Fitch Solutions.",
            "2021-08-05",
            "ministry",
            ["suppliers_no_deal", "brand_firm", "report_firm", "count_in_words", "no_event"],
            firms=[f("Nike"), f("Chang Shin"), f("Pou Chen"), f("Fitch Solutions")],
            events=[],
        ),
        h(
            n(),
            "Một nhà cung cấp đế cho Nike vừa khởi công xưởng gần 8 ha, vốn hàng chục triệu USD, ở KCN Tân Lập 3 và còn xin thêm 6 ha, ông Phan Văn Định, Chủ tịch Tổng công ty Phát triển KCN Tân Lập, dẫn chứng.",
            "2021-08-05",
            "ministry",
            [
                "reported_speech",
                "person_role_after",
                "groundbreaking_unnamed_firm_no_event",
                "vague_amount",
                "brand_firm",
                "area",
                "approx",
                "no_event",
            ],
            persons=[per("Phan Văn Định", "Chủ tịch Tổng công ty Phát triển KCN Tân Lập")],
            firms=[f("Phát triển KCN Tân Lập", "Tổng công ty"), f("Nike")],
            areas=[ha(8, True), ha(6)],
            locations=[park("Khu công nghiệp Tân Lập 3")],
            events=[],
        ),
        h(
            n(),
            "Tương tự, LG Innotek, đã rót 1,2 tỷ USD vào Hải Phòng, cũng muốn có thêm đất để mở rộng.",
            "2021-08-05",
            "ministry",
            ["recalled_investment", "deal_no_event", "request_no_deal", "apposition_clause"],
            provinces=[pv("Hải Phòng")],
            firms=[f("LG Innotek")],
            money=[m(1.2 * B, "USD")],
            deals=[deal("investment", ["LG Innotek"], 1.2 * B, HP)],
            events=[],
        ),
        h(
            n(),
            "“Họ vẫn xin thêm đất, tức là họ chưa tính rời đi”, ông Phan Văn Định nói.",
            "2021-08-05",
            "ministry",
            ["quote", "person_no_role", "no_fields_but_person", "no_event"],
            persons=[per("Phan Văn Định", None)],
            events=[],
        ),
        h(
            n(),
            "Đơn hàng giày và may mặc đã bắt đầu chảy sang Bangladesh và Indonesia, Chủ tịch Hiệp hội Dệt may Việt Nam Nguyễn Hữu Phước cảnh báo.",
            "2021-08-05",
            "ministry",
            ["person_role_before", "association", "orders_moving_no_deal", "no_event"],
            organizations=["Hiệp hội Dệt may Việt Nam"],
            persons=[per("Nguyễn Hữu Phước", "Chủ tịch Hiệp hội Dệt may Việt Nam")],
            locations=[country("Bangladesh"), country("Indonesia")],
            events=[],
        ),
    ]
    # --- A business wire on Đồng Nai's shoe makers expanding before the FTAs (S11 r2) ---
    rows += [
        h(
            n(),
            "Đồng Nai: xưởng giày lớn lên nhờ FTA\nĐồng Nai, một trong năm địa phương làm giày nhiều nhất cả nước theo Hiệp hội Da - Giày - Túi xách Việt Nam, năm nay có kim ngạch giày dép vượt mọi mặt hàng khác.",
            "2016-11-22",
            "ministry",
            ["nfd", "headline_lead", "association", "count_in_words", "multiline", "no_event"],
            organizations=["Hiệp hội Da - Giày - Túi xách Việt Nam"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Kim ngạch giày dép 10 tháng của tỉnh ước 3,9 tỷ USD, phần tăng thêm phần lớn đến từ đơn hàng dời về để hưởng thuế ưu đãi của các thoả thuận thương mại tự do.",
            "2016-11-22",
            "ministry",
            ["statistics", "old_tone", "duration_no_count", "approx", "no_event"],
            money=[m(3.9 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 260 triệu USD là vốn hiện nay của hai hãng giày Đài Loan Lạc Hưng và Lạc Phong, gấp hơn ba lần mức hơn 80 triệu USD lúc mới vào, số liệu của Sở Kế hoạch và Đầu tư Đồng Nai cho thấy.",
            "2016-11-22",
            "ministry",
            [
                "cumulative_two_firms_no_deal",
                "amount_first",
                "province_in_org_name",
                "country_adjective",
                "approx",
                "no_event",
            ],
            organizations=["Sở Kế hoạch và Đầu tư Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Lạc Hưng"), f("Lạc Phong")],
            money=[m(80 * M, "USD", approx=True), m(260 * M, "USD", approx=True)],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Ở KCN Long Khánh, một xưởng đế mới của Lạc Hưng đang lên móng; khi xong, công ty cần thêm 4.000 công nhân.",
            "2016-11-22",
            "ministry",
            ["plant_under_construction", "announced_investment", "no_amount", "place_first", "count"],
            firms=[f("Lạc Hưng")],
            quantities=[c(4000, "công nhân")],
            locations=[park("Khu công nghiệp Long Khánh")],
            deals=[deal("investment", ["Lạc Hưng"])],
            events=[ev("investment_announcement", [F("Lạc Hưng")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Samil Vina rót vốn vào Đồng Nai từ năm 1996, hiện là xưởng gia công lớn của Reebok; toàn bộ vốn đến từ Hàn Quốc.",
            "2016-11-22",
            "ministry",
            ["recalled_investment", "deal_no_event", "trailing_vina", "brand_firm", "country_after_noun"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Samil"), f("Reebok")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Samil"], None, DNai)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 26.000 người đang làm việc tại các xưởng của Samil Vina ở KCN Amata (TP. Biên Hòa), theo ông Lê Văn Tài, Chủ tịch Công đoàn công ty.",
            "2016-11-22",
            "ministry",
            [
                "person_role_after",
                "count_first",
                "trailing_vina",
                "role_generic_company",
                "city_district",
                "count",
                "approx",
                "no_event",
            ],
            persons=[per("Lê Văn Tài", "Chủ tịch Công đoàn công ty")],
            firms=[f("Samil")],
            quantities=[c(26000, "người", True)],
            locations=[park("Khu công nghiệp Amata"), district("TP. Biên Hòa")],
            events=[],
        ),
        h(
            n(),
            "Samil Vina hiện có 3 nhà máy ở Đồng Nai, mỗi năm xuất khẩu khoảng 480 triệu USD giày thể thao.",
            "2016-11-22",
            "ministry",
            ["presence_no_deal", "trailing_vina", "count", "money_per_year", "approx", "no_event"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Samil")],
            money=[m(480 * M, "USD", "mỗi năm", approx=True)],
            quantities=[c(3, "nhà máy")],
            events=[],
        ),
    ]
    # --- An investment agency's portal: a sole maker licensed in Thanh Hóa (S12 r2) ---
    rows += [
        h(
            n(),
            "Tỉnh Thanh Hóa vừa trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Đế giày Apex, đơn vị của Tập đoàn Fulin (Đài Loan), để làm nhà máy đế tại KCN Bỉm Sơn, nơi Công ty CP Hạ tầng Bỉm Sơn Xanh làm chủ đầu tư hạ tầng.",
            "2025-06-17",
            "ministry",
            [
                "licence",
                "province_as_grantor",
                "parent_group_mention",
                "park_developer_mention",
                "country_bracket",
            ],
            provinces=[pv("Thanh Hóa")],
            firms=[
                f("Đế giày Apex", "Công ty TNHH"),
                f("Fulin", "Tập đoàn"),
                f("Hạ tầng Bỉm Sơn Xanh", "Công ty CP"),
            ],
            locations=[country("Đài Loan"), park("Khu công nghiệp Bỉm Sơn")],
            deals=[deal("investment", ["Đế giày Apex"], None, TH)],
            events=[
                ev("investment_licence", [G("Tỉnh Thanh Hóa"), F("Đế giày Apex")], None, None, TH, "licensed")
            ],
        ),
        h(
            n(),
            "Nhà máy chiếm 41.000 m2; riêng giai đoạn 1 cần 285 tỷ đồng và phải xong trước quý II/2027.",
            "2025-06-17",
            "ministry",
            ["phase_no_firm", "area", "schedule_no_event", "no_event"],
            money=[m(285 * B, "VND")],
            areas=[ha(4.1)],
            events=[],
        ),
        h(
            n(),
            "Ra đời ở Đài Trung năm 1962, Fulin nay là một trong ba hãng đế giày lớn nhất châu Á, với xưởng ở Trung Quốc và Indonesia.",
            "2025-06-17",
            "ministry",
            [
                "nfd",
                "company_history",
                "foreign_city_nothing",
                "count_in_words",
                "region_nothing",
                "no_event",
            ],
            firms=[f("Fulin")],
            locations=[country("Trung Quốc"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Đại diện Fulin cho biết đơn hàng từ các hãng giày thể thao tăng đều nên tập đoàn cần thêm một cơ sở ngoài Trung Quốc.",
            "2025-06-17",
            "ministry",
            [
                "reported_speech",
                "bare_representative_no_person",
                "orders_no_deal",
                "country_noun",
                "no_event",
            ],
            firms=[f("Fulin")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bỉm Sơn thắng Nghệ An, Hà Tĩnh và Ninh Bình trong danh sách khảo sát của Fulin nhờ cảng Nghi Sơn ở gần và lao động sẵn có.",
            "2025-06-17",
            "ministry",
            ["site_survey_no_deal", "province_list", "port_nothing", "bare_town_nothing", "no_event"],
            provinces=[pv("Nghệ An"), pv("Hà Tĩnh"), pv("Ninh Bình")],
            firms=[f("Fulin")],
            events=[],
        ),
        h(
            n(),
            "Đế của Fulin chủ yếu theo giày thành phẩm sang Mỹ và châu Âu, nên thuế ưu đãi của EVFTA và CPTPP là lý do lớn để tập đoàn sang Việt Nam.",
            "2025-06-17",
            "ministry",
            ["customers_unnamed_no_deal", "country_after_verb", "region_nothing", "no_event"],
            firms=[f("Fulin")],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- A business weekly's feature on Taiwanese capital (S12 r3) ---
    rows += [
        h(
            n(),
            "Vốn Đài Loan vào ngành giày tăng tốc\nĐế, keo và da tổng hợp là những khâu hút nhiều vốn Đài Loan nhất vài năm gần đây, bên cạnh dòng vốn quen thuộc từ Hàn Quốc và Nhật Bản.",
            "2016-01-12",
            "ministry",
            ["headline_lead", "country_list", "unnamed_investors_no_deal", "multiline", "no_event"],
            locations=[country("Đài Loan"), country("Hàn Quốc"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Đại Phong, Tín Nghĩa Lợi và Hòa Thịnh Hưng là ví dụ: từ chỗ ép đế thuê cho Nike, Adidas, nay họ bán đế mang thương hiệu riêng ở nhiều nước.",
            "2016-01-12",
            "ministry",
            ["firm_list_bare", "brand_firm", "no_event"],
            firms=[f("Đại Phong"), f("Tín Nghĩa Lợi"), f("Hòa Thịnh Hưng"), f("Nike"), f("Adidas")],
            events=[],
        ),
        h(
            n(),
            "Tính đến quý III/2025, doanh nghiệp Đài Loan có khoảng 3.300 dự án còn hiệu lực tại Việt Nam, trong đó gần 400 dự án thuộc ngành giày và phụ liệu.",
            "2025-10-28",
            "ministry",
            ["statistics", "country_adjective", "count", "approx", "no_event"],
            quantities=[c(3300, "dự án", True), c(400, "dự án", True)],
            locations=[country("Đài Loan")],
            events=[],
        ),
    ]
    # --- A Chinese leather portal on a Taiwanese shoe maker cancelling a top-up, rendered here in Vietnamese
    # (S12 r4, read for its shapes) ---
    rows += [
        h(
            n(),
            "Nguồn: nhiều báo | Ảnh: chụp màn hình bản tin\nKế hoạch rót thêm 18 triệu USD vào Việt Nam của Phong Thái Hưng, hãng giày Đài Loan làm hàng cho Nike, đã bị hủy, theo tin ngày 12/3.",
            "2025-03-13",
            "ministry",
            [
                "translated_page",
                "source_chrome",
                "cancelled_top_up_no_deal",
                "country_adjective",
                "brand_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("Phong Thái Hưng"), f("Nike")],
            money=[m(18 * M, "USD")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Quyết định ban đầu, đưa ra ngày 20/3/2024, là tăng vốn cho Công ty TNHH Giày Nam Phong ở Bình Thuận; hồ sơ gửi Sở Giao dịch Chứng khoán Đài Loan (TWSE) nay viện dẫn “môi trường kinh doanh thay đổi” để rút lại.",
            "2025-03-13",
            "ministry",
            [
                "translated_page",
                "withdrawn_top_up_no_deal",
                "country_in_org_name_nothing",
                "acronym_bracket",
                "no_event",
            ],
            organizations=["Sở Giao dịch Chứng khoán Đài Loan"],
            provinces=[pv("Bình Thuận")],
            firms=[f("Giày Nam Phong", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Với 58 triệu USD, Giày Nam Phong đã khánh thành nhà máy hồi tháng 11/2023; công suất thiết kế 6,2 triệu đôi giày và 2,5 triệu đôi đế mỗi năm.",
            "2025-03-13",
            "ministry",
            [
                "translated_page",
                "recalled_opening",
                "amount_first",
                "deal_no_event",
                "capacity_no_count",
                "month_no_date",
            ],
            firms=[f("Giày Nam Phong")],
            money=[m(58 * M, "USD")],
            deals=[deal("investment", ["Giày Nam Phong"], 58 * M)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 70.000 lao động đang làm cho 6 nhà máy của Phong Thái Hưng ở Đồng Nai, Bà Rịa - Vũng Tàu và Bình Thuận, hơn 25 năm sau khi hãng vào Việt Nam.",
            "2025-03-13",
            "ministry",
            [
                "nfd",
                "translated_page",
                "presence_no_deal",
                "count_first",
                "province_list",
                "duration_no_count",
                "count",
                "approx",
                "no_event",
            ],
            provinces=[pv("Đồng Nai"), pv("Bà Rịa - Vũng Tàu"), pv("Bình Thuận")],
            firms=[f("Phong Thái Hưng")],
            quantities=[c(6, "nhà máy"), c(70000, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Hai tháng đầu năm, xuất khẩu giày dép đạt 3,6 tỷ USD, tăng 9,2%, đứng thứ năm trong các nhóm hàng, số liệu Tổng cục Thống kê cho thấy.",
            "2025-03-13",
            "ministry",
            ["translated_page", "statistics", "ordinal_not_count", "percentage", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(3.6 * B, "USD")],
            percentages=[9.2],
            events=[],
        ),
    ]
    # --- Explainers, document-store pages, theses, journal articles, legal-service pages and a contract template
    # (S3 r1, S6 r1 = S16 r2, S7 r1, S7 r3, S8 r2, S8 r4, S10 r3, S13 r1-r4, S14 r2, S15 r2, S15 r4, S16 r4) ---
    rows += [
        h(
            n(),
            "Đế EVA cần chất tạo xốp và chất liên kết ngang, còn đế cao su lưu hóa lại cần lưu huỳnh, chất xúc tiến và than đen; bài viết dưới đây của Hoá chất Đông Khuê giúp bạn phân biệt từng nhóm.",
            "2024-08-06",
            "ministry",
            ["chemical_seller_explainer", "old_tone", "bare_firm", "no_event"],
            firms=[f("Hóa chất Đông Khuê")],
            events=[],
        ),
        h(
            n(),
            "Quy trình dán đế gồm 4 bước:\n- Mài nhám mặt đế\n- Quét chất xử lý (primer)\n- Quét keo PU và sấy ở 55-60 độ C\n- Ép đế trong 10-15 giây",
            "2024-08-06",
            "ministry",
            [
                "chemical_seller_explainer",
                "bullet_list",
                "steps_no_count",
                "temperature_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Lưu ý: dung môi pha keo như toluen, acetone phải cất trong kho riêng, cách xa nguồn nhiệt ít nhất 10 m.",
            "2024-08-06",
            "ministry",
            ["chemical_seller_explainer", "distance_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "SỐ 3 (3-2018) Hiệp Hội Da - Giầy - Túi Xách Việt Nam\n\nUpload: minhtuan88\n\nPost on 12-Apr-2019\n\n184 views\n\nCategory:\n\nDocuments\n\nPage 1: SỐ 3 (3-2018) Hiệp Hội Da - Giầy - Túi Xách Việt Nam",
            "2019-04-12",
            "ministry",
            [
                "document_store",
                "newsletter_transcript",
                "user_handle_nothing",
                "org_old_spelling",
                "views_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Hiệp hội Da - Giày - Túi xách Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "VIETNAM\n\nLEFASOVIETNAM\n\nLEFASOTIN TRONG NƯỚC\n\n8 | | 9",
            "2019-04-12",
            "ministry",
            ["document_store", "glued_caps_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tổng hợp hoạt động năm 2017: 12 lớp đào tạo kỹ thuật dán đế đã được mở; 46 doanh nghiệp hội viên theo Hiệp hội dự các hội chợ phụ liệu giày ở Ý, Đức và Trung Quốc.",
            "2019-04-12",
            "ministry",
            ["nfd", "document_store", "bare_unit_word", "count", "country_list", "no_event"],
            quantities=[c(46, "doanh nghiệp"), c(12, "lớp")],
            locations=[country("Ý"), country("Đức"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Cuộc thi thiết kế giày châu Á năm 2017 nhận 31 bài dự thi từ hội viên của Hiệp hội; ba mẫu đoạt giải được đưa đi trưng bày tại Milano.",
            "2019-04-12",
            "ministry",
            [
                "document_store",
                "bare_unit_word",
                "count",
                "count_in_words",
                "foreign_city_nothing",
                "region_nothing",
                "no_event",
            ],
            quantities=[c(31, "bài dự thi")],
            events=[],
        ),
        h(
            n(),
            "Hỏi: Cơ sở thuộc da trong làng nghề có buộc phải vào cụm công nghiệp không?\nĐáp: Theo Nghị định 32/2024/NĐ-CP, cơ sở gây ô nhiễm trong khu dân cư thuộc diện được khuyến khích di dời vào cụm công nghiệp.",
            "2024-11-05",
            "legal",
            ["real_estate_explainer", "question_answer", "decree_no_date", "multiline", "no_event"],
            decisions=[d("32/2024/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "JOURNAL OF SCIENCE, 2016, Vol. 61, No. 3, pp. 88-97\nTHỰC TRẠNG NGÀNH GIÀY Ở CÁC KHU CÔNG NGHIỆP TỈNH NINH BÌNH\nTrần Thị Hảo\nTrường Đại học Hoa Lư\nTóm tắt. Ba trong năm KCN đang hoạt động của Ninh Bình tính đến cuối 2015 có nhà máy giày.",
            "2016-09-30",
            "ministry",
            [
                "journal_article",
                "caps_title_province",
                "author_person",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Hoa Lư"],
            persons=[per("Trần Thị Hảo", None)],
            provinces=[pv("Ninh Bình")],
            events=[],
        ),
        h(
            n(),
            "Lập theo Quyết định số 845/QĐ-TTg ngày 12/6/2008, KCN Tam Điệp nay đã lấp đầy khoảng 72% diện tích.",
            "2016-09-30",
            "ministry",
            ["journal_article", "decision_with_date", "decision_first", "percentage", "approx", "no_event"],
            decisions=[d("845/QĐ-TTg", "2008-06-12")],
            percentages=[72],
            locations=[park("Khu công nghiệp Tam Điệp")],
            events=[],
        ),
        h(
            n(),
            "2.105 dự án có vốn nước ngoài được cấp giấy chứng nhận đăng ký đầu tư trong 9 tháng năm 2025, cùng lúc với 118.420 doanh nghiệp mới thành lập(1).",
            "2025-10-20",
            "ministry",
            ["tax_service_explainer", "statistics", "count_first", "footnote_mark", "count", "no_event"],
            quantities=[c(118420, "doanh nghiệp"), c(2105, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Văn bản pháp lý:\n- Luật Đầu tư số 61/2020/QH14\n- Nghị định số 31/2021/NĐ-CP hướng dẫn Luật Đầu tư\n- Thông tư 25/2023/TT-BKHĐT về mẫu văn bản",
            "2025-10-20",
            "legal",
            ["tax_service_explainer", "legal_basis_list", "law_as_decision", "multiline", "no_event"],
            decisions=[d("61/2020/QH14"), d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "HOTLINE: 0912.448.305 - 0978.213.660\n\nThủ tục xin giấy chứng nhận đăng ký đầu tư cho dự án thuộc da\n\n15/03/2018",
            "2018-03-15",
            "legal",
            ["law_firm_page", "phone_numbers_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Với dự án thuộc da nằm ngoài KCN, Uỷ ban nhân dân cấp tỉnh là nơi cấp giấy, trừ trường hợp phải xin chấp thuận chủ trương theo Nghị định số 118/2015/NĐ-CP.",
            "2018-03-15",
            "legal",
            ["law_firm_page", "old_tone", "generic_committee_nothing", "decree_no_date", "no_event"],
            decisions=[d("118/2015/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "<i><b>Số 271 tháng 1/2020</b></i>\n\n64 <small>Ngày nhận: 12/9/2019</small>\n\n<small>Ngày nhận bản sửa: 14/10/2019Ngày duyệt đăng: 02/11/2019</small>",
            "2020-01-15",
            "ministry",
            [
                "document_store",
                "html_tags",
                "journal_dates_no_decision",
                "glued_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "<b>Thương mại đầu vào ngành giày giữa Việt Nam và Hàn Quốc</b>\n\n<b>Lê Thu Trang</b>\n\n<i>Trường Đại học Thương mại</i>\n\n<i>Email: </i>",
            "2020-01-15",
            "ministry",
            ["document_store", "html_tags", "author_person", "empty_email", "multiline", "no_event"],
            organizations=["Trường Đại học Thương mại"],
            persons=[per("Lê Thu Trang", None)],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "<b>Tóm tắt: </b>\n\n<i>Việt Nam xuất siêu sang Hàn Quốc ở mũ giày và da bò thuộc, nhưng nhập siêu ở hầu hết nguyên liệu còn lại như đế, keo và da tổng hợp.</i>",
            "2020-01-15",
            "ministry",
            ["document_store", "html_tags", "abstract", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bài viết tính chỉ số thương mại nội ngành theo chiều dọc (VIIT) và chiều ngang (HIIT) cho 14 nhóm hàng da giày theo danh mục SITC-Rev 3.",
            "2020-01-15",
            "ministry",
            ["document_store", "method_line", "count", "no_event"],
            quantities=[c(14, "nhóm hàng")],
            events=[],
        ),
        h(
            n(),
            "Thư viện tài liệu trực tuyến\nKho với 80,000+ tài liệu học thuật\n© 2024 Kho PDF Việt\n\nĐánh giá hiện trạng nước thải các cơ sở thuộc da tại huyện Bến Cát, tỉnh Bình Dương :Luận văn Thạc sĩ - Chuyên ngành : Khoa học Môi trường",
            "2024-02-19",
            "ministry",
            ["pdf_store", "site_chrome", "thesis_title", "district", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            locations=[district("huyện Bến Cát")],
            events=[],
        ),
        h(
            n(),
            "BỘ CÔNG THƢƠNG\nTRƢỜNG ĐẠI HỌC CÔNG NGHIỆP THỰC PHẨM TP. HỒ CHÍ MINH\nNGUYỄN HOÀNG PHÚC\nLUẬN VĂN THẠC SĨ\nNgƣời hƣớng dẫn khoa học: TS. Lê Thị Thanh",
            "2024-02-19",
            "ministry",
            [
                "pdf_store",
                "broken_font",
                "all_caps_org",
                "caps_person",
                "supervisor_label_role",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương", "Trường Đại học Công nghiệp Thực phẩm TP. Hồ Chí Minh"],
            persons=[per("Nguyễn Hoàng Phúc", None), per("Lê Thị Thanh", "Người hướng dẫn khoa học")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Ngƣời phản biện 1: ..............................\nNgƣời phản biện 2: ..............................\nLuận văn đƣợc bảo vệ tại Hội đồng chấm luận văn thạc sĩ ngày . . . tháng . . . năm . . .",
            "2024-02-19",
            "ministry",
            ["pdf_store", "broken_font", "blank_form_lines", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "88 trang | Chia sẻ: hoangvu | Lượt xem: 1874 | Lượt tải: 2\nBạn đang xem trước 20 trang tài liệu Đề tài Nghiên cứu xử lý nước thải thuộc da bằng keo tụ và bùn hoạt tính, để xem tài liệu hoàn chỉnh bạn click vào nút DOWNLOAD ở trên",
            "2017-05-02",
            "ministry",
            [
                "document_store",
                "page_counts_no_count",
                "user_handle_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Trang 1XỬ LÝ NƯỚC THẢI THUỘC DA BẰNG LẮNG HÓA HỌC VÀ LỌC SINH HỌC – C.TY THUỘC DA TÂN PHƯỚC\nMôn học: Công nghệ xử lý nước thải công nghiệp\nCBGD: PGS.TS Trần Văn Lộc",
            "2019-10-11",
            "ministry",
            [
                "course_slides",
                "glued_words",
                "caps_firm",
                "abbreviated_form",
                "lecturer_label_role",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Văn Lộc", "CBGD")],
            firms=[f("Thuộc da Tân Phước", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Theo nguồn phát sinh, nước thải thuộc da gồm: nước hồi tươi và ngâm vôi, nước thuộc crôm, nước nhuộm - ăn dầu và nước rửa sàn.",
            "2019-10-11",
            "ministry",
            ["course_slides", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ĐẠI HỌC THÁI NGUYÊN\nTRƯỜNG ĐẠI HỌC NÔNG LÂM\n\nĐINH THỊ HẠNH\n\nĐÁNH GIÁ CÔNG TÁC QUẢN LÝ CHẤT THẢI RẮN CỦA MỘT SỐ XƯỞNG GIÀY TRÊN ĐỊA BÀN HUYỆN ĐÔNG HƯNG, TỈNH THÁI BÌNH\n\nLUẬN VĂN THẠC SĨ KHOA HỌC MÔI TRƯỜNG\n\nNgười hướng dẫn khoa học: TS. Phạm Văn Quân\n\nTHÁI NGUYÊN - 2019",
            "2019-12-03",
            "ministry",
            [
                "thesis_cover",
                "all_caps_org",
                "caps_person",
                "caps_district",
                "caps_province",
                "province_in_org_name",
                "supervisor_label_role",
                "year_only",
                "multiline",
                "no_event",
            ],
            organizations=["Đại học Thái Nguyên", "Trường Đại học Nông Lâm"],
            persons=[per("Đinh Thị Hạnh", None), per("Phạm Văn Quân", "Người hướng dẫn khoa học")],
            provinces=[pv("Thái Nguyên"), pv("Thái Bình")],
            locations=[district("huyện Đông Hưng")],
            events=[],
        ),
        h(
            n(),
            "Thời gian đăng: 3/11/2022 09:41:17\nPhân biệt da bò thật, da PU và simili khi chọn giày",
            "2022-11-03",
            "ministry",
            ["nfd", "classifieds_forum", "timestamp_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giả da (simili, da PU) thường kém bền hơn da thuộc nhưng giá chỉ bằng một phần ba; ngoài giày, nhiều xưởng in hộp quà tặng cũng dùng loại vật liệu này.",
            "2022-11-03",
            "ministry",
            ["classifieds_forum", "spam_insertion", "fraction_no_percentage", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Da thật thường được ghi nhãn genuine leather, full grain hay cowhide; loại phổ biến nhất cho giày là da bò, kế đến da trâu và da dê.",
            "2022-11-03",
            "ministry",
            ["classifieds_forum", "english_words_in_vietnamese", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "docx 15 trang | Chia sẻ: thuhang_ktqd | Lượt xem: 2140 | Lượt tải: 0\nĐề tài: Phân tích một hợp đồng mua bán da thuộc giữa nhà cung cấp và xưởng giày. Nêu nhận xét của bạn",
            "2016-06-14",
            "ministry",
            [
                "course_paper_page",
                "user_handle_nothing",
                "page_counts_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "HỢP ĐỒNG CUNG ỨNG NGUYÊN LIỆU\n(HỢP ĐỒNG NGUYÊN TẮC)\ngiữa\nBên mua là CÔNG TY [...]\nvà\nBên bán là CÔNG TY [...]\nHợp đồng số: [...]\nNgày ký: [...]",
            "2025-01-08",
            "legal",
            [
                "contract_template",
                "placeholders_no_firm",
                "no_parties_no_deal",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Căn cứ:\n- Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015;\n- Luật Thương mại số 36/2005/QH11 ngày 14/6/2005;\n- Nhu cầu và khả năng của hai bên.",
            "2025-01-08",
            "legal",
            ["contract_template", "legal_basis_list", "law_as_decision", "multiline", "no_event"],
            decisions=[d("91/2015/QH13", "2015-11-24"), d("36/2005/QH11", "2005-06-14")],
            events=[],
        ),
        h(
            n(),
            "NHÌN RA THẾ GIỚI Kinh nghiệm giữ chuỗi cung ứng đế và da thuộc của Ấn Độ, Indonesia1 NGUYỄN THU HÀ * ĐỖ MINH QUÂN ** Nguyên liệu nhập chiếm phần lớn khiến doanh nghiệp giày Việt Nam dễ bị đứt gãy khi nguồn cung bên ngoài biến động",
            "2022-07-25",
            "ministry",
            ["journal_article", "ocr_run_on", "caps_person", "footnote_marks", "glued_footnote", "no_event"],
            persons=[per("Nguyễn Thu Hà", None), per("Đỗ Minh Quân", None)],
            locations=[country("Ấn Độ"), country("Indonesia")],
            events=[],
        ),
    ]
    # --- English copy: a provincial paper's lease brief (S1 r3) ---
    rows += [
        h(
            n(),
            "(ĐN)- A 3.5-hectare plot in Nhon Trach 5 Industrial Park will house a sole-painting workshop of Sunjin Shoes Vietnam Co., Ltd., under a land lease contract the Nike supplier signed on Wednesday with Song May Industrial Park Development JSC.",
            "2014-05-16",
            "provincial",
            [
                E,
                "paper_prefix",
                "land_lease_cooperation",
                "lessor_first",
                "object_first",
                "english_park_no_location",
                "brand_firm",
                "weekday_no_date",
                "area",
            ],
            firms=[
                f("Sunjin Shoes", "Co., Ltd."),
                f("Nike"),
                f("Song May Industrial Park Development", "JSC"),
            ],
            areas=[ha(3.5)],
            deals=[deal("cooperation", ["Song May Industrial Park Development", "Sunjin Shoes"])],
            events=[
                ev(
                    "cooperation",
                    [F("Song May Industrial Park Development"), F("Sunjin Shoes")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Sunjin's new workshop there is worth $5.2 million and will paint and finish some 58,000 pairs of soles a day.",
            "2014-05-16",
            "provincial",
            [E, "tenant_plant_worth", "deal_no_event", "possessive_firm", "capacity_no_count"],
            firms=[f("Sunjin")],
            money=[m(5.2 * M, "USD")],
            deals=[deal("investment", ["Sunjin"], 5.2 * M)],
            events=[],
        ),
        h(
            n(),
            "Seventeen projects have taken 141 of the park's roughly 302 hectares so far.\nReported by T.H",
            "2014-05-16",
            "provincial",
            [E, "count_in_words", "area", "approx", "initials_no_person", "multiline", "no_event"],
            areas=[ha(141), ha(302, True)],
            events=[],
        ),
    ]
    # --- English copy: a Chinese textile site's blurb (S17 r1), an English news site's pieces on footwear FDI
    # (S17 r2, S17 r3) and a leather trade magazine (S17 r4 = S20 r4) ---
    rows += [
        h(
            n(),
            "Footwear exports hit US$3.1 billion in January-August 2009, leaving the US$4.4 billion target for the year within reach, the Saigon Economic Times reported.",
            "2009-09-21",
            "ministry",
            [E, "foreign_site_blurb", "outlet_nothing", "statistics", "no_event"],
            money=[m(3.1 * B, "USD"), m(4.4 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Some 1.1 million people, mostly women under 30, work in or around the industry's roughly 520 shoe factories, which make 600 million pairs a year.",
            "2009-09-21",
            "ministry",
            [E, "foreign_site_blurb", "count", "approx", "output_no_count", "age_no_count", "no_event"],
            quantities=[c(1.1 * M, "people", True), c(520, "shoe factories", True)],
            events=[],
        ),
        h(
            n(),
            "VietNamNet Bridge – Shoe brands moving lines out of China have pushed footwear FDI to $2.4 billion, more than three times the $0.7 billion of four years ago.\n\n{keywords}",
            "2015-07-08",
            "ministry",
            [
                E,
                "outlet_prefix",
                "template_placeholder",
                "statistics",
                "country_noun",
                "multiline",
                "no_event",
            ],
            money=[m(2.4 * B, "USD"), m(0.7 * B, "USD")],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Wexford Boots of the United States is weighing whether to move its remaining Chinese lines to Vietnam, its vice president Harlan Brooks said.",
            "2015-07-08",
            "ministry",
            [E, "relocation_no_deal", "country_noun", "person_role_before", "adjectives_nothing", "no_event"],
            persons=[per("Harlan Brooks", "vice president")],
            firms=[f("Wexford Boots")],
            locations=[country("United States")],
            events=[],
        ),
        h(
            n(),
            "US duties on several shoe lines would drop from 40 percent to nothing, according to Pham Thi Bich Ngoc, deputy head of the Import-Export Department under the Ministry of Industry and Trade.",
            "2015-07-08",
            "ministry",
            [
                E,
                "person_role_after",
                "unaccented_vietnamese_name",
                "department_under_ministry",
                "adjectives_nothing",
                "percentage",
                "no_event",
            ],
            organizations=["Import-Export Department", "Ministry of Industry and Trade"],
            persons=[
                per(
                    "Pham Thi Bich Ngoc",
                    "deputy head of the Import-Export Department under the Ministry of Industry and Trade",
                )
            ],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Calloway Trail Shoes, another company from the US, shut its last Chinese plant and moved production to Vietnam in 2014, said Raymond Cho, its regional director.",
            "2015-07-08",
            "ministry",
            [E, "relocation_no_deal", "country_noun", "person_role_after", "no_event"],
            persons=[per("Raymond Cho", "regional director")],
            firms=[f("Calloway Trail Shoes")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Foreign-owned plants, 650 of them by Lefaso's count, now hold 78 percent of the market.",
            "2015-09-14",
            "ministry",
            [E, "acronym_org", "possessive_org", "count_without_noun", "percentage", "no_event"],
            organizations=["Lefaso"],
            percentages=[78],
            events=[],
        ),
        h(
            n(),
            "Not one new footwear project has been licensed this year in the city's export processing and industrial zones, Tran Minh Duc of Hepza told reporters.",
            "2015-09-14",
            "ministry",
            [E, "negated_licence_no_deal", "person_of_org_no_role", "acronym_org", "no_event"],
            organizations=["Hepza"],
            persons=[per("Tran Minh Duc", None)],
            events=[],
        ),
        h(
            n(),
            "Cheap production and the chance of higher US duties on Chinese shoes are drawing buyers, said Nguyen Van Khoi, LEFASO chairman.",
            "2018-06-27",
            "ministry",
            [E, "person_role_after", "acronym_org", "adjectives_nothing", "no_event"],
            organizations=["LEFASO"],
            persons=[per("Nguyen Van Khoi", "LEFASO chairman")],
            events=[],
        ),
        h(
            n(),
            "Puma already buys more than a third of its leather goods in Vietnam, and Adidas wants 52% of its shoes made there by 2019 against 41% two years earlier.",
            "2018-06-27",
            "ministry",
            [E, "brand_firm", "fraction_no_percentage", "percentage", "no_event"],
            firms=[f("Puma"), f("Adidas")],
            percentages=[52, 41],
            events=[],
        ),
    ]
    # --- English copy: tanneries (S18 r1-r4) ---
    rows += [
        h(
            n(),
            "A $13.5 million tannery built by Swiss-Chinese leather maker Helvetan, well over its first budget of $9.6 million, has started work in Binh Duong province; the firm bills it as the country's first low-water tannery.",
            "2017-02-09",
            "ministry",
            [
                E,
                "inauguration_with_capital",
                "object_first",
                "budget_overrun",
                "unaccented_province",
                "adjectives_nothing",
            ],
            provinces=[pv("Bình Dương")],
            firms=[f("Helvetan")],
            money=[m(13.5 * M, "USD"), m(9.6 * M, "USD")],
            deals=[deal("investment", ["Helvetan"], 13.5 * M, BDg)],
            events=[ev("inauguration", [F("Helvetan")], 13.5 * M, "USD", BDg, "completed")],
        ),
        h(
            n(),
            "A second Vietnamese tannery for Norden TanTec, to be named Mekong TanTec, will rise on 5.5 hectares of an industrial park in Long An province, not far from the group's first plant near Ho Chi Minh City.",
            "2018-10-03",
            "ministry",
            [
                E,
                "announced_investment",
                "no_amount",
                "object_first",
                "plant_name_no_firm",
                "unaccented_province",
                "area",
                "ordinal_not_count",
            ],
            provinces=[pv("Long An"), pv("Hồ Chí Minh")],
            firms=[f("Norden TanTec")],
            areas=[ha(5.5)],
            deals=[deal("investment", ["Norden TanTec"], None, LA)],
            events=[ev("investment_announcement", [F("Norden TanTec")], None, None, LA, "announced")],
        ),
        h(
            n(),
            "“Vietnam has treated us well, and sharing a lab and a buying team between the two sites keeps costs down,” said chief executive Markus Feld.",
            "2018-10-03",
            "ministry",
            [E, "quote", "person_role_before", "count_in_words", "no_event"],
            persons=[per("Markus Feld", "chief executive")],
            events=[],
        ),
        h(
            n(),
            "Norden TanTec also agreed in March to take over Brightwater Laces, a leather shoelace maker in the US.",
            "2018-10-03",
            "ministry",
            [E, "recalled_acquisition", "deal_no_event", "month_no_date", "country_noun"],
            firms=[f("Norden TanTec"), f("Brightwater Laces")],
            locations=[country("US")],
            deals=[deal("investment", ["Norden TanTec"])],
            events=[],
        ),
        h(
            n(),
            "LEATHER NEWS INDIA 14 SPECIAL FEATURE Visit of Indian Footwear Delegation to Vietnam August 4-8, 2015 By S. Raghavan, IAS, Executive Director, Council for Footwear Exports",
            "2015-09-01",
            "ministry",
            [
                E,
                "pdf_magazine",
                "caps_masthead",
                "byline_with_role",
                "service_title_in_role",
                "adjectives_nothing",
                "no_event",
            ],
            organizations=["Council for Footwear Exports"],
            persons=[per("S. Raghavan", "Executive Director, Council for Footwear Exports")],
            events=[],
        ),
        h(
            n(),
            "Asia now makes close to 88% of the world's shoes; total producon stood at 22.5 billion pairs in 2013, and the shiſt from Europe shows no sign of slowing.",
            "2015-09-01",
            "ministry",
            [
                E,
                "pdf_magazine",
                "ocr_ligature_loss",
                "region_nothing",
                "output_no_count",
                "percentage",
                "approx",
                "no_event",
            ],
            percentages=[88],
            events=[],
        ),
        h(
            n(),
            "Leather sector seeks state help\n\n12 March 2002\n\nA target of 65 million ft² of finished leather a year by 2012 is out of reach without cheaper credit, local tanners told the government.",
            "2002-03-12",
            "ministry",
            [
                E,
                "headline_dateline",
                "wish_no_deal",
                "capacity_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "The state-owned Vietnam Leather and Footwear Corporation wants 12-year loans at 3-4% a year, plus help paying for wastewater treatment.",
            "2002-03-12",
            "ministry",
            [
                E,
                "state_corporation_firm",
                "corporation_kept",
                "wish_no_deal",
                "percentage_range",
                "duration_no_count",
                "no_event",
            ],
            firms=[f("Vietnam Leather and Footwear Corporation")],
            percentages=[3, 4],
            events=[],
        ),
    ]
    # --- English copy: leather imports and the materials gap (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "Of the roughly 260 million pairs of shoes and sandals made in 2001, 85% were shipped abroad; they took about 95 million square feet of leather.",
            "2002-05-20",
            "ministry",
            [E, "statistics", "output_no_count", "percentage", "no_event"],
            percentages=[85],
            events=[],
        ),
        h(
            n(),
            "Shoemakers pay a premium for hides from Brazil, Italy and the US because local tanneries fill only 25-35% of their needs, the Vietnam Leather and Footwear Association said.",
            "2014-03-18",
            "ministry",
            [E, "association", "percentage_range", "country_list", "imports_no_deal", "no_event"],
            organizations=["Vietnam Leather and Footwear Association"],
            percentages=[25, 35],
            locations=[country("Brazil"), country("Italy"), country("US")],
            events=[],
        ),
        h(
            n(),
            "The industry's 760,000 workers are spread over roughly 1,200 companies, plus thousands of household workshops.\n\nSource: FDRA",
            "2014-03-18",
            "ministry",
            [E, "count", "approx", "vague_count", "source_credit_nothing", "multiline", "no_event"],
            quantities=[c(760000, "workers"), c(1200, "companies", True)],
            events=[],
        ),
        h(
            n(),
            "Source: Pano feed\n\n1611842-20150922101533-de-giay-3\n\nLocal suppliers provide only 42-47 per cent of footwear materials, which in turn account for 65-72 per cent of what a pair costs to make.",
            "2015-09-22",
            "ministry",
            [
                E,
                "blog_repost",
                "image_filename_line",
                "agency_nothing",
                "percentage_range",
                "multiline",
                "no_event",
            ],
            percentages=[42, 47, 65, 72],
            events=[],
        ),
        h(
            n(),
            "South Korea supplied 17 per cent of imported leather, Taiwan 15 per cent and Thailand 10 per cent; at home, 136 firms, tanners among them, make materials.",
            "2015-09-22",
            "ministry",
            [E, "statistics", "count", "country_list", "percentage", "no_event"],
            quantities=[c(136, "firms")],
            percentages=[17, 15, 10],
            locations=[country("South Korea"), country("Taiwan"), country("Thailand")],
            events=[],
        ),
        h(
            n(),
            "06:00 | 14/10/2021 Economy\n\n(VEN) - Pandemic-driven shortages have pushed footwear makers to widen their sourcing of soles, leather and glue beyond China.",
            "2021-10-14",
            "ministry",
            [E, "timestamp_line", "outlet_prefix", "country_noun", "multiline", "no_event"],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "With 93 percent of its shoes sold in the US and Europe and about 40 percent fewer Chinese materials arriving in the first quarter, the industry was hit at both ends, Lefaso Vice President Tran Quang Vinh said.",
            "2021-10-14",
            "ministry",
            [
                E,
                "person_role_before",
                "acronym_org",
                "percentage",
                "approx",
                "country_noun",
                "region_nothing",
                "no_event",
            ],
            organizations=["Lefaso"],
            persons=[per("Tran Quang Vinh", "Lefaso Vice President")],
            percentages=[93, 40],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "A worker trims rubber outsoles at a plant near Ho Chi Minh City. Photo: VEN",
            "2021-10-14",
            "ministry",
            [E, "caption", "agency_credit_nothing", "unaccented_province", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- English copy: an adhesive maker's corporate story (S20 r1), a Japanese wire's acquisition item (S20 r2)
    # and a Chinese machinery site (S20 r3) ---
    rows += [
        h(
            n(),
            "Bonding the perfect sneaker: how Kleber Werke automates sole attachment in Vietnam\n\nIndustrial Adhesives Automation Footwear Mar 3, 2022",
            "2022-03-03",
            "ministry",
            [E, "corporate_story", "tags_line", "multiline", "no_event"],
            firms=[f("Kleber Werke")],
            events=[],
        ),
        h(
            n(),
            "Most big sportswear brands that build shoes in Vietnam glue their soles with Kleber Werke products, the company says; it opened its local office in 2004.",
            "2022-03-03",
            "ministry",
            [E, "corporate_story", "customers_unnamed_no_deal", "office_no_deal", "no_event"],
            firms=[f("Kleber Werke")],
            events=[],
        ),
        h(
            n(),
            "HANOI, NNA - Japan's Kashiwa Chemical Co. is expanding its shoe-sole resin business in Vietnam through its Taiwanese arm, which plans to acquire two local makers of polyurethane adhesive and synthetic leather.",
            "2020-10-02",
            "ministry",
            [
                E,
                "dateline_agency",
                "buyer_and_targets_unnamed_no_event",
                "country_possessive",
                "adjectives_nothing",
                "count_in_words",
            ],
            firms=[f("Kashiwa Chemical", "Co.")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "About 1.1 billion yen ($10.3 million) will go on buying all the shares of Dai Tin Polymer Vietnam Co. and Lotus Synthetic Leather Ltd., with Fuhsin Chemical Industry Co. taking over both in February, Kashiwa said.",
            "2020-10-02",
            "ministry",
            [
                E,
                "announced_acquisition",
                "amount_first",
                "one_buyer_two_targets",
                "total_amount_on_deal",
                "yen_amount",
                "conversion",
                "approx",
                "vietnam_dropped",
                "month_no_date",
            ],
            firms=[
                f("Dai Tin Polymer", "Co."),
                f("Lotus Synthetic Leather", "Ltd."),
                f("Fuhsin Chemical Industry", "Co."),
                f("Kashiwa"),
            ],
            money=[m(1.1 * B, "JPY", approx=True), m(10.3 * M, "USD", approx=True)],
            deals=[deal("investment", ["Fuhsin Chemical Industry"], 1.1 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Fuhsin Chemical Industry"), F("Dai Tin Polymer")],
                    None,
                    None,
                    None,
                    "announced",
                ),
                ev(
                    "acquisition",
                    [F("Fuhsin Chemical Industry"), F("Lotus Synthetic Leather")],
                    None,
                    None,
                    None,
                    "announced",
                ),
            ],
        ),
        h(
            n(),
            "Kashiwa owns 51.2 percent of Fuhsin, whose resins already lead Vietnam's market for athletic-shoe polyurethane.",
            "2020-10-02",
            "ministry",
            [E, "shareholding_no_deal", "short_names", "percentage", "no_event"],
            firms=[f("Kashiwa"), f("Fuhsin")],
            percentages=[51.2],
            events=[],
        ),
        h(
            n(),
            "The two targets' plants sit side by side in Dong Nai province, next to Ho Chi Minh City, which gives Fuhsin room for urethane resin output.",
            "2020-10-02",
            "ministry",
            [E, "location_line_no_deal", "count_in_words", "unaccented_province", "no_event"],
            provinces=[pv("Đồng Nai"), pv("Hồ Chí Minh")],
            firms=[f("Fuhsin")],
            events=[],
        ),
        h(
            n(),
            "Call Us Today\n+86-15860412277\nHome » News » Industry News » Vietnam's Share Of Taiwanese Shoe Output Keeps Rising\nViews: 3 Author: Site Editor Publish Time: 2022-05-18 Origin: Site",
            "2022-05-18",
            "ministry",
            [
                E,
                "machinery_site_chrome",
                "breadcrumb",
                "phone_nothing",
                "views_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Vietnam now accounts for 47% of one Taiwanese shoemaker's capacity, two points more than a year earlier, and its two big rivals are close behind.",
            "2022-05-18",
            "ministry",
            [E, "unnamed_firms", "count_in_words", "adjectives_nothing", "percentage", "no_event"],
            percentages=[47],
            events=[],
        ),
    ]
    return rows
