"""Each Dyad component's time as a share of spaCy's, on the same texts, in the same run.

    python bench/components.py [DIR] [--limit N] [--repeat R] [--learned-spans-both]

DIR holds .txt articles (default: ../shared/data/bench/bbc, first 200 articles). spaCy's own
pipeline (tokenizer, tagger, parser, NER, …, with the attribute ruler compiled as Dyad runs
it: ``dyad.nlp.attributes``) runs through ``nlp.pipe``; then each Dyad component
is called on those Docs in pipeline order (actors → quotes → places → events) and timed on its
own. The printed share is the component's time over spaCy's: the figure to watch, since the
machine may be shared and absolute speeds drift. The best of R runs counts for each part.
``--learned-spans-both`` adds R passes with the quote finder's learned span edges switched the
other way, each after a pass as built: the chooser's cost, measured in the same run and from
the same state (a second finder run on the same Docs would find caches the first one filled).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "bench" / "bbc"


def load_texts(folder: Path, limit: int) -> list[str]:
    files = sorted(folder.rglob("*.txt"))[:limit]
    if not files:
        sys.exit(f"no .txt files under {folder}")
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def time_once(nlp, texts: list[str], dyad_names: list[str], swap=None) -> dict[str, float]:
    """Seconds spent in spaCy's own components and in each Dyad component, for one pass;
    ``swap``: (name, component), a quote finder to run in place of the pipeline's, its time
    kept under that name."""
    components = [(name, nlp.get_pipe(name)) for name in dyad_names]
    if swap:
        components = [swap if name == "dyad_quotes" else (name, c) for name, c in components]
    times = dict.fromkeys(["spacy", *(name for name, _ in components)], 0.0)
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=dyad_names):
        docs = list(nlp.pipe(texts, batch_size=32))
    times["spacy"] = time.perf_counter() - t0
    for doc in docs:
        for name, component in components:
            t = time.perf_counter()
            doc = component(doc)
            times[name] += time.perf_counter() - t
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=200, help="articles to use")
    ap.add_argument("--repeat", type=int, default=3, help="passes; the best of each part counts")
    ap.add_argument("--learned-spans-both", action="store_true",
                    help="time the quote finder with the learned span edges on and off")
    args = ap.parse_args()

    from dyad.nlp.pipeline import COMPONENTS, build

    texts = load_texts(args.folder, args.limit)
    words = sum(len(t.split()) for t in texts)
    nlp = build()
    names = [n for n in nlp.pipe_names if n in COMPONENTS]
    other = None
    if args.learned_spans_both:
        on = not nlp.get_pipe_config("dyad_quotes")["learned_spans"]
        other = (f"dyad_quotes, learned spans {'on' if on else 'off'}",
                 build(learned_spans=on).get_pipe("dyad_quotes"))
    for swap in [None, other]:  # warm caches (gazetteer, dictionaries) before timing
        time_once(nlp, texts[:5], names, swap)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for swap in [None, other] if other else [None]:
            for name, secs in time_once(nlp, texts, names, swap).items():
                best[name] = min(secs, best.get(name, secs))
    spacy_s = best["spacy"]
    print(f"{len(texts)} articles, {words} words; best of {args.repeat} passes")
    print(f"{'spaCy (' + ', '.join(n for n in nlp.pipe_names if n not in names) + ')':<60}"
          f" {spacy_s:8.2f} s  {words / spacy_s:9.0f} words/s")
    for name in names + ([other[0]] if other else []):
        print(f"{name:<60} {best[name]:8.2f} s  {100 * best[name] / spacy_s:6.1f}% of spaCy")
    dyad_s = sum(best[n] for n in names)
    print(f"{'all Dyad components':<60} {dyad_s:8.2f} s  {100 * dyad_s / spacy_s:6.1f}% of spaCy")


if __name__ == "__main__":
    main()
