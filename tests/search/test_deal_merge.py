"""One deal reported by several papers is one deal record, with every report kept as evidence."""

from __future__ import annotations

from search.deal_merge import merge_deals
from search.records import DealRow


def row(doc: str, published: str, parties: list[str], kind: str = "mou", amount: float | None = None,
        currency: str | None = "VND", date: str | None = None, sentence: str = "s") -> DealRow:  # fmt: skip
    return DealRow(
        document_id=doc, url=f"https://bao.example.vn/{doc}", published=published, kind=kind, parties=parties,
        amount=amount, currency=currency, date=date, sentence=sentence,
    )  # fmt: skip


def test_five_papers_reporting_one_mou_make_one_deal_with_five_reports() -> None:
    reports = [row(f"p{i}", f"2025-04-0{i + 1}", ["Hanwha Aero", "Cơ khí Đông Anh"]) for i in range(5)]
    [deal] = merge_deals(reports)
    assert len(deal.reports) == 5 and deal.date == "2025-04-01"
    assert deal.first_url == "https://bao.example.vn/p0"


def test_parties_match_whatever_their_order_accents_and_case() -> None:
    a = row("a", "2025-04-01", ["Hanwha Aero", "Cơ khí Đông Anh"])
    b = row("b", "2025-04-02", ["CO KHI DONG ANH", "hanwha aero"])
    assert len(merge_deals([a, b])) == 1


def test_the_same_pair_months_apart_is_two_deals() -> None:
    a = row("a", "2025-01-10", ["Alpha", "Beta"])
    b = row("b", "2025-06-10", ["Alpha", "Beta"])
    assert [d.date for d in merge_deals([a, b])] == ["2025-06-10", "2025-01-10"]


def test_a_licence_and_an_investment_report_of_one_project_merge_but_a_groundbreaking_does_not() -> None:
    a = row("a", "2025-03-01", ["Foxconn"], kind="investment")
    b = row("b", "2025-03-03", ["Foxconn"], kind="investment_licence")
    c = row("c", "2025-03-03", ["Foxconn"], kind="groundbreaking")
    kinds = sorted(len(d.reports) for d in merge_deals([a, b, c]))
    assert kinds == [1, 2]


def test_two_amounts_stay_visible_and_no_single_amount_is_claimed() -> None:
    a = row("a", "2025-03-01", ["Alpha", "Beta"], amount=5e9)
    b = row("b", "2025-03-02", ["Alpha", "Beta"], amount=6e9)
    c = row("c", "2025-03-02", ["Alpha", "Beta"], amount=5e9)
    [deal] = merge_deals([a, b, c])
    assert [x.value for x in deal.amounts] == [5e9, 6e9] and deal.amount is None


def test_one_sentence_found_twice_in_one_document_counts_once() -> None:
    a = row("a", "2025-03-01", ["Alpha", "Beta"], sentence="A ký với B.")
    [deal] = merge_deals([a, a.model_copy()])
    assert len(deal.reports) == 1
    other_paper = a.model_copy(
        update={"document_id": "b", "url": "https://bao.example.vn/b", "sentence": "B ký với A."}
    )
    lead = a.model_copy(update={"sentence": "B ký với A."})  # this paper, in another paper's words
    [deal] = merge_deals([a, other_paper, lead])
    assert len(deal.reports) == 3


def test_the_deal_goes_when_its_only_report_goes() -> None:
    a = row("a", "2025-03-01", ["Alpha", "Beta"])
    assert len(merge_deals([a])) == 1 and merge_deals([]) == []
