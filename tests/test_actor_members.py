"""Members, aides and negotiators of a body the words name have the body's sector first."""

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors


@pytest.mark.parametrize("body,lemma,noun,noun_lemma,sector", [
    ("Military", "military", "officials", "official", "MIL"),
    ("Congressional", "congressional", "aides", "aide", "LEG"),
    ("Church", "church", "leaders", "leader", "REL"),
    ("Parliamentary", "parliamentary", "negotiators", "negotiator", "LEG"),
    ("Jewish", "jewish", "leaders", "leader", "REL"),
])
def test_members_of_a_body_named_by_a_role_word_take_its_sector(body, lemma, noun, noun_lemma,
                                                                 sector):
    rows = [(body, 1, "amod", "ADJ", lemma, "JJ"), (noun, 2, "nsubj", "NOUN", noun_lemma, "NNS"),
            ("objected", 2, "ROOT", "VERB", "object", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O"] * 4)
    group = find_actors(doc, load_knowledge()).actors[0]
    assert (group.name, group.kind, group.sector[0]) == (f"{body} {noun}", "group", sector)


def test_a_state_request_is_its_governments_and_a_congressional_one_the_legislatures():
    from dyad.nlp.thing_actors import load_means

    means = load_means()
    assert means["proposal"] == means["request"] == means["resolution"] == "GOV"
    assert load_knowledge().roles["congressional"].sector == ("LEG",)


@pytest.mark.parametrize("ents", [["O", "B-ORG", "I-ORG", "O", "O", "O"],
                                  ["O", "B-PERSON", "O", "O", "O", "O"]])
def test_a_government_named_after_its_leader_takes_the_leaders_country(ents):
    rows = [("The", 2, "det", "DET", "the", "DT"), ("Clinton", 2, "compound", "PROPN", "Clinton", "NNP"),
            ("administration", 3, "nsubj", "NOUN", "administration", "NN"),
            ("cut", 3, "ROOT", "VERB", "cut", "VBD"), ("aid", 3, "dobj", "NOUN", "aid", "NN"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ents)
    found = find_actors(doc, load_knowledge())
    body = found.at(doc[2])
    assert (body.kind, body.country, body.sector[0]) == ("organization", "USA", "GOV")


def test_a_humanitarian_group_is_an_ngo():
    rows = [("The", 2, "det", "DET", "the", "DT"),
            ("humanitarian", 2, "amod", "ADJ", "humanitarian", "JJ"),
            ("group", 3, "nsubj", "NOUN", "group", "NN"), ("left", 3, "ROOT", "VERB", "leave", "VBD"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    body = find_actors(build_doc(rows, ["O"] * 5), load_knowledge()).actors[0]
    assert (body.kind, body.sector) == ("organization", ["NGO"])


def test_mujahideen_are_rebels():
    rows = [("The", 1, "det", "DET", "the", "DT"),
            ("mujahideen", 2, "nsubj", "NOUN", "mujahideen", "NNS"),
            ("attacked", 2, "ROOT", "VERB", "attack", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    group = find_actors(build_doc(rows, ["O"] * 4), load_knowledge()).actors[0]
    assert (group.kind, group.sector) == ("group", ["REB"])


def test_a_body_named_with_an_of_phrase_is_of_its_heads_kind():
    rows = [("The", 2, "det", "DET", "the", "DT"),
            ("Ruritania", 2, "compound", "PROPN", "Ruritania", "NNP"),
            ("Court", 6, "nsubj", "PROPN", "Court", "NNP"), ("of", 2, "prep", "ADP", "of", "IN"),
            ("Criminal", 5, "compound", "PROPN", "Criminal", "NNP"),
            ("Appeals", 3, "pobj", "PROPN", "Appeals", "NNPS"), ("ruled", 6, "ROOT", "VERB", "rule", "VBD"),
            (".", 6, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    court = find_actors(doc, load_knowledge()).at(doc[2])
    assert court.sector[0] == "JUD"  # a court, not criminals
