"""Control characters and bidi overrides from a PDF's text layer (a ToUnicode map to ESC, OSC, CSI, U+202E) and
from file names never reach a terminal: they are left out of stored text, and escaped on output for archives that
hold them already."""

from __future__ import annotations

import json
import re

import hostile

from minutebook.archive import load_extraction, open_archive
from minutebook.cli import main
from minutebook.extractors.pipeline import extract_document

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_escapes_in_a_text_layer_and_a_file_name_are_not_stored(tmp_path, capsys):
    pdf = hostile.escapes(tmp_path / "pack \x1b]0;owned\x07\u202eflow.pdf")
    result = extract_document(pdf)
    assert "\x1b]0;pwned\x07" in "".join(result.pages)  # the text layer really holds them
    db_path = tmp_path / "archive.db"
    db = open_archive(db_path)
    load_extraction(db, result.extraction, result.pages)
    text = db.execute("select group_concat(text, ' ') from pages").fetchone()[0]
    name = db.execute("select file_name from documents").fetchone()[0]
    assert not RAW.search(text) and not RAW.search(name)
    assert "school transport ]0;pwned [31mred evil 31m" in text and name == "pack ]0;ownedflow.pdf"
    db.close()
    assert main(["search", "pwned", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "pwned" in out and not RAW.search(out)


def test_escapes_already_in_an_archive_are_shown_escaped(sample_archive, tmp_path, capsys):
    db_path = tmp_path / "archive.db"
    db_path.write_bytes(sample_archive.read_bytes())
    db = open_archive(db_path)
    with db.conn:
        db.execute("update pages set text = text || ' kraken \x1b]0;pwned\x07 \x1b[2J \u202eevil \x9b31m' "
                   "where id = 1")
        db.execute("update documents set file_name = 'x\x1b[31m\u202e.pdf' where id = 1")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    assert main(["search", "kraken", "--db", str(db_path), "--type", "pages"]) == 0
    out = capsys.readouterr().out
    assert not RAW.search(out)
    assert "\\x1b]0;pwned\\x07" in out and "\\u202eevil" in out and "x\\x1b[31m\\u202e.pdf" in out
    assert main(["search", "kraken", "--db", str(db_path), "--json"]) == 0
    line = capsys.readouterr().out
    assert not RAW.search(line) and "\x1b]0;pwned\x07" in json.loads(line)["snippet"]
