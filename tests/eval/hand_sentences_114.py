# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 114 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: industrial gases, hydrogen and green-energy equipment makers and their
suppliers in Vietnam (gas plants at industrial parks and inside steel complexes, supply contracts to steel and
electronics factories, hydrogen and ammonia projects, memoranda, licences, solar, wind-tower and storage plants).
Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests
or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy khí công nghiệp khu công nghiệp oxy nitơ đầu
tư", S2 "dự án hydro xanh Việt Nam nhà máy sản xuất hydrogen", S3 "hợp đồng cung cấp khí cho nhà máy thép", S4 "ký kết
biên bản ghi nhớ hợp tác hydro xanh", S5 "Messer Linde Air Liquide nhà máy khí Việt Nam khánh thành", S6 "tăng vốn dự
án sản xuất khí công nghiệp giấy chứng nhận đăng ký đầu tư điều chỉnh", S7 "cung cấp khí nitơ hydro cho nhà máy điện
tử bán dẫn Bắc Ninh", S8 "nhà máy sản xuất tấm pin năng lượng mặt trời khu công nghiệp vốn đầu tư", S9 "khởi công nhà
máy khí hóa lỏng oxy argon khu kinh tế Dung Quất", S10 "doanh nghiệp sản xuất thiết bị điện gió cột tháp xuất khẩu nhà
máy Việt Nam", S11 "trạm chiết nạp khí công nghiệp CO2 bình khí doanh nghiệp", S12 "amoniac xanh dự án đầu tư tỉnh
chấp thuận chủ trương", S13 "liên doanh sản xuất khí công nghiệp ký hợp đồng Tổng công ty nhà máy tách khí", S14 "nhà
máy điện phân hydro khí thiên nhiên hóa lỏng LNG tỷ đồng khởi công 2025", S15 "Sovigaz Vinagas khí công nghiệp doanh
thu cổ phần mua lại", S16 "thiết bị năng lượng tái tạo nhà cung cấp Việt Nam nhà máy inverter pin lưu trữ đầu tư khu
công nghiệp", and in English S17 "Vietnam industrial gas plant air separation unit investment steel mill supply", S18
"Vietnam green hydrogen project memorandum of understanding signed", S19 "Vietnam solar panel wind turbine component
factory licence industrial park million USD", S20 "industrial gases supplier Vietnam electronics factory nitrogen
contract expansion". No sentence is taken or paraphrased from a page; the shapes are. Firm and person names are
invented (Kessel Gase / Kessel / Kessel Group and its Hải Phòng unit, Thép Kinh Môn / Kinh Mon Steel, Hóa chất Phương
Nam / PNChem, Khí Công nghiệp Phước Hòa, Hydro Xanh Cửu Long, Giải pháp Xanh Nam Việt, Hafenwerk Engineering, Đại Phúc
Long / DPL, Seojin Wind Tower, Helios Thin Film, Khí công nghiệp Hòa Sơn, Khí Công nghiệp Diêm Điền, Năng lượng Sông
Lam, Năng lượng Xanh Phước Nam, Điện khí LNG Hạ Long, Xiamen Kaitian Energy Storage, Shenzhen Voltra, Sanwa Air, Sanwa
Oxygen, Kobe Shoji, Viet Nhat Gas / VNG, Phuong Nam Steel, Aurore Gaz, Hydrelle Energy, Brandt Kompressoren, Meridian
Chartered Bank, Huaguang Solar, Tianrui Solar, Khí Hóa lỏng Nam Sao, Daesung Chemical, Nordhavn Energy, Halvard Power,
Khí Kỹ nghệ Tân Thuận, Khí Đông Phú, Đông Á Steel, Kansai Metal, Quang Tri Wind Power, Hai Lang Group, Lixin Solar,
Sunvolt Energy, Vinaship Mechanical, the institutes, every official, author, photographer and byline, and every
decision number); well-known names (PV GAS, EVN, EVNCPC / Central Power Corporation, Gazprom Neft, IFC, USAID, GIZ,
Bộ Công Thương, Văn phòng Chính phủ, Reuters, VNS, TTXVN, Giadinh.net) appear only in sentences of our own, with
figures, dates and places changed.

What the sample looked like (80 result slots, about 60 distinct pages: a Japanese report of a German gas group's plant
opening inside a steel complex came back three times, a green-hydrogen groundbreaking video page three times, a VNS
hydrogen memorandum twice, an LNG tag page twice, a Vietnamese-Japanese gas joint venture's order twice, a French gas
group's two-ASU commissioning twice, a petrochemical event-company tag twice, a minister's hydrogen blurb twice, a
translated hydrogen blog twice): 16 slots were keyword salads on foreign domains, law-firm tag one-liners, titles,
standards titles, an HTML head and one-line news items (all four of S6 and three of S7 were junk or duplicates); 14
were tag, video and listing pages (the hydrogen groundbreaking told with the province as host, the minister's blurb, an
LNG tag with run-together related headlines, a news site's tag on a Chinese solar plant, a solar maker's tag with its
wish and recalled plants, an event company's tag on a petrochemical stone-laying, a tag on a Russian buyer dropping a
share purchase, an LNG planning tag, a listing blurb with a foreign executive); 14 were document-store write-ups and
reports, theses, legal pages and explainers (an oxygen-plant write-up's cover and contents, a law firm's licence
explainer with statistics and a legal basis, a supporting-industry essay, a science magazine, a gas-cylinder
labelling standard, a student report's cover and student list, an official letter from the Government Office with a
Deputy Prime Minister's view, a QĐ-TTg on a document site, an LPG-station thesis, an LNG research article, a broker's
daily page with its index ticker, an index-fund thesis, a listed company's analysis block, a solar policy report); 4
were blogs (a translated hydrogen-investment analysis twice, a personal blog of 2009 on a steel project's shares, a law
firm's label page reposting a stake proposal); 12 were Vietnamese news pages (a green-hydrogen groundbreaking with
capital, area, capacities, the parent group and a recalled agreement with a German firm; a state chemical group's
joint-venture contract with a German gas group; a thin-film plant broken ground, paused and put up for sale; two
one-liners on a refinery counting down and starting; a wind-tower maker's cooperation agreement and land lease with a
port-park developer told by two papers, with quotes, a caption and its recalled first plant; a headline with repeated
captions; a plant added to the chemical-industry plan; a provincial committee's licence ceremony with its investor,
capital, capacity and vice chairman; an LNG power plant broken ground with its capital; two Chinese storage makers
weighing plants, after Reuters); 6 were foreign-language pages (the Japanese gas-plant report three times, a French VNA
copy on a gas group's meeting with HCM City leaders, a German radio page on a hydrogen workshop, a Japanese note on a
second filling plant; read for their shapes only and rendered here in Vietnamese with other names and figures); 14
were English pages (the VNS memorandum twice, a German gas group's press release on a 25-year supply contract and its
investment, a trade-press commissioning of two ASUs, a trade-press third ASU on stream, the gas joint venture's order
from a steelmaker twice and a reposted copy with its credit line, a VNS memorandum of a German group and an institute,
a commentary on an agency-bank memorandum, a thin-film plant broken ground, a solar plant opening with the province's
chairman, a PV complex's investment agreement). About 28 of the 80 slots told a deal or an event with a named party
(groundbreakings 5, memoranda 6, openings 6, supply contracts 4, a joint venture, a licence, planned plants 3, recalled
plants and contracts), several the same story twice, so the batch has a fifth of its rows with a deal or event; no
capital increase came up in any first four (S6 returned tags, an HTML head and an explainer), so the batch has none, and
the licence round of S12 r2 names its investor only in its body.

Rows: 160 (hand-33601 to hand-33760); 32 carry a deal or an event (20%): 25 events (6 groundbreakings, 6 investment
announcements, 5 memoranda, 5 inaugurations, 2 supply contracts, 1 joint venture) and 28 `deals` entries (15
investment, 6 groundbreaking, 4 mou, 3 supply_contract); 7 rows carry a deal without an event (hand-33634 two recalled
solar plants in a tag, 33675 a recalled memorandum, 33685 a recalled groundbreaking, 33693 a recalled first plant,
33701 a split row naming a licence's investor, 33716 a recalled gas-supply contract, 33721 a recalled liquefaction
plant) and 5 an event without a deal (33625 a province-hosted groundbreaking, 33720 an opening without capital, 33727
and 33731 memoranda with an institute and an agency, 33744 an ASU on stream without capital). 128 rows are negatives
and other fields. By page kind: 24 rows of salads, slugs, titles, standards, an HTML head and one-liners (33601-33624,
0 with a deal or event), 18 of video, tag and listing pages (33625-33642, 5), 21 of document-store pages, explainers,
legal pages, theses, reports and a broker's page (33643-33663, 0), 8 of blogs (33664-33671, 1; four of them English),
42 of Vietnamese news (33672-33713, 11), 8 of the foreign-language pages rendered in Vietnamese (33714-33721, 4) and 39
of English news, trade press, a press release and commentary (33722-33760, 11); 43 rows are English (`english_copy`,
27%: the English searches gave a sixth of the slots, the foreign-language ones another 6). 9 rows are stored in NFD
(hand-33640, 33653, 33677, 33682, 33691, 33694, 33702, 33708, 33718); 5 use old tone placement (33641 "hoá lỏng", 33647
"công nghiệp hoá", 33688 "Thanh Hoá", 33690 "thoả thuận", 33697 "hoá chất"); 41 hold several lines (headlines and
leads, tag names, timestamps, captions repeated, bylines, covers, contents, letter headers, attribute blocks, credit
lines, paywall and page chrome).

Own wording: on review of the first draft against the sampled pages, about 85 drafts followed a sampled sentence too
closely (same clause order with names and figures swapped, or a rendering of a foreign-language copy) and were
rewritten from scratch with another order (object-first, amount-first, place-first, passive) and other facts around
them: the hydrogen video lead, the minister's blurb, the tag on a dropped share purchase, the LNG planning tag, the
listing blurb, the explainer's statistics, the essay, the standard's clause, the Government Office letter's body, the
thesis title, the broker's line, the blog's three tiers, the groundbreaking's capital, parent, recalled agreement,
caption and jobs lines, the joint venture's lead, site, profile and figures, all three thin-film lines, the refinery
one-liners (now a gas plant), the wind-tower agreement's lead, lease, export, second-site, chairman and caption lines,
the repeated-caption headline, the planning assignment, the licence headline, investor, capital, workshops and vice
chairman lines, the storage makers' three lines, every rendered Japanese, French and German line, and nearly every
English row (the memorandum's lead, terms, both executives and visit; the institute memorandum, trip, chairwoman and
profile; the agency-bank memorandum; the press release's contract, investment, pipeline, study and quote; the two ASUs,
their customer, capacity, quote, award and market lines; the third ASU, its volumes, engineer and profile; the order's
headline, capacities, share and president; the thin-film groundbreaking; the solar opening's figures and chairman; the
PV complex, its phases and listing; the stake proposal and its holder). Dropped: a shareholder list of the LNG
plant's owner, its construction jobs and a caption credited to the Government portal (shapes seen only in S14 r5), a
timestamped headline with "Ảnh minh họa" twice (seen only in S10 r5), a caption of the joint venture's exchange of
documents (no sampled page told that story with a caption; a deal row no sample suggested), and an English paraphrase
of a trade-press line on foreign firms' interest; a listed medical-oxygen maker's name and figures (seen only in S15 r5)
were not used. Nothing was used from ranks 5-8, among them: a provincial investment certificate and in-principle
approval for a German gas group in English (S5 r6, S17 r7, S20 r7), the same group's newsroom pages (S5 r5, r7, r8), the
Trà Vinh area enlargement (S2 r7), a Chinese hydrogen complex with a local partner (S2 r8, S18 r5), an LNG plant's
shareholders (S14 r5), a group's German hydrogen office and the EUR 500 million memorandum (S18 r5-r8), a wind-turbine
plant licence and a Chinese-language report (S10 r6-r8), the LPG station agreement (S13 r7) and a Spanish VNA copy
(S19 r5-r6).

Conventions: exactly those of batches 10 and 12-112 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking ("động thổ", "khởi công", "Construction has begun on X's plant") is a
groundbreaking deal and event "started", dated only with a day; the province as the only actor of a groundbreaking is a
groundbreaking event of G("tỉnh X") alone, without deal (batch 95); an opening with its capital is an investment deal
and an inauguration "completed", without capital the event only; a named firm's plant being built or planned with an
amount is an announced investment; a joint-venture contract is ONE investment deal of the partners and a joint_venture
event (batch 83); a firm-firm "thỏa thuận hợp tác" is an mou deal and event, with the amount of the plant it opens the
way to (batches 86, 95, 111), while a memorandum with an institute, an agency or a ministry is the event only
(batches 102, 110); a supply contract has the supplier first; recalled plants, groundbreakings, memoranda and contracts
are deals without events; a split row naming a licence's investor after a headline without one is a deal without an
event; shareholdings, charter capital, proposals, wishes, talks, studies, planning additions, assignments, awards,
tenders and pauses give no deal; plant names ("nhà máy tách khí Hòa Sơn", "nhà máy hydro xanh Cửu Long") are no firms
and a plant-name-only opening or caption is no event (batch 82); vague amounts ("vài trăm triệu USD") are not amounts;
"gần", "hơn", "khoảng", "close to", "around" mark approximate amounts (batch 112's list), while "tới", "up to" are
ceilings, not approximate; capacities, outputs, tonnages, durations, distances, ordinals and counts in words
are no counts, English counts keep their English noun; m² and square metres are areas in hectares; Vietnamese legal
forms are normalised ("CTCP" -> "Công ty CP", "tập đoàn" -> "Tập đoàn"), "JSC" and "Co., Ltd." kept, "Group" and
"Corporation" stay in the name, "Việt Nam"/"Vietnam" is dropped from a foreign subsidiary; a province inside a firm's
name is no mention, inside an organisation's, a zone's, a park's or a plant's name it is; Vietnamese country words and
brackets ("của Nhật", "(Đức)", "phía Hàn Quốc"), English country nouns and possessives are countries, English
adjectives ("French", "German", "Japanese") none, foreign cities nothing, "Việt Nam" never; parks and zones written in
Vietnamese are locations, English ones none; "thị xã X" is a district; organisations expand UBND, bare units ("UBND
tỉnh", "Sở", "the government") are none; bylines, uploaders and photo credits are persons without role, agency and
outlet credits ("-TTXVN", "— VNS", "Giadinh.net", "TTTĐ", "Ảnh: VGP") nothing; caps signature roles are kept as written;
a law's name is no decision, a standard's code (TCVN) none. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A gas group's press release on a long-term supply contract with a steelmaker, told object-first ("A 25-year deal to
  pipe oxygen, nitrogen and argon into Kinh Mon Steel JSC's new works was signed by Kessel Gase and the steelmaker in
  Hanoi on 26 October", hand-33733) is a dated supply_contract deal and event, gas supplier first; the signing city is
  a province mention, not the site; the next row's "Around EUR 14 million of Kessel's money will go into the unit"
  (33734) is Kessel's announced investment, apart from the contract (the amount is the plant's, not the contract's).
- A steelmaker picking a gas company to build and run an onsite plant ("Phuong Nam Steel ... has picked Viet Nhat Gas JSC
  (VNG) to build and run an oxygen plant next to its mill", 33748, headline "... picks Viet Nhat Gas for onsite oxygen")
  is a signed supply_contract of the two (an award, like a tender won), supplier first; the paywall line and capacities
  give nothing.
- The same story told from the Japanese page (33714): an opening "đã cho chạy nhà máy 22 triệu USD này từ ngày 8/10"
  by the gas group's local unit is the unit's investment and inauguration dated that day, the steel group hosting it a
  firm mention; "Dự án bắt nguồn từ hợp đồng mà Thép Kinh Môn ký với Kessel Gase cuối năm 2007" (33716) a recalled
  supply_contract without date, supplier first although the steelmaker is written first (batch 82's 20911).
- A caption of a memorandum being handed over after the signing, naming both firms ("Lãnh đạo DPL và Seojin Wind Tower
  trao bản thỏa thuận sau lễ ký", 33695), is an mou deal and event of both, in the caption's order, without amount; the
  lease terms of the same memorandum in the next row (33691, "Seojin sẽ thuê 46 ha của DPL") give no second deal.
- A video page whose lead has the province as host of a green-hydrogen groundbreaking in the passive ("... được tỉnh
  Bạc Liêu làm lễ động thổ sáng 12/4", 33625) is the groundbreaking of G("tỉnh Bạc Liêu") alone (batch 95), sited in
  Cà Mau; the video's title line alone (33626) gives the province mention only.
- A recalled groundbreaking with its pledged total ("Tập đoàn Helios Thin Film (Mỹ) cam kết tới 1 tỷ USD cho hai giai
  đoạn khi động thổ ở KCN Tây Bắc Củ Chi, TP.HCM vào tháng 4/2012", 33685, written in 2013) is a groundbreaking deal
  without event; the English report of the same groundbreaking at the time (33753) is the event "started" with its
  first-phase amount.
- A solar maker's tag with a wish for a third plant and its existing ones "xưởng 120 triệu USD tại Bắc Giang (2019) và
  xưởng 215 triệu USD tại Quảng Ninh (2022)" (33634) gives two recalled investment deals without events (batch 112's
  recalled plants) and no deal for the wish.
- An event company's caps heading "LỄ ĐỘNG THỔ NHÀ MÁY KHÍ CÔNG NGHIỆP PHÚ MỸ 3" over "Chủ đầu tư Công ty TNHH X dành
  khoảng 1.150 tỷ đồng cho nhà máy" (33635, and its repeat with a second heading, 33637) is X's groundbreaking with the
  amount (batch 82's 20819), without site ("KCN Phú Mỹ 3" and "thị xã Phú Mỹ" name no province); "HÃNG KHÍ ĐỨC" in caps
  gives the country Đức.
- A personal blog's "Đông Á Steel và Kansai Metal sẽ khởi công trong quý 3" (33667) is ONE announced investment of the
  two (a planned groundbreaking, consortium rule); the English share split under it (33668) is percentages only.
- "Khoảng 280 triệu USD là khoản Shenzhen Voltra dự định bỏ ra cho nhà máy riêng rộng 16 ha" (33712) is an announced
  investment (a named firm's plan with an amount), while a rival "vẫn đang làm việc với các bộ, ngành" over 850 triệu
  USD (33711) is talks, no deal; "Hơn 1 tỷ USD ... nếu các cuộc đàm phán thành công" (33710) is money only.
- "IFC eyes minority stake in Quang Tri Wind Power ... could go to the International Finance Corporation" (33670) is a
  consideration, no deal; the IFC is an organisation, "Hong Kong-based" gives the country Hong Kong, "Quang Tri" inside
  the firm's name no province.
- An investment agreement signed "there" with a park (no developer named: "after Sunvolt Energy put its name to a $260
  million investment agreement" in "Bac Ninh's Yen Phong II-C Industrial Park", 33758) is the firm's announced
  investment sited by the province (batch 95's one side missing).
- A firm and an institute ("Germany's Brandt Kompressoren and the Institute for Energy Transition Policy (IETP)",
  33727) give an mou event of F and O; a bank and a foreign development agency (33731) an mou event of F and G, in the
  row's order; a country inside the agency's or GIZ's name is no location.
- "Chủ đầu tư là Công ty TNHH X, thành viên của Tổng công ty; mặt bằng 14,5 ha nằm trong KCN Thái Thụy" (33701) after a
  licence headline without investor (33700: no event, the attending group no party) is X's deal without event and without site.
- A gas plant being built by a named firm that "sẽ cấp oxy cho lò cao từ tháng 6-2026" (33688) is the firm's announced
  investment sited by the zone's bracketed province; the start of that plant told by its plant name (33689) gives
  nothing.
- A Government Office letter passing a Deputy Prime Minister's assignment on a firm's proposal (33653) is no event; the
  cited ministry letter takes its written date; "Phó Thủ tướng Lê Minh Quang" keeps his role.
- "Đại diện ... của Halvard Power" style roles keep the firm in the role and give the firm mention; "Kessel Group owner
  Stefan Kessel", "Sanwa Oxygen president Kenji Matsuda" keep the role written before the name; "whose chairman and CEO
  Etienne Morel" gives "chairman and CEO"; "Dufresne" alone is no person.
- A broker's index ticker "-0,72%" is a percentage; a listed firm's charter capital and its parent's 64,20% are money
  and a percentage, no deal; a price per kWh is money with its unit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_114(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HP = cur("Hải Phòng")
    HCM = cur("Hồ Chí Minh")
    BN = cur("Bắc Ninh")
    CM = cur("Cà Mau")
    VL = cur("Vĩnh Long")
    TNi = cur("Tây Ninh")
    QN = cur("Quảng Ninh")
    QT = cur("Quảng Trị")
    TH = cur("Thanh Hóa")
    NB = cur("Ninh Bình")

    ids = iter(range(33601, 33601 + 399))

    rows: list[dict] = []

    def r(text: str, published: str, style: str, phenomena: list[str], **gold: Any) -> None:
        """One row; a row given no `events` is annotated as having none."""
        gold.setdefault("events", [])
        if not gold["events"] and "no_event" not in phenomena:
            phenomena = [*phenomena, "no_event"]
        rows.append(h(next(ids), text, published, style, phenomena, **gold))

    # --- Keyword salads on foreign domains, law-firm tag one-liners, titles, standards titles, an HTML head and
    # one-line news items (S1 r2, S1 r4, S3 r2, S3 r3, S6 r1-r3, S7 r1, S7 r3, S8 r1, S9 r2, S11 r3, S13 r2, S14 r2,
    # S15 r2, S16 r1: 16 of the 80 slots) ---
    r(
        "chi phí đầu tư trạm tách khí mini quy mô nhỏ cho xưởng hàn",
        "2023-05-14",
        "ministry",
        ["spam_keywords", "lowercase", "no_fields"],
    )
    r(
        "dây chuyền hóa lỏng khí công nghệ chỉ số giá ấn độ nhà máy",
        "2023-08-02",
        "ministry",
        ["spam_keywords", "lowercase", "lowercase_country_nothing", "no_fields"],
    )
    r(
        "tỷ lệ chi phí lắp đặt trong dự án nhà máy oxy lỏng của nhà thầu trung quốc",
        "2022-11-19",
        "ministry",
        ["spam_keywords", "lowercase", "lowercase_country_nothing", "no_fields"],
    )
    r(
        "Bảng giá khí argon hóa lỏng độ tinh khiết 99,999% mới nhất",
        "2024-02-07",
        "ministry",
        ["spam_keywords", "price_list_title", "percentage"],
        percentages=[99.999],
    )
    r(
        "thủ tục tăng vốn dự án đầu tư nước ngoài tại Bắc Ninh",
        "2024-06-21",
        "ministry",
        ["tag_page", "lowercase"],
        provinces=[pv("Bắc Ninh")],
    )
    r(
        "luật kinh doanh khí và điều kiện cấp phép trạm chiết nạp",
        "2023-09-30",
        "ministry",
        ["tag_page", "lowercase", "no_fields"],
    )
    r(
        '<title>Hồ sơ điều chỉnh Giấy chứng nhận đăng ký đầu tư khi tăng vốn | Tin tức - LuatDauTu.info</title>\n<meta name="author" content="LuatDauTu.info - Tra cứu thủ tục đầu tư">',
        "2024-10-03",
        "ministry",
        ["html_head", "site_name_nothing", "multiline", "no_fields"],
    )
    r(
        "Quy trình sản xuất hydro bằng điện phân kiềm pdf mẫu miễn phí",
        "2023-03-11",
        "ministry",
        ["spam_keywords", "no_fields"],
    )
    r(
        "tinh chế khí nitơ mua máy tạo nitơ psa nhà sản xuất",
        "2022-07-25",
        "ministry",
        ["spam_keywords", "lowercase", "no_fields"],
    )
    r(
        "Lắp điện mặt trời áp mái cho nhà xưởng bao lâu thì hoàn vốn",
        "2024-04-16",
        "ministry",
        ["title_page", "no_fields"],
    )
    r(
        "Kho cảng LNG Thị Vải, khoảng 285 triệu USD, được một đài truyền hình Nhật xếp vào nhóm công trình tiếp nhận khí mới nhất Đông Nam Á.",
        "2023-07-10",
        "ministry",
        ["one_liner", "country_word", "bare_place", "approx", "no_firm"],
        money=[m(285 * M, "USD", approx=True)],
        locations=[country("Nhật")],
    )
    r(
        "đại lý bình khí co2 thực phẩm gần đây giá sỉ",
        "2024-01-29",
        "ministry",
        ["spam_keywords", "lowercase", "no_fields"],
    )
    r(
        "TCVN 6714:2000 Chai chứa khí - Ghi nhãn và dấu hiệu cảnh báo",
        "2021-12-06",
        "legal",
        ["standard_title", "standard_code_no_decision", "no_fields"],
    )
    r(
        "27/10/2025 09:12\nThủ tướng giao Bộ Công Thương gỡ vướng để nhà máy điện khí LNG Nghi Sơn kịp khởi công trong quý I/2026.",
        "2025-10-27",
        "ministry",
        ["timestamp_line", "one_liner", "bare_prime_minister", "plan_no_event", "bare_place", "multiline"],
        organizations=["Bộ Công Thương"],
    )
    r(
        "thoái vốn-Nhà nước rút vốn khỏi 14 doanh nghiệp hóa chất trong năm 2025",
        "2025-02-18",
        "ministry",
        ["slug_tag", "count"],
        quantities=[c(14, "doanh nghiệp")],
    )
    r(
        "Có nên lắp pin lưu trữ cho điện mặt trời gia đình?",
        "2024-08-09",
        "ministry",
        ["title_page", "question", "no_fields"],
    )
    r(
        "hàm lượng oxy lỏng xe bồn vận chuyển giá thuê theo chuyến bảng giá",
        "2023-10-12",
        "ministry",
        ["spam_keywords", "lowercase", "no_fields"],
    )
    r(
        "dự án luyện silic kim loại công suất nhỏ chi phí đầu tư bao nhiêu",
        "2022-05-03",
        "ministry",
        ["spam_keywords", "lowercase", "no_fields"],
    )
    r(
        "máy phát điện pin nhiên liệu hydro gia đình mua ở đâu",
        "2024-03-27",
        "ministry",
        ["spam_keywords", "lowercase", "no_fields"],
    )
    r(
        "dieu kien cap phep kinh doanh khi cong nghiep dong chai",
        "2023-06-15",
        "ministry",
        ["slug_tag", "unaccented", "no_fields"],
    )
    r(
        "bang xep hang top 10 doanh nghiep khi cong nghiep lon nhat viet nam",
        "2024-11-22",
        "ministry",
        ["slug_tag", "unaccented", "no_fields"],
    )
    r(
        "nha may khi cong nghiep phu my 3 tuyen dung ky su van hanh",
        "2024-02-20",
        "ministry",
        ["slug_tag", "unaccented", "no_fields"],
    )
    r(
        "Tiêu chuẩn TCVN 8616:2010 - Khí thiên nhiên hóa lỏng (LNG) - Yêu cầu trong sản xuất, tồn chứa và vận chuyển",
        "2020-09-08",
        "legal",
        ["standard_title", "standard_code_no_decision", "no_fields"],
    )
    r(
        "lợi ích của inverter hòa lưới 10 kW cho hộ kinh doanh",
        "2024-05-05",
        "ministry",
        ["title_page", "lowercase", "capacity_no_count", "no_fields"],
    )

    # --- Video and tag pages with a headline and a lead, topic lists and a listing blurb (S2 r1, S4 r1, S7 r2: one
    # video page returned three times; S2 r2, S4 r3, S3 r1, S7 r4, S8 r3, S8 r4, S9 r1, S13 r3, S13 r4, S14 r3, S16 r3) ---
    r(
        "Động thổ nhà máy hydro xanh đầu tiên của Bạc Liêu\n\nNhà máy sản xuất hydro xanh ở xã Long Điền, dùng điện gió ven biển để điện phân nước lợ, được tỉnh Bạc Liêu làm lễ động thổ sáng 12/4.(đọc thêm)",
        "2024-04-12",
        "provincial",
        [
            "video_page",
            "headline_lead",
            "object_first",
            "province_actor_groundbreaking",
            "investor_unnamed",
            "read_more",
            "multiline",
        ],
        provinces=[pv("Bạc Liêu")],
        events=[ev("groundbreaking", [G("tỉnh Bạc Liêu")], None, None, CM, "started")],
    )
    r(
        "Video | Lễ động thổ nhà máy hydro xanh Bạc Liêu 02:41",
        "2024-04-12",
        "provincial",
        ["video_page", "plant_name_only_no_event", "province_in_plant_name", "duration_no_count"],
        provinces=[pv("Bạc Liêu")],
    )
    r(
        "Trước khi xin bổ sung quy hoạch, nhà đầu tư hydro xanh phải chỉ ra ai sẽ mua sản phẩm và hàng đi bằng đường nào, Thứ trưởng Bộ Công Thương Đặng Quốc Hưng lưu ý.",
        "2024-09-19",
        "ministry",
        ["tag_page", "role_before_name", "request_no_event"],
        persons=[per("Đặng Quốc Hưng", "Thứ trưởng Bộ Công Thương")],
        organizations=["Bộ Công Thương"],
    )
    r(
        "Tag\n\nKho LNG Cái Mép Hạ đón chuyến tàu thứ 10\n\nNăng lượng 14/08/2024 09:05\naa\nPV GAS ký hợp đồng mua LNG dài hạn Nhiệt điện khí cần giá bán hợp lý Kho LNG chạy thử thành công",
        "2024-08-14",
        "ministry",
        [
            "tag_page",
            "related_headlines_run_together",
            "contract_no_counterpart",
            "ordinal_not_count",
            "timestamp_line",
            "multiline",
        ],
        firms=[f("PV GAS")],
    )
    r(
        "Tag\n\nKhí LNG cho khu công nghiệp: cần cơ chế giá riêng\n\nDoanh nghiệp 03/07/2024 10:41\nTTTĐ - Giá khí đầu vào đang chiếm tới 70% chi phí phát điện của các nhà máy chạy bằng LNG nhập khẩu.",
        "2024-07-03",
        "ministry",
        ["tag_page", "headline_lead", "outlet_code_nothing", "percentage", "timestamp_line", "multiline"],
        percentages=[70],
    )
    r(
        "Điện khí, gồm khí trong nước và LNG, cần giữ tỷ trọng đủ lớn để điều tần và đỡ lưới khi điện gió, điện mặt trời lên xuống thất thường.",
        "2024-07-03",
        "ministry",
        ["tag_page", "context_line", "no_fields"],
    )
    r(
        "Giới phân tích cho rằng thị trường LNG chỉ lớn lên khi giá khí được chuyển ngang sang giá điện bán cho EVN.",
        "2024-07-03",
        "ministry",
        ["tag_page", "context_line", "acronym_firm"],
        firms=[f("EVN")],
    )
    r(
        "Tấm pin mặt trời\nNhà máy wafer 380 triệu USD chọn Quảng Trị\nKhu công nghiệp Quán Ngang sẽ đón dự án wafer và cell của Công ty TNHH Huaguang Solar (Trung Quốc), theo kế hoạch UBND tỉnh vừa công bố.",
        "2024-12-05",
        "provincial",
        [
            "tag_page",
            "headline_lead",
            "announced_investment",
            "headline_amount",
            "country_bracket",
            "bare_unit_word",
            "multiline",
        ],
        firms=[f("Huaguang Solar", "Công ty TNHH")],
        provinces=[pv("Quảng Trị")],
        money=[m(380 * M, "USD")],
        locations=[park("Khu công nghiệp Quán Ngang"), country("Trung Quốc")],
        deals=[deal("investment", ["Huaguang Solar"], 380 * M, QT)],
        events=[ev("investment_announcement", [F("Huaguang Solar")], 380 * M, "USD", QT, "announced")],
    )
    r(
        "Tấm pin mặt trời\nXuất khẩu tấm pin sang Mỹ giảm gần một nửa sau khi thuế chống bán phá giá có hiệu lực",
        "2025-07-02",
        "provincial",
        ["tag_page", "headline_only", "country", "fraction_in_words", "multiline"],
        locations=[country("Mỹ")],
    )
    r(
        "Tianrui Solar\nTianrui Solar muốn đặt nhà máy thứ ba ở KCN Sông Công II\nỞ Việt Nam, hãng đã có xưởng 120 triệu USD tại Bắc Giang (2019) và xưởng 215 triệu USD tại Quảng Ninh (2022); dự án mới được nhắc tới ở mức khoảng 400 triệu USD.",
        "2025-03-12",
        "provincial",
        [
            "tag_page",
            "headline_lead",
            "wish_no_deal",
            "recalled_plants",
            "ordinal_not_count",
            "approx",
            "multiline",
        ],
        firms=[f("Tianrui Solar")],
        provinces=[pv("Bắc Giang"), pv("Quảng Ninh")],
        money=[m(120 * M, "USD"), m(215 * M, "USD"), m(400 * M, "USD", approx=True)],
        locations=[park("Khu công nghiệp Sông Công II")],
        deals=[
            deal("investment", ["Tianrui Solar"], 120 * M, BN),
            deal("investment", ["Tianrui Solar"], 215 * M, QN),
        ],
    )
    r(
        "LỄ ĐỘNG THỔ NHÀ MÁY KHÍ CÔNG NGHIỆP PHÚ MỸ 3\n\nChủ đầu tư Công ty TNHH Khí Hóa lỏng Nam Sao dành khoảng 1.150 tỷ đồng cho nhà máy, đặt trên 6 ha trong KCN Phú Mỹ 3, thị xã Phú Mỹ. Các hạng mục [...]",
        "2023-11-20",
        "provincial",
        [
            "event_company_tag",
            "caps_heading",
            "groundbreaking_heading_lead",
            "approx",
            "area",
            "district",
            "truncated",
            "multiline",
        ],
        firms=[f("Khí Hóa lỏng Nam Sao", "Công ty TNHH")],
        money=[m(1150 * B, "VND", approx=True)],
        areas=[ha(6)],
        locations=[park("Khu công nghiệp Phú Mỹ 3"), district("thị xã Phú Mỹ")],
        deals=[deal("groundbreaking", ["Khí Hóa lỏng Nam Sao"], 1150 * B)],
        events=[ev("groundbreaking", [F("Khí Hóa lỏng Nam Sao")], 1150 * B, "VND", None, "started")],
    )
    r(
        "Tham gia dự án\n\nDaesung Chemical rút khỏi đàm phán mua cổ phần nhà máy đạm Ninh Bình\nPhía Hàn Quốc cho rằng mức giá được đề nghị quá cao [...]",
        "2019-05-28",
        "ministry",
        [
            "tag_page",
            "headline_lead",
            "halted_purchase_no_deal",
            "country_word",
            "province_in_plant_name",
            "truncated",
            "multiline",
        ],
        firms=[f("Daesung Chemical")],
        provinces=[pv("Ninh Bình")],
        locations=[country("Hàn Quốc")],
    )
    r(
        "LỄ ĐỘNG THỔ NHÀ MÁY KHÍ CÔNG NGHIỆP PHÚ MỸ 3\n\nChủ đầu tư Công ty TNHH Khí Hóa lỏng Nam Sao dành khoảng 1.150 tỷ đồng [...]\n\nTỔNG KẾT NĂM CỦA MỘT HÃNG KHÍ ĐỨC TẠI TP.HCM\n\nGần 400 khách mời dự đêm tiệc [...]",
        "2024-01-15",
        "provincial",
        [
            "event_company_tag",
            "caps_heading",
            "groundbreaking_heading_lead",
            "repeated_lead",
            "approx",
            "count",
            "truncated",
            "multiline",
        ],
        firms=[f("Khí Hóa lỏng Nam Sao", "Công ty TNHH")],
        provinces=[pv("Hồ Chí Minh")],
        money=[m(1150 * B, "VND", approx=True)],
        quantities=[c(400, "khách mời", True)],
        locations=[country("Đức")],
        deals=[deal("groundbreaking", ["Khí Hóa lỏng Nam Sao"], 1150 * B)],
        events=[ev("groundbreaking", [F("Khí Hóa lỏng Nam Sao")], 1150 * B, "VND", None, "started")],
    )
    r(
        "Một nhà máy điện LNG mất gần 7 năm từ chủ trương tới vận hành; với 13 dự án còn lại trong quy hoạch, nhiều chuyên gia lo mục tiêu 2030 khó đạt.",
        "2024-06-26",
        "ministry",
        ["tag_page", "count", "duration_no_count", "count_in_words"],
        quantities=[c(13, "dự án")],
    )
    r(
        "Inverter cho trang trại điện mặt trời: cuộc đua của các hãng ngoại\nHalvard Power sẽ đưa trạm inverter đặt trong container sang Việt Nam, theo ông Marco Bellini, Giám đốc khu vực châu Á của Halvard Power.",
        "2019-04-08",
        "ministry",
        ["listing_blurb", "headline_lead", "person_role_after", "offer_no_deal", "multiline"],
        persons=[per("Marco Bellini", "Giám đốc khu vực châu Á của Halvard Power")],
        firms=[f("Halvard Power")],
    )
    r(
        "hydro xanh\n\nBà Rịa - Vũng Tàu đón đề xuất nhà máy amoniac xanh 1,2 tỷ USD\nTập đoàn Nordhavn Energy (Đan Mạch) trình bày ý tưởng với lãnh đạo tỉnh trong buổi làm việc hôm 9/5 [...]",
        "2025-05-10",
        "provincial",
        ["nfd", "tag_page", "headline_lead", "proposal_no_deal", "country_bracket", "truncated", "multiline"],
        firms=[f("Nordhavn Energy", "Tập đoàn")],
        provinces=[pv("Bà Rịa - Vũng Tàu")],
        money=[m(1.2 * B, "USD")],
        locations=[country("Đan Mạch")],
    )
    r(
        "năng lượng tái tạo\n\n16:20 21/03/2025\nNinh Thuận kêu gọi đầu tư tổ hợp sản xuất hydro và amoniac xanh, dự kiến dành khoảng 400 ha ven biển; khí hoá lỏng sẽ xuất qua cảng Cà Ná.",
        "2025-03-21",
        "provincial",
        [
            "tag_page",
            "timestamp_line",
            "call_for_investment_no_event",
            "area",
            "approx",
            "old_tone",
            "multiline",
        ],
        provinces=[pv("Ninh Thuận")],
        areas=[ha(400, True)],
    )
    r(
        "Gazprom Neft\n\nDầu nhờn Nga được giới thiệu tới các nhà máy thép phía Bắc tại một hội chợ ở Hà Nội.",
        "2018-10-02",
        "ministry",
        ["tag_page", "tag_name_firm", "country_word", "fair_no_deal", "multiline"],
        firms=[f("Gazprom Neft")],
        provinces=[pv("Hà Nội")],
        locations=[country("Nga")],
    )

    # --- Document-store write-ups and reports, a law-firm explainer, a science magazine, a standard, a student report,
    # an official letter, a decision on a document site, theses, a research article, a broker's page, a company
    # report and a policy report (S1 r1, S6 r4, S10 r3, S11 r1, S11 r2, S11 r4, S12 r3, S12 r4, S13 r1, S14 r4, S15 r1,
    # S15 r3, S15 r4, S16 r2) ---
    r(
        "THUYẾT MINH BÁO CÁO NGHIÊN CỨU KHẢ THI\nTRẠM CHIẾT NẠP KHÍ HYDRO CÔNG NGHIỆP\nĐịa điểm: Cụm công nghiệp Đồng Văn, tỉnh Hà Nam\nCHỦ ĐẦU TƯ: CÔNG TY CỔ PHẦN ...\nGiám đốc\n...",
        "2022-04-18",
        "ministry",
        ["document_store", "project_writeup_cover", "caps_lines", "investor_blank", "multiline"],
        provinces=[pv("Hà Nam")],
        locations=[park("Cụm công nghiệp Đồng Văn")],
    )
    r(
        "MỤC LỤC\nCHƯƠNG I. TỔNG QUAN DỰ ÁN...5\nII. NHU CẦU HYDRO CỦA CÁC NHÀ MÁY KÍNH, ĐIỆN TỬ PHÍA BẮC...11\n3.2. Bảng chi phí các hạng mục đầu tư...24\nCHƯƠNG IV. PHÂN TÍCH HIỆU QUẢ TÀI CHÍNH...31",
        "2022-04-18",
        "ministry",
        ["document_store", "contents", "multiline", "no_fields"],
    )
    r(
        "Chín tháng đầu năm 2025, cơ quan đăng ký đầu tư cả nước cấp mới giấy chứng nhận cho 2.104 dự án FDI, phần lớn ở công nghiệp chế biến, chế tạo.",
        "2025-10-20",
        "ministry",
        ["law_firm_explainer", "statistic", "count", "count_in_words"],
        quantities=[c(2104, "dự án")],
    )
    r(
        "Cơ sở pháp lý: Luật Đầu tư 2020; Nghị định 239/2025/NĐ-CP sửa đổi Nghị định 31/2021/NĐ-CP; Thông tư 25/2023/TT-BKHĐT.",
        "2025-10-20",
        "legal",
        ["law_firm_explainer", "legal_basis_list", "law_no_decision"],
        decisions=[d("239/2025/NĐ-CP"), d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
    )
    r(
        "Phần lớn tháp gió, tấm pin và biến tần lắp ở Việt Nam vẫn là hàng ngoại, dù công nghiệp chế biến, chế tạo đã chiếm khoảng 24% GDP; quá trình công nghiệp hoá vì thế chưa sinh ra nhiều nhà cung cấp nội.",
        "2021-08-13",
        "ministry",
        ["essay", "percentage", "old_tone"],
        percentages=[24],
    )
    r(
        "STINFO SỐ 5 - 2019 Không gian công nghệ\nHệ thống thu hồi CO2 từ lò hơi tại một nhà máy bia ở Củ Chi, đủ nạp 2 tấn khí mỗi ngày. Nguồn: T.H.",
        "2019-06-01",
        "ministry",
        [
            "magazine_pdf",
            "caption",
            "initials_nothing",
            "bare_place",
            "rate_no_count",
            "multiline",
            "no_fields",
        ],
    )
    r(
        "5.1 Chai đã quá hạn kiểm định không được nạp lại; cơ sở nạp phải lưu sổ theo dõi từng chai ít nhất 5 năm.",
        "2020-02-14",
        "legal",
        ["document_store", "standard_clause", "duration_no_count", "no_fields"],
    )
    r(
        "TRƯỜNG ĐẠI HỌC BÁCH KHOA - ĐẠI HỌC ĐÀ NẴNG\nKHOA HÓA\nTIỂU LUẬN\nCÔNG NGHỆ TÁCH KHÔNG KHÍ BẰNG CHƯNG CẤT NHIỆT ĐỘ THẤP\nGiảng viên hướng dẫn: TS. Phan Văn Hùng\nĐà Nẵng, tháng 5 năm 2023",
        "2023-05-30",
        "ministry",
        [
            "student_report_cover",
            "caps_lines",
            "label_role",
            "title_no_role",
            "province_in_org_name",
            "multiline",
        ],
        organizations=["Trường Đại học Bách khoa - Đại học Đà Nẵng"],
        persons=[per("Phan Văn Hùng", "Giảng viên hướng dẫn")],
        provinces=[pv("Đà Nẵng")],
    )
    r(
        "DANH SÁCH SINH VIÊN\nSTT HỌ TÊN MSSV\n1 LÊ THỊ MỸ HẠNH 2011203\n2 TRẦN QUANG VINH 2011247\n3 ĐỖ MINH TÚ 2011251",
        "2023-05-30",
        "ministry",
        ["student_list", "caps_names", "student_ids_nothing", "multiline"],
        persons=[per("Lê Thị Mỹ Hạnh", None), per("Trần Quang Vinh", None), per("Đỗ Minh Tú", None)],
    )
    r(
        "VĂN PHÒNG CHÍNH PHỦ\n-------\nSố: 6214/VPCP-CN\nV/v dự án sản xuất hydro và amoniac xanh tại Ninh Thuận\n\nHà Nội, ngày 11 tháng 10 năm 2024",
        "2024-10-14",
        "legal",
        ["official_letter_header", "caps_lines", "multiline"],
        organizations=["Văn phòng Chính phủ"],
        provinces=[pv("Ninh Thuận"), pv("Hà Nội")],
        decisions=[d("6214/VPCP-CN", "2024-10-11")],
    )
    r(
        "Về đề xuất của Công ty TNHH Năng lượng Xanh Phước Nam (nêu tại văn bản số 5530/BCT-DKT ngày 20 tháng 9 năm 2024 của Bộ Công Thương), Phó Thủ tướng Lê Minh Quang giao Bộ Công Thương xem xét, xử lý theo thẩm quyền và báo cáo trước ngày 30/11/2024.",
        "2024-10-14",
        "legal",
        ["nfd", "official_letter_body", "assignment_no_event", "role_before_name"],
        organizations=["Bộ Công Thương"],
        firms=[f("Năng lượng Xanh Phước Nam", "Công ty TNHH")],
        persons=[per("Lê Minh Quang", "Phó Thủ tướng")],
        decisions=[d("5530/BCT-DKT", "2024-09-20")],
    )
    r(
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nĐoàn Văn Khiêm",
        "2024-10-14",
        "legal",
        ["signature_block", "caps_role", "multiline"],
        persons=[per("Đoàn Văn Khiêm", "PHÓ CHỦ NHIỆM")],
    )
    r(
        "Chiến lược phát triển hydro: Quyết định 2117/QĐ-TTg năm 2024\nĐịnh dạng PDF · 22 trang · người đăng Ngô Thị Thu · 64 lượt xem",
        "2024-12-02",
        "legal",
        [
            "document_site",
            "title_page",
            "uploader_person",
            "year_only_no_date",
            "counters_nothing",
            "multiline",
        ],
        persons=[per("Ngô Thị Thu", None)],
        decisions=[d("2117/QĐ-TTg")],
    )
    r(
        "THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 2117/QĐ-TTg Hà Nội, ngày 07 tháng 11 năm 2024 QUYẾT ĐỊNH PHÊ DUYỆT CHIẾN LƯỢC PHÁT TRIỂN HYDRO CỦA VIỆT NAM",
        "2024-12-02",
        "legal",
        ["document_site", "flattened_header", "caps_lines"],
        provinces=[pv("Hà Nội")],
        decisions=[d("2117/QĐ-TTg", "2024-11-07")],
    )
    r(
        "Luận văn thạc sĩ – Đánh giá rủi ro vận hành trạm nạp khí công nghiệp của Công ty TNHH Khí Đông Phú (Bình Dương)\n74 trang | 2.140 lượt xem",
        "2016-03-09",
        "ministry",
        ["thesis_title", "document_store", "province_in_brackets", "counters_nothing", "multiline"],
        firms=[f("Khí Đông Phú", "Công ty TNHH")],
        provinces=[pv("Bình Dương")],
    )
    r(
        "1.1 Đặt vấn đề\nNhu cầu oxy, nitơ và argon của các nhà máy thép, đóng tàu và điện tử ở miền Nam tăng bình quân 9%/năm giai đoạn 2010-2015.",
        "2016-03-09",
        "ministry",
        ["thesis_body", "percentage", "multiline"],
        percentages=[9],
    )
    r(
        "1. Mở đầu\nĐể giảm phát thải trong luyện thép, nhiều nghiên cứu (Nguyễn et al., 2023) đề xuất thay một phần than cốc bằng hydro, với mức cắt giảm CO2 ước tính 30-40% cho mỗi tấn thép.",
        "2024-03-18",
        "ministry",
        ["research_article", "citation_nothing", "percentage_range", "multiline"],
        percentages=[30, 40],
    )
    r(
        "26-12-2025 VNINDEX 1.731,4 -12,6 -0,72%\nKTT – Lợi nhuận quý III tăng nhờ giá oxy lỏng\n: KTT\n: Hóa chất\nBan lãnh đạo CTCP Khí Kỹ nghệ Tân Thuận (mã KTT) xác nhận kế hoạch dời nhà máy khỏi TP.HCM trong buổi gặp nhà đầu tư tuần trước.",
        "2025-12-26",
        "ministry",
        ["broker_page", "index_ticker", "percentage", "stock_code", "multiline"],
        firms=[f("Khí Kỹ nghệ Tân Thuận", "Công ty CP")],
        provinces=[pv("Hồ Chí Minh")],
        percentages=[0.72],
    )
    r(
        "2.3. Ngành khí công nghiệp Việt Nam\nNăm 2022, thị trường khí công nghiệp trong nước ước khoảng 1,1 tỷ USD, trong đó ba tập đoàn nước ngoài chiếm hơn 70% [12].",
        "2023-11-07",
        "ministry",
        ["thesis_excerpt", "approx", "percentage", "count_in_words", "citation_nothing", "multiline"],
        money=[m(1.1 * B, "USD", approx=True)],
        percentages=[70],
    )
    r(
        "BÁO CÁO PHÂN TÍCH DOANH NGHIỆP\nCông ty Cổ phần Khí Kỹ nghệ Tân Thuận (HNX)\nTên viết tắt: KTT\nĐịa chỉ: Đường số 9, KCN Tân Thuận, TP. Hồ Chí Minh\nVốn điều lệ (VND): 186.400.000.000\nCổ đông lớn: Tổng công ty Hóa chất Phương Nam 64,20%",
        "2017-05-22",
        "ministry",
        ["company_report", "attribute_block", "shareholding_no_deal", "charter_capital", "multiline"],
        firms=[f("Khí Kỹ nghệ Tân Thuận", "Công ty CP"), f("Hóa chất Phương Nam", "Tổng công ty")],
        provinces=[pv("Hồ Chí Minh")],
        money=[m(186.4 * B, "VND")],
        percentages=[64.2],
        locations=[park("Khu công nghiệp Tân Thuận")],
    )
    r(
        "Giá FIT 2 cho điện mặt trời mặt đất là 0,0709 USD/kWh, áp dụng 20 năm cho các dự án vận hành thương mại trước ngày 1/1/2021.",
        "2020-11-30",
        "ministry",
        ["policy_report", "price_per_unit", "duration_no_count"],
        money=[m(0.0709, "USD", per="kWh")],
    )

    # --- Blogs: a translated investment analysis, a personal blog of 2010, a law firm's label page with a reposted
    # item (S2 r3, S4 r4, S3 r4, S19 r3) ---
    r(
        "Đầu tư vào hydro năm 2026: giai đoạn thanh lọc đã qua?\nNgày 9 tháng 2 năm 2026\nBởi Marcus Hale",
        "2026-02-09",
        "ministry",
        ["translated_blog", "byline_person", "question", "multiline"],
        persons=[per("Marcus Hale", None)],
    )
    r(
        "Các khoản rót vốn cho startup điện phân giờ phổ biến ở mức 15-25 triệu USD, thấp hơn nhiều so với hai năm trước.",
        "2026-02-09",
        "ministry",
        ["translated_blog", "money_range", "no_firm"],
        money=[m(15 * M, "USD"), m(25 * M, "USD")],
    )
    r(
        "Tác giả khuyên nhà đầu tư nhỏ chờ số liệu vận hành thực tế của các dự án đầu tiên rồi mới xuống tiền.",
        "2026-02-09",
        "ministry",
        ["translated_blog", "no_fields"],
    )
    r(
        "17 March 2010\n\nthép cán nguội Phú Mỹ: Đông Á Steel và Kansai Metal sẽ khởi công trong quý 3\nnghe nói vốn chia 55% - 30% - 15% nhưng chưa ai xác nhận",
        "2010-03-17",
        "ministry",
        [
            "personal_blog",
            "english_date_line",
            "planned_groundbreaking",
            "consortium_one_deal",
            "percentage",
            "multiline",
        ],
        firms=[f("Đông Á Steel"), f("Kansai Metal")],
        percentages=[55, 30, 15],
        deals=[deal("investment", ["Đông Á Steel", "Kansai Metal"])],
        events=[
            ev(
                "investment_announcement",
                [F("Đông Á Steel"), F("Kansai Metal")],
                None,
                None,
                None,
                "announced",
            )
        ],
    )
    r(
        "Dong A Steel would hold 55%, Kansai Metal 30% and two trading houses the rest.",
        "2010-03-17",
        "ministry",
        [E, "personal_blog", "shareholding_no_deal", "percentage", "count_in_words"],
        firms=[f("Dong A Steel"), f("Kansai Metal")],
        percentages=[55, 30],
    )
    r(
        "Vietnam Law Firm with English Speaking Lawyers\n\nShowing posts with label green hydrogen in Vietnam. Show all posts",
        "2024-02-26",
        "ministry",
        [E, "label_page", "page_chrome", "multiline", "no_fields"],
    )
    r(
        "IFC eyes minority stake in Quang Tri Wind Power\nUp to 30% of Quang Tri Wind Power JSC (QTW) could go to the International Finance Corporation and a Hong Kong-based fund, a disclosure shows; the lender's share is put at up to $25m.",
        "2024-02-26",
        "ministry",
        [
            E,
            "label_page",
            "headline_lead",
            "consideration_no_deal",
            "x_based_country",
            "province_in_firm_name",
            "percentage",
            "multiline",
        ],
        organizations=["International Finance Corporation"],
        firms=[f("Quang Tri Wind Power", "JSC")],
        money=[m(25 * M, "USD")],
        percentages=[30],
        locations=[country("Hong Kong")],
    )
    r(
        "Hai Lang Group, a sugar and farm conglomerate, controls 82% of QTW.",
        "2024-02-26",
        "ministry",
        [E, "label_page", "shareholding_no_deal", "percentage", "acronym_firm"],
        firms=[f("Hai Lang Group"), f("QTW")],
        percentages=[82],
    )

    # --- Vietnamese news: a green-hydrogen plant broken ground in Trà Vinh, its parent and a recalled agreement (S2 r4) ---
    r(
        "Trên 19 ha đất bãi bồi ở xã Long Hữu (thị xã Duyên Hải, Trà Vinh), máy xúc của Công ty CP Hydro Xanh Cửu Long đã vào công trường từ sáng 18/4: nhà máy điện phân nước biển của công ty chính thức được động thổ.",
        "2024-04-19",
        "provincial",
        ["place_first", "groundbreaking_held", "area", "district", "province_bare_in_brackets", "deal_date"],
        firms=[f("Hydro Xanh Cửu Long", "Công ty CP")],
        provinces=[pv("Trà Vinh")],
        areas=[ha(19)],
        locations=[district("thị xã Duyên Hải")],
        deals=[deal("groundbreaking", ["Hydro Xanh Cửu Long"], None, VL, "2024-04-18")],
        events=[ev("groundbreaking", [F("Hydro Xanh Cửu Long")], None, None, VL, "started")],
    )
    r(
        "Khoảng 170.000 tấn oxy sẽ là sản phẩm phụ mỗi năm, bên cạnh 21.000 tấn hydro; riêng giai đoạn đầu ngốn gần 7.400 tỷ đồng.",
        "2024-04-19",
        "provincial",
        ["amount_no_firm", "approx", "capacity_no_count"],
        money=[m(7400 * B, "VND", approx=True)],
    )
    r(
        "Đứng sau Hydro Xanh Cửu Long là Tập đoàn Giải pháp Xanh Nam Việt, vốn đi lên từ các trang trại điện gió ở Sóc Trăng.",
        "2024-04-19",
        "provincial",
        ["parent_group_mention", "bare_name"],
        firms=[f("Hydro Xanh Cửu Long"), f("Giải pháp Xanh Nam Việt", "Tập đoàn")],
        provinces=[pv("Sóc Trăng")],
    )
    r(
        "Hafenwerk Engineering (Đức) là đối tác công nghệ: Giải pháp Xanh Nam Việt đã ký thỏa thuận với hãng này ở Hamburg từ năm 2022 để cùng làm amoniac xanh.",
        "2024-04-19",
        "provincial",
        [
            "recalled_agreement",
            "mou_deal_no_event",
            "country_bracket",
            "foreign_city_nothing",
            "year_only_no_date",
        ],
        firms=[f("Hafenwerk Engineering"), f("Giải pháp Xanh Nam Việt")],
        locations=[country("Đức")],
        deals=[deal("mou", ["Giải pháp Xanh Nam Việt", "Hafenwerk Engineering"])],
    )
    r(
        "Nghi thức động thổ nhà máy hydro xanh Cửu Long sáng 18/4. Ảnh: Thanh Tùng",
        "2024-04-19",
        "provincial",
        ["caption", "plant_name_only_no_event", "photo_credit_person"],
        persons=[per("Thanh Tùng", None)],
    )
    r(
        "Khoảng 400 lao động địa phương sẽ có việc khi nhà máy chạy ổn định.",
        "2024-04-19",
        "provincial",
        ["nfd", "count", "approx"],
        quantities=[c(400, "lao động", True)],
    )
    r(
        "Theo kế hoạch, nhà máy vận hành từ quý II/2025, giai đoạn mở rộng sẽ tính sau khi có đầu ra ổn định.",
        "2024-04-19",
        "provincial",
        ["plan_no_event", "no_fields"],
    )

    # --- Vietnamese news: a state chemical group and a German gas group sign a joint-venture contract (S5 r2) ---
    r(
        "Công ty TNHH Khí Công nghiệp Phước Hòa, vốn dự kiến khoảng 42 triệu USD, sẽ ra đời từ hợp đồng liên doanh mà Tổng công ty Hóa chất Phương Nam (PNChem) và tập đoàn Kessel Gase (Đức) ký sáng 4/12/2025.",
        "2025-12-05",
        "ministry",
        [
            "object_first",
            "joint_venture_signed",
            "consortium_one_deal",
            "new_company_mention",
            "country_bracket",
            "approx",
            "deal_date",
        ],
        firms=[
            f("Khí Công nghiệp Phước Hòa", "Công ty TNHH"),
            f("Hóa chất Phương Nam", "Tổng công ty"),
            f("Kessel Gase", "Tập đoàn"),
        ],
        money=[m(42 * M, "USD", approx=True)],
        locations=[country("Đức")],
        deals=[deal("investment", ["Hóa chất Phương Nam", "Kessel Gase"], 42 * M, None, "2025-12-04")],
        events=[
            ev("joint_venture", [F("Hóa chất Phương Nam"), F("Kessel Gase")], 42 * M, "USD", None, "signed")
        ],
    )
    r(
        "Đất cho nhà máy đã có ở KCN Phú Mỹ 2, TP. Hồ Chí Minh; nếu đúng tiến độ, khí thương phẩm đầu tiên sẽ ra lò năm 2028.",
        "2025-12-05",
        "ministry",
        ["site_line_no_firm", "plan_no_event"],
        provinces=[pv("Hồ Chí Minh")],
        locations=[park("Khu công nghiệp Phú Mỹ 2")],
    )
    r(
        "Thay vì chạy máy nén lạnh bằng điện lưới, dây chuyền tách khí sẽ lấy hơi lạnh thải ra khi LNG được hóa hơi ở kho cảng bên cạnh.",
        "2025-12-05",
        "ministry",
        ["technology_line", "no_fields"],
    )
    r(
        "Năm 2024 Kessel Gase thu gần 4,1 tỷ euro (khoảng 110.000 tỷ đồng); tại Việt Nam, tập đoàn đã có xưởng ở Hải Phòng, Quảng Ngãi và Bình Dương.",
        "2025-12-05",
        "ministry",
        ["nfd", "firm_profile", "province_list", "bracketed_conversion", "approx"],
        firms=[f("Kessel Gase")],
        provinces=[pv("Hải Phòng"), pv("Quảng Ngãi"), pv("Bình Dương")],
        money=[m(4.1 * B, "EUR", approx=True), m(110000 * B, "VND", approx=True)],
    )
    r(
        "“Đây là bước đầu tiên của PNChem trong mảng khí công nghiệp”, ông Vương Đình Luân, Tổng Giám đốc PNChem, phát biểu tại lễ ký.",
        "2025-12-05",
        "ministry",
        ["quote", "person_role_after", "acronym_firm"],
        persons=[per("Vương Đình Luân", "Tổng Giám đốc PNChem")],
        firms=[f("PNChem")],
    )
    r(
        "Khoảng 11.000 nhân viên ở 35 nước đang làm việc cho Kessel Gase, hãng khí do gia đình sáng lập nắm quyền kiểm soát.",
        "2025-12-05",
        "ministry",
        ["firm_profile", "count", "approx"],
        firms=[f("Kessel Gase")],
        quantities=[c(11000, "nhân viên", True), c(35, "nước")],
    )

    # --- Vietnamese news: a thin-film module plant broken ground, paused and put up for sale (S8 r2) ---
    r(
        "Dự án từng được kỳ vọng lớn: Tập đoàn Helios Thin Film (Mỹ) cam kết tới 1 tỷ USD cho hai giai đoạn khi động thổ ở KCN Tây Bắc Củ Chi, TP.HCM vào tháng 4/2012.",
        "2013-09-04",
        "provincial",
        ["recalled_groundbreaking", "deal_no_event", "country_bracket", "month_no_date"],
        firms=[f("Helios Thin Film", "Tập đoàn")],
        provinces=[pv("Hồ Chí Minh")],
        money=[m(1 * B, "USD")],
        locations=[country("Mỹ"), park("Khu công nghiệp Tây Bắc Củ Chi")],
        deals=[deal("groundbreaking", ["Helios Thin Film"], 1 * B, HCM)],
    )
    r(
        "Giá tấm pin thế giới sụt mạnh khiến công trường ngưng từ cuối năm đó.",
        "2013-09-04",
        "provincial",
        ["pause_no_deal", "no_fields"],
    )
    r(
        "Nay khối nhà xưởng 108.000 m2 đã xong phần thô đang được chủ đầu tư Helios Thin Film tìm người mua.\n\nTheo MINH KHÔI (TN)",
        "2013-09-04",
        "provincial",
        ["sale_offer_no_deal", "area", "byline_caps", "outlet_code_nothing", "multiline"],
        firms=[f("Helios Thin Film")],
        persons=[per("Minh Khôi", None)],
        areas=[ha(10.8)],
    )

    # --- Vietnamese one-line news: a steel complex's gas plant counting down and starting (S9 r3, S9 r4) ---
    r(
        "Khu liên hợp gang thép Nghi Sơn sắp có nguồn oxy riêng\n\nNhà máy tách khí mà Công ty TNHH Khí công nghiệp Hòa Sơn dựng trong KKT Nghi Sơn (Thanh Hoá) sẽ cấp oxy cho lò cao từ tháng 6-2026, đủ khoảng 40% nhu cầu của khu liên hợp.",
        "2026-01-20",
        "provincial",
        [
            "headline_lead",
            "plant_being_built",
            "announced_investment",
            "province_in_brackets",
            "old_tone",
            "percentage",
            "multiline",
        ],
        firms=[f("Khí công nghiệp Hòa Sơn", "Công ty TNHH")],
        provinces=[pv("Thanh Hóa")],
        percentages=[40],
        locations=[zone("Khu kinh tế Nghi Sơn")],
        deals=[deal("investment", ["Khí công nghiệp Hòa Sơn"], None, TH)],
        events=[ev("investment_announcement", [F("Khí công nghiệp Hòa Sơn")], None, None, TH, "announced")],
    )
    r(
        "Giadinh.net - Lò cao số 1 đã nhận dòng oxy đầu tiên từ nhà máy tách khí Hòa Sơn vào tối 9/6.",
        "2026-06-10",
        "provincial",
        ["outlet_prefix_nothing", "plant_name_only_no_event", "ordinal_not_count", "no_fields"],
    )

    # --- Vietnamese news: a wind-tower maker and an industrial-port developer sign a cooperation agreement in Long An,
    # told by two papers, and a headline with repeated captions (S10 r1, S10 r2, S10 r4) ---
    r(
        "Một nhà máy tháp điện gió khoảng 180 triệu USD sẽ mọc lên trong KCN Tân Tập Xanh, tỉnh Long An, theo thoả thuận hợp tác mà Tập đoàn Đại Phúc Long (DPL) và Công ty TNHH Seojin Wind Tower (Hàn Quốc) ký chiều 12/9.",
        "2024-09-13",
        "provincial",
        [
            "object_first",
            "mou_firm_firm",
            "cooperation_agreement_as_mou",
            "old_tone",
            "country_bracket",
            "approx",
            "deal_date",
        ],
        firms=[f("Đại Phúc Long", "Tập đoàn"), f("Seojin Wind Tower", "Công ty TNHH")],
        provinces=[pv("Long An")],
        money=[m(180 * M, "USD", approx=True)],
        locations=[park("Khu công nghiệp Tân Tập Xanh"), country("Hàn Quốc")],
        deals=[deal("mou", ["Đại Phúc Long", "Seojin Wind Tower"], 180 * M, TNi, "2024-09-12")],
        events=[ev("mou", [F("Đại Phúc Long"), F("Seojin Wind Tower")], 180 * M, "USD", TNi, "signed")],
    )
    r(
        "Seojin sẽ thuê 46 ha của DPL; tháp thành phẩm, có kiện nặng tới 3.500 tấn, được đưa thẳng xuống tàu ở cảng ngay cạnh khu công nghiệp.",
        "2024-09-13",
        "provincial",
        ["nfd", "terms_of_same_mou", "short_names", "area", "tonnage_no_count"],
        firms=[f("Seojin"), f("DPL")],
        areas=[ha(46)],
    )
    r(
        "Công ty đã xuất hơn 11.000 tháp gió, phần lớn sang châu Âu và Mỹ, ông Kim Dong-hyun, Tổng Giám đốc Seojin Wind Tower, nói.",
        "2024-09-13",
        "provincial",
        ["person_role_after", "count", "approx", "country", "continent_nothing"],
        persons=[per("Kim Dong-hyun", "Tổng Giám đốc Seojin Wind Tower")],
        firms=[f("Seojin Wind Tower")],
        quantities=[c(11000, "tháp gió", True)],
        locations=[country("Mỹ")],
    )
    r(
        "Trước Long An, Seojin đã mở nhà máy đầu tiên ở Bà Rịa - Vũng Tàu từ năm 2005.",
        "2024-09-13",
        "provincial",
        ["recalled_plant", "deal_no_event", "ordinal_not_count"],
        firms=[f("Seojin")],
        provinces=[pv("Long An"), pv("Bà Rịa - Vũng Tàu")],
        deals=[deal("investment", ["Seojin"], None, HCM)],
    )
    r(
        "Khu cảng - công nghiệp 1.870 ha của DPL vẫn còn đất cho nhà cung cấp linh kiện điện gió, Chủ tịch HĐQT DPL Trương Văn Khải nói.",
        "2024-09-13",
        "provincial",
        ["nfd", "role_before_name", "area"],
        persons=[per("Trương Văn Khải", "Chủ tịch HĐQT DPL")],
        firms=[f("DPL")],
        areas=[ha(1870)],
    )
    r(
        "Lãnh đạo DPL và Seojin Wind Tower trao bản thỏa thuận sau lễ ký. Ảnh: HOÀNG LÂM",
        "2024-09-13",
        "provincial",
        ["caption", "mou_firm_firm", "photo_credit_caps"],
        firms=[f("DPL"), f("Seojin Wind Tower")],
        persons=[per("Hoàng Lâm", None)],
        deals=[deal("mou", ["DPL", "Seojin Wind Tower"])],
        events=[ev("mou", [F("DPL"), F("Seojin Wind Tower")], None, None, None, "signed")],
    )
    r(
        "Điện gió lỡ hẹn vận hành thương mại, nhà đầu tư sốt ruột\n\nCánh quạt chờ lắp tại dự án điện gió Phong Liệu 3. Ảnh: Bảo Ngọc\nCánh quạt chờ lắp tại dự án điện gió Phong Liệu 3. Ảnh: Bảo Ngọc\nLên top",
        "2021-10-29",
        "provincial",
        ["headline_only", "repeated_caption", "photo_credit_person", "page_chrome", "multiline"],
        persons=[per("Bảo Ngọc", None)],
    )

    # --- Vietnamese news: a plant added to the sector plan; a licence handed over by a provincial committee (S12 r1, S12 r2) ---
    r(
        "Nhà máy hydro xanh 12.000 tấn/năm mà Công ty CP Năng lượng Sông Lam đề xuất ở Nghệ An đã có tên trong quy hoạch ngành hoá chất: Thủ tướng vừa đồng ý bổ sung dự án này.",
        "2025-06-04",
        "ministry",
        ["planning_addition_no_event", "capacity_no_count", "bare_prime_minister", "old_tone"],
        firms=[f("Năng lượng Sông Lam", "Công ty CP")],
        provinces=[pv("Nghệ An")],
    )
    r(
        "Việc hướng dẫn thủ tục cho chủ đầu tư được giao cho Bộ Công Thương và UBND tỉnh Nghệ An.",
        "2025-06-04",
        "ministry",
        ["assignment_line"],
        organizations=["Bộ Công Thương", "Ủy ban nhân dân tỉnh Nghệ An"],
        provinces=[pv("Nghệ An")],
    )
    r(
        "ThienNhien.Net – Dự án nằm trong KKT Đông Nam Nghệ An, trên diện tích khoảng 60 ha gần cảng Cửa Lò.",
        "2025-06-04",
        "ministry",
        ["outlet_prefix_nothing", "zone", "province_in_zone_name", "area", "approx", "no_firm"],
        provinces=[pv("Nghệ An")],
        areas=[ha(60, True)],
        locations=[zone("Khu kinh tế Đông Nam Nghệ An")],
    )
    r(
        "Thái Bình: nhà máy khí công nghiệp 1.650 tỷ đồng nhận giấy chứng nhận đầu tư\nBuổi trao giấy có mặt đại diện Bộ Công Thương cùng lãnh đạo Tổng công ty Hóa chất Phương Nam.",
        "2025-08-22",
        "provincial",
        ["headline_lead", "licence_investor_unnamed", "attendees_no_party", "multiline"],
        organizations=["Bộ Công Thương"],
        firms=[f("Hóa chất Phương Nam", "Tổng công ty")],
        provinces=[pv("Thái Bình")],
        money=[m(1650 * B, "VND")],
    )
    r(
        "Chủ đầu tư là Công ty TNHH Khí Công nghiệp Diêm Điền, thành viên của Tổng công ty; mặt bằng 14,5 ha nằm trong KCN Thái Thụy.",
        "2025-08-22",
        "provincial",
        ["split_row_investor", "deal_no_event", "bare_unit_word", "area"],
        firms=[f("Khí Công nghiệp Diêm Điền", "Công ty TNHH")],
        areas=[ha(14.5)],
        locations=[park("Khu công nghiệp Thái Thụy")],
        deals=[deal("investment", ["Khí Công nghiệp Diêm Điền"])],
    )
    r(
        "Gần 1.650 tỷ đồng (khoảng 66 triệu USD) sẽ được rót vào dự án; oxy và nitơ đầu tiên dự kiến có từ quý II/2027, phục vụ các nhà máy thép, kính trong vùng.",
        "2025-08-22",
        "provincial",
        ["nfd", "amount_no_firm", "bracketed_conversion", "approx", "plan_no_event"],
        money=[m(1650 * B, "VND", approx=True), m(66 * M, "USD", approx=True)],
    )
    r(
        "Dây chuyền tách khí lạnh sâu và khu nạp chai được bố trí tách biệt, cách khu dân cư tối thiểu 500 m.",
        "2025-08-22",
        "provincial",
        ["plant_description", "distance_no_count", "no_fields"],
    )
    r(
        "Phát biểu tại buổi lễ, đồng chí Nguyễn Quang Định - Phó Chủ tịch UBND tỉnh lưu ý chủ đầu tư về an toàn bồn chứa khí áp lực.",
        "2025-08-22",
        "provincial",
        ["role_after_dash", "dong_chi", "bare_unit_word", "request_no_event"],
        persons=[per("Nguyễn Quang Định", "Phó Chủ tịch UBND tỉnh")],
    )
    r(
        "Phó Chủ tịch UBND tỉnh Nguyễn Quang Định trao giấy chứng nhận cho đại diện chủ đầu tư. Ảnh: Minh Hằng",
        "2025-08-22",
        "provincial",
        ["caption", "licence_investor_unnamed", "role_before_name", "bare_unit_word", "photo_credit_person"],
        persons=[per("Nguyễn Quang Định", "Phó Chủ tịch UBND tỉnh"), per("Minh Hằng", None)],
    )
    r(
        "Tính đến nay, Thái Bình có 12 dự án khí và hóa chất trong các KCN, tổng vốn khoảng 2,3 tỷ USD.",
        "2025-08-22",
        "provincial",
        ["cumulative_total_no_event", "count", "approx"],
        provinces=[pv("Thái Bình")],
        quantities=[c(12, "dự án")],
        money=[m(2.3 * B, "USD", approx=True)],
    )

    # --- Vietnamese news: an LNG power plant broken ground, its shareholders and figures (S14 r1) ---
    r(
        "Nhiệt điện LNG Hạ Long (1.600 MW) đã được động thổ ngày 20/8 tại KCN Đầm Nhà Mạc, Quảng Ninh; chủ đầu tư CTCP Điện khí LNG Hạ Long dự chi khoảng 56.000 tỷ đồng (2,1 tỷ USD).",
        "2025-08-21",
        "ministry",
        [
            "object_first",
            "groundbreaking_held",
            "passive",
            "investor_after",
            "bracketed_conversion",
            "approx",
            "deal_date",
        ],
        firms=[f("Điện khí LNG Hạ Long", "Công ty CP")],
        provinces=[pv("Quảng Ninh")],
        money=[m(56000 * B, "VND", approx=True), m(2.1 * B, "USD", approx=True)],
        locations=[park("Khu công nghiệp Đầm Nhà Mạc")],
        deals=[deal("groundbreaking", ["Điện khí LNG Hạ Long"], 56000 * B, QN, "2025-08-20")],
        events=[ev("groundbreaking", [F("Điện khí LNG Hạ Long")], 56000 * B, "VND", QN, "started")],
    )

    r(
        "Sản lượng dự kiến khoảng 9 tỷ kWh mỗi năm khi hai tổ máy cùng chạy.",
        "2025-08-21",
        "ministry",
        ["nfd", "output_no_count", "count_in_words", "no_fields"],
    )

    r(
        "Vốn cho điện LNG: bao nhiêu đã thực sự giải ngân?",
        "2025-08-21",
        "ministry",
        ["subheading", "question", "no_fields"],
    )

    # --- Vietnamese news: two Chinese storage makers weigh Vietnamese plants, after Reuters (S16 r4) ---
    r(
        "Hơn 1 tỷ USD có thể chảy vào Việt Nam từ hai hãng pin lưu trữ Trung Quốc nếu các cuộc đàm phán thành công, Reuters dẫn nguồn tin cho biết.",
        "2024-06-10",
        "ministry",
        [
            "amount_first",
            "agency_source_nothing",
            "talks_no_deal",
            "approx",
            "country",
            "count_in_words",
            "no_firm",
        ],
        money=[m(1 * B, "USD", approx=True)],
        locations=[country("Trung Quốc")],
    )
    r(
        "Với Xiamen Kaitian Energy Storage, con số được nhắc tới là 850 triệu USD cho một nhà máy trên hơn 35 ha; hãng vẫn đang làm việc với các bộ, ngành.",
        "2024-06-10",
        "ministry",
        ["talks_no_deal", "area", "approx"],
        firms=[f("Xiamen Kaitian Energy Storage")],
        money=[m(850 * M, "USD")],
        areas=[ha(35, True)],
    )
    r(
        "Khoảng 280 triệu USD là khoản Shenzhen Voltra dự định bỏ ra cho nhà máy riêng rộng 16 ha, thay cho xưởng thuê hiện nay.",
        "2024-06-10",
        "ministry",
        ["amount_first", "plan_with_amount", "announced_investment", "area", "approx", "no_site"],
        firms=[f("Shenzhen Voltra")],
        money=[m(280 * M, "USD", approx=True)],
        areas=[ha(16)],
        deals=[deal("investment", ["Shenzhen Voltra"], 280 * M)],
        events=[ev("investment_announcement", [F("Shenzhen Voltra")], 280 * M, "USD", None, "announced")],
    )
    r(
        "Cả hai công ty đều từ chối bình luận.",
        "2024-06-10",
        "ministry",
        ["no_fields"],
    )

    # --- Foreign-language pages read for their shapes only, rendered here in Vietnamese: a Japanese report of a gas plant
    # started inside a steel complex (S1 r3, S5 r1, S17 r3: one page three times), a French agency copy on a gas group's
    # meeting with a city's leaders (S5 r4), a German radio page on a hydrogen workshop (S18 r4), a Japanese note on a
    # second filling plant (S20 r4) ---
    r(
        "Khu liên hợp gang thép của Tập đoàn Thép Kinh Môn ở thị xã Kinh Môn, tỉnh Hải Dương nay có nhà máy tách khí riêng: Công ty TNHH Khí công nghiệp Kessel Hải Phòng, thuộc tập đoàn Kessel Gase (Đức), đã cho chạy nhà máy 22 triệu USD này từ ngày 8/10.",
        "2010-10-09",
        "ministry",
        [
            "foreign_page_rendered",
            "place_first",
            "inauguration_with_capital",
            "parent_group_mention",
            "host_firm_mention",
            "district",
            "deal_date",
        ],
        firms=[
            f("Thép Kinh Môn", "Tập đoàn"),
            f("Khí công nghiệp Kessel Hải Phòng", "Công ty TNHH"),
            f("Kessel Gase", "Tập đoàn"),
        ],
        provinces=[pv("Hải Dương")],
        money=[m(22 * M, "USD")],
        locations=[district("thị xã Kinh Môn"), country("Đức")],
        deals=[deal("investment", ["Khí công nghiệp Kessel Hải Phòng"], 22 * M, HP, "2010-10-08")],
        events=[ev("inauguration", [F("Khí công nghiệp Kessel Hải Phòng")], 22 * M, "USD", HP, "completed")],
    )
    r(
        "Ngoài phần khí cấp qua đường ống cho lò luyện, nhà máy còn có dây chuyền hóa lỏng để bán oxy, nitơ và argon lỏng ra thị trường miền Bắc.",
        "2010-10-09",
        "ministry",
        ["foreign_page_rendered", "no_fields"],
    )
    r(
        "Dự án bắt nguồn từ hợp đồng mà Thép Kinh Môn ký với Kessel Gase cuối năm 2007.",
        "2010-10-09",
        "ministry",
        [
            "foreign_page_rendered",
            "recalled_contract",
            "supply_deal_no_event",
            "gas_supplier_first",
            "year_only_no_date",
        ],
        firms=[f("Thép Kinh Môn"), f("Kessel Gase")],
        deals=[deal("supply_contract", ["Kessel Gase", "Thép Kinh Môn"])],
    )
    r(
        "Tại Frankfurt hôm 16/9, lãnh đạo TP.HCM nghe Tập đoàn Kessel Gase trình bày ý định mở rộng sản xuất CO2 cho ngành thực phẩm ở phía Nam.",
        "2016-09-18",
        "ministry",
        ["foreign_page_rendered", "wish_no_deal", "meeting_no_deal", "foreign_city_nothing"],
        firms=[f("Kessel Gase", "Tập đoàn")],
        provinces=[pv("Hồ Chí Minh")],
    )
    r(
        "Khách hàng của Kessel Gase trải từ xưởng điện tử, nhà máy thép đến các trạm xử lý nước thải; tập đoàn có cơ sở ở Bình Phước và Bà Rịa - Vũng Tàu. -TTXVN",
        "2016-09-18",
        "ministry",
        ["nfd", "foreign_page_rendered", "province_list", "agency_credit_nothing"],
        firms=[f("Kessel Gase")],
        provinces=[pv("Bình Phước"), pv("Bà Rịa - Vũng Tàu")],
    )
    r(
        "Kinh nghiệm làm dự án hydro của Đức được chia sẻ tại một hội thảo ở Hà Nội mà Câu lạc bộ Hydro Việt Nam đứng ra tổ chức cùng Tổ chức Hợp tác Phát triển Đức (GIZ).",
        "2024-05-14",
        "ministry",
        ["foreign_page_rendered", "workshop_no_deal", "country_in_org_name", "country"],
        organizations=["Câu lạc bộ Hydro Việt Nam", "Tổ chức Hợp tác Phát triển Đức"],
        provinces=[pv("Hà Nội")],
        locations=[country("Đức")],
    )
    r(
        "Từ ngày 1/10, khách hàng phía Bắc của Công ty TNHH Sanwa Air Việt Nam được cấp khí từ nhà máy nạp khí mới của công ty tại KCN Đồng Văn III (Hà Nam), cơ sở đầu tiên của tập đoàn ngoài Nhật có dàn nạp heli.",
        "2019-09-30",
        "ministry",
        [
            "foreign_page_rendered",
            "inauguration_no_capital",
            "start_of_operation",
            "foreign_subsidiary_viet_nam",
            "province_in_brackets",
            "country_word",
        ],
        firms=[f("Sanwa Air", "Công ty TNHH")],
        provinces=[pv("Hà Nam")],
        locations=[park("Khu công nghiệp Đồng Văn III"), country("Nhật")],
        events=[ev("inauguration", [F("Sanwa Air")], None, None, NB, "completed")],
    )
    r(
        "Ở phía Nam, Sanwa Air đã có nhà máy khí hóa lỏng tại Bà Rịa - Vũng Tàu từ năm 2015, bán khí bằng xe bồn và chai cho các xưởng quanh TP.HCM.",
        "2019-09-30",
        "ministry",
        ["foreign_page_rendered", "recalled_plant", "deal_no_event", "unnamed_customers_no_supply_deal"],
        firms=[f("Sanwa Air")],
        provinces=[pv("Bà Rịa - Vũng Tàu"), pv("Hồ Chí Minh")],
        deals=[deal("investment", ["Sanwa Air"], None, HCM)],
    )

    # --- English wire copy: a hydrogen-power memorandum between a French developer and a state power company (S4 r2,
    # S18 r1: one page twice) ---
    r(
        "HÀ NỘI — Islands off the central coast could get round-the-clock power from hydrogen under a memorandum of understanding that Central Power Corporation (EVNCPC) signed with French firm Hydrelle Energy in Hà Nội on Thursday.",
        "2025-05-31",
        "ministry",
        [
            E,
            "dateline_caps",
            "object_first",
            "mou_firm_firm",
            "signing_city_no_site",
            "adjective_no_country",
            "acronym_in_brackets",
        ],
        firms=[f("Central Power Corporation"), f("Hydrelle Energy")],
        provinces=[pv("Hà Nội")],
        deals=[deal("mou", ["Central Power Corporation", "Hydrelle Energy"])],
        events=[
            ev("mou", [F("Central Power Corporation"), F("Hydrelle Energy")], None, None, None, "signed")
        ],
    )
    r(
        "First steps under the memorandum are a feasibility study and a shortlist of islands.",
        "2025-05-31",
        "ministry",
        [E, "terms_of_same_mou", "no_fields"],
    )
    r(
        "Le Van Thanh, general director of EVNCPC, said diesel generators on the islands cost the company dearly.",
        "2025-05-31",
        "ministry",
        [E, "person_role_after", "acronym_firm"],
        persons=[per("Le Van Thanh", "general director of EVNCPC")],
        firms=[f("EVNCPC")],
    )
    r(
        "Hydrelle Energy, whose chairman and CEO Etienne Morel attended, has run hydrogen power plants in the Caribbean since 2019. — VNS",
        "2025-05-31",
        "ministry",
        [E, "role_before_name", "region_nothing", "agency_credit_nothing"],
        persons=[per("Etienne Morel", "chairman and CEO")],
        firms=[f("Hydrelle Energy")],
    )
    r(
        "French ministers were in town that week for a state visit.",
        "2025-05-31",
        "ministry",
        [E, "context_line", "adjective_no_country", "no_fields"],
    )

    # --- English wire copy: a German compressor group and a policy institute sign a hydrogen memorandum (S18 r2) ---
    r(
        "HÀ NỘI — Research on the rules and markets a hydrogen investor would face in Việt Nam is the aim of a memorandum of understanding that Germany's Brandt Kompressoren and the Institute for Energy Transition Policy (IETP) signed on Monday.",
        "2024-07-30",
        "ministry",
        [E, "dateline_caps", "object_first", "mou_firm_institute", "event_no_deal", "english_possessive"],
        firms=[f("Brandt Kompressoren")],
        organizations=["Institute for Energy Transition Policy"],
        provinces=[pv("Hà Nội")],
        locations=[country("Germany")],
        events=[
            ev(
                "mou",
                [F("Brandt Kompressoren"), O("Institute for Energy Transition Policy")],
                None,
                None,
                None,
                "signed",
            )
        ],
    )
    r(
        "Lawmakers and three state energy groups were also on the delegation's schedule.",
        "2024-07-30",
        "ministry",
        [E, "context_line", "count_in_words", "no_fields"],
    )
    r(
        "A representative office will come before any factory, Chairwoman Katrin Vogel said.",
        "2024-07-30",
        "ministry",
        [E, "role_before_name", "plan_without_amount_no_deal"],
        persons=[per("Katrin Vogel", "Chairwoman")],
    )
    r(
        "The family-owned firm, in business since 1852, sells piston compressors for hydrogen filling stations in 40 countries.",
        "2024-07-30",
        "ministry",
        [E, "firm_profile", "count"],
        quantities=[c(40, "countries")],
    )

    # --- English commentary: a development agency and a bank sign a hydrogen-finance memorandum (S18 r3) ---
    r(
        "Private money for hydrogen-ready renewables is what Meridian Chartered Bank Vietnam and the United States Agency for International Development promised to mobilise in a memorandum signed in May 2024.",
        "2024-10-02",
        "ministry",
        [
            E,
            "commentary",
            "object_first",
            "mou_agency_bank",
            "event_no_deal",
            "country_in_org_name",
            "foreign_subsidiary_vietnam",
            "month_no_date",
        ],
        firms=[f("Meridian Chartered Bank")],
        events=[
            ev(
                "mou",
                [F("Meridian Chartered Bank"), G("United States Agency for International Development")],
                None,
                None,
                None,
                "signed",
            )
        ],
    )
    r(
        "Critics note that the memorandum set no figures.",
        "2024-10-02",
        "ministry",
        [E, "commentary", "no_fields"],
    )

    # --- English: a German gas group's press release on a supply contract with a steelmaker (S5 r3) ---
    r(
        "Bad Soden, Germany\n\nKessel to build Vietnam's largest air separator\nA 25-year deal to pipe oxygen, nitrogen and argon into Kinh Mon Steel JSC's new works was signed by Kessel Gase and the steelmaker in Hanoi on 26 October.",
        "2007-10-30",
        "ministry",
        [
            E,
            "press_release",
            "dateline_country",
            "headline_lead",
            "object_first",
            "supply_contract_signed",
            "signing_city_no_site",
            "deal_date",
            "multiline",
        ],
        firms=[f("Kessel"), f("Kessel Gase"), f("Kinh Mon Steel", "JSC")],
        provinces=[pv("Hà Nội")],
        locations=[country("Germany")],
        deals=[deal("supply_contract", ["Kessel Gase", "Kinh Mon Steel"], None, None, "2007-10-26")],
        events=[ev("supply_contract", [F("Kessel Gase"), F("Kinh Mon Steel")], None, None, None, "signed")],
    )
    r(
        "Around EUR 14 million of Kessel's money will go into the unit, which sits on land inside the steelworks alongside a liquefier.",
        "2007-10-30",
        "ministry",
        [
            E,
            "press_release",
            "amount_first",
            "announced_investment",
            "english_possessive_firm",
            "approx",
            "no_site",
        ],
        firms=[f("Kessel")],
        money=[m(14 * M, "EUR", approx=True)],
        deals=[deal("investment", ["Kessel"], 14 * M)],
        events=[ev("investment_announcement", [F("Kessel")], 14 * M, "EUR", None, "announced")],
    )
    r(
        "The steelmaker's plant in Hai Duong province is to take 17,000 standard cubic metres of oxygen an hour from it through a pipeline.",
        "2007-10-30",
        "ministry",
        [E, "press_release", "capacity_no_count", "unaccented_province"],
        provinces=[pv("Hải Dương")],
    )
    r(
        "A second air-separation project, for shipyards in central Vietnam, is under study with Vinaship Mechanical, part of a state shipbuilding group.",
        "2007-10-30",
        "ministry",
        [E, "press_release", "study_no_deal"],
        firms=[f("Vinaship Mechanical")],
    )
    r(
        '"We expect the north\'s factories to need far more gas within a decade," said Kessel Group owner Stefan Kessel.',
        "2007-10-30",
        "ministry",
        [E, "press_release", "quote", "role_before_name", "group_kept"],
        persons=[per("Stefan Kessel", "Kessel Group owner")],
        firms=[f("Kessel Group")],
    )

    # --- English trade press: a French gas group commissions two air separation units in the south (S17 r1, S20 r2) ---
    r(
        "Two new air separation units are now running for Aurore Gaz in the south of Vietnam; together with their tanker and cylinder network they cost the French group close to €28 million.",
        "2012-06-19",
        "ministry",
        [
            E,
            "trade_press",
            "inauguration_with_capital",
            "approx",
            "count_in_words",
            "adjective_no_country",
            "no_site",
        ],
        firms=[f("Aurore Gaz")],
        money=[m(28 * M, "EUR", approx=True)],
        deals=[deal("investment", ["Aurore Gaz"], 28 * M)],
        events=[ev("inauguration", [F("Aurore Gaz")], 28 * M, "EUR", None, "completed")],
    )
    r(
        "A chipmaker's test and assembly plant in Saigon Hi-Tech Park takes the nitrogen of one of them, on a long-term contract.",
        "2012-06-19",
        "ministry",
        [E, "trade_press", "unnamed_customer_no_supply_deal", "english_park_no_location", "no_fields"],
    )
    r(
        "The other, sized for 180 tonnes of liquid gases a day, serves steel mills around Phu My 1 Industrial Park in Ba Ria-Vung Tau province.",
        "2012-06-19",
        "ministry",
        [E, "trade_press", "capacity_no_count", "english_park_no_location", "unaccented_province"],
        provinces=[pv("Bà Rịa - Vũng Tàu")],
    )
    r(
        '"No other supplier has as much capacity installed here," said Jean-Marc Dufresne, senior vice-president for Asia-Pacific at Aurore Gaz.',
        "2012-06-19",
        "ministry",
        [E, "trade_press", "quote", "person_role_after"],
        persons=[per("Jean-Marc Dufresne", "senior vice-president for Asia-Pacific at Aurore Gaz")],
        firms=[f("Aurore Gaz")],
    )
    r(
        "Last month the group was among the foreign investors honoured at a government awards ceremony.",
        "2012-06-19",
        "ministry",
        [E, "trade_press", "award_no_deal", "no_fields"],
    )
    r(
        "Dufresne said demand from mills and chip plants would keep rising for years.",
        "2012-06-19",
        "ministry",
        [E, "trade_press", "surname_alone_no_person", "no_fields"],
    )

    # --- English trade press: the German group's third ASU on stream for the steelmaker (S17 r2) ---
    r(
        "After 14 months of building, the third ASU that Kessel runs for Kinh Mon Steel is producing oxygen, nitrogen and argon.",
        "2016-03-08",
        "ministry",
        [
            E,
            "trade_press",
            "inauguration_no_capital",
            "customer_mention",
            "ordinal_not_count",
            "duration_no_count",
        ],
        firms=[f("Kessel"), f("Kinh Mon Steel")],
        events=[ev("inauguration", [F("Kessel")], None, None, None, "completed")],
    )
    r(
        "Hourly pipeline deliveries to the mill from all three units now reach 23,000 cubic metres of oxygen and 31,000 of nitrogen.",
        "2016-03-08",
        "ministry",
        [E, "trade_press", "capacity_no_count", "count_in_words", "no_fields"],
    )
    r(
        "Pre-assembled modules shipped from Europe saved weeks on site, said Martin Gruber, executive vice-president for engineering at Kessel.",
        "2016-03-08",
        "ministry",
        [E, "trade_press", "person_role_after", "continent_nothing"],
        persons=[per("Martin Gruber", "executive vice-president for engineering at Kessel")],
        firms=[f("Kessel")],
    )
    r(
        "Kessel also fills cylinders at three sites in the country and was the first to make food-grade CO2 there.",
        "2016-03-08",
        "ministry",
        [E, "trade_press", "firm_profile", "count_in_words"],
        firms=[f("Kessel")],
    )

    # --- English trade press, twice (one behind a paywall, one reposted with its credit line): a Japanese-owned gas
    # company picked by a steelmaker for an onsite oxygen plant (S17 r4, S20 r1, S20 r3) ---
    r(
        "Southern steel mill picks Viet Nhat Gas for onsite oxygen\n • | Gas Review | March 21, 2011 09:40 AM\n\nPhuong Nam Steel, the biggest electric-arc furnace steelmaker in the south, has picked Viet Nhat Gas JSC (VNG) to build and run an oxygen plant next to its mill.",
        "2011-03-21",
        "ministry",
        [
            E,
            "trade_press",
            "credit_line",
            "headline_lead",
            "supply_contract_awarded",
            "buyer_first_in_text",
            "multiline",
        ],
        firms=[f("Viet Nhat Gas", "JSC"), f("Phuong Nam Steel")],
        deals=[deal("supply_contract", ["Viet Nhat Gas", "Phuong Nam Steel"])],
        events=[
            ev("supply_contract", [F("Viet Nhat Gas"), F("Phuong Nam Steel")], None, None, None, "signed")
        ],
    )
    r(
        "Gaseous oxygen will flow at 6,500m3/h; a liquefier on the same plot adds liquid products for the merchant market.\n... to continue reading you must be subscribed",
        "2011-03-21",
        "ministry",
        [E, "trade_press", "capacity_no_count", "paywall_line", "multiline", "no_fields"],
    )
    r(
        "VNG says it now holds a little over 40 per cent of the liquid gas market.",
        "2011-03-21",
        "ministry",
        [E, "trade_press", "percentage", "acronym_firm"],
        firms=[f("VNG")],
        percentages=[40],
    )
    r(
        "VNG was founded in 1996; Sanwa Oxygen and Kobe Shoji now own it together.",
        "2011-03-21",
        "ministry",
        [E, "trade_press", "shareholding_no_deal", "founding_year"],
        firms=[f("VNG"), f("Sanwa Oxygen"), f("Kobe Shoji")],
    )
    r(
        "Sanwa Oxygen president Kenji Matsuda said the group had chosen to invest ahead of demand.",
        "2011-03-21",
        "ministry",
        [E, "trade_press", "role_before_name", "no_deal"],
        persons=[per("Kenji Matsuda", "Sanwa Oxygen president")],
        firms=[f("Sanwa Oxygen")],
    )

    # --- English: a thin-film module plant broken ground near Ho Chi Minh City (S19 r1) ---
    r(
        "Construction has begun on Helios Thin Film's $280 million module plant in Tay Bac Cu Chi Industrial Park, on the edge of Ho Chi Minh City.",
        "2012-04-05",
        "ministry",
        [E, "passive", "groundbreaking_held", "english_possessive_firm", "english_park_no_location"],
        firms=[f("Helios Thin Film")],
        provinces=[pv("Hồ Chí Minh")],
        money=[m(280 * M, "USD")],
        deals=[deal("groundbreaking", ["Helios Thin Film"], 280 * M, HCM)],
        events=[ev("groundbreaking", [F("Helios Thin Film")], 280 * M, "USD", HCM, "started")],
    )
    r(
        "Independent climate reporting depends on readers like you. Support us",
        "2012-04-05",
        "ministry",
        [E, "page_chrome", "no_fields"],
    )

    # --- English: a solar cell plant opens in Bắc Giang (S19 r2) ---
    r(
        "Bac Giang province has its eighth solar factory: Lixin Solar Co., Ltd. opened a US$110 million cell plant at Van Trung Industrial Park on March 3.",
        "2023-03-06",
        "ministry",
        [
            E,
            "inauguration_with_capital",
            "ordinal_not_count",
            "english_park_no_location",
            "unaccented_province",
            "deal_date",
        ],
        firms=[f("Lixin Solar", "Co., Ltd.")],
        provinces=[pv("Bắc Giang")],
        money=[m(110 * M, "USD")],
        deals=[deal("investment", ["Lixin Solar"], 110 * M, BN, "2023-03-03")],
        events=[ev("inauguration", [F("Lixin Solar")], 110 * M, "USD", BN, "completed")],
    )
    r(
        "Registered solar manufacturing capital in the province has reached US$710 million; the new plant adds 1,100 MW of yearly cell capacity.",
        "2023-03-06",
        "ministry",
        [E, "capacity_no_count", "cumulative_total_no_event"],
        money=[m(710 * M, "USD")],
    )
    r(
        "Le Anh Duong, chairman of the Bac Giang People's Committee, promised the investor help with power and water connections.\nvietnam news (Thu Hien)",
        "2023-03-06",
        "ministry",
        [E, "person_role_after", "province_in_org_name", "byline_in_brackets", "multiline"],
        persons=[per("Le Anh Duong", "chairman of the Bac Giang People's Committee"), per("Thu Hien", None)],
        organizations=["Bac Giang People's Committee"],
        provinces=[pv("Bắc Giang")],
    )

    # --- English: a PV complex agreed in a Bắc Ninh park (S19 r4) ---
    r(
        "A 16-hectare PV complex with 3GW of yearly capacity will rise in Bac Ninh's Yen Phong II-C Industrial Park after Sunvolt Energy put its name to a $260 million investment agreement there.",
        "2021-03-15",
        "ministry",
        [
            E,
            "object_first",
            "investment_agreement_one_side",
            "announced_investment",
            "area",
            "capacity_no_count",
            "english_park_no_location",
        ],
        firms=[f("Sunvolt Energy")],
        provinces=[pv("Bắc Ninh")],
        money=[m(260 * M, "USD")],
        areas=[ha(16)],
        deals=[deal("investment", ["Sunvolt Energy"], 260 * M, BN)],
        events=[ev("investment_announcement", [F("Sunvolt Energy")], 260 * M, "USD", BN, "announced")],
    )
    r(
        "Cells come first, on 85,000 square metres, with a module hall to follow; the whole site should be finished by late 2023.",
        "2021-03-15",
        "ministry",
        [E, "phases", "area"],
        areas=[ha(8.5)],
    )
    r(
        "Sunvolt Energy, which is preparing a share listing abroad, did not say who would build the complex.",
        "2021-03-15",
        "ministry",
        [E, "listing_no_deal"],
        firms=[f("Sunvolt Energy")],
    )

    return rows
