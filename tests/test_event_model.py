"""The event classifier: features, numpy inference, the shipped weights, training and its CLI."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import build_doc

from dyad.cli_train import COMMANDS, train
from dyad.nlp.event_model import (
    CATEGORY_PENTA,
    MODEL_FILE,
    EventModel,
    category_of,
    default_model,
    features,
)

DATA = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data"


def sanctions_doc():
    return build_doc([
        ("Washington", 1, "nsubj", "PROPN", "Washington"), ("imposed", 1, "ROOT", "VERB", "impose"),
        ("new", 3, "amod", "ADJ", "new"), ("sanctions", 1, "dobj", "NOUN", "sanction"),
        ("on", 3, "prep", "ADP", "on"), ("Moscow", 4, "pobj", "PROPN", "Moscow"),
        (".", 1, "punct", "PUNCT", ".")])


def test_features_read_the_trigger_s_parse():
    doc = sanctions_doc()
    f = features(doc[1], "163", "COERCE")
    assert {"t=impose", "obj=sanction", "tobj=impose_sanction", "objprep=sanction_on",
            "obj2=sanction_new", "dict=163", "dictroot=16", "dictcat=COERCE", "w=moscow",
            "b=imposed_new", "sub=sanction"} <= set(f)
    assert "nodict" in features(doc[1]) and "neg" not in f


def test_features_read_the_mood_of_a_reported_clause():
    doc = build_doc([
        ("Kenya", 1, "nsubj", "PROPN", "Kenya"), ("said", 1, "ROOT", "VERB", "say"),
        ("Qatar", 4, "nsubj", "PROPN", "Qatar"), ("must", 4, "aux", "AUX", "must"),
        ("mediate", 1, "ccomp", "VERB", "mediate"), (".", 1, "punct", "PUNCT", ".")])
    assert "clause=must" in features(doc[1])
    assert not any(f.startswith("clause=") for f in features(doc[4]))


def test_category_of_merges_as_the_gold_data_does():
    assert category_of("010", "CONSULT") == "STATEMENT"
    assert category_of("0231", "REQUEST") == "STATEMENT"
    assert category_of("0813", "RETREAT") == "YIELD"
    assert category_of("163", "COERCE") == "COERCE"
    assert set(CATEGORY_PENTA.values()) == {0, 1, 2, 3, 4}


def toy_model(penta_weight: float = 1.0) -> EventModel:
    cats = sorted(CATEGORY_PENTA)
    vocab = ["t=impose", "obj=sanction", "bias"]
    cat_w = np.zeros((3, len(cats)))
    cat_w[0, cats.index("SANCTION")] = 1.0
    cat_w[1, cats.index("COERCE")] = 1.5   # the category head prefers COERCE a little
    penta_w = np.zeros((3, 5))
    penta_w[1, 3] = 4.0                    # the pentacode head is sure of verbal conflict
    return EventModel(vocab, penta_w, np.zeros(5), cat_w, np.zeros(len(cats)), cats,
                      penta_weight)


def test_both_heads_vote():
    feats = ["t=impose", "obj=sanction", "unknown feature"]
    alone = toy_model(penta_weight=0.0).predict(feats)
    assert (alone.category, alone.penta) == ("COERCE", 4)
    joint = toy_model().predict(feats)
    assert joint.penta == 3 and CATEGORY_PENTA[joint.category] == 3
    assert 0.0 < joint.probability < 1.0
    assert all(p <= round(joint.probability, 3) for _, p in joint.alternatives)


def test_save_and_read_give_the_same_predictions(tmp_path):
    model = toy_model()
    path = tmp_path / "m.npz"
    model.save(path)
    again = EventModel.read(path)
    feats = ["t=impose", "obj=sanction"]
    a, b = again.predict(feats), model.predict(feats)
    assert (a.category, a.penta) == (b.category, b.penta)
    assert a.probability == pytest.approx(b.probability, abs=1e-6)
    assert again.categories == model.categories


def test_the_shipped_model_is_small_and_complete():
    path = DATA / MODEL_FILE
    assert path.is_file() and path.stat().st_size < 5_000_000
    model = default_model()
    assert model is not None and model.categories == sorted(CATEGORY_PENTA)
    assert model.cat_w.shape == (len(model.index), len(CATEGORY_PENTA))
    assert "trained on" in model.meta
    pred = model.predict(features(sanctions_doc()[1], "163", "COERCE"))
    assert pred.penta in (3, 4) and pred.category in ("SANCTION", "COERCE")


def test_fit_is_deterministic_and_learns():
    from dyad.train import Example, fit

    def ex(feats, penta, cat):
        return Example(doc=None, kind="plv", features=feats, penta=penta, category=cat, row=None)

    exs = [ex(["bias", f"t=attack{i % 3}", "w=troops"], 4, "ASSAULT") for i in range(6)]
    exs += [ex(["bias", f"t=meet{i % 3}", "w=talks"], 1, "CONSULT") for i in range(6)]
    exs += [ex(["bias", f"t=say{i % 3}"], 0, "STATEMENT") for i in range(6)]
    a, b = fit(exs, c=1.0), fit(exs, c=1.0)
    assert np.array_equal(a.cat_w, b.cat_w) and np.array_equal(a.penta_w, b.penta_w)
    assert a.predict(["bias", "t=attack1", "w=troops"]).category == "ASSAULT"
    assert a.predict(["bias", "t=meet2", "w=talks"]).category == "CONSULT"
    assert "t=attack1" in a.index and "never seen" not in a.index


# -- dyad train events ------------------------------------------------------------------------
def test_train_help_gives_the_default_values():
    from dyad.train import DEFAULT_C, DEFAULT_PENTA_WEIGHT

    shown = " ".join(CliRunner().invoke(train, ["events", "--help"]).output.split())
    assert f"regression [default: {DEFAULT_C}]" in shown
    assert f"score [default: {DEFAULT_PENTA_WEIGHT}]" in shown
    assert "dyad.train" not in shown


def test_train_group_is_exported():
    assert COMMANDS == [train] and "events" in train.commands


def test_train_usage_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where no development data sits beside the checkout
    runner = CliRunner()
    result = runner.invoke(train, ["events"])
    assert result.exit_code == 2 and "--penta" in result.output
    # the message says where the default files were looked for
    assert "penta-train.tsv" in result.output and str(tmp_path) in result.output
    Path("p.tsv").write_text("Troops attacked the town.\t4\n", encoding="utf-8")
    result = runner.invoke(train, ["events", "--penta", "p.tsv", "--cv", "1"])
    assert result.exit_code == 2 and "folds" in result.output


# Written for this test: not from any gold set.
PENTA_LINES = [
    ("Rebels attacked an army post near the border.", 4),
    ("Soldiers shelled the village overnight.", 4),
    ("Police fired tear gas at the crowd.", 4),
    ("The minister said the budget would pass.", 0),
    ("The spokesman said the talks were useful.", 0),
    ("A senator said the vote was close.", 0),
    ("France and Germany met to discuss trade.", 1),
    ("The envoys held talks in Geneva.", 1),
    ("Japan sent food aid to the flooded region.", 2),
    ("The court freed the jailed reporter.", 2),
    ("The union accused the company of lying.", 3),
    ("The government rejected the opposition's demands.", 3),
]


PLV_ROWS = [
    ("<s>Rebels</s> attacked <t>an army post</t> near the border.", "ASSAULT", 4),
    ("<s>Soldiers</s> shelled <t>the village</t> overnight.", "ASSAULT", 4),
    ("<s>France</s> met <t>Germany</t> to discuss trade.", "CONSULT", 1),
    ("<s>The envoys</s> held talks with <t>Iran</t> in Geneva.", "CONSULT", 1),
    ("<s>The union</s> accused <t>the company</t> of lying.", "ACCUSE", 3),
    ("<s>The government</s> rejected <t>the opposition</t>'s demands.", "REJECT", 3),
]


def write_plv(path: Path) -> None:
    lines = ["\tsentence\tmarked_sentence\tgold_root\tgold_penta"]
    for i, (marked, root, penta) in enumerate(PLV_ROWS):
        plain = marked.replace("<s>", "").replace("</s>", "").replace("<t>", "").replace("</t>", "")
        lines.append(f"{i}\t{plain}\t{marked}\t{root}\t{penta}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_train_events_writes_a_model_and_cross_validates(tmp_path, monkeypatch):
    penta, plv = tmp_path / "penta.tsv", tmp_path / "plv.tsv"
    penta.write_text("".join(f"{s}\t{k}\n" for s, k in PENTA_LINES), encoding="utf-8")
    write_plv(plv)
    out = tmp_path / "model.npz"
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(train, ["events", "--penta", str(penta), "--plv", str(plv),
                                   "--out", str(out), "--cv", "2", "--c", "10",
                                   "--penta-weight", "3"])
    assert result.exit_code == 0, result.output
    assert "2-fold cross-validated" in result.output and "macro-F1" in result.output
    assert "PLV, 2-fold" in result.output and "-> " + str(out) in result.output
    model = EventModel.read(out)
    assert {"STATEMENT", "ASSAULT"} <= set(model.categories) and len(model.index) > 20
    assert model.penta_weight == 3.0 and "C=10.0" in model.meta
    assert model.predict(features(sanctions_doc()[1])).category in model.categories
