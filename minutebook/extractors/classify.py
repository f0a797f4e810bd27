"""What kind of document a PDF is, from what is printed in it."""

from __future__ import annotations

import re

from ..schemas import DocumentKind
from .pack import Pack
from .parts import NOTICE_OF_DECISION

_DECISION = re.compile(rf"\b(?:decision (?:recording form|determined)|{NOTICE_OF_DECISION})|^decisions\b", re.I)
_AGENDA = re.compile(r"\b(a\s?g\s?e\s?n\s?d\s?a|summons|notice of meeting|public document pack)\b", re.I)
_MINUTES = re.compile(r"^\W*(?:(?:draft|confirmed|unconfirmed|signed|approved)\s+)?minutes\b", re.I)


def document_kind(pack: Pack) -> DocumentKind:
    """Agenda pack, front sheet, minutes, decision notice or report: by the first page and the parts found. Of
    the title words the first printed wins: minutes that mention an agenda item or a decision notice further
    down are minutes."""
    first = [line.text for line in pack.lines[:40]]
    at = {kind: next((i for i, text in enumerate(first) if pattern.search(text)), len(first))
          for kind, pattern in (("decision", _DECISION), ("agenda", _AGENDA), ("minutes", _MINUTES))}
    if at["decision"] < min(at["agenda"], at["minutes"]):
        return DocumentKind.DECISION_NOTICE
    kinds = {part.kind for part in pack.parts}
    if at["minutes"] < at["agenda"] and "minutes" in kinds:
        return DocumentKind.MINUTES
    if at["agenda"] < len(first) or "front" in kinds:
        if pack.layout.page_count <= 3 and "minutes" not in kinds:
            return DocumentKind.FRONT_SHEET
        return DocumentKind.AGENDA_PACK
    if "minutes" in kinds or at["minutes"] < len(first):
        return DocumentKind.MINUTES
    return DocumentKind.REPORT
