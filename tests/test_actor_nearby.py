"""A person or body nothing else places takes the country its sentence names nearest to it,
where the text is set in no one country."""

import pytest


def _actor(text, fragment):
    import dyad

    i = text.index(fragment)
    return next(a for a in dyad.analyze(text).actors
                if any(s <= i < e for s, e in a.mentions))


@pytest.mark.slow
def test_an_unknown_person_takes_the_country_named_nearest():
    text = "Turkish police detained Idil Eser on Friday, a week after Greece protested."
    assert _actor(text, "Idil").country == "TUR"


@pytest.mark.slow
def test_what_a_person_says_and_quotes_place_no_one():
    said = _actor('"Sales will fall in France and Germany," said analyst Joe Bloggs.', "Joe")
    assert said.country is None
    told = _actor("Joe Bloggs said sales would fall in France and Germany.", "Joe")
    assert told.country is None


@pytest.mark.slow
def test_a_country_joined_by_a_hyphen_places_no_one():
    text = ("Sudan freed Towakil Karman, who had led Tunisia-inspired protests, after talks "
            "with Egypt.")
    assert _actor(text, "Towakil").country != "TUN"


@pytest.mark.slow
def test_an_unknown_body_takes_only_a_nationality_beside_it():
    beside = _actor("US gaming consortium BLB will pay $339m for the unit, British officials "
                    "said.", "BLB")
    assert beside.country == "USA"


@pytest.mark.slow
def test_a_nationality_and_a_title_the_model_took_for_a_name_are_a_titled_person():
    mep = _actor("Estonian MEP has demanded a final solution for Syrian refugees.", "MEP")
    assert (mep.kind, mep.country) == ("person", "EST")


@pytest.mark.slow
def test_another_persons_title_places_no_one_else():
    text = "President Herrera refused to meet with the American envoy."
    assert _actor(text, "Herrera").country is None  # the envoy is American, not Herrera


@pytest.mark.slow
def test_private_people_whose_sentence_names_no_other_country_are_of_the_texts():
    # the opening names China beside the United States, so the text is not set in one country
    # only; a group of private people in a sentence of no other country is still the text's
    text = ("WASHINGTON -- U.S. officials met Chinese diplomats in Washington on Monday to "
            "discuss trade. Later in the day, gunmen robbed a bank in the city. Chinese officials "
            "said workers would lose jobs.")
    assert _actor(text, "gunmen").country == "USA"
    assert _actor(text, "workers").country is None  # their sentence names China
