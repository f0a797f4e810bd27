"""Ingest speed in one process (CPU seconds, so other load on the machine does not count) against pdfplumber."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from minutebook.archive import load_extraction, open_archive
from minutebook.extractors.errors import UnreadablePDF
from minutebook.extractors.pipeline import extract_document, preload
from minutebook.pipeline.validation import validate_extraction


@dataclass
class Run:
    pages: int
    cpu: float
    wall: float

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.cpu

    @property
    def ms_per_page(self) -> float:
        return 1000 * self.cpu / self.pages


def plumber_text(pdfs: list[Path]) -> Run:
    """pdfplumber `extract_text` on every page (closing each page, as the stack notes advise)."""
    import pdfplumber

    pages, cpu, wall = 0, time.process_time(), time.perf_counter()
    for pdf in pdfs:
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                page.extract_text()
                page.close()
                pages += 1
    return Run(pages, time.process_time() - cpu, time.perf_counter() - wall)


def ingest_one(db, path: Path, source: str) -> int:
    """Parse, extract every record type, cross a JSON boundary as the flow does, validate, load with FTS: pages."""
    try:
        extracted = extract_document(path, source=source)
    except UnreadablePDF:
        return 0
    payload = extracted.extraction.model_dump(mode="json", by_alias=True)
    load_extraction(db, validate_extraction(payload).extraction, extracted.pages, extracted.ocr)
    return extracted.extraction.document.pages


def ingest(pdfs: list[Path], db_path: Path, times: int = 1) -> Run:
    """Ingest `times` copies of the PDFs (distinct sources) into a fresh archive at `db_path`."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = open_archive(db_path)
    pages, cpu, wall = 0, time.process_time(), time.perf_counter()
    for k in range(times):
        for pdf in pdfs:
            pages += ingest_one(db, pdf, f"copy{k}/{pdf.name}")
    run = Run(pages, time.process_time() - cpu, time.perf_counter() - wall)
    db.close()
    return run


def warm_up(pdf: Path) -> None:
    """Import and build what a worker builds once (spaCy's pipeline, as `preload` does in each worker), so it is
    not charged to the first pages: extracting one PDF alone does not build it where that PDF names no one."""
    preload()
    extract_document(pdf)
