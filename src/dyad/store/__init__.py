"""Dyad's store: analysed records in a database, written idempotently, queried as dicts.

One interface, two backends: a SQLite file (the default) or PostgreSQL for a store that
many machines share (``open_store("postgresql://user@host/db?schema=dyad")``).

    >>> from dyad.store import open_store
    >>> with open_store("dyad.db") as store:
    ...     store.write(record)
    ...     store.quotes(speaker="kirby", since="2016-01")
    ...     store.search('"war crimes" -syria')
    ...     store.story_events(country="SYR", min_articles=2)
    ...     store.network(period="month", quad_class=4)
"""

from dyad.store.db import ConflictError, StoreError
from dyad.store.schema import MIGRATIONS, SCHEMA_VERSION
from dyad.store.store import OUTCOMES, Store, open_store

__all__ = ["MIGRATIONS", "OUTCOMES", "SCHEMA_VERSION", "ConflictError", "Store", "StoreError",
           "open_store"]
