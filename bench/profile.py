"""Where ingest time goes: cProfile over the in-process ingest, summed into stages."""

from __future__ import annotations

import cProfile
import pstats
from pathlib import Path

from . import speed

# (file suffix, function) -> stage, by cumulative time. Work shared through the pack (its parts, the minutes
# segmentation) is charged to the first extractor that asks for it.
STAGES = {
    ("extractors/layout.py", "pages"): "layout (pdfium read, lines, furniture)",
    **{(f"extractors/{name}.py", "extract"): f"extract: {name}" for name in
       ("meetings", "attendance", "agenda", "minutes", "resolutions", "votes", "indicators", "risks")},
    ("pipeline/validation.py", "validate_extraction"): "validate",
    ("archive/load.py", "load_extraction"): "load (SQLite + FTS)",
}


def stage_profile(pdfs: list[Path], db_path: Path) -> dict[str, float]:
    """CPU seconds (under the profiler) per stage of ingesting `pdfs`, plus the total."""
    profiler = cProfile.Profile()
    profiler.enable()
    speed.ingest(pdfs, db_path)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    out = {stage: 0.0 for stage in STAGES.values()}
    for (file, _, function), (_, _, _, cumulative, _) in stats.items():
        for (suffix, name), stage in STAGES.items():
            if function == name and file.endswith(suffix):
                out[stage] += cumulative
    out["total"] = sum(tt for _, _, tt, _, _ in stats.values())
    out["other"] = out["total"] - sum(v for k, v in out.items() if k != "total")
    return out
