"""Backend-independent parsing of the user's query text and filter values.

`parse_query("công nghiệp \\"hỗ trợ\\" -thép")` gives a `ParsedQuery` of clauses, each a single
word or a phrase, with both an accent-folded and an exact (lower-case, accents kept) token list.
Every clause must match (AND); negated clauses must not. A backend turns the clauses into its
own queries: the tantivy backend into term/phrase queries on folded fields plus boosted exact
fields, an Elasticsearch backend into `match`/`match_phrase` in `bool.must` / `bool.must_not`.

Tokenisation mirrors tantivy's `SimpleTokenizer` (runs of alphanumeric characters), so a word
like "26/2023/QĐ-UBND" becomes the phrase ["26", "2023", "qd", "ubnd"].
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from extract.normalize import fold

MAX_TOKEN_CHARS = 100  # longer tokens are dropped from the index and from queries alike

_TOKEN_RE = re.compile(r"[^\W_]+")  # alphanumeric runs ("_" is a word char for re, not alphanumeric)
_QUOTED_RE = re.compile(r'(-?)"([^"]*)"?')
_PROVINCE_PREFIXES = ("thanh pho ", "tinh ", "tp ")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def tokenize(text: str) -> list[str]:
    """Lower-cased tokens with accents kept (NFC), as the exact fields index them."""
    return [t for t in _TOKEN_RE.findall(nfc(text).lower()) if len(t) <= MAX_TOKEN_CHARS]


def tokenize_folded(text: str) -> list[str]:
    """Accent-folded tokens ("Quyết định" -> ["quyet", "dinh"]), as the folded fields index them."""
    return [t for t in _TOKEN_RE.findall(fold(nfc(text))) if len(t) <= MAX_TOKEN_CHARS]


@dataclass(frozen=True)
class Clause:
    """One word or one phrase of the query; a word that tokenises to several tokens is a phrase."""

    raw: str  # the clause as typed (NFC), without quotes
    folded: tuple[str, ...]
    exact: tuple[str, ...]
    negated: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.folded) > 1


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...] = field(default_factory=tuple)

    @property
    def must(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @property
    def must_not(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.negated)

    @property
    def is_empty(self) -> bool:
        return not self.clauses

    def terms(self) -> list[str]:
        """Folded tokens of the positive clauses (what an alert reports as matched when no snippet)."""
        return [t for c in self.must for t in c.folded]


def _clause(raw: str, negated: bool) -> Clause | None:
    folded = tokenize_folded(raw)
    exact = tokenize(raw)
    if not folded:
        return None
    if len(exact) != len(folded):  # a character folds to a separator or vice versa: keep positions aligned
        exact = folded
    return Clause(raw=raw, folded=tuple(folded), exact=tuple(exact), negated=negated)


def parse_query(text: str) -> ParsedQuery:
    """Parse user query text: words are ANDed, "quoted phrases" kept whole, a leading '-' negates."""
    text = nfc(text or "")
    clauses: list[Clause] = []
    pos = 0
    for m in _QUOTED_RE.finditer(text):
        clauses.extend(_words(text[pos : m.start()]))
        c = _clause(m.group(2), negated=bool(m.group(1)))
        if c is not None:
            clauses.append(c)
        pos = m.end()
    clauses.extend(_words(text[pos:]))
    return ParsedQuery(clauses=tuple(clauses))


def _words(segment: str) -> list[Clause]:
    out = []
    for word in segment.split():
        negated = word.startswith("-") and len(word) > 1
        c = _clause(word[1:] if negated else word, negated)
        if c is not None:
            out.append(c)
    return out


def province_key(name: str) -> str:
    """Folded, punctuation-free form of a province name: "Bà Rịa - Vũng Tàu" -> "ba ria vung tau"."""
    return " ".join(tokenize_folded(name))


def province_keys(name: str) -> list[str]:
    """The keys a province name is filed under and looked up by: with and without "Thành phố"/"Tỉnh"."""
    key = province_key(name)
    keys = [key] if key else []
    for prefix in _PROVINCE_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            keys.append(key[len(prefix) :])
    return keys


def decision_key(number: str) -> str:
    """Folded decision number used as a keyword: "26/2023/QĐ-UBND" -> "26/2023/qd-ubnd"."""
    return fold(nfc(number)).strip().replace(" ", "")
