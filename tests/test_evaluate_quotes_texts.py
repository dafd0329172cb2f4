"""The offsets-only quote gold (evaluation/bbc-quotes.jsonl) and `dyad evaluate quotes --bbc`."""
import json

import pytest
from click.testing import CliRunner
from conftest import ROOT, SHARED

from dyad.cli import main
from dyad.evaluate.quotes import format_report
from dyad.evaluate.quotes_texts import (
    evaluate_text_quotes,
    in_half,
    read_text_gold,
    text_hash,
)
from dyad.records import Quote, Record

ONE = 'Talks ended.\n\n"We will win," Ann Lee said. The firm said that profits fell.\n'
TWO = "Prices rose.\n\nBob Hay said that the rise would last.\n"


def off(text: str, piece: str) -> dict:
    s = text.index(piece)
    return {"start": s, "end": s + len(piece)}


def write(tmp_path, texts=None, rows=None):
    folder = tmp_path / "bbc"
    (folder / "politics").mkdir(parents=True)
    for name, text in (texts or {"politics/1.txt": ONE, "politics/2.txt": TWO}).items():
        (folder / name).write_text(text, encoding="utf-8")
    if rows is None:
        rows = [
            {"path": "politics/1.txt", "sha256": text_hash(ONE), "attributions": [
                {"id": "a1", "source": [off(ONE, "Ann Lee")], "cue": [off(ONE, "said")],
                 "content": [off(ONE, '"We will win,"')], "no_source": False,
                 "name": "Ann Lee", "case": "full_name"},
                {"id": "a2", "source": [off(ONE, "The firm")], "cue": [off(ONE, "said that")],
                 "content": [off(ONE, "profits fell")], "no_source": False}]},
            {"path": "politics/2.txt", "sha256": text_hash(TWO), "attributions": [
                {"id": "a1", "source": [off(TWO, "Bob Hay")], "cue": [off(TWO, "said")],
                 "content": [off(TWO, "the rise would last")], "no_source": False,
                 "name": "Bob Hay", "case": "full_name"}]},
        ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(gold), str(folder)


def test_reads_offsets_kinds_and_names(tmp_path):
    gold, folder = write(tmp_path)
    articles, items = read_text_gold(gold, folder)
    assert [a.doc_id for a in articles] == ["politics/1.txt", "politics/2.txt"]
    first = articles[0]
    assert first.text == ONE
    assert [a.kind for a in first.attributions] == ["direct", "indirect"]
    s, e = first.attributions[1].content[0]
    assert ONE[s:e] == "profits fell"
    assert [(it["doc_id"], it["name"]) for it in items] == [("politics/1.txt", "Ann Lee"),
                                                            ("politics/2.txt", "Bob Hay")]
    assert ONE[items[0]["content_start"]:items[0]["content_end"]] == '"We will win,"'


def test_halves_are_even_and_odd_rows(tmp_path):
    gold, folder = write(tmp_path)
    assert [a.doc_id for a in read_text_gold(gold, folder, "tune")[0]] == ["politics/1.txt"]
    assert [a.doc_id for a in read_text_gold(gold, folder, "held-out")[0]] == ["politics/2.txt"]
    assert in_half(4, "tune") and not in_half(4, "held-out") and in_half(3, "all")
    with pytest.raises(ValueError, match="half"):
        in_half(0, "dev")


def test_a_changed_text_is_an_error(tmp_path):
    gold, folder = write(tmp_path, texts={"politics/1.txt": ONE.replace("fell", "rose"),
                                          "politics/2.txt": TWO})
    with pytest.raises(ValueError, match="not the text annotated"):
        read_text_gold(gold, folder)


def test_offsets_past_the_text_are_an_error(tmp_path):
    rows = [{"path": "politics/2.txt", "sha256": text_hash(TWO), "attributions": [
        {"id": "a1", "source": [], "cue": [off(TWO, "said")],
         "content": [{"start": 10, "end": len(TWO) + 5}], "no_source": True}]}]
    gold, folder = write(tmp_path, rows=rows)
    with pytest.raises(ValueError, match="outside"):
        read_text_gold(gold, folder)


def test_a_missing_file_is_an_error(tmp_path):
    rows = [{"path": "sport/9.txt", "sha256": "0" * 12, "attributions": []}]
    gold, folder = write(tmp_path, rows=rows)
    with pytest.raises(ValueError, match="no text file"):
        read_text_gold(gold, folder)


def test_scores_given_records(tmp_path):
    gold, folder = write(tmp_path)
    s, e = off(ONE, "We will win")["start"], off(ONE, "We will win")["end"]
    rec = Record(id="politics/1.txt", text=ONE, quotes=[
        Quote(id="q1", text=ONE[s:e], start=s, end=e, kind="direct")])
    m = evaluate_text_quotes(gold, folder, half="tune", nlp_records=[rec])
    assert m["articles"] == 1 and m["half"] == "tune"
    assert m["exact"]["overall"]["gold"] == 2
    assert m["exact"]["overall"]["gold_found"] == 1
    assert m["resolution"]["overall"]["n"] == 1


def test_cli_needs_one_gold_and_texts(tmp_path):
    gold, _ = write(tmp_path)
    out = CliRunner().invoke(main, ["evaluate", "quotes", "--bbc", gold])
    assert out.exit_code != 0 and "--texts" in out.output
    out = CliRunner().invoke(main, ["evaluate", "quotes"])
    assert out.exit_code != 0 and "--polnear" in out.output


BBC_GOLD = ROOT / "evaluation" / "bbc-quotes.jsonl"
BBC_TEXTS = SHARED / "data" / "bench" / "bbc"


def test_the_bbc_gold_file():
    rows = [json.loads(line) for line in BBC_GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 20
    cats = [r["path"].split("/")[0] for r in rows]
    assert {c: cats.count(c) for c in set(cats)} == {
        "politics": 5, "business": 5, "entertainment": 5, "sport": 5}
    assert len({r["path"] for r in rows}) == 20
    if not BBC_TEXTS.exists():
        pytest.skip("BBC texts not present")
    articles, items = read_text_gold(str(BBC_GOLD), str(BBC_TEXTS))
    assert sum(len(a.attributions) for a in articles) == 97
    assert all(len(a.text.split()) <= 400 for a in articles)
    for it in items:  # each name is written in its article
        assert it["name"].split()[-1] in {a.doc_id: a.text for a in articles}[it["doc_id"]]


def test_the_bbc_gold_spans_are_whole_words_next_to_their_attribution():
    # a word found by searching from the wrong place ("he" inside "the", the "said" of the
    # paragraph before) puts a source or cue where no annotator meant it
    if not BBC_TEXTS.exists():
        pytest.skip("BBC texts not present")
    for line in BBC_GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = (BBC_TEXTS / row["path"]).read_text(encoding="utf-8")
        for a in row["attributions"]:
            spans = a["source"] + a["cue"] + a["content"]
            for sp in spans:
                s, e = sp["start"], sp["end"]
                assert not (s > 0 and text[s - 1].isalnum() and text[s].isalnum()), (row, sp)
                assert not (e < len(text) and text[e - 1].isalnum() and text[e].isalnum()), (row, sp)
            for sp in a["cue"]:
                # a cue stands within a sentence of a piece of its content
                assert min(max(c["start"] - sp["end"], sp["start"] - c["end"], 0)
                           for c in a["content"]) < 250, (row["path"], sp)


@pytest.mark.slow
def test_cli_scores_the_bbc_tune_half():
    if not BBC_TEXTS.exists():
        pytest.skip("BBC texts not present")
    out = CliRunner().invoke(main, ["evaluate", "quotes", "--bbc", str(BBC_GOLD), "--texts",
                                    str(BBC_TEXTS), "--half", "tune", "--format", "json"])
    assert out.exit_code == 0, out.output
    m = json.loads(out.output)
    assert m["articles"] == 10 and m["failed"] == 0
    assert m["exact"]["overall"]["gold"] == 42
    assert m["lenient"]["overall"]["recall"] > 0.5
    assert "exact overall" in format_report(m)


def test_pieces_stay_as_the_row_cuts_them(tmp_path):
    # the corpus ran two paragraphs of one quotation together; the gold cuts them, and the
    # scorer must not join them again as PolNeAR's sentence-cut pieces are joined
    text = 'Talks.\n\n"We won. "They lost," Lee said.\n'
    rows = [{"path": "politics/1.txt", "sha256": text_hash(text), "attributions": [
        {"id": "a1", "source": [off(text, "Lee")], "cue": [off(text, "said")],
         "content": [off(text, '"We won.'), off(text, '"They lost,"')], "no_source": False}]}]
    gold, folder = write(tmp_path, texts={"politics/1.txt": text}, rows=rows)
    (art,), _ = read_text_gold(gold, folder)
    assert len(art.attributions[0].content) == 2
    assert art.attributions[0].kind == "direct"
