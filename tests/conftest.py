"""Shared fixtures: the shared corpus (skipped where absent), small PDFs made from HTML, lines made from text."""

from __future__ import annotations

import functools
import gc
import os
import shutil
from pathlib import Path

import pytest
from helpers import free_port
from hypothesis import settings

from minutebook.extractors.layout import Layout, Line, Word
from minutebook.extractors.pack import Pack

SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus"


# Tests that start Prefect, Dask, a browser or a subprocess, read a hostile file of thousands of pages or render the
# eval generator's documents are `slow`, left out by `make test-fast` (-m "not slow"): those using these fixtures,
# every test of these modules, and single tests marked so.
SLOW_FIXTURES = {"prefect_harness", "served_archive", "local_prefect", "browser", "read_only_medium", "small_disk"}
SLOW_MODULES = {"test_browser", "test_cli_extract", "test_crash_safety", "test_dask", "test_disk_full",
                "test_extract_limits", "test_hostile_site", "test_ingest", "test_mutants", "test_ocr", "test_watch"}


# Property tests scale their example counts from the profile: `make test-fast` runs them under "quick".
settings.register_profile("quick", max_examples=10)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Under -m "not slow", slow modules are not even imported (Prefect alone takes seconds to import)."""
    if config.getoption("markexpr") == "not slow" and collection_path.stem in SLOW_MODULES:
        return True
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())) or item.module.__name__ in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection made (the imported libraries, the collected tests) lives to the end of the session: frozen
    out of the cyclic garbage collector's full passes, which walked all of it again each time (~1 s a run)."""
    gc.collect()
    gc.freeze()


def shared_pdf(relative: str) -> Path:
    """A PDF of the shared corpus; skips the test where ../shared is absent (CI sets MINUTEBOOK_REQUIRE_SHARED=1)."""
    path = CORPUS / relative
    if not path.exists():
        if os.environ.get("MINUTEBOOK_REQUIRE_SHARED"):
            pytest.fail(f"shared corpus file missing: {path}")
        pytest.skip(f"needs the shared corpus at {CORPUS} (absent in a fresh clone)")
    return path


_LAYOUTS: dict[str, Layout] = {}
_EXTRACTED: dict[tuple[str, str | None], object] = {}


def shared_layout(relative: str) -> Layout:
    """The Layout of a shared-corpus PDF, read once a session: the extractor tests of several modules read the same
    real files, and reading a PDF's pages is most of such a test's time. Extractors only read a Layout (each test
    makes its own Pack over it); the session closes it."""
    if relative not in _LAYOUTS:
        _LAYOUTS[relative] = Layout(shared_pdf(relative))
    return _LAYOUTS[relative]


def shared_extraction(relative: str, council: str | None = None):
    """`extract_document` of a shared-corpus PDF, run once a session (several modules archive the same real
    files); each caller gets its own deep copy."""
    import copy

    from minutebook.extractors.pipeline import extract_document

    key = (relative, council)
    if key not in _EXTRACTED:
        _EXTRACTED[key] = extract_document(shared_pdf(relative), council=council)
    return copy.deepcopy(_EXTRACTED[key])


_NEW_ARCHIVE: list[Path] = []


def new_archive(path: Path):
    """`open_archive` on a new file at `path`, made as a copy of one new archive made once a session (making an
    archive's schema takes ~40 ms); the tests of making and upgrading archives call open_archive themselves."""
    import tempfile

    from minutebook.archive import open_archive

    if not _NEW_ARCHIVE:
        made = Path(tempfile.mkdtemp(prefix="minutebook-new-archive-")) / "archive.db"
        open_archive(made).close()  # the last connection's close folds the WAL into the file
        _NEW_ARCHIVE.append(made)
    shutil.copyfile(_NEW_ARCHIVE[0], path)
    return open_archive(path)


@pytest.fixture(scope="session", autouse=True)
def _session_end():
    """Close the shared layouts and remove the new archive copied by `new_archive`."""
    yield
    for layout in _LAYOUTS.values():
        layout.close()
    for made in _NEW_ARCHIVE:
        shutil.rmtree(made.parent, ignore_errors=True)


@functools.cache
def _weasyprint_version() -> str:
    import importlib.metadata

    return importlib.metadata.version("weasyprint")


def render_pdf(html: str, config: pytest.Config | None = None) -> bytes:
    """HTML rendered to PDF bytes with weasyprint. Renders are kept in pytest's cache folder, keyed by the HTML and
    weasyprint's version (rendering is most of an extractor test's time, and importing weasyprint over a second:
    a run whose renders are all kept never imports it); a fresh checkout, as in CI, renders everything."""
    import hashlib

    cache = getattr(config, "cache", None)
    key = hashlib.sha256(f"{_weasyprint_version()}\n{html}".encode()).hexdigest()
    kept = cache.mkdir("rendered-pdfs") / f"{key}.pdf" if cache else None
    if kept and kept.is_file():
        return kept.read_bytes()
    import weasyprint

    body = weasyprint.HTML(string=html).write_pdf()
    if kept:  # written whole under a name of this process's own, then renamed: concurrent runs never read half
        part = kept.with_suffix(f".{os.getpid()}.part")
        part.write_bytes(body)
        part.replace(kept)
    return body


@pytest.fixture
def make_pdf(tmp_path, request):
    """Render HTML to a PDF (`render_pdf`) in the test's folder and return its path."""

    def make(html: str, name: str = "doc.pdf") -> Path:
        path = tmp_path / name
        path.write_bytes(render_pdf(html, request.config))
        return path

    return make


def make_lines(text: str, page: int = 1, size: float = 12.0) -> list[Line]:
    """Lines from plain text: leading spaces become x offsets (6pt each), '**' at the start marks bold."""
    lines, top = [], 50.0
    for raw in text.strip("\n").splitlines():
        if not raw.strip():
            top += 12
            continue
        bold = raw.lstrip().startswith("**")
        body = raw.replace("**", "")
        x = 50.0 + 6 * (len(body) - len(body.lstrip()))
        words = []
        for token in body.split():
            words.append(Word(token, x, x + 6 * len(token), top, top + size, size, bold))
            x += 6 * (len(token) + 1)
        lines.append(Line(page, words))
        top += size * 1.3
    return lines


class TextPack(Pack):
    """A Pack over hand-made lines, for unit tests of one extractor."""

    def __init__(self, lines: list[Line]):
        super().__init__(layout=None)  # type: ignore[arg-type]
        self.__dict__["lines"] = lines


@pytest.fixture
def text_pack():
    return lambda text: TextPack(make_lines(text))


@pytest.fixture
def html_pack(make_pdf, open_layout):
    """A Pack over a real PDF rendered from HTML (closed at teardown)."""
    return lambda html: Pack(open_layout(make_pdf(html)))


@pytest.fixture
def open_layout():
    opened: list[Layout] = []

    def open_(path: Path) -> Layout:
        opened.append(Layout(path))
        return opened[-1]

    yield open_
    for layout in opened:
        layout.close()


# --- Archive, ingest and serving fixtures -------------------------------------------------------------------------
# Prefect offline and fast in tests (see ../shared/notes/stack.md); set before any test module imports prefect.
os.environ.setdefault("PREFECT_HOME", __import__("tempfile").mkdtemp(prefix="minutebook-prefect-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED", "false")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session", autouse=True)
def _stop_local_prefect_server():
    """A command run in a subprocess without PREFECT_API_URL starts minutebook's local Prefect server in the tests'
    PREFECT_HOME: stop it when the session ends."""
    yield
    if (Path(os.environ["PREFECT_HOME"]) / "minutebook-server.json").exists():
        from minutebook.flows.api import stop_local_server

        stop_local_server()


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API (its own database) for the whole session; flows run against it for real."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120), \
            temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


@pytest.fixture(scope="session")
def local_prefect(tmp_path_factory):
    """The environment of a user with no Prefect server configured: the command starts minutebook's own local
    server (in this PREFECT_HOME) and reuses it; stopped at the end of the session."""
    import subprocess
    import sys

    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    yield env
    subprocess.run([sys.executable, "-m", "minutebook.cli", "prefect-server", "--stop"], env=env,
                   capture_output=True, timeout=60)


def sample_extractions(pdf_dir: Path) -> list:
    """Two archived-ready documents built from the schemas (not from today's extractors), on copies of the
    example PDFs in `pdf_dir`: a Cabinet pack and a committee pack, with every record type."""
    from minutebook.extractors.pipeline import sha256_of
    from minutebook.schemas import (
        AgendaItem,
        Attendance,
        Document,
        Extraction,
        Indicator,
        Meeting,
        Minute,
        Resolution,
        Risk,
        Vote,
    )

    def document(name: str) -> tuple[Document, list[str]]:
        path = pdf_dir / name
        shutil.copy(EXAMPLES / name, path)
        doc = Document(sha256=sha256_of(path), file_name=name, pages=3, kind="agenda pack", source=str(path),
                       council="Example Borough Council")
        with Layout(path) as layout:
            return doc, layout.page_texts()

    cabinet, cabinet_pages = document("example_cabinet_2025-03-12.pdf")
    committee, committee_pages = document("example_children_committee_2025-04-09.pdf")
    first = Extraction(
        document=cabinet,
        meetings=[Meeting(body="Cabinet", date="2025-03-12", page=1),
                  Meeting(body="Cabinet", date="2025-02-12", page=2)],
        attendance=[Attendance(meeting_date="2025-02-12", name="Ada Pennington", status="present", role="Chair",
                               page=2),
                    Attendance(meeting_date="2025-02-12", name="Priya Halden", status="apologies", page=2)],
        agenda_items=[AgendaItem(meeting_date="2025-03-12", number="4", title="School Places Strategy", page=1)],
        minutes=[Minute(meeting_date="2025-02-12", number="22", title="Home to School Transport Policy",
                        text="The Director introduced the report on home to school transport.", page=2)],
        resolutions=[Resolution(meeting_date="2025-02-12", minute_number="22", outcome="resolved",
                                text="That the home to school transport policy for 2025/26 be approved.", page=2)],
        votes=[Vote(meeting_date="2025-02-12", minute_number="22", page=2, result="carried",
                    **{"for": 4, "against": 1, "abstain": 0})],
        indicators=[Indicator(code="CS01", name="First-preference primary school places", period="Q2 2024/25",
                              value="91.2%", unit="%", page=3)],
        risks=[Risk(risk_id="CR01", title="Insufficient school places", level="HIGH", trend="WORSENING", page=3)],
    )
    second = Extraction(
        document=committee,
        meetings=[Meeting(body="Children and Young People Committee", date="2025-03-05", page=2)],
        attendance=[Attendance(meeting_date="2025-03-05", name="Ada Pennington", status="apologies", page=2)],
        minutes=[Minute(meeting_date="2025-03-05", number="16", title="Youth Centre in Eastwick",
                        text="Members received an update on the youth centre.", page=2)],
        resolutions=[Resolution(meeting_date="2025-03-05", minute_number="16", outcome="noted",
                                text="That the update on the Eastwick youth centre be noted.", page=2)],
        indicators=[Indicator(code="CS01", name="First-preference primary school places", period="Q3 2024/25",
                              value=92.5, unit="%", page=3)],
        risks=[Risk(risk_id="CR01", title="Insufficient school places", level="MEDIUM", trend="STATIC", page=3)],
    )
    return [(first, cabinet_pages), (second, committee_pages)]


@pytest.fixture
def archive(tmp_path):
    """A new archive at tmp_path/archive.db, open for writing (`new_archive`)."""
    db = new_archive(tmp_path / "archive.db")
    yield db
    db.close()


@pytest.fixture(scope="session")
def sample_archive(tmp_path_factory) -> Path:
    """An archive file `archive.db` holding `sample_extractions`, next to a `pdfs/` folder with their PDFs."""
    from minutebook.archive import load_extraction, open_archive

    root = tmp_path_factory.mktemp("sample")
    (root / "pdfs").mkdir()
    db = open_archive(root / "archive.db")
    for extraction, pages in sample_extractions(root / "pdfs"):
        load_extraction(db, extraction, pages)
    db.close()
    return root / "archive.db"


@pytest.fixture(scope="session")
def served_archive(sample_archive):
    """`minutebook serve` running in a subprocess over `sample_archive`; yields its base URL."""
    import subprocess
    import sys
    import time

    import httpx

    port = free_port()
    command = [sys.executable, "-m", "minutebook.cli", "serve", "--db", str(sample_archive), "--port", str(port),
               "--pdf-dir", str(sample_archive.parent / "pdfs")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{url}/-/versions.json", timeout=2)
            break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"minutebook serve did not start: {process.stdout.read().decode()[-2000:]}")
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)


# --- Scheduled ingestion: a ModernGov-shaped site on 127.0.0.1 ------------------------------------------------------
@pytest.fixture(scope="session")
def moderngov_pdfs(request) -> dict[str, bytes]:
    from datetime import date

    from moderngov_site import make_pdfs

    return make_pdfs(date.today(), lambda html: render_pdf(html, request.config))


@pytest.fixture
def moderngov_site(moderngov_pdfs):
    """A fresh fake ModernGov site (tests/moderngov_site.py) serving the real XML of ../shared/moderngov."""
    from datetime import date

    from moderngov_site import ModernGovSite, populate

    xml_dir = SHARED / "moderngov"
    if not xml_dir.is_dir():
        if os.environ.get("MINUTEBOOK_REQUIRE_SHARED"):
            pytest.fail(f"shared ModernGov responses missing: {xml_dir}")
        pytest.skip(f"needs the ModernGov responses at {xml_dir}")
    with ModernGovSite(xml_dir, date.today()) as site:
        populate(site, moderngov_pdfs)
        yield site
