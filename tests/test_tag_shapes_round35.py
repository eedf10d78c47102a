# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 35 (issue 12), each on sentences of our own, seen in blind batches 119-121:

- English round-ups of stakes bought: "X paid $N for Y" and "... for the whole of Y" (Y bought whole), "...,
  with 75 percent sold to Korea's X", "The X purchase of 65 percent of Y", "X's acquisition of 51 percent of Y":
  X's investment, no event (were none);
- English plants told before their investor: "A cable plant in ... has been set up by X", "A new plant ... was
  unveiled by X on Tuesday", "A paper mill ... is next in line, planned by Korea's X", "A $60 million plant ...
  is what X has announced for Nghe An": X's announced investment (were none); "The committee was set up by X"
  (no plant) is none;
- a known firm whose name is also a company word ("Denso", a Japanese firm's word for electrical equipment, as
  "Denki" is) after a foreign name's word names that word's firm ("Shirane Denso", was "Denso"); Denso alone
  stays Denso;
- "Riêng" opening a sentence is no part of the foreign name after it ("Riêng Hebei X Co.,Ltd được miễn": was
  "Riêng Hebei X"), while "Sầu riêng" stays inside a firm's name (name_words.json "openers", not a stop word);
- an English possessive's plural or branch ("X's subsidiaries", "X's branches in Hanoi", "X's plants") says X
  is a firm, as "X's plant" did (known_firms.json "possessed"), also with a place between ("X's Hanoi
  branch"); a country's or a province's ("Vietnam's factories", "Binh Duong's plants") is none;
- decisions' dates: "số N mà Bộ X ký ngày D", "do Chủ tịch UBND tỉnh X ký ngày D", "được Quốc hội thông qua ngày
  D" and "Ngày D, Quốc hội thông qua Luật ... số N", an opening "Trước đó, ngày D, ...", "các Quyết định số A và B
  cùng ký ngày D", a date in brackets right after the number ("(12/8/2024)"), and English "..., which the board
  approved on May 4, 2023" (were none); a number the text dates once and cites again keeps that date (one
  document, one date: batch 10's gold, which listed the second citation undated, follows batches 37 and 49);
- court judgments' numbers ("BẢN ÁN 11/2025/KDTM-PT NGÀY ...", "Bản án số 21/2024/KDTM-ST", a court's
  "Quyết định số 04/2025/QĐST-KDTM"), contracts' ("Số: 07/2025/HĐ-XD") and listed firms' disclosures' ("Số:
  12/2026/CBTT-HKM") are numbers (were none; decisions.json "court", doc types "HĐ" and "CBTT");
- a line in lower case with no accent and no punctuation ("download phap luat thong tu 09 2024 tt bct ...",
  "nghi quyet so 52 nq cp") is a search phrase or a tag and cites no document (blind batches' gold says so on
  every such line); a title typed without accents but with a capital still gives its number;
- a groundbreaking or an opening with a time still to come after its verb ("..., động thổ cuối năm nay",
  "khởi công nhà máy thép vào quý tới"; not after "đã") is planned: an announced investment; "đã chạy chính
  thức" opens a plant; English "A of Korea and Vietnamese conglomerate B have opened ...": both open it;
- a by-line with its weekday and date ("Thanh Vân Thứ Năm | 21/09/2023 09:12", "Hoài Nam Thứ ba, ngày
  16/09/2025") names its writer (a place's dateline does not);
- a date before a bare name ("2025-07-30 Halcon Vina's plant") is no part of it (a number is: "52 Rubber Co.,
  Ltd"); a power company written bare ("Điện lực Kon Tum", "Điện lực Hưng Phát": known_firms.json
  industry_heads) is a firm, the country's power industry ("Ngành Điện lực Việt Nam") none;
- a request to a shareholder to buy ("đề nghị cổ đông lớn X mua lại cổ phiếu ...") states no deal (deals.json
  "revoked": asked, not agreed);
- "Printing", "Flexibles", "Films", "Inks", "Pack" and "Heavy" end a firm's name (known_firms.json tails: "Tan
  Phu Printing", "Marula Films", "Hoa Binh Heavy"); "fund manager" before a bare name is a cue ("Korean fund
  manager Norvane"); "X has also put $N into packaging group Y" and "Y passed 70 per cent into the hands of X":
  X's investment, no event; company words alone ("... on Label and Packaging Printing in Vietnam") name no
  firm unless a group's or company's word ends them ("Minh Khoa Construction and Trading Company").

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-34 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


def _deals(text: str) -> list[tuple[str, list[str], float | None]]:
    return [(d.kind, sorted(d.parties), d.amount) for d in tag_text(text).deals]


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, sorted(p.name for p in e.parties)) for e in tag_text(text).events]


@pytest.mark.parametrize(
    ("text", "buyer", "amount"),
    [
        (
            "From Japan, Orvel Machines paid US$61.5 million for Hoa Son Carton (HSC), its biggest buy in the region so far.",
            "Orvel Machines",
            61_500_000,
        ),
        (
            "Brandt Logistics paid $12 million for the whole of Tan Cang Labels, a family-run printer.",
            "Brandt Logistics",
            12_000_000,
        ),
        (
            "Tan Khanh Plastics went the same way in 2017, with 75 percent sold to Korea's Sunwoo Pack for US$9.1 million.",
            "Sunwoo Pack",
            9_100_000,
        ),
        ("Lido Foods's acquisition of 51 percent of Hanh Phuc Dairy JSC closed in May.", "Lido Foods", None),
        (
            "The Halvik Group purchase of 65 percent of Hoa Son Carton JSC was put at about $30 million.",
            "Halvik Group",
            None,
        ),
    ],
)
def test_a_stake_or_a_firm_bought_told_in_a_round_up_is_the_buyers_investment(
    text: str, buyer: str, amount: float | None
) -> None:
    assert _deals(text) == [("investment", [buyer], amount)]
    assert _events(text) == []


def test_a_price_paid_for_a_plant_names_no_firm_bought() -> None:
    assert _deals("Orvel Machines paid US$6 million for new presses in March.") == []


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "A cable plant in southern Long An province, two hours from the port, has been set up by Tervo Group Vietnam.",
            "Tervo Group",
        ),
        (
            "A new switchgear plant in Bắc Ninh, costing about US$75 million, was unveiled by Halden Power on Tuesday at its annual forum.",
            "Halden Power",
        ),
        (
            "A paper mill in central Quang Tri province is next in line, planned by Korea's Seoam Paper.",
            "Seoam Paper",
        ),
        (
            "A $60 million plant for marine cables is what Vostra Energy has announced for Nghe An.",
            "Vostra Energy",
        ),
    ],
)
def test_a_plant_told_before_its_investor_is_the_investors_announced_investment(
    text: str, investor: str
) -> None:
    assert [(k, p) for k, p, _ in _deals(text)] == [("investment", [investor])]
    assert _events(text) == [("investment_announcement", [investor])]


def test_a_body_set_up_by_a_firm_is_no_plant() -> None:
    text = "The committee was set up by Tervo Group in 2019."
    assert _deals(text) == []
    assert _events(text) == []


def test_a_known_firm_that_is_a_company_word_after_a_foreign_word_names_that_firm() -> None:
    text = "Ogawa Motor Corp's small-motor unit Shirane Denso will build a third plant in northern Vietnam."
    assert _firms(text) == ["Ogawa Motor Corp", "Shirane Denso"]
    assert [p for _, p, _ in _deals(text)] == [["Shirane Denso"]]


@pytest.mark.parametrize(
    "text",
    ["Denso đầu tư thêm 50 triệu USD vào nhà máy ở Hà Nội.", "In Denso's plant, workers assemble parts."],
)
def test_the_known_firm_alone_stays_itself(text: str) -> None:
    assert _firms(text) == ["Denso"]


def test_rieng_opening_a_sentence_is_no_part_of_the_foreign_name_after_it() -> None:
    text = "Riêng Hebei Tianhe Steel Tower Co.,Ltd được miễn vì không bán phá giá."
    assert _firms(text) == ["Hebei Tianhe Steel Tower"]


def test_rieng_inside_a_firms_name_stays() -> None:
    text = "Sở Tài chính trao giấy chứng nhận cho Công ty TNHH Sầu riêng Krông Pắc Agri."
    assert _firms(text) == ["Sầu riêng Krông Pắc Agri"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Halvik's branches in Hanoi sell overhead cranes to local plants.", "Halvik"),
        ("Torvane's subsidiaries include two dozen small yards.", "Torvane"),
        ("Kessbach's plants in Dong Nai run two shifts.", "Kessbach"),
    ],
)
def test_an_english_possessives_plural_or_branch_names_a_firm(text: str, firm: str) -> None:
    assert _firms(text) == [firm]


@pytest.mark.parametrize(
    "text",
    ["Vietnam's factories hired two million people last year.", "Binh Duong's plants use solar power."],
)
def test_a_places_plural_possessive_names_no_firm(text: str) -> None:
    assert _firms(text) == []


def _decisions(text: str, published: str | None = "2025-06-01") -> list[tuple[str, str | None]]:
    return [(d.number, d.date) for d in tag_text(text, published).decisions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mức thuế kéo dài 5 năm theo Quyết định số 715/QĐ-BCT mà Bộ Công Thương ký ngày 4/3/2025.",
            [("715/QĐ-BCT", "2025-03-04")],
        ),
        (
            "Cụm được lập theo Quyết định số 2715/QĐ-UBND do Chủ tịch UBND tỉnh Bình Thuận ký ngày 14 tháng 12 năm 2010.",
            [("2715/QĐ-UBND", "2010-12-14")],
        ),
        (
            "Luật Hóa chất số 69/2025/QH15 được Quốc hội thông qua ngày 14 tháng 6 năm 2025.",
            [("69/2025/QH15", "2025-06-14")],
        ),
        (
            "Ngày 14/6/2025, Quốc hội thông qua Luật Hóa chất số 69/2025/QH15 với đa số đại biểu tán thành.",
            [("69/2025/QH15", "2025-06-14")],
        ),
        (
            "Trước đó, ngày 21/5, UBND tỉnh Gia Lai đã ban hành các Quyết định số 701/QĐ-UBND và 702/QĐ-UBND chấp thuận hai dự án.",
            [("701/QĐ-UBND", "2025-05-21"), ("702/QĐ-UBND", "2025-05-21")],
        ),
        (
            "Hai cụm được mở rộng theo các Quyết định số 441/QĐ-UBND và 442/QĐ-UBND cùng ký ngày 30/4/2025.",
            [("441/QĐ-UBND", "2025-04-30"), ("442/QĐ-UBND", "2025-04-30")],
        ),
        (
            "Lộ trình xe buýt do Sở Xây dựng duyệt tại Quyết định số 2210/QĐ-SXD (12/8/2024).",
            [("2210/QĐ-SXD", "2024-08-12")],
        ),
        (
            "The line was built under Decision No. 07/2023/QD-HDQT, which the board approved on May 4, 2023.",
            [("07/2023/QĐ-HĐQT", "2023-05-04")],
        ),
    ],
)
def test_the_issue_date_told_after_the_number_or_before_its_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _decisions(text) == expected


def test_a_number_cited_again_keeps_the_date_the_text_gave_it() -> None:
    text = (
        "Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về cụm công nghiệp; Nghị định "
        "số 88/2025/NĐ-CP ngày 2 tháng 6 năm 2025 của Chính phủ sửa đổi một số điều của Nghị định số 32/2024/NĐ-CP;"
    )
    assert _decisions(text) == [
        ("32/2024/NĐ-CP", "2024-03-15"),
        ("88/2025/NĐ-CP", "2025-06-02"),
        ("32/2024/NĐ-CP", "2024-03-15"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "doc_type", "date"),
    [
        (
            "TÒA ÁN NHÂN DÂN TỈNH HÀ NAM\nBẢN ÁN 11/2025/KDTM-PT NGÀY 12/05/2025\nVỀ TRANH CHẤP HỢP ĐỒNG MUA BÁN HÀNG HÓA",
            "11/2025/KDTM-PT",
            "Bản án",
            "2025-05-12",
        ),
        (
            "Theo Bản án số 21/2024/KDTM-ST ngày 3/10/2024 của Tòa án nhân dân huyện Yên Phong, Công ty A thắng kiện.",
            "21/2024/KDTM-ST",
            "Bản án",
            "2024-10-03",
        ),
        (
            "Tòa án nhân dân tỉnh Hà Tĩnh đã ra Quyết định số 04/2025/QĐST-KDTM ngày 2/6/2025 công nhận sự thỏa thuận.",
            "04/2025/QĐST-KDTM",
            "Quyết định",
            "2025-06-02",
        ),
        (
            "HỢP ĐỒNG THI CÔNG XÂY DỰNG\nSố: 07/2025/HĐ-XD\nGIỮA\nTRƯỜNG TRUNG CẤP NGHỀ AN NHƠN\nVÀ\nCÔNG TY CỔ PHẦN XÂY DỰNG PHÚ CÁT",
            "07/2025/HĐ-XD",
            "Hợp đồng",
            None,
        ),
        (
            "CÔNG TY CỔ PHẦN CƠ KHÍ HÒA KHÁNH\nSố: 12/2026/CBTT-HKM\nV/v: Công bố thông tin ký hợp đồng có giá trị lớn",
            "12/2026/CBTT-HKM",
            "Công bố thông tin",
            None,
        ),
    ],
)
def test_court_judgments_contracts_and_disclosures_have_numbers(
    text: str, number: str, doc_type: str, date: str | None
) -> None:
    [d] = tag_text(text).decisions
    assert (d.number, d.doc_type, d.date) == (number, doc_type, date)


@pytest.mark.parametrize(
    "text",
    [
        "download phap luat thong tu 09 2024 tt bct huong dan cum cong nghiep",
        "nghi quyet so 52 nq cp",
        "Tin liên quan\nnghi dinh so 61 2023 nd cp ve khuyen cong\nGiá thép tăng",
    ],
)
def test_a_search_phrase_in_lower_case_without_accents_cites_no_document(text: str) -> None:
    assert tag_text(text).decisions == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dây chuyền tủ điện sẽ nằm trong nhà máy thứ hai của Tập đoàn Halvorsen Electric tại Việt Nam – 40.000 m² ở KCN Tiên Sơn (Bắc Ninh), động thổ cuối năm nay.",
            ("investment_announcement", ["Halvorsen Electric"]),
        ),
        (
            "Công ty TNHH Cơ khí Minh Phát khởi công nhà máy thép vào quý tới.",
            ("investment_announcement", ["Cơ khí Minh Phát"]),
        ),
        (
            "Công ty TNHH Cơ khí Minh Phát đã khởi công nhà máy thép đầu năm nay.",
            ("groundbreaking", ["Cơ khí Minh Phát"]),
        ),
    ],
)
def test_a_groundbreaking_told_with_a_time_to_come_after_its_verb_is_planned(
    text: str, expected: tuple[str, list[str]]
) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Tốn hơn 200 tỷ đồng cho giai đoạn 1 trong KCN Quang Châu, nhà máy của Công ty CP Bao bì Hòa Lợi đã chạy chính thức từ ngày 12/3.",
            "Bao bì Hòa Lợi",
        ),
        (
            "TP - Nhà máy tôn thứ hai của Tập đoàn Thép Nam Việt, đặt trong KCN Hòa Hiệp 1, đã chạy chính thức từ sáng 20/4.",
            "Thép Nam Việt",
        ),
    ],
)
def test_a_plant_running_officially_is_its_owners_opening(text: str, firm: str) -> None:
    assert _events(text) == [("inauguration", [firm])]


def test_two_firms_that_open_a_plant_together_are_both_its_openers() -> None:
    text = (
        "HANOI -- Ostrava Motors of the Czech Republic and Vietnamese conglomerate Phu Lam Group have opened a "
        "second pump factory for their joint venture in northern Vietnam."
    )
    assert _events(text) == [("inauguration", ["Ostrava Motors", "Phu Lam Group"])]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Chủ đề nóng\n\nNhà máy cáp mới ở Long An\n\nThanh Vân Thứ Năm | 21/09/2023 09:12\n\nGiá đồng tăng.",
            "Thanh Vân",
        ),
        ("Tin mới\nHoài Nam Thứ ba, ngày 16/09/2025 10:30 GMT+7\nGiá thép tăng.", "Hoài Nam"),
    ],
)
def test_a_by_line_with_its_weekday_and_date_names_the_writer(text: str, person: str) -> None:
    assert [p.name for p in tag_text(text).persons] == [person]


def test_a_dateline_with_its_weekday_names_no_person() -> None:
    assert tag_text("Hà Nội Thứ Hai, 12/05/2025\nGiá thép tăng.").persons == []


def test_years_after_counted_are_no_time_to_come() -> None:
    text = (
        "Nhà máy mô tơ của Tập đoàn Kovac ở Bắc Ninh, vốn ban đầu 300 triệu USD, được khởi công năm 2011 – mười "
        "hai năm sau khi tập đoàn mở văn phòng ở Hà Nội."
    )
    assert _events(text) == [("groundbreaking", ["Kovac"])]


def test_a_shared_date_without_its_year_and_no_publication_date_leaves_the_numbers_undated() -> None:
    text = "Hai cụm được mở rộng theo các Quyết định số 441/QĐ-UBND và 442/QĐ-UBND cùng ký ngày 30/4."
    assert _decisions(text, None) == [("441/QĐ-UBND", None), ("442/QĐ-UBND", None)]


def test_a_date_before_a_bare_name_is_no_part_of_it() -> None:
    text = " date 2025-07-30 Halcon Vina's plant in Dong Nai province will get new lines for cable."
    assert _firms(text) == ["Halcon"]


def test_a_number_opening_a_firms_name_stays() -> None:
    text = "Viet Long Mechanical JSC and 52 Rubber Co., Ltd will host Toyota experts."
    assert "52 Rubber" in _firms(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "(QNgO) - Với 2,1 tỷ đồng, Điện lực Kon Tum đã dựng xong trạm 2.500 kVA cho nhà máy.",
            "Điện lực Kon Tum",
        ),
        ("Sau sáu năm, Điện lực Hưng Phát lặng lẽ gom cổ phiếu của công ty cáp.", "Điện lực Hưng Phát"),
    ],
)
def test_a_power_company_written_bare_is_a_firm(text: str, firm: str) -> None:
    assert _firms(text) == [firm]


def test_the_power_industry_of_a_country_is_no_firm() -> None:
    assert _firms("Ngành Điện lực Việt Nam đã đầu tư thêm lưới điện.") == []


def test_a_request_to_a_shareholder_to_buy_is_no_deal() -> None:
    text = (
        "Để giữ quyền lợi cổ đông nhỏ, công ty đã đề nghị cổ đông lớn Công ty CP Điện Minh Đạt mua lại cổ phiếu "
        "của những người muốn thoái vốn."
    )
    assert _deals(text) == []
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Quay cranes wait at Dung Quat before shipment. Photo courtesy of Hoa Binh Heavy", "Hoa Binh Heavy"),
        ("Marula Films Vietnam hopes to book 2 billion yen of sales in its first year.", "Marula Films"),
        ("Most labels are made by Tan Phu Printing for export brands.", "Tan Phu Printing"),
    ],
)
def test_printing_film_pack_and_heavy_end_a_firms_name(text: str, firm: str) -> None:
    assert firm in _firms(text)


def test_a_fund_manager_before_a_bare_name_makes_it_a_firm_and_money_put_into_a_firm_buys_into_it() -> None:
    text = "Korean fund manager Norvane has also put US$12.5 million into plastics group Tan Hoa Holdings, which is growing fast."
    assert _deals(text) == [("investment", ["Norvane"], 12_500_000)]
    assert _events(text) == []


def test_a_stake_passed_into_the_hands_of_a_firm_is_its_investment() -> None:
    text = "Hoa Son Carton, as the old state printer is known, passed 70 per cent into the hands of SB Flexibles, a Thai packaging arm, in 2017."
    assert [(k, p) for k, p, _ in _deals(text)] == [("investment", ["SB Flexibles"])]


def test_company_words_alone_in_a_title_are_no_firm() -> None:
    assert _firms("Market Research Report on Label and Packaging Printing in Vietnam") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tran Van Hai, head of Korvane's Hanoi branch, said the beams carry 20-tonne hoists.", ["Korvane"]),
        ("Vietnam's Binh Duong factories hired more people last year.", []),
    ],
)
def test_an_english_possessive_with_a_place_before_what_it_owns(text: str, expected: list[str]) -> None:
    assert _firms(text) == expected
