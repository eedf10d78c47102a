"""The learned deal model: its candidates, the policy that combines it with the rules, the context of a deal
it adds, and the shipped weights being what the training command builds."""

from __future__ import annotations

import json

import pytest

from extract.evaluate import SENTENCES, load_jsonl
from extract.models import Deal, Firm
from extract.tag import tag_text
from extract.tag.deal_model import MODEL_FILE, Candidate, Model, candidates, firm_key, load_model, review
from extract.tag.deals import deal_at
from extract.train_deal_model import BLIND, build, training_rows


def _firm(text: str, name: str, form: str | None = None) -> Firm:
    start = text.index(name)
    return Firm(mention=name, start=start, end=start + len(name), name=name, legal_form=form)


def test_every_firm_is_a_candidate_once_per_sentence_and_pairs_stay_within_one_sentence() -> None:
    text = "Hanwha ký hợp đồng với Samsung. Sau đó Hanwha mở rộng nhà máy, LG cũng vậy."
    firms = [_firm(text, "Hanwha"), _firm(text, "Samsung"), _firm(text, "LG")]
    firms.append(Firm(mention="Hanwha", start=39, end=45, name="Hanwha"))
    found = candidates(text, firms)
    keys = [c.key for c in found]
    # one candidate of Hanwha in each sentence it is named in, each read in its own sentence
    assert [c.sentence for c in found if c.key == frozenset(["hanwha"])] == [(0, 31), (32, len(text))]
    assert frozenset(["hanwha", "samsung"]) in keys
    assert frozenset(["hanwha", "lg"]) in keys  # the second sentence's own mention of Hanwha
    assert frozenset(["samsung", "lg"]) not in keys  # across a sentence end: never a pair


def test_pair_features_see_the_words_between_the_firms() -> None:
    text = "Công ty TNHH An Phát ký hợp đồng cung cấp linh kiện cho Tập đoàn Bình Minh."
    a, b = _firm(text, "An Phát", "Công ty TNHH"), _firm(text, "Bình Minh", "Tập đoàn")
    (pair,) = [c for c in candidates(text, [a, b]) if len(c.key) == 2]
    assert {"b:ký", "b:hợp", "b:cung", "bb:cung_cấp"} <= set(pair.features)
    assert "forms:Công ty TNHH|Tập đoàn" in pair.features


def _model(one: dict, pair: dict) -> Model:
    return Model(one={"none": {}, **one}, pair={"none": {}, **pair}, add=5.0, drop=-10.0, relabel=0.0)


def _deal(kind: str, *parties: str) -> Deal:
    return Deal(kind=kind, parties=list(parties), start=0, end=10)


def _candidate(*names: str, features: tuple[str, ...], sentence: tuple[int, int] = (0, 40)) -> Candidate:
    firms = tuple(Firm(mention=n, start=sentence[0], end=sentence[0] + len(n), name=n) for n in names)
    return Candidate(frozenset(firm_key(n) for n in names), firms, (("", features),), sentence)


def test_review_drops_a_rules_deal_the_model_scores_far_below_no_deal() -> None:
    model = Model(
        one={"none": {"x": 20.0}, "investment": {"x": 8.0}, "groundbreaking": {}},
        pair={},
        add=5,
        drop=-10,
        relabel=0,
    )
    out = review([_deal("investment", "An Phát")], [_candidate("An Phát", features=("x",))], model, _never)
    assert out == []


def test_review_judges_a_deal_pointed_back_to_by_the_pair_of_the_sentence_that_names_it() -> None:
    pairs = {"none": {"x": 50.0}, "mou": {}, "supply_contract": {}, "cooperation": {}}
    model = _model({"investment": {}, "groundbreaking": {}}, pairs)
    pair = _candidate("Hòa Bình", "Sao Mai", features=("x",))  # "Hòa Bình ký với Sao Mai ..." in (0, 40)
    later = Deal(kind="mou", parties=["Hòa Bình", "Sao Mai"], start=60, end=90)  # "Hai bên cũng ký ..."
    assert review([later], [pair], model, _never) == []  # as the pair alone would be: a page reads as its
    # sentences do (tests/test_eval_floors.py, sentences joined into paragraphs)
    other = _candidate("An Phát", features=(), sentence=(50, 95))  # a firm named in that later sentence
    assert review([later], [pair, other], model, _never) == [later]  # no candidate of the pair there


def test_review_keeps_a_doubtful_rules_deal_and_one_it_has_no_candidate_for() -> None:
    model = _model({"investment": {"x": -5.0}, "groundbreaking": {}}, {})
    kept = [_deal("investment", "An Phát"), _deal("mou", "Hòa Bình", "Sao Mai")]
    assert review(kept, [_candidate("An Phát", features=("x",))], model, _never) == kept


def test_review_gives_a_rules_deal_the_kind_the_model_prefers() -> None:
    model = _model({}, {"mou": {"x": 1.0}, "supply_contract": {"x": 3.0}, "cooperation": {}})
    out = review(
        [_deal("mou", "An Phát", "Bình Minh")],
        [_candidate("An Phát", "Bình Minh", features=("x",))],
        model,
        _never,
    )
    assert [(d.kind, d.parties) for d in out] == [("supply_contract", ["An Phát", "Bình Minh"])]


def test_review_keeps_a_supply_contract_the_rules_read_from_its_words() -> None:
    # "ký hợp đồng vận chuyển/bao tiêu ..." reads as a supply contract; the model's other kind does not win
    model = _model({}, {"mou": {}, "supply_contract": {"x": 1.0}, "cooperation": {"x": 3.0}})
    out = review(
        [_deal("supply_contract", "An Phát", "Bình Minh")],
        [_candidate("An Phát", "Bình Minh", features=("x",))],
        model,
        _never,
    )
    assert [(d.kind, d.parties) for d in out] == [("supply_contract", ["An Phát", "Bình Minh"])]


def test_review_adds_a_deal_the_rules_missed_only_when_the_model_is_sure() -> None:
    model = _model({"investment": {"sure": 6.0, "unsure": 4.0}, "groundbreaking": {}}, {})
    made = Deal(kind="investment", parties=["An Phát"], start=3, end=9, amount=5e9, currency="VND")
    sure, unsure = _candidate("An Phát", features=("sure",)), _candidate("Bình Minh", features=("unsure",))
    assert review([], [sure, unsure], model, lambda c: made) == [made]


def test_review_without_a_model_leaves_the_rules_alone() -> None:
    deals = [_deal("investment", "An Phát")]
    assert review(deals, [_candidate("An Phát", features=("x",))], None, _never) is deals


def _never(c: Candidate) -> Deal:
    raise AssertionError(f"no deal should be made for {c.key}")


def test_a_deal_the_model_adds_gets_the_amount_written_after_its_own_firm() -> None:
    text = (
        "Tỉnh trao biên bản ghi nhớ dự án nhà máy gỗ (1.200 tỷ đồng) cho Công ty CP Lâm Sản Đông Á và "
        "dự án điện mặt trời (640 tỷ đồng) cho Công ty TNHH Năng Lượng Sao Vàng tại tỉnh Gia Lai."
    )
    tags = tag_text(text)
    second = next(f for f in tags.firms if "Sao Vàng" in f.name)
    clauses = [(0, len(text))]
    deal = deal_at(text, [second], tags.firms, tags.money, tags.provinces, None, [], clauses)
    assert deal.parties == [second.name] and deal.amount == 640e9 and deal.currency == "VND"
    assert deal.province == "Tỉnh Gia Lai"


def test_the_shipped_model_is_what_the_training_command_builds() -> None:
    rows = training_rows(load_jsonl(SENTENCES))
    assert {r.get("batch") for r in rows}.isdisjoint(BLIND)  # an unscored blind batch is never learnt from
    built = build(rows).to_json()
    assert json.loads(MODEL_FILE.read_text(encoding="utf-8")) == built


def test_the_model_is_on_unless_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    load_model.cache_clear()
    monkeypatch.delenv("CNHT_DEAL_MODEL", raising=False)
    assert load_model() is not None  # on by default again (session 19)
    load_model.cache_clear()
    monkeypatch.setenv("CNHT_DEAL_MODEL", "off")
    assert load_model() is None
    load_model.cache_clear()


def test_tag_text_gives_the_rules_deals_reviewed_by_the_shipped_model(monkeypatch) -> None:
    import extract.tag as tag

    text = (
        "Công ty CP Cơ khí Tân Phú bắt tay Công ty TNHH Điện tử Hà Lâm để cung ứng khuôn mẫu, "
        "còn Công ty TNHH Nhựa Bình An đầu tư 12 triệu USD mở rộng xưởng."
    )
    with_model = tag_text(text)
    monkeypatch.setattr(tag, "load_model", lambda: None)
    rules = tag_text(text).deals
    model = load_model()

    def make(c: Candidate) -> Deal:
        return deal_at(
            text,
            list(c.firms),
            with_model.firms,
            with_model.money,
            with_model.provinces,
            None,
            [],
            tag.deals_module.sentences(text),
        )

    assert with_model.deals == review(rules, candidates(text, with_model.firms), model, make)


def test_an_event_between_firms_goes_with_the_deal_the_model_drops_but_a_licence_stays(monkeypatch) -> None:
    import extract.tag as tag

    doubting = Model(
        one={"none": {"bias": 50.0}, "investment": {}, "groundbreaking": {}},
        pair={"none": {"bias": 50.0}, "mou": {}, "supply_contract": {}, "cooperation": {}},
        add=5.0,
        drop=-10.0,
        relabel=0.0,
    )
    pair = "Công ty TNHH Cơ khí Tân Phú ký hợp đồng cung ứng khuôn mẫu với Công ty CP Điện tử Hà Lâm."
    licence = (
        "Ban Quản lý các KCN tỉnh Bắc Giang trao giấy chứng nhận đầu tư cho Công ty TNHH Linh kiện Sao Mai."
    )
    before = {t: tag_text(t) for t in (pair, licence)}
    assert before[pair].deals and before[pair].events and before[licence].events
    monkeypatch.setattr(tag, "load_model", lambda: doubting)
    assert tag_text(pair).deals == [] and tag_text(pair).events == []
    assert tag_text(licence).deals == [] and tag_text(licence).events == before[licence].events
