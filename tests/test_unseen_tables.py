"""Table layouts of councils the extractors were not written against: each test renders a small invented pack
in one layout family and asserts the exact records."""

import pytest

from minutebook.extractors import indicators, risks
from minutebook.extractors.layout import Layout
from minutebook.extractors.pack import Pack

CSS = """<style>@page { size: A4 %s; margin: 1.5cm } body { font-family: sans-serif; font-size: %s }
table { border-collapse: collapse; width: 100%% }
td, th { border: 1px solid #000; padding: 3px 5px; vertical-align: top } th { text-align: left }
.c { text-align: center } .r { text-align: right }</style>"""


def _pdf(make_pdf, body: str, landscape: bool = False, size: str = "10pt", ruled: bool = True):
    css = CSS % ("landscape" if landscape else "portrait", size)
    if not ruled:
        css = css.replace("border: 1px solid #000", "border: 0")
    return make_pdf(f"<html><head>{css}</head><body>{body}</body></html>")


def _risks(make_pdf, body: str, **kw) -> list[tuple]:
    with Layout(_pdf(make_pdf, body, **kw)) as layout:
        return [(r.risk_id, r.title, r.level, r.trend) for r in risks.extract(Pack(layout))]


def _indicators(make_pdf, body: str, **kw) -> list[tuple]:
    with Layout(_pdf(make_pdf, body, **kw)) as layout:
        return [(r.code, r.name, r.period, r.value, r.unit) for r in indicators.extract(Pack(layout))]


@pytest.mark.parametrize("ruled", [True, False])
def test_risk_register_with_inherent_and_residual_group_headings_over_score_columns(make_pdf, ruled):
    """A group heading ("Inherent", "Residual") on the header line over L | I | Score sub-columns on the next:
    the residual score is the level, ruled or not."""
    body = """<h2>Corporate Risk Register – Quarter 2 2025/26</h2>
    <table><tr><th rowspan="2">Ref</th><th rowspan="2" style="width:38%">Risk</th><th rowspan="2">Risk owner</th>
    <th colspan="3" class="c">Inherent</th><th colspan="3" class="c">Residual</th>
    <th rowspan="2">Direction of travel</th></tr>
    <tr><th>L</th><th>I</th><th>Score</th><th>L</th><th>I</th><th>Score</th></tr>
    <tr><td>QR01</td><td>Loss of the leisure operator before the new contract starts</td><td>Head of Leisure</td>
    <td>4</td><td>5</td><td>20</td><td>3</td><td>4</td><td>12</td><td>Improving</td></tr>
    <tr><td>QR02</td><td>Pressure on the home to school transport budget from rising demand</td>
    <td>Director of Education</td>
    <td>5</td><td>4</td><td>20</td><td>4</td><td>4</td><td>16</td><td>Worsening</td></tr>
    <tr><td>QR03</td><td>Failure of the payroll system upgrade</td><td>Head of Finance</td>
    <td>3</td><td>3</td><td>9</td><td>2</td><td>3</td><td>6</td><td>New</td></tr></table>"""
    assert _risks(make_pdf, body, landscape=True, ruled=ruled) == [
        ("QR01", "Loss of the leisure operator before the new contract starts", "12", "IMPROVING"),
        ("QR02", "Pressure on the home to school transport budget from rising demand", "16", "WORSENING"),
        ("QR03", "Failure of the payroll system upgrade", "6", "NEW"),
    ]


def test_risk_register_with_score_sums_over_rating_words_and_headings_above_the_header_line(make_pdf):
    """Wrapped cells, vertically centred headings ("Inherent rating" above, "(L x I)" below the header line) and
    cells printing "L x I = S" over the rating word: the residual rating word is the level."""
    body = """<table><tr><th rowspan="3">Ref</th><th rowspan="3" style="width:25%">Risk and description</th>
    <th rowspan="3">Risk owner</th><th>Inherent rating</th><th rowspan="3">Key controls</th>
    <th>Residual rating</th><th rowspan="3">Direction of travel</th></tr>
    <tr><th style="border-top:0;border-bottom:0"></th><th style="border-top:0;border-bottom:0"></th></tr>
    <tr><th>(L x I)</th><th>(L x I)</th></tr>
    <tr><td>KR1</td><td><b>Coastal erosion at the north cliffs</b><br>Loss of the promenade and beach huts
    during winter storms.</td><td>Director of Place</td><td>4 x 5 = 20<br><b>HIGH</b></td>
    <td>Monitoring; sea defence scheme; emergency plan.</td><td>3 x 4 = 12<br><b>MEDIUM</b></td><td>Static</td></tr>
    <tr><td>KR2</td><td><b>Recruitment of care staff</b><br>Vacancies in home care leave packages unfilled.</td>
    <td>Director of Adults</td><td>3 x 4 = 12<br><b>MEDIUM</b></td><td>Overseas recruitment; pay review.</td>
    <td>2 x 3 = 6<br><b>LOW</b></td><td>New risk</td></tr></table>"""
    assert _risks(make_pdf, body, landscape=True, size="9pt") == [
        ("KR1", "Coastal erosion at the north cliffs", "MEDIUM", "STATIC"),
        ("KR2", "Recruitment of care staff", "LOW", "NEW RISK"),
    ]


def test_dense_period_headings_and_a_target_column_headed_with_a_period(make_pdf):
    """Narrow value columns print their period headings closer together than a wide space; "Target 2025/26" is
    a target, not a value of the period 2025/26."""
    body = """<p><b>Table 2: Housing performance measures</b></p>
    <table style="width:80%"><tr><th>Ref</th><th style="width:40%">Measure</th><th>Unit</th><th>2024/25</th>
    <th>Q1 2025/26</th><th>Q2 2025/26</th><th>Target 2025/26</th><th>RAG</th></tr>
    <tr><td>HS01</td><td>Average days to re-let a council home</td><td>days</td><td>41</td><td>38</td><td>35</td>
    <td>30</td><td>A</td></tr>
    <tr><td>HS02</td><td>Percentage of repairs completed right first time</td><td>%</td><td>88.1</td><td>90.4</td>
    <td>91.0</td><td>92.0</td><td>G</td></tr></table>"""
    assert _indicators(make_pdf, body, size="7pt") == [
        ("HS01", "Average days to re-let a council home", "2024/25", 41.0, "days"),
        ("HS01", "Average days to re-let a council home", "Q1 2025/26", 38.0, "days"),
        ("HS01", "Average days to re-let a council home", "Q2 2025/26", 35.0, "days"),
        ("HS02", "Percentage of repairs completed right first time", "2024/25", 88.1, "%"),
        ("HS02", "Percentage of repairs completed right first time", "Q1 2025/26", 90.4, "%"),
        ("HS02", "Percentage of repairs completed right first time", "Q2 2025/26", 91.0, "%"),
    ]


def test_minute_heading_with_a_period_over_prose_with_numbers_gives_no_indicators(make_pdf):
    body = """<table style="border:0"><tr><td style="border:0;width:18%"><b>EX 14/25</b></td>
    <td style="border:0"><b>QUARTERLY PERFORMANCE REPORT – QUARTER 1 2025/26</b></td></tr>
    <tr><td style="border:0"></td><td style="border:0">The Leader presented the Quarter 1 performance report. Of the
    38 measures reported, 20 were on or above target, 12 were within tolerance and 6 were below target. Members
    asked about the time taken to process planning applications.</td></tr></table>"""
    assert _indicators(make_pdf, body) == []


STATISTICS = """<meta charset="utf-8"><h1>Oakfield City Council</h1><h2>Housing Statistics Bulletin</h2>
<p>This bulletin sets out monthly statistics on homelessness in the city. Figures for the latest month are
provisional.</p>
<p><b>Table 1: Homelessness approaches and duties owed, April to September 2024</b></p>
<table style="width:90%%; border: 0"><tr><th rowspan="2" style="border:0">Month</th><th rowspan="2" style="border:0">
Approaches</th><th colspan="2" class="c" style="border:0">Duties owed</th><th rowspan="2" style="border:0">Households in
temporary accommodation</th></tr>
<tr><th class="c" style="border:0">Prevention</th><th class="c" style="border:0">Relief</th></tr>
<tr><td>April</td><td class="r">412</td><td class="r">156</td><td class="r">98</td><td class="r">1,204</td></tr>
<tr><td>May</td><td class="r">398</td><td class="r">149</td><td class="r">104</td><td class="r">1,231</td></tr>
<tr><td>June</td><td class="r">441</td><td class="r">..</td><td class="r">111</td><td class="r">1,262r</td></tr>
<tr><td><b>Total</b></td><td class="r"><b>1,251</b></td><td class="r"><b>305</b></td><td class="r"><b>313</b></td>
<td></td></tr></table>
<p>Source: returns to the department. ".." = not available; r = revised.</p>
<p><b>Table 2: Noise complaints received</b></p>
<table style="width:60%%"><tr><th>Year</th><th>Month</th><th class="r">Domestic</th><th class="r">Commercial</th></tr>
<tr><td>2024</td><td>November</td><td class="r">88</td><td class="r">[c]</td></tr>
<tr><td></td><td>December</td><td class="r">97</td><td class="r">14</td></tr>
<tr><td>2025</td><td>January</td><td class="r">71</td><td class="r">9</td></tr></table>"""


def test_statistics_tables_with_months_down_the_side_and_categories_across(make_pdf):
    """No codes, no RAG: months down the side, one column per category across under one or two heading rows
    (a group heading over two); a month takes the year printed in a column of its own, and stays as printed where
    only the caption's span implies one; '..', '[c]' are no value and a Total row is not a period."""
    found = _indicators(make_pdf, STATISTICS % ())
    assert found == [
        (None, "Approaches", "April", 412.0, None),
        (None, "Duties owed Prevention", "April", 156.0, None),
        (None, "Duties owed Relief", "April", 98.0, None),
        (None, "Households in temporary accommodation", "April", 1204.0, None),
        (None, "Approaches", "May", 398.0, None),
        (None, "Duties owed Prevention", "May", 149.0, None),
        (None, "Duties owed Relief", "May", 104.0, None),
        (None, "Households in temporary accommodation", "May", 1231.0, None),
        (None, "Approaches", "June", 441.0, None),
        (None, "Duties owed Relief", "June", 111.0, None),
        (None, "Households in temporary accommodation", "June", 1262.0, None),
        (None, "Domestic", "November 2024", 88.0, None),
        (None, "Domestic", "December 2024", 97.0, None),
        (None, "Commercial", "December 2024", 14.0, None),
        (None, "Domestic", "January 2025", 71.0, None),
        (None, "Commercial", "January 2025", 9.0, None),
    ]


def test_periods_over_target_and_actual_sub_columns_with_the_name_heading_between_the_header_rows(make_pdf):
    """Each period heads a Target | Actual pair on the row below; the row-name heading is centred between the two
    header rows. Only Actual columns are values; forward years ("+3 Years") are periods."""
    body = """<p><b>3. Prudential indicators</b></p>
    <table style="width:95%"><tr><th rowspan="2" style="width:30%; vertical-align: middle">Borrowing indicator</th>
    <th colspan="2" class="c">2024/25</th><th colspan="2" class="c">2025/26</th>
    <th colspan="2" class="c">+3 Years</th></tr>
    <tr><th>Target</th><th>Actual</th><th>Target</th><th>Actual</th><th>Target</th><th>Actual</th></tr>
    <tr><td>Share of borrowing maturing within 12 months</td><td>40%</td><td>22%</td><td>40%</td><td>25%</td>
    <td>30%</td><td>18%</td></tr></table>"""
    name = "Share of borrowing maturing within 12 months"
    assert _indicators(make_pdf, body) == [
        (None, name, "2024/25", 22.0, "%"), (None, name, "2025/26", 25.0, "%"), (None, name, "+3 Years", 18.0, "%")]


def test_landscape_page_stored_portrait_and_rotated(make_pdf, tmp_path):
    """A landscape register saved as a portrait page with /Rotate 90 (or 180, 270) reads as the upright page."""
    pikepdf = pytest.importorskip("pikepdf")
    body = """<table><tr><th>Ref</th><th style="width:45%">Risk</th><th>Owner</th><th>Residual score</th>
    <th>Trend</th></tr>
    <tr><td>WR1</td><td>Flooding of the depot closes the fleet workshop</td><td>Head of Fleet</td><td>12</td>
    <td>Stable</td></tr>
    <tr><td>WR2</td><td>Fuel price rises exceed the budget provision</td><td>Finance Manager</td><td>9</td>
    <td>Decreasing</td></tr></table>"""
    expected = [("WR1", "Flooding of the depot closes the fleet workshop", "12", "STABLE"),
                ("WR2", "Fuel price rises exceed the budget provision", "9", "DECREASING")]
    source = _pdf(make_pdf, body, landscape=True)
    for rotation in (90, 180, 270):
        pdf = pikepdf.open(source)
        for page in pdf.pages:
            width, height = (float(v) for v in page.MediaBox[2:])
            turn = {90: f"0 1 -1 0 {height} 0", 180: f"-1 0 0 -1 {width} {height}", 270: f"0 -1 1 0 0 {width}"}
            page.contents_coalesce()
            page.contents_add(pikepdf.Stream(pdf, f"q {turn[rotation]} cm\n".encode()), prepend=True)
            page.contents_add(pikepdf.Stream(pdf, b"\nQ\n"))
            if rotation != 180:
                page.MediaBox = [0, 0, height, width]
            page.Rotate = rotation
        turned = tmp_path / f"turned{rotation}.pdf"
        pdf.save(turned)
        with Layout(turned) as layout:
            assert [(r.risk_id, r.title, r.level, r.trend) for r in risks.extract(Pack(layout))] == expected, rotation


def test_codes_printed_in_front_of_names_in_the_name_column(make_pdf):
    body = """<table><tr><th style="width:50%">Performance indicator</th><th>Q1 2025/26</th><th>Q2 2025/26</th>
    <th>Target</th></tr>
    <tr><td>NI 155 Number of affordable homes delivered (gross)</td><td>41</td><td>56</td><td>60</td></tr>
    <tr><td>KPI 1.2 Percentage of calls answered within 60 seconds</td><td>78.5%</td><td>..</td><td>85%</td></tr>
    <tr><td>PI/12: Major planning applications decided within 13 weeks</td><td>88%</td><td>91%</td><td>60%</td></tr>
    <tr><td>ASCOF 1C Proportion of people who receive self-directed support</td><td>92.1</td><td>92.4</td>
    <td>90</td></tr></table>"""
    assert _indicators(make_pdf, body) == [
        ("NI 155", "Number of affordable homes delivered (gross)", "Q1 2025/26", 41.0, None),
        ("NI 155", "Number of affordable homes delivered (gross)", "Q2 2025/26", 56.0, None),
        ("KPI 1.2", "Percentage of calls answered within 60 seconds", "Q1 2025/26", 78.5, "%"),
        ("PI/12", "Major planning applications decided within 13 weeks", "Q1 2025/26", 88.0, "%"),
        ("PI/12", "Major planning applications decided within 13 weeks", "Q2 2025/26", 91.0, "%"),
        ("ASCOF 1C", "Proportion of people who receive self-directed support", "Q1 2025/26", 92.1, None),
        ("ASCOF 1C", "Proportion of people who receive self-directed support", "Q2 2025/26", 92.4, None),
    ]


def test_risk_ids_inside_the_title_cell_and_current_and_target_columns(make_pdf):
    """No ID column: the ID leads the title ("SR04: ...", "SR05 – ...", "SR06 ..."); of "Current" and "Target"
    the current score is the level; a title that merely starts with a year keeps it."""
    body = """<table><tr><th style="width:50%">Risk</th><th>Current</th><th>Target</th><th>Direction</th></tr>
    <tr><td>SR04: Failure to deliver the savings programme</td><td>16</td><td>8</td><td>Increasing</td></tr>
    <tr><td>SR05 – Loss of key ICT systems</td><td>12</td><td>6</td><td>Stable</td></tr>
    <tr><td>SR06 Safeguarding failure in commissioned care</td><td>15</td><td>10</td><td>Decreasing</td></tr>
    <tr><td>2026 elections are disrupted by a local emergency</td><td>6</td><td>4</td><td>New</td></tr></table>"""
    assert _risks(make_pdf, body) == [
        ("SR04", "Failure to deliver the savings programme", "16", "INCREASING"),
        ("SR05", "Loss of key ICT systems", "12", "STABLE"),
        ("SR06", "Safeguarding failure in commissioned care", "15", "DECREASING"),
        (None, "2026 elections are disrupted by a local emergency", "6", "NEW"),
    ]


def test_period_ranges_broken_over_two_heading_lines_under_a_qualifier_heading(make_pdf):
    """"Jan 25 –" over "Mar 25" in a narrow column, "Online" printed above each period, and a total column headed
    "Total Transactions Last 12 Months" (a duration, not a number in the heading, and not a period)."""
    cell = 'style="width:11%"'
    body = f"""<table style="width:85%; font-weight: bold"><tr><th style="width:30%">Transaction type</th>
    <th {cell}>Online Jan 25 – Mar 25</th><th {cell}>Online Apr 25 – Jun 25</th><th {cell}>Online Jul 25 – Sep 25</th>
    <th {cell}>Total Transactions Last 12 Months</th></tr>
    <tr style="font-weight: normal"><td>Renew a parking permit</td><td>71%</td><td>74%</td><td>79%</td>
    <td>52,310</td></tr>
    <tr style="font-weight: normal"><td>Report a missed bin collection</td><td>66%</td><td>68%</td><td>70%</td>
    <td>18,004</td></tr></table>"""
    found = _indicators(make_pdf, body)
    assert found == [
        (None, "Renew a parking permit", "Jan 25 – Mar 25", 71.0, "%"),
        (None, "Renew a parking permit", "Apr 25 – Jun 25", 74.0, "%"),
        (None, "Renew a parking permit", "Jul 25 – Sep 25", 79.0, "%"),
        (None, "Report a missed bin collection", "Jan 25 – Mar 25", 66.0, "%"),
        (None, "Report a missed bin collection", "Apr 25 – Jun 25", 68.0, "%"),
        (None, "Report a missed bin collection", "Jul 25 – Sep 25", 70.0, "%"),
    ]


def test_score_with_its_rating_in_one_cell_scale_in_the_heading_and_a_change_column(make_pdf):
    """"16 (High)" prints the score and the rating it falls in: the rating word is the level; "(1-25)" in a
    heading is the scale, not a number that makes the line body; "Change since last review" is the trend."""
    body = """<table><tr><th>Risk No.</th><th style="width:40%">Description of risk</th><th>Current score (1-25)</th>
    <th>Target score (1-25)</th><th>Change since last review</th></tr>
    <tr><td>7</td><td>Pay award above the budgeted assumption</td><td>16 (High)</td><td>9 (Medium)</td>
    <td>Increased</td></tr>
    <tr><td>8</td><td>Cyber incident disrupts the customer contact centre</td><td>12 (Medium)</td><td>8 (Medium)</td>
    <td>No change</td></tr></table>"""
    assert _risks(make_pdf, body, landscape=True) == [
        ("7", "Pay award above the budgeted assumption", "HIGH", "INCREASED"),
        ("8", "Cyber incident disrupts the customer contact centre", "MEDIUM", "NO CHANGE"),
    ]


def test_risk_ids_with_a_space_or_a_decimal_point(make_pdf):
    body = """<table><tr><th>Ref</th><th style="width:50%">Risk</th><th>Rating</th><th>Trend</th></tr>
    <tr><td>CRR 01</td><td>Insufficient funding for the capital programme</td><td>Red</td><td>Worsening</td></tr>
    <tr><td>CRR 02</td><td>Failure to recruit qualified social workers</td><td>Amber</td><td>Static</td></tr></table>
    <table><tr><th>No.</th><th style="width:50%">Risk</th><th>Rating</th><th>Trend</th></tr>
    <tr><td>2.1</td><td>Loss of data through a cyber attack</td><td>Amber</td><td>Improving</td></tr>
    <tr><td>2.2</td><td>Business continuity plans out of date</td><td>Green</td><td>Static</td></tr></table>"""
    assert _risks(make_pdf, body) == [
        ("CRR 01", "Insufficient funding for the capital programme", "RED", "WORSENING"),
        ("CRR 02", "Failure to recruit qualified social workers", "AMBER", "STATIC"),
        ("2.1", "Loss of data through a cyber attack", "AMBER", "IMPROVING"),
        ("2.2", "Business continuity plans out of date", "GREEN", "STATIC"),
    ]


def test_risk_ids_of_several_lettered_parts(make_pdf):
    """'FR-CR-01': the body's letters, the register's, then the number."""
    body = """<table><tr><th>Ref</th><th style="width:50%">Risk</th><th>Rating</th><th>Trend</th></tr>
    <tr><td>FR-CR-01</td><td>Shortage of on-call crews in rural stations</td><td>High</td><td>Worsening</td></tr>
    <tr><td>FR-CR-02</td><td>Failure of the mobilising system</td><td>Medium</td><td>Stable</td></tr></table>"""
    assert _risks(make_pdf, body) == [
        ("FR-CR-01", "Shortage of on-call crews in rural stations", "HIGH", "WORSENING"),
        ("FR-CR-02", "Failure of the mobilising system", "MEDIUM", "STABLE"),
    ]


def test_statistics_rows_under_prose_give_nothing_and_bare_months_under_a_financial_year_stay_as_printed(make_pdf):
    body = """<p>Monthly footfall at the three libraries is shown below, with the central library busiest in every
    month:</p>
    <table style="width:70%"><tr><td>Apr-24</td><td class="r">12,401</td><td class="r">3,220</td></tr>
    <tr><td>May-24</td><td class="r">11,876</td><td class="r">3,105</td></tr></table>
    <p><b>Table 5: Library visits, 2024/25</b></p>
    <table style="width:70%"><tr><td></td><td class="r">Central</td><td class="r">Northgate</td></tr>
    <tr><td>Apr</td><td class="r">12,401</td><td class="r">-</td></tr>
    <tr><td>Jan</td><td class="r">12,930</td><td class="r">3,318</td></tr></table>"""
    assert _indicators(make_pdf, body, ruled=False) == [
        (None, "Central", "Apr", 12401.0, None),
        (None, "Central", "Jan", 12930.0, None),
        (None, "Northgate", "Jan", 3318.0, None),
    ]


@pytest.mark.parametrize("ruled", [True, False])
def test_statistics_sub_headings_under_group_headings_name_their_columns(make_pdf, ruled):
    """A group heading over each category ("Leisure" over "Pool visits", one over one) or over several; a
    sub-heading of several words names the count on its own, a one-word sub-heading keeps its group ("Permits
    Resident"); a heading wrapped onto the second header line ("Boats moored at" over "the quay") stays one."""
    body = """<p><b>Table 2: Visitor services, May 2025 to Jun 2025</b></p>
    <table style="width:80%"><tr><th rowspan="2">Month</th><th>Leisure</th><th>Heritage</th><th>Transport</th>
    </tr><tr><th>Pool visits</th><th>Museum admissions</th><th>Ferry crossings</th></tr>
    <tr><td>May 2025</td><td class="r">2,310</td><td class="r">845</td><td class="r">1,120</td></tr>
    <tr><td>Jun 2025</td><td class="r">2,455</td><td class="r">..</td><td class="r">1,290</td></tr></table>
    <p><b>Table 3: Harbour use, July to August 2025</b></p>
    <table style="width:80%"><tr><th rowspan="2">Month</th><th colspan="2">Moorings</th>
    <th colspan="2">Permits</th><th rowspan="2">Boats moored at the quay</th></tr>
    <tr><th>Visiting yachts</th><th>Fishing vessels</th><th>Resident</th><th>Trader</th></tr>
    <tr><td>July</td><td class="r">64</td><td class="r">21</td><td class="r">310</td><td class="r">42</td>
    <td class="r">88</td></tr>
    <tr><td>August</td><td class="r">71</td><td class="r">19</td><td class="r">298</td><td class="r">40</td>
    <td class="r">93</td></tr></table>"""
    found = _indicators(make_pdf, body, ruled=ruled)
    assert found == [
        (None, "Pool visits", "May 2025", 2310.0, None),
        (None, "Museum admissions", "May 2025", 845.0, None),
        (None, "Ferry crossings", "May 2025", 1120.0, None),
        (None, "Pool visits", "Jun 2025", 2455.0, None),
        (None, "Ferry crossings", "Jun 2025", 1290.0, None),
        (None, "Visiting yachts", "July", 64.0, None),
        (None, "Fishing vessels", "July", 21.0, None),
        (None, "Permits Resident", "July", 310.0, None),
        (None, "Permits Trader", "July", 42.0, None),
        (None, "Boats moored at the quay", "July", 88.0, None),
        (None, "Visiting yachts", "August", 71.0, None),
        (None, "Fishing vessels", "August", 19.0, None),
        (None, "Permits Resident", "August", 298.0, None),
        (None, "Permits Trader", "August", 40.0, None),
        (None, "Boats moored at the quay", "August", 93.0, None),
    ]


def test_risk_id_set_in_bold_before_a_plain_title(make_pdf):
    """"<b>HR07:</b> Failure ..." is an ID and its title, not a bold title over a plain description; a bold title
    over its description still gives the bold part."""
    body = """<table><tr><th style="width:55%">Risk</th><th>Owner</th><th>Current score</th><th>Target score</th>
    <th>Trend</th></tr>
    <tr><td><b>HR07:</b> Failure to renew the harbour wall before the winter storms</td><td>KT</td><td>16</td>
    <td>6</td><td>Worsening</td></tr>
    <tr><td><b>HR08</b> – Loss of the dredging contractor</td><td>PB</td><td>9</td><td>4</td><td>Static</td></tr>
    <tr><td><b>HR09 Silting of the inner basin</b><br>Reduced depth limits access for larger vessels</td>
    <td>PB</td><td>12</td><td>8</td><td>Improving</td></tr></table>"""
    assert _risks(make_pdf, body, landscape=True) == [
        ("HR07", "Failure to renew the harbour wall before the winter storms", "16", "WORSENING"),
        ("HR08", "Loss of the dredging contractor", "9", "STATIC"),
        ("HR09", "Silting of the inner basin", "12", "IMPROVING"),
    ]


def test_code_in_front_of_the_name_on_the_values_line_starts_the_name(make_pdf):
    """A narrow measure column whose names wrap, under the header repeated on a new page: the lines above the
    first values line are the end of the last row of the page before ("for reuse or composting"), not part of the
    name that the code on the values line starts."""
    body = """<table style="width:75%"><tr><th style="width:16%">Measure</th><th>Q1 2025/26</th><th>Q2 2025/26</th>
    <th>Target</th></tr>
    <tr><td>for reuse or composting</td><td></td><td></td><td></td></tr>
    <tr><td>HW14 Dumped rubbish cleared in 2 days</td><td class="r">91%</td><td class="r">88%</td>
    <td class="r">90%</td></tr>
    <tr><td>HW15 Bulky waste collections made</td><td class="r">412</td><td class="r">..</td><td class="r">400</td>
    </tr></table>"""
    assert _indicators(make_pdf, body) == [
        ("HW14", "Dumped rubbish cleared in 2 days", "Q1 2025/26", 91.0, "%"),
        ("HW14", "Dumped rubbish cleared in 2 days", "Q2 2025/26", 88.0, "%"),
        ("HW15", "Bulky waste collections made", "Q1 2025/26", 412.0, None),
    ]


def test_one_statistics_row_under_a_heading_for_every_column(make_pdf):
    """The last month of a statistics table broken over the page, under its repeated header, is read; a single
    period row under one heading over two numbers is not a table."""
    body = """<table style="width:70%"><tr><th rowspan="2">Month</th><th>Leisure</th><th colspan="2">Harbour</th></tr>
    <tr><th>Pool visits</th><th>Visiting yachts</th><th>Fishing vessels</th></tr>
    <tr><td>March 2026</td><td class="r">2,904</td><td class="r">57</td><td class="r">..</td></tr></table>
    <p>Notes of the open day:</p>
    <table style="width:70%; border: 0"><tr><td style="border:0"></td><td style="border:0">Stalls booked</td></tr>
    <tr><td style="border:0">April 2026</td><td class="r" style="border:0">14</td>
    <td class="r" style="border:0">31</td></tr></table>"""
    assert _indicators(make_pdf, body) == [
        (None, "Pool visits", "March 2026", 2904.0, None),
        (None, "Visiting yachts", "March 2026", 57.0, None),
    ]


def test_bare_months_and_quarters_across_stay_as_printed_under_a_caption_that_implies_their_year(make_pdf):
    """Categories down the side, bare months or quarters across ("Nov | Dec | Jan"), the year only in the caption
    above: the periods are the headings as printed (the caption's span or financial year is not theirs to print)."""
    body = """<p><b>Table 3: Licences issued, November 2025 to January 2026</b></p>
    <table style="width:70%"><tr><th>Licence type</th><th>Nov</th><th>Dec</th><th>Jan</th></tr>
    <tr><td>Street trading</td><td class="r">14</td><td class="r">9</td><td class="r">11</td></tr>
    <tr><td>Pavement cafe</td><td class="r">3</td><td class="r">..</td><td class="r">5</td></tr></table>
    <p><b>Table 4: Ferry passengers, 2025/26</b></p>
    <table style="width:70%"><tr><th>Route</th><th>Q1</th><th>Q2</th></tr>
    <tr><td>Harbour to Point</td><td class="r">8,120</td><td class="r">9,433</td></tr></table>
    <p>In May the ferry ran late on 3 days and in June on 5.</p>"""
    assert _indicators(make_pdf, body) == [
        (None, "Street trading", "Nov", 14.0, None),
        (None, "Street trading", "Dec", 9.0, None),
        (None, "Street trading", "Jan", 11.0, None),
        (None, "Pavement cafe", "Nov", 3.0, None),
        (None, "Pavement cafe", "Jan", 5.0, None),
        (None, "Harbour to Point", "Q1", 8120.0, None),
        (None, "Harbour to Point", "Q2", 9433.0, None),
    ]


def test_risks_numbered_inside_the_title_cell(make_pdf):
    """"1. Failure ..." and "2.1 Loss ..." number the risk; "2.5 million ..." and "12 month ..." are titles."""
    body = """<table><tr><th style="width:50%">Risk</th><th>Inherent risk</th><th>Residual risk</th><th>Trend</th></tr>
    <tr><td>1. Failure of the ferry operator</td><td>High</td><td>Medium</td><td>Improving</td></tr>
    <tr><td>2.1 Loss of the harbour crane</td><td>High</td><td>High</td><td>No change</td></tr>
    <tr><td>2.5 million visitors exceed the car parks</td><td>Medium</td><td>Low</td><td>New</td></tr>
    <tr><td>12 month backlog of mooring renewals</td><td>Medium</td><td>Medium</td><td>Worsening</td></tr></table>"""
    assert _risks(make_pdf, body) == [
        ("1", "Failure of the ferry operator", "MEDIUM", "IMPROVING"),
        ("2.1", "Loss of the harbour crane", "HIGH", "NO CHANGE"),
        (None, "2.5 million visitors exceed the car parks", "LOW", "NEW"),
        (None, "12 month backlog of mooring renewals", "MEDIUM", "WORSENING"),
    ]


def test_bare_years_across_and_unheaded_row_labels_under_a_table_caption(make_pdf):
    """Under a "Table N:" caption a statistics table may head its columns with bare years and leave its row-label
    column unheaded; a caption naming money (a budget by year) gives nothing, and bare years with no caption are
    not read."""
    body = """<p><b>Table 2: Lifeboat launches by type, 2023 to 2025</b></p>
    <table style="width:70%"><tr><th>Launch type</th><th>2023</th><th>2024</th><th>2025</th></tr>
    <tr><td>Rescue</td><td class="r">41</td><td class="r">38</td><td class="r">45</td></tr>
    <tr><td>Training</td><td class="r">102</td><td class="r">..</td><td class="r">96</td></tr></table>
    <p><b>Table 3: Harbour office calls</b></p>
    <table style="width:70%"><tr><th></th><th>Apr-Jun 2025</th><th>Jul-Sep 2025</th></tr>
    <tr><td>Calls received</td><td class="r">1,220</td><td class="r">1,304</td></tr></table>
    <p><b>Table 4: Capital budget by year</b></p>
    <table style="width:70%"><tr><th>Scheme</th><th>2025</th><th>2026</th></tr>
    <tr><td>Quay wall</td><td class="r">420</td><td class="r">380</td></tr></table>
    <p>The moorings waiting list has grown.</p>
    <table style="width:70%"><tr><th>Berth</th><th>2024</th><th>2025</th></tr>
    <tr><td>Inner basin</td><td class="r">12</td><td class="r">17</td></tr></table>"""
    assert _indicators(make_pdf, body) == [
        (None, "Rescue", "2023", 41.0, None),
        (None, "Rescue", "2024", 38.0, None),
        (None, "Rescue", "2025", 45.0, None),
        (None, "Training", "2023", 102.0, None),
        (None, "Training", "2025", 96.0, None),
        (None, "Calls received", "Apr-Jun 2025", 1220.0, None),
        (None, "Calls received", "Jul-Sep 2025", 1304.0, None),
    ]


def test_risk_column_headed_with_its_consequences(make_pdf):
    """"Risk and consequences" is the risk's column (a bold title over its description), though "consequences"
    alone would head another; "Risk owner" never is."""
    body = """<table><tr><th style="width:45%">Risk and consequences</th><th>Risk owner</th><th>Likelihood</th>
    <th>Impact</th><th>Overall rating</th></tr>
    <tr><td><b>Ferry contract failure</b><br>The operator withdraws and the island loses its service</td>
    <td>Harbour Master</td><td>Possible</td><td>Major</td><td>High</td></tr>
    <tr><td><b>Quay subsidence</b><br>The north quay settles and berths close</td><td>Engineer</td><td>Unlikely</td>
    <td>Major</td><td>Medium</td></tr></table>"""
    assert _risks(make_pdf, body) == [
        (None, "Ferry contract failure", "HIGH", None),
        (None, "Quay subsidence", "MEDIUM", None),
    ]


def test_signed_values_and_units_printed_apart_in_the_cell(make_pdf):
    """"+1.4%" is a rise of 1.4; "85.2 %" and "12 days" print the unit after the value in the cell."""
    body = """<table style="width:80%"><tr><th>Indicator</th><th>Q1 2025/26</th><th>Q2 2025/26</th><th>Target</th></tr>
    <tr><td>Ferry sailings on time</td><td class="r">85.2 %</td><td class="r">88.0 %</td><td>90 %</td></tr>
    <tr><td>Average wait for a mooring</td><td class="r">12 days</td><td class="r">9 days</td><td>10 days</td></tr>
    <tr><td>Change in visitor numbers</td><td class="r">-3.2%</td><td class="r">+1.4%</td><td>0%</td></tr></table>"""
    assert _indicators(make_pdf, body) == [
        (None, "Ferry sailings on time", "Q1 2025/26", 85.2, "%"),
        (None, "Ferry sailings on time", "Q2 2025/26", 88.0, "%"),
        (None, "Average wait for a mooring", "Q1 2025/26", 12.0, "days"),
        (None, "Average wait for a mooring", "Q2 2025/26", 9.0, "days"),
        (None, "Change in visitor numbers", "Q1 2025/26", -3.2, "%"),
        (None, "Change in visitor numbers", "Q2 2025/26", 1.4, "%"),
    ]


@pytest.mark.parametrize("ruled", [True, False])
def test_unit_in_brackets_under_a_group_heading_goes_to_the_unit(make_pdf, ruled):
    """Two header rows over category columns, months down the side: a sub-heading that is one word and a unit in
    brackets ("Treated (megalitres)" under "Waste water") keeps its group and gives its unit; a sub-heading of
    several words still names its count alone; a unit in brackets after a heading of one row goes to the unit."""
    body = """<p><b>Table 5: Water and drainage, monthly</b></p>
    <table style="width:100%"><tr><th rowspan="2">Month</th><th colspan="2">Waste water</th>
    <th colspan="2">Drainage</th><th rowspan="2">Pumps serviced (%)</th></tr>
    <tr><th>Treated (megalitres)</th><th>Compliant (%)</th><th>Gullies cleared</th><th>Blockages reported</th></tr>
    <tr><td>March 2025</td><td class="r">1,842</td><td class="r">97.5</td><td class="r">640</td><td class="r">38</td>
    <td class="r">81</td></tr>
    <tr><td>April 2025</td><td class="r">1,790</td><td class="r">98.1</td><td class="r">..</td><td class="r">41</td>
    <td class="r">86</td></tr></table>"""
    assert _indicators(make_pdf, body, ruled=ruled, landscape=True) == [
        (None, "Waste water Treated", "March 2025", 1842.0, "megalitres"),
        (None, "Waste water Compliant", "March 2025", 97.5, "%"),
        (None, "Gullies cleared", "March 2025", 640.0, None),
        (None, "Blockages reported", "March 2025", 38.0, None),
        (None, "Pumps serviced", "March 2025", 81.0, "%"),
        (None, "Waste water Treated", "April 2025", 1790.0, "megalitres"),
        (None, "Waste water Compliant", "April 2025", 98.1, "%"),
        (None, "Blockages reported", "April 2025", 41.0, None),
        (None, "Pumps serviced", "April 2025", 86.0, "%"),
    ]


@pytest.mark.parametrize("ruled", [True, False])
def test_legend_line_under_a_table_ends_it(make_pdf, ruled):
    """A note under the table that opens with the legend mark it explains ("– return not received", "* provisional")
    or a note's label ("Source: ...") is not the wrapped end of the last row: the last row keeps its code and
    name."""
    body = """<p><b>Table 6: Licensing performance</b></p>
    <table style="width:100%"><tr><th>Ref</th><th style="width:45%">Indicator</th><th>Unit</th><th>Q3 2024/25</th>
    <th>Q4 2024/25</th><th>Target</th></tr>
    <tr><td>LIC 3</td><td>Taxi licences issued within 10 working days</td><td>%</td><td class="r">84.0</td>
    <td class="r">–</td><td class="r">90</td></tr>
    <tr><td>LIC 8</td><td>Premises inspections completed</td><td>number</td><td class="r">212</td>
    <td class="r">238*</td><td class="r">200</td></tr></table>
    <p>– return not received from the contractor.</p>
    <p>* provisional figure.</p>"""
    noted = body.replace("<p>– return", "<p>Source: licensing returns.</p><p>– return")
    assert _indicators(make_pdf, body, ruled=ruled, landscape=True) == [
        ("LIC 3", "Taxi licences issued within 10 working days", "Q3 2024/25", 84.0, "%"),
        ("LIC 8", "Premises inspections completed", "Q3 2024/25", 212.0, None),
        ("LIC 8", "Premises inspections completed", "Q4 2024/25", 238.0, None),
    ]
    assert _indicators(make_pdf, noted, ruled=ruled, landscape=True) == _indicators(make_pdf, body, ruled=ruled,
                                                                                    landscape=True)


@pytest.mark.parametrize("ruled", [True, False])
def test_period_given_only_in_the_caption_above_the_table(make_pdf, ruled):
    """A caption that closes on a period ("Table 2: Reasons for leaving, Quarter 3 2024/25") over a table whose
    headings name no period: each row's value in its one value column ("Adults", or "Actual" beside a "Target") is
    the value for that period; a wrapped row name stays one; a caption without a period ("..., by ward") gives
    nothing, and rows led by months are periods down the side, as printed."""
    body = """<p><b>Table 2: Reasons for leaving supported housing, Quarter 3 2024/25</b></p>
    <table style="width:80%"><tr><th style="width:65%">Reason for leaving</th><th class="r">Adults</th></tr>
    <tr><td>Moved into general needs social housing</td><td class="r">73</td></tr>
    <tr><td>Moved in with relatives or a partner after a period of mediation arranged by the support
    worker</td><td class="r">1,026</td></tr>
    <tr><td>Eviction or abandonment</td><td class="r">19</td></tr></table>
    <p><b>Table 3: Service standards, February 2025</b></p>
    <table style="width:80%"><tr><th style="width:60%">Standard</th><th class="r">Target</th>
    <th class="r">Actual</th></tr>
    <tr><td>Voids re-let within 28 days</td><td class="r">40</td><td class="r">36</td></tr>
    <tr><td>Support plans reviewed on time</td><td class="r">95%</td><td class="r">97.2%</td></tr>
    <tr><td>Complaints answered within 10 days</td><td class="r">90%</td><td class="r">..</td></tr></table>
    <p><b>Table 4: Support workers, by ward</b></p>
    <table style="width:80%"><tr><th style="width:60%">Ward</th><th class="r">Workers</th></tr>
    <tr><td>Eastgate</td><td class="r">12</td></tr></table>
    <p><b>Table 5: Lifeline call-outs, 2024</b></p>
    <table style="width:80%"><tr><th style="width:60%">Month</th><th class="r">Call-outs</th></tr>
    <tr><td>January</td><td class="r">41</td></tr><tr><td>February</td><td class="r">38</td></tr></table>"""
    assert _indicators(make_pdf, body, ruled=ruled) == [
        (None, "Moved into general needs social housing", "Quarter 3 2024/25", 73.0, None),
        (None, "Moved in with relatives or a partner after a period of mediation arranged by the support worker",
         "Quarter 3 2024/25", 1026.0, None),
        (None, "Eviction or abandonment", "Quarter 3 2024/25", 19.0, None),
        (None, "Voids re-let within 28 days", "February 2025", 36.0, None),
        (None, "Support plans reviewed on time", "February 2025", 97.2, "%"),
        (None, "Call-outs", "January", 41.0, None),
        (None, "Call-outs", "February", 38.0, None),
    ]


def test_period_at_the_end_of_a_caption_wrapped_over_lines_over_a_wrapped_header(make_pdf):
    """The caption runs over several lines before its period, and the value column's heading wraps onto a second
    header line ("Households" over "placed"): the wrapped heading is header, not the start of the first row."""
    body = """<p style="width:40%"><b>Table 7: Households placed in temporary accommodation by type of placement,
    January 2025 to March 2025</b></p>
    <table style="width:60%"><tr><th style="width:70%">Type of placement</th><th class="r">Households placed</th>
    </tr><tr><td>Bed and breakfast</td><td class="r">17</td></tr>
    <tr><td>Private sector leased flats</td><td class="r">66</td></tr></table>"""
    assert _indicators(make_pdf, body) == [
        (None, "Bed and breakfast", "January 2025 to March 2025", 17.0, None),
        (None, "Private sector leased flats", "January 2025 to March 2025", 66.0, None),
    ]


def test_footnote_marks_after_values(make_pdf):
    """"41.7%¹", "95%²", "131*", "18‡": the marks point to footnotes; the value is the number before them."""
    body = """<table><tr><th>Code</th><th>Indicator</th><th>Q1 2024/25</th><th>Q2 2024/25</th></tr>
<tr><td>HS01</td><td>Households in temporary accommodation</td><td>131*</td><td>140</td></tr>
<tr><td>HS02</td><td>Homelessness cases prevented</td><td>41.7%¹</td><td>95%²</td></tr>
<tr><td>HS03</td><td>Rough sleepers counted</td><td>18‡</td><td>12</td></tr></table>"""
    assert [(code, period, value) for code, _, period, value, *_ in _indicators(make_pdf, body)] == [
        ("HS01", "Q1 2024/25", 131.0), ("HS01", "Q2 2024/25", 140.0), ("HS02", "Q1 2024/25", 41.7),
        ("HS02", "Q2 2024/25", 95.0), ("HS03", "Q1 2024/25", 18.0), ("HS03", "Q2 2024/25", 12.0)]


@pytest.mark.parametrize("ruled", [True, False])
def test_a_year_centred_over_its_quarters(make_pdf, ruled):
    """'2024/25' centred over 'Q1 | Q2 | Q3 | Q4' beside a '2023/24' column headed on both rows, the quarters
    narrower than the year's cell: each quarter of that year, ruled or not (an empty Q4 gives nothing)."""
    body = """<h2>Corporate Monitoring Report: Quarter 3 2024/25</h2><p>Performance against the Council Plan.</p>
    <table><tr><th rowspan="2" style="width:45%">Measure</th><th rowspan="2">2023/24</th>
    <th colspan="4" class="c">2024/25</th></tr><tr><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th></tr>
    <tr><td>PI 1.1 Planning applications decided on time</td><td>88%</td><td>91%</td><td>86%</td><td>90%</td>
    <td></td></tr>
    <tr><td>PI 4.2 Rent collected</td><td>98.4%</td><td>97.2%</td><td>97.9%</td><td>98.6%</td><td></td></tr>
    </table>"""
    periods = ["2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]
    assert _indicators(make_pdf, body, ruled=ruled) == [
        ("PI 1.1", "Planning applications decided on time", p, v, "%")
        for p, v in zip(periods, [88, 91, 86, 90], strict=True)] + [
        ("PI 4.2", "Rent collected", p, v, "%") for p, v in zip(periods, [98.4, 97.2, 97.9, 98.6], strict=True)]


def test_values_set_right_in_their_cells_with_a_mark_after_them(make_pdf):
    """Unruled, headings set left and values right in their cells, a tick or cross after the last value ("90% ✔"):
    each value is read under its own heading, not the one before it."""
    body = """<p><b>Council Plan measures</b></p>
    <table style="width:70%"><tr><th rowspan="2">Measure</th><th colspan="3" class="c">2024/25</th></tr>
    <tr><th class="c">Q1</th><th class="c">Q2</th><th class="c">Q3</th></tr>
    <tr><td>Council tax collected</td><td class="r">29.1%</td><td class="r">56.0%</td><td class="r">83.2% ✔</td></tr>
    <tr><td>Rent collected</td><td class="r">97.2%</td><td class="r">97.9%</td><td class="r">98.6% ✘</td></tr>
    </table>"""
    periods = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]
    assert _indicators(make_pdf, body, ruled=False) == [
        (None, "Council tax collected", p, v, "%") for p, v in zip(periods, [29.1, 56.0, 83.2], strict=True)] + [
        (None, "Rent collected", p, v, "%") for p, v in zip(periods, [97.2, 97.9, 98.6], strict=True)]


def test_headings_set_closer_than_a_gutter_and_quarters_dated_by_the_paragraph_above(make_pdf):
    """Condensed headings 'Polarity Outturn' and 'Q3 Target RAG' read as one phrase each, but the rows below break
    between cells under their spaces, so each word heads its own column; '2023/24' over 'Outturn' is that column's
    year, and the bare quarters take theirs from the paragraph that names them ('the Q1 2024/25 ... results')."""
    rows = [("CP 01", "Council Tax collected in year", "High", "97.1%", "29.4%", "56.8%", "84.2%", "84.5%", "A"),
            ("CP 02", "Days to process new claims", "Low", "19.6", "21.3", "18.7", "17.9", "20.0", "G")]
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    html = f"""<p>This appendix reports the Q1 2024/25, Q2 2024/25 and Q3 2024/25 results for each measure,
beside the 2023/24 outturn.</p>
<style>td, th {{ padding: 1px 2.5px !important }}</style>
<table style="font-family:'DejaVu Sans Condensed';font-size:7.5pt;width:auto"><tr><th></th><th></th><th></th>
<th>2023/24</th><th colspan="5"></th></tr><tr><th>Code</th><th>Measure</th><th>Polarity</th><th>Outturn</th><th>Q1</th>
<th>Q2</th><th>Q3</th><th>Q3 Target</th><th>RAG</th></tr>{body}</table>"""
    with Layout(_pdf(make_pdf, html, ruled=False)) as layout:
        assert any("Polarity Outturn" in line.text for line in layout.lines)  # the headings run together
        found = [(i.code, i.period, i.value, i.unit) for i in indicators.extract(Pack(layout))]
    assert found == [
        ("CP 01", "2023/24", 97.1, "%"), ("CP 01", "Q1 2024/25", 29.4, "%"), ("CP 01", "Q2 2024/25", 56.8, "%"),
        ("CP 01", "Q3 2024/25", 84.2, "%"), ("CP 02", "2023/24", 19.6, None), ("CP 02", "Q1 2024/25", 21.3, None),
        ("CP 02", "Q2 2024/25", 18.7, None), ("CP 02", "Q3 2024/25", 17.9, None)]


def test_a_bold_section_row_right_under_the_header_is_not_a_header_line(make_pdf):
    """'Adult social care' in bold across the Ref and Measure columns, right under a bold header: a section among
    the rows, so 'Ref' still heads the codes and 'Measure' the names."""
    html = """<table><tr><th>Ref</th><th>Measure</th><th>Unit</th><th>Q1 2024/25</th><th>Q2 2024/25</th></tr>
<tr><th colspan="5">Adult social care</th></tr>
<tr><td>ASC01</td><td>Adults receiving long-term support</td><td>No.</td><td>6,412</td><td>6,455</td></tr>
<tr><td>ASC02</td><td>Reablement still at home after 91 days</td><td>%</td><td>84.1</td><td>83.0</td></tr></table>"""
    assert _indicators(make_pdf, html, ruled=False) == [
        ("ASC01", "Adults receiving long-term support", "Q1 2024/25", 6412.0, None),
        ("ASC01", "Adults receiving long-term support", "Q2 2024/25", 6455.0, None),
        ("ASC02", "Reablement still at home after 91 days", "Q1 2024/25", 84.1, "%"),
        ("ASC02", "Reablement still at home after 91 days", "Q2 2024/25", 83.0, "%")]


def test_a_row_of_units_under_the_category_headings(make_pdf):
    """Months down the side, categories across, and a row of units under the headings ('tonnes', '%'): the units
    are the values' units, and the headings above them the names."""
    html = """<p><b>Table 4: Household waste collected by month, 2024/25</b></p><table style="width:auto">
<tr><th>Month</th><th>Residual waste</th><th>Recycling rate</th></tr>
<tr><td></td><td style="font-size:8pt">tonnes</td><td style="font-size:8pt">%</td></tr>
<tr><td>Apr-24</td><td>2,941</td><td>44.3</td></tr><tr><td>May-24</td><td>3,087</td><td>47.0</td></tr></table>"""
    assert _indicators(make_pdf, html, ruled=False) == [
        (None, "Residual waste", "Apr-24", 2941.0, "tonnes"), (None, "Recycling rate", "Apr-24", 44.3, "%"),
        (None, "Residual waste", "May-24", 3087.0, "tonnes"), (None, "Recycling rate", "May-24", 47.0, "%")]


def test_kpi_panels_with_a_footer_of_labelled_figures(make_pdf):
    """A KPI panel: its name (a RAG word beside it), a chart drawn as a picture, then 'Latest: 14.9% Target: 15%,
    Floor: 20% Previous: 15.2% (Amber)': the latest and previous figures are values under those labels; target and
    floor are not; a note under a panel ends with its full stop and names nothing."""
    panel = """<p style="margin:0">{name} <b style="float:right">{rag}</b></p>
<div style="height:120pt;background:#ddd"></div><p style="margin:2pt 0 0 30pt">{footer}</p>{note}"""
    html = "".join(panel.format(**p) for p in [
        {"name": "Percentage of Early Help cases closed with outcomes achieved", "rag": "GREEN",
         "footer": "Latest: 14.9% Target: 15%, Floor: 20% Previous: 15.2% (Amber)",
         "note": "<p style='font-size:8pt'>*A reporting error has resulted in a revision to figures.</p>"},
        {"name": "Number of foster households", "rag": "RED", "footer": "Latest: 642 Target: 700 Previous: 651 (Red)",
         "note": ""}])
    assert _indicators(make_pdf, html) == [
        (None, "Percentage of Early Help cases closed with outcomes achieved", "Latest", 14.9, "%"),
        (None, "Percentage of Early Help cases closed with outcomes achieved", "Previous", 15.2, "%"),
        (None, "Number of foster households", "Latest", 642.0, None),
        (None, "Number of foster households", "Previous", 651.0, None)]


def test_bare_quarters_under_a_group_heading_that_is_no_period(make_pdf):
    """'Quarterly outturn' over 'Q1 | Q2' beside a '2023/24' column: an outturn heading is no money table's, and
    the quarters under it are periods, as printed."""
    html = """<p>Corporate performance indicators for 2024/25.</p><table style="width:auto">
<tr><th>Ref</th><th>Indicator</th><th>2023/24</th><th colspan="2">Quarterly outturn</th><th>Target</th></tr>
<tr><th></th><th></th><th></th><th>Q1</th><th>Q2</th><th></th></tr>
<tr><td>HC01</td><td>Days to process new claims</td><td>19.6</td><td>21.4</td><td>18.9</td><td>18.0</td></tr></table>"""
    assert _indicators(make_pdf, html, ruled=False) == [
        ("HC01", "Days to process new claims", "2023/24", 19.6, None),
        ("HC01", "Days to process new claims", "Q1", 21.4, None),
        ("HC01", "Days to process new claims", "Q2", 18.9, None)]


def test_risks_set_out_as_blocks_of_labelled_fields(make_pdf):
    """'Risk SR1 – Financial sustainability' in bold over 'Current rating: RED', 'Previous rating: AMBER',
    'Target rating: AMBER', 'Direction: Worsening': one risk per block, the current rating its level."""
    block = """<p style="margin:8pt 0 0"><b>Risk {id} – {title}</b></p><p style="margin:0">Risk owner: Director of
Resources</p><p style="margin:0"><b>Current rating: {level}</b><br><b>Previous rating: AMBER</b><br>
<b>Target rating: GREEN</b><br><b>Direction: {trend}</b></p><p>The position this quarter is set out below.</p>"""
    html = "".join(block.format(id=i, title=t, level=lv, trend=tr) for i, t, lv, tr in [
        ("SR1", "Financial sustainability", "RED", "Worsening"), ("SR2", "Cyber resilience", "AMBER", "Stable")])
    assert _risks(make_pdf, html) == [("SR1", "Financial sustainability", "RED", "WORSENING"),
                                      ("SR2", "Cyber resilience", "AMBER", "STABLE")]


def test_names_wrapped_above_and_below_their_values_in_tight_rows(make_pdf):
    """Cells centred in rows with little padding: a name's lines sit above and below its values, and the gap
    between two rows' lines is barely wider than between a name's own lines, so rows are told apart by their
    baselines' steps (glyph boxes of capitals, descenders and small letters differ as much as the padding)."""
    rows = [("Planning and Building Control", "212", "198"),
            ("Leisure, Culture, Parks and Open Spaces (including the museum)", "88", "91"),
            ("Revenues and Benefits Service", "40", "35"),
            ("Corporate Resources and Deputy Chief Executive's Office", "17", "21"),
            ("Housing Options", "64", "70")]
    cells = "".join(f"<tr><td style='width:45%'>{n}</td><td class='r'>{a}</td><td class='r'>{b}</td></tr>"
                    for n, a, b in rows)
    body = f"""<p>Table 2: Compliments received by directorate</p>
    <table style="width:70%"><tr><th>Directorate</th><th class="r">Q1 2024/25</th><th class="r">Q2 2024/25</th></tr>
    {cells}</table>"""
    body = body.replace("<table", "<style>td, th { padding: 2px 5px; vertical-align: middle }</style><table")
    assert _indicators(make_pdf, body, ruled=False) == [
        (None, name, period, float(value), None)
        for name, *values in rows for period, value in zip(["Q1 2024/25", "Q2 2024/25"], values, strict=True)]


@pytest.mark.parametrize("ruled", [True, False])
def test_headings_centred_over_cells_set_to_the_left(make_pdf, ruled):
    """A spreadsheet's headings centred over their cells ("Indicator" over names that start just after the codes):
    a name's words left of its heading's start are still the name, not the code's."""
    rows = [("F1", "Council tax collected (cumulative)", "29.6", "57.1"),
            ("F2", "Business rates collected (cumulative)", "31.0", "58.8"),
            ("P1", "Average days to process new Housing Benefit claims", "18.2", "17.5")]
    cells = "".join(f"<tr><td>{c}</td><td>{n}</td><td class='r'>{a}</td><td class='r'>{b}</td></tr>"
                    for c, n, a, b in rows)
    body = f"""<p><b>Key performance indicators</b></p><table style="width:75%">
    <tr><th class="c" style="width:8%">Ref</th><th class="c" style="width:52%">Indicator</th>
    <th class="c">Q1 2024/25</th><th class="c">Q2 2024/25</th></tr>{cells}</table>"""
    assert _indicators(make_pdf, body, landscape=True, ruled=ruled) == [
        (code, name, period, float(value), None)
        for code, name, *values in rows for period, value in zip(["Q1 2024/25", "Q2 2024/25"], values, strict=True)]


def test_periods_on_an_upper_header_row_over_actual_and_target(make_pdf):
    """Periods on the upper header row ("Q4 2024/25 | Q1 2025/26 | Q1 2025/26") over "actual | target | actual",
    with the code, name, RAG and comment headings on the lower row only: the actuals are the values."""
    body = """<table style="width:100%"><tr><th rowspan="2">Code</th><th rowspan="2" style="width:35%">Indicator</th>
    <th rowspan="2">Good is</th><th>Q4 2024/25</th><th>Q1 2025/26</th><th>Q1 2025/26</th><th rowspan="2">RAG</th>
    <th rowspan="2" style="width:20%">Comment</th></tr><tr><th>actual</th><th>target</th><th>actual</th></tr>
    <tr><td>ECO 1</td><td>Occupancy of council-owned industrial units</td><td>High</td><td>91.0%</td><td>92.0%</td>
    <td>93.5%</td><td>G</td><td>Two units let in May.</td></tr>
    <tr><td>ECO 2</td><td>Businesses supported by the growth hub</td><td>High</td><td>47</td><td>40</td><td>52</td>
    <td>G</td><td></td></tr></table>"""
    html = body.replace("<th rowspan", "<th style='vertical-align:bottom' rowspan")
    assert _indicators(make_pdf, html, landscape=True) == [
        ("ECO 1", "Occupancy of council-owned industrial units", "Q4 2024/25", 91.0, "%"),
        ("ECO 1", "Occupancy of council-owned industrial units", "Q1 2025/26", 93.5, "%"),
        ("ECO 2", "Businesses supported by the growth hub", "Q4 2024/25", 47.0, None),
        ("ECO 2", "Businesses supported by the growth hub", "Q1 2025/26", 52.0, None)]


def test_a_rating_column_beside_the_current_score_is_the_level(make_pdf):
    """'Current risk' over L | I | Score, then a 'RAG (current)' column of words: the rating as printed is the
    level, not the score."""
    body = """<table><tr><th rowspan="2">Ref</th><th rowspan="2" style="width:30%">Risk title</th>
    <th colspan="3">Current risk</th><th rowspan="2">Target score</th><th rowspan="2">RAG (current)</th>
    <th rowspan="2">Direction of travel</th></tr><tr><th>L</th><th>I</th><th>Score</th></tr>
    <tr><td>SR01</td><td>Financial sustainability</td><td>4</td><td>5</td><td>20</td><td>12</td><td>Red</td>
    <td>Increasing</td></tr>
    <tr><td>SR02</td><td>Cyber attack on council systems</td><td>2</td><td>4</td><td>8</td><td>6</td><td>Amber</td>
    <td>Stable</td></tr></table>"""
    assert _risks(make_pdf, body, landscape=True) == [
        ("SR01", "Financial sustainability", "RED", "INCREASING"),
        ("SR02", "Cyber attack on council systems", "AMBER", "STABLE")]


def test_a_short_bold_section_heading_over_the_first_row(make_pdf):
    """A bold section heading ("Finance") in the first column over the table's first plain row: a heading, not
    the start of that row's code (a row's height apart from the header, as a spreadsheet prints it)."""
    body = """<table style="width:90%"><tr><th>Ref</th><th style="width:45%">Indicator</th><th>Unit</th><th>Q1</th>
    <th>Q2</th><th>Status</th></tr><tr><td colspan="6" style="padding-top:12px"><b>Finance</b></td></tr>
    <tr><td>F1</td><td>Council tax collected (cumulative)</td><td>%</td><td>29.6</td><td>57.1</td><td>On track</td></tr>
    <tr><td>F2</td><td>Business rates collected (cumulative)</td><td>%</td><td>31.0</td><td>58.8</td><td>On track</td>
    </tr></table>"""
    html = f"<p><b>Key performance indicators 2024/25</b></p>{body}"
    assert _indicators(make_pdf, html, landscape=True) == [
        ("F1", "Council tax collected (cumulative)", "Q1", 29.6, "%"),
        ("F1", "Council tax collected (cumulative)", "Q2", 57.1, "%"),
        ("F2", "Business rates collected (cumulative)", "Q1", 31.0, "%"),
        ("F2", "Business rates collected (cumulative)", "Q2", 58.8, "%")]


def test_rows_that_carry_their_own_period_under_a_period_heading(make_pdf):
    """A public health profile: 'Indicator | Period | Count | Value | Lower CI | Upper CI | England value': each
    row's value is its cell under 'Value' for the period in its own 'Period' cell; the count, the interval and
    England's value are not values, a '–' is none, and a unit in brackets closing the name is the unit."""
    rows = [("Pupil absence (%)", "2023/24", "1,204,530", "7.3", "7.2", "7.4", "6.9"),
            ("Violent crime – hospital admissions for violence (per 100,000)", "2021/22 - 23/24", "312", "47.2",
             "42.1", "52.7", "37.8"),
            ("Adults in employment (aged 16 to 64)", "2024", "–", "72.9", "69.8", "76.0", "75.7"),
            ("Children in care (per 10,000)", "2024", "88", "–", "–", "–", "70.0")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    body = f"""<table><tr><th style="width:40%">Indicator</th><th>Period</th><th>Count</th><th>Value</th>
    <th>Lower CI</th><th>Upper CI</th><th>England value</th></tr>{cells}</table>"""
    assert _indicators(make_pdf, body, landscape=True) == [
        (None, "Pupil absence (%)", "2023/24", 7.3, "%"),
        (None, "Violent crime – hospital admissions for violence (per 100,000)", "2021/22 - 23/24", 47.2,
         "per 100,000"),
        (None, "Adults in employment (aged 16 to 64)", "2024", 72.9, None)]


def test_a_period_column_table_whose_comparator_value_is_headed_under_england(make_pdf):
    """'Value' under the area's name and 'value' under 'England' on the header's upper line, with a 'Measure'
    column of units: the area's value is the value, in its measure's unit; England's is not a value."""
    rows = [("Pupil absence", "2023/24", "61,240", "6.4", "%", "6.9"),
            ("Under 18s conception rate", "2021", "41", "12.8", "per 1,000", "13.1")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    body = f"""<table><tr><th></th><th></th><th colspan="2" class="c">Harwick</th><th></th><th>England</th></tr>
    <tr><th style="width:40%">Indicator</th><th>Period</th><th>Count</th><th>Value</th><th>Measure</th>
    <th>value</th></tr>{cells}</table>"""
    assert _indicators(make_pdf, body.replace("border: 1px solid #000", "border: 0"), ruled=False) == [
        (None, "Pupil absence", "2023/24", 6.4, "%"), (None, "Under 18s conception rate", "2021", 12.8, "per 1,000")]


def test_an_earlier_period_under_a_blank_name_cell(make_pdf):
    """A profile's row of an earlier period with its name cell blank is the indicator named above it."""
    body = """<table style="width:80%"><tr><th style="width:45%">Indicator</th><th>Period</th><th>Value</th>
    <th>Unit</th></tr>
    <tr><td>Smoking prevalence in adults</td><td>2023</td><td>12.4</td><td>%</td></tr>
    <tr><td></td><td>2019</td><td>15.8</td><td>%</td></tr>
    <tr><td>Under 18s conception rate</td><td>2021</td><td>12.8</td><td>per 1,000</td></tr></table>"""
    assert _indicators(make_pdf, body, ruled=False) == [
        (None, "Smoking prevalence in adults", "2023", 12.4, "%"),
        (None, "Smoking prevalence in adults", "2019", 15.8, "%"),
        (None, "Under 18s conception rate", "2021", 12.8, "per 1,000")]


@pytest.mark.parametrize("head", ["", "<style>@page { @top-left { content: 'Orbury Panel – Agenda Item 6' } }"
                                  "@page :first { @top-left { content: none } }</style>",
                                  "<style>@page { @bottom-left { content: 'Appendix A – Scorecard, page '"
                                  " counter(page); font-size: 8pt } }</style>"])
def test_a_table_running_over_a_page_under_its_repeated_header(make_pdf, head):
    """Bare quarters dated by the caption over the table's first page, its header repeated at the top of the next
    page (under a running head printed from that page on, or over a footer in small type printed on too few pages
    to be taken out), where no caption dates them: the rows there are read under the same columns."""
    rows = "".join(f"<tr><td>KPI{k:02d}</td><td>Measure number {k} of the adult social care scorecard</td>"
                   f"<td>{20 + k}.5</td><td>{21 + k}.0</td></tr>" for k in range(1, 46))
    body = f"""{head}<p><b>Appendix A – Key Performance Indicators 2025/26</b></p><p>Each measure:</p>
    <table><thead><tr><th>Code</th><th style="width:60%">Indicator</th><th>Q1</th><th>Q2</th></tr></thead>
    <tbody>{rows}</tbody></table>"""
    found = _indicators(make_pdf, body.replace("<td>", "<td style='padding:6px'>"))
    assert len(found) == 90 and found[-1] == ("KPI45", "Measure number 45 of the adult social care scorecard", "Q2",
                                              66.0, None)


def test_a_year_to_date_column_beside_bare_quarters(make_pdf):
    """'Q1 | Q2 | Q3 | YTD | Target' under a caption naming the financial year: the year to date is a period of its
    own, as printed, and the target is no value."""
    body = """<p><b>Key performance indicators 2024/25</b></p><table style="width:90%"><tr><th>Ref</th>
    <th style="width:45%">Indicator</th><th>Q1</th><th>Q2</th><th>Q3</th><th>YTD</th><th>Target</th></tr>
    <tr><td>F1</td><td>Council tax collected (cumulative)</td><td>29.6</td><td>57.1</td><td>84.3</td><td>84.3</td>
    <td>97.5</td></tr></table>"""
    assert _indicators(make_pdf, body, landscape=True) == [
        ("F1", "Council tax collected (cumulative)", period, value, None)
        for period, value in [("Q1", 29.6), ("Q2", 57.1), ("Q3", 84.3), ("YTD", 84.3)]]


def test_risk_rows_under_section_headings_with_descriptions_merged_across(make_pdf):
    """A spreadsheet register: bold section rows across the sheet, and under each risk's row its description
    merged across the cells from the title column, in smaller type: each risk keeps its own title, and the
    register runs on past them."""
    def risk(ref, title, level, trend, description):
        return (f"<tr><td>{ref}</td><td>{title}</td><td>Head of Service</td><td>4</td><td>4</td><td>16</td>"
                f"<td>{level}</td><td>{trend}</td></tr><tr><td></td><td colspan='7' style='font-size:8pt'>"
                f"{description}</td></tr>")
    body = f"""<table><tr><th style="width:8%">Risk ref</th><th style="width:25%">Risk title and description</th>
    <th>Risk owner</th><th>L</th><th>I</th><th>Score</th><th>RAG</th><th>Direction of travel</th></tr>
    <tr><td colspan="8"><b>Finance and governance</b></td></tr>
    {risk("CR01", "Financial sustainability", "Red", "Worsening", "Inability to set a balanced budget over the "
          "medium term owing to reduced government funding and rising demand for temporary accommodation.")}
    {risk("CR02", "Commercial property income", "Amber", "Stable", "Loss of rental income from the investment "
          "property portfolio through tenant failure or long-term voids at the business park.")}
    <tr><td colspan="8"><b>Communities and place</b></td></tr>
    {risk("CR03", "Local Plan delivery", "Amber", "Improving", "Failure to adopt the Local Plan on time, leaving "
          "the district open to speculative development on unallocated sites.")}</table>"""
    assert _risks(make_pdf, body, landscape=True, ruled=False) == [
        ("CR01", "Financial sustainability", "RED", "WORSENING"),
        ("CR02", "Commercial property income", "AMBER", "STABLE"),
        ("CR03", "Local Plan delivery", "AMBER", "IMPROVING")]


def test_a_baseline_column_headed_with_its_year_is_that_years_value(make_pdf):
    """'Baseline 2022/23' over its year, beside 'Q1 | Q2' and a target: the baseline is the indicator's value for
    the year it prints; under a caption's period a 'Baseline' column without a year is not that period's value."""
    body = """<p><b>Performance scorecard, Quarter 2 2024/25</b></p>
    <table style="width:90%"><tr><th>Ref</th><th style="width:40%">Measure</th><th>Baseline<br>2022/23</th>
    <th>Q1</th><th>Q2</th><th>Target</th></tr>
    <tr><td>NS1</td><td>Vehicle crime offences</td><td>814</td><td>201</td><td>188</td><td>780</td></tr>
    <tr><td>NS2</td><td>Fly-tipping reports cleared in 2 days (%)</td><td>88.0%</td><td>91.5%</td><td>90.2%</td>
    <td>90.0%</td></tr></table>
    <p><b>Table 6: Volunteers, Quarter 2 2024/25</b></p>
    <table style="width:70%"><tr><th style="width:60%">Scheme</th><th class="r">Baseline</th>
    <th class="r">Volunteers</th></tr>
    <tr><td>Street watch</td><td class="r">40</td><td class="r">46</td></tr></table>"""
    assert _indicators(make_pdf, body) == [
        ("NS1", "Vehicle crime offences", "2022/23", 814.0, None), ("NS1", "Vehicle crime offences", "Q1", 201.0, None),
        ("NS1", "Vehicle crime offences", "Q2", 188.0, None),
        ("NS2", "Fly-tipping reports cleared in 2 days (%)", "2022/23", 88.0, "%"),
        ("NS2", "Fly-tipping reports cleared in 2 days (%)", "Q1", 91.5, "%"),
        ("NS2", "Fly-tipping reports cleared in 2 days (%)", "Q2", 90.2, "%"),
        (None, "Street watch", "Quarter 2 2024/25", 46.0, None)]


def test_a_note_wrapped_in_a_value_cell_does_not_end_the_table(make_pdf):
    """'Not yet' over 'available' in a quarter's cell, beside a name wrapped over the same two lines: the row goes
    on and so does the table; the note is no value."""
    body = """<p><b>Scorecard, Quarter 2 2024/25</b></p>
    <table style="width:80%"><tr><th>Ref</th><th style="width:35%">Measure</th><th>Q1</th><th style="width:9%">Q2</th>
    <th>Target</th></tr>
    <tr><td>RS4</td><td>People killed or seriously injured in road collisions</td><td>21</td><td>Not yet available</td>
    <td>70</td></tr>
    <tr><td>RS5</td><td>Residents who feel safe after dark (%)</td><td>58%</td><td>60%</td><td>65%</td></tr></table>"""
    assert _indicators(make_pdf, body) == [
        ("RS4", "People killed or seriously injured in road collisions", "Q1", 21.0, None),
        ("RS5", "Residents who feel safe after dark (%)", "Q1", 58.0, "%"),
        ("RS5", "Residents who feel safe after dark (%)", "Q2", 60.0, "%")]


def test_numbered_section_rows_and_an_id_cell_merged_with_its_title(make_pdf):
    """A register whose section rows are numbered ('2. Place and communities', bold, across the sheet) and whose
    ID and title cells are merged in one section ('CR05: Failure to meet demand for temporary accommodation',
    wrapping back under the ID): a section row is no risk, and a merged cell gives both the ID and the title."""
    def risk(ref, title, score, trend, merged=False):
        cells = f"<td colspan='2'>{ref}: {title}</td>" if merged else f"<td>{ref}</td><td>{title}</td>"
        return f"<tr>{cells}<td>Head of Service</td><td>4</td><td>4</td><td>{score}</td><td>{trend}</td></tr>"
    body = f"""<table><tr><th style="width:6%">Ref</th><th style="width:22%">Risk</th><th>Risk owner</th><th>L</th>
    <th>I</th><th>Score</th><th>Direction of travel</th></tr>
    <tr><td colspan="7"><b>1. Finance and resources</b></td></tr>
    {risk("CR01", "Medium-term financial sustainability", "16", "Increased")}
    <tr><td colspan="7"><b>2. Place and communities</b></td></tr>
    {risk("CR05", "Failure to meet demand for temporary accommodation within budget", "16", "Increased", True)}
    {risk("CR06", "Failure to maintain a five-year housing land supply", "12", "Reduced", True)}</table>"""
    assert _risks(make_pdf, body, landscape=True, ruled=False) == [
        ("CR01", "Medium-term financial sustainability", "16", "INCREASED"),
        ("CR05", "Failure to meet demand for temporary accommodation within budget", "16", "INCREASED"),
        ("CR06", "Failure to maintain a five-year housing land supply", "12", "REDUCED")]


def test_years_over_actual_and_estimate_and_a_row_answered_yes(make_pdf):
    """Prudential indicators: years across over 'Actual | Estimate | Estimate' and a Unit column: each year's
    figure is a value, estimates too; a row answered 'Yes' in every year gives none and the table goes on."""
    rows = [("Capital expenditure", "£m", "18.43", "24.96", "21.30"), ("Gross debt below the CFR", "", "Yes", "Yes",
            "Yes"), ("Ratio of financing costs to net revenue stream", "%", "9.8", "10.6", "11.2")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    body = f"""<p><b>Table 4: Prudential indicators</b></p><table style="width:85%"><tr><th style="width:45%">
    Indicator</th><th>Unit</th><th>2023/24<br>Actual</th><th>2024/25<br>Estimate</th><th>2025/26<br>Estimate</th></tr>
    {cells}</table>"""
    assert _indicators(make_pdf, body, ruled=False) == [
        (None, "Capital expenditure", period, value, "£m") for period, value in
        [("2023/24", 18.43), ("2024/25", 24.96), ("2025/26", 21.3)]] + [
        (None, "Ratio of financing costs to net revenue stream", period, value, "%") for period, value in
        [("2023/24", 9.8), ("2024/25", 10.6), ("2025/26", 11.2)]]


def test_month_rows_flagged_provisional_and_values_flagged_revised(make_pdf):
    """Months down the side under a caption, the last month flagged provisional ('December<sup>p</sup>') and a
    value revised ('221<sup>r</sup>'): the flag is neither the period's nor the value's."""
    rows = [("October", "236", "118"), ("November", "209<sup>r</sup>", "103"), ("December<sup>p</sup>", "184", "88")]
    cells = "".join(f"<tr><td>{m}</td><td class='r'>{a}</td><td class='r'>{b}</td></tr>" for m, a, b in rows)
    body = f"""<p><b>Table 1: Households assessed, by month, October to December 2024</b></p>
    <table style="width:70%"><tr><th>Month</th><th class="r">Households assessed</th><th class="r">Prevention duty</th>
    </tr>{cells}</table>"""
    assert _indicators(make_pdf, body, ruled=False) == [
        (None, name, month, value, None) for month, values in
        [("October", (236.0, 118.0)), ("November", (209.0, 103.0)), ("December", (184.0, 88.0))]
        for name, value in zip(("Households assessed", "Prevention duty"), values, strict=True)]


def test_two_captioned_tables_side_by_side_with_rows_aligned(make_pdf):
    """'Table 1: ...' beside 'Table 2: ...' on a landscape dashboard, their rows at the same heights as one table's
    would be: each table is read on its own, its names with its own values."""
    crime = [("All crime", 3412, 3268), ("Burglary", 214, 176), ("Shoplifting", 342, 398), ("Vehicle crime", 301, 289),
             ("Criminal damage", 377, 352), ("Drug offences", 96, 118), ("Robbery", 31, 27), ("Arson", 18, 22)]
    asb = [("ASB incidents", 612, 655), ("Hate crimes", 23, 19), ("Fly-tipping", 118, 131), ("Graffiti", 41, 38),
           ("Noise", 77, 81), ("Abandoned vehicles", 12, 9), ("Dog fouling", 44, 51), ("Littering", 60, 58)]

    def table(caption, first, periods, rows):
        cells = "".join(f"<tr><td>{n}</td><td>{a}</td><td>{b}</td></tr>" for n, a, b in rows)
        return (f"<div style='width:45%'><p><b>{caption}</b></p><table><tr><th style='width:50%'>{first}</th>"
                f"<th>{periods[0]}</th><th>{periods[1]}</th></tr>{cells}</table></div>")
    body = "<div style='display:flex;gap:60pt'>" + table("Table 1: Recorded crime", "Category", ("Q2 2024/25",
                                                           "Q2 2025/26"), crime) + table(
        "Table 2: Anti-social behaviour", "Measure", ("Jul 2025", "Aug 2025"), asb) + "</div>"
    assert _indicators(make_pdf, body, landscape=True, ruled=False) == [
        (None, n, p, float(v), None) for rows, periods in [(crime, ("Q2 2024/25", "Q2 2025/26")),
                                                          (asb, ("Jul 2025", "Aug 2025"))]
        for n, *values in rows for p, v in zip(periods, values, strict=True)]


@pytest.mark.parametrize("landscape", [False, True])  # (portrait: headings and intervals wrap in their cells)
def test_pooled_year_periods_across_a_comparator_column_and_interval_lines(make_pdf, landscape):
    """Three-year periods across ("2019 - 21", spaced dashes), a comparator column with its own period
    ("England 2021 - 23") and each row's confidence intervals on a small-type line under it: the periods' values
    are the values; the comparator's and the intervals are not. A unit in brackets closing a name is its unit."""
    rows = [("Life expectancy at birth, male (years)", "78.4", "78.1", "78.6", "79.3", "(77.9 - 78.9)"),
            ("Under 75 mortality rate from cancer (per 100,000)", "131.5", "127.9", "122.2", "121.6",
             "(118.0 - 145.0)")]
    cells = "".join(f"<tr><td>{name}</td>" + "".join(f'<td class="r">{v}</td>' for v in values)
                    + '</tr><tr style="font-size:7pt"><td></td>' + f'<td class="r">{ci}</td>' * 3 + "<td></td></tr>"
                    for name, *values, ci in rows)
    body = f"""<p><b>Table 2: Life expectancy and mortality</b></p><table><tr><th style="width:45%">Indicator</th>
    <th class="r">2019 - 21</th><th class="r">2020 - 22</th><th class="r">2021 - 23</th>
    <th class="r">England 2021 - 23</th></tr>{cells}</table>"""
    name, rate = rows[0][0], rows[1][0]
    assert _indicators(make_pdf, body, ruled=False, landscape=landscape) == [
        (None, name, "2019 - 21", 78.4, None), (None, name, "2020 - 22", 78.1, None),
        (None, name, "2021 - 23", 78.6, None),
        (None, rate, "2019 - 21", 131.5, "per 100,000"), (None, rate, "2020 - 22", 127.9, "per 100,000"),
        (None, rate, "2021 - 23", 122.2, "per 100,000")]


def test_quarters_over_their_year_on_the_headings_second_line(make_pdf):
    """'Q1' over '2024/25' in each period heading, beside 'Target | Status' (statuses in words): each quarter is of
    the year under it, whatever year a caption names; the target and the status are no values."""
    rows = [("HS 01", "Average days to relet void homes", "31.4", "27.9", "28.0", "On target"),
            ("HS 02", "Rent collected from current tenants", "96.2%", "97.1%", "98.0%", "Off target")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    body = f"""<p><b>Appendix A – Key Performance Indicators, Quarter 2 2025/26</b></p><table style="width:90%">
    <tr><th>Ref</th><th style="width:40%">Measure</th><th>Q1<br>2024/25</th><th>Q2<br>2024/25</th><th>Target</th>
    <th>Status</th></tr>{cells}</table>"""
    assert _indicators(make_pdf, body, ruled=False) == [
        ("HS 01", "Average days to relet void homes", "Q1 2024/25", 31.4, None),
        ("HS 01", "Average days to relet void homes", "Q2 2024/25", 27.9, None),
        ("HS 02", "Rent collected from current tenants", "Q1 2024/25", 96.2, "%"),
        ("HS 02", "Rent collected from current tenants", "Q2 2024/25", 97.1, "%")]


def test_a_short_section_row_within_the_code_column_and_a_caption_that_ends_on_its_period(make_pdf):
    """A bold section row ('Housing') under a two-row header, narrower than the code column, is no header line: the
    codes stay in their column and the names under a centred heading in theirs. A caption that ends on its period
    after a dash ('... – performance for Q2 2025/26') is no header of its own: it dates the one value column of a
    'Ref | Measure | Target | Actual' table."""
    body = """<p><b>Table 1: Housing</b></p>
    <table><tr><th rowspan="2">Code</th><th rowspan="2" class="c" style="width:40%">Performance indicator</th>
    <th rowspan="2">Unit</th><th>Q1 2025/26</th><th>Q2 2025/26</th><th rowspan="2">RAG</th></tr>
    <tr><th>Actual</th><th>Actual</th></tr>
    <tr><td colspan="6"><b>Housing</b></td></tr>
    <tr><td>HS-01</td><td>Average time to re-let standard void properties</td><td>days</td><td>29.8</td>
    <td>26.5</td><td>Green</td></tr>
    <tr><td>HS-04</td><td>Households in temporary accommodation</td><td>number</td><td>101</td><td>97</td>
    <td>Red</td></tr></table>
    <p><b>Table 2: Planning services – performance for Q2 2025/26</b></p>
    <table><tr><th>Ref</th><th class="c" style="width:55%">Measure</th><th>Target</th><th>Actual</th>
    <th>Status</th></tr>
    <tr><td>PL1</td><td>Major applications determined within 13 weeks</td><td>60%</td><td>83.3%</td>
    <td>Green</td></tr>
    <tr><td>EH-02</td><td>Average days to determine licence applications</td><td>10</td><td>6.2</td>
    <td>Green</td></tr></table>"""
    assert _indicators(make_pdf, body, landscape=True) == [
        ("HS-01", "Average time to re-let standard void properties", "Q1 2025/26", 29.8, "days"),
        ("HS-01", "Average time to re-let standard void properties", "Q2 2025/26", 26.5, "days"),
        ("HS-04", "Households in temporary accommodation", "Q1 2025/26", 101.0, None),
        ("HS-04", "Households in temporary accommodation", "Q2 2025/26", 97.0, None),
        ("PL1", "Major applications determined within 13 weeks", "Q2 2025/26", 83.3, "%"),
        ("EH-02", "Average days to determine licence applications", "Q2 2025/26", 6.2, None)]


def test_a_register_whose_title_cells_hold_a_smaller_description_stays_one_table(make_pdf):
    """A bold title over a description in smaller type in one cell, beside owner, score and controls cells that
    wrap to other depths: the lines after each row's first are not level across the page, but every row starts
    level, so the page is one table, not two flows side by side."""
    def row(rid, title, description, owner, score, level, controls, trend):
        return (f"<tr><td>{rid}</td><td><b style='font-size:9pt'>{title}</b><span style='display:block;"
                f"font-size:7.8pt;margin-top:0.8mm'>{description}</span></td><td>{owner}</td>"
                f"<td class='c'>{score}<br>{level}</td><td>{controls}</td><td>{trend}</td></tr>")

    body = """<h3>Appendix A – Corporate Risk Register</h3><table style="font-size:8.5pt"><tr><th>Risk ID</th>
    <th style="width:30%">Risk title and description</th><th>Risk owner</th><th>Current score (L × I)</th>
    <th style="width:25%">Key controls</th><th>Direction of travel</th></tr>""" + "".join([
        row("CR01", "Medium-term financial sustainability", "Funding gap of £4.8m by 2027/28 is not closed, leading "
            "to unplanned use of reserves.", "Chief Finance Officer", "4 × 5 = 20", "HIGH", "Savings programme "
            "tracked monthly by the management team.", "↔ Static"),
        row("CR02", "Cyber attack or data breach", "Ransomware or phishing disables core systems or results in loss "
            "of personal data.", "Head of ICT", "4 × 4 = 16", "HIGH", "Multi-factor authentication; immutable "
            "back-ups; annual penetration test; staff e-learning.", "↑ Worsening"),
        row("CR03", "Failure to deliver the Local Plan", "Examination delayed, leaving the Council without a "
            "five-year housing land supply.", "Director of Place", "3 × 4 = 12", "MEDIUM", "Local Development "
            "Scheme agreed.", "↓ Improving"),
        row("CR04", "Workforce capacity and retention", "Difficulty recruiting to professional roles affects "
            "service delivery.", "Head of HR", "3 × 3 = 9", "MEDIUM", "Market supplements; apprenticeship and "
            "graduate schemes; workforce plan.", "↔ Static"),
        row("CR05", "Failure of a key contractor", "Financial failure of a major contractor interrupts waste or "
            "leisure services.", "Head of Procurement", "2 × 4 = 8", "MEDIUM", "Credit monitoring of top "
            "suppliers.", "↓ Improving")]) + "</table>"
    assert _risks(make_pdf, body, landscape=True, size="9pt") == [
        ("CR01", "Medium-term financial sustainability", "HIGH", "STATIC"),
        ("CR02", "Cyber attack or data breach", "HIGH", "WORSENING"),
        ("CR03", "Failure to deliver the Local Plan", "MEDIUM", "IMPROVING"),
        ("CR04", "Workforce capacity and retention", "MEDIUM", "STATIC"),
        ("CR05", "Failure of a key contractor", "MEDIUM", "IMPROVING")]


def test_a_latest_column_headed_with_its_period_in_brackets_and_a_note_under_a_value(make_pdf):
    """'Baseline | Target 2025/26 | Latest (Sep 2025)': the latest column holds the values, for the period in its
    brackets; a note in small type under a value ('(provisional)') does not end the table."""
    body = """<table><tr><th>Code</th><th style="width:40%">Indicator</th><th>Baseline</th><th>Target 2025/26</th>
    <th>Latest (Sep 2025)</th><th>Status</th></tr>
    <tr><td>ENV 1</td><td>Household waste sent for reuse, recycling and composting</td><td>44.8%</td><td>47.0%</td>
    <td>46.1%<br><span style="font-size:7pt">(provisional)</span></td><td>Amber</td></tr>
    <tr><td>ENV 2</td><td>Missed bin collections per 100,000 collections</td><td>61</td><td>50</td><td>48</td>
    <td>Green</td></tr>
    <tr><td>HSG 1</td><td>Average days to re-let void council homes</td><td>38</td><td>30</td><td>27</td>
    <td>Green</td></tr></table>"""
    assert _indicators(make_pdf, body, landscape=True) == [
        ("ENV 1", "Household waste sent for reuse, recycling and composting", "Sep 2025", 46.1, "%"),
        ("ENV 2", "Missed bin collections per 100,000 collections", "Sep 2025", 48.0, None),
        ("HSG 1", "Average days to re-let void council homes", "Sep 2025", 27.0, None)]


def test_risk_ids_in_bold_title_cells_over_score_cells_stacked_three_high(make_pdf):
    """No ID column, "CR07: …" opening each title, and current and target score cells printing "L4 × I4" over "16"
    over "High": each row runs from its ID to the next, the current rating word is the level, and a scoring key
    ("1 – 4 Low") above the register names no risk. The register runs on over a page, its header repeated, the page
    opening on the last row's controls."""
    def row(risk: str, owner: str, current: tuple[str, str, str], target: tuple[str, str, str], trend: str,
            controls: int = 2) -> str:
        bullets = "".join(f"<li>Control measure {k} reviewed by the leadership team each quarter</li>"
                          for k in range(controls))
        return (f"<tr><td><b>{risk}</b></td><td>{owner}</td><td>{'<br>'.join(current)}</td><td><ul>{bullets}</ul>"
                f"</td><td>{'<br>'.join(target)}</td><td>{trend}</td></tr>")
    head = ("<tr><th style='width:24%'>Risk</th><th>Risk owner</th><th>Current score</th><th style='width:34%'>"
            "Key controls</th><th>Target score</th><th>Direction of travel</th></tr>")
    body = f"""<h3>Scoring key</h3><table style="width:30%"><tr><th>Score</th><th>Rating</th></tr>
    <tr><td>1 – 4</td><td>Low</td></tr><tr><td>5 – 10</td><td>Medium</td></tr><tr><td>12 – 25</td><td>High</td></tr>
    </table><h3>Corporate risk register</h3><table><thead>{head}</thead>
    {row("CR01: Medium-term financial sustainability", "Director of Finance", ("L4 × I5", "20", "High"),
         ("L3 × I4", "12", "High"), "Static")}
    {row("CR02: Cyber attack or major ICT failure", "Head of Digital", ("L4 × I4", "16", "High"),
         ("L3 × I3", "9", "Medium"), "Worsening", controls=22)}
    {row("CR03: Failure to recruit and retain staff with key skills", "Head of People", ("L3 × I3", "9", "Medium"),
         ("L2 × I3", "6", "Medium"), "Improving")}
    {row("CR04: Breach of data protection legislation", "Data Protection Officer", ("L2 × I2", "4", "Low"),
         ("L1 × I2", "2", "Low"), "Static")}</table>"""
    assert _risks(make_pdf, body) == [
        ("CR01", "Medium-term financial sustainability", "HIGH", "STATIC"),
        ("CR02", "Cyber attack or major ICT failure", "HIGH", "WORSENING"),
        ("CR03", "Failure to recruit and retain staff with key skills", "MEDIUM", "IMPROVING"),
        ("CR04", "Breach of data protection legislation", "LOW", "STATIC"),
    ]


def test_headings_centred_in_ruled_cells_head_the_text_set_from_each_cells_left_border(make_pdf):
    """A spreadsheet's register: each heading centred in its ruled cell, each cell's text justified from border to
    border, so a cell's words start left of its heading and end against the next cell's."""
    style = "<style>th { text-align: center !important } td { padding: 0 1px; text-align: justify }</style>"
    def row(ref: str, risk: str, cause: str, effect: str, scores: str, rating: str, trend: str) -> str:
        cells = "".join(f"<td>{n}</td>" for n in scores.split())
        return (f"<tr><td><b>{ref}</b></td><td>{risk}</td><td>{cause}</td><td>{effect}</td>{cells}<td>{rating}</td>"
                f"<td>{trend}</td></tr>")
    heads = "".join(f"<th>{stage} {kind}</th>" for stage in ("Inherent", "Residual") for kind in ("L", "I", "score"))
    body = f"""{style}<table><tr><th style="width:5%">Ref</th><th style="width:15%">Risk</th>
    <th style="width:20%">Cause</th><th style="width:20%">Consequence</th>{heads}<th>RAG</th><th>Trend</th></tr>
    {row("SR-05", "Cyber security incident", "Phishing and ransomware targeting public bodies; legacy devices on "
         "the network", "Loss of systems and data; regulatory fine; reputational damage", "4 5 20 3 4 12", "Amber",
         "Increasing")}
    {row("SR-06", "Serious injury to staff at an operational incident", "Gaps in maintenance of competence; new "
         "hazards such as lithium-ion batteries", "Harm to firefighters; Health and Safety Executive investigation; "
         "prosecution", "3 5 15 2 4 8", "Amber", "Stable")}
    {row("SR-07", "Not meeting the recommendations of the inspection", "Capacity of the improvement team; "
         "competing priorities", "Further causes of concern; loss of public confidence", "3 3 9 2 3 6", "Green",
         "Reducing")}</table>"""
    assert _risks(make_pdf, body, landscape=True, size="8pt") == [
        ("SR-05", "Cyber security incident", "AMBER", "INCREASING"),
        ("SR-06", "Serious injury to staff at an operational incident", "AMBER", "STABLE"),
        ("SR-07", "Not meeting the recommendations of the inspection", "GREEN", "REDUCING"),
    ]


def test_a_cost_among_counts_and_mid_year_estimates(make_pdf):
    """"£246,500" in a row of a statistics table is a value in pounds (the table names no money: a cost per unit,
    an average price), and "Mid-2023 | Mid-2024" are periods; the Change column is none."""
    body = """<p><b>Table 1: Population and housing</b></p><table style="width:80%"><tr><th>Measure</th>
    <th>Mid-2023</th><th>Mid-2024</th><th>Change</th></tr>
    <tr><td>Resident population</td><td>148,620</td><td>150,315</td><td>+1.1%</td></tr>
    <tr><td>Average house price</td><td>£246,500</td><td>£251,750</td><td>+2.1%</td></tr>
    <tr><td>Net internal migration</td><td>−1,120</td><td>−860</td><td>+260</td></tr></table>"""
    assert _indicators(make_pdf, body) == [
        (None, "Resident population", "Mid-2023", 148620.0, None),
        (None, "Resident population", "Mid-2024", 150315.0, None),
        (None, "Average house price", "Mid-2023", 246500.0, "£"),
        (None, "Average house price", "Mid-2024", 251750.0, "£"),
        (None, "Net internal migration", "Mid-2023", -1120.0, None),
        (None, "Net internal migration", "Mid-2024", -860.0, None),
    ]


def test_months_down_the_side_under_headings_wrapped_over_four_lines(make_pdf):
    """Headings set at the foot of a header four lines deep under a group heading ("Council and" / "housing" /
    "association" / "stock"; "Nightly-paid self-" / "contained"): each heading whole, its hyphenated break one word."""
    narrow = 'style="width:11%"'
    body = f"""<p><b>Table 3: Households in temporary accommodation, by type</b></p>
    <table style="width:70%"><tr><th rowspan="2" style="vertical-align:bottom">Month</th>
    <th colspan="3">Type of temporary accommodation</th></tr>
    <tr><th {narrow} style="vertical-align:bottom">Bed and breakfast</th>
    <th {narrow} style="vertical-align:bottom">Nightly-paid self-contained</th>
    <th {narrow} style="vertical-align:bottom">Council and housing association stock</th></tr>
    <tr><td>April 2025</td><td>38</td><td>121</td><td>196</td></tr>
    <tr><td>May 2025</td><td>41</td><td>126</td><td>199</td></tr></table>"""
    found = _indicators(make_pdf, body, size="9pt")
    assert sorted({name for _, name, *_ in found}) == [
        "Bed and breakfast", "Council and housing association stock", "Nightly-paid self-contained"]
    assert len(found) == 6


def test_a_profile_with_places_down_the_side_names_what_its_caption_or_group_heading_counts(make_pdf):
    """"Area | 2021 | 2022" with wards and comparators down the side: each value is the caption's measure (its bracket
    the unit) in that place, or the group heading's over its run of years; a second table of the same header on the
    next page, under its own caption, is a table of its own."""
    def rows(values: dict[str, str]) -> str:
        return "".join(f"<tr><td>{place}</td>{''.join(f'<td>{v}</td>' for v in cells.split())}</tr>"
                       for place, cells in values.items())
    years = "<th>2021</th><th>2022</th>"
    body = f"""<p><b>Table 1: Residents aged 65 and over (% of resident population), 2021 to 2022</b></p>
    <table style="width:60%"><tr><th>Area</th>{years}</tr>
    {rows({"Ashby North": "24.8% 25.3%", "England": "18.4% 18.6%"})}</table><div style="page-break-before:always"></div>
    <p><b>Table 2: Crude birth rate (live births per 1,000 population)</b></p>
    <table style="width:60%"><tr><th>Area</th>{years}</tr>
    {rows({"Ashby North": "8.7 8.2", "England": "10.4 10.2"})}</table>
    <p><b>Table 3: Employment and free school meals (%)</b></p>
    <table style="width:100%"><tr><th></th><th colspan="2">Claimant count rate</th><th colspan="2">Pupils eligible
    for school meals</th></tr><tr><th>Area</th>{years}{years}</tr>
    {rows({"Ashby North": "2.1 2.4 14.6 16.0"})}</table>"""
    assert _indicators(make_pdf, body) == [
        (None, "Residents aged 65 and over – Ashby North", "2021", 24.8, "%"),
        (None, "Residents aged 65 and over – Ashby North", "2022", 25.3, "%"),
        (None, "Residents aged 65 and over – England", "2021", 18.4, "%"),
        (None, "Residents aged 65 and over – England", "2022", 18.6, "%"),
        (None, "Crude birth rate – Ashby North", "2021", 8.7, "per 1,000"),
        (None, "Crude birth rate – Ashby North", "2022", 8.2, "per 1,000"),
        (None, "Crude birth rate – England", "2021", 10.4, "per 1,000"),
        (None, "Crude birth rate – England", "2022", 10.2, "per 1,000"),
        (None, "Claimant count rate – Ashby North", "2021", 2.1, "%"),
        (None, "Claimant count rate – Ashby North", "2022", 2.4, "%"),
        (None, "Pupils eligible for school meals – Ashby North", "2021", 14.6, "%"),
        (None, "Pupils eligible for school meals – Ashby North", "2022", 16.0, "%"),
    ]


def test_values_in_millions_of_pounds_under_latest_and_previous_periods(make_pdf):
    """"Latest (Sep 2025)" and "Previous (Jun 2025)" head the periods; "£1.2m" is 1.2 in £m; a Benchmark is none."""
    body = """<table style="width:90%"><tr><th>Indicator</th><th>Latest<br>(Sep 2025)</th><th>Previous<br>(Jun 2025)
    </th><th>Benchmark</th></tr>
    <tr><td>Council tax collected (year to date)</td><td>58.2%</td><td>29.6%</td><td>57.9% (CIPFA group)</td></tr>
    <tr><td>Sundry debt outstanding over 90 days</td><td>£1.2m</td><td>£1.5m</td><td>–</td></tr></table>"""
    assert _indicators(make_pdf, body, landscape=True) == [
        (None, "Council tax collected (year to date)", "Sep 2025", 58.2, "%"),
        (None, "Council tax collected (year to date)", "Jun 2025", 29.6, "%"),
        (None, "Sundry debt outstanding over 90 days", "Sep 2025", 1.2, "£m"),
        (None, "Sundry debt outstanding over 90 days", "Jun 2025", 1.5, "£m"),
    ]


def test_provisional_flags_after_values_note_numbers_in_names_and_a_notes_heading_under_the_table(make_pdf):
    """"12,340p" and "3.9%p" are provisional values; "[note 3]" after a row's name is the note's number, not its
    name; a bold "Notes" under the table ends it (its "p = provisional." is no row's name)."""
    body = """<table style="width:90%"><tr><th>Indicator</th><th>Jun 2025</th><th>Sep 2025</th></tr>
    <tr><td>Claimant count [note 3]</td><td>12,655</td><td>12,340p</td></tr>
    <tr><td>Claimant rate, aged 16–64 [note 3]</td><td>4.0%</td><td>3.9%p</td></tr></table>
    <p><b>Notes</b></p><p>p = provisional. Provisional figures are revised in the following month's release.</p>"""
    assert _indicators(make_pdf, body) == [
        (None, "Claimant count", "Jun 2025", 12655.0, None), (None, "Claimant count", "Sep 2025", 12340.0, None),
        (None, "Claimant rate, aged 16–64", "Jun 2025", 4.0, "%"),
        (None, "Claimant rate, aged 16–64", "Sep 2025", 3.9, "%")]


def test_score_and_trend_headings_set_closer_than_a_gutter_and_a_register_running_on_past_a_footer(make_pdf):
    """"Likelihood | Impact | Score | Trend" with "Score" and "Trend" set a word's space apart: the rows' cells
    break between them, so the score is the level; the register runs on to the next page past a footer line set
    well below its last row in the rows' own type."""
    rows = [("HR1", "Cost of temporary accommodation exceeds the budget provision", "4 4 16", "Increasing"),
            ("HR2", "Reduction or loss of the prevention grant", "3 4 12", "Unchanged")]
    more = [("HR3", "Insufficient supply of move-on accommodation", "3 5 15", "Unchanged")]

    def table(items: list[tuple[str, str, str, str]], head: bool) -> str:
        cells = "".join(f"<tr><td>{ref}</td><td>{risk}</td>{''.join(f'<td>{n}</td>' for n in scores.split())}"
                        f"<td>{trend}</td></tr>" for ref, risk, scores, trend in items)
        header = ("<tr><th>Ref</th><th style='width:45%'>Risk</th><th>Likelihood</th><th>Impact</th>"
                  "<th style='padding-right:0'>Score</th><th style='padding-left:1px'>Trend</th></tr>") if head else ""
        return f"<table style='border:0'>{header}{cells}</table>"
    body = f"""<div style="height:22cm"></div>{table(rows, True)}
    <p style="position:absolute; bottom:0; right:0">Agenda Item 7 – page 1</p>
    <div style="page-break-before:always"></div>{table(more, False)}"""
    found = _risks(make_pdf, body, ruled=False)
    assert [(r[0], r[2], r[3]) for r in found] == [
        ("HR1", "16", "INCREASING"), ("HR2", "12", "UNCHANGED"), ("HR3", "15", "UNCHANGED")]


def test_indicators_set_out_as_blocks_under_their_titles(make_pdf):
    """A bold "CS01 Percentage of calls answered within 60 seconds" over its own "Period | Value | Target" table:
    each row's value is the titled indicator's for the row's period, the unit printed in its cell."""
    def block(title: str, rows: list[tuple[str, str, str]]) -> str:
        cells = "".join(f"<tr><td>{p}</td><td>{v}</td><td>{t}</td></tr>" for p, v, t in rows)
        return (f"<p style='margin:8pt 0 2pt 0; font-size:11pt'><b>{title}</b></p><table style='width:50%; "
                f"margin-left:30pt'><tr><th>Period</th><th>Value</th><th>Target</th></tr>{cells}</table>"
                "<p style='font-size:9pt'>Commentary: figures for Quarter 2 are provisional.</p>")
    body = (block("CS01 Percentage of customer calls answered within 60 seconds",
                  [("Q1 2025/26", "82.4%", "85%"), ("Q2 2025/26", "79.1%", "85%")])
            + block("CS04 Average days to respond to Stage 1 complaints",
                    [("Q1 2025/26", "8.6 days", "10 days"), ("Q2 2025/26", "7.9 days", "10 days")]))
    assert _indicators(make_pdf, body) == [
        ("CS01", "Percentage of customer calls answered within 60 seconds", "Q1 2025/26", 82.4, "%"),
        ("CS01", "Percentage of customer calls answered within 60 seconds", "Q2 2025/26", 79.1, "%"),
        ("CS04", "Average days to respond to Stage 1 complaints", "Q1 2025/26", 8.6, "days"),
        ("CS04", "Average days to respond to Stage 1 complaints", "Q2 2025/26", 7.9, "days")]


def test_quarter_headings_stacked_three_lines_deep_beside_a_centred_target(make_pdf):
    """A Word-style header: each quarter's cell prints 'Quarter 1' over '(Apr–Jun)' over '2025/26', the 'Target'
    cell is centred between those lines, and the caption names the year too; a bold service row follows, short of
    the centred 'Indicator' heading, and each name wraps over two lines with its figures centred between them. The
    periods are the cells as printed."""
    html = """<style>td, th { vertical-align: middle }</style><p><b>Table 1: Service indicators 2025/26</b></p>
<table style="width:auto"><tr><th>Ref</th><th class="c" style="width:40%">Indicator</th>
<th>Unit</th><th class="c">Quarter 1<br>(Apr–Jun)<br>2025/26</th><th class="c">Quarter 2<br>(Jul–Sep)<br>2025/26</th>
<th class="c">Target<br>2025/26</th></tr>
<tr><th colspan="6">Leisure Services</th></tr>
<tr><td>LS01</td><td>Average number of visits to the leisure centres each week</td>
<td>number</td><td class="c">8,412</td><td class="c">9,050</td><td class="c">8,800</td></tr>
<tr><td>LS02</td><td>Percentage of swimming lessons booked online by parents</td>
<td>%</td><td class="c">61.5</td><td class="c">64.2</td><td class="c">65.0</td></tr></table>"""
    name1, name2 = ("Average number of visits to the leisure centres each week",
                    "Percentage of swimming lessons booked online by parents")
    assert _indicators(make_pdf, html, ruled=False, size="9pt") == [
        ("LS01", name1, "Quarter 1 (Apr–Jun) 2025/26", 8412.0, None),
        ("LS01", name1, "Quarter 2 (Jul–Sep) 2025/26", 9050.0, None),
        ("LS02", name2, "Quarter 1 (Apr–Jun) 2025/26", 61.5, "%"),
        ("LS02", name2, "Quarter 2 (Jul–Sep) 2025/26", 64.2, "%")]


def test_years_centred_over_pairs_of_quarters_and_a_kpi_column_before_the_measures(make_pdf):
    """A spreadsheet scorecard: '2024/25' and '2025/26' each centred over two quarter columns above the row of
    other headings, the quarters under it; 'KPI' heads the codes and 'Measure' the names beside them (both are name
    words), after a 'Directorate' column."""
    html = """<style>td, th { vertical-align: middle }</style><table style="width:auto">
<tr><th rowspan="2">Directorate</th><th rowspan="2">KPI</th><th rowspan="2">Measure</th>
<th colspan="2" class="c">2024/25</th><th colspan="2" class="c">2025/26</th><th rowspan="2">RAG</th></tr>
<tr><th class="c">Q3</th><th class="c">Q4</th><th class="c">Q1</th><th class="c">Q2</th></tr>
<tr><td>Resources</td><td>RS01</td><td>Council Tax collected in year</td><td>82.6%</td><td>96.1%</td><td>28.9%</td>
<td>56.3%</td><td>Green</td></tr>
<tr><td></td><td>RS02</td><td>Invoices paid within 30 days</td><td>94.7%</td><td>95.9%</td><td>93.2%</td><td>96.4%</td>
<td>Green</td></tr></table>"""
    name1, name2 = "Council Tax collected in year", "Invoices paid within 30 days"
    assert _indicators(make_pdf, html, ruled=False, landscape=True) == [
        ("RS01", name1, "Q3 2024/25", 82.6, "%"), ("RS01", name1, "Q4 2024/25", 96.1, "%"),
        ("RS01", name1, "Q1 2025/26", 28.9, "%"), ("RS01", name1, "Q2 2025/26", 56.3, "%"),
        ("RS02", name2, "Q3 2024/25", 94.7, "%"), ("RS02", name2, "Q4 2024/25", 95.9, "%"),
        ("RS02", name2, "Q1 2025/26", 93.2, "%"), ("RS02", name2, "Q2 2025/26", 96.4, "%")]


def test_years_down_the_side_and_bare_months_across_under_a_caption_naming_the_measure(make_pdf):
    """'Year | Apr | May | Jun' over '2024/25' and '2025/26' rows: the caption names what is counted, each row's
    financial year dates its months (January falls in the year after), and a 'Change' row is no year's."""
    html = """<p><b>Table 2 Council Tax collection – cumulative % collected, 2024/25 and 2025/26</b></p>
<table style="width:auto"><tr><th>Year</th><th>Apr</th><th>May</th><th>Jan</th></tr>
<tr><td>2024/25</td><td>10.2</td><td>19.6</td><td>85.3</td></tr><tr><td>2025/26</td><td>10.5</td><td>19.9</td>
<td>86.0</td></tr><tr><td>Change (points)</td><td>+0.3</td><td>+0.3</td><td>+0.7</td></tr></table>"""
    name = "Council Tax collection – cumulative % collected"
    assert _indicators(make_pdf, html, ruled=False) == [
        (None, name, "Apr 2024", 10.2, None), (None, name, "May 2024", 19.6, None),
        (None, name, "Jan 2025", 85.3, None), (None, name, "Apr 2025", 10.5, None),
        (None, name, "May 2025", 19.9, None), (None, name, "Jan 2026", 86.0, None)]


def test_a_calendar_of_meetings_gives_no_indicators(make_pdf):
    """'Meeting | Jun 25 | Jul 25 | …' with days of the month in its cells is a calendar, not a table of figures."""
    html = """<p><b>Annex B – Calendar of meetings 2025/26</b></p><table style="width:auto">
<tr><th>Meeting</th><th>Jun 25</th><th>Jul 25</th><th>Sep 25</th></tr>
<tr><td>Full Council</td><td>19</td><td>–</td><td>18</td></tr>
<tr><td>Planning Committee</td><td>5</td><td>17</td><td>4</td></tr></table>"""
    assert _indicators(make_pdf, html, ruled=False) == []


def test_quarters_printed_year_first_on_the_header_line_keep_their_order(make_pdf):
    """'2024/25 Q4 | 2025/26 Q1' set close on one header line: each a period as printed, year first (a year stacked
    over its quarters reads 'Q1 2024/25')."""
    html = """<table style="width:auto"><tr><th>PI</th><th>Description</th><th>2024/25 Q4</th><th>2025/26 Q1</th>
<th>Target</th></tr><tr><td>HC01</td><td>Average days to process new claims</td><td>21.3</td><td>17.8</td>
<td>18.0</td></tr></table>"""
    assert _indicators(make_pdf, html, ruled=False, size="8pt") == [
        ("HC01", "Average days to process new claims", "2024/25 Q4", 21.3, None),
        ("HC01", "Average days to process new claims", "2025/26 Q1", 17.8, None)]


@pytest.mark.parametrize("ruled", [True, False])
def test_each_row_s_latest_value_dated_in_a_date_of_latest_column_wrapped_in_its_heading(make_pdf, ruled):
    """'Indicator | Latest | Date of latest | Target | Baseline', the date heading wrapped over two lines: each row's
    latest value is for the period in its own date cell; target and baseline are no values."""
    body = """<h3>Performance measures – Leisure</h3>
    <table><tr><th style="width:40%">Indicator</th><th>Latest</th><th style="width:8%">Date of latest</th>
    <th>Target</th><th>Baseline</th></tr>
    <tr><td>Visits to the leisure centres per 1,000 residents</td><td>512</td><td>Oct 2025</td><td>540</td>
    <td>498</td></tr>
    <tr><td>Library issues per head of population</td><td>2.9</td><td>Jun 2025</td><td>3.1</td><td>3.0</td></tr>
    </table>"""
    assert _indicators(make_pdf, body, ruled=ruled) == [
        (None, "Visits to the leisure centres per 1,000 residents", "Oct 2025", 512.0, None),
        (None, "Library issues per head of population", "Jun 2025", 2.9, None),
    ]


def test_captioned_tables_side_by_side_each_read_under_its_own_caption_months_down_years_across(make_pdf):
    """Two statistics tables set side by side, their captions on one line and their rows on shared baselines: each
    is read under its own caption, which names what it counts; a row's month takes each column's year."""
    table = """<div style="width:45%"><p><b>{0}</b></p><table><tr><th>Month</th><th>2024</th><th>2025</th></tr>
    <tr><td>April</td><td>{1}</td><td>{2}</td></tr><tr><td>May</td><td>{3}</td><td>{4}</td></tr>
    <tr><td>Total</td><td>{5}</td><td>{6}</td></tr></table></div>"""
    body = ('<h2>Community safety statistics</h2><div style="display:flex;gap:30pt">'
            + table.format("Table 4: Noise complaints", 61, 58, 70, 66, 131, 124)
            + table.format("Table 5: Abandoned vehicles", 14, 9, 11, 12, 25, 21) + "</div>"
            + "<p>Both tables count reports received by the council in the month.</p>")
    assert _indicators(make_pdf, body) == [
        (None, "Noise complaints", "April 2024", 61.0, None), (None, "Noise complaints", "April 2025", 58.0, None),
        (None, "Noise complaints", "May 2024", 70.0, None), (None, "Noise complaints", "May 2025", 66.0, None),
        (None, "Abandoned vehicles", "April 2024", 14.0, None), (None, "Abandoned vehicles", "April 2025", 9.0, None),
        (None, "Abandoned vehicles", "May 2024", 11.0, None), (None, "Abandoned vehicles", "May 2025", 12.0, None),
    ]


def test_quarters_down_the_side_and_financial_years_across(make_pdf):
    """'Quarter | 2023/24 | 2024/25' over 'Q1', 'Q2': each value is for the row's quarter of the column's year, and
    the caption, its breakdown ('by quarter') aside, names what the table counts."""
    body = """<p><b>Table 2: Discretionary housing payments awarded, by quarter</b></p>
    <table style="width:60%"><tr><th>Quarter</th><th>2023/24</th><th>2024/25</th></tr>
    <tr><td>Q1</td><td>88</td><td>102</td></tr><tr><td>Q2</td><td>95</td><td>99</td></tr></table>"""
    assert _indicators(make_pdf, body) == [
        (None, "Discretionary housing payments awarded", "Q1 2023/24", 88.0, None),
        (None, "Discretionary housing payments awarded", "Q1 2024/25", 102.0, None),
        (None, "Discretionary housing payments awarded", "Q2 2023/24", 95.0, None),
        (None, "Discretionary housing payments awarded", "Q2 2024/25", 99.0, None),
    ]


def test_a_latest_value_table_with_a_centred_header_and_a_dated_baseline_column(make_pdf):
    """'Measure | Baseline (2023/24) | Latest | Date of latest | Target 2025/26 | Status', the one-line headings
    centred between the wrapped ones: the latest value for each row's own date; the baseline's year heads no
    value."""
    body = """<style>th {vertical-align: middle}</style><table><tr><th>Measure</th><th>Baseline (2023/24)</th>
    <th>Latest</th><th>Date of latest</th><th>Target 2025/26</th><th>Status</th></tr>
    <tr><td>Residents satisfied with their area as a place to live</td><td>78%</td><td>81%</td><td>Mar 2025</td>
    <td>80%</td><td>On track</td></tr>
    <tr><td>Number of affordable homes delivered</td><td>142</td><td>96</td><td>Q2 2025/26</td><td>200</td>
    <td>At risk</td></tr></table>"""
    assert [(name, period, value) for _, name, period, value, _ in _indicators(make_pdf, body)] == [
        ("Residents satisfied with their area as a place to live", "Mar 2025", 81.0),
        ("Number of affordable homes delivered", "Q2 2025/26", 96.0),
    ]


def test_a_heading_closing_on_its_period_over_a_target_actual_table_and_a_count_of_ratings(make_pdf):
    """'Priority 1: … – results for Q2 2024/25' in bold over 'Indicator | Target | Actual | RAG' names the actuals'
    period, as a numbered caption would; a table counting indicators by their rating ('Green | 11 | 13') holds
    none."""
    body = """<p><b>Status of indicators</b></p><table style="width:60%"><tr><th>Status</th><th>Q1 2024/25</th>
    <th>Q2 2024/25</th></tr><tr><td>Green</td><td>11</td><td>13</td></tr><tr><td>Red</td><td>5</td><td>6</td></tr>
    </table><p><b>Priority 1: Clean and safe neighbourhoods – results for Q2 2024/25</b></p>
    <table><tr><th style="width:45%">Indicator</th><th>Target</th><th>Actual</th><th>RAG</th></tr>
    <tr><td>NH01 Percentage of household waste recycled</td><td>45.0%</td><td>43.2%</td><td>AMBER</td></tr>
    <tr><td>NH04 Fly-tipping incidents removed within 2 days</td><td>95%</td><td>96.8%</td><td>GREEN</td></tr>
    </table>"""
    assert _indicators(make_pdf, body) == [
        ("NH01", "Percentage of household waste recycled", "Q2 2024/25", 43.2, "%"),
        ("NH04", "Fly-tipping incidents removed within 2 days", "Q2 2024/25", 96.8, "%"),
    ]


def test_a_risk_register_with_a_money_column_headed_in_thousands(make_pdf):
    """'Ref | Risk | Potential impact (£000) | Likelihood | Impact | Overall rating': the '000' of the money column's
    unit is no value in the header line, and the overall rating is the level."""
    body = """<p><b>Table 6: Budget risk register</b></p><style>th {vertical-align: bottom}</style><table><tr>
    <th>Ref</th><th style="width:40%">Risk</th><th style="width:12%">Potential impact (£000)</th><th>Likelihood</th>
    <th>Impact</th><th style="width:9%">Overall rating</th></tr>
    <tr><td>BR1</td><td>Demand for temporary accommodation exceeds the budget</td><td>850</td><td>High</td>
    <td>High</td><td>High</td></tr>
    <tr><td>BR2</td><td>The pay award exceeds the provision in the budget</td><td>310</td><td>Medium</td>
    <td>Low</td><td>Medium</td></tr></table>"""
    assert _risks(make_pdf, body) == [
        ("BR1", "Demand for temporary accommodation exceeds the budget", "HIGH", None),
        ("BR2", "The pay award exceeds the provision in the budget", "MEDIUM", None),
    ]
