# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 21 (issue 12), each on sentences of our own, in the shapes blind batches 62-64 missed
when scored: bare names ending in a Japanese company word ("Denki", "Seiki", "Kogyo") or an energy trade word
("Power", "Copper"), a firm's name after a role when a company word ends it, "Industry" ending a foreign name,
persons after English lower-case roles, English orders "from" a supplier, "Work began on ... on X's plant",
"has X as its investor", and "có thể khởi công" as a groundbreaking still to come."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, firms, one, pair


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Tại Bắc Ninh, Hoshino Kogyo hiện đặt hàng của 25 nhà cung cấp Việt Nam.", "Hoshino Kogyo"),
        ("Lanxin Power đang tìm đất cho nhà máy biến tần ở Bắc Giang, nguồn tin cho biết.", "Lanxin Power"),
        ("Minh Quang Copper cung cấp dây đồng cho nhà máy cáp điện của công ty mẹ.", "Minh Quang Copper"),
        ("Sister company Ha Tien Wire supplies the plant with copper rod.", "Ha Tien Wire"),
    ],
)
def test_a_bare_name_ending_in_a_japanese_company_word_or_an_energy_trade_word_is_a_firm(
    text: str, firm: str
) -> None:
    assert firm in firms(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Bà Kato Emi, Tổng Giám đốc Fujimoto Denki Việt Nam, cho biết hãng sẽ tăng mua linh kiện trong nước.",
            "Fujimoto Denki",
        ),
        (
            "Ichikawa Seiki Vietnam general director Tanaka Jun said the firm planned to buy more moulds locally.",
            "Ichikawa Seiki",
        ),
        (
            "Fund manager Sejong Asset Management bought VND300 billion of the maker's bonds.",
            "Sejong Asset Management",
        ),
    ],
)
def test_a_company_word_ends_the_firm_a_role_or_a_fund_manager_is_named_for(text: str, firm: str) -> None:
    assert firm in firms(text)


def test_industry_ends_a_foreign_firm_name_but_not_an_association_s_field() -> None:
    text = "The Hai Phong authority licensed a US$120 million plant of Jiangyuan Tyre Industry in the Nam Dinh Vu park."
    assert firms(text) == ["Jiangyuan Tyre Industry"]
    assert (
        firms("Le Van Tam, vice chairman of the Vietnam Association of Machinery Industry, spoke first.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "IFC regional manager Hanna Berg said the programme had trained 40 suppliers.",
        "Swedish ambassador Erik Lund visited the plant on Monday.",
        "Senior economist Paul Grant said orders would pick up in the third quarter.",
    ],
)
def test_a_name_after_an_english_lower_case_role_is_a_person_not_a_firm(text: str) -> None:
    assert firms(text) == []


def test_buyers_that_ordered_from_a_supplier_each_sign_a_supply_contract_with_it() -> None:
    text = "Pacific Wind Power and Ninh Thuan Solar have ordered 20 turbines from Denmark's Vestas."
    expected = {
        pair("supply_contract", "Vestas", "Pacific Wind Power"),
        pair("supply_contract", "Vestas", "Ninh Thuan Solar"),
    }
    assert deals(text) == expected
    assert events(text) == expected


def test_work_beginning_on_a_firm_s_plant_is_its_groundbreaking_with_the_host_named_after() -> None:
    text = "Work began on May 5 on Lotus Auto Parts JSC's VND2 trillion seat plant in Bac Ninh, at a ceremony hosted by the Bac Ninh People's Committee."
    assert deals(text) == {one("groundbreaking", "Lotus Auto Parts")}
    (event,) = tag_text(text).events
    assert event.kind == "groundbreaking" and event.status == "started"
    assert [(p.name, p.type) for p in event.parties] == [
        ("Bac Ninh People's Committee", "government"),
        ("Lotus Auto Parts", "firm"),
    ]


def test_work_beginning_on_a_plant_a_group_s_unit_will_run_is_not_the_group_s_groundbreaking() -> None:
    text = "Work began on Sunday on a cell factory that Minh Long Group's unit Minh Long Energy will run with Kaiyuan Power of China."
    assert one("groundbreaking", "Minh Long Group") not in deals(text)


def test_a_cluster_that_has_a_firm_as_its_investor_is_the_firm_s_investment_told_as_background() -> None:
    text = "The 50-hectare cluster has Song Lo Infrastructure JSC as its investor."
    assert deals(text) == {one("investment", "Song Lo Infrastructure")}
    assert events(text) == set()


def test_a_groundbreaking_that_may_come_is_an_investment_not_a_groundbreaking() -> None:
    text = "Công ty CP Pin Hoàng Sơn có thể khởi công nhà máy 2.000 tỷ đồng ngay quý II/2026."
    assert deals(text) == {one("investment", "Pin Hoàng Sơn")}


def test_a_firm_that_will_build_a_plant_announces_an_investment() -> None:
    text = "Công ty CP Cơ khí Gió Việt sẽ xây nhà máy lắp ráp tua-bin gió tại KCN Phước Nam để cung cấp thiết bị cho các dự án điện gió."
    assert events(text) == {one("investment_announcement", "Cơ khí Gió Việt")}


def test_a_plant_approved_by_the_people_s_committee_is_a_licence_it_grants() -> None:
    text = "Công ty CP Dây cáp Minh Khang (xã Tân Hồng) được UBND tỉnh chấp thuận đầu tư nhà máy cáp điện hơn 80 tỷ đồng, đặt trong cụm công nghiệp Tân Hồng."
    assert deals(text) == {one("investment", "Dây cáp Minh Khang")}
    assert events(text) == {("investment_licence", frozenset(["UBND tỉnh", "Dây cáp Minh Khang"]))}


def test_an_english_firm_that_will_begin_building_a_plant_announces_an_investment() -> None:
    text = "Vietnam's Hong Son Holdings will begin building a $200 million cell plant in Nghe An province this year, officials said."
    assert deals(text) == {one("investment", "Hong Son Holdings")}
    assert events(text) == {one("investment_announcement", "Hong Son Holdings")}


def test_a_bare_name_ending_in_systems_that_began_production_opened_its_plant() -> None:
    text = "Hai Duong Power Systems began production at its $40 million transformer factory in Hai Phong on Monday."
    assert firms(text) == ["Hai Duong Power Systems"]
    assert events(text) == {one("inauguration", "Hai Duong Power Systems")}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Construction is under way on Nordlys's second factory in Binh Duong, the company said.", "Nordlys"),
        (
            "Mark Holloway, Vestas' president for Asia Pacific, said local developers kept returning.",
            "Vestas",
        ),
        (
            "Aeolus Power Systems' Vietnam director Robert Ellison said the company chose Haiphong.",
            "Aeolus Power Systems",
        ),
        ("Daeyang Wind sẽ thuê 42 ha trong KCN Hải Bình.", "Daeyang Wind"),
    ],
)
def test_an_english_possessive_of_a_plant_or_an_officer_makes_a_bare_name_a_firm(
    text: str, firm: str
) -> None:
    assert firms(text) == [firm]


@pytest.mark.parametrize(
    "text",
    [
        "Haiphong's Dinh Vu Industrial Zone hosts the plant.",
        "Trump's plan lifted tariffs on Vietnam's exports.",
    ],
)
def test_a_possessive_of_a_place_or_a_person_s_plan_makes_no_firm(text: str) -> None:
    assert firms(text) == []


def test_a_firm_that_received_a_licence_from_the_province_invests() -> None:
    text = "Công ty CP Phát triển Công nghiệp Nam Trung Bộ vừa nhận từ tỉnh Quảng Ngãi quyết định chấp thuận chủ trương đầu tư hạ tầng KCN Đức Phổ."
    assert deals(text) == {one("investment", "Phát triển Công nghiệp Nam Trung Bộ")}
    assert events(text) == {
        ("investment_licence", frozenset(["tỉnh Quảng Ngãi", "Phát triển Công nghiệp Nam Trung Bộ"]))
    }


def test_a_proposal_to_study_an_investment_is_no_investment() -> None:
    text = "Tập đoàn Bắc Sơn Land đề xuất nghiên cứu đầu tư KCN Hữu Lũng quy mô khoảng 500 ha tại Lạng Sơn"
    assert deals(text) == set()
    assert events(text) == set()


@pytest.mark.parametrize(
    ("text", "firm", "amount", "event"),
    [
        (
            "Hanil Tire's board has approved spending another US$150 million on a new mixing hall at its Binh Duong factory.",
            "Hanil Tire",
            150_000_000,
            "investment_announcement",
        ),
        (
            "Kumho Cable plans a second phase worth $120 million at its Long An site, a company spokesman said.",
            "Kumho Cable",
            120_000_000,
            "investment_announcement",
        ),
        (
            "Ha Long Cable JSC said on May 3 it had put into use the second phase of its Quang Yen factory, worth VND180 billion.",
            "Ha Long Cable",
            180_000_000_000,
            "inauguration",
        ),
    ],
)
def test_english_spending_approved_a_phase_planned_or_put_into_use_is_the_firm_s_investment(
    text: str, firm: str, amount: int, event: str
) -> None:
    tags = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [("investment", [firm], amount)]
    assert events(text) == {one(event, firm)}


def test_a_stake_a_firm_took_is_its_investment_told_as_background() -> None:
    text = "Song Lam Chemical, in which Japan's Mizuno Oils took a 35 per cent stake for $22 million in March, is another example."
    assert deals(text) == {one("investment", "Mizuno Oils")}
    assert events(text) == set()


def test_a_factory_a_bare_name_already_runs_is_its_investment() -> None:
    text = "Jinwoo already runs a US$60 million tyre factory in the Tan Uyen Industrial Park."
    assert firms(text) == ["Jinwoo"]
    assert deals(text) == {one("investment", "Jinwoo")}


def test_an_english_opening_told_with_a_year_long_past_is_background_with_no_event() -> None:
    text = "Minh An Tire's first plant, in Binh Duong, cost US$140 million and opened in 2009."
    tags = tag_text(text, "2025-06-01")
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Minh An Tire"])]
    assert tags.events == []
