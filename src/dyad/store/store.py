"""The Store: one interface over a database of analysed records."""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from dyad.records import Record
from dyad.store import network, query, search, stories, voices
from dyad.store.db import ConflictError, Database, StoreError
from dyad.store.postgres import PostgresDatabase, is_postgres_url
from dyad.store.schema import migrate, schema_version
from dyad.store.sqlite import SQLiteDatabase
from dyad.store.write import read_record, write_record

if TYPE_CHECKING:
    from typing_extensions import Self

OUTCOMES = ("inserted", "updated", "unchanged")

# How often a write that collided with another writer's is tried in all.
WRITE_ATTEMPTS = 4


def open_store(url: str = "dyad.db", *, create: bool = True) -> Store:
    """Open (and, with ``create``, make) the store at a path, a ``sqlite:///path`` URL or a
    ``postgresql://user@host/database[?schema=NAME]`` URL.

    The schema is brought up to date on opening. Without ``create`` a missing store is a
    StoreError, which is what a reader wants.
    """
    url = str(url)
    db: Database
    if is_postgres_url(url):
        db = PostgresDatabase(url, create=create)
    else:
        db = SQLiteDatabase(url, create=create)
    try:
        if not create and schema_version(db) == 0:
            raise StoreError(f"no store at {db.url} (no Dyad tables there)")
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

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self._db.dialect

    def write(self, record: Record, *, origin: str | None = None) -> str:
        """Store one record in its own transaction: "inserted", "updated" or "unchanged".

        A record whose ids do not resolve (an event naming a missing actor) raises
        StoreError and leaves the store as it was, including any earlier version of it.
        """
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self._db.transaction():
                    return write_record(self._db, record, origin)
            except ConflictError as exc:
                if attempt == WRITE_ATTEMPTS:
                    raise StoreError(f"document {record.id!r} not stored: {exc}") from exc
            except StoreError as exc:
                raise StoreError(f"document {record.id!r} not stored: {exc}") from exc
        raise AssertionError("unreachable")

    def write_many(self, records: Iterable[Record]) -> dict[str, int]:
        """Write each record (one transaction each); return how many had each outcome."""
        counts = dict.fromkeys(OUTCOMES, 0)
        for record in records:
            counts[self.write(record)] += 1
        return counts

    def get(self, doc_id: str) -> Record | None:
        return read_record(self._db, doc_id)

    def has(self, doc_id: str, content_hash: str, **meta: str | None) -> bool:
        """Whether this text is stored and was analysed; a failed document is worth a retry.
        ``meta`` (``title``, ``url``, ``source``, ``published``) must be stored as given too:
        the same text with another publication date is analysed again."""
        rows = self._db.rows(
            "SELECT title, url, source, published FROM documents WHERE id = ?"
            " AND content_hash = ? AND error_code IS NULL AND error_message IS NULL",
            (doc_id, content_hash),
        )
        return bool(rows) and all(rows[0][k] == v for k, v in meta.items())

    def quotes(self, *, speaker: str | None = None, actor: str | None = None,
               country: str | None = None, since: str | None = None,
               until: str | None = None, text: str | None = None, doc_id: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Quotes with speaker, in publication order. Names match case-insensitively as a
        part of the canonical name; ``actor`` is the speaker or the addressee; ``country``
        the speaker's ISO3; ``since``/``until`` bound the publication date; ``text`` is a
        full-text search over the quote (words, "a phrase", a OR b, -word; see `search`)."""
        return query.quotes(self._db, speaker=speaker, actor=actor, country=country,
                            since=since, until=until, text=text, doc_id=doc_id, limit=limit)

    def events(self, *, source: str | None = None, target: str | None = None,
               actor: str | None = None, country: str | None = None, code: str | None = None,
               plover: str | None = None, quad_class: int | None = None,
               modality: str | None = None, since: str | None = None,
               until: str | None = None, doc_id: str | None = None,
               place: str | None = None, negated: bool | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Event mentions in date order. ``actor``/``country`` match either side; ``code`` is
        a CAMEO code prefix; ``since``/``until`` bound the event date, else the publication
        date; ``place`` is a part of the place's name or its ISO3 country; ``negated``
        False keeps only what happened, True only what did not."""
        return query.events(self._db, source=source, target=target, actor=actor,
                            country=country, code=code, plover=plover, quad_class=quad_class,
                            modality=modality, since=since, until=until, doc_id=doc_id,
                            place=place, negated=negated, limit=limit)

    def story_events(self, *, min_articles: int = 1, include_negated: bool = False,
                     limit: int | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Deduplicated events: the mentions of one real-world event across articles (same
        source and target actors, same CAMEO root, dates within a day, same place where
        known) as one row with ``num_articles``, ``num_sources``, ``num_mentions`` and every
        mention under ``mentions``. Takes `events`'s filters."""
        return stories.story_events(self._db, min_articles=min_articles,
                                    include_negated=include_negated, limit=limit, **filters)

    def network(self, *, period: str | None = None, by_quad_class: bool = True,
                include_negated: bool = False, min_events: int = 1, stories: bool = False,
                undated: bool = False, **filters: Any) -> list[dict[str, Any]]:
        """The actor network: one edge per source → target pair (per QuadClass and per
        ``period``: day, week, month or year) with ``events``, ``articles`` and the mean
        ``goldstein``; ``stories`` counts story events instead of mentions; ``undated`` keeps
        the events that no period holds as edges of period None. Takes `events`'s filters."""
        return network.network(self._db, period=period, by_quad_class=by_quad_class,
                               include_negated=include_negated, min_events=min_events,
                               stories=stories, undated=undated, **filters)

    def timeline(self, name: str, *, period: str = "month") -> dict[str, Any] | None:
        """One actor through time: ``entity`` and, per period, ``rows`` of documents, quotes,
        events (as source, as target) and mean Goldstein."""
        return network.timeline(self._db, name, period=period)

    def voices(self, *, by: str | None = None, period: str = "month",
               since: str | None = None, until: str | None = None,
               country: str | None = None) -> list[dict[str, Any]]:
        """Who gets quoted: quotes and people quoted by gender (women, men, unknown) and the
        share of women, for the whole store or per outlet (``by="source"``) or ``period``
        (``by="period"``); see `dyad.store.voices`."""
        return voices.voices(self._db, by=by, period=period, since=since, until=until,
                             country=country)

    def search(self, text: str, *, kind: str | None = None, since: str | None = None,
               until: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Full-text search: articles (title and text) and quotes matching ``text`` (words,
        "a phrase", a OR b, -word), best first, articles then quotes; ``kind`` "article" or
        "quote" for one of them, ``limit`` for each."""
        return search.search(self._db, text, kind=kind, since=since, until=until, limit=limit)

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

    def document_ids(self) -> list[str]:
        """Every stored document's id, in order."""
        return [r["id"] for r in self._db.rows("SELECT id FROM documents ORDER BY id")]

    def rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[dict[str, Any]]:
        """Read-only SQL over the store's tables (portable SQL, ``?`` placeholders), for
        exports and tools that need more than the queries above."""
        return self._db.rows(sql, params)

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
