"""A holder of a state's own office whom nothing else places ("Member of Parliament Shiv Chandra
Kushwaha") is of the country the text is set in where the sentence naming them names no other
country, even where the opening names others beside it (``home_country.office_at_home``); a
body of members from many countries ("International AIDS Society") is no country's."""

import pytest

TEXT = ("Nepal's Gadhimai festival drew crowds from India and Nepal this week, and the Nepalese "
        "government said it would not stop the sacrifice. Member of Parliament Hari Lal Tamang "
        "skipped Tuesday's legislative meeting, saying the festival mattered more. ")


def _person(text: str, name: str):
    import dyad

    return next(a for a in dyad.analyze(text).actors if a.name == name)


@pytest.mark.slow
def test_an_office_holder_whose_sentence_names_no_other_country_is_of_the_text_s():
    assert _person(TEXT, "Hari Lal Tamang").country == "NPL"


@pytest.mark.slow
def test_an_office_holder_beside_another_country_is_not_placed_by_the_text():
    text = TEXT.replace("skipped Tuesday's legislative meeting",
                        "met Indian officials in Delhi on Tuesday")
    assert _person(text, "Hari Lal Tamang").country != "NPL"


def test_a_body_of_members_from_many_countries_is_no_country_s():
    from dyad.nlp.home_country import world_body

    assert world_body("International AIDS Society")
    assert world_body("International Association of Athletics Federations")
    assert world_body("World Congress of Mayors")
    # a company that trades abroad, a place, a local body: not such a body
    assert not world_body("International Steel Group")
    assert not world_body("World Trade Center")
    assert not world_body("Indianapolis International Airport")


@pytest.mark.slow
def test_a_world_body_does_not_take_the_text_s_country():
    text = ("Indiana Governor Mike Pence on Tuesday signed a law on needle exchanges. Experts "
            "like Chris Beyrer, president of the International AIDS Society, support them.")
    assert _person(text, "International AIDS Society").country is None
