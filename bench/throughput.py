"""Throughput: bare spaCy against Dyad, on the same texts, in the same run.

    python bench/throughput.py [DIR] [--limit N] [--repeat R] [--processes P]

DIR holds .txt articles (default: ../shared/data/bench/bbc, first line the headline). Prints
words/second for each configuration and the ratio of Dyad's time to bare spaCy's — the figure to
watch, since the machine is shared and absolute speeds drift. Runs alternate (spaCy, Dyad, spaCy,
…) and the best of R runs counts, so a noisy neighbour hurts both sides alike.

``dyad ingest`` is measured the way the command runs: the articles read from a JSON Lines file,
analysed, and each record written to a fresh SQLite store in its own transaction. With
``--processes P`` (P > 1) the same two are measured again on P processes (spaCy's
``n_process``), each against bare spaCy on P processes. Targets: ``dyad analyze`` within 1.2×
bare spaCy's time, ``dyad ingest`` within 1.3×. CPU seconds (this process and the processes it
started) are printed beside wall time: on a machine shared with other work they are the
steadier of the two.

Dyad runs the model with spaCy's attribute ruler compiled to table look-ups (identical
annotations; ``dyad.nlp.attributes``). The row "spaCy, compiled ruler" is that same spaCy
pipeline without Dyad's components, so the cost of Dyad's own components reads as the gap
between it and "dyad analyze".
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "bench" / "bbc"
TARGETS = {"dyad analyze": 1.2, "dyad ingest": 1.3}  # time over bare spaCy's, at most


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (spaCy's n_process workers)."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def load_texts(folder: Path, limit: int) -> list[str]:
    files = sorted(folder.rglob("*.txt"))[:limit]
    if not files:
        sys.exit(f"no .txt files under {folder}")
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=300, help="articles to use")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each configuration")
    ap.add_argument("--processes", type=int, default=1,
                    help="also measure on this many processes (spaCy's n_process)")
    args = ap.parse_args()

    import spacy

    import dyad
    from dyad.batch import analyze_parallel, ingest_paths
    from dyad.nlp.attributes import use_compiled_ruler
    from dyad.nlp.pipeline import DEFAULT_MODEL, load
    from dyad.records import Article

    texts = load_texts(args.folder, args.limit)
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(DEFAULT_MODEL, exclude=["senter"])
    compiled = spacy.load(DEFAULT_MODEL, exclude=["senter"])
    use_compiled_ruler(compiled)
    load()  # build Dyad's pipeline before timing

    with tempfile.TemporaryDirectory() as tmp:
        corpus = f"{tmp}/corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as f:
            f.writelines(json.dumps({"text": t}) + "\n" for t in texts)

        def run_bare(n: int = 1):
            for _ in bare.pipe(texts, batch_size=32, n_process=n):
                pass

        def run_compiled():
            for _ in compiled.pipe(texts, batch_size=32):
                pass

        def run_analyze(n: int = 1):
            articles = [Article(text=t) for t in texts]
            for _ in (dyad.analyze_many(articles) if n == 1
                      else analyze_parallel(articles, n_process=n)):
                pass

        def run_ingest(n: int = 1):
            db = f"{tmp}/b-{os.urandom(4).hex()}.db"
            result = ingest_paths([corpus], db, n_process=n)
            assert result.documents == len(texts)

        groups = {1: {"spaCy nlp.pipe": run_bare, "spaCy, compiled ruler": run_compiled,
                      "dyad analyze": run_analyze, "dyad ingest": run_ingest}}
        if args.processes > 1:
            p = args.processes
            groups[p] = {"spaCy nlp.pipe": lambda: run_bare(p),
                         "dyad analyze": lambda: run_analyze(p),
                         "dyad ingest": lambda: run_ingest(p)}
        # First calls pay for lazy set-up that a long run pays once: not part of the timing.
        list(bare.pipe(texts[:8]))
        list(compiled.pipe(texts[:8]))
        list(dyad.analyze_many(texts[:8]))
        best = {(n, name): float("inf") for n, configs in groups.items() for name in configs}
        best_cpu = dict(best)
        for _ in range(args.repeat):
            for n, configs in groups.items():
                for name, fn in configs.items():
                    t0, c0 = time.perf_counter(), cpu_seconds()
                    fn()
                    best[n, name] = min(best[n, name], time.perf_counter() - t0)
                    best_cpu[n, name] = min(best_cpu[n, name], cpu_seconds() - c0)

    print(f"{len(texts)} articles, {words:,} words, best of {args.repeat} ({DEFAULT_MODEL}); "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"{'configuration':<30}{'seconds':>10}{'words/s':>12}{'× spaCy':>10}"
          f"{'CPU s':>9}{'× spaCy':>9}  target (wall, CPU)")
    for n, configs in groups.items():
        base, base_cpu = best[n, "spaCy nlp.pipe"], best_cpu[n, "spaCy nlp.pipe"]
        for name in configs:
            secs, ratio = best[n, name], best[n, name] / base
            cpu, cpu_ratio = best_cpu[n, name], best_cpu[n, name] / base_cpu
            label = name if n == 1 else f"{name}, {n} processes"
            want = TARGETS.get(name)
            verdict = "" if not want else f"≤ {want:.1f}×: " + ", ".join(
                "met" if r <= want else "missed" for r in (ratio, cpu_ratio))
            print(f"{label:<30}{secs:>10.2f}{words / secs:>12,.0f}{ratio:>10.2f}"
                  f"{cpu:>9.2f}{cpu_ratio:>9.2f}  {verdict}")


if __name__ == "__main__":
    main()
