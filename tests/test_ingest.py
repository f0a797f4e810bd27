"""The `ingest` flow, run for real by Prefect (test harness API) on PDFs made here, into real SQLite files; and
the command as cron runs it: quiet, quick from the second run on, failing only on new failures."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES
from helpers import PACK, dump

from minutebook.archive import open_archive
from minutebook.cli import main
from minutebook.flows.ingest import NothingToIngest, ingest, with_threads
from minutebook.pipeline import progress

pytestmark = pytest.mark.usefixtures("prefect_harness")


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
        report = ingest([str(batch)], db_path, council="Example Borough Council")
    assert sorted(p.rsplit("/", 1)[1] for p in report.new) == ["good0.pdf", "good1.pdf"]
    assert {(f.path.rsplit("/", 1)[1], f.stage, f.kind) for f in report.failed} == {
        ("broken.pdf", "extract", "unreadable"), ("empty.pdf", "extract", "unreadable")}
    assert seen[-1] == progress.Progress(documents=4, done=4, pages=4)
    db = open_archive(db_path)
    assert db.execute("select file_name, pages, council from documents order by file_name").fetchall() == [
        ("good0.pdf", 2, "Example Borough Council"), ("good1.pdf", 2, "Example Borough Council")]
    assert db["pages"].count == 4
    hit = db.execute("""select d.file_name, p.page from pages_fts join pages p on p.id = pages_fts.rowid
                        join documents d on d.id = p.document where pages_fts match 'allotment'""").fetchall()
    assert hit == [("good1.pdf", 2)]
    errors = {row["path"].rsplit("/", 1)[1]: row for row in db.query("select * from ingest_errors")}
    assert set(errors) == {"broken.pdf", "empty.pdf"}
    assert "not a PDF" in errors["broken.pdf"]["message"] and "HTML" in errors["broken.pdf"]["message"]
    assert errors["empty.pdf"]["message"].endswith("empty file")
    assert {row["kind"] for row in errors.values()} == {"unreadable"}
    assert len(errors["broken.pdf"]["sha256"]) == 64
    assert all("\n" not in row["message"] for row in errors.values())


def test_a_missing_path_is_an_error_before_any_archive(batch, tmp_path):
    db_path = tmp_path / "archive.db"
    with pytest.raises(NothingToIngest, match="missing.pdf"):
        ingest([str(batch), str(tmp_path / "missing.pdf")], str(db_path))
    assert not db_path.exists()


def test_reingest_is_idempotent_and_a_changed_file_replaces_its_records(batch, tmp_path, make_pdf):
    db_path = str(tmp_path / "archive.db")
    first = with_threads(1)([str(batch / "*.pdf")], db_path)
    assert len(first.new) == 2 and len(first.failed) == 2
    db = open_archive(db_path)
    before = dump(db)
    report = ingest([str(batch)], db_path)
    assert len(report.unchanged) == 2 and not report.new and not report.replaced
    assert not report.failed and sorted(s.path.rsplit("/", 1)[1] for s in report.still_failing) == [
        "broken.pdf", "empty.pdf"]  # failed before, unchanged since: reported, not tried again
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


def test_cron_reruns_fail_only_on_new_failures(batch, tmp_path, capsys):
    db_path = str(tmp_path / "archive.db")
    assert main(["ingest", str(batch), "--db", db_path]) == 1  # two new failures
    err = capsys.readouterr().err
    assert "failed (extract, unreadable): " in err and "broken.pdf" in err
    assert main(["ingest", str(batch), "--db", db_path]) == 0  # the same files, unchanged
    out, err = capsys.readouterr()
    assert "0 new, 2 unchanged, 0 replaced, 0 failed documents, 2 still failing unchanged" in out
    at = open_archive(db_path).execute("select at from ingest_errors where path like '%empty.pdf'").fetchone()[0]
    assert f"still unreadable, unchanged since {at}: {batch / 'empty.pdf'}: empty file" in err
    assert main(["ingest", str(batch), "--db", db_path, "--retry-failed"]) == 1
    assert "2 failed documents" in capsys.readouterr().out
    (batch / "empty.pdf").write_bytes(b"still not a PDF")  # changed: tried again, a new failure
    assert main(["ingest", str(batch), "--db", db_path]) == 1
    out, err = capsys.readouterr()
    assert "1 failed documents, 1 still failing unchanged" in out and "empty.pdf: not a PDF" in err


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
    assert main(["ingest", str(tmp_path / "packs"), str(tmp_path / "nothing-here"), "--db", str(db_path)]) == 2
    assert capsys.readouterr().err.strip() == (f"minutebook: no such file, or no PDF in it: {tmp_path}/nothing-here "
                                               "(nothing was archived)")
    assert main(["ingest", str(tmp_path / "nothing-here"), "--db", str(tmp_path / "new.db")]) == 2
    assert not (tmp_path / "new.db").exists()


def test_second_run_reuses_the_local_prefect_server_and_says_nothing_of_prefect(tmp_path, local_prefect):
    """The command as a user runs it, with no Prefect server configured: the first run starts minutebook's local
    server (unless another test did), the second finds it (no start-up wait); no Prefect INFO lines or run links."""
    pdf = EXAMPLES / "example_cabinet_2025-03-12.pdf"
    command = [sys.executable, "-m", "minutebook.cli"]
    state = Path(local_prefect["PREFECT_HOME"]) / "minutebook-server.json"
    first = subprocess.run([*command, "ingest", str(pdf), "--db", str(tmp_path / "a.db")], env=local_prefect,
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    server = state.read_text()
    started = time.monotonic()
    second = subprocess.run([*command, "ingest", str(pdf), "--db", str(tmp_path / "b.db")], env=local_prefect,
                            capture_output=True, text=True, timeout=300)
    took = time.monotonic() - started
    assert second.returncode == 0, second.stderr
    assert state.read_text() == server  # the same server, not a new one
    assert took < 60  # generous under load; a new server alone takes 10-30 s here
    for run in (first, second):
        assert "1 new" in run.stdout
        assert "INFO" not in run.stdout + run.stderr and "http://" not in run.stdout + run.stderr
