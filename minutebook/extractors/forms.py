"""Forms: decisions printed as labelled fields instead of numbered minutes (decision notices, records of decision,
decision recording forms).

A field is a label and its value, laid out in one of three ways, told apart by geometry rather than house style:
- beside, in a label column: "Decision maker      Cabinet", the value wrapping under the value column (in such a
  column any label counts, in plain type too, and one may wrap in its cell: "Date of" over "decision");
- before the value on its line: "(a) Subject: 20 mph Review", "Date of decision: 11 December 2024";
- above the value: a bold "(d) Decision taken" over the lines of the decision.
A decision form is a subject field followed by a decision field. Its subject gives the minute ("Minute 64: Title")
or the agenda item it decided ("… (agenda item 7)"); its decision field is one decision, whatever its wording.
A schedule of decisions ("Application | Site | Proposal | Decision") is one form per row, numbered by its reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .columns import is_table_header
from .dates import find_dates
from .layout import Line, join_lines
from .numbering import split_numbered

_PREFIX = r"(?:\(?[a-z]\)\s*|\d{1,2}[.)]\s+)?"
_INLINE = re.compile(rf"^{_PREFIX}(?P<label>[A-Z][A-Za-z /&'-]{{1,40}}?)\s*[:?]\s*(?P<rest>.*)$")
_ABOVE = re.compile(rf"^{_PREFIX}(?P<label>[A-Z][A-Za-z /&'-]{{1,60}}?)\s*[:?]?$")
SUBJECT = re.compile(r"^(subject|title|(agenda\s+)?item|matter|application|report(\s+title)?|decision\s+title)$", re.I)
DECISION = re.compile(r"^(decisions?(\s+(taken|made|agreed))?|resolution|resolved|the\s+decision)$", re.I)
MAKER = re.compile(r"^(decision\s+(maker|taker|taken\s+by)|meeting|committee|decided\s+by)$", re.I)
WHEN = re.compile(r"^(date\s+of\s+(the\s+)?(decision|meeting|hearing)|decision\s+date|date(\s+taken)?)$", re.I)
REFERENCE = re.compile(r"^(decision\s+)?(ref(erence)?\.?(\s+(no\.?|number))?|(no\.?|number))$", re.I)
MINUTE_NUMBER = re.compile(r"^minute\s+(no\.?|number|ref(erence)?\.?)$", re.I)
_CODE = re.compile(r"^(?=[^\s]*\d)[A-Z][\w]*(?:[/.-]\w+)+$")  # "CMD/2025/118", "ED.24.031"
PRESENT = re.compile(r"^((committee\s+|cabinet\s+|board\s+)?(members|councillors)\s+)?present$", re.I)
_LABEL_START = re.compile(r"(subject|title|item|matter|report|decision|resolution|resolved|the\s+decision|meeting|"
                          r"committee|date|members|councillors|cabinet|board|present)\b", re.I)
_AGENDA_ITEM = re.compile(r"\(?\s*agenda\s+item\s+(?P<num>\d{1,3}[a-z]?(?:\.\d{1,2})?)\s*\)?", re.I)


@dataclass(frozen=True)
class Labels:
    """The labels of a kind of form other than a decision's, known though printed in plain type: `label` matches
    a whole label, `start` the start of a line that may open with one (the cheap test, made on every line)."""

    label: re.Pattern[str]
    start: re.Pattern[str]


_HANG = 36  # points a value's line may be indented within its column (a lettered part's wrapped lines)
_ANY_LABEL = re.compile(r"^[A-Z][A-Za-z /&'-]*$")  # any label, where a label column shows a first cell is one


@dataclass
class Field:
    """A label and its value lines; `index` is the label's line in `Pack.lines`."""

    label: str
    index: int
    lines: list[Line] = field(default_factory=list)
    text: str = ""

    def add(self, text: str, line: Line) -> None:
        if text:
            self.text = join_lines(filter(None, [self.text, text])).strip()
        self.lines.append(line)


@dataclass
class DecisionForm:
    """One decision of a notice: what it was about (number, title), its wording, and the fields around it."""

    number: str | None
    minute: bool  # the subject names a minute ("Minute 64: ..."), not only the agenda item decided
    title: str
    subject: Field
    decision: Field
    meeting_date: date | None = None
    body: str | None = None
    row: bool = False  # a row of a schedule of decisions, not a form of fields


def fields(lines: list[Line], known: Labels | None = None) -> list[Field]:
    """Every labelled field of the lines, in order: beside, inline or above layouts (module docstring). A label is
    bold or one a decision form needs, or one of the `known` labels of another kind of form."""
    found: list[Field] = []
    value_x: float | None = None  # left edge of the value column of a beside layout
    label_x: float | None = None
    for i, line in enumerate(lines):
        if found and value_x is not None and -8 < line.x0 - value_x < _HANG:  # wrapped under the value column,
            # or at a hanging indent in it (a part's second line: "(a) approves the …" over "22 Bridge Street")
            found[-1].add(line.text, line)
            continue
        in_column = value_x is not None and abs(line.x0 - label_x) < 6  # a line opening in the label column
        if in_column and (wrapped := _wrapped_label(found[-1], lines, i, value_x)):  # "Direction of" over "travel"
            found[-1].label = f"{found[-1].label} {wrapped[0]}"
            found[-1].add(wrapped[1], line)
            continue
        cells = line.cells() if line.words[0].bold or _LABEL_START.match(line.text) or in_column or (
            known is not None and known.start.match(line.text)) else []
        paired = _paired(cells, line, known)
        # "Item | Decision" heads a table of minutes, and a bold row of three or more short headings any table
        # ("Application no. | Site | Proposal | Council's response"): not a field
        if not paired and (is_table_header(line) or (line.bold and len(cells) >= 3
                                                     and all(len(t.split()) <= 3 for _, t in cells))):
            value_x = label_x = None
            continue
        if paired:  # two fields side by side in another kind of form ("Current rating | RED | Target rating | AMBER")
            for (_, label), (_, value) in (cells[:2], cells[2:4]):
                found.append(Field(label.strip(" :"), i))
                found[-1].add(value, line)
            value_x, label_x = cells[1][0], line.x0
            continue
        # (in a label column, any label whose value starts in the value column: "Controls in place | …")
        if len(cells) >= 2 and (value_x is None or in_column) and (
                _label_cell(cells[0][1], line, known.label if known else None)
                or (in_column and abs(cells[1][0] - value_x) < 8 and _label_cell(cells[0][1], line, _ANY_LABEL))):
            found.append(Field(cells[0][1].strip(" :"), i))
            found[-1].add(" ".join(text for _, text in cells[1:]), line)
            value_x, label_x = cells[1][0], line.x0
            continue
        if found and value_x is None and label_x is not None and line.x0 > label_x + 8 \
                and not _inline(found[-1], lines):
            found[-1].add(line.text, line)  # indented under its label: the value, bold or labelled as it may be
            continue
        inline = _INLINE.match(line.text) if ":" in line.text or "?" in line.text else None
        if inline and not line.text.rstrip().endswith(".") and (inline["rest"] or line.bold):
            found.append(Field(inline["label"].strip(), i))
            found[-1].add(inline["rest"], line)
            value_x, label_x = None, line.x0
            continue
        above = _ABOVE.match(line.text)
        if above and line.bold and len(line.words) <= 8:
            found.append(Field(above["label"].strip(), i))
            value_x, label_x = None, line.x0
            continue
        if found and value_x is None and _continues_value(line, label_x):
            found[-1].add(line.text, line)
        elif value_x is not None:  # the beside layout's value ended
            value_x = label_x = None
    return found


def _paired(cells: list[tuple[float, str]], line: Line, known: Labels | None) -> bool:
    """Four cells that are two fields of a known kind of form side by side: a label and its value, then a label of
    any kind and its value ("Likelihood | 4 – Likely | Impact | 4 – Major")."""
    return known is not None and len(cells) == 4 and _label_cell(cells[0][1], line, known.label) \
        and _label_cell(cells[2][1], line, _ANY_LABEL)


def _wrapped_label(f: Field, lines: list[Line], i: int, value_x: float) -> tuple[str, str] | None:
    """(the rest of field f's label, the rest of its value) where line i, opening in the label column close under a
    line of the field, opens with words clear of the value column that start no label of their own (a label
    wrapped in its cell, beside its value's next line or alone)."""
    line, above = lines[i], lines[i - 1]
    if above not in f.lines or above.page != line.page or line.top - above.bottom >= 0.5 * line.size:
        return None
    cells = line.cells()
    head = cells[0][1].strip(" :")
    if (line.x1 >= value_x - 4 if len(cells) == 1 else abs(cells[1][0] - value_x) >= 8) or (
            head[:1].isupper() and len(cells) > 1):
        return None
    return head, " ".join(text for _, text in cells[1:])


def _inline(f: Field, lines: list[Line]) -> bool:
    """The field's value starts on its label's line ("RESOLVED: That ..."): it runs on at the label's edge, and a
    line indented further (a heading in a shaded bar) is not its value."""
    return bool(f.lines) and f.lines[0] is lines[f.index]


def _label_cell(text: str, line: Line, known: re.Pattern[str] | None = None) -> bool:
    """A label in a label column: a few words naming a field (bold, one of the fields a decision needs, or one the
    `known` pattern matches)."""
    text = text.strip(" :")
    words = text.split()
    if not 1 <= len(words) <= 5 or not text[:1].isupper() or re.search(r"\d", text):
        return False
    return line.words[0].bold or any(p.match(text) for p in (SUBJECT, DECISION, MAKER, WHEN, PRESENT)) or (
        known is not None and bool(known.match(text)))


def _continues_value(line: Line, label_x: float | None) -> bool:
    """A value above or after its label runs on until the next label or a heading, across a page break (a beside
    layout's value runs on only under its value column: `fields`)."""
    if label_x is not None and line.x0 < label_x - 8:
        return False
    return not (line.bold and len(line.words) <= 10)  # a heading or a label ends it


_ROW_KEY_HEAD = re.compile(r"^(?:application(?:\s+(?:no\.?|number|ref(?:erence)?\.?))?"
                           r"|ref(?:erence)?\.?(?:\s+no\.?)?)$", re.I)
_DECISION_HEAD = re.compile(r"^(?:committee(?:'s|’s)?\s+)?decision(?:\s+(?:made|taken))?$", re.I)
_ROW_KEY = re.compile(r"^(?=\S*\d)[A-Z0-9][\w]*(?:[/.-][\w]+)+$")  # "25/01873/FUL", "DC/25/0412"
_MARK = re.compile(r"[*†‡]+$")


def decision_rows(lines: list[Line]) -> list[DecisionForm]:
    """A schedule of decisions printed as a table ("Application | Site | Proposal | Decision"): one decision per
    row, numbered by the row's reference, its text the Decision cell (a footnote mark after it aside). The header
    may repeat on each page; a line at the table's left that is no reference ends the table."""
    out: list[DecisionForm] = []
    key_x = decision_x = None
    for i, line in enumerate(lines):
        cells = line.cells() if line.bold and len(line.words) >= 2 else []  # (only a bold row can head the table)
        if len(cells) >= 2 and _ROW_KEY_HEAD.match(cells[0][1]) \
                and (decision := next((x for x, t in cells[1:] if _DECISION_HEAD.match(t.strip())), None)):
            key_x, decision_x = cells[0][0], decision
            continue
        if key_x is None:
            continue
        first = line.words[0]
        if abs(first.x0 - key_x) <= 4:
            if not _ROW_KEY.match(first.text):
                key_x = None
                continue
            subject = Field("Application", i)
            subject.add(first.text, line)
            out.append(DecisionForm(first.text, False, first.text, subject, Field("Decision", i), row=True))
        if out and out[-1].subject.index <= i and line.page == lines[out[-1].subject.index].page:
            words = [w.text for w in line.words if w.x0 >= decision_x - 4]
            if words:
                out[-1].decision.add(_MARK.sub("", " ".join(words)), line)
    return [form for form in out if form.decision.text]


def decision_forms(lines: list[Line]) -> list[DecisionForm]:
    """The decision forms of the lines: each subject field followed by a decision field, and each row of a
    schedule of decisions."""
    found = _with_banner_references(fields(lines), lines)
    forms: list[DecisionForm] = []
    subject: Field | None = None
    reference: str | None = None  # the form's own reference field ("Decision reference | CMD/2025/118")
    minute: str | None = None  # its minute's number field ("Minute No. | CAB 79/26"), over the agenda item's
    for f in found:
        if REFERENCE.match(f.label) and f.text and _CODE.match(f.text.split()[0]):
            reference = f.text.split()[0]
        elif MINUTE_NUMBER.match(f.label) and (parsed := split_numbered(f.text)) and not parsed[1]:
            minute = parsed[0].text
        elif SUBJECT.match(f.label) and len(f.text.split()) >= 2:  # not a table's "Item | Decision" header
            subject = f
        elif DECISION.match(f.label) and subject is not None and len(f.text.split()) >= 2:
            forms.append(_form(subject, f))
            if minute is not None:
                forms[-1].number, forms[-1].minute = minute, True
            elif forms[-1].number is None:  # numbered by its reference where its subject names no minute
                forms[-1].number = reference
            subject = reference = minute = None
    forms = sorted(forms + decision_rows(lines), key=lambda form: form.subject.index)
    decided = [-1, *(form.decision.index for form in forms)]
    ends = [*(form.subject.index for form in forms[1:]), len(lines)]
    for form, start, end in zip(forms, decided, ends, strict=False):
        _describe(form, found, start, end)
    return forms


# a form's reference in its banner, no field of its own: "DECISION NOTICE | Decision No. EX/2025/070"
_BANNER_REFERENCE = re.compile(r"\bdecision\s+(?:no\.?|number|ref(?:erence)?\.?)\s*[:.]?\s*"
                               r"(?P<code>(?=\S*\d)[A-Z]\w*(?:[/.-]\w+)+)$", re.I)


def _with_banner_references(found: list[Field], lines: list[Line]) -> list[Field]:
    """The fields, with each reference printed in a form's banner line as a field of its own."""
    labelled = {f.index for f in found}
    banners = []
    for i, line in enumerate(lines):
        if i not in labelled and "ecision" in line.text and (m := _BANNER_REFERENCE.search(line.text)):
            banners.append(Field("Decision reference", i, [line], m["code"]))
    return sorted(found + banners, key=lambda f: f.index) if banners else found


def _form(subject: Field, decision: Field) -> DecisionForm:
    text = subject.text
    number, minute = None, False
    item = _AGENDA_ITEM.search(text)
    if item:
        number = item["num"]
        text = (text[:item.start()] + text[item.end():]).strip()
    parsed = split_numbered(text)
    # beside the agenda item decided, a leading figure is the minute's only when printed as one: "Minute 64",
    # "64." or "64:" (not "20 mph Review (agenda item 8)")
    if parsed and parsed[1] and (not item or parsed[0].prefixed or parsed[0].family[-1]):
        number, minute, text = parsed[0].text, True, parsed[1]
    return DecisionForm(number, minute, re.sub(r"\s+", " ", text).strip(" :–-"), subject, decision)


def _describe(form: DecisionForm, found: list[Field], start: int, end: int) -> None:
    """The form's meeting: its own 'Decision maker' and 'Date of decision' fields, those since the decision before
    it (after line `start`) the nearest first, then those after its decision (before line `end`, where the next
    form starts), else the nearest before it."""
    decision = form.decision.index
    own = [f for f in found if start < f.index <= decision][::-1] + [f for f in found if decision < f.index < end]
    for f in own + [f for f in found if f.index <= start][::-1]:
        if form.meeting_date is None and WHEN.match(f.label) and (dates := find_dates(f.text)):
            form.meeting_date = dates[0][1]
        if form.body is None and MAKER.match(f.label) and f.text and not find_dates(f.text):
            form.body = f.text
        if form.meeting_date and form.body:
            return


def date_parts(parts: list, forms: list[DecisionForm], count: int) -> None:
    """Minutes parts anchored inside a form (its 'Members present' field) belong to the meeting the form names."""
    forms = [f for f in forms if not f.row]
    starts = [f.subject.index for f in forms] + [count]
    for part in parts:
        for form, end in zip(forms, starts[1:], strict=True):
            if part.anchor is not None and form.subject.index <= part.anchor < end and form.meeting_date:
                part.date, part.body = form.meeting_date, form.body or part.body
