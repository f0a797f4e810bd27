"""resolutions records (FORMAT.md): the decisions recorded in each minute.

Three ways councils record a decision:
- a marker word: "RESOLVED that ...", "Resolved" / "Decision:" over the text, "AGREED: That ...",
  "RECOMMENDED to Council that ...", "It was AGREED that ...", bare "Noted" / "Deferred"; the text is
  what follows the marker, with its (a)/(b)/(1) parts;
- an unmarked decision paragraph: "That the Committee: 1. Approved ...", a bold "The Committee
  approved ..."; the outcome follows the verb (noted when every part was noted, else other);
- a sentence: "The minutes ... were agreed as a correct record", "The Committee noted the report.",
  "This item was deferred to the next meeting.", "the Councillors resolved to ..."; the whole sentence.
Reasons for a decision and officers' recommendations are not decisions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schemas.records import Outcome, Resolution
from .layout import Line
from .minutes import PART_LABEL, MinuteSpan, Paragraph, bbox, minute_spans, split_paragraphs
from .numbering import ROMAN
from .pack import Pack
from .sentences import sentence_spans

_WORDS = {
    "resolved": Outcome.RESOLVED, "decision": Outcome.RESOLVED, "decided": Outcome.RESOLVED,
    "agreed": Outcome.AGREED, "recommended": Outcome.RECOMMENDED, "deferred": Outcome.DEFERRED,
    "noted": Outcome.NOTED, "approved": None,  # approved: the outcome follows the decision's verbs
    "resolution": Outcome.RESOLVED,  # a label: "Resolution: That the apologies be accepted."
}
_IT_WAS = r"(?:further|also|therefore)"  # "It was further RESOLVED", "it was therefore resolved that"
MARKER = re.compile(
    rf"^(?:(?:\d{{1,4}}\.\d{{1,2}}|\d{{1,2}}[.)]|\(\w{{1,3}}\))\s+)?"
    rf"(?P<lead>(?:it\s+was\s+(?:{_IT_WAS}\s+)?|(?:and|&)\s+(?:unanimously\s+)?|unanimously\s+)?)"
    r"(?P<word>resolved|decision|decided|agreed|recommended|deferred|noted|approved|resolution)\b"
    r"(?P<rest>(?:\s*[:–—;,.-]|\s+(?:that|to|unanimously|accordingly|as\s+follows)\b|\s*$"
    r"|\s+(?=\(?[0-9a-z]{1,3}[.)]\s)"  # "It was APPROVED 2a. Residents Parking - ...": the marker over a part
    r"|\s+(?=\(\d{1,3}\s+(?:votes?\s+)?(?:for|in\s+favour)\b)"  # "RESOLVED (8 for, 1 against) to ...": its vote
    r"|(?P<object>\s+(?=(?-i:[a-z])))).*)$",  # "NOTED the plan": a capitals marker straight before its object
    re.I | re.S,
)
# "Proposed by Cllr A, seconded by Cllr B and RESOLVED that ...": the marker follows the proposer chain
_CHAIN = re.compile(r"\b(?:it\s+was\s+)?(?:proposed|moved)\b[^.;:]{1,120}?\bseconded\b[^.;:]{1,80}?\s"
                    r"(?=(?:and|&)\s+(?:unanimously\s+)?(?:resolved|agreed|decided)\b)", re.I)
# "Proposed Cllr A, seconded Cllr B, all in favour.", "(Cllr A proposed, Cllr B seconded.)": who moved a decision
_SECONDER = re.compile(r"^\(?(?:(?:it\s+was\s+)?(?:proposed|moved)\b|[^.;:]{1,60}?\s(?:proposed|moved)\b[^.;:]{0,60}?"
                       r"\bseconded\b)", re.I)
# "Proposed Cllr A, seconded Cllr B, all in favour: to approve ...": a motion carried, with no marker word
_ASSENT_WORDS = r"all\s+in\s+favour|carried|unanimous(?:ly)?"  # how a motion's assent is told
_CARRIED_MOTION = re.compile(r"^(?:it\s+was\s+)?(?:proposed|moved)\s+(?:by\s+)?[^.;:]{1,80}?,?\s+seconded\s+(?:by\s+)?"
                             rf"[^.;:]{{1,80}}?(?P<assent>,?\s*(?:and\s+)?(?:{_ASSENT_WORDS}))?\s*(?:[:–—-]|,)\s*"
                             r"(?P<rest>(?:to|that)\b.*)$", re.I | re.S)
# a motion proposed in a sentence of its own, seconded there or in the next ("Cllr A proposed that X. This was
# seconded by Cllr B."), and carried in a sentence after ("The motion was put to the vote and carried (For 5 …)")
_PROPOSED_MOTION = re.compile(r"^(?:it\s+was\s+)?[^.;]{0,60}?\b(?:proposed|moved)\b"
                              r"(?:[^.;]{0,80}?\bseconded\b[^.;]{0,40}?)?\s(?P<motion>(?:that|to)\b.*)$", re.I | re.S)
_SECONDED = re.compile(r"^(?:this\s+was\s+|it\s+was\s+)?seconded\b", re.I)
_PUT_CARRIED = re.compile(r"^(?:(?:up)?on\s+being\s+put\s+to\s+the\s+vote,?\s+)?[^.;]{0,40}?\b(?:was|were)\s+"
                          r"(?:then\s+)?(?:put\s+to\s+the\s+vote\s+and\s+)?(?:duly\s+)?carried\b|^(?:motion\s+)?carried\b",
                          re.I)
# "... : to approve X. All in favour.": the assent to a motion, told after it
_ASSENT = re.compile(r"^(?:all\s+(?:in\s+favour|agreed)|(?:motion\s+)?carried|unanimous(?:ly)?|agreed)\b"
                     r"[^.;:]{0,30}\.?$", re.I)
_ALONE = re.compile(r"^\s*(?:(?:unanimously|nem\.?\s*con\.?|without\s+dissent|by\s+assent)\s*)?\.\s*$", re.I)
# "RESOLVED that: 1." goes on into its first part
_OPEN_END = re.compile(r"(?:[:;]|(?:^|\s)\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])$")
_RECOMMENDS = re.compile(r"^(?:that\s+(?:(?!\bbe\b)[^.;:]){0,60}\bbe\s+recommended\b|to\s+recommend\b)", re.I)
_OPENING_VERB = re.compile(r"^([A-Z][a-z]+ed)\b")  # "Approved subject to conditions", "Refused", "Deferred"
# under a "Decision:" label, the body that decided and its verb: "The Cabinet agrees to …", "Cabinet notes …"
_BODY_DECIDES = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:committee|sub-committee|board|cabinet|panel|council|"
                           r"executive|members|authority)\s+(?:unanimously\s+)?(agree[sd]?|note[sd]?|resolved|decided|"
                           r"recommend(?:s|ed)?|defer(?:s|red)?|approve[sd]?)\b", re.I)  # ("approved": other)
_DEFERS = re.compile(r"^that\s+(?:(?!\bbe\b)[^.;:]){0,90}\bbe\s+deferred\b", re.I)
# the vote after it: ". 5 for, 2 against", ". Vote: 6 for, 0 against, 1 abstention", ". Voting – 4 in favour"
_TALLY_TAIL = re.compile(r"(?<=[.;])\s+(?:vot(?:e|es|ing)\s*[:–—-]?\s*)?\d{1,3}\s+(?:votes?\s+)?"
                         r"(?:for|in\s+favour)\b[^()]*$", re.I)
# a marker in capitals inside a sentence, after "it was", the body that decided or an opening clause
_CAPITALS = r"(?=(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|DECIDED|NOTED|RECOMMENDED|DEFERRED)\b)"
_INNER_MARKER = re.compile(r"\b(?i:and\s+)?(?P<at>(?i:it\s+was)\s+)" + _CAPITALS)
# "(i) Payments: Resolved: to ...", "Following the presentation, RESOLVED that ...": a capitalised marker after a
# sub-heading's colon or an opening clause's comma
_RUN_IN_MARKER = re.compile(r"(?<=[,:]\s)(?:(?=(?:Resolved|Agreed|Decided|Recommended|Deferred|Noted)\s*[:–—-])"
                            r"|(?=(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|DEFERRED|NOTED)\b))")
_PUTS = re.compile(r"\b(?:moved|proposed|seconded|amendment|motion)\b[^.]*:$", re.I)  # a motion's wording follows
# "A proposed and B seconded that ...": a motion put, not the decision (the decision follows it)
_MOTION = re.compile(r"^(?:it\s+was\s+)?[^.;]{0,60}?\b(?:proposed|moved)\b[^.;]{0,80}?\bseconded\b[^.;]{0,20}?"
                     r"(?P<motion>\bthat\b(?![^.]*\b(?:resolved|agreed|carried)\b).*)$", re.I | re.S)
_BODY = (r"(committee|sub-committee|board|cabinet|panel|council|executive|forum|group|members|councillors|meeting|"
         r"authority|commission|partnership|assembly)")
# "The Sub-Committee RESOLVED that ...", "The Panel NOTED the report.": the body that decided, before its marker in
# capitals
_BODY_MARKER = re.compile(rf"(?i:(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_BODY})\s+{_CAPITALS}")
# "Following discussion, Members AGREED to ...": the body and its marker in capitals after an opening clause
_CLAUSE_BODY_MARKER = re.compile(rf",\s+(?i:(?:the\s+)?{_BODY})\s+{_CAPITALS}")
_LEAD_IN = re.compile(rf"(?:^|(?<=[.;:]\s))(?P<lead>(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_BODY}\s+(?:unanimously\s+)?"
                      r"(?P<verb>resolved|agreed|decided)(?:\s+(?:to|that))?\s*:)\s*$", re.I)
_RECORD = re.compile(
    r"\bminutes\b.{0,160}?\b(were|was|be|had\s+been)\s+(duly\s+)?(agreed|approved|confirmed|accepted|adopted)\b"
    r"|\bagreed\b.{0,40}\b(true|correct|accurate)\s+record\b",
    re.I | re.S,
)
_DEFER = re.compile(r"^(?:(?:this|the)\s+(?:item|matter|application|report|decision|request|proposal)|(?:consideration"
                    r"|discussion)\s+of|(?:a\s+)?decision\s+on)\b[^.;]{0,120}?\b(was|is|be|were)\s+deferred\s+"
                    r"(to|until|pending|for)\b", re.I | re.S)
_NOTED_BY_BODY = re.compile(rf"^(that\s+)?the\s+(?:[^.;:]{{0,90}}?\s)?{_BODY}\b[^.;:]{{0,60}}?\s+noted\b", re.I | re.S)
# "Members noted the report.": without "The", members who note a paper decide; "Members noted that ..." or
# "Members noted the increased costs ..." in a discussion do not
_NOTED_BY_MEMBERS = re.compile(rf"^(?:all\s+)?{_BODY}\s+(?:also\s+|duly\s+)?noted\s+(?:the|this|its|their)\s+"
                               r"(?:[\w'’-]+\s+){0,5}?(?:reports?|updates?|minutes|accounts|statements?|"
                               r"reconciliations?|schedules?|correspondence|letters?|information|decisions|briefing|"
                               r"lists?|summary|returns?)\b",
                               re.I)
# "The bank reconciliation to 28th February was noted.": the passive of "The Council noted ..." (not "It was noted
# that ...", nor "... was noted and signed", nor an indefinite "Bookings for the fete were noted")
_NOTED_PASSIVE = re.compile(r"^the\s+\S.{0,150}?\s(?:was|were)\s+(?:duly\s+)?(?:received\s+and\s+)?noted\s*\.?$",
                            re.I | re.S)
_SENTENCE_LABEL = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+")  # "(ii) The report was noted."
# what a decision's verb goes on with: "to", "that", or a clause without its "that" ("resolved this should remain",
# "agreed they had no objections", "resolved Councillor A sign the accounts")
_DECIDED_WHAT = r"(to|that|not|it|this|these|they|(?:councillor|cllr)s?)\b"
_PROSE_RESOLVED = re.compile(
    rf"\b({_BODY}|it\s+was)\s+(\w+\s+(and|&)\s+)?(unanimously\s+)?resolved\s+{_DECIDED_WHAT}"
    rf"|^the\s+(?:[\w-]+\s+){{0,3}}?{_BODY}\s+resolves(,[^,.]{{1,60}},)?\s+to\b"
    r"|(?<=\S\s)(?-i:Resolved)\s+(to|that)\b",  # "… £96.11 Resolved to pay": a clerk's marker run on in the line
    re.I)  # "The Committee resolves, under section 137, to"; a motion's "This Council resolves to: ..." is not one
# "The Board approved the payments totalling £5,967.59 and authorised ...": a body's decision told in a sentence of
# its own (the outcome follows the verbs)
# "The Committee approved the …", "Councillors approved the payments", "Parish Council adopted the policy" (a body
# named in capitals or after "the": "Residents said members approved …" reports a view)
_BODY_APPROVED = re.compile(rf"^(?:the\s+(?:[\w-]+\s+){{0,3}}?|(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}?){_BODY}\s+"
                            r"(?:unanimously\s+)?(?:approved|adopted|endorsed|ratified|agreed)\s+(?:the|a|an|its|their)\b",
                            re.I)  # ("agreed the work programme")
_PROSE_AGREED = re.compile(rf"\b{_BODY}\s+(\w+\s+(and|&)\s+)?(unanimously\s+)?agreed\s+(?:(?:{_IT_WAS}|instead)\s+)?"
                           rf"(?P<what>unanimously|{_DECIDED_WHAT})", re.I)  # ("Council agreed instead to ask ...")
_DECIDES = re.compile(r"\b(?:be|should|would|will|shall|must)\b", re.I)  # what a "that" clause decides is to be
_ELSEWHERE = re.compile(r"^(at|in|during)\s+(that|this|its|their|the\s+(previous|last|earlier|same))\s+meeting\b|"
                        r"\bhad\s+(previously\s+|already\s+)?(agreed|resolved)\b", re.I)
# "it was agreed that charges could displace parking": a view agreed on, not a decision ("that the Clerk write ..."),
# unless it is the minutes' own formula ("that the minutes were a true record"); the verbs in lower case ("May" is
# a month)
_STATED = r"(?![^.;]{0,80}\brecord\b)[^.;]{0,80}?\b(?-i:could|might|may|was|were|is|are|had|has|have)\b"
# "agreed by 6 votes to 1 to ...", "agreed by a majority to ..."
_BY_VOTE = r"(?:unanimously|nem\.?\s*con\.?|by\s+\w+\s+votes?\s+to\s+\w+|by\s+a\s+(?:clear\s+)?majority)\s+"
_EMBEDDED = re.compile(rf"\bit\s+was\s+(?:(?:unanimously|{_IT_WAS})\s+)?"
                       rf"(?P<verb>resolved|agreed|decided)\s+"
                       rf"(?:{_BY_VOTE})?(?P<rest>(?:to\s+(?!the\s+next\b)|(?:that\s+|(?=the\s))(?!{_STATED}))\w.*)$",
                       re.I | re.S)
# "That the Committee: ..." opens a decision; a paragraph on "that the ..." runs on a sentence begun above it
_THAT_BLOCK = re.compile(r"^(?-i:That)(\s*:|\s+(the|this|cabinet|council|members|authority|a|an)\b)", re.I)
# "The Committee: (a) noted the report; (b) approved …": the body that decided over its parts, on its line or over
# them
_BODY_PARTS = re.compile(rf"^(?-i:The)\s+(?:[\w-]+\s+){{0,3}}?{_BODY}\s*:\s*"
                         r"(?:$|\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s)", re.I)
_BODY_VERB = re.compile(rf"^(that\s+)?the\s+(?:[^.;:]{{0,90}}?\s)?{_BODY}\b[^.;:]{{0,60}}?\s+(?P<verb>[a-z]+ed)\b",
                        re.I | re.S)
_VERB = re.compile(r"\b(noted|notes?|approved?|agreed?|resolved|recommended?|deferred|defer|endorsed?|authori[sz]ed?|"
                   r"delegated?|adopted?|accepted?|supported?|welcomed?|requested|asked|considered|commented)\b", re.I)
# a numbered paragraph telling who proposed something is the minute's next step, not a part of the decision above
_PROPOSAL = re.compile(r"\s*[^.;:]{0,60}?\b(?:proposed|moved)(?:,|\s+(?:that|and)\b)", re.I)
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|be|been|has|have|had)\b", re.I)
_REASONING_HEAD = re.compile(r"^(?:reasons?|alternatives?)\b", re.I)  # a table column that gives no decision
_STOP = re.compile(r"^(reasons?\s+for|alternative\s+options|(up)?on\s+being\s+put|"
                   r"the\s+(motion|amendment)\s+was\s+(proposed|moved))", re.I)


@dataclass
class Decision:
    outcome: Outcome
    text: str
    line: Line


def extract(pack: Pack) -> list[Resolution]:
    out = []
    for span in minute_spans(pack):
        for d in decisions(span):
            out.append(Resolution(meeting_date=span.meeting_date, minute_number=span.number, outcome=d.outcome,
                                  text=d.text, page=d.line.page, bbox=bbox(d.line), ocr=pack.ocr))
    return out


def decisions(span: MinuteSpan) -> list[Decision]:
    """The decisions of one minute, in order."""
    if span.form:
        return [_form_decision(span)] if span.meeting_date else []
    paras = _text_paragraphs(span)
    found: list[Decision] = []
    k = 0
    while k < len(paras):
        used = _marked(paras, k, found) or _unmarked(paras, k, found) or _lead_in(paras, k, found)
        if used:
            k = used
            continue
        _sentence_forms(paras[k], found)
        k += 1
    return found


def _text_paragraphs(span: MinuteSpan) -> list[Paragraph]:
    """The minute's paragraphs without the cells of a column right of where its prose wraps (an Action column's
    'Clerk', 'Chairman' or initials beside a decision are not its words; a column there with longer lines is text,
    a 'Decision' column), nor those of a table's 'Reasons' or 'Alternatives considered' column."""
    body = [b for b in span.body if not (b.line.cell and _REASONING_HEAD.match(b.line.cell.head))]
    side = [b for b in body if span.right and b.line.x0 >= span.right]
    if any(len(b.line.words) > 3 for b in side):
        side = []
    if len(body) == len(span.body) and not side:
        return span.paragraphs
    return split_paragraphs([b for b in body if b not in side], span.right, span.pitch, span.columns)


def _marked(paras: list[Paragraph], k: int, found: list[Decision]) -> int:
    """A decision led by a marker word in paragraph k; returns the index after the paragraphs it used, or 0."""
    text = paras[k].text
    spans = sentence_spans(text)
    for n, (opening, end) in enumerate(spans):
        start = _marker_start(text, opening, end)
        m = MARKER.match(text[start:])
        if not m or not _is_marker(m):
            continue
        word = m["word"].lower()
        rest = _words_after(m)
        line = _line_at(paras[k], start)
        # "Noted", "Agreed.", "Agreed unanimously.": the outcome alone (a full stop ends it; "Agreed:" leads on)
        own = MARKER.match(text[start:end])
        bare = (word in ("noted", "deferred") and not rest) or bool(own and _ALONE.match(own["rest"]))
        over = not bare and (not rest or rest.lower().rstrip(";:, ") in ("that", "as follows"))  # its text below it
        if over and (k + 1 >= len(paras) or _STOP.match(paras[k + 1].text) or _marks_itself(paras[k + 1].text)):
            return 0
        _sentence_forms(paras[k], found, opening)  # decisions told before the marker, in its paragraph
        if bare:
            motion = n and _CARRIED_MOTION.match(text[slice(*spans[n - 1])].strip())
            if not motion:  # (the assent to the motion told before it is that motion's outcome)
                found.append(Decision(_WORDS[word], "" if n else _motion_above(paras, k), line))
            _sentence_forms(paras[k], found, begin=end)  # and the sentences after it
            return k + 1
        if over:  # its paragraphs indented under it are all its own ("RESOLVED that:" over two unlabelled ones)
            below = paras[k + 1].first.x0
            hang = below if below > paras[k].first.x0 + 5 else None
            body, after = _with_parts(paras, k + 2, paras[k + 1].text, hang)
        else:
            told = _told_end(text, opening, end)
            if told < len(text.rstrip()):  # narrative follows in the paragraph: the decision ends before it
                rest = _words_after(MARKER.match(text[start:told]))
                body, after = rest, k + 1
            else:
                body, after = _with_parts(paras, k + 1, rest)
        body = _TALLY_TAIL.sub("", body)
        found.append(Decision(_marked_outcome(word, body), body, line))
        return after
    return 0


def _motion_above(paras: list[Paragraph], k: int) -> str:
    """The motion that a paragraph of its own assents to ("A proposed, and B seconded, that X." over "Agreed
    unanimously."): "that X", from the last sentence of the paragraph above; else ""."""
    spans = sentence_spans(paras[k - 1].text) if k else []
    if not spans:
        return ""
    sentence = paras[k - 1].text[slice(*spans[-1])].strip()
    if label := _SENTENCE_LABEL.match(sentence):
        sentence = sentence[label.end():]
    put = _MOTION.match(sentence)
    return put["motion"] if put else ""


def _marked_outcome(word: str, body: str) -> Outcome:
    """The outcome of a decision after its marker word: the word's, unless the decision says otherwise ("RESOLVED:
    That the application be DEFERRED"; under a plain "Decision:" label, "That Council be recommended to ...", or
    the verb it opens with: "Refused for the following reasons", "Deferred for a site visit")."""
    outcome = _WORDS[word] or _verb_outcome(body)
    if outcome == Outcome.RESOLVED and _DEFERS.match(body):
        return Outcome.DEFERRED
    if word == "decision" and _RECOMMENDS.match(body):
        return Outcome.RECOMMENDED
    if word == "decision" and _DEFER.match(body):  # "Decision: Consideration of this item was deferred to …"
        return Outcome.DEFERRED
    if word == "decision" and (verb := _OPENING_VERB.match(body) or _BODY_DECIDES.match(body)):
        return _verb_kind(verb[1].lower())
    return outcome


def _told_end(text: str, opening: int, end: int) -> int:
    """Where a decision marked inside a narrative paragraph ends: with its sentence, and any labelled parts or note of
    who proposed it after that; what follows is narrative again. A paragraph that opens with its marker is the
    decision whole."""
    if opening == 0:
        return len(text.rstrip())
    told = end
    for start, stop in sentence_spans(text[end:]):
        after = text[end + start:].lstrip()
        if not (PART_LABEL.match(after) or _SECONDER.match(after) or _OPEN_END.search(text[:told])):
            break
        told = end + stop
    return told


def _marker_start(text: str, start: int, end: int) -> int:
    """Where a sentence's marker word stands: after a proposer chain or the body that decided ("The Sub-Committee
    RESOLVED that", "Following discussion, Members AGREED to"), or a capitalised marker inside the sentence ("On
    being put to the vote there voted 7 for ... and it was RESOLVED: That ..."); else the sentence start."""
    chain = _CHAIN.search(text, start, end)  # "Following discussion it was proposed by A, seconded by B and ..."
    if chain:
        return chain.end()
    body = _BODY_MARKER.match(text, start, end)
    if body:
        return body.end()
    inner = _INNER_MARKER.search(text, start + 1, end)
    if inner and not _ELSEWHERE.search(text[start:inner.start()]):
        return inner.start("at")
    clause = _CLAUSE_BODY_MARKER.search(text, start + 1, end)
    if clause and not _ELSEWHERE.search(text[start:clause.start()]):
        return clause.end()
    run_in = _RUN_IN_MARKER.search(text, start + 1, end)
    if run_in and not _ELSEWHERE.search(text[start:run_in.start()]):
        return run_in.start()
    return start


def _form_decision(span: MinuteSpan) -> Decision:
    """A form's decision field is one decision: its marker word gives the outcome, else its verbs do."""
    text, line = span.body[0].text, span.body[0].line
    m = MARKER.match(text[_marker_start(text, 0, len(text)):])
    if m and _is_marker(m) and (rest := _words_after(m)):
        return Decision(_marked_outcome(m["word"].lower(), rest), rest, line)
    return Decision(_verb_outcome(text), text, line)


def _words_after(m: re.Match) -> str:
    """A marker's decision: the words after it, less punctuation, how it was carried ("RESOLVED unanimously
    that ...", "agreed by 6 votes to 1 to ...") and where a recommendation goes ("RECOMMENDED TO COUNCIL – That")."""
    rest = _DESTINATION.sub("", m["rest"].strip().lstrip(":–—;,.-").strip())
    return re.sub(rf"^{_BY_VOTE}", "", rest, flags=re.I)


_DESTINATION = re.compile(r"^to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive|(?:fire\s+)?authority|board)"
                          r"\s*[:–—-]\s*", re.I)


def _marker_match(text: str) -> re.Match | None:
    """MARKER's match, its object form ("NOTED the plan") only where that is a marker."""
    m = MARKER.match(text)
    return m if m and (m["object"] is None or _is_marker(m)) else None


def _marks_itself(text: str) -> bool:
    """Whether a paragraph carries its own marker: at its start, or opening a later sentence ("Having considered
    the evidence, the Sub-Committee reached the following decision. RESOLVED – That ..." under a "Decision"
    heading)."""
    return bool(_marker_match(text)) or any((m := MARKER.match(text[start:end])) and _is_marker(m)
                                            for start, end in sentence_spans(text)[1:])


def _is_marker(m: re.Match) -> bool:
    """Marker words are capitalised ("Resolved", "RESOLVED") unless led by "It was" ("it was noted" is not one)."""
    word = m["word"].lower()
    if word == "resolution" and not re.match(r"\s*[:–—-]", m["rest"]):
        return False  # only a label ("Resolution: That ..."), not "Resolution 12 of the Assembly"
    if m["object"] is not None and (not m["word"].isupper() or word == "decision"):
        return False  # "Noted the plan" in running prose, "Approved the day before", is no marker
    if word in ("approved", "noted", "deferred") and re.match(r"\s+to\b", m["rest"]) and not m["word"].isupper() \
            and not (word == "deferred" and _DEFERRED_TO.match(m["rest"])):
        return False  # "1. Approved to submit ...": a part of a decision, not a marker ("DEFERRED to ..." is one, and
        # "Deferred to the February meeting": deferred to a time, not to do something)
    if m["lead"].strip():  # "It was RESOLVED to", and opening its sentence "It was resolved to": the marker (the
        # clerk's formula); "It was agreed that ...", "After discussion it was resolved to ...": prose, the sentence
        # whole is the decision (`_sentence_forms`); "... and unanimously agreed that" after a proposer chain: the
        # marker
        return word != "noted" and not (m["word"].islower() and m["lead"].lower().startswith("it")
                                        and word != "resolved")
    return m["word"][0].isupper()


_DEFERRED_TO = re.compile(r"\s+to\s+(?:the|a|an|its|their|next|(?-i:[A-Z]))\b", re.I)


_ASSENTED = re.compile(rf"\b(?:{_ASSENT_WORDS}|nem\.?\s*con)\b", re.I)


def _unmarked(paras: list[Paragraph], k: int, found: list[Decision]) -> int:
    """An unmarked decision paragraph ("That the Committee: ...", bold "The Committee approved ...")."""
    para = paras[k]
    text = para.text
    verb = _BODY_VERB.match(text)
    over_parts = _BODY_PARTS.match(text) and (text.rstrip().endswith(":") <= (
        k + 1 < len(paras) and bool(PART_LABEL.match(paras[k + 1].text))))  # (alone on its line, its parts below)
    if not (_THAT_BLOCK.match(text) or over_parts or (para.bold and verb and _VERB.fullmatch(verb["verb"]))):
        return 0
    if k and _PUTS.search(paras[k - 1].text):  # "... moved and B seconded the following amendment:" over "That ...":
        return 0  # the motion put, not what was decided
    body, after = _with_parts(paras, k + 1, text)
    outcome = _verb_outcome(body)
    if outcome == Outcome.OTHER and after < len(paras) and _SECONDER.match(paras[after].text) \
            and _ASSENTED.search(paras[after].text):  # "That X be accepted." over "Proposed: A  Seconded: B  All in
        outcome = Outcome.RESOLVED  # favour": a motion carried
    found.append(Decision(outcome, body, para.first))
    return after


def _lead_in(paras: list[Paragraph], k: int, found: list[Decision]) -> int:
    """A paragraph that ends by leading into parts ("Committee resolved to:" over "i) ...", "ii) ..."): one
    decision, the lead with its parts."""
    m = _LEAD_IN.search(paras[k].text)
    if not m or k + 1 >= len(paras) or not PART_LABEL.match(paras[k + 1].text):
        return 0
    body, after = _with_parts(paras, k + 1, m["lead"])
    found.append(Decision(_verb_kind(m["verb"].lower()), body, _line_at(paras[k], m.start("lead"))))
    return after


def _with_parts(paras: list[Paragraph], k: int, lead: str, hang: float | None = None) -> tuple[str, int]:
    """The decision text: its lead, then any wrapped continuation and labelled parts ((a), (1), 1., -), and the
    paragraphs set at `hang`, the indent of a marker's text under it."""
    text = lead.strip()
    parts_mode = not text.endswith(".") or bool(PART_LABEL.match(text))  # "1. That ..." announces its parts
    label = PART_LABEL.match(text)
    last = label.group(1) if label else None
    while k < len(paras):
        nxt = paras[k].text
        marker = MARKER.match(nxt)
        if _STOP.match(nxt) or marker and _is_marker(marker):
            break
        lead_in = text.endswith(":") and not _table_row(paras[k])  # "That the Committee:" over "Approved ..."
        label = PART_LABEL.match(nxt)
        if label and _PROPOSAL.match(nxt, label.end()):  # "9) The Chairman proposed that ...": the minute goes on
            break
        hangs = hang is not None and abs(paras[k].first.x0 - hang) <= 2
        if not (lead_in or label and parts_mode or nxt[:1].islower() and not text.endswith(".")
                or parts_mode and _group_heading(paras, k, last) or hangs):
            break
        last = label.group(1) if label else last
        text += " " + nxt
        k += 1
    return text, k


def _group_heading(paras: list[Paragraph], k: int, last: str | None) -> bool:
    """A heading among a decision's parts ("(b) ..." / "Council Tax" / "(c) ..."): one short line, no sentence
    ending, with the part after the last one printed straight below it."""
    heading = paras[k]
    if not last or k + 1 >= len(paras) or len(heading.lines) > 1 or len(heading.text.split()) > 12:
        return False
    if heading.text.rstrip().endswith((".", ";", ",")) or _AUXILIARY.search(heading.text):
        return False  # "Recommendation 3 was not approved:" tells, it heads nothing
    part = paras[k + 1].text
    label = PART_LABEL.match(part)
    return bool(label) and label.group(1) in _next_labels(last) and not _PROPOSAL.match(part, label.end())


def _next_labels(label: str) -> set[str]:
    """The labels a part after `label` may carry, printed the same way ("(b)" -> "(c)", "2." -> "3.", "ii)" -> "iii)";
    an "i" may be a letter or a numeral)."""
    core = label.strip("().")
    shape = label.replace(core, "{}", 1)
    following = set()
    if core.isdigit():
        following.add(str(int(core) + 1))
    elif len(core) == 1 and core.isalpha() and core.lower() != "z":
        following.add(chr(ord(core) + 1))
    numeral = ROMAN.index(core.lower()) if core.lower() in ROMAN else -1
    if 0 <= numeral < len(ROMAN) - 1:
        following.add(ROMAN[numeral + 1] if core.islower() else ROMAN[numeral + 1].upper())
    return {shape.format(f) for f in following}


def _table_row(para: Paragraph) -> bool:
    """A paragraph that opens with a row of a table (cells apart on its first line), not a part or wrapped prose."""
    return len(para.lines[0].line.cells()) >= 2 and not PART_LABEL.match(para.text)


def _verb_outcome(text: str) -> Outcome:
    """Outcome of an unmarked decision from its verbs: one per part, else the first; mixed verbs give other."""
    parts = re.split(r"(?:^|(?<=\s))(?:\(?[a-zA-Z0-9]{1,3}[.)])\s+", text)  # "Appendix A. 2. Approved": both
    verbs = [m.group(1).lower() for p in parts[1:] if (m := re.match(r"\s*-?\s*([A-Za-z]+)", p))]
    if len(parts) <= 2:
        verbs = []
    if not verbs:
        first = _VERB.search(text)
        verbs = [first.group(1).lower()] if first else []
    outcomes = {_verb_kind(v) for v in verbs}
    return outcomes.pop() if len(outcomes) == 1 else Outcome.OTHER


def _verb_kind(verb: str) -> Outcome:
    if verb.startswith("note"):
        return Outcome.NOTED
    if verb.startswith("agree"):
        return Outcome.AGREED
    if verb in ("resolved", "decided"):
        return Outcome.RESOLVED
    if verb.startswith("recommend"):
        return Outcome.RECOMMENDED
    if verb.startswith("defer"):
        return Outcome.DEFERRED
    return Outcome.OTHER


def _sentence_forms(para: Paragraph, found: list[Decision], stop: int | None = None, begin: int = 0) -> None:
    """Decisions told in the sentences of a paragraph (those from `begin` and before `stop`, where a marked decision
    starts there)."""
    text = para.text[:stop]
    spans = sentence_spans(text)
    spans_all = spans if stop is None else sentence_spans(para.text)  # (the assent to a motion may follow `stop`)
    for n, (start, end) in enumerate(spans):
        if start < begin:
            continue
        sentence = text[start:end].strip()
        if label := _SENTENCE_LABEL.match(sentence):
            sentence, start = sentence[label.end():], start + label.end()
        carried = _CARRIED_MOTION.match(sentence)
        assent = _ASSENT.match(para.text[slice(*spans_all[n + 1])].strip()) if n + 1 < len(spans_all) else None
        if carried and (carried["assent"] or assent):
            outcome = Outcome.AGREED if assent and assent.group().lower().startswith("agreed") else Outcome.RESOLVED
            found.append(Decision(outcome, carried["rest"], _line_at(para, start + carried.start("rest"))))
            continue
        if (proposal := _PROPOSED_MOTION.match(sentence)) and _carried_after(para.text, spans_all, n):
            found.append(Decision(Outcome.RESOLVED, proposal["motion"],
                                  _line_at(para, start + proposal.start("motion"))))
            continue
        embedded = _EMBEDDED.search(sentence)
        if embedded and not _ELSEWHERE.search(sentence):  # "... and it was agreed to adopt X": X was decided
            outcome = _verb_kind(embedded["verb"].lower())
            if embedded["verb"].islower():  # prose ("after discussion it was resolved to ...", "it was agreed
                found.append(Decision(outcome, sentence, _line_at(para, start)))  # that ..."): the sentence whole
            else:
                found.append(Decision(outcome, embedded["rest"], _line_at(para, start + embedded.start("rest"))))
            continue
        outcome = _sentence_outcome(sentence)
        if outcome:
            found.append(Decision(outcome, sentence, _line_at(para, start)))


def _carried_after(text: str, spans: list[tuple[int, int]], n: int) -> bool:
    """Whether the sentence after sentence n, or the one after a sentence seconding it, says it was carried."""
    for k in range(n + 1, min(n + 3, len(spans))):
        after = text[slice(*spans[k])].strip()
        if _PUT_CARRIED.match(after):
            return True
        if not _SECONDED.match(after):
            return False
    return False


def _sentence_outcome(sentence: str) -> Outcome | None:
    if _MOTION.match(sentence):
        return None
    if record := _RECORD.search(sentence):  # "The minutes … were agreed as a correct record", but "Cabinet resolved
        # that the minutes … be approved": resolved
        resolved = _PROSE_RESOLVED.search(sentence)
        return Outcome.RESOLVED if resolved and resolved.start() < record.start() else Outcome.AGREED
    if _DEFER.match(sentence):
        return Outcome.DEFERRED
    if _NOTED_BY_BODY.match(sentence) or _NOTED_BY_MEMBERS.match(sentence) or _NOTED_PASSIVE.match(sentence):
        return Outcome.NOTED
    if _ELSEWHERE.search(sentence):  # a report of another meeting's decision, not this one's
        return None
    if _PROSE_RESOLVED.search(sentence):
        return Outcome.RESOLVED
    if (agreed := _PROSE_AGREED.search(sentence)) and not (agreed["what"].lower() == "that" and not _DECIDES.search(
            sentence, agreed.end())):  # "Members agreed that the lowest quote offered the best value": a view
        return Outcome.AGREED
    if _BODY_APPROVED.match(sentence):
        return _verb_outcome(sentence)
    return None


def _line_at(para: Paragraph, offset: int) -> Line:
    """The line of a paragraph where character `offset` of its text is printed."""
    pos = 0
    for b in para.lines:
        pos += len(b.text) + 1
        if offset < pos:
            return b.line
    return para.lines[-1].line
