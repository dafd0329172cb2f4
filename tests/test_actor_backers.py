"""A group a capital backs acts with that state and is not of its country; a dateline's state places
its town."""

from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors


def test_a_capital_backed_group_does_not_take_the_capitals_country():
    rows = [("Moscow", 2, "npadvmod", "PROPN", "Moscow", "NNP"), ("-", 2, "punct", "PUNCT", "-", "HYPH"),
            ("backed", 3, "amod", "VERB", "back", "VBN"),
            ("separatists", 4, "nsubj", "NOUN", "separatist", "NNS"),
            ("shelled", 4, "ROOT", "VERB", "shell", "VBD"), ("it", 4, "dobj", "PRON", "it", "PRP"),
            (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "O", "O", "O", "O", "O"])
    from dyad.nlp.gazetteer import load_gazetteer

    group = find_actors(doc, load_knowledge(), places=load_gazetteer()).at(doc[3])
    assert group.kind == "group" and group.country is None


def test_a_state_after_the_datelines_town_sets_the_country():
    from dyad.nlp.gazetteer import load_gazetteer

    rows = [("CAMBRIDGE", 5, "npadvmod", "PROPN", "Cambridge", "NNP"), (",", 0, "punct", "PUNCT", ",", ","),
            ("Mass.", 0, "appos", "PROPN", "Mass.", "NNP"), ("--", 5, "punct", "PUNCT", "--", ":"),
            ("Police", 5, "nsubj", "NOUN", "police", "NNS"), ("struck", 5, "ROOT", "VERB", "strike", "VBD"),
            (".", 5, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "B-GPE", "O", "O", "O", "O"])
    police = find_actors(doc, load_knowledge(), places=load_gazetteer()).at(doc[4])
    assert police.country == "USA"  # Cambridge, Massachusetts, not Cambridge in England
