"""The layout-varied generator (eval/generator): deterministic for a seed, and its gold passes the shared checker."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
FAMILIES = ["word-gap-indent", "report-stats-months"]

sys.path.insert(0, str(ROOT))


def check_gold_module():
    path = SHARED / "corpus" / "check_gold.py"
    if not path.exists():
        if os.environ.get("MINUTEBOOK_REQUIRE_SHARED"):
            pytest.fail(f"shared gold checker missing: {path}")
        pytest.skip(f"needs the shared gold checker at {path} (absent in a fresh clone)")
    spec = importlib.util.spec_from_file_location("check_gold", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from eval.generator import generate

    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    generate(first, FAMILIES, per_family=1, seed=11)
    generate(second, FAMILIES, per_family=1, seed=11)
    return first, second


def test_at_least_twenty_families_with_descriptions():
    from eval.generator import FAMILIES as ALL
    from eval.generator import describe

    assert len(ALL) >= 20
    assert all(describe(name) for name in ALL)


# The tests below render the generator's documents with weasyprint (five PDFs, and weasyprint's import): eval tooling,
# `slow`, run by `make test`.
@pytest.mark.slow
def test_same_seed_same_bytes(generated):
    first, second = generated
    names = sorted(p.name for p in first.iterdir())
    assert names == [f"{f}-001{ext}" for f in sorted(FAMILIES) for ext in (".gold.json", ".pdf")]
    assert digest(first) == digest(second)


@pytest.mark.slow
def test_other_seed_other_content(tmp_path, generated):
    from eval.generator import generate

    generate(tmp_path, FAMILIES[:1], per_family=1, seed=12)
    name = f"{FAMILIES[0]}-001.gold.json"
    assert (tmp_path / name).read_text() != (generated[0] / name).read_text()


@pytest.mark.slow
def test_gold_has_a_page_on_every_record_and_known_meetings(generated):
    for gold_path in generated[0].glob("*.gold.json"):
        gold = json.loads(gold_path.read_text())
        dates = {m["date"] for m in gold["meetings"]}
        for kind, records in gold.items():
            if not isinstance(records, list):
                continue
            for record in records:
                assert isinstance(record.get("page"), int), (gold_path.name, kind, record)
                if "meeting_date" in record:
                    assert record["meeting_date"] in dates


@pytest.mark.slow
def test_gold_passes_the_shared_checker(generated):
    check = check_gold_module()
    total = 0
    for gold_path in sorted(generated[0].glob("*.gold.json")):
        problems, checked = check.check_gold(gold_path, quiet=True)
        assert problems == []
        total += checked
    assert total > 20
