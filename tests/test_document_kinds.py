"""What kind of document a PDF is: the first title word printed decides, so minutes that mention an agenda item
or a decision notice further down are minutes."""

from __future__ import annotations

import pytest
from conftest import shared_extraction

from minutebook.extractors.pipeline import extract_document

MINUTES = """<html><body><p>Fernleigh District Council</p><h1>Minutes of the Licensing Committee</h1>
<p>3 June 2025 at 6.00 pm</p><p>Present: Councillors Nadia Oduya (Chair) and Tom Rask</p>
<h2>1 Agenda item 4: Premises licence review</h2><p>The Committee considered the report.</p>
<p>RESOLVED: That the licence be suspended. A decision notice will be published.</p></body></html>"""
NOTICE = """<html><body><h1>Decision Notice</h1><p>Licensing Committee, 3 June 2025</p>
<h2>1 Premises licence review</h2><p>Decision: That the licence be suspended.</p>
<p>Minutes of this meeting will follow.</p></body></html>"""


@pytest.mark.parametrize(("html", "kind"), [(MINUTES, "minutes"), (NOTICE, "decision notice")])
def test_the_first_title_word_decides(make_pdf, html, kind):
    assert extract_document(make_pdf(html)).extraction.document.kind == kind


@pytest.mark.shared
@pytest.mark.parametrize(("name", "kind"), [
    ("bristol_tcpc_2025-05-15_printed_minutes.pdf", "minutes"),
    ("bristol_tcpc_2025-10-23_printed_minutes.pdf", "minutes"),
    ("kent_county_council_2025-03-13_printed_minutes.pdf", "minutes"),
    ("bristol_tcpc_2025-05-15_decision_notice.pdf", "decision notice"),
    ("kent_county_council_2025-02-13_agenda_frontsheet.pdf", "front sheet"),
])
def test_real_documents(name, kind):
    assert shared_extraction(f"real/{name}").extraction.document.kind == kind
