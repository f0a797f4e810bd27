"""The council a document is from, as its layout prints it: the letterhead or title lines of its first page
('KENT COUNTY COUNCIL', 'Milburn Parish Council - 6th November 2018', 'REPORT TO: WEST OF ENGLAND MAYORAL
COMBINED AUTHORITY'), else a name heading or footing two or more pages (a report cover's 'Dorset County Council',
a running footer).

A name is read by its form, never looked up: place words then a kind of council ('X County Council', 'X Parish
Council', 'X Council', 'X Combined Authority', 'X Joint Waste Authority'), or 'London Borough of X' and the like,
filling a segment of a line on its own (a title's parts are cut at dashes, colons, bars and commas). A name in
running text ('a petition to Kingston Council', 'jointly with Medway Council') is another council as often as its
own, so only these lines are read: the first page's top lines and every page's first and last few. Such a name
is taken only where the document's own web domain says it ('submitted to Kingston Council' in a report whose
officers write from kingston.gov.uk), and only if one name does.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..schemas.councils import display_name
from .layout import Line, Page
from .pack import Pack

LETTERHEAD_LINES = 12  # a page's top lines: letterhead, title block
FIRST_LINES = 3  # of which the first few are read as they are, the others where set as a title
LETTERHEAD_PAGES = 3  # a pack's front sheet may name none, the minutes after it do
EDGE_LINES = (5, 3)  # a page's first and last lines, where report covers and running lines name the council
MIN_PAGES = 2  # a name heading or footing this many pages is the document's

_KIND = re.compile(
    r"(?:(?:(?:metropolitan|county|royal)\s+)?(?:borough|county|city|district|parish|town|community|village)"
    r"\s+council|council|(?:mayoral\s+)?combined\s+authority|joint(?:\s+[a-z&]+){0,3}?\s+authority"
    r"|(?:fire\s+and\s+rescue|fire|national\s+park)\s+authority)\b", re.I)
# prose goes on after a name with a lower-case word or punctuation; a capital starts a longer name
# ('Kent Council Leaders', 'X County Council Integrated Care Strategy')
_LONGER = re.compile(r"^\s+[A-Z]")
# the name then only words that say which meeting or paper ('Milburn Parish Council A.G.M.'), or where it is
# held ('MINUTES OF THE MEETING OF X TOWN COUNCIL HELD IN THE')
_TAIL = re.compile(r"^(?:\s+(?:a\.?g\.?m\.?|annual|extraordinary|special|ordinary|general|full|meeting|minutes|"
                   r"agenda|summons|notice))*(?:\s+(?:(?:to|will)\s+be\s+)?held\b.*)?\W*$", re.I)
_PREFIX = re.compile(r"^(?:royal\s+|metropolitan\s+|county\s+)?(?:london\s+)?borough\s+of\s+", re.I)
_CUT = re.compile(r"\s+[-–—|]\s+|\s*[:|]\s+|,\s+|\s+[-–—]$|\s+\(")
_CONNECTORS = {"of", "and", "&", "upon", "on", "the", "le", "in", "under", "en"}
# words no place name holds: what a line says around a council's name ('Minutes of ...', 'Report to ...')
_STOP = {"minutes", "minute", "agenda", "meeting", "meetings", "summons", "notice", "report", "reports", "to",
         "at", "for", "from", "by", "with", "is", "are", "was", "were", "be", "committee", "cabinet", "panel",
         "board", "scrutiny", "forum", "sub-committee", "appendix", "item", "full", "this", "that", "all", "any",
         "members", "member", "leader", "chairman", "chair", "dear", "your", "our", "a", "an", "its", "council",
         "district", "parish", "town", "local", "held", "within", "across", "not"}
_MAX_PLACE_WORDS = 6
_MAX_LEAD_WORDS = 6
_WORD = re.compile(r"^[\w'’.&-]+$")
_HINT = re.compile(r"council|authority|borough", re.I)  # a cheap first test: most lines hold none of these
_DOMAIN = re.compile(r"[@./]([a-z0-9-]+)\.gov\.uk\b", re.I)  # the label before gov.uk: kingston.gov.uk


def extract(pack: Pack, source: str | None = None) -> str | None:
    """The council's name as the document prints it (title case where printed in capitals), or None. `source`
    is the path or URL it was read from: a web domain of its own, like those it prints."""
    layout = pack.layout
    pages = [page for page in layout.pages if not page.blank] if layout is not None else []
    if not pages:
        return None
    for page in pages[:LETTERHEAD_PAGES]:
        for line in sorted(_title_lines(page) + page.furniture, key=lambda line: line.top):
            if name := line_name(line):
                return name
    return _repeated(pages) or _by_domain(pages, source)


def _title_lines(page: Page) -> list[Line]:
    """The page's top lines set as a letterhead or title is: its first few, and those in bold, in capitals or
    larger than its text (not a line of prose that a name happens to start: '...jointly with' / 'X Council, for')."""
    top = page.lines[:LETTERHEAD_LINES]
    sizes = Counter(round(line.size) for line in page.lines)
    text_size = sizes.most_common(1)[0][0] if sizes else 0
    return [line for i, line in enumerate(top) if i < FIRST_LINES or line.bold or round(line.size) > text_size
            or not any(c.islower() for c in line.text)]


def _repeated(pages: list[Page]) -> str | None:
    """The name most pages print at their head or foot, if two or more do."""
    seen: dict[str, set[int]] = defaultdict(set)
    for page in pages:
        for line in _edge_lines(page):
            if name := line_name(line):
                seen[name].add(page.number)
    best = max(seen.items(), key=lambda item: (len(item[1]), -min(item[1])), default=None)
    return best[0] if best and len(best[1]) >= MIN_PAGES else None


def _by_domain(pages: list[Page], source: str | None) -> str | None:
    """The one council named in the first pages' running text whose place is a gov.uk domain the document prints
    (an officer's address, the council's website) or was fetched from, else None."""
    texts = [page.plain for page in pages] + [source or ""]
    labels = {re.sub(r"[^a-z]", "", label.lower()) for text in texts for label in _DOMAIN.findall(text)}
    if not labels:
        return None
    names = {display_name(name) for page in pages[:LETTERHEAD_PAGES] for line in page.lines
             for name in _running_names(line.text) if _domain_of(name, labels)}
    return names.pop() if len(names) == 1 else None


def _running_names(text: str) -> list[str]:
    """Every council's name in a line of prose: capitalised place words before a kind ('to Kingston Council')."""
    capitals = not any(c.islower() for c in text)
    found = []
    for kind in _KIND.finditer(text):
        if capitals or (kind.group(0)[0].isupper() and not _LONGER.match(text[kind.end():])):
            place = _place(text[:kind.start()].split()[::-1], capitals)[::-1]
            if place:
                found.append(f"{' '.join(place)} {kind.group(0)}")
    return found


def _domain_of(name: str, labels: set[str]) -> bool:
    """Whether a domain label is the name's place ('kingston' for Kingston Council, 'dorsetcc' for Dorset County
    Council, 'westofenglandca' for West of England Combined Authority)."""
    kind = _KIND.search(name)
    place = re.sub(r"[^a-z]", "", name[:kind.start()].lower()) if kind else ""
    return len(place) >= 3 and any(label.startswith(place) for label in labels)


def _edge_lines(page: Page) -> list[Line]:
    head, foot = EDGE_LINES
    return page.lines[:head] + page.lines[-foot:] + page.furniture


def line_name(line: Line) -> str | None:
    """A council's name on the line, or in one of its cells where it is set out in columns (a letterhead with
    the clerk's name at the right margin)."""
    if not _HINT.search(line.text):
        return None
    cells = line.cells()
    texts = [line.text, *(text for _, text in cells)] if len(cells) > 1 else [line.text]
    return next((name for text in texts if (name := council_name(text))), None)


def council_name(text: str) -> str | None:
    """A council's name filling one segment of a line on its own, as shown (`display_name`), or None."""
    for segment in _CUT.split(text):
        if name := _segment_name(segment.strip()):
            return display_name(name)
    return None


def _segment_name(segment: str) -> str | None:
    capitals = not any(c.islower() for c in segment)
    body = re.sub(r"^the\s+", "", segment, flags=re.I)
    if prefix := _PREFIX.match(body):  # 'London Borough of Camden', 'Royal Borough of Kingston upon Thames'
        words = body[prefix.end():].split()
        place = _place(words, capitals)
        if place and _TAIL.match(" " + " ".join(words[len(place):])):
            return body[:prefix.end()] + " ".join(place)
        return None
    for kind in _KIND.finditer(segment):
        kind_text = kind.group(0)
        if not _TAIL.match(segment[kind.end():]) or not (capitals or kind_text[0].isupper()):
            continue
        words = segment[:kind.start()].split()
        place = _place(words[::-1], capitals)[::-1]
        lead = words[:len(words) - len(place)]
        if place and _title_lead(lead, capitals):
            return f"{' '.join(place)} {kind_text}"
    return None


def _place(words: list[str], capitals: bool) -> list[str]:
    """The place words at the head of `words` (read outward from the kind), up to a word no place name holds,
    without connectors at either end: [] when they hold no place word."""
    taken: list[str] = []
    for word in words:
        low = word.lower()
        if low not in _CONNECTORS and (low in _STOP or re.search(r"\d", word) or len(taken) >= _MAX_PLACE_WORDS
                                       or not (capitals or word[0].isupper()) or not _WORD.match(word)):
            break
        taken.append(word)
    while taken and taken[-1].lower() in _CONNECTORS:
        taken.pop()
    return taken if any(w.lower() not in _CONNECTORS for w in taken) else []


def _title_lead(words: list[str], capitals: bool) -> bool:
    """Words before the name that make a title ('Minutes of the Meeting of', 'Report to'), not a sentence
    ('These will be submitted to')."""
    return len(words) <= _MAX_LEAD_WORDS and (capitals or all(
        w[0].isupper() or w.lower() in _CONNECTORS for w in words))
