"""`python -m bench`: every figure of the speed-and-scale issue in one table, and in bench/results.json."""

from __future__ import annotations

import json
import os
import platform
import time
from pathlib import Path

from . import corpus, dask_speedup, memory, profile, search, speed

SCALES = (1, 4, 16)
REPEATS = 3
"""The 1x ingest (the headline speed) is timed this many times and the quickest run taken, as timeit does: on a
shared machine the same code's CPU time varies by a fifth from run to run, and only the quickest is the code's."""
LONG_PACK_PAGES = 2000
FLOW_COPIES = (4, 16)  # a short job, where start-up and the last batch weigh, and a longer one
SEARCH_RECORDS = 1_000_000
SEARCH_PAGES = 50_000  # the ten-year backfill of one council; pages beyond it only add disk


def main() -> None:
    started = time.perf_counter()
    corpus.WORK.mkdir(parents=True, exist_ok=True)
    pdfs = corpus.corpus_pdfs()
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "load_average_at_start": os.getloadavg()},
                     "corpus": {"pdfs": len(pdfs), "pages": sum(corpus.page_count(p) for p in pdfs)}}
    speed.warm_up(pdfs[0])
    plumber = speed.plumber_text(pdfs)
    results["pdfplumber_extract_text"] = vars(plumber) | {"pages_per_cpu_s": plumber.pages_per_s}
    scale = {}
    for times in SCALES:
        repeats = REPEATS if times == 1 else 1
        runs = [speed.ingest(pdfs, corpus.WORK / f"scale-{times}.db", times) for _ in range(repeats)]
        run = min(runs, key=lambda r: r.cpu)
        scale[times] = vars(run) | {"pages_per_cpu_s": run.pages_per_s, "cpu_ms_per_page": run.ms_per_page,
                                    "cpu_of_each_run": [r.cpu for r in runs]}
        _progress(f"ingest {times}x: {run.pages} pages, {run.pages_per_s:.0f} pages/s per core")
    results["ingest_scaling"] = scale
    one = scale[1]
    results["ingest"] = {"pages_per_cpu_s": one["pages_per_cpu_s"],
                         "ratio_to_pdfplumber": plumber.cpu / one["cpu"],
                         "archive_mb_per_1000_pages": (corpus.WORK / "scale-1.db").stat().st_size / 1e6
                         / one["pages"] * 1000}
    results["profile_cpu_s"] = profile.stage_profile(pdfs, corpus.WORK / "profile.db")
    long_pdf = corpus.long_pack(corpus.corpus_pdfs(synthetic=True), LONG_PACK_PAGES, corpus.WORK / "long-2000.pdf")
    peak, pages, seconds = memory.peak_rss_mb(long_pdf)
    results["memory"] = {"pages": pages, "peak_rss_mb": peak, "seconds": seconds}
    _progress(f"memory: {peak:.0f} MB on {pages} pages")
    results["dask"] = {}
    for times in FLOW_COPIES:
        flows = dask_speedup.flow_seconds(corpus.copies(pdfs, times, corpus.WORK / "copies"), corpus.WORK)
        results["dask"][times] = {"runs": flows, "speedup_2_over_1": flows[1]["seconds"] / flows[2]["seconds"]}
        _progress(f"dask {times}x: {flows}")
    sizes = search.build(corpus.WORK / "scale-1.db", corpus.WORK / "search.db", SEARCH_RECORDS, SEARCH_PAGES)
    results["search"] = {"archive": sizes, "library": search.library_latency(corpus.WORK / "search.db"),
                         "datasette_http": search.http_latency(corpus.WORK / "search.db")}
    results["bench_seconds"] = time.perf_counter() - started
    Path(__file__).with_name("results.json").write_text(json.dumps(results, indent=1, default=str) + "\n")
    print(table(results))


def table(r: dict) -> str:
    """The figures as one Markdown table: measure, value, target."""
    ing, plumb, mem, dask, s = r["ingest"], r["pdfplumber_extract_text"], r["memory"], r["dask"], r["search"]
    rows = [
        ("corpus (real + seed)", f"{r['corpus']['pdfs']} PDFs, {r['corpus']['pages']} pages", ""),
        ("ingest end-to-end, 1 core (CPU time)", f"{ing['pages_per_cpu_s']:.0f} pages/s", ">= 150"),
        ("pdfplumber extract_text, same pages", f"{plumb['pages_per_cpu_s']:.1f} pages/s", ""),
        ("ratio (pdfplumber time / ingest time)", f"{ing['ratio_to_pdfplumber']:.1f}x", ">= 5"),
        *[(f"ingest {n}x corpus: CPU ms/page ({v['pages']} pages)", f"{v['cpu_ms_per_page']:.2f}", "flat")
          for n, v in r["ingest_scaling"].items()],
        (f"peak RSS, extracting a {mem['pages']}-page pack", f"{mem['peak_rss_mb']:.0f} MB", "< 500"),
        *[(f"Dask flow on {d['runs'][1]['pages']:,} pages: 1 worker / 2 workers",
           f"{d['runs'][1]['seconds']:.1f} / {d['runs'][2]['seconds']:.1f} s = {d['speedup_2_over_1']:.2f}x", ">= 1.8")
          for d in dask.values()],
        ("search archive", f"{s['archive']['records']:,} records, {s['archive']['pages']:,} pages, "
                           f"{s['archive']['bytes'] / 1e9:.2f} GB", ">= 1M records"),
        ("minutebook search (library) p50 / p95",
         f"{s['library']['p50_ms']:.1f} / {s['library']['p95_ms']:.1f} ms", "p95 < 20"),
        ("Datasette ?_search= JSON p50 / p95",
         f"{s['datasette_http']['p50_ms']:.1f} / {s['datasette_http']['p95_ms']:.1f} ms", "p95 < 100"),
        ("minutebook serve: seconds to first answer", f"{s['datasette_http']['start_s']:.1f} s", ""),
        ("archive size per 1,000 pages", f"{ing['archive_mb_per_1000_pages']:.1f} MB", ""),
    ]
    width = max(len(m) for m, _, _ in rows)
    lines = [f"| {'measure':<{width}} | value | target |", f"|{'-' * (width + 2)}|---|---|"]
    lines += [f"| {m:<{width}} | {v} | {t} |" for m, v, t in rows]
    profile_rows = sorted(((k, v) for k, v in r["profile_cpu_s"].items() if k != "total"), key=lambda kv: -kv[1])
    total = r["profile_cpu_s"]["total"]
    lines += ["", "profile (cProfile, CPU s, share):"]
    lines += [f"  {k:<42} {v:6.2f}  {100 * v / total:4.1f}%" for k, v in profile_rows]
    return "\n".join(lines)


def _progress(message: str) -> None:
    print(f"[bench] {message}", flush=True)


if __name__ == "__main__":
    main()
