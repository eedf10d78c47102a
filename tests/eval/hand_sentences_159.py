# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 159 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: sensors, optical parts, camera modules and electronic ceramics (camera-
module and lens plants, optical-sensor and optical-fibre plants, capacitor and coil makers, automotive and industrial
sensors). Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code,
data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy sản xuất cảm biến khu công nghiệp
vốn đầu tư", S2 "module camera điện thoại nhà máy Việt Nam đầu tư", S3 "linh kiện quang học thấu kính nhà máy Việt
Nam", S4 "tụ điện gốm nhiều lớp MLCC nhà máy Việt Nam", S5 "gốm kỹ thuật linh kiện điện tử nhà máy khu công nghiệp cấp
phép", S6 "cảm biến ô tô nhà máy Việt Nam khánh thành", S7 "ống kính máy ảnh nhà máy Việt Nam mở rộng sản xuất", S8
"Samsung Electro-Mechanics Thái Nguyên mô-đun camera tụ gốm", S9 "LG Innotek Hải Phòng mô-đun camera tăng vốn đầu tư",
S10 "Murata Việt Nam nhà máy linh kiện điện tử", S11 "linh kiện cáp quang nhà máy khởi công khu công nghiệp", S12
"doanh nghiệp sản xuất kính quang học lăng kính xuất khẩu Việt Nam", S13 "cảm biến hình ảnh nhà máy vốn đầu tư triệu
USD Việt Nam", S14 "điện trở nhiệt varistor linh kiện gốm sản xuất tại Việt Nam", S15 "doanh nghiệp cung ứng linh kiện
camera Hàn Quốc ký kết hợp tác Việt Nam", S16 "cảm biến công nghiệp IoT doanh nghiệp Việt Nam tự sản xuất", and in
English S17 "camera module factory Vietnam investment", S18 "optical components plant Vietnam industrial park", S19
"multilayer ceramic capacitor plant Vietnam", S20 "sensor manufacturer opens factory in Vietnam". (Batch 122 had
ceramics and sanitary ware, batches 78 and 94/113/145 electronics and chips; none had camera modules, lenses, optical
sensors or capacitor plants as its theme, and no row of theirs was reused.) No sentence is taken or paraphrased from a
page; the shapes are. Firm, plant, park-building, person and byline names are invented (Haneul Photonics / Haneul /
Haneul Group / Haneul Photonics Việt Nam Hải Phòng and its plant P4, Tamaki Electronics / Tamaki, Delta Lens, Kisaragi
Optical / Kisaragi, Tập đoàn Hanseong / Hanseong / Hanseong Electronics / Điện cơ Hanseong / Điện tử Hanseong,
Kumsan / Điện tử Kumsan, Linh kiện điện tử Hokuto / Hokuto, Tổng công ty Viễn thông Đông Đô (DDT) and Thiết bị Bưu điện
Đông Đô (DDE), Nordvik, Thương mại Thành Vinh, Ibuki Manufacturing / Ibuki, Kameoka Electronics / Kameoka / Kameoka
Electronics Thailand, Enshu Denso, Lingxi Optical / Lingxi Optical Technology (Group) / Lingxi, Sakaki Lens, Indochina
Fibre Optic (IFO), Galil Pure Glass, Jadeite Microsystems / Jadeite, Qianli Sensing, Trường Phát, and every person,
speaker, photographer and byline); well-known names (Sony, Samsung Electronics, Carl Zeiss, Denso, VCCI, the ministries
and statistics office, Trường Đại học Sao Đỏ, the Hai Phong Economic Zone Authority, the real parks An Dương, Đình Trám,
Sóng Thần 2, Tân Trường, Diem Thuy, Nam Cau Kien and VSIP Nghe An, the real decree 182/2024/NĐ-CP) appear only in
sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 62 distinct pages; the Korean camera-module maker's Hải Phòng plant
filled seven slots, the Chinese optics group's Thái Nguyên complex four, the Japanese capacitor maker's Thai plant five,
an FDI feature and a supporting-industry feature three each): 15 were keyword spam (Polish and Italian domains with
machine-made titles on ferro-silicon, silica sand and "ce" crushers, S1 r3, S3 r2, S4 r2-r4, S5 r1-r4, S7 r4, S11 r4, S12
r2, S14 r1, r2, r4, about nine distinct pages); 13 were tag, title and snippet pages (a tag title twice, a PVD-coating
explainer's embed title twice, a car site's image page titled with a carmaker's groundbreaking date abroad twice, a
tag snippet on image-sensor shares, a place tag with a housing project and an unnamed Japanese bearing plant, an
unaccented ranking tag, an image-sensor explainer title, a personal site's NTC/PTC title, an IoT explainer title, a
parts-data blog's MLCC tag); 11 were explainers, features and document-store pages (an FDI feature with related links
twice, a supporting-industry feature twice, two car-sensor explainers, a student discussion paper with its cover and
table of contents, three IoT explainers, an optics maker's English overview); 17 were Vietnamese news and portal pages (a
contractor's project page on a Japanese optical-sensor plant and a provincial paper on its groundbreaking; a news site
on the Korean maker's main plant opened, with its plan in won, share targets and a caption; an overseas Vietnamese site
twice on camera modules made in a Bình Dương park; a national daily on orders moving between camera-module suppliers; a
business site on a Japanese lens maker's second plant; a Korean broadcaster's Vietnamese service on a chairman's visit to
a capacitor plant in China; a portal's licence snippet twice; a bulletin blog on a denied relocation; an economic daily
on the Korean maker's plant finished and on its capital increase licensed; a trade magazine's video page, a finance
portal and a provincial paper on optical-fibre and cable plants; a police daily on a chamber's agreements with a Korean
group); 9 were in other languages (Japanese trade dailies on the lens plant's start and a coil building opened in Đà
Nẵng, a French news-agency copy of the capital increase, a Portuguese and a Polish page on the Thai capacitor plant, a
French daily on a supplier seminar, a Japanese machine translation of an English licence story, a Korean forum repost on
a capacitor expansion in the Philippines, a Japanese tech daily on a sensor unit set up in Hưng Yên), rendered here in
Vietnamese except the machine translation (no row of its own); 15 were English (a spam-injected copy of the Korean
maker's expansion, a chip trade site on a coil building, a park developer's page on a lens plant's groundbreaking twice,
an information portal's and an international news site's copies of the 2016 camera-module licence, a defence forum
thread, an Indian trade portal's and a regional broadcaster's copies of a wire story on the Chinese optics complex, a
chamber's wire item on an optical-fibre groundbreaking, a Thai daily and a Japanese news service on the Thai capacitor
plant, a Chinese business site on a sensor plant in Malaysia, an electronics site and a print page on an EMS maker's
groundbreaking in Hải Phòng). About 30 of the 80 slots told a deal or an event with a named party in Vietnam (licences and
capital increases 8, openings and starts of operation 7, announced plants and spends 7, groundbreakings 6, agreements and
memoranda 4); eight more told plants, groundbreakings or top-ups abroad (Thailand, China, the Philippines, Malaysia, the
United States), which give none here. No supply contract between a local supplier and a camera, lens or capacitor plant
came up in any first four, so the batch has none.

Rows: 160 (hand-51601 to hand-51760); 29 carry a deal or an event (18.1%): 26 events (8 investment announcements, 6
inaugurations, 6 investment licences, 5 groundbreakings, 1 memorandum) and 23 `deals` entries (18 investment, 5
groundbreaking); 3 rows hold only deals (51675 a recalled spend, 51704 a recalled programme, 51716 a recalled plant), 6
an event without a deal (51648, 51674, 51684, 51692 and 51744 openings without capital, 51690 a chamber's agreement) and
20 both. 131 rows are negatives and other fields. By page kind: 11 rows of keyword spam (51601-51611, 0 with a deal or
event), 12 of tag, title and snippet pages (51612-51622 and 51748; 0), 26 of explainers, features and document stores
(51623-51643, 51736, 51755-51757, 51760; 0), 56 of Vietnamese news and portal pages (51644-51666, 51669-51691,
51737-51745, 51758; 12), 19 of foreign-language pages rendered in Vietnamese (51667-51668, 51692-51701, 51705-51706,
51734-51735, 51746-51747, 51759; 4) and 36 of English copy (51702-51704, 51707-51733, 51749-51754; 13); 39 rows are
English (`english_copy`, 24.4%, with the MLCC tag 51621 and the optics overview 51642-51643). 11 rows are stored in NFD
(hand-51626, 51647, 51660, 51677, 51686, 51694, 51736, 51737, 51738, 51741, 51755); 9 use old tone placement (51632
"hoà trộn", 51635 "tiêu chuẩn hoá", 51677, 51686 and 51760 "tự động hoá", 51690 and 51691 "thoả thuận", 51738 "đa dạng
hoá", 51739 "hiện đại hoá"); 44 hold several lines (headlines and leads, tag lines, timestamps, page and portal chrome,
bylines, captions, a course-paper cover, tables of contents, bullets, related links, share buttons, comment forms).

Own wording: every row was drafted in its own order (amount-first, count-first, object-first, place-first, passive,
quote-first with the speaker last, label lines), with changed figures, names, dates and places; on review against the
notes taken from the sampled pages, about 100 drafts that still kept a page's run of facts, its order, a quote's wording
or its opening words were rewritten from scratch (nearly every row of the Korean maker's opening, plant P4, capital
increase and 2016 licence, the orders story, the overseas site's source, the lens maker's plans and shares, the
broadcaster's visit, the denial, the optical-fibre plant and its video page, the cable-plant approval, the chamber's
agreements, every rendered foreign page, every car-sensor and IoT explainer line, and every English row but the chrome
lines). Six rows were dropped or replaced: four drafts too close to a sampled sentence (the list of the group's other
plants in Tianjin, the experts' forecast of FDI, the lens plant's full-capacity year and the coil building's build
start), one English line whose related link no sampled page had, and a contractor page's list of other projects that no
sampled page showed. Nothing was used from ranks 5-8, among them: the Chinese optics group's Vietnamese proposal with the
Deputy Prime Minister, its unit's camera-module plant in Thái Nguyên and its founding year (S1 r6, r8, S13 r5, S18 r8), a
Nghệ An licence and a chip-parts maker in Quảng Ninh (S17 r5-r8), the lens maker's Vĩnh Phúc opening and a Korean
optics maker's top-up (S7 r5-r7, S18 r6), the Korean maker's memorandum signed in Korea and its periscope plans (S9 r5-r8),
a sale of a circuit-board plant in Thái Nguyên (S8 r5, r6), a sensor-market press conference in HCM City (S13 r8), the
Vietnamese telling of the optical-fibre groundbreaking (S11 r7), an environmental report on a Quế Võ plant (S5 r5), and
the plants in Bulgaria, Hungary and Bình Dương of S20 r5-r8.

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or policy approval naming its investor is an investment deal and an `investment_licence`
event "licensed", the grantor typed government as written, a capital increase carrying the increase and the new total
money only; an opening with its capital is an investment deal and an inauguration "completed", without capital the
event only, a start of operation the same; a held groundbreaking is a groundbreaking deal and event "started", dated
only with a day; a named firm's plan, pledge, top-up or planned plant is an announced investment; a memorandum of a
chamber, an agency or a board with a firm is an mou event without deal; recalled plants, spends and programmes are
deals without events; proposals, visits, seminars, training schemes, denials, orders and supply shares without a
contract word, technology and equipment suppliers, forecasts, running totals, product launches and plants told with
"công ty", "the plant" or "the project" and no firm give no deal; attendees are no parties; vague amounts ("hàng chục tỉ
USD", "exceeded billion") are none; "khoảng", "chừng", "gần", "hơn", "trên", "about", "some", "more than" are
approximate, "up to", "as much as" and "tới" are not; bracketed conversions are both money, the deal taking the one
written first; money per year keeps its unit; capacities, resolutions, ranks, group numbers, page numbers, ordinals,
fractions, multipliers, durations, counts in words and counts without a noun are no counts, English counts keep their
English noun with its adjective; m2, sq m and square metres are areas in ha, area ranges give both ends; percentage
ranges give both ends; Vietnamese legal forms are normalised, foreign ones kept ("Co., Ltd.", "Co Ltd", "Co.", "Ltd",
"Ltd.", "JSC"), "Group" stays in an English name, "Việt Nam"/"Vietnam" is dropped from a foreign subsidiary's name but a
group's unit of one province keeps "Việt Nam Hải Phòng"; a bracketed acronym after a name is no second entry, alone it is
a firm or an organisation; a bare headline name and the lead's full name with different canonical names are two entries;
Vietnamese country words ("hãng Hàn Quốc", "Nhật") and English country nouns and possessives are countries, English
adjectives ("Taiwanese", "Japanese", "Chinese") and regions nothing, a country inside a firm's name none; a province
inside an organisation's or park's name is a mention; parks written in Vietnamese are locations, English parks and
districts none; districts need "huyện" before July 2025; datelines are mentions; bylines and photo credits naming a
person are persons without role, outlet, agency, site, firm and initials credits nothing; caps organisation names are
title-cased, faculties none; plants, groundbreakings, openings and top-ups abroad give no deal (batches 130-142); old tone
placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Plants abroad: the image-page title "Hãng xe Trường Phát chốt lịch khởi công xưởng xe điện 3,8 tỷ USD tại Mỹ" (51614),
  the Thai capacitor plant told in Vietnamese and English with its cost and budget (51694-51696, 51724-51726, 51752), the
  Philippine top-up "1.100 tỷ won nữa cho nhà máy MLCC ô tô của Điện cơ Hanseong ở Philippines" (51697), the Malaysian
  sensor plant (51727-51728) and the recalled Tianjin lines (51669-51670) give money, firms and countries and no deal,
  following the larger number of batches (130-142) rather than batch 107's two amount-bearing plans abroad.
- Licences: "A $480-million licence for a camera-module plant in northern Vietnam has gone to Haneul Photonics" with the
  caption "The Haneul Photonics site in Hai Phong city" (51714) is a licence without grantor sited by the caption;
  "A $480-million factory for Haneul Photonics Co Ltd ... is Haneul Group's third approved project" (51717) is the
  unit's licence, the group a mention; the amount-first capital increase "Thêm 900 triệu USD ... mà UBND thành phố Hải
  Phòng trao cho Công ty TNHH Haneul Photonics Việt Nam Hải Phòng sáng 27/6" (51678) and its agency telling "sau khi UBND
  thành phố trao giấy chứng nhận ... với phần tăng thêm 900 triệu USD" (51705) carry the increase, dated, the bare "UBND
  thành phố" a government party and no organisation; the policy approval "vừa được UBND tỉnh chấp thuận đầu tư vào cụm
  công nghiệp" (51687) names no province: licence unsited, "huyện Cẩm Giàng" a district (2017), the commune nothing;
  the snippet "650 triệu USD xây nhà máy của Kumsan ở Bắc Ninh / Ngày 25/3, Công ty TNHH Điện tử Kumsan Việt Nam đã nhận
  giấy phép" (51671) a licence with the headline's amount and province.
- Openings: "Haneul Photonics, hãng Hàn Quốc ..., đã cắt băng xưởng chính của mình tại Hải Phòng" (51648), "P4 – xưởng
  mô-đun camera lớn nhất của Haneul Photonics ở Hải Phòng – đã chạy toàn bộ dây chuyền" (51674), the place-first "Bắc
  Ninh có thêm nhà máy kéo sợi thủy tinh ... sau lễ khánh thành sáng 14/8 của Tổng công ty Viễn thông Đông Đô (DDT)"
  (51684), its caption "Lễ khánh thành nhà máy sợi quang của DDT ở Bắc Ninh. Ảnh: Đông Đô" (51744) and the object-first
  "tòa sản xuất cuộn cảm mới của Ibuki Manufacturing Vietnam (TP. Đà Nẵng) đã được khánh thành" (51692, sited by the
  bracket) are inaugurations without capital; "Khoảng 3,9 tỉ yen đã được Kisaragi Optical bỏ vào nhà máy thứ hai ở Việt
  Nam, nay bắt đầu chạy" (51667) one with capital, unsited; the plant's figures told without the firm (51685) money,
  area and the equipment supplier only.
- Announced plants: "Tháng 2/2025 là lúc Kisaragi Optical định cắt băng nhà máy ...: công trình 3,8 tỉ yen" under a
  headline naming Hà Nội (51662) is an announced investment sited by the headline; the contractor page "Chủ đầu tư –
  Công ty TNHH Linh kiện điện tử Hokuto Việt Nam – dự kiến bỏ 88 triệu USD" (51644) one sited by its park's province,
  the bracketed "(Việt Yên - Bắc Giang)" no district; the company "vừa lập ở tỉnh Hưng Yên (ngày 20/10/2008)" with
  "khoảng 2,1 tỷ yen ... cho nhà xưởng và thiết bị" (51699) an announced investment dated with its founding day, its
  group "Denso" a firm mention; "Construction of a new production block at Ibuki Manufacturing Vietnam Co., Ltd. is to
  begin in June 2022, parent Ibuki Manufacturing Co., Ltd. said, putting the cost at 4.1 billion yen" (51707) one
  announced investment of the one canonical name, unsited.
- The spam-injected copy: "Haneul Photonics sets out 4 mln Hai Phong expansion 1xbet telegram camera-module push"
  (51702) is an announced investment without amount sited in Hải Phòng ("4 mln", "(4 million)" and "tops billion" have
  lost their figures or currency and give no money); "Spending of 402.6 billion Korean Won ... will go into a bigger ...
  plant 1xbet telegram northern Hai Phong city, ... Haneul Photonics said" (51703) one in KRW; "Last year Haneul had
  already committed 1.15 trillion Korean Won" (51704) a recalled programme without event.
- The Chinese optics complex: "An optical manufacturing complex worth as much as $2.2 billion is planned in northern
  Vietnam by Lingxi Optical Technology Group of China" (51719) and the forum headline with "Up to US$2.2 billion could
  flow from Lingxi Optical Technology Group" (51722) are announced investments, unsited, the headline's "Lingxi Optical"
  a second entry; "A memorandum signed by the lens maker and Thai Nguyen province" (51720) names no firm and gives no
  event; "the same province, about 50 km from Hanoi" (51751) names no province but Hà Nội.
- Groundbreakings: the object-first passive "Khu nhà xưởng làm cảm biến quang ... đã được khởi công sáng 6/9 ... chủ
  đầu tư là Công ty TNHH Linh kiện điện tử Hokuto Việt Nam" (51646), "Sakaki Lens broke ground for its lens factory on
  Thursday, 7 March 2019" under a "VSIP Nghe An" headline (51709) and the amount-first "A US$168 million optical-fibre
  plant ... gets its groundbreaking today in southern Binh Duong province, with Indochina Fibre Optic JSC (IFO) as
  investor" (51712, dated with the page's day) are dated; "Ground has been broken at Nam Cau Kien Industrial Park,
  Thuy Nguyen District, Haiphong City, for a new facility of the Taiwanese electronics maker" under "Jadeite
  Microsystems starts work" (51729) undated, sited in Hải Phòng; "HAIPHONG CITY, VIETNAM – $180 million is planned for
  phase one of a 58,000 sq. m. factory on which EMS firm Jadeite broke ground here" (51732) is sited by the dateline
  because "here" points to it (a dateline alone stays a mention); the project's figures without the firm (51710, 51730)
  money, area and counts only.
- Agreements: "Chọn doanh nghiệp Việt làm linh kiện cấp 2, cấp 3 cho Hanseong là việc Tập đoàn Hanseong và Phòng
  Thương mại và Công nghiệp Việt Nam (VCCI) sẽ cùng làm, theo một số thoả thuận chung hai bên vừa đạt" (51690) is a
  signed mou event of the group and the chamber (organisation), no deal; the training part told without the group
  (51691) VCCI only.
- No deal: orders moving between suppliers and supply shares ("phần lớn đơn mô-đun camera ... được cho là sẽ chuyển
  sang Haneul Photonics", "68% số mô-đun ... có thể do Haneul làm", 51658-51661), a supplier making modules "cho hãng"
  (51655), a support request under a decree (51677, the decree a decision without date), a denial (51672), a customer's
  request (51749), a seminar (51734), a product launch (51748), the equipment and process suppliers (51685, 51713).
- Persons and credits: "Kameoka Electronics Thailand managing director Takuya Hirose" keeps the firm in the role;
  "Hirose added" (51752) is no person; "state executive councillor Lim Chee Wah", "Chủ tịch Kameoka Kenji Morioka",
  "Choi Jae-hoon, Chủ tịch Hanseong" as written; "Quoc Hung / BizLIVE", "Phạm Quỳnh Anh" (portal byline) and "Ảnh: Minh
  Khoa" are persons without role; "Bởi kythuatvien", "Nhóm PV", "PV", "H.T.", "Ảnh: NV.", "Ảnh: TTXVN", "Photo: VNA",
  "Photo : YONHAP News", "© Jadeite Microsystems", "© Kameoka Electronics", "Ảnh: Hanseong", "Photo: hn-photo.co.kr",
  "(Investment, Vietnam Economic Times)", "– TTXVN/CVN" and "Nguồn: Asia Nikkei" nothing.
- Places: "Mỹ – Trung" gives Mỹ only (the clipped "Trung" nothing, as batch notes have it); "Nhật" alone a country;
  "Gumi", "Cheongju", "Nagano", "Đông Quan", "Quảng Đông", "Thiên Tân", "Laguna", "Lamphun", "Kulim", "Zhejiang",
  "Suzhou", "Seoul", "Đông Nam bộ", "miền Nam", "ASEAN" and "Southeast Asia" nothing; "hà nội" and "quảng đông" in spam
  nothing; "tiền phong" as a lower-case tag nothing.
- Numbers: "top 100", "nhóm 7", "Trang 1", "200 megapixel", "0402", "Pt100", "55 triệu sản phẩm/năm", "28 million
  modules a month", "110 million lenses a year", "3,5 triệu km sợi mỗi năm" and "11.500 km dây cáp điện" no counts;
  "214 căn nhà", "40 tỷ thiết bị", "4 thành phần", "12 ứng dụng", "205 doanh nghiệp", "11 manufacturing sites", "1,500
  jobs", "2,300 staff" and "180 local people" counts; "1,2 lần", "sàn gấp đôi" nothing; "một nửa", "ngót một nửa" no
  percentage; "96%" and "99,9%" in spam titles percentages; "80.100 m2 sàn", "21.900 m2" and "16.800 m2" floor areas are
  areas."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_159(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HP = cur("Hải Phòng")
    BG = cur("Bắc Giang")
    BN = cur("Bắc Ninh")
    HN = cur("Hà Nội")
    NA = cur("Nghệ An")
    BD = cur("Bình Dương")
    HY = cur("Hưng Yên")
    DNg = cur("Đà Nẵng")

    ids = iter(range(51601, 51601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam on Polish and Italian domains (S1 r3, S3 r2, S4 r2-r4, S5 r1-r4, S7 r4, S11 r4, S12 r2, S14 r1,
    # S14 r2, S14 r4; about nine distinct pages) ---
    spam = [
        (
            "hệ số giãn nở nhiệt thấp gốm alumina 96% bảng giá mỗi kg nhà máy",
            "2021-12-20",
            ["percentage"],
            [96],
        ),
        (
            "quy trình sản xuất bột zirconia được chứng nhận công suất lớn phổ biến nhất zr7x series",
            "2023-04-02",
            ["model_code_nothing"],
            [],
        ),
        (
            "nhà máy kỹ thuật gốm áp điện quy trình chi phí chỉ số trung quốc",
            "2023-04-02",
            ["lowercase_country_nothing"],
            [],
        ),
        (
            "malwa nghiền nhà máy indore chứng chỉ tiêu thụ đặc biệt trung tâm",
            "2022-08-15",
            ["foreign_city_nothing"],
            [],
        ),
        ("Hệ số giãn nở nhiệt thấp thủy tinh quang học máy 2020", "2019-05-22", ["year_no_count"], []),
        ("Quy trình sản xuất ferit mềm dẫn từ pdf Mẫu miễn phí", "2021-03-06", [], []),
        ("bari titanat co ngót tối thiểu cung cấp vật liệu điện môi", "2023-10-14", [], []),
        ("Hệ số giãn nở nhiệt thấp nhà cung cấp công thức hóa học thạch anh nung chảy", "2018-04-11", [], []),
        (
            "tinh thể thạch anh áp điện giá rẻ hà nội nhà máy trực tiếp",
            "2020-12-20",
            ["lowercase_province_nothing"],
            [],
        ),
        (
            "cát thạch anh độ tinh khiết 99,9% cho phôi sợi quang báo giá",
            "2022-07-17",
            ["percentage"],
            [99.9],
        ),
        (
            "tụ gốm chip 0402 x7r 10uf giá sỉ nhà máy quảng đông giao nhanh",
            "2022-01-09",
            ["model_code_nothing", "lowercase_foreign_province_nothing"],
            [],
        ),
    ]
    for text, date, extra, pcts in spam:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_title", "foreign_domain", *extra, *([] if pcts else ["no_fields"]), "no_event"],
                percentages=pcts,
                events=[],
            )
        )
    # --- Tag, title and snippet pages (S3 r1 = S7 r3; S3 r3 = S4 r1; S6 r1 = S13 r3; S8 r2; S1 r4; S12 r1; S13 r1;
    # S14 r3; S16 r1; S19 r1) ---
    rows += [
        h(
            n(),
            "linh kiện đầu vào cho nhà máy",
            "2023-02-11",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phủ PVD cho khung camera điện thoại: nguyên lý, vật liệu và lưu ý khi chọn xưởng",
            "2022-05-09",
            "ministry",
            ["embed_title", "acronym_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hãng xe Trường Phát chốt lịch khởi công xưởng xe điện 3,8 tỷ USD tại Mỹ, 160.000 xe/năm",
            "2023-07-06",
            "ministry",
            [
                "image_attachment_title",
                "groundbreaking_date_set_abroad",
                "plant_abroad_no_deal",
                "capacity_no_count",
                "country",
                "no_event",
            ],
            firms=[f("Trường Phát")],
            money=[m(3.8 * B, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "cảm biến ảnh\nĐiện tử Hanseong muốn giành thêm khách ở mảng cảm biến camera: thị phần của hãng mới quanh 18%, còn Sony vẫn giữ ngót một nửa … Công nghệ · 3 năm trước",
            "2021-06-14",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "bare_trade_word_name",
                "fraction_words_no_percentage",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Điện tử Hanseong"), f("Sony")],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "tiền phong\n\nTheo phương án trình tỉnh, chủ đầu tư sẽ xây 214 căn nhà liền kề dọc trục chính và một sân chơi thiếu nhi rộng 1.050 m2…\nMột nhà sản xuất cảm biến lâu năm của Nhật Bản vừa chọn khu công nghiệp này để đặt xưởng 63 triệu USD.",
            "2024-05-30",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_nothing",
                "firm_unnamed_no_deal",
                "count",
                "m2_to_ha",
                "country",
                "multiline",
                "no_event",
            ],
            quantities=[c(214, "căn nhà")],
            areas=[ha(0.105)],
            money=[m(63 * M, "USD")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "bang xep hang top 100 doanh nghiep cong nghe dong gop nhieu nhat",
            "2024-01-18",
            "ministry",
            ["tag_page", "unaccented", "rank_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cảm biến ảnh CMOS là gì? Cấu tạo, phân loại và ứng dụng",
            "2022-10-03",
            "ministry",
            ["title_only", "acronym_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhiệt điện trở NTC, PTC và Pt100 khác nhau thế nào",
            "2017-03-09",
            "ministry",
            ["personal_site_title", "model_code_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Internet vạn vật (IoT): khái niệm, ứng dụng và hướng đi cho nhà máy",
            "2024-09-12",
            "ministry",
            ["title_only", "acronym_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ceramic\nCOVID-19 Impact Updates | Industry News\nBuyers of ceramic capacitors face longer lead times: virus cases have halted output at two big producers' sites in Malaysia and Japan…",
            "2021-08-27",
            "ministry",
            [
                E,
                "tag_page",
                "section_labels",
                "country_noun",
                "counts_in_words",
                "truncated_lead",
                "multiline",
                "no_event",
            ],
            locations=[country("Malaysia"), country("Japan")],
            events=[],
        ),
        h(
            n(),
            "cảm biến quang\nTin mới: xưởng linh kiện quang ở Bắc Giang tuyển 900 công nhân cho ca đêm · Giá ống kính điện thoại giảm quý thứ hai liên tiếp",
            "2023-05-17",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "plant_without_firm",
                "count",
                "ordinal_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Giang")],
            quantities=[c(900, "công nhân")],
            events=[],
        ),
    ]
    # --- A business weekly's FDI feature with related links (S1 r1 = S13 r2), a supporting-industry feature (S12 r3 =
    # S15 r3), two car-sensor explainers (S6 r2, S6 r3), a student paper on a document store (S6 r4), three IoT
    # explainers (S16 r2-r4) and an optics maker's English overview (S3 r4) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Năm 2023 có thể là năm của chip, điện tử và linh kiện giá trị cao trong bức tranh vốn ngoại vốn đang xám màu.\n- Đông Nam bộ giữ gần một nửa vốn FDI của cả nước\n- Hàn Quốc chi hàng chục tỉ USD cho cuộc đua chip nhớ",
            "2023-08-14",
            "ministry",
            [
                "feature",
                "outlet_prefix_nothing",
                "related_links",
                "region_nothing",
                "vague_amount_none",
                "fraction_words_no_percentage",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo Tổng cục Thống kê, mức giảm 5,1% của vốn đăng ký nửa đầu năm (chừng 12,9 tỉ USD) cho thấy nhà đầu tư ngoại vẫn dè dặt trước lạm phát và lãi suất cao.",
            "2023-08-14",
            "ministry",
            ["feature", "statistics_no_deal", "percentage", "approx", "no_event"],
            organizations=["Tổng cục Thống kê"],
            percentages=[5.1],
            money=[m(12.9 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Nước rút cuối năm\nSau cú giảm gần 12% của năm 2022, giới phân tích chờ dòng vốn quay lại từ quý IV, nhất là vào các dự án công nghệ cao.",
            "2023-08-14",
            "ministry",
            ["feature", "section_heading", "percentage", "quarter_no_count", "multiline", "no_event"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Lạm phát, lãi suất và những điểm nóng địa chính trị là ba lý do các chuyên gia nêu khi dự báo vốn ngoại chững lại trong năm.",
            "2023-08-14",
            "ministry",
            ["feature", "count_in_words", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phần giá trị gia tăng trong nước của hàng chế tạo còn mỏng vì linh kiện, phụ tùng phần lớn phải nhập; tỷ trọng công nghiệp chế biến trong GDP (15,8%) vẫn kém xa Thái Lan và Trung Quốc(1).",
            "2021-11-05",
            "ministry",
            ["feature", "footnote_marker", "percentage", "country_word", "no_event"],
            percentages=[15.8],
            locations=[country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Phạm vi hẹp – chỉ linh kiện cho xe và đồ điện tử – là cách Nhật Bản, Thái Lan định nghĩa công nghiệp hỗ trợ; Việt Nam chọn cách rộng hơn.",
            "2021-11-05",
            "ministry",
            ["feature", "country_word", "no_event"],
            locations=[country("Nhật Bản"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Mua thiết bị đo\n\nCảm biến trên xe hơi: có bao nhiêu loại và mỗi loại làm gì?\n\nBởi kythuatvien\n\nBài này điểm qua từng loại cảm biến trên xe và việc nó báo cho ECU.",
            "2022-03-18",
            "ministry",
            [
                "shop_explainer",
                "menu_chrome",
                "byline_handle_no_person",
                "acronym_no_org",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "• Nhiệt độ, áp suất, tốc độ: mỗi thông số có cảm biến riêng.\n• ECU (bộ điều khiển điện tử) nhận tín hiệu, chỉnh máy hoặc bật đèn cảnh báo trên taplô.",
            "2022-03-18",
            "ministry",
            ["shop_explainer", "bullet_list", "acronym_no_org", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khi máy bị kích nổ, ECU cần biết để đánh lửa muộn lại – việc của cảm biến kích nổ (Knock sensor).",
            "2023-07-21",
            "ministry",
            ["explainer", "english_term_in_brackets", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tỉ lệ hoà trộn xăng – gió được chỉnh theo tín hiệu từ cảm biến oxy gắn trên ống xả.",
            "2023-07-21",
            "ministry",
            ["explainer", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lượng xăng phun vào phụ thuộc cánh bướm ga mở bao nhiêu, và con số đó đến từ cảm biến vị trí bướm ga (TPS).",
            "2023-07-21",
            "ministry",
            ["explainer", "acronym_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang 1TRƯỜNG ĐẠI HỌC SAO ĐỎ KHOA CƠ KHÍ Ô TÔ\n————\nBÀI THẢO LUẬN HỌC PHẦN: ĐO LƯỜNG VÀ CẢM BIẾN\nĐề tài: Tiêu chuẩn quốc gia về cảm biến an toàn cho xe điện – thực trạng và xu hướng",
            "2024-04-22",
            "ministry",
            [
                "document_store",
                "course_paper_cover",
                "caps_org",
                "faculty_no_org",
                "page_marker_glued",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Sao Đỏ"],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nA Mở đầu 3\nB Nội dung 5\nChương 1: Cơ sở lý luận 5\n1.1 Cảm biến và phân loại 5\n1.1.1 Khái niệm, tiêu chuẩn hoá 6",
            "2024-04-22",
            "ministry",
            [
                "document_store",
                "toc",
                "page_numbers_no_count",
                "old_tone",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Nhóm 7 gồm bốn sinh viên, được giao đề tài này để rà lại TCVN và QCVN về cảm biến trên xe điện.",
            "2024-04-22",
            "ministry",
            [
                "document_store",
                "group_number_no_count",
                "counts_in_words",
                "acronym_no_org",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Mục lục\n- IoT là gì? Định nghĩa đầy đủ\n- 4 thành phần cốt lõi\n- 12 ứng dụng trong nhà máy năm 2025\n- IoT tại Việt Nam: cơ hội và thách thức",
            "2025-02-10",
            "ministry",
            ["explainer", "toc", "counts_in_headings", "multiline", "no_event"],
            quantities=[c(4, "thành phần"), c(12, "ứng dụng")],
            events=[],
        ),
        h(
            n(),
            "Năm 2025 thế giới có khoảng 40 tỷ thiết bị IoT kết nối, từ cảm biến nhiệt trong kho lạnh tới máy đo rung trên dây chuyền.",
            "2025-02-10",
            "ministry",
            ["explainer", "count", "approx", "no_event"],
            quantities=[c(40_000_000_000, "thiết bị", True)],
            events=[],
        ),
        h(
            n(),
            "⚙️ Ai nên đọc bài này?\nKỹ sư bảo trì, trưởng xưởng và những ai đang định gắn cảm biến lên máy cũ 📊.",
            "2025-06-03",
            "ministry",
            ["blog", "emoji_headers", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1. “Things” trong bối cảnh IoT là gì\n1.1 Khái niệm cơ bản\nNói gọn, mọi vật có cảm biến và đường truyền dữ liệu đều là một “Thing”.",
            "2025-06-03",
            "ministry",
            ["blog", "section_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giữa cảm biến và máy chủ thường có một cổng kết nối (gateway); bộ điều khiển khả trình (PLC) thì nằm ngay cạnh máy.",
            "2024-12-02",
            "ministry",
            ["vendor_explainer", "acronym_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Overview of optical lens development\n  Carl Zeiss is the usual example of how Germany, like Japan, built its lead in lens making over more than a century.",
            "2020-06-01",
            "ministry",
            [E, "vendor_explainer", "country_noun", "well_known_firm", "multiline", "no_event"],
            firms=[f("Carl Zeiss")],
            locations=[country("Germany"), country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Mainland China now processes most of the world's lenses, having taken the work that Japan first passed to Taiwan and South Korea.",
            "2020-06-01",
            "ministry",
            [E, "vendor_explainer", "country_noun", "mainland_china_country", "no_event"],
            locations=[country("China"), country("Japan"), country("Taiwan"), country("South Korea")],
            events=[],
        ),
    ]
    # --- Vietnamese: a contractor's project page and a provincial paper on a Japanese optical-sensor plant in Bắc Giang
    # (S1 r2, S13 r4) ---
    rows += [
        h(
            n(),
            "Dự án tiêu biểu › Nhà máy Hokuto (Bắc Giang)\n\nChủ đầu tư – Công ty TNHH Linh kiện điện tử Hokuto Việt Nam – dự kiến bỏ 88 triệu USD dựng hai nhà máy cảm biến quang và linh kiện đi kèm trên khu đất 13,2 ha ở KCN Đình Trám (Việt Yên - Bắc Giang).",
            "2008-06-20",
            "provincial",
            [
                "contractor_project_page",
                "breadcrumb",
                "announced_investment",
                "plant_name_no_second_firm",
                "bracketed_district_without_word_nothing",
                "vietnam_dropped",
                "area",
                "multiline",
            ],
            firms=[f("Linh kiện điện tử Hokuto", "Công ty TNHH")],
            provinces=[pv("Bắc Giang")],
            money=[m(88 * M, "USD")],
            areas=[ha(13.2)],
            locations=[park("Khu công nghiệp Đình Trám")],
            deals=[deal("investment", ["Linh kiện điện tử Hokuto"], 88 * M, BG)],
            events=[
                ev("investment_announcement", [F("Linh kiện điện tử Hokuto")], 88 * M, "USD", BG, "announced")
            ],
        ),
        h(
            n(),
            "Theo tiến độ, nhà máy thứ nhất lắp xong máy vào tháng 3/2009 và chạy hàng từ tháng 5; nhà máy thứ hai chậm hơn một năm.",
            "2008-06-20",
            "provincial",
            ["contractor_project_page", "schedule_no_firm", "ordinal_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khu nhà xưởng làm cảm biến quang cho đồ điện tử đã được khởi công sáng 6/9 ở KCN Đình Trám, tỉnh Bắc Giang; chủ đầu tư là Công ty TNHH Linh kiện điện tử Hokuto Việt Nam.",
            "2008-09-08",
            "provincial",
            [
                "object_first",
                "passive",
                "groundbreaking_started",
                "investor_last",
                "vietnam_dropped",
                "deal_date",
            ],
            firms=[f("Linh kiện điện tử Hokuto", "Công ty TNHH")],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Đình Trám")],
            deals=[deal("groundbreaking", ["Linh kiện điện tử Hokuto"], None, BG, "2008-09-06")],
            events=[ev("groundbreaking", [F("Linh kiện điện tử Hokuto")], None, None, BG, "started")],
        ),
        h(
            n(),
            "Doanh thu xuất khẩu trên 280 triệu USD mỗi năm và chừng 11.000 chỗ làm là đích Hokuto đặt ra cho ba năm đầu vận hành.",
            "2008-09-08",
            "provincial",
            ["targets_first", "money_per_year", "count", "approx", "duration_no_count", "nfd", "no_event"],
            firms=[f("Hokuto")],
            money=[m(280 * M, "USD", "năm", True)],
            quantities=[c(11000, "chỗ làm", True)],
            events=[],
        ),
    ]
    # --- Vietnamese: a news site on a Korean camera-module maker's main plant opened in Hải Phòng (S2 r1) ---
    rows += [
        h(
            n(),
            "Camera điện thoại thế hệ mới sẽ ra từ Hải Phòng\n\nThứ hai, 20/10/2025 07:42 (GMT+7)\n\nHaneul Photonics, hãng Hàn Quốc cung ứng nhiều mô-đun máy ảnh nhất cho các hãng điện thoại Mỹ, đã cắt băng xưởng chính của mình tại Hải Phòng.",
            "2025-10-20",
            "ministry",
            [
                "headline_lead",
                "timestamp",
                "inauguration_no_capital",
                "apposition_after_firm",
                "country_word",
                "multiline",
            ],
            firms=[f("Haneul Photonics")],
            provinces=[pv("Hải Phòng")],
            locations=[country("Hàn Quốc"), country("Mỹ")],
            events=[ev("inauguration", [F("Haneul Photonics")], None, None, HP, "completed")],
        ),
        h(
            n(),
            "Xưởng P4 ở KCN An Dương chạy từ cuối tháng 9, hai năm sau khi dự án được công bố; tới hết năm 2025, công ty tính chi chừng 1.150 tỷ won (khoảng 20.500 tỷ đồng).",
            "2025-10-20",
            "ministry",
            [
                "anaphoric_firm_no_firm",
                "bracketed_conversion",
                "park_names_no_province",
                "approx",
                "no_event",
            ],
            money=[m(1150 * B, "KRW", approx=True), m(20_500 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp An Dương")],
            events=[],
        ),
        h(
            n(),
            "Tỷ trọng của Việt Nam trong sản lượng mô-đun camera của Haneul được đặt ở mức 65-75% sau hai, ba năm nữa; nhà máy ở Cheongju (Hàn Quốc) sẽ chuyển sang làm hàng mẫu.",
            "2025-10-20",
            "ministry",
            ["percentage_range", "city_abroad_nothing", "country_in_brackets", "counts_in_words", "no_event"],
            firms=[f("Haneul")],
            percentages=[65, 75],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy của Haneul ở Hải Phòng, nơi làm phần lớn camera cho dòng máy cao cấp. Ảnh: NV.",
            "2025-10-20",
            "ministry",
            ["caption", "initials_credit_nothing", "no_event"],
            firms=[f("Haneul")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Ép giá từ khách hàng lớn nhất, khi các đối thủ mới bỏ thầu thấp hơn, là bài toán của Haneul, hãng có chừng 78% doanh thu từ mô-đun máy ảnh.",
            "2025-10-20",
            "ministry",
            ["revenue_share", "percentage", "no_event"],
            firms=[f("Haneul")],
            percentages=[78],
            events=[],
        ),
        h(
            n(),
            "Giá là mặt trận chính: hai đối thủ Trung Quốc đang kéo đơn camera cao cấp về phía mình, và nhà máy mới là câu trả lời của hãng Hàn Quốc.",
            "2025-10-20",
            "ministry",
            ["anaphoric_firm_no_firm", "country_adjective", "count_in_words", "no_event"],
            locations=[country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese: an overseas Vietnamese site on camera modules made in a Bình Dương park (S2 r2 = S2 r3) and a
    # national daily on camera-module orders moving between suppliers (S2 r4) ---
    rows += [
        h(
            n(),
            "Camera điện thoại Mỹ: phần ruột làm ở Bình Dương?\n\nMột người trong ngành, xin giấu tên, kể nhiều đời máy đã dùng mô-đun camera gia công trong nước.",
            "2022-08-30",
            "ministry",
            [
                "headline_lead",
                "question_headline",
                "anonymous_source",
                "country_adjective",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Theo người này, nhiều năm nay Delta Lens – nhà máy ở KCN Sóng Thần 2, tỉnh Bình Dương – vẫn lắp mô-đun camera cho hãng.",
            "2022-08-30",
            "ministry",
            ["reported_speech", "supplier_no_contract_no_deal", "park_with_province", "no_event"],
            firms=[f("Delta Lens")],
            provinces=[pv("Bình Dương")],
            locations=[park("Khu công nghiệp Sóng Thần 2")],
            events=[],
        ),
        h(
            n(),
            "camera, linh kien, san xuat anh 1\nMột dây chuyền lắp mô-đun máy ảnh (ảnh minh họa).",
            "2022-08-30",
            "ministry",
            ["caption", "unaccented_alt_text", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thiếu mô-đun máy ảnh từng khiến một đời máy giao chậm năm 2021, khi dịch bùng lên ở miền Nam, Nikkei khi ấy đưa tin.",
            "2022-08-30",
            "ministry",
            ["outlet_nothing", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà máy ở Việt Nam của Tamaki Electronics phải tạm đóng vì Covid-19, và phần lớn đơn mô-đun camera cho mẫu điện thoại mới được cho là sẽ chuyển sang Haneul Photonics.",
            "2021-09-03",
            "ministry",
            ["orders_no_deal", "plant_closure_no_event", "no_event"],
            firms=[f("Haneul Photonics"), f("Tamaki Electronics")],
            events=[],
        ),
        h(
            n(),
            "68% số mô-đun của đời máy mới có thể do Haneul làm, theo ước tính của trang The Elec (Hàn Quốc); tổng đơn năm nay cũng lớn hơn chừng 15%.",
            "2021-09-03",
            "ministry",
            ["outlet_nothing", "supply_share_no_deal", "percentage", "country_in_brackets", "no_event"],
            firms=[f("Haneul")],
            percentages=[68, 15],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nếu xưởng ở Hải Phòng cũng phải dừng, nguồn hàng của Haneul vẫn được giữ nhờ cơ sở ở Gumi (Hàn Quốc).",
            "2021-09-03",
            "ministry",
            ["plant_abroad_no_deal", "city_abroad_nothing", "country_in_brackets", "nfd", "no_event"],
            firms=[f("Haneul")],
            provinces=[pv("Hải Phòng")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tamaki rồi Haneul lần lượt nhận lại phần đơn mà một hãng Trung Quốc từng giữ, khi khách hàng rút dần khỏi chuỗi cung ứng ở nước này.",
            "2021-09-03",
            "ministry",
            ["orders_no_deal", "country_adjective", "short_name_alone", "no_event"],
            firms=[f("Tamaki"), f("Haneul")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese: a business site on a Japanese lens maker's second plant (S7 r2) and a Japanese trade daily on its
    # start of operation, rendered in Vietnamese (S7 r1) ---
    rows += [
        h(
            n(),
            "Hãng ống kính Nhật biến Hà Nội thành cơ sở sản xuất lớn nhất của mình\n\nTháng 2/2025 là lúc Kisaragi Optical định cắt băng nhà máy linh kiện máy ảnh thứ hai ở Việt Nam: công trình 3,8 tỉ yen (khoảng 25 triệu USD) trên khu đất 27.000 m2.",
            "2024-11-28",
            "ministry",
            [
                "headline_lead",
                "planned_opening_announced",
                "headline_province_sites",
                "bracketed_conversion",
                "country_short_form",
                "m2_to_ha",
                "approx",
                "multiline",
            ],
            firms=[f("Kisaragi Optical")],
            provinces=[pv("Hà Nội")],
            money=[m(3.8 * B, "JPY"), m(25 * M, "USD", approx=True)],
            areas=[ha(2.7)],
            locations=[country("Nhật")],
            deals=[deal("investment", ["Kisaragi Optical"], 3.8 * B, HN)],
            events=[ev("investment_announcement", [F("Kisaragi Optical")], 3.8 * B, "JPY", HN, "announced")],
        ),
        h(
            n(),
            "Đúc, sơn rồi lắp ống kính đều làm tại chỗ; năm 2028, lúc đủ công suất, xưởng sẽ cần khoảng 1.600 người.",
            "2024-11-28",
            "ministry",
            ["plant_details_no_firm", "count", "approx", "no_event"],
            quantities=[c(1600, "người", True)],
            events=[],
        ),
        h(
            n(),
            "Hà Nội và Đông Quan (Quảng Đông, Trung Quốc) là hai nơi Kisaragi làm hàng ngoài Nhật Bản, nơi hãng có hai nhà máy và trụ sở ở Nagano.",
            "2024-11-28",
            "ministry",
            ["profile", "city_abroad_nothing", "counts_in_words", "country", "no_event"],
            firms=[f("Kisaragi")],
            provinces=[pv("Hà Nội")],
            locations=[country("Nhật Bản"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một nửa sản lượng vào năm 2030 là phần hãng muốn dành cho Việt Nam, từ mức 28% hiện nay của cơ sở Hà Nội; phần của Đông Quan sẽ giảm từ 62% xuống 38%.",
            "2024-11-28",
            "ministry",
            ["percentage", "fraction_words_no_percentage", "foreign_city_nothing", "no_event"],
            provinces=[pv("Hà Nội")],
            percentages=[62, 28, 38],
            events=[],
        ),
        h(
            n(),
            "Căng thẳng thương mại Mỹ – Trung chưa hạ nhiệt là lý do Kisaragi dời bớt sản lượng khỏi Đông Quan, công ty thừa nhận.",
            "2024-11-28",
            "ministry",
            ["relocation_no_deal", "clipped_trung_nothing", "no_event"],
            firms=[f("Kisaragi")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 3,9 tỉ yen đã được Kisaragi Optical bỏ vào nhà máy thứ hai ở Việt Nam, nay bắt đầu chạy, chủ yếu làm ống kính cho camera ô tô.",
            "2025-02-14",
            "ministry",
            ["foreign_page_rendered", "inauguration_with_capital", "ordinal_no_count", "approx", "no_site"],
            firms=[f("Kisaragi Optical")],
            money=[m(3.9 * B, "JPY", approx=True)],
            deals=[deal("investment", ["Kisaragi Optical"], 3.9 * B)],
            events=[ev("inauguration", [F("Kisaragi Optical")], 3.9 * B, "JPY", None, "completed")],
        ),
        h(
            n(),
            "Từ mài thấu kính tới lắp ráp, mọi khâu diễn ra dưới một mái nhà 16.800 m2; năng lực của cả tập đoàn nhờ đó lớn hơn năm 2024 khoảng 1,2 lần.",
            "2025-02-14",
            "ministry",
            ["foreign_page_rendered", "m2_to_ha", "multiplier_nothing", "no_event"],
            areas=[ha(1.68)],
            events=[],
        ),
    ]
    # --- Vietnamese: a Korean broadcaster's Vietnamese service on a group chairman's visit to a capacitor plant in China
    # (S8 r1), a news portal's snippet of a licence (S8 r3 = S15 r2), a news-bulletin blog on a denied relocation (S8 r4) ---
    rows += [
        h(
            n(),
            "Photo : YONHAP News\n\nLần đầu sang Trung Quốc sau ba năm, Chủ tịch Tập đoàn Hanseong Choi Jae-hoon chọn ghé nhà máy của Điện cơ Hanseong ở Thiên Tân hôm 22/3.",
            "2023-03-27",
            "ministry",
            [
                "broadcaster_service",
                "agency_credit_nothing",
                "visit_abroad_no_deal",
                "role_before_name",
                "foreign_city_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            persons=[per("Choi Jae-hoon", "Chủ tịch Tập đoàn Hanseong")],
            firms=[f("Hanseong", "Tập đoàn"), f("Điện cơ Hanseong")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Điều ông muốn xem là các dây chuyền tụ gốm nhiều lớp (MLCC): một xưởng thứ hai đã mọc lên ở đây từ năm 2019 để đón đơn linh kiện cho xe điện, xe tự lái.",
            "2023-03-27",
            "ministry",
            [
                "broadcaster_service",
                "recalled_plant_abroad_no_deal",
                "acronym_product_no_org",
                "ordinal_no_count",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "650 triệu USD xây nhà máy của Kumsan ở Bắc Ninh\nNgày 25/3, Công ty TNHH Điện tử Kumsan Việt Nam đã nhận giấy phép đầu tư nhà máy hàng điện tử công suất 55 triệu sản phẩm/năm.",
            "2008-03-27",
            "ministry",
            [
                "portal_snippet",
                "headline_lead",
                "headline_amount",
                "licence_no_grantor",
                "bare_headline_name_and_full_name_two_entries",
                "capacity_no_count",
                "vietnam_dropped",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Kumsan"), f("Điện tử Kumsan", "Công ty TNHH")],
            provinces=[pv("Bắc Ninh")],
            money=[m(650 * M, "USD")],
            deals=[deal("investment", ["Điện tử Kumsan"], 650 * M, BN, "2008-03-25")],
            events=[ev("investment_licence", [F("Điện tử Kumsan")], 650 * M, "USD", BN, "licensed")],
        ),
        h(
            n(),
            "Bản tin [24 – 06 – 2020] – BÁC TIN DỜI DÂY CHUYỀN MÀN HÌNH SANG VIỆT NAM\n\n“Không có cơ sở”: đó là cách Hanseong Electronics, từ trụ sở Seoul, trả lời Reuters về tin dây chuyền màn hình máy tính sẽ rời Trung Quốc về TP HCM năm nay.",
            "2020-06-24",
            "ministry",
            [
                "bulletin_blog",
                "caps_headline",
                "denial_no_deal",
                "foreign_city_nothing",
                "agency_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Hanseong Electronics")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tin dời dây chuyền xuất phát từ Hanseong Việt Nam hôm 17/6.\n\nĐể lại bình luận\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
            "2020-06-24",
            "ministry",
            [
                "bulletin_blog",
                "relocation_no_deal",
                "vietnam_dropped",
                "comment_form_chrome",
                "multiline",
                "no_event",
            ],
            firms=[f("Hanseong")],
            events=[],
        ),
    ]
    # --- Vietnamese: an economic daily on the Korean camera-module maker's plant P4 finished (S9 r3) and on its capital
    # increase licensed by Hải Phòng (S9 r4) ---
    rows += [
        h(
            n(),
            "P4 – xưởng mô-đun camera lớn nhất của Haneul Photonics ở Hải Phòng – đã chạy toàn bộ dây chuyền, hãng cho hay hôm 20/9; sàn nhà máy rộng chừng 148.000 m2.",
            "2025-09-22",
            "ministry",
            ["start_of_operation", "inauguration_no_capital", "plant_name_no_firm", "m2_to_ha", "approx"],
            firms=[f("Haneul Photonics")],
            provinces=[pv("Hải Phòng")],
            areas=[ha(14.8, True)],
            events=[ev("inauguration", [F("Haneul Photonics")], None, None, HP, "completed")],
        ),
        h(
            n(),
            "Khoản 402,6 tỷ won (chừng 7.200 tỷ đồng) mà Haneul công bố hồi tháng 11/2024 là tiền cho phần mở rộng này.",
            "2025-09-22",
            "ministry",
            [
                "recalled_announcement_deal_no_event",
                "amount_first",
                "bracketed_conversion",
                "approx",
                "no_event",
            ],
            firms=[f("Haneul")],
            money=[m(402.6 * B, "KRW"), m(7200 * B, "VND", approx=True)],
            deals=[deal("investment", ["Haneul"], 402.6 * B)],
            events=[],
        ),
        h(
            n(),
            "“P4 là nơi chúng tôi thử mọi quy trình tự động mới trước khi đưa về các nhà máy khác”, ông Seo Min-jae, đại diện Haneul Photonics, nói.",
            "2025-09-22",
            "ministry",
            ["quote_first", "role_after_name", "no_event"],
            persons=[per("Seo Min-jae", "đại diện Haneul Photonics")],
            firms=[f("Haneul Photonics")],
            events=[],
        ),
        h(
            n(),
            "Theo Nghị định 182/2024/NĐ-CP, Haneul Photonics Việt Nam Hải Phòng đang xin 452,8 tỷ đồng tiền hỗ trợ; khoản này sẽ bù một phần chi phí đào tạo, nghiên cứu và tự động hoá.",
            "2025-09-22",
            "ministry",
            [
                "support_request_no_deal",
                "place_kept_after_vietnam",
                "decision_number",
                "old_tone",
                "nfd",
                "no_event",
            ],
            firms=[f("Haneul Photonics Việt Nam Hải Phòng")],
            money=[m(452.8 * B, "VND")],
            decisions=[d("182/2024/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Thêm 900 triệu USD cho xưởng mô-đun camera ở KCN An Dương: đó là phần vốn tăng ghi trong giấy chứng nhận đăng ký đầu tư điều chỉnh mà UBND thành phố Hải Phòng trao cho Công ty TNHH Haneul Photonics Việt Nam Hải Phòng sáng 27/6; tổng vốn dự án vì thế lên gần 1,85 tỷ USD.",
            "2023-06-28",
            "ministry",
            [
                "amount_first",
                "capital_increase_licence",
                "licence_with_grantor",
                "place_kept_after_vietnam",
                "new_total_money_only",
                "approx",
                "deal_date",
                "year_inferred",
            ],
            organizations=["Ủy ban nhân dân thành phố Hải Phòng"],
            firms=[f("Haneul Photonics Việt Nam Hải Phòng", "Công ty TNHH")],
            provinces=[pv("Hải Phòng")],
            money=[m(900 * M, "USD"), m(1.85 * B, "USD", approx=True)],
            locations=[park("Khu công nghiệp An Dương")],
            deals=[deal("investment", ["Haneul Photonics Việt Nam Hải Phòng"], 900 * M, HP, "2023-06-27")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND thành phố Hải Phòng"), F("Haneul Photonics Việt Nam Hải Phòng")],
                    900 * M,
                    "USD",
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Ba nhà máy thông minh làm linh kiện 5G khiến Hải Phòng thành tổ hợp lớn nhất trong sáu tổ hợp của Haneul, theo Tổng Giám đốc Công ty TNHH Haneul Photonics Việt Nam Hải Phòng Kim Tae-woo.",
            "2023-06-28",
            "ministry",
            ["role_before_name", "speaker_last", "counts_in_words", "firm_in_role", "no_event"],
            persons=[per("Kim Tae-woo", "Tổng Giám đốc Công ty TNHH Haneul Photonics Việt Nam Hải Phòng")],
            firms=[f("Haneul"), f("Haneul Photonics Việt Nam Hải Phòng", "Công ty TNHH")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Hơn 170 tỷ đồng nộp ngân sách, 2.700 tỷ đồng lãi trên 81.000 tỷ đồng doanh thu: đó là kết quả năm 2022 của tổ hợp.",
            "2023-06-28",
            "ministry",
            ["results_no_deal", "approx", "no_event"],
            money=[m(170 * B, "VND", approx=True), m(2700 * B, "VND"), m(81_000 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Chủ đầu tư tính doanh thu 4,5 tỷ USD/năm cho tổ hợp khi xưởng mới xong – việc mất khoảng một năm – cùng vài chục nghìn chỗ làm.",
            "2023-06-28",
            "ministry",
            ["forecast_no_deal", "money_per_year", "vague_count_none", "duration_no_count", "no_event"],
            money=[m(4.5 * B, "USD", "năm")],
            events=[],
        ),
    ]
    # --- Vietnamese: a trade magazine's video page, a finance portal and a provincial paper on optical-fibre and cable
    # plants (S11 r1, r2, r3) ---
    rows += [
        h(
            n(),
            "Video | Tự làm sợi quang, bớt hàng nhập\n\nSản phẩm lõi mới và nguồn sợi không còn phụ thuộc hàng nhập: đó là những gì nhà máy sợi quang đem lại cho Công ty CP Thiết bị Bưu điện Đông Đô, theo phóng sự.\nNhóm PV",
            "2022-11-10",
            "ministry",
            ["video_page", "plant_no_capital_no_verb", "reporter_group_nothing", "multiline", "no_event"],
            firms=[f("Thiết bị Bưu điện Đông Đô", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "menu\n24hmoney\nTải App\nPhạm Quỳnh Anh\n\nNhà máy kéo sợi quang đầu tiên của Đông Nam Á đặt ở Bắc Ninh",
            "2019-08-16",
            "ministry",
            ["portal_chrome", "byline", "headline_no_firm", "region_nothing", "multiline", "no_event"],
            persons=[per("Phạm Quỳnh Anh", None)],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh có thêm nhà máy kéo sợi thủy tinh cho cáp quang sau lễ khánh thành sáng 14/8 của Tổng công ty Viễn thông Đông Đô (DDT); trước nay cả khu vực chưa nước nào tự làm được loại vật liệu này.",
            "2019-08-16",
            "ministry",
            ["place_first", "inauguration_no_capital", "bracketed_acronym_one_entry"],
            firms=[f("Viễn thông Đông Đô", "Tổng công ty")],
            provinces=[pv("Bắc Ninh")],
            events=[ev("inauguration", [F("Viễn thông Đông Đô")], None, None, BN, "completed")],
        ),
        h(
            n(),
            "412 tỷ đồng, gần 5,6 ha và 3,5 triệu km sợi mỗi năm là vốn, diện tích và công suất của nhà máy; tháp kéo sợi do hãng Nordvik (Phần Lan) cung cấp.",
            "2019-08-16",
            "ministry",
            [
                "amount_first",
                "plant_figures_no_firm",
                "equipment_supplier_no_contract",
                "capacity_no_count",
                "area",
                "approx",
                "no_event",
            ],
            firms=[f("Nordvik")],
            money=[m(412 * B, "VND")],
            areas=[ha(5.6, True)],
            locations=[country("Phần Lan")],
            events=[],
        ),
        h(
            n(),
            "DDE lấy nhà máy này làm nơi thử mô hình sản xuất thông minh, tự động hoá đầu tiên của mình; bước tiếp theo là học làm phôi sợi.",
            "2019-08-16",
            "ministry",
            ["acronym_alone_firm", "ordinal_no_count", "old_tone", "nfd", "no_event"],
            firms=[f("DDE")],
            events=[],
        ),
        h(
            n(),
            "Thêm nhà máy dây cáp điện, cáp viễn thông ở cụm công nghiệp Tân Trường\n\n25/09/2017 10:20\n\nDự án của Công ty CP Thương mại Thành Vinh (xã Cao An, huyện Cẩm Giàng) vừa được UBND tỉnh chấp thuận đầu tư vào cụm công nghiệp với tổng vốn hơn 132,6 tỷ đồng.",
            "2017-09-25",
            "provincial",
            [
                "headline_lead",
                "timestamp",
                "policy_approval_licence",
                "bare_committee_grantor",
                "commune_nothing",
                "district",
                "no_province_named",
                "approx",
                "multiline",
            ],
            firms=[f("Thương mại Thành Vinh", "Công ty CP")],
            money=[m(132.6 * B, "VND", approx=True)],
            locations=[park("Cụm công nghiệp Tân Trường"), district("huyện Cẩm Giàng")],
            deals=[deal("investment", ["Thương mại Thành Vinh"], 132.6 * B)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh"), F("Thương mại Thành Vinh")],
                    132.6 * B,
                    "VND",
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Mỗi năm 11.500 km dây cáp điện và 75.000 hộp cáp viễn thông sẽ ra từ khu xưởng rộng hơn 51.000 m2.",
            "2017-09-25",
            "provincial",
            ["plant_details_no_firm", "m2_to_ha", "capacity_no_count", "approx", "no_event"],
            areas=[ha(5.1, True)],
            events=[],
        ),
        h(
            n(),
            "Hạn chót để nhà máy chạy là 18 tháng sau quyết định chấp thuận ký ngày 22.9.2017.\n\nPV\n\n(0) Bình luận",
            "2017-09-25",
            "provincial",
            [
                "deadline_no_deal",
                "duration_no_count",
                "decision_without_number_none",
                "reporter_initials_nothing",
                "comment_count_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese: a police daily on a chamber's agreements with a Korean group (S15 r1) ---
    rows += [
        h(
            n(),
            "Chọn doanh nghiệp Việt làm linh kiện cấp 2, cấp 3 cho Hanseong là việc Tập đoàn Hanseong và Phòng Thương mại và Công nghiệp Việt Nam (VCCI) sẽ cùng làm, theo một số thoả thuận chung hai bên vừa đạt.",
            "2014-10-10",
            "ministry",
            [
                "chamber_firm_agreement",
                "mou_event_no_deal",
                "old_tone",
                "bracketed_acronym_one_entry",
                "tier_no_count",
            ],
            organizations=["Phòng Thương mại và Công nghiệp Việt Nam"],
            firms=[f("Hanseong", "Tập đoàn")],
            events=[
                ev(
                    "mou",
                    [F("Hanseong"), O("Phòng Thương mại và Công nghiệp Việt Nam")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Đào tạo nhân lực cho công nghiệp hỗ trợ là mảng thứ hai trong thoả thuận, với các đề án do VCCI và tập đoàn cùng soạn.\nH.T.",
            "2014-10-10",
            "ministry",
            [
                "training_no_deal",
                "acronym_alone_org",
                "anaphoric_firm_no_firm",
                "initials_nothing",
                "old_tone",
                "multiline",
                "no_event",
            ],
            organizations=["VCCI"],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered in Vietnamese: a Japanese trade daily on a coil building opened in Đà Nẵng
    # (S10 r2), a Portuguese and a Polish page on a capacitor plant in Thailand (S10 r3, r4), a Korean forum repost on a
    # capacitor expansion in the Philippines (S19 r3), a Japanese tech daily on a sensor unit set up in Hưng Yên (S20 r3)
    # ---
    rows += [
        h(
            n(),
            "Sàn gấp đôi tòa cũ mà nó thay thế: tòa sản xuất cuộn cảm mới của Ibuki Manufacturing Vietnam (TP. Đà Nẵng) đã được khánh thành hôm 29/8.",
            "2023-09-04",
            "ministry",
            [
                "foreign_page_rendered",
                "object_first",
                "passive",
                "inauguration_no_capital",
                "province_in_brackets_sites",
                "vietnam_dropped",
                "multiplier_nothing",
            ],
            firms=[f("Ibuki Manufacturing")],
            provinces=[pv("Đà Nẵng")],
            events=[ev("inauguration", [F("Ibuki Manufacturing")], None, None, DNg, "completed")],
        ),
        h(
            n(),
            "Nhà bốn tầng, sàn 21.900 m2; chỉ riêng phần xây dựng, khoản đầu tư là 4,1 tỉ yen… (còn tiếp)",
            "2023-09-04",
            "ministry",
            [
                "foreign_page_rendered",
                "paywall_cut",
                "amount_no_firm",
                "m2_to_ha",
                "counts_in_words",
                "no_event",
            ],
            money=[m(4_100_000_000, "JPY")],
            areas=[ha(2.19)],
            events=[],
        ),
        h(
            n(),
            "Lợi nhuận đi xuống không cản Kameoka Electronics: nhà máy mới của hãng ở Thái Lan đã xong, tháng 12 sẽ chạy máy và làm tụ gốm nhiều lớp (MLCC), mặt hàng hãng nắm chừng 40% thị phần toàn cầu.",
            "2023-09-28",
            "ministry",
            ["foreign_page_rendered", "plant_abroad_no_deal", "percentage", "country", "nfd", "no_event"],
            firms=[f("Kameoka Electronics")],
            percentages=[40],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 2.000 việc làm sẽ có ở nhà máy này, Chủ tịch Kameoka Kenji Morioka nói trong lễ mở cửa; ông đặt cược vào nhu cầu tụ điện dài hạn.\nNguồn: Asia Nikkei",
            "2023-09-28",
            "ministry",
            [
                "foreign_page_rendered",
                "count_first",
                "role_before_name",
                "opening_abroad_no_event",
                "source_label_nothing",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Kenji Morioka", "Chủ tịch Kameoka")],
            firms=[f("Kameoka")],
            quantities=[c(2000, "việc làm", True)],
            events=[],
        ),
        h(
            n(),
            "© Kameoka Electronics\nNgành điện tử |\n\n11,5 tỷ JPY (88,4 triệu EUR) cho riêng phần nhà, 80.100 m2 sàn: Kameoka Electronics Thailand Ltd. đã bắt đầu xây tòa sản xuất mới.",
            "2021-08-31",
            "ministry",
            [
                "foreign_page_rendered",
                "groundbreaking_abroad_no_deal",
                "country_in_firm_name_no_location",
                "bracketed_conversion",
                "m2_to_ha",
                "credit_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Kameoka Electronics Thailand", "Ltd.")],
            money=[m(11.5 * B, "JPY"), m(88.4 * M, "EUR")],
            areas=[ha(8.01)],
            events=[],
        ),
        h(
            n(),
            "1.100 tỷ won nữa cho nhà máy MLCC ô tô của Điện cơ Hanseong ở Philippines\nMLCC – thứ được gọi là “gạo” của đồ điện tử – nay được dùng ngày càng nhiều trên ô tô.",
            "2024-08-19",
            "ministry",
            [
                "foreign_page_rendered",
                "forum_repost",
                "plant_abroad_no_deal",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Điện cơ Hanseong")],
            money=[m(1100 * B, "KRW")],
            locations=[country("Philippines")],
            events=[],
        ),
        h(
            n(),
            "▪ Ảnh: Hanseong. Choi Jae-hoon, Chủ tịch Hanseong, trong chuyến thị sát dây chuyền MLCC của Điện cơ Hanseong ở Laguna tháng 10 năm ngoái.",
            "2024-08-19",
            "ministry",
            [
                "foreign_page_rendered",
                "caption",
                "visit_abroad_no_deal",
                "role_after_name",
                "firm_credit_nothing",
                "foreign_province_nothing",
                "no_event",
            ],
            persons=[per("Choi Jae-hoon", "Chủ tịch Hanseong")],
            firms=[f("Hanseong"), f("Điện cơ Hanseong")],
            events=[],
        ),
        h(
            n(),
            "Cảm biến và van điện từ sẽ là hàng của công ty con mà Enshu Denso, thành viên nhóm Denso, vừa lập ở tỉnh Hưng Yên (ngày 20/10/2008); khoảng 2,1 tỷ yen được dành cho nhà xưởng và thiết bị.",
            "2008-10-28",
            "ministry",
            [
                "foreign_page_rendered",
                "unit_established_with_plant_announced",
                "group_member_mention",
                "approx",
                "deal_date",
            ],
            firms=[f("Enshu Denso"), f("Denso")],
            provinces=[pv("Hưng Yên")],
            money=[m(2.1 * B, "JPY", approx=True)],
            deals=[deal("investment", ["Enshu Denso"], 2.1 * B, HY, "2008-10-20")],
            events=[ev("investment_announcement", [F("Enshu Denso")], 2.1 * B, "JPY", HY, "announced")],
        ),
        h(
            n(),
            "Giữa năm 2010 là lúc dây chuyền dự kiến chạy, sau khi nhà xưởng khởi công tháng 3/2009 và xong vào tháng 10; vốn điều lệ 1,2 tỷ yen do công ty mẹ góp đủ.",
            "2008-10-28",
            "ministry",
            [
                "foreign_page_rendered",
                "charter_capital_no_firm",
                "planned_groundbreaking_no_firm",
                "no_event",
            ],
            money=[m(1.2 * B, "JPY")],
            events=[],
        ),
        h(
            n(),
            "Năm 2012, công ty con này dự kiến có 750 nhân viên và doanh thu khoảng 3,4 tỷ yen; cảm biến cho bướm ga chủ yếu bán trong ASEAN, còn van xuất đi mọi nơi trừ Nhật Bản.",
            "2008-10-28",
            "ministry",
            [
                "foreign_page_rendered",
                "forecast_no_deal",
                "count",
                "approx",
                "bloc_nothing",
                "country",
                "no_event",
            ],
            quantities=[c(750, "nhân viên")],
            money=[m(3.4 * B, "JPY", approx=True)],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- English: a spam-injected copy of a camera-module expansion (S9 r1) and a news agency's copy of the capital
    # increase licensed by Hải Phòng, rendered in Vietnamese from its French edition (S9 r2) ---
    rows += [
        h(
            n(),
            "Haneul Photonics sets out 4 mln Hai Phong expansion 1xbet telegram camera-module push\nCapacity 1xbet telegram Vietnam to double, company says.",
            "2024-12-02",
            "ministry",
            [E, "spam_injected_copy", "stripped_figure_no_money", "announced_investment", "multiline"],
            firms=[f("Haneul Photonics")],
            provinces=[pv("Hải Phòng")],
            deals=[deal("investment", ["Haneul Photonics"], None, HP)],
            events=[ev("investment_announcement", [F("Haneul Photonics")], None, None, HP, "announced")],
        ),
        h(
            n(),
            "Spending of 402.6 billion Korean Won (4 million) between November 25, 2024 and the end of 2025 will go into a bigger smartphone camera-module plant 1xbet telegram northern Hai Phong city, South Korean components maker Haneul Photonics said.",
            "2024-12-02",
            "ministry",
            [
                E,
                "spam_injected_copy",
                "announced_investment",
                "stripped_figure_no_money",
                "adjective_no_country",
            ],
            firms=[f("Haneul Photonics")],
            provinces=[pv("Hải Phòng")],
            money=[m(402.6 * B, "KRW")],
            deals=[deal("investment", ["Haneul Photonics"], 402.6 * B, HP)],
            events=[
                ev("investment_announcement", [F("Haneul Photonics")], 402.6 * B, "KRW", HP, "announced")
            ],
        ),
        h(
            n(),
            "Last year Haneul had already committed 1.15 trillion Korean Won to its Vietnamese operations; this is the next step. Registered capital 1xbet telegram Vietnam now tops billion.",
            "2024-12-02",
            "ministry",
            [
                E,
                "spam_injected_copy",
                "recalled_programme_deal_no_event",
                "stripped_figure_no_money",
                "no_event",
            ],
            firms=[f("Haneul")],
            money=[m(1150 * B, "KRW")],
            deals=[deal("investment", ["Haneul"], 1150 * B)],
            events=[],
        ),
        h(
            n(),
            "Hơn 1,85 tỷ USD cho giai đoạn 2023-2025 là tổng vốn mới của dự án Haneul Photonics ở Hải Phòng, sau khi UBND thành phố trao giấy chứng nhận đăng ký đầu tư điều chỉnh hôm 27/6 với phần tăng thêm 900 triệu USD. (TTXVN)",
            "2023-06-28",
            "ministry",
            [
                "foreign_page_rendered",
                "amount_first",
                "new_total_first",
                "capital_increase_licence",
                "bare_committee_grantor",
                "year_range_no_count",
                "agency_credit_nothing",
                "approx",
                "deal_date",
            ],
            firms=[f("Haneul Photonics")],
            provinces=[pv("Hải Phòng")],
            money=[m(1.85 * B, "USD", approx=True), m(900 * M, "USD")],
            deals=[deal("investment", ["Haneul Photonics"], 900 * M, HP, "2023-06-27")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND thành phố"), F("Haneul Photonics")],
                    900 * M,
                    "USD",
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Đi vào hoạt động từ năm 2020, nhà máy làm linh kiện điện tử cho ô tô và mô-đun camera cho điện thoại di động. Ảnh: TTXVN",
            "2023-06-28",
            "ministry",
            [
                "foreign_page_rendered",
                "plant_history_no_firm",
                "agency_credit_nothing",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- English: a chip trade site on a Japanese coil maker's new building in Vietnam (S10 r1), a park developer's page
    # on a lens plant's groundbreaking (S12 r4 = S18 r2), a chamber's wire item on an optical-fibre plant (S18 r3) ---
    rows += [
        h(
            n(),
            "Construction of a new production block at Ibuki Manufacturing Vietnam Co., Ltd. is to begin in June 2022, parent Ibuki Manufacturing Co., Ltd. said, putting the cost at 4.1 billion yen.",
            "2022-04-20",
            "ministry",
            [
                E,
                "announced_investment",
                "parent_and_unit_one_name",
                "vietnam_dropped",
                "foreign_legal_form",
                "month_no_date",
                "no_site",
            ],
            firms=[f("Ibuki Manufacturing", "Co., Ltd.")],
            money=[m(4_100_000_000, "JPY")],
            deals=[deal("investment", ["Ibuki Manufacturing"], 4_100_000_000)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Ibuki Manufacturing")],
                    4_100_000_000,
                    "JPY",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Completion is set for August 2023; the block will have 21,900 sq m of floor space on a 5,200 sq m footprint and will make inductors for cars and electronic equipment.",
            "2022-04-20",
            "ministry",
            [E, "anaphoric_no_firm", "sq_m_to_ha", "no_event"],
            areas=[ha(2.19), ha(0.52)],
            events=[],
        ),
        h(
            n(),
            "Sakaki Lens Vietnam gets started at VSIP Nghe An\n\nNghe An's provincial leaders looked on as Sakaki Lens broke ground for its lens factory on Thursday, 7 March 2019; the Japanese company spent close to three years weighing sites before it chose the province.",
            "2019-03-11",
            "ministry",
            [
                E,
                "park_developer_page",
                "headline_lead",
                "groundbreaking_started",
                "province_in_english_park_name",
                "vietnam_dropped_one_entry",
                "adjective_no_country",
                "deal_date",
                "multiline",
            ],
            firms=[f("Sakaki Lens")],
            provinces=[pv("Nghệ An")],
            deals=[deal("groundbreaking", ["Sakaki Lens"], None, NA, "2019-03-07")],
            events=[ev("groundbreaking", [F("Sakaki Lens")], None, None, NA, "started")],
        ),
        h(
            n(),
            "US$126 million and 75,000 square meters: those are the project's capital and land at VSIP Nghe An, where some 2,300 staff should be working by the end of 2020.",
            "2019-03-11",
            "ministry",
            [
                E,
                "park_developer_page",
                "amount_first",
                "project_figures_no_firm",
                "sq_m_to_ha",
                "count",
                "approx",
                "no_event",
            ],
            provinces=[pv("Nghệ An")],
            money=[m(126 * M, "USD")],
            areas=[ha(7.5)],
            quantities=[c(2300, "staff", True)],
            events=[],
        ),
        h(
            n(),
            "At about 110 million lenses a year, output would put the plant in the top tier of lens works worldwide; lines will not stop at night or at weekends.",
            "2019-03-11",
            "ministry",
            [E, "park_developer_page", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "5:19:25 PM | 22/5/2009\nA US$168 million optical-fibre plant, billed as Southeast Asia's first, gets its groundbreaking today in southern Binh Duong province, with Indochina Fibre Optic JSC (IFO) as investor.",
            "2009-05-22",
            "ministry",
            [
                E,
                "chamber_wire",
                "timestamp",
                "amount_first",
                "groundbreaking_today",
                "bracketed_acronym_one_entry",
                "region_nothing",
                "deal_date",
                "multiline",
            ],
            firms=[f("Indochina Fibre Optic", "JSC")],
            provinces=[pv("Bình Dương")],
            money=[m(168 * M, "USD")],
            deals=[deal("groundbreaking", ["Indochina Fibre Optic"], 168 * M, BD, "2009-05-22")],
            events=[ev("groundbreaking", [F("Indochina Fibre Optic")], 168 * M, "USD", BD, "started")],
        ),
        h(
            n(),
            "Galil Pure Glass Ltd of Israel supplies the process; IFO, set up in August last year, wants the 4-hectare site to turn silica and pure gases into fibre. (Investment, Vietnam Economic Times)",
            "2009-05-22",
            "ministry",
            [
                E,
                "chamber_wire",
                "technology_supplier_no_deal",
                "acronym_alone_firm",
                "of_country",
                "outlet_credit_nothing",
                "area",
                "no_event",
            ],
            firms=[f("Galil Pure Glass", "Ltd"), f("IFO")],
            areas=[ha(4)],
            locations=[country("Israel")],
            events=[],
        ),
    ]
    # --- English: an information portal's copy of a business site and an international news site on the camera-module
    # plant licensed in Hải Phòng in 2016 (S17 r1, S17 r2; S17 r4 a machine-translated copy of r1) ---
    rows += [
        h(
            n(),
            "A $480-million licence for a camera-module plant in northern Vietnam has gone to Haneul Photonics.\nThe Haneul Photonics site in Hai Phong city, in an artist's impression. Photo: hn-photo.co.kr",
            "2016-09-16",
            "ministry",
            [
                E,
                "lead_and_caption",
                "licence_no_grantor",
                "caption_sites",
                "site_credit_nothing",
                "multiline",
            ],
            firms=[f("Haneul Photonics")],
            provinces=[pv("Hải Phòng")],
            money=[m(480 * M, "USD")],
            deals=[deal("investment", ["Haneul Photonics"], 480 * M, HP)],
            events=[ev("investment_licence", [F("Haneul Photonics")], 480 * M, "USD", HP, "licensed")],
        ),
        h(
            n(),
            "According to a filing on the Hai Phong Economic Zone Authority's website, the plant gets 9 hectares in An Duong Industrial Park; a Korean daily had put the project at only $210 million in July.",
            "2016-09-16",
            "ministry",
            [
                E,
                "reported_figure_no_firm",
                "province_in_org_name",
                "english_park_no_location",
                "adjective_no_country",
                "area",
                "no_event",
            ],
            organizations=["Hai Phong Economic Zone Authority"],
            provinces=[pv("Hải Phòng")],
            money=[m(210 * M, "USD")],
            areas=[ha(9)],
            events=[],
        ),
        h(
            n(),
            "Appliances came first: Haneul Group's $1.4-billion complex in the city has run since April 2015, and the camera plant lifts the group's Hai Phong total to $3.28 billion.",
            "2016-09-16",
            "ministry",
            [E, "recalled_plant_deal_no_event", "running_total_no_deal", "group_in_english_name", "no_event"],
            firms=[f("Haneul Group")],
            provinces=[pv("Hải Phòng")],
            money=[m(1.4 * B, "USD"), m(3.28 * B, "USD")],
            deals=[deal("investment", ["Haneul Group"], 1.4 * B, HP)],
            events=[],
        ),
        h(
            n(),
            "A $480-million factory for Haneul Photonics Co Ltd, making camera modules for big handset brands including the group's own, is Haneul Group's third approved project in the northern city of Hai Phong.",
            "2016-09-16",
            "ministry",
            [
                E,
                "amount_first",
                "approval_licence",
                "unit_is_investor",
                "ordinal_no_count",
                "foreign_legal_form",
            ],
            firms=[f("Haneul Group"), f("Haneul Photonics", "Co Ltd")],
            provinces=[pv("Hải Phòng")],
            money=[m(480 * M, "USD")],
            deals=[deal("investment", ["Haneul Photonics"], 480 * M, HP)],
            events=[ev("investment_licence", [F("Haneul Photonics")], 480 * M, "USD", HP, "licensed")],
        ),
        h(
            n(),
            "Output of about 28 million modules a month, all for export, is planned from the fourth quarter of 2017, according to media reports. Photo from congnghe.vn",
            "2016-09-16",
            "ministry",
            [E, "capacity_no_count", "site_credit_nothing", "quarter_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a regional broadcaster's and an Indian trade portal's copies of a wire story on a Chinese optics
    # group's planned complex in Thái Nguyên, and a defence forum thread reposting it (S18 r4, S18 r1, S17 r3) ---
    rows += [
        h(
            n(),
            "Business\n\nChina's Lingxi Optical plans $2.2 billion investment in Vietnam\nWhatsApp Telegram Facebook Twitter Email LinkedIn\n\nAdvertisement\n\nHANOI : An optical manufacturing complex worth as much as $2.2 billion is planned in northern Vietnam by Lingxi Optical Technology Group of China, local authorities said on Wednesday.",
            "2023-03-08",
            "ministry",
            [
                E,
                "share_buttons",
                "headline_lead",
                "announced_investment",
                "headline_short_name_two_entries",
                "possessive_country",
                "of_country",
                "dateline_mention",
                "as_much_as_not_approx",
                "multiline",
            ],
            firms=[f("Lingxi Optical"), f("Lingxi Optical Technology Group")],
            provinces=[pv("Hà Nội")],
            money=[m(2.2 * B, "USD")],
            locations=[country("China")],
            deals=[deal("investment", ["Lingxi Optical Technology Group"], 2.2 * B)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Lingxi Optical Technology Group")],
                    2.2 * B,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "A memorandum signed by the lens maker and Thai Nguyen province sets aside 24 to 38 hectares of Diem Thuy Industrial Park for the complex, according to a statement from the provincial People's Committee.\n\nRead by 100 Industry Professionals",
            "2023-03-09",
            "ministry",
            [
                E,
                "trade_portal_copy",
                "mou_without_named_firm_no_event",
                "area_range",
                "english_park_no_location",
                "bare_committee_no_org",
                "view_counter_nothing",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Thái Nguyên")],
            areas=[ha(24), ha(38)],
            events=[],
        ),
        h(
            n(),
            "Electronics and car makers would be its customers; the committee expects five years of building once a licence is issued.",
            "2023-03-09",
            "ministry",
            [E, "trade_portal_copy", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lingxi Optical Eyes USD 2.2B Optics Hub In Northern Vietnam\n\nUp to US$2.2 billion could flow from Lingxi Optical Technology Group into an optics production hub in the north of Vietnam, provincial officials announced on Wednesday.",
            "2023-07-04",
            "ministry",
            [
                E,
                "forum_thread",
                "headline_lead",
                "announced_investment",
                "headline_short_name_two_entries",
                "up_to_not_approx",
                "multiline",
            ],
            firms=[f("Lingxi Optical"), f("Lingxi Optical Technology Group")],
            money=[m(2.2 * B, "USD")],
            deals=[deal("investment", ["Lingxi Optical Technology Group"], 2.2 * B)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Lingxi Optical Technology Group")],
                    2.2 * B,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Third thread today on this. Mods, merge please. And for the record the lens tech is licensed from Canada, Lingxi itself is from Zhejiang. READ THE ARTICLE.",
            "2023-07-04",
            "ministry",
            [
                E,
                "forum_reply",
                "country_noun",
                "foreign_province_nothing",
                "licensing_no_deal",
                "caps_shouting",
                "ordinal_no_count",
                "no_event",
            ],
            firms=[f("Lingxi")],
            locations=[country("Canada")],
            events=[],
        ),
    ]
    # --- English: a Thai daily and a Japanese news service on a Japanese maker's capacitor plant in Thailand (S19 r2,
    # S19 r4) ---
    rows += [
        h(
            n(),
            "Ceramic capacitors, in which the Japanese firm claims 40% of the world market, will be the only product of the new Lamphun plant, Kameoka Electronics Thailand managing director Takuya Hirose said.",
            "2023-09-26",
            "ministry",
            [
                E,
                "plant_abroad_no_deal",
                "role_before_name",
                "country_in_firm_name_no_location",
                "foreign_province_nothing",
                "percentage",
                "no_event",
            ],
            persons=[per("Takuya Hirose", "Kameoka Electronics Thailand managing director")],
            firms=[f("Kameoka Electronics Thailand")],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "The first phase cost about 118 million baht; a second will follow before the plant reaches full output in 2028.",
            "2023-09-26",
            "ministry",
            [E, "anaphoric_no_firm", "ordinal_no_count", "approx", "no_event"],
            money=[m(118 * M, "THB", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Work began in July on a new capacitor building next to the Lamphun base of Kameoka Electronics Co.'s Thai unit, the Kyoto-based components maker said Monday; it expects demand to keep rising.",
            "2021-08-30",
            "ministry",
            [
                E,
                "news_service",
                "groundbreaking_abroad_no_deal",
                "possessive_firm",
                "foreign_province_nothing",
                "no_event",
            ],
            firms=[f("Kameoka Electronics", "Co.")],
            events=[],
        ),
    ]
    # --- English: a Chinese business site on a pressure-sensor maker's plant in Malaysia (S20 r2), and an electronics
    # news site and an assembly trade site on an EMS maker's groundbreaking in Hải Phòng (S20 r1, S20 r4) ---
    rows += [
        h(
            n(),
            "(Yicai) May 20 -- Kulim in Malaysia will host the first plant outside China for Qianli Sensing, whose pressure sensors go into cars and factory equipment; building started this week.",
            "2025-05-20",
            "ministry",
            [
                E,
                "outlet_prefix_nothing",
                "groundbreaking_abroad_no_deal",
                "foreign_city_nothing",
                "country_noun",
                "no_event",
            ],
            firms=[f("Qianli Sensing")],
            locations=[country("Malaysia"), country("China")],
            events=[],
        ),
        h(
            n(),
            "Some 180 local people will staff the MYR95 million (USD21.6 million) site, a fully automated 9,500-square-metre building due to start mass production next spring.",
            "2025-05-20",
            "ministry",
            [
                E,
                "anaphoric_no_firm",
                "count_first",
                "bracketed_conversion",
                "sq_m_to_ha",
                "approx",
                "no_event",
            ],
            money=[m(95 * M, "MYR"), m(21.6 * M, "USD")],
            areas=[ha(0.95)],
            quantities=[c(180, "local people", True)],
            events=[],
        ),
        h(
            n(),
            "© Jadeite Microsystems\n\nJadeite Microsystems starts work on Vietnam site\n\nGround has been broken at Nam Cau Kien Industrial Park, Thuy Nguyen District, Haiphong City, for a new facility of the Taiwanese electronics maker.",
            "2020-11-18",
            "ministry",
            [
                E,
                "firm_credit_nothing",
                "headline_lead",
                "groundbreaking_started",
                "english_park_no_location",
                "english_district_nothing",
                "adjective_no_country",
                "multiline",
            ],
            firms=[f("Jadeite Microsystems")],
            provinces=[pv("Hải Phòng")],
            deals=[deal("groundbreaking", ["Jadeite Microsystems"], None, HP)],
            events=[ev("groundbreaking", [F("Jadeite Microsystems")], None, None, HP, "started")],
        ),
        h(
            n(),
            "USD 180 million is budgeted for Phase I alone, which puts the project among Haiphong's biggest of the year; directors approved it in late 2019.",
            "2020-11-18",
            "ministry",
            [E, "anaphoric_no_firm", "board_approval_no_firm", "no_event"],
            provinces=[pv("Hải Phòng")],
            money=[m(180 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Chen Li-wei, director of manufacturing services at the Vietnam facility, expects first output in the third quarter of 2021, a quarter after Phase I is built.",
            "2020-11-18",
            "ministry",
            [E, "role_after_name", "speaker_first", "quarter_no_count", "no_event"],
            persons=[per("Chen Li-wei", "director of manufacturing services at the Vietnam facility")],
            events=[],
        ),
        h(
            n(),
            "HAIPHONG CITY, VIETNAM – $180 million is planned for phase one of a 58,000 sq. m. factory on which EMS firm Jadeite broke ground here.\n\nSubmit to FacebookSubmit to LinkedInPrint Article",
            "2020-11-19",
            "ministry",
            [
                E,
                "print_page",
                "dateline_here_sites",
                "amount_first",
                "groundbreaking_with_amount",
                "short_name_alone",
                "sq_m_to_ha",
                "share_chrome",
                "multiline",
            ],
            firms=[f("Jadeite")],
            provinces=[pv("Hải Phòng")],
            money=[m(180 * M, "USD")],
            areas=[ha(5.8)],
            deals=[deal("groundbreaking", ["Jadeite"], 180 * M, HP)],
            events=[ev("groundbreaking", [F("Jadeite")], 180 * M, "USD", HP, "started")],
        ),
        h(
            n(),
            "Jadeite has 11 manufacturing sites, none yet in Southeast Asia; this one should bring more than 1,500 jobs.",
            "2020-11-19",
            "ministry",
            [E, "print_page", "count", "approx", "region_nothing", "no_event"],
            firms=[f("Jadeite")],
            quantities=[c(1500, "jobs", True), c(11, "manufacturing sites")],
            events=[],
        ),
    ]
    # --- A French-language daily's agency item on a group's supplier seminar, rendered in Vietnamese (S15 r4) ---
    rows += [
        h(
            n(),
            "Tìm thêm nhà cung cấp linh kiện trong nước là mục đích hội thảo – triển lãm công nghiệp hỗ trợ lần thứ tư mà Công ty TNHH Hanseong Electronics Việt Nam cùng Bộ Công Thương và Bộ Kế hoạch và Đầu tư tổ chức hôm thứ ba ở Hà Nội, với hơn 420 đại biểu cơ quan nhà nước và chừng 260 doanh nghiệp.",
            "2017-06-21",
            "ministry",
            [
                "foreign_page_rendered",
                "seminar_no_deal",
                "vietnam_dropped",
                "count",
                "approx",
                "ordinal_no_count",
                "no_event",
            ],
            firms=[f("Hanseong Electronics", "Công ty TNHH")],
            organizations=["Bộ Công Thương", "Bộ Kế hoạch và Đầu tư"],
            provinces=[pv("Hà Nội")],
            quantities=[c(420, "đại biểu", True), c(260, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Chuyên gia Hàn Quốc được cử sang kèm cặp từ năm 2015; nhờ đó chuỗi cung ứng của tập đoàn nay có 205 doanh nghiệp Việt. – TTXVN/CVN",
            "2017-06-21",
            "ministry",
            ["foreign_page_rendered", "count", "country_word", "agency_credit_nothing", "no_event"],
            quantities=[c(205, "doanh nghiệp")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- More lines from the same first-four pages (S1 r1, S2 r1-r4, S3 r4, S6 r3, S7 r1, S8 r1, S9 r1, S9 r3, S9 r4,
    # S10 r1-r3, S11 r2, S15 r1, S16 r2, S17 r1, S18 r1, S18 r4, S19 r2, S20 r2, S20 r3) ---
    rows += [
        h(
            n(),
            "Xem thêm:\n- Nhật rót hàng tỉ USD cho cuộc đua chip thế hệ mới\n- Vốn ngoại vào công nghệ cao tăng mạnh nửa đầu năm",
            "2023-08-14",
            "ministry",
            [
                "feature",
                "related_links",
                "vague_amount_none",
                "country_short_form",
                "nfd",
                "multiline",
                "no_event",
            ],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Mạng chậm? Có thể chuyển sang bản rút gọn của trang. Đóng",
            "2025-10-20",
            "ministry",
            ["page_chrome", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà máy thứ hai ở Việt Nam là cách Kisaragi giảm rủi ro cho dây chuyền ở Đông Quan và đa dạng hoá nơi sản xuất giữa lúc căng thẳng thương mại chưa hạ nhiệt.",
            "2024-11-28",
            "ministry",
            ["relocation_no_deal", "ordinal_no_count", "foreign_city_nothing", "old_tone", "nfd", "no_event"],
            firms=[f("Kisaragi")],
            events=[],
        ),
        h(
            n(),
            "Giữ an ninh thông tin và hiện đại hoá mạng viễn thông là hai lý do DDT nêu khi quyết làm sợi trong nước thay vì chỉ mua về để bện cáp.",
            "2019-08-16",
            "ministry",
            ["acronym_alone_firm", "counts_in_words", "old_tone", "no_event"],
            firms=[f("DDT")],
            events=[],
        ),
        h(
            n(),
            "Việc chạy thử mô-đun cho thế hệ máy kế tiếp đã bắt đầu, người này nói thêm; trước đây ông từng tiết lộ đúng thiết kế camera trước ngày ra mắt.",
            "2022-08-30",
            "ministry",
            ["anonymous_source", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chống rung bằng dịch chuyển cảm biến được đồn sẽ có trên mọi mẫu máy mới – và giá bán vì thế cao hơn.",
            "2021-09-03",
            "ministry",
            ["product_rumour", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điện thoại thông minh ngày càng tốt, cộng với thực tế tăng cường (AR) và thực tế ảo (VR), khiến nhu cầu mô-đun camera chất lượng cao tăng theo.",
            "2025-09-22",
            "ministry",
            ["context_line", "acronym_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hàng chục tỷ USD hàng xuất nhập khẩu đã qua tay Haneul ở Hải Phòng kể từ năm 2014.",
            "2023-06-28",
            "ministry",
            ["vague_amount_none", "year_no_count", "no_event"],
            firms=[f("Haneul")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Lễ khánh thành nhà máy sợi quang của DDT ở Bắc Ninh. Ảnh: Đông Đô",
            "2019-08-16",
            "ministry",
            ["caption", "inauguration_caption", "acronym_alone_firm", "firm_credit_nothing"],
            firms=[f("DDT")],
            provinces=[pv("Bắc Ninh")],
            events=[ev("inauguration", [F("DDT")], None, None, BN, "completed")],
        ),
        h(
            n(),
            "Bậc thang đã được vạch sẵn: làm linh kiện đơn giản trước, quen cách tập đoàn chấm đối tác, rồi mới nhận phần việc khó hơn.",
            "2014-10-10",
            "ministry",
            ["anaphoric_firm_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một chiếc điện thoại có thể chứa tới cả nghìn tụ loại này; MLCC đem về hơn 40% doanh thu của Kameoka.",
            "2023-09-28",
            "ministry",
            ["foreign_page_rendered", "count_in_words", "percentage", "no_event"],
            firms=[f("Kameoka")],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Trước Hưng Yên, Enshu Denso mới có một cơ sở ngoài Nhật Bản, ở Indonesia.",
            "2008-10-28",
            "ministry",
            ["foreign_page_rendered", "count_in_words", "country", "no_event"],
            firms=[f("Enshu Denso")],
            provinces=[pv("Hưng Yên")],
            locations=[country("Nhật Bản"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "cảm biến ảnh\nHanseong đưa cảm biến camera 200 megapixel vào sản xuất hàng loạt  Công nghệ - 2 năm trước",
            "2021-06-14",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "product_launch_no_deal",
                "resolution_no_count",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Hanseong")],
            events=[],
        ),
        h(
            n(),
            "Cheaper supply was the reason its largest US client pushed Haneul Photonics to add Vietnam to its module plants in Cheongju (South Korea) and Suzhou (China), earlier reports said.\nQuoc Hung / BizLIVE",
            "2016-09-16",
            "ministry",
            [
                E,
                "customer_request_no_deal",
                "adjective_no_country",
                "foreign_city_nothing",
                "country_noun",
                "byline_with_outlet",
                "multiline",
                "no_event",
            ],
            persons=[per("Quoc Hung", None)],
            firms=[f("Haneul Photonics")],
            locations=[country("South Korea"), country("China")],
            events=[],
        ),
        h(
            n(),
            "Based in Zhejiang and listed on the stock market, Lingxi Optical Technology sells lens sets and camera modules to Chinese handset brands and has a sideline in surveying instruments.",
            "2023-07-04",
            "ministry",
            [E, "forum_thread", "profile", "foreign_province_nothing", "adjective_no_country", "no_event"],
            firms=[f("Lingxi Optical Technology")],
            events=[],
        ),
        h(
            n(),
            "Samsung Electronics already makes most of its Vietnam-built phones in the same province, about 50 km from Hanoi.",
            "2023-03-09",
            "ministry",
            [
                E,
                "trade_portal_copy",
                "distance_no_count",
                "same_province_unnamed",
                "well_known_firm",
                "no_event",
            ],
            firms=[f("Samsung Electronics")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "In all, 28 billion baht is budgeted for the Lamphun site, Hirose added.",
            "2023-09-26",
            "ministry",
            [E, "plant_abroad_no_deal", "foreign_province_nothing", "surname_alone_no_person", "no_event"],
            money=[m(28 * B, "THB")],
            events=[],
        ),
        h(
            n(),
            '"It adds depth to our electrical and electronics cluster," state executive councillor Lim Chee Wah said at the ceremony.',
            "2025-05-20",
            "ministry",
            [E, "quote_first", "role_before_name", "no_event"],
            persons=[per("Lim Chee Wah", "state executive councillor")],
            events=[],
        ),
        h(
            n(),
            'Haneul Photonics gave no breakdown, saying only that the spending would "strengthen optical solutions 1xbet telegram a fast market".',
            "2024-12-02",
            "ministry",
            [E, "spam_injected_copy", "quote_no_event", "no_event"],
            firms=[f("Haneul Photonics")],
            events=[],
        ),
        h(
            n(),
            "Thiếu tín hiệu từ cảm biến vị trí trục khuỷu (Crankshaft Position sensor), bộ điều khiển không biết piston đang ở đâu và máy khó nổ.",
            "2023-07-21",
            "ministry",
            ["explainer", "english_term_in_brackets", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "IoT tại Việt Nam: nhiều xưởng vừa và nhỏ gắn thử cảm biến rung, cảm biến nhiệt lên máy cũ trước khi tính chuyện mua dây chuyền mới.",
            "2025-02-10",
            "ministry",
            ["explainer", "acronym_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Số dự án mới cấp trong sáu tháng giảm, nhưng vốn bình quân mỗi dự án lại nhích lên, dấu hiệu cho thấy các nhà đầu tư lớn vẫn ở lại.",
            "2023-08-14",
            "ministry",
            ["feature", "statistics_no_deal", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bản dựng mẫu máy mới, theo tin rò rỉ. Ảnh: Minh Khoa",
            "2021-09-03",
            "ministry",
            ["caption", "photo_credit_person", "no_event"],
            persons=[per("Minh Khoa", None)],
            events=[],
        ),
        h(
            n(),
            "Cảm biến gắn ở bướm ga để đo lượng khí nạp; van điện từ đưa hơi xăng bốc lên trong bình về lại động cơ.",
            "2008-10-28",
            "ministry",
            ["foreign_page_rendered", "product_line_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Câu hỏi thường gặp\nIoT khác gì tự động hoá kiểu cũ? Cần bao nhiêu cảm biến cho một xưởng nhỏ?",
            "2025-02-10",
            "ministry",
            ["explainer", "faq", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    return rows
