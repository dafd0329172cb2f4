"""Throughput: bare spaCy against Dyad, on the same texts, in the same run.

    python bench/throughput.py [DIR] [--limit N] [--repeat R]

DIR holds .txt articles (default: ../shared/data/bench/bbc, first line the headline). Prints
words/second for each configuration and the ratio of Dyad's time to bare spaCy's — the figure to
watch, since the machine is shared and absolute speeds drift. Runs alternate (spaCy, Dyad, spaCy,
…) and the best of R runs counts, so a noisy neighbour hurts both sides alike.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "bench" / "bbc"


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
    args = ap.parse_args()

    import spacy

    import dyad
    from dyad.nlp.pipeline import DEFAULT_MODEL, load
    from dyad.records import Article
    from dyad.store import open_store

    texts = load_texts(args.folder, args.limit)
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(DEFAULT_MODEL, exclude=["senter"])
    load()  # build Dyad's pipeline before timing

    def run_bare():
        for _ in bare.pipe(texts, batch_size=32):
            pass

    def run_analyze():
        for _ in dyad.analyze_many([Article(text=t) for t in texts]):
            pass

    def run_ingest():
        with tempfile.TemporaryDirectory() as tmp, open_store(f"{tmp}/b.db") as store:
            for rec in dyad.analyze_many([Article(text=t) for t in texts]):
                store.write(rec)

    configs = {"spaCy nlp.pipe": run_bare, "dyad analyze": run_analyze,
               "dyad ingest (SQLite)": run_ingest}
    best = {name: float("inf") for name in configs}
    for _ in range(args.repeat):
        for name, fn in configs.items():
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)

    base = best["spaCy nlp.pipe"]
    print(f"{len(texts)} articles, {words:,} words, best of {args.repeat} ({DEFAULT_MODEL})")
    print(f"{'configuration':<24}{'seconds':>10}{'words/s':>12}{'× spaCy':>10}")
    for name, secs in best.items():
        print(f"{name:<24}{secs:>10.2f}{words / secs:>12,.0f}{secs / base:>10.2f}")


if __name__ == "__main__":
    main()
