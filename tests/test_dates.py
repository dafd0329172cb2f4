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
