"""Input folders and globs: links out of the tree are noted and not read (unless asked), links that loop end, a
literal path is never read as a glob, and what a non-PDF file looks like is said without quoting its bytes."""

from __future__ import annotations

import sqlite3
import time

import hostile
import pytest

from minutebook.cli import main
from minutebook.extractors.errors import UnreadablePDF
from minutebook.extractors.pipeline import extract_document
from minutebook.sources.discover import expand

SECRET = "root:$6$secretsalt$hash:19000:0:99999:7:::\n"


@pytest.fixture
def tree(tmp_path):
    """packs/ with PDFs (one in a sub-folder, one hidden), links to files and a folder outside it, a broken link,
    and two links back to itself; outside/ holds a 'shadow' file and a PDF."""
    outside, packs = tmp_path / "outside", tmp_path / "packs"
    (packs / "sub").mkdir(parents=True)
    (packs / ".hidden").mkdir()
    outside.mkdir()
    (outside / "shadow").write_text(SECRET)
    hostile.good(outside / "elsewhere.pdf")
    for path in (packs / "a.pdf", packs / "sub" / "b.pdf", packs / ".hidden" / "c.pdf"):
        hostile.good(path)
    (packs / "shadow.pdf").symlink_to(outside / "shadow")
    (packs / "out").symlink_to(outside)
    (packs / "gone.pdf").symlink_to(tmp_path / "missing.pdf")
    (packs / "sub" / "again.pdf").symlink_to(packs / "a.pdf")  # inside the tree: the same file, once
    (packs / "loop1").symlink_to(".")
    (packs / "sub" / "loop2").symlink_to("..")
    return packs


def test_a_folder_is_walked_without_leaving_it(tree):
    notes: list[tuple[str, str]] = []
    started = time.monotonic()
    files, missing = expand([str(tree)], skipped=notes)
    assert [f.relative_to(tree).as_posix() for f in files] == ["a.pdf", "sub/b.pdf"] and missing == []
    assert sorted((n.rsplit("/", 1)[1], why.split(" (")[0]) for n, why in notes) == [
        ("gone.pdf", "a broken link: skipped"), ("out", f"a link out of {tree}"),
        ("shadow.pdf", f"a link out of {tree}")]
    followed, _ = expand([str(tree)], follow_links=True)
    assert sorted(f.name for f in followed) == ["a.pdf", "b.pdf", "elsewhere.pdf", "shadow"]
    assert time.monotonic() - started < 10


def test_globs_with_links_that_loop_end_and_literal_paths_stay_literal(tree):
    started = time.monotonic()
    for follow in (False, True):
        files, missing = expand([f"{tree}/**/*.pdf"], follow_links=follow)
        names = sorted(f.relative_to(tree.parent).as_posix() for f in files)
        assert names == (["outside/elsewhere.pdf", "outside/shadow", "packs/a.pdf", "packs/sub/b.pdf"] if follow else
                         ["packs/a.pdf", "packs/sub/b.pdf"]) and missing == []
    assert time.monotonic() - started < 10
    (tree / "pack[1].pdf").write_bytes(b"%PDF-1.7 literal")
    (tree / "pack1.pdf").write_bytes(b"%PDF-1.7 other")
    assert expand([str(tree / "pack[1].pdf")]) == ([(tree / "pack[1].pdf").resolve()], [])
    assert expand([str(tree / "pack[12].pdf")])[0] == [(tree / "pack1.pdf").resolve()]  # not a file: a glob
    assert expand([str(tree / "nothing[1].pdf")]) == ([], [str(tree / "nothing[1].pdf")])


def test_a_non_pdf_is_described_never_quoted(tree):
    with pytest.raises(UnreadablePDF) as caught:
        extract_document(tree / "shadow.pdf")
    assert caught.value.reason == "not a PDF (looks like a text file)"


@pytest.mark.usefixtures("prefect_harness")
def test_ingest_records_the_links_it_did_not_follow(tree, tmp_path, capsys):
    db_path = tmp_path / "archive.db"
    assert main(["ingest", str(tree), "--db", str(db_path), "--workers", "1"]) == 1
    capsys.readouterr()
    db = sqlite3.connect(db_path)
    assert sorted(r[0].rsplit("/", 1)[1] for r in db.execute("select source from documents")) == ["a.pdf", "b.pdf"]
    errors = db.execute("select path, stage, kind, message from ingest_errors order by path").fetchall()
    assert [(p.rsplit("/", 1)[1], s, k) for p, s, k, _ in errors] == [
        ("gone.pdf", "discover", "link"), ("out", "discover", "link"), ("shadow.pdf", "discover", "link")]
    assert all("root:" not in message and "secret" not in message for *_, message in errors)
