"""Train the span-edge model (``data/span_model.npz``) from PolNeAR's training split.

Each article is analysed up to actors (or read from a cache of such parses, ``scripts/
quote_misses.py cache``), and the quotes component runs with a recorder in place of the model:
it notes the readings of each indirect report, exactly those inference will score, and keeps
the rules' span. A reading is a positive example when, trimmed as ``dyad evaluate quotes``
trims, it equals the content of a gold attribution (its covering span or one of its pieces).
Only reports with a right reading among theirs are learned from: the model ranks readings,
and a report with none right says nothing of which is better.

The margin by which a reading must beat the rules' span is chosen by cross-validation over
articles (the cue model's fixed folds): each fold's reports take the readings a model trained
on the others chooses, the quotes are scored by ``dyad evaluate quotes``'s tally, and the
margin with the best exact overall F1 is kept. The chooser runs last in the quotes component
and moves only the edges of the report it chooses for, so the recorded quotes with the chosen
spans put in are what the component would give.

scikit-learn is needed here only; the model it writes is read with numpy alone. Folds, solver
and feature pruning are fixed, so the same data gives the same model.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from dyad.evaluate.quotes import GoldArticle, QuoteTally, covering, trim
from dyad.nlp.learned_spans import MODEL_FILE, Candidate, SpanModel
from dyad.train import feature_matrix, vocabulary
from dyad.train_cues import folds, load_docs

DEFAULT_OUT = Path(__file__).parent / "data" / MODEL_FILE
SEED = 0
DEFAULT_C = 1.0
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)

Example = tuple[list[str], int]


class _Recorder:
    """Takes the place of the model in the quotes component: notes each report's readings,
    keeps the rules' span (the first reading, which is the report's as it stands)."""

    def __init__(self) -> None:
        self.seen: list[list[Candidate]] = []

    def choose(self, cands: list[Candidate]) -> int:
        self.seen.append(cands)
        return 0


@dataclasses.dataclass
class Article:
    art: GoldArticle
    quotes: list                                  # the component's quotes, rules' spans
    groups: list[tuple[int, list[Candidate]]]     # (index in quotes, readings)
    labels: list[list[int]]                       # per group, per reading: 1 when gold


def record(art: GoldArticle, doc: Doc) -> Article:
    """An article's quotes with the readings of each indirect report, labelled."""
    from dyad.nlp.components import read_actors
    from dyad.nlp.quotes import find_quotes

    rec = _Recorder()
    quotes = find_quotes(doc, read_actors(doc), span_model=rec)
    text = art.text
    gold = set()
    for g in art.attributions:
        if g.content:
            gold.add(trim(text, *covering(g.content)))
            gold.update(trim(text, s, e) for s, e in g.content)
    where = {(q.start, q.end): i for i, q in enumerate(quotes) if q.kind == "indirect"}
    groups = [(where[cands[0].start, cands[0].end], cands) for cands in rec.seen]
    labels = [[int(trim(text, c.start, c.end) in gold) for c in cands] for _, cands in groups]
    return Article(art, quotes, groups, labels)


def examples(arts: list[Article]) -> list[Example]:
    """The readings of the reports that have a right one, labelled."""
    return [(c.feats, y) for a in arts for (_, cands), ys in zip(a.groups, a.labels)
            if any(ys) for c, y in zip(cands, ys)]


def fit(exs: list[Example], c: float = DEFAULT_C, margin: float = 0.0,
        meta: str = "") -> SpanModel:
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(feats for feats, _ in exs)
    x = feature_matrix([feats for feats, _ in exs], {f: i for i, f in enumerate(vocab)})
    labels = [y for _, y in exs]
    if len(set(labels)) < 2:  # nothing to learn: the rules' spans stay
        return SpanModel(vocab, np.zeros(len(vocab)), 0.0, 1e9, meta)
    clf = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
    clf.fit(x, labels)
    return SpanModel(vocab, clf.coef_[0], float(clf.intercept_[0]), margin, meta)


def _chosen(a: Article, model: SpanModel | None, margin: float) -> list:
    """The article's quotes with the spans ``model`` chooses at ``margin`` put in."""
    if model is None:
        return a.quotes
    out = list(a.quotes)
    for i, cands in a.groups:
        k = model.choose(cands, margin)
        if k:
            out[i] = dataclasses.replace(out[i], start=cands[k].start, end=cands[k].end)
    return out


def _score(arts: list[Article], models: list, margin: float) -> dict[str, Any]:
    tally = QuoteTally()
    for a, model in zip(arts, models):
        tally.add(a.art.text, list(a.art.attributions), _chosen(a, model, margin))
    return tally.metrics()


def cross_validate(arts: list[Article], k: int, c: float = DEFAULT_C,
                   margins=MARGINS) -> dict[str, Any]:
    """The rules' spans, and each fold's model at each margin: the metrics of ``dyad evaluate
    quotes`` over all the held-out articles."""
    fold_model: list[SpanModel | None] = [None] * len(arts)
    for held in folds(len(arts), k):
        held_set = set(held)
        model = fit(examples([a for i, a in enumerate(arts) if i not in held_set]), c)
        for i in held:
            fold_model[i] = model
    out: dict[str, Any] = {"rules": _score(arts, [None] * len(arts), 0.0), "margins": {}}
    for m in margins:
        out["margins"][m] = _score(arts, fold_model, m)
    return out


def _cue_f1(m: dict[str, Any]) -> float:
    return m["cue_pairs"]["f1"]


CUE_SLACK = 0.0005  # of cue F1 over matched pairs: about 7 of PolNeAR train's 14,000 pairs


def best_margin(cv: dict[str, Any]) -> float:
    """The margin of the best exact overall F1 (the larger one on a tie: fewer moves), among
    those that keep the lenient overall F1 and the cue F1 over matched pairs of the rules'
    spans: a moved edge should not lose a quote found leniently (nor the cue scored on it; a
    pair or two that changes partner is noise, CUE_SLACK)."""
    rules = cv["rules"]
    keep = [m for m, r in cv["margins"].items()
            if r["lenient"]["overall"]["f1"] >= rules["lenient"]["overall"]["f1"]
            and _cue_f1(r) >= _cue_f1(rules) - CUE_SLACK] or [max(cv["margins"])]
    return max(keep, key=lambda m: (cv["margins"][m]["exact"]["overall"]["f1"], m))


def train_spans(path: str, out: str | Path = DEFAULT_OUT, docs: str | None = None, cv: int = 0,
                c: float = DEFAULT_C, margin: float | None = None,
                limit: int | None = None) -> dict[str, Any]:
    """Train on all of ``path`` and write the model; with ``cv`` > 1, first report held-out
    scores and take the margin from them (unless ``margin`` is given)."""
    arts = [record(a, d) for a, d in load_docs(path, docs, limit)]
    exs = examples(arts)
    reports = sum(len(a.groups) for a in arts)
    result: dict[str, Any] = {
        "articles": len(arts), "reports": reports,
        "reports_with_right_reading": sum(any(ys) for a in arts for ys in a.labels),
        "rule_right": sum(ys[0] for a in arts for ys in a.labels),
        "examples": len(exs), "positives": sum(y for _, y in exs)}
    if cv > 1:
        result["cv"] = cross_validate(arts, cv, c)
        if margin is None:
            margin = best_margin(result["cv"])
    margin = 0.0 if margin is None else margin
    meta = (f"trained on {Path(path).name}; {len(arts)} articles, {reports} reports, "
            f"{len(exs)} readings; C={c}; margin {margin}")
    model = fit(exs, c, margin, meta)
    model.save(out)
    result.update(model=str(out), features=len(model.index), margin=margin)
    return result


def format_cv(cv: dict[str, Any]) -> str:
    def row(name: str, m: dict) -> str:
        e, ex = m["exact"]["overall"], m["exact"]
        return (f"  {name:<8} exact overall P {e['precision']:.3f} R {e['recall']:.3f} "
                f"F1 {e['f1']:.4f} | indirect F1 {ex['indirect']['f1']:.4f} | mixed F1 "
                f"{ex['mixed']['f1']:.3f} | direct F1 {ex['direct']['f1']:.3f} | lenient F1 "
                f"{m['lenient']['overall']['f1']:.4f} | cue F1 {_cue_f1(m):.4f}")

    lines = ["cross-validated (held-out articles):", row("rules", cv["rules"])]
    lines += [row(f"> {m}", r) for m, r in cv["margins"].items()]
    return "\n".join(lines)
