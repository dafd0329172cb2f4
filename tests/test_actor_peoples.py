"""A nation's people as a whole ("the Syrian people", "the British public") is a civilian group, as is a
people or faith a nation qualifies ("British Muslims")."""

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors


@pytest.mark.parametrize("noun,lemma,tag", [("people", "people", "NNS"),
                                            ("public", "public", "NN")])
def test_a_nationality_before_people_is_that_nation_as_civilians(noun, lemma, tag):
    rows = [("The", 3, "det", "DET", "the", "DT"), ("proud", 3, "amod", "ADJ", "proud", "JJ"),
            ("Chilean", 3, "amod", "ADJ", "chilean", "JJ"),
            (noun, 4, "nsubj", "NOUN", lemma, tag),
            ("voted", 4, "ROOT", "VERB", "vote", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "O", "B-NORP", "O", "O", "O"])
    found = find_actors(doc, load_knowledge())
    assert len(found.actors) == 1
    a = found.actors[0]
    assert (a.name, a.kind, a.country, a.sector) == (f"Chilean {noun}", "group", "CHL", ["CVL"])
    assert a.mentions == [(2, 4)]


def test_a_nationality_before_another_noun_is_no_people():
    rows = [("Chilean", 1, "amod", "ADJ", "chilean", "JJ"),
            ("voters", 2, "nsubj", "NOUN", "voter", "NNS"), ("voted", 2, "ROOT", "VERB", "vote", "VBD"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O", "O"])
    assert all(not a.key.startswith("people:") for a in find_actors(doc, load_knowledge()).actors)


def test_a_demonym_after_a_is_one_person_of_that_nation():
    rows = [("Gunmen", 1, "nsubj", "NOUN", "gunman", "NNS"), ("killed", 1, "ROOT", "VERB", "kill", "VBD"),
            ("a", 3, "det", "DET", "a", "DT"), ("Chechen", 1, "dobj", "PROPN", "Chechen", "NNP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "O", "O", "B-NORP", "O"])
    one = find_actors(doc, load_knowledge()).at(doc[3])
    assert (one.kind, one.country, one.sector) == ("person", "RUS", [])


def test_regional_demonyms_no_other_country_shares_are_the_countrys():
    kb = load_knowledge()
    assert (kb.adjectives["Chechen"], kb.adjectives["Tibetan"], kb.adjectives["Catalan"],
            kb.adjectives["Texans"]) == ("RUS", "CHN", "ESP", "USA")
    assert "Kurdish" not in kb.adjectives and "Kashmiri" not in kb.adjectives
    assert kb.spelling_entry("Briton") is None  # a demonym, not a spelling of anyone's name


def test_a_faiths_plural_is_its_believers_as_civilians_of_no_country():
    # "Gunmen freed Catholics ." beside "Catholic clerics prayed ."
    rows = [("Gunmen", 1, "nsubj", "NOUN", "gunman", "NNS"), ("freed", 1, "ROOT", "VERB", "free", "VBD"),
            ("Catholics", 1, "dobj", "PROPN", "Catholics", "NNPS"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "O", "B-NORP", "O"])
    believers = find_actors(doc, load_knowledge()).at(doc[2])
    assert (believers.kind, believers.country, believers.sector) == ("group", None, ["CVL"])
    rows = [("Catholic", 1, "amod", "ADJ", "catholic", "JJ"),
            ("clerics", 2, "nsubj", "NOUN", "cleric", "NNS"), ("prayed", 2, "ROOT", "VERB", "pray", "VBD"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O", "O"])
    assert find_actors(doc, load_knowledge()).at(doc[1]).sector[0] == "REL"


@pytest.mark.parametrize("ents", [["B-NORP", "I-NORP", "O", "O"], ["B-NORP", "B-NORP", "O", "O"]])
def test_a_faith_a_nation_qualifies_is_that_nations_civilians(ents):
    # "British Muslims prayed.", tagged as one people or as two
    rows = [("British", 1, "amod", "ADJ", "british", "JJ"),
            ("Muslims", 2, "nsubj", "PROPN", "Muslims", "NNPS"),
            ("prayed", 2, "ROOT", "VERB", "pray", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ents)
    group = find_actors(doc, load_knowledge()).at(doc[1])
    assert (group.kind, group.country, group.sector) == ("group", "GBR", ["CVL"])


def test_a_faith_no_nation_qualifies_is_of_no_country():
    rows = [("Muslims", 1, "nsubj", "PROPN", "Muslims", "NNPS"),
            ("prayed", 1, "ROOT", "VERB", "pray", "VBD"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O"])
    group = find_actors(doc, load_knowledge()).at(doc[0])
    assert (group.kind, group.country, group.sector) == ("group", None, ["CVL"])


def test_a_people_of_two_nations_is_not_read_as_one_nations():
    # "Bosnian Serbs": the Serbs' own nation and Bosnia's disagree; no people of either is read
    rows = [("Bosnian", 1, "amod", "ADJ", "bosnian", "JJ"),
            ("Serbs", 2, "nsubj", "PROPN", "Serbs", "NNPS"),
            ("voted", 2, "ROOT", "VERB", "vote", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "I-NORP", "O", "O"])
    assert find_actors(doc, load_knowledge()).actors == []
