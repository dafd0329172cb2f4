"""Publication dates from whatever an input says to ``YYYY-MM-DD``, or None.

A date with a time zone keeps the day it was written in: a story stamped
``2016-12-14T23:30:00-05:00`` was published on the 14th where it was published.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_WEEKDAY = r"(?:[A-Za-z]+\.?,?\s+)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_ISO_BASIC = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T\d|$)")
# "14 December 2016", "Wed, 14 Dec 2016 10:00:00 +0000" (RFC 2822), "14th Dec. 2016"
_DMY = re.compile(_WEEKDAY + r"(\d{1,2})" + _ORDINAL + r"\s+([A-Za-z]+)\.?,?\s+(\d{4})(?!\d)")
# "Dec 14, 2016", "Wednesday, December 14th, 2016"
_MDY = re.compile(_WEEKDAY + r"([A-Za-z]+)\.?\s+(\d{1,2})" + _ORDINAL + r",?\s+(\d{4})(?!\d)")


def _make(year: str | int, month: str | int, day: str | int) -> str | None:
    if isinstance(month, str) and not month.isdigit():
        month = _MONTHS.get(month.lower(), 0)
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def normalise_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` for a date in any common written form; None when it cannot be read."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    m = _ISO.match(s) or _ISO_BASIC.match(s)
    if m:
        return _make(*m.groups())
    m = _DMY.match(s)
    if m:
        day, month, year = m.groups()
        return _make(year, month, day)
    m = _MDY.match(s)
    if m:
        month, day, year = m.groups()
        return _make(year, month, day)
    return _parse_other(s)


def _parse_other(s: str) -> str | None:
    # Only strings that name a year go to dateparser: without one it would resolve
    # "Tuesday" or "yesterday" against today's date, which is not the publication date.
    if not re.search(r"\d{4}", s) or len(s) > 64:
        return None
    import dateparser

    try:
        parsed = dateparser.parse(
            s, languages=["en"],
            settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date().isoformat() if parsed else None
