# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 15 (issue 12), each on sentences of our own: a project's licence told as
background after its firm's groundbreaking or opening ("Dự án đã được ... cấp giấy chứng nhận ...")."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import events, one


@pytest.mark.parametrize(
    ("text", "amount", "date"),
    [
        (
            "Sáng 14/3, Công ty TNHH Cơ điện Lạc Hồng khởi công nhà máy động cơ tại KCN Tân Trường, tổng vốn 640 tỷ đồng. Dự án đã được Ban Quản lý các KCN tỉnh cấp giấy chứng nhận đăng ký đầu tư ngày 2/10/2025.",
            None,
            "2025-10-02",
        ),
        (
            "Ngày 5/6, Công ty TNHH Vật liệu Mới An Khánh khánh thành xưởng ép đùn tại KCN Điềm Thụy; dự án đã được UBND tỉnh chấp thuận chủ trương đầu tư ngày 18/8/2024.",
            None,
            "2024-08-18",
        ),
        (
            "Đại diện Công ty TNHH Quang học Núi Thành cho biết nhà máy đã tuyển 900 lao động; dự án này được cấp phép từ năm 2022 với vốn 75 triệu USD.",
            75e6,
            None,
        ),
    ],
)
def test_a_project_licensed_before_is_its_firms_investment_with_no_event(
    text: str, amount: float | None, date: str | None
) -> None:
    tags = tag_text(text, "2026-03-20")
    firm = next(f.name for f in tags.firms)
    invest = [d for d in tags.deals if d.kind == "investment"]
    assert [(d.parties, d.amount, d.date) for d in invest] == [([firm], amount, date)]
    assert not any(e.kind == "investment_licence" for e in tags.events)


def test_the_licensed_firm_is_the_one_with_a_deal_when_the_sentence_before_names_two() -> None:
    text = (
        "Công ty TNHH Quang điện Hòa Lạc, liên doanh do Sunrise Optics Limited rót vốn, động thổ nhà máy mô-đun "
        "camera tại KCN Bắc Phú Cát, vốn 90 triệu USD. Dự án đã được Ban Quản lý Khu công nghệ cao cấp giấy "
        "chứng nhận đăng ký đầu tư ngày 9/7."
    )
    invest = [d.parties for d in tag_text(text, "2026-01-15").deals if d.kind == "investment"]
    assert invest == [["Quang điện Hòa Lạc"]]
    assert events(text) == {one("groundbreaking", "Quang điện Hòa Lạc")}


@pytest.mark.parametrize(
    "text",
    [
        # the clause names a firm before its licence verb: not a project of the firm before
        "Công ty TNHH Cơ điện Lạc Hồng khởi công nhà máy động cơ. Dự án do Công ty CP Xây dựng Tân Long thi công, đã được cấp giấy chứng nhận đăng ký đầu tư.",
        # news, not background
        "Công ty TNHH Cơ điện Lạc Hồng khởi công nhà máy động cơ tại KCN Tân Trường. Dự án vừa được Ban Quản lý các KCN tỉnh cấp giấy chứng nhận đăng ký đầu tư.",
        # two firms before and no deal of either: whose project it is is not said
        "Công ty TNHH Cơ điện Lạc Hồng và Công ty CP Thép Đông Tiến đã làm việc với tỉnh về quỹ đất. Dự án đã được cấp phép từ năm 2023.",
    ],
)
def test_no_recalled_licence_when_the_clause_names_a_firm_is_news_or_the_owner_is_unclear(text: str) -> None:
    assert not [d for d in tag_text(text, "2026-01-15").deals if d.kind == "investment"]


@pytest.mark.parametrize(
    "text",
    [
        "Dự án nhà máy bánh răng của Công ty TNHH Cơ khí Yên Phong Gear tại KCN Quế Võ đã được cấp giấy chứng nhận ngày 3/4/2025; đến nay nhà máy đã hoàn thành 60% khối lượng.",
        "Trước đó, ngày 8/7/2025, Công ty CP Thép Hòa An đã ký hợp đồng với Công ty TNHH Thiết bị Luyện kim Đông Bắc cung cấp lò cảm ứng.",
    ],
)
def test_an_event_dated_months_before_the_text_is_background_its_deal_stays(text: str) -> None:
    tags = tag_text(text, "2026-05-20")
    assert tags.deals
    assert tags.events == []


def test_an_event_dated_weeks_before_the_text_is_still_its_news() -> None:
    text = "Được cấp phép hôm 2/4, dự án 60 triệu USD của Công ty TNHH Linh kiện Quế Võ Tech đã khởi công ngay trong tháng 5."
    kinds = {e.kind for e in tag_text(text, "2026-05-20").events}
    assert kinds == {"investment_licence", "groundbreaking"}
    # the same text with no publication date: nothing to measure age against, the events stay
    assert {e.kind for e in tag_text(text).events} == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Tập đoàn Kính Nổi Đông Hải (Trung Quốc) đang đề xuất đầu tư nhà máy kính siêu trắng khoảng 800 triệu USD tại Quảng Trị; tỉnh chưa chấp thuận chủ trương.",
        "Công ty TNHH Sợi Phú Bài Yarn đề xuất nâng vốn dự án lên 90 triệu USD để lắp thêm hai dây chuyền kéo sợi.",
        "Tỉnh vừa làm việc với Tập đoàn Điện gió Biển Xanh về đề xuất đầu tư 3 dự án điện gió ngoài khơi.",
    ],
)
def test_a_proposal_to_invest_is_no_deal_and_no_event(text: str) -> None:
    tags = tag_text(text)
    assert tags.deals == [] and tags.events == []


def test_an_investment_decided_after_a_proposal_stays_a_deal() -> None:
    text = "Sau khi đề xuất được chấp thuận, Công ty TNHH Sợi Phú Bài Yarn đầu tư thêm 30 triệu USD lắp hai dây chuyền kéo sợi."
    assert [(d.kind, d.parties) for d in tag_text(text).deals] == [("investment", ["Sợi Phú Bài Yarn"])]
