"""A person whose first name is a country's ("Chad Johnson", "Jordan Henderson"): the lone first
name later in the text is that person, not the country, unless a preposition makes it a place."""

from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors


def _chad(tail):
    # "Chad Johnson scored." + tail
    rows = [("Chad", 1, "compound", "PROPN", "Chad", "NNP"),
            ("Johnson", 2, "nsubj", "PROPN", "Johnson", "NNP"),
            ("scored", 2, "ROOT", "VERB", "score", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
    rows += [(w, h + 4, d, p, lemma, t) for w, h, d, p, lemma, t in tail[0]]
    return find_actors(build_doc(rows, ["B-PERSON", "I-PERSON", "O", "O"] + tail[1]),
                       load_knowledge())


def test_a_country_named_as_the_first_name_of_a_person_named_in_full_is_that_person():
    # "Chad said ."
    found = _chad(([("Chad", 1, "nsubj", "PROPN", "Chad", "NNP"),
                    ("said", 1, "ROOT", "VERB", "say", "VBD"), (".", 1, "punct", "PUNCT", ".", ".")],
                   ["B-GPE", "O", "O"]))
    assert not any(a.kind == "country" for a in found.actors)
    person = next(a for a in found.actors if a.name == "Chad Johnson")
    assert (4, 5) in person.mentions


def test_after_a_preposition_the_name_is_the_country_still():
    # "Troops from Chad crossed ."
    found = _chad(([("Troops", 3, "nsubj", "NOUN", "troop", "NNS"),
                    ("from", 0, "prep", "ADP", "from", "IN"),
                    ("Chad", 1, "pobj", "PROPN", "Chad", "NNP"),
                    ("crossed", 3, "ROOT", "VERB", "cross", "VBD"),
                    (".", 3, "punct", "PUNCT", ".", ".")],
                   ["O", "O", "B-GPE", "O", "O"]))
    assert [a.country for a in found.actors if a.kind == "country"] == ["TCD"]


def test_a_country_alone_with_no_such_person_is_the_country():
    doc = build_doc([("Chad", 1, "nsubj", "PROPN", "Chad", "NNP"),
                     ("said", 1, "ROOT", "VERB", "say", "VBD"), (".", 1, "punct", "PUNCT", ".", ".")],
                    ["B-GPE", "O", "O"])
    assert [a.country for a in find_actors(doc, load_knowledge()).actors] == ["TCD"]
