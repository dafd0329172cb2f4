"""Phrases owned by a possessive pronoun take the country of whom it stands for."""

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors

# "Syrian troops attacked the Turkish army and its forces ." -- "its" after the army it is
WITHDREW = [
    ("Syrian", 1, "amod", "ADJ", "syrian", "JJ"), ("troops", 2, "nsubj", "NOUN", "troop", "NNS"),
    ("attacked", 2, "ROOT", "VERB", "attack", "VBD"), ("the", 5, "det", "DET", "the", "DT"),
    ("Turkish", 5, "amod", "ADJ", "turkish", "JJ"), ("army", 2, "dobj", "NOUN", "army", "NN"),
    ("and", 5, "cc", "CCONJ", "and", "CC"), ("its", 8, "poss", "PRON", "its", "PRP$"),
    ("forces", 5, "conj", "NOUN", "force", "NNS"), (".", 2, "punct", "PUNCT", ".", "."),
]
# "Ethiopia 's government rejected claims by Kenya that its military killed civilians ."
REJECTED = [
    ("Ethiopia", 2, "poss", "PROPN", "Ethiopia", "NNP"), ("'s", 0, "case", "PART", "'s", "POS"),
    ("government", 3, "nsubj", "NOUN", "government", "NN"),
    ("rejected", 3, "ROOT", "VERB", "reject", "VBD"), ("claims", 3, "dobj", "NOUN", "claim", "NNS"),
    ("by", 4, "prep", "ADP", "by", "IN"), ("Kenya", 5, "pobj", "PROPN", "Kenya", "NNP"),
    ("that", 10, "mark", "SCONJ", "that", "IN"), ("its", 9, "poss", "PRON", "its", "PRP$"),
    ("military", 10, "nsubj", "NOUN", "military", "NN"),
    ("killed", 4, "acl", "VERB", "kill", "VBD"), ("civilians", 10, "dobj", "NOUN", "civilian", "NNS"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def _actor_at(actors, i):
    return actors.get(actors.by_token.get(i))


def test_its_takes_the_country_of_the_body_named_before_it():
    doc = build_doc(WITHDREW, ["B-NORP", "O", "O", "O", "B-NORP", "O", "O", "O", "O", "O"])
    actors = find_actors(doc, load_knowledge())
    allies = _actor_at(actors, 8)
    assert allies is not None and allies.country == "TUR"  # the army's, not the troops'


def test_its_takes_the_subject_of_the_clause_above_before_a_nearer_name():
    doc = build_doc(REJECTED, ["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O",
                               "O", "O"])
    actors = find_actors(doc, load_knowledge())
    military = _actor_at(actors, 9)
    assert military is not None and military.country == "ETH"


@pytest.mark.slow
def test_real_pipeline_codes_a_spokesman_owned_by_a_pronoun(nlp):
    doc = nlp("Kenyan President Uhuru Kenyatta has sacked the police chief, his spokesman said.")
    from dyad.nlp.components import read_actors

    spokesman = next(a for a in read_actors(doc).actors if a.role == "spokesman")
    assert spokesman.country == "KEN"


# "The German and Danish governments said their firms suffered ."
GOVERNMENTS = [
    ("The", 4, "det", "DET", "the", "DT"), ("German", 4, "amod", "ADJ", "german", "JJ"),
    ("and", 1, "cc", "CCONJ", "and", "CC"), ("Danish", 1, "conj", "ADJ", "danish", "JJ"),
    ("governments", 5, "nsubj", "NOUN", "government", "NNS"),
    ("said", 5, "ROOT", "VERB", "say", "VBD"), ("their", 7, "poss", "PRON", "their", "PRP$"),
    ("firms", 8, "nsubj", "NOUN", "firm", "NNS"), ("suffered", 5, "ccomp", "VERB", "suffer", "VBD"),
    (".", 5, "punct", "PUNCT", ".", "."),
]


def test_an_owner_of_several_countries_gives_none():
    doc = build_doc(GOVERNMENTS, ["O", "B-NORP", "O", "B-NORP", "O", "O", "O", "O", "O", "O"])
    actors = find_actors(doc, load_knowledge())
    firms = _actor_at(actors, 7)
    assert firms is not None and firms.country is None  # German or Danish: the text says not


@pytest.mark.slow
def test_its_owns_only_a_phrase_that_names_an_actor():
    import dyad

    text = "Unilever blamed the poor results on its slimming products."
    i = text.index("slimming")
    owned = [a for a in dyad.analyze(text).actors if any(s <= i < e for s, e in a.mentions)]
    assert all(a.country is None for a in owned)
