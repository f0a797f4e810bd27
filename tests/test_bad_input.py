"""Hostile input, built at test time (tests/hostile.py): each ends as records or as one clear error, and in a
batch every bad file is recorded in `ingest_errors` while the rest are archived."""

from __future__ import annotations

import shutil

import hostile
import pytest
from conftest import shared_pdf

from minutebook.archive import open_archive
from minutebook.extractors.errors import NoTextLayer, UnreadablePDF
from minutebook.extractors.layout import MAX_PAGE_CHARS
from minutebook.extractors.pipeline import extract_document
from minutebook.pipeline import Extracted, Job, Limits
from minutebook.pipeline.worker import Worker

# builder -> the error's words, or None where the file is repaired/read and gives records
REJECTED = {
    "empty": "empty file",
    "html": "looks like an HTML page",
    "word": "looks like an OLE2 document",
    "truncated": "truncated PDF (no %%EOF",
    "truncated_early": "damaged or truncated PDF",
    "scanned": "no text layer on any of 2 pages",
}
READ = ["good", "broken_xref", "plumber_breaker", "deep_nesting", "odd_text"]


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_rejected_with_one_clear_line(tmp_path, name):
    path = getattr(hostile, name)(tmp_path / f"{name}.pdf")
    with pytest.raises(UnreadablePDF) as caught:
        extract_document(path)
    assert REJECTED[name] in caught.value.reason and "\n" not in caught.value.reason


@pytest.mark.parametrize("name", READ)
def test_repaired_or_odd_files_give_their_records(tmp_path, name):
    result = extract_document(getattr(hostile, name)(tmp_path / f"{name}.pdf"))
    meeting = result.extraction.meetings[0]
    assert (meeting.body, str(meeting.date)) == ("CABINET", "2025-03-12")
    assert "Ada Pennington" in {a.name for a in result.extraction.attendance}
    assert not result.warnings and not result.ocr


def test_pdfplumber_breaker_really_breaks_pdfplumber(tmp_path):
    import pdfplumber

    with pytest.raises(TypeError), pdfplumber.open(hostile.plumber_breaker(tmp_path / "p.pdf")) as pdf:
        pdf.pages[0].extract_text()


def test_encrypted_owner_password_only_is_read_user_password_is_rejected(tmp_path):
    owner_only = extract_document(hostile.encrypted(tmp_path / "owner.pdf", user_password=""))
    assert owner_only.extraction.meetings[0].body == "CABINET"
    with pytest.raises(UnreadablePDF, match="encrypted PDF: needs a user password"):
        extract_document(hostile.encrypted(tmp_path / "user.pdf", user_password="secret"))


def test_private_use_glyphs_split_words_and_reach_the_page_text(tmp_path):
    result = extract_document(hostile.odd_text(tmp_path / "odd.pdf"))
    assert "\ue000" in result.pages[0]
    assert all("\ue000" not in a.name for a in result.extraction.attendance)


@pytest.mark.slow
def test_page_of_millions_of_characters_is_read_up_to_the_cap(tmp_path):
    result = extract_document(hostile.million_chars(tmp_path / "big.pdf"))
    assert MAX_PAGE_CHARS * 0.99 < len(result.pages[0]) <= MAX_PAGE_CHARS and len(result.pages) == 2  # 2M printed
    assert result.warnings == [f"page 1 has over {MAX_PAGE_CHARS:,} characters; read that many"]


@pytest.mark.slow
def test_two_thousand_pages(tmp_path):
    result = extract_document(hostile.many_pages(tmp_path / "long.pdf"))
    assert result.extraction.document.pages == 2000 and len(result.pages) == 2000


@pytest.mark.shared
@pytest.mark.parametrize("name", ["horsley_pc_2014-03-18_draft_minutes.pdf", "horsley_pc_2014-04-29_agenda.pdf"])
def test_garbage_text_layer_is_detected_not_archived(name):
    with pytest.raises(NoTextLayer, match="text layer is not readable"):
        extract_document(shared_pdf(f"real/{name}"))


@pytest.mark.slow
def test_worker_kills_a_runaway_document_and_serves_the_next(tmp_path):
    """A stream that inflates to hundreds of MB breaks the memory cap; a 2,000-page PDF breaks a 1 s limit."""
    bomb, long, good = (hostile.stream_bomb(tmp_path / "bomb.pdf"), hostile.many_pages(tmp_path / "long.pdf"),
                        hostile.good(tmp_path / "good.pdf"))
    with Worker(Limits(seconds=120, memory_mb=768)) as worker:
        died = worker.run(Job.for_file(bomb))
        assert (died.stage, died.kind) in {("extract", "memory"), ("extract", "died")} and "768 MB" in died.message
        read = worker.run(Job.for_file(good))
        assert isinstance(read, Extracted) and read.rows.table("meetings")[0]["body"] == "CABINET"
    with Worker(Limits(seconds=1, memory_mb=768)) as worker:
        late = worker.run(Job.for_file(long))
        assert (late.kind, late.message) == ("timeout", "killed after 1 s (the per-document time limit)")


@pytest.mark.usefixtures("prefect_harness")
def test_ingest_of_a_hostile_batch_records_each_failure_and_archives_the_rest(tmp_path):
    from minutebook.flows.ingest import ingest

    folder = tmp_path / "batch"
    folder.mkdir()
    names = [*REJECTED, *READ, "many_pages", "million_chars", "stream_bomb"]
    for name in names:
        getattr(hostile, name)(folder / f"{name}.pdf")
    hostile.encrypted(folder / "encrypted_user.pdf", user_password="secret")
    for leftover in folder.glob("*.source.pdf"):
        leftover.unlink()
    shutil.copy(shared_pdf("real/horsley_pc_2014-04-29_agenda.pdf"), folder / "garbage_text.pdf")

    db_path = str(tmp_path / "archive.db")
    report = ingest([str(folder)], db_path, limits=Limits(seconds=120, memory_mb=768))

    db = open_archive(db_path)
    errors = {r["path"].rsplit("/", 1)[1][:-4]: (r["stage"], r["message"])
              for r in db.query("select * from ingest_errors")}
    archived = {r["file_name"][:-4]: r["pages"] for r in db.query("select file_name, pages from documents")}
    assert set(archived) == {*READ, "many_pages", "million_chars"}
    assert archived["many_pages"] == 2000
    failed = {*REJECTED, "stream_bomb", "encrypted_user", "garbage_text"}
    assert {f.path.rsplit("/", 1)[1][:-4] for f in report.failed} == failed
    for name, words in REJECTED.items():
        assert errors[name][0] == "extract" and words in errors[name][1]
    assert "768 MB" in errors["stream_bomb"][1] and "user password" in errors["encrypted_user"][1]
    assert "characters; read that many" in errors["million_chars"][1]  # archived in part, and said so
    kinds = {r["path"].rsplit("/", 1)[1][:-4]: r["kind"] for r in db.query("select path, kind from ingest_errors")}
    assert {kinds[name] for name in [*REJECTED, "encrypted_user", "garbage_text"]} == {"unreadable"}
    assert kinds["stream_bomb"] in {"memory", "died"} and kinds["million_chars"] == "partial"
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    meetings = db.execute("select distinct d.file_name from document_meetings l join documents d on d.id = l.document"
                          ).fetchall()
    assert sorted(name[:-4] for (name,) in meetings) == sorted([*READ, "million_chars"])
