"""What the store needs from a database backend, independent of which one it is.

Every statement the store runs is written in portable SQL with ``?`` placeholders; a backend
runs it on its own connection (translating the placeholder style where its driver wants
another one) and owns everything engine-specific: connecting, pragmas, locking, error types.
Where the engines truly differ (full-text search, schema steps) the portable code asks the
backend's ``dialect``: ``"sqlite"`` or ``"postgresql"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from dyad.errors import DyadError


class StoreError(DyadError):
    """The store cannot be opened, read or written (a bad file, a record that breaks a key)."""


class ConflictError(StoreError):
    """Another writer got in the way (a deadlock, the same new document written twice at
    once); running the same transaction again is expected to succeed."""


class Database(Protocol):
    """A connection to one store, as the portable code uses it."""

    url: str
    dialect: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    def transaction(self, *, exclusive: bool = False) -> AbstractContextManager[None]:
        """All writes inside commit together or not at all; errors become StoreError.

        ``exclusive`` also keeps every other exclusive transaction out until this one ends
        (schema migrations, so that two processes opening a new store do not both build it).
        """
        ...

    def table_names(self) -> set[str]: ...

    def close(self) -> None: ...


def first(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    return rows[0] if rows else None
