"""Score Dyad's actor coding against hand-coded actor spans of PLV sentences.

The gold file (``evaluation/plv-actors.jsonl``) holds one line per marked source or target of
``plv-train.tsv``: ``{"row": sentence_id, "role", "start", "end", "text", "country", "sector",
"kind"}``, offsets into the row's ``sentence``. Dyad runs on each sentence; the actor scored is the
one whose mention holds the span's syntactic head in Dyad's parse (the tightest such mention: "a
court in Venezuela" is the court, "Saudi Arabia's King Salman" the king), else, where no actor
holds the head, the one whose mention overlaps the span most (ties: the tighter mention).

Per gold span:

- ``found``: some actor's mention overlaps the span;
- ``country``: the actor's country equals the gold one (both null counts as right);
- ``sector``: the actor's first (most telling) sector is one of the gold sectors, or both are
  empty; ``sector_exact``: the two sets are equal;
- ``code``: country and sector both right; ``kind``: the kind equals the gold kind.

Figures are given for named and titled actors (gold kind person, organization or country),
for unnamed collectives (gold kind group) and overall, on the whole file and on its two halves:
``tune`` (even sentence ids) and ``held_out`` (odd sentence ids).

Span by span details (``--errors``) are kept for the ``tune`` half only: the held-out rows are
scored as totals and never listed, so that nothing can be tuned on them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any

from dyad.evaluate.gold import gold_lines
from dyad.records import Actor, Record

NAMED_KINDS = ("person", "organization", "country")
CHECKS = ("found", "country", "sector", "sector_exact", "code", "kind")
GROUPS = ("named_titled", "unnamed", "all")
HALVES = ("all", "tune", "held_out")


def read_gold(path: str) -> list[dict[str, Any]]:
    return [item for _, item in
            gold_lines(path, {"row", "start", "end", "kind", "country", "sector"})]


def read_sentences(plv_path: str) -> dict[int, str]:
    """sentence_id -> sentence; a repeated id names the same sentence (several dyads)."""
    out: dict[int, str] = {}
    with open(plv_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            sid = (row.get("sentence_id") or "").strip()
            if sid.isdigit():
                out.setdefault(int(sid), row["sentence"])
    return out


def best_actor(record: Record, start: int, end: int) -> Actor | None:
    """The actor with the mention that overlaps [start, end) most; ties go to the tighter one."""
    best, best_key = None, None
    for actor in record.actors:
        for s, e in actor.mentions:
            overlap = min(e, end) - max(s, start)
            if overlap <= 0:
                continue
            key = (overlap, -(e - s))
            if best_key is None or key > best_key:
                best, best_key = actor, key
    return best


def head_actor(record: Record, start: int, end: int) -> Actor | None:
    """The actor with the tightest mention that holds the characters [start, end) (a span's head
    word)."""
    best, best_len = None, None
    for actor in record.actors:
        for s, e in actor.mentions:
            if s <= start and end <= e and (best_len is None or e - s < best_len):
                best, best_len = actor, e - s
    return best


def span_head(doc, start: int, end: int) -> tuple[int, int] | None:
    """The characters of the syntactic head of the text [start, end) in a parsed Doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    return root.idx, root.idx + len(root)


def scored_actor(record: Record, start: int, end: int,
                 head: tuple[int, int] | None) -> Actor | None:
    """The actor a gold span is scored against: the one holding its head, else the one
    overlapping it most."""
    actor = head_actor(record, *head) if head is not None else None
    return actor if actor is not None else best_actor(record, start, end)


def score_span(gold: dict[str, Any], actor: Actor | None) -> dict[str, bool]:
    gold_sector = set(gold.get("sector") or ())
    if actor is None:
        return {k: False for k in CHECKS}
    sector = list(actor.sector)
    country = actor.country == (gold.get("country") or None)
    first = (sector[0] in gold_sector) if sector else not gold_sector
    return {"found": True, "country": country, "sector": first,
            "sector_exact": set(sector) == gold_sector, "code": country and first,
            "kind": actor.kind == gold.get("kind")}


def half_of(gold: dict[str, Any]) -> str:
    return "tune" if int(gold["row"]) % 2 == 0 else "held_out"


def group_of(gold: dict[str, Any]) -> str:
    return "named_titled" if gold.get("kind") in NAMED_KINDS else "unnamed"


class ActorTally:
    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], dict[str, int]] = {}
        self.details: list[dict[str, Any]] = []

    def add(self, gold: dict[str, Any], actor: Actor | None,
            texts: tuple[str, str] | None = None) -> dict[str, bool]:
        """Count one span; ``texts`` (the span and its sentence) go into the details of a tune
        span only."""
        result = score_span(gold, actor)
        for half in ("all", half_of(gold)):
            for group in ("all", group_of(gold)):
                c = self.counts.setdefault((half, group), {"n": 0, **{k: 0 for k in CHECKS}})
                c["n"] += 1
                for k in CHECKS:
                    c[k] += result[k]
        if half_of(gold) != "tune":
            return result  # held-out spans are totals only, never listed
        self.details.append({
            "row": gold["row"], "role": gold.get("role"), "start": gold["start"],
            "end": gold["end"], "half": half_of(gold),
            "gold": {"kind": gold.get("kind"), "country": gold.get("country"),
                     "sector": list(gold.get("sector") or ())},
            "dyad": None if actor is None else {
                "name": actor.name, "kind": actor.kind, "country": actor.country,
                "sector": list(actor.sector)},
            **({"text": texts[0], "sentence": texts[1]} if texts else {}),
            **result})
        return result

    def metrics(self, details: bool = False, tune_only: bool = False) -> dict[str, Any]:
        """Totals by half and group; ``tune_only`` leaves the held-out totals out (for looking
        at tuning errors without seeing held-out figures)."""
        out: dict[str, Any] = {}
        for half in (h for h in HALVES if not tune_only or h == "tune"):
            block = {}
            for group in GROUPS:
                c = self.counts.get((half, group), {"n": 0, **{k: 0 for k in CHECKS}})
                n = c["n"]
                block[group] = {"n": n, **{k: round(c[k] / n, 4) if n else 0.0 for k in CHECKS}}
            out[half] = block
        if details:
            out["details"] = self.details
        return out


def analysed(texts: list[str]) -> Iterator[tuple[Record, Any]]:
    """Each text's Record with the Doc it was made from (whose parse gives the gold spans'
    heads)."""
    from dyad.api import records_with_docs
    from dyad.records import Article

    yield from records_with_docs(Article(text=t) for t in texts)


def evaluate_actors(gold_path: str, plv_path: str, *, limit: int | None = None,
                    details: bool = False, overlap: bool = False,
                    tune_only: bool = False) -> dict[str, Any]:
    """Country, sector and code accuracy of the actor at each gold span (see the module doc).
    ``overlap``: score the actor overlapping each span most, whatever holds its head (the scoring
    of earlier versions, for comparison). ``details`` lists the tune spans only; ``tune_only``
    leaves the held-out totals out and runs Dyad on the tune sentences alone."""
    gold = read_gold(gold_path)
    if tune_only:
        gold = [g for g in gold if half_of(g) == "tune"]
    if limit is not None:
        gold = gold[:limit]
    sentences = read_sentences(plv_path)
    rows = sorted({int(g["row"]) for g in gold})
    absent = [r for r in rows if r not in sentences]
    if absent:
        raise ValueError(f"{len(absent)} gold rows are not in {plv_path} (first: {absent[0]})")
    by_row: dict[int, list[dict[str, Any]]] = {}
    for g in gold:
        by_row.setdefault(int(g["row"]), []).append(g)
    chosen: dict[int, Actor | None] = {}
    for row, (rec, doc) in zip(rows, analysed([sentences[r] for r in rows])):
        for g in by_row[row]:
            start, end = int(g["start"]), int(g["end"])
            actor = best_actor(rec, start, end) if overlap else scored_actor(
                rec, start, end, span_head(doc, start, end))
            chosen[id(g)] = actor
    tally = ActorTally()
    for g in gold:
        row, start, end = int(g["row"]), int(g["start"]), int(g["end"])
        texts = (sentences[row][start:end], sentences[row]) if half_of(g) == "tune" else None
        tally.add(g, chosen[id(g)], texts)
    return tally.metrics(details, tune_only)


def format_report(metrics: dict[str, Any]) -> str:
    halves = ("tune = even sentence ids, held_out = odd sentence ids" if "held_out" in metrics
              else "tune = even sentence ids only")
    lines = ["Actor coding against hand-coded PLV spans", f"({halves})", ""]
    head = f"{'half':<9} {'actors':<13} {'n':>4} " + " ".join(f"{k:>12}" for k in CHECKS)
    lines.append(head)
    for half in HALVES:
        for group in GROUPS:
            b = metrics.get(half, {}).get(group)
            if not b:
                continue
            cells = " ".join(f"{b[k]:>12.3f}" for k in CHECKS)
            lines.append(f"{half:<9} {group:<13} {b['n']:>4} {cells}")
    wrong = [d for d in metrics.get("details", []) if not d["code"] and d["half"] == "tune"]
    if wrong:
        lines += ["", f"{len(wrong)} tune (even-row) spans with a wrong code:"]
        for d in wrong:
            got = d["dyad"]
            got_s = "none" if got is None else (
                f"{got['name']!r} {got['kind']} {got['country']} {'|'.join(got['sector'])}")
            g = d["gold"]
            lines.append(f"  row {d['row']} [{d['start']},{d['end']}) {d.get('text', '')!r} gold "
                         f"{g['kind']} {g['country']} {'|'.join(g['sector'])}  dyad {got_s}")
            if d.get("sentence"):
                lines.append(f"      {d['sentence']}")
    return "\n".join(lines)
