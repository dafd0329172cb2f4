"""A holder of a state's own office whom nothing else places ("Member of Parliament Shiv Chandra
Kushwaha") is of the country the text is set in where the sentence naming them names no other
country, even where the opening names others beside it (``home_country.office_at_home``)."""

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
