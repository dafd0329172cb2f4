"""Words that say whose country an unnamed group is of: "in the country" refers back to the
country named before it; foreigners are no one of the text's country; "the world's largest" is a
rank, not a sentence set beyond one country."""

import pytest


def _groups(text: str) -> dict:
    import dyad

    return {a.name: a.country for a in dyad.analyze(text).actors if a.kind == "group"}


@pytest.mark.slow
def test_in_the_country_refers_back_to_the_country_named_before():
    groups = _groups("Singapore urged its residents not to travel to Australia. The health ministry "
                     "of Brazil announced on Tuesday that the number of infected people in the "
                     "country rose to 23.")
    assert groups["infected people"] == "BRA"
    # but foreign workers and soldiers there need not be its own
    opening = ("Singapore urged its residents not to travel to Australia. The health ministry of "
               "Brazil said on Tuesday that ")
    assert _groups(opening + "foreign workers in the country had fallen ill.")[
        "foreign workers"] is None
    assert _groups(opening + "soldiers in the country had fallen ill.")["soldiers"] is None


@pytest.mark.slow
def test_foreigners_take_no_country_of_the_text():
    groups = _groups("Britain's government plans to admit fewer foreigners, the Home Secretary "
                     "said on Monday. Britain's government will also help pensioners.")
    assert groups["fewer foreigners"] is None and groups["pensioners"] == "GBR"


@pytest.mark.slow
def test_the_worlds_largest_is_a_rank_not_a_sentence_beyond_one_country():
    opening = ("SPRINGFIELD, Mass. (AP) - The old valve plant, sold to a firm from Canada in 1990, "
               "closed in 2001. ")
    assert _groups(opening + "The plant was once the world's largest maker of valves and "
                   "employed nearly 3,500 people.")["people"] == "USA"
    assert _groups(opening + "The plant was once the largest maker of valves worldwide and "
                   "employed nearly 3,500 people.")["people"] is None

