"""The command line's manners: every option described, examples in --help, dates checked, one line (exit 2) for an
archive that is not one, and nothing but silence when the reader of its output goes away."""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys

import pytest

from minutebook.cli import build_parser, main


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def test_every_option_is_described_and_help_has_examples(capsys):
    parser = build_parser()
    undescribed = [f"{name} {action.dest}" for name, command in subcommands(parser).items()
                   for action in command._actions if not action.help]
    assert undescribed == []
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "minutebook ingest 'packs/**/*.pdf' --db archive.db" in out and "exit codes" in out


@pytest.mark.parametrize("since", ["2025-13-45", "2025-02-30", "yesterday"])
def test_since_must_be_a_calendar_date(sample_archive, capsys, since):
    with pytest.raises(SystemExit) as exited:
        main(["search", "council", "--db", str(sample_archive), "--since", since])
    assert exited.value.code == 2
    assert f"argument --since: not a date: '{since}' (use YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["search", "serve", "remove"])
def test_a_file_that_is_not_an_archive_is_one_line_and_exit_2(tmp_path, capsys, command):
    text = tmp_path / "notes.db"
    text.write_text("not a database at all " * 100)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("create table t (x)")
    args = {"search": ["council"], "remove": ["pack.pdf"]}.get(command, [])
    assert main([command, *args, "--db", str(text)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"minutebook: not a minutebook archive: {text} (not an SQLite file)"]
    assert main([command, *args, "--db", str(other)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"minutebook: not a minutebook archive: {other}"]
    with sqlite3.connect(other) as db:
        assert [name for (name,) in db.execute("select name from sqlite_master")] == ["t"]  # left untouched


@pytest.mark.slow
def test_a_closed_pipe_ends_quietly(tmp_path, make_pdf):
    """`| head` closes the pipe after one line of output far larger than the pipe's buffer: no BrokenPipeError
    traceback, and a clean exit."""
    from minutebook.archive import load_extraction, open_archive
    from minutebook.schemas import Document, Extraction, Resolution

    items = "".join(f"<p><b>{n}. School transport in ward {n}</b></p><p>The Cabinet considered a report on school "
                    f"transport in ward {n}.</p><p>RESOLVED: That the arrangements for ward {n} be approved.</p>"
                    for n in range(1, 200))
    pdf = make_pdf(f"<html><body><h1>Example Borough Council</h1><p>MINUTES of a meeting of the Cabinet held on "
                   f"Tuesday, 3 March 2020</p>{items}</body></html>")
    db = open_archive(tmp_path / "archive.db")
    load_extraction(db, Extraction(
        document=Document(sha256="a" * 64, file_name="big.pdf", pages=1, kind="minutes"),
        resolutions=[Resolution(meeting_date="2025-03-12", minute_number=str(n), outcome="resolved", page=1,
                                text=f"That the school transport policy {n} be approved. " * 20)
                     for n in range(500)]), ["page"])
    db.close()
    command = f"{sys.executable} -m minutebook.cli"
    for args, size in ((f"extract --pretty {pdf}", 64 * 1024), (f"search school --json --limit 500 --db "
                                                                  f"{tmp_path / 'archive.db'}", 64 * 1024)):
        whole = subprocess.run(f"{command} {args}", shell=True, capture_output=True, text=True, timeout=120)
        assert len(whole.stdout) > size  # more than a pipe holds, so the writer meets the closed end
        run = subprocess.run(f"set -o pipefail; {command} {args} | head -n 1", shell=True, executable="/bin/bash",
                             capture_output=True, text=True, timeout=120)
        assert (run.returncode, run.stderr) == (0, ""), args
        assert run.stdout == whole.stdout.splitlines(keepends=True)[0]


def test_an_internal_error_is_told_in_one_line_with_where_it_was_raised():
    """What `main` prints for a bug instead of a traceback (and the worker records for a document): the exception
    and the file and line that raised it."""
    from minutebook.pipeline.worker import crash_message

    def broken() -> None:
        {}["minute"]

    try:
        broken()
    except KeyError as exc:
        message = crash_message(exc)
    line = broken.__code__.co_firstlineno + 1
    assert message == f"KeyError: 'minute' (at test_cli.py:{line})"
    assert crash_message(ValueError("never raised")) == "ValueError: never raised"
