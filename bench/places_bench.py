"""Gazetteer start-up: cold build time, warm load time and peak memory.

    python bench/places_bench.py            # uses $DYAD_CACHE, else a fresh temporary cache

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


def main() -> None:
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
