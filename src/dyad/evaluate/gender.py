"""Score ``Actor.gender`` against hand-made gold on PolNeAR articles.

Gold (``evaluation/polnear-train-gender.jsonl``): one line per person quoted in an article,
``{doc_id, start, end, name, gender}``: the offsets of one mention of the person, their name, and
the sex the article makes clear ("female", "male"), or null where it does not say (no pronoun,
honorific or gendered noun for them).

Matching. Dyad runs on each article the gold names; the gold person is the actor with a mention
overlapping the gold mention, the one overlapping it most (ties: a person before any other
kind). A gold person with no such actor counts as unlabelled.

Figures.

- ``precision``: among the people with a known gold sex whom Dyad labels, the share labelled
  right. Labels on people the article says nothing of are left out of it (they may be right or
  wrong; the article cannot tell) and counted apart:
- ``unsaid_labelled``: the share of people of null gold sex whom Dyad labels: labels from the
  people dictionary, not from the text. It should be low.
- ``coverage``: the share of people with a known gold sex whom Dyad labels.
- ``women_share``: women / (women + men): the gold's over its known sexes, Dyad's over all the
  gold people it labels (what a ``dyad voices`` reader sees), and Dyad's over those with a known
  gold sex.

By source: what gave Dyad's label, where the pipeline notes it (``dyad.nlp.gender.GENDER_BY``):
``people`` (the people dictionary), ``honorific``, ``noun``, ``pronoun``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from dyad.evaluate.gold import gold_lines
from dyad.records import Actor, Article, Record

SEXES = ("female", "male")
SOURCES = ("people", "honorific", "noun", "pronoun", "unknown")


def read_gender_gold(path: str) -> list[dict[str, Any]]:
    out = []
    for n, row in gold_lines(path, {"doc_id", "start", "end", "name", "gender"}):
        if row["gender"] not in (*SEXES, None):
            raise ValueError(f"{path}:{n}: gender must be female, male or null")
        out.append({"doc_id": str(row["doc_id"]), "start": int(row["start"]),
                    "end": int(row["end"]), "name": row["name"], "gender": row["gender"]})
    return out


def matched_actor(rec: Record, start: int, end: int) -> Actor | None:
    """The actor whose mention overlaps [start, end) most; a person wins a tie."""
    best, best_key = None, (0, False)
    for a in rec.actors:
        inter = max((min(e, end) - max(s, start) for s, e in a.mentions), default=0)
        key = (inter, a.kind == "person")
        if inter > 0 and key > best_key:
            best, best_key = a, key
    return best


def _share(women: int, men: int) -> float | None:
    return round(women / (women + men), 4) if women + men else None


def score_gender(items: list[dict[str, Any]], records: Mapping[str, Record],
                 sources: Mapping[str, Mapping[str, str]] | None = None,
                 details: bool = False) -> dict[str, Any]:
    """Figures over the gold people whose article was analysed. ``sources``: per article id,
    actor id -> what gave the label."""
    c: Counter = Counter()
    errors = []
    for it in items:
        rec = records.get(it["doc_id"])
        if rec is None or rec.error:
            c["not_analysed"] += 1
            continue
        gold = it["gender"]
        actor = matched_actor(rec, it["start"], it["end"])
        pred = actor.gender if actor is not None and actor.gender in SEXES else None
        src = ((sources or {}).get(it["doc_id"], {}).get(actor.id, "unknown")
               if pred else None)
        c["n"] += 1
        c["found"] += actor is not None
        c["gold", gold] += 1
        c["pred", pred] += 1
        c["pair", gold, pred] += 1
        if pred:
            c["src", src, "known" if gold else "unsaid"] += 1
            c["src", src, "right"] += pred == gold
        if details and pred != gold and (gold is not None or pred is not None):
            errors.append({"doc_id": it["doc_id"], "name": it["name"], "gold": gold,
                           "dyad": pred, "source": src,
                           "actor": actor.name if actor is not None else None})
    known = c["gold", "female"] + c["gold", "male"]
    unsaid = c["gold", None]
    labelled_known = sum(c["pair", g, p] for g in SEXES for p in SEXES)
    right = c["pair", "female", "female"] + c["pair", "male", "male"]
    labelled_unsaid = c["pair", None, "female"] + c["pair", None, "male"]
    out: dict[str, Any] = {
        "people": c["n"], "not_analysed": c["not_analysed"], "actor_found": c["found"],
        "gold": {"female": c["gold", "female"], "male": c["gold", "male"], "unsaid": unsaid},
        "precision": round(right / labelled_known, 4) if labelled_known else None,
        "right": right, "labelled_known": labelled_known,
        "coverage": round(labelled_known / known, 4) if known else None,
        "unsaid_labelled": round(labelled_unsaid / unsaid, 4) if unsaid else None,
        "labelled_unsaid": labelled_unsaid,
        "women_share": {
            "gold": _share(c["gold", "female"], c["gold", "male"]),
            "dyad": _share(c["pred", "female"], c["pred", "male"]),
            "dyad_on_known": _share(c["pair", "female", "female"] + c["pair", "male", "female"],
                                    c["pair", "female", "male"] + c["pair", "male", "male"]),
        },
        "confusion": {str(g): {str(p): c["pair", g, p] for p in (*SEXES, None)}
                      for g in (*SEXES, None)},
        "by_source": {s: {"labelled_known": c["src", s, "known"], "right": c["src", s, "right"],
                          "labelled_unsaid": c["src", s, "unsaid"]}
                      for s in SOURCES if c["src", s, "known"] or c["src", s, "unsaid"]},
    }
    if details:
        out["errors"] = errors
    return out


def _analyse(articles: Iterable[tuple[str, str]]) -> tuple[dict[str, Record], dict]:
    """Records, and per article what gave each label (read off the Docs)."""
    from dyad.api import records_with_docs
    from dyad.nlp.components import read_actors
    from dyad.nlp.gender import GENDER_BY

    records, sources = {}, {}
    for rec, doc in records_with_docs(Article(text=text, id=doc_id)
                                      for doc_id, text in articles):
        records[rec.id] = rec
        by = doc.user_data.get(GENDER_BY, {})
        # the record numbers actors anew: the same actor is the one with the same mentions
        ids = {a.mentions: a.id for a in rec.actors}
        sources[rec.id] = {}
        for a in read_actors(doc).actors:
            spans = tuple(sorted({(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
                                  for s, e in a.mentions}))
            if a.id in by and spans in ids:
                sources[rec.id][ids[spans]] = by[a.id]
    return records, sources


def evaluate_gender(polnear: str, gold: str, *, limit: int | None = None, details: bool = False,
                    nlp_records: Mapping[str, Record] | None = None,
                    sources: Mapping[str, Mapping[str, str]] | None = None) -> dict[str, Any]:
    """Gender figures of Dyad on the PolNeAR articles the gold names (the first ``limit`` of
    them, in the gold's order). ``nlp_records`` replaces running Dyad."""
    from dyad.evaluate.quotes import read_polnear

    items = read_gender_gold(gold)
    order = list(dict.fromkeys(it["doc_id"] for it in items))
    if limit is not None:
        order = order[:limit]
    wanted = set(order)
    items = [it for it in items if it["doc_id"] in wanted]
    if nlp_records is None:
        articles = read_polnear(polnear, doc_ids=wanted)
        missing = wanted - {a.doc_id for a in articles}
        if missing:
            raise ValueError(f"{len(missing)} gold articles not in {polnear}, e.g. "
                             f"{min(missing)}")
        nlp_records, sources = _analyse((a.doc_id, a.text) for a in articles)
    out = {"gold_file": gold, "articles": len(order)}
    out.update(score_gender(items, nlp_records, sources, details))
    return out


def format_report(m: dict[str, Any]) -> str:
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    g = m["gold"]
    ws = m["women_share"]
    lines = [
        (f"{m['gold_file']}: {m['articles']} articles, {m['people']} gold people "
         f"(female {g['female']}, male {g['male']}, unsaid {g['unsaid']}); "
         f"actor found for {m['actor_found']}"),
        (f"  precision {pct(m['precision'])} ({m['right']}/{m['labelled_known']})  "
         f"coverage {pct(m['coverage'])} ({m['labelled_known']}/{g['female'] + g['male']})  "
         f"labelled where the article does not say {pct(m['unsaid_labelled'])} "
         f"({m['labelled_unsaid']}/{g['unsaid']})"),
        (f"  women's share: gold {pct(ws['gold'])}, Dyad {pct(ws['dyad'])} "
         f"(on people of known sex {pct(ws['dyad_on_known'])})"),
        "  gold (rows) by Dyad (female/male/none): " + "  ".join(
            f"{gk}: " + "/".join(str(v) for v in row.values())
            for gk, row in m["confusion"].items()),
        "  by source of the label: right/labelled where the article says, labelled where not",
    ]
    for src, s in m["by_source"].items():
        lines.append(f"    {src:<11} {s['right']}/{s['labelled_known']}, {s['labelled_unsaid']}")
    for e in m.get("errors", []):
        lines.append(f"  {e['doc_id']}  {e['name']!r}: gold {e['gold']}, Dyad {e['dyad']} "
                     f"({e['source']}; actor {e['actor']!r})")
    return "\n".join(lines)
