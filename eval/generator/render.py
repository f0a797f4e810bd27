"""Renderers (Word-like, ModernGov-like, capitals title, letterhead), page furniture, fonts and columns, and the
assembly of one document of a family."""

from __future__ import annotations

from pathlib import Path

from . import agenda, minutes, tables
from .context import Ctx, Meeting
from .doc import esc, render

FONTS = {"sans": "'DejaVu Sans', sans-serif", "serif": "'DejaVu Serif', serif",
         "condensed": "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif",
         "serif_condensed": "'DejaVu Serif Condensed', 'DejaVu Serif', serif",
         "light": "'DejaVu Sans Light', 'DejaVu Sans', sans-serif"}


def page_css(ctx: Ctx, council: str, date_text: str) -> str:
    f = ctx.f
    boxes = []
    furniture = f.get("furniture", [])
    for item in furniture:
        if item == "signed":
            boxes.append("@bottom-center { content: 'Signed ................................ Chair      Dated "
                         "....................'; font-size: 9pt; }")
        elif item == "page_of":
            boxes.append("@bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 8pt; }")
        elif item == "page_n":
            boxes.append("@bottom-center { content: 'Page ' counter(page); font-size: 8pt; }")
        elif item == "bare_number":
            boxes.append("@bottom-right { content: counter(page); font-size: 9pt; }")
        elif item == "running_head":
            text = f"{council} \u2013 {date_text}".replace("'", "\\'")
            boxes.append(f"@top-left {{ content: '{text}'; font-size: 8pt; color: #555; }}")
            boxes.append("@top-right { content: 'DRAFT \u2013 subject to approval'; font-size: 8pt; color: #555; }")
        elif item == "initials":
            boxes.append("@bottom-left { content: 'Chair\\'s initials ..........'; font-size: 8pt; }")
    size = "A4 landscape" if f.get("landscape") == "all" else "A4"
    margin = f.get("margin", "2cm 2cm 2.2cm 2cm")
    font = FONTS[ctx.pick("font", ["sans"])]
    pt = ctx.pick("size", [10.5])
    n_cols = ctx.pick("columns", [1])
    cols = f"div.ncols {{ column-count: {n_cols}; column-gap: 1cm; white-space: nowrap; }}" if n_cols > 1 else ""
    return f"""
@page {{ size: {size}; margin: {margin}; {' '.join(boxes)} }}
@page wide {{ size: A4 landscape; margin: 1.6cm; }}
.wide {{ page: wide; }}
body {{ font-family: {font}; font-size: {pt}pt; line-height: 1.3; }}
h1.council {{ font-size: 1.6em; text-align: center; margin: 0 0 .2em; }}
h2.doc {{ font-size: 1.15em; margin: .8em 0 .4em; }}
h1.rt {{ font-size: 1.4em; }}
h3.mh {{ font-size: 1em; margin: .9em 0 .3em; }}
p {{ margin: .25em 0 .45em; }}
p.att {{ margin: .2em 0; }}
p.res {{ margin-left: {f.get('res_indent', '0')}; }}
p.lab {{ margin: .5em 0 .1em; }}
p.caption {{ margin-top: 1em; }}
p.small {{ font-size: .8em; }}
p.pdp {{ text-align: right; font-size: .8em; }}
p.meetline {{ font-size: 1.1em; }}
div.parts {{ margin-left: 1.2cm; }}
div.iline {{ margin-left: .6cm; }}
div.gap {{ margin-top: .8em; font-weight: bold; }}
span.gn {{ display: inline-block; min-width: {f.get('gap', '2.6cm')}; padding-right: .6em; white-space: nowrap; }}
span.gt {{ padding-left: .2em; }}
div.ind {{ margin-left: {f.get('gap', '2.6cm')}; }}
table {{ border-collapse: collapse; }}
table.grid {{ width: 100%; margin: .4em 0; }}
table.grid td, table.grid th {{ border: 0.6pt solid #444; padding: 2pt 4pt; vertical-align: top; text-align: left; }}
table.grid th {{ background: #e6e6e6; }}
table.stats th, table.kpi th, td.n {{ white-space: nowrap; }}
table.stats {{ font-size: .9em; width: auto; }}
table.numcol {{ width: 100%; margin-top: .5em; }}
table.mins tr {{ break-inside: avoid; }} td > p:first-child {{ margin-top: 0; }}
table.numcol td {{ vertical-align: top; padding: 0 4pt 0 0; }}
table.numcol tr.h {{ break-after: avoid; }}
table.numcol td.n {{ width: {f.get('gap', '1.6cm')}; font-weight: bold; white-space: nowrap; }}
table.cols3 {{ width: 100%; }} table.cols3 th {{ text-align: left; }}
table.cols3 td {{ vertical-align: top; white-space: nowrap; }}
table.kv th {{ text-align: left; padding-right: 1em; vertical-align: top; }}
table.plain td {{ padding: 0 1.2em 0 0; }}
td.r, th.r, table.grid td.r {{ text-align: right; }} table.grid td.c {{ text-align: center; }}
td.c {{ text-align: center; }} th.l {{ text-align: left; font-weight: normal; }}
div.ai {{ margin: .3em 0; }} div.ai.sub {{ margin-left: 1.2cm; }} span.an {{ display: inline-block; width: 1.1cm; }}
div.sub {{ margin-left: .4cm; }}
div.addr {{ text-align: right; font-size: .9em; }}
p.sig {{ margin: 1em 0; }}
.mg-head {{ border-bottom: 2pt solid #1d3f6e; margin-bottom: .6em; }}
.mg-head .cn {{ text-align: right; color: #1d3f6e; font-weight: bold; font-size: 1.2em; }}
.mg-head .tt {{ font-size: 1.8em; color: #1d3f6e; }}
.caps {{ text-align: center; font-weight: bold; text-transform: none; }}
.lh {{ display: flex; justify-content: space-between; border-bottom: 1pt solid #999; }}
{cols}
"""


def title_block(ctx: Ctx, m: Meeting, render_style: str) -> str:
    led = ctx.ledger
    anchor = led.meeting(m.body, m.iso, m.time, m.venue)
    date, time = esc(ctx.d(m.date)), ctx.t(m.time)
    if render_style == "word":
        what = "the Parish Council" if m.body == m.council and "Parish" in m.council else f"the {esc(m.heading)}"
        return (f"<h1 class='council'>{anchor}{esc(m.council.upper())}</h1><p style='text-align:center'>"
                f"Minutes of the meeting of {what} held on {date} at {time} in the {esc(m.venue)}</p>")
    if render_style == "moderngov":
        big = "Minutes" if m.body == m.council else esc(m.body)
        return (f"<div class='mg-head'><div class='cn'>{esc(m.council)}</div><div class='tt'>{anchor}{big}"
                f"</div></div><p>Minutes of a meeting of the {esc(m.body)} held on {date} at {esc(m.venue)} "
                f"at {time}{'' if time.endswith('.') else '.'}</p>")
    if render_style == "caps":
        return (f"<p class='caps'>{anchor}MINUTES OF THE MEETING OF {esc(m.council.upper())} HELD IN THE "
                f"{esc(m.venue.upper())} ON {date.upper()} AT {time.upper()}</p>")
    if render_style == "letterhead":
        return (f"<div class='lh'><div><b>{esc(m.council)}</b><br/>{esc(m.venue)}</div><div>Clerk: "
                f"{esc(ctx.officers[0][0].full)}</div></div><h1 class='rt'>{anchor}{esc(m.body)}</h1>"
                f"<p><b>Minutes</b> \u2013 {date}, {time}</p>")
    raise ValueError(render_style)


def minutes_doc(ctx: Ctx, m: Meeting, prev_date: str) -> str:
    f = ctx.f
    a = minutes.draw_attendance(ctx, m)
    in_minute = f.get("apologies_in_minute", False)
    head = title_block(ctx, m, ctx.pick("render", ["word"]))
    att = minutes.attendance_html(ctx, m, a, ctx.pick("attendance", ["inline"]), apologies_here=not in_minute)
    items = minutes.build_items(ctx, m, a, prev_date, in_minute)
    if f.get("table") == "kpi_in_minutes":
        items[3].extra.append(tables.coded_kpis(ctx, m.date.year - 1, code_in_name=ctx.chance(0.5)))
    elif f.get("table") == "stats_in_minutes":
        items[3].extra.append(tables.stats_months(ctx, m.date.year - 1))
    body = minutes.minutes_html(ctx, m, items, ctx.pick("heading", ["inline"]))
    return f"{head}{att}<div class='minbody'>{body}</div>"


def appendix(ctx: Ctx, table: str, m: Meeting) -> str:
    """A report appendix at the back of a pack, on landscape pages where the family says so."""
    wide = " wide" if ctx.f.get("landscape") == "table" else ""
    if table == "risk_title" or table == "risk_cols":
        title, inner = "Strategic Risk Register", tables.risk_register(ctx, "id_in_title" if table == "risk_title"
                                                                         else "columns")
    elif table == "stats":
        title, inner = "Service Statistics", tables.stats_months(ctx, m.date.year - 1)
    else:
        title, inner = "Performance Indicators", tables.coded_kpis(ctx, m.date.year - 1, table == "kpi_code_in_name")
    letter = ctx.rng.choice("ABC")
    return (f"<div class='appx{wide}' style='break-before: page'><h2 class='doc'>Appendix {letter} – "
            f"{title}</h2>{inner}</div>")


def build(family: dict, seed: int, out_stem: Path) -> int:
    ctx = Ctx(family, seed)
    kind = family["kind"]
    m = ctx.new_meeting()
    prev = m.date.fromordinal(m.date.toordinal() - ctx.rng.choice([28, 35, 42]))
    prev_text = ctx.d(prev)
    if kind == "minutes":
        html = minutes_doc(ctx, m, prev_text)
    elif kind in ("agenda", "pack"):
        style = ctx.pick("agenda", ["summons"])
        html = {"summons": agenda.summons, "letter": agenda.letter, "front_sheet": agenda.front_sheet,
                "sidebar": agenda.sidebar}[style](
            ctx, m, prev_text)
        if kind == "pack":
            earlier = ctx.new_meeting(body=m.body, date=prev, members=m.members, chair=m.chair)
            ctx.next_date = m.date
            earlier.heading = m.heading
            before = earlier.date.fromordinal(earlier.date.toordinal() - 35)
            html += "<div style='break-before: page'></div>" + minutes_doc(ctx, earlier, ctx.d(before))
        if family.get("appendix"):
            html += appendix(ctx, ctx.pick("appendix", ["risk_cols"]), m)
    elif kind == "report":
        m.time = m.venue = None
        title = ctx.rng.choice(["Quarterly Performance Report", "Service Performance Monitoring",
                                "Performance Indicators Update"])
        if family.get("table", "").startswith("risk"):
            title = ctx.rng.choice(["Corporate Risk Register Review", "Strategic Risk Register"])
        html = agenda.report_cover(ctx, m, title)
        year = m.date.year - (1 if m.date.month < 4 else 0)
        table = family["table"]
        wide = " class='wide'" if family.get("landscape") == "table" else ""
        if table == "stats":
            html += f"<div{wide}>" + tables.stats_months(ctx, year - ctx.rng.randint(0, 1)) + "</div>"
        elif table in ("kpi", "kpi_code_in_name"):
            html += f"<div{wide}>" + tables.coded_kpis(ctx, year - 1, table == "kpi_code_in_name") + "</div>"
        elif table in ("risk_title", "risk_cols"):
            html += f"<div{wide}>" + tables.risk_register(ctx, "id_in_title" if table == "risk_title"
                                                          else "columns") + "</div>"
        if family.get("second_table"):
            html += tables.stats_months(ctx, year)
    else:
        raise ValueError(kind)
    css = page_css(ctx, m.council, ctx.d(m.date))
    return render(ctx.ledger, html, css, out_stem, title=f"{m.body} {m.iso}")
