"""A state body acts where its sentence says it does: "The Foreign Office during a weekly briefing
in Islamabad" is Pakistan's, not the United Kingdom's that the dictionary gives the name."""

import pytest


def _actor(text, fragment):
    import dyad

    i = text.index(fragment)
    return next((a for a in dyad.analyze(text).actors
                 if any(s <= i < e for s, e in a.mentions)), None)


@pytest.mark.slow
@pytest.mark.parametrize("text,fragment,iso3", [
    ("The Foreign Office during a weekly briefing in Islamabad on Thursday welcomed the offer.",
     "Foreign Office", "PAK"),
    ("The Supreme Court in Manila ruled on Monday.", "Supreme Court", "PHL"),
    ("The government at a news conference in Kabul said the talks would resume.", "government",
     "AFG"),
    ("Parliament in Nairobi passed the bill on Tuesday.", "Parliament", "KEN"),
])
def test_a_state_body_takes_the_country_of_the_place_it_acts_in(text, fragment, iso3):
    assert _actor(text, fragment).country == iso3


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Foreign Office condemned the attack in Kabul.",  # where the attack was
    "The Foreign Office offered to mediate in Kashmir.",  # another clause's place
    "The British Foreign Office spoke at a briefing in Islamabad.",  # its name says whose
])
def test_a_place_that_is_not_where_the_body_acts_leaves_its_country(text):
    assert _actor(text, "Foreign Office").country == "GBR"


@pytest.mark.slow
def test_an_armed_force_the_dictionary_names_fights_abroad_as_its_own_states():
    text = "The Black Watch was in the frontline in Iraq, suffering casualties."
    assert _actor(text, "Black Watch").country == "GBR"


def test_a_place_counts_only_through_prepositional_phrases():
    from conftest import build_doc

    from dyad.nlp.actor_venue import _chained_to

    rows = [("Office", 1, "nsubj", "PROPN", "Office"), ("spoke", 1, "ROOT", "VERB", "speak"),
            ("during", 1, "prep", "ADP", "during"), ("talks", 2, "pobj", "NOUN", "talk"),
            ("in", 3, "prep", "ADP", "in"), ("Rome", 4, "pobj", "PROPN", "Rome"),
            ("on", 1, "prep", "ADP", "on"), ("attacks", 6, "pobj", "NOUN", "attack"),
            ("against", 7, "prep", "ADP", "against"), ("Paris", 8, "pobj", "PROPN", "Paris")]
    doc = build_doc(rows)
    assert _chained_to(doc[5], doc[1])
    assert not _chained_to(doc[9], doc[1])  # "against Paris": what is acted on
