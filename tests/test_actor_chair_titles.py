"""A chair's or director's title is a company's (BUS) only by default: named with a state body
("Senate Foreign Relations Committee Chairman Bob Corker", "Electoral Commission chairman") the
holder is of that body's sector, not business; a company's chairman stays BUS."""

import pytest


def _sector(text: str, name: str) -> tuple:
    import dyad

    return tuple(next(a for a in dyad.analyze(text).actors if a.name == name).sector)


@pytest.mark.slow
def test_the_chairman_of_a_legislative_committee_is_no_businessman():
    assert _sector("Senate Foreign Relations Committee Chairman Bob Corker said on Monday that "
                   "he backed the plan.", "Bob Corker") == ("LEG",)


@pytest.mark.slow
def test_the_chairman_of_a_state_body_is_no_businessman():
    assert "BUS" not in _sector("Electoral Commission chairman Sam Younger told MPs on Tuesday "
                                "that care was needed.", "Sam Younger")


@pytest.mark.slow
def test_a_company_s_chairman_is_still_business():
    assert _sector("Exxon chairman Rex Tillerson said the deal was good.",
                   "Rex Tillerson") == ("BUS",)
