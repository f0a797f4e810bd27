"""How an ingest spreads its documents: guided batches for the workers, and extraction processes started ahead."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES

from minutebook.pipeline import Extracted, Job, Limits, extract_rows, steps
from minutebook.pipeline.batches import batches


def test_batches_shrink_from_the_largest_documents_and_hold_each_once(tmp_path):
    sizes = [1000 * (n % 40 + 1) for n in range(200)]
    jobs = []
    for n, size in enumerate(sizes):
        path = tmp_path / f"{n:03d}.pdf"
        path.write_bytes(b"x" * size)
        jobs.append(Job.for_file(path))
    found = batches(jobs, workers=2)
    assert sorted(j.source for batch in found for j in batch) == sorted(j.source for j in jobs)
    order = [j.path.stat().st_size for batch in found for j in batch]
    assert order == sorted(order, reverse=True)
    bytes_per_batch = [sum(j.path.stat().st_size for j in batch) for batch in found]
    assert bytes_per_batch[0] >= sum(sizes) / 4  # a quarter of the work for the first of two workers
    assert bytes_per_batch[-1] < bytes_per_batch[0] / 4  # small batches at the end, so the workers end together
    assert len(found) <= 25
    assert len(batches(jobs, workers=8)) > len(found)


@pytest.mark.slow
def test_a_prestarted_extraction_process_takes_the_first_document():
    limits = Limits(seconds=120)
    steps.prestart(limits)
    (worker,) = steps._idle[limits]
    pid = worker.start().pid  # already running: the same process
    try:
        outcome = extract_rows(Job.for_file(EXAMPLES / "example_cabinet_2025-03-12.pdf"), limits)
        assert isinstance(outcome, Extracted) and outcome.rows.table("meetings")[0]["body"] == "Cabinet"
        assert [w.start().pid for w in steps._idle[limits]] == [pid]  # back in the pool for the next document
    finally:
        for idle in steps._idle.pop(limits):
            idle.close()
