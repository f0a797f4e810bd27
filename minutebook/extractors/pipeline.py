"""Run every extractor over one PDF and assemble a validated `Extraction`."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..schemas import Document, Extraction
from . import agenda, attendance, council, indicators, meetings, minutes, names, resolutions, risks, votes
from .classify import document_kind
from .errors import NoTextLayer, UnreadablePDF, check_complete
from .layout import Layout
from .ocr import ocr_available, ocr_copy
from .pack import Pack
from .textcheck import check_readable

EXTRACTORS: dict[str, Callable[[Pack], list]] = {
    "meetings": meetings.extract,
    "attendance": attendance.extract,
    "agenda_items": agenda.extract,
    "minutes": minutes.extract,
    "resolutions": resolutions.extract,
    "votes": votes.extract,
    "indicators": indicators.extract,
    "risks": risks.extract,
}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


NO_COUNCIL = "no council given or printed (letterhead, title, running lines); name it with --council"


@dataclass
class Extracted:
    """A document's records, each physical page's text, whether the text came from OCR, what was read
    only in part (pages over the character cap, pages pdfium cannot read), and what the document leaves
    unsaid that a caller may give (`notes`: no council named)."""

    extraction: Extraction
    pages: list[str]
    ocr: bool
    warnings: list[str]
    notes: list[str] = field(default_factory=list)


def preload() -> None:
    """Load now what the first extraction would load on its way: for worker processes that start early."""
    names.preload()


def extract_pdf(path: str | Path, source: str | None = None, council: str | None = None,
                ocr: bool = False) -> Extraction:
    """Every record in the PDF. Raises `UnreadablePDF` (one clear reason) for input that cannot give records."""
    return extract_document(path, source, council, ocr).extraction


def extract_document(path: str | Path, source: str | None = None, council: str | None = None,
                     ocr: bool | None = False, sha256: str | None = None) -> Extracted:
    """Every record and page text of the PDF; with `ocr`, a PDF without a usable text layer is OCR'd first (with
    `ocr=None`, where OCR is installed).
    `sha256` is the file's hash where the caller has taken it already."""
    path = Path(path)
    if not path.is_file():
        raise UnreadablePDF(path, "no such file")
    document = Document(sha256=sha256 or sha256_of(path), file_name=path.name, pages=0, kind="report",
                        source=source or str(path), council=council)
    with Layout(path) as layout:
        check_complete(path)
        try:
            return _extract(path, layout, document, ocr=False)
        except NoTextLayer:
            if not (ocr or (ocr is None and ocr_available())):
                raise
    with tempfile.TemporaryDirectory(prefix="minutebook-ocr-") as tmp, \
            Layout(ocr_copy(path, Path(tmp) / "ocr.pdf"), ocr=True) as layout:
        return _extract(path, layout, document, ocr=True)


def _extract(path: Path, layout: Layout, document: Document, ocr: bool) -> Extracted:
    if layout.page_count == 0:
        raise UnreadablePDF(path, "PDF has no pages")
    check_readable(path, layout.pages)
    pack = Pack(layout, ocr=ocr)
    records = {name: extractor(pack) for name, extractor in EXTRACTORS.items()}
    named = document.council or council.extract(pack, document.source)  # one the caller gave wins
    records["meetings"] = meetings.name_generic(records["meetings"], named)
    document = document.model_copy(update={"pages": layout.page_count, "kind": document_kind(pack),
                                           "council": named, "extracted_at": datetime.now(UTC)})
    return Extracted(Extraction(document=document, **records), layout.page_texts(), ocr, layout.warnings,
                     [] if named else [NO_COUNCIL])
