"""The event classifier: which category an event trigger expresses, from its place in the parse.

A linear model (multinomial logistic regression, trained by ``dyad train events`` on the
development data) scores each trigger on two heads: its pentacode (0–4) and its category (a
PLOVER category, ``YIELD`` for CONCEDE or RETREAT, or ``STATEMENT`` for CAMEO roots 01–02).
The features are strings read off the Doc: the trigger's lemma, its prepositions and objects,
the verb that governs it, the dictionary's code for it, and the content words of its clause
and sentence. Inference is numpy only: the weights ship in ``data/event_model.npz``.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from dyad.knowledge import shipped_model

MODEL_FILE = "event_model.npz"
# Each category's pentacode (CAMEO roots 01–02, 03–05, 06–08, 09–13, 14–20).
CATEGORY_PENTA = {
    "STATEMENT": 0, "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "COOPERATE": 2, "AID": 2,
    "YIELD": 2, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4,
    "MOBILIZE": 4, "SANCTION": 4, "COERCE": 4, "ASSAULT": 4,
}
CONTENT_POS = {"NOUN", "VERB", "ADJ", "PROPN", "ADV", "ADP"}
OBJECT_DEPS = {"dobj", "attr", "nsubjpass", "oprd", "xcomp", "ccomp", "dative"}
PREP_DEPS = {"prep", "agent", "prt", "dative"}


def category_of(cameo_code: str, plover: str) -> str:
    """The classifier's category for a CAMEO code: its PLOVER category, merged as the data is."""
    if cameo_code[:2] in ("01", "02"):
        return "STATEMENT"
    return "YIELD" if plover in ("CONCEDE", "RETREAT") else plover


def features(t: Token, dict_code: str | None = None, dict_category: str | None = None,
             sentence: list[str] | None = None) -> list[str]:
    """The feature strings of a trigger token (``sentence``: its sentence's, when the caller
    has them already)."""
    lem = t.lemma_.lower()
    out = ["bias", f"t={lem}", f"tpos={t.pos_}", f"dep={t.dep_}"]
    if t.head.i != t.i:
        out.append(f"head={t.head.lemma_.lower()}")
        out.append(f"headdep={t.dep_}_{t.head.lemma_.lower()}")
    for c in t.children:
        cl = c.lemma_.lower()
        if c.dep_ in PREP_DEPS:
            out.append(f"tprep={lem}_{c.lower_}")
            out += [f"pobj={c.lower_}_{g.lemma_.lower()}" for g in c.children
                    if g.dep_ in ("pobj", "pcomp")]
        elif c.dep_ in OBJECT_DEPS:
            out.append(f"obj={cl}")
            out.append(f"tobj={lem}_{cl}")
            for g in c.children:
                if g.dep_ == "prep":
                    out.append(f"objprep={cl}_{g.lower_}")
                elif g.dep_ in ("dobj", "compound", "amod"):
                    out.append(f"obj2={cl}_{g.lemma_.lower()}")
                elif g.dep_ in ("aux", "neg") and c.dep_ in ("ccomp", "xcomp"):
                    # "said that Qatar must mediate": a demand; "said it will not": a refusal
                    out.append(f"clause={g.lemma_.lower()}")
        elif c.dep_ == "neg":
            out.append("neg")
        elif c.dep_ in ("aux", "auxpass"):
            out.append(f"aux={cl}")
        elif c.dep_ in ("compound", "amod"):
            out.append(f"mod={cl}")
    if dict_code:
        out += [f"dict={dict_code}", f"dictroot={dict_code[:2]}", f"dictcat={dict_category}"]
    else:
        out.append("nodict")
    sub = {x.lemma_.lower() for x in t.subtree if x.pos_ in CONTENT_POS and not x.is_stop}
    out += [f"sub={w}" for w in sorted(sub)]
    return out + (sentence if sentence is not None else sentence_features(t.sent))


def sentence_features(sent: Span) -> list[str]:
    """The words and word pairs of a sentence, shared by all its triggers."""
    words = [x for x in sent if not x.is_punct]
    out = sorted({f"w={x.lemma_.lower()}" for x in words if x.pos_ in CONTENT_POS})
    return out + sorted({f"b={a.lower_}_{b.lower_}" for a, b in itertools.pairwise(words)})


@dataclass(frozen=True)
class Prediction:
    category: str
    penta: int
    probability: float  # of the category, given both heads
    alternatives: tuple[tuple[str, float], ...]  # the next best categories


class EventModel:
    """The two heads' weights and the vocabulary of feature strings."""

    def __init__(self, vocab: list[str], penta_w: np.ndarray, penta_b: np.ndarray,
                 cat_w: np.ndarray, cat_b: np.ndarray, categories: list[str],
                 penta_weight: float = 1.0, meta: str = "") -> None:
        self.index = {f: i for i, f in enumerate(vocab)}
        self.penta_w, self.penta_b = penta_w, penta_b
        self.cat_w, self.cat_b = cat_w, cat_b
        self.categories = list(categories)
        self.penta_weight = penta_weight
        self.meta = meta
        self._cat_penta = np.array([CATEGORY_PENTA[c] for c in self.categories])
        # Both heads side by side: one gather of the feature rows scores both.
        self._w = np.hstack([penta_w, cat_w])
        self._n_penta = penta_w.shape[1]

    def predict(self, feats: list[str]) -> Prediction:
        index = self.index
        idx = [index[f] for f in feats if f in index]
        scores = self._w[idx].sum(0)
        penta = _log_softmax(scores[:self._n_penta] + self.penta_b)
        cat = _log_softmax(scores[self._n_penta:] + self.cat_b)
        # Both heads vote: the category's own score and its pentacode's.
        joint = cat + self.penta_weight * penta[self._cat_penta]
        prob = np.exp(joint - joint.max())
        prob /= prob.sum()
        order = np.argsort(-prob)
        best = int(order[0])
        alts = tuple((self.categories[int(i)], round(float(prob[i]), 3)) for i in order[1:3])
        return Prediction(self.categories[best], int(self._cat_penta[best]), float(prob[best]),
                          alts)

    def save(self, path: str | Path) -> None:
        vocab = sorted(self.index, key=self.index.get)
        np.savez_compressed(
            path, vocab=np.array(vocab), penta_w=self.penta_w.astype(np.float32),
            penta_b=self.penta_b.astype(np.float32), cat_w=self.cat_w.astype(np.float32),
            cat_b=self.cat_b.astype(np.float32), categories=np.array(self.categories),
            penta_weight=np.array(self.penta_weight), meta=np.array(self.meta))

    @classmethod
    def read(cls, path: str | Path) -> EventModel:
        with np.load(path, allow_pickle=False) as z:
            return cls([str(v) for v in z["vocab"]], z["penta_w"], z["penta_b"], z["cat_w"],
                       z["cat_b"], [str(c) for c in z["categories"]],
                       float(z["penta_weight"]), str(z["meta"]))


def _log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max()
    return x - np.log(np.exp(x).sum())


@functools.lru_cache(maxsize=1)
def default_model() -> EventModel | None:
    """The shipped model, or None where it has not been trained (the dictionary alone then)."""
    return shipped_model(MODEL_FILE, EventModel.read)
