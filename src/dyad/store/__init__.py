"""Dyad's store: analysed records in a database, written idempotently, queried as dicts.

    >>> from dyad.store import open_store
    >>> with open_store("dyad.db") as store:
    ...     store.write(record)
    ...     store.quotes(speaker="kirby", since="2016-01")
"""

from dyad.store.db import StoreError
from dyad.store.schema import MIGRATIONS, SCHEMA_VERSION
from dyad.store.store import OUTCOMES, Store, open_store

__all__ = ["MIGRATIONS", "OUTCOMES", "SCHEMA_VERSION", "Store", "StoreError", "open_store"]
