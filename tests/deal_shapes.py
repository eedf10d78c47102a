"""What the deal-shape tests compare: deals and events as (kind, set of party names), firm names in order."""

from __future__ import annotations

from extract import tag_text


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
