"""Precision of Dyad's reports by cue lemma and by construction, on PolNeAR's training split.

    python scripts/cue_precision.py FILE.jsonl DOCS.spacy [--limit N] [--min 8] [--by lemma]

For each report (a predicted quote with a cue, or a colon line) it counts how many match a gold
attribution leniently and exactly, by construction (verb with clause, verb with object, verb
with preposition, noun cue, adjective cue, "according to", parenthetical, colon line, learned
cue) and by cue lemma with its construction; and the exact overall F1 on the whole file and on
its even and odd articles (so that a change can be checked on both halves). ``DOCS.spacy`` holds
the parses ``scripts/quote_misses.py cache`` wrote. Use it on training data only.
"""

from __future__ import annotations

import argparse
from collections import Counter

from dyad.evaluate.quotes import QuoteTally
from dyad.nlp.components import read_actors
from dyad.nlp.quotes import find_quotes
from dyad.train_cues import load_docs

CLAUSE = {"ccomp", "xcomp", "advcl", "csubj"}
OBJECT = {"dobj", "oprd", "attr", "dative", "nsubjpass"}


def cue_head(doc, q):
    """The word of the cue phrase whose head lies outside it (the verb of "called for")."""
    span = doc.char_span(*q.cue_span, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def construction(doc, q) -> tuple[str, str]:
    """(construction, cue lemma) of a predicted report."""
    if q.evidence.startswith("a name and a colon"):
        return "colon line", ":"
    if q.cue_span is None:
        return "no cue", "-"
    t = cue_head(doc, q)
    if t is None:
        return "no cue", "-"
    lemma = t.lemma_.lower()
    learned = "learned" in q.evidence
    cue = doc.text[q.cue_span[0]:q.cue_span[1]].lower()
    if cue.startswith("according"):
        kind = "according to"
    elif cue == "in" or t.lower_ == "in":
        kind = "in a poll"
    elif t.pos_ == "NOUN":
        kind = "noun"
    elif t.pos_ == "ADJ":
        kind = "adjective"
    elif not q.start <= t.idx < q.end and t.idx >= q.end:
        kind = "parenthetical"
    elif q.start <= t.idx < q.end:
        kind = "cue inside"
    else:
        inside = [c for c in t.children if q.start <= c.idx < q.end]
        deps = {c.dep_ for c in inside}
        if deps & CLAUSE:
            kind = "verb+clause"
        elif deps & OBJECT:
            kind = "verb+object"
        elif "prep" in deps or "pobj" in deps or q.cue_span[1] > t.idx + len(t):
            kind = "verb+prep"
        else:
            kind = "verb+other"
    return ("learned " if learned else "") + kind, lemma


def _show(art, q, m, j) -> None:
    """A report that matches no gold exactly, and the gold it overlaps leniently, if any."""
    text = art.text
    print(f"--- [{q.cue}] {q.evidence}\n  pred: {text[q.start:q.end][:200]!r}")
    for i, js in m.lenient.items():
        if j in js:
            g = art.attributions[i]
            print("  gold: " + " / ".join(text[s:e] for s, e in g.content)[:200].__repr__()
                  + "  cue: " + " ".join(text[s:e] for s, e in g.cue))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("docs")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--min", type=int, default=8, help="fewest reports for a lemma row")
    ap.add_argument("--kinds", default="indirect,mixed")
    ap.add_argument("--show", default="", help="print the unmatched reports of a construction")
    ap.add_argument("--n", type=int, default=20)
    a = ap.parse_args()
    kinds = set(a.kinds.split(","))
    tallies = [QuoteTally(), QuoteTally(), QuoteTally()]
    by_kind: Counter = Counter()
    by_lemma: Counter = Counter()
    shown = 0
    for n, (art, doc) in enumerate(load_docs(a.path, a.docs, a.limit)):
        out = find_quotes(doc, read_actors(doc))
        gold = list(art.attributions)
        m = tallies[0].add(art.text, gold, out)
        tallies[1 + n % 2].add(art.text, gold, out)
        exact = {j for js in m.exact.values() for j in js}
        lenient = {j for js in m.lenient.values() for j in js}
        for j, q in enumerate(out):
            if q.kind not in kinds or (q.cue_span is None and "colon" not in q.evidence):
                continue
            kind, lemma = construction(doc, q)
            if a.show and a.show in (kind, f"{lemma}/{kind}") and j not in exact and shown < a.n:
                shown += 1
                _show(art, q, m, j)
            for key, c in ((kind, by_kind), ((lemma, kind), by_lemma)):
                c[key, "n"] += 1
                c[key, "lenient"] += j in lenient
                c[key, "exact"] += j in exact
    if a.show:
        return
    for name, t in zip(("all", "even", "odd"), tallies):
        s = t.metrics()["exact"]
        print(f"exact {name:<4} overall F1 {s['overall']['f1']:.5f} "
              f"(P {s['overall']['precision']:.3f} R {s['overall']['recall']:.3f})  "
              f"indirect F1 {s['indirect']['f1']:.4f}  mixed F1 {s['mixed']['f1']:.4f}")
    print(f"\n{'construction':<26}{'reports':>8}{'lenient':>9}{'exact':>7}")
    for key in sorted({k for k, _ in by_kind}, key=lambda k: -by_kind[k, "n"]):
        n = by_kind[key, "n"]
        print(f"{key:<26}{n:>8}{by_kind[key, 'lenient'] / n:>9.2f}"
              f"{by_kind[key, 'exact'] / n:>7.2f}")
    print(f"\n{'lemma / construction':<36}{'reports':>8}{'lenient':>9}{'exact':>7}")
    rows = [k for k, f in by_lemma if f == "n" and by_lemma[k, "n"] >= a.min]
    for key in sorted(rows, key=lambda k: by_lemma[k, "lenient"] / by_lemma[k, "n"]):
        n = by_lemma[key, "n"]
        print(f"{key[0] + ' / ' + key[1]:<36}{n:>8}{by_lemma[key, 'lenient'] / n:>9.2f}"
              f"{by_lemma[key, 'exact'] / n:>7.2f}")


if __name__ == "__main__":
    main()
