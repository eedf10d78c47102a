# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 40 (issue 12), each on sentences of our own:

- English purchases: "X is buying Y (from Z)" and "X will absorb Y" (announced), "X closed its purchase of Y"
  (completed): X buys Y (were none; the firm after "is buying", "will absorb" or "purchase of" is a firm
  even with no legal form, and the seller after "from" is not the one bought); "will buy two lines from Y"
  stays none;
- English firms: a bare name before "put $N" ("Harwick Seating put $12 million into ..."), before "is
  buying" or "set up its first"; trade words of the sector as a name's tail ("Trim", "Pumps", "Valve",
  "Castings", "Seating" ...), unless a plant is named by its brand ("nhà máy máy bơm Orlen Pumps Việt Nam");
  an ordinal rank before a name is no part of it ("Fourth-ranked Darrow Valves");
- English signings: "... was signed on Monday by A and China's B" (a country's possessive before the second
  signer; was none);
- Vietnamese: "N đã được hãng van X đổ vào ..." (the kind of maker between "được" and the name) and "X đang
  xây một nhà máy mới ở Y" (the article before the plant): X's investment (were none).
- persons: names numbered in a list with the number glued on ("1.Trịnh Thị Mai Lan 2.Hồ Văn Khải"), after an
  abbreviated title "Ts"/"Ths" (were none; "TP.Hồ Chí Minh" stays none), and an English caption's place of
  the person before the role ("X (second from left), general director of Y");
- firms: a bare name before "president" and a name ("Dorvane president Alan Whitcombe said"), before
  "earlier supplied"; carmakers, cell makers and banks written bare (Volkswagen, Stellantis, Barclays ...:
  the gazetteer, its sources listed in known_firms.json).
- English plants: "A and B also began building their factories" is a groundbreaking each (was none: the
  sentence, with two function words, was not read as English; "broke ground on a joint plant" stays one);
  "X set up its first Vietnamese plant in Y in 2007", "X has built a second plant": X's investment, told as
  background (no event; "A unit of Y, X set up ...": X alone); a bare name before "sẽ mở cơ sở sản xuất".
- a total capital planned for a plant named after the sum ("X, chủ đầu tư, dự tính tổng vốn N cho nhà máy
  ..."): X's investment (was none; a charter capital stays none).
- firms after a maker and three words of its trade ("của hãng xe máy điện Yadong"); "Global" as a bare name's
  last word when it ends the run ("hãng khai thác cảng HarbourLink Global phát triển", not "S&P Global Market
  Intelligence"); "X sẽ nâng công suất nhà máy ở Y": X's announced investment.
- from blind batches 137-139 (after they were scored): sector words as a bare foreign name's tail
  ("Transmission", "Drives", "Bearings", "Yards", "Shafting" ...), "làm lễ khởi công/động thổ" and "tính rót"
  after a bare name, "A and local partner B plan to build ...", "Singapore-registered X" (the registration no
  part of the name); two trades joined by "&" in a bare name ("Tai Feng Electric & Machinery"; not two firms,
  "Kanemori & Sao Bac Motors"); Vinashin and SBIC written bare (the gazetteer).

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-39 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.kind, sorted(d.parties)) for d in tag_text(text).deals]


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.kind, e.status, sorted(p.name for p in e.parties)) for e in tag_text(text).events]


def _firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


def test_a_firm_buying_another_from_its_owner_buys_it_not_the_seller() -> None:
    text = (
        "Dorvane is buying Pellmark from Castlegate Holdings, a private equity group, for an undisclosed sum."
    )
    assert "Pellmark" in _firms(text)
    assert _deals(text) == [("investment", ["Dorvane"])]
    assert _events(text) == [("acquisition", "announced", ["Dorvane", "Pellmark"])]


def test_a_firm_closing_its_purchase_of_another_has_bought_it() -> None:
    text = "Fourth-ranked Darrow Valves closed its purchase of Elmsley Seals, a Dutch maker of pump gaskets, on June 2, 2021."
    assert _firms(text) == ["Darrow Valves", "Elmsley Seals"]
    assert _events(text) == [("acquisition", "completed", ["Darrow Valves", "Elmsley Seals"])]


def test_a_firm_that_will_absorb_another_announces_a_merger() -> None:
    text = "Minh Tan Furniture Corporation (HoSE: MTF) will absorb Song Lam Fittings JSC next month to end the unit's losses."
    assert _deals(text) == [("investment", ["Minh Tan Furniture Corporation"])]
    assert _events(text) == [
        ("acquisition", "announced", ["Minh Tan Furniture Corporation", "Song Lam Fittings"])
    ]


def test_buying_goods_from_a_firm_is_no_purchase_of_it() -> None:
    text = "Castlegate Holdings will buy two stamping lines from Darrow Valves for its Dong Nai plant."
    assert [e for e in _events(text) if e[0] == "acquisition"] == []


def test_a_bare_name_with_a_trade_word_before_put_a_sum_is_a_firm_and_its_investment() -> None:
    text = "Harwick Seating put $12.5 million into the new line and will sell most seat frames to plants in Thailand."
    assert _firms(text) == ["Harwick Seating"]
    assert _deals(text) == [("investment", ["Harwick Seating"])]


def test_a_sector_trade_word_ends_a_bare_foreign_name() -> None:
    text = "A unit of Osaka's Kaneda Motor Group, Otsuri Trim set up its first Vietnamese plant in Bac Ninh in 2011."
    assert "Otsuri Trim" in _firms(text)
    text = "Kosaki Valve đầu tư thêm 20 triệu USD vào nhà máy ở KCN Quang Minh."
    assert _firms(text) == ["Kosaki Valve"]


def test_a_plant_named_by_its_brand_and_trade_word_names_no_firm() -> None:
    text = "Hai là, nhà máy máy bơm gia dụng Orlen Pumps Việt Nam (KCN Tịnh Phong), vốn 24 triệu USD."
    assert _firms(text) == []


def test_a_memorandum_signed_by_a_firm_and_a_foreign_firm_named_with_its_country() -> None:
    text = "A memorandum of understanding on battery pack assembly was signed on Friday by Sao Mai Motor and Japan's Hokari Cell, the paper said."
    assert _deals(text) == [("mou", ["Hokari Cell", "Sao Mai Motor"])]
    assert _events(text) == [("mou", "signed", ["Hokari Cell", "Sao Mai Motor"])]


def test_a_sum_put_in_by_a_maker_named_with_its_kind_is_its_investment() -> None:
    text = "Khoảng 2,1 tỷ yên đã được hãng van Tomoeda đổ vào một xưởng làm van chân không ở tỉnh Bắc Ninh."
    assert _deals(text) == [("investment", ["Tomoeda"])]


def test_a_firm_building_a_new_plant_with_an_article_announces_an_investment() -> None:
    text = "Để tăng sản lượng vỏ pin, Công ty TNHH Kimlong Materials đang xây một nhà máy mới ở Thái Nguyên."
    assert _deals(text) == [("investment", ["Kimlong Materials"])]
    assert _events(text) == [("investment_announcement", "announced", ["Kimlong Materials"])]


def test_names_numbered_in_a_list_or_after_an_abbreviated_title_are_persons() -> None:
    text = "THÀNH VIÊN NHÓM 2:\n1.Trịnh Thị Mai Lan 2.Hồ Văn Khải 3.Lương Bảo Ngọc"
    assert [p.name for p in tag_text(text).persons] == ["Trịnh Thị Mai Lan", "Hồ Văn Khải", "Lương Bảo Ngọc"]
    assert [p.name for p in tag_text("Gvhd: Ts Đinh Quốc Bảo").persons] == ["Đinh Quốc Bảo"]


def test_a_city_abbreviation_glued_to_a_name_still_names_no_person() -> None:
    text = "Nhà máy đặt ở TP.Hồ Chí Minh và Q.Tân Bình từ năm 2019."
    assert tag_text(text).persons == []


def test_a_caption_place_between_a_name_and_its_role_keeps_the_person() -> None:
    text = "At the ceremony: Pham Thi Thu Ha (second from left), general director of Sao Mai Motor, with provincial officials."
    assert [p.name for p in tag_text(text).persons] == ["Pham Thi Thu Ha"]


def test_a_bare_name_before_its_president_and_his_name_is_a_firm() -> None:
    text = "Dorvane president Alan Whitcombe said the Binh Duong line would start in May."
    assert _firms(text) == ["Dorvane"]
    assert [p.name for p in tag_text(text).persons] == ["Alan Whitcombe"]


def test_a_bare_name_before_earlier_supplied_is_a_firm() -> None:
    assert _firms("Tomoeda earlier supplied the valves for a water plant in Hai Duong.") == ["Tomoeda"]


def test_carmakers_and_banks_written_bare_are_known_firms() -> None:
    assert _firms("Startup pin rắn này gọi được 90 triệu USD, Volkswagen và Stellantis góp phần lớn.") == [
        "Volkswagen",
        "Stellantis",
    ]
    assert "Barclays" in _firms("Barclays and Standard Chartered were hired as advisers for the listing.")


def test_two_firms_beginning_work_on_their_factories_each_break_ground() -> None:
    text = "On the same day two Korean suppliers – Hanul Seat Company Limited and Daemyung Trim Company Limited – also began building their factories."
    assert _events(text) == [
        ("groundbreaking", "started", ["Hanul Seat"]),
        ("groundbreaking", "started", ["Daemyung Trim"]),
    ]


def test_two_firms_breaking_ground_on_one_plant_break_ground_together() -> None:
    text = "Hanul Seat Company Limited and Daemyung Trim Company Limited broke ground on a joint plant in Nam Dinh on Monday."
    assert _events(text) == [("groundbreaking", "started", ["Daemyung Trim", "Hanul Seat"])]


def test_a_plant_a_firm_set_up_or_has_built_is_its_investment_told_as_background() -> None:
    text = "A unit of Kobe's Arata Motor Group, Sendo Trim set up its first Vietnamese plant in Bac Ninh in 2009."
    assert _deals(text) == [("investment", ["Sendo Trim"])]
    assert _events(text) == []
    text = "Nidec has built a second plant in Hai Phong for its small motors."
    assert _deals(text) == [("investment", ["Nidec"])]
    assert _events(text) == []


def test_a_bare_name_that_will_open_a_production_site_is_a_firm() -> None:
    assert "Weiheng" in _firms("Để đáp ứng đơn hàng, Weiheng sẽ mở cơ sở sản xuất mới ở Ba Lan.")


def test_a_total_capital_planned_for_a_plant_named_after_it_is_an_investment() -> None:
    text = "Công ty TNHH MTV Thép Ống Bình Lợi, chủ đầu tư, dự tính tổng vốn 520 tỷ đồng cho nhà máy ống thép ở KCN Nhơn Hội."
    assert _deals(text) == [("investment", ["Thép Ống Bình Lợi"])]


def test_a_charter_capital_for_a_plant_is_no_investment() -> None:
    text = "Công ty TNHH Thép Ống Bình Lợi có vốn điều lệ 520 tỷ đồng cho nhà máy ở KCN Nhơn Hội."
    assert _deals(text) == []


def test_a_maker_named_after_three_words_of_its_trade_is_a_firm() -> None:
    text = "Nhà máy 60 triệu USD của hãng xe máy điện Yadong ở KCN Yên Phong chính thức chạy máy từ hôm 12/4."
    assert _firms(text) == ["Yadong"]


def test_a_firm_raising_its_plants_capacity_announces_an_investment() -> None:
    text = "Để kịp đơn hàng mới, Công ty TNHH Kurata Trim cũng sẽ nâng công suất nhà máy ở Hưng Yên."
    assert _deals(text) == [("investment", ["Kurata Trim"])]
    assert _events(text) == [("investment_announcement", "announced", ["Kurata Trim"])]


def test_global_ends_a_bare_name_only_at_the_end_of_its_run() -> None:
    text = "Công ty CP Cảng Cái Mép Port sẽ hợp tác với hãng khai thác cảng HarbourLink Global phát triển kho bãi."
    assert "HarbourLink Global" in _firms(text)
    text = "Khoảng 40% tấm pin đến từ Việt Nam, số liệu của S&P Global Market Intelligence cho thấy."
    assert "S&P Global" not in _firms(text)


def test_sector_words_of_drives_bearings_and_yards_end_a_bare_foreign_name() -> None:
    text = "Ngày 4/10, tại tỉnh Nghệ An, Jinfeng Transmission (Trung Quốc) cùng Công ty CP Lam Sơn Motor làm lễ động thổ nhà máy hộp số."
    assert _firms(text) == ["Jinfeng Transmission", "Lam Sơn Motor"]
    assert _events(text) == [("groundbreaking", "started", ["Jinfeng Transmission", "Lam Sơn Motor"])]


def test_a_bare_name_that_plans_to_pour_more_is_a_firm_and_its_investment() -> None:
    text = "Để đạt công suất này, Wendelin tính rót thêm 30 triệu euro vào nhà máy trong năm 2019."
    assert _firms(text) == ["Wendelin"]
    assert _deals(text) == [("investment", ["Wendelin"])]


def test_a_local_partner_joins_the_subjects_of_an_english_plan() -> None:
    text = "Storvik Yards and local partner Hai Long Offshore plan to build a repair yard in Vung Tau over the next three years."
    assert _deals(text) == [("investment", ["Storvik Yards"]), ("investment", ["Hai Long Offshore"])]


def test_where_a_firm_is_registered_is_no_part_of_its_name() -> None:
    text = "Malaysia-registered Kinabalu Gloves received an investment certificate on Monday for a $54-million glove factory in Thai Binh."
    assert _firms(text) == ["Kinabalu Gloves"]


def test_two_trades_joined_by_an_ampersand_end_one_bare_name() -> None:
    text = "Tai Feng Electric & Machinery, which makes pumps and fans, broke ground on May 2 for a plant in Dong Nai, the company said."
    assert _firms(text) == ["Tai Feng Electric & Machinery"]
    assert _events(text) == [("groundbreaking", "started", ["Tai Feng Electric & Machinery"])]


def test_an_ampersand_between_two_firms_joins_no_name() -> None:
    text = "Kanemori & Sao Bac Motors ký biên bản ghi nhớ về dây chuyền lắp ráp mô tơ ở Bắc Ninh."
    assert "Kanemori & Sao Bac Motors" not in _firms(text)


def test_the_state_shipbuilding_group_written_bare_is_a_known_firm() -> None:
    assert "Vinashin" in _firms(
        "Vinashin expects its first licensed marine engine to leave the test bed next year."
    )
