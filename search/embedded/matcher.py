"""Saved searches against a batch of new documents, all at once (alert evaluation, embedded backend).

`match_all` gives, for every query, exactly the hits `match_each` gives (the same ids, order, scores and
snippets), but shares the work between queries:
- the batch is indexed once, in RAM, with nothing stored: hits are built from the records themselves;
- each distinct text (its positive words and phrases) is searched once over the batch: a document's
  score is its text score whatever the filters, because filters score 0 and negated words score nothing;
- each distinct set of filters (province, kind, dates, firm, amounts, decision, negated words ...) is
  evaluated once, as the set of batch positions it lets through;
- a search's hits are its text's hits, in their order, that its filters let through; one `SearchHit` per
  (text, document), its snippet made only when some search keeps that hit, once per (folded words,
  document);
- a search sorted by date, or without text (tantivy then scores its filters, not a text), is searched
  whole on its own.

Monitoring searches share a few topics and filters, so 10,000 saved searches cost a few thousand
tantivy queries over the batch, not 10,000 full searches with snippets.

`match_deferred` gives the same hits without their snippets, and a function that adds them to the hits
that get delivered: alert evaluation drops many hits after matching (copies of a story already alerted,
searches that already alerted on the document), and a snippet re-reads the whole body (some 70 us per
1,000 characters), a third of matching when made for every hit.

`match_each` is the plain way (every query searched and highlighted on its own): kept as the reference
that tests and benchmarks compare `match_all` with.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import tantivy

from search.embedded.fulltext import BATCH_POS, SNIPPET_CHARS, FullTextIndex, Record
from search.query import Clause, ParsedQuery, nfc, parse_query
from search.records import BatchMatches, SearchHit, SearchQuery

# SearchQuery fields that are filters (everything but the text, paging, sorting, facets and ids)
_NOT_FILTERS = {"text", "ids", "sort", "limit", "offset", "facets"}
_SNIPPET_FIELDS = ("text", "title")


def match_each(queries: list[SearchQuery], records: list[Record]) -> list[list[SearchHit]]:
    """Every query searched on its own over an in-memory index of `records` (the reference)."""
    if not records or not queries:
        return [[] for _ in queries]
    small = FullTextIndex.in_memory(records)
    out = []
    for q in queries:
        allowed = set(q.ids) if q.ids is not None else None
        wanted = [r["id"] for r in records if allowed is None or r["id"] in allowed]
        if not wanted:
            out.append([])
            continue
        only = None if len(wanted) == len(records) else wanted  # the batch index holds nothing else
        restricted = q.model_copy(update={"ids": only, "limit": len(wanted), "offset": 0, "facets": []})
        out.append(small.search(restricted).hits)
    return out


def match_all(queries: list[SearchQuery], records: list[Record]) -> list[list[SearchHit]]:
    """For each query, all its hits among `records`: the same as `match_each`, with shared work."""
    if not records or not queries:
        return [[] for _ in queries]
    matcher = _BatchMatcher(records, snippets=True)  # each shared hit made once, snippets included
    return [matcher.hits(q) for q in queries]


def match_deferred(queries: list[SearchQuery], records: list[Record]) -> BatchMatches:
    """`match_all`'s hits with their snippets left out (`highlights` empty); `highlight(i, hit)` gives
    a hit of query `i` with the snippets `match_all` gives it, made from the same batch index."""
    if not records or not queries:
        return BatchMatches(hits=[[] for _ in queries], highlight=_as_is)
    matcher = _BatchMatcher(records)
    return BatchMatches(hits=[matcher.hits(q) for q in queries], highlight=matcher.highlight(queries))


def _as_is(_query: int, hit: SearchHit) -> SearchHit:
    return hit


_TextKey = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]


class _BatchMatcher:
    def __init__(self, records: list[Record], *, snippets: bool = False) -> None:
        self.records = records
        self.snippets = snippets  # hits made with their snippets, else `highlight` makes them
        self.index = FullTextIndex.in_memory(records, batch=True)
        self.searcher = self.index.searcher()
        self.n = len(records)
        everything = self.searcher.search(tantivy.Query.all_query(), self.n, order_by_field=BATCH_POS)
        self.position = {(a.segment_ord, a.doc): int(p) for p, a in everything.hits}
        self.id_position = {r["id"]: p for p, r in enumerate(records)}
        self._texts: dict[_TextKey, list[tuple[int, float]]] = {}
        self._filters: dict[tuple[str, tuple[tuple[str, ...], ...]], frozenset[int] | None] = {}
        self._snippets: dict[tuple[str, ...], list[Any]] = {}
        self._highlights: dict[tuple[tuple[str, ...], int], list[str]] = {}
        self._hits: dict[tuple[_TextKey, int], SearchHit] = {}

    def hits(self, q: SearchQuery) -> list[SearchHit]:
        parsed = parse_query(q.text)
        chosen = self._ids(q)
        if chosen is not None and not chosen:
            return []
        if q.sort == "date" or not parsed.must:
            return self._whole(q, parsed, chosen)
        key = _text_key(parsed.must)
        allowed = self._allowed(q, parsed)
        out = []
        for pos, score in self._text_hits(key, parsed.must):
            if (allowed is None or pos in allowed) and (chosen is None or pos in chosen):
                hit = self._hits.get((key, pos))
                if hit is None:
                    hit = self._hits[(key, pos)] = self._hit(pos, score, parsed.must)
                out.append(hit)
        return out

    # -- parts shared between queries ------------------------------------------------------------------

    def _ids(self, q: SearchQuery) -> set[int] | None:
        if q.ids is None:
            return None
        return {self.id_position[i] for i in q.ids if i in self.id_position}

    def _text_hits(self, key: _TextKey, must: tuple[Clause, ...]) -> list[tuple[int, float]]:
        """(position, score) of the documents holding every positive clause, best first."""
        hits = self._texts.get(key)
        if hits is None:
            query = tantivy.Query.boolean_query([(tantivy.Occur.Must, self._text_query(must))])
            found = self.searcher.search(query, self.n).hits
            hits = self._texts[key] = [(self.position[(a.segment_ord, a.doc)], s) for s, a in found]
        return hits

    def _text_query(self, must: tuple[Clause, ...]) -> tantivy.Query:
        if not must:
            return tantivy.Query.all_query()
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, self.index.clause_query(c)) for c in must])

    def _allowed(self, q: SearchQuery, parsed: ParsedQuery) -> frozenset[int] | None:
        """Positions the query's filters and negated clauses let through (None: all of them)."""
        key = (q.model_dump_json(exclude=_NOT_FILTERS), tuple(c.folded for c in parsed.must_not))
        if key in self._filters:
            return self._filters[key]
        subs = [(tantivy.Occur.Must, f) for f in self.index.filters(q.model_copy(update={"ids": None}))]
        subs += [(tantivy.Occur.MustNot, self.index.clause_query(c, exact=False)) for c in parsed.must_not]
        allowed = None
        if subs:
            if all(occur == tantivy.Occur.MustNot for occur, _ in subs):
                subs.insert(0, (tantivy.Occur.Must, tantivy.Query.all_query()))
            found = self.searcher.search(tantivy.Query.boolean_query(subs), self.n, order_by_field=BATCH_POS)
            allowed = frozenset(int(p) for p, _ in found.hits)
        self._filters[key] = allowed
        return allowed

    def _whole(self, q: SearchQuery, parsed: ParsedQuery, chosen: set[int] | None) -> list[SearchHit]:
        """A query searched whole, on its own: sorted by date (newest first), or without text, where
        tantivy scores the filters alone (0) rather than the text (rare shapes of saved searches)."""
        restricted = chosen is not None and len(chosen) < self.n  # the batch index holds nothing else
        only = [self.records[p]["id"] for p in sorted(chosen)] if chosen is not None and restricted else None
        limit = len(chosen) if chosen is not None else self.n
        query, _ = self.index.build_query(q.model_copy(update={"ids": only}))
        if q.sort == "date":
            found = self.searcher.search(
                query, max(limit, 1), order_by_field="published", order=tantivy.Order.Desc
            ).hits[:limit]
        else:
            found = self.searcher.search(query, max(limit, 1)).hits[:limit]
        return [
            self._hit(
                self.position[(a.segment_ord, a.doc)], float(s) if q.sort != "date" else 0.0, parsed.must
            )
            for s, a in found
        ]

    def _hit(self, pos: int, score: float, must: tuple[Clause, ...]) -> SearchHit:
        r = self.records[pos]
        doc = r["document"]
        return SearchHit.model_construct(  # trusted values: skip validation
            id=r["id"],
            url=doc["url"],
            title=nfc(doc.get("title") or "") or None,
            kind=doc["kind"],
            source=r.get("source") or doc.get("source") or None,
            published=doc.get("published") or None,
            provinces=[nfc(p) for p in r.get("provinces") or ()],
            score=float(score),
            highlights=self._snippet(pos, must) if self.snippets else [],  # else: `highlight`
        )

    def highlight(self, queries: list[SearchQuery]) -> Callable[[int, SearchHit], SearchHit]:
        """A hit of `queries[i]` with its snippets: a copy of the hit (hits are shared between queries),
        itself shared between the queries asking the same words of that hit."""
        words_of: dict[int, tuple[tuple[str, ...], tuple[Clause, ...]]] = {}
        done: dict[tuple[int, tuple[str, ...]], tuple[SearchHit, SearchHit]] = {}  # id(hit): kept alive

        def highlighted(i: int, hit: SearchHit) -> SearchHit:
            if i not in words_of:
                must = parse_query(queries[i].text).must
                words_of[i] = (tuple(sorted({t for c in must for t in c.folded})), must)
            words, must = words_of[i]
            key = (id(hit), words)
            if key not in done:
                snippets = self._snippet(self.id_position[hit.id], must)
                done[key] = (hit, hit.model_copy(update={"highlights": snippets}))
            return done[key][1]

        return highlighted

    def _snippet(self, pos: int, must: tuple[Clause, ...]) -> list[str]:
        """The snippet of the body, else of the title, as `FullTextIndex.search` makes it. It depends
        only on the folded words asked for (the snippet fields are folded), so "công nghiệp" and
        "cong nghiep" share theirs."""
        if not must:
            return []
        words = tuple(sorted({t for c in must for t in c.folded}))
        key = (words, pos)
        if key not in self._highlights:
            highlights = []
            for gen in self._generators(words, must):
                snippet = gen.snippet_from_doc(self.index.batch_docs[pos])
                if snippet.highlighted():
                    highlights.append(snippet.to_html())
                    break
            self._highlights[key] = highlights
        return list(self._highlights[key])

    def _generators(self, words: tuple[str, ...], must: tuple[Clause, ...]) -> list[Any]:
        """Snippet generators of a text, for the body then the title (as `FullTextIndex.search`)."""
        gens = self._snippets.get(words)
        if gens is None:
            text_q = self._text_query(must)
            gens = []
            for field in _SNIPPET_FIELDS:
                gen = tantivy.SnippetGenerator.create(self.searcher, text_q, self.index.schema, field)
                gen.set_max_num_chars(SNIPPET_CHARS)
                gens.append(gen)
            self._snippets[words] = gens
        return gens


def _text_key(must: tuple[Clause, ...]) -> _TextKey:
    return tuple((c.folded, c.exact) for c in must)
