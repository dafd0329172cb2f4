"""A bare name read after the text has placed it: a body's name in another country's sense, a
surname of a person named in full, "ex-" before a title, a capital before a home town."""

from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors

# "Pakistan 's Foreign Office spoke . The Foreign Office smiled ."
PAKISTAN = [
    ("Pakistan", 3, "poss", "PROPN", "Pakistan", "NNP"),
    ("'s", 0, "case", "PART", "'s", "POS"),
    ("Foreign", 3, "compound", "PROPN", "Foreign", "NNP"),
    ("Office", 4, "nsubj", "PROPN", "Office", "NNP"),
    ("spoke", 4, "ROOT", "VERB", "speak", "VBD"),
    (".", 4, "punct", "PUNCT", ".", "."),
]
PAKISTAN_ENTS = ["B-GPE", "O", "B-ORG", "I-ORG", "O", "O"]
BARE = [
    ("The", 2, "det", "DET", "the", "DT"),
    ("Foreign", 2, "compound", "PROPN", "Foreign", "NNP"),
    ("Office", 3, "nsubj", "PROPN", "Office", "NNP"),
    ("smiled", 3, "ROOT", "VERB", "smile", "VBD"),
    (".", 3, "punct", "PUNCT", ".", "."),
]
BARE_ENTS = ["O", "B-ORG", "I-ORG", "O", "O"]


def _shifted(rows, by):
    return [(w, h + by, *rest) for w, h, *rest in rows]


def test_a_bare_body_name_is_the_body_the_text_placed_in_another_country():
    doc = build_doc(PAKISTAN + _shifted(BARE, len(PAKISTAN)), PAKISTAN_ENTS + BARE_ENTS)
    actors = find_actors(doc, load_knowledge())
    assert actors.at(doc[8]).country == "PAK"
    assert actors.at(doc[8]) is actors.at(doc[3])
    doc = build_doc(BARE, BARE_ENTS)  # alone, the dictionary's
    assert find_actors(doc, load_knowledge()).at(doc[2]).country == "GBR"


def test_a_country_before_a_bare_name_still_names_its_own_body():
    british = [("British", 2, "amod", "ADJ", "british", "JJ")] + BARE[1:]
    doc = build_doc(PAKISTAN + _shifted(british, len(PAKISTAN)),
                    PAKISTAN_ENTS + ["B-NORP"] + BARE_ENTS[1:])
    assert find_actors(doc, load_knowledge()).at(doc[8]).country == "GBR"


def test_the_surname_of_a_person_named_in_full_does_not_take_its_namesakes_country():
    # "Gerald Thomas spoke . Mr Thomas smiled .": the dictionary's only Thomas is another man
    rows = [("Gerald", 1, "compound", "PROPN", "Gerald", "NNP"),
            ("Thomas", 2, "nsubj", "PROPN", "Thomas", "NNP"),
            ("spoke", 2, "ROOT", "VERB", "speak", "VBD"), (".", 2, "punct", "PUNCT", ".", "."),
            ("Mr", 5, "compound", "PROPN", "Mr", "NNP"),
            ("Thomas", 6, "nsubj", "PROPN", "Thomas", "NNP"),
            ("smiled", 6, "ROOT", "VERB", "smile", "VBD"), (".", 6, "punct", "PUNCT", ".", ".")]
    kb = load_knowledge()
    assert kb.surname_countries("Thomas") == {"USA"}  # Clarence Thomas
    doc = build_doc(rows, ["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O"])
    person = find_actors(doc, kb).at(doc[5])
    assert person.name == "Gerald Thomas" and person.country is None


def test_ex_before_a_title_makes_a_former_holder():
    # "Two ex-ministers left ."
    rows = [("Two", 3, "nummod", "NUM", "two", "CD"), ("ex", 3, "amod", "ADJ", "ex", "JJ"),
            ("-", 3, "punct", "PUNCT", "-", "HYPH"),
            ("ministers", 4, "nsubj", "NOUN", "minister", "NNS"),
            ("left", 4, "ROOT", "VERB", "leave", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-CARDINAL", "O", "O", "O", "O", "O"])
    group = find_actors(doc, load_knowledge()).at(doc[3])
    assert group.sector[0] == "ELI" and group.mentions[0][0] == 1
    # "ex-Chilean Foreign Minister Ana Quillby spoke ." with the model's "ex-Chilean" body
    rows = [("ex", 6, "amod", "ADJ", "ex", "JJ"), ("-", 6, "punct", "PUNCT", "-", "HYPH"),
            ("Chilean", 6, "amod", "ADJ", "chilean", "JJ"),
            ("Foreign", 4, "compound", "PROPN", "Foreign", "NNP"),
            ("Minister", 6, "compound", "PROPN", "Minister", "NNP"),
            ("Ana", 6, "compound", "PROPN", "Ana", "NNP"),
            ("Quillby", 7, "nsubj", "PROPN", "Quillby", "NNP"),
            ("spoke", 7, "ROOT", "VERB", "speak", "VBD"), (".", 7, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    person = find_actors(doc, load_knowledge()).at(doc[6])
    assert (person.country, person.sector[0]) == ("CHL", "ELI")


def test_a_capital_naming_a_group_is_not_a_home_town_of_its_name():
    from dyad.nlp.gazetteer import load_gazetteer

    # "DALLAS - Texas police said the Paris attackers fled ." (Paris, Texas is a small town)
    rows = [("DALLAS", 3, "npadvmod", "PROPN", "DALLAS", "NNP"), ("-", 3, "punct", "PUNCT", "-", ":"),
            ("Texas", 3, "compound", "PROPN", "Texas", "NNP"),
            ("police", 4, "nsubj", "NOUN", "police", "NNS"),
            ("said", 4, "ROOT", "VERB", "say", "VBD"), ("the", 7, "det", "DET", "the", "DT"),
            ("Paris", 7, "compound", "PROPN", "Paris", "NNP"),
            ("attackers", 8, "nsubj", "NOUN", "attacker", "NNS"),
            ("fled", 4, "ccomp", "VERB", "flee", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-GPE", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O"])
    actors = find_actors(doc, load_knowledge(), places=load_gazetteer())
    assert actors.at(doc[3]).country == "USA"
    assert actors.at(doc[7]).country == "FRA"
