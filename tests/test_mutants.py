"""Byte-level mutants of the real PDFs, extracted in killable worker processes: every mutant ends as records or as
a recorded error (bad input, or a worker killed at a limit), never as an exception in our code or a hang.

CI runs a few hundred; `make fuzz` sets MINUTEBOOK_MUTANTS to run thousands.
"""

from __future__ import annotations

import os
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import shared_pdf

from minutebook.pipeline import Extracted, Job, Limits
from minutebook.pipeline.worker import Worker

SOURCES = ["horsley_pc_2014-04-29_agenda.pdf", "kent_cpp_2024-12-10_minutes.pdf",
           "kent_county_council_2025-01-09_printed_minutes.pdf", "kent_cabinet_2025-01-30_agenda_frontsheet.pdf"]
COUNT = int(os.environ.get("MINUTEBOOK_MUTANTS", "400"))
SEED = int(os.environ.get("MINUTEBOOK_MUTANT_SEED", "1126"))
RECORDED = {"unreadable", "memory", "died"}  # bad input, or the worker died in the PDF library: recorded, not raised


def mutate(data: bytes, chance: random.Random) -> bytes:
    """One random damage: flipped bytes, a cut, a zeroed, deleted or repeated run, or junk inserted."""
    out = bytearray(data)
    size = len(out)
    kind = chance.randrange(6)
    at = chance.randrange(size)
    span = chance.randint(1, max(1, size // 20))
    if kind == 0:
        for _ in range(chance.randint(1, 50)):
            out[chance.randrange(size)] = chance.randrange(256)
    elif kind == 1:
        del out[at:]
    elif kind == 2:
        out[at:at + span] = bytes(len(out[at:at + span]))
    elif kind == 3:
        del out[at:at + span]
    elif kind == 4:
        out[at:at] = out[at:at + span] * chance.randint(2, 20)
    else:
        out[at:at] = bytes(chance.randrange(256) for _ in range(chance.randint(1, 200)))
    return bytes(out)


def make_mutants(folder: Path) -> list[Path]:
    sources = [shared_pdf(f"real/{name}").read_bytes() for name in SOURCES]
    chance = random.Random(SEED)
    paths = []
    for n in range(COUNT):
        path = folder / f"mutant{n:05d}.pdf"
        path.write_bytes(mutate(sources[n % len(sources)], chance))
        paths.append(path)
    return paths


@pytest.mark.shared
def test_every_mutant_ends_as_records_or_a_recorded_error(tmp_path):
    mutants = make_mutants(tmp_path)
    limits = Limits(seconds=60, memory_mb=2048)
    workers = [Worker(limits), Worker(limits)]

    def run_share(index: int) -> list[tuple[str, dict]]:
        return [(path.name, workers[index].run(Job.for_file(path))) for path in mutants[index::2]]

    try:
        with ThreadPoolExecutor(2) as pool:
            results = [item for share in pool.map(run_share, range(2)) for item in share]
    finally:
        for worker in workers:
            worker.close()
    assert len(results) == COUNT
    bad = [(name, outcome) for name, outcome in results if not isinstance(outcome, Extracted)
           and outcome.kind not in RECORDED]
    assert bad == [], f"{len(bad)} mutants raised or hung, e.g. {bad[:5]}"
    assert any(isinstance(outcome, Extracted) for _, outcome in results)  # most small damage is repaired
