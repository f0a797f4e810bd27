"""Person names and roles as councils print them in attendance lists.

"Mr R W Gough (Chairman), Mrs S Chandler and Dr M Gogarty", "Councillors: A (Chair), B, C and D",
"Edward Warren, Corporate Risk Manager; David Hughes, Head of Finance", "Andrew Holden – Corporate Risk
Manager". spaCy's tokenizer (a blank English pipeline, built once on first use) splits a list into tokens
with offsets; a Matcher finds honorifics ("Cllr", "Mrs", "County Councillor") and checks that what is left
of a segment has the shape of a name (initials, "J.", O'Brien, McKay, Brennan-Jones). The walk over the
segments keeps bracketed text, and comma- or dash-separated text that reads as a job title, as the role.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

HONORIFICS = {
    "cllr", "cllrs", "councillor", "councillors", "councilor", "cr", "mr", "mrs", "ms", "miss", "mx", "dr", "drs",
    "prof", "professor", "sir", "dame", "lord", "lady", "rev", "revd", "reverend", "canon", "alderman", "messrs",
    "clir", "clirs",  # "Cllr" and "Cllrs" as OCR reads them
    "sgt", "sergeant", "insp", "inspector",  # a police rank before a name ("Sgt N. Firbank")
}
_HON_PLACE = ["borough", "city", "county", "district", "parish", "town"]  # "County Councillor X"
HONOURS = {"obe", "mbe", "cbe", "kbe", "dbe", "bem", "jp", "dl", "mp", "mep", "qc", "kc", "phd", "frs", "rn"}
PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "le", "la", "bin", "al", "ap"}
CONNECTORS = {"and", "of", "for", "the", "in", "&"} | PARTICLES
# First and last words of job titles: "Chief Executive", "Head of Finance", "Corporate Risk Manager".
ROLE_FIRST = {
    "chief", "head", "director", "deputy", "assistant", "acting", "interim", "senior", "principal", "corporate",
    "strategic", "cabinet", "leader", "chair", "chairman", "chairwoman", "chairperson", "vice", "member", "members",
    "clerk", "democratic", "monitoring", "section", "service", "services", "group", "team", "lead", "executive",
    "general", "area", "programme", "project", "policy", "finance", "legal", "committee", "council", "portfolio",
    "public", "all", "mayor", "officer", "officers", "designated", "independent", "co-opted", "youth", "local",
}
ROLE_LAST = {
    "manager", "officer", "director", "executive", "clerk", "chair", "chairman", "chairwoman", "chairperson",
    "leader", "member", "members", "adviser", "advisor", "accountant", "counsel", "analyst", "secretary",
    "treasurer", "solicitor", "lead", "partner", "engineer", "planner", "coordinator", "co-ordinator",
    "consultant", "specialist", "nurse", "inspector", "auditor", "administrator", "assistant", "controller",
    "commissioner", "representative", "mayor", "governor", "services", "team", "council", "committee", "panel",
    "board", "authority", "trust", "police", "service", "lawyer", "surveyor", "minister", "deputy", "health",
    "unit", "applicant", "applicants", "objector", "objectors", "resident", "residents",  # (parties to a hearing)
    "llp", "ltd", "limited", "plc", "cic",  # a firm ("Engagement Lead, Grant Hollister LLP"), not a person
}
# Titles printed before a name: "Chairman Dennis Richardson", "Clerk J Connelly".
TITLES = {"chairman", "chair", "chairwoman", "chairperson", "vice", "clerk", "mayor", "deputy", "leader", "secretary",
          "treasurer"}
NOT_NAMES = {"the", "a", "an", "to", "of", "for", "in", "on", "at", "by", "with", "from", "tel", "telephone", "email",
             "plus", "farm", "cottage", "road", "street", "avenue", "drive", "gardens", "crescent", "terrace"}
_INITIAL = re.compile(r"^[A-Z]\.?$")
_NAME_WORD = re.compile(
    r"^(?:[A-Z][a-z]{0,2}['’])?[A-Z][a-zà-öø-ÿ]+(?:['’][a-z]+)?(?:[A-Z][a-zà-öø-ÿ]+)*$|^[A-Z]{5,}$"
)
_CAPS = re.compile(r"^[A-Z]{2,4}$")
_DASHES = {"-", "–", "—"}
_HYPHENS = {"-", "‐"}
_HARD = {"\n": "\n", "\t": "\t"}


@dataclass(frozen=True, slots=True)
class Person:
    """A name as printed without honorifics, its role (or None), and the offset of the name in the parsed text."""

    name: str
    role: str | None
    start: int
    honorific: bool = False
    tier: str | None = None  # the council tier an honorific names: "county" for "County Councillor X"


@dataclass(slots=True)
class _Segment:
    """Tokens between list separators: outside brackets in `tokens`, bracketed texts in `roles`."""

    sep: str  # separator before it: "", ",", ";", "\n", "\t", "and", "dash", ")", "hon"
    item: int  # index of the ';'- or line-separated item it belongs to
    tokens: list = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class _Entry:
    person: Person
    item: int
    tail_start: int | None = None  # a comma- or dash-separated role after the name
    tail_end: int | None = None


def preload() -> None:
    """Build the spaCy pipeline now (most of a second) instead of inside the first document's extraction."""
    _pipeline()


@cache
def _pipeline():
    """The blank English pipeline and its Matcher (honorifics, name shapes): built once, on first use."""
    import spacy
    from spacy.matcher import Matcher
    from spacy.tokens import Token

    nlp = spacy.blank("en")
    Token.set_extension("initial", getter=lambda t: bool(_INITIAL.match(t.text)), force=True)
    Token.set_extension("name_word", getter=_is_name_word, force=True)
    matcher = Matcher(nlp.vocab)
    matcher.add("HONORIFIC", [
        [{"LOWER": {"IN": sorted(HONORIFICS | {h + "." for h in HONORIFICS})}}, {"ORTH": ".", "OP": "?"}],
        [{"IS_TITLE": True, "OP": "?"}, {"LOWER": {"IN": _HON_PLACE}},
         {"LOWER": {"IN": ["councillor", "councillors", "cllr", "clir"]}}],  # "Eden District Councillor"
    ], greedy="LONGEST")
    Token.set_extension("name_part", getter=_is_name_part, force=True)
    matcher.add("NAME", [[{"_": {"name_part": True}, "OP": "*"}, {"_": {"name_word": True}}]])
    return nlp, matcher


def _is_name_part(token) -> bool:
    """Initials, name words, particles ("de", "van") and a hyphen inside a double-barrelled name."""
    if token.text in _HYPHENS:
        return not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token._.initial or token._.name_word or token.lower_ in PARTICLES


def _is_name_word(token) -> bool:
    text, lower = token.text, token.lower_
    if lower in HONORIFICS or lower in HONOURS or lower in NOT_NAMES:
        return False
    # a short surname in a list printed in capitals after an initial ("T NWOSU AND J FELL"); elsewhere a short word
    # in capitals is an acronym
    return bool(_NAME_WORD.match(text)) or (bool(_CAPS.match(text)) and token.i > 0
                                            and bool(_INITIAL.match(token.doc[token.i - 1].text)))


_PLURAL_HONORIFICS = {"councillors", "cllrs", "clirs", "messrs"}
_NAME_MARK = re.compile(r"(?<=[a-z])[*†‡]+")


def people(text: str, strict: bool = False) -> list[Person]:
    """Every person in a printed list, in order. '\\n' in `text` separates lines, '\\t' table cells.

    `strict`: the text must be names only (bracketed roles allowed), else nothing is returned.
    """
    nlp, matcher = _pipeline()
    # a hyphen some PDFs print as a soft hyphen (U+FFFE is mended in layout); a footnote mark after a name
    # ("Stuart McBride*") blanked, the text keeping its length
    text = _NAME_MARK.sub(lambda m: " " * len(m[0]), text)
    doc = nlp(text.replace("\u00ad", "-"))
    honorific = {i for label, start, end in matcher(doc) if nlp.vocab.strings[label] == "HONORIFIC"
                 for i in range(start, end)}
    surnames = any(t.lower_ in _PLURAL_HONORIFICS for t in doc)  # "Councillors Ahmed, Brown and Hughes"
    entries: list[_Entry] = []
    segments = _segments(doc, honorific)
    bracketed = {segment.item for segment in segments if segment.roles}  # items giving roles in brackets
    capitals = not any(c.islower() for c in text)  # a list printed in capitals: "J FELL" is no post-nominal
    persons = [_person(segment, doc, honorific, surnames, capitals) for segment in segments]
    # people separated by ';' (not a closing "; 8 members of the public"): two or more such items name someone
    semicolons = any(t.text == ";" for t in doc) and len(
        {s.item for s, p in zip(segments, persons, strict=True) if p is not None}) >= 2
    # (an item naming two or more people after its commas and "and" is a list of names: "Councillors A, B and C"
    # after "Present: A (Mayor); B (Deputy Mayor)")
    after_commas = Counter(s.item for s, p in zip(segments, persons, strict=True)
                           if s.sep in (",", "and") and p is not None)
    listed = {item for item, n in after_commas.items() if n >= 2}
    for k, (segment, person) in enumerate(zip(segments, persons, strict=True)):
        if strict and person is None:
            return []
        last = entries[-1] if entries else None
        if _role_before(segments, persons, k):  # "Planning Officer – D Lingard": the role of the name after it
            continue
        if _describes_next(segments, persons, k):  # "... and by the co-opted members Mr A and Dr B": not a role
            continue
        if k and _role_before(segments, persons, k - 1):
            role = re.sub(r"^the\s+", "", _clean(text[segments[k - 1].start:segments[k - 1].end]), flags=re.I)
            entries.append(_Entry(Person(person.name, person.role or role, person.start, person.honorific,
                                         person.tier), segment.item))
        elif strict:
            entries.append(_Entry(person, segment.item))
        elif last is not None and last.item == segment.item and _extends_role(
                segment, person, last, semicolons and segment.item not in bracketed | listed):
            last.tail_start = segment.start if last.tail_start is None else last.tail_start
            last.tail_end = segment.end
        elif person is not None:
            entries.append(_Entry(person, segment.item))
    # a name whose bracket is a bare count is a group's heading ("Conservative (5)" over its members), no one's
    return [person for entry in entries if not (person := _finish(entry, text)).role or not person.role.isdigit()]


def _role_before(segments: list[_Segment], persons: list[Person | None], k: int) -> bool:
    """Segment k is a job title printed before the name it belongs to, with a dash between them, or after "the" and
    before a comma ("the Clerk, Mrs M Fenn")."""
    if persons[k] is not None or k + 1 >= len(segments) or persons[k + 1] is None:
        return False
    tokens = segments[k].tokens
    apposed = segments[k + 1].sep == "," and len(tokens) > 1 and tokens[0].lower_ == "the"
    return (segments[k + 1].sep == "dash" or apposed) and segments[k].sep in (",", ";", "\n", "") \
        and _role_like(tokens)


_PEOPLE_NOUNS = {"member", "members", "officer", "officers", "representative", "representatives", "adviser",
                 "advisers", "advisor", "advisors", "guests", "observers", "co-optees"}


def _describes_next(segments: list[_Segment], persons: list[Person | None], k: int) -> bool:
    """Segment k names a kind of people and runs into an honorific and a name: it describes those after it."""
    return (persons[k] is None and k + 1 < len(segments) and segments[k + 1].sep == "hon"
            and persons[k + 1] is not None and _kind_of_people(segments[k]))


def _kind_of_people(segment: _Segment) -> bool:
    """Lower-case words ending in a noun for people ("by the independent co-opted members"): neither a name nor a
    printed role; a clause before a name ("the meeting noted that Cllr B") is not one."""
    words = [t for t in segment.tokens if any(c.isalpha() for c in t.text)]
    return bool(words) and all(t.text[:1].islower() for t in words) and words[-1].lower_ in _PEOPLE_NOUNS


def split_name(text: str) -> Person | None:
    """The one person in `text` ("Cllr Dr K L Hartley (Chair)"), or None when it is not exactly one name."""
    found = people(text)
    return found[0] if len(found) == 1 else None


def _segments(doc, honorific: set[int]) -> list[_Segment]:
    """Split at top-level commas, semicolons, full stops between names, 'and', spaced dashes, breaks, after ')' and
    before an honorific."""
    segments = [_Segment("", 0)]
    depth, bracket_from, item = 0, 0, 0
    text = doc.text  # (spaCy joins it from the tokens on every call)

    def cut(sep: str) -> None:
        nonlocal item
        if sep in (";", "\n", "."):
            item += 1
        segments.append(_Segment(sep, item))

    for tok in doc:
        current = segments[-1]
        if depth:
            if tok.text in "([":
                depth += 1
            elif tok.text in ")]":
                depth -= 1
                if not depth:
                    current.roles.append(text[bracket_from:tok.idx])
                    current.end = tok.idx + 1
            continue
        if tok.is_space:
            if "\n" in tok.text or "\t" in tok.text:
                cut("\n" if "\n" in tok.text else "\t")
            continue
        if tok.text in (",", ";") or (tok.text == "." and _ends_item(doc, tok, honorific)):
            cut(tok.text)
            continue
        if tok.lower_ in ("and", "&"):
            cut("and")
            continue
        if tok.text in _DASHES and tok.whitespace_ and tok.i and doc[tok.i - 1].whitespace_:
            cut("dash")
            continue
        if current.roles and tok.text not in ".:":
            cut(")")
        elif tok.i in honorific and tok.i - 1 not in honorific and (
                _named(current, honorific) or _kind_of_people(current)):
            cut("hon")
        elif tok.lower_ in TITLES and _named(current, honorific) and tok.i + 1 < len(doc) and (
            doc[tok.i + 1]._.initial or doc[tok.i + 1]._.name_word or doc[tok.i + 1].i in honorific
        ):
            cut("title")
        current = segments[-1]
        if tok.text in "([":
            depth, bracket_from = 1, tok.idx + 1
        else:
            current.tokens.append(tok)
        if current.start < 0:
            current.start = tok.idx
        current.end = max(current.end, tok.idx + len(tok.text))
    if depth:
        segments[-1].roles.append(text[bracket_from:])
        segments[-1].end = len(text)
    return [s for s in segments if s.start >= 0]


def _ends_item(doc, tok, honorific: set[int]) -> bool:
    """A full stop after a whole name word and before another name ("Gwen Tuff. Rebecca Nash (Parent Governor)")
    ends a list item; one after an initial or an honorific ("J. Lee", "Dr. Ray") does not."""
    if tok.i in honorific or not tok.whitespace_ or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return before._.name_word and not before._.initial and (after._.name_word or after.i in honorific)


def _named(segment: _Segment, honorific: set[int]) -> bool:
    """Whether the segment already holds a name word (so a title or honorific after it starts another person)."""
    return any(t._.name_word and t.i not in honorific and t.lower_ not in TITLES for t in segment.tokens)


def _person(segment: _Segment, doc, honorific: set[int], surnames: bool, capitals: bool) -> Person | None:
    """The name in a segment once honorifics, titles and post-nominals are set aside, or None if it is not a name.

    A bare surname counts after an honorific, or in a list under a plural one (`surnames`); in a list printed in
    `capitals`, a word in capitals after an initial is a surname, not a post-nominal."""
    tokens = list(segment.tokens)
    tier = next((t.lower_ for t in tokens[:3] if t.i in honorific and t.lower_ in _HON_PLACE), None)
    if tokens and len(segment.roles) == 1 and _role_like(tokens) and (named := _role_first(segment, doc, tokens)):
        return named
    has_honorific, title = False, []
    if len(tokens) > 2 and tokens[0].lower_ == "the" and (tokens[1].lower_ in TITLES or tokens[1].i in honorific):
        tokens.pop(0)  # "the Clerk Mrs Y Soames"
    while tokens and (tokens[0].i in honorific or tokens[0].text in ".:" or tokens[0].lower_ in TITLES
                      or (title and tokens[0].text in _HYPHENS)):
        if tokens[0].lower_ in TITLES or tokens[0].text in _HYPHENS:
            title.append(tokens[0])
        has_honorific |= tokens[0].i in honorific
        tokens.pop(0)
    if title and len(tokens) < 2 and not has_honorific:
        return None
    suffixes = []
    while tokens and (tokens[-1].text in ".:," or (_CAPS.match(tokens[-1].text) and tokens[-1].lower_ not in ROLE_LAST
                                                   and not (capitals and len(tokens) > 1 and tokens[-2]._.initial))
                      or tokens[-1].lower_ in HONOURS):
        if tokens[-1].text not in ".:," and tokens[-1].lower_ not in HONOURS:
            suffixes.insert(0, tokens[-1].text)
        tokens.pop()
    if not tokens or _role_like(tokens) or any(t.is_space for t in tokens):
        return None
    if len(tokens) == 1 and not (has_honorific or segment.roles or surnames):
        return None
    _, matcher = _pipeline()
    span = doc[tokens[0].i:tokens[-1].i + 1]
    if len(span) != len(tokens) or not any(
        s == 0 and e == len(span) for label, s, e in matcher(span) if doc.vocab.strings[label] == "NAME"
    ):
        return None
    initials = "".join(t.text[0] for t in span if t.text[:1].isalpha()).upper()
    roles = [_clean(r) for r in segment.roles if _clean(r) and _clean(r) != initials]  # "Ann Lee (AL)": no role
    titled = doc[title[0].i:title[-1].i + 1].text if title else None
    role = "; ".join(roles) if roles else (titled or " ".join(suffixes) or None)
    return Person(_clean(span.text), role, span.start_char, has_honorific, tier)


def _role_first(segment: _Segment, doc, tokens: list) -> Person | None:
    """A role with the name in brackets after it ("Town Clerk (Ms J Wells)"): the name, with the role."""
    inner = split_name(segment.roles[0])
    if inner is None or any(t.is_space for t in tokens):
        return None
    start = doc.text.find(segment.roles[0], tokens[-1].idx) + inner.start
    role = doc[tokens[0].i:tokens[-1].i + 1].text
    return Person(inner.name, _clean(role), start, inner.honorific)


def _role_like(tokens: list) -> bool:
    """Job-title words, lower-case words that are not name particles, or digits: not a name."""
    first = next((t for t in tokens if _has_letter(t.text)), None)  # (segments of running text run long)
    if first is None:
        return True
    last = next(t for t in reversed(tokens) if _has_letter(t.text))
    if first.lower_ in ROLE_FIRST or last.lower_ in ROLE_LAST:
        return True
    return any(t.like_num or (t.text[:1].islower() and t.lower_ not in CONNECTORS) for t in tokens)


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _extends_role(segment: _Segment, person: Person | None, last: _Entry, semicolons: bool) -> bool:
    """Whether a segment continues the previous person's role rather than naming someone new. `semicolons`: the
    list separates people by ';' and gives each a role after a comma ("A Bell, Head of Finance; C Dee, Clerk")."""
    if segment.sep == "dash" or (semicolons and segment.sep == ","):
        return True
    if person is None:
        words = [t for t in segment.tokens if any(c.isalpha() for c in t.text)]
        return bool(words) and not _counted(segment.tokens) and (
            last.tail_start is not None or _role_like(segment.tokens)) and segment.sep != "hon"
    if segment.sep == "," and len(segment.roles) == 1 and not person.honorific and last.person.role is None \
            and last.tail_start is None and _role_like(segment.tokens):
        return True  # "Martin Cowdrey, Senior Planning Officer (Major Applications)": a bracket qualifying the role
    # "– Cabinet Member for Finance and Assets (minute 37 only)": one bare word after 'and' carries on the role
    return last.tail_start is not None and segment.sep == "and" and not person.honorific and (
        not segment.roles or " " not in person.name)


def _counted(tokens: list) -> bool:
    """A count of people, not a role: '2 members of the public', 'three residents', '23 local' (wrapped)."""
    return len(tokens) > 1 and (tokens[0].like_num or tokens[0].lower_ == "no") and tokens[1].text[:1].islower()


def _finish(entry: _Entry, text: str) -> Person:
    person = entry.person
    if entry.tail_start is None or person.role:
        return person
    tail = _clean(text[entry.tail_start:entry.tail_end])
    return Person(person.name, tail or None, person.start, person.honorific, person.tier)


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.")
    return re.sub(r"^(and|&)\s+", "", text)
