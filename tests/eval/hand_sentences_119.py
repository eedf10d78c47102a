# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 119 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: printing, packaging labels and printing inks as a supporting industry
for packaging and consumer goods (label and packaging printers, carton and film plants, ink makers, the printing
associations, labelling rules, and the foreign buyers of packaging firms). Written and annotated for every field BEFORE
any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the
section comments: S1 "nhà máy in bao bì khu công nghiệp vốn đầu tư", S2 "mực in công nghiệp nhà máy sản xuất Việt Nam",
S3 "in nhãn mác bao bì doanh nghiệp đầu tư máy in", S4 "khánh thành nhà máy bao bì in ấn", S5 "trao giấy chứng nhận đầu
tư dự án sản xuất bao bì giấy in", S6 "thị trường in ấn bao bì Việt Nam tăng trưởng doanh thu", S7 "Hiệp hội In Việt Nam
doanh nghiệp ngành in", S8 "triển lãm in ấn bao bì ký kết hợp đồng", S9 "mua lại cổ phần công ty in bao bì thương vụ",
S10 "mực in gốc nước bao bì thực phẩm an toàn tiêu chuẩn", S11 "in tem nhãn decal flexo công ty đầu tư dây chuyền", S12
"khởi công nhà máy bao bì carton vốn đầu tư tỷ đồng", S13 "doanh nghiệp FDI đầu tư nhà máy in nhãn mác khu công nghiệp
Bình Dương", S14 "nghị định nhãn hàng hóa quy định ghi nhãn bao bì doanh nghiệp", S15 "công ty in tăng vốn đầu tư dây
chuyền in offset hiện đại", S16 "nhập khẩu mực in nguyên liệu ngành in phụ thuộc", and in English S17 "Vietnam packaging
printing plant investment million USD", S18 "Vietnam label printing company factory opens", S19 "printing ink
manufacturer Vietnam plant production capacity", S20 "Vietnam packaging company acquisition stake deal printing". No
sentence is taken or paraphrased from a page; the shapes are. Firm and person names are invented (Kanemori Printing,
Bao bì Daehan Vina, Hằng Phát Holding, In và Bao bì Thiên Long, Hoa Phong Pack / Bao bì Hoa Phong, Bao bì Xuất nhập khẩu
Phú Lâm, In Sơn La, Hokuyo Kagaku / Hokuyo Ink Vietnam, Tomoe Inks, Oriha Pack, Siam Boxes Group, SB Flexibles, SBG
Solutions, An Khang Packaging / Ankapac, Dong Hoa Packaging, Nordpak, Goldreel Group, Kurata / Kurata Films, Tamura
Pla-Tech, Hong Phat Long An Plastic, Hong Phat Plastic, Meisei Pack, Gia Dinh Trading and Packaging, Hanseong Systems, Tan
Phu Packaging, Minh Chau Packaging, Valuecore, Thien An Holdings, the clusters Bình Nguyên and Nghĩa Hiệp as used here,
"Hội In các tỉnh Tây Bắc", and every official, chairman, byline, author and student); well-known names (Bộ Khoa học và
Công nghệ, Quốc hội, Cục Xuất bản, In và Phát hành, Tổng cục Thống kê, the Vietnam Printing Association, VINPAS, the
Vietnam Paint and Printing Ink Association, the Ministry of Industry and Trade, Unilever, Masan, Heineken, Vinamilk, the
parks Nhơn Trạch 3, Song Khê - Nội Hoàng, Biên Hòa 1, Yên Phong, VSIP Hải Phòng, Thang Long II, and the decrees and
circulars cited) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; one site's one-line blurb on foreign money in printing and packaging came
back eleven times, a packaging-functions title page four times, a trade ministry's "đóng gói" tag page three times, the
same licence story, the same carton-plant approval and the same English feature three times each): 35 slots were tag,
keyword, title, list and download pages (the blurb eleven times, the title four, the tag page with a headline and a lead
three, tags on food-safety certificates, investment law, raw materials, preferential import duty, ebooks, an unaccented
AGM-record-date tag, a disclosure title on a share-swap merger, a circular and a decree title on labelling, a provincial
department's document list item with its posting date, an unaccented download slug, a numbered printing tip, a blurb
ending a quote on packaging design lagging the region, a tags page with a garment firm's relocation lead, and one English
tag page with a label plant's headline and lead run on); 5 were spam (two foreign-domain slugs, a gambling domain
carrying an ink-standard article twice, a junk domain carrying a lead and a headline on paper-packaging exports); 12 were
explainers and service pages (a labelling explainer with decal lists and sub-label rules, a Persian printer's page on
labelling, a consultancy's investment-certificate explainer with a legal list and footnoted statistics, a contract
template with its header, number, date-place line, legal bases and blank party fields, a forum post with profile
counters, a treasury-share buyback notice with a numbered list and attachment names, an ink-safety explainer with a spam
string spliced in, a barcode service page with a repeated caps heading, legal bases and clause-cited definitions, a
sub-label price table, a sub-label explainer with a spec list, two logistics pages on importing ink with image captions,
chrome, legal lists and the HS heading); 3 were a course paper in broken encoding, a sector report in a broken font and
an English market report's cover; 3 were Japanese trade news (an ink maker founding a Vietnamese unit with its capital
and a plant to be built, twice; another opening its third plant and declining to give its cost; read for their shapes
and rendered here in Vietnamese); 12 were Vietnamese news (a provincial committee's investment licence to a Japanese
printing group, three times; a committee's approval of a Korean firm's carton plant in a cluster, three times, once as a
print page; a Hong Kong firm's packaging plant approved in a cluster with its capital terms; a paper-bag plant starting
operation with its chairman's quote and the park authority's statistics; a city printing association's congress after a
merger, told by two papers with captions and scholarships; a regional printing association's history with a caption; a
business weekly's FDI feature with related links); 10 were English (a VnExpress International feature on foreign money
in printing with its byline, photo credit, the association chairman, a planned plant and a recalled stake sale, three
times; a short item on a carton plant investment with an image slug, a quote and a comment widget; a Japanese agency on
a label-film plant started by a local unit; a news agency on the printing association's forecast at an exhibition; a
news agency on the paint and ink industry before three expos; a press-release site relaying the national English daily
on packaging M&A; two news-portal features on packaging M&A and on why foreign groups come, with recalled purchases and a
customer list). About 20 of the 80 slots told a deal or an event with a named party (the licence 3, the carton approval
3, the Hong Kong approval, the plant start, the planned and recalled deals of the English feature 3, the carton plant
investment, the label plant, the film plant, the two Japanese ink plants 3, the three M&A stories), several the same
story; no supply contract, no signed MoU and no groundbreaking came up in any first four (the "ký kết hợp đồng" search
gave a contract template and a forum post), so the batch has none.

Rows: 156 (hand-35601 to hand-35756); 19 carry a deal or an event (12%): 11 events (4 investment announcements, 4
inaugurations, 3 investment licences) and 17 `deals` entries (all investment); 8 rows hold only deals without events
(hand-35723, 35743, 35744, 35746, 35747, 35748 with two, 35749, 35753: recalled stake purchases and investments) and 3
an event without a deal (35685, 35729, 35730: openings without capital). 137 rows are negatives and other fields. By page
kind: 5 rows of spam (35601-35605, 0 with a deal or event), 32 of tag, keyword, title, list and download pages
(35606-35637, 0), 37 of explainers, service and price pages, a contract template, a forum post, a shareholder notice and
logistics pages (35638-35674, 0), 7 of the course paper and the report (35675-35681, 0), 6 of the Japanese pages rendered
in Vietnamese (35682-35687, 2), 31 of Vietnamese news (35688-35718, 4) and 38 of English copy (35719-35756, 13); 38 rows
are English (`english_copy`, 24%; the English tag page is counted there). 10 rows are stored in NFD (hand-35603, 35637,
35649, 35673, 35685, 35693, 35700, 35706, 35711, 35734); 7 use old tone placement (35617 and 35629 "hàng hoá", 35638
"hàng hoá", 35652 "thoả thuận", 35657 "nhoè", 35659 "sức khoẻ", 35664 "tuỳ"); 53 hold several lines (headlines and
leads, timestamps, bylines, captions, lists, tables, chrome).

Own wording: on review of the first draft against the sampled pages, about 75 drafts followed a sampled sentence too
closely (the same run of facts with names and figures swapped, the same clause order, a quoted phrase kept, or a
definition paraphrased) and were rewritten from scratch with another order (object-first, amount-first, target-first,
count-first, quote-first, passive) or another content in the same shape: the eleven one-line blurbs (written as blurbs on
other topics), the "đóng gói" tag lead, the design-lag quote, the decal, sub-label and label-content lines, the Persian
definition, the incentive and certificate lines, the ink-safety and standard lines, both barcode definitions, the spec
list, both logistics lines and the import caption, the report's capital and machine lines, both Japanese stories, the
licence headline, lead, park and expectation lines, the approval lead, scope and capital split, the Hong Kong site line,
the plant-start lead, opening, chairman and export lines and the park statistics, the congress merger, election,
directions, the department head's slogan (the sampled one is not kept), the caption and scholarships, the regional
association's founding, staff and product lines, the FDI feature's lead, links, statistics and subhead, and nearly every
English row (the standfirst, the chairman at the expo, revenue and headcount, the planned plant, the stake sale, the
carton plant and its quote, the tag lead, the film plant lead, the unit's start, the export share and sales goal, the
forecast, the output share, presses and revenue, the exhibitors, the paint expo caption and lead, growth, relocated
lines, the relay lead, the group profile, both purchases, the roundup's stake, the 2015 purchase, the two takeovers, the
fund's investment, the portal's lead, the plant count, the customer list). Dropped: one draft on the city's share of
national print output, whose figure came only from ranks 5-6. Nothing was used from ranks 5-8, among them: a Japanese
machine translation of a Taiwanese packaging licence (S1 r5, S17 r5, S18 r7), the Bắc Ninh paper-bag plant where it
came at ranks 6-7 (S1 r7, S4 r6; used only from S12 r4), a printing-technology history (S2 r5), a course report and a
second course paper (S3 r5, S3 r8), the VietnamPrintPack and Tetra Pak features (S4 r7, S6 r8), a Sabeco can plant (S4
r8), the Tân Tiến and Biên Hòa takeovers (S9 r5, S9 r8), a Quảng Nam expansion decision and the Tetra Pak groundbreaking
(S12 r5-r7), an adjusted Hải Dương approval (S12 r8), a Kyungbang lease and a LEGO tag (S13 r5, r7), a Bình Dương FDI
report (S13 r6), an Urdu association story and its English counterpart (S7 r6, S18 r5), an Indian ink plant and a
Japanese stock note (S19 r5-r6), the French, VIR and Nation stories on packaging purchases (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-118 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a committee's investment licence or investment-policy approval ("chấp thuận chủ trương đầu tư") is an
investment deal and an investment_licence event "licensed" with the committee as a government party as written, the
headline's amount in the same row the licence amount; a named firm's plan or planned plant is an announced investment;
an opening with its capital is an investment deal and an inauguration "completed" dated with its day and the
publication's year, without capital the event only; recalled purchases, stakes and investments are the buyer's
investment deals without events (an acquisition's deal is the buyer's, batch 73), with the price where written and no
site; attendees, customer lists, statistics, forecasts, association congresses and mergers, scholarships, relocations,
treasury-share buybacks, contract templates and sales targets give no deal; vague amounts and counts are none; "khoảng",
"chừng", "gần", "hơn", "about", "around", "roughly", "nearly", "more than", "over", "some" are approximate, "tối đa" is
not; money per unit keeps its unit ("đồng/cổ phiếu", "đồng/hộp", "a year"); bracketed conversions are both money;
capacities, tonnages, dimensions, durations, ordinals, page numbers, student ids, counts in words and counts without a
noun are no counts, English counts keep their English noun; m2 and ha are areas; Vietnamese legal forms are normalised
("CTCP" -> "Công ty CP"), foreign ones kept as written ("Co., Ltd.", "Co.", "Ltd.", "JSC", "Joint Stock Company", "Pte
Ltd"), "Group" and "Holding(s)" stay in the name, "Việt Nam"/"Vietnam" and a trailing "Vina" are dropped from a foreign
subsidiary's name; Vietnamese country names and adjectives in brackets or after "vốn"/"của" and English country nouns
and possessives are countries, English adjectives ("Japanese", "Thai", "Korean", "Danish") and "Việt Nam"/"Vietnam"
none; regions ("Đông Nam bộ", "miền Bắc", "Southeast Asia", "châu Âu") and bare places ("Thuận An", "Yên Mỹ", "Kyoto",
"Hai Ba Trung") nothing; parks and clusters written in Vietnamese are locations, English ones none; "huyện" is a
district, communes nothing; a dateline ("HCM City (VNA) -", "HANOI, NNA –", "HÀ NỘI —") is a province mention; a province
inside an organisation's or a park's name is a mention, inside a firm's name not; UBND and KCN are expanded in
organisations, an acronym in brackets is dropped, an acronym written alone ("VINPAS", "VPA" in "VPA Chairman", batch
73's "BIFA chairman") is the organisation; venues and expos are no organisations; bylines, photo credits, authors and
caption names are persons without role, a given name or surname alone is no person (batch 117); outlets and agencies
("(KTSG Online)", "VnExpress International", "VietNamNet Bridge", "Deal Street Asia", "-VNA", "Theo báo Đầu tư") and
user names nothing; laws without a number give no decision, unaccented codes without slashes none. Every row with no
event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A committee's approval told object-first, with a dot date and no decision number ("Nhà máy thùng carton ... của Công
  ty TNHH Bao bì Daehan Vina sẽ mọc lên ở Cụm công nghiệp Bình Nguyên ... sau khi UBND tỉnh Quảng Ngãi ký quyết định
  chấp thuận chủ trương đầu tư ngày 14.9", 35691) is a licence dated with that day and the publication's year (the
  batch-7 rule keeps a legal NUMBER's date off the deal; here no number is written); "3 lớp và 5 lớp" are no counts.
- A certificate received "từ UBND tỉnh Đồng Nai" under a headline naming the group by a short name ("Hãng in Kanemori
  (Nhật Bản) nhận giấy chứng nhận cho dự án 28 triệu USD", 35688) is one licence with the headline's amount; the short
  name is its own firm mention. The park line after it with "28 triệu USD là vốn giai đoạn đầu" and no firm (35689) is
  money and places only.
- A foreign ink group announcing it has founded a Vietnamese unit with its capital and a plant to be built (rendered
  from Japanese, 35682) is the parent's announced investment with the unit's capital as the amount, sited by the park
  that names the province ("KCN VSIP Hải Phòng"); "Hokuyo Ink Vietnam Co., Ltd." gives "Hokuyo Ink" with its form; both
  "Nhật" and "Nhật Bản" are written and both are listed.
- Openings without capital: a foreign parent's plant "now being made near Hanoi by Kurata Ltd." (35729) is an
  inauguration without site ("near Hanoi" is not in Hà Nội; the dateline is a mention); the local unit that "started the
  plant on March 22 in Thang Long Industrial Park II, Hung Yen Province" (35730) is its own inauguration sited in Hưng
  Yên; a Japanese page's "Nhà máy mực in mới ở tỉnh Bắc Ninh đã đi vào hoạt động" (35685) is sited in Bắc Ninh.
- A plant "has been set up by Goldreel Group Vietnam" in a tag page's run-on lead (35728) is read as batch 94's "has set
  up a plant": an announced investment without amount, sited in Tây Ninh, "HCM City" a mention.
- An investment told amount-first as a bet ("A USD 95 million factory in Binh Duong province ... is Nordpak's bet on
  rising demand", 35726) is an announced investment with the amount.
- Stake purchases in features and roundups are recalled (deals without events), whatever their shape: "now holds 80
  percent of X JSC, a ... firm ... that agreed to sell" (35723, the firm's yearly sales are money, not the price),
  target-first "Ankapac ... passed 80 per cent into the hands of SB Flexibles ... in 2016 at an undisclosed price"
  (35743), amount-first "Roughly VNĐ1.9 trillion bought SBG Solutions Pte Ltd another 11.4 million shares of ..."
  (35744), object-first "A 20 percent stake in X, bought for around US$4.6 million, was Japan's Tamura Pla-Tech's way into
  ..." (35746), passive "with 90 percent sold to Meisei Pack of Japan for US$14.8 million" (35747), one buyer's two
  purchases (35748, two deals), "has also put US$14.2 million into" in the roundup (35749) and the noun phrase "The SB
  Flexibles purchase of 80 percent of Ankapac alone was put at about $42 million" (35753).
- Capital terms without the firm ("Chỉ khoảng 8,2 tỷ đồng là vốn tự có ...", 35693; "Vốn chủ sở hữu 121 tỷ đồng, bằng
  33,2% ...", 35695) are money and percentages only; "(Yên Mỹ)" without "huyện" is nothing.
- Association news: a merger of two associations at a congress (35702), elections, directions, scholarships and a
  founding date give no deal; "ba Phó Chủ tịch Phan Hữu Lộc, Đào Minh Kha, Võ Thị Hạnh" gives each the role "Phó Chủ
  tịch"; "ông Lê Minh Tuấn, Phó Trưởng ban" keeps the short role as written; "Hội In các tỉnh Tây Bắc" is an
  organisation ("Tây Bắc" a region inside it), "lần thứ XII" no count; "- Ảnh 2." caption tails are nothing.
- A document list item with an en dash in the code and its posting date in brackets ("Nghị định số 60/2014/NĐ–CP quy
  định về hoạt động in  (19/09/2014 )", 35631) gives the decree read with a hyphen and no date.
- Price tables: each price cell ("520đ") is VND money with no per (the unit is in the header), the header's "1.000 tem"
  a count; a filled example in a contract template ("50.000 hộp giấy ..., đơn giá 2.150 đồng/hộp", 35652) gives the
  count and the money per "hộp" and no deal (the parties are blank).
- Broken text: a course paper in broken encoding gives only what is legible (a student's name as a person without
  role, "TP.HCM"/"Tp.HCM"); a report in a broken font ("đầu tƣ", "xƣởng") is read normally; an explainer with a spam
  string spliced into a word run ("…tiêuchuẩnmựcinbaobìnhậnđịnhbóngđá") gives nothing for it.
- Pages in Japanese and Persian are rendered in Vietnamese and annotated as such (batch 118's French copies); the
  Japanese category line "【Chuyên mục】" and the bracket label "[Việt Nam]" are nothing.
- English: "mainland China" gives China; "ten other countries and territories" is a count in words, none; "16 countries
  sending exhibitors, more than 220 in all" gives the 16 countries and no count for "220 in all" (no noun); a customer
  list (35754) gives the brands as firms and no deal; "Nordpak Vietnam's managing director" is a possessive role
  (batch 118's "Nishida Tube's president") with the firm "Nordpak"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_119(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    T = 1_000_000_000_000
    E = "english_copy"
    BDg = cur("Bình Dương")
    BN = cur("Bắc Ninh")
    DNai = cur("Đồng Nai")
    HP = cur("Hải Phòng")
    HY = cur("Hưng Yên")
    QNg = cur("Quảng Ngãi")
    TNi = cur("Tây Ninh")

    ids = iter(range(35601, 35601 + 399))

    rows: list[dict] = []

    def r(text: str, published: str, style: str, phenomena: list[str], **gold: Any) -> None:
        """One row; a row given no `events` is annotated as having none."""
        gold.setdefault("events", [])
        if not gold["events"] and "no_event" not in phenomena:
            phenomena = [*phenomena, "no_event"]
        rows.append(h(next(ids), text, published, style, phenomena, **gold))

    # --- Spam slugs on foreign domains and junk domains carrying a news paragraph (S2 r1-r2, S6 r4, S10 r1, S16 r2:
    # 5 of the 80 slots) ---
    r(
        "máy nghiền bi ướt bột màu mực in công suất 200 lít giờ chứng chỉ ce bán chạy",
        "2023-04-18",
        "ministry",
        ["foreign_domain_slug", "lowercase", "capacity_no_count", "no_fields"],
    )
    r(
        "₫Vin\nVin- Ông Trần Đức Hạnh cho rằng khi chưa có quy chuẩn bắt buộc, mực in trên hộp bánh, túi snack bán trong nước vẫn được chọn theo giá chứ không theo độ an toàn.\nVin- Ông Trần Đức Hạnh cho rằng khi chưa có quy chuẩn bắt buộc, mực in trên hộp bánh, túi snack bán trong nước vẫn được chọn theo giá chứ không theo độ an toàn.",
        "2024-01-22",
        "ministry",
        ["gambling_domain_with_news", "repeated_paragraph", "person_no_role", "multiline"],
        persons=[per("Trần Đức Hạnh", None)],
    )
    r(
        "Vin- Xưởng nhỏ in túi đựng bánh nên chuyển sang mực gốc nước hoặc mực UV ít mùi, kể cả khi giá cao hơn chừng 15%, ông Hạnh khuyên.",
        "2024-01-22",
        "ministry",
        ["gambling_domain_with_news", "given_name_alone_no_person", "percentage", "nfd"],
        percentages=[15],
    )
    r(
        "Từ tháng 1 đến nay, thùng carton và túi giấy của các doanh nghiệp Long An xuất đi vẫn tăng đều, dấu hiệu cho thấy khách ngoại ngày càng chuộng bao bì giấy Việt.\nBao bì carton tìm đơn hàng ở các thị trường có FTA",
        "2024-08-09",
        "provincial",
        ["junk_domain_with_news", "lead_then_headline", "multiline"],
        provinces=[pv("Long An")],
    )
    r(
        "bảng thuế suất nhập khẩu máy in flexo đã qua sử dụng năm 2014",
        "2014-05-02",
        "ministry",
        ["foreign_domain_slug", "lowercase", "year_only", "no_fields"],
    )

    # --- Tag, keyword, title and list pages (S1 r1, S1 r3, S2 r3-r4, S3 r1-r2, S4 r1-r3, S5 r1, S5 r3-r4, S6 r1-r3,
    # S7 r1, S8 r1-r2, S9 r1, S9 r3-r4, S10 r2-r3, S11 r4, S13 r2, S13 r4, S14 r1-r4, S15 r1-r2, S16 r1, S17 r2: 34
    # slots, the sample's most common kind; one site's one-line "ngành in" blurb came back eleven times, written here
    # as one-line blurbs on other topics) ---
    r(
        "Giá giấy cuộn nhập khẩu tăng liên tục từ đầu năm đang bào mòn lợi nhuận của các nhà in bao bì vừa và nhỏ.",
        "2017-06-12",
        "ministry",
        ["tag_blurb", "no_fields"],
    )
    r(
        "Ngành in\n\nIn kỹ thuật số đang giành dần đơn hàng nhãn ngắn kỳ từ máy flexo truyền thống.",
        "2017-06-12",
        "ministry",
        ["tag_blurb", "section_label", "multiline", "no_fields"],
    )
    r(
        "Nhiều nhà in sách ở Việt Nam chuyển hẳn sang in hộp và nhãn hàng vì đơn hàng xuất bản phẩm thu hẹp.",
        "2017-06-12",
        "ministry",
        ["tag_blurb", "vietnam_no_location", "no_fields"],
    )
    r(
        "Tin ngành in: doanh nghiệp in nhãn phía Nam kín đơn hàng đến hết quý IV.",
        "2018-01-03",
        "ministry",
        ["tag_blurb", "quarter_no_date", "no_fields"],
    )
    r(
        "Nhà in bao bì nhỏ lẻ khó trụ nếu không đầu tư xử lý khí thải dung môi.",
        "2018-01-03",
        "ministry",
        ["tag_blurb", "no_fields"],
    )
    r(
        "in ấn bao bì - tin tức mới nhất về ngành in",
        "2018-01-03",
        "ministry",
        ["tag_page", "lowercase", "no_fields"],
    )
    r(
        "nganh in bao bi lo thieu tho may van hanh may in ong dong",
        "2018-02-09",
        "ministry",
        ["tag_page", "unaccented", "no_fields"],
    )
    r(
        "đóng gói\n\nBao bì thực phẩm: dư địa còn rộng\nNhịp tăng 12-18% mỗi năm được dự báo còn kéo dài với bao bì cho thực phẩm chế biến, nhờ chuỗi bán lẻ hiện đại lan rộng.",
        "2019-03-27",
        "ministry",
        ["tag_page", "headline_lead", "percentage_range", "multiline"],
        percentages=[12, 18],
    )
    r(
        "đóng gói\n\nMáy đóng gói nội dần thay hàng nhập\nĐã có xưởng cơ khí trong nước tự chế tạo máy chiết rót, dán nhãn cho các nhà máy nước giải khát.",
        "2019-05-14",
        "ministry",
        ["tag_page", "headline_lead", "multiline", "no_fields"],
    )
    r(
        "đóng gói\n\nBao bì nhựa mềm: doanh nghiệp nội còn giữ khoảng 35% thị phần\nPhần còn lại thuộc về các nhà sản xuất vốn Thái Lan, Nhật Bản và Hàn Quốc.",
        "2019-08-02",
        "ministry",
        ["tag_page", "headline_lead", "percentage", "country_adjective", "multiline"],
        percentages=[35],
        locations=[country("Thái Lan"), country("Nhật Bản"), country("Hàn Quốc")],
    )
    r(
        "Vai trò của bao bì với sản phẩm: 5 chức năng cơ bản",
        "2022-10-30",
        "ministry",
        ["title_page", "count"],
        quantities=[c(5, "chức năng")],
    )
    r(
        "Bao bì đóng gói giữ những chức năng gì trong lưu thông hàng hoá?",
        "2022-10-30",
        "ministry",
        ["title_page", "question", "old_tone", "no_fields"],
    )
    r(
        "Khám phá vai trò của bao bì trong đời sống hằng ngày",
        "2022-10-30",
        "ministry",
        ["title_page", "no_fields"],
    )
    r(
        "vật tư ngành in",
        "2021-07-19",
        "ministry",
        ["tag_page", "lowercase", "no_fields"],
    )
    r(
        "hóa chất ngành in",
        "2021-07-19",
        "ministry",
        ["tag_page", "lowercase", "no_fields"],
    )
    r(
        "giấy phép cơ sở in bao bì tiếp xúc thực phẩm",
        "2021-09-02",
        "ministry",
        ["tag_page", "lowercase", "no_fields"],
    )
    r(
        "luật đầu tư công sửa đổi",
        "2024-12-10",
        "ministry",
        ["keyword_tag", "lowercase", "law_no_number", "no_fields"],
    )
    r(
        "luật doanh nghiệp 2020 mới nhất",
        "2024-12-10",
        "ministry",
        ["keyword_tag", "lowercase", "law_no_number", "no_fields"],
    )
    r(
        "Thái Lan đi trước ta cả chục năm về kiểu dáng hộp và nhãn”, một chuyên gia thiết kế bao bì nhận xét.",
        "2016-04-05",
        "ministry",
        ["tag_blurb", "quote_end", "country"],
        locations=[country("Thái Lan")],
    )
    r(
        "doanh nghiep niem yet chot quyen nhan co tuc bang tien mat tuan toi",
        "2022-06-20",
        "ministry",
        ["tag_page", "unaccented", "no_fields"],
    )
    r(
        "CBTT nghị quyết HĐQT về phương án phát hành cổ phiếu thưởng và tài liệu họp ĐHĐCĐ bất thường năm 2022",
        "2022-08-15",
        "ministry",
        ["title_page", "disclosure_title", "board_acronyms_no_org", "no_fields"],
    )
    r(
        "CBTT ngày đăng ký cuối cùng chi trả cổ tức năm 2021 bằng tiền",
        "2022-08-15",
        "ministry",
        ["title_page", "disclosure_title", "year_only", "no_fields"],
    )
    r(
        "quy định về vật liệu bao gói tiếp xúc trực tiếp với thực phẩm ebook pdf",
        "2020-11-11",
        "ministry",
        ["ebook_tag", "lowercase", "no_fields"],
    )
    r(
        "Thông tư số 05/2019/TT-BKHCN của Bộ Khoa học và Công nghệ hướng dẫn thi hành về nhãn hàng hoá",
        "2019-09-16",
        "legal",
        ["title_page", "decision_no_date", "old_tone"],
        organizations=["Bộ Khoa học và Công nghệ"],
        decisions=[d("05/2019/TT-BKHCN")],
    )
    r(
        "Nghị định 111/2021/NĐ-CP sửa đổi quy định về ghi nhãn hàng hóa",
        "2022-01-06",
        "legal",
        ["title_page", "decision_no_date"],
        decisions=[d("111/2021/NĐ-CP")],
    )
    r(
        "Nghị định số 60/2014/NĐ–CP quy định về hoạt động in  (19/09/2014 )",
        "2014-09-19",
        "legal",
        ["document_list_item", "en_dash_in_code", "posting_date_not_decision_date", "decision_no_date"],
        decisions=[d("60/2014/NĐ-CP")],
    )
    r(
        "Thông tư số 22/2018/TT-BTTTT hướng dẫn Nghị định về hoạt động in  (28/12/2018 )",
        "2018-12-28",
        "legal",
        ["document_list_item", "posting_date_not_decision_date", "decision_no_date"],
        decisions=[d("22/2018/TT-BTTTT")],
    )
    r(
        "download phap luat thong tu 21 2019 tt bkhcn quy dinh ghi nhan hang hoa xuat khau",
        "2019-12-02",
        "ministry",
        ["download_slug", "unaccented", "unaccented_code_no_decision", "no_fields"],
    )
    r(
        "1. Phân biệt theo loại ấn phẩm: – Sách, lịch, catalogue, hộp giấy… phần lớn là in offset. – Màng ghép túi cà phê, gói mì, bột giặt… thường in ống đồng.",
        "2015-08-24",
        "ministry",
        ["tag_page", "numbered_tip", "dash_bullets", "no_fields"],
    )
    r(
        "thuế nhập khẩu mực in",
        "2023-02-27",
        "ministry",
        ["tag_page", "lowercase", "no_fields"],
    )
    r(
        "Tags:\n\nHoa Phong Pack\n\n  • Di dời thí điểm nhà máy bao bì đầu tiên khỏi khu công nghiệp cũ nhất Đồng Nai\n\n    Công ty TNHH Bao bì Hoa Phong, doanh nghiệp vốn nước ngoài có 2 nhà máy và hơn 1.400 lao động tại Khu công nghiệp Biên Hòa 1, được tỉnh Đồng Nai chọn di dời thí điểm theo đề án chuyển đổi khu công nghiệp này.",
        "2019-07-11",
        "provincial",
        ["tag_page", "tag_firm", "relocation_no_deal", "count", "approx", "multiline"],
        firms=[f("Hoa Phong Pack"), f("Bao bì Hoa Phong", "Công ty TNHH")],
        provinces=[pv("Đồng Nai")],
        locations=[park("Khu công nghiệp Biên Hòa 1")],
        quantities=[c(2, "nhà máy"), c(1400, "lao động", True)],
    )
    r(
        "Tags:\n\nbao bì giấy xuất khẩu\n\n  • Doanh nghiệp bao bì Bình Dương xin gia hạn nộp thuế vì đơn hàng chậm",
        "2023-05-30",
        "provincial",
        ["tag_page", "headline_only", "multiline", "nfd"],
        provinces=[pv("Bình Dương")],
    )

    # --- Explainers, service and price pages, a contract template, a forum post, a shareholder notice, logistics
    # blogs (S3 r3-r4, S5 r2, S8 r3-r4, S9 r2, S10 r4, S11 r1-r3, S16 r3-r4: 12 slots; S3 r4 in Persian, rendered here
    # in Vietnamese) ---
    r(
        "Dù in thẳng lên vỏ hộp hay dán, đính, khắc trên vật liệu kèm theo, mọi chữ, hình vẽ, hình ảnh mang thông tin về món hàng đều được pháp luật coi là nhãn hàng hoá.",
        "2020-05-18",
        "ministry",
        ["explainer", "definition", "old_tone", "no_fields"],
    )
    r(
        "– Lớp mặt in quyết định tên gọi của tem: decal giấy, decal nhựa PP, decal trong, decal xi bạc, decal vỡ hay tem hologram chống giả.\n– Dưới lớp mặt là lớp keo tự dính, dưới cùng là lớp đế.",
        "2020-05-18",
        "ministry",
        ["explainer", "dash_bullets", "multiline", "no_fields"],
    )
    r(
        "Thường thấy trên tem nhãn: tên hàng, tên và địa chỉ đơn vị chịu trách nhiệm, định lượng, ngày sản xuất, hạn dùng; thông tin thêm được phép nếu không trái luật.",
        "2020-05-18",
        "ministry",
        ["explainer", "list_in_prose", "no_fields"],
    )
    r(
        "Nhãn gốc tiếng nước ngoài phải được giữ nguyên; muốn bán ở Việt Nam, nhà nhập khẩu dán thêm nhãn phụ bằng tiếng Việt với đủ nội dung bắt buộc.",
        "2020-05-18",
        "ministry",
        ["explainer", "vietnam_no_location", "no_fields"],
    )
    r(
        "Máy in nhãn hay máy in mã vạch là công cụ của khâu dán nhãn, đóng gói: nhãn được thiết kế, in rồi gắn lên hàng hoặc bao bì, mang thông tin riêng của từng món bằng chữ, hình hay mã vạch.",
        "2021-02-08",
        "ministry",
        ["foreign_language_rendered", "definition", "no_fields"],
    )
    r(
        "Giấy chứng nhận đăng ký đầu tư là gì, xin ở đâu và mất bao lâu? Bài viết dưới đây sẽ giải đáp từng bước.",
        "2024-10-21",
        "ministry",
        ["consultancy_explainer", "question", "no_fields"],
    )
    r(
        "Tổng quan về giấy chứng nhận đăng ký đầu tư\nBản giấy hay bản điện tử đều có giá trị như nhau; nội dung chính là thông tin dự án mà nhà đầu tư đã đăng ký.",
        "2024-10-21",
        "ministry",
        ["consultancy_explainer", "subheading", "multiline", "no_fields"],
    )
    r(
        "Miễn, giảm thuế thu nhập, giảm tiền thuê đất, vay vốn ưu đãi: nhà đầu tư vào sản xuất có thể được hưởng một hay nhiều ưu đãi như vậy, nhưng trước hết phải có giấy chứng nhận đăng ký đầu tư.",
        "2024-10-21",
        "ministry",
        ["consultancy_explainer", "incentive_list", "no_fields"],
    )
    r(
        "Căn cứ pháp lý:\n- Luật Đầu tư năm 2020;\n- Nghị định số 31/2021/NĐ-CP hướng dẫn Luật Đầu tư;\n- Thông tư 03/2021/TT-BKHĐT quy định mẫu văn bản, báo cáo.",
        "2024-10-21",
        "legal",
        ["consultancy_explainer", "legal_basis_list", "law_no_number", "decision_no_date", "multiline"],
        decisions=[d("31/2021/NĐ-CP"), d("03/2021/TT-BKHĐT")],
    )
    r(
        "Riêng 9 tháng đầu năm 2024, thêm 1.762(2) dự án FDI được cấp giấy chứng nhận đăng ký đầu tư, theo số liệu chúng tôi tổng hợp.",
        "2024-10-21",
        "ministry",
        ["consultancy_explainer", "footnote_marker", "count", "statistics"],
        quantities=[c(1762, "dự án FDI")],
    )
    r(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n\nHỢP ĐỒNG GIA CÔNG IN NHÃN VÀ HỘP GIẤY\nSố: ....../2025/HĐGC-INH",
        "2025-03-18",
        "legal",
        ["contract_template", "caps", "blank_number", "multiline", "no_fields"],
    )
    r(
        "Hôm nay, ngày 18 tháng 3 năm 2025, tại Thuận An, Bình Dương, chúng tôi gồm có:",
        "2025-03-18",
        "legal",
        ["contract_template", "date_place_line", "bare_place_nothing", "nfd"],
        provinces=[pv("Bình Dương")],
    )
    r(
        "Căn cứ Luật Thương mại số 36/2005/QH11 ngày 14/6/2005 của Quốc hội;\nCăn cứ Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015;\nCăn cứ vào nhu cầu của Bên đặt in và khả năng của Bên nhận in,",
        "2025-03-18",
        "legal",
        ["contract_template", "legal_basis_list", "decision_date", "multiline"],
        organizations=["Quốc hội"],
        decisions=[d("36/2005/QH11", "2005-06-14"), d("91/2015/QH13", "2015-11-24")],
    )
    r(
        "BÊN A (BÊN ĐẶT IN):\n• Tên doanh nghiệp: ..........................\n• Mã số thuế: ..........................\n• Người đại diện: ................ Chức vụ: ................",
        "2025-03-18",
        "legal",
        ["contract_template", "blank_fields", "multiline", "no_fields"],
    )
    r(
        "Hai bên thoả thuận như sau:\nĐIỀU 1. NỘI DUNG CÔNG VIỆC\nBên B nhận in 50.000 hộp giấy Ivory 350gsm theo mẫu Bên A duyệt, đơn giá 2.150 đồng/hộp, giao trong 20 ngày kể từ ngày duyệt mẫu.",
        "2025-03-18",
        "legal",
        [
            "contract_template",
            "example_figures",
            "template_parties_no_deal",
            "price_per_unit",
            "old_tone",
            "duration_no_count",
            "multiline",
        ],
        quantities=[c(50000, "hộp giấy")],
        money=[m(2150, "VND", "hộp")],
    )
    r(
        "Thanhhuong_pack\nThành viên mới\n- Tham gia\n- 3 Tháng tư 2024\n- Bài viết\n- 58\nKý hợp đồng in hộp giấy với xưởng nhỏ cần lưu ý những gì để khỏi bị giao hàng trễ?",
        "2024-06-02",
        "ministry",
        ["forum_post", "user_name_no_person", "profile_counters", "multiline", "no_fields"],
    )
    r(
        "Thông tin các bên\n- Bên nhận in: tên xưởng, địa chỉ, mã số thuế, người đại diện.\n- Bên đặt in: tên doanh nghiệp, người liên hệ, số điện thoại.",
        "2024-06-02",
        "ministry",
        ["forum_post", "dash_bullets", "multiline", "no_fields"],
    )
    r(
        "1. Số lượng cổ phiếu dự kiến mua lại làm cổ phiếu quỹ: 850.000 cổ phiếu\n2. Nguồn vốn: thặng dư vốn cổ phần và lợi nhuận sau thuế chưa phân phối đến 31/12/2019\n3. Giá mua tối đa: 14.500 đồng/cổ phiếu",
        "2020-03-30",
        "ministry",
        ["shareholder_notice", "treasury_shares_no_deal", "numbered_list", "price_per_share", "multiline"],
        quantities=[c(850000, "cổ phiếu")],
        money=[m(14500, "VND", "cổ phiếu")],
    )
    r(
        "4. Đối tượng được bán: cổ đông có tên trong danh sách do Công ty CP Bao bì Xuất nhập khẩu Phú Lâm cung cấp, trừ người nội bộ và cổ đông lớn.\n5. Thời gian đăng ký bán và giao dịch: từ 09/04/2020 đến 17/04/2020.\n\nMẫu giấy ủy quyền.doc\nGiấy đề nghị bán cổ phiếu.docx",
        "2020-03-30",
        "ministry",
        ["shareholder_notice", "numbered_list", "attachment_names", "date_range_no_deal", "multiline"],
        firms=[f("Bao bì Xuất nhập khẩu Phú Lâm", "Công ty CP")],
    )
    r(
        "Mực in…tiêuchuẩnmựcinbaobìnhậnđịnhbóngđá dùng cho bao bì thực phẩm phải bám được trên nhựa, giấy lẫn màng nhôm mà không làm nhoè số lô hay hạn dùng.",
        "2024-03-06",
        "ministry",
        ["explainer", "spam_string_spliced", "old_tone", "no_fields"],
    )
    r(
        "Cuối năm 2023, ngành bao bì mới có bộ tiêu chuẩn quốc gia đầu tiên riêng cho mực in bao bì thực phẩm, TCVN 13928:2023, trong khi dung môi tồn dư trong mực đã bị cảnh báo từ lâu.",
        "2024-03-06",
        "ministry",
        ["explainer", "standard_no_decision", "no_fields"],
    )
    r(
        "Mực kém chất lượng có thể thôi nhiễm vào thực phẩm và ảnh hưởng sức khoẻ người dùng, nhất là với bao bì đựng đồ ăn nóng hay dầu mỡ.",
        "2024-03-06",
        "ministry",
        ["explainer", "old_tone", "no_fields"],
    )
    r(
        "DỊCH VỤ ĐĂNG KÝ MÃ VẠCH CHO SẢN PHẨM\n\nDỊCH VỤ ĐĂNG KÝ MÃ VẠCH CHO SẢN PHẨM\n\nI. CĂN CỨ PHÁP LÝ\n– Nghị định 13/2022/NĐ-CP sửa đổi Nghị định 132/2008/NĐ-CP;\n– Thông tư 10/2020/TT-BKHCN hướng dẫn về mã số, mã vạch;\n– Thông tư 232/2016/TT-BTC về phí cấp mã số mã vạch.",
        "2022-07-25",
        "legal",
        ["service_page", "caps_heading_repeated", "legal_basis_list", "decision_no_date", "multiline"],
        decisions=[
            d("13/2022/NĐ-CP"),
            d("132/2008/NĐ-CP"),
            d("10/2020/TT-BKHCN"),
            d("232/2016/TT-BTC"),
        ],
    )
    r(
        "II. MÃ SỐ, MÃ VẠCH LÀ GÌ?\n1. Định nghĩa\nSản phẩm, dịch vụ, địa điểm, tổ chức hay cá nhân đều có thể được định danh bằng một dãy số hoặc chữ, gọi là mã số (khoản 1 Điều 3 Thông tư 10/2020/TT-BKHCN).",
        "2022-07-25",
        "legal",
        ["service_page", "clause_citation", "decision_no_date", "multiline"],
        decisions=[d("10/2020/TT-BKHCN")],
    )
    r(
        "Vạch một chiều, mã QR hay thẻ RFID đều là mã vạch theo nghĩa của khoản 2 Điều 3 Thông tư 10/2020/TT-BKHCN: chúng chở thông tin của mã số.",
        "2022-07-25",
        "legal",
        ["service_page", "clause_citation", "decision_no_date"],
        decisions=[d("10/2020/TT-BKHCN")],
    )
    r(
        "Mã vạch có bắt buộc không? Doanh nghiệp sản xuất trong nước không buộc phải đăng ký, trừ khi siêu thị hoặc đối tác nước ngoài đòi hỏi.",
        "2022-07-25",
        "ministry",
        ["service_page", "question", "no_fields"],
    )
    r(
        "Giá in tem phụ tuỳ chất liệu, kích thước và số lượng đặt; đặt càng nhiều, mỗi tem càng rẻ.",
        "2025-01-14",
        "ministry",
        ["price_page", "old_tone", "no_fields"],
    )
    r(
        "BẢNG GIÁ IN TEM PHỤ DECAL NHỰA PP\n| Kích thước (cm) | 1.000 tem | 3.000 tem | 10.000 tem |\n| 3 × 5 | 520đ | 360đ | 240đ |\n| 4 × 6 | 610đ | 430đ | 290đ |",
        "2025-01-14",
        "ministry",
        ["price_table", "pipe_table", "dimensions_no_count", "count", "multiline"],
        quantities=[c(1000, "tem"), c(3000, "tem"), c(10000, "tem")],
        money=[
            m(520, "VND"),
            m(360, "VND"),
            m(240, "VND"),
            m(610, "VND"),
            m(430, "VND"),
            m(290, "VND"),
        ],
    )
    r(
        "BẢNG GIÁ IN TEM PHỤ DECAL GIẤY\n| Kích thước (cm) | Hình dáng | 500 tem | 2.000 tem |\n| 2 × 4 | Chữ nhật | 390đ | 200đ |\n| Ø 3 | Tròn | 430đ | 230đ |",
        "2025-01-14",
        "ministry",
        ["price_table", "pipe_table", "dimensions_no_count", "count", "multiline"],
        quantities=[c(500, "tem"), c(2000, "tem")],
        money=[m(390, "VND"), m(200, "VND"), m(430, "VND"), m(230, "VND")],
    )
    r(
        "Thông số in tem phụ thường gặp:\nDecal giấy hoặc decal nhựa, in một mặt.\nMáy in kỹ thuật số, đủ bốn màu.\nCắt bế demi đúng khuôn khách chọn.",
        "2025-01-14",
        "ministry",
        ["explainer", "spec_list", "count_in_words", "multiline", "no_fields"],
    )
    r(
        "Nhờ tem phụ, hải quan, quản lý thị trường lẫn người mua đều dễ phân biệt hàng nhập chính ngạch với hàng lậu.",
        "2025-01-14",
        "ministry",
        ["explainer", "no_fields"],
    )
    r(
        "Tư Vấn Nhập Khẩu\n\nNhập mực in về Việt Nam: hồ sơ, thuế và kiểm tra\n\nẢnh 1: Bột màu phân tán trong dầu liên kết tạo nên mực in",
        "2023-11-07",
        "ministry",
        [
            "logistics_explainer",
            "section_label",
            "image_caption",
            "vietnam_no_location",
            "multiline",
            "no_fields",
        ],
    )
    r(
        "Chất liên kết, dung môi, chất tạo màu và phụ gia trộn theo tỷ lệ nào sẽ quyết định bản in đẹp hay xấu.\n\nẢnh 2: Mực in dùng nhiều nhất trong in bao bì",
        "2023-11-07",
        "ministry",
        ["logistics_explainer", "image_caption", "multiline", "no_fields"],
    )
    r(
        "Thông quan chỉ xong khi thuế đã nộp và hải quan đã kiểm tra; các bước này đi theo khoản 5 Điều 1 Thông tư 39/2018/TT-BTC.",
        "2023-11-07",
        "legal",
        ["logistics_explainer", "clause_citation", "decision_no_date"],
        decisions=[d("39/2018/TT-BTC")],
    )
    r(
        "12/03/2025 Read 5 minutes\n\nGet In Touch\n\n(+84) 24 3799 1234\n\nThủ tục nhập khẩu mực in năm 2025",
        "2025-03-12",
        "ministry",
        ["logistics_blog", "page_chrome", "phone_number", "multiline", "no_fields"],
    )
    r(
        "Nhóm HS 3215 là nơi khai mực in; mặt hàng này được nhập như hàng thông thường, không bị cấm và không qua kiểm tra chuyên ngành theo Nghị định 69/2018/NĐ-CP.",
        "2025-03-12",
        "legal",
        ["logistics_blog", "hs_code_nothing", "decision_no_date", "nfd"],
        decisions=[d("69/2018/NĐ-CP")],
    )
    r(
        "Mực nhập kèm dung môi thì doanh nghiệp nên soát lại xem dung môi ấy có nằm trong danh mục hóa chất phải khai báo hay không.",
        "2025-03-12",
        "ministry",
        ["logistics_blog", "no_fields"],
    )

    # --- A course paper in broken encoding and a sector report in a broken font (S4 r4, S15 r3: 2 slots) ---
    r(
        "B  CÔNG TH Ộ ƯƠ NG\nTR ƯỜ NG Đ I H C CÔNG NGHI P TH C PH M TP.HCM Ạ Ọ Ệ Ự Ẩ\nMÔN : CÔNG NGH  BAO BÌ Ệ\nĐ  TÀI: M C IN TRÊN BAO BÌ TH C PH M Ự Ự Ẩ",
        "2019-12-05",
        "ministry",
        ["course_paper", "broken_encoding", "illegible_names_nothing", "multiline"],
        provinces=[pv("Hồ Chí Minh")],
    )
    r(
        "GVHD: TR N TH  THU HÀ Ầ Ị\nSVTH:\n1.Lê Văn Khoa 2005180123 2.Ph m Th  Ng c Mai 2005180456 ạ ị ọ\nTp.HCM, ngày 05 tháng 12 năm 2019",
        "2019-12-05",
        "ministry",
        ["course_paper", "broken_encoding", "student_ids_no_count", "legible_name_person", "multiline"],
        persons=[per("Lê Văn Khoa", None)],
        provinces=[pv("Hồ Chí Minh")],
    )
    r(
        "Trang 2L I C M N Ờ Ả Ơ\nNhóm chúng em xin c m  n th y cô Vi n Công ngh  Th c ph m đã t o đi u ki n cho chúng em hoàn thành bài ti u lu n này.",
        "2019-12-05",
        "ministry",
        ["course_paper", "broken_encoding", "illegible_names_nothing", "multiline", "no_fields"],
    )
    r(
        "M C L C\nI GI I THI U: 3\n1 Đ c tính c a m c in: 3\nII QUY TRÌNH IN: 5\nIII KI M TRA CH T L NG: 8",
        "2019-12-05",
        "ministry",
        [
            "course_paper",
            "broken_encoding",
            "table_of_contents",
            "page_numbers_nothing",
            "multiline",
            "no_fields",
        ],
    )
    r(
        "Hà Nội 23%, TP HCM tới 58%: đó là tỷ trọng vốn đầu tƣ năm 2013 của 118 đơn vị in đƣợc khảo sát, tổng cộng 512 tỷ đồng (tƣơng đƣơng 24 triệu USD); các vùng khác chỉ 19%.",
        "2014-06-10",
        "ministry",
        ["report_excerpt", "broken_font", "statistics", "percentage", "count", "bracketed_conversion"],
        provinces=[pv("Hà Nội"), pv("Hồ Chí Minh")],
        percentages=[23, 58, 19],
        quantities=[c(118, "đơn vị in")],
        money=[m(512 * B, "VND"), m(24 * M, "USD")],
    )
    r(
        "27\nCần khoảng 120-180 triệu USD vốn mới mỗi năm, chủ yếu cho máy móc, nếu ngành in muốn giữ mức tăng sản lƣợng 6-9%.",
        "2014-06-10",
        "ministry",
        ["report_excerpt", "broken_font", "page_number_line", "range", "approx", "per_year", "multiline"],
        percentages=[6, 9],
        money=[m(120 * M, "USD", "năm", True), m(180 * M, "USD", "năm", True)],
    )
    r(
        "Hộp mỹ phẩm phủ UV định hình, lịch ép kim, bao bì quà tặng hiệu ứng bóng - mờ: không ít sản phẩm như thế ra đời từ máy cũ của các xƣởng tƣ nhân.",
        "2014-06-10",
        "ministry",
        ["report_excerpt", "broken_font", "no_fields"],
    )

    # --- Japanese trade news on two ink makers (S19 r1-r3: 3 slots, one a duplicate; rendered here in Vietnamese) ---
    r(
        "21/06/2007\nHãng hóa chất Nhật lập công ty mực in ở Việt Nam\n【Chuyên mục】: Kinh doanh (nước ngoài)\nMột xưởng mực in 4.000 tấn/năm trong KCN VSIP Hải Phòng sẽ là cơ sở sản xuất đầu tiên ở Việt Nam của Tập đoàn Hokuyo Kagaku (Nhật Bản): hãng ngày 21 công bố đã lập Hokuyo Ink Vietnam Co., Ltd. với vốn 2 triệu USD, dự kiến chạy máy đầu năm sau.",
        "2007-06-21",
        "ministry",
        [
            "foreign_language_rendered",
            "category_line",
            "announced_investment",
            "object_first",
            "subsidiary_vietnam_dropped",
            "province_in_park_name",
            "capacity_no_count",
            "country_short_form",
            "multiline",
        ],
        firms=[f("Hokuyo Kagaku", "Tập đoàn"), f("Hokuyo Ink", "Co., Ltd.")],
        provinces=[pv("Hải Phòng")],
        locations=[park("Khu công nghiệp VSIP Hải Phòng"), country("Nhật"), country("Nhật Bản")],
        money=[m(2 * M, "USD")],
        deals=[deal("investment", ["Hokuyo Kagaku"], 2 * M, HP)],
        events=[ev("investment_announcement", [F("Hokuyo Kagaku")], 2 * M, "USD", HP, "announced")],
    )
    r(
        "Doanh thu khoảng 1,5 tỷ yên vào năm 2010 là mục tiêu của công ty con; lâu nay hàng cho khách Việt Nam vẫn đi từ hai nhà máy của tập đoàn ở Malaysia và Indonesia.",
        "2007-06-21",
        "ministry",
        ["foreign_language_rendered", "sales_target", "yen", "approx", "country"],
        locations=[country("Malaysia"), country("Indonesia")],
        money=[m(1.5 * B, "JPY", approx=True)],
    )
    r(
        "Mức sống tăng, hàng xuất khẩu nhiều lên, nên nhu cầu in bao bì ở Việt Nam đang lớn rất nhanh, hãng nhận định.",
        "2007-06-21",
        "ministry",
        ["foreign_language_rendered", "vietnam_no_location", "no_fields"],
    )
    r(
        "[Việt Nam] Tomoe Inks khai trương nhà máy mới ở miền Bắc (2021/09/14)\nNhà máy mực in mới ở tỉnh Bắc Ninh đã đi vào hoạt động, hãng mực Tomoe Inks của Nhật Bản cho biết hôm 13; cùng hai xưởng ở Bình Dương, đây là cơ sở thứ ba của hãng tại Việt Nam.",
        "2021-09-14",
        "ministry",
        [
            "foreign_language_rendered",
            "inauguration_no_capital",
            "object_first",
            "bracket_label",
            "ordinal_no_count",
            "count_in_words",
            "region_no_location",
            "multiline",
            "nfd",
        ],
        firms=[f("Tomoe Inks")],
        provinces=[pv("Bắc Ninh"), pv("Bình Dương")],
        locations=[country("Nhật Bản")],
        events=[ev("inauguration", [F("Tomoe Inks")], None, None, BN, "completed")],
    )
    r(
        "Từ tháng 7, mực gốc nước cho bao bì được chuyển hẳn sang nhà máy mới để nâng công suất; xưởng cũ chỉ còn làm mực gốc dung môi.",
        "2021-09-14",
        "ministry",
        ["foreign_language_rendered", "month_no_date", "no_fields"],
    )
    r(
        "Nhà máy đầu tiên ở KCN Yên Phong từng cháy rụi hồi tháng 3/2016 rồi được dựng lại năm sau; lần này hãng từ chối nêu vốn và công suất.",
        "2021-09-14",
        "ministry",
        ["foreign_language_rendered", "undisclosed_amount", "fire_history_no_deal", "month_no_date"],
        locations=[park("Khu công nghiệp Yên Phong")],
    )

    # --- Vietnamese news: a provincial committee hands a Japanese printing group its certificate (S1 r2, S13 r1,
    # S15 r4: one story in three slots) ---
    r(
        "06:30 21/08/2013\n\nHãng in Kanemori (Nhật Bản) nhận giấy chứng nhận cho dự án 28 triệu USD\n\nChiều 20/8, Tập đoàn Kanemori Printing (Nhật Bản), doanh nghiệp làm nhãn in, màng ghép và bao bì mềm cho hàng tiêu dùng, đã nhận giấy chứng nhận đầu tư từ UBND tỉnh Đồng Nai.",
        "2013-08-21",
        "provincial",
        [
            "timestamp_line",
            "headline_lead",
            "licence_with_grantor",
            "received_from",
            "headline_amount",
            "short_name_in_headline",
            "country_bracket",
            "deal_date",
            "year_inferred",
            "multiline",
        ],
        firms=[f("Kanemori"), f("Kanemori Printing", "Tập đoàn")],
        organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
        provinces=[pv("Đồng Nai")],
        locations=[country("Nhật Bản")],
        money=[m(28 * M, "USD")],
        deals=[deal("investment", ["Kanemori Printing"], 28 * M, DNai, "2013-08-20")],
        events=[
            ev(
                "investment_licence",
                [G("UBND tỉnh Đồng Nai"), F("Kanemori Printing")],
                28 * M,
                "USD",
                DNai,
                "licensed",
            )
        ],
    )
    r(
        "Nhà máy màng ghép phức hợp cho bao bì thực phẩm sẽ đặt ở KCN Nhơn Trạch 3 (huyện Nhơn Trạch); 28 triệu USD là vốn giai đoạn đầu, giai đoạn hai chưa công bố.",
        "2013-08-21",
        "provincial",
        ["plant_details_no_firm", "object_first", "district", "count_in_words"],
        locations=[park("Khu công nghiệp Nhơn Trạch 3"), district("huyện Nhơn Trạch")],
        money=[m(28 * M, "USD")],
    )
    r(
        "Tỉnh trông vào dự án để các nhà máy thực phẩm, đồ uống quanh vùng bớt phải nhập màng bao bì.\n\nNguyễn Quốc Bảo",
        "2013-08-21",
        "provincial",
        ["expectation", "byline", "multiline"],
        persons=[per("Nguyễn Quốc Bảo", None)],
    )

    # --- Vietnamese news: a committee approves a Korean carton plant in a cluster (S1 r4, S12 r1-r2: one story in
    # three slots, once as a print page) ---
    r(
        "Đầu tư dự án sản xuất thùng carton tại Cụm công nghiệp Bình Nguyên\n\nMINH KHÁNH |\n\nNhà máy thùng carton 3 lớp và 5 lớp rộng 1,6ha của Công ty TNHH Bao bì Daehan Vina sẽ mọc lên ở Cụm công nghiệp Bình Nguyên (xã Bình Nguyên, huyện Bình Sơn) sau khi UBND tỉnh Quảng Ngãi ký quyết định chấp thuận chủ trương đầu tư ngày 14.9.",
        "2016-09-15",
        "provincial",
        [
            "headline_lead",
            "byline_caps",
            "policy_approval_licence",
            "object_first",
            "vina_dropped",
            "cluster",
            "district",
            "commune_nothing",
            "layer_count_no_count",
            "area",
            "dot_date",
            "deal_date",
            "year_inferred",
            "multiline",
        ],
        persons=[per("Minh Khánh", None)],
        firms=[f("Bao bì Daehan", "Công ty TNHH")],
        organizations=["Ủy ban nhân dân tỉnh Quảng Ngãi"],
        provinces=[pv("Quảng Ngãi")],
        locations=[park("Cụm công nghiệp Bình Nguyên"), district("huyện Bình Sơn")],
        areas=[ha(1.6)],
        deals=[deal("investment", ["Bao bì Daehan"], None, QNg, "2016-09-14")],
        events=[
            ev(
                "investment_licence",
                [G("UBND tỉnh Quảng Ngãi"), F("Bao bì Daehan")],
                None,
                None,
                QNg,
                "licensed",
            )
        ],
    )
    r(
        "Công suất thiết kế 25 nghìn tấn sản phẩm/năm, gồm thùng và hộp carton in sẵn; dự án không được làm bột giấy hay in lên kim loại, hàng dệt.",
        "2016-09-15",
        "provincial",
        ["project_scope", "capacity_no_count", "no_fields"],
    )
    r(
        "MINH KHÁNH 15/09/2016 08:40\n\nChỉ khoảng 8,2 tỷ đồng là vốn tự có; phần lớn trong hơn 52 tỷ đồng của dự án sẽ đến từ ngân hàng hoặc công ty mẹ bên Hàn Quốc.",
        "2016-09-15",
        "provincial",
        ["print_page", "byline_timestamp", "capital_split_no_firm", "approx", "country", "multiline", "nfd"],
        persons=[per("Minh Khánh", None)],
        money=[m(8.2 * B, "VND", approx=True), m(52 * B, "VND", approx=True)],
        locations=[country("Hàn Quốc")],
    )

    # --- Vietnamese news: a Hong Kong firm's packaging plant approved in a Hưng Yên cluster, relayed from another
    # paper (S12 r3) ---
    r(
        "Hằng Phát Holding rót 365 tỷ đồng làm nhà máy bao bì ở Hưng Yên\n\nTHỨ NĂM, 14/11/2019 09:05:12\n\nUBND tỉnh Hưng Yên vừa chấp thuận chủ trương đầu tư cho Công ty TNHH Hằng Phát Holding (Hồng Kông) làm dự án Nhà máy sản xuất và gia công bao bì Hằng Phát.",
        "2019-11-14",
        "provincial",
        [
            "headline_lead",
            "caps_weekday_timestamp",
            "policy_approval_licence",
            "headline_amount",
            "holding_in_name",
            "plant_name_no_firm",
            "country_bracket",
            "multiline",
        ],
        firms=[f("Hằng Phát Holding", "Công ty TNHH")],
        organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
        provinces=[pv("Hưng Yên")],
        locations=[country("Hồng Kông")],
        money=[m(365 * B, "VND")],
        deals=[deal("investment", ["Hằng Phát Holding"], 365 * B, HY)],
        events=[
            ev(
                "investment_licence",
                [G("UBND tỉnh Hưng Yên"), F("Hằng Phát Holding")],
                365 * B,
                "VND",
                HY,
                "licensed",
            )
        ],
    )
    r(
        "Vốn chủ sở hữu 121 tỷ đồng, bằng 33,2% trong tổng số 365 tỷ đồng (khoảng 15,7 triệu USD) của dự án; thời hạn hoạt động là 50 năm.",
        "2019-11-14",
        "provincial",
        ["project_terms", "no_firm", "percentage", "approx", "duration_no_count"],
        money=[m(121 * B, "VND"), m(365 * B, "VND"), m(15.7 * M, "USD", approx=True)],
        percentages=[33.2],
    )
    r(
        "Cụm công nghiệp Nghĩa Hiệp ở xã Nghĩa Hiệp (Yên Mỹ) sẽ dành 62.460 m2 cho nhà máy.\n\nTheo báo Đầu tư",
        "2019-11-14",
        "provincial",
        [
            "site_line",
            "m2_to_ha",
            "cluster",
            "bare_district_name_nothing",
            "source_line_nothing",
            "multiline",
        ],
        areas=[ha(6.246)],
        locations=[park("Cụm công nghiệp Nghĩa Hiệp")],
    )

    # --- Vietnamese news: a paper-bag and tray plant starts operation in Bắc Giang (S12 r4) ---
    r(
        "Bắc Giang có thêm nhà máy bao bì giấy thay túi nhựa\n\n14/02/2021 10:32\nTúi giấy, khay giấy và hộp bìa là sản phẩm chính của nhà máy mới, công suất khoảng 16.000 tấn/năm, tương đương chừng 40 triệu hộp/năm.",
        "2021-02-14",
        "provincial",
        ["headline_lead", "timestamp_line", "capacity_no_count", "multiline"],
        provinces=[pv("Bắc Giang")],
    )
    r(
        "Tốn hơn 190 tỷ đồng (khoảng 8,2 triệu USD) cho giai đoạn 1 trên 15.000 m2 đất trong KCN Song Khê - Nội Hoàng, nhà máy của Công ty CP In và Bao bì Thiên Long đã chạy chính thức từ ngày 10/2.",
        "2021-02-14",
        "provincial",
        [
            "inauguration_with_capital",
            "amount_first",
            "bracketed_conversion",
            "approx",
            "m2_to_ha",
            "park_with_dash",
            "deal_date",
            "year_inferred",
            "no_site",
        ],
        firms=[f("In và Bao bì Thiên Long", "Công ty CP")],
        money=[m(190 * B, "VND", approx=True), m(8.2 * M, "USD", approx=True)],
        areas=[ha(1.5)],
        locations=[park("Khu công nghiệp Song Khê - Nội Hoàng")],
        deals=[deal("investment", ["In và Bao bì Thiên Long"], 190 * B, None, "2021-02-10")],
        events=[ev("inauguration", [F("In và Bao bì Thiên Long")], 190 * B, "VND", None, "completed")],
    )
    r(
        "Khách hàng lớn bỏ túi nilon nhanh hơn dự tính, ông Đỗ Quang Thịnh, Chủ tịch HĐQT Công ty CP In và Bao bì Thiên Long, nói, và đó là lý do công ty chọn làm bao bì giấy thay vì mở thêm dây chuyền màng nhựa.",
        "2021-02-14",
        "provincial",
        ["person_role_after", "quote_first"],
        persons=[per("Đỗ Quang Thịnh", "Chủ tịch HĐQT Công ty CP In và Bao bì Thiên Long")],
        firms=[f("In và Bao bì Thiên Long", "Công ty CP")],
    )
    r(
        "Lô hàng xuất đầu tiên dự kiến đi Nhật Bản trong quý II, sau đó là Mỹ, ông Thịnh cho biết.",
        "2021-02-14",
        "provincial",
        ["plan_no_deal", "given_name_alone_no_person", "quarter_no_date", "country", "nfd"],
        locations=[country("Nhật Bản"), country("Mỹ")],
    )
    r(
        "842 dự án, trong đó 605 dự án FDI, đã được Ban Quản lý các KCN tỉnh Bắc Giang cấp phép tính đến nay, tổng vốn đăng ký 11.365,2 triệu USD, ông Lê Minh Tuấn, Phó Trưởng ban, cho biết.",
        "2021-02-14",
        "provincial",
        ["statistics", "count_first", "person_role_after", "org_expanded", "count", "decimal_million"],
        persons=[per("Lê Minh Tuấn", "Phó Trưởng ban")],
        organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang"],
        provinces=[pv("Bắc Giang")],
        quantities=[c(842, "dự án"), c(605, "dự án FDI")],
        money=[m(11365.2 * M, "USD")],
    )

    # --- Vietnamese news: a city printing association's congress after a merger, told by two papers (S7 r2-r3) ---
    r(
        " date 2025-12-15 Việc Hội In tỉnh Bà Rịa - Vũng Tàu sáp nhập vào Hội In TP.HCM được chính thức hóa tại đại hội nhiệm kỳ 2025-2030 của hội, khai mạc ngày 14-12.",
        "2025-12-15",
        "ministry",
        ["page_date_chrome", "association_merger_no_deal", "province_in_org_name"],
        organizations=["Hội In tỉnh Bà Rịa - Vũng Tàu", "Hội In TP.HCM"],
        provinces=[pv("Bà Rịa - Vũng Tàu"), pv("Hồ Chí Minh")],
    )
    r(
        "Bà Trịnh Thu Ngân giữ ghế Chủ tịch Hội In TP.HCM khóa mới; giúp việc cho bà là ba Phó Chủ tịch Phan Hữu Lộc, Đào Minh Kha, Võ Thị Hạnh, trong một Ban Chấp hành 27 ủy viên.",
        "2025-12-15",
        "ministry",
        ["election", "plural_role_before_names", "count", "count_in_words"],
        persons=[
            per("Trịnh Thu Ngân", "Chủ tịch Hội In TP.HCM"),
            per("Phan Hữu Lộc", "Phó Chủ tịch"),
            per("Đào Minh Kha", "Phó Chủ tịch"),
            per("Võ Thị Hạnh", "Phó Chủ tịch"),
        ],
        organizations=["Hội In TP.HCM"],
        provinces=[pv("Hồ Chí Minh")],
        quantities=[c(27, "ủy viên")],
    )
    r(
        "“In xanh” theo chuẩn ESG và EUDR, chuyển đổi số, đào tạo người làm nghề là ba trong bảy định hướng của nhiệm kỳ; hội hiện có 318 hội viên.",
        "2025-12-15",
        "ministry",
        ["association_plan", "count", "count_in_words", "acronyms_no_org"],
        quantities=[c(318, "hội viên")],
    )
    r(
        "Ông Hồ Văn Tài, Cục trưởng Cục Xuất bản, In và Phát hành, muốn hội đi theo hướng “liên kết - chuẩn mực - đi đầu” để kéo cả doanh nghiệp ngoài ngành vào cuộc.",
        "2025-12-15",
        "ministry",
        ["person_role_after", "comma_in_org_name", "quote_phrase"],
        persons=[per("Hồ Văn Tài", "Cục trưởng Cục Xuất bản, In và Phát hành")],
        organizations=["Cục Xuất bản, In và Phát hành"],
    )
    r(
        "Vật tư\n\nNgành in TP.HCM đặt mục tiêu “In xanh”\n\nThứ hai, 15/12/2025 09:20\n\nBà Trịnh Thu Ngân phát biểu nhận nhiệm vụ - Ảnh 2.",
        "2025-12-15",
        "provincial",
        ["section_label", "headline_timestamp", "caption_numbered", "person_no_role", "multiline", "nfd"],
        persons=[per("Trịnh Thu Ngân", None)],
        provinces=[pv("Hồ Chí Minh")],
    )
    r(
        "Lãnh đạo Cục Xuất bản, In và Phát hành và Sở Văn hóa và Thể thao TP.HCM tặng hoa Ban Chấp hành khóa mới của Hội In TP.HCM - Ảnh 1.",
        "2025-12-15",
        "provincial",
        ["caption_numbered", "org_list"],
        organizations=["Cục Xuất bản, In và Phát hành", "Sở Văn hóa và Thể thao TP.HCM", "Hội In TP.HCM"],
        provinces=[pv("Hồ Chí Minh")],
    )
    r(
        "Sinh viên ngành in của Trường Đại học Sư phạm Kỹ thuật TP.HCM có nhà bị lũ cuốn nhận 12 suất học bổng, 10 triệu đồng mỗi suất, do hội trao ngay tại đại hội.",
        "2025-12-15",
        "provincial",
        ["scholarship_no_deal", "count", "university_org"],
        organizations=["Trường Đại học Sư phạm Kỹ thuật TP.HCM"],
        provinces=[pv("Hồ Chí Minh")],
        quantities=[c(12, "suất học bổng")],
        money=[m(10 * M, "VND")],
    )
    r(
        "Hội In TP.HCM trao học bổng cho sinh viên - Ảnh 3.",
        "2025-12-15",
        "provincial",
        ["caption_numbered", "province_in_org_name"],
        organizations=["Hội In TP.HCM"],
        provinces=[pv("Hồ Chí Minh")],
    )

    # --- Vietnamese news: a regional printing association meets, with a caption on a member (S7 r4) ---
    r(
        "Nhân Hội nghị Hội In các tỉnh Tây Bắc lần thứ XII: góp sức cho ngành in vùng cao",
        "2024-10-08",
        "provincial",
        ["headline_only", "roman_ordinal_no_count", "region_in_org_name"],
        organizations=["Hội In các tỉnh Tây Bắc"],
    )
    r(
        "Mười bốn cơ sở in là những hội viên đầu tiên khi Hội In các tỉnh Tây Bắc được lập ngày 15/10/2009; đến nay hội đã qua 15 năm hoạt động.",
        "2024-10-08",
        "provincial",
        ["association_history", "count_in_words", "founding_date_no_deal", "duration_no_count", "nfd"],
        organizations=["Hội In các tỉnh Tây Bắc"],
    )
    r(
        "In vở ô li cho học sinh vùng cao tại Công ty CP In Sơn La. |",
        "2024-10-08",
        "provincial",
        ["caption", "province_in_firm_name_no_mention"],
        firms=[f("In Sơn La", "Công ty CP")],
    )
    r(
        "Hơn 520 người làm việc ở các cơ sở in hội viên, 48% là nữ; nhiều cơ sở vẫn là đơn vị sự nghiệp có thu, số còn lại là công ty TNHH một thành viên hoặc công ty cổ phần nhỏ ở Sơn La, Lai Châu, Điện Biên, Hòa Bình, Yên Bái và Lào Cai.",
        "2024-10-08",
        "provincial",
        ["province_list", "count", "approx", "percentage", "lowercase_legal_forms_no_firm"],
        quantities=[c(520, "người", True)],
        percentages=[48],
        provinces=[
            pv("Sơn La"),
            pv("Lai Châu"),
            pv("Điện Biên"),
            pv("Hòa Bình"),
            pv("Yên Bái"),
            pv("Lào Cai"),
        ],
    )
    r(
        "Để giữ giá, nhiều đơn vị đã phải siết chi phí từ giấy, mực cho đến tiền xe; việc chính của họ vẫn là in sách báo, vở học sinh và biểu mẫu cho cơ quan địa phương.",
        "2024-10-08",
        "provincial",
        ["product_list", "no_fields"],
    )

    # --- Vietnamese news: a business weekly's FDI feature with related links (S13 r3) ---
    r(
        "(KTSG Online) - Bao bì công nghệ cao, điện tử và bán dẫn là những ngành giới phân tích tin sẽ hút thêm vốn ngoại trong năm 2024, khi FDI gần như là con số sáng duy nhất của nền kinh tế.\n- Đông Nam bộ giữ gần 40% vốn FDI cả nước\n- Nhà đầu tư Hàn Quốc tăng tốc rót vốn vào nhà máy pin",
        "2024-07-22",
        "ministry",
        [
            "outlet_prefix_nothing",
            "related_links",
            "percentage",
            "country_adjective",
            "region_no_location",
            "multiline",
        ],
        percentages=[40],
        locations=[country("Hàn Quốc")],
    )
    r(
        "Tổng cục Thống kê ghi nhận 15,2 tỉ đô la Mỹ vốn FDI đăng ký trong sáu tháng đầu năm 2024, nhiều hơn cùng kỳ khoảng 13%.",
        "2024-07-22",
        "ministry",
        ["statistics", "org_first", "percentage"],
        organizations=["Tổng cục Thống kê"],
        money=[m(15.2 * B, "USD")],
        percentages=[13],
    )
    r(
        "Tăng tốc nửa cuối năm\nSau khi giảm 9% trong năm 2022, dòng vốn ngoại chỉ hồi phục chậm vì lạm phát và lãi suất toàn cầu còn cao.",
        "2024-07-22",
        "ministry",
        ["subheading", "statistics", "percentage", "multiline"],
        percentages=[9],
    )
    r(
        "Xung đột ở nhiều nơi và chi phí vốn đắt đỏ khiến giới đầu tư vẫn dè dặt, dù nhiều chính sách hỗ trợ doanh nghiệp đã được ban hành.",
        "2024-07-22",
        "ministry",
        ["feature_context", "no_fields"],
    )

    # --- English: VnExpress International on foreign money in printing and packaging (S17 r1, S18 r4, S20 r1: one
    # page in three slots) ---
    r(
        " date 2017-10-05 VnExpress International\nForeign money pours into Vietnam's label and packaging printers\n\nBy Hoang Lan   October 5, 2017 | 09:41 am GMT+7\n\nOverseas buyers and builders are crowding into a sector that grows faster than the economy.",
        "2017-10-05",
        "ministry",
        [E, "page_date_chrome", "outlet_name_nothing", "byline_person", "standfirst", "multiline"],
        persons=[per("Hoang Lan", None)],
    )
    r(
        "Takeovers and new factories alike show how keen foreign firms have become on Vietnamese printing and packaging, Tran Quoc Hung, chairman of the Vietnam Printing Association (VPA), said at the 17th international printing and packaging expo, which opened Wednesday in Hanoi.",
        "2017-10-05",
        "ministry",
        [
            E,
            "person_role_after",
            "acronym_bracket",
            "ordinal_no_count",
            "adjective_no_country",
            "city_province",
        ],
        persons=[per("Tran Quoc Hung", "chairman of the Vietnam Printing Association")],
        organizations=["Vietnam Printing Association"],
        provinces=[pv("Hà Nội")],
    )
    r(
        "Photo from Vietnamplus/ Minh Duc\n\nRevenue hit VND72 trillion (nearly $3.2 billion) last year for a sector of around 2,300 printers and some 70,000 workers, Hung said.",
        "2017-10-05",
        "ministry",
        [
            E,
            "photo_credit_person",
            "given_name_alone_no_person",
            "count",
            "approx",
            "bracketed_conversion",
            "multiline",
        ],
        persons=[per("Minh Duc", None)],
        money=[m(72 * T, "VND"), m(3.2 * B, "USD", approx=True)],
        quantities=[c(2300, "printers", True), c(70000, "workers", True)],
    )
    r(
        "A carton plant in central Quang Ngai province is next on the list, planned by Japan's Oriha Pack.",
        "2017-10-05",
        "ministry",
        [E, "announced_investment", "object_first", "passive", "country_possessive", "no_amount"],
        firms=[f("Oriha Pack")],
        locations=[country("Japan")],
        provinces=[pv("Quảng Ngãi")],
        deals=[deal("investment", ["Oriha Pack"], None, QNg)],
        events=[ev("investment_announcement", [F("Oriha Pack")], None, None, QNg, "announced")],
    )
    r(
        "Thailand's Siam Boxes Group, for one, now holds 80 percent of An Khang Packaging JSC, a two-decade-old firm with over VND1.2 trillion (about $53 million) in yearly sales that agreed to sell rather than go it alone.",
        "2017-10-05",
        "ministry",
        [
            E,
            "recalled_acquisition",
            "deal_no_event",
            "now_holds",
            "revenue_not_price",
            "country_possessive",
            "approx",
            "percentage",
        ],
        firms=[f("Siam Boxes Group"), f("An Khang Packaging", "JSC")],
        locations=[country("Thailand")],
        money=[m(1.2 * T, "VND", approx=True), m(53 * M, "USD", approx=True)],
        percentages=[80],
        deals=[deal("investment", ["Siam Boxes Group"])],
    )
    r(
        "For weaker printers, a foreign partner is now the likeliest route to fresh capital and newer presses, the association said.",
        "2017-10-05",
        "ministry",
        [E, "no_fields"],
    )

    # --- English: a short item on a carton maker's plant, with its image slug and comment widget (S17 r4) ---
    r(
        "Danish carton maker puts big money into Vietnam plant\n\nnordpak-carton-line_1600x900",
        "2017-11-20",
        "ministry",
        [E, "headline_image_slug", "adjective_no_country", "no_firm", "multiline"],
    )
    r(
        "A USD 95 million factory in Binh Duong province, the first in Vietnam to make aseptic carton board, is Nordpak's bet on rising demand across Southeast Asia, the packaging group said.",
        "2017-11-20",
        "ministry",
        [
            E,
            "amount_first",
            "announced_investment",
            "possessive_firm",
            "region_no_location",
            "ordinal_no_count",
        ],
        firms=[f("Nordpak")],
        provinces=[pv("Bình Dương")],
        money=[m(95 * M, "USD")],
        deals=[deal("investment", ["Nordpak"], 95 * M, BDg)],
        events=[ev("investment_announcement", [F("Nordpak")], 95 * M, "USD", BDg, "announced")],
    )
    r(
        "“Dairies here are asking for more carton, faster, and shipping it in from Singapore no longer works,” said Karin Holm, Nordpak Vietnam's managing director.\n\nSource: Deal Street Asia\n\n    0 0 votes\n    Article Rating",
        "2017-11-20",
        "ministry",
        [
            E,
            "quote_first",
            "possessive_role",
            "vietnam_dropped",
            "country",
            "source_line_nothing",
            "widget_chrome",
            "multiline",
        ],
        persons=[per("Karin Holm", "Nordpak Vietnam's managing director")],
        firms=[f("Nordpak")],
        locations=[country("Singapore")],
    )

    # --- English: a tag page on a label plant (S18 r1) ---
    r(
        "Tags label-printing plant Goldreel Group builds label factory in Viet Nam Tuesday, Mar 06, 2018 A label-printing plant in southern Tay Ninh province, an hour from HCM City, has been set up by Goldreel Group Vietnam.",
        "2018-03-06",
        "provincial",
        [
            E,
            "tag_page",
            "headline_lead_run_on",
            "set_up_plant",
            "passive",
            "announced_investment",
            "vietnam_dropped",
        ],
        firms=[f("Goldreel Group")],
        provinces=[pv("Tây Ninh"), pv("Hồ Chí Minh")],
        deals=[deal("investment", ["Goldreel Group"], None, TNi)],
        events=[ev("investment_announcement", [F("Goldreel Group")], None, None, TNi, "announced")],
    )

    # --- English: a Japanese agency on a shrink-label film plant (S18 r2) ---
    r(
        " date 2021-04-08 Image by stocksnap from Pixabay\n\nHANOI, NNA – Shrink-label film for drink bottles and toiletries is now being made near Hanoi by Kurata Ltd., the Japanese film and industrial textile maker, which is betting on demand across Southeast Asia.",
        "2021-04-08",
        "ministry",
        [
            E,
            "page_date_chrome",
            "image_credit_nothing",
            "dateline_province",
            "inauguration_no_capital",
            "object_first",
            "near_city_no_site",
            "adjective_no_country",
            "region_no_location",
            "multiline",
        ],
        firms=[f("Kurata", "Ltd.")],
        provinces=[pv("Hà Nội")],
        events=[ev("inauguration", [F("Kurata")], None, None, None, "completed")],
    )
    r(
        "Kurata Films Vietnam Co., the local unit formed in October 2019, started the plant on March 22 in Thang Long Industrial Park II, Hung Yen Province, according to a company statement.",
        "2021-04-08",
        "ministry",
        [
            E,
            "inauguration_no_capital",
            "subsidiary_vietnam_dropped",
            "english_park_no_location",
            "month_no_date",
        ],
        firms=[f("Kurata Films", "Co.")],
        provinces=[pv("Hưng Yên")],
        events=[ev("inauguration", [F("Kurata Films")], None, None, HY, "completed")],
    )
    r(
        "Thailand, Indonesia and the Philippines are to take about 65 percent of output; the Kyoto head office gave no capacity figure.",
        "2021-04-08",
        "ministry",
        [E, "export_share_no_deal", "percentage", "country_list", "foreign_city_nothing"],
        percentages=[65],
        locations=[country("Thailand"), country("Indonesia"), country("Philippines")],
    )
    r(
        "Kurata Films Vietnam hopes to book 1.2 billion yen ($10.9 million) of sales in its first full year.",
        "2021-04-08",
        "ministry",
        [E, "sales_target", "yen", "bracketed_conversion", "vietnam_dropped"],
        firms=[f("Kurata Films")],
        money=[m(1.2 * B, "JPY"), m(10.9 * M, "USD")],
    )

    # --- English: a news agency on the printing association's forecast at an exhibition (S18 r3) ---
    r(
        "The Vietnam Printing Association (VPA) sees printing and packaging output rising 12-16 percent this year.",
        "2019-10-03",
        "ministry",
        [E, "forecast", "percentage_range", "acronym_bracket"],
        organizations=["Vietnam Printing Association"],
        percentages=[12, 16],
    )
    r(
        "Label and industrial packaging printing now make up 75 percent of the sector's output, VPA Chairman Tran Quoc Hung told the 18th Vietnam International Printing & Packaging Exhibition, which opened on October 2 at the Saigon Exhibition and Convention Centre in HCM City.",
        "2019-10-03",
        "ministry",
        [
            E,
            "person_role_before",
            "acronym_in_role_org",
            "venue_no_org",
            "ordinal_no_count",
            "percentage",
            "nfd",
        ],
        persons=[per("Tran Quoc Hung", "VPA Chairman")],
        organizations=["VPA"],
        provinces=[pv("Hồ Chí Minh")],
        percentages=[75],
    )
    r(
        "Second-hand presses are still common in small shops, while the large printers, some 1,700 packaging firms in all with more than 2.4 billion USD a year in revenue, mostly buy new from Germany, Japan and Italy.",
        "2019-10-03",
        "ministry",
        [E, "statistics", "count", "approx", "per_year", "country_list"],
        quantities=[c(1700, "packaging firms", True)],
        money=[m(2.4 * B, "USD", "year", True)],
        locations=[country("Germany"), country("Japan"), country("Italy")],
    )
    r(
        "Le Thi Hoa, Director General of the Ministry of Industry and Trade's South Agency, said the four-day show had drawn more than 260 exhibitors from Japan, Germany, Taiwan, mainland China and ten other countries and territories.-VNA",
        "2019-10-03",
        "ministry",
        [
            E,
            "person_role_after",
            "possessive_org_in_role",
            "count",
            "approx",
            "count_in_words",
            "country_list",
            "agency_credit_nothing",
        ],
        persons=[per("Le Thi Hoa", "Director General of the Ministry of Industry and Trade's South Agency")],
        organizations=["Ministry of Industry and Trade"],
        quantities=[c(260, "exhibitors", True)],
        locations=[country("Japan"), country("Germany"), country("Taiwan"), country("China")],
    )

    # --- English: a news agency on the paint and printing ink industry before three expos (S19 r4) ---
    r(
        "Organisers brief reporters on Coatings Expo Vietnam and Paper Vietnam, both due in HCM City in mid-June (Photo: VNA)\n\nHCM City (VNA) - Growth of 7-9 percent a year is in sight for Vietnam's paint and printing ink makers over 2018-22, their association believes.",
        "2018-04-25",
        "ministry",
        [
            E,
            "caption",
            "agency_credit_nothing",
            "dateline_province",
            "expo_names_no_org",
            "percentage_range",
            "multiline",
        ],
        provinces=[pv("Hồ Chí Minh")],
        percentages=[7, 9],
    )
    r(
        "Last year the sector grew 11.3 percent and its output passed 1.8 billion USD, Pham Thi Thu Trang, chairwoman of the Vietnam Paint and Printing Ink Association, said in HCM City on April 24.",
        "2018-04-25",
        "ministry",
        [E, "person_role_after", "statistics", "percentage", "approx"],
        persons=[per("Pham Thi Thu Trang", "chairwoman of the Vietnam Paint and Printing Ink Association")],
        organizations=["Vietnam Paint and Printing Ink Association"],
        provinces=[pv("Hồ Chí Minh")],
        percentages=[11.3],
        money=[m(1.8 * B, "USD", approx=True)],
    )
    r(
        "Ink and paint lines once run in Japan, South Korea, Singapore and Thailand now operate in Vietnam, she said, alongside new plants built by local makers.",
        "2018-04-25",
        "ministry",
        [E, "relocation_no_deal", "country_list", "no_firm"],
        locations=[country("Japan"), country("South Korea"), country("Singapore"), country("Thailand")],
    )
    r(
        "India, Japan, the Netherlands and China are among 16 countries sending exhibitors, more than 220 in all, to the three shows.",
        "2018-04-25",
        "ministry",
        [E, "count", "count_without_noun", "country_list"],
        quantities=[c(16, "countries")],
        locations=[country("India"), country("Japan"), country("Netherlands"), country("China")],
    )

    # --- English: a press-release site relaying the national English daily on packaging M&A (S20 r2) ---
    r(
        " date 2023-10-04 VIETNAM, October 4 - HÀ NỘI — Several of Việt Nam's biggest packaging firms now answer to foreign owners, and more buyers are circling.",
        "2023-10-04",
        "ministry",
        [E, "page_date_chrome", "relay_dateline", "city_province", "vietnam_no_location"],
        provinces=[pv("Hà Nội")],
    )
    r(
        "Over 20 Vietnamese subsidiaries in cement, chemicals and packaging now sit under Siam Boxes Group, which arrived soon after the 1992 investment law.",
        "2023-10-04",
        "ministry",
        [E, "group_profile", "adjective_no_country", "count", "approx", "law_no_number"],
        firms=[f("Siam Boxes Group")],
        quantities=[c(20, "Vietnamese subsidiaries", True)],
    )
    r(
        "Ankapac, as An Khang Packaging Joint Stock Company is known, passed 80 per cent into the hands of SB Flexibles, a Siam Boxes packaging arm, in 2016 at an undisclosed price.",
        "2023-10-04",
        "ministry",
        [
            E,
            "recalled_acquisition",
            "deal_no_event",
            "target_first",
            "year_only",
            "undisclosed_amount",
            "percentage",
        ],
        firms=[
            f("Ankapac"),
            f("An Khang Packaging", "Joint Stock Company"),
            f("SB Flexibles"),
            f("Siam Boxes"),
        ],
        percentages=[80],
        deals=[deal("investment", ["SB Flexibles"])],
    )
    r(
        "Roughly VNĐ1.9 trillion bought SBG Solutions Pte Ltd another 11.4 million shares of Dong Hoa Packaging Joint Stock Company in December 2021, taking it to 95.2 per cent.",
        "2023-10-04",
        "ministry",
        [
            E,
            "recalled_acquisition",
            "deal_no_event",
            "amount_first",
            "month_no_date",
            "count",
            "approx",
            "percentage",
        ],
        firms=[f("SBG Solutions", "Pte Ltd"), f("Dong Hoa Packaging", "Joint Stock Company")],
        money=[m(1.9 * T, "VND", approx=True)],
        quantities=[c(11.4 * M, "shares")],
        percentages=[95.2],
        deals=[deal("investment", ["SBG Solutions"], 1.9 * T)],
    )

    # --- English: a news portal's roundup of packaging M&A (S20 r3) ---
    r(
        "Packaging M&A stays hot\nLocal packaging makers remain prime targets for foreign buyers as deals keep coming.",
        "2019-04-16",
        "ministry",
        [E, "subheading", "multiline", "no_fields"],
    )
    r(
        "A 20 percent stake in Hong Phat Long An Plastic JSC (HLP), bought for around US$4.6 million, was Japan's Tamura Pla-Tech's way into packaging film in Vietnam; HLP is a subsidiary of Hong Phat Plastic JSC.",
        "2019-04-16",
        "ministry",
        [
            E,
            "recalled_stake_purchase",
            "deal_no_event",
            "object_first",
            "province_in_firm_name_no_mention",
            "acronym_bracket",
            "country_possessive",
            "approx",
            "percentage",
        ],
        firms=[f("Hong Phat Long An Plastic", "JSC"), f("Tamura Pla-Tech"), f("Hong Phat Plastic", "JSC")],
        locations=[country("Japan")],
        money=[m(4.6 * M, "USD", approx=True)],
        percentages=[20],
        deals=[deal("investment", ["Tamura Pla-Tech"], 4.6 * M)],
    )
    r(
        "Gia Dinh Trading and Packaging went the same way in 2015, with 90 percent sold to Meisei Pack of Japan for US$14.8 million.",
        "2019-04-16",
        "ministry",
        [E, "recalled_acquisition", "deal_no_event", "target_first", "passive", "country", "percentage"],
        firms=[f("Gia Dinh Trading and Packaging"), f("Meisei Pack")],
        locations=[country("Japan")],
        money=[m(14.8 * M, "USD")],
        percentages=[90],
        deals=[deal("investment", ["Meisei Pack"], 14.8 * M)],
    )
    r(
        "From South Korea, Hanseong Systems paid US$92.4 million for Tan Phu Packaging (TPP) and US$19.5 million for the whole of Minh Chau Packaging (MCP).",
        "2019-04-16",
        "ministry",
        [E, "recalled_acquisition", "two_deals_one_buyer", "deal_no_event", "acronym_bracket", "country"],
        firms=[f("Hanseong Systems"), f("Tan Phu Packaging"), f("Minh Chau Packaging")],
        locations=[country("South Korea")],
        money=[m(92.4 * M, "USD"), m(19.5 * M, "USD")],
        deals=[
            deal("investment", ["Hanseong Systems"], 92.4 * M),
            deal("investment", ["Hanseong Systems"], 19.5 * M),
        ],
    )
    r(
        "Korean fund manager Valuecore has also put US$14.2 million into plastics and packaging group Thien An Holdings, which is raising money toward US$800 million in revenue by 2025.",
        "2019-04-16",
        "ministry",
        [E, "recalled_investment", "deal_no_event", "adjective_no_country", "revenue_target_not_deal"],
        firms=[f("Valuecore"), f("Thien An Holdings")],
        money=[m(14.2 * M, "USD"), m(800 * M, "USD")],
        deals=[deal("investment", ["Valuecore"], 14.2 * M)],
    )

    # --- English: a news portal on why foreign packaging groups come (S20 r4) ---
    r(
        "VietNamNet Bridge - Foreign packaging investors have come for two reasons: demand that should rise at least 10 percent a year, and local rivals too small to meet it.",
        "2016-09-12",
        "ministry",
        [E, "outlet_prefix_nothing", "percentage", "count_in_words"],
        percentages=[10],
    )
    r(
        "The Vietnam Packaging Association (VINPAS) expects packaging to expand 14-18 percent a year, while the Vietnam Print Association (VPA) puts growth in package printing at a steady 10 percent.",
        "2016-09-12",
        "ministry",
        [E, "forecast", "acronym_bracket", "percentage_range"],
        organizations=["Vietnam Packaging Association", "Vietnam Print Association"],
        percentages=[14, 18, 10],
    )
    r(
        "Paper and carton, metallised film, plastics and PET bottles come out of roughly 1,100 packaging plants nationwide, VINPAS estimates.",
        "2016-09-12",
        "ministry",
        [E, "bare_acronym_org", "count", "approx"],
        organizations=["VINPAS"],
        quantities=[c(1100, "packaging plants", True)],
    )
    r(
        "The SB Flexibles purchase of 80 percent of Ankapac alone was put at about $42 million.",
        "2016-09-12",
        "ministry",
        [E, "recalled_acquisition", "deal_no_event", "noun_phrase_deal", "approx", "percentage"],
        firms=[f("SB Flexibles"), f("Ankapac")],
        money=[m(42 * M, "USD", approx=True)],
        percentages=[80],
        deals=[deal("investment", ["SB Flexibles"], 42 * M)],
    )
    r(
        "Unilever, Masan, Heineken and Vinamilk all buy from Ankapac.",
        "2016-09-12",
        "ministry",
        [E, "customer_list_no_deal", "brand_firms"],
        firms=[f("Unilever"), f("Masan"), f("Heineken"), f("Vinamilk"), f("Ankapac")],
    )

    # --- English: a market research report's cover on a document site (S17 r3) ---
    r(
        "Market Research Report on Label and Packaging Printing in Vietnam\n\nDo Thi Minh Hoa\n12A, Lane 45 Tran Dai Nghia, Hai Ba Trung, Hanoi, Vietnam\nTel. +84-4-3869 1122\n\nMARCH 2009",
        "2009-03-30",
        "ministry",
        [
            E,
            "report_cover",
            "author_person",
            "address_line",
            "bare_place_nothing",
            "phone_number",
            "multiline",
        ],
        persons=[per("Do Thi Minh Hoa", None)],
        provinces=[pv("Hà Nội")],
    )
    r(
        "Page 2: Vietnam label and packaging printing 2009\n\nTable of contents ........................................ II",
        "2009-03-30",
        "ministry",
        [E, "report_page_chrome", "multiline", "no_fields"],
    )

    return rows
