"""The store's tables, as a list of migrations applied in order.

``MIGRATIONS[i]`` takes a store from version ``i`` to ``i + 1``. A released step is never
edited: a later version appends a step (``ALTER TABLE ... ADD COLUMN``, a new index) so that
stores written by earlier versions open without losing data. The SQL is portable (SQLite and
PostgreSQL): text keys, no autoincrement, offsets named ``*_start``/``*_end`` because ``end``
is a reserved word.

A step's statement is portable SQL, or a ``{"sqlite": ..., "postgresql": ...}`` pair where the
engines differ (full-text search). PostgreSQL's ``REAL`` is four bytes where SQLite's is eight,
so on PostgreSQL a ``REAL`` column is made ``DOUBLE PRECISION``: a Goldstein value or a
coordinate reads back exactly as it was written.

Intra-document references (a quote's speaker, an event's source, target and place, an actor's
affiliation) are foreign keys on ``(doc_id, id)``, so a record whose ids do not resolve cannot
be stored half-way: its transaction fails as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from dyad.store.db import Database, StoreError

Statement = str | Mapping[str, str]

_V1 = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        schema TEXT NOT NULL,
        title TEXT,
        url TEXT,
        source TEXT,
        published TEXT,
        text TEXT NOT NULL,
        error_code TEXT,
        error_message TEXT,
        origin TEXT,
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX documents_published ON documents (published)",
    # One row per real-world actor across documents; id is "<code or kind>|<folded name>".
    """CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        norm TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        code TEXT
    )""",
    "CREATE INDEX entities_norm ON entities (norm)",
    """CREATE TABLE actors (
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities (id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        sector TEXT NOT NULL,
        code TEXT,
        role TEXT,
        affiliation TEXT,
        gender TEXT,
        PRIMARY KEY (doc_id, id),
        FOREIGN KEY (doc_id, affiliation) REFERENCES actors (doc_id, id)
            DEFERRABLE INITIALLY DEFERRED
    )""",
    "CREATE INDEX actors_entity ON actors (entity_id)",
    """CREATE TABLE mentions (
        doc_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        PRIMARY KEY (doc_id, actor_id, position),
        FOREIGN KEY (doc_id, actor_id) REFERENCES actors (doc_id, id) ON DELETE CASCADE
    )""",
    """CREATE TABLE places (
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        feature TEXT NOT NULL,
        country TEXT,
        lat REAL,
        lon REAL,
        geonames_id INTEGER,
        PRIMARY KEY (doc_id, id)
    )""",
    """CREATE TABLE place_mentions (
        doc_id TEXT NOT NULL,
        place_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        PRIMARY KEY (doc_id, place_id, position),
        FOREIGN KEY (doc_id, place_id) REFERENCES places (doc_id, id) ON DELETE CASCADE
    )""",
    """CREATE TABLE quotes (
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        kind TEXT NOT NULL,
        speaker TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        addressee TEXT,
        PRIMARY KEY (doc_id, id),
        FOREIGN KEY (doc_id, speaker) REFERENCES actors (doc_id, id),
        FOREIGN KEY (doc_id, addressee) REFERENCES actors (doc_id, id)
    )""",
    "CREATE INDEX quotes_speaker ON quotes (doc_id, speaker)",
    """CREATE TABLE events (
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        cameo TEXT NOT NULL,
        root TEXT NOT NULL,
        plover TEXT NOT NULL,
        penta INTEGER NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        source TEXT,
        target TEXT,
        trigger TEXT NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        negated INTEGER NOT NULL,
        modality TEXT NOT NULL,
        date TEXT,
        place TEXT,
        confidence REAL NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (doc_id, id),
        FOREIGN KEY (doc_id, source) REFERENCES actors (doc_id, id),
        FOREIGN KEY (doc_id, target) REFERENCES actors (doc_id, id),
        FOREIGN KEY (doc_id, place) REFERENCES places (doc_id, id)
    )""",
    "CREATE INDEX events_source ON events (doc_id, source)",
    "CREATE INDEX events_target ON events (doc_id, target)",
    "CREATE INDEX events_cameo ON events (cameo)",
    "CREATE INDEX events_date ON events (date)",
]



def _fts5_index(table: str, key_columns: tuple[str, ...], columns: tuple[str, ...]) -> list[str]:
    """SQLite full-text search over ``table``'s ``columns``, kept current by triggers.

    The FTS5 index reads its text from the table itself (no second copy of every article)
    through a view keyed by an INTEGER PRIMARY KEY of a small key table: SQLite's implicit
    rowids may be renumbered by VACUUM, which would silently detach an index keyed on them.
    """
    keys, view, fts = f"{table}_search_keys", f"{table}_search_text", f"{table}_fts"
    key_list = ", ".join(key_columns)
    join = " AND ".join(f"t.{c} = k.{c}" for c in key_columns)
    match_new = " AND ".join(f"{c} = new.{c}" for c in key_columns)
    match_old = " AND ".join(f"{c} = old.{c}" for c in key_columns)
    cols = ", ".join(columns)
    new_cols = ", ".join(f"new.{c}" for c in columns)
    old_cols = ", ".join(f"old.{c}" for c in columns)
    add = (f"INSERT INTO {keys} ({key_list}) VALUES ({', '.join(f'new.{c}' for c in key_columns)});"
           f" INSERT INTO {fts} (rowid, {cols}) VALUES"
           f" ((SELECT key FROM {keys} WHERE {match_new}), {new_cols});")
    drop = (f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES"
            f" ('delete', (SELECT key FROM {keys} WHERE {match_old}), {old_cols});"
            f" DELETE FROM {keys} WHERE {match_old};")
    return [
        f"CREATE TABLE {keys} (key INTEGER PRIMARY KEY, {key_list}, UNIQUE ({key_list}))",
        (f"CREATE VIEW {view} AS SELECT k.key, {', '.join('t.' + c for c in columns)}"
        f" FROM {keys} k JOIN {table} t ON {join}"),
        (f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{view}', content_rowid='key',"
        " tokenize='porter unicode61 remove_diacritics 2')"),
        f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {drop} END",
        (f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF {cols} ON {table}"
        f" BEGIN {drop} {add} END"),
        # Index what a version-1 store already holds.
        f"INSERT INTO {keys} ({key_list}) SELECT {key_list} FROM {table}",
        f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')",
    ]


# PostgreSQL: a generated tsvector column and a GIN index. A tsvector holds at most 1 MB, so
# only the first 500,000 characters of an article are searchable.
_PG_SEARCH = [
    ("ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS"
    " (to_tsvector('english', LEFT(COALESCE(title, '') || ' ' || text, 500000))) STORED"),
    "CREATE INDEX documents_search ON documents USING GIN (search)",
    ("ALTER TABLE quotes ADD COLUMN search tsvector GENERATED ALWAYS AS"
    " (to_tsvector('english', LEFT(text, 500000))) STORED"),
    "CREATE INDEX quotes_search ON quotes USING GIN (search)",
]

_SQLITE_SEARCH = [*_fts5_index("documents", ("id",), ("title", "text")),
                  *_fts5_index("quotes", ("doc_id", "id"), ("text",))]


def _both(sqlite: list[str], postgresql: list[str]) -> list[Statement]:
    return [*({"sqlite": s} for s in sqlite), *({"postgresql": s} for s in postgresql)]


# Version 2: full-text search over articles and quotes; indexes for the network and story
# queries (events by root code, actors by document and entity).
_V2: list[Statement] = [
    *_both(_SQLITE_SEARCH, _PG_SEARCH),
    "CREATE INDEX events_root ON events (root, date)",
    "CREATE INDEX actors_doc_entity ON actors (doc_id, entity_id)",
]

MIGRATIONS: list[list[Statement]] = [_V1, _V2]

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    """The version a store is at: 0 for an empty file."""
    if "meta" not in db.table_names():
        return 0
    rows = db.rows("SELECT value FROM meta WHERE key = ?", ("schema_version",))
    return int(rows[0]["value"]) if rows else 0


def for_dialect(statement: Statement, dialect: str) -> str | None:
    """The statement as ``dialect`` runs it, or None where that engine has no such step."""
    if not isinstance(statement, str):
        return statement.get(dialect)
    if dialect == "postgresql":
        return re.sub(r"\bREAL\b", "DOUBLE PRECISION", statement)
    return statement


def migrate(db: Database, migrations: Sequence[Sequence[Statement]] = MIGRATIONS) -> int:
    """Bring a store up to ``len(migrations)``, one transaction per step; return the version."""
    version = schema_version(db)
    if version > len(migrations):
        raise StoreError(
            f"{db.url} is at schema version {version}, newer than this Dyad knows "
            f"({len(migrations)}); upgrade Dyad to read it"
        )
    for target in range(version + 1, len(migrations) + 1):
        with db.transaction(exclusive=True):
            # Another process may have migrated while this one waited for the lock.
            if schema_version(db) >= target:
                continue
            for statement in migrations[target - 1]:
                sql = for_dialect(statement, db.dialect)
                if sql is not None:
                    db.execute(sql)
            db.execute("DELETE FROM meta WHERE key = ?", ("schema_version",))
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)",
                       ("schema_version", str(target)))
    return len(migrations)
