"""votes records (FORMAT.md): recorded votes and shows of hands whose numbers the minutes print.

Two printed forms:
- lists: "For (12)" / names / "Against (3)" / names / "Abstain (1)" / "Motion carried.";
- a sentence: "CARRIED with 7 FOR and 2 AGAINST", "FELL with 2 voting FOR and 7 AGAINST",
  "there voted: For 4, Against 2, Abstentions 0", "carried by 10 votes to 3 with 2 abstentions", "carried (7:2:1)".
Counts are as printed ("no" is 0); abstain is null where no abstentions figure is printed. A vote recorded by
name in a sentence ("For – Councillors A, B and C; Against – Councillors D and E") counts its names. Votes
without numbers or names ("CARRIED unanimously") are not recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..schemas.records import Vote, VoteNames
from .layout import Line, Word
from .minutes import BodyLine, MinuteSpan, bbox, minute_spans
from .pack import Pack
from .sentences import sentence_spans

_WORD_NUMBERS = {w: i for i, w in enumerate((
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"))}
_WORD_NUMBERS |= {"none": 0, "nil": 0, "nobody": 0}
# a count: a whole number standing alone ("2.1 for the quarter", "41.2% against 45%" count no votes), or in words
_NUM = r"((?<![\d.,£])\d{1,3}(?![.,]?\d|%)|" + "|".join(_WORD_NUMBERS) + r")"
_ABSTAIN = r"(?:abstentions?|abstaining|abstained|abstain(?:ers)?)"
_COUNTS = {
    "for": [rf"\b{_NUM}\s+(?:members?\s+|councillors?\s+|votes?\s+)?(?:were\s+|being\s+)?"
            rf"(?:voting\s+|voted\s+|cast\s+)?(?:for|in\s+favour)\b",  # ("2 votes being cast in favour")
            rf"\b(?:for|in\s+favour)\s*[:(–-]?\s*{_NUM}\b(?!\s*(?:%|per|months?|years?))"],
    "against": [rf"\b{_NUM}\s+(?:members?\s+|councillors?\s+|votes?\s+)?(?:were\s+)?(?:voting\s+|voted\s+)?against\b",
                rf"\bagainst\s*[:(–-]?\s*{_NUM}\b"],
    "abstain": [rf"\b{_NUM}\s+(?:members?\s+|councillors?\s+)?(?:were\s+)?{_ABSTAIN}\b",
                rf"\b{_ABSTAIN}\s*[:(–-]?\s*{_NUM}\b"],
}
_COUNT_RES = {side: [re.compile(p, re.I) for p in pats] for side, pats in _COUNTS.items()}
# "carried by 10 votes to 3", "this was carried 10 votes to 2"
_BY_VOTES = re.compile(rf"\b(?:by|carried|lost|defeated|agreed|passed)\s+{_NUM}\s+votes?\s+to\s+{_NUM}\b", re.I)
_TALLY = re.compile(r"\b(?:carried|lost|agreed|defeated|passed|fell)\s*\(\s*(\d{1,3})\s*[:–-]\s*(\d{1,3})"
                    r"(?:\s*[:–-]\s*(\d{1,3}))?\s*\)"
                    # "Councillors voted 4–2 in favour", "the amendment was lost, 2–4": for and against
                    r"|\b(?:voted|carried|lost|defeated|passed|fell)(?:\s+by)?,?\s+(\d{1,3})\s*[–-]\s*(\d{1,3})\b"
                    r"(?![–/-]\d)", re.I)
_MORE_ABSTAINED = re.compile(rf"\s*(?:there\s+(?:were|was)\s+)?{_NUM}\s+(?:members?\s+)?{_ABSTAIN}\b", re.I)
_LOST = re.compile(r"\b(lost|fell|defeated|rejected|not\s+carried|failed|falls)\b", re.I)
_CARRIED = re.compile(r"\b(carried|passed|agreed|approved|adopted)\b", re.I)
_SIDE_WORDS = rf"(?:for|against|in\s+favour|{_ABSTAIN})"
# a side's label, which may name what it voted on: "For the amendment (14):"
_SIDE = rf"(?P<side>{_SIDE_WORDS})(?:\s+(?:of\s+)?the\s+(?:amendment|motion|recommendations?|proposal))?"
_LABEL = re.compile(
    rf"^{_SIDE}\s*(?:\(\s*(?P<n>\d{{1,3}})\s*\)|[:–-]?\s*(?P<m>\d{{1,3}})\b)"
    r"\s*[:–-]?\s*(?P<names>.*)$",
    re.I,
)
# a roll call, one side a line, its count closing the names: "For: Cllrs Gorringe, Jobling and Kavanagh (3)"
_LABEL_AFTER = re.compile(
    rf"^{_SIDE}\s*[:–-]\s*(?P<names>[^()\d]+?)\s*\(\s*(?P<n>\d{{1,3}})\s*\)\.?$",
    re.I,
)
# a side's names, its count to come
_SIDE_OPEN = re.compile(rf"^{_SIDE}\s*[:–-]\s*[^()\d]+$", re.I)
_RESULT_LINE = re.compile(r"^([\w ]{0,40}\s)?(was\s+|were\s+)?(therefore\s+|thus\s+)?(declared\s+)?"
                          r"(carried|lost|fell|defeated|agreed|passed)\b[^.]{0,20}\.?$", re.I)
_SIDE_HEAD = re.compile(rf"^{_SIDE_WORDS}$", re.I)
_TOTAL = re.compile(r"^total\s*[:\-–]?\s*(\d{1,3})$", re.I)
_HONORIFIC = re.compile(r"^(?:cllr\.?|councillor|mr|mrs|ms|dr)\s+", re.I)
_COUNCILLORS = re.compile(r"^(?:cllrs?\.?|councillors?)\s+", re.I)  # the title over a list of names, or one's own
_MOVED = re.compile(r"\b(proposed|moved)\s+by\b", re.I)


@dataclass
class _Found:
    counts: dict[str, int | None]
    result: str | None
    line: Line
    motion: str | None = None
    names: dict[str, list[str]] = field(default_factory=dict)


def extract(pack: Pack) -> list[Vote]:
    out = []
    for span in minute_spans(pack):
        for v in votes_in(span):
            names = VoteNames(**{"for": v.names.get("for", []), "against": v.names.get("against", []),
                                 "abstain": v.names.get("abstain", [])}) if v.names else None
            out.append(Vote(**{"for": v.counts["for"]}, meeting_date=span.meeting_date, minute_number=span.number,
                            motion=v.motion, against=v.counts["against"], abstain=v.counts["abstain"],
                            result=v.result, names=names, page=v.line.page, bbox=bbox(v.line), ocr=pack.ocr))
    return out


def votes_in(span: MinuteSpan) -> list[_Found]:
    """The votes of one minute, in order: listed votes first claim their lines, then vote sentences."""
    used: set[int] = set()
    found = _listed(span.body, used) + _tabled(span.body, used) + _roll_call(span.body, used)
    restatable = list(found)  # a list of names then "For 6, Against 3 … CARRIED": one vote, told twice
    for para in span.paragraphs:
        if any(b.index in used for b in para.lines):
            continue
        text = para.text
        spans = sentence_spans(text)
        for start, end in spans:
            names, told = _named_sides(text[start:], end - start)
            counts = {side: len(names.get(side, [])) if side in names else None for side in _SIDES} if names \
                else _counts(text[start:end])
            if counts is None:
                continue
            end = max(end, start + told)  # (a vote named over sentences, a side each, ends with its last)
            after = next((text[end:b] for a, b in spans if a >= end), "")
            if counts["abstain"] is None and (more := _MORE_ABSTAINED.match(after)):  # "... 1 against. There were
                counts["abstain"] = _number(more.group(1))  # 3 abstentions)"
            result = _result(text[start:end] + " " + after)
            if twin := next((v for v in restatable if v.counts == counts), None):
                restatable.remove(twin)
                twin.result = twin.result or result
                continue
            motion, line = _motion(span, para, text[:start])
            found.append(_Found(counts, result, line or _line_at(para.lines, start), motion, names or {}))
    found.sort(key=lambda v: (v.line.page, v.line.top))
    return found


def _named_sides(text: str, end: int) -> tuple[dict[str, list[str]], int]:
    """The members named on each side of a vote recorded in the sentence ending at `end` of the text ("the voting
    was recorded: For – Councillors A, B and C; Against – Councillors D and E; Abstained – Councillor F"), or in
    sentences from it, a side each ("Those voting for: Cllrs A and B. Those voting against: Cllr C."), and where
    the naming ends; ({}, 0) where it names no such vote. A side named has as many votes as members."""
    m = _NAMED_VOTE.search(text)
    if not m or m.start() >= end:
        return {}, 0
    return {side: _split_names(m[side].rstrip(". ")) for side in _SIDES if m[side]}, m.end()


_SIDES = ("for", "against", "abstain")
_NAMED_SIDE = r"(?:councillors?|cllrs?\.?)\s+[A-Z][^;:()\d]*?"
_VOTING = r"(?:(?:those\s+)?(?:voting\s+|who\s+voted\s+))?"  # "Those voting for:", "Those who voted against:"
_NAMED_VOTE = re.compile(
    rf"\b{_VOTING}for\s*[:–—-]\s*(?P<for>{_NAMED_SIDE})\s*[;.]\s*{_VOTING}against\s*[:–—-]\s*"
    rf"(?P<against>{_NAMED_SIDE})(?:\s*[;.]\s*{_VOTING}(?:{_ABSTAIN})\s*[:–—-]\s*(?P<abstain>{_NAMED_SIDE}))?"
    r"\s*(?:[.;]|$)", re.I)


def _counts(sentence: str) -> dict[str, int | None] | None:
    """for/against/abstain counts printed in a sentence, or None where it records no counted vote."""
    tally = _TALLY.search(sentence)
    if tally and tally[4]:  # "voted 4–2 in favour": not 2 in favour
        return {"for": int(tally[4]), "against": int(tally[5]), "abstain": None}
    # the counts follow their words throughout where the votes for do ("For: 4 Against: 7 Abstain: 1"), else they
    # lead them ("7 votes for, 2 against"): "4 Against" in the first is no count against
    leads = _COUNT_RES["for"][0].search(sentence)
    order = (0, 1) if leads else (1, 0)
    counts = {"for": _number(leads.group(1)) if leads else _side_count("for", sentence, (1,))}
    if counts["for"] is not None:
        counts["against"] = _side_count("against", sentence, order)
    elif by := _BY_VOTES.search(sentence):
        counts["for"], counts["against"] = _number(by.group(1)), _number(by.group(2))
    elif tally:  # "carried (7:2:1)": for, against and abstentions
        return {"for": int(tally[1]), "against": int(tally[2]), "abstain": int(tally[3]) if tally[3] else None}
    else:
        return None  # no votes for anything: most sentences, so the other sides are not searched
    counts["abstain"] = _side_count("abstain", sentence, order)
    if counts["against"] is None and counts["abstain"] is None:
        return None  # "6 in favour, 1 abstention" is a counted vote that prints no votes against
    return counts


def _side_count(side: str, sentence: str, order: tuple[int, ...]) -> int | None:
    """The count of one side printed in a sentence, by the first of its patterns, in `order`, that finds one."""
    for k in order:
        if m := _COUNT_RES[side][k].search(sentence):
            return _number(m.group(1))
    return None


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _WORD_NUMBERS[token.lower()]


def _result(text: str) -> str | None:
    if _LOST.search(text):
        return "lost"
    if _CARRIED.search(text):
        return "carried"
    return None


def _motion(span: MinuteSpan, para, before: str) -> tuple[str | None, Line | None]:
    """The 'proposed by ... seconded by' sentence just before a vote, and the line it starts on."""
    sentences = [before[a:b] for a, b in sentence_spans(before)]
    if sentences and _MOVED.search(sentences[-1]):
        offset = before.rfind(sentences[-1].strip())
        return sentences[-1].strip(), _line_at(para.lines, offset)
    paras = span.paragraphs
    k = paras.index(para)
    if not before.strip() and k > 0 and _MOVED.search(paras[k - 1].text):
        prev = paras[k - 1]
        return [prev.text[a:b] for a, b in sentence_spans(prev.text)][-1].strip(), prev.first
    return None, None


def _listed(body: list[BodyLine], used: set[int]) -> list[_Found]:
    """Votes printed as lists: a "For (n)" line, names, "Against (n)", names, "Abstain (n)", result."""
    found = []
    i = 0
    while i < len(body):
        m, j = _label_at(body, i)
        if not m or _side(m) != "for":
            i += 1
            continue
        counts: dict[str, int | None] = {"for": None, "against": None, "abstain": None}
        names = {"for": "", "against": "", "abstain": ""}
        side, result = _take_label(m, counts, names), None
        while j < len(body) and j - i < 40:
            text = body[j].text.strip()
            label, after = _label_at(body, j)
            if label and counts[_side(label)] is not None:
                break  # a side seen before: the next vote
            if label:
                side, j = _take_label(label, counts, names), after
                continue
            if _RESULT_LINE.match(text):
                result = _result(text)
                j += 1
                break
            elif _names_line(text):
                names[side] += " " + text
            else:
                break
            j += 1
        if counts["against"] is None:
            i += 1
            continue
        used.update(b.index for b in body[i:j])
        motion = next((b.text for b in reversed(body[max(0, i - 3):i]) if _MOVED.search(b.text)), None)
        found.append(_Found(counts, result, body[i].line, motion, {k: _split_names(v) for k, v in names.items()}))
        i = j
    return found


def _tabled(body: list[BodyLine], used: set[int]) -> list[_Found]:
    """A named vote printed as a table: a 'For | Against | Abstain' header row, the members' names in columns under
    it, then 'Total: n' under each column (else the names are counted) and the result."""
    found = []
    for i, b in enumerate(body):
        heads = b.line.cells() if b.line.bold else []
        if not 2 <= len(heads) <= 3 or not all(_SIDE_HEAD.match(text.strip()) for _, text in heads):
            continue
        sides = [_side_word(text) for _, text in heads]
        if sides[0] != "for" or "against" not in sides:
            continue
        names: dict[str, list[str]] = {side: [] for side in sides}
        counts: dict[str, int | None] = {"for": None, "against": None, "abstain": None}
        j = i + 1
        while j < len(body) and j - i < 60:
            cells = [(_column_at(x, heads), text) for x, text in body[j].line.cells()]
            if any(_TOTAL.match(text) for _, text in cells):
                counts.update({sides[k]: int(m[1]) for k, text in cells if (m := _TOTAL.match(text))})
                j += 1
                break
            if not _names_line(body[j].text):
                break
            for k, text in cells:
                names[sides[k]].append(_HONORIFIC.sub("", text).strip())
            j += 1
        counts.update({side: len(names[side]) for side in sides if counts[side] is None})
        result = _result(body[j].text) if j < len(body) and _RESULT_LINE.match(body[j].text.strip()) else None
        used.update(x.index for x in body[i:j + (result is not None)])
        found.append(_Found(counts, result, b.line, None, names))
    return found


def _roll_call(body: list[BodyLine], used: set[int]) -> list[_Found]:
    """A vote recorded member by member in a table: a 'Councillor | For | Against | Abstain' header row, each row a
    member's name and a mark (X, ✓) under the side voted on ("Did not vote" under none), then a 'Total' row (else
    the marks are counted) and the result."""
    found = []
    for i, b in enumerate(body):
        cells = b.line.cells()
        if b.index in used or len(cells) < 2 or _SIDE_HEAD.match(cells[0][1].strip()):
            continue  # (a header repeated over the table's rows on the next page is the same vote's)
        heads = [w for w in b.line.words if w.x0 >= cells[1][0]]  # (headings set closer than cells: "Against Abstain")
        if not 2 <= len(heads) <= 3 or not all(_SIDE_HEAD.match(w.text) for w in heads):
            continue
        sides = [_side_word(w.text) for w in heads]
        if sides[0] != "for" or "against" not in sides:
            continue
        centres = [(w.x0 + w.x1) / 2 for w in heads]
        names: dict[str, list[str]] = {side: [] for side in sides}
        counts: dict[str, int | None] = {"for": None, "against": None, "abstain": None}
        j = i + 1
        while j < len(body) and j - i < 100:
            row = body[j].line.cells()
            if len(row) < 2 or row[0][0] >= heads[0].x0 or row[1][0] < cells[1][0] - 2:
                break
            marks = [w for w in body[j].line.words if w.x0 >= row[1][0]]
            if _TOTAL_HEAD.match(row[0][1]) and all(w.text.isdigit() for w in marks):
                counts.update({sides[_nearest(w, centres)]: int(w.text) for w in marks})
                j += 1
                break
            if len(marks) == 1 and _MARK.match(marks[0].text):
                name = _HONORIFIC.sub("", _ROLE.sub("", row[0][1])).strip()
                names[sides[_nearest(marks[0], centres)]].append(name)
            j += 1
        if j - i < 3:
            continue
        counts.update({side: len(names[side]) for side in sides if counts[side] is None})
        result = _result(body[j].text) if j < len(body) and _RESULT_LINE.match(body[j].text.strip()) else None
        used.update(x.index for x in body[i:j + (result is not None)])
        motion = next((x.text for x in reversed(body[max(0, i - 4):i]) if _MOVED.search(x.text)), None)
        found.append(_Found(counts, result, b.line, motion, names))
    return found


_MARK = re.compile(r"^(?:[xX✓✔✗●•]|yes|y)$", re.I)
_TOTAL_HEAD = re.compile(r"^totals?:?$", re.I)
_ROLE = re.compile(r"\s*\([^)]*\)")  # "G Pettifer (Chairman)"


def _nearest(word: Word, centres: list[float]) -> int:
    """The column whose heading's centre is nearest the word's."""
    middle = (word.x0 + word.x1) / 2
    return min(range(len(centres)), key=lambda k: abs(centres[k] - middle))


def _column_at(x: float, heads: list[tuple[float, str]]) -> int:
    return min(range(len(heads)), key=lambda k: abs(heads[k][0] - x))


def _side_word(text: str) -> str:
    word = text.strip().lower()
    return "abstain" if word.startswith("abst") else "for" if word.startswith(("for", "in")) else "against"


def _side(m: re.Match) -> str:
    word = m["side"].lower()
    return "abstain" if word.startswith("abst") else "for" if word.startswith(("for", "in")) else "against"


def _label(text: str) -> re.Match | None:
    """A side's label line with its count: before the names ("For (12)", "Against: 3") or after them."""
    return _LABEL.match(text) or _LABEL_AFTER.match(text)


def _label_at(body: list[BodyLine], j: int) -> tuple[re.Match | None, int]:
    """The side's label at line j and the index after it: one line, or a roll call's names wrapped over up to
    three lines before their count ("Against: Cllrs Bellingham, Dacre," / "Esterhuizen and Huxtable (4)")."""
    text = body[j].text.strip()
    if m := _label(text):
        return m, j + 1
    if not _SIDE_OPEN.match(text):
        return None, j
    for k in range(j + 1, min(j + 3, len(body))):
        if m := _LABEL_AFTER.match(" ".join(b.text.strip() for b in body[j:k + 1])):
            return m, k + 1
        if not _names_line(body[k].text.strip()):
            break
    return None, j


def _take_label(m: re.Match, counts: dict, names: dict) -> str:
    side = _side(m)
    counts[side] = int(m["n"] or m.groupdict().get("m"))
    names[side] += " " + (m["names"] or "")
    return side


def _names_line(text: str) -> bool:
    """A line of members' names: capitalised words and commas, no digits (the list's last line may close with a
    full stop: "Oyelaran and Tranter.")."""
    words = [w for w in text.replace(",", " ").split() if w not in ("and", "&")]
    return bool(words) and not re.search(r"\d", text) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _split_names(text: str) -> list[str]:
    return [_COUNCILLORS.sub("", n.strip(" .")) for n in re.split(r",|\band\b|;", text) if n.strip(" .")]


def _line_at(lines: list[BodyLine], offset: int) -> Line:
    pos = 0
    for b in lines:
        pos += len(b.text) + 1
        if offset < pos:
            return b.line
    return lines[-1].line
