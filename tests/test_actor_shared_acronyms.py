"""An acronym that names bodies of different countries (organizations.csv gives "FSA" to the Free
Syrian Army and to Britain's Financial Services Authority, "CBI" to India's Central Bureau of
Investigation and to the Confederation of British Industry) means the body whose country the text
names; where the text names neither, the dictionary's first row stands."""

import pytest


def _actor(text: str, name: str):
    import dyad

    return next(a for a in dyad.analyze(text).actors if name in a.name or any(
        text[s:e] == name for s, e in a.mentions))


def test_each_shared_acronym_is_every_bodys_alias():
    from dyad.knowledge import load_knowledge

    kb = load_knowledge()
    for acronym in ("FSA", "CBI", "HSE", "NDP"):
        assert len({e.country for e in kb.by_alias[acronym]}) == 2


@pytest.mark.slow
def test_fsa_of_a_british_report_is_the_financial_services_authority():
    a = _actor("British banks face new rules. The FSA said on Monday that lenders in the UK must "
               "hold more capital, and London traders welcomed the move.", "FSA")
    assert a.name == "Financial Services Authority" and a.country == "GBR"


@pytest.mark.slow
def test_fsa_of_a_syrian_report_is_the_free_syrian_army():
    a = _actor("Fighting continued near Aleppo. The FSA said on Monday that its fighters had "
               "taken two villages from Syrian government troops.", "FSA")
    assert a.name == "Free Syrian Army" and a.country == "SYR"


@pytest.mark.slow
def test_cbi_of_an_indian_report_is_the_central_bureau_of_investigation():
    a = _actor("The CBI has arrested two officials in New Delhi over a bribery case, Indian "
               "media reported.", "CBI")
    assert a.name == "Central Bureau of Investigation" and a.country == "IND"


@pytest.mark.slow
def test_cbi_of_a_british_report_is_the_confederation_of_british_industry():
    a = _actor("The CBI warned that British manufacturers were struggling, as the UK economy "
               "slowed.", "CBI")
    assert a.name == "Confederation of British Industry" and a.country == "GBR"


@pytest.mark.slow
def test_a_text_that_names_no_country_keeps_the_first_row():
    a = _actor("The FSA said on Monday that it would answer the charges.", "FSA")
    assert a.name == "Free Syrian Army"


@pytest.mark.slow
def test_the_kgb_is_a_russian_intelligence_service():
    a = _actor("The KGB watched the dissidents for years.", "KGB")
    assert a.country == "RUS" and a.sector[0] == "SPY"


@pytest.mark.slow
def test_a_body_name_inside_a_place_name_is_no_body():
    import dyad

    for text in ("Apple Valley police said a man was arrested on Main Street.",
                 "The council of Apple Valley, California, voted on Monday."):
        assert not [a for a in dyad.analyze(text).actors if a.name == "Apple Inc."]
    assert _actor("Apple said on Tuesday that iPod sales had doubled.", "Apple").country == "USA"


@pytest.mark.slow
def test_a_shared_acronym_named_often_does_not_set_the_text_in_its_first_rows_country():
    # the home reading takes no clue from "CBI" itself, so the one "UK" decides
    a = _actor("Rising costs are hitting the UK's small manufacturers, business lobby group the "
               "CBI says. A CBI survey found output had risen. The CBI said firms were gloomy, "
               "and the CBI found prices rose.", "CBI")
    assert a.name == "Confederation of British Industry"
