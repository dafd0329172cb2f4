"""A body's initials: the acronym of a body the text names joins it, and a few capitals that are
only another name of a town (an airport code) are that town only where the text is about its
country."""

import pytest

from dyad.knowledge import load_knowledge


def test_a_bodys_acronym_may_spell_its_small_words_and_leave_out_its_nationality():
    from dyad.nlp.actor_organizations import OrganizationReader

    reader = OrganizationReader.__new__(OrganizationReader)
    reader.kb = load_knowledge()
    forms = reader._acronyms("Philippine Department of Health")
    assert {"DOH", "DH", "PDH"} <= forms
    assert "DOH" not in reader._acronyms("Department for Health")  # "for" spells an F
    assert reader._acronyms("Islamic State") == {"IS"}


@pytest.mark.slow
def test_initials_of_a_body_the_text_named_are_that_body_not_a_town():
    import dyad

    rec = dyad.analyze("According to Philippine Department of Health (DOH) Secretary Francisco "
                       "Duque, the quarantine was lifted. DOH officials also say a worker is ill.")
    group = next(a for a in rec.actors if a.name == "DOH officials")
    assert group.country == "PHL"


@pytest.mark.slow
def test_capitals_that_only_name_a_town_of_another_country_are_no_town():
    import dyad

    rec = dyad.analyze("MANILA -- DOH officials said the outbreak was over.")
    assert all(a.country != "QAT" for a in rec.actors)
    rec = dyad.analyze("MANILA -- DOH officials said the outbreak was over. Qatar agreed.")
    assert [a.country for a in rec.actors if a.name == "DOH officials"] == ["QAT"]
    for text in ("NYC officials said the outbreak was over.",
                 "MANILA -- NYC officials said it, New York officials agreed."):
        rec = dyad.analyze(text)
        assert [a.country for a in rec.actors if a.name == "NYC officials"] == ["USA"]
