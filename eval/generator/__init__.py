"""A layout-varied generator of council minutes, agendas and reports with exact gold (see __main__ for usage)."""

from .families import FAMILIES, describe
from .render import build

__all__ = ["FAMILIES", "build", "describe", "generate"]


def generate(out_dir, families=None, per_family=1, seed=1):
    """Write OUT/<family>-NNN.pdf and .gold.json; returns the stems written. Deterministic for a seed."""
    import zlib
    from pathlib import Path

    out_dir = Path(out_dir)
    stems = []
    for name in families or list(FAMILIES):
        for i in range(1, per_family + 1):
            doc_seed = zlib.crc32(f"{seed}:{name}:{i}".encode())
            stem = out_dir / f"{name}-{i:03d}"
            build(FAMILIES[name], doc_seed, stem)
            stems.append(stem)
    return stems
