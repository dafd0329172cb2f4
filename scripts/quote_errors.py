"""Direct and mixed quote errors on a PolNeAR file, bucketed by likely cause.

Parses each article once up to Dyad's actors (cached as a DocBin next to ``--cache``), then runs
the quote finder alone, so that a change to the quote code is re-scored in seconds:

    python scripts/quote_errors.py ../shared/data/quotes/polnear-train.jsonl --limit 200
    python scripts/quote_errors.py FILE --show precision:scare --n 20

Prints the exact scores (as ``dyad evaluate quotes`` computes them) and, for direct/mixed
predictions that match no gold and gold direct/mixed contents not found exactly, a count per
bucket; ``--show BUCKET`` prints examples of one. Use it on training data only.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter, defaultdict

from spacy.tokens import DocBin

from dyad.evaluate.quotes import QuoteTally, read_polnear, trim
from dyad.nlp.components import read_actors
from dyad.nlp.pipeline import build
from dyad.nlp.quotes import find_quotes
from dyad.records import Quote


def parsed(articles, cache: str):
    nlp = build()
    if os.path.exists(cache):
        db = DocBin(store_user_data=True).from_disk(cache)
        docs = list(db.get_docs(nlp.vocab))
        if len(docs) >= len(articles) and all(
                d.text == a.text for d, a in zip(docs, articles)):
            return nlp, docs[:len(articles)]
    keep = ["dyad_actors"]
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names
                                   if p.startswith("dyad_") and p not in keep]):
        docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    db = DocBin(store_user_data=True)
    for d in docs:
        db.add(d)
    db.to_disk(cache)
    return nlp, docs


def _marks_in(text: str) -> bool:
    return any(ch in text for ch in '"“”') or "''" in text or "``" in text


def bucket_precision(text, q, gold, words_in) -> str:
    """Why a predicted quote matches no gold content."""
    s, e = trim(text, q.start, q.end)
    over = [g for g in gold if g.content and any(gs < e and s < ge for gs, ge in g.content)]
    n = len(text[s:e].split())
    if not over:
        if n <= 4:
            return "no-gold:short(scare/title)"
        return "no-gold:long"
    g = max(over, key=lambda g: sum(min(e, ge) - max(s, gs) for gs, ge in g.content
                                    if gs < e and s < ge))
    gs, ge = trim(text, g.content[0][0], g.content[-1][1])
    if len(g.content) > 1:
        return f"gold-split({g.kind})"
    if gs <= s and e <= ge:
        inner = "inside"
    elif s <= gs and ge <= e:
        inner = "covers"
    else:
        inner = "crosses"
    return f"{inner}:{g.kind}"


def bucket_recall(text, g, preds) -> str:
    gs, ge = trim(text, g.content[0][0], g.content[-1][1])
    over = [q for q in preds if q.start < ge and gs < q.end]
    multi = "\n" in text[gs:ge]
    if len(g.content) > 1:
        tag = "split"
    elif multi:
        tag = "multipara"
    else:
        tag = "single"
    if not over:
        return f"{g.kind}:{tag}:none"
    q = max(over, key=lambda q: min(ge, q.end) - max(gs, q.start))
    s, e = trim(text, q.start, q.end)
    if s <= gs and ge <= e:
        rel = "pred-covers"
    elif gs <= s and e <= ge:
        rel = "pred-inside"
    else:
        rel = "crosses"
    return f"{g.kind}:{tag}:{rel}:{q.kind}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--cache", default="/tmp/dyad-quote-cache")
    ap.add_argument("--show", default="")
    ap.add_argument("--n", type=int, default=15)
    ap.add_argument("--brief", action="store_true", help="one line per example")
    ap.add_argument("--ev", default="", help="only examples whose evidence holds this")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--kinds", default="direct,mixed")
    args = ap.parse_args()
    articles = read_polnear(args.file, args.limit)
    cache = f"{args.cache}-{os.path.basename(args.file)}-{args.limit or 'all'}.spacy"
    _, docs = parsed(articles, cache)
    kinds = set(args.kinds.split(","))
    tally = QuoteTally()
    buckets: Counter = Counter()
    examples = defaultdict(list)
    evid: Counter = Counter()
    for art, doc in zip(articles, docs):
        actors = read_actors(doc)
        infos = find_quotes(doc, actors)
        preds = [Quote(id=f"q{i}", text=art.text[q.start:q.end], start=q.start, end=q.end,
                       kind=q.kind, speaker=None, speaker_span=q.speaker_span, cue=q.cue,
                       cue_span=q.cue_span) for i, q in enumerate(infos)]
        gold = list(art.attributions)
        m = tally.add(art.text, gold, preds)
        matched = {j for js in m.exact.values() for j in js}
        text = art.text
        for j, (q, info) in enumerate(zip(preds, infos)):
            if q.kind in kinds and j not in matched:
                b = "P:" + q.kind + ":" + bucket_precision(text, q, gold, None)
                buckets[b] += 1
                examples[b].append((art.doc_id, q.start, q.end, info.evidence, gold))
            if q.kind in kinds:
                ev = info.evidence.split(";")[0]
                evid[q.kind, ev, j in matched] += 1
        for i, g in enumerate(gold):
            if g.content and g.kind in kinds and i not in m.exact:
                b = "R:" + bucket_recall(text, g, preds)
                buckets[b] += 1
                examples[b].append((art.doc_id, g.content[0][0], g.content[-1][1], "", gold))
    met = tally.metrics()
    for k in ("direct", "mixed", "indirect", "overall"):
        s = met["exact"][k]
        print(f"exact {k:<8} P {s['precision']:.3f} ({s['pred_matched']}/{s['pred']})  "
              f"R {s['recall']:.3f} ({s['gold_found']}/{s['gold']})  F1 {s['f1']:.4f}")
    print("confusion", met["kind_confusion"])
    print("source", met["source"]["overlap_accuracy"])
    for b, n in sorted(buckets.items()):
        print(f"  {n:5d}  {b}")
    print("precision by evidence (kind, evidence: matched/predicted)")
    for kind, ev in sorted({(k, e) for k, e, _ in evid}):
        ok, bad = evid[kind, ev, True], evid[kind, ev, False]
        print(f"  {kind:<7} {ev:<70} {ok:5d}/{ok + bad:<5d} {ok / (ok + bad):.3f}")
    if args.show:
        texts = {a.doc_id: a.text for a in articles}
        ex = [x for b, xs in examples.items() if b.startswith(args.show) for x in xs
              if args.ev in x[3]]
        random.Random(args.seed).shuffle(ex)
        for doc_id, s, e, ev, gold in ex[:args.n]:
            text = texts[doc_id]
            if args.brief:
                ov = [g for g in gold if g.content and any(a < e and s < b for a, b in g.content)]
                gl = " || ".join(g.kind + ": " + " ... ".join(text[a:b] for a, b in g.content)[:160]
                                 for g in ov)
                one = lambda x: x.replace("\n", " / ")
                print(f"{one(text[max(0, s - 90):s])}[[{one(text[s:e])[:90]}]]{one(text[e:e + 50])}"
                      f"\n      {ev[:40]} GOLD {one(gl)}")
                continue
            lo, hi = max(0, s - 250), min(len(text), e + 200)
            print("=" * 100)
            print(doc_id, ev)
            print(text[lo:s] + "[[" + text[s:e] + "]]" + text[e:hi])
            for g in gold:
                if g.content and any(gs < hi and lo < ge for gs, ge in g.content):
                    print("   GOLD", g.kind, [text[a:b][:100] for a, b in g.content],
                          "| src", [text[a:b] for a, b in g.source])
    sys.stdout.flush()


if __name__ == "__main__":
    main()
