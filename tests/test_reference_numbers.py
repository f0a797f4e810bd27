"""Minutes numbered with council references of several groups (PL/24/55, HWB/24/41, JWA 24/19, 10.25.02): one
group of digits rises from minute to minute, and which one is the council's choice. Rendered to a real PDF."""

import pytest

from minutebook.extractors import minutes, resolutions
from minutebook.extractors.numbering import follows, split_numbered

PAGE = """<html><head><style>body{{font-family:sans-serif;font-size:10.5pt}} h3{{font-size:11pt;margin:10pt 0 4pt}}
</style></head><body><h2>Eastmere Borough Council</h2><h1>Licensing Committee</h1>
<p><b>Minutes of the meeting held on Thursday 6 June 2024 at 6.00 pm</b></p>
<p><b>Present:</b> Councillors Ada Rook (Chair), Ben Fitch and Cara Dunn</p>
{body}<p>The meeting closed at 7.10 pm.</p></body></html>"""


def _pack_html(numbers: list[str]) -> str:
    titles = ["Apologies for Absence", "Declarations of Interest", "Street Trading Fees", "Any Other Business"]
    body = "".join(f"<h3>{n} {t}</h3><p>The Committee considered the item and noted it.</p>"
                   for n, t in zip(numbers, titles, strict=False))
    return PAGE.format(body=body)


@pytest.mark.parametrize("numbers", [
    ["PL/24/55", "PL/24/56", "PL/24/57", "PL/24/58"],  # code / year / number
    ["JWA 24/19", "JWA 24/20", "JWA 24/21", "JWA 24/22"],  # code year/number: the last group rises
    ["CAB 51/24", "CAB 52/24", "CAB 53/24", "CAB 54/24"],  # code number/year: the first group rises
    ["10.25.02", "10.25.03", "10.25.04", "10.25.05"],  # month.year.number
    ["F&GP 31/24", "F&GP 32/24", "F&GP 33/24", "F&GP 34/24"],  # a committee's initials joined by '&'
])
def test_reference_numbered_minutes(html_pack, numbers):
    found = minutes.extract(html_pack(_pack_html(numbers)))
    assert [(m.number, m.title) for m in found] == list(zip(numbers, [
        "Apologies for Absence", "Declarations of Interest", "Street Trading Fees", "Any Other Business"],
        strict=True))


def test_references_follow_only_when_one_group_rises():
    n = {t: split_numbered(t + " Title")[0] for t in ("PL/24/55", "PL/24/56", "PL/25/56", "HWB/24/56", "24/099")}
    assert follows(n["PL/24/55"], n["PL/24/56"])
    assert not follows(n["PL/24/56"], n["PL/24/55"])
    assert not follows(n["PL/24/55"], n["PL/25/56"])  # two groups changed
    assert not follows(n["PL/24/55"], n["HWB/24/56"])  # another committee's code
    assert split_numbered("12/06/2024 The meeting") is None  # a date, not a reference


def test_number_after_the_title(html_pack):
    body = ("<h3>Apologies (minute 87)</h3><p>None.</p><h3>Declarations of interest (minute 88)</h3><p>None.</p>"
            "<h3>Christmas lights – Minute 89</h3><p>The Committee resolves to renew the contract for two years.</p>")
    pack = html_pack(PAGE.format(body=body))
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("87", "Apologies"), ("88", "Declarations of interest"), ("89", "Christmas lights")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("89", "resolved", "The Committee resolves to renew the contract for two years.")]


def test_roman_numerals_and_a_reference_apart_at_the_right(html_pack):
    """Minutes numbered "I." to "XI." (a drainage board's style), and a reference printed apart at the heading's right
    ("Planning applications        16/25"); a plain number there is a page number, not a minute's."""
    titles = ["APOLOGIES", "DECLARATIONS OF INTEREST", "MINUTES", "MATTERS ARISING", "ENGINEER'S REPORT", "RATES",
              "PAYMENTS", "CONSENTS", "ASSETS", "CORRESPONDENCE", "NEXT MEETING"]
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"]
    body = "".join(f"<h3>{n}. {t}</h3><p>The Board noted the item.</p>" for n, t in zip(numerals, titles, strict=True))
    found = minutes.extract(html_pack(PAGE.format(body=body)))
    assert [(m.number, m.title) for m in found] == list(zip(numerals, titles, strict=True))
    right = "<h3 style='display:flex;justify-content:space-between'><span>{}</span><span>{}</span></h3><p>Noted.</p>"
    headings = [("Apologies for absence", "12/25"), ("Public participation", "13/25"),
                ("Planning applications", "14/25")]
    body = "".join(right.format(t, n) for t, n in headings)
    found = minutes.extract(html_pack(PAGE.format(body=body)))
    assert [(m.number, m.title) for m in found] == [
        ("12/25", "Apologies for absence"), ("13/25", "Public participation"), ("14/25", "Planning applications")]
    body = "".join(right.format(t, n) for t, n in [("Apologies for absence", "3"), ("Public participation", "5"),
                                                   ("Planning applications", "9")])
    assert minutes.extract(html_pack(PAGE.format(body=body))) == []


def test_four_figure_minute_numbers_that_are_not_years():
    """A board numbering its minutes on from meeting to meeting ('1043. Apologies for Absence.'): a number, not a
    year; '2024' opening a line still is a year."""
    from minutebook.extractors.numbering import split_numbered

    parsed = split_numbered("1043. Apologies for Absence. Apologies were received.")
    assert parsed is not None
    assert (parsed[0].text, parsed[1]) == ("1043", "Apologies for Absence. Apologies were received.")
    assert split_numbered("2024 Annual Report") is None


@pytest.mark.parametrize(("parent", "subs"), [("25/31", (".1", ".2")), ("7", (".1", ".2")), ("PH/035", ("a", "b"))])
def test_titled_sub_minutes_numbered_from_their_heading(html_pack, parent, subs):
    """"25/31 Finance" over "25/31.1 Payments for approval" and "25/31.2 Bank reconciliation" (or "PH/035a",
    "PH/035b"), each set as its heading is with its text under it: minutes of their own, holding their decisions;
    a numbered paragraph ("25/32.1 The Clerk ...") is not one."""
    *before, nxt = {"25/31": ("25/29", "25/30", "25/32"), "7": ("5", "6", "8"),
                    "PH/035": ("PH/033", "PH/034", "PH/036")}[parent]
    first, second = (f"{parent}{sub}" for sub in subs)
    body = (f"<h3>{before[0]} Apologies</h3><p>None.</p><h3>{before[1]} Minutes</h3><p>Signed.</p>"
            f"<h3>{parent} Finance</h3><h3 style='margin-left:2em'>{first} Payments for approval</h3>"
            "<p style='margin-left:2em'>RESOLVED to approve payments 118 to 126.</p>"
            f"<h3 style='margin-left:2em'>{second} Bank reconciliation</h3>"
            "<p style='margin-left:2em'>NOTED: the reconciliation to 31 March 2025.</p>"
            f"<h3>{nxt} Clerk's report</h3><p>{nxt}.1 The Clerk reported that the noticeboard was installed.</p>")
    pack = html_pack(PAGE.format(body=body))
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        (before[0], "Apologies"), (before[1], "Minutes"), (parent, "Finance"), (first, "Payments for approval"),
        (second, "Bank reconciliation"), (nxt, "Clerk's report")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        (first, "resolved", "to approve payments 118 to 126."),
        (second, "noted", "the reconciliation to 31 March 2025.")]


def test_a_reference_numbered_within_its_year_is_no_financial_year():
    """"2025/118" numbers a minute within 2025; "2023/24" and "2024/2025" are financial years, no minutes."""
    assert split_numbered("2025/118 APOLOGIES FOR ABSENCE")[0].text == "2025/118"
    assert split_numbered("2023/24 Budget outturn") is None
    assert split_numbered("2024/2025 Outturn") is None
