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
def test_the_learned_spans_follow_the_default_unless_told():
    from dyad.nlp import LEARNED_SPANS
    from dyad.nlp.components import read_quotes
    from dyad.nlp.pipeline import build, load

    assert build().get_pipe_config("dyad_quotes")["learned_spans"] is LEARNED_SPANS
    assert build(learned_spans=True).get_pipe_config("dyad_quotes")["learned_spans"] is True
    assert _rules_nlp().get_pipe_config("dyad_quotes")["learned_spans"] is False
    # the shared pipeline of dyad analyze and ingest takes the switch too
    for on in (True, False):
        assert load(learned_spans=on).get_pipe_config("dyad_quotes")["learned_spans"] is on
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
    # `dyad evaluate quotes --learned-spans` scores the span model's edges, --no-learned-spans
    # the rules' spans; without either, as dyad.nlp.LEARNED_SPANS says
    import dyad.evaluate.quotes as ev
    from dyad.evaluate.cli import evaluate
    from dyad.nlp import LEARNED_SPANS

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
    CliRunner().invoke(evaluate, ["quotes", "--polnear", str(tmp_path / "p.jsonl"),
                                  "--no-learned-spans"])
    assert seen["learned_spans"] is False
    CliRunner().invoke(evaluate, ["quotes", "--polnear", str(tmp_path / "p.jsonl")])
    assert seen["learned_spans"] is LEARNED_SPANS


def test_analyze_and_ingest_pass_the_switch_on(monkeypatch, tmp_path):
    import dyad.api
    import dyad.batch
    from dyad.batch import IngestResult
    from dyad.cli import main
    from dyad.nlp import LEARNED_SPANS

    seen = {}

    def fake_analyze(articles, **kw):
        seen["analyze"] = kw["learned_spans"]
        return iter(())

    def fake_ingest(paths, db, **kw):
        seen["ingest"] = kw["learned_spans"]
        return IngestResult()

    monkeypatch.setattr(dyad.api, "analyze_many", fake_analyze)
    monkeypatch.setattr(dyad.batch, "ingest_paths", fake_ingest)
    text = tmp_path / "a.txt"
    text.write_text("The mayor said the city would raise taxes.", encoding="utf-8")
    db = str(tmp_path / "d.db")
    for flags, want in (([], LEARNED_SPANS), (["--learned-spans"], True),
                        (["--no-learned-spans"], False)):
        CliRunner().invoke(main, ["analyze", str(text), *flags])
        CliRunner().invoke(main, ["ingest", str(text), "--db", db, *flags])
        assert seen == {"analyze": want, "ingest": want}, flags
        seen.clear()


# -- the per-Doc look-ups the readings use, against what they stand for ----------------------
_TEXT = ("The mayor said on Tuesday that the city would raise taxes, which angered voters, "
         "and that schools would close.\nSmith told reporters the plan was “a disaster for "
         "farmers,” and urged lawmakers to reject it. According to the governor, the state "
         "won't help. Officials talked about immigration and how it is changing the country.")
# written for these tests


@pytest.mark.slow
def test_parse_look_ups_are_the_tokens_own():
    from dyad.nlp.learned_spans import _Parse

    doc = _rules_nlp()(_TEXT)
    p = _Parse(doc, doc.text)
    p.read(0, len(doc) - 1)
    for t in doc:
        i = t.i
        assert (p.dep(i), p.pos(i), p.tag(i), p.lower(i), p.ent(i), p.lemma(i)) == (
            t.dep_, t.pos_, t.tag_, t.lower_, t.ent_type_, t.lemma_.lower())
        assert p.head[i] == t.head.i and (p.begin(i), p.end(i)) == (t.idx, t.idx + len(t))
        assert p.word[i] == (not t.is_punct and not t.is_space)
        assert (p.cc(i), p.adp(i), p.verb(i), p.fn(i), p.subj(i)) == (
            t.dep_ == "cc", t.pos_ == "ADP", t.pos_ in ("VERB", "AUX"),
            t.pos_ in ("ADP", "SCONJ"), t.dep_ in ("nsubj", "nsubjpass"))
        # each word's phrase runs from its subtree's first token to its last
        sub = [x.i for x in t.subtree]
        assert (p.left[i], p.right[i]) == (min(sub), max(sub))
        s = t.sent
        assert p.sentence(i) == (s.start, s.end)
        assert p.last_word(i) == max((x.i for x in s if not x.is_punct and not x.is_space),
                                     default=-1)
    # the tokens that share a character with a span of text
    for s, e in [(0, 3), (1, 2), (3, 4), (4, 14), (len(doc.text) - 1, len(doc.text))]:
        want = [t.i for t in doc if t.idx < e and s < t.idx + len(t)]
        i, j = p.tokens(s, e)
        assert list(range(i, j)) == want, (s, e)


def _drops_by_definition(p, a, b):
    """The leading and trailing drops, read off their definitions token by token."""
    head = p.head
    heads = {i for i in range(a, b + 1) if not a <= head[i] <= b}
    left = [k for k in range(a + 1, b + 1)
            if max(p.right[a:k]) < k and p.word[k] and not p.cc(k)
            and all(head[i] in heads or not a <= head[i] <= b
                    for i in range(a, k) if not a <= head[i] < k)][:3]
    right = [k for k in range(b - 1, a - 1, -1)
             if min(p.left[k + 1:b + 1]) > k and p.word[k] and not p.cc(k)
             and not any(head[j] <= k and p.fn(head[j]) for j in range(k + 1, b + 1))][:3]
    return left, right


@pytest.mark.slow
def test_drops_are_found_as_defined():
    from dyad.nlp.learned_spans import _left_drops, _Parse, _right_drops

    doc = _rules_nlp()(_TEXT)
    p = _Parse(doc, doc.text)
    p.read(0, len(doc) - 1)
    tried = 0
    for s in doc.sents:  # every stretch of every sentence, as a report's content
        for a in range(s.start, s.end):
            for b in range(a, s.end):
                assert (_left_drops(p, a, b), _right_drops(p, a, b)) == _drops_by_definition(
                    p, a, b), (a, b)
                tried += 1
    assert tried > 500


@pytest.mark.slow
def test_a_report_may_not_reach_into_marks_cues_speakers_or_other_quotes():
    from dyad.nlp.learned_spans import _Blocks, _Parse
    from dyad.nlp.speaker_salience import quoted_spans

    doc = _rules_nlp()(_TEXT)
    text = doc.text
    quotes = [QuoteInfo(4, 9, "indirect", speaker_span=(0, 9), cue_span=(10, 14)),
              QuoteInfo(40, 60, "indirect", cue_span=(30, 34)),
              QuoteInfo(120, 140, "direct")]
    marked = quoted_spans(doc)

    def by_definition(q, k):
        t = doc[k]
        s, e = t.idx, t.idx + len(t)
        spans = [sp for sp in (q.cue_span, q.speaker_span) if sp is not None] + list(marked)
        for o in quotes:
            if o is not q:
                spans += [(o.start, o.end)] + ([o.cue_span] if o.cue_span else [])
        return any(ch in "“”„«»‹›\"'`\n" for ch in text[s:e]) or any(
            bs < e and s < be for bs, be in spans)

    p = _Parse(doc, text)
    blocks = _Blocks(p, quotes, marked)
    for step in range(2):
        for q in quotes:
            barred = blocks.of(q)
            assert [bool(barred(k)) for k in range(len(doc))] == [
                by_definition(q, k) for k in range(len(doc))]
        # a report that moves bars the others from where it is now, not where it was
        blocks.count(quotes[1].start, quotes[1].end, -1)
        quotes[1].start, quotes[1].end = 45, 80
        blocks.count(45, 80, 1)
    assert any(blocks.of(quotes[0])(k) for k in range(len(doc)))


def test_the_margin_kept_is_the_best_that_loses_no_lenient_quote_nor_cue_beyond_noise():
    from dyad.train_spans import best_margin

    def run(exact, lenient, cue):
        return {"exact": {"overall": {"f1": exact}}, "lenient": {"overall": {"f1": lenient}},
                "cue_pairs": {"f1": cue}}

    cv = {"rules": run(0.670, 0.770, 0.8554),
          "margins": {0.0: run(0.673, 0.771, 0.8553), 1.0: run(0.672, 0.771, 0.8554),
                      3.0: run(0.671, 0.770, 0.8554)}}
    assert best_margin(cv) == 0.0  # a cue F1 a ten-thousandth lower is noise
    cv["margins"][0.0] = run(0.673, 0.771, 0.8500)
    assert best_margin(cv) == 1.0  # one that costs cues is not kept
    cv["margins"][0.0] = run(0.673, 0.769, 0.8554)
    assert best_margin(cv) == 1.0  # nor one that loses a lenient match
