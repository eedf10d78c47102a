"""Announced investment by province and month, as an inline SVG bar chart (no JavaScript)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup, escape

from flows.deals_export import amount_text
from search.records import DealSummary

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


def investment_series(summary: DealSummary) -> list[Series]:
    """One series per currency from the store's buckets (`Store.deal_summary`: every matching deal, never
    a page of them), VND first. A deal is filed under its own province, the field the deals filter reads;
    a deal whose text names none is "Không rõ tỉnh", never the province of its article or source. The
    VND-equivalent series ("VND≈") is shown only when it adds something to the VND one (other currencies
    converted at a rate per year)."""
    sums: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for b in summary.buckets:
        sums[b.currency][b.month][b.province or OTHER] = b.amount
    if "VND≈" in sums and _total(sums["VND≈"]) == _total(sums.get("VND", {})):
        del sums["VND≈"]
    order = sorted(sums, key=lambda c: (c != "VND", c != "VND≈", c))
    return [Series(c, {m: dict(p) for m, p in sorted(sums[c].items())}) for c in order]


def _total(by_month: dict[str, dict[str, float]]) -> float:
    return sum(v for per in by_month.values() for v in per.values())


def bar_chart(series: Series, width: int = 720, height: int = 260) -> Markup:
    """Stacked bars, one per month, one colour per province, with a legend below."""
    months = month_range(series.by_month)
    every = max(1, (len(months) + 23) // 24)  # at most 24 labels: beyond two years, one in `every`
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
            value = series.by_month.get(month, {}).get(name, 0.0)
            if not value:
                continue
            h = value / top * plot_h
            y -= h
            tip = escape(f"{month} · {name}: {amount_text(value, _unit(series.currency))}")
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{max(h, 1):.1f}" '
                f'fill="{colour[name]}"><title>{tip}</title></rect>'
            )
        cx = x + bar_w / 2
        if every == 1 and month in series.by_month:
            total = amount_text(sum(series.by_month[month].values()), _unit(series.currency))
            parts.append(f'<text x="{cx:.1f}" y="{y - 4:.1f}" class="value">{escape(total)}</text>')
        if i % every == 0:
            parts.append(
                f'<text x="{cx:.1f}" y="{height - bottom + 16}" class="month">{escape(month)}</text>'
            )
    for i, name in enumerate(provinces):
        lx = left + (i % 3) * (width / 3)
        ly = height + (i // 3) * 18
        parts.append(f'<rect x="{lx:.1f}" y="{ly - 10}" width="12" height="12" fill="{colour[name]}"/>')
        parts.append(f'<text x="{lx + 18:.1f}" y="{ly}" class="legend">{escape(name)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _unit(currency: str) -> str:
    return "VND" if currency == "VND≈" else currency


def currency_label(currency: str) -> str:
    """ "đồng", "quy đổi ra đồng" or the ISO code."""
    return {"VND": "đồng", "VND≈": "quy đổi ra đồng"}.get(currency, currency)


def month_range(by_month: dict[str, object]) -> list[str]:
    """Every month from the first to the last key, gaps included ("2024-11" .. "2025-02").

    >>> month_range({"2024-11": 1, "2025-02": 2})
    ['2024-11', '2024-12', '2025-01', '2025-02']
    """
    if not by_month:
        return []
    first, last = min(by_month), max(by_month)
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
