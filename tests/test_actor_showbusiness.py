"""Arts, business and technology news: a performer's title makes an elite ("Hollywood film star
Tom Cruise", "comedian Cyril Fletcher"); a name a known body opens, with no role noun
of its own, is the body's outlet and does its work ("BBC One" is media); and the big firms of such
news are in the dictionary ("Tesco", "Napster")."""

import pytest


def _actors(text: str) -> list:
    import dyad

    return dyad.analyze(text).actors


@pytest.mark.slow
def test_a_performers_title_makes_an_elite():
    actors = _actors("Hollywood film star Tom Cruise has 5/1 odds. The panel included veteran "
                     "comedian Cyril Fletcher.")
    for name in ("Tom Cruise", "Cyril Fletcher"):
        a = next(a for a in actors if a.name == name)
        assert a.kind == "person" and a.sector[:1] == ("ELI",), a


@pytest.mark.slow
def test_a_bare_actor_of_political_news_is_no_performer():
    actors = _actors("Non-state actors were blamed for the attack on the pipeline.")
    assert not any("ELI" in a.sector for a in actors)


@pytest.mark.slow
def test_a_name_a_known_body_opens_takes_its_sector():
    actors = _actors("The drama was first broadcast on BBC One in 1978.")
    one = next(a for a in actors if a.name == "BBC One")
    assert one.country == "GBR" and one.sector[:1] == ("MED",)


@pytest.mark.slow
def test_big_firms_of_business_and_technology_news_are_known():
    actors = _actors("Tesco said sales rose. Napster and other download services grew.")
    firms = {a.name: a for a in actors}
    assert firms["Tesco"].country == "GBR" and "BUS" in firms["Tesco"].sector
    assert firms["Napster"].kind == "organization" and "BUS" in firms["Napster"].sector
