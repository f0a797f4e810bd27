from conftest import shared_layout

from minutebook.extractors import votes
from minutebook.extractors.pack import Pack

HEAD = """
**Planning Committee
**Minutes of the meeting held on 3 March 2020
**Present:
Councillors A Smith (Chair), B Jones and C Brown

**7. Item Title

"""


def counted(text_pack, body):
    return [(v.for_, v.against, v.abstain, v.result) for v in votes.extract(text_pack(HEAD + body))]


def test_listed_vote_with_names_over_lines(text_pack):
    body = """The amendment was proposed by Mr Smith and seconded by Ms Rowe.

**For (2)
Mr Smith, Ms Rowe

**Against (3)
Mr Jones, Mrs Khan, Dr
Morgan

**Abstain (0)
Amendment lost.
"""
    found = votes.extract(text_pack(HEAD + body))
    assert [(v.for_, v.against, v.abstain, v.result) for v in found] == [(2, 3, 0, "lost")]
    assert found[0].names.against == ["Mr Jones", "Mrs Khan", "Dr Morgan"]
    assert found[0].minute_number == "7"
    assert found[0].model_dump(by_alias=True)["for"] == 2


def test_sentence_without_abstentions_leaves_abstain_null(text_pack):
    assert counted(text_pack, "The motion was CARRIED with 7 FOR and 2 AGAINST.\n") == [(7, 2, None, "carried")]


def test_voting_for_words_and_no_abstaining(text_pack):
    body = "On being put to the vote the amendment FELL with 2 voting FOR, 7 AGAINST and no ABSTAINING.\n"
    assert counted(text_pack, body) == [(2, 7, 0, "lost")]


def test_there_voted_result_in_the_next_sentence(text_pack):
    body = ("Upon being put to the vote, there voted: For 4, Against 2, Abstentions 0. "
            "The motion was declared carried.\n")
    assert counted(text_pack, body) == [(4, 2, 0, "carried")]


def test_votes_to_with_abstentions(text_pack):
    body = "The motion was carried by 10 votes to 3 with 2 abstentions.\n"
    assert counted(text_pack, body) == [(10, 3, 2, "carried")]


def test_votes_to_straight_after_the_result(text_pack):
    """'this was carried 10 votes to 2' (no 'by'); a score of votes told of anything else is no vote."""
    body = ("It was proposed by Cllr A Smith and seconded by Cllr B Jones that the budget be increased; this was "
            "carried 10 votes to 2. The bid won 40 votes to 12 in the public poll.\n")
    assert counted(text_pack, body) == [(10, 2, None, "carried")]


def test_no_counts_no_vote(text_pack):
    body = """On being put to the vote the recommendation was CARRIED unanimously.

The contract runs for 12 months against a budget of £40,000.
"""
    assert counted(text_pack, body) == []


def test_bristol_counted_votes():
    layout = shared_layout("real/bristol_tcpc_2025-05-15_printed_minutes.pdf")
    found = [(v.minute_number, v.for_, v.against, v.abstain, v.result, v.page) for v in votes.extract(Pack(layout))]
    assert found == [("10", 2, 7, None, "lost", 8), ("10", 4, 1, 4, "carried", 8), ("13", 7, 1, 0, "carried", 11)]


def test_kent_council_listed_votes_with_bare_result_line():
    layout = shared_layout("real/kent_county_council_2025-03-13_printed_minutes.pdf")
    found = votes.extract(Pack(layout))
    four = [v for v in found if (v.for_, v.against) == (36, 4)]
    assert len(four) == 1
    assert (four[0].minute_number, four[0].abstain, four[0].result) == ("306", 0, "carried")  # "Agreed."
    assert four[0].names.against == ["Mr Bartlett", "Mr Booth", "Mr Dendor", "Mr Robey"]


def test_roll_call_with_the_count_after_each_sides_names(html_pack):
    """A recorded vote printed one side a line, each naming its members and closing on its count in brackets
    ('For: Cllrs A, B and C (3)'), then the result: the counts by side, the names without the councillors' title."""
    html = """<html><body style="font-family: sans-serif; font-size: 11pt">
    <h2>Saltmarsh Regis Town Council</h2>
    <p>Minutes of the meeting of the Town Council held on Tuesday 8 April 2025 at 7.00pm in the Corn Exchange.</p>
    <p><b>Present:</b> Councillors Ashgrove, Pemberton, Quaintance, Ruddock, Stannard, Tillotson, Underhay and
    Vosper.</p>
    <p><b>14. SKATE PARK</b></p>
    <p style="margin-left: 2em">Cllr Quaintance moved, and Cllr Pemberton seconded, that the skate park be moved to
    the Lammas Field. A recorded vote was taken:<br>
    For: Cllrs Ashgrove, Pemberton and Quaintance (3)<br>
    Against: Cllrs Ruddock, Stannard, Tillotson and Underhay (4)<br>
    Abstain: Cllr Vosper (1)<br>
    The motion was lost.</p>
    <p><b>15. DATE OF NEXT MEETING</b></p><p style="margin-left: 2em">Tuesday 13 May 2025.</p>
    </body></html>"""
    found = votes.extract(html_pack(html))
    assert [(str(v.meeting_date), v.minute_number, v.for_, v.against, v.abstain, v.result) for v in found] == [
        ("2025-04-08", "14", 3, 4, 1, "lost")]
    assert found[0].names.model_dump(by_alias=True) == {
        "for": ["Ashgrove", "Pemberton", "Quaintance"], "against": ["Ruddock", "Stannard", "Tillotson", "Underhay"],
        "abstain": ["Vosper"]}


def test_roll_call_whose_names_wrap_before_the_count(html_pack):
    """A side's names run on to the next line before the count closes them ('Against: Cllrs A, B,' / 'C and D (4)'):
    one side, not names of the side above."""
    html = """<html><body style="font-family: sans-serif; font-size: 11pt">
    <h2>Brindle Hatch Parish Council</h2>
    <p>Minutes of the meeting of the Parish Council held on Monday 2 June 2025 at 7.30pm in the Reading Room.</p>
    <p><b>Present:</b> Councillors Alcott, Brightwell, Cheverton, Dunsford, Elphick, Fairweather and Gosden.</p>
    <p><b>9. ALLOTMENT RENTS</b></p>
    <p style="margin-left: 2em">A recorded vote was taken on the proposal to double allotment rents:<br>
    For: Cllrs Alcott, Brightwell,<br>Cheverton and Dunsford (4)<br>
    Against: Cllrs Elphick and Fairweather (2)<br>
    Abstain: Cllr Gosden (1)<br>
    The proposal was carried.</p>
    </body></html>"""
    found = votes.extract(html_pack(html))
    assert [(v.minute_number, v.for_, v.against, v.abstain, v.result) for v in found] == [("9", 4, 2, 1, "carried")]
    assert found[0].names.model_dump(by_alias=True) == {
        "for": ["Alcott", "Brightwell", "Cheverton", "Dunsford"], "against": ["Elphick", "Fairweather"],
        "abstain": ["Gosden"]}


def test_a_tally_in_brackets_after_the_result(text_pack):
    """'the proposal was carried (7:2:1)': for, against and abstentions; '(section 7:2)' elsewhere is no vote."""
    body = "Following discussion the proposal was carried (7:2:1). The Clerk cited paragraph (7:2) of the code."
    assert counted(text_pack, body) == [(7, 2, 1, "carried")]
    assert counted(text_pack, "The amendment was lost (3-5).") == [(3, 5, None, "lost")]
    assert counted(text_pack, "See the standing orders (7:2:1) on voting.") == []


def test_a_vote_recorded_by_name_in_a_sentence(text_pack):
    """'the voting was recorded: For – Councillors A, B and C; Against – ...; Abstained – ...': each side has as many
    votes as members named; a sentence naming who proposed something is no vote."""
    body = ("Councillor Bowring proposed, and Councillor Everard seconded, accepting the lowest quotation. At the "
            "request of Councillor Cleeve the voting was recorded: For – Councillors Ashe, Bowring and Everard; "
            "Against – Councillors Cleeve and Dunn; Abstained – Councillor Fryer.")
    found = votes.extract(text_pack(HEAD + body))
    assert [(v.for_, v.against, v.abstain) for v in found] == [(3, 2, 1)]
    assert found[0].names.for_ == ["Ashe", "Bowring", "Everard"] and found[0].names.abstain == ["Fryer"]


def test_abstentions_told_in_the_next_sentence(text_pack):
    """'(5 members voting in favour and 1 against. There were 3 abstentions)': the abstentions are this vote's."""
    body = ("On being put to the vote the amendment was CARRIED (5 members voting in favour and 1 against. There "
            "were 3 abstentions)")
    assert counted(text_pack, body) == [(5, 1, 3, "carried")]


def test_recorded_votes_naming_what_each_side_voted_on_and_names_closing_with_a_full_stop(text_pack):
    """'For the amendment (14): Councillors …' over names that close with a full stop ('Oyelaran and Tranter.'),
    then 'Against the amendment (2): …' and 'Abstaining (1): …': a side may name the motion it voted on, and a
    names line is a names line to its end."""
    body = """A recorded vote was taken on the amendment and the voting was as follows:
For the amendment (3): Councillors Abbot, Bracewell,
Cottam.
Against the amendment (2): Councillors Dorrell and Eastwood.
Abstaining (1): Councillor Finch.
The amendment was declared CARRIED.
"""
    found = votes.extract(text_pack(HEAD + body))
    assert [(v.for_, v.against, v.abstain, v.result) for v in found] == [(3, 2, 1, "carried")]
    assert (found[0].names.for_, found[0].names.against) == (["Abbot", "Bracewell", "Cottam"], ["Dorrell", "Eastwood"])


def test_a_vote_recorded_by_marks_in_a_table_of_members(html_pack):
    """'Councillor | For | Against | Abstain' over one member a row with an X under the side voted on (or a note that
    they did not vote), then a Total row: the totals as printed, each member named on the side marked; a table
    without a Total row counts its marks."""
    def table(rows: str, total: str) -> str:
        heads = "".join(f'<th style="width:5em">{side}</th>' for side in ("For", "Against", "Abstain"))
        return (f'<table style="margin-left:1em"><tr><th style="width:14em;text-align:left">Councillor</th>{heads}'
                f'</tr>{rows}{total}</table>')
    mark = {"f": "<td>X</td><td></td><td></td>", "a": "<td></td><td>X</td><td></td>",
            "n": "<td></td><td></td><td>X</td>", "-": '<td colspan="3">Did not vote – left the room</td>'}
    rows = "".join(f"<tr><td>{name}</td>{mark[side]}</tr>" for name, side in
                   [("R Quill (Chairman)", "f"), ("T Ashby", "f"), ("M Dunn", "a"), ("K Fenwick", "n"),
                    ("L Gower", "-"), ("P Hythe", "f")])
    html = f"""<html><body style="font-family: serif; font-size: 11pt">
    <h2>Brackenfold District Council</h2>
    <p>Minutes of the meeting of the Planning Committee held on Wednesday 5 November 2025 at 6.00pm.</p>
    <p><b>Present:</b> Councillors Quill (Chairman), Ashby, Dunn, Fenwick, Gower and Hythe.</p>
    <p><b>PL.12 25/00410/FUL – Land off Mill Lane</b></p>
    <p>It was moved by Councillor Ashby and seconded by Councillor Hythe that the application be approved.</p>
    {table(rows, "<tr><td><b>Total</b></td><td><b>3</b></td><td><b>1</b></td><td><b>1</b></td></tr>")}
    <p>The motion was therefore carried.</p>
    <p><b>PL.13 25/00522/HOU – 4 Orchard Close</b></p>
    {table(rows, "")}
    <p>Decision: Refused for the reason set out in the report.</p>
    </body></html>"""
    found = votes.extract(html_pack(html))
    assert [(v.minute_number, v.for_, v.against, v.abstain, v.result) for v in found] == [
        ("PL.12", 3, 1, 1, "carried"), ("PL.13", 3, 1, 1, None)]
    assert found[0].names.model_dump(by_alias=True) == {
        "for": ["R Quill", "T Ashby", "P Hythe"], "against": ["M Dunn"], "abstain": ["K Fenwick"]}


def test_a_named_vote_whose_counts_a_sentence_then_restates_is_one_vote(text_pack):
    """The names by side, then "For 6, Against 3, Abstentions 1. The motion was therefore CARRIED": one vote, the
    sentence giving its result."""
    body = """A recorded vote was taken.

**For (3)
Cllrs Ash, Birch and Cole

**Against (2)
Cllrs Dale and Elm

For 3, Against 2. The motion was therefore CARRIED.
"""
    found = votes.extract(text_pack(HEAD + body))
    assert [(v.for_, v.against, v.abstain, v.result) for v in found] == [(3, 2, None, "carried")]
    assert found[0].names.against == ["Dale", "Elm"]


def test_counts_after_their_words_on_one_line_and_tallies_with_a_dash(text_pack):
    """"For: 4 Against: 7 Abstain: 1" (each count after its word: "4 Against" is no count against); "Councillors
    voted 4–2 in favour" and "was lost, 2–4" (for and against)."""
    assert counted(text_pack, "The amendment was put. For: 4 Against: 7 Abstain: 1. The amendment was LOST.\n") == [
        (4, 7, 1, "lost")]
    assert counted(text_pack, "Councillors voted 4–2 in favour of objecting to the application.\n") == [
        (4, 2, None, None)]
    assert counted(text_pack, "The amendment to reduce the grant was lost, 2–4.\n") == [(2, 4, None, "lost")]


def test_a_named_vote_told_a_side_a_sentence(text_pack):
    body = ("Those voting for: Cllrs Birch, Farrant and Kemble. Those voting against: Cllrs Gedge, Ivey, Okoro and "
            "Tansley. Abstaining: Cllr Halloran. The motion was therefore LOST.\n")
    found = votes.extract(text_pack(HEAD + body))
    assert [(v.for_, v.against, v.abstain, v.result) for v in found] == [(3, 4, 1, "lost")]
    assert found[0].names.abstain == ["Halloran"]


def test_votes_being_cast_in_favour(text_pack):
    assert counted(text_pack, "The amendment was lost, 2 votes being cast in favour and 4 against, with no "
                              "abstentions.\n") == [(2, 4, 0, "lost")]


def test_a_roll_call_whose_header_repeats_over_the_next_page_is_one_vote(html_pack):
    rows = "".join(f"<tr><td>Councillor {name}</td><td>{'X' if k % 3 else ''}</td><td>{'' if k % 3 else 'X'}</td>"
                   "<td></td></tr>" for k, name in enumerate(["Ash", "Birch", "Cole", "Dale", "Elm", "Fir"]))
    head = "<tr><th>Member</th><th>For</th><th>Against</th><th>Abstain</th></tr>"
    pack = html_pack(f"""<html><body style="font-family:serif;font-size:11pt">
<p><b>THORNFIELD COUNTY COUNCIL</b></p><p>Minutes of the meeting of the County Council held on 11 December 2025</p>
<p>Present: Councillors Ash (Chairman), Birch, Cole, Dale, Elm and Fir</p><p><b>66. Local Plan</b></p>
<p>A recorded vote was taken.</p><div style="height:18cm"></div>
<table style="width:70%"><thead>{head}</thead>{rows}</table>
<p><b>Motion carried</b></p></body></html>""")
    found = votes.extract(pack)
    assert [(v.for_, v.against, v.abstain, v.result) for v in found] == [(4, 2, 0, "carried")]
