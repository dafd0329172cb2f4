"""An international body's people have no country, where they serve included: "UN aid workers in
Kabul", "UN peacekeepers in Mali", "UN staff in Kabul" are IGO of no country, while "officials in
Kabul" are Afghanistan's. "Staff" and "personnel", singular in form, are a body's people as
"members" are. A nation and a body joined before a shared head are a group each ("British and EU
negotiators")."""

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


@pytest.mark.slow
@pytest.mark.parametrize("text,fragment,iso3,sector", [
    ("British and EU negotiators have failed to reach a deal.", "British", "GBR", "GOV"),
    ("Russian and NATO officials met in Brussels.", "Russian", "RUS", "GOV"),
])
def test_each_half_of_a_nation_and_a_body_joined_before_a_head_is_its_own_group(
        text, fragment, iso3, sector):
    import dyad

    i = text.index(fragment)
    # the tightest mention that holds the half's first word, as the evaluation scores a span
    actor = min(((e - s, a) for a in dyad.analyze(text).actors for s, e in a.mentions
                 if s <= i < e), key=lambda p: p[0])[1]
    assert (actor.kind, actor.country, actor.sector[0]) == ("group", iso3, sector)


@pytest.mark.slow
def test_the_body_half_is_a_group_of_the_body():
    import dyad

    record = dyad.analyze("British and EU negotiators have failed to reach a deal.")
    eu = next(a for a in record.actors if a.kind == "group" and a.name == "EU negotiators")
    assert (eu.country, eu.sector[0]) == (None, "IGO")
