"""HTML pages: the main text, without navigation and boilerplate, by trafilatura."""

from __future__ import annotations

import re
import warnings
from typing import Any

from dyad.ingest.dates import normalise_date
from dyad.ingest.decode import ReadError, decode_bytes, failed, normalise_newlines, read_all
from dyad.records import Article

# Where a page names its charset: <meta charset=...>, <meta http-equiv ... charset=...>,
# or an XML declaration. Browsers look in the first 1024 bytes; pages with a long head
# put it later, so look a little further.
_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_CHARSET_SCAN = 4096
_LETTER = re.compile(r"[^\W\d_]")


def declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:_CHARSET_SCAN])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii")


def extract_html(markup: str) -> dict[str, Any]:
    """The main text and metadata of a page: ``text``, ``title``, ``url``, ``source``, ``published``.

    Raises ReadError ``html`` when the markup cannot be parsed or holds no main text.
    """
    doc = _extract(markup)
    if doc is None and "<body" not in markup.lower():
        # A bare fragment such as "<p>...</p>" (common in JSON inputs) can parse to nothing
        # until it is given a body.
        doc = _extract(f"<html><body>{markup}</body></html>")
    if doc is None:
        raise ReadError("html", "cannot parse the HTML, or it holds no main text")
    found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = normalise_newlines(found.get("text") or "")
    title = _clean(found.get("title"))
    if title:
        # The page's headline is the record's title, not the first line of its text.
        first, _, rest = text.partition("\n")
        if first.strip() == title:
            text = rest
    text = text.strip()
    if not _LETTER.search(text):
        # Markup too broken to parse comes back as its own debris ("<", "<<>>"): no words.
        raise ReadError("html", "no main text found in the HTML")
    return {
        "text": text,
        "title": title,
        "url": _clean(found.get("url")),
        "source": _clean(found.get("sitename")),
        "published": normalise_date(found.get("date")),
    }


def _extract(markup: str) -> Any:
    import trafilatura

    try:
        with warnings.catch_warnings():
            # lxml's deprecation warnings about element truth-testing, raised inside trafilatura.
            warnings.simplefilter("ignore")
            return trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    # trafilatura and lxml raise many kinds of exception on malformed markup, and one bad
    # page must not stop a run.
    except Exception as e:  # noqa: BLE001
        raise ReadError("html", f"cannot parse the HTML: {type(e).__name__}: {e}") from None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def html_article(markup: str | bytes, *, origin: str | None = None, **meta: Any) -> Article:
    """An Article from an HTML page; ``meta`` (id, title, url, source, published) wins over
    what the page says. Never raises: a page that yields no text gives an Article with an error.
    """
    given = {k: v for k, v in meta.items() if v is not None}
    if "published" in given:
        given["published"] = normalise_date(given["published"])
    try:
        if isinstance(markup, bytes):
            markup = decode_bytes(markup, declared=declared_charset(markup))
        found = extract_html(markup)
    except ReadError as err:
        return failed(origin, err, **given)
    fields = {**found, **given}
    return Article(
        text=fields["text"], id=fields.get("id"), title=fields.get("title"),
        url=fields.get("url"), source=fields.get("source"), published=fields.get("published"),
        origin=origin,
    )


def read_html_file(path: str) -> Article:
    try:
        data = read_all(path)
    except ReadError as err:
        return failed(path, err)
    return html_article(data, origin=path)
