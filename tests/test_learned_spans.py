"""Learned span edges: the readings of a report, the numpy model that chooses among them, the
shipped weights, training and its CLI."""

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import SHARED

from dyad.cli_train import train
from dyad.nlp.learned_spans import Candidate, SpanModel, candidates, choose_spans, default_model
from dyad.nlp.reported import QuoteInfo

POLNEAR_TRAIN = SHARED / "data" / "quotes" / "polnear-train.jsonl"


def _model(weights: dict[str, float], margin: float = 0.0) -> SpanModel:
    vocab = sorted(weights)
    return SpanModel(vocab, np.array([weights[f] for f in vocab]), 0.0, margin)


def test_the_model_keeps_the_rules_span_unless_a_reading_beats_it_by_its_margin():
    cands = [Candidate(0, 10, "rule", ["rule"]), Candidate(0, 5, "R-drop", ["R-drop", "x"]),
             Candidate(2, 10, "L-drop", ["L-drop"])]
    model = _model({"rule": 1.0, "R-drop": 0.5, "x": 1.0, "L-drop": 3.0})
    assert model.choose(cands) == 2  # the best reading, 2.0 over the rules' span
    assert model.choose(cands, margin=2.5) == 0
    assert _model({"rule": 1.0}).choose(cands) == 0  # no reading scores higher
    assert model.choose(cands[:1]) == 0


def test_model_probability_and_round_trip(tmp_path):
    model = SpanModel(["rule", "R-drop"], np.array([0.5, 1.0]), -1.0, 0.25, "meta")
    assert abs(model.probability(["R-drop", "unseen"]) - 0.5) < 1e-6
    model.save(tmp_path / "m.npz")
    back = SpanModel.read(tmp_path / "m.npz")
    assert back.index == model.index and back.margin == 0.25 and back.meta == "meta"
    assert np.array_equal(back.w, model.w) and back.b == model.b


def test_the_shipped_model_loads():
    model = default_model()
    assert model is not None and "trained on" in model.meta
    assert model.w.shape == (len(model.index),) and model.margin >= 0.0
    assert "rule" in model.index and any(f.startswith("R-drop|d=") for f in model.index)


def test_fit_is_deterministic_and_learns(tmp_path):
    from dyad.train_spans import fit

    exs = [(["rule", "rule|cue=say"], 1), (["R-drop", "R-drop|d=cc"], 0)] * 4
    exs += [(["rule", "rule|cue=urge"], 0), (["L-drop", "L-drop|d=dobj"], 1)] * 4
    a, b = fit(exs, c=1.0), fit(exs, c=1.0)
    a.save(tmp_path / "a.npz")
    b.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert a.score(["L-drop", "L-drop|d=dobj"]) > a.score(["rule", "rule|cue=urge"])
    assert a.score(["R-drop", "R-drop|d=cc"]) < a.score(["rule", "rule|cue=say"])


def test_train_spans_usage_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where no PolNeAR file sits beside the checkout
    result = CliRunner().invoke(train, ["spans"])
    assert result.exit_code == 2 and "--polnear" in result.output
    (tmp_path / "p.jsonl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(train, ["spans", "--polnear", "p.jsonl", "--cv", "1"])
    assert result.exit_code == 2 and "folds" in result.output


# -- readings on the real small model ------------------------------------------------------------
def _reports(text: str):
    """The pipeline's quotes of ``text`` with the rules' spans, and its Doc."""
    from dyad.nlp.components import read_quotes

    doc = _rules_nlp()(text)
    return doc, read_quotes(doc)


_NLP = []


def _rules_nlp():
    from dyad.nlp.pipeline import build

    if not _NLP:
        _NLP.append(build(learned_spans=False))
    return _NLP[0]


def _readings(doc, quotes, q):
    from dyad.nlp.speaker_salience import quoted_spans

    return {(c.edit, doc.text[c.start:c.end]) for c in candidates(
        doc, doc.text, q, quotes, quoted_spans(doc))}


@pytest.mark.slow
def test_readings_drop_a_trailing_clause_or_a_leading_object():
    # written for this test
    text = ("The mayor said the city would raise taxes, which angered voters. "
            "The senator urged lawmakers to reject the bill.")
    doc, quotes = _reports(text)
    said, urged = sorted((q for q in quotes if q.kind == "indirect"), key=lambda q: q.start)
    assert text[said.start:said.end] == "the city would raise taxes"
    got = _readings(doc, quotes, said)
    assert ("rule", "the city would raise taxes") in got
    assert ("R-add", "the city would raise taxes, which angered voters") in got
    assert ("R-drop", "the city would raise") in got
    # never a piece of a phrase ("city would …"), nor the cue or the speaker
    assert not any(s.startswith(("city", "said", "The mayor")) for _, s in got)
    assert text[urged.start:urged.end] == "lawmakers to reject the bill"
    got = _readings(doc, quotes, urged)
    assert {("L-drop", "to reject the bill"), ("L-drop", "reject the bill"),
            ("R-drop", "lawmakers")} <= got


@pytest.mark.slow
def test_readings_take_in_the_preposition_of_the_cue_but_never_a_quotation():
    # written for this test
    text = "Trump talked about immigration and how it is changing the country."
    doc, quotes = _reports(text)
    [q] = quotes
    got = _readings(doc, quotes, q)
    assert ("L-add", "about immigration") in got
    assert ("R-add", "immigration and how it is changing the country") in got
    text = "Smith said the bill was a disaster “for farmers and for towns.”"
    doc, quotes = _reports(text)
    assert all(_readings(doc, quotes, q) == set() for q in quotes if q.kind != "indirect")
    for q in quotes:
        assert not any("“" in s for _, s in _readings(doc, quotes, q))


@pytest.mark.slow
def test_a_chosen_reading_moves_the_edge_and_says_so():
    from dyad.nlp.speaker_salience import quoted_spans

    text = "The mayor said the city would raise taxes, which angered voters."
    doc, quotes = _reports(text)
    [q] = quotes
    before = q.evidence
    choose_spans(doc, doc.text, quotes, quoted_spans(doc),
                 _model({"rule": 0.0, "R-add|d=relcl": 2.0}))
    assert text[q.start:q.end] == "the city would raise taxes, which angered voters"
    assert q.evidence == before + "; learned span edge: took in a following relcl"
    # a direct quote is never touched
    direct = QuoteInfo(0, 10, "direct", cue_span=(10, 14))
    choose_spans(doc, doc.text, [direct], [], _model({"rule": -5.0}))
    assert (direct.start, direct.end) == (0, 10)


@pytest.mark.slow
def test_the_learned_spans_are_off_unless_asked_for():
    from dyad.nlp.components import read_quotes
    from dyad.nlp.pipeline import build

    assert build(learned_spans=True).get_pipe_config("dyad_quotes")["learned_spans"] is True
    assert _rules_nlp().get_pipe_config("dyad_quotes")["learned_spans"] is False
    text = "The mayor said the city would raise taxes."
    [q] = read_quotes(_rules_nlp()(text))
    assert "learned span edge" not in q.evidence


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR_TRAIN.is_file(), reason="PolNeAR training data not present")
def test_training_on_a_few_articles_is_reproducible(tmp_path):
    from dyad.train_spans import train_spans

    a = train_spans(str(POLNEAR_TRAIN), tmp_path / "a.npz", limit=6, cv=2)
    b = train_spans(str(POLNEAR_TRAIN), tmp_path / "b.npz", limit=6, cv=2)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert a["reports"] > 0 and a["margin"] == b["margin"] and "rules" in a["cv"]
    assert SpanModel.read(tmp_path / "a.npz").meta.startswith("trained on polnear-train")


def test_evaluate_quotes_passes_the_switch_on(monkeypatch, tmp_path):
    # `dyad evaluate quotes --learned-spans` scores the span model's edges; without it, the
    # rules' spans
    import dyad.evaluate.quotes as ev
    from dyad.evaluate.cli import evaluate

    seen = {}

    def fake(path, **kw):
        seen.update(kw)
        return {}

    monkeypatch.setattr(ev, "evaluate_quotes", fake)
    monkeypatch.setattr(ev, "format_report", lambda result: "")
    (tmp_path / "p.jsonl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(evaluate, ["quotes", "--polnear", str(tmp_path / "p.jsonl"),
                                           "--learned-spans"])
    assert result.exit_code == 0, result.output
    assert seen["learned_spans"] is True and seen["learned_cues"] is True
    CliRunner().invoke(evaluate, ["quotes", "--polnear", str(tmp_path / "p.jsonl")])
    assert seen["learned_spans"] is False
