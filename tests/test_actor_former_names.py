"""A state's names of the 1990s are its own (Zaire is DR Congo's, the Yugoslavia of 1992-2003
Serbia's), while the former Yugoslavia that several states succeeded is a region of no country;
the Kurdish Regional Government is Iraq's, as the Kurdistan Regional Government is."""

import pytest


def _actor(text, fragment):
    import dyad

    i = text.index(fragment)
    return next((a for a in dyad.analyze(text).actors
                 if any(s <= i < e for s, e in a.mentions)), None)


@pytest.mark.slow
@pytest.mark.parametrize("text,fragment,iso3", [
    ("Zairean troops fled the town.", "troops", "COD"),
    ("Zaire closed its border with Rwanda.", "Zaire", "COD"),
    ("Yugoslav troops entered the town.", "troops", "SRB"),
    ("Yugoslavia rejected the ultimatum.", "Yugoslavia", "SRB"),
    ("The Kurdish Regional Government rejected the plan.", "Kurdish", "IRQ"),
])
def test_former_and_other_names_of_a_state_and_its_bodies(text, fragment, iso3):
    assert _actor(text, fragment).country == iso3


@pytest.mark.slow
def test_the_former_yugoslavia_is_a_region_of_no_country():
    assert _actor("The war in the former Yugoslavia ended in 1995.", "Yugoslavia") is None
