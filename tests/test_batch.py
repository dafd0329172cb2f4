"""Batch runs: partition plans, the batch-only readers, resuming after a kill, local processes."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from dyad.batch import (
    load_or_make_plan,
    part_path,
    piece_articles,
    plan_partitions,
    read_parquet,
    read_warc,
)
from dyad.cli_batch import batch, report
from dyad.errors import DyadError
from dyad.ingest import read_inputs

SENTENCES = [
    "Russia and Turkey struck a deal on Tuesday to let the fighters leave Aleppo.",
    "Police arrested dozens of protesters in Paris on Monday, officials said.",
    "The United Nations called on both sides to respect the ceasefire.",
    "Germany promised new aid to Ukraine after talks in Berlin.",
]


def _text(i: int) -> str:
    return f"{SENTENCES[i % len(SENTENCES)]} This was report number {i}."


def _jsonl(path: Path, n: int, *, start: int = 0) -> list[str]:
    ids = [f"doc-{i}" for i in range(start, start + n)]
    with path.open("w", encoding="utf-8") as f:
        for i, doc_id in zip(range(start, start + n), ids):
            f.write(json.dumps({"id": doc_id, "text": _text(i)}) + "\n")
    return ids


def _all(paths: list[str], size: int) -> list:
    return [a for part in plan_partitions(paths, size) for piece in part
            for a in piece_articles(piece)]


# -- plans and readers (no model) ---------------------------------------------------------------
def test_partitions_read_exactly_what_the_ordinary_readers_read(tmp_path):
    data = tmp_path / "a.jsonl"
    raw = codecs.BOM_UTF8 + b'{"id": "x1", "text": "One."}\n\n{"id": "x2", "text": "Two."}\n'
    raw += b'{broken\n' + '{"id": "x3", "text": "caf\u00e9"}\n'.encode() + b'"\xff\xfe"\n'
    raw += b"\n".join(b'{"id": "n%d", "text": "Number %d."}' % (i, i) for i in range(9))
    data.write_bytes(raw)  # the last line has no newline
    folder = tmp_path / "dir"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "b.txt").write_text("Headline\n\nBody text here.")
    (folder / "a-b.txt").write_text("Another body.")
    (folder / ".hidden.txt").write_text("Not read.")
    paths = [str(data), str(folder), str(tmp_path / "missing.txt")]
    expected = list(read_inputs(paths))
    for size in (1, 2, 3, 100):
        assert _all(paths, size) == expected
    pieces = [part[0] for part in plan_partitions([str(data)], 4)]
    assert [p["docs"] for p in pieces] == [4, 4, 4, 2]
    assert [p["start"] for p in pieces[1:]] == [p["end"] for p in pieces[:-1]]
    assert pieces[0]["start"] == 0 and pieces[-1]["end"] == len(raw)


def test_a_partition_holds_about_the_size_asked(tmp_path):
    _jsonl(tmp_path / "a.jsonl", 10)
    parts = plan_partitions([str(tmp_path / "a.jsonl")], 4)
    assert [sum(p["docs"] for p in part) for part in parts] == [4, 4, 2]


def test_parquet_rows_by_row_group(tmp_path):
    path = tmp_path / "c.parquet"
    table = pa.table({"ID": ["p0", "p1", "p2", None, "p4"],
                      "text": ["Alpha.", None, "Gamma.", "Delta.", None],
                      "html": [None, "<html><body><p>Beta is here.</p></body></html>", None,
                               None, None],
                      "published": ["2016-12-14", None, None, None, None]})
    pq.write_table(table, path, row_group_size=2)
    arts = _all([str(path)], 2)
    assert [a.id for a in arts] == ["p0", "p1", "p2", None, "p4"]
    assert arts[0].published == "2016-12-14" and arts[0].origin == f"{path}:1"
    assert "Beta is here" in arts[1].text
    assert arts[4].error["code"] == "missing_text" and arts[4].origin == f"{path}:5"
    assert [len(p) for p in plan_partitions([str(path)], 2)] == [1, 1, 1]


def test_parquet_without_a_text_column_is_one_failure(tmp_path):
    path = tmp_path / "d.parquet"
    pq.write_table(pa.table({"body": ["x"]}), path)
    (art,) = read_parquet(str(path))
    assert art.error["code"] == "parquet" and "'text'" in art.error["message"]
    (art,) = _all([str(tmp_path / "notparquet.parquet")], 5)
    assert art.error["code"] == "parquet"


def _warc_record(kind: str, uri: str, payload: bytes) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype={kind}\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n")
    return head.encode() + payload + b"\r\n\r\n"


def _http(status: str, ctype: str, body: bytes, extra: str = "") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}\r\n".encode() + body


PAGE = b"<html><head><title>Deal</title></head><body><article><p>" + \
    SENTENCES[0].encode() + b"</p></article></body></html>"


def test_warc_reads_html_responses_only(tmp_path):
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE)
    records = [
        _warc_record("request", "http://a.example/1", b"GET /1 HTTP/1.1\r\n\r\n"),
        _warc_record("response", "http://a.example/1", _http("200 OK", "text/html", PAGE)),
        _warc_record("response", "http://a.example/2", _http("301 Moved", "text/html", b"")),
        _warc_record("response", "http://a.example/3", _http("200 OK", "image/png", b"\x89")),
        _warc_record("response", "http://a.example/4", _http(
            "200 OK", "text/html; charset=utf-8", chunked, "Transfer-Encoding: chunked\r\n")),
        _warc_record("response", "http://a.example/5", _http(
            "200 OK", "text/html", gzip.compress(PAGE), "Content-Encoding: gzip\r\n")),
        _warc_record("response", "http://a.example/6", _http(
            "200 OK", "text/html; charset=ISO-8859-1", PAGE.replace(b"Aleppo", b"Alepp\xf6"))),
    ]
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(b"".join(records))
    packed = tmp_path / "crawl.warc.gz"  # one gzip member per record, as crawlers write them
    packed.write_bytes(b"".join(gzip.compress(r) for r in records))
    for path in (plain, packed):
        arts = list(read_warc(str(path)))
        assert [a.url for a in arts] == [f"http://a.example/{i}" for i in (1, 4, 5, 6)]
        assert all(SENTENCES[0] in a.text and not a.error for a in arts[:3])
        assert "leave Alepp\u00f6." in arts[3].text
    assert [p[0]["kind"] for p in plan_partitions([str(tmp_path)], 100)] == ["warc", "warc"]


def test_a_file_that_is_not_warc_is_one_failure(tmp_path):
    path = tmp_path / "x.warc"
    path.write_text("hello\n")
    (art,) = read_warc(str(path))
    assert art.error["code"] == "warc"
    (art,) = read_warc(str(tmp_path / "none.warc"))
    assert art.error["code"] == "not_found"


def test_a_resumed_plan_is_the_saved_one_and_changed_input_is_refused(tmp_path):
    data = tmp_path / "a.jsonl"
    _jsonl(data, 6)
    out = tmp_path / "out"
    first = load_or_make_plan([str(data)], str(out), 4)
    assert (out / "manifest.json").exists() and (out / "parts").is_dir()
    assert load_or_make_plan([str(data)], str(out), 4).partitions == first.partitions
    with pytest.raises(DyadError, match="partitions of 4"):
        load_or_make_plan([str(data)], str(out), 5)
    _jsonl(data, 7)
    with pytest.raises(DyadError, match="other inputs"):
        load_or_make_plan([str(data)], str(out), 4)
    with pytest.raises(DyadError, match="standard input"):
        load_or_make_plan(["-"], str(tmp_path / "other"), 4)
    with pytest.raises(DyadError, match="inside the input"):
        load_or_make_plan([str(tmp_path)], str(tmp_path / "other"), 4)


def test_a_run_resumed_with_other_options_is_refused(tmp_path):
    # Finished partitions would keep the old date, model or actors: mixing them is an error.
    data = tmp_path / "a.jsonl"
    _jsonl(data, 3)
    out = str(tmp_path / "out")
    undated = {"model": None, "actors_files": [], "published": None}
    load_or_make_plan([str(data)], out, 4, undated)
    assert load_or_make_plan([str(data)], out, 4, dict(undated)).partitions
    with pytest.raises(DyadError, match="made with published None; resume it with the same"):
        load_or_make_plan([str(data)], out, 4, {**undated, "published": "2016-12-14"})


def test_a_file_changed_inside_an_input_directory_is_refused(tmp_path):
    (tmp_path / "in").mkdir()
    data = tmp_path / "in" / "a.jsonl"
    _jsonl(data, 6)
    out = tmp_path / "out"
    load_or_make_plan([str(tmp_path / "in")], str(out), 4)
    with data.open("a") as f:  # the folder's own time does not change; the file's does
        f.write(json.dumps({"text": "One more."}) + "\n")
    with pytest.raises(DyadError, match="a.jsonl changed"):
        load_or_make_plan([str(tmp_path / "in")], str(out), 4)


def test_workers_and_scheduler_together_are_a_usage_error(tmp_path):
    res = CliRunner().invoke(batch, ["x.jsonl", "--out", str(tmp_path), "--workers", "2",
                                     "--scheduler", "tcp://127.0.0.1:1"])
    assert res.exit_code == 2 and "not both" in res.output


def test_report_names_failures_and_unfinished_partitions():
    from collections import Counter

    from dyad.batch import BatchResult

    result = BatchResult(documents=10, failures=Counter(json=2, empty=1),
                         stored=Counter(inserted=10), partitions=4, broken={3: "KilledWorker"})
    text = report(result, "x.db")
    assert "10 documents, 3 failed: json×2, empty×1" in text
    assert "stored in x.db: 10 inserted" in text
    assert "partition 3 not done: KilledWorker" in text and "1 of 4 partitions" in text
    assert "stored in postgresql://dyad:***@db/x: 10 inserted" in report(
        result, "postgresql://dyad:secret@db/x")
    # where to find which files failed: the store, else the run's Parquet files
    assert "dyad failures --db x.db lists the failed documents" in text
    assert "origin column names the file" in report(result, None)
    result.failures.clear()
    assert "failures" not in report(result, "x.db")


class _NoModel:
    """Stands for the pipeline where every document fails before it is parsed."""

    max_length = 1_000_000

    def pipe(self, docs, **_):
        return list(docs)


def test_stored_documents_keep_where_they_were_read_from(tmp_path, monkeypatch):
    import dyad.api
    from dyad.batch import COLUMNS, ingest_paths, load_partition
    from dyad.records import Article, failed_record
    from dyad.store import open_store

    monkeypatch.setattr(dyad.api, "_pipeline", lambda *_: _NoModel())
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "feed.jsonl").write_text('{"id": "ok", "text": ""}\n{broken\n')
    db = str(tmp_path / "s.db")
    ingest_paths([str(tmp_path / "empty.txt"), str(tmp_path / "feed.jsonl")], db)
    # A partition of a batch run carries each record's origin beside it.
    rec = failed_record(Article(text="", id="p1"), "empty", "no text")
    part = tmp_path / "part.parquet"
    pq.write_table(pa.Table.from_pylist(
        [{"id": "p1", "content_hash": rec.content_hash, "origin": "big.jsonl:7",
          "error_code": "empty", "error_message": "no text",
          "record": json.dumps(rec.to_dict())}],
        pa.schema([(c, pa.string()) for c in COLUMNS])), part)
    with open_store(db) as store:
        assert load_partition(store, part) == {"inserted": 1}
        origins = {r["error_code"] + " " + r["origin"] for r in store.failures()}
    feed = tmp_path / "feed.jsonl"
    assert origins == {f"empty {tmp_path / 'empty.txt'}", f"missing_text {feed}:1",
                       f"json {feed}:2", "empty big.jsonl:7"}


# -- the real pipeline --------------------------------------------------------------------------
def _stored_ids(db: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM documents")]


RUN = "import sys; from dyad.cli_batch import batch; batch(sys.argv[1:])"


@pytest.mark.slow
def test_a_killed_run_resumes_with_every_document_exactly_once(tmp_path):
    ids = _jsonl(tmp_path / "a.jsonl", 30)
    ids += _jsonl(tmp_path / "b.jsonl", 10, start=30)
    out, db = tmp_path / "out", tmp_path / "s.db"
    args = [str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--out", str(out),
            "--db", str(db), "--workers", "2", "--partition-size", "4"]
    proc = subprocess.Popen([sys.executable, "-c", RUN, *args], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not list((out / "parts").glob("part-*.parquet")):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "no partition finished in time"
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the driver and its worker processes
        proc.wait()
    done = len(list((out / "parts").glob("part-*.parquet")))
    assert 1 <= done < 10  # killed mid-way: the rest is for the second run

    res = subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True,
                         timeout=300, check=False)
    assert res.returncode == 0, res.stderr
    assert "40 documents, 0 failed" in res.stderr
    stored = _stored_ids(db)
    assert sorted(stored) == sorted(ids)  # every document, none twice
    assert all(part_path(out, i).exists() for i in range(10))
    rows = pq.read_table(out / "parts").to_pylist()
    assert sorted(r["id"] for r in rows) == sorted(ids)
    assert all(json.loads(r["record"])["id"] == r["id"] and r["error_code"] is None
               for r in rows)

    again = CliRunner().invoke(batch, args)  # nothing left to do
    assert again.exit_code == 0 and "nothing new" in again.output
    assert sorted(_stored_ids(db)) == sorted(ids)


def postgres_server() -> str:
    """The test PostgreSQL server: skip without one, except in CI, where it must be there."""
    url = os.environ.get("DYAD_TEST_POSTGRES")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("DYAD_TEST_POSTGRES is not set, and CI must not skip the PostgreSQL tests")
        pytest.skip("DYAD_TEST_POSTGRES is not set: no PostgreSQL server to test against")
    return url


@pytest.mark.slow
def test_a_batch_loads_into_postgresql_once(tmp_path):
    import uuid

    import psycopg

    from dyad.batch import run_batch
    from dyad.store import open_store

    server = postgres_server()
    schema = f"dyad_batch_{uuid.uuid4().hex[:12]}"
    url = f"{server}{'&' if '?' in server else '?'}schema={schema}"
    ids = _jsonl(tmp_path / "a.jsonl", 9)
    try:
        first = run_batch([str(tmp_path / "a.jsonl")], str(tmp_path / "out"), db=url,
                          workers=2, partition_size=4)
        assert first.complete and first.stored == {"inserted": 9}
        again = run_batch([str(tmp_path / "a.jsonl")], str(tmp_path / "out"), db=url,
                          partition_size=4)
        assert again.documents == 9 and not again.stored and again.analysed == 0
        with open_store(url, create=False) as store:
            assert store.stats()["documents"] == 9
            assert all(store.get(i) is not None for i in ids)
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.mark.slow
def test_local_processes_give_the_serial_records_and_resume(tmp_path):
    from dyad.api import analyze_many
    from dyad.batch import analyze_parallel, ingest_paths
    from dyad.store import open_store

    data = tmp_path / "a.jsonl"
    ids = _jsonl(data, 12)
    with data.open("a") as f:
        f.write("{broken\n")
    arts = list(read_inputs([str(data)]))
    serial = [r.to_dict() for r in analyze_many(arts)]
    assert [r.to_dict() for r in analyze_parallel(arts, n_process=2, batch_size=2)] == serial

    db = tmp_path / "s.db"
    with open_store(str(db)) as store:  # as a killed run would leave it: the first five stored
        for rec in analyze_many(arts[:5]):
            store.write(rec)
    result = ingest_paths([str(data)], str(db), n_process=2)
    assert result.documents == 13 and dict(result.failures) == {"json": 1}
    assert result.stored == {"unchanged": 5, "inserted": 8}
    assert sorted(_stored_ids(db)) == sorted([*ids, arts[-1].doc_id])
    # A failed document is tried again (it may have been a passing fault) and stays the same.
    assert ingest_paths([str(data)], str(db), n_process=2).stored == {"unchanged": 13}


INGEST = ("import sys; from dyad.batch import ingest_paths; "
          "ingest_paths(sys.argv[1:2], sys.argv[2], n_process=2)")


@pytest.mark.slow
def test_a_killed_local_ingest_resumes_with_every_document_exactly_once(tmp_path):
    import sqlite3

    # Enough documents that a quiet machine cannot store them all before the test sees the first.
    ids = _jsonl(tmp_path / "a.jsonl", 400)
    db = tmp_path / "s.db"
    args = [str(tmp_path / "a.jsonl"), str(db)]
    proc = subprocess.Popen([sys.executable, "-c", INGEST, *args], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stored() -> int:
        try:
            with sqlite3.connect(db, timeout=5) as conn:
                return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.OperationalError:  # not created yet
            return 0

    try:
        deadline = time.monotonic() + 120
        while stored() == 0:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "nothing stored in time"
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and spaCy's worker processes
        proc.wait()
    assert 1 <= stored() < 400

    res = subprocess.run([sys.executable, "-c", INGEST, *args], capture_output=True,
                         text=True, timeout=300, check=False)
    assert res.returncode == 0, res.stderr
    assert sorted(_stored_ids(db)) == sorted(ids)
