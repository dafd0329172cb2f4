"""Plain-text documents: one file, one article, with an optional title line."""

from __future__ import annotations

import re

from dyad.ingest.decode import ReadError, decode_bytes, failed, read_all
from dyad.records import Article

TITLE_MAX_CHARS = 150
# A line ending like a sentence (or a lead-in) is the start of the text, not its title.
_SENTENCE_END = ".!?…:;"
_CLOSERS = "\"'”’»)]"
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)+")


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, body)`` when the first line is a title, else ``(None, text)``.

    A title is a first line under 150 characters that does not end like a sentence and is
    followed by a blank line and then more text.
    """
    first, newline, rest = text.partition("\n")
    line = first.strip()
    if not line or not newline or len(line) >= TITLE_MAX_CHARS:
        return None, text
    if line.rstrip(_CLOSERS)[-1:] in _SENTENCE_END:
        return None, text
    blank = _BLANK_LINES.match(rest)
    if not blank:
        return None, text
    body = rest[blank.end():]
    if not body.strip():
        return None, text
    return line, body


def text_article(text: str, origin: str) -> Article:
    title, body = split_title(text)
    return Article(text=body, title=title, origin=origin)


def read_text_file(path: str) -> Article:
    try:
        return text_article(decode_bytes(read_all(path)), path)
    except ReadError as err:
        return failed(path, err)
