"""What the deal-shape tests compare: deals and events as (kind, set of party names), firm names in order; and
`rules_alone`, for the tests that pin the rules without the learned deal model."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from extract import tag_text
from extract.tag.deal_model import load_model


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The taggers with the learned deal model off (`CNHT_DEAL_MODEL=off`), for the length of one test: once
    retrained with the batches a shape came from, the model finds most of their sentences by itself, so with
    it on a test would not pin the rules. A module asks for it in `pytestmark` (`pytest.mark.usefixtures`)."""
    load_model.cache_clear()
    monkeypatch.setenv("CNHT_DEAL_MODEL", "off")
    yield
    load_model.cache_clear()


def deals(text: str) -> set[tuple[str, frozenset[str]]]:
    return {(d.kind, frozenset(d.parties)) for d in tag_text(text).deals}


def events(text: str) -> set[tuple[str, frozenset[str]]]:
    return {(e.kind, frozenset(p.name for p in e.parties)) for e in tag_text(text).events}


def firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


def pair(kind: str, a: str, b: str) -> tuple[str, frozenset[str]]:
    return (kind, frozenset((a, b)))


def one(kind: str, a: str) -> tuple[str, frozenset[str]]:
    return (kind, frozenset((a,)))
