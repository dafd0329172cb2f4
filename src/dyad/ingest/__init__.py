"""Dyad's input readers: files, directories and standard input to Articles.

Every input document becomes exactly one Article. A document that cannot be read still does,
with ``error`` set to ``{"code": ..., "message": ...}``, and reading goes on.

    from dyad.ingest import read_inputs, check_text

    for article in read_inputs(["news/", "more.jsonl.gz", "-"]):
        problem = article.error or check_text(article.text)
"""

from dyad.ingest.check import check_text
from dyad.ingest.dates import normalise_date
from dyad.ingest.htmlpage import html_article
from dyad.ingest.inputs import FORMATS, format_of, read_file, read_inputs, with_published
from dyad.ingest.plaintext import split_title

__all__ = [
    "FORMATS", "check_text", "format_of", "html_article", "normalise_date", "read_file",
    "read_inputs", "split_title", "with_published",
]
