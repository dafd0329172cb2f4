"""The dyad command end to end: formats, bad input, exit codes, the store."""

from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, SEED

from dyad.cli import main
from dyad.records import validate_record

pytestmark = pytest.mark.slow


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_analyze_seed_jsonl_matches_library():
    import dyad

    res = run("analyze", str(SEED), "--format", "jsonl", "--published", "2016-12-14")
    assert res.exit_code == 0, res.stderr
    (rec,) = records(res.stdout)
    validate_record(rec)
    lib = dyad.analyze(SEED.read_text(encoding="utf-8"), published="2016-12-14")
    assert rec == lib.to_dict()
    assert res.stderr.strip().endswith("1 document, 0 failed")


def test_input_without_documents_says_why(tmp_path):
    (tmp_path / "notes.md").write_text("Russia and Turkey struck a deal.")
    res = run("analyze", str(tmp_path), "--format", "jsonl")
    assert res.exit_code == 0 and res.stdout == ""
    assert "0 documents, 0 failed" in res.stderr and "no documents in the input" in res.stderr


def test_pretty_format_shows_tables():
    res = run("analyze", str(SEED), "--format", "pretty")
    assert res.exit_code == 0
    for word in ("Quotes", "Actors", "Events", "Anne Barnard", "John Kirby"):
        assert word in res.stdout


@pytest.fixture
def messy(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_good.txt").write_text("Russia and Turkey struck a deal on Tuesday, officials said.")
    (d / "b_empty.txt").write_text("   \n")
    (d / "c_binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (d / "d_latin1.txt").write_bytes("Caf\xe9 owners protested in Paris.".encode("latin-1"))
    (d / "e_broken.html").write_text("<html><body><div><p>")
    (d / "f.jsonl").write_text(
        json.dumps({"id": "j1", "text": "The UN condemned the attack."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "j3", "title": "no text"}) + "\n"
        + json.dumps({"id": "j4", "text": "Kirby said the talks would resume."}) + "\n")
    with gzip.open(d / "g.txt.gz", "wt") as f:
        f.write("Iran warned Israel on Monday.")
    (d / "h_huge.txt").write_text("Russia attacked. " * 200_000)
    return d


def test_bad_input_becomes_error_records_and_exit_3(messy):
    res = run("analyze", str(messy), "--format", "jsonl")
    assert res.exit_code == 3
    recs = records(res.stdout)
    for r in recs:
        validate_record(r)
    codes = [r["error"]["code"] if r["error"] else None for r in recs]
    assert codes == [None, "empty", "binary", "encoding", "html", None, "json",
                     "missing_text", None, None, "too_large"]
    assert "11 documents, 7 failed: empty×1, binary×1" in res.stderr


def test_missing_path_is_a_record_not_a_crash(tmp_path):
    res = run("analyze", str(tmp_path / "nope.txt"), "--format", "jsonl")
    assert res.exit_code == 3
    (rec,) = records(res.stdout)
    assert rec["error"]["code"] == "not_found"


def test_usage_errors_exit_2():
    assert run("analyze").exit_code == 2
    assert run("analyze", str(SEED), "--published", "14/12/2016").exit_code == 2
    assert run("analyze", str(SEED), "--model", "no_such_model").exit_code == 2


def test_stdin(tmp_path):
    res = run("analyze", "-", "--format", "jsonl", input="Turkey brokered talks with Russia.")
    assert res.exit_code == 0
    assert len(records(res.stdout)) == 1


def test_ingest_is_idempotent(tmp_path):
    db = str(tmp_path / "d.db")
    first = run("ingest", str(EXAMPLES), "--db", db)
    assert first.exit_code == 0, first.stderr
    assert "6 inserted" in first.stderr
    second = run("ingest", str(EXAMPLES), "--db", db)
    assert "6 unchanged" in second.stderr
    from dyad.store import open_store

    with open_store(db) as store:
        assert store.stats()["documents"] == 6
        kirby = store.quotes(speaker="Kirby")
        assert len(kirby) == 2
    shown = run("summary", "--db", db)
    assert shown.exit_code == 0 and "John Kirby" in shown.stdout


def test_two_unreadable_inputs_stay_two_documents(tmp_path):
    db = str(tmp_path / "f.db")
    res = run("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", db)
    assert res.exit_code == 3
    from dyad.store import open_store

    with open_store(db) as store:
        assert store.stats()["documents"] == 2


def test_ingest_on_two_processes_matches_one(tmp_path):
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    assert run("ingest", str(EXAMPLES / "wikinews.jsonl"), "--db", one).exit_code == 0
    assert run("ingest", str(EXAMPLES / "wikinews.jsonl"), "--db", two,
               "--processes", "2").exit_code == 0
    from dyad.store import open_store

    with open_store(one) as a, open_store(two) as b:
        assert sorted(a.document_ids()) == sorted(b.document_ids())
        for doc_id in a.document_ids():
            assert a.get(doc_id) == b.get(doc_id)


def test_every_failed_document_names_its_file(messy, tmp_path):
    (tmp_path / "i_broken.txt.gz").write_bytes(b"not gzip at all")  # unreadable
    (tmp_path / "j_gone.txt").symlink_to(tmp_path / "nowhere.txt")  # a dangling link
    paths = [str(messy), str(tmp_path / "i_broken.txt.gz"), str(tmp_path / "j_gone.txt")]
    res = run("analyze", *paths, "--format", "jsonl")
    assert res.exit_code == 3
    failed = [r["error"] for r in records(res.stdout) if r["error"]]
    where = {e["code"]: e["origin"] for e in failed}
    assert where["empty"] == str(messy / "b_empty.txt")
    assert where["encoding"] == str(messy / "d_latin1.txt")
    assert where["html"] == str(messy / "e_broken.html")
    assert where["json"] == f"{messy / 'f.jsonl'}:2"
    assert where["missing_text"] == f"{messy / 'f.jsonl'}:3"
    assert where["too_large"] == str(messy / "h_huge.txt")
    assert where["unreadable"] == paths[1] and where["not_found"] == paths[2]
    # the summary on stderr lists each failed document by its file, and only those
    listed = [ln.strip() for ln in res.stderr.splitlines() if ln.startswith("  ")]
    assert len(listed) == len(failed) == 9
    for e in failed:
        assert f"{e['origin']}: {e['code']}: " in res.stderr
    assert "a_good.txt" not in res.stderr


def test_pretty_error_panel_names_the_file(tmp_path):
    (tmp_path / "blank.txt").write_text("\n")
    res = run("analyze", str(tmp_path / "blank.txt"), "--format", "pretty")
    assert res.exit_code == 3
    assert "blank.txt" in res.stdout and "empty" in res.stdout


def test_ingest_failures_point_to_dyad_failures(tmp_path):
    db = str(tmp_path / "f.db")
    res = run("ingest", str(tmp_path / "a.txt"), "--db", db)
    assert res.exit_code == 3
    assert f"dyad failures --db {db}" in res.stderr


def test_analyze_help_says_how_failures_are_reported():
    shown = " ".join(run("analyze", "--help").output.split())
    assert "error naming the file" in shown and "exit status is 3" in shown
