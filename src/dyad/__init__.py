"""Dyad: who did what to whom, from news text.

    >>> import dyad
    >>> record = dyad.analyze("Russia and Turkey struck a deal on Tuesday.")
"""

from dyad.records import SCHEMA, Actor, Article, Event, Place, Quote, Record

__version__ = "0.1.0"

__all__ = [
    "SCHEMA", "Actor", "Article", "Event", "Place", "Quote", "Record", "analyze", "analyze_many",
]


def analyze(text, **kwargs):
    """Analyse one text (or an Article) and return its Record. See ``dyad.api.analyze``."""
    from dyad.api import analyze as _analyze

    return _analyze(text, **kwargs)


def analyze_many(articles, **kwargs):
    """Analyse many Articles (or texts), yielding one Record each, in order."""
    from dyad.api import analyze_many as _analyze_many

    return _analyze_many(articles, **kwargs)
