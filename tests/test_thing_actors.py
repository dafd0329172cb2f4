"""Things that name their actor ("a U.S. military airstrike", "Iraqi warplanes") are coded as that
actor after the events are found."""

import pytest
from conftest import build_doc

from dyad.knowledge import load_knowledge
from dyad.nlp.actors import ActorInfo, ActorSet
from dyad.nlp.thing_actors import code_things, load_means


def test_means_table_reads():
    means = load_means()
    assert means["airstrike"] == "MIL" and means["aid"] == "GOV" and means["hacker"] == "CRM"
    assert means["proposal"] == "GOV"  # a state's proposal is its government's


def _thing(doc, s, e, evidence="event argument"):
    actors = ActorSet()
    a = ActorInfo(id="a1", name=doc[s:e].text, kind="other", key="other", evidence=evidence)
    actors.actors.append(a)
    actors.add_mention(a, s, e)
    return actors, a


def test_a_thing_takes_the_country_of_its_nationality_and_the_sector_of_what_it_is():
    rows = [("Chilean", 1, "amod", "ADJ", "chilean", "JJ"),
            ("warplanes", 2, "nsubj", "NOUN", "warplane", "NNS"),
            ("struck", 2, "ROOT", "VERB", "strike", "VBD"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["B-NORP", "O", "O", "O"])
    actors, a = _thing(doc, 0, 2)
    code_things(doc, actors, load_knowledge(), [])
    assert (a.country, a.sector, a.code) == ("CHL", ["MIL"], "CHLMIL")


def test_a_body_among_the_modifiers_gives_the_sector_and_a_place_phrase_the_country():
    rows = [("a", 2, "det", "DET", "a", "DT"),
            ("police", 2, "compound", "NOUN", "police", "NN"),
            ("post", 2, "ROOT", "NOUN", "post", "NN"),
            ("in", 2, "prep", "ADP", "in", "IN"),
            ("Peru", 3, "pobj", "PROPN", "Peru", "NNP")]
    doc = build_doc(rows, ["O", "O", "O", "O", "B-GPE"])
    actors, a = _thing(doc, 1, 3)
    code_things(doc, actors, load_knowledge(), [])
    assert (a.country, a.sector) == ("PER", ["COP"])


def test_a_thing_that_names_no_actor_stays_uncoded():
    rows = [("the", 1, "det", "DET", "the", "DT"),
            ("airstrike", 2, "nsubj", "NOUN", "airstrike", "NN"),
            ("failed", 2, "ROOT", "VERB", "fail", "VBD")]
    doc = build_doc(rows, ["O", "O", "O"])
    actors, a = _thing(doc, 1, 2)
    code_things(doc, actors, load_knowledge(), [])
    assert (a.country, a.sector) == (None, [])


def test_a_thing_done_by_an_actor_is_that_actor():
    # "a raid by Peruvian police"
    rows = [("a", 1, "det", "DET", "a", "DT"), ("raid", 1, "ROOT", "NOUN", "raid", "NN"),
            ("by", 1, "prep", "ADP", "by", "IN"),
            ("Peruvian", 4, "amod", "ADJ", "peruvian", "JJ"),
            ("police", 2, "pobj", "NOUN", "police", "NNS")]
    doc = build_doc(rows, ["O", "O", "O", "B-NORP", "O"])
    actors, a = _thing(doc, 1, 2)
    police = ActorInfo(id="a2", name="Peruvian police", kind="organization", key="police",
                       country="PER", sector=["COP"], evidence="role noun 'police'")
    actors.actors.append(police)
    actors.add_mention(police, 3, 5)
    code_things(doc, actors, load_knowledge(), [])
    assert (a.country, a.sector, a.code) == ("PER", ["COP"], "PERCOP")


def test_a_demonym_the_model_tagged_as_no_one_is_one_person_of_that_nation():
    rows = [("Police", 1, "nsubj", "NOUN", "police", "NNS"),
            ("arrested", 1, "ROOT", "VERB", "arrest", "VBD"), ("a", 3, "det", "DET", "a", "DT"),
            ("Briton", 1, "dobj", "PROPN", "Briton", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O"] * 5)
    actors, a = _thing(doc, 3, 4)
    code_things(doc, actors, load_knowledge(), [])
    assert (a.kind, a.country, a.sector) == ("person", "GBR", [])


@pytest.mark.slow
def test_event_parties_that_are_things_are_coded_and_a_territory_places_a_body():
    import dyad

    rec = dyad.analyze("Turkish warplanes bombed a village on Monday.")
    planes = next(a for a in rec.actors if "warplanes" in a.name)
    assert (planes.country, planes.sector[0]) == ("TUR", "MIL")
    rec = dyad.analyze("The police in the West Bank arrested two men.")
    police = next(a for a in rec.actors if a.name.lower() == "police")
    assert police.country == "PSE"


def test_a_name_the_model_tagged_as_no_one_that_the_dictionary_knows_is_its_person():
    rows = [("They", 1, "nsubj", "PRON", "they", "PRP"),
            ("met", 1, "ROOT", "VERB", "meet", "VBD"),
            ("Erdogan", 1, "dobj", "PROPN", "Erdogan", "NNP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    doc = build_doc(rows, ["O", "O", "O", "O"])
    actors, a = _thing(doc, 2, 3)
    code_things(doc, actors, load_knowledge(), [])
    assert (a.kind, a.country) == ("person", "TUR")
