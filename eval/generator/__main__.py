"""python -m eval.generator --out DIR --families all|a,b --per-family N --seed S   (or --list)"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")


def main(argv=None) -> int:
    from . import FAMILIES, describe, generate

    ap = argparse.ArgumentParser(prog="python -m eval.generator", description=__doc__)
    ap.add_argument("--out")
    ap.add_argument("--families", default="all")
    ap.add_argument("--per-family", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--list", action="store_true", help="print the families and their layout dimensions")
    a = ap.parse_args(argv)
    if a.list:
        for name in FAMILIES:
            print(f"{name}: {describe(name)}")
        return 0
    if not a.out:
        ap.error("--out is required")
    names = list(FAMILIES) if a.families == "all" else [n.strip() for n in a.families.split(",") if n.strip()]
    unknown = [n for n in names if n not in FAMILIES]
    if unknown:
        ap.error(f"unknown families: {', '.join(unknown)} (see --list)")
    started = time.perf_counter()
    stems = generate(a.out, names, a.per_family, a.seed)
    print(f"wrote {len(stems)} documents to {a.out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
