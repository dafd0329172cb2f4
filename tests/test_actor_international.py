"""An international body's people have no country, where they serve included: "UN aid workers in
Kabul", "UN peacekeepers in Mali", "UN staff in Kabul" are IGO of no country, while "officials in
Kabul" are Afghanistan's. "Staff" and "personnel", singular in form, are a body's people as
"members" are."""

import pytest


def _actor(text, fragment):
    import dyad

    i = text.index(fragment)
    return next((a for a in dyad.analyze(text).actors
                 if any(s <= i < e for s, e in a.mentions)), None)


@pytest.mark.slow
@pytest.mark.parametrize("text,fragment", [
    ("UN aid workers in Kabul were evacuated.", "aid workers"),
    ("UN peacekeepers in Mali were attacked.", "peacekeepers"),
    ("UN officials in Geneva said the talks would resume.", "officials"),
    ("UN staff in Kabul were evacuated.", "staff"),
])
def test_an_international_bodys_people_take_no_country_from_where_they_serve(text, fragment):
    group = _actor(text, fragment)
    assert (group.kind, group.country, group.sector[0]) == ("group", None, "IGO")


@pytest.mark.slow
def test_a_states_people_take_the_country_where_they_serve():
    officials = _actor("Officials in Kabul said the talks would resume.", "Officials")
    assert (officials.country, officials.sector[0]) == ("AFG", "GOV")


@pytest.mark.slow
def test_a_bodys_staff_are_its_people():
    staff = _actor("The company's staff went on strike.", "staff")
    assert (staff.kind, staff.sector[0]) == ("group", "BUS")
