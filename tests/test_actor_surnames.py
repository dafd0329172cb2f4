"""Whom a bare surname joins (``_Builder.person``): after Mr., Mrs. or Ms. the person of that
surname whose sex agrees, never one the text or a first name gives the other sex; of a family,
the one named first before it; one whose surname it is before one with the word inside."""

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors


def _met(first: str, second: str | None, title: str):
    """"<first> Dall met <second> Dall. <title> Dall left." (no second: "<first> Dall
    waited. <title> Dall left.")"""
    if second is None:
        rows = [(first, 1, "compound", "PROPN", first, "NNP"),
                ("Dall", 2, "nsubj", "PROPN", "Dall", "NNP"),
                ("waited", 2, "ROOT", "VERB", "wait", "VBD"), (".", 2, "punct", "PUNCT", ".", ".")]
        ents = ["B-PERSON", "I-PERSON", "O", "O"]
    else:
        rows = [(first, 1, "compound", "PROPN", first, "NNP"),
                ("Dall", 2, "nsubj", "PROPN", "Dall", "NNP"),
                ("met", 2, "ROOT", "VERB", "meet", "VBD"),
                (second, 4, "compound", "PROPN", second, "NNP"),
                ("Dall", 2, "dobj", "PROPN", "Dall", "NNP"), (".", 2, "punct", "PUNCT", ".", ".")]
        ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    n = len(rows)
    rows += [(title, n + 1, "compound", "PROPN", title, "NNP"),
             ("Dall", n + 2, "nsubj", "PROPN", "Dall", "NNP"),
             ("left", n + 2, "ROOT", "VERB", "leave", "VBD"),
             (".", n + 2, "punct", "PUNCT", ".", ".")]
    ents += ["O", "B-PERSON", "O", "O"]
    doc = build_doc(rows, ents)
    actors = find_actors(doc, load_knowledge())
    return actors, actors.at(doc[n + 1])


def test_a_mrs_skips_the_man_last_named_for_the_woman_of_that_surname():
    actors, mrs = _met("Susan", "Michael", "Mrs.")
    assert mrs.name == "Susan Dall" and mrs.gender == "female"
    assert next(a for a in actors.actors if a.name == "Michael Dall").gender is None


def test_a_mr_joins_the_man_of_that_surname():
    _, mr = _met("Susan", "Michael", "Mr.")
    assert mr.name == "Michael Dall" and mr.gender == "male"


def test_a_mrs_where_only_a_man_of_that_surname_is_named_is_someone_else():
    actors, mrs = _met("Michael", None, "Mrs.")
    assert mrs.name == "Dall" and mrs.gender == "female"
    assert next(a for a in actors.actors if a.name == "Michael Dall").gender is None


def test_a_title_joins_a_person_whose_sex_nothing_says():
    # "Tove" is in no list of given names: the title says her sex
    _, ms = _met("Tove", None, "Ms.")
    assert ms.name == "Tove Dall" and ms.gender == "female"


def _rows(*sentences):
    """Sentences of (words, ents) with a subject name, a verb and a full stop each."""
    rows, ents = [], []
    for names, verb, obj in sentences:
        n = len(rows)
        subj = n + len(names) - 1
        rows += [(w, subj, "compound", "PROPN", w, "NNP") for w in names[:-1]]
        rows.append((names[-1], subj + 1, "nsubj", "PROPN", names[-1], "NNP"))
        ents += ["B-PERSON"] + ["I-PERSON"] * (len(names) - 1)
        rows.append((verb, subj + 1, "ROOT", "VERB", verb, "VBD"))
        ents.append("O")
        if obj:
            o = len(rows) + len(obj) - 1
            rows += [(w, o, "compound", "PROPN", w, "NNP") for w in obj[:-1]]
            rows.append((obj[-1], subj + 1, "dobj", "PROPN", obj[-1], "NNP"))
            ents += ["B-PERSON"] + ["I-PERSON"] * (len(obj) - 1)
        rows.append((".", subj + 1, "punct", "PUNCT", ".", "."))
        ents.append("O")
    return build_doc(rows, ents)


def test_a_bare_surname_of_a_family_is_the_one_named_first():
    # "Susan Dall spoke. Michael Dall waved. Dall left."
    doc = _rows((["Susan", "Dall"], "spoke", None), (["Michael", "Dall"], "waved", None),
                (["Dall"], "left", None))
    assert find_actors(doc, load_knowledge()).at(doc[8]).name == "Susan Dall"


def test_a_bare_surname_is_the_person_it_ends_before_one_it_is_inside():
    # "Marr Dall met Tove Marr. Marr left." and "Tove Marr met Marr Dall. Marr left."
    for first, second in ((["Marr", "Dall"], ["Tove", "Marr"]),
                          (["Tove", "Marr"], ["Marr", "Dall"])):
        doc = _rows((first, "met", second), (["Marr"], "left", None))
        assert find_actors(doc, load_knowledge()).at(doc[6]).name == "Tove Marr"


def test_after_an_honorific_a_capitals_or_a_peoples_name_is_a_surname():
    # "Bob Wellington spoke. Mr Wellington left." / "… Mr German left."
    for surname, ent in (("Wellington", "GPE"), ("German", "NORP")):
        rows = [("Bob", 1, "compound", "PROPN", "Bob", "NNP"),
                (surname, 2, "nsubj", "PROPN", surname, "NNP"),
                ("spoke", 2, "ROOT", "VERB", "speak", "VBD"), (".", 2, "punct", "PUNCT", ".", "."),
                ("Mr", 5, "compound", "PROPN", "Mr", "NNP"), (surname, 6, "nsubj", "PROPN", surname, "NNP"),
                ("left", 6, "ROOT", "VERB", "leave", "VBD"), (".", 6, "punct", "PUNCT", ".", ".")]
        doc = build_doc(rows, ["B-PERSON", "I-PERSON", "O", "O", "O", f"B-{ent}", "O", "O"])
        actors = find_actors(doc, load_knowledge())
        bob = actors.at(doc[5])
        assert bob is not None and bob.name == f"Bob {surname}", surname
        assert bob.country is None  # no New Zealand, no Germany
        assert not any(a.kind == "country" for a in actors.actors)


def test_an_office_alone_is_its_holder_now_before_one_who_held_it_at_another_time():
    # "Tony Blair backed Chancellor Gordon Brown. The prime minister spoke."
    rows = [("Tony", 1, "compound", "PROPN", "Tony", "NNP"), ("Blair", 2, "nsubj", "PROPN", "Blair", "NNP"),
            ("backed", 2, "ROOT", "VERB", "back", "VBD"),
            ("Chancellor", 5, "compound", "PROPN", "Chancellor", "NNP"),
            ("Gordon", 5, "compound", "PROPN", "Gordon", "NNP"), ("Brown", 2, "dobj", "PROPN", "Brown", "NNP"),
            (".", 2, "punct", "PUNCT", ".", "."), ("The", 9, "det", "DET", "the", "DT"),
            ("prime", 9, "amod", "ADJ", "prime", "JJ"), ("minister", 10, "nsubj", "NOUN", "minister", "NN"),
            ("spoke", 10, "ROOT", "VERB", "speak", "VBD"), (".", 10, "punct", "PUNCT", ".", ".")]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]
    doc = build_doc(rows, ents)
    actors = find_actors(doc, load_knowledge(), published="2005-02-01")
    pm = actors.at(doc[9])
    assert pm is not None and pm.name == "Tony Blair"


def test_a_bodys_office_the_tagger_took_for_a_body_is_the_title_of_the_person_after_it():
    # "Labour MP Jean Corston spoke."
    rows = [("Labour", 1, "compound", "PROPN", "Labour", "NNP"), ("MP", 3, "compound", "PROPN", "MP", "NNP"),
            ("Jean", 3, "compound", "PROPN", "Jean", "NNP"), ("Corston", 4, "nsubj", "PROPN", "Corston", "NNP"),
            ("spoke", 4, "ROOT", "VERB", "speak", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-ORG", "I-ORG", "B-PERSON", "I-PERSON", "O", "O"])
    actors = find_actors(doc, load_knowledge())
    assert not any(a.name == "Labour MP" for a in actors.actors)
    assert actors.at(doc[3]).name == "Jean Corston"


@pytest.mark.slow
def test_a_full_name_no_one_in_the_dictionary_bears_takes_no_office_from_its_surname():
    import dyad

    rec = dyad.analyze("LONDON -- Reanne Morgan, 18, was charged with fraud on Monday, British "
                       "police said. Morgan will appear in court on December 14.")
    morgan = next(a for a in rec.actors if a.name == "Reanne Morgan")
    assert "GOV" not in morgan.sector
