"""SVG charts drawn at build time: no script, no external library, readable without the picture (each chart
sits next to its data table, and carries the numbers in its title and in data- attributes)."""

from __future__ import annotations

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 260
LEFT, BOTTOM, TOP = 48, 40, 24
COLORS = {"target": "#5c6bc0", "actual": "#1b5e20"}  # contrast ≥ 4.5:1 on white
LABELS = {"target": "цель", "actual": "факт"}


def _fmt(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def bar_chart(chart_id: str, title: str, unit: str, rows: list[dict[str, object]]) -> Markup:
    """Grouped bars, target and actual per period. `rows`: {"period", "target", "actual"} (None = no value)."""
    values = [float(v) for r in rows for k in ("target", "actual") if (v := r.get(k)) is not None]  # type: ignore[arg-type]
    top = max([*values, 100.0 if unit == "%" else 1.0])
    plot_h = HEIGHT - BOTTOM - TOP
    step = (WIDTH - LEFT - 10) / max(len(rows), 1)
    bar = min(28.0, step / 3)
    parts = []
    for tick in range(0, 5):
        value = top * tick / 4
        y = TOP + plot_h - plot_h * tick / 4
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - 10}" y2="{y:.1f}" stroke="#c8c8c8" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{_fmt(round(value, 1))}</text>'
        )
    summary = []
    for i, row in enumerate(rows):
        x0 = LEFT + step * i + (step - 2 * bar - 4) / 2
        period = escape(str(row["period"]))
        for j, kind in enumerate(("target", "actual")):
            value = row.get(kind)
            if value is None:
                continue
            number = float(value)  # type: ignore[arg-type]
            h = plot_h * number / top
            x = x0 + j * (bar + 4)
            y = TOP + plot_h - h
            label = f"{period}: {LABELS[kind]} {_fmt(number)} {escape(unit)}"
            summary.append(label)
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{COLORS[kind]}" '
                f'data-period="{period}" data-kind="{kind}" data-value="{_fmt(number)}"><title>{label}</title></rect>'
            )
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-size="10">{_fmt(number)}</text>'
            )
        parts.append(
            f'<text x="{x0 + bar + 2:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" '
            f'font-size="11">{period}</text>'
        )
    legend = "".join(
        f'<rect x="{LEFT + 90 * k}" y="{HEIGHT - 14}" width="10" height="10" fill="{COLORS[kind]}"/>'
        f'<text x="{LEFT + 90 * k + 14}" y="{HEIGHT - 5}" font-size="11">{LABELS[kind]}</text>'
        for k, kind in enumerate(("target", "actual"))
    )
    desc = "; ".join(summary) or "нет данных"
    return Markup(
        f'<svg class="nk-chart" id="{escape(chart_id)}" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        f'aria-labelledby="{escape(chart_id)}-t {escape(chart_id)}-d" xmlns="http://www.w3.org/2000/svg" '
        f'font-family="sans-serif" fill="#1a1a1a">'
        f'<title id="{escape(chart_id)}-t">{escape(title)}, {escape(unit)}</title>'
        f'<desc id="{escape(chart_id)}-d">{desc}</desc>' + "".join(parts) + legend + "</svg>"
    )
