"""A group that a clause says someone leads, runs or is tied to is of that leader's country:
"guerrillas led by X", "charities founded by Muqtada al-Sadr", "militants linked to al-Shabaab";
not an international body's people, whose leader's nationality is not theirs."""

import pytest


def _actor(text, fragment):
    import dyad

    i = text.index(fragment)
    return next((a for a in dyad.analyze(text).actors
                 if any(s <= i < e for s, e in a.mentions)), None)


@pytest.mark.slow
@pytest.mark.parametrize("text,fragment,iso3,sector", [
    ("Guerrillas led by Ahmad Shah Massoud seized the valley.", "Guerrillas", "AFG", "REB"),
    ("Charities founded by Muqtada al-Sadr were closed.", "Charities", "IRQ", "NGO"),
    ("Militants linked to al-Shabaab attacked a village.", "Militants", "SOM", "REB"),
])
def test_a_group_led_run_or_tied_takes_its_leaders_country(text, fragment, iso3, sector):
    group = _actor(text, fragment)
    assert (group.kind, group.country, group.sector[0]) == ("group", iso3, sector)


@pytest.mark.slow
def test_an_international_bodys_people_keep_no_country_of_their_leader():
    staff = _actor("UN aid workers led by Norwegian diplomat Jan Egeland visited the camp.",
                   "aid workers")
    assert (staff.country, staff.sector[0]) == (None, "IGO")
