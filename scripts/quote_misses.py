"""Why Dyad misses gold attributions of PolNeAR's training split: each gold attribution of one
kind (indirect by default) that no predicted quote finds leniently is put in one bucket by cause.

    python scripts/quote_misses.py cache FILE.jsonl DOCS.spacy   # parse once (to dyad_actors)
    python scripts/quote_misses.py score FILE.jsonl DOCS.spacy [--limit N] [--nested]
    python scripts/quote_misses.py misses FILE.jsonl DOCS.spacy [--limit N] [--kind indirect]

``score`` prints the figures of ``dyad evaluate quotes`` from the cached parses (the quotes
component alone runs), ``--nested`` keeping the reports that the quotes component drops as
part of another one. ``misses`` buckets the missed gold attributions:
  no cue         the gold cue has no word that cues.csv names (its lemma is counted)
  no source      the gold attribution has no source (PolNeAR's no_source)
  cue used       the cue attributes a quotation already
  rejected       the cue is in cues.csv, but no report comes from it (its dependents counted)
  wrong content  a report comes from the cue, but overlaps the gold content by under half
  dropped nested the report was found and dropped as inside another report
  dropped other  the report was found and dropped for overlapping a quotation
Use it on training data only: it prints gold text.
"""

from __future__ import annotations

import argparse
from collections import Counter

from spacy.tokens import DocBin

import dyad.nlp.quotes as quotes_mod
from dyad.evaluate.quotes import LENIENT, QuoteTally, Words, format_report, overlap, read_polnear
from dyad.nlp import cue_phrases, reported
from dyad.nlp.components import read_actors
from dyad.nlp.pipeline import build


def cache(path: str, out: str) -> None:
    arts = read_polnear(path)
    nlp = build()
    db = DocBin(store_user_data=True)
    with nlp.select_pipes(disable=["dyad_quotes", "dyad_places", "dyad_events"]):
        for doc in nlp.pipe((a.text for a in arts), batch_size=32):
            db.add(doc)
    db.to_disk(out)


def docs(path: str, limit: int | None, parsed: str):
    """(gold article, parsed Doc) pairs; ``parsed`` is the file ``cache`` wrote."""
    from dyad.train_cues import load_docs

    yield from load_docs(path, parsed, limit)


def run(doc, nested: bool):
    """The quotes of a doc, and the reports before those inside others were dropped."""
    seen = {}
    orig = quotes_mod._outermost

    def spy(d, quoted, rep):
        seen["reported"] = list(rep)
        return list(rep) if nested else orig(d, quoted, rep)

    quotes_mod._outermost = spy
    try:
        out = quotes_mod.find_quotes(doc, read_actors(doc))
    finally:
        quotes_mod._outermost = orig
    return out, seen.get("reported", [])


def cue_token(doc, spans):
    """The head word of a gold cue: the verb or noun whose head lies outside the cue."""
    toks = [t for s, e in spans for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
    if not toks:
        return None
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    pref = [t for t in heads if t.pos_ in ("VERB", "AUX", "NOUN")] or [
        t for t in toks if t.pos_ in ("VERB", "NOUN")] or heads or toks
    return pref[0]


def misses(path: str, parsed: str, limit: int | None, kind: str, show: str | None) -> None:
    cues = cue_phrases.load_cues()
    buckets: Counter = Counter()
    lemmas: Counter = Counter()
    rejected: Counter = Counter()
    examples: dict = {}
    total = 0
    for art, doc in docs(path, limit, parsed):
        text = art.text
        out, rep = run(doc, False)
        words = Words(text)
        pw = [words.within(q.start, q.end) for q in out]
        rw = [words.within(q.start, q.end) for q in rep]
        for g in art.attributions:
            if g.kind != kind or not g.content:
                continue
            total += 1
            gw = frozenset().union(*(words.within(s, e) for s, e in g.content))
            if any(overlap(gw, w) >= LENIENT for w in pw):
                continue
            t = cue_token(doc, g.cue)
            key = None
            if any(overlap(gw, w) >= LENIENT for w in rw):
                key = "dropped nested"
            elif not g.source:
                key = "no source"
            elif t is None:
                key = "no cue span"
            else:
                lemma = t.lemma_.lower()
                words_in = {x.lemma_.lower() for s, e in g.cue for x in (
                    doc.char_span(s, e, alignment_mode="expand") or [])}
                cue_text = " ".join(text[s:e] for s, e in g.cue).lower()
                known = lemma in cues or any(
                    k in cues for k in words_in) or "according to" in cue_text
                if not known:
                    key = "no cue"
                    lemmas[f"{lemma}/{t.pos_}"] += 1
                else:
                    found = None
                    for x in [t] + [doc[i] for i in range(len(doc)) if doc[i].lemma_.lower()
                                    in words_in and doc[i].idx >= g.cue[0][0]
                                    and doc[i].idx < g.cue[-1][1]]:
                        found = reported._report_at(text, x, cues)
                        if found:
                            break
                    if found is None:
                        key = "rejected"
                        deps = ",".join(sorted({c.dep_ for c in t.children
                                                if c.dep_ not in ("punct", "aux", "nsubj")}))
                        rejected[f"{lemma}/{t.pos_}/{t.dep_} [{deps}]"] += 1
                    else:
                        (cs, ce), _, _ = found
                        if overlap(gw, words.within(cs, ce)) >= LENIENT:
                            key = "dropped other"
                        else:
                            key = "wrong content"
            buckets[key] += 1
            if show and key == show:
                examples.setdefault(key, []).append(
                    (" ".join(text[s:e] for s, e in g.cue), " / ".join(
                        text[s:e] for s, e in g.content)[:160]))
    print(f"{kind} gold: {total}; missed leniently: {sum(buckets.values())}")
    for k, n in buckets.most_common():
        print(f"  {k:<16} {n}")
    pos: Counter = Counter()
    for k, n in lemmas.items():
        pos[k.rsplit("/", 1)[1]] += n
    print(f"no cue: {len(lemmas)} lemmas; by part of speech: "
          + ", ".join(f"{k} {n}" for k, n in pos.most_common()))
    print("most frequent missed cue lemmas (no cue):")
    print("  " + ", ".join(f"{k} {n}" for k, n in lemmas.most_common(80)))
    print("rejected cues (lemma/pos/dep [dependents]):")
    for k, n in rejected.most_common(40):
        print(f"  {n:4} {k}")
    for k, ex in examples.items():
        print(f"examples of {k}:")
        for cue, content in ex[:60]:
            print(f"  [{cue}] {content}")


def score(path: str, parsed: str, limit: int | None, nested: bool) -> None:
    tally = QuoteTally()
    for art, doc in docs(path, limit, parsed):
        out, _ = run(doc, nested)
        tally.add(art.text, list(art.attributions), out)
    m = tally.metrics()
    print(format_report({"file": path, "articles": limit or "all", "failed": 0, **m}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=("cache", "score", "misses"))
    ap.add_argument("path")
    ap.add_argument("docs")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--nested", action="store_true")
    ap.add_argument("--kind", default="indirect")
    ap.add_argument("--show")
    a = ap.parse_args()
    if a.cmd == "cache":
        cache(a.path, a.docs)
    elif a.cmd == "score":
        score(a.path, a.docs, a.limit, a.nested)
    else:
        misses(a.path, a.docs, a.limit, a.kind, a.show)


if __name__ == "__main__":
    main()
