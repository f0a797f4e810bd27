"""Scanned packs: PDFs rasterised here (text PDF -> page images -> PDF) and the Horsley PDFs, OCR'd with
OCRmyPDF and Tesseract; records and pages from OCR are marked as such."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import hostile
import pytest
from conftest import render_pdf, shared_pdf
from test_attendance import HANGING, HANGING_PEOPLE

from minutebook.archive import open_archive
from minutebook.extractors.errors import NoTextLayer
from minutebook.extractors.pipeline import extract_document, sha256_of

# Skipped on a machine without Tesseract; never in CI, which installs it (and requires the shared corpus).
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("MINUTEBOOK_REQUIRE_SHARED"),
    reason="needs tesseract-ocr (installed by .ci/run)")


@needs_tesseract
def test_scan_is_ocrd_and_its_records_carry_ocr(tmp_path):
    scan = hostile.scanned(tmp_path / "scan.pdf")
    with pytest.raises(NoTextLayer):
        extract_document(scan)
    result = extract_document(scan, ocr=True)
    meeting = result.extraction.meetings[0]
    assert (meeting.body, str(meeting.date), meeting.time, meeting.ocr) == ("CABINET", "2025-03-12", "10:00", True)
    assert {a.name for a in result.extraction.attendance} == {"Ada Pennington", "Priya Halden"}
    assert all(a.ocr for a in result.extraction.attendance) and result.ocr
    assert "Home to School Transport Policy" in result.pages[0]
    assert result.extraction.document.sha256 == sha256_of(scan)  # the original file, not the OCR'd copy


@needs_tesseract
@pytest.mark.shared
def test_garbage_text_layer_is_replaced_by_ocr():
    result = extract_document(shared_pdf("real/horsley_pc_2014-04-29_agenda.pdf"), ocr=True)
    assert result.ocr and "Parish Council" in result.pages[0]
    assert result.extraction.meetings and all(m.ocr for m in result.extraction.meetings)


@needs_tesseract
@pytest.mark.shared
def test_extract_ocrs_an_unreadable_text_layer_unless_told_not_to():
    """`minutebook extract` OCRs a PDF whose text layer is garbage when OCR is installed (the ordinal 'th' it reads as
    a quote mark and 'Cllr' read as 'Clir' still give the meeting and its chairman); --no-ocr says why it cannot."""
    pdf = shared_pdf("real/horsley_pc_2014-03-18_draft_minutes.pdf")
    run = subprocess.run([sys.executable, "-m", "minutebook.cli", "extract", str(pdf)], capture_output=True, text=True,
                         timeout=600)
    records = json.loads(run.stdout)
    assert [(m["date"], m["time"], m["ocr"]) for m in records["meetings"]] == [("2014-03-18", "19:30", True)]
    assert ("N Hackett", "present", "Chairman") in {(a["name"], a["status"], a["role"]) for a in records["attendance"]}
    refused = subprocess.run([sys.executable, "-m", "minutebook.cli", "extract", "--no-ocr", str(pdf)],
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "text layer is not readable" in refused.stderr and not refused.stdout


def test_without_tesseract_extract_says_to_install_it_or_gives_the_reason(tmp_path):
    """Unasked, extract needs no OCR to say what is wrong: the missing text layer, with --ocr as the way out."""
    scan = hostile.scanned(tmp_path / "scan.pdf")
    env = {**os.environ, "PATH": str(tmp_path)}  # no tesseract, no ghostscript
    run = subprocess.run([sys.executable, "-m", "minutebook.cli", "extract", str(scan)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "no text layer" in run.stderr and "Traceback" not in run.stderr


def test_missing_tesseract_is_a_clear_error(tmp_path):
    scan = hostile.scanned(tmp_path / "scan.pdf")
    env = {**os.environ, "PATH": str(tmp_path)}  # no tesseract, no ghostscript
    run = subprocess.run([sys.executable, "-m", "minutebook.cli", "extract", "--ocr", str(scan)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "--ocr needs Tesseract: install Tesseract and Ghostscript" in run.stderr
    assert "Traceback" not in run.stderr


@needs_tesseract
@pytest.mark.usefixtures("prefect_harness")
def test_ingest_with_ocr_marks_pages_and_records(tmp_path):
    from minutebook.flows.ingest import ingest

    folder = tmp_path / "packs"
    folder.mkdir()
    hostile.scanned(folder / "scan.pdf").with_suffix(".source.pdf").rename(folder / "text.pdf")
    db_path = str(tmp_path / "archive.db")
    report = ingest([str(folder)], db_path, ocr=True)
    assert len(report.new) == 2 and not report.failed
    db = open_archive(db_path)
    pages = db.execute("""select d.file_name, p.page, p.ocr from pages p join documents d on d.id = p.document
                          order by 1, 2""").fetchall()
    assert pages == [("scan.pdf", 1, 1), ("scan.pdf", 2, 1), ("text.pdf", 1, 0), ("text.pdf", 2, 0)]
    ocr = db.execute("""select d.file_name, a.ocr, count(*) from attendance a join documents d on d.id = a.document
                        group by 1, 2 order by 1""").fetchall()
    # one meeting: its attendance is archived from one copy, flagged as that copy's pages are; the other's are sources
    assert ocr in ([("scan.pdf", 1, 2)], [("text.pdf", 0, 2)])
    assert db.execute("select count(*) from record_sources where table_name = 'attendance'").fetchone() == (2,)


@needs_tesseract
def test_a_scanned_hanging_list_read_at_the_size_of_its_line_pitch(tmp_path, request):
    """OCR sizes each line from its glyphs' box (one font reads as 8.5pt on one line and 12pt on the next); the
    page's line pitch gives the body size, so the scanned minutes read as the printed ones do."""
    source = tmp_path / "minutes.pdf"
    source.write_bytes(render_pdf(HANGING, request.config))
    result = extract_document(hostile.scanned(tmp_path / "scan.pdf", source), ocr=True)
    assert [(a.name, a.status, a.role) for a in result.extraction.attendance] == HANGING_PEOPLE
