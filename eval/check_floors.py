"""Run the shared scorer over the corpus, its real PDFs, the replicas (layouts the corpus lacks) and the real PDFs we
labelled ourselves (eval/gold, and eval/newgold: a later round labelled blind, under floors of its own until it
reaches eval/gold's; eval/othergold: the corpus councils' other documents, likewise); fail when any F1 is below
its floor.

Floors live in eval/floors.json and only ever go up: raise them as accuracy improves so CI guards every gain.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CMD = f"{Path(sys.executable).parent / 'minutebook'} extract {{pdf}}"


def score(corpus: Path, target: Path, pdf_dir: Path | None = None) -> dict:
    scorer = corpus.parent / "eval" / "score.py"
    where = ["--pdf-dir", str(pdf_dir)] if pdf_dir else []
    result = subprocess.run([sys.executable, str(scorer), str(target), *where, "--cmd", CMD, "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def subsets(corpus: Path) -> list[tuple[str, Path, Path | None]]:
    """(name, gold folder, PDF folder where the PDFs live apart from the gold)."""
    return [("all", corpus, None), ("real", corpus / "real", None),
            ("replicas", corpus.parent / "replicas", None), ("gold", HERE / "gold", corpus / "real"),
            ("newgold", HERE / "newgold", corpus / "real"), ("othergold", HERE / "othergold", corpus / "real")]


def print_table(title: str, summary: dict) -> None:
    print(f"## {title}: {summary['documents']} documents, {summary['extract_seconds']} s extracting")
    print(f"{'type':<14}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}{'page':>8}")
    for kind, s in summary["types"].items():
        page = "-" if s["page_accuracy"] is None else f"{s['page_accuracy']:.3f}"
        print(f"{kind:<14}{s['gold']:>6}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}{page:>8}")
    o = summary["overall"]
    print(f"{'overall':<14}{'':>6}{o['precision']:>8.3f}{o['recall']:>8.3f}{o['f1']:>8.3f}")
    for line in summary["failures"]:
        print("  FAILED", line)


def main() -> int:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus").resolve()
    floors = json.loads((HERE / "floors.json").read_text())
    failed = []
    for subset, target, pdf_dir in subsets(corpus):
        summary = score(corpus, target, pdf_dir)
        print_table(subset, summary)
        got = {kind: s["f1"] for kind, s in summary["types"].items()} | {"overall": summary["overall"]["f1"]}
        for kind, floor in floors.get(subset, {}).items():
            if got.get(kind, 0.0) + 1e-9 < floor:
                failed.append(f"{subset}/{kind}: F1 {got.get(kind, 0.0):.3f} < floor {floor:.3f}")
    for line in failed:
        print("BELOW FLOOR", line)
    print("eval: " + ("FAILED" if failed else "all floors met"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
