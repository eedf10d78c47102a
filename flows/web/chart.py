"""Announced investment by province and month, as an inline SVG bar chart (no JavaScript)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup, escape

from flows.deals_export import amount_text, deal_date
from search.records import DealRow

PALETTE = ["#1f6f8b", "#e07a1f", "#3a9a4a", "#b83b5e", "#6c4fb3", "#8c6d1f", "#2b8c8c", "#c2452d", "#5f6b7a"]
OTHER = "Không rõ tỉnh"


@dataclass
class Series:
    """Sums of announced amounts in one currency: {month: {province: amount}}."""

    currency: str
    by_month: dict[str, dict[str, float]]

    @property
    def provinces(self) -> list[str]:
        totals: dict[str, float] = defaultdict(float)
        for per_province in self.by_month.values():
            for name, value in per_province.items():
                totals[name] += value
        return sorted(totals, key=lambda name: (-totals[name], name))


def investment_series(rows: list[DealRow]) -> list[Series]:
    """One series per currency. A sentence naming several pairs of parties counts its amount once.
    A deal is filed under its own province, the field the deals filter reads (`search.lookups`); a deal
    whose text names none is "Không rõ tỉnh", never the province of its article or source."""
    seen: set[tuple[str, str, float, str]] = set()
    sums: dict[str, dict[str, dict[str, float]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(float))
    )
    for r in rows:
        month = deal_date(r)[:7]
        if r.amount is None or not r.currency or not month:
            continue
        key = (r.document_id, r.sentence, float(r.amount), r.currency)
        if key in seen:
            continue
        seen.add(key)
        sums[r.currency][month][r.province or OTHER] += float(r.amount)
    order = sorted(sums, key=lambda c: (c != "VND", c))
    return [Series(c, {m: dict(p) for m, p in sorted(sums[c].items())}) for c in order]


def bar_chart(series: Series, width: int = 720, height: int = 260) -> Markup:
    """Stacked bars, one per month, one colour per province, with a legend below."""
    months = list(series.by_month)
    provinces = series.provinces
    colour = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(provinces)}
    top = max((sum(p.values()) for p in series.by_month.values()), default=0.0) or 1.0
    left, bottom, plot_h = 8, 40, height - 56
    step = (width - left * 2) / max(len(months), 1)
    bar_w = max(min(step * 0.7, 60), 4)
    legend_rows = (len(provinces) + 2) // 3
    total_h = height + legend_rows * 18 + 8
    label = f"Giá trị đầu tư công bố theo tỉnh và tháng ({series.currency})"
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {total_h}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(label)}">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - left}" y2="{height - bottom}" class="axis"/>',
    ]
    for i, month in enumerate(months):
        x = left + i * step + (step - bar_w) / 2
        y = float(height - bottom)
        for name in provinces:
            value = series.by_month[month].get(name, 0.0)
            if not value:
                continue
            h = value / top * plot_h
            y -= h
            tip = escape(f"{month} · {name}: {amount_text(value, series.currency)}")
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{max(h, 1):.1f}" '
                f'fill="{colour[name]}"><title>{tip}</title></rect>'
            )
        total = amount_text(sum(series.by_month[month].values()), series.currency)
        cx = x + bar_w / 2
        parts.append(f'<text x="{cx:.1f}" y="{y - 4:.1f}" class="value">{escape(total)}</text>')
        parts.append(f'<text x="{cx:.1f}" y="{height - bottom + 16}" class="month">{escape(month)}</text>')
    for i, name in enumerate(provinces):
        lx = left + (i % 3) * (width / 3)
        ly = height + (i // 3) * 18
        parts.append(f'<rect x="{lx:.1f}" y="{ly - 10}" width="12" height="12" fill="{colour[name]}"/>')
        parts.append(f'<text x="{lx + 18:.1f}" y="{ly}" class="legend">{escape(name)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
