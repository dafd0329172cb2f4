import pytest

from dyad.nlp.dates import resolve_date

PUB = "2016-12-14"  # a Wednesday


@pytest.mark.parametrize("expr,expected", [
    ("Tuesday", "2016-12-13"),
    ("on Wednesday", "2016-12-14"),
    ("last Wednesday", "2016-12-07"),
    ("Sunday", "2016-12-11"),
    ("last week", "2016-12-07"),
    ("this week", "2016-12-14"),
    ("over the weekend", "2016-12-10"),
    ("yesterday", "2016-12-13"),
    ("Dec. 3", "2016-12-03"),
    ("3 December 2016", "2016-12-03"),
    ("2015", None),
    ("recent years", None),
])
def test_resolves_against_publication(expr, expected):
    assert resolve_date(expr, PUB) == expected


def test_relative_needs_publication_date():
    assert resolve_date("Tuesday", None) is None
    assert resolve_date("14 December 2016", None) == "2016-12-14"
    # Nothing is resolved against the day the analysis runs.
    for no_year in ("Dec. 3", "after 100 days", "3 days ago", "March 5"):
        assert resolve_date(no_year, None) is None


@pytest.mark.parametrize("expr,expected", [
    ("16 March", "2005-03-16"),          # two weeks ahead, not 50 weeks back
    ("Friday, March 4", "2005-03-04"),
    ("28 February", "2005-02-28"),
    ("December 24", "2004-12-24"),       # the past is still preferred
    ("September 1", "2004-09-01"),       # six months either way: the past
    ("1 March 2004", "2004-03-01"),      # a year given stays
])
def test_a_day_and_month_take_the_nearest_year(expr, expected):
    assert resolve_date(expr, "2005-03-01") == expected


@pytest.mark.parametrize("expr", ["12 months", "100 days", "after 100 days", "24 hours",
                                  "10 years", "two weeks", "30 days later", "a 12-month"])
def test_a_length_of_time_is_no_date(expr):
    assert resolve_date(expr, "2005-03-01") is None


def test_a_length_counted_back_is_a_date():
    assert resolve_date("12 months ago", "2005-03-01") == "2004-03-01"
    assert resolve_date("3 days ago", "2005-03-01") == "2005-02-26"
