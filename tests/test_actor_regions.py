"""Regions and seas whose names hold a country's name or adjective give no country."""

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import find_actors

MIGRANTS = [
    ("Central", 1, "compound", "PROPN", "Central", "NNP"),
    ("American", 2, "amod", "ADJ", "american", "JJ"),
    ("migrants", 4, "nsubjpass", "NOUN", "migrant", "NNS"),
    ("were", 4, "auxpass", "AUX", "be", "VBD"),
    ("held", 4, "ROOT", "VERB", "hold", "VBN"),
    (".", 4, "punct", "PUNCT", ".", "."),
]


def _matcher(vocab, *phrases):
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add("DYAD", [build_doc([(w, 0, "dep", "PROPN", w, "NNP") for w in p.split()])
                         for p in phrases])
    return matcher


def test_regions_are_loaded_with_their_adjectives():
    kb = load_knowledge()
    assert {"Latin America", "Latin American", "Central Americans", "South China Sea",
            "Indian Ocean"} <= kb.regions
    assert "Latin American" in kb.phrases()


def test_a_regional_adjective_gives_a_group_no_country():
    doc = build_doc(MIGRANTS, ["B-NORP", "I-NORP", "O", "O", "O", "O"])
    found = find_actors(doc, load_knowledge(), _matcher(doc.vocab, "Central American",
                                                        "American"))
    assert [a.kind for a in found.actors] == ["group"]  # no United States
    group = found.actors[0]
    assert (group.name, group.country, group.sector[0]) == ("Central American migrants", None,
                                                           "REF")
    assert found.regional == {0, 1}


@pytest.mark.slow
def test_real_pipeline_gives_regions_and_seas_no_country():
    import dyad

    text = "Latin American leaders met in Lima. Pirates seized a tanker in the Indian Ocean."
    rec = dyad.analyze(text)
    assert all(a.country not in ("USA", "IND") for a in rec.actors)
    leaders = next(a for a in rec.actors if a.name == "Latin American leaders")
    assert leaders.kind == "group" and leaders.country is None


@pytest.mark.slow
def test_a_word_for_a_wide_region_is_no_small_countrys_province():
    import dyad

    # "Gulf" is a province of Papua New Guinea, the Sahel one of Burkina Faso; news means more
    rec = dyad.analyze("Gulf leaders met in Kuwait. Sahel governments asked for help.")
    assert all(a.country not in ("PNG", "BFA") for a in rec.actors)
