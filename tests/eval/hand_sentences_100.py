# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 100 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: plastics, rubber and tyre components as told in securities and
business news: listed firms' disclosures (stake purchases, private placements, share transfers, mergers), capital raises
for new plants, supply contracts with carmakers and appliance makers, and annual-meeting plans. Written and annotated for
every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered
S1-S20 in the section comments: S1 "công ty nhựa niêm yết mua cổ phần công bố thông tin giao dịch", S2 "cao su phát hành
cổ phiếu riêng lẻ huy động vốn xây nhà máy", S3 "săm lốp đại hội đồng cổ đông thường niên kế hoạch nhà máy", S4 "công ty
nhựa chuyển nhượng cổ phần công ty con", S5 "sáp nhập công ty nhựa hoán đổi cổ phiếu tỷ lệ", S6 "nhà máy lốp radial mở
rộng huy động vốn cổ đông hiện hữu", S7 "doanh nghiệp nhựa kỹ thuật ký hợp đồng cung cấp linh kiện cho hãng ô tô", S8
"linh kiện nhựa đồ gia dụng nhà cung cấp cho Samsung LG Panasonic doanh nghiệp Việt", S9 "cổ đông lớn mua thêm cổ phiếu
công ty cao su nâng tỷ lệ sở hữu", S10 "tập đoàn Thái Lan mua lại công ty nhựa Việt Nam thâu tóm", S11 "tăng vốn điều lệ
phát hành cổ phiếu đầu tư nhà máy bao bì nhựa mới", S12 "cao su kỹ thuật gioăng phớt linh kiện ô tô xe máy doanh nghiệp
cung ứng", S13 "nghị quyết HĐQT công ty nhựa thông qua chủ trương đầu tư nhà máy mới", S14 "đại hội cổ đông thường niên
công ty nhựa cổ tức kế hoạch lợi nhuận dự án", S15 "chào bán cổ phiếu cho cổ đông hiện hữu dự án nhà máy săm lốp cao
su", S16 "hạt nhựa nhà máy khởi công công ty cổ phần vốn đầu tư tỷ đồng", and in English S17 "Vietnam plastics company
stake acquisition shares listed", S18 "Vietnam tyre maker shareholders meeting plan new plant capital", S19 "Vietnam
rubber company private placement shares strategic investor", S20 "Vietnam plastic parts supplier automaker home
appliance contract". No sentence is taken or paraphrased from a page; the shapes are. Firm and person names are
invented (Bao bì Nhựa Kim Ngưu / KNP, Chứng khoán Bến Thành, Cao su Bến Nghé / Ben Nghe Rubber, Nhựa Sông Lam / Song
Lam Plastic, Nhựa Hàn Giang, Lốp Huaxing, Lốp Daekwang and Daekwang Tire, Lốp Jinlun, Lốp Rongtai, Cao su Sông Trà and
Tập đoàn Hóa chất Phương Nam, Lốp Miền Nam, Đầu tư Hạ tầng Hòa Cầm, Nhựa Hưng Thịnh, Nhựa Xanh An Thịnh, Daeyang
Chemical and Daeyang Polymer, Nhựa Thái Hòa, Kanemori, Bao bì Nhựa Đức Phong, Nhựa kỹ thuật Hưng Long, Hoshino,
Điện tử Gia dụng Hanvit, Cao su Kỹ thuật Đông Á, Cao su Miền Đông, Siam Polypipe, Long Khanh PET Packaging,
Chanthaburi Polymers, Jiangnan Tyre, Kim Lien Rubber, Truong Phat Group, Kurogane Tyre Corp, Binh An Rubber, Lang
Bian Rubber Corporation, Hoang Long Auto and its plastic-components unit, Kaito Home Appliances, Phu Tho Rubber Parts,
and every official, signer, analyst, author, photographer and reporter, including a fictional Deputy Prime Minister,
deputy ministers and a provincial chairman); well-known names (Samsung, Panasonic, Bosch, Vinamilk, Trung Nguyên,
Suntory PepsiCo, TH True Milk, SCIC, the exchanges, the State Securities Commission, the Vietnam Plastics Association,
the ministries) appear only in sentences of our own with figures changed; decision, circular and resolution numbers are
invented.

What the sample looked like (80 result slots, about 52 distinct pages: a "CBTT về giao dịch làm thay đổi quyền sở hữu"
download title came back four times, a "CBTT văn bản VSD" title four times, a bnews "chốt quyền họp đại hội cổ đông"
slug five times, a securities-knowledge document three times, a securities-issuance thesis three times, an analyst
report on a sugar company three times, a merger-swap CBTT title three times, a plastics tag blurb three times, a "Thai
investors" RSS blurb twice): 7 slots were spam (two betting keyword salads, an Italian spam domain's Vietnamese
chemical titles twice, a bearing page title with its phone number, two betting-site mirrors of real English wire
copy); about 33 were titles, slugs and tag pages (CBTT, VSD, "Công văn gửi HNX" and board-resolution download titles,
unaccented bnews slugs, a law firm's tag, tag blurbs on plastics, packaging and auto suppliers, a listing with a
language switch, an aggregator blurb with its source line, a legal-signer page with a circular's title, a video
blurb, a stock-news tag page on a plastics plant with a foreign shareholder's 20%, a tag page titled by a firm); 11
were document stores, theses, charters and reports (the issuance thesis, the securities-knowledge notes, an analyst
report's header, shareholder table and analyst lines, a charter chapter on the general meeting's powers, a strategy
thesis with run-together words, a marketing essay's contents, an internship report); about 13 were Vietnamese news (a
packaging maker registering to buy treasury shares; the same maker selling them and lifting its foreign room; its AGM
papers proposing a capital raise; a small plastics maker to be merged into its strategic shareholder by a share swap;
a feature on foreign tyre makers adding capital -- a pledge at a meeting with a Deputy Prime Minister, a phase-3 plan,
a phase-1 opening with its recalled licence and top-up, a phase-3 start, a provincial chairman's visit -- told twice;
a listed tyre maker speeding up a PCR/TBR project; the tail of a tyre-plant opening with its park developer; the
Prime Minister adding a PVC capacity project to a master plan; a plastics group's AGM with a planned plant opening; an
EGM moved for Covid-19; a dividend notice; a Korean group starting its PP resin plant with the recalled licence and a
next phase; an appliance maker's licence blurb); about 16 were English (a VNA piece on a pipe maker lifting its
foreign cap after a Thai holder sold on the exchange, twice; a VNS piece on a PET maker delisting after a Thai
takeover; a Chinese tyre maker's statement on its Vietnam plant; a rubber maker's board resolution founding a tyre
company with a partner; a Japanese tyre maker's licence top-up; a list of AGM documents; four pieces on a state rubber
group's IPO and equitisation plan; a carmaker's plastic-parts unit on an army paper and its own site; a sourcing-fair
report; a feature on local suppliers failing to enter tech giants' chains). About 20 of the 80 slots told a deal or
an event with a named party (the merger plan and its recalled placement, the pledge, the phase-3 plan, the opening and
its recalled licence, the phase-3 start, the project sped up, the park developer, the planned opening, the resin plant
start and its licence, the 20% shareholder's project, the licence blurb, the recalled Thai takeovers, the board's
plant budget, the tyre joint company, the licence top-up, the recalled suppliers' investor and a planned factory);
several were one story told twice, so the batch has about a seventh of its rows with a deal. No supply contract with a
carmaker or an appliance maker came up in any first four (S7, S8, S12 and S20 gave tags, spam, a subsidiary that
supplies its parent and suppliers' complaints), so the batch has none; no stake purchase with a named buyer was told as
news either (the only buyers named were recalled or unknown).

Rows: 160 (hand-28001 to hand-28160); 22 carry a deal or an event (14%): 14 events (8 investment announcements, 2
groundbreakings, 2 investment licences, 1 inauguration, 1 joint venture) and 22 `deals` entries (18 investment, 3
groundbreaking, 1 cooperation); 8 rows hold a deal without an event (hand-28067 a recalled private placement, 28077 a
recalled licence, 28090 a park developer, 28106 an investor line, 28129 and 28130 a recalled takeover and its tender
offer, 28133 a recalled stake purchase, 28155 a recalled plant) and 1 an event without a deal (28076, an opening with
no capital). 138 rows are negatives and other fields. By page kind: 7 rows of spam (28001-28007), 23 of disclosure
titles, slugs and tags (28008-28030), 16 of document stores, theses, a charter and an analyst report (28031-28046), 64
of Vietnamese securities and business news (28047-28110; 12 with a deal or event), 11 of tag, listing and blurb pages
(28111-28121; 2), 39 of English copy (28122-28160; 8), two of them betting-site mirrors and one a document list; 39 rows
are English (`english_copy`, 24%). 11 rows are stored in NFD (hand-28006, 28019, 28029, 28051, 28064, 28072, 28085,
28103, 28110, 28127, 28138); 6 use old tone placement (28003 "hoà vốn", 28037 "Hoá chất", 28045 "cổ phần hoá", 28048
"thoả thuận", 28090 "Hoà Cầm", 28120 "hiện đại hoá"); 38 hold several lines (headlines and leads, bylines and
timestamps, report tables, charter articles, lists, tag titles over blurbs, mirror junk lines).

Own wording: on review of the first draft against the sampled pages, about 110 drafts followed a sampled sentence too
closely (same clause order with names and figures swapped) and were rewritten from scratch with another order
(amount-first, object-first, passive, effect-first) and other facts around them: the treasury-share registration, its
funding and broker line, the treasury sale, proceeds, foreign-room, bonus-share and half-year lines, the association
subhead, the AGM-papers headline and lead, targets, stock dividend and price fall; the merger headline, lead, swap
terms, staff and delisting line, the recalled placement and the management's view; the tyre feature's headline,
pledge, phase-3 plan, caption, opening, recalled licence and top-up, capacity, visit caption and phase-3 start, the
domestic makers' line; the PCR/TBR lead, capacity, share of gross profit, recalled phase and outlook; the opening's
cost and product lines and the park developer; both PVC lines; the AGM's targets, planned opening (moved to another
park and province), dividend and retained-profit lines; the EGM's lead, dividend, record date and venue; the dividend
notice; the resin plant's start, investor line, licence, next phase, schedule and uses; the shareholder tag blurb, the
firm-titled tag, the plastics and packaging tag blurbs, the techz quote, the listing, the ODM and aggregator blurbs,
the circular's title, the video blurb and the licence blurb; the thesis title and body, the knowledge notes, the
shareholder table, a charter item, the internship preface and outline, the strategy thesis and its body; and nearly
every English row (the foreign-cap lead, vote, sale, price, unknown buyer and caption; the delisting, takeover, tender,
customers and plan; the RSS blurb; the statement, board budget and dissent; the board resolution and its
representative; the licence top-up and exports; the IPO headline, proceeds, split, quote, revised plan, charter
capital, result and take-up; the plastic-parts unit, its share of car parts and products; the fair lead, the
appliance maker's supplier hunt, the planned factory, the procurement quote, the parts list and the supplier's quote).
Dropped or replaced: a board-resolution title that split a sampled title in two (S2 r2), and two English rows cut to
bring the English share down to the sample's (a document-list title row, a feature's opening line). Nothing was used
from ranks 5-8: not the SBT trade-union purchase (S1 r5), the Đông Á delisting stories (S1 r7-r8), the rubber
newsletter and the VRG listing and IPO in Vietnamese (S2 r5-r8), the charters and governance rules (S3 r6-r8, S13 r8),
the Masan AGM resolution and the Tân Tiến takeover feature (S5 r5-r6), the Bình Minh - Đà Nẵng merger note and the
Biên Hòa sugar swap (S5 r7-r8), the Thanh Hóa radial plant and the Guizhou share placement (S6 r5-r8), the Kinh Bắc
chairman's purchase and the TNC stake change (S9 r5, r7), the Thai takeover features and the Indorama tender (S10
r5-r8), the Pha Lê rights issue, An Phát's offering and the packaging dividend notice (S11 r5-r8), the Rạng Đông blurb
at S13 r5 (the same blurb at S16 r2 was used), the Tiền Phong and Bình Minh dividend stories (S14 r5-r8), the Chương
Dương offering and the Sao Vàng joint company in Vietnamese (S15 r7-r8), the Dung Quất PP piling and the Bắc Ninh ink
plant (S16 r6-r7), the Bình Minh auction and stake purchase (S17 r5-r8), the Sailun, Haohua and Bridgestone pieces
ranked 5-8 (S18 r5-r8), the VHG stake in SRC and the VRG IPO copies ranked 5-8 (S19 r5-r8), or the supplier reports
ranked 5-8 (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-97 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an acquisition's deal is the buyer's investment and its event lists buyer and target (and the seller
when named); recalled stake purchases, takeovers, placements and plants are deals without events; a named firm's plan,
pledge, planned opening or board-approved plant is an announced investment; a held groundbreaking or construction start
is a groundbreaking deal and event "started", dated only with a day; an opening with capital is an investment deal and
an inauguration, without capital the event only; a licence top-up "from X to Y" is about the increase; an announced
joint venture is a joint_venture event and one cooperation deal of the partners, without the charter capital, sited in
the plant's province; "Dự án do X làm chủ đầu tư"-type investor lines are deals without events; treasury buybacks and
sales, rights issues, IPOs, equitisation plans, dividends, charter capital, revenue, shareholdings, proposals to
shareholders, conditionals, rumours, customer lists, sourcing lists and unnamed buyers give no deal; attendees are no
parties; a deal date needs a day; vague amounts are no amounts, "khoảng", "chừng", "gần", "about", "close to", "some"
approximate; prices per share and par values are no money; shares are counted ("cổ phiếu", "shares"), capacities,
tonnages, durations, ordinals, counts in words and counts without a noun are not; English counts keep their English
noun phrase; m2 and hectares are areas; "Công ty cổ phần"/"CTCP"/"CTCP Tập đoàn X" are "Công ty CP" (name X), "Joint
Stock Company" is "JSC", "Co Ltd" is "Co., Ltd.", "Pte Ltd" is "Pte. Ltd.", "Corp", "Corporation" and "Group" stay in
the name; "Việt Nam", "(Việt Nam)" and "Vina" are dropped from a foreign subsidiary's name; a province inside an
organisation's name is a mention, inside a firm's name not; Vietnamese country words and English nouns ("of Japan",
"the US") are countries, English adjectives ("Thai", "Korean", "Japanese-owned") are not; "huyện X" and "quận X" are
districts; parks written in Vietnamese are locations, English ones none; bylines and photographers' credits are persons
without role, outlet, agency and site credits nothing, initials bylines nothing; the role is taken as written before or
after the name; organisations expand KCN and UBND, bare units ("UBND tỉnh") are none. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Treasury shares: a registration to buy ("dự kiến gom 350.000 cổ phiếu về làm cổ phiếu quỹ", hand-28047) or sell
  (28049, 28051) has no counterparty: no deal (batch 46's buyback), the shares a count of "cổ phiếu" (as batch 44's
  "cổ phiếu thưởng"); the securities firm that places the orders for the issuer (28048) is a firm mention, no contract;
  "(theo HNX)" and the exchange acronyms HNX, HoSE, HSX, VSD and UPCoM name no organisation (batch 14's "niêm yết trên
  HoSE"), and tickers (KNP, STR, HGP, LPK, LBR, KLR) are no firm mentions even as a sentence's subject.
- A merger by share swap still in the AGM papers ("Theo phương án, tỷ lệ hoán đổi là 100:31; Sông Lam cần phát hành
  512.380 cổ phiếu mới và, khi cổ đông hai bên chấp thuận, ...", 28063-28064) is a proposal to shareholders with a
  condition: no deal and no event (batch 44), the ratio no count, the new shares a count; the bidder's earlier purchase
  of the whole private placement ("năm 2010, khi Nhựa Sông Lam mua trọn đợt phát hành riêng lẻ để thành cổ đông chiến
  lược", 28067) is its recalled acquisition: a deal without event (batch 89); its present 31.4% a percentage only.
- A named seller selling its whole stake on the exchange with the buyer unknown (28124, 28126) gives nothing; "the
  Hanoi bourse" gives Hà Nội as a mention; "the State Capital Investment Corporation" keeps "Corporation".
- A takeover told through the target's delisting ("LPK ceased to be a public company once Chanthaburi Polymers ... had
  bought nearly all of it", 28129) is the buyer's recalled deal; the next row naming the group's Singapore arm whose
  tender for every share "early last year" left it with 96.4 per cent (28130) is read as that arm's recalled deal, a
  second deal without event (batch 89's subsidiary rule concerns events only; a reviewer may prefer one deal).
- IPO and equitisation pieces (28142-28149): no counterparty, no deal; "About 18 per cent ... – 212.6 million shares"
  gives the percentage and the count; "Buyers were found for 58.9 million shares, barely a quarter of those on offer"
  the count and no percentage; the headline's "Lang Bian Rubber" is listed beside the full "Lang Bian Rubber
  Corporation" (batch 97's headline names), while "Jiangnan Tyre" repeated with its form in the lead is one firm.
- A board resolution founding a tyre company with a partner and an individual ("A new firm, X, will be set up with
  Truong Phat Group ... to build a radial tyre plant in Nghe An; KLR takes 51% of the VND600 billion initial charter
  capital, Truong Phat Group 48% and Mr. Tran Duc Long the remaining 1%", 28137) is an announced joint_venture of the
  two firms and one cooperation deal, sited in Nghệ An (batches 28 and 64); the person is no party; the new company is a
  mention; the resolution's own date is no deal date.
- A licence top-up in English with a recalled groundbreaking ("Kurogane Tyre Corp of Japan has won a licence to more
  than double its planned investment in Hai Phong ... from US$480 million to US$1.05 billion, a year after breaking
  ground", 28139) is a licence without grantor for the 570 million increase and a groundbreaking deal without event or
  date, both sited in Hải Phòng; "of Japan" is a country.
- A pledge told amount-first at a meeting with a Deputy Prime Minister ("Thêm 150 triệu USD sẽ được Tập đoàn Lốp
  Huaxing (Trung Quốc) bơm vào Việt Nam ... khi gặp Phó Thủ tướng ... hôm 26/7", 28070) is the group's announced
  investment, no date (the day is the meeting's), the Deputy Prime Minister no party; "Ở phía Hàn Quốc, 240 triệu USD
  cho giai đoạn 3 ... sẽ nâng công suất của Công ty TNHH Lốp Daekwang Việt Nam (thuộc Daekwang Tire)" (28073) is the
  subsidiary's announced investment, the parent a mention.
- "Rongtai đã động thổ giai đoạn 3 trong tháng 12: 190 triệu USD ..." (28080) is a groundbreaking with its amount, no
  date and no site; an opening told object-first without capital (28076) is the inauguration only, sited in Bình Phước's
  current unit; "Thêm 25 ha đất và 260 triệu USD là phần tập đoàn mẹ bổ sung ..., sau khoản 420 triệu USD ghi trong
  giấy chứng nhận đầu tư UBND tỉnh Bình Phước cấp cho Jinlun tháng 3/2023" (28077) is Jinlun's recalled licence with
  420 million (no event, the committee only a mention), the unnamed parent's top-up money only.
- A listed maker's project being sped up by its board ("Tiến độ dự án lốp xe con (PCR) và lốp tải toàn thép (TBR) sẽ
  được rút ngắn sau khi HĐQT Công ty CP Cao su Sông Trà yêu cầu rà soát lại hiệu quả đầu tư", 28082) is its announced
  investment without amount; its recalled phase-3 start-up without capital (28086) gives nothing.
- A planned opening reported at an AGM ("Nhà máy ... mở rộng của Nhựa Hưng Thịnh ở KCN Phố Nối A (Hưng Yên) sẽ được
  khánh thành trong quý III", 28095) is an announced investment sited in Hưng Yên (batch 22's planned inauguration); the
  AGM's targets, dividends and retained profit (28094, 28096, 28098) are money and percentages only; the chairman's
  answer that no new shares are needed (28097) nothing.
- "Công ty TNHH Daeyang Polymer Vina, pháp nhân Daeyang lập hồi tháng 2, là chủ đầu tư tổ hợp ... vốn 950 triệu USD"
  (28106) is the subsidiary's deal without event ("Vina" dropped), the parent a mention; "Chưa dự án nào ở Bà Rịa - Vũng
  Tàu có giấy chứng nhận đầu tư lớn hơn tổ hợp này, được UBND tỉnh cấp ngày 24/8" (28107) names no investor: nothing,
  "UBND tỉnh" bare; "Một nhà máy PDH và dây chuyền PP thứ hai nằm trong các bước tiếp theo Daeyang đã vạch ra" (28108)
  an announced investment; the passive groundbreaking of "một số dây chuyền" (28105) a groundbreaking of the group.
- Tag pages: a stock-news tag headline with an amount over a shareholder split ("Màng BOPP: Nhựa Thái Hòa chi 28 triệu
  USD cho nhà máy mới / Tập đoàn Kanemori (Nhật Bản) giữ 25% dự án rộng 6,4 ha ...", twice, 28111) is Thái Hòa's
  announced investment, the 25% holder no party; a tag titled by a firm over a blurb on "nhà máy 420 tỷ đồng" with no
  investor in the blurb (28112) gives the firm and the money, no deal; an appliance licence blurb told in the passive
  with the amount in the headline (28121) is a licence without grantor, dated 14/4, sited in Bắc Ninh.
- A rumoured takeover ("Nhựa Sông Lam có thể sớm về tay Tập đoàn Hoshino (Nhật Bản), theo giới phân tích", 28116) and
  foreign investors "đang dò hỏi mua cổ phần" (28056) give nothing; "became 65 per cent Japanese-owned last year when
  Hoshino Group bought control" (28133) is a recalled acquisition, Japanese-owned no country, "14 local firms" a count.
- English supplier items: "Kaito Home Appliances ... after putting 480 million USD into a plant at the Saigon Hi-Tech
  Park last year" (28155) is a recalled deal without site; "A new Panasonic factory ..., its eighth in Vietnam, is due to
  open next month" (28157) an announced investment; a subsidiary making parts for its carmaker parent (28150), a parts
  wish list at a fair (28156) and a parts list no firm has qualified for (28159) give no contract; "the city's Centre
  for Supporting Industry Development" is an organisation.
- Persons and organisations: "Người ký: Thứ trưởng Bộ Công Thương Lê Quang Thịnh" (28119) keeps the role written
  before the name (a bare "Người ký: X" has none) and gives the ministry; "Chủ tịch tập đoàn" (28070) and "Chủ tịch
  UBND tỉnh" (28079) are roles as written; "general director Ngo Minh Tri of Phu Tho Rubber Parts" has the role
  "general director" (batch 62's "chairman Truong Van Phuc"); "deputy director of the centre" is kept as written;
  "ThS" is a title; "H.Q.Vinh" nothing; "Học viện Tài chính", "Trường Đại học Kinh tế - Luật", "Hanoi Stock Exchange"
  and "Ho Chi Minh Stock Exchange" are organisations, the last two with their city as a mention.
- Places and counts: "KCN Tịnh Phong, huyện Sơn Tịnh, tỉnh Quảng Ngãi" gives park, district and province; "quận Nam
  Từ Liêm" and "huyện Cẩm Giàng" are districts; caps "THỊ TRƯỜNG ẤN ĐỘ" gives the country; "Phú Mỹ", "Chu Lai", "miền
  Trung" give nothing; "18 công ty con", "6 công ty liên kết", "12 dây chuyền", "150 local suppliers", "381 investors",
  "Some 380 parts" (approximate) are counts; "chín phiên", "12 tháng", "about 40", "a dozen", "a quarter" are not; the
  analyst report's "1,187,500,000,000" is charter capital in VND."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_100(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BP = cur("Bình Phước")
    BRVT = cur("Bà Rịa - Vũng Tàu")
    BN = cur("Bắc Ninh")
    HP = cur("Hải Phòng")
    NA = cur("Nghệ An")
    HY = cur("Hưng Yên")

    ids = iter(range(28001, 28001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads and spam-domain titles (S8 r4, S12 r1-r4) ---
    rows += [
        h(
            n(),
            "kuwin lốp xe tải cũ giá rẻbảng xếp hạng la ligacách tính cổ tức bằng cổ phiếu",
            "2024-07-11",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin săm xe đạp điệntỷ lệ kèo châu áthời tiết hải phòng ngày mai",
            "2024-09-02",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin hạt nhựa pp giá hôm nayxem ngày tốt khai trương xưởngbao lâu thì hoà vốn",
            "2024-05-19",
            "ministry",
            ["spam_keywords", "run_together_words", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các loại phớt chặn dầu: cấu tạo và cách chọn đúng cỡ0962417305",
            "2023-10-06",
            "ministry",
            ["spam_title", "glued_phone_number", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Độ cứng shore A thấp nhà cung cấp cao su EPDM công thức hóa học",
            "2022-03-14",
            "ministry",
            ["spam_title", "foreign_spam_domain", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hệ số ma sát thấp hạt nhựa POM giá mỗi kg nhà máy",
            "2021-12-20",
            "ministry",
            ["spam_title", "foreign_spam_domain", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mã hs hạt nhựa ABS tỷ trọng cao cho ép phun",
            "2022-07-01",
            "ministry",
            ["spam_title", "foreign_spam_domain", "lowercase", "no_event"],
            events=[],
        ),
    ]
    # --- Disclosure titles, slugs and law-firm tags (S1 r2-r4, S2 r1-r2, S3 r1-r3, S4 r1 r2 r4, S5 r1-r2, S9, S11 r2, S14 r1, S15 r1 r4) ---
    rows += [
        h(
            n(),
            "CBTT Báo cáo về ngày không còn là cổ đông lớn của nhà đầu tư nước ngoài",
            "2023-08-17",
            "ministry",
            ["disclosure_title", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CBTT thông báo của Trung tâm Lưu ký Chứng khoán Việt Nam về ngày đăng ký cuối cùng thực hiện quyền nhận cổ tức năm 2022",
            "2023-05-30",
            "ministry",
            ["disclosure_title", "organization", "no_event"],
            organizations=["Trung tâm Lưu ký Chứng khoán Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "CBTT Thông báo của VSD về việc điều chỉnh thông tin chứng khoán đăng ký",
            "2022-11-08",
            "ministry",
            ["disclosure_title", "acronym_no_organization", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Văn bản gửi Ủy ban Chứng khoán Nhà nước giải trình biến động lợi nhuận sau thuế quý III/2023",
            "2023-10-28",
            "ministry",
            ["disclosure_title", "organization", "no_event"],
            organizations=["Ủy ban Chứng khoán Nhà nước"],
            events=[],
        ),
        h(
            n(),
            "Công văn gửi Sở Giao dịch Chứng khoán TP.HCM về giao dịch cổ phiếu của người có liên quan đến thành viên HĐQT",
            "2024-02-21",
            "ministry",
            ["disclosure_title", "province_in_org_name", "no_event"],
            organizations=["Sở Giao dịch Chứng khoán TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết HĐQT về phương án xử lý cổ phiếu cổ đông hiện hữu không đăng ký mua hết trong đợt chào bán",
            "2021-09-13",
            "ministry",
            ["resolution_title", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết HĐQT về việc gia hạn thời gian tổ chức ĐHĐCĐ thường niên năm 2024",
            "2024-04-25",
            "ministry",
            ["resolution_title", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CBTT Nghị quyết ĐHĐCĐ bất thường năm 2023 số 03/2023/NQ-ĐHĐCĐ",
            "2023-12-06",
            "ministry",
            ["disclosure_title", "company_resolution_number", "no_event"],
            decisions=[d("03/2023/NQ-ĐHĐCĐ")],
            events=[],
        ),
        h(
            n(),
            "Công bố thông tin: bổ sung tờ trình về việc nhận sáp nhập công ty con vào tài liệu họp ĐHĐCĐ năm 2022",
            "2022-04-12",
            "ministry",
            ["disclosure_title", "merger_title", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thông báo ngày đăng ký cuối cùng tham dự ĐHĐCĐ thường niên 2025 – Công ty CP Cao su Bến Nghé",
            "2025-03-04",
            "ministry",
            ["notice_title", "firm_in_title", "no_event"],
            firms=[f("Cao su Bến Nghé", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "CBTT Giấy chứng nhận đăng ký doanh nghiệp thay đổi lần thứ 14",
            "2024-06-25",
            "ministry",
            ["disclosure_title", "ordinal_not_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CBTT báo cáo kết quả phát hành cổ phiếu để trả cổ tức năm 2022",
            "2023-07-19",
            "ministry",
            ["disclosure_title", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep san xuat nhua chot quyen tra co tuc tuan toi",
            "2024-05-06",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dai hoi co dong bat thuong cao su",
            "2023-11-15",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dai hoi co dong thuong nien knp",
            "2024-04-02",
            "ministry",
            ["tag_slug", "unaccented", "ticker_no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "lich chot quyen hop dhdcd cua doanh nghiep nganh nhua",
            "2025-03-27",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục chuyển nhượng cổ phần của cổ đông sáng lập công ty cổ phần",
            "2022-08-09",
            "ministry",
            ["tag_page", "lowercase", "law_firm_tag", "no_event"],
            events=[],
        ),
        h(
            n(),
            "vật tư đầu vào ngành nhựa",
            "2023-01-30",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công bố thông tin về việc thay đổi nhân sự Ban Tổng Giám đốc",
            "2024-01-16",
            "ministry",
            ["disclosure_title", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Báo cáo tình hình quản trị công ty 6 tháng đầu năm 2024",
            "2024-07-29",
            "ministry",
            ["report_title", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Báo cáo thường niên 2023 - Công ty CP Nhựa Xanh An Thịnh",
            "2024-04-18",
            "ministry",
            ["report_title", "firm_in_title", "no_event"],
            firms=[f("Nhựa Xanh An Thịnh", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết ĐHĐCĐ thường niên năm 2024 số 01/2024/NQ-ĐHĐCĐ của Công ty CP Tập đoàn Nhựa Hưng Thịnh",
            "2024-04-22",
            "ministry",
            ["resolution_title", "company_resolution_number", "ctcp_tap_doan", "nfd", "no_event"],
            firms=[f("Nhựa Hưng Thịnh", "Công ty CP")],
            decisions=[d("01/2024/NQ-ĐHĐCĐ")],
            events=[],
        ),
        h(
            n(),
            "co phieu nganh cao su ky thuat",
            "2023-06-12",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
    ]
    # --- Document stores, theses, a charter, an analyst report, an internship report (S2 r3-r4, S3 r4, S4 r3, S5 r4, S7 r4, S8 r2, S15) ---
    rows += [
        h(
            n(),
            "Đề tài: Ảnh hưởng của các đợt chào bán riêng lẻ tới thị giá cổ phiếu doanh nghiệp nhựa niêm yết\n\n24 13 0\n\nĐang tải... (xem toàn văn)\n\nTài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống",
            "2020-06-15",
            "ministry",
            ["document_store", "thesis_title", "page_counters_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "HỌC VIỆN TÀI CHÍNH Bộ mơn Thị trường chứng khốn Đề tài: PHÁT HÀNH THÊM CỔ PHIẾU VÀ BIẾN ĐỘNG GIÁ Nhóm thực hiện: Đoàn Thị Mai, Lê Quang Vinh, Phùng Đức Anh",
            "2020-06-15",
            "ministry",
            ["document_store", "mojibake", "caps_organization", "persons_no_role", "no_event"],
            organizations=["Học viện Tài chính"],
            persons=[per("Đoàn Thị Mai", None), per("Lê Quang Vinh", None), per("Phùng Đức Anh", None)],
            events=[],
        ),
        h(
            n(),
            "II. Chào bán riêng lẻ ở doanh nghiệp nhựa 1. Đặc điểm Đợt chào bán hướng tới nhóm nhà đầu tư chọn trước, không qua đại chúng, thường kèm hạn chế chuyển nhượng một năm",
            "2020-06-15",
            "ministry",
            ["document_store", "dropped_words", "duration_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TÀI LIỆU THAM KHẢO\nVì sao nhà đầu tư nhỏ\nngại tin báo cáo của doanh nghiệp\nniêm yết? Phần lớn câu trả lời nằm ở\nchất lượng công bố thông tin.",
            "2019-02-11",
            "ministry",
            ["document_store", "line_broken_text", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BÁO CÁO PHÂN TÍCH DOANH NGHIỆP - Công ty Cổ phần Cao su Sông Trà (HoSE)\nTrang 1\nTên viết tắt STR\nĐịa chỉ Lô B2, KCN Tịnh Phong, huyện Sơn Tịnh, tỉnh Quảng Ngãi\nVốn điều lệ (VND) 1,187,500,000,000",
            "2021-04-08",
            "ministry",
            [
                "analyst_report",
                "report_header",
                "charter_capital_money",
                "comma_thousands",
                "district",
                "park",
                "multiline",
                "no_event",
            ],
            firms=[f("Cao su Sông Trà", "Công ty CP")],
            provinces=[pv("Quảng Ngãi")],
            money=[m(1_187_500_000_000, "VND")],
            locations=[park("Khu công nghiệp Tịnh Phong"), district("huyện Sơn Tịnh")],
            events=[],
        ),
        h(
            n(),
            "Ngày niêm yết\n18/06/2009 Ngày chính thức giao dịch\n25/06/2009 (Source : HSX )",
            "2021-04-08",
            "ministry",
            ["analyst_report", "table_dates", "acronym_no_organization", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cơ cấu cổ đông: Tập đoàn Hoá chất Phương Nam 50.50% | nhà đầu tư nước ngoài 8.30% | khác 41.20%\nChức năng kinh doanh: Sản xuất săm lốp ô tô, xe máy; cao su kỹ thuật; xuất nhập khẩu hóa chất ngành cao su",
            "2021-04-08",
            "ministry",
            [
                "analyst_report",
                "shareholder_table",
                "old_tone",
                "decimal_point_percent",
                "shareholding_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Hóa chất Phương Nam", "Tập đoàn")],
            percentages=[50.5, 8.3, 41.2],
            events=[],
        ),
        h(
            n(),
            "Chuyên viên phân tích\nNguyễn Hoàng Yến yen.nh@xsc.vn\nTrịnh Minh Khôi khoi.tm@xsc.vn\nĐiện thoại : (+84) 28.3914.0271",
            "2021-04-08",
            "ministry",
            ["analyst_report", "persons_no_role", "email_lines", "multiline", "no_event"],
            persons=[per("Nguyễn Hoàng Yến", None), per("Trịnh Minh Khôi", None)],
            events=[],
        ),
        h(
            n(),
            "CHƯƠNG III: CƠ CẤU TỔ CHỨC, QUẢN TRỊ VÀ KIỂM SOÁT\nĐiều 15: Đại hội đồng cổ đông\n15.2. Đại hội đồng cổ đông có quyền:\na) Quyết định đầu tư hoặc bán tài sản có giá trị từ 35% tổng giá trị tài sản trở lên ghi trong báo cáo tài chính gần nhất;",
            "2022-05-23",
            "legal",
            ["company_charter", "article_list", "percentage", "multiline", "no_event"],
            percentages=[35],
            events=[],
        ),
        h(
            n(),
            "15.3. Đại hội đồng cổ đông họp thường niên mỗi năm một lần, trong thời hạn bốn tháng kể từ ngày kết thúc năm tài chính; cổ đông hoặc nhóm cổ đông nắm từ 5% tổng số cổ phần phổ thông trở lên có quyền yêu cầu triệu tập họp bất thường.",
            "2022-05-23",
            "legal",
            ["company_charter", "duration_no_count", "percentage", "no_event"],
            percentages=[5],
            events=[],
        ),
        h(
            n(),
            "c) Chấp thuận việc chào bán cổ phần riêng lẻ cho nhà đầu tư chiến lược;\nd) Quyết định tổ chức lại, giải thể Công ty.",
            "2022-05-23",
            "legal",
            ["company_charter", "article_list", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "LỜI NÓI ĐẦU\nCao su kỹ thuật là mắt xích không thể thiếu của ngành ô tô, xe máy. Báo cáo này được viết sau tám tuần em thực tập ở phòng Kế hoạch - Vật tư, Công ty Cổ phần Cao su Kỹ thuật Đông Á, dưới sự hướng dẫn của ThS Vũ Thanh Hà.",
            "2019-06-03",
            "ministry",
            ["internship_report", "academic_title_no_role", "duration_no_count", "multiline", "no_event"],
            firms=[f("Cao su Kỹ thuật Đông Á", "Công ty CP")],
            persons=[per("Vũ Thanh Hà", None)],
            events=[],
        ),
        h(
            n(),
            "Phần một giới thiệu Công ty Cổ phần Cao su Kỹ thuật Đông Á và các dòng gioăng, phớt; phần hai phân tích nguyên vật liệu và máy móc; phần ba đánh giá doanh thu, lợi nhuận giai đoạn 2016-2018.",
            "2019-06-03",
            "ministry",
            ["internship_report", "chapter_list", "no_event"],
            firms=[f("Cao su Kỹ thuật Đông Á", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ - LUẬT\nTIỂU LUẬN MARKETING QUỐC TẾ\nĐỀ TÀI: CHIẾN LƯỢC ĐƯA LỐP XE MÁY CỦA CÔNG TY CỔ PHẦN CAO SU BẾN NGHÉ VÀO THỊ TRƯỜNG ẤN ĐỘ\nMỤC LỤC\n2.1 THỊ TRƯỜNG ẤN ĐỘ 9\n2.2 THỊ TRƯỜNG BANGLADESH 12",
            "2018-11-21",
            "ministry",
            ["essay_toc", "caps_firm", "caps_countries", "page_numbers_no_count", "multiline", "no_event"],
            organizations=["Trường Đại học Kinh tế - Luật"],
            firms=[f("Cao su Bến Nghé", "Công ty CP")],
            locations=[country("Ấn Độ"), country("Bangladesh")],
            events=[],
        ),
        h(
            n(),
            "LUẬNVĂNTHẠCSĨ:Táicấutrúcdanhmụcđầutư của Tổng công ty Cao su Miền Đông sau cổ phần hoá. Chương 1 trình bày cơ sở lý luận về danh mục đầu tư của công ty mẹ trong tổ hợp nhiều công ty con.",
            "2024-12-02",
            "ministry",
            ["document_store", "run_together_words", "thesis_title", "old_tone", "no_event"],
            firms=[f("Cao su Miền Đông", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Với 18 công ty con và 6 công ty liên kết, bài toán của công ty mẹ là giữ lại mảng nào, thoái vốn ở đâu.",
            "2024-12-02",
            "ministry",
            ["thesis_body", "count", "no_firm", "no_event"],
            quantities=[c(18, "công ty con"), c(6, "công ty liên kết")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a packaging maker's treasury shares, foreign room and AGM papers (S1 r1, S11 r1, S11 r4) ---
    rows += [
        h(
            n(),
            "Từ 20/10 đến 18/11, Công ty CP Bao bì Nhựa Kim Ngưu (KNP) dự kiến gom 350.000 cổ phiếu về làm cổ phiếu quỹ, theo thông báo gửi sở giao dịch.",
            "2016-10-14",
            "ministry",
            ["treasury_buyback_no_deal", "ticker_bracket", "count", "no_event"],
            firms=[f("Bao bì Nhựa Kim Ngưu", "Công ty CP")],
            quantities=[c(350_000, "cổ phiếu")],
            events=[],
        ),
        h(
            n(),
            "Lệnh sẽ do Công ty CP Chứng khoán Bến Thành đặt thay công ty, qua khớp lệnh hoặc thoả thuận; tiền mua lấy từ lợi nhuận giữ lại năm 2015.\n\nThanh Bình (theo HNX)",
            "2016-10-14",
            "ministry",
            [
                "broker_mandate_no_deal",
                "old_tone",
                "byline",
                "acronym_no_organization",
                "multiline",
                "no_event",
            ],
            firms=[f("Chứng khoán Bến Thành", "Công ty CP")],
            persons=[per("Thanh Bình", None)],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Cao su Bến Nghé (BNR) cũng đăng ký bán 1,2 triệu cổ phiếu quỹ từ ngày 2/11 để tăng thanh khoản.",
            "2016-10-14",
            "ministry",
            ["treasury_sale_no_deal", "ticker_bracket", "count", "no_event"],
            firms=[f("Cao su Bến Nghé", "Công ty CP")],
            quantities=[c(1.2 * M, "cổ phiếu")],
            events=[],
        ),
        h(
            n(),
            "Minh Thư Thứ Năm | 14/11/2019 09:12\n\nBao bì Nhựa Kim Ngưu bán hết cổ phiếu quỹ, nới room ngoại lên 100%",
            "2019-11-14",
            "ministry",
            ["byline_timestamp", "headline", "bare_firm", "percentage", "multiline", "no_event"],
            persons=[per("Minh Thư", None)],
            firms=[f("Bao bì Nhựa Kim Ngưu")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Toàn bộ 612.400 cổ phiếu quỹ của Công ty CP Bao bì Nhựa Kim Ngưu (KNP) sẽ được bán ra từ ngày 18/11 đến 17/12, theo nghị quyết HĐQT vừa công bố.",
            "2019-11-14",
            "ministry",
            ["treasury_sale_no_deal", "board_resolution", "object_first", "count", "nfd", "no_event"],
            firms=[f("Bao bì Nhựa Kim Ngưu", "Công ty CP")],
            quantities=[c(612_400, "cổ phiếu")],
            events=[],
        ),
        h(
            n(),
            "Số tiền chừng 3,7 tỉ đồng thu về, nếu bán được quanh thị giá 6.100 đồng/cổ phiếu, sẽ bổ sung vào vốn lưu động.",
            "2019-11-14",
            "ministry",
            ["price_per_share_no_money", "approx", "ti_spelling", "no_event"],
            money=[m(3.7 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Ủy ban Chứng khoán Nhà nước đã chấp thuận hồ sơ nới room, nên từ đầu tháng này nhà đầu tư ngoại có thể nắm tới 100% KNP thay vì 49% như trước.",
            "2019-11-14",
            "ministry",
            ["foreign_room", "ticker_no_firm", "percentage", "no_event"],
            organizations=["Ủy ban Chứng khoán Nhà nước"],
            percentages=[100, 49],
            events=[],
        ),
        h(
            n(),
            "Vốn điều lệ KNP đã lên 252 tỉ đồng (từ 180 tỉ đồng) sau đợt chia cổ tức kèm thưởng cổ phiếu 40% hoàn tất cuối tháng 10.",
            "2019-11-14",
            "ministry",
            ["bonus_shares", "charter_capital_money", "ticker_no_firm", "percentage", "no_event"],
            money=[m(252 * B, "VND"), m(180 * B, "VND")],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Sáu tháng mới hoàn thành 47% kế hoạch doanh thu, dù doanh thu 590 tỷ đồng đã nhích 12% và lãi sau thuế 6,9 tỷ đồng tăng 9%.",
            "2019-11-14",
            "ministry",
            ["results_money_only", "no_firm", "percentage", "no_event"],
            money=[m(590 * B, "VND"), m(6.9 * B, "VND")],
            percentages=[47, 12, 9],
            events=[],
        ),
        h(
            n(),
            "Khối ngoại dòm ngó bao bì nhựa\n\nTheo ông Phan Đức Lâm, Phó Tổng Thư ký Hiệp hội Nhựa Việt Nam, nhiều nhà đầu tư ngoại đang dò hỏi mua cổ phần các doanh nghiệp bao bì có thương hiệu.",
            "2019-11-14",
            "ministry",
            ["subhead_lead", "person_role_after", "association", "unnamed_buyers", "multiline", "no_event"],
            persons=[per("Phan Đức Lâm", "Phó Tổng Thư ký Hiệp hội Nhựa Việt Nam")],
            organizations=["Hiệp hội Nhựa Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Bao bì Nhựa Kim Ngưu trình cổ đông nâng vốn lên 225 tỷ đồng giữa lúc cổ phiếu chạm đáy\n\n09/04/2019 08:41\nPhương án nâng vốn điều lệ thêm 25% (180 tỷ đồng thành 225 tỷ đồng) nằm trong bộ tài liệu ĐHĐCĐ mà Công ty CP Bao bì Nhựa Kim Ngưu (KNP) vừa công bố.",
            "2019-04-09",
            "ministry",
            [
                "headline_lead",
                "timestamp",
                "agm_papers",
                "proposal_to_shareholders",
                "charter_capital_money",
                "reused_short_name",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Bao bì Nhựa Kim Ngưu", "Công ty CP")],
            money=[m(225 * B, "VND"), m(180 * B, "VND")],
            percentages=[25],
            events=[],
        ),
        h(
            n(),
            "Mục tiêu trình đại hội (họp ngày 26/4 tại TP.HCM) là lãi sau thuế 24,5 tỷ đồng, cao hơn 20% năm trước, trên doanh thu thuần 1.180 tỷ đồng, tăng 17%.",
            "2019-04-09",
            "ministry",
            ["agm_plan", "revenue_money_only", "percentage", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(24.5 * B, "VND"), m(1180 * B, "VND")],
            percentages=[20, 17],
            events=[],
        ),
        h(
            n(),
            "Để đạt kế hoạch, công ty sẽ tìm thêm khách hàng ngoài nhóm quen thuộc là các hãng sữa và cà phê hòa tan như Vinamilk, Trung Nguyên.",
            "2019-04-09",
            "ministry",
            ["customer_list_no_contract", "bare_brands", "no_event"],
            firms=[f("Vinamilk"), f("Trung Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 1,8 triệu cổ phiếu mới, mệnh giá tổng 18 tỷ đồng, sẽ được phát hành để trả cổ tức 2018 tỷ lệ 10%, lấy từ lợi nhuận chưa phân phối.",
            "2019-04-09",
            "ministry",
            ["stock_dividend", "count", "approx", "par_value_total_money", "percentage", "no_event"],
            money=[m(18 * B, "VND")],
            percentages=[10],
            quantities=[c(1.8 * M, "cổ phiếu", True)],
            events=[],
        ),
        h(
            n(),
            "Thị giá KNP còn khoảng 6.800 đồng/cp, mất gần 55% chỉ sau chín phiên giảm sàn từ đầu tháng 3.",
            "2019-04-09",
            "ministry",
            [
                "stock_price",
                "count_in_words",
                "price_per_share_no_money",
                "ticker_no_firm",
                "percentage",
                "no_event",
            ],
            percentages=[55],
            events=[],
        ),
    ]
    # --- Vietnamese news: a small plastics maker merged into its strategic shareholder (S5 r3) ---
    rows += [
        h(
            n(),
            "Nhựa Hàn Giang sắp thành công ty con 100% của Nhựa Sông Lam?",
            "2017-04-18",
            "ministry",
            ["headline", "question_headline", "merger_plan", "percentage", "no_event"],
            firms=[f("Nhựa Hàn Giang"), f("Nhựa Sông Lam")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Việc sáp nhập có trong tài liệu trình đại hội của cả Công ty CP Nhựa Sông Lam (NSL) lẫn Công ty CP Nhựa Hàn Giang (HGP); Sông Lam họp cổ đông ngày 26/4, sớm hơn Hàn Giang hai ngày.",
            "2017-04-18",
            "ministry",
            ["agm_papers", "proposal_to_shareholders", "ticker_bracket", "reused_short_name", "no_event"],
            firms=[f("Nhựa Sông Lam", "Công ty CP"), f("Nhựa Hàn Giang", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Theo phương án, tỷ lệ hoán đổi là 100:31; Sông Lam cần phát hành 512.380 cổ phiếu mới và, khi cổ đông hai bên chấp thuận, Hàn Giang sẽ thành công ty TNHH một thành viên do Sông Lam sở hữu 100% vốn.",
            "2017-04-18",
            "ministry",
            [
                "conditional_merger",
                "proposal_to_shareholders",
                "share_swap",
                "ratio_no_count",
                "count",
                "short_names",
                "nfd",
                "no_event",
            ],
            firms=[f("Sông Lam"), f("Hàn Giang")],
            percentages=[100],
            quantities=[c(512_380, "cổ phiếu")],
            events=[],
        ),
        h(
            n(),
            "Người lao động ở nhà máy Đà Nẵng được giữ việc ít nhất 12 tháng; mã HGP thì rời sàn ngay khi hoán đổi xong.",
            "2017-04-18",
            "ministry",
            ["delisting", "duration_no_count", "ticker_no_firm", "no_event"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Hàn Giang có vốn điều lệ 20,6 tỉ đồng, doanh thu năm 2016 chừng 190 tỉ đồng; trước thềm đại hội, cổ phiếu HGP tăng 18% trong hai tuần.",
            "2017-04-18",
            "ministry",
            ["charter_capital_money", "approx", "short_name", "duration_no_count", "percentage", "no_event"],
            firms=[f("Hàn Giang")],
            money=[m(20.6 * B, "VND"), m(190 * B, "VND", approx=True)],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Lần duy nhất Hàn Giang bán cổ phiếu mới là năm 2010, khi Nhựa Sông Lam mua trọn đợt phát hành riêng lẻ để thành cổ đông chiến lược; hiện Sông Lam giữ 31,4% vốn.",
            "2017-04-18",
            "ministry",
            ["recalled_private_placement", "deal_no_event", "short_name", "percentage"],
            firms=[f("Hàn Giang"), f("Nhựa Sông Lam")],
            percentages=[31.4],
            deals=[deal("investment", ["Nhựa Sông Lam"])],
            events=[],
        ),
        h(
            n(),
            "Phía Hàn Giang kỳ vọng mạng lưới phân phối của đối tác sẽ giúp ống nhựa của mình đi xa hơn thị trường miền Trung.",
            "2017-04-18",
            "ministry",
            ["short_name", "region_no_location", "no_event"],
            firms=[f("Hàn Giang")],
            events=[],
        ),
    ]
    # --- Vietnamese news: foreign tyre makers adding capital, listed tyre makers (S6 r1, S6 r4) ---
    rows += [
        h(
            n(),
            "Lốp xe: vốn ngoại vào mạnh, doanh nghiệp niêm yết trong nước tính đường mở rộng\n\n date 2024-12",
            "2024-12-24",
            "ministry",
            ["headline", "date_stamp", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thêm 150 triệu USD sẽ được Tập đoàn Lốp Huaxing (Trung Quốc) bơm vào Việt Nam, đưa tổng vốn lên 1,35 tỷ USD – thông tin bà Chu Lệ Quân, Chủ tịch tập đoàn, đưa ra khi gặp Phó Thủ tướng Lê Minh Tâm hôm 26/7.",
            "2024-12-24",
            "ministry",
            [
                "amount_first",
                "pledge_named_firm",
                "investment_announcement",
                "country_bracket",
                "attendee_no_party",
                "person_role_after",
                "person_role_before",
            ],
            firms=[f("Lốp Huaxing", "Tập đoàn")],
            persons=[per("Chu Lệ Quân", "Chủ tịch tập đoàn"), per("Lê Minh Tâm", "Phó Thủ tướng")],
            money=[m(150 * M, "USD"), m(1.35 * B, "USD")],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Lốp Huaxing"], 150 * M)],
            events=[ev("investment_announcement", [F("Lốp Huaxing")], 150 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Dây chuyền lưu hóa ở nhà máy của Huaxing tại Tây Ninh.",
            "2024-12-24",
            "ministry",
            ["photo_caption", "short_name", "no_event"],
            firms=[f("Huaxing")],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Tây Ninh đang thành một trong các trung tâm sản xuất chủ lực của Huaxing.",
            "2024-12-24",
            "ministry",
            ["short_name", "plant_profile_no_deal", "nfd", "no_event"],
            firms=[f("Huaxing")],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Ở phía Hàn Quốc, 240 triệu USD cho giai đoạn 3 từ đầu năm 2025 sẽ nâng công suất của Công ty TNHH Lốp Daekwang Việt Nam (thuộc Daekwang Tire) lên 14,5 triệu lốp/năm và tổng vốn lên 760 triệu USD.",
            "2024-12-24",
            "ministry",
            [
                "amount_first",
                "planned_expansion",
                "investment_announcement",
                "subsidiary_with_parent",
                "vietnam_dropped",
                "capacity_not_count",
                "country_word",
            ],
            firms=[f("Lốp Daekwang", "Công ty TNHH"), f("Daekwang Tire")],
            money=[m(240 * M, "USD"), m(760 * M, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Lốp Daekwang"], 240 * M)],
            events=[ev("investment_announcement", [F("Lốp Daekwang")], 240 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Khu lưu hóa của Daekwang Tire ở Việt Nam (ảnh tư liệu: VnEconomy)",
            "2024-12-24",
            "ministry",
            ["photo_caption", "outlet_credit_nothing", "no_event"],
            firms=[f("Daekwang Tire")],
            events=[],
        ),
        h(
            n(),
            "Lốp của Daekwang Việt Nam chủ yếu đi Mỹ và châu Âu, cho các hãng xe lớn.",
            "2024-12-24",
            "ministry",
            ["unnamed_buyers", "vietnam_dropped", "country", "no_event"],
            firms=[f("Daekwang")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 1 nhà máy lốp ô tô của Công ty TNHH Lốp Jinlun (Việt Nam) ở KCN Bắc Đồng Phú, tỉnh Bình Phước đã chạy chính thức sau lễ khánh thành hôm 9/11.",
            "2024-12-24",
            "ministry",
            [
                "object_first",
                "inauguration_no_capital",
                "vietnam_bracket_dropped",
                "park",
                "pre_merger_province",
            ],
            firms=[f("Lốp Jinlun", "Công ty TNHH")],
            provinces=[pv("Bình Phước")],
            locations=[park("Khu công nghiệp Bắc Đồng Phú")],
            events=[ev("inauguration", [F("Lốp Jinlun")], None, None, BP, "completed")],
        ),
        h(
            n(),
            "Thêm 25 ha đất và 260 triệu USD là phần tập đoàn mẹ bổ sung hồi tháng 10 năm ngoái, sau khoản 420 triệu USD ghi trong giấy chứng nhận đầu tư UBND tỉnh Bình Phước cấp cho Jinlun tháng 3/2023.",
            "2024-12-24",
            "ministry",
            ["recalled_licence", "deal_no_event", "unnamed_parent_money_only", "area", "pre_merger_province"],
            firms=[f("Jinlun")],
            organizations=["UBND tỉnh Bình Phước"],
            provinces=[pv("Bình Phước")],
            money=[m(260 * M, "USD"), m(420 * M, "USD")],
            areas=[ha(25)],
            deals=[deal("investment", ["Jinlun"], 420 * M, BP)],
            events=[],
        ),
        h(
            n(),
            "Công suất thiết kế của Jinlun sau giai đoạn 2 là khoảng 22 triệu lốp mỗi năm.",
            "2024-12-24",
            "ministry",
            ["capacity_not_count", "short_name", "no_event"],
            firms=[f("Jinlun")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh, trong đó có Chủ tịch UBND tỉnh Trần Quốc Hưng (thứ hai từ trái), nghe giới thiệu dây chuyền của Công ty TNHH Lốp Rongtai Việt Nam.",
            "2024-12-24",
            "ministry",
            [
                "photo_caption",
                "person_role_before",
                "bare_unit_in_role",
                "visit_no_deal",
                "vietnam_dropped",
                "no_event",
            ],
            persons=[per("Trần Quốc Hưng", "Chủ tịch UBND tỉnh")],
            firms=[f("Lốp Rongtai", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Rongtai đã động thổ giai đoạn 3 trong tháng 12: 190 triệu USD cho một xưởng tự động hóa cao, thêm 5 triệu lốp radial mỗi năm, chạy trước cuối 2025.",
            "2024-12-24",
            "ministry",
            ["groundbreaking", "no_day_no_date", "short_name", "capacity_not_count", "no_site"],
            firms=[f("Rongtai")],
            money=[m(190 * M, "USD")],
            deals=[deal("groundbreaking", ["Rongtai"], 190 * M)],
            events=[ev("groundbreaking", [F("Rongtai")], 190 * M, "USD", None, "started")],
        ),
        h(
            n(),
            "Cuộc đua công suất không chỉ của khối ngoại: Cao su Sông Trà và Lốp Miền Nam cũng đang tính nước đi riêng.",
            "2024-12-24",
            "ministry",
            ["bare_firms", "vague_plan_no_deal", "no_event"],
            firms=[f("Cao su Sông Trà"), f("Lốp Miền Nam")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a listed tyre maker speeds up its PCR/TBR project (S6 r2) ---
    rows += [
        h(
            n(),
            "Dự án lốp PCR, TBR của Cao su Sông Trà được đẩy nhanh\n\nTiến độ dự án lốp xe con (PCR) và lốp tải toàn thép (TBR) sẽ được rút ngắn sau khi HĐQT Công ty CP Cao su Sông Trà yêu cầu rà soát lại hiệu quả đầu tư; STR là thành viên Tập đoàn Hóa chất Phương Nam.",
            "2025-02-17",
            "ministry",
            [
                "headline_lead",
                "project_of_named_firm",
                "investment_announcement",
                "parent_mention",
                "ticker_no_firm",
                "multiline",
            ],
            firms=[f("Cao su Sông Trà", "Công ty CP"), f("Hóa chất Phương Nam", "Tập đoàn")],
            deals=[deal("investment", ["Cao su Sông Trà"])],
            events=[ev("investment_announcement", [F("Cao su Sông Trà")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Nhờ dùng lại mặt bằng và một phần thiết bị của xưởng radial, chi phí đầu tư thêm được dự báo không lớn; công suất thiết kế 3,5 triệu lốp PCR và 800.000 lốp TBR mỗi năm.",
            "2025-02-17",
            "ministry",
            ["capacity_not_count", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Kiểm tra lốp tải trước khi xuất xưởng tại Cao su Sông Trà. Ảnh: Phạm Hồng Sơn - TTXVN",
            "2025-02-17",
            "ministry",
            ["photo_caption", "photographer_credit", "agency_credit_nothing", "bare_firm", "no_event"],
            firms=[f("Cao su Sông Trà")],
            persons=[per("Phạm Hồng Sơn", None)],
            events=[],
        ),
        h(
            n(),
            "Nhu cầu trong nước dịch dần sang lốp bố thép, và mảng này đã chiếm khoảng 65% lãi gộp của STR.",
            "2025-02-17",
            "ministry",
            ["ticker_no_firm", "percentage", "nfd", "no_event"],
            percentages=[65],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 3 xưởng radial của STR chạy từ năm ngoái, giúp công suất tăng gần 70%.",
            "2025-02-17",
            "ministry",
            ["recalled_opening_no_capital", "ticker_no_firm", "percentage", "no_event"],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "Lốp nhập giá rẻ, than đen và cao su tự nhiên lên xuống thất thường là những lý do khiến Sông Trà đặt kế hoạch thận trọng cho năm 2025.",
            "2025-02-17",
            "ministry",
            ["short_name", "forecast", "no_event"],
            firms=[f("Sông Trà")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the tail of a tyre-plant opening, a PVC capacity decision (S6 r3, S13 r3) ---
    rows += [
        h(
            n(),
            "Gần 2.600 tỉ đồng đã được chia cho hai giai đoạn: trước mắt 250.000 lốp mỗi năm, đến năm 2016 gấp đôi.",
            "2014-09-05",
            "ministry",
            ["plant_without_firm_money_only", "approx", "capacity_not_count", "no_event"],
            money=[m(2600 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Xe ben, xe khách chạy tuyến dài và xe công trình là khách hàng chính của loại lốp toàn thép này.",
            "2014-09-05",
            "ministry",
            ["no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chủ đầu tư hạ tầng KCN Hoà Cầm (149 ha), nơi đặt nhà máy, là Công ty CP Đầu tư Hạ tầng Hòa Cầm.\nH.Q.Vinh\nBình luận (0)",
            "2014-09-05",
            "ministry",
            [
                "park_developer_line",
                "deal_no_event",
                "old_tone",
                "initials_byline_nothing",
                "area",
                "multiline",
            ],
            firms=[f("Đầu tư Hạ tầng Hòa Cầm", "Công ty CP")],
            locations=[park("Khu công nghiệp Hòa Cầm")],
            areas=[ha(149)],
            deals=[deal("investment", ["Đầu tư Hạ tầng Hòa Cầm"])],
            events=[],
        ),
        h(
            n(),
            "(Chinhphu.vn) - Quy hoạch phát triển ngành công nghiệp hóa chất sẽ có thêm dự án đưa nhà máy bột nhựa PVC ở Phú Mỹ lên 180.000 tấn/năm, theo ý kiến đồng ý của Thủ tướng Chính phủ.",
            "2017-08-22",
            "ministry",
            [
                "portal_prefix",
                "role_without_name",
                "master_plan_no_investor",
                "capacity_not_count",
                "bare_place_no_location",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Việc hướng dẫn chủ đầu tư làm đúng luật được giao cho UBND tỉnh Bà Rịa - Vũng Tàu, dưới sự chủ trì của Bộ Công Thương.\n\nLê Sơn",
            "2017-08-22",
            "ministry",
            ["assignment", "unnamed_investor", "byline", "multiline", "no_event"],
            organizations=["UBND tỉnh Bà Rịa - Vũng Tàu", "Bộ Công Thương"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            persons=[per("Lê Sơn", None)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy PVC ở Phú Mỹ hiện do một liên doanh có vốn Nhật Bản vận hành.",
            "2017-08-22",
            "ministry",
            ["unnamed_joint_venture", "country_word", "bare_place_no_location", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Vietnamese news: AGMs and an extraordinary meeting of plastics makers, a dividend notice (S14 r2-r4) ---
    rows += [
        h(
            n(),
            "(ĐTCK) Lãi sau thuế 61,2 tỷ đồng, tăng 35%, trên doanh thu 1.620 tỷ đồng là mục tiêu 2024 mà cổ đông CTCP Tập đoàn Nhựa Hưng Thịnh (HTP - HoSE) vừa thông qua tại đại hội thường niên.",
            "2024-04-20",
            "ministry",
            [
                "source_prefix",
                "agm_approval",
                "ctcp_tap_doan",
                "ticker_exchange_bracket",
                "revenue_money_only",
                "percentage",
                "no_event",
            ],
            firms=[f("Nhựa Hưng Thịnh", "Công ty CP")],
            money=[m(61.2 * B, "VND"), m(1620 * B, "VND")],
            percentages=[35],
            events=[],
        ),
        h(
            n(),
            "Nhà máy thanh profile uPVC mở rộng của Nhựa Hưng Thịnh ở KCN Phố Nối A (Hưng Yên) sẽ được khánh thành trong quý III, muộn một quý so với dự kiến, khi 12 dây chuyền mới chạy thử xong.",
            "2024-04-20",
            "ministry",
            [
                "planned_inauguration",
                "investment_announcement",
                "province_after_park",
                "count",
                "object_first",
            ],
            firms=[f("Nhựa Hưng Thịnh")],
            provinces=[pv("Hưng Yên")],
            locations=[park("Khu công nghiệp Phố Nối A")],
            quantities=[c(12, "dây chuyền")],
            deals=[deal("investment", ["Nhựa Hưng Thịnh"], None, HY)],
            events=[ev("investment_announcement", [F("Nhựa Hưng Thịnh")], None, None, HY, "announced")],
        ),
        h(
            n(),
            "HĐQT được đại hội ủy quyền chọn ngày trả cổ tức 2023: 5% bằng tiền và 3% bằng cổ phiếu, tổng 8%.",
            "2024-04-20",
            "ministry",
            ["dividend", "percentage", "no_event"],
            percentages=[5, 3, 8],
            events=[],
        ),
        h(
            n(),
            "Trả lời cổ đông, ông Nguyễn Văn Khải, Chủ tịch HĐQT, cho biết công ty chưa có nhu cầu phát hành thêm cổ phiếu trong năm 2024.",
            "2024-04-20",
            "ministry",
            ["agm_qa", "person_role_after", "bare_role", "no_event"],
            persons=[per("Nguyễn Văn Khải", "Chủ tịch HĐQT")],
            events=[],
        ),
        h(
            n(),
            "Từ 31,6 tỷ đồng lãi chưa chia còn lại cuối 2023, công ty để riêng 4% cho quỹ đầu tư phát triển và 3% cho quỹ khen thưởng, phúc lợi.\n\nKhánh Linh\nBình Luận (0)",
            "2024-04-20",
            "ministry",
            ["profit_money_only", "byline", "comment_counter", "percentage", "multiline", "no_event"],
            money=[m(31.6 * B, "VND")],
            percentages=[4, 3],
            persons=[per("Khánh Linh", None)],
            events=[],
        ),
        h(
            n(),
            "(BĐT) - Phương án chia lợi nhuận năm 2020 của Công ty CP Nhựa Xanh An Thịnh sẽ được đem ra sửa tại cuộc họp cổ đông bất thường ngày 16/9.",
            "2021-08-12",
            "ministry",
            ["source_prefix", "egm_notice", "no_event"],
            firms=[f("Nhựa Xanh An Thịnh", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "32 triệu cổ phiếu mới từ chứng quyền khiến khoản chi cổ tức phình từ 214 tỷ lên 252 tỷ đồng, dù tỷ lệ 12% vốn điều lệ không đổi.",
            "2021-08-12",
            "ministry",
            ["dividend", "warrant_shares", "count", "percentage", "no_event"],
            money=[m(214 * B, "VND"), m(252 * B, "VND")],
            percentages=[12],
            quantities=[c(32 * M, "cổ phiếu")],
            events=[],
        ),
        h(
            n(),
            "Danh sách cổ đông được chốt từ 20/8.",
            "2021-08-12",
            "ministry",
            ["record_date", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vì Covid-19 bùng phát ở Hải Dương, cuộc họp chuyển từ trụ sở tại Cụm công nghiệp Lai Cách, huyện Cẩm Giàng lên một tòa văn phòng ở quận Nam Từ Liêm, Hà Nội.",
            "2021-08-12",
            "ministry",
            ["venue_change", "cluster_park", "district", "two_provinces", "pre_merger_province", "no_event"],
            provinces=[pv("Hải Dương"), pv("Hà Nội")],
            locations=[
                park("Cụm công nghiệp Lai Cách"),
                district("huyện Cẩm Giàng"),
                district("quận Nam Từ Liêm"),
            ],
            events=[],
        ),
        h(
            n(),
            "Cổ tức 12% cho năm 2016 đã được đại hội thường niên thông qua, nhưng công ty chưa thể chi vì báo cáo tài chính hợp nhất còn điểm chưa rõ; Bộ Tài chính đang được hỏi ý kiến.",
            "2017-09-12",
            "ministry",
            ["company_notice", "dividend", "organization", "percentage", "nfd", "no_event"],
            organizations=["Bộ Tài chính"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Tin tức | Về việc chi cổ tức năm 2016\n\n12/09/2017",
            "2017-09-12",
            "ministry",
            ["company_site_title", "date_line", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean group's PP resin plant in Bà Rịa - Vũng Tàu (S16 r3) ---
    rows += [
        h(
            n(),
            "Một số dây chuyền của nhà máy hạt nhựa PP ở KCN Phú Mỹ 2 mở rộng (Bà Rịa - Vũng Tàu) đã được Tập đoàn Daeyang Chemical (Hàn Quốc) khởi công.",
            "2018-11-05",
            "ministry",
            ["passive_groundbreaking", "province_after_park", "country_bracket", "pre_merger_province"],
            firms=[f("Daeyang Chemical", "Tập đoàn")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[park("Khu công nghiệp Phú Mỹ 2 mở rộng"), country("Hàn Quốc")],
            deals=[deal("groundbreaking", ["Daeyang Chemical"], None, BRVT)],
            events=[ev("groundbreaking", [F("Daeyang Chemical")], None, None, BRVT, "started")],
        ),
        h(
            n(),
            "Công ty TNHH Daeyang Polymer Vina, pháp nhân Daeyang lập hồi tháng 2, là chủ đầu tư tổ hợp nhà máy PP và kho ngầm LPG vốn 950 triệu USD.",
            "2018-11-05",
            "ministry",
            ["investor_line", "deal_no_event", "vina_dropped", "parent_short_name"],
            firms=[f("Daeyang Polymer", "Công ty TNHH"), f("Daeyang")],
            money=[m(950 * M, "USD")],
            deals=[deal("investment", ["Daeyang Polymer"], 950 * M)],
            events=[],
        ),
        h(
            n(),
            "Chưa dự án nào ở Bà Rịa - Vũng Tàu có giấy chứng nhận đầu tư lớn hơn tổ hợp này, được UBND tỉnh cấp ngày 24/8.",
            "2018-11-05",
            "ministry",
            ["recalled_licence_no_investor", "bare_unit", "no_event"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy PDH và dây chuyền PP thứ hai nằm trong các bước tiếp theo Daeyang đã vạch ra.",
            "2018-11-05",
            "ministry",
            ["plan_named_firm", "investment_announcement", "ordinal_not_count", "short_name"],
            firms=[f("Daeyang")],
            deals=[deal("investment", ["Daeyang"])],
            events=[ev("investment_announcement", [F("Daeyang")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Các dây chuyền khởi công đợt này phải xong trước cuối năm sau, theo một đại diện Daeyang.",
            "2018-11-05",
            "ministry",
            ["schedule_no_event", "short_name", "no_event"],
            firms=[f("Daeyang")],
            events=[],
        ),
        h(
            n(),
            "Từ tã giấy, nắp chai đến bơm kim tiêm, phần lớn đồ nhựa dùng một lần đều cần hạt PP.",
            "2018-11-05",
            "ministry",
            ["no_entity", "nfd", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, listing and blurb pages (S7 r1-r3, S8 r3, S10 r1 r3 r4, S13 r1 r2 r4, S16 r1 r2 r4) ---
    rows += [
        h(
            n(),
            "Màng BOPP: Nhựa Thái Hòa chi 28 triệu USD cho nhà máy mới\nTập đoàn Kanemori (Nhật Bản) giữ 25% dự án rộng 6,4 ha, phần còn lại thuộc Nhựa Thái Hòa.\nTập đoàn Kanemori (Nhật Bản) giữ 25% dự án rộng 6,4 ha, phần còn lại thuộc Nhựa Thái Hòa.",
            "2019-03-26",
            "ministry",
            [
                "tag_page",
                "headline_amount",
                "investment_announcement",
                "repeated_blurb",
                "shareholding_no_deal",
                "area",
                "percentage",
                "country_bracket",
                "multiline",
            ],
            firms=[f("Nhựa Thái Hòa"), f("Kanemori", "Tập đoàn")],
            money=[m(28 * M, "USD")],
            percentages=[25],
            areas=[ha(6.4)],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Nhựa Thái Hòa"], 28 * M)],
            events=[ev("investment_announcement", [F("Nhựa Thái Hòa")], 28 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Công ty TNHH Bao bì Nhựa Đức Phong\n\nNhật Bản và Úc sẽ là hai thị trường chính của màng co làm ra từ nhà máy 420 tỷ đồng khi vận hành.",
            "2020-07-08",
            "ministry",
            ["tag_page", "tag_title_firm", "plant_without_stated_investor", "multiline", "no_event"],
            firms=[f("Bao bì Nhựa Đức Phong", "Công ty TNHH")],
            money=[m(420 * B, "VND")],
            locations=[country("Nhật Bản"), country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Quỹ ngoại chú ý tới cổ phiếu nhựa khi đơn hàng ổn định và biên lãi dần phục hồi.",
            "2020-07-08",
            "ministry",
            ["tag_blurb", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Túi zipper, màng ghép, chai lọ: bao bì chiếm phần lớn kim ngạch xuất khẩu của ngành nhựa, vốn được xếp vào công nghiệp hỗ trợ.",
            "2021-05-17",
            "ministry",
            ["tag_blurb", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            '"công nghiệp phụ trợ ô tô" - Doanh nghiệp linh kiện nhựa chờ cơ hội vào chuỗi cung ứng xe điện\n\n5 năm trước\n(Techz.vn) Tại hội thảo Sở Công Thương Hải Phòng tổ chức cuối tháng 10, bà Đỗ Thu Hiền, Giám đốc Công ty TNHH Nhựa kỹ thuật Hưng Long, nói: “Chỉ cần có đơn hàng, chúng tôi sẵn sàng mua thêm máy ép”.',
            "2019-11-02",
            "ministry",
            [
                "tag_page",
                "quote",
                "person_role_after",
                "seminar_no_deal",
                "province_in_org_name",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Đỗ Thu Hiền", "Giám đốc Công ty TNHH Nhựa kỹ thuật Hưng Long")],
            firms=[f("Nhựa kỹ thuật Hưng Long", "Công ty TNHH")],
            organizations=["Sở Công Thương Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Thương hiệu nhựa nội trước sóng thâu tóm\nNhựa Sông Lam có thể sớm về tay Tập đoàn Hoshino (Nhật Bản), theo giới phân tích; dòng vốn ngoại theo chân tăng trưởng của thị trường, và danh sách thương hiệu nhựa đổi chủ ngày càng dài.\nEnglish\n普通话",
            "2018-01-09",
            "ministry",
            [
                "listing_blurb",
                "rumour_no_deal",
                "country_bracket",
                "language_switch",
                "multiline",
                "no_event",
            ],
            firms=[f("Nhựa Sông Lam"), f("Hoshino", "Tập đoàn")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Ngành nhựa trước làn sóng mua bán - sáp nhập\n\nSau hàng loạt thương vụ mua lại của đối thủ ngoại, doanh nghiệp nhựa nội đứng trước sức ép tái cấu trúc.\n\nĐọc tiếp …\n\nHồng Nhung",
            "2018-03-22",
            "ministry",
            ["listing_blurb", "byline", "unnamed_buyers", "multiline", "no_event"],
            persons=[per("Hồng Nhung", None)],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp săm lốp nội lo bị lốp giá rẻ lấn sân\n\nĐổi mới dây chuyền là việc không thể chậm hơn với các doanh nghiệp săm lốp trong nước, khi hãng ngoại lần lượt dựng nhà máy ngay tại Việt Nam.\n\nNguồn Thời báo Kinh tế Sài Gòn: http://thesaigontimes.vn/147220/doanh-nghiep-sam-lop-noi-lo.html/",
            "2016-05-04",
            "ministry",
            ["aggregator_blurb", "source_line_nothing", "url", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Người ký: Thứ trưởng Bộ Công Thương Lê Quang Thịnh\nThông tư 27/2017/TT-BCT về định mức điện năng tiêu thụ cho mỗi tấn sản phẩm cao su kỹ thuật",
            "2018-02-05",
            "legal",
            ["legal_signer_page", "person_role_before", "circular_number", "multiline", "no_event"],
            persons=[per("Lê Quang Thịnh", "Thứ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            decisions=[d("27/2017/TT-BCT")],
            events=[],
        ),
        h(
            n(),
            "Video: Tự chủ nguyên liệu để ngành cao su kỹ thuật hiện đại hoá\n\nBớt phụ thuộc than đen, hóa chất nhập khẩu đòi hỏi doanh nghiệp cao su kỹ thuật liên kết với các nhà máy hóa dầu trong nước.\nBảo Ngọc, Quốc Đạt",
            "2022-09-14",
            "ministry",
            ["video_blurb", "old_tone", "byline_two_names", "multiline", "no_event"],
            persons=[per("Bảo Ngọc", None), per("Quốc Đạt", None)],
            events=[],
        ),
        h(
            n(),
            "Hanvit được cấp phép nhà máy tủ lạnh 420 triệu USD ở Bắc Ninh\n\nGiấy chứng nhận đầu tư cho nhà máy tủ lạnh, máy giặt 3 triệu sản phẩm/năm đã được trao cho Công ty TNHH Điện tử Gia dụng Hanvit Việt Nam hôm 14/4.",
            "2013-04-16",
            "ministry",
            [
                "headline_lead",
                "headline_amount_to_licence",
                "passive_licence_no_grantor",
                "vietnam_dropped",
                "deal_date",
                "capacity_not_count",
                "multiline",
            ],
            firms=[f("Hanvit"), f("Điện tử Gia dụng Hanvit", "Công ty TNHH")],
            provinces=[pv("Bắc Ninh")],
            money=[m(420 * M, "USD")],
            deals=[deal("investment", ["Điện tử Gia dụng Hanvit"], 420 * M, BN, "2013-04-14")],
            events=[ev("investment_licence", [F("Điện tử Gia dụng Hanvit")], 420 * M, "USD", BN, "licensed")],
        ),
    ]
    # --- English: a plastic-pipe maker opens to foreign owners after a Thai holder sells (S17 r1 r3) ---
    rows += [
        h(
            n(),
            "tk88 bet\n\nSong Lam Plastic to open its doors fully to foreign investors\n\nForeign investors could soon own all of Song Lam Plastic Joint Stock Company, which now caps them at 49 percent.",
            "2018-10-22",
            "ministry",
            [
                E,
                "spam_mirror",
                "headline_lead",
                "joint_stock_company_form",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Song Lam Plastic", "JSC")],
            percentages=[49],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) - Shareholders will vote on December 12 at an extraordinary meeting; the change passes only if 65 percent of voting shares say yes.",
            "2018-10-22",
            "ministry",
            [E, "dateline", "egm_plan", "percentage", "no_event"],
            provinces=[pv("Hà Nội")],
            percentages=[65],
            events=[],
        ),
        h(
            n(),
            "Between October 2 and October 19, Thai pipe maker Siam Polypipe Co Ltd sold its entire 20.5 percent stake – 18.4 million shares – on the Hanoi bourse, Song Lam said in a filing.",
            "2018-10-22",
            "ministry",
            [
                E,
                "stake_sale_unnamed_buyer",
                "english_adjective_no_country",
                "exchange_city_mention",
                "count",
                "percentage",
                "short_name",
                "no_event",
            ],
            firms=[f("Siam Polypipe", "Co., Ltd."), f("Song Lam")],
            provinces=[pv("Hà Nội")],
            percentages=[20.5],
            quantities=[c(18.4 * M, "shares")],
            events=[],
        ),
        h(
            n(),
            "Priced between 64,500 and 67,200 VND a share, the block fetched the seller about 1.2 trillion VND (52 million USD), close to three times its 2011 cost.",
            "2018-10-22",
            "ministry",
            [E, "price_per_share_no_money", "money_conversion", "approx", "no_event"],
            money=[m(1.2 * 1000 * B, "VND", approx=True), m(52 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Nobody has said who took the shares, though brokers point to a foreign fund; the State Capital Investment Corporation (SCIC) still owns 38.6 percent.",
            "2018-10-22",
            "ministry",
            [
                E,
                "corporation_kept",
                "acronym_bracket",
                "unknown_buyer",
                "shareholding_no_deal",
                "percentage",
                "no_event",
            ],
            firms=[f("State Capital Investment Corporation")],
            percentages=[38.6],
            events=[],
        ),
        h(
            n(),
            "Pipes stacked at Song Lam Plastic JSC's Binh Duong factory (Photo: baodautu.vn)",
            "2018-10-22",
            "ministry",
            [E, "photo_caption", "site_credit_nothing", "nfd", "no_event"],
            firms=[f("Song Lam Plastic", "JSC")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
    ]
    # --- English: a PET packaging maker leaves UPCoM after a Thai takeover (S17 r4); an RSS blurb (S10 r2, S17 r2) ---
    rows += [
        h(
            n(),
            "HÀ NỘI — From August 8, the 64.3 million shares of Long Khanh PET Packaging JSC (LPK) will no longer trade on UPCoM, the Hanoi Stock Exchange said.",
            "2023-07-21",
            "ministry",
            [E, "caps_dateline", "exchange_organization", "ticker_bracket", "count", "no_event"],
            provinces=[pv("Hà Nội")],
            firms=[f("Long Khanh PET Packaging", "JSC")],
            organizations=["Hanoi Stock Exchange"],
            quantities=[c(64.3 * M, "shares")],
            events=[],
        ),
        h(
            n(),
            "LPK ceased to be a public company once Chanthaburi Polymers, a Thai chemicals group, had bought nearly all of it.",
            "2023-07-21",
            "ministry",
            [E, "recalled_acquisition", "deal_no_event", "ticker_no_firm", "english_adjective_no_country"],
            firms=[f("Chanthaburi Polymers")],
            deals=[deal("investment", ["Chanthaburi Polymers"])],
            events=[],
        ),
        h(
            n(),
            "The buyer was the group's Singapore arm, Chanthaburi Polymers Singapore Pte Ltd, whose tender for every LPK share early last year left it with 96.4 per cent.",
            "2023-07-21",
            "ministry",
            [E, "recalled_tender_offer", "deal_no_event", "country_in_firm_name", "pte_ltd", "percentage"],
            firms=[f("Chanthaburi Polymers Singapore", "Pte. Ltd.")],
            percentages=[96.4],
            deals=[deal("investment", ["Chanthaburi Polymers Singapore"])],
            events=[],
        ),
        h(
            n(),
            "Soft-drink and dairy brands such as Suntory PepsiCo and TH True Milk fill their bottles from LPK preforms.",
            "2023-07-21",
            "ministry",
            [E, "customer_list_no_contract", "ticker_no_firm", "no_event"],
            firms=[f("Suntory PepsiCo"), f("TH True Milk")],
            events=[],
        ),
        h(
            n(),
            "Profit after tax is budgeted at VNĐ118 billion this year, on revenue of VNĐ1.92 trillion, 6 per cent more than in 2022.",
            "2023-07-21",
            "ministry",
            [E, "revenue_money_only", "percentage", "no_event"],
            money=[m(118 * B, "VND"), m(1.92 * 1000 * B, "VND")],
            percentages=[6],
            events=[],
        ),
        h(
            n(),
            "HCM CITY – Ben Nghe Rubber JSC, among the country’s largest rubber-goods makers, became 65 per cent Japanese-owned last year when Hoshino Group bought control; the group now holds stakes in 14 local firms, and Korean rivals are also circling […]\n↧",
            "2017-02-15",
            "ministry",
            [
                E,
                "rss_blurb",
                "dateline",
                "recalled_acquisition",
                "deal_no_event",
                "group_kept",
                "english_adjective_no_country",
                "count",
                "percentage",
                "multiline",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Ben Nghe Rubber", "JSC"), f("Hoshino Group")],
            percentages=[65],
            quantities=[c(14, "local firms")],
            deals=[deal("investment", ["Hoshino Group"])],
            events=[],
        ),
    ]
    # --- English: a Chinese tyre maker's Vietnam plant, a board's joint tyre company, a licence top-up, AGM papers (S18 r1-r4) ---
    rows += [
        h(
            n(),
            "Jiangnan Tyre eyes Vietnam, nowhere else\n\nNo overseas factory other than the one planned by its Vietnam unit is on the table, Jiangnan Tyre Co., Ltd. told investors on Aug. 14.",
            "2017-08-16",
            "ministry",
            [E, "headline_lead", "statement_no_deal", "multiline", "no_event"],
            firms=[f("Jiangnan Tyre", "Co., Ltd.")],
            events=[],
        ),
        h(
            n(),
            "A 1.42 billion yuan budget and a 14-month build were approved by Jiangnan's board for the Vietnam plant; ground has yet to be broken.",
            "2017-08-16",
            "ministry",
            [
                E,
                "board_approved_plant",
                "investment_announcement",
                "cny",
                "duration_no_count",
                "short_name",
                "passive",
            ],
            firms=[f("Jiangnan")],
            money=[m(1.42 * B, "CNY")],
            deals=[deal("investment", ["Jiangnan"], 1.42 * B)],
            events=[ev("investment_announcement", [F("Jiangnan")], 1.42 * B, "CNY", None, "announced")],
        ),
        h(
            n(),
            "Opposition was not trivial: roughly a quarter of outside shareholders voting at an earlier meeting rejected the project.",
            "2017-08-16",
            "ministry",
            [E, "fraction_no_percentage", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Kim Lien Rubber Joint Stock Company (KLR) discloses its Board resolution of May 12, 2021:\n- A new firm, Kim Lien - Truong Phat Tyre Joint Stock Company, will be set up with Truong Phat Group Joint Stock Company to build a radial tyre plant in Nghe An; KLR takes 51% of the VND600 billion initial charter capital, Truong Phat Group 48% and Mr. Tran Duc Long the remaining 1%.",
            "2021-05-14",
            "ministry",
            [
                E,
                "machine_english",
                "board_resolution",
                "announced_joint_venture",
                "charter_capital_money",
                "person_no_party",
                "venture_company_mention",
                "reused_short_name",
                "percentage",
                "multiline",
            ],
            firms=[
                f("Kim Lien Rubber", "JSC"),
                f("Kim Lien - Truong Phat Tyre", "JSC"),
                f("Truong Phat Group", "JSC"),
            ],
            persons=[per("Tran Duc Long", None)],
            provinces=[pv("Nghệ An")],
            money=[m(600 * B, "VND")],
            percentages=[51, 48, 1],
            deals=[deal("cooperation", ["Kim Lien Rubber", "Truong Phat Group"], None, NA)],
            events=[
                ev(
                    "joint_venture",
                    [F("Kim Lien Rubber"), F("Truong Phat Group")],
                    None,
                    None,
                    NA,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "- Mr. Ho Van Thanh, Board member and CEO of Kim Lien Rubber Joint Stock Company, will hold KLR's stake on its behalf and join the new company's board.",
            "2021-05-14",
            "ministry",
            [E, "machine_english", "person_role_after", "ticker_no_firm", "nfd", "no_event"],
            persons=[per("Ho Van Thanh", "Board member and CEO of Kim Lien Rubber Joint Stock Company")],
            firms=[f("Kim Lien Rubber", "JSC")],
            events=[],
        ),
        h(
            n(),
            "Kurogane Tyre Corp of Japan has won a licence to more than double its planned investment in Hai Phong, Vietnam, from US$480 million to US$1.05 billion, a year after breaking ground on the tyre plant there.",
            "2013-03-12",
            "ministry",
            [E, "licence_increase", "increase_from_to", "recalled_groundbreaking", "corp_kept", "country_of"],
            firms=[f("Kurogane Tyre Corp")],
            provinces=[pv("Hải Phòng")],
            money=[m(480 * M, "USD"), m(1.05 * B, "USD")],
            locations=[country("Japan")],
            deals=[
                deal("investment", ["Kurogane Tyre Corp"], 570 * M, HP),
                deal("groundbreaking", ["Kurogane Tyre Corp"], None, HP),
            ],
            events=[ev("investment_licence", [F("Kurogane Tyre Corp")], 570 * M, "USD", HP, "licensed")],
        ),
        h(
            n(),
            "Buyers in Japan, the US and Europe will take the output, which should reach 36,000 radial tyres a day two years after trial runs in late 2014.",
            "2013-03-12",
            "ministry",
            [E, "capacity_not_count", "english_countries", "no_event"],
            locations=[country("Japan"), country("US")],
            events=[],
        ),
        h(
            n(),
            "Similar documents\nMINUTES OF THE 2019 ANNUAL GENERAL MEETING OF SHAREHOLDERS\nBINH AN RUBBER JOINT STOCK COMPANY\nNo.: 02/2019/BB-ĐHĐCĐ Binh Duong, April 24th, 2019",
            "2019-05-02",
            "ministry",
            [E, "document_list", "caps_firm", "minutes_number", "place_date_line", "multiline", "no_event"],
            firms=[f("Binh An Rubber", "JSC")],
            provinces=[pv("Bình Dương")],
            decisions=[d("02/2019/BB-ĐHĐCĐ", "2019-04-24")],
            events=[],
        ),
    ]
    # --- English: a state rubber corporation's IPO and equitisation plan (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "$148m hoped for from Lang Bian Rubber IPO\n\nAbout 18 per cent of state-owned Lang Bian Rubber Corporation (LBR) – 212.6 million shares – goes under the hammer in March.",
            "2019-01-22",
            "ministry",
            [
                E,
                "ipo_no_counterparty",
                "headline_lead",
                "headline_short_name",
                "corporation_kept",
                "acronym_bracket",
                "count",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Lang Bian Rubber"), f("Lang Bian Rubber Corporation")],
            money=[m(148 * M, "USD")],
            percentages=[18],
            quantities=[c(212.6 * M, "shares")],
            events=[],
        ),
        h(
            n(),
            "Close to VND3.44 trillion ($148 million) would come in if every share sold at the VND16,200 floor.",
            "2019-01-22",
            "ministry",
            [E, "price_per_share_no_money", "money_conversion", "approx", "conditional", "no_event"],
            money=[m(3.44 * 1000 * B, "VND", approx=True), m(148 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Strategic investors, all domestic, get 15 per cent and a five-year lock-up; the State holds on to 65 per cent, and staff and the union share what is left.",
            "2019-01-22",
            "ministry",
            [E, "ownership_plan", "duration_no_count", "percentage", "no_event"],
            percentages=[15, 65],
            events=[],
        ),
        h(
            n(),
            "Deputy Minister of Agriculture and Rural Development Dinh Van Hoa has said the land the corporation controls is why foreigners are kept out of the sale.",
            "2019-01-22",
            "ministry",
            [E, "person_role_before", "no_event"],
            persons=[per("Dinh Van Hoa", "Deputy Minister of Agriculture and Rural Development")],
            events=[],
        ),
        h(
            n(),
            "LBR to revise equitisation plan\nA revised plan signed off by Deputy Prime Minister Pham Quoc Thai leaves 92.4% of Lang Bian Rubber Corporation in State hands, shutting out any outside major shareholder.",
            "2019-05-16",
            "ministry",
            [
                E,
                "headline_lead",
                "equitisation_plan_no_deal",
                "person_role_before",
                "acronym_no_firm",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Lang Bian Rubber Corporation")],
            persons=[per("Pham Quoc Thai", "Deputy Prime Minister")],
            percentages=[92.4],
            events=[],
        ),
        h(
            n(),
            "Once equitised, the corporation will have 1.45 billion shares and VND14.5 trillion (US$638 million) of charter capital; choosing its strategic investors after the auction falls to the agriculture minister, on the Prime Minister's instruction.-VNA",
            "2019-05-16",
            "ministry",
            [
                E,
                "charter_capital_money",
                "money_conversion",
                "roles_without_names",
                "agency_credit_nothing",
                "count",
                "no_event",
            ],
            money=[m(14.5 * 1000 * B, "VND"), m(638 * M, "USD")],
            quantities=[c(1.45 * B, "shares")],
            events=[],
        ),
        h(
            n(),
            "Home / Investment / News\nLBR IPO brings in just US$41.3 million\nTran Hoai 20:26, 2019/03/08\n381 investors took part in the March 8 auction of Lang Bian Rubber Corporation shares on the Ho Chi Minh Stock Exchange, which raised VND960 billion ($41.3 million) for the State.",
            "2019-03-08",
            "ministry",
            [
                E,
                "breadcrumb",
                "byline_timestamp",
                "ipo_no_counterparty",
                "exchange_organization",
                "money_conversion",
                "count",
                "multiline",
                "no_event",
            ],
            persons=[per("Tran Hoai", None)],
            firms=[f("Lang Bian Rubber Corporation")],
            organizations=["Ho Chi Minh Stock Exchange"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(41.3 * M, "USD"), m(960 * B, "VND")],
            quantities=[c(381, "investors")],
            events=[],
        ),
        h(
            n(),
            "Buyers were found for 58.9 million shares, barely a quarter of those on offer, at an average VND16,300.",
            "2019-03-08",
            "ministry",
            [E, "count", "fraction_no_percentage", "price_per_share_no_money", "no_event"],
            quantities=[c(58.9 * M, "shares")],
            events=[],
        ),
    ]
    # --- English: a carmaker's plastic-parts subsidiary (S20 r1, S20 r3) ---
    rows += [
        h(
            n(),
            "Making its own parts at subsidiary Hoang Long Plastic Components Co., Ltd. kept Hoang Long Auto Corporation's lines running while rivals waited for imports.",
            "2021-08-30",
            "ministry",
            [E, "corporation_kept", "subsidiary_no_contract", "no_event"],
            firms=[f("Hoang Long Plastic Components", "Co., Ltd."), f("Hoang Long Auto Corporation")],
            events=[],
        ),
        h(
            n(),
            "Between 30 and 45 per cent of a car's parts are plastic, which is why localisation drives start there.",
            "2021-08-30",
            "ministry",
            [E, "percentage_range", "no_entity", "no_event"],
            percentages=[30, 45],
            events=[],
        ),
        h(
            n(),
            "Besides car parts, the components company – founded in 2019, with its own mould shop and presses of up to 3,500 tonnes – now makes housings for fans, rice cookers and switchgear.",
            "2021-08-30",
            "ministry",
            [E, "tonnage_not_count", "no_firm_named", "no_event"],
            events=[],
        ),
        h(
            n(),
            "A moulding line at Hoang Long's plastics plant in Chu Lai (Photo: baoquangnam.vn)",
            "2021-08-30",
            "ministry",
            [E, "photo_caption", "bare_place_no_location", "site_credit_nothing", "short_name", "no_event"],
            firms=[f("Hoang Long")],
            events=[],
        ),
    ]
    # --- English: foreign makers hunt for local parts suppliers (S20 r2 spam mirror, S20 r4) ---
    rows += [
        h(
            n(),
            "ufabet88\nHCM City (VNS/VNA) - Cost pressure is pushing foreign-invested factories to buy more parts from local makers, according to the city's Centre for Supporting Industry Development.",
            "2020-09-18",
            "ministry",
            [E, "spam_mirror", "dateline", "agency_credit_nothing", "organization", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            organizations=["Centre for Supporting Industry Development"],
            events=[],
        ),
        h(
            n(),
            "Vo Thi Lan, deputy director of the centre, said Kaito Home Appliances alone is looking for 150 local suppliers over the next 12 months, after putting 480 million USD into a plant at the Saigon Hi-Tech Park last year; about 40 have been lined up.",
            "2020-09-18",
            "ministry",
            [
                E,
                "recalled_investment",
                "deal_no_event",
                "english_park_no_location",
                "count",
                "count_no_noun",
                "duration_no_count",
                "person_role_after",
            ],
            persons=[per("Vo Thi Lan", "deputy director of the centre")],
            firms=[f("Kaito Home Appliances")],
            money=[m(480 * M, "USD")],
            quantities=[c(150, "local suppliers")],
            deals=[deal("investment", ["Kaito Home Appliances"], 480 * M)],
            events=[],
        ),
        h(
            n(),
            "Some 380 parts were on the wish lists that a dozen foreign producers – Samsung Electronics, Bosch and Panasonic among them – brought to last week's sourcing fair.",
            "2020-09-18",
            "ministry",
            [E, "sourcing_fair_no_deal", "count", "approx", "dozen_no_count", "no_event"],
            firms=[f("Samsung Electronics"), f("Bosch"), f("Panasonic")],
            quantities=[c(380, "parts", True)],
            events=[],
        ),
        h(
            n(),
            "A new Panasonic factory for fans and water heaters, its eighth in Vietnam, is due to open next month.",
            "2020-09-18",
            "ministry",
            [E, "planned_inauguration", "investment_announcement", "ordinal_not_count"],
            firms=[f("Panasonic")],
            deals=[deal("investment", ["Panasonic"])],
            events=[ev("investment_announcement", [F("Panasonic")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Local content at Panasonic is about 30 per cent by value, but firms owned by Vietnamese make up only a small slice of it, said Dang Thu Ha, head of global procurement at Panasonic.",
            "2020-09-18",
            "ministry",
            [E, "person_role_after", "percentage", "no_event"],
            firms=[f("Panasonic")],
            persons=[per("Dang Thu Ha", "head of global procurement at Panasonic")],
            percentages=[30],
            events=[],
        ),
        h(
            n(),
            "Not one domestic firm has yet qualified to supply any of the 210 parts Samsung’s Vietnamese arm has offered to buy locally, an industry ministry official said.",
            "2014-08-27",
            "ministry",
            [E, "sourcing_list_no_contract", "count", "no_event"],
            firms=[f("Samsung")],
            quantities=[c(210, "parts")],
            events=[],
        ),
        h(
            n(),
            "Korean buyers in Vietnam go first to Korean suppliers already here, said general director Ngo Minh Tri of Phu Tho Rubber Parts, a seal and gasket maker in Ho Chi Minh City.",
            "2014-08-27",
            "ministry",
            [
                E,
                "person_role_before",
                "province_in_firm_name_no_mention",
                "english_adjective_no_country",
                "no_event",
            ],
            persons=[per("Ngo Minh Tri", "general director")],
            firms=[f("Phu Tho Rubber Parts")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    return rows
