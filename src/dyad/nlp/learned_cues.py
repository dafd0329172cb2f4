"""Learned attribution cues: reports that ``cues.csv`` and its rules do not make.

PolNeAR annotates any expressed stance or act of communication of a source ("X made the case
that …", "X's nomination of …", "X took aim at …"), a long tail of words no lexicon lists. A
candidate is a verb or noun, not already the cue of a report, that has someone to hold it (a
verb's subject, a noun's possessor, "by"/"from" phrase or the subject of the verb it is the
object of) and a dependent to report (a clause, an object or a prepositional object); or one
whose report stands before it: a passive's subject or the noun a participle describes, held by
its "by" phrase ("the move was reported by MSNBC", "changes proposed by the government"), the
noun a relative clause leaves its object to ("the plan Lee announced"), or the clause that "in
X's view" sets off. A
logistic regression (``dyad train cues``) scores each from strings read off the parse: its
lemma and dependents, whether its holder is a person, a body or a pronoun, whether
``cues.csv`` lists it, quotation marks nearby. Those over the model's threshold become reports
built with the span helpers of ``dyad.nlp.reported``; their speakers go through
``set_speaker`` as the rules' do. Inference is numpy only: the weights ship in
``data/cue_model.npz``.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from typing import Protocol

import numpy as np
from spacy.attrs import IDX, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token

from dyad.knowledge import shipped_model
from dyad.nlp.actors import PRONOUNS, ActorSet
from dyad.nlp.cue_phrases import Cue, cue_end, cue_first, cue_start, load_cues
from dyad.nlp.report_moods import seen_happen, undergone
from dyad.nlp.report_spans import according_span, circumstance, in_paragraph, trim_tokens
from dyad.nlp.reported import (
    QuoteInfo,
    _clause_span,
    _clause_word,
    _object_span,
    _prep_object,
    _with_object,
    cue_stop,
    make_report,
    noun_holder,
    speaker_of,
)

MODEL_FILE = "cue_model.npz"
EVIDENCE = "reported speech: learned cue + complement"
# a verb's dependents that hold what it reports, tried in this order
_VERB_COMPS = ("ccomp", "xcomp", "dobj", "prep")
NEAR = 200  # characters either side of a cue in which quotation marks count as nearby


class Scorer(Protocol):
    """Decides on a candidate from its features (``might_accept``, optional: from the features
    that need no content span, to skip building it)."""

    def accepts(self, t: Token, feats: list[str]) -> bool: ...


class CueModel:
    """A binary logistic regression over feature strings, with its decision threshold."""

    def __init__(self, vocab: list[str], w: np.ndarray, b: float, threshold: float,
                 meta: str = "") -> None:
        self.index = {f: i for i, f in enumerate(vocab)}
        self.w = np.asarray(w, dtype=np.float32)
        self.b = float(b)
        self.threshold = float(threshold)
        self.meta = meta
        # the most the content features can add: one length bucket, and marks in it or near
        lengths = [f"len={k}" for k in range(7)]
        self._content_max = max(self._weight(f) for f in lengths) + max(
            0.0, self._weight("q_in"), self._weight("q_near"))

    def _weight(self, f: str) -> float:
        return float(self.w[self.index[f]]) if f in self.index else 0.0

    def _score(self, feats: list[str]) -> float:
        index = self.index
        return self.b + float(self.w[[index[f] for f in feats if f in index]].sum())

    def probability(self, feats: list[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self._score(feats)))

    def accepts(self, t: Token, feats: list[str]) -> bool:
        return self.probability(feats) >= self.threshold

    def might_accept(self, static: list[str], threshold: float | None = None) -> bool:
        """Whether a candidate with these ``static_features`` could reach the threshold
        whatever its content features are: their largest weights bound them."""
        th = self.threshold if threshold is None else threshold
        if th <= 0.0 or th >= 1.0:
            return th < 1.0
        return self._score(static) + self._content_max >= math.log(th / (1.0 - th)) - 1e-4

    def save(self, path: str | Path) -> None:
        vocab = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, vocab=np.array(vocab), w=self.w, b=np.array(self.b),
                            threshold=np.array(self.threshold), meta=np.array(self.meta))

    @classmethod
    def read(cls, path: str | Path) -> CueModel:
        with np.load(path, allow_pickle=False) as z:
            return cls([str(v) for v in z["vocab"]], z["w"], float(z["b"]),
                       float(z["threshold"]), str(z["meta"]))


@functools.lru_cache(maxsize=1)
def default_model() -> CueModel | None:
    """The shipped model, or None where it has not been trained (the rules alone then)."""
    return shipped_model(MODEL_FILE, CueModel.read)


# -- candidates ------------------------------------------------------------------------------------
def _verb_choice(text: str, t: Token) -> tuple[Token, str, Token] | None:
    """(holder, complement's dependency, complement) of a verb, by the generic rule: its
    clause, object or prepositional object after it, not its subject."""
    speaker = speaker_of(t)
    if speaker is None:
        return None
    rights = [c for c in t.rights if "\n" not in text[t.idx:c.idx]]
    for dep in _VERB_COMPS:
        for c in rights:
            if c.dep_ != dep or (dep == "prep" and (circumstance(c) or not _has_object(c))):
                continue
            if seen_happen(c, speaker):
                return None  # "DaimlerChrysler saw sales rise": what it went through
            return None if c.left_edge.i <= speaker.i <= c.right_edge.i else (speaker, dep, c)
    return None


def _verb_content(text: str, t: Token, dep: str, c: Token):
    """(content, cue tokens) of a verb's complement ``c``."""
    last = t
    if dep == "prep":
        content, last_i = _prep_object(text, c)
        last = t.doc[last_i]
        content = _with_object(text, t, c, content) if content else None
    elif dep in ("ccomp", "xcomp"):
        content = _clause_span(text, c)
        if content and dep == "xcomp":
            content = _with_object(text, t, c, content)
    else:
        content = _object_span(text, t, c)
    if content is None:
        return None
    end = cue_stop(t, last.i if last.i != t.i else cue_end(t), content)
    return content, (cue_first(t), end + 1)  # "seemed to recognize", "trying to encourage"


def _has_object(prep: Token) -> bool:
    return any(g.dep_ in ("pobj", "pcomp") for g in prep.children)


def _noun_choice(text: str, t: Token) -> tuple[Token, str, Token] | None:
    """The same for a noun: its prepositional object or its that- or to-clause; its holder the
    possessor, a "by"/"from" phrase, or the subject of the verb it is the object of."""
    holder = noun_holder(t)
    if _verb_holds(t, holder):
        holder = holder or speaker_of(t.head)
    if holder is None:
        return None
    for c in t.rights:
        if "\n" in text[t.idx:c.idx]:
            break
        if c.dep_ == "prep":
            if c.lower_ in ("by", "from") or circumstance(c) or not _has_object(c):
                continue
            dep = "prep"
        elif (dep := _clause_word(c)) is None:
            continue
        return None if c.left_edge.i <= holder.i <= c.right_edge.i else (holder, dep, c)
    return None


def _noun_content(text: str, t: Token, dep: str, c: Token):
    if dep == "prep":
        content, last = _prep_object(text, c)
    else:
        content, last = _clause_span(text, c), t.i
    if content is None:
        return None
    first = t.i
    while first > 0 and t.doc[first - 1].head.i == t.i and t.doc[first - 1].dep_ == "amod":
        first -= 1  # "controversial remarks about", "sharp criticism on"
    if _verb_holds(t, noun_holder(t)):
        first = cue_start(t.head)  # PolNeAR's cue runs from the verb
    return content, (first, last + 1)


def _verb_holds(noun: Token, holder: Token | None) -> bool:
    """ "has made several statements on …", "ratcheting up his critique of": the subject of
    the verb a noun is the object of holds it, where the noun names no one else as holder."""
    return noun.dep_ == "dobj" and noun.head.i < noun.i and (
        holder is None or holder.tag_ == "PRP$")


# -- candidates whose report stands before them -----------------------------------------------------
# dependents after a word that may hold its report, and the dependencies of a word whose report
# may stand before it (a relative clause, a participle, "in X's view")
_AFTER_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "acl", "relcl", "agent"})
_BEFORE_DEPS = frozenset({"relcl", "acl", "pobj"})


def _relative(t: Token) -> bool:
    return t.tag_ in ("WDT", "WP") or t.lower_ == "that"


def _agent_choice(t: Token) -> tuple[Token, str, Token] | None:
    """A passive verb's "by" phrase holds it, and what it reports is its subject ("O'Malley's
    move was first reported by MSNBC", "a deal that was rejected by Congress"), or the noun it
    describes as a participle ("legislative changes proposed by the government")."""
    agent = next((c for c in t.children if c.dep_ == "agent"), None)
    holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    if holder is None:
        return None
    target = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if target is None and t.dep_ == "acl" or (
            target is not None and _relative(target) and t.dep_ in ("relcl", "acl")):
        target = t.head  # the participle's or the relative clause's noun
    if target is None or target.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return holder, "agent", target


def _gap_choice(t: Token) -> tuple[Token, str, Token] | None:
    """A relative clause whose object is the noun it describes ("the plan Lee announced", "a
    package that the leaders have been discussing"): its subject holds it, the noun is what it
    reports. A clause with an object, a clause or a place of its own leaves no object out."""
    if t.dep_ not in ("relcl", "acl") or t.head.pos_ not in ("NOUN", "PROPN"):
        return None  # (a parse may call a clause "that Lee unveiled" an "acl")
    if any(c.tag_ == "WRB" or (c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") and not (
            _relative(c))) for c in t.children):
        return None  # "where Lee won", "the aide who told them to …": no object left out
    holder = next((c for c in t.children if c.dep_ == "nsubj" and not _relative(c)), None)
    return (holder, "gap", t.head) if holder is not None else None


def _view_choice(t: Token) -> tuple[Token, str, Token] | None:
    """ "In Trump's view, the deal is a disaster": the possessor holds the noun, and the clause
    the phrase sets off is what it reports."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    holder = next((c for c in t.children if c.dep_ == "poss"), None)
    return (holder, "view", prep) if holder is not None else None


def _noun_before(text: str, t: Token, noun: Token):
    """What a passive or a relative clause reports: its subject, or the words of the noun it
    describes up to the clause."""
    if noun.i == t.head.i and noun.i < t.i:
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "a package of tax cuts that …": the whole phrase
        tokens = [x for x in noun.subtree if x.i < t.left_edge.i]
    else:
        tokens = list(noun.subtree)
    content = trim_tokens(text, tokens)
    # the cue is the verb's words without "by" ("was echoed"), as PolNeAR's cues on train
    # mostly are (96 of 148 agent cues, against 36 with "by")
    return (content, (cue_start(t), cue_end(t) + 1)) if content else None


def _view_content(text: str, t: Token, prep: Token):
    content = according_span(text, prep, t)
    return (content, (t.i, t.i + 1)) if content else None


_BEFORE = {"agent": _noun_before, "gap": _noun_before, "view": _view_content}


def static_features(t: Token, holder: Token, dep: str, comp: Token, actors: ActorSet,
                    cues: dict[str, Cue]) -> list[str]:
    """The feature strings of a candidate cue ``t`` that need no content span: the word, its
    dependents, the complement chosen and who holds it."""
    lem = t.lemma_.lower()
    head = t.head
    out = ["bias", f"l={lem}", f"p={t.pos_}", f"tag={t.tag_}", f"d={t.dep_}",
           f"h={head.lemma_.lower()}", f"hd={t.dep_}_{head.pos_}", f"c={dep}", f"lc={lem}_{dep}",
           f"cl={comp.lemma_.lower()}", f"lcl={lem}_{comp.lemma_.lower()}"]
    cue = cues.get(lem)
    out.append(f"cue={cue.kind if cue is not None else 'none'}")
    if cue is not None and dep in {c.partition(':')[0] for c in cue.complements}:
        out.append("cuecomp")
    if lem in _noun_cues():
        out.append("nouncue")
    for c in t.children:
        if c.dep_ == "punct":
            continue
        out.append(f"ch={c.dep_}")
        if c.dep_ in ("prep", "prt", "agent"):
            out += [f"pr={c.lower_}", f"lpr={lem}_{c.lower_}"]
        elif c.dep_ in ("aux", "auxpass", "neg"):
            out.append(f"aux={c.lower_}")
    hl = holder.lower_
    actor = actors.at(holder)
    out += [f"sd={holder.dep_}", f"sk={actor.kind if actor is not None else 'none'}",
            f"se={holder.ent_type_ or 'none'}", f"sfar={holder.head.i != t.i}"]
    out.append(f"spron={hl}" if hl in PRONOUNS or holder.tag_ in ("PRP", "WP") else
               f"sl={holder.lemma_.lower()}")
    return out


def content_features(text: str, t: Token, content: tuple[int, int],
                     marked: list[tuple[int, int]]) -> list[str]:
    """Its content's length (a power of two of its words) and quotation marks in it or near."""
    out = []
    s, e = content
    words = max(1, len(text[s:e].split()))
    out.append(f"len={min(6, int(math.log2(words)))}")
    if any(ms < e and s < me for ms, me in marked):
        out.append("q_in")
    elif any(ms < t.idx + NEAR and t.idx - NEAR < me for ms, me in marked):
        out.append("q_near")
    return out


@functools.lru_cache(maxsize=1)
def _noun_cues() -> frozenset[str]:
    """The nouns of the noun cues ("criticism" of "criticism of")."""
    return frozenset(c.term.split()[0] for c in load_cues().values() if c.kind == "noun")


def candidates(doc: Doc, text: str, actors: ActorSet, cues: dict[str, Cue],
               excluded: set[int], marked: list[tuple[int, int]],
               inside: list[tuple[int, int]] = (), gate: Scorer | None = None):
    """(token, report found, features) of each candidate cue not in ``excluded`` nor inside
    the character spans ``inside``; ``gate`` may turn down a candidate on the features that
    need no content span (``might_accept``), before that span is built."""
    attrs = doc.to_array([POS, IDX])
    pos, starts = attrs[:, 0], attrs[:, 1]
    keep = (pos == VERB) | (pos == NOUN)
    for s, e in inside:
        keep[np.searchsorted(starts, s):np.searchsorted(starts, e)] = False
    might = getattr(gate, "might_accept", None)
    for i in np.flatnonzero(keep).tolist():
        if i in excluded:
            continue
        t = doc[i]
        if not (t.dep_ in _BEFORE_DEPS or any(c.dep_ in _AFTER_DEPS for c in t.rights)):
            continue  # nothing to report: most words stop here, cheaply
        choice = _choice(text, t)
        if choice is None or (t.pos_ == "VERB" and undergone(t, choice[0], actors)):
            continue  # "the province has felt the brunt of the outbreak"
        feats = static_features(t, *choice, actors, cues)
        if might is not None and not might(feats):
            continue
        found = _content(text, t, choice)
        if found is not None:
            yield t, found, feats + content_features(text, t, found[0], marked)


def _choice(text: str, t: Token):
    if t.pos_ == "VERB":
        # the generic choice first, where a passive has one ("was urged by X to resign"):
        # train CV F1 0.6491 against 0.6489 with the "by" phrase first
        return _verb_choice(text, t) or _agent_choice(t) or _gap_choice(t)
    return _noun_choice(text, t) or _view_choice(t)


def _content(text: str, t: Token, choice):
    """(content, cue tokens, holder, complement's dependency, complement) of a choice."""
    holder, dep, c = choice
    if dep in _BEFORE:
        made = _BEFORE[dep](text, t, c)
    else:
        made = (_verb_content if t.pos_ == "VERB" else _noun_content)(text, t, dep, c)
    content = in_paragraph(text, t, made[0]) if made is not None else None
    return (content, made[1], holder, dep, c) if content else None


def report_of(text: str, t: Token):
    """(content, cue tokens, holder, complement's dependency, complement) that candidate ``t``
    would report, by the generic rule; None where it has no holder or nothing to report."""
    choice = _choice(text, t)
    return _content(text, t, choice) if choice is not None else None


def learned_reports(doc: Doc, text: str, actors: ActorSet, cues: dict[str, Cue],
                    used: set[int], direct: list[tuple[int, int]], marked: list[tuple[int, int]],
                    reported: list[QuoteInfo], model: Scorer | None) -> list[QuoteInfo]:
    """The reports of the candidates ``model`` accepts; ``used`` are the tokens that cue a
    quotation, and the cue tokens of the ``reported`` speech the rules found are left to them."""
    if model is None:
        return []
    excluded = set(used)
    for q in reported:
        if q.cue_span is not None:
            span = doc.char_span(*q.cue_span, alignment_mode="expand")
            excluded.update(range(span.start, span.end) if span is not None else ())
    # a report inside a quotation or inside what the rules report is dropped as part of it
    # (``quotes._outermost``): such words are not scored at all
    inside = direct + [(q.start, q.end) for q in reported if q.cue_span is None or not (
        q.start <= q.cue_span[0] < q.end)]
    out: list[QuoteInfo] = []
    for t, found, feats in candidates(doc, text, actors, cues, excluded, marked, inside,
                                      model):
        if not model.accepts(t, feats):
            continue
        raw = QuoteInfo(*found[0], kind="indirect")
        if any(_clashes(raw, r) for r in (*reported, *out)):
            continue  # found before its speaker is resolved, which costs more
        q = make_report(doc, text, actors, t, found[:3], direct, marked, EVIDENCE)
        if q is not None and not any(_clashes(q, r) for r in (*reported, *out)):
            out.append(q)
    return out


def _clashes(q: QuoteInfo, r: QuoteInfo) -> bool:
    """A report says over what another says (half of the shorter one), or holds its cue, which
    would make the other one nested in it and dropped: the rules' reports come first."""
    if r.cue_span is not None and q.start <= r.cue_span[0] < q.end:
        return True
    return min(q.end, r.end) - max(q.start, r.start) > 0.5 * min(q.end - q.start,
                                                                  r.end - r.start)
