# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 93 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: industrial parks and ready-built factories in the Mekong Delta and the
South-West (Cần Thơ with the former Hậu Giang and Sóc Trăng, Tây Ninh with the former Long An, Vĩnh Long with the former
Bến Tre and Trà Vinh, An Giang with the former Kiên Giang, Đồng Tháp with the former Tiền Giang): park developers,
factory leases, investment certificates handed to tenants, steel structures and building suppliers. Written and
annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes.
Searches, numbered S1-S20 in the section comments: S1 "khu công nghiệp Long An nhà xưởng xây sẵn cho thuê", S2 "Tây
Ninh trao giấy chứng nhận đăng ký đầu tư doanh nghiệp khu công nghiệp 2025", S3 "Cần Thơ khu công nghiệp Vĩnh Thạnh chủ
đầu tư hạ tầng", S4 "Vĩnh Long khu công nghiệp thu hút đầu tư nhà máy khởi công", S5 "An Giang khu công nghiệp tỷ lệ lấp
đầy nhà đầu tư thứ cấp", S6 "ký hợp đồng thuê đất khu công nghiệp Long An doanh nghiệp FDI", S7 "nhà máy kết cấu thép
Long An khánh thành", S8 "Hậu Giang khu công nghiệp Tân Phú Thạnh dự án nhà máy", S9 "Ban Quản lý các khu công nghiệp
Cần Thơ cấp giấy chứng nhận đầu tư", S10 "khu công nghiệp Phước Đông Tây Ninh nhà đầu tư Trung Quốc", S11 "nhà thép tiền
chế nhà xưởng công nghiệp đồng bằng sông Cửu Long", S12 "chấp thuận chủ trương đầu tư xây dựng kinh doanh kết cấu hạ
tầng khu công nghiệp Long An", S13 "vật liệu xây dựng nhà máy sản xuất tôn thép khu công nghiệp Tây Ninh", S14 "Trà Vinh
Bến Tre khu công nghiệp Giao Long Cổ Chiên thu hút đầu tư", S15 "Sóc Trăng khu công nghiệp An Nghiệp Trần Đề mở rộng",
S16 "sáp nhập tỉnh Tây Ninh Long An khu công nghiệp lấp đầy", and in English S17 "Long An industrial park ready-built
factory lease developer", S18 "Can Tho industrial park investment certificate granted", S19 "Mekong Delta industrial
park infrastructure investor foreign", S20 "Tay Ninh Long An steel structure factory investment". No sentence is taken
or paraphrased from a page; the shapes are. Firm, park and person names are invented (Tân Kim Xanh, Phát triển Hạ tầng
Vàm Cỏ Đông, Đầu tư KCN Cờ Đỏ Xanh, Hạ tầng Công nghiệp Tây Đô Xanh, Kết cấu thép Đại Phong, Kết cấu thép Phương Nam,
Phát triển Hạ tầng Long Hồ Xanh, Hạ tầng Sa Đéc Xanh, Mê Kông Land, Hải Phát Miền Tây, Địa ốc Sao Việt, Đầu tư Hạ tầng
Long Phú Xanh, Thép Nam Sông Hậu, Tư vấn Đầu tư Miền Nam Xanh, Cửu Long, Sao Mai Industrial Property, Tan Duc Xanh
Corporation, Kessler Verpackung, Hokuyo Foods, Tây Đô Industrial Infrastructure, Tay Song Hau Infrastructure, Song Tien
Group, Hoa Thanh Xanh Industrial Park, Sakura Agri Holdings, Mekong Foods, Daeshin Footwear, Delta Steel Frame, Phuoc
Long Construction & Investment, Dai Nam Coated Steel, Viet Han Concrete, Hung Thinh Door, Thanh Loc Textile, and every
official, reporter and photographer); well-known names (JLL, GIZ, VCCI, the ministries, the Prime Minister, real parks
such as Tân Phú Thạnh, Thuận Đạo, Bình Hòa, Trà Nóc and Ô Môn) appear only in sentences of our own with figures, dates
and places changed; decision numbers are invented.

What the sample looked like (80 result slots, about 45 distinct pages: one category blurb of a park groundbreaking in
Long An filled seven slots, a Long An cluster blurb five, a title on a state group handing back a park three, and the
same Tây Ninh park licence came back in three papers): 11 slots were spam and junk (unaccented image titles on a
foreign domain, a land-limit junk title, steel-frame and roofing price tags, an ebook tag, two machine-translated
keyword salads on Polish domains, a forum price title, a gambling keyword salad); 32 were tag, category, title, blurb
and HTML-head pages (cluster and park groundbreaking blurbs, a provincial portal's HTML head, two TV blurbs ending in a
comment form, a gambling domain carrying a Deputy PM's park approval, a tag with a group's park approval, a Cần Thơ
category page with a headline broken over lines, a stats blurb by a department deputy director, a planning tag, a
paper-prefixed park blurb, a repealed-cluster tag, a timestamped tag page, a topic page on a consortium's proposal and a
park's developer, an English listing of a developer's leads); 11 were reference, profile, portal and document-store
pages (a park profile with byline and source line, a job site's park profile, an old provincial portal on clusters with
an image filename and a QĐ-UBND, two English park profiles with bullet and label lists, a real-estate firm's reprint on
the first export zone, a document store's project explanation with its cover and contents, a concrete firm's English
page on a park approved by the Prime Minister with its incentives, a blog excerpt of an investment forum, a PDF
brochure preview); 14 were Vietnamese news (a listed developer's ready-built factories with broker data and a quote, the
Tây Ninh park licence told by Dân trí, CafeF and PLO with captions and the province's statistics, a Cần Thơ video page
on a park approval with its credits, a Cần Thơ working session before a park groundbreaking, a steel-structure plant
opened in Long An with attendees, capacity and phases, a Japanese-language copy of a land lease by decision, an old
news item on parks added to a priority list with its source URL, an aggregator on a park founded with its investor, a
Tiền Phong planning feature, a provincial paper's video page and a feature on the Tây Ninh–Long An merger); 12 were
English news (VNS on a developer starting ready-built factories and its first tenant, a machine-translated feature with
licence totals and a food maker's groundbreaking, VNS on a Cần Thơ park licence, VCCI statistics, a translated city
paper, a Can Tho investment feature, a regional paper on FDI in the delta, VEN on the delta's zones, a steel-structure
subcontract, a park's certificates to three tenants told round-line style, a yarn-mill groundbreaking told by VNA and a
cache site). About 23 slots told a deal or an event with a named party (three tellings of one licence, two park
approvals, a video licence, a park founded with its investor, a land lease by decision, a steel-plant opening, a
recalled groundbreaking, recalled park approvals and profiles, the developer's factories and tenant, the food maker's
groundbreaking, the English licence, a round line, the subcontract, the tenants' certificates, two tellings of the
groundbreaking); no lease contract between a named developer and a named tenant came up in any first four (the
tenants that booked ready-built factories were unnamed), so the batch has no lease deal.

Rows: 156 (hand-25201 to hand-25356); 29 carry a deal or an event (19%): 18 events (7 investment licences, 5
groundbreakings, 2 investment announcements, 2 supply contracts, 1 inauguration, 1 cooperation: a land lease by
decision) and 30 `deals` entries (21 investment, 7 groundbreaking, 2 supply_contract); 11 rows hold deals without an
event (hand-25226 a recalled groundbreaking on an event-service tag; 25236 a topic page's investor line; 25249, 25257,
25261, 25266 investor lines of profiles and a study cover; 25264 a recalled park approval; 25274 a recalled
groundbreaking; 25301 a split capital row; 25348 and 25352 round lines), 2 an event without a deal (hand-25298 an
opening without capital, 25308 a land lease by decision). 127 rows are negatives and other fields. By page kind: 13
rows in the shapes of spam and junk (0 with a deal or event), 34 of tag, category, title, blurb and HTML-head pages (5;
1 in English), 23 of reference, profile, portal and document-store pages (5; 9 in English), 56 of Vietnamese news (8;
one rendered from a Japanese copy), 30 of English news (11); 40 rows are English (`english_copy`, 26%, above the
slots' 21% because each English news page gave several rows). 9 rows are stored in NFD (hand-25220, 25255, 25285,
25288, 25294, 25309, 25315, 25316, 25335); 5 use old tone placement (hand-25296 "Thành uỷ", 25298 "tự động hoá", 25322
"Hàng hoá", 25325 "công nghiệp hoá", 25326 "công nghiệp hoá"); 43 hold a headline and a lead, a tag line, a broken
headline, a label list or table, a caption with its credit, a byline, page furniture or several lines.

Own wording: on review of the first draft against the sampled pages, about 70 drafts followed a sampled sentence too
closely and were rewritten from scratch with other facts and order (the cluster, park-groundbreaking, hand-back and
stats blurbs, the HTML head, TV blurb, Deputy PM and group-approval tags, the broken-headline lead, the planning tag,
the paper-prefixed and repealed-cluster blurbs, the old priority-list item, the timestamped tag and the topic page;
the park profile, job-site profile lines, the portal's decision and cluster list, the document cover, label list and
contents, the concrete firm's English approval line, the blog excerpt; the developer's headline-free lead, broker and
demand lines, the Tây Ninh licence's PLO headline and lead, second caption, amount, statistics, board head's and vice
chairman's lines, the Cần Thơ video headline and lead, the working-session lead, the steel plant's opening, attendee,
capacity, phase and product lines, the lease-by-decision lines, the aggregator's headline, lead and term line, the
planning feature's four lines, the merger video page and feature lines; and nearly all English rows: the developer's
start, phase, tenants, first tenant, park budget and next project, the machine-translated totals and groundbreaking,
the VNS licence and cost, the VCCI lines, the city list, the interest subsidy, the Japanese CEO, the VEN totals and
largest project, the subcontract and its caption, the certificates' headline, lead and director, the mill's
groundbreaking, area and cache copy). 12 drafts were dropped instead: nine as paraphrases or duplicates (a second
paper-prefixed park blurb after S10 r3's, the Tây Ninh FDI totals and its 2030 park plan after S2 r4, the Thới Lai
investment target after S3 r2, the developer's Vĩnh Long logistics plan in Vietnamese after S17 r2, a Vietnamese
incentive line duplicating the English one after S15 r3, a 50-year term line after S18 r3, the Long An LNG ranking
after S19 r1 and the Hậu Giang first-quarter count after S19 r2) and three whose shape came only from results ranked
5-8 (a park's owner-equity and term line, S3 r6 and S12 r7; a Cần Thơ count of established parks and parks in planning,
S3 r8; a Hậu Giang count of valid projects and occupancy, S9 r8); a planned title on why a park group chose Cần Thơ
(S3 r6) was never drafted, and two English rows without fields were dropped to bring the English share down.
Nothing else was used from ranks 5-8: not the Long Hau interview, its Đà Nẵng groundbreaking and tenant lease (S17 r5,
r8), Tây Ninh's 2024 project list and park count (S2 r5-r6), the VSIP event-equipment page and approval (S3 r5-r6), Tae
Kwang's Cần Thơ licence as a Vietnamese round (S9 r5), the Xuyên Á approval (S10 r6), An Giang's four parks seeking
investors (S5 r5), the Sóc Trăng port blurbs (S15 r5-r6), Hòa Phát's pipe plant (S7 r7), the TOWA groundbreaking and
its design-build contractor (S20 r6), a fertiliser plant's general contractor (S20 r5), or the merger features ranked
5-8 in S16.

Conventions: exactly those of batches 10 and 12-91 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or policy approval is an investment deal and an `investment_licence` event "licensed",
the government party written as in the text ("UBND tỉnh Tây Ninh", "UBND TP Cần Thơ", "Cần Thơ People's Committee",
"Thủ tướng Chính phủ"), a Deputy Prime Minister's approval naming the investor the firm alone (batch 80); a committee
founding a park and naming its investor is a licence with the committee (batch 80); the headline's amount goes to the
licence in its lead; a held groundbreaking is a groundbreaking deal and event "started", dated only when the row gives
a day; an opening without capital is an inauguration event without a deal; a state land lease by decision is a signed
cooperation event of the committee and the firm with no deal (batches 78, 87); a general contractor's or
subcontractor's contract is a supply_contract with the one who does the work first, a signing caption repeats it
without amount (batch 74); a named firm's plan is an announced investment; a recalled groundbreaking, licence or
investment is a deal without an event; investor lines with no approval verb ("Chủ đầu tư: X", "Investor: X", "X là chủ
đầu tư ...") are investment deals without event, sited only when the row names the park's province (batch 80); round
lines after a licence round are deals without events and without site (batch 73); a split row naming the firm with an
amount is a deal without event or site, one without the firm is money only; a park broken ground, widened, planned,
repealed, handed back or inspected with no investor named gives no deal; proposals, working sessions, totals of
unnamed projects, cumulative figures, rankings, planning, incentives and support schemes give no deal; attendees and
witnesses are no parties; a dateline is a province mention, not the site; a province inside a firm's name is no
mention, inside an organisation's or park's name it is; "Việt Nam"/"Vietnam" is dropped from a foreign subsidiary's
name; English "X Corporation" and "X Group" keep the word with no form; "Công ty CP Tập đoàn X" is X with "Công ty CP";
stock codes ("HoSE: TKX", "TKX") and company credits ("Ảnh: TKX") are no firms; organisations expand UBND, KCN and
acronyms, a bare unit ("UBND tỉnh", "Sở Công Thương", "Thành uỷ", "the Department of Finance", "the City People's
Committee") is none, a portal or a newspaper is none, "the Prime Minister" in English is no organisation (batch 80);
"KCN X", "CCN X" and a lower-case "cụm công nghiệp X" are parks, bare park names ("Sông Hậu và Tân Phú Thạnh",
"Thới Lai Tây") and English parks are no locations; "huyện X", "thị xã X", "TP X" are districts as written (also
"Huyện Thới Lai"), bare towns ("Bến Lức", "Tân Biên", "Thủ Thừa") and English districts are not; Vietnamese country
names and English possessives ("Japan's", "Korea's") are countries, adjectives are not, a country inside an
organisation's name is not, a foreign city ("Phnôm Pênh") is nothing; m2 become hectares (also floor areas of
factories, "1,9 triệu m2" = 190 ha, a range gives both ends); rents in USD/m2/tháng are no money, land prices per m2
are money per m2; "khoảng", "hơn", "gần", "vượt", "chừng", "over", "some", "about" are approximate, "tối thiểu" too,
"or more" and "tương đương" are not; counts in words, ordinals, durations, distances, tonnages, page numbers and "ca"
are no counts, English counts keep their noun phrase; bylines, video credits and photo credits are persons without a
role, capitals kept; "ông Hưng" alone is no person. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- An event-service company's portfolio tag headed "LỄ ĐỘNG THỔ NHÀ MÁY ..." that names the plant's owner, site and
  capital (hand-25226) is a recalled groundbreaking: a deal with the amount, sited by the written province, no event
  (the ceremony is told as a past job of the service firm).
- A developer finishing its own rental stock ("vừa hoàn thiện dãy xưởng thứ tư ..., nâng tổng diện tích nhà xưởng
  cho thuê lên khoảng 96.000 m2", hand-25271) is no start of operation: no deal and no event; unnamed tenants who have
  "đặt cọc giữ xưởng" or "reserved units" (25276, 25329) give countries only, no lease deal.
- "Work has begun on 42,000sq.m of rental factories at X Industrial Park, where developer Y Corporation expects to hand
  the first units ..." (25327) is Y's groundbreaking (the factories are the developer's), no site (dateline only); "The
  German firm, X Vietnam, has budgeted US$18 million for a bottle-cap line there" (25330) is an announced investment; "Y's
  next project is a 150ha logistics zone in Vinh Long province, for which it is still looking for land" (25332) is an
  announced investment without amount, sited in Vĩnh Long; a Vietnamese developer's "đang đề xuất" would be a proposal.
- Certificates handed "by the Long An Economic Zone Authority and the park's developer" to tenants named only in the
  next row (25351-25352): no event in the lead (no tenant), three round-line investment deals without events or site
  after it; the co-handing developer is a firm mention, never a grantor.
- A listing of a developer's leads (25237): "X's rental factories ..., 21ha and US$38.5 million so far, are 70 per cent
  let, according to the Long An Economic Zone Authority" is a recalled investment (no site: the province is inside the
  authority's name); "Building work on a second block of X's ready-built factories got under way last week" is a
  groundbreaking "started" without date or site.
- A subcontract told object first in the passive ("Steel for package B-4 of a tyre plant in Tây Ninh province will be
  designed, made and put up by A JSC under a US$12 million contract it signed with main contractor B JSC", 25349) is a
  signed supply_contract A-B sited in Tây Ninh; its caption "A chairman X (left) shakes hands with B chairman Y after the
  signing" (25350) repeats the contract without amount, with the roles as written before the names.
- A licence told firm first with a ceremony hosted by the committee ("X JSC now holds both the investment policy
  decision and the investment registration certificate for Y Industrial Park, after a ceremony hosted by the Cần Thơ
  People's Committee on Tuesday", 25335) has the committee as government party (batch 70's grantor in a relative
  clause); "UBND tỉnh Tây Ninh cấp cho Công ty TNHH X giấy chứng nhận ..." under a headline "Khu công nghiệp 4.480 tỉ
  đồng ... có đủ 'giấy thông hành' 19/09/2025 17:42" (25283) takes the headline's amount and the lead's "Chiều 19-9";
  the timestamp alone would date nothing.
- A park founded by the committee with its investor, told amount first ("Gần 690 tỉ đồng sẽ được Công ty TNHH X rót vào
  hạ tầng KCN Y ..., khu vừa được UBND tỉnh Đồng Tháp ký quyết định thành lập", 25311), is a licence with the committee
  and the amount (batch 80's cluster founded and handed to a developer).
- A land lease by decision told firm first ("Công ty CP X được UBND tỉnh Vĩnh Long cho thuê khoảng 12,4 ha để làm ...
  KCN Y, theo quyết định ký ngày 9/10", 25308, rendered from a Japanese-language copy) is the signed cooperation event
  without a deal (batch 78), not dated (a decision's date is no deal date); the next row's land price is money per m2.
- A study's cover with "Đơn vị lập: Công ty TNHH A" and "Chủ đầu tư: CÔNG TY CỔ PHẦN B" (25261) gives both firms (B from
  capitals, "Thép Nam Sông Hậu"), B's investment deal without event sited by the cover's place line (Hậu Giang), and no
  party for the consultant.
- "SONG TIEN GROUP, investor of the 175-hectare Long Duc 3 Industrial Park in Tra Vinh province, says ..., three years
  after the Prime Minister's approval in March 2021" (25264) is a recalled licence: a deal sited in Vĩnh Long (Trà Vinh
  now), no event, "Group" kept.
- A topic page's consortium proposal and the line that the two firms "cũng đứng sau Công ty TNHH X – chủ đầu tư giai
  đoạn 1 KCN Y, vốn gần 2.900 tỷ đồng" (25236) give X's investment deal with the amount, no event, no site; the owners'
  stakes are no deal.
- A Deputy PM's approval told firm first ("Công ty CP X được chọn làm nhà đầu tư KCN Y (huyện Long Hồ, Vĩnh Long), ...,
  theo Quyết định số 1187/QĐ-TTg mà Phó Thủ tướng Z vừa ký", 25222) gives X alone as party, Z with the role "Phó Thủ
  tướng", the decision without date and the district; "Long Hồ" inside the firm's name is no district.
- Park profiles in English with label lists ("Investor: X JSC", "Infrastructure investor: X JSC", 25257, 25266) are
  investor lines sited by the profile's province (Hậu Giang -> Cần Thơ, Long An -> Tây Ninh); "Price: 95 USD/m2" is money
  per m2, "Building density: 70 (%)" and "Occupancy: about 40%" percentages; a land-use line with four areas gives four
  areas.
- "Tiền thuê trả theo năm, tính trên giá đất 1.120.000 đồng/m2" is money per m2 (land price), while "4,2-4,8
  USD/m2/tháng" rent is no money (batches 25-41's rents).
- "Ban Quản lý các KCN tỉnh Hậu Giang" in a role gives the organisation "Ban Quản lý các Khu công nghiệp tỉnh Hậu Giang";
  "Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam" is an organisation and no country; "Vietnam Chamber of
  Commerce and Industry (VCCI)" the organisation by its full name; "Ministry of Finance" and "Ministry of Planning and
  Investment" in English are organisations as written.
- A price title "thép cuộn tăng 50.000 đồng/tấn" is money per tấn; "z5321887_anh-khu-cong-nghiep-hoa-phu-vinh-long.jpg"
  and other filenames and unaccented slugs give nothing; "Bảng giá VLXD Vĩnh Long quý I/2025" gives the province only."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_93(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    TN = cur("Tây Ninh")
    CT = cur("Cần Thơ")
    VL = cur("Vĩnh Long")
    AG = cur("An Giang")
    DT = cur("Đồng Tháp")

    ids = iter(range(25201, 25201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam and junk lines (S3 r3, S6 r4, S7 r2, S11 r1-r4, S13 r1-r3, S16 r1: 11 of the 80 slots) ---
    rows += [
        h(
            n(),
            "ben cang tan quoi vinh long anh flycam thang 3",
            "2023-05-10",
            "provincial",
            ["junk_image_title", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dji_0213-jpg-kcn-tan-duc-flycam-2",
            "2023-05-10",
            "provincial",
            ["junk_filename", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đất nông nghiệp xen kẽ khu dân cư ở Cần Thơ: 5 trường hợp được cấp sổ",
            "2025-08-02",
            "provincial",
            ["junk_title", "off_topic", "count", "no_event"],
            provinces=[pv("Cần Thơ")],
            quantities=[c(5, "trường hợp")],
            events=[],
        ),
        h(
            n(),
            "thi công kèo thép nhẹ mái tôn xưởng giá tốt",
            "2024-04-11",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thép hộp rỗng ruột công trình nhà xưởng bị phát hiện",
            "2024-06-19",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tải sách dự toán nhà thép tiền chế file pdf",
            "2022-09-30",
            "ministry",
            ["tag_page", "ebook_spam", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dây chuyền cán tôn sóng vuông trọn bộ bao nhiêu tiền nhà sản xuất",
            "2023-02-07",
            "ministry",
            ["spam_keywords", "foreign_domain", "machine_translated", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy cán xà gồ C Z tự động giá bao nhiêu mua ở đâu uy tín",
            "2023-02-07",
            "ministry",
            ["spam_keywords", "foreign_domain", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bảng giá VLXD Vĩnh Long quý I/2025 (cát, đá, xi măng, thép)",
            "2025-05-06",
            "provincial",
            ["forum_title", "abbreviation", "no_event"],
            provinces=[pv("Vĩnh Long")],
            events=[],
        ),
        h(
            n(),
            "Giá thép xây dựng tại Cần Thơ hôm nay: thép cuộn tăng 50.000 đồng/tấn",
            "2025-02-21",
            "provincial",
            ["price_title", "per_unit_money", "no_event"],
            provinces=[pv("Cần Thơ")],
            money=[m(50_000, "VND", "tấn")],
            events=[],
        ),
        h(
            n(),
            "kubet88 sắp xếp tỉnh mới tra cứu xã phường soi cầu bạch thủ hôm nay nổ hũ",
            "2025-06-14",
            "ministry",
            ["spam_keywords", "gambling", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thiet ke nha xuong thep tien che gia re mien tay lien he zalo",
            "2024-01-15",
            "ministry",
            ["spam_keywords", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "z5321887_anh-khu-cong-nghiep-hoa-phu-vinh-long.jpg",
            "2024-05-20",
            "provincial",
            ["junk_filename", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, category, title, blurb and HTML-head pages (S1 r1-r2, S2 r3, S4 r1-r4, S5 r1-r3, S6 r1-r2, S7 r3-r4,
    # S8 r1-r3, S9 r4, S10 r1-r4, S12 r2-r4, S14 r1-r3, S15 r1-r2, S16 r4, S17 r1: 32 slots, many of them repeats) ---
    rows += [
        h(
            n(),
            "Hai cụm công nghiệp mới ở Vĩnh Long mở cửa cho doanh nghiệp cơ khí\n\nCụm công nghiệp Phú Quới 2 và Cụm công nghiệp Hòa Lộc, rộng tổng cộng khoảng 95 ha, dự kiến đón doanh nghiệp từ quý II/2026.",
            "2025-11-03",
            "provincial",
            [
                "category_blurb",
                "headline_lead",
                "two_parks",
                "area",
                "approx",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Vĩnh Long")],
            locations=[park("Cụm công nghiệp Phú Quới 2"), park("Cụm công nghiệp Hòa Lộc")],
            areas=[ha(95, True)],
            events=[],
        ),
        h(
            n(),
            "Tây Ninh đưa ba cụm công nghiệp phía nam vào khai thác\n\nKhoảng 140 ha đất đã san lấp ở Cụm công nghiệp Lương Hòa, Mỹ Yên 2 và Tân Bửu sẵn sàng giao cho doanh nghiệp trước cuối năm.",
            "2025-09-08",
            "provincial",
            [
                "category_blurb",
                "headline_lead",
                "park_list_one_head",
                "area",
                "approx",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Tây Ninh")],
            locations=[
                park("Cụm công nghiệp Lương Hòa"),
                park("Cụm công nghiệp Mỹ Yên 2"),
                park("Cụm công nghiệp Tân Bửu"),
            ],
            areas=[ha(140, True)],
            events=[],
        ),
        h(
            n(),
            "Động thổ khu công nghiệp 640 ha ở Long An (cũ)\n\nMáy ủi đã vào công trường Khu công nghiệp Phước Lợi Xanh ở Bến Lức, phía nam tỉnh Tây Ninh, sau lễ động thổ sáng qua.",
            "2025-10-20",
            "provincial",
            [
                "category_blurb",
                "headline_lead",
                "park_groundbreaking_no_developer",
                "old_province",
                "bare_town_no_district",
                "area",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Long An"), pv("Tây Ninh")],
            locations=[park("Khu công nghiệp Phước Lợi Xanh")],
            areas=[ha(640)],
            events=[],
        ),
        h(
            n(),
            "Cụm công nghiệp 980 tỷ đồng khởi công ở Tân Trụ\n\nCụm công nghiệp Mỹ An Đông rộng 75 ha, là cụm thứ ba của huyện được làm hạ tầng trong hai năm.",
            "2024-04-13",
            "provincial",
            [
                "category_blurb",
                "headline_lead",
                "park_groundbreaking_no_developer",
                "bare_town_no_district",
                "ordinal_not_count",
                "area",
                "multiline",
                "no_event",
            ],
            money=[m(980 * B, "VND")],
            locations=[park("Cụm công nghiệp Mỹ An Đông")],
            areas=[ha(75)],
            events=[],
        ),
        h(
            n(),
            "Chậm 8 năm, dự án khu công nghiệp 285 ha ở Bến Tre được Tổng công ty Cửu Long xin trả lại",
            "2019-07-25",
            "provincial",
            ["title_page", "withdrawal_no_deal", "duration_no_count", "area", "no_event"],
            firms=[f("Cửu Long", "Tổng công ty")],
            provinces=[pv("Bến Tre")],
            areas=[ha(285)],
            events=[],
        ),
        h(
            n(),
            '<title>Tây Ninh công khai 37 dự án hạ tầng khu, cụm công nghiệp cần nhà đầu tư</title>\n<meta name="generator" content="NukeViet v4.5">\n<meta property="og:site_name" content="Cổng thông tin điện tử tỉnh Tây Ninh">',
            "2026-01-09",
            "provincial",
            ["html_head", "meta_tags", "portal_no_org", "count", "multiline", "no_event"],
            provinces=[pv("Tây Ninh")],
            quantities=[c(37, "dự án")],
            events=[],
        ),
        h(
            n(),
            "7 dự án thứ cấp, khoảng 1.240 tỷ đồng: chỉ sau 9 tháng, khu – tuyến công nghiệp Vĩnh Long đã đón nhiều vốn hơn cả năm ngoái.\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
            "2023-10-12",
            "provincial",
            ["tv_blurb", "comment_form", "count", "approx", "nfd", "multiline", "no_event"],
            provinces=[pv("Vĩnh Long")],
            money=[m(1240 * B, "VND", approx=True)],
            quantities=[c(7, "dự án thứ cấp")],
            events=[],
        ),
        h(
            n(),
            "Dọc sông Cổ Chiên, gần 40 doanh nghiệp đóng tàu, sản xuất vật liệu xây dựng và chế biến nông sản đã đặt xưởng.\n\nTrả lời",
            "2023-08-28",
            "provincial",
            ["tv_blurb", "comment_form", "count", "approx", "multiline", "no_event"],
            quantities=[c(40, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Phát triển Hạ tầng Long Hồ Xanh được chọn làm nhà đầu tư Khu công nghiệp Phước Hậu (huyện Long Hồ, Vĩnh Long), rộng 256 ha, theo Quyết định số 1187/QĐ-TTg mà Phó Thủ tướng Đoàn Quang Vĩnh vừa ký.",
            "2022-09-21",
            "provincial",
            [
                "spam_domain_tag",
                "licence",
                "deputy_pm_approval_firm_alone",
                "firm_first_passive",
                "decision_without_date",
                "district",
                "district_in_firm_name",
                "area",
            ],
            firms=[f("Phát triển Hạ tầng Long Hồ Xanh", "Công ty CP")],
            persons=[per("Đoàn Quang Vĩnh", "Phó Thủ tướng")],
            provinces=[pv("Vĩnh Long")],
            decisions=[d("1187/QĐ-TTg")],
            locations=[park("Khu công nghiệp Phước Hậu"), district("huyện Long Hồ")],
            areas=[ha(256)],
            deals=[deal("investment", ["Phát triển Hạ tầng Long Hồ Xanh"], None, VL)],
            events=[
                ev("investment_licence", [F("Phát triển Hạ tầng Long Hồ Xanh")], None, None, VL, "licensed")
            ],
        ),
        h(
            n(),
            "Mê Kông Land\n\nMê Kông Land được chọn làm khu công nghiệp 215 ha ở Rạch Giá\n\nKhu công nghiệp Mỹ Thới Xanh (TP Rạch Giá, tỉnh Kiên Giang) vừa được Thủ tướng Chính phủ chấp thuận chủ trương đầu tư, giao Công ty CP Tập đoàn Mê Kông Land làm nhà đầu tư.",
            "2022-11-29",
            "provincial",
            [
                "tag_page",
                "tag_with_lead",
                "licence",
                "passive_approval",
                "cong_ty_cp_tap_doan",
                "old_province",
                "district",
                "area",
                "multiline",
            ],
            firms=[f("Mê Kông Land", "Công ty CP")],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Kiên Giang")],
            locations=[park("Khu công nghiệp Mỹ Thới Xanh"), district("TP Rạch Giá")],
            areas=[ha(215)],
            deals=[deal("investment", ["Mê Kông Land"], None, AG)],
            events=[
                ev(
                    "investment_licence",
                    [G("Thủ tướng Chính phủ"), F("Mê Kông Land")],
                    None,
                    None,
                    AG,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Gần 260 ha cụm công nghiệp trên giấy, lúa vẫn mọc: vì đâu doanh nghiệp hạ tầng đứng ngoài?",
            "2018-03-14",
            "provincial",
            ["blurb", "area", "approx", "no_event"],
            areas=[ha(260, True)],
            events=[],
        ),
        h(
            n(),
            "Ba ca thợ đã quay lại công trường nhà xưởng xây sẵn ở KCN Tân Kim Xanh ngay mùng 6 Tết Ất Tỵ để kịp giao xưởng trong quý II.",
            "2025-02-05",
            "provincial",
            ["blurb", "construction_progress_no_deal", "park_abbrev", "count_in_words", "no_event"],
            locations=[park("Khu công nghiệp Tân Kim Xanh")],
            events=[],
        ),
        h(
            n(),
            "LỄ ĐỘNG THỔ NHÀ MÁY KẾT CẤU THÉP ĐỨC HÒA\n\nChúng tôi hân hạnh cung cấp sân khấu, nhà bạt và âm thanh cho lễ động thổ nhà máy của Công ty CP Kết cấu thép Phương Nam tại huyện Đức Hòa, tỉnh Long An – dự án 12 ha, vốn 520 tỷ đồng […]",
            "2023-12-02",
            "provincial",
            [
                "event_service_tag",
                "caps_title",
                "recalled_groundbreaking",
                "district",
                "area",
                "truncated",
                "multiline",
                "no_event",
            ],
            firms=[f("Kết cấu thép Phương Nam", "Công ty CP")],
            provinces=[pv("Long An")],
            money=[m(520 * B, "VND")],
            locations=[district("huyện Đức Hòa")],
            areas=[ha(12)],
            deals=[deal("groundbreaking", ["Kết cấu thép Phương Nam"], 520 * B, TN)],
            events=[],
        ),
        h(
            n(),
            "Quỹ đất khu công nghiệp rộng, giá thuê thấp hơn Cần Thơ và Sóc Trăng: Hậu Giang cũ có gì để giữ các nhà máy chế biến?\n\nDanh sách bài viết",
            "2025-08-14",
            "provincial",
            ["category_blurb", "old_province", "page_furniture", "multiline", "no_event"],
            provinces=[pv("Cần Thơ"), pv("Sóc Trăng"), pv("Hậu Giang")],
            events=[],
        ),
        h(
            n(),
            "Chậm bàn giao đất,\n\nhạ tầng KCN Ô Môn\n\nlỡ hẹn nhà đầu tư\n\nCT)- Mới khoảng 40% khối lượng hạ tầng KCN Ô Môn hoàn thành, đoàn kiểm tra của Ban Quản lý các Khu chế xuất và Công nghiệp TP Cần Thơ ghi nhận hôm 17-4.",
            "2023-04-18",
            "provincial",
            [
                "category_page",
                "broken_headline",
                "truncated_source_tag",
                "inspection_no_deal",
                "percentage",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Ban Quản lý các Khu chế xuất và Công nghiệp TP Cần Thơ"],
            provinces=[pv("Cần Thơ")],
            percentages=[40],
            locations=[park("Khu công nghiệp Ô Môn")],
            events=[],
        ),
        h(
            n(),
            "7 dự án FDI mới, tổng vốn chừng 23,6 triệu USD, là kết quả 11 tháng của TP Cần Thơ, theo ông Trịnh Văn Khải, Phó Giám đốc Sở Tài chính TP Cần Thơ.",
            "2025-12-04",
            "provincial",
            [
                "blurb",
                "count_first",
                "person_role_after",
                "round_total_no_event",
                "count",
                "approx",
                "no_event",
            ],
            persons=[per("Trịnh Văn Khải", "Phó Giám đốc Sở Tài chính TP Cần Thơ")],
            organizations=["Sở Tài chính TP Cần Thơ"],
            provinces=[pv("Cần Thơ")],
            money=[m(23.6 * M, "USD", approx=True)],
            quantities=[c(7, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "khu công nghiệp tại Tây Ninh\n\nQuy hoạch 486 ha cho khu công nghiệp ở Tân Biên được duyệt\nUBND tỉnh Tây Ninh vừa duyệt đồ án phân khu Khu công nghiệp Tân Bình Xanh; khoảng 28.000 công nhân sẽ cần chỗ ở khi khu vận hành đủ công suất.",
            "2024-10-02",
            "provincial",
            [
                "tag_page",
                "tag_with_lead",
                "zoning_plan_no_deal",
                "bare_town_no_district",
                "area",
                "approx",
                "count",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            locations=[park("Khu công nghiệp Tân Bình Xanh")],
            areas=[ha(486)],
            quantities=[c(28_000, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "(DVT.vn) - Huyện Cai Lậy muốn nâng cụm công nghiệp Tân Hội thành khu công nghiệp 312 ha để đón dự án chế biến trái cây.",
            "2021-06-17",
            "provincial",
            ["blurb", "paper_prefix", "proposal_no_deal", "lowercase_park", "district", "area", "no_event"],
            locations=[district("huyện Cai Lậy"), park("Cụm công nghiệp Tân Hội")],
            areas=[ha(312)],
            events=[],
        ),
        h(
            n(),
            "Hai cụm công nghiệp ở Vĩnh Long bị xóa tên vì chủ đầu tư 'án binh bất động'\nCụm công nghiệp Bình Phước và Cụm công nghiệp An Định không còn trong danh sách sau khi UBND tỉnh chấp nhận đề xuất của Sở Công Thương Vĩnh Long.",
            "2024-03-26",
            "provincial",
            ["spam_domain_tag", "repeal_no_deal", "bare_unit_no_org", "two_parks", "multiline", "no_event"],
            organizations=["Sở Công Thương Vĩnh Long"],
            provinces=[pv("Vĩnh Long")],
            locations=[park("Cụm công nghiệp Bình Phước"), park("Cụm công nghiệp An Định")],
            events=[],
        ),
        h(
            n(),
            "Hậu Giang được lập thêm khu công nghiệp ven sông Hậu\n\nThủ tướng Chính phủ đã đồng ý đưa khu công nghiệp thứ ba của tỉnh, rộng khoảng 290 ha ở huyện Châu Thành, vào quy hoạch phát triển các khu công nghiệp cả nước.\n\nNguồn TTXVN: http://www.vnanet.vn/TrangChu/VN/tabid/58/itemid/301742/Default.aspx",
            "2012-10-09",
            "provincial",
            [
                "old_news",
                "planning_no_deal",
                "ordinal_not_count",
                "district",
                "area",
                "approx",
                "source_url",
                "agency_no_org",
                "multiline",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Hậu Giang")],
            locations=[district("huyện Châu Thành")],
            areas=[ha(290, True)],
            events=[],
        ),
        h(
            n(),
            "Khu công nghiệp miền Tây: đất sẵn, đường đã thông, vì sao nhà đầu tư vẫn dè dặt?",
            "2024-09-17",
            "provincial",
            ["title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thứ ba, 08/10/2024 15:02 (GMT+7)\nAn Giang: Khu công nghiệp Bình Hòa góp gần một nửa giá trị sản xuất công nghiệp của tỉnh\nHơn 30 doanh nghiệp trong khu, phần lớn chế biến thủy sản và thức ăn chăn nuôi, đang dùng khoảng 9.500 lao động.",
            "2024-10-08",
            "provincial",
            ["tag_page", "timestamp", "fraction_in_words", "count", "approx", "multiline", "no_event"],
            provinces=[pv("An Giang")],
            locations=[park("Khu công nghiệp Bình Hòa")],
            quantities=[c(30, "doanh nghiệp", True), c(9500, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Liên danh Tập đoàn Hải Phát Miền Tây – Công ty CP Địa ốc Sao Việt muốn lấy thị xã Vĩnh Châu làm hạt nhân của khu kinh tế ven biển.\nHai doanh nghiệp này cũng đứng sau Công ty TNHH Đầu tư Hạ tầng Long Phú Xanh – chủ đầu tư giai đoạn 1 KCN Long Phú 1, vốn gần 2.900 tỷ đồng.",
            "2024-05-30",
            "provincial",
            [
                "topic_page",
                "proposal_no_deal",
                "investor_line_no_verb",
                "owners_no_deal",
                "district",
                "approx",
                "no_site",
                "multiline",
                "no_event",
            ],
            firms=[
                f("Hải Phát Miền Tây", "Tập đoàn"),
                f("Địa ốc Sao Việt", "Công ty CP"),
                f("Đầu tư Hạ tầng Long Phú Xanh", "Công ty TNHH"),
            ],
            money=[m(2900 * B, "VND", approx=True)],
            locations=[district("thị xã Vĩnh Châu"), park("Khu công nghiệp Long Phú 1")],
            deals=[deal("investment", ["Đầu tư Hạ tầng Long Phú Xanh"], 2900 * B)],
            events=[],
        ),
        h(
            n(),
            "Sao Mai Industrial Property JSC's rental factories at Tan Duc 5 Industrial Park, 21ha and US$38.5 million so far, are 70 per cent let, according to the Long An Economic Zone Authority.\nBuilding work on a second block of Sao Mai Industrial Property's ready-built factories got under way last week.\nFactory rents in the south rose again in the third quarter as electronics makers kept arriving.",
            "2024-08-12",
            "ministry",
            [
                E,
                "tag_page",
                "lead_list",
                "recalled_investment",
                "groundbreaking_work_under_way",
                "province_in_org_name_no_site",
                "percentage",
                "area",
                "english_park_no_location",
                "multiline",
            ],
            firms=[f("Sao Mai Industrial Property", "JSC")],
            organizations=["Long An Economic Zone Authority"],
            provinces=[pv("Long An")],
            money=[m(38.5 * M, "USD")],
            percentages=[70],
            areas=[ha(21)],
            deals=[
                deal("investment", ["Sao Mai Industrial Property"], 38.5 * M),
                deal("groundbreaking", ["Sao Mai Industrial Property"]),
            ],
            events=[ev("groundbreaking", [F("Sao Mai Industrial Property")], None, None, None, "started")],
        ),
        h(
            n(),
            "Từ khóa: nhà xưởng xây sẵn, khu công nghiệp Tây Ninh, Long An cũ, kết cấu thép",
            "2025-09-22",
            "provincial",
            ["keyword_line", "old_province", "no_event"],
            provinces=[pv("Tây Ninh"), pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "nha xuong xay san cho thue long an",
            "2024-07-01",
            "provincial",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            '<meta property="og:title" content="Long An cũ: 4 khu công nghiệp mới sẵn sàng đón nhà đầu tư thứ cấp">',
            "2025-10-01",
            "provincial",
            ["html_head", "meta_tags", "old_province", "count", "no_event"],
            provinces=[pv("Long An")],
            quantities=[c(4, "khu công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Giải phóng mặt bằng chậm, nhiều khu công nghiệp ở Long An (cũ) lỡ hẹn nhà đầu tư thứ cấp",
            "2025-11-11",
            "provincial",
            ["title_page", "old_province", "no_event"],
            provinces=[pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "Nhà xưởng thép tiền chế 5.000 m2 giá bao nhiêu? Báo giá trọn gói 2025",
            "2025-01-06",
            "ministry",
            ["blog_title", "m2_to_ha", "no_event"],
            areas=[ha(0.5)],
            events=[],
        ),
        h(
            n(),
            "Bất động sản - Trang 77\n\nĐức Hòa sắp có khu công nghiệp công nghệ cao 420 ha",
            "2022-12-05",
            "provincial",
            [
                "category_page",
                "page_number_no_count",
                "bare_town_no_district",
                "area",
                "multiline",
                "no_event",
            ],
            areas=[ha(420)],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư Thái Lan rút khỏi khu công nghiệp 500 ha ở Sóc Trăng",
            "2020-09-03",
            "provincial",
            ["title_page", "withdrawal_no_deal", "country_adjective", "area", "no_event"],
            provinces=[pv("Sóc Trăng")],
            locations=[country("Thái Lan")],
            areas=[ha(500)],
            events=[],
        ),
        h(
            n(),
            "Tin tức khu công nghiệp Trà Vinh mới nhất",
            "2024-12-01",
            "provincial",
            ["tag_page", "no_event"],
            provinces=[pv("Trà Vinh")],
            events=[],
        ),
        h(
            n(),
            "Kinh tế Hậu Giang - Trang 3\n\nHậu Giang muốn nới KCN Tân Phú Thạnh thêm 150 ha\nCần Thơ mới: 3 khu công nghiệp được giao đất trong quý I",
            "2025-09-30",
            "provincial",
            [
                "category_page",
                "related_headlines",
                "page_number_no_count",
                "count",
                "area",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hậu Giang"), pv("Cần Thơ")],
            locations=[park("Khu công nghiệp Tân Phú Thạnh")],
            areas=[ha(150)],
            quantities=[c(3, "khu công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "khu cong nghiep can tho tuyen dung 2025",
            "2025-03-03",
            "provincial",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
    ]
    # --- Reference, profile, portal and document-store pages (S1 r3, S3 r2, S5 r4, S8 r4, S9 r2-r3, S13 r4, S15 r3,
    # S17 r3, S19 r3-r4: 11 slots) ---
    rows += [
        h(
            n(),
            "Khu công nghiệp Mỹ Hạnh Nam (huyện Đức Hòa, Long An) được quy hoạch gần 390 ha, sát đường Vành đai 4.\nMinh Trí\nTheo Doanh Nghiệp & Kinh Doanh\nLink bài gốc",
            "2024-07-17",
            "provincial",
            [
                "park_profile",
                "district",
                "byline",
                "source_line",
                "newspaper_no_org",
                "road_number_no_count",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Trí", None)],
            provinces=[pv("Long An")],
            locations=[park("Khu công nghiệp Mỹ Hạnh Nam"), district("huyện Đức Hòa")],
            areas=[ha(390, True)],
            events=[],
        ),
        h(
            n(),
            "- Vị trí: xã Trường Xuân, huyện Thới Lai, TP. Cần Thơ\n- Chủ đầu tư: Công ty CP Hạ tầng Công nghiệp Tây Đô Xanh\n- Quy mô quy hoạch: 410 ha\n- Ngành thu hút: cơ khí, vật liệu xây dựng, bao bì",
            "2025-05-12",
            "provincial",
            [
                "job_site_profile",
                "dash_list",
                "investor_line_no_verb",
                "district",
                "area",
                "multiline",
                "no_event",
            ],
            firms=[f("Hạ tầng Công nghiệp Tây Đô Xanh", "Công ty CP")],
            provinces=[pv("Cần Thơ")],
            locations=[district("huyện Thới Lai")],
            areas=[ha(410)],
            deals=[deal("investment", ["Hạ tầng Công nghiệp Tây Đô Xanh"], None, CT)],
            events=[],
        ),
        h(
            n(),
            "Chủ đầu tư ước tính khi lấp đầy, Thới Lai Tây có thể giữ chân chừng 2,8 tỷ USD vốn ngoại và 60.000 lao động.",
            "2025-05-12",
            "provincial",
            [
                "job_site_profile",
                "target_no_deal",
                "bare_park_name_no_location",
                "count",
                "approx",
                "no_event",
            ],
            money=[m(2.8 * B, "USD", approx=True)],
            quantities=[c(60_000, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Hơn 2.960 tỷ đồng (khoảng 121 triệu USD) được dành cho 214 ha đầu tiên, phần đã động thổ từ giữa tháng 5/2024.",
            "2025-05-12",
            "provincial",
            ["job_site_profile", "no_firm", "passive_start_no_party", "area", "approx", "no_event"],
            money=[m(2960 * B, "VND", approx=True), m(121 * M, "USD", approx=True)],
            areas=[ha(214)],
            events=[],
        ),
        h(
            n(),
            "- Hạ tầng kết nối: cách cảng Cái Cui 28 km, cách quốc lộ 91 khoảng 6 km\n- Thời hạn hoạt động: đến năm 2073",
            "2025-05-12",
            "provincial",
            ["job_site_profile", "dash_list", "distance_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CCN%20AnGiang.jpg\nBản đồ quy hoạch cụm công nghiệp tỉnh An Giang đến năm 2030\n28 cụm công nghiệp, khoảng 760 ha, là con số quy hoạch mà UBND tỉnh An Giang chốt tại Quyết định số 1540/QĐ-UBND ngày 20/10/2015.",
            "2016-04-05",
            "provincial",
            [
                "old_portal",
                "image_filename",
                "count_first",
                "decision_with_date",
                "count",
                "area",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh An Giang"],
            provinces=[pv("An Giang")],
            decisions=[d("1540/QĐ-UBND", "2015-10-20")],
            quantities=[c(28, "cụm công nghiệp")],
            areas=[ha(760, True)],
            events=[],
        ),
        h(
            n(),
            "Hạ tầng cơ bản đã xong ở CCN Hòa Bình Thạnh (huyện Châu Thành), CCN Long Sơn (thị xã Tân Châu), CCN Núi Sam (TP Châu Đốc) và ba cụm khác.",
            "2016-04-05",
            "provincial",
            ["old_portal", "park_list", "ccn_abbrev", "district_in_brackets", "count_in_words", "no_event"],
            locations=[
                park("Cụm công nghiệp Hòa Bình Thạnh"),
                district("huyện Châu Thành"),
                park("Cụm công nghiệp Long Sơn"),
                district("thị xã Tân Châu"),
                park("Cụm công nghiệp Núi Sam"),
                district("TP Châu Đốc"),
            ],
            events=[],
        ),
        h(
            n(),
            "Khoảng 7.000 công nhân đang làm cho 19 doanh nghiệp trong các cụm này, phần lớn là nhà máy xay xát, lau bóng gạo và cấp đông cá tra; vốn đã đầu tư ước 1.980 tỷ đồng.",
            "2016-04-05",
            "provincial",
            ["old_portal", "count", "approx", "nfd", "no_event"],
            money=[m(1980 * B, "VND", approx=True)],
            quantities=[c(7000, "công nhân", True), c(19, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Điểm cộng lớn nhất của các cụm là nằm sát quốc lộ 91 và sông Hậu, xe container và sà lan 1.000 tấn đều vào được.",
            "2016-04-05",
            "provincial",
            ["old_portal", "tonnage_no_count", "road_number_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhon Nghia A Industrial Park - Hau Giang\n\nSep 14, 2023\n\n  • Investor: Tay Song Hau Infrastructure JSC\n  • Operating time: 2019 - 2069\n  • Address: Nhon Nghia A Commune, Chau Thanh A District, Hau Giang Province\n  • Total area: 252 ha",
            "2023-09-14",
            "ministry",
            [
                E,
                "park_profile",
                "bullet_list",
                "investor_line_no_verb",
                "unaccented",
                "english_district_no_location",
                "area",
                "multiline",
                "no_event",
            ],
            firms=[f("Tay Song Hau Infrastructure", "JSC")],
            provinces=[pv("Hậu Giang")],
            areas=[ha(252)],
            deals=[deal("investment", ["Tay Song Hau Infrastructure"], None, CT)],
            events=[],
        ),
        h(
            n(),
            "Official Letter No. 2214/TTg-CN, dated 5 November 2018, put the park on the national master plan for industrial zones.",
            "2023-09-14",
            "ministry",
            [E, "park_profile", "official_letter", "decision_with_date", "no_event"],
            decisions=[d("2214/TTg-CN", "2018-11-05")],
            events=[],
        ),
        h(
            n(),
            "Năm 1998 Khu chế xuất Trà Nóc được chuyển thành khu công nghiệp; từ đó đến nay Cần Thơ lập thêm Hưng Phú 1, Hưng Phú 2A và Thốt Nốt.\nNguồn: Cafe Land",
            "2020-06-30",
            "provincial",
            [
                "company_site_reprint",
                "history",
                "bare_park_names_no_location",
                "source_line",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Cần Thơ")],
            locations=[park("Khu chế xuất Trà Nóc")],
            events=[],
        ),
        h(
            n(),
            "1. Trang chủ\n2. » Luận Văn - Báo Cáo\n\nDự án nhà máy kết cấu thép tiền chế Hậu Giang (bản thuyết minh) 0918456720\n\n64 812 7\n\nĐang tải... (xem toàn văn)",
            "2019-06-11",
            "provincial",
            ["document_store", "breadcrumb", "phone_number", "stats_no_count", "multiline", "no_event"],
            provinces=[pv("Hậu Giang")],
            events=[],
        ),
        h(
            n(),
            "DỰ ÁN ĐẦU TƯ XÂY DỰNG NHÀ MÁY KẾT CẤU THÉP TIỀN CHẾ VÀ TÔN LỢP\nĐơn vị lập: Công ty TNHH Tư vấn Đầu tư Miền Nam Xanh\nChủ đầu tư: CÔNG TY CỔ PHẦN THÉP NAM SÔNG HẬU\nHậu Giang, 05/2019",
            "2019-06-11",
            "provincial",
            [
                "document_store",
                "caps_cover",
                "caps_firm",
                "investor_line_no_verb",
                "consultant_no_party",
                "place_month_line",
                "multiline",
                "no_event",
            ],
            firms=[f("Tư vấn Đầu tư Miền Nam Xanh", "Công ty TNHH"), f("Thép Nam Sông Hậu", "Công ty CP")],
            provinces=[pv("Hậu Giang")],
            deals=[deal("investment", ["Thép Nam Sông Hậu"], None, CT)],
            events=[],
        ),
        h(
            n(),
            "| Địa điểm | Lô C3, KCN Tân Phú Thạnh, huyện Châu Thành A, Hậu Giang |\n| Diện tích | 6,5 ha |\n| Công suất | 18.000 tấn kết cấu/năm |",
            "2019-06-11",
            "provincial",
            ["document_store", "pipe_table", "district", "area", "tonnage_no_count", "multiline", "no_event"],
            provinces=[pv("Hậu Giang")],
            locations=[park("Khu công nghiệp Tân Phú Thạnh"), district("huyện Châu Thành A")],
            areas=[ha(6.5)],
            events=[],
        ),
        h(
            n(),
            "Trang 1\n\n-    -\n\nCHƯƠNG IV: QUY MÔ VÀ CÔNG NGHỆ SẢN XUẤT 14\nIV.2 Dây chuyền hàn tổ hợp dầm H 16",
            "2019-06-11",
            "provincial",
            ["document_store", "table_of_contents", "page_numbers_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "SONG TIEN GROUP, investor of the 175-hectare Long Duc 3 Industrial Park in Tra Vinh province, says its last roads and drains will be done by the end of 2024, three years after the Prime Minister's approval in March 2021.",
            "2024-03-18",
            "ministry",
            [
                E,
                "company_event_page",
                "recalled_approval",
                "caps_firm",
                "group_kept",
                "bare_role_no_org",
                "area",
                "unaccented",
                "no_event",
            ],
            firms=[f("Song Tien Group")],
            provinces=[pv("Trà Vinh")],
            areas=[ha(175)],
            deals=[deal("investment", ["Song Tien Group"], None, VL)],
            events=[],
        ),
        h(
            n(),
            "After a four-year tax holiday, tenants pay half of the 10 per cent corporate income tax for the next nine years.",
            "2024-03-18",
            "ministry",
            [E, "company_event_page", "incentives", "percentage", "durations_no_count", "no_event"],
            percentages=[10],
            events=[],
        ),
        h(
            n(),
            "Hoa Thanh Industrial Park - Long An\nOperating time: 2018 - 2068\nTotal Area: 285 ha\nInfrastructure investor: Hoa Thanh Xanh Industrial Park JSC\nPrice: 95 USD/m2\nBuilding density: 70 (%)\nOccupancy: about 40%",
            "2024-02-27",
            "ministry",
            [
                E,
                "park_profile",
                "label_list",
                "investor_line_no_verb",
                "land_price_per_m2",
                "percentage",
                "area",
                "multiline",
                "no_event",
            ],
            firms=[f("Hoa Thanh Xanh Industrial Park", "JSC")],
            provinces=[pv("Long An")],
            money=[m(95, "USD", "m2")],
            percentages=[70, 40],
            areas=[ha(285)],
            deals=[deal("investment", ["Hoa Thanh Xanh Industrial Park"], None, TN)],
            events=[],
        ),
        h(
            n(),
            "Land use: factories 176.5 ha | warehouses 22 ha | roads 45.2 ha | trees and water 30.1 ha",
            "2024-02-27",
            "ministry",
            [E, "park_profile", "pipe_list", "area", "no_event"],
            areas=[ha(176.5), ha(22), ha(45.2), ha(30.1)],
            events=[],
        ),
        h(
            n(),
            "vietnamnet.vn_Forty-one industrial and logistics projects, together worth VND162 trillion (US$7.1 billion), are on the list Mekong Delta provinces brought to an investment forum in Can Tho run by the Vietnam Chamber of Commerce and Industry (VCCI). Tiếp tục đọc",
            "2019-11-02",
            "ministry",
            [
                E,
                "blog_excerpt",
                "site_prefix_glued",
                "trillion",
                "count_in_words",
                "acronym_bracket",
                "unaccented",
                "no_event",
            ],
            organizations=["Vietnam Chamber of Commerce and Industry"],
            provinces=[pv("Cần Thơ")],
            money=[m(162_000 * B, "VND"), m(7.1 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Citation preview\n\nPage 2: Data for this guide came from the 13 provincial investment promotion centres; GIZ paid for the survey.",
            "2017-05-03",
            "ministry",
            [E, "document_store", "pdf_preview", "foreign_acronym_org", "count", "multiline", "no_event"],
            organizations=["GIZ"],
            quantities=[c(13, "provincial investment promotion centres")],
            events=[],
        ),
        h(
            n(),
            "Page 3: KEY FACTS · 13 provinces and cities · 17.3 million people · 2.6 million ha of farmland",
            "2017-05-03",
            "ministry",
            [E, "document_store", "pdf_preview", "middle_dots", "count", "area", "no_event"],
            quantities=[c(13, "provinces and cities"), c(17_300_000, "people")],
            areas=[ha(2_600_000)],
            events=[],
        ),
    ]
    # --- Vietnamese news (S1 r4, S2 r1 r2 r4, S3 r1 r4, S6 r3, S7 r1, S9 r1, S12 r1, S14 r4, S15 r4, S16 r2-r3: 14 slots) ---
    rows += [
        # A ready-built factory developer adds stock (S1 r4)
        h(
            n(),
            "Thêm 24.000 m2 xưởng xây sẵn ở Cần Giuộc chờ khách thuê\nCông ty CP Tân Kim Xanh (HoSE: TKX) vừa hoàn thiện dãy xưởng thứ tư tại KCN Tân Kim Xanh, nâng tổng diện tích nhà xưởng cho thuê lên khoảng 96.000 m2.",
            "2025-11-14",
            "provincial",
            [
                "headline_lead",
                "rbf_stock_no_deal",
                "stock_code_no_firm",
                "bare_town_no_district",
                "ordinal_not_count",
                "m2_to_ha",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Tân Kim Xanh", "Công ty CP")],
            locations=[park("Khu công nghiệp Tân Kim Xanh")],
            areas=[ha(2.4), ha(9.6, True)],
            events=[],
        ),
        h(
            n(),
            "Dãy nhà xưởng xây sẵn mới tại KCN Tân Kim Xanh. Ảnh: TKX",
            "2025-11-14",
            "provincial",
            ["caption", "company_credit_no_person", "no_event"],
            locations=[park("Khu công nghiệp Tân Kim Xanh")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 1,9 triệu m2 xưởng xây sẵn mới sẽ ra thị trường phía Nam trước năm 2027, nhưng JLL cho rằng tỷ lệ lấp đầy vẫn giữ quanh 82%.",
            "2025-11-14",
            "provincial",
            ["broker_report", "m2_to_ha", "approx", "percentage", "no_event"],
            firms=[f("JLL")],
            percentages=[82],
            areas=[ha(190, True)],
            events=[],
        ),
        h(
            n(),
            "Hồi tháng 7, Tân Kim Xanh đã khởi công giai đoạn 2 khu nhà xưởng xây sẵn với tổng vốn khoảng 610 tỷ đồng.",
            "2025-11-14",
            "provincial",
            ["recalled_groundbreaking", "month_no_day", "short_name_alone", "approx", "no_site", "no_event"],
            firms=[f("Tân Kim Xanh")],
            money=[m(610 * B, "VND", approx=True)],
            deals=[deal("groundbreaking", ["Tân Kim Xanh"], 610 * B)],
            events=[],
        ),
        h(
            n(),
            "Xưởng cỡ vừa, 1.500 - 4.000 m2, là loại được hỏi thuê nhiều nhất ở TKX năm nay, số yêu cầu tăng khoảng 35%; khách chủ yếu làm cơ khí, bao bì và dược phẩm.",
            "2025-11-14",
            "provincial",
            ["stock_code_no_firm", "area_range", "percentage", "no_event"],
            percentages=[35],
            areas=[ha(0.15), ha(0.4)],
            events=[],
        ),
        h(
            n(),
            "Theo ông Trần Minh Đạt, Giám đốc kinh doanh Tân Kim Xanh, hai khách Hàn Quốc và một khách Đức đã đặt cọc giữ xưởng, dự kiến lắp máy từ tháng 3/2026.",
            "2025-11-14",
            "provincial",
            ["person_role_after", "unnamed_tenants_no_deal", "count_in_words", "no_event"],
            firms=[f("Tân Kim Xanh")],
            persons=[per("Trần Minh Đạt", "Giám đốc kinh doanh Tân Kim Xanh")],
            locations=[country("Hàn Quốc"), country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Giá thuê xưởng xây sẵn tại đây dao động 4,2-4,8 USD/m2/tháng, chưa gồm phí quản lý.",
            "2025-11-14",
            "provincial",
            ["rent_per_m2_month_not_money", "no_event"],
            events=[],
        ),
        h(
            n(),
            "KCN Tân Kim Xanh hiện có hơn 60 doanh nghiệp thuê đất và xưởng, đông nhất là nhà đầu tư Nhật Bản và Hàn Quốc.",
            "2025-11-14",
            "provincial",
            ["park_tenants_no_deal", "count", "approx", "no_event"],
            locations=[park("Khu công nghiệp Tân Kim Xanh"), country("Nhật Bản"), country("Hàn Quốc")],
            quantities=[c(60, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Năm 2026, theo giới môi giới, doanh nghiệp điện tử, linh kiện ô tô và thiết bị y tế vẫn là nhóm khách thuê chính của xưởng xây sẵn quanh TP.HCM.",
            "2025-11-14",
            "provincial",
            ["forecast", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Phối cảnh khu nhà xưởng xây sẵn giai đoạn 3 của Tân Kim Xanh. Ảnh: TKX",
            "2025-11-14",
            "provincial",
            ["caption", "ordinal_not_count", "company_credit_no_person", "no_event"],
            firms=[f("Tân Kim Xanh")],
            events=[],
        ),
        # A Tây Ninh park developer's licence told by three papers (S2 r1, r2, r4)
        h(
            n(),
            "Sáng 19/9, Công ty TNHH Phát triển Hạ tầng Vàm Cỏ Đông nhận một lúc bốn văn bản – quyết định chấp thuận chủ trương đầu tư kiêm chấp thuận nhà đầu tư, giấy chứng nhận đăng ký đầu tư và giấy phép xây dựng – cho Khu công nghiệp Hựu Thạnh Nam 2 từ UBND tỉnh Tây Ninh.",
            "2025-09-19",
            "provincial",
            ["licence", "grantor_after_tu", "dash_aside", "count_in_words", "deal_date"],
            firms=[f("Phát triển Hạ tầng Vàm Cỏ Đông", "Công ty TNHH")],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            locations=[park("Khu công nghiệp Hựu Thạnh Nam 2")],
            deals=[deal("investment", ["Phát triển Hạ tầng Vàm Cỏ Đông"], None, TN, "2025-09-19")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Tây Ninh"), F("Phát triển Hạ tầng Vàm Cỏ Đông")],
                    None,
                    None,
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND tỉnh Tây Ninh Trần Quốc Hưng (thứ hai từ trái) trao giấy chứng nhận cho chủ đầu tư. (Ảnh: Hoài Nam)",
            "2025-09-19",
            "provincial",
            ["caption", "role_before_name", "photo_credit_person", "no_event"],
            persons=[per("Trần Quốc Hưng", "Phó Chủ tịch UBND tỉnh Tây Ninh"), per("Hoài Nam", None)],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Khu công nghiệp 4.480 tỉ đồng ở phía nam Tây Ninh có đủ 'giấy thông hành' 19/09/2025 17:42\n\nChiều 19-9, UBND tỉnh Tây Ninh cấp cho Công ty TNHH Phát triển Hạ tầng Vàm Cỏ Đông giấy chứng nhận đăng ký đầu tư dự án hạ tầng KCN Hựu Thạnh Nam 2, rộng gần 298 ha tại xã Hựu Thạnh.",
            "2025-09-19",
            "provincial",
            [
                "headline_lead",
                "headline_amount",
                "licence",
                "timestamp",
                "dash_date",
                "deal_date",
                "area",
                "approx",
                "multiline",
            ],
            firms=[f("Phát triển Hạ tầng Vàm Cỏ Đông", "Công ty TNHH")],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            money=[m(4480 * B, "VND")],
            locations=[park("Khu công nghiệp Hựu Thạnh Nam 2")],
            areas=[ha(298, True)],
            deals=[deal("investment", ["Phát triển Hạ tầng Vàm Cỏ Đông"], 4480 * B, TN, "2025-09-19")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Tây Ninh"), F("Phát triển Hạ tầng Vàm Cỏ Đông")],
                    4480 * B,
                    "VND",
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh và nhà đầu tư chụp ảnh lưu niệm sau lễ trao giấy. Ảnh: BẢO NGỌC",
            "2025-09-19",
            "provincial",
            ["caption", "photo_credit_caps", "no_event"],
            persons=[per("BẢO NGỌC", None)],
            events=[],
        ),
        h(
            n(),
            "Với 4.480 tỷ đồng, Hựu Thạnh Nam 2 là dự án hạ tầng khu công nghiệp lớn nhất tỉnh cấp phép từ đầu năm.",
            "2025-09-20",
            "provincial",
            ["ranking_no_deal", "no_firm", "bare_park_name_no_location", "nfd", "no_event"],
            money=[m(4480 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Giấy phép xây dựng cũng được trao ngay tại lễ, điều hiếm thấy với một dự án hạ tầng khu công nghiệp, theo lãnh đạo tỉnh.",
            "2025-09-20",
            "provincial",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thu ngân sách của tỉnh sau 8 tháng đã vượt 34.100 tỉ đồng (88% dự toán), còn tăng trưởng kinh tế ở mức 9,2%, ông Hưng thông tin.",
            "2025-09-19",
            "provincial",
            ["statistics", "surname_only_no_person", "percentage", "approx", "no_event"],
            money=[m(34_100 * B, "VND", approx=True)],
            percentages=[88, 9.2],
            events=[],
        ),
        h(
            n(),
            "Trưởng Ban Quản lý Khu kinh tế tỉnh Tây Ninh Lê Thanh Sang cho biết hồ sơ được giải quyết trong 27 ngày làm việc, nhanh hơn hơn 40 ngày so với trước khi phân cấp.",
            "2025-09-19",
            "provincial",
            ["role_before_name", "province_in_org_name", "duration_no_count", "nfd", "no_event"],
            persons=[per("Lê Thanh Sang", "Trưởng Ban Quản lý Khu kinh tế tỉnh Tây Ninh")],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Ông Hưng muốn khu công nghiệp ưu tiên dự án cơ khí, vật liệu xây dựng xanh và logistics thay vì ngành thâm dụng lao động.",
            "2025-09-19",
            "provincial",
            ["quote_paraphrase", "surname_only_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hai khu công nghiệp khác, Lộc Giang Xanh và Mỹ Yên 3, đang được Ban Quản lý Khu kinh tế tỉnh Tây Ninh thẩm định hồ sơ.",
            "2025-09-20",
            "provincial",
            ["pending_no_deal", "bare_park_names_no_location", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Phía nam tỉnh (Long An cũ) hiện gom phần lớn đơn hàng cơ khí, cấu kiện thép và vật liệu xây dựng của Tây Ninh.",
            "2025-09-20",
            "provincial",
            ["old_province_bracket", "no_event"],
            provinces=[pv("Long An"), pv("Tây Ninh")],
            events=[],
        ),
        # A Cần Thơ video page on a park approval (S3 r1, S9 r1)
        h(
            n(),
            "Khu công nghiệp Cờ Đỏ hơn 5.260 tỉ đồng có nhà đầu tư\n(CTO) - Công ty CP Đầu tư KCN Cờ Đỏ Xanh là nhà đầu tư được chấp thuận cho hạ tầng KCN Cờ Đỏ (giai đoạn 1), theo quyết định UBND TP Cần Thơ trao sáng 12-3 trước sự chứng kiến của Phó Bí thư Thành ủy Nguyễn Thị Thu Vân.\nThực hiện: H.Vân - T.Khoa",
            "2025-03-12",
            "provincial",
            [
                "video_page",
                "headline_lead",
                "headline_amount",
                "licence",
                "grantor_in_relative_clause",
                "attendee_no_party",
                "video_credits",
                "dash_date",
                "deal_date",
                "approx",
                "multiline",
            ],
            firms=[f("Đầu tư KCN Cờ Đỏ Xanh", "Công ty CP")],
            organizations=["Ủy ban nhân dân TP Cần Thơ"],
            persons=[
                per("Nguyễn Thị Thu Vân", "Phó Bí thư Thành ủy"),
                per("H.Vân", None),
                per("T.Khoa", None),
            ],
            provinces=[pv("Cần Thơ")],
            money=[m(5260 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Cờ Đỏ")],
            deals=[deal("investment", ["Đầu tư KCN Cờ Đỏ Xanh"], 5260 * B, CT, "2025-03-12")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND TP Cần Thơ"), F("Đầu tư KCN Cờ Đỏ Xanh")],
                    5260 * B,
                    "VND",
                    CT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Dự án rộng khoảng 436 ha tại huyện Cờ Đỏ, dự kiến đón doanh nghiệp chế biến nông sản, cơ khí nông nghiệp và vật liệu xây dựng.",
            "2025-03-12",
            "provincial",
            ["project_terms", "no_firm", "district", "area", "approx", "no_event"],
            locations=[district("huyện Cờ Đỏ")],
            areas=[ha(436, True)],
            events=[],
        ),
        # A working session before a groundbreaking (S3 r4)
        h(
            n(),
            "Huyện Thới Lai phải bàn giao xong mặt bằng giai đoạn 1 Khu công nghiệp Thới Lai Tây trước ngày 30/6, Bí thư Thành ủy Cần Thơ Lê Quang Tùng yêu cầu tại buổi kiểm tra chiều 3/6.",
            "2024-06-04",
            "provincial",
            [
                "working_session_no_deal",
                "planned_groundbreaking_no_investor",
                "role_before_name",
                "district",
                "nfd",
                "no_event",
            ],
            persons=[per("Lê Quang Tùng", "Bí thư Thành ủy Cần Thơ")],
            provinces=[pv("Cần Thơ")],
            locations=[district("Huyện Thới Lai"), park("Khu công nghiệp Thới Lai Tây")],
            events=[],
        ),
        h(
            n(),
            "Huyện đã thu hồi đất của 412 hộ, còn 37 hộ chưa nhận tiền bồi thường.",
            "2024-06-04",
            "provincial",
            ["land_clearance", "count", "no_event"],
            quantities=[c(412, "hộ"), c(37, "hộ")],
            events=[],
        ),
        h(
            n(),
            "Thành uỷ đề nghị huyện lập tổ công tác riêng để kịp lễ khởi công dự kiến vào cuối tháng 7.",
            "2024-06-04",
            "provincial",
            ["working_session_no_deal", "old_tone", "bare_unit_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 1 rộng 214 ha, lễ khởi công dự kiến trong tháng 7.",
            "2024-06-04",
            "provincial",
            ["planned_groundbreaking_no_investor", "area", "no_event"],
            areas=[ha(214)],
            events=[],
        ),
        # A steel-structure plant opened in Long An (S7 r1)
        h(
            n(),
            "Nhà máy kết cấu thép của Công ty CP Kết cấu thép Đại Phong ở xã Bình Lãng, huyện Tân Trụ (Long An) chính thức chạy dây chuyền tự động hoá từ sáng 21-6, sau lễ khánh thành.",
            "2023-06-22",
            "provincial",
            ["inauguration_no_capital", "old_tone", "district", "province_bracket", "dash_date"],
            firms=[f("Kết cấu thép Đại Phong", "Công ty CP")],
            provinces=[pv("Long An")],
            locations=[district("huyện Tân Trụ")],
            events=[ev("inauguration", [F("Kết cấu thép Đại Phong")], None, None, TN, "completed")],
        ),
        h(
            n(),
            "Cắt băng cùng lãnh đạo Đại Phong có Phó Chủ tịch UBND tỉnh Long An Lưu Quang Minh và ông Kim Jae-won, đại diện Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam.",
            "2023-06-22",
            "provincial",
            [
                "attendee_list",
                "role_before_name",
                "person_role_after",
                "country_in_org_name",
                "attendees_no_party",
                "no_event",
            ],
            firms=[f("Đại Phong")],
            persons=[
                per("Lưu Quang Minh", "Phó Chủ tịch UBND tỉnh Long An"),
                per("Kim Jae-won", "đại diện Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam"),
            ],
            organizations=[
                "Ủy ban nhân dân tỉnh Long An",
                "Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam",
            ],
            provinces=[pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "Xưởng chính dùng robot hàn của Nhật Bản; mỗi tháng nhà máy có thể xuất khoảng 2.400 tấn dầm, cột và khung kèo.",
            "2023-06-22",
            "provincial",
            ["plant_profile", "country", "tonnage_no_count", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Vốn Đại Phong bỏ vào giai đoạn đầu đã hơn 430 tỷ đồng, trên khu đất 9,2 ha; phần mở rộng sẽ xong năm 2027.",
            "2023-06-22",
            "provincial",
            ["split_row", "short_name_alone", "phase_capital", "area", "approx", "no_site", "no_event"],
            firms=[f("Đại Phong")],
            money=[m(430 * B, "VND", approx=True)],
            areas=[ha(9.2)],
            deals=[deal("investment", ["Đại Phong"], 430 * B)],
            events=[],
        ),
        h(
            n(),
            "Ông Hồ Nhật Tân, Tổng giám đốc Đại Phong, nói nhà máy sẽ ưu tiên đơn hàng nhà xưởng tiền chế cho các khu công nghiệp quanh TP.HCM và miền Tây.",
            "2023-06-22",
            "provincial",
            ["person_role_after", "firm_in_role", "no_event"],
            firms=[f("Đại Phong")],
            persons=[per("Hồ Nhật Tân", "Tổng giám đốc Đại Phong")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 300 khách mời dự lễ, đông nhất là các chủ đầu tư nhà xưởng từ TP.HCM và Bình Dương.",
            "2023-06-22",
            "provincial",
            ["attendee_count", "count", "approx", "no_event"],
            provinces=[pv("Hồ Chí Minh"), pv("Bình Dương")],
            quantities=[c(300, "khách mời", True)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy Kết cấu thép Đại Phong nhìn từ trên cao. Ảnh: ĐP",
            "2023-06-22",
            "provincial",
            ["caption", "plant_name_firm", "initials_credit_no_person", "no_event"],
            firms=[f("Kết cấu thép Đại Phong")],
            events=[],
        ),
        h(
            n(),
            "Đại Phong cho biết nhà máy tạo việc làm cho khoảng 450 lao động địa phương.",
            "2023-06-22",
            "provincial",
            ["short_name_alone", "count", "approx", "no_event"],
            firms=[f("Đại Phong")],
            quantities=[c(450, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy Đại Phong đã nhận đơn hàng kết cấu cho 12 nhà xưởng ở Long An và Tiền Giang, chủ yếu của doanh nghiệp FDI.",
            "2023-06-22",
            "provincial",
            ["orders_unnamed_buyers_no_deal", "plant_name_firm", "count", "no_event"],
            firms=[f("Đại Phong")],
            provinces=[pv("Long An"), pv("Tiền Giang")],
            quantities=[c(12, "nhà xưởng")],
            events=[],
        ),
        h(
            n(),
            "Đại Phong nhận làm trọn gói nhà xưởng tiền chế, từ bản vẽ tới lắp dựng, cho công trình trong bán kính 150 km.",
            "2023-06-22",
            "provincial",
            ["product_list_no_deal", "short_name_alone", "distance_no_count", "no_event"],
            firms=[f("Đại Phong")],
            events=[],
        ),
        # A land lease by decision, from a Japanese-language copy rendered in Vietnamese (S6 r3)
        h(
            n(),
            "Công ty CP Phát triển Hạ tầng Long Hồ Xanh được UBND tỉnh Vĩnh Long cho thuê khoảng 12,4 ha để làm đường, trạm xử lý nước thải của Khu công nghiệp Phước Hậu, theo quyết định ký ngày 9/10.",
            "2024-10-11",
            "provincial",
            [
                "foreign_page_rendered",
                "land_lease_by_decision",
                "firm_first_passive",
                "area",
                "approx",
                "decision_date_no_deal_date",
            ],
            firms=[f("Phát triển Hạ tầng Long Hồ Xanh", "Công ty CP")],
            organizations=["Ủy ban nhân dân tỉnh Vĩnh Long"],
            provinces=[pv("Vĩnh Long")],
            locations=[park("Khu công nghiệp Phước Hậu")],
            areas=[ha(12.4, True)],
            events=[
                ev(
                    "cooperation",
                    [G("UBND tỉnh Vĩnh Long"), F("Phát triển Hạ tầng Long Hồ Xanh")],
                    None,
                    None,
                    VL,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Tiền thuê trả theo năm, tính trên giá đất 1.120.000 đồng/m2, và khu đất được dùng đến năm 2072.",
            "2024-10-11",
            "provincial",
            ["foreign_page_rendered", "land_price_per_m2", "nfd", "no_event"],
            money=[m(1_120_000, "VND", "m2")],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Phát triển Hạ tầng Long Hồ Xanh đặt trụ sở tại phường Long Châu, tỉnh Vĩnh Long; chủ tịch hội đồng quản trị là ông Nguyễn Hữu Phúc.",
            "2024-10-11",
            "provincial",
            ["foreign_page_rendered", "company_profile", "role_lowercase", "no_event"],
            firms=[f("Phát triển Hạ tầng Long Hồ Xanh", "Công ty CP")],
            persons=[per("Nguyễn Hữu Phúc", "chủ tịch hội đồng quản trị")],
            provinces=[pv("Vĩnh Long")],
            events=[],
        ),
        # A park founded by decision, on a news aggregator (S14 r4)
        h(
            n(),
            "vĐồng tin tức tài chính 365\n\nTháp Mười đón khu công nghiệp đầu tiên\n\n2022-08-17 10:05\n\nGần 690 tỉ đồng sẽ được Công ty TNHH Hạ tầng Sa Đéc Xanh rót vào hạ tầng Khu công nghiệp Tân Kiều (huyện Tháp Mười), rộng gần 180 ha, khu vừa được UBND tỉnh Đồng Tháp ký quyết định thành lập.",
            "2022-08-17",
            "provincial",
            [
                "aggregator",
                "site_banner",
                "timestamp",
                "amount_first",
                "park_founded_with_investor",
                "licence",
                "district",
                "area",
                "approx",
                "multiline",
            ],
            firms=[f("Hạ tầng Sa Đéc Xanh", "Công ty TNHH")],
            organizations=["Ủy ban nhân dân tỉnh Đồng Tháp"],
            provinces=[pv("Đồng Tháp")],
            money=[m(690 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Tân Kiều"), district("huyện Tháp Mười")],
            areas=[ha(180, True)],
            deals=[deal("investment", ["Hạ tầng Sa Đéc Xanh"], 690 * B, DT)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Đồng Tháp"), F("Hạ tầng Sa Đéc Xanh")],
                    690 * B,
                    "VND",
                    DT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Dự án được phép hoạt động tới tháng 6/2072.\n\nXem thêm: lmth.112233-ueik-nat-peihgn-gnoc-uhk/nv.oohay",
            "2022-08-17",
            "provincial",
            ["aggregator", "reversed_url", "term_no_deal_date", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tân Kiều là khu công nghiệp thứ năm của tỉnh, sau Sa Đéc, Trần Quốc Toản, Sông Hậu và Tân Thành.",
            "2022-08-17",
            "provincial",
            ["aggregator", "ordinal_not_count", "bare_park_names_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Comments:0 | Tags:No Tag\n\nSubmit A Comment\n\nName:\n\nEmail:",
            "2022-08-17",
            "provincial",
            ["aggregator", "comment_form", "junk_line", "multiline", "no_event"],
            events=[],
        ),
        # A planning feature on Hậu Giang's parks (S15 r4)
        h(
            n(),
            "Gần 3.600 ha đất được quy hoạch tỉnh thời kỳ 2021 - 2030 dành cho 9 khu công nghiệp của Hậu Giang.",
            "2023-11-20",
            "provincial",
            ["planning_no_deal", "area_first", "count", "approx", "nfd", "no_event"],
            provinces=[pv("Hậu Giang")],
            quantities=[c(9, "khu công nghiệp")],
            areas=[ha(3600, True)],
            events=[],
        ),
        h(
            n(),
            "Sông Hậu và Tân Phú Thạnh là hai khu đang vận hành, theo ông Võ Thành Lợi, Phó Trưởng ban phụ trách Ban Quản lý các KCN tỉnh Hậu Giang.",
            "2023-11-20",
            "provincial",
            ["person_role_after", "province_in_org_name", "bare_park_names_no_location", "nfd", "no_event"],
            persons=[per("Võ Thành Lợi", "Phó Trưởng ban phụ trách Ban Quản lý các KCN tỉnh Hậu Giang")],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Hậu Giang"],
            provinces=[pv("Hậu Giang")],
            events=[],
        ),
        h(
            n(),
            "Bốn khu mới, chừng 1.900 ha, được đưa vào quy hoạch nhờ Quyết định số 1062/QĐ-TTg ngày 12/9/2023 của Thủ tướng Chính phủ.",
            "2023-11-20",
            "provincial",
            ["decision_with_date", "planning_no_deal", "count_in_words", "area", "approx", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1062/QĐ-TTg", "2023-09-12")],
            areas=[ha(1900, True)],
            events=[],
        ),
        h(
            n(),
            "Đất cho thuê ở KCN Tân Phú Thạnh (201 ha) gần như đã kín, nên tỉnh tính nới khu này thêm 150 ha.",
            "2023-11-20",
            "provincial",
            ["park_profile", "expansion_plan_no_deal", "area", "no_event"],
            locations=[park("Khu công nghiệp Tân Phú Thạnh")],
            areas=[ha(201), ha(150)],
            events=[],
        ),
        h(
            n(),
            "Trong khi chờ mở rộng, một số doanh nghiệp thứ cấp đã phải thuê đất ngoài khu để làm kho.",
            "2023-11-20",
            "provincial",
            ["no_fields", "no_event"],
            events=[],
        ),
        # The merger of Tây Ninh and Long An: a provincial paper's video page and a feature (S16 r2-r3)
        h(
            n(),
            "Hotline: 0276.3822.115\n|\nĐọc báo in\nTải ứng dụng\nTây Ninh mới: đưa khu công nghiệp thành trụ đỡ tăng trưởng\n2025-07-02 08:15:40\nHơn một nửa số khu công nghiệp của tỉnh mới nằm ở phía Long An cũ, dọc quốc lộ 1 và đường Vành đai 3.\nHoài Thương\nTừ khóa:\nXem thêm",
            "2025-07-02",
            "provincial",
            [
                "video_page",
                "page_furniture",
                "hotline",
                "timestamp",
                "byline",
                "fraction_in_words",
                "old_province",
                "multiline",
                "no_event",
            ],
            persons=[per("Hoài Thương", None)],
            provinces=[pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "Khi về chung một tỉnh, Tây Ninh có thêm một cảng biển quốc tế và cả mạng khu công nghiệp sát TP.HCM từ phía Long An.",
            "2025-05-13",
            "provincial",
            ["merger_feature", "no_event"],
            provinces=[pv("Tây Ninh"), pv("Hồ Chí Minh"), pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "Hàng hoá từ các khu công nghiệp có thể đi Phnôm Pênh qua Mộc Bài hoặc Xa Mát, hai trong số các cửa khẩu quốc tế của tỉnh giáp Campuchia.",
            "2025-05-13",
            "provincial",
            ["merger_feature", "country", "foreign_city_no_location", "old_tone", "no_event"],
            locations=[country("Campuchia")],
            events=[],
        ),
        h(
            n(),
            "Một góc KCN Thuận Đạo, huyện Bến Lức. ẢNH: THANH HUY",
            "2025-05-13",
            "provincial",
            ["caption", "photo_credit_caps", "district", "no_event"],
            persons=[per("THANH HUY", None)],
            locations=[park("Khu công nghiệp Thuận Đạo"), district("huyện Bến Lức")],
            events=[],
        ),
        h(
            n(),
            "Thủ phủ tỉnh mới đặt ở Tân An, cách TP.HCM chưa tới 50 km.",
            "2025-05-13",
            "provincial",
            ["merger_feature", "distance_no_count", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Long An cũ mạnh về cơ khí, chế biến và logistics, Tây Ninh cũ mạnh về cao su, mía đường và dệt may: hai nền kinh tế bổ sung cho nhau trên đường công nghiệp hoá.",
            "2025-05-13",
            "provincial",
            ["merger_feature", "old_province", "old_tone", "no_event"],
            provinces=[pv("Long An"), pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Với quỹ đất công nghiệp liền kề TP.HCM, Tây Ninh mới được dự báo vào tốp đầu cả nước về thu hút FDI và công nghiệp hoá; cả hai tỉnh đã thông qua đề án hợp nhất tại kỳ họp HĐND cuối tháng 4.",
            "2025-05-13",
            "provincial",
            ["merger_feature", "bare_council_no_org", "old_tone", "no_event"],
            provinces=[pv("Hồ Chí Minh"), pv("Tây Ninh")],
            events=[],
        ),
    ]
    # --- English copy (S17 r2 r4, S18 r1-r4, S19 r1-r2, S20 r1-r4: 12 slots; the English profiles, blog and brochure
    # are with the reference pages above) ---
    rows += [
        # VNS on a ready-built factory project and its first tenant (S17 r2)
        h(
            n(),
            "LONG AN — Work has begun on 42,000sq.m of rental factories at Tan Duc 5 Industrial Park, where developer Tan Duc Xanh Corporation expects to hand the first units to tenants next June.",
            "2025-10-15",
            "ministry",
            [
                E,
                "dateline_caps",
                "groundbreaking_work_begun",
                "corporation_kept",
                "dateline_not_site",
                "m2_to_ha",
                "english_park_no_location",
            ],
            firms=[f("Tan Duc Xanh Corporation")],
            provinces=[pv("Long An")],
            areas=[ha(4.2)],
            deals=[deal("groundbreaking", ["Tan Duc Xanh Corporation"])],
            events=[ev("groundbreaking", [F("Tan Duc Xanh Corporation")], None, None, None, "started")],
        ),
        h(
            n(),
            "A bonded warehouse sits alongside the factories in the 10.5ha first phase, marketing director Lam Thi Bich Tram said.",
            "2025-10-15",
            "ministry",
            [E, "role_before_name_lowercase", "area", "unaccented", "no_event"],
            persons=[per("Lam Thi Bich Tram", "marketing director")],
            areas=[ha(10.5)],
            events=[],
        ),
        h(
            n(),
            "Units have already been reserved by a Danish pump maker and a German packaging firm, she said.",
            "2025-10-15",
            "ministry",
            [E, "unnamed_tenants_no_deal", "adjective_no_country", "no_event"],
            events=[],
        ),
        h(
            n(),
            "The German firm, Kessler Verpackung Vietnam, has budgeted US$18 million for a bottle-cap line there.",
            "2025-10-15",
            "ministry",
            [E, "announced_investment", "vietnam_dropped", "adjective_no_country", "no_site"],
            firms=[f("Kessler Verpackung")],
            money=[m(18 * M, "USD")],
            deals=[deal("investment", ["Kessler Verpackung"], 18 * M)],
            events=[
                ev("investment_announcement", [F("Kessler Verpackung")], 18 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Tan Duc 5's four phases are budgeted at VNĐ1.9 trillion (US$78 million).",
            "2025-10-15",
            "ministry",
            [E, "project_terms", "park_name_no_firm", "trillion", "count_in_words", "no_event"],
            money=[m(1900 * B, "VND"), m(78 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Tan Duc Xanh's next project is a 150ha logistics zone in Vinh Long province, for which it is still looking for land. — VNS",
            "2025-10-15",
            "ministry",
            [
                E,
                "firm_plan_no_amount",
                "announced_investment",
                "short_name",
                "english_possessive",
                "area",
                "unaccented",
                "wire_tag_no_org",
            ],
            firms=[f("Tan Duc Xanh")],
            provinces=[pv("Vĩnh Long")],
            areas=[ha(150)],
            deals=[deal("investment", ["Tan Duc Xanh"], None, VL)],
            events=[ev("investment_announcement", [F("Tan Duc Xanh")], None, None, VL, "announced")],
        ),
        # A machine-translated English feature on Long An (S17 r4)
        h(
            n(),
            'Long An\'s Industrial Land Still Draws The "Big Birds"\nForeign investors took out licences for 126 new projects in Long An last year, nearly 720 million USD in all, while 87 existing projects topped up by about 140 million USD, Ministry of Finance data show.',
            "2025-04-20",
            "ministry",
            [
                E,
                "machine_translated",
                "headline_lead",
                "round_total_no_event",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Ministry of Finance"],
            provinces=[pv("Long An")],
            money=[m(720 * M, "USD", approx=True), m(140 * M, "USD", approx=True)],
            quantities=[c(126, "new projects"), c(87, "existing projects")],
            events=[],
        ),
        h(
            n(),
            "Hokuyo Foods Vietnam is one of them: it broke ground this month on a third plant, 14 hectares in Can Giuoc district (Long An), putting in over 180 million USD, or about 4,400 billion VND.",
            "2025-04-20",
            "ministry",
            [
                E,
                "machine_translated",
                "groundbreaking",
                "vietnam_dropped",
                "province_bracket_site",
                "english_district_no_location",
                "ordinal_not_count",
                "approx",
                "area",
            ],
            firms=[f("Hokuyo Foods")],
            provinces=[pv("Long An")],
            money=[m(180 * M, "USD", approx=True), m(4400 * B, "VND", approx=True)],
            areas=[ha(14)],
            deals=[deal("groundbreaking", ["Hokuyo Foods"], 180 * M, TN)],
            events=[ev("groundbreaking", [F("Hokuyo Foods")], 180 * M, "USD", TN, "started")],
        ),
        # VNS on a Cần Thơ park licence (S18 r3)
        h(
            n(),
            "CẦN THƠ — Tây Đô Industrial Infrastructure JSC now holds both the investment policy decision and the investment registration certificate for Thới Lai Industrial Park, after a ceremony hosted by the Cần Thơ People's Committee on Tuesday.",
            "2025-06-11",
            "ministry",
            [E, "dateline_caps", "licence", "committee_host_grantor", "weekday_no_date", "nfd"],
            firms=[f("Tây Đô Industrial Infrastructure", "JSC")],
            organizations=["Cần Thơ People's Committee"],
            provinces=[pv("Cần Thơ")],
            deals=[deal("investment", ["Tây Đô Industrial Infrastructure"], None, CT)],
            events=[
                ev(
                    "investment_licence",
                    [G("Cần Thơ People's Committee"), F("Tây Đô Industrial Infrastructure")],
                    None,
                    None,
                    CT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Building the 312ha park will take VNĐ4.6 trillion (US$181 million).",
            "2025-06-11",
            "ministry",
            [E, "project_terms", "no_firm", "trillion", "area", "no_event"],
            money=[m(4600 * B, "VND"), m(181 * M, "USD")],
            areas=[ha(312)],
            events=[],
        ),
        # VCCI English statistics (S18 r1)
        h(
            n(),
            "3:12:45 PM | 14/3/2016\nCan Tho's parks now span 2,410 hectares; six are running and four are still on paper.",
            "2016-03-14",
            "ministry",
            [E, "timestamp", "count_in_words", "area", "unaccented", "multiline", "no_event"],
            provinces=[pv("Cần Thơ")],
            areas=[ha(2410)],
            events=[],
        ),
        h(
            n(),
            "Some 35,000 people work for the 231 projects housed there, whose registered capital adds up to USD 2.05 billion. Interest subsidies and site-clearance help come under Decision No. 11/2015/QD-UBND.",
            "2016-03-14",
            "ministry",
            [E, "cumulative_total_no_event", "count", "approx", "qd_read_as_qđ", "no_event"],
            money=[m(2.05 * B, "USD")],
            decisions=[d("11/2015/QĐ-UBND")],
            quantities=[c(35_000, "people", True), c(231, "projects")],
            events=[],
        ),
        h(
            n(),
            "To find more tenants, the city's industrial zones authority sends project lists to embassies and to the investment-promotion programmes of the Ministry of Planning and Investment.",
            "2016-03-14",
            "ministry",
            [E, "bare_unit_no_org", "no_event"],
            organizations=["Ministry of Planning and Investment"],
            events=[],
        ),
        # A translated city-paper item (S18 r2)
        h(
            n(),
            "Forty-one projects, most of them industrial parks, clusters and power plants, made the city's new list of schemes open to private investors until 2030.",
            "2025-10-28",
            "ministry",
            [E, "machine_translated", "project_list_no_deal", "count_in_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Text and photos: THANH TAM\nSource: https://baocantho.com.vn/ra-soat-danh-muc-du-an-keu-goi-dau-tu-a196012.html\n\nComment (0)",
            "2025-10-28",
            "ministry",
            [E, "byline_caps", "source_url", "comment_count", "multiline", "no_event"],
            persons=[per("THANH TAM", None)],
            events=[],
        ),
        # An English feature on Can Tho (S18 r4)
        h(
            n(),
            "A 25 per cent interest subsidy goes to any priority-sector factory in the parks that invests VND80 billion ($3.2 million) or more.",
            "2018-08-09",
            "ministry",
            [E, "support_scheme_no_deal", "percentage", "threshold_money", "or_more_not_approx", "no_event"],
            money=[m(80 * B, "VND"), m(3.2 * M, "USD")],
            percentages=[25],
            events=[],
        ),
        h(
            n(),
            "Occupancy ranges from 100 per cent at Tra Noc 1 to about a third at O Mon, the Can Tho Export Processing and Industrial Zones Authority said.",
            "2018-08-09",
            "ministry",
            [
                E,
                "statistics",
                "percentage",
                "fraction_in_words",
                "province_in_org_name",
                "unaccented",
                "no_event",
            ],
            organizations=["Can Tho Export Processing and Industrial Zones Authority"],
            provinces=[pv("Cần Thơ")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Workers pack instant noodles at Mekong Foods in Tra Noc 1 Industrial Zone, Can Tho. — VNA/VNS Photo Hong Dat",
            "2018-08-09",
            "ministry",
            [E, "caption", "photo_credit_person", "english_park_no_location", "unaccented", "no_event"],
            firms=[f("Mekong Foods")],
            persons=[per("Hong Dat", None)],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        # A regional English paper on FDI in the delta (S19 r1)
        h(
            n(),
            "Japanese investors used to stop at Ho Chi Minh City and Long An, Kenji Morita, chief executive of Japan's Sakura Agri Holdings, told the paper, but better roads now bring them to Can Tho.",
            "2024-02-06",
            "ministry",
            [
                E,
                "person_role_after",
                "english_possessive_country",
                "adjective_no_country",
                "unaccented",
                "no_event",
            ],
            firms=[f("Sakura Agri Holdings")],
            persons=[per("Kenji Morita", "chief executive of Japan's Sakura Agri Holdings")],
            provinces=[pv("Hồ Chí Minh"), pv("Long An"), pv("Cần Thơ")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "New expressways have cut travel times across the delta, investors say.",
            "2024-02-06",
            "ministry",
            [E, "no_fields", "no_event"],
            events=[],
        ),
        # VEN on the delta's zones (S19 r2)
        h(
            n(),
            "Seventeen of the 36 projects that came to Long An's IZs in the first five months were foreign, bringing US$196 million, the Long An Economic Zone Authority said.",
            "2017-06-14",
            "ministry",
            [E, "round_total_no_event", "count", "count_in_words", "province_in_org_name", "no_event"],
            organizations=["Long An Economic Zone Authority"],
            provinces=[pv("Long An")],
            money=[m(196 * M, "USD")],
            quantities=[c(36, "projects")],
            events=[],
        ),
        h(
            n(),
            "Korea's Daeshin Footwear Co., Ltd. brought the largest of Can Tho's three new projects, US$96.5 million for a sports-shoe sole plant, according to Tran Van Hoa, head of the city's export processing and industrial zone authority.",
            "2017-06-14",
            "ministry",
            [
                E,
                "round_line_no_event",
                "english_possessive_country",
                "foreign_legal_form",
                "person_role_after",
                "count_in_words",
                "no_site",
                "unaccented",
                "no_event",
            ],
            firms=[f("Daeshin Footwear", "Co., Ltd.")],
            persons=[
                per("Tran Van Hoa", "head of the city's export processing and industrial zone authority")
            ],
            provinces=[pv("Cần Thơ")],
            money=[m(96.5 * M, "USD")],
            locations=[country("Korea")],
            deals=[deal("investment", ["Daeshin Footwear"], 96.5 * M)],
            events=[],
        ),
        # A steel-structure subcontract (S20 r1)
        h(
            n(),
            "Steel for package B-4 of a tyre plant in Tây Ninh province will be designed, made and put up by Delta Steel Frame JSC under a US$12 million contract it signed with main contractor Phuoc Long Construction & Investment JSC.",
            "2024-10-21",
            "ministry",
            [
                E,
                "subcontract",
                "supply_contract",
                "subcontractor_first",
                "passive_object_first",
                "ampersand_in_name",
                "package_code_no_count",
            ],
            firms=[f("Delta Steel Frame", "JSC"), f("Phuoc Long Construction & Investment", "JSC")],
            provinces=[pv("Tây Ninh")],
            money=[m(12 * M, "USD")],
            deals=[
                deal(
                    "supply_contract",
                    ["Delta Steel Frame", "Phuoc Long Construction & Investment"],
                    12 * M,
                    TN,
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Delta Steel Frame"), F("Phuoc Long Construction & Investment")],
                    12 * M,
                    "USD",
                    TN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Delta Steel Frame chairman Nguyen Tuan Kiet (left) shakes hands with Phuoc Long chairman Vo Dinh Khoa after the signing.",
            "2024-10-21",
            "ministry",
            [E, "caption", "signing_caption", "role_before_name", "short_names", "unaccented"],
            firms=[f("Delta Steel Frame"), f("Phuoc Long")],
            persons=[
                per("Nguyen Tuan Kiet", "Delta Steel Frame chairman"),
                per("Vo Dinh Khoa", "Phuoc Long chairman"),
            ],
            deals=[deal("supply_contract", ["Delta Steel Frame", "Phuoc Long"])],
            events=[
                ev("supply_contract", [F("Delta Steel Frame"), F("Phuoc Long")], None, None, None, "signed")
            ],
        ),
        # Certificates for tenants of a Long An park (S20 r2)
        h(
            n(),
            "Tan Duc 5 park signs up three building-materials makers\n\nMay 22nd at 09:41\n\nCertificates for three new tenants, worth $71 million together, were handed out at Tan Duc 5 Industrial Park in Duc Hoa district on Friday by the Long An Economic Zone Authority and the park's developer, Tan Duc Xanh Corporation.",
            "2024-05-22",
            "ministry",
            [
                E,
                "headline_lead",
                "licence_round_tenants_next_row",
                "developer_co_handing_no_party",
                "count_in_words",
                "english_district_no_location",
                "multiline",
                "no_event",
            ],
            firms=[f("Tan Duc Xanh Corporation")],
            organizations=["Long An Economic Zone Authority"],
            provinces=[pv("Long An")],
            money=[m(71 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "They are a VND1.1 trillion roofing-sheet mill of Dai Nam Coated Steel JSC, a VND420 billion precast-concrete yard of Viet Han Concrete Co., Ltd and a VND170 billion steel-door factory of Hung Thinh Door JSC.",
            "2024-05-22",
            "ministry",
            [
                E,
                "round_lines",
                "three_tenants",
                "trillion",
                "foreign_legal_form",
                "no_site",
                "unaccented",
                "no_event",
            ],
            firms=[
                f("Dai Nam Coated Steel", "JSC"),
                f("Viet Han Concrete", "Co., Ltd"),
                f("Hung Thinh Door", "JSC"),
            ],
            money=[m(1100 * B, "VND"), m(420 * B, "VND"), m(170 * B, "VND")],
            deals=[
                deal("investment", ["Dai Nam Coated Steel"], 1100 * B),
                deal("investment", ["Viet Han Concrete"], 420 * B),
                deal("investment", ["Hung Thinh Door"], 170 * B),
            ],
            events=[],
        ),
        h(
            n(),
            "Seven tenants have signed up at Tan Duc 5 since January, said Tran Quang Vu, director of Tan Duc Xanh Corporation, adding that land prices had not moved.",
            "2024-05-22",
            "ministry",
            [E, "person_role_after", "corporation_kept", "count_in_words", "unaccented", "no_event"],
            firms=[f("Tan Duc Xanh Corporation")],
            persons=[per("Tran Quang Vu", "director of Tan Duc Xanh Corporation")],
            events=[],
        ),
        # A yarn mill broken ground in Tây Ninh, told by VNA and a cache site (S20 r3-r4)
        h(
            n(),
            "Tay Ninh: ground broken for US$22 million yarn mill\nThanh Loc Textile JSC on April 8 started building a yarn mill worth 22 million USD in Phuoc Dong Industrial Park, Tay Ninh province, to spin 6,500 tonnes a year.",
            "2021-04-09",
            "ministry",
            [
                E,
                "headline_lead",
                "groundbreaking",
                "deal_date",
                "tonnage_no_count",
                "unaccented",
                "multiline",
            ],
            firms=[f("Thanh Loc Textile", "JSC")],
            provinces=[pv("Tây Ninh")],
            money=[m(22 * M, "USD")],
            deals=[deal("groundbreaking", ["Thanh Loc Textile"], 22 * M, TN, "2021-04-08")],
            events=[ev("groundbreaking", [F("Thanh Loc Textile")], 22 * M, "USD", TN, "started")],
        ),
        h(
            n(),
            "Pham Thi Loan, deputy head of the Tay Ninh Economic Zone Authority, said builders had been given until December to finish the 3.2ha site.",
            "2021-04-09",
            "ministry",
            [E, "person_role_after", "province_in_org_name", "area", "unaccented", "no_event"],
            persons=[per("Pham Thi Loan", "deputy head of the Tay Ninh Economic Zone Authority")],
            organizations=["Tay Ninh Economic Zone Authority"],
            provinces=[pv("Tây Ninh")],
            areas=[ha(3.2)],
            events=[],
        ),
        h(
            n(),
            "Officials shovel soil at the site. — VNA/VNS Photo Minh Duc TAY NINH – A $22 million yarn mill of Thanh Loc Textile JSC is now under construction in Phuoc Dong Industrial Park after Thursday's groundbreaking.",
            "2021-04-09",
            "ministry",
            [
                E,
                "cache_copy",
                "caption_glued_to_dateline",
                "photo_credit_person",
                "groundbreaking",
                "dateline_not_site",
                "weekday_no_date",
            ],
            firms=[f("Thanh Loc Textile", "JSC")],
            persons=[per("Minh Duc", None)],
            provinces=[pv("Tây Ninh")],
            money=[m(22 * M, "USD")],
            deals=[deal("groundbreaking", ["Thanh Loc Textile"], 22 * M)],
            events=[ev("groundbreaking", [F("Thanh Loc Textile")], 22 * M, "USD", None, "started")],
        ),
    ]
    return rows
