"""What gives a person their sex (``dyad.nlp.gender``), on Docs built by hand."""

from conftest import actor_set, build_doc

ORREL_SAID = [  # "The voters waited. Tamsin Orrel, a nurse, said she backs Ansel Brook."
    ("The", 1, "det", "DET", "the"), ("voters", 2, "nsubj", "NOUN", "voter", "NNS"),
    ("waited", 2, "ROOT", "VERB", "wait"), (".", 2, "punct", "PUNCT", "."),
    ("Tamsin", 5, "compound", "PROPN", "Tamsin"), ("Orrel", 10, "nsubj", "PROPN", "Orrel"),
    (",", 5, "punct", "PUNCT", ","), ("a", 8, "det", "DET", "a"),
    ("nurse", 5, "appos", "NOUN", "nurse"), (",", 5, "punct", "PUNCT", ","),
    ("said", 10, "ROOT", "VERB", "say"), ("she", 12, "nsubj", "PRON", "she"),
    ("backs", 10, "ccomp", "VERB", "back"), ("Ansel", 14, "compound", "PROPN", "Ansel"),
    ("Brook", 12, "dobj", "PROPN", "Brook"), (".", 10, "punct", "PUNCT", ".")]
ORREL_ENTS = ["O"] * 4 + ["B-PERSON", "I-PERSON"] + ["O"] * 7 + ["B-PERSON", "I-PERSON", "O"]


def genders(rows, ents):
    """Each person's sex once the quotes of ``rows`` are found, and what gave it."""
    from dyad.knowledge import load_knowledge
    from dyad.nlp.actors import find_actors
    from dyad.nlp.gender import GENDER_BY
    from dyad.nlp.quotes import find_quotes

    doc = build_doc(rows, ents)
    actors = find_actors(doc, load_knowledge())
    find_quotes(doc, actors)
    by = doc.user_data.get(GENDER_BY, {})
    return {a.name: (a.gender, by.get(a.id)) for a in actors.actors if a.kind == "person"}


def test_the_pronoun_subject_of_what_a_named_person_said_is_that_person():
    # Brook, named after the pronoun, keeps it from being the only person's of its window
    assert genders(ORREL_SAID, ORREL_ENTS) == {"Tamsin Orrel": ("female", "pronoun"),
                                               "Ansel Brook": (None, None)}


def test_a_person_named_just_before_may_be_the_one_a_reported_pronoun_means():
    # "Ansel Brook attacked Tove Marr. Tamsin Orrel said she lied."
    rows = [("Ansel", 1, "compound", "PROPN", "Ansel"), ("Brook", 2, "nsubj", "PROPN", "Brook"),
            ("attacked", 2, "ROOT", "VERB", "attack"), ("Tove", 4, "compound", "PROPN", "Tove"),
            ("Marr", 2, "dobj", "PROPN", "Marr"), (".", 2, "punct", "PUNCT", "."),
            ("Tamsin", 7, "compound", "PROPN", "Tamsin"), ("Orrel", 8, "nsubj", "PROPN", "Orrel"),
            ("said", 8, "ROOT", "VERB", "say"), ("she", 10, "nsubj", "PRON", "she"),
            ("lied", 8, "ccomp", "VERB", "lie"), (".", 8, "punct", "PUNCT", ".")]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON",
            "O", "O", "O", "O"]
    assert {g for g, _ in genders(rows, ents).values()} == {None}


def test_a_name_whose_surname_is_a_role_is_still_a_name():
    from dyad.knowledge import load_knowledge

    assert "seaman" in load_knowledge().roles
    rows = [(w if w != "Orrel" else "Seaman", h, d, p, lem if lem != "Orrel" else "Seaman", *rest)
            for w, h, d, p, lem, *rest in ORREL_SAID]
    assert genders(rows, ORREL_ENTS)["Tamsin Seaman"][0] == "female"


def test_a_role_compound_in_man_beside_a_name_says_a_man():
    # "Ansel Brook, a salesman, met Tove Marr."
    rows = [("Ansel", 1, "compound", "PROPN", "Ansel"), ("Brook", 6, "nsubj", "PROPN", "Brook"),
            (",", 1, "punct", "PUNCT", ","), ("a", 4, "det", "DET", "a"),
            ("salesman", 1, "appos", "NOUN", "salesman"), (",", 1, "punct", "PUNCT", ","),
            ("met", 6, "ROOT", "VERB", "meet"), ("Tove", 8, "compound", "PROPN", "Tove"),
            ("Marr", 6, "dobj", "PROPN", "Marr"), (".", 6, "punct", "PUNCT", ".")]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 5 + ["B-PERSON", "I-PERSON", "O"]
    assert genders(rows, ents) == {"Ansel Brook": ("male", "noun"), "Tove Marr": (None, None)}


def test_the_possessor_of_a_reported_clauses_subject_is_the_sayers():
    # "Tamsin Orrel said her group backs Ansel Brook."
    rows = [("Tamsin", 1, "compound", "PROPN", "Tamsin"), ("Orrel", 2, "nsubj", "PROPN", "Orrel"),
            ("said", 2, "ROOT", "VERB", "say"), ("her", 4, "poss", "PRON", "her"),
            ("group", 5, "nsubj", "NOUN", "group"), ("backs", 2, "ccomp", "VERB", "back"),
            ("Ansel", 7, "compound", "PROPN", "Ansel"), ("Brook", 5, "dobj", "PROPN", "Brook"),
            (".", 2, "punct", "PUNCT", ".")]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 4 + ["B-PERSON", "I-PERSON", "O"]
    assert genders(rows, ents) == {"Tamsin Orrel": ("female", "pronoun"),
                                   "Ansel Brook": (None, None)}


def test_a_title_in_the_chain_of_words_before_a_name_says_the_sex():
    # "Committee Chairwoman Rep. Tove Marr spoke."
    rows = [("Committee", 1, "compound", "PROPN", "Committee"),
            ("Chairwoman", 2, "compound", "PROPN", "Chairwoman"),
            ("Rep.", 4, "compound", "PROPN", "Rep."), ("Tove", 4, "compound", "PROPN", "Tove"),
            ("Marr", 5, "nsubj", "PROPN", "Marr"), ("spoke", 5, "ROOT", "VERB", "speak"),
            (".", 5, "punct", "PUNCT", ".")]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert genders(rows, ents)["Tove Marr"] == ("female", "noun")


def test_a_mrs_put_with_a_man_may_be_the_one_she_means():
    # "Tamsin Orrel met Mrs. Lee. She left.": "Mrs. Lee" was put with a man, Ansel Lee
    from dyad.nlp.gender import assign_genders

    rows = [("Tamsin", 1, "compound", "PROPN", "Tamsin"), ("Orrel", 2, "nsubj", "PROPN", "Orrel"),
            ("met", 2, "ROOT", "VERB", "meet"), ("Mrs.", 4, "compound", "PROPN", "Mrs."),
            ("Lee", 2, "dobj", "PROPN", "Lee"), (".", 2, "punct", "PUNCT", "."),
            ("She", 7, "nsubj", "PRON", "she"), ("left", 7, "ROOT", "VERB", "leave"),
            (".", 7, "punct", "PUNCT", ".")]
    doc = build_doc(rows, ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "O"])
    actors = actor_set(doc, (0, 2, "Tamsin Orrel", "person"), (4, 5, "Ansel Lee", "person"))
    actors.actors[1].gender = "male"
    assign_genders(doc, actors, [])
    assert actors.actors[0].gender is None


def test_a_first_name_alone_gives_no_label():
    # "Steve" is shared by several men of the people dictionary, but the text says nothing
    # of this Steve: "Steve Arlow waited. Tamsin Orrel said she backs Ansel Brook."
    from dyad.nlp.actors import ActorInfo
    from dyad.nlp.speaker_names import gender_of

    assert gender_of(ActorInfo("a1", "Steve Arlow", "person")) == "male"
    rows = [("Steve", 1, "compound", "PROPN", "Steve"), ("Arlow", 2, "nsubj", "PROPN", "Arlow"),
            *ORREL_SAID[2:]]
    ents = ["B-PERSON", "I-PERSON", *ORREL_ENTS[2:]]
    assert genders(rows, ents)["Steve Arlow"] == (None, None)


def test_a_pronoun_that_a_first_name_of_the_other_sex_contradicts_gives_no_label():
    # "Michael Orrel, a nurse, said she backs Ansel Brook.": she is someone else
    rows = [(w if w != "Tamsin" else "Michael", h, d, p, lem if lem != "Tamsin" else "Michael",
             *rest) for w, h, d, p, lem, *rest in ORREL_SAID]
    assert genders(rows, ORREL_ENTS)["Michael Orrel"] == (None, None)


def test_a_noun_that_a_first_name_of_the_other_sex_contradicts_gives_no_label():
    # "Susan Brook, a salesman, met Tove Marr.": a misreading, not the woman's sex
    rows = [("Susan", 1, "compound", "PROPN", "Susan"), ("Brook", 6, "nsubj", "PROPN", "Brook"),
            (",", 1, "punct", "PUNCT", ","), ("a", 4, "det", "DET", "a"),
            ("salesman", 1, "appos", "NOUN", "salesman"), (",", 1, "punct", "PUNCT", ","),
            ("met", 6, "ROOT", "VERB", "meet"), ("Tove", 8, "compound", "PROPN", "Tove"),
            ("Marr", 6, "dobj", "PROPN", "Marr"), (".", 6, "punct", "PUNCT", ".")]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 5 + ["B-PERSON", "I-PERSON", "O"]
    assert genders(rows, ents)["Susan Brook"] == (None, None)


def test_a_noun_the_person_owns_says_nothing_of_their_sex():
    # "Tove Marr’ son, a sailor, waved.": the parser took the son for Marr in apposition
    rows = [("Tove", 1, "compound", "PROPN", "Tove"), ("Marr", 8, "nsubj", "PROPN", "Marr"),
            ("’", 1, "punct", "PUNCT", "’"), ("son", 1, "appos", "NOUN", "son"),
            (",", 3, "punct", "PUNCT", ","), ("a", 6, "det", "DET", "a"),
            ("sailor", 3, "appos", "NOUN", "sailor"), (",", 3, "punct", "PUNCT", ","),
            ("waved", 8, "ROOT", "VERB", "wave"), (".", 8, "punct", "PUNCT", ".")]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 8
    assert genders(rows, ents)["Tove Marr"] == (None, None)
