"""What the words around an unnamed group say it is made of (``dyad.nlp.actor_makeup``): people an
apposition says are mostly of one kind, members of a people's community, people who seek refuge."""

import pytest


def _actor(text, fragment):
    import dyad

    i = text.index(fragment)
    return next((a for a in dyad.analyze(text).actors
                 if any(s <= i < e for s, e in a.mentions)), None)


@pytest.mark.slow
def test_people_mostly_of_one_kind_are_of_that_kind():
    people = _actor("Police detained 40 people, mostly students, after the rally.", "people")
    assert (people.kind, people.sector[0]) == ("group", "EDU")


@pytest.mark.slow
def test_people_with_no_apposition_stay_private_people():
    people = _actor("Police detained 40 people near the border.", "people")
    assert people.sector == ("CVL",)


@pytest.mark.slow
def test_members_of_a_community_are_its_people():
    members = _actor("Hundreds of members of Sri Lanka's Tamil community protested in London.",
                     "members")
    assert (members.kind, members.country, members.sector) == ("group", "LKA", ("CVL",))


@pytest.mark.slow
@pytest.mark.parametrize("text,fragment", [
    ("Thousands of families crossed into Turkey seeking refuge from the fighting.", "families"),
    ("Dozens of villagers have sought asylum in Thailand.", "villagers"),
])
def test_people_who_seek_refuge_are_refugees_not_of_the_country_they_reach(text, fragment):
    group = _actor(text, fragment)
    assert group.sector[0] == "REF"
    assert group.country is None


@pytest.mark.slow
def test_people_who_seek_something_else_are_no_refugees():
    villagers = _actor("Dozens of villagers have sought jobs in Thailand.", "villagers")
    assert villagers.sector[0] == "CVL"
