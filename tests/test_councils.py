"""Councils: the name a document prints on its letterhead, title lines or running lines (never a name in running
text), its kind from its own words, and the key two spellings share. Rendered packs of invented councils, and the
real PDFs' printed names."""

import pytest
from conftest import shared_layout
from helpers import invented_document

from minutebook.extractors import council
from minutebook.extractors.layout import Layout
from minutebook.extractors.pack import Pack
from minutebook.extractors.pipeline import NO_COUNCIL, extract_document
from minutebook.schemas.councils import council_key, council_kind, display_name

STYLE = "<style>body{font-family:sans-serif;font-size:11pt}</style>"
BUSINESS = """<p>MINUTES of a meeting of the Cabinet held on Tuesday, 3 March 2020.</p>
<p>PRESENT: Councillor A Penrose (Chair), Councillor B Quill</p>
<p><b>1. Apologies</b></p><p>There were none.</p>"""


def page(body: str) -> str:
    return f'<div style="page-break-after: always">{body}</div>'


def pack_html(*pages: str, footer: str = "") -> str:
    margin = f'@page {{ @bottom-center {{ content: "{footer}" counter(page) }} }}' if footer else ""
    return f"<html><head>{STYLE}<style>{margin}</style></head><body>{''.join(pages)}</body></html>"


@pytest.mark.parametrize(("text", "name"), [
    ("ASHWORTH VALE COUNTY COUNCIL", "Ashworth Vale County Council"),
    ("Little Brampton Parish Council - 6th November 2018", "Little Brampton Parish Council"),
    ("Little Brampton Parish Council A.G.M. - 7th May 2019", "Little Brampton Parish Council"),
    ("Minutes of the Meeting of Hollowmere Town Council", "Hollowmere Town Council"),
    ("REPORT TO: NORTH TEMBRIDGE MAYORAL COMBINED AUTHORITY", "North Tembridge Mayoral Combined Authority"),
    ("London Borough of Fenwick", "London Borough of Fenwick"),
    ("THE ROYAL BOROUGH OF KESTON UPON WYE", "Royal Borough of Keston upon Wye"),
    ("Metropolitan Borough of Calderby", "Metropolitan Borough of Calderby"),
    ("Overview and Scrutiny Committee Dunmore Council", "Dunmore Council"),
    ("STOKE-ON-WYLE CITY COUNCIL – FORWARD PLAN", "Stoke-on-Wyle City Council"),
    ("West Downs Joint Waste Authority", "West Downs Joint Waste Authority"),
    ("Grenby & Holt District Council (Westshire)", "Grenby & Holt District Council"),
    ("City of Harrowgate Council", "City of Harrowgate Council"),
    ("MINUTES OF THE MEETING OF WYNFORD TOWN COUNCIL HELD IN THE", "Wynford Town Council"),
])
def test_a_name_filling_a_title_line(text, name):
    assert council.council_name(text) == name


@pytest.mark.parametrize("text", [
    "COUNTY COUNCIL - THURSDAY, 13 MARCH 2025",  # the full council's meeting, not whose
    "Council Chamber, Sessions House",
    "These will be submitted to Eden Vale District Council",  # a sentence: another council as often as its own
    "8. 24/00115 - Ashworth County Council Integrated Care Strategy Delivery Plan",  # a paper's title
    "Guidance on public participation at County Council meetings",
    "the licensing authority",
    "To: All Members of the County Council",
    "Local Transport Authority",
])
def test_no_name_in_other_lines(text):
    assert council.council_name(text) is None


@pytest.mark.parametrize(("name", "kind"), [
    ("Ashworth Vale County Council", "county"), ("Little Brampton Parish Council", "parish/town"),
    ("Hollowmere Town Council", "parish/town"), ("Penlan Community Council", "parish/town"),
    ("North Tembridge Mayoral Combined Authority", "combined/joint"), ("West Downs Joint Waste Authority",
                                                                       "combined/joint"),
    ("London Borough of Fenwick", "london borough"), ("Calderby Metropolitan Borough Council", "metropolitan"),
    ("Metropolitan Borough of Calderby", "metropolitan"), ("Harrowgate City Council", "district"),
    ("Redwick Borough Council", "district"), ("Eden Vale District Council", "district"),
    ("Caerwen County Borough Council", "unitary"), ("Dunmore Council", "other"),
    ("Royal Borough of Keston upon Wye", "other"),
])
def test_kind_from_the_words(name, kind):
    assert council_kind(name) == kind


def test_display_name_and_key():
    assert display_name("  THE  WEST OF ELDER & STOKE-ON-WYLE COUNCIL ") == "West of Elder & Stoke-on-Wyle Council"
    assert display_name("Grenby & Holt District Council") == "Grenby & Holt District Council"
    assert council_key("The Grenby & Holt District Council") == council_key("grenby and holt district  council")
    assert council_key("Grenby District Council") != council_key("Grenby Borough Council")


def read(make_pdf, html: str) -> str | None:
    with Layout(make_pdf(html)) as layout:
        return council.extract(Pack(layout))


def test_letterhead_of_the_first_page(make_pdf):
    html = pack_html(page(f"<p><b>ASHWORTH VALE COUNTY COUNCIL</b></p><h2>CABINET</h2>{BUSINESS}"))
    assert read(make_pdf, html) == "Ashworth Vale County Council"


def test_title_line_of_parish_minutes(make_pdf):
    html = pack_html(page(f"<h2>Little Brampton Parish Council - 6th November 2018</h2>{BUSINESS}"
                          "<p>The clerk will write to Eden Vale District Council about the verge.</p>"))
    assert read(make_pdf, html) == "Little Brampton Parish Council"


def test_letterhead_beside_the_clerk(make_pdf):
    html = pack_html(page('<table style="width:100%"><tr><td>Great Hollowmere Town Council</td>'
                          '<td style="text-align:right">Clerk: Ada Penrose</td></tr></table>'
                          f"<h2>Planning Committee</h2>{BUSINESS}"))
    assert read(make_pdf, html) == "Great Hollowmere Town Council"


def test_prose_wrapped_onto_a_name_is_no_letterhead(make_pdf):
    words = "The scheme was agreed after a long consultation and is to be delivered jointly with"
    html = pack_html(page(f"<h2>Cabinet</h2><p>3 March 2020</p><p>{words} " + "x " * 30 +
                          "</p><p>Harrowgate City Council, for the whole of the district.</p>"))
    assert read(make_pdf, html) is None


def test_front_sheet_without_a_name_then_minutes_with_one(make_pdf):
    front = page("<h1>AGENDA</h1><h2>REGULATION COMMITTEE</h2><p>Tuesday, 14 February 2017, at 14.00</p>"
                 "<p>A meeting of the Regulation Committee of Harrowgate City Council will be held as above.</p>")
    html = pack_html(front, page(f"<p><b>HARROWGATE CITY COUNCIL</b></p>{BUSINESS}"))
    assert read(make_pdf, html) == "Harrowgate City Council"


def test_report_covers_naming_the_council_deep_in_a_pack(make_pdf):
    cover = ("<p>Agenda Item {n}</p><p>Safeguarding Overview and Scrutiny Committee</p><p>Dunmore Council</p>"
             "<p>Date of Meeting: 14 January 2019</p><p>Report of the Director.</p>")
    pages = [page(f"<p>Public Document Pack</p><p>Meeting: Safeguarding Overview and Scrutiny Committee</p>"
                  f"{BUSINESS}"), page("<p>Agenda text.</p>" * 3), page(cover.format(n=5)),
             page("<p>Report text.</p>" * 3), page(cover.format(n=6))]
    assert read(make_pdf, pack_html(*pages)) == "Dunmore Council"


def test_running_footer(make_pdf):
    pages = [page(f"<h2>Cabinet</h2>{BUSINESS}")] + [page(f"<p>Business page {n}.</p>") for n in range(4)]
    assert read(make_pdf, pack_html(*pages, footer="Redwick Borough Council - page ")) == "Redwick Borough Council"


def test_names_in_running_text_only_give_none(make_pdf, tmp_path):
    html = pack_html(page("<h2>Neighbourhood Committee</h2><p>15 January 2026</p><p>A petition with 60 signatories "
                          "has been submitted to Dunmore Council, and jointly with Harrowgate City Council "
                          "the scheme was costed.</p>"))
    path = make_pdf(html)
    extracted = extract_document(path)
    assert (extracted.extraction.document.council, extracted.notes) == (None, [NO_COUNCIL])
    given = extract_document(path, council="Tembridge Borough Council")
    assert (given.extraction.document.council, given.notes) == ("Tembridge Borough Council", [])


@pytest.mark.parametrize(("prose", "name"), [
    ("A petition has been submitted to Dunmore Council. The scheme was costed with Harrowgate City Council.",
     "Dunmore Council"),
    ("A meeting of Dunmore Council Leaders was held.", None),  # a longer name, not the council
    ("The scheme was costed with Harrowgate City Council.", None),  # a name the domain does not say
])
def test_a_name_in_running_text_beside_its_own_domain(make_pdf, prose, name):
    html = pack_html(page(f"<h2>Neighbourhood Committee</h2><p>15 January 2026</p><p>{prose}</p>"
                          "<p>Contact: Ada Penrose, ada.penrose@dunmore.gov.uk</p>"))
    assert read(make_pdf, html) == name


def test_a_name_in_running_text_beside_the_domain_it_was_fetched_from(make_pdf):
    path = make_pdf(pack_html(page("<h2>Neighbourhood Committee</h2><p>15 January 2026</p><p>A petition has been "
                                   "submitted to Dunmore Council.</p>")))
    fetched = "https://democracy.dunmore.gov.uk/documents/s123/Petition%20report.pdf"
    assert extract_document(path, source=fetched).extraction.document.council == "Dunmore Council"
    assert extract_document(path).extraction.document.council is None


def test_a_given_council_wins_over_the_printed_one(make_pdf):
    path = make_pdf(pack_html(page(f"<p><b>ASHWORTH VALE COUNTY COUNCIL</b></p>{BUSINESS}")))
    assert extract_document(path).extraction.document.council == "Ashworth Vale County Council"
    assert extract_document(path, council="Tembridge Borough Council").extraction.document.council == \
        "Tembridge Borough Council"


# What each real document prints: None where it prints no council's name on a title, letterhead or running line,
# nor one beside its own web domain (decision forms, agenda front sheets under a logo, appendices, letters,
# scanned Horsley).
REAL = {
    "bristol_licensing_2025-06-19_public_forum.pdf": None,
    "bristol_tcpc_2024-09-12_decision_notice.pdf": None,
    "bristol_tcpc_2024-09-12_printed_minutes.pdf": "Bristol City Council",
    "bristol_tcpc_2024-09-12_wpl_report.pdf": "Bristol City Council",  # beside democracy.bristol.gov.uk
    "bristol_tcpc_2025-05-15_decision_notice.pdf": None,
    "bristol_tcpc_2025-05-15_printed_minutes.pdf": "Bristol City Council",
    "bristol_tcpc_2025-05-15_wpl_report.pdf": None,
    "bristol_tcpc_2025-10-23_decision_notice.pdf": None,
    "bristol_tcpc_2025-10-23_printed_minutes.pdf": "Bristol City Council",
    "bristol_tcpc_2026-01-21_forward_plan.pdf": "Bristol City Council",
    "bristol_tcpc_2026-03-19_decision_notice.pdf": None,
    "bristol_tcpc_2026-03-19_printed_minutes.pdf": "Bristol City Council",
    "bristol_tcpc_2026-03-19_wpl_report.pdf": None,
    "horsley_pc_2014-03-18_draft_minutes.pdf": None,
    "horsley_pc_2014-04-29_agenda.pdf": None,
    "kent_cabinet_2025-01-09_minutes.pdf": "Kent County Council",
    "kent_cabinet_2025-01-30_agenda_frontsheet.pdf": None,
    "kent_cabinet_2025-01-30_budget_risk_register.pdf": None,
    "kent_cabinet_2025-01-30_printed_minutes.pdf": "Kent County Council",
    "kent_cabinet_2025-01-30_supplement_prod_pack.pdf": "Kent County Council",
    "kent_cabinet_2025-03-04_agenda_frontsheet.pdf": None,
    "kent_cabinet_2025-03-04_qpr_q3_performance_report.pdf": "Kent County Council",
    "kent_cabinet_2025-03-13_agenda_frontsheet.pdf": None,
    "kent_cabinet_2025-03-13_public_reports_pack.pdf": None,
    "kent_county_council_2024-12-19_minutes.pdf": "Kent County Council",
    "kent_county_council_2025-01-09_agenda_frontsheet.pdf": None,
    "kent_county_council_2025-01-09_item3_supplement_pack.pdf": None,
    "kent_county_council_2025-01-09_printed_minutes.pdf": "Kent County Council",
    "kent_county_council_2025-02-13_agenda_frontsheet.pdf": None,
    "kent_county_council_2025-02-13_budget_risk_register.pdf": None,
    "kent_county_council_2025-02-13_printed_minutes.pdf": "Kent County Council",
    "kent_county_council_2025-03-13_agenda_frontsheet.pdf": None,
    "kent_county_council_2025-03-13_printed_minutes.pdf": "Kent County Council",
    "kent_county_council_2025-03-13_questions_answers_pack.pdf": None,
    "kent_county_council_2025-03-13_treasury_halfyear_report.pdf": None,
    "kent_cpp_2024-10-29_minutes.pdf": None,
    "kent_cpp_2024-12-10_minutes.pdf": None,
    "kingston_knk_2026-01-15_manorgate_petition_report.pdf": "Kingston Council",  # beside kingston.gov.uk
    "kingston_knk_2026-01-15_zebra_crossing_report.pdf": None,
    "milburn_pc_2018-11-06_minutes.pdf": "Milburn Parish Council",
    "milburn_pc_2019-01-08_agenda.pdf": "Milburn Parish Council",
    "milburn_pc_2019-01-08_minutes.pdf": "Milburn Parish Council",
    "milburn_pc_2019-05-07_agm_minutes.pdf": "Milburn Parish Council",
    "milburn_pc_2021-01-26_agenda.pdf": "Milburn Parish Council",
    "milburn_pc_2021-01-26_minutes.pdf": "Milburn Parish Council",
    "weca_joint_2026-06-05_budget_outturn_report.pdf": "West of England Mayoral Combined Authority",
}
SEED = {"dorset-safeguarding-2019-01-14.pdf": "Dorset County Council"}  # 2019: before Dorset Council


def printed(relative: str) -> str | None:
    return council.extract(Pack(shared_layout(relative)))


@pytest.mark.parametrize("name", ["kent_cabinet_2025-01-09_minutes.pdf", "bristol_tcpc_2025-10-23_printed_minutes.pdf",
                                  "milburn_pc_2019-01-08_agenda.pdf", "kent_cpp_2024-12-10_minutes.pdf"])
def test_real_letterheads(name):
    assert printed(f"real/{name}") == REAL[name]


@pytest.mark.slow
def test_every_real_document():
    found = {name: printed(f"real/{name}") for name in REAL}
    found |= {name: printed(f"seed/{name}") for name in SEED}
    assert found == REAL | SEED


def archived_document(db, source: str, council: str | None) -> None:
    from minutebook.archive import load_extraction
    from minutebook.schemas import Extraction

    load_extraction(db, Extraction(document=invented_document(source, "minutes", council)), ["page"])


def test_councils_table_one_row_per_council(tmp_path):
    from minutebook.archive import open_archive

    db = open_archive(tmp_path / "archive.db")
    archived_document(db, "a.pdf", "Ashworth Vale County Council")
    archived_document(db, "b.pdf", "The ASHWORTH VALE COUNTY COUNCIL")
    archived_document(db, "c.pdf", "Little Brampton Parish Council")
    archived_document(db, "d.pdf", None)
    assert db.execute("select id, name, kind from councils order by id").fetchall() == [
        (1, "Ashworth Vale County Council", "county"), (2, "Little Brampton Parish Council", "parish/town")]
    assert db.execute("select file_name, council, council_id from documents order by file_name").fetchall() == [
        ("a.pdf", "Ashworth Vale County Council", 1), ("b.pdf", "Ashworth Vale County Council", 1),
        ("c.pdf", "Little Brampton Parish Council", 2), ("d.pdf", None, None)]
    assert [(fk.column, fk.other_table) for fk in db["documents"].foreign_keys] == [("council_id", "councils")]


def test_an_archive_made_before_councils_gains_them(tmp_path):
    from minutebook.archive import open_archive

    db = open_archive(tmp_path / "archive.db")
    archived_document(db, "a.pdf", "Ashworth Vale County Council")
    db.execute("drop index idx_documents_council_id")
    db.execute("alter table documents drop column council_id")
    db.execute("drop table councils")
    db.conn.commit()
    db.close()
    db = open_archive(tmp_path / "archive.db")
    assert db.execute("select name, kind from councils").fetchall() == [("Ashworth Vale County Council", "county")]
    assert db.execute("select council, council_id from documents").fetchall() == [
        ("Ashworth Vale County Council", 1)]


def test_council_per_path_on_the_command_line(tmp_path):
    from minutebook.cli import build_parser
    from minutebook.sources.discover import expand_labelled, labelled, with_councils

    for name in ("a", "b", "c", "d"):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.pdf").write_bytes(b"%PDF-1.4")
    a, b, c, d = (str(tmp_path / name) for name in "abcd")
    args = build_parser().parse_args(["ingest", a, "--council", "Tembridge Borough Council", b,
                                      f"{c}=Little Brampton Parish Council", "--db", "x.db"])
    patterns, default = with_councils(args.paths, args.council)
    assert (patterns, default) == ([a, f"{b}=Tembridge Borough Council", f"{c}=Little Brampton Parish Council"], None)
    files, missing = expand_labelled([*patterns, f"{d}=Dunmore Council", a])
    assert {path.parent.name: council for path, council in files.items()} == {
        "a": None, "b": "Tembridge Borough Council", "c": "Little Brampton Parish Council", "d": "Dunmore Council"}
    assert missing == []
    args = build_parser().parse_args(["ingest", a, "--db", "x.db", "--council", "Tembridge Borough Council"])
    assert with_councils(args.paths, args.council) == ([a], "Tembridge Borough Council")  # one name for the run
    (tmp_path / "x=y.pdf").write_bytes(b"%PDF-1.4")
    assert labelled(str(tmp_path / "x=y.pdf")) == (str(tmp_path / "x=y.pdf"), None)  # a file named so is a file
    assert labelled(f"{tmp_path / 'x=y.pdf'}=Dunmore Council") == (str(tmp_path / "x=y.pdf"), "Dunmore Council")


@pytest.mark.usefixtures("prefect_harness")
def test_ingest_names_councils_per_path_else_reads_them(tmp_path, make_pdf):
    import shutil

    from minutebook.archive import open_archive
    from minutebook.cli import main

    letterhead = pack_html(page(f"<p><b>ASHWORTH VALE COUNTY COUNCIL</b></p><h2>CABINET</h2>{BUSINESS}"))
    unnamed = pack_html(page(f"<h2>Cabinet</h2>{BUSINESS}<p>Agreed with Dunmore Council.</p>"))
    for folder, html in (("printed", letterhead), ("given", letterhead), ("none", unnamed), ("pair", unnamed)):
        (tmp_path / folder).mkdir()
        shutil.move(make_pdf(html, f"{folder}.pdf"), tmp_path / folder / f"{folder}.pdf")
    db = tmp_path / "archive.db"
    code = main(["ingest", str(tmp_path / "printed"), str(tmp_path / "none"), f"{tmp_path / 'pair'}=Dunmore Council",
                 "--council", "Tembridge Borough Council", str(tmp_path / "given"), "--db", str(db)])
    assert code == 0
    rows = open_archive(db).execute("select d.file_name, d.council, c.kind from documents d "
                                    "left join councils c on c.id = d.council_id order by d.file_name").fetchall()
    assert rows == [("given.pdf", "Tembridge Borough Council", "district"), ("none.pdf", None, None),
                    ("pair.pdf", "Dunmore Council", "other"), ("printed.pdf", "Ashworth Vale County Council", "county")]
