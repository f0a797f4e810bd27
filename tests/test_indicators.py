"""Indicator tables: small PDFs in the printed forms councils use, headerless rows, and real packs."""

from functools import cache

import pytest
from conftest import TextPack, shared_layout

from minutebook.extractors import indicators
from minutebook.extractors.layout import Layout, Line, Word
from minutebook.extractors.pack import Pack

CSS = """<style>@page { size: A4 %s; margin: 2cm } body { font-family: sans-serif; font-size: 10pt }
table.ruled td, table.ruled th { border: 1px solid #000; padding: 3px } th { text-align: left }
.num { text-align: right } pre { font-size: 9pt }</style>"""


def _extract(make_pdf, body: str, landscape: bool = False) -> list[dict]:
    path = make_pdf(f"<html><head>{CSS % ('landscape' if landscape else 'portrait')}</head><body>{body}</body></html>")
    with Layout(path) as layout:
        return [r.model_dump(exclude={"bbox", "ocr"}) for r in indicators.extract(Pack(layout))]


def _key(records: list[dict]) -> set[tuple]:
    return {(r["code"], r["name"], r["period"], r["value"], r["unit"]) for r in records}


RULED = """<p>Performance against the indicators for Q1 2019/20 to Q2 2019/20 is set out below.</p>
<table class="ruled" style="width:100%"><tr><th>Ref</th><th style="width:40%">Indicator</th><th>Unit</th>
<th class="num">Q1 2019/20</th><th class="num">Q2 2019/20</th><th class="num">Target</th><th>RAG</th></tr>
<tr><td>PI01</td><td>Percentage of invoices paid within 30 days of receipt by the council</td><td>%</td>
<td class="num">95.3%</td><td class="num">91.3%</td><td class="num">99.0%</td><td>RED</td></tr>
<tr><td>PI02</td><td>Number of visits to libraries</td><td>Number</td>
<td class="num">12,345</td><td class="num">n/a</td><td class="num">10,000</td><td>GREEN</td></tr>
<tr><td>PI03</td><td>Rate of children in care</td><td>per 10,000</td>
<td class="num">-</td><td class="num">57.5</td><td class="num">60.0</td><td>GREEN</td></tr></table>
<p>The council's performance in 2019/20 improved on 2018/19 in most areas, with 45 of 60 indicators on target.</p>"""


def test_ruled_table_gives_one_record_per_printed_value(make_pdf):
    records = _extract(make_pdf, RULED)
    assert _key(records) == {
        ("PI01", "Percentage of invoices paid within 30 days of receipt by the council", "Q1 2019/20", 95.3, "%"),
        ("PI01", "Percentage of invoices paid within 30 days of receipt by the council", "Q2 2019/20", 91.3, "%"),
        ("PI02", "Number of visits to libraries", "Q1 2019/20", 12345, None),
        ("PI03", "Rate of children in care", "Q2 2019/20", 57.5, "per 10,000"),
    }
    assert {r["page"] for r in records} == {1}


def test_unruled_monthly_table_on_landscape_page_with_target_and_floor(make_pdf):
    body = """<table style="width:100%"><tr><th style="width:34%">Indicator</th><th>Units</th><th>Jul 2018</th>
    <th>Aug 2018</th><th>Sep 2018</th><th>Oct 2018</th><th>Nov 2018</th><th>Target</th><th>Floor</th></tr>
    <tr><td>Average number of days to process new housing benefit claims</td><td>Days</td><td>24.3</td><td>25.1</td>
    <td>tbc</td><td>22.0</td><td>21.5</td><td>20.0</td><td>26.0</td></tr>
    <tr><td>Total recorded crime</td><td>Number</td><td>9,978</td><td>9,208</td><td>9,723</td><td>9,822</td>
    <td>9,001</td><td>8,000</td><td>9,500</td></tr></table>"""
    records = _extract(make_pdf, body, landscape=True)
    days = [r for r in records if r["name"].startswith("Average")]
    assert [(r["period"], r["value"], r["unit"]) for r in days] == [
        ("Jul 2018", 24.3, "days"), ("Aug 2018", 25.1, "days"), ("Oct 2018", 22.0, "days"), ("Nov 2018", 21.5, "days")]
    assert len(records) == 9
    assert not {20.0, 26.0, 8000.0, 9500.0} & {r["value"] for r in records}


def test_monospace_whitespace_aligned_table(make_pdf):
    body = """<pre>
Indicator                             Unit              2017/18     2018/19
---------------------------------------------------------------------------
Percentage of council tax collected   %                    97.1        96.4
  in year
Number of rough sleepers (snapshot    Number                 35         n/a
  count)
</pre>"""
    records = _extract(make_pdf, body)
    assert _key(records) == {
        (None, "Percentage of council tax collected in year", "2017/18", 97.1, "%"),
        (None, "Percentage of council tax collected in year", "2018/19", 96.4, "%"),
        (None, "Number of rough sleepers (snapshot count)", "2017/18", 35, None),
    }


def test_table_continued_under_a_repeated_header_on_the_next_page(make_pdf):
    head = "<tr><th style='width:50%'>Indicator</th><th>Q3 2020/21</th><th>Q4 2020/21</th></tr>"
    rows = "".join(f"<tr><td>Measure number {i} of the council</td><td>{i}.5</td><td>{i}.7</td></tr>"
                   for i in range(60))
    records = _extract(make_pdf, f"<table class='ruled'><thead>{head}</thead><tbody>{rows}</tbody></table>")
    assert len(records) == 120
    assert {r["page"] for r in records} == {1, 2}
    last = [r for r in records if r["name"] == "Measure number 59 of the council"]
    assert [(r["period"], r["value"], r["page"]) for r in last] == [("Q3 2020/21", 59.5, 2), ("Q4 2020/21", 59.7, 2)]


def test_financial_table_and_prose_give_no_indicators(make_pdf):
    body = """<p>In Q1 2019/20 the service answered 87.2% of calls, against 85.0% in Q4 2018/19.</p>
    <table class="ruled"><tr><th>Service</th><th>2019/20 Budget £000</th><th>2020/21 Forecast £000</th></tr>
    <tr><td>Adult Social Care</td><td>12,345</td><td>12,900</td></tr></table>
    <table class="ruled"><tr><th>Service</th><th>2019/20</th><th>2020/21</th></tr>
    <tr><td>Highways (£000)</td><td>£1,200</td><td>£1,300</td></tr></table>"""
    assert _extract(make_pdf, body) == []


def grid_lines(text: str, size: float = 10.0) -> list[Line]:
    """Lines whose words sit at their character column (6pt each), so runs of spaces print as wide gaps."""
    lines = []
    for n, raw in enumerate(text.strip("\n").splitlines()):
        words, col = [], 0
        for token in raw.split():
            col = raw.index(token, col)
            x = 50.0 + 6 * col
            words.append(Word(token, x, x + 6 * len(token) - 1, 50.0 + 14 * n, 60.0 + 14 * n, size, False))
            col += len(token)
        lines.append(Line(1, words))
    return lines


def test_headerless_rows_that_print_each_period_beside_its_value():
    pack = TextPack(grid_lines("""
S01 Rate of children subject to a child protection          Q1 2018/19 32.7 Per 10,000 Q2 2018/19 43.6 Per 10,000
plan
S04 The number of Adult Safeguarding Concerns               Q1 2018/19 487 Q2 2018/19 n/a
S06 Number of people killed or seriously injured            Jul 2017 215 Jul 2018 213
In Q1 2018/19 there were 487 concerns and in Q2 2018/19 there were 562.
"""))
    records = [r.model_dump() for r in indicators.extract(pack)]
    assert {(r["code"], r["name"], r["period"], r["value"], r["unit"]) for r in records} == {
        ("S01", "Rate of children subject to a child protection plan", "Q1 2018/19", 32.7, "per 10,000"),
        ("S01", "Rate of children subject to a child protection plan", "Q2 2018/19", 43.6, "per 10,000"),
        ("S06", "Number of people killed or seriously injured", "Jul 2017", 215, None),
        ("S06", "Number of people killed or seriously injured", "Jul 2018", 213, None),
    }


@cache
def real_indicators(relative: str) -> tuple:
    """A real file's indicators, extracted once for the tests of this module that read them."""
    return tuple(indicators.extract(Pack(shared_layout(relative))))


@pytest.mark.parametrize(("period", "value", "name"), [
    ("Q2 2018/19", 6270, "Rates of crime, antisocial behaviour and domestic abuse in Dorset (Total Crime)"),
    ("2016/17", 14.6, "The rate of children who are persistent absentees from school (Secondary)"),
])
def test_dorset_overview_page(period, value, name):
    records = real_indicators("seed/dorset-safeguarding-2019-01-14.pdf")
    hit = [r for r in records if r.name == name and r.period == period]
    assert [(r.value, r.page) for r in hit] == [(value, 21)]


def test_kent_quarterly_report_breakdown_table():
    records = real_indicators("real/kent_cabinet_2025-03-04_qpr_q3_performance_report.pdf")
    uasc = [(r.period, r.value) for r in records if r.name == "UASC"]
    assert uasc == [("Dec-23", 531), ("Mar-24", 480), ("Jun-24", 476), ("Sep-24", 555), ("Dec-24", 475)]
    assert not [r for r in records if r.name.endswith(("Gender", "Ethnicity", "Age Group"))]


def test_kent_quarterly_report_headings_over_two_lines():
    records = real_indicators("real/kent_cabinet_2025-03-04_qpr_q3_performance_report.pdf")
    care = [(r.period, r.value, r.page) for r in records if r.name == "Adult Social Care"]
    assert care == [("Jan – Mar 24", 26, 12), ("Apr – Jun 24", 24, 12), ("Jul – Sep 24", 25, 12),
                    ("Oct – Dec 24", 24, 12), ("12m to Dec 23", 100, 12), ("12m to Dec 24", 99, 12)]
    tables = {r.page for r in records if r.period not in ("Latest", "Previous")}  # (KPI panels are on other pages)
    assert tables == {12, 13, 14, 45}  # 14: digital take-up by quarter ("Jan 24 –" over "Mar 24")


def test_kent_quarterly_report_kpi_panels():
    """Each KPI panel's footer ('Latest: 14.9% Target: 15%, Floor: 20% Previous: 15.2% (Amber)'), its chart a
    picture between it and the measure's name."""
    records = real_indicators("real/kent_cabinet_2025-03-04_qpr_q3_performance_report.pdf")
    page = [(r.name[:40], r.period, r.value) for r in records if r.page == 47]
    assert page == [
        ("Percentage of Early Help cases closed wi", "Latest", 14.9), ("Percentage of Early Help cases closed wi",
                                                                        "Previous", 15.2),
        ("Percentage of case holding posts filled ", "Latest", 75.2), ("Percentage of case holding posts filled ",
                                                                        "Previous", 74.7),
        ("Percentage of children’s social care ref", "Latest", 22.2), ("Percentage of children’s social care ref",
                                                                        "Previous", 23.4),
        ("Percentage foster care placements which ", "Latest", 73.2), ("Percentage foster care placements which ",
                                                                        "Previous", 72.7)]
