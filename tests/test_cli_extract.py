"""`minutebook extract` and `minutebook schema` as a user runs them: real subprocesses."""

import json
import subprocess
import sys

import pytest
from conftest import shared_pdf

EXTRACT = [sys.executable, "-m", "minutebook.cli", "extract"]

PACK = """<html><body style="font-family: sans-serif">
<p><b>Public Document Pack</b></p>
<p>Meeting: Licensing Committee</p><p>Date: Tuesday, 3 March 2020</p><p>Time: 7.00 pm</p>
<h3>Agenda</h3><p><b>1. Apologies for Absence</b></p><p><b>2. Minutes</b></p>
</body></html>"""


def run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def test_extract_prints_format_json(make_pdf):
    result = run([*EXTRACT, str(make_pdf(PACK))])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"meetings", "attendance", "agenda_items", "minutes", "resolutions", "indicators", "risks",
                         "votes"}
    assert [(m["body"], m["date"], m["time"]) for m in data["meetings"]] == [("Licensing Committee", "2020-03-03",
                                                                              "19:00")]
    assert [(a["number"], a["title"], a["page"]) for a in data["agenda_items"]] == [
        ("1", "Apologies for Absence", 1), ("2", "Minutes", 1)]
    assert data["document"]["kind"] == "front sheet"


@pytest.mark.parametrize(
    "content, reason",
    [(b"", "empty file"), (b"<!DOCTYPE html><html><body>Not found</body></html>", "not a PDF"),
     (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "damaged or truncated PDF")],
)
def test_unreadable_input_exits_2_with_one_line(tmp_path, content, reason):
    path = tmp_path / "pack.pdf"
    path.write_bytes(content)
    result = run([*EXTRACT, str(path)])
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert reason in result.stderr


def test_missing_file_exits_2(tmp_path):
    result = run([*EXTRACT, str(tmp_path / "nope.pdf")])
    assert (result.returncode, result.stderr.strip()) == (2, "minutebook: cannot extract nope.pdf: no such file")


@pytest.mark.parametrize("name", ["horsley_pc_2014-03-18_draft_minutes.pdf", "horsley_pc_2014-04-29_agenda.pdf"])
def test_garbage_text_layer_is_refused_without_ocr(name):
    result = run([*EXTRACT, "--no-ocr", str(shared_pdf(f"real/{name}"))])  # OCR'd by default: tests/test_ocr.py
    assert result.returncode == 2
    assert "text layer is not readable" in result.stderr


def test_schema_is_json_schema_of_the_output():
    result = run([sys.executable, "-m", "minutebook.cli", "schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "Extraction"
    assert {"meetings", "votes", "document"} <= set(schema["properties"])
    assert "for" in schema["$defs"]["Vote"]["properties"]
