"""A name the model took for a person's is a company's where a legal form ends it ("Paws
Incorporated"), where the kind of firm right before describes it ("budget airline Virgin Blue"),
or where it names a company already found; a firm the name is the subject of a clause after is
no description of it ("the company John Smith founded")."""

import pytest


def _actors(text: str) -> list:
    import dyad

    return dyad.analyze(text).actors


@pytest.mark.slow
def test_a_firm_right_before_a_name_makes_it_a_company_and_later_mentions_join_it():
    actors = _actors("Shares in Australian budget airline Virgin Blue plunged 20% after it warned "
                     "of a fall in profits. Virgin Blue said profits would be lower.")
    virgin = [a for a in actors if a.name == "Virgin Blue"]
    assert len(virgin) == 1
    assert virgin[0].kind == "organization" and virgin[0].country == "AUS"
    assert "BUS" in virgin[0].sector


@pytest.mark.slow
def test_a_legal_form_ending_a_name_makes_it_a_company():
    actors = _actors("On Tuesday, Paws Incorporated - the owner of the rights to Garfield the cat "
                     "- won a court battle against a publishing house.")
    paws = next(a for a in actors if a.name == "Paws Incorporated")
    assert paws.kind == "organization" and "BUS" in paws.sector


@pytest.mark.slow
def test_a_firm_a_name_is_the_subject_of_a_clause_after_is_no_description():
    actors = _actors("Police said the firm had bought the company John Smith founded in 1990.")
    assert next(a for a in actors if a.name == "John Smith").kind == "person"
