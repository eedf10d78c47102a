# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 146 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: furniture hardware, wood processing machinery and fittings (hinges,
slides, locks, handles) in the supporting industry. Written and annotated for every field BEFORE any tagger was run on
them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà
máy sản xuất bản lề ray trượt tủ bếp khu công nghiệp vốn đầu tư", S2 "doanh nghiệp cơ khí Việt Nam chế tạo máy chế biến
gỗ nội địa hóa", S3 "khóa cửa tay nắm sản xuất trong nước thương hiệu Việt nhà máy", S4 "Hettich Blum Häfele phụ kiện
nội thất Việt Nam nhà máy", S5 "triển lãm máy chế biến gỗ và phụ kiện nội thất VietnamWood doanh nghiệp tham gia", S6
"doanh nghiệp Trung Quốc sản xuất phụ kiện kim khí đồ gỗ tăng vốn khu công nghiệp", S7 "khởi công nhà máy sản xuất phụ
kiện nội thất kim loại", S8 "máy chế biến gỗ Bình Dương Đồng Nai nhập khẩu thiết bị dây chuyền tự động", S9 "ngũ kim nội
thất tỷ lệ nội địa hóa ngành gỗ phụ kiện nhập khẩu Trung Quốc", S10 "khóa thông minh nhà máy sản xuất tại Việt Nam đầu
tư doanh nghiệp", S11 "ray trượt ngăn kéo giảm chấn xuất khẩu doanh nghiệp sản xuất", S12 "cấp giấy chứng nhận đăng ký
đầu tư dự án sản xuất phụ kiện đồ nội thất", S13 "dây chuyền sản xuất ván gỗ công nghiệp nhập khẩu máy móc Đức Ý doanh
nghiệp gỗ đầu tư", S14 "doanh nghiệp chế biến gỗ đầu tư robot tự động hóa máy CNC nhà xưởng mới", S15 "ký kết hợp tác
cung ứng phụ kiện nội thất doanh nghiệp gỗ", S16 "tay nắm tủ kẽm đúc áp lực nhà máy khu công nghiệp", and in English
S17 "furniture hardware manufacturer Vietnam factory hinges drawer slides", S18 "woodworking machinery suppliers Vietnam
market exhibition demand", S19 "door lock handle maker Vietnam plant investment", S20 "Vietnam furniture supply chain
hardware imports localisation wood industry". (Batches 96, 115 and 136 had neighbouring themes with other searches;
several of the same pages came back, among them the QC firm's fittings report, the hinge-history and sofa-leg blogs,
the supporting-industry feature and a zone authority's approval page; every row here was drafted from this sample and
checked against those batches so that no row or run of facts repeats theirs.) No sentence is taken or paraphrased from
a page; the shapes are. Firm, plant, person, byline and site names are invented (Tsukishima Kenzai, Tổng Công ty Xây
dựng và Xuất nhập khẩu Bạch Đằng, Kim khí Phú Lâm, Ngũ kim Tân Thịnh, Khánh An Tech, Ngũ kim Hòa Khánh, Nội thất Bắc Âu
Sông Mây, Kiến trúc Nội thất Trường Phát, Đồ gỗ Tam Hiệp, Cơ khí Mộc Thành Đạt / Thành Đạt, Tin Ngành Gỗ, Meranti Home,
Chế biến Gỗ Hoài Sơn, Cơ khí Phú Mỹ Hưng CNC, Tủ Bếp Phương Nam / PNK and its brand Vesta, Sản xuất và Thương mại
Phương Lâm, Tổng Công ty Lâm nghiệp Phủ Quỳ, Saigon Expo Services, Pacific Bridge Trade & Marketing, Woodtek Solutions,
Hengda, Kanemura Lock, Nordvakt / Nordvakt Group, Ho Feng Metal Industry, every official, author, supervisor, speaker,
founder and byline); well-known names (HAWA, VIFORES, VIETRADE, ITC, Biesse, the ministries, agencies and institutes,
Trường Đại học Bách khoa Hà Nội, the parks Phú Tài, Hòa Khánh, Pho Noi A and Khai Quang, the outlets) appear only in
sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 55 distinct pages; a supporting-industry feature came back three
times, a wood-trade site's monthly archive three times, the woodworking-fair wires and city daily twice each, a thesis
page, a Polish keyword salad, a tag site and a news snippet on a Japanese lock-and-door joint venture twice each): 22
slots were spam (Vietnamese keyword salads on Polish, Italian and Belgian domains about crushers, mills, ore, conveyors,
cement silos and ferro-alloys fifteen times; betting salads with glued words seven times); 19 were tag, title, slug,
product, chrome, snippet and embed pages (ebook tags twice, a lock how-to title, tags on steel frames, short-weight steel
and reserve-goods costs, a forum thread title on a timber standard, a Chinese keyword tag on furniture supply and
demand, a site's menu chrome, a damped ball-slide product title, legal-advice tags and a legal-service title on licences,
a news tag on purchase agreements, a document-store result title, the snippet on the lock-and-door joint venture twice,
an embed headline and lead on wood firms selling plants); 11 were journals, theses, reports, explainers and blogs (a
science-policy journal's print page on the technology of machine building, the supporting-industry feature twice, a
document-store thesis on wood export structure twice, a master's thesis on smart factories with its cover and
acknowledgements, a vendor's explainer on what a factory is, an internship report on an equipment maker, a
powder-coating vendor's blog, a blog on China's top industrial clusters, a Chinese project-analysis report on
furniture); 8 were Vietnamese news, features and interviews (the wood-trade archive teaser on machinery demand with a
recalled expansion, an imported line, a new workshop and a machine maker's quote, three times; an association site's
interviews with a Singaporean kitchen-cabinet maker's founder and with a CNC machine builder's founder; a zone
authority's print page on an investment-policy approval for a furniture plant; a business daily on a kitchen-cabinet
maker's new plant and the shift of US orders; a productivity portal on technology in wood processing); 1 was a
Chinese-language page on a gambling domain reporting a forestry group's groundbreaking in Nghệ An, and 1 the news
agency's Spanish service on the woodworking fair, both rendered here in Vietnamese; 18 were English (the city daily and
two news-service wires on the woodworking and fittings fairs, each twice, and the agency's preview; a QC firm's fittings
report, a hardware-history blog, a Chinese sofa-leg maker's blog and a cabinet-hardware maker's page; a chamber's news
site on a Japanese lockmaker's licence, a Nordic-Asia site on a Swedish door-hardware group's second plant, a foundry
trade site on a Taiwanese lockmaker's plant in the Philippines; a sector export strategy on a document site, a
sourcing agent's overview, a Thai export department's profile and a business weekly on recovering furniture orders).
About 12 of the 80 slots told a deal or an event with a named party (the joint venture twice, the approval, the
groundbreaking, the licence, the opening with a recalled first plant, the recalled expansion and workshop three times,
the cabinet maker's recalled plant, the Singaporean maker's recalled plants, the plant abroad; a machine delivery to an
unnamed wood firm gives none); no supply contract, MoU or acquisition came up in any first four (S12 and S15 returned
legal tags, a report and spam, S3, S8, S11 and S16 mostly spam), so the batch has none, and few deals.

Rows: 160 (hand-46401 to hand-46560); 9 carry a deal or an event (5.6%): 5 events (2 investment licences, 1 joint
venture, 1 groundbreaking, 1 inauguration) and 9 `deals` entries (8 investment, 1 groundbreaking); 4 rows hold only
deals (46485 a recalled expansion, 46487 a recalled workshop, 46494 recalled plants, 46506 a recalled plant), none an
event without a deal, and 5 both. 151 rows are negatives and other fields. By page kind: 28 rows of spam (46401-46428,
0 with a deal or event), 21 of tag, title, product, chrome, snippet and embed pages (46429-46449; 1), 34 of journals,
theses, reports, explainers and blogs (46450-46483, the Chinese report rendered at 46481-46483; 0), 29 of Vietnamese
news, features and interviews (46484-46512; 6), 8 of the Chinese and Spanish pages rendered in Vietnamese (46513-46520;
1) and 40 of English copy (46521-46560; 2); 40 rows are English (`english_copy`, 25%). 11 rows are stored in NFD
(hand-46453, 46458, 46469, 46487, 46493, 46498, 46500, 46503, 46508, 46511, 46517); 7 use old tone placement (46446
"thoả thuận", 46454 "nội địa hoá", 46472 "Khoá", 46473 "phốt phát hoá", 46475 "chuyên môn hoá", 46504 "tự động hoá",
46520 "đa dạng hoá"); 33 hold several lines (headlines and leads, date and time lines, Q&A labels, captions and bylines,
thesis covers, author and source lines, document-store chrome, table and figure captions, bullet lists, wire chrome).

Own wording: every row was drafted in its own order (amount-first, count-first, object-first, place-first, date-first,
quote-first with the speaker last, label lines), with changed figures, names, dates and places; on review against the
notes taken from the sampled pages (and against batches 96, 115 and 136), about 14 drafts that still kept a page's order,
a quote's wording or its run of facts were rewritten from scratch (the joint-venture snippet, the licence lead of the
lockmaker, the archive teaser's lead, the embed headline and lead, the machine builder's comparison with neighbouring
countries, the association vice chairman's words, the supporting-industry feature's scope line, the fair organisers'
line and the fair's seminars, the cabinet maker's profile and new-plant line, the association's quote on kitchen-cabinet
orders, the Singaporean founder's answers, the explainer on what a factory is, the Chinese sofa-leg maker's line); 3
drafts were dropped as too close (a floor-maker director's quote on buying German lines, a line on German firms using AI,
the factory definition's first wording). Two planned rows were dropped because their facts came only from results ranked
5 or lower: a count of wood firms and wood workers (S14 r5) and a ribbon-cutting caption for the door-hardware plant (S19
r8). Nothing else was used from ranks 5-8, among them: a zone authority's approval of a Nhơn Hội furniture plant in its
S1 r5 copy (the same page is S7 r3, used), a ministry S&T site's chrome on the supporting-industry feature (S6 r7), a
trade fair's partnership with a German exhibition firm (S5 r8), MDF plants of a Korean group and its joint venture with
a rubber group (S7 r8, S13 r7, r8), a listed furniture maker's takeover (S17 r8), a CNC line funded by an
industry-promotion fund and a machine maker's process change (S14 r7, r8), a household-goods plant and a plastic
container maker's plant (S19 r5, r7), the fair pages of S18 r5-r8 and the woodworking portal pages of S20 r5-r8.

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a committee's or zone authority's investment-policy approval ("chấp thuận chủ trương đầu tư") or
licence is an investment deal and an investment_licence event "licensed" with the authority as a government party as
written, dated with its day; a held groundbreaking is a groundbreaking deal and event "started", dated with its day; an
opening with its capital is an investment deal and an inauguration "completed", without capital the event only; a
planned joint plant of two firms is ONE investment deal of both and an announced joint_venture (batches 113, 134, 140,
145; batches 120 and 135 read such a plan as a cooperation deal); recalled plants, expansions and workshops of a named
firm are deals without events; plants abroad give no deal; equipment purchases and machine deliveries without a contract
word or a named buyer, sales targets, visits, fairs, seminars, webinars, statistics and forecasts give no deal; a plant
told with "its", "the group's" or "the company" names no firm and gives money and places only; vague amounts ("vài
triệu USD", "vài chục tỷ đồng") are none; "khoảng", "chừng", "gần", "hơn", "trên", "vượt", "ít nhất", "about", "around",
"some", "more than", "exceed", "topping" are approximate; ranges of money and percentages give both ends; money per year
and per month keeps its unit; euro are EUR; capacities, dimensions, rates, ratings, durations, ordinals, page counts,
file sizes, model codes, counts in words and counts without a noun are no counts, English counts keep their English
noun; m2 and hectares are areas in ha; Vietnamese legal forms are normalised ("Công ty Cổ phần" -> "Công ty CP"),
foreign ones kept as written ("Co., Ltd", "Co. Ltd", "Co.", "Co"), "Group" stays in the name, "Vietnam" is dropped from a
foreign subsidiary's name; a bracketed acronym after a name is no second entry, alone it is a firm or an organisation
("PNK", "HAWA", "VIFORES", "MoIT"); a bare headline name beside a longer name in the lead is a second entry ("Nordvakt",
"Nordvakt Group"); product brands are no firms; Vietnamese country words and adjectives ("Vốn Nhật", "người Singapore")
and English country nouns and possessives are countries, English adjectives, regions ("Đông Nam Á", "the EU", "Asia")
and foreign cities and provinces nothing; "Taiwan (China)" gives both; a country inside an organisation's name none; a
province inside an organisation's name is a mention; parks written in Vietnamese are locations, English ones none;
"huyện" gives a district; datelines and place-and-date lines are mentions; bylines in initials, photo, agency, outlet and
source credits nothing; caps authors are title-cased; "TS.", "ThS.", "PGS.TS" give no role, a label ("Giảng viên hướng
dẫn:") is the role; a surname alone is no person; lower-case provinces, countries and brands in spam nothing; standard
numbers (TCVN) and unaccented codes without slashes are no decisions; old tone placement is normalised in the gold.
Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- The joint-venture snippet told amount-first under a headline with a country word ("Vốn Nhật tiếp tục chảy vào vật
  liệu xây dựng / Khoảng 9,4 triệu USD là vốn dự trù cho nhà máy khóa cửa và cửa thép mà Tsukishima Kenzai (Nhật Bản)
  muốn dựng qua một liên doanh với Tổng Công ty ...", 46448) is one investment deal of both and an announced
  joint_venture with the approximate amount, unsited; "Nhật" and "Nhật Bản" are listed as written.
- The zone authority's approval with the authority's province in its name ("... mà Ban Quản lý Khu kinh tế tỉnh Bình
  Định vừa chấp thuận chủ trương đầu tư, đồng thời chấp thuận nhà đầu tư, hôm 2/8/2022", 46497) is a licence sited in
  Bình Định (now part of Gia Lai) and dated 2022-08-02; the headline's and the lead's "46 tỷ đồng" are two mentions;
  the plant details without the firm (46498) give the area only; "K.Ngân" is a byline in initials, no person.
- The wood-trade archive (46484-46490): "Cuối năm 2017, Công ty TNHH ... bắt tay mở rộng nhà máy, khoản chi được nói là
  tới vài triệu USD" (46485) is a recalled investment without amount or event; "Một dây chuyền cắt, khoan CNC giá trên
  1,2 triệu USD cũng vừa được Công ty CP ... đưa về" (46486) an equipment purchase without a seller, no deal; "Ở Đồng
  Nai, Công ty Đồ gỗ Tam Hiệp đã dựng thêm một xưởng" (46487) a recalled investment sited in Đồng Nai, no event; "Thành
  Đạt" after the full name in an earlier row is its own firm mention.
- The interviews: "* ... / – ..." Q&A rows keep the first person ("Tôi sang đây ... mới quyết định rót vốn, chọn Bình
  Dương", 46493) without a firm, so no deal; "Nhờ vậy, chỉ trong năm năm Meranti Home đã dựng xong ba nhà máy ở Bình
  Dương" (46494) is a recalled investment sited in Bình Dương; "nhà sáng lập người Singapore Tan Wei Ming" gives the role
  "nhà sáng lập" and the country; a machine leaving the builder's shop "để về một nhà máy đồ gỗ ở Tân Uyên" (46501) names
  no buyer, no deal.
- The cabinet maker: "quyết định làm nhà máy thứ ba rộng 6 ha ở Đồng Nai ...; dự án hơn 4 triệu euro, máy và tư vấn kỹ
  thuật do hãng Biesse (Ý) lo, xưởng chạy từ đầu năm nay" (46506) is PNK's recalled investment in EUR sited in Đồng Nai,
  undated (a month only); the machine supplier is no party; "nhãn Vesta" is a brand, no firm.
- The Chinese page rendered: "420 triệu USD là tổng vốn của nhà máy ... mà Tổng Công ty Lâm nghiệp Phủ Quỳ khởi công hôm
  13/3 ở huyện Quỳ Hợp, tỉnh Nghệ An, theo Thời báo Kinh tế Việt Nam số ra ngày 14/3" (46513) is a groundbreaking dated
  with the work's day, not the outlet's; the two plant lines without the firm (46514) give money only; the gambling
  footer and "Ma Cao" nothing.
- English licence told object-first with the grantor last ("A US$19.6 million factory ... will go up at the Pho Noi A
  Industrial Park now that Kanemura Lock Vietnam Co. Ltd ... has received its investment licence from Hung Yen
  province", 46543) is a licence of G("Hung Yen province") sited in Hưng Yên; the chamber site's time line is chrome.
- English opening told object-first ("Door closers and hinges ... will come from a new US$28 million factory in Hai
  Duong that Nordvakt Group has opened", 46546) is an inauguration with its capital sited in Hải Dương (now part of Hải
  Phòng), undated; the recalled first plant "the group's ... a US$22 million unit at Khai Quang Industrial Park in Vinh
  Phuc" (46548) names no firm: money and province only.
- A lockmaker's plant in the Philippines (46550) gives no deal; "Taiwan's" is a country, "Taiwanese" none; "$6-M" in
  the headline and "US$6 million" in the lead are two mentions.
- Organisers and exhibitors of fairs (46525) are firms and organisations without a deal; "9 tháng", "four days", "a
  week" are durations; "Nine national pavilions" a count in words.
- "Top 50 cụm ngũ kim" in a headline is a ranking, no count; "Trong 50 cụm được điểm danh, 31 cụm ...; riêng Quảng Đông
  có 14" (46476) gives two counts, the bare 14 none; "Mười thị trường" and "(Đơn vị: triệu USD)" nothing.
- "45–60% RH" (46474) is a percentage range with both ends; "1,5–2 m/phút", "60–80 micromet" and "180–200°C" (46479)
  nothing; "5 CÁCH ..." in a caps title (46473) a numbered title, no count."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, deal, district, ev, f, ha, park, per


def hand_sentences_146(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BD = cur("Bình Định")
    BDg = cur("Bình Dương")
    DNai = cur("Đồng Nai")
    NA = cur("Nghệ An")
    HY = cur("Hưng Yên")
    HD = cur("Hải Dương")

    ids = iter(range(46401, 46401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam: machine-translated salads on Polish, Italian and Belgian domains (S1 r2, r3, r4; S6 r1, r4; S7
    # r1; S8 r1, r3, r4; S9 r1, r3; S11 r4; S12 r3; S16 r2, r3) ---
    salads = [
        ("chi phí lắp đặt dây chuyền nghiền quặng đồng quy mô vừa", "2023-02-11", []),
        ("bố trí mặt bằng xưởng cán thép theo dòng chảy vật liệu giáo trình", "2023-02-11", []),
        ("giá thành dự án nhà máy tuyển quặng mangan công suất nhỏ", "2022-09-30", []),
        (
            "máy nghiền côn thủy lực 200 tấn giờ bảng thông số kỹ thuật",
            "2022-09-30",
            ["capacity_no_count"],
        ),
        ("nguyên lý vận hành sàng rung tuyến tính cho mỏ đá vôi", "2024-01-08", []),
        ("sổ tay kỹ sư băng tải lòng máng cao su pdf", "2024-01-08", []),
        (
            "hạt ferro mangan mã hs nhập khẩu từ ấn độ",
            "2023-06-03",
            ["lowercase_country_nothing"],
        ),
        ("quy trình đúc hợp kim kẽm làm tay nắm tủ pdf mẫu miễn phí", "2021-03-06", []),
        ("cát nghiền vsi7x đạt chuẩn ce loại phổ biến nhất", "2022-05-19", ["model_code_no_count"]),
        ("máy nghiền hàm mini tái chế phế liệu gỗ ván ép chi phí thấp", "2024-06-21", []),
        ("silo chứa mùn cưa 40 tấn sơ đồ nguyên lý làm việc", "2024-06-21", ["capacity_no_count"]),
        (
            "quyết định 15 2020 danh mục ngành nghề kinh doanh thuvienphapluat",
            "2021-11-02",
            ["unaccented_code_no_decision"],
        ),
        ("nguyên lý máy rung làm phẳng ván dăm", "2022-12-14", []),
        ("máy nghiền đá hàm pe600 thiết kế chi phí hiệu quả", "2023-03-27", ["model_code_no_count"]),
        ("nhà máy xi măng lò quay quy trình biểu tượng nguyên lý làm việc", "2023-03-27", []),
        (
            "máy nghiền bi tro bay chi phí thấp nhà sản xuất trung quốc",
            "2024-02-09",
            ["lowercase_country_nothing"],
        ),
        ("thụ hưởng quặng sắt chi phí vận hành nhà máy nhỏ", "2024-02-09", []),
        ("băng tải con lăn cho xưởng ván ép nhà sản xuất thiết bị hiệp hội", "2024-04-16", []),
    ]
    for text, date, extra in salads:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_keywords", "foreign_spam_domain", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    # --- Betting salads with glued words (S3 r1, r2, r3; S4 r1, r3, r4; S15 r4) ---
    betting = [
        (
            "kuwin kèo nhà cái hôm naykhóa vân tay giá rẻ hà nộixsmb thứ 4",
            "2024-03-14",
            ["lowercase_province_nothing"],
        ),
        (
            "kuwin top 10 nhà cái uy tín 2024soi cầu lô đề miền bắctủ bếp gỗ óc chó giá bao nhiêu",
            "2024-04-02",
            [],
        ),
        ("kuwin lịch thi đấu v-leaguebản lề cửa gỗ loại nào bềnbảng xếp hạng bundesliga", "2024-05-27", []),
        (
            "kuwin xổ số đà nẵng thứ 7tay nắm tủ đồng cổ điểnnhà cái đổi thưởng",
            "2024-06-08",
            ["lowercase_province_nothing"],
        ),
        ("kuwin vario 160 giá lăn bánhkết quả xsmn hôm quaray trượt tủ quần áo", "2024-07-19", []),
        (
            "kuwin tỷ lệ kèo ngoại hạng anhnhà cái uy tín nhất việt namcách chọn két sắt gia đình",
            "2024-08-30",
            [],
        ),
        ("kuwin xsmn 60 ngàysh mode 2024 giá bao nhiêutop nhà cái uy tín", "2024-09-11", []),
        (
            "kuwin bàn trang điểm gỗ sồiđá gà thomo hôm naykết quả xổ số cà mau",
            "2024-10-05",
            ["lowercase_province_nothing"],
        ),
        (
            "kuwin khóa cửa điện tử samsungnhà cái uy tín bmttỷ số trực tuyến",
            "2024-10-22",
            ["lowercase_brand_no_firm"],
        ),
        (
            "kuwin thứ hạng của hagltủ giày gỗ thông giá xưởngcông thức tính thể tích hình trụ",
            "2024-11-13",
            [],
        ),
    ]
    for text, date, extra in betting:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_line", "betting_domain", "glued_words", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    # --- Tag, title, slug, product, chrome and embed pages (S1 r1; S3 r4; S7 r2; S8 r2; S9 r4; S10 r2, r4; S11 r1, r2,
    # r3; S12 r1, r2, r4; S13 r4; S15 r1, r3; S16 r1) ---
    tags = [
        (
            "giáo trình kỹ thuật máy gia công gỗ ebook pdf",
            "2022-04-20",
            "ministry",
            ["ebook_tag", "lowercase"],
        ),
        (
            "giáo trình an toàn vận hành máy cưa vòng ebook pdf",
            "2022-04-20",
            "ministry",
            ["ebook_tag", "lowercase"],
        ),
        (
            "Chọn khóa tay gạt hay khóa tròn cho cửa phòng ngủ?",
            "2023-08-15",
            "ministry",
            ["howto_title", "question"],
        ),
        (
            "Lắp tay nâng cánh tủ bếp trên sao cho đúng?",
            "2023-08-15",
            "ministry",
            ["howto_title", "question"],
        ),
        ("giá thép hộp mạ kẽm làm khung tủ bếp", "2023-10-02", "ministry", ["tag_page", "lowercase"]),
        (
            "Tiêu chuẩn Việt Nam 2145-1977 ván ghép thanh – phương pháp thử",
            "2016-05-09",
            "legal",
            ["forum_thread_title", "standard_number_no_decision"],
        ),
        ("家具五金滑轨行业供需分析", "2023-01-12", "ministry", ["foreign_tag", "chinese_text"]),
        (
            "Trang chủ | Nhà máy thông minh 4.0 | Cách vận hành",
            "2025-02-03",
            "ministry",
            ["site_chrome", "pipe_menu"],
        ),
        ("thép tấm bị cắt xén trọng lượng", "2024-11-27", "ministry", ["tag_page", "lowercase"]),
        ("máy dập bản lề nhập lậu", "2024-11-27", "ministry", ["tag_page", "lowercase"]),
        (
            "Bản lề giảm chấn inox 304 trùm ngoài, trùm nửa, lọt lòng – báo giá 2020",
            "2020-02-17",
            "ministry",
            ["product_page_title", "grade_number_no_count"],
        ),
        ("chi phí lưu kho hàng tạm nhập tái xuất", "2021-08-24", "legal", ["tag_page", "lowercase"]),
        ("mẫu hợp đồng mua bán máy cưa cũ", "2021-08-24", "legal", ["tag_page", "lowercase"]),
        (
            "giấy chứng nhận thẩm duyệt phòng cháy cho xưởng gỗ",
            "2022-03-01",
            "legal",
            ["tag_page", "lowercase"],
        ),
        ("tiêu chuẩn kho chứa gỗ và mùn cưa dễ cháy", "2022-03-01", "legal", ["tag_page", "lowercase"]),
        (
            "thủ tục mở địa điểm kinh doanh qua mạng điện tử Lưu trữ",
            "2022-03-01",
            "legal",
            ["tag_page", "archive_suffix"],
        ),
        (
            "Trình tự, thủ tục xin cấp phép xây dựng nhà xưởng trong cụm công nghiệp",
            "2023-05-25",
            "legal",
            ["legal_service_title"],
        ),
        ("thoả thuận khung mua phụ kiện", "2024-02-26", "ministry", ["tag_page", "lowercase", "old_tone"]),
        (
            '"quản lý kho vật tư" trang 4 - tải miễn phí từ kho tài liệu',
            "2023-07-07",
            "ministry",
            ["search_result_title", "page_number_no_count"],
        ),
    ]
    for text, date, style, extra in tags:
        rows.append(h(n(), text, date, style, [*extra, "no_fields", "no_event"], events=[]))
    rows += [
        h(
            n(),
            "Vốn Nhật tiếp tục chảy vào vật liệu xây dựng\nKhoảng 9,4 triệu USD là vốn dự trù cho nhà máy khóa cửa và cửa thép mà Tsukishima Kenzai (Nhật Bản) muốn dựng qua một liên doanh với Tổng Công ty Xây dựng và Xuất nhập khẩu Bạch Đằng.",
            "2008-03-21",
            "ministry",
            [
                "snippet_page",
                "headline_lead",
                "amount_first",
                "announced_joint_venture",
                "joint_plant_one_investment_deal",
                "country_in_brackets",
                "approx",
                "multiline",
            ],
            firms=[f("Tsukishima Kenzai"), f("Xây dựng và Xuất nhập khẩu Bạch Đằng", "Tổng công ty")],
            money=[m(9.4 * M, "USD", approx=True)],
            locations=[country("Nhật"), country("Nhật Bản")],
            deals=[
                deal("investment", ["Tsukishima Kenzai", "Xây dựng và Xuất nhập khẩu Bạch Đằng"], 9.4 * M)
            ],
            events=[
                ev(
                    "joint_venture",
                    [F("Tsukishima Kenzai"), F("Xây dựng và Xuất nhập khẩu Bạch Đằng")],
                    9.4 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Bán máy trả lương: mùa khó của xưởng gỗ\nTừ tháng 5 không có thêm container nào để đóng, một số cơ sở chế biến gỗ ở ngoại thành đã đăng tin bán lại máy chà nhám và máy ghép.",
            "2020-05-22",
            "ministry",
            ["embed_page", "headline_lead", "month_no_date", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A science-policy journal's print page (S2 r1), a supporting-industry feature on a ministry site (S2 r3 = S6
    # r2), a document-store thesis on wood exports (S2 r4 = S13 r2) ---
    rows += [
        h(
            n(),
            "Hiện trạng và hướng đi của công nghệ chế tạo máy gia công gỗ ở Việt Nam\n\nMáy cưa, máy bào hay máy phay CNC chỉ là những nhánh nhỏ của cơ khí chế tạo, nhưng mỗi nhánh lại gồm hàng chục công nghệ ở những trình độ rất khác nhau.",
            "2021-09-14",
            "ministry",
            ["print_page", "journal_title_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ThS. Nguyễn Hoàng Yến, TS. Lưu Đức Thắng\nViện Chiến lược và Chính sách khoa học và công nghệ",
            "2021-09-14",
            "ministry",
            ["author_line", "academic_title_no_role", "multiline", "no_event"],
            persons=[per("Nguyễn Hoàng Yến", None), per("Lưu Đức Thắng", None)],
            organizations=["Viện Chiến lược và Chính sách khoa học và công nghệ"],
            events=[],
        ),
        h(
            n(),
            "Bài viết tóm tắt kết quả của nhóm lập bản đồ công nghệ cơ khí cho máy chế biến gỗ thuộc Viện Chiến lược và Chính sách khoa học và công nghệ, làm cơ sở để Nhà nước chọn chính sách hỗ trợ, tránh đầu tư dàn trải.",
            "2021-09-14",
            "ministry",
            ["journal_abstract", "no_event"],
            organizations=["Viện Chiến lược và Chính sách khoa học và công nghệ"],
            events=[],
        ),
        h(
            n(),
            "Phần lớn giá trị một bộ tủ bếp xuất khẩu vẫn chảy ra ngoài qua bản lề, ray trượt và tay nắm nhập về; đó là lý do công nghiệp hỗ trợ cần một cách nhìn khác, không chỉ đếm số xưởng.",
            "2022-06-09",
            "ministry",
            ["feature_lead", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở nước ta, phụ kiện đồ gỗ chỉ được đưa vào danh mục sản phẩm công nghiệp hỗ trợ ưu tiên từ năm 2020(2), muộn hơn khá lâu so với linh kiện điện tử và ô tô, khi nội địa hoá phụ kiện vẫn chủ yếu nằm trên giấy.",
            "2022-06-09",
            "ministry",
            ["footnote_marker", "year_no_count", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Về cơ cấu sản phẩm: bản lề và ray trượt chiếm khoảng 64% kim ngạch phụ kiện đồ gỗ xuất khẩu, tăng bình quân 21%/năm giai đoạn 2006 - 2015.\n\nHình 2.6: Kim ngạch xuất khẩu phụ kiện đồ gỗ của Việt Nam giai đoạn 2006 - 2015\n\n(Nguồn: Tác giả tổng hợp từ VIFORES, HAWA, 2016)",
            "2019-11-05",
            "ministry",
            [
                "thesis_page",
                "bullet",
                "figure_caption",
                "source_line",
                "acronym_alone_org",
                "multiline",
                "no_event",
            ],
            percentages=[64, 21],
            organizations=["VIFORES", "HAWA"],
            events=[],
        ),
        h(
            n(),
            "(Nguồn: Tính toán của tác giả từ số liệu Tổng cục Hải quan, 2016)",
            "2019-11-05",
            "ministry",
            ["source_line", "no_event"],
            organizations=["Tổng cục Hải quan"],
            events=[],
        ),
        h(
            n(),
            "Có thể bạn quan tâm!\n\nXem toàn bộ 148 trang tài liệu này.",
            "2019-11-05",
            "ministry",
            ["document_store_chrome", "page_count_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phụ kiện xuất khẩu của ta có mặt ở hơn 40 thị trường, nhưng ba thị trường lớn nhất đã chiếm tới 70,5% giá trị, cho thấy doanh nghiệp mới chỉ bám vào vài nơi có sức mua cao.",
            "2019-11-05",
            "ministry",
            ["thesis_page", "count", "approx", "nfd", "no_event"],
            quantities=[c(40, "thị trường", True)],
            percentages=[70.5],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: máy chế biến gỗ; bản đồ công nghệ; cơ khí chế tạo; năng lực công nghệ.",
            "2021-09-14",
            "ministry",
            ["journal_keywords", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhóm nghiên cứu đã khảo sát 64 doanh nghiệp làm máy cưa, máy bào, máy chà nhám và máy CNC ở Bình Dương, Đồng Nai và TP.HCM trong năm 2020.",
            "2021-09-14",
            "ministry",
            ["journal_method", "count", "province_list", "no_event"],
            quantities=[c(64, "doanh nghiệp")],
            provinces=[pv("Bình Dương"), pv("Đồng Nai"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Thực trạng: xưởng nhiều, chuỗi mỏng\nCả nước có hàng nghìn xưởng đồ gỗ, nhưng số doanh nghiệp làm được bản lề giảm chấn hay ray trượt đạt chuẩn của nhà mua lớn chỉ đếm trên đầu ngón tay.",
            "2022-06-09",
            "ministry",
            ["subheading_lead", "vague_count_none", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bảng 2.3: Mười thị trường nhập khẩu phụ kiện đồ gỗ lớn nhất của Việt Nam năm 2015\n(Đơn vị: triệu USD)",
            "2019-11-05",
            "ministry",
            [
                "table_caption",
                "unit_line_no_money",
                "count_in_words_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Nhật Bản và Hàn Quốc là hai thị trường tăng nhanh nhất, bình quân 46%/năm, chủ yếu nhờ nhu cầu bản lề và khóa tủ cho nhà bếp.",
            "2019-11-05",
            "ministry",
            ["thesis_page", "country", "count_in_words_no_count", "no_event"],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            percentages=[46],
            events=[],
        ),
    ]
    # --- A master's thesis on a document store (S10 r1), a vendor's explainer on what a factory is (S10 r3) ---
    rows += [
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI\nLUẬN VĂN THẠC SĨ\nỨng dụng mô hình nhà máy thông minh tại doanh nghiệp sản xuất phụ kiện nội thất vừa và nhỏ\nLÊ THỊ NGỌC HÂN\nNgành Quản lý Công nghiệp\nGiảng viên hướng dẫn: PGS.TS Trịnh Văn Khải",
            "2022-10-18",
            "ministry",
            [
                "thesis_cover",
                "caps_author_title_cased",
                "label_role",
                "academic_title_no_role",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Bách khoa Hà Nội"],
            provinces=[pv("Hà Nội")],
            persons=[per("Lê Thị Ngọc Hân", None), per("Trịnh Văn Khải", "Giảng viên hướng dẫn")],
            events=[],
        ),
        h(
            n(),
            "Tôi xin cảm ơn ban lãnh đạo Công ty Cổ phần Kim khí Phú Lâm và Công ty TNHH Ngũ kim Tân Thịnh đã cho phép tôi khảo sát dây chuyền dập bản lề và ray bi trong suốt quá trình làm luận văn.",
            "2022-10-18",
            "ministry",
            ["thesis_acknowledgement", "two_firms", "no_event"],
            firms=[f("Kim khí Phú Lâm", "Công ty CP"), f("Ngũ kim Tân Thịnh", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Xưởng sản xuất là gì trong thời 4.0?\nKhông còn chỉ là mái tôn, máy móc và công nhân, một xưởng hiện đại là chuỗi dữ liệu nối từ cổng bảo vệ tới kho thành phẩm, bài viết của Khánh An Tech phân tích.",
            "2025-03-10",
            "ministry",
            ["vendor_explainer", "headline_lead", "version_number_no_count", "multiline", "no_event"],
            firms=[f("Khánh An Tech")],
            events=[],
        ),
        h(
            n(),
            "Với chủ đầu tư và người quản lý nhà máy, kiểm soát chặt người và xe ra vào là điều kiện đầu tiên để giữ bí mật mẫu mã và năng suất, nhất là ở xưởng làm hàng cho thương hiệu ngoại.",
            "2025-03-10",
            "ministry",
            ["vendor_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống\n1\n/ 104 trang\nĐịnh dạng\nSố trang\n104\nDung lượng\n2,06 MB",
            "2022-10-18",
            "ministry",
            [
                "document_store_chrome",
                "page_count_no_count",
                "file_size_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "LỜI CAM ĐOAN\nTôi xin cam đoan luận văn là kết quả nghiên cứu của riêng tôi dưới sự hướng dẫn của PGS.TS Trịnh Văn Khải; các số liệu đều có nguồn gốc rõ ràng.\nHà Nội, ngày tháng năm 2022",
            "2022-10-18",
            "ministry",
            [
                "thesis_declaration",
                "academic_title_no_role",
                "place_date_line",
                "multiline",
                "nfd",
                "no_event",
            ],
            persons=[per("Trịnh Văn Khải", None)],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Định nghĩa cũ nhìn nhà máy qua tường, máy và người; định nghĩa mới nhìn qua dòng dữ liệu, nơi cảm biến IoT, phần mềm quản lý và trí tuệ nhân tạo (AI) cùng điều phối sản xuất.",
            "2025-03-10",
            "ministry",
            ["vendor_explainer", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- An internship report (S15 r2), a powder-coating vendor's blog (S16 r4), a blog on China's industrial clusters
    # (S6 r3) ---
    rows += [
        h(
            n(),
            "CHƯƠNG I: TỔNG QUAN VỀ CÔNG TY CỔ PHẦN NGŨ KIM HÒA KHÁNH\n1.1 Quá trình hình thành và phát triển\nCông ty được thành lập năm 2007 tại Đà Nẵng, ban đầu chỉ làm bản lề lá và chốt cửa cho các xưởng mộc trong vùng.",
            "2018-06-12",
            "ministry",
            ["report_chapter", "caps_firm", "founding_year_no_deal", "multiline", "no_event"],
            firms=[f("Ngũ kim Hòa Khánh", "Công ty CP")],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Khoá tủ, bản lề bật và ray bi của công ty đều đạt tiêu chuẩn TCVN do Tổng cục Tiêu chuẩn Đo lường Chất lượng chứng nhận, theo quy định hiện hành.",
            "2018-06-12",
            "ministry",
            ["report_body", "old_tone", "standard_no_decision", "no_event"],
            organizations=["Tổng cục Tiêu chuẩn Đo lường Chất lượng"],
            events=[],
        ),
        h(
            n(),
            "12\n2025\n\n5 CÁCH GIẢM BONG TRÓC LỚP SƠN TĨNH ĐIỆN TRÊN TAY NẮM VÀ KHUNG TỦ\n\nLớp sơn bột bám tốt hay không phụ thuộc trước hết vào độ sạch bề mặt kim loại sau khâu tẩy dầu và phốt phát hoá.",
            "2025-12-03",
            "ministry",
            [
                "vendor_blog",
                "date_chrome",
                "caps_title",
                "ordinal_title_no_count",
                "old_tone",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Giữ độ ẩm buồng phun trong khoảng 45–60% RH: khô quá thì bột tích điện thừa và bám loang, ẩm quá thì bột vón cục, để lại vết rỗ sau khi sấy.",
            "2025-12-03",
            "ministry",
            ["vendor_blog", "percentage_range_both_ends", "no_event"],
            percentages=[45, 60],
            events=[],
        ),
        h(
            n(),
            "Top 50 cụm ngũ kim nội thất của Trung Quốc và những địa chỉ nên biết\nCụm ngành là cách Trung Quốc gom xưởng nhỏ thành chuỗi: chuyên môn hoá rõ, quy mô đủ lớn và dịch vụ hành chính làm theo một chuẩn.",
            "2024-08-05",
            "ministry",
            ["blog_post", "headline_lead", "top_n_no_count", "old_tone", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Trong 50 cụm được điểm danh, 31 cụm nằm ở ba tỉnh ven biển Quảng Đông, Chiết Giang và Phúc Kiến; riêng Quảng Đông có 14.",
            "2024-08-05",
            "ministry",
            ["blog_post", "count", "count_without_noun", "foreign_province_nothing", "no_event"],
            quantities=[c(50, "cụm"), c(31, "cụm")],
            events=[],
        ),
        h(
            n(),
            "Ngoài văn phòng ở trung tâm thành phố, công ty có một xưởng dập và một xưởng mạ tại KCN Hòa Khánh với 146 công nhân.",
            "2018-06-12",
            "ministry",
            [
                "report_body",
                "existing_plants_no_deal",
                "park",
                "count",
                "count_in_words_no_count",
                "no_event",
            ],
            locations=[park("Khu công nghiệp Hòa Khánh")],
            quantities=[c(146, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Em xin chân thành cảm ơn cô giáo ThS Đinh Thị Mai Lan cùng các anh chị phòng Kế toán đã tận tình chỉ bảo để em hoàn thành báo cáo này.",
            "2018-06-12",
            "ministry",
            ["report_acknowledgement", "academic_title_no_role", "no_event"],
            persons=[per("Đinh Thị Mai Lan", None)],
            events=[],
        ),
        h(
            n(),
            "Tốc độ băng chuyền nên giữ ở 1,5–2 m/phút để lớp bột đạt độ dày 60–80 micromet sau khi sấy ở 180–200°C.",
            "2025-12-03",
            "ministry",
            ["vendor_blog", "rate_no_count", "dimension_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các cụm ngành đã thành nét riêng trong phát triển kinh tế vùng của Trung Quốc, từ Thuận Đức, Trung Sơn tới Vĩnh Khang.",
            "2024-08-05",
            "ministry",
            ["blog_post", "country", "foreign_city_nothing", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- A Chinese project-analysis report on a document store (S9 r2), rendered in Vietnamese ---
    rows += [
        h(
            n(),
            "Báo cáo phân tích vận hành dự án phụ kiện nội thất\nChương 1: Tổng quan dự án\n(1) Quy mô thị trường đồ nội thất toàn cầu tăng đều qua từng năm",
            "2019-04-16",
            "ministry",
            ["foreign_page_rendered", "report_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo một trung tâm nghiên cứu công nghiệp ở Milan, năm 2016 tổng sản lượng đồ nội thất thế giới vượt 420 tỷ USD, tăng khoảng 18% so với năm 2011; thương mại chiếm chừng một phần ba.",
            "2019-04-16",
            "ministry",
            ["foreign_page_rendered", "foreign_city_nothing", "approx", "fraction_no_percentage", "no_event"],
            money=[m(420 * B, "USD", approx=True)],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "家具五金项目投资分析报告",
            "2019-04-16",
            "ministry",
            ["foreign_title", "chinese_text", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A wood-trade site's monthly archive teaser on machinery demand (S2 r2 = S13 r1 = S14 r2) ---
    rows += [
        h(
            n(),
            "Tháng Tám 2019\nChừng 17% mỗi năm: đó là tốc độ các xưởng gỗ trong nước sắm thêm máy kể từ năm 2016, theo số liệu của một hãng máy nội; mức tăng ấy kéo nhiều nhà chế tạo nước ngoài tìm tới.",
            "2019-08-31",
            "ministry",
            ["date_archive_page", "amount_first_percentage", "multiline", "no_event"],
            percentages=[17],
            events=[],
        ),
        h(
            n(),
            "Cuối năm 2017, Công ty TNHH Nội thất Bắc Âu Sông Mây bắt tay mở rộng nhà máy, khoản chi được nói là tới vài triệu USD.",
            "2019-08-31",
            "ministry",
            ["recalled_expansion_deal_no_event", "vague_amount_none"],
            firms=[f("Nội thất Bắc Âu Sông Mây", "Công ty TNHH")],
            deals=[deal("investment", ["Nội thất Bắc Âu Sông Mây"])],
            events=[],
        ),
        h(
            n(),
            "Một dây chuyền cắt, khoan CNC giá trên 1,2 triệu USD cũng vừa được Công ty CP Kiến trúc Nội thất Trường Phát đưa về để chạy các đơn hàng khách sạn.",
            "2019-08-31",
            "ministry",
            ["equipment_purchase_no_deal", "object_first", "approx", "no_event"],
            firms=[f("Kiến trúc Nội thất Trường Phát", "Công ty CP")],
            money=[m(1.2 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Ở Đồng Nai, Công ty Đồ gỗ Tam Hiệp đã dựng thêm một xưởng và lắp hai dây chuyền sơn mới.",
            "2019-08-31",
            "ministry",
            ["recalled_workshop_deal_no_event", "place_first", "count", "nfd"],
            firms=[f("Đồ gỗ Tam Hiệp", "Công ty")],
            provinces=[pv("Đồng Nai")],
            quantities=[c(2, "dây chuyền")],
            deals=[deal("investment", ["Đồ gỗ Tam Hiệp"], None, DNai)],
            events=[],
        ),
        h(
            n(),
            "“Riêng quý II, số máy chúng tôi giao đã gấp đôi cùng kỳ”, ông Phạm Quang Vĩnh, Phó Giám đốc kỹ thuật Công ty Cơ khí Mộc Thành Đạt, cho biết.",
            "2019-08-31",
            "ministry",
            ["quote_first", "role_after_name", "multiplier_no_count", "no_event"],
            persons=[per("Phạm Quang Vĩnh", "Phó Giám đốc kỹ thuật Công ty Cơ khí Mộc Thành Đạt")],
            firms=[f("Cơ khí Mộc Thành Đạt", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Số liệu của Thành Đạt cho thấy từ đầu năm 2018, đơn đồ gỗ xuất khẩu đổ về dồn dập, buộc nhiều xưởng phải sắm thêm máy ghép và máy chà nhám để kịp giao.",
            "2019-08-31",
            "ministry",
            ["short_name_firm", "equipment_purchase_no_deal", "no_event"],
            firms=[f("Thành Đạt")],
            events=[],
        ),
        h(
            n(),
            "Tin Ngành Gỗ - chuyên trang cập nhật thị trường gỗ, ván nhân tạo và máy chế biến gỗ trong nước.",
            "2019-08-31",
            "ministry",
            ["site_footer", "outlet_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- An association site's interview with a Singaporean kitchen-cabinet maker's founder (S4 r2) ---
    rows += [
        h(
            n(),
            "Meranti Home và bài học giữ chân nhà cung cấp: trò chuyện với nhà sáng lập Tan Wei Ming",
            "2025-04-22",
            "ministry",
            ["interview_title", "role_before_name"],
            firms=[f("Meranti Home")],
            persons=[per("Tan Wei Ming", "nhà sáng lập")],
            events=[],
        ),
        h(
            n(),
            "Gần 3.500 người làm việc ở các nhà máy: đó là nguồn lực lớn nhất mà Meranti Home gây dựng sau sáu năm ở Việt Nam, theo nhà sáng lập người Singapore Tan Wei Ming.",
            "2025-04-22",
            "ministry",
            [
                "interview_lead",
                "count_first",
                "role_before_name",
                "country_adjective",
                "duration_no_count",
                "approx",
                "no_event",
            ],
            firms=[f("Meranti Home")],
            persons=[per("Tan Wei Ming", "nhà sáng lập")],
            locations=[country("Singapore")],
            quantities=[c(3500, "người", True)],
            events=[],
        ),
        h(
            n(),
            "* Vì sao một doanh nghiệp nội thất Singapore lại chọn Việt Nam, thưa ông?\n– Nhà tôi ba đời làm đồ gỗ. Tôi sang đây nhiều lần, nhưng phải tới năm 2018 mới quyết định rót vốn, chọn Bình Dương vì tỉnh hỗ trợ thủ tục nhanh và gần cảng.",
            "2025-04-22",
            "ministry",
            ["qa_labels", "first_person_no_firm", "country", "multiline", "nfd", "no_event"],
            locations=[country("Singapore")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Nhờ vậy, chỉ trong năm năm Meranti Home đã dựng xong ba nhà máy ở Bình Dương, vừa mở rộng sản xuất vừa mở thêm thị trường.",
            "2025-04-22",
            "ministry",
            ["recalled_plants_deal_no_event", "count_in_words_no_count", "duration_no_count"],
            firms=[f("Meranti Home")],
            provinces=[pv("Bình Dương")],
            deals=[deal("investment", ["Meranti Home"], None, BDg)],
            events=[],
        ),
        h(
            n(),
            "* Tủ bếp là mảng riêng của công ty. Ông thấy sức mua mặt hàng này ra sao?\n– Mỗi tháng chúng tôi xuất chừng 150 container, phần lớn sang Mỹ; tủ bếp ít chịu tác động của lạm phát vì nhà nào cũng cần.",
            "2025-04-22",
            "ministry",
            ["qa_labels", "count", "approx", "country", "multiline", "no_event"],
            quantities=[c(150, "container", True)],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "* Ông muốn nói gì với các nhà mua hàng đang cân nhắc đặt hàng tại Việt Nam?\n– Hãy coi nhà cung cấp như người cùng đi đường dài; chúng tôi giữ mối với đối tác từ xưởng sơn tới xưởng bao bì suốt từ ngày đầu.",
            "2025-04-22",
            "ministry",
            ["qa_labels", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A zone authority's print page: an investment-policy approval for a furniture plant (S7 r3) ---
    rows += [
        h(
            n(),
            "Nhà máy ván ghép và đồ gỗ 46 tỷ đồng vào KCN Phú Tài\n09/08/2022\nHơn 46 tỷ đồng là vốn Công ty TNHH Chế biến Gỗ Hoài Sơn đăng ký cho nhà máy ván ghép và đồ gỗ nội thất mà Ban Quản lý Khu kinh tế tỉnh Bình Định vừa chấp thuận chủ trương đầu tư, đồng thời chấp thuận nhà đầu tư, hôm 2/8/2022.",
            "2022-08-09",
            "provincial",
            [
                "print_page",
                "headline_date_lead",
                "headline_amount",
                "amount_first",
                "policy_approval_licence",
                "province_in_org_name",
                "deal_date",
                "approx",
                "multiline",
            ],
            firms=[f("Chế biến Gỗ Hoài Sơn", "Công ty TNHH")],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Bình Định"],
            provinces=[pv("Bình Định")],
            locations=[park("Khu công nghiệp Phú Tài")],
            money=[m(46 * B, "VND"), m(46 * B, "VND", approx=True)],
            deals=[deal("investment", ["Chế biến Gỗ Hoài Sơn"], 46 * B, BD, "2022-08-02")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Bình Định"), F("Chế biến Gỗ Hoài Sơn")],
                    46 * B,
                    "VND",
                    BD,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Xưởng rộng 12.480 m2 ở lô C2.05 sẽ làm bàn, ghế, giường và ván ghép thanh, công suất 180.000 sản phẩm, tương đương khoảng 3.600 m3 gỗ mỗi năm; hạn đưa vào vận hành là tháng 9/2023.",
            "2022-08-09",
            "provincial",
            ["plant_details_no_firm", "m2_to_ha", "lot_no_count", "capacity_no_count", "nfd", "no_event"],
            areas=[ha(1.248)],
            events=[],
        ),
        h(
            n(),
            "Ảnh minh họa\n\nK.Ngân",
            "2022-08-09",
            "provincial",
            ["caption_illustration", "byline_initials_no_person", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- An association site's interview with a CNC machine builder's founder (S14 r1) ---
    rows += [
        h(
            n(),
            "Ông Trần Hữu Lộc, nhà sáng lập Cơ khí Phú Mỹ Hưng CNC: máy nội phải đi trước khách một bước",
            "2025-01-20",
            "ministry",
            ["interview_title", "role_after_name", "role_with_firm", "nfd"],
            persons=[per("Trần Hữu Lộc", "nhà sáng lập Cơ khí Phú Mỹ Hưng CNC")],
            firms=[f("Cơ khí Phú Mỹ Hưng CNC")],
            events=[],
        ),
        h(
            n(),
            "Chiếc máy CNC 5 trục dài 7,5 mét rời xưởng Cơ khí Phú Mỹ Hưng CNC hôm 8/1/2025, đơn hàng mở màn năm mới, để về một nhà máy đồ gỗ ở Tân Uyên.",
            "2025-01-20",
            "ministry",
            [
                "interview_lead",
                "delivery_unnamed_buyer_no_deal",
                "dimension_no_count",
                "bare_place_nothing",
                "no_event",
            ],
            firms=[f("Cơ khí Phú Mỹ Hưng CNC")],
            events=[],
        ),
        h(
            n(),
            "* Xuất khẩu nội thất năm 2024 đã hồi lại. Nhìn từ đơn hàng của công ty, ông thấy các xưởng gỗ mua máy nhiều hơn chưa?\n– Có tăng, nhưng chưa nhiều. Qua Tết khách hỏi máy dày hơn vì đơn xuất khẩu đã rõ, ông Trần Hữu Lộc, người sáng lập công ty, nói.",
            "2025-01-20",
            "ministry",
            ["qa_labels", "speaker_last", "role_after_name", "multiline", "no_event"],
            persons=[per("Trần Hữu Lộc", "người sáng lập công ty")],
            events=[],
        ),
        h(
            n(),
            "Xưởng gỗ trong nước dùng CNC nhiều hơn hẳn láng giềng Malaysia, nhưng đặt cạnh Ba Lan hay Áo thì khoảng cách về phần mềm điều khiển vẫn còn xa.",
            "2025-01-20",
            "ministry",
            ["comparison", "country_list", "nfd", "no_event"],
            locations=[country("Malaysia"), country("Ba Lan"), country("Áo")],
            events=[],
        ),
        h(
            n(),
            "* Điều gì khiến doanh nghiệp còn ngại máy hiện đại?\n– Giá. Một dây chuyền tự động hoá trọn gói có thể tốn vài chục tỷ đồng, trong khi biên lợi nhuận của hàng gia công chỉ vài phần trăm.",
            "2025-01-20",
            "ministry",
            ["qa_labels", "vague_amount_none", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A business daily on a kitchen-cabinet maker's new plant and the shift of US orders (S14 r3) ---
    rows += [
        h(
            n(),
            "Ra đời năm 1996 ở TP HCM, Công ty CP Tủ Bếp Phương Nam (PNK) nay có chừng 1.200 công nhân ở hai xưởng, làm tủ và thiết bị bếp dưới nhãn Vesta.",
            "2019-09-26",
            "ministry",
            [
                "company_profile",
                "bracketed_acronym_one_entry",
                "brand_no_firm",
                "count",
                "approx",
                "count_in_words_no_count",
                "no_event",
            ],
            firms=[f("Tủ Bếp Phương Nam", "Công ty CP")],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(1200, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Tháng 3/2018, ông Đoàn Minh Khôi, Chủ tịch kiêm Tổng giám đốc PNK, quyết định làm nhà máy thứ ba rộng 6 ha ở Đồng Nai để nâng công suất lên gấp đôi; dự án hơn 4 triệu euro, máy và tư vấn kỹ thuật do hãng Biesse (Ý) lo, xưởng chạy từ đầu năm nay.",
            "2019-09-26",
            "ministry",
            [
                "recalled_plant_deal_no_event",
                "role_after_name",
                "acronym_alone_firm",
                "machine_supplier_no_deal",
                "ordinal_no_count",
                "euro",
                "approx",
            ],
            persons=[per("Đoàn Minh Khôi", "Chủ tịch kiêm Tổng giám đốc PNK")],
            firms=[f("PNK"), f("Biesse")],
            provinces=[pv("Đồng Nai")],
            areas=[ha(6)],
            money=[m(4 * M, "EUR", approx=True)],
            locations=[country("Ý")],
            deals=[deal("investment", ["PNK"], 4 * M, DNai)],
            events=[],
        ),
        h(
            n(),
            "Tủ bếp và kệ phòng tắm là nhóm hàng kế tiếp bị Mỹ đánh thuế khi nhập từ Trung Quốc; một liên minh các nhà làm tủ bếp Mỹ cho rằng hàng Trung Quốc đã gây thiệt hại ít nhất 1,8 tỷ USD.",
            "2019-09-26",
            "ministry",
            ["trade_remedy_context", "country", "approx", "no_event"],
            locations=[country("Mỹ"), country("Trung Quốc")],
            money=[m(1.8 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Xưởng mới của PNK giờ thường xuyên đón đoàn doanh nghiệp tới xem, đúng lúc đơn tủ bếp rời Trung Quốc sang Việt Nam vì căng thẳng thương mại giữa Mỹ và Trung Quốc.",
            "2019-09-26",
            "ministry",
            ["acronym_alone_firm", "visits_no_deal", "country", "nfd", "no_event"],
            firms=[f("PNK")],
            locations=[country("Trung Quốc"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "“Đơn tủ bếp chuyển sang thật rồi, tuần nào hội cũng nhận thư hỏi xưởng nào gia công được”, ông Lâm Chí Hào, Trưởng ban kỹ thuật Hội Mỹ nghệ và Chế biến gỗ TP HCM (HAWA), nói. Cái khó là mỗi mã hàng thường phải làm 5.000 bộ.",
            "2019-09-26",
            "ministry",
            [
                "quote_first",
                "role_after_name",
                "province_in_org_name",
                "bracketed_acronym_one_entry",
                "count",
                "no_event",
            ],
            persons=[per("Lâm Chí Hào", "Trưởng ban kỹ thuật Hội Mỹ nghệ và Chế biến gỗ TP HCM")],
            organizations=["Hội Mỹ nghệ và Chế biến gỗ TP HCM"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(5000, "bộ")],
            events=[],
        ),
    ]
    # --- A productivity portal's story on technology in wood processing (S14 r4) ---
    rows += [
        h(
            n(),
            "Theo ông Hồ Sĩ Nguyên, Phó Chủ tịch Hiệp hội Gỗ và Lâm sản Việt Nam (VIFORES), thiếu thợ đứng máy mới là nút thắt của ngành, chứ không phải thiếu máy.",
            "2019-02-18",
            "ministry",
            ["reported_speech", "role_after_name", "bracketed_acronym_one_entry", "no_event"],
            persons=[per("Hồ Sĩ Nguyên", "Phó Chủ tịch Hiệp hội Gỗ và Lâm sản Việt Nam")],
            organizations=["Hiệp hội Gỗ và Lâm sản Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Sản xuất và Thương mại Phương Lâm đặt mục tiêu xuất 25 triệu USD ván sàn trong năm 2019, bà Vương Thị Kiều Oanh, Tổng Giám đốc, cho biết; công ty đã mua thêm máy của Đức và Áo.",
            "2019-02-18",
            "ministry",
            [
                "sales_target_no_deal",
                "equipment_purchase_no_deal",
                "role_after_name",
                "country",
                "nfd",
                "no_event",
            ],
            firms=[f("Sản xuất và Thương mại Phương Lâm", "Công ty TNHH")],
            persons=[per("Vương Thị Kiều Oanh", "Tổng Giám đốc")],
            money=[m(25 * M, "USD")],
            locations=[country("Đức"), country("Áo")],
            events=[],
        ),
        h(
            n(),
            "Ứng dụng công nghệ giúp ngành gỗ tăng sức cạnh tranh\nĐể giữ đà xuất khẩu, nhiều xưởng đang tự làm khuôn, đồ gá và phụ kiện thay hàng nhập, song máy móc giữa các công đoạn vẫn chưa đồng bộ.",
            "2019-02-18",
            "ministry",
            ["subheading_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A Chinese-language page on a gambling domain reporting a forestry group's groundbreaking (S13 r3), rendered
    # in Vietnamese ---
    rows += [
        h(
            n(),
            "420 triệu USD là tổng vốn của nhà máy gỗ và ván MDF mà Tổng Công ty Lâm nghiệp Phủ Quỳ khởi công hôm 13/3 ở huyện Quỳ Hợp, tỉnh Nghệ An, theo Thời báo Kinh tế Việt Nam số ra ngày 14/3.",
            "2012-03-16",
            "ministry",
            [
                "foreign_page_rendered",
                "amount_first",
                "groundbreaking",
                "district",
                "outlet_nothing",
                "deal_date",
            ],
            firms=[f("Lâm nghiệp Phủ Quỳ", "Tổng công ty")],
            money=[m(420 * M, "USD")],
            provinces=[pv("Nghệ An")],
            locations=[district("huyện Quỳ Hợp")],
            deals=[deal("groundbreaking", ["Lâm nghiệp Phủ Quỳ"], 420 * M, NA, "2012-03-13")],
            events=[ev("groundbreaking", [F("Lâm nghiệp Phủ Quỳ")], 420 * M, "USD", NA, "started")],
        ),
        h(
            n(),
            "Trong đó, xưởng xẻ gỗ tròn 9.500 m3/năm cần 120 triệu USD, còn dây chuyền MDF 350.000 m3/năm chiếm 300 triệu USD; giai đoạn 1 dự tính chạy vào quý II/2013, giai đoạn 2 vào năm 2016.",
            "2012-03-16",
            "ministry",
            ["foreign_page_rendered", "plant_lines_no_firm", "capacity_no_count", "no_event"],
            money=[m(120 * M, "USD"), m(300 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy được giới thiệu là cơ sở chế biến gỗ và ván MDF hiện đại nhất Đông Nam Á.",
            "2012-03-16",
            "ministry",
            ["foreign_page_rendered", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nguồn bài viết: cổng cá cược trực tuyến uy tín nhất Ma Cao",
            "2012-03-16",
            "ministry",
            ["foreign_page_rendered", "gambling_footer", "foreign_place_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- The news agency's Spanish service on the woodworking and fittings fairs (S5 r4), rendered in Vietnamese ---
    rows += [
        h(
            n(),
            "TP Hồ Chí Minh (TTXVN) – Triển lãm quốc tế lần thứ 16 về máy và thiết bị chế biến gỗ cùng Triển lãm phụ kiện, ngũ kim và dụng cụ ngành nội thất đang diễn ra tại thành phố phía Nam, quy tụ hơn 300 doanh nghiệp từ 26 quốc gia và vùng lãnh thổ.",
            "2024-10-17",
            "ministry",
            [
                "foreign_page_rendered",
                "dateline_mention",
                "outlet_nothing",
                "expo_no_org",
                "ordinal_no_count",
                "count",
                "approx",
                "nfd",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(300, "doanh nghiệp", True), c(26, "quốc gia và vùng lãnh thổ")],
            events=[],
        ),
        h(
            n(),
            "Xuất khẩu gỗ và sản phẩm gỗ 9 tháng đạt 11,8 tỷ USD, tăng 6% so với cùng kỳ, Chủ tịch HAWA Trương Minh Đức cho biết trong lễ khai mạc.",
            "2024-10-17",
            "ministry",
            [
                "foreign_page_rendered",
                "statistics_no_deal",
                "role_before_name",
                "acronym_alone_org",
                "no_event",
            ],
            money=[m(11.8 * B, "USD")],
            percentages=[6],
            persons=[per("Trương Minh Đức", "Chủ tịch HAWA")],
            organizations=["HAWA"],
            events=[],
        ),
        h(
            n(),
            "Theo ông Đức, triển lãm nay là sự kiện công nghệ tiêu biểu của cả ngành gỗ chứ không riêng TP Hồ Chí Minh; khách tham quan có dịp tìm hiểu cách làm mới để nâng chất lượng sản phẩm.",
            "2024-10-17",
            "ministry",
            ["foreign_page_rendered", "surname_alone_no_person", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Trong khuôn khổ hai triển lãm còn có các hội thảo về giảm chi phí sản xuất, tăng lợi nhuận và đa dạng hoá mẫu mã; phần trưng bày trực tuyến mở tới ngày 27/10./.",
            "2024-10-17",
            "ministry",
            [
                "foreign_page_rendered",
                "count_in_words_no_count",
                "agency_end_mark",
                "old_tone",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- English: a city daily and two news-service wires on the woodworking and fittings fairs (S5 r1 = S18 r3; S5 r2 =
    # S18 r2; S5 r3 = S18 r4), and the agency's preview (S18 r1) ---
    rows += [
        h(
            n(),
            "A visitor tries out a CNC edge-bander at the Vietnam International Woodworking Industry Fair (Photo: VNA)",
            "2022-10-19",
            "ministry",
            [E, "photo_caption", "expo_no_org", "agency_credit_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "More than 280 exhibitors from 23 countries and territories have brought sanding lines, finishing robots, edge-banders and cabinet fittings to this year's woodworking and furniture-hardware fairs, which run until Saturday.",
            "2022-10-19",
            "ministry",
            [E, "count", "approx", "weekday_no_date", "no_event"],
            quantities=[c(280, "exhibitors", True), c(23, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "Wood exports reached US$11.6 billion in the first nine months, up 5 percent, said Le Van Thinh, chairman of the Handicrafts and Wood Industry Association of HCMC (HAWA), who warned that inflation abroad could slow shipments in the last quarter.",
            "2022-10-19",
            "ministry",
            [
                E,
                "statistics_no_deal",
                "role_after_name",
                "province_in_org_name",
                "bracketed_acronym_one_entry",
                "no_event",
            ],
            money=[m(11.6 * B, "USD")],
            percentages=[5],
            persons=[
                per("Le Van Thinh", "chairman of the Handicrafts and Wood Industry Association of HCMC")
            ],
            organizations=["Handicrafts and Wood Industry Association of HCMC"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            '"Technology and new materials will decide whether this industry grows sustainably," he said, adding that only a handful of firms had replaced their old machines.',
            "2022-10-19",
            "ministry",
            [E, "quote_first", "pronoun_speaker", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "HAWA co-organises the fairs with two event firms, Saigon Expo Services Co., Ltd and Pacific Bridge Trade & Marketing Co; exhibitors can also meet buyers online for a week.",
            "2022-10-19",
            "ministry",
            [
                E,
                "organisers_no_deal",
                "acronym_alone_org",
                "foreign_form",
                "count_in_words_no_count",
                "no_event",
            ],
            organizations=["HAWA"],
            firms=[f("Saigon Expo Services", "Co., Ltd"), f("Pacific Bridge Trade & Marketing", "Co")],
            events=[],
        ),
        h(
            n(),
            "VIETNAM, September 18 - HCM CITY — Some 340 exhibitors from 27 countries and territories are showing automated lines and integrated wood-processing systems at the 16th Vietnam International Woodworking Industry Fair, which opened at the city's exhibition centre on Wednesday.",
            "2024-09-18",
            "ministry",
            [
                E,
                "wire_chrome",
                "dateline_mention",
                "ordinal_no_count",
                "expo_no_org",
                "count",
                "approx",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(340, "exhibitors", True), c(27, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "Machinery imports for the sector now exceed $260 million a year, said Vo Quoc Trung, vice chairman of the HCM City Handicraft and Wood Industry Association, calling Việt Nam the world's fifth-largest exporter of wood products.",
            "2024-09-18",
            "ministry",
            [
                E,
                "money_per_year",
                "approx",
                "role_after_name",
                "province_in_org_name",
                "ordinal_no_count",
                "no_event",
            ],
            money=[m(260 * M, "USD", "year", approx=True)],
            persons=[
                per("Vo Quoc Trung", "vice chairman of the HCM City Handicraft and Wood Industry Association")
            ],
            organizations=["HCM City Handicraft and Wood Industry Association"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Nine national pavilions – Austria, Canada, France, Germany, Italy, Japan, Russia, the US and Taiwan – are at the show.",
            "2024-09-18",
            "ministry",
            [E, "country_list", "count_in_words_no_count", "no_event"],
            locations=[
                country("Austria"),
                country("Canada"),
                country("France"),
                country("Germany"),
                country("Italy"),
                country("Japan"),
                country("Russia"),
                country("US"),
                country("Taiwan"),
            ],
            events=[],
        ),
        h(
            n(),
            "Talks on running a plant with fewer people, cutting carbon on the factory floor and tracing timber for EU buyers fill the four days.",
            "2024-09-18",
            "ministry",
            [E, "seminars_no_event", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "The Vietnam International Furniture Fittings, Hardware & Tools Exhibition runs alongside it until September 21. — VNS",
            "2024-09-18",
            "ministry",
            [E, "expo_no_org", "agency_credit_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "The organisers expect more than 230 exhibitors from 22 countries and regions, although many Chinese firms will stay away because of travel curbs at home.",
            "2022-10-05",
            "ministry",
            [E, "count", "approx", "adjective_no_country", "no_event"],
            quantities=[c(230, "exhibitors", True), c(22, "countries and regions")],
            events=[],
        ),
        h(
            n(),
            "Only 5-8 per cent of wood firms have bought modern machinery and software, though most could afford it, according to Tran Minh Quang, project manager at Woodtek Solutions Co., Ltd, a supplier of woodworking machines. They are unsure what to buy and short of people to run it, he added.",
            "2022-10-05",
            "ministry",
            [E, "percentage_range_both_ends", "role_after_name", "foreign_form", "speaker_last", "no_event"],
            percentages=[5, 8],
            persons=[per("Tran Minh Quang", "project manager at Woodtek Solutions Co., Ltd")],
            firms=[f("Woodtek Solutions", "Co., Ltd")],
            events=[],
        ),
        h(
            n(),
            "Speaking at a press conference in HCM City on Tuesday, Nguyen Huu Tai, deputy chairman of HAWA, said firms needed to invest now to cut labour and keep quality under control.",
            "2022-10-05",
            "ministry",
            [E, "role_after_name", "acronym_alone_org", "weekday_no_date", "no_event"],
            persons=[per("Nguyen Huu Tai", "deputy chairman of HAWA")],
            organizations=["HAWA"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Wood product exports fell nearly 24 per cent in the first seven months to 7.6 billion USD but have picked up since April, topping 1.1 billion USD a month, HAWA deputy chairman Nguyen Huu Tai said.",
            "2024-09-15",
            "ministry",
            [E, "statistics_no_deal", "role_before_name", "money_per_month", "approx", "no_event"],
            percentages=[24],
            money=[m(7.6 * B, "USD"), m(1.1 * B, "USD", "month", approx=True)],
            persons=[per("Nguyen Huu Tai", "HAWA deputy chairman")],
            organizations=["HAWA"],
            events=[],
        ),
        h(
            n(),
            "A forestry administration forecast puts the full-year figure at 13.5-14 billion USD.",
            "2024-09-15",
            "ministry",
            [E, "forecast_no_deal", "range_both_ends", "lowercase_org_nothing", "no_event"],
            money=[m(13.5 * B, "USD"), m(14 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Livestreams from Taiwan (China) and talks on smart factories, net-zero plants and the EU's deforestation rules will run beside the fair.",
            "2024-09-15",
            "ministry",
            [E, "taiwan_china", "region_nothing", "no_event"],
            locations=[country("Taiwan"), country("China")],
            events=[],
        ),
    ]
    # --- English: a QC firm's fittings report, a hardware blog, a Chinese table-leg maker's blog and a cabinet-hardware
    # maker's page (S17 r1, r2, r3, r4) ---
    rows += [
        h(
            n(),
            "Salt-spray results: zinc-alloy handles from Vietnamese plants held up for 48 hours on average, those from Chinese plants for 72.",
            "2025-03-14",
            "ministry",
            [E, "explainer", "duration_no_count", "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Material selection:\n- cold-rolled steel for hinge arms and slide rails;\n- zinc alloy for knobs and pulls;\n- stainless steel for outdoor and bathroom fittings.",
            "2025-03-14",
            "ministry",
            [E, "explainer", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sliding wardrobe doors first ran on moulded plastic wheels in plastic tracks: noisy, hard to adjust and quick to age.",
            "2021-06-30",
            "ministry",
            [E, "explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "A few plants in Foshan run fully automated lines for table-leg brackets, but most still rely on semi-automatic presses, says Hengda, a bracket maker that ships to 30 countries.",
            "2024-12-20",
            "ministry",
            [E, "maker_blog", "foreign_city_nothing", "count", "no_event"],
            firms=[f("Hengda")],
            quantities=[c(30, "countries")],
            events=[],
        ),
        h(
            n(),
            "Of all cabinet hardware, the hinge works hardest: it carries the door's weight alone and may open and close anywhere from 50,000 to 500,000 times.",
            "2023-04-11",
            "ministry",
            [E, "explainer", "rating_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Pull-out baskets, sinks and taps are functional hardware; the handle is the one piece chosen mostly for looks.",
            "2023-04-11",
            "ministry",
            [E, "explainer", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a chamber's news site on a Japanese lockmaker's licence (S19 r1) ---
    rows += [
        h(
            n(),
            "Japanese lockmaker licensed for Hung Yen plant\n\n09:41:12 AM | 14/10/2009\n\nA US$19.6 million factory making lock sets and keys for motorcycles will go up at the Pho Noi A Industrial Park now that Kanemura Lock Vietnam Co. Ltd, a Japanese-owned firm, has received its investment licence from Hung Yen province.",
            "2009-10-14",
            "ministry",
            [
                E,
                "headline_lead",
                "time_chrome",
                "object_first",
                "licence_received_with_grantor",
                "vietnam_dropped",
                "english_park_no_location",
                "adjective_no_country",
                "multiline",
            ],
            firms=[f("Kanemura Lock", "Co. Ltd")],
            money=[m(19.6 * M, "USD")],
            provinces=[pv("Hưng Yên")],
            deals=[deal("investment", ["Kanemura Lock"], 19.6 * M, HY)],
            events=[
                ev(
                    "investment_licence",
                    [G("Hung Yen province"), F("Kanemura Lock")],
                    19.6 * M,
                    "USD",
                    HY,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Work on the 3.5-hectare site is due to begin in November and finish within 12 months; the plant is expected to bring in US$31 million a year in sales.",
            "2009-10-14",
            "ministry",
            [E, "plant_details_no_firm", "duration_no_count", "money_per_year", "no_event"],
            areas=[ha(3.5)],
            money=[m(31 * M, "USD", "year")],
            events=[],
        ),
        h(
            n(),
            "Its parent already runs nine lock plants, in Japan, the US, Thailand, China and Indonesia. (Vietnam Economic Times)",
            "2009-10-14",
            "ministry",
            [
                E,
                "plants_abroad_no_deal",
                "count_in_words_no_count",
                "country_list",
                "outlet_nothing",
                "no_event",
            ],
            locations=[
                country("Japan"),
                country("US"),
                country("Thailand"),
                country("China"),
                country("Indonesia"),
            ],
            events=[],
        ),
    ]
    # --- English: a Nordic-Asia news site on a Swedish door-hardware group's second plant (S19 r2) ---
    rows += [
        h(
            n(),
            "Swedish group Nordvakt opens US$28 million door-hardware plant in Vietnam\n date 2024-10-14 Door closers and hinges for Europe, the Middle East and Asia will come from a new US$28 million factory in Hai Duong that Nordvakt Group has opened.",
            "2024-10-14",
            "ministry",
            [
                E,
                "headline_lead",
                "scraper_date_chrome",
                "object_first",
                "inauguration_with_capital",
                "bare_headline_name_second_entry",
                "adjective_no_country",
                "region_nothing",
                "multiline",
            ],
            firms=[f("Nordvakt"), f("Nordvakt Group")],
            money=[m(28 * M, "USD"), m(28 * M, "USD")],
            provinces=[pv("Hải Dương")],
            deals=[deal("investment", ["Nordvakt Group"], 28 * M, HD)],
            events=[ev("inauguration", [F("Nordvakt Group")], 28 * M, "USD", HD, "completed")],
        ),
        h(
            n(),
            "About 260 local jobs and a yearly capacity of 1.8 million door closers, or some 2,500 tonnes, are planned.",
            "2024-10-14",
            "ministry",
            [E, "count", "approx", "capacity_no_count", "no_event"],
            quantities=[c(260, "jobs", True)],
            events=[],
        ),
        h(
            n(),
            "It is the group's second Vietnamese plant; the first, a US$22 million unit at Khai Quang Industrial Park in Vinh Phuc, began production in 2019 with a capacity of 2.5 million pieces a year.",
            "2024-10-14",
            "ministry",
            [
                E,
                "anaphoric_no_firm",
                "recalled_plant_no_named_firm",
                "english_park_no_location",
                "ordinal_no_count",
                "no_event",
            ],
            money=[m(22 * M, "USD")],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "Registered FDI in the first nine months reached US$23.9 billion, up 10.8 per cent, the Ministry of Planning and Investment said.\n\nSource: The Investor",
            "2024-10-14",
            "ministry",
            [E, "statistics_no_deal", "source_line_nothing", "multiline", "no_event"],
            money=[m(23.9 * B, "USD")],
            percentages=[10.8],
            organizations=["Ministry of Planning and Investment"],
            events=[],
        ),
    ]
    # --- English: a foundry trade site on a Taiwanese lockmaker's plant in the Philippines (S19 r4) ---
    rows += [
        h(
            n(),
            "Taiwanese lockmaker opens $6-M plant aiming at 1.2 million locksets a month\nTaiwan's Ho Feng Metal Industry Co. has opened a US$6 million zinc die-casting and plating plant at Clark Freeport in the Philippines, its second production base in Asia.",
            "2021-02-08",
            "ministry",
            [
                E,
                "headline_lead",
                "plant_abroad_no_deal",
                "possessive_country",
                "adjective_no_country",
                "capacity_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Ho Feng Metal Industry", "Co.")],
            money=[m(6 * M, "USD"), m(6 * M, "USD")],
            locations=[country("Taiwan"), country("Philippines")],
            events=[],
        ),
        h(
            n(),
            '"Even with orders slowing worldwide, we are adding capacity," chairman Peter Lin said at the ceremony; the company, founded in 1958, now works with about 900 suppliers and subcontractors.',
            "2021-02-08",
            "ministry",
            [E, "quote_first", "role_before_name", "founding_year_no_count", "count", "approx", "no_event"],
            persons=[per("Peter Lin", "chairman")],
            quantities=[c(900, "suppliers and subcontractors", True)],
            events=[],
        ),
    ]
    # --- English: a sector export strategy on a document site, a sourcing agent's overview, a Thai export department's
    # profile and a business weekly on recovering orders (S20 r1, r2, r3, r4) ---
    rows += [
        h(
            n(),
            "NATIONAL SECTOR EXPORT STRATEGY\nFurniture Fittings and Components in Vietnam\nPrepared by: VIETRADE/ITC\nUpload: others\nPost on 12-Mar-2020",
            "2020-03-12",
            "ministry",
            [E, "document_cover", "slash_two_orgs", "upload_chrome", "caps_title", "multiline", "no_event"],
            organizations=["VIETRADE", "ITC"],
            events=[],
        ),
        h(
            n(),
            "Fast export growth rests on weak foundations: too few skilled workers, poor and outdated machinery, almost no certified plantation timber and little design capacity.",
            "2020-03-12",
            "ministry",
            [E, "strategy_text", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vietnam has about 2,400 furniture makers, roughly 18% of them exporters; some 70 foreign-invested firms, mostly from Taiwan and Singapore, work as joint ventures or wholly owned units.",
            "2006-01-20",
            "ministry",
            [E, "count", "approx", "country", "jv_word_no_deal", "no_event"],
            quantities=[c(2400, "furniture makers", True), c(70, "foreign-invested firms", True)],
            percentages=[18],
            locations=[country("Taiwan"), country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Exports reached around USD 1.3 billion in 2005 after USD 900 million in 2004; the US took USD 340 million, the EU USD 310 million and Japan USD 190 million.",
            "2006-01-20",
            "ministry",
            [E, "statistics_no_deal", "approx", "country", "region_nothing", "no_event"],
            money=[
                m(1.3 * B, "USD", approx=True),
                m(900 * M, "USD"),
                m(340 * M, "USD"),
                m(310 * M, "USD"),
                m(190 * M, "USD"),
            ],
            locations=[country("US"), country("Japan")],
            events=[],
        ),
        h(
            n(),
            "VIETNAM FURNITURE HARDWARE: AN OVERVIEW\nEconomy News Tuesday August 16, 2011 11:32 —Export Department",
            "2011-08-16",
            "ministry",
            [E, "caps_title", "site_chrome", "agency_credit_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Some 60-70% of the fittings and raw materials the industry uses are imported, because Vietnam's forests yield little timber fit for manufacturing.",
            "2011-08-16",
            "ministry",
            [E, "percentage_range_both_ends", "vietnam_possessive_nothing", "no_event"],
            percentages=[60, 70],
            events=[],
        ),
        h(
            n(),
            "Fittings makers step up output as furniture orders return\nOctober 12, 2021 | 19:40\nDemand in key markets such as the US, the UK and the Netherlands is up 45 per cent on-year, according to the Ministry of Industry and Trade (MoIT).",
            "2021-10-12",
            "ministry",
            [E, "headline_date_lead", "country_list", "bracketed_acronym_one_entry", "multiline", "no_event"],
            locations=[country("US"), country("UK"), country("Netherlands")],
            percentages=[45],
            organizations=["Ministry of Industry and Trade"],
            events=[],
        ),
        h(
            n(),
            '"Vietnamese furniture firms have come through two hard years in good shape," Le Thanh Hai, deputy director of the MoIT\'s Trade Promotion Agency, told a webinar on supply-chain recovery.',
            "2021-10-12",
            "ministry",
            [E, "quote_first", "role_after_name", "webinar_no_event", "no_event"],
            persons=[per("Le Thanh Hai", "deputy director of the MoIT's Trade Promotion Agency")],
            organizations=["MoIT", "Trade Promotion Agency"],
            events=[],
        ),
        h(
            n(),
            "Wood product exports hit $9.6 billion in the first half, up 64 per cent on-year, and American buyers rate Vietnamese furniture highly, said Carl Hendricks, agricultural attaché at the US Consulate General in Ho Chi Minh City.",
            "2021-10-12",
            "ministry",
            [
                E,
                "statistics_no_deal",
                "speaker_last",
                "role_after_name",
                "country_in_org_name_nothing",
                "province_in_org_name",
                "no_event",
            ],
            money=[m(9.6 * B, "USD")],
            percentages=[64],
            persons=[
                per("Carl Hendricks", "agricultural attaché at the US Consulate General in Ho Chi Minh City")
            ],
            organizations=["US Consulate General in Ho Chi Minh City"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    return rows
