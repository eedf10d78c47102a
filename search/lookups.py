"""Decision lookups and deal rows from stored documents: the same rules for every backend.

A backend finds the candidate documents with its own index (tantivy terms, Elasticsearch keyword and
nested queries); these pure functions then decide, document by document, which decision numbers and
deals match, and build the records `Store.decision` and `Store.deals` return.
"""

from __future__ import annotations

import functools

from extract.tag.decisions import canonical_number
from search.query import DecisionKeys, indexed_decision_keys, province_keys, sentence_around
from search.records import DecisionLookup, DecisionMention, IndexedDocument


def number_hits(number: str, keys: DecisionKeys) -> bool:
    """Is the stored number `number` the one asked for (by full key, or by partial key without issuer)?

    >>> from search.query import decision_keys
    >>> number_hits("26/2023/QĐ-UBND", decision_keys("26/2023/qd-ubnd"))
    True
    >>> number_hits("26/2023/QĐ-BCT", decision_keys("QĐ 26/2023")), number_hits("126/2023/QĐ-UBND", decision_keys("QĐ 26/2023"))
    (True, False)
    """  # noqa: E501
    got_full, got_partial = indexed_decision_keys(number)
    return got_full == keys.full if keys.full else got_partial == keys.partial


def mention(d: IndexedDocument, keys: DecisionKeys) -> DecisionMention:
    """A citing document with the numbers it cites that match `keys` and the sentence around each."""
    refs = [r for r in d.document.tags.decisions if number_hits(r.number, keys)]
    text = d.document.text or ""
    return DecisionMention(
        id=d.id,
        url=d.document.url,
        title=d.document.title,
        kind=d.document.kind,
        source=d.source or d.document.source,
        published=d.document.published,
        numbers=list(dict.fromkeys(canonical_number(r.number) for r in refs)),
        contexts=list(dict.fromkeys(sentence_around(text, r.start, r.end) for r in refs)),
    )


def decision_lookup(
    query: str,
    keys: DecisionKeys,
    decisions: list[IndexedDocument],
    citing: list[IndexedDocument],
    total_citing: int,
) -> DecisionLookup:
    """The lookup record from the documents being the decision and those citing it (each newest first)."""
    out = DecisionLookup(query=query, decisions=decisions, total_citing=total_citing)
    numbers = {canonical_number(d.document.decision.number): None for d in decisions if d.document.decision}
    for d in citing:
        m = mention(d, keys)
        numbers.update((n, None) for n in m.numbers)
        out.citing.append(m)
    out.numbers = list(numbers)
    return out


def wanted_provinces(province: str | None) -> set[str]:
    """Province keys a deals query's province asks for: the name's own keys, as a search filter's
    (`province_keys`). The query is never widened to the successor: "hai duong" asks for Hải Dương's deals,
    not every Hải Phòng deal; deals in an absorbed unit are filed under today's unit too
    (`province_filing_keys`), so "hai phong" still finds them.

    >>> sorted(wanted_provinces("hai duong")), sorted(wanted_provinces("Thành phố Hải Phòng"))
    (['hai duong'], ['hai phong', 'thanh pho hai phong'])
    """
    return set(province_keys(province)) if province else set()


def province_filing_keys(province: str | None, doc_provinces: list[str]) -> set[str]:
    """Keys a deal (or deal event) whose own province is `province` is filed under: that province and, as
    a document is, today's unit when that province was absorbed into it; plus the document's names of that
    same unit (old and current: a deal tagged "Thành phố Hải Phòng" in a text on Hải Dương is Hải Dương's
    too). A deal that names no province is filed under none: its province is unknown, never "any province
    its article mentions".

    >>> sorted(province_filing_keys("Thành phố Hải Phòng", ["Hải Dương", "Thành phố Hải Phòng"]))
    ['hai duong', 'hai phong', 'thanh pho hai phong']
    >>> sorted(province_filing_keys("Thành phố Hải Phòng", ["Thành phố Hải Phòng", "Tỉnh Bắc Ninh"]))
    ['hai phong', 'thanh pho hai phong']
    >>> sorted(province_filing_keys("Hải Dương", []))
    ['hai duong', 'hai phong', 'thanh pho hai phong']
    >>> province_filing_keys(None, ["Tỉnh Bắc Ninh", "Hải Dương"])
    set()
    """
    return set(sorted_filing_keys(province, tuple(doc_provinces)))


@functools.lru_cache(maxsize=4096)
def sorted_filing_keys(province: str | None, doc_provinces: tuple[str, ...]) -> tuple[str, ...]:
    """`province_filing_keys`, sorted and cached: every deal report of every stored document asks it, with
    the same few province names over and over.

    >>> sorted_filing_keys("Hải Dương", ())
    ('hai duong', 'hai phong', 'thanh pho hai phong')
    """
    if not province:
        return ()
    own = _filed(province)
    return tuple(sorted(own.union(*(province_keys(n) for n in doc_provinces if _filed(n) & own))))


@functools.lru_cache(maxsize=4096)
def _filed(name: str) -> frozenset[str]:
    from extract.tag.places import filing_names

    return frozenset(k for n in filing_names(name) for k in province_keys(n))
