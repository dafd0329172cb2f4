"""Resolve a date expression ("Tuesday", "last week", "Dec. 3") against a publication date.

News speaks of the recent past: a bare weekday is the latest such day on or before publication,
"last week" is seven days earlier, "over the weekend" the Saturday before. Anything else goes to
dateparser with the publication date as its base and a preference for the past; a day and month
with no year ("16 March") is then put in the year that brings it nearest the publication date,
days ahead counting double, so that a date two weeks ahead is not read as 50 weeks back. A
length of time ("12 months", "100 days", "24 hours") is no date unless it is counted back
("12 months ago").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

# "12 months", "a few days", "the next 100 days": a length of time, not a point in it.
DURATION = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|few|several|many|some)( |-)(hour|day|week|month|year|decade)s?\b")
MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
RELATIVE = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "the day before yesterday": -2,
    "this week": 0, "last week": -7, "a week ago": -7, "last month": -30, "a month ago": -30,
    "last year": -365, "a year ago": -365, "tomorrow": 1, "next week": 7,
}


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def resolve_date(expr: str, published: str | None) -> str | None:
    """``YYYY-MM-DD`` for the expression, or None when it cannot be pinned to a day."""
    base = parse_published(published)
    phrase = re.sub(r"\s+", " ", expr.strip().lower())
    phrase = re.sub(r"^(on|over|during|since|by|in|at|early|late) ", "", phrase)
    phrase = re.sub(r"^(the )?(past|previous) ", "last ", phrase)
    if base is not None:
        if phrase in RELATIVE:
            return (base + dt.timedelta(days=RELATIVE[phrase])).isoformat()
        if phrase in ("the weekend", "weekend", "this weekend", "last weekend"):
            back = (base.weekday() - 5) % 7 or 7  # the latest Saturday before publication
            return (base - dt.timedelta(days=back)).isoformat()
        days = "|".join(WEEKDAYS)
        m = re.fullmatch(rf"(last |this |on )?({days})( morning| afternoon| evening| night)?",
                         phrase)
        if m:
            back = (base.weekday() - WEEKDAYS.index(m.group(2))) % 7
            if m.group(1) == "last " and back == 0:
                back = 7
            return (base - dt.timedelta(days=back)).isoformat()
    if not re.search(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", phrase):
        return None
    if re.fullmatch(r"(\d{4}|the \d{4}s|\d{4}s)", phrase):
        return None  # a year alone is not a day
    has_year = re.search(r"\d{4}", phrase) is not None
    if base is None and not has_year:
        return None  # "Dec. 3", "100 days": without a publication date, only today could fix them
    if DURATION.search(phrase) and "ago" not in phrase:
        return None
    found = _dateparser(phrase, base)
    if found and base is not None and MONTH.search(phrase) and not has_year:
        found = _nearest_year(dt.date.fromisoformat(found), base).isoformat()
    return found


def _nearest_year(day: dt.date, base: dt.date) -> dt.date:
    """The same day and month in the year nearest ``base``, days after it counting double."""
    def cost(d: dt.date) -> int:
        gap = (d - base).days
        return 2 * gap if gap > 0 else -gap

    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(options, key=cost) if options else day


def _dateparser(phrase: str, base: dt.date | None) -> str | None:
    import dateparser  # slow to import; only paid when an explicit date is met

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        got = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors; a date is optional
        return None
    return got.date().isoformat() if got else None
