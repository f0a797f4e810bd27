"""An indicator series as an inline SVG line chart, drawn on the server: no JavaScript, nothing fetched."""

from __future__ import annotations

import math
from datetime import date

from markupsafe import Markup

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 44, 24, 44
X_TICKS = 5
COLOURS = ("#1f5fa8", "#c0392b", "#27864a", "#8e44ad", "#b9770e")


def ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About `count` round values covering low..high (1, 2 or 5 times a power of ten apart)."""
    raw = (high - low) / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    return [round(first + i * step, 10) for i in range(int(math.ceil((high - first) / step)) + 1)]


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.6g}"


def line_chart(lines: dict[str, list[tuple[date, float]]], unit: str = "") -> Markup | None:
    """Each line's points (period end, value) in date order as a line with dots, each dot titled with its date and
    value, on shared axes; a legend names the lines where there are two or more. None for no points."""
    points = sorted(point for line in lines.values() for point in line)
    if not points:
        return None
    values = [v for _, v in points]
    low, high = min(values), max(values)
    if low == high:
        low, high = low - 1, high + 1
    y_ticks = ticks(low, high)
    low, high = min(low, y_ticks[0]), max(high, y_ticks[-1])
    first, last = points[0][0].toordinal(), points[-1][0].toordinal()
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return LEFT + (plot_w / 2 if first == last else (day.toordinal() - first) / (last - first) * plot_w)

    def y(value: float) -> float:
        return TOP + (high - value) / (high - low) * plot_h

    parts = [Markup('<svg xmlns="http://www.w3.org/2000/svg" class="minutebook-chart" role="img" '
                    'viewBox="0 0 {} {}" width="{}" height="{}"><title>{}</title>').format(
        WIDTH, HEIGHT, WIDTH, HEIGHT, f"{len(points)} values, {points[0][0]} to {points[-1][0]}")]
    for tick in y_ticks:
        parts.append(Markup('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="#ddd"/>'
                            '<text x="{}" y="{:.1f}" text-anchor="end" font-size="12">{}</text>').format(
            LEFT, WIDTH - RIGHT, y(tick), y(tick), LEFT - 6, y(tick) + 4, _number(tick)))
    for day in _date_ticks(points):
        parts.append(Markup('<text x="{:.1f}" y="{}" text-anchor="middle" font-size="12">{}</text>').format(
            x(day), HEIGHT - BOTTOM + 18, day.isoformat()))
    if unit:
        parts.append(Markup('<text x="4" y="14" font-size="12">{}</text>').format(unit))
    for i, (name, line) in enumerate(sorted(lines.items())):
        colour = COLOURS[i % len(COLOURS)]
        if len(lines) > 1:
            parts.append(Markup('<text x="{}" y="14" font-size="12" fill="{}">&#9679; {}</text>').format(
                LEFT + 8 + i * 120, colour, name))
        path = " ".join(f"{x(day):.1f},{y(value):.1f}" for day, value in sorted(line))
        parts.append(Markup('<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>').format(colour, path))
        for day, value in sorted(line):
            parts.append(Markup('<circle cx="{:.1f}" cy="{:.1f}" r="4" fill="{}"><title>{}: {}</title>'
                                '</circle>').format(x(day), y(value), colour, day.isoformat(), _number(value)))
    return Markup("").join(parts) + Markup("</svg>")


def period_length(start: str | None, end: str) -> str:
    """What a value's period spans, to keep a year's values and a quarter's on separate lines: '3 months'."""
    if not start:
        return "to date"
    months = round(((date.fromisoformat(end) - date.fromisoformat(start)).days + 1) / 30.44)
    return "1 month" if months == 1 else f"{months} months"


def _date_ticks(points: list[tuple[date, float]]) -> list[date]:
    """The first and last dates and up to X_TICKS - 2 evenly spaced distinct dates of the points between."""
    days = sorted({day for day, _ in points})
    if len(days) <= X_TICKS:
        return days
    step = (len(days) - 1) / (X_TICKS - 1)
    return [days[round(i * step)] for i in range(X_TICKS)]
