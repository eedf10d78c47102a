# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 111 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: rubber, tyres and latex, and rubber technical parts: tyre plants, rubber
component makers for cars and motorbikes, rubber processing investment, FDI tyre projects in industrial zones, with the
gloves and latex goods the searches brought back. Written and annotated for every field BEFORE any tagger was run on
them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà
máy sản xuất lốp xe khởi công vốn đầu tư khu công nghiệp", S2 "dự án lốp xe FDI cấp giấy chứng nhận đăng ký đầu tư
triệu USD", S3 "săm lốp xe máy doanh nghiệp sản xuất nhà máy mở rộng", S4 "cao su kỹ thuật linh kiện ô tô xe máy doanh
nghiệp sản xuất", S5 "chế biến mủ cao su nhà máy đầu tư dự án công suất tấn", S6 "găng tay cao su latex nhà máy đầu tư
Việt Nam", S7 "Casumina DRC Cao su Sao Vàng lốp lợi nhuận kết quả kinh doanh", S8 "Tây Ninh nhà máy lốp xe Trung Quốc
đầu tư tăng vốn", S9 "gioăng phớt cao su công nghiệp hỗ trợ nhà cung cấp ô tô xe máy", S10 "Tập đoàn Công nghiệp Cao su
Việt Nam khu công nghiệp thu hút đầu tư nhà máy", S11 "nệm gối cao su thiên nhiên latex nhà máy xuất khẩu doanh
nghiệp", S12 "khánh thành nhà máy lốp radial công suất triệu lốp mỗi năm", S13 "ký kết hợp đồng cung cấp sản phẩm cao su
kỹ thuật doanh nghiệp", S14 "thuế chống bán phá giá lốp xe Việt Nam Hoa Kỳ doanh nghiệp xuất khẩu", S15 "Bình Dương
Đồng Nai dự án sản xuất lốp ô tô điều chỉnh tăng vốn đầu tư", S16 "băng tải cao su dây curoa sản xuất nhà máy Việt
Nam", and in English S17 "Vietnam tyre factory investment million USD industrial park", S18 "Vietnam rubber gloves latex
factory investment", S19 "Chinese tire maker expands plant in Vietnam investment certificate capital increase", S20
"Vietnam rubber industry processing exports companies automotive rubber parts". No sentence is taken or paraphrased
from a page; the shapes are. Firm and person names are invented (Cao su Hòa Khánh, Phát triển Hạ tầng Liên Chiểu Xanh,
Lốp Hanseong / Hanseong, Lốp Hengfa / Hengfa, Lốp Phú Lợi, Xây dựng Trường Định, Zhongyi Tyre, Rongda Tyre / Qingdao
Rongda Tyre / Rongda (Việt Nam) / Rongda Group, Cao su Lộc Ninh Xanh, Găng tay Phước Thành, Permai Industries, Thun
Phúc Long, Sao Ta Xanh, Cửu Long Seafood, Thủy sản Hậu Giang Xanh, Zhenlong Tyre, Găng tay VRG Tân Phú, Cao su Gia
Định / GDR, Cao su Phú Riềng Xanh, Cao su Chư Prông Xanh, Cao su Lianfa / Lianfa, Cao su Bến Thủy, Kotobuki Rubber,
Mekong Frontier Fund, Cao su Tân Biên Xanh / Tan Bien Green Rubber, Cao su Kỹ thuật Tân Lộc, Phụ tùng Xe máy Hoàng
Phát, Kelana Glove, Son La / Lao Cai Rubber Company, Hengxin Medical, Kamiya Tire, Hyeon Industries, the tyre brands,
and every official, chairman, analyst, student, byline and photographer, including a fictional Deputy Prime Minister);
well-known names (Becamex IDC, Sonadezi, the Vietnam Rubber Group and Tập đoàn Công nghiệp Cao su Việt Nam, Tập đoàn Hóa
chất Việt Nam, the ministries, DOC, the statistics and customs offices, VietnamPlas, Reuters, VnExpress, Nikkei) appear
only in sentences of our own with figures changed; laws are cited by their real numbers, the contract number is
invented.

What the sample looked like (80 result slots, about 50 distinct pages: the Thanh Niên Đà Nẵng tyre-plant page came back
three times, a contractor's tyre-site page three times, the 2008 Bình Dương tyre-plant opening twice, the English
Bình Phước tyre licence in VietnamPlus, VNS and just-auto copies six times, the Thanh Hóa radial groundbreaking twice, the
VietnamPlas tag twice, the French glove copy twice and a business daily's glove plant twice): 19 slots were spam and junk
(betting keyword salads on S3, S4, S11; Polish and Dutch spam domains with crusher and conveyor titles on S5, S9, S16; a
bearing page with its phone number, a product title, an image slug twice); 8 were bare tags and one-line titles (a
carmaker's US groundbreaking title, an ebook tag, an unaccented bnews slug, three contract-word tags, a tariff-quota tag,
a materials tag); 8 were tag pages with a headline or lead (the VietnamPlas tag with an association chairman's export
figure, a trade magazine tag on a listed maker's radial tyre, a betting-domain tag carrying a Đồng Nai rubber-plant
licence with a park developer's name, a plastics joint-project blurb with a Japanese 20% holder, three anti-dumping and
countervailing tags); 7 were document stores, theses and explainers (a consultancy's explainer on investment
certificates with a footnoted count and a list of laws, a processing firm's own page with a "+"-bulleted plant plan, a
broker's first report on a tyre maker with price targets and a shareholder table, a finance thesis cover on a rubber
company, an unrelated listed firm's profile, a consulting contract header with its legal bases, a thesis chapter on FDI
in Đồng Nai's parks); 20 were Vietnamese news (an all-steel tyre plant opened with its park developer and an initials
byline; a 2008 Korean tyre-plant opening with a phase-2 memorandum with the park developer and page chrome; a radial
groundbreaking and its opening three years later with byline, captions and page chrome; a contractor's site ritual; a
feature on Chinese tyre makers adding capital; a rubber company's industrial-park groundbreaking with a planting
contract in Laos; glove features on a medical-glove maker bought into by the state group, a Malaysian group's planned
plants and a family glove maker; a Chinese tyre plant planned in Cambodia; a glove company's launch ceremony; a listed
maker's truck-tyre plant opening with related posts; an FDI feature); 3 were foreign-language copies (a French VNA item
on a glove plant twice and a Korean item on the same plant; read for their shapes only and rendered here in Vietnamese
and English); 15 were English (the tyre licence in four copies and its opening a year later, a VNA item on a state
group's processing plants, a business daily's glove plant twice, a Japanese maker's licence top-up, a search snippet on
a cord maker's expansion, a logistics firm's news listing, a sourcing portal and an export portal on rubber). About 30
of the 80 slots told a deal or an event with a named party (the openings, groundbreakings, licences, the memorandum,
the planned plants, the capital additions, the park groundbreaking, the recalled stake purchase, the glove-line
investment, the licence top-up, the cord plant), but several were one story told three to six times; no supply contract
for rubber technical parts came up in any first four (S9, S13 and S16 gave spam, tags and a consulting contract), so the
batch has one, in the contract-header shape S13 gave.

Rows: 160 (hand-32401 to hand-32560); 33 carry a deal or an event (21%): 28 events (12 investment announcements, 6
investment licences, 5 inaugurations, 2 groundbreakings, 1 joint venture, 1 MoU, 1 supply contract) and 35 `deals`
entries (29 investment, 4 groundbreaking, 1 mou, 1 supply_contract); 6 rows hold deals without an event (hand-32460 a
park developer line, 32478 a recalled groundbreaking, 32481 and 32482 recalled plants, 32493 a recalled stake purchase,
32497 a recalled plan), and 32552 holds a recalled groundbreaking deal without event beside its licence; no row has an
event without a deal. 127 rows are negatives and other fields. By page kind: 17 rows of spam, product titles and
slugs (32401-32417; 0 with a deal), 8 of one-line titles and bare tags (32418-32425; 1), 9 of tag pages with a headline
or lead (32426-32434; 2), 22 of document stores, an explainer, a firm's own page, an analyst report, theses, a company
profile and a contract (32435-32456; 1), 63 of Vietnamese news (32457-32519; 16), 3 renderings of the French and Korean
copies (32520-32522; 3), 39 of English copy (32522-32560 with the Korean rendering; 12); 39 rows are English
(`english_copy`, 24%). 10 rows are stored in NFD (hand-32428, 32440, 32453, 32466, 32470, 32473, 32483, 32488, 32503,
32512); 6 use old tone placement (32429 "hiện đại hoá", 32457 "Hoà Khánh", 32461 and 32516 "lưu hoá", 32470 "hoá chất",
32513 "Hoá chất"); 51 hold several lines (headlines and leads, timestamps and bylines, tables, bullet lists, document
headers, captions repeated, page chrome).

Own wording: on review of the first draft against the sampled pages, about 75 drafts followed a sampled sentence too
closely (same clause order with names and figures swapped, or a translation of a foreign copy) and were rewritten from
scratch with another order (amount-first, object-first, site-first, passive) and other facts around them: the Đà Nẵng
plant's headline, phases and park-developer line; the Bình Dương opening's headline and memorandum; the groundbreaking's
headline, lines and jobs, the investor's choice of province (now the zone authority's hope for suppliers), the opening's
headline and lead, revenue and jobs, and the later phases; the contractor's ritual and installation; the Chinese makers'
lead, plant, second maker and rubber sourcing; the park groundbreaking's lead, split, sectors, Laos contract and the
chief's quote; the glove features' headline and count, the buyers, the price quote, the market line, the Malaysian plan,
the new line, the export order, the founder, the customers, the moulds and the customs figure; the Cambodia lead,
ownership and statistics; the glove company's launch and its meaning; the truck-tyre opening and its markets; the
VietnamPlas, radial, rubber-plant licence, joint-project and trade-remedy tag leads; the explainer's count and question,
the plan page's lead, the report's headline line and export split, the thesis chapter's figures and climate line; the
French and Korean renderings; and nearly every English row (the licence headline, lead, park, chairman and statistics,
the VNS copy, the just-auto brands, the opening's lead, Deputy Prime Minister, second phase and total, the state group's
plants, the glove plant's headline, licence, phase, meeting and tally, the licence top-up and its buyers, the cord
snippet, the listing, sourcing and export portal lines). Dropped: one draft whose wording followed a sampled line (a
radial plant's raw-material sentence, S1 r3) and the headline "Nhà máy ngoài Đài Loan lớn nhất của Lianfa" (too close to
S10 r1's second headline). Nothing was used from ranks 5-8, among them: the Bình Phước tyre licence and opening in
Vietnamese (S1 r5-r7, S15 r8), the Bridgestone Hải Phòng licence (S1 r8), the Sailun Indonesia plant (S3 r5), the
Casumina and DRC business-results and history pieces (S7 r5-r8), the Sailun pledge and Kumho phase-3 feature (S8 r7),
the Yokohama plant (S8 r5), the rubber-group park approvals (S10 r5-r7), the Thanh Hóa opening in the provincial paper
and the DRC radial expansion (S12 r5-r7), the Vietnam-tyre countervailing rates per firm (S14 r7), the Đồng Nai licence
round with a tyre plant (S15 r6), the Kenda-Bridgestone-Kumho feature and the Binh Phuoc park piece (S17 r5-r7), the Top
Glove English copies and the Kossan hold-back (S18 r5-r8), the Sailun top-up and the Chinese-makers list (S19 r5-r8),
or the rubber research reports and the tyre-export figures (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-109 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence naming its investor is an investment deal and an `investment_licence` event "licensed",
the granting body a government party as written (none when the row names no body as the actor); an opening with its
capital is an investment deal and an inauguration "completed"; a held groundbreaking is a groundbreaking deal and event
"started", dated only with a day; a named firm's plan, a plant it is building and a planned groundbreaking are announced
investments; a firm-firm memorandum is an mou deal and a signed event; an announced joint project with a foreign
holder's share is ONE investment deal of both and an announced joint_venture event (batch 73); a licence top-up is about
the increase, "by X to Y" giving X; recalled plants, groundbreakings, stake purchases and plans, and park-developer
investor lines, are deals without events; cumulative totals, project totals whose investor is unnamed in the row,
customer lists, unnamed buyers, shareholdings, company launches, planting contracts without a named party and trade
remedies give no deal; vague amounts are no amounts; "khoảng", "chừng", "gần", "hơn", "trên", "about", "some", "nearly"
approximate; prices per unit are money with their unit; prices per share are no money; capacities, tonnages, outputs,
durations, ordinals, fractions and counts in words are no counts or percentages, English counts keep their English
noun; hectares and m² are areas; Vietnamese legal forms are normalised, "Co. Ltd."/"Co Ltd" are "Co., Ltd.", "Group" and
"Company" stay in an English name, "Việt Nam" and "(Việt Nam)" are dropped from a foreign subsidiary's name, old tone
placement in a name is normalised; Vietnamese country names, English country nouns and possessives are countries,
adjectives ("Chinese", "South Korean", "Vietnamese", "JAPANESE") and Việt Nam none, a country inside an organisation's
name none, cities and provinces abroad nothing; parks written in Vietnamese are locations, English ones none; "huyện X"
and "thị xã X" are districts; organisations expand UBND, KCN and KKT, a role's organisation is an organisation mention,
government parties keep the text's spelling; bylines and photo credits are persons without role, initials ("T.Q.Khánh",
"P.V", "BD") and agency or outlet credits nothing; a lower-case province or brand in a slug or salad nothing. Every row
with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A licence told through the person who handed it ("... đã nhận giấy chứng nhận đầu tư hôm 16/10 từ tay Phó Chủ tịch UBND
  tỉnh Đồng Nai X", hand-32430; the English caption "Vice Chairman of the Tay Ninh People's Committee X (L) hands the
  certificate to a Rongda representative", 32524) is the firm's licence with the firm alone as party: the person is no
  party and his role's committee is an organisation mention, not the actor; the caption has no amount and is sited by
  the committee's province. The betting-domain tag's lower-case title ("lianfa việt nam") is no firm; its closing
  headline "Lianfa đặt cược vào Đồng Nai" gives the short name as a second firm, and "khu công nghiệp của Sonadezi" the
  developer as a firm mention.
- A title with a fixed groundbreaking date and the plant's price ("Đã có ngày động thổ nhà máy lốp 420 triệu USD của
  Rongda ở Tây Ninh", 32418) is Rongda's announced investment sited in Tây Ninh (batch 109's planned groundbreaking).
- A contract header between two firms ("HỢP ĐỒNG MUA BÁN / Số: 07/2023/HĐMB-CSKT / GIỮA / CÔNG TY TNHH CAO SU KỸ THUẬT
  TÂN LỘC / VÀ / CÔNG TY CỔ PHẦN PHỤ TÙNG XE MÁY HOÀNG PHÁT", 32449) is a supply_contract deal of both and a signed
  supply_contract event without date (the day is blank) or site (batch 28's header had an organisation and no deal); the
  contract number is a document number; the party block naming only Bên A and its representative (32455) gives no event,
  "Chức vụ: Tổng Giám đốc" the role.
- A contractor's page on a site ritual naming the investor and the builder, with "công trình được khởi công năm 2018"
  (32478), is the investor's recalled groundbreaking without event, date or amount, sited by the province; the builder
  is a firm mention with no contract.
- A park developer told as "Chủ đầu tư hạ tầng KCN X ... là Công ty CP Y" (32460) is Y's investment deal without event
  or site (batch 100's investor line); an analyst's line under the name ("Trần Minh Đức / Chuyên viên phân tích ngành hóa
  chất") gives that role; a shareholder table gives firms and percentages only; "Vốn điều lệ (tỷ đồng) 581" is money of
  581 billion VND; "Số cổ phiếu lưu hành 58.120.400" a count of "cổ phiếu".
- A Korean group's opening with a phase-2 memorandum signed at the ceremony with the park developer, told object-first
  in its own row ("Giai đoạn 2, dự kiến 240 triệu USD ..., được Hanseong Việt Nam và Tổng công ty Becamex IDC ghi vào
  một bản ghi nhớ ký ngay tại buổi lễ", 32463), is an mou deal and a signed mou event with the amount and no site.
- A state group's planned processing plants in English (32540-32541) are announced investments without amount: the
  group's own for "three more plants", one each for the two member companies named with their line and year; the
  existing plants and a plant's second phase without its company (32542-32543) give none.
- A glove plant being finished, told with its headline amount (32544), is the builder's announced investment sited in
  Huế; its recalled licence told without the firm's name (32545) is money and area only.
- "Gần bốn phần năm", "gần một nửa", "ba phần tư", "hơn một nửa", "a tenth" are fractions in words: no percentages;
  "nắm trọn dự án" no percentage; a glove maker's "lô găng 3,5 triệu USD cho khách Mỹ" an order from an unnamed buyer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_111(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    DN = cur("Đà Nẵng")
    HCM = cur("Hồ Chí Minh")
    NA = cur("Nghệ An")
    TNi = cur("Tây Ninh")
    DNai = cur("Đồng Nai")
    HUE = cur("Huế")
    HP = cur("Hải Phòng")

    ids = iter(range(32401, 32401 + 399))

    rows: list[dict] = []

    def r(text: str, published: str, style: str, phenomena: list[str], **gold: Any) -> None:
        """One row; a row given no `events` is annotated as having none."""
        gold.setdefault("events", [])
        if not gold["events"] and "no_event" not in phenomena:
            phenomena = [*phenomena, "no_event"]
        rows.append(h(next(ids), text, published, style, phenomena, **gold))

    # --- Betting salads, spam-domain one-liners, product-page titles and image slugs (S2 r2, S3 r1/r3/r4, S4 r1,
    # S5 r3, S9 r1-r4, S11 r1-r4, S15 r1, S16 r1-r4) ---
    r(
        "kuwin lốp không săm xe tay ga giá bao nhiêusoi kèo la liga đêm nayxổ số miền nam thứ 7",
        "2024-06-08",
        "ministry",
        ["spam_keywords", "run_together_words"],
    )
    r(
        "kuwin vá vỏ ô tô lưu động gần đâytỷ số serie a hôm quagiá xe wave alpha 2024 lăn bánh",
        "2024-09-14",
        "ministry",
        ["spam_keywords", "run_together_words"],
    )
    r(
        "kuwin ruột xe đạp điện 16 inchkèo châu á hôm nayxsmt thứ 3 tuần rồi",
        "2023-11-21",
        "ministry",
        ["spam_keywords", "run_together_words", "size_no_count"],
    )
    r(
        "kuwin gối cao su non cho bé giá rẻlịch thi đấu ngoại hạng anhnhà cái uy tín số 1",
        "2024-02-02",
        "ministry",
        ["spam_keywords", "run_together_words"],
    )
    r(
        "chi phí dây chuyền nghiền lốp phế thải thành bột cao su công suất 3 tấn h",
        "2022-04-30",
        "ministry",
        ["spam_keywords", "capacity_no_count"],
    )
    r(
        "sổ tay thiết kế băng tải cao su chịu nhiệt cho nhà máy xi măng pdf",
        "2021-08-12",
        "ministry",
        ["spam_keywords", "lowercase"],
    )
    r(
        "băng tải gầu ước tính chi phí băng tải lòng máng saimh saimh",
        "2021-05-19",
        "ministry",
        ["spam_keywords", "lowercase"],
    )
    r(
        "máy cán luyện cao su hai trục kín chứng nhận ce công suất lớn phổ biến nhất",
        "2022-10-03",
        "ministry",
        ["spam_keywords", "lowercase"],
    )
    r(
        "Các loại phớt chắn dầu cao su: đặc điểm và cách chọn đúng cỡ0968123457",
        "2023-03-27",
        "ministry",
        ["product_page_title", "phone_glued_no_count"],
    )
    r(
        "Cao su giảm chấn chân máy dạng trụ hai đầu ren M12",
        "2023-07-15",
        "ministry",
        ["product_page_title", "thread_size_no_count"],
    )
    r("rút lõi thép tanh lốp phế liệu", "2024-01-10", "ministry", ["tag_page", "lowercase"])
    r("nguyên liệu làm nệm cao su thiên nhiên", "2024-04-22", "ministry", ["tag_page", "lowercase"])
    r(
        "hướng dẫn sản xuất gối cao su non thương mại giá dưới cùng sản phẩm mới",
        "2022-12-05",
        "ministry",
        ["spam_keywords", "lowercase"],
    )
    r(
        "dcim100media_dji_0412 nhà máy lốp tây ninh nhìn từ trên cao",
        "2024-05-18",
        "ministry",
        ["image_slug", "lower_case_province"],
    )

    r(
        "kuwin giá lốp michelin 205/55r16tỷ số bóng đá hôm nayvision 2023 giá bao nhiêu",
        "2024-07-27",
        "ministry",
        ["spam_keywords", "run_together_words", "lowercase_brand_no_firm", "tyre_size_no_count"],
    )
    r(
        "98win cao su non chống ồn cửagiải hạng nhất anhxe sh 2022 cũ",
        "2023-09-09",
        "ministry",
        ["spam_keywords", "run_together_words"],
    )
    r(
        "quy trình khai thác mủ cao su tiểu điền chi phí thấp series 3",
        "2022-06-16",
        "ministry",
        ["spam_keywords", "lowercase"],
    )

    # --- One-line titles, slugs and bare tags (S2 r3-r4, S4 r3, S7 r2, S13 r1-r3, S14 r3) ---
    r(
        "Đã có ngày động thổ nhà máy lốp 420 triệu USD của Rongda ở Tây Ninh, công suất 12,6 triệu lốp mỗi năm",
        "2024-05-06",
        "ministry",
        ["title_page", "planned_groundbreaking_with_amount", "headline_short_name", "capacity_no_count"],
        firms=[f("Rongda")],
        provinces=[pv("Tây Ninh")],
        money=[m(420 * M, "USD")],
        deals=[deal("investment", ["Rongda"], 420 * M, TNi)],
        events=[ev("investment_announcement", [F("Rongda")], 420 * M, "USD", TNi, "announced")],
    )
    r(
        "quy tắc xuất xứ lốp xe trong các hiệp định thương mại tự do ebook pdf",
        "2023-06-01",
        "ministry",
        ["tag_page", "lowercase"],
    )
    r("tong loi nhuan sau thue nganh sam lop nam 2023", "2024-03-30", "ministry", ["tag_page", "unaccented"])
    r("thỏa thuận khung mua sắm tập trung", "2024-08-09", "ministry", ["tag_page", "lowercase"])
    r("hợp đồng nguyên tắc cung cấp vật tư là gì", "2023-10-26", "ministry", ["tag_page", "question"])
    r(
        "Đặc tả hợp đồng kỳ hạn cao su SVR 3L giao dịch qua Sở Giao dịch Hàng hóa Việt Nam",
        "2022-07-07",
        "ministry",
        ["title_page", "grade_code_no_count"],
        organizations=["Sở Giao dịch Hàng hóa Việt Nam"],
    )
    r("hạn ngạch thuế quan nhập khẩu 2022", "2022-01-12", "ministry", ["tag_page", "lowercase"])
    r("nguyên vật liệu ngành săm lốp", "2024-11-02", "ministry", ["tag_page", "lowercase"])

    # --- Tag pages with a headline and a lead (S4 r2 = S20 r4, S4 r4, S10 r1-r2, S14 r1/r2/r4) ---
    r(
        "Triển lãm VietnamPlas 2025\n\nLốp xe kéo xuất khẩu cao su kỹ thuật đi lên\n\nXuất khẩu lốp và sản phẩm cao su kỹ thuật năm nay có thể đạt 4,5 tỉ USD, ông Lương Thế Hiển, Chủ tịch Hiệp hội Cao su - Nhựa TP.HCM, cho biết hôm 17/9 bên lề một triển lãm máy móc ngành nhựa - cao su.",
        "2025-09-18",
        "ministry",
        [
            "tag_page",
            "headline_lead",
            "fair_name_no_org",
            "person_role_after",
            "province_in_org_name",
            "multiline",
        ],
        persons=[per("Lương Thế Hiển", "Chủ tịch Hiệp hội Cao su - Nhựa TP.HCM")],
        organizations=["Hiệp hội Cao su - Nhựa TP.HCM"],
        provinces=[pv("Hồ Chí Minh")],
        money=[m(4.5 * B, "USD")],
    )
    r(
        "Lốp xe tải Radial\n\nHàng của Công ty CP Cao su Gia Định nay đã đi 24 nước, sau gần 30 năm công ty gây dựng thương hiệu săm lốp ở phía Nam.",
        "2016-03-09",
        "ministry",
        ["tag_page", "headline_lead", "count", "multiline"],
        firms=[f("Cao su Gia Định", "Công ty CP")],
        quantities=[c(24, "nước")],
    )
    r(
        "Hàng ngoại gần như độc chiếm phân khúc lốp radial cho xe con, dù số xe du lịch mỗi năm tăng thêm trên 25%.",
        "2016-03-09",
        "ministry",
        ["nfd", "tag_page_body", "percentage"],
        percentages=[25],
    )
    r(
        "Công ty coi làm chủ công nghệ lốp bố thép là bước hiện đại hoá then chốt và đã đưa việc này vào một đề tài khoa học cấp nhà nước.",
        "2016-03-09",
        "ministry",
        ["old_tone", "tag_page_body", "bare_company_word"],
    )
    r(
        "lianfa việt nam\n\nThêm một dự án cao su vào khu công nghiệp của Sonadezi\nDự án nhà máy sản phẩm cao su của Công ty TNHH Cao su Lianfa (Việt Nam) đã nhận giấy chứng nhận đầu tư hôm 16/10 từ tay Phó Chủ tịch UBND tỉnh Đồng Nai Trương Văn Lộc; vốn FDI vào tỉnh từ đầu năm 2016 nhờ đó lên khoảng 1,7 tỷ USD.\nLianfa đặt cược vào Đồng Nai",
        "2016-10-20",
        "ministry",
        [
            "betting_domain_tag",
            "lowercase_tag_no_firm",
            "licence",
            "person_grantor_no_party",
            "vietnam_bracket_dropped",
            "headline_short_name",
            "deal_date",
            "approx",
            "multiline",
        ],
        persons=[per("Trương Văn Lộc", "Phó Chủ tịch UBND tỉnh Đồng Nai")],
        organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
        provinces=[pv("Đồng Nai")],
        firms=[f("Sonadezi"), f("Cao su Lianfa", "Công ty TNHH"), f("Lianfa")],
        money=[m(1.7 * B, "USD", approx=True)],
        deals=[deal("investment", ["Cao su Lianfa"], None, DNai, "2016-10-16")],
        events=[ev("investment_licence", [F("Cao su Lianfa")], None, None, DNai, "licensed")],
    )
    r(
        "Nhà máy đệm chống rung 24 triệu USD của Cao su Bến Thủy có cổ đông Nhật\nĐối tác Nhật Bản là Tập đoàn Kotobuki Rubber sẽ nắm 30% công ty dự án; nhà máy đặt trên 6,2 ha.",
        "2019-11-27",
        "ministry",
        ["tag_page", "headline_lead", "partner_share", "joint_venture_announced", "area", "multiline"],
        firms=[f("Cao su Bến Thủy"), f("Kotobuki Rubber", "Tập đoàn")],
        money=[m(24 * M, "USD")],
        percentages=[30],
        areas=[ha(6.2)],
        locations=[country("Nhật Bản")],
        deals=[deal("investment", ["Cao su Bến Thủy", "Kotobuki Rubber"], 24 * M)],
        events=[
            ev(
                "joint_venture",
                [F("Cao su Bến Thủy"), F("Kotobuki Rubber")],
                24 * M,
                "USD",
                None,
                "announced",
            )
        ],
    )
    r(
        "Mức 21,6% thuế chống bán phá giá Mỹ áp cho lốp ô tô Việt Nam kéo nhóm cổ phiếu săm lốp giảm sàn\nThuế này cộng thêm vào thuế chống trợ cấp đã có với lốp xe con, xe tải nhẹ xuất sang Mỹ... 14:05 26/05/2021",
        "2021-05-26",
        "ministry",
        ["tag_page", "trade_remedy", "timestamp_line", "percentage", "multiline"],
        percentages=[21.6],
        locations=[country("Mỹ")],
    )
    r(
        "lốp ô tô\n\nBiên độ phá giá sơ bộ của lốp Việt Nam: thấp nhất 1,2%\nKết luận sơ bộ mà Bộ Thương mại Hoa Kỳ (DOC) công bố trong vụ chống bán phá giá lốp xe con nhập từ bốn nước xác định biên độ 1,2% đến 21,6% cho các nhà xuất khẩu Việt Nam, Bộ Công Thương thông tin hôm 7-1.",
        "2021-01-08",
        "ministry",
        [
            "tag_page",
            "trade_remedy",
            "country_in_org_name",
            "acronym_bracket",
            "percentage_range",
            "count_in_words",
            "multiline",
        ],
        organizations=["Bộ Thương mại Hoa Kỳ", "Bộ Công Thương"],
        percentages=[1.2, 1.2, 21.6],
    )
    r(
        "Tỷ giá thành căn cứ để Mỹ kết luận lốp Việt Nam được trợ cấp\nĐồng nội tệ bị định giá thấp được DOC coi là khoản trợ cấp 5,9-8,1% cho lốp ô tô Việt Nam, theo kết luận ngày 24/5 mà Reuters dẫn lại...",
        "2021-05-25",
        "ministry",
        ["tag_page", "trade_remedy", "bare_acronym_org", "agency_nothing", "percentage_range", "multiline"],
        organizations=["DOC"],
        percentages=[5.9, 8.1],
        locations=[country("Mỹ")],
    )

    # --- Document stores, a consultancy explainer, a firm's own plan page, an analyst report, theses, a company
    # profile and a contract (S2 r1, S5 r1, S7 r1/r3/r4, S13 r4, S15 r4) ---
    r(
        "Riêng nửa đầu năm 2025, 1.980 dự án FDI(2) đã nhận giấy chứng nhận đăng ký đầu tư, thuộc 17 ngành kinh tế.",
        "2025-07-20",
        "ministry",
        ["consultancy_explainer", "footnote_glued", "count"],
        quantities=[c(1980, "dự án"), c(17, "ngành")],
    )
    r(
        "Căn cứ pháp lý:\n- Luật Đầu tư số 61/2020/QH14 – khung cho hoạt động đầu tư kinh doanh tại Việt Nam và từ Việt Nam ra nước ngoài;\n- Luật Doanh nghiệp số 59/2020/QH14;\n- Nghị định số 31/2021/NĐ-CP hướng dẫn chi tiết Luật Đầu tư.",
        "2025-07-20",
        "legal",
        ["consultancy_explainer", "dash_list", "law_numbers_no_date", "multiline"],
        decisions=[d("61/2020/QH14"), d("59/2020/QH14"), d("31/2021/NĐ-CP")],
    )
    r(
        "Phần dưới đây giải thích giấy chứng nhận đăng ký đầu tư là gì và cần chuẩn bị hồ sơ ra sao.",
        "2025-07-20",
        "ministry",
        ["consultancy_explainer", "no_fields"],
    )
    r(
        "Chế biến sâu cao su\nGiai đoạn 1 của Nhà máy chế biến sâu cao su, công suất 12.000 tấn/năm, dự kiến khởi công năm 2026; một ban quản lý dự án đã được công ty lập ra để lo việc này.",
        "2025-01-14",
        "ministry",
        ["own_site_plan", "bare_company_word", "plan_no_firm_no_deal", "capacity_no_count", "multiline"],
    )
    r(
        "+ Địa điểm dự kiến: huyện Nam Giang, tỉnh Quảng Nam\n+ Tổng mức đầu tư giai đoạn 1: khoảng 180 tỷ đồng\n+ Diện tích: 12 ha\n+ Công nghệ sấy: nhập từ Thái Lan",
        "2025-01-14",
        "ministry",
        ["own_site_plan", "plus_list", "plan_no_firm_no_deal", "approx", "area", "multiline"],
        provinces=[pv("Quảng Nam")],
        money=[m(180 * B, "VND", approx=True)],
        areas=[ha(12)],
        locations=[district("Nam Giang"), country("Thái Lan")],
    )
    r(
        "+ Tiêu chuẩn sản phẩm: TCVN 3769:2016\n+ Hệ thống quản lý: ISO 9001:2015\n+ Cơ cấu vốn: 40% vốn chủ sở hữu, 60% vay ưu đãi của ngân hàng",
        "2025-01-14",
        "ministry",
        ["nfd", "own_site_plan", "plus_list", "standard_code_no_decision", "percentage", "multiline"],
        percentages=[40, 60],
    )
    r(
        "BÁO CÁO LẦN ĐẦU\nSăm lốp Ngày 12 tháng 03 năm 2019\nGIÁ HIỆN TẠI: 24.600 ĐỒNG/CP\nGIÁ MỤC TIÊU: 31.500 ĐỒNG/CP\nKHUYẾN NGHỊ: MUA",
        "2019-03-12",
        "ministry",
        ["analyst_report", "caps_lines", "price_per_share_no_money", "multiline"],
    )
    r(
        "Trần Minh Đức\nChuyên viên phân tích ngành hóa chất\nTel: (84) 28 3914 6888 – Ext: 2418",
        "2019-03-12",
        "ministry",
        ["analyst_report", "analyst_line", "role_next_line", "phone_no_count", "multiline"],
        persons=[per("Trần Minh Đức", "Chuyên viên phân tích ngành hóa chất")],
    )
    r(
        "Cơ cấu cổ đông (chốt 31/12/2018) Tỷ lệ %\nTập đoàn Hóa chất Việt Nam 50,50%\nMekong Frontier Fund 3,90%\nHĐQT và Ban điều hành 1,10%\nCổ đông khác 44,50%",
        "2019-03-12",
        "ministry",
        ["analyst_report", "shareholder_table", "percentage", "multiline"],
        firms=[f("Hóa chất Việt Nam", "Tập đoàn"), f("Mekong Frontier Fund")],
        percentages=[50.5, 3.9, 1.1, 44.5],
    )
    r(
        "Khấu hao và lãi vay hai dự án radial đè lên lợi nhuận, nhưng doanh thu vẫn tăng\nKhoảng 65% hàng xuất của GDR đi ASEAN; xuất khẩu đóng góp 22-27% doanh thu, cao nhất trong nhóm săm lốp niêm yết.",
        "2019-03-12",
        "ministry",
        ["analyst_report", "ticker_no_firm", "percentage_range", "region_nothing", "multiline"],
        percentages=[22, 27, 65],
    )
    r(
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC KINH TẾ - ĐẠI HỌC ĐÀ NẴNG\nPhân tích tình hình tài chính tại Công ty Cổ phần Cao su Hòa Khánh\nNhóm thực hiện: Lê Thị Mỹ Dung, Võ Quốc Bảo, Hồ Ngọc Anh\nLớp: K13 QTC\nĐà Nẵng, tháng 04 năm 2010",
        "2012-05-03",
        "ministry",
        ["student_paper", "all_caps_org", "persons_no_role", "month_no_date", "multiline"],
        organizations=["Bộ Giáo dục và Đào tạo", "Trường Đại học Kinh tế - Đại học Đà Nẵng"],
        provinces=[pv("Đà Nẵng")],
        firms=[f("Cao su Hòa Khánh", "Công ty CP")],
        persons=[per("Lê Thị Mỹ Dung", None), per("Võ Quốc Bảo", None), per("Hồ Ngọc Anh", None)],
    )
    r(
        "LỜI MỞ ĐẦU\nVốn được ví như mạch máu của doanh nghiệp; nhóm chọn đề tài này để xem một hãng săm lốp dùng vốn ra sao trong ba năm 2007-2009.",
        "2012-05-03",
        "ministry",
        ["student_paper", "preface", "year_range_nothing", "multiline"],
    )
    r(
        "Công ty Cổ phần Cao su Tân Biên Xanh (HoSE)\nTên tiếng Anh: TAN BIEN GREEN RUBBER JOINT STOCK COMPANY\nĐịa chỉ: Xã Tân Lập, Huyện Tân Biên, Tỉnh Tây Ninh\nVốn điều lệ (VND): 940.000.000.000\nNgày niêm yết: 18/07/2011",
        "2014-08-25",
        "ministry",
        [
            "company_profile",
            "document_store",
            "caps_english_name",
            "charter_capital_money",
            "exchange_no_org",
            "multiline",
        ],
        firms=[f("Cao su Tân Biên Xanh", "Công ty CP"), f("Tan Bien Green Rubber", "JSC")],
        provinces=[pv("Tây Ninh")],
        money=[m(940 * B, "VND")],
        locations=[district("Tân Biên")],
    )
    r(
        "Ngành nghề kinh doanh: Trồng, khai thác và chế biến mủ cao su; sản xuất gỗ cao su ghép; cho thuê nhà xưởng trong khu công nghiệp.\nCổ đông lớn (%): Tập đoàn Công nghiệp Cao su Việt Nam 60,25%; sở hữu khác 39,75%",
        "2014-08-25",
        "ministry",
        ["company_profile", "shareholding_no_deal", "percentage", "multiline"],
        firms=[f("Công nghiệp Cao su Việt Nam", "Tập đoàn")],
        percentages=[60.25, 39.75],
    )
    r(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Dương, ngày tháng 03 năm 2023\nHỢP ĐỒNG MUA BÁN\nSố: 07/2023/HĐMB-CSKT\nGIỮA\nCÔNG TY TNHH CAO SU KỸ THUẬT TÂN LỘC\nVÀ\nCÔNG TY CỔ PHẦN PHỤ TÙNG XE MÁY HOÀNG PHÁT",
        "2023-03-20",
        "legal",
        [
            "contract_header",
            "caps_names",
            "firm_firm_contract",
            "blank_day_no_date",
            "document_number",
            "multiline",
        ],
        provinces=[pv("Bình Dương")],
        firms=[f("Cao su Kỹ thuật Tân Lộc", "Công ty TNHH"), f("Phụ tùng Xe máy Hoàng Phát", "Công ty CP")],
        decisions=[d("07/2023/HĐMB-CSKT")],
        deals=[deal("supply_contract", ["Cao su Kỹ thuật Tân Lộc", "Phụ tùng Xe máy Hoàng Phát"])],
        events=[
            ev(
                "supply_contract",
                [F("Cao su Kỹ thuật Tân Lộc"), F("Phụ tùng Xe máy Hoàng Phát")],
                None,
                None,
                None,
                "signed",
            )
        ],
    )
    r(
        "PHẦN 1 - CÁC CĂN CỨ KÝ KẾT HỢP ĐỒNG\nCăn cứ Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015;\nCăn cứ Luật Thương mại số 36/2005/QH11 ngày 14/6/2005;\nCăn cứ nhu cầu và khả năng của hai bên,",
        "2023-03-20",
        "legal",
        ["contract_preamble", "law_numbers_with_dates", "multiline"],
        decisions=[d("91/2015/QH13", "2015-11-24"), d("36/2005/QH11", "2005-06-14")],
    )
    r(
        "Tải bản đầy đủ\nCHƯƠNG 2: THỰC TRẠNG THU HÚT FDI VÀO CÔNG NGHIỆP CHẾ BIẾN CAO SU TỈNH BÌNH PHƯỚC\nHọc viện Tài chính\nLuận văn tốt nghiệp",
        "2017-02-11",
        "ministry",
        ["thesis_chapter", "document_store", "caps_province", "multiline"],
        organizations=["Học viện Tài chính"],
        provinces=[pv("Bình Phước")],
    )
    r(
        "2.1.1.3 Kinh tế - xã hội\nNăm 2015 tỉnh làm ra 32.400 tỷ đồng GDP (khoảng 1,49 tỷ USD); bình quân 2011-2015, mức tăng là 11,8%/năm.",
        "2017-02-11",
        "ministry",
        ["thesis_chapter", "numbered_heading", "bracketed_conversion", "percentage", "multiline"],
        percentages=[11.8],
        money=[m(32400 * B, "VND"), m(1.49 * B, "USD", approx=True)],
    )
    r(
        "Mưa dồi dào nửa cuối năm và đất đỏ bazan giúp cây cao su ở đây cho mủ sớm.",
        "2017-02-11",
        "ministry",
        ["nfd", "thesis_chapter", "no_fields"],
    )

    r(
        "Thông tin giao dịch 12/03/2019\nSố cổ phiếu lưu hành 58.120.400\n% sở hữu nước ngoài 4,6%\nVốn điều lệ (tỷ đồng) 581",
        "2019-03-12",
        "ministry",
        ["analyst_report", "table_lines", "count", "percentage", "unit_in_label_money", "multiline"],
        quantities=[c(58120400, "cổ phiếu")],
        percentages=[4.6],
        money=[m(581 * B, "VND")],
    )
    r(
        "BÊN A (BÊN MUA): CÔNG TY CỔ PHẦN PHỤ TÙNG XE MÁY HOÀNG PHÁT\nĐịa chỉ: Lô C4, KCN Sóng Thần 2, Dĩ An, Bình Dương\nĐại diện: Ông Lâm Quốc Huy   Chức vụ: Tổng Giám đốc",
        "2023-03-20",
        "legal",
        ["contract_party_block", "caps_names", "one_side_no_event", "person_label_role", "multiline"],
        firms=[f("Phụ tùng Xe máy Hoàng Phát", "Công ty CP")],
        persons=[per("Lâm Quốc Huy", "Tổng Giám đốc")],
        provinces=[pv("Bình Dương")],
        locations=[park("Khu công nghiệp Sóng Thần 2")],
    )

    r(
        "Bảng 2.3: Số dự án FDI vào các KCN tỉnh Bình Phước giai đoạn 2011-2015",
        "2017-02-11",
        "ministry",
        ["thesis_chapter", "table_caption", "table_number_no_count", "bare_park_plural_no_location"],
        provinces=[pv("Bình Phước")],
    )

    # --- Vietnamese news: an all-steel truck-tyre plant opened in Đà Nẵng (S1 r1 = S8 r3 = S12 r1) ---
    r(
        "Nhà máy lốp toàn thép 2.750 tỉ đồng đi vào hoạt động\nSáng 14.4, Công ty CP Cao su Hoà Khánh đưa nhà máy lốp xe tải toàn thép ở KCN Hòa Khánh (TP Đà Nẵng) vào vận hành giai đoạn 1.",
        "2014-04-15",
        "provincial",
        [
            "old_tone",
            "headline_lead",
            "inauguration_with_capital",
            "headline_amount",
            "dot_date",
            "province_bracket_after_park",
            "deal_date",
            "multiline",
        ],
        firms=[f("Cao su Hòa Khánh", "Công ty CP")],
        provinces=[pv("Đà Nẵng")],
        money=[m(2750 * B, "VND")],
        locations=[park("Khu công nghiệp Hòa Khánh")],
        deals=[deal("investment", ["Cao su Hòa Khánh"], 2750 * B, DN, "2014-04-14")],
        events=[ev("inauguration", [F("Cao su Hòa Khánh")], 2750 * B, "VND", DN, "completed")],
    )
    r(
        "Đến 2016, khi lắp xong dây chuyền thứ hai, công suất sẽ gấp đôi mức 250.000 lốp/năm hiện nay; sản phẩm dành cho xe tải đường dài và xe công trình.",
        "2014-04-15",
        "provincial",
        ["phases", "capacity_no_count"],
    )
    r(
        "Lốp toàn thép cho loại xe này lâu nay gần như phải nhập khẩu toàn bộ.",
        "2014-04-15",
        "provincial",
        ["one_liner", "no_fields"],
    )
    r(
        "Chủ đầu tư hạ tầng KCN Hòa Khánh, rộng hơn 210 ha, là Công ty CP Phát triển Hạ tầng Liên Chiểu Xanh.\nT.Q.Khánh\nBình luận (0)",
        "2014-04-15",
        "provincial",
        [
            "park_developer_line",
            "deal_no_event",
            "initials_byline_nothing",
            "comment_count_nothing",
            "area",
            "approx",
            "multiline",
        ],
        firms=[f("Phát triển Hạ tầng Liên Chiểu Xanh", "Công ty CP")],
        areas=[ha(210, True)],
        locations=[park("Khu công nghiệp Hòa Khánh")],
        deals=[deal("investment", ["Phát triển Hạ tầng Liên Chiểu Xanh"])],
    )

    r(
        "Máy cán luyện, lưu hoá của nhà máy được nhập từ Nhật Bản và châu Âu.",
        "2014-04-15",
        "provincial",
        ["old_tone", "plant_details", "country"],
        locations=[country("Nhật Bản")],
    )

    # --- Vietnamese news: a Korean car-tyre plant opened in Bình Dương, with a phase-2 memorandum (S1 r2 = S15 r3) ---
    r(
        "Bình Dương có thêm nhà máy lốp ô tô vốn Hàn Quốc\n\n11/05/2009 00:00\n\nNhà máy lốp ô tô 180 triệu USD của Công ty TNHH Lốp Hanseong Việt Nam, đơn vị thuộc Tập đoàn Hanseong (Hàn Quốc), đã chính thức hoạt động ở KCN Mỹ Phước 2, với công suất 2,8 triệu chiếc/năm.",
        "2009-05-11",
        "provincial",
        [
            "headline_lead",
            "timestamp_line",
            "inauguration_with_capital",
            "object_first",
            "parent_group_mention",
            "capacity_no_count",
            "multiline",
        ],
        firms=[f("Lốp Hanseong", "Công ty TNHH"), f("Hanseong", "Tập đoàn")],
        provinces=[pv("Bình Dương")],
        money=[m(180 * M, "USD")],
        locations=[country("Hàn Quốc"), park("Khu công nghiệp Mỹ Phước 2")],
        deals=[deal("investment", ["Lốp Hanseong"], 180 * M, HCM)],
        events=[ev("inauguration", [F("Lốp Hanseong")], 180 * M, "USD", HCM, "completed")],
    )
    r(
        "Giai đoạn 2, dự kiến 240 triệu USD và nâng công suất lên 10 triệu lốp/năm, được Hanseong Việt Nam và Tổng công ty Becamex IDC ghi vào một bản ghi nhớ ký ngay tại buổi lễ. BD",
        "2009-05-11",
        "provincial",
        ["mou", "object_first", "foreign_subsidiary_viet_nam", "initials_nothing", "capacity_no_count"],
        firms=[f("Hanseong"), f("Becamex IDC", "Tổng công ty")],
        money=[m(240 * M, "USD")],
        deals=[deal("mou", ["Hanseong", "Becamex IDC"], 240 * M)],
        events=[ev("mou", [F("Hanseong"), F("Becamex IDC")], 240 * M, "USD", None, "signed")],
    )
    r(
        "Toàn bộ sản phẩm giai đoạn đầu dành cho xuất khẩu, chủ yếu sang Bắc Mỹ và Trung Đông.",
        "2009-05-11",
        "provincial",
        ["region_nothing", "no_fields"],
    )
    r(
        "Lấy ý kiến Nhân dân về dự thảo Luật Đất đai (sửa đổi)\n\n    Nổi bật\n        Mới nhất\n        • Mặc định\n        POWERED BY ONECMS",
        "2009-05-11",
        "provincial",
        ["page_chrome", "unrelated_headline", "cms_credit_nothing", "multiline"],
    )

    r(
        "Lốp của nhà máy dùng khoảng 40% cao su thiên nhiên khai thác ở Bình Dương và Bình Phước.",
        "2009-05-11",
        "provincial",
        ["nfd", "percentage", "province_list"],
        percentages=[40],
        provinces=[pv("Bình Dương"), pv("Bình Phước")],
    )

    # --- Vietnamese news: a Chinese-owned radial plant in Nghệ An, broken ground in 2022 and opened in 2025 (S1 r3 =
    # S12 r3, S12 r4) ---
    r(
        "Động thổ nhà máy lốp Radial 58,6 triệu USD ở Nghệ An\n\n10:20 | 14/07/2022\nSáng 13/7, Công ty TNHH Lốp Hengfa Việt Nam động thổ nhà máy lốp ô tô Radial tại KCN Hoàng Mai I, thị xã Hoàng Mai, tỉnh Nghệ An.",
        "2022-07-14",
        "provincial",
        [
            "headline_lead",
            "timestamp_line",
            "groundbreaking",
            "headline_amount",
            "foreign_subsidiary_viet_nam",
            "district",
            "deal_date",
            "multiline",
        ],
        firms=[f("Lốp Hengfa", "Công ty TNHH")],
        provinces=[pv("Nghệ An")],
        money=[m(58.6 * M, "USD")],
        locations=[park("Khu công nghiệp Hoàng Mai I"), district("Hoàng Mai")],
        deals=[deal("groundbreaking", ["Lốp Hengfa"], 58.6 * M, NA, "2022-07-13")],
        events=[ev("groundbreaking", [F("Lốp Hengfa")], 58.6 * M, "USD", NA, "started")],
    )
    r(
        "Trên khu đất 21,8 ha, mỗi ngày xưởng TBR sẽ ra chừng 480 lốp xe tải, xe khách và xưởng PCR chừng 2.300 lốp xe con.",
        "2022-07-14",
        "provincial",
        ["plant_details", "area", "capacity_no_count"],
        areas=[ha(21.8)],
    )
    r(
        "Chừng 900 công nhân sẽ có việc khi giai đoạn 1 chạy; phần lớn lốp, khoảng 70%, đi hơn 25 quốc gia.",
        "2022-07-14",
        "provincial",
        ["count", "approx", "percentage"],
        quantities=[c(900, "công nhân", True), c(25, "quốc gia", True)],
        percentages=[70],
    )
    r(
        "Lãnh đạo Ban Quản lý KKT Đông Nam Nghệ An kỳ vọng dự án của Hengfa sẽ kéo thêm các nhà cung cấp tanh, bố và hoá chất cao su về khu vực.",
        "2022-07-14",
        "provincial",
        ["nfd", "old_tone", "bare_short_name", "province_in_org_name", "role_no_name"],
        firms=[f("Hengfa")],
        organizations=["Ban Quản lý Khu kinh tế Đông Nam Nghệ An"],
        provinces=[pv("Nghệ An")],
    )
    r(
        "Multimedia\nVnE TV\nShorts\nĐiểm tin\nTrang chủ Doanh nghiệp",
        "2025-08-22",
        "provincial",
        ["page_chrome", "multiline", "no_fields"],
    )
    r(
        "Hengfa đưa nhà máy lốp gần 60 triệu USD vào vận hành\n\nTrần Quang Vũ\n\n22/08/2025, 09:15\n\nVốn ban đầu 59,2 triệu USD đã được rót vào nhà máy lốp ô tô Radial mà Công ty TNHH Lốp Hengfa Việt Nam cắt băng khánh thành sáng 21/8 tại KCN Hoàng Mai I.",
        "2025-08-22",
        "provincial",
        [
            "headline_lead",
            "headline_short_name",
            "byline",
            "timestamp_line",
            "inauguration_with_capital",
            "amount_first",
            "approx",
            "deal_date",
            "multiline",
        ],
        persons=[per("Trần Quang Vũ", None)],
        firms=[f("Hengfa"), f("Lốp Hengfa", "Công ty TNHH")],
        provinces=[pv("Nghệ An")],
        money=[m(60 * M, "USD", approx=True), m(59.2 * M, "USD")],
        locations=[park("Khu công nghiệp Hoàng Mai I")],
        deals=[deal("investment", ["Lốp Hengfa"], 59.2 * M, NA, "2025-08-21")],
        events=[ev("inauguration", [F("Lốp Hengfa")], 59.2 * M, "USD", NA, "completed")],
    )
    r(
        "Nhà máy dự kiến thu chừng 410 triệu USD mỗi năm từ hàng xuất sang Mỹ, EU, Trung Đông và châu Phi, với 3.200 công nhân.",
        "2025-08-22",
        "provincial",
        ["nfd", "export_markets", "region_nothing", "money_per_year", "approx", "count"],
        money=[m(410 * M, "USD", "năm", True)],
        quantities=[c(3200, "công nhân")],
        locations=[country("Mỹ")],
    )
    r(
        "Phó Chủ tịch UBND tỉnh Nghệ An Hoàng Văn Nhạn cho biết lễ cắt băng nằm trong chuỗi công trình được khánh thành, khởi công đồng loạt dịp 80 năm Quốc khánh, nối cầu truyền hình với Hà Nội.",
        "2025-08-22",
        "provincial",
        ["person_role_before", "ordinal_anniversary_no_count"],
        persons=[per("Hoàng Văn Nhạn", "Phó Chủ tịch UBND tỉnh Nghệ An")],
        organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
        provinces=[pv("Nghệ An"), pv("Hà Nội")],
    )
    r(
        "Chủ đầu tư tính tiếp các giai đoạn sau để đưa công suất lên 5,5 triệu lốp/năm, tổng vốn khi ấy khoảng 115 triệu USD.\nCác đại biểu cắt băng khánh thành. Ảnh: Lê Thắng",
        "2025-08-22",
        "provincial",
        [
            "project_total_no_firm",
            "bare_investor_word",
            "caption",
            "photo_credit_person",
            "capacity_no_count",
            "approx",
            "multiline",
        ],
        persons=[per("Lê Thắng", None)],
        money=[m(115 * M, "USD", approx=True)],
    )

    r(
        "Lãnh đạo tỉnh và chủ đầu tư bấm nút khởi công dự án. Ảnh: Hải Yến",
        "2022-07-14",
        "provincial",
        ["caption", "photo_credit_person", "bare_investor_word"],
        persons=[per("Hải Yến", None)],
    )

    r(
        "Các đại biểu cắt băng tại lễ khánh thành\nCác đại biểu cắt băng tại lễ khánh thành",
        "2025-08-22",
        "provincial",
        ["caption_repeated", "multiline", "no_fields"],
    )

    # --- Vietnamese news: a contractor's page on a ceremony at a light-truck tyre site (S1 r4 = S8 r1 = S15 r2) ---
    r(
        "Lễ tạ đất ở công trường Nhà máy lốp xe tải nhẹ (huyện Bắc Tân Uyên, Bình Dương) hôm 12/04/2020 có mặt chủ đầu tư Công ty CP Lốp Phú Lợi và đơn vị thi công là Công ty CP Xây dựng Trường Định; công trình được khởi công năm 2018.",
        "2020-04-14",
        "provincial",
        [
            "contractor_page",
            "ritual_no_event",
            "recalled_groundbreaking",
            "deal_no_event",
            "contractor_no_contract",
            "district",
        ],
        firms=[f("Lốp Phú Lợi", "Công ty CP"), f("Xây dựng Trường Định", "Công ty CP")],
        provinces=[pv("Bình Dương")],
        locations=[district("Bắc Tân Uyên")],
        deals=[deal("groundbreaking", ["Lốp Phú Lợi"], None, HCM)],
    )
    r(
        "Dây chuyền đang được lắp để kịp chạy thử; công suất thiết kế 750.000 lốp/năm.",
        "2020-04-14",
        "provincial",
        ["contractor_page", "capacity_no_count"],
    )

    # --- Vietnamese news: Chinese tyre makers adding capital (S3 r2) ---
    r(
        "Hãng lốp Trung Quốc tăng tốc ở Việt Nam\nVừa mở rộng mạng đại lý ở TP.HCM dịp cuối năm, Tập đoàn Zhongyi Tyre (Trung Quốc), chủ các thương hiệu Roadkin và Zenmax, còn tính bơm thêm vốn cho sản xuất tại Việt Nam.",
        "2024-01-08",
        "ministry",
        ["headline_lead", "announced_investment_no_amount", "brand_no_firm", "no_site", "multiline"],
        firms=[f("Zhongyi Tyre", "Tập đoàn")],
        provinces=[pv("Hồ Chí Minh")],
        locations=[country("Trung Quốc")],
        deals=[deal("investment", ["Zhongyi Tyre"])],
        events=[ev("investment_announcement", [F("Zhongyi Tyre")], None, None, None, "announced")],
    )
    r(
        "Gần 380 triệu USD là số vốn Zhongyi Tyre đã đổ vào nhà máy ở Long An, nơi làm lốp xe tải, xe buýt và máy nông nghiệp.",
        "2024-01-08",
        "ministry",
        ["recalled_plant", "deal_no_event", "amount_first", "approx"],
        firms=[f("Zhongyi Tyre")],
        provinces=[pv("Long An")],
        money=[m(380 * M, "USD", approx=True)],
        deals=[deal("investment", ["Zhongyi Tyre"], 380 * M, TNi)],
    )
    r(
        "Rongda Tyre, cũng thuộc tốp đầu ngành lốp Trung Quốc, đã chọn KCN Phước Đông (Tây Ninh) cho nhà máy 40 ha với 420 triệu USD.",
        "2024-01-08",
        "ministry",
        ["recalled_investment", "deal_no_event", "area", "province_bracket_after_park"],
        firms=[f("Rongda Tyre")],
        provinces=[pv("Tây Ninh")],
        money=[m(420 * M, "USD")],
        areas=[ha(40)],
        locations=[country("Trung Quốc"), park("Khu công nghiệp Phước Đông")],
        deals=[deal("investment", ["Rongda Tyre"], 420 * M, TNi)],
    )
    r(
        "Gần bốn phần năm lượng cao su nhà máy cần, chừng 110.000 tấn/năm, sẽ mua trong nước; phần thiếu nhập từ Trung Quốc.",
        "2024-01-08",
        "ministry",
        ["nfd", "tonnage_no_count", "fraction_in_words_no_percentage"],
        locations=[country("Trung Quốc")],
    )
    r(
        "Áp lực cạnh tranh\nNgoài hai hãng trên, thị trường còn đông thương hiệu lốp ngoại đến từ Nhật Bản, Hàn Quốc và Thái Lan.",
        "2024-01-08",
        "ministry",
        ["subheading", "country_list", "multiline"],
        locations=[country("Nhật Bản"), country("Hàn Quốc"), country("Thái Lan")],
    )

    r(
        "Năm nay hãng bổ sung dòng lốp công nghiệp bố thép và lốp máy nông nghiệp, nhắm vào đại lý ở Đồng bằng sông Cửu Long.",
        "2024-01-08",
        "ministry",
        ["product_lines", "region_nothing", "no_fields"],
    )

    # --- Vietnamese news: a rubber company's first industrial park, and money sent to Laos (S5 r4) ---
    r(
        "Cao su Lộc Ninh Xanh làm khu công nghiệp đầu tay\nHơn 285 tỷ đồng sẽ được Công ty TNHH MTV Cao su Lộc Ninh Xanh (thuộc Tổng công ty Cao su Việt Nam) dồn vào Khu công nghiệp - dân cư Tân Khai Bắc ở huyện Hớn Quản, Bình Phước, công trình vừa được động thổ.",
        "2008-03-21",
        "provincial",
        [
            "headline_lead",
            "groundbreaking",
            "amount_first",
            "groundbreaking_passive",
            "parent_group_bracket",
            "district",
            "approx",
            "multiline",
        ],
        firms=[f("Cao su Lộc Ninh Xanh", "Công ty TNHH MTV"), f("Cao su Việt Nam", "Tổng công ty")],
        provinces=[pv("Bình Phước")],
        money=[m(285 * B, "VND", approx=True)],
        locations=[park("Khu công nghiệp - dân cư Tân Khai Bắc"), district("Hớn Quản")],
        deals=[deal("groundbreaking", ["Cao su Lộc Ninh Xanh"], 285 * B, DNai)],
        events=[ev("groundbreaking", [F("Cao su Lộc Ninh Xanh")], 285 * B, "VND", DNai, "started")],
    )
    r(
        "Phần khu dân cư được chia 53 tỷ đồng, còn 232 tỷ đồng cho hạ tầng công nghiệp trên tổng số 296,4 ha.",
        "2008-03-21",
        "provincial",
        ["funding_split", "area"],
        money=[m(53 * B, "VND"), m(232 * B, "VND")],
        areas=[ha(296.4)],
    )
    r(
        "Khu này nhắm tới nhà máy chế biến nông sản, hàng tiêu dùng, vật liệu xây dựng, tận dụng vùng mủ, điều và hồ tiêu xung quanh.",
        "2008-03-21",
        "provincial",
        ["nfd", "park_target_sectors", "no_fields"],
    )
    r(
        "Khoảng 28 tỷ đồng đã được tổng công ty chuyển sang Lào cho hợp đồng trồng 14.000 ha cao su ở Salavan, ký năm ngoái; đất và nhân công do phía bạn lo.",
        "2008-03-21",
        "provincial",
        ["recalled_no_name", "bare_group_word", "foreign_province_no_location", "approx", "area"],
        money=[m(28 * B, "VND", approx=True)],
        areas=[ha(14000)],
        locations=[country("Lào")],
    )
    r(
        "“Không thể chỉ trông vào mủ”, ông Phạm Văn Lực, Tổng Giám đốc Tổng công ty Cao su Việt Nam, nói về việc ngành lấn sang hạ tầng công nghiệp.\nCông nhân cạo mủ trên vườn cây của công ty. Ảnh: Minh Hòa",
        "2008-03-21",
        "provincial",
        ["quote", "person_role_after", "caption", "photo_credit_person", "multiline"],
        persons=[per("Phạm Văn Lực", "Tổng Giám đốc Tổng công ty Cao su Việt Nam"), per("Minh Hòa", None)],
        firms=[f("Cao su Việt Nam", "Tổng công ty")],
    )

    # --- Vietnamese news and features: medical and industrial gloves (S6 r1, r2, r3) ---
    r(
        "Găng tay y tế thành hàng hiếm\n\nBình Dương có 4 nhà máy găng tay y tế, trong chừng 6 nhà máy của cả phía Nam.",
        "2020-03-30",
        "provincial",
        ["headline_lead", "count", "approx", "multiline"],
        provinces=[pv("Bình Dương")],
        quantities=[c(4, "nhà máy"), c(6, "nhà máy", True)],
    )
    r(
        "Bên trong dây chuyền của Công ty CP Găng tay Phước Thành\n\nBên trong dây chuyền của Công ty CP Găng tay Phước Thành",
        "2020-03-30",
        "provincial",
        ["caption_repeated", "multiline"],
        firms=[f("Găng tay Phước Thành", "Công ty CP")],
    )
    r(
        "Doanh nghiệp đang chiếm khoảng 28% thị phần găng y tế trong nước là Phước Thành ở thị xã Tân Uyên, nơi Tập đoàn Công nghiệp Cao su Việt Nam mua lại 51% vốn năm 2013.",
        "2020-03-30",
        "provincial",
        ["recalled_acquisition", "deal_no_event", "bare_short_name", "district", "percentage"],
        firms=[f("Phước Thành"), f("Công nghiệp Cao su Việt Nam", "Tập đoàn")],
        percentages=[28, 51],
        locations=[district("Tân Uyên")],
        deals=[deal("investment", ["Công nghiệp Cao su Việt Nam"])],
    )
    r(
        "Hàng làm ra không kịp giao: khách Mỹ và châu Âu liên tục hỏi mua găng đạt chuẩn.",
        "2020-03-30",
        "provincial",
        ["orders_unnamed_buyers_no_deal", "country"],
        locations=[country("Mỹ")],
    )
    r(
        "“Ba phần tư sản lượng đã có người đặt, nhưng chúng tôi không tăng giá: 520.000 đồng một thùng tại xưởng”, bà Lâm Thị Ngọc Hân, Phó Tổng Giám đốc Găng tay Phước Thành, nói.",
        "2020-03-30",
        "provincial",
        ["quote", "person_role_after", "money_per_unit", "fraction_in_words_no_percentage"],
        persons=[per("Lâm Thị Ngọc Hân", "Phó Tổng Giám đốc Găng tay Phước Thành")],
        firms=[f("Găng tay Phước Thành")],
        money=[m(520000, "VND", "thùng")],
    )
    r(
        "Găng y tế: cửa sáng cho nhà sản xuất Việt\nThị trường găng tay thế giới vẫn tăng 8-10% mỗi năm, phần lớn nhờ găng y tế, theo giới phân tích Malaysia.",
        "2019-08-12",
        "ministry",
        ["headline_lead", "percentage_range", "country", "multiline"],
        percentages=[8, 10],
        locations=[country("Malaysia")],
    )
    r(
        "KCN Nhơn Trạch 3 (Đồng Nai) là nơi Tập đoàn Permai Industries (Malaysia) đặt nhà máy găng tay đầu tiên, rộng 40 ha, trong kế hoạch 7 nhà máy tại Việt Nam mà tập đoàn công bố năm 2006, mỗi nhà máy trên 12 triệu USD.",
        "2019-08-12",
        "ministry",
        [
            "recalled_plan",
            "deal_no_event",
            "site_first",
            "per_plant_amount_not_deal",
            "count",
            "approx",
            "area",
            "province_bracket_after_park",
        ],
        firms=[f("Permai Industries", "Tập đoàn")],
        provinces=[pv("Đồng Nai")],
        money=[m(12 * M, "USD", approx=True)],
        quantities=[c(7, "nhà máy")],
        areas=[ha(40)],
        locations=[country("Malaysia"), park("Khu công nghiệp Nhơn Trạch 3")],
        deals=[deal("investment", ["Permai Industries"], None, DNai)],
    )
    r(
        "Một dây chuyền mới giá 1,2 triệu USD, thêm 8 triệu đôi găng mỗi năm, sẽ được Công ty TNHH Thun Phúc Long lắp cạnh ba dây chuyền đang chạy.",
        "2019-08-12",
        "ministry",
        ["announced_investment", "object_first", "no_site", "capacity_no_count"],
        firms=[f("Thun Phúc Long", "Công ty TNHH")],
        money=[m(1.2 * M, "USD")],
        deals=[deal("investment", ["Thun Phúc Long"], 1.2 * M)],
        events=[ev("investment_announcement", [F("Thun Phúc Long")], 1.2 * M, "USD", None, "announced")],
    )
    r(
        "Đơn hàng lớn nhất của Phúc Long hiện là lô găng 3,5 triệu USD cho khách Mỹ.",
        "2019-08-12",
        "ministry",
        ["unnamed_buyer_no_deal", "bare_short_name"],
        firms=[f("Phúc Long")],
        money=[m(3.5 * M, "USD")],
        locations=[country("Mỹ")],
    )
    r(
        "Chiếc găng cao su và bài toán biên lợi nhuận\n\nNgọc Diệp Thứ Năm | 17/10/2019 09:30\n\nNhà sản xuất trong nước đang có lợi thế ở mặt hàng nhỏ mà lãi này.",
        "2019-10-17",
        "ministry",
        ["headline_lead", "byline_glued_weekday", "multiline"],
        persons=[per("Ngọc Diệp", None)],
    )
    r(
        "Mảng găng tay ra đời khi ông Trịnh Bảo Khang, nay là Giám đốc Công ty TNHH Thun Phúc Long, tiếp quản xưởng dây thun của cha mẹ.",
        "2019-10-17",
        "ministry",
        ["person_role_after"],
        persons=[per("Trịnh Bảo Khang", "Giám đốc Công ty TNHH Thun Phúc Long")],
        firms=[f("Thun Phúc Long", "Công ty TNHH")],
    )
    r(
        "Các nhà máy tôm, cá tra như Sao Ta Xanh, Cửu Long Seafood hay Thủy sản Hậu Giang Xanh lấy của Phúc Long gần một nửa lượng găng công nghiệp họ cần.",
        "2019-10-17",
        "ministry",
        ["customer_list_no_deal", "province_in_firm_name", "fraction_in_words_no_percentage"],
        firms=[f("Sao Ta Xanh"), f("Cửu Long Seafood"), f("Thủy sản Hậu Giang Xanh"), f("Phúc Long")],
    )
    r(
        "Khuôn vẫn phải nhập vì trong nước chưa làm được loại đủ chuẩn; một xưởng cỡ vừa cần trên 22.000 cặp, mỗi cặp 45-55 USD.",
        "2019-10-17",
        "ministry",
        ["nfd", "money_per_unit_range", "count", "approx"],
        money=[m(45, "USD", "cặp"), m(55, "USD", "cặp")],
        quantities=[c(22000, "cặp", True)],
    )
    r(
        "Găng tay cao su thiên nhiên mang về 92,7 triệu USD xuất khẩu trong năm 2018, số liệu Tổng cục Hải quan cho thấy.",
        "2019-10-17",
        "ministry",
        ["statistics"],
        organizations=["Tổng cục Hải quan"],
        money=[m(92.7 * M, "USD")],
    )

    r(
        "Sản phẩm của Phước Thành đã đạt các chứng nhận cần thiết để bán vào Mỹ và châu Âu.",
        "2020-03-30",
        "provincial",
        ["bare_short_name", "country"],
        firms=[f("Phước Thành")],
        locations=[country("Mỹ")],
    )

    r(
        "Găng tay cao su vẫn là sân chơi của Malaysia, nước nắm hơn một nửa thị trường thế giới, theo số liệu Tập đoàn Công nghiệp Cao su Việt Nam dẫn lại.",
        "2019-08-12",
        "ministry",
        ["fraction_in_words_no_percentage", "country", "source_firm"],
        firms=[f("Công nghiệp Cao su Việt Nam", "Tập đoàn")],
        locations=[country("Malaysia")],
    )

    # --- Vietnamese news: a Chinese tyre group's planned plant in Cambodia (S8 r2) ---
    r(
        "Trung Quốc tiếp tục đổ vốn làm lốp ở Campuchia\nMột nhà máy lốp radial 6 triệu chiếc/năm ở tỉnh Kampong Speu (Campuchia) là dự án 415 triệu USD mà Tập đoàn Zhenlong Tyre (Trung Quốc) dự kiến triển khai.",
        "2026-01-20",
        "ministry",
        [
            "headline_lead",
            "announced_investment",
            "object_first",
            "plant_abroad_no_province",
            "foreign_province_no_location",
            "capacity_no_count",
            "multiline",
        ],
        firms=[f("Zhenlong Tyre", "Tập đoàn")],
        money=[m(415 * M, "USD")],
        locations=[country("Trung Quốc"), country("Campuchia")],
        deals=[deal("investment", ["Zhenlong Tyre"], 415 * M)],
        events=[ev("investment_announcement", [F("Zhenlong Tyre")], 415 * M, "USD", None, "announced")],
    )
    r(
        "Tập đoàn sẽ nắm trọn dự án qua một công ty con; cao su tự nhiên sẵn ở địa phương là lý do chính.",
        "2026-01-20",
        "ministry",
        ["bare_group_word", "no_fields"],
    )
    r(
        "Lốp đã thành mặt hàng xuất khẩu chủ lực của Campuchia, với chừng 1,4 tỷ USD năm 2025 từ 8 nhà máy lốp đang chạy.",
        "2026-01-20",
        "ministry",
        ["statistics", "count", "approx"],
        quantities=[c(8, "nhà máy")],
        money=[m(1.4 * B, "USD", approx=True)],
        locations=[country("Campuchia")],
    )

    r(
        "Dự án dự kiến tạo ít nhất 1.200 việc làm cho lao động địa phương.",
        "2026-01-20",
        "ministry",
        ["count", "approx"],
        quantities=[c(1200, "việc làm", True)],
    )

    # --- Vietnamese news: a glove joint stock company launched; a truck-tyre plant opened in Bình Dương (S10 r4,
    # S12 r2) ---
    r(
        "Công ty CP Găng tay VRG Tân Phú ra mắt hôm 9-9 ở xã An Điền, thị xã Bến Cát; dự lễ có lãnh đạo Tập đoàn Công nghiệp Cao su Việt Nam, tỉnh Bình Dương và Tổng Lãnh sự quán Malaysia tại TP.HCM.",
        "2008-09-11",
        "provincial",
        [
            "company_launch_no_event",
            "attendees_not_parties",
            "district",
            "country_in_org_name",
            "province_in_org_name",
        ],
        firms=[f("Găng tay VRG Tân Phú", "Công ty CP"), f("Công nghiệp Cao su Việt Nam", "Tập đoàn")],
        organizations=["Tổng Lãnh sự quán Malaysia tại TP.HCM"],
        provinces=[pv("Bình Dương"), pv("Hồ Chí Minh")],
        locations=[district("Bến Cát")],
    )
    r(
        "Với tập đoàn, đơn vị này là phép thử cho hướng chế biến sâu thay vì bán mủ thô.",
        "2008-09-11",
        "provincial",
        ["nfd", "bare_group_word", "no_fields"],
    )
    r(
        "3.120 tỷ đồng là tổng mức đầu tư của GDR Radial, nhà máy lốp xe tải toàn thép 1,2 triệu lốp/năm ở KCN Đất Cuốc (huyện Bắc Tân Uyên, Bình Dương) mà Công ty CP Cao su Gia Định, đơn vị của Tập đoàn Hoá chất Việt Nam, khánh thành ngày 21/5.",
        "2016-05-23",
        "provincial",
        [
            "old_tone",
            "inauguration_with_capital",
            "amount_first",
            "parent_group_apposition",
            "plant_brand_no_firm",
            "district",
            "deal_date",
            "capacity_no_count",
        ],
        firms=[f("Cao su Gia Định", "Công ty CP"), f("Hóa chất Việt Nam", "Tập đoàn")],
        provinces=[pv("Bình Dương")],
        money=[m(3120 * B, "VND")],
        locations=[park("Khu công nghiệp Đất Cuốc"), district("Bắc Tân Uyên")],
        deals=[deal("investment", ["Cao su Gia Định"], 3120 * B, HCM, "2016-05-21")],
        events=[ev("inauguration", [F("Cao su Gia Định")], 3120 * B, "VND", HCM, "completed")],
    )
    r(
        "Sau thị trường trong nước, lốp từ xưởng rộng 110.000 m2 này sẽ tìm đường sang Trung Đông, Nam Á rồi Mỹ và châu Âu.\nP.V",
        "2016-05-23",
        "provincial",
        ["m2_to_ha", "region_nothing", "initials_nothing", "multiline"],
        areas=[ha(11)],
        locations=[country("Mỹ")],
    )
    r(
        "Bài viết liên quan:\nCao su Phú Riềng Xanh khen thưởng 96 tập thể\nCao su Chư Prông Xanh vượt kế hoạch sản lượng mủ năm 2016",
        "2016-05-23",
        "provincial",
        ["related_posts", "count", "multiline"],
        firms=[f("Cao su Phú Riềng Xanh"), f("Cao su Chư Prông Xanh")],
        quantities=[c(96, "tập thể")],
    )

    r(
        "Dây chuyền thành hình và lưu hoá lốp được nhập từ Nhật Bản và Đức.",
        "2016-05-23",
        "provincial",
        ["old_tone", "plant_details", "country_list"],
        locations=[country("Nhật Bản"), country("Đức")],
    )

    # --- Vietnamese news: FDI in a grey year (S10 r3) ---
    r(
        "(KTSG Online) - Trong bức tranh FDI còn nhiều gam xám của năm 2023, dòng vốn vào săm lốp và cao su kỹ thuật là một điểm sáng hiếm hoi.",
        "2023-10-04",
        "ministry",
        ["outlet_credit_nothing", "no_fields"],
    )
    r(
        "Theo Tổng cục Thống kê, vốn FDI đăng ký trong quý I chỉ đạt chừng 5,4 tỉ USD, thấp hơn 38% so với cùng kỳ.",
        "2023-10-04",
        "ministry",
        ["statistics", "approx", "percentage"],
        organizations=["Tổng cục Thống kê"],
        money=[m(5.4 * B, "USD", approx=True)],
        percentages=[38],
    )

    r(
        "Vốn ngoại vào sản xuất lốp dồn về Tây Ninh, Bình Phước và Đồng Nai, những nơi sát vùng nguyên liệu mủ.",
        "2023-10-04",
        "ministry",
        ["province_list", "no_event"],
        provinces=[pv("Tây Ninh"), pv("Bình Phước"), pv("Đồng Nai")],
    )

    # --- A French agency copy and a Korean copy of the same glove-plant story, rendered in Vietnamese and English
    # (S6 r4 = S18 r1, S18 r3) ---
    r(
        "Hà Nội (TTXVN) - Nhà máy đầu tiên của Tập đoàn Kelana Glove (Malaysia) tại Việt Nam sẽ tốn khoảng 21,5 triệu USD, một tờ báo kinh tế Nhật Bản đưa tin.",
        "2019-07-22",
        "ministry",
        [
            "foreign_page_rendered",
            "dateline",
            "agency_nothing",
            "announced_investment",
            "object_first",
            "approx",
            "no_site",
        ],
        firms=[f("Kelana Glove", "Tập đoàn")],
        provinces=[pv("Hà Nội")],
        money=[m(21.5 * M, "USD", approx=True)],
        locations=[country("Malaysia"), country("Nhật Bản")],
        deals=[deal("investment", ["Kelana Glove"], 21.5 * M)],
        events=[ev("investment_announcement", [F("Kelana Glove")], 21.5 * M, "USD", None, "announced")],
    )
    r(
        "Găng PVC là sản phẩm chính, khoảng 3,5 tỉ chiếc mỗi năm từ 2021; tập đoàn được định giá trên sàn hơn 2,8 tỉ USD.",
        "2019-07-22",
        "ministry",
        ["foreign_page_rendered", "capacity_no_count", "market_cap_money", "approx"],
        money=[m(2.8 * B, "USD", approx=True)],
    )
    r(
        "[Seoul] Malaysia's Kelana Glove plans to have its first Vietnamese plant running by the first quarter of next year, having set aside $21.5 million for it, the paper said, citing VnExpress.",
        "2019-07-23",
        "ministry",
        [
            E,
            "foreign_page_rendered",
            "bracket_dateline_abroad",
            "country_possessive",
            "adjective_no_country",
            "announced_investment",
            "outlet_nothing",
        ],
        firms=[f("Kelana Glove")],
        money=[m(21.5 * M, "USD")],
        locations=[country("Malaysia")],
        deals=[deal("investment", ["Kelana Glove"], 21.5 * M)],
        events=[ev("investment_announcement", [F("Kelana Glove")], 21.5 * M, "USD", None, "announced")],
    )

    # --- English: the Tây Ninh tyre-plant licence, three copies (S8 r4 = S17 r1 = S19 r3, S17 r2, S17 r3 = S19 r4) ---
    r(
        "Tay Ninh licenses 420-million-USD Chinese tyre project\nA 420-million-USD tyre factory will go up in Tay Ninh after China's Qingdao Rongda Tyre Co. Ltd. received an investment registration certificate from the Tay Ninh People's Committee on March 14.",
        "2024-03-14",
        "ministry",
        [
            E,
            "headline_lead",
            "licence",
            "object_first",
            "committee_grantor_english",
            "country_possessive",
            "adjective_no_country",
            "unaccented_province",
            "deal_date",
            "multiline",
        ],
        organizations=["Tay Ninh People's Committee"],
        provinces=[pv("Tây Ninh")],
        firms=[f("Qingdao Rongda Tyre", "Co., Ltd.")],
        money=[m(420 * M, "USD"), m(420 * M, "USD")],
        locations=[country("China")],
        deals=[deal("investment", ["Qingdao Rongda Tyre"], 420 * M, TNi, "2024-03-14")],
        events=[
            ev(
                "investment_licence",
                [G("Tay Ninh People's Committee"), F("Qingdao Rongda Tyre")],
                420 * M,
                "USD",
                TNi,
                "licensed",
            )
        ],
    )
    r(
        "Vice Chairman of the Tay Ninh People's Committee Vo Duc Trong (L) hands the certificate to a Rongda representative. (Photo: VNA)",
        "2024-03-14",
        "ministry",
        [
            E,
            "caption",
            "person_role_before",
            "caption_handover_licence",
            "person_grantor_no_party",
            "agency_credit_nothing",
            "bare_short_name",
        ],
        persons=[per("Vo Duc Trong", "Vice Chairman of the Tay Ninh People's Committee")],
        organizations=["Tay Ninh People's Committee"],
        provinces=[pv("Tây Ninh")],
        firms=[f("Rongda")],
        deals=[deal("investment", ["Rongda"], None, TNi)],
        events=[ev("investment_licence", [F("Rongda")], None, None, TNi, "licensed")],
    )
    r(
        "No foreign-invested project in Tay Ninh has come with a bigger price tag, provincial officials said.",
        "2024-03-14",
        "ministry",
        [E, "unaccented_province"],
        provinces=[pv("Tây Ninh")],
    )
    r(
        "Phuoc Dong Industrial Park will host the factory, whose first lines are due to run in the second half of 2025.",
        "2024-03-14",
        "ministry",
        [E, "english_park_no_location", "no_fields"],
    )
    r(
        "Yearly sales from the plant could reach about 690 million USD on 12.6 million tyres, according to the company's chairman, Liu Zhenbo.",
        "2024-03-14",
        "ministry",
        [E, "person_role_before_comma", "capacity_no_count", "approx"],
        persons=[per("Liu Zhenbo", "chairman")],
        money=[m(690 * M, "USD", approx=True)],
    )
    r(
        "Tay Ninh, one of Vietnam's main rubber-growing provinces with some 100,000ha of plantations, drew 14 FDI projects worth 530 million USD in the first two months of the year./.",
        "2024-03-14",
        "ministry",
        [E, "statistics", "area", "approx", "count"],
        provinces=[pv("Tây Ninh")],
        areas=[ha(100000, True)],
        quantities=[c(14, "FDI projects")],
        money=[m(530 * M, "USD")],
    )
    r(
        "TÂY NINH — China's Qingdao Rongda Tyre Co Ltd now holds an investment registration certificate for a US$420-million tyre plant in the southern province, issued by the Tây Ninh People's Committee on Thursday.",
        "2024-03-15",
        "ministry",
        [E, "caps_dateline", "licence", "committee_grantor_english", "weekday_no_date", "country_possessive"],
        organizations=["Tây Ninh People's Committee"],
        provinces=[pv("Tây Ninh")],
        firms=[f("Qingdao Rongda Tyre", "Co., Ltd.")],
        money=[m(420 * M, "USD")],
        locations=[country("China")],
        deals=[deal("investment", ["Qingdao Rongda Tyre"], 420 * M, TNi)],
        events=[
            ev(
                "investment_licence",
                [G("Tây Ninh People's Committee"), F("Qingdao Rongda Tyre")],
                420 * M,
                "USD",
                TNi,
                "licensed",
            )
        ],
    )
    r(
        "Provincial People's Committee Vice Chairman Võ Đức Trọng said the project would lift the value of rubber processing in the province and create jobs for more than 1,500 workers. — VNS",
        "2024-03-15",
        "ministry",
        [E, "person_role_before", "bare_unit_role", "count", "approx", "agency_nothing"],
        persons=[per("Võ Đức Trọng", "Provincial People's Committee Vice Chairman")],
        quantities=[c(1500, "workers", True)],
    )
    r(
        "Vietnam clears Chinese tyre maker's US$420m plant\nQingdao Rongda Tyre has been cleared to build a US$420m tyre factory in the southern province of Tay Ninh after receiving an investment registration certificate last week.",
        "2024-03-19",
        "ministry",
        [E, "headline_lead", "licence_passive_no_grantor", "adjective_no_country", "multiline"],
        provinces=[pv("Tây Ninh")],
        firms=[f("Qingdao Rongda Tyre")],
        money=[m(420 * M, "USD"), m(420 * M, "USD")],
        deals=[deal("investment", ["Qingdao Rongda Tyre"], 420 * M, TNi)],
        events=[ev("investment_licence", [F("Qingdao Rongda Tyre")], 420 * M, "USD", TNi, "licensed")],
    )
    r(
        "Back in China, Rondex, Tundrax and Polarion tyres come out of a Qingdao plant rated at 22m sets a year.",
        "2024-03-19",
        "ministry",
        [E, "brand_no_firm", "city_abroad_not_location", "capacity_no_count", "country"],
        locations=[country("China")],
    )
    r(
        "Newsletter sign-up\nGet the latest auto industry news straight to your inbox\nSubscribe",
        "2024-03-19",
        "ministry",
        [E, "page_chrome", "multiline", "no_fields"],
    )

    r(
        "The factory is expected to supply car and truck tyres to local assemblers and the replacement market, as well as for export.",
        "2024-03-19",
        "ministry",
        [E, "plant_details", "no_fields"],
    )

    # --- English: the same plant's first phase opened, and the second phase (S17 r4) ---
    r(
        "HÀ NỘI — Rongda (Việt Nam) Co Ltd has opened the first phase of its $420-million tyre plant in Tây Ninh Province, 14 months after work began on the 40-hectare site in Phước Đông Industrial Park.",
        "2025-06-16",
        "ministry",
        [
            E,
            "caps_dateline",
            "inauguration_with_capital",
            "vietnam_bracket_dropped",
            "english_park_no_location",
            "area",
            "duration_no_count",
        ],
        provinces=[pv("Hà Nội"), pv("Tây Ninh")],
        firms=[f("Rongda", "Co., Ltd.")],
        money=[m(420 * M, "USD")],
        areas=[ha(40)],
        deals=[deal("investment", ["Rongda"], 420 * M, TNi)],
        events=[ev("inauguration", [F("Rongda")], 420 * M, "USD", TNi, "completed")],
    )
    r(
        "Deputy Prime Minister Phan Quốc Thái, who attended, asked the investor to bring more of its suppliers to Tây Ninh, which borders Cambodia.",
        "2025-06-16",
        "ministry",
        [E, "person_role_before", "attendee_not_party", "country"],
        persons=[per("Phan Quốc Thái", "Deputy Prime Minister")],
        provinces=[pv("Tây Ninh")],
        locations=[country("Cambodia")],
    )
    r(
        "Rongda's plant will make semi-steel and all-steel radial tyres for cars and other vehicles, with yearly output valued at $690 million.",
        "2025-06-16",
        "ministry",
        [E, "possessive_firm", "plant_details"],
        firms=[f("Rongda")],
        money=[m(690 * M, "USD")],
    )
    r(
        "A second phase, worth a further $230 million and spread over 28 more hectares, is already planned by Rongda Group and would add 9 million tyres a year.",
        "2025-06-16",
        "ministry",
        [E, "announced_investment", "object_first", "group_in_name", "no_site", "area", "capacity_no_count"],
        firms=[f("Rongda Group")],
        money=[m(230 * M, "USD")],
        areas=[ha(28)],
        deals=[deal("investment", ["Rongda Group"], 230 * M)],
        events=[ev("investment_announcement", [F("Rongda Group")], 230 * M, "USD", None, "announced")],
    )
    r(
        "That would take Rongda Việt Nam's commitment to $650 million, more than any other tyre maker in the country. — VNS",
        "2025-06-16",
        "ministry",
        [E, "cumulative_no_deal", "foreign_subsidiary_viet_nam", "agency_nothing"],
        firms=[f("Rongda")],
        money=[m(650 * M, "USD")],
    )

    # --- English: a state rubber group's processing plants in the north (S5 r2) ---
    r(
        "Hanoi (VNA) – Three more latex processing plants are planned in the northern mountains by the Vietnam Rubber Group (VRG), which expects tapping there to grow.",
        "2020-03-15",
        "ministry",
        [
            E,
            "dateline",
            "agency_nothing",
            "acronym_bracket",
            "announced_investment_no_amount",
            "no_site",
            "count_in_words",
        ],
        provinces=[pv("Hà Nội")],
        firms=[f("Vietnam Rubber Group")],
        deals=[deal("investment", ["Vietnam Rubber Group"])],
        events=[ev("investment_announcement", [F("Vietnam Rubber Group")], None, None, None, "announced")],
    )
    r(
        "A 4,000-tonne SVR 10/SVR 20 line at the Son La Rubber Company comes first, in 2023; the Lao Cai Rubber Company's RSS plant, of 2,500 tonnes a year, is due in 2025.",
        "2020-03-15",
        "ministry",
        [E, "two_announced_investments", "company_word_kept", "province_in_firm_name", "capacity_no_count"],
        firms=[f("Son La Rubber Company"), f("Lao Cai Rubber Company")],
        deals=[deal("investment", ["Son La Rubber Company"]), deal("investment", ["Lao Cai Rubber Company"])],
        events=[
            ev("investment_announcement", [F("Son La Rubber Company")], None, None, None, "announced"),
            ev("investment_announcement", [F("Lao Cai Rubber Company")], None, None, None, "announced"),
        ],
    )
    r(
        "The group already runs processing plants in Son La and Lai Chau with a combined capacity of 11,000 tonnes a year.",
        "2020-03-15",
        "ministry",
        [E, "existing_plants_no_deal", "unaccented_province", "capacity_no_count"],
        provinces=[pv("Sơn La"), pv("Lai Châu")],
    )

    r(
        "The Lai Chau plant gets a second phase in 2023, taking it from 5,000 to 9,000 tonnes a year.",
        "2020-03-15",
        "ministry",
        [E, "plant_no_firm", "unaccented_province", "capacity_no_count"],
        provinces=[pv("Lai Châu")],
    )

    # --- English: a Chinese glove plant near its launch in central Vietnam, a business daily twice (S18 r2 = r4) ---
    r(
        "Chinese glove maker's $180 mln Hue plant in trial runs\nBy Minh Thu, Bao Ngoc\nTrial runs have begun at a disposable glove factory that China's Hengxin Medical Co. Ltd. is building in Thua Thien-Hue province.",
        "2023-04-17",
        "ministry",
        [
            E,
            "headline_lead",
            "bylines",
            "plant_being_built",
            "announced_investment",
            "headline_amount",
            "adjective_no_country",
            "country_possessive",
            "multiline",
        ],
        persons=[per("Minh Thu", None), per("Bao Ngoc", None)],
        provinces=[pv("Huế")],
        firms=[f("Hengxin Medical", "Co., Ltd.")],
        money=[m(180 * M, "USD")],
        locations=[country("China")],
        deals=[deal("investment", ["Hengxin Medical"], 180 * M, HUE)],
        events=[ev("investment_announcement", [F("Hengxin Medical")], 180 * M, "USD", HUE, "announced")],
    )
    r(
        "The plant, which received its investment certificate in 2020, sits on 31.5 hectares of Phong Dien Industrial Park and is budgeted at VND4.2 trillion ($180 million), a research centre included.",
        "2023-04-17",
        "ministry",
        [E, "recalled_licence_no_firm", "bracketed_conversion", "area", "english_park_no_location"],
        money=[m(4.2e12, "VND"), m(180 * M, "USD")],
        areas=[ha(31.5)],
    )
    r(
        "Some 1,400 jobs and VND200 billion ($8.5 million) a year in taxes are expected once it runs; nearly VND1.9 trillion (about $81 million) has gone into the first phase.",
        "2023-04-17",
        "ministry",
        [E, "phase_amount_no_firm", "bracketed_conversion", "approx", "count", "money_per_year"],
        money=[
            m(200 * B, "VND", "year"),
            m(8.5 * M, "USD", "year"),
            m(1.9e12, "VND", approx=True),
            m(81 * M, "USD", approx=True),
        ],
        quantities=[c(1400, "jobs", True)],
    )
    r(
        "At a meeting with provincial chairman Le Quang Hieu, Hengxin chairman Wang Jianhua asked for help with the last permits before the opening.",
        "2023-04-17",
        "ministry",
        [E, "two_persons_role_before", "bare_short_name", "meeting_no_deal"],
        persons=[per("Le Quang Hieu", "provincial chairman"), per("Wang Jianhua", "Hengxin chairman")],
        firms=[f("Hengxin")],
    )
    r(
        "Illustration of the Hengxin glove factory in Thua Thien-Hue. Photo courtesy of Hengxin Medical Co., Ltd.",
        "2023-04-17",
        "ministry",
        [E, "caption", "site_credit_firm"],
        provinces=[pv("Huế")],
        firms=[f("Hengxin"), f("Hengxin Medical", "Co., Ltd.")],
    )
    r(
        "The province's FDI tally stands at 121 projects and $4.6 billion of registered capital, local planning officials say.",
        "2023-04-17",
        "ministry",
        [E, "statistics", "count"],
        quantities=[c(121, "projects")],
        money=[m(4.6 * B, "USD")],
    )

    r(
        "Work gloves and polyethylene fibre will come off the same lines as the medical and electronics-grade gloves.",
        "2023-04-17",
        "ministry",
        [E, "plant_details", "no_fields"],
    )
    r(
        "Its largest foreign projects so far are a shopping mall and two garment plants, one of them worth $31 million.",
        "2023-04-17",
        "ministry",
        [E, "statistics", "no_firm", "count_in_words"],
        money=[m(31 * M, "USD")],
    )

    # --- English: a Japanese maker's licence top-up in Hải Phòng; a Korean cord maker's snippet (S19 r1, S19 r2) ---
    r(
        "JAPANESE tyre maker Kamiya Tire has been licensed to lift the cost of its radial tyre plant in Hai Phong by US$390 million to US$910 million, a year after breaking ground at Dinh Vu Industrial Zone.",
        "2013-02-26",
        "ministry",
        [
            E,
            "licence_increase",
            "increase_by_to",
            "recalled_groundbreaking",
            "caps_adjective_no_country",
            "english_park_no_location",
        ],
        provinces=[pv("Hải Phòng")],
        firms=[f("Kamiya Tire")],
        money=[m(390 * M, "USD"), m(910 * M, "USD")],
        deals=[
            deal("investment", ["Kamiya Tire"], 390 * M, HP),
            deal("groundbreaking", ["Kamiya Tire"], None, HP),
        ],
        events=[ev("investment_licence", [F("Kamiya Tire")], 390 * M, "USD", HP, "licensed")],
    )
    r(
        "Japan, the US and Europe will get the plant's output, up to 40,000 radial tyres a day once it is at full speed some time after trial runs in 2014.",
        "2013-02-26",
        "ministry",
        [E, "capacity_no_count", "country_list"],
        locations=[country("Japan"), country("US")],
    )
    r(
        "Hyeon Industries plans to spend about 24 billion won ($17 million) on its Vietnamese tyre cord plant, the South Korean firm said on Tuesday, taking yearly capacity to 52,000 tons by 2027 ...",
        "2025-04-08",
        "ministry",
        [
            E,
            "search_snippet",
            "announced_investment",
            "krw_first",
            "bracketed_conversion",
            "adjective_no_country",
            "approx",
            "no_site",
            "tonnage_no_count",
        ],
        firms=[f("Hyeon Industries")],
        money=[m(24 * B, "KRW", approx=True), m(17 * M, "USD", approx=True)],
        deals=[deal("investment", ["Hyeon Industries"], 24 * B)],
        events=[ev("investment_announcement", [F("Hyeon Industries")], 24 * B, "KRW", None, "announced")],
    )

    r(
        "Insights\nNews\nPage 14 of 38",
        "2022-05-20",
        "ministry",
        [E, "listing_chrome", "page_number_no_count", "multiline", "no_fields"],
    )

    # --- English: a logistics firm's news listing, a sourcing portal and an export portal on rubber (S20 r1-r3) ---
    r(
        "Rubber exports in the first four months came to 512,000 tons and $768 million. Processors now need more latex than local growers can supply, so imports of raw rubber keep rising, the Vietnam Rubber […]",
        "2022-05-20",
        "ministry",
        [E, "listing_blurb", "truncated_org_nothing", "tonnage_no_count"],
        money=[m(768 * M, "USD")],
    )
    r(
        "RUBBER\nWith more than 970,000 hectares under rubber in 2016, Viet Nam tapped some 1.03 million tonnes, about 8.5% of the world's output, and only two countries exported more.",
        "2017-09-01",
        "ministry",
        [E, "portal_overview", "caps_heading", "area", "approx", "tonnage_no_count", "multiline"],
        areas=[ha(970000, True)],
        percentages=[8.5],
    )
    r(
        "Rubber wood brought in US$1.3 billion that year, and tyres and other rubber goods US$1.6 billion.",
        "2017-09-01",
        "ministry",
        [E, "portal_overview", "statistics"],
        money=[m(1.3 * B, "USD"), m(1.6 * B, "USD")],
    )
    r(
        "Only about a tenth of the latex tapped in Vietnam is made into finished goods at home; the rest leaves the country as raw rubber.",
        "2010-06-14",
        "ministry",
        [E, "portal_overview", "fraction_in_words_no_percentage", "no_fields"],
    )
    r(
        "Building a plant for 1 million tyres a year can cost about USD 140 million, which keeps most local firms out of finished products.",
        "2010-06-14",
        "ministry",
        [E, "portal_overview", "generic_cost_no_firm", "approx", "capacity_no_count"],
        money=[m(140 * M, "USD", approx=True)],
    )

    return rows
