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

It runs in the quote finder of every Doc when switched on, so the walks read integer arrays
taken from the Doc once (``_Parse``) rather than spaCy Tokens, and what no reading may reach
into is marked once per Doc (``_Blocks``); the readings and features are those the plain
definitions give (tests hold them to those).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LENGTH,
    LOWER,
    POS,
    SENT_START,
    TAG,
)
from spacy.parts_of_speech import NAMES as POS_NAMES
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
_ZEROS = itertools.repeat(0.0)  # the weight of a feature the model has not seen
_STOP_RE = re.compile("[" + re.escape(MARK_CHARS + "\n") + "]")  # what no reading reaches over
_VERBS = (VERB, AUX)
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
        # (the weights summed in the features' order, as ever: the same floats, the same ties)
        return self.b + sum(map(self._weight.get, feats, _ZEROS))

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
    """The attributes of a Doc that the readings walk over, read once per Doc as integer
    arrays: heads, the edges of each word's phrase, sentence bounds, what kind of word each
    is; the strings the features name (dependency, part of speech, lemma, …) are looked up
    from their ids as a feature needs them, which costs less than a spaCy Token each time."""

    def __init__(self, doc: Doc, text: str) -> None:
        n = len(doc)
        # (a Python list for what the walks read token by token; the rest is read from the
        # array a token at a time, which costs less than a list of the whole Doc)
        arr = self._arr = doc.to_array([HEAD, SENT_START, IS_PUNCT, IS_SPACE, IDX, LENGTH, DEP,
                                        POS, TAG, LEMMA, LOWER, ENT_TYPE])
        self.head = (arr[:, 0].view(np.int64) + np.arange(n)).tolist()
        punct = arr[:, 2] != 0
        strings = doc.vocab.strings
        self.word = (~punct & (arr[:, 3] == 0)).tolist()
        self.punct = punct.tolist()
        self.dep_ids, self.pos_ids = arr[:, 6].tolist(), arr[:, 7].tolist()
        self.cc_id = strings["cc"]
        self.subj_ids = (strings["nsubj"], strings["nsubjpass"])
        self.begin_array = arr[:, 4].astype(np.int64)
        self.end_array = self.begin_array + arr[:, 5].astype(np.int64)
        self._strings = strings
        self._lemmas: dict[int, str] = {}
        self._cue: dict[int, bool] = {}
        self.doc = doc
        self.text = text
        starts = np.flatnonzero(arr[:, 1].view(np.int64) == 1).tolist()
        if not starts or starts[0] != 0:
            starts = [0, *starts]
        self.starts = starts + [n]
        self._last_word: dict[int, int] = {}
        # the edges of each word's phrase, found sentence by sentence as reports need them
        self.left = list(range(n))
        self.right = list(range(n))
        self._done: set[int] = set()

    # what kind of word token i is
    def cc(self, i: int) -> bool:
        return self.dep_ids[i] == self.cc_id

    def adp(self, i: int) -> bool:
        return self.pos_ids[i] == ADP

    def verb(self, i: int) -> bool:
        return self.pos_ids[i] in _VERBS

    def fn(self, i: int) -> bool:
        return self.pos_ids[i] in (ADP, SCONJ)

    def subj(self, i: int) -> bool:
        return self.dep_ids[i] in self.subj_ids

    def begin(self, i: int) -> int:
        return self._arr.item(i, 4)

    def end(self, i: int) -> int:
        return self._arr.item(i, 4) + self._arr.item(i, 5)

    # the strings of token i, as Token.dep_, .pos_, .tag_, .lower_, .ent_type_ give them
    def dep(self, i: int) -> str:
        return self._strings[self.dep_ids[i]]

    def pos(self, i: int) -> str:
        return POS_NAMES[self.pos_ids[i]]

    def tag(self, i: int) -> str:
        return self._strings[self._arr.item(i, 8)]

    def lower(self, i: int) -> str:
        return self._strings[self._arr.item(i, 10)]

    def ent(self, i: int) -> str:
        return self._strings[self._arr.item(i, 11)]

    def lemma(self, i: int) -> str:
        """Token i's lemma in lower case."""
        out = self._lemmas.get(i)
        if out is None:
            out = self._lemmas[i] = self._strings[self._arr.item(i, 9)].lower()
        return out

    def is_cue(self, i: int, cues: dict) -> bool:
        """``cue_phrases.is_cue`` of token i, a verb; the Token is made only for the few whose
        lemma names a cue."""
        out = self._cue.get(i)
        if out is None:
            out = self._cue[i] = cues.get(self.lemma(i)) is not None and is_cue(
                self.doc[i], cues)
        return out

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
            # Each word widens the phrase of every word above it. Taken from the left, the
            # first word to reach a head is its phrase's leftmost, and every head above that
            # head was reached by that word too: the walk up stops at a head reached already
            # (and from the right likewise), so each arc is walked once a side.
            _reach(head, range(s0, s1), left, min)
            _reach(head, range(s1 - 1, s0 - 1, -1), right, max)

    def sentence(self, i: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.starts, i) - 1
        return self.starts[k], self.starts[k + 1]

    def last_word(self, i: int) -> int:
        """The last word of token i's sentence (-1 when it has none)."""
        s0, s1 = self.sentence(i)
        out = self._last_word.get(s0)
        if out is None:
            word = self.word
            out = self._last_word[s0] = next((k for k in range(s1 - 1, s0 - 1, -1) if word[k]),
                                             -1)
        return out

    def tokens(self, s: int, e: int) -> tuple[int, int]:
        """The tokens ``i``..``j - 1`` that share a character with ``s``..``e``."""
        return (int(self.end_array.searchsorted(s, side="right")),
                int(self.begin_array.searchsorted(e, side="left")))


class _Blocks:
    """The tokens an indirect report may not reach into: those holding a quotation mark or a
    line break, any quote's cue, a quotation, the content of any other quote, the report's
    own speaker. What is the same for every report is marked once per Doc; the contents are
    counted per token and kept up to date as reports move, so a look-up costs the same
    however many quotes the Doc holds."""

    def __init__(self, p: _Parse, quotes: list[QuoteInfo], marked: list[tuple[int, int]]
                 ) -> None:
        self.p = p
        fixed = [(m.start(), m.end()) for m in _STOP_RE.finditer(p.text)]
        fixed += [q.cue_span for q in quotes if q.cue_span is not None] + list(marked)
        self.fixed = (self._counts(fixed) > 0).tolist()
        self.cover = self._counts([(q.start, q.end) for q in quotes]).tolist()

    def _counts(self, spans: list[tuple[int, int]]) -> np.ndarray:
        """How many of ``spans`` share a character with each token."""
        n = len(self.p.head)
        if not spans:
            return np.zeros(n, dtype=np.int64)
        s, e = np.array(spans, dtype=np.int64).T
        i = np.searchsorted(self.p.end_array, s, side="right")
        j = np.searchsorted(self.p.begin_array, e, side="left")
        keep = j > i
        return np.cumsum(np.bincount(i[keep], minlength=n + 1)
                         - np.bincount(j[keep], minlength=n + 1))[:n]

    def count(self, s: int, e: int, step: int) -> None:
        """Adds (1) or takes away (-1) a quote's content at ``s``..``e``."""
        i, j = self.p.tokens(s, e)
        cover = self.cover
        for k in range(i, j):
            cover[k] += step

    def of(self, q: QuoteInfo):
        """Whether token k is barred to report ``q``."""
        p, fixed, cover = self.p, self.fixed, self.cover
        o0, o1 = p.tokens(q.start, q.end)
        s0, s1 = p.tokens(*q.speaker_span) if q.speaker_span is not None else (0, 0)
        return lambda k: fixed[k] or cover[k] > (o0 <= k < o1) or s0 <= k < s1


def _left_drops(p: _Parse, a: int, b: int) -> list[int]:
    """Where content may start after dropping a leading piece: tokens after ``a`` that no
    token before them (back to ``a``) reaches past, where what is dropped hangs on a head
    word of the content, the cue or a word outside the content (no "the" of "the plan")."""
    head = p.head
    heads = {i for i in range(a, b + 1) if not a <= head[i] <= b}
    # ``stray``: the furthest word that a token before k hangs on inside the content, other
    # than a head word; a start at k would cut that token from it when it lies at k or after
    out, reach, stray = [], -1, -1
    for k in range(a + 1, b + 1):
        reach = max(reach, p.right[k - 1])
        h = head[k - 1]
        if a <= h <= b and h not in heads and h > stray:
            stray = h
        if reach >= k or not p.word[k] or p.cc(k):
            continue
        if stray < k:
            out.append(k)
            if len(out) == KEEP:
                break
    return out


def _right_drops(p: _Parse, a: int, b: int) -> list[int]:
    """Where content may end after dropping a trailing piece, which leaves no preposition
    or conjunction without what it leads to ("according to [the newspaper]")."""
    head = p.head
    # ``led``: the first preposition or conjunction that a token after k hangs on; an end at
    # k would cut what it leads to from it when it lies at k or before
    out, reach, led = [], len(head), len(head)
    for k in range(b - 1, a - 1, -1):
        reach = min(reach, p.left[k + 1])
        h = head[k + 1]
        if h < led and p.fn(h):
            led = h
        if reach > k and p.word[k] and not p.cc(k) and led > k:
            out.append(k)
            if len(out) == KEEP:
                break
    return out


def _left_adds(p: _Parse, a: int, barred, cue: range) -> list[int]:
    """Where content may start after taking in the piece before it, within its sentence: whole
    phrases, none of whose words hangs on a word before them; the preposition that ends the
    cue phrase may be taken ("talked about …")."""
    out, reach, floor = [], len(p.head), p.sentence(a)[0]
    for k in range(a - 1, floor - 1, -1):
        at_cue = k in cue
        if at_cue and not (k == cue.stop - 1 and p.adp(k)):
            break
        if not at_cue and barred(k):
            break
        # (the cue's preposition hangs on the cue, before it)
        reach = min(reach, p.left[k], k if at_cue else p.head[k])
        if reach >= k and p.word[k] and not p.cc(k):
            out.append(k)
            if len(out) == KEEP:
                break
        if at_cue:
            break
    return out


def _right_adds(p: _Parse, b: int, barred) -> list[int]:
    """Where content may end after taking in the piece after it, within its sentence: whole
    phrases, none of whose words hangs on a word after them; the nearest such ends and the
    last one before the sentence ends."""
    out, reach, last = [], -1, None
    for k in range(b + 1, p.sentence(b)[1]):
        if barred(k):
            break
        reach = max(reach, p.right[k], p.head[k])
        if reach <= k and p.word[k] and not p.cc(k):
            if len(out) < KEEP:
                out.append(k)
            last = k
    if last is not None and last not in out:
        out.append(last)
    return out


def _piece_features(p: _Parse, edit: str, lo: int, hi: int, rank: int, cue_ids: set[int],
                    content: range, context: tuple[str, str]) -> tuple[list[str], str]:
    """The features of the piece of tokens ``lo``..``hi`` that ``edit`` adds or drops."""
    cue_lemma, rule_dep = context
    span = range(lo, hi + 1)
    word, head = p.word, p.head
    words = [i for i in span if word[i]] or list(span)
    roots = [i for i in words if not lo <= head[i] <= hi or head[i] == i]
    r = roots[0] if roots else words[0]
    first = words[0]
    first_pos = p.pos(first)
    fw = p.lower(first) if first_pos in FUNCTION_POS else first_pos
    h = head[r]
    head_of = "cue" if h in cue_ids else "self" if h == r else "content" if (
        h in content and h not in span) else "out"
    # the punctuation between the piece and the content it leaves or joins: at the piece's
    # end on the left, at its start on the right
    punct = "none"
    for i in (reversed(span) if edit[0] == "L" else span):
        if word[i]:
            break
        if p.punct[i]:
            punct = p.text[p.begin(i):p.end(i)]
    dep, pos, size = p.dep(r), p.pos(r), _size(len(words))
    out = [edit, f"{edit}|d={dep}", f"{edit}|p={pos}", f"{edit}|dp={dep}_{pos}",
           f"{edit}|w={fw}", f"{edit}|dw={dep}_{fw}", f"{edit}|n={size}",
           f"{edit}|dn={dep}_{size}", f"{edit}|h={head_of}",
           f"{edit}|dh={dep}_{head_of}", f"{edit}|roots={min(len(roots), 3)}",
           f"{edit}|rank={rank}", f"{edit}|punct={punct}", f"{edit}|dpu={dep}_{punct}",
           f"{edit}|cue={cue_lemma}", f"{edit}|cd={cue_lemma}_{dep}", f"{edit}|tag={p.tag(r)}",
           f"{edit}|rd={rule_dep}_{dep}", f"{edit}|hl={p.lemma(h)}",
           f"{edit}|dwp={dep}_{fw}_{punct}", f"{edit}|cdw={cue_lemma}_{dep}_{fw}"]
    if pos in FUNCTION_POS or pos in ("VERB", "AUX"):
        out.append(f"{edit}|l={p.lemma(r)}")
    if first_pos in FUNCTION_POS:
        out.append(f"{edit}|cw={cue_lemma}_{fw}")
    if pos in ("VERB", "AUX"):
        out.append(f"{edit}|cl={cue_lemma}_{p.lemma(r)}")
    dep_ids, subj_ids = p.dep_ids, p.subj_ids
    if any(dep_ids[i] in subj_ids and lo <= head[i] <= hi and head[i] != i and word[head[i]]
           for i in span):
        out.append(f"{edit}|clause")  # a clause with a subject of its own
    cues, pos_ids = load_cues(), p.pos_ids
    if any(pos_ids[i] in _VERBS and p.is_cue(i, cues) for i in words):
        out.append(f"{edit}|cueword")
    if ent := p.ent(r):
        out.append(f"{edit}|ent={ent}")
    if edit[0] == "R" and p.last_word(hi) <= hi:
        out.append(f"{edit}|sentend")  # the piece ends the sentence
    return out, dep


def _root(p: _Parse, a: int, b: int) -> int:
    """The first word of tokens ``a``..``b`` whose head lies outside them."""
    words = [i for i in range(a, b + 1) if p.word[i]] or [a]
    return next((i for i in words if not a <= p.head[i] <= b or p.head[i] == i), words[0])


def _rule_features(p: _Parse, a: int, b: int, root: int, cue: Token, cue_lemma: str
                   ) -> list[str]:
    first = next((i for i in range(a, b + 1) if p.word[i]), a)
    first_pos = p.pos(first)
    fw = p.lower(first) if first_pos in FUNCTION_POS else first_pos
    n = sum(p.word[a:b + 1]) or 1
    out = ["rule", f"rule|cue={cue_lemma}", f"rule|cp={cue.pos_}", f"rule|d={p.dep(root)}",
           f"rule|w={fw}", f"rule|n={_size(n)}", f"rule|before={b < cue.i}"]
    if p.last_word(a) <= b:
        out.append("rule|sentend")
    return out


def candidates(doc: Doc, text: str, q: QuoteInfo, others: list[QuoteInfo],
               marked: list[tuple[int, int]], parse: _Parse | None = None,
               blocks: _Blocks | None = None) -> list[Candidate]:
    """The readings of indirect report ``q``, the rules' own first; [] for other quotes.
    ``parse`` and ``blocks``: the Doc's attributes and what its reports may not reach into
    (``others`` and ``marked``), when read already."""
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
    barred = (blocks or _Blocks(p, others, marked)).of(q)
    p.read(a, b)
    root = _root(p, a, b)
    out = [Candidate(q.start, q.end, "rule", _rule_features(p, a, b, root, cue, cue_lemma))]
    context = (cue_lemma, p.dep(root))
    seen = {(q.start, q.end)}

    def add(edit: str, s: int, e: int, lo: int, hi: int, rank: int) -> None:
        s, e = strip_edges(text, s, e)
        while e > s and text[e - 1] == ".":
            e -= 1
        if e - s < 2 or (s, e) in seen or "\n" in text[s:e] or not any(
                ch.isalnum() for ch in text[s:e]):
            return
        seen.add((s, e))
        feats, dep = _piece_features(p, edit, lo, hi, rank, cue_ids, content, context)
        out.append(Candidate(s, e, edit, feats, dep))

    for rank, k in enumerate(_left_drops(p, a, b)):
        add("L-drop", p.begin(k), q.end, a, k - 1, rank)
    for rank, k in enumerate(_right_drops(p, a, b)):
        add("R-drop", q.start, p.end(k), k + 1, b, rank)
    for rank, k in enumerate(_left_adds(p, a, barred, range(cue_span.start, cue_span.end))):
        if not (p.dep(k) == "mark" and p.lower(k) == "that"):
            # a clause's "that" is never part of its content (as the rules take it)
            add("L-add", p.begin(k), q.end, k, a - 1, rank)
    for rank, k in enumerate(_right_adds(p, b, barred)):
        add("R-add", q.start, p.end(k), b + 1, k, rank)
    return out


def choose_spans(doc: Doc, text: str, quotes: list[QuoteInfo], marked: list[tuple[int, int]],
                 model: Chooser | None) -> None:
    """Each indirect report takes the reading ``model`` chooses; the evidence says which edge
    moved and what piece it dropped or took in."""
    if model is None or not any(q.kind == "indirect" and q.cue_span for q in quotes):
        return
    parse = _Parse(doc, text)
    blocks = _Blocks(parse, quotes, marked)
    for q in quotes:
        cands = candidates(doc, text, q, quotes, marked, parse, blocks)
        if len(cands) < 2:
            continue
        k = model.choose(cands)
        if k:
            c = cands[k]
            # the next reports may not reach into this one where it is now
            blocks.count(q.start, q.end, -1)
            blocks.count(c.start, c.end, 1)
            q.start, q.end = c.start, c.end
            q.evidence += f"; {EVIDENCE}: {EDITS[c.edit]} {c.piece}"


def _reach(head: list[int], order: range, edge: list[int], pick) -> None:
    """Widens ``edge`` of every head above each word, words taken in ``order``: the first word
    to reach a head settles it and every head above it, so the walk up stops there."""
    seen: set[int] = set()
    for i in order:
        j = i
        while head[j] != j:
            j = head[j]
            if j in seen:
                break
            seen.add(j)
            edge[j] = pick(edge[j], i)

