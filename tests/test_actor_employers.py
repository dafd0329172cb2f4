"""A job any kind of body has ("analyst", "economist", "president") takes the sector of the body
the person works for: an analyst of a bank is business, of a university education; a person
named after a body and a title the title reader could not read ("Airbus head Noel Forgeard")
takes the body's sector and country. Regulators ("watchdog") are state bodies, rights watchdogs
NGOs; a county manager runs a county's government."""

import pytest

from dyad.nlp.actor_employers import employed_role


def _actors(text: str) -> list:
    import dyad

    return dyad.analyze(text).actors


def _named(actors, name):
    return next(a for a in actors if a.name == name)


def test_a_job_of_any_body_is_read_whatever_words_before_it():
    assert employed_role("chief economist")
    assert employed_role("senior vice president")
    assert employed_role("analyst")
    assert not employed_role("foreign minister")
    assert not employed_role("professor")
    assert not employed_role(None)


@pytest.mark.slow
def test_an_economist_at_a_bank_is_business_and_at_a_university_education():
    actors = _actors('"Sales are weak," said Paul Sheard, economist at Lehman Brothers in Tokyo. '
                     '"They are not," said Mary Jones, an economist at Harvard University.')
    sheard = _named(actors, "Paul Sheard")
    assert sheard.sector[0] == "BUS" and sheard.country == "USA"
    assert _named(actors, "Mary Jones").sector[0] == "EDU"


@pytest.mark.slow
def test_analysts_of_a_bank_named_before_them_are_business():
    actors = _actors("Nomura analysts said the yen would rise.")
    group = next(a for a in actors if a.kind == "group")
    assert group.sector[0] == "BUS" and group.country == "JPN"


@pytest.mark.slow
def test_the_president_of_a_campaign_group_is_of_the_group_not_the_government():
    actors = _actors("Jane Doe, president of the Sierra Club, said so. Planned Parenthood's "
                     "president Cecile Richards agreed.")
    assert _named(actors, "Jane Doe").sector[0] == "NGO"
    assert _named(actors, "Cecile Richards").sector[0] == "NGO"


@pytest.mark.slow
def test_a_body_before_a_title_the_tagger_read_as_a_verb_gives_its_sector_and_country():
    actors = _actors("Airbus head Noel Forgeard is now set to replace Mr Camus.")
    forgeard = _named(actors, "Noel Forgeard")
    assert forgeard.sector[0] == "BUS" and forgeard.country == "FRA"


@pytest.mark.slow
def test_a_watchdog_is_a_regulator_and_a_rights_watchdog_an_ngo():
    actors = _actors("The stock market watchdog said it would investigate. Human rights watchdog "
                     "Amnesty International criticised the plan.")
    assert _named(actors, "stock market watchdog").sector[0] == "GOV"
    assert _named(actors, "Amnesty International").sector[0] == "NGO"


@pytest.mark.slow
def test_a_county_manager_runs_a_government_and_a_club_boss_a_business():
    actors = _actors("County Manager Jim Baker said the budget was tight in Ohio. Chelsea boss Jose "
                     "Mourinho said his team was tired.")
    assert _named(actors, "Jim Baker").sector[0] == "GOV"
    assert _named(actors, "Jose Mourinho").sector[0] == "BUS"


@pytest.mark.slow
def test_companies_the_model_took_for_people_or_left_unplaced_are_known():
    actors = _actors("The auditors Grant Thornton said they had resigned. Korea Exchange Bank said "
                     "profits rose. Steel firms rose, led by France's Arcelor.")
    grant = _named(actors, "Grant Thornton")
    assert grant.kind == "organization" and grant.sector[0] == "BUS"
    assert _named(actors, "Korea Exchange Bank").country == "KOR"
    assert _named(actors, "Arcelor").sector[0] == "BUS"


@pytest.mark.slow
def test_a_job_title_read_as_a_body_of_that_name_is_no_employer():
    # "Economist" before a name is the title, which the reader took for The Economist
    actors = _actors("Unemployment remains high in South Africa. Economist Colen Garrow said the "
                     "budget looked as if it would stimulate growth.")
    assert _named(actors, "Colen Garrow").sector[0] != "MED"


@pytest.mark.slow
def test_accounting_networks_are_companies_of_their_head_office():
    actors = _actors("UK retail sales were weak in January, the British Retail Consortium and "
                     "accountants KPMG said.")
    kpmg = _named(actors, "KPMG")
    assert kpmg.country == "GBR" and kpmg.sector[0] == "BUS"


@pytest.mark.slow
def test_a_present_verb_between_a_body_and_a_name_is_no_title():
    actors = _actors("The crash took the life of Robert Kochuk of East Hampton. Police say Kochuk "
                     "was driving.")
    assert "COP" not in _named(actors, "Robert Kochuk").sector


@pytest.mark.slow
def test_a_national_title_is_the_countrys_office_whatever_body_the_phrase_names():
    actors = _actors("The ruling United People's Congress of Sri Lankan President Mahinda "
                     "Rajapakse do not inhibit the government.")
    assert _named(actors, "Mahinda Rajapakse").sector[0] == "GOV"
