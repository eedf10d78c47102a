# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 75 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (results ranked 5 or lower were not used; see
"Own wording" for the rows taken out again), on the theme of this batch: the automotive and mechanical supporting
industry (car, motorbike and truck parts, moulds and stamping, engines, EV and battery suppliers) in Hải Phòng, Quảng
Ninh, Quảng Nam/Đà Nẵng (Chu Lai), Hà Nội, Bắc Ninh, Thái Nguyên and Vĩnh Phúc/Phú Thọ: localisation rates, supplier
contracts with assemblers, joint ventures, acquisitions, licences, plant openings, and English wire copy on auto-parts
FDI. Searches, numbered S1-S20 in the section comments: S1 "tỷ lệ nội địa hóa ô tô doanh nghiệp linh kiện trong nước
2025", S2 "Hải Phòng nhà máy linh kiện ô tô điện nhà cung cấp VinFast", S3 "Quảng Ninh nhà máy lắp ráp ô tô khu công
nghiệp khởi công", S4 "Chu Lai Thaco nhà máy linh kiện phụ tùng hợp đồng xuất khẩu", S5 "Bắc Ninh nhà máy sản xuất linh
kiện ô tô xe máy cấp giấy chứng nhận đầu tư", S6 "Thái Nguyên dự án cơ khí chế tạo phụ tùng khánh thành nhà máy", S7
"Vĩnh Phúc Phú Thọ nhà máy phụ tùng xe máy nhà cung cấp cấp 1 Honda Toyota", S8 "Hà Nội doanh nghiệp khuôn mẫu dập kim
loại linh kiện ô tô xuất khẩu", S9 "liên doanh sản xuất động cơ ô tô Việt Nam ký kết thành lập", S10 "mua lại cổ phần
công ty phụ tùng ô tô thương vụ M&A Việt Nam", S11 "nhà máy sản xuất pin xe điện Việt Nam khởi công vốn đầu tư", S12 "ký
hợp đồng cung cấp linh kiện cho nhà máy lắp ráp xe tải xe buýt", S13 "khánh thành nhà máy sản xuất xe máy điện linh
kiện", S14 "ký biên bản ghi nhớ hợp tác sản xuất linh kiện ô tô điện doanh nghiệp", S15 "Đà Nẵng nhà máy cơ khí chính
xác linh kiện ô tô Nhật Bản tăng vốn đầu tư", S16 "chương trình ưu đãi thuế nhập khẩu linh kiện ô tô nghị định công
nghiệp hỗ trợ", and four in English: S17 "Vietnam auto parts factory FDI investment certificate million USD", S18 "Hai
Phong electric vehicle battery plant supplier agreement", S19 "Vietnam automotive supporting industry localisation rate
suppliers Thaco Toyota", S20 "Japanese Korean auto components maker opens factory in northern Vietnam". Annotated for
every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. No sentence is
taken or paraphrased from a page; the shapes are. Firm, park and person names are invented; well-known brands (Toyota,
Honda, Ford, Hyundai, Kia, GM, BYD, Mazda, VinFast) appear only in sentences of our own, with figures, dates and places
changed.

What the 80 result slots looked like (about 68 distinct pages: a one-line title on a carmaker fixing the date of a $4
billion groundbreaking abroad came back five times, a supplier tag page and a battery MoU tag page twice each): 8 were
gambling spam and junk keyword lines (S6, S7, S8, S12); 16 were one-line titles and tags (the repeated planned-
groundbreaking title, a video title "Bloomberg: ... plans a plant abroad", a closed steel plant, a law firm's and a
freight firm's Bắc Ninh tags, an unaccented Đà Nẵng planning tag, all four of S16's tax tags, a procurement tag and a
tender hashtag); 12 were tag, category, author and listing pages with a headline and a lead (a taxonomy page on
localisation with old tone placement, a car plant's park and its developer, Quảng Ninh's first car plant about to run, a
Thái Nguyên cluster being finished, a carmaker taking over a foreign assembler's plant and dealers, a JV blurb with a
bullet, a capital-correction listing, an author page on a battery-cell plant approved by the province, a supplier's
wish to work with a carmaker told twice, a firm-firm battery MoU told twice, an aircraft-parts investment decided with
its author line); 1 one-sentence snippet (gigafactories); 1 video blurb; 7 theses, course papers and covers (all four
of S10's M&A papers, a Bắc Ninh FDI course paper with its member list, an EV-standards paper with old tone, an English
dissertation cover sheet); 3 foreign-language pages (a Chinese brief on a second EV plant, a Japanese brief on a
carmaker's three-year spending, a Japanese brief on a German supplier's plant opening beside its customer; read for their
shapes only and rendered in Vietnamese); 19 Vietnamese news pages and features (three localisation features with
statistics, an association's ranking, quotes and supplier tiers, a Quảng Ninh feature with project lines per park, a
Chu Lai history with a subheading and a project list, a mechanical-industry forum, a construction firm's page on Bắc
Ninh, a 2009 steel groundbreaking stub with a caps byline, a Vĩnh Phúc supplier-tier feature, a CNHT feature, a
licence blog copy, an EV-motorbike opening told by two papers and its groundbreaking a year before with two timestamps
and a keyword line, a coal group's electric-truck MoU with specs and a source line, a battery-plant groundbreaking
caption with a cooperation agreement, a printed magazine page on a Japanese parts plant with its "Posted By" line and
footer, a Đà Nẵng feature with a purchase-contract caption, an FDI feature with related links); 12 English pages (a VNA
FDI report, a VIR portal piece on a licence adjustment and a Hong Kong firm's certificate, a paywalled DealStreetAsia
lead, a VNS nickel-supply MoU, a Nikkei groundbreaking of a battery joint venture, VNA, bizhub and vnauto localisation
features with a caption, a Tuổi Trẻ News ministry-carmaker MoU, a Hà Nội Times piece on a Korean parts plant told twice,
a construction portal on four Korean parts makers breaking ground the same day). About 30 of the 80 slots told a deal or
an event in some form: planned and held groundbreakings (10, five of them the repeated title), licences and approvals
(5), memoranda (5), openings (4), a takeover (1), a purchase contract in a caption (1), investments decided or in place
(4). No joint venture being formed and no stake purchase came up in any first four (S9 and S10 gave a JV blurb, a
takeover tag and course papers only).

Rows: 156 (hand-18001 to hand-18156). 35 carry a deal or an event (22%, below the slots' share because the deal pages
gave mostly context rows and the repeated title was written three ways only): 29 events in 27 rows (10 groundbreakings,
6 investment announcements, 4 inaugurations, 4 licences, 3 MoUs, 1 acquisition, 1 supply contract) and 36 `deals`
entries in 32 rows (21 investment, 12 groundbreaking, 2 mou, 1 supply_contract); 8 rows hold a deal without an event
(project lines in Quảng Ninh, a park developer named, a recalled groundbreaking, a priced plant, split-row amounts), 3
an event without a deal (an opening without capital told without its worth, a line starting to run, a ministry-firm
MoU). 121 rows are negatives and other fields. By page kind: 4 rows of spam and junk (0 with a deal or event), 29 of
titles, tags, hashtags, video titles and blurbs, snippets, listing and author pages (7), 10 of theses, covers and tables
of contents (0), 3 rendering foreign-language pages (`foreign_page_rendered`; 3), 70 of Vietnamese news and features
(15), 40 of English copy (`english_copy`; 10). 8 rows are stored in NFD (hand-18023, 18031, 18048, 18077, 18078, 18088,
18090, 18109), 5 use old tone placement ("hoá", "thoả": hand-18021, 18024, 18031, 18054, 18104), 47 hold a headline
with its lead, a subheading, a caption with its credit, timestamps, a byline, footer lines or several lines.

Own wording: on review of the first draft against the sampled pages, about 80 rows were found to follow a sampled
sentence too closely (same clause order with names and figures swapped, or a translation of a foreign brief): the
planned-groundbreaking and video titles, the closed-plant title, four tag lines, the JV blurb, the gigafactory snippet,
the video blurb, the localisation tag page, the car-plant, cluster and takeover tag pages, the capital-correction
listing, the statistics, ranking, quote and seminar rows of the localisation features, the supplier-tier rows, the
Quảng Ninh project lines and leader's view, the electric-truck MoU and its plant, spec and delivery rows, the park
developer row, the rendered Japanese and Chinese briefs, the Chu Lai history rows, the forum rows, the battery licence
and funding rows, the groundbreaking caption, the EV-motorbike opening, groundbreaking and quote rows, the builder's
page, the Đà Nẵng plant, vice-chairman, statistics, caption, supplier and quote rows, the aircraft-parts tag, the steel
stub, and nearly all English rows (licence adjustment, certificate, consultant, paywall lead, nickel MoU and its terms,
quotes, JV groundbreaking, localisation leads and caption, ministry MoU and its quotes, the brake plant, park director,
groundbreakings and customers); every one was rewritten from scratch (other clause order, other facts around it, other
figures and dates) and its gold redone, and a few were replaced by other lines of the same pages. Two drafted rows were
taken out because their shape came only from results ranked 5 or lower (a first batch of CKD parts received at a
Quảng Ninh car plant, seen only at rank 8 of S3; a group's parts exported to a count of countries, seen only at rank 7
of S4); the joint-venture contract with a Chinese carmaker (rank 8 of S9), a car plant's capital increase in Đà Nẵng
(rank 8 of S15) and a new scooter model (ranks 7-8 of S13) were never drafted.

Conventions: exactly those of batches 10 and 12-73 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence ("chấp thuận chủ trương đầu tư", "licensed", "approved a $N increase") is an investment
deal with its amount and an investment_licence event whose government party is written as in the text and left out
when the row names none; a capital increase carries the increase, not the new total; a held groundbreaking ("khởi
công", "động thổ", "broke ground", "construction has started") is a groundbreaking deal and event "started", dated only
when the row gives a day; a joint groundbreaking is one deal per investor and one event with all of them; a planned
groundbreaking and a named firm's plan with an amount are announced investments; an opening with its capital is an
investment deal and an inauguration event, without capital the event only; a recalled groundbreaking or investment is a
deal without an event; a split row or project line naming the investor with an amount and no verb of its own is a deal
without an event and without site unless its row writes the province; a firm-firm MoU is an mou deal and event; a
ministry-firm support MoU is an mou event with no deal; an acquisition's deal is the buyer's investment, its event
lists buyer and target; a purchase written buyer-first is a supply contract listing the seller first; a firm described
as another's supplier states no contract; totals of unnamed projects, cumulative figures, wishes, proposals, conditions,
planning and working sessions with no named decision give no deal; leaders who attend are no parties; a province
written as the actor of a groundbreaking is a government party with the firm; a dateline is a province mention, not a
site; "(cũ)" and old province names (Hải Dương, Quảng Nam, Vĩnh Phúc, Bắc Giang) are mentions with the current unit as
site; a province inside a firm's name is no mention, inside an organisation's, park's or zone's it is; "Khu công nghệ
cao Đà Nẵng" names the province only; districts before July 2025 are locations, communes and bare place names are not;
English parks and zones are no locations; a foreign subsidiary drops "Việt Nam"/"Vietnam" and a trailing "Vina";
Vietnamese legal forms are normalised, foreign ones kept as written; "Công ty CP Tập đoàn X" is X with "Công ty CP";
organisations expand UBND; a reused short name in the same row is no firm of its own, a short name alone in its row is a
firm; vague amounts ("trăm tỉ", "several million USD") are not amounts; capacities, tonnages, durations, ordinals, counts
in words and counts without a noun are no counts, both ends of a range are; bylines and photo credits are persons
without a role (caps names in title case), agency credits ("TTXVN", "VNA/VNS Photo", "— VNS") nothing; "TS.", "PGS.TS",
"Dr." are no roles; newspapers, magazines and portals are neither firms nor organisations. Every row with no event
carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A wire-reported plan without an amount ("Video: Lạc Hồng Motor cân nhắc Ấn Độ cho nhà máy lắp ráp thứ hai, theo
  Reuters"; "expects to open a third ... in Ha Tinh"; "wants to double ... its test bay") is no deal: the firm is
  weighing or hoping, and no sum is committed; the country is a location.
- A named firm's decision told to a city's leaders without an amount ("Tập đoàn Sanyo Gomu (Nhật Bản) sẽ dựng nhà máy
  ... ở KCN Hòa Cầm, ông X ... cho lãnh đạo UBND TP Đà Nẵng biết trong buổi làm việc") is an announced investment with
  no amount (the decision is stated, not merely discussed); the next row's "Vốn dự kiến 18 triệu USD" without the firm is
  money only.
- A target-first takeover tag ("Daewon Motors Việt Nam về tay Ô tô Sao Kim / Theo thoả thuận vừa ký, xưởng lắp ráp ở Hà
  Nội và 18 đại lý của Daewon sẽ chuyển sang Sao Kim") is the buyer's investment deal and a signed acquisition event
  sited in Hà Nội; the short "Daewon" and "Sao Kim" in the lead are the same firms.
- A licence told object-first ("Dự án hơn 7.280 tỷ đồng của Công ty CP X đã có quyết định chấp thuận chủ trương đầu tư
  của UBND tỉnh Hà Tĩnh") gives the committee as written; "dự án vừa qua bước chấp thuận chủ trương đầu tư, Ban Quản lý
  Khu kinh tế tỉnh Hà Tĩnh cho hay" is a licence with no grantor (the board only reports it) and the headline's amount.
- English: "the provincial People's Committee approved a $300 million increase" names no organisation, so the licence
  has no government party; "Thai Nguyen province ... licensed a $150 million ... project for Singapore-based X Pte. Ltd."
  has the province as written as grantor; a start date given in the licence sentence ("builders move on site on March
  3") is folded into the licence (one event).
- A groundbreaking caption ("Lãnh đạo tỉnh và Công ty CP X xúc cát khởi công nhà máy pin. Ảnh: Y - TTXVN") is X's
  groundbreaking deal and event with no site; unnamed "lãnh đạo tỉnh" are no party; a technology partner described in
  the next sentence ("Đối tác công nghệ của dự án là Tập đoàn Z") gives no cooperation deal (no agreement is reported).
- A caption naming a buyer as the first local customer to sign ("Công ty CP A là khách hàng Việt đầu tiên ký hợp đồng
  mua máy nén khí của Công ty TNHH B Việt Nam") is a signed supply contract, seller B first.
- A groundbreaking "hồi tháng 10-2014" in a November 2014 article is current (event "started", no date), not recalled;
  one built "năm 2004" in a 2023 history is recalled (deal, no event).
- Three firms that "held their own groundbreakings at the same park that afternoon" give one deal and one event each
  (separate ceremonies), not one joint event; the next row's amounts per firm are deals without events.
- "Hai Phong – Ground was broken on Tuesday for X's plant in Nam Dinh Vu Industrial Park": the dateline is a mention,
  the English park no site, so the groundbreaking has no province; "The US$18.4 million brake plant of X ... in Hai
  Phong's ... Industrial Park" is X's investment sited in Hải Phòng, no event (a magazine's background).
- A line that starts running, rendered from a Chinese brief ("Dây chuyền xe điện mini của X ở Hà Tĩnh đã chạy từ tuần
  trước"), is an inauguration event without a deal (batch 69's start of operation).
- A planned start of sales with no amount ("hãng hẹn bán chiếc xe khách đầu tiên vào dịp Tết 2027") is no event; a
  priced complex that "đã có lịch khởi công" is an announced investment (a planned groundbreaking with its amount).
- "Chuyên gia ô tô Lý Văn Tài" keeps the role as written at the start of the sentence ("Chuyên gia ô tô"); "bà Đỗ Thị
  Hạnh, Giám đốc công ty" keeps "Giám đốc công ty"; a course cover's "GVHD:" label gives the role "GVHD"; English roles
  keep their wording before the name ("Hung Dao Group board chairman", "Honda Vietnam general director", "Tay Bac Nickel
  Mining chairman") or after it ("a partner at consultancy IPV Partners").
- "Viện Nghiên cứu Chiến lược, Chính sách Công Thương" is one organisation with its comma; a faculty line ("KHOA KINH TẾ
  VÀ KINH DOANH QUỐC TẾ") is no organisation, a named institute ("VIỆN THƯƠNG MẠI VÀ KINH TẾ QUỐC TẾ") and a
  university are; a lower-case "viện" standing for an institute named earlier is none.
- "vốn Thụy Điển", "vốn Trung Quốc", "Nhà đầu tư Đài Loan", "hãng Đức", "đối tác Séc" give country locations (batch 73's
  country adjectives); in English, "of China", "China's", "Singapore-based" and "from Thailand" do; "Korean" and
  "Japanese" adjectives were kept out of the English rows' gold as in batch 73.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_75(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    HP = cur("Hải Phòng")  # also Hải Dương (cũ)
    DN = cur("Đà Nẵng")  # also Quảng Nam (cũ)
    HN = cur("Hà Nội")
    BN = cur("Bắc Ninh")  # also Bắc Giang (cũ)
    TN = cur("Thái Nguyên")
    HT = cur("Hà Tĩnh")
    HUE = cur("Huế")
    NA = cur("Nghệ An")

    ids = iter(range(18001, 18400))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam, junk keyword lines, one-line titles and tags (S6, S7, S8, S12, S16; the repeated planned-groundbreaking title of S2, S3, S4, S9, S11) ---
    rows += [
        h(
            n(),
            "w88vip kết quả cúp c1 đêm quaphụ tùng xe wave chính hãng giá bao nhiêutrả góp xe tay ga lãi 0%",
            "2024-04-02",
            "ministry",
            ["spam_keywords", "glued_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sv388 lịch thi đấu ngoại hạng anhđèn xi nhan xe máy loại nàobảng giá ắc quy xe đạp điện",
            "2024-06-19",
            "ministry",
            ["spam_keywords", "glued_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá thành dây chuyền đúc piston quy mô nhỏ chi phí nhà máy",
            "2023-11-08",
            "ministry",
            ["junk_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy dập thủy lực quy trình chỉ số chi phí nhập khẩu",
            "2023-11-08",
            "ministry",
            ["junk_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lạc Hồng Motor sẽ xây nhà máy xe điện 1,6 tỷ USD ở Indonesia, khởi công trong quý tới",
            "2024-07-30",
            "ministry",
            ["title_only", "planned_groundbreaking", "announced_investment", "plant_abroad"],
            firms=[f("Lạc Hồng Motor")],
            money=[m(1.6 * B, "USD")],
            locations=[country("Indonesia")],
            deals=[deal("investment", ["Lạc Hồng Motor"], 1.6 * B)],
            events=[ev("investment_announcement", [F("Lạc Hồng Motor")], 1.6 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Tổ hợp xe tải điện 900 triệu USD của Sông Lam Auto ở Nghệ An đã có lịch khởi công",
            "2025-08-14",
            "provincial",
            ["title_only", "planned_groundbreaking", "announced_investment"],
            provinces=[pv("Nghệ An")],
            firms=[f("Sông Lam Auto")],
            money=[m(900 * M, "USD")],
            deals=[deal("investment", ["Sông Lam Auto"], 900 * M, NA)],
            events=[ev("investment_announcement", [F("Sông Lam Auto")], 900 * M, "USD", NA, "announced")],
        ),
        h(
            n(),
            "Video: Lạc Hồng Motor cân nhắc Ấn Độ cho nhà máy lắp ráp thứ hai, theo Reuters",
            "2024-02-21",
            "ministry",
            ["video_title", "agency_suffix", "plan_considered_no_amount", "ordinal_not_count", "no_event"],
            firms=[f("Lạc Hồng Motor")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Bỏ hoang nhiều năm, xưởng đúc phôi thép trăm tỉ ở Quảng Ninh thành bãi cỏ",
            "2023-05-27",
            "provincial",
            ["title_only", "vague_amount", "no_event"],
            provinces=[pv("Quảng Ninh")],
            events=[],
        ),
        h(
            n(),
            "Thủ tục xin giấy phép xây dựng nhà xưởng tại Bắc Ninh mới nhất",
            "2025-01-10",
            "ministry",
            ["tag_page", "law_firm_tag", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "cước vận chuyển container Hải Phòng đi Bắc Ninh",
            "2024-09-12",
            "ministry",
            ["tag_page", "freight_tag", "no_event"],
            provinces=[pv("Hải Phòng"), pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "hợp đồng khung mua linh kiện",
            "2024-03-05",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "#mời thầu cung cấp phụ tùng thay thế xe buýt",
            "2025-02-26",
            "ministry",
            ["hashtag_page", "tender_tag", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ưu đãi thuế linh kiện ô tô nhập khẩu",
            "2024-12-01",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xe bán tải nhập khẩu năm 2026 chịu thuế bao nhiêu?",
            "2025-12-20",
            "ministry",
            ["tag_page", "question", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thue tieu thu dac biet o to lap rap trong nuoc",
            "2025-03-03",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "phân bổ hạn ngạch thép cán nguội 2024",
            "2024-01-15",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy hoach cum cong nghiep co khi o to den nam 2035",
            "2025-05-07",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xe ô tô nhập khẩu nguyên chiếc\n• Xe nhập từ Thái Lan và Indonesia chiếm gần một nửa lượng xe bán ra trong quý III, mức cao nhất từ năm 2019.",
            "2024-10-09",
            "ministry",
            ["tag_page", "bullet", "multiline", "fraction_in_words", "no_event"],
            locations=[country("Thái Lan"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            'Cuộc đua "siêu nhà máy" pin giữa BYD, Hyundai và Ford đang kéo giá cell LFP xuống mức thấp kỷ lục.',
            "2023-06-02",
            "ministry",
            ["snippet", "bare_brands_list", "no_event"],
            firms=[f("BYD"), f("Hyundai"), f("Ford")],
            events=[],
        ),
        h(
            n(),
            "Made in Vietnam (12/5/2022): Xưởng khuôn Bắc Ninh nhận đơn khuôn dập nắp capo\nTừ chỗ chỉ sửa khuôn cho khách Nhật, một xưởng 40 người ở Bắc Ninh nay tự thiết kế khuôn cho chi tiết vỏ xe tải.\nXEM TRỌN BỘ",
            "2022-05-12",
            "ministry",
            ["video_blurb", "programme_title", "count", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(40, "người")],
            events=[],
        ),
        h(
            n(),
            "nội địa hoá ngành xe máy điện\n\nXe máy điện Việt: động cơ và bộ điều khiển vẫn nhập gần hết\nKhảo sát của Bộ Công Thương tại 26 doanh nghiệp lắp ráp cho thấy chỉ 4 doanh nghiệp tự làm được khung và bánh xe.",
            "2025-04-18",
            "ministry",
            ["tag_page", "old_tone", "headline_lead", "count", "no_event"],
            organizations=["Bộ Công Thương"],
            quantities=[c(26, "doanh nghiệp"), c(4, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "xe khách\n\nThái Nguyên sắp có dây chuyền xe khách đầu tiên\nDây chuyền hàn, sơn trong nhà máy của Công ty CP Ô tô Hoàng Sơn ở KCN Điềm Thụy đã lắp xong; hãng hẹn bán chiếc xe khách đầu tiên vào dịp Tết 2027.",
            "2025-11-03",
            "provincial",
            ["tag_page", "headline_lead", "planned_operation_no_event", "no_event"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Ô tô Hoàng Sơn", "Công ty CP")],
            locations=[park("Khu công nghiệp Điềm Thụy")],
            events=[],
        ),
        h(
            n(),
            "hạ tầng cụm công nghiệp\n\nCụm công nghiệp cơ khí ở vùng cao Thái Nguyên vẫn vắng khách thuê\nCụm công nghiệp Yên Lãng 2 (huyện Đại Từ) mới lấp được 3 trong 14 lô dù đường nội bộ và trạm xử lý nước thải đã xong từ năm ngoái.",
            "2024-08-22",
            "provincial",
            ["nfd", "tag_page", "headline_lead", "district", "count", "count_without_noun", "no_event"],
            provinces=[pv("Thái Nguyên")],
            quantities=[c(14, "lô")],
            locations=[park("Cụm công nghiệp Yên Lãng 2"), district("huyện Đại Từ")],
            events=[],
        ),
        h(
            n(),
            "Daewon Motors Việt Nam về tay Ô tô Sao Kim\nTheo thoả thuận vừa ký, xưởng lắp ráp ở Hà Nội và 18 đại lý của Daewon sẽ chuyển sang Sao Kim từ quý sau; hãng Việt định dùng nhà máy để lắp xe bán tải.",
            "2023-07-11",
            "ministry",
            [
                "tag_page",
                "old_tone",
                "headline_lead",
                "acquisition",
                "target_first",
                "short_name_reused",
                "vietnam_dropped",
                "count",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Ô tô Sao Kim"), f("Daewon Motors")],
            quantities=[c(18, "đại lý")],
            deals=[deal("investment", ["Ô tô Sao Kim"], None, HN)],
            events=[ev("acquisition", [F("Ô tô Sao Kim"), F("Daewon Motors")], None, None, HN, "signed")],
        ),
        h(
            n(),
            "Sao Kim cho biết sẽ giữ lại toàn bộ 640 công nhân đang làm ở nhà máy cũ.",
            "2023-07-11",
            "ministry",
            ["tag_page_second_lead", "short_name", "count", "no_event"],
            firms=[f("Sao Kim")],
            quantities=[c(640, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Vốn đăng ký thật của nhà máy ô tô điện ở Hải Dương chỉ hơn 5.200 tỷ đồng, chưa bằng nửa con số 12.400 tỷ đồng mà doanh nhân Lê Văn Thịnh từng nêu\nXem thêm: Thứ trưởng Bộ Công Thương Đỗ Minh Nhật nói gì về xe điện lắp trong nước...",
            "2025-01-28",
            "ministry",
            [
                "listing_page",
                "capital_correction",
                "person_no_role",
                "related_link",
                "truncated",
                "approx",
                "no_event",
            ],
            persons=[per("Lê Văn Thịnh", None), per("Đỗ Minh Nhật", "Thứ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Hải Dương")],
            money=[m(5200 * B, "VND", approx=True), m(12400 * B, "VND")],
            events=[],
        ),
    ]
    # --- Localisation features and seminars (S1, S7, S8, S12) ---
    rows += [
        h(
            n(),
            "Sau 9 tháng, các nhà máy trong nước đã xuất xưởng khoảng 271.500 ô tô, nhiều hơn cùng kỳ gần 38%, theo ước tính của Cục Thống kê.",
            "2025-10-14",
            "ministry",
            ["statistics", "approx", "count", "percentage", "duration_not_count", "no_event"],
            organizations=["Cục Thống kê"],
            percentages=[38],
            quantities=[c(271500, "ô tô", True)],
            events=[],
        ),
        h(
            n(),
            "Thái Lan, Indonesia, Malaysia và cả Philippines đều lắp ráp nhiều xe hơn Việt Nam năm 2024, bảng xếp hạng của Hiệp hội các nhà sản xuất ô tô ASEAN (AAF) cho thấy.",
            "2025-10-14",
            "ministry",
            ["statistics", "countries_list", "acronym_bracket", "no_event"],
            organizations=["Hiệp hội các nhà sản xuất ô tô ASEAN"],
            locations=[
                country("Thái Lan"),
                country("Indonesia"),
                country("Malaysia"),
                country("Philippines"),
            ],
            events=[],
        ),
        h(
            n(),
            'Chưa thể là "công xưởng" ô tô\n"Làm ô tô ở ta vẫn chủ yếu là ráp, linh kiện trong nước chỉ chiếm chừng 8-15% giá trị xe", ông Trịnh Quốc Bảo, Chủ tịch HĐQT Tập đoàn Hưng Đạo, nói bên lề một diễn đàn doanh nghiệp tư nhân.',
            "2025-10-14",
            "ministry",
            ["subheading", "quote_first", "person_role_after", "percentage_range", "multiline", "no_event"],
            persons=[per("Trịnh Quốc Bảo", "Chủ tịch HĐQT Tập đoàn Hưng Đạo")],
            firms=[f("Hưng Đạo", "Tập đoàn")],
            percentages=[8, 15],
            events=[],
        ),
        h(
            n(),
            "Ở tọa đàm về chuỗi cung ứng ô tô, TS Hoàng Minh Đức, Viện trưởng Viện Nghiên cứu Cơ khí, đề nghị Nhà nước đặt hàng doanh nghiệp trong nước làm hộp số và cụm phanh thay vì chỉ ưu đãi thuế.",
            "2025-09-21",
            "ministry",
            ["seminar", "academic_title_no_role", "person_role_after", "proposal_no_deal", "no_event"],
            persons=[per("Hoàng Minh Đức", "Viện trưởng Viện Nghiên cứu Cơ khí")],
            organizations=["Viện Nghiên cứu Cơ khí"],
            events=[],
        ),
        h(
            n(),
            "Chuyên gia ô tô Lý Văn Tài lấy ví dụ một mẫu xe tải nhẹ lắp ở Hải Dương: khung, thùng và ghế đều làm trong nước, đủ đưa tỷ lệ nội địa hoá lên 45%.",
            "2025-09-21",
            "ministry",
            ["nfd", "old_tone", "lowercase_role_before", "old_province_name", "percentage", "no_event"],
            persons=[per("Lý Văn Tài", "Chuyên gia ô tô")],
            provinces=[pv("Hải Dương")],
            percentages=[45],
            events=[],
        ),
        h(
            n(),
            "Ông Đức cho biết viện đang cùng 12 xưởng cơ khí ở Hà Nội thử làm cụm bơm dầu cho động cơ xe tải nhẹ.",
            "2025-09-21",
            "ministry",
            ["short_person", "lowercase_institute_no_org", "count", "no_event"],
            persons=[],  # an honorific and one name alone: no person (tests/eval/README, session 33)
            provinces=[pv("Hà Nội")],
            quantities=[c(12, "xưởng cơ khí")],
            events=[],
        ),
        h(
            n(),
            "Bà Phan Thị Vinh, đại diện một doanh nghiệp khuôn mẫu ở Bắc Ninh, kể xưởng của bà mất gần hai năm mới qua được vòng đánh giá đầu tiên của một hãng xe Nhật.",
            "2025-09-21",
            "ministry",
            ["person_unnamed_firm", "duration_not_count", "no_event"],
            persons=[per("Phan Thị Vinh", None)],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Mẫu City lắp ở Vĩnh Phúc hiện có 38% giá trị làm trong nước, cao nhất trong các dòng xe của Honda Việt Nam, theo số liệu hãng công bố tháng 6/2024.",
            "2025-10-20",
            "provincial",
            ["localisation_rate", "vietnam_dropped", "month_no_day", "percentage", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Honda")],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "Trong số 64 doanh nghiệp đang giao hàng cho hãng, mới có 15 doanh nghiệp do người Việt làm chủ; phần còn lại là nhà cung cấp Nhật theo hãng sang.",
            "2025-10-20",
            "provincial",
            ["count", "no_firm", "no_event"],
            quantities=[c(64, "doanh nghiệp"), c(15, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Ở Chu Lai, Công ty CP Ô tô Tam Hiệp tự dập thân vỏ, may áo ghế và bó dây điện, nhờ đó xe tải của hãng có khoảng 55% giá trị sản xuất trong nước.",
            "2025-10-20",
            "provincial",
            ["localisation_rate", "bare_place_no_location", "percentage", "no_event"],
            firms=[f("Ô tô Tam Hiệp", "Công ty CP")],
            percentages=[55],
            events=[],
        ),
        h(
            n(),
            "Ba hãng lắp ráp đặt nhà máy ở Phú Thọ là Toyota, Honda và Công ty TNHH Xe buýt Sông Lô, kéo theo khoảng 120 doanh nghiệp làm hàng phụ trợ.",
            "2025-09-02",
            "provincial",
            ["bare_brands_list", "count_in_words", "approx", "count", "no_event"],
            provinces=[pv("Phú Thọ")],
            firms=[f("Toyota"), f("Honda"), f("Xe buýt Sông Lô", "Công ty TNHH")],
            quantities=[c(120, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "(1) Toyota Việt Nam: xưởng dập mở năm 2014 giúp hãng tự làm phần lớn tấm vỏ; hơn 2.100 người đang làm việc tại nhà máy ở Phúc Yên.",
            "2025-09-02",
            "provincial",
            ["numbered_item", "vietnam_dropped", "bare_place_no_location", "approx", "count", "no_event"],
            firms=[f("Toyota")],
            quantities=[c(2100, "người", True)],
            events=[],
        ),
        h(
            n(),
            "Bốn xưởng cơ khí và ba xưởng nhựa của người Việt giao hàng thẳng cho dây chuyền của hãng.",
            "2025-09-02",
            "provincial",
            ["supplier_tier", "count_in_words", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Cơ khí Tân Phong bắt đầu giao giá đỡ dập cho Toyota từ năm 2018, nhưng mỗi tháng mới vài nghìn chiếc.",
            "2025-09-02",
            "provincial",
            ["supplier_status", "no_contract", "vague_count", "no_event"],
            firms=[f("Cơ khí Tân Phong", "Công ty TNHH"), f("Toyota")],
            events=[],
        ),
        h(
            n(),
            "Xuống tới lớp 2 thì danh sách dài hơn: Công ty CP Kim khí Đại Đồng dập khung ghế, Công ty TNHH Mạ Hưng Thịnh mạ chi tiết nhựa, cả hai đều bán cho các nhà cung cấp Nhật của hãng.",
            "2025-09-02",
            "provincial",
            ["supplier_tier", "no_contract", "no_event"],
            firms=[f("Kim khí Đại Đồng", "Công ty CP"), f("Mạ Hưng Thịnh", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Riêng nhà máy ghế của Công ty TNHH TS Seating ở Bình Xuyên thu về chừng 1.900 tỷ đồng mỗi năm.",
            "2025-09-02",
            "provincial",
            ["money_per_year", "bare_place_no_location", "approx", "no_event"],
            firms=[f("TS Seating", "Công ty TNHH")],
            money=[m(1900 * B, "VND", "năm", True)],
            events=[],
        ),
        h(
            n(),
            "Chế biến, chế tạo mới chiếm chừng 24% GDP, trong khi Malaysia đã vượt 30% từ lâu, theo một báo cáo của Viện Nghiên cứu Chiến lược, Chính sách Công Thương.",
            "2024-03-19",
            "ministry",
            ["feature", "percentage", "org_with_comma", "no_event"],
            organizations=["Viện Nghiên cứu Chiến lược, Chính sách Công Thương"],
            percentages=[24, 30],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            '"doanh nghiệp phụ trợ" - Xưởng cao su chờ đơn gioăng cửa từ VinFast\n6 năm trước\n(Techz.vn) Cao su Kỹ thuật Phú Lãm đã dành sẵn một nhà xưởng 3.000 m2 để chờ đơn gioăng cửa từ VinFast, bà Đỗ Thị Hạnh, Giám đốc công ty, cho biết tại một hội nghị kết nối ở Hải Phòng.',
            "2019-03-11",
            "ministry",
            [
                "tag_page",
                "relative_time",
                "source_prefix",
                "bare_vietnamese_name",
                "person_role_after",
                "wish_no_deal",
                "m2_to_ha",
                "multiline",
            ],
            persons=[per("Đỗ Thị Hạnh", "Giám đốc công ty")],
            provinces=[pv("Hải Phòng")],
            firms=[f("VinFast"), f("Cao su Kỹ thuật Phú Lãm")],
            areas=[ha(0.3)],
            events=[],
        ),
    ]
    # --- Quảng Ninh: project lines per park, an electric-truck MoU in Cẩm Phả; Hải Phòng: a park phase, a rendered opening; an FDI feature (S2, S3, S14, S17, S20) ---
    rows += [
        h(
            n(),
            "Trong năm 2024, Quảng Ninh hút thêm 4 dự án công nghiệp hỗ trợ ô tô với tổng vốn hơn 320 triệu USD.",
            "2025-01-16",
            "provincial",
            ["total_unnamed_projects", "count", "approx", "no_event"],
            provinces=[pv("Quảng Ninh")],
            money=[m(320 * M, "USD", approx=True)],
            quantities=[c(4, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Lớn nhất là nhà máy túi khí 128 triệu USD mà Công ty TNHH Nordhavn Safety, vốn Thụy Điển, đặt ở KCN Đông Mai để làm hàng xuất khẩu.",
            "2025-01-16",
            "provincial",
            ["project_line", "background_investment", "country_of_capital", "park_no_province"],
            firms=[f("Nordhavn Safety", "Công ty TNHH")],
            money=[m(128 * M, "USD")],
            locations=[park("Khu công nghiệp Đông Mai"), country("Thụy Điển")],
            deals=[deal("investment", ["Nordhavn Safety"], 128 * M)],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Hanjin Belt Vina (Hàn Quốc) góp thêm một dự án nhỏ hơn, gần 9,6 triệu USD, chuyên khóa chốt dây đai.",
            "2025-01-16",
            "provincial",
            ["project_line", "vina_dropped", "country_bracket", "approx"],
            firms=[f("Hanjin Belt", "Công ty TNHH")],
            money=[m(9.6 * M, "USD", approx=True)],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Hanjin Belt"], 9.6 * M)],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư Đài Loan Kaiyuan Fastener thì chọn KCN Bắc Tiền Phong cho xưởng bu lông 142 triệu USD, đủ làm 55.000 tấn hàng mỗi năm.",
            "2025-01-16",
            "provincial",
            [
                "nfd",
                "project_line",
                "background_investment",
                "country_adjective",
                "bare_foreign_name",
                "capacity_no_count",
            ],
            firms=[f("Kaiyuan Fastener")],
            money=[m(142 * M, "USD")],
            locations=[park("Khu công nghiệp Bắc Tiền Phong"), country("Đài Loan")],
            deals=[deal("investment", ["Kaiyuan Fastener"], 142 * M)],
            events=[],
        ),
        h(
            n(),
            "Mâm xe hợp kim nhôm sẽ do Công ty TNHH Lingyun Wheel làm, trong nhà máy 48 triệu USD ở cùng khu.",
            "2025-01-16",
            "provincial",
            ["project_line", "plant_of_firm_priced"],
            firms=[f("Lingyun Wheel", "Công ty TNHH")],
            money=[m(48 * M, "USD")],
            deals=[deal("investment", ["Lingyun Wheel"], 48 * M)],
            events=[],
        ),
        h(
            n(),
            "Tỉnh muốn có một trung tâm ô tô nhưng còn vướng đất công nghiệp quy mô lớn, nhân lực và điện, một lãnh đạo UBND tỉnh Quảng Ninh thừa nhận.",
            "2025-01-16",
            "provincial",
            ["leader_view", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            events=[],
        ),
        h(
            n(),
            "Xe tải điện cỡ nhỏ sẽ được lắp tại Cẩm Phả theo biên bản ghi nhớ mà Công ty CP Cơ khí Ô tô Cẩm Phả, đơn vị của Tổng công ty Than Đông Bắc, ký với Công ty Weihai Greenway của Trung Quốc chiều 9/11.",
            "2017-11-10",
            "provincial",
            [
                "mou",
                "object_first",
                "firm_pair",
                "parent_group_mention",
                "place_in_firm_name",
                "deal_date",
                "year_inferred",
                "pre2025",
            ],
            firms=[
                f("Cơ khí Ô tô Cẩm Phả", "Công ty CP"),
                f("Than Đông Bắc", "Tổng công ty"),
                f("Weihai Greenway", "Công ty"),
            ],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Cơ khí Ô tô Cẩm Phả", "Weihai Greenway"], None, None, "2017-11-09")],
            events=[ev("mou", [F("Cơ khí Ô tô Cẩm Phả"), F("Weihai Greenway")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Xưởng ở Quảng Ninh đã qua thẩm định của Bộ Công Thương từ tháng 8 và có thể lắp chừng 1.500 xe mỗi năm trên hai dây chuyền.",
            "2017-11-10",
            "provincial",
            ["capacity_no_count", "count_in_words", "pre2025", "no_event"],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Quảng Ninh")],
            events=[],
        ),
        h(
            n(),
            "Bản thiết kế cho xe chở được 600 kg hàng, pin dùng khoảng 5 năm mới phải thay.",
            "2017-11-10",
            "provincial",
            ["specifications", "measures_no_count", "pre2025", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lô xe đầu tiên được hẹn giao cho các mỏ than trong quý II/2018; phần linh kiện ban đầu nhập gần như toàn bộ, rồi sẽ nội địa hoá dần.\nNguồn: Hải Đăng/Báo Đầu tư",
            "2017-11-10",
            "provincial",
            ["old_tone", "source_line", "byline", "pre2025", "no_event"],
            persons=[per("Hải Đăng", None)],
            events=[],
        ),
        h(
            n(),
            "Chủ đầu tư hạ tầng KCN Nam Cầu Kiền giai đoạn 1 là Công ty TNHH Phát triển Hạ tầng Nam Cầu Kiền, với số vốn gần 2.450 tỷ đồng.\nTổ hợp ô tô Đình Vũ bên cạnh chiếm 310 ha và dự kiến cho ra chiếc xe máy điện đầu tiên trong vòng một năm.",
            "2017-09-05",
            "ministry",
            ["tag_page", "park_developer_named", "area", "approx", "multiline", "pre2025"],
            firms=[f("Phát triển Hạ tầng Nam Cầu Kiền", "Công ty TNHH")],
            money=[m(2450 * B, "VND", approx=True)],
            areas=[ha(310)],
            locations=[park("Khu công nghiệp Nam Cầu Kiền")],
            deals=[deal("investment", ["Phát triển Hạ tầng Nam Cầu Kiền"], 2450 * B)],
            events=[],
        ),
        h(
            n(),
            "(Dịch từ bản tin tiếng Nhật) Hãng Đức Hallberg Antriebstechnik cắt băng nhà máy trục truyền động 22 triệu euro ở Hải Phòng hôm thứ Tư; 70% sản lượng sẽ xuất sang Thái Lan.",
            "2019-06-14",
            "ministry",
            [
                "foreign_page_rendered",
                "inauguration_with_capital",
                "euro",
                "weekday_no_date",
                "country_adjective",
                "percentage",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hallberg Antriebstechnik")],
            money=[m(22 * M, "EUR")],
            percentages=[70],
            locations=[country("Đức"), country("Thái Lan")],
            deals=[deal("investment", ["Hallberg Antriebstechnik"], 22 * M, HP)],
            events=[ev("inauguration", [F("Hallberg Antriebstechnik")], 22 * M, "EUR", HP, "completed")],
        ),
        h(
            n(),
            "(KTSG Online) - Các tập đoàn linh kiện ô tô điện đang dẫn đầu làn sóng vốn ngoại mới vào miền Bắc.\n- Vốn ngoại vào công nghiệp hỗ trợ tăng mạnh nhất 5 năm\n- Hàn Quốc rót thêm vốn cho chuỗi linh kiện ô tô điện",
            "2024-01-08",
            "ministry",
            ["source_prefix", "related_links", "dash_list", "no_firm", "duration_not_count", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo Tổng cục Thống kê, vốn ngoại đăng ký nửa đầu năm chỉ khoảng 12,9 tỉ đô la Mỹ, thấp hơn cùng kỳ 3,8%.",
            "2024-01-08",
            "ministry",
            ["statistics", "usd_in_words", "approx", "percentage", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(12.9 * B, "USD", approx=True)],
            percentages=[3.8],
            events=[],
        ),
    ]
    # --- Chu Lai: a carmaker's history, a seminar, its park, a rendered Japanese brief (S4) ---
    rows += [
        h(
            n(),
            "Nhà máy đầu tiên mọc lên ở Khu kinh tế mở Chu Lai là xưởng xe tải, xe khách 2.300 tỷ đồng của Công ty CP Ô tô Tam Hiệp, khởi công năm 2004 trên 42 ha đất Quảng Nam.",
            "2023-04-27",
            "ministry",
            [
                "history_feature",
                "recalled_groundbreaking_with_amount",
                "zone",
                "area",
                "ordinal_not_count",
                "pre2025",
                "no_event",
            ],
            provinces=[pv("Quảng Nam")],
            firms=[f("Ô tô Tam Hiệp", "Công ty CP")],
            money=[m(2300 * B, "VND")],
            areas=[ha(42)],
            locations=[zone("Khu kinh tế mở Chu Lai")],
            deals=[deal("groundbreaking", ["Ô tô Tam Hiệp"], 2300 * B, DN)],
            events=[],
        ),
        h(
            n(),
            "Tự lo người và đường vận chuyển\nThiếu thợ lành nghề, công ty mở trường trung cấp nghề ngay trong khu; thiếu tàu, công ty mua tàu chở ô tô riêng để đưa xe ra Bắc.",
            "2023-04-27",
            "ministry",
            ["subheading", "no_firm", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xưởng xe du lịch 3.100 tỷ đồng, rộng 18 ha, ra đời vài năm sau đó, dùng dây chuyền và bản quyền của hãng Hàn Quốc Seorin Motors.",
            "2023-04-27",
            "ministry",
            ["recalled_plant_no_investor", "licensor_no_deal", "country_adjective", "area", "no_event"],
            firms=[f("Seorin Motors")],
            money=[m(3100 * B, "VND")],
            areas=[ha(18)],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 2010-2018 có thêm:\n- xưởng linh kiện nhựa và composite (780 tỷ đồng);\n- nhà máy xe khách giường nằm trên 12,5 ha (2.600 tỷ đồng).",
            "2023-04-27",
            "ministry",
            ["dash_list", "projects_no_investor", "area", "no_event"],
            money=[m(780 * B, "VND"), m(2600 * B, "VND")],
            areas=[ha(12.5)],
            events=[],
        ),
        h(
            n(),
            "Xe máy, đồ cơ khí gia dụng và ô tô gộp lại chiếm khoảng 65% giá trị ngành cơ khí, PGS.TS Nguyễn Thanh Hà, Phó Viện trưởng Viện Nghiên cứu Cơ khí, dẫn số liệu tại một hội thảo ở Hà Nội.",
            "2023-05-04",
            "ministry",
            ["seminar", "academic_title_no_role", "person_role_after", "percentage", "no_event"],
            persons=[per("Nguyễn Thanh Hà", "Phó Viện trưởng Viện Nghiên cứu Cơ khí")],
            organizations=["Viện Nghiên cứu Cơ khí"],
            provinces=[pv("Hà Nội")],
            percentages=[65],
            events=[],
        ),
        h(
            n(),
            "Một chiếc xe máy lắp trong nước giờ chỉ còn chừng 10-20% linh kiện nhập khẩu, theo ông Hà.",
            "2023-05-04",
            "ministry",
            ["short_person", "percentage_range", "no_event"],
            persons=[],  # an honorific and one name alone: no person (tests/eval/README, session 33)
            percentages=[10, 20],
            events=[],
        ),
        h(
            n(),
            "Hơn 72.000 tỷ đồng (khoảng 3 tỷ USD) đã được giải ngân vào KCN Tam Hiệp Chu Lai, nay rộng trên 1.350 ha.",
            "2023-05-04",
            "ministry",
            ["cumulative_no_deal", "firm_word_in_park_name", "conversion_bracket", "approx", "area"],
            money=[m(72000 * B, "VND", approx=True), m(3 * B, "USD", approx=True)],
            areas=[ha(1350, True)],
            locations=[park("Khu công nghiệp Tam Hiệp Chu Lai")],
            events=[],
        ),
        h(
            n(),
            "(Dịch từ bản tin tiếng Nhật) Ô tô Tam Hiệp cho biết sẽ bỏ 24.600 tỷ đồng (1,08 tỷ USD) mở rộng sản xuất ở Quảng Nam đến năm 2020, ưu tiên dây chuyền sơn và hàn tự động.",
            "2017-08-22",
            "ministry",
            [
                "foreign_page_rendered",
                "announced_investment",
                "conversion_bracket",
                "bare_vietnamese_name",
                "pre2025",
            ],
            provinces=[pv("Quảng Nam")],
            firms=[f("Ô tô Tam Hiệp")],
            money=[m(24600 * B, "VND"), m(1.08 * B, "USD", approx=True)],
            deals=[deal("investment", ["Ô tô Tam Hiệp"], 24600 * B, DN)],
            events=[ev("investment_announcement", [F("Ô tô Tam Hiệp")], 24600 * B, "VND", DN, "announced")],
        ),
    ]
    # --- Battery plants: licences in Hà Tĩnh, a groundbreaking in Huế (S11, S14) ---
    rows += [
        h(
            n(),
            "Bài viết mới nhất từ Hà Linh\nTập đoàn Hồng Lĩnh sắp có nhà máy cell pin riêng cho xe điện\nDự án hơn 7.280 tỷ đồng của Công ty CP Năng lượng Hoành Sơn đã có quyết định chấp thuận chủ trương đầu tư của UBND tỉnh Hà Tĩnh; chủ đầu tư muốn động thổ ngay quý I/2026.",
            "2025-10-02",
            "ministry",
            [
                "author_page",
                "headline_lead",
                "licence",
                "approval_object_first",
                "byline",
                "approx",
                "multiline",
            ],
            persons=[per("Hà Linh", None)],
            organizations=["Ủy ban nhân dân tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Hồng Lĩnh", "Tập đoàn"), f("Năng lượng Hoành Sơn", "Công ty CP")],
            money=[m(7280 * B, "VND", approx=True)],
            deals=[deal("investment", ["Năng lượng Hoành Sơn"], 7280 * B, HT)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Hà Tĩnh"), F("Năng lượng Hoành Sơn")],
                    7280 * B,
                    "VND",
                    HT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Thêm một nhà máy pin lithium hơn 5.000 tỷ ở Vũng Áng\n\nCông ty CP Pin Kỳ Trinh, thuộc Tập đoàn Hồng Lĩnh, là chủ đầu tư; dự án vừa qua bước chấp thuận chủ trương đầu tư, Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh cho hay.",
            "2025-11-19",
            "provincial",
            [
                "blog_copy",
                "headline_lead",
                "licence_no_grantor",
                "headline_amount",
                "bare_place_no_location",
                "approx",
                "parent_group_mention",
            ],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Pin Kỳ Trinh", "Công ty CP"), f("Hồng Lĩnh", "Tập đoàn")],
            money=[m(5000 * B, "VND", approx=True)],
            deals=[deal("investment", ["Pin Kỳ Trinh"], 5000 * B, HT)],
            events=[ev("investment_licence", [F("Pin Kỳ Trinh")], 5000 * B, "VND", HT, "licensed")],
        ),
        h(
            n(),
            "Chủ đầu tư góp khoảng 40% số vốn, phần còn lại vay ngân hàng; giai đoạn đầu nhà máy làm 4 GWh pin mỗi năm trên khu đất chừng 13 ha.",
            "2025-11-19",
            "provincial",
            ["funding_split", "capacity_no_count", "approx", "area", "no_event"],
            percentages=[40],
            areas=[ha(13, True)],
            events=[],
        ),
        h(
            n(),
            "Khởi công nhà máy pin 3.200 tỷ đồng ở Phong Điền (Huế)\nSáng 12/12, Công ty CP Ô tô Điện Hương Giang động thổ nhà máy pin năng lượng mới trong KCN Phong Điền.",
            "2025-12-13",
            "provincial",
            ["headline_lead", "groundbreaking", "headline_amount", "province_bracket", "deal_date"],
            provinces=[pv("Huế")],
            firms=[f("Ô tô Điện Hương Giang", "Công ty CP")],
            money=[m(3200 * B, "VND")],
            locations=[park("Khu công nghiệp Phong Điền")],
            deals=[deal("groundbreaking", ["Ô tô Điện Hương Giang"], 3200 * B, HUE, "2025-12-12")],
            events=[ev("groundbreaking", [F("Ô tô Điện Hương Giang")], 3200 * B, "VND", HUE, "started")],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh và Công ty CP Ô tô Điện Hương Giang xúc cát khởi công nhà máy pin. Ảnh: Nguyên Hạo - TTXVN\nĐối tác công nghệ của dự án là Tập đoàn SinoCell, bên sẽ cử kỹ sư sang hướng dẫn vận hành dây chuyền cell.",
            "2025-12-13",
            "provincial",
            [
                "photo_caption",
                "caption_groundbreaking",
                "leaders_unnamed_no_party",
                "photo_credit_person",
                "agency_credit",
                "partner_no_deal",
                "multiline",
            ],
            persons=[per("Nguyên Hạo", None)],
            firms=[f("Ô tô Điện Hương Giang", "Công ty CP"), f("SinoCell", "Tập đoàn")],
            deals=[deal("groundbreaking", ["Ô tô Điện Hương Giang"])],
            events=[ev("groundbreaking", [F("Ô tô Điện Hương Giang")], None, None, None, "started")],
        ),
    ]
    # --- Electric motorbikes in Bắc Ninh and Bắc Giang: an opening told by three papers, an earlier groundbreaking; a builder's page; a rendered Chinese page (S2, S5, S13) ---
    rows += [
        h(
            n(),
            "Bắc Ninh có thêm nhà máy xe máy điện vốn Trung Quốc\n09:15 18/02/2026\nHơn 85 triệu USD đã được rót vào nhà máy vừa cắt băng ở KCN Song Khê - Nội Hoàng; chủ đầu tư hứa ưu tiên tuyển lao động trong vùng.",
            "2026-02-18",
            "ministry",
            [
                "headline_lead",
                "timestamp_line",
                "opening_no_investor",
                "country_of_capital",
                "approx",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            money=[m(85 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Song Khê - Nội Hoàng"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Lễ khánh thành nhà máy của Công ty TNHH Khoa học Kỹ thuật Kaidi Mobility Việt Nam diễn ra sáng 14/2 tại xã Tân Dĩnh, tỉnh Bắc Ninh, với khoảng 300 khách mời là đại lý và đối tác.",
            "2026-02-18",
            "ministry",
            [
                "inauguration_no_capital",
                "ceremony_subject",
                "vietnam_dropped",
                "commune_no_location",
                "approx",
                "count",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Khoa học Kỹ thuật Kaidi Mobility", "Công ty TNHH")],
            quantities=[c(300, "khách mời", True)],
            events=[ev("inauguration", [F("Khoa học Kỹ thuật Kaidi Mobility")], None, None, BN, "completed")],
        ),
        h(
            n(),
            "Giai đoạn sau, khi đủ các xưởng sơn và xưởng động cơ, sản lượng có thể gần gấp đôi mức 800.000 xe/năm hiện nay; toàn khu rộng hơn 19 ha.",
            "2026-02-18",
            "ministry",
            ["capacity_no_count", "approx", "area", "no_event"],
            areas=[ha(19, True)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy đang tuyển đợt đầu 700 công nhân lắp ráp, ưu tiên người ở các xã lân cận.",
            "2026-02-18",
            "ministry",
            ["jobs", "count", "no_firm", "no_event"],
            quantities=[c(700, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Dự lễ có ông Nguyễn Hữu Tâm, Giám đốc Sở Công Thương Bắc Ninh, cùng đại diện các đại lý và đối tác cung ứng linh kiện.",
            "2026-02-18",
            "ministry",
            ["attendee_list", "person_role_after", "province_in_org_name", "no_event"],
            persons=[per("Nguyễn Hữu Tâm", "Giám đốc Sở Công Thương Bắc Ninh")],
            organizations=["Sở Công Thương Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Rô bốt hàn khung và băng tải tự động thay phần lớn thao tác tay trên dây chuyền mới.",
            "2026-02-18",
            "ministry",
            ["nfd", "description", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cập nhật: 11/05/2024 07:40\nĐăng: 29/01/2024 15:02\nCông ty TNHH Kaidi Electric Motorcycle Việt Nam đã động thổ nhà máy xe máy điện thứ hai ở huyện Yên Dũng (Bắc Giang) chiều 28/1, trên khu đất trong KCN Song Khê - Nội Hoàng.",
            "2024-01-29",
            "provincial",
            [
                "nfd",
                "two_timestamps",
                "groundbreaking",
                "district",
                "old_province_name",
                "vietnam_dropped",
                "ordinal_not_count",
                "deal_date",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Kaidi Electric Motorcycle", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Song Khê - Nội Hoàng"), district("huyện Yên Dũng")],
            deals=[deal("groundbreaking", ["Kaidi Electric Motorcycle"], None, BN, "2024-01-28")],
            events=[ev("groundbreaking", [F("Kaidi Electric Motorcycle")], None, None, BN, "started")],
        ),
        h(
            n(),
            "Bắc Giang, động thổ, nhà máy, xe máy điện\nKhi xong vào năm 2025, xưởng mới sẽ lớn gấp ba cơ sở đầu tiên ở KCN Vân Trung, trên nền đất hơn 200.000 m2.",
            "2024-01-29",
            "provincial",
            ["keyword_line", "m2_to_ha", "approx", "multiline", "no_event"],
            provinces=[pv("Bắc Giang")],
            areas=[ha(20, True)],
            locations=[park("Khu công nghiệp Vân Trung")],
            events=[],
        ),
        h(
            n(),
            "Vốn cho nhà máy mới khoảng 85 triệu USD; chừng 2.500 người sẽ làm việc tại đây khi chạy đủ công suất.",
            "2024-01-29",
            "provincial",
            ["no_firm_named", "approx", "count", "no_event"],
            money=[m(85 * M, "USD", approx=True)],
            quantities=[c(2500, "người", True)],
            events=[],
        ),
        h(
            n(),
            "Kaidi đưa nhà máy xe điện 85 triệu USD ở Bắc Ninh vào vận hành\nCông ty TNHH Khoa học Kỹ thuật Kaidi Mobility Việt Nam, đơn vị của tập đoàn xe điện Trung Quốc cùng tên, đã cắt băng nhà máy hôm 14/2…",
            "2026-02-14",
            "ministry",
            [
                "headline_lead",
                "inauguration_with_capital",
                "headline_amount",
                "short_name_reused",
                "country_adjective",
                "deal_date",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Khoa học Kỹ thuật Kaidi Mobility", "Công ty TNHH")],
            money=[m(85 * M, "USD")],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Khoa học Kỹ thuật Kaidi Mobility"], 85 * M, BN, "2026-02-14")],
            events=[
                ev(
                    "inauguration",
                    [F("Khoa học Kỹ thuật Kaidi Mobility")],
                    85 * M,
                    "USD",
                    BN,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Theo ông Trần Văn Lũy, Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh, tỉnh sẽ giao thêm 15 ha liền kề nếu doanh nghiệp làm tiếp giai đoạn 2.",
            "2026-02-14",
            "ministry",
            ["leader_quote", "person_role_after", "condition_no_deal", "area", "no_event"],
            persons=[per("Trần Văn Lũy", "Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh")],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            areas=[ha(15)],
            events=[],
        ),
        h(
            n(),
            "Ông Lũy muốn các nhà cung cấp pin và động cơ của hãng cũng chuyển xưởng về Bắc Ninh.",
            "2026-02-14",
            "ministry",
            ["short_person", "wish_no_deal", "no_event"],
            persons=[],  # an honorific and one name alone: no person (tests/eval/README, session 33)
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Vì sao các chủ xưởng linh kiện chọn Bắc Ninh?\nPhần lớn khách hàng của họ – các nhà máy ô tô, xe máy ở Hà Nội, Hưng Yên và Hải Phòng – chỉ cách một buổi chạy xe.",
            "2024-06-03",
            "ministry",
            ["builder_page", "question_heading", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Hà Nội"), pv("Hưng Yên"), pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Xây dựng Delta Bắc, nhà thầu đã dựng hơn 40 nhà xưởng ở KCN Quế Võ và Yên Phong, báo giá móng ở đây rẻ hơn vùng đất yếu ven biển chừng 15%.",
            "2024-06-03",
            "ministry",
            ["builder_page", "two_parks_one_word", "approx", "count", "percentage", "no_event"],
            firms=[f("Xây dựng Delta Bắc", "Công ty CP")],
            percentages=[15],
            quantities=[c(40, "nhà xưởng", True)],
            locations=[park("Khu công nghiệp Quế Võ"), park("Khu công nghiệp Yên Phong")],
            events=[],
        ),
        h(
            n(),
            "(Dịch từ trang tiếng Trung) Dây chuyền xe điện mini của Lạc Hồng Motor ở Hà Tĩnh đã chạy từ tuần trước; nhà máy này hỗ trợ tổ hợp chính tại Hải Phòng.",
            "2025-07-02",
            "ministry",
            ["foreign_page_rendered", "start_of_operation", "inauguration_no_capital"],
            provinces=[pv("Hà Tĩnh"), pv("Hải Phòng")],
            firms=[f("Lạc Hồng Motor")],
            events=[ev("inauguration", [F("Lạc Hồng Motor")], None, None, HT, "completed")],
        ),
    ]
    # --- Đà Nẵng: a printed magazine page on a Japanese parts plant, suppliers in Hòa Khánh, a decided investment (S15); Thái Nguyên steel stub (S6) ---
    rows += [
        h(
            n(),
            "- AutoViet – Tạp chí Ô tô Xe máy trực tuyến - https://otoxemay24h.vn -\n\nĐà Nẵng sắp có nhà máy gioăng cao su cho ô tô\n\nPosted By BTV2 On Tháng Tám 9, 2012 @ 3:45 chiều In Trong nước | No Comments",
            "2012-08-09",
            "ministry",
            ["print_page", "site_header", "posted_by_line", "headline_only", "pre2025", "no_event"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Sanyo Gomu (Nhật Bản) sẽ dựng nhà máy gioăng, ống cao su ô tô ở KCN Hòa Cầm, ông Yoshida Kenji, Giám đốc điều hành tập đoàn, cho lãnh đạo UBND TP Đà Nẵng biết trong buổi làm việc sáng 6/8.",
            "2012-08-09",
            "ministry",
            [
                "nfd",
                "announced_investment_no_amount",
                "person_role_after",
                "lowercase_group_in_role",
                "country_bracket",
                "pre2025",
            ],
            persons=[per("Yoshida Kenji", "Giám đốc điều hành tập đoàn")],
            organizations=["Ủy ban nhân dân thành phố Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Sanyo Gomu", "Tập đoàn")],
            locations=[park("Khu công nghiệp Hòa Cầm"), country("Nhật Bản")],
            deals=[deal("investment", ["Sanyo Gomu"], None, DN)],
            events=[ev("investment_announcement", [F("Sanyo Gomu")], None, None, DN, "announced")],
        ),
        h(
            n(),
            "Vốn dự kiến 18 triệu USD; nhà máy sẽ cấp gioăng cửa cho các xưởng lắp ráp ở Chu Lai và xuất một phần sang Thái Lan.",
            "2012-08-09",
            "ministry",
            ["split_row_no_investor", "buyers_no_contract", "bare_place_no_location", "pre2025", "no_event"],
            money=[m(18 * M, "USD")],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND TP Đà Nẵng Lê Quang Minh hứa giao đất sạch cho nhà đầu tư trong vòng ba tháng.\n\nTheo Hoài An (Báo Đà Nẵng)\n\nArticle printed from AutoViet: https://otoxemay24h.vn",
            "2012-08-09",
            "ministry",
            [
                "nfd",
                "person_role_before",
                "byline",
                "print_footer",
                "newspaper_no_org",
                "pre2025",
                "no_event",
            ],
            persons=[per("Lê Quang Minh", "Phó Chủ tịch UBND TP Đà Nẵng"), per("Hoài An", None)],
            organizations=["Ủy ban nhân dân thành phố Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư Nhật Bản hiện đứng đầu về số dự án FDI ở Đà Nẵng, với hơn 70 dự án.",
            "2012-08-09",
            "ministry",
            ["statistics", "country_adjective", "approx", "count", "pre2025", "no_event"],
            provinces=[pv("Đà Nẵng")],
            quantities=[c(70, "dự án", True)],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Cơ điện Sông Hàn là khách hàng Việt đầu tiên ký hợp đồng mua máy nén khí của Công ty TNHH Kurose Việt Nam. |",
            "2014-11-05",
            "provincial",
            [
                "photo_caption",
                "table_pipe",
                "purchase_buyer_first",
                "supply_seller_first",
                "vietnam_dropped",
                "pre2025",
            ],
            firms=[f("Cơ điện Sông Hàn", "Công ty CP"), f("Kurose", "Công ty TNHH")],
            deals=[deal("supply_contract", ["Kurose", "Cơ điện Sông Hàn"])],
            events=[ev("supply_contract", [F("Kurose"), F("Cơ điện Sông Hàn")], None, None, None, "signed")],
        ),
        h(
            n(),
            'Lấp "khoảng trống" phụ trợ\nỞ KCN Hòa Khánh, Công ty TNHH Mizuno Seimitsu phải đặt phôi nhôm từ Bình Dương vì quanh khu chưa có xưởng đúc nào đạt chuẩn.',
            "2014-11-05",
            "provincial",
            ["subheading", "sourcing_no_contract", "multiline", "pre2025", "no_event"],
            provinces=[pv("Bình Dương")],
            firms=[f("Mizuno Seimitsu", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Hòa Khánh")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy máy nén khí mà Kurose khởi công hồi tháng 10-2014 ở KCN Hòa Khánh cần hơn 160 tỷ đồng, chiếm chừng 1,2 ha.",
            "2014-11-05",
            "provincial",
            ["groundbreaking_in_relative", "month_no_day", "approx", "area", "pre2025"],
            firms=[f("Kurose")],
            money=[m(160 * B, "VND", approx=True)],
            areas=[ha(1.2, True)],
            locations=[park("Khu công nghiệp Hòa Khánh")],
            deals=[deal("groundbreaking", ["Kurose"], 160 * B)],
            events=[ev("groundbreaking", [F("Kurose")], 160 * B, "VND", None, "started")],
        ),
        h(
            n(),
            "Ông Ikeda Shun, Tổng Giám đốc Kurose Việt Nam, cho biết công ty sẽ đưa 40 kỹ thuật viên người Đà Nẵng sang học tại nhà máy mẹ ở Osaka.",
            "2014-11-05",
            "provincial",
            [
                "person_role_after",
                "vietnam_dropped",
                "foreign_city_no_location",
                "count",
                "pre2025",
                "no_event",
            ],
            persons=[per("Ikeda Shun", "Tổng Giám đốc Kurose Việt Nam")],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Kurose")],
            quantities=[c(40, "kỹ thuật viên")],
            events=[],
        ),
        h(
            n(),
            "Trục khuỷu cho động cơ diesel: 95 triệu USD vào Khu công nghệ cao Đà Nẵng\nNgọc Hân\nNhà máy của Tập đoàn CrankTech (Mỹ) sẽ làm trục khuỷu và thanh truyền, phần lớn để xuất sang châu Âu.",
            "2019-01-30",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "byline",
                "announced_investment",
                "country_bracket",
                "hitech_park_province_only",
            ],
            persons=[per("Ngọc Hân", None)],
            provinces=[pv("Đà Nẵng")],
            firms=[f("CrankTech", "Tập đoàn")],
            money=[m(95 * M, "USD")],
            locations=[country("Mỹ")],
            deals=[deal("investment", ["CrankTech"], 95 * M, DN)],
            events=[ev("investment_announcement", [F("CrankTech")], 95 * M, "USD", DN, "announced")],
        ),
        h(
            n(),
            "Thái Nguyên khởi công nhà máy cán thép 450.000 tấn/năm\nCông ty CP Gang thép Phú Lương làm chủ đầu tư; công trình là một phần của dự án mở rộng giai đoạn 2 và sẽ cần khoảng 350 công nhân khi chạy. THU HẠNH\nNguồn: báo Lao Động",
            "2009-07-14",
            "provincial",
            [
                "headline_lead",
                "province_actor",
                "groundbreaking",
                "investor_named_after",
                "caps_byline",
                "source_line",
                "capacity_no_count",
                "approx",
                "pre2025",
            ],
            persons=[per("Thu Hạnh", None)],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Gang thép Phú Lương", "Công ty CP")],
            quantities=[c(350, "công nhân", True)],
            deals=[deal("groundbreaking", ["Gang thép Phú Lương"], None, TN)],
            events=[
                ev("groundbreaking", [G("Thái Nguyên"), F("Gang thép Phú Lương")], None, None, TN, "started")
            ],
        ),
    ]
    # --- Theses, course papers and document-store covers (S5, S10, S13, S17) ---
    rows += [
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\nVIỆN THƯƠNG MẠI VÀ KINH TẾ QUỐC TẾ\nBÀI THẢO LUẬN\nĐề tài: Thực trạng thu hút FDI vào ngành linh kiện ô tô của tỉnh Vĩnh Phúc giai đoạn 2016-2022\nGiáo viên hướng dẫn: Đặng Thu Trang\nNhóm: 4",
            "2023-05-15",
            "ministry",
            ["course_paper_cover", "caps_org", "label_role", "multiline", "no_event"],
            organizations=["Trường Đại học Kinh tế Quốc dân", "Viện Thương mại và Kinh tế Quốc tế"],
            persons=[per("Đặng Thu Trang", "Giáo viên hướng dẫn")],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "DANH SÁCH THÀNH VIÊN NHÓM 4\n1. Lê Thu Phương – 20D150031 – K56E2\n2. Phạm Đức Thịnh – 20D150047 – K56E2\n3. Vũ Ngọc Mai – 20D150052 – K56E3",
            "2023-05-15",
            "ministry",
            ["member_list", "student_codes", "persons_no_role", "no_event"],
            persons=[per("Lê Thu Phương", None), per("Phạm Đức Thịnh", None), per("Vũ Ngọc Mai", None)],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC NGÂN HÀNG TP. HỒ CHÍ MINH KHOA TÀI CHÍNH TIỂU LUẬN MÔN MUA BÁN VÀ SÁP NHẬP DOANH NGHIỆP ĐỀ TÀI: THƯƠNG VỤ THÂU TÓM TRONG NGÀNH PHỤ TÙNG Ô TÔ GVHD: TS. NGUYỄN HOÀNG LONG HỌC VIÊN: TRẦN MINH THƯ",
            "2022-12-20",
            "ministry",
            [
                "course_paper_cover",
                "flattened_caps",
                "label_role_abbrev",
                "academic_title_no_role",
                "no_event",
            ],
            organizations=["Trường Đại học Ngân hàng TP. Hồ Chí Minh"],
            persons=[per("Nguyễn Hoàng Long", "GVHD"), per("Trần Minh Thư", None)],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nLỜI MỞ ĐẦU ........................ 4\nCHƯƠNG 1: CƠ SỞ LÝ LUẬN VỀ MUA BÁN VÀ SÁP NHẬP DOANH NGHIỆP ........................ 6\n1.1. Khái niệm M&A ........................ 6\n1.2. Các hình thức M&A ........................ 9",
            "2022-12-20",
            "ministry",
            ["table_of_contents", "dotted_leaders", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống\nSố trang 41\nDung lượng 312,4 KB\nBÀI TẬP LỚN: PHÂN TÍCH THƯƠNG VỤ M&A TRONG NGÀNH SẢN XUẤT LINH KIỆN XE MÁY\nGiảng viên hướng dẫn: Đoàn Minh Khuê",
            "2024-02-08",
            "ministry",
            ["document_store", "page_count_no_count", "label_role", "multiline", "no_event"],
            persons=[per("Đoàn Minh Khuê", "Giảng viên hướng dẫn")],
            events=[],
        ),
        h(
            n(),
            "CẨM NANG M&A CHO DOANH NGHIỆP CƠ KHÍ\nChương 3: Chuẩn bị cho một thương vụ – Trên phương diện bên bán\nChương 4: Rà soát, thẩm định (Due Diligence)",
            "2023-09-01",
            "ministry",
            ["handbook_toc", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC THƯƠNG MẠI\nKHOA KINH TẾ VÀ KINH DOANH QUỐC TẾ\nBÀI THẢO LUẬN MÔN: KHOA HỌC HÀNG HÓA\nĐề tài: Tiêu chuẩn hoá và quy chuẩn kỹ thuật đối với xe máy điện tại Việt Nam\nMỤC LỤC\n1.1.1 Khái niệm tiêu chuẩn, tiêu chuẩn hoá ........ 4",
            "2024-11-26",
            "ministry",
            ["course_paper_cover", "old_tone", "faculty_no_org", "table_of_contents", "no_event"],
            organizations=["Trường Đại học Thương mại"],
            events=[],
        ),
    ]
    # --- More context lines from the same pages: a supplier programme, a group's parts arm, Đà Nẵng's Japanese licences, a groundbreaking caption, listing lines, covers, a legal reference (S3, S4, S7, S8, S9, S10, S11, S13, S14, S15) ---
    rows += [
        h(
            n(),
            "Năm 2024, Toyota cử chuyên gia kèm cặp 11 doanh nghiệp Việt cải tiến dây chuyền để chuẩn bị vào chuỗi cung ứng của hãng.",
            "2025-09-02",
            "provincial",
            ["supplier_programme", "support_no_deal", "count", "no_event"],
            firms=[f("Toyota")],
            quantities=[c(11, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Tam Hiệp Auto, đơn vị thành viên của Công ty CP Tập đoàn Tam Hiệp, hiện vận hành 14 nhà máy linh kiện ở Chu Lai.",
            "2023-05-04",
            "ministry",
            ["group_member", "cp_tap_doan_name", "bare_place_no_location", "count", "no_event"],
            firms=[f("Tam Hiệp Auto"), f("Tam Hiệp", "Công ty CP")],
            quantities=[c(14, "nhà máy linh kiện")],
            events=[],
        ),
        h(
            n(),
            "Từ đầu năm, Ban Quản lý các Khu công nghiệp và chế xuất Đà Nẵng đã cấp phép 9 dự án vốn Nhật, phần lớn làm linh kiện cho ô tô và thiết bị điện.",
            "2014-11-05",
            "provincial",
            [
                "total_unnamed_projects",
                "licence_round_no_investor",
                "province_in_org_name",
                "count",
                "pre2025",
                "no_event",
            ],
            organizations=["Ban Quản lý các Khu công nghiệp và chế xuất Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            quantities=[c(9, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Quang cảnh lễ động thổ nhà máy xe máy điện ở KCN Song Khê - Nội Hoàng.\nTới dự có đại diện lãnh đạo một số sở, ngành của tỉnh.",
            "2024-01-29",
            "provincial",
            ["photo_caption", "groundbreaking_no_investor", "attendees_unnamed", "multiline", "no_event"],
            locations=[park("Khu công nghiệp Song Khê - Nội Hoàng")],
            events=[],
        ),
        h(
            n(),
            "Weihai Greenway hiện bán xe tải điện ở Trung Quốc, Lào và Myanmar.",
            "2017-11-10",
            "provincial",
            ["nfd", "bare_foreign_name", "countries_list", "pre2025", "no_event"],
            firms=[f("Weihai Greenway")],
            locations=[country("Trung Quốc"), country("Lào"), country("Myanmar")],
            events=[],
        ),
        h(
            n(),
            "Bài viết mới nhất từ Hà Linh\nHải Phòng duyệt thêm 2 dự án pin lưu trữ, tổng vốn 640 triệu USD",
            "2025-10-02",
            "ministry",
            ["author_page", "headline_only", "total_unnamed_projects", "byline", "count", "no_event"],
            persons=[per("Hà Linh", None)],
            provinces=[pv("Hải Phòng")],
            money=[m(640 * M, "USD")],
            quantities=[c(2, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Yêu cầu đẩy nhanh tuyến đường nối cảng Chu Lai với cao tốc\nHải Phòng có thêm 3 dự án linh kiện ô tô trong tháng 7\nÔ tô điện lắp trong nước: ai mua linh kiện của ai?",
            "2025-01-28",
            "ministry",
            ["listing_page", "headline_list", "count", "question", "multiline", "no_event"],
            provinces=[pv("Hải Phòng")],
            quantities=[c(3, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Mã lớp học phần: 2231BKSC0412\nHà Nội – 2023",
            "2023-05-15",
            "ministry",
            ["course_paper_cover", "code_line", "place_year_line", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Sinh viên thực hiện: Đỗ Hải Yến\nMSSV: 31211025718\nE-mail: yen.dh@st.ueh-mock.edu.vn",
            "2022-12-20",
            "ministry",
            ["course_paper_cover", "student_code", "email_line", "person_no_role", "no_event"],
            persons=[per("Đỗ Hải Yến", None)],
            events=[],
        ),
        h(
            n(),
            "Ở Việt Nam, danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển được ban hành kèm Nghị định 111/2015/NĐ-CP ngày 3/11/2015 của Chính phủ.",
            "2024-03-19",
            "legal",
            ["legal_reference", "decree_with_date", "no_event"],
            organizations=["Chính phủ"],
            decisions=[d("111/2015/NĐ-CP", "2015-11-03")],
            events=[],
        ),
        h(
            n(),
            '"doanh nghiệp phụ trợ"\nNhà cung cấp gioăng, phớt Việt: cơ hội từ xe điện nhưng khó vào chuỗi\nHiệp hội Doanh nghiệp Cơ khí Việt Nam cho biết chỉ khoảng 30 hội viên từng chào hàng được cho hãng xe.',
            "2019-04-02",
            "ministry",
            ["tag_page", "headline_lead", "association", "approx", "count", "no_event"],
            organizations=["Hiệp hội Doanh nghiệp Cơ khí Việt Nam"],
            quantities=[c(30, "hội viên", True)],
            events=[],
        ),
        h(
            n(),
            "Theo ông Bảo, doanh nghiệp tư nhân cần được giao làm động cơ và hộp số cho các dòng xe tải, xe khách trước, rồi mới tới xe con.",
            "2025-10-14",
            "ministry",
            ["short_person", "proposal_no_deal", "no_event"],
            persons=[],  # an honorific and one name alone: no person (tests/eval/README, session 33)
            events=[],
        ),
    ]
    # --- More English lines (S17, S18, S20) ---
    rows += [
        h(
            n(),
            "INVEST NORTH PORTAL\n\nParts makers keep the licences coming\n\nInvest North 10:20 24/02/2022",
            "2022-02-24",
            "ministry",
            ["english_copy", "portal_header", "headline_only", "timestamp_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Officials expect plants moving out of China to keep new licences coming through the year./.",
            "2021-04-20",
            "ministry",
            ["english_copy", "forecast", "country", "no_event"],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Besides cells for its own cars, Hoanh Son is developing storage systems for factories and solar farms.",
            "2023-03-16",
            "ministry",
            ["english_copy", "short_name", "no_event"],
            firms=[f("Hoanh Son")],
            events=[],
        ),
        h(
            n(),
            "Korean parts makers are no strangers to Hai Phong: at least 11 already run plants in the city's parks.",
            "2018-08-06",
            "ministry",
            ["english_copy", "count_without_noun", "unaccented", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
    ]
    # --- English copy: FDI reports and licences (S17), battery plants and a nickel MoU (S18), localisation features and a ministry MoU (S19), brake and spring makers in Hải Phòng (S20) ---
    rows += [
        h(
            n(),
            "ASSIGNMENT COVER SHEET\nUniversity of Westmoor MSc in International Business\nStudent Name: Tran Bao Ngoc\nModule Name / Title: Dissertation Proposal\nSupervisor: Dr. Le Minh Chau",
            "2023-09-10",
            "ministry",
            [
                "english_copy",
                "dissertation_cover",
                "label_role",
                "academic_title_no_role",
                "unaccented_names",
                "no_event",
            ],
            organizations=["University of Westmoor"],
            persons=[per("Tran Bao Ngoc", None), per("Le Minh Chau", "Supervisor")],
            events=[],
        ),
        h(
            n(),
            "The Japanese engine-parts maker, which gave no figure, also wants to double the size of its test bay in Vinh Phuc next year.",
            "2021-04-20",
            "ministry",
            ["english_copy", "unnamed_firm", "plan_no_amount", "unaccented", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "Disbursement also held up: foreign firms spent 7.2 percent more in the first quarter than a year before, the ministry's figures showed./.\nVNA",
            "2021-04-20",
            "ministry",
            ["english_copy", "statistics", "percentage", "agency_credit", "no_event"],
            percentages=[7.2],
            events=[],
        ),
        h(
            n(),
            "Jinhai Cable Group of China now has $380 million registered in Bac Giang after the provincial People's Committee approved a $300 million increase for its auto-wiring plant last week; builders move on site on March 3.",
            "2022-02-24",
            "ministry",
            [
                "english_copy",
                "licence",
                "capital_increase",
                "unnamed_committee_no_party",
                "planned_start_folded",
                "unaccented",
                "old_province_name",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Jinhai Cable Group")],
            money=[m(380 * M, "USD"), m(300 * M, "USD")],
            locations=[country("China")],
            deals=[deal("investment", ["Jinhai Cable Group"], 300 * M, BN)],
            events=[ev("investment_licence", [F("Jinhai Cable Group")], 300 * M, "USD", BN, "licensed")],
        ),
        h(
            n(),
            "Hiring starts with about 4,000 line workers; the company says headcount could pass 20,000 once a second building is ready in 2027.",
            "2022-02-24",
            "ministry",
            ["english_copy", "jobs", "approx", "count", "count_without_noun", "no_event"],
            quantities=[c(4000, "line workers", True)],
            events=[],
        ),
        h(
            n(),
            "The paperwork was the fastest the group had seen anywhere in Asia, said Zhou Wei, general director of Jinhai Cable Vietnam.",
            "2022-02-24",
            "ministry",
            ["english_copy", "person_role_after", "vietnam_dropped", "no_event"],
            persons=[per("Zhou Wei", "general director of Jinhai Cable Vietnam")],
            firms=[f("Jinhai Cable")],
            events=[],
        ),
        h(
            n(),
            "Thai Nguyen province, meanwhile, licensed a $150 million brake and clutch parts project for Singapore-based Trimax Holdings Pte. Ltd. just before the new year.",
            "2022-02-24",
            "ministry",
            [
                "english_copy",
                "licence",
                "province_as_grantor",
                "foreign_legal_form",
                "country_based",
                "unaccented",
            ],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Trimax Holdings", "Pte. Ltd.")],
            money=[m(150 * M, "USD")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Trimax Holdings"], 150 * M, TN)],
            events=[
                ev(
                    "investment_licence",
                    [G("Thai Nguyen province"), F("Trimax Holdings")],
                    150 * M,
                    "USD",
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            '"Wiring and brakes are the first wave," said Tran Quoc Hieu, a partner at consultancy IPV Partners.',
            "2022-02-24",
            "ministry",
            ["english_copy", "quote_first", "person_role_after", "no_event"],
            persons=[per("Tran Quoc Hieu", "a partner at consultancy IPV Partners")],
            firms=[f("IPV Partners")],
            events=[],
        ),
        h(
            n(),
            "Provincial officials in Ha Tinh said on Tuesday that Hong Linh Group's $310 million cell plant in the province's Vung Ang zone, which will feed its electric-car unit, is scheduled to break ground before December.\nContinue reading this premium story with a subscription.\nSubscribe Already a Subscriber? Log in",
            "2021-05-19",
            "ministry",
            [
                "english_copy",
                "paywall",
                "planned_groundbreaking",
                "announced_investment",
                "english_possessive",
                "english_zone_no_location",
                "unaccented",
                "weekday_no_date",
            ],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Hong Linh Group")],
            money=[m(310 * M, "USD")],
            deals=[deal("investment", ["Hong Linh Group"], 310 * M, HT)],
            events=[ev("investment_announcement", [F("Hong Linh Group")], 310 * M, "USD", HT, "announced")],
        ),
        h(
            n(),
            "Nickel for Hoanh Son Energy Solutions JSC's battery lines will come from Tay Bac Nickel Mining Company, a unit of Tay Bac Minerals, under a memorandum of understanding the two signed this week.",
            "2023-03-16",
            "ministry",
            ["english_copy", "mou", "supply_mou", "object_first", "parent_group_mention", "unaccented"],
            firms=[
                f("Hoanh Son Energy Solutions", "JSC"),
                f("Tay Bac Nickel Mining", "Company"),
                f("Tay Bac Minerals"),
            ],
            deals=[deal("mou", ["Hoanh Son Energy Solutions", "Tay Bac Nickel Mining"])],
            events=[
                ev(
                    "mou",
                    [F("Hoanh Son Energy Solutions"), F("Tay Bac Nickel Mining")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Deliveries are due to start in the third quarter, with prices reset every six months.",
            "2023-03-16",
            "ministry",
            ["english_copy", "mou_terms", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Its pack line in Hai Phong is already running at full capacity, the company said.",
            "2023-03-16",
            "ministry",
            ["english_copy", "no_firm_named", "unaccented", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Nguyen Thu Ha, general director of Hoanh Son Energy Solutions JSC, said securing nickel now would shield the firm from price swings later.",
            "2023-03-16",
            "ministry",
            ["english_copy", "person_role_after", "no_event"],
            persons=[per("Nguyen Thu Ha", "general director of Hoanh Son Energy Solutions JSC")],
            firms=[f("Hoanh Son Energy Solutions", "JSC")],
            events=[],
        ),
        h(
            n(),
            "Tay Bac Nickel Mining chairman Dinh Van Quang said the mine could lift output by a third to meet the order. — VNS",
            "2023-03-16",
            "ministry",
            ["english_copy", "possessive_role_before", "agency_credit", "fraction_in_words", "no_event"],
            persons=[per("Dinh Van Quang", "Tay Bac Nickel Mining chairman")],
            firms=[f("Tay Bac Nickel Mining")],
            events=[],
        ),
        h(
            n(),
            "HANOI -- Construction has started in Ha Tinh province on a battery cell factory that Hoanh Son Energy Solutions is building jointly with China's Qiantang Power.",
            "2024-11-20",
            "ministry",
            [
                "english_copy",
                "caps_dateline",
                "joint_groundbreaking",
                "passive_start",
                "english_possessive",
                "unaccented",
            ],
            provinces=[pv("Hà Nội"), pv("Hà Tĩnh")],
            firms=[f("Hoanh Son Energy Solutions"), f("Qiantang Power")],
            locations=[country("China")],
            deals=[
                deal("groundbreaking", ["Hoanh Son Energy Solutions"], None, HT),
                deal("groundbreaking", ["Qiantang Power"], None, HT),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Hoanh Son Energy Solutions"), F("Qiantang Power")],
                    None,
                    None,
                    HT,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Local content gives northern parts makers a foot in the door\nHanoi (VNA) – Parts makers in the north are winning their first orders from assemblers as more models are built at home rather than imported.",
            "2023-02-16",
            "ministry",
            ["english_copy", "headline_lead", "agency_dateline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Ford Vietnam's Hai Duong plant has built its pickup locally since late last year instead of bringing it in whole from Thailand.",
            "2023-02-16",
            "ministry",
            [
                "english_copy",
                "english_possessive",
                "vietnam_dropped",
                "old_province_name",
                "unaccented",
                "no_event",
            ],
            provinces=[pv("Hải Dương")],
            firms=[f("Ford")],
            locations=[country("Thailand")],
            events=[],
        ),
        h(
            n(),
            "Ford says 35 percent of the pickup's value is now made locally, with 31 suppliers in Vietnam on its books.",
            "2023-02-16",
            "ministry",
            ["english_copy", "percentage", "count", "no_event"],
            firms=[f("Ford")],
            percentages=[35],
            quantities=[c(31, "suppliers")],
            events=[],
        ),
        h(
            n(),
            "Welders at Bach Dang Motor's body shop in Hai Phong. — VNA/VNS Photo",
            "2023-08-04",
            "ministry",
            ["english_copy", "photo_caption", "english_possessive", "agency_credit", "no_event"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Bach Dang Motor")],
            events=[],
        ),
        h(
            n(),
            "The 40 per cent regional-content threshold is what lets a car cross ASEAN borders tariff-free, and few Vietnamese-built models clear it.",
            "2023-08-04",
            "ministry",
            ["english_copy", "per_cent", "percentage", "no_event"],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "European cars will pay no import duty at all by the end of the decade under the EVFTA, a schedule that worries assemblers of mid-range models.",
            "2023-08-04",
            "ministry",
            ["english_copy", "trade_agreement_no_org", "no_event"],
            events=[],
        ),
        h(
            n(),
            "One assembler said 62 percent of the value of its pickup is now made in Vietnam, up from 41 percent in 2021.",
            "2025-10-16",
            "ministry",
            ["english_copy", "percentage", "no_firm", "no_event"],
            percentages=[62, 41],
            events=[],
        ),
        h(
            n(),
            '"We mostly bolt together imported kits," Hung Dao Group board chairman Trinh Quoc Bao said, putting local parts at 8-15 percent of a car\'s value.',
            "2025-10-16",
            "ministry",
            [
                "english_copy",
                "quote_first",
                "possessive_role_before",
                "unaccented_names",
                "percentage_range",
                "no_event",
            ],
            persons=[per("Trinh Quoc Bao", "Hung Dao Group board chairman")],
            firms=[f("Hung Dao Group")],
            percentages=[8, 15],
            events=[],
        ),
        h(
            n(),
            "A memorandum of understanding signed on Thursday by the Ministry of Industry and Trade and Honda Vietnam commits both to coaching local parts makers through 2025 and 2026.",
            "2025-03-21",
            "ministry",
            [
                "english_copy",
                "ministry_firm_mou_support",
                "passive_mou",
                "vietnam_dropped",
                "weekday_no_date",
                "no_deal",
            ],
            organizations=["Ministry of Industry and Trade"],
            firms=[f("Honda")],
            events=[ev("mou", [G("Ministry of Industry and Trade"), F("Honda")], None, None, None, "signed")],
        ),
        h(
            n(),
            "A first group of 20 parts makers will get on-site coaching from Honda engineers under the deal.",
            "2025-03-21",
            "ministry",
            ["english_copy", "mou_terms", "count", "no_event"],
            firms=[f("Honda")],
            quantities=[c(20, "parts makers")],
            events=[],
        ),
        h(
            n(),
            "Nguyen Thi Lan Huong, deputy head of the ministry's Industry Agency, said the agency would publish the list of selected firms in May.",
            "2025-03-21",
            "ministry",
            ["english_copy", "person_role_after", "no_event"],
            persons=[per("Nguyen Thi Lan Huong", "deputy head of the ministry's Industry Agency")],
            organizations=["Industry Agency"],
            events=[],
        ),
        h(
            n(),
            "Honda Vietnam general director Kenta Mori said local suppliers lose most bids on delivery times rather than on price.",
            "2025-03-21",
            "ministry",
            ["english_copy", "possessive_role_before", "no_event"],
            persons=[per("Kenta Mori", "Honda Vietnam general director")],
            firms=[f("Honda")],
            events=[],
        ),
        h(
            n(),
            "Home / Investment / Industrial zone\nVietnam a magnet for brake-parts makers\nHa Vy 09:40, 2018/08/06",
            "2018-08-06",
            "ministry",
            ["english_copy", "breadcrumb", "headline_only", "byline_timestamp", "no_event"],
            persons=[per("Ha Vy", None)],
            events=[],
        ),
        h(
            n(),
            "The US$18.4 million brake plant of Hanseong Brake Co., Ltd. is the largest single project yet in Hai Phong's Nam Dinh Vu Industrial Park, Dau Tu magazine reported.",
            "2018-08-06",
            "ministry",
            [
                "english_copy",
                "plant_of_firm_priced",
                "background_investment",
                "english_park_no_location",
                "magazine_no_org",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hanseong Brake", "Co., Ltd.")],
            money=[m(18.4 * M, "USD")],
            deals=[deal("investment", ["Hanseong Brake"], 18.4 * M, HP)],
            events=[],
        ),
        h(
            n(),
            "Marc Dekker, general director of Nam Dinh Vu Industrial Zone JSC, said the park had cut the brake maker's land rent for the first five years.\nIllustrative photo",
            "2018-08-06",
            "ministry",
            ["english_copy", "person_role_after", "caption_placeholder", "lease_terms_no_deal", "no_event"],
            persons=[per("Marc Dekker", "general director of Nam Dinh Vu Industrial Zone JSC")],
            firms=[f("Nam Dinh Vu Industrial Zone", "JSC")],
            events=[],
        ),
        h(
            n(),
            "Hai Phong – Ground was broken on Tuesday for Hanseong Brake's plant in Nam Dinh Vu Industrial Park.",
            "2018-11-22",
            "ministry",
            [
                "english_copy",
                "dateline_mention_not_site",
                "groundbreaking",
                "passive_groundbreaking",
                "weekday_no_date",
                "english_possessive",
                "english_park_no_location",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hanseong Brake")],
            deals=[deal("groundbreaking", ["Hanseong Brake"])],
            events=[ev("groundbreaking", [F("Hanseong Brake")], None, None, None, "started")],
        ),
        h(
            n(),
            "Calipers and brake drums will be the first products; the site covers 6.5ha and the whole project costs US$18.4 million.",
            "2018-11-22",
            "ministry",
            ["english_copy", "no_firm_named", "area", "no_event"],
            money=[m(18.4 * M, "USD")],
            areas=[ha(6.5)],
            events=[],
        ),
        h(
            n(),
            "Sungwoo Spring Company Limited, Daehan Pipe Vina Company Limited and Kumjin Vietnam Company Limited held their own groundbreakings at the same park that afternoon.",
            "2018-11-22",
            "ministry",
            ["english_copy", "separate_groundbreakings", "three_firms", "vina_dropped", "vietnam_dropped"],
            firms=[
                f("Sungwoo Spring", "Company Limited"),
                f("Daehan Pipe", "Company Limited"),
                f("Kumjin", "Company Limited"),
            ],
            deals=[
                deal("groundbreaking", ["Sungwoo Spring"]),
                deal("groundbreaking", ["Daehan Pipe"]),
                deal("groundbreaking", ["Kumjin"]),
            ],
            events=[
                ev("groundbreaking", [F("Sungwoo Spring")], None, None, None, "started"),
                ev("groundbreaking", [F("Daehan Pipe")], None, None, None, "started"),
                ev("groundbreaking", [F("Kumjin")], None, None, None, "started"),
            ],
        ),
        h(
            n(),
            "Of the three, Sungwoo Spring is spending the most, $7.6 million on a 1.5ha spring shop; Daehan Pipe Vina's brake-pipe line costs $2.9 million.",
            "2018-11-22",
            "ministry",
            ["english_copy", "split_row_amounts", "english_possessive", "area"],
            firms=[f("Sungwoo Spring"), f("Daehan Pipe")],
            money=[m(7.6 * M, "USD"), m(2.9 * M, "USD")],
            areas=[ha(1.5)],
            deals=[
                deal("investment", ["Sungwoo Spring"], 7.6 * M),
                deal("investment", ["Daehan Pipe"], 2.9 * M),
            ],
            events=[],
        ),
        h(
            n(),
            "Hyundai and Kia assembly lines in Ninh Binh are the first customers the group has lined up.",
            "2018-11-22",
            "ministry",
            ["english_copy", "buyers_no_contract", "unaccented", "no_event"],
            provinces=[pv("Ninh Bình")],
            firms=[f("Hyundai"), f("Kia")],
            events=[],
        ),
        h(
            n(),
            "Kim Dong Hyun, CEO of Hanseong Brake, said the plant would hire about 280 workers by the end of 2019.",
            "2018-11-22",
            "ministry",
            ["english_copy", "person_role_after", "approx", "count", "no_event"],
            persons=[per("Kim Dong Hyun", "CEO of Hanseong Brake")],
            firms=[f("Hanseong Brake")],
            quantities=[c(280, "workers", True)],
            events=[],
        ),
    ]
    return rows
