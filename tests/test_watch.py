"""The watch pass, run for real by Prefect against the fake ModernGov site (real HTTP on 127.0.0.1) into real
SQLite files; and `watch --every` served by a real `prefect server` subprocess."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from conftest import EXAMPLES
from helpers import dump, free_port

from minutebook.archive import open_archive
from minutebook.cli import main
from minutebook.flows.watch import watch_pass
from minutebook.sources.config import ModernGovSource, SourceError, load_config, parse_interval
from minutebook.sources.fetch import FetchSettings

FAST = FetchSettings(timeout=1.0, retries=2, backoff=0.01, delay=0)
WATCH_TABLES = ("sources", "fetches", "source_meetings", "source_attendance", "source_minutes", "crosscheck")


def watch(site, db_path: Path, **source):
    report = watch_pass([ModernGovSource(url=site.base, council="Manchester City Council", **source)], str(db_path),
                        fetch=FAST, workers=1)
    return report.sources[0]


def names(urls: list[str]) -> list[str]:
    """'pack', 'minutes' or the attachment id of each document URL, sorted."""
    return sorted("pack" if "pack" in u else "minutes" if "minutes" in u else u.rsplit("=", 1)[1] for u in urls)


def archived(db) -> dict[str, list[tuple]]:
    """The archive's own tables (documents, pages, records, history, errors), not the watch log."""
    return {name: rows for name, rows in dump(db).items() if not name.startswith(WATCH_TABLES)}


def fetch_rows(db) -> dict[str, dict]:
    return {names([row["url"]])[0]: row for row in db.query("select * from fetches where role != 'page'")}


pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_first_pass_archives_everything_and_the_second_gets_only_304s(moderngov_site, tmp_path):
    db_path = tmp_path / "archive.db"
    first = watch(moderngov_site, db_path)
    assert names(first.documents.new) == ["70860", "70909", "pack"], first.documents.failed
    assert (first.notes, first.problems) == ("3 meetings via web service, 2 reports taken only inside their pack", [])
    db = open_archive(db_path)
    pack = next(url for url in first.documents.new if "pack" in url)
    assert db.execute("select source, file_name, council from documents where file_name like 'Public%'").fetchone() \
        == (pack, f"Public reports pack {moderngov_site.day(4967):%d-%b-%Y} 10.00 Audit Committee.pdf",
            "Manchester City Council")
    rows = fetch_rows(db)
    assert {name: (r["status"], r["http_status"], r["role"], r["meeting_id"]) for name, r in rows.items()} == {
        "70860": ("ok", 200, "document", 5001), "70909": ("ok", 200, "document", 5001), "pack": ("ok", 200, "pack",
                                                                                               4967)}
    assert all(Path(r["path"]).name == f"{r['sha256']}.pdf" and r["etag"] for r in rows.values())
    assert db.execute("select count(*) from documents d join fetches f on f.url = d.source and "
                      "f.sha256 = d.sha256").fetchone() == (3,)
    assert db.execute("select kind, location from sources").fetchall() == [("moderngov", moderngov_site.base)]
    before = archived(db)

    moderngov_site.requests.clear()
    second = watch(moderngov_site, db_path)
    assert names(second.documents.unchanged) == ["70860", "70909", "pack"]
    assert not (second.documents.new or second.documents.replaced or second.documents.failed)
    assert sorted(status for _, status in moderngov_site.pdf_requests()) == [304, 304, 304]
    assert archived(db) == before
    assert "0 new, 0 changed, 3 unchanged, 0 failed documents; 3 meetings via web service" in second.summary()


def test_late_minutes_and_a_reissued_pack_are_picked_up(moderngov_site, moderngov_pdfs, tmp_path):
    db_path = tmp_path / "archive.db"
    watch(moderngov_site, db_path)
    db = open_archive(db_path)
    old_pack = db.execute("select sha256 from documents where file_name like 'Public%'").fetchone()[0]
    assert db.execute("select note from crosscheck where meeting_id = 4967").fetchone() == (
        "no PDF records for this meeting yet",)

    moderngov_site.publish_minutes(4967, moderngov_pdfs["minutes"])
    moderngov_site.put_pack(4967, moderngov_pdfs["pack v2"])  # same address, new ?T= and new bytes
    later = watch(moderngov_site, db_path)
    assert (names(later.documents.new), names(later.documents.replaced)) == (["minutes"], ["pack"])
    assert names(later.documents.unchanged) == ["70860", "70909"] and not later.documents.failed
    assert db["documents"].count == 4
    assert db.execute("select sha256 from document_history").fetchall() == [(old_pack,)]
    assert db.execute("select count(*) from pages_fts where pages_fts match 'fraud'").fetchone() == (1,)

    web = db.execute("select name, status from attendance_all where source = 'moderngov' and meeting_id = 4967 "
                     "order by name").fetchall()
    assert web == [("Councillor Ada Pennington", "apologies"), ("Councillor Basil Curley", "present"),
                   ("Councillor Emma Brown", "present")]
    assert db.execute("select number from source_minutes where meeting_id = 4967").fetchall() == [("1",), ("9",)]
    check = next(db.query("select * from crosscheck where meeting_id = 4967"))
    assert (check["web_attendees"], check["web_minutes"], check["documents"]) == (3, 2, 2)
    assert check["pdf_attendees"] >= 1 and check["attendees_agree"] >= 1 and check["minutes_agree"] >= 1
    assert 0 < check["attendance_agreement"] <= 1 and check["note"] is None


def test_misbehaving_site_loses_nothing_and_duplicates_nothing(moderngov_site, moderngov_pdfs, tmp_path):
    db_path = tmp_path / "archive.db"
    site = moderngov_site
    pack = site.packs[4967]
    site.slow = 2.0
    site.faults.update({pack: ["500", "500"], "/mgConvert2PDF.aspx?ID=70860": ["truncated"] * 3,
                        "/mgConvert2PDF.aspx?ID=70909": ["html200"]})
    first = watch(site, db_path)
    assert names(first.documents.new) == ["pack"]
    assert {names([f.path])[0]: (f.stage, f.message.split(":")[0]) for f in first.documents.failed} == {
        "70860": ("fetch", "RemoteProtocolError"), "70909": ("fetch", "not a PDF")}
    db = open_archive(db_path)
    rows = fetch_rows(db)
    assert (rows["70909"]["status"], rows["70909"]["http_status"], rows["70909"]["sha256"]) == ("failed", 200, None)
    assert rows["70909"]["error"] == "not a PDF: the body is an HTML page" and "\n" not in rows["70860"]["error"]

    site.faults[pack] = ["timeout"]  # retried, then answered 304
    second = watch(site, db_path)
    assert names(second.documents.new) == ["70860", "70909"] and names(second.documents.unchanged) == ["pack"]
    assert not second.documents.failed and fetch_rows(db)["70860"]["error"] is None
    before = archived(db)
    good = fetch_rows(db)["pack"]

    site.put_pack(4967, moderngov_pdfs["pack v2"])
    site.faults[pack] = ["huge"]
    third = watch(site, db_path)
    assert [(f.stage, f.message) for f in third.documents.failed] == [
        ("fetch", f"too large: Content-Length {1024 ** 3} bytes is over the {FAST.max_bytes}-byte limit")]
    assert archived(db) == before
    row = fetch_rows(db)["pack"]
    assert (row["status"], row["sha256"], row["etag"], row["ok_at"]) == ("failed", good["sha256"], good["etag"],
                                                                         good["ok_at"])
    fourth = watch(site, db_path)
    assert names(fourth.documents.replaced) == ["pack"] and not fourth.documents.failed
    assert db["documents"].count == 3 and db["document_history"].count == 1


def test_html_fallback_pass_when_the_web_service_is_off(moderngov_site, tmp_path):
    moderngov_site.service_on = False
    report = watch(moderngov_site, tmp_path / "archive.db", committees=["Audit Committee"])
    assert names(report.documents.new) == ["pack"] and report.problems == []
    assert "2 meetings via HTML pages" in report.summary()
    db = open_archive(tmp_path / "archive.db")
    assert db.execute("select status, http_status from fetches where url like '%GetCommittees'").fetchone() == (
        "failed", 404)
    assert db["crosscheck"].count == 0  # no web-service view of the meetings to check against


def test_cli_once_with_a_config_file_and_a_folder_then_remembered_sources(moderngov_site, tmp_path, capsys):
    folder = tmp_path / "packs"
    folder.mkdir()
    shutil.copy(EXAMPLES / "example_cabinet_2025-03-12.pdf", folder)
    config = tmp_path / "sources.toml"
    config.write_text(f'[[moderngov]]\nurl = "{moderngov_site.base}"\ncommittees = [163]\nweeks_ahead = 2\n')
    db_path = str(tmp_path / "archive.db")
    code = main(["watch", "--config", str(config), "--folder", str(folder), "--db", db_path, "--once",
                 "--delay", "0", "--timeout", "5", "--workers", "1"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert f"moderngov {moderngov_site.base}: 2 new, 0 changed, 0 unchanged, 0 failed documents; 1 meetings" in out
    assert f"folder {folder}: 1 new, 0 changed, 0 unchanged, 0 failed documents" in out

    assert main(["watch", "--db", db_path, "--once", "--delay", "0", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "2 unchanged" in out and "1 unchanged" in out and " new" not in out.replace("0 new", "")

    wrong = f"{moderngov_site.base}not-moderngov/"
    assert main(["watch", "--moderngov", wrong, "--db", db_path, "--once", "--delay", "0"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"problem: {wrong}: {wrong}mgWebService.asmx/GetCommittees: HTTP 404 Not Found",
        f"problem: {wrong}: {wrong}mgListCommittees.aspx: HTTP 404 Not Found"]

    config.write_text('[[moderngov]]\nurl = "democracy.example.gov.uk"\n')
    assert main(["watch", "--config", str(config), "--db", db_path, "--once"]) == 2
    assert capsys.readouterr().err.strip() == (f"minutebook: {config}: [moderngov] url: Value error, not an http(s) "
                                               "URL: 'democracy.example.gov.uk'")


def test_once_from_cron_is_quiet_and_verbose_links_lead_to_a_live_server(tmp_path, local_prefect):
    """`watch --once` as cron runs it: nothing of Prefect in its output; with -v, Prefect's INFO lines, whose
    run links point at the local server, still up after the pass."""
    folder = tmp_path / "packs"
    folder.mkdir()
    shutil.copy(EXAMPLES / "example_cabinet_2025-03-12.pdf", folder)
    command = [sys.executable, "-m", "minutebook.cli", "watch", "--folder", str(folder), "--db",
               str(tmp_path / "archive.db"), "--once"]
    quiet = subprocess.run(command, env=local_prefect, capture_output=True, text=True, timeout=300)
    assert quiet.returncode == 0, quiet.stderr
    assert f"folder {folder}: 1 new, 0 changed, 0 unchanged, 0 failed documents" in quiet.stdout
    assert "INFO" not in quiet.stdout + quiet.stderr and "http" not in quiet.stdout + quiet.stderr
    shutil.copy(EXAMPLES / "example_children_committee_2025-04-09.pdf", folder)
    verbose = subprocess.run([*command, "-v"], env=local_prefect, capture_output=True, text=True, timeout=300)
    assert verbose.returncode == 0, verbose.stderr
    logs = verbose.stdout + verbose.stderr
    assert "Beginning flow run" in logs and "1 new, 0 changed, 1 unchanged" in logs
    links = re.findall(r"View at (http://[^/\s]+)/runs/flow-run/([0-9a-f-]+)", logs)
    assert links and all(httpx.get(f"{server}/api/flow_runs/{run}", timeout=10).status_code == 200
                         for server, run in links)  # the server behind each link is up and knows the run


def test_watch_every_serves_a_deployment_that_runs_two_scheduled_passes(moderngov_site, tmp_path):
    """`watch --every 5s` against a real `prefect server start` on 127.0.0.1; two completed runs, then stop."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_RUNNER_POLL_FREQUENCY": "2",
           "PREFECT_LOGGING_LEVEL": "INFO"}
    db_path = tmp_path / "archive.db"
    logs = tmp_path / "server.log", tmp_path / "watch.log"
    prefect = Path(sys.executable).with_name("prefect")
    processes = [subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=logs[0].open("wb"), stderr=subprocess.STDOUT)]
    try:
        wait_for(lambda: httpx.get(f"{api}/health", timeout=2).status_code == 200, 120, processes, logs[0])
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "minutebook.cli", "watch", "--moderngov", moderngov_site.base, "--committee",
             "Art Galleries Committee", "--db", str(db_path), "--every", "5s", "--delay", "0"],
            env=env, stdout=logs[1].open("wb"), stderr=subprocess.STDOUT))
        wait_for(lambda: len(runs(api, "COMPLETED")) >= 2 or bool(runs(api, "FAILED", "CRASHED")), 180, processes,
                 logs[1])
        failed = runs(api, "FAILED", "CRASHED")
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
    assert not failed, logs[1].read_text()[-3000:]
    db = open_archive(db_path)
    assert db["documents"].count == 2
    assert [r[0] for r in db.execute("select status from fetches where role = 'document'")] == ["not modified"] * 2
    assert "2 unchanged" in logs[1].read_text()


def runs(api: str, *states: str) -> list[dict]:
    body = {"flow_runs": {"state": {"type": {"any_": list(states)}}}}
    return httpx.post(f"{api}/flow_runs/filter", json=body, timeout=5).json()


def wait_for(ready, seconds: float, processes: list[subprocess.Popen], log: Path) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            if ready():
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
            pytest.fail(f"gave up waiting; {log.name}:\n{log.read_text()[-3000:]}")
        time.sleep(0.5)


def test_sources_file_and_intervals(tmp_path):
    config = tmp_path / "sources.toml"
    config.write_text('[[moderngov]]\nurl = "https://democracy.example.gov.uk"\ncommittees = ["Cabinet", 144]\n'
                      f'[[folder]]\npath = "{tmp_path}"\ncouncil = "Example Borough Council"\n')
    site, folder = load_config(config)
    assert (site.url, site.committees, site.weeks_back, site.weeks_ahead) == (
        "https://democracy.example.gov.uk/", ["Cabinet", "144"], 8, 4)
    assert (folder.path, folder.council) == (str(tmp_path), "Example Borough Council")
    config.write_text('[[sharepoint]]\nurl = "https://x"\n')
    with pytest.raises(SourceError, match=r"unknown section\(s\) sharepoint"):
        load_config(config)
    config.write_text('[[folder]]\npath = "/x"\nevery = "6h"\n')
    with pytest.raises(SourceError, match=r"\[folder\] every: Extra inputs are not permitted"):
        load_config(config)
    assert [parse_interval(t) for t in ("90s", "10m", "6h", "1d", "30")] == [
        timedelta(seconds=90), timedelta(minutes=10), timedelta(hours=6), timedelta(days=1), timedelta(seconds=30)]
    with pytest.raises(SourceError, match="not an interval: 'often'"):
        parse_interval("often")
