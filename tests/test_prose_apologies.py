"""Apologies and absences told in sentences inside the apologies minute, rendered from invented minutes: an
apology in the singular, a second 'and from' after a substitution clause, an 'Apologies:' list after another
sentence on its line, a subject who 'had sent her apologies' after 'reported that', and members who 'was absent'
or 'were absent', the name wrapping over a line break."""

from minutebook.extractors import attendance

STYLE = "<style>body{font-family:sans-serif;font-size:11pt;width:15cm} td{vertical-align:top;padding:2pt 8pt}</style>"


def _minutes(apologies_minute: str) -> str:
    return f"""<html><head>{STYLE}</head><body><h1 style="font-size:16pt">ORCHARD LEA PARISH COUNCIL</h1>
<p>Minutes of the meeting of the Parish Council held on Wednesday 5th March 2025 at 7.30 pm in the Pavilion</p>
<p>Present: Cllr Dora Finch (Chair), Cllr Milo Grange, Cllr Pia Hollis</p>
<p>In attendance: Tess Ives (Parish Clerk)</p>
<p><b>25/011 Apologies for absence</b></p><p>{apologies_minute}</p>
<p><b>25/012 Declarations of interest</b></p><p>None were made.</p></body></html>"""


def _absent_and_apologies(pack) -> list[tuple[str, str]]:
    return [(a.name, a.status) for a in attendance.extract(pack) if a.status in ("apologies", "absent")]


def test_an_apology_in_the_singular(html_pack):
    pack = html_pack(_minutes("An apology for absence was received from Councillor Ned Jarvis (Vale District "
                              "Council)."))
    assert _absent_and_apologies(pack) == [("Ned Jarvis", "apologies")]


def test_a_second_from_after_a_substitution_clause(html_pack):
    pack = html_pack(_minutes("Apologies were received from Councillor Ola Kemble, who was substituted by "
                              "Councillor Rex Lunt, and from Councillor Sian Marsh (no substitute)."))
    assert _absent_and_apologies(pack) == [("Ola Kemble", "apologies"), ("Sian Marsh", "apologies")]


def test_a_list_after_another_sentence_and_a_member_who_was_absent(html_pack):
    pack = html_pack(_minutes("The Chair welcomed everyone to the meeting. Apologies: Cllr Ugo Nash. Cllr Vera "
                              "Oakes was absent."))
    assert _absent_and_apologies(pack) == [("Ugo Nash", "apologies"), ("Vera Oakes", "absent")]


def test_a_subject_who_had_sent_her_apologies_and_members_who_were_absent(html_pack):
    pack = html_pack(_minutes("The Clerk reported that Cllr Wyn Parry had sent her apologies as she was away. "
                              "Apologies were received from Cllr Xan Quill and Cllr Yara Rook, and the meeting noted "
                              "that Cllr Zed Stone and Cllr Abe Tull were absent."))
    assert sorted(_absent_and_apologies(pack)) == [
        ("Abe Tull", "absent"), ("Wyn Parry", "apologies"), ("Xan Quill", "apologies"), ("Yara Rook", "apologies"),
        ("Zed Stone", "absent")]


def test_a_surname_again_is_the_member_named_in_full_before(html_pack):
    """'... accept the apologies from Cllr Rell' after 'Apologies: Cllr Ada Rell' names the same member, not a second
    one called 'Rell'; apologies from 'Cllr Grange' beside 'Cllr Milo Grange' present are another member's."""
    pack = html_pack(_minutes("Apologies: Cllr Ada Rell. The council AGREED to accept the apologies from Cllr Rell. "
                              "Apologies were received from Cllr Grange."))
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Dora Finch", "present"), ("Milo Grange", "present"), ("Pia Hollis", "present"),
        ("Tess Ives", "in_attendance"), ("Ada Rell", "apologies"), ("Grange", "apologies")]


def test_apologies_told_after_the_officers_in_one_paragraph(html_pack):
    """"In attendance: Ms F. Elm, Clerk. Apologies were received and accepted from Cllr T. Fane and Cllr G. Good.":
    the apologies open their own section after the officers' sentence, though no colon follows them."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt"><h2>UPPER TADLEY PARISH COUNCIL</h2>
<p>Minutes of the meeting held at the Scout Hut on Tuesday 18 March 2025 at 7.15 pm</p>
<p><b>Present</b><br>M. R. Quill, Chair<br>D. Ashby<br>C. Bell</p>
<p>In attendance: Ms F. Elm, Clerk. Apologies were received and accepted from Cllr T. Fane and Cllr G. Good.</p>
<p><b>1. Minutes</b></p><p>RESOLVED: that the minutes be approved.</p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("M. R. Quill", "present", "Chair"), ("D. Ashby", "present", None), ("C. Bell", "present", None),
        ("F. Elm", "in_attendance", "Clerk"), ("T. Fane", "apologies", None), ("G. Good", "apologies", None)]


def test_double_barrelled_names_broken_at_their_hyphen(html_pack):
    """'Mr Paul Barrington-' over 'King, …': a double-barrelled name broken at its hyphen across a line is one name."""
    pack = html_pack(f"""<html><head>{STYLE}</head><body><h1 style="font-size:16pt">COUNTY COUNCIL</h1>
<p>MINUTES of a meeting of the County Council held on Thursday, 13 February 2025.</p>
<p>PRESENT: Mr A Hale (Chairman), Mr B Innes</p>
<p><b>286. Apologies for Absence</b></p>
<p style="width:280pt">The Democratic Services Manager reported apologies from Mr Paul Barrington-King, Mr Conrad
Broadley, Mr Tom Cannon and Mr Derek Crow-Brown.</p>
<p><b>287. Declarations of Interest</b></p><p>None were made.</p></body></html>""")
    assert any(line.text.endswith("Crow-") for line in pack.lines)  # the render breaks the name at its hyphen
    assert _absent_and_apologies(pack) == [("Paul Barrington-King", "apologies"), ("Conrad Broadley", "apologies"),
                                           ("Tom Cannon", "apologies"), ("Derek Crow-Brown", "apologies")]


def test_attendance_told_in_sentences_that_wrap(html_pack):
    """'Present were Cllrs A, B and' / 'C D. The Clerk, E, took the minutes. Apologies were received and accepted
    from ...': the sentence naming those present runs over the line break to its full stop, what follows it is
    prose (the clerk who took the minutes attended), and the apologies told after it are read; 'The meeting was
    chaired by ...' / '... Council. Also present were ...' likewise."""
    pack = html_pack(f"""<html><head>{STYLE}</head><body><h1 style="font-size:16pt">ORCHARD LEA PARISH COUNCIL</h1>
<p>Minutes of the meeting of the Parish Council held on Wednesday 5th March 2025 at 7.30 pm in the Pavilion</p>
<p>Present were Cllrs Dora Finch (Chair), Milo Grange, Pia Hollis and<br>Rhys Ibbot. The Clerk, Tess Ives, took the
minutes. Apologies were received and accepted from Cllr Ned Jarvis, who was working away, and from Cllr Ola Kemble.</p>
<p><b>25/011 Declarations of interest</b></p><p>None were made.</p></body></html>""")
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Dora Finch", "present"), ("Milo Grange", "present"), ("Pia Hollis", "present"), ("Rhys Ibbot", "present"),
        ("Ned Jarvis", "apologies"), ("Ola Kemble", "apologies"), ("Tess Ives", "in_attendance")]
    pack = html_pack(f"""<html><head>{STYLE}</head><body><h1 style="font-size:16pt">FENWICK MAGNA PARISH MEETING</h1>
<p>Minutes of the Annual Parish Meeting held in the Pavilion on Thursday 24 April 2025 at 7.00 pm</p>
<p>The meeting was chaired by Councillor Owen Quill, Chairman of the Parish<br>Council. Also present were the Parish
Clerk (Mrs Bryony Vane) and District Councillor Keith Wake.</p>
<p><b>1. Welcome</b></p><p>The Chairman welcomed everyone.</p></body></html>""")
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Owen Quill", "present"), ("Bryony Vane", "in_attendance"), ("Keith Wake", "in_attendance")]


def test_people_described_before_their_names_and_members_attending_remotely(html_pack):
    """'..., and by the independent co-opted members Mr A and Dr B': the words before the honorific describe the
    people after them, not the role of the one before; 'Cllr X was in attendance remotely' after 'Present: Cllr X'
    tells how a member attended (present once), while an officer 'in attendance for item 4' is in attendance."""
    pack = html_pack(f"""<html><head>{STYLE}</head><body><h1 style="font-size:16pt">WESTFORD DISTRICT COUNCIL</h1>
<p>Minutes of the meeting of the Audit Panel held on Monday 3 March 2025 at 7.00 pm</p>
<p>The meeting was attended by Councillors Amy Rhodes (Chair), Ben Tolley and Carla Finch, and by the independent
co-opted members Mr Derek Oyelaran and Dr Erin Walsh.</p>
<p><b>1. Apologies</b></p><p>Apologies were received from Councillor Gary Hunt. Councillor Ben Tolley was in
attendance remotely. Mrs Hana Lowe, Head of Audit, was in attendance for item 4.</p>
<p><b>2. Minutes</b></p><p>RESOLVED that the minutes of the meeting held on 1 February 2025 be approved.</p>
</body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Amy Rhodes", "present", "Chair"), ("Ben Tolley", "present", None), ("Carla Finch", "present", None),
        ("Derek Oyelaran", "present", None), ("Erin Walsh", "present", None), ("Gary Hunt", "apologies", None),
        ("Hana Lowe", "in_attendance", "Head of Audit")]


def test_no_apology_received_from_a_member_records_an_absence(html_pack):
    pack = html_pack(_minutes("Apologies were received from Cllr Ned Jarvis (work). No apology had been received "
                              "from Cllr Ruth Kemp, who was recorded as absent."))
    assert _absent_and_apologies(pack) == [("Ned Jarvis", "apologies"), ("Ruth Kemp", "absent")]


def test_a_count_of_the_public_in_a_column_of_labels_does_not_end_the_block(html_pack):
    """"3 members of the public" under "In attendance:", then "Apologies: Cllr Ned Jarvis": the apologies are
    read, and "apologies were received from Cllr Jarvis" names him again, not someone else."""
    block = """<table><tr><td>Present:</td><td>Cllr Dora Finch (Chair)<br>Cllr Milo Grange</td></tr>
<tr><td>In attendance:</td><td>Tess Ives (Parish Clerk)<br>3 members of the public</td></tr>
<tr><td>Apologies:</td><td>Cllr Ned Jarvis</td></tr></table>"""
    html = _minutes("Apologies were received from Cllr Jarvis (work commitments).").replace(
        "<p>Present: Cllr Dora Finch (Chair), Cllr Milo Grange, Cllr Pia Hollis</p>\n<p>In attendance: Tess Ives "
        "(Parish Clerk)</p>", block)
    assert block in html
    assert _absent_and_apologies(html_pack(html)) == [("Ned Jarvis", "apologies")]


def test_members_and_officers_present_side_by_side_under_bold_labels_without_colons(html_pack):
    """"Members present | Officers present" in bold over two columns of names, "Also in attendance:" partway down the
    officers' column beside a member's name: each column under its own label; an apologies sentence that goes on
    to another ("… Colin Ferris. Councillor Pauline" / "Rudd was absent.") names each person once."""
    html = f"""<html><head>{STYLE}</head><body><h1 style="font-size:16pt">ORCHARD LEA DISTRICT COUNCIL</h1>
<p>Minutes of the meeting of the Audit Committee held on Wednesday 23 July 2025 at 6.30 pm</p>
<table style="width:100%"><tr><td><b>Members present</b></td><td><b>Officers present</b></td></tr>
<tr><td>Councillor Dora Finch (Chair)<br>Councillor Milo Grange<br>Councillor Pia Hollis<br>Councillor Wes Trigg
</td><td>Tess Ives – Director of Finance<br>Grace Ellery – Audit Manager<br>Also in attendance:<br>Dan Okon –
External Auditor</td></tr></table>
<p><b>Apologies for Absence (Minute 19)</b></p><p>Apologies for absence were received from Councillors Rajiv
Mehta and Colin Ferris. Councillor Pauline Rudd was absent.</p></body></html>"""
    assert [(a.name, a.status) for a in attendance.extract(html_pack(html))] == [
        ("Dora Finch", "present"), ("Milo Grange", "present"), ("Pia Hollis", "present"), ("Wes Trigg", "present"),
        ("Tess Ives", "in_attendance"), ("Grace Ellery", "in_attendance"), ("Dan Okon", "in_attendance"),
        ("Rajiv Mehta", "apologies"), ("Colin Ferris", "apologies"), ("Pauline Rudd", "absent")]


def test_a_footnote_under_the_members_list_and_the_labels_after_it(html_pack):
    """"Stuart McBride*" (a footnote mark after the name), the footnote itself under the list ("* Councillor McBride
    arrived at 7.15 pm …"), then "Apologies:", "Officers:" and "Invited:" labels: all read."""
    html = f"""<html><head>{STYLE}</head><body><h1 style="font-size:16pt">KINGSFORD CITY COUNCIL</h1>
<p>Minutes of the meeting of the Place Scrutiny Committee held on Thursday 23 January 2025 at 7.00 pm</p>
<p style="margin:0">Present: Councillor Lorna Pick (Chair); Councillors Ahmed Rafi, Stuart McBride* and Wendy Tre.</p>
<p style="margin:0 0 0 20pt">* Councillor McBride arrived at 7.15 pm during minute 23. Councillor Tre left the
meeting at 8.40 pm, after minute 27.</p>
<p style="margin:0">Apologies: Councillor Gavin Throup.</p>
<p style="margin:0">Officers: Samira Haddad (Director of Place).</p>
<p style="margin:0">Invited: Jenny Colclough (Managing Director, Kingsford Buses) – for minute 23.</p>
<p><b>20. APOLOGIES</b></p><p>None further.</p></body></html>"""
    assert [(a.name, a.status) for a in attendance.extract(html_pack(html))] == [
        ("Lorna Pick", "present"), ("Ahmed Rafi", "present"), ("Stuart McBride", "present"), ("Wendy Tre", "present"),
        ("Gavin Throup", "apologies"), ("Samira Haddad", "in_attendance"), ("Jenny Colclough", "in_attendance")]


def test_members_by_their_kind_of_seat_and_non_voting_members(html_pack):
    """"Constituent members:" sat; "Non-constituent members (non-voting):" attended."""
    html = f"""<html><head>{STYLE}</head><body><h1 style="font-size:16pt">ALDFORD COMBINED AUTHORITY</h1>
<p>Minutes of the meeting of the Combined Authority Board held on Friday 26 September 2025 at 10.30 am</p>
<p style="margin:0"><b>Present:</b></p><p style="margin:0">Mayor Rachel Onwu (in the Chair)</p>
<p style="margin:0"><b>Constituent members:</b></p><p style="margin:0">Cllr Stuart Lind, Cllr Bethan Roe</p>
<p style="margin:0"><b>Non-constituent members (non-voting):</b></p><p style="margin:0">Cllr Marian Fosse</p>
<p><b>CA 45 Apologies</b></p><p>None.</p></body></html>"""
    assert [(a.name, a.status) for a in attendance.extract(html_pack(html))] == [
        ("Rachel Onwu", "present"), ("Stuart Lind", "present"), ("Bethan Roe", "present"),
        ("Marian Fosse", "in_attendance")]
