"""Resolve a date expression ("Tuesday", "last week", "Dec. 3") against a publication date.

News speaks of the recent past: a bare weekday is the latest such day on or before publication,
"last week" is seven days earlier, "over the weekend" the Saturday before. Anything else goes to
dateparser with the publication date as its base and a preference for the past.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

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
    if base is None and not re.search(r"\d{4}", phrase):
        return None  # "Dec. 3", "100 days": without a publication date, only today could fix them
    return _dateparser(phrase, base)


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
