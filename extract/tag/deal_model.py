"""A learned second opinion on the deal rules: who signed with whom, which firm invested, and the deal's kind.

Four blind evaluation batches showed rule rounds do not carry to new writers (each round moved the next blind
batch by +0.00 to +0.08 F1 on deals), while a small learned model, trained on the annotated evaluation
sentences, carries better (issue 12). This module holds that model's two parts, both pure:

- the candidates and their features: every firm of each sentence (a one-party deal: `investment`,
  `groundbreaking`) and every pair of different firms of a sentence within 250 characters (`mou`,
  `supply_contract`, `cooperation`), seen through the words before, between and after their mentions;
- `review`, which combines the rules' deals with the model's scores under a policy kept in the model file:
  a rules' deal the model scores far below "no deal" is dropped, a deal the model scores above it takes the
  model's kind, and a candidate the rules missed is added when the model is sure enough.

The weights (`extract/data/deal_model.json`) are an averaged multi-class perceptron built by
`python -m extract.train_deal_model` from `tests/eval/sentences.jsonl`; a test checks the file is what
that command builds. The policy's thresholds were chosen leave-one-batch-out on blind batches 15 and 16
with the rules of the session before either was written (see `benchmarks/learned_deals.py`).

Off by default from session 13 to session 18 (on the blind batches 22-25 it no longer paid, and it dropped
correct rule deals of shapes it had not seen); on by default again since session 19 (`CNHT_DEAL_MODEL=off`
turns it off). Over the strictly sampled blind triples since, trained without each, it led the rules on deals
every time: batches 44-46, 47-49, 50-52 by +0.03 to +0.075, 53-55 0.686 against 0.620, 56-58 0.703 against
0.667; events 53-55 0.511 against 0.508, 56-58 0.472 against 0.444 (figures in tests/eval/README.md).
Two changes made it safe to turn on: it reviews the rules' deals after every rules pass (a pass that reads a
recalled licence or a contractor is no longer pre-empted by a deal the model added first), and it judges each
sentence alone (a firm or a pair is a candidate in every sentence that names it, so a page gives the deals
its sentences give one by one), reading only the firms a sentence names (not "hai bên" pointing back).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import operator
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.models import Deal, Firm
from extract.normalize import fold
from extract.tag._common import sentences

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "deal_model.json"
ONE_KINDS = ("investment", "groundbreaking")  # a deal with one party: the investor
PAIR_KINDS = ("mou", "supply_contract", "cooperation")  # a deal between two firms
NONE = "none"
MAX_GAP = 250  # characters between two firms' mentions for a pair to be a candidate
_TOKEN = re.compile(r"\w+|[^\w\s]")
_SPACED_TOKEN = re.compile(r"(\s*)(\w+|[^\w\s])")  # a token and the spaces before it
_SECOND = operator.itemgetter(1)
# sentence cues a one-party candidate sees whatever their distance from the firm
_CUES = (
    "khởi công",
    "động thổ",
    "giấy chứng nhận",
    "chấp thuận",
    "cấp phép",
    "tăng vốn",
    "ký kết",
    "biên bản",
    "hợp đồng",
    "lũy kế",
    "không",
    "sẽ",
    # an amount and a plant or project in the sentence, in either language (session 25: retrained without
    # each of the triples 65-67 to 77-79 and scored on it, deals +0.006 to +0.013 on every one, events -0.005
    # to +0.002)
    "triệu usd",
    "tỷ đồng",
    "tỉ đồng",
    "nhà máy",
    "dự án",
    "xưởng",
    "vốn",
    "million",
    "billion",
    "plant",
    "factory",
    "project",
    "licen",
    "invest",
)


_PAIR_CUES = (
    "biên bản ghi nhớ",
    "hợp đồng",
    "cung cấp",
    "cung ứng",
    "thỏa thuận",
    "hợp tác",
    "thuê",
    "tín dụng",
    "liên doanh",
    "chuyển giao",
    "đơn hàng",
    "nguyên tắc",
    "khung",
    "không",
    "chưa",
    "sẽ",
)


@functools.lru_cache(maxsize=4096)
def firm_key(name: str) -> str:
    """How two mentions are known to be the same firm: its canonical name, accent-free, lower case."""
    return " ".join(fold(name).split())


class _Words:
    """The lower-cased word and punctuation tokens of some stretches of a text (the sentences that hold a
    firm) with their offsets, cut out by character range; and each sentence's cue words, made once."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self._cues: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        low = text.lower()
        if len(low) != len(text):  # a letter whose lower case is longer ("İ"): lower each token instead
            found = [(m.start(), m.group().lower()) for s, e in spans for m in _TOKEN.finditer(text, s, e)]
            self.starts = [s for s, _ in found]
            self.words = [w for _, w in found]
        else:  # the words and the spaces before them found by one C loop, their starts summed from lengths
            self.words, self.starts = [], []
            for s, e in spans:
                pairs = _SPACED_TOKEN.findall(low, s, e)
                at = itertools.accumulate(map(len, itertools.chain.from_iterable(pairs)), initial=s)
                self.starts += itertools.islice(at, 1, None, 2)
                self.words += map(_SECOND, pairs)
        self._firms: Sequence[Firm] | None = None
        self._counts: dict[tuple[int, int], int] = {}
        self._firm_starts: list[int] = []

    def between(self, start: int, end: int) -> list[str]:
        return self.words[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def firms_in(self, firms: Sequence[Firm], sentence: tuple[int, int]) -> int:
        """How many of `firms` (sorted by start) start in `sentence` (counted once per sentence for the
        text's firm list)."""
        if firms is not self._firms:  # `candidates` passes its list sorted by start: counted by bisection
            self._firms, self._counts, self._firm_starts = firms, {}, [f.start for f in firms]
        if (n := self._counts.get(sentence)) is None:
            s, e = sentence
            starts = self._firm_starts
            n = self._counts[sentence] = bisect.bisect_left(starts, e) - bisect.bisect_left(starts, s)
        return n

    def cues(self, sentence: tuple[int, int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The cue words of a sentence, as one-party and as two-party features."""
        if sentence not in self._cues:
            low = self.text[sentence[0] : sentence[1]].lower()
            one = tuple("s:" + c for c in _CUES if c in low)
            self._cues[sentence] = one, tuple("s:" + c for c in _PAIR_CUES if c in low)
        return self._cues[sentence]


# A candidate's features come in families: a prefix and the words it sees ("p": the words before a firm), the
# pairs of words in a row ("aa": "x_y" of two words after it), or whole feature strings ("": "bias",
# "form:..."). The model looks a family's words up in one table per prefix, so judging a candidate makes no
# feature string; `Candidate.features` renders the strings the training reads, in the same order.
_WORDS = frozenset(("p", "a", "a2", "b", "be", "l"))  # one feature per word: "p:" + word
_BIGRAMS = frozenset(("aa", "pp", "bb"))  # one feature per two words in a row: "aa:" + x + "_" + y
Parts = tuple[tuple[str, Sequence[str]], ...]


def _render(prefix: str, items: Sequence[str]) -> list[str]:
    """A family's feature strings."""
    if prefix in _BIGRAMS:
        return [f"{prefix}:{x}_{y}" for x, y in itertools.pairwise(items)]
    return [f"{prefix}:{w}" for w in items] if prefix else list(items)


def one_features(words: _Words, firm: Firm, firms: Sequence[Firm], sentence: tuple[int, int]) -> Parts:
    """What the model sees of one firm as a possible investor: the words around its first mention, and the
    cue words of its sentence."""
    s, e = sentence
    before = words.between(max(s, firm.start - 60), firm.start)[-8:]
    after = words.between(firm.end, min(e, firm.end + 120))[:16]
    n_firms = words.firms_in(firms, sentence)
    whole = [
        "bias",
        f"form:{firm.legal_form or '-'}",
        f"first:{int(firm.start - s < 5)}",
        f"nf:{min(n_firms, 6)}",
    ]
    whole += words.cues(sentence)[0]
    return (("p", before), ("a", after[:10]), ("a2", after[10:]), ("aa", after), ("pp", before), ("", whole))


def pair_features(words: _Words, a: Firm, b: Firm, firms: Sequence[Firm], sentence: tuple[int, int]) -> Parts:
    """What the model sees of two firms (a before b, in one sentence) as possible counterparties: the words
    between them, around them, further back in the sentence, the gap, the firms in between and the
    sentence's cue words (contract words that tell the kind: "biên bản ghi nhớ", "cung ứng", "thuê" ...)."""
    s, e = sentence
    between = words.between(a.end, b.start)
    before = words.between(max(s, a.start - 50), a.start)[-6:]
    after = words.between(b.end, min(e, b.end + 80))[:10]
    inside = sum(1 for f in firms if a.end <= f.start and f.end <= b.start)
    whole = [f"len:{min(len(between) // 3, 10)}", f"inside:{min(inside, 3)}", "bias"]
    whole += [f"forms:{a.legal_form or '-'}|{b.legal_form or '-'}", f"fa:{a.legal_form or '-'}"]
    whole += words.cues(sentence)[1]
    last = [f"fb:{b.legal_form or '-'}", f"nf:{min(words.firms_in(firms, sentence), 6)}"]
    return (
        ("b", between[:14]),
        ("be", between[-6:]),
        ("bb", between[:20]),
        ("p", before),
        ("a", after),
        ("aa", after),
        ("pp", before),
        ("", whole),
        ("l", words.between(s, a.start)[-14:-6]),
        ("", last),
    )


@dataclass(frozen=True)
class Candidate:
    """A possible deal of one sentence: one firm (an investor) or two (counterparties), as their first
    mentions in it."""

    key: frozenset[str]  # the parties' `firm_key`s
    firms: tuple[Firm, ...]
    parts: Parts  # its features by family (`one_features`, `pair_features`)
    sentence: tuple[int, int]  # the sentence the model read them in

    @property
    def features(self) -> list[str]:
        """Its feature strings, as the training reads them."""
        return [x for prefix, items in self.parts for x in _render(prefix, items)]


def sentence_spans(text: str, clauses: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The sentences of `text` as `_common.sentences` cuts them (or `clauses`, its cut already made), with
    ';'-clauses joined back: the model reads a sentence whole ("Bên bán: A; bên mua: B")."""
    out: list[tuple[int, int]] = []
    for s, e in sentences(text) if clauses is None else clauses:
        if out and text[out[-1][1] - 1] == ";":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def candidates(
    text: str, firms: Sequence[Firm], clauses: Sequence[tuple[int, int]] | None = None
) -> list[Candidate]:
    """Every firm of each sentence of `text` once, and every pair of different firms of one sentence whose
    mentions come within `MAX_GAP` characters (their first such mentions), with their features. Each sentence
    is judged alone, so a text gives the candidates its sentences give one by one. `clauses` is
    `_common.sentences(text)` when the caller has it."""
    firms = sorted(firms, key=lambda f: f.start)
    if not firms:
        return []
    spans = sentence_spans(text, clauses) or [(0, len(text))]
    starts = [s for s, _ in spans]

    def sentence_of(f: Firm) -> tuple[int, int]:
        return spans[max(0, bisect.bisect_right(starts, f.start) - 1)]

    words = _Words(text, sorted({sentence_of(f) for f in firms}))

    first: dict[tuple[str, tuple[int, int]], Firm] = {}
    for f in firms:
        first.setdefault((firm_key(f.name), sentence_of(f)), f)
    out = [
        Candidate(frozenset([k]), (f,), one_features(words, f, firms, sentence), sentence)
        for (k, sentence), f in first.items()
    ]
    seen: set[tuple[frozenset[str], tuple[int, int]]] = set()
    for i, a in enumerate(firms):
        ka, sentence = firm_key(a.name), sentence_of(a)
        for b in firms[i + 1 :]:
            if b.start - a.end > MAX_GAP or b.start >= sentence[1]:
                break
            key = frozenset((ka, firm_key(b.name)))
            if len(key) == 2 and (key, sentence) not in seen:
                seen.add((key, sentence))
                out.append(Candidate(key, (a, b), pair_features(words, a, b, firms, sentence), sentence))
    return out


@dataclass(frozen=True)
class Model:
    """Per-class feature weights for one-party and two-party candidates, and the policy that combines the
    model's margin (best deal kind's score minus "no deal"'s) with the rules."""

    one: dict[str, dict[str, float]]
    pair: dict[str, dict[str, float]]
    add: float  # a candidate the rules missed becomes a deal above this margin
    drop: float  # a rules' deal goes below this margin
    relabel: float  # a rules' deal takes the model's kind above this margin

    def verdict(self, candidate: Candidate) -> tuple[str, float]:
        """The best deal kind for `candidate` and its margin over "no deal"."""
        kinds, tables = self._tables[len(candidate.key) == 1]
        rows: list[tuple[float, ...]] = []  # a row is a non-empty tuple
        for prefix, items in candidate.parts:
            if (table := tables.get(prefix)) is not None:
                rows += filter(
                    None, map(table.get, itertools.pairwise(items) if prefix in _BIGRAMS else items)
                )
        if not rows:
            return kinds[0], 0.0
        margins = [*map(sum, zip(*rows, strict=True))]
        best = max(range(len(kinds)), key=margins.__getitem__)  # the first of equal margins, as before
        return kinds[best], margins[best]

    @functools.cached_property
    def _tables(self) -> dict[bool, tuple[tuple[str, ...], dict[str, dict]]]:
        """Per arity (one party: True), the deal kinds and, per feature family, one row per word (or pair of
        words, or whole feature) of each kind's weight less "no deal"'s (the margins add up row by row): one
        lookup per feature instead of one per feature and class, one column fewer to add, and no row for a
        feature that moves no margin. A pair "aa:x_y" is filed under every way its "_"s split it in two, so
        the lookup of words that hold "_" finds what the string would."""
        out = {}
        for one, weights in ((True, self.one), (False, self.pair)):
            kinds = tuple(c for c in weights if c != NONE)
            none = weights.get(NONE, {})
            tables: dict[str, dict] = {}
            for x in sorted(set().union(*weights.values()) if weights else ()):
                row = tuple(weights[c].get(x, 0.0) - none.get(x, 0.0) for c in kinds)
                if not any(row):
                    continue
                prefix, _, rest = x.partition(":")
                if prefix in _WORDS:
                    tables.setdefault(prefix, {})[rest] = row
                elif prefix in _BIGRAMS:
                    for i in (i for i, ch in enumerate(rest) if ch == "_"):
                        tables.setdefault(prefix, {})[rest[:i], rest[i + 1 :]] = row
                else:
                    tables.setdefault("", {})[x] = row
            out[one] = (kinds, tables)
        return out

    def to_json(self) -> dict:
        policy = {"add": self.add, "drop": self.drop, "relabel": self.relabel}
        return {"policy": policy, "one": self.one, "pair": self.pair}

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(data["one"], data["pair"], **data["policy"])


@functools.cache
def load_model(path: Path = MODEL_FILE) -> Model | None:
    """The shipped model when its file exists, unless `CNHT_DEAL_MODEL=off` is set (then None, and `review`
    leaves the rules' deals alone): on by default again since session 19, see the module's docstring."""
    if os.environ.get("CNHT_DEAL_MODEL", "").lower() in {"off", "0", "no", "false"} or not path.exists():
        return None
    return Model.from_json(json.loads(path.read_text(encoding="utf-8")))


Context = Callable[[Candidate], Deal]


def review(deals: list[Deal], found: list[Candidate], model: Model | None, make: Context) -> list[Deal]:
    """The rules' `deals` reviewed by `model` over the text's candidates `found`, sentence by sentence: a
    rules' deal is judged by its parties' candidate in the sentence it starts in.

    - a rules' deal whose parties are a candidate the model scores below `model.drop` is dropped;
    - a rules' pair deal scored above `model.relabel` takes the model's kind, when it is a kind of its arity
      and the rules' kind is not a supply contract (read from the contract's own words);
    - a candidate with no rules' deal of its parties in its sentence, scored above `model.add`, becomes a
      deal, built by `make`.
    Rules' deals with no candidate (parties the firm list does not hold) are kept as they are.
    """
    if model is None or not found:
        return deals
    verdicts = {(c.key, c.sentence): (c, *model.verdict(c)) for c in found}
    sentences = sorted({c.sentence for c in found})
    starts = [s for s, _ in sentences]

    def sentence_of(d: Deal) -> tuple[int, int]:
        """The candidates' sentence `d` starts in or, when its sentence names no firm of its own ("Hai bên
        cũng ký ..." after "A ký với B."), the last one before it that does: where "hai bên" points back."""
        return sentences[max(0, bisect.bisect_right(starts, d.start) - 1)]

    keys = [(frozenset(firm_key(p) for p in d.parties), sentence_of(d)) for d in deals]
    kinds = {(d.kind, key) for d, key in zip(deals, keys, strict=True)}
    out: list[Deal] = []
    for d, key in zip(deals, keys, strict=True):
        if key not in verdicts or (d.kind == "investment" and len(d.parties) > 1):
            out.append(d)  # co-investors ("liên danh giữa A và B"): the model judges pairs that sign
            continue
        _, kind, margin = verdicts[key]
        if margin < model.drop:
            continue
        # a firm's groundbreaking and investment stay (read from their own verbs: "khởi công" is no licence
        # recalled); a supply contract the rules read from its own words ("hợp đồng cung cấp/vận chuyển/bao
        # tiêu") stays one (leave-one-batch-out on batches 15-21, deals F1 0.833 -> 0.838, no batch lower)
        if (
            margin > model.relabel
            and (kind, key) not in kinds
            and len(key[0]) > 1  # a pair: a one-party deal keeps the rules' kind
            and d.kind != "supply_contract"
        ):
            d = d.model_copy(update={"kind": kind})
        out.append(d)
    covered = set(keys)
    added = [
        make(c).model_copy(update={"kind": kind})
        for key, (c, kind, margin) in verdicts.items()
        if key not in covered and margin > model.add
    ]
    unique: dict[tuple[str, frozenset[str]], Deal] = {}
    for d in out + sorted(added, key=lambda d: d.start):  # two rules' deals relabelled alike are one
        unique.setdefault((d.kind, frozenset(d.parties)), d)
    return list(unique.values())
