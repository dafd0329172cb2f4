"""Train the learned cue model (``data/cue_model.npz``) from PolNeAR's training split.

Each article is analysed up to actors (or read from a cache of such parses, ``scripts/
quote_misses.py cache``), and the quotes component runs with a recorder in place of the model:
the candidates it offers are exactly those inference will score, after the rules took their
cues. A candidate is a positive example when it lies inside the gold cue of an attribution
that has a source and content. (PolNeAR's attributions with no source count in recall too, but
taking them as positives too cost train CV F1, 0.6478 against 0.6489: the candidates Dyad has,
each held by someone, are rarely what those report.) The decision threshold is chosen by
cross-validation over articles (fixed folds): each fold's articles are coded by a model trained
on the others, for each threshold, and scored by ``dyad evaluate quotes``'s tally; the
threshold with the best exact overall F1 is kept.

scikit-learn is needed here only; the model it writes is read with numpy alone. Folds, solver
and feature pruning are fixed, so the same data gives the same model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, DocBin, Token

from dyad.evaluate.quotes import GoldArticle, QuoteTally, covering, read_polnear, trim
from dyad.nlp.learned_cues import MODEL_FILE, CueModel, report_of
from dyad.train import feature_matrix, vocabulary

DEFAULT_OUT = Path(__file__).parent / "data" / MODEL_FILE
SEED = 0
DEFAULT_C = 0.5
DEFAULT_LABEL = "exact"
THRESHOLDS = tuple(round(x, 2) for x in np.arange(0.1, 0.51, 0.05))

Example = tuple[list[str], int]


class _Recorder:
    """Takes the place of the model in the quotes component: notes each candidate, accepts none."""

    def __init__(self) -> None:
        self.seen: list[tuple[Token, list[str]]] = []

    def accepts(self, t: Token, feats: list[str]) -> bool:
        self.seen.append((t, feats))
        return False


class _At:
    """A model with another threshold."""

    def __init__(self, model: CueModel, threshold: float) -> None:
        self.model, self.threshold = model, threshold

    def accepts(self, t: Token, feats: list[str]) -> bool:
        return self.model.probability(feats) >= self.threshold

    def might_accept(self, static: list[str]) -> bool:
        return self.model.might_accept(static, self.threshold)


def load_docs(path: str, docs: str | None = None, limit: int | None = None
              ) -> list[tuple[GoldArticle, Doc]]:
    """Gold articles with their Docs analysed up to actors: parsed now, or read from ``docs``."""
    from dyad.nlp.pipeline import build

    arts = read_polnear(path, limit)
    nlp = build()
    if docs:
        parsed = list(DocBin(store_user_data=True).from_disk(docs).get_docs(nlp.vocab))
        parsed = parsed[:len(arts)]
    else:
        with nlp.select_pipes(disable=["dyad_quotes", "dyad_places", "dyad_events"]):
            parsed = list(nlp.pipe((a.text for a in arts), batch_size=32))
    for a, d in zip(arts, parsed):
        if d.text != a.text:
            raise ValueError(f"{docs}: the parses do not match the articles of {path}")
    return list(zip(arts, parsed))


def _quotes(doc: Doc, model):
    from dyad.nlp.components import read_actors
    from dyad.nlp.quotes import find_quotes

    # The span-edge chooser is trained on top of the cue model (dyad train spans); leaving it
    # out here keeps the cue model independent of it, so the two rebuild in that order
    return find_quotes(doc, read_actors(doc), cue_model=model, span_model=None)


def examples(art: GoldArticle, doc: Doc, label: str = DEFAULT_LABEL) -> list[Example]:
    """An article's candidates, each labelled 1 when inside the gold cue of an attribution with
    a source ("cue"), and, by default ("exact"), its content is that attribution's too."""
    rec = _Recorder()
    _quotes(doc, rec)
    text = art.text
    gold = [g for g in art.attributions if g.source and g.content]
    out = []
    for t, feats in rec.seen:
        held = [g for g in gold if any(s <= t.idx < e for s, e in g.cue)]
        if held and label == "exact":
            content = trim(text, *report_of(text, t)[0])
            held = [g for g in held if content == trim(text, *covering(g.content)) or any(
                content == trim(text, s, e) for s, e in g.content)]
        out.append((feats, int(bool(held))))
    return out


def fit(exs: list[Example], c: float = DEFAULT_C, threshold: float = 0.5,
        meta: str = "") -> CueModel:
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(feats for feats, _ in exs)
    x = feature_matrix([feats for feats, _ in exs], {f: i for i, f in enumerate(vocab)})
    labels = [y for _, y in exs]
    if len(set(labels)) < 2:  # nothing to learn: never (or always) a cue
        return CueModel(vocab, np.zeros(len(vocab)), 30.0 if labels and labels[0] else -30.0,
                        threshold, meta)
    clf = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
    clf.fit(x, labels)
    return CueModel(vocab, clf.coef_[0], float(clf.intercept_[0]), threshold, meta)


def folds(n: int, k: int) -> list[list[int]]:
    """k folds of article indexes in a fixed shuffled order."""
    rng = np.random.default_rng(SEED)
    out: list[list[int]] = [[] for _ in range(k)]
    for pos, j in enumerate(rng.permutation(n)):
        out[pos % k].append(int(j))
    return [sorted(f) for f in out]


def _score(pairs: list[tuple[GoldArticle, Doc]], models: list) -> dict[str, Any]:
    tally = QuoteTally()
    for (art, doc), model in zip(pairs, models):
        tally.add(art.text, list(art.attributions), _quotes(doc, model))
    return tally.metrics()


def cross_validate(pairs: list[tuple[GoldArticle, Doc]], exs: list[list[Example]], k: int,
                   c: float = DEFAULT_C, thresholds=THRESHOLDS) -> dict[str, Any]:
    """The rules alone, and the rules with each fold's model at each threshold: the metrics of
    ``dyad evaluate quotes`` over all the held-out articles."""
    fold_model: list[CueModel | None] = [None] * len(pairs)
    for held in folds(len(pairs), k):
        held_set = set(held)
        model = fit([e for i, es in enumerate(exs) if i not in held_set for e in es], c)
        for i in held:
            fold_model[i] = model
    out: dict[str, Any] = {"rules": _score(pairs, [None] * len(pairs)), "thresholds": {}}
    for th in thresholds:
        out["thresholds"][th] = _score(pairs, [_At(m, th) for m in fold_model])
    return out


def best_threshold(cv: dict[str, Any]) -> float:
    """The threshold of the best exact overall F1 (the higher one on a tie)."""
    return max(cv["thresholds"], key=lambda th: (cv["thresholds"][th]["exact"]["overall"]["f1"],
                                                 th))


def train_cues(path: str, out: str | Path = DEFAULT_OUT, docs: str | None = None, cv: int = 0,
               c: float = DEFAULT_C, threshold: float | None = None,
               limit: int | None = None) -> dict[str, Any]:
    """Train on all of ``path`` and write the model; with ``cv`` > 1, first report held-out
    scores and take the threshold from them (unless ``threshold`` is given)."""
    pairs = load_docs(path, docs, limit)
    exs = [examples(a, d) for a, d in pairs]
    flat = [e for es in exs for e in es]
    result: dict[str, Any] = {"articles": len(pairs), "examples": len(flat),
                              "positives": sum(y for _, y in flat)}
    if cv > 1:
        result["cv"] = cross_validate(pairs, exs, cv, c)
        if threshold is None:
            threshold = best_threshold(result["cv"])
    threshold = 0.5 if threshold is None else threshold
    meta = (f"trained on {Path(path).name}; {len(pairs)} articles, {len(flat)} candidates; "
            f"C={c}; threshold {threshold}")
    model = fit(flat, c, threshold, meta)
    model.save(out)
    result.update(model=str(out), features=len(model.index), threshold=threshold)
    return result


def format_cv(cv: dict[str, Any]) -> str:
    def row(name: str, m: dict) -> str:
        e, ind = m["exact"]["overall"], m["exact"]["indirect"]
        return (f"  {name:<8} exact overall P {e['precision']:.3f} R {e['recall']:.3f} "
                f"F1 {e['f1']:.4f} | indirect F1 {ind['f1']:.3f} | direct F1 "
                f"{m['exact']['direct']['f1']:.3f} | source overlap "
                f"{m['source']['overlap_accuracy']:.3f}")

    lines = ["cross-validated (held-out articles):", row("rules", cv["rules"])]
    lines += [row(f">= {th}", m) for th, m in cv["thresholds"].items()]
    return "\n".join(lines)
