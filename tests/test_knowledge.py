"""The actor dictionary as loaded: generic body names, dated offices, people and bodies."""

import pytest

from dyad.knowledge import load_knowledge


def test_a_body_name_that_is_a_role_noun_is_generic():
    kb = load_knowledge()
    assert kb.generic("Senate") and kb.generic("the Senate") and kb.generic("Supreme Court")
    assert kb.generic("House of Representatives")
    assert not kb.generic("U.S. Senate") and not kb.generic("State Department")
    assert not kb.generic("Kremlin")


def test_a_party_or_office_name_many_countries_bear_is_generic():
    kb = load_knowledge()
    assert kb.generic("Conservatives") and kb.generic("the Conservatives")
    assert not kb.generic("British Conservative Party") and not kb.generic("Labour")
    assert kb.entry("Conservatives").country == "GBR"  # the default where nothing says whose


def test_one_name_two_offices_follow_the_publication_date():
    kb = load_knowledge()
    assert kb.entry("Mark Carney", "2015-06-01").country == "GBR"
    assert kb.entry("Mark Carney", "2025-06-01").country == "CAN"
    assert kb.entry("Lecornu", "2023-01-01").role == "defense minister"
    assert kb.entry("Lecornu", "2025-10-01").role == "prime minister"


def test_a_date_in_no_office_takes_the_office_held_last_before_it():
    # the dictionary lists Power's UN post first and Mueller's FBI post first; after both ended,
    # the last office held names them, and before any, the first one held
    kb = load_knowledge()
    assert kb.entry("Samantha Power", "2026-01-01").role == "administrator of usaid"
    assert kb.entry("Robert Mueller", "2020-01-01").role == "special counsel"
    assert kb.entry("Robert Mueller", "2015-01-01").role == "fbi director"
    assert kb.entry("John Negroponte", "1990-01-01").role == "ambassador to the united nations"
    assert kb.entry("John Negroponte", "2010-01-01").role == "director of national intelligence"
    assert kb.entry("Samantha Power").role == "ambassador to the united nations"  # no date


def test_office_holders_beyond_the_great_powers_are_known():
    kb = load_knowledge()
    saraki = kb.entry("Saraki", "2017-01-01")
    assert (saraki.country, saraki.sector, saraki.role) == ("NGA", ("LEG",), "senate president")
    assert kb.entry("Frances Fitzgerald").country == "IRL"
    assert kb.entry("Yang Jiechi", "2015-01-01").role == "state councillor"
    assert kb.entry("Akufo-Addo").country == "GHA"
    georgieva = kb.entry("Kristalina Georgieva", "2022-01-01")
    assert georgieva.country is None and georgieva.sector[0] == "IGO"


def test_national_agencies_and_companies_carry_their_country():
    kb = load_knowledge()
    assert (kb.entry("FAA").country, kb.entry("FAA").sector) == ("USA", ("GOV",))
    assert (kb.entry("Australian Federal Police").country, kb.entry("RCMP").country) == (
        "AUS", "CAN")
    assert (kb.entry("Siemens").country, kb.entry("Siemens").sector) == ("DEU", ("BUS",))
    assert kb.entry("Jurisdiction for Peace").country == "COL"
    assert kb.entry("Africa Union").name == "African Union"


def test_role_nouns_for_titles_outside_the_anglosphere():
    kb = load_knowledge()
    assert kb.role("Taoiseach").kind == "person" and kb.role("state councillor").sector == ("GOV",)
    assert kb.role("senate president").sector == ("LEG",)


def test_local_leaders_agencies_and_portfolios_are_known():
    kb = load_knowledge()
    assert kb.adjectives["Korean"] == "KOR" and kb.adjectives["North Korean"] == "PRK"
    assert kb.entry("Newsom", "2020-01-01").role == "governor of california"
    assert kb.entry("Shahbaz Sharif", "2019-06-01").sector == ("OPP",)
    assert kb.entry("Shahbaz Sharif", "2023-01-01").sector == ("GOV",)
    assert (kb.entry("DFAT").country, kb.entry("INEC").country) == ("AUS", "NGA")
    assert kb.entry("Ecowas").name == "Economic Community of West African States"
    assert kb.role("education secretary").sector == ("GOV", "EDU")
    # a generic body's name under any of its aliases
    assert kb.generic(kb.entry("NSC").name) and not kb.generic("NSC")


def test_leaders_of_small_states_parties_and_us_title_abbreviations_are_known():
    kb = load_knowledge()
    assert kb.entry("Tharman Shanmugaratnam", "2024-01-01").country == "SGP"
    assert kb.entry("Khurelsukh").country == "MNG" and kb.entry("Skerrit").country == "DMA"
    assert kb.entry("Kosiniak-Kamysz").country == "POL"
    # two presidents of Seychelles, one on each side of the handover
    assert kb.entry("Ramkalawan", "2023-01-01").role == "president"
    assert kb.entry("Herminie", "2026-01-01").country == "SYC"
    assert (kb.entry("CNRP").country, kb.entry("Yisrael Beytenu").country) == ("KHM", "ISR")
    assert kb.entry("USCIS").sector == ("GOV",) and kb.entry("GAO").country == "USA"
    assert kb.role("Gov.").sector == ("GOV",) and kb.role("sen.").sector == ("LEG",)


@pytest.mark.parametrize("name,country,date", [
    ("Gorbachev", "RUS", "1987-03-01"), ("Keizo Obuchi", "JPN", None), ("Shevardnadze", "GEO", "2000-01-01"),
    ("Shevardnadze", "RUS", "1988-01-01"), ("Boutros-Ghali", None, None)])
def test_leaders_before_2000_are_in_the_dictionary(name, country, date):
    entry = load_knowledge().entry(name, date)
    assert entry is not None and entry.country == country


@pytest.mark.parametrize("name,country,sector", [
    ("ONLF", "ETH", "REB"), ("Los Zetas", "MEX", "CRM"), ("OAU", None, "IGO"), ("GE", "USA", "BUS")])
def test_more_armed_groups_companies_and_bodies_are_in_the_dictionary(name, country, sector):
    entry = load_knowledge().entry(name)
    assert (entry.country, entry.sector[0]) == (country, sector)


def test_a_name_spelt_another_way_finds_its_one_person():
    kb = load_knowledge()
    assert kb.spelling_entry("Abdrabbuh Mansour Hadi").name == "Abdrabbuh Mansur Hadi"
    assert kb.spelling_entry("Omer al-Bashir").country == "SDN"
    assert kb.spelling_entry("Dbeibeh").country == "LBY"
    assert kb.spelling_entry("Ali") is None  # too short to tell anyone by
    assert kb.spelling_entry("John Brown") is None  # not John Brennan
    assert kb.spelling_entry("Jane Roe") is None
    assert "Manila" in kb.capitals and kb.spelling_entry("Manila") is None  # a capital, no one


def test_a_word_in_lower_case_is_no_surname():
    kb = load_knowledge()
    assert kb.surname_countries("Bush") == {"USA"}
    assert kb.surname_countries("bush") == set()  # "comb the bush"


@pytest.mark.parametrize("name,country,sector", [
    ("Huffington Post", "USA", "MED"), ("ITV", "GBR", "MED"), ("TOLOnews", "AFG", "MED"),
    ("Premium Times", "NGA", "MED"), ("Ethiopian News Agency", "ETH", "MED"),
    ("Telesur", "VEN", "MED"), ("Kurdistan24", "IRQ", "MED"), ("Hirak", "DZA", "OPP"),
    ("Gulen movement", "TUR", "OPP"), ("Peace Now", "ISR", "NGO"), ("Wolesi Jirga", "AFG", "LEG"),
    ("Gardaí", "IRL", "COP"), ("NDS", "AFG", "SPY"), ("Hashed al-Shaabi", "IRQ", "MIL")])
def test_news_organizations_movements_and_state_bodies_of_every_region_are_known(name, country, sector):
    entry = load_knowledge().entry(name)
    assert (entry.country, entry.sector[0]) == (country, sector)


def test_a_company_legal_form_or_labour_congress_says_what_kind_of_body_it_ends():
    kb = load_knowledge()
    assert all(kb.role(w).sector == ("BUS",) for w in ("inc.", "corp.", "ltd", "plc", "llc"))
    assert kb.role("labour congress").sector == ("LAB",)
    assert kb.role("islamist group").sector == ("REB",) and kb.role("islamist") is None
    assert kb.role("intelligence community").sector == ("SPY",) and kb.role("community") is None
    assert kb.role("defendant").sector == ("CRM",) and kb.role("state trooper").sector == ("COP",)
    assert kb.role("cameraman").sector == ("MED",) and kb.role("councilor").kind == "person"
    assert kb.role("limited") is None  # a common adjective too
    assert (kb.entry("TUC").country, kb.entry("TUC").sector) == ("GBR", ("LAB",))
    assert kb.entry("SPLA-IO").country == "SSD" and kb.entry("PML-Q").sector == ("PTY",)
    assert kb.entry("Liberation") is None  # no French daily in "Earth Liberation Front"


@pytest.mark.parametrize("name,country,date", [
    ("Isa Mustafa", "XKX", "2016-01-01"), ("Zvizdic", "BIH", "2017-01-01"),
    ("Viorica Dancila", "ROU", "2019-01-01"), ("Juha Sipilä", "FIN", "2018-01-01"),
    ("Najla Bouden", "TUN", "2022-01-01"), ("Czaputowicz", "POL", "2019-01-01")])
def test_heads_of_government_and_foreign_ministers_of_the_2010s_are_known(name, country, date):
    entry = load_knowledge().entry(name, date)
    assert entry is not None and entry.country == country


@pytest.mark.parametrize("name,country,date", [
    ("Lagumdzija", "BIH", None), ("Alija Izetbegovic", "BIH", "1995-01-01"),
    ("Rugova", "XKX", "2004-01-01"), ("Kwasniewski", "POL", "2000-01-01"),
    ("Maskhadov", "RUS", None), ("Stipe Mesic", "HRV", "2005-01-01"), ("Sankoh", "SLE", None),
    ("Kony", "UGA", None), ("Timochenko", "COL", None), ("Lagbaja", "NGA", "2024-01-01")])
def test_leaders_of_the_1990s_beyond_the_great_powers_are_known(name, country, date):
    entry = load_knowledge().entry(name, date)
    assert entry is not None and entry.country == country


def test_central_banks_are_their_state_s_not_commercial_banks():
    kb = load_knowledge()
    for name, iso3 in (("Bank of England", "GBR"), ("RBI", "IND"), ("Bundesbank", "DEU"),
                       ("Central Bank of Nigeria", "NGA"), ("PBOC", "CHN")):
        entry = kb.entry(name)
        assert (entry.country, entry.sector) == (iso3, ("GOV", "BUS")), name


def test_a_body_is_known_by_its_name_in_the_other_spelling():
    kb = load_knowledge()
    assert kb.entry("International Labour Organisation").name == "International Labour Organization"
    assert kb.entry("Israel Defence Forces").country == "ISR"
    assert kb.entry("Organisation of Islamic Cooperation").sector[0] == "IGO"  # as written
    assert kb.entry("Defence") is None


@pytest.mark.parametrize("name,sector", [
    ("Ghassan Salamé", "IGO"), ("Nickolay Mladenov", "IGO"), ("Luis Almagro", "IGO"),
    ("Agnès Callamard", "NGO"), ("Gianni Infantino", "NGO")])
def test_officials_of_international_bodies_carry_no_country(name, sector):
    entry = load_knowledge().entry(name)
    assert entry.country is None and entry.sector[0] == sector


@pytest.mark.parametrize("name,country", [
    ("Raychelle Omamo", "KEN"), ("Mnatsakanyan", "ARM"), ("Don Pramudwinai", "THA"),
    ("Urrejola", "CHL"), ("Shirley Ayorkor Botchwey", "GHA")])
def test_foreign_ministers_beyond_the_larger_states_are_known(name, country):
    entry = load_knowledge().entry(name)
    assert entry.country == country and entry.role == "foreign minister"



def test_the_built_in_dictionary_is_built_once():
    # The actor finder asks for it with an empty tuple of user files, the other components with
    # none: both get the one dictionary.
    assert load_knowledge() is load_knowledge(())


def test_an_acronym_written_as_a_word_finds_its_body():
    kb = load_knowledge()
    assert kb.acronym_entry("Farc").country == "COL"  # FARC, as British papers write it
    assert kb.acronym_entry("Unicef").name == kb.entry("UNICEF").name
    assert kb.acronym_entry("FARC") is None  # only a word in title case
    assert kb.acronym_entry("Un") is None  # too short to tell
    assert kb.acronym_entry("Jane") is None


def test_the_arabic_article_is_found_capitalised_or_not():
    kb = load_knowledge()
    assert kb.entry("Al-Nusra Front").name == kb.entry("al-Nusra Front").name
    assert kb.entry("al Jazeera").name == kb.entry("Al Jazeera").name


def test_namesakes_are_told_apart_by_who_held_office_then_and_the_title(namesakes_kb):
    # a surname alone gives no country while the namesakes disagree, but the date leaves
    # those in office then, and the title those whose office it names
    kb = namesakes_kb
    assert kb.surname_countries("Zembala") == {"MLI", "BFA", "IRL"}
    assert kb.surname_countries("Zembala", "1985-05-01") == {"MLI"}
    assert kb.surname_countries("Zembala", "2023-05-01") == {"BFA", "IRL"}
    assert kb.surname_countries("Zembala", "2023-05-01", "president") == {"BFA"}
    assert kb.surname_countries("Zembala", "2023-05-01", "vice president") == {"IRL"}
    assert kb.surname_countries("Zembala", "2023-05-01", "governor") == set()  # someone else
    # no one in office then: all of them, as without a date
    assert kb.surname_countries("Zembala", "1995-01-01") == {"MLI", "BFA", "IRL"}


def test_a_people_of_one_state_qualifies_actors_but_is_no_toponym():
    from dyad.knowledge import load_knowledge
    from dyad.nlp.gazetteer import load_gazetteer

    assert load_knowledge().adjectives["Coptic"] == "EGY"
    assert load_gazetteer().demonym("Coptic") is None
    assert load_gazetteer().demonym("Egyptian") is not None
