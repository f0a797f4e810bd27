"""Indicator series and risk registers across documents: periods as dates, one value per indicator and period of a
report, series within a council, registers of a council compared earlier to later; on small invented extractions
and on the real reports."""

from __future__ import annotations

import pytest
from conftest import shared_pdf
from helpers import invented_document

from minutebook.archive import load_extraction, open_archive
from minutebook.archive.attribution import attribute_all
from minutebook.archive.derived import normalise_trend
from minutebook.archive.series import register_name
from minutebook.archive.web.metadata import QUERIES
from minutebook.schemas import Extraction, Indicator, Meeting, Risk

SERIES_SQL = """select i.period, i.period_start, i.period_end, i.value from indicators i
join indicator_series s on s.id = i.series where s.council is ? and i.name = ?
order by i.period_end is null, i.period_end, i.period_start, i.document"""


def pack(name: str, council: str | None, day: str | None, indicators=(), risks=(), pages=None,
         version: str = "") -> tuple[Extraction, list[str]]:
    pages = pages or ["Agenda", "Report", "Appendix"]
    document = invented_document(name, "report", council, pages=len(pages), version=version)
    meetings = [Meeting(body="Scrutiny Committee", date=day, page=1)] if day else []
    return Extraction(document=document, meetings=meetings, indicators=list(indicators), risks=list(risks)), pages


def value(name: str, period: str, number: float, code: str | None = None) -> Indicator:
    return Indicator(code=code, name=name, period=period, value=number, page=2)


def risk(risk_id: str, level: str, trend: str | None = None) -> Risk:
    return Risk(risk_id=risk_id, title=f"Risk {risk_id}", level=level, trend=trend, page=3)


def load(db, *packs) -> None:
    for extraction, pages in packs:
        load_extraction(db, extraction, pages)


def worsened(db, council: str = "") -> list[tuple]:
    db.conn.create_function("pdf_url", 2, lambda source, page: None)  # the Datasette plugin's, for exports
    return [(r["council"], r["earlier_date"], r["later_date"], r["risk_id"], r["earlier_level"], r["later_level"])
            for r in db.query(QUERIES["risks_worsened"]["sql"], {"council": council})]


def test_a_series_is_in_period_order_with_one_value_per_period_of_a_report(archive):
    name = "Households in temporary accommodation"
    load(archive, pack("q3.pdf", "Fernleigh Borough Council", "2021-01-12", [
        value(name, "Q3 2020/21", 41), value(name, "Q4 2019/20", 35), value(name, "Q1 2020/21", 38),
        value(name, "Q3 2020/21", 41),  # printed again in the summary table: archived once
        value(name, "Latest", 42), value(name, "+3 Years", 50)]))
    assert list(archive.execute(SERIES_SQL, ["Fernleigh Borough Council", name])) == [
        ("Q4 2019/20", "2020-01-01", "2020-03-31", 35.0), ("Q1 2020/21", "2020-04-01", "2020-06-30", 38.0),
        ("Q3 2020/21", "2020-10-01", "2020-12-31", 41.0), ("Latest", None, "2021-01-12", 42.0),
        ("+3 Years", None, None, 50.0)]


def test_two_values_of_one_name_and_period_are_two_tables_rows_and_both_kept(archive):
    load(archive, pack("q.pdf", "Fernleigh Borough Council", "2021-01-12", [
        value("Libraries", "Quarter to Sep 24", 12), value("Libraries", "Jul – Sep 24", 12),  # one value, twice
        value("Libraries", "Jul – Sep 24", 40)]))  # the same label in another table
    assert list(archive.execute("select period, value from indicators order by id")) == [
        ("Quarter to Sep 24", 12.0), ("Jul – Sep 24", 40.0)]


def test_a_code_is_one_series_within_a_council_and_two_across_councils(archive):
    load(archive,
         pack("a1.pdf", "Fernleigh Borough Council", "2021-01-12", [value("Fly-tipping incidents", "Q2 2020/21", 80,
                                                                           code="EN 04")]),
         pack("a2.pdf", "Fernleigh Borough Council", "2021-04-13", [value("Fly tipping reported", "Q3 2020/21", 75,
                                                                           code="EN04")]),
         pack("b1.pdf", "Oakhurst District Council", "2021-02-02", [value("Empty homes returned to use",
                                                                          "Q3 2020/21", 12, code="EN 04")]),
         pack("c1.pdf", None, "2021-05-05", [value("Fly-tipping incidents", "Q3 2020/21", 9, code="EN 04")]))
    series = list(archive.execute("select s.council, s.code, s.name, count(*) from indicators i join "
                                  "indicator_series s on s.id = i.series group by s.id order by s.id"))
    assert series == [("Fernleigh Borough Council", "EN 04", "Fly-tipping incidents", 2),
                      ("Oakhurst District Council", "EN 04", "Empty homes returned to use", 1),
                      (None, "EN 04", "Fly-tipping incidents", 1)]  # no council: the document's own


@pytest.mark.parametrize(("printed", "normalised"), [
    ("IMPROVING", "improving"), ("Reducing", "improving"), ("DECREASING", "improving"), ("↓", "improving"),
    ("WORSENING", "worsening"), ("Increasing", "worsening"), ("DETERIORATING", "worsening"), ("▲", "worsening"),
    ("UP", "worsening"), ("STATIC", "unchanged"), ("No change", "unchanged"), ("Stable", "unchanged"),
    ("↔", "unchanged"), ("NEW", None), (None, None)])
def test_a_printed_trend_is_improving_worsening_or_unchanged(printed, normalised):
    assert normalise_trend(printed) == normalised


def test_the_worsened_query_compares_a_councils_registers_earlier_to_later(archive):
    fern, oak = "Fernleigh Borough Council", "Oakhurst District Council"
    register = ["Cabinet", "Budget report", "Appendix B – Corporate Risk Register\nRef Risk Rating Trend"]
    load(archive,  # loaded out of date order; Oakhurst's register sits between Fernleigh's two
         pack("fern-later.pdf", fern, "2022-06-14", risks=[risk("CR1", "HIGH", "Increasing"), risk("CR2", "LOW")],
              pages=register),
         pack("oak.pdf", oak, "2022-03-01", risks=[risk("CR1", "LOW"), risk("CR2", "HIGH")], pages=register),
         pack("fern-earlier.pdf", fern, "2022-01-11", risks=[risk("CR1", "MEDIUM"), risk("CR2", "MEDIUM")],
              pages=register),
         pack("undated.pdf", fern, None, risks=[risk("CR2", "HIGH")], pages=register))
    assert list(archive.execute("select council, name, report_date, document is not null from risk_registers "
                                "order by council, report_date")) == [
        (fern, "Corporate Risk Register", None, 1), (fern, "Corporate Risk Register", "2022-01-11", 0),
        (fern, "Corporate Risk Register", "2022-06-14", 0), (oak, "Corporate Risk Register", "2022-03-01", 0)]
    assert worsened(archive) == [(fern, "2022-01-11", "2022-06-14", "CR1", "MEDIUM", "HIGH")]
    assert worsened(archive, oak) == []
    assert [r["trend_normalised"] for r in archive.query("select trend_normalised from risks order by id")][:2] == [
        "worsening", None]


def test_a_register_is_named_by_its_heading_not_by_a_sentence():
    assert register_name(["The corporate risk register was last reviewed in May.",
                          "Subject of Report Strategic Risk Register Update"]) == "Strategic Risk Register"
    assert register_name(["Appendix I: Budget Risks Register 2025-26\nTOTAL £m"]) == "Budget Risks Register 2025-26"
    assert register_name(["Risk register extract (risks rated by likelihood and impact)"]) is None


def test_replacing_a_document_leaves_no_series_or_register_it_alone_used(archive):
    fern = "Fernleigh Borough Council"
    first = pack("q.pdf", fern, "2022-01-11", [value("Missed bins", "Jan 2022", 30)], [risk("CR1", "LOW")])
    load(archive, first, pack("q.pdf", fern, "2022-01-11", [value("Missed bin collections", "Jan 2022", 31)],
                              [risk("CR1", "HIGH")], version="v2"))
    assert list(archive.execute("select name from indicator_series")) == [("Missed bin collections",)]
    assert list(archive.execute("select count(*) from risk_registers")) == [(1,)]
    assert list(archive.execute("select series is not null from indicators")) == [(1,)]


def test_a_document_given_its_council_later_joins_that_councils_series_and_register(archive):
    fern = "Fernleigh Borough Council"
    site = ["Agenda www.fernleigh.gov.uk", "Report", "Corporate Risk Register"]
    load(archive, pack("named.pdf", fern, "2022-01-11", [value("Missed bins", "Jan 2022", 30, code="WM1")],
                       [risk("CR1", "LOW")], pages=site),
         pack("unnamed.pdf", None, "2022-03-08", [value("Missed bin collections", "Feb 2022", 28, code="WM1")],
              [risk("CR1", "HIGH")], pages=site))  # no council printed: given Fernleigh by its web domain
    assert attribute_all(archive) == 1  # as an ingest does once its batch is archived
    assert list(archive.execute("select council from documents order by id")) == [(fern,), (fern,)]
    assert list(archive.execute("select council, code, name from indicator_series")) == [(fern, "WM1", "Missed bins")]
    assert list(archive.execute("select council, report_date, document from risk_registers order by id")) == [
        (fern, "2022-01-11", None), (fern, "2022-03-08", None)]
    assert worsened(archive) == [(fern, "2022-01-11", "2022-03-08", "CR1", "LOW", "HIGH")]


def test_an_archive_made_before_series_gets_them_when_opened(tmp_path):
    path = tmp_path / "archive.db"
    db = open_archive(path)
    fern = "Fernleigh Borough Council"
    load(db, pack("q.pdf", fern, "2022-01-11", [value("Missed bins", "Q3 2021/22", 30)], [risk("CR1", "LOW", "Up")]))
    for table, columns in {"indicators": ["series", "period_start", "period_end"],
                           "risks": ["register", "trend_normalised"]}.items():
        for trigger in db[table].triggers:
            db.execute(f"drop trigger [{trigger.name}]")
        for index in db[table].indexes:
            if set(index.columns) & set(columns):
                db.execute(f"drop index [{index.name}]")
        db[table].transform(drop=set(columns))
    db["indicator_series"].drop()
    db["risk_registers"].drop()
    db.close()
    db = open_archive(path)
    assert list(db.execute("select period_start, period_end, series is not null from indicators")) == [
        ("2021-10-01", "2021-12-31", 1)]
    assert list(db.execute("select trend_normalised, register is not null from risks")) == [("worsening", 1)]
    assert list(db.execute("select council, report_date from risk_registers")) == [(fern, "2022-01-11")]
    db.close()


@pytest.fixture(scope="module")
def real_archive(tmp_path_factory):
    from minutebook.archive import document_rows, load_rows
    from minutebook.extractors.pipeline import extract_document

    db = open_archive(tmp_path_factory.mktemp("real") / "archive.db")
    for name in ("real/kent_cabinet_2025-03-04_qpr_q3_performance_report.pdf",
                 "real/kent_cabinet_2025-01-30_budget_risk_register.pdf",
                 "real/kent_county_council_2025-02-13_budget_risk_register.pdf",
                 "seed/dorset-safeguarding-2019-01-14.pdf"):
        path = shared_pdf(name)
        council = "Kent County Council" if "kent" in name else "Dorset County Council"  # not what is tested here
        extracted = extract_document(path, council=council)
        load_rows(db, document_rows(extracted.extraction, extracted.pages))
    yield db
    db.close()


@pytest.mark.slow  # extracts 133 pages
def test_a_kent_series_is_in_period_order(real_archive):
    assert list(real_archive.execute(SERIES_SQL, ["Kent County Council", "Total Calls (thousands)"])) == [
        ("12m to Dec 23", "2023-01-01", "2023-12-31", 484.0), ("Jan – Mar 24", "2024-01-01", "2024-03-31", 116.0),
        ("Apr – Jun 24", "2024-04-01", "2024-06-30", 111.0), ("Jul – Sep 24", "2024-07-01", "2024-09-30", 125.0),
        ("12m to Dec 24", "2024-01-01", "2024-12-31", 453.0), ("Oct – Dec 24", "2024-10-01", "2024-12-31", 101.0)]


@pytest.mark.slow
def test_dorset_series_and_the_registers_of_two_councils(real_archive):
    dorset = "Dorset County Council"
    assert list(real_archive.execute(SERIES_SQL, [dorset, "Rate of children subject to a child protection plan"])) == [
        ("Q1 2018/19", "2018-04-01", "2018-06-30", 32.7), ("Q2 2018/19", "2018-07-01", "2018-09-30", 43.6)]
    assert list(real_archive.execute(SERIES_SQL, [dorset, "Number of people killed or seriously injured on Dorset "
                                                          "roads"])) == [
        ("Jul 2017", "2017-07-01", "2017-07-31", 215.0), ("Jul 2018", "2018-07-01", "2018-07-31", 213.0)]
    registers = list(real_archive.execute("select council, name, report_date, document is not null, (select count(*) "
                                          "from risks where register = g.id) from risk_registers g order by id"))
    assert registers == [  # Kent's two print no date: each its document's own, compared with nothing
        ("Kent County Council", "Budget Risks Register 2025-26", None, 1, 42),
        ("Kent County Council", "Budget Risks Register 2025-26", None, 1, 42),
        (dorset, "Corporate Risk Register", "2019-01-14", 0, 16)]
    assert worsened(real_archive) == []
