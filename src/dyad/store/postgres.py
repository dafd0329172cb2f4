"""The PostgreSQL backend (psycopg 3), for a store that many machines write and read at once.

A URL is libpq's, ``postgresql://user:password@host:port/database``, with one addition: a
``schema=NAME`` query parameter keeps Dyad's tables in that schema (made on first use), so one
database can hold several stores.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from dyad.store.db import ConflictError, StoreError

# SQLSTATEs after which the same transaction, run again, is expected to succeed: serialization
# failure, deadlock, and the unique and foreign-key violations that two writers racing on the
# same document or entity cause. A record that breaks a key for real fails every time, and the
# store gives up after a few tries.
_CONFLICTS = {"40001", "40P01", "23505", "23503"}

# The advisory lock that serialises schema migrations across processes (any fixed number).
_MIGRATION_LOCK = 7_346_021

# ``?`` outside quoted strings and identifiers; the portable SQL never uses ``?`` otherwise.
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def split_schema(url: str) -> tuple[str, str | None]:
    """The libpq URL without Dyad's ``schema`` parameter, and that schema."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schemas = [v for k, v in query if k == "schema"]
    rest = [(k, v) for k, v in query if k != "schema"]
    schema = schemas[-1] if schemas else None
    if schema is not None and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", schema):
        raise StoreError(f"schema {schema!r}: use letters, digits and _ (at most 63)")
    return urlunsplit(parts._replace(query=urlencode(rest))), schema


def _placeholders(sql: str) -> str:
    """Portable ``?`` placeholders as psycopg's ``%s`` (and a literal ``%`` as ``%%``)."""
    def swap(m: re.Match[str]) -> str:
        token = m.group(0)
        return "%s" if token == "?" else token.replace("%", "%%")

    return _TOKENS.sub(swap, sql)


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(":" + parts.password + "@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


class PostgresDatabase:
    """One autocommit connection; the store opens a transaction for each unit of work."""

    dialect = "postgresql"

    def __init__(self, url: str, *, create: bool = True) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self._psycopg = psycopg
        self.url = _redact(url)
        conninfo, self.schema = split_schema(url)
        try:
            self._conn = psycopg.connect(conninfo, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {self.url}: {exc}".strip()) from exc
        self._sql_cache: dict[str, str] = {}
        self._in_transaction = False
        if self.schema is not None:
            from psycopg import sql

            name = sql.Identifier(self.schema)
            try:
                if create:
                    self._create_schema(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(name))
                self._conn.execute(sql.SQL("SET search_path TO {}").format(name))
            except psycopg.Error as exc:
                self._conn.close()
                raise StoreError(f"cannot use schema {self.schema} in {self.url}: {exc}") from exc

    def _create_schema(self, statement: Any) -> None:
        try:
            self._conn.execute(statement)
        except (self._psycopg.errors.UniqueViolation, self._psycopg.errors.DuplicateSchema):
            pass  # another process made it between IF NOT EXISTS and CREATE

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._run(lambda: self._conn.execute(self._sql(sql), params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            self._run(lambda: self._conn.cursor().executemany(self._sql(sql), rows))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        def fetch() -> list[dict[str, Any]]:
            cur = self._conn.execute(self._sql(sql), params)
            return list(cur.fetchall()) if cur.description else []

        return self._run(fetch)

    def table_names(self) -> set[str]:
        found = self.rows("SELECT table_name AS name FROM information_schema.tables"
                          " WHERE table_schema = current_schema()")
        return {r["name"] for r in found}

    @contextmanager
    def transaction(self, *, exclusive: bool = False) -> Iterator[None]:
        if self._in_transaction:
            raise StoreError("transactions do not nest")
        self._in_transaction = True
        try:
            # Deferred foreign keys are checked when the block commits, inside this try.
            with self._run_block(), self._conn.transaction():
                if exclusive:
                    self.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
                yield
        finally:
            self._in_transaction = False

    def close(self) -> None:
        self._conn.close()

    def _sql(self, sql: str) -> str:
        found = self._sql_cache.get(sql)
        if found is None:
            found = self._sql_cache[sql] = _placeholders(sql)
        return found

    @contextmanager
    def _run_block(self) -> Iterator[None]:
        try:
            yield
        except self._psycopg.Error as exc:
            raise self._error(exc) from exc

    def _run(self, fn: Any) -> Any:
        with self._run_block():
            return fn()

    def _error(self, exc: Exception) -> StoreError:
        state = getattr(exc, "sqlstate", None)
        kind = ConflictError if state in _CONFLICTS else StoreError
        return kind(f"{self.url}: {str(exc).strip()}")
