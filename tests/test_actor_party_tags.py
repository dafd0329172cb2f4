"""A US party and home town after a legislator's name (", R-London,", "(R-Ocilla)", ", DFL-Cook,")
is a tag only US news writes: the legislator is American, whatever other country's town bears the
name of the home town."""

import pytest


@pytest.mark.slow
def test_a_party_and_home_town_after_a_name_make_the_legislator_american():
    import dyad

    rec = dyad.analyze("The bill was sponsored by state Sen. Tom Jensen, R-London, and Rep. Jay "
                       "Roberts (R-Ocilla). Sen. Tom Bakk, DFL-Cook, opposed it.")
    countries = {a.name: a.country for a in rec.actors if a.kind == "person"}
    assert countries["Tom Jensen"] == "USA"
    assert countries["Jay Roberts"] == "USA"
    assert countries["Tom Bakk"] == "USA"


@pytest.mark.slow
def test_a_hyphened_word_after_a_comma_is_no_party_tag():
    import dyad

    rec = dyad.analyze("Officers questioned John Carter, a D-Day veteran, on Monday in London.")
    assert next(a for a in rec.actors if a.name == "John Carter").country != "USA"
