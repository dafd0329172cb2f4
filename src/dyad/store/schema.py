"""The store's tables, as a list of migrations applied in order.

``MIGRATIONS[i]`` takes a store from version ``i`` to ``i + 1``. A released step is never
edited: a later version appends a step (``ALTER TABLE ... ADD COLUMN``, a new index) so that
stores written by earlier versions open without losing data. The SQL is portable (SQLite and
PostgreSQL): text keys, no autoincrement, offsets named ``*_start``/``*_end`` because ``end``
is a reserved word.

Intra-document references (a quote's speaker, an event's source, target and place, an actor's
affiliation) are foreign keys on ``(doc_id, id)``, so a record whose ids do not resolve cannot
be stored half-way: its transaction fails as a whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyad.store.db import Database, StoreError

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

MIGRATIONS: list[list[str]] = [_V1]

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    """The version a store is at: 0 for an empty file."""
    if "meta" not in db.table_names():
        return 0
    rows = db.rows("SELECT value FROM meta WHERE key = ?", ("schema_version",))
    return int(rows[0]["value"]) if rows else 0


def migrate(db: Database, migrations: Sequence[Sequence[str]] = MIGRATIONS) -> int:
    """Bring a store up to ``len(migrations)``, one transaction per step; return the version."""
    version = schema_version(db)
    if version > len(migrations):
        raise StoreError(
            f"{db.url} is at schema version {version}, newer than this Dyad knows "
            f"({len(migrations)}); upgrade Dyad to read it"
        )
    for target in range(version + 1, len(migrations) + 1):
        with db.transaction():
            # Another process may have migrated while this one waited for the lock.
            if schema_version(db) >= target:
                continue
            for statement in migrations[target - 1]:
                db.execute(statement)
            db.execute("DELETE FROM meta WHERE key = ?", ("schema_version",))
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)",
                       ("schema_version", str(target)))
    return len(migrations)
