"""Render the example agenda packs in this folder: small, fictional council packs for `make demo` and the tests.

Each pack has a front sheet with the agenda, the minutes of the previous meeting (Present, Apologies, numbered
minutes, RESOLVED text, a recorded vote) and a performance report with an indicator table and a risk register.
All councils, people and figures are invented. Run: `.venv/bin/python examples/make_examples.py [OUT_DIR]`.
"""

from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

CSS = """
@page { size: A4; margin: 2cm; @bottom-center { content: "Page " counter(page); font-size: 9pt; } }
body { font-family: sans-serif; font-size: 11pt; line-height: 1.35; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.2em; } h3 { font-size: 12pt; }
.page { page-break-before: always; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; }
th, td { border: 1px solid #444; padding: 3px 6px; font-size: 10pt; text-align: left; }
"""


@dataclass
class Minute:
    number: str
    title: str
    text: str
    resolved: str = ""
    vote: tuple[int, int, int, str] | None = None  # for, against, abstain, result


@dataclass
class Pack:
    file_name: str
    body: str
    date: str
    time: str
    venue: str
    members: list[str]
    agenda: list[str]
    previous_date: str
    present: list[str]
    apologies: list[str]
    officers: list[str]
    minutes: list[Minute]
    indicators: list[tuple[str, str, str, str]] = field(default_factory=list)  # code, name, Q2, Q3
    risks: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, title, level, trend


PACKS = [
    Pack(
        file_name="example_cabinet_2025-03-12.pdf", body="Cabinet", date="Wednesday, 12 March 2025",
        time="10.00 am", venue="Council Chamber, Civic Centre, Exampleton",
        members=["Councillor Ada Pennington (Chair)", "Councillor Rhys Okafor (Vice-Chair)",
                 "Councillor Imogen Thwaite", "Councillor Marcus Ferrand", "Councillor Priya Halden"],
        agenda=["Apologies for Absence", "Declarations of Interest", "Minutes of the meeting held on 12 February 2025",
                "School Places Strategy 2025-2030", "Quarterly Performance and Risk Report", "Highways Maintenance"],
        previous_date="12 February 2025",
        present=["Councillor Ada Pennington (Chair)", "Councillor Rhys Okafor", "Councillor Imogen Thwaite",
                 "Councillor Marcus Ferrand"],
        apologies=["Councillor Priya Halden"],
        officers=["Joanna Breck (Director of Children's Services)", "Tom Aldous (Chief Finance Officer)"],
        minutes=[
            Minute("21", "Apologies for Absence", "Apologies were received from Councillor Priya Halden."),
            Minute("22", "Home to School Transport Policy",
                   "The Director of Children's Services introduced the report on home to school transport, "
                   "explaining that eligibility for free travel would follow the statutory walking distances.",
                   "That the home to school transport policy for 2025/26 be approved, and that the Director of "
                   "Children's Services be authorised to publish it before the admissions round.",
                   (4, 1, 0, "carried")),
            Minute("23", "Library Opening Hours",
                   "Members discussed the consultation on library opening hours in Northfold and Eastwick.",
                   "That the revised opening hours for Northfold and Eastwick libraries be agreed."),
        ],
        indicators=[("CS01", "Percentage of children offered a first-preference primary school place", "91.2%",
                     "92.5%"),
                    ("CS02", "Number of children in care", "214", "209"),
                    ("HW01", "Potholes repaired within 28 days", "78%", "83%")],
        risks=[("CR01", "Insufficient school places in growth areas", "HIGH", "WORSENING"),
               ("CR02", "Overspend on home to school transport", "MEDIUM", "STATIC"),
               ("CR03", "Failure of the highways maintenance contract", "LOW", "IMPROVING")],
    ),
    Pack(
        file_name="example_children_committee_2025-04-09.pdf", body="Children and Young People Committee",
        date="Wednesday, 9 April 2025", time="2.00 pm", venue="Committee Room 2, Civic Centre, Exampleton",
        members=["Councillor Helena Marsh (Chair)", "Councillor Owen Pryce (Vice-Chair)", "Councillor Ada Pennington",
                 "Councillor Dev Raman", "Councillor Lucy Garrow"],
        agenda=["Apologies for Absence", "Minutes of the meeting held on 5 March 2025",
                "Children in Care Annual Report", "Quarterly Performance and Risk Report", "Work Programme"],
        previous_date="5 March 2025",
        present=["Councillor Helena Marsh (Chair)", "Councillor Owen Pryce", "Councillor Dev Raman",
                 "Councillor Lucy Garrow"],
        apologies=["Councillor Ada Pennington"],
        officers=["Joanna Breck (Director of Children's Services)"],
        minutes=[
            Minute("14", "Apologies for Absence", "Apologies were received from Councillor Ada Pennington."),
            Minute("15", "Special Educational Needs Transport",
                   "The Committee considered the review of transport for pupils with special educational needs, "
                   "including the new independent travel training offer for secondary school pupils.",
                   "That the Committee recommends to Cabinet that independent travel training be offered to every "
                   "secondary school pupil with an education, health and care plan.", (5, 0, 1, "carried")),
            Minute("16", "Youth Centre in Eastwick",
                   "Members received an update on the refurbishment of the Eastwick youth centre.",
                   "That the update on the Eastwick youth centre be noted."),
        ],
        indicators=[("CS01", "Percentage of children offered a first-preference primary school place", "92.5%",
                     "93.1%"),
                    ("CS03", "Care leavers in education, employment or training", "58%", "61%")],
        risks=[("CR01", "Insufficient school places in growth areas", "HIGH", "STATIC"),
               ("CR04", "Shortage of foster carers", "MEDIUM", "WORSENING")],
    ),
]


def _list(items: list[str]) -> str:
    return ", ".join(html.escape(item) for item in items)


def _minutes(pack: Pack) -> str:
    parts = [f"<h1>{html.escape(pack.body)}</h1>",
             f"<p>Minutes of the meeting of the {html.escape(pack.body)} held at the Civic Centre, Exampleton on "
             f"{pack.previous_date} at 10.00 am.</p>",
             f"<p><b>Present:</b> {_list(pack.present)}</p>",
             f"<p><b>Apologies:</b> {_list(pack.apologies)}</p>",
             f"<p><b>Also in attendance:</b> {_list(pack.officers)}</p>"]
    for minute in pack.minutes:
        parts.append(f"<h3>{minute.number}. {html.escape(minute.title)}</h3><p>{html.escape(minute.text)}</p>")
        if minute.vote:
            votes_for, against, abstain, result = minute.vote
            parts.append(f"<p>A recorded vote was taken: For {votes_for}, Against {against}, Abstentions {abstain}. "
                         f"The motion was {result}.</p>")
        if minute.resolved:
            parts.append(f"<p><b>RESOLVED:</b> {html.escape(minute.resolved)}</p>")
    return "\n".join(parts)


def _report(pack: Pack) -> str:
    rows = "".join(f"<tr><td>{c}</td><td>{html.escape(n)}</td><td>{q2}</td><td>{q3}</td></tr>"
                   for c, n, q2, q3 in pack.indicators)
    risks = "".join(f"<tr><td>{i}</td><td>{html.escape(t)}</td><td>{level}</td><td>{trend}</td></tr>"
                    for i, t, level, trend in pack.risks)
    return f"""<h1>Quarterly Performance and Risk Report</h1>
<p>Report of the Chief Executive to the {html.escape(pack.body)}. This report sets out performance against the
council's key indicators for the third quarter of 2024/25 and the current corporate risk register.</p>
<h2>Key performance indicators</h2>
<table><tr><th>Code</th><th>Indicator</th><th>Q2 2024/25</th><th>Q3 2024/25</th></tr>{rows}</table>
<h2>Corporate risk register</h2>
<table><tr><th>Risk</th><th>Title</th><th>Level</th><th>Trend</th></tr>{risks}</table>"""


def render_html(pack: Pack) -> str:
    agenda = "".join(f"<p>{n}. {html.escape(item)}</p>" for n, item in enumerate(pack.agenda, 1))
    return f"""<html><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<h1>Example Borough Council</h1>
<h2>{html.escape(pack.body)}</h2>
<p>Date: {pack.date}<br>Time: {pack.time}<br>Venue: {html.escape(pack.venue)}</p>
<p><b>Membership:</b> {_list(pack.members)}</p>
<h2>Agenda</h2>{agenda}
<div class="page">{_minutes(pack)}</div>
<div class="page">{_report(pack)}</div>
</body></html>"""


def main(out: Path) -> None:
    from weasyprint import HTML

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")  # reproducible bytes (font subsets, dates)
    out.mkdir(parents=True, exist_ok=True)
    for pack in PACKS:
        HTML(string=render_html(pack)).write_pdf(out / pack.file_name)
        print(out / pack.file_name)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
