"""How an ingest spreads its documents: guided batches for the workers, and extraction processes started ahead."""

from __future__ import annotations

from conftest import EXAMPLES

from minutebook.flows import isolate
from minutebook.flows.ingest import _batches


def test_batches_shrink_from_the_largest_documents_and_hold_each_once(tmp_path):
    sizes = [1000 * (n % 40 + 1) for n in range(200)]
    paths = []
    for n, size in enumerate(sizes):
        path = tmp_path / f"{n:03d}.pdf"
        path.write_bytes(b"x" * size)
        paths.append(path)
    batches = _batches(paths, workers=2)
    assert sorted(p for batch in batches for p in batch) == sorted(paths)
    order = [p.stat().st_size for batch in batches for p in batch]
    assert order == sorted(order, reverse=True)
    bytes_per_batch = [sum(p.stat().st_size for p in batch) for batch in batches]
    assert bytes_per_batch[0] >= sum(sizes) / 4  # a quarter of the work for the first of two workers
    assert bytes_per_batch[-1] < bytes_per_batch[0] / 4  # small batches at the end, so the workers end together
    assert len(batches) <= 25
    assert len(_batches(paths, workers=8)) > len(batches)


def test_a_prestarted_extraction_process_takes_the_first_document():
    limits = isolate.Limits(seconds=120)
    isolate.prestart(limits)
    (worker,) = isolate._idle[limits]
    pid = worker.start().pid  # already running: the same process
    try:
        payload = isolate.extract_isolated(EXAMPLES / "example_cabinet_2025-03-12.pdf", None, False, limits)
        assert payload["extraction"]["meetings"][0]["body"] == "Cabinet"
        assert [w.start().pid for w in isolate._idle[limits]] == [pid]  # back in the pool for the next document
    finally:
        for idle in isolate._idle.pop(limits):
            idle.close()
