"""Speaker-resolution misses on PolNeAR's training split, with their context, so that a change
to the speaker code is re-scored in seconds:

    python scripts/resolution_misses.py cache RES.jsonl FILE.jsonl DOCS.spacy  # parse once
    python scripts/resolution_misses.py score RES.jsonl FILE.jsonl DOCS.spacy [--show] [--case C]
        [--actors]

``cache`` parses the articles the resolution file names up to Dyad's actors; ``score`` runs the
quotes component alone on them and prints the figures ``dyad evaluate quotes --resolution``
gives; ``--show`` prints each wrong item (gold name, Dyad's speaker, the speaker's mention, the
text before the quote); ``--actors`` runs the actors component again on the cached parses, for a
change to the actor code. Use it on training data only: it prints gold text.
"""

from __future__ import annotations

import argparse
import zlib

from spacy.tokens import DocBin

from dyad.convert import doc_to_record
from dyad.evaluate.quotes import (
    LENIENT,
    QuoteTally,
    best_quote,
    name_matches,
    read_polnear,
    read_resolution,
    score_resolution,
)
from dyad.nlp.doc_text import keep_text
from dyad.nlp.pipeline import build
from dyad.records import Article

# The articles of the source-rich round of evaluation/README.md, by number in read_polnear's order
SOURCE_RICH = {4, 23, 38, 46, 63, 149, 153, 176, 177, 196, 216, 217, 218, 234, 252, 254, 268, 276,
               283, 284, 303, 307, 309, 312, 333, 342, 347, 354, 357, 366, 368, 374, 378, 398,
               423, 438, 442, 447, 456, 466, 479, 499, 606, 616, 622, 623, 624, 628, 629, 633,
               634, 637, 638, 642, 644, 652, 653, 657, 658, 662, 667, 673, 686, 698, 699, 702,
               708, 714, 717, 718}


def _articles(res: str, path: str):
    items = read_resolution(res)
    ids = {it["doc_id"] for it in items}
    return items, read_polnear(path, None, ids)


def cache(res: str, path: str, out: str) -> None:
    _, arts = _articles(res, path)
    nlp = build()
    db = DocBin(store_user_data=True)
    with nlp.select_pipes(disable=["dyad_quotes", "dyad_places", "dyad_events"]):
        for doc in nlp.pipe((keep_text(nlp.make_doc(a.text), a.text) for a in arts),
                            batch_size=32):
            db.add(doc)
    db.to_disk(out)


def score(res: str, path: str, parsed: str, show: bool, case: str | None,
          actors: bool = False) -> None:
    items, arts = _articles(res, path)
    nlp = build()
    quotes = nlp.get_pipe("dyad_quotes")
    find_actors = nlp.get_pipe("dyad_actors") if actors else (lambda d: d)
    db = DocBin(store_user_data=True).from_disk(parsed)
    records = {}
    tally = QuoteTally()
    for art, doc in zip(arts, db.get_docs(nlp.vocab)):
        assert doc.text == art.text
        records[art.doc_id] = rec = doc_to_record(quotes(find_actors(doc)),
                                                  Article(text=art.text, id=art.doc_id))
        tally.add(art.text, list(art.attributions), list(rec.quotes))
    src = tally.metrics()["source"]
    print(f"source overlap {src['overlap_accuracy']:.3f} ({src['overlap']}), exact "
          f"{src['exact_accuracy']:.3f} ({src['exact']}), no speaker span {src['no_speaker_span']}")
    r = score_resolution(items, records)
    for k, v in r.items():
        print(f"{k:<13} {v['correct']}/{v['n']}  found {v['quote_found']}  "
              f"when found {v['accuracy_when_found']:.3f}  the actor {v['actor_correct']}")
    # the parts evaluation/README.md reports: the source-rich round's articles (by their number
    # in the train file's order) and the halves by the parity of the CRC-32 of doc_id
    order = {a.doc_id: n for n, a in enumerate(read_polnear(path))}
    for label, keep in (("earlier items", lambda it: order[it["doc_id"]] not in SOURCE_RICH),
                        ("source-rich", lambda it: order[it["doc_id"]] in SOURCE_RICH),
                        ("even half", lambda it: zlib.crc32(it["doc_id"].encode()) % 2 == 0),
                        ("odd half", lambda it: zlib.crc32(it["doc_id"].encode()) % 2 == 1)):
        v = score_resolution([it for it in items if keep(it)], records)["overall"]
        print(f"{label:<13} {v['correct']}/{v['quote_found']} where found "
              f"{v['accuracy_when_found']:.3f}")
    if not show:
        return
    for it in items:
        if case and it["case"] != case:
            continue
        rec = records[it["doc_id"]]
        best, best_score = best_quote(rec, it["content_start"], it["content_end"])
        text = rec.text
        if best is None or best_score < LENIENT:
            status, who, span = "NOT FOUND", "", ""
        else:
            actor = rec.actor(best.speaker)
            who = actor.name if actor else None
            if name_matches(it["name"], who):
                continue
            status = "WRONG"
            span = text[best.speaker_span[0]:best.speaker_span[1]] if best.speaker_span else ""
        s, e = it["content_start"], it["content_end"]
        ctx = text[max(0, s - 500):s].replace("\n", " / ")
        print(f"\n== {status} {it['case']} gold={it['name']!r} dyad={who!r} span={span!r} "
              f"[{it['doc_id']} {s}]")
        print(f"   …{ctx}<<{text[s:e]}>>{text[e:e + 100]}".replace("\n", " / "))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["cache", "score"])
    ap.add_argument("resolution")
    ap.add_argument("polnear")
    ap.add_argument("parsed")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--case", default=None)
    ap.add_argument("--actors", action="store_true")
    a = ap.parse_args()
    if a.what == "cache":
        cache(a.resolution, a.polnear, a.parsed)
    else:
        score(a.resolution, a.polnear, a.parsed, a.show, a.case, a.actors)


if __name__ == "__main__":
    main()
