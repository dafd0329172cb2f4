"""Learned span edges: where reported content starts and ends, chosen among a few readings.

The rules give each report one content span. PolNeAR's edges follow a long tail of patterns
that no fixed rule settles: a trailing "and …" clause is part of what was said about as often
as not, "urged him to resign" is annotated with and without "him", "talked about the economy"
with and without "about". For each indirect report the rules make (never a direct or mixed
quote), a handful of other readings are read off the parse: its left or its right edge moved
to the nearest constituent boundaries inward (dropping a leading or trailing piece) or outward
(taking in a piece beside it, up to the end of the sentence). A logistic regression (``dyad
train spans``) scores each reading from strings read off the parse: the piece added or dropped
(its dependency, part of speech, first word, length, the punctuation at the edge, whether it
holds a clause or a cue of its own) with the cue's lemma. The rules' span stays unless another
reading scores higher by the model's margin. Inference is numpy only: the weights ship in
``data/span_model.npz``.
"""

from __future__ import annotations

import bisect
import functools
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LENGTH, POS, SENT_START
from spacy.symbols import ADP, AUX, SCONJ, VERB
from spacy.tokens import Doc, Token

from dyad.knowledge import shipped_model
from dyad.nlp.cue_phrases import is_cue, load_cues
from dyad.nlp.marks import MARK_CHARS
from dyad.nlp.report_spans import strip_edges
from dyad.nlp.reported import QuoteInfo

MODEL_FILE = "span_model.npz"
KEEP = 3  # the nearest boundaries tried on each side, inward and outward
EVIDENCE = "learned span edge"
_STOPS = frozenset(MARK_CHARS + "\n")  # what no reading reaches over
FUNCTION_POS = {"ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "AUX", "ADV"}
# what each edit does, for the evidence string
EDITS = {"L-drop": "dropped a leading", "L-add": "took in a preceding",
         "R-drop": "dropped a trailing", "R-add": "took in a following"}


@dataclass
class Candidate:
    start: int  # character offsets of the content this reading gives
    end: int
    edit: str  # "rule", or one of EDITS
    feats: list[str] = field(default_factory=list)
    piece: str = ""  # the dependency label of the piece added or dropped


class Chooser(Protocol):
    """Picks one of a report's readings (0: the rules' own)."""

    def choose(self, cands: list[Candidate]) -> int: ...


class SpanModel:
    """A logistic regression over feature strings scoring each reading, and the margin by
    which a reading must beat the rules' span to replace it."""

    def __init__(self, vocab: list[str], w: np.ndarray, b: float, margin: float,
                 meta: str = "") -> None:
        self.index = {f: i for i, f in enumerate(vocab)}
        self.w = np.asarray(w, dtype=np.float32)
        self.b = float(b)
        self.margin = float(margin)
        self.meta = meta
        self._weight = dict(zip(vocab, self.w.tolist()))

    def score(self, feats: list[str]) -> float:
        weight = self._weight
        return self.b + sum(weight.get(f, 0.0) for f in feats)

    def probability(self, feats: list[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(feats)))

    def choose(self, cands: list[Candidate], margin: float | None = None) -> int:
        if len(cands) < 2:
            return 0
        scores = [self.score(c.feats) for c in cands]
        best = max(range(1, len(cands)), key=lambda k: (scores[k], -k))
        m = self.margin if margin is None else margin
        return best if scores[best] - scores[0] > m else 0

    def save(self, path: str | Path) -> None:
        vocab = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, vocab=np.array(vocab), w=self.w, b=np.array(self.b),
                            margin=np.array(self.margin), meta=np.array(self.meta))

    @classmethod
    def read(cls, path: str | Path) -> SpanModel:
        with np.load(path, allow_pickle=False) as z:
            return cls([str(v) for v in z["vocab"]], z["w"], float(z["b"]),
                       float(z["margin"]), str(z["meta"]))


@functools.lru_cache(maxsize=1)
def default_model() -> SpanModel | None:
    """The shipped model, or None where it has not been trained (the rules' spans then)."""
    return shipped_model(MODEL_FILE, SpanModel.read)


# -- readings --------------------------------------------------------------------------------------
def _size(n: int) -> str:
    return "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


class _Parse:
    """The integer attributes of a Doc that the readings walk over, read once per Doc: heads,
    the edges of each word's phrase, sentence bounds, and what kind of word each is."""

    def __init__(self, doc: Doc, text: str) -> None:
        n = len(doc)
        arr = doc.to_array([HEAD, SENT_START, IS_PUNCT, IS_SPACE, IDX, LENGTH, DEP, POS])
        rel = arr[:, 0].view(np.int64)
        self.head = (rel + np.arange(n)).tolist()
        self.word = ((arr[:, 2] == 0) & (arr[:, 3] == 0)).tolist()
        self.cc = (arr[:, 6] == doc.vocab.strings["cc"]).tolist()
        self.adp = (arr[:, 7] == ADP).tolist()
        self.verb = np.isin(arr[:, 7], [VERB, AUX]).tolist()
        self.punct = (arr[:, 2] != 0).tolist()
        self.subj = np.isin(arr[:, 6], [doc.vocab.strings[d] for d in ("nsubj", "nsubjpass")]
                            ).tolist()
        self.fn = np.isin(arr[:, 7], [ADP, SCONJ]).tolist()
        idx, length = arr[:, 4].tolist(), arr[:, 5].tolist()
        self.span = [(s, s + k) for s, k in zip(idx, length)]
        self.text = text
        starts = np.flatnonzero(arr[:, 1].view(np.int64) == 1).tolist()
        if not starts or starts[0] != 0:
            starts = [0, *starts]
        self.starts = starts + [n]
        # the edges of each word's phrase, found sentence by sentence as reports need them
        self.left = list(range(n))
        self.right = list(range(n))
        self._done: set[int] = set()

    def read(self, a: int, b: int) -> None:
        """Finds the phrase edges in the sentences of tokens ``a``..``b``."""
        lo, hi = self.sentence(a)[0], self.sentence(b)[1]
        k = bisect.bisect_right(self.starts, lo) - 1
        head, left, right = self.head, self.left, self.right
        while self.starts[k] < hi:
            s0, s1 = self.starts[k], self.starts[k + 1]
            k += 1
            if s0 in self._done:
                continue
            self._done.add(s0)
            for i in range(s0, s1):  # each word widens the phrase of every word above it
                j = i
                while head[j] != j:
                    j = head[j]
                    left[j] = min(left[j], i)
                    right[j] = max(right[j], i)

    def sentence(self, i: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.starts, i) - 1
        return self.starts[k], self.starts[k + 1]

    def hits(self, i: int, blocked: list[tuple[int, int]]) -> bool:
        s, e = self.span[i]
        return any(ch in _STOPS for ch in self.text[s:e]) or any(
            bs < e and s < be for bs, be in blocked)


def _blocked(q: QuoteInfo, others: list[QuoteInfo], marked: list[tuple[int, int]]
             ) -> list[tuple[int, int]]:
    """The character spans an indirect report may not reach into: its cue and speaker, other
    quotes and their cues, and quotation marks (which would make it mixed)."""
    out = [sp for sp in (q.cue_span, q.speaker_span) if sp is not None]
    for o in others:
        if o is not q:
            out += [(o.start, o.end)] + ([o.cue_span] if o.cue_span else [])
    return out + list(marked)


def _left_drops(p: _Parse, a: int, b: int) -> list[int]:
    """Where content may start after dropping a leading piece: tokens after ``a`` that no
    token before them (back to ``a``) reaches past, where what is dropped hangs on a head
    word of the content, the cue or a word outside the content (no "the" of "the plan")."""
    head = p.head
    heads = {i for i in range(a, b + 1) if not a <= head[i] <= b}
    out, reach = [], -1
    for k in range(a + 1, b + 1):
        reach = max(reach, p.right[k - 1])
        if reach >= k or not p.word[k] or p.cc[k]:
            continue
        if all(head[i] in heads or not a <= head[i] <= b
               for i in range(a, k) if not a <= head[i] < k):
            out.append(k)
            if len(out) == KEEP:
                break
    return out


def _right_drops(p: _Parse, a: int, b: int) -> list[int]:
    """Where content may end after dropping a trailing piece, which leaves no preposition
    or conjunction without what it leads to ("according to [the newspaper]")."""
    head = p.head
    out, reach = [], len(head)
    for k in range(b - 1, a - 1, -1):
        reach = min(reach, p.left[k + 1])
        if reach > k and p.word[k] and not p.cc[k] and not any(
                head[j] <= k and p.fn[head[j]] for j in range(k + 1, b + 1)):
            out.append(k)
            if len(out) == KEEP:
                break
    return out


def _left_adds(p: _Parse, a: int, blocked, cue: range) -> list[int]:
    """Where content may start after taking in the piece before it, within its sentence: whole
    phrases, none of whose words hangs on a word before them; the preposition that ends the
    cue phrase may be taken ("talked about …")."""
    out, reach, floor = [], len(p.head), p.sentence(a)[0]
    for k in range(a - 1, floor - 1, -1):
        at_cue = k in cue
        if at_cue and not (k == cue.stop - 1 and p.adp[k]):
            break
        if not at_cue and p.hits(k, blocked):
            break
        # (the cue's preposition hangs on the cue, before it)
        reach = min(reach, p.left[k], k if at_cue else p.head[k])
        if reach >= k and p.word[k] and not p.cc[k]:
            out.append(k)
            if len(out) == KEEP:
                break
        if at_cue:
            break
    return out


def _right_adds(p: _Parse, b: int, blocked) -> list[int]:
    """Where content may end after taking in the piece after it, within its sentence: whole
    phrases, none of whose words hangs on a word after them; the nearest such ends and the
    last one before the sentence ends."""
    out, reach, last = [], -1, None
    for k in range(b + 1, p.sentence(b)[1]):
        if p.hits(k, blocked):
            break
        reach = max(reach, p.right[k], p.head[k])
        if reach <= k and p.word[k] and not p.cc[k]:
            if len(out) < KEEP:
                out.append(k)
            last = k
    if last is not None and last not in out:
        out.append(last)
    return out


def _piece_features(doc: Doc, p: _Parse, edit: str, lo: int, hi: int, rank: int,
                    cue_ids: set[int], content: range, context: tuple[str, str]
                    ) -> tuple[list[str], str]:
    """The features of the piece of tokens ``lo``..``hi`` that ``edit`` adds or drops."""
    cue_lemma, rule_dep = context
    span = range(lo, hi + 1)
    words = [i for i in span if p.word[i]] or list(span)
    head = p.head
    roots = [i for i in words if not lo <= head[i] <= hi or head[i] == i]
    r = doc[roots[0] if roots else words[0]]
    first = doc[words[0]]
    fw = first.lower_ if first.pos_ in FUNCTION_POS else first.pos_
    h = head[r.i]
    head_of = "cue" if h in cue_ids else "self" if h == r.i else "content" if (
        h in content and h not in span) else "out"
    # the punctuation between the piece and the content it leaves or joins: at the piece's
    # end on the left, at its start on the right
    punct = "none"
    for i in (reversed(span) if edit.startswith("L") else span):
        if p.word[i]:
            break
        if p.punct[i]:
            punct = p.text[p.span[i][0]:p.span[i][1]]
    cues = load_cues()
    out = [edit, f"{edit}|d={r.dep_}", f"{edit}|p={r.pos_}", f"{edit}|dp={r.dep_}_{r.pos_}",
           f"{edit}|w={fw}", f"{edit}|dw={r.dep_}_{fw}", f"{edit}|n={_size(len(words))}",
           f"{edit}|dn={r.dep_}_{_size(len(words))}", f"{edit}|h={head_of}",
           f"{edit}|dh={r.dep_}_{head_of}", f"{edit}|roots={min(len(roots), 3)}",
           f"{edit}|rank={rank}", f"{edit}|punct={punct}", f"{edit}|dpu={r.dep_}_{punct}",
           f"{edit}|cue={cue_lemma}", f"{edit}|cd={cue_lemma}_{r.dep_}", f"{edit}|tag={r.tag_}",
           f"{edit}|rd={rule_dep}_{r.dep_}", f"{edit}|hl={r.head.lemma_.lower()}",
           f"{edit}|dwp={r.dep_}_{fw}_{punct}", f"{edit}|cdw={cue_lemma}_{r.dep_}_{fw}"]
    if r.pos_ in FUNCTION_POS or r.pos_ in ("VERB", "AUX"):
        out.append(f"{edit}|l={r.lemma_.lower()}")
    if first.pos_ in FUNCTION_POS:
        out.append(f"{edit}|cw={cue_lemma}_{fw}")
    if r.pos_ in ("VERB", "AUX"):
        out.append(f"{edit}|cl={cue_lemma}_{r.lemma_.lower()}")
    if any(p.subj[i] and lo <= head[i] <= hi and head[i] != i and p.word[head[i]]
           for i in span):
        out.append(f"{edit}|clause")  # a clause with a subject of its own
    if any(p.verb[i] and is_cue(doc[i], cues) for i in words):
        out.append(f"{edit}|cueword")
    if r.ent_type_:
        out.append(f"{edit}|ent={r.ent_type_}")
    if edit.startswith("R") and not any(p.word[i] for i in range(hi + 1, p.sentence(hi)[1])):
        out.append(f"{edit}|sentend")  # the piece ends the sentence
    return out, r.dep_


def _root(p: _Parse, a: int, b: int) -> int:
    """The first word of tokens ``a``..``b`` whose head lies outside them."""
    words = [i for i in range(a, b + 1) if p.word[i]] or [a]
    return next((i for i in words if not a <= p.head[i] <= b or p.head[i] == i), words[0])


def _rule_features(doc: Doc, p: _Parse, a: int, b: int, cue: Token, cue_lemma: str
                   ) -> list[str]:
    words = [i for i in range(a, b + 1) if p.word[i]] or [a]
    r = doc[_root(p, a, b)]
    first = doc[words[0]]
    fw = first.lower_ if first.pos_ in FUNCTION_POS else first.pos_
    out = ["rule", f"rule|cue={cue_lemma}", f"rule|cp={cue.pos_}", f"rule|d={r.dep_}",
           f"rule|w={fw}", f"rule|n={_size(len(words))}", f"rule|before={b < cue.i}"]
    if not any(p.word[i] for i in range(b + 1, p.sentence(a)[1])):
        out.append("rule|sentend")
    return out


def candidates(doc: Doc, text: str, q: QuoteInfo, others: list[QuoteInfo],
               marked: list[tuple[int, int]], parse: _Parse | None = None) -> list[Candidate]:
    """The readings of indirect report ``q``, the rules' own first; [] for other quotes.
    ``parse``: the Doc's attributes, when read already."""
    if q.kind != "indirect" or q.cue_span is None:
        return []
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    cue_span = doc.char_span(*q.cue_span, alignment_mode="expand")
    if span is None or cue_span is None or not len(span) or not len(cue_span):
        return []
    cue = cue_span.root
    a, b = span.start, span.end - 1
    cue_lemma = cue.lemma_.lower()
    cue_ids = set(range(cue_span.start, cue_span.end))
    content = range(a, b + 1)
    p = parse or _Parse(doc, text)
    p.read(a, b)
    blocked = _blocked(q, others, marked)
    out = [Candidate(q.start, q.end, "rule", _rule_features(doc, p, a, b, cue, cue_lemma))]
    context = (cue_lemma, doc[_root(p, a, b)].dep_)
    seen = {(q.start, q.end)}

    def add(edit: str, s: int, e: int, lo: int, hi: int, rank: int) -> None:
        s, e = strip_edges(text, s, e)
        while e > s and text[e - 1] == ".":
            e -= 1
        if e - s < 2 or (s, e) in seen or "\n" in text[s:e] or not any(
                ch.isalnum() for ch in text[s:e]):
            return
        seen.add((s, e))
        feats, dep = _piece_features(doc, p, edit, lo, hi, rank, cue_ids, content, context)
        out.append(Candidate(s, e, edit, feats, dep))

    for rank, k in enumerate(_left_drops(p, a, b)):
        add("L-drop", p.span[k][0], q.end, a, k - 1, rank)
    for rank, k in enumerate(_right_drops(p, a, b)):
        add("R-drop", q.start, p.span[k][1], k + 1, b, rank)
    for rank, k in enumerate(_left_adds(p, a, blocked, range(cue_span.start, cue_span.end))):
        if not (doc[k].dep_ == "mark" and doc[k].lower_ == "that"):
            # a clause's "that" is never part of its content (as the rules take it)
            add("L-add", p.span[k][0], q.end, k, a - 1, rank)
    for rank, k in enumerate(_right_adds(p, b, blocked)):
        add("R-add", q.start, p.span[k][1], b + 1, k, rank)
    return out


def choose_spans(doc: Doc, text: str, quotes: list[QuoteInfo], marked: list[tuple[int, int]],
                 model: Chooser | None) -> None:
    """Each indirect report takes the reading ``model`` chooses; the evidence says which edge
    moved and what piece it dropped or took in."""
    if model is None or not any(q.kind == "indirect" and q.cue_span for q in quotes):
        return
    parse = _Parse(doc, text)
    for q in quotes:
        cands = candidates(doc, text, q, quotes, marked, parse)
        if len(cands) < 2:
            continue
        k = model.choose(cands)
        if k:
            c = cands[k]
            q.start, q.end = c.start, c.end
            q.evidence += f"; {EVIDENCE}: {EDITS[c.edit]} {c.piece}"
