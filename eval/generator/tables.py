"""Report tables: monthly statistics without codes, coded KPI tables with '..' gaps, and risk registers."""

from __future__ import annotations

import datetime as dt

from . import banks
from .context import Ctx
from .doc import esc

MONTHS = ["April", "May", "June", "July", "August", "September", "October", "November", "December", "January",
          "February", "March"]


def fy(year_start: int) -> str:
    return f"{year_start}/{(year_start + 1) % 100:02d}"


def stats_months(ctx: Ctx, year_start: int) -> str:
    """Months down the side, categories across under a group header row, the period range in a caption above."""
    n_months = ctx.rng.randint(3, 6)
    first = ctx.rng.randint(0, 12 - n_months)
    short = ctx.chance(0.5)
    cats = ctx.rng.sample(banks.STAT_CATEGORIES, ctx.rng.randint(3, 4))
    cats.sort(key=lambda c: c[1])
    groups: list[tuple[str, int]] = []
    for _, g in cats:
        if groups and groups[-1][0] == g:
            groups[-1] = (g, groups[-1][1] + 1)
        else:
            groups.append((g, 1))
    months = []
    for k in range(first, first + n_months):
        year = year_start + (1 if k >= 9 else 0)
        name = MONTHS[k][:3] if short else MONTHS[k]
        months.append(f"{name} {year}")
    caption = (f"Table {ctx.rng.randint(1, 4)}: Service requests received, {months[0]} to {months[-1]}")
    head1 = "<tr><th rowspan='2'>Month</th>" + "".join(f"<th colspan='{n}'>{esc(g)}</th>" for g, n in groups) + "</tr>"
    head2 = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c, _ in cats) + "</tr>"
    rows = []
    for month in months:
        cells = []
        for cat, _ in cats:
            if ctx.chance(0.08):
                cells.append("<td class='r'>..</td>")
                continue
            value = ctx.rng.randint(3, 1900)
            anchor = ctx.ledger.indicator(None, cat, month, value)
            cells.append(f"<td class='r'>{anchor}{value:,}</td>")
        rows.append(f"<tr><th class='l'>{month}</th>{''.join(cells)}</tr>")
    return (f"<p class='caption'><b>{esc(caption)}</b></p><table class='grid stats'><thead>{head1}{head2}</thead>"
            + "".join(rows) + "</table>")


def coded_kpis(ctx: Ctx, year_start: int, code_in_name: bool) -> str:
    """Codes (in their own column, or printed in front of the name), quarters across, '..' for missing values."""
    n_q = ctx.rng.randint(2, 4)
    q0 = ctx.rng.randint(1, 5 - n_q)
    periods = [f"Q{q} {fy(year_start)}" for q in range(q0, q0 + n_q)]
    prefix = ctx.rng.choice(["PI", "KPI", "CS", "ENV", "HS"])
    kpis = ctx.rng.sample(banks.KPIS, ctx.rng.randint(4, 7))
    head = ("<tr>" + ("" if code_in_name else "<th>Code</th>") + "<th>Measure</th>"
            + "".join(f"<th>{p}</th>" for p in periods) + "<th>Target</th><th>Status</th></tr>")
    rows = []
    for i, (name, unit) in enumerate(kpis):
        code = f"{prefix}{ctx.rng.randint(1, 9) * 10 + i:02d}"
        cells = []
        for period in periods:
            if ctx.chance(0.12):
                cells.append("<td class='r'>..</td>")
                continue
            value = round(ctx.rng.uniform(40, 99), 1) if unit == "%" else ctx.rng.randint(2, 400)
            shown = f"{value}%" if unit == "%" else f"{value:,}"
            gold_unit = unit if unit else None
            anchor = ctx.ledger.indicator(code, name, period, value, gold_unit)
            cells.append(f"<td class='r'>{anchor}{shown}</td>")
        target = f"{ctx.rng.randint(60, 95)}%" if unit == "%" else str(ctx.rng.randint(10, 300))
        rag = ctx.rng.choice(["Green", "Amber", "Red"])
        label = f"{code} {esc(name)}" if code_in_name else esc(name)
        code_cell = "" if code_in_name else f"<td>{code}</td>"
        unit_note = f" ({unit})" if unit and unit != "%" else ""
        rows.append(f"<tr>{code_cell}<td>{label}{unit_note}</td>{''.join(cells)}<td class='r'>{target}</td>"
                    f"<td class='c'>{rag}</td></tr>")
    return ("<table class='grid kpi'><thead>" + head + "</thead>" + "".join(rows) + "</table>"
            "<p class='small'>.. = data not yet available. Targets are annual.</p>")


def risk_register(ctx: Ctx, form: str) -> str:
    """form 'id_in_title': 'SR04: Failure to ...' with current and target scores (current is the level);
    'columns': id column, likelihood, impact and a rating word."""
    risks = ctx.rng.sample(banks.RISKS, ctx.rng.randint(4, 7))
    prefix = ctx.rng.choice(["SR", "CR", "R", "ORR"])
    with_trend = ctx.chance(0.8)
    rows = []
    serial = ctx.rng.randint(0, 3)
    for i, title in enumerate(risks):
        serial += ctx.rng.choice([1, 1, 1, 2])
        rid = f"{prefix}{serial:02d}" if prefix != "R" else f"R{i + 1}"
        like, imp = ctx.rng.randint(1, 5), ctx.rng.randint(2, 5)
        score = like * imp
        trend = ctx.rng.choice(banks.TRENDS) if with_trend else None
        trend_cell = f"<td>{trend.capitalize()}</td>" if with_trend else ""
        owner = ctx.cast.one()
        if form == "id_in_title":
            target = max(1, score - ctx.rng.randint(2, 8))
            anchor = ctx.ledger.risk(rid, title, str(score), trend)
            rows.append(f"<tr><td>{anchor}<b>{rid}:</b> {esc(title)}</td><td>{esc(owner.initials)}</td>"
                        f"<td class='c'>{score}</td><td class='c'>{target}</td>{trend_cell}</tr>")
        else:
            word = ctx.f.get("risk_words", "hml")
            level = (("HIGH" if score >= 15 else "MEDIUM" if score >= 8 else "LOW") if word == "hml" else
                     ("RED" if score >= 15 else "AMBER" if score >= 8 else "GREEN"))
            anchor = ctx.ledger.risk(rid, title, level, trend)
            rows.append(f"<tr><td>{anchor}{rid}</td><td>{esc(title)}</td><td class='c'>{like}</td>"
                        f"<td class='c'>{imp}</td><td class='c'>{level.capitalize()}</td>{trend_cell}</tr>")
    tr = "<th>Trend</th>" if with_trend else ""
    if form == "id_in_title":
        head = f"<tr><th>Risk</th><th>Owner</th><th>Current score</th><th>Target score</th>{tr}</tr>"
    else:
        head = f"<tr><th>Ref</th><th>Risk</th><th>L</th><th>I</th><th>Rating</th>{tr}</tr>"
    return "<table class='grid risk'><thead>" + head + "</thead>" + "".join(rows) + "</table>"


def quarter_end(year_start: int, q: int) -> dt.date:
    return [dt.date(year_start, 6, 30), dt.date(year_start, 9, 30), dt.date(year_start, 12, 31),
            dt.date(year_start + 1, 3, 31)][q - 1]
