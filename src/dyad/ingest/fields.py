"""One article from named fields, as JSON Lines and CSV rows give them.

``text`` or ``html`` is required (``text`` wins when both are there); ``id``, ``title``,
``url``, ``source`` and ``published`` are optional. A text given as a field is taken exactly
as given: callers may hold offsets into it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dyad.ingest.dates import normalise_date
from dyad.ingest.decode import ReadError, failed
from dyad.ingest.htmlpage import html_article
from dyad.records import Article

METADATA = ("id", "title", "url", "source", "published")


def _as_id(value: Any) -> str | None:
    # JSON ids are often numbers; the record's id is a string, and 7 and "7" are one document.
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return " ".join(str(value).split()) or None


def metadata(fields: Mapping[str, Any]) -> dict[str, str | None]:
    return {
        "id": _as_id(fields.get("id")),
        "title": _as_text(fields.get("title")),
        "url": _as_text(fields.get("url")),
        "source": _as_text(fields.get("source")),
        "published": normalise_date(fields.get("published")),
    }


def article_from_fields(
    fields: Mapping[str, Any], origin: str, where: str, error_code: str
) -> Article:
    """The Article of one JSON object or CSV row. ``where`` names it in messages ("line 3 of
    a.jsonl"); ``error_code`` is the format's own error (``json``, ``csv``) for a field of the
    wrong type."""
    meta = metadata(fields)
    text, markup = fields.get("text"), fields.get("html")
    for name, value in (("text", text), ("html", markup)):
        if value is not None and not isinstance(value, str):
            err = ReadError(
                error_code, f"{where}: {name!r} must be a string, not {type(value).__name__}"
            )
            return failed(origin, err, **meta)
    if text:
        return Article(text=text, origin=origin, **meta)
    if markup:
        return html_article(markup, origin=origin, **meta)
    names = ", ".join(sorted(str(k) for k in fields)[:12])
    err = ReadError("missing_text", f"{where}: no 'text' or 'html' field"
                    + (f" with anything in it (fields here: {names})" if names else ""))
    return failed(origin, err, **meta)
