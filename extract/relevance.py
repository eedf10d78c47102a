"""CNHT relevance: how much a document is about supporting industry, from a term set kept as data.

The terms, their groups and weights are in `extract/data/relevance.yaml`. Matching is whole-word over
`extract.normalize.fold` (accent- and case-insensitive, đ = d), so "Nội địa hoá", "nội địa hóa" and an
NFD-encoded page all count alike. The score:

- each group found in the body counts `weight * (1 + ln(n))` for its `n` occurrences (repeats help, less
  and less);
- each group found in the title adds `title_bonus * weight` once;
- `score = 1 - exp(-raw / scale)`, rounded to 3 decimals: 0.0 when no term occurs, approaching 1.0.

Nothing is filtered here: the score is stored on the document and search may rank or filter by it.

>>> relevance_score("Khai hội mùa xuân Côn Sơn", "Lễ hội thu hút hàng nghìn du khách.")
0.0
>>> relevance_score(  # body 3 + 2 + 1, title 3 + 1.5: 1 - exp(-10.5 / 8)
...     "Doanh nghiệp CNHT ký kết cung ứng linh kiện",
...     "Ba doanh nghiệp công nghiệp hỗ trợ ký kết với nhà máy FDI, nâng tỷ lệ nội địa hoá.",
... )
0.731
>>> relevance_score("", "cong nghiep ho tro") == relevance_score("", "Công nghiệp hỗ trợ")  # accents optional
True
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from extract.normalize import fold

TERMS_FILE = Path(__file__).parent / "data" / "relevance.yaml"


@dataclass(frozen=True)
class TermGroup:
    name: str
    weight: float
    regex: re.Pattern[str]  # every term and pattern of the group, over folded text


@dataclass(frozen=True)
class TermSet:
    groups: tuple[TermGroup, ...]
    scale: float
    title_bonus: float


def _group_regex(terms: list[str], patterns: list[str]) -> re.Pattern[str]:
    words = sorted({fold(t).strip() for t in terms if t.strip()}, key=len, reverse=True)
    parts = [r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)"] if words else []
    parts.extend(f"(?:{p})" for p in patterns)
    if not parts:
        raise ValueError("a relevance group needs `terms` or `patterns`")
    return re.compile("|".join(parts))


def load_terms(path: Path = TERMS_FILE) -> TermSet:
    """The term set of a relevance YAML file (format: `extract/data/relevance.yaml`)."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    groups = tuple(
        TermGroup(
            name=g["name"],
            weight=float(g["weight"]),
            regex=_group_regex(g.get("terms", []), g.get("patterns", [])),
        )
        for g in data["groups"]
    )
    return TermSet(groups=groups, scale=float(data["scale"]), title_bonus=float(data.get("title_bonus", 0)))


@functools.cache
def default_terms() -> TermSet:
    return load_terms()


def term_counts(text: str, terms: TermSet | None = None) -> dict[str, int]:
    """Occurrences per group found in `text` (groups not found are left out).

    >>> term_counts("Linh kiện và phụ tùng cho chuỗi cung ứng; CNHT, FDI.")
    {'công nghiệp hỗ trợ': 1, 'linh kiện, phụ tùng': 2, 'chuỗi cung ứng': 1, 'FDI': 1}
    >>> term_counts("Nghị định số 111/2015/NĐ-CP và Nghị định 111 là một")
    {'Nghị định 111/2015/NĐ-CP và văn bản sửa đổi, hướng dẫn': 2}
    >>> term_counts("CNHTX, nhà cung ứngviên")  # whole words only
    {}
    """
    folded = fold(text)
    counts = {}
    for group in (terms or default_terms()).groups:
        n = sum(1 for _ in group.regex.finditer(folded))
        if n:
            counts[group.name] = n
    return counts


def relevance_score(title: str | None, text: str, terms: TermSet | None = None) -> float:
    """The CNHT relevance of a document in [0, 1), from its title and body text (see the module doc)."""
    terms = terms or default_terms()
    weights = {g.name: g.weight for g in terms.groups}
    raw = sum(weights[name] * (1 + math.log(n)) for name, n in term_counts(text, terms).items())
    raw += sum(terms.title_bonus * weights[name] for name in term_counts(title or "", terms))
    return round(1 - math.exp(-raw / terms.scale), 3)
