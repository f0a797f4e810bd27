"""Risk registers: small PDFs in the printed forms councils use, headerless rows, and real registers."""

from conftest import TextPack, make_lines, shared_layout

from minutebook.extractors import risks
from minutebook.extractors.layout import Layout
from minutebook.extractors.pack import Pack

CSS = """<style>@page { size: A4 %s; margin: 2cm } body { font-family: sans-serif; font-size: 10pt }
table { border-collapse: collapse; width: 100%% }
td, th { border: 1px solid #000; padding: 4px 8px; vertical-align: %s }
th { text-align: left }</style>"""


def _extract(make_pdf, body: str, align: str = "top", landscape: bool = False) -> list[tuple]:
    css = CSS % ("landscape" if landscape else "portrait", align)
    path = make_pdf(f"<html><head>{css}</head><body>{body}</body></html>")
    with Layout(path) as layout:
        return [(r.risk_id, r.title, r.level, r.trend, r.page) for r in risks.extract(Pack(layout))]


def test_likelihood_impact_score_register_takes_the_score(make_pdf):
    body = """<p>The current corporate risks are summarised in the register below.</p>
    <table><tr><th>Risk ID</th><th style="width:50%">Risk</th><th>Likelihood</th><th>Impact</th><th>Score</th>
    <th>Trend</th></tr>
    <tr><td>CRR0012</td><td>Inability to recruit and retain suitably qualified staff in key services</td>
    <td>3</td><td>4</td><td>12</td><td>Unchanged</td></tr>
    <tr><td>CRR0021</td><td>Severe weather events disrupt the delivery of council services</td>
    <td>3</td><td>3</td><td>9</td><td>Improving</td></tr></table>
    <p>Risks scoring 15 or more are reported to Cabinet.</p>"""
    assert _extract(make_pdf, body) == [
        ("CRR0012", "Inability to recruit and retain suitably qualified staff in key services", "12", "UNCHANGED", 1),
        ("CRR0021", "Severe weather events disrupt the delivery of council services", "9", "IMPROVING", 1),
    ]


def test_score_cell_printed_as_a_sum_and_no_trend_column(make_pdf):
    body = """<table><tr><th>No.</th><th style="width:55%">Risk</th><th>Current risk score (L x I)</th></tr>
    <tr><td>1</td><td>Loss of cash through theft or dishonesty</td><td>4 x 3 = 12</td></tr>
    <tr><td>2</td><td>Trees on council land falling and causing damage or injury</td><td>2 x 5 = 10</td></tr></table>"""
    assert _extract(make_pdf, body) == [
        ("1", "Loss of cash through theft or dishonesty", "12", None, 1),
        ("2", "Trees on council land falling and causing damage or injury", "10", None, 1),
    ]


def test_bold_title_above_its_description_with_owner_and_rag(make_pdf):
    body = """<table><tr><th>Ref</th><th style="width:40%">Risk</th><th>Risk Owner</th><th>Rating</th>
    <th>Direction of travel</th></tr>
    <tr><td>R2</td><td><b>Loss of external grant funding for key programmes</b><br>Short-term funding settlements
    make it difficult to plan services and retain specialist staff.</td><td>Director of Adult Social Care</td>
    <td>GREEN</td><td>Improving</td></tr>
    <tr><td>R6</td><td><b>Failure to deliver the capital programme</b><br>Construction inflation and supply
    chain delays put major schemes at risk.</td><td>Head of Legal Services</td><td>AMBER</td><td>Worsening</td></tr>
    </table>"""
    assert _extract(make_pdf, body) == [
        ("R2", "Loss of external grant funding for key programmes", "GREEN", "IMPROVING", 1),
        ("R6", "Failure to deliver the capital programme", "AMBER", "WORSENING", 1),
    ]


def test_vertically_centred_cells_keep_each_title_whole(make_pdf):
    body = """<table><tr><th>Ref</th><th style="width:30%">Risk</th><th>Level</th><th>Trend</th></tr>
    <tr><td>CR05</td><td>Insufficient capacity in the adult social care market across the county</td><td>HIGH</td>
    <td>Static</td></tr>
    <tr><td>CR06</td><td>Cyber attack resulting in the loss of critical systems and data</td><td>LOW</td>
    <td>New</td></tr></table>"""
    assert _extract(make_pdf, body, align="middle") == [
        ("CR05", "Insufficient capacity in the adult social care market across the county", "HIGH", "STATIC", 1),
        ("CR06", "Cyber attack resulting in the loss of critical systems and data", "LOW", "NEW", 1),
    ]


def test_vertically_centred_rows_padded_apart_with_cells_set_a_space_apart(make_pdf):
    """A spreadsheet's register: cells centred in rows padded well apart, so each row's ID line sits in its
    middle under the tops of its taller cells, and cells a space apart, so a title's line runs into its owner's."""
    cell = 'style="padding:12px 1px;vertical-align:middle"'
    rows = [("CR01", "Failure to agree a balanced budget over the medium term as a result of rising demand",
             "Director of Finance", "Savings tracked monthly; reserves held at a set minimum; budget reported to "
             "Cabinet each quarter with a recovery plan", "16", "Static"),
            ("CR02", "Cyber attack leading to the loss of systems or data for a prolonged period",
             "Head of Digital", "Backups tested quarterly; annual penetration test; mandatory training for staff "
             "and members each year", "12", "Increasing")]
    body = ('<table style="border-collapse:collapse"><tr><th>Risk ID</th><th style="width:30%">Risk description</th>'
            '<th>Owner</th><th style="width:30%">Controls</th><th>Residual score</th><th>Direction of travel</th></tr>'
            + "".join("<tr>" + "".join(f"<td {cell}>{v}</td>" for v in row) + "</tr>" for row in rows) + "</table>")
    assert _extract(make_pdf, body, landscape=True) == [
        ("CR01", "Failure to agree a balanced budget over the medium term as a result of rising demand", "16",
         "STATIC", 1),
        ("CR02", "Cyber attack leading to the loss of systems or data for a prolonged period", "12", "INCREASING", 1),
    ]


def test_register_continued_under_a_repeated_header(make_pdf):
    rows = "".join(f"<tr><td>R{i}</td><td>Risk number {i} to the delivery of services</td><td>MEDIUM</td></tr>"
                   for i in range(1, 81))
    intro = "<h2>Appendix A</h2><p>The corporate risk register is set out below.</p>"
    head = "<thead><tr><th>Ref</th><th>Risk</th><th>Level</th></tr></thead>"
    found = _extract(make_pdf, f"{intro}<table>{head}{rows}</table>")
    assert len(found) == 80
    assert found[-1] == ("R80", "Risk number 80 to the delivery of services", "MEDIUM", None, 3)


def test_header_cells_too_close_to_split_by_spacing_are_split_at_their_ruling_lines(make_pdf):
    tight = "<style>td, th { padding: 0 0.5pt !important }</style>"
    body = tight + """<p>Corporate risk register.</p>
    <table><tr><th>Ref</th><th>Risk description</th><th>Risk owner</th><th>Current rating</th>
    <th>Direction of travel</th></tr>
    <tr><td>R01</td><td>Failure of a supplier to deliver the waste contract</td><td>Head of Waste</td><td>HIGH</td>
    <td>STATIC</td></tr></table>"""
    assert _extract(make_pdf, body) == [
        ("R01", "Failure of a supplier to deliver the waste contract", "HIGH", "STATIC", 1)]


def test_prose_and_other_tables_give_no_risks(make_pdf):
    body = """<p>The risk of flooding remains HIGH and the trend is worsening, as the Risk Officer reported.</p>
    <table><tr><th>Service</th><th>Budget</th><th>Forecast</th></tr><tr><td>Highways</td><td>1,200</td>
    <td>1,300</td></tr></table>"""
    assert _extract(make_pdf, body) == []


def test_a_numbered_paragraph_of_justified_prose_naming_a_risk_and_a_level_is_no_header(make_pdf):
    """'5.3  Members questioned … the level of reserves, the risk of …', its number in a margin column and its
    text justified: a sentence of prose heads no column, so nothing under it is a risk."""
    paragraphs = [("5.3", "Members questioned the Commissioner on the level of reserves, the risk of the custody "
                          "consolidation increasing travel time for officers in the south of the county, and the "
                          "timetable for the replacement of the force's command and control system. The Deputy "
                          "Chief Constable gave assurances that the custody changes had been modelled."),
                  ("5.4", "Councillor Price said that he could not support the proposal. Councillor Mensah "
                          "welcomed the investment in tackling violence against women and girls."),
                  ("5.5", "The Chair put the proposal to the vote: For 9, Against 2, Abstentions 1. The Panel "
                          "AGREED:<br>&nbsp;&nbsp;1. To support the Commissioner's proposed precept for 2025/26.")]
    body = "".join(f'<div style="display:flex;margin:0 0 2mm 0"><span style="flex:0 0 12mm">{n}</span>'
                   f'<span style="flex:1;text-align:justify">{text}</span></div>' for n, text in paragraphs)
    assert _extract(make_pdf, f'<div style="font-family:DejaVu Sans;line-height:1.4;margin:0 -2mm">{body}</div>') == []


def test_headerless_rows_with_id_title_level_and_trend():
    pack = TextPack(make_lines("""
02a - Failure to consider the impacts that vulnerable adults have on children MEDIUM IMPROVING
families
14b - Inability to attract and retain suitably qualified staff HIGH UNCHANGED
High level risk in the Corporate Risk Register HIGH
"""))
    found = [(r.risk_id, r.title, r.level, r.trend) for r in risks.extract(pack)]
    assert found == [
        ("02a", "Failure to consider the impacts that vulnerable adults have on children families", "MEDIUM",
         "IMPROVING"),
        ("14b", "Inability to attract and retain suitably qualified staff", "HIGH", "UNCHANGED"),
    ]


def test_kent_budget_risk_register_without_ids():
    layout = shared_layout("real/kent_cabinet_2025-01-30_budget_risk_register.pdf")
    found = [(r.risk_id, r.title, r.level, r.trend, r.page) for r in risks.extract(Pack(layout))]
    assert len(found) == 42
    assert found[0] == (None, "High Needs Spending", "4", None, 1)
    assert (None, "Capital - Climate Change", "3", None, 10) in found
    last = (None, "Backlog of maintenance for properties transferring to Corporate Landlord", "1", None, 11)
    assert found[-1] == last


def test_dorset_risk_whose_quoted_word_sits_below_the_line():
    layout = shared_layout("seed/dorset-safeguarding-2019-01-14.pdf")
    found = {r.risk_id: (r.title, r.level, r.trend, r.page) for r in risks.extract(Pack(layout))}
    assert found["06d"] == ("Failure to fulfil our statutory ‘Prevent’ duty to combat radicalisation", "LOW",
                            "IMPROVING", 35)
    assert found["02b"] == ("Unsuitable housing results in an increased risk to vulnerable children and adults",
                            "MEDIUM", "WORSENING", 24)


def test_an_arrow_printed_beside_the_trend_word_is_not_part_of_it(make_pdf):
    body = """<table><tr><th>Ref</th><th>Risk</th><th>Rating</th><th>Trend</th></tr>
<tr><td>CR1</td><td>Loss of key staff in the planning service</td><td>HIGH</td><td>▲ WORSENING</td></tr>
<tr><td>CR2</td><td>Failure of the payroll system</td><td>LOW</td><td>► UNCHANGED</td></tr>
<tr><td>CR3</td><td>Flooding of the depot</td><td>MEDIUM</td><td>▼</td></tr></table>"""
    assert _extract(make_pdf, body) == [
        ("CR1", "Loss of key staff in the planning service", "HIGH", "WORSENING", 1),
        ("CR2", "Failure of the payroll system", "LOW", "UNCHANGED", 1),
        ("CR3", "Flooding of the depot", "MEDIUM", "▼", 1)]


def test_risks_set_out_one_card_each_with_labels_in_a_column(make_pdf):
    """A card per risk: labels in a column of their own, some wrapped in their cell ("Current risk" over "score"),
    unknown ones ("Risk owner") between; the current score, not the target, gives the level."""
    card = """<table><tr><td style="width:28%"><b>Risk reference</b></td><td>{0}</td></tr>
    <tr><td><b>Risk title</b></td><td>{1}</td></tr><tr><td><b>Risk owner</b></td><td>{2}</td></tr>
    <tr><td style="width:28%"><b>Current risk score</b></td><td>{3}</td></tr>
    <tr><td><b>Target risk score</b></td><td>4</td></tr><tr><td><b>Direction of travel</b></td><td>{4}</td></tr>
    </table><p>&nbsp;</p>"""
    body = "<h2>Appendix A: Strategic risks</h2>" + card.format(
        "ST02", "Failure to agree a sustainable funding settlement for the harbour authority", "Treasurer",
        "15 (Red)", "Worsening") + card.format("ST05", "Loss of the depot lease", "Head of Operations", "6 (Green)",
                                               "Stable")
    assert _extract(make_pdf, body) == [
        ("ST02", "Failure to agree a sustainable funding settlement for the harbour authority", "RED", "WORSENING", 1),
        ("ST05", "Loss of the depot lease", "GREEN", "STABLE", 1),
    ]


def test_risk_cards_in_plain_type_take_the_residual_rating_not_the_inherent(make_pdf):
    """Labels in plain type in a shaded column; 'Controls in place', a label the reader does not know, ends the
    title's value, and the residual rating (after controls) is the level."""
    card = """<table><tr><td style="width:30%;background:#ddd">Ref</td><td>{0}</td></tr>
    <tr><td style="background:#ddd">Risk</td><td>{1}</td></tr>
    <tr><td style="background:#ddd">Inherent rating</td><td>High</td></tr>
    <tr><td style="background:#ddd">Controls in place</td><td>Weekly monitoring of the contract</td></tr>
    <tr><td style="background:#ddd">Residual rating</td><td>{2}</td></tr>
    <tr><td style="background:#ddd">Trend</td><td>{3}</td></tr></table><p>&nbsp;</p>"""
    body = card.format("OPR-3", "Leisure operator withdraws from the contract", "Medium", "Unchanged") + card.format(
        "OPR-4", "Flooding of the civic offices basement", "Low", "Decreasing")
    assert _extract(make_pdf, body) == [
        ("OPR-3", "Leisure operator withdraws from the contract", "MEDIUM", "UNCHANGED", 1),
        ("OPR-4", "Flooding of the civic offices basement", "LOW", "DECREASING", 1),
    ]


def test_risk_cards_of_colon_fields_under_a_heading_naming_the_risk(make_pdf):
    body = """<h3>Risk 7</h3><p><b>Risk title:</b> Pension fund deficit increases employer contributions</p>
    <p><b>Residual score:</b> 12</p><p><b>Target score:</b> 6</p><p><b>Direction of travel:</b> Improving</p>
    <h3>Risk 8</h3><p><b>Risk title:</b> Breach of health and safety duties at council sites</p>
    <p><b>Residual score:</b> 8</p><p><b>Target score:</b> 4</p><p><b>Direction of travel:</b> Stable</p>"""
    assert _extract(make_pdf, body) == [
        ("7", "Pension fund deficit increases employer contributions", "12", "IMPROVING", 1),
        ("8", "Breach of health and safety duties at council sites", "8", "STABLE", 1),
    ]


def test_risk_cards_under_a_heading_naming_the_risk_with_two_fields_to_a_line(make_pdf):
    """A card headed 'CR03: Title' over a grid of fields set two to a line in bold labels ('Current rating | RED |
    Target rating | AMBER', 'Direction of travel | Stable | Target date | March 2026'), the description between: the
    heading gives the ID and title, the current rating the level."""
    def card(ref: str, title: str, current: str, target: str, trend: str) -> str:
        return f"""<p style="font-size:11pt"><b>{ref}: {title}</b></p><table style="border:0">
        <tr><td style="border:0"><b>Risk owner</b></td><td style="border:0">Director of Place</td>
        <td style="border:0"><b>Portfolio</b></td><td style="border:0">Environment</td></tr></table>
        <p>The risk as the register describes it, over a line or two of plain text.</p><table style="border:0">
        <tr><td style="border:0;width:25%"><b>Current rating</b></td><td style="border:0"><b>{current}</b></td>
        <td style="border:0;width:25%"><b>Target rating</b></td><td style="border:0"><b>{target}</b></td></tr>
        <tr><td style="border:0"><b>Direction of travel</b></td><td style="border:0">{trend}</td>
        <td style="border:0"><b>Target date</b></td><td style="border:0">March 2026</td></tr></table>"""
    body = card("CR03", "Flooding of low-lying homes", "RED", "AMBER", "Stable") + card(
        "CR07", "Loss of the park and ride contract", "AMBER", "GREEN", "Decreasing")
    assert _extract(make_pdf, body) == [
        ("CR03", "Flooding of low-lying homes", "RED", "STABLE", 1),
        ("CR07", "Loss of the park and ride contract", "AMBER", "DECREASING", 1),
    ]
