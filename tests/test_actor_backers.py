"""A group a capital backs, or one for a state ("pro-Russian"), acts with that state and is not of
its country; a dateline's state places its town."""

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


def test_a_group_for_a_state_is_not_of_its_country():
    # "Pro-Russian separatists shelled it.": what they are for, not whose they are
    rows = [("Pro", 2, "amod", "ADJ", "pro", "JJ"), ("-", 2, "amod", "PUNCT", "-", "HYPH"),
            ("Russian", 3, "amod", "ADJ", "Russian", "JJ"),
            ("separatists", 4, "nsubj", "NOUN", "separatist", "NNS"),
            ("shelled", 4, "ROOT", "VERB", "shell", "VBD"), ("it", 4, "dobj", "PRON", "it", "PRP"),
            (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "I-NORP", "I-NORP", "O", "O", "O", "O"])
    from dyad.nlp.gazetteer import load_gazetteer

    group = find_actors(doc, load_knowledge(), places=load_gazetteer()).at(doc[3])
    assert group.kind == "group" and group.country is None and group.sector[0] == "SEP"


def test_a_group_of_a_nationality_is_of_its_country():
    rows = [("Russian", 1, "amod", "ADJ", "Russian", "JJ"),
            ("separatists", 2, "nsubj", "NOUN", "separatist", "NNS"),
            ("shelled", 2, "ROOT", "VERB", "shell", "VBD"), ("it", 2, "dobj", "PRON", "it", "PRP"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O", "O", "O"])
    from dyad.nlp.gazetteer import load_gazetteer

    group = find_actors(doc, load_knowledge(), places=load_gazetteer()).at(doc[1])
    assert group.kind == "group" and group.country == "RUS"
