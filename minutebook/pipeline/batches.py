"""How an ingest spreads its documents over the workers: guided batches, largest documents first."""

from __future__ import annotations

from .outcome import Job


def batches(jobs: list[Job], workers: int) -> list[list[Job]]:
    """Batches of documents for `workers` parallel extractions, largest documents first, each batch holding
    1/(2 x workers) of the bytes not yet batched, and at least 1/25 of all of them (guided scheduling): few
    batches, since each costs a task submission in the flow and a task run in a worker, yet small ones at the
    end, so the workers finish together."""
    sizes = {job: job.path.stat().st_size for job in jobs}
    left = total = sum(sizes.values())
    out: list[list[Job]] = []
    filled = target = 0.0
    for job in sorted(jobs, key=sizes.__getitem__, reverse=True):
        if filled >= target:
            left -= filled
            target, filled = max(left / (2 * max(1, workers)), total / 25), 0.0
            out.append([])
        out[-1].append(job)
        filled += sizes[job]
    return out
