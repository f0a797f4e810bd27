"""Leave-one-family-out scoring over the layout families of eval/generator.

Each family is scored as held-out data: its documents are generated (or reused) under eval/work/, the shared
scorer runs the extractor over that family alone, and the table shows per family how the current extractor does.

  .venv/bin/python eval/lofo.py [--families a,b] [--per-family 3] [--seed 7] [--regenerate] [--markdown]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "eval" / "work"
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
SCORER = SHARED / "eval" / "score.py"
TYPES = ["meetings", "attendance", "agenda_items", "minutes", "resolutions", "indicators", "risks", "votes"]
SHORT = {"meetings": "meet", "attendance": "att", "agenda_items": "agenda", "minutes": "mins",
         "resolutions": "res", "indicators": "ind", "risks": "risk", "votes": "vote"}


def family_dir(seed: int, per_family: int, family: str) -> Path:
    return WORK / f"seed{seed}-n{per_family}" / family


def generator_fingerprint() -> str:
    """A hash of the generator's source: a set made by other code is made again."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "eval" / "generator").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def ensure_family(family: str, seed: int, per_family: int, regenerate: bool) -> Path:
    """The family's documents, generated unless a complete set for this seed, size and generator is there."""
    folder = family_dir(seed, per_family, family)
    stamp = folder / ".generator"
    have = sorted(folder.glob("*.gold.json")) if folder.is_dir() else []
    complete = len(have) == per_family and all(g.with_name(g.name[:-10] + ".pdf").exists() for g in have)
    current = stamp.exists() and stamp.read_text().strip() == generator_fingerprint()
    if regenerate or not complete or not current:
        for old in folder.glob("*") if folder.is_dir() else []:
            old.unlink()
        subprocess.run([sys.executable, "-m", "eval.generator", "--out", str(folder), "--families", family,
                        "--per-family", str(per_family), "--seed", str(seed)], cwd=ROOT, check=True)
        stamp.write_text(generator_fingerprint() + "\n")
    return folder


def score_family(folder: Path, cmd: str) -> dict:
    result = subprocess.run([sys.executable, str(SCORER), str(folder), "--cmd", cmd, "--json"], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def cell(t: dict) -> str:
    """F1 of one type; '-' where the family has no gold of that type and the extractor found none."""
    if t["gold"] == 0 and t["fp"] == 0:
        return "-"
    return f"{f1(t['tp'], t['fp'], t['fn']):.2f}"


def main(argv=None) -> int:
    sys.path.insert(0, str(ROOT))
    from eval.generator import FAMILIES

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--families", default="all", help="comma-separated family names (default all)")
    ap.add_argument("--per-family", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--regenerate", action="store_true", help="generate again even where a set exists")
    ap.add_argument("--cmd", default=".venv/bin/minutebook extract {pdf}",
                    help="extractor command for the scorer, run from the project root (default: %(default)s)")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--json", type=Path, help="also write the per-family summaries to this file")
    ap.add_argument("--from-json", type=Path, help="reuse summaries written by --json (families not in it are run)")
    a = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"needs the shared scorer at {SCORER}", file=sys.stderr)
        return 2
    names = list(FAMILIES) if a.families == "all" else [n.strip() for n in a.families.split(",") if n.strip()]
    unknown = [n for n in names if n not in FAMILIES]
    if unknown:
        ap.error(f"unknown families: {', '.join(unknown)}")
    summaries: dict[str, dict] = {}
    if a.from_json:
        summaries = {k: v for k, v in json.loads(a.from_json.read_text()).items() if k in names}
    for name in names:
        if name in summaries:
            continue
        folder = ensure_family(name, a.seed, a.per_family, a.regenerate)
        summaries[name] = score_family(folder, a.cmd)
        print(f"scored {name}: {summaries[name]['documents']} documents, overall F1 "
              f"{summaries[name]['overall']['f1']:.3f}", file=sys.stderr, flush=True)
    print_table(names, summaries, a.markdown)
    print(f"\nF1 per record type (micro over the family's documents); '-' = no gold and nothing predicted; "
          f"rest = overall F1 over the other families. Seed {a.seed}, {a.per_family} per family, documents in "
          f"{WORK.relative_to(ROOT)}.")
    if a.json:
        a.json.write_text(json.dumps(summaries, indent=1))
    return 0


def counts(summaries: list[dict]) -> dict:
    out = {t: dict(gold=0, tp=0, fp=0, fn=0) for t in TYPES}
    for s in summaries:
        for t in TYPES:
            for k in out[t]:
                out[t][k] += s["types"][t][k]
    return out


def overall(c: dict) -> float:
    return f1(*(sum(c[t][k] for t in TYPES) for k in ("tp", "fp", "fn")))


def print_table(names: list[str], summaries: dict, markdown: bool) -> None:
    """One row per family (held out), its per-type and overall F1, and beside it the overall F1 over all the
    other families (what one develops against while this family is left out)."""
    cols = ["family", "docs"] + [SHORT[t] for t in TYPES] + ["overall", "rest"]
    rows = []
    for name in names:
        s = summaries[name]
        rest = overall(counts([summaries[n] for n in names if n != name])) if len(names) > 1 else None
        failed = f" ({len(s['failures'])} failed)" if s["failures"] else ""
        rows.append([name, str(s["documents"])] + [cell(s["types"][t]) for t in TYPES]
                    + [f"{s['overall']['f1']:.3f}{failed}", "-" if rest is None else f"{rest:.3f}"])
    total = counts([summaries[n] for n in names])
    rows.append(["all families", str(sum(summaries[n]["documents"] for n in names))]
                + [cell(total[t]) for t in TYPES] + [f"{overall(total):.3f}", ""])
    if markdown:
        print("| " + " | ".join(cols) + " |")
        print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(cols))) + "|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
        return
    widths = [max(len(r[i]) for r in rows + [cols]) for i in range(len(cols))]
    print()
    for r in [cols] + rows:
        print(" ".join(v.rjust(w) if i else v.ljust(w) for i, (v, w) in enumerate(zip(r, widths, strict=True))))


if __name__ == "__main__":
    sys.exit(main())
