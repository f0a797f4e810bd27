"""Committee minutes in phrasings the corpus does not use, rendered from an invented audit committee's minutes and
a licensing hearing's: 'The Committee:' over its decision's lettered parts, a body agreeing a paper, and the minutes
of a hearing of a sub-committee."""

from datetime import date

from minutebook.extractors import meetings, resolutions

AUDIT = """<html><head><style>body{font-family:sans-serif;font-size:10.5pt} p{margin:0 0 6pt}
.i{margin-left:24pt}</style></head><body><p><b>LOWMOOR DISTRICT COUNCIL</b></p>
<p>Minutes of the meeting of the Audit Committee held on Tuesday 24 February 2026 at 6.00 pm.</p>
<p>Present: Councillors R Abbot (Chair), S Byrne and T Cole.</p>
<p><b>31/26 INTERNAL AUDIT PROGRESS REPORT</b></p><p>The Head of Internal Audit presented the report.</p>
<p>The Committee:</p><p class="i">(a) noted the progress against the audit plan; and</p>
<p class="i">(b) approved the revised plan for the fourth quarter.</p>
<p><b>32/26 WORK PROGRAMME</b></p><p>The Committee agreed the work programme for 2026/27.</p></body></html>"""


def test_the_committee_over_its_lettered_parts_and_agreeing_a_paper(html_pack):
    found = resolutions.extract(html_pack(AUDIT))
    assert [(r.minute_number, r.outcome, r.text) for r in found] == [
        ("31/26", "other", "The Committee: (a) noted the progress against the audit plan; and (b) approved the revised "
                           "plan for the fourth quarter."),
        ("32/26", "agreed", "The Committee agreed the work programme for 2026/27.")]


HEARING = """<html><head><style>body{font-family:sans-serif;font-size:10.5pt}</style></head><body>
<p style="text-align:center"><b>LOWMOOR DISTRICT COUNCIL</b></p>
<p>Minutes of a hearing of the Licensing Sub-Committee held in Committee Room 1 on Monday 9 March 2026 at 10.00 am.</p>
<p>Present: Councillors R Abbot (Chair), S Byrne and T Cole.</p><p><b>LSC/4 APPLICATION FOR A PREMISES LICENCE</b></p>
<p>RESOLVED that the application be granted.</p></body></html>"""


def test_the_minutes_of_a_hearing_name_the_sub_committee_that_heard_it(html_pack):
    assert [(m.body, m.date) for m in meetings.extract(html_pack(HEARING))] == [
        ("Licensing Sub-Committee", date(2026, 3, 9))]
