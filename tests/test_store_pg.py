"""What only the PostgreSQL backend does: schemas in a URL, concurrent writers and openers,
placeholders, and its limits (no NUL in text). Needs $DYAD_TEST_POSTGRES (see test_store)."""

from __future__ import annotations

import dataclasses
import threading
import uuid

import pytest
import test_store
from test_store import _with_schema, kirby_talks, report

from dyad.records import Record
from dyad.store import SCHEMA_VERSION, StoreError, open_store
from dyad.store.postgres import _placeholders, split_schema

# The shared fixtures, under their names here.
pg_schema, store_url = test_store.pg_schema, test_store.store_url


@pytest.fixture
def pg_url(pg_schema):
    """A URL for a new store, on PostgreSQL only."""
    return _with_schema(*pg_schema)


def test_placeholders_outside_quotes_only():
    assert _placeholders("SELECT 'a?b', \"c?\" FROM t WHERE x = ? AND y LIKE '%' || ?") == (
        "SELECT 'a?b', \"c?\" FROM t WHERE x = %s AND y LIKE '%%' || %s")
    assert _placeholders("SELECT 'it''s?' WHERE z = ?") == "SELECT 'it''s?' WHERE z = %s"


def test_schema_parameter():
    assert split_schema("postgresql://u@h/db?schema=dyad_1&sslmode=disable") == (
        "postgresql://u@h/db?sslmode=disable", "dyad_1")
    assert split_schema("postgresql://u@h/db") == ("postgresql://u@h/db", None)
    with pytest.raises(StoreError, match="schema"):
        split_schema("postgresql://u@h/db?schema=a;drop")


def test_stores_in_two_schemas_are_apart(pg_schema):
    server, name = pg_schema
    with open_store(_with_schema(server, name)) as a:
        a.write(kirby_talks())
        assert a.dialect == "postgresql"
    other = name + "_b"
    try:
        with open_store(_with_schema(server, other)) as b:
            assert b.stats()["documents"] == 0
        with open_store(_with_schema(server, name), create=False) as a:
            assert a.get("d1") == kirby_talks()
    finally:
        import psycopg

        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {other} CASCADE")


def test_opening_errors(pg_schema):
    server, name = pg_schema
    with pytest.raises(StoreError, match="no store"):
        open_store(_with_schema(server, name), create=False)
    with pytest.raises(StoreError, match="cannot open store") as caught:
        open_store("postgresql://dyad:s3cret@127.0.0.1:1/nowhere?connect_timeout=2")
    assert "s3cret" not in str(caught.value)


def test_text_with_nul_is_refused_clearly(pg_url):
    with open_store(pg_url) as s:
        with pytest.raises(StoreError, match="NUL"):
            s.write(Record(id="n", text="a\x00b"))
        assert s.stats()["documents"] == 0
        assert s.write(kirby_talks()) == "inserted"


def test_first_openers_race_to_build_the_schema(pg_schema):
    url = _with_schema(*pg_schema)
    errors: list[BaseException] = []

    def open_one() -> None:
        try:
            open_store(url).close()
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(url, create=False) as s:
        assert s.rows("SELECT value FROM meta") == [{"value": str(SCHEMA_VERSION)}]


def test_concurrent_writers_share_entities(store_url):
    # Writers on separate connections write documents naming the same actors, and some write
    # the same new document at once: every write lands, none twice.
    targets = [("Syria", "SYR"), ("Turkey", "TUR"), ("Iran", "IRN")]
    batches = [
        [report(f"w{(w + i) % 12}", "Agency", "2016-12-13", "193", -10.0,
                target=targets[(w + i) % 3]) for i in range(12)]
        for w in range(4)
    ]
    errors: list[BaseException] = []

    def write(batch: list[Record]) -> None:
        try:
            with open_store(store_url) as s:
                for record in batch:
                    s.write(record)
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(b,)) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(store_url) as s:
        assert s.stats() == {"documents": 12, "failed": 0, "actors": 4, "quotes": 0,
                             "events": 12, "places": 0}
        [russia] = s.actors(name="russia")
        assert russia["documents"] == 12
        # Rewriting with other text replaces entities as it goes, still consistently.
        changed = dataclasses.replace(report("w0", "Agency", "2016-12-13", "193", -10.0,
                                             target=("Iraq", "IRQ")), id="w0")
        assert s.write(changed) == "updated"
        assert {a["name"] for a in s.actors()} == {"Russia", "Syria", "Turkey", "Iran", "Iraq"}


def test_a_fresh_schema_name_is_unique():
    # The fixtures' names never collide with each other or with a user's schema.
    assert len({"dyad_t" + uuid.uuid4().hex[:12] for _ in range(100)}) == 100
