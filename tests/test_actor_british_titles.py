"""British political news writes a councillor's title as "Cllr" before the name, calls a member
of parliament without office a backbencher (the title is the person's role, not part of the name)
and names a party by its adjective in the singular ("Liberal Democrat spokesman", "Tory leader")."""

import pytest


def _actors(text: str) -> dict:
    import dyad

    return {a.name: a for a in dyad.analyze(text).actors}


@pytest.mark.slow
def test_cllr_is_a_councillors_title_not_part_of_the_name():
    actors = _actors("Cllr Veronica Cawley said the council would act.")
    cawley = actors["Veronica Cawley"]
    assert cawley.kind == "person" and cawley.sector[:1] == ("GOV",) and cawley.role == "cllr"


@pytest.mark.slow
def test_a_backbencher_is_a_legislator():
    actors = _actors("Labour backbencher Bob Marshall-Andrews said the bill was wrong.")
    mp = actors["Bob Marshall-Andrews"]
    assert mp.sector[:1] == ("LEG",) and mp.role == "backbencher"


@pytest.mark.slow
def test_a_partys_name_in_the_singular_is_the_party_the_person_speaks_for():
    actors = _actors("Liberal Democrat spokesman Mark Oaten said it was wrong. Tory leader Michael "
                     "Howard said the plan would fail.")
    for person, party in (("Mark Oaten", "Liberal Democrats"), ("Michael Howard", "Conservative Party")):
        assert actors[party].sector == ("PTY",) and actors[person].affiliation == actors[party].id
