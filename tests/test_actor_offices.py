"""A person with several offices: the title the text gives says which one a mention means."""

from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors


def _person(tokens, ents, name):
    actors = find_actors(build_doc(tokens, ents), load_knowledge())
    return next(a for a in actors.actors if a.name == name)


# "NATO chief Jens Stoltenberg flew to Kabul ."
NATO_CHIEF = [
    ("NATO", 1, "compound", "PROPN", "NATO", "NNP"),
    ("chief", 3, "compound", "NOUN", "chief", "NN"),
    ("Jens", 3, "compound", "PROPN", "Jens", "NNP"),
    ("Stoltenberg", 4, "nsubj", "PROPN", "Stoltenberg", "NNP"),
    ("flew", 4, "ROOT", "VERB", "fly", "VBD"),
    ("to", 4, "prep", "ADP", "to", "IN"),
    ("Kabul", 5, "pobj", "PROPN", "Kabul", "NNP"),
    (".", 4, "punct", "PUNCT", ".", "."),
]
NATO_ENTS = ["B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"]

# "Norwegian Prime Minister Jens Stoltenberg flew to Kabul ."
NORWAY_PM = [
    ("Norwegian", 2, "amod", "ADJ", "norwegian", "JJ"),
    ("Prime", 2, "compound", "PROPN", "Prime", "NNP"),
    ("Minister", 4, "compound", "PROPN", "Minister", "NNP"),
    ("Jens", 4, "compound", "PROPN", "Jens", "NNP"),
    ("Stoltenberg", 5, "nsubj", "PROPN", "Stoltenberg", "NNP"),
    ("flew", 5, "ROOT", "VERB", "fly", "VBD"),
    ("to", 5, "prep", "ADP", "to", "IN"),
    ("Kabul", 6, "pobj", "PROPN", "Kabul", "NNP"),
    (".", 5, "punct", "PUNCT", ".", "."),
]
NORWAY_ENTS = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"]

# "Ursula von der Leyen , the German defence minister , flew to Kabul ."
APPOSITION = [
    ("Ursula", 3, "compound", "PROPN", "Ursula", "NNP"),
    ("von", 3, "compound", "PROPN", "von", "NNP"),
    ("der", 3, "compound", "PROPN", "der", "NNP"),
    ("Leyen", 10, "nsubj", "PROPN", "Leyen", "NNP"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("the", 8, "det", "DET", "the", "DT"),
    ("German", 8, "amod", "ADJ", "german", "JJ"),
    ("defence", 8, "compound", "NOUN", "defence", "NN"),
    ("minister", 3, "appos", "NOUN", "minister", "NN"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("flew", 10, "ROOT", "VERB", "fly", "VBD"),
    ("to", 10, "prep", "ADP", "to", "IN"),
    ("Kabul", 11, "pobj", "PROPN", "Kabul", "NNP"),
    (".", 10, "punct", "PUNCT", ".", "."),
]
APPOSITION_ENTS = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-NORP", "O",
                   "O", "O", "O", "O", "B-GPE", "O"]


def test_the_title_before_a_name_picks_the_office_it_names():
    nato = _person(NATO_CHIEF, NATO_ENTS, "Jens Stoltenberg")
    assert nato.country is None and nato.sector[0] == "IGO"
    pm = _person(NORWAY_PM, NORWAY_ENTS, "Jens Stoltenberg")
    assert pm.country == "NOR" and pm.role == "prime minister"


def test_a_title_in_apposition_picks_the_office_too():
    vdl = _person(APPOSITION, APPOSITION_ENTS, "Ursula von der Leyen")
    assert vdl.country == "DEU" and vdl.role == "defense minister"


def test_offices_lists_every_office_the_date_allows_in_the_order_entry_prefers():
    kb = load_knowledge()
    roles = [e.role for e in kb.offices("Jens Stoltenberg")]
    assert roles[0] == kb.entry("Jens Stoltenberg").role and "prime minister" in roles
    assert [e.country for e in kb.offices("Jens Stoltenberg", "2008-01-01")] == ["NOR"]
    assert kb.offices("Nobody Atall") == []
    # undated, a person's most reported office comes first
    assert kb.entry("Ursula von der Leyen").sector[0] == "IGO"
    assert kb.entry("Michel Barnier").sector[0] == "IGO"


def _rutte_addressed(obj, ent, *before):
    """"Rutte addressed [before…] obj ." with ``before`` as modifiers of the object."""
    rows = [("Rutte", 1, "nsubj", "PROPN", "Rutte", "NNP"),
            ("addressed", 1, "ROOT", "VERB", "address", "VBD")]
    o = 2 + len(before)
    rows += [(w, o, "amod", "ADJ", w.lower(), "JJ") for w in before]
    rows += [(obj, 1, "dobj", "PROPN", obj, "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    ents = ["B-PERSON", "O"] + ["B-NORP"] * len(before) + [ent, "O"]
    return _person(rows, ents, "Rutte")


def test_without_a_title_the_office_whose_body_or_country_the_text_names_wins():
    alliance = _rutte_addressed("NATO", "B-ORG")
    assert alliance.country is None and alliance.sector[0] == "IGO"
    home = _rutte_addressed("farmers", "O", "Dutch")
    assert home.country == "NLD" and home.sector[0] == "GOV"
    alone = _rutte_addressed("Parliament", "B-ORG")  # neither named: the first office listed
    assert alone.country == "NLD"
