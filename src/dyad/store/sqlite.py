"""The SQLite backend: everything about the store that only SQLite does lives here."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dyad.store.db import StoreError

# Seconds a writer waits for another process's write lock (parallel batch workers share a file).
BUSY_TIMEOUT = 60.0


def sqlite_path(url: str) -> str:
    """The file path of a store URL: a plain path, ``sqlite:///relative`` or ``sqlite:////abs``."""
    if url.startswith("sqlite://"):
        rest = url[len("sqlite://"):]
        if not rest.startswith("/"):
            raise StoreError(f"not a SQLite URL: {url!r} (use sqlite:///path/to/file.db)")
        rest = rest[1:]
        return rest or ":memory:"
    return url


class SQLiteDatabase:
    """One connection to a SQLite file, in WAL mode with foreign keys enforced."""

    dialect = "sqlite"

    def __init__(self, url: str, *, create: bool = True) -> None:
        self.url = url
        self.path = sqlite_path(url)
        if self.path != ":memory:":
            if Path(self.path).is_dir():
                raise StoreError(f"{self.path} is a folder: a store is a file in one "
                                 f"(e.g. {Path(self.path) / 'dyad.db'})")
            if not create and not Path(self.path).is_file():
                raise StoreError(f"no store at {self.path}")
            parent = Path(self.path).parent
            if not parent.is_dir():
                raise StoreError(f"cannot create a store in {parent}: no such directory")
        # Switching a new file to WAL needs a lock SQLite does not wait for (its busy handler
        # is not called there), so writers that open one store at once may see "database is
        # locked": retry the opening, as long as the busy timeout would have waited.
        deadline = time.monotonic() + BUSY_TIMEOUT
        pause = 0.01
        while True:
            try:
                self._conn = self._connect()
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                    raise StoreError(f"cannot open store {self.path}: {exc}") from exc
                time.sleep(pause)
                pause = min(pause * 2, 0.5)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        self._in_transaction = False

    def _connect(self) -> sqlite3.Connection:
        # isolation_level=None: the store opens and ends its transactions itself.
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL is still crash-safe for the database; it only may lose the
                # last commits on power loss, which a re-run restores (writes are idempotent).
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._run(lambda: self._conn.execute(sql, params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._run(lambda: self._conn.executemany(sql, rows))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        def fetch() -> list[dict[str, Any]]:
            cur = self._conn.execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

        return self._run(fetch)

    def table_names(self) -> set[str]:
        found = self.rows("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {r["name"] for r in found}

    @contextmanager
    def transaction(self, *, exclusive: bool = False) -> Iterator[None]:
        if self._in_transaction:
            raise StoreError("transactions do not nest")
        # IMMEDIATE takes the write lock now, so two writers wait for each other instead of
        # both reading and then one failing when it tries to upgrade its lock. That lock is
        # already exclusive among writers, so ``exclusive`` asks for nothing more.
        self._run(lambda: self._conn.execute("BEGIN IMMEDIATE"))
        self._in_transaction = True
        try:
            yield
            # Deferred foreign keys are checked here; a failed COMMIT leaves the transaction open.
            self._run(lambda: self._conn.execute("COMMIT"))
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        finally:
            self._in_transaction = False

    def close(self) -> None:
        self._conn.close()

    def _run(self, fn: Any) -> Any:
        try:
            return fn()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
