"""The Store: one interface over a database of analysed records."""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from dyad.records import Record
from dyad.store import query
from dyad.store.db import Database, StoreError
from dyad.store.schema import migrate
from dyad.store.sqlite import SQLiteDatabase
from dyad.store.write import read_record, write_record

if TYPE_CHECKING:
    from typing_extensions import Self

OUTCOMES = ("inserted", "updated", "unchanged")


def open_store(url: str = "dyad.db", *, create: bool = True) -> Store:
    """Open (and, with ``create``, make) the store at a path or ``sqlite:///path`` URL.

    The schema is brought up to date on opening. Without ``create`` a missing store is a
    StoreError, which is what a reader wants.
    """
    url = str(url)
    if url.startswith(("postgresql:", "postgres:")):
        raise StoreError("the PostgreSQL backend is not available in this version; use SQLite")
    db = SQLiteDatabase(url, create=create)
    try:
        migrate(db)
    except BaseException:
        db.close()
        raise
    return Store(db)


class Store:
    """Analysed records, written idempotently and queried as plain dicts."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def url(self) -> str:
        return self._db.url

    def write(self, record: Record, *, origin: str | None = None) -> str:
        """Store one record in its own transaction: "inserted", "updated" or "unchanged".

        A record whose ids do not resolve (an event naming a missing actor) raises
        StoreError and leaves the store as it was, including any earlier version of it.
        """
        try:
            with self._db.transaction():
                return write_record(self._db, record, origin)
        except StoreError as exc:
            raise StoreError(f"document {record.id!r} not stored: {exc}") from exc

    def write_many(self, records: Iterable[Record]) -> dict[str, int]:
        """Write each record (one transaction each); return how many had each outcome."""
        counts = dict.fromkeys(OUTCOMES, 0)
        for record in records:
            counts[self.write(record)] += 1
        return counts

    def get(self, doc_id: str) -> Record | None:
        return read_record(self._db, doc_id)

    def has(self, doc_id: str, content_hash: str) -> bool:
        """Whether this text is stored and was analysed; a failed document is worth a retry."""
        return bool(self._db.rows(
            "SELECT 1 FROM documents WHERE id = ? AND content_hash = ?"
            " AND error_code IS NULL AND error_message IS NULL",
            (doc_id, content_hash),
        ))

    def quotes(self, *, speaker: str | None = None, actor: str | None = None,
               country: str | None = None, since: str | None = None,
               until: str | None = None, text: str | None = None, doc_id: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Quotes with speaker, in publication order. Names match case-insensitively as a
        part of the canonical name; ``actor`` is the speaker or the addressee; ``country``
        the speaker's ISO3; ``since``/``until`` bound the publication date."""
        return query.quotes(self._db, speaker=speaker, actor=actor, country=country,
                            since=since, until=until, text=text, doc_id=doc_id, limit=limit)

    def events(self, *, source: str | None = None, target: str | None = None,
               actor: str | None = None, country: str | None = None, code: str | None = None,
               plover: str | None = None, quad_class: int | None = None,
               modality: str | None = None, since: str | None = None,
               until: str | None = None, doc_id: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Events in date order. ``actor``/``country`` match either side; ``code`` is a CAMEO
        code prefix; ``since``/``until`` bound the event date, else the publication date."""
        return query.events(self._db, source=source, target=target, actor=actor,
                            country=country, code=code, plover=plover, quad_class=quad_class,
                            modality=modality, since=since, until=until, doc_id=doc_id,
                            limit=limit)

    def actors(self, *, name: str | None = None, country: str | None = None,
               kind: str | None = None, code: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Cross-document actors with counts of documents, mentions, quotes and events."""
        return query.actors(self._db, name=name, country=country, kind=kind, code=code,
                            limit=limit)

    def actor_profile(self, name: str) -> dict[str, Any] | None:
        """One actor: ``entity`` (with counts), ``roles``, ``sectors``, ``gender``,
        ``documents``, ``quotes`` it said, ``events`` it did or had done to it, and
        ``also_matching`` (other actors the name fits)."""
        return query.actor_profile(self._db, name)

    def failures(self) -> list[dict[str, Any]]:
        return query.failures(self._db)

    def stats(self) -> dict[str, int]:
        """Counts: documents (failed included), failed, actors (cross-document), quotes,
        events, places."""
        return query.stats(self._db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
