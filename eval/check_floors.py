"""Run the shared scorer over the corpus and over its real PDFs; fail when any F1 is below its floor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CMD = f"{Path(sys.executable).parent / 'minutebook'} extract {{pdf}}"


def score(corpus: Path, subset: str) -> dict:
    scorer = corpus.parent / "eval" / "score.py"
    target = corpus if subset == "all" else corpus / subset
    table = subprocess.run([sys.executable, str(scorer), str(target), "--cmd", CMD], capture_output=True, text=True)
    print(f"## {subset}: {target}")
    print(table.stdout.strip())
    result = subprocess.run([sys.executable, str(scorer), str(target), "--cmd", CMD, "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main() -> int:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus").resolve()
    floors = json.loads((HERE / "floors.json").read_text())
    failed = []
    for subset in ("all", "real"):
        summary = score(corpus, subset)
        got = {kind: s["f1"] for kind, s in summary["types"].items()} | {"overall": summary["overall"]["f1"]}
        for kind, floor in floors.get(subset, {}).items():
            if got.get(kind, 0.0) + 1e-9 < floor:
                failed.append(f"{subset}/{kind}: F1 {got.get(kind, 0.0):.3f} < floor {floor:.3f}")
        if summary["failures"]:
            print("extraction failures:", *summary["failures"], sep="\n  ")
    for line in failed:
        print("BELOW FLOOR", line)
    print("eval: " + ("FAILED" if failed else "all floors met"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
