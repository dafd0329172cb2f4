"""Score Dyad's quotes against PolNeAR attributions (source, cue, content).

Gold. PolNeAR JSONL holds one record per annotation file; an article annotated by several people
is scored against one of them, the first by annotator name. An attribution's content is its
``content`` pieces plus its ``content2`` pieces (the second half of a split quote).

Kind. The gold kind comes from the gold content text: ``direct`` when every word of it lies inside
quotation marks, ``mixed`` when some do, ``indirect`` when none do (a transcript's "PENCE: …" has
no marks, so it counts as indirect). Two apostrophes or backticks count as a double mark.

Normalising a span. Both sides are trimmed of edge whitespace, punctuation and quotation marks,
and of a leading "that", by moving their offsets, so only spans in the same place can match.

Gold pieces with only white space between them are read as one piece (see ``_merged``).

Content matching.
  exact    the trimmed predicted span equals the trimmed gold span. A discontinuous gold content
           (PolNeAR's "…," she said. "…": one attribution, two pieces) is found exactly either
           piece by piece, each piece equal to a predicted quote of its own, or as its covering
           span (first piece's start to last piece's end) by one predicted quote. A predicted
           quote fills at most one gold attribution.
  lenient  word overlap (by position in the text) of at least half the longer side. A gold
           content of several pieces offers one slot per piece; a predicted quote fills a slot
           when it overlaps that piece, or all the pieces together, by that much. So a split
           quote predicted as its halves scores its halves, and one predicted quote covering
           both halves also matches. Slots are filled greedily, best overlap first, one
           predicted quote per slot; a gold attribution is found when any slot is filled.
  Per-kind recall uses the gold kind, per-kind precision Dyad's kind.

Cue. A predicted ``cue_span`` is right when it equals a gold cue piece after trimming edge
punctuation ("continued:" = "continued"). Scored over the lenient content pairs, and over all
cues of the article (distinct spans on each side).

Source. Over the lenient content pairs whose gold has a source: the share whose predicted
``speaker_span`` overlaps a gold source piece, and the share equal to one after trimming.

Speaker resolution (optional gold, ``{doc_id, content_start, content_end, case, name}``): the
predicted quote best overlapping the gold content is found as above, and its speaker actor's
name is right when it equals the gold name, or its last word equals the gold's last word
(case-insensitive). A second count takes the actor as right also when one of its mentions in the
text reads exactly as the gold name: Dyad names a body it knows by its dictionary name
("Federal Bureau of Investigation") where the text and the gold say "FBI", and the speaker is
still the right actor.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dyad.evaluate.gold import gold_lines
from dyad.nlp import LEARNED_SPANS
from dyad.records import Actor, Article, Quote, Record

Span = tuple[int, int]
KINDS = ("direct", "mixed", "indirect")
CASES = ("pronoun", "descriptor", "continuation", "full_name")
LENIENT = 0.5

_WORD = re.compile(r"\w+")
_DOUBLE_OPEN = {"“", "„", "«", "‹"}
_DOUBLE_CLOSE = {"”", "»", "›"}
_QUOTE_MARKS = {*_DOUBLE_OPEN, *_DOUBLE_CLOSE, '"', "'", "‘", "’"}


# -- gold ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoldAttribution:
    id: str
    content: tuple[Span, ...]
    cue: tuple[Span, ...]
    source: tuple[Span, ...]
    kind: str


@dataclass(frozen=True)
class GoldArticle:
    doc_id: str
    annotator: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def read_polnear(path: str, limit: int | None = None,
                 doc_ids: Iterable[str] | None = None) -> list[GoldArticle]:
    """One annotation per article (the first by annotator name), in the file's article order;
    only the articles ``doc_ids`` names, when given."""
    chosen: dict[str, dict] = {}
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for row in rows:
        held = chosen.get(row["doc_id"])
        if held is None or row["annotator"] < held["annotator"]:
            chosen[row["doc_id"]] = row
    out = []
    wanted = None if doc_ids is None else set(doc_ids)
    for row in chosen.values():
        if wanted is not None and row["doc_id"] not in wanted:
            continue
        out.append(GoldArticle(row["doc_id"], row["annotator"], row["text"],
                               tuple(_attribution(row["text"], a) for a in row["attributions"])))
        if limit is not None and len(out) >= limit:
            break
    return out


def _attribution(text: str, a: dict) -> GoldAttribution:
    def spans(key: str) -> tuple[Span, ...]:
        return tuple(sorted((p["start"], p["end"]) for p in a.get(key) or ()))

    content = _merged(text, sorted(spans("content") + spans("content2")))
    kind = quote_kind(" ".join(text[s:e] for s, e in content))
    return GoldAttribution(str(a.get("id", "")), content, spans("cue"), spans("source"), kind)


def _merged(text: str, pieces: list[Span]) -> tuple[Span, ...]:
    """Pieces with nothing but spaces between them are one piece: the annotation tool cuts a
    span at each sentence, so a quote of two sentences arrives as two pieces. Pieces in two
    paragraphs stay two: each paragraph's quotation is a quote of its own."""
    out: list[Span] = []
    for s, e in pieces:
        if out and not (gap := text[out[-1][1]:s]).strip() and "\n" not in gap:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return tuple(out)


def quote_kind(content: str) -> str:
    """``direct``, ``mixed`` or ``indirect``: how many of the content's words are quoted."""
    # some archives write double quotation marks as two apostrophes or backticks
    body = content.strip().replace("''", '"').replace("``", '"')
    body = re.sub(r"^that\b", "", body, flags=re.IGNORECASE)
    inside = False
    quoted = total = 0
    prev = " "
    for ch in body:
        if ch in _DOUBLE_OPEN:
            inside = True
        elif ch in _DOUBLE_CLOSE:
            inside = False
        elif ch == '"':
            # a straight mark opens after a space or an opening bracket, and closes otherwise
            inside = prev.isspace() or prev in "([{—–-"
        elif ch.isalnum():
            total += 1
            quoted += inside
        prev = ch
    if total == 0 or quoted == 0:
        return "indirect"
    return "direct" if quoted == total else "mixed"


# -- spans -----------------------------------------------------------------------------------
def _is_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def trim(text: str, start: int, end: int) -> Span:
    """The span without edge whitespace, punctuation and quotation marks, nor a leading "that";
    a span that would vanish is returned unchanged."""
    s, e = start, end
    while s < e and _is_edge(text[s]):
        s += 1
    while e > s and _is_edge(text[e - 1]):
        e -= 1
    m = re.match(r"that\b", text[s:e], flags=re.IGNORECASE)
    b = s
    while b > 0 and text[b - 1].isspace():
        b -= 1
    before = text[b - 1] if b else ""
    # "that" opening a quotation is part of what was said, whichever side includes the mark
    if m and s + m.end() < e and before not in _QUOTE_MARKS:
        s += m.end()
        while s < e and _is_edge(text[s]):
            s += 1
    return (s, e) if s < e else (start, end)


def normalise(text: str) -> str:
    """A content string as the comparison sees it (for reports and tests)."""
    s, e = trim(text, 0, len(text))
    out = text[s:e]
    out = "".join(ch for ch in out if ch not in _DOUBLE_OPEN | _DOUBLE_CLOSE | {'"'})
    return " ".join(out.split())


class Words:
    """The word positions of a text, for overlap by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]

    def within(self, start: int, end: int) -> frozenset[int]:
        s, e = trim(self.text, start, end)
        lo = bisect.bisect_right(self.ends, s)
        hi = bisect.bisect_left(self.starts, e)
        return frozenset(range(lo, hi))


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared words over the longer side's words."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def spans_overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def covering(spans: Iterable[Span]) -> Span:
    spans = list(spans)
    return min(s for s, _ in spans), max(e for _, e in spans)


# -- matching --------------------------------------------------------------------------------
@dataclass
class Match:
    exact: dict[int, list[int]]      # gold index -> the predicted quotes equal to it
    lenient: dict[int, list[int]]    # gold index -> predicted indexes that fill its slots
    pairs: dict[int, int]            # gold index -> its best predicted quote (lenient)
    scores: dict[int, float]         # gold index -> overlap of that pair


def match_quotes(text: str, gold: list[GoldAttribution], predicted: list[Quote]) -> Match:
    """Exact and lenient matches between gold attributions and predicted quotes."""
    words = Words(text)
    exact: dict[int, list[int]] = {}
    pred_exact = {trim(text, q.start, q.end): j for j, q in enumerate(predicted)}
    taken: set[int] = set()
    for i, g in enumerate(gold):
        if not g.content:
            continue
        whole = pred_exact.get(trim(text, *covering(g.content)))
        pieces = [pred_exact.get(trim(text, *piece)) for piece in g.content]
        for js in ([whole], pieces):
            if None not in js and not taken.intersection(js) and len(set(js)) == len(js):
                exact[i] = js
                taken.update(js)
                break

    pred_words = [words.within(q.start, q.end) for q in predicted]
    candidates = []
    for i, g in enumerate(gold):
        if not g.content:
            continue
        pieces = [words.within(s, e) for s, e in g.content]
        whole = frozenset().union(*pieces)
        slots = pieces if len(pieces) > 1 else [whole]
        for k, piece in enumerate(slots):
            for j, pw in enumerate(pred_words):
                score = max(overlap(piece, pw), overlap(whole, pw))
                if score >= LENIENT:
                    candidates.append((-score, i, k, j))
    candidates.sort()
    lenient: dict[int, list[int]] = {}
    pairs: dict[int, int] = {}
    scores: dict[int, float] = {}
    used_slots: set[tuple[int, int]] = set()
    used_pred: set[int] = set()
    for neg, i, k, j in candidates:
        if (i, k) in used_slots or j in used_pred:
            continue
        used_slots.add((i, k))
        used_pred.add(j)
        lenient.setdefault(i, []).append(j)
        if i not in pairs:
            pairs[i], scores[i] = j, -neg
    return Match(exact, lenient, pairs, scores)


# -- tallies ---------------------------------------------------------------------------------
def prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> dict[str, Any]:
    """Precision over predictions, recall over gold (their true positives may differ in number
    when several predicted halves fill one gold attribution)."""
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "pred": n_pred, "pred_matched": tp_p, "gold": n_gold, "gold_found": tp_r}


class QuoteTally:
    def __init__(self) -> None:
        self.c: Counter = Counter()

    def add(self, text: str, gold: list[GoldAttribution], predicted: list[Quote]) -> Match:
        c = self.c
        m = match_quotes(text, gold, predicted)
        for i, g in enumerate(gold):
            if not g.content:
                continue
            c["gold", g.kind] += 1
            c["gold_multi"] += len(g.content) > 1
            c["exact_found", g.kind] += i in m.exact
            c["lenient_found", g.kind] += i in m.lenient
        exact_pred = {j for js in m.exact.values() for j in js}
        lenient_pred = {j for js in m.lenient.values() for j in js}
        for j, q in enumerate(predicted):
            c["pred", q.kind] += 1
            c["exact_matched", q.kind] += j in exact_pred
            c["lenient_matched", q.kind] += j in lenient_pred
        for i, j in m.pairs.items():
            g, q = gold[i], predicted[j]
            c["confusion", g.kind, q.kind] += 1
            self._pair(text, g, q)
        gold_cues = {trim(text, s, e) for g in gold for s, e in g.cue}
        pred_cues = {trim(text, *q.cue_span) for q in predicted if q.cue_span}
        c["cue_gold"] += len(gold_cues)
        c["cue_pred"] += len(pred_cues)
        c["cue_tp"] += len(gold_cues & pred_cues)
        return m

    def _pair(self, text: str, g: GoldAttribution, q: Quote) -> None:
        c = self.c
        c["pairs"] += 1
        gold_cues = {trim(text, s, e) for s, e in g.cue}
        if q.cue_span:
            c["pair_cue_pred"] += 1
        if gold_cues:
            c["pair_cue_gold"] += 1
        if q.cue_span and trim(text, *q.cue_span) in gold_cues:
            c["pair_cue_tp"] += 1
        if g.source:
            c["src_n"] += 1
            sp = q.speaker_span
            if sp is None:
                c["src_missing"] += 1
            else:
                c["src_overlap"] += any(spans_overlap(tuple(sp), s) for s in g.source)
                c["src_exact"] += trim(text, *sp) in {trim(text, s, e) for s, e in g.source}

    def metrics(self) -> dict[str, Any]:
        c = self.c
        out: dict[str, Any] = {"gold": {k: c["gold", k] for k in KINDS},
                               "pred": {k: c["pred", k] for k in KINDS},
                               "gold_discontinuous": c["gold_multi"]}
        for mode in ("exact", "lenient"):
            per = {k: prf(c[f"{mode}_matched", k], c["pred", k], c[f"{mode}_found", k],
                          c["gold", k]) for k in KINDS}
            per["overall"] = prf(sum(c[f"{mode}_matched", k] for k in KINDS),
                                 sum(c["pred", k] for k in KINDS),
                                 sum(c[f"{mode}_found", k] for k in KINDS),
                                 sum(c["gold", k] for k in KINDS))
            out[mode] = per
        out["kind_confusion"] = {g: {p: c["confusion", g, p] for p in KINDS} for g in KINDS}
        out["cue_pairs"] = {**prf(c["pair_cue_tp"], c["pair_cue_pred"], c["pair_cue_tp"],
                                  c["pair_cue_gold"]), "pairs": c["pairs"]}
        out["cue_all"] = prf(c["cue_tp"], c["cue_pred"], c["cue_tp"], c["cue_gold"])
        n = c["src_n"]
        out["source"] = {
            "pairs_with_gold_source": n, "overlap": c["src_overlap"], "exact": c["src_exact"],
            "no_speaker_span": c["src_missing"],
            "overlap_accuracy": round(c["src_overlap"] / n, 4) if n else 0.0,
            "exact_accuracy": round(c["src_exact"] / n, 4) if n else 0.0,
        }
        return out


# -- speaker resolution ----------------------------------------------------------------------
def read_resolution(path: str) -> list[dict[str, Any]]:
    """Speaker-resolution gold: ``{doc_id, content_start, content_end, case, name}`` per line."""
    fields = ("doc_id", "content_start", "content_end", "case", "name")
    return [{"doc_id": str(row["doc_id"]), "content_start": int(row["content_start"]),
             "content_end": int(row["content_end"]), "case": row["case"], "name": row["name"]}
            for _, row in gold_lines(path, set(fields))]


def name_matches(gold: str, predicted: str | None) -> bool:
    """Same name (case-insensitive), or the same last word (a surname)."""
    if not predicted:
        return False
    g, p = gold.casefold().split(), predicted.casefold().split()
    return bool(g and p) and (g == p or g[-1] == p[-1])


def mentioned_as(gold: str, actor: Actor | None, text: str) -> bool:
    """Whether one of the actor's mentions reads as the gold name (case and spacing aside)."""
    if actor is None:
        return False
    want = " ".join(gold.casefold().split())
    return any(" ".join(text[s:e].casefold().split()) == want for s, e in actor.mentions)


def best_quote(rec, start: int, end: int):
    """The record's quote whose content overlaps the gold content [start, end) most, with that
    overlap (None, 0.0 where none does)."""
    words = Words(rec.text)
    gw = words.within(start, end)
    best, best_score = None, 0.0
    for q in rec.quotes:
        score = overlap(gw, words.within(q.start, q.end))
        if score > best_score:
            best, best_score = q, score
    return best, best_score


def score_resolution(items: list[dict[str, Any]], records: Mapping[str, Record]) -> dict:
    """Accuracy of the predicted speaker's name per case, over the gold items whose article
    was analysed."""
    c: Counter = Counter()
    for it in items:
        rec = records.get(it["doc_id"])
        if rec is None:
            continue
        case = it["case"]
        c["n", case] += 1
        best, best_score = best_quote(rec, it["content_start"], it["content_end"])
        if best is None or best_score < LENIENT:
            continue
        c["found", case] += 1
        actor = rec.actor(best.speaker)
        named = name_matches(it["name"], actor.name if actor else None)
        c["correct", case] += named
        c["actor", case] += named or mentioned_as(it["name"], actor, rec.text)
    cases = sorted({case for _, case in (k for k in c if k[0] == "n")},
                   key=lambda x: (CASES.index(x) if x in CASES else len(CASES), x))
    out: dict[str, Any] = {}
    for case in cases + ["overall"]:
        if case == "overall":
            n, found, ok, same = (sum(c[k, x] for x in cases)
                                  for k in ("n", "found", "correct", "actor"))
        else:
            n, found, ok, same = (c[k, case] for k in ("n", "found", "correct", "actor"))
        out[case] = {"n": n, "quote_found": found, "correct": ok,
                     "accuracy": round(ok / n, 4) if n else 0.0,
                     "accuracy_when_found": round(ok / found, 4) if found else 0.0,
                     "actor_correct": same,
                     "actor_accuracy_when_found": round(same / found, 4) if found else 0.0}
    return out


# -- driver ----------------------------------------------------------------------------------
def _records(articles: list[GoldArticle], nlp_records: Any,
             learned_cues: bool = True, learned_spans: bool = LEARNED_SPANS
             ) -> dict[str, Record]:
    if nlp_records is None:
        from dyad.api import analyze_many
        from dyad.nlp.pipeline import build

        nlp = None if learned_cues and learned_spans == LEARNED_SPANS else build(
            learned_cues=learned_cues, learned_spans=learned_spans)
        recs = analyze_many((Article(text=a.text, id=a.doc_id) for a in articles), nlp=nlp)
        return {r.id: r for r in recs}
    if isinstance(nlp_records, Mapping):
        return dict(nlp_records)
    return {r.id: r for r in nlp_records}


def evaluate_quotes(path: str, *, limit: int | None = None, resolution: str | None = None,
                    only_resolved: bool = False,
                    nlp_records: Mapping[str, Record] | Iterable[Record] | None = None,
                    learned_cues: bool = True, learned_spans: bool = LEARNED_SPANS) -> dict:
    """Content, cue and source scores of Dyad's quotes on a PolNeAR-format file.

    ``only_resolved`` scores only the articles the ``resolution`` file names (a resolution set
    drawn from part of a large split). ``nlp_records`` (records keyed by article id, or an
    iterable of them) replaces running Dyad, e.g. to score saved output. ``learned_cues=False``
    scores the cue rules alone; ``learned_spans`` (default ``dyad.nlp.LEARNED_SPANS``) whether
    the trained span model chooses the edges of indirect reports."""
    items = read_resolution(resolution) if resolution else None
    if only_resolved and items is None:
        raise ValueError("only_resolved needs a resolution file")
    doc_ids = {it["doc_id"] for it in items} if only_resolved and items else None
    articles = read_polnear(path, limit, doc_ids)
    return score_articles(path, articles, items, nlp_records, learned_cues, learned_spans)


def score_articles(path: str, articles: list[GoldArticle], items: list[dict[str, Any]] | None,
                   nlp_records: Mapping[str, Record] | Iterable[Record] | None = None,
                   learned_cues: bool = True, learned_spans: bool = LEARNED_SPANS) -> dict:
    """The figures of ``evaluate_quotes`` for gold articles read from any file (``path`` is
    only reported); ``items`` the speaker-resolution gold, or None."""
    records = _records(articles, nlp_records, learned_cues, learned_spans)
    tally = QuoteTally()
    failed = []
    for art in articles:
        rec = records.get(art.doc_id)
        if rec is None or rec.error:
            failed.append(art.doc_id)
        quotes = list(rec.quotes) if rec is not None else []
        tally.add(art.text, list(art.attributions), quotes)
    out = {"file": path, "articles": len(articles), "failed": len(failed),
           "failed_ids": failed[:10], **tally.metrics()}
    if items is not None:
        out["resolution"] = score_resolution(items, records)
    return out


def format_report(metrics: dict) -> str:
    """A plain-text table of ``evaluate_quotes``'s figures, with their counts."""
    m = metrics
    g = m["gold"]
    head = (f"{m['file']}: {m['articles']} articles ({m['failed']} failed), "
            f"{sum(g.values())} gold attributions (direct {g['direct']}, mixed {g['mixed']}, "
            f"indirect {g['indirect']}; {m['gold_discontinuous']} discontinuous), "
            f"{sum(m['pred'].values())} predicted quotes")
    lines = [head, "  content spans (recall by gold kind, precision by Dyad's kind)"]

    def row(label: str, s: dict) -> str:
        return (f"    {label:<18} P {s['precision']:.3f} ({s['pred_matched']}/{s['pred']})  "
                f"R {s['recall']:.3f} ({s['gold_found']}/{s['gold']})  F1 {s['f1']:.3f}")

    for mode in ("exact", "lenient"):
        for k in (*KINDS, "overall"):
            lines.append(row(f"{mode} {k}", m[mode][k]))
    lines.append("  kind of matched pairs (rows gold, columns Dyad): "
                 + "  ".join(f"{gk}: " + "/".join(str(m["kind_confusion"][gk][pk]) for pk in KINDS)
                             for gk in KINDS) + "  (direct/mixed/indirect)")
    cp = m["cue_pairs"]
    lines.append(f"  cue on {cp['pairs']} matched pairs  P {cp['precision']:.3f} "
                 f"({cp['pred_matched']}/{cp['pred']})  R {cp['recall']:.3f} "
                 f"({cp['gold_found']}/{cp['gold']})  F1 {cp['f1']:.3f}")
    lines.append("  " + row("cue, all distinct", m["cue_all"]).strip())
    s = m["source"]
    lines.append(f"  source on {s['pairs_with_gold_source']} matched pairs with a gold source: "
                 f"overlap {s['overlap_accuracy']:.3f} ({s['overlap']})  exact "
                 f"{s['exact_accuracy']:.3f} ({s['exact']})  no speaker span {s['no_speaker_span']}")
    if "resolution" in m:
        lines.append("  speaker resolution (name, or surname)")
        for case, r in m["resolution"].items():
            lines.append(f"    {case:<13} {r['accuracy']:.3f} ({r['correct']}/{r['n']}); "
                         f"quote found {r['quote_found']}, accuracy there "
                         f"{r['accuracy_when_found']:.3f}; the actor, by name or a mention, "
                         f"{r['actor_accuracy_when_found']:.3f} ({r['actor_correct']})")
    return "\n".join(lines)
