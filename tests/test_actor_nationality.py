"""A nationality before a private person or group says where they come from, not whom they speak or
work for: "Nigerian woman X" is Nigerian with no affiliation, while "Russian Ambassador X" speaks
for Russia. After a title, English no longer writes a nationality: "economy minister German Gref"
is named German."""

import pytest


@pytest.mark.slow
def test_a_private_persons_nationality_is_her_country_not_her_affiliation():
    import dyad

    record = dyad.analyze("Nigerian woman Pamela Izevbekhai said she feared for her daughters. "
                          "Russian Ambassador Vitaly Churkin said the talks had failed.")
    actors = {a.name: a for a in record.actors}
    woman, envoy = actors["Pamela Izevbekhai"], actors["Vitaly Churkin"]
    assert woman.country == "NGA" and woman.affiliation is None
    assert envoy.country == "RUS" and envoy.affiliation == actors["Russia"].id


@pytest.mark.slow
def test_a_demonym_after_a_title_is_a_given_name():
    import dyad

    record = dyad.analyze("Russia's economy minister German Gref said growth would slow.")
    names = {a.name: a for a in record.actors}
    assert "German Gref" in names and names["German Gref"].country == "RUS"
    assert not any(a.country == "DEU" for a in record.actors)
