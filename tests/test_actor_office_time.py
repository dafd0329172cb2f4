"""People in time: the office the text's own title gives a dictionary person comes before the
dictionary's, where the text has no date or its date falls outside the dictionary's office
("Indiana Governor Mike Pence" is no vice president in a text of 2015 or of no date)."""

import pytest


def _person(text, name, published=None):
    import dyad

    return next(a for a in dyad.analyze(text, published=published).actors if a.name == name)


@pytest.mark.slow
def test_the_texts_title_for_another_office_stands_in_an_undated_text():
    pence = _person("Indiana Governor Mike Pence declared a public health emergency.",
                    "Mike Pence")
    assert (pence.role, pence.country, pence.sector) == ("governor", "USA", ("GOV",))
    trump = _person("President-elect Donald Trump has drawn criticism.", "Donald Trump")
    assert trump.role == "president-elect"
    farage = _person("MEP Nigel Farage told the BBC he was right.", "Nigel Farage")
    assert (farage.role, farage.sector[0]) == ("mep", "LEG")


@pytest.mark.slow
def test_a_portfolio_the_role_words_do_not_spell_is_read_from_the_title():
    johnson = _person("Work and Pensions Secretary Alan Johnson said the plan would work.",
                      "Alan Johnson")
    assert (johnson.role, johnson.country, johnson.sector) == (
        "work and pensions secretary", "GBR", ("GOV",))
    may = _person("Theresa May, shadow secretary for the family, told the BBC the plans were "
                  "inadequate.", "Theresa May")
    assert (may.role, may.sector[0]) == ("shadow secretary for the family", "OPP")


@pytest.mark.slow
def test_a_later_title_names_the_office_an_untitled_mention_left_to_the_dictionary():
    brown = _person("Gordon Brown has issued a rallying cry to supporters. Chancellor Gordon "
                    "Brown said the poll would give a clear choice.", "Gordon Brown")
    assert brown.role == "chancellor of the exchequer"


@pytest.mark.slow
def test_a_title_of_the_same_office_or_a_generic_one_keeps_the_dictionarys():
    assert _person("Foreign Secretary Jack Straw said the number had risen.",
                   "Jack Straw").role == "foreign secretary"
    assert _person("The Minister of Foreign Affairs Sergei Lavrov said so.",
                   "Sergei Lavrov").role == "foreign minister"
    howard = _person("Tory leader Michael Howard also faces a rebellion.", "Michael Howard")
    assert (howard.role, howard.sector[0]) == ("leader of the opposition", "OPP")


@pytest.mark.slow
def test_a_dated_text_keeps_the_office_its_date_falls_in_and_drops_one_it_does_not():
    blair = _person("Labour leader Tony Blair spoke in Chatham.", "Tony Blair",
                    published="2005-03-27")
    assert (blair.role, blair.sector[0]) == ("prime minister", "GOV")
    pence = _person("Indiana Governor Mike Pence declared a public health emergency.",
                    "Mike Pence", published="2015-03-27")
    assert pence.role == "governor"


@pytest.mark.slow
def test_only_a_title_right_before_the_name_or_in_apposition_says_the_office():
    # "general" heads "election", not a title of Tony Blair's
    blair = _person("It is the most important general election Tony Blair will ever face.",
                    "Tony Blair")
    assert blair.role == "prime minister"
    # words of how someone stands to another name no office
    li = _person("He will meet his Chinese counterpart Minister Li Zhaoxing on Monday.",
                 "Li Zhaoxing")
    assert li.role == "foreign minister"
    milburn = _person("Mr Brown joined his alleged rival Alan Milburn at the launch.",
                      "Alan Milburn")
    assert milburn.role == "health secretary"


@pytest.mark.slow
def test_a_shadow_title_and_a_generic_one():
    cable = _person("Liberal Democrat shadow chancellor Vince Cable warned of a gap.",
                    "Vince Cable")
    assert (cable.role, cable.sector[0]) == ("shadow chancellor", "OPP")
    # a leader's title fits the party leader's office; an election chief is no health secretary
    kennedy = _person("Party leader Charles Kennedy said the homes would be built.",
                      "Charles Kennedy")
    assert kennedy.role == "leader of the liberal democrats"
    milburn = _person("Labour's election chief Alan Milburn denied the claim.", "Alan Milburn")
    assert milburn.role == "election chief"


def test_ministers_of_the_years_the_bbc_news_covers_are_in_the_dictionary():
    from dyad.knowledge import load_knowledge

    kb = load_knowledge()
    assert kb.entry("Sarkozy", "2004-06-01").role == "finance minister"
    assert kb.entry("Sarkozy", "2008-06-01").role == "president"
    assert (kb.entry("Herve Gaymard").country, kb.entry("Herve Gaymard").end) == ("FRA", "2005-02-25")
    assert kb.entry("Mikhail Saakashvili").name == "Mikheil Saakashvili"
    assert kb.entry("Zoellick", "2006-01-01").role == "deputy secretary of state"


@pytest.mark.slow
def test_two_people_of_an_undated_text_do_not_share_an_office_of_other_years():
    text = ("Gordon Brown has issued a rallying cry to supporters. Tony Blair said the election "
            "was near.")
    assert _person(text, "Gordon Brown").role == "chancellor of the exchequer"
    assert _person(text, "Tony Blair").role == "prime minister"
    # a date says which office each held, and a title which one the text means
    assert _person(text, "Gordon Brown", published="2008-01-01").role == "prime minister"
    titled = "Prime Minister Gordon Brown said the economy was strong. Tony Blair agreed."
    assert _person(titled, "Gordon Brown").role == "prime minister"


@pytest.mark.slow
def test_the_dictionarys_office_still_names_a_person_the_text_titles_otherwise(nlp):
    from dyad.nlp.components import read_actors
    from dyad.nlp.speaker_names import roles_of

    doc = nlp("Indiana Governor Mike Pence spoke in Ohio.")
    pence = next(a for a in read_actors(doc).actors if a.name == "Mike Pence")
    assert pence.role == "governor"
    # "the vice president" of a text of 2017 may still mean him
    assert "vice president" in roles_of(doc, pence)


@pytest.mark.slow
def test_a_title_of_rank_or_another_name_of_the_same_office_keeps_the_dictionarys():
    khalifa = _person("Bahraini Prime Minister, Prince Khalifa bin Salman Al Khalifa, has received "
                      "the ambassador.", "Khalifa bin Salman Al Khalifa")
    assert (khalifa.role, khalifa.sector[0]) == ("prime minister", "GOV")
    erdogan = _person("Turkish premier Recep Erdogan had to accept negotiations.", "Recep Erdogan")
    assert erdogan.role == "prime minister"
