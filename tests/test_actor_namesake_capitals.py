"""A capital's or a country's name that US and Canadian towns and states also bear stands for the
namesake where the opening names a county or region it lies in and gives its own country no other
clue: local news of Athens, Texas, or of Dublin, Ohio, is not set in Greece or Ireland, and "north
Georgia" beside "metro Atlanta" is the US state."""

import pytest


def _actors(text: str) -> dict:
    import dyad

    return {a.name: a for a in dyad.analyze(text).actors}


@pytest.mark.slow
def test_a_capital_beside_a_county_of_a_namesake_town_is_that_town():
    actors = _actors("Man booked for teen assault. The Athens Police Department arrested a "
                     "33-year-old man Monday. Julius Anton Givens was arraigned at the Henderson "
                     "County Jail Tuesday morning, with bond set at $50,000.")
    assert actors["Athens Police Department"].country == "USA"
    assert next(a for n, a in actors.items() if n.endswith("Givens")).country == "USA"


@pytest.mark.slow
def test_a_country_s_name_beside_a_town_of_a_namesake_state_is_that_state():
    actors = _actors("A day after the state's climatologist declared the drought over in most "
                     "of north Georgia, more rain pushed toward metro Atlanta. Forecaster David "
                     "Stooksbury said the rain would continue.")
    assert actors["David Stooksbury"].country == "USA"


@pytest.mark.slow
def test_a_capital_keeps_its_country_where_the_opening_names_that_country_too():
    actors = _actors("ATHENS -- Greek police arrested a man on Monday. The man, from Henderson "
                     "County, Texas, was held overnight. Police said he had a gun.")
    assert actors["Police"].country == "GRC"


def test_the_counties_an_opening_names_give_every_region_with_a_county_of_that_name():
    import spacy

    from dyad.nlp.actor_towns import county_regions
    from dyad.nlp.gazetteer import load_gazetteer

    doc = spacy.blank("en")("He was held in the Edgar County Jail and in Athens-Clarke County.")
    regions = county_regions(load_gazetteer(), doc, len(doc))
    assert "US.IL" in regions and "US.GA" in regions  # Edgar County, Illinois; Clarke County
