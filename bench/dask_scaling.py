"""Dask scaling: the same corpus through ``dyad batch`` on one local worker and on several.

    python bench/dask_scaling.py [DIR] [--limit N] [--workers 1 2] [--repeat R]

DIR holds .txt articles (default: ../shared/data/bench/bbc). The articles go into a temporary
JSON Lines file outside the repository; each cluster is started and its workers load the
pipeline before any timing, so the figures are steady-state throughput, not start-up. Runs
alternate between the clusters and the best of R counts. Prints documents/second, the speed-up
over the first worker count, how busy the workers were and how much CPU they got, and each
configuration's peak resident memory per worker.
Targets: two workers at least 1.7× one; under 1 GB per worker.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "bench" / "bbc"
EFFICIENCY_TARGET = 0.85  # two workers at least 1.7× one
MEMORY_TARGET_MB = 1024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _warm() -> None:
    from dyad.nlp.pipeline import load

    load()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=120, help="articles to use")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--partition-size", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()

    from distributed import Client, LocalCluster, get_task_stream

    from dyad.batch import run_batch

    logging.getLogger("distributed").setLevel(logging.ERROR)
    load_before = os.getloadavg()[0]

    files = sorted(args.folder.rglob("*.txt"))[: args.limit]
    if not files:
        sys.exit(f"no .txt files under {args.folder}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = 0
        with corpus.open("w", encoding="utf-8") as f:
            for i, path in enumerate(files):
                text = path.read_text(encoding="utf-8", errors="replace")
                words += len(text.split())
                f.write(json.dumps({"id": f"bench-{i}", "text": text}) + "\n")

        clients = {}
        for n in args.workers:
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                   dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
            clients[n] = Client(cluster)
            clients[n].run(_warm)
        best = {n: float("inf") for n in args.workers}
        busy = {n: 0.0 for n in args.workers}
        cpu = {n: 0.0 for n in args.workers}
        for r in range(args.repeat):
            for n, client in clients.items():
                cpu0 = sum(client.run(_cpu_seconds).values())
                with get_task_stream(client) as stream:
                    t0 = time.perf_counter()
                    result = run_batch([str(corpus)], f"{tmp}/out-{n}-{r}", scheduler=client,
                                       partition_size=args.partition_size)
                    secs = time.perf_counter() - t0
                assert result.documents == len(files) and result.complete
                if secs < best[n]:
                    best[n] = secs
                    busy[n] = sum(ss["stop"] - ss["start"] for task in stream.data
                                  for ss in task["startstops"] if ss["action"] == "compute")
                    cpu[n] = sum(client.run(_cpu_seconds).values()) - cpu0
        peaks = {n: max(client.run(_peak_mb).values()) for n, client in clients.items()}
        for client in clients.values():
            cluster = client.cluster
            client.close()
            cluster.close()

    base = best[args.workers[0]]
    print(f"{len(files)} articles, {words:,} words, partitions of {args.partition_size}, "
          f"best of {args.repeat}; {os.cpu_count()} cores, load average "
          f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    # busy: the share of the workers' wall time spent in tasks; cores: the CPU the workers got
    # (their CPU seconds over wall seconds). Busy near 100% with fewer cores than workers means
    # the workers waited for CPU (a shared machine), not for work.
    print(f"{'workers':>8}{'seconds':>10}{'docs/s':>10}{'words/s':>10}{'speed-up':>10}"
          f"{'busy':>7}{'CPU s':>8}{'cores':>7}{'peak MB/worker':>16}")
    for n in args.workers:
        print(f"{n:>8}{best[n]:>10.2f}{len(files) / best[n]:>10.2f}{words / best[n]:>10,.0f}"
              f"{base / best[n]:>10.2f}{busy[n] / (n * best[n]):>7.0%}{cpu[n]:>8.1f}"
              f"{cpu[n] / best[n]:>7.2f}{peaks[n]:>16,.0f}")
    for n in args.workers[1:]:
        want = EFFICIENCY_TARGET * n / args.workers[0]
        print(f"target: {n} workers ≥ {want:.2f}× {args.workers[0]} — "
              f"{'met' if base / best[n] >= want else 'missed'}")
    worst = max(peaks.values())
    print(f"target: peak < {MEMORY_TARGET_MB} MB per worker — "
          f"{'met' if worst < MEMORY_TARGET_MB else 'missed'} ({worst:,.0f} MB)")


if __name__ == "__main__":
    main()
