"""Person names and roles in printed attendance lists."""

import pytest

from minutebook.extractors.names import people, split_name


def names(text: str, strict: bool = False) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in people(text, strict=strict)]


def test_honorifics_stripped_and_bracketed_roles_split_off():
    assert names("Mr R W Gough (Chairman), Mrs S Chandler, Cllr Dr K L Hartley and Miss G Chapman") == [
        ("R W Gough", "Chairman"), ("S Chandler", None), ("K L Hartley", None), ("G Chapman", None)]


def test_a_sergeant_or_inspector_before_a_name_is_no_part_of_it():
    """'Sgt N. Firbank', 'Inspector Carla Mendes': the rank is printed like an honorific; the name is what follows."""
    assert names("Mrs K. Hollingdrake (Town Clerk); Sgt N. Firbank (Neighbourhood Policing Team); Inspector Carla "
                 "Mendes") == [("K. Hollingdrake", "Town Clerk"), ("N. Firbank", "Neighbourhood Policing Team"),
                               ("Carla Mendes", None)]


def test_the_parties_to_a_hearing_are_roles_after_their_names():
    """'Kemal Aydin, Applicant', 'Daniel Murch, Metropolitan Police Licensing Unit', 'Joan Pettifer, Resident': a
    party to a licensing hearing is the role of the name before it, not a person."""
    assert names("Kemal Aydin, Applicant (Item 5)\nDaniel Murch, Metropolitan Police Licensing Unit\nJoan Pettifer, "
                 "Resident") == [("Kemal Aydin", "Applicant (Item 5)"),
                                 ("Daniel Murch", "Metropolitan Police Licensing Unit"), ("Joan Pettifer", "Resident")]


def test_plural_honorific_label_and_and_joined_list():
    assert names("Councillors: Ed Plowden (Chair), Graham Morris (Vice-Chair), Kaz Self and David Wilcox") == [
        ("Ed Plowden", "Chair"), ("Graham Morris", "Vice-Chair"), ("Kaz Self", None), ("David Wilcox", None)]


def test_initials_with_dots_and_honorifics_with_dots():
    assert names("Cllr. Dr. J. Smith, Cllr P. E. O'Connor & Prof. A. B. Cee") == [
        ("J. Smith", None), ("P. E. O'Connor", None), ("A. B. Cee", None)]


def test_a_full_stop_between_names_ends_an_item_but_not_after_an_initial_or_honorific():
    assert names("Councillors Ann Lee, Gwen Tuff. Rob Nash (Parent Governor representative).") == [
        ("Ann Lee", None), ("Gwen Tuff", None), ("Rob Nash", "Parent Governor representative")]
    assert names("Dr. Ray Box, J. Lee and Mrs. Ann Cole") == [("Ray Box", None), ("J. Lee", None), ("Ann Cole", None)]


def test_councillor_as_ocr_reads_it():
    assert names("Clir A Caudwell (Vice Chairman), Clirs Howells and Kay, District Clir Blackwell") == [
        ("A Caudwell", "Vice Chairman"), ("Howells", None), ("Kay", None), ("Blackwell", None)]


def test_initials_in_brackets_are_no_role():
    assert names("Cllr Jan Pearce (JP) – Town Mayor, Cllr Ade Okafor (AO)") == [
        ("Jan Pearce", "Town Mayor"), ("Ade Okafor", None)]
    assert names("Ann Lee (AL) CHAIR\nBob Hart (BH)\nR W Gough (RWG)") == [
        ("Ann Lee", "CHAIR"), ("Bob Hart", None), ("R W Gough", None)]


@pytest.mark.parametrize("printed", ["Maureen O'Brien", "Maureen O’Brien", "Adam D'Souza", "Christine McInnes",
                                     "Lisa Sanderson-Williams", "Jean-Paul de Souza", "A Brennan-Price"])
def test_apostrophes_mc_and_double_barrelled_names_kept_whole(printed):
    person = split_name(f"Mrs {printed} (Vice-Chair)")
    assert (person.name, person.role) == (printed, "Vice-Chair")


def test_roles_after_commas_semicolons_and_dashes():
    assert names("Edward Warren, Corporate Risk Manager; Pamela Murray, Service Manager, Commissioning; "
                 "Kathryn Hancock") == [
        ("Edward Warren", "Corporate Risk Manager"), ("Pamela Murray", "Service Manager, Commissioning"),
        ("Kathryn Hancock", None)]
    assert names("Sue Chandler, Cabinet Member for Children and Families.") == [
        ("Sue Chandler", "Cabinet Member for Children and Families")]
    assert names("Andrew Holden – Corporate Risk Manager\nHarriet Evans – Section 151 Officer") == [
        ("Andrew Holden", "Corporate Risk Manager"), ("Harriet Evans", "Section 151 Officer")]


def test_role_with_and_inside_does_not_become_a_person():
    assert names("Dean Gray, Director of Adult Social Care and Public Health, Alison Fletcher") == [
        ("Dean Gray", "Director of Adult Social Care and Public Health"), ("Alison Fletcher", None)]


def test_post_nominals_dropped_and_other_capitals_kept_as_role():
    assert names("Mr R C Love, OBE, Sir Paul Carter, CBE, Mr D Murphy") == [
        ("R C Love", None), ("Paul Carter", None), ("D Murphy", None)]
    assert names("A Armstrong EDC and M Armstrong") == [("A Armstrong", "EDC"), ("M Armstrong", None)]


def test_a_closing_bracket_or_an_honorific_starts_the_next_person():
    assert names("Councillors D Richardson (Chair) R Healey, N Cresswell") == [
        ("D Richardson", "Chair"), ("R Healey", None), ("N Cresswell", None)]
    assert names("Cllr A Smith Cllr B Jones") == [("A Smith", None), ("B Jones", None)]


def test_titles_before_names_become_the_role():
    assert names("P Moran Clerk J Connelly") == [("P Moran", None), ("J Connelly", "Clerk")]
    assert names("Chairman Dennis Richardson, Vice-Chairman Cllr Jo Bloggs") == [
        ("Dennis Richardson", "Chairman"), ("Jo Bloggs", "Vice-Chairman")]


def test_a_title_after_the_article_and_a_count_of_the_public_is_no_role():
    """'the Clerk Mrs Y Soames': the title is the role of the name after it, past 'the'; '2 members of the public'
    (or a count wrapping as '23 local') after someone is not their role."""
    assert names("County Councillor R Esk, the Clerk Mr J Tarn and 2 members of the public.") == [
        ("R Esk", None), ("J Tarn", "Clerk")]
    assert names("the Chairman Cllr A Bell, Cllr C Dorn and 23 local") == [("A Bell", "Chairman"), ("C Dorn", None)]


def test_a_single_surname_needs_an_honorific_or_a_role():
    assert names("Mr Watts, McKay (Acting Chief Accountant), Families") == [
        ("Watts", None), ("McKay", "Acting Chief Accountant")]


@pytest.mark.parametrize("text", ["To: All Members of the County Council", "Chief Executive",
                                  "Councillor Richardson welcomed Councillor Neil Cresswell to the Parish",
                                  "Members of the public: 4", "General Counsel"])
def test_prose_and_job_titles_are_not_people(text):
    assert people(text) == []


def test_strict_mode_rejects_lists_with_anything_but_names():
    assert names("Pauline Batstone (Chairman)\tKatharine Garcia\tDerek Beer", strict=True) == [
        ("Pauline Batstone", "Chairman"), ("Katharine Garcia", None), ("Derek Beer", None)]
    assert people("Mike Harries\tContact: Fiona King, Senior Democratic Services Officer", strict=True) == []


def test_offsets_point_at_the_name():  # pdfium's U+FFFE hyphens are mended in layout (tests/test_layout.py)
    text = "PRESENT: Mr Derek Barrington-King, Mrs T Dean"
    found = people(text)
    assert [p.name for p in found] == ["Derek Barrington-King", "T Dean"]
    assert text[found[1].start:].startswith("T Dean")


def test_split_name_wants_exactly_one_person():
    assert split_name("Cllr N A Bell (substitute for Cllr O'Connor)").role == "substitute for Cllr O'Connor"
    assert split_name("A Smith and B Jones") is None


def test_bare_surnames_under_a_plural_honorific():
    assert [p.name for p in people("Councillors Ahmed, Brown and Hughes")] == ["Ahmed", "Brown", "Hughes"]
    assert [p.name for p in people("Ahmed, Brown and Hughes")] == []


def test_a_firm_after_a_role_and_a_role_whose_last_word_carries_a_note():
    """'Engagement Lead, Orrell Beck LLP (External Auditor)': the firm is the role's, not a person; '… for Finance
    and Assets (minute 37 only)': the bracketed note closes the role, 'Assets' is no one."""
    assert names("Ruth Dale – Engagement Lead, Orrell Beck LLP (External Auditor)\nCouncillor Ian Moss – Cabinet "
                 "Member for Finance and Assets (minute 37 only)") == [
        ("Ruth Dale", "Engagement Lead, Orrell Beck LLP (External Auditor)"),
        ("Ian Moss", "Cabinet Member for Finance and Assets (minute 37 only)")]


def test_a_list_printed_in_capitals_keeps_a_short_surname_after_its_initial():
    """"J FELL" in a list set in capitals is a name (in mixed case, "MBE" after a name is a post-nominal)."""
    assert names("CLLRS R HARGREAVES (CHAIRMAN), P DOWNEY, T NWOSU AND J FELL") == [
        ("R HARGREAVES", "CHAIRMAN"), ("P DOWNEY", None), ("T NWOSU", None), ("J FELL", None)]
    assert names("Mr A Jones MBE and Mrs B Lee") == [("A Jones", None), ("B Lee", None)]


def test_a_bracket_after_a_role_that_follows_a_name_qualifies_the_role():
    """"Name, Role (qualifier)": the bracket is the role's ("Major Applications" is no one); a role with a name in
    brackets on its own names that person."""
    assert names("Martin Cowdrey, Senior Planning Officer (Major Applications)") == [
        ("Martin Cowdrey", "Senior Planning Officer (Major Applications)")]
    assert names("Town Clerk (Ms J Wells)") == [("J Wells", "Town Clerk")]


def test_a_line_of_names_after_a_line_of_names_and_roles_set_apart_by_semicolons():
    """"A (Mayor) in the Chair; B (Deputy Mayor)" over "Councillors C, D and E": the second line lists names, not a
    name and its role after each comma."""
    assert names("Councillor Ann Ash (The Mayor) in the Chair; Councillor Bo Birch (Deputy Mayor)\n"
                 "Councillors Cy Cole, Di Dale, Ed Elm and Flo Fir.") == [
        ("Ann Ash", "The Mayor"), ("Bo Birch", "Deputy Mayor"), ("Cy Cole", None), ("Di Dale", None),
        ("Ed Elm", None), ("Flo Fir", None)]
    assert names("A Bell, Head of Finance; C Dee, Clerk") == [("A Bell", "Head of Finance"), ("C Dee", "Clerk")]
