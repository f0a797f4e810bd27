"""`minutebook alerts`: saved phrases, a first run giving every match, later runs only decisions archived since,
JSON for cron, one e-mail per run through a real SMTP server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import json
from email import message_from_bytes, policy

import pytest
import topic_archive
from helpers import free_port, invented_document

from minutebook.archive import load_extraction, open_archive
from minutebook.cli import main
from minutebook.schemas import AgendaItem, Extraction, Meeting

LEVY = {"That the scheme be approved for public consultation.", "That officers report the responses in the autumn."}


@pytest.fixture
def archive(tmp_path):
    return topic_archive.build(tmp_path / "archive.db", tmp_path / "pdfs")


def run(archive, capsys, *extra: str) -> list[dict]:
    assert main(["alerts", "run", "--db", str(archive), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def load(archive, make) -> None:
    db = open_archive(archive)
    load_extraction(db, *make(archive.parent / "pdfs"))
    db.close()


def transport_agenda(pdf_dir):
    """The agenda of the minutes' meeting: archiving it derives the meeting's decisions again (new row ids)."""
    day = "2025-05-01"
    document = invented_document("fenmoor_transport_agenda.pdf", "agenda pack", topic_archive.COUNCIL, folder=pdf_dir)
    return Extraction(document=document, meetings=[Meeting(body="Transport Committee", date=day, page=1)],
                      agenda_items=[AgendaItem(meeting_date=day, number="12", title="Workplace Parking Levy",
                                               page=1)]), ["Agenda. 12 Workplace Parking Levy"]


def test_first_run_gives_all_then_none_then_only_a_new_documents(archive, capsys):
    assert main(["alerts", "add", "parking levy", "--db", str(archive)]) == 0
    assert capsys.readouterr().out == 'alert 1: "parking levy"\n'
    (first,) = run(archive, capsys)
    assert (first["alert"], first["phrase"]) == (1, "parking levy")
    assert {m["text"] for m in first["matches"]} == LEVY
    match = first["matches"][0]
    assert (match["body"], match["date"], match["link"]) == ("Transport Committee", "2025-05-01",
                                                             "fenmoor_transport_2025-05-01.pdf#page=1")
    assert "<mark>Parking</mark>" in match["snippet"] and match["meeting"]
    assert run(archive, capsys)[0]["matches"] == []
    load(archive, transport_agenda)  # the meeting's decisions are derived again: nothing new to tell
    assert run(archive, capsys)[0]["matches"] == []
    load(archive, topic_archive.cabinet_notice)
    assert [m["text"] for m in run(archive, capsys)[0]["matches"]] == ["That the recommendations be agreed."]
    assert run(archive, capsys)[0]["matches"] == []


def test_list_remove_council_and_malformed_phrases(archive, capsys):
    assert main(["alerts", "add", "budget OR schools", "--council", "FENMOOR CITY COUNCIL", "--db", str(archive)]) == 0
    assert main(["alerts", "add", "budget", "--council", "Another Council", "--db", str(archive)]) == 0
    capsys.readouterr()
    results = run(archive, capsys)
    assert [(r["council"], len(r["matches"])) for r in results] == [("Fenmoor City Council", 2),
                                                                     ("Another Council", 0)]
    assert main(["alerts", "list", "--db", str(archive)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].startswith('1\t"budget OR schools" (Fenmoor City Council)\tadded ')
    assert listed[0].endswith("\t2 given") and listed[1].endswith("\t0 given")
    assert main(["alerts", "remove", "2", "--db", str(archive)]) == 0
    assert main(["alerts", "remove", "2", "--db", str(archive)]) == 1
    assert main(["alerts", "add", '"parking', "--db", str(archive)]) == 2
    assert "could not be understood" in capsys.readouterr().err
    assert main(["alerts", "list", "--db", str(archive / "none.db")]) == 2


def test_text_output_never_carries_control_characters(archive, capsys):
    assert main(["alerts", "add", "parking\x07 levy \x1b\u202e", "--db", str(archive)]) == 0
    assert main(["alerts", "run", "--db", str(archive)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert 'alert 1 "parking levy": 2 new' in out and "fenmoor_transport_2025-05-01.pdf#page=1" in out


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    class Inbox:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default)))
            return "250 OK"

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield f"127.0.0.1:{controller.port}", inbox.messages
    controller.stop()


def test_one_email_per_run_with_the_new_matches(archive, capsys, smtp_server):
    address, messages = smtp_server
    main(["alerts", "add", "parking levy", "--db", str(archive)])
    main(["alerts", "add", "schools", "--db", str(archive)])
    capsys.readouterr()
    run(archive, capsys, "--smtp", address, "--to", "desk@example.org")
    ((to, message),) = messages
    assert to == ["desk@example.org"] and message["Subject"] == 'minutebook: 3 new decisions on "parking levy", ' \
                                                                 '"schools"'
    body = message.get_content()
    assert "fenmoor_transport_2025-05-01.pdf#page=1" in body and all(text in body for text in LEVY)
    run(archive, capsys, "--smtp", address, "--to", "desk@example.org")
    assert len(messages) == 1  # nothing new: no e-mail


def test_a_failed_email_marks_nothing_given(archive, capsys):
    main(["alerts", "add", "parking levy", "--db", str(archive)])
    capsys.readouterr()
    assert main(["alerts", "run", "--db", str(archive), "--smtp", f"127.0.0.1:{free_port()}", "--to", "a@b.c"]) == 2
    assert "nothing was marked as given" in capsys.readouterr().err
    assert len(run(archive, capsys)[0]["matches"]) == 2
    assert main(["alerts", "run", "--db", str(archive), "--smtp", "127.0.0.1:25"]) == 2
