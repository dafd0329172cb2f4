"""A plural title before a list of names titles every name of the list ("Railtrack managers
Alistair Cook, Sean Fugill and Keith Lea"); a singular one only the name it stands before ("Mayor
Jane Roe and John Smith")."""

import pytest


def _people(text: str) -> dict:
    import dyad

    return {a.name: a for a in dyad.analyze(text).actors if a.kind == "person"}


@pytest.mark.slow
def test_a_plural_title_before_a_list_of_names_titles_each():
    people = _people("Balfour Beatty managers Anthony Walker and Nicholas Jeffries, and Railtrack "
                     "managers Alistair Cook, Sean Fugill and Keith Lea all face charges.")
    for name in ("Anthony Walker", "Nicholas Jeffries", "Alistair Cook", "Sean Fugill",
                 "Keith Lea"):
        assert "BUS" in people[name].sector, name


@pytest.mark.slow
def test_council_members_listed_are_each_council_members():
    people = _people("Council members Michael Keenan, Rick Gerber and John Reiner voted no on "
                     "Monday.")
    assert all("GOV" in people[n].sector for n in ("Michael Keenan", "Rick Gerber",
                                                      "John Reiner"))


@pytest.mark.slow
def test_a_singular_title_is_only_its_own_names():
    people = _people("Mayor Jane Roe and John Smith met on Monday.")
    assert people["Jane Roe"].role == "mayor"
    assert people["John Smith"].role is None and not people["John Smith"].sector
