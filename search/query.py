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

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TypeVar

from extract.normalize import fold
from extract.tag.places import tag_provinces

MAX_TOKEN_CHARS = 100  # longer tokens are dropped from the index and from queries alike

_TOKEN_RE = re.compile(r"[^\W_]+")  # alphanumeric runs ("_" is a word char for re, not alphanumeric)
_QUOTED_RE = re.compile(r'(-?)"([^"]*)"?')
_PROVINCE_PREFIXES = ("thanh pho ", "tinh ", "tp ")
VN_TZ = dt.timezone(dt.timedelta(hours=7))
T = TypeVar("T")


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

    @functools.cached_property
    def must(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @functools.cached_property
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


@functools.lru_cache(maxsize=16384)
def parse_query(text: str) -> ParsedQuery:
    """Parse user query text: words are ANDed, "quoted phrases" kept whole, a leading '-' negates.
    Cached (the result is immutable): alert evaluation parses every saved search's text per document."""
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
    """The keys a province name is filed under and looked up by: with and without "Thành phố"/"Tỉnh",
    and the unit's own name when the tagger knows `name` as an alias of it (never its successor: "Hải
    Dương" does not look up all of Hải Phòng).

    >>> province_keys("Thành phố Hải Phòng"), province_keys("TP.HCM")
    (['thanh pho hai phong', 'hai phong'], ['tp hcm', 'hcm', 'ho chi minh'])
    """
    return list(_province_keys(name))


@functools.lru_cache(maxsize=4096)
def _province_keys(name: str) -> tuple[str, ...]:
    """`province_keys`, cached: indexing asks it for every province name of every document."""
    key = province_key(name)
    keys = [key] if key else []
    for prefix in _PROVINCE_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            keys.append(key[len(prefix) :])
    own = _own_province_key(name)
    if own and own not in keys:
        keys.append(own)
    return tuple(keys)


@functools.cache
def _own_province_key(name: str) -> str | None:
    """The key of the unit the tagger reads `name` as (cached: every indexed document asks again)."""
    found = tag_provinces(name)
    return province_key(found[0].name) if len(found) == 1 else None


def decision_key(number: str) -> str:
    """Folded decision number used as a keyword: "26/2023/QĐ-UBND" -> "26/2023/qd-ubnd"."""
    return fold(nfc(number)).strip().replace(" ", "")


# -- decision numbers, names, amounts: shared by every backend ---------------------------------------------

_TYPE_FIRST_RE = re.compile(
    r"^\s*(?P<type>[A-Za-zĐđÐð]{1,8})\.?\s*(?:s[ốo]\s*:?\s*)?(?P<num>\d{1,5})(?:\s*/\s*(?P<year>(?:19|20)\d{2}))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DecisionKeys:
    """How a typed decision number is looked up: by its full key, or by number/year/type when the issuer
    is missing ("QĐ 26/2023" -> partial "26/2023/qd", matching 26/2023/QĐ-UBND of every issuer)."""

    full: str | None = None
    partial: str | None = None


def _partial_key(m: re.Match[str]) -> str | None:
    from extract.tag.decisions import canonical_code

    codes = m.group("codes") or m.group("type2")
    if not codes:
        return None
    first = canonical_code(re.split(r"\s*[-–]\s*", codes)[0])
    year = f"{m.group('year')}/" if m.group("year") else ""
    return decision_key(f"{m.group('num')}/{year}{first}")


def _type_name_to_code(text: str) -> str:
    """ "Quyết định 26/2023" -> "QĐ 26/2023", using the tagger's table of document types."""
    from extract.tag.decisions import _tables

    folded = fold(text)
    for code, name in _tables()[0].items():
        key = fold(name)
        if folded.startswith(key + " ") and len(key) > len(code):
            return code + text[len(key) :]
    return text


@functools.lru_cache(maxsize=16384)
def decision_keys(written: str) -> DecisionKeys:
    """Keys of a decision number as a user types it, by the tagger's own rule (`canonical_number`).
    Cached (the result is immutable): alert evaluation asks it for every saved search and document."""
    from extract.tag.decisions import NUMBER_RE, canonical_number, parse_number

    text = _type_name_to_code(" ".join(nfc(written).split()).replace("Ð", "Đ").replace("ð", "đ"))
    m = NUMBER_RE.fullmatch(text)
    if m is None:
        tm = _TYPE_FIRST_RE.match(text)
        if tm is None:
            return DecisionKeys()
        year = f"/{tm.group('year')}" if tm.group("year") else ""
        m = NUMBER_RE.fullmatch(f"{tm.group('num')}{year}/{tm.group('type')}")
        return DecisionKeys(partial=_partial_key(m)) if m else DecisionKeys()
    if parse_number(m) is not None:
        return DecisionKeys(full=decision_key(canonical_number(text)), partial=None)
    return DecisionKeys(partial=_partial_key(m))


@functools.lru_cache(maxsize=65536)
def indexed_decision_keys(number: str) -> tuple[str, str | None]:
    """(full key, partial key) a stored decision number is filed under."""
    from extract.tag.decisions import NUMBER_RE, canonical_number

    canonical = canonical_number(number)
    m = NUMBER_RE.fullmatch(canonical)
    return decision_key(canonical), (_partial_key(m) if m else None)


def name_matches(query: str, name: str) -> bool:
    """The query's folded words appear, in order and next to each other, in the name ("samsung" ~
    "Samsung Electronics"; "dien tu" ~ "Điện tử Hải Phòng")."""
    q, n = _name_tokens(query), _name_tokens(name)
    return bool(q) and any(n[i : i + len(q)] == q for i in range(len(n) - len(q) + 1))


def names_matching(words: list[str], names: list[str]) -> list[str]:
    """The names (in order) that one of `words` matches by `name_matches`; a word with a token in no
    name is skipped at once (alerts ask this for every saved search and every matched document).

    >>> names_matching(["samsung", "cong nghiep"], ["Samsung Electronics", "Công ty Alpha"])
    ['Samsung Electronics']
    """
    tokens = [(name, _name_tokens(name)) for name in names]
    present = set().union(*(n for _, n in tokens))
    return names_with([q for q in map(_name_tokens, words) if q and present.issuperset(q)], tokens)


def names_with(wanted: list[tuple[str, ...]], names: list[tuple[str, tuple[str, ...]]]) -> list[str]:
    """The names (of (name, `name_tokens(name)`) pairs, in order) in which one of the `wanted` token
    runs appears: `names_matching` with the folding done by the caller, once per name and per word."""
    if not wanted:
        return []
    out = []
    for name, n in names:
        if any(n[i : i + len(q)] == q for q in wanted for i in range(len(n) - len(q) + 1)):
            out.append(name)
    return out


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a firm name or of a query word, as `name_matches` compares them."""
    return _name_tokens(name)


@functools.lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name, cached: alerts compare every saved search's words with every firm."""
    return tuple(tokenize_folded(name))


@functools.lru_cache(maxsize=4096)
@functools.lru_cache(maxsize=1 << 16)
def fold_key(value: str) -> str:
    """Folded, punctuation-free keyword: "Quyết định" -> "quyet dinh". Cached: deal merging folds the
    same firm and province names for every report of every batch."""
    return " ".join(tokenize_folded(value))


def any_of(one: T | None, many: list[T]) -> list[T]:
    """The values a multi-valued filter accepts: the single value and the list, each once, in order
    (empty: the filter is off). A backend ORs them, and ANDs the result with the other filters.

    >>> any_of(2024, [2025, 2024]), any_of(None, []), any_of("decision", [])
    ([2024, 2025], [], ['decision'])
    """
    values = ([] if one is None or one == "" else [one]) + list(many)
    return list(dict.fromkeys(values))


# Facet buckets of amounts in VND (base units): (key, lower bound inclusive, upper bound exclusive)
TY = 1_000_000_000
AMOUNT_BUCKETS: tuple[tuple[str, float, float], ...] = (
    ("<1 tỷ", 0, TY),
    ("1-10 tỷ", TY, 10 * TY),
    ("10-100 tỷ", 10 * TY, 100 * TY),
    ("100-1000 tỷ", 100 * TY, 1000 * TY),
    (">=1000 tỷ", 1000 * TY, float("inf")),
)


def amount_bucket(amount: float) -> str:
    for key, low, high in AMOUNT_BUCKETS:
        if low <= amount < high:
            return key
    return AMOUNT_BUCKETS[0][0]


_SENTENCE_END = re.compile(r"[.!?;\n]\s")


def sentence_around(text: str, start: int, end: int, max_chars: int = 400) -> str:
    """The sentence holding text[start:end], cut to about `max_chars` around the span."""
    lo = max(0, start - max_chars // 2)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    s = before[-1] if before else lo
    after = _SENTENCE_END.search(text, end, min(len(text), end + max_chars // 2))
    e = after.start() + 1 if after else min(len(text), end + max_chars // 2)
    return " ".join(text[s:e].split())


def vn_wall_time(value: str | None) -> dt.datetime | None:
    """ISO date/date-time -> naive wall-clock time in Asia/Ho_Chi_Minh, or None when unparseable.

    Values without an offset are taken as Vietnamese time already; year/month facets and since/until
    filters follow the Vietnamese calendar day of publication.

    >>> vn_wall_time("2024-05-01T06:00:00+07:00"), vn_wall_time("2024-04-30T23:30:00Z")
    (datetime.datetime(2024, 5, 1, 6, 0), datetime.datetime(2024, 5, 1, 6, 30))
    >>> vn_wall_time("2024-05-01"), vn_wall_time("hôm qua")
    (datetime.datetime(2024, 5, 1, 0, 0), None)
    """
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            parsed = dt.datetime.combine(dt.date.fromisoformat(value.strip()[:10]), dt.time())
        except ValueError:
            return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(VN_TZ).replace(tzinfo=None)
    return parsed
