"""Score Dyad's events against pentacode sentences and PLV dyads.

Pentacode (``sentence<TAB>pentacode``, 0 statement … 4 material conflict). Dyad runs on each
sentence; the sentence's predicted class is the penta of its top event: the most confident one,
ties going to the earliest trigger and then the lowest penta. A sentence with no event is
predicted "none": a miss for its gold class, and a prediction of no class (so it lowers recall,
not any class's precision). Reported: accuracy, macro-F1 over the five classes, per-class
P/R/F1, the share of sentences with no event, a confusion matrix, and the share of sentences
where any event has the gold class (what a better choice of top event could reach).

PLV (TSV with a header; ``marked_sentence`` marks the source ``<s>…</s>`` and the target
``<t>…</t>``, possibly more than once; ``gold_root`` is a PLOVER category, ``YIELD`` meaning
CONCEDE or RETREAT). An event "has the dyad" when its source actor has a mention overlapping a
marked source and its target actor one overlapping a marked target. A row whose source (or
target) is not marked puts no condition on that side. Per row: dyad found; dyad found with the
gold category; the gold category on any event; and the penta of the best event (the most
confident event with the dyad, else the sentence's top event as above) against ``gold_penta``.
The same by gold category, plus diagnostics: source found, target found, dyad found reversed.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from dyad.records import Event, Record

Span = tuple[int, int]
PENTA = (0, 1, 2, 3, 4)
PENTA_NAMES = ("statement", "verbal coop", "material coop", "verbal conflict",
               "material conflict")
YIELD = ("CONCEDE", "RETREAT")
_MARK = re.compile(r"</?[st]>")


# -- common ----------------------------------------------------------------------------------
def top_event(events: Iterable[Event]) -> Event | None:
    """The most confident event; ties: earliest trigger, then lowest penta."""
    return min(events, key=lambda e: (-e.confidence, e.trigger_span[0], e.penta), default=None)


def _run(sentences: list[str]) -> Iterator[Record]:
    from dyad.api import analyze_many

    return analyze_many(sentences)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p, r = _ratio(tp, n_pred), _ratio(tp, n_gold)
    f = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


# -- pentacode -------------------------------------------------------------------------------
def read_penta(path: str, limit: int | None = None) -> list[tuple[str, int]]:
    """(sentence, pentacode) pairs; lines without a 0–4 label (a header) are skipped."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            sentence, _, label = line.rstrip("\n").rpartition("\t")
            if sentence.strip() and label.strip() in {"0", "1", "2", "3", "4"}:
                out.append((sentence, int(label)))
                if limit is not None and len(out) >= limit:
                    break
    return out


class PentaTally:
    def __init__(self) -> None:
        self.confusion: Counter = Counter()  # (gold, predicted or None)
        self.any_hit = 0
        self.failed = 0

    def add(self, gold: int, record: Record) -> int | None:
        self.failed += bool(record.error)
        top = top_event(record.events)
        pred = top.penta if top else None
        self.confusion[gold, pred] += 1
        self.any_hit += any(e.penta == gold for e in record.events)
        return pred

    def metrics(self) -> dict[str, Any]:
        c = self.confusion
        n = sum(c.values())
        per = {}
        for k in PENTA:
            per[str(k)] = _prf(c[k, k], sum(c[g, k] for g in PENTA),
                               sum(c[k, p] for p in (*PENTA, None)))
        correct = sum(c[k, k] for k in PENTA)
        none = sum(c[g, None] for g in PENTA)
        return {
            "sentences": n, "failed": self.failed,
            "accuracy": _ratio(correct, n), "correct": correct,
            "macro_f1": round(sum(per[str(k)]["f1"] for k in PENTA) / len(PENTA), 4),
            "per_class": per,
            "no_event": none, "no_event_share": _ratio(none, n),
            "any_event_accuracy": _ratio(self.any_hit, n), "any_event_correct": self.any_hit,
            "confusion": {str(g): {("none" if p is None else str(p)): c[g, p]
                                   for p in (*PENTA, None)} for g in PENTA},
        }


def evaluate_penta(path: str, *, limit: int | None = None,
                   records: Iterable[Record] | None = None) -> dict[str, Any]:
    """Pentacode scores of Dyad's top event per sentence. ``records`` (one per sentence, in
    order) replaces running Dyad."""
    rows = read_penta(path, limit)
    recs = records if records is not None else _run([s for s, _ in rows])
    tally = PentaTally()
    for (_, gold), rec in zip(rows, recs):
        tally.add(gold, rec)
    return {"file": path, **tally.metrics()}


# -- PLV -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlvRow:
    sentence: str
    sources: tuple[Span, ...]
    targets: tuple[Span, ...]
    categories: tuple[str, ...]  # PLOVER categories that count as right
    root: str                    # as the file gives it (YIELD kept, for reporting)
    penta: int | None


def marked_spans(marked: str) -> tuple[str, tuple[Span, ...], tuple[Span, ...]]:
    """The plain sentence and the spans of its ``<s>…</s>`` and ``<t>…</t>`` marks in it."""
    plain: list[str] = []
    pos = 0
    length = 0
    opened: dict[str, int] = {}
    spans: dict[str, list[Span]] = {"s": [], "t": []}
    for m in _MARK.finditer(marked):
        piece = marked[pos:m.start()]
        plain.append(piece)
        length += len(piece)
        tag = m.group()
        name = tag.strip("</>")
        if tag.startswith("</"):
            if name in opened:
                start = opened.pop(name)
                # marks sometimes enclose a trailing space: keep the span on the words
                seg = "".join(plain)[start:length]
                s = start + len(seg) - len(seg.lstrip())
                e = start + len(seg.rstrip())
                spans[name].append((s, max(e, s)))
        else:
            opened[name] = length
        pos = m.end()
    plain.append(marked[pos:])
    return "".join(plain), tuple(spans["s"]), tuple(spans["t"])


def read_plv(path: str, limit: int | None = None) -> list[PlvRow]:
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            sentence = row["sentence"]
            plain, sources, targets = marked_spans(row.get("marked_sentence") or "")
            if plain != sentence:
                # the marks do not line up with the sentence: find the named actors instead
                sources = _find(sentence, row.get("source"))
                targets = _find(sentence, row.get("target"))
            root = (row.get("gold_root") or "").strip().upper()
            cats = YIELD if root == "YIELD" else (root,)
            penta = row.get("gold_penta", "").strip()
            out.append(PlvRow(sentence, sources, targets, cats, root,
                              int(penta) if penta.isdigit() else None))
            if limit is not None and len(out) >= limit:
                break
    return out


def _find(sentence: str, name: str | None) -> tuple[Span, ...]:
    if not name:
        return ()
    i = sentence.find(name.strip())
    return ((i, i + len(name.strip())),) if i >= 0 else ()


def _mentions_overlap(record: Record, actor_id: str | None, spans: tuple[Span, ...]) -> bool:
    actor = record.actor(actor_id)
    if actor is None:
        return False
    return any(m[0] < e and s < m[1] for m in actor.mentions for s, e in spans)


def _side(record: Record, actor_id: str | None, spans: tuple[Span, ...]) -> bool:
    return not spans or _mentions_overlap(record, actor_id, spans)


def score_plv_row(row: PlvRow, record: Record) -> dict[str, bool]:
    """What Dyad got right on one PLV row."""
    events = list(record.events)
    with_dyad = [e for e in events if _side(record, e.source, row.sources)
                 and _side(record, e.target, row.targets)]
    reversed_ = [e for e in events if row.sources and row.targets
                 and _mentions_overlap(record, e.source, row.targets)
                 and _mentions_overlap(record, e.target, row.sources)]
    best = top_event(with_dyad) or top_event(events)
    return {
        "event": bool(events),
        "dyad": bool(with_dyad),
        "dyad_category": any(e.plover in row.categories for e in with_dyad),
        "category": any(e.plover in row.categories for e in events),
        "penta": best is not None and best.penta == row.penta,
        "source": bool(row.sources) and any(_mentions_overlap(record, e.source, row.sources)
                                            for e in events),
        "target": bool(row.targets) and any(_mentions_overlap(record, e.target, row.targets)
                                            for e in events),
        "reversed": bool(reversed_) and not with_dyad,
    }


PLV_KEYS = ("event", "dyad", "dyad_category", "category", "penta", "source", "target",
            "reversed")


class PlvTally:
    def __init__(self) -> None:
        self.c: Counter = Counter()
        self.failed = 0
        self.one_sided = 0

    def add(self, row: PlvRow, record: Record) -> dict[str, bool]:
        self.failed += bool(record.error)
        self.one_sided += not (row.sources and row.targets)
        got = score_plv_row(row, record)
        for group in ("all", row.root):
            self.c[group, "n"] += 1
            for k in PLV_KEYS:
                self.c[group, k] += got[k]
        return got

    def metrics(self) -> dict[str, Any]:
        def block(group: str) -> dict[str, Any]:
            n = self.c[group, "n"]
            out: dict[str, Any] = {"n": n}
            for k in PLV_KEYS:
                out[k] = self.c[group, k]
                out[k + "_share"] = _ratio(self.c[group, k], n)
            return out

        groups = sorted({g for g, _ in self.c if g != "all"})
        return {"rows": self.c["all", "n"], "failed": self.failed, "one_sided": self.one_sided,
                "overall": block("all"), "by_category": {g: block(g) for g in groups}}


def evaluate_plv(path: str, *, limit: int | None = None,
                 records: Iterable[Record] | None = None) -> dict[str, Any]:
    """Dyad and category scores on PLV rows. ``records`` (one per row, in order) replaces
    running Dyad."""
    rows = read_plv(path, limit)
    recs = records if records is not None else _run([r.sentence for r in rows])
    tally = PlvTally()
    for row, rec in zip(rows, recs):
        tally.add(row, rec)
    return {"file": path, **tally.metrics()}


# -- report ----------------------------------------------------------------------------------
def format_report(metrics: dict[str, Any]) -> str:
    """Plain-text tables of ``evaluate_penta`` (key ``penta``) and ``evaluate_plv`` (``plv``)."""
    lines: list[str] = []
    if "penta" in metrics:
        m = metrics["penta"]
        n = m["sentences"]
        lines.append(f"{m['file']}: {n} sentences ({m['failed']} failed)")
        lines.append(f"  accuracy {m['accuracy']:.3f} ({m['correct']}/{n})  macro-F1 "
                     f"{m['macro_f1']:.3f}  no event {m['no_event_share']:.3f} "
                     f"({m['no_event']}/{n})  any event right {m['any_event_accuracy']:.3f} "
                     f"({m['any_event_correct']}/{n})")
        for k in PENTA:
            s = m["per_class"][str(k)]
            lines.append(f"    {k} {PENTA_NAMES[k]:<18} P {s['precision']:.3f} "
                         f"({s['tp']}/{s['pred']})  R {s['recall']:.3f} ({s['tp']}/{s['gold']})  "
                         f"F1 {s['f1']:.3f}")
        cols = [*map(str, PENTA), "none"]
        lines.append("  confusion (rows gold, columns predicted)")
        lines.append("        " + "".join(f"{c:>6}" for c in cols))
        for g in PENTA:
            lines.append(f"    {g}   " + "".join(f"{m['confusion'][str(g)][c]:>6}" for c in cols))
    if "plv" in metrics:
        m = metrics["plv"]
        lines.append(f"{m['file']}: {m['rows']} rows ({m['failed']} failed, "
                     f"{m['one_sided']} with only one side marked)")
        header = (f"  {'category':<11}{'n':>5}  {'dyad':>13}  {'dyad+categ':>13}  "
                  f"{'category':>13}  {'penta':>13}  {'no event':>13}  {'reversed':>13}")
        lines.append(header)

        def cell(b: dict, k: str) -> str:
            return f"{b[k + '_share']:.3f} ({b[k]:>3})"

        def line(label: str, b: dict) -> str:
            no_event = {"x": b["n"] - b["event"], "x_share": _ratio(b["n"] - b["event"], b["n"])}
            return (f"  {label:<11}{b['n']:>5}  {cell(b, 'dyad'):>13}  "
                    f"{cell(b, 'dyad_category'):>13}  {cell(b, 'category'):>13}  "
                    f"{cell(b, 'penta'):>13}  {cell(no_event, 'x'):>13}  "
                    f"{cell(b, 'reversed'):>13}")

        lines.append(line("all", m["overall"]))
        for g, b in m["by_category"].items():
            lines.append(line(g, b))
        o = m["overall"]
        lines.append(f"  source found {o['source_share']:.3f} ({o['source']})  "
                     f"target found {o['target_share']:.3f} ({o['target']})")
    return "\n".join(lines)
