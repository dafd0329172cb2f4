"""Where Dyad's content spans miss PolNeAR's edges: for each gold attribution found leniently
(word overlap >= 0.5) but not exactly, the tokens the prediction has too many or too few at its
left and right edges, summed up as a pattern (the root of the extra or missing piece: its
dependency label and part of speech, and its first word when that is a function word).

    python scripts/span_edges.py FILE.jsonl DOCS.spacy [--kind indirect] [--show PATTERN]

``DOCS.spacy`` is the file ``scripts/quote_misses.py cache`` writes. Use it on training data
only: it prints gold text.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict

from quote_misses import docs, run

from dyad.evaluate.quotes import match_quotes, trim

FUNCTION_POS = {"ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "AUX", "ADV"}


def _piece(doc, s: int, e: int):
    """The tokens of doc between characters s and e, and the roots of that piece."""
    toks = [t for t in doc if t.idx < e and t.idx + len(t) > s and not t.is_space]
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return toks, roots


def describe(doc, s: int, e: int, cue=None, pred=None) -> str:
    toks, roots = _piece(doc, s, e)
    toks = [t for t in toks if not t.is_punct] or toks
    if not toks:
        return "punct"
    roots = [r for r in roots if not r.is_punct] or roots
    r = roots[0]
    first = toks[0]
    word = first.lower_ if first.pos_ in FUNCTION_POS else first.pos_
    n = len(toks)
    size = "1" if n == 1 else "2-3" if n <= 3 else "4+"
    more = "+" if len(roots) > 1 else ""
    where = ""
    if cue is not None:
        h = r.head
        if cue[0] <= h.idx < cue[1]:
            where = " head=cue"
        elif pred is not None and pred[0] <= h.idx < pred[1]:
            where = " head=content"
        elif h.i == r.i:
            where = " head=self"
        else:
            where = " head=out"
    return f"{r.dep_}/{r.pos_}{more} first={word} n={size}{where}"


def edge_patterns(doc, text: str, gs: int, ge: int, ps: int, pe: int, cue=None) -> list[str]:
    out = []
    p = (ps, pe)
    if ps < gs:
        out.append("L extra " + describe(doc, ps, gs, cue, p))
    elif ps > gs:
        out.append("L missing " + describe(doc, gs, ps, cue, p))
    if pe > ge:
        out.append("R extra " + describe(doc, ge, pe, cue, p))
    elif pe < ge:
        out.append("R missing " + describe(doc, pe, ge, cue, p))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("docs")
    ap.add_argument("--kind", default="indirect,mixed")
    ap.add_argument("--show")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--coarse", action="store_true", help="count by side and dep label only")
    ap.add_argument("--drop", help="leave out of the pattern the fields starting so (first=, n=)")
    a = ap.parse_args()
    kinds = set(a.kind.split(","))
    counts: Counter = Counter()
    sides: Counter = Counter()
    examples = defaultdict(list)
    total = 0
    for art, doc in docs(a.path, None, a.docs):
        text = art.text
        out, _ = run(doc, False)
        gold = list(art.attributions)
        m = match_quotes(text, gold, out)
        for i, j in m.pairs.items():
            g = gold[i]
            if g.kind not in kinds or i in m.exact:
                continue
            q = out[j]
            ps, pe = trim(text, q.start, q.end)
            # the gold piece the prediction overlaps most, or the whole when it spans pieces
            pieces = [trim(text, s, e) for s, e in g.content]
            cover = (pieces[0][0], pieces[-1][1])
            best = max(pieces + [cover], key=lambda p: min(p[1], pe) - max(p[0], ps)
                       - 0.001 * (p[1] - p[0]))
            gs, ge = best
            pats = edge_patterns(doc, text, gs, ge, ps, pe, q.cue_span)
            if not pats:
                pats = [f"same edges, {len(g.content)} pieces"]
            total += 1
            sides[g.kind + " " + " & ".join(p.split(" ")[0] + " " + p.split(" ")[1]
                                            for p in pats)] += 1
            for p in pats:
                key = f"{g.kind}: " + (" ".join(p.split()[:3]) if a.coarse else " ".join(
                    w for w in p.split() if a.drop is None or not w.startswith(a.drop)))
                counts[key] += 1
                examples[key].append((text, gs, ge, ps, pe, g.content))
    print(f"lenient but not exact: {total}")
    for k, n in sides.most_common():
        print(f"  {n:5d}  {k}")
    print("patterns:")
    for k, n in counts.most_common(a.top):
        print(f"  {n:5d}  {k}")
    if a.show:
        ex = [x for k, xs in examples.items() if k.startswith(a.show) for x in xs]
        random.Random(0).shuffle(ex)
        for text, gs, ge, ps, pe, ev in ex[:a.n]:
            lo, hi = min(gs, ps), max(ge, pe)
            one = lambda x: x.replace("\n", " / ")
            print("-" * 80)
            print("GOLD:", one(text[max(0, gs - 60):gs]) + "[[" + one(text[gs:ge]) + "]]"
                  + one(text[ge:ge + 60]))
            print("PRED:", one(text[max(0, ps - 60):ps]) + "{{" + one(text[ps:pe]) + "}}"
                  + one(text[pe:pe + 60]))
            if len(ev) > 1:
                print("PIECES:", " || ".join(one(text[s:e]) for s, e in ev))
            del lo, hi


if __name__ == "__main__":
    main()
