"""What kind of document a PDF is, from what is printed in it."""

from __future__ import annotations

import re

from ..schemas import DocumentKind
from .pack import Pack

_DECISION = re.compile(r"\bdecision (notice|recording form|determined)|^decisions\b", re.I)
_AGENDA = re.compile(r"\b(a\s?g\s?e\s?n\s?d\s?a|summons|notice of meeting|public document pack)\b", re.I)
_MINUTES = re.compile(r"\bminutes\b", re.I)


def document_kind(pack: Pack) -> DocumentKind:
    """Agenda pack, front sheet, minutes, decision notice or report: by the first page and the parts found."""
    first = [line.text for line in pack.lines[:40]]
    head = "\n".join(first)
    if _DECISION.search(head):
        return DocumentKind.DECISION_NOTICE
    kinds = {part.kind for part in pack.parts}
    if _AGENDA.search(head) or "front" in kinds:
        if pack.layout.page_count <= 3 and "minutes" not in kinds:
            return DocumentKind.FRONT_SHEET
        return DocumentKind.AGENDA_PACK
    if "minutes" in kinds or _MINUTES.search(head):
        return DocumentKind.MINUTES
    return DocumentKind.REPORT
