"""The `ingest` flow, run for real by Prefect (test harness API) on PDFs made here, into real SQLite files."""

from __future__ import annotations

import importlib.util
import shutil
import sys

import pytest
from conftest import EXAMPLES
from test_archive_load import dump

from minutebook.archive import open_archive
from minutebook.cli import main
from minutebook.flows import progress
from minutebook.flows.ingest import ingest, with_workers

pytestmark = pytest.mark.usefixtures("prefect_harness")

PACK = """<html><body><h1>Example Borough Council</h1><h2>Cabinet</h2><p>Date: 12 March 2025</p>
<p>{words}</p><div style="page-break-before: always"><p>The second page mentions {marker}.</p></div></body></html>"""


def examples_module():
    spec = importlib.util.spec_from_file_location("make_examples", EXAMPLES / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def batch(tmp_path, make_pdf):
    """Two good two-page PDFs, an HTML page saved as .pdf, and an empty .pdf."""
    folder = tmp_path / "packs"
    folder.mkdir()
    for n, marker in enumerate(["crossing patrols", "allotment rents"]):
        path = make_pdf(PACK.format(words="The council met to decide matters. " * 20, marker=marker), f"good{n}.pdf")
        shutil.move(path, folder / path.name)
    (folder / "broken.pdf").write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    (folder / "empty.pdf").write_bytes(b"")
    return folder


def test_batch_with_failures_goes_on_and_records_them(batch, tmp_path):
    db_path = str(tmp_path / "archive.db")
    seen: list[progress.Progress] = []
    with progress.listen(seen.append):
        report = ingest([str(batch), str(tmp_path / "missing.pdf")], db_path, council="Example Borough Council")
    assert sorted(p.rsplit("/", 1)[1] for p in report.new) == ["good0.pdf", "good1.pdf"]
    assert {(f.path.rsplit("/", 1)[1], f.stage) for f in report.failed} == {
        ("broken.pdf", "extract"), ("empty.pdf", "extract"), ("missing.pdf", "discover")}
    assert seen[-1] == progress.Progress(documents=5, done=5, pages=4)
    db = open_archive(db_path)
    assert db.execute("select file_name, pages, council from documents order by file_name").fetchall() == [
        ("good0.pdf", 2, "Example Borough Council"), ("good1.pdf", 2, "Example Borough Council")]
    assert db["pages"].count == 4
    hit = db.execute("""select d.file_name, p.page from pages_fts join pages p on p.id = pages_fts.rowid
                        join documents d on d.id = p.document where pages_fts match 'allotment'""").fetchall()
    assert hit == [("good1.pdf", 2)]
    errors = {row["path"].rsplit("/", 1)[1]: row for row in db.query("select * from ingest_errors")}
    assert set(errors) == {"broken.pdf", "empty.pdf", "missing.pdf"}
    assert "not a PDF" in errors["broken.pdf"]["message"] and "HTML" in errors["broken.pdf"]["message"]
    assert errors["empty.pdf"]["message"].endswith("empty file")
    assert len(errors["broken.pdf"]["sha256"]) == 64 and errors["missing.pdf"]["sha256"] is None
    assert all("\n" not in row["message"] for row in errors.values())


def test_reingest_is_idempotent_and_a_changed_file_replaces_its_records(batch, tmp_path, make_pdf):
    db_path = str(tmp_path / "archive.db")
    first = with_workers(1)([str(batch / "*.pdf")], db_path)
    assert len(first.new) == 2 and len(first.failed) == 2
    db = open_archive(db_path)
    before = dump(db)
    report = ingest([str(batch)], db_path)
    assert len(report.unchanged) == 2 and not report.new and not report.replaced and len(report.failed) == 2
    assert dump(db) == before

    old_sha = db.execute("select sha256 from documents where file_name = 'good0.pdf'").fetchone()[0]
    new = make_pdf(PACK.format(words="A revised version of the pack.", marker="speed cushions"), "new.pdf")
    shutil.move(new, batch / "good0.pdf")
    report = ingest([str(batch / "good0.pdf")], db_path)
    assert [p.rsplit("/", 1)[1] for p in report.replaced] == ["good0.pdf"]
    assert db.execute("select sha256 from document_history").fetchall() == [(old_sha,)]
    assert db["documents"].count == 2
    assert db.execute("select count(*) from pages_fts where pages_fts match 'crossing'").fetchone() == (0,)
    assert db.execute("select count(*) from pages_fts where pages_fts match 'cushion'").fetchone() == (1,)


def test_cli_ingests_example_packs_with_records(tmp_path, capsys):
    """End to end on the example packs: exit code, summary, and records loose enough to outlive extractor work."""
    examples_module().main(tmp_path / "packs")
    db_path = tmp_path / "archive.db"
    code = main(["ingest", str(tmp_path / "packs" / "*.pdf"), "--db", str(db_path), "--council", "Example Borough "
                 "Council", "--workers", "2"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "2 new, 0 unchanged, 0 replaced, 0 failed documents" in out and "pages/s" in out
    db = open_archive(db_path)
    assert db.execute("select count(*), sum(pages) from documents").fetchone() == (2, 6)
    meetings = {(r["body"], r["date"]) for r in db.query("select body, date from meetings")}
    assert ("Cabinet", "2025-03-12") in meetings
    decisions = list(db.query("select * from decisions where text like '%school transport policy%'"))
    assert decisions and decisions[0]["page"] == 2 and decisions[0]["date"] == "2025-02-12"
    assert main(["ingest", str(tmp_path / "packs"), str(tmp_path / "nothing-here"), "--db", str(db_path)]) == 1
    assert "0 new, 2 unchanged, 0 replaced, 1 failed documents" in capsys.readouterr().out
