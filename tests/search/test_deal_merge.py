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


def test_reports_of_untagged_events_mark_only_their_own_parties_mentions_and_amount() -> None:
    """A document tagged before events (`Tags.deals` only): each deal's report marks, in its sentence, the
    mentions of its own parties (by folded name, whatever the mention's spelling) and its amount; another
    firm named in the same sentence, and the same firms in the other deal's sentence, are not marked."""
    from extract.models import Deal, Firm, Money, Tags
    from search.deal_merge import reports_of
    from tests.search.conftest import make_doc

    first = "Công ty Alpha ký với Beta hợp đồng 5 tỷ đồng, Gamma chứng kiến."
    second = " Sau đó ALPHA và Gamma ký biên bản ghi nhớ."
    text = first + second

    def firm(mention: str, name: str, after: int = 0) -> Firm:
        at = text.index(mention, after)
        return Firm(mention=mention, start=at, end=at + len(mention), name=name)

    at = text.index("5 tỷ đồng")
    tags = Tags(
        firms=[
            firm("Alpha", "Alpha"), firm("Beta", "Beta"), firm("Gamma", "Gamma"),
            firm("ALPHA", "ALPHA"), firm("Gamma", "Gamma", len(first)),
        ],
        money=[Money(mention="5 tỷ đồng", start=at, end=at + 9, amount=5e9, currency="VND")],
        deals=[
            Deal(kind="supply_contract", parties=["Alpha", "Beta"], amount=5e9, currency="vnd",
                 start=0, end=len(first)),
            Deal(kind="mou", parties=["Alpha", "Gamma"], start=len(first), end=len(text)),
            Deal(kind="mou", parties=[], start=0, end=len(first)),  # no party: no report
        ],
    )  # fmt: skip
    reports = reports_of(make_doc("cu", text=text, tags=tags))
    assert [r.kind for r in reports] == ["supply_contract", "mou"]
    contract, mou = reports
    assert [contract.sentence[s:e] for s, e in contract.marks] == ["Alpha", "Beta", "5 tỷ đồng"]
    assert contract.currency == "VND" and contract.amount == 5e9
    assert [mou.sentence[s:e] for s, e in mou.marks] == ["ALPHA", "Gamma"]
    assert [p.name for p in mou.parties] == ["Alpha", "Gamma"]
