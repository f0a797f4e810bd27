"""Run every extractor over one PDF and assemble a validated `Extraction`."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from ..schemas import Document, Extraction
from . import agenda, attendance, indicators, meetings, minutes, resolutions, risks, votes
from .classify import document_kind
from .errors import UnreadablePDF
from .layout import Layout
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


def extract_pdf(path: str | Path, source: str | None = None, council: str | None = None) -> Extraction:
    """Every record in the PDF. Raises `UnreadablePDF` (one clear reason) for input that cannot give records."""
    path = Path(path)
    if not path.is_file():
        raise UnreadablePDF(path, "no such file")
    sha = sha256_of(path)
    with Layout(path) as layout:
        if layout.page_count == 0:
            raise UnreadablePDF(path, "PDF has no pages")
        check_readable(path, layout.pages)
        pack = Pack(layout)
        records = {name: extractor(pack) for name, extractor in EXTRACTORS.items()}
        document = Document(
            sha256=sha,
            file_name=path.name,
            pages=layout.page_count,
            kind=document_kind(pack),
            source=source or str(path),
            council=council,
            extracted_at=datetime.now(UTC),
        )
    return Extraction(document=document, **records)
