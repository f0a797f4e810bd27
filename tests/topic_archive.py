"""An invented council's documents for topic search, alerts and the feed, built from the schemas (no PDF read):
decisions whose wording never names their topic, which their minute's or agenda item's title does, and a page of
another document that mentions the topic in passing."""

from __future__ import annotations

from pathlib import Path

from helpers import invented_document

from minutebook.schemas import AgendaItem, Extraction, Meeting, Minute, Resolution

COUNCIL = "Fenmoor City Council"


def transport_minutes(pdf_dir: Path) -> tuple[Extraction, list[str]]:
    """Minutes of a Transport Committee: two decisions under 'Workplace Parking Levy', one under a schools
    minute, one under a budget minute."""
    day = "2025-05-01"
    extraction = Extraction(
        document=invented_document("fenmoor_transport_2025-05-01.pdf", "minutes", COUNCIL, pages=2, folder=pdf_dir),
        meetings=[Meeting(body="Transport Committee", date=day, page=1)],
        minutes=[Minute(meeting_date=day, number="12", title="Workplace Parking Levy",
                        text="Members considered the consultation report.", page=1),
                 Minute(meeting_date=day, number="13", title="Schools Streets Programme",
                        text="Members received an update.", page=2),
                 Minute(meeting_date=day, number="14", title="Capital Budget Monitoring",
                        text="The report was introduced.", page=2)],
        resolutions=[Resolution(meeting_date=day, minute_number="12", outcome="resolved", page=1,
                                text="That the scheme be approved for public consultation."),
                     Resolution(meeting_date=day, minute_number="12", outcome="resolved", page=1,
                                text="That officers report the responses in the autumn."),
                     Resolution(meeting_date=day, minute_number="13", outcome="agreed", page=2,
                                text="That the next phase be agreed."),
                     Resolution(meeting_date=day, minute_number="14", outcome="noted", page=2,
                                text="That the position be noted.")],
    )
    pages = ["Transport Committee 1 May 2025. 12 Workplace Parking Levy. Members considered the consultation "
             "report. RESOLVED That the scheme be approved for public consultation.",
             "13 Schools Streets Programme. 14 Capital Budget Monitoring. The report was introduced."]
    return extraction, pages


def finance_report(pdf_dir: Path) -> tuple[Extraction, list[str]]:
    """A report with no decisions, whose long page mentions a parking levy once among other things."""
    extraction = Extraction(
        document=invented_document("fenmoor_finance_report.pdf", "report", COUNCIL, folder=pdf_dir),
        meetings=[Meeting(body="Audit Committee", date="2025-04-10", page=1)])
    filler = " ".join(f"Paragraph {n} reviews income, reserves and savings across the services." for n in range(40))
    return extraction, [f"Medium term financial plan. {filler} Income from a parking levy is not assumed. {filler}"]


def cabinet_notice(pdf_dir: Path, day: str = "2025-06-04") -> tuple[Extraction, list[str]]:
    """A decision notice that numbers its decision as the agenda item, with no minute: its title is the item's."""
    name = f"fenmoor_cabinet_{day}.pdf"
    extraction = Extraction(
        document=invented_document(name, "decision notice", COUNCIL, folder=pdf_dir),
        meetings=[Meeting(body="Cabinet", date=day, page=1)],
        agenda_items=[AgendaItem(meeting_date=day, number="5", title="Workplace Parking Levy Business Case",
                                 page=1)],
        resolutions=[Resolution(meeting_date=day, minute_number="5", outcome="agreed", page=1,
                                text="That the recommendations be agreed.")],
    )
    return extraction, ["Cabinet decision notice. Item 5. That the recommendations be agreed."]


def build(db_path: Path, pdf_dir: Path, *documents) -> Path:
    """An archive of `documents` (each a function above; default: the minutes and the report)."""
    from conftest import new_archive

    from minutebook.archive import load_extraction

    db = new_archive(db_path)
    for make in documents or (transport_minutes, finance_report):
        load_extraction(db, *make(pdf_dir))
    db.close()
    return db_path
