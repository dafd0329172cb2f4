"""Actors defined by what they belong to or stand against, and the halves of a divided country:
"Soldiers from the NDC-R" are the group's rebels, "workers employed by the UNHCR" its staff,
"Rivals of the government of X" the opposition, "the North" North Korea where the text names
Korea."""

import pytest


def _actor(text, fragment):
    import dyad

    i = text.index(fragment)
    return next((a for a in dyad.analyze(text).actors
                 if any(s <= i < e for s, e in a.mentions)), None)


@pytest.mark.slow
def test_a_group_from_a_body_takes_its_country_and_sector_first():
    soldiers = _actor("Soldiers from the NDC-R have surrendered to the army.", "Soldiers")
    assert (soldiers.kind, soldiers.country, soldiers.sector[0]) == ("group", "COD", "REB")
    worker = _actor("An airstrike has killed a worker for a telecom company in Somalia.", "worker")
    assert (worker.country, worker.sector[0]) == ("SOM", "BUS")


@pytest.mark.slow
def test_a_group_with_a_body_is_of_that_body():
    officials = _actor("Officials with Hamas said the talks had failed.", "Officials")
    assert (officials.country, officials.sector[0]) == ("PSE", "REB")
    health = _actor("Officials with the Ohio Department of Health said the outbreak was over.",
                    "Officials")
    assert health.country == "USA"
    families = _actor("Families with children fled the town.", "Families")
    assert families.mentions[0][1] - families.mentions[0][0] == len("Families")


@pytest.mark.slow
def test_a_group_employed_by_a_body_takes_its_sector_first():
    staff = _actor("The government expelled 20 humanitarian workers employed by the United "
                   "Nations High Commission for Refugees.", "humanitarian workers")
    assert (staff.kind, staff.country, staff.sector[0]) == ("group", None, "IGO")


@pytest.mark.slow
def test_a_partys_members_keep_their_office():
    ministers = _actor("Ministers from the ruling party resigned on Monday.", "Ministers")
    assert ministers.sector[0] == "GOV"


@pytest.mark.slow
def test_rivals_of_a_government_are_its_opposition():
    rivals = _actor("Rivals of the government of Prime Minister Hassan Diab said they will "
                    "boycott the meeting.", "Rivals")
    assert (rivals.kind, rivals.country, rivals.sector[0]) == ("group", "LBN", "OPP")
    business = _actor("Business rivals of the company filed suit.", "rivals")
    assert business.sector[0] == "BUS"


@pytest.mark.slow
@pytest.mark.parametrize("text,fragment,iso3", [
    ("Kim Jong Un met the South's president in the border village.", "South", "KOR"),
    ("Korean officials said the North fired a missile.", "North", "PRK"),
    ("The North fired a missile, Pyongyang's state media said.", "North", "PRK"),
])
def test_a_half_of_korea_where_the_text_names_korea(text, fragment, iso3):
    half = _actor(text, fragment)
    assert (half.kind, half.country) == ("country", iso3)


@pytest.mark.slow
def test_north_and_south_name_no_half_where_the_text_names_no_korea():
    assert _actor("The North won the civil war and the South lost it.", "North") is None


@pytest.mark.slow
def test_a_group_takes_the_one_country_of_the_members_it_names():
    members = _actor("The speech was given to the opposition members including Shahbaz Sharif, "
                     "Shahid Khaqan Abbasi and Ahsan Iqbal.", "opposition members")
    assert (members.kind, members.country) == ("group", "PAK")
    leaders = _actor("Leaders such as Emmanuel Macron and Angela Merkel attended.", "Leaders")
    assert leaders.country is None  # two countries: no one's


@pytest.mark.slow
def test_a_number_of_people_is_the_group_it_counts():
    text = "Airstrikes killed dozens of IS members, including the group's chief, Qari Hekmatullah."
    members = _actor(text, "dozens")
    assert (members.kind, members.sector[0]) == ("group", "REB")
    assert members.country is None  # a body of no country: a member named does not place them
    protesters = _actor("Thousands of protesters marched in Kabul.", "Thousands")
    assert protesters.name == "protesters"
